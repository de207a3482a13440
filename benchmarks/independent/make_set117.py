#!/usr/bin/env python3
"""Held-out evaluation set 117 for a reference-vs-candidate fact-comparison tool.

How it was made
---------------
Every pair below was hand-written by a helper session that saw no code and no
data of the project (no existing benchmark, no project files): it worked only
from a short written brief describing the record format and the composition.
All people, companies, organisations, places, figures and events are invented;
real countries appear at most as background (e.g. export destinations).
Character offsets are never typed by hand: this script finds every quoted span
by string search (with an explicit occurrence index where a quoted text
repeats), validates the whole set and writes set117.jsonl next to itself.

    python3 make_set117.py          # validate and write set117.jsonl
    python3 make_set117.py --check  # validate only, write nothing

Composition
-----------
* 40 pairs, each from a different domain (news / agency / corporate /
  official register, references 70-190 words).
* Labels: 20 consistent, 20 inconsistent.
* Modes: 20 rewrites (10 consistent / 10 inconsistent), 10 summaries (5 / 5),
  10 translations (5 / 5; both texts are independent English translations of
  the same non-English story, so wording differs throughout).
* 30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with
  two): entity 3, number 4, date 3, role 3, polarity 3, modality 3,
  attribution 2, event 3, omission 2 (rewrite/translation only), addition 2,
  repetition 2.  Severities: minor, major and critical are all used.
* Traps (faithful rewordings a naive checker might flag): 3-5 in every
  consistent pair, 0-3 in inconsistent pairs.

Span conventions: offsets are Python str offsets into `candidate`, [start, end).
role spans run from the first swapped participant to the second and include the
verb; omissions are zero-width (start == end, text "") at the point where the
missing words belong, with the missing words in ref_text; addition and
repetition have ref_text null (a repetition span is the later copy).
"""

import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set117.jsonl")
PREFIX = "s117"

DOMAINS = [
    "snowmaking water permit", "diving board removal", "blood bank shortage",
    "olive press modernisation", "frozen pipe burst in school",
    "quicksand rescue training", "tram driver fatigue rules",
    "cactus smuggling seizure", "gondola cable inspection",
    "snow plough contract", "clock tower repair bill",
    "sea turtle nesting closure", "coastal path landslip",
    "hydrofoil service suspension", "rice paddy flooding",
    "almond orchard drought", "spa town water rights", "typewriter museum move",
    "ski jump rebuild", "hot air balloon landing accident",
    "taxi meter tampering", "lifeboat crew recruitment",
    "basket weaving heritage grant", "trolleybus line extension",
    "ski lift breakdown", "apprentice electrician exam",
    "textile dye river pollution", "chestnut blight outbreak",
    "bagpipe school funding", "refugee tailoring cooperative",
    "tortoise sanctuary eviction", "funeral home licence",
    "pasta factory automation", "walnut harvest price fall",
    "hatchery salmon escape", "abandoned mine shaft collapse",
    "crossword competition prize", "mosaic floor discovery",
    "paper mill odour complaints", "petting zoo e. coli case",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]

