#!/usr/bin/env python3
"""Held-out evaluation set 18 for the fact-comparison tool.

How it was made
---------------
Every pair was hand-written by a helper session that saw no code or data of the
project and no existing benchmark; it worked only from a written brief.  All
people, companies, organisations, places and figures are invented (real
countries appear only as background).  Character offsets are never typed by
hand: the script finds every quoted span by string search (with an occurrence
index where a text repeats), validates everything and writes set18.jsonl next
to this file.  `python3 make_set18.py --check` validates only and writes nothing.

Composition
-----------
* 40 pairs, each from a different domain (whale watching ... boxing).
* Modes: 20 rewrites, 10 summaries, 10 translations; half of each mode is
  consistent, so 20 consistent and 20 inconsistent pairs overall.
* 30 errors over the eleven types: entity 3, number 4, date 3, role 3,
  polarity 3, modality 3, attribution 3, event 2, omission 2 (one rewrite, one
  translation), addition 2, repetition 2.  Ten inconsistent pairs carry one
  error and ten carry two.
* Consistent pairs carry 3-5 traps (faithful rewordings a naive checker might
  flag); inconsistent pairs carry 0-3.
* References are 70-190 words in news / agency / corporate / official register;
  translation pairs are two independent English translations of the same
  (notionally non-English) story.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set18.jsonl")

DOMAINS = [
    "whale watching", "wheelchair sports", "wind tunnels", "window manufacturing",
    "wood pellets", "wool trade", "wrestling", "yacht racing", "youth hostels",
    "zinc mining", "abattoir inspection", "accounting standards", "acoustics",
    "adoption services", "air ambulances", "air quality monitoring", "allotments",
    "aluminium smelting", "amusement arcades", "apprenticeships", "aquariums",
    "arbitration", "archery", "art restoration", "asbestos removal",
    "auction houses for cars", "badminton", "balloon flights", "bamboo products",
    "bank branches", "baseball", "basketball", "bicycle sharing", "billboards",
    "biogas plants", "bird ringing", "boat building", "bobsleigh",
    "botanical gardens", "boxing",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]


def err(text, type_, severity, ref_text, occ=0):
    """An error span quoted from the candidate (occ = which occurrence)."""
    return {"text": text, "type": type_, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def omit(after, ref_text, severity, occ=0):
    """An omission: zero-width span placed right after the quoted candidate text."""
    return {"after": after, "type": "omission", "severity": severity,
            "ref_text": ref_text, "occ": occ}


def trap(text, ref_text, occ=0):
    """A faithful rewording in the candidate, with the reference wording."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


CASES = []

