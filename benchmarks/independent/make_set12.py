#!/usr/bin/env python3
"""Independent evaluation set 12: hand-written reference/candidate pairs.

How this set was made
---------------------
Every pair below was written by hand by a helper that saw no code, tests,
benchmarks or data of the project; it worked only from a written brief that
describes the record format and the desired composition.  All people,
companies, organisations, places, products and figures are invented; real
countries and regions appear only as background (demonyms, "South America",
"northern Europe").

Each case is held here as plain Python data.  Character offsets are never typed
by hand: every quoted span is located in the candidate by string search (with
an occurrence index where the same text appears more than once), and omissions
are anchored after (or before) a quoted piece of candidate text.  The script
validates everything and then writes set12.jsonl next to itself.

    python3 make_set12.py           # validate and write set12.jsonl
    python3 make_set12.py --check   # validate only, write nothing

Composition: 40 pairs (20 consistent, 20 inconsistent); 20 rewrites,
10 summaries, 10 translations (pairs of independent English translations of
the same imagined non-English story).  Inconsistent pairs carry 1-2 errors,
30 in all, covering all eleven error types at least twice.  Consistent pairs
carry 3-5 traps each: faithful paraphrases a naive checker might flag.
Standard library only.
"""

import json
import os
import re
import sys
from collections import Counter

SET_NO = 12
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set%d.jsonl" % SET_NO)

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]


# ---------------------------------------------------------------- helpers --

def err(text, type_, severity, ref_text, occ=0, copy_of=None):
    """A span error located by searching `text` in the candidate."""
    return {"kind": "span", "text": text, "type": type_, "severity": severity,
            "ref_text": ref_text, "occ": occ, "copy_of": copy_of}


def omit(ref_text, severity, after=None, before=None, occ=0):
    """An omission: zero-width point right after `after` (or at `before`)."""
    return {"kind": "omission", "type": "omission", "severity": severity,
            "ref_text": ref_text, "after": after, "before": before, "occ": occ}


def trap(text, ref_text, occ=0):
    return {"text": text, "ref_text": ref_text, "occ": occ}


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    return {"domain": domain, "mode": mode, "label": label,
            "reference": reference, "candidate": candidate,
            "errors": list(errors), "traps": list(traps)}


# ------------------------------------------------------------------ cases --

