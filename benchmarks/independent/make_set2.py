#!/usr/bin/env python3
"""Independent proxy test corpus for a reference/candidate fact checker.

Holds 40 hand-written cases as Python data, computes every offset itself,
validates everything and writes set2.jsonl next to this script.

    python3 make_set2.py           # validate, write set2.jsonl, print counts
    python3 make_set2.py --check   # validate only

Span conventions
  errors: {"text", "type", "severity", "ref", optional "occ"}
          "occ" is the 0-based occurrence index of "text" in the candidate
          (needed only when the text occurs more than once).
          omission: {"type": "omission", "at": anchor, "side": "after"|"before",
                     "ref": missing words, "severity", optional "occ"}
          the omission point is the end (after) or start (before) of the anchor.
  traps:  {"text", "ref", optional "occ"}
All names, places, organisations and figures are invented.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set2.jsonl")

ERROR_TYPES = {"entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"}
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}

CASES = [
    # ------------------------------------------------------------------
    # REWRITE, inconsistent
    # ------------------------------------------------------------------
    {
        "domain": "courts", "mode": "rewrite",
        "reference": (
            "The High Court in Velmora ruled on Thursday that the shipping firm "
            "Castellane Lines must pay 4.2 million crowns in damages to the fishing "
            "cooperative Pescara Nord. The cooperative had sued the firm after one of "
            "its container vessels struck and sank two trawlers in the harbour at Port "
            "Ostrell in February 2022. Judge Miriam Okonjo-Hale found that the vessel's "
            "crew had ignored radio warnings from the harbour master. Castellane Lines "
            "had argued that fog made the collision unavoidable, but the judge rejected "
            "that defence. The collision left two fishermen with minor injuries, and "
            "the cooperative lost around a fifth of its catch for the season. The "
            "company has 28 days to lodge an appeal. Castellane Lines said in a "
            "statement that it was reviewing the judgment with its insurers. A "
            "spokesperson for the cooperative said the money would be used to replace "
            "the lost boats."
        ),
        "candidate": (
            "On Thursday, Velmora's High Court ordered Castellane Lines, a shipping "
            "company, to pay damages of 4.2 million crowns to the fishing cooperative "
            "Pescara Nord. The shipping firm had taken the cooperative to court after "
            "one of its container ships hit two trawlers in Port Ostrell harbour in "
            "February 2022 and sent them to the bottom. According to Judge Miriam "
            "Okonjo-Hale, the ship's crew had disregarded radio warnings issued by the "
            "harbour master. She dismissed the company's argument that the collision "
            "could not have been avoided because of fog. Two fishermen suffered minor "
            "injuries in the collision, which also cost the cooperative roughly 20 "
            "percent of its catch for the season. Castellane Lines can appeal within "
            "28 days; in a statement, the company said it was studying the judgment "
            "together with its insurers. The cooperative's spokesperson said the payout would go "
            "towards replacing the boats it lost."
        ),
        "errors": [
            {"text": "The shipping firm had taken the cooperative", "type": "role",
             "severity": "major", "ref": "The cooperative had sued the firm"},
        ],
        "traps": [
            {"text": "hit two trawlers in Port Ostrell harbour in February 2022 and sent them to the bottom",
             "ref": "struck and sank two trawlers in the harbour at Port Ostrell in February 2022"},
            {"text": "the ship's crew had disregarded radio warnings issued by the harbour master",
             "ref": "the vessel's crew had ignored radio warnings from the harbour master"},
            {"text": "She dismissed the company's argument that the collision could not have been avoided because of fog",
             "ref": "Castellane Lines had argued that fog made the collision unavoidable, but the judge rejected that defence"},
            {"text": "Castellane Lines can appeal within 28 days",
             "ref": "The company has 28 days to lodge an appeal"},
        ],
    },
    {
        "domain": "elections", "mode": "rewrite",
        "reference": (
            "Voters in the coastal province of Tessary re-elected Governor Aldo Ferrante "
            "on Sunday, handing him a second four-year term. Ferrante, of the Civic "
            "Renewal party, won 54.3 percent of the vote, against 38.9 percent for his "
            "main challenger, former mayor Ines Dravik. Turnout reached 61 percent, up "
            "from 52 percent at the previous election. Counting was delayed by several "
            "hours in the northern district of Halvik because of a power cut. Dravik "
            "conceded defeat shortly after midnight and called on her supporters to "
            "accept the result. Ferrante said his priorities would be housing and the "
            "expansion of the regional rail network."
        ),
        "candidate": (
            "Tessary, a coastal province, returned Governor Aldo Ferrante to office on "
            "Sunday for a second four-year term. The Civic Renewal politician took 54.3 "
            "percent of the votes cast, while his principal opponent, the former mayor "
            "Ines Dravik, received 38.9 percent. Turnout climbed to 61 percent from 56 "
            "percent last time. A power outage held up the count by several hours in "
            "Halvik, in the north. Dravik admitted defeat shortly after midnight. "
            "Ferrante said he would focus on housing and on extending the regional rail "
            "network."
        ),
        "errors": [
            {"text": "56 percent", "type": "number", "severity": "major",
             "ref": "52 percent"},
            {"type": "omission", "at": "Dravik admitted defeat shortly after midnight",
             "side": "after", "severity": "minor",
             "ref": "called on her supporters to accept the result"},
        ],
        "traps": [
            {"text": "returned Governor Aldo Ferrante to office",
             "ref": "re-elected Governor Aldo Ferrante"},
            {"text": "The Civic Renewal politician took 54.3 percent of the votes cast",
             "ref": "Ferrante, of the Civic Renewal party, won 54.3 percent of the vote"},
            {"text": "A power outage held up the count by several hours in Halvik, in the north",
             "ref": "Counting was delayed by several hours in the northern district of Halvik because of a power cut"},
        ],
    },
    {
        "domain": "sport", "mode": "rewrite",
        "reference": (
            "Marlow Rovers clinched the Northern Cup on Saturday evening with a 3-1 win "
            "over Dunmere Athletic in front of 41,000 spectators at Kestrel Park. "
            "Striker Tomasz Wielgo opened the scoring in the 12th minute, and Dunmere "
            "equalised through a penalty just before half-time. Two goals in the final "
            "quarter of an hour, from defender Rui Calado and substitute Ebo Mensah, "
            "settled the match. It is the club's first major trophy since 1998. Manager "
            "Fiona Laird, who took charge only last October, said the squad had "
            "exceeded every expectation. The team will parade the cup through the town "
            "centre on Monday afternoon."
        ),
        "candidate": (
            "Marlow Rovers won the Northern Cup on Saturday evening, beating Dunmere "
            "Athletic 3-1 before a crowd of 41,000 at Kestrel Park. Tomasz Wielgo, the "
            "striker, put them ahead after 12 minutes, and Dunmere levelled from the "
            "penalty spot just after half-time. Defender Rui Calado and substitute Ebo "
            "Mensah then scored in the last 15 minutes to decide the game. The victory "
            "gives the club its first major trophy since 1998. Fiona Laird, who became "
            "manager only last October, said her players had surpassed all "
            "expectations. The victory gives the club its first major trophy since "
            "1998. On Monday afternoon the team will take the cup on a parade through "
            "the town centre."
        ),
        "errors": [
            {"text": "just after half-time", "type": "date", "severity": "minor",
             "ref": "just before half-time"},
            {"text": "The victory gives the club its first major trophy since 1998.",
             "occ": 1, "type": "repetition", "severity": "minor", "ref": None},
        ],
        "traps": [
            {"text": "beating Dunmere Athletic 3-1 before a crowd of 41,000",
             "ref": "with a 3-1 win over Dunmere Athletic in front of 41,000 spectators"},
            {"text": "put them ahead after 12 minutes",
             "ref": "opened the scoring in the 12th minute"},
            {"text": "in the last 15 minutes",
             "ref": "in the final quarter of an hour"},
            {"text": "who became manager only last October",
             "ref": "who took charge only last October"},
        ],
    },
    {
        "domain": "science", "mode": "rewrite",
        "reference": (
            "Researchers at the Lindqvist Institute have identified a soil bacterium "
            "that breaks down a common agricultural plastic film within six weeks under "
            "laboratory conditions. The team, led by microbiologist Priya Anand-Roux, "
            "isolated the strain from a landfill site outside the city of Corvell. In "
            "tests, the bacterium degraded about 70 percent of the film's mass at a "
            "temperature of 30 degrees Celsius. The authors caution that the results "
            "may not hold in open fields, where temperatures and moisture vary widely. "
            "They plan to begin small outdoor trials next spring. The study was "
            "published in the Journal of Applied Soil Biology."
        ),
        "candidate": (
            "A soil bacterium capable of breaking down a widely used agricultural "
            "plastic film in six weeks, under laboratory conditions, has been "
            "identified by scientists at the Lindqvist Institute. Microbiologist Priya "
            "Anand-Roux led the team, which found the strain at a landfill near "
            "Corvell. At 30 degrees Celsius, the bacterium broke down roughly "
            "seven-tenths of the film's mass in tests. The authors warn that the "
            "findings will not carry over to open fields, where temperature and "
            "moisture fluctuate considerably. Small-scale outdoor trials are planned "
            "for next spring. The research appeared in the Journal of Applied Soil "
            "Biology."
        ),
        "errors": [
            {"text": "will not carry over", "type": "modality", "severity": "major",
             "ref": "may not hold"},
        ],
        "traps": [
            {"text": "has been identified by scientists at the Lindqvist Institute",
             "ref": "Researchers at the Lindqvist Institute have identified"},
            {"text": "Microbiologist Priya Anand-Roux led the team, which found the strain at a landfill near Corvell",
             "ref": "The team, led by microbiologist Priya Anand-Roux, isolated the strain from a landfill site outside the city of Corvell"},
            {"text": "roughly seven-tenths of the film's mass",
             "ref": "about 70 percent of the film's mass"},
            {"text": "Small-scale outdoor trials are planned for next spring",
             "ref": "They plan to begin small outdoor trials next spring"},
        ],
    },
    {
        "domain": "health", "mode": "rewrite",
        "reference": (
            "The health ministry of Oranje Vale has approved a new vaccine against "
            "dengue fever for children aged nine to sixteen. The approval follows a "
            "three-year trial involving 12,000 participants in four provinces. In the "
            "trial, the vaccine reduced hospital admissions for dengue by 64 percent "
            "compared with a placebo. No serious side effects were linked to the "
            "vaccine, although some children reported a sore arm and mild fever. The "
            "ministry said the first doses would be offered in the southern provinces, "
            "where cases are most frequent. The ministry plans to vaccinate about "
            "400,000 children in the first year. The vaccine was developed by the "
            "state-owned laboratory Biosan Meridia."
        ),
        "candidate": (
            "Oranje Vale's health ministry has approved a new dengue vaccine for "
            "children between nine and sixteen. The decision comes after a three-year "
            "trial in four provinces with 12,000 volunteers. Compared with a placebo, "
            "the vaccine cut dengue-related hospital admissions by 64 percent. Serious "
            "side effects were linked to the vaccine in the trial, and some children "
            "also had a sore arm and a mild fever. The southern provinces, where cases "
            "are most common, will receive the first doses free of charge, the "
            "ministry said. About 400,000 children are due to be vaccinated in the "
            "first year, according to the ministry's plans. Biosan Meridia, a state-owned laboratory, developed the "
            "vaccine."
        ),
        "errors": [
            {"text": "Serious side effects were linked to the vaccine", "type": "polarity",
             "severity": "critical",
             "ref": "No serious side effects were linked to the vaccine"},
            {"text": "free of charge", "type": "addition", "severity": "major",
             "ref": None},
        ],
        "traps": [
            {"text": "for children between nine and sixteen",
             "ref": "for children aged nine to sixteen"},
            {"text": "with 12,000 volunteers", "ref": "involving 12,000 participants"},
            {"text": "cut dengue-related hospital admissions by 64 percent",
             "ref": "reduced hospital admissions for dengue by 64 percent"},
            {"text": "Biosan Meridia, a state-owned laboratory, developed the vaccine",
             "ref": "The vaccine was developed by the state-owned laboratory Biosan Meridia"},
        ],
    },
    {
        "domain": "business", "mode": "rewrite",
        "reference": (
            "Shares in the furniture retailer Hollis & Brand fell 9 percent on "
            "Wednesday after the company cut its profit forecast for the year. Chief "
            "executive Danielle Ostrowe blamed weaker consumer spending and higher "
            "shipping costs from its suppliers in Southeast Asia. The company now "
            "expects pre-tax profit of between 40 million and 45 million dollars, down "
            "from an earlier estimate of 60 million. Analysts at the brokerage Fenwick "
            "Stroud said the warning had been widely expected. The retailer will close "
            "eleven of its 130 stores by the end of the year. It will publish full "
            "results on March 14."
        ),
        "candidate": (
            "Hollis & Brand, the furniture chain, saw its shares drop 9 percent on "
            "Wednesday after it lowered its full-year profit forecast. Danielle "
            "Ostrowe, the chief executive, pointed to softer consumer spending and "
            "rising shipping costs from suppliers in South America. Pre-tax profit is "
            "now expected to come in at 40 million to 45 million dollars, compared with "
            "the 60 million previously forecast. Ostrowe said the warning had been "
            "widely anticipated. By the end of the year, eleven of the retailer's 130 "
            "stores will shut. Full results are due on 14 March."
        ),
        "errors": [
            {"text": "South America", "type": "entity", "severity": "major",
             "ref": "Southeast Asia"},
            {"text": "Ostrowe said", "type": "attribution", "severity": "major",
             "ref": "Analysts at the brokerage Fenwick Stroud said"},
        ],
        "traps": [
            {"text": "Pre-tax profit is now expected to come in at 40 million to 45 million dollars, compared with the 60 million previously forecast",
             "ref": "The company now expects pre-tax profit of between 40 million and 45 million dollars, down from an earlier estimate of 60 million"},
            {"text": "By the end of the year, eleven of the retailer's 130 stores will shut",
             "ref": "The retailer will close eleven of its 130 stores by the end of the year"},
            {"text": "14 March", "ref": "March 14"},
        ],
    },
    {
        "domain": "weather", "mode": "rewrite",
        "reference": (
            "A storm system brought heavy rain and gusts of up to 110 kilometres per "
            "hour to the western coast of Calvera overnight on Tuesday. The national "
            "weather service had issued an orange warning for the districts of "
            "Brannock and Sel Haven on Monday. Around 18,000 homes lost power, and the "
            "coastal road between the two districts was closed because of fallen "
            "trees. Ferries to the island of Mirrow were cancelled for the whole of "
            "Wednesday, but no injuries were reported. Forecasters expect calmer conditions "
            "from Thursday, although showers will continue in the north."
        ),
        "candidate": (
            "Overnight on Tuesday, a storm lashed Calvera's west coast with heavy rain "
            "and gusts reaching 110 km/h. On Monday, the national weather service had "
            "put the districts of Brannock and Sel Haven under an orange warning. Some "
            "18,000 households were left without electricity, and fallen trees forced "
            "the closure of the coastal road linking the two districts. Ferries to "
            "Mirrow island ran with long delays throughout Wednesday. Nobody was "
            "reported hurt. From Thursday conditions should calm down, forecasters "
            "say, though showers will persist in the north."
        ),
        "errors": [
            {"text": "ran with long delays", "type": "event", "severity": "major",
             "ref": "were cancelled"},
        ],
        "traps": [
            {"text": "110 km/h", "ref": "110 kilometres per hour"},
            {"text": "Some 18,000 households were left without electricity",
             "ref": "Around 18,000 homes lost power"},
            {"text": "fallen trees forced the closure of the coastal road linking the two districts",
             "ref": "the coastal road between the two districts was closed because of fallen trees"},
            {"text": "Nobody was reported hurt", "ref": "no injuries were reported"},
        ],
    },
    {
        "domain": "culture", "mode": "rewrite",
        "reference": (
            "The Tarrow Museum of Modern Art will reopen on 2 June after a renovation "
            "that lasted almost three years and cost 86 million euros. The project, "
            "designed by the architecture firm Studio Verhaal, added a new wing for "
            "photography and a rooftop sculpture garden. Director Leontine Barabas said "
            "the museum would now be able to show around 1,400 works at a time, twice "
            "as many as before. Admission will be free for visitors under 18. The "
            "opening exhibition will be a retrospective of the painter Joris Ackeley, "
            "who died in 2019. Tickets go on sale online next week."
        ),
        "candidate": (
            "After nearly three years of renovation costing 86 million euros, the "
            "Tarrow Museum of Modern Art reopens on June 2. The architecture firm "
            "Studio Verhaal designed the project, which gave the museum a new "
            "photography wing. According to director Leontine Barabas, the museum "
            "will now be able to display about 1,400 works at once, three times its "
            "previous capacity. Visitors under 18 will get in free. The first "
            "exhibition will be a retrospective devoted to the painter Joris Ackeley, "
            "who died in 2019. Tickets will be sold online from next week."
        ),
        "errors": [
            {"type": "omission", "at": "a new photography wing", "side": "after",
             "severity": "major", "ref": "and a rooftop sculpture garden"},
            {"text": "three times its previous capacity", "type": "number",
             "severity": "minor", "ref": "twice as many as before"},
        ],
        "traps": [
            {"text": "After nearly three years of renovation costing 86 million euros",
             "ref": "after a renovation that lasted almost three years and cost 86 million euros"},
            {"text": "June 2", "ref": "2 June"},
            {"text": "Visitors under 18 will get in free",
             "ref": "Admission will be free for visitors under 18"},
            {"text": "Tickets will be sold online from next week",
             "ref": "Tickets go on sale online next week"},
        ],
    },
    {
        "domain": "transport", "mode": "rewrite",
        "reference": (
            "The regional transport authority of Lower Askeby has ordered 24 "
            "battery-powered trains from the manufacturer Nordvik Rail in a deal worth "
            "310 million euros. The trains will replace diesel units on the Fennmouth "
            "to Carrow Bridge line, which carries about 9,000 passengers a day. "
            "Deliveries are scheduled to begin in 2027, with all units in service by "
            "the end of 2029. Each train will be able to travel up to 120 kilometres "
            "on a single charge. Charging stations will be built at Fennmouth and at "
            "the junction town of Ulsby. The authority's chair, Gregor Manteuffel, said "
            "the switch would cut the line's carbon emissions by around 80 percent."
        ),
        "candidate": (
            "Lower Askeby's regional transport authority has signed a 310-million-euro "
            "contract with Nordvik Rail for 24 battery trains. They will take over from "
            "the diesel units now running between Fennmouth and Carrow Bridge, a route "
            "used by roughly 9,000 passengers daily. The first trains are due to arrive "
            "in 2027, and the whole fleet should be running by late 2029. A full charge "
            "will give each train a range of up to 120 kilometres. Charging facilities "
            "are to be installed at Fennmouth and at the junction town of Carrow "
            "Bridge. Gregor Manteuffel, who chairs the authority, said the change would "
            "reduce carbon emissions on the line by about 80 percent."
        ),
        "errors": [
            {"text": "Carrow Bridge", "occ": 1, "type": "entity", "severity": "major",
             "ref": "Ulsby"},
        ],
        "traps": [
            {"text": "signed a 310-million-euro contract with Nordvik Rail for 24 battery trains",
             "ref": "has ordered 24 battery-powered trains from the manufacturer Nordvik Rail in a deal worth 310 million euros"},
            {"text": "the whole fleet should be running by late 2029",
             "ref": "all units in service by the end of 2029"},
            {"text": "A full charge will give each train a range of up to 120 kilometres",
             "ref": "Each train will be able to travel up to 120 kilometres on a single charge"},
            {"text": "Gregor Manteuffel, who chairs the authority",
             "ref": "The authority's chair, Gregor Manteuffel"},
        ],
    },
    {
        "domain": "agriculture", "mode": "rewrite",
        "reference": (
            "Wheat farmers in the Velchyn Plain began harvesting two weeks earlier than "
            "usual this year after an unusually warm and dry spring. The regional "
            "farmers' union expects a yield of around 5.1 tonnes per hectare, slightly "
            "below the five-year average of 5.4 tonnes. Grain quality is described as "
            "good, with high protein content. The union's president, Karel Vondrasek, "
            "warned that many farms were running short of water for their autumn "
            "crops. The regional government will decide on 15 August whether to "
            "release emergency funds for irrigation. Prices for milling wheat have risen "
            "by 6 percent since June. Some farmers have already sold part of their "
            "crop in advance. Last year's harvest was delayed by heavy rain in July."
        ),
        "candidate": (
            "An unusually warm, dry spring meant that wheat farmers on the Velchyn "
            "Plain started their harvest a fortnight ahead of the usual schedule this "
            "year. The regional farmers' union is forecasting a yield of about 5.1 "
            "tonnes per hectare, a little under the five-year average of 5.4 tonnes. "
            "The grain is said to be of good quality and high in protein. Karel "
            "Vondrasek, who heads the union, warned that water was running low on many "
            "farms ahead of their autumn crops. The grain is said to be of good "
            "quality and high in protein. On August 25 the regional government will "
            "decide whether to free up emergency money for irrigation. Milling wheat "
            "prices are up 6 percent since June, and some farmers have already sold "
            "part of their crop in advance. Heavy rain in July held up last year's "
            "harvest."
        ),
        "errors": [
            {"text": "The grain is said to be of good quality and high in protein.",
             "occ": 1, "type": "repetition", "severity": "minor", "ref": None},
            {"text": "August 25", "type": "date", "severity": "major",
             "ref": "15 August"},
        ],
        "traps": [
            {"text": "started their harvest a fortnight ahead of the usual schedule",
             "ref": "began harvesting two weeks earlier than usual"},
            {"text": "a little under the five-year average of 5.4 tonnes",
             "ref": "slightly below the five-year average of 5.4 tonnes"},
            {"text": "Karel Vondrasek, who heads the union",
             "ref": "The union's president, Karel Vondrasek"},
            {"text": "Heavy rain in July held up last year's harvest",
             "ref": "Last year's harvest was delayed by heavy rain in July"},
        ],
    },
    # ------------------------------------------------------------------
    # SUMMARY, inconsistent
    # ------------------------------------------------------------------
    {
        "domain": "technology", "mode": "summary",
        "reference": (
            "The software company Brightwell Systems has confirmed that a cyberattack "
            "last weekend exposed the personal data of about 230,000 customers. The "
            "attackers gained access through a vulnerability in an outdated "
            "file-transfer server, which has since been taken offline. Names, email "
            "addresses and postal addresses were stolen, but the company said no "
            "payment card details were affected. Brightwell has informed the national "
            "data protection regulator and hired the security firm Quarry Lane to "
            "investigate. Chief technology officer Samir Haddou-Lenz apologised to "
            "customers and said all affected users would receive an email by Friday. "
            "The company's shares were unchanged in early trading."
        ),
        "candidate": (
            "Brightwell Systems says hackers stole the names, email and postal "
            "addresses of some 230,000 customers last weekend by exploiting an old "
            "file-transfer server, now offline; no card data was taken. The firm has "
            "alerted the data protection regulator, brought in Quarry Lane to "
            "investigate, and will email all affected users by Friday, offering them a "
            "year of free credit monitoring."
        ),
        "errors": [
            {"text": "offering them a year of free credit monitoring", "type": "addition",
             "severity": "major", "ref": None},
        ],
        "traps": [
            {"text": "some 230,000 customers", "ref": "about 230,000 customers"},
            {"text": "by exploiting an old file-transfer server, now offline",
             "ref": "through a vulnerability in an outdated file-transfer server, which has since been taken offline"},
            {"text": "no card data was taken",
             "ref": "no payment card details were affected"},
            {"text": "brought in Quarry Lane to investigate",
             "ref": "hired the security firm Quarry Lane to investigate"},
        ],
    },
    {
        "domain": "diplomacy", "mode": "summary",
        "reference": (
            "The foreign ministers of Kestovia and the Republic of Amaru met in the "
            "neutral city of Lisanne on Monday for their first direct talks in six "
            "years. The two countries broke off diplomatic relations after a border "
            "dispute over the Tavor river valley. Kestovia's minister, Anton Brezhovic, "
            "proposed reopening both embassies by the end of the year. Amaru's foreign "
            "minister, Celia Montañez-Ruiz, said her government would consider the "
            "offer but wanted progress on the border question first. The talks were "
            "hosted by the mediator Hanne Sollberg, a former prime minister of the "
            "Sundholm Federation. A second round is planned for April."
        ),
        "candidate": (
            "Kestovia and Amaru held their first direct talks in six years on Monday in "
            "Lisanne, mediated by Hanne Sollberg, a former Sundholm prime minister. "
            "Amaru proposed to Kestovia that both embassies reopen by the end of the "
            "year; the other side said it would weigh the offer but first wants "
            "progress on the Tavor valley border dispute that ruptured relations. A "
            "second round is due in April."
        ),
        "errors": [
            {"text": "Amaru proposed to Kestovia", "type": "role", "severity": "critical",
             "ref": "Kestovia's minister, Anton Brezhovic, proposed reopening both embassies"},
        ],
        "traps": [
            {"text": "held their first direct talks in six years on Monday in Lisanne",
             "ref": "met in the neutral city of Lisanne on Monday for their first direct talks in six years"},
            {"text": "mediated by Hanne Sollberg, a former Sundholm prime minister",
             "ref": "hosted by the mediator Hanne Sollberg, a former prime minister of the Sundholm Federation"},
            {"text": "A second round is due in April",
             "ref": "A second round is planned for April"},
        ],
    },
    {
        "domain": "education", "mode": "summary",
        "reference": (
            "The education authority of the Brenna Valley district announced on "
            "Tuesday that it will close three rural primary schools at the end of the "
            "current school year. Falling birth rates have reduced enrolment at the "
            "schools to fewer than 40 pupils each. The 112 affected children will be "
            "transferred to a new school in the town of Aldham, which opens in "
            "September. The authority will provide free bus transport for all of them. "
            "Parents' groups have criticised the decision and are considering a legal "
            "challenge. Superintendent Moira Quennell said the move would save about "
            "1.3 million pounds a year."
        ),
        "candidate": (
            "Brenna Valley's education authority will shut three rural primary "
            "schools, each down to fewer than 40 pupils, when the school year ends. "
            "Their 121 pupils will move to a new school opening in Aldham in September "
            "and may be offered free bus transport. Parents' groups object and are "
            "weighing legal action; the authority expects annual savings of about 1.3 "
            "million pounds."
        ),
        "errors": [
            {"text": "121", "type": "number", "severity": "major",
             "ref": "The 112 affected children"},
            {"text": "may be offered free bus transport", "type": "modality",
             "severity": "major",
             "ref": "The authority will provide free bus transport for all of them"},
        ],
        "traps": [
            {"text": "when the school year ends",
             "ref": "at the end of the current school year"},
            {"text": "are weighing legal action",
             "ref": "are considering a legal challenge"},
            {"text": "the authority expects annual savings of about 1.3 million pounds",
             "ref": "Superintendent Moira Quennell said the move would save about 1.3 million pounds a year"},
        ],
    },
    {
        "domain": "energy", "mode": "summary",
        "reference": (
            "The utility Harrowgate Power has received approval to build an offshore "
            "wind farm 30 kilometres off the coast of the Vessel Islands. The project, "
            "called Greyhaven Banks, will have 62 turbines with a combined capacity of "
            "900 megawatts. Construction is expected to start in 2026 and take about "
            "three years. The environment agency approved the plan on condition that "
            "turbines are not installed during the seabird nesting season. Local "
            "fishing groups had opposed the project, arguing it would close off "
            "traditional fishing grounds. The utility says the wind farm will supply "
            "enough electricity for about 700,000 homes."
        ),
        "candidate": (
            "Harrowgate Power has been cleared to build Greyhaven Banks, a 62-turbine, "
            "900-megawatt wind farm 30 km off the Vessel Islands that it says will "
            "supply about 700,000 homes. Construction should start in 2026 and take "
            "roughly three years; the environment agency has barred installation "
            "during the seabird nesting season. Local fishing groups had backed the "
            "project."
        ),
        "errors": [
            {"text": "had backed the project", "type": "polarity", "severity": "major",
             "ref": "had opposed the project"},
        ],
        "traps": [
            {"text": "has been cleared to build", "ref": "has received approval to build"},
            {"text": "30 km off the Vessel Islands",
             "ref": "30 kilometres off the coast of the Vessel Islands"},
            {"text": "the environment agency has barred installation during the seabird nesting season",
             "ref": "The environment agency approved the plan on condition that turbines are not installed during the seabird nesting season"},
        ],
    },
    {
        "domain": "crime", "mode": "summary",
        "reference": (
            "Police in the port city of Marsden Cove have arrested four men suspected "
            "of smuggling stolen luxury cars to buyers abroad. The arrests followed a "
            "nine-month investigation in cooperation with customs officers. Detectives "
            "recovered 17 vehicles worth an estimated 2.6 million dollars from a "
            "warehouse near the docks on Thursday morning. According to prosecutors, "
            "the cars were stolen in three neighbouring countries and fitted with "
            "false registration plates. The suspects, aged between 29 and 51, will "
            "appear before a magistrate on Monday. Inspector Dalia Rourke said further "
            "arrests were possible."
        ),
        "candidate": (
            "After a nine-month inquiry with customs, police in Marsden Cove have "
            "arrested four men, aged 29 to 51, suspected of smuggling stolen luxury "
            "cars abroad. Seventeen vehicles valued at about 2.6 million dollars were "
            "recovered from a dockside warehouse on Thursday evening. Inspector Dalia "
            "Rourke said the cars had been stolen in three neighbouring countries and "
            "given false plates, and that more arrests could follow. The men appear "
            "before a magistrate on Monday."
        ),
        "errors": [
            {"text": "Thursday evening", "type": "date", "severity": "minor",
             "ref": "Thursday morning"},
            {"text": "Inspector Dalia Rourke said", "type": "attribution",
             "severity": "major", "ref": "According to prosecutors"},
        ],
        "traps": [
            {"text": "After a nine-month inquiry with customs",
             "ref": "The arrests followed a nine-month investigation in cooperation with customs officers"},
            {"text": "aged 29 to 51", "ref": "aged between 29 and 51"},
            {"text": "Seventeen vehicles valued at about 2.6 million dollars",
             "ref": "17 vehicles worth an estimated 2.6 million dollars"},
        ],
    },
    {
        "domain": "space", "mode": "summary",
        "reference": (
            "The Selvan Space Agency successfully launched its first lunar orbiter, "
            "Kaveri-Lun, on Saturday from the Dhoran launch site. The 1,150-kilogram "
            "spacecraft was carried into orbit by a Tarka-3 rocket at 06:42 local "
            "time. It is expected to reach the Moon in about 23 days after a series of "
            "engine burns. The orbiter carries a radar instrument designed to search "
            "for water ice near the lunar south pole. Mission director Arun "
            "Vellaswamy said all systems were working normally. The mission has a "
            "planned lifetime of two years. The mission cost about 74 million dollars, "
            "far less than comparable projects elsewhere. Controllers will fire the "
            "main engine for the first time on Tuesday."
        ),
        "candidate": (
            "Selvan's space agency launched its first lunar orbiter, the 1,150 kg "
            "Kaveri-Lun, on a Tarka-3 rocket from Dhoran at 6:42 am local time on "
            "Saturday. After several engine burns it is due to land on the Moon in "
            "about 23 days, and will use radar to search for water ice near the lunar "
            "south pole during a two-year mission. All systems are working normally, "
            "the mission director said, and it will use radar to search for water ice "
            "near the lunar south pole."
        ),
        "errors": [
            {"text": "land on the Moon", "type": "event", "severity": "major",
             "ref": "reach the Moon"},
            {"text": "will use radar to search for water ice near the lunar south pole",
             "occ": 1, "type": "repetition", "severity": "minor", "ref": None},
        ],
        "traps": [
            {"text": "1,150 kg", "ref": "1,150-kilogram"},
            {"text": "6:42 am local time", "ref": "06:42 local time"},
            {"text": "during a two-year mission",
             "ref": "The mission has a planned lifetime of two years"},
            {"text": "All systems are working normally, the mission director said",
             "ref": "Mission director Arun Vellaswamy said all systems were working normally"},
        ],
    },
    {
        "domain": "health", "mode": "summary",
        "reference": (
            "A measles outbreak in the district of Pellington has grown to 84 "
            "confirmed cases, the regional health office said on Friday. Most of "
            "those infected are unvaccinated children under ten. Nine patients have "
            "been treated in hospital, and none has died. Health officials have "
            "opened a temporary vaccination clinic at the Pellington community centre, "
            "which will run for three weeks. Doctor Renate Vasquez-Holm, who leads the "
            "regional response, urged parents to check their children's vaccination "
            "records. The outbreak is believed to have started at a summer camp near "
            "Lake Osgood in July."
        ),
        "candidate": (
            "Pellington's measles outbreak now stands at 84 confirmed cases, mostly "
            "unvaccinated children under ten; nine have needed hospital care and there "
            "have been no deaths. A temporary vaccination clinic has opened at the "
            "Pellington town hall for three weeks, and Doctor Renate Vasquez-Holm, who "
            "heads the regional response, urged parents to check their children's "
            "records. The outbreak is thought to have begun in July at a summer camp "
            "by Lake Osgood."
        ),
        "errors": [
            {"text": "town hall", "type": "entity", "severity": "major",
             "ref": "community centre"},
        ],
        "traps": [
            {"text": "nine have needed hospital care and there have been no deaths",
             "ref": "Nine patients have been treated in hospital, and none has died"},
            {"text": "who heads the regional response",
             "ref": "who leads the regional response"},
            {"text": "The outbreak is thought to have begun in July at a summer camp by Lake Osgood",
             "ref": "The outbreak is believed to have started at a summer camp near Lake Osgood in July"},
        ],
    },
    # ------------------------------------------------------------------
    # TRANSLATION, inconsistent
    # ------------------------------------------------------------------
    {
        "domain": "courts", "mode": "translation",
        "reference": (
            "The Constitutional Tribunal of Stavora annulled on Wednesday a law that "
            "allowed the police to keep the fingerprints of minors for ten years. "
            "According to the judges, the measure violated the right to privacy and "
            "was disproportionate. The law had been adopted by parliament in 2021 at "
            "the proposal of the interior ministry. The decision was taken by seven "
            "votes to two. The government now has six months to present a new text. "
            "The children's rights association Vela Mira, which had brought the "
            "complaint, welcomed the ruling."
        ),
        "candidate": (
            "On Wednesday, Stavora's Constitutional Tribunal struck down a law "
            "permitting police to retain fingerprints taken from minors for a period "
            "of ten years. The judges found that the measure breached the right to "
            "privacy. Parliament passed the law in 2021 on the initiative of the "
            "interior ministry. The ruling was adopted seven to two. The government "
            "must submit a new draft within six months. Vela Mira, a children's rights "
            "association that filed the complaint, welcomed the decision."
        ),
        "errors": [
            {"type": "omission", "at": "breached the right to privacy", "side": "after",
             "severity": "major", "ref": "and was disproportionate"},
        ],
        "traps": [
            {"text": "struck down", "ref": "annulled"},
            {"text": "Parliament passed the law in 2021 on the initiative of the interior ministry",
             "ref": "The law had been adopted by parliament in 2021 at the proposal of the interior ministry"},
            {"text": "The ruling was adopted seven to two",
             "ref": "The decision was taken by seven votes to two"},
            {"text": "The government must submit a new draft within six months",
             "ref": "The government now has six months to present a new text"},
        ],
    },
    {
        "domain": "elections", "mode": "translation",
        "reference": (
            "In the municipal elections in Corvaglia, the Progressive Alliance lost "
            "control of the city council for the first time in sixteen years. The "
            "conservative list of Matteo Albrizzi obtained 21 of the 45 seats, against "
            "17 for the outgoing majority. The mayor, Giulia Sabbatini, telephoned "
            "Albrizzi on Sunday evening to recognise her defeat. Albrizzi will need "
            "the support of the small Green list, which won four seats, to govern. The "
            "Greens said they would not enter a coalition with the conservatives but "
            "would support individual measures. Participation was 58 percent."
        ),
        "candidate": (
            "The Progressive Alliance has lost its majority on Corvaglia city council "
            "in the local elections, something that had not happened in sixteen years. "
            "Matteo Albrizzi's conservative list took 21 of the 45 seats, while the "
            "outgoing majority was left with 17. On Sunday evening Albrizzi phoned the "
            "outgoing mayor, Giulia Sabbatini, who conceded. To govern, Albrizzi will "
            "have to rely on the small Green list and its four councillors. The Greens "
            "have ruled out a coalition with the conservatives and would not support "
            "individual measures either. Turnout stood at 58 percent."
        ),
        "errors": [
            {"text": "Albrizzi phoned the outgoing mayor, Giulia Sabbatini", "type": "role",
             "severity": "major",
             "ref": "The mayor, Giulia Sabbatini, telephoned Albrizzi"},
            {"text": "would not support individual measures either", "type": "polarity",
             "severity": "major", "ref": "would support individual measures"},
        ],
        "traps": [
            {"text": "something that had not happened in sixteen years",
             "ref": "for the first time in sixteen years"},
            {"text": "while the outgoing majority was left with 17",
             "ref": "against 17 for the outgoing majority"},
            {"text": "Albrizzi will have to rely on the small Green list and its four councillors",
             "ref": "Albrizzi will need the support of the small Green list, which won four seats, to govern"},
            {"text": "Turnout stood at 58 percent", "ref": "Participation was 58 percent"},
        ],
    },
    {
        "domain": "sport", "mode": "translation",
        "reference": (
            "The cyclist Lukas Brandauer won the fourth stage of the Tour of Hohenfeld "
            "on Tuesday after a solo breakaway of 38 kilometres. The 24-year-old rider "
            "from the Velox team crossed the line in Sankt Ilgen with an advantage of "
            "52 seconds over the chasing group. It is his first professional victory. "
            "The Dane Mikkel Sørvang kept the leader's yellow jersey and now has a "
            "lead of 1 minute 14 seconds in the general classification. The stage, 186 "
            "kilometres long, was marked by strong crosswinds. On Wednesday the riders "
            "face the queen stage with three mountain passes."
        ),
        "candidate": (
            "Lukas Brandauer took Tuesday's fourth stage of the Tour of Hohenfeld, "
            "having ridden the final 38 kilometres alone. The 24-year-old Velox rider "
            "reached the finish in Sankt Ilgen 52 seconds ahead of the chasers, "
            "claiming the first win of his professional career. Mikkel Sørvang of "
            "Denmark stays in the yellow jersey and leads the overall standings by 1 "
            "minute 41 seconds. Strong crosswinds shaped the 186-kilometre stage. The "
            "queen stage, crossing three mountain passes, awaits the riders on "
            "Wednesday."
        ),
        "errors": [
            {"text": "1 minute 41 seconds", "type": "number", "severity": "major",
             "ref": "1 minute 14 seconds"},
        ],
        "traps": [
            {"text": "having ridden the final 38 kilometres alone",
             "ref": "after a solo breakaway of 38 kilometres"},
            {"text": "reached the finish in Sankt Ilgen 52 seconds ahead of the chasers, claiming the first win of his professional career",
             "ref": "crossed the line in Sankt Ilgen with an advantage of 52 seconds over the chasing group. It is his first professional victory"},
            {"text": "Mikkel Sørvang of Denmark", "ref": "The Dane Mikkel Sørvang"},
            {"text": "Strong crosswinds shaped the 186-kilometre stage",
             "ref": "The stage, 186 kilometres long, was marked by strong crosswinds"},
        ],
    },
    {
        "domain": "business", "mode": "translation",
        "reference": (
            "The dairy cooperative Lattéa Unita announced on Monday that it will build "
            "a new cheese factory near the town of Castrovello. The investment amounts "
            "to 75 million euros and should create around 220 jobs. Construction will "
            "begin next spring, if the regional authorities grant the necessary "
            "permits. The factory will process milk from about 600 farms in the "
            "region. The president of the cooperative, Renzo Galimberti, said the "
            "project would allow the group to double its exports to northern Europe. "
            "The cooperative already employs 1,900 people at four sites."
        ),
        "candidate": (
            "Lattéa Unita, a dairy cooperative, said on Monday that it will build a new "
            "cheese plant close to Castrovello. The 75-million-euro investment is "
            "expected to generate about 220 jobs. Work is set to start next spring, "
            "once the regional authorities have granted the necessary permits. Milk "
            "from roughly 600 local farms will be processed at the plant. According to "
            "cooperative president Renzo Galimberti, the project will enable the group "
            "to double its exports to northern Europe. The cooperative currently has "
            "1,900 employees across four sites, all of them in the south."
        ),
        "errors": [
            {"text": "once the regional authorities have granted the necessary permits",
             "type": "modality", "severity": "major",
             "ref": "if the regional authorities grant the necessary permits"},
            {"text": "all of them in the south", "type": "addition", "severity": "minor",
             "ref": None},
        ],
        "traps": [
            {"text": "The 75-million-euro investment is expected to generate about 220 jobs",
             "ref": "The investment amounts to 75 million euros and should create around 220 jobs"},
            {"text": "Milk from roughly 600 local farms will be processed at the plant",
             "ref": "The factory will process milk from about 600 farms in the region"},
            {"text": "The cooperative currently has 1,900 employees across four sites",
             "ref": "The cooperative already employs 1,900 people at four sites"},
        ],
    },
    {
        "domain": "culture", "mode": "translation",
        "reference": (
            "The novel 'The Salt Orchard' by Ilse Damgaard has won this year's "
            "Nordlicht Prize for literature, worth 50,000 crowns. The jury described "
            "the book as a powerful portrait of a fishing village in decline. "
            "Damgaard, 47, had been shortlisted twice before without winning. The "
            "prize was presented on Thursday evening at the city theatre of Aarvik by "
            "the culture minister, Per Holmgaard-Berg. In her speech, the author "
            "thanked her late father, a fisherman, who she said had inspired the "
            "story. The book, her fourth novel, was published by the small independent "
            "house Gravlund Forlag. The novel has sold more than 80,000 copies and "
            "will be translated into eleven languages."
        ),
        "candidate": (
            "Ilse Damgaard has been awarded this year's Nordlicht literature prize, "
            "worth 50,000 crowns, for her novel 'The Salt Orchard'. Critics have "
            "hailed the book as a powerful portrait of a declining fishing village. "
            "The 47-year-old writer had twice before made the shortlist without taking "
            "the award. Culture minister Per Holmgaard-Berg handed her the prize on "
            "Thursday evening at Aarvik's city theatre. Accepting it, Damgaard paid "
            "tribute to her late father, a fisherman, saying he had inspired the "
            "story. Her fourth novel, it came out with Gravlund Forlag, a small "
            "independent publisher. More than 80,000 copies of the novel have been sold, and it is to "
            "be translated into eleven languages."
        ),
        "errors": [
            {"text": "Critics have hailed", "type": "attribution", "severity": "major",
             "ref": "The jury described"},
        ],
        "traps": [
            {"text": "Ilse Damgaard has been awarded this year's Nordlicht literature prize, worth 50,000 crowns, for her novel 'The Salt Orchard'",
             "ref": "The novel 'The Salt Orchard' by Ilse Damgaard has won this year's Nordlicht Prize for literature, worth 50,000 crowns"},
            {"text": "had twice before made the shortlist without taking the award",
             "ref": "had been shortlisted twice before without winning"},
            {"text": "Culture minister Per Holmgaard-Berg handed her the prize on Thursday evening at Aarvik's city theatre",
             "ref": "The prize was presented on Thursday evening at the city theatre of Aarvik by the culture minister, Per Holmgaard-Berg"},
            {"text": "More than 80,000 copies of the novel have been sold",
             "ref": "The novel has sold more than 80,000 copies"},
        ],
    },
    {
        "domain": "agriculture", "mode": "translation",
        "reference": (
            "Authorities in the province of Valdemora Alta have ordered the culling of "
            "45,000 chickens after an outbreak of avian influenza at a poultry farm "
            "near the village of Los Tamariscos. The virus was detected on Saturday in "
            "samples taken after an unusual number of birds died. A protection zone of "
            "three kilometres has been established around the farm, and the movement "
            "of poultry is banned within ten kilometres. Veterinary teams are "
            "inspecting 30 other farms in the area. The agriculture department "
            "stressed that the risk to humans is very low. It is the first case in the "
            "province since 2020."
        ),
        "candidate": (
            "In Valdemora Alta province, the authorities have ordered 45,000 chickens "
            "to be vaccinated following a bird flu outbreak on a poultry farm close to "
            "the village of Los Tamariscos. Tests on samples collected after an "
            "abnormally high number of birds died confirmed the virus on Saturday. The "
            "farm is now surrounded by a three-kilometre protection zone, and poultry "
            "may not be moved within a radius of ten kilometres. Vets are checking a "
            "further 30 farms nearby. According to the agriculture department, the "
            "risk to people remains very low. The province had not recorded a case "
            "since 2018."
        ),
        "errors": [
            {"text": "to be vaccinated", "type": "event", "severity": "critical",
             "ref": "ordered the culling of 45,000 chickens"},
            {"text": "since 2018", "type": "date", "severity": "major",
             "ref": "since 2020"},
        ],
        "traps": [
            {"text": "bird flu", "ref": "avian influenza"},
            {"text": "The farm is now surrounded by a three-kilometre protection zone",
             "ref": "A protection zone of three kilometres has been established around the farm"},
            {"text": "poultry may not be moved within a radius of ten kilometres",
             "ref": "the movement of poultry is banned within ten kilometres"},
            {"text": "Vets are checking a further 30 farms nearby",
             "ref": "Veterinary teams are inspecting 30 other farms in the area"},
        ],
    },
    {
        "domain": "science", "mode": "translation",
        "reference": (
            "Astronomers at the Cerro Paniri Observatory have discovered a planet "
            "orbiting a red dwarf star about 40 light years from Earth. The planet, "
            "designated TPX-118 b, is roughly 1.3 times the size of Earth and "
            "completes one orbit every nine days. Because it is so close to its star, "
            "its surface temperature is estimated at more than 200 degrees Celsius. "
            "The team used a new spectrograph installed at the observatory last year. "
            "Its leader, Valentina Quispe-Arancibia, said the discovery showed the "
            "instrument could detect small planets. Further observations with space "
            "telescopes are planned to study its atmosphere."
        ),
        "candidate": (
            "A planet circling a red dwarf some 40 light years away has been "
            "discovered by astronomers at the Cerro Paniri Observatory. Known as "
            "TPX-118 b, it is about 1.3 times as large as Earth and takes nine days to "
            "orbit its star. Its proximity to the star means the surface is thought to "
            "exceed 200 degrees Celsius. The discovery was made with a new "
            "14-million-dollar spectrograph that the observatory installed last year. "
            "According to team leader Valentina Quispe-Arancibia, it demonstrates that "
            "the instrument is capable of detecting small planets. The researchers "
            "intend to study the planet's atmosphere in follow-up observations with "
            "space telescopes."
        ),
        "errors": [
            {"text": "14-million-dollar", "type": "addition", "severity": "minor",
             "ref": None},
        ],
        "traps": [
            {"text": "A planet circling a red dwarf some 40 light years away has been discovered by astronomers at the Cerro Paniri Observatory",
             "ref": "Astronomers at the Cerro Paniri Observatory have discovered a planet orbiting a red dwarf star about 40 light years from Earth"},
            {"text": "takes nine days to orbit its star",
             "ref": "completes one orbit every nine days"},
            {"text": "the surface is thought to exceed 200 degrees Celsius",
             "ref": "its surface temperature is estimated at more than 200 degrees Celsius"},
            {"text": "it demonstrates that the instrument is capable of detecting small planets",
             "ref": "the discovery showed the instrument could detect small planets"},
        ],
    },
    # ------------------------------------------------------------------
    # REWRITE, consistent
    # ------------------------------------------------------------------
    {
        "domain": "energy", "mode": "rewrite",
        "reference": (
            "The government of Marrakand has agreed to extend the life of the Oskarsby "
            "nuclear power station by ten years, until 2045. The plant, which began "
            "operating in 1985, supplies about 14 percent of the country's "
            "electricity. Its operator, the utility Nordström Energi, will invest 1.8 "
            "billion kronor in new safety systems and replacement steam generators. "
            "The reactor will be shut down for eight months in 2027 while the work is "
            "carried out. About 900 people work at the site. "
            "The nuclear safety regulator approved the extension last month after a "
            "two-year review. Environmental groups criticised the decision and called "
            "for more investment in wind power. Energy minister Hedda Arvidsen said "
            "the plant was needed to keep prices stable while new capacity is built."
        ),
        "candidate": (
            "Marrakand's government has approved a ten-year extension to the life of "
            "the Oskarsby nuclear power station, which will now run until 2045. In "
            "operation since 1985, the plant generates roughly 14 percent of the "
            "nation's electricity. Nordström Energi, the utility that runs it, is to "
            "spend 1.8 billion kronor on new safety systems and replacement steam "
            "generators. While the work is carried out, the reactor will be offline "
            "for eight months in 2027. The site employs roughly 900 people. Last "
            "month, after reviewing the case for two years, the "
            "nuclear safety regulator gave its approval to the extension. The decision "
            "drew criticism from environmental groups, who urged greater investment in "
            "wind power. According to energy minister Hedda Arvidsen, the plant is "
            "necessary to keep prices stable while new capacity is being built."
        ),
        "errors": [],
        "traps": [
            {"text": "has approved a ten-year extension to the life of the Oskarsby nuclear power station, which will now run until 2045",
             "ref": "has agreed to extend the life of the Oskarsby nuclear power station by ten years, until 2045"},
            {"text": "In operation since 1985", "ref": "which began operating in 1985"},
            {"text": "Nordström Energi, the utility that runs it, is to spend 1.8 billion kronor",
             "ref": "Its operator, the utility Nordström Energi, will invest 1.8 billion kronor"},
            {"text": "Last month, after reviewing the case for two years, the nuclear safety regulator gave its approval to the extension",
             "ref": "The nuclear safety regulator approved the extension last month after a two-year review"},
            {"text": "The decision drew criticism from environmental groups",
             "ref": "Environmental groups criticised the decision"},
        ],
    },
    {
        "domain": "crime", "mode": "rewrite",
        "reference": (
            "A court in Dellbridge sentenced a former bank employee to six years in "
            "prison on Tuesday for stealing more than 3 million dollars from elderly "
            "customers' accounts. Graham Pelletier, 52, worked at the Harbour Street "
            "branch of Union Mercantile Bank for 19 years. Between 2017 and 2022 he "
            "transferred money from 31 accounts into companies he controlled. The "
            "theft was discovered when a customer's daughter noticed unusual "
            "withdrawals. Pelletier pleaded guilty in March. The bank has repaid all "
            "the victims in full."
        ),
        "candidate": (
            "Graham Pelletier, a 52-year-old former bank employee, was jailed for six "
            "years by a Dellbridge court on Tuesday for taking more than 3 million "
            "dollars from the accounts of elderly customers. He had worked for 19 "
            "years at Union Mercantile Bank's Harbour Street branch, and between 2017 "
            "and 2022 he moved money from 31 accounts into companies under his "
            "control. The theft came to light after the daughter of one customer "
            "spotted unusual withdrawals. Pelletier entered a guilty plea in March. "
            "All the victims have been fully repaid by the bank."
        ),
        "errors": [],
        "traps": [
            {"text": "was jailed for six years by a Dellbridge court on Tuesday",
             "ref": "A court in Dellbridge sentenced a former bank employee to six years in prison on Tuesday"},
            {"text": "He had worked for 19 years at Union Mercantile Bank's Harbour Street branch, and between 2017 and 2022 he moved money from 31 accounts into companies under his control",
             "ref": "worked at the Harbour Street branch of Union Mercantile Bank for 19 years. Between 2017 and 2022 he transferred money from 31 accounts into companies he controlled"},
            {"text": "The theft came to light after the daughter of one customer spotted unusual withdrawals",
             "ref": "The theft was discovered when a customer's daughter noticed unusual withdrawals"},
            {"text": "Pelletier entered a guilty plea in March",
             "ref": "Pelletier pleaded guilty in March"},
            {"text": "All the victims have been fully repaid by the bank",
             "ref": "The bank has repaid all the victims in full"},
        ],
    },
    {
        "domain": "space", "mode": "rewrite",
        "reference": (
            "The private company Orbis Halden has completed the first test of its "
            "reusable rocket engine, the Kite-2, at a site in the Sarn Desert. The "
            "engine fired for 212 seconds, slightly longer than the planned 200 "
            "seconds, and produced a thrust of 85 tonnes. Engineers will now inspect "
            "it before a second firing scheduled for next month. The company hopes to "
            "launch its first orbital rocket, powered by nine Kite-2 engines, in late "
            "2026. Founder Elena Varga-Doyle said the test had gone better than "
            "expected. Orbis Halden has raised 420 million dollars from investors "
            "since 2019."
        ),
        "candidate": (
            "Orbis Halden, a private company, has carried out the first test of "
            "Kite-2, its reusable rocket engine, at a site in the Sarn Desert. The "
            "engine ran for 212 seconds. That was a little longer than the 200 seconds "
            "planned, and it generated 85 tonnes of thrust. Before a second firing, "
            "set for next month, engineers will inspect the engine. The company aims "
            "to launch its first orbital rocket, which will use nine Kite-2 engines, "
            "towards the end of 2026. According to founder Elena Varga-Doyle, the test "
            "exceeded expectations. Since 2019, Orbis Halden has raised 420 million "
            "dollars from investors."
        ),
        "errors": [],
        "traps": [
            {"text": "The engine ran for 212 seconds. That was a little longer than the 200 seconds planned, and it generated 85 tonnes of thrust",
             "ref": "The engine fired for 212 seconds, slightly longer than the planned 200 seconds, and produced a thrust of 85 tonnes"},
            {"text": "Before a second firing, set for next month, engineers will inspect the engine",
             "ref": "Engineers will now inspect it before a second firing scheduled for next month"},
            {"text": "towards the end of 2026", "ref": "in late 2026"},
            {"text": "the test exceeded expectations",
             "ref": "the test had gone better than expected"},
            {"text": "Since 2019, Orbis Halden has raised 420 million dollars from investors",
             "ref": "Orbis Halden has raised 420 million dollars from investors since 2019"},
        ],
    },
    {
        "domain": "education", "mode": "rewrite",
        "reference": (
            "The University of Carrick will stop charging tuition fees to students "
            "from low-income families from the next academic year. The scheme will "
            "apply to households earning less than 35,000 pounds a year and is "
            "expected to benefit around 2,300 students. It will be funded by a "
            "donation of 40 million pounds from the alumna and entrepreneur Rosalind "
            "Obiora-Marsh. Vice-chancellor Tobias Wrenfield said the aim was to widen "
            "access to higher education. Students already enrolled will also be "
            "eligible. Applications will open on 1 September."
        ),
        "candidate": (
            "From the next academic year, students from low-income families will no "
            "longer pay tuition fees at the University of Carrick. Households with an "
            "annual income below 35,000 pounds qualify, and some 2,300 students are "
            "expected to benefit. The scheme will be paid for with a 40-million-pound "
            "donation from Rosalind Obiora-Marsh, an entrepreneur who studied at the "
            "university. Tobias Wrenfield, the vice-chancellor, said the goal was to "
            "open up higher education to more people. Those who are already enrolled "
            "will be eligible too. The application window opens on September 1."
        ),
        "errors": [],
        "traps": [
            {"text": "students from low-income families will no longer pay tuition fees at the University of Carrick",
             "ref": "The University of Carrick will stop charging tuition fees to students from low-income families"},
            {"text": "Households with an annual income below 35,000 pounds qualify",
             "ref": "The scheme will apply to households earning less than 35,000 pounds a year"},
            {"text": "a 40-million-pound donation from Rosalind Obiora-Marsh, an entrepreneur who studied at the university",
             "ref": "a donation of 40 million pounds from the alumna and entrepreneur Rosalind Obiora-Marsh"},
            {"text": "The application window opens on September 1",
             "ref": "Applications will open on 1 September"},
        ],
    },
    {
        "domain": "diplomacy", "mode": "rewrite",
        "reference": (
            "Leaders of the five member states of the Caradine Basin Council signed a "
            "water-sharing treaty on Friday in the city of Vashen after four years of "
            "negotiations. The agreement sets out how much water each country may take "
            "from the Caradine river during the dry season. It also creates a joint "
            "commission to monitor river levels and settle disputes. The treaty must "
            "be ratified by all five national parliaments before it takes effect. The "
            "council's secretary-general, Mohammed Al-Farsi Quinn, called it a "
            "historic step. The talks had stalled twice, in 2021 and 2023, over the "
            "allocation of water to the downstream states. Under the deal, each "
            "country must publish monthly data on its water use. Around 40 million "
            "people depend on the river for drinking water and agriculture."
        ),
        "candidate": (
            "After four years of negotiation, the leaders of the Caradine Basin "
            "Council's five member states signed a treaty on sharing water in Vashen on "
            "Friday. It specifies how much each country is allowed to draw from the "
            "Caradine river in the dry season, and it sets up a joint commission to "
            "keep track of river levels and resolve disputes. Before it can enter into "
            "force, all five national parliaments have to ratify it. Mohammed Al-Farsi "
            "Quinn, secretary-general of the council, described the treaty as a "
            "historic step. Negotiations had broken down twice, in 2021 and again in "
            "2023, because of disagreements over how much water the downstream states "
            "should receive. The treaty obliges every country to publish data on its "
            "water use each month. Some 40 million people rely on the river for "
            "drinking water and farming."
        ),
        "errors": [],
        "traps": [
            {"text": "signed a treaty on sharing water in Vashen on Friday",
             "ref": "signed a water-sharing treaty on Friday in the city of Vashen"},
            {"text": "It specifies how much each country is allowed to draw from the Caradine river in the dry season, and it sets up a joint commission to keep track of river levels and resolve disputes",
             "ref": "The agreement sets out how much water each country may take from the Caradine river during the dry season. It also creates a joint commission to monitor river levels and settle disputes"},
            {"text": "Before it can enter into force, all five national parliaments have to ratify it",
             "ref": "The treaty must be ratified by all five national parliaments before it takes effect"},
            {"text": "Some 40 million people rely on the river for drinking water and farming",
             "ref": "Around 40 million people depend on the river for drinking water and agriculture"},
        ],
    },
    {
        "domain": "technology", "mode": "rewrite",
        "reference": (
            "The telecom operator Veranet will switch off its 3G network across the "
            "country on 30 June next year. The company said less than 4 percent of "
            "mobile data traffic now runs over 3G. Customers with older phones that do "
            "not support 4G will be offered a replacement handset at a discount of 50 "
            "percent. The frequencies freed up will be used to improve 5G coverage in "
            "rural areas. Veranet's rivals, Telvio and Kappa Mobile, shut down their "
            "3G networks last year. About 310,000 Veranet customers still use devices "
            "that only work on 3G."
        ),
        "candidate": (
            "Veranet, a telecom operator, is to shut down its 3G network nationwide on "
            "June 30 next year. Less than 4 percent of mobile data traffic still goes "
            "over 3G, according to the company. Customers whose older phones cannot "
            "use 4G will be offered a replacement handset at half price. The released "
            "frequencies will go towards better 5G coverage in the countryside. Telvio "
            "and Kappa Mobile, Veranet's competitors, closed their 3G networks last "
            "year. Some 310,000 Veranet customers are still using devices that work "
            "only on 3G."
        ),
        "errors": [],
        "traps": [
            {"text": "June 30 next year", "ref": "30 June next year"},
            {"text": "Less than 4 percent of mobile data traffic still goes over 3G, according to the company",
             "ref": "The company said less than 4 percent of mobile data traffic now runs over 3G"},
            {"text": "at half price", "ref": "at a discount of 50 percent"},
            {"text": "better 5G coverage in the countryside",
             "ref": "improve 5G coverage in rural areas"},
            {"text": "Telvio and Kappa Mobile, Veranet's competitors, closed their 3G networks last year",
             "ref": "Veranet's rivals, Telvio and Kappa Mobile, shut down their 3G networks last year"},
        ],
    },
    # ------------------------------------------------------------------
    # SUMMARY, consistent
    # ------------------------------------------------------------------
    {
        "domain": "courts", "mode": "summary",
        "reference": (
            "An appeals court in Ravensholt has overturned the conviction of a "
            "journalist who was found guilty of publishing leaked government "
            "documents. Marta Kowalczyk-Bay had been fined 15,000 euros last year "
            "under the country's official secrets law. The three judges ruled "
            "unanimously that the public interest in the documents, which concerned "
            "defence contracts, outweighed the need for secrecy. They also ordered the "
            "state to pay her legal costs. The prosecution said it would study the "
            "ruling before deciding whether to take the case to the Supreme Court. "
            "Press freedom groups welcomed the decision."
        ),
        "candidate": (
            "A Ravensholt appeals court has unanimously quashed the official secrets "
            "conviction of journalist Marta Kowalczyk-Bay, fined 15,000 euros last "
            "year for publishing leaked documents on defence contracts, ruling that the "
            "public interest outweighed secrecy. The state must cover her legal costs. "
            "Prosecutors are considering a Supreme Court appeal; press freedom groups "
            "welcomed the ruling."
        ),
        "errors": [],
        "traps": [
            {"text": "quashed", "ref": "overturned"},
            {"text": "The state must cover her legal costs",
             "ref": "They also ordered the state to pay her legal costs"},
            {"text": "Prosecutors are considering a Supreme Court appeal",
             "ref": "The prosecution said it would study the ruling before deciding whether to take the case to the Supreme Court"},
        ],
    },
    {
        "domain": "sport", "mode": "summary",
        "reference": (
            "Runner Amos Kiprotich-Lund set a new national record in the men's "
            "marathon on Sunday, finishing the Hallberg City Marathon in 2 hours 6 "
            "minutes and 48 seconds. The previous record of 2:07:31 had stood since "
            "2011. Kiprotich-Lund, 29, who became a citizen of Fjellmark in 2021, "
            "finished second in the race behind Belayneh Girmasu. Conditions were "
            "ideal, with temperatures of around 9 degrees and little wind, and some "
            "14,000 runners took part. The time qualifies him for next "
            "year's world championships."
        ),
        "candidate": (
            "Amos Kiprotich-Lund, 29, broke Fjellmark's men's marathon record on "
            "Sunday, running 2:06:48 to finish runner-up to Belayneh Girmasu at the "
            "Hallberg City Marathon. He improved on a mark of 2:07:31 set in 2011 and "
            "qualified for next year's world championships."
        ),
        "errors": [],
        "traps": [
            {"text": "running 2:06:48", "ref": "in 2 hours 6 minutes and 48 seconds"},
            {"text": "finish runner-up to Belayneh Girmasu",
             "ref": "finished second in the race behind Belayneh Girmasu"},
            {"text": "He improved on a mark of 2:07:31 set in 2011",
             "ref": "The previous record of 2:07:31 had stood since 2011"},
            {"text": "qualified for next year's world championships",
             "ref": "The time qualifies him for next year's world championships"},
        ],
    },
    {
        "domain": "weather", "mode": "summary",
        "reference": (
            "The meteorological office of Sardovia has declared a heatwave alert for "
            "the central and southern regions from Wednesday until at least Sunday. "
            "Daytime temperatures are forecast to reach 41 degrees Celsius in the "
            "capital, Lorvena, and up to 44 degrees in the interior. Nights will "
            "remain unusually warm, with minimum temperatures above 27 degrees. The "
            "health ministry advised elderly people and young children to stay indoors "
            "between 11 am and 5 pm. Several cities will keep public swimming pools "
            "open until midnight. It is the third heatwave of the summer."
        ),
        "candidate": (
            "Sardovia has issued a heatwave alert, the summer's third, for its central "
            "and southern regions from Wednesday to at least Sunday. Highs of 41 °C "
            "are expected in the capital, Lorvena, and as much as 44 °C inland, with "
            "nights staying above 27 °C. The elderly and young children are advised to "
            "stay inside from 11:00 to 17:00."
        ),
        "errors": [],
        "traps": [
            {"text": "the summer's third", "ref": "It is the third heatwave of the summer"},
            {"text": "Highs of 41 °C are expected",
             "ref": "Daytime temperatures are forecast to reach 41 degrees Celsius"},
            {"text": "as much as 44 °C inland", "ref": "up to 44 degrees in the interior"},
            {"text": "nights staying above 27 °C",
             "ref": "Nights will remain unusually warm, with minimum temperatures above 27 degrees"},
            {"text": "from 11:00 to 17:00", "ref": "between 11 am and 5 pm"},
        ],
    },
    {
        "domain": "agriculture", "mode": "summary",
        "reference": (
            "Coffee growers in the highlands of Montaraz expect this year's harvest to "
            "fall by about 18 percent because of a prolonged drought. The national "
            "coffee federation estimates production at 1.4 million bags of 60 "
            "kilograms, down from 1.7 million last season. Smaller farms without "
            "irrigation have been hit hardest. The federation's director, Lucía "
            "Arrieta-Pons, said the government should offer low-interest loans to "
            "affected producers. International coffee prices rose 3 percent on "
            "Thursday after the forecast was published. Coffee accounts for about a "
            "quarter of the country's agricultural exports."
        ),
        "candidate": (
            "A long drought is expected to cut Montaraz's highland coffee harvest by "
            "roughly 18 percent, to 1.4 million 60-kilogram bags from 1.7 million, "
            "with unirrigated smallholdings suffering most. Federation director Lucía "
            "Arrieta-Pons called for cheap government loans for affected growers, and "
            "world coffee prices climbed 3 percent on Thursday after the forecast."
        ),
        "errors": [],
        "traps": [
            {"text": "A long drought", "ref": "a prolonged drought"},
            {"text": "1.4 million 60-kilogram bags from 1.7 million",
             "ref": "1.4 million bags of 60 kilograms, down from 1.7 million"},
            {"text": "with unirrigated smallholdings suffering most",
             "ref": "Smaller farms without irrigation have been hit hardest"},
            {"text": "world coffee prices climbed 3 percent on Thursday",
             "ref": "International coffee prices rose 3 percent on Thursday"},
        ],
    },
    {
        "domain": "business", "mode": "summary",
        "reference": (
            "The airline Skyreach Atlantic has agreed to buy its smaller rival, "
            "Pelican Air, for 1.1 billion dollars in cash. The deal, announced on "
            "Tuesday, will create the country's second-largest carrier, with a "
            "combined fleet of 160 aircraft. Pelican Air shareholders will receive "
            "14.50 dollars per share, a premium of 32 percent over Monday's closing "
            "price. The takeover still needs approval from competition authorities, "
            "which could take up to a year. Skyreach chief executive Omar Bellweather "
            "said the Pelican brand would be retained for at least two years. "
            "Pelican's shares jumped 28 percent on the news."
        ),
        "candidate": (
            "Skyreach Atlantic is to acquire its smaller rival Pelican Air for 1.1 "
            "billion dollars in cash, paying 14.50 dollars a share, 32 percent above "
            "Monday's close; the deal will create the country's number-two airline, "
            "with 160 planes. Competition clearance may take as long as a year. The "
            "Pelican name will be kept for at least two years, and Pelican's shares "
            "rose 28 percent on the news."
        ),
        "errors": [],
        "traps": [
            {"text": "is to acquire its smaller rival Pelican Air",
             "ref": "has agreed to buy its smaller rival, Pelican Air"},
            {"text": "32 percent above Monday's close",
             "ref": "a premium of 32 percent over Monday's closing price"},
            {"text": "the country's number-two airline, with 160 planes",
             "ref": "the country's second-largest carrier, with a combined fleet of 160 aircraft"},
            {"text": "Competition clearance may take as long as a year",
             "ref": "The takeover still needs approval from competition authorities, which could take up to a year"},
            {"text": "The Pelican name will be kept for at least two years",
             "ref": "the Pelican brand would be retained for at least two years"},
        ],
    },
    # ------------------------------------------------------------------
    # TRANSLATION, consistent
    # ------------------------------------------------------------------
    {
        "domain": "health", "mode": "translation",
        "reference": (
            "The hospital of San Teodoro performed the first hand transplant in the "
            "country last week, the regional health service reported on Monday. The "
            "patient, a 34-year-old carpenter, lost his right hand in a work accident "
            "two years ago. The operation lasted eleven hours and involved a team of "
            "22 doctors and nurses. It was led by the surgeon Beatriz Anselmi-Torres. "
            "The patient is in stable condition and has begun to move his fingers. He "
            "will need physiotherapy for at least a year and will take anti-rejection "
            "drugs for the rest of his life."
        ),
        "candidate": (
            "Last week surgeons at San Teodoro hospital carried out the country's first "
            "hand transplant, the regional health service announced on Monday. The "
            "recipient is a carpenter aged 34 who lost his right hand in a workplace "
            "accident two years ago. Twenty-two doctors and nurses, headed by surgeon "
            "Beatriz Anselmi-Torres, took part in the eleven-hour operation. The man's "
            "condition is stable, and he has started moving his fingers. At least one "
            "year of physiotherapy lies ahead of him, and he will have to take "
            "anti-rejection medication for life."
        ),
        "errors": [],
        "traps": [
            {"text": "surgeons at San Teodoro hospital carried out the country's first hand transplant",
             "ref": "The hospital of San Teodoro performed the first hand transplant in the country"},
            {"text": "The recipient is a carpenter aged 34",
             "ref": "The patient, a 34-year-old carpenter"},
            {"text": "Twenty-two doctors and nurses, headed by surgeon Beatriz Anselmi-Torres, took part in the eleven-hour operation",
             "ref": "The operation lasted eleven hours and involved a team of 22 doctors and nurses. It was led by the surgeon Beatriz Anselmi-Torres"},
            {"text": "At least one year of physiotherapy lies ahead of him",
             "ref": "He will need physiotherapy for at least a year"},
            {"text": "anti-rejection medication for life",
             "ref": "anti-rejection drugs for the rest of his life"},
        ],
    },
    {
        "domain": "science", "mode": "translation",
        "reference": (
            "Paleontologists from the University of Valmonte have described a new "
            "species of dinosaur from fossils found in a quarry in the Serra Baixa "
            "region. The animal, named Baixasaurus minor, was a plant eater about four "
            "metres long that lived around 125 million years ago. The remains include "
            "part of the skull, several vertebrae and both thigh bones. The researchers "
            "believe the animal lived in herds along a river delta. The bones were "
            "discovered in 2019 by a quarry worker, Joaquim Sarmento, who alerted the "
            "museum. The study, published in the journal Revista de Paleobiologia "
            "Atlantica, was led by Carla Mendonça-Reis. According to the authors, the "
            "species is the first of its group found on the peninsula. The skeleton "
            "will be displayed at the regional museum from next year."
        ),
        "candidate": (
            "A new species of dinosaur has been described by paleontologists at the "
            "University of Valmonte, based on fossils recovered from a quarry in the "
            "Serra Baixa region. Baixasaurus minor, as it has been named, was a "
            "herbivore roughly four metres in length that lived some 125 million years "
            "ago. Among the remains are part of the skull, a number of vertebrae and "
            "both thigh bones. The researchers think the animal lived in herds on a "
            "river delta. In 2019 a worker at the quarry, Joaquim Sarmento, came across the "
            "bones and informed the museum. Carla Mendonça-Reis led the study, which "
            "appeared in the journal Revista de Paleobiologia Atlantica. The authors "
            "say it is the first species of its group to be found on the peninsula. "
            "From next year, the skeleton will be on display in the regional museum."
        ),
        "errors": [],
        "traps": [
            {"text": "has been described by paleontologists at the University of Valmonte",
             "ref": "Paleontologists from the University of Valmonte have described"},
            {"text": "was a herbivore roughly four metres in length",
             "ref": "was a plant eater about four metres long"},
            {"text": "In 2019 a worker at the quarry, Joaquim Sarmento, came across the bones and informed the museum",
             "ref": "The bones were discovered in 2019 by a quarry worker, Joaquim Sarmento, who alerted the museum"},
            {"text": "Carla Mendonça-Reis led the study, which appeared in the journal Revista de Paleobiologia Atlantica",
             "ref": "The study, published in the journal Revista de Paleobiologia Atlantica, was led by Carla Mendonça-Reis"},
        ],
    },
    {
        "domain": "elections", "mode": "translation",
        "reference": (
            "The electoral commission of Lusavia has set the date of the early "
            "parliamentary elections for 12 October. The vote was called after the "
            "coalition government of Prime Minister Ardian Kelmendi-Sava collapsed "
            "last month over a dispute about pension reform. Around 3.4 million "
            "citizens are entitled to vote, and parties have until 1 September to "
            "register their lists of candidates. For the first time, citizens living "
            "abroad will be able to vote electronically, and observers from the "
            "regional security organisation have been invited to monitor the "
            "election."
        ),
        "candidate": (
            "Lusavia's electoral commission has fixed 12 October as the date for the "
            "snap parliamentary election. It was triggered when Prime Minister Ardian "
            "Kelmendi-Sava's coalition government fell apart last month in a row over "
            "pension reform. Some 3.4 million people are eligible to cast a ballot. "
            "The deadline for parties to register their candidate lists is September "
            "1. Lusavians abroad will, for the first time, be able to vote online. The "
            "regional security organisation has been invited to send observers to "
            "monitor the election."
        ),
        "errors": [],
        "traps": [
            {"text": "snap parliamentary election", "ref": "early parliamentary elections"},
            {"text": "It was triggered when Prime Minister Ardian Kelmendi-Sava's coalition government fell apart last month in a row over pension reform",
             "ref": "The vote was called after the coalition government of Prime Minister Ardian Kelmendi-Sava collapsed last month over a dispute about pension reform"},
            {"text": "The deadline for parties to register their candidate lists is September 1",
             "ref": "parties have until 1 September to register their lists of candidates"},
            {"text": "Lusavians abroad will, for the first time, be able to vote online",
             "ref": "For the first time, citizens living abroad will be able to vote electronically"},
            {"text": "The regional security organisation has been invited to send observers",
             "ref": "observers from the regional security organisation have been invited"},
        ],
    },
    {
        "domain": "culture", "mode": "translation",
        "reference": (
            "The Bellacroce Opera House will celebrate its 200th anniversary next "
            "season with a new production of the opera 'The Lighthouse Keeper' by the "
            "composer Adriano Vescovi. The production will be directed by Sofia "
            "Landolfi and conducted by the orchestra's music director, Klaus "
            "Weidenhammer. The premiere is scheduled for 18 January. The theatre also "
            "announced that ticket prices for people under 30 will be reduced to 10 "
            "euros. The season will include eleven operas and four ballets. The "
            "restoration of the main hall, which cost 12 million euros, was completed "
            "in the summer."
        ),
        "candidate": (
            "Next season marks two centuries of the Bellacroce Opera House, and it "
            "will celebrate with a new staging of Adriano Vescovi's opera 'The "
            "Lighthouse Keeper', directed by Sofia Landolfi and with the orchestra's "
            "music director, Klaus Weidenhammer, on the podium. The first performance "
            "is set for January 18. Tickets for anyone under 30 will be cut to 10 "
            "euros, the theatre also announced. Eleven operas and four ballets are on "
            "the season's programme. Work restoring the main hall, at a cost of 12 "
            "million euros, was finished during the summer."
        ),
        "errors": [],
        "traps": [
            {"text": "Next season marks two centuries of the Bellacroce Opera House",
             "ref": "The Bellacroce Opera House will celebrate its 200th anniversary next season"},
            {"text": "directed by Sofia Landolfi and with the orchestra's music director, Klaus Weidenhammer, on the podium",
             "ref": "The production will be directed by Sofia Landolfi and conducted by the orchestra's music director, Klaus Weidenhammer"},
            {"text": "The first performance is set for January 18",
             "ref": "The premiere is scheduled for 18 January"},
            {"text": "Eleven operas and four ballets are on the season's programme",
             "ref": "The season will include eleven operas and four ballets"},
            {"text": "at a cost of 12 million euros", "ref": "which cost 12 million euros"},
        ],
    },
    {
        "domain": "transport", "mode": "translation",
        "reference": (
            "The city of Krasnovar will open its first metro line on 1 May, after "
            "eight years of construction. The line is 14.5 kilometres long and has 13 "
            "stations, linking the airport with the old town. Trains will run every "
            "four minutes at peak times and every eight minutes in the evening. The "
            "project cost the equivalent of 1.9 billion euros and was partly financed "
            "by a loan from an international development bank. A single journey will "
            "cost 40 kopa. City officials expect 120,000 passengers a day in the first "
            "year."
        ),
        "candidate": (
            "Krasnovar's first metro line opens on May 1, eight years after building "
            "work started. Running for 14.5 km with 13 stations, it connects the old "
            "town to the airport. At peak times there will be a train every four "
            "minutes, and in the evening every eight. Built at a cost equivalent to "
            "1.9 billion euros, the project was financed in part through an "
            "international development bank loan. Passengers will pay 40 kopa per "
            "single journey. In the first year, city officials expect 120,000 riders "
            "daily."
        ),
        "errors": [],
        "traps": [
            {"text": "eight years after building work started",
             "ref": "after eight years of construction"},
            {"text": "14.5 km", "ref": "14.5 kilometres"},
            {"text": "it connects the old town to the airport",
             "ref": "linking the airport with the old town"},
            {"text": "and in the evening every eight",
             "ref": "and every eight minutes in the evening"},
            {"text": "city officials expect 120,000 riders daily",
             "ref": "City officials expect 120,000 passengers a day"},
        ],
    },
]

# Expected composition.
EXPECT_TOTAL = 40
EXPECT_LABELS = {"consistent": 16, "inconsistent": 24}
EXPECT_MODES = {"rewrite": 16, "summary": 12, "translation": 12}
REF_WORDS = (80, 200)
REF_SENTENCES = (4, 8)

# Capitalised words that may legitimately recur across pairs.
COMMON_CAPS = set("""
A After According All An And As At Around Because Before Between By Chief
Construction Coffee Compared Culture Customers Deliveries Detectives Director
Doctor Eleven Energy Engineers Environmental Each Every Ferries For Forecasters
From Further Grain Health He Health Her His In It Its Judge Last Leaders Local
Manager Mission Microbiologist Milk More Most Next Nights No Nobody Observers
On Overnight Paleontologists Parliament Parties Participation Passengers
Police Press Prosecutors Researchers Running Seventeen She Shares Since Small-scale
Some Strong Striker Students Superintendent Tests That The Their They This Those
Tickets To Turnout Two Twenty-two Vets Veterinary Visitors Voters When Wheat
Work With Vice-chancellor Daytime Conditions Counting Built Critics Defender
About Accepting Applications Admission Analysts Astronomers Authorities Charging
Competition Full Households Inspector Known Lower Marsden Pre-tax Public
Monday Tuesday Wednesday Thursday Friday Saturday Sunday
January February March April May June July August September October November December
Earth Moon Celsius Supreme Court High Constitutional Tribunal City Street Bank
University Institute Observatory Museum Opera House Republic Federation Prize
Cup Tour Park Lake Islands Desert Plain Valley Alta Mobile Power Systems Lines Rail
Air Atlantic Energi Space Agency Council Basin Alliance Renewal Civic Progressive
Green Greens Northern Athletic Rovers Modern Art Studio Journal Applied Soil Biology
Union Mercantile Harbour Southeast Asia South America Denmark Dane Europe
Revista Paleobiologia Atlantica City Marathon Nord Meridia Brand Lane Stroud
Mira Unita Bridge Haven Cove Banks Port Greyhaven GDP Kite-2 Tarka-3 TPX-118
""".split())


def find_occurrence(hay, needle, occ):
    """Return the start of the occ-th (0-based) occurrence of needle."""
    starts = []
    i = hay.find(needle)
    while i != -1:
        starts.append(i)
        i = hay.find(needle, i + 1)
    return starts


def word_count(s):
    return len(re.findall(r"\S+", s))


def sentences(s):
    return [x for x in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9'\"])", s.strip()) if x]


def is_word_char(c):
    return c.isalnum()


class Invalid(Exception):
    pass


def locate(cid, cand, text, occ, what):
    starts = find_occurrence(cand, text, occ)
    if not starts:
        raise Invalid(f"{cid}: {what} text not in candidate: {text!r}")
    if occ is None:
        if len(starts) != 1:
            raise Invalid(f"{cid}: {what} text occurs {len(starts)} times, "
                          f"give occ: {text!r}")
        return starts[0]
    if occ >= len(starts):
        raise Invalid(f"{cid}: {what} occ {occ} out of range for {text!r}")
    return starts[occ]


def check_boundaries(cid, cand, start, end, what):
    if start > 0 and start < len(cand) and is_word_char(cand[start - 1]) \
            and is_word_char(cand[start]):
        raise Invalid(f"{cid}: {what} start cuts a word at {start}")
    if 0 < end < len(cand) and is_word_char(cand[end - 1]) and is_word_char(cand[end]):
        raise Invalid(f"{cid}: {what} end cuts a word at {end}")
    if start < end:
        span = cand[start:end]
        if span != span.strip():
            raise Invalid(f"{cid}: {what} span has outer whitespace: {span!r}")


def content_words(s):
    return [w for w in re.findall(r"[A-Za-z][A-Za-z'-]+", s.lower()) if len(w) > 3]


def build():
    records = []
    for n, case in enumerate(CASES, 1):
        cid = f"py-{n:03d}"
        ref = case["reference"]
        cand = case["candidate"]
        mode = case["mode"]
        if mode not in MODES:
            raise Invalid(f"{cid}: bad mode {mode}")
        if "  " in ref or "  " in cand:
            raise Invalid(f"{cid}: double space in text")
        wc = word_count(ref)
        if not REF_WORDS[0] <= wc <= REF_WORDS[1]:
            raise Invalid(f"{cid}: reference has {wc} words")
        sc = len(sentences(ref))
        if not REF_SENTENCES[0] <= sc <= REF_SENTENCES[1]:
            raise Invalid(f"{cid}: reference has {sc} sentences")
        if mode == "summary" and word_count(cand) >= wc:
            raise Invalid(f"{cid}: summary not shorter than reference")
        if cand == ref:
            raise Invalid(f"{cid}: candidate identical to reference")

        spans = []  # (start, end, kind)
        errors = []
        for e in case["errors"]:
            etype = e["type"]
            if etype not in ERROR_TYPES:
                raise Invalid(f"{cid}: bad error type {etype}")
            if e["severity"] not in SEVERITIES:
                raise Invalid(f"{cid}: bad severity {e['severity']}")
            rtext = e["ref"]
            if etype == "omission":
                if mode == "summary":
                    raise Invalid(f"{cid}: omission error in summary mode")
                a = locate(cid, cand, e["at"], e.get("occ"), "omission anchor")
                pos = a + len(e["at"]) if e.get("side", "after") == "after" else a
                if 0 < pos < len(cand) and is_word_char(cand[pos - 1]) \
                        and is_word_char(cand[pos]):
                    raise Invalid(f"{cid}: omission point cuts a word")
                if not rtext or rtext not in ref:
                    raise Invalid(f"{cid}: omission ref_text not in reference: {rtext!r}")
                if rtext.lower() in cand.lower():
                    raise Invalid(f"{cid}: omitted words present in candidate")
                cand_words = set(content_words(cand))
                missing = [w for w in content_words(rtext) if w not in cand_words]
                if not missing:
                    raise Invalid(f"{cid}: every content word of omission is in candidate")
                start = end = pos
                text = ""
            else:
                text = e["text"]
                start = locate(cid, cand, text, e.get("occ"), etype)
                end = start + len(text)
                check_boundaries(cid, cand, start, end, etype)
                if etype in ("addition", "repetition"):
                    if rtext is not None:
                        raise Invalid(f"{cid}: {etype} must have ref_text null")
                else:
                    if not rtext or rtext not in ref:
                        raise Invalid(f"{cid}: {etype} ref_text not in reference: {rtext!r}")
                    if text == rtext:
                        raise Invalid(f"{cid}: {etype} span equals its ref_text")
                if etype == "repetition":
                    first = cand.find(text)
                    if first == -1 or first + len(text) > start:
                        raise Invalid(f"{cid}: repetition is not a later copy")
                if etype == "addition" and text in ref:
                    raise Invalid(f"{cid}: addition text occurs in reference")
            if cand[start:end] != text:
                raise Invalid(f"{cid}: offset mismatch for {text!r}")
            errors.append({"start": start, "end": end, "text": text, "type": etype,
                           "severity": e["severity"], "ref_text": rtext})
            spans.append((start, end, "error:" + etype))

        traps = []
        for t in case["traps"]:
            text, rtext = t["text"], t["ref"]
            start = locate(cid, cand, text, t.get("occ"), "trap")
            end = start + len(text)
            check_boundaries(cid, cand, start, end, "trap")
            if rtext not in ref:
                raise Invalid(f"{cid}: trap ref_text not in reference: {rtext!r}")
            if text == rtext:
                raise Invalid(f"{cid}: trap identical to ref_text: {text!r}")
            if cand[start:end] != text:
                raise Invalid(f"{cid}: trap offset mismatch")
            traps.append({"start": start, "end": end, "text": text, "ref_text": rtext})
            spans.append((start, end, "trap"))

        # overlap: real spans must not overlap; an omission point must not
        # fall strictly inside another span
        real = sorted((s, e, k) for s, e, k in spans if s < e)
        for (s1, e1, k1), (s2, e2, k2) in zip(real, real[1:]):
            if s2 < e1:
                raise Invalid(f"{cid}: spans overlap: {k1}@{s1}-{e1} and {k2}@{s2}-{e2}")
        for s, e, k in spans:
            if s == e:
                for s2, e2, k2 in real:
                    if s2 < s < e2:
                        raise Invalid(f"{cid}: omission point inside {k2}")

        label = "inconsistent" if errors else "consistent"
        if label == "consistent":
            if not 3 <= len(traps) <= 5:
                raise Invalid(f"{cid}: consistent pair has {len(traps)} traps")
        else:
            if not 1 <= len(errors) <= 2:
                raise Invalid(f"{cid}: inconsistent pair has {len(errors)} errors")
            if not 2 <= len(traps) <= 4:
                raise Invalid(f"{cid}: inconsistent pair has {len(traps)} traps")

        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": cid, "domain": case["domain"], "mode": mode,
                        "reference": ref, "candidate": cand, "label": label,
                        "errors": errors, "traps": traps})
    return records


def check_totals(records):
    if len(records) != EXPECT_TOTAL:
        raise Invalid(f"{len(records)} records, expected {EXPECT_TOTAL}")
    labels = collections.Counter(r["label"] for r in records)
    if dict(labels) != EXPECT_LABELS:
        raise Invalid(f"label counts {dict(labels)} != {EXPECT_LABELS}")
    modes = collections.Counter(r["mode"] for r in records)
    if dict(modes) != EXPECT_MODES:
        raise Invalid(f"mode counts {dict(modes)} != {EXPECT_MODES}")
    types = collections.Counter(e["type"] for r in records for e in r["errors"])
    for t in ERROR_TYPES:
        if types[t] < 2:
            raise Invalid(f"error type {t} appears {types[t]} times (< 2)")
    for m in MODES:
        both = {r["label"] for r in records if r["mode"] == m}
        if both != {"consistent", "inconsistent"}:
            raise Invalid(f"mode {m} lacks one of the labels")
    # no name reuse across pairs (heuristic over capitalised words)
    owners = collections.defaultdict(set)
    for r in records:
        for text in (r["reference"], r["candidate"]):
            for w in re.findall(r"\b[A-Z][\w'-]*", text):
                w = re.sub(r"'s$", "", w)
                if w in COMMON_CAPS:
                    continue
                owners[w].add(r["id"])
    shared = {w: sorted(ids) for w, ids in owners.items() if len(ids) > 1}
    if shared:
        raise Invalid("capitalised words shared across pairs: "
                      + "; ".join(f"{w}: {ids}" for w, ids in sorted(shared.items())))


def report(records):
    c = collections.Counter
    print(f"records: {len(records)}")
    print("labels:", dict(c(r["label"] for r in records)))
    print("modes:", dict(c(r["mode"] for r in records)))
    by = c((r["mode"], r["label"]) for r in records)
    for m in ("rewrite", "summary", "translation"):
        print(f"  {m}: consistent {by[(m, 'consistent')]}, "
              f"inconsistent {by[(m, 'inconsistent')]}")
    errs = [e for r in records for e in r["errors"]]
    print(f"errors: {len(errs)}", dict(sorted(c(e['type'] for e in errs).items())))
    print("severity:", dict(c(e["severity"] for e in errs)))
    print("traps:", sum(len(r["traps"]) for r in records))
    print("domains:", dict(sorted(c(r["domain"] for r in records).items())))
    wcs = [word_count(r["reference"]) for r in records]
    print(f"reference words: {min(wcs)}-{max(wcs)} (mean {sum(wcs) / len(wcs):.0f})")


def main():
    check_only = "--check" in sys.argv[1:]
    try:
        records = build()
        check_totals(records)
    except Invalid as exc:
        print("INVALID:", exc, file=sys.stderr)
        return 1
    report(records)
    if not check_only:
        with open(OUT, "w", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("wrote", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