# Each case: domain, mode, label, reference, candidate,
#   errors: dicts with type, severity, ref (None for addition/repetition) and
#           either text (+ optional occ) or, for omissions, after/before (+ occ)
#   traps:  dicts with text (+ optional occ) and ref
CASES = [
    # 1 ------------------------------------------------------------------
    dict(
        domain="snowmaking water permit", mode="rewrite", label="consistent",
        reference=(
            "The Valdoria Regional Water Authority has granted the Monte Pellaro ski resort a "
            "temporary permit to draw up to 180,000 cubic metres of water from the Sarne river "
            "for artificial snowmaking this winter. The permit runs from 1 December to 15 March "
            "and may be suspended if the river's flow at the Castrino gauge falls below 2.4 cubic "
            "metres per second. Resort operator Pellaro Alpine Ltd had applied for 250,000 cubic "
            "metres. In a statement on Thursday, the authority said the reduced allocation "
            "reflected 'a dry autumn and the needs of downstream farmers'. Environmental group "
            "Fiume Vivo said it would consider appealing the decision, arguing that no study of "
            "the impact on trout spawning had been carried out. The resort said it expected to "
            "open its upper slopes on schedule."
        ),
        candidate=(
            "Monte Pellaro ski resort has been given a temporary permit by the Valdoria Regional "
            "Water Authority allowing it to take as much as 180,000 cubic metres from the Sarne "
            "river to make artificial snow this winter. That is less than the 250,000 cubic metres "
            "requested by the operator, Pellaro Alpine Ltd. The authority said in a Thursday "
            "statement that the smaller allocation reflected 'a dry autumn and the needs of "
            "downstream farmers'. Valid from December 1 until March 15, the permit can be "
            "suspended should flow at the Castrino gauge drop under 2.4 cubic metres per second. "
            "Fiume Vivo, an environmental group, said it would consider an appeal, arguing that "
            "the impact on trout spawning had never been studied. The resort said it expected its "
            "upper slopes to open on schedule."
        ),
        errors=[],
        traps=[
            dict(text="as much as 180,000 cubic metres", ref="up to 180,000 cubic metres"),
            dict(text="less than the 250,000 cubic metres requested by the operator",
                 ref="had applied for 250,000 cubic metres"),
            dict(text="December 1 until March 15", ref="1 December to 15 March"),
            dict(text="drop under 2.4 cubic metres per second",
                 ref="falls below 2.4 cubic metres per second"),
            dict(text="the impact on trout spawning had never been studied",
                 ref="no study of the impact on trout spawning had been carried out"),
        ],
    ),
    # 2 ------------------------------------------------------------------
    dict(
        domain="diving board removal", mode="rewrite", label="inconsistent",
        reference=(
            "The municipal pool in Harwick Vale will lose its three-metre diving board next month "
            "after an inspection found corrosion in the support frame, the town council confirmed "
            "on Monday. Engineers from Dunmore Structural Services recommended removal rather than "
            "repair, estimating that a replacement frame would cost £46,000. Councillor Rhona "
            "Tillet, who chairs the leisure committee, said the one-metre springboard would remain "
            "in use and that the council would 'look at options for a new high board in next "
            "year's budget'. The pool's diving club, which has 63 members, said it was "
            "disappointed and would have to travel to Kelsport for high-board training. The pool "
            "will stay open during the work, although the diving area will be closed for about "
            "two weeks."
        ),
        candidate=(
            "Harwick Vale's municipal pool is to lose its three-metre diving board next month, the "
            "town council confirmed on Monday, after an inspection uncovered corrosion in the "
            "board's support frame. Engineers from Dunmore Structural Services advised removing "
            "the board instead of repairing it and put the cost of a replacement frame at £64,000. "
            "Leisure committee chair Rhona Tillet said the one-metre springboard would stay in use "
            "and that the council would 'look at options for a new high board in next year's "
            "budget'. The diving club at the pool, which has 63 members, said it was disappointed "
            "and would now have to travel to Kelsport. The pool itself will remain open, but the "
            "diving area will shut for roughly a fortnight while the work is done."
        ),
        errors=[
            dict(type="number", severity="major", text="£64,000", ref="£46,000"),
            dict(type="omission", severity="minor", after="would now have to travel to Kelsport",
                 ref="for high-board training"),
        ],
        traps=[
            dict(text="removing the board instead of repairing it", ref="removal rather than repair"),
            dict(text="roughly a fortnight", ref="about two weeks"),
        ],
    ),
    # 3 ------------------------------------------------------------------
    dict(
        domain="blood bank shortage", mode="summary", label="consistent",
        reference=(
            "The Northmere Blood Service has issued an amber alert after stocks of O-negative "
            "blood fell to just over two days' supply, the lowest level since the service was "
            "founded in 1998. The service normally aims to hold six days of stock for every blood "
            "group. Director of operations Kwame Adebayo-Finch said on Wednesday that donor "
            "cancellations had risen sharply during the recent cold snap, with almost 1,200 "
            "appointments missed in the past fortnight. Hospitals have been asked to review planned "
            "surgery that may require transfusions, though emergency and cancer operations will "
            "not be affected. The service is extending opening hours at its eleven donor centres "
            "until 8pm and is urging first-time donors, particularly those with O-negative blood, "
            "to book online. An amber alert has been declared only twice before, in 2009 and 2017."
        ),
        candidate=(
            "O-negative blood stocks in Northmere have dropped to little more than 48 hours' "
            "supply, against a usual target of six days, prompting the third amber alert in the "
            "blood service's history. Nearly 1,200 appointments were missed over the last two "
            "weeks as cancellations rose sharply during the cold snap, operations director Kwame "
            "Adebayo-Finch said. Hospitals are being asked to review planned surgery that could "
            "need transfusions, though emergency and cancer operations are exempt, and the eleven "
            "donor centres will stay open until 8pm."
        ),
        errors=[],
        traps=[
            dict(text="little more than 48 hours' supply", ref="just over two days' supply"),
            dict(text="the third amber alert in the blood service's history",
                 ref="An amber alert has been declared only twice before"),
            dict(text="Nearly 1,200 appointments were missed over the last two weeks",
                 ref="almost 1,200 appointments missed in the past fortnight"),
            dict(text="operations director", ref="Director of operations"),
            dict(text="emergency and cancer operations are exempt",
                 ref="emergency and cancer operations will not be affected"),
        ],
    ),
    # 4 ------------------------------------------------------------------
    dict(
        domain="olive press modernisation", mode="translation", label="consistent",
        reference=(
            "The Santa Lucena agricultural cooperative will replace its traditional stone mill "
            "with a continuous two-phase extraction line before the next harvest, its president "
            "Aurelio Manzanedo announced on Saturday. The project, costing 740,000 euros, will be "
            "financed sixty per cent by a regional rural development fund and the remainder by the "
            "cooperative's 312 members. According to Manzanedo, the new line will process up to "
            "eight tonnes of olives per hour, compared with the current three, and will reduce "
            "water consumption by around a third. The old granite millstones, in use since 1951, "
            "will not be destroyed: they are to be displayed in the courtyard of the town hall. "
            "Some veteran members expressed regret, but the assembly approved the plan with 241 "
            "votes in favour and 38 against."
        ),
        candidate=(
            "Before the coming harvest, the Santa Lucena farming cooperative is to swap its "
            "traditional stone mill for a continuous two-phase extraction line, cooperative "
            "president Aurelio Manzanedo said on Saturday. Of the €740,000 cost, 60% will come "
            "from a regional fund for rural development, with the cooperative's 312 members "
            "covering the rest. Manzanedo said the new line would handle up to eight tonnes of "
            "olives an hour, against three at present, and would cut water use by roughly one "
            "third. The granite millstones, which have turned since 1951, are not to be scrapped "
            "but put on show in the town hall courtyard. Although some long-standing members "
            "voiced regret, the assembly backed the plan by 241 votes to 38."
        ),
        errors=[],
        traps=[
            dict(text="€740,000", ref="740,000 euros"),
            dict(text="60%", ref="sixty per cent"),
            dict(text="roughly one third", ref="around a third"),
            dict(text="are not to be scrapped", ref="will not be destroyed"),
            dict(text="by 241 votes to 38", ref="with 241 votes in favour and 38 against"),
        ],
    ),
    # 5 ------------------------------------------------------------------
    dict(
        domain="frozen pipe burst in school", mode="rewrite", label="consistent",
        reference=(
            "Brackenfield Primary School will remain closed until at least Wednesday after a "
            "frozen pipe burst in the roof space over the weekend, flooding four classrooms and "
            "the main hall. Caretaker Dennis Ollerby discovered the damage at around 7am on Monday "
            "when he arrived to open the building. Headteacher Priya Southam said the school's 280 "
            "pupils would be taught remotely in the meantime, with laptops available on loan for "
            "families who need them. Kelbury County Council said contractors were drying out the "
            "affected rooms and that an electrical safety check would be carried out before pupils "
            "return. The council estimated the cost of repairs at between £30,000 and £40,000, "
            "which it expects to be covered by insurance. Parents will be informed by text message "
            "on Tuesday evening whether the school can reopen."
        ),
        candidate=(
            "A pipe that froze and burst in the roof space at Brackenfield Primary School over the "
            "weekend flooded the main hall and four classrooms, and the school will stay shut "
            "until Wednesday at the earliest. The damage was found at about 7am on Monday by "
            "caretaker Dennis Ollerby as he came in to open up. All 280 pupils will be taught "
            "remotely for now, head teacher Priya Southam said, and families who need a laptop can "
            "borrow one. According to Kelbury County Council, contractors are drying out the rooms "
            "affected, and the electrics will be safety-checked before children come back. The "
            "council puts the repair bill at £30,000–£40,000 and expects its insurance to cover "
            "it. A text message will tell parents on Tuesday evening whether the school is able to "
            "reopen."
        ),
        errors=[],
        traps=[
            dict(text="until Wednesday at the earliest", ref="until at least Wednesday"),
            dict(text="families who need a laptop can borrow one",
                 ref="laptops available on loan for families who need them"),
            dict(text="the electrics will be safety-checked",
                 ref="an electrical safety check would be carried out"),
            dict(text="£30,000–£40,000", ref="between £30,000 and £40,000"),
        ],
    ),
    # 6 ------------------------------------------------------------------
    dict(
        domain="quicksand rescue training", mode="rewrite", label="inconsistent",
        reference=(
            "Coastguard volunteers and firefighters spent Saturday morning practising quicksand "
            "rescues on the tidal flats at Merrin Sands, where two walkers became trapped last "
            "spring. The exercise was organised by the Carrow Bay coastguard team, which invited "
            "crews from Pellow fire station to take part, and was led by instructor Helen Marsk of "
            "the Northern Water Rescue Academy. Participants used inflatable walkways and "
            "low-pressure lances that pump water into the sand around a trapped person's legs to "
            "loosen it. A coastguard volunteer wearing a dry suit was partially buried to play the "
            "casualty. Marsk said the aim was to free a casualty within 20 minutes of a call, "
            "before the incoming tide becomes a danger. Visitors are advised to keep to marked "
            "paths and to check tide times before walking on the flats."
        ),
        candidate=(
            "On Saturday morning, firefighters and coastguard volunteers practised freeing people "
            "from quicksand on the Merrin Sands tidal flats, where two walkers got stuck last "
            "spring. The session was organised by Pellow fire station, which invited the Carrow "
            "Bay coastguard team to join in, and was led by instructor Helen Marsk of the Northern "
            "Water Rescue Academy. Teams worked with inflatable walkways and low-pressure lances, "
            "which loosen the sand by pumping water into it around a trapped person's legs. "
            "Playing the casualty was a coastguard volunteer in a dry suit, who was partly buried. "
            "The goal, Marsk said, was to free a casualty within 20 minutes of a call, before the "
            "rising tide becomes dangerous. Visitors are advised to stay on marked paths and to "
            "check tide times before venturing onto the flats."
        ),
        errors=[
            dict(type="role", severity="major",
                 text="Pellow fire station, which invited the Carrow Bay coastguard team",
                 ref="the Carrow Bay coastguard team, which invited crews from Pellow fire station"),
        ],
        traps=[
            dict(text="practised freeing people from quicksand", ref="practising quicksand rescues"),
            dict(text="the rising tide becomes dangerous", ref="the incoming tide becomes a danger"),
        ],
    ),
    # 7 ------------------------------------------------------------------
    dict(
        domain="tram driver fatigue rules", mode="summary", label="inconsistent",
        reference=(
            "Tram drivers in Ostrava-Lenne will be limited to nine hours at the controls in any "
            "24-hour period under new fatigue rules announced on Tuesday by the city's transport "
            "regulator. The current limit is eleven hours. Drivers must also take a break of at "
            "least 30 minutes after four hours of continuous driving, up from 20 minutes. The "
            "regulator said the changes follow a review of 14 incidents since 2021 in which driver "
            "tiredness was considered a possible factor, including a low-speed collision at Marek "
            "Square last March. Operator CityLine Trams said it would need to recruit about 40 "
            "additional drivers and may have to reduce evening frequencies on some routes until "
            "they are trained. The drivers' union welcomed the rules but said rosters should be "
            "published at least four weeks in advance. The new limits take effect on 1 September."
        ),
        candidate=(
            "New fatigue rules in Ostrava-Lenne will cut tram drivers' maximum time at the "
            "controls from eleven to nine hours in any 24 hours from 1 September, and drivers "
            "must take a break of at least 20 minutes after four hours of continuous driving. The "
            "regulator cited 14 incidents since 2021 in which tiredness may have played a part. "
            "CityLine Trams says it needs about 40 more drivers and will cut some evening services "
            "until they are trained; the union welcomed the rules."
        ),
        errors=[
            dict(type="number", severity="major", text="at least 20 minutes",
                 ref="at least 30 minutes"),
            dict(type="modality", severity="major", text="will cut some evening services",
                 ref="may have to reduce evening frequencies on some routes"),
        ],
        traps=[
            dict(text="in which tiredness may have played a part",
                 ref="in which driver tiredness was considered a possible factor"),
            dict(text="it needs about 40 more drivers",
                 ref="it would need to recruit about 40 additional drivers"),
        ],
    ),
    # 8 ------------------------------------------------------------------
    dict(
        domain="cactus smuggling seizure", mode="translation", label="inconsistent",
        reference=(
            "Customs officers at the port of Villa Serena seized 1,340 cacti hidden in a shipment "
            "of ceramic pots bound for Rotterdam, the National Customs Agency reported on Friday. "
            "Among the plants were 210 specimens of Copiapoa, a genus protected under "
            "international trade rules, some of which may be more than a century old. The cargo "
            "had been declared as 'decorative pottery' by the exporter, a company registered in "
            "the city of Arcana. Two men, aged 44 and 51, were arrested and will appear before a "
            "judge in Puerto Olmo on Monday. According to botanists at the Sierra Blanca Botanical "
            "Garden, which is now caring for the plants, many of them were removed from the wild "
            "with their roots damaged, and about a fifth may not survive. The agency estimated "
            "their value on the European black market at 600,000 dollars."
        ),
        candidate=(
            "Customs at the port of Villa Serena have seized 1,340 cacti that were concealed in a "
            "consignment of ceramic pots headed for Rotterdam, the National Customs Agency said on "
            "Friday. The haul included 210 Copiapoa specimens, a genus protected by international "
            "trade regulations, and some of the plants could be over a hundred years old. The "
            "exporter, a firm registered in the city of Arcana, had declared the goods as "
            "'decorative pottery'. Two men, 44 and 51 years old, have been detained and will be "
            "brought before a judge in Arcana on Monday. Botanists at the Sierra Blanca Botanical "
            "Garden, where the cacti are now being looked after, said many had been taken from the "
            "wild, and around one in five may die. The agency put their value on the European "
            "black market at $600,000."
        ),
        errors=[
            dict(type="entity", severity="major", text="Arcana", occ=1, ref="Puerto Olmo"),
            dict(type="omission", severity="minor", after="said many had been taken from the wild",
                 ref="with their roots damaged"),
        ],
        traps=[
            dict(text="over a hundred years old", ref="more than a century old"),
            dict(text="around one in five may die", ref="about a fifth may not survive"),
            dict(text="$600,000", ref="600,000 dollars"),
        ],
    ),
    # 9 ------------------------------------------------------------------
    dict(
        domain="gondola cable inspection", mode="rewrite", label="consistent",
        reference=(
            "The Rotkamm gondola will close for eight days from 3 November so that its main haul "
            "cable can be inspected, operator Rotkamm Bergbahnen AG said on Monday. The "
            "inspection, required every six years under federal cableway regulations, will use a "
            "magnetic testing device that scans the full 4.2-kilometre length of the cable for "
            "broken wires and corrosion. Technical director Anja Vögeli said the cable, installed "
            "in 2016, was in good condition at its last check and she did not expect it to need "
            "replacing. If replacement were necessary, the gondola would be closed for around six "
            "weeks. During the closure, a replacement bus service will run hourly between the "
            "valley station and the village of Oberhalden. The operator carries roughly 650,000 "
            "passengers a year."
        ),
        candidate=(
            "Operator Rotkamm Bergbahnen AG announced on Monday that its Rotkamm gondola would "
            "shut for eight days starting 3 November for an inspection of the main haul cable. "
            "Federal cableway rules require such a check every six years; a magnetic testing "
            "device will be run along all 4.2 km of the cable to detect corrosion and broken "
            "wires. Installed in 2016, the cable was in good condition at its last check, said "
            "technical director Anja Vögeli, who added that she did not expect it would have to "
            "be replaced. Should it need replacing, the gondola would be out of service for about "
            "six weeks. Buses will run once an hour between the valley station and Oberhalden "
            "village while the gondola is closed. Around 650,000 passengers a year travel with "
            "the operator."
        ),
        errors=[],
        traps=[
            dict(text="all 4.2 km of the cable", ref="the full 4.2-kilometre length of the cable"),
            dict(text="Should it need replacing", ref="If replacement were necessary"),
            dict(text="about six weeks", ref="around six weeks"),
            dict(text="once an hour", ref="hourly"),
        ],
    ),
    # 10 -----------------------------------------------------------------
    dict(
        domain="snow plough contract", mode="rewrite", label="inconsistent",
        reference=(
            "Brennock District Council has awarded a three-year snow clearance contract worth "
            "£2.7 million to Halvard Road Services, replacing the council's own gritting and "
            "ploughing teams on rural routes. The contract, approved by the cabinet on 14 October, "
            "begins on 1 December. Halvard will provide twelve ploughs and must clear priority "
            "routes within four hours of snowfall starting. Unions representing the 23 council "
            "staff affected said they had been offered redeployment but that some might choose "
            "redundancy. Council leader Martin Eyre said the deal should save about £400,000 over "
            "its lifetime, although the final figure would depend on how severe the winters were. "
            "Opposition councillors said they would ask for the decision to be reviewed by the "
            "scrutiny committee."
        ),
        candidate=(
            "Halvard Road Services has won a £2.7m, three-year snow clearance contract from "
            "Brennock District Council and will take over gritting and ploughing on rural routes "
            "from the council's in-house teams. The cabinet signed off the contract on 14 October, "
            "and it takes effect from 1 November. Halvard is to supply twelve ploughs and aims to "
            "clear priority routes within four hours of snow starting to fall. Unions for the 23 "
            "council employees affected said redeployment had been offered, though some staff "
            "might opt for redundancy. According to council leader Martin Eyre, the deal should "
            "save around £400,000 over its life, but the final figure will depend on how harsh the "
            "winters are. Opposition councillors plan to ask the scrutiny committee to review the "
            "decision."
        ),
        errors=[
            dict(type="date", severity="major", text="1 November", ref="1 December"),
            dict(type="modality", severity="major", text="aims to clear", ref="must clear"),
        ],
        traps=[
            dict(text="£2.7m", ref="£2.7 million"),
            dict(text="around £400,000 over its life", ref="about £400,000 over its lifetime"),
        ],
    ),
    # 11 -----------------------------------------------------------------
    dict(
        domain="clock tower repair bill", mode="summary", label="consistent",
        reference=(
            "Restoring the clock tower of Saltmarsh Old Market Hall will cost £318,000, nearly "
            "double the original estimate of £165,000, according to a report presented to the "
            "town's heritage committee on Thursday. Surveyors found that two of the four oak beams "
            "supporting the bell frame had rotted and that the 1873 clock mechanism needed more "
            "extensive work than expected. Saltmarsh Town Council has already committed £90,000 "
            "and has applied to the National Heritage Fund for a further £150,000. The rest is "
            "expected to come from a public appeal launched by the Friends of the Market Hall, "
            "which has so far raised £21,500. The clock has been stopped since last February, when "
            "a falling weight damaged part of the striking train. Work is due to begin in the "
            "spring and take about seven months."
        ),
        candidate=(
            "Repairs to the Saltmarsh Old Market Hall clock tower are now put at £318,000, almost "
            "twice the initial £165,000 estimate, after surveyors found rot in half of the bell "
            "frame's oak support beams and more work needed on the 1873 mechanism. The council has "
            "pledged £90,000 and is seeking £150,000 more from the National Heritage Fund, with a "
            "public appeal expected to cover the rest. Work should start in spring and last around "
            "seven months."
        ),
        errors=[],
        traps=[
            dict(text="almost twice the initial £165,000 estimate",
                 ref="nearly double the original estimate of £165,000"),
            dict(text="rot in half of the bell frame's oak support beams",
                 ref="two of the four oak beams supporting the bell frame had rotted"),
            dict(text="has pledged £90,000", ref="has already committed £90,000"),
            dict(text="is seeking £150,000 more from the National Heritage Fund",
                 ref="has applied to the National Heritage Fund for a further £150,000"),
            dict(text="Work should start in spring", ref="Work is due to begin in the spring"),
        ],
    ),
    # 12 -----------------------------------------------------------------
    dict(
        domain="sea turtle nesting closure", mode="translation", label="consistent",
        reference=(
            "Authorities in the municipality of Playa Cordero have closed a 2.5-kilometre stretch "
            "of Los Almendros beach to the public at night until the end of October to protect "
            "the nests of loggerhead turtles. The measure, in force from 8pm to 6am, was adopted "
            "after volunteers from the Tortuga Viva association counted 57 nests this season, "
            "almost twice as many as last year. Mayor Inés Caldera explained that artificial light "
            "and the presence of people disorient the hatchlings, which must reach the sea on "
            "their own. Anyone breaching the closure faces fines of between 300 and 3,000 euros. "
            "Beach bars in the area may remain open, but they must switch off or shield any lights "
            "facing the sand."
        ),
        candidate=(
            "To protect loggerhead turtle nests, the Playa Cordero town council has shut 2.5 km of "
            "Los Almendros beach to the public overnight until the end of October. The ban applies "
            "from 20:00 to 06:00 and was introduced after the Tortuga Viva group's volunteers "
            "recorded 57 nests this season, nearly double last year's number. According to the "
            "mayor, Inés Caldera, people and artificial light confuse the hatchlings, which have to "
            "make their way to the sea unaided. Those who ignore the closure can be fined from €300 "
            "to €3,000. Nearby beach bars are allowed to stay open as long as they turn off or "
            "screen any lights pointing towards the sand."
        ),
        errors=[],
        traps=[
            dict(text="2.5 km of Los Almendros beach",
                 ref="2.5-kilometre stretch of Los Almendros beach"),
            dict(text="from 20:00 to 06:00", ref="from 8pm to 6am"),
            dict(text="nearly double last year's number", ref="almost twice as many as last year"),
            dict(text="make their way to the sea unaided", ref="reach the sea on their own"),
            dict(text="from €300 to €3,000", ref="of between 300 and 3,000 euros"),
        ],
    ),
    # 13 -----------------------------------------------------------------
    dict(
        domain="coastal path landslip", mode="rewrite", label="consistent",
        reference=(
            "A section of the Tressick coastal path between Porthellan and Gull Point has been "
            "closed indefinitely after a landslip on Sunday night carried away around 30 metres of "
            "the route. Nobody was hurt. Cornmouth Council said geologists would assess the cliff "
            "on Thursday but warned that further falls were likely after weeks of heavy rain. A "
            "diversion of about 1.5 miles along inland lanes has been signposted, adding roughly "
            "40 minutes to the walk. The council's countryside manager, Gwen Abery, urged walkers "
            "not to climb the barriers, saying the ground near the cliff edge was 'unstable and "
            "could give way without warning'. It is the third landslip on this part of the coast "
            "since 2019. The council has not yet said whether the path will be rerouted "
            "permanently."
        ),
        candidate=(
            "Around 30 metres of the Tressick coastal path were swept away by a landslip on Sunday "
            "night, and the stretch between Porthellan and Gull Point has been shut until further "
            "notice. No one was injured. Geologists will inspect the cliff on Thursday, according "
            "to Cornmouth Council, which cautioned that more falls were probable following weeks "
            "of heavy rain. Walkers can follow a signposted diversion of about 1.5 miles on inland "
            "lanes, which adds roughly 40 minutes. Gwen Abery, the council's countryside manager, "
            "urged people not to climb over the barriers because the ground close to the cliff "
            "edge was 'unstable and could give way without warning'. This is the third landslip "
            "along this part of the coast since 2019, and the council has not yet said whether the "
            "route will be permanently diverted."
        ),
        errors=[],
        traps=[
            dict(text="shut until further notice", ref="closed indefinitely"),
            dict(text="No one was injured", ref="Nobody was hurt"),
            dict(text="more falls were probable", ref="further falls were likely"),
            dict(text="the route will be permanently diverted",
                 ref="the path will be rerouted permanently"),
        ],
    ),
    # 14 -----------------------------------------------------------------
    dict(
        domain="hydrofoil service suspension", mode="rewrite", label="inconsistent",
        reference=(
            "Lagomar Ferries has suspended its hydrofoil service between Castel Brina and the "
            "island of Ventara until further notice after one of its two vessels struck a "
            "submerged object on Saturday afternoon. The Ventara Star was carrying 86 passengers "
            "when the collision damaged one of its forward foils; it returned to port under "
            "reduced speed and no injuries were reported. The company's second hydrofoil is "
            "already out of service for scheduled maintenance. Passengers holding tickets can "
            "transfer to the conventional ferry, which takes two hours and ten minutes instead of "
            "50 minutes, or claim a full refund. The harbour authority has sent divers to locate "
            "the object, which it believes may be a lost shipping container. Lagomar said it hoped "
            "to resume hydrofoil sailings within ten days."
        ),
        candidate=(
            "Hydrofoil sailings between Castel Brina and the island of Ventara have been halted "
            "until further notice by Lagomar Ferries after one of the company's two vessels hit a "
            "submerged object on Saturday afternoon. The collision damaged a forward foil on the "
            "Ventara Star, which had 86 passengers on board; the vessel was towed back to port and "
            "nobody was reported injured. Lagomar's other hydrofoil is already out of action for "
            "planned maintenance. Ticket holders can switch to the conventional ferry, a crossing "
            "of 2 hours 10 minutes compared with 50 minutes, or get their money back in full. "
            "Divers sent by the harbour authority are searching for the object, which the "
            "authority thinks may be a lost shipping container. Lagomar said it hoped hydrofoil "
            "sailings would restart within ten days."
        ),
        errors=[
            dict(type="event", severity="major", text="was towed back to port",
                 ref="returned to port under reduced speed"),
        ],
        traps=[
            dict(text="2 hours 10 minutes", ref="two hours and ten minutes"),
            dict(text="get their money back in full", ref="claim a full refund"),
        ],
    ),
    # 15 -----------------------------------------------------------------
    dict(
        domain="rice paddy flooding", mode="summary", label="inconsistent",
        reference=(
            "Floodwater from the swollen Marang river has submerged about 4,800 hectares of rice "
            "paddies in Kedau province, less than three weeks before the main harvest was due to "
            "begin, provincial agriculture officials said on Sunday. The worst-hit districts are "
            "Sungai Lebar and Tanjung Rimba, where some fields are under more than a metre of "
            "water. Officials estimate that around 30 per cent of the affected crop could be lost "
            "if the water does not recede within five days. The Kedau Farmers' Association has "
            "asked the provincial government for emergency seed supplies so that members can "
            "replant quickly. Agriculture chief Faridah Osman said compensation would be "
            "considered once damage assessments were complete. Meteorologists expect further "
            "heavy rain in the upper catchment over the next 48 hours."
        ),
        candidate=(
            "Around 4,800 hectares of rice paddies in Kedau province are under water after the "
            "swollen Sungai Lebar river flooded them, with the main harvest less than three weeks "
            "away. Officials warn that some 30% of the affected crop could be lost unless the "
            "water recedes within five days, and more heavy rain is expected. Farmers have asked "
            "for emergency seed so they can replant, while compensation will be considered once "
            "damage has been assessed."
        ),
        errors=[
            dict(type="entity", severity="major", text="Sungai Lebar river", ref="Marang river"),
        ],
        traps=[
            dict(text="some 30%", ref="around 30 per cent"),
            dict(text="unless the water recedes within five days",
                 ref="if the water does not recede within five days"),
        ],
    ),
    # 16 -----------------------------------------------------------------
    dict(
        domain="almond orchard drought", mode="translation", label="inconsistent",
        reference=(
            "The almond harvest in the Vall de Serrat region is expected to fall by around 45 per "
            "cent this year because of the drought, according to estimates published on Tuesday "
            "by the regional farmers' union, Unió Pagesa. Rainfall since January has been less "
            "than a third of the historical average, and the reservoirs that supply irrigation "
            "water are at 18 per cent of capacity. Union spokesman Jordi Ametller said that many "
            "growers of rain-fed orchards had chosen not to harvest at all, because the cost of "
            "picking would exceed the value of the crop. The union is asking the regional "
            "government for direct aid of 400 euros per hectare and for a postponement of social "
            "security payments. Almonds cover some 22,000 hectares in the region, making it the "
            "third-largest producing area in the country."
        ),
        candidate=(
            "Drought is likely to cut this year's almond crop in the Vall de Serrat region by some "
            "45%, the regional farmers' union Unió Pagesa estimated on Tuesday. Since January, "
            "rainfall has been a third below the historical average, while the reservoirs used "
            "for irrigation stand at 18% of capacity. Many farmers with unirrigated orchards have "
            "decided to leave the nuts on the trees, union spokesman Jordi Ametller said, as "
            "picking them would cost more than the crop is worth. Unió Pagesa wants the regional "
            "government to pay direct aid of €400 per hectare and to defer social security "
            "contributions. With around 22,000 hectares of almond trees, the region is the "
            "country's third-biggest producer."
        ),
        errors=[
            dict(type="number", severity="major", text="a third below the historical average",
                 ref="less than a third of the historical average"),
        ],
        traps=[
            dict(text="unirrigated orchards", ref="rain-fed orchards"),
            dict(text="leave the nuts on the trees", ref="not to harvest at all"),
            dict(text="the country's third-biggest producer",
                 ref="the third-largest producing area in the country"),
        ],
    ),
    # 17 -----------------------------------------------------------------
    dict(
        domain="spa town water rights", mode="rewrite", label="consistent",
        reference=(
            "The spa town of Bad Quellenau has won a 12-year legal dispute over rights to the "
            "thermal spring that feeds its historic bathhouse, after the regional administrative "
            "court ruled on Wednesday that a neighbouring bottling company had no claim to the "
            "water. Thermalquell GmbH had argued that a 1962 agreement entitled it to extract up "
            "to 40,000 litres a day from the spring. The court found that the agreement had "
            "expired in 1992 and had never been lawfully renewed. Mayor Sabine Kornhuber called "
            "the ruling 'a victory for the whole town'. Thermalquell said it was studying the "
            "judgment and had not decided whether to appeal; it has one month to do so. The "
            "company, which employs 35 people, has been drawing water under a temporary licence "
            "since 2013."
        ),
        candidate=(
            "The regional administrative court ruled on Wednesday that a bottling company next "
            "door had no claim to the thermal spring supplying Bad Quellenau's historic bathhouse, "
            "handing the spa town victory in a legal battle it had fought for 12 years. The firm, "
            "Thermalquell GmbH, had claimed that a 1962 agreement entitled it to take as much as "
            "40,000 litres daily from the spring, but the judges found that the agreement had "
            "lapsed in 1992 and was never lawfully renewed. Mayor Sabine Kornhuber described the "
            "decision as 'a victory for the whole town'. Thermalquell, which has 35 employees and "
            "has drawn water on a temporary licence since 2013, said it was still examining the "
            "ruling and had yet to decide on an appeal, for which it has a month."
        ),
        errors=[],
        traps=[
            dict(text="a bottling company next door", ref="a neighbouring bottling company"),
            dict(text="as much as 40,000 litres daily", ref="up to 40,000 litres a day"),
            dict(text="had lapsed in 1992", ref="had expired in 1992"),
            dict(text="which has 35 employees", ref="which employs 35 people"),
            dict(text="for which it has a month", ref="it has one month to do so"),
        ],
    ),
    # 18 -----------------------------------------------------------------
    dict(
        domain="typewriter museum move", mode="rewrite", label="inconsistent",
        reference=(
            "The Oskar Brandl Typewriter Museum will move from its cramped premises above a "
            "pharmacy on Lindenstrasse to the former post office on Marktplatz in Grauburg next "
            "spring, the town council announced on Friday. The new building will give the museum "
            "about three times as much exhibition space, allowing it to display around 600 of the "
            "1,450 machines in its collection, compared with 180 today. Curator Lotte Venhaus said "
            "the move would also make the museum accessible to wheelchair users for the first "
            "time. The council is leasing the post office to the museum's foundation for a "
            "symbolic one euro a year for 25 years. Renovation, costing an estimated 1.1 million "
            "euros, will be paid for largely by a bequest from the collector's daughter, Hanne "
            "Brandl, who died in 2022."
        ),
        candidate=(
            "Next spring the Oskar Brandl Typewriter Museum will leave its cramped rooms above a "
            "pharmacy on Lindenstrasse for the former post office on Marktplatz in Grauburg, the "
            "town council said on Friday. The new home will roughly triple the museum's "
            "exhibition space, so around 600 of the 1,450 machines in its collection can go on "
            "show, up from 180 now. Curator Lotte Venhaus said the move would also open the museum "
            "to wheelchair users for the first time, and around 600 of the 1,450 machines in its "
            "collection can go on show. The council is leasing the building to the museum's "
            "foundation for 25 years at a symbolic rent of one euro a year. The renovation, "
            "estimated at €1.1m, will be funded mostly by a bequest from Lotte Brandl, the "
            "collector's daughter, who died in 2022."
        ),
        errors=[
            dict(type="repetition", severity="minor",
                 text="around 600 of the 1,450 machines in its collection can go on show", occ=1,
                 ref=None),
            dict(type="entity", severity="minor", text="Lotte Brandl", ref="Hanne Brandl"),
        ],
        traps=[
            dict(text="roughly triple the museum's exhibition space",
                 ref="about three times as much exhibition space"),
            dict(text="€1.1m", ref="1.1 million euros"),
        ],
    ),
    # 19 -----------------------------------------------------------------
    dict(
        domain="ski jump rebuild", mode="summary", label="consistent",
        reference=(
            "Construction of a new ski jump at Hollmark will start in April after the national "
            "sports ministry confirmed on Tuesday that it would contribute 9 million kronor to the "
            "26 million kronor project. The existing K90 hill, built in 1974, was closed in 2020 "
            "when inspectors found cracks in its concrete inrun. The replacement will be a larger "
            "K120 hill with a plastic-matting surface allowing summer use, and a smaller training "
            "jump for juniors. Hollmark municipality will fund 12 million kronor, with the "
            "remaining 5 million coming from the regional council and private sponsors. Club "
            "chairman Erik Lindqvist-Haag said local jumpers had been forced to train 300 "
            "kilometres away for the past four years. The new hill is due to be ready for the "
            "2026–27 winter season and could host international competitions."
        ),
        candidate=(
            "Hollmark will begin building a new ski jump in April now that the sports ministry has "
            "pledged 9m of the project's 26m kronor cost, with the municipality paying 12m and the "
            "regional council and private sponsors the other 5m. A K120 hill with matting for "
            "summer jumping, plus a junior training jump, will replace the K90 hill shut in 2020 "
            "after cracks were found, and is due to be ready for the 2026–27 season."
        ),
        errors=[],
        traps=[
            dict(text="pledged 9m of the project's 26m kronor cost",
                 ref="contribute 9 million kronor to the 26 million kronor project"),
            dict(text="the other 5m", ref="the remaining 5 million"),
            dict(text="matting for summer jumping",
                 ref="a plastic-matting surface allowing summer use"),
            dict(text="shut in 2020", ref="was closed in 2020"),
        ],
    ),
    # 20 -----------------------------------------------------------------
    dict(
        domain="hot air balloon landing accident", mode="translation", label="consistent",
        reference=(
            "Three passengers suffered minor injuries on Sunday morning when a hot air balloon "
            "made a hard landing in a sunflower field near the village of Saint-Aubrac, the "
            "gendarmerie said. The balloon, operated by the company Ciel d'Azur, had taken off at "
            "7.15am from the Castelvert leisure park with eight passengers and a pilot on board. "
            "Gusts of wind stronger than forecast pushed the basket, which tipped over and was "
            "dragged for about twenty metres before coming to a stop. The injured passengers, two "
            "women and a man, all in their sixties, were taken to hospital in Montrieu as a "
            "precaution and released in the afternoon. The pilot, who has 23 years of experience, "
            "was not hurt. The civil aviation accident investigation office has opened an inquiry."
        ),
        candidate=(
            "A hot air balloon landed heavily in a field of sunflowers close to Saint-Aubrac "
            "village on Sunday morning, leaving three passengers slightly hurt, according to the "
            "gendarmes. Operated by Ciel d'Azur, the balloon had lifted off from Castelvert "
            "leisure park at 07:15 carrying a pilot and eight passengers. Wind gusts that were "
            "stronger than predicted drove the basket along; it overturned and was dragged some 20 "
            "metres before it halted. The three injured, a man and two women each in their "
            "sixties, were taken to hospital in Montrieu as a precaution and discharged that "
            "afternoon. The pilot, who has been flying for 23 years, escaped unhurt. An inquiry "
            "has been opened by the civil aviation accident investigation office."
        ),
        errors=[],
        traps=[
            dict(text="slightly hurt", ref="suffered minor injuries"),
            dict(text="at 07:15", ref="at 7.15am"),
            dict(text="some 20 metres", ref="about twenty metres"),
            dict(text="a man and two women each in their sixties",
                 ref="two women and a man, all in their sixties"),
            dict(text="discharged that afternoon", ref="released in the afternoon"),
        ],
    ),
    # 21 -----------------------------------------------------------------
    dict(
        domain="taxi meter tampering", mode="rewrite", label="consistent",
        reference=(
            "Trading standards officers in Dunhaven have suspended the licences of 17 taxi drivers "
            "after finding that their meters had been altered to run about 15 per cent faster than "
            "the approved tariff. The tampering came to light in September when a passenger "
            "complained that a fare from the railway station to the Westgate estate had cost "
            "£23.40, against the usual £18 to £20. Officers then carried out test journeys in 62 "
            "licensed taxis. All 17 drivers had their meters serviced at the same workshop, whose "
            "owner has been interviewed under caution. Council licensing chief Amrit Sehgal said "
            "passengers who believed they had been overcharged since June should contact the "
            "council, which may seek compensation on their behalf. The drivers have 21 days to "
            "appeal against the suspensions."
        ),
        candidate=(
            "Seventeen Dunhaven taxi drivers have had their licences suspended by trading "
            "standards officers, who found their meters had been tampered with to run roughly 15% "
            "faster than the approved tariff. The tampering emerged in September, when a passenger "
            "complained of paying £23.40 for a trip from the railway station to the Westgate "
            "estate, a journey that usually costs between £18 and £20. Officers then ran test "
            "journeys in 62 licensed cabs. The meters of all 17 drivers had been serviced at a "
            "single workshop, and its owner has been interviewed under caution. Anyone who thinks "
            "they were overcharged from June onwards should get in touch with the council, which "
            "may pursue compensation for them, said Amrit Sehgal, the council's head of licensing. "
            "The suspended drivers can appeal within three weeks."
        ),
        errors=[],
        traps=[
            dict(text="Seventeen Dunhaven taxi drivers", ref="17 taxi drivers"),
            dict(text="roughly 15% faster", ref="about 15 per cent faster"),
            dict(text="a single workshop", ref="the same workshop"),
            dict(text="from June onwards", ref="since June"),
            dict(text="can appeal within three weeks", ref="have 21 days to appeal"),
        ],
    ),
    # 22 -----------------------------------------------------------------
    dict(
        domain="lifeboat crew recruitment", mode="rewrite", label="inconsistent",
        reference=(
            "The Kessock Point lifeboat station is appealing for new volunteer crew after the "
            "number of active members fell from 28 to 19 over the past two years. Station manager "
            "Fiona Beaton said the shortage had not yet caused any launch to be delayed, but that "
            "daytime cover on weekdays was becoming difficult because many volunteers now work "
            "outside the town. Applicants must be aged between 17 and 55, live or work within ten "
            "minutes of the station and pass a medical and fitness assessment. Previous sea "
            "experience is not required, as full training is provided. An open evening will be "
            "held at the station on 12 March from 7pm. The station, run by the Northern Lifeboat "
            "Association, launched 61 times last year, most often to assist leisure craft."
        ),
        candidate=(
            "Kessock Point lifeboat station is looking for new volunteer crew: over the last two "
            "years its active membership has dropped from 28 to 19. According to station manager "
            "Fiona Beaton, the shortage had caused launches to be delayed, and covering weekday "
            "daytime shifts was getting harder as many volunteers now work outside the town. "
            "Those applying must be 17 to 55 years old, live or work no more than ten minutes from "
            "the station and pass a medical and fitness assessment. No sea experience is needed "
            "because full training is given. The station will hold an open evening on 12 March, "
            "starting at 7pm. Run by the Northern Lifeboat Association, it launched 61 times last "
            "year, mostly to help leisure craft."
        ),
        errors=[
            dict(type="polarity", severity="critical", text="had caused launches to be delayed",
                 ref="had not yet caused any launch to be delayed"),
        ],
        traps=[
            dict(text="must be 17 to 55 years old", ref="must be aged between 17 and 55"),
            dict(text="No sea experience is needed", ref="Previous sea experience is not required"),
        ],
    ),
    # 23 -----------------------------------------------------------------
    dict(
        domain="basket weaving heritage grant", mode="summary", label="inconsistent",
        reference=(
            "The Willowmere Basketry Guild has received a £84,000 grant from the Heritage Crafts "
            "Fund to keep alive the traditional frame-basket techniques of the Fenlow marshes. "
            "Over three years, master weaver Agnes Pruett, 78, who learned the craft from the late "
            "Walter Ambry, will train six apprentices, who will be selected in the spring. The "
            "guild will also plant two acres of osier willow near Fenlow village to secure a local "
            "supply of material, since most willow used by weavers in the region is currently "
            "imported. Guild secretary Tom Haldane said fewer than ten people still knew the full "
            "Fenlow method, which uses a rigid oak frame and split willow. The project will end "
            "with an exhibition at the Fenlow Museum of Rural Life in 2027, where the apprentices' "
            "work will be shown alongside historical baskets from the museum's collection."
        ),
        candidate=(
            "An £84,000 Heritage Crafts Fund grant, the largest award the fund has made this year, "
            "will help the Willowmere Basketry Guild preserve the Fenlow marshes' frame-basket "
            "tradition, which the guild says fewer than ten people still fully know. Over three "
            "years Agnes Pruett, 78, who taught the craft to the late Walter Ambry, will train six "
            "apprentices, and the guild will plant two acres of osier willow to reduce its reliance "
            "on imported material. An exhibition at the Fenlow Museum of Rural Life in 2027 will "
            "close the project."
        ),
        errors=[
            dict(type="addition", severity="minor",
                 text="the largest award the fund has made this year", ref=None),
            dict(type="role", severity="major",
                 text="Agnes Pruett, 78, who taught the craft to the late Walter Ambry",
                 ref="Agnes Pruett, 78, who learned the craft from the late Walter Ambry"),
        ],
        traps=[
            dict(text="will close the project", ref="The project will end with an exhibition"),
        ],
    ),
    # 24 -----------------------------------------------------------------
    dict(
        domain="trolleybus line extension", mode="translation", label="inconsistent",
        reference=(
            "The city of Brasov-Nou will extend trolleybus line 7 by 3.8 kilometres to the Livezi "
            "residential district, the municipal transport company STB-Nou announced on Monday. "
            "Work on the overhead wires and five new stops is scheduled to begin in June and last "
            "about fourteen months. The project, worth 11.5 million lei, is financed mostly with "
            "European funds, with the city hall covering 15 per cent. Director Mihaela Dragomir "
            "said that around 9,000 residents of Livezi currently depend on a single bus line that "
            "is often overcrowded at peak hours. During the works, traffic on Strada Morilor will "
            "be restricted to one lane in each direction. The company will also buy six new "
            "trolleybuses with batteries that allow them to run short distances without wires."
        ),
        candidate=(
            "Trolleybus route 7 in Brasov-Nou is to be lengthened by 3.8 km to reach the Livezi "
            "housing district, the city's public transport operator, STB-Nou, said on Monday. "
            "Construction of the overhead lines and of five new stops should start in July and "
            "take around fourteen months. Most of the 11.5-million-lei cost will be met from "
            "European funds, with the city hall paying 15%. About 9,000 people in Livezi now rely "
            "on just one bus route, which is frequently packed at rush hour, according to director "
            "Mihaela Dragomir. While the work is under way, Strada Morilor will be reduced to a "
            "single lane in each direction. STB-Nou will additionally acquire six new trolleybuses "
            "equipped with batteries so that they can travel short distances without wires, so "
            "that they can travel short distances without wires."
        ),
        errors=[
            dict(type="date", severity="major", text="July", ref="June"),
            dict(type="repetition", severity="minor",
                 text="so that they can travel short distances without wires", occ=1, ref=None),
        ],
        traps=[
            dict(text="3.8 km", ref="3.8 kilometres"),
            dict(text="with the city hall paying 15%", ref="with the city hall covering 15 per cent"),
            dict(text="frequently packed at rush hour", ref="often overcrowded at peak hours"),
        ],
    ),
    # 25 -----------------------------------------------------------------
    dict(
        domain="ski lift breakdown", mode="rewrite", label="consistent",
        reference=(
            "About 140 skiers were stranded for up to two and a half hours on Saturday when the "
            "Grauhorn chairlift at Alpbruck stopped because of a gearbox failure. The lift halted "
            "at 2.40pm, and the last passengers were lowered to the ground by rope at around "
            "5.10pm. Mountain rescue teams and lift staff evacuated the 68 chairs one by one, "
            "starting with those that hung highest above the slope. Resort spokesman Lukas Pfanner "
            "said no one had been injured, although several people were treated for mild "
            "hypothermia. The chairlift, which opened in 2009, will remain closed while engineers "
            "examine the gearbox, and the resort said it was too early to say when it would "
            "reopen. Skiers holding day passes for Saturday will be offered a free pass for "
            "another day this season."
        ),
        candidate=(
            "A gearbox failure brought the Grauhorn chairlift at Alpbruck to a halt on Saturday, "
            "leaving roughly 140 skiers stuck for as long as 150 minutes. It stopped at 14:40, and "
            "it was about 17:10 before the last people were lowered to the ground on ropes. Lift "
            "staff and mountain rescuers cleared the 68 chairs individually, beginning with the "
            "ones hanging highest above the slope. Nobody was hurt, resort spokesman Lukas Pfanner "
            "said, though several people were treated for mild hypothermia. The chairlift, which "
            "has been running since 2009, will stay closed while engineers inspect the gearbox; "
            "the resort said it could not yet say when it would reopen. Anyone with a Saturday day "
            "pass will be offered a free pass for another day this season."
        ),
        errors=[],
        traps=[
            dict(text="for as long as 150 minutes", ref="for up to two and a half hours"),
            dict(text="at 14:40", ref="at 2.40pm"),
            dict(text="about 17:10", ref="around 5.10pm"),
            dict(text="individually", ref="one by one"),
            dict(text="which has been running since 2009", ref="which opened in 2009"),
        ],
    ),
    # 26 -----------------------------------------------------------------
    dict(
        domain="apprentice electrician exam", mode="rewrite", label="inconsistent",
        reference=(
            "Only 58 per cent of apprentice electricians passed this year's final practical exam "
            "in the province of Veldmark, down from 71 per cent last year, according to figures "
            "released on Thursday by the Provincial Trades Examination Board. The board said the "
            "most common reason for failure was incorrect testing of circuits before they were "
            "energised. The electricians' union, ETU Veldmark, blamed a shortage of workplace "
            "supervisors, saying many apprentices had spent months working without a qualified "
            "electrician on site. The board's chair, Pieter Olckers, rejected that explanation and "
            "said the exam had been made harder deliberately to reflect new safety standards. "
            "Candidates who failed may resit the exam in November at no extra cost. A total of "
            "1,240 apprentices sat the exam in June."
        ),
        candidate=(
            "Just 58% of apprentice electricians in Veldmark province passed this year's final "
            "practical exam, a drop of 17 percentage points on last year, according to figures "
            "the Provincial Trades Examination Board published on Thursday. According to the "
            "electricians' union, ETU Veldmark, the most common reason candidates failed was "
            "testing circuits incorrectly before they were energised; the union also blamed a lack "
            "of workplace supervisors, saying many apprentices had gone months without a qualified "
            "electrician on site. Pieter Olckers, who chairs the board, rejected that explanation, "
            "saying the exam had been deliberately made tougher to reflect new safety standards. "
            "Those who failed can resit in November without paying extra. In all, 1,240 "
            "apprentices took the exam in June."
        ),
        errors=[
            dict(type="number", severity="major", text="17 percentage points",
                 ref="down from 71 per cent last year"),
            dict(type="attribution", severity="major",
                 text="According to the electricians' union, ETU Veldmark", ref="The board said"),
        ],
        traps=[
            dict(text="Just 58%", ref="Only 58 per cent"),
            dict(text="without paying extra", ref="at no extra cost"),
            dict(text="In all, 1,240 apprentices took the exam",
                 ref="A total of 1,240 apprentices sat the exam"),
        ],
    ),
    # 27 -----------------------------------------------------------------
    dict(
        domain="textile dye river pollution", mode="summary", label="consistent",
        reference=(
            "The Environment Inspectorate has fined the textile company Rangwala Fabrics 2.4 "
            "million rupees after blue and red dye was discharged into the Sonavi river near the "
            "town of Kothpur, turning a six-kilometre stretch of water purple for two days last "
            "month. Inspectors found that a valve on the company's wastewater treatment tank had "
            "been left open during maintenance. Tests showed no significant fish deaths, but "
            "farmers downstream were told not to use the river for irrigation for a week. The "
            "company has been ordered to install a continuous monitoring system within 90 days and "
            "to pay for cleaning the affected riverbank. Rangwala Fabrics, which employs about "
            "1,100 people, said it accepted the findings and had disciplined two employees. "
            "Residents' groups said the fine was too small and called for the plant's licence to "
            "be reviewed."
        ),
        candidate=(
            "Rangwala Fabrics has been fined 2.4m rupees after dye released through a valve left "
            "open during maintenance turned six kilometres of the Sonavi river purple for two days "
            "last month. No significant fish deaths were found, though downstream farmers were "
            "told to avoid irrigating from the river for a week. The firm, which accepts the "
            "findings, must fit continuous monitoring within 90 days; residents' groups say the "
            "penalty is too light."
        ),
        errors=[],
        traps=[
            dict(text="2.4m rupees", ref="2.4 million rupees"),
            dict(text="six kilometres of the Sonavi river",
                 ref="a six-kilometre stretch of water"),
            dict(text="told to avoid irrigating from the river",
                 ref="told not to use the river for irrigation"),
            dict(text="the penalty is too light", ref="the fine was too small"),
        ],
    ),
    # 28 -----------------------------------------------------------------
    dict(
        domain="chestnut blight outbreak", mode="translation", label="consistent",
        reference=(
            "Plant health inspectors have confirmed an outbreak of chestnut blight in the woods "
            "around Castagneto Alto, the regional agriculture department said on Wednesday. The "
            "fungus was detected in 34 trees over an area of about 60 hectares, mostly in old "
            "groves that are no longer actively managed. Infected trees will be felled and burned "
            "on site within the next month, and the movement of chestnut wood and bark out of the "
            "area has been banned until further notice. The department plans to introduce a "
            "weakened strain of the fungus, carrying a virus that reduces its virulence, a method "
            "that has slowed the disease in neighbouring valleys. Local producers, who harvest "
            "about 400 tonnes of chestnuts a year, fear a poor season, but the department stressed "
            "that the fruit itself is safe to eat."
        ),
        candidate=(
            "Chestnut blight has broken out in the woodland surrounding Castagneto Alto, plant "
            "health inspectors have confirmed, according to a statement from the regional "
            "agriculture department on Wednesday. The fungus has been found in 34 trees across "
            "roughly 60 hectares, chiefly in old groves that nobody tends any more. Within a "
            "month, the infected trees are to be cut down and burned where they stand, and until "
            "further notice no chestnut wood or bark may be taken out of the zone. The department "
            "intends to bring in a weakened, virus-carrying strain of the fungus that makes the "
            "disease less aggressive, an approach that has held back the blight in nearby valleys. "
            "Growers in the area, who pick around 400 tonnes of chestnuts annually, are worried "
            "about a bad season, but the department insisted the nuts are safe to eat."
        ),
        errors=[],
        traps=[
            dict(text="roughly 60 hectares", ref="about 60 hectares"),
            dict(text="that nobody tends any more", ref="that are no longer actively managed"),
            dict(text="burned where they stand", ref="burned on site"),
            dict(text="around 400 tonnes of chestnuts annually",
                 ref="about 400 tonnes of chestnuts a year"),
            dict(text="the nuts are safe to eat", ref="the fruit itself is safe to eat"),
        ],
    ),
    # 29 -----------------------------------------------------------------
    dict(
        domain="bagpipe school funding", mode="rewrite", label="consistent",
        reference=(
            "The Glenardle School of Piping will receive £120,000 a year for the next four years "
            "from the Highland Arts Council, securing its future after two years of uncertainty, "
            "the council announced on Tuesday. The school, founded in 1986, teaches about 350 "
            "pupils, roughly half of them under 18, and also sends tutors to 22 primary schools. "
            "Its previous grant expired in 2023, and since then it has relied on donations and a "
            "temporary loan from the Ardle Community Trust. Principal Morag Lennie said the money "
            "would allow the school to restore free lessons for children from low-income "
            "families, which were suspended last year. The council said the award was conditional "
            "on the school publishing annual figures on pupil numbers and exam results."
        ),
        candidate=(
            "The Highland Arts Council said on Tuesday it would give the Glenardle School of "
            "Piping £120,000 annually over the next four years, securing the school's future after "
            "two years of uncertainty. Since its previous grant ran out in 2023, the school, set up "
            "in 1986, has depended on donations and a temporary loan from the Ardle Community "
            "Trust. It has around 350 pupils, about half of whom are under 18, and also sends "
            "tutors into 22 primary schools. Principal Morag Lennie said the money meant free "
            "lessons for children from low-income families, suspended last year, could now be "
            "restored. The council has made the award conditional on the school publishing yearly "
            "figures on pupil numbers and exam results."
        ),
        errors=[],
        traps=[
            dict(text="£120,000 annually", ref="£120,000 a year"),
            dict(text="ran out in 2023", ref="expired in 2023"),
            dict(text="set up in 1986", ref="founded in 1986"),
            dict(text="about half of whom are under 18", ref="roughly half of them under 18"),
            dict(text="yearly figures", ref="annual figures"),
        ],
    ),
    # 30 -----------------------------------------------------------------
    dict(
        domain="refugee tailoring cooperative", mode="rewrite", label="inconsistent",
        reference=(
            "A tailoring cooperative set up by refugees in the port city of Marvelle has won its "
            "first major contract, to make 3,000 uniforms for the city's hotel and catering "
            "college. The Fil Commun cooperative, founded two years ago by eleven women from "
            "Syria, Eritrea and Afghanistan, now employs 24 people in a former warehouse near the "
            "docks. Co-founder Amal Haddad said the contract, worth 186,000 euros, would keep the "
            "workshop busy for eight months and allow it to hire four more tailors. The "
            "cooperative received start-up support from the municipal integration office and a "
            "local bank, Crédit Marvellois, which lent it 40,000 euros for sewing machines. "
            "Deliveries of the uniforms are to begin in January. The college said the "
            "cooperative's bid had been the lowest of five received."
        ),
        candidate=(
            "Fil Commun, a tailoring cooperative started by refugees in the port city of "
            "Marvelle, has landed its first big contract: 3,000 uniforms for the city's hotel and "
            "catering college. Eleven women from Syria, Eritrea and Afghanistan founded the "
            "cooperative two years ago, and it now has a staff of 24 working in a former warehouse "
            "close to the docks. The €186,000 contract will keep the workshop busy for eight "
            "months and let it take on four more tailors, co-founder Amal Haddad said. The "
            "municipal integration office helped the cooperative get started, as did a local bank, "
            "Crédit Marvellois, which gave it an interest-free loan of €40,000 to buy sewing "
            "machines. The first uniforms are due to be delivered in January. According to the "
            "college, the cooperative's bid was the lowest of the five it received."
        ),
        errors=[
            dict(type="addition", severity="minor", text="interest-free", ref=None),
        ],
        traps=[
            dict(text="has a staff of 24", ref="employs 24 people"),
            dict(text="The €186,000 contract", ref="the contract, worth 186,000 euros"),
            dict(text="take on four more tailors", ref="hire four more tailors"),
        ],
    ),
    # 31 -----------------------------------------------------------------
    dict(
        domain="tortoise sanctuary eviction", mode="summary", label="inconsistent",
        reference=(
            "A sanctuary caring for 230 abandoned and injured tortoises near the village of "
            "Rocabella must leave its site by 30 June after losing a court battle with the "
            "landowner, the sanctuary's founder said on Monday. Elena Moretti, who opened the Casa "
            "delle Tartarughe in 2008, said the landowner, a property company called Terraverde, "
            "wants to sell the three-hectare plot for holiday homes. A judge ruled last week that "
            "the sanctuary's lease, which expired in December, did not have to be renewed. Moretti "
            "has launched an appeal for a new site of at least one hectare within 50 kilometres, "
            "and for 60,000 euros to cover the cost of moving the animals and building new "
            "enclosures. The regional wildlife service said it would help find temporary homes "
            "for some of the tortoises if no site was found in time."
        ),
        candidate=(
            "The Casa delle Tartarughe, home to 230 abandoned and injured tortoises near "
            "Rocabella, must leave its site by December after a judge ruled that its expired lease "
            "need not be renewed by the landowner, Terraverde, which wants to sell the plot for "
            "holiday homes. Founder Elena Moretti is appealing for a new site of at least a "
            "hectare within 50 km and €60,000 for the move and new enclosures; the regional "
            "wildlife service will help find temporary homes for some animals if no site is found "
            "in time."
        ),
        errors=[
            dict(type="date", severity="major", text="by December", ref="by 30 June"),
        ],
        traps=[
            dict(text="at least a hectare", ref="at least one hectare"),
            dict(text="within 50 km", ref="within 50 kilometres"),
        ],
    ),
    # 32 -----------------------------------------------------------------
    dict(
        domain="funeral home licence", mode="translation", label="inconsistent",
        reference=(
            "The health authority of the Liepsala district has suspended the licence of the "
            "Rimšas funeral home for three months after inspectors found that its refrigeration "
            "room had been operating above the permitted temperature. The inspection was carried "
            "out on 4 February following a complaint by a family whose relative's body had been "
            "kept there for six days. The funeral home must install a temperature recording "
            "system and pass a new inspection before it can reopen. Its owner, Valdas Rimšas, said "
            "he would appeal, arguing that the cooling unit had failed only briefly during a power "
            "cut. During the suspension, the funeral home's existing bookings will be handled by "
            "another local company, Amžina Ramybė, under an agreement between the two firms. The "
            "authority said it had received no previous complaints about the business."
        ),
        candidate=(
            "Liepsala district's health authority has suspended the Rimšas funeral home's licence "
            "for three months after inspectors discovered that its cold room had been running "
            "warmer than allowed. Inspectors visited on 4 February in response to a complaint from "
            "a family whose relative's body had been stored there for six days. Before it may "
            "reopen, the business has to fit a system that records temperatures and pass a fresh "
            "inspection. The owner, Valdas Rimšas, said he was considering an appeal, insisting "
            "the cooling unit had broken down only for a short time during a power outage. While "
            "the licence is suspended, Rimšas will take over the existing bookings of another "
            "local firm, Amžina Ramybė, under an arrangement between the two companies. The "
            "authority noted that it had never before received a complaint about the business."
        ),
        errors=[
            dict(type="modality", severity="major", text="was considering an appeal",
                 ref="said he would appeal"),
            dict(type="role", severity="critical",
                 text="Rimšas will take over the existing bookings of another local firm, Amžina Ramybė",
                 ref="the funeral home's existing bookings will be handled by another local company, Amžina Ramybė"),
        ],
        traps=[
            dict(text="running warmer than allowed",
                 ref="operating above the permitted temperature"),
            dict(text="it had never before received a complaint",
                 ref="it had received no previous complaints"),
        ],
    ),
    # 33 -----------------------------------------------------------------
    dict(
        domain="pasta factory automation", mode="rewrite", label="consistent",
        reference=(
            "Pastificio Morandi will invest 14 million euros in automating its plant at San Vitale "
            "over the next two years, the family-owned company said on Thursday. The project "
            "includes two new extrusion lines, robotic packaging and an automated warehouse, and "
            "is expected to raise output from 95,000 to 140,000 tonnes a year. Chief executive "
            "Giulia Morandi said none of the plant's 410 workers would be made redundant; about 60 "
            "staff in packaging will be retrained to operate and maintain the new machinery. "
            "Unions said they had received written guarantees on jobs but would monitor how the "
            "retraining was carried out. Around 40 per cent of the investment will be covered by a "
            "loan from a regional development bank. The company exports about two-thirds of its "
            "pasta, mainly to Germany and the United States."
        ),
        candidate=(
            "Family-owned Pastificio Morandi announced on Thursday that it would spend €14m over "
            "the next two years automating its San Vitale plant. Two new extrusion lines, robotic "
            "packaging and an automated warehouse are planned, and annual output is expected to "
            "grow by nearly half, from 95,000 to 140,000 tonnes. None of the 410 people working at "
            "the plant will be made redundant, chief executive Giulia Morandi said; instead, some "
            "60 packaging employees will be retrained to run and maintain the new equipment. The "
            "unions said they had been given written job guarantees but would keep an eye on how "
            "the retraining was done. A loan from a regional development bank will pay for about "
            "40% of the investment. Roughly two-thirds of the company's pasta goes abroad, mostly "
            "to Germany and the United States."
        ),
        errors=[],
        traps=[
            dict(text="€14m", ref="14 million euros"),
            dict(text="grow by nearly half, from 95,000 to 140,000 tonnes",
                 ref="raise output from 95,000 to 140,000 tonnes a year"),
            dict(text="would keep an eye on", ref="would monitor"),
            dict(text="about 40%", ref="Around 40 per cent"),
            dict(text="goes abroad", ref="exports"),
        ],
    ),
    # 34 -----------------------------------------------------------------
    dict(
        domain="walnut harvest price fall", mode="rewrite", label="inconsistent",
        reference=(
            "Farm-gate prices for walnuts in the Dorvan valley have fallen to 2.10 dollars a "
            "kilogram, about 35 per cent lower than a year ago, as a record harvest coincides with "
            "weaker export demand, the Dorvan Nut Growers' Association said on Monday. Growers "
            "harvested an estimated 18,500 tonnes this autumn, up from 14,000 tonnes last year, "
            "helped by a mild spring without frost. At the same time, two of the region's main "
            "buyers have cut orders after a slowdown in overseas markets. Association president "
            "Lev Harutyunian said many smaller growers could not cover their costs at current "
            "prices and urged the government to buy surplus stock for state reserves. The "
            "agriculture ministry said it was studying the request. Some growers are storing nuts "
            "in the hope that prices will recover in the spring."
        ),
        candidate=(
            "A record walnut crop and weaker export demand have pushed farm-gate prices in the "
            "Dorvan valley down to $2.10 per kilogram, some 35% below last year's level, the "
            "Dorvan Nut Growers' Association said on Monday. This autumn's harvest is estimated "
            "at 18,500 tonnes, against 14,000 tonnes last year, thanks partly to a mild, "
            "frost-free spring. Meanwhile, two of the region's main buyers have cancelled their "
            "contracts because of a slowdown in overseas markets. Many smaller growers cannot "
            "cover their costs at today's prices, said association president Lev Harutyunian, who "
            "called on the government to buy up surplus stock for the state reserves. The "
            "agriculture ministry said the request was being studied. Some growers are holding on "
            "to their nuts, hoping prices will pick up in the spring."
        ),
        errors=[
            dict(type="event", severity="major", text="cancelled their contracts",
                 ref="have cut orders"),
        ],
        traps=[
            dict(text="$2.10 per kilogram", ref="2.10 dollars a kilogram"),
            dict(text="some 35% below last year's level", ref="about 35 per cent lower than a year ago"),
            dict(text="holding on to their nuts", ref="storing nuts"),
        ],
    ),
    # 35 -----------------------------------------------------------------
    dict(
        domain="hatchery salmon escape", mode="summary", label="consistent",
        reference=(
            "An estimated 27,000 juvenile salmon escaped from the Lochmara hatchery into the River "
            "Corran on Friday night after floodwater overtopped two of its outdoor rearing tanks, "
            "operator Corran Aquaculture said. The fish, each about 12 centimetres long, were "
            "being raised to restock rivers in the area and were due to be released in April. The "
            "company said they were disease-free and posed no risk to wild stocks, although "
            "fishery scientists at the Corran District Salmon Board said large numbers of hatchery "
            "fish could compete with wild juveniles for food. The hatchery, which holds about "
            "180,000 fish, has since raised the walls of its outdoor tanks by 40 centimetres. The "
            "incident has been reported to the national environment regulator, which said it "
            "would review the company's flood plan."
        ),
        candidate=(
            "Some 27,000 young salmon, meant for restocking local rivers in April, escaped into the "
            "River Corran on Friday night when floodwater overtopped two outdoor tanks at Corran "
            "Aquaculture's Lochmara hatchery. The company says the fish are disease-free and no "
            "threat to wild stocks, but salmon board scientists say so many hatchery fish could "
            "compete with wild juveniles for food. The tank walls have since been raised by 40cm, "
            "and the regulator will review the firm's flood plan."
        ),
        errors=[],
        traps=[
            dict(text="Some 27,000 young salmon", ref="An estimated 27,000 juvenile salmon"),
            dict(text="no threat to wild stocks", ref="posed no risk to wild stocks"),
            dict(text="so many hatchery fish", ref="large numbers of hatchery fish"),
            dict(text="40cm", ref="40 centimetres"),
        ],
    ),
    # 36 -----------------------------------------------------------------
    dict(
        domain="abandoned mine shaft collapse", mode="translation", label="consistent",
        reference=(
            "A section of road collapsed into a disused mine shaft in the town of Hornberg-Süd "
            "early on Thursday, leaving a hole about eight metres wide and twelve metres deep, the "
            "town administration said. Nobody was injured, but residents of six nearby houses were "
            "evacuated as a precaution and spent the night with relatives or in a hotel paid for "
            "by the town. According to the state mining authority, the shaft belonged to a coal "
            "mine that closed in 1928 and had been filled with rubble, which probably shifted "
            "after heavy rain. Engineers will inject concrete into the shaft next week. Mayor Ralf "
            "Oberdieck said the road would remain closed for at least a month and that the "
            "authority would survey other former shafts in the area, of which around 40 are known."
        ),
        candidate=(
            "Early on Thursday a stretch of road in Hornberg-Süd gave way and fell into an old "
            "mine shaft, opening up a hole roughly 8 m across and 12 m deep, according to the town "
            "administration. No one was hurt. As a precaution, people living in six houses nearby "
            "were evacuated; they stayed overnight with relatives or in a hotel at the town's "
            "expense. The shaft was part of a coal mine shut down in 1928 and had been backfilled "
            "with rubble, which most likely moved after heavy rain, the state mining authority "
            "said. Next week engineers will pump concrete into the shaft. The road will stay "
            "closed for a month at least, mayor Ralf Oberdieck said, adding that the authority "
            "would examine the other former shafts in the area, of which some 40 are known."
        ),
        errors=[],
        traps=[
            dict(text="roughly 8 m across and 12 m deep",
                 ref="about eight metres wide and twelve metres deep"),
            dict(text="in a hotel at the town's expense", ref="in a hotel paid for by the town"),
            dict(text="most likely moved", ref="probably shifted"),
            dict(text="for a month at least", ref="for at least a month"),
            dict(text="some 40 are known", ref="around 40 are known"),
        ],
    ),
    # 37 -----------------------------------------------------------------
    dict(
        domain="crossword competition prize", mode="rewrite", label="consistent",
        reference=(
            "Retired librarian Margaret Okonjo-Blake, 71, has won the National Crossword "
            "Championship in Ellesford, completing the final puzzle in 8 minutes and 42 seconds "
            "without a single error. She beat 44 other finalists, including last year's champion, "
            "software engineer Dev Raman, who finished second after making one mistake. The prize "
            "is £5,000 and a silver trophy. It was her third attempt at the title; she reached the "
            "final in 2019 and 2022 but finished outside the top ten both times. The championship, "
            "organised by the Ellesford Puzzle Society, attracted 2,300 entrants in its qualifying "
            "rounds this year, the highest number since it began in 1983. Okonjo-Blake said she "
            "had prepared by solving three cryptic crosswords a day for the past six months."
        ),
        candidate=(
            "With an error-free solve of the final puzzle in 8 minutes 42 seconds, 71-year-old "
            "retired librarian Margaret Okonjo-Blake has taken the National Crossword Championship "
            "in Ellesford. Second place among the 45 finalists went to the defending champion, "
            "software engineer Dev Raman, who made one mistake. Okonjo-Blake wins £5,000 and a "
            "silver trophy. It was her third try at the title: she reached the final in 2019 and "
            "2022 but finished outside the top ten on both occasions. This year's qualifying "
            "rounds drew 2,300 entrants, the most since the Ellesford Puzzle Society launched the "
            "championship in 1983. The winner said her preparation had involved solving three "
            "cryptic crosswords every day for the last six months."
        ),
        errors=[],
        traps=[
            dict(text="error-free", ref="without a single error"),
            dict(text="Second place among the 45 finalists", ref="She beat 44 other finalists"),
            dict(text="the defending champion", ref="last year's champion"),
            dict(text="her third try at the title", ref="her third attempt at the title"),
            dict(text="the most since", ref="the highest number since"),
        ],
    ),
    # 38 -----------------------------------------------------------------
    dict(
        domain="mosaic floor discovery", mode="rewrite", label="inconsistent",
        reference=(
            "Builders laying foundations for a supermarket car park in Castelmar have uncovered a "
            "Roman mosaic floor measuring about six metres by four, the regional archaeology "
            "service said on Wednesday. The floor, decorated with geometric patterns and a "
            "central panel showing a dolphin, probably belonged to a villa built in the third "
            "century AD. Lead archaeologist Dr Nuria Vallès said it was 'remarkably well "
            "preserved', though about a fifth of it had been damaged by a drainage trench dug in "
            "the 1960s. Work on the car park has been halted for at least eight weeks while the "
            "site is excavated. The developer, Hipermercats Roig, said it would cover the cost of "
            "the excavation and was discussing with the town council whether the mosaic could be "
            "displayed in the new store."
        ),
        candidate=(
            "A Roman mosaic floor, roughly six metres by four, has been found by builders digging "
            "foundations for a supermarket car park in Castelmar, the regional archaeology service "
            "announced on Wednesday. Decorated with geometric designs around a central dolphin "
            "panel, the floor probably came from a third-century AD villa. It is 'remarkably well "
            "preserved', according to lead archaeologist Dr Nuria Vallès, although around 20 per "
            "cent of it was damaged when a drainage trench was dug in the 1960s. Work on the car "
            "park has been stopped for at least eight weeks to allow the site to be excavated. "
            "Hipermercats Roig, the developer, will pay for the excavation, the town council said, "
            "and the two are discussing whether the mosaic could be shown in the new store."
        ),
        errors=[
            dict(type="attribution", severity="major", text="the town council said",
                 ref="The developer, Hipermercats Roig, said"),
        ],
        traps=[
            dict(text="roughly six metres by four", ref="about six metres by four"),
            dict(text="came from a third-century AD villa",
                 ref="belonged to a villa built in the third century AD"),
            dict(text="around 20 per cent", ref="about a fifth"),
        ],
    ),
    # 39 -----------------------------------------------------------------
    dict(
        domain="paper mill odour complaints", mode="summary", label="inconsistent",
        reference=(
            "Residents of Fernleigh have lodged more than 400 complaints about a sulphurous smell "
            "from the Brookvale paper mill since August, the county environmental health "
            "department said on Friday. Officers who carried out monitoring on twelve days "
            "detected hydrogen sulphide at levels that were unpleasant but below the threshold "
            "considered harmful to health. The smell has been traced to a new effluent treatment "
            "pond that was commissioned in July. Mill owner Brookvale Paper has agreed to cover "
            "the pond and install an extraction system by the end of January, at a cost of about "
            "£600,000. Until then, the department has not issued an abatement notice but said it "
            "would do so if the work fell behind schedule. Resident Carol Pyke said families had "
            "been unable to open windows or dry washing outside for weeks."
        ),
        candidate=(
            "Fernleigh residents have made over 400 complaints since August about a sulphurous "
            "smell from the Brookvale paper mill, traced to an effluent treatment pond "
            "commissioned in July. Monitoring found hydrogen sulphide at unpleasant levels but "
            "below those considered harmful. Brookvale Paper has agreed to close the pond and "
            "install extraction by the end of January at a cost of around £600,000, and the county "
            "has issued an abatement notice to make sure the work stays on schedule."
        ),
        errors=[
            dict(type="event", severity="major", text="close the pond", ref="cover the pond"),
            dict(type="polarity", severity="critical", text="has issued an abatement notice",
                 ref="has not issued an abatement notice"),
        ],
        traps=[
            dict(text="over 400 complaints", ref="more than 400 complaints"),
        ],
    ),
    # 40 -----------------------------------------------------------------
    dict(
        domain="petting zoo e. coli case", mode="translation", label="inconsistent",
        reference=(
            "A petting zoo in the town of Veldhoven-Oost has been closed temporarily after a "
            "four-year-old girl who visited it was admitted to hospital with an E. coli infection, "
            "the regional health service said on Thursday. Tests found the same strain of the "
            "bacteria in samples taken from the goat enclosure. The girl's condition is described "
            "as stable. The health service said it was not aware of any other cases but asked "
            "parents whose children had visited the farm between 2 and 16 May and developed "
            "diarrhoea to contact their doctor. The zoo's owner, the foundation Dierenweide, said "
            "it had installed extra hand-washing stations and would not reopen until the health "
            "service gave permission. Staff are cleaning all enclosures and the goats have been "
            "tested."
        ),
        candidate=(
            "Regional health officials announced on Thursday that a children's farm in "
            "Veldhoven-Oost had been shut for the time being after a four-year-old girl was taken "
            "to hospital with an E. coli infection following a visit. The same bacterial strain "
            "was found in samples from the goats' pen. Her condition is said to be stable. The "
            "health service said it knew of other cases, and it asked parents to consult their "
            "doctor if their children had been to the farm between 2 and 16 May and had since "
            "developed diarrhoea. The Dierenweide foundation, which owns the zoo, said it had put "
            "in additional hand-washing points and would stay closed until the health service "
            "allowed it to reopen. All the enclosures are being cleaned by staff, and the goats "
            "have been tested."
        ),
        errors=[
            dict(type="polarity", severity="critical", text="it knew of other cases",
                 ref="it was not aware of any other cases"),
        ],
        traps=[
            dict(text="shut for the time being", ref="closed temporarily"),
            dict(text="the goats' pen", ref="the goat enclosure"),
            dict(text="additional hand-washing points", ref="extra hand-washing stations"),
        ],
    ),
]


