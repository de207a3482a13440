#!/usr/bin/env python3
"""Held-out evaluation set 22 for a fact-comparison tool.

How it was made: every pair below was hand-written in English by a helper
session that saw no code or data of the project, working only from a written
brief. All people, companies, organisations, towns, ports and figures are
invented; real countries appear only as background. Character offsets are
never typed by hand: they are computed here by string search (with an
occurrence index where a quoted text repeats), and everything is validated
before set22.jsonl (next to this script) is written.

Composition (checked by validate()):
  40 pairs, one domain each, from the brief's list of 40 domains
  20 consistent / 20 inconsistent
  modes: 20 rewrite (10 consistent), 10 summary (5), 10 translation (5)
  30 errors: entity 3, number 4, date 3, role 3, polarity 3, modality 3,
             attribution 2, event 3, omission 2, addition 2, repetition 2
  inconsistent pairs: 10 with one error, 10 with two
  traps: 3-5 per consistent pair, 0-3 per inconsistent pair
  references 70-190 words, news / agency / corporate / official register;
  summaries are shorter than their references; omissions only in rewrite
  and translation pairs.

Usage:  python3 make_set22.py          validate and write set22.jsonl
        python3 make_set22.py --check  validate only, write nothing
"""
import json
import os
import re
import sys

SET_ID = "s22"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set22.jsonl")

DOMAINS = [
    "crowdfunding", "cruise ports", "pothole repair", "stud farms",
    "school buses", "urban trees", "snow avalanche barriers",
    "solar water heaters", "cashew processing", "street markets",
    "street cleaning", "natural history collections", "berry picking",
    "hostels", "rice milling", "cement works", "book fairs", "audiobooks",
    "taekwondo", "timeshares", "wheat futures", "social housing",
    "land registry", "level crossings", "canteens", "bridge clubs",
    "malaria nets", "student housing", "locksmiths", "tsunami warnings",
    "catering", "rail freight", "second-hand clothing",
    "poultry vaccination", "holiday lets", "snooker", "debt collection",
    "triathlon", "patents office", "customs warehouses",
]
MODES = ("rewrite", "summary", "translation")
LABELS = ("consistent", "inconsistent")
TYPES = ("entity", "number", "date", "role", "polarity", "modality",
         "attribution", "event", "omission", "addition", "repetition")
SEVERITIES = ("minor", "major", "critical")

CASES = []


def E(text, type_, severity, ref, occ=0):
    """An error span quoted from the candidate (occ = which occurrence)."""
    return {"kind": "span", "text": text, "type": type_,
            "severity": severity, "ref_text": ref, "occ": occ}


def OMIT(anchor, ref, severity, occ=0, side="after"):
    """An omission: an empty span just after (or before) `anchor`."""
    return {"kind": "omit", "anchor": anchor, "side": side,
            "type": "omission", "severity": severity, "ref_text": ref,
            "occ": occ}


def T(text, ref, occ=0):
    """A trap: faithful rewording in the candidate of `ref`."""
    return {"text": text, "ref_text": ref, "occ": occ}


def add(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})


# ---------------------------------------------------------------- rewrites 1-5
add("crowdfunding", "rewrite", "consistent",
    "Brindlemoor Games, a four-person studio based in Castleby, said on Monday "
    "that its crowdfunding campaign for the board game Harrow Lights had raised "
    "£412,000 from 6,150 backers, more than eight times its original target of "
    "£50,000. The campaign closed on 14 March after running for 30 days. "
    "Co-founder Imelda Quarrie said the studio would use the extra money to add a "
    "solo mode and to print the rulebook in four additional languages. Deliveries "
    "to backers are expected to begin in November, although Quarrie cautioned that "
    "shipping costs could still delay some orders outside Europe. The studio has "
    "not yet decided whether to sell the game in shops.",
    "The crowdfunding drive for Harrow Lights, a board game from Castleby studio "
    "Brindlemoor Games, brought in £412,000 from 6,150 supporters, the four-strong "
    "team said on Monday, more than eight times the £50,000 it had originally "
    "sought. The month-long campaign ended on 14 March. The surplus will pay for a "
    "solo mode and for the rulebook to be printed in four more languages, "
    "according to co-founder Imelda Quarrie. Backers should start receiving their "
    "copies in November, although Quarrie warned that shipping costs might yet "
    "hold up some orders to destinations beyond Europe. Whether the game will also "
    "be sold in shops is still undecided.",
    traps=[
        T("four-strong team", "four-person studio"),
        T("month-long", "30 days"),
        T("should start receiving their copies in November",
          "are expected to begin in November"),
        T("might yet hold up", "could still delay"),
        T("still undecided", "has not yet decided"),
    ])

add("cruise ports", "rewrite", "inconsistent",
    "The port authority of Velmora Bay expects 212 cruise ship calls next year, "
    "up from 174 this year, its chief executive Anton Rhedd told a tourism "
    "conference on Thursday. The authority will spend €38 million lengthening its "
    "northern pier so that two large vessels can berth at the same time, with work "
    "due to start in February. Rhedd said the extra calls could bring around "
    "410,000 passengers to the town. However, the local residents' association, "
    "Velmora Together, warned that the old town was already overcrowded on days "
    "when more than one ship was in port, and called for a daily cap of 8,000 "
    "visitors. The authority said it would study the proposal but made no "
    "commitment.",
    "Velmora Bay's port authority is forecasting 212 cruise ship calls next year, "
    "nearly a third more than this year's 174, chief executive Anton Rhedd told a "
    "tourism conference on Thursday. A €38 million extension of the northern pier, "
    "due to begin in February, will allow two large ships to dock simultaneously. "
    "The additional calls could bring roughly 410,000 passengers to the town, "
    "Rhedd said. He acknowledged that the old town was already overcrowded on days "
    "when more than one ship was in port, and the residents' association Velmora "
    "Together has called for a daily limit of 8,000 visitors. The authority said "
    "it would look at the idea but did not commit to it.",
    errors=[
        E("nearly a third more", "number", "major", "up from 174"),
        E("He acknowledged", "attribution", "major",
          "the local residents' association, Velmora Together, warned"),
    ],
    traps=[
        T("dock simultaneously", "berth at the same time"),
        T("did not commit to it", "made no commitment"),
    ])

add("pothole repair", "rewrite", "consistent",
    "Orlin County Council repaired 9,480 potholes in the twelve months to the end "
    "of March, a 15% increase on the previous year, according to figures published "
    "on Wednesday. The council's highways chief, Margaret Delane, said that a wet "
    "winter had caused roads to deteriorate faster than expected, and that around "
    "half of all repairs were on rural lanes. The average time taken to fix a "
    "reported pothole fell from 21 days to 16 days. The council has set aside £6.4 "
    "million for road maintenance this year, although Delane said this would not "
    "be enough to resurface every damaged road. Drivers can report potholes "
    "through the council's website or by telephone.",
    "Figures released on Wednesday show that Orlin County Council fixed 9,480 "
    "potholes in the year ending in March, 15 per cent more than in the previous "
    "twelve months. Roughly 50% of the repairs were carried out on rural lanes, "
    "said Margaret Delane, who leads on highways at the council, adding that the "
    "wet winter had made roads break up more quickly than anticipated. Reported "
    "potholes are now being filled in 16 days on average, compared with three "
    "weeks before. Although £6.4m has been earmarked for road maintenance this "
    "year, Delane warned that the sum would fall short of what is needed to "
    "resurface all damaged roads. Drivers can report potholes on the council's "
    "website or by phone.",
    traps=[
        T("in the year ending in March", "in the twelve months to the end of March"),
        T("Roughly 50%", "around half"),
        T("three weeks", "21 days"),
        T("£6.4m", "£6.4 million"),
        T("would fall short of what is needed to resurface all damaged roads",
          "would not be enough to resurface every damaged road"),
    ])

add("stud farms", "rewrite", "inconsistent",
    "Kellaway Stud, one of the oldest thoroughbred breeding farms in the Darrow "
    "Valley, has been bought by the racing syndicate Greyfield Partners for an "
    "undisclosed sum, the two sides announced on Friday. The farm's 140 hectares "
    "and its stallion barn will remain in use, and the 23 staff will keep their "
    "jobs. Greyfield, which already owns two training yards, said it intended to "
    "stand three stallions at Kellaway from next season. The stud's previous "
    "owner, Oswin Marlough, had run the farm for 31 years and said he was "
    "retiring. Industry analysts said the deal reflected rising demand for "
    "breeding capacity after several farms in the region closed.",
    "The racing syndicate Greyfield Partners has been acquired by Kellaway Stud, "
    "one of the Darrow Valley's longest-established thoroughbred breeding farms, "
    "the two parties said on Friday. The price was not disclosed. All 23 "
    "employees will be retained, and the farm's 140 hectares and stallion barn "
    "will stay in use. Greyfield, which already owns a pair of training yards, "
    "plans to stand three stallions at Kellaway starting next season. The stud's "
    "former owner, Oswin Marlough, is retiring after 31 years running the farm. "
    "Industry analysts said the deal reflected growing demand for breeding "
    "capacity following the closure of several farms in the area.",
    errors=[
        E("Greyfield Partners has been acquired by Kellaway Stud", "role",
          "critical", "has been bought by the racing syndicate Greyfield Partners"),
    ],
    traps=[
        T("The price was not disclosed", "for an undisclosed sum"),
        T("All 23 employees will be retained", "the 23 staff will keep their jobs"),
        T("a pair of training yards", "two training yards"),
    ])