# ---------------------------------------------------------------- 1-10
CASES += [
    dict(  # 1
        domain="whale watching", mode="rewrite", label="consistent",
        reference=(
            "Harbour authorities in Port Cellan have imposed new limits on whale-watching vessels after a "
            "humpback calf was struck by a tour boat last month. From 1 June, boats will be required to stay "
            "at least 200 metres from any whale, up from 100 metres, and no more than three vessels may "
            "observe the same group at one time. Operators who breach the rules face fines of up to $15,000 "
            "and the possible suspension of their licence. Marta Oyelaran, the authority's head of marine "
            "safety, said the calf survived but was likely to carry scars for life. The Cellan Bay Tour "
            "Operators Association, which represents 14 companies, said it supported the changes but warned "
            "that some smaller firms might struggle to absorb the cost of longer trips."),
        candidate=(
            "A tour boat hit a humpback calf last month, prompting Port Cellan's harbour authorities to "
            "tighten the rules for whale-watching vessels. Starting on 1 June, boats must keep at least 200 "
            "metres away from whales, double the previous 100 metres, and a single group may be watched by "
            "a maximum of three vessels at once. Operators who break the rules could be fined as much as "
            "$15,000, and their licences may be suspended. According to Marta Oyelaran, who heads marine "
            "safety at the authority, the calf survived but will probably be scarred for life. The Cellan "
            "Bay Tour Operators Association, whose members are 14 companies, backed the changes while "
            "cautioning that some of the smaller firms might find the cost of longer trips hard to absorb."),
        errors=[],
        traps=[
            trap("A tour boat hit a humpback calf", "a humpback calf was struck by a tour boat"),
            trap("double the previous 100 metres", "up from 100 metres"),
            trap("a maximum of three vessels", "no more than three vessels"),
            trap("will probably be scarred for life", "was likely to carry scars for life"),
            trap("as much as $15,000", "up to $15,000"),
        ]),
    dict(  # 2
        domain="wheelchair sports", mode="rewrite", label="inconsistent",
        reference=(
            "The Varnholt Rollers beat the Eastmere Titans 68-61 on Saturday to win the National Wheelchair "
            "Basketball League title for the second year running. Point guard Lena Fairbrook scored 24 "
            "points, including four three-pointers, and was named most valuable player of the final. The "
            "game, played at the Corrigan Arena in front of 3,200 spectators, was the first league final to "
            "be broadcast live on national television. Rollers coach Idris Mbeki said his team had trailed "
            "by nine points at half-time and credited a switch to a zone defence for the comeback. The "
            "league announced after the match that prize money for the champions would rise from $40,000 "
            "to $65,000 next season."),
        candidate=(
            "On Saturday the Eastmere Titans defeated the Varnholt Rollers 68-61, retaining the National "
            "Wheelchair Basketball League title. Point guard Lena Fairbrook was voted most valuable player "
            "of the final after a 24-point performance that included four three-pointers. A crowd of 2,300 "
            "watched the game at the Corrigan Arena, the first league final ever shown live on national "
            "television. According to Rollers coach Idris Mbeki, his side were nine points down at "
            "half-time, and the switch to a zone defence brought about the comeback. After the match the "
            "league said the champions' prize money would increase to $65,000 next season, from $40,000."),
        errors=[
            err("Eastmere Titans defeated the Varnholt Rollers", "role", "critical",
                "Varnholt Rollers beat the Eastmere Titans"),
            err("2,300", "number", "minor", "3,200"),
        ],
        traps=[
            trap("were nine points down at half-time", "had trailed by nine points at half-time"),
            trap("would increase to $65,000 next season, from $40,000",
                 "would rise from $40,000 to $65,000 next season"),
        ]),
    dict(  # 3
        domain="wind tunnels", mode="summary", label="consistent",
        reference=(
            "The Halvorsen Institute of Aeronautics will close its low-speed wind tunnel at Brenning for 18 "
            "months from September while the facility is rebuilt, the institute said on Thursday. The 1962 "
            "tunnel, which has been used to test everything from glider wings to stadium roofs, will receive "
            "a new 4.5-megawatt fan drive and a larger test section measuring six metres by four. The "
            "upgrade is budgeted at €38 million, of which €22 million comes from the regional government and "
            "the remainder from the institute's own reserves and industrial partners. Director Pieter Valko "
            "said demand for testing had outstripped capacity for several years, with some clients waiting "
            "up to five months for a slot. During the closure, existing contracts will be transferred to a "
            "partner facility in Lindau, the institute added. The rebuilt tunnel is expected to reopen in "
            "spring 2027."),
        candidate=(
            "The Halvorsen Institute's 1962 low-speed wind tunnel at Brenning is to shut for a year and a "
            "half from September for a €38m rebuild, more than half of it paid for by the regional "
            "government. It will gain a 4.5MW fan drive and a bigger six-by-four-metre test section; the "
            "director says demand for testing has long exceeded capacity. Existing contracts will move to a "
            "partner site in Lindau meanwhile, and the tunnel is expected to reopen in spring 2027."),
        errors=[],
        traps=[
            trap("a year and a half", "18 months"),
            trap("€38m", "€38 million"),
            trap("more than half of it paid for by the regional government",
                 "€22 million comes from the regional government"),
            trap("4.5MW", "4.5-megawatt"),
            trap("has long exceeded capacity", "had outstripped capacity for several years"),
        ]),
    dict(  # 4
        domain="window manufacturing", mode="rewrite", label="inconsistent",
        reference=(
            "Glazewell Windows, one of the largest makers of uPVC frames in the north of the country, is to "
            "cut 140 jobs at its Dunmore factory, the company confirmed on Monday. The firm blamed a sharp "
            "fall in orders from housebuilders, which it said had dropped by almost a third since January. "
            "Staff were told at a meeting on Monday morning, and a 45-day consultation period will now "
            "begin. Chief executive Rosalind Achterberg said the decision was 'painful but unavoidable' and "
            "that the company would try to redeploy some of those affected to its Harlow Road site, which "
            "makes aluminium doors. Glazewell employs about 900 people across three sites. Union "
            "representative Tomasz Kerr said members were 'shocked' and would seek talks over voluntary "
            "redundancies."),
        candidate=(
            "Glazewell Windows confirmed on Monday that 140 jobs will go at its Dunmore factory. The "
            "company, among the biggest uPVC frame manufacturers in the north of the country, blamed a steep "
            "decline in orders, which it said were down by nearly a third since January. Workers learned of "
            "the cuts at a meeting on Monday morning, and a consultation lasting 45 days now begins. "
            "Describing the move as 'painful but unavoidable', chief executive Rosalind Achterberg said the "
            "firm would try to find roles for some of the affected staff at its Harlow Road site, where "
            "aluminium doors are made. Around 900 people work for Glazewell at its three sites. Tomasz Kerr, "
            "a union representative, said members were 'shocked' and would push for talks on voluntary "
            "redundancies."),
        errors=[
            omit("blamed a steep decline in orders", "from housebuilders", "major"),
        ],
        traps=[
            trap("were down by nearly a third", "had dropped by almost a third"),
            trap("a consultation lasting 45 days", "a 45-day consultation period"),
            trap("Around 900 people work for Glazewell", "Glazewell employs about 900 people"),
        ]),
    dict(  # 5
        domain="wood pellets", mode="translation", label="inconsistent",
        reference=(
            "Pellet prices in the region have climbed by 27 percent since the start of the heating season, "
            "according to figures published on Wednesday by the Association of Biofuel Producers. A tonne of "
            "bagged wood pellets now costs on average 412 euros, compared with 324 euros in October. The "
            "association's chairman, Henrik Solvang, attributed the increase mainly to a shortage of "
            "sawdust, since sawmills have reduced output because of weak demand for timber in construction. "
            "The government is considering a temporary subsidy for households that heat with pellets, but "
            "no decision has been taken yet. According to Solvang, prices could stabilise by March if "
            "sawmill production recovers. The association represents 31 producers, who together supply "
            "about 80 percent of the domestic market."),
        candidate=(
            "Wood pellet prices in the region have gone up 27% since the heating season began, the Biofuel "
            "Producers' Association said in figures released on Wednesday. On average, a tonne of bagged "
            "pellets now sells for 412 euros, against 324 euros in October. Henrik Solvang, who chairs the "
            "association, put the rise down chiefly to a lack of sawdust: sawmills have cut production "
            "because demand for construction timber is weak. The government is set to introduce a temporary "
            "subsidy for households using pellet heating, though no final decision has been made. Solvang "
            "said prices could level off by May if the sawmills' output picks up. The 31 producers in the "
            "association together account for roughly four-fifths of the domestic market."),
        errors=[
            err("is set to introduce", "modality", "major", "is considering"),
            err("by May", "date", "minor", "by March"),
        ],
        traps=[
            trap("gone up 27%", "climbed by 27 percent"),
            trap("put the rise down chiefly to a lack of sawdust",
                 "attributed the increase mainly to a shortage of sawdust"),
            trap("roughly four-fifths", "about 80 percent"),
        ]),
    dict(  # 6
        domain="wool trade", mode="rewrite", label="consistent",
        reference=(
            "Wool prices at the Kestrel Point auctions rose for a fourth consecutive week, with fine merino "
            "fleece selling at an average of 1,480 cents per kilogram on Tuesday, up 6 per cent from the "
            "previous sale. Brokers said buying was led by mills in China and Italy, which had been holding "
            "off purchases earlier in the season. About 38,000 bales were offered, of which 92 per cent found "
            "buyers. The Southern Woolgrowers' Council said the recovery was welcome but that prices remained "
            "well below the levels of three years ago, when the same grade fetched more than 2,000 cents. "
            "Council president Alun Brathwaite warned that higher shearing and freight costs meant many "
            "farmers were still operating at a loss. The next sale is scheduled for 14 May."),
        candidate=(
            "For the fourth week in a row, prices climbed at the Kestrel Point wool auctions: on Tuesday fine "
            "merino fleece averaged 1,480 cents a kilogram, 6 per cent more than at the previous sale. Mills "
            "in China and Italy, which had held back from buying earlier in the season, led the demand, "
            "according to brokers. Of roughly 38,000 bales on offer, 92 per cent were sold. While welcoming "
            "the recovery, the Southern Woolgrowers' Council said prices were still far short of where they "
            "stood three years ago, when the same grade sold for over 2,000 cents. Its president, Alun "
            "Brathwaite, cautioned that because of higher shearing and freight costs many farmers were still "
            "losing money. The next sale is due to take place on 14 May."),
        errors=[],
        traps=[
            trap("For the fourth week in a row", "for a fourth consecutive week"),
            trap("far short of where they stood three years ago", "well below the levels of three years ago"),
            trap("over 2,000 cents", "more than 2,000 cents"),
            trap("Its president", "Council president"),
            trap("were still losing money", "were still operating at a loss"),
        ]),
    dict(  # 7
        domain="wrestling", mode="summary", label="inconsistent",
        reference=(
            "The national wrestling federation has suspended heavyweight Dmitri Korvash for two years after "
            "he tested positive for a banned diuretic at the Kessler Cup in March. The federation's "
            "disciplinary panel said on Friday that it accepted Korvash had not intended to enhance his "
            "performance but ruled that he was responsible for what entered his body. Korvash, 27, a "
            "two-time national champion, had argued that the substance came from a contaminated "
            "blood-pressure medication prescribed by his doctor. His lawyer, Selin Arda, said the athlete "
            "would appeal to the sports arbitration tribunal. The suspension rules him out of the world "
            "championships in September. The federation's president, Oskar Leppänen, said the case showed "
            "that 'athletes must check every medicine, every time'."),
        candidate=(
            "Heavyweight wrestler Dmitri Korvash, a two-time national champion, has been banned for two years "
            "over a positive test for a banned diuretic at March's Kessler Cup, ruling him out of September's "
            "world championships. The disciplinary panel accepted he had not meant to boost his performance; "
            "according to his doctor, the substance came from a contaminated blood-pressure medication. His "
            "lawyer says he will appeal to the sports arbitration tribunal."),
        errors=[
            err("according to his doctor", "attribution", "major",
                "Korvash, 27, a two-time national champion, had argued"),
        ],
        traps=[
            trap("has been banned for two years", "has suspended heavyweight Dmitri Korvash for two years"),
            trap("had not meant to boost his performance", "had not intended to enhance his performance"),
        ]),
    dict(  # 8
        domain="yacht racing", mode="rewrite", label="inconsistent",
        reference=(
            "The yacht Meridian Star, skippered by Anouk Delacroix, crossed the finish line at Port Talbrook "
            "at 03:40 on Sunday to take line honours in the 620-nautical-mile Coral Sea Classic. The "
            "30-metre maxi completed the course in two days, 14 hours and 40 minutes, outside the race "
            "record set in 2019 by a margin of about six hours. Light winds in the second half of the race "
            "slowed the fleet, organisers said. The runner-up, Blue Tern, finished almost three hours later. "
            "Of the 47 yachts that started from Selwyn Harbour on Thursday, four had retired by Sunday "
            "evening, two of them with rudder damage. The overall winner on corrected handicap time will not "
            "be known until the smaller boats finish, expected on Tuesday."),
        candidate=(
            "Anouk Delacroix's Meridian Star took line honours in the 620-nautical-mile Coral Sea Classic, "
            "crossing the finish at Port Talbrook at 3.40pm on Sunday. The 30-metre maxi needed two days, 14 "
            "hours and 40 minutes to complete the course, about six hours short of the record set in 2019. "
            "Light winds in the second half of the race slowed the fleet, according to organisers. Blue Tern "
            "came second, almost three hours behind. Four of the 47 yachts that set out from Selwyn Harbour "
            "on Thursday had retired by Sunday evening, two with damaged rudders. Light winds in the second "
            "half of the race slowed the fleet, according to organisers. The overall handicap winner will "
            "only be known once the smaller boats finish, which is expected on Tuesday."),
        errors=[
            err("3.40pm", "date", "major", "03:40"),
            err("Light winds in the second half of the race slowed the fleet, according to organisers.",
                "repetition", "minor", None, occ=1),
        ],
        traps=[
            trap("about six hours short of the record set in 2019",
                 "outside the race record set in 2019 by a margin of about six hours"),
            trap("two with damaged rudders", "two of them with rudder damage"),
        ]),
    dict(  # 9
        domain="youth hostels", mode="translation", label="consistent",
        reference=(
            "The Youth Hostel Federation will close five of its 62 hostels at the end of the season, its "
            "board announced on Tuesday. The hostels concerned, all in rural areas, recorded fewer than "
            "3,000 overnight stays each last year and require renovations that the federation estimates at "
            "11 million francs in total. 'We cannot justify such an investment for houses that are empty "
            "most of the year,' said the federation's director, Beatrice Amsler. At the same time, the "
            "federation plans to open two new hostels in cities by 2026, one of them in a former barracks. "
            "Overnight stays across the network rose by 4 percent last year to 812,000, driven mainly by "
            "foreign school groups. The staff of the five hostels, 23 people in all, will be offered jobs "
            "elsewhere in the network."),
        candidate=(
            "On Tuesday the board of the Youth Hostel Federation said that five of the federation's 62 "
            "hostels would shut when the season ends. Each of the affected hostels, all located in the "
            "countryside, had under 3,000 overnight stays last year, and together they need renovation work "
            "that the federation puts at 11 million francs. Director Beatrice Amsler said: 'An investment "
            "like that cannot be justified for houses that stand empty for most of the year.' Meanwhile the "
            "federation intends to open two new hostels in cities by 2026, including one in what used to be "
            "a barracks. Network-wide, overnight stays grew 4 percent last year to 812,000, largely thanks to "
            "school groups from abroad. All 23 employees of the five hostels will be offered positions "
            "elsewhere in the network."),
        errors=[],
        traps=[
            trap("located in the countryside", "in rural areas"),
            trap("had under 3,000 overnight stays", "recorded fewer than 3,000 overnight stays"),
            trap("the federation puts at 11 million francs", "the federation estimates at 11 million francs"),
            trap("largely thanks to school groups from abroad", "driven mainly by foreign school groups"),
            trap("All 23 employees of the five hostels", "The staff of the five hostels, 23 people in all"),
        ]),
    dict(  # 10
        domain="zinc mining", mode="rewrite", label="inconsistent",
        reference=(
            "Tarrow Resources said on Wednesday that zinc output at its Kell Ridge mine fell 12 per cent in "
            "the third quarter to 41,500 tonnes, after flooding in July forced the temporary closure of the "
            "lower levels. The company said pumping had been completed and full production resumed at the "
            "start of September. It said it did not expect the disruption to affect its full-year guidance "
            "of 170,000 to 180,000 tonnes, as higher grades in the fourth quarter should make up for the "
            "shortfall. Shares in Tarrow fell 3.1 per cent in morning trading. Analysts at Brightwater "
            "Securities said the guidance looked 'ambitious' given the pace of recovery. Kell Ridge, which "
            "employs about 1,100 people, is the company's largest asset and accounted for nearly two-thirds "
            "of its revenue last year."),
        candidate=(
            "Zinc production at Tarrow Resources' Kell Ridge mine dropped 12 per cent to 41,500 tonnes in "
            "the third quarter, the company said on Wednesday, after July floods forced it to shut the lower "
            "levels temporarily. Pumping is complete and full production restarted at the beginning of "
            "September, Tarrow said, adding that it expected the disruption to affect its full-year guidance "
            "of 170,000 to 180,000 tonnes. Higher grades in the fourth quarter should make up for the "
            "shortfall, it said. Tarrow's shares were down 3.1 per cent in morning trade. Analysts at "
            "Brightwater Securities said the guidance looked 'ambitious' given the pace of the recovery. Kell "
            "Ridge, with a workforce of around 1,100, is Tarrow's biggest asset and generated almost "
            "two-thirds of last year's revenue."),
        errors=[
            err("expected the disruption to affect", "polarity", "major",
                "did not expect the disruption to affect"),
        ],
        traps=[
            trap("with a workforce of around 1,100", "which employs about 1,100 people"),
            trap("generated almost two-thirds of last year's revenue",
                 "accounted for nearly two-thirds of its revenue last year"),
        ]),
]