# --------------------------------------------------------------------------
class SetError(Exception):
    pass


def find_occurrence(hay, needle, occ, where):
    """Return the start of the occ-th (0-based) occurrence of needle in hay."""
    if not needle:
        raise SetError(f"{where}: empty search text")
    positions = []
    i = hay.find(needle)
    while i != -1:
        positions.append(i)
        i = hay.find(needle, i + 1)
    if not positions:
        raise SetError(f"{where}: text not found: {needle!r}")
    if occ is None:
        if len(positions) > 1:
            raise SetError(f"{where}: text occurs {len(positions)} times, give occ: {needle!r}")
        occ = 0
    if occ >= len(positions):
        raise SetError(f"{where}: occurrence {occ} of {needle!r} does not exist")
    return positions[occ]


def is_word_char(c):
    return c.isalnum()


def check_boundaries(cand, start, end, where):
    if start > 0 and start < len(cand) and is_word_char(cand[start - 1]) and is_word_char(cand[start]):
        raise SetError(f"{where}: span start cuts a word at {start}")
    if 0 < end < len(cand) and is_word_char(cand[end - 1]) and is_word_char(cand[end]):
        raise SetError(f"{where}: span end cuts a word at {end}")


def build_record(idx, case):
    rid = f"{PREFIX}-{idx:03d}"
    ref = case["reference"]
    cand = case["candidate"]
    errors = []
    for k, e in enumerate(case["errors"]):
        where = f"{rid} error {k}"
        etype = e["type"]
        if etype == "omission":
            if "after" in e:
                anchor = e["after"]
                pos = find_occurrence(cand, anchor, e.get("occ"), where) + len(anchor)
            else:
                anchor = e["before"]
                pos = find_occurrence(cand, anchor, e.get("occ"), where)
            start = end = pos
            text = ""
        else:
            text = e["text"]
            start = find_occurrence(cand, text, e.get("occ"), where)
            end = start + len(text)
        errors.append({"start": start, "end": end, "text": text, "type": etype,
                       "severity": e["severity"], "ref_text": e["ref"]})
    traps = []
    for k, t in enumerate(case["traps"]):
        where = f"{rid} trap {k}"
        start = find_occurrence(cand, t["text"], t.get("occ"), where)
        traps.append({"start": start, "end": start + len(t["text"]), "text": t["text"],
                      "ref_text": t["ref"]})
    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": rid, "domain": case["domain"], "mode": case["mode"], "reference": ref,
            "candidate": cand, "label": case["label"], "errors": errors, "traps": traps}