add("school buses", "rewrite", "consistent",
    "The education department of the Tarnell region will replace 64 diesel school "
    "buses with electric models over the next three years, officials announced on "
    "Tuesday. The first 20 buses are due to enter service in September 2025, "
    "serving routes in the districts of Pellow and Ashgrove. The programme will "
    "cost 27.5 million euros, of which 60% will come from a national clean "
    "transport fund. Regional transport director Ilse Vandermeer said the new "
    "buses would cut fuel and maintenance costs by about a third. Drivers will "
    "receive two days of training before the buses enter service. Parents' groups "
    "welcomed the plan but asked the department to also address overcrowding on "
    "several rural routes.",
    "Sixty-four of the Tarnell region's diesel school buses are to be swapped for "
    "electric vehicles over the next three years, the regional education "
    "department said on Tuesday. Routes in the Pellow and Ashgrove districts will "
    "get the first 20 vehicles, which are scheduled to start running in September "
    "2025. Of the €27.5m cost, three-fifths will be met by a national clean "
    "transport fund. According to Ilse Vandermeer, the region's transport "
    "director, the new vehicles would reduce fuel and maintenance costs by roughly "
    "33%. Before the buses go into service, drivers will attend a two-day training "
    "course. Parents' groups, while welcoming the plan, urged the department to "
    "tackle overcrowding on a number of rural routes as well.",
    traps=[
        T("are scheduled to start running", "are due to enter service"),
        T("€27.5m", "27.5 million euros"),
        T("three-fifths", "60%"),
        T("roughly 33%", "about a third"),
        T("a two-day training course", "two days of training"),
    ])

# --------------------------------------------------------------- rewrites 6-10
add("urban trees", "rewrite", "inconsistent",
    "The city of Marrowgate plans to plant 12,000 street trees by 2030 as part of "
    "an effort to cool neighbourhoods during summer heatwaves, deputy mayor "
    "Fenella Osk said on Monday. Priority will be given to the eastern districts, "
    "where tree cover is below 8%, compared with a citywide average of 19%. "
    "Species will be chosen for their tolerance of drought and road salt. The "
    "council may also require developers of large housing schemes to pay for "
    "trees on nearby streets, although that proposal still needs the approval of "
    "the full council in June. Osk said the programme would cost about 4 million "
    "euros a year, funded partly by a levy on parking permits.",
    "Marrowgate intends to plant 12,000 trees along its streets by 2030 to help "
    "keep neighbourhoods cooler during summer heatwaves, deputy mayor Fenella Osk "
    "said on Monday. The eastern districts, where tree cover is under 8% against "
    "19% across the city as a whole, will be first in line. Drought- and "
    "salt-tolerant species will be selected. Developers of large housing schemes "
    "will also have to fund trees on surrounding streets, a proposal that still "
    "has to be approved by the full council in June. The scheme will cost around 4 "
    "million euros annually, Osk said, and will be paid for by a levy on parking "
    "permits.",
    errors=[
        E("will also have to fund", "modality", "major", "may also require"),
        OMIT("will be paid for", "partly", "minor"),
    ],
    traps=[
        T("first in line", "Priority will be given"),
        T("annually", "a year"),
    ])

add("snow avalanche barriers", "rewrite", "consistent",
    "Engineers have completed a new line of steel snow barriers above the alpine "
    "village of Sankt Oberwald, the regional civil protection office said on "
    "Thursday. The 1.8-kilometre structure, built over three summers at a cost of "
    "11 million Swiss francs, is designed to stop avalanches from forming on the "
    "slopes above the village's school and main road. The office said the "
    "barriers would reduce, but not eliminate, the risk of avalanches reaching "
    "the valley floor. The road, which was closed for a total of 19 days last "
    "winter, will still be shut when the danger level reaches 4 on the five-point "
    "scale. About 640 people live in the village year-round.",
    "A new line of steel snow barriers on the slopes above Sankt Oberwald has been "
    "finished, according to a statement on Thursday from the regional civil "
    "protection office. Built during three summer seasons for CHF 11m, the "
    "1,800-metre structure is meant to prevent avalanches from starting above the "
    "village school and the main road. The barriers will lower the risk of "
    "avalanches reaching the valley floor but will not remove it altogether, the "
    "office said. Last winter the road was closed on 19 days in total; it will "
    "continue to close whenever the danger level hits 4 out of 5. The alpine "
    "village has roughly 640 permanent residents.",
    traps=[
        T("CHF 11m", "11 million Swiss francs"),
        T("1,800-metre", "1.8-kilometre"),
        T("will lower the risk of avalanches reaching the valley floor but will "
          "not remove it altogether", "would reduce, but not eliminate, the risk"),
        T("4 out of 5", "4 on the five-point scale"),
        T("roughly 640 permanent residents",
          "About 640 people live in the village year-round"),
    ])

add("solar water heaters", "rewrite", "inconsistent",
    "Sunvale Thermal, a manufacturer of rooftop solar water heaters, reported a "
    "22% rise in unit sales for the first half of the year, driven mainly by "
    "demand from hotels and apartment blocks. Chief executive Rana Okonjo said the "
    "company had not raised its prices despite higher costs for copper and glass, "
    "and that margins had narrowed as a result. Sunvale sold 48,300 units in the "
    "six months to June, compared with 39,600 a year earlier. The company expects "
    "a government rebate scheme for households, due to launch in October, to lift "
    "residential sales later in the year. It did not change its full-year "
    "forecast.",
    "Unit sales at rooftop solar water heater maker Sunvale Thermal climbed 22% in "
    "the first half, largely on the back of orders from hotels and apartment "
    "blocks. The company sold 48,300 units between January and June, up from "
    "39,600 in the same period last year. Chief executive Rana Okonjo said Sunvale "
    "had raised its prices to reflect dearer copper and glass, though margins had "
    "still narrowed. The company expects a government rebate scheme for "
    "households, set to start in October, to boost residential sales later in the "
    "year. Its full-year forecast was left unchanged.",
    errors=[
        E("had raised its prices", "polarity", "major", "had not raised its prices"),
    ],
    traps=[
        T("largely on the back of orders from", "driven mainly by demand from"),
        T("between January and June", "in the six months to June"),
        T("was left unchanged", "did not change"),
    ])

add("cashew processing", "rewrite", "consistent",
    "A new cashew processing plant opened on Saturday in the town of Kessoumé, in "
    "northern Côte d'Ivoire, with capacity to shell 15,000 tonnes of raw nuts a "
    "year. The plant, owned by the cooperative group Anacarde Union, employs 420 "
    "people, most of them women from surrounding villages. Until now nearly all "
    "cashews grown in the area have been exported raw, mainly to Asia, where they "
    "are shelled and sold on. Union president Seydou Kaboré said processing the "
    "nuts locally could triple the income that farmers earn per kilogram. The "
    "plant cost 9 billion CFA francs and was financed by a loan from a regional "
    "development bank. A second plant is planned but no date has been set.",
    "The cooperative group Anacarde Union on Saturday opened a cashew processing "
    "plant in Kessoumé, a town in northern Côte d'Ivoire, able to shell 15,000 "
    "tonnes of raw nuts annually. Most of its 420 workers are women from nearby "
    "villages. Almost all the area's cashew crop has so far been shipped abroad "
    "unprocessed, chiefly to Asia, to be shelled and resold there. Processing the "
    "nuts locally could make farmers' earnings per kilogram three times higher, "
    "according to Seydou Kaboré, the union's president. A regional development "
    "bank lent the 9 billion CFA francs needed to build the plant. Another plant "
    "is planned, though no date has yet been fixed.",
    traps=[
        T("annually", "a year"),
        T("shipped abroad unprocessed", "exported raw"),
        T("three times higher", "triple"),
        T("A regional development bank lent",
          "was financed by a loan from a regional development bank"),
        T("no date has yet been fixed", "no date has been set"),
    ])

add("street markets", "rewrite", "inconsistent",
    "The weekly street market on Calder Row will move to the nearby Hensley Square "
    "from 3 May while the street is dug up for new water mains, the borough "
    "council said on Friday. The works are expected to last about ten weeks. All "
    "58 traders will keep their pitches in the new location, and the market will "
    "continue to run on Saturdays from 8am to 3pm. Stallholders' representative "
    "Dorota Plaskett said traders were relieved that the market would not close, "
    "but worried that fewer shoppers would find them. The council said it would "
    "put up signs on surrounding streets and waive pitch fees for the first two "
    "weeks.",
    "The weekly street market on Calder Row will be held in nearby Hensley Square "
    "until 3 May while the street is excavated to lay new water mains, the borough "
    "council announced on Friday. The work should take around ten weeks. Every one "
    "of the 58 traders will have a pitch at the new site, and the market will keep "
    "its Saturday hours of 8am to 3pm. The decision followed a consultation with "
    "traders. Dorota Plaskett, who represents the stallholders, said they were "
    "relieved the market would not shut but feared fewer shoppers would find them. "
    "Signs will be put up on surrounding streets and pitch fees waived for the "
    "first fortnight, the council said.",
    errors=[
        E("until 3 May", "date", "major", "from 3 May"),
        E("The decision followed a consultation with traders.", "addition",
          "minor", None),
    ],
    traps=[
        T("should take around ten weeks", "are expected to last about ten weeks"),
        T("the first fortnight", "the first two weeks"),
    ])