CASES = [
    # 1 ---------------------------------------------------------------------
    case(
        "labour disputes", "rewrite", "consistent",
        "Dock workers at the port of Veldmark ended a nine-day strike on Thursday after their union, the Harbour Workers' Federation, accepted a revised pay offer from the terminal operator Calloway Marine. The deal raises hourly wages by 6.5 percent this year and a further 4 percent in 2026, and it restores a night-shift bonus that the company had cut in March. Federation secretary Ilse Brandvoll said members had voted 812 to 260 in favour. Calloway Marine said ships that had waited offshore would be unloaded over the weekend, and that it expected normal operations by Tuesday.",
        "A nine-day stoppage at Veldmark's port came to an end on Thursday, when the Harbour Workers' Federation agreed to an improved wage proposal put forward by terminal operator Calloway Marine. Under the agreement, hourly pay goes up 6.5% this year and another 4% in 2026, while the night-shift bonus the company scrapped in March is reinstated. Members backed the deal by 812 votes to 260, according to Ilse Brandvoll, the union's secretary. Vessels left waiting offshore will be unloaded over the weekend, the operator said, adding that it expected operations to be back to normal by Tuesday.",
        traps=[
            trap("agreed to an improved wage proposal put forward by terminal operator Calloway Marine",
                 "accepted a revised pay offer from the terminal operator Calloway Marine"),
            trap("6.5%", "6.5 percent"),
            trap("the night-shift bonus the company scrapped in March is reinstated",
                 "restores a night-shift bonus that the company had cut in March"),
            trap("Members backed the deal by 812 votes to 260", "members had voted 812 to 260 in favour"),
            trap("the operator said", "Calloway Marine said"),
        ]),

    # 2 ---------------------------------------------------------------------
    case(
        "theatre", "rewrite", "inconsistent",
        "The Lanthorn Playhouse in Brackwater will reopen on 14 September after an eighteen-month renovation that cost 3.2 million pounds. Artistic director Moira Fenwick said the first production would be a new staging of 'The Salt Widow', written by local playwright Tobias Renshaw and directed by Fenwick herself. The auditorium has been reduced from 420 to 380 seats to make room for wider aisles and a wheelchair platform. Tickets for the opening run go on sale next Monday, and the theatre may add matinee performances if demand is strong, Fenwick said.",
        "After an eighteen-month refurbishment costing £3.2 million, Brackwater's Lanthorn Playhouse reopens on 14 September. Its first show, artistic director Moira Fenwick said, will be a fresh staging of 'The Salt Widow', written by her and directed by local playwright Tobias Renshaw. To make space for wider aisles and a wheelchair platform, the auditorium has been cut from 420 seats to 380. Tickets for the opening run go on sale next Monday, and the theatre will add matinee performances to meet demand, Fenwick said.",
        errors=[
            err("written by her and directed by local playwright Tobias Renshaw", "role", "major",
                "written by local playwright Tobias Renshaw and directed by Fenwick herself"),
            err("will add matinee performances to meet demand", "modality", "major",
                "may add matinee performances if demand is strong"),
        ],
        traps=[
            trap("£3.2 million", "3.2 million pounds"),
            trap("refurbishment", "renovation"),
            trap("cut from 420 seats to 380", "reduced from 420 to 380 seats"),
        ]),

    # 3 ---------------------------------------------------------------------
    case(
        "semiconductors", "summary", "consistent",
        "Korvane Semiconductor said on Wednesday it would build a second chip fabrication plant at its campus outside Tessaly, investing 4.8 billion dollars over five years. The new plant will make 28-nanometre chips used mainly in cars and industrial machinery, rather than the cutting-edge processors produced by larger rivals. Chief executive Dana Aurell said the company had secured long-term supply agreements with three carmakers, which together would take about 60 percent of the plant's output. Construction is due to start in the spring, with first production planned for late 2027. The regional government has agreed to provide a grant of 350 million dollars and to upgrade the water supply to the site, which will employ about 1,100 people when fully running.",
        "Korvane Semiconductor plans to spend $4.8bn over five years on a second fab near Tessaly, turning out 28nm chips mainly for cars and industrial machinery. Three carmakers have signed long-term deals to take roughly three-fifths of the output, the CEO said. Construction is due to begin in spring and first output is planned for late 2027; the regional government has agreed a $350m grant, and the plant will eventually employ some 1,100 staff.",
        traps=[
            trap("$4.8bn", "4.8 billion dollars"),
            trap("28nm", "28-nanometre"),
            trap("roughly three-fifths of the output", "about 60 percent of the plant's output"),
            trap("the CEO", "Chief executive Dana Aurell"),
            trap("$350m grant", "grant of 350 million dollars"),
        ]),

    # 4 ---------------------------------------------------------------------
    case(
        "dairy farming", "translation", "inconsistent",
        "Milk producers in the Oster Vale region received an average of 41 cents per litre in June, the lowest price in three years, according to figures published by the farmers' cooperative Meldal. The cooperative blamed a surplus of butter and skimmed milk powder on the European market. Board chairman Henrik Solvang warned that smaller farms with fewer than 60 cows could not cover their costs at this price. Meldal will pay members an extra two cents per litre from August, funded from its reserves, but Solvang said this was a temporary measure.",
        "In June, dairy farmers in the Oster Vale were paid 41 cents a litre on average, their worst price for three years, the Meldal farmers' cooperative reported. According to the cooperative, the cause lies in an oversupply of butter and skimmed milk powder on European markets. Its chairman, Henrik Solvang, cautioned that at this level small holdings milking fewer than 60 cows cannot break even. From September, Meldal will top up members' payments by two cents per litre out of its reserves, though Solvang stressed that this would not last.",
        errors=[
            err("From September", "date", "major", "from August"),
        ],
        traps=[
            trap("were paid 41 cents a litre on average", "received an average of 41 cents per litre"),
            trap("their worst price for three years", "the lowest price in three years"),
            trap("cannot break even", "could not cover their costs"),
            trap("this would not last", "this was a temporary measure"),
        ]),

    # 5 ---------------------------------------------------------------------
    case(
        "bridges", "rewrite", "inconsistent",
        "The Harlow Street bridge over the river Emmet will close to all vehicles from 3 March for at least four months, the city council announced. Inspectors found corrosion in two of the steel cables supporting the deck during a routine check in January. Engineers from the firm Pellham & Ross will replace the cables and strengthen the towers. Pedestrians and cyclists will still be able to cross on a temporary walkway. Buses on routes 12 and 40 will be diverted via the Queensgate bridge, adding about ten minutes to journeys. Council transport chief Amara Okonjo said the closure was regrettable but unavoidable.",
        "The city council has announced that the Harlow Street bridge across the Emmet will be shut to traffic from 3 March for at least four months. During a routine inspection in January, inspectors discovered that two of the steel cables holding up the deck had snapped. Engineers from Pellham & Ross will replace the cables and reinforce the towers. A temporary walkway will let pedestrians and cyclists keep crossing. Buses on routes 12 and 40 will be diverted over the Queensgate bridge, which will add around ten minutes to journeys.",
        errors=[
            err("had snapped", "event", "major", "found corrosion"),
            omit("Council transport chief Amara Okonjo said the closure was regrettable but unavoidable",
                 "minor", after="ten minutes to journeys."),
        ],
        traps=[
            trap("shut to traffic", "close to all vehicles"),
            trap("reinforce the towers", "strengthen the towers"),
        ]),

    # 6 ---------------------------------------------------------------------
    case(
        "pensions", "rewrite", "consistent",
        "The board of the Northmere Public Employees Pension Fund voted on Tuesday to raise the minimum retirement age for new members from 62 to 64, starting in January 2027. Existing members will not be affected. The fund, which covers about 210,000 teachers, nurses and council workers, reported a funding gap of 1.9 billion euros last year. Fund director Paulo Estrela said the change would reduce that gap by roughly a third over two decades. The teachers' union criticised the decision, arguing that younger staff were being asked to pay for past investment losses.",
        "New members of the Northmere Public Employees Pension Fund will have to wait until 64, rather than 62, to retire, after the fund's board approved the change on Tuesday. The rule takes effect at the start of 2027 and does not apply to people already in the scheme. Last year the fund, which covers some 210,000 teachers, nurses and local authority staff, had a shortfall of €1.9 billion. Its director, Paulo Estrela, said the measure would close about one-third of that shortfall over twenty years. The decision drew criticism from the teachers' union, which said younger employees were being made to pay for earlier investment losses.",
        traps=[
            trap("will have to wait until 64, rather than 62, to retire",
                 "raise the minimum retirement age for new members from 62 to 64"),
            trap("at the start of 2027", "starting in January 2027"),
            trap("€1.9 billion", "1.9 billion euros"),
            trap("about one-third of that shortfall over twenty years", "roughly a third over two decades"),
            trap("The decision drew criticism from the teachers' union", "The teachers' union criticised the decision"),
        ]),

    # 7 ---------------------------------------------------------------------
    case(
        "marine research", "summary", "inconsistent",
        "Researchers from the Calder Institute of Oceanography have recorded a colony of deep-sea corals living at a depth of 1,450 metres off the coast of the Farrow Islands, the deepest such colony ever observed in the region. The team, led by marine biologist Dr Sunniva Hale, used a remotely operated vehicle during a three-week expedition aboard the research ship Tern in May. Hale said the corals appeared healthy but that samples would need to be analysed before the team could say whether the colony was growing. The institute has asked the government to consider protecting the area from bottom trawling, although no decision has been made.",
        "A Calder Institute team led by Dr Sunniva Hale has found the deepest coral colony yet seen in the region, 1,450 metres down off the Farrow Islands, using a remotely operated vehicle on a May expedition. The colony is healthy and growing, Hale said, and the government has agreed to shield the area from bottom trawling.",
        errors=[
            err("The colony is healthy and growing", "modality", "major", "the corals appeared healthy"),
            err("the government has agreed to shield the area from bottom trawling", "event", "critical",
                "The institute has asked the government to consider protecting the area from bottom trawling"),
        ],
        traps=[
            trap("1,450 metres down", "at a depth of 1,450 metres"),
            trap("the deepest coral colony yet seen in the region", "the deepest such colony ever observed in the region"),
        ]),

    # 8 ---------------------------------------------------------------------
    case(
        "cycling", "translation", "consistent",
        "Belgian rider Joren Vlieghe won the fourth stage of the Tour of the Grauwe Hills on Saturday, crossing the line in Marcheval eleven seconds ahead of a chasing group of six. Vlieghe, 23, attacked on the final climb, about eight kilometres from the finish, and held off the pursuers on the descent. The Spaniard Iker Zabaleta kept the leader's yellow jersey and now leads the general classification by 34 seconds. Sunday's fifth and final stage is a 17-kilometre time trial around the town of Oudenbrugge.",
        "On Saturday the 23-year-old Belgian Joren Vlieghe took stage four of the Tour of the Grauwe Hills, reaching the finish in Marcheval with an 11-second lead over a six-man chase group. He launched his attack on the last ascent, some eight kilometres before the line, and kept his pursuers at bay on the way down. The race leader's yellow jersey stays with Spain's Iker Zabaleta, who has a 34-second advantage overall. Sunday's fifth stage, which closes the race, is a time trial of 17 km around Oudenbrugge.",
        traps=[
            trap("took stage four", "won the fourth stage"),
            trap("an 11-second lead over a six-man chase group", "eleven seconds ahead of a chasing group of six"),
            trap("Spain's Iker Zabaleta", "The Spaniard Iker Zabaleta"),
            trap("a 34-second advantage overall", "leads the general classification by 34 seconds"),
            trap("a time trial of 17 km", "a 17-kilometre time trial"),
        ]),

    # 9 ---------------------------------------------------------------------
    case(
        "customs", "rewrite", "inconsistent",
        "Customs officers at Drummel airport seized 38 kilograms of cocaine hidden inside a shipment of frozen fish from South America on Friday, the national revenue agency said. The drugs were discovered after a sniffer dog reacted to one of the crates. The agency estimated their street value at about 2.7 million dollars. Two men, aged 41 and 29, were arrested at a warehouse near the airport when they came to collect the shipment. The agency said the investigation was continuing and that further arrests were possible.",
        "Cocaine weighing 38 kilograms was seized by customs officers at Drummel airport on Friday, concealed in a consignment of frozen fish from South America, the national revenue agency said. It was found after a sniffer dog reacted to one of the crates. Police put the street value of the haul at about 2.7 million dollars. Two men, aged 41 and 29, were arrested when they turned up at a warehouse near the airport to pick up the consignment. According to the agency, the investigation is continuing and more arrests will follow.",
        errors=[
            err("Police put", "attribution", "major", "The agency estimated"),
            err("more arrests will follow", "modality", "major", "further arrests were possible"),
        ],
        traps=[
            trap("Cocaine weighing 38 kilograms was seized by customs officers",
                 "Customs officers at Drummel airport seized 38 kilograms of cocaine"),
            trap("turned up at a warehouse near the airport to pick up the consignment",
                 "came to collect the shipment"),
        ]),

    # 10 --------------------------------------------------------------------
    case(
        "film festivals", "rewrite", "consistent",
        "The jury of the Solenne Film Festival awarded its top prize, the Silver Heron, to 'Winter Orchard', the debut feature of director Mirela Kostadin, at a ceremony on Saturday night. The film follows three sisters who return to their late father's farm to decide whether to sell it. Jury president Anders Holm called it 'quiet, precise and devastating'. The award for best actor went to Ruben Achterberg for his role as a retired ferryman in 'Low Water'. This year's festival screened 146 films from 52 countries and sold a record 61,000 tickets.",
        "Mirela Kostadin's first feature film, 'Winter Orchard', took the Silver Heron, the Solenne Film Festival's highest honour, at Saturday night's awards ceremony. It tells the story of three sisters who go back to the farm of their late father to decide whether or not to sell it. Anders Holm, who chaired the jury, described the film as 'quiet, precise and devastating'. Ruben Achterberg was named best actor for playing a retired ferryman in 'Low Water'. A record 61,000 tickets were sold at this year's edition, which showed 146 films from 52 countries.",
        traps=[
            trap("Mirela Kostadin's first feature film", "the debut feature of director Mirela Kostadin"),
            trap("the Solenne Film Festival's highest honour", "its top prize"),
            trap("Anders Holm, who chaired the jury", "Jury president Anders Holm"),
            trap("Ruben Achterberg was named best actor", "The award for best actor went to Ruben Achterberg"),
            trap("A record 61,000 tickets were sold", "sold a record 61,000 tickets"),
        ]),

    # 11 --------------------------------------------------------------------
    case(
        "courts", "summary", "inconsistent",
        "A court in Hollin on Monday ordered the construction company Brisk Estates to pay 1.4 million dollars in compensation to 37 families whose homes were damaged by subsidence. The families had sued the company in 2021, claiming that it ignored warnings from its own surveyors about unstable ground before building the Meadowbank housing estate. Judge Rosalind Quayle ruled that Brisk Estates had been negligent but rejected the families' claim that it had deliberately concealed the surveyors' reports. The company said it was disappointed and was considering an appeal. Lawyers for the families said the payments should reach them within three months unless an appeal is lodged.",
        "A Hollin court has ordered builder Brisk Estates to pay $1.4m to 37 families whose Meadowbank homes were damaged by subsidence. Judge Rosalind Quayle found the firm negligent and ruled that it had deliberately hidden its surveyors' reports. Brisk Estates, which must pay the families $1.4m, said it was weighing an appeal.",
        errors=[
            err("ruled that it had deliberately hidden its surveyors' reports", "polarity", "critical",
                "rejected the families' claim that it had deliberately concealed the surveyors' reports"),
            err("which must pay the families $1.4m", "repetition", "minor", None,
                copy_of="to pay $1.4m to 37 families"),
        ],
        traps=[
            trap("$1.4m", "1.4 million dollars", occ=0),
            trap("found the firm negligent", "ruled that Brisk Estates had been negligent"),
            trap("was weighing an appeal", "was considering an appeal"),
        ]),

    # 12 --------------------------------------------------------------------
    case(
        "weather", "translation", "inconsistent",
        "The national weather service has issued an orange warning for heavy rain in the provinces of Almira and Castreja from Wednesday evening until Friday morning. Up to 150 litres per square metre could fall in some mountain areas, and forecasters do not rule out flash flooding in river valleys. Temperatures will drop by around eight degrees compared with the start of the week. The regional authorities of Almira have suspended school classes on Thursday as a precaution, while Castreja has not yet decided whether to do the same.",
        "An orange alert for heavy rain has been issued by the national meteorological agency for the provinces of Almira and Castreja, running from Wednesday evening to Friday morning. As much as 150 litres per square metre may fall in parts of the mountains, and forecasters cannot exclude flash floods in river valleys. Compared with the beginning of the week, temperatures are set to fall by about eight degrees. Almira's regional government has cancelled Thursday's classes as a precaution, and Castreja has already decided to follow suit.",
        errors=[
            err("Castreja has already decided to follow suit", "polarity", "major",
                "Castreja has not yet decided whether to do the same"),
        ],
        traps=[
            trap("the national meteorological agency", "The national weather service"),
            trap("As much as 150 litres per square metre may fall", "Up to 150 litres per square metre could fall"),
            trap("forecasters cannot exclude flash floods", "forecasters do not rule out flash flooding"),
            trap("fall by about eight degrees", "drop by around eight degrees"),
        ]),

    # 13 --------------------------------------------------------------------
    case(
        "health", "rewrite", "inconsistent",
        "Hospitals in the Danforth health district will begin offering a new blood test for early detection of bowel cancer in October, the district health board said on Thursday. The test, developed by the biotech firm Quellis Diagnostics, will be offered free of charge to people aged 50 to 74 who have not had a colonoscopy in the past ten years. In a trial involving 9,000 patients, the test correctly identified 83 percent of cancers. Board medical director Dr Farah Quint said it would not replace colonoscopies but could help doctors decide who needs one first.",
        "From October, hospitals in the Danforth health district will start offering a new blood test designed to catch bowel cancer early, the district health board announced on Thursday. Developed by biotech company Quellis Diagnostics, which already sells it in several neighbouring countries, the test will be free for anyone aged 50 to 74 who has not had a colonoscopy in the last ten years. In a trial of 9,000 patients, it correctly picked up 38 percent of cancers. The board's medical director, Dr Farah Quint, said the test would not take the place of colonoscopies but could help doctors work out who should have one first.",
        errors=[
            err("which already sells it in several neighbouring countries", "addition", "major", None),
            err("38 percent", "number", "critical", "83 percent"),
        ],
        traps=[
            trap("will be free for anyone aged 50 to 74", "will be offered free of charge to people aged 50 to 74"),
            trap("would not take the place of colonoscopies", "would not replace colonoscopies"),
            trap("The board's medical director, Dr Farah Quint", "Board medical director Dr Farah Quint"),
        ]),

    # 14 --------------------------------------------------------------------
    case(
        "transport", "rewrite", "consistent",
        "The regional rail operator Lindqvist Rail will run an hourly night service between Saltby and Ferrin Junction from 1 December, its managing director Karin Oddson said on Monday. Trains will leave Saltby at 25 minutes past each hour between midnight and 5 a.m. on Fridays and Saturdays. The service is being introduced after a six-month pilot on weekends carried an average of 140 passengers per train, well above the 90 the company had needed to break even. Single fares will be the same as during the day.",
        "Lindqvist Rail is to operate hourly night trains between Saltby and Ferrin Junction from 1 December, the regional operator's managing director, Karin Oddson, announced on Monday. On Fridays and Saturdays, trains will depart Saltby at twenty-five past every hour from midnight until 5 a.m. The decision follows a half-year weekend trial in which each train carried 140 passengers on average, comfortably more than the 90 the operator needed to cover its costs. A single ticket will cost the same as a daytime one.",
        traps=[
            trap("twenty-five past every hour", "25 minutes past each hour"),
            trap("a half-year weekend trial", "a six-month pilot on weekends"),
            trap("140 passengers on average", "an average of 140 passengers per train"),
            trap("to cover its costs", "to break even"),
            trap("A single ticket will cost the same as a daytime one", "Single fares will be the same as during the day"),
        ]),

    # 15 --------------------------------------------------------------------
    case(
        "agriculture", "summary", "consistent",
        "Apple growers in the Merrow Valley expect this year's harvest to be about 30 percent smaller than last year's after a late frost in April damaged blossom in many orchards, the Merrow Fruit Growers' Association said on Tuesday. The association estimates the crop at around 72,000 tonnes, compared with 103,000 tonnes in 2023. Its chair, Gwen Ashdown, said prices for consumers were likely to rise, and that some growers were considering taking out loans to cover the loss of income. The association has asked the agriculture ministry for emergency support but has not yet received a reply.",
        "A late April frost that damaged blossom is expected to shrink the Merrow Valley apple crop by roughly 30 percent, to about 72,000 tonnes from 103,000 in 2023, the growers' association says. Its chair warned that shoppers will probably pay more, and the association is still awaiting an answer to its request for emergency aid from the agriculture ministry.",
        traps=[
            trap("A late April frost", "a late frost in April"),
            trap("Its chair", "Its chair, Gwen Ashdown"),
            trap("shoppers will probably pay more", "prices for consumers were likely to rise"),
            trap("still awaiting an answer", "has not yet received a reply"),
            trap("emergency aid", "emergency support"),
        ]),

    # 16 --------------------------------------------------------------------
    case(
        "local government", "translation", "consistent",
        "The municipal council of San Lorenzo del Vado approved on Thursday the budget for next year, which amounts to 48.6 million euros, 5 percent more than this year. The proposal went ahead with the votes of the governing party and the abstention of the two opposition groups. Mayor Elena Ribas highlighted that a third of the investment will go to the renovation of the covered market and the extension of the public library. The opposition criticised that the budget does not include any increase for the cleaning service.",
        "On Thursday San Lorenzo del Vado's town council passed next year's budget of €48.6 million, a 5% rise on the current year. It was carried with the backing of the ruling party, while both opposition groups abstained. Mayor Elena Ribas pointed out that one third of the capital spending will be devoted to refurbishing the covered market and enlarging the public library. Opposition councillors complained that the budget provides no additional funding for the cleaning service.",
        traps=[
            trap("€48.6 million", "48.6 million euros"),
            trap("a 5% rise on the current year", "5 percent more than this year"),
            trap("while both opposition groups abstained", "the abstention of the two opposition groups"),
            trap("one third of the capital spending", "a third of the investment"),
            trap("provides no additional funding for the cleaning service",
                 "does not include any increase for the cleaning service"),
        ]),

    # 17 --------------------------------------------------------------------
    case(
        "technology", "rewrite", "inconsistent",
        "The messaging app Kivu, owned by the Tallis Group, will stop supporting phones running operating system versions older than 2019 from 1 July, the company said in a blog post on Wednesday. About 4 percent of Kivu's 90 million monthly users are affected and will be shown a warning in the app over the coming weeks. The company said the older systems lacked security updates needed for its new end-to-end encryption. Users who cannot upgrade their phones will still be able to export their message history before the cut-off.",
        "From 1 July, Kivu, the messaging app owned by the Tallis Group, will drop support for phones running operating system versions released before 2019, the company announced in a blog post on Wednesday. Around 4 percent of the app's 90 million monthly users are affected; over the coming weeks they will see a warning inside the app. The older systems lack the security updates required for the app's new end-to-end encryption, the company explained. Those unable to upgrade their phones will not be able to export their message history before the cut-off.",
        errors=[
            err("will not be able to export their message history", "polarity", "critical",
                "will still be able to export their message history"),
        ],
        traps=[
            trap("will drop support for", "will stop supporting"),
            trap("Around 4 percent of the app's 90 million monthly users",
                 "About 4 percent of Kivu's 90 million monthly users"),
            trap("the company explained", "The company said"),
        ]),

    # 18 --------------------------------------------------------------------
    case(
        "science", "rewrite", "consistent",
        "Astronomers at the Pellworth Observatory have discovered a comet that will pass within 60 million kilometres of Earth next March, close enough to be seen with binoculars. The comet, named C/2024 P3 (Ostrander) after the amateur astronomer who first spotted it in observatory images, takes roughly 4,000 years to orbit the Sun. Observatory director Hamid Lorne said there was no risk of a collision. The best viewing will be in the hour after sunset in the western sky, he added.",
        "A comet discovered by Pellworth Observatory astronomers will come within 60 million km of Earth next March, near enough to be visible through binoculars. Named C/2024 P3 (Ostrander) after the amateur astronomer who first noticed it in images taken by the observatory, it needs about four millennia to complete one orbit of the Sun. There is no danger of it hitting Earth, according to the observatory's director, Hamid Lorne. He said the best time to look would be during the first hour after sunset, in the western sky.",
        traps=[
            trap("60 million km", "60 million kilometres"),
            trap("near enough to be visible through binoculars", "close enough to be seen with binoculars"),
            trap("about four millennia", "roughly 4,000 years"),
            trap("There is no danger of it hitting Earth", "there was no risk of a collision"),
            trap("the observatory's director, Hamid Lorne", "Observatory director Hamid Lorne"),
        ]),

    # 19 --------------------------------------------------------------------
    case(
        "sports", "summary", "inconsistent",
        "Hallam Rovers sacked head coach Luis Marrero on Sunday, a day after the club's 4-0 home defeat by Ashgrove City left them second from bottom of the league. Marrero, who joined from the Portuguese side Vila Serena in the summer, won only three of his 15 league matches in charge. Assistant coach Tomasz Wielgus will take charge of the team for next Saturday's match against Dunmore Athletic. Club chairman Peter Lyle said the board would appoint a permanent replacement before the end of the month.",
        "Hallam Rovers fired head coach Luis Marrero on Sunday after a 4-0 home loss to Ashgrove City left them second from bottom. Marrero had won only three of his 18 league games. Chairman Peter Lyle will take charge of the team for Saturday's match against Dunmore Athletic, and a permanent successor is due before the month is out.",
        errors=[
            err("his 18 league games", "number", "major", "his 15 league matches"),
            err("Chairman Peter Lyle", "entity", "critical", "Assistant coach Tomasz Wielgus"),
        ],
        traps=[
            trap("fired", "sacked"),
            trap("a 4-0 home loss to Ashgrove City", "4-0 home defeat by Ashgrove City"),
            trap("before the month is out", "before the end of the month"),
        ]),

    # 20 --------------------------------------------------------------------
    case(
        "business", "rewrite", "inconsistent",
        "The furniture retailer Oakhurst Home has agreed to buy its smaller rival Brennan & Vale for 310 million dollars, the two companies said on Monday. The deal, which still needs approval from competition regulators, is expected to be completed in the second quarter of next year. Oakhurst chief executive Miriam Tolle said Brennan & Vale's 64 stores would keep their name for at least two years. Brennan & Vale shares jumped 22 percent after the announcement, while Oakhurst shares fell 3 percent.",
        "Oakhurst Home is to be taken over by rival furniture retailer Brennan & Vale for 310 million dollars, the two companies said on Monday. Competition regulators have yet to approve the deal, which is expected to close by the end of this year. Miriam Tolle, Oakhurst's chief executive, said the 64 Brennan & Vale stores would keep their name for at least two years. Following the announcement, Brennan & Vale's share price jumped 22 percent and Oakhurst's slipped 3 percent.",
        errors=[
            err("Oakhurst Home is to be taken over by rival furniture retailer Brennan & Vale", "role", "critical",
                "Oakhurst Home has agreed to buy its smaller rival Brennan & Vale"),
            err("by the end of this year", "date", "major", "in the second quarter of next year"),
        ],
        traps=[
            trap("Competition regulators have yet to approve the deal",
                 "still needs approval from competition regulators"),
            trap("Miriam Tolle, Oakhurst's chief executive", "Oakhurst chief executive Miriam Tolle"),
            trap("slipped 3 percent", "fell 3 percent"),
        ]),

    # 21 --------------------------------------------------------------------
    case(
        "water utilities", "rewrite", "consistent",
        "The water company Ellerby Water has lifted the hosepipe ban it imposed on 240,000 households in the Ashcombe area in July, after three weeks of heavy rain refilled its reservoirs. Reservoir levels now stand at 78 percent of capacity, compared with 41 percent at the height of the drought in mid-August. Operations director Harriet Vance thanked customers for cutting their water use by around 15 percent during the ban. The company said it would continue its programme of repairing leaks, which currently account for nearly a fifth of the water it supplies.",
        "Three weeks of heavy rain have refilled Ellerby Water's reservoirs, allowing the company to end the hosepipe ban it introduced in July for 240,000 homes around Ashcombe. Reservoirs are now 78% full, up from 41% when the drought peaked in the middle of August. Harriet Vance, the company's operations director, thanked customers, who reduced their consumption by about 15% while the ban was in force. Leak repairs will carry on, the company said; leaks currently account for almost 20 percent of the water it supplies.",
        traps=[
            trap("Reservoirs are now 78% full", "Reservoir levels now stand at 78 percent of capacity"),
            trap("when the drought peaked in the middle of August", "at the height of the drought in mid-August"),
            trap("Harriet Vance, the company's operations director", "Operations director Harriet Vance"),
            trap("reduced their consumption by about 15%", "cutting their water use by around 15 percent"),
            trap("almost 20 percent", "nearly a fifth"),
        ]),

    # 22 --------------------------------------------------------------------
    case(
        "publishing", "summary", "inconsistent",
        "The publishing house Marlowe & Pike has bought the rights to all eleven crime novels by Henrietta Crane from Ravensworth Books, ending a two-year dispute over unpaid royalties. Crane, 71, had accused Ravensworth of underreporting sales of her books abroad. The price was not disclosed, but the trade magazine Bookseller's Week estimated it at around 5 million pounds. Marlowe & Pike said it would reissue the novels with new covers next year and publish Crane's twelfth book, which she is currently finishing, in 2026.",
        "Ravensworth Books has acquired the rights to Henrietta Crane's eleven crime novels from Marlowe & Pike, reportedly for about £5m, settling a two-year row over unpaid royalties. The new rights holder will reissue the books next year and publish her twelfth novel in 2026.",
        errors=[
            err("Ravensworth Books has acquired the rights to Henrietta Crane's eleven crime novels from Marlowe & Pike",
                "role", "critical",
                "Marlowe & Pike has bought the rights to all eleven crime novels by Henrietta Crane from Ravensworth Books"),
        ],
        traps=[
            trap("reportedly for about £5m", "estimated it at around 5 million pounds"),
            trap("settling a two-year row over unpaid royalties", "ending a two-year dispute over unpaid royalties"),
        ]),

    # 23 --------------------------------------------------------------------
    case(
        "labour disputes", "translation", "consistent",
        "Secondary school teachers in the region of Haute-Corvaine will go on strike next Tuesday to protest against the closure of eleven rural schools planned for September, the three main unions announced on Friday. The regional education authority says the closures are necessary because the number of pupils in these schools has fallen by 30 percent in ten years. The unions, however, maintain that pupils would have to travel up to 45 minutes each way by bus. A demonstration is planned in front of the regional authority's headquarters in Sainte-Orlane at 10 o'clock.",
        "The three largest unions said on Friday that secondary teachers in Haute-Corvaine would strike next Tuesday against plans to shut eleven country schools in September. According to the regional education office, the closures cannot be avoided, since these schools have lost 30% of their pupils over the past decade. The unions counter that children would face bus journeys of as long as 45 minutes in each direction. Protesters will gather outside the regional authority's head office in Sainte-Orlane at 10 a.m.",
        traps=[
            trap("eleven country schools", "eleven rural schools"),
            trap("have lost 30% of their pupils over the past decade", "has fallen by 30 percent in ten years"),
            trap("The unions counter", "The unions, however, maintain"),
            trap("bus journeys of as long as 45 minutes in each direction", "travel up to 45 minutes each way by bus"),
            trap("10 a.m.", "10 o'clock"),
        ]),

    # 24 --------------------------------------------------------------------
    case(
        "archaeology", "rewrite", "inconsistent",
        "Archaeologists excavating a field near the village of Dunholt have uncovered the remains of a Roman-era bathhouse. The building, which measures about 18 metres by 11 metres, includes a heated floor and a small plunge pool. Excavation leader Dr Cressida Palin said coins found in a drainage channel suggested the baths were still in use around 380 AD. The site was discovered last year when a farmer, Owen Treharne, reported pieces of tile turning up after ploughing. The county heritage service, which is funding the dig, said the finds would go on display at the Dunholt Museum next spring.",
        "A Roman-era bathhouse has been unearthed by archaeologists digging in a field close to the village of Dunholt. Measuring roughly 18 by 11 metres, the building has a heated floor and a small plunge pool. Coins recovered from a drainage channel suggest the baths were still being used around 380 AD, according to the county heritage service. The site came to light last year after a farmer, Owen Treharne, reported fragments of tile surfacing after ploughing. The heritage service, which is paying for the excavation, said the finds would be exhibited at the Dunholt Museum next spring.",
        errors=[
            err("according to the county heritage service", "attribution", "major",
                "Excavation leader Dr Cressida Palin said"),
        ],
        traps=[
            trap("A Roman-era bathhouse has been unearthed by archaeologists",
                 "have uncovered the remains of a Roman-era bathhouse"),
            trap("roughly 18 by 11 metres", "about 18 metres by 11 metres"),
            trap("which is paying for the excavation", "which is funding the dig"),
            trap("would be exhibited at the Dunholt Museum", "would go on display at the Dunholt Museum"),
        ]),

    # 25 --------------------------------------------------------------------
    case(
        "shipping", "summary", "consistent",
        "The container shipping line Aurel Lines will stop calling at the port of Kestwick from February, moving its weekly service to the larger port of Darnford 60 kilometres to the south, the company said on Thursday. Aurel Lines handled about 180,000 containers at Kestwick last year, roughly a quarter of the port's total traffic. The company said Kestwick's harbour was too shallow for its newest ships, which carry up to 16,000 containers each. Kestwick port authority chairman Neil Garrow said he was disappointed and that talks on dredging the harbour had been under way since last year. The port employs about 900 people.",
        "From February, Aurel Lines will move its weekly service from Kestwick to the bigger port of Darnford, 60 km south, saying Kestwick's harbour is not deep enough for its newest vessels of up to 16,000 containers. The line accounted for about a quarter of Kestwick's traffic last year; the port authority's chairman said he was disappointed.",
        traps=[
            trap("the bigger port of Darnford", "the larger port of Darnford"),
            trap("60 km south", "60 kilometres to the south"),
            trap("is not deep enough for its newest vessels", "was too shallow for its newest ships"),
            trap("about a quarter of Kestwick's traffic", "roughly a quarter of the port's total traffic"),
            trap("the port authority's chairman", "Kestwick port authority chairman Neil Garrow"),
        ]),

    # 26 --------------------------------------------------------------------
    case(
        "culture", "translation", "inconsistent",
        "The Museum of Fine Arts of Valtorre will remain closed for renovation from January until the autumn of next year, the city's culture department announced yesterday. The works, with a budget of 12 million euros, include a new climate-control system and the restoration of the nineteenth-century glass roof. During the closure, around forty of the museum's most important paintings will travel to the Regional Gallery of Casamonte, where they will be exhibited free of charge. The museum received 310,000 visitors last year.",
        "Valtorre's Museum of Fine Arts is to close for refurbishment from January until autumn next year, the municipal culture department said yesterday. The 12-million-euro project includes installing a new climate-control system and restoring the glass roof, which dates from the nineteenth century. While the museum is shut, some forty of its most important paintings will go on show at the Regional Gallery in Casamonte. Last year the museum welcomed 310,000 visitors.",
        errors=[
            omit("free of charge", "minor", after="Regional Gallery in Casamonte"),
        ],
        traps=[
            trap("the municipal culture department", "the city's culture department"),
            trap("The 12-million-euro project", "with a budget of 12 million euros"),
            trap("the glass roof, which dates from the nineteenth century", "the nineteenth-century glass roof"),
            trap("welcomed 310,000 visitors", "received 310,000 visitors"),
        ]),

    # 27 --------------------------------------------------------------------
    case(
        "wildlife", "rewrite", "consistent",
        "Two Amur leopard cubs were born at Kestrel Park Zoo in late May, the zoo announced on Friday, the first births of the critically endangered species in the zoo's 60-year history. The cubs, a male and a female, have been kept out of public view with their mother, Tasha, while keepers monitor them on cameras. Head keeper Liam Orridge said both cubs had gained weight steadily and had opened their eyes. Visitors should be able to see them from September. Fewer than 130 Amur leopards are thought to survive in the wild.",
        "Kestrel Park Zoo said on Friday that two Amur leopard cubs had been born there at the end of May, the first time this critically endangered species has bred at the zoo in its six decades. The cubs, one male and one female, are being kept away from the public with their mother, Tasha, and keepers are watching them via cameras. Both are putting on weight steadily and their eyes are now open, according to head keeper Liam Orridge. Visitors should get their first look at them in September. It is estimated that under 130 Amur leopards remain in the wild.",
        traps=[
            trap("at the end of May", "in late May"),
            trap("in its six decades", "in the zoo's 60-year history"),
            trap("according to head keeper Liam Orridge", "Head keeper Liam Orridge said"),
            trap("It is estimated that", "are thought to"),
            trap("under 130", "Fewer than 130"),
        ]),

    # 28 --------------------------------------------------------------------
    case(
        "energy", "rewrite", "inconsistent",
        "The offshore wind farm Greyhaven Bank, operated by the energy company Nordlys Power, delivered its first electricity to the grid on Tuesday, two months later than planned. The delay was caused by a shortage of specialised installation vessels last autumn. When all 62 turbines are running next year, the farm will have a capacity of 930 megawatts, enough to supply about 800,000 homes. Project director Sanne Vik said the cost had stayed within the budget of 2.6 billion euros. The cable connecting the farm to the coast was built by the engineering group Halvard Kabel.",
        "Greyhaven Bank, the offshore wind farm run by Nordlys Power, fed its first electricity into the grid on Tuesday, two months behind schedule, because specialised installation vessels were in short supply last autumn. Once all 62 turbines are operating next year, the farm's capacity will be 930 megawatts, sufficient for around 800,000 homes. Project director Sanne Vik said costs had remained within the 2.6 billion euro budget. The cable linking the wind farm to the shore was built by Nordlys Power. The delay was due to a lack of installation ships last autumn.",
        errors=[
            err("Nordlys Power", "entity", "major", "Halvard Kabel", occ=1),
            err("The delay was due to a lack of installation ships last autumn.", "repetition", "minor", None,
                copy_of="because specialised installation vessels were in short supply last autumn"),
        ],
        traps=[
            trap("fed its first electricity into the grid", "delivered its first electricity to the grid"),
            trap("two months behind schedule", "two months later than planned"),
            trap("sufficient for around 800,000 homes", "enough to supply about 800,000 homes"),
            trap("the 2.6 billion euro budget", "the budget of 2.6 billion euros"),
        ]),

    # 29 --------------------------------------------------------------------
    case(
        "housing", "summary", "consistent",
        "House prices in the city of Marwick fell by 2.3 percent in the third quarter compared with the previous three months, the largest quarterly drop since 2012, according to data published on Monday by the property portal Homestead. The average asking price is now 286,000 euros. Homestead economist Clara Dunne said higher mortgage rates were keeping first-time buyers out of the market, and that prices could fall further before the end of the year. Rents, by contrast, rose 1.8 percent in the same period, as more people who cannot afford to buy compete for a limited number of flats.",
        "Marwick house prices dropped 2.3% in the third quarter from the second, the steepest quarterly fall since 2012, Homestead data show, taking the average asking price to €286,000. The portal's economist said dearer mortgages were shutting out first-time buyers and prices could slide further this year, while rents climbed 1.8%.",
        traps=[
            trap("in the third quarter from the second", "in the third quarter compared with the previous three months"),
            trap("the steepest quarterly fall since 2012", "the largest quarterly drop since 2012"),
            trap("€286,000", "286,000 euros"),
            trap("dearer mortgages were shutting out first-time buyers",
                 "higher mortgage rates were keeping first-time buyers out of the market"),
            trap("prices could slide further this year", "prices could fall further before the end of the year"),
        ]),

    # 30 --------------------------------------------------------------------
    case(
        "chess", "translation", "inconsistent",
        "The Georgian grandmaster Eka Lomtadze won the International Chess Open of Belmonte on Sunday after drawing her final game against the local player Matteo Ferraz. With 7.5 points from nine rounds, she finished half a point ahead of the Indian Arjun Kallur and the Dutchman Pieter Van Daal, who shared second place. Lomtadze, 19, takes home the first prize of 15,000 euros. The organisers said that 212 players from 34 countries took part, a record for the tournament.",
        "Georgian grandmaster Eka Lomtadze took the title at the Belmonte International Chess Open on Sunday, having drawn her last-round game with the Indian player Arjun Kallur. Her 7.5 points out of nine left her half a point clear of Kallur and Pieter Van Daal of the Netherlands, who tied for second. The 19-year-old pockets the first prize of 15,000 euros. A record 212 players from 34 countries took part, according to the organisers.",
        errors=[
            err("the Indian player Arjun Kallur", "entity", "major", "the local player Matteo Ferraz"),
        ],
        traps=[
            trap("Her 7.5 points out of nine", "With 7.5 points from nine rounds"),
            trap("Pieter Van Daal of the Netherlands", "the Dutchman Pieter Van Daal"),
            trap("who tied for second", "who shared second place"),
            trap("The 19-year-old", "Lomtadze, 19"),
        ]),

    # 31 --------------------------------------------------------------------
    case(
        "mining", "rewrite", "consistent",
        "The mining company Tarrant Resources has suspended operations at its Blackwater copper mine after a section of an underground tunnel collapsed on Saturday night. No workers were in the tunnel at the time and nobody was hurt, the company said. About 450 employees have been told to stay at home on full pay while engineers assess the damage. The mine produced 38,000 tonnes of copper last year, around a tenth of the company's total output. Tarrant said it could not yet say when production would resume.",
        "Tarrant Resources has halted work at its Blackwater copper mine following the collapse of part of an underground tunnel late on Saturday. The tunnel was empty when it gave way, so no one was injured, the company said. While engineers examine the damage, roughly 450 staff have been sent home on full pay. Last year Blackwater produced 38,000 tonnes of copper, about 10 percent of the company's entire output. Tarrant said it was too early to say when mining would restart.",
        traps=[
            trap("halted work", "suspended operations"),
            trap("late on Saturday", "on Saturday night"),
            trap("The tunnel was empty when it gave way", "No workers were in the tunnel at the time"),
            trap("about 10 percent", "around a tenth"),
            trap("it was too early to say", "it could not yet say"),
        ]),

    # 32 --------------------------------------------------------------------
    case(
        "aviation", "rewrite", "inconsistent",
        "A passenger plane operated by the regional airline Skerry Air made an emergency landing at Corrin airport on Sunday after the crew reported smoke in the cabin. All 74 passengers and four crew members left the aircraft using the emergency slides; three people were treated for minor injuries. The airline said the smoke had come from an overheated oven in the rear galley. The flight had departed from Mossbridge 40 minutes earlier and was bound for Port Ellery. The national air accident investigation board has opened an inquiry.",
        "On Sunday a Skerry Air passenger plane made an emergency landing at Corrin airport after the crew reported smoke in the cabin. The 74 passengers and four crew got off using the emergency slides, and three people were treated for minor injuries. According to the regional carrier, the smoke came from an oven that had caught fire in the rear galley. The aircraft had left Mossbridge for Port Ellery 40 minutes before. An inquiry has been opened by the national air accident investigation board.",
        errors=[
            err("an oven that had caught fire", "event", "major", "an overheated oven"),
        ],
        traps=[
            trap("The 74 passengers and four crew got off", "All 74 passengers and four crew members left the aircraft"),
            trap("According to the regional carrier", "The airline said"),
            trap("had left Mossbridge for Port Ellery 40 minutes before", "had departed from Mossbridge 40 minutes earlier"),
            trap("An inquiry has been opened by the national air accident investigation board",
                 "The national air accident investigation board has opened an inquiry"),
        ]),

    # 33 --------------------------------------------------------------------
    case(
        "libraries", "summary", "consistent",
        "The city library of Brenholm will open on Sundays for the first time from next month, following a two-year campaign by parents and students. The library will be open from 11 a.m. to 5 p.m. on Sundays, staffed by eight new part-time employees funded by a grant of 180,000 kronor a year from the Lindgaard Foundation. Head librarian Sofie Ekdal said weekday opening hours would not be cut to pay for the change. A survey last year found that 64 percent of library users wanted Sunday opening, with students preparing for exams the most enthusiastic group.",
        "After a two-year push by parents and students, Brenholm's city library will open on Sundays, from 11 a.m. to 5 p.m., starting next month. Eight new part-time staff will be paid for by an annual 180,000-kronor grant from the Lindgaard Foundation, and weekday hours will not be reduced, the head librarian said.",
        traps=[
            trap("a two-year push by parents and students", "a two-year campaign by parents and students"),
            trap("an annual 180,000-kronor grant", "a grant of 180,000 kronor a year"),
            trap("weekday hours will not be reduced", "weekday opening hours would not be cut"),
            trap("the head librarian", "Head librarian Sofie Ekdal"),
        ]),

    # 34 --------------------------------------------------------------------
    case(
        "wine", "translation", "inconsistent",
        "Winegrowers in the Valdera region began the grape harvest on 19 August this year, the earliest date since records began in 1951, the regional wine council reported. The council attributes the early start to a hot, dry July, during which barely 4 millimetres of rain fell. It expects a harvest of around 210,000 hectolitres, slightly below the average of the last ten years, but says the quality of the grapes is very good. The council's president, Armand Leclou, asked growers to pick in the cooler early-morning hours to protect the grapes.",
        "This year the grape harvest in Valdera got under way on 19 August, earlier than in any year since records were first kept in 1951, according to the regional wine council. The council puts the early start down to a hot, dry July, when hardly 4 mm of rain fell and heat stress cost some growers part of their crop. It is forecasting about 210,000 hectolitres, a little under the ten-year average, while describing grape quality as very good. Council president Armand Leclou urged growers to harvest in the cool of the early morning to protect the fruit.",
        errors=[
            err("heat stress cost some growers part of their crop", "addition", "major", None),
        ],
        traps=[
            trap("earlier than in any year since records were first kept in 1951",
                 "the earliest date since records began in 1951"),
            trap("puts the early start down to", "attributes the early start to"),
            trap("4 mm", "4 millimetres"),
            trap("a little under the ten-year average", "slightly below the average of the last ten years"),
        ]),

    # 35 --------------------------------------------------------------------
    case(
        "telecoms", "rewrite", "consistent",
        "The telecoms provider Brightwire will connect 34 villages in the Harrowdale district to full-fibre broadband by the end of 2026 under a contract worth 27 million pounds, the district council said on Tuesday. Around 11,000 homes and businesses that currently have download speeds below 10 megabits per second will be able to get speeds of up to 1 gigabit. The council is paying 9 million pounds of the cost, with the rest coming from Brightwire and a national broadband fund. Work will begin in the villages of Cotterill and Nane in January.",
        "Thirty-four villages in the Harrowdale district are to be connected to full-fibre broadband by Brightwire before the end of 2026, under a £27 million contract announced by the district council on Tuesday. About 11,000 homes and businesses now stuck with downloads slower than 10 Mbps will be able to reach up to 1 Gbps. Of the total cost, £9 million will come from the council and the remainder from Brightwire and a national broadband fund. Work starts in January in Cotterill and Nane.",
        traps=[
            trap("Thirty-four villages", "34 villages"),
            trap("£27 million contract", "contract worth 27 million pounds"),
            trap("10 Mbps", "10 megabits per second"),
            trap("up to 1 Gbps", "up to 1 gigabit"),
            trap("£9 million will come from the council", "The council is paying 9 million pounds"),
        ]),

    # 36 --------------------------------------------------------------------
    case(
        "fisheries", "rewrite", "inconsistent",
        "Fishing ministers from the coastal states of the Tressel Sea agreed on Thursday to cut the herring quota for next year by 18 percent, to 142,000 tonnes, following scientific advice that stocks had fallen for a fourth year in a row. The mackerel quota will stay unchanged at 95,000 tonnes. Fishermen's organisations said the herring cut would cost jobs in harbour towns, while environmental groups had called for a complete halt to herring fishing. The agreement will be reviewed in June when new survey data are available.",
        "On Thursday, fishing ministers of the Tressel Sea's coastal states agreed to reduce next year's herring quota by 18 percent to 124,000 tonnes, after scientists advised that stocks had declined for the fourth consecutive year. The mackerel quota remains at 95,000 tonnes. Fishermen's groups warned that the herring reduction would mean job losses in harbour towns; environmental organisations had demanded that herring fishing be stopped altogether. The deal is to be reviewed in June, once fresh survey data come in.",
        errors=[
            err("124,000 tonnes", "number", "critical", "142,000 tonnes"),
        ],
        traps=[
            trap("for the fourth consecutive year", "for a fourth year in a row"),
            trap("remains at 95,000 tonnes", "will stay unchanged at 95,000 tonnes"),
            trap("had demanded that herring fishing be stopped altogether",
                 "had called for a complete halt to herring fishing"),
        ]),

    # 37 --------------------------------------------------------------------
    case(
        "tourism", "translation", "consistent",
        "The island of Isola Fenra recorded 1.2 million tourist overnight stays between June and August, 7 percent fewer than in the same period last year, according to the island's tourism office. The decline is mainly due to the drop in visitors from northern Europe, who were discouraged by the extreme heat in July. By contrast, the number of domestic tourists increased by 4 percent. The director of the tourism office, Giulia Marras, said she was confident that the autumn season would compensate in part for the losses.",
        "According to its tourist board, Isola Fenra counted 1.2 million overnight stays by visitors in June, July and August, down 7% on the same months last year. The fall is largely explained by fewer arrivals from northern Europe, as July's extreme heat put people off. Domestic visitor numbers, on the other hand, went up by 4%. Giulia Marras, who heads the tourist board, expressed confidence that the autumn would partly make up for the shortfall.",
        traps=[
            trap("in June, July and August", "between June and August"),
            trap("down 7% on the same months last year", "7 percent fewer than in the same period last year"),
            trap("went up by 4%", "increased by 4 percent"),
            trap("Giulia Marras, who heads the tourist board", "The director of the tourism office, Giulia Marras"),
            trap("would partly make up for the shortfall", "would compensate in part for the losses"),
        ]),

    # 38 --------------------------------------------------------------------
    case(
        "education", "summary", "inconsistent",
        "The University of Carrow will close its campus in the town of Elsbury at the end of the 2025-26 academic year, the university's governing council decided on Wednesday. About 1,300 students are enrolled at Elsbury, mainly in nursing and teacher training. Vice-chancellor Prof. Adaeze Mbah said falling enrolment and repair costs of around 40 million pounds had made the site unsustainable. Current students will be able to finish their degrees at the main campus in Carrow, 30 kilometres away. Elsbury's mayor, Gordon Pryce, called the decision 'a blow to the whole town'.",
        "The University of Carrow is to shut its Elsbury campus at the end of the 2024-25 academic year, affecting some 1,300 students, mostly in nursing and teacher training, who can finish their degrees at the main campus 30 km away. The town's mayor blamed falling enrolment and about £40m of repair costs, and called the closure 'a blow to the whole town'.",
        errors=[
            err("the end of the 2024-25 academic year", "date", "major", "the end of the 2025-26 academic year"),
            err("The town's mayor blamed", "attribution", "major", "Vice-chancellor Prof. Adaeze Mbah said"),
        ],
        traps=[
            trap("30 km away", "30 kilometres away"),
            trap("about £40m of repair costs", "repair costs of around 40 million pounds"),
        ]),

    # 39 --------------------------------------------------------------------
    case(
        "wildfires", "rewrite", "consistent",
        "Firefighters brought a forest fire in the Corsley Hills under control on Wednesday morning after it had burned for three days across about 1,200 hectares of pine woodland. More than 300 firefighters and four water-bombing aircraft were involved. Around 600 residents of the villages of Pellow and Strand, who were evacuated on Monday, have been allowed to return home. Police said the fire was probably started by a discarded barbecue, and they have appealed for witnesses. Regional fire chief Olga Brenner warned that the risk of new fires remained very high because of the strong winds.",
        "A forest fire that had burned for three days across roughly 1,200 hectares of pine woods in the Corsley Hills was brought under control on Wednesday morning. Over 300 firefighters took part, supported by four water-bombing planes. The roughly 600 people evacuated from the villages of Pellow and Strand on Monday have been told they can go back to their homes. A discarded barbecue was the likely cause, according to police, who are appealing for witnesses. With strong winds still blowing, the danger of fresh fires remains very high, warned the region's fire chief, Olga Brenner.",
        traps=[
            trap("Over 300 firefighters", "More than 300 firefighters"),
            trap("water-bombing planes", "water-bombing aircraft"),
            trap("have been told they can go back to their homes", "have been allowed to return home"),
            trap("A discarded barbecue was the likely cause, according to police",
                 "Police said the fire was probably started by a discarded barbecue"),
            trap("the region's fire chief, Olga Brenner", "Regional fire chief Olga Brenner"),
        ]),

    # 40 --------------------------------------------------------------------
    case(
        "health", "translation", "consistent",
        "The waiting time for a hip operation at the hospitals of the Brennthal region has fallen to an average of 14 weeks, compared with 22 weeks a year ago, the regional health ministry announced on Monday. The improvement is due above all to a second operating theatre that opened in Lindhaven hospital in March, as well as to Saturday operations. Health minister Katrin Vogl said the goal was to bring the waiting time below ten weeks by the end of next year. Patients' associations welcomed the figures but pointed out that waiting times for knee operations have barely changed.",
        "Patients in the Brennthal region now wait 14 weeks on average for hip surgery, down from 22 weeks twelve months ago, the regional ministry of health said on Monday. This is chiefly thanks to an additional operating theatre, in service at Lindhaven hospital since March, and to operations being carried out on Saturdays. Minister Katrin Vogl said the aim was to get waiting times under ten weeks by the end of next year. Patient groups were pleased with the figures but noted that there had been hardly any change for knee operations.",
        traps=[
            trap("down from 22 weeks twelve months ago", "compared with 22 weeks a year ago"),
            trap("the regional ministry of health", "the regional health ministry"),
            trap("an additional operating theatre", "a second operating theatre"),
            trap("Minister Katrin Vogl", "Health minister Katrin Vogl"),
            trap("hardly any change for knee operations", "waiting times for knee operations have barely changed"),
        ]),
]