def validate_record(r):
    rid, ref, cand = r["id"], r["reference"], r["candidate"]
    if r["mode"] not in ("rewrite", "summary", "translation"):
        raise SetError(f"{rid}: bad mode")
    if r["label"] not in ("consistent", "inconsistent"):
        raise SetError(f"{rid}: bad label")
    if r["domain"] not in DOMAINS:
        raise SetError(f"{rid}: domain not in list: {r['domain']}")
    nwords = len(ref.split())
    if not 70 <= nwords <= 190:
        raise SetError(f"{rid}: reference has {nwords} words")
    if cand == ref:
        raise SetError(f"{rid}: candidate identical to reference")
    if r["mode"] == "summary":
        if not (len(cand) < len(ref) and len(cand.split()) < nwords):
            raise SetError(f"{rid}: summary not shorter than reference")
    for s in (ref, cand):
        if s != s.strip() or "  " in s:
            raise SetError(f"{rid}: stray whitespace")
    if r["label"] == "consistent":
        if r["errors"]:
            raise SetError(f"{rid}: consistent pair with errors")
        if not 3 <= len(r["traps"]) <= 5:
            raise SetError(f"{rid}: consistent pair needs 3-5 traps, has {len(r['traps'])}")
    else:
        if not 1 <= len(r["errors"]) <= 2:
            raise SetError(f"{rid}: inconsistent pair needs 1-2 errors")
        if len(r["traps"]) > 3:
            raise SetError(f"{rid}: inconsistent pair has more than 3 traps")

    spans = []  # (start, end, label)
    for e in r["errors"]:
        where = f"{rid} error {e['type']} {e['text']!r}"
        if e["type"] not in ERROR_TYPES:
            raise SetError(f"{where}: bad type")
        if e["severity"] not in SEVERITIES:
            raise SetError(f"{where}: bad severity")
        s, t = e["start"], e["end"]
        if cand[s:t] != e["text"]:
            raise SetError(f"{where}: offsets do not match text")
        check_boundaries(cand, s, t, where)
        if e["type"] == "omission":
            if r["mode"] == "summary":
                raise SetError(f"{where}: omission in summary mode")
            if s != t or e["text"] != "":
                raise SetError(f"{where}: omission must be zero-width")
            if not e["ref_text"] or e["ref_text"] not in ref:
                raise SetError(f"{where}: omission ref_text not in reference")
            if e["ref_text"].lower() in cand.lower():
                raise SetError(f"{where}: omitted words present in candidate")
        else:
            if s >= t or e["text"] != e["text"].strip():
                raise SetError(f"{where}: empty or untrimmed span")
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    raise SetError(f"{where}: ref_text must be null")
                if e["type"] == "repetition":
                    first = cand.find(e["text"])
                    if first == -1 or first + len(e["text"]) > s:
                        raise SetError(f"{where}: repetition has no earlier copy")
                if e["type"] == "addition" and e["text"] in ref:
                    raise SetError(f"{where}: added text occurs in reference")
            else:
                if not e["ref_text"] or e["ref_text"] not in ref:
                    raise SetError(f"{where}: ref_text not in reference: {e['ref_text']!r}")
                if e["text"] in ref and e["type"] not in ("attribution",):
                    # the erroneous wording itself must not simply be copied from the reference
                    if e["text"] == e["ref_text"]:
                        raise SetError(f"{where}: error text equals ref_text")
                if e["text"] == e["ref_text"]:
                    raise SetError(f"{where}: error text equals ref_text")
        spans.append((s, t, where))
    for tr in r["traps"]:
        where = f"{rid} trap {tr['text']!r}"
        s, t = tr["start"], tr["end"]
        if cand[s:t] != tr["text"] or s >= t or tr["text"] != tr["text"].strip():
            raise SetError(f"{where}: bad span")
        check_boundaries(cand, s, t, where)
        if not tr["ref_text"] or tr["ref_text"] not in ref:
            raise SetError(f"{where}: trap ref_text not in reference: {tr['ref_text']!r}")
        if tr["text"] == tr["ref_text"]:
            raise SetError(f"{where}: trap text identical to reference wording")
        spans.append((s, t, where))
    # no overlaps; zero-width points may not fall strictly inside another span
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            a, b = spans[i], spans[j]
            if a[0] == a[1] or b[0] == b[1]:
                p, other = (a, b) if a[0] == a[1] else (b, a)
                if other[0] < p[0] < other[1] or (other[0] == other[1] == p[0]):
                    raise SetError(f"{p[2]} lies inside {other[2]}")
            elif a[0] < b[1] and b[0] < a[1]:
                raise SetError(f"{a[2]} overlaps {b[2]}")