# -------------------------------------------------------------- rewrites 11-15
add("street cleaning", "rewrite", "consistent",
    "Pellingham City Council will introduce night-time street cleaning in the "
    "town centre from next month after complaints about litter left by late-night "
    "crowds, the council's environment committee decided on Wednesday. Crews will "
    "work between 1am and 5am on Fridays and Saturdays, and the council will hire "
    "14 additional cleaners at an annual cost of £520,000. Committee chair "
    "Lorraine Abbot said the daytime schedule would not be reduced. A six-month "
    "trial last year found that litter complaints in the area fell by 40% on "
    "weekends when night crews were used. Businesses in the centre will be asked, "
    "but not required, to keep the pavement outside their premises clear.",
    "Following complaints about litter from late-night crowds, Pellingham City "
    "Council's environment committee agreed on Wednesday to start cleaning the "
    "town centre's streets at night from next month. Crews will be on the streets "
    "from 1am to 5am on Fridays and Saturdays, and 14 extra cleaners will be taken "
    "on, costing the council £520,000 a year. Daytime cleaning will not be cut "
    "back, committee chair Lorraine Abbot said. During a half-year trial last "
    "year, complaints about litter in the area dropped by two-fifths on weekends "
    "when night crews were deployed. Town-centre businesses will be asked, though "
    "not obliged, to keep the pavement in front of their premises clear.",
    traps=[
        T("costing the council £520,000 a year", "at an annual cost of £520,000"),
        T("Daytime cleaning will not be cut back",
          "the daytime schedule would not be reduced"),
        T("half-year trial", "six-month trial"),
        T("two-fifths", "40%"),
        T("asked, though not obliged,", "asked, but not required,"),
    ])

add("natural history collections", "rewrite", "inconsistent",
    "The Halvorsen Museum of Natural History has begun moving its collection of "
    "1.2 million insect specimens to a new climate-controlled storage building, "
    "director Agathe Lindqvist said on Tuesday. The move is expected to take 18 "
    "months, during which the entomology department will remain open to visiting "
    "researchers by appointment. The old storage rooms, in the museum's basement, "
    "were flooded twice in the past decade, damaging around 3,000 specimens. The "
    "new building cost 96 million kronor, about a third of which was donated by "
    "the Berglund Foundation. The museum also plans to photograph and digitise "
    "200,000 of the specimens so that they can be studied online.",
    "Work has started on transferring the Halvorsen Museum of Natural History's "
    "1.2 million insect specimens to a new climate-controlled storage facility, "
    "the museum's director, Agathe Lindqvist, said on Tuesday. Over the 18 months "
    "the move is likely to take, researchers will still be able to visit the "
    "entomology department if they book an appointment. The museum's basement "
    "storage rooms flooded twice in the last ten years, and about 3,000 specimens "
    "were damaged. Roughly a third of the new building's 96 million kronor cost "
    "was lent by the Berglund Foundation. The museum also intends to photograph "
    "and digitise 200,000 specimens so they can be examined online.",
    errors=[
        E("was lent by the Berglund Foundation", "event", "major",
          "was donated by the Berglund Foundation"),
    ],
    traps=[
        T("is likely to take", "is expected to take"),
        T("if they book an appointment", "by appointment"),
        T("in the last ten years", "in the past decade"),
    ])

add("berry picking", "rewrite", "consistent",
    "Farms in the Lindmark region expect to hire about 3,500 seasonal berry "
    "pickers this summer, roughly 500 fewer than last year, the regional growers' "
    "association said on Monday. The association's chairman, Per-Olof Vennberg, "
    "said more farms were using tunnels and table-top growing systems, which "
    "require fewer workers per hectare. Most pickers will come from abroad on "
    "permits valid for up to six months. The minimum hourly wage for pickers will "
    "rise to 152 kronor from 1 June. The association warned that a late frost in "
    "April had damaged some strawberry crops, and said the harvest could start a "
    "week later than usual.",
    "Lindmark's berry farms are likely to take on around 3,500 seasonal pickers "
    "this summer, some 500 down on last year, according to the regional growers' "
    "association, which released the forecast on Monday. More farms are now "
    "growing under tunnels or on table-top systems that need fewer workers per "
    "hectare, said Per-Olof Vennberg, who chairs the association. Most pickers "
    "will come from abroad, on permits lasting no more than six months. The "
    "minimum hourly rate for pickers goes up to 152 kronor at the start of June. "
    "Some strawberry crops were hit by a late frost in April, the association "
    "warned, adding that the harvest could begin seven days later than usual.",
    traps=[
        T("are likely to take on", "expect to hire"),
        T("some 500 down on last year", "roughly 500 fewer than last year"),
        T("no more than six months", "up to six months"),
        T("at the start of June", "from 1 June"),
        T("seven days later", "a week later"),
    ])

add("hostels", "rewrite", "inconsistent",
    "Nomadia Hostels, which operates 17 budget hostels across southern Europe, "
    "said on Wednesday it had agreed to buy six properties in Portugal and Greece "
    "from a rival chain for 42 million euros. The deal will raise its total "
    "capacity to about 4,900 beds. Chief executive Luca Ferrante said occupancy "
    "across the group had averaged 81% last year, helped by a rise in the number "
    "of older travellers and families choosing hostels over hotels. The purchase, "
    "which still requires approval from competition authorities, is expected to "
    "be completed by the end of September. Nomadia did not name the seller.",
    "Budget hostel operator Nomadia Hostels, which runs 17 hostels in southern "
    "Europe, announced on Wednesday that it had agreed to pay 42 million euros for "
    "six properties in Portugal and Greece owned by a rival chain. The "
    "acquisition will add about 4,900 beds. Group-wide occupancy averaged 81% last "
    "year, chief executive Luca Ferrante said, boosted by growing numbers of older "
    "travellers and families opting for hostels rather than hotels. The purchase "
    "still needs the green light from competition authorities and should be "
    "completed by the end of September. The seller was not named. The purchase "
    "still needs the green light from competition authorities.",
    errors=[
        E("add about 4,900 beds", "number", "major",
          "raise its total capacity to about 4,900 beds"),
        E("The purchase still needs the green light from competition authorities",
          "repetition", "minor", None, occ=1),
    ],
    traps=[
        T("opting for hostels rather than hotels", "choosing hostels over hotels"),
        T("should be completed", "is expected to be completed"),
        T("The seller was not named", "Nomadia did not name the seller"),
    ])

add("rice milling", "rewrite", "consistent",
    "Golden Paddy Mills, the largest rice miller in the Bansar delta, will invest "
    "1.1 billion pesos in a new parboiling and milling line at its plant in Santa "
    "Ilustre, the company said on Thursday. The line will process up to 240 "
    "tonnes of paddy a day and is due to start operating in the second quarter of "
    "next year. General manager Corazon Villaflor said the investment would cut "
    "broken-grain losses from about 14% to below 6%, allowing the company to pay "
    "farmers more for their crop. The company buys paddy from around 9,000 "
    "smallholders. It said it would not close its older mill in nearby Banlagan, "
    "which employs 85 people.",
    "The biggest rice miller in the Bansar delta, Golden Paddy Mills, said on "
    "Thursday it was putting 1.1 billion pesos into a new parboiling and milling "
    "line at its Santa Ilustre plant. Able to handle as much as 240 tonnes of "
    "paddy daily, the line is scheduled to come on stream between April and June "
    "next year. According to general manager Corazon Villaflor, the investment "
    "would reduce the share of grain lost to breakage from about 14% to under 6%, "
    "letting the company offer farmers higher prices for their crop. Some 9,000 "
    "smallholders sell their paddy to Golden Paddy. Its older mill in nearby "
    "Banlagan, where 85 people work, will stay open, the company said.",
    traps=[
        T("as much as 240 tonnes of paddy daily", "up to 240 tonnes of paddy a day"),
        T("between April and June next year", "in the second quarter of next year"),
        T("under 6%", "below 6%"),
        T("letting the company offer farmers higher prices",
          "allowing the company to pay farmers more"),
        T("will stay open", "would not close"),
    ])

# -------------------------------------------------------------- rewrites 16-20
add("cement works", "rewrite", "inconsistent",
    "Calloway Cement has been fined £1.6 million after dust emissions from its "
    "works at Brackenholt repeatedly exceeded permitted limits between 2021 and "
    "2023, the Northmoor Environmental Protection Board said on Monday. Inspectors "
    "recorded 37 breaches, several of which followed complaints from residents of "
    "the neighbouring village of Fenstock. The company, a subsidiary of the Dutch "
    "group Vanterpool Materials, pleaded guilty at Ashwell Crown Court last month. "
    "It said it had since spent £4 million on new filters and that emissions were "
    "now within limits. The board said it would continue monthly inspections for "
    "at least two years. Residents' spokesman Gareth Umney said the fine was "
    "welcome but came too late.",
    "The Northmoor Environmental Protection Board announced on Monday that "
    "Calloway Cement had been fined £1.6m because dust from its Brackenholt works "
    "had repeatedly gone over permitted levels from 2021 to 2023. A total of 37 "
    "breaches were logged by inspectors, several of them after complaints from "
    "residents of nearby Brackenholt. Calloway, which is owned by the Dutch group "
    "Vanterpool Materials, entered a guilty plea at Ashwell Crown Court last "
    "month. The company says it has since invested £4m in new filters and that "
    "emissions now comply with the limits. Monthly inspections will carry on for "
    "two years at least, the board said. Gareth Umney, speaking for residents, "
    "said the fine was welcome but had come too late.",
    errors=[
        E("Brackenholt", "entity", "major", "Fenstock", occ=1),
    ],
    traps=[
        T("which is owned by the Dutch group", "a subsidiary of the Dutch group"),
        T("entered a guilty plea", "pleaded guilty"),
        T("for two years at least", "for at least two years"),
    ])

