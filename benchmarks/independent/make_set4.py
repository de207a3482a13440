#!/usr/bin/env python3
"""Independent proxy test corpus for a reference/candidate fact checker.

40 hand-written pairs held as Python data. The script computes every offset
itself (a quoted span must occur exactly once in the candidate unless an
occurrence index is given), validates all records and, only if everything
passes, writes set4.jsonl next to this file and prints counts.

    python3 make_set4.py           # validate, write set4.jsonl, print counts
    python3 make_set4.py --check   # validate only
"""

import collections
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set4.jsonl")

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}


# ---------------------------------------------------------------- helpers

def E(text, etype, severity, ref, occ=None):
    """An error span quoted from the candidate."""
    return {"kind": "span", "text": text, "type": etype,
            "severity": severity, "ref_text": ref, "occ": occ}


def O(ref, severity, after=None, before=None, occ=None):
    """An omission: zero-width, placed right after `after` or right before
    `before` (a unique candidate substring unless occ is given)."""
    return {"kind": "omission", "type": "omission", "severity": severity,
            "ref_text": ref, "after": after, "before": before, "occ": occ}


def T(text, ref, occ=None):
    """A trap: faithful rewording that must not be flagged."""
    return {"text": text, "ref_text": ref, "occ": occ}


def C(domain, mode, reference, candidate, errors=(), traps=()):
    return {"domain": domain, "mode": mode, "reference": reference,
            "candidate": candidate, "errors": list(errors),
            "traps": list(traps)}


# ---------------------------------------------------------------- the cases

