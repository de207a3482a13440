#!/usr/bin/env python3
"""Held-out evaluation set 127 for the fact-comparison tool.

How it was made
---------------
Every pair was hand-written by a helper that saw no code or data of the project
(nor any existing benchmark), working only from a written brief. All people,
companies, organisations, places and figures are invented; real countries appear
only as background. Character offsets are never typed by hand: the script finds
every span by string search (with an occurrence index where a quoted text
repeats), validates the whole set and writes set127.jsonl next to this file.

    python3 make_set127.py           # validate and write set127.jsonl
    python3 make_set127.py --check   # validate only, write nothing

Composition (N = 127)
---------------------
* 40 pairs, each in a different domain: 20 consistent, 20 inconsistent.
* Modes: 20 rewrite (10 consistent / 10 inconsistent), 10 summary (5 / 5),
  10 translation (5 / 5; both texts are independent English translations of the
  same non-English story).
* 30 errors over the eleven types: entity 3, number 4, date 3, role 3,
  polarity 3, modality 3, attribution 2, event 3, omission 2 (rewrite only),
  addition 2, repetition 2.  10 inconsistent pairs carry one error, 10 carry two.
* Traps (faithful rewordings a naive checker might flag): 3-5 in every
  consistent pair, 0-3 in inconsistent pairs.
* References are 70-190 words in news / agency / corporate / official register;
  every summary is shorter than its reference.
"""
import json
import os
import re
import sys

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
DOMAINS = [
    "monsoon dam release", "unicycle tour", "archery range permit", "fossil theft",
    "runestone found", "classic car auction", "radio telescope funding",
    "magic circle expulsion", "marionette museum", "fencing tournament",
    "gondola fare increase", "juggling record", "peat bog rewetting",
    "septic tank grant", "rocket launch delay", "racecourse safety review",
    "topiary garden", "twin town anniversary", "mountain hut booking",
    "volcanic ash cleanup", "mango festival", "surrogacy law", "bobsleigh track",
    "ski jump construction", "velodrome reopening", "graveyard full",
    "wasp nest removal", "sand dune erosion", "jury service reform",
    "midwife shortage", "bat roost planning dispute", "cooper barrel making",
    "typhoon shelter upgrade", "sinkhole swallows car", "golf course rewilding",
    "deer culling programme", "bagpipe band contest", "maze opening",
    "wild boar sightings", "civic clock",
]


def E(text, type_, severity, ref_text, occ=0, after=None, after_occ=0):
    """An error. For an omission give text="" and `after` = the candidate text
    that the missing words should follow (the insertion point is its end)."""
    return {"text": text, "type": type_, "severity": severity,
            "ref_text": ref_text, "occ": occ, "after": after, "after_occ": after_occ}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording; ref_text is the reference wording."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


CASES = []


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})