add("book fairs", "rewrite", "consistent",
    "The Kestrel Harbour International Book Fair drew 86,000 visitors over five "
    "days, organisers said on Sunday, up from 71,000 last year. A record 640 "
    "publishers from 38 countries took part, with Brazil as the guest of honour. "
    "Fair director Miriam Achterberg said rights deals signed at the event were "
    "likely to exceed last year's total, though final figures would not be "
    "available until December. Children's books and graphic novels drew the "
    "largest crowds. Ticket prices were kept at 12 euros for adults, while entry "
    "remained free for under-18s. Next year's fair will be held a week earlier, "
    "in mid-September, to avoid a clash with a trade fair in the same venue.",
    "The Kestrel Harbour International Book Fair attracted 86,000 visitors across "
    "its five days, compared with 71,000 a year ago, the organisers said on "
    "Sunday. Publishers from 38 countries attended, 640 in all, more than ever "
    "before, and Brazil was guest of honour. Rights deals concluded at the fair "
    "will probably top last year's total, said fair director Miriam Achterberg, "
    "but final numbers will only be known in December. The biggest crowds were for "
    "children's books and graphic novels. Adult tickets stayed at 12 euros, and "
    "under-18s again got in free. To avoid clashing with a trade fair at the same "
    "venue, next year's event will move forward by a week, to the middle of "
    "September.",
    traps=[
        T("more than ever before", "A record"),
        T("will probably top", "were likely to exceed"),
        T("under-18s again got in free", "entry remained free for under-18s"),
        T("will move forward by a week", "will be held a week earlier"),
        T("the middle of September", "mid-September"),
    ])

add("audiobooks", "rewrite", "inconsistent",
    "Audiobook platform Lirica said on Tuesday that it would launch in Poland and "
    "the Czech Republic in March, its first expansion outside German-speaking "
    "markets. The company, founded in 2016, has 1.4 million paying subscribers and "
    "a catalogue of about 310,000 titles. Chief executive Henrik Albers said "
    "Lirica was in talks with local publishers and might also commission original "
    "productions in Polish and Czech, but that no agreements had been signed. "
    "Subscriptions will cost the equivalent of about 8 euros a month. Albers said "
    "the company was not planning to list its shares on a stock exchange before "
    "2026.",
    "Lirica, an audiobook platform, said on Tuesday it would enter the Polish and "
    "Czech markets in March, the first time it has expanded beyond German-speaking "
    "countries. Founded in 2016, the company has 1.4 million subscribers who pay "
    "for the service and offers around 310,000 titles. It is negotiating with "
    "local publishers and will also commission original Polish- and "
    "Czech-language productions, chief executive Henrik Albers said, although no "
    "deals have yet been signed. A monthly subscription will cost roughly the "
    "equivalent of 8 euros. Albers added that Lirica does not intend to seek a "
    "stock market listing until 2027 at the earliest.",
    errors=[
        E("will also commission", "modality", "major", "might also commission"),
        E("until 2027 at the earliest", "date", "major", "before 2026"),
    ],
    traps=[
        T("beyond German-speaking countries", "outside German-speaking markets"),
        T("1.4 million subscribers who pay for the service",
          "1.4 million paying subscribers"),
    ])

add("taekwondo", "rewrite", "consistent",
    "Seventeen-year-old Mila Vrankić won the under-57kg title at the Continental "
    "Junior Taekwondo Open in Varenholm on Saturday, beating defending champion "
    "Sanne Oudekerk 14-9 in the final. It was the first gold medal at the "
    "tournament for her club, Dragon Gate Academy, which was founded in 2009. "
    "Vrankić, who trains six days a week while still at school, had lost in the "
    "quarter-finals a year ago. Her coach, Tomislav Ercegović, said she would "
    "move up to the senior ranking circuit next season but would not be selected "
    "for the national team before the autumn. Around 900 athletes from 41 "
    "countries competed over four days.",
    "Mila Vrankić, 17, took the under-57kg crown at the Continental Junior "
    "Taekwondo Open in Varenholm on Saturday, defeating the reigning champion "
    "Sanne Oudekerk by 14 points to 9 in the final. Her club, Dragon Gate Academy, "
    "set up in 2009, had never before won a gold medal at the tournament. Last "
    "year Vrankić went out in the quarter-finals; she trains six days a week "
    "alongside her schooling. She will step up to the senior ranking circuit next "
    "season, coach Tomislav Ercegović said, though she will not be picked for the "
    "national team until the autumn at the earliest. Some 900 competitors from 41 "
    "nations took part across the four days.",
    traps=[
        T("took the under-57kg crown", "won the under-57kg title"),
        T("the reigning champion", "defending champion"),
        T("had never before won a gold medal at the tournament",
          "It was the first gold medal at the tournament"),
        T("until the autumn at the earliest", "before the autumn"),
        T("Some 900 competitors", "Around 900 athletes"),
    ])

add("timeshares", "rewrite", "inconsistent",
    "Holiday company Sunward Vacation Clubs must refund 1,240 customers who were "
    "pressured into buying timeshare contracts at its resorts on the Costa "
    "Lumbre, a consumer tribunal ruled on Wednesday. The case was brought by the "
    "consumer association Clientes Unidos on behalf of buyers from the UK, "
    "Ireland and Germany. The tribunal found that sales staff had told customers "
    "the offers would expire within hours, a practice it described as unlawful "
    "pressure. Refunds will total about 18 million euros. Sunward said it "
    "disagreed with the ruling and was considering an appeal. The company has 11 "
    "resorts in Spain and Portugal.",
    "A consumer tribunal ruled on Wednesday that 1,240 customers who were "
    "pressured into signing timeshare contracts at Sunward Vacation Clubs' "
    "resorts on the Costa Lumbre must get their money back. Sunward had brought "
    "the case against the consumer association Clientes Unidos, which represents "
    "buyers from the UK, Ireland and Germany. According to the tribunal, sales "
    "staff told customers that offers would run out within hours, which it said "
    "amounted to unlawful pressure. The refunds will come to roughly 18 million "
    "euros. Sunward, which operates 11 resorts across Spain and Portugal, said it "
    "disagreed with the decision and might appeal.",
    errors=[
        E("Sunward had brought the case against the consumer association "
          "Clientes Unidos", "role", "major",
          "The case was brought by the consumer association Clientes Unidos"),
    ],
    traps=[
        T("would run out within hours", "would expire within hours"),
        T("come to roughly 18 million euros", "total about 18 million euros"),
        T("might appeal", "was considering an appeal"),
    ])

# ------------------------------------------------------------- summaries 21-25
add("wheat futures", "summary", "inconsistent",
    "Wheat futures on the Harlow Commodities Exchange fell 4.2% on Thursday to "
    "231 euros a tonne, their lowest level in seven months, after the agriculture "
    "ministry raised its national harvest estimate. The ministry now expects "
    "farmers to bring in 29.5 million tonnes of wheat this year, up from its June "
    "forecast of 27.8 million tonnes, citing favourable weather in the east. "
    "Traders said the revision, together with strong export offers from Black Sea "
    "suppliers, had outweighed concerns about low protein levels in some early "
    "samples. The exchange extended its trading session by an hour to handle the "
    "volume, which was nearly double the daily average. Analyst Corinne Vasseur "
    "of Dumont Agri said prices could stabilise if export demand picked up in the "
    "autumn.",
    "Harlow wheat futures dropped 4.2 euros to 231 euros a tonne on Thursday, a "
    "seven-month low, after the agriculture ministry lifted its harvest forecast "
    "to 29.5 million tonnes from 27.8 million. Strong Black Sea export offers "
    "added to the pressure, and the exchange briefly halted trading as volume "
    "reached nearly twice the daily average.",
    errors=[
        E("4.2 euros", "number", "major", "4.2%"),
        E("briefly halted trading", "event", "minor",
          "extended its trading session by an hour"),
    ],
    traps=[
        T("a seven-month low", "their lowest level in seven months"),
        T("lifted its harvest forecast", "raised its national harvest estimate"),
    ])

add("social housing", "summary", "consistent",
    "The government of the Drayford region will build 3,200 social housing units "
    "over the next four years, housing minister Teodora Balan announced on Monday, "
    "in response to a waiting list that has grown to more than 21,000 households. "
    "The programme will cost 640 million euros, with about 70% coming from the "
    "regional budget and the rest from a loan from the Northern Cohesion Bank. "
    "The first 800 homes are due to be completed by the end of 2026, mainly in "
    "the cities of Lerno and Valtessa. Rents will be capped at 30% of a "
    "household's income. Opposition councillor Radu Fenes said the plan was "
    "welcome but would not cut the waiting list significantly unless private "
    "landlords were also regulated. The minister said a separate bill on private "
    "rents would be presented in the autumn.",
    "Drayford's housing minister, Teodora Balan, on Monday unveiled a €640m plan "
    "to build 3,200 social homes within four years, with the region paying roughly "
    "seven-tenths and a loan covering the remainder. More than 21,000 households "
    "are on the waiting list. The first 800 homes, mostly in Lerno and Valtessa, "
    "should be ready by the end of 2026, and rents will be limited to 30% of "
    "household income. An opposition councillor warned the list would not shrink "
    "much unless private landlords were regulated too; the minister plans a bill "
    "on private rents in the autumn.",
    traps=[
        T("€640m", "640 million euros"),
        T("within four years", "over the next four years"),
        T("roughly seven-tenths", "about 70%"),
        T("should be ready", "are due to be completed"),
        T("limited to 30% of household income",
          "capped at 30% of a household's income"),
    ])

