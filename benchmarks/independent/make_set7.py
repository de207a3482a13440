#!/usr/bin/env python3
"""Independent evaluation set 7: hand-written reference/candidate pairs.

How this set was made
---------------------
Every pair below was written by hand by a helper that saw no code, tests or data
of the project (neither the checker nor any other evaluation set) and worked only
from a written brief describing the record format and the composition wanted.
All people, companies, towns, rivers, products, figures and events are invented;
real countries appear, at most, as background.  Each reference is a short story
(70-180 words) in its own domain; each candidate is a rewrite, a summary, or a
second, independent English "translation" of the same imagined non-English story.

Inconsistent candidates carry one or two deliberate factual errors written the way
real rewriters, summarisers, language models and machine translators slip
(swapped participants, dropped or added hedges, claims moved to another source,
lost negations, changed figures or dates, invented details, dropped clauses,
repeated sentences).  Every other difference from the reference is meant to be
faithful; the trickiest of those faithful paraphrases are listed as "traps".

The script holds every case as Python data and computes every character offset
itself: each quoted span is located in the candidate by search (with an explicit
occurrence index where the text repeats), omissions are placed after or before an
anchor string.  Nothing is typed as an offset by hand.

Usage:
    python3 make_set7.py          # validate, then write set7.jsonl next to this file
    python3 make_set7.py --check  # validate only, write nothing

Standard library only.
"""

import json
import os
import sys
from collections import Counter

SET_PREFIX = "s7"
OUT_NAME = "set7.jsonl"

ERROR_TYPES = [
    "entity", "number", "date", "role", "polarity", "modality",
    "attribution", "event", "omission", "addition", "repetition",
]
SEVERITIES = ("minor", "major", "critical")
MODES = ("rewrite", "summary", "translation")

# Composition wanted by the brief.
WANT_PAIRS = 40
WANT_CONSISTENT = 16
WANT_INCONSISTENT = 24
WANT_MODES = {"rewrite": 20, "summary": 10, "translation": 10}
WANT_ERRORS = 30
MIN_PER_TYPE = 2


def E(text, etype, sev, ref, occ=None, copy_of=None):
    """An error whose span is `text` in the candidate (occurrence `occ`)."""
    return {"text": text, "type": etype, "sev": sev, "ref": ref, "occ": occ,
            "copy_of": copy_of}


def OMIT(ref, sev, after=None, before=None, occ=None):
    """An omission placed right after (or right before) an anchor string."""
    return {"type": "omission", "sev": sev, "ref": ref, "after": after,
            "before": before, "occ": occ}


def T(text, ref, occ=None):
    """A trap: faithful but differently worded span of the candidate."""
    return {"text": text, "ref": ref, "occ": occ}


CASES = []