# ---------------------------------------------------------------- 11-20
CASES += [
    dict(  # 11
        domain="abattoir inspection", mode="rewrite", label="consistent",
        reference=(
            "Food safety inspectors found serious hygiene failings at the Morrow Vale abattoir during an "
            "unannounced visit on 9 October, according to a report published by the Food Standards "
            "Directorate on Thursday. The report says carcasses were stored in a chiller running at 9C, "
            "above the legal maximum of 7C, and that two of the plant's six stunning pens had faulty "
            "equipment. The abattoir, owned by Holt & Varga Meats, was ordered to halt slaughter for 72 hours "
            "while repairs were carried out. It has since been allowed to reopen. A follow-up inspection on "
            "30 October found the problems had been corrected, the directorate said. Holt & Varga said in a "
            "statement that it 'deeply regretted' the lapses and had retrained all 58 staff at the site."),
        candidate=(
            "An unannounced inspection of the Morrow Vale abattoir on 9 October uncovered serious hygiene "
            "failings, the Food Standards Directorate said in a report released on Thursday. Carcasses were "
            "being kept in a chiller at 9C, two degrees above the legal limit of 7C, and faulty equipment was "
            "found in a third of the plant's stunning pens, the report says. Holt & Varga Meats, which owns "
            "the abattoir, was told to stop slaughtering for three days while repairs were made, and the site "
            "has since been allowed to reopen. When inspectors returned on 30 October they found the problems "
            "had been put right, according to the directorate. In a statement, Holt & Varga said it 'deeply "
            "regretted' the lapses and had given all 58 employees at the site fresh training."),
        errors=[],
        traps=[
            trap("two degrees above the legal limit of 7C", "above the legal maximum of 7C"),
            trap("a third of the plant's stunning pens", "two of the plant's six stunning pens"),
            trap("for three days", "for 72 hours"),
            trap("had been put right", "had been corrected"),
        ]),
    dict(  # 12
        domain="accounting standards", mode="summary", label="inconsistent",
        reference=(
            "The Accounting Standards Council has delayed by one year the introduction of new rules on how "
            "companies report lease liabilities, after pressure from smaller listed firms. The standard, "
            "known as ASC 19, had been due to take effect for financial years beginning on or after "
            "1 January 2026. Companies will now have until 1 January 2027 to comply, although early adoption "
            "will be permitted. Council chair Miriam Oduya said a consultation had shown that many companies "
            "with annual revenue below $50 million lacked the systems needed to gather the data. The "
            "Institute of Corporate Auditors welcomed the delay, but the investor group Shareholder Watch "
            "said it would leave balance sheets 'less transparent for longer'. The council said it did not "
            "plan any further postponement."),
        candidate=(
            "The Accounting Standards Council has pushed the lease-reporting standard ASC 16 back by a year, "
            "to 1 January 2027, after pressure from smaller listed firms; early adoption is still allowed. "
            "The council says it plans no further postponement, and companies that miss the new deadline "
            "will face penalties. The Institute of Corporate Auditors welcomed the move, while Shareholder "
            "Watch said balance sheets would stay 'less transparent for longer'."),
        errors=[
            err("ASC 16", "entity", "major", "ASC 19"),
            err("and companies that miss the new deadline will face penalties", "addition", "major", None),
        ],
        traps=[
            trap("back by a year", "delayed by one year"),
        ]),
    dict(  # 13
        domain="acoustics", mode="rewrite", label="inconsistent",
        reference=(
            "Acoustic engineers have begun a six-week programme of measurements at the Aldersgate Concert "
            "Hall ahead of a planned refurbishment, the hall's trustees said on Monday. The 1,850-seat "
            "auditorium, opened in 1971, has long been criticised by musicians for a reverberation time of "
            "about 1.4 seconds, which is considered too short for orchestral music. The firm carrying out the "
            "study, Sondheim Lusk Acoustics, will use more than 200 microphone positions and test tones "
            "played from the stage. Its findings will inform the design of new adjustable ceiling panels "
            "intended to lengthen reverberation to around 2 seconds. Trustees expect the refurbishment to "
            "cost £27 million and hope to begin work in 2026, subject to funding. Concerts will continue as "
            "normal during the measurement period."),
        candidate=(
            "Ahead of a planned refurbishment, acoustic engineers have started six weeks of measurements at "
            "the Aldersgate Concert Hall, its trustees announced on Monday. Musicians have long complained "
            "that the 1,850-seat auditorium, which opened in 1971, has a reverberation time of roughly 1.4 "
            "seconds, regarded as too short for orchestral music. Sondheim Lusk Acoustics, the firm "
            "conducting the study, will take readings from over 200 microphone positions using test tones "
            "played from the stage. What it finds will shape the design of new adjustable ceiling panels "
            "meant to lengthen the reverberation by around 2 seconds. The trustees put the cost of the "
            "refurbishment at £27 million and, funding permitting, hope to start work in 2026. Concerts will "
            "go ahead as normal while the measurements are taken."),
        errors=[
            err("by around 2 seconds", "number", "major", "to around 2 seconds"),
        ],
        traps=[
            trap("six weeks of measurements", "a six-week programme of measurements"),
            trap("over 200 microphone positions", "more than 200 microphone positions"),
            trap("funding permitting", "subject to funding"),
        ]),
    dict(  # 14
        domain="adoption services", mode="translation", label="consistent",
        reference=(
            "The number of children adopted domestically in the province fell to 214 last year, the lowest "
            "figure since records began in 1985, the provincial Department of Family Affairs reported on "
            "Monday. In 2015 the figure was still 361. At the same time, the number of children placed in "
            "long-term foster families rose by 18 percent. Department spokeswoman Ingrid Halloran explained "
            "the trend by saying that courts were now more reluctant to end the rights of biological parents "
            "permanently. Waiting times for prospective adoptive parents have lengthened to an average of "
            "three years and four months. The department intends to merge the province's seven regional "
            "adoption offices into three by the end of next year in order to speed up procedures. The "
            "adoption association Open Doors criticised the plan, saying it would make the service more "
            "remote from families."),
        candidate=(
            "Domestic adoptions in the province dropped last year to 214, the lowest number since 1985, when "
            "records started, according to figures the provincial Family Affairs Department released on "
            "Monday. As recently as 2015, 361 children were adopted. Meanwhile, long-term placements with "
            "foster families increased by 18 percent. A spokeswoman for the department, Ingrid Halloran, "
            "put the development down to courts now being more hesitant to terminate the rights of birth "
            "parents for good. Prospective adoptive parents now wait three years and four months on average, "
            "longer than before. So that procedures move faster, the department plans to combine the seven "
            "regional adoption offices in the province into three by the end of next year. The Open Doors "
            "adoption association criticised the plan, arguing that it would distance the service from "
            "families."),
        errors=[],
        traps=[
            trap("the lowest number since 1985, when records started",
                 "the lowest figure since records began in 1985"),
            trap("As recently as 2015, 361 children were adopted", "In 2015 the figure was still 361"),
            trap("birth parents", "biological parents"),
            trap("combine the seven regional adoption offices in the province into three",
                 "merge the province's seven regional adoption offices into three"),
            trap("distance the service from families", "make the service more remote from families"),
        ]),
    dict(  # 15
        domain="air ambulances", mode="rewrite", label="consistent",
        reference=(
            "The Northfield Air Ambulance Trust will begin flying at night from its Carrow base in April, "
            "after raising £3.4 million to pay for night-vision equipment and additional crews. The charity "
            "currently operates only between 7am and 7pm, meaning patients injured after dark must be taken "
            "to hospital by road. Chief executive Dominic Rhee said the extended hours would allow the "
            "service to reach an estimated 400 more patients a year. The trust will recruit 12 paramedics and "
            "four pilots, bringing its total clinical and flight staff to 71. It receives no regular "
            "government funding and relies on donations, legacies and its network of 38 charity shops. Each "
            "mission costs on average £3,900, the trust said."),
        candidate=(
            "From April, the Northfield Air Ambulance Trust will start night flights from its Carrow base, "
            "having raised £3.4m for night-vision kit and extra crews. At present the charity flies only from "
            "7am to 7pm, so anyone hurt after dark has to be taken to hospital by road. According to chief "
            "executive Dominic Rhee, the longer hours would let the service reach an estimated 400 additional "
            "patients each year. Twelve paramedics and four pilots will be recruited, taking the trust's "
            "clinical and flight staff to 71 in total. With no regular government funding, it depends on "
            "donations, legacies and its 38 charity shops. The average cost of a mission is £3,900, the trust "
            "said."),
        errors=[],
        traps=[
            trap("£3.4m", "£3.4 million"),
            trap("At present the charity flies only from 7am to 7pm",
                 "The charity currently operates only between 7am and 7pm"),
            trap("anyone hurt after dark", "patients injured after dark"),
            trap("Twelve paramedics and four pilots will be recruited",
                 "The trust will recruit 12 paramedics and four pilots"),
            trap("The average cost of a mission is £3,900", "Each mission costs on average £3,900"),
        ]),
    dict(  # 16
        domain="air quality monitoring", mode="translation", label="inconsistent",
        reference=(
            "The city's environmental agency will install 45 additional air quality sensors by the end of "
            "the year, bringing the total network to 120 stations, the deputy mayor for the environment, "
            "Carla Benedetti, announced on Thursday. The new sensors, which measure fine particles and "
            "nitrogen dioxide, will be placed mainly near schools and hospitals. Last year the annual limit "
            "for nitrogen dioxide was exceeded at 9 of the 75 existing stations, all of them along main "
            "roads. The data will be published in real time on a public website. The project costs 2.3 "
            "million euros, 60 percent of which is financed by the European Union. Environmental groups "
            "welcomed the expansion but called for traffic restrictions in the most polluted districts."),
        candidate=(
            "By the end of the year the municipal environment agency is to put up 45 more air quality "
            "sensors, expanding the network to 120 stations in total, deputy mayor for the environment Carla "
            "Benedetti said on Thursday. The new devices, which record fine particulates and nitrogen "
            "dioxide, will go near schools and hospitals. Last year nine of the 75 stations already in place, "
            "all on main roads, registered nitrogen dioxide levels above the annual limit. Readings will be "
            "made public in real time on an open website. Of the project's cost of 2.3 million euros, "
            "two-thirds is covered by the European Union. Environmental organisations welcomed the expansion, "
            "though they demanded traffic restrictions in the districts with the worst pollution."),
        errors=[
            omit("nitrogen dioxide, will go", "mainly", "minor"),
            err("two-thirds", "number", "minor", "60 percent"),
        ],
        traps=[
            trap("nine of the 75 stations already in place", "9 of the 75 existing stations"),
            trap("the districts with the worst pollution", "the most polluted districts"),
        ]),
    dict(  # 17
        domain="allotments", mode="summary", label="consistent",
        reference=(
            "Ashby District Council has approved plans to create 60 new allotment plots on a disused playing "
            "field at Greaves Lane, in an effort to cut a waiting list that has grown to more than 400 "
            "people. Councillors voted 11 to 3 on Tuesday evening in favour of the scheme, which will cost "
            "about £180,000 and includes water supply, fencing, a car park and a shared tool shed. Half of "
            "the plots will be 'half-size', which the council says suits beginners and older residents. "
            "Annual rent will be £45 for a full plot and £25 for a half plot, with a 50 per cent discount "
            "for people on certain benefits. Opponents had argued the field should be kept for sport. Work "
            "is due to begin in January, and the first tenants could take up their plots by early summer."),
        candidate=(
            "Ashby councillors have voted 11-3 to turn a disused playing field at Greaves Lane into 60 "
            "allotment plots, at a cost of about £180,000, to cut a waiting list of over 400. Thirty of the "
            "plots will be half-size. Full plots will cost £45 a year and half plots £25, with people on "
            "certain benefits paying half. Work is set to start in January, with the first tenants possibly "
            "moving in by early summer."),
        errors=[],
        traps=[
            trap("voted 11-3", "voted 11 to 3"),
            trap("over 400", "more than 400 people"),
            trap("Thirty of the plots", "Half of the plots"),
            trap("paying half", "a 50 per cent discount"),
            trap("possibly moving in", "could take up their plots"),
        ]),
    dict(  # 18
        domain="aluminium smelting", mode="rewrite", label="inconsistent",
        reference=(
            "Norvik Aluminium will shut one of the three potlines at its Skarsvik smelter by the end of "
            "March, citing electricity costs that have nearly doubled over the past year, the company said on "
            "Tuesday. The closure will reduce the plant's annual output by about 95,000 tonnes, to roughly "
            "190,000 tonnes. Around 160 of the smelter's 820 workers will be affected, though the company "
            "said it hoped to avoid compulsory redundancies through retirements and transfers. Chief "
            "operating officer Jens Aaltonen said the line could be restarted 'within months' if power "
            "prices fell. The regional mayor, Petra Lindqvist, called the decision 'a heavy blow' and urged "
            "the national government to introduce a power-price support scheme for energy-intensive "
            "industry."),
        candidate=(
            "Citing electricity costs that have almost doubled in the past year, Norvik Aluminium said on "
            "Tuesday it would close one of the Skarsvik smelter's three potlines by the end of March. Closing "
            "the line will cut the plant's yearly output by some 95,000 tonnes to about 190,000 tonnes. About "
            "160 of the 820 people working at the smelter will be affected, although the company said it "
            "hoped retirements and transfers would allow it to avoid compulsory redundancies. The line could "
            "be restarted 'within months' if power prices fell, according to the regional mayor, Petra "
            "Lindqvist, who called the decision 'a heavy blow' and urged the national government to extend "
            "its power-price support scheme for energy-intensive industry."),
        errors=[
            err("according to the regional mayor, Petra Lindqvist", "attribution", "major",
                "Chief operating officer Jens Aaltonen said"),
            err("extend its power-price support scheme", "event", "major",
                "introduce a power-price support scheme"),
        ],
        traps=[
            trap("almost doubled in the past year", "nearly doubled over the past year"),
        ]),
    dict(  # 19
        domain="amusement arcades", mode="rewrite", label="consistent",
        reference=(
            "The seaside town of Wrenmouth is to limit the number of amusement arcades on its promenade to "
            "eight, under a planning policy adopted by the borough council on Wednesday. There are currently "
            "11 arcades on the seafront, and existing operators will not be forced to close, but no new "
            "licences will be granted until the number falls below the cap. Council leader Graham "
            "Petrossian said the aim was to encourage cafés, restaurants and family attractions to take up "
            "vacant units. The Coastal Amusements Guild, which represents arcade owners, said the policy was "
            "'unfair' and that arcades provided around 300 seasonal jobs in the town. The policy will be "
            "reviewed in three years."),
        candidate=(
            "Under a planning policy the borough council adopted on Wednesday, the seaside town of Wrenmouth "
            "will cap the number of amusement arcades on its promenade at eight. The seafront currently has "
            "11, and while none of the existing operators will have to shut, new licences will be refused "
            "until there are fewer than eight. The aim, according to council leader Graham Petrossian, is to "
            "draw cafés, restaurants and family attractions into empty units. Arcade owners' body the Coastal "
            "Amusements Guild called the policy 'unfair', saying arcades provide about 300 seasonal jobs in "
            "the town. The policy is to be reviewed three years from now."),
        errors=[],
        traps=[
            trap("none of the existing operators will have to shut",
                 "existing operators will not be forced to close"),
            trap("new licences will be refused until there are fewer than eight",
                 "no new licences will be granted until the number falls below the cap"),
            trap("Arcade owners' body the Coastal Amusements Guild",
                 "The Coastal Amusements Guild, which represents arcade owners"),
            trap("three years from now", "in three years"),
        ]),
    dict(  # 20
        domain="apprenticeships", mode="summary", label="inconsistent",
        reference=(
            "The Ministry of Labour will require companies with more than 250 employees to offer at least "
            "one apprenticeship for every 50 staff from 2027, under draft legislation published on Monday. "
            "Firms that fail to meet the quota would pay a levy of 0.4 per cent of their payroll into a "
            "national training fund. Labour Minister Farida Osei said the measure could create up to 35,000 "
            "new apprenticeship places a year. The draft bill will be open for public consultation until "
            "15 March before being submitted to parliament. The Federation of Employers said the quota was "
            "'too rigid' for sectors such as finance and software, where apprenticeship schemes are less "
            "established. Apprenticeship starts have fallen by a fifth since 2018, according to ministry "
            "figures."),
        candidate=(
            "Draft legislation would oblige companies with over 250 staff to offer at least one "
            "apprenticeship per 50 employees from 2027, or pay a levy of 0.4% of payroll into a national "
            "training fund. The labour minister says the measure will create 35,000 new apprenticeship "
            "places a year. The Federation of Employers calls the quota 'too rigid' for sectors such as "
            "finance and software. The draft is open for consultation until 15 March."),
        errors=[
            err("will create 35,000 new apprenticeship places a year", "modality", "major",
                "could create up to 35,000 new apprenticeship places a year"),
        ],
        traps=[
            trap("0.4% of payroll", "0.4 per cent of their payroll"),
        ]),
]