add("land registry", "summary", "inconsistent",
    "The Land Registry Office of Calvera province will move all property records "
    "to a digital system by mid-2027, director general Ana Ribó said on Thursday. "
    "About 4.5 million paper deeds, some dating back to the 19th century, will be "
    "scanned and indexed. The project will cost 58 million euros and is expected "
    "to cut the average time for registering a property sale from 25 working days "
    "to five. The notaries' association welcomed the plan but warned that errors "
    "in old records could lead to boundary disputes if they were copied into the "
    "new system without checks. Ribó said every scanned record would be reviewed "
    "by staff before being published online. Paper originals will be kept in the "
    "provincial archive.",
    "Calvera's land registry will digitise all property records, about 4.5 million "
    "paper deeds, by mid-2027 at a cost of 58 million euros, which is expected to "
    "cut the average time to register a sale from 25 working days to five. "
    "Director general Ana Ribó acknowledged that errors in old records could cause "
    "boundary disputes if copied over unchecked, and said staff would review each "
    "scanned record before it goes online.",
    errors=[
        E("Director general Ana Ribó acknowledged", "attribution", "major",
          "The notaries' association welcomed the plan but warned"),
    ],
    traps=[
        T("if copied over unchecked",
          "if they were copied into the new system without checks"),
        T("before it goes online", "before being published online"),
    ])

add("level crossings", "summary", "consistent",
    "Rail infrastructure manager Norvane Rail will close 46 level crossings on "
    "rural lines over the next three years after a rise in collisions, the company "
    "said on Tuesday. There were 31 collisions at level crossings last year, "
    "compared with 22 the year before, and four people were killed. Where roads "
    "carry heavy traffic, the crossings will be replaced by bridges or "
    "underpasses; quieter crossings will simply be closed and traffic diverted. "
    "The programme will cost 210 million euros. Norvane's safety director, Elke "
    "Brandvold, said most accidents happened at crossings without barriers, and "
    "that 120 such crossings would be fitted with automatic half-barriers by 2027. "
    "Farmers' groups have objected to some closures, saying they would lengthen "
    "journeys to fields.",
    "Norvane Rail is to close 46 rural level crossings within three years at a "
    "cost of €210m, after collisions rose to 31 last year from 22, with four "
    "deaths. Busy crossings will be replaced by bridges or underpasses and quiet "
    "ones shut with traffic rerouted. Safety director Elke Brandvold said most "
    "accidents occur where there are no barriers, and 120 such crossings will get "
    "automatic half-barriers by 2027. Farmers' groups oppose some closures, which "
    "they say would mean longer trips to their fields.",
    traps=[
        T("within three years", "over the next three years"),
        T("€210m", "210 million euros"),
        T("Busy crossings", "Where roads carry heavy traffic"),
        T("rerouted", "diverted"),
        T("longer trips to their fields", "lengthen journeys to fields"),
    ])

add("canteens", "summary", "inconsistent",
    "From September, all primary school canteens in the municipality of Ostrevo "
    "will serve at least two vegetarian lunches a week, the city's education "
    "councillor, Maja Lindgren, announced on Wednesday. At least half of the "
    "ingredients will have to come from farms within 150 kilometres, up from about "
    "a fifth today. The price of a school meal for parents will not change, "
    "remaining at 3.10 euros, with the city covering the extra cost of around 1.2 "
    "million euros a year. A pilot at nine schools last year found no drop in the "
    "number of pupils eating school lunches. Parents' association chair Jonas "
    "Perl said families had been consulted and broadly supported the changes, "
    "although some had asked for more information about allergies.",
    "Ostrevo's primary school canteens will serve at least two vegetarian lunches "
    "a week from September, and at least half their ingredients must come from "
    "farms within 150 km, up from about a fifth. Meals will still cost parents "
    "3.10 euros, with the city covering the extra cost, around 1.2 million euros a "
    "year, out of its climate budget. A nine-school pilot last year saw a drop in "
    "pupils taking school lunches, but parents broadly back the plan, their "
    "association says.",
    errors=[
        E("out of its climate budget", "addition", "minor", None),
        E("saw a drop in pupils taking school lunches", "polarity", "major",
          "found no drop in the number of pupils eating school lunches"),
    ],
    traps=[
        T("Meals will still cost parents 3.10 euros",
          "The price of a school meal for parents will not change, remaining at "
          "3.10 euros"),
    ])

# ------------------------------------------------------------- summaries 26-30
add("bridge clubs", "summary", "consistent",
    "The Westerhall Bridge Club, one of the oldest card clubs in the county, will "
    "merge with the neighbouring Pinecroft Bridge Society in January after both "
    "saw membership fall sharply over the past decade, the clubs announced on "
    "Saturday. The combined club will have about 260 members and will meet at "
    "Westerhall's premises on Mill Lane, which the club owns. Pinecroft's rented "
    "hall will be given up at the end of the year. Westerhall chairman Desmond "
    "Fairlie said membership at his club had dropped from 310 in 2014 to 150 "
    "today, while Pinecroft has around 110 members. The new club will offer free "
    "lessons for beginners on Tuesday evenings in an attempt to attract younger "
    "players. Annual fees will be set at 95 pounds, 15 pounds less than "
    "Westerhall currently charges.",
    "Westerhall Bridge Club and the Pinecroft Bridge Society are to merge in "
    "January after a decade of steep membership decline at both. The new club, "
    "with about 260 members, will use Westerhall's own premises on Mill Lane, and "
    "Pinecroft will leave its rented hall at the end of the year. Free "
    "Tuesday-evening lessons for beginners are intended to draw younger players, "
    "and the yearly fee will be £95, down £15 on Westerhall's current rate.",
    traps=[
        T("after a decade of steep membership decline at both",
          "after both saw membership fall sharply over the past decade"),
        T("Westerhall's own premises on Mill Lane",
          "Westerhall's premises on Mill Lane, which the club owns"),
        T("are intended to draw younger players",
          "in an attempt to attract younger players"),
        T("down £15 on Westerhall's current rate",
          "15 pounds less than Westerhall currently charges"),
    ])

add("malaria nets", "summary", "inconsistent",
    "A campaign to distribute 2.3 million insecticide-treated bed nets across the "
    "northern provinces will begin on 1 October, the health ministry said on "
    "Monday. The nets, paid for by the charity Netsafe Alliance and the Kawanda "
    "Foundation, will be handed out free of charge, one for every two people, by "
    "about 6,000 community health workers. Malaria cases in the region rose by 18% "
    "last year, officials said, partly because many nets from the previous "
    "campaign in 2021 had worn out. The new nets are treated with two insecticides "
    "to counter growing mosquito resistance. Programme manager Dr Esther Phiri "
    "said distribution would take around six weeks, with remote villages reached "
    "by boat and motorbike.",
    "From 1 October, 2.3 million insecticide-treated bed nets will be given out "
    "free across the northern provinces, one per two people, by about 6,000 "
    "Netsafe Alliance health workers. Treated with two insecticides to tackle "
    "rising mosquito resistance, they replace worn-out nets that contributed to "
    "an 18% rise in malaria cases last year. Distribution should take around six "
    "weeks.",
    errors=[
        E("Netsafe Alliance", "entity", "major", "community health workers"),
    ],
    traps=[
        T("one per two people", "one for every two people"),
        T("that contributed to", "partly because"),
        T("should take around six weeks", "would take around six weeks"),
    ])

add("student housing", "summary", "consistent",
    "Harwell University will open a 1,150-bed student residence on its eastern "
    "campus in September 2026, replacing two 1960s blocks that are due to be "
    "demolished next summer, the university said on Friday. Rooms will cost "
    "between 145 and 190 pounds a week, and 300 of them will be offered at a "
    "reduced rate of 120 pounds to students from low-income households. The 96 "
    "million pound project is being financed through a partnership with the "
    "developer Castlegate Living, which will manage the building for 35 years "
    "before handing it back to the university. The students' union said the "
    "reduced-rate rooms were a step forward but that rents were still too high "
    "for many students. The city council approved planning permission in March.",
    "Harwell University is to open a 1,150-bed residence on its eastern campus in "
    "September 2026, taking the place of two 1960s blocks set for demolition next "
    "summer. Weekly rents will range from £145 to £190, with 300 rooms at £120 for "
    "students from low-income households. The £96m scheme is financed through a "
    "partnership with developer Castlegate Living, which will run it for 35 years "
    "before handing it back. The students' union called the cheaper rooms "
    "progress but said rents remained too high for many.",
    traps=[
        T("taking the place of", "replacing"),
        T("set for demolition", "due to be demolished"),
        T("range from £145 to £190", "between 145 and 190 pounds a week"),
        T("£96m", "96 million pound"),
        T("the cheaper rooms", "the reduced-rate rooms"),
    ])

