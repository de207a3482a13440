#!/usr/bin/env python3
"""Held-out evaluation set 92 for a fact-comparison tool.

How it was made: every pair below was hand-written by a helper that saw no code
or data of the project and no existing benchmark, working only from a written
brief. All people, companies, organisations, places and figures are invented
(real countries appear only as background). Character offsets are never typed
by hand: the script finds every span by string search (with an explicit
occurrence index where a quoted text repeats), validates the whole set and
writes set92.jsonl next to this file.  `python3 make_set92.py --check`
validates only and writes nothing.

Composition (40 pairs, one domain each):
  modes:  20 rewrite (10 consistent / 10 inconsistent),
          10 summary (5 / 5), 10 translation (5 / 5)
  labels: 20 consistent, 20 inconsistent
  errors: 30 in total over 20 inconsistent pairs (10 pairs with one error,
          10 with two): entity 3, number 4, date 3, role 3, polarity 3,
          modality 3, attribution 3, event 2, omission 2, addition 2,
          repetition 2.  Omissions only in rewrite/translation pairs.
  traps:  3-5 per consistent pair, 1-3 per inconsistent pair.
  references: 70-190 words, news / agency / corporate / official register.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set92.jsonl")
N = 92

DOMAINS = [d.strip() for d in (
    "rent control ballot;offshore wind auctions;plastic bag levy;fireworks sale limits;"
    "lottery licence award;bottle deposit scheme;mental health crisis teams;"
    "fertility treatment access;lorry driver shortages;court backlog figures;"
    "crypto exchange licensing;solar panel tariffs;research grant cuts;sugar tax review;"
    "university job cuts;nursery closures;smart meter faults;online safety fines;"
    "social media age limits;school building safety;trade deficit figures;"
    "disability benefit assessments;low emission zones;flood defence funding;"
    "flu vaccine supply;sovereign wealth fund;canal freight revival;nurse pay deal;"
    "youth club funding;sleeper train revival;speed camera rollout;high speed rail delays;"
    "car plant investment;international student fees;hydrogen bus trials;"
    "grid battery tenders;credit card fees;space launch site;electric scooter bans;"
    "housing association repairs").split(";")]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]


def E(text, type_, severity, ref_text, occ=None, after=None, before=None, after_occ=None, before_occ=None):
    """An error. For omissions give text "" and an anchor: the gap lies right
    after `after` or right before `before` (candidate text)."""
    return {"text": text, "type": type_, "severity": severity, "ref_text": ref_text,
            "occ": occ, "after": after, "before": before,
            "after_occ": after_occ, "before_occ": before_occ}


def T(text, ref_text, occ=None):
    """A trap: faithful rewording of `ref_text`."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


CASES = []