# ---------------------------------------------------------------- 21-30
CASES += [
    dict(  # 21
        domain="aquariums", mode="translation", label="inconsistent",
        reference=(
            "The Marine Aquarium of Sant Elm will reopen to the public on 1 July after a two-year renovation "
            "costing 19 million euros, its director, Núria Castells, announced yesterday. The centrepiece of "
            "the new aquarium is a 4.2-million-litre tank that will house sharks, rays and a group of "
            "loggerhead turtles rescued by the centre's recovery unit. The number of species on display will "
            "increase from 280 to more than 400. Castells said the aquarium expects to receive 650,000 "
            "visitors in its first year, compared with 480,000 in 2022, the last full year before the "
            "closure. Ticket prices will rise from 21 to 24 euros for adults, while children under four will "
            "continue to enter free."),
        candidate=(
            "After two years of refurbishment at a cost of 19 million euros, the Sant Elm Marine Aquarium "
            "will open its doors again on 1 July, its director Núria Castells said yesterday. The main "
            "attraction of the new aquarium is a tank holding 4.2 million litres, which will be home to "
            "sharks, rays and several green turtles rescued by the centre's recovery unit. More than 400 "
            "species will be on show, up from 280. According to Castells, the aquarium is expecting 650,000 "
            "visitors in its first year, against 480,000 in 2022, the last complete year before it closed. "
            "Adult tickets will go up from 21 to 24 euros, and admission will remain free for children "
            "under four."),
        errors=[
            err("green turtles", "entity", "minor", "loggerhead turtles"),
        ],
        traps=[
            trap("More than 400 species will be on show, up from 280",
                 "The number of species on display will increase from 280 to more than 400"),
            trap("admission will remain free for children under four",
                 "children under four will continue to enter free"),
        ]),
    dict(  # 22
        domain="arbitration", mode="rewrite", label="inconsistent",
        reference=(
            "An international arbitration tribunal has ordered the state-owned utility Corvana Energia to "
            "pay $312 million to the engineering group Haldane Breck over the cancellation of a contract to "
            "build a hydroelectric dam, Haldane Breck said on Friday. Haldane Breck had sought nearly $700 "
            "million, arguing that Corvana terminated the agreement in 2021 without valid grounds after "
            "construction had already started. The three-member tribunal, sitting in Geneva, found that the "
            "termination was unlawful but rejected most of Haldane Breck's claim for lost future profits. "
            "Corvana said it was studying the ruling and had 60 days to decide whether to seek its "
            "annulment. Haldane Breck's shares rose 8 per cent on the news."),
        candidate=(
            "Corvana Energia, the state-owned utility, is to receive $312 million from engineering group "
            "Haldane Breck after an international arbitration tribunal ruled on the cancelled contract for "
            "a hydroelectric dam, Haldane Breck said on Friday. The engineering group, which had claimed "
            "almost $700 million, argued that Corvana ended the agreement in 2021 without valid grounds, "
            "after building work had begun. Sitting in Geneva, the three-member tribunal ruled the "
            "termination unlawful but threw out most of Haldane Breck's claim for lost future profits. "
            "Corvana said it was reviewing the decision and had 60 days to decide whether to apply for it to "
            "be annulled. Shares in Haldane Breck jumped 8 per cent on the news."),
        errors=[
            err("Corvana Energia, the state-owned utility, is to receive $312 million from engineering group "
                "Haldane Breck", "role", "critical",
                "Corvana Energia to pay $312 million to the engineering group Haldane Breck"),
        ],
        traps=[
            trap("had claimed almost $700 million", "had sought nearly $700 million"),
            trap("ruled the termination unlawful", "found that the termination was unlawful"),
            trap("jumped 8 per cent", "rose 8 per cent"),
        ]),
    dict(  # 23
        domain="archery", mode="rewrite", label="consistent",
        reference=(
            "Eighteen-year-old Mei Lin Harrow won the women's recurve title at the National Archery "
            "Championships in Ostend Park on Sunday, becoming the youngest champion in the event's 64-year "
            "history. Harrow, who was seeded ninth, beat defending champion Corinne Vasquez 6-4 in a final "
            "decided by the last arrow. She scored a perfect ten with her final shot after Vasquez had hit a "
            "nine. The victory secures Harrow a place in the national team for the European Championships "
            "in June. In the men's recurve final, Tobias Ferrante retained his title, defeating Kwame Adjei "
            "7-3. Strong crosswinds disrupted the morning's qualification rounds, which were delayed by 90 "
            "minutes."),
        candidate=(
            "Mei Lin Harrow, 18, became the youngest winner in the 64-year history of the women's recurve "
            "event at the National Archery Championships when she took the title at Ostend Park on Sunday. "
            "The ninth seed beat Corinne Vasquez, the defending champion, 6-4 in a final that went down to "
            "the last arrow: after Vasquez hit a nine, Harrow responded with a perfect ten. Her win "
            "guarantees her a spot in the national team for June's European Championships. Tobias Ferrante "
            "successfully defended the men's recurve title with a 7-3 victory over Kwame Adjei. The "
            "morning's qualification rounds were disrupted by strong crosswinds and held up by an hour and a "
            "half."),
        errors=[],
        traps=[
            trap("Mei Lin Harrow, 18", "Eighteen-year-old Mei Lin Harrow"),
            trap("The ninth seed", "who was seeded ninth"),
            trap("went down to the last arrow", "decided by the last arrow"),
            trap("successfully defended the men's recurve title", "retained his title"),
            trap("held up by an hour and a half", "delayed by 90 minutes"),
        ]),
    dict(  # 24
        domain="art restoration", mode="translation", label="consistent",
        reference=(
            "Restorers at the National Gallery in the capital have completed a three-year restoration of the "
            "16th-century altarpiece 'The Adoration of the Shepherds' by the painter Matteo Ferrandi, the "
            "museum announced on Tuesday. During the work, specialists removed several layers of yellowed "
            "varnish and nineteenth-century overpainting, revealing a landscape in the background that had "
            "been hidden for more than 150 years. Infrared analysis also showed that Ferrandi had changed the "
            "position of the Virgin's hands during the painting process. The restoration cost 640,000 euros "
            "and was financed entirely by a private foundation, the Orsolini Foundation. The altarpiece, "
            "which measures almost four metres in height, will be presented to the public again from "
            "12 April in a dedicated room."),
        candidate=(
            "The National Gallery in the capital said on Tuesday that its restorers had finished a "
            "three-year project on Matteo Ferrandi's sixteenth-century altarpiece 'The Adoration of the "
            "Shepherds'. Experts took off a number of layers of discoloured varnish as well as overpainting "
            "added in the 1800s, uncovering a background landscape that had been concealed for over a "
            "century and a half. Infrared examination further revealed that Ferrandi altered the position of "
            "the Virgin's hands while he was painting. The 640,000-euro cost of the work was met in full by a "
            "private foundation, the Orsolini Foundation. From 12 April the altarpiece, which stands nearly "
            "four metres tall, will be back on public display in a room of its own."),
        errors=[],
        traps=[
            trap("overpainting added in the 1800s", "nineteenth-century overpainting"),
            trap("for over a century and a half", "for more than 150 years"),
            trap("was met in full by a private foundation", "was financed entirely by a private foundation"),
            trap("stands nearly four metres tall", "measures almost four metres in height"),
            trap("in a room of its own", "in a dedicated room"),
        ]),
    dict(  # 25
        domain="asbestos removal", mode="rewrite", label="inconsistent",
        reference=(
            "Asbestos removal at the former Calder Street school in Linford has been halted after air tests "
            "detected fibres outside the sealed work area, the city's environmental health department said "
            "on Wednesday. Officials stressed that the levels recorded were not considered dangerous to the "
            "public, but said work would not resume until the contractor, Brayfield Demolition, had reviewed "
            "its procedures. Residents living within 100 metres of the site were informed by letter on "
            "Tuesday. The department said further air monitoring would take place daily. The school closed "
            "in 2019 and the site is due to be redeveloped for 70 homes. Brayfield Demolition said it was "
            "cooperating fully and that the breach may have been caused by a damaged seal on one of the "
            "enclosure doors."),
        candidate=(
            "Work to remove asbestos from the former Calder Street school in Linford has been stopped "
            "because air tests picked up fibres beyond the sealed work zone, the city's environmental health "
            "department said on Wednesday. Officials said the fibre levels recorded were considered "
            "dangerous to the public, and work will not restart until the contractor, Brayfield Demolition, "
            "has reviewed its procedures. Letters went out on Tuesday to residents within 100 metres of the "
            "site. Further air monitoring will be carried out daily, according to the department. The school "
            "shut in 2019, and 70 homes are due to be built on the site. Brayfield said it was cooperating "
            "fully and that the breach was caused by a damaged seal on one of the enclosure doors."),
        errors=[
            err("were considered dangerous to the public", "polarity", "critical",
                "were not considered dangerous to the public"),
            err("was caused by a damaged seal", "modality", "major", "may have been caused by a damaged seal"),
        ],
        traps=[
            trap("Letters went out on Tuesday to residents within 100 metres of the site",
                 "Residents living within 100 metres of the site were informed by letter on Tuesday"),
        ]),
    dict(  # 26
        domain="auction houses for cars", mode="summary", label="consistent",
        reference=(
            "A 1958 Vessani 250 Spyder sold for €4.7 million at the Halcourt & Reyes classic car auction in "
            "Monterrán on Saturday, a record for the model, the auction house said. The car, one of only 23 "
            "built, had been estimated to fetch between €3.5 million and €4 million. It was bought by a "
            "telephone bidder whose identity was not disclosed, after a bidding contest lasting around "
            "eleven minutes. The seller was the family of the late racing driver Émile Bastide, who drove the "
            "car to a class win in the 1959 Tour de Corse. In total, the sale raised €31.2 million from 84 "
            "lots, with 91 per cent of lots sold. Halcourt & Reyes said demand for cars with a documented "
            "racing history remained 'exceptionally strong'."),
        candidate=(
            "A 1958 Vessani 250 Spyder, one of 23 made, fetched €4.7m, a record for the model, at Halcourt & "
            "Reyes' Monterrán sale on Saturday, beating its top estimate of €4m. An anonymous phone bidder "
            "bought the car, which was sold by the family of the late driver Émile Bastide, who took it to a "
            "class win in the 1959 Tour de Corse. The 84-lot auction raised €31.2m in all."),
        errors=[],
        traps=[
            trap("one of 23 made", "one of only 23 built"),
            trap("beating its top estimate of €4m", "estimated to fetch between €3.5 million and €4 million"),
            trap("An anonymous phone bidder", "a telephone bidder whose identity was not disclosed"),
            trap("€31.2m", "€31.2 million"),
        ]),
    dict(  # 27
        domain="badminton", mode="rewrite", label="inconsistent",
        reference=(
            "Top seed Priya Ramanathan was knocked out of the Harbour City Open in the second round on "
            "Thursday, losing 21-18, 17-21, 21-15 to unseeded qualifier Sofie Lindgaard. Ramanathan, the "
            "world number three, had won the title in each of the past two years. Lindgaard, 20, is ranked "
            "64th and had never before beaten a player in the top ten. The match lasted 71 minutes. In the "
            "men's draw, second seed Hiroki Tanabe advanced to the quarter-finals with a straight-games win "
            "over Luca Moretti. The tournament, which offers total prize money of $420,000, concludes on "
            "Sunday."),
        candidate=(
            "Priya Ramanathan, the top seed, went out of the Harbour City Open in the second round on "
            "Thursday, beaten 21-18, 17-21, 21-15 by Sofie Lindgaard, an unseeded qualifier. World number "
            "three Ramanathan had been champion in each of the previous two years. Lindgaard, who is 20 and "
            "ranked 64th, had never beaten a top-ten player before. The match lasted 71 minutes. Second seed "
            "Hiroki Tanabe reached the men's quarter-finals by beating Luca Moretti in straight games. The "
            "match lasted 71 minutes. The tournament, with $420,000 in total prize money, finishes on "
            "Sunday."),
        errors=[
            err("The match lasted 71 minutes.", "repetition", "minor", None, occ=1),
        ],
        traps=[
            trap("had been champion in each of the previous two years",
                 "had won the title in each of the past two years"),
            trap("had never beaten a top-ten player before", "had never before beaten a player in the top ten"),
            trap("by beating Luca Moretti in straight games", "with a straight-games win over Luca Moretti"),
        ]),
    dict(  # 28
        domain="balloon flights", mode="translation", label="inconsistent",
        reference=(
            "A hot-air balloon carrying eleven passengers made an emergency landing in a wheat field near the "
            "village of Saint-Aubin-des-Prés on Sunday morning after being caught by a sudden gust of wind, "
            "the regional prefecture said. Two passengers suffered minor injuries and were taken to hospital "
            "in Vauclerc as a precaution; both were released the same evening. The pilot, a 52-year-old man "
            "with more than 1,500 flying hours, was not injured. The operator, Ciel d'Azur Montgolfières, "
            "said the flight had taken off at 6:45 in conditions that met all safety requirements. At the "
            "prefecture's request, the civil aviation safety bureau has opened an investigation. According "
            "to the prefecture, it is the third balloon incident in the department this year."),
        candidate=(
            "On Sunday morning a hot-air balloon with eleven passengers on board was forced to make an "
            "emergency landing in a wheat field close to the village of Saint-Aubin-des-Prés after a sudden "
            "gust of wind caught it, the regional prefecture reported. Two of the passengers were slightly "
            "hurt and were taken as a precaution to hospital in Vauclerc, from which both were discharged "
            "that evening. The pilot, aged 52 and with over 1,500 hours of flying experience, escaped "
            "unhurt. According to the investigators, the balloon had taken off at 6:45 in conditions meeting "
            "all safety requirements. The prefecture has opened an inquiry at the request of the civil "
            "aviation safety bureau. This is the third balloon incident in the department this year, the "
            "prefecture said."),
        errors=[
            err("According to the investigators", "attribution", "major",
                "The operator, Ciel d'Azur Montgolfières, said"),
            err("prefecture has opened an inquiry at the request of the civil aviation safety bureau", "role",
                "major", "At the prefecture's request, the civil aviation safety bureau has opened an investigation"),
        ],
        traps=[
            trap("were slightly hurt", "suffered minor injuries"),
            trap("escaped unhurt", "was not injured"),
        ]),
    dict(  # 29
        domain="bamboo products", mode="rewrite", label="consistent",
        reference=(
            "Verdana Living, a maker of bamboo furniture and kitchenware, reported a 22 per cent rise in "
            "first-half revenue to $86 million on Tuesday, driven by strong sales of its flat-pack shelving "
            "range in Europe. Net profit rose to $7.1 million from $5.3 million a year earlier. The company "
            "said it would open a second processing plant at Sonmai Industrial Park by the end of next year, "
            "creating about 350 jobs. Chief financial officer Hannah Kowalczyk said higher shipping costs "
            "had reduced margins slightly but that the company was 'comfortably on track' to meet its "
            "full-year target of $170 million in revenue. Verdana sources all its bamboo from certified "
            "plantations and employs 1,900 people."),
        candidate=(
            "Revenue at bamboo furniture and kitchenware maker Verdana Living climbed 22 per cent to $86 "
            "million in the first half, the company said on Tuesday, helped by brisk European sales of its "
            "flat-pack shelving. Net profit increased from $5.3 million to $7.1 million year on year. Verdana "
            "said it would open a second processing plant at Sonmai Industrial Park by the end of next year, "
            "creating roughly 350 jobs. Margins were trimmed slightly by higher shipping costs, according to "
            "chief financial officer Hannah Kowalczyk, but she said the company was 'comfortably on track' "
            "for its full-year revenue target of $170 million. All of Verdana's bamboo comes from certified "
            "plantations, and the company has a workforce of 1,900."),
        errors=[],
        traps=[
            trap("brisk European sales of its flat-pack shelving",
                 "strong sales of its flat-pack shelving range in Europe"),
            trap("Net profit increased from $5.3 million to $7.1 million year on year",
                 "Net profit rose to $7.1 million from $5.3 million a year earlier"),
            trap("Margins were trimmed slightly by higher shipping costs",
                 "higher shipping costs had reduced margins slightly"),
            trap("has a workforce of 1,900", "employs 1,900 people"),
        ]),
    dict(  # 30
        domain="bank branches", mode="summary", label="inconsistent",
        reference=(
            "Fenwick Mutual Bank will close 37 of its 212 branches between March and August next year, the "
            "lender said on Thursday, citing a steady shift to mobile and online banking. The bank said "
            "visits to the affected branches had fallen by an average of 58 per cent over the past five "
            "years, and that three-quarters of its customers now used its app at least once a month. About "
            "290 staff will be affected, most of whom will be offered roles elsewhere in the network. "
            "Fenwick said every closing branch was within five miles of another branch or a post office "
            "offering basic banking services. Consumer group FairCash urged the bank to delay closures in "
            "rural areas, where it said older customers were most reliant on face-to-face services."),
        candidate=(
            "Fenwick Mutual Bank is to shut more than a quarter of its 212 branches by March next year as "
            "customers move to mobile and online banking; visits to the affected branches have dropped 58% "
            "on average in five years. Around 290 staff are affected, most of whom will be offered other "
            "roles. FairCash wants rural closures delayed, saying older customers there depend most on "
            "face-to-face services."),
        errors=[
            err("more than a quarter of its 212 branches", "number", "major", "37 of its 212 branches"),
            err("by March next year", "date", "major", "between March and August next year"),
        ],
        traps=[
            trap("have dropped 58% on average in five years",
                 "had fallen by an average of 58 per cent over the past five years"),
        ]),
]