# ------------------------------------------------------------- resolution --

def find_nth(haystack, needle, occ):
    """Start index of the occ-th (0-based) occurrence of needle, or -1."""
    pos = -1
    for _ in range(occ + 1):
        pos = haystack.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def is_word_char(ch):
    return ch.isalnum() or ch == "_"


def cuts_word(text, pos):
    """True if offset pos falls strictly inside a word of text."""
    if pos <= 0 or pos >= len(text):
        return False
    return is_word_char(text[pos - 1]) and is_word_char(text[pos])


class SetError(Exception):
    pass


def build_records():
    problems = []
    records = []

    def bad(cid, msg):
        problems.append("%s: %s" % (cid, msg))

    for idx, c in enumerate(CASES, 1):
        cid = "s%d-%03d" % (SET_NO, idx)
        ref, cand = c["reference"], c["candidate"]
        spans = []  # (start, end, what) for overlap checks

        out_errors = []
        for e in c["errors"]:
            if e["type"] not in ERROR_TYPES:
                bad(cid, "unknown error type %r" % e["type"])
            if e["severity"] not in SEVERITIES:
                bad(cid, "unknown severity %r" % e["severity"])
            if e["kind"] == "omission":
                anchor = e["after"] if e["after"] is not None else e["before"]
                if anchor is None:
                    bad(cid, "omission without anchor")
                    continue
                p = find_nth(cand, anchor, e["occ"])
                if p < 0:
                    bad(cid, "omission anchor not found: %r" % anchor)
                    continue
                pos = p + len(anchor) if e["after"] is not None else p
                start = end = pos
                text = ""
                if c["mode"] == "summary":
                    bad(cid, "omission in a summary")
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad(cid, "omitted words not in reference: %r" % e["ref_text"])
                if e["ref_text"] and e["ref_text"].lower() in cand.lower():
                    bad(cid, "omitted words present in candidate: %r" % e["ref_text"])
                if cuts_word(cand, pos):
                    bad(cid, "omission point cuts a word at %d" % pos)
            else:
                text = e["text"]
                start = find_nth(cand, text, e["occ"])
                if start < 0:
                    bad(cid, "error span not found (occ %d): %r" % (e["occ"], text))
                    continue
                end = start + len(text)
                if e["type"] == "omission":
                    bad(cid, "omission given as a span")
                if e["type"] in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        bad(cid, "%s must have ref_text null" % e["type"])
                else:
                    if not e["ref_text"] or e["ref_text"] not in ref:
                        bad(cid, "error ref_text not in reference: %r" % e["ref_text"])
                    if e["ref_text"] == text:
                        bad(cid, "error span identical to its ref_text: %r" % text)
                if e["type"] == "repetition":
                    src = e["copy_of"]
                    if not src:
                        bad(cid, "repetition without copy_of")
                    else:
                        sp = cand.find(src)
                        if sp < 0 or sp + len(src) > start:
                            bad(cid, "repetition source not found before the copy: %r" % src)
                if text != text.strip() or not text:
                    bad(cid, "error span has outer whitespace or is empty: %r" % text)
                if cuts_word(cand, start) or cuts_word(cand, end):
                    bad(cid, "error span cuts a word: %r" % text)
            spans.append((start, end, "error %r" % text))
            out_errors.append({"start": start, "end": end, "text": text,
                               "type": e["type"], "severity": e["severity"],
                               "ref_text": e["ref_text"]})

        out_traps = []
        for t in c["traps"]:
            text = t["text"]
            start = find_nth(cand, text, t["occ"])
            if start < 0:
                bad(cid, "trap span not found (occ %d): %r" % (t["occ"], text))
                continue
            end = start + len(text)
            if not t["ref_text"] or t["ref_text"] not in ref:
                bad(cid, "trap ref_text not in reference: %r" % t["ref_text"])
            if t["ref_text"] == text:
                bad(cid, "trap worded exactly as reference: %r" % text)
            if text != text.strip() or not text:
                bad(cid, "trap span has outer whitespace or is empty: %r" % text)
            if cuts_word(cand, start) or cuts_word(cand, end):
                bad(cid, "trap span cuts a word: %r" % text)
            spans.append((start, end, "trap %r" % text))
            out_traps.append({"start": start, "end": end, "text": text,
                              "ref_text": t["ref_text"]})

        # overlaps (a zero-width omission overlaps a span it falls strictly inside)
        spans.sort()
        for i in range(len(spans)):
            for j in range(i + 1, len(spans)):
                a, b = spans[i], spans[j]
                if a[0] == a[1] or b[0] == b[1]:
                    z, s = (a, b) if a[0] == a[1] else (b, a)
                    if z is not s and s[0] < z[0] < s[1]:
                        bad(cid, "omission point inside %s" % s[2])
                elif a[0] < b[1] and b[0] < a[1]:
                    bad(cid, "overlapping spans: %s / %s" % (a[2], b[2]))

        # pair-level checks
        if c["mode"] not in MODES:
            bad(cid, "unknown mode %r" % c["mode"])
        if c["label"] not in ("consistent", "inconsistent"):
            bad(cid, "unknown label %r" % c["label"])
        nref = len(ref.split())
        if not 70 <= nref <= 180:
            bad(cid, "reference has %d words (want 70-180)" % nref)
        if c["mode"] == "summary":
            if len(cand.split()) >= nref or len(cand) >= len(ref):
                bad(cid, "summary not shorter than reference")
        if c["label"] == "consistent":
            if c["errors"]:
                bad(cid, "consistent pair with errors")
            if not 3 <= len(c["traps"]) <= 5:
                bad(cid, "consistent pair with %d traps (want 3-5)" % len(c["traps"]))
        else:
            if not 1 <= len(c["errors"]) <= 2:
                bad(cid, "inconsistent pair with %d errors (want 1-2)" % len(c["errors"]))
        if ref == cand:
            bad(cid, "candidate identical to reference")
        for s in (ref, cand):
            if re.search(r"\s{2,}", s) or s != s.strip():
                bad(cid, "stray whitespace")

        out_errors.sort(key=lambda r: (r["start"], r["end"]))
        out_traps.sort(key=lambda r: (r["start"], r["end"]))
        records.append({"id": cid, "domain": c["domain"], "mode": c["mode"],
                        "reference": ref, "candidate": cand, "label": c["label"],
                        "errors": out_errors, "traps": out_traps})

    # set-level composition checks
    n = len(records)
    labels = Counter(r["label"] for r in records)
    modes = Counter(r["mode"] for r in records)
    types = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    n_err = sum(types.values())
    if n != 40:
        problems.append("set: %d pairs (want 40)" % n)
    if labels["consistent"] != 20 or labels["inconsistent"] != 20:
        problems.append("set: labels %s (want 20/20)" % dict(labels))
    if not (18 <= modes["rewrite"] <= 22 and 9 <= modes["summary"] <= 11
            and 9 <= modes["translation"] <= 11):
        problems.append("set: modes %s (want about 20/10/10)" % dict(modes))
    if not 27 <= n_err <= 33:
        problems.append("set: %d errors (want about 30)" % n_err)
    for t in ERROR_TYPES:
        if types[t] < 2:
            problems.append("set: only %d errors of type %s (want >= 2)" % (types[t], t))
    if sev["minor"] > n_err // 4 or sev["minor"] == 0:
        problems.append("set: %d minor errors (want a few)" % sev["minor"])
    if sev["major"] + sev["critical"] <= sev["minor"]:
        problems.append("set: errors should be mostly major/critical")
    refs = [r["reference"] for r in records]
    if len(set(refs)) != len(refs):
        problems.append("set: duplicate references")
    first_words = Counter(" ".join(r.split()[:6]) for r in refs)
    if any(v > 1 for v in first_words.values()):
        problems.append("set: two references open identically")

    # round-trip: offsets must slice back to the recorded text
    for r in records:
        for item in r["errors"] + r["traps"]:
            if r["candidate"][item["start"]:item["end"]] != item["text"]:
                problems.append("%s: offsets do not match text %r" % (r["id"], item["text"]))

    stats = {"pairs": n, "labels": dict(labels), "modes": dict(modes),
             "errors": n_err, "error_types": dict(types), "severity": dict(sev),
             "traps": sum(len(r["traps"]) for r in records),
             "traps_in_consistent": sum(len(r["traps"]) for r in records
                                        if r["label"] == "consistent")}
    return records, problems, stats


def main(argv):
    check_only = "--check" in argv[1:]
    records, problems, stats = build_records()
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print("%d problem(s); nothing written." % len(problems), file=sys.stderr)
        return 1
    print(json.dumps(stats, indent=1, sort_keys=True))
    if check_only:
        print("check passed (nothing written)")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), OUT_PATH))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
