#!/usr/bin/env python3
"""Held-out evaluation set 81 for a fact-comparison tool.

How it was made: every pair below was hand-written, as Python data, by a helper
session that saw no code or data of the project, working only from a written
brief. All people, companies, organisations, places and figures are invented;
real countries appear only as background.  Character offsets are never typed
by hand: they are computed here by string search (with an occurrence index
where a quoted text repeats), then validated.

Composition (40 pairs, one domain each):
  modes:  20 rewrite (10 consistent / 10 inconsistent),
          10 summary (5 / 5), 10 translation (5 / 5)
  labels: 20 consistent, 20 inconsistent
  errors: 30 in total -- entity 3, number 4, date 3, role 3, polarity 3,
          modality 3, attribution 3, event 2, omission 2, addition 2,
          repetition 2; ten inconsistent pairs carry one error, ten carry two
  traps:  3-5 on every consistent pair, 0-3 on inconsistent pairs

Usage:  python3 make_set81.py           # validate and write set81.jsonl
        python3 make_set81.py --check   # validate only, write nothing
"""
import json
import os
import re
import sys
from collections import Counter

SET_NO = 81
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set%d.jsonl" % SET_NO)

DOMAINS = [d.strip() for d in (
    "ice hockey referees;mussel farming;rope access technicians;church bell ringing;"
    "herring smokehouses;glacier guides;theatre prompters;microbrewery licensing;"
    "saffron growers;radio telescope arrays;canal lock keepers;peat bog restoration;"
    "yacht brokers;cider orchards;coin grading;fire lookout towers;dog grooming salons;"
    "street piano projects;ghost tours;shoe repair shops;vinyl pressing plants;"
    "organ donation registers;jigsaw puzzle championships;tug of war leagues;"
    "cathedral stonemasons;icebreaker ships;oyster reefs;miniature railways;"
    "sundial restoration;mural painting;coracle racing;kelp harvesting;"
    "calligraphy schools;stamp auctions;sled dog racing;luthiers;"
    "manuscript digitisation;ice rink resurfacing;hearing dog training;snowplough fleets"
).split(";")]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}

CASES = []