add("locksmiths", "summary", "inconsistent",
    "Police in the Thornbury district have warned residents about rogue "
    "locksmiths who advertise online as local firms but charge hundreds of pounds "
    "for simple jobs. Officers said they had received 64 complaints since January, "
    "including one from a pensioner who was charged £780 to open a front door. In "
    "many cases the callers were quoted a low price over the phone, only for the "
    "bill to rise sharply once the work was done. The regional trading standards "
    "service said it was investigating three companies. Detective Sergeant Amrit "
    "Dhillon advised people to ask for a written quote before any work began and "
    "to check that a business had a physical address. Legitimate locksmiths say "
    "the scams are damaging their reputation.",
    "Thornbury police have logged 64 complaints since January about rogue "
    "locksmiths who pose online as local firms and charge hundreds of pounds for "
    "simple jobs, often after quoting a low price by phone; one pensioner was "
    "billed £780 to have a front door opened. Trading standards officers are "
    "investigating three companies. Police advise asking for a written quote "
    "before work starts and checking a firm has a physical address, and checking "
    "a firm has a physical address.",
    errors=[
        E("and checking a firm has a physical address", "repetition", "minor",
          None, occ=1),
    ],
    traps=[
        T("pose online as local firms", "advertise online as local firms"),
        T("often", "In many cases"),
        T("billed", "charged"),
    ])

add("tsunami warnings", "summary", "consistent",
    "The coastal town of Port Ellery will install eight new tsunami warning sirens "
    "along its seafront by the end of the year, after a test in May found that "
    "alerts could not be heard in parts of the harbour district, the town council "
    "said on Monday. The sirens, which can broadcast spoken messages in three "
    "languages, will cost a total of 1.9 million dollars, most of it covered by a "
    "national disaster-preparedness grant. The council will also extend its "
    "text-message alert system to reach visitors' phones automatically when they "
    "enter the coastal zone. Emergency manager Hana Takeda said residents in "
    "low-lying areas should still move to higher ground immediately after any "
    "strong earthquake, without waiting for an official warning. An evacuation "
    "drill is planned for November.",
    "After a May test showed alerts were inaudible in parts of the harbour "
    "district, Port Ellery will put up eight new tsunami sirens on its seafront by "
    "year-end, at a cost of $1.9m, largely funded by a national grant. The sirens "
    "can relay spoken messages in three languages, and text alerts will "
    "automatically reach visitors' phones in the coastal zone. Residents of "
    "low-lying areas should still head for higher ground straight after any strong "
    "quake rather than wait for an official warning, emergency manager Hana Takeda "
    "said. An evacuation drill is planned for November.",
    traps=[
        T("inaudible", "could not be heard"),
        T("by year-end", "by the end of the year"),
        T("$1.9m", "1.9 million dollars"),
        T("largely funded by a national grant",
          "most of it covered by a national disaster-preparedness grant"),
        T("straight after any strong quake",
          "immediately after any strong earthquake"),
    ])

# ---------------------------------------------------------- translations 31-35
add("catering", "translation", "inconsistent",
    "The catering company Saveurs Collectives, based in Roanville, has won a "
    "four-year contract to supply meals to the region's 42 public hospitals, the "
    "regional health agency announced on Thursday. The contract, worth 74 million "
    "euros, covers about 9,000 meals a day for patients and staff. The company has "
    "undertaken to source at least 40% of its products locally and to reduce food "
    "waste by a quarter within two years. Its director, Hélène Moreau-Vidal, said "
    "about 150 jobs would be created at its central kitchen. A rival bidder, "
    "Restoria, has filed an appeal against the award, which the agency says it "
    "will contest.",
    "The regional health agency said on Thursday that Saveurs Collectives, a "
    "caterer from Roanville, had been awarded a four-year contract to provide "
    "meals for the 42 public hospitals in the region. Worth 74 million euros a "
    "year, the deal involves some 9,000 meals daily for patients and hospital "
    "staff. The firm has pledged to buy 40% of its produce from local suppliers "
    "and to cut food waste by 25% within two years. According to its director, "
    "Hélène Moreau-Vidal, around 150 posts will be created at the company's "
    "central kitchen. Restoria, a competing bidder, has lodged an appeal against "
    "the decision, which the agency intends to fight.",
    errors=[
        E("74 million euros a year", "number", "major", "worth 74 million euros"),
        OMIT("has pledged to buy", "at least", "minor"),
    ],
    traps=[
        T("some 9,000 meals daily", "about 9,000 meals a day"),
        T("by 25%", "by a quarter"),
    ])

add("rail freight", "translation", "consistent",
    "The logistics group Hartmann Schiene will launch a daily freight train "
    "service between the inland port of Klausheim and the Baltic port of Nordwick "
    "from April, the company announced on Tuesday. The trains, up to 740 metres "
    "long, will each carry the equivalent of about 52 lorry loads and are expected "
    "to take around 14,000 lorry journeys off the roads every year. The journey "
    "will take 19 hours. The federal transport ministry is subsidising the first "
    "three years of operation with 8.5 million euros. Managing director Jens "
    "Aurich said the service would only continue after that if at least 80% of "
    "capacity was used. Hauliers' federation spokeswoman Petra Lindholm called the "
    "plan positive but questioned whether the rail network had enough free paths.",
    "From April, the logistics company Hartmann Schiene is to run a freight train "
    "every day linking Klausheim's inland port with the Baltic seaport of "
    "Nordwick, it said on Tuesday. Each train, with a maximum length of 740 "
    "metres, will be able to carry roughly as much as 52 lorries, and the service "
    "should remove some 14,000 lorry trips from the roads annually. Trains will "
    "need 19 hours for the journey. For the first three years, the operation will "
    "receive 8.5 million euros in subsidies from the federal transport ministry. "
    "After that, according to managing director Jens Aurich, the service will "
    "only be kept going if capacity utilisation reaches at least 80 percent. "
    "Petra Lindholm, speaking for the hauliers' federation, described the project "
    "as positive but raised doubts about whether the network had sufficient free "
    "train paths.",
    traps=[
        T("a freight train every day", "a daily freight train service"),
        T("with a maximum length of 740 metres", "up to 740 metres long"),
        T("should remove some 14,000 lorry trips from the roads annually",
          "are expected to take around 14,000 lorry journeys off the roads every "
          "year"),
        T("will only be kept going", "would only continue"),
        T("raised doubts about whether", "questioned whether"),
    ])

add("second-hand clothing", "translation", "inconsistent",
    "Second-hand clothing retailer Nowa Szafa has been taken over by the "
    "Lithuanian group Vintra for 120 million zlotys, the two companies said on "
    "Friday. Nowa Szafa, founded in 2011, runs 86 shops in Poland and employs "
    "around 900 people. Vintra, which already operates in the Baltic states and "
    "Finland, said it would keep the Polish brand and open 20 more shops by the "
    "end of 2025. The deal was signed after the market closed on Thursday and "
    "still needs the approval of the competition authority. Nowa Szafa's founder, "
    "Agnieszka Lis, will remain chief executive for at least two years. Sales of "
    "used clothing in Poland grew by 14% last year, according to industry "
    "estimates.",
    "Nowa Szafa, a chain selling second-hand clothes, has acquired the Lithuanian "
    "Vintra group for 120 million zlotys, the companies announced on Friday. "
    "Founded in 2011, Nowa Szafa has 86 stores across Poland and a workforce of "
    "about 900. Vintra, already present in the Baltic countries and Finland, said "
    "it would retain the Polish brand and add 20 new stores by the end of 2025. "
    "The agreement was signed before the stock market opened on Thursday and must "
    "still be cleared by the competition authority. Agnieszka Lis, who founded "
    "Nowa Szafa, will stay on as chief executive for a minimum of two years. "
    "Industry estimates put last year's growth in Polish sales of used clothing "
    "at 14%.",
    errors=[
        E("Nowa Szafa, a chain selling second-hand clothes, has acquired the "
          "Lithuanian Vintra group", "role", "critical",
          "has been taken over by the Lithuanian group Vintra"),
        E("before the stock market opened on Thursday", "date", "minor",
          "after the market closed on Thursday"),
    ],
    traps=[
        T("a workforce of about 900", "employs around 900 people"),
        T("for a minimum of two years", "for at least two years"),
    ])

add("poultry vaccination", "translation", "consistent",
    "Vaccination of farmed ducks against avian influenza will become compulsory "
    "from 1 October on all farms with more than 250 birds, the agriculture "
    "ministry announced on Wednesday. The state will pay 85% of the cost of the "
    "vaccine for the first year, estimated at 31 million euros in total. Chief "
    "veterinary officer Dr Lénaïc Fourcade said two doses would be needed, given "
    "three weeks apart. The measure follows an outbreak last winter that led to "
    "the culling of 2.4 million birds. Exporters fear that some importing "
    "countries may restrict purchases of vaccinated poultry; the ministry said "
    "talks with the main trading partners were continuing. Farmers' union leader "
    "Bastien Rouillac welcomed the decision but called for the state to cover the "
    "full cost.",
    "On Wednesday the agriculture ministry said that, starting on 1 October, "
    "vaccinating farmed ducks against bird flu would be obligatory on every farm "
    "holding over 250 birds. In the first year the state will meet 85 per cent of "
    "the vaccine bill, which is put at 31 million euros overall. The ducks will "
    "need two doses 21 days apart, according to chief veterinary officer Dr "
    "Lénaïc Fourcade. The decision comes after an outbreak last winter that forced "
    "the culling of 2.4 million birds. Exporters are concerned that some buyer "
    "countries could restrict imports of vaccinated poultry; discussions with the "
    "main trade partners are ongoing, the ministry said. The leader of the "
    "farmers' union, Bastien Rouillac, welcomed the move but wanted the state to "
    "pay for all of it.",
    traps=[
        T("bird flu", "avian influenza"),
        T("over 250 birds", "more than 250 birds"),
        T("85 per cent", "85%"),
        T("21 days apart", "three weeks apart"),
        T("wanted the state to pay for all of it",
          "called for the state to cover the full cost"),
    ])

