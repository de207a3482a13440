#!/usr/bin/env python3
"""Held-out evaluation set 112 for a reference-vs-candidate fact-comparison tool.

How it was made
---------------
Every pair below was hand-written by a helper session that saw no code or data of
the project (and no existing benchmark); it worked only from a written brief.
All people, companies, organisations, places and figures are invented; real
countries or regions appear only as background. No offsets are typed by hand:
the script finds every span by string search (with an occurrence index where a
quoted text repeats), validates the whole set, and writes set112.jsonl next to
this file.  `python3 make_set112.py --check` validates only and writes nothing.

Composition
-----------
* 40 pairs, one per domain (40 different domains), news/agency/corporate/official
  register, references 70-190 words.
* Labels: 20 consistent, 20 inconsistent.
* Modes: 20 rewrite (10 consistent / 10 inconsistent), 10 summary (5 / 5),
  10 translation (5 / 5; both texts are independent English translations of the
  same notional non-English story).
* 30 errors over the 11 types: entity 3, number 3, date 3, role 3, polarity 3,
  modality 3, attribution 3, event 3, omission 2, addition 2, repetition 2.
  10 inconsistent pairs carry 1 error and 10 carry 2.  Omissions occur only in
  rewrite/translation pairs.
* Traps (faithful rewordings a naive checker might flag): 3-5 in every
  consistent pair, 0-3 in every inconsistent pair.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set112.jsonl")
N = 112

DOMAINS = [
    "rural bus timetable cuts", "ice rink refrigeration leak",
    "sheep shearing contractor shortage", "vintage car rally cancellation",
    "harbour crane collapse", "children's hospital wing opening",
    "copper wire theft on railways", "municipal composting scheme",
    "planetarium refurbishment", "satellite launch postponement",
    "wool cooperative bankruptcy", "cider producer takeover",
    "dam spillway inspection", "telescope time allocation",
    "paper mill water discharge", "language school visa rules",
    "ferry terminal parking charges", "mushroom farm contamination",
    "weather radar replacement", "dairy cooperative milk price",
    "theatre roof asbestos removal", "salmon river fishing quota",
    "quarry blasting complaints", "hospice funding appeal",
    "glacier retreat monitoring", "wine cellar flooding",
    "asylum reception centre capacity", "textbook printing delay",
    "horse-drawn carriage ban", "sports hall roof collapse",
    "pension fund property sale", "beach lifeguard recruitment",
    "organic certification fraud", "rice export quota",
    "tyre factory layoffs", "ski jump renovation", "night train revival",
    "chocolate factory cocoa shortage", "marina expansion objections",
    "railway signal box closure",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}


def E(text, etype, severity, ref_text, occ=None, after=None, before=None):
    """An error. For omissions give text="" and an anchor: `after` (the gap is
    right after that candidate text) or `before` (the gap is right before it)."""
    return {"text": text, "type": etype, "severity": severity,
            "ref_text": ref_text, "occ": occ, "after": after, "before": before}


def T(text, ref_text, occ=None):
    """A trap: faithful candidate wording `text` for reference wording `ref_text`."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