# ---------------------------------------------------------------- 31-40
CASES += [
    dict(  # 31
        domain="baseball", mode="rewrite", label="consistent",
        reference=(
            "The Millbrook Foxes clinched the Eastern Division pennant on Friday night with a 5-2 home win "
            "over the Carver City Hawks, ending a 14-year wait for a division title. Starting pitcher Ray "
            "Okonkwo allowed two runs on four hits over seven innings and struck out nine. Centre fielder "
            "Dario Quintana broke a 2-2 tie in the sixth inning with a three-run home run, his 31st of the "
            "season. A sell-out crowd of 41,000 attended. The Foxes, who were last in the division two years "
            "ago, will open the play-offs at home on Tuesday. Manager Ellen Brock said the team would rest "
            "several regulars during the final three games of the regular season."),
        candidate=(
            "A 5-2 victory at home against the Carver City Hawks on Friday night gave the Millbrook Foxes the "
            "Eastern Division pennant, their first division title in 14 years. Ray Okonkwo, the starting "
            "pitcher, gave up two runs and four hits in seven innings, striking out nine. With the score tied "
            "at 2-2 in the sixth, centre fielder Dario Quintana hit a three-run homer, his 31st of the season. "
            "The game was a 41,000 sell-out. Two years after finishing bottom of the division, the Foxes will "
            "begin the play-offs at home on Tuesday. Several regulars will be rested for the last three games "
            "of the regular season, manager Ellen Brock said."),
        errors=[],
        traps=[
            trap("their first division title in 14 years", "ending a 14-year wait for a division title"),
            trap("gave up two runs and four hits", "allowed two runs on four hits"),
            trap("The game was a 41,000 sell-out", "A sell-out crowd of 41,000 attended"),
            trap("Two years after finishing bottom of the division", "who were last in the division two years ago"),
            trap("three-run homer", "three-run home run"),
        ]),
    dict(  # 32
        domain="basketball", mode="translation", label="consistent",
        reference=(
            "BK Lesná has signed the American point guard Marcus Dell on a two-year contract, the club "
            "announced on its website on Monday. The 27-year-old, who is 1.88 metres tall, averaged 14.6 "
            "points and 6.2 assists per game last season for the Turkish side Kartalspor. According to "
            "sporting director Pavel Holub, Dell was the team's 'number one target' for the position after "
            "the departure of captain Jiří Malina, who ended his career in May. The club did not disclose "
            "the financial terms. Lesná finished fourth in the league last season and was eliminated in the "
            "semi-finals of the play-offs. The new season starts on 28 September with an away match in "
            "Kostelec."),
        candidate=(
            "BK Lesná said on its website on Monday that it had signed American point guard Marcus Dell to a "
            "two-year deal. Last season the 27-year-old, who measures 1.88 metres, averaged 14.6 points and "
            "6.2 assists a game for Kartalspor in Turkey. Sporting director Pavel Holub said Dell had been "
            "the team's 'number one target' for the position once captain Jiří Malina retired in May. "
            "Financial details were not made public. Last season Lesná came fourth in the league and went "
            "out in the play-off semi-finals. The new season opens on 28 September with an away game in "
            "Kostelec."),
        errors=[],
        traps=[
            trap("Kartalspor in Turkey", "the Turkish side Kartalspor"),
            trap("retired in May", "ended his career in May"),
            trap("Financial details were not made public", "The club did not disclose the financial terms"),
            trap("went out in the play-off semi-finals", "was eliminated in the semi-finals of the play-offs"),
        ]),
    dict(  # 33
        domain="bicycle sharing", mode="rewrite", label="inconsistent",
        reference=(
            "The bicycle-sharing scheme in Castleford will add 600 electric bikes to its fleet by the end of "
            "June, the city's transport authority said on Monday. The scheme, operated by the private company "
            "PedalPoint, currently has 1,400 conventional bicycles at 120 docking stations. Rides on the "
            "e-bikes will cost 25 pence per minute, compared with a flat £1.50 for 30 minutes on a standard "
            "bike. Transport commissioner Olu Adeyemi said the expansion was aimed at hilly districts in the "
            "north of the city, where use of the scheme has been lowest. Members made 2.1 million journeys "
            "last year, up 15 per cent on the year before. PedalPoint's contract with the city runs until "
            "2029."),
        candidate=(
            "Castleford's bike-share scheme is getting 600 electric bicycles by the end of June, the city's "
            "transport authority announced on Monday, in what will be the biggest e-bike fleet outside the "
            "capital. Run by the private operator PedalPoint, the scheme now has 1,400 conventional bikes at "
            "120 docking stations. E-bike rides will be charged at 25p a minute, whereas a standard bike "
            "costs a flat £1.50 for 30 minutes. According to transport commissioner Olu Adeyemi, the "
            "expansion targets the hilly northern districts of the city, where the scheme is least used. "
            "Last year members made 2.1 million trips, 15 per cent more than the year before. PedalPoint's "
            "contract with the city runs to 2029."),
        errors=[
            err("in what will be the biggest e-bike fleet outside the capital", "addition", "minor", None),
        ],
        traps=[
            trap("25p a minute", "25 pence per minute"),
            trap("where the scheme is least used", "where use of the scheme has been lowest"),
            trap("15 per cent more than the year before", "up 15 per cent on the year before"),
        ]),
    dict(  # 34
        domain="billboards", mode="summary", label="consistent",
        reference=(
            "The city council of Marlow Heights has voted to ban digital billboards from all residential "
            "streets and within 200 metres of schools, with the ban taking effect on 1 January. The measure, "
            "approved by 34 votes to 12, will require 46 existing screens to be switched off or removed "
            "within two years. Advertising firms will be eligible for compensation, which the council has "
            "estimated at around $2.8 million in total. Councillor Joy Marchetti, who proposed the ban, said "
            "residents had complained about light pollution and distraction to drivers. The Outdoor Media "
            "Association said the decision would cost the city about $1.1 million a year in lost revenue "
            "from advertising leases and that it was considering a legal challenge. Digital screens in "
            "commercial districts are not affected."),
        candidate=(
            "Marlow Heights councillors have voted 34-12 to ban digital billboards on residential streets and "
            "within 200 metres of schools from 1 January, giving owners two years to switch off or remove 46 "
            "existing screens; the council puts compensation at about $2.8m. Commercial districts are "
            "exempt. The Outdoor Media Association, which says the city will lose some $1.1m a year in lease "
            "revenue, is weighing a legal challenge."),
        errors=[],
        traps=[
            trap("voted 34-12", "approved by 34 votes to 12"),
            trap("giving owners two years", "within two years"),
            trap("Commercial districts are exempt", "Digital screens in commercial districts are not affected"),
            trap("is weighing a legal challenge", "was considering a legal challenge"),
        ]),
    dict(  # 35
        domain="biogas plants", mode="rewrite", label="consistent",
        reference=(
            "Construction has started on a biogas plant at Hollin Farm near Ashcombe that will turn manure "
            "and food waste into enough gas to heat around 4,000 homes, developer GreenCycle Energy said on "
            "Wednesday. The £19 million plant will process up to 90,000 tonnes of feedstock a year, about a "
            "third of it from local dairy farms, and inject the gas directly into the regional grid. The "
            "leftover material, known as digestate, will be returned to farmers as fertiliser. The project "
            "received planning permission in 2023 after an earlier proposal was rejected over concerns about "
            "lorry traffic. GreenCycle said deliveries would be limited to weekdays between 8am and 6pm. The "
            "plant is due to begin operating in the autumn of 2026."),
        candidate=(
            "GreenCycle Energy said on Wednesday that work had begun on a biogas plant at Hollin Farm, near "
            "Ashcombe, which will convert manure and food waste into enough gas to heat some 4,000 homes. "
            "Costing £19m, the plant will handle as much as 90,000 tonnes of feedstock each year, roughly "
            "one-third of it supplied by local dairy farms, and feed the gas straight into the regional grid. "
            "Farmers will get back the leftover material, called digestate, for use as fertiliser. Planning "
            "permission was granted in 2023, after an earlier proposal had been turned down because of "
            "worries about lorry traffic. Deliveries will only be allowed on weekdays from 8am to 6pm, "
            "GreenCycle said. The plant is scheduled to start operating in autumn 2026."),
        errors=[],
        traps=[
            trap("as much as 90,000 tonnes", "up to 90,000 tonnes"),
            trap("roughly one-third of it supplied by local dairy farms", "about a third of it from local dairy farms"),
            trap("Farmers will get back the leftover material", "will be returned to farmers"),
            trap("Planning permission was granted in 2023", "The project received planning permission in 2023"),
            trap("Deliveries will only be allowed on weekdays from 8am to 6pm",
                 "deliveries would be limited to weekdays between 8am and 6pm"),
        ]),
    dict(  # 36
        domain="bird ringing", mode="translation", label="inconsistent",
        reference=(
            "A reed warbler ringed at the Vestmar bird observatory in 2013 has been recaught at the same "
            "site, making it, at eleven years old, the oldest of its species ever recorded in the country, "
            "the observatory said on Friday. The bird, which weighs about 12 grams, has probably flown the "
            "round trip to West Africa and back at least ten times. Observatory head Ragnhild Sæther said it "
            "was not unusual for reed warblers to return to the same breeding site, but very few survived "
            "beyond five years. The observatory rings around 9,000 birds a year with the help of about 40 "
            "volunteers. Since ringing began there in 1971, more than 310,000 birds have been marked."),
        candidate=(
            "On Friday the Vestmar bird observatory said that a reed warbler first ringed there in 2013 had "
            "been caught again at the same place. At eleven years old, it is the oldest bird of its species "
            "ever registered in the country. Weighing around 12 grams, the warbler has probably made the "
            "return journey to West Africa at least ten times. According to the observatory's head, Ragnhild "
            "Sæther, it was unusual for reed warblers to come back to the same breeding site, but very few "
            "lived longer than five years. With the help of some 40 volunteers, the observatory rings roughly "
            "9,000 birds annually. More than 310,000 birds have been ringed there since the work started in "
            "1971."),
        errors=[
            err("it was unusual", "polarity", "major", "it was not unusual"),
        ],
        traps=[
            trap("has probably made the return journey to West Africa",
                 "has probably flown the round trip to West Africa and back"),
            trap("lived longer than five years", "survived beyond five years"),
        ]),
    dict(  # 37
        domain="boat building", mode="rewrite", label="consistent",
        reference=(
            "Harlan & Sons, a family-run boatyard in Kettleport, has won a contract worth £6.5 million to "
            "build four pilot boats for the Port of Eddystone, the company said on Tuesday. The 17-metre "
            "aluminium vessels will be delivered between late 2025 and mid-2026 and will replace boats that "
            "have been in service for more than 30 years. Managing director Fiona Harlan said the order was "
            "the largest in the yard's 112-year history and would secure work for its 85 employees for at "
            "least two years. The yard also plans to take on eight apprentices. The Port of Eddystone said "
            "the new boats would be around 20 per cent more fuel-efficient than the current fleet."),
        candidate=(
            "The Port of Eddystone has awarded Harlan & Sons, a family-owned boatyard in Kettleport, a £6.5m "
            "contract to build four pilot boats, the yard announced on Tuesday. Built from aluminium and "
            "measuring 17 metres, the vessels are to be delivered from late 2025 to mid-2026, replacing boats "
            "that have been in service for over 30 years. According to managing director Fiona Harlan, it is "
            "the biggest order in the yard's 112 years and will keep its 85 staff in work for two years at "
            "least. The yard also plans to take on eight apprentices. The new boats will be about a fifth "
            "more fuel-efficient than the existing fleet, the port said."),
        errors=[],
        traps=[
            trap("The Port of Eddystone has awarded Harlan & Sons", "has won a contract"),
            trap("£6.5m", "£6.5 million"),
            trap("two years at least", "at least two years"),
            trap("about a fifth more fuel-efficient", "around 20 per cent more fuel-efficient"),
        ]),
    dict(  # 38
        domain="bobsleigh", mode="summary", label="inconsistent",
        reference=(
            "Bobsleigh pilot Jonas Ekwueme and brakeman Till Arnesen won the two-man World Cup race in "
            "Kellerbach on Saturday, finishing 0.08 seconds ahead of the home crew led by Max Steinhöfer. It "
            "was Ekwueme's first World Cup victory in his fifth season on the circuit. The pair set a track "
            "record of 49.62 seconds in the first run but lost some of that advantage after a skid in the "
            "final curve of the second. The race had been postponed by a day after heavy snowfall. "
            "Steinhöfer still leads the overall World Cup standings by 46 points. The next race takes place "
            "in Larsdorf on 18 January. Ekwueme's sled was built by a team of engineering students at the "
            "University of Ormsby, which has supported his programme since 2021."),
        candidate=(
            "Jonas Ekwueme and brakeman Till Arnesen won Saturday's two-man World Cup bobsleigh race in "
            "Kellerbach by 0.08 seconds from Max Steinhöfer's home crew, Ekwueme's first World Cup win in his "
            "fifth season. They set a track record of 49.62 seconds in the first run and held on despite a "
            "crash in the final curve of the second. Ekwueme leads the overall standings by 46 points; the "
            "next race is in Larsdorf on 18 January."),
        errors=[
            err("crash", "event", "major", "skid"),
            err("Ekwueme", "entity", "major", "Steinhöfer", occ=2),
        ],
        traps=[
            trap("Max Steinhöfer's home crew", "the home crew led by Max Steinhöfer"),
        ]),
    dict(  # 39
        domain="botanical gardens", mode="translation", label="consistent",
        reference=(
            "The Botanical Garden of Valdemoro University will open a new tropical greenhouse to visitors on "
            "3 May after four years of construction, the university's rector, Elena Robles, announced on "
            "Wednesday. The glass building, 24 metres high, covers 2,600 square metres and will hold some "
            "1,200 plant species from the rainforests of Central and South America and South-East Asia. Its "
            "heating system uses geothermal energy, which, according to the garden, will reduce energy "
            "consumption by 70 percent compared with the old greenhouse, built in 1958, which will be "
            "demolished. The project cost 14.5 million euros, half of which was contributed by the regional "
            "government. The garden expects the number of annual visitors to rise from 180,000 to around "
            "250,000."),
        candidate=(
            "On Wednesday the rector of Valdemoro University, Elena Robles, announced that after four years "
            "of building work the university's Botanical Garden will open its new tropical greenhouse to the "
            "public on 3 May. Standing 24 metres tall, the glass structure has a floor area of 2,600 square "
            "metres and will house about 1,200 species of plants from the rainforests of Central and South "
            "America and of South-East Asia. It is heated with geothermal energy, which the garden says will "
            "cut energy use by 70 percent relative to the old greenhouse from 1958, which is to be torn down. "
            "Of the project's 14.5-million-euro cost, the regional government paid half. The garden "
            "anticipates that yearly visitor numbers will grow from 180,000 to roughly 250,000."),
        errors=[],
        traps=[
            trap("Standing 24 metres tall", "24 metres high"),
            trap("cut energy use by 70 percent", "reduce energy consumption by 70 percent"),
            trap("is to be torn down", "will be demolished"),
            trap("the regional government paid half", "half of which was contributed by the regional government"),
            trap("anticipates", "expects"),
        ]),
    dict(  # 40
        domain="boxing", mode="summary", label="consistent",
        reference=(
            "Welterweight champion Andre 'The Hammer' Molyneux retained his national title on Saturday night, "
            "stopping challenger Kofi Mensah-Hart in the ninth round at the Lydgate Arena. Referee Paul Dunne "
            "halted the contest after Mensah-Hart was knocked down twice in the round. Molyneux, 31, is now "
            "unbeaten in 24 professional fights, 17 of which he has won inside the distance. All three judges "
            "had Molyneux ahead at the time of the stoppage. The fight drew a crowd of about 9,500. Promoter "
            "Delia Stroud said she hoped to arrange a bout with the European champion, Sergei Valtonov, "
            "before the end of the year, though no negotiations had yet taken place."),
        candidate=(
            "Andre Molyneux kept his national welterweight title on Saturday, the referee stopping his fight "
            "with Kofi Mensah-Hart after two knockdowns in the ninth round. The 31-year-old, ahead on all "
            "three scorecards at the time, is unbeaten in 24 professional fights, 17 won inside the distance. "
            "His promoter hopes to set up a bout with European champion Sergei Valtonov before the year is "
            "out, although talks have not yet begun."),
        errors=[],
        traps=[
            trap("kept his national welterweight title", "retained his national title"),
            trap("The 31-year-old", "Molyneux, 31"),
            trap("ahead on all three scorecards", "All three judges had Molyneux ahead"),
            trap("before the year is out", "before the end of the year"),
            trap("talks have not yet begun", "no negotiations had yet taken place"),
        ]),
]