def find_nth(hay, needle, n):
    pos = -1
    for _ in range(n + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


# ---------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------

# 1 ------------------------------------------------------------------------
case("monsoon dam release", "rewrite", "consistent",
     "The Karavelli Water Board began controlled releases from the Sundara Dam at 6 a.m. "
     "on Thursday after the reservoir reached 94 percent of capacity following a week of "
     "heavy monsoon rain. Board chairman Devan Ostrakar said outflow would be raised "
     "gradually to 1,200 cubic metres per second over two days. Residents of 14 low-lying "
     "villages along the Pelmar River have been advised to move livestock and valuables to "
     "higher ground, and district officials have opened six relief camps. Ostrakar said the "
     "releases were 'a precaution, not an emergency', adding that engineers had found no "
     "structural damage to the dam. The board expects to review the release rate on "
     "Saturday morning.",
     "With the Sundara Dam's reservoir at 94% of capacity after seven days of heavy monsoon "
     "rain, the Karavelli Water Board started controlled releases at 6 a.m. on Thursday. "
     "Outflow will be stepped up slowly to 1,200 cubic metres per second over 48 hours, "
     "according to board chairman Devan Ostrakar, who called the move 'a precaution, not an "
     "emergency' and said engineers had found no structural damage to the dam. People in 14 "
     "low-lying villages on the Pelmar River have been advised to shift livestock and "
     "valuables to higher ground, and six relief camps have been opened by district "
     "officials. The board expects to reassess the release rate on Saturday morning.",
     traps=[T("94%", "94 percent"),
            T("seven days", "a week"),
            T("stepped up slowly", "raised gradually"),
            T("48 hours", "two days"),
            T("six relief camps have been opened by district officials",
              "district officials have opened six relief camps")])

# 2 ------------------------------------------------------------------------
case("unicycle tour", "rewrite", "inconsistent",
     "Unicyclist Marta Vellinghoff completed her 2,300-kilometre charity ride across the "
     "Dravonian highlands on Sunday, arriving in the town of Kesselbrunn 41 days after "
     "setting off from the coast. The 29-year-old physiotherapist raised €86,000 for the "
     "Kesselbrunn Children's Hospice, more than double her original target. She rode an "
     "average of 56 kilometres a day and suffered only two falls, neither of which caused "
     "serious injury, according to her support team. Vellinghoff said the hardest stretch "
     "was the Orrin Pass, where she climbed 1,400 metres in a single day. The hospice plans "
     "to use the money to refurbish its family accommodation wing.",
     "Marta Vellinghoff, a 29-year-old physiotherapist, rode into Kesselbrunn on Sunday to "
     "finish a 2,300-kilometre charity journey by unicycle across the Dravonian highlands, "
     "41 days after leaving the coast. Her ride brought in €86,000 for the Kesselbrunn "
     "Children's Hospice, over twice the sum she had originally aimed for. Her support team "
     "said she covered an average of 41 kilometres a day and fell only twice. The toughest "
     "section, Vellinghoff said, was the Orrin Pass, where she gained 1,400 metres of "
     "altitude in one day. The hospice intends to spend the money on refurbishing its "
     "family accommodation wing.",
     errors=[E("41 kilometres", "number", "major", "56 kilometres"),
             E("", "omission", "minor", "neither of which caused serious injury",
               after="fell only twice")],
     traps=[T("over twice the sum she had originally aimed for",
              "more than double her original target"),
            T("gained 1,400 metres of altitude in one day",
              "climbed 1,400 metres in a single day")])

# 3 ------------------------------------------------------------------------
case("archery range permit", "summary", "consistent",
     "The Halvering District Council has granted a three-year permit allowing the Greyfield "
     "Bowmen archery club to operate an outdoor range on the former Mossley quarry site. "
     "The decision, approved by seven votes to two at Tuesday's planning meeting, comes with "
     "conditions: shooting will be restricted to daylight hours between 9 a.m. and 7 p.m., a "
     "2.5-metre safety netting fence must be installed along the public footpath, and the "
     "club must hold liability insurance of at least £5 million. Neighbours had lodged 23 "
     "objections, mostly about noise and safety. Club secretary Anwen Rhydderch said members "
     "were 'delighted' and hoped to hold the first sessions in early spring. The permit can "
     "be revoked if the conditions are breached.",
     "Greyfield Bowmen has won a three-year council permit, approved 7–2, to run an outdoor "
     "archery range at the old Mossley quarry, on condition that it shoots only between "
     "9 a.m. and 7 p.m., fences off the public footpath with 2.5-metre netting and carries "
     "at least £5m of liability insurance. The permit can be withdrawn if these terms are "
     "broken. Neighbours lodged 23 objections, mainly over noise and safety; the club hopes "
     "to hold its first sessions in early spring.",
     traps=[T("approved 7–2", "approved by seven votes to two"),
            T("the old Mossley quarry", "the former Mossley quarry site"),
            T("£5m", "£5 million"),
            T("withdrawn if these terms are broken", "revoked if the conditions are breached")])

# 4 ------------------------------------------------------------------------
case("fossil theft", "translation", "consistent",
     "Police in the northern province of Valdoria are searching for thieves who broke into "
     "the Museo Paleontológico of Sant Elm overnight on Saturday and took the fossilised "
     "skull of a marine reptile roughly 180 million years old. According to the museum's "
     "director, Leocadia Ferrús, the skull is the most complete specimen of its kind found "
     "in the region and is 'scientifically priceless', although it was insured for 400,000 "
     "euros. The thieves entered through a skylight and disabled part of the alarm system. "
     "Nothing else was taken. The regional culture ministry has asked collectors and dealers "
     "to report any offers of similar material, and police have not ruled out that the "
     "theft was commissioned.",
     "Thieves forced their way into the Sant Elm Palaeontological Museum during Saturday "
     "night and made off with the fossil skull of a sea reptile that lived some 180 million "
     "years ago, and police in the northern Valdoria province are now hunting them. Museum "
     "director Leocadia Ferrús described the piece as the most complete of its type ever "
     "discovered in the region and 'of incalculable scientific value', though it carried "
     "insurance cover of €400,000. The intruders got in through a roof light and knocked "
     "out part of the alarm. No other items are missing. Collectors and traders have been "
     "asked by the regional ministry of culture to report any offer of comparable pieces, "
     "and investigators do not exclude the possibility that the robbery was carried out "
     "to order.",
     traps=[T("some 180 million years ago", "roughly 180 million years old"),
            T("€400,000", "400,000 euros"),
            T("a roof light", "a skylight"),
            T("No other items are missing", "Nothing else was taken"),
            T("do not exclude the possibility that the robbery was carried out to order",
              "have not ruled out that the theft was commissioned")])

# 5 ------------------------------------------------------------------------
case("runestone found", "rewrite", "inconsistent",
     "A farmer ploughing a field near the village of Østervik has uncovered a runestone "
     "believed to date from the late 10th century, the Regional Heritage Agency said on "
     "Wednesday. The granite slab, about 1.6 metres tall, carries an inscription stating "
     "that a woman named Thorgunn raised the stone in memory of her brother Ulfkel. Agency "
     "archaeologist Sigrun Haldsdottir said it was the first runestone found in the district "
     "in more than 70 years. The stone will be moved to the agency's conservation workshop "
     "in Hammeby for cleaning and study, and the landowner, Petter Lunde, has agreed that it "
     "may later be displayed at the local museum. Excavations at the site are planned for "
     "the summer.",
     "A runestone thought to have been carved in the late 900s has been turned up by a "
     "farmer ploughing near Østervik, the Regional Heritage Agency announced on Wednesday. "
     "According to the inscription on the roughly 1.6-metre granite slab, Ulfkel raised the "
     "stone in memory of his sister Thorgunn. It is the district's first runestone find in "
     "over 70 years, said agency archaeologist Sigrun Haldsdottir. The stone will be taken "
     "to the agency's conservation workshop in Hammeby to be cleaned and studied, and "
     "landowner Petter Lunde has agreed that it could later go on show at the local museum. "
     "Digging at the site is planned for the summer.",
     errors=[E("Ulfkel raised the stone in memory of his sister Thorgunn", "role", "major",
               "Thorgunn raised the stone in memory of her brother Ulfkel")],
     traps=[T("the late 900s", "the late 10th century"),
            T("over 70 years", "more than 70 years")])

# 6 ------------------------------------------------------------------------
case("classic car auction", "rewrite", "consistent",
     "A 1961 Castellane Vittoria roadster sold for $1.2 million at the Brightwater Motor "
     "Auction on Saturday, well above its pre-sale estimate of $750,000 to $900,000, "
     "auctioneers Holloway & Finch said. The car, one of only 38 built, had spent four "
     "decades in a barn in the Marrow Valley before being restored over three years by "
     "specialist workshop Redlake Restorations. The buyer, who bid by telephone, asked not to "
     "be named. In total, the two-day sale raised $6.4 million from 52 lots, with 47 vehicles "
     "finding buyers. A 1958 Ardent GT that had been expected to top the sale failed to "
     "reach its reserve and was withdrawn.",
     "Auctioneers Holloway & Finch said a 1961 Castellane Vittoria roadster fetched $1.2m at "
     "Saturday's Brightwater Motor Auction, comfortably beating the $750,000–$900,000 it had "
     "been expected to make. Only 38 examples of the car were ever built; this one sat in a "
     "barn in the Marrow Valley for 40 years before Redlake Restorations, a specialist "
     "workshop, spent three years restoring it. The telephone bidder who bought it has asked "
     "to remain anonymous. Across the two days, 47 of the 52 lots were sold, raising $6.4m in "
     "all. A 1958 Ardent GT, which had been tipped as the sale's top lot, was withdrawn after "
     "bidding fell short of its reserve.",
     traps=[T("$1.2m", "$1.2 million"),
            T("40 years", "four decades"),
            T("asked to remain anonymous", "asked not to be named"),
            T("47 of the 52 lots were sold", "52 lots, with 47 vehicles finding buyers")])

# 7 ------------------------------------------------------------------------
case("radio telescope funding", "summary", "inconsistent",
     "The national science council has approved 48 million crowns in funding to upgrade the "
     "Kallmar Ridge radio telescope, securing the observatory's future for at least another "
     "decade, the council announced on Monday. The money will pay for a new receiver system, "
     "replacement of the 32-metre dish's surface panels and a cooling plant for its "
     "computing centre. Observatory director Dr Ilse Brankovan said the upgrade would make "
     "the instrument roughly five times more sensitive at low frequencies. Work is scheduled "
     "to begin next April and will take about 18 months, during which the telescope will "
     "operate at reduced capacity. The council had considered closing the facility in 2022 "
     "because of rising maintenance costs.",
     "The national science council is putting 48 million crowns into upgrading the Kallmar "
     "Ridge radio telescope, which it had considered shutting in 2022, keeping it running for "
     "at least ten more years. A new receiver, new panels for the 48-metre dish and a "
     "computing-centre cooling plant will, according to the observatory's director, make it "
     "roughly five times as sensitive at low frequencies. The work, starting next April, "
     "will take roughly a year and a half, with the telescope running at reduced capacity "
     "meanwhile.",
     errors=[E("48-metre dish", "number", "minor", "32-metre dish")],
     traps=[T("at least ten more years", "at least another decade"),
            T("roughly a year and a half", "about 18 months")])

# 8 ------------------------------------------------------------------------
case("magic circle expulsion", "rewrite", "inconsistent",
     "The Guild of Illusionists of Marlowe has expelled stage magician Corvin Ashdale after "
     "concluding that he revealed the workings of three members' signature illusions in a "
     "paid online course, the guild said in a statement on 3 March. Expulsion is the guild's "
     "most severe sanction and has been used only four times since its founding in 1911. The "
     "disciplinary panel found that Ashdale had been warned in writing last October but "
     "continued selling the course. Ashdale, who has been a member for 17 years, said he "
     "would appeal, arguing that the material was already publicly available. The guild said "
     "he would not be permitted to use its crest on promotional material while the appeal "
     "is heard.",
     "In a statement on 3 March, the Guild of Illusionists of Marlowe said it had thrown out "
     "stage magician Corvin Ashdale, having concluded that a paid online course of his "
     "exposed how three fellow members' signature illusions work. The guild has resorted to "
     "expulsion, its harshest penalty, on just four occasions since it was founded in 1911. "
     "According to the disciplinary panel, Ashdale carried on selling the course despite a "
     "written warning last month. Ashdale, a member for 17 years, plans to appeal on the "
     "grounds that the material was already in the public domain. The guild said he will be "
     "allowed to keep using its crest on promotional material while the appeal is heard.",
     errors=[E("last month", "date", "minor", "last October"),
             E("he will be allowed to keep using its crest", "polarity", "major",
               "he would not be permitted to use its crest")],
     traps=[T("its harshest penalty", "the guild's most severe sanction"),
            T("in the public domain", "publicly available")])

# 9 ------------------------------------------------------------------------
case("marionette museum", "translation", "inconsistent",
     "The Marionette Museum in Stará Mýtnice will reopen on 1 June after a two-year "
     "renovation costing 31 million korunas, the town hall announced. In 1998 the town "
     "bought the collection from the Hrabal-Kostka family; it now numbers more than 2,600 "
     "puppets, some dating from the 18th century. The renovated building adds a workshop "
     "where visitors can watch master carver Jindřich Poul restore historic figures, and a "
     "small theatre with 80 seats. Director Alžběta Nováčková said the museum expects around "
     "40,000 visitors in its first year, double the number before the closure. Admission for "
     "children under 12 will remain free.",
     "After two years of renovation work costing 31 million korunas, the Marionette Museum "
     "in Stará Mýtnice is to open its doors again on 1 June, the municipal office has said. "
     "The collection, which the Hrabal-Kostka family purchased from the town in 1998, today "
     "includes over 2,600 marionettes, a number of them from the eighteenth century. The "
     "refurbished building now has a workshop in which visitors may watch the master "
     "woodcarver Jindřich Poul restoring historic figures, as well as a little theatre "
     "seating 80. According to director Alžběta Nováčková, the museum is counting on about "
     "40,000 visitors in the first year, three times as many as before it closed. Children "
     "younger than 12 will continue to get in free.",
     errors=[E("the Hrabal-Kostka family purchased from the town", "role", "major",
               "the town bought the collection from the Hrabal-Kostka family"),
             E("three times as many", "number", "minor", "double the number")],
     traps=[T("eighteenth century", "18th century"),
            T("a little theatre seating 80", "a small theatre with 80 seats")])

# 10 -----------------------------------------------------------------------
case("fencing tournament", "rewrite", "consistent",
     "More than 340 fencers from 19 countries will compete in the Castel Brindo Open, which "
     "opens on Friday at the Palazzo Ventura sports hall. Organisers said entries were up by "
     "about a quarter on last year, driven largely by a surge in junior sabre registrations. "
     "Events in foil, épée and sabre will run over three days, with the team finals on "
     "Sunday afternoon. Reigning men's épée champion Matteo Scarlatti withdrew on Wednesday "
     "with a hamstring injury, leaving the title open. Tournament director Giulia Fenzi said "
     "electronic scoring would be used for every bout for the first time, and that all "
     "finals would be streamed free online.",
     "The Castel Brindo Open gets under way at the Palazzo Ventura sports hall on Friday, "
     "with upwards of 340 fencers from 19 nations taking part. Entries have risen by roughly "
     "25% compared with last year, according to the organisers, mostly because far more "
     "juniors have signed up for sabre. Foil, épée and sabre competitions will be spread "
     "across three days, and the team finals take place on Sunday afternoon. The men's épée "
     "title is up for grabs after holder Matteo Scarlatti pulled out on Wednesday with a "
     "hamstring injury. For the first time, every bout will be scored electronically, "
     "tournament director Giulia Fenzi said, adding that all the finals will be streamed "
     "free online.",
     traps=[T("upwards of 340", "More than 340"),
            T("roughly 25%", "about a quarter"),
            T("pulled out", "withdrew"),
            T("every bout will be scored electronically",
              "electronic scoring would be used for every bout")])

# 11 -----------------------------------------------------------------------
case("gondola fare increase", "rewrite", "inconsistent",
     "Alpenzug Bergbahnen, which operates the Falkenhorn gondola, has proposed raising the "
     "adult return fare from 42 francs to 49 francs from December, a rise of about 17 "
     "percent. The company said higher electricity and insurance costs had made the "
     "increase unavoidable. The proposal must still be approved by the cantonal transport "
     "authority, which is expected to decide by the end of September. Fares for children "
     "under 16 would stay at 21 francs, and season-pass holders would not be affected. Local "
     "hoteliers' association chair Beatrix Amrein warned that the rise could deter day "
     "visitors, but said she understood the company's position.",
     "The adult return fare on the Falkenhorn gondola could go up from 42 to 49 francs in "
     "December, an increase of roughly 17%, under plans put forward by operator Alpenzug "
     "Bergbahnen, which blames higher electricity and insurance bills for making the rise "
     "unavoidable. The cantonal transport authority still has to give its approval and is "
     "likely to rule before the end of September. Under-16s would continue to pay 21 francs, "
     "and season-pass holders would be unaffected. Beatrix Amrein, who chairs the local "
     "hoteliers' association, said she understood the company's position but warned that "
     "the increase will put off day visitors.",
     errors=[E("will put off day visitors", "modality", "minor", "could deter day visitors")],
     traps=[T("roughly 17%", "about 17 percent"),
            T("is likely to rule", "is expected to decide"),
            T("Under-16s", "children under 16")])

# 12 -----------------------------------------------------------------------
case("juggling record", "summary", "consistent",
     "Street performer Tobiah Renwick set a new national record on Saturday by juggling "
     "seven clubs for 2 minutes and 41 seconds in the Market Square of Harrowgate Vale, "
     "adjudicators from the Guild of Record Keepers confirmed. The previous record of 1 "
     "minute 58 seconds had stood since 2009. Renwick, 34, made four unsuccessful attempts "
     "before succeeding on his fifth, watched by a crowd of several hundred. He said he had "
     "trained for up to six hours a day for eight months and had dropped 'thousands of "
     "clubs' along the way. The attempt raised £3,200 for the Vale Youth Circus School, where "
     "Renwick first learned to juggle at the age of 11.",
     "Tobiah Renwick, 34, has set a national record by keeping seven clubs in the air for 161 "
     "seconds in Harrowgate Vale's Market Square on Saturday, beating a mark of 1 minute 58 "
     "seconds that had stood since 2009. The record came at his fifth attempt, after eight "
     "months of training, and raised £3,200 for the youth circus school where he learned to "
     "juggle.",
     traps=[T("keeping seven clubs in the air", "juggling seven clubs"),
            T("161 seconds", "2 minutes and 41 seconds"),
            T("beating a mark of 1 minute 58 seconds", "The previous record of 1 minute 58 seconds"),
            T("the youth circus school", "the Vale Youth Circus School")])

# 13 -----------------------------------------------------------------------
case("peat bog rewetting", "translation", "consistent",
     "The Lower Moorland nature foundation has begun rewetting 220 hectares of drained peat "
     "bog near the village of Torfhausen, a project expected to take five years. Drainage "
     "ditches dug in the 1960s for farming will be blocked with 140 dams made of wood and "
     "peat, allowing the water table to rise again. According to project manager Henrike "
     "Vossberg, a drained bog of this size releases around 4,000 tonnes of carbon dioxide a "
     "year; once rewetted, it should stop emitting and eventually store carbon again. The "
     "state environment ministry is funding 80 percent of the 3.6 million euro cost. Farmers "
     "who currently use the land as pasture will be compensated.",
     "Near Torfhausen, the Lower Moorland Nature Foundation has started work to re-wet 220 "
     "hectares of peatland that had been drained; the project is due to last five years. "
     "A total of 140 dams built from timber and peat will seal off the drainage channels, "
     "which were dug for agriculture in the 1960s, so that the groundwater level can climb "
     "back up. Project leader Henrike Vossberg says a drained moor of this size gives off "
     "roughly 4,000 tonnes of CO2 annually, whereas after re-wetting it should cease to be a "
     "source and, in time, become a carbon store once more. Four-fifths of the €3.6 million "
     "bill is being met by the state's environment ministry. Compensation will be paid to "
     "farmers now grazing animals on the land.",
     traps=[T("is due to last five years", "expected to take five years"),
            T("CO2", "carbon dioxide"),
            T("annually", "a year"),
            T("Four-fifths", "80 percent"),
            T("€3.6 million", "3.6 million euro")])

# 14 -----------------------------------------------------------------------
case("septic tank grant", "rewrite", "inconsistent",
     "Homeowners in the Brenmoor catchment will be able to claim grants of up to £4,500 to "
     "replace old septic tanks, the Brenmoor Rivers Trust announced on Thursday. The scheme, "
     "funded by the regional water regulator, is aimed at cutting phosphate pollution in "
     "Lake Caddon, where algal blooms forced the closure of two swimming beaches last summer. "
     "Trust director Owain Pritchard said about 900 properties in the catchment still used "
     "tanks installed before 1983, many of which leak. Applications open on 1 May and grants "
     "will be awarded on a first-come, first-served basis until the £2 million fund is "
     "exhausted. A survey by the county council found that fewer than one in five eligible "
     "households knew about the scheme.",
     "Grants worth as much as £4,500 will be available to Brenmoor catchment homeowners who "
     "replace ageing septic tanks, under a scheme announced by the Brenmoor Rivers Trust on "
     "Thursday. Paid for by the regional water regulator, the scheme aims to reduce "
     "phosphate pollution in Lake Caddon, where algal blooms closed two swimming beaches last "
     "summer. Around 900 properties in the catchment are still on tanks that predate 1983, "
     "many of them leaking, according to trust director Owain Pritchard. From 1 May, "
     "applications will be accepted, and money will be handed out in order of application "
     "until the £2m pot runs out. Fewer than 20% of eligible households were aware of the "
     "scheme, a survey by the trust found.",
     errors=[E("a survey by the trust", "attribution", "minor", "A survey by the county council")],
     traps=[T("predate 1983", "installed before 1983"),
            T("in order of application", "on a first-come, first-served basis"),
            T("Fewer than 20%", "fewer than one in five")])

# 15 -----------------------------------------------------------------------
case("rocket launch delay", "rewrite", "consistent",
     "Orbital start-up Skyreach Dynamics has postponed the maiden launch of its Kestrel-2 "
     "rocket by at least three weeks after engineers detected a pressure anomaly in a "
     "second-stage fuel valve during final testing, the company said on Tuesday. The launch "
     "from the Porthcarn spaceport had been scheduled for 14 October. Chief executive Lena "
     "Moravcová said the valve would be replaced and the stage retested, and that a new date "
     "would be announced once the review was complete. The rocket is due to carry six small "
     "satellites, including an ocean-monitoring payload for the University of Westhaven. It "
     "is the second delay this year; the launch was originally planned for June.",
     "A pressure anomaly found by engineers in a second-stage fuel valve during final tests "
     "has led Skyreach Dynamics to push back the first flight of its Kestrel-2 rocket by "
     "three weeks or more, the orbital start-up announced on Tuesday. Lift-off from the "
     "Porthcarn spaceport had been set for 14 October. The valve will be swapped out and the "
     "stage tested again, according to chief executive Lena Moravcová, who said a new date "
     "would be given when the review had finished. Six small satellites are due to fly on "
     "the rocket, among them an ocean-monitoring payload for the University of Westhaven. "
     "The launch, first planned for June, has now slipped twice this year.",
     traps=[T("three weeks or more", "at least three weeks"),
            T("first flight", "maiden launch"),
            T("swapped out", "replaced"),
            T("has now slipped twice this year", "It is the second delay this year")])

# 16 -----------------------------------------------------------------------
case("racecourse safety review", "summary", "inconsistent",
     "The Racing Standards Board has ordered an independent safety review at Thornaby Downs "
     "racecourse after three horses suffered fatal injuries at the track's water jump in the "
     "past 12 months. The review, to be led by veterinary surgeon Dr Fiona Hallett, will "
     "examine the fence's design, ground conditions and race-day veterinary procedures, and "
     "is due to report by the end of March. Until then, the water jump will be bypassed in "
     "all steeplechases. Course managing director Graham Oldcastle said the course "
     "'welcomed the scrutiny' and would implement any recommendations. Animal welfare group "
     "Fair Run called the decision overdue and urged the board to publish the review in "
     "full.",
     "After three horses were fatally injured at Thornaby Downs' water jump in the past year, "
     "the Racing Standards Board has ordered an independent review of the fence's design, "
     "ground conditions and race-day veterinary care, led by vet Dr Fiona Oldcastle. The "
     "jump will be bypassed in steeplechases until the review reports, due by the end of "
     "March, and the course has agreed to cover its costs. Welfare group Fair Run called the "
     "move overdue.",
     errors=[E("Dr Fiona Oldcastle", "entity", "minor", "Dr Fiona Hallett"),
             E("and the course has agreed to cover its costs", "addition", "minor", None)],
     traps=[T("were fatally injured", "suffered fatal injuries"),
            T("in the past year", "in the past 12 months")])

# 17 -----------------------------------------------------------------------
case("topiary garden", "translation", "inconsistent",
     "The topiary garden of the Château de Brézolles-sur-Aume, closed since a box blight "
     "outbreak in 2021, will reopen to the public on Saturday, the estate's owners "
     "announced. Around 600 of the garden's 1,100 clipped box shrubs had to be destroyed. "
     "Head gardener Hélène Marquisat said they had been replaced mainly with yew and "
     "Japanese holly, which are not susceptible to the fungus, while the 17th-century layout "
     "has been kept unchanged. Visits will be limited to 150 people at a time, and picnics "
     "will not be allowed on the lawns. The restoration cost 1.9 million euros, a third of "
     "which was paid by the regional heritage fund.",
     "The owners of the Château de Brézolles-sur-Aume estate have announced that its "
     "topiary garden, shut since box blight struck in 2021, will welcome visitors again this "
     "Saturday. Some 600 of the 1,100 sculpted box bushes could not be saved and were "
     "destroyed. They were replaced chiefly by yews and Japanese hollies, species that the "
     "fungus does not attack, explained head gardener Hélène Marquisat, and the "
     "seventeenth-century design has been left exactly as it was. No more than 150 visitors "
     "will be admitted at any one time, and picnicking on the lawns will be allowed. Of the "
     "€1.9 million spent on the restoration, one third came from the regional heritage fund.",
     errors=[E("picnicking on the lawns will be allowed", "polarity", "minor",
               "picnics will not be allowed on the lawns")],
     traps=[T("seventeenth-century design", "17th-century layout"),
            T("one third came from the regional heritage fund",
              "a third of which was paid by the regional heritage fund")])

# 18 -----------------------------------------------------------------------
case("twin town anniversary", "rewrite", "consistent",
     "The towns of Wrexley and Saint-Aubin-des-Prés will mark 50 years of twinning next month "
     "with a week of events in both places, the Wrexley Twinning Association said. A "
     "delegation of about 60 residents from Saint-Aubin, led by mayor Claudine Berthou, will "
     "arrive on 12 June and stay with host families for five nights. Events include a joint "
     "concert by the two towns' brass bands, a cycling rally along a newly signposted "
     "'friendship route', and the planting of an oak in Wrexley's Memorial Park. The twinning "
     "charter was signed in 1975 by Wrexley council leader Arthur Penhale and Saint-Aubin "
     "mayor Jules Corbin. Association chair Maureen Tilsley said the link had led to more "
     "than 2,000 school exchanges.",
     "According to the Wrexley Twinning Association, Wrexley and Saint-Aubin-des-Prés will "
     "celebrate their half-century as twin towns next month with seven days of events in "
     "both places. Saint-Aubin's mayor, Claudine Berthou, will lead a group of roughly 60 "
     "residents who arrive on 12 June and will spend five nights with host families. The "
     "programme features a combined concert by the towns' brass bands, a cycle rally on a "
     "'friendship route' that has just been signposted, and the planting of an oak tree in "
     "Wrexley's Memorial Park. Wrexley council leader Arthur Penhale and Saint-Aubin mayor "
     "Jules Corbin signed the twinning charter in 1975. More than 2,000 school exchanges "
     "have come about through the link, according to association chair Maureen Tilsley.",
     traps=[T("half-century", "50 years"),
            T("seven days of events", "a week of events"),
            T("roughly 60", "about 60"),
            T("Wrexley council leader Arthur Penhale and Saint-Aubin mayor Jules Corbin signed "
              "the twinning charter in 1975",
              "The twinning charter was signed in 1975 by Wrexley council leader Arthur Penhale "
              "and Saint-Aubin mayor Jules Corbin")])

# 19 -----------------------------------------------------------------------
case("mountain hut booking", "rewrite", "inconsistent",
     "The Alpine Club of Vennberg will require overnight guests at its 14 mountain huts to "
     "book online from the start of the summer season, ending the long-standing practice of "
     "turning up unannounced. Club president Jonas Leitgeb said overcrowding at popular huts "
     "such as the Gradhütte had forced wardens to turn climbers away or let them sleep on "
     "dining-room floors. A deposit of 20 euros per person will be charged at booking and "
     "refunded if a reservation is cancelled at least 48 hours in advance. At the Kesselwand "
     "Hut, the highest in the network, wardens will keep a small number of emergency places "
     "for walkers caught out by bad weather. The club said it would review the system after "
     "the first season.",
     "From the start of the summer season, anyone wanting to stay overnight at one of the "
     "Alpine Club of Vennberg's 14 mountain huts will have to book online, bringing to an end "
     "the old custom of simply turning up unannounced. According to club president Jonas "
     "Leitgeb, overcrowding at popular huts such as the Kesselwand Hut has left wardens "
     "having to turn climbers away or put them up on dining-room floors. Bookings will carry "
     "a €20 deposit per person, which is refunded for cancellations made at least two days "
     "ahead. At the Kesselwand Hut, the highest, wardens will hold back a few emergency "
     "places for walkers caught out by bad weather. The club says it will review the system "
     "after its first season, bringing to an end the old custom of simply turning up "
     "unannounced.",
     errors=[E("Kesselwand Hut", "entity", "minor", "Gradhütte", occ=0),
             E("bringing to an end the old custom of simply turning up unannounced",
               "repetition", "minor", None, occ=1)],
     traps=[T("€20", "20 euros"),
            T("at least two days ahead", "at least 48 hours in advance")])

# 20 -----------------------------------------------------------------------
case("volcanic ash cleanup", "summary", "consistent",
     "Clean-up crews on the island of San Teodoro have removed an estimated 85,000 tonnes of "
     "volcanic ash from roads, roofs and drains since Mount Calavera erupted three weeks ago, "
     "the island's emergency coordination centre said on Friday. About 1,200 workers, "
     "including 300 soldiers, are involved in the operation, which officials expect to last "
     "at least another month. The ash is being taken to a disused quarry near Punta Grisa, "
     "where engineers are testing whether it can be used in building materials. The airport, "
     "closed for nine days after the eruption, is operating normally, but two schools in the "
     "worst-affected town of Valle Oscuro remain shut. Authorities said the volcano's "
     "activity had declined but that the alert level would stay at orange for now.",
     "Three weeks after Mount Calavera erupted, around 1,200 workers, 300 of them soldiers, "
     "have cleared some 85,000 tonnes of ash from San Teodoro's roads, roofs and drains, and "
     "officials expect the job to take at least one more month. The island's airport is back "
     "to normal after a nine-day closure, though two schools in hard-hit Valle Oscuro are "
     "still shut, and the alert level remains orange for now despite a decline in volcanic "
     "activity.",
     traps=[T("some 85,000 tonnes", "an estimated 85,000 tonnes"),
            T("300 of them soldiers", "including 300 soldiers"),
            T("at least one more month", "at least another month"),
            T("a nine-day closure", "closed for nine days")])

# 21 -----------------------------------------------------------------------
case("mango festival", "translation", "consistent",
     "The three-day Kesarpur Mango Festival opened on Friday with more than 400 varieties on "
     "display, organisers said, despite a harvest that was about 30 percent smaller than last "
     "year because of unseasonal hail in March. Festival president Anand Velukar said growers "
     "from 11 districts had taken part, and that entry to the exhibition halls would be free "
     "for the first time. A competition for the heaviest single fruit was won by farmer "
     "Shobha Gaikar with a mango weighing 2.1 kilograms. Organisers expect around 150,000 "
     "visitors, compared with 120,000 last year. Prices at the festival market are roughly a "
     "fifth higher than in 2023.",
     "Over 400 kinds of mango are on show at the Kesarpur Mango Festival, which got under way "
     "on Friday and runs for three days, according to the organisers, even though "
     "out-of-season hail in March cut this year's crop by roughly 30% compared with last "
     "year. Growers from 11 districts are taking part, said festival president Anand Velukar, "
     "adding that for the first time no entrance fee would be charged for the exhibition "
     "halls. The prize for the heaviest individual fruit went to farmer Shobha Gaikar, whose "
     "mango tipped the scales at 2.1 kg. The organisers are expecting some 150,000 visitors, "
     "up from 120,000 last year. At the festival market, prices are about 20% above 2023 "
     "levels.",
     traps=[T("Over 400 kinds", "more than 400 varieties"),
            T("roughly 30%", "about 30 percent"),
            T("no entrance fee would be charged", "entry to the exhibition halls would be free"),
            T("2.1 kg", "2.1 kilograms"),
            T("about 20% above 2023 levels", "roughly a fifth higher than in 2023")])

# 22 -----------------------------------------------------------------------
case("surrogacy law", "rewrite", "inconsistent",
     "Lawmakers in the Republic of Estravia passed a bill on Wednesday that will allow "
     "altruistic surrogacy for the first time while keeping commercial surrogacy illegal. "
     "The measure was approved by 88 votes to 61 after a six-hour debate. Under the new law, "
     "surrogates must be at least 25 years old and must have given birth before, and "
     "intended parents will be able to apply for a parental order within six months of the "
     "birth. Health Minister Raquel Doménech said the law would 'give clarity to families who "
     "have been living in legal limbo'. The opposition Civic Union has said it will challenge "
     "the law in the constitutional court. The law takes effect in January.",
     "Altruistic surrogacy is to become legal in the Republic of Estravia for the first time "
     "after lawmakers on Wednesday passed a bill that nevertheless keeps the commercial form "
     "outlawed. After six hours of debate, the measure went through by 88 votes to 61. The "
     "new law requires surrogates to be aged 25 or over and to have given birth at least "
     "once, and gives intended parents six months from the birth to apply for a parental "
     "order. Health Minister Raquel Doménech said it would 'give clarity to families who have "
     "been living in legal limbo'. The law comes into force in January, though the "
     "opposition Civic Union says it will seek to overturn it in a national referendum.",
     errors=[E("seek to overturn it in a national referendum", "event", "major",
               "challenge the law in the constitutional court")],
     traps=[T("six hours of debate", "a six-hour debate"),
            T("aged 25 or over", "at least 25 years old"),
            T("comes into force", "takes effect")])

# 23 -----------------------------------------------------------------------
case("bobsleigh track", "rewrite", "consistent",
     "The Brannock Ice Track, the country's only bobsleigh and luge venue, will close for two "
     "seasons from April so that its 1.4-kilometre concrete run can be rebuilt, operator "
     "Northpeak Sports Trust confirmed on Monday. The refurbishment, costing 26 million "
     "dollars, will replace the ageing refrigeration system with one that uses about 40 "
     "percent less energy, and will reprofile three curves that athletes have criticised as "
     "dangerous. National team athletes will train abroad while the track is closed. Trust "
     "chief executive Morag Dunleavy said the track was expected to reopen in time to host a "
     "World Cup round in late 2027, although that event has not yet been formally awarded.",
     "Northpeak Sports Trust confirmed on Monday that the Brannock Ice Track, the only venue "
     "in the country for bobsleigh and luge, will shut from April for two seasons while its "
     "1.4 km concrete run is rebuilt. The $26m refurbishment will swap the ageing "
     "refrigeration plant for a system using roughly two-fifths less energy and reshape three "
     "curves that athletes have criticised as dangerous. While the track is out of action, "
     "national team athletes will do their training overseas. The track should reopen in "
     "time to stage a World Cup round in late 2027, chief executive Morag Dunleavy said, "
     "although the event has yet to be formally awarded.",
     traps=[T("1.4 km", "1.4-kilometre"),
            T("$26m", "26 million dollars"),
            T("roughly two-fifths less", "about 40 percent less"),
            T("should reopen", "was expected to reopen"),
            T("has yet to be formally awarded", "has not yet been formally awarded")])

# 24 -----------------------------------------------------------------------
case("ski jump construction", "summary", "inconsistent",
     "Construction of a new 120-metre ski jump at Hollen Ridge has been halted after "
     "inspectors found cracks in the concrete foundations of the in-run tower, the regional "
     "sports authority said on Thursday. The steel landing hill, built last year, was not "
     "affected. The authority said there was no immediate danger to the public, as the site "
     "is fenced off, but that no further work would be carried out until an independent "
     "engineering report is completed, probably in about eight weeks. The 34-million-euro "
     "project, which was due to be finished in time for the winter season, is now expected "
     "to open at least a year late. The contractor, Halberg Bau, said the cracks were "
     "superficial and disputed the need for a stoppage.",
     "Work on Hollen Ridge's new 120-metre ski jump has been halted after cracks were found "
     "in the concrete foundations of its in-run tower and in the steel landing hill. Nothing "
     "more will be built until an independent engineering report, likely in around eight "
     "weeks, is finished, and the €34m project is now expected to open at least a year late. "
     "Contractor Halberg Bau, which calls the cracks superficial, has appealed against the "
     "stoppage.",
     errors=[E("and in the steel landing hill", "polarity", "major",
               "The steel landing hill, built last year, was not affected"),
             E("has appealed against the stoppage", "event", "minor",
               "disputed the need for a stoppage")],
     traps=[T("likely in around eight weeks", "probably in about eight weeks"),
            T("€34m", "34-million-euro")])

# 25 -----------------------------------------------------------------------
case("velodrome reopening", "translation", "inconsistent",
     "The Velódromo Municipal de Santa Clareta will reopen to the public on 15 September "
     "after an 18-month renovation, the city's sports department announced. The wooden "
     "track, 250 metres long, has been completely replaced with Siberian pine boards, and the "
     "stands now hold 2,400 spectators, 600 more than before. Sports councillor Mireia Batlle "
     "said the venue could host international competitions again from next year, provided it "
     "passes an inspection by the national cycling federation. Local clubs will be able to "
     "book training sessions free of charge on weekday mornings. The works cost 7.8 million "
     "euros, of which the regional government contributed 3 million.",
     "Following eighteen months of refurbishment, Santa Clareta's Municipal Velodrome opens "
     "its doors to the public again on 15 September, the city sports department has "
     "announced. The 250-metre timber track has been entirely relaid with Siberian pine, and "
     "the stands now seat 2,400 people, an increase of 600. According to sports councillor "
     "Mireia Batlle, the venue will host international competitions again from next year as "
     "long as it passes an inspection by the national cycling federation. On weekday "
     "mornings, local clubs may reserve training slots at no cost. The €7.8 million cost of "
     "the works included 3 million from the central government.",
     errors=[E("will host international competitions again", "modality", "minor",
               "could host international competitions again"),
             E("the central government", "entity", "minor", "the regional government")],
     traps=[T("eighteen months", "18-month"),
            T("an increase of 600", "600 more than before"),
            T("at no cost", "free of charge")])

# 26 -----------------------------------------------------------------------
case("graveyard full", "rewrite", "consistent",
     "St Oswin's churchyard in the village of Little Haddow has run out of space for new "
     "burials, and the parish council is seeking land for an extension, council clerk "
     "Penelope Garth said on Tuesday. The churchyard, in use since the 13th century, has had "
     "no free plots since February, though burials in existing family graves and the "
     "interment of ashes can continue. The council has approached two neighbouring "
     "landowners about buying around half an acre. Until a site is found, families will be "
     "offered plots at the municipal cemetery in Brackenford, about six miles away. Garth "
     "said the council hoped to have an extension open within two years but warned that the "
     "process 'could take considerably longer'.",
     "The parish council in Little Haddow is looking for land to extend St Oswin's "
     "churchyard, which has run out of room for new burials, clerk Penelope Garth said on "
     "Tuesday. No new plots have been available since February in the churchyard, which has "
     "been used for burials since the 1200s, although ashes may still be interred and "
     "burials can still take place in existing family graves. Two neighbouring landowners "
     "have been asked by the council whether they would sell about half an acre. In the "
     "meantime, families will be offered plots at Brackenford's municipal cemetery, roughly "
     "six miles away. The council hopes to open an extension within two years, Garth said, "
     "though she warned it 'could take considerably longer'.",
     traps=[T("No new plots have been available since February",
              "has had no free plots since February"),
            T("the 1200s", "the 13th century"),
            T("Two neighbouring landowners have been asked by the council whether they would "
              "sell", "The council has approached two neighbouring landowners about buying"),
            T("roughly six miles away", "about six miles away")])

# 27 -----------------------------------------------------------------------
case("wasp nest removal", "rewrite", "inconsistent",
     "Pest controllers removed a wasp nest measuring about 1.5 metres across from the loft of "
     "a terraced house in Calder Street, Dunmere, on Monday, in what the company involved "
     "described as the largest it had dealt with in 20 years. Technicians from Greenbay Pest "
     "Services spent four hours removing the nest, which they estimated contained up to "
     "20,000 wasps. The homeowner, retired teacher Alan Brook, said he had noticed wasps "
     "around the eaves in July but had not realised how big the nest had become. The company "
     "advised residents who suspect a nest not to try to remove it themselves. No one was "
     "stung.",
     "A wasp nest roughly 1.5 metres wide was taken out of the loft of a terraced house in "
     "Calder Street, Dunmere, on Monday, the biggest that Greenbay Pest Services says it has "
     "handled in two decades. The company's technicians needed four hours to remove the nest, "
     "which housed 20,000 wasps. Homeowner Alan Brook, a retired teacher, said he had spotted "
     "wasps around the eaves in July but had no idea how large the nest had grown. Nobody was "
     "stung, and the nest has since been donated to a local natural history society. Greenbay "
     "advised anyone who suspects they have a nest not to attempt to remove it themselves.",
     errors=[E("housed 20,000 wasps", "modality", "minor",
               "they estimated contained up to 20,000 wasps"),
             E("the nest has since been donated to a local natural history society",
               "addition", "minor", None)],
     traps=[T("roughly 1.5 metres wide", "about 1.5 metres across"),
            T("two decades", "20 years")])

# 28 -----------------------------------------------------------------------
case("sand dune erosion", "summary", "consistent",
     "Storms this winter have stripped up to 12 metres from the front of the dunes at "
     "Saltmarrow Bay, the worst erosion recorded there since monitoring began in 1994, "
     "according to a survey published on Wednesday by the Coastal Observatory of Westmere. "
     "The survey found that the dune line had retreated by an average of 4.8 metres along "
     "the bay's three-kilometre length. A section of the coastal footpath has collapsed and "
     "has been closed, and a car park near the southern end is within 15 metres of the dune "
     "edge. The observatory said natural recovery was possible over several years if sand "
     "supply remained stable, but recommended that the council consider relocating the car "
     "park. The council said it would discuss the findings next month.",
     "A survey by the Coastal Observatory of Westmere says winter storms have eaten up to 12 "
     "metres into the front of the Saltmarrow Bay dunes, the worst erosion there since "
     "records began in 1994, with the dune line pulling back 4.8 metres on average along the "
     "3 km bay. Part of the coastal path has collapsed and been shut, and the observatory has "
     "recommended the council consider moving a car park now within 15 metres of the dune "
     "edge. The council will discuss the findings next month.",
     traps=[T("since records began in 1994", "since monitoring began in 1994"),
            T("pulling back 4.8 metres on average", "retreated by an average of 4.8 metres"),
            T("3 km", "three-kilometre"),
            T("moving a car park", "relocating the car park")])

# 29 -----------------------------------------------------------------------
case("jury service reform", "translation", "consistent",
     "The Ministry of Justice of the Republic of Velmark plans to raise the maximum age for "
     "jury service from 70 to 75 and to double the daily allowance paid to jurors, to 60 "
     "euros, according to a draft bill published on Monday. The ministry said the changes "
     "were intended to ease a shortage of jurors in rural districts, where about one in four "
     "summoned citizens is currently excused. Employers would also be required to continue "
     "paying wages for the first ten days of service. The bill is open to public "
     "consultation until 30 April and is expected to reach parliament in the autumn. The bar "
     "association welcomed the proposals but said they did not go far enough.",
     "Under a draft bill released on Monday, Velmark's justice ministry intends to lift the "
     "upper age limit for serving on a jury from 70 to 75 and to pay jurors twice the current "
     "daily allowance, bringing it to €60. The aim, according to the ministry, is to address "
     "a lack of jurors in country districts, where roughly a quarter of those called up are "
     "at present excused. The bill would also oblige employers to keep paying salaries during "
     "the first ten days of jury duty. Members of the public can comment on it until 30 "
     "April, and it is likely to go before parliament in the autumn. The proposals were "
     "welcomed by the bar association, which nonetheless considers them insufficient.",
     traps=[T("twice the current daily allowance", "double the daily allowance"),
            T("€60", "60 euros"),
            T("roughly a quarter", "about one in four"),
            T("is likely to go before parliament", "is expected to reach parliament"),
            T("The proposals were welcomed by the bar association",
              "The bar association welcomed the proposals")])

# 30 -----------------------------------------------------------------------
case("midwife shortage", "rewrite", "inconsistent",
     "The maternity unit at Calloway General Hospital will suspend home births and close its "
     "birthing centre at night for at least three months because of a shortage of midwives, "
     "the Eastvale Health Trust said on Friday. The trust said 27 of its 140 midwife posts "
     "were vacant and that sickness absence had risen sharply since the spring. Women who had "
     "planned a home birth will be contacted individually to discuss alternatives. Director "
     "of nursing Kath Embleton said the decision had been 'extremely difficult' but was "
     "necessary to keep services safe. The trust is offering a £3,000 relocation payment to "
     "attract staff and hopes to fill 15 posts by the end of the year.",
     "Because of a shortage of midwives, Eastvale Health Trust said on Friday, Calloway "
     "General Hospital's maternity unit will put home births on hold and close its "
     "birthing centre for a minimum of three months. Of the trust's 140 midwife posts, 27 "
     "are unfilled, and sickness absence has climbed steeply since the spring, it said. Each "
     "woman who had been planning to give birth at home will be contacted to talk through "
     "other options. Kath Embleton, the director of nursing, described the decision as "
     "'extremely difficult' but said it was needed to keep services safe. To attract staff, "
     "the trust is offering a £3,000 relocation payment and hopes 15 posts will be filled by "
     "the end of the year.",
     errors=[E("", "omission", "major", "at night", after="close its birthing centre")],
     traps=[T("for a minimum of three months", "for at least three months"),
            T("Of the trust's 140 midwife posts, 27 are unfilled",
              "27 of its 140 midwife posts were vacant")])

# 31 -----------------------------------------------------------------------
case("bat roost planning dispute", "rewrite", "consistent",
     "Plans to convert a derelict barn at Hollins Farm into four holiday cottages have been "
     "put on hold after a survey found a maternity roost of rare lesser horseshoe bats in the "
     "roof, Kestow District Council confirmed. The developer, Ridgeway Homes, must now apply "
     "for a licence from the national wildlife agency before any work can start, a process "
     "that typically takes around three months. Ridgeway Homes director Simon Ashby said the "
     "company was 'disappointed' by the delay but would provide a dedicated bat loft in the "
     "converted building. Local campaign group Friends of Hollins Valley, which commissioned "
     "the survey, said the roost held about 90 adult bats and should be left undisturbed.",
     "Kestow District Council has confirmed that a scheme to turn a derelict barn at Hollins "
     "Farm into four holiday cottages is on hold, after a survey turned up a maternity roost "
     "of rare lesser horseshoe bats in its roof. Before any work can begin, developer "
     "Ridgeway Homes must now apply to the national wildlife agency for a licence, which "
     "usually takes about three months. Simon Ashby, a director of the firm, said it was "
     "'disappointed' at the delay but would include a dedicated bat loft in the converted "
     "building. The survey was commissioned by Friends of Hollins Valley, a local campaign "
     "group, which says about 90 adult bats use the roost and that it should not be "
     "disturbed.",
     traps=[T("turn a derelict barn", "convert a derelict barn"),
            T("usually takes about three months", "typically takes around three months"),
            T("The survey was commissioned by Friends of Hollins Valley",
              "Friends of Hollins Valley, which commissioned the survey"),
            T("should not be disturbed", "should be left undisturbed")])

# 32 -----------------------------------------------------------------------
case("cooper barrel making", "summary", "inconsistent",
     "Aldermoor Cooperage, one of the last firms in the region still making oak barrels by "
     "hand, has taken on three apprentices for the first time in more than a decade, owner "
     "Rhona McCluskey said. The apprentices will train for four years under master cooper "
     "Duncan Fyfe, 67, who has worked at the firm since 1974. Demand from whisky distilleries "
     "has risen sharply, and the cooperage now has orders for about 2,500 barrels a year, up "
     "from 1,600 five years ago. McCluskey said the craft was at risk because few experienced "
     "coopers were left, and that the firm had received a 40,000-pound grant from the "
     "Heritage Crafts Fund to cover part of the training costs.",
     "Aldermoor Cooperage, one of the region's last makers of hand-made oak barrels, has "
     "taken on three apprentices, its first in over ten years, who will train for four years "
     "under master cooper Duncan Fyfe. Whisky distillery orders have climbed to about 2,500 "
     "barrels a year, from 1,600 five years ago. Owner Rhona McCluskey says the craft is at "
     "risk because few experienced coopers remain, and a £40,000 grant from the Heritage "
     "Crafts Fund will cover part of the training costs. The apprentices will train for four "
     "years under master cooper Duncan Fyfe.",
     errors=[E("will train for four years under master cooper Duncan Fyfe", "repetition",
               "minor", None, occ=1)],
     traps=[T("its first in over ten years", "for the first time in more than a decade"),
            T("£40,000", "40,000-pound")])

# 33 -----------------------------------------------------------------------
case("typhoon shelter upgrade", "translation", "inconsistent",
     "The Marine Department of Port Lanshan will spend 640 million dollars over four years "
     "upgrading the Kowshing typhoon shelter, which protects around 1,300 fishing and "
     "pleasure boats during storms, officials announced on Tuesday. The breakwater will be "
     "raised by 1.8 metres and extended by 120 metres to cope with higher waves expected as "
     "sea levels rise. Dredging will restore the basin's depth to five metres. During "
     "construction, about a third of the moorings will be unavailable at any one time, and "
     "affected boat owners will be offered temporary berths at the neighbouring Tai Wan "
     "shelter. Fishermen's representatives have asked for compensation for lost working "
     "days, which the department said it would consider.",
     "Port Lanshan's Marine Department announced on Tuesday that it will invest $640 million "
     "over the next four years in upgrading the Kowshing typhoon shelter, where some 1,300 "
     "fishing vessels and pleasure craft take refuge when storms strike. To withstand the "
     "bigger waves that rising sea levels are expected to bring, the breakwater is to be "
     "heightened by 1.8 metres and lengthened by 120 metres, while dredging will bring the "
     "basin back to a depth of five metres. While work is under way, roughly one-third of the "
     "moorings will be out of use at any given time; owners of the boats affected will be "
     "offered temporary berths in the nearby Tai Wan shelter. Representatives of the "
     "fishermen have filed a lawsuit seeking compensation for days of work lost, a demand "
     "the department said it would consider.",
     errors=[E("have filed a lawsuit seeking", "event", "major", "have asked for")],
     traps=[T("$640 million", "640 million dollars"),
            T("heightened by 1.8 metres", "raised by 1.8 metres"),
            T("roughly one-third", "about a third")])

# 34 -----------------------------------------------------------------------
case("sinkhole swallows car", "rewrite", "inconsistent",
     "A parked car was swallowed by a sinkhole that opened on Marlow Road in Tansford at "
     "about 4.30 a.m. on Sunday, the town's highways department said. The hole, roughly six "
     "metres wide and four metres deep, appeared shortly after a water main burst beneath the "
     "road. Nobody was in the vehicle, which belonged to local nurse Priya Sandhu, who had "
     "parked it outside her home the previous evening. Eleven homes were evacuated as a "
     "precaution, and residents were allowed back on Sunday afternoon after engineers "
     "declared the ground stable. The highways department has asked Tansford Water, which "
     "operates the main, to investigate the cause of the burst. The road is expected to "
     "remain closed for at least a week.",
     "A sinkhole about six metres across and four metres deep opened up on Tansford's Marlow "
     "Road at around 4.30 a.m. on Sunday and swallowed a parked car, according to the town's "
     "highways department. The hole formed shortly before a water main under the road burst. "
     "The car, owned by local nurse Priya Sandhu, was empty; she had left it outside her "
     "house the night before. Residents of 11 homes were moved out as a precaution and were "
     "allowed to return that afternoon once engineers had declared the ground stable. "
     "Tansford Water, which operates the main, has asked the highways department to "
     "investigate the cause of the burst. Marlow Road is likely to stay shut for at least "
     "seven days.",
     errors=[E("shortly before", "date", "major", "shortly after"),
             E("Tansford Water, which operates the main, has asked the highways department",
               "role", "major", "highways department has asked Tansford Water")],
     traps=[T("the night before", "the previous evening"),
            T("at least seven days", "at least a week")])

# 35 -----------------------------------------------------------------------
case("golf course rewilding", "rewrite", "consistent",
     "The owners of the Ashcombe Park golf course, which closed in 2022 after membership fell "
     "by more than half in a decade, have agreed to hand the 68-hectare site to the Ridings "
     "Wildlife Trust on a 99-year lease. The trust plans to turn former fairways into "
     "wildflower meadow and wet grassland, plant around 15,000 native trees and reopen a "
     "stream that was diverted into a culvert when the course was built in 1932. Public "
     "footpaths across the site will be kept open. Trust chief executive Dr Nia Pembrey said "
     "the project would cost about £2.3 million, most of which had still to be raised. Work "
     "is due to begin in the autumn.",
     "The 68-hectare Ashcombe Park golf course, shut in 2022 after its membership had more "
     "than halved in ten years, is to be handed over by its owners to the Ridings Wildlife "
     "Trust on a 99-year lease. Former fairways will become wildflower meadow and wet "
     "grassland under the trust's plans, which also include planting some 15,000 native "
     "trees and reopening a stream that was put into a culvert when the course was laid out "
     "in 1932. Public footpaths crossing the site will stay open. The trust's chief "
     "executive, Dr Nia Pembrey, put the cost at roughly £2.3m, the bulk of which has yet to "
     "be raised. Work is scheduled to start in the autumn.",
     traps=[T("more than halved in ten years", "fell by more than half in a decade"),
            T("some 15,000", "around 15,000"),
            T("roughly £2.3m", "about £2.3 million"),
            T("the bulk of which has yet to be raised", "most of which had still to be raised"),
            T("is scheduled to start", "is due to begin")])

# 36 -----------------------------------------------------------------------
case("deer culling programme", "summary", "consistent",
     "Forestry authority Greenmantle Woodlands will cull about 2,000 red deer across the "
     "Corrach Hills over the next three years to protect newly planted native forest, the "
     "agency said on Monday. Deer numbers in the area have roughly doubled since 2010 to an "
     "estimated 9,000, and surveys show that browsing has damaged up to 70 percent of young "
     "trees in some plantations. The cull will be carried out by licensed stalkers between "
     "October and February, and venison will be sold to local butchers. Agency head Callum "
     "Strachan said the aim was to reduce density to around five deer per square kilometre. "
     "Animal welfare charity Hart Watch criticised the plan, arguing that fencing would be "
     "more humane.",
     "Greenmantle Woodlands is to cull some 2,000 red deer in the Corrach Hills over three "
     "years to protect newly planted native forest, after numbers roughly doubled since 2010 "
     "to an estimated 9,000 and browsing damaged as many as 70% of young trees in some "
     "plantations. Licensed stalkers will do the work in the October–February season, aiming "
     "for about five deer per square kilometre; animal welfare charity Hart Watch argues "
     "fencing would be more humane.",
     traps=[T("some 2,000", "about 2,000"),
            T("as many as 70%", "up to 70 percent"),
            T("in the October–February season", "between October and February"),
            T("about five deer per square kilometre", "around five deer per square kilometre")])

# 37 -----------------------------------------------------------------------
case("bagpipe band contest", "translation", "consistent",
     "The Pipe Band of Santa Uxía de Riba won the Grand Prize at the 41st International Gaita "
     "Competition in Vilanova do Mar on Sunday, beating 27 bands from six countries. It is the "
     "band's third victory in five years. The jury, chaired by French musician Yann Kerrien, "
     "praised the band's 'exceptional tuning and discipline'. Second place went to the "
     "Lochanbeg pipe band from Scotland and third to a group from Portugal. More than 12,000 "
     "people attended the two-day event, according to the organisers, who said the prize "
     "money of 8,000 euros would be increased next year.",
     "On Sunday the Santa Uxía de Riba Pipe Band took the Grand Prize at the 41st "
     "International Gaita Competition, held in Vilanova do Mar, ahead of 27 bands from six "
     "countries. This is the third time in five years that the band has won. The panel of "
     "judges, presided over by the French musician Yann Kerrien, commended its 'outstanding "
     "tuning and discipline'. The Scottish Lochanbeg pipe band came second, and a Portuguese "
     "group third. Organisers put attendance over the two days at upwards of 12,000 and said "
     "the €8,000 prize would be raised next year.",
     traps=[T("This is the third time in five years that the band has won",
              "It is the band's third victory in five years"),
            T("presided over by", "chaired by"),
            T("The Scottish Lochanbeg pipe band came second",
              "Second place went to the Lochanbeg pipe band from Scotland"),
            T("upwards of 12,000", "More than 12,000 people"),
            T("€8,000 prize", "prize money of 8,000 euros")])

# 38 -----------------------------------------------------------------------
case("maze opening", "summary", "inconsistent",
     "A hedge maze covering 1.2 hectares opened to visitors at Farnleigh Manor on Saturday, "
     "making it one of the largest in the country, the estate said. The maze, designed by "
     "landscape architect Imogen Carrow, contains about 3 kilometres of paths and was planted "
     "in 2019 with 9,000 yew saplings. Estate manager Roland Pyke said visitors had taken an "
     "average of 45 minutes to reach the centre during trial runs. Work on a raised viewing "
     "platform began in March, and it is due to open in July. Tickets cost £9 for adults and "
     "£5 for children. Carrow said the design was inspired by a 17th-century garden plan "
     "found in the manor's archive.",
     "Farnleigh Manor's 1.2-hectare hedge maze, among the largest in the country, opened on "
     "Saturday. Planted with 9,000 yews in 2019, it has some 3 km of paths, and trial "
     "visitors needed 45 minutes on average to reach the centre. Estate manager Roland Pyke "
     "says the design was inspired by a 17th-century plan found in the manor's archive; a "
     "raised viewing platform is due to open in March.",
     errors=[E("Estate manager Roland Pyke says", "attribution", "minor", "Carrow said"),
             E("in March", "date", "minor", "in July")],
     traps=[T("among the largest in the country", "one of the largest in the country"),
            T("some 3 km of paths", "about 3 kilometres of paths")])

# 39 -----------------------------------------------------------------------
case("wild boar sightings", "translation", "inconsistent",
     "Residents of the Zaleśnice Dolne district have reported more than 70 wild boar "
     "sightings since the beginning of August, the city's environmental protection "
     "department said on Thursday. Most of the animals, including sows with piglets, have "
     "been seen near rubbish bins and in allotment gardens at night. Department spokesperson "
     "Marta Wilczyńska urged residents not to feed the animals and to keep bin lids closed. "
     "A team of hunters licensed by the city will relocate up to 30 boar to a forest reserve "
     "outside the city over the next two months, using traps rather than firearms. No "
     "attacks on people have been reported.",
     "Since the start of August, residents of the Zaleśnice Dolne district have reported "
     "seeing wild boar on over 70 occasions, the municipal environmental protection "
     "department said on Thursday. The animals, among them sows with young, have mostly been "
     "spotted at night by rubbish bins and in allotments. Marta Wilczyńska, speaking for the "
     "department, appealed to residents not to feed the boar and to keep the lids of their "
     "bins shut. Over the coming two months, hunters holding a city licence will move at "
     "least 30 boar to a forest reserve beyond the city limits, trapping them rather than "
     "shooting them. There have been no reports of people being attacked.",
     errors=[E("at least 30 boar", "number", "major", "up to 30 boar")],
     traps=[T("on over 70 occasions", "more than 70 wild boar sightings"),
            T("trapping them rather than shooting them", "using traps rather than firearms")])

# 40 -----------------------------------------------------------------------
case("civic clock", "rewrite", "consistent",
     "The 19th-century clock on Fennick Town Hall, which stopped in January when its pendulum "
     "mechanism seized, will be running again by the end of May, the borough council said on "
     "Thursday. Specialist firm Harlow & Quaid has removed the movement for repair at its "
     "workshop, where worn gears will be recast and the dial's cast-iron frame repainted. "
     "The repairs will cost £48,000, two-thirds of which will be covered by a grant from the "
     "Civic Heritage Fund. Council leader Ruth Okonedo said the clock's hourly chime, silent "
     "since the stoppage, would also be restored. The clock was last overhauled in 1988.",
     "The borough council said on Thursday that the 19th-century clock on Fennick Town Hall, "
     "which stopped in January when its pendulum mechanism seized, will be back in working "
     "order by the end of May. The movement has been taken away by specialist firm Harlow & "
     "Quaid for repair at its workshop, where the worn gears will be recast and the cast-iron "
     "frame of the dial repainted. Two-thirds of the £48,000 repair bill will come from a "
     "Civic Heritage Fund grant. The hourly chime, which has been silent since the clock "
     "stopped, will also be restored, according to council leader Ruth Okonedo. The last "
     "overhaul of the clock was carried out in 1988.",
     traps=[T("will be back in working order", "will be running again"),
            T("The movement has been taken away by specialist firm Harlow & Quaid",
              "Specialist firm Harlow & Quaid has removed the movement"),
            T("Two-thirds of the £48,000 repair bill will come from a Civic Heritage Fund grant",
              "The repairs will cost £48,000, two-thirds of which will be covered by a grant "
              "from the Civic Heritage Fund"),
            T("The last overhaul of the clock was carried out in 1988",
              "The clock was last overhauled in 1988")])


# ---------------------------------------------------------------------------
# Build and validate
# ---------------------------------------------------------------------------
def word_cut(s, i):
    """True if position i lies strictly inside a word of s."""
    return 0 < i < len(s) and s[i - 1].isalnum() and s[i].isalnum()


def build():
    problems = []
    records = []

    def bad(cid, msg):
        problems.append(f"{cid}: {msg}")

    for n, c in enumerate(CASES, 1):
        cid = f"s127-{n:03d}"
        ref, cand = c["reference"], c["candidate"]
        errors, traps = [], []
        spans = []  # (start, end, what)
        for e in c["errors"]:
            if e["type"] == "omission":
                if e["text"] != "" or not e["after"]:
                    bad(cid, "omission needs empty text and an anchor")
                    continue
                a = find_nth(cand, e["after"], e["after_occ"])
                if a < 0:
                    bad(cid, f"omission anchor not found: {e['after']!r}")
                    continue
                start = end = a + len(e["after"])
                if e["ref_text"] is None or e["ref_text"].lower() in cand.lower():
                    bad(cid, f"omitted words present in candidate: {e['ref_text']!r}")
            else:
                if not e["text"]:
                    bad(cid, "empty error text")
                    continue
                start = find_nth(cand, e["text"], e["occ"])
                if start < 0:
                    bad(cid, f"error text not found (occ {e['occ']}): {e['text']!r}")
                    continue
                end = start + len(e["text"])
            if e["type"] not in ERROR_TYPES:
                bad(cid, f"bad type {e['type']}")
            if e["severity"] not in SEVERITIES:
                bad(cid, f"bad severity {e['severity']}")
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    bad(cid, f"{e['type']} must have ref_text null")
            else:
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad(cid, f"error ref_text not in reference: {e['ref_text']!r}")
            if e["type"] == "repetition" and e["text"] not in cand[:start]:
                bad(cid, "repetition span has no earlier copy in candidate")
            if e["type"] == "omission" and c["mode"] == "summary":
                bad(cid, "omission in a summary")
            if e["type"] != "omission" and e["ref_text"] is not None and e["text"] == e["ref_text"]:
                bad(cid, f"error text equals ref_text: {e['text']!r}")
            if word_cut(cand, start) or word_cut(cand, end):
                bad(cid, f"error span cuts a word: {e['text']!r}")
            if cand[start:end] != e["text"]:
                bad(cid, "offset mismatch")
            errors.append({"start": start, "end": end, "text": e["text"], "type": e["type"],
                           "severity": e["severity"], "ref_text": e["ref_text"]})
            spans.append((start, end, "error " + repr(e["text"])))
        for t in c["traps"]:
            start = find_nth(cand, t["text"], t["occ"])
            if start < 0:
                bad(cid, f"trap text not found: {t['text']!r}")
                continue
            end = start + len(t["text"])
            if t["ref_text"] not in ref:
                bad(cid, f"trap ref_text not in reference: {t['ref_text']!r}")
            if t["text"] == t["ref_text"]:
                bad(cid, f"trap text identical to reference wording: {t['text']!r}")
            if word_cut(cand, start) or word_cut(cand, end):
                bad(cid, f"trap span cuts a word: {t['text']!r}")
            traps.append({"start": start, "end": end, "text": t["text"],
                          "ref_text": t["ref_text"]})
            spans.append((start, end, "trap " + repr(t["text"])))
        # overlaps (zero-width omission points may not fall strictly inside a span)
        for i in range(len(spans)):
            for j in range(i + 1, len(spans)):
                s1, e1, w1 = spans[i]
                s2, e2, w2 = spans[j]
                if s1 == e1 or s2 == e2:
                    p, (s, e) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                    clash = s < p < e
                else:
                    clash = s1 < e2 and s2 < e1
                if clash:
                    bad(cid, f"overlapping spans {w1} / {w2}")
        # per-pair rules
        nref = len(ref.split())
        if not 70 <= nref <= 190:
            bad(cid, f"reference has {nref} words")
        if c["mode"] == "summary" and len(cand.split()) >= nref:
            bad(cid, "summary not shorter than reference")
        if c["mode"] not in ("rewrite", "summary", "translation"):
            bad(cid, "bad mode")
        if c["label"] == "consistent":
            if errors:
                bad(cid, "consistent pair has errors")
            if not 3 <= len(traps) <= 5:
                bad(cid, f"consistent pair has {len(traps)} traps")
        elif c["label"] == "inconsistent":
            if not 1 <= len(errors) <= 3:
                bad(cid, f"inconsistent pair has {len(errors)} errors")
            if len(traps) > 3:
                bad(cid, f"inconsistent pair has {len(traps)} traps")
        else:
            bad(cid, "bad label")
        if ref == cand:
            bad(cid, "candidate identical to reference")
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": cid, "domain": c["domain"], "mode": c["mode"],
                        "reference": ref, "candidate": cand, "label": c["label"],
                        "errors": errors, "traps": traps})

    # set-level composition
    from collections import Counter
    doms = [r["domain"] for r in records]
    if len(records) != 40:
        problems.append(f"expected 40 pairs, got {len(records)}")
    if sorted(doms) != sorted(DOMAINS) or len(set(doms)) != len(doms):
        problems.append("domains do not match the list one-to-one: "
                        f"{sorted(set(DOMAINS) ^ set(doms))}")
    ml = Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(ml) != want:
        problems.append(f"mode/label composition {dict(ml)}")
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        problems.append(f"expected 30 errors, got {sum(types.values())}")
    for t in ERROR_TYPES:
        if types[t] < 2:
            problems.append(f"error type {t} has only {types[t]}")
    return records, problems, types


def main():
    records, problems, types = build()
    if problems:
        for p in problems:
            print("PROBLEM", p)
        sys.exit(1)
    from collections import Counter
    print(f"OK: {len(records)} pairs")
    print("  modes:", dict(Counter((r['mode'], r['label']) for r in records)))
    print("  errors:", sum(types.values()), dict(types))
    print("  errors per inconsistent pair:",
          dict(Counter(len(r['errors']) for r in records if r['label'] == 'inconsistent')))
    print("  traps:", sum(len(r['traps']) for r in records),
          "consistent:", sum(len(r['traps']) for r in records if r['label'] == 'consistent'),
          "inconsistent:", sum(len(r['traps']) for r in records if r['label'] == 'inconsistent'))
    wc = [len(r['reference'].split()) for r in records]
    print(f"  reference words: min {min(wc)} max {max(wc)} mean {sum(wc)/len(wc):.0f}")
    if "--check" in sys.argv[1:]:
        return
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set127.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", out)


if __name__ == "__main__":
    main()