CASES = [
# 1 ------------------------------------------------------------------------
dict(domain="rural bus timetable cuts", mode="rewrite", label="consistent",
reference=(
"Merrowvale Transport will cut services on four rural bus routes from 3 March, the operator "
"announced on Monday. The 41 and 43 routes, which link villages in the Hesperdale valley with the "
"market town of Brindlecombe, will run every two hours instead of hourly, while evening journeys after "
"7pm on the 46 and 48 will be withdrawn entirely. The company said passenger numbers on the affected "
"routes had fallen by a quarter since 2019 and that a county council subsidy worth £310,000 a year "
"had not been renewed. County councillor Ruth Abney said the authority was \"looking at whether a "
"reduced grant can be found\" but could not promise that any of the journeys would be saved. "
"Campaigners plan to present a petition to the council next month."),
candidate=(
"Bus services on four rural routes are to be reduced by Merrowvale Transport from 3 March, the "
"operator said on Monday. Routes 41 and 43, connecting Hesperdale valley villages with the market town "
"of Brindlecombe, will go from an hourly service to one bus every two hours, and on the 46 and 48 all "
"evening journeys after 7pm will be scrapped. According to the company, ridership on the affected "
"routes has dropped 25% since 2019, and a £310,000-a-year county council subsidy was not renewed. "
"Ruth Abney, a county councillor, said the council was examining whether a smaller grant could be "
"found, but she could not guarantee that any journeys would be saved. Campaigners are planning to "
"hand a petition to the council next month."),
errors=[],
traps=[
    T("will go from an hourly service to one bus every two hours", "will run every two hours instead of hourly"),
    T("has dropped 25%", "had fallen by a quarter"),
    T("a £310,000-a-year county council subsidy", "a county council subsidy worth £310,000 a year"),
    T("could not guarantee", "could not promise"),
]),
# 2 ------------------------------------------------------------------------
dict(domain="ice rink refrigeration leak", mode="rewrite", label="inconsistent",
reference=(
"The Glenvorrie Ice Arena in Castlemere Bay was evacuated on Saturday evening after a leak from its "
"refrigeration plant released ammonia into a plant room beneath the stands. About 240 skaters and "
"spectators left the building, and fire crews wearing breathing apparatus isolated the leak within "
"40 minutes. Two staff members were treated at the scene for minor eye irritation; nobody was taken "
"to hospital. The arena's operator, Tallis Leisure, said an estimated 15 kilograms of ammonia had "
"escaped from a corroded valve and that the rink would stay closed at least until engineers had "
"replaced the valve and tested the whole system. Hockey fixtures scheduled for next weekend have "
"been moved to a rink in Dunhollow."),
candidate=(
"Around 240 skaters and spectators had to leave the Glenvorrie Ice Arena in Castlemere Bay on Saturday "
"evening when ammonia leaked from the refrigeration plant into a plant room under the stands. "
"Firefighters in breathing apparatus had the leak isolated inside 40 minutes. Two employees received "
"treatment at the scene for minor eye irritation, and no one was taken to hospital. Tallis Leisure, "
"which runs the arena, said an estimated 50 kilograms of ammonia had escaped through a corroded "
"valve, and that the rink would remain shut until engineers had replaced the valve and tested the "
"entire system. Next weekend's hockey fixtures have been switched to a rink in Dunhollow."),
errors=[
    E("50 kilograms", "number", "major", "15 kilograms"),
    E("", "omission", "major", "at least", before="until engineers"),
],
traps=[
    T("inside 40 minutes", "within 40 minutes"),
    T("Tallis Leisure, which runs the arena", "The arena's operator, Tallis Leisure"),
]),
# 3 ------------------------------------------------------------------------
dict(domain="sheep shearing contractor shortage", mode="summary", label="consistent",
reference=(
"Sheep farmers in the Carrowdale Hills face delays to this year's shearing because of a shortage of "
"contract shearers, the regional farmers' association warned on Thursday. The association estimates "
"that around 60 contract shearers worked in the area five years ago, compared with fewer than 35 "
"now, as older shearers retire and fewer young people take up the trade. Travel restrictions had "
"previously limited the number of overseas shearers arriving for the season, and although those "
"rules have ended, many visiting shearers now prefer better-paid work elsewhere. Association chair "
"Duncan Ferrie said some flocks might not be shorn until late July, raising the risk of heat stress "
"and fly strike. The association is asking the regional college to fund a two-week shearing course "
"for school leavers."),
candidate=(
"The number of contract shearers in the Carrowdale Hills has dwindled from about 60 five years ago to "
"under 35, the regional farmers' association estimates, warning on Thursday of delays to this year's "
"shearing. Its chair, Duncan Ferrie, said some flocks might not be shorn before late July, increasing "
"the risk of heat stress and fly strike. The association wants the regional college to pay for a "
"fortnight-long shearing course for school leavers."),
errors=[],
traps=[
    T("under 35", "fewer than 35"),
    T("Its chair, Duncan Ferrie", "Association chair Duncan Ferrie"),
    T("might not be shorn before late July", "might not be shorn until late July"),
    T("pay for a fortnight-long shearing course", "fund a two-week shearing course"),
]),
# 4 ------------------------------------------------------------------------
dict(domain="vintage car rally cancellation", mode="translation", label="inconsistent",
reference=(
"The organisers of the Valdrena Classic, a vintage car rally that has crossed the Sestrano mountains "
"every September since 1968, have cancelled this year's edition. In a statement issued on Wednesday, "
"the Automobile Club of Pontemare said that the regional road authority had refused permission to "
"close the Colle Brina pass for the event, because resurfacing work on the road will not be finished "
"before October. About 120 crews from eight countries had already registered. The club said entry "
"fees would be refunded in full and that it intends to hold the rally again next year on its usual "
"route. Hoteliers in Sestrano, where the rally ends, estimate that the cancellation will cost the town "
"around 400,000 euros in lost bookings."),
candidate=(
"This year's Valdrena Classic, the historic car rally that has run over the Sestrano mountains each "
"September since 1968, has been postponed by its organisers. The Pontemare Automobile Club explained "
"in a Wednesday statement that the regional roads authority had refused to allow the Colle Brina pass "
"to be closed for the rally, as resurfacing of the road will not be completed until October. Some 120 "
"crews from eight countries had already signed up. Entry fees will be fully reimbursed, the club "
"said, adding that it plans to stage the rally again next year along its traditional route. Hoteliers "
"in Sestrano, where the event finishes, estimate that the town will lose about 400,000 euros in "
"bookings because of the cancellation."),
errors=[
    E("postponed", "event", "major", "cancelled"),
],
traps=[
    T("will not be completed until October", "will not be finished before October"),
    T("fully reimbursed", "refunded in full"),
    T("signed up", "registered"),
]),
# 5 ------------------------------------------------------------------------
dict(domain="harbour crane collapse", mode="rewrite", label="inconsistent",
reference=(
"A 60-metre container crane collapsed at the Port of Kessby shortly after 6am on Tuesday, falling "
"across a quay where a cargo ship was being unloaded. No one was injured, although the crane's "
"driver, who had climbed down minutes earlier at the end of his shift, was treated for shock. The "
"crane belonged to the terminal operator Norrhamn Stevedoring, which leased it to the shipping line "
"Baltavia for the duration of a three-year contract. The Maritime Safety Authority has opened an "
"investigation and ordered checks on four cranes of the same model at other ports. Port director "
"Helga Saari said quay 7 would remain closed for at least a week, and that ships would be diverted "
"to quays 3 and 4 in the meantime."),
candidate=(
"Shortly before 6am on Tuesday a 60-metre container crane came down at the Port of Kessby, toppling "
"across a quay where a cargo vessel was being unloaded. Nobody was hurt, but the driver, who had "
"climbed out of the cab a few minutes earlier when his shift ended, received treatment for shock. The "
"shipping line Baltavia had leased the crane to the terminal operator Norrhamn Stevedoring for the "
"length of a three-year contract. An investigation has been launched by the Maritime Safety "
"Authority, which has also ordered inspections of four cranes of the same model at other ports. "
"Quay 7 will stay closed for at least a week, port director Helga Saari said, with ships diverted to "
"quays 3 and 4 until then."),
errors=[
    E("Shortly before 6am", "date", "minor", "shortly after 6am"),
    E("Baltavia had leased the crane to the terminal operator Norrhamn Stevedoring", "role", "major",
      "Norrhamn Stevedoring, which leased it to the shipping line Baltavia"),
],
traps=[
    T("An investigation has been launched by the Maritime Safety Authority",
      "The Maritime Safety Authority has opened an investigation"),
]),
# 6 ------------------------------------------------------------------------
dict(domain="children's hospital wing opening", mode="rewrite", label="consistent",
reference=(
"A new surgical wing at St Aldhelm's Children's Hospital in Parbury was officially opened on Friday "
"by the regional health minister, Carys Penhale. The four-storey wing, which cost £48 million, "
"contains six operating theatres, a 24-bed recovery ward and accommodation where parents can stay "
"overnight. Around a third of the cost was raised through a public appeal launched in 2020, with the "
"rest provided by the regional government. Hospital chief executive Martin Loveday said the extra "
"theatres would allow the hospital to carry out about 2,500 more operations a year and should cut "
"waiting times for routine surgery by several months. The first patients are expected to be treated "
"in the new theatres next week."),
candidate=(
"Carys Penhale, the regional health minister, formally opened the new surgical wing of St Aldhelm's "
"Children's Hospital in Parbury on Friday. Built at a cost of £48m, the four-storey wing houses six "
"operating theatres, a recovery ward with 24 beds and rooms where parents can spend the night. "
"Roughly one-third of the money came from a public appeal that began in 2020; the regional "
"government paid the remainder. According to Martin Loveday, the hospital's chief executive, the "
"additional theatres will let it perform some 2,500 extra operations annually and should reduce "
"waits for routine surgery by several months. The new theatres are likely to receive their first "
"patients next week."),
errors=[],
traps=[
    T("£48m", "£48 million"),
    T("rooms where parents can spend the night", "accommodation where parents can stay overnight"),
    T("Roughly one-third", "Around a third"),
    T("some 2,500 extra operations annually", "about 2,500 more operations a year"),
    T("are likely to receive their first patients", "are expected to be treated"),
]),
# 7 ------------------------------------------------------------------------
dict(domain="copper wire theft on railways", mode="summary", label="inconsistent",
reference=(
"Thieves stole around 300 metres of copper signalling cable from the railway near Oxmarden Junction "
"overnight on Sunday, causing delays of up to two hours for commuters on Monday morning, the rail "
"infrastructure company Westline Rail said. Engineers worked through the night to replace the cable, "
"and normal services resumed shortly after 11am. It was the ninth cable theft on the Oxmarden line this "
"year. Westline Rail said the rising price of copper had made railway cable a target and that it was "
"installing CCTV and alarm sensors at twelve vulnerable sites. Officers from the regional transport "
"police arrested two men in a van carrying cut cable near Hedgecombe on Monday afternoon; they have been "
"released on bail."),
candidate=(
"About 300 metres of copper signalling cable was stolen from the railway near Oxmarden Junction "
"overnight on Sunday, delaying Monday commuters by up to two hours, Westline Rail said. It was the "
"ninth cable theft on the Oxmarden line this year. Services were back to normal soon after 11am. Two men "
"were arrested near Oxmarden Junction on Monday afternoon and have been bailed. It was the ninth cable "
"theft on the Oxmarden line this year."),
errors=[
    E("Oxmarden Junction", "entity", "major", "Hedgecombe", occ=1),
    E("It was the ninth cable theft on the Oxmarden line this year", "repetition", "minor", None, occ=1),
],
traps=[
    T("have been bailed", "have been released on bail"),
]),
# 8 ------------------------------------------------------------------------
dict(domain="municipal composting scheme", mode="translation", label="consistent",
reference=(
"From 1 April, households in Marrenburg-Oost will be able to put food scraps and garden waste in a "
"separate green bin, which will be collected every week, the municipality announced on Tuesday. "
"Residents who currently pay for a private garden waste service will no longer need it. The "
"collected material will be taken to a composting plant in Dreuvel operated by the waste company "
"Groenkring, which will sell part of the compost to local farmers. Alderman Pieter Vos said the "
"municipality hopes to halve the amount of organic waste ending up in household rubbish within two "
"years. Bins will be delivered free of charge during March; households in flats will instead "
"receive a small kitchen caddy and can use shared containers."),
candidate=(
"Starting on 1 April, residents of Marrenburg-Oost can place food leftovers and garden waste in a "
"separate green container, to be emptied weekly, the council said on Tuesday. Households now paying "
"for private collection of their garden waste will no longer need that service. The collected waste "
"will go to a composting plant in Dreuvel run by Groenkring, the waste company, which will sell some "
"of the compost to farmers in the area. According to alderman Pieter Vos, the council hopes to cut by "
"half, within two years, the quantity of organic waste that ends up in household rubbish. The "
"containers will be delivered in March at no cost; people living in flats will get a small kitchen "
"caddy instead and may use communal containers."),
errors=[],
traps=[
    T("to be emptied weekly", "which will be collected every week"),
    T("run by", "operated by"),
    T("cut by half", "halve"),
    T("at no cost", "free of charge"),
]),
# 9 ------------------------------------------------------------------------
dict(domain="planetarium refurbishment", mode="rewrite", label="consistent",
reference=(
"The Halloran Planetarium in Eastmere will close on 6 January for an 18-month refurbishment costing "
"€9.4 million, the city council confirmed yesterday. The 1970s dome will be replaced and the optical "
"star projector, which has been in use since the building opened, will give way to a digital system "
"able to show the sky from any point in the solar system. Seating will be reduced from 280 to 220 to "
"make room for wheelchair spaces. The national heritage lottery fund is contributing €3 million, and "
"the council the rest. Director Ines Marchetti said the old projector would not be scrapped but put "
"on display in the foyer. School bookings will be transferred to a mobile inflatable dome that will "
"tour the region while the building is shut."),
candidate=(
"Eastmere city council confirmed yesterday that the Halloran Planetarium is to shut on 6 January for "
"a year-and-a-half refurbishment that will cost €9.4m. Its 1970s dome will be replaced, and a digital "
"system capable of displaying the sky as seen from anywhere in the solar system will take over from "
"the optical star projector that has been in use since the building opened. To create wheelchair "
"spaces, the number of seats will drop from 280 to 220. Of the cost, €3m is coming from the national "
"heritage lottery fund, with the council covering the remainder. The old projector will go on show "
"in the foyer rather than being scrapped, director Ines Marchetti said. While the building is closed, "
"school bookings will move to an inflatable mobile dome touring the region."),
errors=[],
traps=[
    T("a year-and-a-half refurbishment", "an 18-month refurbishment"),
    T("€9.4m", "€9.4 million"),
    T("with the council covering the remainder", "and the council the rest"),
    T("will go on show in the foyer rather than being scrapped",
      "would not be scrapped but put on display in the foyer"),
]),
# 10 -----------------------------------------------------------------------
dict(domain="satellite launch postponement", mode="rewrite", label="inconsistent",
reference=(
"The launch of the Aurelis-2 earth observation satellite, planned for 14 November, has been "
"postponed by at least three weeks after engineers found a fault in a fuel valve on the upper stage "
"of its rocket, the Nordic Space Agency said on Friday. The satellite itself is undamaged and remains "
"in storage at the Kiruvik launch site. The agency said a new date would be set once the valve had "
"been replaced and tested, and that the launch could slip into January if further problems were "
"found. Aurelis-2, built by the Danish-Finnish consortium Polarsat, is designed to monitor sea ice "
"and will replace a satellite that has been in orbit since 2011. The mission has a budget of 210 "
"million euros."),
candidate=(
"The launch of the Aurelis-2 earth observation satellite, scheduled for 14 November, has been put "
"back by three weeks or more because engineers discovered a fault in a fuel valve on the upper stage "
"of its rocket, the Nordic Space Agency said on Friday. The satellite was not damaged and is still "
"being stored at the Kiruvik launch site. According to the agency, a new date will be set before the "
"valve has been replaced and tested, with the launch expected to slip into January. Built by "
"Polarsat, a Danish-Finnish consortium, Aurelis-2 is designed to monitor sea ice and will take over "
"from a satellite that has been in orbit since 2011. The mission's budget is €210m."),
errors=[
    E("before the valve has been replaced and tested", "date", "major",
      "once the valve had been replaced and tested"),
    E("expected to slip into January", "modality", "major",
      "could slip into January if further problems were found"),
],
traps=[
    T("by three weeks or more", "by at least three weeks"),
    T("€210m", "210 million euros"),
]),
# 11 -----------------------------------------------------------------------
dict(domain="wool cooperative bankruptcy", mode="summary", label="inconsistent",
reference=(
"The Ardlow Wool Cooperative, which has collected and graded fleeces from hill farms in the Kinvarrick "
"district since 1947, has been declared bankrupt by the district court in Tollbridge. The court "
"appointed the accountant Fiona Leckie as administrator on Wednesday. According to the administrator, "
"the cooperative owes about £2.1 million to creditors, including £640,000 to its 380 member farmers "
"for wool delivered last summer. Cooperative chairman Alan Greig blamed the collapse on a slump in "
"wool prices, saying that a fleece now sells for less than the cost of shearing it. Ms Leckie said "
"she would try to find a buyer for the grading warehouse in Kinvarrick but warned that members were "
"unlikely to recover more than a fraction of what they were owed."),
candidate=(
"A court in Tollbridge has declared the Ardlow Wool Cooperative, which has graded Kinvarrick fleeces "
"since 1947, bankrupt and appointed Fiona Leckie as administrator. She puts its debts at about "
"£2.1m, including £640,000 owed to its 380 member farmers for last summer's wool. Chairman Alan Greig "
"blamed a slump in wool prices. Greig also warned that members were unlikely to get back more than a "
"fraction of what they were owed."),
errors=[
    E("Greig also warned", "attribution", "major", "Ms Leckie"),
],
traps=[
    T("She puts its debts at about £2.1m", "the cooperative owes about £2.1 million to creditors"),
]),
# 12 -----------------------------------------------------------------------
dict(domain="cider producer takeover", mode="rewrite", label="inconsistent",
reference=(
"Pellow's Cider, the family-run producer based in Ashendry, has agreed to be taken over by the drinks "
"group Harland Brands in a deal worth £36 million, the two companies announced on Monday. Pellow's, "
"founded in 1921, presses around 9 million litres of cider a year from apples grown on 40 local "
"farms. Under the agreement, Harland will keep the Ashendry mill open for at least five years and "
"retain all 110 staff. Managing director Sarah Pellow, the founder's great-granddaughter, will stay on "
"to run the cider business as a division of Harland. The deal still needs approval from the "
"competition regulator, which is expected to decide by the end of September. Harland, which already "
"owns two breweries, said it wanted to expand into craft cider."),
candidate=(
"The family-run Ashendry producer Pellow's Cider has agreed a £36m deal to take over the drinks group "
"Harland Brands, the two companies said on Monday. Founded in 1921, Pellow's makes roughly 9 million "
"litres of cider annually from apples grown on 40 local farms. Under the agreement, Harland will keep "
"the Ashendry mill open for a minimum of five years and retain all 110 employees. Sarah Pellow, the "
"managing director and great-granddaughter of the founder, will stay on to run the cider business as "
"a Harland division. The competition regulator must still approve the deal and is expected to rule "
"by the end of September. Harland, which already owns two breweries, said it wanted to move into "
"craft cider."),
errors=[
    E("Pellow's Cider has agreed a £36m deal to take over the drinks group Harland Brands", "role",
      "critical",
      "Pellow's Cider, the family-run producer based in Ashendry, has agreed to be taken over by the "
      "drinks group Harland Brands"),
],
traps=[
    T("roughly 9 million litres of cider annually", "around 9 million litres of cider a year"),
    T("for a minimum of five years", "for at least five years"),
    T("is expected to rule by the end of September", "is expected to decide by the end of September"),
]),
# 13 -----------------------------------------------------------------------
dict(domain="dam spillway inspection", mode="translation", label="consistent",
reference=(
"Inspectors from the national water authority will examine the spillway of the Lago Verdasco dam next "
"week after cracks were found in its concrete during routine monitoring in August. The authority "
"stressed that the cracks are superficial and that there is no risk to the dam's structure or to the "
"villages downstream. As a precaution, the reservoir level has been lowered by four metres, to about "
"70 percent of its capacity. The inspection, which will use underwater drones and core samples, is "
"expected to last ten days. Repairs, if they are needed, would be carried out in winter, when the "
"river's flow is lowest. The dam, built in 1963, supplies drinking water to some 200,000 people in "
"the province of Valcorta."),
candidate=(
"Next week, inspectors from the national water agency will carry out an examination of the Lago Verdasco "
"dam's spillway, where routine monitoring in August revealed cracks in the concrete. The agency insisted that "
"the cracks are only on the surface and pose no danger either to the structure of the dam or to the "
"villages below it. The water in the reservoir has been brought down by four metres as a "
"precautionary measure, leaving it roughly 70% full. The inspection should take ten days and will "
"involve underwater drones and the taking of core samples. Any repairs that prove necessary would be "
"done in winter, when the river carries the least water. Built in 1963, the dam provides drinking "
"water for about 200,000 residents of Valcorta province."),
errors=[],
traps=[
    T("are only on the surface", "are superficial"),
    T("roughly 70% full", "about 70 percent of its capacity"),
    T("should take ten days", "is expected to last ten days"),
    T("Any repairs that prove necessary", "Repairs, if they are needed"),
    T("about 200,000 residents", "some 200,000 people"),
]),
# 14 -----------------------------------------------------------------------
dict(domain="telescope time allocation", mode="rewrite", label="consistent",
reference=(
"The Cerro Velado Observatory has allocated observing time for the coming semester, with 312 "
"proposals competing for the equivalent of 180 nights on its four-metre telescope, the observatory's "
"time allocation committee said on Thursday. Only one in four proposals received time, the lowest "
"success rate in the observatory's history. Projects studying exoplanet atmospheres won 35 percent of "
"the available nights, followed by galaxy surveys with 22 percent. For the first time, eight nights "
"were set aside for students completing doctoral theses. Committee chair Dr Amara Okonjo said demand "
"had risen since the telescope's new infrared spectrograph came into service in March, and that the "
"observatory was considering whether to introduce a limit on the number of proposals a single team "
"may submit."),
candidate=(
"A total of 312 proposals competed for the equivalent of 180 nights on the Cerro Velado Observatory's "
"four-metre telescope in the coming semester, the observatory's time allocation committee announced "
"on Thursday. Just 25% of them were awarded time, the lowest success rate the observatory has ever "
"recorded. Over a third of the available nights, 35%, went to projects studying the atmospheres of "
"exoplanets, with galaxy surveys next on 22%. Eight nights were reserved for doctoral students "
"completing their theses, the first time this has been done. Demand has grown since the telescope's "
"new infrared spectrograph entered service in March, according to the committee's chair, Dr Amara "
"Okonjo, who said the observatory was considering whether to cap how many proposals any one team can "
"submit."),
errors=[],
traps=[
    T("Just 25% of them", "Only one in four proposals"),
    T("the lowest success rate the observatory has ever recorded",
      "the lowest success rate in the observatory's history"),
    T("the first time this has been done", "For the first time"),
    T("cap how many proposals any one team can submit",
      "introduce a limit on the number of proposals a single team may submit"),
]),
# 15 -----------------------------------------------------------------------
dict(domain="paper mill water discharge", mode="rewrite", label="inconsistent",
reference=(
"The environment agency has fined the Lindqvist paper mill in Sorrvika 85,000 euros after wastewater "
"containing excess fibre and chemical residues was discharged into the Tarva river in May. Tests "
"carried out by the agency downstream of the mill found oxygen levels low enough to harm fish, "
"although no dead fish were reported. The mill's owner, Nordkraft Paper, said a filter in its "
"treatment plant had failed during a power cut and that the discharge lasted about six hours. The "
"company has not appealed against the fine. Local angling club chairman Erik Haapala said members had "
"seen foam on the river for several days and accused the agency of reacting too slowly. The agency "
"said it would carry out unannounced inspections at the mill for the next twelve months."),
candidate=(
"Wastewater carrying excess fibre and chemical residues was released into the Tarva river in May by "
"the Lindqvist paper mill in Sorrvika, which has now been fined €85,000 by the environment agency. "
"Downstream of the mill, the agency's tests measured oxygen levels low enough to harm fish, though no "
"dead fish were reported. According to the environment agency, a filter in the mill's treatment plant "
"failed during a power cut, and the discharge went on for roughly six hours. Nordkraft Paper, which "
"owns the mill, is appealing against the fine. Erik Haapala, who chairs the local angling club, said "
"members had noticed foam on the river for several days, and he accused the agency of responding too "
"slowly. The agency said it would make unannounced inspections at the mill for the next 12 months."),
errors=[
    E("According to the environment agency", "attribution", "major",
      "The mill's owner, Nordkraft Paper, said"),
    E("is appealing against the fine", "polarity", "major", "has not appealed against the fine"),
],
traps=[
    T("€85,000", "85,000 euros"),
    T("for the next 12 months", "for the next twelve months"),
]),
# 16 -----------------------------------------------------------------------
dict(domain="language school visa rules", mode="translation", label="inconsistent",
reference=(
"Students from outside the European Union who enrol at private language schools in Portavia will "
"have to attend at least 20 hours of lessons a week to qualify for a study visa, under rules "
"announced by the interior ministry on Monday. The current minimum is 15 hours. Schools will also be "
"required to report any student who misses more than a fifth of classes in a month. The ministry said "
"the change, which takes effect in September, was intended to stop visas being used to gain access "
"to the labour market. The Association of Language Schools said the rules could force smaller "
"schools to close and that it may challenge them in court. Students already holding a visa will not "
"be affected until they apply to renew it."),
candidate=(
"Under rules the interior ministry announced on Monday, non-EU students enrolling at private language "
"schools in Portavia will need to attend a minimum of 20 hours of classes per week in order to obtain "
"a study visa, up from 15 hours at present. Schools will no longer be required to report students who "
"miss more than one fifth of their lessons in a month. The change comes into force in September and, "
"according to the ministry, aims to prevent visas from being used as a route into the labour market. "
"The Language Schools Association warned that smaller schools could be forced to shut as a result, "
"and said it intends to contest the rules in court. Those already holding a visa will only be affected "
"when they apply for its renewal."),
errors=[
    E("will no longer be required to report", "polarity", "major", "will also be required to report"),
    E("it intends to contest the rules in court", "modality", "minor", "it may challenge them in court"),
],
traps=[
    T("up from 15 hours at present", "The current minimum is 15 hours"),
    T("will only be affected when they apply for its renewal",
      "will not be affected until they apply to renew it"),
]),
# 17 -----------------------------------------------------------------------
dict(domain="ferry terminal parking charges", mode="summary", label="consistent",
reference=(
"Drivers using the long-stay car park at Dunmarrow Ferry Terminal will pay £12 a day from 1 June, up "
"from £8, the terminal's operator Strand Harbours said on Wednesday. The short-stay car park will "
"remain free for the first 30 minutes, but charges after that will rise from £2 to £3 an hour. Foot "
"passengers who travel at least four times a month will be able to buy a permit for £45 a month. "
"Strand Harbours said the increase was needed to pay for resurfacing the car parks and installing 20 "
"electric vehicle chargers, work that is due to begin in the autumn. Island residents' group "
"chairwoman Moira Tait said the rise was \"a tax on people who have no alternative to the ferry\" and "
"called on the regional council to intervene."),
candidate=(
"Strand Harbours will raise the daily rate at Dunmarrow Ferry Terminal's long-stay car park by half, to "
"£12, from 1 June, and short-stay charges after a free first half-hour will go up to £3 an hour. Foot "
"passengers travelling at least four times a month can buy a £45 monthly permit. The operator says "
"the money will fund resurfacing and 20 electric vehicle chargers; the chairwoman of an island "
"residents' group called the rise a tax on people with no alternative to the ferry."),
errors=[],
traps=[
    T("by half, to £12", "£12 a day from 1 June, up from £8"),
    T("a free first half-hour", "free for the first 30 minutes"),
    T("a £45 monthly permit", "a permit for £45 a month"),
    T("will fund", "was needed to pay for"),
]),
# 18 -----------------------------------------------------------------------
dict(domain="mushroom farm contamination", mode="rewrite", label="consistent",
reference=(
"A mushroom grower in Drayfield has recalled about 14 tonnes of chestnut mushrooms after listeria "
"bacteria were detected in samples taken at its packing plant, the food standards agency said on "
"Saturday. The affected packs, sold under the Fenwood Farms label in 250g and 500g sizes, carry "
"best-before dates between 3 and 9 October. No illnesses have been linked to the products so far. "
"The company, Brackley Mushrooms, said it had stopped production at the packing plant and that the "
"source of the contamination was being investigated. Customers who have bought the mushrooms are "
"advised not to eat them and to return them to the shop for a full refund. Listeria can cause serious "
"illness in pregnant women, elderly people and those with weakened immune systems."),
candidate=(
"Roughly 14 tonnes of chestnut mushrooms have been recalled by a Drayfield grower after samples from "
"its packing plant tested positive for listeria, the food standards agency said on Saturday. The "
"packs concerned were sold under the Fenwood Farms label in 250g and 500g sizes and have best-before "
"dates from 3 to 9 October. So far, no cases of illness have been connected to the products. The "
"grower, Brackley Mushrooms, said it had halted production at the packing plant; the source of the "
"contamination is being investigated. Anyone who bought the mushrooms is advised not to eat them but "
"to take them back to the shop, where they will get their money back in full. Pregnant women, the "
"elderly and people with weakened immune systems can become seriously ill from listeria."),
errors=[],
traps=[
    T("Roughly 14 tonnes", "about 14 tonnes"),
    T("tested positive for listeria", "listeria bacteria were detected"),
    T("from 3 to 9 October", "between 3 and 9 October"),
    T("no cases of illness have been connected to the products", "No illnesses have been linked to the products"),
    T("halted production", "stopped production"),
]),
# 19 -----------------------------------------------------------------------
dict(domain="weather radar replacement", mode="rewrite", label="inconsistent",
reference=(
"The national meteorological service will replace its weather radar on Mount Kellan with a "
"dual-polarisation system that can distinguish between rain, hail and snow, it announced on Tuesday. "
"The existing radar, installed in 1998, has broken down three times this year, leaving forecasters "
"without coverage of the western coast for up to five days at a time. The new radar, supplied by the "
"manufacturer Veltronic, will cost 4.6 million euros and is due to be operational by next March. "
"During the four weeks of installation, data from neighbouring radars at Brenn Point and Stellhaven "
"will be used to fill the gap. Chief forecaster Nadia Ruusk said the upgrade would improve warnings "
"of flash floods, which have become more frequent in the region."),
candidate=(
"On Tuesday the national meteorological service announced that its weather radar on Mount Kellan is "
"to be replaced by a dual-polarisation system capable of telling rain, hail and snow apart. Installed "
"in 1998, the current radar has failed three times this year, each time leaving forecasters without "
"coverage of the western coast for as long as five days. Veltronic will supply the new unit, which "
"will cost €4.6m and is due to be working by next March. During the four-week installation, the gap "
"will be filled with data from the neighbouring radars at Brenn Point and Mount Kellan. According to "
"chief forecaster Nadia Ruusk, the upgrade will improve warnings of flash floods, which have become "
"more frequent in the region because of climate change."),
errors=[
    E("Mount Kellan", "entity", "major", "Stellhaven", occ=1),
    E("because of climate change", "addition", "minor", None),
],
traps=[
    T("capable of telling rain, hail and snow apart", "can distinguish between rain, hail and snow"),
    T("€4.6m", "4.6 million euros"),
]),
# 20 -----------------------------------------------------------------------
dict(domain="dairy cooperative milk price", mode="summary", label="inconsistent",
reference=(
"Dairy farmers supplying the Morven Valley Cooperative will receive 41 cents per litre for their milk "
"from 1 August, down from 46 cents, the cooperative's board announced on Friday. It is the second "
"price cut this year, after a reduction of three cents in March. The board blamed falling prices for "
"butter and milk powder on world markets and a surplus of milk in Europe after a mild, wet spring. "
"Cooperative chief executive Lars Brennan said the price would be reviewed again in October and could "
"rise if export markets recovered. The farmers' union said many of the cooperative's 920 members "
"were already producing milk at a loss and urged the board to draw on its reserves to soften the cut."),
candidate=(
"From 1 October, the Morven Valley Cooperative will pay its farmers 41 cents a litre, five cents less "
"than now, in its second cut this year. The board blamed weak world prices for butter and milk powder "
"and a European milk surplus. Chief executive Lars Brennan said the price would be reviewed in "
"October and could go up if export markets recovered; the farmers' union, saying many members already "
"produce at a loss, wants the board to use its reserves to soften the cut."),
errors=[
    E("From 1 October", "date", "major", "from 1 August"),
],
traps=[
    T("five cents less than now", "down from 46 cents"),
]),
# 21 -----------------------------------------------------------------------
dict(domain="theatre roof asbestos removal", mode="translation", label="consistent",
reference=(
"The Teatro Comunale of Rivasole will remain closed until the end of February while asbestos is "
"removed from its roof, the town council announced yesterday. The material was discovered in "
"December during work to repair leaks above the stage. Specialist contractors will replace the "
"entire roof covering, at a cost of around 620,000 euros, of which the regional government will pay "
"70 percent. The theatre's winter programme, which included eleven performances, has been moved to "
"the auditorium of the Ardenghi secondary school. Tickets already bought remain valid for the new "
"venue, and holders who cannot attend can request a refund until 15 January. The council said the "
"asbestos had posed no danger to the public, as it was sealed beneath the roof tiles."),
candidate=(
"Rivasole's municipal theatre, the Teatro Comunale, is to stay shut until the end of February so that "
"asbestos can be taken out of its roof, the town council said yesterday. The asbestos came to light "
"in December during repairs to leaks above the stage. The whole roof covering will be replaced by "
"specialist firms for approximately €620,000, 70% of which will be met by the regional government. "
"The eleven performances of the theatre's winter season will now take place in the Ardenghi "
"secondary school's auditorium. Tickets that have already been bought can be used at the new venue, "
"and anyone unable to attend may ask for a refund up to 15 January. According to the council, the "
"asbestos did not endanger the public, because it was sealed under the roof tiles."),
errors=[],
traps=[
    T("so that asbestos can be taken out of its roof", "while asbestos is removed from its roof"),
    T("approximately €620,000", "around 620,000 euros"),
    T("70% of which will be met by the regional government", "of which the regional government will pay 70 percent"),
    T("up to 15 January", "until 15 January"),
    T("did not endanger the public", "had posed no danger to the public"),
]),
# 22 -----------------------------------------------------------------------
dict(domain="salmon river fishing quota", mode="rewrite", label="consistent",
reference=(
"Anglers on the River Tully will be allowed to keep no more than two salmon per season this year, "
"down from five, after counts showed the number of adult fish returning to the river had fallen to "
"its lowest level since records began in 1985. The fisheries board said about 1,900 salmon were "
"counted passing the fish counter at Ballyross last year, compared with an average of 4,300 over the "
"previous decade. All salmon caught before 1 June must be released. The board will also close the "
"upper river above Carnagh Bridge to fishing for the whole season. Board chairman Declan Moriarty "
"said the measures were painful but necessary, and that they would be reviewed in January. Local "
"guides fear the restrictions will cost them business."),
candidate=(
"This year, anglers fishing the River Tully may keep a maximum of two salmon per season, compared "
"with five previously. The cut follows counts showing that the number of adult fish returning to the "
"river has dropped to its lowest since records started in 1985. According to the fisheries board, "
"roughly 1,900 salmon passed the Ballyross fish counter last year, against a ten-year average of "
"4,300. Any salmon caught earlier than 1 June has to be released, and the board will also shut the "
"upper river above Carnagh Bridge to fishing for the entire season. Declan Moriarty, who chairs the "
"board, described the measures as painful but necessary and said they would be reviewed in January. "
"Local guides are worried the restrictions will cost them business."),
errors=[],
traps=[
    T("a maximum of two salmon", "no more than two salmon"),
    T("roughly 1,900 salmon", "about 1,900 salmon"),
    T("against a ten-year average of 4,300", "compared with an average of 4,300 over the previous decade"),
    T("earlier than 1 June", "before 1 June"),
    T("are worried", "fear"),
]),
# 23 -----------------------------------------------------------------------
dict(domain="quarry blasting complaints", mode="rewrite", label="inconsistent",
reference=(
"Residents of Hollin Cross have lodged more than 70 complaints about blasting at the nearby Greystone "
"quarry since January, the district council said on Wednesday. Many say the explosions, which take "
"place up to three times a week, have rattled windows and cracked plaster in their homes. The "
"quarry's operator, Penmore Aggregates, said vibration readings taken at the nearest houses had "
"stayed within the legal limit on every occasion. The council has asked the company to give "
"residents 24 hours' notice of each blast and to limit blasting to between 10am and 3pm on weekdays. "
"Councillor Janet Hulme said an independent engineer would survey a sample of 15 homes next month. "
"The quarry employs 48 people and supplies stone for road building across the region."),
candidate=(
"Residents of Hollin Cross have made over 70 complaints since January about blasting at the nearby "
"Greystone quarry, the district council said on Wednesday. Many say the blasts, which happen as often "
"as three times a week, have broken windows and cracked plaster in their homes. Penmore Aggregates, "
"which runs the quarry, said vibration measurements at the closest houses had been within the legal "
"limit every time. The company has been asked by the council to warn residents a day before each "
"blast and to restrict blasting to a four-hour window between 10am and 3pm on weekdays. An "
"independent engineer will survey a sample of 15 homes next month, according to councillor Janet "
"Hulme. With 48 staff, the quarry provides stone for road building throughout the region."),
errors=[
    E("broken windows", "event", "major", "rattled windows"),
    E("a four-hour window", "number", "minor", "between 10am and 3pm"),
],
traps=[
    T("over 70 complaints", "more than 70 complaints"),
    T("warn residents a day before each blast", "give residents 24 hours' notice of each blast"),
    T("With 48 staff", "employs 48 people"),
]),
# 24 -----------------------------------------------------------------------
dict(domain="hospice funding appeal", mode="summary", label="consistent",
reference=(
"St Brannoc's Hospice in Wrexby has launched an appeal to raise £1.5 million by the end of the year "
"after a fall in legacy income left a gap in its budget. The hospice, which cares for about 600 "
"patients a year in its 12-bed inpatient unit and in their own homes, receives roughly a quarter of "
"its funding from the health service and depends on donations for the rest. Chief executive Helen "
"Marsh said that without the extra money the hospice might have to close four of its beds from next "
"spring. Local businesses have already pledged £200,000, and a sponsored walk along the coast path is "
"planned for September. Donations can be made online, by phone or at any of the hospice's nine "
"charity shops."),
candidate=(
"St Brannoc's Hospice in Wrexby is appealing for £1.5m by the year's end to fill a budget gap left by "
"falling legacy income. Roughly three-quarters of its funding comes from donations. Without the "
"money, four of its 12 inpatient beds might have to close from next spring, chief executive Helen "
"Marsh said. Local businesses have pledged £200,000 so far."),
errors=[],
traps=[
    T("£1.5m", "£1.5 million"),
    T("by the year's end", "by the end of the year"),
    T("Roughly three-quarters of its funding comes from donations", "depends on donations for the rest"),
    T("have pledged £200,000 so far", "have already pledged £200,000"),
]),
# 25 -----------------------------------------------------------------------
dict(domain="glacier retreat monitoring", mode="translation", label="inconsistent",
reference=(
"The Vallerin glacier retreated by 46 metres last year, the largest annual loss since measurements "
"began in 1912, according to the glaciological commission of the Alpine Club of Sankt Oren. The "
"glacier's tongue now ends about 1.8 kilometres higher up the valley than it did a century ago. "
"Researchers attributed the loss mainly to a hot summer and a winter with little snow. This summer the "
"commission installed three automatic cameras and a weather station near the glacier, which will send "
"data every hour to the University of Lenzhof. Commission president Andrea Fuchsberger said that, if "
"current trends continue, the glacier could split into two separate ice bodies within about fifteen "
"years."),
candidate=(
"Last year the Vallerin glacier lost 46 metres of length, its biggest retreat in a single year since "
"records started in 1912, the glaciology commission of the Sankt Oren Alpine Club reports. Its tongue "
"now ends roughly 1.8 km further up the valley than a hundred years ago. According to researchers, "
"the retreat was mostly due to a summer of high temperatures and a winter with scant snowfall. This summer the commission set up "
"a weather station and three automatic cameras close to the glacier; they will transmit data "
"hourly to the University of Sankt Oren. If present trends persist, the glacier could break up into "
"two separate masses of ice within roughly fifteen years, said Andrea Fuchsberger, the commission's "
"president."),
errors=[
    E("the University of Sankt Oren", "entity", "major", "the University of Lenzhof"),
],
traps=[
    T("roughly 1.8 km", "about 1.8 kilometres"),
    T("than a hundred years ago", "than it did a century ago"),
    T("transmit data hourly", "send data every hour"),
]),
# 26 -----------------------------------------------------------------------
dict(domain="wine cellar flooding", mode="rewrite", label="consistent",
reference=(
"Floodwater from the River Sorel entered the cellars of the Château Vermeil winery near Lorvienne on "
"Sunday night, submerging about 30,000 bottles and damaging 40 oak barrels, the estate said on "
"Monday. The water reached a depth of 1.2 metres before pumps were brought in by the fire service. "
"Cellar master Julien Arnaud said bottles with intact corks and capsules could still be sold once "
"they had been cleaned and relabelled, but that wine in the damaged barrels would probably have to be "
"destroyed. The estate estimates its losses at about 900,000 euros and expects most of this to be "
"covered by insurance. It is the first time the cellars have flooded since 1982."),
candidate=(
"The cellars of the Château Vermeil winery near Lorvienne were flooded by the River Sorel on Sunday "
"night, leaving some 30,000 bottles under water and 40 oak barrels damaged, the estate said on "
"Monday. Before the fire service brought in pumps, the water had reached a depth of 1.2 metres. "
"According to cellar master Julien Arnaud, bottles whose corks and capsules are intact can still be "
"sold after being cleaned and given new labels, but the wine in the damaged barrels will probably "
"have to be destroyed. The estate puts its losses at roughly €900,000 and expects insurance to cover "
"the bulk of that. The last time the cellars flooded was in 1982."),
errors=[],
traps=[
    T("leaving some 30,000 bottles under water", "submerging about 30,000 bottles"),
    T("given new labels", "relabelled"),
    T("puts its losses at roughly €900,000", "estimates its losses at about 900,000 euros"),
    T("the bulk of that", "most of this"),
    T("The last time the cellars flooded was in 1982", "It is the first time the cellars have flooded since 1982"),
]),
# 27 -----------------------------------------------------------------------
dict(domain="asylum reception centre capacity", mode="rewrite", label="inconsistent",
reference=(
"The reception centre for asylum seekers at Kelsby is housing 1,140 people, nearly twice its official "
"capacity of 600, the national migration agency said on Thursday. Around 200 people have been "
"sleeping in tents and a converted sports hall on the site since early September. The agency said it "
"had asked three municipalities to provide temporary accommodation and that 150 places in a former "
"army barracks at Ulverholm would open by the end of the month. Aid organisations have reported long "
"queues for meals and a shortage of medical staff. The agency's director, Kari Lindstrom, said the "
"number of arrivals had risen by 40 percent compared with last year, mainly because of conflict in "
"the region."),
candidate=(
"The national migration agency said on Thursday that the Kelsby asylum reception centre was housing "
"1,140 people, some 440 more than its official capacity of 600. Since early September about 200 "
"people have been sleeping on the site in tents and in a converted sports hall. Three municipalities "
"have been asked by the agency to provide temporary housing, and 150 places will open in a former army "
"barracks at Ulverholm before the month is out, the agency said. Aid groups have reported long queues for "
"meals and too few medical staff. Arrivals are up 40% on last year, mostly because of conflict in the "
"region, according to Kari Lindstrom, the agency's director."),
errors=[
    E("some 440 more", "number", "major", "1,140 people, nearly twice its official capacity of 600"),
],
traps=[
    T("before the month is out", "by the end of the month"),
    T("too few medical staff", "a shortage of medical staff"),
    T("are up 40% on last year", "had risen by 40 percent compared with last year"),
]),
# 28 -----------------------------------------------------------------------
dict(domain="textbook printing delay", mode="summary", label="inconsistent",
reference=(
"Secondary schools in the province of Northmere will start the new school year without some of their "
"new mathematics textbooks, after a delay at the printing firm Caldwick Press, the education department "
"said on Tuesday. About 85,000 copies of the revised maths series for pupils aged 12 to 14 were due "
"to be delivered in August, but a paper shortage and a breakdown of one of the firm's presses mean "
"that only around 30,000 will arrive before term begins. The remainder are expected by mid-October. "
"In the meantime, teachers will be able to download the first four chapters as PDF files. The "
"department said it would not pay the printer's late-delivery costs and that the contract included "
"penalties for delays."),
candidate=(
"A paper shortage and a press breakdown at the printer Caldwick Press mean that only about 30,000 of the "
"85,000 new maths textbooks due for Northmere's 12- to 14-year-olds will reach schools before term "
"starts, the education department said. The rest should arrive by mid-October; until then teachers "
"can download the first four chapters. Caldwick Press has apologised for the delay."),
errors=[
    E("Caldwick Press has apologised for the delay", "addition", "minor", None),
],
traps=[
    T("The rest should arrive by mid-October", "The remainder are expected by mid-October"),
]),
# 29 -----------------------------------------------------------------------
dict(domain="horse-drawn carriage ban", mode="translation", label="consistent",
reference=(
"Horse-drawn carriages will no longer be allowed to carry tourists through the old town of Castelmora "
"on days when the temperature exceeds 30 degrees, the city council decided on Thursday evening. The "
"measure, approved by 21 votes to 9, will apply from 1 June to 15 September between noon and 5 p.m. "
"Carriage drivers who break the rule face a fine of 500 euros and, after a third offence, the loss of "
"their licence. Animal welfare groups, which had collected more than 40,000 signatures calling for a "
"complete ban, said the decision was a first step. The association of carriage drivers, which "
"represents 14 operators, said it would ask the council to provide shaded rest areas with water for "
"the horses."),
candidate=(
"On Thursday evening Castelmora's city council voted 21 to 9 to bar horse-drawn carriages from taking "
"tourists around the old town on days when temperatures go above 30 degrees. The rule will be in force "
"between 12 noon and 5 p.m. from 1 June until 15 September. Drivers who do not comply risk a €500 "
"fine and, after a third offence, the withdrawal of their licence. Animal welfare groups, whose "
"petition for an outright ban gathered over 40,000 signatures, called the decision a first step. The "
"carriage drivers' association, which speaks for 14 operators, said it would request shaded rest "
"areas with water for the horses from the council."),
errors=[],
traps=[
    T("voted 21 to 9", "approved by 21 votes to 9"),
    T("12 noon", "noon"),
    T("risk a €500 fine", "face a fine of 500 euros"),
    T("an outright ban", "a complete ban"),
    T("over 40,000 signatures", "more than 40,000 signatures"),
]),
# 30 -----------------------------------------------------------------------
dict(domain="sports hall roof collapse", mode="rewrite", label="consistent",
reference=(
"Part of the roof of the Brookwithy Community Sports Hall in Tarrow collapsed early on Sunday under "
"the weight of snow, hours after a youth basketball tournament had ended. Nobody was in the building "
"at the time. Around a third of the roof over the main court fell in, and a caretaker discovered the "
"damage when he arrived to open up at 7.30am. The borough council, which owns the hall, said "
"structural engineers would assess whether the rest of the building was safe. The hall, built in "
"1976, will stay closed until further notice, and clubs that use it are being offered space at two "
"nearby schools. Council leader Graham Tolley said an inspection last year had found no problems with "
"the roof."),
candidate=(
"Snow brought down part of the roof of Tarrow's Brookwithy Community Sports Hall early on Sunday, "
"hours after a youth basketball tournament had finished. The building was empty at the time. "
"Roughly one-third of the roof above the main court gave way; the damage was found by a caretaker "
"arriving at 7.30am to open up. Structural engineers will check whether the rest of the building is "
"safe, according to the borough council, which owns the hall. Built in 1976, the hall will remain "
"shut until further notice, and clubs that use it are being offered room at two schools nearby. "
"Council leader Graham Tolley said no problems with the roof had been found when it was inspected "
"last year."),
errors=[],
traps=[
    T("Snow brought down part of the roof", "collapsed early on Sunday under the weight of snow"),
    T("The building was empty", "Nobody was in the building"),
    T("Roughly one-third", "Around a third"),
    T("gave way", "fell in"),
    T("no problems with the roof had been found when it was inspected last year",
      "an inspection last year had found no problems with the roof"),
]),
# 31 -----------------------------------------------------------------------
dict(domain="pension fund property sale", mode="rewrite", label="inconsistent",
reference=(
"The Kestrel Municipal Pension Fund has sold its 40 percent stake in the Harbourgate office complex in "
"Dunmorrow to the property investor Arden Realty for 112 million dollars, the fund said on Friday. The "
"fund bought into the complex in 2008 and said the sale price was about 30 percent above the value "
"recorded in its latest accounts. Arden Realty, which already owned the remaining 60 percent, now "
"controls the entire site. Fund chairman Paul Okafor said the proceeds would be reinvested mainly in "
"infrastructure and renewable energy projects. Trade unions representing the fund's 38,000 members "
"had called for the stake to be sold because office occupancy in Dunmorrow has fallen sharply since "
"2020."),
candidate=(
"The property investor Arden Realty has sold a 40% stake in Dunmorrow's Harbourgate office complex to "
"the Kestrel Municipal Pension Fund for $112m, the fund said on Friday. The fund, which bought into "
"the complex in 2008, said the price was roughly 30% higher than the value shown in its most recent "
"accounts. Arden, which already held the other 60%, now controls the whole site. Fund chairman Paul "
"Okafor said the money would be reinvested chiefly in infrastructure and renewable energy projects. "
"Unions representing the fund's 38,000 members had pushed for the stake to be sold, because office "
"occupancy in Dunmorrow has dropped sharply since 2020."),
errors=[
    E("Arden Realty has sold a 40% stake in Dunmorrow's Harbourgate office complex to the Kestrel "
      "Municipal Pension Fund", "role", "critical",
      "The Kestrel Municipal Pension Fund has sold its 40 percent stake in the Harbourgate office complex "
      "in Dunmorrow to the property investor Arden Realty"),
],
traps=[
    T("roughly 30% higher than the value shown in its most recent accounts",
      "about 30 percent above the value recorded in its latest accounts"),
    T("the other 60%", "the remaining 60 percent"),
    T("chiefly", "mainly"),
]),
# 32 -----------------------------------------------------------------------
dict(domain="beach lifeguard recruitment", mode="summary", label="consistent",
reference=(
"The coastal district of Merrowby is struggling to recruit enough lifeguards for the summer season "
"and may be unable to patrol three of its eleven beaches in July, the district's leisure department "
"said on Monday. So far 46 lifeguards have been hired, against the 62 needed to cover all beaches. The "
"department has raised the hourly rate by €1.50 to €16 and is offering free accommodation to "
"lifeguards from outside the area. Applicants must be at least 17, pass a 400-metre pool swim in under "
"eight minutes and complete a five-day first aid course, which the district pays for. Leisure manager "
"Olwen Pryce said the beaches most likely to be left unpatrolled were the smaller coves at Tremorrow, "
"Carnwethen Sands and Gull Point, and that warning signs would be put up there if necessary."),
candidate=(
"Merrowby's leisure department has hired 46 of the 62 lifeguards it needs this summer and warned that "
"three of its eleven beaches may go unpatrolled in July, most likely the small coves at Tremorrow, "
"Carnwethen Sands and Gull Point, where warning signs would go up if required. It has raised "
"pay by €1.50 an hour to €16 and offers free accommodation to lifeguards from "
"elsewhere."),
errors=[],
traps=[
    T("has hired 46 of the 62 lifeguards it needs", "So far 46 lifeguards have been hired, against the 62 needed"),
    T("may go unpatrolled", "may be unable to patrol"),
    T("raised pay by €1.50 an hour to €16", "raised the hourly rate by €1.50 to €16"),
    T("from elsewhere", "from outside the area"),
]),
# 33 -----------------------------------------------------------------------
dict(domain="organic certification fraud", mode="translation", label="inconsistent",
reference=(
"Prosecutors in Tervaglia have charged the director of an organic certification body and two "
"inspectors with issuing false certificates to farms that used banned pesticides, the public "
"prosecutor's office said on Wednesday. According to the indictment, the body, Certibio Sud, "
"certified at least 37 farms as organic between 2019 and 2022 without carrying out the required soil "
"and leaf tests, in exchange for payments totalling about 260,000 euros. Produce from the farms, "
"mainly tomatoes and citrus fruit, was sold as organic in several European countries. The agriculture "
"ministry has suspended Certibio Sud's accreditation. The director's lawyer said his client denied all "
"the charges. If convicted, the three face up to six years in prison."),
candidate=(
"The public prosecutor's office announced on Wednesday that the director of a body that certifies organic "
"produce and two inspectors have been charged in Tervaglia with issuing false certificates to farms that "
"were using prohibited pesticides. According to the agriculture ministry, between 2019 and 2022 the "
"body, Certibio Sud, certified no fewer than 37 farms as organic without performing the mandatory soil "
"and leaf tests, in return for payments of around 260,000 euros in total. The farms' produce, chiefly "
"tomatoes and citrus fruit, was marketed as organic in a number of European countries. The ministry of "
"agriculture has revoked Certibio Sud's accreditation. Through his lawyer, the director denies all "
"the charges. The three face as much as six years in prison if they are convicted."),
errors=[
    E("According to the agriculture ministry", "attribution", "major", "According to the indictment"),
    E("revoked", "event", "major", "suspended"),
],
traps=[
    T("no fewer than 37 farms", "at least 37 farms"),
    T("as much as six years", "up to six years"),
]),
# 34 -----------------------------------------------------------------------
dict(domain="rice export quota", mode="rewrite", label="consistent",
reference=(
"The government of Sundara will limit rice exports to 1.8 million tonnes in the current marketing "
"year, down from 2.5 million tonnes last year, to protect domestic supplies after a poor monsoon, the "
"trade ministry announced on Tuesday. The quota will be divided among licensed exporters according to "
"their shipments over the past three years. Exports of broken rice, used mainly for animal feed, will "
"be banned entirely until further notice. Trade minister Devika Ranasuriya said the restrictions "
"would be reviewed in March, once the size of the winter harvest was known. Traders in neighbouring "
"importing countries said prices were likely to rise. Rice accounts for about 8 percent of Sundara's "
"export earnings."),
candidate=(
"Sundara's trade ministry said on Tuesday that rice exports will be capped at 1.8 million tonnes this "
"marketing year, compared with 2.5 million tonnes last year, as the government seeks to protect "
"domestic supplies following a weak monsoon. Licensed exporters will share the quota on the basis of "
"their shipments over the past three years. Until further notice, broken rice, which is mostly used "
"as animal feed, may not be exported at all. The restrictions will be reviewed in March, when the "
"size of the winter harvest is known, trade minister Devika Ranasuriya said. Traders in neighbouring "
"countries that import rice said prices would probably go up. About 8% of Sundara's export earnings "
"come from rice."),
errors=[],
traps=[
    T("capped at 1.8 million tonnes", "limit rice exports to 1.8 million tonnes"),
    T("following a weak monsoon", "after a poor monsoon"),
    T("may not be exported at all", "will be banned entirely"),
    T("said prices would probably go up", "said prices were likely to rise"),
    T("About 8% of Sundara's export earnings come from rice",
      "Rice accounts for about 8 percent of Sundara's export earnings"),
]),
# 35 -----------------------------------------------------------------------
dict(domain="tyre factory layoffs", mode="rewrite", label="inconsistent",
reference=(
"The tyre maker Dunvale Rubber will cut 430 jobs at its factory in Ostbruk, more than a third of the "
"workforce, as it moves production of car tyres to a plant in eastern Europe, the company said on "
"Thursday. The Ostbruk site will continue to make tyres for tractors and other agricultural vehicles. "
"The job losses will take place in two stages, in March and in September next year. Dunvale said it "
"would offer voluntary redundancy first and that compulsory redundancies could not be ruled out. The "
"regional government said it would set up a task force to help workers find new jobs. The "
"metalworkers' union called the decision a betrayal and said it would consider strike action."),
candidate=(
"Tyre manufacturer Dunvale Rubber is to shed 430 jobs at its factory in Ostbruk as it transfers car "
"tyre production to a plant in eastern Europe, the company announced on Thursday. Tyres for tractors "
"and other agricultural vehicles will still be made at the Ostbruk site. The cuts will come in two "
"phases, in March and September next year. Dunvale said voluntary redundancy would be offered first, "
"followed by compulsory redundancies. The regional government said it would set up a task force to "
"help workers find new employment. Calling the decision a betrayal, the metalworkers' union said it "
"would consider taking strike action."),
errors=[
    E("", "omission", "minor", "more than a third of the workforce", after="at its factory in Ostbruk"),
    E("followed by compulsory redundancies", "modality", "major",
      "compulsory redundancies could not be ruled out"),
],
traps=[
    T("will still be made at the Ostbruk site", "will continue to make"),
    T("in two phases", "in two stages"),
]),
# 36 -----------------------------------------------------------------------
dict(domain="ski jump renovation", mode="summary", label="inconsistent",
reference=(
"The Hohenfirst ski jump at Brannwald will be renovated over the next two summers at a cost of 7.2 "
"million euros, the municipality announced on Friday. The jump, built for the 1964 national "
"championships, has not hosted an international competition since 2009 because it no longer meets "
"the safety standards of the skiing federation. The plans include a new in-run track with ceramic "
"grooves, a lift to the start tower and floodlights for evening events. The federal sports ministry "
"will contribute half of the cost, the regional government a third, and the municipality the rest. "
"Mayor Stefan Kreidl said the town hoped to stage a Continental Cup event in the winter of 2027. "
"Training for local club jumpers will move to a smaller hill during the works."),
candidate=(
"The Hohenfirst ski jump at Brannwald is to be renovated over the next two summers for €7.2m, the "
"municipality said. It has not staged an international competition since 2009 because it fails the "
"skiing federation's safety standards. A new in-run, a lift to the start tower and floodlights are "
"planned, with the federal sports ministry paying half, the region a third and the town the rest. The "
"jump is to be renovated over the next two summers. The mayor said the town hoped to host a "
"Continental Cup event in winter 2027."),
errors=[
    E("is to be renovated over the next two summers", "repetition", "minor", None, occ=1),
],
traps=[
    T("fails the skiing federation's safety standards",
      "no longer meets the safety standards of the skiing federation"),
    T("the town the rest", "the municipality the rest"),
]),
# 37 -----------------------------------------------------------------------
dict(domain="night train revival", mode="translation", label="consistent",
reference=(
"A night train between Kostrava and the coastal city of Meridana will run again from 12 December, "
"fifteen years after the last service was withdrawn, the state railway company announced on Monday. "
"The train will leave Kostrava at 9.40 p.m. and arrive in Meridana at 7.15 the next morning, running "
"three times a week in winter and daily from June. It will have sleeping cars with two- and four-berth "
"compartments as well as ordinary seats. A one-way seat will cost from 39 euros and a bed in a "
"four-berth compartment from 69 euros. The railway said the service was being restarted with "
"refurbished carriages bought from a neighbouring country's operator and that demand for night "
"trains had grown strongly since 2020."),
candidate=(
"Fifteen years after the previous service was scrapped, a night train will once again link Kostrava "
"with the coastal city of Meridana from 12 December, the state rail company said on Monday. Departing "
"Kostrava at 21:40, the train will reach Meridana at 7:15 a.m. the following day; it will run three "
"days a week during the winter and every day from June onwards. Passengers will be able to choose "
"between ordinary seats and sleeper cars with compartments for two or four people. Fares start at €39 "
"for a one-way seat and €69 for a berth in a four-person compartment. The railway explained that the "
"service is returning with renovated carriages purchased from the operator of a neighbouring country, "
"adding that demand for overnight trains has risen sharply since 2020."),
errors=[],
traps=[
    T("21:40", "9.40 p.m."),
    T("7:15 a.m. the following day", "7.15 the next morning"),
    T("three days a week", "three times a week"),
    T("Fares start at €39", "will cost from 39 euros"),
    T("risen sharply", "grown strongly"),
]),
# 38 -----------------------------------------------------------------------
dict(domain="chocolate factory cocoa shortage", mode="rewrite", label="consistent",
reference=(
"The chocolate maker Hartwell & Finch has cut production at its factory in Lowbridge by about 20 "
"percent because it cannot buy enough cocoa beans, the company said in a statement on Wednesday. Poor "
"harvests in West Africa have pushed cocoa prices to record levels this year, and suppliers have "
"delivered only part of the volumes agreed in contracts. The factory's 380 employees will not lose "
"their jobs, but overtime and weekend shifts have been stopped. The company said it would raise the "
"prices of its chocolate bars by an average of 8 percent from next month and was considering reducing "
"the size of some products. Shops have been warned that seasonal lines such as Easter eggs may be in "
"short supply."),
candidate=(
"Unable to buy enough cocoa beans, the chocolate maker Hartwell & Finch has reduced output at its "
"Lowbridge factory by roughly a fifth, the company said in a statement on Wednesday. Cocoa prices have "
"hit record highs this year because of poor harvests in West Africa, and suppliers have delivered only "
"some of the volumes agreed under contract. None of the factory's 380 employees will lose their job, "
"although weekend shifts and overtime have been halted. From next month the company will put up the "
"prices of its chocolate bars by 8% on average, it said, adding that it was considering making some "
"products smaller. Retailers have been warned that seasonal lines such as Easter eggs may be scarce."),
errors=[],
traps=[
    T("by roughly a fifth", "by about 20 percent"),
    T("None of the factory's 380 employees will lose their job",
      "The factory's 380 employees will not lose their jobs"),
    T("by 8% on average", "by an average of 8 percent"),
    T("Retailers", "Shops"),
    T("may be scarce", "may be in short supply"),
]),
# 39 -----------------------------------------------------------------------
dict(domain="marina expansion objections", mode="summary", label="consistent",
reference=(
"Plans to expand the marina at Selterby Haven from 250 to 420 berths have drawn more than 600 "
"objections, the county planning office said on Thursday. The developer, Crestwave Marinas, wants to "
"build a new breakwater and floating pontoons in the western part of the harbour, an area currently "
"used by the local sailing club and by two fishing boats. Objectors say the work would destroy "
"seagrass beds used by young fish and block views from the seafront. The local fishermen's "
"association has said it is not opposed to the expansion provided its members keep their moorings. "
"Crestwave says the project would create 35 jobs and bring in about 4 million pounds a year in "
"visitor spending. The planning committee is expected to decide on the application in November."),
candidate=(
"More than 600 objections have been lodged against Crestwave Marinas' plan to enlarge Selterby Haven "
"marina from 250 to 420 berths. Objectors say the work would destroy seagrass beds used by young fish "
"and block seafront views, while the local fishermen's association does not oppose it as long as "
"members keep their moorings. Crestwave says the scheme would create 35 jobs and bring in roughly £4m "
"a year in visitor spending. A decision is expected in November."),
errors=[],
traps=[
    T("block seafront views", "block views from the seafront"),
    T("does not oppose it as long as", "is not opposed to the expansion provided"),
    T("roughly £4m a year", "about 4 million pounds a year"),
    T("A decision is expected in November", "The planning committee is expected to decide on the application in November"),
]),
# 40 -----------------------------------------------------------------------
dict(domain="railway signal box closure", mode="translation", label="inconsistent",
reference=(
"The signal box at Vellaria station, one of the last in the country still operated by hand with "
"mechanical levers, will close on 30 June after 112 years, the national rail network manager "
"announced. Its functions will be taken over by a computerised control centre in Montevario that "
"already manages 140 kilometres of line. The four signallers who work at Vellaria will be transferred "
"to Montevario and none will lose their job. The building itself is protected as a historic monument "
"and will not be demolished; the town council wants to turn it into a small railway museum. During "
"the weekend of the switchover, trains between Vellaria and Castrone will be replaced by buses."),
candidate=(
"After 112 years, the Vellaria station signal box, one of the last in the country where mechanical "
"levers are still worked by hand, will shut on 30 June, the national rail infrastructure manager has "
"announced. A computerised control centre in Montevario, which already handles 140 km of track, will "
"take over its work. The four signallers employed at Vellaria will be moved to Montevario, although "
"not all of them will keep their jobs. As a listed historic monument, the building will not be pulled "
"down, and the town council would like to convert it into a small railway museum. Buses will replace "
"trains between Vellaria and Castrone over the switchover weekend."),
errors=[
    E("although not all of them will keep their jobs", "polarity", "major", "none will lose their job"),
],
traps=[
    T("140 km of track", "140 kilometres of line"),
    T("will not be pulled down", "will not be demolished"),
    T("Buses will replace trains", "will be replaced by buses"),
]),
]