def case(n, domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append({
        "id": "%s-%03d" % (SET_PREFIX, n), "domain": domain, "mode": mode,
        "reference": reference, "candidate": candidate,
        "errors": list(errors), "traps": list(traps),
    })


# ---------------------------------------------------------------------------
# 001  local government, rewrite, consistent
case(1, "local government", "rewrite",
     "The town council of Marrowby voted 7-2 on Thursday evening to close the Hensley Street car park "
     "for eighteen months while a new library is built on the site. Councillor Petra Vanlowe, who chairs "
     "the planning committee, said the temporary loss of 140 spaces would be offset by a shuttle bus "
     "running every fifteen minutes from the retail park on Orchard Road. Traders on Hensley Street had "
     "asked for the closure to be delayed until after the Christmas season, but the council rejected that "
     "request, saying the builder's contract required work to begin in November. The library, budgeted at "
     "£6.2 million, is due to open in the spring of 2027.",
     "Marrowby's councillors backed the closure of the Hensley Street car park by seven votes to two at "
     "Thursday night's meeting, clearing the way for a new library to go up on the land over the next year "
     "and a half. Petra Vanlowe, chair of the planning committee, said a shuttle every quarter of an hour "
     "from the Orchard Road retail park would make up for the 140 parking spaces lost in the meantime. "
     "Shopkeepers on the street had wanted the closure pushed back until Christmas was over; the council "
     "turned them down, pointing out that the contract obliges the builder to start in November. The "
     "£6.2m library is scheduled to open in spring 2027.",
     traps=[
         T("by seven votes to two", "7-2"),
         T("over the next year and a half", "for eighteen months"),
         T("every quarter of an hour", "every fifteen minutes"),
         T("turned them down", "rejected that request"),
         T("£6.2m", "£6.2 million"),
     ])

# 002  courts, rewrite, inconsistent (role)
case(2, "courts", "rewrite",
     "A civil court in Dunmere has ordered the logistics firm Carrowan Freight to pay 410,000 euros to its "
     "former subcontractor, Bellis Haulage, over unpaid invoices dating back to 2021. Judge Anouk Terhaar "
     "found that Carrowan had withheld payment for 63 deliveries without giving any written reason, in "
     "breach of the framework agreement the two companies signed in 2019. Carrowan had argued that several "
     "loads arrived damaged, but the judge said it had produced no photographs or inspection reports to "
     "support that claim. The firm has four weeks to appeal. A spokesman for Carrowan said the company was "
     "studying the ruling.",
     "A Dunmere civil court has ordered Bellis Haulage to pay 410,000 euros to Carrowan Freight in a "
     "dispute over invoices left unpaid since 2021. Judge Anouk Terhaar ruled that Carrowan had held back "
     "payment for 63 deliveries with no written explanation, in breach of the framework agreement the two "
     "firms signed in 2019. The judge was not persuaded by Carrowan's argument that several loads had "
     "arrived damaged, noting that it had offered no photographs or inspection reports to back it up. An "
     "appeal can be lodged within four weeks. A Carrowan spokesman said the company was studying the ruling.",
     errors=[
         E("Bellis Haulage to pay 410,000 euros to Carrowan Freight", "role", "critical",
           "Carrowan Freight to pay 410,000 euros to its former subcontractor, Bellis Haulage"),
     ],
     traps=[
         T("with no written explanation", "without giving any written reason"),
         T("offered no photographs or inspection reports to back it up",
           "produced no photographs or inspection reports to support that claim"),
         T("An appeal can be lodged within four weeks", "The firm has four weeks to appeal"),
     ])

# 003  sports, summary, consistent
case(3, "sports", "summary",
     "Kelderfield Rovers reached the final of the National Cup for the first time in their 88-year history "
     "on Saturday, beating second-division Ashmoor Town 3-1 after extra time in front of 31,000 spectators "
     "at Vennick Park. Ashmoor had led through an early header from defender Tomasz Greel and held on until "
     "the 84th minute, when Rovers substitute Danny Okafor-Lisle equalised with a low shot from the edge of "
     "the area. Okafor-Lisle scored again eight minutes into extra time, and captain Ines Marbeck sealed the "
     "win with a penalty in the 113th minute. Rovers will face the holders, Porthwen City, in the final on "
     "May 17. Their manager, Gareth Sowande, called it the proudest day of his career.",
     "Kelderfield Rovers are into a National Cup final for the first time in 88 years of existence after "
     "coming from behind to beat Ashmoor Town 3-1 after extra time. Substitute Danny Okafor-Lisle scored "
     "twice, including a late leveller, before Ines Marbeck's spot kick settled it; holders Porthwen City "
     "await on May 17.",
     traps=[
         T("for the first time in 88 years of existence", "for the first time in their 88-year history"),
         T("coming from behind", "Ashmoor had led"),
         T("scored twice", "Okafor-Lisle scored again"),
         T("spot kick", "penalty"),
         T("holders Porthwen City await", "the holders, Porthwen City"),
     ])

# 004  health, summary, inconsistent (attribution)
case(4, "health", "summary",
     "A study of 2,400 adults in the coastal province of Ilvara has found that people who walked at least "
     "7,000 steps a day had a 28 percent lower rate of hospital admission over five years than those who "
     "walked fewer than 3,000. The research was led by Dr Halvard Menso at the University of Tresk and "
     "published in the Journal of Community Medicine. Dr Menso cautioned that the study was observational "
     "and could not prove that walking itself caused the difference. The provincial health ministry, which "
     "part-funded the work, said it would use the findings in a public campaign next year. An independent "
     "epidemiologist, Professor Rania Koutsaki, said the sample was large but warned that people who walk "
     "more may simply be healthier to begin with.",
     "Walking 7,000 or more steps daily was linked to a 28% lower hospital admission rate over five years, "
     "compared with under 3,000, in a University of Tresk study of 2,400 Ilvara adults. The provincial "
     "health ministry cautioned that the observational design cannot show walking is the cause, and plans "
     "to use the results in a campaign next year.",
     errors=[
         E("The provincial health ministry cautioned", "attribution", "major", "Dr Menso cautioned"),
     ],
     traps=[
         T("Walking 7,000 or more steps daily", "walked at least 7,000 steps a day"),
         T("a 28% lower hospital admission rate", "a 28 percent lower rate of hospital admission"),
         T("under 3,000", "fewer than 3,000"),
     ])

# 005  agriculture, translation, consistent
case(5, "agriculture", "translation",
     "Olive growers in the valley of San Telmo expect this year's harvest to be about a third smaller than "
     "last year's, the regional cooperative announced on Monday. According to the cooperative's president, "
     "Aurelio Benzal, the spring frosts damaged the flowers on roughly 40 percent of the trees, and the dry "
     "summer did the rest. The cooperative, which groups 1,150 farmers, processed 18,000 tonnes of olives "
     "last season. Benzal said the price of oil at the mill door has already risen by 15 percent since "
     "August and will probably keep rising. He asked the regional government to bring forward the payment "
     "of drought aid, which is not due until March.",
     "The regional cooperative said on Monday that growers in the San Telmo valley are looking at an olive "
     "crop roughly one-third down on last year. Its president, Aurelio Benzal, explained that spring frost "
     "had hit the blossom on around four in ten trees, with the dry summer finishing the job. Last season "
     "the cooperative, whose membership stands at 1,150 farmers, pressed 18,000 tonnes of olives. The price "
     "paid for oil at the mill has gone up 15 percent since August, Benzal noted, and is likely to climb "
     "further. He urged the regional authorities to pay out the drought subsidy early rather than wait until "
     "March, when it falls due.",
     traps=[
         T("roughly one-third down on last year", "about a third smaller than last year's"),
         T("around four in ten trees", "roughly 40 percent of the trees"),
         T("whose membership stands at 1,150 farmers", "which groups 1,150 farmers"),
         T("is likely to climb further", "will probably keep rising"),
         T("pay out the drought subsidy early", "bring forward the payment of drought aid"),
     ])

# 006  business, rewrite, inconsistent (number, polarity)
case(6, "business", "rewrite",
     "Shares in the kitchenware maker Orlith Group fell 12 percent on Wednesday after the company cut its "
     "profit forecast for the year, blaming weak demand in its two largest markets. Orlith now expects "
     "operating profit of between 48 and 52 million dollars, down from an earlier range of 60 to 65 million. "
     "Chief executive Marguerite Sallow said the company would not close any of its four factories, but "
     "that it had frozen hiring and postponed the opening of a new distribution centre near Ravensholt. "
     "Analysts at the broker Tindle & Croft said the warning had been widely expected and kept their rating "
     "on the stock unchanged.",
     "Orlith Group, the kitchenware company, saw its shares drop 12 percent on Wednesday when it lowered its "
     "full-year profit outlook, citing sluggish demand in its two biggest markets. It now sees operating "
     "profit in a range of 48 to 52 million dollars, compared with 60 to 68 million previously. Chief "
     "executive Marguerite Sallow said the company would close one of its four factories, and that hiring "
     "had been frozen and a planned distribution centre near Ravensholt put on hold. Tindle & Croft analysts "
     "said the warning had been largely anticipated and left their rating on the shares as it was.",
     errors=[
         E("60 to 68 million", "number", "minor", "60 to 65 million"),
         E("would close one of its four factories", "polarity", "critical",
           "would not close any of its four factories"),
     ],
     traps=[
         T("lowered its full-year profit outlook", "cut its profit forecast for the year"),
         T("largely anticipated", "widely expected"),
         T("left their rating on the shares as it was", "kept their rating on the stock unchanged"),
     ])

# 007  weather, rewrite, consistent
case(7, "weather", "rewrite",
     "The national weather service has issued an orange warning for heavy snow across the northern uplands "
     "of Carvala from 6 p.m. on Friday until noon on Sunday. Forecasters expect 25 to 40 centimetres of snow "
     "above 400 metres, with drifting in strong easterly winds gusting up to 80 kilometres per hour. The "
     "service said travel on the mountain passes was likely to be disrupted and that some villages could be "
     "cut off for a time. Rail operator Nordline has already cancelled its Saturday services between Hestrup "
     "and Kaldvik. Drivers were advised to carry blankets, food and a charged phone.",
     "An orange warning for heavy snow is in force for Carvala's northern uplands from Friday at 18:00 "
     "through to midday Sunday, the national weather service said. Between 25 and 40 cm is forecast on "
     "ground higher than 400 m, and strong winds from the east, gusting to 80 km/h, will whip it into "
     "drifts. Disruption on the mountain passes is likely, according to the service, and a few villages may "
     "find themselves temporarily cut off. Nordline, the rail operator, has already scrapped Saturday's "
     "trains linking Hestrup and Kaldvik. Motorists should take blankets, food and a charged phone with "
     "them, the advice says.",
     traps=[
         T("Friday at 18:00", "6 p.m. on Friday"),
         T("midday Sunday", "noon on Sunday"),
         T("Between 25 and 40 cm", "25 to 40 centimetres"),
         T("80 km/h", "80 kilometres per hour"),
         T("scrapped", "cancelled"),
     ])

# 008  culture, translation, inconsistent (role)
case(8, "culture", "translation",
     "The Teatro Brunelli in Sarvona has named the set designer Ottavia Lanzi as its new artistic director. "
     "She replaces Marco Ferrante, who is leaving after eleven years to run a drama school in Vessa. Lanzi, "
     "46, was hired by Ferrante in 2014 as an assistant designer and later designed the theatre's "
     "award-winning production of 'The Salt Merchants'. The board said in a statement that it had chosen her "
     "unanimously from a shortlist of five candidates. Lanzi takes up the post in September and has promised "
     "more room for new writing and for young companies from the region. Ferrante will direct one final "
     "production, an opera, in June.",
     "Ottavia Lanzi, a set designer, is to become artistic director of Sarvona's Teatro Brunelli, succeeding "
     "Marco Ferrante, who departs after eleven years to take charge of a drama school in Vessa. "
     "The 46-year-old Lanzi, who in 2014 took on Ferrante as an assistant designer, went on to create the "
     "sets for 'The Salt Merchants', the theatre's prize-winning show. According to a statement from the "
     "board, she was the unanimous choice among five shortlisted candidates. She starts in September and "
     "intends to make more space for new plays and for the region's young companies. "
     "Ferrante is to direct one last production in June, an opera.",
     errors=[
         E("Lanzi, who in 2014 took on Ferrante", "role", "major",
           "Lanzi, 46, was hired by Ferrante in 2014"),
     ],
     traps=[
         T("succeeding Marco Ferrante", "She replaces Marco Ferrante"),
         T("prize-winning", "award-winning"),
         T("she was the unanimous choice among five shortlisted candidates",
           "it had chosen her unanimously from a shortlist of five candidates"),
     ])

# 009  transport, rewrite, inconsistent (omission)
case(9, "transport", "rewrite",
     "The regional transport authority of Velmont will raise bus and tram fares by an average of 6 percent "
     "from 1 March, the first increase in three years. A single adult ticket will go from 2.40 to 2.60 "
     "crowns, while the monthly pass will rise from 58 to 61 crowns. Fares for pensioners and schoolchildren "
     "will stay the same. The authority said the extra revenue, estimated at 14 million crowns a year, would "
     "pay for higher fuel and wage costs and for twelve new electric buses. Passenger groups criticised the "
     "timing, saying it came only weeks after service on four night routes was cut.",
     "Bus and tram fares in Velmont are going up by 6 percent on average from 1 March, the regional transport "
     "authority has announced, in the first rise for three years. A single adult fare will climb from 2.40 "
     "to 2.60 crowns and a monthly pass from 58 to 61 crowns. The authority expects the increase to bring in "
     "an extra 14 million crowns annually, which it says will cover rising fuel and staff costs and twelve "
     "new electric buses. Passenger groups attacked the timing, coming just weeks after four night routes "
     "lost their service.",
     errors=[
         OMIT("Fares for pensioners and schoolchildren will stay the same.", "major",
              after="from 58 to 61 crowns."),
     ],
     traps=[
         T("bring in an extra 14 million crowns annually", "estimated at 14 million crowns a year"),
         T("staff costs", "wage costs"),
         T("four night routes lost their service", "service on four night routes was cut"),
     ])

# 010  science, summary, consistent
case(10, "science", "summary",
     "Astronomers at the Pellucid Ridge Observatory have detected water vapour in the atmosphere of a planet "
     "orbiting a small red star 112 light years away, the observatory announced on Tuesday. The planet, "
     "catalogued as KR-771b, is about 1.8 times the width of Earth and completes an orbit every 19 days. "
     "Using a new spectrograph installed last year, the team observed the planet passing in front of its "
     "star on six occasions. Lead author Dr Sunniva Aalto said the signal was strong but stressed that the "
     "presence of water did not mean the planet was habitable, since its surface is probably too hot. The "
     "results will appear in the next issue of the Astrophysical Letters.",
     "Water vapour has been found in the atmosphere of KR-771b, a planet some 1.8 times Earth's width that "
     "orbits a red dwarf 112 light years away once every 19 days. Lead researcher Sunniva Aalto warned that "
     "this does not make the world habitable, as it is likely too hot at the surface.",
     traps=[
         T("some 1.8 times Earth's width", "about 1.8 times the width of Earth"),
         T("a red dwarf", "a small red star"),
         T("Lead researcher", "Lead author"),
         T("it is likely too hot at the surface", "its surface is probably too hot"),
     ])

# 011  technology, rewrite, inconsistent (modality)
case(11, "technology", "rewrite",
     "The messaging app Chirrup may have exposed the phone numbers of up to 90,000 users after a software "
     "update last week, its parent company Lumaq Systems said on Friday. The company said it had found no "
     "evidence that the data had been downloaded by outsiders, but it was still investigating. The flaw, "
     "which has now been fixed, affected only users who had installed version 5.2 between 3 and 6 June. "
     "Lumaq said it had informed the data protection regulator and would contact affected users by email. "
     "The regulator confirmed it had received a report and said it was assessing whether to open an inquiry.",
     "Lumaq Systems, the company behind the Chirrup messaging app, said on Friday that the phone numbers of "
     "as many as 90,000 users were exposed by a software update last week. Although its investigation is "
     "continuing, the company said nothing so far suggested outsiders had downloaded the data. Only people "
     "who installed version 5.2 between 3 and 6 June were affected, and the bug has since been patched. "
     "Lumaq has notified the data protection regulator and plans to email those affected. The regulator "
     "said it had received the report and was weighing whether to launch an inquiry.",
     errors=[
         E("were exposed", "modality", "major", "may have exposed"),
     ],
     traps=[
         T("as many as 90,000", "up to 90,000"),
         T("nothing so far suggested outsiders had downloaded the data",
           "found no evidence that the data had been downloaded by outsiders"),
         T("has since been patched", "has now been fixed"),
     ])

# 012  courts, translation, consistent
case(12, "courts", "translation",
     "The administrative court of Lorvange on Wednesday annulled the permit granted to the property "
     "developer Immobeau for a 14-storey tower beside the old harbour. The judges agreed with the residents' "
     "association Quai Vivant that the town hall had not properly assessed the building's impact on the "
     "listed lighthouse nearby. The ruling does not ban the project outright: Immobeau may submit a new "
     "application. The mayor, Joëlle Brasquet, said she took note of the decision and would not appeal. The "
     "developer did not respond to requests for comment.",
     "On Wednesday, Lorvange's administrative court struck down the building permit that had been issued to "
     "developer Immobeau for a fourteen-storey tower next to the old port. Siding with the residents' group "
     "Quai Vivant, the court found that the town hall had failed to examine properly how the tower would "
     "affect the protected lighthouse close by. The project is not definitively blocked, however, since "
     "Immobeau is free to file a fresh application. Mayor Joëlle Brasquet said she acknowledged the judgment "
     "and would not be challenging it. Immobeau did not reply when asked for comment.",
     traps=[
         T("struck down", "annulled"),
         T("fourteen-storey", "14-storey"),
         T("old port", "old harbour"),
         T("protected lighthouse", "listed lighthouse"),
         T("would not be challenging it", "would not appeal"),
     ])

# 013  education, rewrite, inconsistent (date, attribution)
case(13, "education", "rewrite",
     "The education ministry announced on 9 October that secondary schools in the province of Hallmere will "
     "move to a four-term year starting in September 2026. Under the plan, the long summer holiday will be "
     "shortened from eight weeks to six, with an extra week of rest added in February and another in "
     "November. Education minister Tobias Renwick said the change would reduce learning loss over the "
     "summer. The largest teachers' union, the HTF, said it had not been consulted and would ask its members "
     "whether to take industrial action. Parents' groups were divided, with some warning that childcare "
     "costs would rise.",
     "Secondary schools in Hallmere province are to switch to a four-term year from September 2025, the "
     "education ministry said on 9 October. The summer break will be cut from eight weeks to six, and pupils "
     "will instead get an additional week off in both February and November. The provincial schools "
     "inspectorate said the reform would limit how much pupils forget over the summer. The HTF, the biggest "
     "teachers' union, complained that it had not been consulted and said it would ballot members on "
     "possible industrial action. Parents' groups were split, some of them warning that childcare would "
     "become more expensive.",
     errors=[
         E("September 2025", "date", "major", "September 2026"),
         E("The provincial schools inspectorate said", "attribution", "major",
           "Education minister Tobias Renwick said"),
     ],
     traps=[
         T("limit how much pupils forget over the summer", "reduce learning loss over the summer"),
         T("ballot members on possible industrial action",
           "ask its members whether to take industrial action"),
         T("childcare would become more expensive", "childcare costs would rise"),
     ])

# 014  energy, rewrite, consistent
case(14, "energy", "rewrite",
     "The offshore wind farm at Greythorn Bank delivered its first electricity to the grid on Monday, two "
     "months ahead of schedule, its operator Seavane Energy said. The first 20 of a planned 64 turbines are "
     "now spinning, each capable of producing 15 megawatts. When complete next summer, the farm is expected "
     "to supply enough power for about 900,000 homes. The project cost 3.1 billion pounds and was partly "
     "financed by a state-backed green investment bank. Seavane said 420 people were employed at its "
     "maintenance base in the port of Kellisway, most of them recruited locally.",
     "Seavane Energy said its Greythorn Bank offshore wind farm began feeding electricity into the grid on "
     "Monday, two months earlier than scheduled. Twenty of the 64 planned turbines are operating so far, "
     "each rated at 15 MW. Once finished next summer, the site should be able to power roughly 900,000 "
     "households. A state-backed green investment bank helped fund the £3.1bn scheme. The maintenance base "
     "in the port of Kellisway employs 420 people, the majority hired from the local area, according to the "
     "operator.",
     traps=[
         T("15 MW", "15 megawatts"),
         T("roughly 900,000 households", "about 900,000 homes"),
         T("A state-backed green investment bank helped fund",
           "partly financed by a state-backed green investment bank"),
         T("£3.1bn", "3.1 billion pounds"),
         T("the majority hired from the local area", "most of them recruited locally"),
     ])

# 015  crime, summary, inconsistent (event, entity)
case(15, "crime", "summary",
     "Police in Brackwater arrested two men on Sunday after a warehouse fire that destroyed the stock of a "
     "furniture retailer, Holmfirth & Daye. The blaze broke out shortly after 2 a.m. and took 60 firefighters "
     "more than five hours to bring under control. No one was injured. Detectives said they were treating "
     "the fire as suspicious because it appeared to have started in two places at once. The men, aged 31 and "
     "44, were questioned on suspicion of arson and later released on bail. The retailer said it would "
     "reopen its showroom, which was not damaged, on Wednesday.",
     "Two men, aged 31 and 44, have been charged with arson after a suspicious overnight fire in Brackwell "
     "destroyed a furniture retailer's warehouse stock. Nobody was hurt, and the firm's undamaged showroom "
     "reopens on Wednesday.",
     errors=[
         E("have been charged with arson", "event", "critical",
           "were questioned on suspicion of arson and later released on bail"),
         E("Brackwell", "entity", "major", "Brackwater"),
     ],
     traps=[
         T("Nobody was hurt", "No one was injured"),
         T("the firm's undamaged showroom reopens on Wednesday",
           "reopen its showroom, which was not damaged, on Wednesday"),
     ])

# 016  finance, rewrite, consistent
case(16, "finance", "rewrite",
     "The central bank of Rostavia kept its main interest rate at 4.75 percent on Thursday, the fourth "
     "meeting in a row without a change. Governor Elin Marchetti said inflation, which fell to 3.1 percent "
     "in March, was moving in the right direction but remained above the bank's 2 percent target. Two of "
     "the seven members of the monetary committee voted for a cut of a quarter of a percentage point. "
     "Marchetti said the bank would not rush to lower borrowing costs and that any cut before the summer was "
     "unlikely. The currency rose slightly after the announcement.",
     "Rostavia's central bank left its benchmark rate unchanged at 4.75% on Thursday, holding for a fourth "
     "straight meeting. Inflation slipped to 3.1% in March and is heading the right way, Governor Elin "
     "Marchetti said, but it is still higher than the 2% the bank aims for. Five of the seven monetary "
     "committee members backed the hold, while the other two wanted a 25-basis-point reduction. Marchetti "
     "signalled there would be no hurry to bring borrowing costs down and said a cut was unlikely before "
     "summer. The currency edged up after the decision.",
     traps=[
         T("left its benchmark rate unchanged at 4.75%", "kept its main interest rate at 4.75 percent"),
         T("a fourth straight meeting", "the fourth meeting in a row"),
         T("Five of the seven monetary committee members backed the hold, while the other two wanted a "
           "25-basis-point reduction",
           "Two of the seven members of the monetary committee voted for a cut of a quarter of a percentage "
           "point"),
         T("edged up", "rose slightly"),
     ])

# 017  health, translation, inconsistent (polarity)
case(17, "health", "translation",
     "The county hospital in Wrzosno will not close its maternity ward, despite a shortage of midwives, the "
     "hospital's director, Dr Kazimiera Lentz, announced on Friday. Three midwives have left since January "
     "and two more are on long-term sick leave. To keep the ward open, the hospital will hire staff from an "
     "agency for at least six months and pay a bonus to midwives who agree to extra night shifts. Last year "
     "640 babies were born at the hospital. The nearest alternative maternity unit is 55 kilometres away in "
     "Gorlin, which local mothers said would have been too far in an emergency.",
     "Despite being short of midwives, Wrzosno's county hospital is keeping its maternity ward open, "
     "director Dr Kazimiera Lentz said on Friday. Since January three midwives have quit, and another two "
     "are off sick long-term. The hospital will bring in agency staff for a minimum of six months and will "
     "offer a bonus to any midwife willing to work additional night shifts. There were 640 births at the "
     "hospital last year. The nearest other maternity unit, in Gorlin, lies 55 km away, a distance local "
     "mothers said was not too far in an emergency.",
     errors=[
         E("was not too far in an emergency", "polarity", "major",
           "would have been too far in an emergency"),
     ],
     traps=[
         T("is keeping its maternity ward open", "will not close its maternity ward"),
         T("quit", "have left"),
         T("for a minimum of six months", "for at least six months"),
         T("There were 640 births", "640 babies were born"),
     ])

# 018  sports, rewrite, inconsistent (event)
case(18, "sports", "rewrite",
     "Cyclist Mireille Oduya won the fourth stage of the Tour of the Kessel Hills on Tuesday, outsprinting a "
     "group of twelve riders on the uphill finish in Grauberg. The 24-year-old, who rides for the Korvax "
     "team, also took the leader's yellow jersey from her teammate Hanna Leek, who crashed 30 kilometres "
     "from the finish and lost almost four minutes. Race doctors said Leek had bruised her hip but had no "
     "fractures and would start Wednesday's stage. The 168-kilometre stage was held in heavy rain, and "
     "organisers shortened the final descent for safety reasons.",
     "Mireille Oduya claimed stage four of the Tour of the Kessel Hills on Tuesday, beating a twelve-strong "
     "group in the sprint up the rise to the line in Grauberg. The Korvax rider, 24, also moved into the "
     "yellow jersey, taking it from teammate Hanna Leek, who was held up behind a crash 30 km from the "
     "finish and conceded nearly four minutes. According to race doctors, Leek suffered a bruised hip but no "
     "broken bones and will be on the start line on Wednesday. The 168 km stage was raced in heavy rain, "
     "and the organisers cut short the last descent on safety grounds.",
     errors=[
         E("was held up behind a crash", "event", "major", "crashed"),
     ],
     traps=[
         T("claimed stage four", "won the fourth stage"),
         T("no broken bones", "no fractures"),
         T("will be on the start line on Wednesday", "would start Wednesday's stage"),
         T("cut short the last descent", "shortened the final descent"),
     ])

# 019  environment, translation, consistent
case(19, "environment", "translation",
     "Volunteers collected more than four tonnes of rubbish from the beaches of Ilha da Cegonha in a single "
     "weekend, the environmental group Mar Limpo said on Sunday. About 300 people took part, among them "
     "pupils from six local schools. Most of the waste was plastic, including some 11,000 bottle caps and a "
     "large quantity of fishing nets. The group's coordinator, Teresa Valadim, said the nets were the most "
     "dangerous item for turtles and sea birds. The municipality has promised to install new recycling bins "
     "along the seafront before the summer.",
     "In just one weekend, volunteers removed over 4 tonnes of litter from the beaches on Ilha da Cegonha, "
     "according to the environmental organisation Mar Limpo, which gave the figures on Sunday. Roughly 300 "
     "people joined in, pupils from six schools in the area among them. Plastic made up the bulk of the "
     "waste, with around 11,000 bottle tops and plenty of fishing net. For turtles and seabirds, "
     "said coordinator Teresa Valadim, the nets pose the greatest danger. The council has pledged to put new "
     "recycling bins along the seafront before summer arrives.",
     traps=[
         T("over 4 tonnes of litter", "more than four tonnes of rubbish"),
         T("Plastic made up the bulk of the waste", "Most of the waste was plastic"),
         T("bottle tops", "bottle caps"),
         T("the nets pose the greatest danger", "the nets were the most dangerous item"),
         T("The council has pledged", "The municipality has promised"),
     ])

# 020  business, summary, inconsistent (modality)
case(20, "business", "summary",
     "The supermarket chains Fennick and Bramblemart are in talks about a possible merger that would create "
     "the country's second-largest grocer, both companies confirmed on Monday. The discussions are at an "
     "early stage and there is no certainty that a deal will be agreed, they said in a joint statement. A "
     "combined group would have about 1,300 stores and annual sales of roughly 21 billion dollars. Analysts "
     "expect the competition authority to demand the sale of several hundred shops if the merger goes ahead. "
     "Fennick's shares rose 9 percent on the news, while Bramblemart's rose 6 percent.",
     "Fennick and Bramblemart will merge to form the country's number-two grocer, with some 1,300 stores "
     "and sales of around $21bn a year. Analysts think regulators will insist on several hundred store "
     "disposals; Fennick shares gained 9% and Bramblemart 6%.",
     errors=[
         E("will merge", "modality", "critical", "are in talks about a possible merger"),
     ],
     traps=[
         T("number-two grocer", "second-largest grocer"),
         T("$21bn a year", "roughly 21 billion dollars"),
         T("insist on several hundred store disposals", "demand the sale of several hundred shops"),
     ])

# 021  real estate, rewrite, consistent
case(21, "real estate", "rewrite",
     "Average house prices in the city of Tellbridge fell by 2.3 percent in the three months to June, "
     "according to figures published on Wednesday by the Tellbridge Building Society. It was the third "
     "consecutive quarterly fall and left the typical home worth 287,000 pounds, about 14,000 pounds less "
     "than a year earlier. The society's chief economist, Priya Halloran, said higher mortgage rates had "
     "pushed many first-time buyers out of the market. She predicted that prices would level off by the end "
     "of the year but said a quick recovery was unlikely. Flats in the city centre saw the steepest drop, "
     "at 4.1 percent.",
     "House prices in Tellbridge dropped 2.3% on average in the April-to-June quarter, the Tellbridge "
     "Building Society said in figures released on Wednesday. That marks a third quarter running of "
     "declines, and puts the typical property at £287,000, roughly £14,000 down on twelve months before. "
     "Many first-time buyers have been priced out by costlier mortgages, said Priya Halloran, the society's "
     "chief economist. She expects prices to stabilise by the year's end, though she doubts they will bounce "
     "back fast. City-centre flats were hit hardest, down 4.1%.",
     traps=[
         T("the April-to-June quarter", "the three months to June"),
         T("a third quarter running of declines", "the third consecutive quarterly fall"),
         T("£287,000", "287,000 pounds"),
         T("stabilise", "level off"),
         T("she doubts they will bounce back fast", "a quick recovery was unlikely"),
     ])

# 022  local government, rewrite, inconsistent (repetition)
case(22, "local government", "rewrite",
     "Residents of the Millbeck district have been told to boil their tap water until further notice after "
     "routine tests found traces of E. coli bacteria at a reservoir on Sunday. The utility company Aquaris "
     "said about 18,000 homes were affected and that bottled water would be handed out at the Millbeck "
     "sports centre from 8 a.m. on Monday. Aquaris said the source of the contamination had not yet been "
     "identified. The local health authority said no cases of illness had been reported so far. Schools in "
     "the district will remain open but have been asked to provide bottled water to pupils.",
     "Millbeck residents must boil their tap water until further notice, after E. coli traces turned up in "
     "routine testing at a reservoir on Sunday. About 18,000 homes are affected, the utility Aquaris said, "
     "adding that bottled water would be distributed from 8 a.m. on Monday at the Millbeck sports centre. "
     "It has not yet pinpointed where the contamination came from. No illness has been reported so far, "
     "according to the local health authority. Schools in the district are staying open but have been asked "
     "to give pupils bottled water. People in Millbeck have been told to boil their tap water until further "
     "notice.",
     errors=[
         E("People in Millbeck have been told to boil their tap water until further notice.", "repetition",
           "minor", None,
           copy_of="Millbeck residents must boil their tap water until further notice"),
     ],
     traps=[
         T("distributed", "handed out"),
         T("It has not yet pinpointed where the contamination came from",
           "the source of the contamination had not yet been identified"),
         T("No illness has been reported so far", "no cases of illness had been reported so far"),
     ])

# 023  archaeology, summary, consistent
case(23, "archaeology", "summary",
     "Archaeologists excavating a field near the village of Oskerby have uncovered the remains of a Bronze "
     "Age wooden causeway that once crossed a marsh, the county heritage service said on Thursday. The "
     "timbers, preserved in waterlogged peat, have been dated by tree-ring analysis to around 1400 BC. The "
     "causeway has been traced for 70 metres so far. Among the finds are a bronze axe head and a wooden bowl. "
     "The site was discovered last spring when a farmer, Jens Halloway, noticed blackened posts in a "
     "drainage ditch. The dig will continue until October, after which the timbers will be reburied to "
     "protect them.",
     "A roughly 3,400-year-old wooden causeway across a former marsh has been unearthed near Oskerby after "
     "farmer Jens Halloway spotted dark posts in a ditch last spring. Traced for 70 m so far, it has yielded "
     "a bronze axe head and a wooden bowl, and will be reburied once digging ends in October.",
     traps=[
         T("roughly 3,400-year-old", "around 1400 BC"),
         T("unearthed", "uncovered"),
         T("dark posts", "blackened posts"),
         T("70 m", "70 metres"),
     ])

# 024  aviation, rewrite, inconsistent (entity)
case(24, "aviation", "rewrite",
     "A regional airline, Skarra Air, has suspended all flights between Vellport and the island of Tamsey "
     "for two weeks after one of its two turboprop aircraft was damaged by a ground vehicle at Vellport "
     "airport on Saturday. Nobody was on board at the time. The airline said the aircraft's wing would need "
     "to be inspected by the manufacturer before it could fly again. About 1,100 passengers had tickets for "
     "the suspended flights and will be offered refunds or seats on the ferry operated by Tamsey Lines. The "
     "island's council said it was disappointed that no replacement aircraft had been leased.",
     "Skarra Air, a regional carrier, has grounded its Vellport-Tamsey service for a fortnight after a "
     "ground vehicle struck one of the two turboprops in its fleet at Tamsey airport on Saturday. The "
     "aircraft was empty when it happened. Before it can return to service, its wing must be checked by the "
     "manufacturer, the airline said. Roughly 1,100 ticket holders will be able to choose between a refund "
     "and a place on a Tamsey Lines ferry. Tamsey's council voiced disappointment that the airline had not "
     "leased a stand-in aircraft.",
     errors=[
         E("Tamsey airport", "entity", "major", "Vellport airport"),
     ],
     traps=[
         T("for a fortnight", "for two weeks"),
         T("The aircraft was empty", "Nobody was on board"),
         T("had not leased a stand-in aircraft", "no replacement aircraft had been leased"),
     ])

# 025  labour, translation, inconsistent (omission)
case(25, "labour", "translation",
     "Workers at the Brauhaus Kellerbach brewery in Altdorn will strike for 48 hours from Tuesday after wage "
     "talks broke down, the food workers' union NGF announced. The union is demanding a pay rise of 8 "
     "percent over two years; management has offered 4.5 percent. According to the union, about 260 of the "
     "brewery's 310 employees are members. A management spokeswoman said deliveries to pubs and shops would "
     "be delayed but that stocks in the warehouse would last for around a week. Both sides said they were "
     "prepared to return to the negotiating table.",
     "After pay negotiations collapsed, staff at the Kellerbach brewery in Altdorn are to walk out for two "
     "days starting on Tuesday, the food workers' union NGF has said. The union wants an 8 percent wage "
     "increase, while the management's offer stands at 4.5 percent. Some 260 of the 310 people employed at "
     "the brewery belong to the union, it says. Pubs and shops will receive their deliveries late, a "
     "spokeswoman for management said, although the warehouse holds enough stock for roughly a week. Each "
     "side has signalled its willingness to resume talks.",
     errors=[
         OMIT("over two years", "major", after="an 8 percent wage increase"),
     ],
     traps=[
         T("walk out for two days", "strike for 48 hours"),
         T("Some 260 of the 310 people employed at the brewery belong to the union",
           "about 260 of the brewery's 310 employees are members"),
         T("resume talks", "return to the negotiating table"),
     ])

# 026  science, rewrite, consistent
case(26, "science", "rewrite",
     "A species of frog thought to have died out more than 30 years ago has been rediscovered in a cloud "
     "forest in the highlands of Morvania, researchers from the Castellan Natural History Museum reported on "
     "Monday. The Amberleaf tree frog, which is about the size of a thumbnail, was last recorded in 1991. A "
     "team led by biologist Dr Oren Vashti found a population of around 40 adults along a single stream "
     "after following their distinctive clicking calls at night. The researchers said the frogs were "
     "threatened by a fungal disease and by logging nearby, and called for the area to be protected.",
     "Researchers from the Castellan Natural History Museum said on Monday they had found the Amberleaf tree "
     "frog, a thumbnail-sized species believed extinct for over three decades, in a cloud forest high in "
     "Morvania. The frog had not been recorded since 1991. Biologist Dr Oren Vashti's team tracked its "
     "distinctive night-time clicking calls to a single stream, where they counted roughly 40 adults. Nearby "
     "logging and a fungal disease both pose a threat to the frogs, the researchers said, urging that the "
     "area be given protection.",
     traps=[
         T("thumbnail-sized", "about the size of a thumbnail"),
         T("believed extinct for over three decades", "thought to have died out more than 30 years ago"),
         T("had not been recorded since 1991", "was last recorded in 1991"),
         T("roughly 40 adults", "around 40 adults"),
         T("Nearby logging and a fungal disease both pose a threat to the frogs",
           "the frogs were threatened by a fungal disease and by logging nearby"),
     ])

# 027  business, rewrite, inconsistent (role, addition)
case(27, "business", "rewrite",
     "The software company Quillstone has agreed to buy Daventa, a smaller rival that makes accounting tools "
     "for farms, for 640 million dollars in cash, the two firms said on Tuesday. Daventa's founder, Maud "
     "Ekwueme, will join Quillstone's board once the deal is completed. The purchase still needs approval "
     "from regulators and is expected to close in the first quarter of next year. Quillstone said it planned "
     "to keep Daventa's brand and its office in Harlow Cross, where about 200 people work. Daventa's "
     "shareholders will receive 31 dollars per share, a premium of 22 percent on Monday's closing price.",
     "Farm accounting specialist Daventa has agreed to buy software company Quillstone for $640m in cash, the "
     "companies announced on Tuesday. Maud Ekwueme, who founded Daventa, will take a seat on Quillstone's "
     "board when the transaction completes and will chair a new agriculture committee. Regulatory approval "
     "is still required, and the deal should close in the first three months of next year. Quillstone "
     "intends to retain the Daventa brand as well as its Harlow Cross office, which has a staff of around "
     "200. Daventa investors will be paid $31 a share, 22% above Monday's closing price.",
     errors=[
         E("Daventa has agreed to buy software company Quillstone", "role", "critical",
           "Quillstone has agreed to buy Daventa"),
         E("will chair a new agriculture committee", "addition", "major", None),
     ],
     traps=[
         T("$640m", "640 million dollars"),
         T("in the first three months of next year", "in the first quarter of next year"),
         T("22% above Monday's closing price", "a premium of 22 percent on Monday's closing price"),
     ])

# 028  tourism, translation, consistent
case(28, "tourism", "translation",
     "The island of Kalythos recorded 1.2 million overnight stays last year, an increase of 9 percent, the "
     "island's tourism office said on Thursday. Visitors from Germany and the Netherlands made up almost half "
     "of the total. The office attributed the growth to a new direct flight from Rotterdam and to the longer "
     "season, as hotels now stay open from March to November. However, the head of the office, Nikos "
     "Varvaris, warned that the water supply was under pressure in August and said the island could not "
     "absorb many more visitors in peak season without new investment.",
     "Last year Kalythos counted 1.2 million overnight stays, 9 percent up on the year before, according to "
     "figures the island's tourist office released on Thursday. Almost half of them were by German and Dutch "
     "visitors. The office credits the rise to a new non-stop route from Rotterdam and to a longer season, "
     "with hotels now open from March through November. Its director, Nikos Varvaris, cautioned, though, "
     "that water supplies were strained in August, and said that without fresh investment the island could "
     "take few additional visitors at the height of the season.",
     traps=[
         T("9 percent up on the year before", "an increase of 9 percent"),
         T("German and Dutch visitors", "Visitors from Germany and the Netherlands"),
         T("non-stop route", "direct flight"),
         T("Its director", "the head of the office"),
         T("could take few additional visitors", "could not absorb many more visitors"),
     ])

# 029  transport, rewrite, inconsistent (date)
case(29, "transport", "rewrite",
     "The rail link between Dunholt and Maresfield will close for nine days from 14 April so that engineers "
     "can replace a 120-year-old bridge over the River Askel. Replacement buses will run every 30 minutes, "
     "adding about 40 minutes to the journey. The operator, Westmarch Railways, said the work had originally "
     "been planned for February but was postponed because of flooding. Trains are due to resume on the "
     "morning of 23 April. The new steel bridge will allow heavier freight trains to use the line.",
     "Engineers will replace the 120-year-old bridge over the River Askel during a nine-day closure of the "
     "Dunholt-Maresfield line starting on 14 April. Buses will stand in for trains every half hour, with "
     "journeys taking around 40 minutes longer. Westmarch Railways, which runs the line, said the project had "
     "been due to take place in February but was delayed by flooding. Trains are expected to run again from "
     "27 April. Once in place, the new steel bridge will let heavier freight trains use the route.",
     errors=[
         E("from 27 April", "date", "major", "on the morning of 23 April"),
     ],
     traps=[
         T("every half hour", "every 30 minutes"),
         T("journeys taking around 40 minutes longer", "adding about 40 minutes to the journey"),
         T("was delayed by flooding", "was postponed because of flooding"),
     ])

# 030  music, summary, inconsistent (repetition)
case(30, "music", "summary",
     "Folk singer Corrie Maddox has cancelled the remaining eleven dates of her European tour after being "
     "diagnosed with a throat infection, her record label, Lantern Hill, said on Wednesday. Doctors have "
     "told the 38-year-old to rest her voice for at least a month. The tour, promoting her fourth album "
     "'Saltwick Road', had been due to end in Dublin on 30 November. Ticket holders will receive full "
     "refunds automatically from the point of purchase. In a message to fans, Maddox said she was "
     "heartbroken and hoped to reschedule the concerts next spring. Her band will still play a charity show "
     "in her home town of Edrington without her.",
     "Corrie Maddox has called off the last eleven concerts of her European tour because of a throat "
     "infection, and doctors have ordered her to rest her voice for a month or more. Ticket holders will be "
     "refunded automatically, and Maddox hopes to reschedule next spring. Fans with tickets will get their "
     "money back automatically.",
     errors=[
         E("Fans with tickets will get their money back automatically.", "repetition", "minor", None,
           copy_of="Ticket holders will be refunded automatically"),
     ],
     traps=[
         T("called off", "cancelled"),
         T("the last eleven concerts", "the remaining eleven dates"),
         T("for a month or more", "for at least a month"),
     ])

# 031  fisheries, rewrite, consistent
case(31, "fisheries", "rewrite",
     "The fisheries ministry has banned cod fishing in the Sorrel Deep for the whole of next year after a "
     "survey found that stocks had fallen to their lowest level since records began in 1978. Fishing for "
     "haddock and plaice in the same area will still be allowed, but boats must use nets with larger mesh to "
     "reduce accidental catches of young cod. The ministry will pay compensation to about 140 affected "
     "vessels, though it has not said how much. The fishermen's association called the decision harsh but "
     "necessary and said its members had seen the decline coming for several years.",
     "Cod may not be fished in the Sorrel Deep at any point next year, the fisheries ministry has decided, "
     "after a survey showed stocks at their lowest since record-keeping started in 1978. Boats can go on "
     "catching haddock and plaice there, provided they switch to wider-meshed nets so that fewer young cod "
     "are caught by mistake. Around 140 vessels affected by the ban will be compensated by the ministry, "
     "although the amount has not been disclosed. The fishermen's association described the move as tough "
     "but needed, adding that its members had seen the decline coming for years.",
     traps=[
         T("Cod may not be fished in the Sorrel Deep at any point next year",
           "banned cod fishing in the Sorrel Deep for the whole of next year"),
         T("since record-keeping started in 1978", "since records began in 1978"),
         T("wider-meshed nets", "nets with larger mesh"),
         T("Around 140 vessels affected by the ban will be compensated by the ministry",
           "The ministry will pay compensation to about 140 affected vessels"),
         T("tough but needed", "harsh but necessary"),
     ])

# 032  science, translation, inconsistent (number, modality)
case(32, "science", "translation",
     "A magnitude 5.4 earthquake struck the mountainous province of Serekan early on Sunday, damaging around "
     "200 houses, the national disaster agency said. The quake hit at 4:12 a.m. at a depth of 10 kilometres, "
     "and was felt as far away as the coastal city of Mirabad. Three people were slightly injured by falling "
     "debris. Seismologists at the Karaduz Observatory said aftershocks were possible over the coming days "
     "and advised residents not to enter damaged buildings. Schools in the worst-affected district will stay "
     "closed on Monday while engineers inspect them.",
     "Early on Sunday a 5.4-magnitude earthquake shook the mountain province of Serekan, leaving some 2,000 "
     "houses damaged, according to the national disaster agency. It struck at 4:12 in the morning, 10 km "
     "below the surface, and could be felt as far off as Mirabad on the coast. Falling debris caused minor "
     "injuries to three people. Seismologists from the Karaduz Observatory said aftershocks would follow over "
     "the next few days and told residents to keep out of damaged buildings. On Monday, schools in the "
     "district hit hardest will remain shut so that engineers can check them.",
     errors=[
         E("some 2,000 houses", "number", "major", "around 200 houses"),
         E("aftershocks would follow", "modality", "major", "aftershocks were possible"),
     ],
     traps=[
         T("4:12 in the morning", "4:12 a.m."),
         T("10 km below the surface", "at a depth of 10 kilometres"),
         T("caused minor injuries to three people", "Three people were slightly injured"),
     ])

# 033  space, summary, consistent
case(33, "space", "summary",
     "The private launch company Orbitek successfully placed a weather satellite into orbit on Friday from "
     "its spaceport at Cape Halder, the company's first mission since a rocket exploded shortly after "
     "lift-off in March. The 1,400-kilogram satellite, built for the national meteorological office, will "
     "monitor storms over the southern ocean. Orbitek said the second stage of its Kestrel rocket had been "
     "redesigned after investigators traced the March failure to a faulty fuel valve. Chief executive Dana "
     "Wilmot said the company planned four more launches before the end of the year. The satellite is "
     "expected to begin sending data within six weeks.",
     "Orbitek put a 1.4-tonne weather satellite into orbit for the national meteorological "
     "office on Friday, the firm's first flight since a March rocket explosion blamed on a faulty fuel valve. The "
     "storm-watching satellite should start returning data within six weeks.",
     traps=[
         T("put a 1.4-tonne weather satellite into orbit",
           "successfully placed a weather satellite into orbit"),
         T("blamed on a faulty fuel valve", "traced the March failure to a faulty fuel valve"),
         T("should start returning data", "is expected to begin sending data"),
     ])

# 034  courts, rewrite, inconsistent (polarity)
case(34, "courts", "rewrite",
     "A consumer tribunal in Hollin has rejected a complaint by a couple who claimed that a travel agency, "
     "Sunward Escapes, misled them about the size of their hotel room in Malvero. Tribunal member Ruth "
     "Abernathy found that the brochure had described the room accurately and that the agency had offered "
     "the couple an upgrade on arrival, which they refused. The couple, who had sought 3,800 crowns in "
     "compensation, were ordered to pay the agency's costs of 450 crowns. Sunward Escapes said it welcomed "
     "the decision.",
     "The Hollin consumer tribunal has thrown out a couple's complaint that travel agency Sunward Escapes "
     "misled them over the size of their hotel room in Malvero. According to tribunal member Ruth Abernathy, "
     "the brochure gave an accurate description of the room, and the agency had not offered the couple an "
     "upgrade when they arrived. Having sought 3,800 crowns in compensation, the couple must now cover the "
     "agency's 450-crown costs. Sunward Escapes welcomed the ruling.",
     errors=[
         E("had not offered the couple an upgrade", "polarity", "major",
           "the agency had offered the couple an upgrade on arrival, which they refused"),
     ],
     traps=[
         T("thrown out", "rejected"),
         T("gave an accurate description of the room", "had described the room accurately"),
         T("the couple must now cover the agency's 450-crown costs",
           "were ordered to pay the agency's costs of 450 crowns"),
     ])

# 035  food, rewrite, consistent
case(35, "food", "rewrite",
     "The bakery chain Maison Fauret will stop selling baguettes made with frozen dough in all of its 85 "
     "shops by the end of June, its managing director, Solène Aubrac, told a trade magazine. From then on, "
     "every loaf will be kneaded and baked on the premises each morning. The change will require the hiring "
     "of around 120 bakers, and the price of a baguette will rise by 10 centimes, to 1.30 euros. Aubrac said "
     "customers had complained that the bread went stale too quickly. The chain was founded in 1962 in the "
     "town of Vireux.",
     "By the end of June, none of Maison Fauret's 85 shops will be selling baguettes made from frozen dough "
     "any more, managing director Solène Aubrac told a trade magazine. Instead, all bread will be kneaded and "
     "baked in-store every morning. Around 120 bakers will have to be taken on, and a baguette will go up by "
     "ten cents to €1.30. According to Aubrac, customers had been complaining that the bread was going stale "
     "too fast. The chain dates back to 1962, when it was founded in Vireux.",
     traps=[
         T("none of Maison Fauret's 85 shops will be selling baguettes made from frozen dough any more",
           "will stop selling baguettes made with frozen dough in all of its 85 shops"),
         T("in-store", "on the premises"),
         T("Around 120 bakers will have to be taken on",
           "The change will require the hiring of around 120 bakers"),
         T("ten cents to €1.30", "10 centimes, to 1.30 euros"),
         T("dates back to 1962, when it was founded", "was founded in 1962"),
     ])

# 036  weather, summary, inconsistent (addition)
case(36, "weather", "summary",
     "Flooding along the River Tessel forced the evacuation of about 600 residents from low-lying parts of "
     "the town of Amberholm overnight, the regional emergency service said on Tuesday. The river rose 2.6 "
     "metres above its normal level after three days of heavy rain. Emergency shelters were opened in two "
     "school gyms, and army trucks helped move elderly residents. No deaths or serious injuries were "
     "reported. The mayor, Frederik Ostlund, said the flood defences built in 2015 had held in the town "
     "centre but had been overtopped in the Kaddel district. Water levels are expected to fall slowly from "
     "Wednesday.",
     "About 600 Amberholm residents were evacuated overnight after three days of heavy rain pushed the River "
     "Tessel 2.6 metres above normal, overtopping flood defences in the Kaddel district. Nobody died or was "
     "seriously hurt, though insurers put the damage at several million euros; levels should start slowly "
     "dropping from Wednesday.",
     errors=[
         E("insurers put the damage at several million euros", "addition", "major", None),
     ],
     traps=[
         T("Nobody died or was seriously hurt", "No deaths or serious injuries were reported"),
         T("levels should start slowly dropping from Wednesday",
           "Water levels are expected to fall slowly from Wednesday"),
     ])

# 037  health, rewrite, inconsistent (number)
case(37, "health", "rewrite",
     "Health authorities in the district of Lindqvar will offer a free flu vaccine to all children aged two "
     "to eleven this winter, extending a programme that previously covered only children under five. The "
     "vaccine will be given as a nasal spray at schools and family clinics from the first week of October. "
     "District health officer Dr Amara Feldt said last winter's flu season had been the worst in a decade, "
     "with 1,250 children admitted to hospital. The extension is expected to cost 2.8 million euros and will "
     "reach an estimated 46,000 extra children. Parents who do not want their children vaccinated can opt "
     "out by letter.",
     "Every child aged between two and 11 in Lindqvar district will be able to get a free flu vaccine this "
     "winter, widening a scheme that had so far been limited to under-fives. From the first week of October, "
     "the vaccine will be administered as a nasal spray in schools and family clinics. Last winter brought "
     "the worst flu season for ten years, with 1,250 children hospitalised, according to district health "
     "officer Dr Amara Feldt. Expanding the programme should cost €2.8 million and reach an estimated 4,600 "
     "more children. Parents can opt their children out by writing to the authorities.",
     errors=[
         E("4,600", "number", "major", "46,000"),
     ],
     traps=[
         T("between two and 11", "aged two to eleven"),
         T("under-fives", "children under five"),
         T("the worst flu season for ten years", "the worst in a decade"),
         T("hospitalised", "admitted to hospital"),
         T("€2.8 million", "2.8 million euros"),
     ])

# 038  elections, summary, inconsistent (date)
case(38, "elections", "summary",
     "Voters in the municipality of Greyfold will choose a new mayor on 22 March after the incumbent, Hugo "
     "Lindahl, announced his resignation on health grounds. Lindahl, 67, has led the council since 2011 and "
     "will step down at the end of January. Three candidates have registered so far: deputy mayor Saskia "
     "Verhoef, local businessman Arjun Malde and the environmentalist Tove Brandt. Nominations close on 14 "
     "February. If no candidate wins more than half the votes, a run-off will be held two weeks later. Until "
     "the election, Verhoef will serve as acting mayor.",
     "Greyfold votes for a new mayor on 22 March to replace Hugo Lindahl, who steps down for health reasons "
     "at the end of February. Deputy mayor Saskia Verhoef, one of three candidates registered so far, will "
     "be acting mayor in the meantime; if nobody wins an outright majority, a run-off follows two weeks "
     "later.",
     errors=[
         E("at the end of February", "date", "major", "at the end of January"),
     ],
     traps=[
         T("for health reasons", "on health grounds"),
         T("will be acting mayor in the meantime", "Until the election, Verhoef will serve as acting mayor"),
         T("an outright majority", "more than half the votes"),
     ])

# 039  culture, translation, inconsistent (entity, attribution)
case(39, "culture", "translation",
     "A seventeenth-century painting stolen from the Hessel Museum in Brakenburg in 2005 has been recovered "
     "from a private house in the town of Lieveroord, police said on Thursday. The work, a small river "
     "landscape by the painter Joost Amerlinck, was taken during a break-in along with two silver "
     "candlesticks, which are still missing. According to the police, the painting was found after an "
     "auction house alerted them that it had been offered for sale. The 71-year-old owner of the house told "
     "investigators he had bought it at a flea market. The museum's director, Wilma Oosterhuis, said the "
     "canvas was in good condition.",
     "Police announced on Thursday that a 17th-century painting, stolen in 2005 from Brakenburg's Hessel "
     "Museum, has turned up in a private home in Brakenburg. The piece, a small river scene by Joost "
     "Amerlinck, disappeared in a burglary together with two silver candlesticks that have never been found. "
     "The museum says the painting was traced after an auction house tipped off police that it had been put "
     "up for sale. The homeowner, aged 71, told detectives he had picked it up at a flea market. According "
     "to museum director Wilma Oosterhuis, the canvas is in good shape.",
     errors=[
         E("Brakenburg", "entity", "major", "the town of Lieveroord", occ=1),
         E("The museum says", "attribution", "major", "According to the police"),
     ],
     traps=[
         T("17th-century", "seventeenth-century"),
         T("that have never been found", "which are still missing"),
         T("aged 71", "The 71-year-old owner"),
         T("in good shape", "in good condition"),
     ])

# 040  education, translation, inconsistent (event)
case(40, "education", "translation",
     "The University of Montesclaro has postponed the inauguration of its new medical faculty building, "
     "originally planned for 15 September, because the fire safety certificate has not yet been issued. The "
     "rector, Inés Carbajal, said classes for the 340 first-year students would start on time but would be "
     "held in the old building in the city centre. The new building, which cost 47 million euros, has 12 "
     "laboratories and a simulation hospital. The regional fire service said its inspection would take "
     "place next week.",
     "The opening of the University of Montesclaro's new medical school building, which had been scheduled "
     "for 15 September, has been put back after the fire safety certificate was refused. Rector Inés "
     "Carbajal said the 340 students starting their first year would begin classes as planned, only in the "
     "old building in the city centre. The 47-million-euro building contains 12 laboratories and a simulated "
     "hospital. According to the regional fire service, the inspection will be carried out next week.",
     errors=[
         E("was refused", "event", "major", "has not yet been issued"),
     ],
     traps=[
         T("medical school building", "medical faculty building"),
         T("has been put back", "has postponed"),
         T("as planned", "on time"),
         T("a simulated hospital", "a simulation hospital"),
     ])


# ---------------------------------------------------------------------------
# Offset computation and validation

def n_words(text):
    return len(text.split())


def find_occurrence(hay, needle, occ, what):
    starts = []
    i = hay.find(needle)
    while i != -1:
        starts.append(i)
        i = hay.find(needle, i + 1)
    if not starts:
        raise ValueError("%s: %r not found" % (what, needle))
    if occ is None:
        if len(starts) > 1:
            raise ValueError("%s: %r occurs %d times; give occ" % (what, needle, len(starts)))
        occ = 0
    if occ >= len(starts):
        raise ValueError("%s: %r has no occurrence %d" % (what, needle, occ))
    return starts[occ]


def cuts_word(text, start, end):
    """True if [start, end) begins or ends inside a word."""
    if start > 0 and start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        return True
    if end < len(text) and end > 0 and text[end - 1].isalnum() and text[end].isalnum():
        return True
    return False


def build_record(c):
    cid = c["id"]
    cand, ref = c["candidate"], c["reference"]
    errors, traps = [], []
    problems = []

    for e in c["errors"]:
        if e["type"] == "omission":
            if (e["after"] is None) == (e["before"] is None):
                raise ValueError("%s: omission needs exactly one of after/before" % cid)
            if e["after"] is not None:
                a = find_occurrence(cand, e["after"], e["occ"], cid + " omission anchor")
                pos = a + len(e["after"])
            else:
                pos = find_occurrence(cand, e["before"], e["occ"], cid + " omission anchor")
            errors.append({"start": pos, "end": pos, "text": "", "type": "omission",
                           "severity": e["sev"], "ref_text": e["ref"]})
        else:
            s = find_occurrence(cand, e["text"], e["occ"], cid + " error")
            rec = {"start": s, "end": s + len(e["text"]), "text": e["text"], "type": e["type"],
                   "severity": e["sev"], "ref_text": e["ref"]}
            errors.append(rec)
            if e["type"] == "repetition":
                # the copied original must appear earlier in the candidate
                src = cand.find(e["copy_of"]) if e["copy_of"] else -1
                if src == -1 or src + len(e["copy_of"]) > s:
                    problems.append("repetition source %r not found before the copy" % e["copy_of"])
    for t in c["traps"]:
        s = find_occurrence(cand, t["text"], t["occ"], cid + " trap")
        traps.append({"start": s, "end": s + len(t["text"]), "text": t["text"], "ref_text": t["ref"]})

    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    rec = {
        "id": cid, "domain": c["domain"], "mode": c["mode"],
        "reference": ref, "candidate": cand,
        "label": "inconsistent" if errors else "consistent",
        "errors": errors, "traps": traps,
    }
    return rec, problems


def validate(records, extra_problems):
    problems = list(extra_problems)

    def bad(rid, msg):
        problems.append("%s: %s" % (rid, msg))

    ids = [r["id"] for r in records]
    want_ids = ["%s-%03d" % (SET_PREFIX, i) for i in range(1, WANT_PAIRS + 1)]
    if ids != want_ids:
        problems.append("ids are not %s-001 .. %s-%03d in order" % (SET_PREFIX, SET_PREFIX, WANT_PAIRS))

    refs_seen = set()
    for r in records:
        rid, cand, ref = r["id"], r["candidate"], r["reference"]
        if r["mode"] not in MODES:
            bad(rid, "bad mode %r" % r["mode"])
        if ref in refs_seen:
            bad(rid, "duplicate reference")
        refs_seen.add(ref)
        if cand == ref:
            bad(rid, "candidate identical to reference")
        for label, txt in (("reference", ref), ("candidate", cand)):
            if txt != txt.strip() or "  " in txt or "\n" in txt:
                bad(rid, "%s has stray whitespace" % label)
        nw = n_words(ref)
        if not 70 <= nw <= 180:
            bad(rid, "reference has %d words (want 70-180)" % nw)
        if r["mode"] == "summary" and not n_words(cand) < nw:
            bad(rid, "summary not shorter than reference (%d vs %d words)" % (n_words(cand), nw))
        if r["mode"] == "summary" and not len(cand) < len(ref):
            bad(rid, "summary not shorter than reference in characters")

        label = r["label"]
        if label == "consistent":
            if r["errors"]:
                bad(rid, "consistent pair with errors")
            if not 2 <= len(r["traps"]) <= 5:
                bad(rid, "consistent pair has %d traps (want 2-5)" % len(r["traps"]))
        else:
            if not 1 <= len(r["errors"]) <= 2:
                bad(rid, "inconsistent pair has %d errors (want 1-2)" % len(r["errors"]))

        spans = []
        for e in r["errors"]:
            s, t = e["start"], e["end"]
            if e["type"] not in ERROR_TYPES:
                bad(rid, "bad error type %r" % e["type"])
            if e["severity"] not in SEVERITIES:
                bad(rid, "bad severity %r" % e["severity"])
            if cand[s:t] != e["text"]:
                bad(rid, "error offsets do not match text %r" % e["text"])
            if cuts_word(cand, s, t):
                bad(rid, "error span cuts a word: %r" % e["text"])
            if e["type"] == "omission":
                if s != t or e["text"] != "":
                    bad(rid, "omission must be empty")
                if r["mode"] == "summary":
                    bad(rid, "omission in a summary")
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad(rid, "omission ref_text not in reference")
                elif e["ref_text"].lower() in cand.lower():
                    bad(rid, "omitted words %r are present in candidate" % e["ref_text"])
                spans.append((s, t, "omission"))
            else:
                if s >= t:
                    bad(rid, "empty non-omission span")
                if e["text"] != e["text"].strip():
                    bad(rid, "error span has edge whitespace: %r" % e["text"])
                if e["type"] in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        bad(rid, "%s must have ref_text null" % e["type"])
                else:
                    if not e["ref_text"] or e["ref_text"] not in ref:
                        bad(rid, "error ref_text %r not in reference" % e["ref_text"])
                    if e["ref_text"] == e["text"]:
                        bad(rid, "error text identical to ref_text %r" % e["text"])
                spans.append((s, t, "error " + e["text"]))
        for tr in r["traps"]:
            s, t = tr["start"], tr["end"]
            if s >= t or cand[s:t] != tr["text"]:
                bad(rid, "trap offsets do not match text %r" % tr["text"])
            if tr["text"] != tr["text"].strip():
                bad(rid, "trap span has edge whitespace: %r" % tr["text"])
            if cuts_word(cand, s, t):
                bad(rid, "trap span cuts a word: %r" % tr["text"])
            if not tr["ref_text"] or tr["ref_text"] not in ref:
                bad(rid, "trap ref_text %r not in reference" % tr["ref_text"])
            if tr["ref_text"] == tr["text"]:
                bad(rid, "trap text identical to its ref_text %r" % tr["text"])
            spans.append((s, t, "trap " + tr["text"]))
        # no overlaps (an omission point may not fall strictly inside another span)
        spans.sort()
        for i in range(len(spans)):
            for j in range(i + 1, len(spans)):
                a, b = spans[i], spans[j]
                if a[0] == a[1] or b[0] == b[1]:
                    p, q = (a, b) if a[0] == a[1] else (b, a)
                    if q[0] < p[0] < q[1]:
                        bad(rid, "omission point inside span %s" % q[2])
                elif a[0] < b[1] and b[0] < a[1]:
                    bad(rid, "spans overlap: %s / %s" % (a[2], b[2]))

    # composition
    labels = Counter(r["label"] for r in records)
    modes = Counter(r["mode"] for r in records)
    etypes = Counter(e["type"] for r in records for e in r["errors"])
    n_err = sum(etypes.values())
    if len(records) != WANT_PAIRS:
        problems.append("%d pairs (want %d)" % (len(records), WANT_PAIRS))
    if labels["consistent"] != WANT_CONSISTENT or labels["inconsistent"] != WANT_INCONSISTENT:
        problems.append("labels %s (want %d/%d)" % (dict(labels), WANT_CONSISTENT, WANT_INCONSISTENT))
    for m, k in WANT_MODES.items():
        if modes[m] != k:
            problems.append("mode %s: %d (want %d)" % (m, modes[m], k))
    if n_err != WANT_ERRORS:
        problems.append("%d errors (want %d)" % (n_err, WANT_ERRORS))
    for t in ERROR_TYPES:
        if etypes[t] < MIN_PER_TYPE:
            problems.append("error type %s: %d (want >= %d)" % (t, etypes[t], MIN_PER_TYPE))
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    if sev["minor"] > sev["major"] + sev["critical"]:
        problems.append("too many minor errors")
    domains = Counter(r["domain"] for r in records)
    if len(domains) < 12:
        problems.append("only %d domains" % len(domains))
    return problems


def summary_lines(records):
    labels = Counter(r["label"] for r in records)
    modes = Counter(r["mode"] for r in records)
    by_mode_label = Counter((r["mode"], r["label"]) for r in records)
    etypes = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    n_traps = sum(len(r["traps"]) for r in records)
    n_traps_cons = sum(len(r["traps"]) for r in records if r["label"] == "consistent")
    out = [
        "pairs: %d (%s)" % (len(records), ", ".join("%s %d" % kv for kv in sorted(labels.items()))),
        "modes: %s" % ", ".join("%s %d" % kv for kv in sorted(modes.items())),
        "mode x label: %s" % ", ".join("%s/%s %d" % (m, l, n) for (m, l), n in sorted(by_mode_label.items())),
        "errors: %d (%s)" % (sum(etypes.values()), ", ".join("%s %d" % (t, etypes[t]) for t in ERROR_TYPES)),
        "severity: %s" % ", ".join("%s %d" % (s, sev[s]) for s in SEVERITIES),
        "traps: %d (%d in consistent pairs)" % (n_traps, n_traps_cons),
        "domains: %d" % len(set(r["domain"] for r in records)),
        "reference words: %d-%d" % (min(n_words(r["reference"]) for r in records),
                                    max(n_words(r["reference"]) for r in records)),
    ]
    return out


def main(argv):
    check_only = "--check" in argv[1:]
    records, problems = [], []
    for c in CASES:
        try:
            rec, probs = build_record(c)
        except ValueError as exc:
            problems.append(str(exc))
            continue
        records.append(rec)
        problems.extend("%s: %s" % (c["id"], p) for p in probs)
    problems = validate(records, problems)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print("%d problem(s); nothing written" % len(problems), file=sys.stderr)
        return 1
    for line in summary_lines(records):
        print(line)
    if check_only:
        print("check passed; nothing written")
        return 0
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), OUT_NAME)
    with open(out, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