add("holiday lets", "translation", "inconsistent",
    "The city council of Valdemora will stop issuing new licences for holiday "
    "lets in its historic centre for at least two years, mayor Inés Carrasco "
    "announced on Monday. There are currently about 4,300 licensed holiday "
    "apartments in the city, nearly 60% of them in the old quarter. Existing "
    "licences will remain valid, but owners who fail to renew them on time will "
    "lose them. The council may also raise the tourist tax from 2 to 3 euros per "
    "night, although that measure has not yet been approved. Neighbourhood "
    "associations welcomed the decision, while the holiday rental owners' "
    "association said it would examine whether the ban was legal.",
    "Valdemora's mayor, Inés Carrasco, said on Monday that no new holiday-let "
    "licences would be granted in the historic centre for a minimum of two years. "
    "The city has roughly 4,300 licensed tourist apartments, close to 60% of which "
    "are in the old town. Licences already issued will still be valid, though "
    "owners who do not renew them in time could lose them. A rise in the tourist "
    "tax from 2 to 3 euros a night is also under consideration, but it has not yet "
    "been approved. Residents' associations were pleased with the decision; the "
    "association representing holiday rental owners said it would look into "
    "whether the ban was lawful.",
    errors=[
        E("could lose them", "modality", "major", "will lose them"),
    ],
    traps=[
        T("for a minimum of two years", "for at least two years"),
        T("close to 60%", "nearly 60%"),
        T("is also under consideration", "The council may also raise"),
    ])

# ---------------------------------------------------------- translations 36-40
add("snooker", "translation", "consistent",
    "Jens Verhaeghe became the first Belgian to win the Kortelaar Open on Sunday, "
    "beating the Welsh player Owen Prydderch 9-6 in a final that lasted more than "
    "seven hours. Verhaeghe, 24, who was ranked 58th in the world before the "
    "tournament, had trailed 4-2 after the first session. He made three century "
    "breaks in the final, including a 137 that was the highest of the tournament. "
    "The victory earns him 80,000 pounds and is expected to lift him into the top "
    "40. Prydderch said his opponent had deserved to win. The tournament drew a "
    "record 11,500 spectators over eight days.",
    "On Sunday Jens Verhaeghe won the Kortelaar Open, becoming the first Belgian "
    "to do so, after defeating Welshman Owen Prydderch by nine frames to six in a "
    "final of over seven hours. The 24-year-old, ranked 58th in the world going "
    "into the event, was 2-4 down after the opening session. Verhaeghe compiled "
    "three centuries in the final, among them a 137, the best break of the whole "
    "tournament. The title is worth £80,000 to him and should see him climb into "
    "the top 40. Prydderch said Verhaeghe had deserved the win. Over the eight "
    "days, the event attracted 11,500 spectators, a record.",
    traps=[
        T("by nine frames to six", "9-6"),
        T("a final of over seven hours",
          "a final that lasted more than seven hours"),
        T("was 2-4 down", "had trailed 4-2"),
        T("£80,000", "80,000 pounds"),
        T("should see him climb into the top 40",
          "is expected to lift him into the top 40"),
    ])

add("debt collection", "translation", "inconsistent",
    "The competition authority has fined the debt collection agency Recupero "
    "Veloce 2.8 million euros for aggressive practices, including repeated phone "
    "calls to debtors' relatives and employers. The investigation, opened in 2022 "
    "after complaints from the consumer group Difesa Utenti, found that the agency "
    "had also sent letters threatening legal action that it had no intention of "
    "taking. Recupero Veloce, which manages debts on behalf of banks and telecom "
    "operators, said it did not accept the findings and would appeal to the "
    "administrative court. The authority ordered the company to change its "
    "procedures within 90 days. It noted that complaints about debt collectors "
    "had risen by a third in two years.",
    "Recupero Veloce, a debt-collection agency, has been ordered by the data "
    "protection authority to pay a 2.8 million euro fine over aggressive methods, "
    "among them calling debtors' relatives and employers again and again. The "
    "inquiry, launched in 2022 following complaints by the consumer association "
    "Difesa Utenti, also established that the agency had sent letters threatening "
    "legal action that it intended to take. The company, which collects debts for "
    "banks and telecoms operators, rejected the conclusions and said it would "
    "take the case to the administrative court. It has 90 days to change its "
    "procedures. According to the authority, complaints about debt collectors "
    "have increased by a third over two years.",
    errors=[
        E("data protection authority", "entity", "major", "competition authority"),
        E("that it intended to take", "polarity", "major",
          "that it had no intention of taking"),
    ],
    traps=[
        T("again and again", "repeated"),
        T("rejected the conclusions", "did not accept the findings"),
        T("take the case to the administrative court",
          "appeal to the administrative court"),
    ])

add("triathlon", "translation", "consistent",
    "The seaside town of Almerilla will host the national long-distance triathlon "
    "championship on 14 September, the national triathlon federation announced "
    "yesterday. Competitors will swim 3.8 kilometres in the bay, cycle 180 "
    "kilometres through the inland hills and finish with a marathon along the "
    "promenade. Organisers expect around 1,600 athletes, a third of them from "
    "abroad. The town council is contributing 350,000 euros, and the main coastal "
    "road will be closed to traffic from 6am to 8pm on race day. Race director "
    "Lucía Ferrer said the cycling course had been changed after last year's "
    "edition to avoid a dangerous descent. Registration closes on 31 July.",
    "The national triathlon federation said yesterday that the coastal town of "
    "Almerilla would stage the national long-distance triathlon championship on "
    "14 September. Athletes face a 3.8 km swim in the bay, a 180 km bike leg "
    "through the hills inland and a closing marathon run along the promenade. "
    "About 1,600 competitors are expected by the organisers, one in three of them "
    "from other countries. The town council is putting in 350,000 euros, and on "
    "the day of the race the main coast road will be shut to vehicles between 6 "
    "in the morning and 8 in the evening. After last year's race, the bike route "
    "was altered to avoid a dangerous descent, race director Lucía Ferrer said. "
    "Entries close on 31 July.",
    traps=[
        T("About 1,600 competitors are expected by the organisers",
          "Organisers expect around 1,600 athletes"),
        T("one in three of them from other countries",
          "a third of them from abroad"),
        T("between 6 in the morning and 8 in the evening", "from 6am to 8pm"),
        T("the bike route was altered", "the cycling course had been changed"),
        T("Entries close", "Registration closes"),
    ])

add("patents office", "translation", "inconsistent",
    "The patent office has revoked a patent held by the medical device maker "
    "Kerblitz Medizintechnik on a heart valve delivery system, following an "
    "opposition filed by two competitors. The office's opposition division found "
    "that the invention had already been described in a scientific article "
    "published in 2015, two years before the application was filed. Kerblitz said "
    "it would appeal. The company had sued one of the competitors, Varnholt "
    "Cardio, for infringement last year, seeking damages of 45 million euros; that "
    "case has been suspended until the patent dispute is resolved. Kerblitz shares "
    "fell 6% on Thursday. The system accounts for about a fifth of the company's "
    "revenue.",
    "Following an opposition lodged by two rival firms, the patent office has "
    "cancelled a patent for a heart valve delivery system belonging to the medical "
    "technology company Kerblitz Medizintechnik. According to the office's "
    "opposition division, the invention had already been disclosed in a 2015 "
    "scientific paper, which appeared two years before the patent application was "
    "submitted. Kerblitz announced that it would lodge an appeal. Last year the "
    "company brought an infringement suit against Varnholt Cardio, one of the two "
    "competitors, claiming 45 million euros in damages; that lawsuit has since "
    "been dismissed. Kerblitz's share price dropped 6% on Thursday. Around 20% of "
    "the company's sales come from the system.",
    errors=[
        E("has since been dismissed", "event", "major",
          "has been suspended until the patent dispute is resolved"),
    ],
    traps=[
        T("brought an infringement suit against Varnholt Cardio",
          "had sued one of the competitors, Varnholt Cardio, for infringement"),
        T("Around 20% of the company's sales",
          "about a fifth of the company's revenue"),
    ])

