#!/usr/bin/env python3
"""Held-out evaluation set 87 for the fact-comparison tool.

How it was made: every pair below was hand-written, as Python data, by a helper
session that saw no code or data of the project -- only a short written brief.
All people, companies, organisations, places and figures are invented (real
countries appear only as background). Character offsets are never typed by
hand: they are computed here by string search (with an occurrence index where a
quoted text repeats) and validated before anything is written.

Composition (40 pairs, one domain each):
  - modes: 20 rewrite, 10 summary, 10 translation; half of each mode consistent
  - labels: 20 consistent (3-5 traps each), 20 inconsistent (0-3 traps each)
  - 30 errors over eleven types: entity 3, number 4, date 3, role 3,
    polarity 3, modality 3, attribution 2, event 3, omission 2, addition 2,
    repetition 2 (10 inconsistent pairs carry one error, 10 carry two)
  - omissions only in rewrite/translation pairs; summaries are shorter than
    their references; references are 70-190 words in news/agency/official
    register; translation pairs are two independent English renderings of
    the same (notionally non-English) story.

Usage:  python3 make_set87.py          validate and write set87.jsonl
        python3 make_set87.py --check  validate only, write nothing
"""
import json
import os
import sys
from collections import Counter

N = 87
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set%d.jsonl" % N)

DOMAINS = [d.strip() for d in (
    "platform extensions;cavity wall repairs;egg throwing contests;sea glass collecting;"
    "cress growing;damson harvests;tuxedo rental;dry ski slopes;leek shows;rail sleepers;"
    "tachographs;gully cleaning;woodland burials;substation fires;dog sledding;clamping firms;"
    "fence panel shortages;calculator museums;pea shooting contests;groyne replacement;"
    "ice road trucking;zebra crossing paint;forklift licences;tow away fees;shed fires;"
    "confetti bans;stapler design;envelope printing;cremation backlogs;weathervane restoration;"
    "towel hire;pallet recycling;sprout harvests;hay meadow surveys;driving test backlogs;"
    "lighthouse lens repair;bath bomb makers;greenhouse thefts;hosepipe bans;battery storage sites"
).split(";")]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]

CASES = []


def E(text, type_, severity, ref_text=None, occ=0, after=None, after_occ=0):
    """An error. For an omission, text is "" and `after` names the candidate
    text whose end marks the point where the missing words belong."""
    return {"text": text, "type": type_, "severity": severity,
            "ref_text": ref_text, "occ": occ, "after": after, "after_occ": after_occ}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording; ref_text is the reference wording."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