# ---------------------------------------------------------------------------
def words(s):
    return re.findall(r"[A-Za-z0-9À-ÿ£€$%][\w'’.,£€$%-]*", s)


def locate(cand, text, occ, where):
    n = cand.count(text)
    if n == 0:
        raise ValueError(f"{where}: {text!r} not found in candidate")
    if occ is None:
        if n > 1:
            raise ValueError(f"{where}: {text!r} occurs {n} times; give occ")
        occ = 0
    if occ >= n:
        raise ValueError(f"{where}: occurrence {occ} of {text!r} requested, only {n}")
    pos = -1
    for _ in range(occ + 1):
        pos = cand.find(text, pos + 1)
    return pos


def cuts_word(s, i):
    return 0 < i < len(s) and s[i - 1].isalnum() and s[i].isalnum()


def build():
    problems = []
    records = []
    if len(CASES) != 40:
        problems.append(f"expected 40 cases, got {len(CASES)}")
    for k, c in enumerate(CASES, 1):
        cid = f"s{N}-{k:03d}"
        ref, cand = c["reference"], c["candidate"]
        where = f"{cid} ({c['domain']})"
        try:
            if c["mode"] not in MODES:
                raise ValueError(f"{where}: bad mode")
            nref = len(words(ref))
            if not 70 <= nref <= 190:
                raise ValueError(f"{where}: reference has {nref} words")
            for nm, txt in (("reference", ref), ("candidate", cand)):
                if "  " in txt or txt != txt.strip():
                    raise ValueError(f"{where}: stray whitespace in {nm}")
            if cand == ref:
                raise ValueError(f"{where}: candidate identical to reference")
            if c["mode"] == "summary":
                if not (len(words(cand)) < nref and len(cand) < len(ref)):
                    raise ValueError(f"{where}: summary not shorter than reference")
            # long verbatim overlap check for translations
            if c["mode"] == "translation":
                rw, cw = [w.lower() for w in words(ref)], [w.lower() for w in words(cand)]
                grams = {tuple(rw[i:i + 8]) for i in range(len(rw) - 7)}
                for i in range(len(cw) - 7):
                    if tuple(cw[i:i + 8]) in grams:
                        raise ValueError(f"{where}: translation shares 8 words verbatim: {' '.join(cw[i:i+8])}")
            spans = []
            errs = []
            for e in c["errors"]:
                t = e["type"]
                if t not in ERROR_TYPES:
                    raise ValueError(f"{where}: bad error type {t}")
                if e["severity"] not in SEVERITIES:
                    raise ValueError(f"{where}: bad severity")
                if t == "omission":
                    if c["mode"] == "summary":
                        raise ValueError(f"{where}: omission in summary")
                    if e["text"] != "":
                        raise ValueError(f"{where}: omission text must be empty")
                    if not e["ref_text"] or e["ref_text"] not in ref:
                        raise ValueError(f"{where}: omission ref_text not in reference")
                    if e["ref_text"].lower() in cand.lower():
                        raise ValueError(f"{where}: omitted words present in candidate")
                    if (e["after"] is None) == (e["before"] is None):
                        raise ValueError(f"{where}: omission needs exactly one anchor")
                    if e["after"] is not None:
                        p = locate(cand, e["after"], e["occ"], where) + len(e["after"])
                    else:
                        p = locate(cand, e["before"], e["occ"], where)
                    start = end = p
                else:
                    if not e["text"]:
                        raise ValueError(f"{where}: empty error text")
                    start = locate(cand, e["text"], e["occ"], where)
                    end = start + len(e["text"])
                    if t in ("addition", "repetition"):
                        if e["ref_text"] is not None:
                            raise ValueError(f"{where}: {t} must have ref_text null")
                        if t == "addition" and e["text"] in ref:
                            raise ValueError(f"{where}: added text occurs in reference")
                        if t == "repetition" and cand.find(e["text"]) >= start:
                            raise ValueError(f"{where}: repetition has no earlier copy")
                    else:
                        if not e["ref_text"] or e["ref_text"] not in ref:
                            raise ValueError(f"{where}: ref_text {e['ref_text']!r} not in reference")
                        if e["ref_text"] == e["text"]:
                            raise ValueError(f"{where}: error text equals ref_text")
                if cuts_word(cand, start) or cuts_word(cand, end):
                    raise ValueError(f"{where}: error span cuts a word: {e['text']!r}")
                assert cand[start:end] == e["text"]
                spans.append((start, end, e["text"] or "<omission>"))
                errs.append({"start": start, "end": end, "text": e["text"], "type": t,
                             "severity": e["severity"], "ref_text": e["ref_text"]})
            traps = []
            for tr in c["traps"]:
                start = locate(cand, tr["text"], tr["occ"], where)
                end = start + len(tr["text"])
                if cuts_word(cand, start) or cuts_word(cand, end):
                    raise ValueError(f"{where}: trap span cuts a word: {tr['text']!r}")
                if tr["ref_text"] not in ref:
                    raise ValueError(f"{where}: trap ref_text {tr['ref_text']!r} not in reference")
                if tr["ref_text"] == tr["text"]:
                    raise ValueError(f"{where}: trap text equals ref_text")
                spans.append((start, end, tr["text"]))
                traps.append({"start": start, "end": end, "text": tr["text"], "ref_text": tr["ref_text"]})
            spans.sort()
            for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
                if s2 < e1 or (s1 == e1 and s1 > s2) or (s2 == e2 and s1 < s2 < e1):
                    raise ValueError(f"{where}: spans overlap: {t1!r} / {t2!r}")
            for s, e, t in spans:  # omission point strictly inside another span
                if s == e and any(s2 < s < e2 for s2, e2, _ in spans):
                    raise ValueError(f"{where}: omission point inside a span")
            label = "inconsistent" if errs else "consistent"
            if c["label"] != label:
                raise ValueError(f"{where}: label {c['label']} but {len(errs)} errors")
            if label == "consistent" and not 3 <= len(traps) <= 5:
                raise ValueError(f"{where}: consistent pair needs 3-5 traps, has {len(traps)}")
            if label == "inconsistent" and not (1 <= len(errs) <= 2 and len(traps) <= 3):
                raise ValueError(f"{where}: inconsistent pair has {len(errs)} errors / {len(traps)} traps")
            errs.sort(key=lambda x: (x["start"], x["end"]))
            traps.sort(key=lambda x: x["start"])
            records.append({"id": cid, "domain": c["domain"], "mode": c["mode"],
                            "reference": ref, "candidate": cand, "label": label,
                            "errors": errs, "traps": traps})
        except ValueError as ex:
            problems.append(str(ex))
    # set-level checks
    doms = [c["domain"] for c in CASES]
    if sorted(doms) != sorted(DOMAINS) or len(set(doms)) != 40:
        problems.append("domains are not exactly the 40 listed ones: "
                        f"missing {set(DOMAINS) - set(doms)}, extra {set(doms) - set(DOMAINS)}")
    if not problems:
        lab = Counter(r["label"] for r in records)
        mode_lab = Counter((r["mode"], r["label"]) for r in records)
        types = Counter(e["type"] for r in records for e in r["errors"])
        if lab != Counter(consistent=20, inconsistent=20):
            problems.append(f"label counts {dict(lab)}")
        for m, n in (("rewrite", 10), ("summary", 5), ("translation", 5)):
            for l in ("consistent", "inconsistent"):
                if mode_lab[(m, l)] != n:
                    problems.append(f"{m}/{l}: {mode_lab[(m, l)]} (want {n})")
        if sum(types.values()) != 30:
            problems.append(f"{sum(types.values())} errors (want 30)")
        for t in ERROR_TYPES:
            if types[t] < 2:
                problems.append(f"error type {t}: {types[t]} (want >= 2)")
    return records, problems


def main():
    check_only = "--check" in sys.argv[1:]
    records, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    types = Counter(e["type"] for r in records for e in r["errors"])
    print(f"{len(records)} pairs valid; labels {dict(Counter(r['label'] for r in records))}; "
          f"modes {dict(Counter(r['mode'] for r in records))}")
    print(f"errors {sum(types.values())}: {dict(sorted(types.items()))}")
    print(f"traps {sum(len(r['traps']) for r in records)}")
    if check_only:
        return
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