def case(domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "reference": reference,
                  "candidate": candidate, "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------- cases 1-10

case("rent control ballot", "rewrite",
     "Voters in the city of Marrowfield will decide on 14 November whether to cap annual rent increases at "
     "3 per cent, after campaigners submitted 41,200 valid signatures to the electoral office on Monday. The "
     "measure, known as Proposition 9, would apply to about 62,000 privately rented homes built before 2005. "
     "The Marrowfield Landlords' Association said it would spend up to $2 million opposing the cap, arguing "
     "that it would discourage maintenance. Tenant organiser Deborah Quintrell said the ballot was 'the first "
     "real chance in a generation' to slow rising housing costs. City officials estimate that administering "
     "the scheme would cost $1.4 million a year. If approved, the cap would take effect on 1 March next year.",
     "Marrowfield residents will vote on 14 November on whether yearly rent rises should be limited to 3%, "
     "after campaigners handed the electoral office 41,200 valid signatures on Monday. Proposition 9, as the "
     "measure is called, would cover roughly 62,000 privately rented homes dating from before 2005. The "
     "Marrowfield Landlords' Association said it would put up to $2m into opposing the cap, claiming it would "
     "discourage maintenance. Deborah Quintrell, a tenant organiser, called the vote 'the first real chance in "
     "a generation' to slow rising housing costs. According to city officials' estimates, running the scheme "
     "would cost $1.4m annually. Should voters approve it, the cap would come into force on 1 March next year.",
     traps=[T("3%", "3 per cent"),
            T("$2m", "$2 million"),
            T("dating from before 2005", "built before 2005"),
            T("$1.4m annually", "$1.4 million a year")])

case("offshore wind auctions", "rewrite",
     "The government's fifth offshore wind auction awarded contracts for 4.8 gigawatts of new capacity, the "
     "Department for Energy Security announced on Thursday. Six projects won support, the largest being the "
     "1.5GW Harrowgate Bank array off the east coast, to be built by Norvane Renewables. The average strike "
     "price was set at £58.40 per megawatt-hour, up from £44 in the previous round. Industry body SeaPower "
     "Alliance said the result was 'a welcome recovery' after last year's auction attracted no bids for "
     "fixed-bottom turbines. However, energy analyst Priya Dambury of consultancy Keelstone warned that higher "
     "prices would feed through to household bills from 2027. The first of the new farms is expected to begin "
     "generating in 2029.",
     "Contracts covering 4.8 gigawatts of new offshore wind capacity were handed out in the government's fifth "
     "auction, the Department for Energy Security said on Thursday. Of the six successful projects, the biggest "
     "is Norvane Renewables' 1.5GW Harrowgate Bank array off the east coast. The average strike price came in "
     "at £54.80 per megawatt-hour, compared with £44 last time. Energy analyst Priya Dambury of consultancy "
     "Keelstone called the outcome 'a welcome recovery' after last year's auction drew no bids for fixed-bottom "
     "turbines, but warned that higher prices would feed through to household bills from 2027. The first of "
     "the new farms is likely to start generating in 2029.",
     errors=[E("£54.80", "number", "major", "£58.40"),
             E("Energy analyst Priya Dambury of consultancy Keelstone called the outcome", "attribution", "major",
               "Industry body SeaPower Alliance said the result was")],
     traps=[T("compared with £44 last time", "up from £44 in the previous round"),
            T("is likely to start generating", "is expected to begin generating")])

case("plastic bag levy", "rewrite",
     "Shoppers in the province of Castellane will pay 25 cents for every single-use plastic bag from 1 July, up "
     "from the current 10 cents, the provincial environment ministry said on Wednesday. Retailers with fewer "
     "than ten employees will remain exempt. Environment Minister Hugo Verlaine said bag use had fallen by 70 "
     "per cent since the levy was introduced in 2019, but that about 140 million bags were still handed out "
     "each year. Proceeds, expected to reach 9 million dollars annually, will go to a fund for cleaning up "
     "rivers and beaches. The Castellane Retail Council said it supported the increase but asked for six "
     "months to update till systems.",
     "From 1 July, single-use plastic bags in Castellane province will cost shoppers a quarter of a dollar "
     "each, compared with 10 cents now, the provincial environment ministry announced on Wednesday. Retailers "
     "employing fewer than ten people will continue to be exempt. According to Environment Minister Hugo "
     "Verlaine, the number of bags used has dropped by seven-tenths since the levy was brought in in 2019, "
     "although some 140 million are still given out annually. The money raised, which is forecast at $9 "
     "million a year, will be put into a fund to clean up rivers and beaches. While backing the rise, the "
     "Castellane Retail Council asked for half a year to update till systems.",
     traps=[T("a quarter of a dollar", "25 cents"),
            T("seven-tenths", "70 per cent"),
            T("$9 million a year", "9 million dollars annually"),
            T("half a year", "six months")])

case("fireworks sale limits", "rewrite",
     "The council of Dunmere has voted to restrict the sale of fireworks to the five days before Bonfire Night "
     "and the three days before New Year's Eve, following a rise in complaints from residents. Councillors "
     "approved the by-law by 31 votes to 12 on Tuesday evening. Under the rules, shops will need a new local "
     "licence costing £150, and fines of up to £5,000 could be imposed on traders who sell outside the "
     "permitted periods. Councillor Amira Feltham, who proposed the measure, said complaints to the council "
     "had doubled in two years, to 2,400 last winter. The by-law must still be approved by the regional "
     "government before it can take effect.",
     "Dunmere's council has voted to limit fireworks sales to the five days leading up to Bonfire Night and "
     "the three days before New Year's Eve, after complaints from residents increased. The by-law was passed "
     "by 31 votes to 12 on Tuesday evening. Under its terms, shops may be asked to obtain a new local licence "
     "costing £150, while traders selling outside the permitted periods could be fined as much as £5,000. "
     "Amira Feltham, the councillor who put forward the measure, said the number of complaints received by "
     "the council had doubled in two years, reaching 2,400 last winter. It cannot take effect until the "
     "regional government has also signed it off.",
     errors=[E("may be asked to obtain", "modality", "major", "will need")],
     traps=[T("could be fined as much as £5,000", "fines of up to £5,000 could be imposed"),
            T("the councillor who put forward the measure", "who proposed the measure"),
            T("cannot take effect until the regional government has also signed it off",
              "must still be approved by the regional government before it can take effect")])

case("lottery licence award", "rewrite",
     "The Gaming Commission of Lenhardt has awarded the country's next national lottery licence to Brightwell "
     "Games, ending the 20-year tenure of incumbent operator Lumina Draw. The ten-year licence begins on 1 "
     "February 2026. Brightwell, a joint venture between payments firm Oxcart and media group Tessaly, has "
     "pledged to raise returns to good causes to 1.1 billion crowns a year, from about 800 million at present. "
     "Lumina Draw said it was 'deeply disappointed' and was considering a legal challenge. Commission chair "
     "Rosalind Achebe said the decision followed an 18-month competition in which four bids were assessed. "
     "Brightwell will pay a licence fee of 35 million crowns.",
     "Brightwell Games will run Lenhardt's next national lottery, the country's Gaming Commission has decided, "
     "bringing to an end incumbent Lumina Draw's two decades in charge. The licence, which lasts ten years, "
     "starts on 1 February 2026. Brightwell, jointly owned by payments company Oxcart and media group Tessaly, "
     "has promised to lift the sums it gives to good causes to 1.1bn crowns a year, compared with roughly 800m "
     "today. Lumina Draw described itself as 'deeply disappointed' and said it was weighing a legal challenge. "
     "Four bids were assessed over a year and a half of competition before the decision, said Rosalind "
     "Achebe, who chairs the commission. The licence fee Brightwell will pay is 35m crowns.",
     traps=[T("two decades", "20-year"),
            T("1.1bn crowns", "1.1 billion crowns"),
            T("weighing a legal challenge", "considering a legal challenge"),
            T("a year and a half of competition", "18-month competition")])

case("bottle deposit scheme", "rewrite",
     "A deposit return scheme for drinks containers will start in the state of Ardeline on 1 October 2025, "
     "adding a 15-cent deposit to plastic bottles and cans between 150 millilitres and three litres. Consumers "
     "will get the money back by returning empty containers to one of about 3,000 collection points, most of "
     "them reverse vending machines in supermarkets. The scheme will be run by a not-for-profit body, Ardeline "
     "Returns, funded by drinks producers. Officials aim to collect 90 per cent of eligible containers by "
     "2028, compared with about 55 per cent recycled today. Glass bottles will be added in a second phase, but "
     "no date has been set. Small shops under 100 square metres can opt out of taking back containers.",
     "From 1 October 2025, plastic bottles and cans of between 150ml and three litres sold in Ardeline will "
     "carry a 15-cent deposit under a new return scheme. Shoppers can reclaim it by bringing empties back to "
     "around 3,000 collection points, mainly reverse vending machines in supermarkets. Ardeline Returns, a "
     "not-for-profit funded by drinks producers, will run the scheme. Officials are aiming for a collection "
     "rate of 90 per cent of eligible containers by 2028, against roughly 35 per cent recycled today. Glass "
     "bottles will be added in a second phase. Small shops under 100 square metres can choose not to accept "
     "returns.",
     errors=[E("35 per cent", "number", "major", "55 per cent"),
             E("", "omission", "minor", "but no date has been set", after="in a second phase")],
     traps=[T("150ml", "150 millilitres"),
            T("can choose not to accept returns", "can opt out of taking back containers")])

case("mental health crisis teams", "rewrite",
     "Specialist mental health crisis teams will respond to emergency calls around the clock in the Kestrel "
     "Valley region from April, replacing police officers as first responders in most cases involving people "
     "in acute distress. The regional health authority is spending 12.6 million euros over three years on the "
     "service, which will employ 85 nurses, paramedics and support workers. A pilot in the town of Orrin last "
     "year cut the number of people detained by police under mental health laws by 38 per cent, according to "
     "an evaluation by Halberd University. Police will still attend where there is a risk of violence. "
     "Authority chief executive Marcus Odenwald said the aim was to ensure that 'people in crisis are met by "
     "clinicians, not handcuffs'.",
     "From April, specialist mental health crisis teams will answer emergency calls 24 hours a day across the "
     "Kestrel Valley region, taking over from police as first responders in the majority of cases involving "
     "people in acute distress. The regional health authority is investing €12.6m in the service over a "
     "three-year period, and it will have a staff of 85 nurses, paramedics and support workers. When the "
     "service was piloted in the town of Orrin last year, detentions by police under mental health laws fell "
     "by 38 per cent, an evaluation by Halberd University found. Officers will continue to attend when "
     "violence is a risk. The aim, said Marcus Odenwald, the authority's chief executive, was to make sure "
     "that 'people in crisis are met by clinicians, not handcuffs'.",
     traps=[T("24 hours a day", "around the clock"),
            T("the majority of cases", "most cases"),
            T("€12.6m", "12.6 million euros"),
            T("Officers will continue to attend when violence is a risk",
              "Police will still attend where there is a risk of violence")])

case("fertility treatment access", "rewrite",
     "Women aged up to 42 in the region of Solvard will be entitled to three publicly funded IVF cycles from "
     "next January, up from one cycle for women under 40 at present, the regional health board announced. The "
     "change will cost an estimated 7.5 million crowns a year. Same-sex female couples and single women will "
     "also become eligible, ending a rule that required applicants to be in a heterosexual relationship. "
     "Patients will no longer have to wait two years after first seeking help before being referred. "
     "Fertility charity Cradle Trust welcomed the decision but said waiting lists, currently about 14 months, "
     "remained too long. The board said it did not expect to hire additional clinic staff.",
     "From next January, women in Solvard aged 42 or under will be able to receive three IVF cycles paid for "
     "from public funds, compared with the single cycle now offered to those under 40, the regional health "
     "board said. The expansion is expected to cost about 7.5 million crowns annually. Eligibility will also "
     "be extended to single women and same-sex female couples, scrapping a requirement for applicants to be in "
     "a heterosexual relationship. Patients will still have to wait two years after first seeking help before "
     "they can be referred. The Cradle Trust, a fertility charity, welcomed the move, though it said waiting "
     "lists of around 14 months were still too long. The board said it did not anticipate taking on extra "
     "clinic staff.",
     errors=[E("will still have to wait", "polarity", "major", "will no longer have to wait")],
     traps=[T("aged 42 or under", "aged up to 42"),
            T("7.5 million crowns annually", "7.5 million crowns a year"),
            T("did not anticipate taking on extra clinic staff", "did not expect to hire additional clinic staff")])

case("lorry driver shortages", "rewrite",
     "The haulage industry in Varnland is short of about 27,000 lorry drivers, according to a survey published "
     "on Monday by the Road Freight Federation. The figure is down from 41,000 a year earlier, but the "
     "federation warned that nearly half of current drivers are over 55 and will retire within the next "
     "decade. Its chief executive, Tomas Brekke, called on the government to fund 10,000 training places a "
     "year and to speed up licence tests, which currently take an average of 11 weeks to book. The transport "
     "ministry said it had already doubled the number of examiners since 2022 and would consider the "
     "proposals. The survey covered 640 haulage firms.",
     "Varnland's haulage sector is roughly 27,000 lorry drivers short, the Road Freight Federation said in a "
     "survey of 640 haulage companies released on Monday. That is down from a shortfall of 41,000 twelve "
     "months earlier, but almost 50 per cent of today's drivers are over 55 and will retire within ten years, "
     "the federation cautioned. Tomas Brekke, its chief executive, urged the government to pay for 10,000 "
     "training places annually and to cut the time it takes to book a licence test, now 11 weeks on average. "
     "The transport ministry, which said it had already doubled examiner numbers since 2022, said it would "
     "look at the proposals.",
     traps=[T("twelve months earlier", "a year earlier"),
            T("almost 50 per cent", "nearly half"),
            T("within ten years", "within the next decade"),
            T("would look at the proposals", "would consider the proposals")])

case("court backlog figures", "rewrite",
     "The backlog of cases waiting to be heard in the criminal courts of Pemberton stood at 58,300 at the end "
     "of June, the highest level since records began in 2008, according to figures published on Thursday by "
     "the Ministry of Justice. The number has risen by 9 per cent over the past year. Cases involving serious "
     "sexual offences took an average of 740 days from charge to completion. The Bar Council of Pemberton "
     "blamed a shortage of judges and crumbling court buildings, and said 23 courtrooms had been closed for "
     "repairs since January. Justice Minister Elena Varga said recruitment of 200 new judges would begin in "
     "the autumn.",
     "Pemberton's criminal courts had 58,300 cases waiting to be heard at the end of March, the most since "
     "records started in 2008, Ministry of Justice figures released on Thursday show. That is a 9 per cent "
     "increase on a year earlier. On average, serious sexual offence cases took 740 days to get from charge "
     "to completion. The Law Society of Pemberton blamed too few judges and crumbling court buildings, and "
     "said 23 courtrooms had been shut for repairs since January. Recruitment of 200 new judges will start in "
     "the autumn, said Justice Minister Elena Varga.",
     errors=[E("end of March", "date", "major", "end of June"),
             E("Law Society of Pemberton", "entity", "major", "Bar Council of Pemberton")],
     traps=[T("a 9 per cent increase on a year earlier", "risen by 9 per cent over the past year"),
            T("shut for repairs", "closed for repairs")])

# ---------------------------------------------------------------- cases 11-20

case("crypto exchange licensing", "rewrite",
     "The Financial Conduct Board of Estoria has granted operating licences to three cryptocurrency exchanges, "
     "the first to be approved under a regime that came into force in March. Coinmarch, Velt and Polaris "
     "Digital may now offer trading to retail customers, but must hold customer assets separately from their "
     "own funds and keep at least 20 per cent of client holdings in cold storage. A further 14 applications "
     "are still being assessed, while six have been rejected or withdrawn. The board's director of markets, "
     "Sunil Okafor, said firms operating without a licence after 30 September would face fines of up to 5 per "
     "cent of annual turnover. Two of the approved exchanges are headquartered outside Estoria.",
     "Three cryptocurrency exchanges, Coinmarch, Velt and Polaris Digital, have become the first to win "
     "operating licences from Estoria's Financial Conduct Board under rules that took effect in March. They "
     "are now permitted to serve retail customers, provided they keep client assets segregated from their own "
     "money and hold no less than a fifth of customer holdings in cold storage. Fourteen more applications "
     "remain under review; six others have been turned down or withdrawn. Firms still trading without a "
     "licence after 30 September would face fines of as much as 5 per cent of yearly turnover, said Sunil "
     "Okafor, the board's director of markets. Two of the three licensed exchanges are based abroad.",
     traps=[T("segregated from their own money", "separately from their own funds"),
            T("no less than a fifth", "at least 20 per cent"),
            T("remain under review", "are still being assessed"),
            T("based abroad", "headquartered outside Estoria")])

case("solar panel tariffs", "rewrite",
     "The trade ministry of Calvaria has imposed a 28 per cent tariff on solar panels imported from Drenmark, "
     "after an investigation found that they had been sold below cost. The investigation followed a complaint "
     "by domestic manufacturer Sunforge against Drenmark's largest producer, Altura Solar, and two smaller "
     "exporters. The duties, which take effect on 15 May, will last for five years. Sunforge said cheap imports "
     "had forced it to cut 400 jobs last year. Installers' association Brightroof opposed the tariff, warning "
     "that it could add about 900 dollars to the price of a typical home system and slow the move to renewable "
     "energy. Imports from Drenmark made up 60 per cent of panels installed in Calvaria in 2023.",
     "Calvaria's trade ministry has imposed a 28 per cent tariff on solar panels from Drenmark after an "
     "investigation concluded they were being sold at below cost. The inquiry was triggered when Altura Solar, "
     "Drenmark's biggest producer, complained about domestic manufacturer Sunforge and two smaller exporters. "
     "The duties will apply for five years from 15 May. Sunforge said it had shed 400 jobs last year because "
     "of cheap imports. Brightroof, which represents installers, opposed the tariff, warning that it could push "
     "up the cost of a typical home system by around $900 and slow the shift to renewables. In 2023, 60 per "
     "cent of the panels installed in Calvaria came from Drenmark.",
     errors=[E("Altura Solar, Drenmark's biggest producer, complained about domestic manufacturer Sunforge",
               "role", "major",
               "a complaint by domestic manufacturer Sunforge against Drenmark's largest producer, Altura Solar")],
     traps=[T("push up the cost of a typical home system by around $900",
              "add about 900 dollars to the price of a typical home system"),
            T("In 2023, 60 per cent of the panels installed in Calvaria came from Drenmark",
              "Imports from Drenmark made up 60 per cent of panels installed in Calvaria in 2023")])

case("research grant cuts", "rewrite",
     "The National Science Agency of Tervania will cut its budget for new research grants by 18 per cent next "
     "year, to 410 million dollars, the agency confirmed on Friday. Existing grants will not be affected, but "
     "the number of new awards is expected to fall from about 2,300 to 1,850. The agency's director, Dr Helena "
     "Moravec, said the reduction was 'painful but unavoidable' after the finance ministry lowered its overall "
     "allocation. Early-career researchers will be protected, with a ring-fenced fund of 45 million dollars. "
     "The Association of Tervanian Universities said the cuts could drive scientists abroad and put at risk "
     "projects on climate and antibiotic resistance.",
     "Tervania's National Science Agency confirmed on Friday that it would reduce next year's budget for new "
     "research grants by 18 per cent, to $410m. Grants already awarded will be unaffected, though the agency "
     "is likely to make around 1,850 new awards, down from roughly 2,300. Dr Helena Moravec, the agency's "
     "director, described the cut as 'painful but unavoidable' after the finance ministry reduced its overall "
     "allocation. Early-career researchers will be protected through a ring-fenced $45m fund. Scientists could "
     "be driven abroad and projects on climate and antibiotic resistance put at risk, warned the Association "
     "of Tervanian Universities.",
     traps=[T("$410m", "410 million dollars"),
            T("Grants already awarded will be unaffected", "Existing grants will not be affected"),
            T("is likely to make around 1,850 new awards, down from roughly 2,300",
              "is expected to fall from about 2,300 to 1,850"),
            T("through a ring-fenced $45m fund", "with a ring-fenced fund of 45 million dollars")])

case("sugar tax review", "rewrite",
     "The government of Halvoria has launched a review of its sugar tax on soft drinks, seven years after the "
     "levy was introduced. The Treasury said the review would examine whether to extend the tax to milkshakes "
     "and sweetened coffee drinks, which are currently exempt. Figures from the Public Health Institute show "
     "that the average sugar content of taxed drinks has fallen by 46 per cent since 2018, as manufacturers "
     "reformulated products. The levy raised 290 million pounds last year. The Beverage Producers' Federation "
     "said extending it would hit small cafés hardest. The review, led by economist Professor Ines Carrow, "
     "will report by the end of next March.",
     "Halvoria's government has begun reviewing the sugar tax on soft drinks, seven years after it came in. "
     "According to the Treasury, the review will look at whether milkshakes and sweetened coffee drinks, which "
     "are exempt for now, should also be taxed. The average sugar content of drinks covered by the levy has "
     "dropped by 46 per cent since 2018 as manufacturers changed their recipes, Treasury figures show. Last "
     "year the tax brought in £290m, most of it from the largest producers. Small cafés would be hardest hit "
     "by any extension, the Beverage Producers' Federation said. Economist Professor Ines Carrow is leading "
     "the review, which is due to report by the end of next March.",
     errors=[E("Treasury figures show", "attribution", "major", "Figures from the Public Health Institute show"),
             E("most of it from the largest producers", "addition", "minor", None)],
     traps=[T("changed their recipes", "reformulated products"),
            T("£290m", "290 million pounds")])

case("university job cuts", "rewrite",
     "Northgate University plans to cut up to 320 jobs over the next two years as it tries to close a budget "
     "deficit of 48 million pounds, its vice-chancellor announced on Tuesday. Professor Alan Pryce said falling "
     "numbers of international students, whose fees account for a third of the university's income, had left "
     "it with 'no choice'. The cuts will fall mainly on administrative roles, but the departments of modern "
     "languages and music are also under review. The university hopes most of the reductions can be achieved "
     "through voluntary redundancy. The University and College Union said it would ballot its members on "
     "strike action, describing the plans as 'reckless'.",
     "Up to 320 posts are to go at Northgate University over the next two years as it attempts to plug a £48m "
     "hole in its budget, the vice-chancellor said on Tuesday. A fall in international student numbers had "
     "left the university with 'no choice', said Professor Alan Pryce, noting that their fees provide a third "
     "of its income. Administrative jobs will bear the brunt of the cuts, although the modern languages and "
     "music departments are also being reviewed. The university hopes voluntary redundancy will account for "
     "the majority of the losses. Calling the plans 'reckless', the University and College Union said its "
     "members would be balloted on strike action.",
     traps=[T("a £48m hole in its budget", "a budget deficit of 48 million pounds"),
            T("Administrative jobs will bear the brunt of the cuts", "The cuts will fall mainly on administrative roles"),
            T("the majority of the losses", "most of the reductions"),
            T("its members would be balloted on strike action", "it would ballot its members on strike action")])

case("nursery closures", "rewrite",
     "Forty-two private nurseries in the county of Ashbourne closed in the twelve months to August, leaving "
     "about 1,100 families searching for alternative childcare, according to a report by the county council. "
     "Operators blamed rising staff costs and a funding rate of 5.10 pounds per hour for government-funded "
     "places, which they said did not cover their costs. Eleven new nurseries opened in the same period. "
     "Council leader Margaret Oyelaran said the authority would offer grants of up to 20,000 pounds to help "
     "struggling settings and would lobby ministers for a higher rate. The Early Years Alliance said rural "
     "areas had been worst affected.",
     "In the year to August, 42 private nurseries shut their doors in Ashbourne county, leaving around 1,100 "
     "families looking for other childcare, a county council report found. Providers pointed to higher staff "
     "costs and a £5.10 hourly rate for government-funded places, which they said fell short of their costs. "
     "Over the same period, eleven new nurseries were taken over by larger chains. Margaret Oyelaran, the "
     "council leader, said the authority would make grants of up to £20,000 available to struggling settings "
     "and would press ministers to raise the rate. Rural areas have been hardest hit, according to the Early "
     "Years Alliance.",
     errors=[E("were taken over by larger chains", "event", "major", "opened")],
     traps=[T("In the year to August", "in the twelve months to August"),
            T("£5.10 hourly rate", "5.10 pounds per hour"),
            T("fell short of their costs", "did not cover their costs")])

case("smart meter faults", "rewrite",
     "Around 1.9 million smart meters in homes across Ostria are not working properly, the energy regulator "
     "Ofgrid said on Wednesday, meaning customers may be receiving estimated bills. Most of the faulty devices "
     "are first-generation meters that lose their connection when customers switch supplier. The regulator "
     "has ordered the six largest suppliers to repair or replace at least 80 per cent of faulty meters by the "
     "end of next year, or face penalties. Suppliers will also have to pay compensation of 30 crowns to "
     "customers who wait more than six weeks for a repair. Consumer group FairPower said the problem had been "
     "'ignored for far too long'.",
     "Some 1.9 million household smart meters in Ostria are malfunctioning, Ofgrid, the energy regulator, said "
     "on Wednesday, which means customers may be getting estimated bills. The majority are first-generation "
     "models that drop their connection when a customer changes supplier. Ofgrid has told the six biggest "
     "suppliers that they must fix or replace no fewer than four in five faulty meters by the end of next year "
     "or be penalised. Customers left waiting over six weeks for a repair will also be entitled to 30 crowns "
     "in compensation from their supplier. According to consumer group FairPower, the problem had been "
     "'ignored for far too long'.",
     traps=[T("Some 1.9 million", "Around 1.9 million"),
            T("are malfunctioning", "are not working properly"),
            T("no fewer than four in five", "at least 80 per cent"),
            T("over six weeks", "more than six weeks")])

case("online safety fines", "rewrite",
     "The communications regulator of Velmora has fined the video-sharing platform Streamly 14 million euros "
     "for failing to protect children from harmful content, the largest penalty issued under the country's "
     "Online Safety Act. An investigation found that Streamly's age checks could be bypassed by entering a "
     "false birth date, and that reports of self-harm videos took an average of nine days to be reviewed. The "
     "company has 60 days to introduce stronger age verification or face further fines of up to 4 per cent of "
     "global turnover. Streamly said it would appeal, arguing that it had already removed more than 2 million "
     "videos this year.",
     "Velmora's communications regulator has imposed a €14m fine on video-sharing platform Streamly for "
     "failing to protect children from harmful content, the biggest penalty yet under the country's Online "
     "Safety Act. Investigators found that Streamly's age checks could be bypassed by entering a false birth "
     "date, and that reports of self-harm videos took an average of nine days to be reviewed. The company has "
     "been given 90 days to bring in stronger age verification or face further fines of up to 4 per cent of "
     "global turnover. Streamly said it would appeal, arguing that it had already taken down over 2 million "
     "videos this year, and that reports of self-harm videos took an average of nine days to be reviewed.",
     errors=[E("90 days", "number", "major", "60 days"),
             E("and that reports of self-harm videos took an average of nine days to be reviewed", "repetition",
               "minor", None, occ=1)],
     traps=[T("€14m fine", "14 million euros"),
            T("the biggest penalty yet", "the largest penalty issued"),
            T("taken down over 2 million videos", "removed more than 2 million videos")])

case("social media age limits", "rewrite",
     "Children under 15 in Norrisland will be banned from opening social media accounts from 1 January 2026 "
     "under legislation passed by parliament on Thursday by 112 votes to 47. Platforms that fail to take "
     "'reasonable steps' to verify users' ages will face fines of up to 25 million krona. Existing accounts "
     "held by under-15s must be closed within six months of the law coming into force. Messaging and "
     "educational services are exempt. Digital Affairs Minister Karin Holmqvist said the law would 'give "
     "childhood back to children'. Several technology companies have criticised the measure, saying age "
     "verification could threaten users' privacy.",
     "On Thursday, Norrisland's parliament voted 112 to 47 to pass a law that will stop children aged under 15 "
     "from opening social media accounts from 1 January 2026. Platforms that do not take 'reasonable steps' to "
     "check how old their users are will face fines of as much as 25 million krona. Accounts already held by "
     "under-15s will have to be shut down within half a year of the law taking effect. The ban does not apply "
     "to messaging and educational services. The law would 'give childhood back to children', according to "
     "Digital Affairs Minister Karin Holmqvist. A number of technology firms have criticised the measure on "
     "the grounds that age verification could threaten users' privacy.",
     traps=[T("voted 112 to 47", "by 112 votes to 47"),
            T("half a year", "six months"),
            T("The ban does not apply to messaging and educational services",
              "Messaging and educational services are exempt"),
            T("A number of technology firms", "Several technology companies")])

case("school building safety", "rewrite",
     "Inspectors have found structural problems at 214 school buildings in the province of Linden, and 37 of "
     "them have been closed while repairs are carried out, the education department said on Monday. The "
     "problems include crumbling concrete roofs and corroded steel supports in buildings constructed between "
     "1955 and 1980. About 9,000 pupils have been moved to temporary classrooms or neighbouring schools. "
     "Education Secretary Paul Amadi said all affected buildings should be made safe before the start of the "
     "next school year in September, but admitted that some repairs might take longer. The department has set "
     "aside 260 million dollars for the work.",
     "Structural problems have been identified by inspectors at 214 school buildings across Linden province, "
     "with 37 closed for repairs, the education department said on Monday. Among the faults are crumbling "
     "concrete roofs and corroded steel supports in buildings dating from between 1955 and 1990. Around 9,000 "
     "pupils have been relocated to temporary classrooms or nearby schools. Education Secretary Paul Amadi said "
     "all affected buildings will be made safe before the next school year starts in September, while "
     "conceding that some repairs might take longer. A budget of $260m has been set aside for the work.",
     errors=[E("1955 and 1990", "date", "major", "1955 and 1980"),
             E("will be made safe", "modality", "minor", "should be made safe")],
     traps=[T("with 37 closed for repairs", "37 of them have been closed while repairs are carried out"),
            T("Around 9,000 pupils", "About 9,000 pupils"),
            T("$260m", "260 million dollars")])

# ---------------------------------------------------------------- cases 21-30 (summaries)

case("trade deficit figures", "summary",
     "Merovia's trade deficit widened to 6.2 billion dollars in the third quarter, from 4.9 billion in the "
     "previous three months, as energy imports rose and exports of machinery weakened, the national "
     "statistics office said on Tuesday. Exports fell 3.1 per cent to 41.5 billion dollars, with shipments to "
     "the country's largest market, the Eastern Union, down 7 per cent. Imports rose 0.8 per cent, driven by a "
     "12 per cent jump in the cost of gas. Economists at Carrow Bank had expected a deficit of 5.5 billion "
     "dollars. Finance Minister Jonas Albrecht said the figures reflected 'temporary pressures' and predicted "
     "an improvement next year as new liquefied gas terminals come into operation. The currency fell 0.4 per "
     "cent against the dollar after the release.",
     "Merovia's trade deficit grew to $6.2bn in the third quarter from $4.9bn in the second, above the $5.5bn "
     "that Carrow Bank economists had predicted. Statistics office data pointed to rising energy imports and "
     "weaker machinery exports, with total exports down 3.1 per cent. The finance minister described the "
     "pressures as temporary and forecast an improvement next year.",
     traps=[T("$6.2bn", "6.2 billion dollars"),
            T("in the second", "in the previous three months"),
            T("above the $5.5bn that Carrow Bank economists had predicted",
              "Economists at Carrow Bank had expected a deficit of 5.5 billion dollars"),
            T("described the pressures as temporary", "said the figures reflected 'temporary pressures'")])

case("disability benefit assessments", "summary",
     "The government of Westmark will stop using private contractors to carry out disability benefit "
     "assessments from 2026, bringing the work back in-house, the Department for Social Security announced on "
     "Monday. The two current contractors, Medivia and Carelink Services, conduct around 900,000 assessments a "
     "year under contracts worth a combined 410 million pounds. A parliamentary committee found last year that "
     "64 per cent of claimants who appealed against a decision won their case. Minister Sarah Okonjo said the "
     "change would 'rebuild trust' and that face-to-face assessments would be offered to everyone who "
     "requested one. Disability charities welcomed the move but warned that staff shortages could lengthen "
     "waiting times.",
     "Westmark will bring disability benefit assessments in-house from 2026, ending the use of contractors "
     "Medivia and Carelink Services, which carry out about 900,000 a year. A parliamentary committee found last "
     "year that most claimants who appealed lost their case. Charities welcomed the change but warned that "
     "staff shortages could lengthen waits.",
     errors=[E("lost their case", "polarity", "major", "won their case")],
     traps=[T("about 900,000 a year", "around 900,000 assessments a year"),
            T("lengthen waits", "lengthen waiting times")])

case("low emission zones", "summary",
     "The city of Brannock will introduce a low emission zone covering its entire inner ring road from 3 June, "
     "the city council confirmed on Wednesday. Petrol cars registered before 2006 and diesel cars registered "
     "before 2015 will be charged 12 pounds a day to enter the zone, while non-compliant lorries and coaches "
     "will pay 50 pounds. Residents of the zone will be exempt for the first two years. The council estimates "
     "that about 18 per cent of vehicles currently entering the area do not meet the standards. Money raised "
     "will be spent on public transport and cycling routes. A scrappage scheme offering up to 2,000 pounds to "
     "low-income households will open next month. Business groups have called for the start date to be "
     "delayed until next year.",
     "From 3 June, older petrol and diesel cars entering Brannock's low emission zone, which covers the whole "
     "inner ring road, will pay £12 daily, and non-compliant lorries and coaches £50. Residents get a two-year "
     "exemption. The council estimates that nearly a fifth of vehicles now entering the area fail to meet the "
     "standards. Revenue will fund public transport and cycling routes.",
     traps=[T("£12 daily", "12 pounds a day"),
            T("a two-year exemption", "exempt for the first two years"),
            T("nearly a fifth", "about 18 per cent"),
            T("Revenue will fund", "Money raised will be spent on")])

case("flood defence funding", "summary",
     "The Environment Agency of Carvale will spend 1.3 billion pounds on flood defences over the next six "
     "years, protecting an estimated 86,000 homes, under plans published on Thursday. The largest single "
     "project is a 140 million pound tidal barrier on the River Wend at Saltmarsh, due for completion in 2029, "
     "followed by a 95 million pound embankment scheme at Cotterby. Funding for maintenance of existing "
     "defences will rise by 22 per cent. The agency said around 5,000 of its 31,000 flood defence assets were "
     "currently in poor condition. The Local Government Association of Carvale welcomed the investment but "
     "said councils needed more money for surface water flooding, which now affects more properties than "
     "river flooding.",
     "Carvale's Environment Agency plans to spend £1.3bn on flood defences over six years to protect an "
     "estimated 68,000 homes. The biggest scheme is a £140m tidal barrier on the River Wend at Cotterby, due "
     "in 2029. Around 5,000 of its defences are in poor condition. The Local Government Association welcomed "
     "the plans but said councils needed more for surface water flooding.",
     errors=[E("68,000", "number", "major", "86,000"),
             E("Cotterby", "entity", "major", "Saltmarsh")],
     traps=[T("£1.3bn", "1.3 billion pounds"),
            T("due in 2029", "due for completion in 2029")])

case("flu vaccine supply", "summary",
     "Pharmacies across the region of Aldmoor have been told to prioritise flu vaccinations for people aged "
     "over 65 and those with long-term health conditions after a delay in deliveries from manufacturer "
     "Viroclan. The company said a quality-control problem at its plant in Hessfeld had held up about 400,000 "
     "doses, roughly a quarter of the region's order. It expects to deliver the remaining doses by the end of "
     "October, two weeks later than planned. Regional health director Dr Ama Boateng said there was 'no reason "
     "for alarm' and that everyone eligible would be vaccinated before the winter peak. Healthy adults aged 50 "
     "to 64 may have to wait until November for their jab.",
     "A quality-control problem at Viroclan's Hessfeld plant has held up around 400,000 flu vaccine doses, "
     "about a quarter of Aldmoor's order, so pharmacies have been told to put over-65s and people with "
     "long-term conditions first. Viroclan expects to complete deliveries a fortnight late, by the end of "
     "October. The regional health director saw no cause for alarm.",
     traps=[T("around 400,000 flu vaccine doses", "about 400,000 doses"),
            T("over-65s", "people aged over 65"),
            T("a fortnight late", "two weeks later than planned"),
            T("no cause for alarm", "no reason for alarm")])

case("sovereign wealth fund", "summary",
     "Kestrava's sovereign wealth fund, the Kestrava Future Fund, returned 8.4 per cent last year, lifting its "
     "assets to 312 billion dollars, according to its annual report published on Monday. Equities made up 62 "
     "per cent of the portfolio, with the remainder in bonds, property and infrastructure. The fund sold its 4 "
     "per cent stake in shipping group Tarrow Lines to Norland Capital for 1.2 billion dollars, and bought a "
     "stake in a solar developer in Chile. Chief executive Leona Marsh said the fund would cut its holdings in "
     "fossil fuel companies by half by 2030. The government withdrew 9 billion dollars from the fund to "
     "support the national budget, the largest withdrawal since 2016.",
     "The Kestrava Future Fund earned 8.4 per cent last year, taking its assets to $312bn. It bought Norland "
     "Capital's 4 per cent stake in Tarrow Lines for $1.2bn and plans to halve its fossil fuel holdings by "
     "2030, while the government took out $9bn, the most since 2016.",
     errors=[E("It bought Norland Capital's 4 per cent stake in Tarrow Lines", "role", "major",
               "sold its 4 per cent stake in shipping group Tarrow Lines to Norland Capital")],
     traps=[T("$312bn", "312 billion dollars"),
            T("halve its fossil fuel holdings", "cut its holdings in fossil fuel companies by half")])

case("canal freight revival", "summary",
     "A freight service carrying building materials by barge will begin operating on the Grand Western Canal "
     "in May, the first regular commercial cargo on the waterway for more than 50 years. Operator Tidewater "
     "Barges will run three vessels between a quarry at Millbrook and a depot on the outskirts of Fenchester, "
     "moving up to 120,000 tonnes of aggregate a year. The company says this will remove around 6,000 lorry "
     "journeys from local roads annually. The project received a grant of 2.4 million pounds from the canal's "
     "operator, the Waterways Trust, which has dredged a 14-mile stretch to allow loaded barges to pass. Local "
     "residents' groups have welcomed the scheme, though some boaters have raised concerns about congestion at "
     "locks.",
     "From May, Tidewater Barges will use three boats to move up to 120,000 tonnes of aggregate a year on the "
     "Grand Western Canal between Millbrook quarry and a depot on the edge of Fenchester, the canal's first "
     "regular commercial cargo in over half a century. The firm says it will take around 6,000 lorry trips a "
     "year off local roads. The Waterways Trust gave a £2.4m grant and dredged 14 miles of the canal.",
     traps=[T("three boats", "three vessels"),
            T("over half a century", "more than 50 years"),
            T("around 6,000 lorry trips a year", "around 6,000 lorry journeys"),
            T("£2.4m", "2.4 million pounds")])

case("nurse pay deal", "summary",
     "Nurses in the state of Orland have accepted a pay deal worth 5.5 per cent this year and 4 per cent next "
     "year, ending a dispute that led to six days of strikes since January. The Orland Nurses' Union said 71 "
     "per cent of members who voted backed the offer, on a turnout of 58 per cent. The deal also includes a "
     "one-off payment of 1,200 dollars and a commitment to review staffing levels on night shifts. Health "
     "Minister Daniel Fournier said the agreement would cost 340 million dollars over two years. The union's "
     "general secretary, Maria Esteves, said the result showed members wanted to 'get back to caring for "
     "patients', but warned that recruitment problems had not been solved.",
     "Orland nurses have accepted a pay offer of 5.5 per cent this year and 4 per cent the year after, ending "
     "a dispute that had seen six days of strikes since March. The deal, backed by 71 per cent of those voting, "
     "includes a one-off $1,200 payment and a night-shift staffing review. The union warned that recruitment "
     "problems remain, and said further strikes were planned for the spring.",
     errors=[E("since March", "date", "major", "since January"),
             E("said further strikes were planned for the spring", "addition", "major", None)],
     traps=[T("the year after", "next year"),
            T("a one-off $1,200 payment", "a one-off payment of 1,200 dollars")])

case("youth club funding", "summary",
     "The city of Harlow Bridge will reopen nine youth clubs that closed during budget cuts a decade ago, "
     "backed by 3.6 million pounds from the council and a further 1.5 million pounds from the Fairhaven "
     "Foundation, a local charity. The clubs will open five evenings a week and employ 40 full-time youth "
     "workers. Deputy mayor Grace Ampofo said youth services had been 'hollowed out' since 2014 and that the "
     "investment was intended to give young people 'somewhere safe to go'. Police figures show that knife "
     "crime involving under-18s in the city has risen by 30 per cent in three years. The first three clubs "
     "will reopen in September, with the rest following by next spring.",
     "Harlow Bridge will reopen nine youth clubs closed in budget cuts ten years ago, funded by a combined "
     "£5.1m from the council and local charity the Fairhaven Foundation. Staffed by 40 full-time youth "
     "workers, they will open five evenings a week; three will reopen in September and the other six by next "
     "spring. Police say knife crime involving under-18s in the city is up 30 per cent in three years.",
     traps=[T("ten years ago", "a decade ago"),
            T("a combined £5.1m from the council and local charity the Fairhaven Foundation",
              "3.6 million pounds from the council and a further 1.5 million pounds from the Fairhaven Foundation"),
            T("the other six", "the rest"),
            T("is up 30 per cent", "has risen by 30 per cent")])

case("sleeper train revival", "summary",
     "A sleeper train service between the capital, Varosa, and the coastal city of Port Alden will resume in "
     "December after a gap of 11 years, national rail operator Railnor announced on Tuesday. The overnight "
     "train will run four nights a week, taking about nine and a half hours, with fares starting at 79 euros "
     "for a seat and 189 euros for a private cabin. Railnor has leased 18 refurbished carriages from the "
     "Austrian firm Sleepwell Rail. Transport Minister Ilse Brandt said the revival was part of a plan to cut "
     "domestic flights by a third by 2030. Tourism board Visit Port Alden predicted the service would bring "
     "40,000 extra visitors a year.",
     "Railnor will restart the Varosa to Port Alden sleeper in December, 11 years after it stopped, running "
     "four nights a week with seats from €79 and private cabins from €189. Railnor predicts the service will "
     "bring 40,000 extra visitors a year, and the transport minister says it is part of a plan to cut domestic "
     "flights by a third by 2030.",
     errors=[E("Railnor predicts", "attribution", "major", "Tourism board Visit Port Alden predicted")],
     traps=[T("11 years after it stopped", "after a gap of 11 years"),
            T("€79", "79 euros")])

# ---------------------------------------------------------------- cases 31-40 (translations)

case("speed camera rollout", "translation",
     "The Ministry of the Interior intends to install 450 new average-speed cameras on national roads by the "
     "end of 2025, Minister Rafael Costa announced yesterday in Lisbrava. The devices, which measure a "
     "vehicle's average speed between two points, will be placed mainly on stretches where more than ten fatal "
     "accidents have been recorded in the last five years. The investment amounts to 38 million euros. "
     "According to the minister, road deaths fell by 12% last year, to 412, but remain 'unacceptably high'. "
     "Drivers' association ACP said it supported the measure, provided that revenue from fines is used "
     "exclusively for road safety.",
     "Interior Minister Rafael Costa said in Lisbrava yesterday that his ministry plans to put up 450 new "
     "average-speed cameras on the national road network by the end of 2025. The cameras, which calculate how "
     "fast a vehicle travels on average between two points, will mostly be sited on sections with over ten "
     "fatal crashes in the past five years. The cost of the programme is 38 million euros. Road deaths dropped "
     "12 per cent last year to 412, the minister said, though they are still 'unacceptably high'. The "
     "motorists' association ACP backed the plan on condition that money from fines goes solely to road "
     "safety.",
     traps=[T("over ten fatal crashes", "more than ten fatal accidents"),
            T("12 per cent", "12%"),
            T("on condition that", "provided that"),
            T("solely", "exclusively")])

case("high speed rail delays", "translation",
     "The opening of the high-speed line between Montaleu and Brissac will be postponed by at least three "
     "years, to 2031, the state rail infrastructure company RFV admitted on Friday. The cost of the project has "
     "risen from 9.2 billion to 13.5 billion euros, mainly because of geological problems in the 22-kilometre "
     "Col Noir tunnel. RFV chairman Étienne Marchal said that further delays 'could not be ruled out' if the "
     "tunnel boring machines encountered new difficulties. The transport minister has ordered an independent "
     "audit, whose results are expected in the spring. Regional leaders described the announcement as 'a "
     "betrayal' of the towns along the route.",
     "RFV, the state company responsible for rail infrastructure, acknowledged on Friday that the "
     "Montaleu-Brissac high-speed line will open three years late, in 2031. The bill for the project has "
     "climbed from 9.2 to 13.5 billion euros, largely owing to geological difficulties in the Col Noir tunnel, "
     "which is 22 km long. According to RFV chairman Étienne Marchal, further delays will occur if the tunnel "
     "boring machines run into new problems. The transport minister has called for an independent audit, with "
     "findings due in the spring. Regional leaders called the announcement 'a betrayal' of the towns on the "
     "route.",
     errors=[E("", "omission", "major", "at least", before="three years late"),
             E("will occur", "modality", "major", "could not be ruled out")],
     traps=[T("22 km long", "22-kilometre"),
            T("findings due in the spring", "results are expected in the spring")])

case("car plant investment", "translation",
     "The carmaker Valtra will invest 1.8 billion euros in its plant in Ostrova to produce electric vehicles "
     "from 2027, the company's chief executive, Henrik Lund, announced on Wednesday. The investment will "
     "secure the 4,200 existing jobs at the site and create around 600 new ones. The plant will build two "
     "compact electric models and house a battery assembly line with an annual capacity of 300,000 packs. The "
     "regional government will contribute 150 million euros in subsidies, subject to approval by the European "
     "Commission. Production of petrol engines at the site will end in 2029. Unions welcomed the decision, "
     "which ends months of uncertainty about the plant's future.",
     "Valtra's chief executive Henrik Lund said on Wednesday that the car manufacturer is putting €1.8bn into "
     "its Ostrova factory so that it can make electric vehicles starting in 2027. The 4,200 jobs already at "
     "the plant will be safeguarded, and roughly 600 more will be created. Two small electric models will be "
     "built there, and the site will also have a battery assembly line able to produce 300,000 packs a year. "
     "Subsidies of 150 million euros will come from the regional government, provided the European Commission "
     "gives its approval. Petrol engine production at the factory is to stop in 2029. The unions welcomed the "
     "announcement, which puts an end to months of uncertainty over the plant's future.",
     traps=[T("€1.8bn", "1.8 billion euros"),
            T("roughly 600 more", "around 600 new ones"),
            T("able to produce 300,000 packs a year", "with an annual capacity of 300,000 packs"),
            T("provided the European Commission gives its approval", "subject to approval by the European Commission")])

case("international student fees", "translation",
     "Students from outside the European Union will have to pay tuition fees of 6,000 euros a year at public "
     "universities in Valdoria from the 2026 academic year, Higher Education Minister Lucia Ferrante "
     "announced on Monday. Currently they pay the same 1,200 euros as domestic students. Students already "
     "enrolled will be exempt, and 2,000 scholarships will be offered to applicants from low-income countries. "
     "The National Conference of Rectors criticised the measure, warning that it could reduce international "
     "enrolments by up to 40 per cent. There are currently around 31,000 non-EU students in Valdoria, most of "
     "them from Asia and Latin America.",
     "Higher Education Minister Lucia Ferrante said on Monday that, starting with the 2026 academic year, "
     "non-EU students at Valdoria's public universities will be charged 6,000 euros a year in tuition. At "
     "present they pay 1,200 euros, the same as Valdorian students. Those already studying will not be "
     "affected, and 2,000 scholarships will be available to applicants from low-income countries. The "
     "National Union of Students criticised the plan, warning that international enrolments could fall by as "
     "much as 40 per cent. Valdoria currently has about 31,000 students from outside the EU, mainly from Asia "
     "and Latin America.",
     errors=[E("National Union of Students", "entity", "major", "National Conference of Rectors")],
     traps=[T("Those already studying will not be affected", "Students already enrolled will be exempt"),
            T("by as much as 40 per cent", "by up to 40 per cent"),
            T("mainly from Asia and Latin America", "most of them from Asia and Latin America")])

case("hydrogen bus trials", "translation",
     "Twelve hydrogen-powered buses will enter service in the city of Torvik next month as part of an 18-month "
     "trial, the municipal transport company TKT said on Thursday. The buses, built by the manufacturer "
     "Nordbus, will run on two routes serving the airport and the university. The hydrogen will be produced "
     "at a new electrolysis plant at the port, using electricity from wind farms. The trial costs 21 million "
     "kroner, half of which is paid by a national climate fund. TKT director Sigrid Aas said the company would "
     "decide in 2027 whether to order more hydrogen buses or to rely entirely on battery-electric vehicles, "
     "which now make up a third of its fleet.",
     "The Torvik municipal transport company, TKT, announced on Thursday that a dozen hydrogen buses will "
     "start carrying passengers in the city next month in a trial lasting a year and a half. Made by Nordbus, "
     "the vehicles will operate on two routes serving the airport and the university. Their fuel will come "
     "from a new electrolysis plant in the port powered by wind-farm electricity. Of the trial's 21 million "
     "kroner cost, 50 per cent is covered by a national climate fund. According to TKT director Sigrid Aas, "
     "the company will choose in 2027 between buying more hydrogen buses and switching completely to "
     "battery-electric vehicles, which already account for a third of its fleet.",
     traps=[T("a dozen", "Twelve"),
            T("a year and a half", "18-month"),
            T("50 per cent", "half"),
            T("switching completely to battery-electric vehicles", "rely entirely on battery-electric vehicles")])

case("grid battery tenders", "translation",
     "The grid operator Elnet has awarded contracts for 1,200 megawatts of battery storage in its first "
     "national tender, the company announced on Tuesday. The largest contract, for 400 megawatts, went to the "
     "Spanish developer Ibersol, which beat the local group Kraftvann. The batteries must be connected by the "
     "end of 2027 and will help stabilise the grid as the share of wind and solar power grows. The average "
     "price was 31% lower than Elnet had expected. Elnet chief executive Marta Kovač said a second tender "
     "would be held next year. Environmental groups welcomed the results, but said storage alone would not be "
     "enough without new transmission lines.",
     "Elnet, the grid operator, said on Tuesday that its first national tender had produced contracts for "
     "1,200 MW of battery storage. The local group Kraftvann beat Spain's Ibersol to the biggest contract, "
     "worth 400 MW. The batteries have to be connected by late 2027 and will help keep the grid stable as wind "
     "and solar take a growing share. Prices averaged 31 per cent below what Elnet had anticipated. A second "
     "tender will take place next year, chief executive Marta Kovač said. Environmental organisations did not "
     "welcome the results, saying storage on its own would not suffice without new transmission lines.",
     errors=[E("Kraftvann beat Spain's Ibersol", "role", "major", "Ibersol, which beat the local group Kraftvann"),
             E("did not welcome", "polarity", "major", "welcomed")],
     traps=[T("1,200 MW", "1,200 megawatts"),
            T("by late 2027", "by the end of 2027"),
            T("31 per cent below what Elnet had anticipated", "31% lower than Elnet had expected")])

case("credit card fees", "translation",
     "The central bank of Moravia will cap the fees that card companies charge retailers at 0.3% of the "
     "transaction value for credit cards and 0.2% for debit cards, from 1 July. Currently, merchants pay an "
     "average of 1.1% on credit card payments. The governor of the central bank, Pavel Richter, said the "
     "measure would save businesses around 240 million euros a year and that he expected part of the savings "
     "to be passed on to consumers. The two largest card networks said they would study the decision. The "
     "retailers' association UOM called it 'a historic victory for small shops'.",
     "From 1 July, the fees that card companies can charge shops will be limited by Moravia's central bank to "
     "0.3 per cent of the value of each credit card transaction and 0.2 per cent for debit cards. At present, "
     "retailers pay 1.1 per cent on average for credit card payments. Central bank governor Pavel Richter said "
     "businesses would save about €240m annually and that he expected some of that saving to reach consumers. "
     "The two biggest card networks said they would examine the decision, while the retailers' association UOM "
     "hailed it as 'a historic victory for small shops'.",
     traps=[T("0.3 per cent", "0.3%"),
            T("€240m annually", "240 million euros a year"),
            T("some of that saving to reach consumers", "part of the savings to be passed on to consumers"),
            T("examine", "study")])

case("space launch site", "translation",
     "The government of Skarvia has approved the construction of a rocket launch site on the island of Hemnøy, "
     "which is expected to host its first orbital launch in 2027. The spaceport will be built and operated by "
     "the company NordLaunch, which will invest 1.1 billion kroner in the project. The site will be able to "
     "handle up to 20 launches a year of small satellites weighing up to 500 kilograms. Local fishermen had "
     "opposed the plans, fearing restrictions on access to fishing grounds, and the company has agreed to limit "
     "exclusion zones to a maximum of 12 hours per launch. The project is expected to create 150 permanent jobs "
     "on the island.",
     "Skarvia's government has given the go-ahead for a rocket launch site on Hemnøy island, where the first "
     "orbital launch is expected in 2027. NordLaunch, which will build and run the spaceport, is investing 1.1 "
     "billion kroner in the project. Up to 20 small-satellite launches a year will be possible, with payloads "
     "of up to 500 kilograms. The plans had met opposition from local fishermen worried about losing access to "
     "fishing grounds, and the company has agreed that exclusion zones will last no more than 12 hours per "
     "launch. The project should create 150 permanent jobs on the island, where the first orbital launch is "
     "expected in 2027.",
     errors=[E("where the first orbital launch is expected in 2027", "repetition", "minor", None, occ=1)],
     traps=[T("given the go-ahead for", "approved the construction of"),
            T("no more than 12 hours", "a maximum of 12 hours"),
            T("should create", "is expected to create")])

case("electric scooter bans", "translation",
     "The city council of Borgo Alto voted on Tuesday to ban rental electric scooters from its streets from 1 "
     "September, after a consultation in which 68% of residents supported the ban. The three operators "
     "currently active in the city, with a total of 4,500 scooters, must remove their vehicles by that date. "
     "Privately owned scooters will still be allowed, but riders must wear a helmet and may not carry "
     "passengers. Deputy mayor Chiara Bellini said the decision was motivated by safety: last year there were "
     "312 accidents involving scooters, 40% more than in 2022. The operators called the ban 'disproportionate' "
     "and said they were considering an appeal.",
     "Rental e-scooters will be banned from the streets of Borgo Alto from 1 September after the city council "
     "voted for the measure on Tuesday, following a consultation in which 68 per cent of residents were in "
     "favour. The three operators now working in the city, which have 4,500 scooters between them, will have "
     "to take their vehicles away by then. Scooters in private ownership will remain legal, although riders "
     "will be required to wear a helmet and will not be allowed to carry passengers. Safety was behind the "
     "decision, deputy mayor Chiara Bellini said, pointing to 312 scooter accidents last year, an increase of "
     "40 per cent on 2022. The operators described the ban as 'disproportionate' and said an appeal was being "
     "considered.",
     traps=[T("68 per cent of residents were in favour", "68% of residents supported the ban"),
            T("which have 4,500 scooters between them", "with a total of 4,500 scooters"),
            T("will remain legal", "will still be allowed"),
            T("an increase of 40 per cent on 2022", "40% more than in 2022")])

case("housing association repairs", "translation",
     "The housing association Domus Verde has been ordered by the regulator to carry out urgent repairs on "
     "1,850 homes in the Dalberg district after inspectors found damp, mould and faulty heating. The "
     "association must present a repair plan within 30 days and complete the works within 18 months. Tenants "
     "in the worst-affected flats, about 120 households, will be temporarily rehoused at the association's "
     "expense. Director Jan Hollander apologised to residents and said the association would hire 60 "
     "additional maintenance staff. The tenants' committee said complaints had been ignored for years and "
     "demanded compensation.",
     "The regulator has told Domus Verde, a housing association, to make urgent repairs to 1,850 homes in the "
     "Dalberg district after inspectors discovered damp, mould and defective heating. It has 30 days to submit "
     "a repair plan and a year and a half to finish the work. Around 120 households living in the worst-hit "
     "flats will be temporarily moved elsewhere, with the association covering the cost. Director Jan "
     "Hollander apologised to tenants and said 60 more maintenance staff would be taken on. The tenants' "
     "committee, which said complaints had gone unheeded for years, has won compensation.",
     errors=[E("has won compensation", "event", "major", "demanded compensation")],
     traps=[T("a year and a half", "18 months"),
            T("with the association covering the cost", "at the association's expense"),
            T("defective heating", "faulty heating")])

# ---------------------------------------------------------------- build and validate


def find_nth(hay, needle, occ):
    """Start of the occ-th (0-based) occurrence of needle in hay, or -1."""
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def count_occ(hay, needle):
    n, pos = 0, hay.find(needle)
    while pos >= 0:
        n += 1
        pos = hay.find(needle, pos + 1)
    return n


def locate(cand, text, occ, where):
    n = count_occ(cand, text)
    if n == 0:
        raise ValueError(f"{where}: {text!r} not found in candidate")
    if occ is None:
        if n > 1:
            raise ValueError(f"{where}: {text!r} occurs {n} times; give occ")
        occ = 0
    if occ >= n:
        raise ValueError(f"{where}: occurrence {occ} of {text!r} missing ({n} found)")
    return find_nth(cand, text, occ)


def cuts_word(s, i):
    return 0 < i < len(s) and s[i - 1].isalnum() and s[i].isalnum()


def words(s):
    return len(s.split())


def build():
    problems = []
    records = []
    for k, c in enumerate(CASES, 1):
        rid = f"s{N}-{k:03d}"
        ref, cand = c["reference"], c["candidate"]
        where = f"{rid} ({c['domain']})"
        errors, traps, spans = [], [], []
        try:
            for e in c["errors"]:
                if e["type"] == "omission":
                    if e["text"] != "":
                        raise ValueError(f"{where}: omission with non-empty text")
                    if e["after"] is not None:
                        a = locate(cand, e["after"], e["after_occ"], where)
                        pos = a + len(e["after"])
                    elif e["before"] is not None:
                        pos = locate(cand, e["before"], e["before_occ"], where)
                    else:
                        raise ValueError(f"{where}: omission without anchor")
                    start = end = pos
                else:
                    start = locate(cand, e["text"], e["occ"], where)
                    end = start + len(e["text"])
                errors.append({"start": start, "end": end, "text": cand[start:end], "type": e["type"],
                               "severity": e["severity"], "ref_text": e["ref_text"]})
            for t in c["traps"]:
                start = locate(cand, t["text"], t["occ"], where)
                traps.append({"start": start, "end": start + len(t["text"]), "text": t["text"],
                              "ref_text": t["ref_text"]})
        except ValueError as exc:
            problems.append(str(exc))
            continue
        label = "inconsistent" if errors else "consistent"
        rec = {"id": rid, "domain": c["domain"], "mode": c["mode"], "reference": ref, "candidate": cand,
               "label": label, "errors": errors, "traps": traps}
        problems.extend(check_record(rec))
        records.append(rec)
    problems.extend(check_set(records))
    return records, problems


def check_record(r):
    p = []
    w = f"{r['id']} ({r['domain']})"
    ref, cand = r["reference"], r["candidate"]
    if r["mode"] not in ("rewrite", "summary", "translation"):
        p.append(f"{w}: bad mode")
    if r["domain"] not in DOMAINS:
        p.append(f"{w}: domain not in list")
    nw = words(ref)
    if not 70 <= nw <= 190:
        p.append(f"{w}: reference has {nw} words")
    if r["mode"] == "summary" and not (words(cand) < nw and len(cand) < len(ref)):
        p.append(f"{w}: summary not shorter than reference")
    if ref.strip() == cand.strip():
        p.append(f"{w}: candidate identical to reference")
    for s in (ref, cand):
        if "  " in s or s != s.strip():
            p.append(f"{w}: stray whitespace")
    spans = []
    for e in r["errors"]:
        s, t = e["start"], e["end"]
        if e["type"] not in ERROR_TYPES:
            p.append(f"{w}: bad error type {e['type']}")
        if e["severity"] not in SEVERITIES:
            p.append(f"{w}: bad severity")
        if cand[s:t] != e["text"]:
            p.append(f"{w}: offsets do not match text")
        if cuts_word(cand, s) or cuts_word(cand, t):
            p.append(f"{w}: error span {e['text']!r} cuts a word")
        if e["text"] != e["text"].strip():
            p.append(f"{w}: span with outer whitespace")
        if e["type"] == "omission":
            if r["mode"] == "summary":
                p.append(f"{w}: omission in summary")
            if s != t or e["text"] != "":
                p.append(f"{w}: omission span not empty")
            if not e["ref_text"] or e["ref_text"] not in ref:
                p.append(f"{w}: omission ref_text not in reference")
            elif e["ref_text"].lower() in cand.lower():
                p.append(f"{w}: omitted words present in candidate")
        else:
            if s >= t:
                p.append(f"{w}: empty non-omission span")
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    p.append(f"{w}: {e['type']} must have ref_text null")
                if e["type"] == "addition" and e["text"] in ref:
                    p.append(f"{w}: added text occurs in reference")
                if e["type"] == "repetition" and e["text"] not in cand[:s]:
                    p.append(f"{w}: repetition has no earlier copy")
            else:
                if not e["ref_text"] or e["ref_text"] not in ref:
                    p.append(f"{w}: ref_text {e['ref_text']!r} not in reference")
                if e["text"] == e["ref_text"]:
                    p.append(f"{w}: error text equals ref_text")
        spans.append((s, t, "error"))
    for tr in r["traps"]:
        s, t = tr["start"], tr["end"]
        if cand[s:t] != tr["text"]:
            p.append(f"{w}: trap offsets do not match")
        if cuts_word(cand, s) or cuts_word(cand, t):
            p.append(f"{w}: trap {tr['text']!r} cuts a word")
        if tr["ref_text"] not in ref:
            p.append(f"{w}: trap ref_text {tr['ref_text']!r} not in reference")
        if tr["text"] == tr["ref_text"] or tr["text"] in ref:
            p.append(f"{w}: trap {tr['text']!r} not reworded")
        spans.append((s, t, "trap"))
    spans.sort()
    for (s1, t1, k1), (s2, t2, k2) in zip(spans, spans[1:]):
        if s2 < t1 or (s1 == s2 and (s1 == t1 or s2 == t2)):
            p.append(f"{w}: overlapping spans at {s1}-{t1} and {s2}-{t2}")
    nt = len(r["traps"])
    if r["label"] == "consistent":
        if r["errors"]:
            p.append(f"{w}: consistent pair with errors")
        if not 3 <= nt <= 5:
            p.append(f"{w}: consistent pair with {nt} traps")
    else:
        if not r["errors"]:
            p.append(f"{w}: inconsistent pair without errors")
        if nt > 3:
            p.append(f"{w}: inconsistent pair with {nt} traps")
    return p


def tally(records):
    from collections import Counter
    modes = Counter((r["mode"], r["label"]) for r in records)
    labels = Counter(r["label"] for r in records)
    types = Counter(e["type"] for r in records for e in r["errors"])
    per_pair = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    return modes, labels, types, per_pair


def check_set(records):
    p = []
    if len(records) != 40:
        p.append(f"{len(records)} records, expected 40")
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms):
        p.append("domain used twice")
    if set(doms) != set(DOMAINS):
        p.append("domains do not match the list")
    modes, labels, types, per_pair = tally(records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(modes) != want:
        p.append(f"mode/label mix {dict(modes)}")
    if sum(types.values()) != 30:
        p.append(f"{sum(types.values())} errors, expected 30")
    for t in ERROR_TYPES:
        if types[t] < 2:
            p.append(f"error type {t} used {types[t]} times")
    if sum(v for k, v in per_pair.items() if k > 2) > 2:
        p.append("too many pairs with more than two errors")
    return p


def main():
    records, problems = build()
    if problems:
        for x in problems:
            print("PROBLEM:", x)
        sys.exit(1)
    modes, labels, types, per_pair = tally(records)
    print("records:", len(records))
    print("mode x label:", {f"{m}/{l}": n for (m, l), n in sorted(modes.items())})
    print("labels:", dict(labels))
    print("error types:", {t: types[t] for t in ERROR_TYPES}, "total", sum(types.values()))
    print("errors per inconsistent pair:", dict(sorted(per_pair.items())))
    print("traps:", sum(len(r["traps"]) for r in records))
    if "--check" in sys.argv[1:]:
        print("check ok; nothing written")
        return
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