def add(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------------------
# Rewrites 1-10
# ---------------------------------------------------------------------------

add("platform extensions", "rewrite", "consistent",
    "Regional rail operator Castlemere Trains said on Monday that work to lengthen platforms at four "
    "stations on the Hollin Valley line will begin on 3 March and is expected to take 14 weeks. "
    "The £6.8 million scheme will allow eight-carriage trains to stop at Ashby Moor, Renfield, "
    "Tolland Cross and Whitcote for the first time. During the works, some early-morning services "
    "will not call at Renfield, and passengers will be offered a replacement bus. Operations director "
    "Priya Nandakumar said the extensions would add around 1,900 seats at peak times. The company said "
    "the project was funded jointly by the operator and the Hollin Valley Transport Partnership.",
    "Platforms at four stations on the Hollin Valley line are to be lengthened in a £6.8m project "
    "that Castlemere Trains announced on Monday. Work starts on 3 March and is likely to take 14 weeks. "
    "Once finished, it will let eight-carriage trains call at Ashby Moor, Renfield, Tolland Cross and "
    "Whitcote, which none of them can currently do. While the work is under way, a number of "
    "early-morning trains will skip Renfield, with a bus replacement laid on for passengers. The "
    "extensions would add roughly 1,900 seats at peak times, according to Priya Nandakumar, the "
    "operator's director of operations. Funding is shared between Castlemere and the Hollin Valley "
    "Transport Partnership, the company said.",
    traps=[T("£6.8m", "£6.8 million"),
           T("is likely to take 14 weeks", "is expected to take 14 weeks"),
           T("which none of them can currently do", "for the first time"),
           T("skip Renfield", "not call at Renfield"),
           T("Funding is shared between", "funded jointly by")])

add("cavity wall repairs", "rewrite", "inconsistent",
    "The Dunmore Housing Association will spend £3.4 million repairing cavity wall insulation in 520 "
    "homes on the Kelby estate after an inspection found that damp had spread through failed "
    "insulation in more than half of the properties surveyed. Chief executive Martin Achebe said "
    "tenants in the worst-affected homes would be offered temporary accommodation while work was "
    "carried out. The association has appointed Grantwell Building Services as main contractor, and "
    "repairs are due to start in May. Tenants' group chair Lorna Briggs welcomed the announcement but "
    "said residents had been reporting mould for at least three years. The association said it would "
    "also review insulation work carried out by other contractors across its stock of 4,100 homes.",
    "Cavity wall insulation in 620 homes on the Kelby estate is to be repaired by the Dunmore Housing "
    "Association at a cost of £3.4m. An inspection had found damp spreading through failed insulation "
    "in over half of the properties it surveyed. Tenants will be offered temporary accommodation while "
    "the work is done, chief executive Martin Achebe said. Grantwell Building Services has been "
    "appointed main contractor and repairs are due to begin in May. Lorna Briggs, who chairs the "
    "tenants' group, welcomed the news but said residents had been complaining about mould for three "
    "years or more. The association said it would also review insulation installed by other "
    "contractors across all 4,100 of its homes.",
    errors=[E("620 homes", "number", "major", "520 homes"),
            E("", "omission", "major", "in the worst-affected homes", after="Tenants")],
    traps=[T("over half", "more than half"),
           T("for three years or more", "for at least three years")])

add("egg throwing contests", "rewrite", "consistent",
    "Organisers of the Swaffield Egg Throwing Championship have cancelled this year's event, which had "
    "been due to take place on Saturday 14 June, because of a shortage of eggs from local farms. "
    "Committee secretary Gwen Harrowby said suppliers had told the committee in April that they could "
    "provide only about a third of the 3,000 eggs needed. The championship, first held in 1962, raises "
    "money for the village hall and last year attracted 640 competitors from 11 countries. Ms Harrowby "
    "said entry fees would be refunded in full within 28 days. The committee expects the contest to "
    "return next summer and is considering buying eggs from further afield.",
    "This year's Swaffield Egg Throwing Championship, scheduled for Saturday 14 June, has been called "
    "off because local farms cannot supply enough eggs. Suppliers warned the organising committee in "
    "April that they could manage only around 1,000 of the 3,000 eggs required, according to its "
    "secretary, Gwen Harrowby. Competitors will get their entry fees back in full within four weeks, "
    "she said. First staged in 1962, the event raises funds for the village hall; 640 people from 11 "
    "countries took part last year. The committee anticipates that the contest will be back next "
    "summer and is weighing up buying eggs from further away.",
    traps=[T("has been called off", "have cancelled"),
           T("around 1,000 of the 3,000 eggs", "about a third of the 3,000 eggs"),
           T("within four weeks", "within 28 days"),
           T("anticipates that the contest will be back", "expects the contest to return"),
           T("weighing up buying eggs from further away", "considering buying eggs from further afield")])

add("sea glass collecting", "rewrite", "inconsistent",
    "The Penhallow Coast Trust has asked visitors to stop removing sea glass from Tregarron Cove after "
    "volunteers recorded a sharp fall in the amount washing up on the beach. According to trust ranger "
    "Daniel Okafor, volunteers collected 42 kilograms of sea glass during monthly surveys in 2019 but "
    "just 9 kilograms last year. The trust believes commercial collectors selling the glass online are "
    "responsible for much of the decline. Local councillor Ruth Pemberton said the council would "
    "consider adding the cove to an existing by-law that bans the removal of pebbles from nearby "
    "beaches. Signs asking people to leave the glass where they find it will be put up before the "
    "Easter holidays.",
    "Visitors to Tregarron Cove are being urged by the Penhallow Coast Trust to stop taking sea glass "
    "away, after volunteers noted a steep drop in how much of it reaches the beach. Monthly surveys "
    "turned up 42kg of sea glass in 2019 but only 9kg last year, trust ranger Daniel Okafor said. "
    "Local councillor Ruth Pemberton believes commercial collectors who sell the glass online account "
    "for much of the decline, and said the council would consider extending an existing by-law "
    "banning pebble removal from nearby beaches to cover the cove. Signs asking people to leave the "
    "glass where they find it will go up before the Easter holidays.",
    errors=[E("Local councillor Ruth Pemberton believes", "attribution", "major", "The trust believes")],
    traps=[T("steep drop", "sharp fall"),
           T("42kg", "42 kilograms")])

add("cress growing", "rewrite", "consistent",
    "Pupils at Larkhill Primary School in Bramcote have set a new regional record after growing 212 "
    "trays of cress in a single classroom over two weeks. The project, run with the support of the "
    "Bramcote Allotment Society, was designed to teach children aged six and seven about germination "
    "and healthy eating. Head teacher Joanna Featherstone said the cress would be donated to the town's "
    "community kitchen, which serves around 300 meals a week. The previous record of 180 trays was set "
    "in 2016 by a school in the neighbouring county. Adjudicator Colin Marsh of the Eastern Schools "
    "Gardening Network confirmed the result on Friday after counting the trays himself.",
    "A Bramcote primary school has set a new regional record: pupils at Larkhill grew 212 trays of "
    "cress in one classroom in a fortnight. The old record, 180 trays, had stood since 2016, when it "
    "was set by a school in the next county. Colin Marsh, an adjudicator from the Eastern Schools "
    "Gardening Network, counted the trays personally before confirming the result on Friday. The "
    "project, which the Bramcote Allotment Society helped to run, aimed to teach six- and "
    "seven-year-olds about germination and healthy eating. According to head teacher Joanna "
    "Featherstone, the cress will be given to the town's community kitchen, which provides roughly 300 "
    "meals each week.",
    traps=[T("in a fortnight", "over two weeks"),
           T("the next county", "the neighbouring county"),
           T("counted the trays personally", "counting the trays himself"),
           T("six- and seven-year-olds", "children aged six and seven"),
           T("given to", "donated to")])

add("damson harvests", "rewrite", "inconsistent",
    "Damson growers in the Aldervale district expect this year's harvest to be the smallest for a "
    "decade after late frosts in April damaged blossom across most orchards. The Aldervale Damson "
    "Growers' Association estimates that members will pick around 140 tonnes, compared with 410 tonnes "
    "last year. Association chair Hugh Penrose said prices were likely to rise but that most growers "
    "would not be able to make up for the lost volume. The annual Damson Day festival in Westerby will "
    "still go ahead on 20 September, although organisers said fewer stalls would be selling fresh "
    "fruit. Several growers are considering protective fleece for next season, Mr Penrose added.",
    "Late frosts in March damaged blossom across most orchards in the Aldervale district, and growers "
    "now expect their smallest damson harvest in ten years. Members of the Aldervale Damson Growers' "
    "Association are likely to pick about 140 tonnes, against 410 tonnes last year, according to the "
    "association's estimate. Its chair, Hugh Penrose, said prices would probably rise and that most "
    "growers would be able to make up for the lost volume. Westerby's annual Damson Day festival will "
    "go ahead as planned on 20 September, though organisers said fewer stalls would have fresh fruit "
    "for sale. Mr Penrose added that several growers were looking at protective fleece for next season.",
    errors=[E("in March", "date", "major", "in April"),
            E("would be able to make up", "polarity", "critical", "would not be able to make up")],
    traps=[T("smallest damson harvest in ten years", "the smallest for a decade"),
           T("would probably rise", "were likely to rise")])

add("tuxedo rental", "rewrite", "consistent",
    "Formalwear hire chain Beaumont & Lisle has agreed to buy its smaller rival Tuxley for £18.5 "
    "million, the two companies announced on Thursday. The deal, which still requires approval from "
    "the Competition Review Board, would give Beaumont & Lisle 96 shops across the country. Tuxley's "
    "founder, Farida Osei, will leave the business once the acquisition is completed but will remain "
    "an adviser for 12 months. Beaumont & Lisle chief executive Owen Thackeray said no Tuxley shops "
    "would close as a result of the deal in its first year. Tuxley, which has 31 stores, reported "
    "revenue of £22 million in the year to March, up 8% on the previous year.",
    "Tuxley is to be bought by the larger formalwear hire chain Beaumont & Lisle in an £18.5m deal "
    "announced by both firms on Thursday. If the Competition Review Board approves the takeover, which "
    "it has yet to do, Beaumont & Lisle will have 96 shops nationwide. Owen Thackeray, its chief "
    "executive, said none of Tuxley's shops would shut because of the deal during its first year. "
    "Farida Osei, who founded Tuxley, will step away from the business when the acquisition completes, "
    "but will stay on as an adviser for a year. Tuxley runs 31 stores, and its revenue for the year to "
    "March rose 8% to £22m.",
    traps=[T("Tuxley is to be bought by the larger formalwear hire chain Beaumont & Lisle",
             "Formalwear hire chain Beaumont & Lisle has agreed to buy its smaller rival Tuxley"),
           T("which it has yet to do", "still requires approval"),
           T("none of Tuxley's shops would shut", "no Tuxley shops would close"),
           T("for a year", "for 12 months"),
           T("rose 8% to £22m", "£22 million in the year to March, up 8%")])

add("dry ski slopes", "rewrite", "inconsistent",
    "Harwick City Council has handed the running of the Penfold Hill dry ski slope to the charity "
    "Alpine Access, which will take over on 1 April under a 25-year lease. The council had planned to "
    "close the slope, which needs repairs estimated at £1.1 million, after losing £240,000 on it last "
    "year. Alpine Access, which runs two other slopes in the region, has promised to keep prices for "
    "local schools at current levels. Council leader Sandra Mbeki said the agreement would save "
    "taxpayers money while keeping the facility open. The charity plans to replace the matting and "
    "lifts over the next two summers.",
    "Harwick City Council will take over the Penfold Hill dry ski slope from the charity Alpine Access "
    "on 1 April, under a 25-year lease. The council had intended to shut the slope after losing "
    "£240,000 on it last year; repairs are estimated at £1.1m. Alpine Access, which already operates "
    "two other slopes in the region, has pledged to hold prices for local schools at their current "
    "level. The arrangement would save taxpayers money and keep the facility open, according to "
    "council leader Sandra Mbeki. Over the next two summers, the charity intends to replace the "
    "matting and lifts.",
    errors=[E("Harwick City Council will take over the Penfold Hill dry ski slope from the charity Alpine Access",
              "role", "critical",
              "Harwick City Council has handed the running of the Penfold Hill dry ski slope to the charity Alpine Access")],
    traps=[T("hold prices for local schools at their current level",
             "keep prices for local schools at current levels"),
           T("£1.1m", "£1.1 million")])

add("leek shows", "rewrite", "consistent",
    "A leek weighing 6.1 kilograms grown by retired miner Alan Tunstall has won first prize at the "
    "Brackenburn Leek Show, the heaviest entry in the show's 87-year history. Judges took almost three "
    "hours on Saturday to measure and weigh the 48 entries before announcing the results at 6pm. "
    "Mr Tunstall, 74, received a trophy and £500 in prize money. The show's chairman, Ken Dobbie, said "
    "entries had fallen from more than 100 a decade ago because fewer young people were taking up the "
    "hobby. The club plans to offer free seeds and mentoring to new growers from next spring.",
    "Retired miner Alan Tunstall took first prize at the Brackenburn Leek Show with a 6.1kg leek, the "
    "heaviest entered since the show began 87 years ago. After spending close to three hours on "
    "Saturday measuring and weighing all 48 entries, the judges announced the results at six in the "
    "evening. Mr Tunstall, who is 74, was awarded a trophy and £500 in prize money. Ken Dobbie, who "
    "chairs the show, said there had been over 100 entries ten years ago, but numbers had fallen as "
    "fewer young people took up the hobby. Starting next spring, the club intends to give new growers "
    "free seeds and mentoring.",
    traps=[T("6.1kg", "6.1 kilograms"),
           T("close to three hours", "almost three hours"),
           T("six in the evening", "6pm"),
           T("who chairs the show", "The show's chairman"),
           T("over 100 entries ten years ago", "more than 100 a decade ago")])

add("rail sleepers", "rewrite", "inconsistent",
    "Network operator Trackline Infrastructure may replace up to 45,000 wooden sleepers on the "
    "Norbridge branch with concrete ones next year after inspectors found rot in a sample of sections. "
    "A spokesperson said a final decision would be made in October, once engineers had completed a "
    "full survey of the 38-mile route. If approved, the work would cost about £27 million and require "
    "weekend closures over several months. The Norbridge Rail Users' Group said it was concerned about "
    "disruption but accepted that safety had to come first. Trackline said the line remained safe to "
    "use and that speed restrictions introduced in July would stay in place.",
    "Trackline Infrastructure will replace up to 45,000 wooden sleepers on the Norbridge branch with "
    "concrete ones next year, after inspectors discovered rot in a sample of sections. A final "
    "decision will be taken in October, once engineers have finished surveying the whole 38-mile "
    "route, a spokesperson said. The work would cost about £38m if it goes ahead and would mean "
    "weekend closures for several months. The Norbridge Rail Users' Group said that while it was "
    "worried about disruption, it accepted safety had to come first. According to Trackline, the line "
    "is still safe to use, and the speed restrictions brought in in July will remain.",
    errors=[E("will replace", "modality", "major", "may replace"),
            E("about £38m", "number", "major", "about £27 million")],
    traps=[T("brought in in July", "introduced in July")])

# ---------------------------------------------------------------------------
# Rewrites 11-20
# ---------------------------------------------------------------------------

add("tachographs", "rewrite", "consistent",
    "The Road Haulage Standards Agency fined Pellow Freight £84,000 on Wednesday after finding that 17 "
    "of its drivers had tampered with tachographs to hide breaches of driving-hour limits. "
    "Investigators discovered that magnets had been fitted to the devices in lorries based at the "
    "company's depot in Cranleigh Vale between January and August last year. The agency said the "
    "drivers had, in some cases, worked more than 15 hours without a break. Pellow Freight's managing "
    "director, Stuart Ferrand, said the company had dismissed the drivers involved and installed new "
    "tamper-proof equipment across its fleet of 120 vehicles. The company has 28 days to appeal.",
    "Pellow Freight was fined £84,000 by the Road Haulage Standards Agency on Wednesday after 17 of its "
    "drivers were found to have tampered with tachographs to conceal breaches of limits on driving "
    "hours. Between January and August last year, magnets had been attached to the devices in lorries "
    "operating from the firm's Cranleigh Vale depot, investigators found. In some cases the drivers "
    "worked over 15 hours without a break, the agency said. Managing director Stuart Ferrand said those "
    "involved had been sacked and that new tamper-proof equipment had been fitted across all 120 of "
    "the company's vehicles. Pellow Freight has four weeks to lodge an appeal.",
    traps=[T("conceal breaches of limits on driving hours", "hide breaches of driving-hour limits"),
           T("operating from the firm's Cranleigh Vale depot", "based at the company's depot in Cranleigh Vale"),
           T("over 15 hours", "more than 15 hours"),
           T("had been sacked", "had dismissed the drivers involved"),
           T("four weeks", "28 days")])

add("gully cleaning", "rewrite", "inconsistent",
    "Stenford Borough Council has cut the number of road gullies it cleans each year from about 24,000 "
    "to 15,000 as part of savings of £410,000 in its highways budget. Residents in the Millbrook area, "
    "where several streets flooded in October, have complained that blocked drains were not cleared "
    "before the storm. Highways manager Keith Adeyemi said gullies in areas with a history of flooding "
    "would still be cleaned twice a year. The council has asked residents to report blocked drains "
    "through its website. Opposition councillor Nadia Frost has called for the cuts to be reversed at "
    "next month's budget meeting.",
    "As part of £410,000 of savings in its highways budget, Stenford Borough Council now cleans 15,000 "
    "road gullies a year, down from about 24,000. People living in Millbrook, where a number of streets "
    "flooded in October, have complained that blocked drains had not been cleared before the storm. "
    "Gullies in areas with a history of flooding will continue to be cleaned twice a year, highways "
    "manager Keith Adeyemi said. Residents have been asked to use the council's website to report "
    "blocked drains. Nadia Frost, an opposition councillor, has called for the cuts to be paused at "
    "next month's budget meeting.",
    errors=[E("to be paused", "event", "major", "to be reversed")],
    traps=[T("a number of streets", "several streets"),
           T("continue to be cleaned twice a year", "still be cleaned twice a year")])

add("woodland burials", "rewrite", "consistent",
    "Plans for a 12-acre natural burial ground at Cobbett's Wood near Lindham were approved by the "
    "district council's planning committee on Tuesday by seven votes to three. The site, proposed by "
    "the Greenmantle Memorial Trust, will allow up to 2,000 burials in biodegradable coffins or "
    "shrouds, with native trees planted instead of headstones. Some residents had objected over "
    "increased traffic on Mill Lane, but highways officers raised no objection. Trust director Eleanor "
    "Vance said the first burials could take place by the end of the year. The council said demand for "
    "woodland burials in the district had doubled since 2018.",
    "On Tuesday the district council's planning committee voted seven to three to approve a 12-acre "
    "natural burial ground at Cobbett's Wood, near Lindham. Put forward by the Greenmantle Memorial "
    "Trust, the site will take a maximum of 2,000 burials in shrouds or biodegradable coffins, and "
    "native trees will be planted in place of headstones. Although some residents objected to extra "
    "traffic on Mill Lane, highways officers did not oppose the scheme. The first burials could take "
    "place before the year is out, according to the trust's director, Eleanor Vance. The council said "
    "demand for woodland burials in the district was now twice what it had been in 2018.",
    traps=[T("voted seven to three to approve", "by seven votes to three"),
           T("a maximum of 2,000 burials", "up to 2,000 burials"),
           T("did not oppose the scheme", "raised no objection"),
           T("before the year is out", "by the end of the year"),
           T("was now twice what it had been in 2018", "had doubled since 2018")])

add("substation fires", "rewrite", "inconsistent",
    "About 8,000 homes in Eastmoor lost power on Sunday evening after a fire broke out at the Kinsley "
    "Road electricity substation shortly after 7pm. Firefighters from three stations brought the blaze "
    "under control within two hours, and nobody was hurt. Grid operator Northline Power said supplies "
    "had been restored to all but 300 properties by 6am on Monday, and it expected the remainder to be "
    "reconnected later that day. The cause of the fire is being investigated. Residents living near "
    "the substation were advised to keep windows and doors closed because of smoke.",
    "A fire at the Kinsley Road electricity substation shortly before 7pm on Sunday left around 8,000 "
    "homes in Eastmoor without power. Crews from three fire stations had the blaze under control within "
    "two hours, and there were no injuries. By 6am on Monday, Northline Power, the grid operator, had "
    "restored supplies to all but 300 properties, and it expected to reconnect the rest later in the "
    "day. Investigators are looking into the cause of the fire, which is thought to have been an "
    "electrical fault. People living near the substation were told to keep their windows and doors "
    "shut because of the smoke.",
    errors=[E("shortly before 7pm", "date", "minor", "shortly after 7pm"),
            E("which is thought to have been an electrical fault", "addition", "major")],
    traps=[T("around 8,000 homes", "About 8,000 homes"),
           T("there were no injuries", "nobody was hurt")])

add("dog sledding", "rewrite", "consistent",
    "Musher Ingrid Solberg won the 300-kilometre Kestrel Ridge Sled Dog Race on Thursday, finishing in "
    "41 hours and 12 minutes, almost three hours ahead of the defending champion, Tomas Lindqvist. "
    "Solberg, 29, is the youngest winner in the race's 35-year history. Organisers said 22 teams started "
    "the race, which was shortened by 40 kilometres because of thin ice on Lake Varro, and 17 reached "
    "the finish. Race vets withdrew 14 dogs during the event, mostly for tiredness, and all were "
    "reported to be recovering. Solberg will receive prize money of 150,000 kroner.",
    "At 29, Ingrid Solberg became the youngest musher to win the Kestrel Ridge Sled Dog Race in its 35 "
    "years when she took the 300km event on Thursday. Her time of 41 hours 12 minutes put her close to "
    "three hours ahead of the reigning champion, Tomas Lindqvist. Of the 22 teams that set out, 17 "
    "finished, according to the organisers; the route had been cut by 40km because of thin ice on Lake "
    "Varro. During the race, 14 dogs were pulled out by vets, most of them because they were tired, "
    "and all of them are said to be recovering. Solberg wins 150,000 kroner in prize money.",
    traps=[T("close to three hours ahead", "almost three hours ahead"),
           T("the reigning champion", "the defending champion"),
           T("cut by 40km", "shortened by 40 kilometres"),
           T("pulled out by vets", "Race vets withdrew"),
           T("most of them because they were tired", "mostly for tiredness")])

add("clamping firms", "rewrite", "inconsistent",
    "Trading standards officers in Dunholm have warned motorists about Parkguard Enforcement, a "
    "clamping firm that has charged drivers up to £450 to release their vehicles from private car "
    "parks. The warning follows 63 complaints since January, many from shoppers at the Riverside Retail "
    "Park. Clamping on private land is not permitted under national rules, but the firm says it "
    "operates under a contract with landowner Halbrook Estates. Halbrook Estates said it had terminated "
    "the contract on Monday. Senior officer Gareth Lyle urged anyone who had paid a release fee to "
    "contact the council's consumer advice line.",
    "Motorists in Dunholm have been warned by trading standards officers about Parkguard Enforcement, a "
    "clamping company that has demanded as much as £450 from drivers to release vehicles from private "
    "car parks. There have been 63 complaints since January, many of them from people shopping at the "
    "Halbrook Retail Park. Although clamping on private land is not permitted under national rules, "
    "Parkguard says it works under a contract with the landowner, Halbrook Estates. On Monday, Parkguard "
    "ended its contract with Halbrook Estates. Gareth Lyle, a senior officer, urged anyone who had paid "
    "a release fee to call the council's consumer advice line.",
    errors=[E("Halbrook Retail Park", "entity", "minor", "Riverside Retail Park"),
            E("Parkguard ended its contract with Halbrook Estates", "role", "major",
              "Halbrook Estates said it had terminated the contract")],
    traps=[T("as much as £450", "up to £450")])

add("fence panel shortages", "rewrite", "consistent",
    "Garden centres across the region are running short of fence panels after storms last month "
    "damaged thousands of fences, according to the Horticultural Retailers' Federation. The federation "
    "said stocks of standard six-foot panels were about 70% lower than normal for the time of year, and "
    "some suppliers were quoting waiting times of up to eight weeks. Timber merchant Colm Rafferty said "
    "prices had risen by around a quarter since the storms. The federation advised homeowners to check "
    "whether their insurance covered fence damage before ordering replacements. It expects supplies to "
    "return to normal by early summer.",
    "Thousands of fences were damaged in last month's storms, and garden centres throughout the region "
    "are now short of fence panels, the Horticultural Retailers' Federation says. Stocks of standard "
    "six-foot panels are roughly 70% below normal levels for this time of year, and waits of as long as "
    "eight weeks are being quoted by some suppliers, the federation said. According to timber merchant "
    "Colm Rafferty, prices have gone up by about 25% since the storms. Homeowners should find out "
    "whether their insurance covers fence damage before they order replacements, the federation "
    "advised, adding that it expects supplies to be back to normal by early summer.",
    traps=[T("throughout the region", "across the region"),
           T("roughly 70% below normal levels", "about 70% lower than normal"),
           T("as long as eight weeks", "up to eight weeks"),
           T("about 25%", "around a quarter"),
           T("be back to normal", "return to normal")])

add("calculator museums", "rewrite", "inconsistent",
    "A museum devoted to mechanical and electronic calculators will open in the former post office in "
    "Wexham on 9 May. The collection of more than 1,400 machines was assembled over 50 years by retired "
    "engineer Bernard Holloway, who donated it to the Wexham Heritage Trust last year. Exhibits range "
    "from a brass adding machine made in 1885 to early pocket calculators from the 1970s. The trust "
    "received a grant of £95,000 from the Regional Heritage Fund to convert the building. Admission "
    "will be free for the first month, after which adults will pay £4.",
    "A museum of mechanical and electronic calculators is due to open in Wexham's former post office on "
    "9 May. Retired engineer Bernard Holloway spent 50 years building up the collection of over 1,400 "
    "machines, which he gave to the Wexham Heritage Trust last year. The exhibits run from a brass "
    "adding machine dating from 1885 to early pocket calculators from the 1970s. The trust was awarded "
    "£95,000 by the Regional Heritage Fund to convert the building. Entry will be free for the first "
    "month, after which adults will be charged £4. Retired engineer Bernard Holloway spent 50 years "
    "building up the collection.",
    errors=[E("Retired engineer Bernard Holloway spent 50 years building up the collection",
              "repetition", "minor", occ=1)],
    traps=[T("over 1,400 machines", "more than 1,400 machines"),
           T("which he gave to", "who donated it to")])

add("pea shooting contests", "rewrite", "consistent",
    "A 15-year-old from Marlow Green has become the youngest person to win the National Pea Shooting "
    "Championship, beating 94 other competitors at the village of Ebbsworth on Saturday. Chloe Ashdown "
    "hit the centre of the putty target with seven of her ten shots in the final, organisers said. The "
    "contest, which has been held on the Ebbsworth village green since 1971, raises money for the local "
    "primary school. This year's event collected £3,200, a record. Chloe said she had practised every "
    "evening for three months using a shooter made by her grandfather.",
    "Chloe Ashdown, 15, of Marlow Green, is the youngest ever winner of the National Pea Shooting "
    "Championship after she saw off 94 rivals in Ebbsworth on Saturday. In the final, seven of her ten "
    "shots struck the centre of the putty target, according to the organisers. Held on Ebbsworth's "
    "village green since 1971, the contest raises funds for the local primary school, and this year it "
    "brought in a record £3,200. Chloe said she had practised every evening for three months with a "
    "shooter that her grandfather had made.",
    traps=[T("the youngest ever winner", "the youngest person to win"),
           T("saw off 94 rivals", "beating 94 other competitors"),
           T("seven of her ten shots struck the centre", "hit the centre of the putty target with seven of her ten shots"),
           T("a record £3,200", "collected £3,200, a record"),
           T("that her grandfather had made", "made by her grandfather")])

add("groyne replacement", "rewrite", "inconsistent",
    "Work to replace 23 timber groynes along the seafront at Saltmouth will begin in September and last "
    "for two years, the Coastal Defence Agency has confirmed. The existing groynes, built in the 1950s, "
    "have deteriorated so badly that several have collapsed, allowing shingle to drift away from the "
    "beach. The new structures will be made from rock and recycled hardwood and are designed to last at "
    "least 60 years. The £14 million project is being paid for by the agency and Saltmouth Town "
    "Council. Sections of the promenade will be closed while the work takes place, but access to the "
    "beach will be maintained.",
    "The Coastal Defence Agency has confirmed that 23 timber groynes on the Saltmouth seafront are to be "
    "replaced in a two-year project starting in September. Built in the 1950s, the current groynes are "
    "in such poor condition that several have fallen down, letting shingle drift away from the beach. "
    "Their replacements, made of rock and recycled hardwood, are designed to last for at least 50 "
    "years. The agency and Saltmouth Town Council are funding the £14m scheme. Parts of the promenade "
    "will be shut during the work, although people will still be able to get to the beach.",
    errors=[E("at least 50 years", "number", "major", "at least 60 years")],
    traps=[T("fallen down", "collapsed"),
           T("£14m", "£14 million"),
           T("people will still be able to get to the beach", "access to the beach will be maintained")])

# ---------------------------------------------------------------------------
# Summaries 21-30
# ---------------------------------------------------------------------------

add("ice road trucking", "summary", "consistent",
    "The winter ice road linking the mining town of Tessaluk with the regional depot at Corran Bay "
    "opened on Monday, 11 days later than last year because of a mild start to the season. The "
    "340-kilometre route, which crosses 19 frozen lakes, is the only overland supply link to Tessaluk "
    "during winter. Haulage firm Northfrost Logistics plans to run about 2,600 truckloads of fuel, food "
    "and equipment along the road before it closes, usually in late March. Road manager Elsa Karvonen "
    "said the ice was at least 90 centimetres thick on the main crossings, enough for fully loaded "
    "trucks, but warned that loads would be restricted if temperatures rose. Drivers are limited to 25 "
    "kilometres an hour on the ice to reduce pressure waves.",
    "The 340km ice road to Tessaluk, the town's only overland supply link in winter, opened on Monday, "
    "11 days later than last year after a mild start to the season. Northfrost Logistics intends to "
    "send some 2,600 truckloads along it before it closes, typically in late March. The ice is at least "
    "90cm thick on the main crossings, enough for fully loaded trucks, though the road's manager warned "
    "that weights would be capped if temperatures rose.",
    traps=[T("340km", "340-kilometre"),
           T("intends to send some 2,600 truckloads", "plans to run about 2,600 truckloads"),
           T("typically in late March", "usually in late March"),
           T("weights would be capped", "loads would be restricted")])

add("zebra crossing paint", "summary", "inconsistent",
    "Ferrisford County Council is to repaint all 212 zebra crossings in the county by the end of "
    "October after an audit found that the markings on almost half of them had faded below safety "
    "standards. The £380,000 programme follows the death of a pedestrian on a crossing in Hatchley in "
    "February, which a coroner said may have been partly caused by poorly visible markings. The work "
    "will be carried out at night by contractor Linemark Surfaces to minimise disruption. Cabinet member "
    "for transport Diane Oyelaran said the council would also trial a more durable paint on 20 "
    "crossings near schools. Pedestrian campaign group Safe Steps Ferrisford welcomed the move but said "
    "it had raised concerns about the crossings two years ago.",
    "Ferrisford County Council will repaint all 212 of its zebra crossings by the end of October at a "
    "cost of £380,000, after an audit found the markings on nearly half had faded below safety "
    "standards. The move follows a pedestrian's death on a crossing in Hatchley in February. Contractor "
    "Safe Steps will do the work at night, and a tougher paint will be trialled on 12 crossings near "
    "schools.",
    errors=[E("Safe Steps", "entity", "major", "Linemark Surfaces"),
            E("12 crossings", "number", "minor", "20 crossings")],
    traps=[T("nearly half", "almost half")])

add("forklift licences", "summary", "consistent",
    "The Workplace Safety Executive has suspended the accreditation of Brantwood Training, one of the "
    "largest providers of forklift licences in the north, after inspectors found that some candidates "
    "had been certified without completing practical tests. About 3,800 licences issued by the company "
    "since June 2022 will need to be checked, the executive said. Operators holding these licences can "
    "continue to work for now but may be asked to resit their assessment. Brantwood Training's "
    "director, Philip Osgood, said the company was cooperating fully and believed the problems were "
    "limited to one training centre. Employers have been advised to confirm which provider issued their "
    "staff's licences.",
    "Forklift licence provider Brantwood Training has had its accreditation suspended after inspectors "
    "found some candidates had been certified without completing practical tests. Roughly 3,800 "
    "licences it has issued since June 2022 must be checked; holders can keep working for the time "
    "being but could be asked to resit. Its director says the firm is cooperating fully and believes "
    "the problems are confined to one centre.",
    traps=[T("Roughly 3,800", "About 3,800"),
           T("must be checked", "will need to be checked"),
           T("for the time being", "for now"),
           T("could be asked to resit", "may be asked to resit"),
           T("confined to one centre", "limited to one training centre")])

add("tow away fees", "summary", "inconsistent",
    "Drivers in Portwell could pay up to £300 to recover towed vehicles under proposals published by "
    "the city council on Wednesday, up from the current £150. The council said the increase was needed "
    "to cover the cost of running its vehicle pound, which lost £520,000 last year. The proposals, which "
    "will be subject to a six-week public consultation, would also introduce a daily storage charge of "
    "£25 after the first 24 hours. Motoring group Drive Fair said the plans would hit low-income drivers "
    "hardest. A final decision is expected in January.",
    "Towing fees in Portwell will rise to as much as £300 from the current £150, the city council "
    "announced on Wednesday, to help cover losses at its vehicle pound. The proposals, which face a "
    "six-week public consultation, also include a £25 daily storage charge after the first 24 hours. "
    "A final decision is expected in January.",
    errors=[E("will rise to as much as £300", "modality", "major", "could pay up to £300")],
    traps=[T("a £25 daily storage charge", "a daily storage charge of £25")])

add("shed fires", "summary", "consistent",
    "Firefighters in Brockley Vale have attended 27 shed fires since the start of June, more than "
    "double the number for the same period last year, the county fire service said on Friday. Station "
    "manager Tariq Hollis said at least nine of the fires were believed to have been started "
    "deliberately, and police were investigating. Several others were caused by lithium batteries from "
    "electric bikes and garden tools left charging overnight. No one has been seriously injured, but a "
    "family of four was treated for smoke inhalation after a fire spread to their home on Orchard Close "
    "last week. The service urged residents to store batteries safely and to keep sheds locked.",
    "The county fire service says Brockley Vale has had 27 shed fires since the start of June, over "
    "twice as many as in the same period last year. At least nine are thought to have been arson and "
    "are under police investigation, while several were caused by e-bike and garden-tool batteries left "
    "on charge overnight. Residents are being urged to store batteries safely and lock their sheds.",
    traps=[T("over twice as many", "more than double the number"),
           T("thought to have been arson", "believed to have been started deliberately"),
           T("under police investigation", "police were investigating"),
           T("left on charge overnight", "left charging overnight")])

add("confetti bans", "summary", "inconsistent",
    "The trustees of St Aldhelm's Church in Marrowby have banned paper confetti at weddings after "
    "complaints from neighbours about litter, but couples will still be allowed to use dried petals. "
    "The Reverend Judith Ames said the decision had not been taken lightly and that the church wanted "
    "weddings to remain joyful occasions. Local florist Kerry Mabbutt said she had already seen a rise "
    "in orders for petal confetti. Wedding planner Sian Moffat said some couples had been upset by the "
    "change, particularly those who had bought confetti months in advance. The ban takes effect from "
    "1 May.",
    "St Aldhelm's Church in Marrowby is banning paper confetti at weddings from 1 May after neighbours "
    "complained about litter, and dried petals will not be allowed either. The Reverend Judith Ames said "
    "some couples had been upset, especially those who bought confetti months ago, but that the "
    "decision had not been taken lightly.",
    errors=[E("dried petals will not be allowed either", "polarity", "critical",
              "couples will still be allowed to use dried petals"),
            E("The Reverend Judith Ames said", "attribution", "major", "Wedding planner Sian Moffat said")])

add("stapler design", "summary", "consistent",
    "Office equipment maker Quillon has launched a stapler that it says needs 60% less force to operate "
    "than conventional models, following a three-year design project with the occupational therapy "
    "department at Harbrook University. The Q-Press, which goes on sale in May at £34.99, uses a "
    "spring-loaded lever and can fasten up to 40 sheets at a time. Quillon's head of design, Marta "
    "Kowalczyk, said the product was developed with input from people with arthritis and reduced hand "
    "strength. The company expects to sell around 150,000 units in its first year and plans to release "
    "a smaller version for home use in 2025.",
    "Quillon says its new Q-Press stapler, developed over three years with Harbrook University's "
    "occupational therapists, needs 60% less effort to use than standard staplers. On sale from May at "
    "£34.99, it can fasten as many as 40 sheets at once and was designed with input from people with "
    "arthritis and weak grip. The firm forecasts first-year sales of about 150,000.",
    traps=[T("60% less effort", "60% less force"),
           T("standard staplers", "conventional models"),
           T("as many as 40 sheets", "up to 40 sheets"),
           T("weak grip", "reduced hand strength"),
           T("forecasts first-year sales of about 150,000", "expects to sell around 150,000 units in its first year")])

add("envelope printing", "summary", "inconsistent",
    "Envelope printer Carraway Press will close its factory in Linthorpe in December, with the loss of "
    "85 jobs, after its largest customer, a national utility company, switched to paperless billing. "
    "The company said it would move some production to its site in Ashgrove, where 40 new posts would "
    "be created. Managing director Helen Strachan said the decision was painful but that demand for "
    "printed envelopes had fallen by more than a third in five years. The union Unitas said it would "
    "seek talks on redeployment and redundancy terms. Carraway Press, founded in 1948, employs 310 "
    "people.",
    "Carraway Press is to shut its Linthorpe envelope factory in December, cutting 85 jobs, after its "
    "biggest customer, a national utility, moved to paperless billing. Some production will transfer to "
    "Ashgrove, creating 40 posts. The union Unitas has agreed redeployment and redundancy terms.",
    errors=[E("has agreed redeployment and redundancy terms", "event", "major",
              "would seek talks on redeployment and redundancy terms")],
    traps=[T("cutting 85 jobs", "with the loss of 85 jobs"),
           T("biggest customer", "largest customer")])

add("cremation backlogs", "summary", "consistent",
    "Families in the Redmarsh area are waiting up to five weeks for cremations after one of the two "
    "cremators at Redmarsh Crematorium broke down in early January, the district council has said. "
    "Replacement parts have had to be ordered from abroad and are not expected to arrive until the end "
    "of February. In the meantime, the crematorium has extended its opening hours to include Saturdays, "
    "and some funerals are being moved to the Hallowfield crematorium, 20 miles away. Bereavement "
    "services manager Colin Vasquez apologised to families and said the council was doing everything it "
    "could to reduce delays. Normally, families wait about ten days.",
    "Families in the Redmarsh area face waits of as long as five weeks for cremations, against roughly "
    "ten days normally, since one of Redmarsh Crematorium's two cremators failed in early January. Parts "
    "from overseas are unlikely to arrive before the end of February, so the crematorium now also opens "
    "on Saturdays and some funerals are going to Hallowfield, 20 miles away.",
    traps=[T("as long as five weeks", "up to five weeks"),
           T("roughly ten days", "about ten days"),
           T("failed", "broke down"),
           T("from overseas", "from abroad"),
           T("unlikely to arrive before the end of February", "not expected to arrive until the end of February")])

add("weathervane restoration", "summary", "inconsistent",
    "A 200-year-old copper weathervane in the shape of a fox has been returned to the top of Calverley "
    "Market Hall after an eight-month restoration. The weathervane was taken down last April after a "
    "storm bent its spindle and tore a hole in its tail. Metalwork specialist Rosa Engelbrecht repaired "
    "the damage and applied new gold leaf, using traditional methods. The £28,000 cost was met by the "
    "Calverley Civic Society and a public appeal that raised £11,500. A crane lifted the fox back into "
    "place on Tuesday morning, watched by around 200 people.",
    "Calverley Market Hall's 200-year-old copper fox weathervane was craned back into place on Tuesday "
    "afternoon, watched by about 200 people, after an eight-month restoration. Storm damage had forced "
    "its removal last April. Specialist Rosa Engelbrecht repaired and regilded it using traditional "
    "methods, watched by about 200 people.",
    errors=[E("on Tuesday afternoon", "date", "minor", "on Tuesday morning"),
            E("watched by about 200 people", "repetition", "minor", occ=1)],
    traps=[T("regilded", "applied new gold leaf")])

# ---------------------------------------------------------------------------
# Translations 31-40 (two independent English renderings of one foreign story)
# ---------------------------------------------------------------------------

add("towel hire", "translation", "consistent",
    "The towel and linen hire company Lavanor, based in Vaucrozet, announced on Tuesday that it will "
    "invest 4.5 million euros in a new laundry capable of processing 30 tonnes of textiles per day. The "
    "site, which should open in the spring of next year, will create about 60 jobs. According to "
    "managing director Sébastien Charrier, the new machines will use 40% less water than the current "
    "equipment. Lavanor supplies some 350 hotels and campsites in the region, and its turnover rose by "
    "12% last year. The company also plans to replace part of its delivery fleet with electric vans.",
    "Lavanor, a Vaucrozet-based firm that rents out towels and linen, said on Tuesday it would spend "
    "€4.5m on a new laundry able to handle 30 tonnes of textiles a day. Around 60 jobs will be created "
    "at the facility, which is due to open next spring. Its managing director, Sébastien Charrier, said "
    "the new machinery would consume 40% less water than the equipment now in use. The company, whose "
    "sales grew 12% last year, serves approximately 350 hotels and campsites across the region, and it "
    "also intends to switch some of its delivery vehicles to electric vans.",
    traps=[T("€4.5m", "4.5 million euros"),
           T("is due to open next spring", "should open in the spring of next year"),
           T("Around 60 jobs", "about 60 jobs"),
           T("sales grew 12%", "turnover rose by 12%"),
           T("approximately 350 hotels", "some 350 hotels")])

add("pallet recycling", "translation", "inconsistent",
    "The pallet recycling firm Holzkreis GmbH from Bremmingen has been taken over by the logistics group "
    "Varntal, the two companies announced on Thursday. The purchase price was not disclosed. Holzkreis "
    "repairs around 1.2 million wooden pallets a year at its two plants and employs 140 people. All jobs "
    "are to be retained, according to Varntal board member Ulrike Demmler. Holzkreis founder Jürgen "
    "Pelz, 67, will leave the company at the end of the year. Varntal intends to use the acquisition to "
    "reduce its own purchases of new pallets by half by 2027.",
    "Bremmingen-based pallet recycler Holzkreis GmbH has acquired the logistics group Varntal, the "
    "companies said on Thursday, without revealing how much was paid. At its two sites, Holzkreis "
    "reconditions some 1.2 million wooden pallets annually, and it has a workforce of 140. Ulrike "
    "Demmler, a member of Varntal's board, said every job would be kept. Jürgen Pelz, 67, who founded "
    "Holzkreis, is to step down. Through the deal, Varntal aims to halve the number of new pallets it "
    "buys by 2027.",
    errors=[E("Holzkreis GmbH has acquired the logistics group Varntal", "role", "critical",
              "Holzkreis GmbH from Bremmingen has been taken over by the logistics group Varntal"),
            E("", "omission", "minor", "at the end of the year", after="is to step down")],
    traps=[T("without revealing how much was paid", "The purchase price was not disclosed"),
           T("halve the number of new pallets it buys", "reduce its own purchases of new pallets by half")])

add("sprout harvests", "translation", "consistent",
    "Brussels sprout growers in the Veldmaar region expect a harvest about 15 percent lower than last "
    "year, the regional growers' cooperative Groenkop reported on Friday. The wet summer delayed "
    "planting on many farms by three to four weeks, and the plants have remained smaller as a result. "
    "Cooperative chairman Dirk van Houten said prices for consumers would probably rise slightly before "
    "Christmas. Groenkop, which has 85 member growers, markets around 22,000 tonnes of sprouts in a "
    "normal year, most of it to supermarkets in the Netherlands and Germany. The harvest began in "
    "mid-September and will continue until March.",
    "Growers of Brussels sprouts in Veldmaar are anticipating a crop roughly 15% smaller than last "
    "year's, Groenkop, the region's growers' cooperative, said on Friday. Because of the wet summer, "
    "planting on many farms started three to four weeks late, leaving the plants smaller. Consumers are "
    "likely to pay a little more before Christmas, said the cooperative's chairman, Dirk van Houten. "
    "Groenkop, whose members are 85 growers, sells about 22,000 tonnes of sprouts in a typical year, "
    "mostly to Dutch and German supermarkets. Harvesting started in the middle of September and will go "
    "on until March.",
    traps=[T("roughly 15% smaller", "about 15 percent lower"),
           T("planting on many farms started three to four weeks late",
             "delayed planting on many farms by three to four weeks"),
           T("Consumers are likely to pay a little more", "prices for consumers would probably rise slightly"),
           T("Dutch and German supermarkets", "supermarkets in the Netherlands and Germany"),
           T("the middle of September", "mid-September")])

add("hay meadow surveys", "translation", "inconsistent",
    "Volunteers counted 212 plant species in the hay meadows around the village of Oberfeldau this "
    "summer, according to a survey by the nature conservation association Wiesenbund. That is 19 more "
    "than in the last survey five years ago. Project leader Katrin Imhof attributed the increase mainly "
    "to the fact that several farmers no longer mow their meadows before mid-July. However, the "
    "association did not find the rare marsh gentian, which was last recorded in 2011. A total of 46 "
    "volunteers took part in the survey, which covered 38 hectares.",
    "This summer, volunteers recorded 212 plant species in the hay meadows near Oberfeldau, according "
    "to a survey by the conservation group Wiesenbund. That is 19 species more than five years ago, "
    "when the previous survey was done. According to project manager Katrin Imhof, the rise is chiefly "
    "due to several farmers now waiting until mid-July before mowing their meadows. The association "
    "also rediscovered the rare marsh gentian, which had last been recorded in 2011. The survey covered "
    "38 hectares and involved 46 volunteers in all.",
    errors=[E("The association also rediscovered the rare marsh gentian", "polarity", "critical",
              "the association did not find the rare marsh gentian")],
    traps=[T("now waiting until mid-July before mowing their meadows",
             "no longer mow their meadows before mid-July")])

add("driving test backlogs", "translation", "consistent",
    "Learner drivers in the province of Valdoria are waiting an average of 94 days for a practical "
    "driving test, almost twice as long as a year ago, according to figures published on Monday by the "
    "Association of Driving Schools. The association blames a shortage of examiners: 11 of the "
    "province's 38 posts are currently vacant. Its president, Rosa Ibarrola, called on the traffic "
    "authority to hire temporary examiners before the summer. The traffic authority said a recruitment "
    "process was under way and that eight new examiners would start work in April. Around 23,000 "
    "candidates are currently on the waiting list.",
    "Figures released on Monday by the Association of Driving Schools show that learners in Valdoria "
    "province now wait 94 days on average for their practical test, close to double the wait a year "
    "earlier. The association puts the delays down to a lack of examiners, with 11 of the 38 examiner "
    "posts in the province currently unfilled. Rosa Ibarrola, who heads the association, urged the "
    "traffic authority to take on temporary examiners before summer. The authority said it was already "
    "recruiting and that eight new examiners would begin in April. Some 23,000 candidates are on the "
    "waiting list at present.",
    traps=[T("close to double the wait", "almost twice as long"),
           T("puts the delays down to a lack of examiners", "blames a shortage of examiners"),
           T("unfilled", "vacant"),
           T("who heads the association", "Its president"),
           T("Some 23,000", "Around 23,000")])

add("lighthouse lens repair", "translation", "inconsistent",
    "The historic lens of the Skarvholm lighthouse will be sent for repair in the autumn after cracks "
    "were discovered in two of its glass prisms during an inspection in May. The lens, manufactured in "
    "1904, weighs around 1.8 tonnes and is one of only three of its type still in use along the coast. "
    "According to the Coastal Heritage Directorate, the repair could take up to a year and will be "
    "carried out by a specialist workshop in Bergmo. During the repair, a modern LED light will be "
    "installed so that the lighthouse remains in operation. The cost is estimated at 2.4 million "
    "kroner.",
    "Skarvholm lighthouse's historic lens is to go for repair this autumn, after an inspection in May "
    "revealed cracks in two of its glass prisms. Made in 1904, the lens weighs about 1.8 tonnes and is "
    "one of just three of its kind still working on the coast. The Coastal Heritage Directorate said "
    "the work, to be done by a specialist workshop in Bergmo, will take a year. A modern LED light will "
    "be fitted in the meantime so the lighthouse can keep operating, which the directorate says will "
    "also cut maintenance costs. The estimated cost is 2.4 million kroner.",
    errors=[E("will take a year", "modality", "major", "could take up to a year"),
            E("which the directorate says will also cut maintenance costs", "addition", "minor")],
    traps=[T("one of just three of its kind", "one of only three of its type"),
           T("about 1.8 tonnes", "around 1.8 tonnes")])

add("bath bomb makers", "translation", "consistent",
    "Fizzera, a small company from Castelmonte that makes handmade bath bombs, has won a contract to "
    "supply 120 pharmacies across the country, its founders announced on Wednesday. The company, "
    "started in 2019 by sisters Giulia and Marta Ferrandi in their parents' garage, currently produces "
    "about 4,000 bath bombs a week. To meet the new demand, it will move to a larger workshop in January "
    "and hire 15 additional staff. Giulia Ferrandi said all ingredients would continue to be sourced "
    "from Italian suppliers. The company's sales reached 900,000 euros last year.",
    "The small Castelmonte firm Fizzera, which makes bath bombs by hand, has secured a contract to "
    "supply 120 pharmacies nationwide, its founders said on Wednesday. Sisters Giulia and Marta Ferrandi "
    "set up the business in their parents' garage in 2019, and it now turns out roughly 4,000 bath "
    "bombs every week. In January it will relocate to a bigger workshop and take on another 15 "
    "employees to cope with the extra orders. According to Giulia Ferrandi, every ingredient will still "
    "come from suppliers in Italy. Last year the company's sales totalled €900,000.",
    traps=[T("nationwide", "across the country"),
           T("roughly 4,000", "about 4,000"),
           T("take on another 15 employees", "hire 15 additional staff"),
           T("suppliers in Italy", "Italian suppliers"),
           T("€900,000", "900,000 euros")])

add("greenhouse thefts", "translation", "inconsistent",
    "Police in the district of Lindenhagen are investigating a series of thefts from greenhouses at "
    "allotment gardens. Since the beginning of March, unknown persons have broken into at least 23 "
    "greenhouses and stolen mainly tools, seedlings and petrol-powered lawnmowers, a police spokesman "
    "said on Tuesday. The damage is estimated at around 18,000 euros. Most of the break-ins took place "
    "at night in the Sonnenwinkel and Am Mühlbach garden colonies. The chairman of the allotment "
    "association, Horst Kemmer, has asked members to mark their tools and report suspicious "
    "observations.",
    "A string of greenhouse thefts at allotment gardens is under investigation by police in Lindenhagen "
    "district. Since the start of March, at least 23 greenhouses have been broken into by unknown "
    "culprits, who mostly took tools, seedlings and petrol lawnmowers, a police spokesperson said on "
    "Tuesday. The losses are put at roughly 18,000 euros. The majority of the break-ins happened at "
    "night at the Sonnenwinkel and Lindenhagen allotment colonies. Horst Kemmer, who chairs the "
    "allotment association, has urged members to mark their tools and report anything suspicious.",
    errors=[E("Lindenhagen", "entity", "major", "Am Mühlbach", occ=1)],
    traps=[T("roughly 18,000 euros", "around 18,000 euros"),
           T("The majority of the break-ins", "Most of the break-ins")])

add("hosepipe bans", "translation", "consistent",
    "The water utility of the Haute-Vérane department has extended its ban on using hosepipes to water "
    "gardens and wash cars until at least 15 September, the prefecture announced on Thursday. The "
    "restrictions, in force since 1 July, now apply to 142 municipalities, compared with 96 last month. "
    "Reservoir levels stand at 38 percent of capacity, the lowest for the time of year since 2003. "
    "Offenders face fines of up to 1,500 euros. Farmers will be allowed to continue irrigating crops "
    "between 8pm and 8am, when less water is lost to evaporation.",
    "The prefecture announced on Thursday that the Haute-Vérane water utility has prolonged its hosepipe "
    "ban, which prohibits watering gardens and washing cars, until 15 September at the earliest. In "
    "force since the first of July, the restrictions now cover 142 communes, up from 96 last month. At "
    "38% of capacity, reservoirs are at their lowest level for this time of year since 2003. Anyone "
    "breaking the rules can be fined as much as €1,500. Farmers may keep irrigating their crops "
    "overnight, from 8pm to 8am, when evaporation losses are lower.",
    traps=[T("until 15 September at the earliest", "until at least 15 September"),
           T("the first of July", "1 July"),
           T("142 communes", "142 municipalities"),
           T("fined as much as €1,500", "fines of up to 1,500 euros"),
           T("overnight, from 8pm to 8am", "between 8pm and 8am")])

add("battery storage sites", "translation", "inconsistent",
    "The regional government of Alcorva has approved the construction of a battery storage plant with a "
    "capacity of 200 megawatts near the town of Serranillo, the energy company Voltisur announced on "
    "Monday. The facility, which will cost around 140 million euros, is due to start operating in 2026 "
    "and will be able to store electricity from nearby solar farms for up to four hours. Serranillo's "
    "mayor, Antonio Bermejo, said the project would bring 35 permanent jobs to the area. Some residents "
    "have expressed concerns about fire safety, and the company has promised to hold a public "
    "information meeting in March.",
    "The energy company Voltisur said on Monday that Alcorva's regional government had given the "
    "go-ahead for a 200 MW battery storage plant close to Serranillo. Costing about €140m, the plant "
    "is scheduled to come into operation in 2026 and will be able to hold power from the solar farms "
    "nearby for as long as four hours. Antonio Bermejo, the mayor of Serranillo, said the project would "
    "create 35 permanent jobs locally. Some residents have filed formal complaints about fire safety, "
    "and the company has pledged to organise a public information meeting in March.",
    errors=[E("have filed formal complaints about fire safety", "event", "minor",
              "have expressed concerns about fire safety")],
    traps=[T("given the go-ahead", "approved"),
           T("200 MW", "200 megawatts"),
           T("for as long as four hours", "for up to four hours")])

# ---------------------------------------------------------------------------
# Offsets, validation, output
# ---------------------------------------------------------------------------

def find_occ(hay, needle, occ):
    """Start of the occ-th (0-based) occurrence of needle in hay, or -1."""
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def words(s):
    return len(s.split())


def clean_edge(s, i):
    """True if offset i does not fall inside a word."""
    if i <= 0 or i >= len(s):
        return True
    return not (s[i - 1].isalnum() and s[i].isalnum())


def build():
    problems = []
    records = []

    def bad(cid, msg):
        problems.append("%s: %s" % (cid, msg))

    for n, c in enumerate(CASES, 1):
        cid = "s%d-%03d" % (N, n)
        ref, cand = c["reference"], c["candidate"]
        for name, txt in (("reference", ref), ("candidate", cand)):
            if txt != txt.strip() or "  " in txt or "\n" in txt:
                bad(cid, "%s has stray whitespace" % name)
        if c["mode"] not in ("rewrite", "summary", "translation"):
            bad(cid, "bad mode")
        if c["label"] not in ("consistent", "inconsistent"):
            bad(cid, "bad label")
        if c["domain"] not in DOMAINS:
            bad(cid, "domain not in list: %r" % c["domain"])
        if not 70 <= words(ref) <= 190:
            bad(cid, "reference has %d words" % words(ref))
        if c["mode"] == "summary" and not (len(cand) < len(ref) and words(cand) < words(ref)):
            bad(cid, "summary not shorter than reference")
        if ref == cand:
            bad(cid, "candidate identical to reference")

        spans = []
        errors = []
        for e in c["errors"]:
            t = e["type"]
            if t not in ERROR_TYPES:
                bad(cid, "bad error type %r" % t)
            if e["severity"] not in SEVERITIES:
                bad(cid, "bad severity %r" % e["severity"])
            if t == "omission":
                if e["text"] != "" or e["after"] is None:
                    bad(cid, "omission needs empty text and an anchor")
                    continue
                if c["mode"] == "summary":
                    bad(cid, "omission in a summary")
                a = find_occ(cand, e["after"], e["after_occ"])
                if a < 0:
                    bad(cid, "omission anchor not found: %r" % e["after"])
                    continue
                start = end = a + len(e["after"])
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad(cid, "omission ref_text not in reference: %r" % e["ref_text"])
                if e["ref_text"] and e["ref_text"].lower() in cand.lower():
                    bad(cid, "omitted words present in candidate: %r" % e["ref_text"])
            else:
                if not e["text"]:
                    bad(cid, "empty error text")
                    continue
                start = find_occ(cand, e["text"], e["occ"])
                if start < 0:
                    bad(cid, "error text not found (occ %d): %r" % (e["occ"], e["text"]))
                    continue
                end = start + len(e["text"])
                if t in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        bad(cid, "%s must have ref_text null" % t)
                else:
                    if not e["ref_text"] or e["ref_text"] not in ref:
                        bad(cid, "error ref_text not in reference: %r" % e["ref_text"])
                    if e["ref_text"] == e["text"]:
                        bad(cid, "error text equals ref_text: %r" % e["text"])
                if t == "repetition" and cand.find(e["text"]) >= start:
                    bad(cid, "repetition has no earlier copy: %r" % e["text"])
            if not (clean_edge(cand, start) and clean_edge(cand, end)):
                bad(cid, "error span cuts a word: %r" % cand[start:end])
            assert cand[start:end] == e["text"]
            spans.append((start, end, "error"))
            errors.append({"start": start, "end": end, "text": e["text"], "type": t,
                           "severity": e["severity"], "ref_text": e["ref_text"]})

        traps = []
        for tr in c["traps"]:
            start = find_occ(cand, tr["text"], tr["occ"])
            if start < 0:
                bad(cid, "trap text not found: %r" % tr["text"])
                continue
            end = start + len(tr["text"])
            if tr["ref_text"] not in ref:
                bad(cid, "trap ref_text not in reference: %r" % tr["ref_text"])
            if tr["ref_text"] == tr["text"]:
                bad(cid, "trap identical to reference wording: %r" % tr["text"])
            if not (clean_edge(cand, start) and clean_edge(cand, end)):
                bad(cid, "trap span cuts a word: %r" % tr["text"])
            spans.append((start, end, "trap"))
            traps.append({"start": start, "end": end, "text": tr["text"], "ref_text": tr["ref_text"]})

        spans.sort()
        for (s1, e1, k1), (s2, e2, k2) in zip(spans, spans[1:]):
            if s2 < e1 or (s1 == e1 == s2 == e2):
                bad(cid, "overlapping spans %r / %r" % (cand[s1:e1], cand[s2:e2]))
            # an empty omission point may not sit strictly inside another span
        for s, e, k in spans:
            if s == e:
                for s2, e2, k2 in spans:
                    if s2 < s < e2:
                        bad(cid, "omission point inside another span")

        if c["label"] == "consistent":
            if errors:
                bad(cid, "consistent pair with errors")
            if not 3 <= len(traps) <= 5:
                bad(cid, "consistent pair has %d traps" % len(traps))
        else:
            if not errors:
                bad(cid, "inconsistent pair without errors")
            if len(traps) > 3:
                bad(cid, "inconsistent pair has %d traps" % len(traps))

        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": cid, "domain": c["domain"], "mode": c["mode"],
                        "reference": ref, "candidate": cand, "label": c["label"],
                        "errors": errors, "traps": traps})

    # composition
    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms):
        problems.append("repeated domain")
    if set(doms) != set(DOMAINS):
        problems.append("domains do not match the list")
    ml = Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(ml) != want:
        problems.append("mode/label composition wrong: %r" % dict(ml))
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        problems.append("expected 30 errors, got %d" % sum(types.values()))
    for t in ERROR_TYPES:
        if types[t] < 2:
            problems.append("error type %s used %d times" % (t, types[t]))
    return records, problems


