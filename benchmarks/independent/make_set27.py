#!/usr/bin/env python3
"""Held-out evaluation set 27 for a reference-vs-candidate fact-comparison tool.

How it was made: every pair below was hand-written, as Python data, by a helper
that saw no code or data of the project, working only from a written brief.
All people, companies, organisations, places and figures are invented (real
countries appear only as background).  Character offsets are never typed by
hand: they are computed here by string search (with an occurrence index where
a quoted text repeats), and everything is validated before writing.

Composition (checked by validate()):
  40 pairs, one domain each, 20 consistent / 20 inconsistent
  modes: 20 rewrite, 10 summary, 10 translation (half of each mode consistent)
  30 errors: entity 3, number 3, date 3, role 3, polarity 3, modality 3,
             attribution 3, event 3, omission 2, addition 2, repetition 2
  inconsistent pairs: 10 with one error, 10 with two errors
  consistent pairs carry 3-5 traps each, inconsistent pairs 0-3
  references 70-190 words, news/agency/corporate/official register

Usage:  python3 make_set27.py           validate and write set27.jsonl
        python3 make_set27.py --check   validate only, write nothing
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set27.jsonl")
SET_NO = 27

DOMAINS = [
    "orienteering clubs", "bell ringing", "netball", "beach huts",
    "discount stores", "lab-grown meat", "casinos", "urban farming",
    "parish councils", "flower markets", "heritage railways",
    "plant-based milk", "supermarket chains", "bison reintroduction",
    "canal restoration", "department stores", "bulb fields", "cranes (birds)",
    "rounders", "food delivery apps", "herb gardens", "billiards",
    "lavender farms", "hurling", "quiz nights", "wild boar", "lawn bowls",
    "allotment waiting lists", "crab fishing", "seaside arcades",
    "lidos restoration", "scrap metal", "oyster festivals", "hydroponics",
    "donkey rides", "eel conservation", "paper recycling", "corner shops",
    "battery recycling", "moorland fires",
]

CASES = []


def E(text, etype, severity, ref, occ=0, after=None, after_occ=0):
    """An error span.  For an omission, text is "" and `after` names the
    candidate text right after which the missing words belong."""
    return {"text": text, "type": etype, "severity": severity,
            "ref_text": ref, "occ": occ, "after": after,
            "after_occ": after_occ}


def T(text, ref, occ=0):
    """A trap: faithful rewording of reference text `ref`."""
    return {"text": text, "ref_text": ref, "occ": occ}


def add(domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "reference": reference,
                  "candidate": candidate, "errors": list(errors),
                  "traps": list(traps)})


# ---------------------------------------------------------------- pairs 1-4

add("orienteering clubs", "rewrite",
    "The Harrowfield Orienteering Club has been awarded a grant of £18,500 by "
    "the Northmoor Sports Trust to map three new courses in Callow Forest, the "
    "club announced on Monday. The funding will cover survey work, printing "
    "and the installation of 60 permanent control markers. Club secretary "
    "Ingrid Vell said the courses were expected to open to the public by the "
    "end of September and would be free to use. 'We want families who have "
    "never held a compass to be able to turn up and try it,' she said. "
    "Membership has roughly doubled since 2021, reaching 340 this spring, "
    "according to the club. The trust said the project was one of 14 it had "
    "backed this year out of more than 90 applications.",
    "The Northmoor Sports Trust has given the Harrowfield Orienteering Club "
    "£18,500 to map three new courses in Callow Forest, the club said on "
    "Monday. The money will pay for surveying, printing and putting in 60 "
    "permanent control markers. According to club secretary Ingrid Vell, the "
    "courses are likely to open to the public by late September and will be "
    "free to use. She said the aim was for families 'who have never held a "
    "compass to be able to turn up and try it'. The club says its membership, "
    "which reached 340 this spring, has roughly doubled since 2021. The trust "
    "said it had backed 14 projects this year, including this one, from more "
    "than 90 applications.",
    traps=[
        T("has given the Harrowfield Orienteering Club £18,500",
          "has been awarded a grant of £18,500 by the Northmoor Sports Trust"),
        T("putting in 60 permanent control markers",
          "the installation of 60 permanent control markers"),
        T("are likely to open to the public by late September",
          "were expected to open to the public by the end of September"),
        T("The club says its membership, which reached 340 this spring",
          "reaching 340 this spring, according to the club"),
    ])

add("bell ringing", "rewrite",
    "Bell ringers at St Aldhelm's Church in Wexcombe will ring a full peal of "
    "more than 5,000 changes on Saturday to mark the 150th anniversary of the "
    "tower's bells, the parish said in a statement. The attempt, which is "
    "expected to last around three hours, will begin at 2pm. Tower captain "
    "Rosalind Pyke said the band of eight ringers had been practising twice a "
    "week since January. The diocese's bells adviser, Martin Oakshott, warned "
    "that two of the bells needed new fittings and said repairs costing an "
    "estimated £42,000 should be carried out within five years. The parish "
    "has launched an appeal and has so far raised £9,300.",
    "On Saturday, ringers at St Aldhelm's Church in Wexcombe will attempt a "
    "full peal of over 5,000 changes to mark 150 years of the tower's bells, "
    "according to a parish statement. Starting at 2pm, the attempt is "
    "expected to take about three hours. The band of eight ringers has "
    "practised twice a week since January, tower captain Rosalind Pyke said, "
    "and she warned that two of the bells needed new fittings, saying repairs "
    "estimated at £42,000 should be done within five years. The parish has so "
    "far raised £9,300 through an appeal it has launched.",
    errors=[
        E("she warned", "attribution", "major",
          "The diocese's bells adviser, Martin Oakshott, warned"),
    ],
    traps=[
        T("over 5,000 changes", "more than 5,000 changes"),
        T("Starting at 2pm, the attempt is expected to take about three hours",
          "The attempt, which is expected to last around three hours, will "
          "begin at 2pm"),
        T("estimated at £42,000", "costing an estimated £42,000"),
    ])

add("netball", "summary",
    "Kestrel Valley Netball League will expand from eight to twelve teams "
    "next season after four clubs from neighbouring districts were admitted "
    "at its annual general meeting on 14 May. League chair Dorothy Amankwah "
    "said the expansion would add roughly 60 fixtures to the calendar, which "
    "runs from September to March. To cope with the extra matches, the league "
    "has agreed a three-year deal with Brackley Leisure Centre to use its two "
    "indoor courts on Tuesday and Thursday evenings. Player registration fees "
    "will rise from £35 to £40, the first increase since 2019, while fees for "
    "under-16s will remain unchanged. Amankwah said umpire shortages remained "
    "the league's biggest concern and that it would fund courses for up to 20 "
    "new umpires over the coming year.",
    "The Kestrel Valley Netball League is adding four teams, taking it to "
    "twelve next season, after admitting clubs from nearby districts at its "
    "AGM in mid-May. To cope with roughly 60 extra fixtures, it has signed a "
    "three-year deal for courts at Brackley Leisure Centre. Registration fees "
    "will go up by £5 to £40, though under-16s will pay the same. The chair "
    "said a lack of umpires was the main worry and the league would pay to "
    "train as many as 20 new ones over the next year.",
    traps=[
        T("is adding four teams, taking it to twelve",
          "will expand from eight to twelve teams"),
        T("at its AGM in mid-May",
          "at its annual general meeting on 14 May"),
        T("will go up by £5 to £40", "will rise from £35 to £40"),
        T("a lack of umpires was the main worry",
          "umpire shortages remained the league's biggest concern"),
        T("as many as 20 new ones", "up to 20 new umpires"),
    ])

add("beach huts", "translation",
    "The municipality of Westerzand will allow beach huts to remain on the "
    "beach throughout the winter for the first time, the council decided on "
    "Wednesday evening. Until now, the roughly 230 huts had to be removed by "
    "1 October and could only be put back from 15 March. Under a two-year "
    "trial, owners may leave their huts in place provided they are anchored "
    "to concrete foundations and insured against storm damage. Alderman "
    "Pieter Vonk said the change would save owners an average of 1,100 euros "
    "a year in transport and storage costs. The coastal protection agency had "
    "raised no objections, he added, but would inspect the huts after every "
    "severe storm. Fourteen of the 37 council members voted against the plan.",
    "For the first time, beach huts in Westerzand will be permitted to stay "
    "on the sand over the winter months, following a council decision on "
    "Wednesday night. Previously, the approximately 230 huts had to be taken "
    "down by 1 October and could not return before 15 March. During a trial "
    "lasting two years, owners can leave the huts standing as long as they "
    "are fixed to concrete foundations. According to alderman Pieter Vonk, "
    "owners will save on average 1,100 euros annually on transport and "
    "storage. The coastal protection authority did not object, he said, but "
    "will check the huts after each heavy storm. The plan was opposed by 17 "
    "of the 37 councillors.",
    errors=[
        E("", "omission", "major", "and insured against storm damage",
          after="are fixed to concrete foundations"),
        E("17", "number", "minor", "Fourteen"),
    ],
    traps=[
        T("on Wednesday night", "on Wednesday evening"),
        T("could not return before 15 March",
          "could only be put back from 15 March"),
        T("During a trial lasting two years", "Under a two-year trial"),
    ])

# ---------------------------------------------------------------- pairs 5-8

add("discount stores", "rewrite",
    "Discount retailer ValuMart plans to open 45 new stores across the "
    "country over the next two years, creating around 1,800 jobs, the company "
    "said on Thursday. Chief executive Harriet Combe said the chain was also "
    "considering a move into Ireland but that no decision had been taken. "
    "ValuMart reported a 12% rise in annual sales to £2.4bn for the year to "
    "the end of February, although pre-tax profit slipped to £96m from £104m "
    "as it absorbed higher wage and energy costs. The company said it would "
    "hold prices on 500 basic grocery lines until at least the end of the "
    "year. Analysts at Fenwright Securities said the expansion plan was "
    "ambitious but achievable.",
    "ValuMart, the discount retailer, said on Thursday that it intends to "
    "open 45 more shops nationwide within two years, creating about 1,800 "
    "jobs. The chain also plans to expand into Ireland, chief executive "
    "Harriet Combe said. Sales for the twelve months to the end of February "
    "climbed 12% to £2.4bn, but higher wage and energy bills pushed pre-tax "
    "profit down by £12m to £96m. Prices on 500 basic grocery lines will be "
    "frozen until the end of the year at the earliest, the company said. "
    "Fenwright Securities analysts described the expansion as ambitious but "
    "achievable.",
    errors=[
        E("also plans to expand into Ireland", "modality", "major",
          "was also considering a move into Ireland but that no decision had "
          "been taken"),
        E("£12m", "number", "minor", "£104m"),
    ],
    traps=[
        T("Sales for the twelve months to the end of February",
          "annual sales to £2.4bn for the year to the end of February"),
        T("higher wage and energy bills pushed pre-tax profit down",
          "as it absorbed higher wage and energy costs"),
        T("frozen until the end of the year at the earliest",
          "hold prices on 500 basic grocery lines until at least the end of "
          "the year"),
    ])

add("lab-grown meat", "summary",
    "Cultivated-meat start-up Ferrowell Foods has applied to the national "
    "food safety regulator for approval to sell chicken grown from animal "
    "cells, the company said on Tuesday. If approved, its products could be "
    "on restaurant menus by late next year, chief executive Tomasz Brenner "
    "said, though he cautioned that the review process could take up to 18 "
    "months. The company, founded in 2020, has raised $64m from investors and "
    "operates a pilot plant in Dunmere capable of producing two tonnes a "
    "year. Brenner said production costs had fallen by around 80% since 2022 "
    "but remained well above those of conventional chicken. The regulator "
    "confirmed it had received the application but declined to comment "
    "further. A consumer group, Food Honesty Now, called for clear labelling "
    "of any cultivated products.",
    "Ferrowell Foods has asked the national food safety regulator to approve "
    "sales of its cell-grown chicken, which will be on restaurant menus by "
    "late next year, according to chief executive Tomasz Brenner. The "
    "start-up, which has raised $64m, runs a two-tonne-a-year pilot plant and "
    "says production costs are down about four-fifths since 2022, though "
    "still far higher than for ordinary chicken. A consumer group has called "
    "for clear labelling.",
    errors=[
        E("will be on restaurant menus by late next year", "modality",
          "major", "If approved, its products could be on restaurant menus "
          "by late next year"),
    ],
    traps=[
        T("asked the national food safety regulator to approve sales",
          "applied to the national food safety regulator for approval to "
          "sell"),
        T("runs a two-tonne-a-year pilot plant",
          "operates a pilot plant in Dunmere capable of producing two tonnes "
          "a year"),
        T("down about four-fifths", "fallen by around 80%"),
    ])

add("casinos", "translation",
    "The regional government has rejected a licence application for a new "
    "casino on the seafront in Almarosa, citing concerns about gambling "
    "addiction and traffic. The project, promoted by the company Azahar Ocio, "
    "envisaged an investment of 38 million euros and the creation of 210 "
    "direct jobs. Regional minister for the economy Lucía Ferrán said on "
    "Friday that the proposal 'did not offer sufficient guarantees' to "
    "protect vulnerable residents. The company has one month to appeal the "
    "decision. Local hoteliers, who had supported the casino, expressed their "
    "disappointment, while a neighbourhood association that collected more "
    "than 4,000 signatures against it welcomed the ruling. The region "
    "currently has three casinos, the most recent of which opened in 2011.",
    "A licence bid for a new seafront casino in Almarosa has been turned down "
    "by the regional government, which pointed to worries over problem "
    "gambling and traffic. Azahar Ocio, the firm behind the scheme, had "
    "proposed investing €38m and employing 210 people directly. The proposal "
    "'did not provide enough safeguards' for vulnerable local people, the "
    "region's economy minister, Lucía Ferrán, said on Friday. Azahar Ocio has "
    "a month in which to appeal. Hotel owners in the town, who had backed the "
    "project, said they were disappointed; a residents' association that had "
    "gathered over 4,000 signatures opposing the casino welcomed the "
    "decision. There are three casinos in the region at present, the newest "
    "having opened in 2011.",
    traps=[
        T("€38m", "38 million euros"),
        T("did not provide enough safeguards",
          "did not offer sufficient guarantees"),
        T("the region's economy minister, Lucía Ferrán, said on Friday",
          "Regional minister for the economy Lucía Ferrán said on Friday"),
        T("the newest having opened in 2011",
          "the most recent of which opened in 2011"),
    ])

add("urban farming", "rewrite",
    "A rooftop farm on top of a former printing works in central Galton has "
    "produced its first harvest, supplying salad leaves, herbs and tomatoes "
    "to 11 restaurants within a one-mile radius. The 1,500-square-metre site, "
    "run by social enterprise Greenrise Collective, employs nine people, four "
    "of whom were previously long-term unemployed. Founder Amara Quist said "
    "the farm aimed to grow around 20 tonnes of produce a year once fully "
    "operational in 2026. The project cost £1.1m, of which £400,000 came from "
    "the city council's regeneration fund and the remainder from private "
    "investors and a community share offer. The council said it would review "
    "planning rules next spring to make similar schemes easier to approve.",
    "Eleven restaurants within a mile are now being supplied with salad "
    "leaves, herbs and tomatoes from the first harvest of a rooftop farm on "
    "an old printing works in central Galton. Greenrise Collective, the "
    "social enterprise behind the 1,500 sq m site, has nine staff, four of "
    "them formerly long-term unemployed. Once it is fully up and running in "
    "2026, the farm hopes to grow about 20 tonnes of produce annually, "
    "founder Amara Quist said. Of the £1.1m cost, £400,000 was provided by "
    "the city council's regeneration fund, with private investors and a "
    "community share offer making up the rest. The council says it will "
    "review its planning rules next spring to make similar schemes easier to "
    "approve.",
    traps=[
        T("Eleven restaurants within a mile",
          "11 restaurants within a one-mile radius"),
        T("has nine staff", "employs nine people"),
        T("hopes to grow about 20 tonnes of produce annually",
          "aimed to grow around 20 tonnes of produce a year"),
        T("with private investors and a community share offer making up the "
          "rest", "the remainder from private investors and a community "
          "share offer"),
    ])

# ---------------------------------------------------------------- pairs 9-12

add("parish councils", "rewrite",
    "Upper Brenting Parish Council has agreed to take over the running of "
    "the village's public toilets from Marlow Vale District Council, which "
    "had planned to close them at the end of March to save money. Under the "
    "deal approved at a meeting on 9 January, the district council will "
    "transfer the building to the parish for a nominal £1 and contribute "
    "£6,000 towards a refurbishment. The parish will raise its share of "
    "council tax by about £4 a year for a typical Band D household to cover "
    "cleaning and maintenance. Parish council chair Gillian Harte said "
    "residents had made clear at a public consultation that they wanted the "
    "facilities kept open. The toilets are expected to reopen in May after "
    "the work is completed.",
    "Marlow Vale District Council had intended to shut Upper Brenting's "
    "public toilets at the end of March as a cost-cutting measure, but the "
    "village's parish council has now agreed to run them instead. The deal, "
    "approved on 9 January, will see the building pass from the parish to "
    "the district council for a token £1, with the district also putting "
    "£6,000 towards refurbishment. To pay for cleaning and upkeep, the parish "
    "will increase its council tax precept by roughly £4 a year for a typical "
    "Band D home. Residents had made it clear in a public consultation that "
    "they wanted the toilets to stay open, said Gillian Harte, who chairs the "
    "parish council. The toilets should reopen in March once the work is "
    "done.",
    errors=[
        E("pass from the parish to the district council", "role", "major",
          "the district council will transfer the building to the parish"),
        E("in March", "date", "minor", "in May"),
    ],
    traps=[
        T("for a token £1", "for a nominal £1"),
        T("increase its council tax precept by roughly £4",
          "raise its share of council tax by about £4"),
        T("should reopen", "are expected to reopen"),
    ])

add("flower markets", "summary",
    "The historic Lindenbrook Flower Market will move to a new covered site "
    "on Carrow Quay after 130 years in the town square, the market's board "
    "confirmed on Wednesday. Traders will begin operating from the new "
    "premises on 3 June, with the square to be used for outdoor events and a "
    "weekly farmers' market. The move follows complaints from stallholders "
    "about a lack of shelter and parking. The £5.2m building, funded largely "
    "by the town council, has space for 48 stalls, compared with 35 in the "
    "square. Board chairman Elias Marchetti said rents would be frozen for "
    "the first two years. Some long-standing traders, however, said they "
    "feared losing passing trade, and a petition opposing the move has "
    "gathered about 1,200 signatures.",
    "Lindenbrook's Flower Market is leaving the town square, its home for "
    "130 years, for a £5.2m covered building on Carrow Quay, with traders "
    "moving in late June. Stallholders had complained about a lack of "
    "shelter and parking; the new site has room for 48 stalls, 13 more than "
    "the square, and rents will be frozen for two years. Some traders fear "
    "losing passing trade, and around 1,200 people have signed a petition "
    "against the move.",
    errors=[
        E("in late June", "date", "minor", "on 3 June"),
    ],
    traps=[
        T("its home for 130 years", "after 130 years in the town square"),
        T("13 more than the square", "compared with 35 in the square"),
        T("around 1,200 people have signed a petition against the move",
          "a petition opposing the move has gathered about 1,200 "
          "signatures"),
    ])

add("heritage railways", "translation",
    "After a break of almost four years, steam trains are running again on "
    "the Kranach Valley Railway. On Sunday, a restored locomotive built in "
    "1928 pulled the first special train between Oberweiden and Falkenried, "
    "a distance of 14 kilometres. The volunteer association that operates "
    "the line had to suspend services in 2020 after a storm damaged a bridge "
    "over the Kranach. Repairs cost around 870,000 euros, two thirds of which "
    "were paid by the state. Association chairman Jürgen Dahlke said around "
    "600 passengers had travelled on the opening day. Trains are to run "
    "every Sunday until the end of October. The association is still looking "
    "for volunteers, especially for the ticket office and the station café.",
    "Steam is back on the Kranach Valley line after a pause of nearly four "
    "years. On Sunday a restored 1928 locomotive hauled the first special "
    "service over the 14 kilometres between Oberweiden and Falkenried. The "
    "volunteer society that runs the railway halted operations in 2020, when "
    "a bridge over the Kranach collapsed in a storm. The repairs came to "
    "about 870,000 euros, with the state covering two thirds. Some 600 people "
    "rode the train on the first day, according to society chairman Jürgen "
    "Dahlke, and tickets had sold out days in advance. Services will run "
    "each Sunday through to the end of October. The society is still seeking "
    "volunteers, in particular to staff the ticket office and the station "
    "café.",
    errors=[
        E("collapsed", "event", "major", "damaged"),
        E("tickets had sold out days in advance", "addition", "minor", None),
    ],
    traps=[
        T("a restored 1928 locomotive",
          "a restored locomotive built in 1928"),
        T("with the state covering two thirds",
          "two thirds of which were paid by the state"),
        T("Some 600 people rode the train on the first day",
          "around 600 passengers had travelled on the opening day"),
    ])

add("plant-based milk", "rewrite",
    "Oatfield Dairy Alternatives, the maker of the Pureoat brand, is to build "
    "a £30m production plant in Thessford that will more than double its "
    "output, the company announced on Tuesday. The factory, due to open in "
    "spring 2026, will employ 120 people and process up to 80,000 tonnes of "
    "oats a year, most of them bought from farmers within 50 miles. Managing "
    "director Carys Lennan said demand for plant-based milk had grown by "
    "about 15% a year since 2019, although sales growth had slowed in the "
    "past 12 months as shoppers cut back. The company currently produces "
    "around 90 million litres a year at its existing site in Hawley, which "
    "will remain open.",
    "Pureoat maker Oatfield Dairy Alternatives said on Tuesday it would spend "
    "£30m on a new production plant in Thessford, lifting its output to more "
    "than twice current levels. Scheduled to open in the spring of 2026, the "
    "site will have a workforce of 120 and be able to process as much as "
    "80,000 tonnes of oats annually, the majority sourced from farmers no "
    "more than 50 miles away. Its existing Hawley site, which makes about 90 "
    "million litres a year, will stay open. According to managing director "
    "Carys Lennan, demand for plant-based milk has risen by roughly 15% a "
    "year since 2019, though growth in sales has eased over the last year as "
    "consumers tightened their belts.",
    traps=[
        T("lifting its output to more than twice current levels",
          "will more than double its output"),
        T("have a workforce of 120", "employ 120 people"),
        T("as much as 80,000 tonnes of oats annually",
          "up to 80,000 tonnes of oats a year"),
        T("the majority sourced from farmers no more than 50 miles away",
          "most of them bought from farmers within 50 miles"),
        T("over the last year", "in the past 12 months"),
    ])

# ---------------------------------------------------------------- pairs 13-16

add("supermarket chains", "summary",
    "Supermarket group Harlow & Pike has agreed to buy 62 stores from rival "
    "chain FreshWay for £310m, in a deal that will make it the country's "
    "fourth-largest grocer by market share. The stores, mostly in the "
    "north-east and Scotland, employ about 7,400 staff, all of whom will "
    "transfer to Harlow & Pike on their existing terms, the companies said on "
    "Monday. FreshWay, which has been struggling with debts of around £1bn, "
    "will use the proceeds to pay down borrowing and will keep its remaining "
    "140 shops. The deal requires approval from the competition regulator, "
    "which is expected to decide by the autumn. Harlow & Pike chief executive "
    "Owen Strick said prices in the acquired stores would be cut on "
    "'hundreds of everyday items' within weeks of completion.",
    "Harlow & Pike has agreed to buy 62 FreshWay supermarkets, mostly in the "
    "north-east and Scotland, for £310m, a deal that would lift it to fourth "
    "place among the country's grocers by market share. Around 7,400 workers "
    "will move across on unchanged terms. Debt-laden FreshWay, which keeps "
    "140 shops, will use the money to reduce borrowing. The competition "
    "regulator, which must clear the deal, is likely to rule by autumn, and "
    "Harlow & Pike has promised price cuts on hundreds of everyday items "
    "within weeks of completion.",
    traps=[
        T("would lift it to fourth place among the country's grocers",
          "will make it the country's fourth-largest grocer"),
        T("Around 7,400 workers will move across on unchanged terms",
          "about 7,400 staff, all of whom will transfer to Harlow & Pike on "
          "their existing terms"),
        T("Debt-laden FreshWay",
          "FreshWay, which has been struggling with debts of around £1bn"),
        T("is likely to rule by autumn",
          "is expected to decide by the autumn"),
    ])

add("bison reintroduction", "rewrite",
    "A small herd of European bison will be released into Ashcombe Woods "
    "next month as part of a five-year trial to test whether the animals can "
    "help restore native woodland, conservation charity Wildways Trust said "
    "on Thursday. The four animals – one bull and three females – will come "
    "from a breeding centre in Poland and will be kept within a fenced "
    "200-hectare area. The trust said there was no evidence that bison posed "
    "a danger to walkers, but public footpaths through the site would be "
    "diverted around the enclosure as a precaution. Project lead Dr Helen "
    "Marsh said bison create clearings by felling trees and stripping bark, "
    "allowing light to reach the woodland floor. The £1.4m scheme is funded "
    "by a lottery grant and private donations.",
    "Conservation charity Wildways Trust said on Thursday that four European "
    "bison would be released into Ashcombe Woods next month for a five-year "
    "trial examining whether they can help native woodland recover. The bull "
    "and three cows are coming from a Polish breeding centre and will be "
    "confined to a 200-hectare fenced area. Public footpaths through the site "
    "will be rerouted around the enclosure because the animals pose a danger "
    "to walkers, the trust said. Bison fell trees and strip bark, opening up "
    "clearings that let light reach the woodland floor, explained project "
    "lead Dr Helen Marsh. A lottery grant and private donations are paying "
    "for the £1.4m scheme.",
    errors=[
        E("because the animals pose a danger to walkers", "polarity",
          "major", "there was no evidence that bison posed a danger to "
          "walkers"),
    ],
    traps=[
        T("from a Polish breeding centre", "from a breeding centre in Poland"),
        T("confined to a 200-hectare fenced area",
          "kept within a fenced 200-hectare area"),
        T("A lottery grant and private donations are paying for the £1.4m "
          "scheme", "The £1.4m scheme is funded by a lottery grant and "
          "private donations"),
    ])

add("canal restoration", "translation",
    "Work to restore a 9-kilometre section of the Lauzière canal, abandoned "
    "since the 1950s, will begin in September, the departmental council "
    "announced on Thursday. The project, estimated at 6.5 million euros, "
    "includes dredging the channel, rebuilding two locks and creating a cycle "
    "path along the towpath. The State will contribute 40% of the cost, the "
    "department 35% and the municipalities concerned the remainder. According "
    "to the council's vice-president, Nathalie Garrigue, the first boats "
    "should be able to navigate the section in 2028. Local associations, "
    "which have campaigned for the reopening for more than twenty years, "
    "welcomed the news, while some farmers expressed concern about access to "
    "their land during the works.",
    "The departmental council said on Thursday that restoration of a "
    "nine-kilometre stretch of the Lauzière canal, disused since the 1950s, "
    "is to start in September. Costed at an estimated €6.5m, the scheme "
    "covers dredging the channel, the reconstruction of two locks and a new "
    "cycle route on the towpath. Forty per cent of the bill will be met by "
    "the State and 35% by the department, with the municipalities involved "
    "paying the rest. Boats could be back on the stretch in 2028, said "
    "council vice-president Nathalie Garrigue. Local groups that have fought "
    "for more than two decades to have the canal reopened were pleased, "
    "although some farmers are worried about getting to their land while the "
    "work is carried out.",
    traps=[
        T("a nine-kilometre stretch", "a 9-kilometre section"),
        T("€6.5m", "6.5 million euros"),
        T("Forty per cent of the bill will be met by the State",
          "The State will contribute 40% of the cost"),
        T("Boats could be back on the stretch in 2028",
          "the first boats should be able to navigate the section in 2028"),
        T("more than two decades", "more than twenty years"),
    ])

add("department stores", "rewrite",
    "Bramwell's, the 160-year-old department store chain, is to close its "
    "flagship store on Kingsgate in Easterby in January, putting 230 jobs at "
    "risk, administrators from accountancy firm Colbert Rhys said on Friday. "
    "The chain's other four stores, in Harcastle, Mellingford, Pruett and "
    "Wyndon, will continue trading while a buyer is sought. Joint "
    "administrator Sunita Vale said there had been 'encouraging interest' "
    "from several parties in the remaining business. Bramwell's collapsed "
    "into administration last month after failing to secure fresh funding "
    "from its lenders, blaming falling footfall and rising rents. The "
    "Kingsgate building, which the company owns, is expected to be sold "
    "separately.",
    "Administrators from accountancy firm Colbert Rhys said on Friday that "
    "Bramwell's would shut its flagship Kingsgate store in Easterby in "
    "January, putting 230 jobs at risk. The 160-year-old department store "
    "group's remaining four shops, in Harcastle, Mellingford, Pruett and "
    "Easterby, will keep trading while the administrators look for a buyer. "
    "Several parties had shown 'encouraging interest' in the rest of the "
    "business, according to joint administrator Sunita Vale. Bramwell's went "
    "into administration last month, putting 230 jobs at risk, when its "
    "lenders declined to provide new funding; it blamed lower footfall and "
    "higher rents. The Kingsgate building is owned by the company and is "
    "likely to be sold separately.",
    errors=[
        E("Easterby", "entity", "major", "Wyndon", occ=1),
        E("putting 230 jobs at risk", "repetition", "minor", None, occ=1),
    ],
    traps=[
        T("the administrators look for a buyer", "a buyer is sought"),
        T("The Kingsgate building is owned by the company",
          "The Kingsgate building, which the company owns"),
        T("is likely to be sold separately",
          "is expected to be sold separately"),
    ])

# ---------------------------------------------------------------- pairs 17-20

add("bulb fields", "rewrite",
    "Tulip growers in the Sandhollow district expect this year's bulb "
    "harvest to be about a fifth smaller than usual after an unusually wet "
    "autumn and a cold snap in February, the Sandhollow Growers' Association "
    "said on Monday. The association, which represents 85 growers farming "
    "around 3,200 hectares, said some fields had been waterlogged for weeks, "
    "causing bulbs to rot. Chairman Bart Kettering said wholesale bulb prices "
    "had already risen by around 10% and could climb further. He urged "
    "visitors coming to see the flowering fields in April not to walk among "
    "the plants, after damage last year was estimated at €250,000. The "
    "association will open three new viewing platforms this spring.",
    "This year's tulip bulb harvest in the Sandhollow district is likely to "
    "be roughly 20% below normal, following an exceptionally wet autumn and a "
    "February cold spell, the Sandhollow Growers' Association said on Monday. "
    "The association, which represents 85 growers with about 3,200 hectares "
    "between them, said weeks of waterlogging in some fields had left bulbs "
    "rotting. Wholesale prices for bulbs are already up by about a tenth and "
    "may rise further, chairman Bart Kettering said. Noting that last year's "
    "damage was put at an estimated €250,000, he asked those coming to view "
    "the fields in flower in April not to walk in among the plants. Three "
    "new viewing platforms will be opened by the association this spring.",
    traps=[
        T("is likely to be roughly 20% below normal",
          "expect this year's bulb harvest to be about a fifth smaller than "
          "usual"),
        T("up by about a tenth", "risen by around 10%"),
        T("may rise further", "could climb further"),
        T("Three new viewing platforms will be opened by the association this "
          "spring", "The association will open three new viewing platforms "
          "this spring"),
    ])

add("cranes (birds)", "summary",
    "The number of common cranes breeding in the Felmarsh wetlands has risen "
    "to 38 pairs, the highest since records began, according to a survey "
    "published on Wednesday by the Fenland Bird Study Group. The birds were "
    "reintroduced to the area in 2010, when there were just three pairs, "
    "following the restoration of 1,100 hectares of drained farmland. The "
    "survey found that 27 chicks fledged last year. Survey coordinator Lena "
    "Hartwell said the recovery showed what could be achieved by raising "
    "water levels. However, the regional water authority warned that "
    "prolonged droughts could threaten the site, and said it was considering "
    "a £3m scheme to store winter rainfall. Visitors are asked to stay on "
    "marked paths during the breeding season, from March to July.",
    "Breeding common cranes in the Felmarsh wetlands have reached a record 38 "
    "pairs, up from three when they were reintroduced in 2010 after 1,100 "
    "hectares of drained farmland was restored, the Fenland Bird Study Group "
    "reported. More than 30 chicks fledged last year. The study group warned, "
    "however, that long droughts could endanger the site, and a £3m scheme to "
    "store winter rainfall is under consideration.",
    errors=[
        E("More than 30 chicks", "number", "minor", "27 chicks"),
        E("The study group warned", "attribution", "major",
          "the regional water authority warned"),
    ],
    traps=[
        T("a record 38 pairs", "38 pairs, the highest since records began"),
        T("long droughts could endanger the site",
          "prolonged droughts could threaten the site"),
    ])

add("rounders", "translation",
    "Ardnacloon won the All-Ireland senior rounders final on Saturday, "
    "beating Kilmoragh by 14 runs to 9 at Páirc na Feá to take the club's "
    "first national title. Ardnacloon captain Síle Ní Bhraonáin was named "
    "player of the match after scoring four runs and making several important "
    "catches. Kilmoragh had led by two runs at the end of the third innings, "
    "but Ardnacloon scored six runs in the fourth innings to take control. "
    "Speaking after the match, the chairperson of the county board, Pádraig "
    "Mac Giolla, said the victory would encourage more young people in the "
    "area to take up the game. About 2,500 spectators attended the final, a "
    "record for the competition.",
    "Kilmoragh beat Ardnacloon by 14 runs to 9 in Saturday's All-Ireland "
    "senior rounders final at Páirc na Feá, winning the club's first national "
    "championship. The Ardnacloon captain, Síle Ní Bhraonáin, was chosen as "
    "player of the match, having scored four runs and taken a number of "
    "crucial catches. At the end of the third innings Kilmoragh were two runs "
    "ahead, but six runs from Ardnacloon in the fourth innings put them in "
    "command. After the game, county board chairperson Pádraig Mac Giolla "
    "said the win would inspire more of the area's young people to play the "
    "sport. A crowd of around 2,500, a record for the competition, watched "
    "the final.",
    errors=[
        E("Kilmoragh beat Ardnacloon", "role", "critical",
          "Ardnacloon won the All-Ireland senior rounders final on Saturday, "
          "beating Kilmoragh"),
    ],
    traps=[
        T("Kilmoragh were two runs ahead", "Kilmoragh had led by two runs"),
        T("put them in command", "to take control"),
        T("A crowd of around 2,500", "About 2,500 spectators"),
    ])

add("food delivery apps", "rewrite",
    "Food delivery app Dashly will pay its couriers a minimum of £11.50 for "
    "every hour they are logged in and actively completing orders, under an "
    "agreement with the Independent Riders' Union announced on Tuesday. The "
    "deal, which covers about 14,000 couriers, also gives riders sick pay for "
    "up to ten days a year and access to free accident insurance. Couriers "
    "will remain self-employed. Union general secretary Marcus Obi called it "
    "'a first step, not a finish line', while Dashly's UK head, Priya "
    "Lannister, said the company was 'proud to lead the sector'. The new "
    "terms take effect on 1 April. Rival apps Grubbin and Forkfast said they "
    "had no plans to follow suit.",
    "Under a deal with the Independent Riders' Union announced on Tuesday, "
    "couriers for food delivery app Dashly will be guaranteed at least £11.50 "
    "for each hour they are logged in. The agreement, which applies to around "
    "14,000 riders, also entitles them to as many as ten days' sick pay a "
    "year and free accident insurance. Couriers will keep their "
    "self-employed status. Marcus Obi, the union's general secretary, "
    "described the deal as 'a first step, not a finish line', and Priya "
    "Lannister, who heads Dashly in the UK, said the firm was 'proud to lead "
    "the sector'. The changes come into force on 1 April. Grubbin and "
    "Forkfast, two rival apps, said they did not intend to do the same.",
    errors=[
        E("", "omission", "major", "and actively completing orders",
          after="for each hour they are logged in"),
    ],
    traps=[
        T("at least £11.50", "a minimum of £11.50"),
        T("as many as ten days' sick pay a year",
          "sick pay for up to ten days a year"),
        T("did not intend to do the same", "had no plans to follow suit"),
    ])

# ---------------------------------------------------------------- pairs 21-24

add("herb gardens", "rewrite",
    "The Royal Physic Garden in Norbridge will reopen its restored "
    "17th-century herb garden to visitors on 21 June after a two-year, "
    "£850,000 renovation, the garden's trustees said. Around 400 species of "
    "medicinal and culinary plants have been replanted in their original "
    "layout, based on a planting plan rediscovered in the county archives in "
    "2019. Head gardener Tobias Wren said some seeds had been sourced from "
    "seed banks in five countries because the varieties were no longer grown "
    "commercially. Entry to the herb garden will be included in the standard "
    "admission price of £9, while children under 12 will continue to go "
    "free. The trustees expect visitor numbers to rise by a quarter this "
    "year.",
    "After a renovation lasting two years and costing £850,000, the restored "
    "17th-century herb garden at Norbridge's Royal Physic Garden will be open "
    "to visitors again from 21 June, according to the trustees. Some 400 "
    "species of medicinal and culinary plants have gone back into the ground "
    "in their original arrangement, following a planting plan that turned up "
    "again in the county archives in 2019. Because the varieties are no "
    "longer grown commercially, some seed had to be obtained from seed banks "
    "in five countries, head gardener Tobias Wren said. The standard £9 "
    "admission will include the herb garden, and under-12s will still get in "
    "free. The trustees are forecasting a 25% increase in visitor numbers "
    "this year.",
    traps=[
        T("After a renovation lasting two years and costing £850,000",
          "after a two-year, £850,000 renovation"),
        T("Some 400 species", "Around 400 species"),
        T("a planting plan that turned up again in the county archives",
          "a planting plan rediscovered in the county archives"),
        T("under-12s will still get in free",
          "children under 12 will continue to go free"),
        T("a 25% increase in visitor numbers",
          "visitor numbers to rise by a quarter"),
    ])

add("billiards", "summary",
    "English billiards player Devan Roshan won the national championship in "
    "Castleford Hall on Sunday, defeating four-time champion Gerald Amis "
    "1,512 points to 1,340 in a final that lasted almost five hours. The "
    "24-year-old, who turned professional only last year, compiled a break of "
    "482 points in the third session, the highest of the tournament. Roshan "
    "receives a £12,000 prize and qualifies for the world championship in "
    "November. Amis, 51, said afterwards that he had 'no complaints' and "
    "praised his opponent's cue-ball control. Organisers said attendance "
    "over the five-day event had reached about 3,000, up from 2,100 last "
    "year, and that the championship would return to the venue in 2026.",
    "Devan Roshan, 24, who turned professional only last year, beat "
    "four-time champion Gerald Amis 1,512–1,340 in a near five-hour final on "
    "Sunday to take the national English billiards title. His 482 break was "
    "the best of the tournament, and he wins £12,000 and a place at "
    "November's world championship. Organisers said attendance rose to about "
    "3,000 from 2,100.",
    traps=[
        T("1,512–1,340", "1,512 points to 1,340"),
        T("in a near five-hour final",
          "in a final that lasted almost five hours"),
        T("His 482 break was the best of the tournament",
          "a break of 482 points in the third session, the highest of the "
          "tournament"),
        T("a place at November's world championship",
          "qualifies for the world championship in November"),
    ])

add("lavender farms", "translation",
    "A lavender farm in the town of Mizunuma has cancelled its summer "
    "festival for the first time in 23 years after heavy rain in June damaged "
    "more than half of its plants. Saika Farm, which covers about 12 "
    "hectares, normally attracts around 80,000 visitors during the flowering "
    "season in July. Its owner, Kenji Saika, said replanting would take at "
    "least two years and cost an estimated 30 million yen. The farm's shop "
    "and café will stay open, but the fields will be closed to the public "
    "until further notice. The town office said it would consider financial "
    "support for the farm, which is one of the area's main tourist "
    "attractions, and would announce a decision by the end of August.",
    "For the first time in 23 years, a lavender farm in Mizunuma has called "
    "off its summer festival, after June's heavy rains damaged over half of "
    "its plants. Saika Farm, roughly 12 hectares in size, usually draws some "
    "80,000 people during the July flowering season. Owner Kenji Saika said "
    "replanting would take two years or more, at a projected cost of 30 "
    "million yen. The fields are closed to visitors until further notice, "
    "although the farm shop and café remain open. Describing the farm as one "
    "of the area's main tourist draws, the town office said it would look "
    "into providing financial help and would make its decision known by the "
    "end of August.",
    traps=[
        T("over half of its plants", "more than half of its plants"),
        T("roughly 12 hectares in size", "which covers about 12 hectares"),
        T("two years or more", "at least two years"),
        T("would look into providing financial help",
          "would consider financial support"),
    ])

add("hurling", "rewrite",
    "Coolmara have been fined €5,000 and ordered to play their next two home "
    "matches behind closed doors following crowd trouble at their league "
    "game against Rathkilly on 2 March, the county board announced on "
    "Tuesday. A disciplinary committee found that spectators had thrown "
    "objects onto the pitch and that a linesman was struck by a bottle, "
    "although he did not require hospital treatment. The club has 14 days to "
    "appeal. Coolmara chairman Declan Furey said the club 'accepts that the "
    "scenes were unacceptable' but considered the sanction excessive and "
    "would consider its options. The behind-closed-doors matches are expected "
    "to be against Tullagh and Dunvarra later this month.",
    "The county board said on Tuesday that Coolmara had been fined €5,000 "
    "and must play their next two home games behind closed doors after crowd "
    "trouble at the league match with Rathkilly on 2 March. According to a "
    "disciplinary committee, spectators threw objects onto the pitch and a "
    "linesman, who was hit by a bottle, needed hospital treatment. Coolmara "
    "have a fortnight to lodge an appeal. Chairman Declan Furey said the club "
    "'accepts that the scenes were unacceptable' but believed the penalty was "
    "too harsh and would weigh up its options. Tullagh and Dunvarra are "
    "likely to be the opponents for the two closed-door fixtures next month.",
    errors=[
        E("needed hospital treatment", "polarity", "major",
          "he did not require hospital treatment"),
        E("next month", "date", "minor", "later this month"),
    ],
    traps=[
        T("have a fortnight to lodge an appeal", "has 14 days to appeal"),
        T("the penalty was too harsh", "the sanction excessive"),
        T("are likely to be the opponents", "are expected to be against"),
    ])

# ---------------------------------------------------------------- pairs 25-28

add("quiz nights", "rewrite",
    "A pub quiz held at the Fox and Lantern in Ebbridge on Thursday raised "
    "£2,340 for the town's hospice, organisers said, more than double the "
    "amount collected at last year's event. Forty-two teams of up to six "
    "people took part, paying £5 per person to enter. The quiz, run by "
    "retired headteacher Maureen Ashby for the past 11 years, included rounds "
    "on local history, music and sport. The winning team, the Ebbridge Old "
    "Boys, donated their £100 prize back to the hospice. Ashby said she hoped "
    "to hold a second quiz in the autumn if the pub could accommodate it. "
    "Hospice fundraising manager Neil Carver said the money would help fund "
    "two nights of nursing care at home.",
    "Thursday's pub quiz at the Fox and Lantern in Ebbridge brought in £2,340 "
    "for the town's hospice, more than twice last year's total, according to "
    "the organisers. Entry cost £5 a head, and 42 teams, each with a maximum "
    "of six members, took part. Retired headteacher Maureen Ashby has run the "
    "quiz for the past 11 years; this one featured rounds on local history, "
    "music and sport. The Ebbridge Old Boys won and gave their £100 prize "
    "back to the hospice. Ashby said that, if the pub has room, she hopes to "
    "stage a second quiz in the autumn. The money will help pay for two "
    "nights of nursing care at home, said Neil Carver, the hospice's "
    "fundraising manager.",
    traps=[
        T("more than twice last year's total",
          "more than double the amount collected at last year's event"),
        T("£5 a head", "£5 per person"),
        T("each with a maximum of six members", "of up to six people"),
        T("if the pub has room", "if the pub could accommodate it"),
    ])

add("wild boar", "summary",
    "Forestry officials in the Dellwood district have begun a cull of wild "
    "boar after a sharp rise in damage to farmland and two road collisions "
    "involving the animals this year, the regional forestry agency said on "
    "Monday. The population in the 6,000-hectare Dellwood Forest is estimated "
    "at around 450, roughly three times the level recorded in 2018. Licensed "
    "marksmen will aim to remove up to 150 animals by the end of February. "
    "Agency spokesperson Karen Tolley said the cull was 'a last resort' after "
    "fencing and relocation had failed to control numbers. Animal welfare "
    "group Wild Heart criticised the decision and called for a contraception "
    "programme to be trialled instead. Farmers' union representative Alan "
    "Breck said members had lost crops worth more than £200,000 last year.",
    "Forestry officials have begun culling wild boar in the Dellwood "
    "district, where the forest's population has roughly tripled since 2018 "
    "to an estimated 450, after a sharp increase in farmland damage and two "
    "road collisions this year. Marksmen aim to remove as many as 150 boar by "
    "the end of February; the forestry agency called the cull 'a last resort' "
    "after fencing and relocation failed. Animal welfare group Wild Heart "
    "opposed the move and has begun trialling a contraception programme, "
    "while a farmers' union representative said members lost livestock worth "
    "over £200,000 last year.",
    errors=[
        E("has begun trialling a contraception programme", "event", "major",
          "called for a contraception programme to be trialled instead"),
        E("livestock", "entity", "major", "crops"),
    ],
    traps=[
        T("has roughly tripled since 2018 to an estimated 450",
          "is estimated at around 450, roughly three times the level "
          "recorded in 2018"),
        T("as many as 150 boar", "up to 150 animals"),
    ])

add("lawn bowls", "translation",
    "The Rooiwater Bowls Club may have to close its greens next year unless "
    "it finds a new source of water, the club's chairperson, Elsa Venter, "
    "said on Wednesday. The municipality has told the club that from January "
    "it will no longer be allowed to use treated municipal water for "
    "irrigation because of the drought. The club, founded in 1952, has 86 "
    "members, most of them pensioners. Venter said the club was investigating "
    "whether a borehole could be drilled, at a cost of about R180,000, and "
    "would apply to the provincial sports department for a grant. 'Bowls is "
    "the heart of social life for many of our members,' she said. The club "
    "will hold an open day on 12 October to raise funds.",
    "Rooiwater Bowls Club could be forced to shut its greens next year if it "
    "cannot find another water source, chairperson Elsa Venter said on "
    "Wednesday. Because of the drought, the municipality has informed the "
    "club that from January it will not be permitted to irrigate with "
    "treated municipal water. Established in 1952, the club has 86 members, "
    "most of them pensioners. Venter said the club plans to sink a borehole, "
    "which would cost roughly R180,000, and will ask the provincial sports "
    "department for a grant. 'For many of our members, most of them "
    "pensioners, bowls is the heart of social life,' she said. To raise "
    "money, the club is holding an open day on 12 October.",
    errors=[
        E("the club plans to sink a borehole", "modality", "major",
          "the club was investigating whether a borehole could be drilled"),
        E("most of them pensioners", "repetition", "minor", None, occ=1),
    ],
    traps=[
        T("could be forced to shut its greens next year if it cannot find "
          "another water source", "may have to close its greens next year "
          "unless it finds a new source of water"),
        T("Established in 1952", "founded in 1952"),
    ])

add("allotment waiting lists", "rewrite",
    "More than 1,900 people are on waiting lists for allotments in "
    "Penhallow, with some applicants waiting up to eight years for a plot, "
    "according to figures obtained by the Penhallow Gardeners' Forum. The "
    "city council manages 31 allotment sites with a total of 1,450 plots. "
    "Forum secretary Ruth Ibbotson said demand had surged since 2020 and "
    "urged the council to split larger plots in half and bring disused land "
    "back into use. A council spokesperson said it was 'aware of the "
    "pressure' and was reviewing options, including a possible new site on "
    "former playing fields at Gorse Lane. Annual rents currently range from "
    "£45 to £110 depending on plot size.",
    "Figures obtained by the Penhallow Gardeners' Forum show that over 1,900 "
    "people are waiting for an allotment in Penhallow, and some have waited "
    "as long as eight years for a plot. There are 1,450 plots across the 31 "
    "sites run by the city council. Demand has soared since 2020, said Ruth "
    "Ibbotson, the forum's secretary, who called on the council to halve "
    "larger plots and bring unused land back into use. The council said it "
    "was 'aware of the pressure' and was looking at options, among them a "
    "possible new site on the former playing fields at Gorse Lane, which it "
    "hopes to open next year. Depending on size, plots currently cost between "
    "£45 and £110 a year to rent.",
    errors=[
        E("which it hopes to open next year", "addition", "major", None),
    ],
    traps=[
        T("over 1,900 people", "More than 1,900 people"),
        T("halve larger plots", "split larger plots in half"),
        T("Depending on size, plots currently cost between £45 and £110 a "
          "year to rent", "Annual rents currently range from £45 to £110 "
          "depending on plot size"),
    ])

# ---------------------------------------------------------------- pairs 29-32

add("crab fishing", "rewrite",
    "Crab landings at the port of Kelsby fell by 35% last year to about 410 "
    "tonnes, the lowest level for more than a decade, according to figures "
    "published by the Northern Inshore Fisheries Authority on Friday. The "
    "authority said the decline was probably linked to a mass die-off of "
    "crustaceans along the coast in 2022, though the cause of that event "
    "remains unclear. Fishermen's association chairman Robert Kinnear said "
    "several of the port's 23 crab boats were now operating at a loss and "
    "some skippers had left the industry. The authority is considering a "
    "temporary limit on the number of pots each boat may set and will "
    "consult fishermen before making a decision in the spring.",
    "The Northern Inshore Fisheries Authority published figures on Friday "
    "showing that crab landings at Kelsby dropped by just over a third last "
    "year, to roughly 410 tonnes, their lowest in over ten years. The decline "
    "was probably connected to a mass die-off of crustaceans on the coast in "
    "2022, the authority said, although what caused that die-off is still "
    "not known. Several of the 23 crab boats working out of the port are now "
    "losing money and some skippers have left the industry, according to "
    "Robert Kinnear, who chairs the fishermen's association. A temporary cap "
    "on how many pots each boat may set is being considered by the "
    "authority, which will consult fishermen before deciding in the spring.",
    traps=[
        T("by just over a third", "by 35%"),
        T("their lowest in over ten years",
          "the lowest level for more than a decade"),
        T("what caused that die-off is still not known",
          "the cause of that event remains unclear"),
        T("are now losing money", "were now operating at a loss"),
        T("A temporary cap on how many pots each boat may set is being "
          "considered by the authority", "The authority is considering a "
          "temporary limit on the number of pots each boat may set"),
    ])

add("seaside arcades", "summary",
    "Goldsand Leisure, which runs six amusement arcades along the Merrowcliff "
    "seafront, has been granted planning permission to redevelop its largest "
    "site, the Neptune Arcade, into a family entertainment centre with a "
    "bowling alley and soft play area. The £4m project will begin in November "
    "and is expected to be completed in time for next summer's season. The "
    "company said the number of gaming machines at the site would be reduced "
    "by two thirds, from around 150 to about 50. Managing director Carl "
    "Pennock said younger families wanted 'more than slot machines' and that "
    "the investment showed confidence in the resort. The Neptune Arcade, "
    "which opened in 1968, will close for the duration of the work, but its "
    "26 staff will be redeployed to the company's other arcades.",
    "Goldsand Leisure has won planning consent to turn the Neptune Arcade, "
    "the biggest of its six Merrowcliff seafront arcades, into a family "
    "entertainment centre with bowling and soft play. The £4m work starts in "
    "November and should be finished in time for next summer; the site will "
    "close meanwhile, with its 26 staff moved to the firm's other arcades. "
    "Gaming machines there will be cut from about 150 to about 50.",
    traps=[
        T("has won planning consent",
          "has been granted planning permission"),
        T("the biggest of its six Merrowcliff seafront arcades",
          "its largest site"),
        T("should be finished in time for next summer",
          "is expected to be completed in time for next summer's season"),
        T("with its 26 staff moved to the firm's other arcades",
          "its 26 staff will be redeployed to the company's other arcades"),
    ])

add("lidos restoration", "translation",
    "The historic open-air pool in Bad Terwitz, closed since 2017, is to be "
    "restored and reopened in the summer of 2027. The town council approved "
    "the plans on Tuesday by a large majority. The costs are estimated at 7.8 "
    "million euros; the federal state has promised a subsidy of 3 million "
    "euros. The 1930s listed building with its 50-metre pool will be "
    "refurbished in line with heritage requirements, and the changing rooms "
    "will be rebuilt. Mayor Sabine Krull said the pool was 'part of the "
    "town's identity'. The citizens' initiative 'Save our Lido', which had "
    "collected 6,000 signatures, welcomed the decision. However, the "
    "opposition criticised the fact that no new car park is planned.",
    "Bad Terwitz's historic outdoor swimming pool, shut since 2017, will be "
    "renovated and is due to reopen in summer 2027. On Tuesday the town "
    "council gave its approval to the plans with a clear majority. The cost "
    "is put at €7.8m, and the state government has pledged 3 million euros "
    "towards it. The listed 1930s complex and its 50-metre pool will be "
    "restored in accordance with conservation rules, and new changing rooms "
    "will be built. The 'Save our Lido' citizens' initiative, which had "
    "gathered 6,000 signatures, welcomed the decision, calling the pool "
    "'part of the town's identity'. The opposition, however, criticised the "
    "planned new car park.",
    errors=[
        E("calling the pool", "attribution", "major",
          "Mayor Sabine Krull said the pool was"),
        E("planned new car park", "polarity", "major",
          "no new car park is planned"),
    ],
    traps=[
        T("€7.8m", "7.8 million euros"),
        T("the state government has pledged 3 million euros",
          "the federal state has promised a subsidy of 3 million euros"),
    ])

add("scrap metal", "rewrite",
    "Police have arrested three men in connection with the theft of around "
    "40 tonnes of copper cable from a railway depot in Stannington, "
    "Southvale Police said on Saturday. The men, aged 28, 35 and 41, were "
    "detained in a raid on a scrapyard in Holbeck Lane on Friday morning, "
    "where officers recovered about a quarter of the stolen cable. The "
    "theft, which took place last month, caused signal failures that delayed "
    "more than 300 trains. Detective Inspector Farah Quilliam said the force "
    "was working with rail operator Midline Rail and would be visiting other "
    "scrap dealers in the area. The yard's licence has been suspended pending "
    "an investigation by the city council.",
    "Three men have been charged over the theft of roughly 40 tonnes of "
    "copper cable from a rail depot in Stannington, Southvale Police said on "
    "Saturday. Officers detained the men, who are 28, 35 and 41, when they "
    "raided a scrapyard on Holbeck Lane on Friday morning, and recovered "
    "around a quarter of the stolen cable there. Signal failures caused by "
    "last month's theft delayed over 300 trains. The force is working with "
    "rail operator Midline Rail and will visit other scrap dealers in the "
    "area, Detective Inspector Farah Quilliam said. The yard's licence has "
    "been suspended while the city council investigates.",
    errors=[
        E("charged", "event", "major", "arrested"),
    ],
    traps=[
        T("when they raided a scrapyard", "in a raid on a scrapyard"),
        T("Signal failures caused by last month's theft",
          "The theft, which took place last month, caused signal failures"),
        T("over 300 trains", "more than 300 trains"),
    ])

# ---------------------------------------------------------------- pairs 33-36

add("oyster festivals", "rewrite",
    "The Saltmere Oyster Festival will return in September after a "
    "three-year absence, organisers confirmed on Wednesday. The two-day "
    "event, which last took place in 2021, had been suspended after a "
    "norovirus outbreak linked to shellfish from the estuary led to "
    "temporary harvesting restrictions. Those restrictions were lifted in "
    "March following 18 months of clean water-quality tests, the local food "
    "standards office said. Festival director Annie Colquhoun said around "
    "25,000 visitors were expected and that all oysters served would come "
    "from beds certified as Class A. Tickets for the opening-night dinner, "
    "priced at £65, go on sale on 1 July.",
    "Organisers confirmed on Wednesday that the Saltmere Oyster Festival, "
    "absent for three years, will be back in September. The two-day festival "
    "was last held in 2021; it was put on hold when a norovirus outbreak "
    "linked to estuary shellfish resulted in temporary restrictions on "
    "harvesting. According to the local food standards office, the "
    "restrictions were removed in March after a year and a half of clean "
    "water-quality tests. Festival director Annie Colquhoun said some 25,000 "
    "visitors were expected, and that every oyster served would be from "
    "Class A-certified beds. Tickets for the £65 opening-night dinner will be "
    "on sale from 1 July.",
    traps=[
        T("absent for three years, will be back in September",
          "will return in September after a three-year absence"),
        T("a year and a half", "18 months"),
        T("some 25,000 visitors", "around 25,000 visitors"),
        T("from Class A-certified beds", "from beds certified as Class A"),
        T("will be on sale from 1 July", "go on sale on 1 July"),
    ])

add("hydroponics", "summary",
    "Agri-tech company Verdant Stack has been acquired by supermarket "
    "supplier Hollin Fresh for an undisclosed sum, the two companies said on "
    "Thursday. Verdant Stack, founded in 2018 by former engineer Maya Orkney, "
    "operates a 4,000-square-metre hydroponic farm in a converted warehouse "
    "in Brackwater, producing lettuce, basil and microgreens without soil. "
    "The farm uses about 90% less water than conventional growing, according "
    "to the company. Hollin Fresh said it planned to build three more "
    "hydroponic sites by 2028. Orkney will remain as managing director of the "
    "business, which employs 35 people. Industry group Indoor Growers Network "
    "said high energy prices had forced several vertical farms to close in "
    "the past two years.",
    "Hydroponic grower Verdant Stack has bought supermarket supplier Hollin "
    "Fresh for an undisclosed sum. Verdant Stack, whose soil-free farm in a "
    "Brackwater warehouse grows lettuce, basil and microgreens and, it says, "
    "uses about a tenth of the water of conventional growing, will remain "
    "under founder Maya Orkney as managing director. Hollin Fresh plans three "
    "more hydroponic sites by 2028.",
    errors=[
        E("Verdant Stack has bought supermarket supplier Hollin Fresh",
          "role", "critical",
          "Verdant Stack has been acquired by supermarket supplier Hollin "
          "Fresh"),
    ],
    traps=[
        T("uses about a tenth of the water of conventional growing",
          "uses about 90% less water than conventional growing"),
        T("will remain under founder Maya Orkney as managing director",
          "Orkney will remain as managing director"),
        T("Hollin Fresh plans three more hydroponic sites by 2028",
          "Hollin Fresh said it planned to build three more hydroponic "
          "sites by 2028"),
    ])

add("donkey rides", "translation",
    "The municipality of Thymara has introduced new rules for donkey rides "
    "to the old town, following complaints from animal welfare "
    "organisations. From 1 May, riders weighing more than 100 kilograms will "
    "not be allowed on the animals, and each donkey may work for no more "
    "than six hours a day, with a break of at least 30 minutes every two "
    "hours. Owners must also provide shade and fresh water at the departure "
    "point near the harbour. Deputy mayor Nikos Aravantinos said the "
    "municipality would carry out spot checks and that owners who broke the "
    "rules could lose their licence. The island's 14 licensed owners, who "
    "together have around 70 donkeys, said they agreed with most of the "
    "measures but asked for more time to build shelters.",
    "Following complaints by animal welfare groups, Thymara municipality has "
    "brought in new regulations governing donkey rides to the old town. As "
    "of 1 May, anyone heavier than 100 kg will be barred from riding, and no "
    "donkey may be worked more than six hours daily, with a rest of half an "
    "hour or more every two hours. Owners will additionally have to supply "
    "shade and fresh water at the starting point by the harbour. The "
    "municipality will conduct random inspections, and owners found in "
    "breach of the rules could have their licence withdrawn, deputy mayor "
    "Nikos Aravantinos said. The 14 licensed owners on the island, who have "
    "some 70 donkeys between them, said they supported most of the measures "
    "but requested more time to put up shelters.",
    traps=[
        T("anyone heavier than 100 kg will be barred from riding",
          "riders weighing more than 100 kilograms will not be allowed on "
          "the animals"),
        T("a rest of half an hour or more", "a break of at least 30 minutes"),
        T("random inspections", "spot checks"),
        T("could have their licence withdrawn", "could lose their licence"),
        T("who have some 70 donkeys between them",
          "who together have around 70 donkeys"),
    ])

add("eel conservation", "rewrite",
    "More than 200,000 juvenile eels, known as elvers, have been released "
    "into the upper reaches of the River Tarrow as part of a project to "
    "restore the critically endangered species, the Tarrow Rivers Trust said "
    "on Tuesday. The elvers were caught at the river mouth, where their "
    "journey upstream is blocked by a tidal sluice, and carried by road past "
    "the barrier. The trust, working with the Environment Board, plans to "
    "install an eel pass at the sluice next year at a cost of £260,000. "
    "Trust ecologist Dr Owen Pask said European eel numbers had fallen by "
    "around 95% since the 1980s. Volunteers will monitor the released eels "
    "using traps at four points along the river.",
    "The Tarrow Rivers Trust said on Tuesday that over 200,000 elvers – "
    "young eels – had been released into the upper reaches of the River "
    "Tarrow to help the critically endangered species recover. A tidal "
    "sluice at the river mouth stops the elvers swimming upstream, so they "
    "were caught there and taken past the barrier by road. Next year the "
    "trust, together with the Environment Board, intends to fit a £260,000 "
    "eel pass at the sluice. European eel numbers have dropped by about 95% "
    "since the 1980s, according to Dr Owen Pask, an ecologist at the "
    "Environment Board. The released eels will be monitored by volunteers "
    "with traps at four points along the river.",
    errors=[
        E("the Environment Board", "entity", "minor", "Trust ecologist",
          occ=1),
    ],
    traps=[
        T("over 200,000 elvers – young eels –",
          "More than 200,000 juvenile eels, known as elvers"),
        T("a £260,000 eel pass", "at a cost of £260,000"),
        T("will be monitored by volunteers", "Volunteers will monitor"),
    ])

# ---------------------------------------------------------------- pairs 37-40

add("paper recycling", "rewrite",
    "Paper manufacturer Northgate Mills will close its last virgin-pulp "
    "production line at its Ferrowmouth plant by the end of next year and "
    "switch entirely to recycled fibre, the company said on Wednesday. The "
    "£75m conversion will raise the site's annual recycled-paper capacity to "
    "320,000 tonnes, making it one of the largest such facilities in the "
    "country. About 60 of the plant's 410 jobs will go, although the company "
    "said it hoped most of the reductions could be achieved through voluntary "
    "redundancy and retirement. Chief operating officer Glenn Haworth said "
    "rising wood-pulp prices and demand from packaging customers had driven "
    "the decision. Trade union Unifab said it would seek talks to protect "
    "jobs.",
    "Northgate Mills said on Wednesday it would shut the final virgin-pulp "
    "production line at its Ferrowmouth plant by the end of next year and "
    "move to using only recycled fibre. The conversion, costing £75m, will "
    "lift annual recycled-paper capacity at the site to 320,000 tonnes, "
    "putting it among the country's biggest plants of its kind. Roughly 60 of "
    "the 410 jobs at the plant will be lost, though the firm said it hoped "
    "that voluntary redundancy and retirement would account for most of the "
    "cuts. Rising wood-pulp prices and demand from packaging customers lay "
    "behind the decision, chief operating officer Glenn Haworth said. The "
    "Unifab union said it would push for talks to safeguard jobs.",
    traps=[
        T("move to using only recycled fibre",
          "switch entirely to recycled fibre"),
        T("putting it among the country's biggest plants of its kind",
          "making it one of the largest such facilities in the country"),
        T("Roughly 60 of the 410 jobs at the plant will be lost",
          "About 60 of the plant's 410 jobs will go"),
        T("voluntary redundancy and retirement would account for most of the "
          "cuts", "most of the reductions could be achieved through "
          "voluntary redundancy and retirement"),
    ])

add("corner shops", "summary",
    "Independent convenience stores in the Westmoor region saw sales rise by "
    "4% last year, but nearly one in five is considering closing within two "
    "years because of rising costs, according to a survey by the Association "
    "of Local Traders published on Monday. The survey of 620 shop owners "
    "found that energy bills had increased by an average of 38% since 2022, "
    "while business rates and wage costs had also gone up. Almost half of "
    "respondents said they were working more than 70 hours a week. The "
    "association's chief executive, Tariq Mahmood, urged the government to "
    "extend business rate relief for small retailers. Shoplifting was cited "
    "as a growing problem by 64% of those surveyed.",
    "Independent convenience stores in Westmoor grew sales by 4% last year, "
    "yet almost 20% are thinking of closing within two years as costs climb, "
    "an Association of Local Traders survey of 620 owners found. Energy bills "
    "are up 38% on average since 2022, nearly half of respondents work over 70 "
    "hours a week, and nearly two-thirds report growing shoplifting. The "
    "association wants business rate relief for small retailers extended.",
    traps=[
        T("almost 20% are thinking of closing",
          "nearly one in five is considering closing"),
        T("as costs climb", "because of rising costs"),
        T("nearly two-thirds report growing shoplifting",
          "Shoplifting was cited as a growing problem by 64% of those "
          "surveyed"),
        T("over 70 hours a week", "more than 70 hours a week"),
    ])

add("battery recycling", "translation",
    "The company EkoCel will build a lithium-ion battery recycling plant in "
    "Zielonów, creating around 250 jobs, the regional development agency "
    "announced on Monday. The investment is worth 1.2 billion zlotys. The "
    "plant will be able to process 30,000 tonnes of used batteries a year, "
    "recovering lithium, nickel and cobalt. Construction is to begin in the "
    "first quarter of next year and production should start at the end of "
    "2027. Mayor Anna Wilczek said it was the largest investment in the "
    "town's history. Some residents are concerned about possible pollution; "
    "the company assures that the plant will meet the strictest "
    "environmental standards and that no waste will be stored in the open "
    "air.",
    "A lithium-ion battery recycling facility is to be built in Zielonów by "
    "EkoCel, bringing some 250 jobs, the regional development agency said on "
    "Monday. The project is valued at PLN 1.2bn. Each year the plant will be "
    "capable of handling 30,000 tonnes of spent batteries and will recover "
    "lithium, nickel and cobalt. Building work is due to start between "
    "January and March next year, with output expected to begin in late "
    "2027. According to mayor Anna Wilczek, this is the biggest investment "
    "the town has ever seen. Some local people fear it could cause "
    "pollution; EkoCel gives assurances that the facility will comply with "
    "the most stringent environmental standards and that no waste will be "
    "kept outdoors.",
    traps=[
        T("bringing some 250 jobs", "creating around 250 jobs"),
        T("PLN 1.2bn", "1.2 billion zlotys"),
        T("between January and March next year",
          "in the first quarter of next year"),
        T("the biggest investment the town has ever seen",
          "the largest investment in the town's history"),
        T("no waste will be kept outdoors",
          "no waste will be stored in the open air"),
    ])

add("moorland fires", "rewrite",
    "Firefighters have brought under control a moorland blaze that burned "
    "across roughly 300 hectares of Hallow Fell over three days, Eastdale "
    "Fire and Rescue Service said on Sunday. At its height, more than 80 "
    "firefighters from four services were tackling the fire, supported by a "
    "helicopter dropping water. No one was injured, but several footpaths "
    "remain closed and crews are expected to stay at the scene for at least "
    "another 48 hours to deal with hotspots in the peat. Group manager Louise "
    "Brandt said the cause was being investigated and urged the public not "
    "to use disposable barbecues on the moors. The fire is the third on the "
    "fell since April.",
    "A three-day moorland fire that swept over around 300 hectares of Hallow "
    "Fell is now under control, Eastdale Fire and Rescue Service said on "
    "Sunday. More than 80 firefighters drawn from four services fought the "
    "blaze at its peak, backed by a water-dropping helicopter. Nobody was "
    "hurt. Crews are likely to remain on site for two more days at least, "
    "tackling hotspots in the peat, and a number of footpaths are still "
    "shut. The cause is under investigation, said group manager Louise "
    "Brandt, who appealed to people not to use disposable barbecues on the "
    "moors. It is the third fire on the fell since April.",
    traps=[
        T("A three-day moorland fire that swept over around 300 hectares",
          "a moorland blaze that burned across roughly 300 hectares of "
          "Hallow Fell over three days"),
        T("a water-dropping helicopter", "a helicopter dropping water"),
        T("are likely to remain on site for two more days at least",
          "are expected to stay at the scene for at least another 48 hours"),
        T("a number of footpaths are still shut",
          "several footpaths remain closed"),
        T("The cause is under investigation",
          "the cause was being investigated"),
    ])


# ------------------------------------------------------- offsets & validation

MODES = ("rewrite", "summary", "translation")
TYPES = ("entity", "number", "date", "role", "polarity", "modality",
         "attribution", "event", "omission", "addition", "repetition")
SEVERITIES = ("minor", "major", "critical")
EXPECTED_TYPE_COUNTS = {"entity": 3, "number": 3, "date": 3, "role": 3,
                        "polarity": 3, "modality": 3, "attribution": 3,
                        "event": 3, "omission": 2, "addition": 2,
                        "repetition": 2}


class SetError(Exception):
    pass


def find_nth(hay, needle, occ):
    """Start offset of occurrence number `occ` (0-based) of needle."""
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            raise SetError("text %r (occurrence %d) not found" % (needle, occ))
    return pos


def is_word(ch):
    return ch.isalnum()


def check_bounds(cand, start, end, what):
    if start > 0 and start < len(cand) and is_word(cand[start - 1]) \
            and is_word(cand[start]):
        raise SetError("%s starts inside a word at %d" % (what, start))
    if 0 < end < len(cand) and is_word(cand[end - 1]) and is_word(cand[end]):
        raise SetError("%s ends inside a word at %d" % (what, end))


def n_words(s):
    return len(re.findall(r"\S+", s))


def build_record(i, case):
    cand, ref = case["candidate"], case["reference"]
    cid = "s%d-%03d" % (SET_NO, i + 1)
    errors, traps, spans = [], [], []
    for e in case["errors"]:
        if e["type"] not in TYPES:
            raise SetError("%s: bad type %r" % (cid, e["type"]))
        if e["severity"] not in SEVERITIES:
            raise SetError("%s: bad severity %r" % (cid, e["severity"]))
        if e["type"] == "omission":
            if e["text"] != "" or not e["after"]:
                raise SetError("%s: omission needs empty text and anchor" % cid)
            start = find_nth(cand, e["after"], e["after_occ"]) + len(e["after"])
            end = start
            if not e["ref_text"] or e["ref_text"] not in ref:
                raise SetError("%s: omission ref_text not in reference" % cid)
            if e["ref_text"].lower() in cand.lower():
                raise SetError("%s: omitted words present in candidate" % cid)
            if case["mode"] == "summary":
                raise SetError("%s: omission in a summary" % cid)
        else:
            if not e["text"]:
                raise SetError("%s: empty error text" % cid)
            start = find_nth(cand, e["text"], e["occ"])
            end = start + len(e["text"])
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    raise SetError("%s: %s needs ref_text null"
                                   % (cid, e["type"]))
                if e["type"] == "repetition" and \
                        cand.find(e["text"]) >= start:
                    raise SetError("%s: repetition has no earlier copy" % cid)
            else:
                if not e["ref_text"] or e["ref_text"] not in ref:
                    raise SetError("%s: ref_text %r not in reference"
                                   % (cid, e["ref_text"]))
                if e["ref_text"] == e["text"]:
                    raise SetError("%s: error text equals ref_text" % cid)
        check_bounds(cand, start, end, "%s error %r" % (cid, e["text"]))
        errors.append({"start": start, "end": end, "text": cand[start:end],
                       "type": e["type"], "severity": e["severity"],
                       "ref_text": e["ref_text"]})
        spans.append((start, end, "error %r" % e["text"]))
    for t in case["traps"]:
        start = find_nth(cand, t["text"], t["occ"])
        end = start + len(t["text"])
        if t["ref_text"] not in ref:
            raise SetError("%s: trap ref_text %r not in reference"
                           % (cid, t["ref_text"]))
        if t["ref_text"] == t["text"]:
            raise SetError("%s: trap text equals ref_text" % cid)
        if t["text"] in ref:
            raise SetError("%s: trap text %r is verbatim in reference"
                           % (cid, t["text"]))
        check_bounds(cand, start, end, "%s trap %r" % (cid, t["text"]))
        traps.append({"start": start, "end": end, "text": cand[start:end],
                      "ref_text": t["ref_text"]})
        spans.append((start, end, "trap %r" % t["text"]))
    # no overlaps (a zero-width omission may not fall strictly inside a span)
    for a in range(len(spans)):
        for b in range(a + 1, len(spans)):
            s1, e1, n1 = spans[a]
            s2, e2, n2 = spans[b]
            if s1 == e1 or s2 == e2:
                p, (s, e) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                if s < p < e:
                    raise SetError("%s: %s inside %s" % (cid, n1, n2))
            elif s1 < e2 and s2 < e1:
                raise SetError("%s: %s overlaps %s" % (cid, n1, n2))
    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": cid, "domain": case["domain"], "mode": case["mode"],
            "reference": ref, "candidate": cand,
            "label": "inconsistent" if errors else "consistent",
            "errors": errors, "traps": traps}


def validate(records):
    problems = []
    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    doms = [r["domain"] for r in records]
    if sorted(doms) != sorted(DOMAINS) or len(set(doms)) != len(doms):
        problems.append("domains must be the 40 listed, each once")
    by_mode = {m: [0, 0] for m in MODES}
    type_counts = {t: 0 for t in TYPES}
    n_err_per_pair = {}
    for r in records:
        rid, ref, cand = r["id"], r["reference"], r["candidate"]
        if r["mode"] not in MODES:
            problems.append("%s: bad mode" % rid)
            continue
        wc = n_words(ref)
        if not 70 <= wc <= 190:
            problems.append("%s: reference has %d words" % (rid, wc))
        if ref == cand:
            problems.append("%s: candidate identical to reference" % rid)
        if r["mode"] == "summary" and not (
                len(cand) < len(ref) and n_words(cand) < wc):
            problems.append("%s: summary not shorter than reference" % rid)
        consistent = r["label"] == "consistent"
        by_mode[r["mode"]][0 if consistent else 1] += 1
        nt = len(r["traps"])
        if consistent:
            if r["errors"]:
                problems.append("%s: consistent pair with errors" % rid)
            if not 3 <= nt <= 5:
                problems.append("%s: consistent pair with %d traps" % (rid, nt))
        else:
            if not r["errors"]:
                problems.append("%s: inconsistent pair without errors" % rid)
            if nt > 3:
                problems.append("%s: inconsistent pair with %d traps"
                                % (rid, nt))
            n_err_per_pair[rid] = len(r["errors"])
        for e in r["errors"]:
            type_counts[e["type"]] += 1
            if cand[e["start"]:e["end"]] != e["text"]:
                problems.append("%s: offsets do not match text" % rid)
        for t in r["traps"]:
            if cand[t["start"]:t["end"]] != t["text"]:
                problems.append("%s: trap offsets do not match text" % rid)
    for m in MODES:
        want = {"rewrite": 10, "summary": 5, "translation": 5}[m]
        if by_mode[m] != [want, want]:
            problems.append("mode %s: consistent/inconsistent = %s"
                            % (m, by_mode[m]))
    if type_counts != EXPECTED_TYPE_COUNTS:
        problems.append("error types: %s" % type_counts)
    if sum(type_counts.values()) != 30:
        problems.append("expected 30 errors, got %d"
                        % sum(type_counts.values()))
    sizes = sorted(n_err_per_pair.values())
    if sizes.count(1) != 10 or sizes.count(2) != 10:
        problems.append("errors per inconsistent pair: %s" % sizes)
    return problems


def main():
    check_only = "--check" in sys.argv[1:]
    try:
        records = [build_record(i, c) for i, c in enumerate(CASES)]
    except SetError as exc:
        print("INVALID:", exc)
        return 1
    problems = validate(records)
    if problems:
        for p in problems:
            print("INVALID:", p)
        return 1
    n_err = sum(len(r["errors"]) for r in records)
    n_trap = sum(len(r["traps"]) for r in records)
    print("OK: %d pairs, %d errors, %d traps" % (len(records), n_err, n_trap))
    if check_only:
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT_PATH)
    return 0


if __name__ == "__main__":
    sys.exit(main())