def E(text, etype, severity, ref_text, occ=0):
    """An error whose span is the occ-th occurrence of text in the candidate."""
    return {"kind": "span", "text": text, "type": etype, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def O(after, ref_text, severity, occ=0):
    """An omission placed right after the occ-th occurrence of `after`."""
    return {"kind": "omission", "after": after, "type": "omission",
            "severity": severity, "ref_text": ref_text, "occ": occ}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording of ref_text."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


def add(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------- cases 1-10

add("ice hockey referees", "rewrite", "consistent",
    "The Northern Ice League announced on Monday that it will add a fourth on-ice official to all "
    "playoff games starting next season, a change it said would cost about $1.8 million a year. League "
    "commissioner Harold Brevik said the decision followed a review of 412 regular-season games in which "
    "officials missed an estimated 37 penalties. The referees' association, which represents 96 officials, "
    "welcomed the move but said it expected further talks on travel allowances. Brevik added that the extra "
    "official is likely to be drawn from the league's development programme in most cases. The league will "
    "also trial video review for goaltender interference during the first two rounds of the playoffs.",
    "Starting next season, every playoff game in the Northern Ice League will have a fourth official on the "
    "ice, the league said on Monday, putting the annual cost of the change at roughly $1.8m. According to "
    "commissioner Harold Brevik, the decision came after a review of 412 regular-season games in which "
    "officials are thought to have missed some 37 penalties. The move was welcomed by the 96-member "
    "referees' association, although it said it anticipated more negotiations over travel allowances. In "
    "most cases, Brevik said, the additional official will probably come from the league's development "
    "programme. Video review for goaltender interference will also be tested in the playoffs' opening two "
    "rounds.",
    traps=[T("$1.8m", "$1.8 million"),
           T("the 96-member referees' association", "The referees' association, which represents 96 officials"),
           T("anticipated more negotiations", "expected further talks"),
           T("will probably come from", "is likely to be drawn from"),
           T("the playoffs' opening two rounds", "the first two rounds of the playoffs")])

add("mussel farming", "rewrite", "inconsistent",
    "Mussel growers in Tarrow Bay harvested 2,340 tonnes last year, down 18 percent on the previous season, "
    "the Tarrow Shellfish Cooperative said in its annual report on Thursday. The cooperative blamed the fall "
    "mainly on a summer heatwave that pushed water temperatures above 22C for eleven consecutive days, "
    "killing juvenile stock on exposed longlines. Chair Miriam Oduya said members would move about a third "
    "of their lines to deeper, cooler water before next summer, with the help of a regional grant worth "
    "640,000 euros. The report also warned that prices paid to growers could fall further if imports from "
    "outside the bay continue to rise. The cooperative has 58 member farms.",
    "The Tarrow Shellfish Cooperative's annual report, published on Thursday, shows that mussel growers in "
    "Tarrow Bay harvested 2,340 tonnes last year, 28 percent less than the season before. The fall was "
    "blamed mainly on a summer heatwave that kept water temperatures above 22C for eleven days in a row, "
    "killing juvenile stock. Chair Miriam Oduya said members would relocate roughly a third of their lines "
    "to deeper, cooler water ahead of next summer, supported by a regional grant of 640,000 euros. The "
    "report also cautioned that prices paid to growers could drop further if imports from outside the bay "
    "keep rising. The cooperative has 58 member farms.",
    errors=[E("28 percent", "number", "major", "18 percent"),
            O("killing juvenile stock", "on exposed longlines", "minor")],
    traps=[T("eleven days in a row", "eleven consecutive days"),
           T("relocate roughly a third", "move about a third")])

add("rope access technicians", "summary", "consistent",
    "Safety regulators in the province of Vellmark have ordered all rope access firms to replace descender "
    "devices made before 2019 after an investigation into a fall at a wind farm in March. The Vellmark "
    "Occupational Safety Board said on Wednesday that a technician working for Highline Services suffered a "
    "broken leg when his descender failed to lock during a routine blade inspection at the Korsund wind farm. "
    "Tests found that a worn cam spring in the device, which was manufactured in 2016, had prevented it from "
    "engaging. The board gave companies until 30 September to comply and said inspectors would carry out "
    "spot checks from October. Highline said it had already withdrawn 140 older devices and cooperated fully "
    "with the inquiry. No other injuries were reported.",
    "Vellmark's safety board has ordered rope access companies to replace all descenders made before 2019 by "
    "30 September, after a Highline Services technician broke his leg in a March fall at the Korsund wind "
    "farm. A worn cam spring had stopped his 2016-built device from locking. Highline says it has already "
    "withdrawn 140 older units, and spot checks begin in October.",
    traps=[T("Vellmark's safety board", "The Vellmark Occupational Safety Board"),
           T("broke his leg", "suffered a broken leg"),
           T("2016-built", "manufactured in 2016"),
           T("140 older units", "140 older devices"),
           T("spot checks begin in October", "inspectors would carry out spot checks from October")])

add("church bell ringing", "translation", "inconsistent",
    "The bells of St. Aldric's Church in the town of Hemmelburg will ring again at Easter after a two-year "
    "restoration costing 310,000 euros, the parish council announced on Tuesday. The largest of the five "
    "bells, cast in 1687 and weighing almost two tonnes, had been silent since a crack was discovered in its "
    "crown in 2022. According to council chairman Jörgen Halstatt, the bell was repaired at a specialist "
    "foundry in the Netherlands rather than recast, in order to preserve its original tone. The local ringing "
    "guild, which has 23 members, has begun training four new ringers. Halstatt said the first full peal was "
    "planned for the morning of Easter Sunday.",
    "Following two years of restoration work costing 310,000 euros, the bells of St. Aldric's in Hemmelburg "
    "will be heard once more at Easter, the parish council said on Tuesday. The biggest of the church's five "
    "bells, which was cast in 1687 and weighs nearly two tonnes, has been silent since 2022, when a crack was "
    "found in its crown. The local ringers' guild says the bell was mended by a specialist foundry in the "
    "Netherlands instead of being recast, so that its original sound would be kept. The guild, which has 23 "
    "members, has started training four new ringers. A first full peal is scheduled for Easter Sunday "
    "morning, said Jörgen Halstatt, who chairs the council.",
    errors=[E("The local ringers' guild says", "attribution", "major",
              "According to council chairman Jörgen Halstatt")],
    traps=[T("who chairs the council", "council chairman"),
           T("instead of being recast", "rather than recast")])

add("herring smokehouses", "rewrite", "inconsistent",
    "Brannock Smokehouse, one of the last traditional herring smokers on the Ardley coast, has been bought by "
    "the seafood group Kellmore Foods for an undisclosed sum, the companies said on 14 May. Brannock, founded "
    "in 1921, employs 34 people and supplies kippers to around 200 shops and restaurants. Kellmore chief "
    "executive Fiona Tasker said the group would keep the brick kilns at the Harlow Quay site and had no plans "
    "to cut jobs. Brannock's owner, Douglas Peel, whose grandfather started the business, will stay on as "
    "production manager for at least two years. The deal is expected to be completed by the end of June, "
    "subject to approval from the competition authority.",
    "Seafood group Kellmore Foods has been acquired by Brannock Smokehouse, one of the Ardley coast's last "
    "traditional herring smokers, for an undisclosed amount, the two companies announced on 14 May. Founded "
    "in 1912, Brannock has 34 employees and sells kippers to about 200 shops and restaurants. Fiona Tasker, "
    "Kellmore's chief executive, said the brick kilns at the Harlow Quay site would be kept and that no job "
    "cuts were planned. Douglas Peel, Brannock's owner, whose grandfather set up the business, will remain as "
    "production manager for a minimum of two years. Completion is expected by the end of June, pending "
    "approval from the competition authority.",
    errors=[E("Kellmore Foods has been acquired by Brannock Smokehouse", "role", "critical",
              "has been bought by the seafood group Kellmore Foods"),
            E("1912", "date", "minor", "1921")],
    traps=[T("for a minimum of two years", "for at least two years"),
           T("pending approval", "subject to approval")])

add("glacier guides", "rewrite", "consistent",
    "The Skarvik Mountain Guides Association has suspended all guided walks on the Holmfjell glacier until "
    "further notice after a large crevasse opened near the main access route, the association said on "
    "Saturday. No one was hurt. Chief guide Annika Rostad said the crevasse, about 40 metres long, appeared "
    "overnight on Friday and was spotted by a guide during a morning safety check. Around 1,200 visitors had "
    "booked tours for the coming fortnight, and the association said they would be offered a full refund or "
    "a place on an alternative hike on the nearby Lindå ridge. Rostad said the closure was likely to last at "
    "least a week while geologists from the regional university assess the ice.",
    "Guided walks on the Holmfjell glacier have all been halted indefinitely by the Skarvik Mountain Guides "
    "Association because a big crevasse has opened close to the main access route, the association announced "
    "on Saturday. There were no injuries. The roughly 40-metre crevasse formed during Friday night and was "
    "noticed by a guide carrying out a safety check the following morning, according to chief guide Annika "
    "Rostad. Visitors with bookings for the next two weeks, about 1,200 of them, will be offered the choice of "
    "a full refund or a place on a different hike on the nearby Lindå ridge, the association said. Rostad said "
    "the glacier would probably stay closed for a week or more while geologists from the regional university "
    "examine the ice.",
    traps=[T("halted indefinitely", "suspended all guided walks on the Holmfjell glacier until further notice"),
           T("There were no injuries", "No one was hurt"),
           T("roughly 40-metre crevasse", "about 40 metres long"),
           T("the next two weeks", "the coming fortnight"),
           T("would probably stay closed for a week or more", "was likely to last at least a week")])

add("theatre prompters", "summary", "inconsistent",
    "The Royal Carrow Theatre is considering whether to phase out its prompters, the staff who sit out of "
    "sight and feed lines to actors, as part of a cost review, its management confirmed on Thursday. The "
    "theatre employs three full-time prompters, the last company in the country to do so. Executive director "
    "Paul Emmerich said no decision had been made and that any change would not take effect before the 2026 "
    "season. He said the review was examining several options, including replacing prompters with discreet "
    "earpieces. The performers' union, Equity Stage, said it would oppose any cuts and argued that prompters "
    "are essential for repertory companies staging up to six plays a week.",
    "The Royal Carrow Theatre, the last company in the country with full-time prompters, will phase out its "
    "three prompters as part of a cost review, possibly replacing them with earpieces, though not before the "
    "2026 season. The performers' union Equity Stage has vowed to oppose any cuts.",
    errors=[E("will phase out", "modality", "major", "is considering whether to phase out")],
    traps=[T("has vowed to oppose", "said it would oppose")])

add("microbrewery licensing", "translation", "consistent",
    "Brewers in the Czech region of Dolany will be able to apply for a simplified production licence from "
    "1 January, the regional authority announced on Monday. The new licence is aimed at microbreweries "
    "producing fewer than 2,000 hectolitres a year and will replace the current permit, which requires "
    "separate inspections by three different agencies. Under the new rules, a single inspection will be "
    "carried out by the regional food safety office. Deputy governor Tomáš Vrba said the reform should cut "
    "the average waiting time for a licence from five months to about six weeks. The region has 47 registered "
    "microbreweries, up from 19 a decade ago. Applications will cost 4,500 koruna, half the current fee.",
    "From 1 January, brewers in Dolany, a region of the Czech Republic, may apply for a streamlined production "
    "licence, the regional government said on Monday. The licence targets microbreweries whose output is "
    "below 2,000 hectolitres annually, and it replaces the existing permit, under which three separate "
    "agencies must each carry out an inspection. Under the new system, the regional food safety office will "
    "conduct one inspection only. According to deputy governor Tomáš Vrba, the change is expected to reduce "
    "the average wait for a licence from five months to roughly a month and a half. There are 47 registered "
    "microbreweries in the region, compared with 19 ten years ago. The application fee will be 4,500 koruna, "
    "which is half of what is charged today.",
    traps=[T("whose output is below 2,000 hectolitres annually", "producing fewer than 2,000 hectolitres a year"),
           T("is expected to reduce", "should cut"),
           T("roughly a month and a half", "about six weeks"),
           T("compared with 19 ten years ago", "up from 19 a decade ago"),
           T("half of what is charged today", "half the current fee")])

add("saffron growers", "rewrite", "consistent",
    "Saffron growers in the Valdera valley expect this year's harvest to reach about 85 kilograms, nearly "
    "double last year's crop, after autumn rains arrived on time, the Valdera Saffron Producers' Consortium "
    "said on 3 November. Consortium president Lucia Marchetti said the quality of the stigmas was "
    "'exceptional' but warned that a shortage of seasonal pickers could leave part of the crop unharvested. "
    "The consortium's 64 member farms need around 300 pickers for the three-week flowering period, but only "
    "210 had signed up by the end of October. Marchetti said the consortium would raise the hourly rate for "
    "pickers by 15 percent to attract more workers. Valdera saffron sells for about 30 euros a gram.",
    "Growers in the Valdera valley expect this year's saffron harvest to come in at around 85 kilograms, "
    "almost twice last year's yield, thanks to autumn rains that arrived on schedule, the Valdera Saffron "
    "Producers' Consortium said on 3 November. While describing the stigmas as being of 'exceptional' "
    "quality, consortium president Lucia Marchetti cautioned that too few seasonal pickers might mean some of "
    "the crop goes unharvested. Roughly 300 pickers are needed across the consortium's 64 member farms during "
    "the three weeks of flowering, yet by the end of October just 210 had registered. To draw in more "
    "workers, Marchetti said, the consortium will raise pickers' hourly pay by 15 percent. A gram of Valdera "
    "saffron fetches about 30 euros.",
    traps=[T("almost twice", "nearly double"),
           T("arrived on schedule", "arrived on time"),
           T("might mean some of the crop goes unharvested", "could leave part of the crop unharvested"),
           T("just 210 had registered", "only 210 had signed up"),
           T("A gram of Valdera saffron fetches about 30 euros", "Valdera saffron sells for about 30 euros a gram")])

add("radio telescope arrays", "rewrite", "inconsistent",
    "The Pellham Radio Observatory will add 24 new dishes to its array in the Estavian highlands after "
    "securing 42 million dollars from the national science fund, the observatory said on Wednesday. Director "
    "Ruth Abernathy said the expansion would double the array's collecting area and allow astronomers to "
    "study hydrogen gas in galaxies up to ten billion light years away. Construction will begin next spring "
    "and the first new dishes are expected to be operational by late 2027. The observatory said the project "
    "would not require any new access roads, a concern raised by local farmers during consultations. The "
    "dishes will be built by Torvane Engineering, which supplied the array's original 24 antennas.",
    "After obtaining 42 million dollars from the Estavian Space Agency, the Pellham Radio Observatory will "
    "expand its array in the Estavian highlands with 24 additional dishes, it said on Wednesday. According to "
    "director Ruth Abernathy, the expansion will double the array's collecting area, letting astronomers "
    "study hydrogen gas in galaxies as far as ten billion light years away. Work is due to start next spring, "
    "and the first of the new dishes should be operating by late 2027. The observatory said the project would "
    "require new access roads, an issue local farmers had raised during consultations. Torvane Engineering, "
    "which supplied the 24 original antennas, will build the dishes.",
    errors=[E("the Estavian Space Agency", "entity", "major", "the national science fund"),
            E("would require new access roads", "polarity", "critical", "would not require any new access roads")],
    traps=[T("as far as ten billion light years away", "up to ten billion light years away")])

# ---------------------------------------------------------------- cases 11-20

add("canal lock keepers", "summary", "consistent",
    "The Midland Waterways Trust will recruit 18 additional lock keepers this summer to cope with record boat "
    "traffic on the Ashby and Grell canals, the trust said on Friday. Passages through the 62 locks on the two "
    "canals rose by 27 percent last year to almost 150,000, according to the trust's figures. Operations "
    "director Samir Qadri said volunteers had been handling an increasing share of the work, and that paid "
    "keepers were needed at the busiest flights, including the 16-lock Hatton Rise. The new posts are "
    "seasonal, running from May to September. Qadri said the trust was also considering extending opening "
    "hours at six locks, but that no decision would be taken before the autumn. The trust is funded mainly by "
    "boat licence fees.",
    "The Midland Waterways Trust is to hire 18 extra seasonal lock keepers, working from May to September, "
    "after passages on the Ashby and Grell canals jumped by more than a quarter last year to nearly 150,000. "
    "The paid staff are needed at the busiest flights, such as Hatton Rise, and the trust is weighing longer "
    "opening hours at six locks, with no decision before the autumn.",
    traps=[T("is to hire", "will recruit"),
           T("more than a quarter", "27 percent"),
           T("nearly 150,000", "almost 150,000"),
           T("is weighing longer opening hours", "considering extending opening hours"),
           T("with no decision before the autumn", "no decision would be taken before the autumn")])

add("peat bog restoration", "translation", "inconsistent",
    "Work to restore 1,150 hectares of drained peatland at Suolahti Moor in central Finland will start in "
    "August, the regional environment centre said on Thursday. Contractors will block 38 kilometres of "
    "drainage ditches dug in the 1970s for forestry, allowing the water table to rise again. Project manager "
    "Eeva Lindqvist said the restored bog was expected to stop releasing carbon within ten to fifteen years. "
    "The four-year project will cost 2.6 million euros, of which the European Union will pay 60 percent. "
    "Local hunters have asked for two access tracks to be kept open, and the centre said it would consider "
    "the request.",
    "The regional environment centre announced on Thursday that the restoration of 1,150 hectares of drained "
    "peat land on Suolahti Moor, in central Finland, will begin in August, making it the largest project of "
    "its kind in the country. Contractors are to dam 38 kilometres of ditches that were dug in the 1970s to "
    "drain the land for forestry, so that the water table can rise once more. According to project leader "
    "Eeva Lindqvist, the bog should cease to emit carbon within a decade once restored. The project will run "
    "for four years at a cost of 2.6 million euros, 60 percent of which is being funded by the European Union. "
    "Local hunters want two access tracks to remain open, and the centre has said it will look into this.",
    errors=[E("making it the largest project of its kind in the country", "addition", "minor", None),
            E("within a decade", "number", "major", "within ten to fifteen years")],
    traps=[T("60 percent of which is being funded by the European Union",
             "of which the European Union will pay 60 percent"),
           T("the centre has said it will look into this", "the centre said it would consider the request")])

add("yacht brokers", "rewrite", "inconsistent",
    "Sales of used sailing yachts through brokers in the Calvera marina region fell by 12 percent in the first "
    "half of the year, according to figures published on Tuesday by the Calvera Yacht Brokers' Association. "
    "The association attributed the drop to higher mooring fees and rising interest rates. However, Jonas "
    "Whitcombe, managing director of the brokerage Bluewater Mercantile, said demand for motor yachts over "
    "15 metres had remained strong, with his firm reporting its best spring on record. The association's "
    "figures show that 418 sailing yachts changed hands between January and June, with an average price of "
    "184,000 euros. The association expects sales to recover in the second half if interest rates ease.",
    "Brokered sales of second-hand sailing yachts in the Calvera marina region dropped 12 percent in the first "
    "six months of the year, the Calvera Yacht Brokers' Association reported on Tuesday. Bluewater Mercantile "
    "blamed the decline on higher mooring fees and rising interest rates. Jonas Whitcombe, the brokerage's "
    "managing director, nonetheless said demand for motor yachts longer than 15 metres had held up well, and "
    "that his firm had just had its best spring on record. Between January and June, 418 sailing yachts "
    "changed hands at an average price of 184,000 euros, the association's figures show. The association "
    "expects a recovery in sales in the second half should interest rates ease.",
    errors=[E("Bluewater Mercantile blamed", "attribution", "major", "The association attributed")],
    traps=[T("had held up well", "had remained strong"),
           T("should interest rates ease", "if interest rates ease")])

add("cider orchards", "rewrite", "consistent",
    "Orchard owners in the county of Wexcombe will be offered grants of up to 5,000 pounds each to replant "
    "traditional cider apple varieties, the county council announced on Monday. The scheme, worth 400,000 "
    "pounds in total, aims to reverse the loss of around 40 percent of the county's standing orchards since "
    "1990. Council leader Margaret Osei said priority would be given to growers who plant at least 50 trees of "
    "varieties listed on the county's heritage register, such as Hollins Bitter and Tanner's Red. "
    "Applications open on 1 March and close on 31 May. The Wexcombe Cider Makers' Guild, which represents 22 "
    "producers, said it hoped the scheme would secure local supplies of fruit for years to come.",
    "Wexcombe County Council said on Monday it will offer orchard owners grants of as much as 5,000 pounds "
    "apiece to replant traditional cider apple varieties. With a total budget of 400,000 pounds, the scheme "
    "is designed to reverse the disappearance of roughly two in five of the county's standing orchards since "
    "1990. Priority will go to growers planting 50 or more trees of varieties on the county's heritage "
    "register, such as Hollins Bitter and Tanner's Red, according to council leader Margaret Osei. The "
    "application window runs from 1 March to 31 May. The Wexcombe Cider Makers' Guild, whose membership is "
    "made up of 22 producers, said it hoped the scheme would safeguard local fruit supplies for years ahead.",
    traps=[T("as much as 5,000 pounds apiece", "up to 5,000 pounds each"),
           T("roughly two in five", "around 40 percent"),
           T("50 or more trees", "at least 50 trees"),
           T("The application window runs from 1 March to 31 May",
             "Applications open on 1 March and close on 31 May"),
           T("whose membership is made up of 22 producers", "which represents 22 producers")])

add("coin grading", "summary", "inconsistent",
    "Stellan Numismatic Services, one of the largest coin grading companies in Nordavia, has admitted that "
    "1,900 coins it certified between 2021 and 2023 were given grades that were too high, the company said on "
    "Wednesday. An internal audit found that a software fault in its imaging system had inflated the "
    "surface-quality scores of coins with certain toning patterns. Chief executive Henrik Dahl said customers "
    "would be offered free regrading, and that the company would compensate owners whose coins lost value as "
    "a result. The company estimates the total compensation at around 3.5 million kronor. Collectors' groups "
    "welcomed the admission but called for an independent review of grading standards across the industry.",
    "Nordavian grader Stellan Numismatic Services has admitted overgrading more than 2,000 coins it certified "
    "from 2021 to 2023, after an internal audit traced inflated surface-quality scores to a software fault in "
    "its imaging system. Customers will be offered free regrading, and owners whose coins lost value will be "
    "compensated at an estimated total cost of about 3.5 million kronor. Collectors' groups are calling for an "
    "independent review of grading standards across the industry. Customers will be offered free regrading.",
    errors=[E("more than 2,000 coins", "number", "major", "1,900 coins"),
            E("Customers will be offered free regrading", "repetition", "minor", None, occ=1)],
    traps=[T("from 2021 to 2023", "between 2021 and 2023")])

add("fire lookout towers", "translation", "consistent",
    "The forestry service of the Spanish province of Valdoria will reopen eleven fire lookout towers this "
    "summer that had been closed since 2012 due to budget cuts, provincial officials said on Friday. The "
    "towers will be staffed from 15 June to 30 September by 44 lookouts working in shifts, and each will be "
    "equipped with a thermal camera linked to the regional emergency centre. Provincial forestry chief Alba "
    "Serrano said human observers remained the quickest way to spot smoke in remote valleys, even with "
    "satellite monitoring. The reopening will cost 1.3 million euros this year. Last summer, 212 forest fires "
    "were recorded in the province, the highest number in a decade.",
    "Eleven fire watchtowers in the Spanish province of Valdoria, shut since 2012 because of spending cuts, "
    "are to be brought back into use by the provincial forestry service this summer, officials from the "
    "province announced on Friday. Between 15 June and 30 September, 44 lookouts will take turns manning the "
    "towers, each of which will have a thermal camera connected to the regional emergency centre. Even with "
    "satellites watching the forests, human lookouts are still the fastest way of detecting smoke in isolated "
    "valleys, said Alba Serrano, who heads forestry in the province. This year the reopening will cost "
    "1.3 million euros. The province recorded 212 forest fires last summer, more than in any other summer of "
    "the past decade.",
    traps=[T("fire watchtowers", "fire lookout towers"),
           T("because of spending cuts", "due to budget cuts"),
           T("take turns manning", "working in shifts"),
           T("who heads forestry in the province", "Provincial forestry chief"),
           T("more than in any other summer of the past decade", "the highest number in a decade")])

add("dog grooming salons", "rewrite", "consistent",
    "The city of Branmouth will require dog grooming salons to hold a licence from next April, following "
    "complaints about injured animals and unhygienic premises, the city council decided on Wednesday. Under "
    "the new rules, salons must have at least one groomer with a recognised qualification, keep treatment "
    "records for two years and allow unannounced inspections. The annual licence will cost 180 pounds. "
    "Councillor Denise Harcourt, who proposed the measure, said the council had received 63 complaints about "
    "grooming businesses in the past 18 months, compared with nine in the previous three years. An estimated "
    "140 salons operate in the city. Owners who fail to obtain a licence could face fines of up to 2,000 "
    "pounds.",
    "From next April, dog grooming salons in Branmouth will need a licence, the city council decided on "
    "Wednesday in response to complaints about injured animals and dirty premises. The new rules oblige "
    "salons to have a minimum of one groomer holding a recognised qualification, to retain treatment records "
    "for 24 months and to accept inspections without notice. A licence will cost 180 pounds a year. "
    "Councillor Denise Harcourt, who put forward the measure, said the council had received 63 complaints "
    "about grooming businesses over the last year and a half, against nine in the three years before that. "
    "The city is thought to have around 140 salons. Owners who do not obtain a licence could be fined as much "
    "as 2,000 pounds.",
    traps=[T("dirty premises", "unhygienic premises"),
           T("24 months", "two years"),
           T("without notice", "unannounced"),
           T("the last year and a half", "the past 18 months"),
           T("as much as 2,000 pounds", "up to 2,000 pounds")])

add("street piano projects", "rewrite", "inconsistent",
    "Twenty upright pianos painted by local artists will be placed in streets and squares across Lenford for "
    "four weeks from 1 July, organisers of the Play Me Lenford project said on Monday. The pianos, donated by "
    "residents and restored by volunteers, will be available to anyone to play between 8am and 9pm. At the "
    "end of the project they will be given to schools and community centres. Project director Owen Pryce said "
    "last year's pilot, which featured eight pianos, had attracted an estimated 30,000 players and listeners. "
    "The project is funded by a 45,000-pound grant from the Lenford Arts Trust and by local businesses.",
    "For four weeks starting on 1 July, twenty upright pianos decorated by local artists will stand in "
    "streets and squares around Lenford, the organisers of Play Me Lenford announced on Monday. Residents "
    "donated the pianos and volunteers restored them; anyone will be free to play them from 8am to 9pm. Once "
    "the project ends, they will be auctioned to schools and community centres. Last year's pilot, with eight "
    "pianos, drew an estimated 30,000 players and listeners, project director Owen Pryce said. Funding comes "
    "from local businesses and a 45,000-pound grant from the Lenford Arts Trust.",
    errors=[E("auctioned", "event", "major", "given")],
    traps=[T("from 8am to 9pm", "between 8am and 9pm"),
           T("drew", "had attracted")])

add("ghost tours", "summary", "consistent",
    "Operators of ghost tours in the old town of Kestrel Bridge will have to stop leading groups through "
    "residential lanes after 10pm under rules approved by the town council on Tuesday. The council said it "
    "had received repeated complaints from residents about noise, blocked doorways and tour guides in costume "
    "knocking on private doors. The rules also cap group sizes at 25 people and require guides to carry a "
    "permit costing 150 pounds a year. Mayor Colin Ashworth said the town valued the tours, which attract "
    "about 60,000 visitors a year, but that residents had a right to sleep. The rules take effect on 1 May. "
    "Operators who break them risk losing their permit for up to six months.",
    "Following repeated complaints from residents, Kestrel Bridge councillors on Tuesday approved rules "
    "barring ghost tours from the old town's residential lanes after 10pm, limiting groups to 25 and "
    "requiring guides to hold a 150-pound annual permit. The rules start on 1 May; breaches can cost "
    "operators their permit for as long as six months.",
    traps=[T("Kestrel Bridge councillors", "the town council"),
           T("limiting groups to 25", "cap group sizes at 25 people"),
           T("a 150-pound annual permit", "a permit costing 150 pounds a year"),
           T("start on 1 May", "take effect on 1 May"),
           T("for as long as six months", "for up to six months")])

add("shoe repair shops", "translation", "inconsistent",
    "The city of Borgomonte in northern Italy will pay half the cost of shoe repairs for residents from "
    "1 March, in an effort to reduce waste and support the city's remaining cobblers, the municipal council "
    "announced on Wednesday. The subsidy will be capped at 40 euros per person per year and will apply only "
    "at the 14 workshops registered with the local chamber of crafts. Councillor Giulia Ferraro said the "
    "scheme might later be extended to clothing and small appliance repairs if it proves popular. The city "
    "has set aside 250,000 euros for the first year. According to the chamber of crafts, the number of "
    "cobblers in Borgomonte has fallen from 61 in 1990 to 14 today.",
    "Starting on 1 March, Borgomonte, a city in the north of Italy, will cover 50 percent of what residents "
    "pay to have their shoes repaired, the city council said on Wednesday, with the aim of cutting waste and "
    "helping the cobblers who are still in business. Each resident can receive no more than 40 euros a year, "
    "and only repairs done in the 14 workshops on the register of the local chamber of crafts will qualify. "
    "The scheme will later be extended to repairs of clothes and small household appliances if it is a "
    "success, said councillor Giulia Ferraro. A budget of 250,000 euros has been earmarked for the first "
    "year. The chamber of crafts says Borgomonte had 61 cobblers in the 1990s, compared with 14 now.",
    errors=[E("will later be extended", "modality", "major", "might later be extended"),
            E("in the 1990s", "date", "minor", "in 1990")],
    traps=[T("50 percent", "half"),
           T("no more than 40 euros a year", "capped at 40 euros per person per year")])

# ---------------------------------------------------------------- cases 21-30

add("vinyl pressing plants", "rewrite", "inconsistent",
    "Groove Forge, the vinyl pressing plant in Halden Park, has signed a three-year contract to press records "
    "for the independent label Marrow Sound, doubling its output to about 40,000 discs a month, the company "
    "said on Thursday. The plant will hire twelve additional staff and install two new automated presses, due "
    "to arrive from Germany in September. Groove Forge founder Lena Kowalczyk said waiting times for pressing "
    "had fallen from around six months in 2022 to ten weeks now, but that demand from smaller labels remained "
    "high. Marrow Sound, which was founded in 2015, releases around 80 albums a year.",
    "The Halden Park vinyl pressing plant Groove Forge said on Thursday it had agreed a three-year deal under "
    "which the independent label Marrow Sound will press records for Groove Forge, lifting the plant's output "
    "to roughly 40,000 discs a month, twice its current level. Twelve more staff will be taken on and two new "
    "automated presses installed, with the machines due from Germany in September. Founder Lena Kowalczyk "
    "said the wait for pressing had shrunk from about six months in 2022 to ten weeks today, though demand "
    "from smaller labels was still high. Founded in 2015, Marrow Sound puts out about 80 albums a year.",
    errors=[E("Marrow Sound will press records for Groove Forge", "role", "critical",
              "press records for the independent label Marrow Sound")],
    traps=[T("Twelve more staff will be taken on", "will hire twelve additional staff"),
           T("had shrunk", "had fallen")])

add("organ donation registers", "rewrite", "consistent",
    "The number of people on the national organ donor register in Arvania rose to 4.2 million last year, an "
    "increase of 310,000, the Arvanian Transplant Authority said in a report published on 9 February. The "
    "authority credited a campaign that allowed people to register when renewing their driving licence, which "
    "accounted for almost half of new sign-ups. Despite the rise, 1,140 patients were still waiting for a "
    "transplant at the end of the year, and 96 died while on the waiting list. Medical director Dr Imogen "
    "Vance said the family refusal rate, at 38 percent, remained the biggest obstacle. The authority plans to "
    "train specialist nurses to speak with bereaved families in all 27 of the country's transplant hospitals "
    "by 2026.",
    "Arvania's national organ donor register grew by 310,000 people last year to 4.2 million, according to a "
    "report released by the Arvanian Transplant Authority on 9 February. The authority put the increase down "
    "to a campaign letting people sign up while renewing their driving licence, which brought in nearly half "
    "of the new registrations. Even so, 1,140 patients were still waiting for a transplant at year's end, and "
    "96 people died while on the list. The biggest obstacle is still that families refuse consent in 38 "
    "percent of cases, said medical director Dr Imogen Vance. By 2026, the authority intends to have "
    "specialist nurses trained to talk to bereaved families in each of the country's 27 transplant hospitals.",
    traps=[T("grew by 310,000 people last year to 4.2 million",
             "rose to 4.2 million last year, an increase of 310,000"),
           T("nearly half", "almost half"),
           T("at year's end", "at the end of the year"),
           T("families refuse consent in 38 percent of cases", "the family refusal rate, at 38 percent"),
           T("each of the country's 27 transplant hospitals", "all 27 of the country's transplant hospitals")])

add("jigsaw puzzle championships", "summary", "inconsistent",
    "A team of four from the town of Oxley Vale won the National Jigsaw Puzzle Championship in Dunmere on "
    "Sunday, completing two 1,000-piece puzzles in 3 hours and 12 minutes. The team, captained by retired "
    "teacher Beryl Standish, finished 14 minutes ahead of the defending champions from Carrick Falls. A record "
    "86 teams took part in this year's event, organised by the Dunmere Puzzle Society. In the individual "
    "competition, held on Saturday, 17-year-old Tomasz Bielak set a new national record by completing a "
    "500-piece puzzle in 41 minutes. The winning team receives a trophy and a place at next year's "
    "international championship in Spain.",
    "Oxley Vale's four-member team, led by retired teacher Beryl Standish, won the National Jigsaw Puzzle "
    "Championship on Sunday, finishing two 1,000-piece puzzles in 3 hours 12 minutes, 14 minutes ahead of "
    "defending champions Dunmere. It was the team's first national title. A record 86 teams competed, and "
    "17-year-old Tomasz Bielak set a national record of 41 minutes for a 500-piece puzzle. The winners earn a "
    "place at next year's international championship in Spain.",
    errors=[E("Dunmere", "entity", "major", "Carrick Falls"),
            E("It was the team's first national title", "addition", "minor", None)],
    traps=[T("led by", "captained by")])

add("tug of war leagues", "translation", "consistent",
    "The Swiss Tug of War Federation has voted to introduce a women's national league from next season, "
    "following a rise in the number of women's teams from five to nineteen over the past four years. At its "
    "annual assembly in Brunnwil on Saturday, 41 of the 48 member clubs voted in favour. The league will have "
    "two divisions competing in the 560-kilogram weight class, with matches held on eight weekends between May "
    "and September. Federation president Urs Imhof said the decision was overdue and that the federation "
    "hoped to send a women's team to the world championships in 2027. The new league will receive 80,000 "
    "francs a year from the federation's budget.",
    "From next season there will be a national league for women, after the Swiss Tug of War Federation voted "
    "for it at its yearly assembly in Brunnwil on Saturday, where forty-one of the 48 member clubs backed the "
    "proposal. In the last four years the number of women's teams has grown from five to nineteen. Matches in "
    "the league's two divisions, both in the 560-kilogram category, will take place on eight weekends from May "
    "to September. The decision had been a long time coming, said Urs Imhof, the federation's president, "
    "adding that the federation hoped to enter a women's team in the 2027 world championships. The league "
    "will be given 80,000 francs annually out of the federation's budget.",
    traps=[T("forty-one of the 48 member clubs backed the proposal", "41 of the 48 member clubs voted in favour"),
           T("yearly assembly", "annual assembly"),
           T("had been a long time coming", "was overdue"),
           T("enter a women's team in the 2027 world championships",
             "send a women's team to the world championships in 2027"),
           T("80,000 francs annually", "80,000 francs a year")])

add("cathedral stonemasons", "rewrite", "consistent",
    "Stonemasons at St. Wilfrid's Cathedral in Ambleton have begun replacing 230 weathered blocks on the "
    "building's north tower in a project expected to take three years, the cathedral chapter said on Monday. "
    "The work, costing 2.4 million pounds, is being paid for by a public appeal and a grant from the Heritage "
    "Fabric Trust. Master mason Gareth Llewellyn said each new block was being carved by hand from limestone "
    "quarried in the same valley as the original stone in the 14th century. Scaffolding will cover the tower "
    "until the work is finished, but the cathedral will remain open to visitors throughout. The chapter said "
    "the bells in the tower would not be rung during the project.",
    "Stonemasons have started to replace 230 weathered blocks on the north tower of Ambleton's St. Wilfrid's "
    "Cathedral, a project the cathedral chapter said on Monday was likely to last three years. The 2.4 "
    "million pounds it will cost is being met by a public appeal together with a grant from the Heritage "
    "Fabric Trust. Every replacement block is hand-carved from limestone quarried in the valley that supplied "
    "the original stone in the 14th century, according to master mason Gareth Llewellyn. The tower will stay "
    "under scaffolding until the job is complete, although visitors will be able to enter the cathedral the "
    "whole time. The tower's bells will stay silent while the work goes on, the chapter said.",
    traps=[T("was likely to last three years", "expected to take three years"),
           T("hand-carved", "carved by hand"),
           T("in the valley that supplied the original stone", "in the same valley as the original stone"),
           T("visitors will be able to enter the cathedral the whole time",
             "the cathedral will remain open to visitors throughout"),
           T("will stay silent", "would not be rung")])

add("icebreaker ships", "rewrite", "inconsistent",
    "The Baltic port of Kaarnas will keep its two icebreakers in service for another winter after the "
    "government postponed plans to replace them, the port authority said on Friday. The ships, the Sarvi and "
    "the Ilves, were built in 1979 and 1982 and had been due to be retired this year. A tender for a new "
    "icebreaker, expected to cost about 120 million euros, was suspended in March because none of the three "
    "bids met the technical requirements. Port director Kalle Aaltonen said the older vessels had passed their "
    "safety inspections and were not expected to need major repairs this winter, although maintenance costs "
    "had risen by 40 percent since 2020. A new tender is planned for next year.",
    "Kaarnas, a Baltic port, will operate its two icebreakers for one more winter because the government has "
    "put off plans to replace them, the port authority announced on Friday. The Sarvi and the Ilves, built in "
    "1979 and 1982 respectively, had been scheduled for retirement this year. A tender for a replacement "
    "icebreaker, estimated at around 120 million euros, was halted in March after none of the three bids "
    "satisfied the technical requirements. According to port director Kalle Aaltonen, the two vessels have "
    "passed their safety inspections but are expected to need major repairs this winter, with maintenance "
    "costs up 40 percent since 2020. A fresh tender is planned for next year.",
    errors=[E("are expected to need major repairs this winter", "polarity", "critical",
              "were not expected to need major repairs this winter")],
    traps=[T("estimated at around 120 million euros", "expected to cost about 120 million euros"),
           T("had been scheduled for retirement", "had been due to be retired")])

add("oyster reefs", "summary", "consistent",
    "Conservationists have laid 1,800 tonnes of recycled shell and limestone on the seabed of Merrow Sound to "
    "rebuild a native oyster reef lost to overfishing more than a century ago, the Merrow Sound Marine Trust "
    "said on Tuesday. Around 2.5 million juvenile oysters raised in a hatchery on the shore will be placed on "
    "the new reef over the next two years. Trust scientist Dr Hannah Lowry said surveys would be carried out "
    "every six months to measure survival rates, and that a healthy reef could filter the equivalent of the "
    "sound's entire volume of water in about a month. The 3.1-million-pound project is funded by a water "
    "company and the national lottery. Fishing on the reef will be banned.",
    "Conservationists have put down 1,800 tonnes of recycled shell and limestone in Merrow Sound to restore a "
    "native oyster reef wiped out by overfishing over 100 years ago, and some 2.5 million hatchery-raised "
    "juvenile oysters will be added during the next two years. Survival will be surveyed twice a year, and "
    "fishing on the reef, part of a 3.1-million-pound project, will be prohibited.",
    traps=[T("put down", "laid"),
           T("over 100 years ago", "more than a century ago"),
           T("some 2.5 million", "Around 2.5 million"),
           T("twice a year", "every six months"),
           T("will be prohibited", "will be banned")])

add("miniature railways", "translation", "inconsistent",
    "The miniature railway in the spa park of Bad Lindenau, which has carried passengers since 1956, will "
    "close at the end of the season unless a new operator is found, the town council said on Monday. The "
    "volunteer association that has run the 5-inch-gauge line for the last 30 years said it could no longer "
    "find enough drivers, as most of its 12 active members are over 70. Mayor Petra Kühn said the town was "
    "prepared to pay for repairs to the 1.2-kilometre track if another group took over. The railway carries "
    "about 25,000 passengers a year and charges 2 euros per ride. Two clubs from neighbouring towns have "
    "expressed interest.",
    "The council of Bad Lindenau announced on Monday that the miniature railway in the town's spa park, in "
    "operation since 1956, will shut down when the season ends. The association of volunteers that has "
    "operated the 5-inch-gauge railway for three decades says it is no longer able to find enough drivers, "
    "since most of its twelve active members are older than 70. The town is ready to cover the cost of "
    "repairing the 1.2-km track should another group take over, said mayor Petra Kühn. Around 25,000 "
    "passengers ride the railway each year, paying 2 euros a trip. Two firms from nearby towns have shown "
    "interest.",
    errors=[O("will shut down when the season ends", "unless a new operator is found", "critical"),
            E("firms", "entity", "minor", "clubs")],
    traps=[T("three decades", "the last 30 years"),
           T("older than 70", "over 70")])

add("sundial restoration", "rewrite", "inconsistent",
    "A 17th-century sundial on the south wall of Harrowgate Town Hall has been returned to its original "
    "position after an eight-month restoration, the town's civic society said on Thursday. The slate dial, "
    "dated 1683, had been removed in March last year after conservators found that its iron gnomon was "
    "rusting and had cracked the surrounding stone. Conservator Alan Whitfield replaced the gnomon with a "
    "bronze copy and restored the painted Roman numerals using lead-free paint. The work cost 18,500 pounds, "
    "most of it raised by the civic society through public donations. A plaque explaining how to read the "
    "dial will be unveiled on 21 June, the summer solstice.",
    "After eight months of restoration, a 17th-century sundial has been put back in its original place on the "
    "south wall of Harrowgate Town Hall, the town's civic society announced on Thursday. The slate dial, which "
    "bears the date 1683, was taken down in March this year when conservators discovered that its iron gnomon "
    "was rusting and had cracked the stone around it. Conservator Alan Whitfield swapped the gnomon for a "
    "bronze copy and repainted the Roman numerals with lead-free paint. Most of the 18,500-pound cost was "
    "covered by public donations collected by the civic society. On 21 June, the summer solstice, a plaque "
    "explaining how to read the dial will be unveiled.",
    errors=[E("in March this year", "date", "major", "in March last year")],
    traps=[T("swapped the gnomon for a bronze copy", "replaced the gnomon with a bronze copy"),
           T("Most of the 18,500-pound cost was covered by public donations collected by the civic society",
             "most of it raised by the civic society through public donations")])

add("mural painting", "rewrite", "consistent",
    "A 40-metre mural celebrating the history of the Dockside district's rope-making industry was unveiled on "
    "Saturday on the side of the former Calder Mill, the Dockside Community Partnership said. The artwork was "
    "painted over six weeks by artist Rosa Delgado and 35 local volunteers, including pupils from two primary "
    "schools. It depicts workers at the mill, which closed in 1968 after more than a century of production. "
    "The project cost 28,000 pounds and was funded by the city council and a housing association. Delgado "
    "said she had interviewed eleven former mill workers, now in their eighties and nineties, to make sure the "
    "scenes were accurate. The partnership plans two more murals in the district by 2026.",
    "According to the Dockside Community Partnership, a 40-metre mural celebrating the history of rope-making "
    "in the Dockside district was unveiled on Saturday on the side of the old Calder Mill. Artist Rosa Delgado "
    "spent six weeks painting it together with 35 local volunteers, among them pupils from two primary "
    "schools. The mural shows workers at the mill, which shut in 1968 after over a hundred years of "
    "production. Funded by the city council and a housing association, the project cost 28,000 pounds. To get "
    "the scenes right, Delgado said, she interviewed eleven former mill workers who are now aged between 80 "
    "and 99. The partnership intends to create two further murals in the district by 2026.",
    traps=[T("the old Calder Mill", "the former Calder Mill"),
           T("shut in 1968", "closed in 1968"),
           T("over a hundred years", "more than a century"),
           T("aged between 80 and 99", "in their eighties and nineties"),
           T("two further murals", "two more murals")])

# ---------------------------------------------------------------- cases 31-40

add("coracle racing", "summary", "inconsistent",
    "Dylan Pritchard of the Afon Teifel Coracle Club beat eight-time champion Gwen Morys to win the annual "
    "Cilgarth coracle race on Sunday, ending her six-year winning streak. Pritchard, 24, who was taught to "
    "paddle by Morys as a teenager, completed the 800-metre river course in 6 minutes 41 seconds, four seconds "
    "ahead of her. Race organiser Huw Bevan said 38 paddlers had entered, the most since the race began in "
    "1952, and that about 3,000 spectators lined the riverbank. Morys said she had been slowed by a strong "
    "headwind on the final bend and would return next year. The race is part of the Cilgarth summer festival, "
    "which raises money for the local lifeboat station.",
    "Dylan Pritchard, 24, won Sunday's Cilgarth coracle race in 6 minutes 41 seconds, four seconds ahead of "
    "eight-time champion Gwen Morys, who learned to paddle from him as a teenager, ending her six-year winning "
    "streak. A record 38 paddlers entered. Organisers said Morys had been slowed by a strong headwind on the "
    "final bend.",
    errors=[E("Gwen Morys, who learned to paddle from him", "role", "major", "who was taught to paddle by Morys"),
            E("Organisers said", "attribution", "major", "Morys said")],
    traps=[T("A record 38 paddlers entered", "38 paddlers had entered, the most since the race began in 1952")])

add("kelp harvesting", "translation", "consistent",
    "Norway's Coastal Resources Agency has approved a five-year trial allowing mechanical kelp harvesting off "
    "the island of Sørholm, but only in three designated zones covering 14 square kilometres. Each zone may be "
    "harvested no more than once every five years, to give the kelp forest time to regrow. The trial was "
    "requested by the seaweed processor Tangvik AS, which plans to use the kelp to make alginate for the food "
    "and pharmaceutical industries. Local fishermen had opposed the plan, arguing that kelp forests are "
    "important nursery grounds for cod. The agency said it would monitor fish stocks in the zones each year "
    "and could halt the trial if significant harm was found.",
    "Mechanical harvesting of kelp off the island of Sørholm will be permitted for a five-year trial period, "
    "Norway's Coastal Resources Agency has decided, though only within three designated zones with a total "
    "area of 14 square kilometres. No zone may be harvested more often than once in five years, so that the "
    "kelp forest can grow back. The seaweed processing company Tangvik AS applied for the trial; it intends to "
    "produce alginate from the kelp for the food and pharmaceutical sectors. Local fishermen were against the "
    "plan, saying kelp forests serve as important nursery areas for cod. The agency said fish stocks in the "
    "zones would be monitored annually and that it might stop the trial if it found significant damage.",
    traps=[T("with a total area of 14 square kilometres", "covering 14 square kilometres"),
           T("No zone may be harvested more often than once in five years",
             "Each zone may be harvested no more than once every five years"),
           T("were against the plan", "had opposed the plan"),
           T("annually", "each year"),
           T("might stop the trial", "could halt the trial")])

add("calligraphy schools", "rewrite", "consistent",
    "The Hollis School of Calligraphy, one of the oldest lettering schools in the country, will move from its "
    "cramped premises on Fenwick Street to a converted print works in the Quayside district next January, the "
    "school's trustees announced on Wednesday. The new building will provide four studios instead of two, "
    "allowing the school to increase enrolment from about 300 to 500 students a year. The move, costing "
    "1.6 million pounds, has been funded largely by a bequest from the late illustrator Margaret Fane, a "
    "former student. Principal Tomas Eriksen said the school would also launch evening classes for beginners "
    "and a two-year diploma course. The school was founded in 1931.",
    "Next January, the Hollis School of Calligraphy, founded in 1931 and among the country's oldest lettering "
    "schools, will leave its cramped Fenwick Street premises for a converted print works in the Quayside "
    "district, its trustees said on Wednesday. With four studios rather than two, the new building will let "
    "the school take in 500 students a year, up from around 300. Most of the 1.6-million-pound cost of the "
    "move has been met by a bequest from the late illustrator Margaret Fane, who once studied at the school. "
    "Evening classes for beginners and a two-year diploma course will also be introduced, according to "
    "principal Tomas Eriksen.",
    traps=[T("among the country's oldest lettering schools", "one of the oldest lettering schools in the country"),
           T("four studios rather than two", "four studios instead of two"),
           T("up from around 300", "from about 300"),
           T("Most of the 1.6-million-pound cost of the move has been met by",
             "has been funded largely by"),
           T("who once studied at the school", "a former student")])

add("stamp auctions", "rewrite", "inconsistent",
    "A rare 1861 'Blue Heron' stamp from the former colony of Port Adair sold for 395,000 pounds at an auction "
    "in Lindell on Saturday, more than three times its lower estimate of 120,000 pounds, auction house "
    "Harrow & Pike said. The stamp, one of only four known unused examples, was bought by a private collector "
    "bidding by telephone. It had been consigned by the estate of a collector who acquired it in 1974. "
    "Specialist Miriam Cole said the result was a record for a stamp from the colony. The sale of 612 lots "
    "raised a total of 1.9 million pounds, with 91 percent of lots finding buyers.",
    "Auction house Harrow & Pike said a rare 1861 'Blue Heron' stamp from the former colony of Port Adair "
    "fetched 395,000 pounds at a sale in Lindell on Saturday, over three times the low estimate of 120,000 "
    "pounds. A private collector bidding by phone bought the stamp, which is one of just four unused examples "
    "known to exist. It was consigned by the estate of a collector who had owned it since 1974. According to "
    "specialist Miriam Cole, the price was a record for a stamp from the colony. The 612-lot sale raised "
    "1.9 million pounds in total, with all but 9 of the lots finding buyers.",
    errors=[E("all but 9 of the lots", "number", "major", "91 percent of lots")],
    traps=[T("one of just four unused examples known to exist", "one of only four known unused examples"),
           T("had owned it since 1974", "acquired it in 1974")])

add("sled dog racing", "summary", "consistent",
    "Musher Ingrid Solberg and her team of 12 dogs won the 400-kilometre Fjellvidda Sled Dog Race on "
    "Wednesday, crossing the finish line in Tromvik after 2 days, 6 hours and 15 minutes. Solberg, 31, "
    "finished about 50 minutes ahead of last year's winner, Arne Haugland, who was slowed by a sick dog that "
    "had to be left at a checkpoint. Race organisers said 27 teams started the race and 21 finished, with "
    "heavy snow forcing a six-hour delay at the start. Veterinarians examined every dog at each of the nine "
    "checkpoints. Solberg receives 150,000 kroner in prize money.",
    "Ingrid Solberg, 31, and her 12 dogs won the 400-km Fjellvidda Sled Dog Race, reaching Tromvik on "
    "Wednesday after 54 hours and 15 minutes, roughly 50 minutes ahead of defending champion Arne Haugland, "
    "who had to leave a sick dog at a checkpoint. Only 21 of the 27 starters finished. Solberg wins 150,000 "
    "kroner.",
    traps=[T("400-km", "400-kilometre"),
           T("54 hours and 15 minutes", "2 days, 6 hours and 15 minutes"),
           T("roughly 50 minutes", "about 50 minutes"),
           T("defending champion", "last year's winner"),
           T("Only 21 of the 27 starters finished", "27 teams started the race and 21 finished")])

add("luthiers", "translation", "inconsistent",
    "The violin-making school in Castelverde, Italy, will accept foreign students for the first time next "
    "autumn, the school's board said on Monday. Until now, places on the four-year course were reserved for "
    "residents of the Valdorna region. The school will admit 12 international students a year alongside 30 "
    "Italian students, and lessons will continue to be taught only in Italian. Director Marco Bellandi said "
    "the change was intended to address a shortage of apprentices, as many of the town's 60 workshops had no "
    "one to take over when their owners retired. Tuition will remain free for all students, funded by the "
    "regional government.",
    "Next autumn, for the first time, the violin-making school of Castelverde in Italy will open its doors to "
    "students from abroad, its board announced on Monday. Until now only people living in the Valdorna region "
    "could take a place on the school's four-year course. Each year 12 foreign students will be admitted "
    "together with 30 from Italy, and lessons will no longer be given only in Italian. According to director "
    "Marco Bellandi, the aim is to tackle a lack of apprentices, since many of the 60 workshops in the town "
    "have had nobody to take them over when their owners retired. Courses will stay free of charge for every "
    "student, with the regional government paying.",
    errors=[E("will no longer be given only in Italian", "polarity", "major",
              "will continue to be taught only in Italian")],
    traps=[T("open its doors to students from abroad", "accept foreign students"),
           T("stay free of charge", "remain free")])

add("manuscript digitisation", "rewrite", "inconsistent",
    "The Ravensholm Cathedral Library has completed the digitisation of its collection of 1,350 medieval "
    "manuscripts, making high-resolution images of every page freely available online, the library said on "
    "Tuesday. The four-year project, funded by a 2.1-million-euro grant from the Aldous Foundation, produced "
    "more than 410,000 images. Librarian Dr Sigrid Moen said the most fragile volumes, including a "
    "9th-century gospel book, had been photographed using a special cradle that holds the book open at no "
    "more than 90 degrees. Researchers in 48 countries have already consulted the online collection during a "
    "test phase. The original manuscripts will remain closed to the public except by appointment.",
    "The Ravensholm Cathedral Library said on Tuesday that it has completed the digitisation of its 1,350 "
    "medieval manuscripts, and high-resolution images of every page can now be viewed online free of charge. "
    "Over the four years of the project, which was paid for by a 2.1-million-euro grant from the Aldous "
    "Foundation, more than 410,000 images were taken. According to librarian Dr Sigrid Moen, the most fragile "
    "volumes, among them a 9th-century gospel book, were photographed in a special cradle that never opens a "
    "book wider than 90 degrees. Researchers in 48 countries helped to trial the online collection during a "
    "test phase. The original manuscripts will remain closed to the public except by appointment. The library "
    "has completed the digitisation of its 1,350 medieval manuscripts.",
    errors=[E("helped to trial", "event", "minor", "have already consulted"),
            E("has completed the digitisation of its 1,350 medieval manuscripts", "repetition", "minor", None,
              occ=1)],
    traps=[T("never opens a book wider than 90 degrees", "holds the book open at no more than 90 degrees")])

add("ice rink resurfacing", "rewrite", "consistent",
    "Harlan Ice Arena will replace its two diesel-powered resurfacing machines with electric models before the "
    "start of the hockey season in September, the city's sports department said on Monday. The new machines, "
    "costing 165,000 dollars each, are expected to cut the arena's carbon emissions by about 30 tonnes a year "
    "and improve air quality inside the rink. Facility manager Corinne Blake said tests last winter had "
    "recorded carbon monoxide levels above recommended limits on several busy weekends, although none exceeded "
    "legal thresholds. The old machines, bought in 2004, will be sold at auction. The arena resurfaces its ice "
    "up to 14 times a day during tournaments.",
    "Before the hockey season opens in September, Harlan Ice Arena's two diesel resurfacing machines will be "
    "replaced by electric ones, the city's sports department announced on Monday. At 165,000 dollars apiece, "
    "the new machines should reduce the arena's carbon emissions by roughly 30 tonnes annually and make the "
    "air inside the rink cleaner. Facility manager Corinne Blake said that during tests last winter, carbon "
    "monoxide readings had gone above recommended limits on several busy weekends, though none went beyond "
    "the legal thresholds. The old machines, which were purchased in 2004, will be auctioned. During "
    "tournaments the ice is resurfaced as many as 14 times a day.",
    traps=[T("At 165,000 dollars apiece", "costing 165,000 dollars each"),
           T("should reduce", "are expected to cut"),
           T("roughly 30 tonnes annually", "about 30 tonnes a year"),
           T("will be auctioned", "will be sold at auction"),
           T("as many as 14 times a day", "up to 14 times a day")])

add("hearing dog training", "summary", "inconsistent",
    "The charity Paws for Sound plans to double the number of hearing dogs it trains each year to 120 by "
    "2028, after receiving a 3-million-pound donation from the Whitlow Family Trust, the charity said on "
    "Thursday. Hearing dogs are trained to alert deaf people to sounds such as doorbells, alarms and a baby "
    "crying. Chief executive Sarah Okafor said the waiting list had grown to 430 people, and that some "
    "applicants waited more than three years for a dog. The charity may also open a second training centre in "
    "the north of the country, though a site has not yet been chosen. Each dog costs about 40,000 pounds to "
    "breed, train and support throughout its working life.",
    "Paws for Sound plans to double the number of hearing dogs it trains each year to 120 by 2028, helped by a "
    "3-million-pound donation from the Whitlow Family Trust. Its waiting list has reached 430 people, some of "
    "whom wait more than three years for a dog. The charity will also open a second training centre in the "
    "north, though no site has been chosen yet.",
    errors=[E("will also open", "modality", "major", "may also open")],
    traps=[T("has reached 430 people", "had grown to 430 people")])

add("snowplough fleets", "translation", "consistent",
    "The municipality of Norrvik in northern Sweden will add nine snowploughs to its fleet this winter after "
    "residents complained that side streets were left uncleared for days after heavy snowfall last January. "
    "The new vehicles, leased for three years at a total cost of 7.2 million kronor, will bring the fleet to "
    "31. Streets department head Lars Enqvist said the goal was to clear all residential streets within 24 "
    "hours of a snowfall of more than ten centimetres. Main roads and bus routes will continue to be cleared "
    "first. The municipality will also introduce an online map showing in real time which streets have been "
    "ploughed.",
    "Nine more snowploughs will join the fleet of Norrvik, a municipality in the north of Sweden, this winter, "
    "following complaints from residents that after last January's heavy snow, side streets had gone "
    "uncleared for days. Leased for a period of three years for 7.2 million kronor in all, the additional "
    "vehicles will take the number of ploughs to 31. According to Lars Enqvist, who heads the streets "
    "department, the aim is for every residential street to be cleared no later than one day after more than "
    "ten centimetres of snow has fallen. Priority will still be given to main roads and bus routes. An online "
    "map will also be launched by the municipality, showing live which streets have been cleared of snow.",
    traps=[T("7.2 million kronor in all", "a total cost of 7.2 million kronor"),
           T("who heads the streets department", "Streets department head"),
           T("no later than one day after", "within 24 hours of"),
           T("Priority will still be given to main roads and bus routes",
             "Main roads and bus routes will continue to be cleared first"),
           T("showing live", "showing in real time")])

# ---------------------------------------------------------------- build & validate

def find_nth(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def cuts_word(s, start, end):
    if start > 0 and start < len(s) and s[start - 1].isalnum() and s[start].isalnum():
        return True
    if 0 < end < len(s) and s[end - 1].isalnum() and s[end].isalnum():
        return True
    return False


def words(s):
    return len(s.split())


def build():
    problems = []
    records = []

    def bad(cid, msg):
        problems.append("%s: %s" % (cid, msg))

    seen_domains = set()
    for i, c in enumerate(CASES, 1):
        cid = "s%d-%03d" % (SET_NO, i)
        ref, cand = c["reference"], c["candidate"]
        if c["domain"] not in DOMAINS:
            bad(cid, "domain not in list: %r" % c["domain"])
        if c["domain"] in seen_domains:
            bad(cid, "domain repeated")
        seen_domains.add(c["domain"])
        if c["mode"] not in ("rewrite", "summary", "translation"):
            bad(cid, "bad mode")
        if c["label"] not in ("consistent", "inconsistent"):
            bad(cid, "bad label")
        if not 70 <= words(ref) <= 190:
            bad(cid, "reference has %d words" % words(ref))
        if c["mode"] == "summary" and not (words(cand) < words(ref) and len(cand) < len(ref)):
            bad(cid, "summary not shorter than reference")
        if '"' in ref + cand or "  " in ref + cand:
            bad(cid, "stray double quote or double space")
        spans = []  # (start, end, what)
        errors = []
        for e in c["errors"]:
            if e["type"] not in ERROR_TYPES:
                bad(cid, "bad error type %r" % e["type"])
            if e["severity"] not in SEVERITIES:
                bad(cid, "bad severity %r" % e["severity"])
            if e["kind"] == "omission":
                if c["mode"] == "summary":
                    bad(cid, "omission in summary")
                p = find_nth(cand, e["after"], e["occ"])
                if p < 0:
                    bad(cid, "omission anchor not found: %r" % e["after"])
                    continue
                start = end = p + len(e["after"])
                text = ""
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad(cid, "omission ref_text not in reference: %r" % e["ref_text"])
                if e["ref_text"] and e["ref_text"].lower() in cand.lower():
                    bad(cid, "omitted words present in candidate: %r" % e["ref_text"])
            else:
                text = e["text"]
                start = find_nth(cand, text, e["occ"])
                if start < 0:
                    bad(cid, "error text not found: %r" % text)
                    continue
                end = start + len(text)
                if e["type"] in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        bad(cid, "%s must have ref_text null" % e["type"])
                else:
                    if not e["ref_text"] or e["ref_text"] not in ref:
                        bad(cid, "error ref_text not in reference: %r" % e["ref_text"])
                    if e["ref_text"] == text:
                        bad(cid, "error text identical to ref_text: %r" % text)
                if e["type"] == "repetition" and text not in cand[:start]:
                    bad(cid, "repetition has no earlier copy: %r" % text)
                if cuts_word(cand, start, end):
                    bad(cid, "error span cuts a word: %r" % text)
                if text != text.strip() or not text:
                    bad(cid, "error span has edge whitespace: %r" % text)
            assert cand[start:end] == text
            spans.append((start, end, "error " + e["type"]))
            errors.append({"start": start, "end": end, "text": text, "type": e["type"],
                           "severity": e["severity"], "ref_text": e["ref_text"]})
        traps = []
        for t in c["traps"]:
            start = find_nth(cand, t["text"], t["occ"])
            if start < 0:
                bad(cid, "trap text not found: %r" % t["text"])
                continue
            end = start + len(t["text"])
            if t["ref_text"] not in ref:
                bad(cid, "trap ref_text not in reference: %r" % t["ref_text"])
            if t["ref_text"] == t["text"]:
                bad(cid, "trap identical to reference wording: %r" % t["text"])
            if cuts_word(cand, start, end):
                bad(cid, "trap span cuts a word: %r" % t["text"])
            spans.append((start, end, "trap"))
            traps.append({"start": start, "end": end, "text": t["text"], "ref_text": t["ref_text"]})
        # overlaps (an omission point may not fall strictly inside another span)
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if a[0] == a[1] or b[0] == b[1]:
                pt, other = (a, b) if a[0] == a[1] else (b, a)
                if other[0] < pt[0] < other[1]:
                    bad(cid, "omission point inside %s" % other[2])
            elif b[0] < a[1]:
                bad(cid, "overlapping spans %r and %r" % (a, b))
        if c["label"] == "consistent":
            if errors:
                bad(cid, "consistent pair carries errors")
            if not 3 <= len(traps) <= 5:
                bad(cid, "consistent pair has %d traps" % len(traps))
        else:
            if not errors:
                bad(cid, "inconsistent pair without errors")
            if len(traps) > 3:
                bad(cid, "inconsistent pair has %d traps" % len(traps))
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": cid, "domain": c["domain"], "mode": c["mode"], "reference": ref,
                        "candidate": cand, "label": c["label"], "errors": errors, "traps": traps})

    # set-level composition
    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    if seen_domains != set(DOMAINS):
        problems.append("domains not covered: %r" % sorted(set(DOMAINS) - seen_domains))
    ml = Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(ml) != want:
        problems.append("mode/label mix wrong: %r" % dict(ml))
    et = Counter(e["type"] for r in records for e in r["errors"])
    if sum(et.values()) != 30:
        problems.append("expected 30 errors, got %d" % sum(et.values()))
    for t in ERROR_TYPES:
        if et[t] < 2:
            problems.append("error type %s has only %d" % (t, et[t]))
    per_pair = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    if sum(v for k, v in per_pair.items() if k in (1, 2)) < 15:
        problems.append("too few inconsistent pairs with 1-2 errors: %r" % dict(per_pair))
    return records, problems


def main():
    records, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM", p)
        sys.exit(1)
    modes = Counter(r["mode"] for r in records)
    labels = Counter(r["label"] for r in records)
    types = Counter(e["type"] for r in records for e in r["errors"])
    print("pairs:", len(records), dict(modes), dict(labels))
    print("errors:", sum(types.values()), dict(types))
    print("traps:", sum(len(r["traps"]) for r in records))
    if "--check" in sys.argv[1:]:
        print("check only: nothing written")
        return
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT_PATH)


if __name__ == "__main__":
    main()