CASES = [

# ======================================================= REWRITE, consistent

C("courts", "rewrite",
  "The High Court in Valdmere on Thursday overturned the conviction of Tomas "
  "Kerrigan, a 54-year-old haulage contractor jailed in 2021 for defrauding a "
  "regional fuel supplier. Justice Imelda Harcastle ruled that the trial judge "
  "had wrongly admitted evidence obtained without a valid warrant. Kerrigan, "
  "who has served 19 months of a four-year sentence, is expected to be "
  "released within days. Prosecutors said they would study the judgment before "
  "deciding whether to seek a retrial. The case had drawn attention after a "
  "local newspaper, the Valdmere Herald, revealed in 2023 that police had "
  "searched Kerrigan's office a day before the warrant was issued. The "
  "supplier, Northgate Fuels, declined "
  "to comment. Kerrigan's lawyer, Ruth Ambrose, described the ruling as a "
  "vindication of her client's long fight to clear his name.",
  "On Thursday, Valdmere's High Court quashed the conviction of Tomas "
  "Kerrigan, 54, a haulage contractor who was jailed in 2021 for defrauding a "
  "regional fuel supplier. According to Justice Imelda Harcastle, the trial "
  "judge had been wrong to admit evidence gathered without a valid warrant. "
  "Kerrigan has served 19 months of his four-year term and is expected to walk "
  "free within days. Prosecutors will study the judgment before they decide "
  "whether to pursue a retrial, they said. The case attracted attention in "
  "2023, when the Valdmere Herald, a local paper, reported that police had "
  "gone through Kerrigan's office the day before the warrant was issued. "
  "Northgate Fuels, the supplier, "
  "declined to comment. Ruth Ambrose, who represents Kerrigan, called the "
  "ruling a vindication of her client's long fight to clear his name.",
  traps=[
      T("quashed the conviction", "overturned the conviction"),
      T("Tomas Kerrigan, 54", "Tomas Kerrigan, a 54-year-old"),
      T("his four-year term", "a four-year sentence"),
      T("walk free within days", "released within days"),
      T("Ruth Ambrose, who represents Kerrigan",
        "Kerrigan's lawyer, Ruth Ambrose"),
  ]),

C("science", "rewrite",
  "Researchers at the Orlen Institute of Marine Biology have identified a "
  "species of deep-sea snail that builds its shell partly from iron sulphide. "
  "The team, led by marine geochemist Priya Falconer, collected 37 specimens "
  "from hydrothermal vents about 2,400 metres below the surface of the "
  "southern Lysandra Trench. Laboratory analysis showed that the outer layer "
  "of each shell contained roughly 40 per cent iron. Falconer said the "
  "discovery could help engineers design lighter protective materials. The "
  "findings were published on Monday in the journal Abyssal Ecology. The "
  "researchers plan to return to the trench next spring to study how the "
  "snails obtain the metal.",
  "A species of deep-sea snail whose shell is made partly of iron sulphide "
  "has been "
  "identified by scientists at the Orlen Institute of Marine Biology. Led by "
  "the marine geochemist Priya Falconer, the team gathered 37 specimens from "
  "hydrothermal vents roughly 2.4 kilometres down in the southern Lysandra "
  "Trench. In the laboratory, the outer layer of every shell turned out to be "
  "about two-fifths iron. The discovery could help engineers come up with "
  "lighter protective materials, Falconer said. Abyssal Ecology published the "
  "findings on Monday. Next spring the researchers intend to go back to the "
  "trench and investigate how the snails acquire the metal.",
  traps=[
      T("has been identified by scientists at the Orlen Institute",
        "Researchers at the Orlen Institute of Marine Biology have identified"),
      T("roughly 2.4 kilometres down", "about 2,400 metres below the surface"),
      T("about two-fifths iron", "roughly 40 per cent iron"),
      T("Abyssal Ecology published the findings on Monday",
        "The findings were published on Monday in the journal Abyssal Ecology"),
      T("Next spring the researchers intend to go back to the trench",
        "The researchers plan to return to the trench next spring"),
  ]),

C("weather", "rewrite",
  "Forecasters at the Kestrel Bay Meteorological Office have issued an amber "
  "warning for heavy snow across the northern uplands from 6 pm on Friday "
  "until noon on Sunday. Up to 25 centimetres of snow could fall on high "
  "ground, with drifts in exposed areas. Lower-lying towns such as Harrowfield "
  "and Dunmoor are likely to see a mix of sleet and rain. Chief forecaster "
  "Anders Lindqvist urged drivers to avoid unnecessary journeys over the "
  "Greystone Pass. The warning follows a week in which overnight temperatures "
  "dropped to minus 11 degrees Celsius. Temperatures are expected to rise "
  "early next week.",
  "An amber warning for heavy snow over the northern uplands has been put in "
  "place by the Kestrel Bay Meteorological Office, running from Friday at 6 pm "
  "to midday on Sunday. High ground could get as much as 25 cm of snow, and "
  "exposed areas may see drifting. Towns at lower altitude, including "
  "Harrowfield and Dunmoor, will probably get a mixture of sleet and rain. "
  "Anders Lindqvist, the office's chief forecaster, asked drivers not to make "
  "unnecessary journeys over the Greystone Pass. The alert comes after a week "
  "of overnight lows as cold as minus 11C. Early next week, temperatures "
  "should climb.",
  traps=[
      T("from Friday at 6 pm to midday on Sunday",
        "from 6 pm on Friday until noon on Sunday"),
      T("as much as 25 cm", "Up to 25 centimetres"),
      T("will probably get", "are likely to see"),
      T("asked drivers not to make unnecessary journeys",
        "urged drivers to avoid unnecessary journeys"),
      T("minus 11C", "minus 11 degrees Celsius"),
  ]),

C("transport", "rewrite",
  "The regional rail operator Coastline Link will add 14 new trains to its "
  "Eastvale network by the end of next year, the company announced on "
  "Wednesday. The trains, built by the manufacturer Brandt Mobility, will each "
  "carry up to 620 passengers, about a third more than the models they "
  "replace. Chief executive Sunniva Okafor said the order was worth 310 "
  "million euros. Services between Eastvale and the port town of Saltmere "
  "will be the first to benefit. Passenger groups welcomed the announcement "
  "but said fares should not rise to pay for it.",
  "Coastline Link, which runs regional rail services, said on Wednesday that "
  "14 new trains would join its Eastvale network before the end of next year. "
  "Built by Brandt Mobility, each train will hold as many as 620 passengers, "
  "roughly 33 per cent more than the stock being replaced. The order is worth "
  "€310 million, according to chief executive Sunniva Okafor. The first "
  "services to benefit will be those linking Eastvale with Saltmere, a port "
  "town. While passenger groups welcomed the news, they said it should not be "
  "paid for with higher fares.",
  traps=[
      T("Coastline Link, which runs regional rail services",
        "The regional rail operator Coastline Link"),
      T("as many as 620 passengers", "up to 620 passengers"),
      T("roughly 33 per cent more", "about a third more"),
      T("€310 million", "310 million euros"),
      T("it should not be paid for with higher fares",
        "fares should not rise to pay for it"),
  ]),

C("labour", "rewrite",
  "Workers at the Halvorsen paper mill in Stennick voted on Tuesday to accept "
  "a two-year pay deal, ending a dispute that had lasted since February. The "
  "agreement gives staff a 4.5 per cent rise this year and a further 3 per "
  "cent next year. It was backed by 71 per cent of the 830 members of the "
  "Allied Print and Paper Union who took part in the ballot. Union organiser "
  "Kwame Delacroix said the result showed members wanted to move on. "
  "Management had originally offered 2 per cent. Three planned strike days in "
  "April have now been called off.",
  "Ending a dispute that began in February, staff at the Halvorsen paper mill "
  "in Stennick voted on Tuesday in favour of a two-year pay deal. Under the "
  "agreement, pay rises by 4.5 per cent this year and by another 3 per cent "
  "next year. Of the 830 Allied Print and Paper Union members who cast "
  "ballots, 71 per cent supported it. According to union organiser Kwame "
  "Delacroix, the result showed that members wanted to move on. The original "
  "offer from management was 2 per cent. Three strike days that had been "
  "planned for April have been cancelled.",
  traps=[
      T("Ending a dispute that began in February",
        "ending a dispute that had lasted since February"),
      T("voted on Tuesday in favour of", "voted on Tuesday to accept"),
      T("Of the 830 Allied Print and Paper Union members who cast ballots, "
        "71 per cent supported it",
        "It was backed by 71 per cent of the 830 members of the Allied Print "
        "and Paper Union who took part in the ballot"),
      T("The original offer from management was 2 per cent",
        "Management had originally offered 2 per cent"),
      T("have been cancelled", "have now been called off"),
  ]),

C("media", "rewrite",
  "The public broadcaster Radio Vestra will close two of its five regional "
  "newsrooms by September, its director general Marguerite Oyelaran told "
  "staff on Monday. The newsrooms in Pellham and Cradock Falls will merge with "
  "the main office in the capital. About 45 jobs will go, although the "
  "broadcaster said it hoped most of them could be cut through voluntary "
  "redundancy. The move is part of a plan to save 18 million crowns over three "
  "years after the government froze the licence fee. The journalists' union "
  "said it would consult members on possible industrial action.",
  "Radio Vestra, the public broadcaster, is to shut two of its five regional "
  "newsrooms by September, director general Marguerite Oyelaran told "
  "employees on Monday. Its Pellham and Cradock Falls newsrooms will be folded "
  "into the main office in the capital. Some 45 posts will be lost, though the "
  "broadcaster said it hoped to achieve most of the cuts through voluntary "
  "redundancy. The government has frozen the licence fee, and the closures "
  "form part of a plan to save 18 million crowns over three years. The "
  "journalists' union said it would consult its members about possible "
  "industrial action.",
  traps=[
      T("is to shut", "will close"),
      T("will be folded into the main office", "will merge with the main office"),
      T("Some 45 posts will be lost", "About 45 jobs will go"),
      T("The government has frozen the licence fee",
        "after the government froze the licence fee"),
  ]),

# ===================================================== REWRITE, inconsistent

C("business", "rewrite",
  "Fenwick Brewing, the country's third-largest beer maker, reported a 12 per "
  "cent rise in annual profit on Tuesday, helped by strong sales of its "
  "alcohol-free range. Pre-tax profit reached 86 million pounds in the year to "
  "March, up from 77 million pounds a year earlier. Revenue grew more slowly, "
  "by 4 per cent, to 640 million pounds. Chief executive Leonie Graveney said "
  "the company would open a second bottling plant near Thornacre in 2026, "
  "creating about 150 jobs. Shares in the company rose 3 per cent in early "
  "trading.",
  "Fenwick Brewing, the third-biggest beer maker in the country, said on "
  "Tuesday that its annual profit had risen by 12 per cent, thanks to strong "
  "sales of its alcohol-free range. In the year to March it made a pre-tax "
  "profit of £86 million, compared with £67 million the year before. Revenue "
  "rose at a slower 4 per cent, reaching £640 million. A second bottling plant "
  "will open near Thornacre in 2026, chief executive Leonie Graveney said. "
  "Shares in the company gained 3 per cent in early trading.",
  errors=[
      E("£67 million", "number", "major", "77 million pounds"),
      O("creating about 150 jobs", "major", after="near Thornacre in 2026"),
  ],
  traps=[
      T("the third-biggest beer maker in the country",
        "the country's third-largest beer maker"),
      T("£86 million", "86 million pounds"),
      T("Revenue rose at a slower 4 per cent",
        "Revenue grew more slowly, by 4 per cent"),
      T("gained 3 per cent", "rose 3 per cent"),
  ]),

C("sport", "rewrite",
  "Ravensholm United beat Brisworth Athletic 2-1 on Saturday to move into "
  "second place in the league, five points behind the leaders Stanholt. "
  "Brisworth took the lead after 14 minutes when Mateo Grunwald headed in a "
  "cross from Lukas Benning. United's equaliser came shortly before "
  "half-time, when Dario Fenn scored from the penalty spot. Substitute Olly "
  "Tranter won the match with a low shot in the 88th minute. Brisworth, who "
  "have now lost four games in a row, remain in 17th place. United manager "
  "Beatrix Solano said her side had shown great character.",
  "A 2-1 win over Brisworth Athletic on Saturday lifted Ravensholm United to "
  "second in the league, five points adrift of leaders Stanholt. Brisworth "
  "went ahead after 14 minutes, Lukas Benning heading home a cross from Mateo "
  "Grunwald. Just before the interval, Dario Fenn levelled for United from "
  "the penalty spot. Substitute Olly Tranter then won it with a low shot two "
  "minutes from time. Brisworth, beaten in each of their last four games, "
  "stay 17th. United manager Beatrix Solano said her side had shown great "
  "character.",
  errors=[
      E("Lukas Benning heading home a cross from Mateo Grunwald", "role",
        "major", "Mateo Grunwald headed in a cross from Lukas Benning"),
  ],
  traps=[
      T("lifted Ravensholm United to second in the league",
        "to move into second place in the league"),
      T("five points adrift of leaders Stanholt",
        "five points behind the leaders Stanholt"),
      T("Just before the interval", "shortly before half-time"),
      T("two minutes from time", "in the 88th minute"),
  ]),

C("health", "rewrite",
  "A clinical trial of a new asthma inhaler developed by Corvane Therapeutics "
  "has found that it reduced severe attacks by 38 per cent compared with "
  "standard treatment. The study followed 1,150 adults in nine countries for "
  "a year. Side effects were mild and did not differ significantly between "
  "the two groups. Lead investigator Samira Holloway of Brackwell University "
  "said the results were encouraging but that the inhaler had not been tested "
  "in children. The company plans to apply for approval in Europe later this "
  "year.",
  "Severe asthma attacks fell by 38 per cent among patients using a new "
  "inhaler from Corvane Therapeutics, compared with those on standard "
  "treatment, a clinical trial has found. The study tracked 1,150 adults "
  "across nine countries over twelve months. Side effects, which were mild, "
  "differed significantly between the two groups. Samira Holloway of "
  "Brackwell University, who led the study, called the results encouraging, "
  "but noted that the inhaler had not been tested in children. The company "
  "plans to apply for approval in Europe later this year, having tracked "
  "1,150 adults across nine countries over twelve months.",
  errors=[
      E("differed significantly", "polarity", "critical",
        "did not differ significantly"),
      E("tracked 1,150 adults across nine countries over twelve months",
        "repetition", "minor", None, occ=1),
  ],
  traps=[
      T("Severe asthma attacks fell by 38 per cent",
        "reduced severe attacks by 38 per cent"),
      T("over twelve months", "for a year", occ=0),
      T("who led the study", "Lead investigator"),
      T("called the results encouraging", "said the results were encouraging"),
  ]),

C("elections", "rewrite",
  "Voters in the province of Austmark will choose a new regional assembly on "
  "14 June, two months earlier than planned, after the governing coalition "
  "collapsed last week. Premier Halvard Ekwueme announced the date on "
  "Saturday following a meeting with the provincial governor. The coalition "
  "broke apart when the Green Farmers' Party withdrew over a dispute about "
  "water charges. Opinion polls suggest that no party is likely to win an "
  "outright majority in the 61-seat assembly. Campaigning will officially "
  "begin on 15 May.",
  "The collapse of Austmark's governing coalition last week means the "
  "province will elect a new regional assembly on 14 June, two months ahead "
  "of schedule. Premier Halvard Ekwueme set the date on Saturday after meeting "
  "the provincial governor. The Green Farmers' Party pulled out of the "
  "coalition in a row over water charges, bringing it down. According to "
  "opinion polls, an outright majority in the 61-seat assembly looks beyond "
  "the reach of any party. The official campaign starts on 15 April.",
  errors=[
      E("15 April", "date", "major", "15 May"),
  ],
  traps=[
      T("two months ahead of schedule", "two months earlier than planned"),
      T("set the date on Saturday after meeting the provincial governor",
        "announced the date on Saturday following a meeting with the "
        "provincial governor"),
      T("The Green Farmers' Party pulled out of the coalition in a row over "
        "water charges",
        "the Green Farmers' Party withdrew over a dispute about water charges"),
      T("an outright majority in the 61-seat assembly looks beyond the reach "
        "of any party",
        "no party is likely to win an outright majority in the 61-seat "
        "assembly"),
  ]),

C("technology", "rewrite",
  "The software company Tallis Systems has admitted that a flaw in its "
  "payroll platform exposed the bank details of about 48,000 employees at "
  "client firms. Tallis, which is based in Corrington, supplies payroll "
  "software to around 2,300 businesses. The company said the problem was "
  "discovered by an outside "
  "security researcher on 3 October and fixed within 36 hours. It has found "
  "no evidence that the data was misused. The national data protection "
  "office said it had opened an inquiry. Tallis chief technology officer "
  "Ingrid Moyo apologised to customers and said all affected staff would be "
  "offered free credit monitoring for two years.",
  "Tallis Systems, a software firm, has acknowledged that bank details "
  "belonging to roughly 48,000 employees of its client companies were exposed "
  "by a flaw in its payroll platform. Based in Corrington, Tallis provides "
  "payroll software to some 2,300 businesses. An outside security researcher "
  "found "
  "the problem on 3 October, and it was fixed within a day and a half, the "
  "company said. The national data protection office said it had found no "
  "evidence that the data was misused and that it had opened an inquiry. "
  "Ingrid Moyo, Tallis's chief technology officer, apologised to customers "
  "and said every affected employee would get two years of free credit "
  "monitoring, at a cost to the company of about 2 million euros.",
  errors=[
      E("The national data protection office said it had found no evidence",
        "attribution", "major",
        "It has found no evidence that the data was misused"),
      E("at a cost to the company of about 2 million euros", "addition",
        "major", None),
  ],
  traps=[
      T("has acknowledged", "has admitted"),
      T("roughly 48,000 employees of its client companies",
        "about 48,000 employees at client firms"),
      T("within a day and a half", "within 36 hours"),
      T("two years of free credit monitoring",
        "free credit monitoring for two years"),
  ]),

C("energy", "rewrite",
  "The grid operator Nordvolt Transmission may have to delay the connection "
  "of three offshore wind farms by up to two years because of a shortage of "
  "high-voltage cables, its chief executive warned on Thursday. Carl-Johan "
  "Mbeki said global demand had pushed cable delivery times to more than four "
  "years. The three projects, off the coast of Fennholm, would together "
  "supply power to around 900,000 homes. The company is in talks with two "
  "manufacturers about reserving production capacity. The energy ministry "
  "said it was monitoring the situation closely.",
  "Three offshore wind farms will have their grid connections delayed by as "
  "much as two years because high-voltage cables are in short supply, the "
  "chief executive of grid operator Nordvolt Transmission warned on Thursday. "
  "According to Carl-Johan Mbeki, worldwide demand has stretched delivery "
  "times for cables beyond four years. Together, the three projects off the "
  "Fennholm coast would provide electricity for some 900,000 homes. Nordvolt "
  "is negotiating with two manufacturers to reserve production capacity. The "
  "energy ministry said it was keeping a close eye on the situation.",
  errors=[
      E("will have their grid connections delayed", "modality", "major",
        "may have to delay the connection"),
  ],
  traps=[
      T("by as much as two years", "by up to two years"),
      T("stretched delivery times for cables beyond four years",
        "pushed cable delivery times to more than four years"),
      T("some 900,000 homes", "around 900,000 homes"),
      T("keeping a close eye on the situation",
        "monitoring the situation closely"),
  ]),

C("agriculture", "rewrite",
  "Farmers in the Wendle Vale have harvested their smallest wheat crop in "
  "more than a decade after a wet spring delayed sowing across the region. "
  "The regional farmers' association estimates that yields fell to 6.1 "
  "tonnes per hectare, compared with an average of 7.8 tonnes over the past "
  "five years. Association chair Gwendolyn Achterberg said many growers had "
  "switched part of their land to barley, which copes better with late "
  "planting. Grain merchants expect local flour prices to rise in the autumn. "
  "The association has asked the agriculture ministry for low-interest loans "
  "to help affected farms.",
  "The wheat harvest in the Wendle Vale is the smallest in over ten years, "
  "after a wet spring held up sowing throughout the region. Yields dropped to "
  "6.1 tonnes per hectare, the regional farmers' association estimates, "
  "against a five-year average of 7.8 tonnes. Association chair Gwendolyn "
  "Achterberg said many growers had switched part of their land to barley. "
  "Grain merchants expect local flour prices to rise in the autumn. The "
  "association has secured low-interest loans from the agriculture ministry "
  "to help affected farms.",
  errors=[
      O("which copes better with late planting", "minor",
        after="switched part of their land to barley"),
      E("has secured low-interest loans from the agriculture ministry",
        "event", "major",
        "has asked the agriculture ministry for low-interest loans"),
  ],
  traps=[
      T("the smallest in over ten years",
        "smallest wheat crop in more than a decade"),
      T("held up sowing throughout the region",
        "delayed sowing across the region"),
      T("against a five-year average of 7.8 tonnes",
        "compared with an average of 7.8 tonnes over the past five years"),
  ]),

C("crime", "rewrite",
  "Police in the port city of Calvergate have arrested four men in connection "
  "with the theft of 212 bicycles from a warehouse in the Tanner's Quay "
  "district. The bikes, worth an estimated 190,000 dollars, were taken over a "
  "single weekend in late August. Detective Inspector Rosalind Achebe said "
  "officers had recovered about half of them from a lock-up garage in "
  "neighbouring Fairhollow. The suspects, aged between 23 and 41, have been "
  "released on bail pending further inquiries. Police have appealed for "
  "anyone offered cheap bicycles online to contact them.",
  "Four men have been arrested by police in Calvergate, a port city, over the "
  "theft of 221 bicycles from a warehouse in the Tanner's Quay district. The "
  "bikes, thought to be worth around $190,000, disappeared during one weekend "
  "at the end of August. Detective Inspector Rosalind Achebe said roughly half "
  "had been recovered from a lock-up garage in neighbouring Tanner's Quay. The "
  "suspects, who are aged 23 to 41, have been bailed while inquiries "
  "continue. Anyone offered cheap bicycles online has been asked to contact "
  "police.",
  errors=[
      E("221 bicycles", "number", "major", "212 bicycles"),
      E("Tanner's Quay", "entity", "major", "Fairhollow", occ=1),
  ],
  traps=[
      T("Four men have been arrested by police in Calvergate",
        "Police in the port city of Calvergate have arrested four men"),
      T("around $190,000", "an estimated 190,000 dollars"),
      T("at the end of August", "in late August"),
      T("have been bailed while inquiries continue",
        "have been released on bail pending further inquiries"),
  ]),

C("housing", "rewrite",
  "The city council of Merrowby has approved plans for 420 new homes on the "
  "site of a former bus depot in the Copperfold area. Just over a third of "
  "the homes, 150 in total, will be offered at below-market rents to key "
  "workers such as nurses and teachers. The developer, Harlan Crest Homes, "
  "expects building to begin next spring and the first residents to move in "
  "by late 2027. Councillor Yusuf Brennan, who chairs the planning committee, "
  "said the scheme would ease pressure on the city's housing waiting list. "
  "Some residents objected to the height of two planned tower blocks.",
  "Plans for 420 new homes on a former bus depot site in Copperfold have been "
  "given the go-ahead by Merrowby city council. Of these, 150 – slightly more "
  "than a third – will be let at below-market rents to key workers such as "
  "nurses and teachers. Harlan Crest Homes, the developer, expects work to "
  "start next spring, with the first residents moving in by late 2027. The "
  "chair of the planning committee, Councillor Yusuf Brennan, said the scheme "
  "would ease pressure on the city's housing waiting list. Some residents "
  "objected to the height of two planned tower blocks. Harlan Crest Homes "
  "expects work to start next spring, with the first residents moving in by "
  "late 2027.",
  errors=[
      E("expects work to start next spring, with the first residents moving "
        "in by late 2027", "repetition", "minor", None, occ=1),
  ],
  traps=[
      T("have been given the go-ahead by Merrowby city council",
        "The city council of Merrowby has approved plans"),
      T("150 – slightly more than a third",
        "Just over a third of the homes, 150 in total"),
      T("will be let at below-market rents",
        "will be offered at below-market rents"),
      T("The chair of the planning committee, Councillor Yusuf Brennan",
        "Councillor Yusuf Brennan, who chairs the planning committee"),
  ]),

C("diplomacy", "rewrite",
  "The foreign ministers of Kestravia and Olmland met in the neutral city of "
  "Brenzau on Monday for the first formal talks between the two countries in "
  "six years. Kestravia's Anneliese Murekatete invited her Olmish "
  "counterpart, Dmitri Valcourt, to visit the Kestravian capital before the "
  "end of the year. The two sides agreed to reopen a border crossing at "
  "Sarnow that has been closed since 2019. They also set up a joint "
  "commission on fishing rights, which will hold its first meeting in March. "
  "Neither minister took questions from reporters after the talks.",
  "On Monday, in the neutral city of Brenzau, the foreign ministers of "
  "Kestravia and Olmland held their countries' first formal talks for six "
  "years. Dmitri Valcourt of Olmland invited his Kestravian counterpart, "
  "Anneliese Murekatete, to visit the Olmish capital before the year is out. "
  "They agreed that the Sarnow border crossing, shut since 2017, would "
  "reopen. A joint commission on fishing rights was also established and will "
  "meet for the first time in March. Neither minister answered reporters' "
  "questions after the talks.",
  errors=[
      E("Dmitri Valcourt of Olmland invited his Kestravian counterpart, "
        "Anneliese Murekatete", "role", "critical",
        "Anneliese Murekatete invited her Olmish counterpart, Dmitri Valcourt"),
      E("shut since 2017", "date", "major", "closed since 2019"),
  ],
  traps=[
      T("first formal talks for six years",
        "first formal talks between the two countries in six years"),
      T("before the year is out", "before the end of the year"),
      T("A joint commission on fishing rights was also established",
        "They also set up a joint commission on fishing rights"),
      T("answered reporters' questions", "took questions from reporters"),
  ]),

# ======================================================= SUMMARY, consistent

C("elections", "summary",
  "The mayor of Sorvik, Oskar Teodorescu, has won a third term after taking "
  "54 per cent of the vote in Sunday's municipal election. His nearest rival, "
  "Freya Nakashima of the Civic Renewal list, finished with 31 per cent. "
  "Turnout was 48 per cent, down from 57 per cent four years ago. "
  "Teodorescu, 63, campaigned on extending the tram network and freezing "
  "local property taxes. Nakashima conceded defeat shortly after midnight and "
  "congratulated the mayor. The new city council, in which Teodorescu's "
  "allies hold 27 of the 45 seats, will be sworn in on 2 December.",
  "Sorvik mayor Oskar Teodorescu secured a third term with 54% of Sunday's "
  "vote, well ahead of Freya Nakashima on 31%, who conceded soon after "
  "midnight. Turnout fell nine points to 48%. His allies hold 27 seats on the "
  "45-member council, which takes office on 2 December.",
  traps=[
      T("secured a third term", "has won a third term"),
      T("54% of Sunday's vote",
        "54 per cent of the vote in Sunday's municipal election"),
      T("conceded soon after midnight",
        "conceded defeat shortly after midnight"),
      T("Turnout fell nine points to 48%",
        "Turnout was 48 per cent, down from 57 per cent four years ago"),
      T("takes office on 2 December", "will be sworn in on 2 December"),
  ]),

C("education", "summary",
  "The education ministry of Valtoria will hire 2,500 additional primary "
  "school teachers over the next three years to reduce class sizes, minister "
  "Eleonora Castellanos announced on Tuesday. The average primary class "
  "currently has 29 pupils, and the government aims to bring that down to 24 "
  "by 2028. The plan will cost an estimated 410 million euros over the "
  "period. Teachers' unions welcomed the move but warned that schools in "
  "rural areas already struggle to fill vacancies. The ministry said it would "
  "offer housing allowances to teachers who take posts in remote districts.",
  "Valtoria plans to recruit 2,500 more primary teachers within three years, "
  "aiming to cut average class sizes from 29 to 24 pupils by 2028 at a cost "
  "of about €410 million. Unions backed the plan but noted that rural schools "
  "already find it hard to fill posts, and the ministry will offer housing "
  "allowances for remote postings.",
  traps=[
      T("recruit 2,500 more primary teachers within three years",
        "hire 2,500 additional primary school teachers over the next three "
        "years"),
      T("from 29 to 24 pupils by 2028",
        "The average primary class currently has 29 pupils, and the "
        "government aims to bring that down to 24 by 2028"),
      T("about €410 million", "an estimated 410 million euros"),
      T("Unions backed the plan", "Teachers' unions welcomed the move"),
  ]),

C("space", "summary",
  "The Meridian Space Agency successfully launched its first lunar orbiter, "
  "Selene-Vaya, from the Kaito Point spaceport at 04:12 local time on "
  "Wednesday. The 1,400-kilogram spacecraft is expected to reach lunar orbit "
  "in about 25 days after a series of engine burns. Over two years it will "
  "map water ice near the Moon's south pole using a radar instrument built by "
  "the Tennant Optics company. Mission director Halima Okonjo-Reyes said the "
  "launch had gone exactly to plan. The agency's budget for the mission is "
  "640 million dollars. Selene-Vaya also carries a small camera designed by "
  "students at the Ilvarra Technical College, which will photograph the far "
  "side of the Moon. The launch, watched by around 3,000 spectators at the "
  "spaceport, was the agency's eleventh this year. A lander is planned for "
  "2029.",
  "Selene-Vaya, the Meridian Space Agency's first lunar orbiter, lifted off "
  "from Kaito Point early on Wednesday in what mission director Halima "
  "Okonjo-Reyes called a textbook launch. The 1.4-tonne craft should enter "
  "lunar orbit in roughly 25 days and will spend two years mapping water ice "
  "near the lunar south pole with a Tennant Optics radar.",
  traps=[
      T("lifted off from Kaito Point early on Wednesday",
        "from the Kaito Point spaceport at 04:12 local time on Wednesday"),
      T("called a textbook launch", "said the launch had gone exactly to plan"),
      T("The 1.4-tonne craft", "The 1,400-kilogram spacecraft"),
      T("should enter lunar orbit in roughly 25 days",
        "is expected to reach lunar orbit in about 25 days"),
  ]),

C("tourism", "summary",
  "Visitor numbers to the island of Corsena reached a record 3.2 million last "
  "year, the island's tourism board said on Friday. Arrivals rose by 11 per "
  "cent compared with the previous year, driven mainly by new direct flights "
  "from northern Europe. Spending by visitors grew to 2.7 billion euros. "
  "However, the board warned that the island's most popular beaches were "
  "becoming overcrowded in July and August. From next summer, daily visitor "
  "numbers at the Cala Verdina nature reserve will be capped at 1,500. "
  "Tourism director Benedikt Szabo said the aim was to spread visits more "
  "evenly across the year.",
  "Corsena welcomed an all-time high of 3.2 million visitors last year, up "
  "11%, largely thanks to new direct flights from northern Europe, and they "
  "spent €2.7 billion. The tourism board warned that top beaches get "
  "overcrowded in high summer. From next summer the Cala Verdina nature "
  "reserve will admit at most 1,500 visitors a day, a cap that tourism "
  "director Benedikt Szabo said was aimed at spreading visits more evenly.",
  traps=[
      T("an all-time high of 3.2 million visitors", "a record 3.2 million"),
      T("up 11%", "rose by 11 per cent"),
      T("€2.7 billion", "2.7 billion euros"),
      T("in high summer", "in July and August"),
      T("will admit at most 1,500 visitors a day", "will be capped at 1,500"),
  ]),

C("culture", "summary",
  "The Halloran Museum of Art in Kellsbury will reopen on 9 May after a "
  "three-year renovation costing 58 million pounds. The work has added a new "
  "wing designed by the architect Marisol Vantongeren, increasing the "
  "exhibition space by 40 per cent. The opening show will feature more than "
  "200 works by the landscape painter Evander Crowe, many of which have never "
  "been displayed in public. Entry to the permanent collection will remain "
  "free. Museum director Jonah Abernethy said he hoped to attract 600,000 "
  "visitors in the first year, double the number before the closure.",
  "After three years and £58 million of renovation, Kellsbury's Halloran "
  "Museum of Art reopens on 9 May with a new Marisol Vantongeren-designed "
  "wing that expands exhibition space by two-fifths. It opens with over 200 "
  "works by landscape painter Evander Crowe, many never before seen publicly, "
  "and director Jonah Abernethy hopes for 600,000 visitors in year one, twice "
  "the pre-closure figure.",
  traps=[
      T("After three years and £58 million of renovation",
        "after a three-year renovation costing 58 million pounds"),
      T("a new Marisol Vantongeren-designed wing",
        "a new wing designed by the architect Marisol Vantongeren"),
      T("by two-fifths", "by 40 per cent"),
      T("many never before seen publicly",
        "many of which have never been displayed in public"),
      T("twice the pre-closure figure", "double the number before the closure"),
  ]),

# ===================================================== SUMMARY, inconsistent

C("weather", "summary",
  "A storm that swept across the coastal province of Corrimoor overnight "
  "brought wind gusts of up to 142 kilometres per hour and left around 65,000 "
  "homes without electricity, the regional emergency service said on Sunday. "
  "Two people were injured by falling trees in the town of Orvane. More than "
  "80 flights were cancelled at Port Amarel airport. Emergency crews cleared "
  "fallen trees from more than 40 roads, and the coastal railway between "
  "Orvane and Grenlow Head remained closed on Sunday afternoon because of "
  "debris on the line. Schools in the worst-affected districts will stay shut "
  "on Monday. Power company Lumen Grid "
  "said it expected to reconnect most customers by Monday evening. The "
  "national weather service has lifted its red warning but says strong winds "
  "will continue until Tuesday.",
  "An overnight storm lashed Corrimoor with gusts reaching 142 km/h, cutting "
  "power to some 56,000 homes and injuring two people in Orvane. Over 80 "
  "flights were cancelled at Port Amarel. Lumen Grid expects to restore "
  "supply to most customers by Monday evening, though strong winds are "
  "forecast to last until Tuesday.",
  errors=[
      E("56,000 homes", "number", "major", "65,000 homes"),
  ],
  traps=[
      T("gusts reaching 142 km/h",
        "wind gusts of up to 142 kilometres per hour"),
      T("injuring two people in Orvane",
        "Two people were injured by falling trees in the town of Orvane"),
      T("Over 80 flights", "More than 80 flights"),
      T("expects to restore supply to most customers",
        "expected to reconnect most customers"),
  ]),

C("science", "summary",
  "A study of 40 lakes in the Halden Highlands has found that their average "
  "surface temperature rose by 1.8 degrees Celsius between 1985 and 2023. The "
  "research, carried out by limnologists at Drumhallow University, was "
  "published on Thursday in the journal Freshwater Systems. Lead author "
  "Tobias Wainwright said warmer water was allowing algal blooms to appear "
  "earlier in the year. A separate report from the national environment "
  "agency warned that cold-water fish such as char could disappear from some "
  "of the lakes within 30 years. The university team now plans to install "
  "temperature sensors in a further 25 lakes.",
  "Drumhallow University limnologists have found that the average surface "
  "temperature of 40 Halden Highlands lakes climbed 1.8C between 1985 and "
  "2023, which lead author Tobias Wainwright says is letting algal blooms "
  "appear earlier in the year. The researchers warn that char and other "
  "cold-water fish could vanish from some lakes within 30 years, and they "
  "will now put sensors in 25 more lakes.",
  errors=[
      E("The researchers warn", "attribution", "major",
        "A separate report from the national environment agency warned"),
  ],
  traps=[
      T("climbed 1.8C", "rose by 1.8 degrees Celsius"),
      T("char and other cold-water fish", "cold-water fish such as char"),
      T("put sensors in 25 more lakes",
        "install temperature sensors in a further 25 lakes"),
  ]),

C("courts", "summary",
  "A court in Pardova has ordered the construction company Vexhall Group to "
  "pay 3.4 million euros in compensation to residents of an apartment block "
  "that was evacuated after cracks appeared in its walls. Judge Cornelius "
  "Abara found that the company had ignored warnings from its own engineers "
  "about the building's foundations. The 96 households were moved out in "
  "January 2022 and have not yet been allowed to return. Vexhall said it was "
  "considering an appeal. City officials said the block might have to be "
  "demolished, but no decision would be taken until a structural survey is "
  "completed in the spring.",
  "Vexhall Group must pay €3.4 million to residents of a Pardova apartment "
  "block evacuated over cracked walls, after Judge Cornelius Abara found the "
  "builder had ignored warnings from municipal inspectors about the "
  "foundations. The 96 households, out since January 2022, still cannot "
  "return. City officials said the block will have to be demolished once a "
  "structural survey is finished in the spring. Vexhall is weighing an "
  "appeal.",
  errors=[
      E("municipal inspectors", "entity", "major", "its own engineers"),
      E("will have to be demolished", "modality", "major",
        "might have to be demolished"),
  ],
  traps=[
      T("must pay €3.4 million", "pay 3.4 million euros in compensation"),
      T("out since January 2022", "moved out in January 2022"),
      T("still cannot return", "have not yet been allowed to return"),
      T("is weighing an appeal", "was considering an appeal"),
  ]),

C("labour", "summary",
  "Cabin crew at the airline Skyreach Nordic will stage a 48-hour strike "
  "starting on 22 July, their union announced on Monday, after talks over pay "
  "and rest periods broke down. The Flight Attendants' Federation said 89 per "
  "cent of members who voted had backed the action. The airline, which "
  "employs about 1,900 cabin crew, said it would try to operate a reduced "
  "schedule and offer rebooking to affected passengers. Federation "
  "spokesperson Lina Kowalczyk said crews were working longer shifts than at "
  "any time in the company's history. The airline's chief operating officer, "
  "Piet Vermeulen, called the strike unnecessary. The last strike at the "
  "airline, in 2019, grounded more than 300 flights over three days. "
  "Negotiators for both sides are due to meet again on Thursday under the "
  "supervision of a state mediator.",
  "Skyreach Nordic cabin crew will walk out for two days from 22 July after "
  "pay and rest-period talks collapsed, with 89% of voting Flight Attendants' "
  "Federation members in favour. The airline, with around 1,900 cabin crew, "
  "has cancelled its entire schedule for the period and will offer "
  "rebooking; its chief operating officer called the action unnecessary.",
  errors=[
      E("has cancelled its entire schedule for the period", "event", "major",
        "would try to operate a reduced schedule"),
  ],
  traps=[
      T("walk out for two days", "stage a 48-hour strike"),
      T("pay and rest-period talks collapsed",
        "talks over pay and rest periods broke down"),
      T("with 89% of voting Flight Attendants' Federation members in favour",
        "89 per cent of members who voted had backed the action"),
      T("around 1,900 cabin crew", "about 1,900 cabin crew"),
  ]),

C("media", "summary",
  "The daily newspaper Aldmoor Courier will stop printing on weekdays from 1 "
  "March and publish only a Saturday print edition, its owner Brightwater "
  "Media said on Wednesday. Print circulation has fallen from 120,000 copies "
  "a decade ago to about 34,000 today, while digital subscriptions have grown "
  "to 61,000. The company said no newsroom jobs would be lost, but around 30 "
  "staff at its printing plant would be offered redeployment or voluntary "
  "redundancy. Editor Constance Mwangi said the paper's journalism would "
  "continue unchanged online. The Courier, founded in 1871, is the oldest "
  "daily in the region.",
  "From 1 March the Aldmoor Courier will print only on Saturdays, owner "
  "Brightwater Media said, as print sales have slumped from 120,000 a decade "
  "ago to roughly 34,000 while digital subscriptions have climbed to 61,000. "
  "No newsroom posts will go, though about 30 printing-plant workers will be "
  "offered redeployment or voluntary redundancy, and the plant itself will "
  "be sold.",
  errors=[
      E("and the plant itself will be sold", "addition", "major", None),
  ],
  traps=[
      T("will print only on Saturdays",
        "will stop printing on weekdays from 1 March and publish only a "
        "Saturday print edition"),
      T("roughly 34,000", "about 34,000 today"),
      T("No newsroom posts will go", "no newsroom jobs would be lost"),
      T("about 30 printing-plant workers",
        "around 30 staff at its printing plant"),
  ]),

C("transport", "summary",
  "The new Harwick Bridge over the river Ostra will open to traffic on 30 "
  "September, a month later than planned, the regional roads authority said "
  "on Monday. The delay was caused by problems with the steel deck supplied "
  "from abroad. The 1.1-kilometre crossing, which cost 275 million euros, "
  "will cut journey times between Harwick and Velmont by about 20 minutes. "
  "Heavy goods vehicles will be allowed to use it, but cyclists will have a "
  "separate lane protected by barriers. The old ferry service will continue "
  "until the end of October.",
  "Harwick Bridge, a 1.1 km, €275 million crossing of the Ostra, will open on "
  "30 September, a month ahead of schedule, after problems with its imported "
  "steel deck. It will trim about 20 minutes off Harwick–Velmont trips. "
  "Lorries will be barred, while cyclists get a separate protected lane, and "
  "the ferry will keep running until the end of October.",
  errors=[
      E("a month ahead of schedule", "date", "major",
        "a month later than planned"),
      E("Lorries will be barred", "polarity", "critical",
        "Heavy goods vehicles will be allowed to use it"),
  ],
  traps=[
      T("a 1.1 km, €275 million crossing of the Ostra",
        "The 1.1-kilometre crossing, which cost 275 million euros"),
      T("its imported steel deck", "the steel deck supplied from abroad"),
      T("trim about 20 minutes off Harwick–Velmont trips",
        "cut journey times between Harwick and Velmont by about 20 minutes"),
      T("keep running until the end of October",
        "will continue until the end of October"),
  ]),

C("sport", "summary",
  "Elin Marchetti won the fourth stage of the Tour of Valmora on Thursday, "
  "outsprinting her teammate Carys Obuya in a finish on the seafront at "
  "Lisca. The 178-kilometre stage was largely flat, but crosswinds split the "
  "peloton with 30 kilometres to go. Obuya, who started the day in the "
  "leader's jersey, keeps the overall lead by 14 seconds. Marchetti moves up "
  "to third overall. Defending champion Rosa Ekholm lost more than two "
  "minutes after being caught behind a crash. The race ends on Sunday with a "
  "mountain-top finish at Monte Ardo.",
  "Carys Obuya outsprinted teammate Elin Marchetti to win Thursday's 178 km "
  "fourth stage of the Tour of Valmora at Lisca, after crosswinds split the "
  "peloton 30 km from the line. Obuya keeps the overall lead by 14 seconds. "
  "Defending champion Rosa Ekholm lost over two minutes in a crash-related "
  "hold-up, and Obuya keeps the overall lead by 14 seconds ahead of Sunday's "
  "summit finish at Monte Ardo.",
  errors=[
      E("Carys Obuya outsprinted teammate Elin Marchetti", "role", "major",
        "outsprinting her teammate Carys Obuya"),
      E("keeps the overall lead by 14 seconds", "repetition", "minor", None,
        occ=1),
  ],
  traps=[
      T("178 km fourth stage", "178-kilometre stage"),
      T("30 km from the line", "with 30 kilometres to go"),
      T("lost over two minutes in a crash-related hold-up",
        "lost more than two minutes after being caught behind a crash"),
      T("Sunday's summit finish at Monte Ardo",
        "ends on Sunday with a mountain-top finish at Monte Ardo"),
  ]),

# =================================================== TRANSLATION, consistent

C("health", "translation",
  "The health ministry of Rialva announced on Friday that it will offer free "
  "shingles vaccination to all residents aged 65 and over starting in "
  "October. According to the ministry, about 1.3 million people will be "
  "eligible. Until now, the vaccine cost patients around 180 reais for the "
  "two required doses. Health minister Joana Trindade-Lopes said the measure "
  "would prevent thousands of hospitalisations each year. Vaccination will "
  "take place at public health centres and at participating pharmacies. The "
  "programme has a budget of 95 million reais for the first year.",
  "From October, everyone in Rialva who is 65 or older will be able to get "
  "vaccinated against shingles free of charge, the country's health ministry "
  "said on Friday. Roughly 1.3 million people will qualify, the ministry "
  "estimates. Patients have so far had to pay about 180 reais for the two "
  "doses the vaccine requires. In the words of Health Minister Joana "
  "Trindade-Lopes, the step will avert thousands of hospital admissions every "
  "year. The jabs will be given at public health centres and at pharmacies "
  "taking part in the scheme. A budget of 95 million reais has been set aside "
  "for the programme's first year.",
  traps=[
      T("everyone in Rialva who is 65 or older",
        "all residents aged 65 and over"),
      T("Roughly 1.3 million people will qualify",
        "about 1.3 million people will be eligible"),
      T("avert thousands of hospital admissions every year",
        "prevent thousands of hospitalisations each year"),
      T("pharmacies taking part in the scheme", "participating pharmacies"),
      T("A budget of 95 million reais has been set aside for the programme's "
        "first year",
        "The programme has a budget of 95 million reais for the first year"),
  ]),

C("agriculture", "translation",
  "Olive growers in the Basse-Carrane region expect this year's harvest to be "
  "30 per cent larger than last year's, the regional chamber of agriculture "
  "said on Tuesday. Last year, a heatwave in May damaged the flowers and "
  "production fell to 41,000 tonnes. This spring, abundant rainfall and mild "
  "temperatures favoured flowering. The president of the chamber, Thérèse "
  "Dumontier, nevertheless warned that the price of olive oil would remain "
  "high because stocks are low. Around 6,200 farms in the region grow olives, "
  "most of them family businesses of less than ten hectares. Picking usually "
  "begins in mid-October.",
  "The regional chamber of agriculture said on Tuesday that olive producers "
  "in Basse-Carrane are counting on a crop 30% bigger than last year's. A May "
  "heatwave last year harmed the blossom, and output dropped to 41,000 "
  "tonnes. This spring, plentiful rain and mild weather were good for "
  "flowering. Even so, chamber president Thérèse Dumontier cautioned that "
  "olive oil would stay expensive, as stocks are low. The region has around "
  "6,200 olive-growing farms, mostly family-run holdings under ten hectares. "
  "The harvest normally gets under way in the middle of October.",
  traps=[
      T("a crop 30% bigger than last year's", "30 per cent larger than last year's"),
      T("A May heatwave last year harmed the blossom",
        "Last year, a heatwave in May damaged the flowers"),
      T("olive oil would stay expensive",
        "the price of olive oil would remain high"),
      T("mostly family-run holdings under ten hectares",
        "most of them family businesses of less than ten hectares"),
      T("in the middle of October", "in mid-October"),
  ]),

C("diplomacy", "translation",
  "The governments of Almira and Tescara signed an agreement in the city of "
  "Montevalle on Wednesday that ends a dispute over their maritime border "
  "lasting almost four decades. The dispute had led to repeated clashes "
  "between fishing boats from the two countries, and in 2011 a Tescaran "
  "patrol vessel detained an Almiran trawler for several weeks. Under the "
  "deal, the two countries will share "
  "the fishing grounds around the Cayos Morenos archipelago and will jointly "
  "manage any future gas extraction in the area. Tescara's foreign minister, "
  "Rodrigo Altamirano, called the agreement historic. His Almiran "
  "counterpart, Valentina Echeverría, said that both parliaments must ratify "
  "the text within six months. The negotiations were mediated by the "
  "Organisation of Coastal States.",
  "On Wednesday in Montevalle, Almira and Tescara put their signatures to a "
  "pact settling a quarrel over their sea border that had gone on for nearly "
  "forty years. Fishing crews from both countries had often come to blows "
  "over the issue, and in 2011 a Tescaran patrol boat held an Almiran trawler "
  "for several weeks. The fishing waters surrounding the Cayos Morenos "
  "islands will "
  "be shared by both states, which will also run any future extraction of gas "
  "there together. Rodrigo Altamirano, who heads Tescara's foreign ministry, "
  "hailed the accord as historic. For Almira, Foreign Minister Valentina "
  "Echeverría said the text has to be ratified by both legislatures within "
  "half a year. The Organisation of Coastal States acted as mediator in the "
  "talks.",
  traps=[
      T("had gone on for nearly forty years", "lasting almost four decades"),
      T("will be shared by both states", "the two countries will share"),
      T("Rodrigo Altamirano, who heads Tescara's foreign ministry",
        "Tescara's foreign minister, Rodrigo Altamirano"),
      T("within half a year", "within six months"),
      T("The Organisation of Coastal States acted as mediator in the talks",
        "The negotiations were mediated by the Organisation of Coastal States"),
  ]),

C("crime", "translation",
  "Investigators in Ostervelde have broken up a gang suspected of stealing "
  "catalytic converters from more than 300 parked cars since last summer. "
  "Officers searched eleven properties early on Tuesday morning and arrested "
  "six suspects between the ages of 19 and 37. According to the public "
  "prosecutor's office, the damage amounts to around 640,000 euros. The "
  "stolen parts were allegedly sold to a scrap dealer in the neighbouring "
  "district of Grauhofen, who has also been detained. A spokesperson for the "
  "police, Chief Inspector Mareike Hollenbach, said the investigation had "
  "lasted nine months.",
  "Police in Ostervelde have dismantled a gang believed to have stripped "
  "catalytic converters from over 300 parked vehicles since the summer of "
  "last year. In raids on eleven premises in the early hours of Tuesday, "
  "officers detained six suspects aged 19 to 37. The prosecutor's office puts "
  "the damage at roughly 640,000 euros. The parts are said to have been sold "
  "on to a scrapyard operator in neighbouring Grauhofen district, who is also "
  "in custody. The inquiry took nine months, police spokeswoman Chief "
  "Inspector Mareike Hollenbach said.",
  traps=[
      T("since the summer of last year", "since last summer"),
      T("in the early hours of Tuesday", "early on Tuesday morning"),
      T("aged 19 to 37", "between the ages of 19 and 37"),
      T("puts the damage at roughly 640,000 euros",
        "the damage amounts to around 640,000 euros"),
      T("who is also in custody", "who has also been detained"),
  ]),

C("housing", "translation",
  "The municipality of Brakenveld will convert three empty office buildings "
  "into 260 student rooms, alderman Sander Bosmeijer announced on Thursday. "
  "The first 90 rooms should be ready at the start of the next academic year. "
  "Rents will be capped at 420 euros per month including service costs. "
  "According to the student union, around 1,500 students in the city are "
  "currently looking for accommodation. The conversion is being financed "
  "jointly by the municipality and the housing corporation Domuskracht, "
  "which will also manage the buildings.",
  "Three vacant office blocks in Brakenveld are to be turned into 260 rooms "
  "for students by the municipality, alderman Sander Bosmeijer said on "
  "Thursday. Ninety of the rooms are due to be available when the coming "
  "academic year begins. Tenants will pay no more than 420 euros a month, "
  "service charges included. Some 1,500 students in the city are looking for "
  "a place to live at the moment, the student union says. The municipality "
  "and the housing corporation Domuskracht are sharing the cost of the "
  "conversion, and Domuskracht will also run the buildings.",
  traps=[
      T("Ninety of the rooms", "The first 90 rooms"),
      T("Tenants will pay no more than 420 euros a month, service charges "
        "included",
        "Rents will be capped at 420 euros per month including service costs"),
      T("Some 1,500 students", "around 1,500 students"),
      T("are sharing the cost of the conversion",
        "The conversion is being financed jointly"),
  ]),

# ================================================= TRANSLATION, inconsistent

C("culture", "translation",
  "The Teatro Ferraglio in Valdessa will stage the world premiere of a new "
  "opera by the composer Lucio Montagnani on 12 November. The work, entitled "
  "'The Salt Merchant', is based on a novel by the nineteenth-century writer "
  "Ottavia Rinaldi. The production is directed by Marta Scandurra, and the "
  "title role will be sung by the baritone Federico Alunni. Tickets, priced "
  "between 25 and 160 euros, go on sale next Monday. The theatre's artistic "
  "director, Paolo Ventresca, said the commission had taken four years to "
  "complete. Performances will continue until 3 December.",
  "On 12 November the Teatro Ferraglio in Valdessa will host the first ever "
  "performance of 'The Salt Merchant', a new opera by the composer Lucio "
  "Montagnani. It is adapted from a novel by Ottavia Rinaldi, a "
  "nineteenth-century author. Paolo Ventresca is directing the staging, with "
  "the baritone Federico Alunni in the title role. Tickets will go on sale "
  "next Monday at prices ranging from 25 to 160 euros. The commission took "
  "four years to complete, according to the theatre's artistic director, "
  "Paolo Ventresca. The run ends on 3 December.",
  errors=[
      E("Paolo Ventresca", "entity", "major", "Marta Scandurra", occ=0),
  ],
  traps=[
      T("host the first ever performance", "stage the world premiere"),
      T("a nineteenth-century author", "the nineteenth-century writer"),
      T("at prices ranging from 25 to 160 euros",
        "priced between 25 and 160 euros"),
      T("The run ends on 3 December", "Performances will continue until 3 December"),
  ]),

C("education", "translation",
  "From September, pupils in Borvanian secondary schools will be banned from "
  "using mobile phones during lessons and breaks, the Ministry of Education "
  "announced on Monday. Schools will have to provide lockers where phones can "
  "be stored during the day. Exceptions will be allowed for pupils with "
  "medical needs. Minister Katarzyna Wróblewska-Nowak said teachers had "
  "reported a sharp rise in cyberbullying and problems with concentration. "
  "Parents' associations have given the plan a mixed reception. A similar ban "
  "has applied in primary schools since 2022.",
  "Secondary school pupils in Borvania will not be allowed to use their "
  "mobile phones in lessons or at break time from September onwards, the "
  "Education Ministry said on Monday. Schools may provide lockers in which "
  "the phones can be kept during the school day. Minister Katarzyna "
  "Wróblewska-Nowak pointed to teachers' reports of a steep increase in online "
  "bullying and in difficulties with concentration. The reaction of parents' "
  "associations to the plan has been mixed. Primary schools have been subject "
  "to a similar ban since 2022.",
  errors=[
      E("may provide", "modality", "major", "will have to provide"),
      O("Exceptions will be allowed for pupils with medical needs.", "major",
        after="kept during the school day."),
  ],
  traps=[
      T("will not be allowed to use their mobile phones",
        "will be banned from using mobile phones"),
      T("a steep increase in online bullying", "a sharp rise in cyberbullying"),
      T("The reaction of parents' associations to the plan has been mixed",
        "Parents' associations have given the plan a mixed reception"),
      T("Primary schools have been subject to a similar ban since 2022",
        "A similar ban has applied in primary schools since 2022"),
  ]),

C("tourism", "translation",
  "Authorities on the island of Thessaria have decided to introduce a tourist "
  "tax of three euros per night from April for visitors staying in hotels and "
  "rented apartments. Children under 12 will be exempt. The revenue, "
  "estimated at 8 million euros a year, will be used to upgrade the island's "
  "water supply and repair footpaths. Island council president Stavros "
  "Kyriazidis said the measure had been agreed after consultation with "
  "hoteliers. Cruise passengers, who do not stay overnight, will not pay the "
  "tax. Last year the island received almost 900,000 visitors.",
  "From April, anyone staying in a hotel or holiday flat on Thessaria will "
  "pay a tourist tax of €3 a night, the island's authorities have decided. "
  "The tax will not apply to under-12s. It is expected to bring in about €8 "
  "million annually, money that will go towards improving the island's water "
  "supply and mending footpaths. According to Stavros Kyriazidis, who chairs "
  "the island council, the charge was agreed after consultation with hotel "
  "owners. Cruise passengers, who do not spend the night on the island, will "
  "also have to pay. Almost 900,000 people visited the island last year.",
  errors=[
      E("will also have to pay", "polarity", "critical", "will not pay the tax"),
  ],
  traps=[
      T("€3 a night", "three euros per night"),
      T("The tax will not apply to under-12s", "Children under 12 will be exempt"),
      T("about €8 million annually", "estimated at 8 million euros a year"),
      T("who chairs the island council", "Island council president"),
  ]),

C("energy", "translation",
  "The electricity company Altavera Energía will build a pumped-storage "
  "hydroelectric plant in the Sierra de Olmedal with an investment of 520 "
  "million euros, the company announced on Thursday. The plant will have a "
  "capacity of 480 megawatts and will be able to store surplus energy from "
  "nearby solar farms. Construction is due to begin next year and last about "
  "five years. The project will create around 1,200 jobs during the works. "
  "Environmental groups have asked for guarantees that the reservoirs will "
  "not affect a protected river.",
  "Altavera Energía, the power company, said on Thursday that it will invest "
  "520 million euros in a pumped-storage hydropower station in the Sierra de "
  "Olmedal. With an output of 840 megawatts, the station will be able to hold "
  "surplus power from solar parks in the area. Work is scheduled to start "
  "next year and take around five years. Some 1,200 jobs will be created "
  "while it is being built, and a further 60 permanent posts once it is "
  "running. Environmental groups have called for guarantees that the "
  "reservoirs will not harm a protected river.",
  errors=[
      E("840 megawatts", "number", "major", "480 megawatts"),
      E("and a further 60 permanent posts once it is running", "addition",
        "major", None),
  ],
  traps=[
      T("will invest 520 million euros in",
        "with an investment of 520 million euros"),
      T("solar parks in the area", "nearby solar farms"),
      T("take around five years", "last about five years"),
      T("have called for guarantees", "have asked for guarantees"),
  ]),

C("space", "translation",
  "The Hoshino Aerospace company postponed the launch of its Tsubame-3 rocket "
  "on Sunday, just 40 seconds before lift-off, after sensors detected an "
  "abnormal pressure reading in the second stage. The rocket was due to place "
  "a weather satellite into orbit for the national meteorological agency. "
  "Company president Kenji Moriyama told a press conference that the rocket "
  "and satellite were undamaged. A new launch date will be announced after "
  "the cause has been identified. It is the second delay for the mission, "
  "which was originally scheduled for March.",
  "On Sunday, Hoshino Aerospace scrubbed the launch of its Tsubame-3 rocket "
  "40 seconds before it was due to lift off, when a fuel leak was found in "
  "the second stage. The rocket was to carry a weather satellite into orbit "
  "on behalf of the national meteorological agency. The agency told a press "
  "conference that neither the rocket nor the satellite had been damaged. "
  "Once the cause is known, a new launch date will be set. This is the "
  "second time the mission has been put back; it was first planned for "
  "March.",
  errors=[
      E("a fuel leak was found in the second stage", "event", "major",
        "sensors detected an abnormal pressure reading in the second stage"),
      E("The agency told a press conference", "attribution", "major",
        "Company president Kenji Moriyama told a press conference"),
  ],
  traps=[
      T("scrubbed the launch", "postponed the launch"),
      T("40 seconds before it was due to lift off",
        "just 40 seconds before lift-off"),
      T("neither the rocket nor the satellite had been damaged",
        "the rocket and satellite were undamaged"),
      T("it was first planned for March", "originally scheduled for March"),
  ]),

C("business", "translation",
  "The engineering group Harzbach Werke is to take over the pump "
  "manufacturer Stelzl Hydraulik for 275 million euros, the two companies "
  "announced on Tuesday. The transaction is expected to be completed in the "
  "first quarter of next year, subject to approval by the competition "
  "authorities. Stelzl, which is based in Kremsau, employs around 1,400 "
  "people. Harzbach chief executive Ulrike Brandstätter said that all jobs "
  "and the Kremsau site would be retained. Stelzl's founding family, which "
  "owns 70 per cent of the shares, has already agreed to the sale. "
  "Harzbach's share price rose by 2.3 per cent.",
  "Harzbach Werke, an engineering group, is buying the pump maker Stelzl "
  "Hydraulik for 275 million euros, the companies said on Tuesday. Provided "
  "the competition authorities give their approval, the deal should close in "
  "the first quarter of this year. Stelzl has its headquarters in Kremsau and "
  "a workforce of about 1,400. According to Stelzl chief executive Ulrike "
  "Brandstätter, every job will be kept, as will the Kremsau site. The "
  "founding family of Stelzl, which holds 70 per cent of the shares, has "
  "already given its consent to the sale. Shares in Harzbach gained 2.3 per "
  "cent.",
  errors=[
      E("first quarter of this year", "date", "major",
        "first quarter of next year"),
      E("Stelzl chief executive", "entity", "major", "Harzbach chief executive"),
  ],
  traps=[
      T("is buying", "is to take over"),
      T("a workforce of about 1,400", "employs around 1,400 people"),
      T("has already given its consent to the sale",
        "has already agreed to the sale"),
      T("Shares in Harzbach gained 2.3 per cent",
        "Harzbach's share price rose by 2.3 per cent"),
  ]),

C("technology", "translation",
  "The electronics maker Daesan Electronics has filed a lawsuit against the "
  "smaller chip designer Minjoo Semicon, accusing it of copying the design of "
  "a memory controller. Daesan is seeking damages of 45 billion won and an "
  "order banning sales of the disputed chip. Minjoo, founded in 2016 by "
  "former Daesan engineers, denies the allegations and says its product was "
  "developed independently. The case was filed at the Central District Court "
  "in Gaeryong on Friday. Analysts say a ruling could take up to two years.",
  "Minjoo Semicon, a smaller chip designer, has sued the electronics "
  "manufacturer Daesan Electronics, claiming that it copied the design of a "
  "memory controller. It wants 45 billion won in damages and an injunction "
  "stopping sales of the disputed chip. Minjoo, set up in 2016 by people who "
  "used to work as engineers at Daesan, rejects the accusations and says it "
  "developed its product on its own. According to analysts, a verdict could "
  "be up to two years away.",
  errors=[
      E("Minjoo Semicon, a smaller chip designer, has sued the electronics "
        "manufacturer Daesan Electronics", "role", "critical",
        "Daesan Electronics has filed a lawsuit against the smaller chip "
        "designer Minjoo Semicon"),
      O("The case was filed at the Central District Court in Gaeryong on "
        "Friday.", "minor", after="developed its product on its own."),
  ],
  traps=[
      T("45 billion won in damages", "damages of 45 billion won"),
      T("an injunction stopping sales", "an order banning sales"),
      T("set up in 2016 by people who used to work as engineers at Daesan",
        "founded in 2016 by former Daesan engineers"),
      T("a verdict could be up to two years away",
        "a ruling could take up to two years"),
  ]),
]