def summary(records):
    lines = []
    lines.append("pairs: %d" % len(records))
    lines.append("by mode: %s" % dict(Counter(r["mode"] for r in records)))
    lines.append("by label: %s" % dict(Counter(r["label"] for r in records)))
    lines.append("by mode x label: %s" % {"%s/%s" % k: v for k, v in
                 sorted(Counter((r["mode"], r["label"]) for r in records).items())})
    types = Counter(e["type"] for r in records for e in r["errors"])
    lines.append("errors: %d  %s" % (sum(types.values()), {t: types[t] for t in ERROR_TYPES}))
    lines.append("severity: %s" % dict(Counter(e["severity"] for r in records for e in r["errors"])))
    lines.append("errors per inconsistent pair: %s" % dict(Counter(
        len(r["errors"]) for r in records if r["label"] == "inconsistent")))
    lines.append("traps: %d" % sum(len(r["traps"]) for r in records))
    wc = [words(r["reference"]) for r in records]
    lines.append("reference words: min %d max %d" % (min(wc), max(wc)))
    return "\n".join(lines)


def main():
    records, problems = build()
    if problems:
        print("VALIDATION FAILED:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("validation OK")
    print(summary(records))
    if "--check" in sys.argv[1:]:
        return
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT)


if __name__ == "__main__":
    main()