# ---------------------------------------------------------------- build & validate
WORD_RE = re.compile(r"\S+")


def n_words(text):
    return len(WORD_RE.findall(text))


def find_occ(haystack, needle, occ):
    """Start offset of the occ-th (0-based) occurrence of needle, or -1."""
    pos = -1
    for _ in range(occ + 1):
        pos = haystack.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def is_boundary(text, i):
    """True if offset i does not fall inside a word."""
    if i <= 0 or i >= len(text):
        return True
    return not (text[i - 1].isalnum() and text[i].isalnum())


def build():
    problems = []
    records = []

    def bad(cid, msg):
        problems.append("%s: %s" % (cid, msg))

    if len(CASES) != 40:
        problems.append("expected 40 cases, got %d" % len(CASES))
    seen_domains = set()
    for idx, case in enumerate(CASES, 1):
        cid = "s18-%03d" % idx
        ref, cand = case["reference"], case["candidate"]
        mode, label = case["mode"], case["label"]
        dom = case["domain"]
        if dom not in DOMAINS:
            bad(cid, "domain not in list: %r" % dom)
        if dom in seen_domains:
            bad(cid, "duplicate domain %r" % dom)
        seen_domains.add(dom)
        if mode not in ("rewrite", "summary", "translation"):
            bad(cid, "bad mode")
        if label not in ("consistent", "inconsistent"):
            bad(cid, "bad label")
        for name, txt in (("reference", ref), ("candidate", cand)):
            if txt != txt.strip() or "  " in txt:
                bad(cid, "%s has stray whitespace" % name)
        nw = n_words(ref)
        if not 70 <= nw <= 190:
            bad(cid, "reference has %d words" % nw)
        if mode == "summary" and not (n_words(cand) < nw and len(cand) < len(ref)):
            bad(cid, "summary not shorter than reference")
        if cand == ref:
            bad(cid, "candidate identical to reference")

        spans = []  # (start, end, kind)
        out_errors = []
        for e in case["errors"]:
            etype, sev, rt = e["type"], e["severity"], e["ref_text"]
            if etype not in ERROR_TYPES:
                bad(cid, "bad error type %r" % etype)
            if sev not in SEVERITIES:
                bad(cid, "bad severity %r" % sev)
            if etype == "omission":
                if mode == "summary":
                    bad(cid, "omission in a summary")
                p = find_occ(cand, e["after"], e["occ"])
                if p < 0:
                    bad(cid, "omission anchor not found: %r" % e["after"])
                    continue
                start = end = p + len(e["after"])
                text = ""
                if not rt:
                    bad(cid, "omission without ref_text")
                elif rt.lower() in cand.lower():
                    bad(cid, "omitted words %r present in candidate" % rt)
            else:
                text = e["text"]
                start = find_occ(cand, text, e["occ"])
                if start < 0:
                    bad(cid, "error span not found: %r (occ %d)" % (text, e["occ"]))
                    continue
                end = start + len(text)
                if not text.strip():
                    bad(cid, "empty error span")
            if etype in ("addition", "repetition"):
                if rt is not None:
                    bad(cid, "%s must have ref_text null" % etype)
            else:
                if not rt:
                    bad(cid, "%s needs ref_text" % etype)
                elif rt not in ref:
                    bad(cid, "error ref_text not in reference: %r" % rt)
                elif etype != "omission" and rt == text:
                    bad(cid, "error span identical to its ref_text: %r" % rt)
            if etype == "repetition" and text not in cand[:start]:
                bad(cid, "repetition span has no earlier copy: %r" % text)
            if not (is_boundary(cand, start) and is_boundary(cand, end)):
                bad(cid, "span cuts a word: %r" % cand[max(0, start - 3):end + 3])
            spans.append((start, end, "error"))
            out_errors.append({"start": start, "end": end, "text": text, "type": etype,
                               "severity": sev, "ref_text": rt})

        out_traps = []
        for t in case["traps"]:
            start = find_occ(cand, t["text"], t["occ"])
            if start < 0:
                bad(cid, "trap span not found: %r" % t["text"])
                continue
            end = start + len(t["text"])
            if t["ref_text"] not in ref:
                bad(cid, "trap ref_text not in reference: %r" % t["ref_text"])
            if t["ref_text"] == t["text"]:
                bad(cid, "trap identical to its ref_text: %r" % t["text"])
            if not (is_boundary(cand, start) and is_boundary(cand, end)):
                bad(cid, "trap cuts a word: %r" % t["text"])
            spans.append((start, end, "trap"))
            out_traps.append({"start": start, "end": end, "text": t["text"], "ref_text": t["ref_text"]})

        # no overlaps (a zero-width omission point may not lie strictly inside another span)
        for i in range(len(spans)):
            for j in range(i + 1, len(spans)):
                a, b = spans[i], spans[j]
                if a[0] == a[1] or b[0] == b[1]:
                    point, other = (a, b) if a[0] == a[1] else (b, a)
                    if other[0] < point[0] < other[1]:
                        bad(cid, "omission point inside another span")
                elif a[0] < b[1] and b[0] < a[1]:
                    bad(cid, "overlapping spans %r / %r" % (cand[a[0]:a[1]], cand[b[0]:b[1]]))

        n_err, n_trap = len(out_errors), len(out_traps)
        if label == "consistent":
            if n_err:
                bad(cid, "consistent pair with errors")
            if not 3 <= n_trap <= 5:
                bad(cid, "consistent pair with %d traps" % n_trap)
        else:
            if not 1 <= n_err <= 2:
                bad(cid, "inconsistent pair with %d errors" % n_err)
            if n_trap > 3:
                bad(cid, "inconsistent pair with %d traps" % n_trap)

        out_errors.sort(key=lambda x: (x["start"], x["end"]))
        out_traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": cid, "domain": dom, "mode": mode, "reference": ref, "candidate": cand,
                        "label": label, "errors": out_errors, "traps": out_traps})

    # composition
    def count(pred):
        return sum(1 for r in records if pred(r))

    if len(seen_domains) != len(DOMAINS):
        problems.append("not every domain used exactly once")
    for mode, total in (("rewrite", 20), ("summary", 10), ("translation", 10)):
        n = count(lambda r: r["mode"] == mode)
        nc = count(lambda r: r["mode"] == mode and r["label"] == "consistent")
        if n != total or nc != total // 2:
            problems.append("mode %s: %d pairs, %d consistent" % (mode, n, nc))
    type_counts = {t: 0 for t in ERROR_TYPES}
    for r in records:
        for e in r["errors"]:
            type_counts[e["type"]] += 1
    if sum(type_counts.values()) != 30:
        problems.append("expected 30 errors, got %d" % sum(type_counts.values()))
    for t, n in type_counts.items():
        if n < 2:
            problems.append("error type %s used %d times" % (t, n))
    return records, problems, type_counts


def main():
    records, problems, type_counts = build()
    if problems:
        print("VALIDATION FAILED:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    n_cons = sum(r["label"] == "consistent" for r in records)
    print("OK: %d pairs (%d consistent, %d inconsistent)" % (len(records), n_cons, len(records) - n_cons))
    for m in ("rewrite", "summary", "translation"):
        print("  %-11s %d" % (m, sum(r["mode"] == m for r in records)))
    print("  errors: %d  %s" % (sum(type_counts.values()),
                                ", ".join("%s %d" % kv for kv in type_counts.items())))
    print("  traps: %d" % sum(len(r["traps"]) for r in records))
    wc = [n_words(r["reference"]) for r in records]
    print("  reference words: min %d, max %d" % (min(wc), max(wc)))
    if "--check" in sys.argv[1:]:
        print("check only: nothing written")
        return
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT_PATH)


if __name__ == "__main__":
    main()