# ---------------------------------------------------------------- build

class Invalid(Exception):
    pass


def occurrences(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def locate(hay, needle, occ, what):
    if not needle:
        raise Invalid("%s: empty span" % what)
    found = occurrences(hay, needle)
    if occ is None:
        if len(found) != 1:
            raise Invalid("%s: %r occurs %d times in candidate (need exactly 1 "
                          "or an occurrence index)" % (what, needle, len(found)))
        return found[0]
    if occ >= len(found):
        raise Invalid("%s: %r has no occurrence %d (found %d)"
                      % (what, needle, occ, len(found)))
    return found[occ]


def is_word_char(ch):
    return ch.isalnum()


def check_boundary(text, start, end, what):
    if start > 0 and start < len(text) and is_word_char(text[start - 1]) \
            and is_word_char(text[start]):
        raise Invalid("%s: start %d cuts a word" % (what, start))
    if end > 0 and end < len(text) and is_word_char(text[end - 1]) \
            and is_word_char(text[end]):
        raise Invalid("%s: end %d cuts a word" % (what, end))


STOP = set("""a an the and or but of in on at to for from by with as is are was
were be been will would that this these those it its their his her they he she
who which what than then there here about over under into onto up down out""".split())

WORD_RE = re.compile(r"[A-Za-zÀ-ÿ0-9][A-Za-zÀ-ÿ0-9'’,.-]*[A-Za-zÀ-ÿ0-9]|[A-Za-zÀ-ÿ0-9]")


def words(text):
    return [w.lower() for w in WORD_RE.findall(text)]


def content_words(text):
    return [w for w in words(text) if w not in STOP and len(w) > 2]


def sentence_count(text):
    return len([s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z'‘\"])", text.strip()) if s])


def build_record(idx, case):
    cid = "pw-%03d" % idx
    ref, cand, mode = case["reference"], case["candidate"], case["mode"]
    if mode not in MODES:
        raise Invalid("%s: bad mode %r" % (cid, mode))
    nw = len(ref.split())
    if not 80 <= nw <= 200:
        raise Invalid("%s: reference has %d words (need 80-200)" % (cid, nw))
    ns = sentence_count(ref)
    if not 4 <= ns <= 8:
        raise Invalid("%s: reference has %d sentences (need 4-8)" % (cid, ns))
    if mode == "summary" and len(cand.split()) >= nw:
        raise Invalid("%s: summary not shorter than reference" % cid)
    if mode == "summary" and len(cand.split()) > 0.8 * nw:
        raise Invalid("%s: summary is %d words for a %d-word reference; make "
                      "it clearly shorter" % (cid, len(cand.split()), nw))
    if ref == cand:
        raise Invalid("%s: candidate identical to reference" % cid)

    errors, traps, spans = [], [], []
    for k, e in enumerate(case["errors"]):
        what = "%s error %d" % (cid, k)
        if e["type"] not in ERROR_TYPES:
            raise Invalid("%s: bad type %r" % (what, e["type"]))
        if e["severity"] not in SEVERITIES:
            raise Invalid("%s: bad severity %r" % (what, e["severity"]))
        if e["kind"] == "omission":
            if mode == "summary":
                raise Invalid("%s: omission in summary mode" % what)
            if bool(e["after"]) == bool(e["before"]):
                raise Invalid("%s: give exactly one of after/before" % what)
            if e["after"]:
                pos = locate(cand, e["after"], e["occ"], what) + len(e["after"])
            else:
                pos = locate(cand, e["before"], e["occ"], what)
            start = end = pos
            text = ""
            missing = e["ref_text"]
            if not missing or missing not in ref:
                raise Invalid("%s: omitted text not in reference" % what)
            if missing.lower() in cand.lower():
                raise Invalid("%s: omitted text present in candidate" % what)
            cw = content_words(missing)
            cand_words = set(words(cand))
            present = [w for w in cw if w in cand_words]
            if not cw or len(present) * 2 >= len(cw):
                raise Invalid("%s: most words of the omission occur in the "
                              "candidate: %r" % (what, present))
        else:
            text = e["text"]
            start = locate(cand, text, e["occ"], what)
            end = start + len(text)
            if e["type"] == "omission":
                raise Invalid("%s: omission must use O()" % what)
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    raise Invalid("%s: %s needs ref_text null" % (what, e["type"]))
            else:
                if not e["ref_text"] or e["ref_text"] not in ref:
                    raise Invalid("%s: ref_text %r not in reference"
                                  % (what, e["ref_text"]))
                if e["ref_text"] == text:
                    raise Invalid("%s: error text equals ref_text" % what)
            if e["type"] == "repetition":
                earlier = [i for i in occurrences(cand, text) if i + len(text) <= start]
                if not earlier:
                    raise Invalid("%s: repetition has no earlier copy" % what)
            if e["type"] == "addition" and text in ref:
                raise Invalid("%s: added text occurs in reference" % what)
        check_boundary(cand, start, end, what)
        errors.append({"start": start, "end": end, "text": text,
                       "type": e["type"], "severity": e["severity"],
                       "ref_text": e["ref_text"]})
        spans.append((start, end, what))

    for k, t in enumerate(case["traps"]):
        what = "%s trap %d" % (cid, k)
        start = locate(cand, t["text"], t["occ"], what)
        end = start + len(t["text"])
        check_boundary(cand, start, end, what)
        if not t["ref_text"] or t["ref_text"] not in ref:
            raise Invalid("%s: ref_text %r not in reference" % (what, t["ref_text"]))
        if t["text"] in ref:
            raise Invalid("%s: trap text %r is verbatim in reference"
                          % (what, t["text"]))
        traps.append({"start": start, "end": end, "text": t["text"],
                      "ref_text": t["ref_text"]})
        spans.append((start, end, what))

    for rec in errors + traps:
        if cand[rec["start"]:rec["end"]] != rec["text"]:
            raise Invalid("%s: offsets do not match text" % cid)

    # overlap: zero-width omissions may not sit strictly inside another span
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            (a0, a1, wa), (b0, b1, wb) = spans[i], spans[j]
            if a0 == a1 or b0 == b1:
                p, (s0, s1) = (a0, (b0, b1)) if a0 == a1 else (b0, (a0, a1))
                if s0 < p < s1:
                    raise Invalid("%s / %s: omission inside a span" % (wa, wb))
            elif a0 < b1 and b0 < a1:
                raise Invalid("%s / %s overlap" % (wa, wb))

    label = "inconsistent" if errors else "consistent"
    if label == "consistent" and not 3 <= len(traps) <= 5:
        raise Invalid("%s: consistent pair needs 3-5 traps, has %d"
                      % (cid, len(traps)))
    if label == "inconsistent":
        if not 1 <= len(errors) <= 2:
            raise Invalid("%s: needs 1-2 errors" % cid)
        if not 2 <= len(traps) <= 4:
            raise Invalid("%s: inconsistent pair needs 2-4 traps, has %d"
                          % (cid, len(traps)))

    errors.sort(key=lambda r: (r["start"], r["end"]))
    traps.sort(key=lambda r: (r["start"], r["end"]))
    return {"id": cid, "domain": case["domain"], "mode": mode,
            "reference": ref, "candidate": cand, "label": label,
            "errors": errors, "traps": traps}


# names: capitalised words that are not ordinary vocabulary must not recur
# across pairs
COMMON_CAPS = set("""A An The On In At Of For From By It Its His Her This
Some Three Just Last Lead Over Under According Chief Court High Inspector Schools
Minister Police Shares Systems University Print Farmers Europe Celsius
January February March April May June July August September October November
December Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split())

NAME_RE = re.compile(r"\b[A-ZÀ-Þ][A-Za-zÀ-ÿ'’-]+")


def check_names(cases):
    seen = collections.defaultdict(set)
    for i, c in enumerate(cases):
        for w in NAME_RE.findall(c["reference"] + " " + c["candidate"]):
            w = w.rstrip("'’")
            if w.endswith("'s") or w.endswith("’s"):
                w = w[:-2]
            if w in COMMON_CAPS:
                continue
            seen[w].add(i)
    clash = {w: sorted(s) for w, s in seen.items() if len(s) > 1}
    if clash:
        raise Invalid("capitalised words shared across pairs: %r" % clash)


def build():
    check_names(CASES)
    order = list(CASES)
    random.Random(4417).shuffle(order)
    records = [build_record(i + 1, c) for i, c in enumerate(order)]

    # composition
    n = len(records)
    by_label = collections.Counter(r["label"] for r in records)
    by_mode = collections.Counter(r["mode"] for r in records)
    by_type = collections.Counter(e["type"] for r in records for e in r["errors"])
    by_domain = collections.Counter(r["domain"] for r in records)
    problems = []
    if n != 40:
        problems.append("need 40 records, have %d" % n)
    if by_label != {"consistent": 16, "inconsistent": 24}:
        problems.append("labels %r" % dict(by_label))
    if by_mode != {"rewrite": 16, "summary": 12, "translation": 12}:
        problems.append("modes %r" % dict(by_mode))
    for t in ERROR_TYPES:
        if by_type[t] < 2:
            problems.append("error type %s appears %d times" % (t, by_type[t]))
    if len(by_domain) < 20:
        problems.append("only %d domains" % len(by_domain))
    if len({r["reference"] for r in records}) != n:
        problems.append("duplicate references")
    if problems:
        raise Invalid("; ".join(problems))
    return records


def report(records):
    lab = collections.Counter(r["label"] for r in records)
    mode = collections.Counter(r["mode"] for r in records)
    ml = collections.Counter((r["mode"], r["label"]) for r in records)
    types = collections.Counter(e["type"] for r in records for e in r["errors"])
    sev = collections.Counter(e["severity"] for r in records for e in r["errors"])
    dom = collections.Counter(r["domain"] for r in records)
    lens = [len(r["reference"].split()) for r in records]
    print("records:", len(records), dict(lab))
    for m in ("rewrite", "summary", "translation"):
        print("  %-11s %2d (consistent %d / inconsistent %d)"
              % (m, mode[m], ml[(m, "consistent")], ml[(m, "inconsistent")]))
    print("errors:", sum(types.values()),
          ", ".join("%s %d" % (t, types[t]) for t in ERROR_TYPES))
    print("severity:", dict(sev))
    print("traps:", sum(len(r["traps"]) for r in records))
    print("domains:", len(dom), dict(sorted(dom.items())))
    print("reference length: %d-%d words (mean %.0f)"
          % (min(lens), max(lens), sum(lens) / len(lens)))
    print("label order:", "".join("C" if r["label"] == "consistent" else "I"
                                  for r in records))


def main():
    try:
        records = build()
    except Invalid as exc:
        print("INVALID:", exc, file=sys.stderr)
        return 1
    if "--check" not in sys.argv[1:]:
        with open(OUT, "w", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("wrote", OUT)
    report(records)
    return 0


if __name__ == "__main__":
    sys.exit(main())