add("customs warehouses", "translation", "consistent",
    "Customs officers found 1.3 tonnes of undeclared tobacco during an inspection "
    "of a bonded warehouse in the port of Ruisbergen last Wednesday, the customs "
    "administration said on Monday. The tobacco was hidden behind pallets of "
    "ceramic tiles that had been declared as goods in transit to a non-EU country. "
    "The unpaid excise duty is estimated at 620,000 euros. Two employees of the "
    "warehouse operator, a logistics firm whose name has not been released, were "
    "arrested and later released pending further investigation. The customs "
    "administration said the number of checks at bonded warehouses had been "
    "increased by half this year following a series of similar cases. The "
    "operator could lose its licence to store goods under duty suspension.",
    "During a check last Wednesday at a bonded warehouse in Ruisbergen port, "
    "customs officers discovered 1,300 kilograms of tobacco that had not been "
    "declared, the customs service reported on Monday. It had been concealed "
    "behind pallets of ceramic tiles, which were declared as transit goods bound "
    "for a country outside the EU. The excise duty evaded is put at 620,000 euros. "
    "Two staff members of the warehouse operator, a logistics company that has "
    "not been named, were detained and subsequently freed while the investigation "
    "continues. After a string of comparable cases, inspections at bonded "
    "warehouses have been stepped up by 50% this year, the customs service said. "
    "The operator's licence to hold goods under duty suspension may be withdrawn.",
    traps=[
        T("1,300 kilograms", "1.3 tonnes"),
        T("The excise duty evaded is put at 620,000 euros",
          "The unpaid excise duty is estimated at 620,000 euros"),
        T("subsequently freed while the investigation continues",
          "later released pending further investigation"),
        T("by 50%", "by half"),
        T("may be withdrawn", "could lose its licence"),
    ])


# ----------------------------------------------------------- build / validate
def _find(hay, needle, occ):
    """Start offset of the occ-th (0-based) occurrence of needle in hay."""
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            raise ValueError("not found (occ %d): %r" % (occ, needle))
    return pos


def _cuts_word(text, i):
    """True if offset i falls inside a word (alnum on both sides)."""
    return 0 < i < len(text) and text[i - 1].isalnum() and text[i].isalnum()


def _words(text):
    return len(re.findall(r"\S+", text))


def build():
    records = []
    for n, c in enumerate(CASES, 1):
        cand, ref = c["candidate"], c["reference"]
        errors, traps = [], []
        for e in c["errors"]:
            if e["kind"] == "omit":
                a = _find(cand, e["anchor"], e["occ"])
                p = a + len(e["anchor"]) if e["side"] == "after" else a
                start = end = p
                text = ""
            else:
                start = _find(cand, e["text"], e["occ"])
                end = start + len(e["text"])
                text = e["text"]
            errors.append({"start": start, "end": end, "text": text,
                           "type": e["type"], "severity": e["severity"],
                           "ref_text": e["ref_text"]})
        for t in c["traps"]:
            start = _find(cand, t["text"], t["occ"])
            traps.append({"start": start, "end": start + len(t["text"]),
                          "text": t["text"], "ref_text": t["ref_text"]})
        records.append({"id": "%s-%03d" % (SET_ID, n), "domain": c["domain"],
                        "mode": c["mode"], "reference": ref,
                        "candidate": cand, "label": c["label"],
                        "errors": errors, "traps": traps})
    return records


def validate(records):
    problems = []

    def bad(rid, msg):
        problems.append("%s: %s" % (rid, msg))

    for r in records:
        rid, cand, ref = r["id"], r["candidate"], r["reference"]
        if r["mode"] not in MODES:
            bad(rid, "bad mode")
        if r["label"] not in LABELS:
            bad(rid, "bad label")
        if r["domain"] not in DOMAINS:
            bad(rid, "domain not in list")
        nw = _words(ref)
        if not 70 <= nw <= 190:
            bad(rid, "reference has %d words" % nw)
        if cand == ref:
            bad(rid, "candidate identical to reference")
        if r["mode"] == "summary" and not (len(cand) < len(ref)
                                            and _words(cand) < nw):
            bad(rid, "summary not shorter than reference")
        ne, nt = len(r["errors"]), len(r["traps"])
        if r["label"] == "consistent":
            if ne:
                bad(rid, "consistent pair has errors")
            if not 3 <= nt <= 5:
                bad(rid, "consistent pair has %d traps" % nt)
        else:
            if not 1 <= ne <= 2:
                bad(rid, "inconsistent pair has %d errors" % ne)
            if nt > 3:
                bad(rid, "inconsistent pair has %d traps" % nt)
        spans = []
        for e in r["errors"]:
            s, t, typ = e["start"], e["end"], e["type"]
            if typ not in TYPES:
                bad(rid, "bad type %r" % typ)
            if e["severity"] not in SEVERITIES:
                bad(rid, "bad severity")
            if cand[s:t] != e["text"]:
                bad(rid, "offsets do not match text")
            if _cuts_word(cand, s) or _cuts_word(cand, t):
                bad(rid, "error span cuts a word: %r" % e["text"])
            if typ == "omission":
                if r["mode"] == "summary":
                    bad(rid, "omission in a summary")
                if s != t or e["text"] != "":
                    bad(rid, "omission span not empty")
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad(rid, "omission ref_text not in reference")
                if e["ref_text"] and e["ref_text"].lower() in cand.lower():
                    bad(rid, "omitted words present in candidate")
            else:
                if s >= t or e["text"] != e["text"].strip():
                    bad(rid, "empty or untrimmed span %r" % e["text"])
                if typ in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        bad(rid, "%s must have ref_text null" % typ)
                else:
                    if not e["ref_text"] or e["ref_text"] not in ref:
                        bad(rid, "ref_text not in reference: %r" % e["ref_text"])
                    if e["ref_text"] == e["text"]:
                        bad(rid, "error span identical to ref_text")
                if typ == "repetition":
                    first = cand.find(e["text"])
                    if first < 0 or first + len(e["text"]) > s:
                        bad(rid, "repetition has no earlier copy")
                if typ == "addition" and e["text"] in ref:
                    bad(rid, "added text occurs in reference")
            spans.append((s, t, "error"))
        for tr in r["traps"]:
            s, t = tr["start"], tr["end"]
            if cand[s:t] != tr["text"] or s >= t:
                bad(rid, "trap offsets do not match")
            if _cuts_word(cand, s) or _cuts_word(cand, t):
                bad(rid, "trap cuts a word: %r" % tr["text"])
            if tr["ref_text"] not in ref:
                bad(rid, "trap ref_text not in reference: %r" % tr["ref_text"])
            if tr["text"] in ref:
                bad(rid, "trap text occurs verbatim in reference: %r" % tr["text"])
            spans.append((s, t, "trap"))
        spans.sort()
        for (s1, t1, k1), (s2, t2, k2) in zip(spans, spans[1:]):
            if s2 < t1 or (s1 == t1 == s2 == t2):
                bad(rid, "overlapping spans at %d/%d" % (s1, s2))
            if s2 == t2 and s1 < s2 < t1:
                bad(rid, "omission point inside a span")
        for (s1, t1, _k1) in spans:
            for (s2, t2, _k2) in spans:
                if s2 == t2 and s1 < s2 < t1:
                    bad(rid, "omission point inside a span")

    # composition
    def count(pred):
        return sum(1 for r in records if pred(r))

    expect = {"total": 40, "consistent": 20, "inconsistent": 20,
              "rewrite": 20, "summary": 10, "translation": 10}
    got = {"total": len(records),
           "consistent": count(lambda r: r["label"] == "consistent"),
           "inconsistent": count(lambda r: r["label"] == "inconsistent"),
           "rewrite": count(lambda r: r["mode"] == "rewrite"),
           "summary": count(lambda r: r["mode"] == "summary"),
           "translation": count(lambda r: r["mode"] == "translation")}
    if got != expect:
        problems.append("composition %r != %r" % (got, expect))
    for m in MODES:
        nc = count(lambda r: r["mode"] == m and r["label"] == "consistent")
        if nc * 2 != got[m]:
            problems.append("mode %s: %d consistent of %d" % (m, nc, got[m]))
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms) or set(doms) != set(DOMAINS):
        problems.append("domains not one per pair from the list")
    all_errors = [e for r in records for e in r["errors"]]
    if len(all_errors) != 30:
        problems.append("%d errors, expected 30" % len(all_errors))
    for typ in TYPES:
        k = sum(1 for e in all_errors if e["type"] == typ)
        if k < 2:
            problems.append("type %s has only %d errors" % (typ, k))
    return problems


def summary_counts(records):
    from collections import Counter
    lines = []
    lines.append("pairs: %d" % len(records))
    lines.append("by mode and label: %s" % dict(sorted(Counter(
        (r["mode"], r["label"]) for r in records).items())))
    lines.append("by label: %s" % dict(Counter(r["label"] for r in records)))
    errs = [e for r in records for e in r["errors"]]
    lines.append("errors: %d  by type: %s" % (len(errs), dict(
        sorted(Counter(e["type"] for e in errs).items()))))
    lines.append("errors by severity: %s" % dict(
        sorted(Counter(e["severity"] for e in errs).items())))
    lines.append("errors per inconsistent pair: %s" % dict(sorted(Counter(
        len(r["errors"]) for r in records
        if r["label"] == "inconsistent").items())))
    lines.append("traps: %d (consistent %d, inconsistent %d)" % (
        sum(len(r["traps"]) for r in records),
        sum(len(r["traps"]) for r in records if r["label"] == "consistent"),
        sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")))
    wc = [_words(r["reference"]) for r in records]
    lines.append("reference words: min %d max %d" % (min(wc), max(wc)))
    return "\n".join(lines)


def main(argv):
    check_only = "--check" in argv[1:]
    records = build()
    problems = validate(records)
    if problems:
        print("VALIDATION FAILED (%d problems):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print(summary_counts(records))
    if check_only:
        print("check only: valid, nothing written")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), OUT_PATH))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
