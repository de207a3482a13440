#!/usr/bin/env python3
"""Held-out evaluation set s77 for a reference-vs-candidate fact-comparison tool.

How it was made: every pair below was hand-written as Python data by a helper
session that saw no code, data or benchmark of the project, working only from a
written brief. All people, companies, organisations, places and figures are
invented (real countries appear only as background). Character offsets are never
typed by hand: this script finds every span by string search (with an occurrence
index where a quoted text repeats), validates the whole set and writes
set77.jsonl next to itself.  `python3 make_set77.py --check` validates only.

Composition (40 pairs, one domain each):
  modes:   20 rewrite, 10 summary, 10 translation (half of each mode consistent)
  labels:  20 consistent, 20 inconsistent
  errors:  30 in total over the 20 inconsistent pairs (10 pairs with 1 error,
           10 with 2): entity 3, number 4, date 3, role 3, polarity 3,
           modality 3, attribution 3, event 2, omission 2, addition 2,
           repetition 2
  traps:   3-5 per consistent pair, 0-3 per inconsistent pair
Translation pairs are two independent English renderings of the same
(imagined) non-English story. Omissions occur only in rewrite/translation.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set77.jsonl")
SET_ID = "s77"

DOMAINS = ("indigo farming;tulip auctions;armourers;trophy engravers;rat catchers;"
           "leech therapy;scratch cards;stained glass restoration;dog sled races;"
           "letterboxing;window cleaners;acupuncture clinics;whistling championships;"
           "tyre dumps;art forgery;sumo stables;trebuchet contests;hunting horns;"
           "slot machines;wax museums;tugboat crews;milk banks;gargoyle repair;"
           "snowshoe makers;chiropodists;tidal turbines;siege engines;lacquerware;"
           "pole vault pits;spearfishing;gondoliers;salt caves;tsunami sirens;"
           "glockenspiel;javelin;vault makers;perfume houses;didgeridoo makers;"
           "hammer throwers;gilders").split(";")

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}


def E(text, etype, severity, ref_text, occ=0):
    """An error span: `text` is found in the candidate (occurrence `occ`)."""
    return {"text": text, "type": etype, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def OM(ref_text, severity, after=None, before=None, occ=0):
    """An omission: zero-width point right after `after` or right before `before`."""
    return {"text": "", "type": "omission", "severity": severity,
            "ref_text": ref_text, "after": after, "before": before, "occ": occ}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording of `ref_text`."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


def C(domain, mode, label, reference, candidate, errors=(), traps=()):
    return {"domain": domain, "mode": mode, "label": label,
            "reference": reference, "candidate": candidate,
            "errors": list(errors), "traps": list(traps)}


CASES = []

# ---------------------------------------------------------------- rewrites 1-10
CASES.extend([
    C("indigo farming", "rewrite", "consistent",
      "Growers in the Marvasi Valley harvested 1,840 tonnes of indigo leaf this season, up 15 percent on "
      "last year, the Marvasi Indigo Cooperative said on Thursday. The cooperative, which represents 212 "
      "smallholders, attributed the increase to a wetter monsoon and to a new fermentation shed opened in "
      "March at Durrapet. Chairwoman Lalita Oberai said dye prices were likely to stay firm through the "
      "winter because European textile buyers had placed advance orders. She warned, however, that the "
      "cooperative would not expand planting next year unless the regional water board guarantees "
      "irrigation quotas. The shed, built with a grant of 3.6 million rupees, can process two days' "
      "harvest at a time.",
      "The Marvasi Indigo Cooperative said on Thursday that growers in the valley had brought in 1,840 "
      "tonnes of indigo leaf this season, a 15% rise on the previous year. The group, whose membership is "
      "made up of 212 smallholders, put the gain down to heavier monsoon rains and to a fermentation shed "
      "that opened at Durrapet in March. Dye prices are expected to remain firm over the winter, "
      "chairwoman Lalita Oberai said, as European textile buyers have already ordered ahead. But she "
      "cautioned that planting would not be expanded next year unless the regional water board guarantees "
      "irrigation quotas. Built with a 3.6 million-rupee grant, the shed can handle 48 hours' worth of "
      "harvest at once.",
      traps=[T("a 15% rise on the previous year", "up 15 percent on last year"),
             T("put the gain down to heavier monsoon rains", "attributed the increase to a wetter monsoon"),
             T("are expected to remain firm", "were likely to stay firm"),
             T("planting would not be expanded", "the cooperative would not expand planting"),
             T("48 hours' worth of harvest", "two days' harvest")]),

    C("tulip auctions", "rewrite", "inconsistent",
      "The Veldhaven flower auction sold 41 million tulip stems in the week to Sunday, its busiest week "
      "since the hall reopened after renovation in 2021, operator Bloemhal Groep said. Average prices fell "
      "to 19 cents a stem from 23 cents a week earlier as mild weather brought crops forward across the "
      "region. Sales director Pieter Vancamp said growers had been asked to stagger deliveries over the "
      "coming fortnight to avoid gluts. Export buyers from Germany and Poland accounted for roughly half "
      "of the volume. The auction will extend its Monday trading session by one hour until the end of April.",
      "Bloemhal Groep, which runs the Veldhaven flower auction, said 41 million tulip stems changed hands "
      "in the week to Sunday, the busiest week since the hall reopened following its 2021 renovation. Mild "
      "weather pushed crops forward across the region, and the average price slipped to 19 cents a stem "
      "from 29 cents the week before. Growers have been asked to spread their deliveries over the next two "
      "weeks so as to avoid gluts, sales director Pieter Vancamp said. About half the volume went to export "
      "buyers from Germany and Poland. Monday trading will run an hour longer until the end of April.",
      errors=[E("29 cents", "number", "major", "23 cents")],
      traps=[T("over the next two weeks", "over the coming fortnight"),
             T("About half the volume went to export buyers from Germany and Poland",
               "Export buyers from Germany and Poland accounted for roughly half of the volume")]),

    C("armourers", "rewrite", "consistent",
      "The Royal Hallam Armoury has appointed Teodor Ruskin, 54, as its master armourer, the first external "
      "hire to the post in its 140-year history. Ruskin, who previously led the metalwork conservation team "
      "at the Kessingham Museum, will oversee the restoration of 300 suits of plate armour ahead of the "
      "armoury's reopening in autumn 2026. The appointment was announced on 3 February by the armoury's "
      "board of trustees. The restoration programme is budgeted at £4.2 million, of which two thirds comes "
      "from a heritage lottery grant. Trustees said the workshop would also take on four apprentices a "
      "year, none of whom will be required to hold prior metalworking qualifications.",
      "Teodor Ruskin, 54, has been named master armourer at the Royal Hallam Armoury, becoming the first "
      "person from outside the institution to hold the role in its 140 years, the armoury's board of "
      "trustees announced on 3 February. Ruskin, formerly head of metalwork conservation at the Kessingham "
      "Museum, will be in charge of restoring 300 suits of plate armour before the armoury reopens in the "
      "autumn of 2026. Of the £4.2m budgeted for the restoration, roughly 67% is being provided by a "
      "heritage lottery grant. The workshop will also take on four apprentices each year, and prior "
      "metalworking qualifications will not be a requirement for any of them, the trustees said.",
      traps=[T("the first person from outside the institution to hold the role",
               "the first external hire to the post"),
             T("formerly head of metalwork conservation",
               "previously led the metalwork conservation team"),
             T("£4.2m", "£4.2 million"),
             T("roughly 67%", "two thirds"),
             T("prior metalworking qualifications will not be a requirement for any of them",
               "none of whom will be required to hold prior metalworking qualifications")]),

    C("trophy engravers", "rewrite", "inconsistent",
      "Castlemere Trophies has been acquired by its larger rival Engrave Direct for an undisclosed sum, the "
      "two companies confirmed on Monday. Castlemere, founded in 1988 in the town of Ashwick, engraves "
      "around 60,000 cups, shields and medals a year for sports clubs and schools. Engrave Direct said all "
      "38 Castlemere staff would keep their jobs and the Ashwick workshop would remain open for at least "
      "three years. Managing director Helen Prout, whose father founded the business, will stay on as a "
      "consultant. The deal still requires approval from the Competition Review Office, which is expected "
      "to rule within six weeks.",
      "Castlemere Trophies has acquired its larger rival Engrave Direct for an undisclosed amount, the "
      "companies confirmed on Monday. Founded in Ashwick in 1988, Castlemere engraves some 60,000 cups, "
      "shields and medals each year for schools and sports clubs. All 38 of Castlemere's employees will "
      "keep their jobs and the Ashwick workshop will stay open, Engrave Direct said. Helen Prout, the "
      "managing director, whose father set up the firm, will remain as a consultant. The Competition "
      "Review Office must still approve the deal and is expected to make its decision within six weeks.",
      errors=[E("Castlemere Trophies has acquired its larger rival Engrave Direct", "role", "critical",
                "Castlemere Trophies has been acquired by its larger rival Engrave Direct"),
              OM("for at least three years", "major", after="the Ashwick workshop will stay open")],
      traps=[T("some 60,000 cups", "around 60,000 cups"),
             T("whose father set up the firm", "whose father founded the business")]),

    C("rat catchers", "rewrite", "consistent",
      "Brennford City Council will double its pest control budget to £1.8 million next year after reports "
      "of rats in residential streets rose by 40 percent over the past twelve months. The council's "
      "environment committee approved the increase on Wednesday by seven votes to two. The extra money "
      "will pay for six additional rat catchers and for sealed litter bins in 25 streets identified as "
      "hotspots. Councillor Amir Dhaliwal, who chairs the committee, said the council was not planning to "
      "use poison baits in parks, where dogs and children could be harmed. Residents can report sightings "
      "through a free telephone line that will open on 1 April.",
      "Reports of rats in residential streets in Brennford have climbed by 40% in the last year, prompting "
      "the city council to double its spending on pest control to £1.8m for next year. On Wednesday the "
      "council's environment committee voted seven to two in favour of the rise. The additional funding "
      "will cover six more rat catchers as well as sealed litter bins for 25 streets singled out as "
      "hotspots. According to committee chair Amir Dhaliwal, the council has no plans to put down poison "
      "baits in parks, where they could harm dogs and children. From 1 April residents will be able to "
      "report sightings on a free phone line.",
      traps=[T("have climbed by 40% in the last year",
               "rose by 40 percent over the past twelve months"),
             T("voted seven to two in favour of the rise",
               "approved the increase on Wednesday by seven votes to two"),
             T("six more rat catchers", "six additional rat catchers"),
             T("committee chair Amir Dhaliwal", "Councillor Amir Dhaliwal, who chairs the committee"),
             T("the council has no plans to put down poison baits",
               "the council was not planning to use poison baits")]),
])

CASES.extend([
    C("leech therapy", "rewrite", "inconsistent",
      "A trial of medicinal leeches in reconstructive surgery at St Aldric's Hospital found no significant "
      "difference in flap survival compared with standard drainage, researchers reported in the Northern "
      "Journal of Plastic Surgery. The study followed 146 patients between 2022 and 2024. Lead author Dr "
      "Miriam Koval said leeches did reduce post-operative swelling in the first 72 hours, but the effect "
      "had disappeared by the end of the first week. Infection rates were similar in both groups. The "
      "hospital said it would continue to offer leech therapy as an option but would not make it routine "
      "until larger studies were completed.",
      "Medicinal leeches used in reconstructive surgery at St Aldric's Hospital made a significant "
      "difference to flap survival compared with standard drainage, according to a trial published in the "
      "Northern Journal of Plastic Surgery. Researchers tracked 146 patients from 2022 to 2024. Leeches "
      "did reduce swelling after surgery during the first three days, lead author Dr Miriam Koval said, "
      "though the benefit was gone by the end of the first week. The two groups had similar infection "
      "rates. St Aldric's said it would keep offering leech therapy as an option but would hold off on "
      "making it routine until larger studies had been completed.",
      errors=[E("made a significant difference to flap survival", "polarity", "critical",
                "found no significant difference in flap survival")],
      traps=[T("during the first three days", "in the first 72 hours"),
             T("would hold off on making it routine", "would not make it routine")]),

    C("scratch cards", "rewrite", "consistent",
      "The National Lottery Board of Pallavia reported that scratch card sales reached 212 million euros in "
      "the first half of the year, 8 percent lower than in the same period of 2023. The board blamed the "
      "decline on a ban, introduced in January, on selling scratch cards at petrol stations. Online sales "
      "of instant-win games, which are not covered by the ban, rose to 31 million euros. Chief executive "
      "Ondrej Malik said the board did not expect full-year sales to recover to 2023 levels. Proceeds from "
      "scratch cards fund the country's sports and heritage grants, which will be cut by about a tenth "
      "next year.",
      "Scratch card sales came to €212m in the first six months of the year, down 8% on the first half of "
      "2023, according to Pallavia's National Lottery Board. The board said the drop was caused by "
      "January's ban on selling the cards at petrol stations. The ban does not apply to online instant-win "
      "games, sales of which climbed to €31m. Full-year sales are not expected to get back to 2023 levels, "
      "chief executive Ondrej Malik said. The country's sports and heritage grants, which are funded from "
      "scratch card proceeds, will be reduced by roughly 10% next year.",
      traps=[T("€212m in the first six months of the year",
               "212 million euros in the first half of the year"),
             T("down 8% on the first half of 2023", "8 percent lower than in the same period of 2023"),
             T("January's ban", "a ban, introduced in January"),
             T("reduced by roughly 10%", "cut by about a tenth")]),

    C("stained glass restoration", "rewrite", "inconsistent",
      "Restoration of the great west window at St Odo's Cathedral in Harrowgate will finish in June 2025, a "
      "year later than planned, the cathedral chapter said on Friday. Conservators from the Lindqvist Glass "
      "Studio found that lead cames holding 1,200 of the window's panels had corroded more badly than "
      "surveys had suggested. Studio director Agnes Lindqvist said every panel would be cleaned and "
      "re-leaded by hand. The project's cost has risen from £900,000 to £1.3 million; the chapter said the "
      "difference would be covered by a public appeal. The window, installed in 1874, has been boarded up "
      "since October 2022.",
      "The great west window at St Odo's Cathedral in Harrowgate will not be fully restored until June "
      "2026, a year behind schedule, the cathedral chapter announced on Friday. Conservators from the "
      "Lindqvist Glass Studio discovered that the lead cames securing 1,200 of its panels were more "
      "corroded than surveys had indicated. Each panel will be cleaned and re-leaded by hand, said the "
      "studio's director, Agnes Lindqvist. The cost of the work has climbed from £900,000 to £1.3m, and "
      "the shortfall will be met through a public appeal, Lindqvist added. The window, fitted in 1874, has "
      "been boarded up since October 2022.",
      errors=[E("June 2026", "date", "major", "June 2025"),
              E("Lindqvist added", "attribution", "major", "the chapter said")],
      traps=[T("a year behind schedule", "a year later than planned"),
             T("fitted in 1874", "installed in 1874")]),

    C("dog sled races", "rewrite", "consistent",
      "The 2025 Kallavik 400 dog sled race has been shortened to 320 kilometres because of thin ice on Lake "
      "Orrasjön, organisers said on Tuesday. The race will start as planned on 8 February, but teams will "
      "now bypass the lake crossing and follow a forest trail to the checkpoint at Mårby. Race director "
      "Sigrun Aalto said the decision was made after ice measurements showed a thickness of only 18 "
      "centimetres, below the 25-centimetre safety minimum. Forty-two teams have entered, six fewer than "
      "last year. Prize money remains unchanged at 600,000 kronor.",
      "Organisers of the Kallavik 400 dog sled race said on Tuesday that the 2025 edition will be cut to "
      "320km because the ice on Lake Orrasjön is too thin. Teams will skip the lake crossing and take a "
      "forest trail to the Mårby checkpoint instead, although the 8 February start date has not changed. "
      "The decision followed ice measurements showing a thickness of only 18cm, short of the 25cm safety "
      "minimum, race director Sigrun Aalto said. There are 42 teams in the field, down from 48 last year, "
      "and the purse stays at 600,000 kronor.",
      traps=[T("will be cut to 320km", "has been shortened to 320 kilometres"),
             T("the 8 February start date has not changed", "The race will start as planned on 8 February"),
             T("short of the 25cm safety minimum", "below the 25-centimetre safety minimum"),
             T("down from 48 last year", "six fewer than last year"),
             T("the purse stays at 600,000 kronor", "Prize money remains unchanged at 600,000 kronor")]),

    C("letterboxing", "rewrite", "inconsistent",
      "The Dunmoor National Park Authority may remove up to 90 letterboxes hidden on the moor after rangers "
      "found that some hikers were damaging stone walls while searching for them. Letterboxing, in which "
      "walkers follow clues to hidden boxes containing a rubber stamp and logbook, has been popular on "
      "Dunmoor since the 1850s. The authority said on Monday that it would consult the Dunmoor "
      "Letterboxing Club before making a final decision in May. Club secretary Gwen Tarrant said members "
      "were willing to relocate boxes away from walls. Around 4,000 letterboxes are currently registered "
      "on the moor.",
      "Up to 90 letterboxes hidden on Dunmoor are set to be removed by the national park authority after "
      "rangers discovered that some hikers had been damaging stone walls while hunting for them. "
      "Letterboxing, a pastime in which walkers follow clues to concealed boxes holding a rubber stamp and "
      "a logbook, has been popular on the moor since the 1850s. The authority said on Monday it would "
      "consult the Dunmoor Letterboxing Club before reaching a final decision in May. Members are prepared "
      "to move boxes away from walls, according to club secretary Gwen Tarrant. About 4,000 letterboxes "
      "are registered on the moor at present.",
      errors=[E("are set to be removed", "modality", "major", "may remove")],
      traps=[T("Members are prepared to move boxes away from walls",
               "members were willing to relocate boxes away from walls"),
             T("are registered on the moor at present", "are currently registered on the moor")]),
])

# --------------------------------------------------------------- rewrites 11-20
CASES.extend([
    C("window cleaners", "rewrite", "consistent",
      "Two window cleaners were rescued on Saturday after their cradle jammed 30 storeys up the side of the "
      "Corvane Tower in Eastport. Firefighters reached the men through a window on the 29th floor and "
      "pulled them inside at about 4.15pm, nearly three hours after the cradle stopped moving. Neither man "
      "was injured. The building's manager, Larkspur Property Services, said the cradle had passed an "
      "inspection in November and that an investigation had begun. Brightpane Ltd, which employs the two "
      "workers, said it had suspended all high-rise work pending the findings.",
      "Firefighters rescued two window cleaners in Eastport on Saturday after their cradle became stuck 30 "
      "floors up the Corvane Tower. Crews got to the pair through a 29th-floor window and brought them "
      "inside at around quarter past four in the afternoon, almost three hours after the cradle had come "
      "to a halt. Both men escaped unhurt. Larkspur Property Services, which manages the building, said an "
      "investigation was under way and that the cradle had been inspected and passed in November. The "
      "workers' employer, Brightpane Ltd, said it had halted all its high-rise jobs until the findings "
      "were known.",
      traps=[T("30 floors up", "30 storeys up"),
             T("at around quarter past four in the afternoon", "at about 4.15pm"),
             T("Both men escaped unhurt", "Neither man was injured"),
             T("the cradle had been inspected and passed in November",
               "the cradle had passed an inspection in November"),
             T("The workers' employer, Brightpane Ltd", "Brightpane Ltd, which employs the two workers")]),

    C("acupuncture clinics", "rewrite", "inconsistent",
      "The Health Practitioners Council of Serrano Province will require all acupuncture clinics to "
      "register with it from 1 September, after an inspection found that 23 of 160 clinics visited were "
      "using needles more than once. Clinics that fail to register could face fines of up to 15,000 pesos. "
      "Council president Dr Ramón Ibarra said most practitioners already met hygiene standards and that "
      "the rules were aimed at a small minority. The Provincial Acupuncture Association said it supported "
      "registration but asked for the deadline to be pushed back by three months. The council said it was "
      "considering the request.",
      "From 1 September every acupuncture clinic in Serrano Province will have to register with the "
      "provincial Health Practitioners Council, after inspectors found that 32 of the 160 clinics they "
      "visited were reusing needles. Clinics that do not register will be fined up to 15,000 pesos. Most "
      "practitioners already comply with hygiene standards, council president Dr Ramón Ibarra said, "
      "adding that the rules target a small minority. The Provincial Acupuncture Association says it backs "
      "registration but has asked for the deadline to be delayed by three months, a request the council "
      "said it was considering.",
      errors=[E("32 of the 160 clinics", "number", "major", "23 of 160 clinics"),
              E("will be fined", "modality", "major", "could face fines")],
      traps=[T("were reusing needles", "were using needles more than once"),
             T("delayed by three months", "pushed back by three months")]),

    C("whistling championships", "rewrite", "consistent",
      "Maren Holloway, a 67-year-old retired postwoman from Clettering, won the open title at the "
      "International Whistling Championships in Bayfield on Sunday, beating 58 competitors from 14 "
      "countries. Holloway, who took up competitive whistling only four years ago, scored 94 points out of "
      "100 for her rendition of a Schubert song. The runner-up, Tomasz Wierzba, finished two points "
      "behind. Organisers said entries were up by a quarter on last year's event, which had been held "
      "online. Next year's championships will be hosted by the town of Lindale in late April.",
      "A retired postwoman from Clettering, 67-year-old Maren Holloway, was crowned open champion at the "
      "International Whistling Championships in Bayfield on Sunday, seeing off 58 rivals from 14 nations. "
      "She scored 94 out of a possible 100 for her performance of a Schubert song, just four years after "
      "taking up whistling competitively. Tomasz Wierzba came second with 92 points. Entries rose 25% "
      "compared with last year, when the event took place online, according to the organisers. Lindale "
      "will host the championships next year, towards the end of April.",
      traps=[T("was crowned open champion", "won the open title"),
             T("seeing off 58 rivals from 14 nations", "beating 58 competitors from 14 countries"),
             T("came second with 92 points",
               "The runner-up, Tomasz Wierzba, finished two points behind"),
             T("Entries rose 25%", "entries were up by a quarter"),
             T("towards the end of April", "in late April")]),

    C("tyre dumps", "rewrite", "inconsistent",
      "Environmental inspectors have ordered the owner of an illegal tyre dump near Grelling to remove an "
      "estimated 300,000 tyres within 90 days. The Regional Environment Agency said the site, on a former "
      "quarry owned by Hasken Recycling, posed a serious fire risk to nearby homes and a railway line. The "
      "company had been warned twice since 2021. If the tyres are not cleared by the deadline, the agency "
      "will carry out the work itself and recover the costs, estimated at 2.4 million euros, from the "
      "company. Hasken Recycling did not respond to requests for comment.",
      "The owner of an illegal tyre dump near Grelling has been ordered by environmental inspectors to "
      "clear an estimated 300,000 tyres within 90 days. According to the Regional Environment Agency, the "
      "site, a former quarry belonging to Hasken Recycling, poses a serious fire risk to nearby homes and a "
      "railway line. The company has received two warnings since 2021. Should the tyres still be there "
      "after the deadline, the agency will do the clearance itself and recover the cost, put at €2.4m, "
      "from the company. The company has received two warnings since 2021. Hasken Recycling did not reply "
      "to requests for comment.",
      errors=[E("The company has received two warnings since 2021.", "repetition", "minor", None, occ=1)],
      traps=[T("has received two warnings", "had been warned twice"),
             T("Should the tyres still be there after the deadline",
               "If the tyres are not cleared by the deadline"),
             T("put at €2.4m", "estimated at 2.4 million euros")]),

    C("art forgery", "rewrite", "consistent",
      "A court in Velmont sentenced art dealer Casimir Roux to four years in prison on Thursday for selling "
      "forged paintings attributed to the 19th-century landscape painter Élodie Marchal. Prosecutors said "
      "Roux sold at least 11 fakes to private collectors between 2016 and 2021 for a total of 2.7 million "
      "euros. The forgeries were painted by an accomplice, Bruno Devaux, who was given a suspended sentence "
      "of 18 months after cooperating with investigators. Judge Anne-Claire Fontan ordered Roux to repay "
      "the buyers. His lawyer said he would appeal.",
      "Art dealer Casimir Roux was jailed for four years by a Velmont court on Thursday for selling fake "
      "paintings passed off as the work of Élodie Marchal, a 19th-century landscape artist. Between 2016 "
      "and 2021 he sold no fewer than 11 forgeries to private collectors for €2.7m in total, according to "
      "prosecutors. They had been painted by his accomplice Bruno Devaux, who was given an 18-month "
      "suspended sentence after helping investigators. Roux was also ordered by Judge Anne-Claire Fontan "
      "to pay back the buyers. He will appeal, his lawyer said.",
      traps=[T("was jailed for four years by a Velmont court",
               "A court in Velmont sentenced art dealer Casimir Roux to four years in prison"),
             T("no fewer than 11 forgeries", "at least 11 fakes"),
             T("after helping investigators", "after cooperating with investigators"),
             T("to pay back the buyers", "to repay the buyers")]),
])

CASES.extend([
    C("sumo stables", "rewrite", "inconsistent",
      "The Grand Sumo Council has suspended the master of the Kurogane stable for three tournaments after a "
      "wrestler visiting from the Mizukaze stable was struck by one of Kurogane's senior wrestlers during "
      "joint training. The council's compliance committee said the stablemaster, a former sekiwake, had "
      "failed to report the incident for two months. The senior wrestler, Hokuseiryu, has been suspended "
      "for one tournament. The council said it would send an inspector to the Kurogane stable every month "
      "until the end of the year. The injured wrestler, 19, has returned to training.",
      "The head of the Kurogane stable has been banned for three tournaments by the Grand Sumo Council "
      "after Hokuseiryu, one of the stable's senior wrestlers, struck a visiting wrestler from the "
      "Mizukaze stable during joint training. According to the council's compliance committee, the "
      "stablemaster, once a sekiwake, did not report the incident for two months. Hokuseiryu himself has "
      "been suspended for one tournament, the heaviest penalty ever given to a wrestler of his rank. Until "
      "the end of the year, the council will send an inspector to the Mizukaze stable every month. The "
      "19-year-old victim is back in training.",
      errors=[E("the Mizukaze stable", "entity", "major", "the Kurogane stable", occ=1),
              E("the heaviest penalty ever given to a wrestler of his rank", "addition", "major", None)],
      traps=[T("once a sekiwake", "a former sekiwake"),
             T("did not report the incident for two months",
               "had failed to report the incident for two months"),
             T("is back in training", "has returned to training")]),

    C("trebuchet contests", "rewrite", "consistent",
      "A team of engineering students from Hollins Technical College set a new record at the Westerby "
      "Trebuchet Contest on Saturday, hurling a 5-kilogram pumpkin 218 metres. The previous record of 196 "
      "metres had stood since 2017. The students spent eight months building the machine, which has a "
      "12-metre throwing arm made from laminated spruce. Contest rules prohibit any metal in the arm or the "
      "counterweight frame. Organiser Derek Pallister said about 3,000 spectators attended, the largest "
      "crowd in the event's 20-year history. The college team will receive a trophy and 2,000 pounds "
      "towards next year's entry.",
      "Engineering students from Hollins Technical College broke the Westerby Trebuchet Contest record on "
      "Saturday when their machine launched a 5kg pumpkin a distance of 218 metres, beating the mark of 196 "
      "metres that had stood since 2017. Their trebuchet, eight months in the making, has a 12-metre "
      "throwing arm of laminated spruce; under contest rules, neither the arm nor the counterweight frame "
      "may contain metal. Around 3,000 people turned out to watch, the biggest crowd in the contest's two "
      "decades, organiser Derek Pallister said. The team will receive a trophy plus £2,000 to put towards "
      "its entry next year.",
      traps=[T("broke the Westerby Trebuchet Contest record",
               "set a new record at the Westerby Trebuchet Contest"),
             T("eight months in the making", "The students spent eight months building the machine"),
             T("neither the arm nor the counterweight frame may contain metal",
               "Contest rules prohibit any metal in the arm or the counterweight frame"),
             T("the contest's two decades", "the event's 20-year history"),
             T("£2,000", "2,000 pounds")]),

    C("hunting horns", "rewrite", "inconsistent",
      "Brasswick & Sons, the last workshop in Farleigh still making hunting horns by hand, will close at "
      "the end of March after 112 years, its owner announced on Wednesday. Owner Graham Brasswick, 71, said "
      "he had been unable to find a buyer and that demand had fallen sharply since hunting with hounds was "
      "restricted in 2004. The workshop made around 150 horns a year at its peak but sold only 22 last "
      "year. The Farleigh Museum of Crafts has agreed to take the workshop's tools and a collection of 40 "
      "historic horns. Brasswick's two employees will receive redundancy payments.",
      "Brasswick & Sons, the last workshop in Farleigh where hunting horns are still made by hand, is to "
      "shut at the end of March after 112 years, its owner said on Wednesday. Graham Brasswick, 71, said no "
      "buyer had come forward and that demand had dropped steeply since hunting with hounds was restricted "
      "in 2004. At its height the workshop turned out about 150 horns a year, but last year it sold just "
      "22. The Farleigh Museum of Crafts has bought the workshop's tools along with a collection of 40 "
      "historic horns. The two members of staff will be given redundancy payments.",
      errors=[E("has bought", "event", "major", "has agreed to take")],
      traps=[T("is to shut", "will close"),
             T("no buyer had come forward", "he had been unable to find a buyer"),
             T("At its height", "at its peak")]),

    C("slot machines", "rewrite", "consistent",
      "The Gaming Control Commission of Ostrava Bay fined the Golden Reef Casino 340,000 dollars on Tuesday "
      "after finding that 17 of its slot machines had been paying out less than the legal minimum of 85 "
      "percent of stakes. The faults were traced to a software update installed by the supplier, Meridian "
      "Gaming Systems, in August. The commission said there was no evidence that the casino had known about "
      "the problem. Golden Reef has agreed to refund affected players, who can submit claims until 30 June. "
      "The machines have been switched off pending testing.",
      "Golden Reef Casino was fined $340,000 on Tuesday by Ostrava Bay's Gaming Control Commission after 17 "
      "of its slot machines were found to be returning less than 85% of stakes, the minimum the law "
      "allows. The commission traced the faults to a software update that the supplier, Meridian Gaming "
      "Systems, installed in August, and said it had found no evidence the casino was aware of the problem. "
      "Golden Reef has agreed to reimburse players who lost out, and they have until 30 June to submit "
      "claims. Until they have been tested, the machines will stay switched off.",
      traps=[T("was fined $340,000 on Tuesday by Ostrava Bay's Gaming Control Commission",
               "The Gaming Control Commission of Ostrava Bay fined the Golden Reef Casino 340,000 dollars on "
               "Tuesday"),
             T("85% of stakes, the minimum the law allows", "the legal minimum of 85 percent of stakes"),
             T("it had found no evidence the casino was aware of the problem",
               "there was no evidence that the casino had known about the problem"),
             T("reimburse players who lost out", "refund affected players"),
             T("Until they have been tested, the machines will stay switched off",
               "The machines have been switched off pending testing")]),

    C("wax museums", "rewrite", "inconsistent",
      "The Pemberton Wax Museum in Saltcombe will reopen on 14 May after a two-year, £6 million "
      "refurbishment, its owners, Heritage Attractions Group, said on Monday. The museum's new galleries "
      "include 60 figures, a third of them of local historical figures such as the shipbuilder Josiah "
      "Fenn. Curator Rosalind Achebe said the figures had been made by a team of eight sculptors using "
      "traditional beeswax methods. The town's mayor, Colin Brayshaw, said the reopening would bring an "
      "estimated 150,000 visitors a year to Saltcombe. Tickets go on sale on 1 April.",
      "Heritage Attractions Group said on Monday that its Pemberton Wax Museum in Saltcombe will reopen on "
      "14 May following a £6m refurbishment lasting two years. Of the 60 figures in the museum's new "
      "galleries, one in three depicts a figure from local history, among them the shipbuilder Josiah "
      "Fenn. A team of eight sculptors made the figures using traditional beeswax techniques, curator "
      "Rosalind Achebe said. She added that the reopening was expected to bring some 150,000 visitors a "
      "year to the town. Tickets will go on sale on 1 May.",
      errors=[E("She added", "attribution", "major", "The town's mayor, Colin Brayshaw, said"),
              E("1 May", "date", "major", "1 April")],
      traps=[T("one in three", "a third of them"),
             T("a £6m refurbishment lasting two years", "a two-year, £6 million refurbishment")]),
])

# -------------------------------------------------------------- summaries 21-30
CASES.extend([
    C("tugboat crews", "summary", "consistent",
      "Tugboat crews at the port of Kessel Haven will stage a 48-hour strike from 6am on Thursday after "
      "talks over pay and rest periods broke down, the Maritime Workers' Union said. The union, which "
      "represents 160 tug crew members employed by Harbourline Towage, is seeking a 7 percent pay rise and "
      "a guaranteed 11-hour rest break between shifts. Harbourline has offered 4 percent. Port authority "
      "spokesman Neil Okafor said large container ships would be unable to berth during the strike and "
      "that about 20 vessel movements were likely to be delayed. Harbourline said it remained open to "
      "further talks.",
      "A two-day strike by tugboat crews at Kessel Haven, starting on Thursday morning, is likely to delay "
      "about 20 vessel movements, and big container ships will not be able to berth. The union, which "
      "speaks for 160 Harbourline Towage crew members, wants a 7% rise and an 11-hour rest guarantee "
      "between shifts; the company has offered 4% and says it is open to more talks.",
      traps=[T("A two-day strike", "a 48-hour strike"),
             T("starting on Thursday morning", "from 6am on Thursday"),
             T("big container ships will not be able to berth",
               "large container ships would be unable to berth"),
             T("an 11-hour rest guarantee between shifts",
               "a guaranteed 11-hour rest break between shifts")]),

    C("milk banks", "summary", "inconsistent",
      "The Westland Donor Milk Bank collected 9,400 litres of breast milk last year, a record, allowing it "
      "to supply all 14 neonatal units in the region for the first time, its annual report shows. The "
      "bank, based at Cresswell General Hospital, screened 1,150 new donors, up from 870 the year before. "
      "Director Dr Ines Marlow said the increase followed a social media campaign and the opening of a "
      "second collection point at Larch Street Health Centre. Each litre of donor milk costs the bank about "
      "130 pounds to screen, pasteurise and deliver. The bank relies on charitable donations for a quarter "
      "of its funding.",
      "The Westland Donor Milk Bank, based at Larch Street Health Centre, collected a record 9,400 litres "
      "of breast milk last year and for the first time supplied all 14 of the region's neonatal units. New "
      "donors rose to 1,150 from 870 after a social media campaign and the opening of a second collection "
      "point. Charitable donations make up a third of its funding.",
      errors=[E("Larch Street Health Centre", "entity", "major", "Cresswell General Hospital"),
              E("a third", "number", "major", "a quarter")],
      traps=[T("New donors rose to 1,150 from 870",
               "screened 1,150 new donors, up from 870 the year before")]),

    C("gargoyle repair", "summary", "consistent",
      "Stonemasons have begun replacing 14 weathered gargoyles on the tower of All Hallows Church in "
      "Wickbury, the first major repair to the tower since 1936. The Diocese of Wickbury said the original "
      "limestone carvings had eroded so badly that several had lost their faces, and two had fallen onto "
      "the churchyard path last winter, though no one was hurt. The new gargoyles are being carved by "
      "master mason Ruth Okonedo from stone quarried near the village of Amberley Cross. Each takes about "
      "five weeks to complete. The £480,000 project, funded mainly by a national heritage grant, is due to "
      "finish next summer.",
      "Master mason Ruth Okonedo is carving replacements for 14 eroded gargoyles on the tower of All "
      "Hallows Church in Wickbury, the tower's first major repair since 1936. Two of the originals fell "
      "last winter without injuring anyone. The £480,000 job, mostly paid for by a national heritage "
      "grant, should be finished next summer.",
      traps=[T("eroded gargoyles", "weathered gargoyles"),
             T("fell last winter without injuring anyone",
               "had fallen onto the churchyard path last winter, though no one was hurt"),
             T("mostly paid for by a national heritage grant", "funded mainly by a national heritage grant"),
             T("should be finished next summer", "is due to finish next summer")]),

    C("snowshoe makers", "summary", "inconsistent",
      "Trailcraft Outfitters will replace Alpenfrost as the snowshoe supplier to the Nordvik Mountain "
      "Rescue Service under a five-year deal, the company said on Tuesday. Alpenfrost had supplied the "
      "service since 2015. Under the agreement, worth 1.1 million kroner, Trailcraft will deliver 400 pairs "
      "of its aluminium-frame Ridgeline model this winter and replace damaged pairs free of charge. The "
      "rescue service tested snowshoes from four manufacturers over two seasons before making its choice. "
      "Chief rescue officer Anders Holm said the Ridgeline performed best on steep, icy slopes. Trailcraft, "
      "based in the town of Sorvik, employs 35 people and makes about 12,000 pairs a year.",
      "Alpenfrost is to replace Trailcraft Outfitters as the Nordvik Mountain Rescue Service's snowshoe "
      "supplier under a five-year deal worth 1.1 million kroner, chosen after two seasons of testing "
      "products from four manufacturers. The Ridgeline model did best on steep, icy slopes; 400 pairs will "
      "be delivered this winter.",
      errors=[E("Alpenfrost is to replace Trailcraft Outfitters", "role", "critical",
                "Trailcraft Outfitters will replace Alpenfrost")],
      traps=[T("chosen after two seasons of testing products from four manufacturers",
               "tested snowshoes from four manufacturers over two seasons before making its choice"),
             T("did best on steep, icy slopes", "performed best on steep, icy slopes")]),

    C("chiropodists", "summary", "consistent",
      "Patients in the Dunholt health district will wait up to 18 weeks for a routine chiropody appointment "
      "this year, compared with eight weeks in 2022, according to figures published by the district health "
      "board on Friday. The board employs 26 chiropodists, four fewer than two years ago, and has been "
      "unable to fill the vacancies despite offering a 3,000-pound joining bonus. Diabetic patients with "
      "foot ulcers will continue to be seen within 48 hours. Board chair Patricia Nwosu said a new training "
      "partnership with Eastvale University should produce its first graduates in 2026.",
      "Waits for routine chiropody appointments in the Dunholt health district will reach up to 18 weeks "
      "this year, more than twice the eight weeks of 2022, as the health board struggles to fill four "
      "chiropodist vacancies despite a £3,000 joining bonus. Diabetic patients with foot ulcers will still "
      "be seen within two days.",
      traps=[T("more than twice the eight weeks of 2022", "compared with eight weeks in 2022"),
             T("four chiropodist vacancies", "four fewer than two years ago"),
             T("a £3,000 joining bonus", "a 3,000-pound joining bonus"),
             T("within two days", "within 48 hours")]),
])

CASES.extend([
    C("tidal turbines", "summary", "inconsistent",
      "Oceanic Current Power has installed the first of six tidal turbines in the Sound of Carrach, the "
      "company said on Wednesday. The 1.5-megawatt turbine was lowered onto the seabed from a barge and is "
      "expected to start supplying the grid in September once cable tests are complete. The remaining five "
      "turbines could be installed next year, depending on a decision by the Marine Licensing Authority on "
      "an extension to the site. When complete, the array would generate enough electricity for about "
      "7,000 homes. Project director Fiona Carrick said monitoring so far showed no harm to seals or "
      "porpoises in the area.",
      "Oceanic Current Power has lowered the first of six tidal turbines onto the seabed in the Sound of "
      "Carrach, a 1.5MW unit expected to feed the grid from September. The other five will follow next "
      "year, giving an array able to power about 7,000 homes, the biggest of its kind in the country. No "
      "harm to local seals or porpoises has been recorded so far.",
      errors=[E("will follow next year", "modality", "major", "could be installed next year"),
              E("the biggest of its kind in the country", "addition", "major", None)],
      traps=[T("expected to feed the grid from September",
               "expected to start supplying the grid in September")]),

    C("siege engines", "summary", "consistent",
      "Archaeologists excavating the site of Harnholt Castle have uncovered the remains of a 13th-century "
      "siege engine, believed to be the most complete example found in northern Europe, the Museum of "
      "Tervane announced on Monday. The team recovered the oak base frame, parts of the throwing arm and 27 "
      "carved stone balls weighing between 20 and 45 kilograms. Excavation leader Dr Mathilde Vos said the "
      "engine was probably built by the army that besieged the castle in 1274 and left behind after the "
      "siege ended. The finds will be conserved over the next three years before going on display. The "
      "excavation was funded by the Tervane Heritage Fund.",
      "An excavation at Harnholt Castle has turned up what is thought to be the most complete siege engine "
      "found in northern Europe, dating from the 13th century, including its oak base frame, parts of the "
      "arm and 27 stone balls of 20-45kg. It was probably left behind by the force that besieged the castle "
      "in 1274, and will go on show after three years of conservation.",
      traps=[T("what is thought to be", "believed to be"),
             T("stone balls of 20-45kg", "stone balls weighing between 20 and 45 kilograms"),
             T("the force that besieged the castle in 1274", "the army that besieged the castle in 1274"),
             T("will go on show after three years of conservation",
               "The finds will be conserved over the next three years before going on display")]),

    C("lacquerware", "summary", "inconsistent",
      "The Hoshino Lacquer Guild in the town of Ushigase has won a court case against a furniture importer "
      "that sold plastic trays marketed as 'Ushigase lacquerware'. The district court ruled on Thursday "
      "that the importer, Sunrise Home Goods, had misled consumers and ordered it to pay 8 million yen in "
      "damages and withdraw the products. The guild, whose 45 members use traditional urushi sap, had "
      "sought 20 million yen. Guild chairman Kenji Moriyama said the ruling protected the reputation of "
      "craftsmen, but he was disappointed by the size of the award. Sunrise Home Goods said it would not "
      "appeal.",
      "A district court has ordered Sunrise Home Goods to pay 8 million yen in damages and pull the plastic "
      "trays it sold as 'Ushigase lacquerware', in a case brought by the town's Hoshino Lacquer Guild, "
      "which had sought 20 million yen. The guild welcomed the ruling but was disappointed with the award; "
      "the importer plans to appeal.",
      errors=[E("plans to appeal", "polarity", "critical", "would not appeal")],
      traps=[T("pull the plastic trays", "withdraw the products")]),

    C("pole vault pits", "summary", "consistent",
      "The Athletics Federation of Marrowdale has ordered clubs to stop using pole vault landing pits made "
      "before 2012 after a vaulter suffered a spinal injury at a meeting in Crestford last month. An "
      "investigation found that the foam in the pit, manufactured in 2009, had compressed to less than "
      "half its original depth. The federation said about 40 clubs were affected and that it would "
      "contribute up to 60 percent of the cost of replacement pits, which cost around 18,000 euros each. "
      "The injured athlete, 22-year-old Sara Lindgren, is recovering in hospital. The ban takes effect "
      "immediately.",
      "Marrowdale's athletics federation has banned pole vault pits made before 2012 with immediate effect "
      "after a vaulter suffered a spinal injury in Crestford last month; an inquiry found the 2009 pit's "
      "foam had compressed to under half its original depth. Some 40 clubs are affected, and the "
      "federation will pay up to 60% of the roughly €18,000 cost of each replacement.",
      traps=[T("has banned pole vault pits made before 2012",
               "has ordered clubs to stop using pole vault landing pits made before 2012"),
             T("with immediate effect", "The ban takes effect immediately"),
             T("an inquiry found", "An investigation found"),
             T("to under half its original depth", "to less than half its original depth"),
             T("Some 40 clubs", "about 40 clubs")]),

    C("spearfishing", "summary", "inconsistent",
      "Coastguards recovered the body of a spearfisherman off Punta Lerma on Sunday, a day after he failed "
      "to return from a dive, the regional maritime authority said. The man, a 38-year-old local "
      "fisherman, had gone out alone from the harbour at Calvino early on Saturday. His boat was found "
      "anchored and empty about two kilometres offshore that evening. Divers from the Lerma Coastguard "
      "Station located the body at a depth of 22 metres. The authority said it was again urging "
      "spearfishers never to dive alone and to use a surface marker buoy. It was the third spearfishing "
      "death in the region this year.",
      "A 38-year-old fisherman who set out alone from Calvino on Saturday to spearfish was found dead on "
      "Sunday, his body having washed ashore at Punta Lerma; his empty boat had been found anchored "
      "offshore. It was the region's third spearfishing death this year, and the maritime authority again "
      "urged spearfishers never to dive alone and to use a surface marker buoy, and never to dive alone.",
      errors=[E("washed ashore at Punta Lerma", "event", "major",
                "Coastguards recovered the body of a spearfisherman off Punta Lerma"),
              E("never to dive alone", "repetition", "minor", None, occ=1)],
      traps=[T("his empty boat had been found anchored offshore",
               "His boat was found anchored and empty about two kilometres offshore"),
             T("the region's third spearfishing death this year",
               "the third spearfishing death in the region this year")]),
])

# ----------------------------------------------------------- translations 31-40
CASES.extend([
    C("gondoliers", "translation", "consistent",
      "The municipal council of Castelvento approved on Tuesday a new rule that limits the number of "
      "passengers per gondola to five, instead of the current six. The measure, proposed after two "
      "capsizings last summer, will enter into force on 1 March. According to the councillor for "
      "transport, Marta Zanetti, the average weight of tourists has increased and the boats, built for six "
      "people, are now often overloaded. The gondoliers' association, which counts 410 members, criticised "
      "the decision, saying that it will reduce its members' income by around 15 percent. The fine for "
      "those who violate the limit will be 500 euros.",
      "On Tuesday Castelvento's city council passed a regulation cutting the maximum number of passengers "
      "allowed on a gondola from six to five. The rule, which was put forward following two boats "
      "overturning last summer, takes effect from 1 March. Transport councillor Marta Zanetti explained "
      "that tourists weigh more on average than they used to, so the gondolas, designed to carry six, "
      "frequently end up overloaded. The 410-member gondoliers' association has attacked the move, arguing "
      "it will cut members' earnings by roughly 15%. Anyone breaking the limit will face a €500 fine.",
      traps=[T("cutting the maximum number of passengers allowed on a gondola from six to five",
               "limits the number of passengers per gondola to five, instead of the current six"),
             T("two boats overturning", "two capsizings"),
             T("tourists weigh more on average than they used to",
               "the average weight of tourists has increased"),
             T("The 410-member gondoliers' association",
               "The gondoliers' association, which counts 410 members"),
             T("roughly 15%", "around 15 percent")]),

    C("salt caves", "translation", "inconsistent",
      "The salt cave in Wielomin, closed since November because of flooding in the lower galleries, will "
      "reopen to visitors on 15 April, the management of the Wielomin Salt Mine company announced. Pumping "
      "the water out lasted almost four months and cost 2.3 million zlotys. Tourists will initially be able "
      "to visit only the upper level, including the chapel carved in salt in the 18th century. The lower "
      "galleries, where the therapeutic sanatorium is located, will remain closed at least until the "
      "autumn. Last year the cave was visited by 280,000 people.",
      "Visitors will be able to return to the Wielomin salt cave from 15 April, the management of the "
      "Wielomin Salt Mine company has said. The cave has been shut since November, when its lower galleries "
      "flooded. It took nearly four months to pump out the water, at a cost of 2.3 million zlotys. At "
      "first, tourists will have access only to the upper level, which includes a chapel carved out of the "
      "salt in the 1800s. The lower galleries, home to the health sanatorium, will stay closed until autumn "
      "at the earliest. The cave had 280,000 visitors last year.",
      errors=[E("in the 1800s", "date", "minor", "in the 18th century")],
      traps=[T("It took nearly four months to pump out the water",
               "Pumping the water out lasted almost four months"),
             T("until autumn at the earliest", "at least until the autumn"),
             T("The cave had 280,000 visitors last year", "Last year the cave was visited by 280,000 people")]),

    C("tsunami sirens", "translation", "consistent",
      "The regional government of Los Riscos will install 34 new tsunami warning sirens along the coast "
      "before the end of the year, with an investment of 1,900 million pesos. The regional governor, "
      "Claudia Ferrada, explained that the current sirens, installed in 2011, cannot be heard in a third of "
      "the coastal neighbourhoods. The new devices have a range of three kilometres and will operate with "
      "solar batteries, so they will work even during power cuts. The first sirens will be tested on 12 "
      "October in Puerto Almagre, in a drill in which some 8,000 residents are expected to participate.",
      "Los Riscos's regional administration will put up 34 new tsunami sirens on its coastline by the end "
      "of this year, investing 1.9 billion pesos. According to Governor Claudia Ferrada, the existing "
      "sirens, dating from 2011, are inaudible in one in three coastal neighbourhoods. The replacements can "
      "be heard up to 3km away and run on solar-charged batteries, meaning they will keep working if the "
      "power goes out. The first of them will be trialled in Puerto Almagre on 12 October during a drill "
      "expected to involve around 8,000 residents.",
      traps=[T("1.9 billion pesos", "1,900 million pesos"),
             T("dating from 2011", "installed in 2011"),
             T("are inaudible in one in three coastal neighbourhoods",
               "cannot be heard in a third of the coastal neighbourhoods"),
             T("can be heard up to 3km away", "have a range of three kilometres"),
             T("they will keep working if the power goes out", "they will work even during power cuts")]),

    C("glockenspiel", "translation", "inconsistent",
      "The glockenspiel in the tower of Ostermünde town hall will play again from Saturday after a "
      "restoration lasting 14 months. The 24 bronze bells were cleaned in a foundry in Bavaria, and the "
      "mechanical drive was replaced by a computer control, the city administration said. Mayor Jürgen "
      "Haberland said that the carillon would sound three times a day, at 11, 15 and 18 o'clock, instead of "
      "twice as before. The costs of 420,000 euros were shared by the city and a citizens' foundation. "
      "According to tower warden Elke Brandt, one of the bells from 1928 had a crack and had to be recast.",
      "After a 14-month restoration, the glockenspiel in the Ostermünde town hall tower will ring out again "
      "from Saturday. According to the city authorities, its 24 bronze bells were cleaned at a Bavarian "
      "foundry and the mechanical drive has been swapped for computer control. Mayor Jürgen Haberland said "
      "the chimes would now be heard three times daily, at 11am, 3pm and 6pm, rather than once a day as in "
      "the past. The city and a citizens' foundation split the €420,000 cost between them. One of the "
      "bells, dating from 1928, was cracked and had to be recast, the mayor added.",
      errors=[E("once a day", "number", "major", "twice"),
              E("the mayor added", "attribution", "major", "According to tower warden Elke Brandt")],
      traps=[T("at 11am, 3pm and 6pm", "at 11, 15 and 18 o'clock"),
             T("split the €420,000 cost between them",
               "The costs of 420,000 euros were shared by the city and a citizens' foundation")]),

    C("javelin", "translation", "consistent",
      "Javelin thrower Aarni Kivelä improved the Finnish junior record on Sunday in Harjuvesi, throwing "
      "81.40 metres. The previous record, 80.12, had been held by Kivelä himself since last June. The "
      "19-year-old said after the competition that his shoulder, which was operated on in the winter, no "
      "longer hurts and that he is aiming for a place in the senior national team. Coach Petri Lahdenperä "
      "said the throw was not a surprise, because Kivelä had thrown over 80 metres several times in "
      "training. The next competition will be the national championships in Kaustila at the end of July.",
      "On Sunday in Harjuvesi, Aarni Kivelä set a new Finnish junior javelin record of 81.40m, beating by "
      "more than a metre the 80.12m mark he had set himself last June. Speaking after the event, the "
      "19-year-old said his shoulder, which underwent surgery over the winter, was no longer giving him "
      "pain, and that he had his sights on a place in the senior national team. His coach, Petri "
      "Lahdenperä, said he was not surprised by the throw, as Kivelä had repeatedly gone past 80m in "
      "training. Next up is the national championships in Kaustila in late July.",
      traps=[T("by more than a metre", "The previous record, 80.12"),
             T("which underwent surgery over the winter", "which was operated on in the winter"),
             T("was no longer giving him pain", "no longer hurts"),
             T("he had his sights on a place in the senior national team",
               "he is aiming for a place in the senior national team"),
             T("in late July", "at the end of July")]),
])

CASES.extend([
    C("vault makers", "translation", "inconsistent",
      "The safe manufacturer Coffres Baudry, based in Sainte-Aubière, has won a contract worth 6 million "
      "francs to build the new underground vault of the Cantonal Bank of Vaudrin. The vault, with a surface "
      "of 400 square metres, will house safe deposit boxes for private customers as well as the bank's gold "
      "reserves. The director, Sylvie Baudry, granddaughter of the founder, said that the reinforced steel "
      "door would weigh 22 tonnes. The work will begin in January and is to last eighteen months. The "
      "company, which employs 70 people, beat two German competitors.",
      "Coffres Baudry, a safe maker from Sainte-Aubière, has secured a 6-million-franc contract to build "
      "the Cantonal Bank of Vaudrin's new underground strongroom. Covering 400 square metres, the "
      "strongroom will hold private clients' safe deposit boxes and also the canton's gold reserves. "
      "According to company head Sylvie Baudry, the founder's granddaughter, its reinforced steel door will "
      "weigh 22 tonnes. Construction is due to start in January and take a year and a half. The "
      "70-employee firm saw off two German rivals to win the job.",
      errors=[E("the canton's gold reserves", "entity", "major", "the bank's gold reserves")],
      traps=[T("new underground strongroom", "new underground vault"),
             T("take a year and a half", "is to last eighteen months"),
             T("saw off two German rivals", "beat two German competitors")]),

    C("perfume houses", "translation", "consistent",
      "The perfume house Maison Ferrand, founded in Grasseval in 1872, has been bought by the cosmetics "
      "group Lumena for an amount that was not disclosed. The family company, which produces around 40 "
      "fragrances, will keep its name and its workshop in Grasseval, where 120 people work. Its president, "
      "Hélène Ferrand, fifth generation of the family, will remain at the head of the company for at least "
      "two years. Lumena said it wants to double Maison Ferrand's sales in Asia, which currently represent "
      "15 percent of turnover. The operation must still be approved by the competition authorities.",
      "Cosmetics group Lumena has acquired Maison Ferrand, the Grasseval perfume house established in "
      "1872, for an undisclosed sum. The family-owned firm, which makes about 40 scents, will retain both "
      "its name and its Grasseval workshop, which employs 120 people. Hélène Ferrand, a fifth-generation "
      "member of the family, will stay on as president for a minimum of two years. Lumena says it aims to "
      "double Maison Ferrand's Asian sales, currently 15% of its revenue. Competition regulators have yet "
      "to approve the deal.",
      traps=[T("Cosmetics group Lumena has acquired Maison Ferrand",
               "has been bought by the cosmetics group Lumena"),
             T("for an undisclosed sum", "for an amount that was not disclosed"),
             T("for a minimum of two years", "for at least two years"),
             T("Competition regulators have yet to approve the deal",
               "The operation must still be approved by the competition authorities")]),

    C("didgeridoo makers", "translation", "inconsistent",
      "Didgeridoo builder Joris Hendriks from Zwolde has reached an agreement with the Australian art "
      "centre Warrangu Arts about the use of traditional designs. From now on, Hendriks will pay the centre "
      "a fee of 12 percent for every instrument with an Aboriginal motif that he sells. The centre had "
      "accused him last year of using the designs without permission. Hendriks, who has been making "
      "didgeridoos from eucalyptus wood for 25 years, said he had not realised the designs were protected. "
      "Instruments without decorations are not covered by the agreement. He sells around 300 instruments a "
      "year, mainly in Germany and Belgium.",
      "Joris Hendriks, a didgeridoo maker in Zwolde, has come to an arrangement with the Australian art "
      "centre Warrangu Arts concerning the use of traditional designs. From now on, the art centre will pay "
      "Hendriks a 12 percent fee on each instrument with an Aboriginal motif that he sells. Last year the "
      "centre had accused him of using the designs without permission. Hendriks, who has built didgeridoos "
      "from eucalyptus wood for a quarter of a century, says he was unaware that the designs were "
      "protected. Undecorated instruments are also covered by the arrangement. He sells some 300 "
      "instruments a year, mostly in Germany and Belgium.",
      errors=[E("the art centre will pay Hendriks", "role", "critical", "Hendriks will pay the centre"),
              E("are also covered", "polarity", "major", "are not covered")],
      traps=[T("for a quarter of a century", "for 25 years"),
             T("says he was unaware", "said he had not realised")]),

    C("hammer throwers", "translation", "consistent",
      "Hungarian hammer thrower Réka Palotás won the women's competition at the international meeting in "
      "Vásárfalva on Saturday with a throw of 72.35 metres, her best result this season. The 27-year-old "
      "athlete, who missed last year's season because of a knee injury, beat the Polish Marta Zielonka by "
      "41 centimetres. Palotás said after the competition that the wet throwing circle had made her "
      "nervous, but her fourth attempt had been technically almost perfect. In the men's competition the "
      "home favourite, Gergő Barta, finished only fifth. The meeting was watched by 3,500 spectators.",
      "Réka Palotás of Hungary took the women's hammer title at Saturday's international meeting in "
      "Vásárfalva, throwing a season's best of 72.35m. The 27-year-old, who sat out last season with a "
      "knee injury, finished 41cm ahead of Poland's Marta Zielonka. Speaking afterwards, Palotás said the "
      "wet circle had unsettled her, but that technically her fourth throw had been close to perfect. "
      "Local favourite Gergő Barta could manage only fifth place in the men's event. A crowd of 3,500 "
      "watched the competition.",
      traps=[T("throwing a season's best of 72.35m",
               "with a throw of 72.35 metres, her best result this season"),
             T("sat out last season with a knee injury",
               "missed last year's season because of a knee injury"),
             T("finished 41cm ahead of Poland's Marta Zielonka",
               "beat the Polish Marta Zielonka by 41 centimetres"),
             T("technically her fourth throw had been close to perfect",
               "her fourth attempt had been technically almost perfect"),
             T("could manage only fifth place", "finished only fifth")]),

    C("gilders", "translation", "inconsistent",
      "Gilders from the workshop of Tomáš Brodský have completed the regilding of the dome of the Church of "
      "St Prokop in Lhotín. Over five months they applied about 11,000 sheets of 23.75-carat gold leaf, "
      "using roughly 900 grams of gold in total. The work cost 3.4 million crowns, half of which was paid "
      "by the Ministry of Culture. According to Brodský, the previous gilding from 1968 had been damaged "
      "mainly by hail. The scaffolding will be removed by the end of the month, and the church will be open "
      "to the public again from 1 June, except on Mondays.",
      "The gilders of Tomáš Brodský's workshop have finished regilding the dome of St Prokop's Church in "
      "Lhotín. In five months they laid around 11,000 leaves of 23.75-carat gold, which together contained "
      "approximately 900 grams of the metal. Half of the 3.4-million-crown cost was covered by the Ministry "
      "of Culture. Brodský said the old gilding, dating from 1968, had mostly been damaged by hail. The "
      "scaffolding is due to come down before the end of the month, and from 1 June the church will once "
      "again be open to visitors.",
      errors=[OM("except on Mondays", "minor", after="open to visitors")],
      traps=[T("around 11,000 leaves", "about 11,000 sheets"),
             T("Half of the 3.4-million-crown cost was covered by the Ministry of Culture",
               "The work cost 3.4 million crowns, half of which was paid by the Ministry of Culture")]),
])


# ------------------------------------------------------------ build & validate
def nth_find(haystack, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = haystack.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def word_count(text):
    return len(re.findall(r"\S+", text))


def cuts_word(s, start, end):
    """True if [start, end) starts or ends inside a word."""
    def inside(i):
        return 0 < i < len(s) and s[i - 1].isalnum() and s[i].isalnum()
    return inside(start) or inside(end)


def build(problems):
    records = []
    for n, case in enumerate(CASES, 1):
        rid = "%s-%03d" % (SET_ID, n)
        ref, cand = case["reference"], case["candidate"]

        def bad(msg):
            problems.append("%s (%s): %s" % (rid, case["domain"], msg))

        spans = []
        errors = []
        for e in case["errors"]:
            if e["type"] not in ERROR_TYPES:
                bad("unknown error type %r" % e["type"])
            if e["severity"] not in SEVERITIES:
                bad("bad severity %r" % e["severity"])
            if e["type"] == "omission":
                if case["mode"] == "summary":
                    bad("omission in a summary")
                if e["after"] is not None:
                    p = nth_find(cand, e["after"], e["occ"])
                    start = p + len(e["after"]) if p >= 0 else -1
                else:
                    start = nth_find(cand, e["before"], e["occ"])
                if start < 0:
                    bad("omission anchor not found")
                    continue
                end = start
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad("omission ref_text not in reference: %r" % e["ref_text"])
                if e["ref_text"].lower() in cand.lower():
                    bad("omitted words still present in candidate: %r" % e["ref_text"])
                if cuts_word(cand, start, end):
                    bad("omission point inside a word")
            else:
                start = nth_find(cand, e["text"], e["occ"])
                if start < 0:
                    bad("error text not found: %r (occ %d)" % (e["text"], e["occ"]))
                    continue
                end = start + len(e["text"])
                if e["type"] in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        bad("%s must have ref_text null" % e["type"])
                else:
                    if not e["ref_text"] or e["ref_text"] not in ref:
                        bad("error ref_text not in reference: %r" % e["ref_text"])
                    if e["ref_text"] == e["text"]:
                        bad("error text identical to ref_text")
                if e["type"] == "repetition":
                    first = cand.find(e["text"])
                    if first < 0 or first + len(e["text"]) > start:
                        bad("repetition span has no earlier copy")
                if e["type"] == "addition" and e["text"] in ref:
                    bad("addition text occurs in reference")
                if cuts_word(cand, start, end):
                    bad("error span cuts a word: %r" % e["text"])
            spans.append((start, end, "error"))
            errors.append({"start": start, "end": end, "text": cand[start:end], "type": e["type"],
                           "severity": e["severity"], "ref_text": e["ref_text"]})

        traps = []
        for t in case["traps"]:
            start = nth_find(cand, t["text"], t["occ"])
            if start < 0:
                bad("trap text not found: %r" % t["text"])
                continue
            end = start + len(t["text"])
            if t["ref_text"] not in ref:
                bad("trap ref_text not in reference: %r" % t["ref_text"])
            if t["ref_text"] == t["text"]:
                bad("trap text identical to ref_text")
            if cuts_word(cand, start, end):
                bad("trap span cuts a word: %r" % t["text"])
            spans.append((start, end, "trap"))
            traps.append({"start": start, "end": end, "text": cand[start:end], "ref_text": t["ref_text"]})

        # overlaps (a zero-width omission may not sit strictly inside another span)
        spans.sort()
        for (s1, e1, k1), (s2, e2, k2) in zip(spans, spans[1:]):
            if s2 < e1 or (s1 == e1 == s2 == e2):
                bad("overlapping spans %r/%r" % (cand[s1:e1], cand[s2:e2]))
        for s, e, k in spans:
            if s == e:
                for s2, e2, k2 in spans:
                    if s2 < s < e2:
                        bad("omission point inside another span")

        if case["domain"] not in DOMAINS:
            bad("domain not in list")
        if case["mode"] not in ("rewrite", "summary", "translation"):
            bad("bad mode")
        wc = word_count(ref)
        if not 70 <= wc <= 190:
            bad("reference has %d words" % wc)
        if case["mode"] == "summary" and not (len(cand) < len(ref) and word_count(cand) < wc):
            bad("summary not shorter than reference")
        if case["label"] == "consistent":
            if errors:
                bad("consistent pair has errors")
            if not 3 <= len(traps) <= 5:
                bad("consistent pair has %d traps" % len(traps))
        elif case["label"] == "inconsistent":
            if not errors:
                bad("inconsistent pair without errors")
            if len(traps) > 3:
                bad("inconsistent pair has %d traps" % len(traps))
        else:
            bad("bad label")
        if ref == cand:
            bad("candidate identical to reference")

        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": rid, "domain": case["domain"], "mode": case["mode"],
                        "reference": ref, "candidate": cand, "label": case["label"],
                        "errors": errors, "traps": traps})
    return records


def composition(records):
    comp = {"mode": {}, "label": {}, "mode_label": {}, "error_type": {}, "errors_per_pair": {}}
    for r in records:
        comp["mode"][r["mode"]] = comp["mode"].get(r["mode"], 0) + 1
        comp["label"][r["label"]] = comp["label"].get(r["label"], 0) + 1
        key = r["mode"] + "/" + r["label"]
        comp["mode_label"][key] = comp["mode_label"].get(key, 0) + 1
        for e in r["errors"]:
            comp["error_type"][e["type"]] = comp["error_type"].get(e["type"], 0) + 1
        if r["label"] == "inconsistent":
            k = len(r["errors"])
            comp["errors_per_pair"][k] = comp["errors_per_pair"].get(k, 0) + 1
    return comp


def check_composition(records, problems):
    comp = composition(records)
    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    if comp["mode"] != {"rewrite": 20, "summary": 10, "translation": 10}:
        problems.append("mode counts %r" % comp["mode"])
    if comp["label"] != {"consistent": 20, "inconsistent": 20}:
        problems.append("label counts %r" % comp["label"])
    for m, total in (("rewrite", 20), ("summary", 10), ("translation", 10)):
        for lab in ("consistent", "inconsistent"):
            if comp["mode_label"].get(m + "/" + lab, 0) != total // 2:
                problems.append("%s/%s count wrong" % (m, lab))
    if sum(comp["error_type"].values()) != 30:
        problems.append("expected 30 errors, got %d" % sum(comp["error_type"].values()))
    for t in ERROR_TYPES:
        if comp["error_type"].get(t, 0) < 2:
            problems.append("error type %s has fewer than 2 instances" % t)
    if any(k > 2 for k in comp["errors_per_pair"]):
        problems.append("some inconsistent pair has more than 2 errors")
    domains = [r["domain"] for r in records]
    if len(set(domains)) != len(domains) or set(domains) != set(DOMAINS):
        problems.append("domains are not the 40 listed ones, each used once")
    return comp


def main():
    check_only = "--check" in sys.argv[1:]
    problems = []
    records = build(problems)
    comp = check_composition(records, problems)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print(json.dumps(comp, indent=1, sort_keys=True))
    if check_only:
        print("check passed: %d pairs (nothing written)" % len(records))
        return
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d pairs to %s" % (len(records), OUT_PATH))


if __name__ == "__main__":
    main()