def validate_set(records):
    if len(records) != 40:
        raise SetError(f"expected 40 records, got {len(records)}")
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        raise SetError("duplicate ids")
    doms = [r["domain"] for r in records]
    if sorted(doms) != sorted(DOMAINS) or len(set(doms)) != 40:
        raise SetError("domains must be the 40 listed, each used once")
    for r in records:
        validate_record(r)
    by = collections.Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(by) != want:
        raise SetError(f"mode/label composition wrong: {dict(by)}")
    types = collections.Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        raise SetError(f"expected 30 errors, got {sum(types.values())}")
    for t in ERROR_TYPES:
        if types[t] < 2:
            raise SetError(f"error type {t} used {types[t]} times (<2)")
    sev = collections.Counter(e["severity"] for r in records for e in r["errors"])
    for s in SEVERITIES:
        if not sev[s]:
            raise SetError(f"severity {s} unused")
    return types, sev


def summarise(records, types, sev):
    lines = []
    lines.append(f"records: {len(records)}")
    lab = collections.Counter(r["label"] for r in records)
    lines.append("labels: " + ", ".join(f"{k} {v}" for k, v in sorted(lab.items())))
    ml = collections.Counter((r["mode"], r["label"]) for r in records)
    for m in ("rewrite", "summary", "translation"):
        lines.append(f"  {m}: consistent {ml[(m, 'consistent')]}, "
                     f"inconsistent {ml[(m, 'inconsistent')]}")
    lines.append(f"errors: {sum(types.values())} -> "
                 + ", ".join(f"{t} {types[t]}" for t in ERROR_TYPES))
    lines.append("severity: " + ", ".join(f"{s} {sev[s]}" for s in SEVERITIES))
    nerr = collections.Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    lines.append("inconsistent pairs by error count: "
                 + ", ".join(f"{k} error(s): {v}" for k, v in sorted(nerr.items())))
    tr_c = sum(len(r["traps"]) for r in records if r["label"] == "consistent")
    tr_i = sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")
    lines.append(f"traps: {tr_c + tr_i} (consistent pairs {tr_c}, inconsistent pairs {tr_i})")
    wc = [len(r["reference"].split()) for r in records]
    lines.append(f"reference words: min {min(wc)}, max {max(wc)}, mean {sum(wc) / len(wc):.1f}")
    return "\n".join(lines)


def main(argv):
    check_only = "--check" in argv[1:]
    try:
        records = [build_record(i + 1, c) for i, c in enumerate(CASES)]
        types, sev = validate_set(records)
    except SetError as exc:
        print(f"VALIDATION FAILED: {exc}", file=sys.stderr)
        return 1
    print(summarise(records, types, sev))
    if check_only:
        print("check only: all validations passed, nothing written")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-validate what was written
    with open(OUT_PATH, encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh]
    validate_set(back)
    print(f"wrote {len(back)} records to {OUT_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
