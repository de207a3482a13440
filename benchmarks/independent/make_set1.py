#!/usr/bin/env python3
"""Independent proxy corpus of reference/candidate pairs for factual-consistency checking.

Standard library only. Holds 40 cases as Python data, computes every offset
itself, validates, and writes set1.jsonl next to this script.

    python3 make_set1.py           # validate, write set1.jsonl, print counts
    python3 make_set1.py --check   # validate only
"""
import json
import os
import re
import sys
from collections import Counter


def E(text, type_, severity, ref, occ=0, after=None, before=None):
    """An error. For omissions, text is "" and the point is given by `after`
    (end of a unique anchor) or `before` (start of a unique anchor)."""
    return {"text": text, "type": type_, "severity": severity, "ref_text": ref,
            "occ": occ, "after": after, "before": before}


def T(text, ref, occ=0):
    """A trap: faithful rewording of `ref` (a reference span)."""
    return {"text": text, "ref_text": ref, "occ": occ}


CASES = [
    # ------------------------------------------------------------------ REWRITE, consistent
    dict(
        domain="politics", mode="rewrite",
        reference=(
            "Voters in the coastal province of Varnholm re-elected Governor Teodora Balas on Sunday with "
            "54.2 per cent of the vote, according to the provincial electoral commission. Her main "
            "challenger, former mayor Anselm Krut of the Civic Renewal party, took 38.9 per cent. Turnout "
            "reached 61 per cent, up from 57 per cent four years ago. Balas, who first took office in 2019, "
            "campaigned on expanding ferry links to the outlying islands and freezing property taxes. Krut "
            "conceded late on Sunday evening and said his party would hold the governor to her promises. "
            "The new provincial assembly will convene on 14 October."
        ),
        candidate=(
            "Governor Teodora Balas was returned to office on Sunday by voters in Varnholm, a coastal "
            "province, with 54.2% of the vote, the provincial electoral commission said. Her main rival, "
            "Anselm Krut, a former mayor standing for the Civic Renewal party, received 38.9%. Turnout rose "
            "to 61 per cent from 57 per cent four years ago. Balas, in office since 2019, had campaigned on "
            "freezing property taxes and expanding ferry links to the outlying islands. Krut admitted defeat "
            "late on Sunday evening and said his party would hold the governor to her promises. The new "
            "provincial assembly will convene on October 14."
        ),
        errors=[],
        traps=[
            T("was returned to office", "re-elected"),
            T("54.2%", "54.2 per cent"),
            T("in office since 2019", "who first took office in 2019"),
            T("admitted defeat", "conceded"),
            T("October 14", "14 October"),
        ],
    ),
    dict(
        domain="science", mode="rewrite",
        reference=(
            "Researchers at the Halvorsen Institute of Marine Biology have found that juvenile sea turtles "
            "off the Pellucid Coast navigate using faint variations in the Earth's magnetic field. The team, "
            "led by biologist Dr. Mireille Okonkwo-Strand, fitted 48 hatchlings with lightweight trackers and "
            "followed them for nine months. Turtles released in a tank where the magnetic field had been "
            "altered swam in the wrong direction roughly two-thirds of the time. The findings, published on "
            "Wednesday in the journal Oceanic Behaviour, could help conservationists decide where to release "
            "rescued animals. Okonkwo-Strand said the next phase would test whether older turtles rely on the "
            "same cues. The study was funded by the Northern Seas Trust."
        ),
        candidate=(
            "Young sea turtles off the Pellucid Coast find their way by sensing slight differences in the "
            "planet's magnetic field, according to researchers at the Halvorsen Institute of Marine Biology. "
            "Led by Dr. Mireille Okonkwo-Strand, a biologist, the team attached light tracking devices to 48 "
            "hatchlings and monitored them for three-quarters of a year. When placed in a tank with a "
            "modified magnetic field, the turtles headed the wrong way in about two out of every three "
            "trials. The results appeared in the journal Oceanic Behaviour on Wednesday and may help "
            "conservationists choose where to release rescued animals. According to Okonkwo-Strand, the next "
            "stage will examine whether older turtles depend on the same cues. Funding came from the "
            "Northern Seas Trust."
        ),
        errors=[],
        traps=[
            T("Young sea turtles", "juvenile sea turtles"),
            T("planet's magnetic field", "Earth's magnetic field"),
            T("three-quarters of a year", "nine months"),
            T("about two out of every three trials", "roughly two-thirds of the time"),
            T("Funding came from the Northern Seas Trust", "The study was funded by the Northern Seas Trust"),
        ],
    ),
    dict(
        domain="culture", mode="rewrite",
        reference=(
            "The Corvell Museum of Modern Art will reopen on 2 May after an 18-month renovation that cost "
            "41 million euros. The project, designed by the architecture firm Ostrander & Vey, added a "
            "rooftop sculpture garden and doubled the exhibition space to 6,000 square metres. The opening "
            "show will feature about 120 works by the painter Lucja Ferrant, who died in 1998. Museum "
            "director Hamid Sarrouf said admission would be free for visitors under 18. Around a third of the "
            "cost was paid by the city, with the rest coming from private donors."
        ),
        candidate=(
            "After a renovation lasting a year and a half and costing €41 million, the Corvell Museum of "
            "Modern Art will reopen on May 2. The architecture firm Ostrander & Vey, which designed the "
            "project, has given the building a sculpture garden on its roof and twice as much room for "
            "exhibitions, now 6,000 square metres. Roughly 120 works by Lucja Ferrant, a painter who died in "
            "1998, will make up the opening show. Visitors under 18 will get in free, according to the "
            "museum's director, Hamid Sarrouf. The city covered about one-third of the bill and private "
            "donors paid the remainder."
        ),
        errors=[],
        traps=[
            T("a year and a half", "18-month"),
            T("€41 million", "41 million euros"),
            T("May 2", "2 May"),
            T("twice as much room for exhibitions", "doubled the exhibition space"),
            T("about one-third of the bill", "Around a third of the cost"),
        ],
    ),
    dict(
        domain="technology", mode="rewrite",
        reference=(
            "Telvari Systems said on Monday it had fixed a software flaw that left the payment terminals of "
            "about 30,000 small retailers open to attack. The company was alerted to the problem on 9 January "
            "by an independent security researcher, Pieter Vanlanden. It released an update eight days later "
            "and said it had found no evidence that criminals had exploited the weakness. Affected shops were "
            "told to restart their terminals to install the patch. Telvari, based in the port city of "
            "Dunmark, supplies card readers to retailers in six countries. Its shares rose 2 per cent in "
            "early trading."
        ),
        candidate=(
            "A software weakness that had exposed the payment terminals of roughly 30,000 small retailers to "
            "attack has been repaired, Telvari Systems announced on Monday. Pieter Vanlanden, an independent "
            "security researcher, warned the company about the flaw on January 9, and a fix was issued on "
            "January 17. Telvari said it had seen no sign that the weakness had been exploited by criminals. "
            "Shops that were affected were instructed to reboot their terminals so the patch would install. "
            "Telvari, whose headquarters are in the port city of Dunmark, sells card readers to retailers in "
            "six countries. Its stock gained 2% in early trade."
        ),
        errors=[],
        traps=[
            T("January 9", "9 January"),
            T("a fix was issued on January 17", "It released an update eight days later"),
            T("no sign that the weakness had been exploited by criminals",
              "no evidence that criminals had exploited the weakness"),
            T("reboot", "restart"),
            T("Its stock gained 2%", "Its shares rose 2 per cent"),
        ],
    ),
    dict(
        domain="legal", mode="rewrite",
        reference=(
            "A court in Brennick on Thursday ordered the logistics group Haldane Freight to pay 2.3 million "
            "crowns in damages to a former warehouse manager, Oskar Lindqvist-Mara. Lindqvist-Mara had sued "
            "the company after he was dismissed in 2021 for reporting safety breaches to a labour inspector. "
            "Judge Rosalind Achterberg ruled that the dismissal was unlawful and amounted to retaliation. "
            "Haldane Freight said it was disappointed with the verdict and was studying it before deciding "
            "whether to appeal. The company has 21 days to lodge an appeal."
        ),
        candidate=(
            "Haldane Freight, a logistics group, must pay damages of 2.3m crowns to Oskar Lindqvist-Mara, who "
            "used to manage one of its warehouses, a Brennick court ruled on Thursday. He had brought the "
            "lawsuit after the company fired him in 2021 for telling a labour inspector about safety "
            "breaches. Judge Rosalind Achterberg found that the sacking was unlawful and amounted to "
            "retaliation. The company said it was disappointed by the verdict and was studying it before "
            "deciding whether to appeal. It has three weeks to lodge one."
        ),
        errors=[],
        traps=[
            T("2.3m crowns", "2.3 million crowns"),
            T("who used to manage one of its warehouses", "a former warehouse manager"),
            T("the company fired him", "he was dismissed"),
            T("the sacking", "the dismissal"),
            T("three weeks", "21 days"),
        ],
    ),
    dict(
        domain="sports", mode="rewrite",
        reference=(
            "Ferrow United beat Calder Athletic 3-1 on Saturday to move to the top of the Northern League "
            "for the first time since 2008. Striker Emeka Lowdon scored twice in the first half, and "
            "midfielder Jonas Tervik added a third from a free kick in the 71st minute. Calder pulled one back "
            "through a penalty from captain Ruari Glass five minutes from the end. The crowd of 18,400 was "
            "the largest at Ferrow's Eastmoor ground this season. Ferrow lead second-placed Dunsby Rovers by "
            "one point with four matches left."
        ),
        candidate=(
            "A 3-1 win over Calder Athletic on Saturday took Ferrow United to the summit of the Northern "
            "League, a position they had not held since 2008. Emeka Lowdon, the Ferrow striker, struck twice "
            "before half-time, and Jonas Tervik, a midfielder, made it three with a free kick in the 71st "
            "minute. Calder's captain, Ruari Glass, converted a penalty in the 85th minute to pull one back. "
            "The attendance of 18,400 was the biggest at Eastmoor, Ferrow's home ground, this season. With "
            "four games to go, Ferrow are a point clear of Dunsby Rovers in second place."
        ),
        errors=[],
        traps=[
            T("the summit of the Northern League", "the top of the Northern League"),
            T("a position they had not held since 2008", "for the first time since 2008"),
            T("before half-time", "in the first half"),
            T("in the 85th minute", "five minutes from the end"),
            T("a point clear of Dunsby Rovers in second place", "lead second-placed Dunsby Rovers by one point"),
        ],
    ),
    # ------------------------------------------------------------------ REWRITE, inconsistent
    dict(
        domain="legal", mode="rewrite",
        reference=(
            "Police in the river town of Aldmere have charged a 34-year-old man over a fire that destroyed a "
            "furniture warehouse last week, a spokeswoman said on Friday. The blaze on the night of 12 March "
            "caused damage estimated at 900,000 pounds but no injuries. Investigators found traces of petrol "
            "at two points inside the building. The suspect, named as Corran Pettigrew, is due to appear "
            "before Aldmere magistrates on Monday. A second man questioned in connection with the fire has "
            "been released without charge. The warehouse belonged to the family firm Dowling & Shay."
        ),
        candidate=(
            "A 34-year-old man has been detained by police in Aldmere, a river town, over last week's fire "
            "that destroyed a furniture warehouse, a police spokeswoman said on Friday. Damage from the blaze on "
            "the night of March 12 was put at £900,000, though no one was hurt. Traces of petrol were "
            "discovered by investigators at two points inside the building. The suspect, named as Corran "
            "Pettigrew, is due to appear before Aldmere magistrates on Monday. Another man who had been "
            "questioned about the fire has been released without charge. The warehouse was owned by Dowling "
            "& Shay, a family firm."
        ),
        errors=[
            E("has been detained", "event", "major", "have charged"),
        ],
        traps=[
            T("March 12", "12 March"),
            T("£900,000", "900,000 pounds"),
            T("no one was hurt", "no injuries"),
            T("Traces of petrol were discovered by investigators", "Investigators found traces of petrol"),
        ],
    ),
    dict(
        domain="business", mode="rewrite",
        reference=(
            "The shipping company Marrow Line has agreed to buy its smaller rival Estival Cargo for 640 "
            "million dollars, the two firms said on Tuesday. The deal will give Marrow Line control of 14 "
            "container terminals along the Serran Gulf. Estival shareholders will receive 12.50 dollars per "
            "share, a premium of 28 per cent on Monday's closing price. The takeover still needs approval "
            "from competition regulators in three countries and is expected to close in the second half of "
            "next year. Marrow Line chief executive Ingrid Solheim-Pax said the combined group would keep "
            "both brands."
        ),
        candidate=(
            "Marrow Line and its smaller rival Estival Cargo said on Tuesday they had agreed terms for "
            "Estival Cargo's purchase of Marrow Line, in a deal valued at $640 million. Through the deal, "
            "Marrow Line will gain control of 14 container terminals along the Serran Gulf. Shareholders in "
            "Estival will be paid $12.50 a share, 28% above where the stock closed on Monday. Competition "
            "authorities in three countries must still approve the takeover, which is expected to be "
            "completed in the latter half of next year. Ingrid Solheim-Pax, the chief executive of Marrow "
            "Line, said both brands would be kept by the combined group."
        ),
        errors=[
            E("Estival Cargo's purchase of Marrow Line", "role", "critical",
              "Marrow Line has agreed to buy its smaller rival Estival Cargo"),
        ],
        traps=[
            T("$12.50 a share", "12.50 dollars per share"),
            T("28% above where the stock closed on Monday", "a premium of 28 per cent on Monday's closing price"),
            T("the latter half of next year", "the second half of next year"),
            T("both brands would be kept by the combined group", "the combined group would keep both brands"),
        ],
    ),
    dict(
        domain="weather", mode="rewrite",
        reference=(
            "Heavy rain caused the Tessel River to burst its banks on Tuesday, flooding parts of the market "
            "town of Brackwell and forcing about 1,500 residents from their homes. The regional weather "
            "service said 112 millimetres of rain fell in 24 hours, more than the usual total for the whole "
            "of October. Emergency crews rescued 37 people by boat from the lower town. Two schools and the "
            "main bridge into town were closed. No deaths were reported, but a 70-year-old woman was taken to "
            "hospital with hypothermia. Forecasters expect the river to peak on Wednesday afternoon."
        ),
        candidate=(
            "The Tessel River overflowed on Tuesday after torrential rain, flooding parts of Brackwell, a "
            "market town, and driving around 1,500 people out of their homes. According to the regional "
            "weather service, 112 mm of rain fell within a day, more than normally falls in the entire month "
            "of October. Rescue crews used boats to bring 73 people to safety from the lower town. Two schools "
            "and the main bridge into town were shut. There were no reported deaths. Forecasters say the "
            "river will probably crest on Wednesday afternoon."
        ),
        errors=[
            E("73 people", "number", "major", "37 people"),
            E("", "omission", "major", "a 70-year-old woman was taken to hospital with hypothermia",
              after="There were no reported deaths."),
        ],
        traps=[
            T("overflowed", "burst its banks"),
            T("112 mm", "112 millimetres"),
            T("within a day", "in 24 hours"),
            T("will probably crest", "expect the river to peak"),
        ],
    ),
    dict(
        domain="sports", mode="rewrite",
        reference=(
            "Abigail Mutola-Reyes won the Harrowgate Marathon on Sunday in 2 hours 21 minutes and 7 seconds, "
            "a course record. Mutola-Reyes, 29, was running the race for only the second time. She finished 48 seconds ahead of defending champion Sanne Vollering, who had "
            "led until the 35-kilometre mark. Third place went to Yuki Aramaki-Holt. In the men's race, "
            "Tobias Fenwright held off a late challenge to win in 2:07:55. Organisers said 14,200 runners "
            "started the race in cool, dry conditions, and 13,650 reached the finish."
        ),
        candidate=(
            "Abigail Mutola-Reyes set a course record of 2:21:07 to win the Harrowgate Marathon on Sunday. "
            "It was only the second time the 29-year-old had run the race. She crossed the line 48 seconds in front of Sanne Vollering, the defending champion. Yuki "
            "Aramaki-Holt, who had been in front until the 35 km mark, ended up third. Tobias Fenwright won "
            "the men's race in 2 hours 7 minutes 55 seconds after fending off a late challenge. According "
            "to the organisers, 14,200 runners set off in cool, dry weather and 13,650 finished."
        ),
        errors=[
            E("Yuki Aramaki-Holt", "entity", "major", "Sanne Vollering"),
        ],
        traps=[
            T("2:21:07", "2 hours 21 minutes and 7 seconds"),
            T("2 hours 7 minutes 55 seconds", "2:07:55"),
            T("fending off", "held off"),
            T("13,650 finished", "13,650 reached the finish"),
        ],
    ),
    dict(
        domain="transport", mode="rewrite",
        reference=(
            "The regional rail operator Kestrel Rail will suspend all services on the Orwin Valley line for "
            "six weeks from 3 June while engineers replace a 19th-century viaduct. Replacement buses will run "
            "every 20 minutes during the day and hourly after 9 p.m. The work, costing 27 million pounds, was "
            "brought forward after inspectors found cracks in two of the viaduct's stone piers in January. "
            "Kestrel Rail said the line would reopen before the start of the school term in September. About "
            "4,000 passengers use the line each weekday."
        ),
        candidate=(
            "For six weeks starting on June 3, Kestrel Rail, the regional operator, will halt all trains on "
            "the Orwin Valley line so that engineers can replace a viaduct dating from the 1800s. Buses will "
            "stand in for trains, running every 20 minutes in the daytime and once an hour after 9pm. The "
            "£27m project was moved up after cracks were found by inspectors in January in two of the "
            "viaduct's stone piers. The operator said the line would reopen shortly after the school term "
            "starts in September. Some 4,000 passengers travel on the line every weekday."
        ),
        errors=[
            E("shortly after the school term starts", "date", "major", "before the start of the school term"),
        ],
        traps=[
            T("June 3", "3 June"),
            T("dating from the 1800s", "19th-century"),
            T("once an hour", "hourly"),
            T("£27m project", "The work, costing 27 million pounds"),
        ],
    ),
    dict(
        domain="health", mode="rewrite",
        reference=(
            "A two-year trial involving 2,400 adults in the Pelham district has found that a daily dose of "
            "the blood-pressure drug valtrenolide reduced the risk of stroke by 18 per cent compared with a "
            "placebo. The benefit was seen in patients over 60 but not in younger participants. The trial was "
            "run by the Pelham University Hospital and funded by the national health research council. Side "
            "effects, mostly mild dizziness, were reported by 6 per cent of those taking the drug. Lead "
            "investigator Dr. Halima Brannagh said larger studies were needed before doctors changed "
            "prescribing guidelines."
        ),
        candidate=(
            "Taking the blood-pressure drug valtrenolide every day cut the risk of stroke by 18% against a "
            "placebo, according to a two-year study of 2,400 adults in the Pelham district. The benefit was "
            "seen among patients aged over 60 and among younger participants too. Pelham University Hospital "
            "ran the trial, with funding from the national health research council. Six per cent of those on "
            "the drug reported side effects, mostly mild dizziness. Dr. Halima Brannagh, who led the "
            "research, said larger studies were needed before doctors changed prescribing guidelines."
        ),
        errors=[
            E("and among younger participants too", "polarity", "critical", "but not in younger participants"),
        ],
        traps=[
            T("every day", "daily"),
            T("18%", "18 per cent"),
            T("Pelham University Hospital ran the trial", "The trial was run by the Pelham University Hospital"),
            T("Six per cent of those on the drug reported side effects",
              "were reported by 6 per cent of those taking the drug"),
        ],
    ),
    dict(
        domain="diplomacy", mode="rewrite",
        reference=(
            "The foreign ministers of Ostravia and Kelmar met in the border city of Lisk on Thursday for the "
            "first direct talks between the two countries in five years. After four hours of discussions, "
            "they agreed to reopen their embassies, which were closed in 2020 during a dispute over fishing "
            "rights. The ministers said a joint commission would draw up new rules on fishing in the shared "
            "Verrin Sea by the end of the year. Ostravia's minister, Petra Vanchenko, called the meeting a "
            "fresh start. Her Kelmari counterpart, Aurel Dazhir, said trade talks could follow next spring."
        ),
        candidate=(
            "On Thursday, the foreign ministers of Ostravia and Kelmar held their countries' first "
            "face-to-face talks in five years, meeting in Lisk, a city on the border. Following four hours of "
            "discussions, they decided to reopen the embassies that were shut in 2020 amid a row over fishing "
            "rights. A joint commission will write new rules for fishing in the Verrin Sea, which the two "
            "share, before the year is out, the ministers said. Petra Vanchenko, Ostravia's minister, "
            "described the meeting as a fresh start. Aurel Dazhir, the Kelmari minister, said trade "
            "negotiations would follow next spring."
        ),
        errors=[
            E("trade negotiations would follow next spring", "modality", "major",
              "trade talks could follow next spring"),
        ],
        traps=[
            T("face-to-face", "direct"),
            T("shut in 2020", "closed in 2020"),
            T("a row over fishing rights", "a dispute over fishing rights"),
            T("before the year is out", "by the end of the year"),
        ],
    ),
    dict(
        domain="science", mode="rewrite",
        reference=(
            "Astronomers using the Corriden Observatory's new 4-metre telescope have detected water vapour "
            "in the atmosphere of a planet orbiting a red dwarf star 62 light years from Earth. The planet, "
            "catalogued as TKS-1187 b, is about twice the size of Earth and completes an orbit every 11 days. "
            "The discovery was announced on Tuesday by the observatory's director, Prof. Leopold Nyqvist. He "
            "cautioned that the planet is probably too hot to hold liquid water on its surface. A team led by "
            "Dr. Aiyana Castellow at Morrigan University carried out the analysis. The results will appear "
            "in the Astrophysical Letters next month."
        ),
        candidate=(
            "With the Corriden Observatory's new four-metre telescope, astronomers have detected water vapour "
            "in the atmosphere of a planet circling a red dwarf star 62 light years away. TKS-1187 b, as the "
            "planet is catalogued, is roughly double Earth's size and takes 11 days to go around its star. "
            "Prof. Leopold Nyqvist, who directs the observatory, made the announcement on Tuesday. Dr. Aiyana "
            "Castellow cautioned that the planet is probably too hot for liquid water to exist on its "
            "surface. Her team at Morrigan University, which carried out the analysis, believes the find "
            "makes the planet one of the best targets yet in the search for life. The findings are due to "
            "appear next month in the Astrophysical Letters."
        ),
        errors=[
            E("Dr. Aiyana Castellow cautioned", "attribution", "major", "He cautioned"),
            E("believes the find makes the planet one of the best targets yet in the search for life",
              "addition", "major", None),
        ],
        traps=[
            T("four-metre", "4-metre"),
            T("roughly double Earth's size", "about twice the size of Earth"),
            T("takes 11 days to go around its star", "completes an orbit every 11 days"),
            T("who directs the observatory", "the observatory's director"),
        ],
    ),
    dict(
        domain="agriculture", mode="rewrite",
        reference=(
            "Farmers in the Drennan Plains expect this year's wheat harvest to be the smallest in a decade "
            "after a dry spring and a late frost in May. The regional growers' association forecast output of "
            "1.8 million tonnes, down 22 per cent from last year. Prices at the Saltmarsh grain exchange have "
            "risen by about a fifth since April. The association's chair, Wilbur Eskdale, urged the "
            "government to release emergency funds for farmers who lost more than half their crop. The "
            "agriculture ministry said it would assess the damage before making any decision."
        ),
        candidate=(
            "After a dry spring followed by a late frost in May, farmers in the Drennan Plains are bracing for "
            "their smallest wheat harvest in ten years. The regional growers' association expects output of "
            "1.8m tonnes, 22% less than last year. On the Saltmarsh grain exchange, prices have climbed "
            "roughly 20% since April. Wilbur Eskdale, who chairs the association, called on the government to "
            "free up emergency funds for farmers. The agriculture ministry said it would evaluate the damage "
            "before deciding anything."
        ),
        errors=[
            E("", "omission", "major", "who lost more than half their crop",
              after="free up emergency funds for farmers"),
        ],
        traps=[
            T("ten years", "a decade"),
            T("1.8m tonnes", "1.8 million tonnes"),
            T("22% less than last year", "down 22 per cent from last year"),
            T("climbed roughly 20%", "risen by about a fifth"),
        ],
    ),
    dict(
        domain="politics", mode="rewrite",
        reference=(
            "The mayor of Quillby, Desmond Arkwright-Ley, announced on Wednesday that he would not seek a "
            "third term in next year's municipal election. Arkwright-Ley, 67, said he wanted to spend more "
            "time with his family after eight years in office. His deputy, Noor Haddadin, is widely expected "
            "to run for the post. During his tenure the city opened a new tram line and cut its debt by a "
            "third. Opposition councillors welcomed the decision and said the city needed fresh leadership."
        ),
        candidate=(
            "Desmond Arkwright-Ley, Quillby's mayor, said on Wednesday he will not stand for a third term at "
            "next year's municipal election. The 67-year-old, who has been mayor for eight years, said he "
            "wanted to spend more time with his family. Noor Haddadin, his deputy, is widely expected to run "
            "for the job. Under his leadership the city opened a new tram line and reduced its debt by "
            "one-third. Opposition councillors welcomed his decision, saying the city needed fresh "
            "leadership. Noor Haddadin, his deputy, is widely expected to run for the job."
        ),
        errors=[
            E("Noor Haddadin, his deputy, is widely expected to run for the job.", "repetition", "minor",
              None, occ=1),
        ],
        traps=[
            T("will not stand for a third term", "would not seek a third term"),
            T("The 67-year-old", "Arkwright-Ley, 67,"),
            T("who has been mayor for eight years", "after eight years in office"),
            T("reduced its debt by one-third", "cut its debt by a third"),
        ],
    ),
    # ------------------------------------------------------------------ SUMMARY, consistent
    dict(
        domain="health", mode="summary",
        reference=(
            "Health officials in the province of Marisca have confirmed an outbreak of measles that has "
            "infected 46 people, most of them children under ten. The first case was identified on 2 "
            "February at a primary school in the town of Vell. Since then, cases have been reported in four "
            "other towns. Eleven patients have been treated in hospital, and all are recovering. The "
            "provincial health department has opened extra vaccination clinics and urged parents to check "
            "that their children have received both doses of the vaccine. Officials said vaccination rates "
            "in the affected area had fallen to 81 per cent, well below the 95 per cent needed to prevent "
            "outbreaks."
        ),
        candidate=(
            "Marisca's health authorities have confirmed a measles outbreak with 46 infections, mainly among "
            "under-10s, since the first case surfaced at a primary school in Vell on February 2. Eleven "
            "people have needed hospital care and all are getting better. Extra vaccination clinics have "
            "opened, and officials say coverage in the area has dropped to 81%, far short of the 95 per cent "
            "needed to prevent outbreaks."
        ),
        errors=[],
        traps=[
            T("mainly among under-10s", "most of them children under ten"),
            T("February 2", "2 February"),
            T("Eleven people have needed hospital care", "Eleven patients have been treated in hospital"),
            T("getting better", "recovering"),
            T("dropped to 81%", "fallen to 81 per cent"),
        ],
    ),
    dict(
        domain="diplomacy", mode="summary",
        reference=(
            "The governments of Sorvania and the Republic of Tashket signed an agreement on Monday ending a "
            "30-year dispute over the Halden Islands. Under the deal, Sorvania will keep sovereignty over the "
            "three islands, while Tashket will receive fishing rights in the surrounding waters for 50 years. "
            "The treaty was signed in the neutral capital of Brisa by Sorvanian President Emil Korhaug and "
            "Tashket's prime minister, Leyla Omarova-Penn. It must now be ratified by both parliaments. About "
            "800 people live on the islands, most of whom work in fishing or tourism. Regional observers "
            "described the agreement as the most significant in the area since the 1990s."
        ),
        candidate=(
            "Sorvania and Tashket on Monday ended their three-decade quarrel over the Halden Islands with a "
            "treaty, signed in Brisa, that leaves the three islands under Sorvanian sovereignty and gives "
            "Tashket half a century of fishing rights in the surrounding waters. President Emil Korhaug and "
            "Prime Minister Leyla Omarova-Penn signed the pact, which both parliaments still have to ratify."
        ),
        errors=[],
        traps=[
            T("three-decade quarrel", "30-year dispute"),
            T("leaves the three islands under Sorvanian sovereignty",
              "Sorvania will keep sovereignty over the three islands"),
            T("half a century", "50 years"),
            T("which both parliaments still have to ratify", "It must now be ratified by both parliaments"),
        ],
    ),
    dict(
        domain="agriculture", mode="summary",
        reference=(
            "Dairy farmers in the Lowmoor valley have formed a cooperative to build their own cheese plant, "
            "hoping to escape low prices paid by large processors. The 63 farms in the Lowmoor Dairy "
            "Cooperative together produce about 90 million litres of milk a year. The plant, which will cost "
            "14 million euros, is scheduled to open in the spring of 2026 and employ 40 people. Half of the "
            "money will come from members, and the rest from a regional development loan. Cooperative chair "
            "Brigid Ollerenshaw said members currently receive 34 cents a litre, less than it costs many of "
            "them to produce the milk. The cooperative plans to sell aged cheeses to supermarkets and "
            "specialist shops."
        ),
        candidate=(
            "Sixty-three Lowmoor valley dairy farms, which between them produce roughly 90m litres of milk a "
            "year, have formed a cooperative to build a €14 million cheese plant, due to open in spring 2026 "
            "with 40 jobs. Members will put up 50% of the cost and a regional development loan will cover the "
            "remainder. The cooperative's chair, Brigid Ollerenshaw, said the 34 cents a litre that members "
            "now receive is less than many of them spend producing the milk."
        ),
        errors=[],
        traps=[
            T("Sixty-three", "63"),
            T("roughly 90m litres", "about 90 million litres"),
            T("€14 million", "14 million euros"),
            T("40 jobs", "employ 40 people"),
            T("50% of the cost", "Half of the money"),
        ],
    ),
    dict(
        domain="business", mode="summary",
        reference=(
            "Brenholt Foods reported a net profit of 212 million dollars for the year to March, up from 168 "
            "million a year earlier, helped by strong sales of its frozen meals. Revenue rose 9 per cent to "
            "3.4 billion dollars. The company, based in Ardley, said it would raise its dividend by 10 per "
            "cent and buy back up to 150 million dollars of its own shares. Chief executive Marguerite "
            "Okafor-Lind warned that higher packaging costs could weigh on margins in the coming year. The "
            "company plans to open a new factory in the town of Sedgecombe in 2025, creating about 300 jobs."
        ),
        candidate=(
            "Ardley-based Brenholt Foods lifted its net profit to $212m in the year to March from $168m, as "
            "frozen meals sold strongly and revenue grew 9% to $3.4bn. It will increase its dividend by a "
            "tenth and repurchase as much as $150m of its own shares. Chief executive Marguerite Okafor-Lind "
            "said higher packaging costs might squeeze margins in the coming year."
        ),
        errors=[],
        traps=[
            T("$212m", "212 million dollars"),
            T("$3.4bn", "3.4 billion dollars"),
            T("by a tenth", "by 10 per cent"),
            T("repurchase as much as $150m", "buy back up to 150 million dollars"),
            T("might squeeze margins", "could weigh on margins"),
        ],
    ),
    dict(
        domain="science", mode="summary",
        reference=(
            "Geologists from the Varga Institute have dated a set of fossilised footprints found on the shore "
            "of Lake Tamsin to about 1.2 million years ago, making them the oldest human-like tracks in the "
            "region. The 27 prints were uncovered in 2022 after a storm washed away a layer of sediment. "
            "Using a technique that measures the decay of radioactive elements in volcanic ash, the team "
            "found the ash above and below the prints to be 1.15 and 1.25 million years old. Lead author Dr. "
            "Ruth Ambala-Crane said the size of the prints suggests they were made by at least three "
            "individuals, including a child. The study appears this week in the Journal of Ancient "
            "Environments."
        ),
        candidate=(
            "Fossilised footprints on the shore of Lake Tamsin are roughly 1.2m years old, geologists at the "
            "Varga Institute say, the oldest human-like tracks in the region. The 27 prints, exposed in 2022 "
            "when a storm stripped away sediment, were dated from layers of volcanic ash lying above and "
            "beneath them. According to lead author Dr. Ruth Ambala-Crane, the size of the prints suggests "
            "they were left by three or more individuals, one of them a child."
        ),
        errors=[],
        traps=[
            T("roughly 1.2m years old", "about 1.2 million years ago"),
            T("when a storm stripped away sediment", "after a storm washed away a layer of sediment"),
            T("three or more individuals", "at least three individuals"),
            T("one of them a child", "including a child"),
        ],
    ),
    # ------------------------------------------------------------------ SUMMARY, inconsistent
    dict(
        domain="transport", mode="summary",
        reference=(
            "The government of Nordreth has postponed plans for a high-speed rail link between the capital, "
            "Ambray, and the northern city of Kilvane, citing rising costs. Transport minister Gideon "
            "Maartens told parliament on Tuesday that the estimated cost of the 310-kilometre line had risen "
            "from 9 billion to 13.5 billion crowns. He said construction, originally due to start next year, "
            "would now begin no earlier than 2029. Business groups in Kilvane criticised the decision, saying "
            "the region had waited too long for better connections. The opposition accused the government "
            "of breaking an election promise."
        ),
        candidate=(
            "Nordreth has scrapped its planned high-speed line between Ambray and Kilvane after the projected "
            "cost of the 310 km route rose by half, to 13.5 billion crowns, transport minister Gideon "
            "Maartens told parliament on Tuesday. Kilvane business groups and the opposition criticised the "
            "decision."
        ),
        errors=[
            E("has scrapped", "event", "major", "has postponed"),
        ],
        traps=[
            T("310 km", "310-kilometre"),
            T("rose by half, to 13.5 billion crowns", "had risen from 9 billion to 13.5 billion crowns"),
            T("Kilvane business groups", "Business groups in Kilvane"),
        ],
    ),
    dict(
        domain="sports", mode="summary",
        reference=(
            "Top seed Valentina Roskova was knocked out of the Marlow Open in the quarter-finals on Thursday "
            "by the unseeded teenager Imogen Blackwood-Sayer, who won 6-4, 3-6, 7-5. Blackwood-Sayer, 17, is "
            "ranked 143rd in the world and came through three qualifying rounds to reach the main draw. "
            "Roskova had won the title in each of the past two years. The match lasted two hours and 40 "
            "minutes. Blackwood-Sayer said afterwards that she had barely slept the night before. "
            "She will play the fifth seed, Catalina Ferreira-Holm, in Saturday's "
            "semi-final."
        ),
        candidate=(
            "Top seed Valentina Roskova knocked out Imogen Blackwood-Sayer 6-4, 3-6, 7-5 in Thursday's "
            "Marlow Open quarter-final. The unseeded 17-year-old, the world No. 143, had come through three "
            "qualifying rounds. Roskova had taken the title in each of the previous two years."
        ),
        errors=[
            E("Valentina Roskova knocked out Imogen Blackwood-Sayer", "role", "critical",
              "Valentina Roskova was knocked out of the Marlow Open in the quarter-finals on Thursday by the "
              "unseeded teenager Imogen Blackwood-Sayer"),
        ],
        traps=[
            T("Thursday's Marlow Open quarter-final", "the Marlow Open in the quarter-finals on Thursday"),
            T("the world No. 143", "ranked 143rd in the world"),
            T("had taken the title in each of the previous two years",
              "had won the title in each of the past two years"),
        ],
    ),
    dict(
        domain="business", mode="summary",
        reference=(
            "Shares in the airline Corvina Air fell 14 per cent on Wednesday after the company cut its profit "
            "forecast for the year, blaming higher fuel prices and a strike by ground staff. The carrier now "
            "expects an operating profit of between 180 and 220 million euros, down from an earlier range of "
            "300 to 340 million. The two-day strike in July forced it to cancel about 1,100 flights. Chief "
            "financial officer Raimund Okello said fuel costs were running 18 per cent above last year's "
            "level. The airline, which carries 21 million passengers a year, said bookings for the autumn "
            "remained strong."
        ),
        candidate=(
            "Corvina Air's shares slid 14% on Wednesday as the airline lowered its annual profit forecast to "
            "between €180 million and €220 million from €300-340 million, blaming costlier fuel and a "
            "two-day ground-staff strike in July that led to some 1,100 flights being cancelled. Its finance "
            "chief, Raimund Okello, said fuel was costing 8% more than a year ago."
        ),
        errors=[
            E("8% more", "number", "major", "18 per cent above"),
        ],
        traps=[
            T("slid 14%", "fell 14 per cent"),
            T("between €180 million and €220 million", "between 180 and 220 million euros"),
            T("some 1,100 flights being cancelled", "cancel about 1,100 flights"),
            T("Its finance chief", "Chief financial officer"),
        ],
    ),
    dict(
        domain="culture", mode="summary",
        reference=(
            "The Ravensholt Film Festival opened on Friday with the premiere of Under the Linden, the first "
            "feature by director Saskia Moerdijk. The festival, now in its 41st year, will screen 212 films "
            "from 38 countries over ten days. This year's jury is headed by the actor Florian "
            "Deschanel-Wirth, who won the festival's top prize as a director in 2009. Organisers said ticket "
            "sales were up 15 per cent on last year. The closing film will be The Long Quiet, a documentary "
            "by Teodor Malinescu about the last lighthouse keepers on the Skarra coast."
        ),
        candidate=(
            "The 41st Ravensholt Film Festival opened on Friday with the premiere of Under the Linden, the "
            "debut feature of Teodor Malinescu, and will show 212 films from 38 countries across ten days. "
            "The actor Florian Deschanel-Wirth, a former winner of the top prize, chairs the jury, and "
            "ticket sales are 15% higher than last year."
        ),
        errors=[
            E("Teodor Malinescu", "entity", "major", "Saskia Moerdijk"),
        ],
        traps=[
            T("debut feature", "first feature"),
            T("across ten days", "over ten days"),
            T("chairs the jury", "jury is headed by"),
            T("15% higher than last year", "up 15 per cent on last year"),
        ],
    ),
    dict(
        domain="technology", mode="summary",
        reference=(
            "The data-protection regulator of Velmark has opened an investigation into the messaging app "
            "Chirrup over claims that it shared users' contact lists with advertisers without consent. The "
            "inquiry follows a complaint filed in March by the consumer group FairLink, which said it had "
            "evidence covering about 2.6 million users. Chirrup denied wrongdoing and said it would cooperate "
            "fully. If the regulator finds a breach, the company could be fined up to 4 per cent of its "
            "global annual turnover. Regulator spokesperson Annelie Brooks said the investigation was likely "
            "to take at least six months."
        ),
        candidate=(
            "Velmark's data-protection regulator is investigating Chirrup, a messaging app, over claims that "
            "it passed users' contact lists to advertisers without consent. The regulator says it has "
            "evidence covering some 2.6 million users. Chirrup denies wrongdoing and could face a fine of up "
            "to 4% of its worldwide yearly turnover if a breach is found. The inquiry will take at least six "
            "months, spokesperson Annelie Brooks said."
        ),
        errors=[
            E("The regulator says it has evidence", "attribution", "major",
              "FairLink, which said it had evidence"),
            E("The inquiry will take at least six months", "modality", "minor",
              "the investigation was likely to take at least six months"),
        ],
        traps=[
            T("passed users' contact lists to advertisers", "shared users' contact lists with advertisers"),
            T("some 2.6 million users", "about 2.6 million users"),
            T("could face a fine of up to 4% of its worldwide yearly turnover",
              "could be fined up to 4 per cent of its global annual turnover"),
        ],
    ),
    dict(
        domain="weather", mode="summary",
        reference=(
            "A heatwave has pushed temperatures above 40 degrees Celsius across much of southern Castavia for "
            "the fifth day running, the national weather agency said on Sunday. The town of Orvieda recorded "
            "44.7 degrees on Saturday, a national record for July. Authorities have banned outdoor work "
            "between noon and 5 p.m. in six provinces and opened air-conditioned shelters for elderly people. "
            "Hospitals reported a sharp rise in cases of heatstroke. Forest fires have burned about 3,000 "
            "hectares near the city of Sarenza. Cooler air is expected to arrive from the north on Wednesday."
        ),
        candidate=(
            "Much of southern Castavia has sweltered above 40C for five straight days, with Orvieda hitting "
            "44.7 degrees on Saturday, the highest ever recorded in the country in July. Outdoor work is "
            "banned from midday to 5 p.m. in six provinces, and hospitals report a sharp rise in heatstroke "
            "cases. Forest fires have burned around 3,000 hectares near Sarenza, and hospitals report a sharp "
            "rise in heatstroke cases. Cooler air is expected from the north on Wednesday."
        ),
        errors=[
            E("hospitals report a sharp rise in heatstroke cases", "repetition", "minor", None, occ=1),
        ],
        traps=[
            T("above 40C", "above 40 degrees Celsius"),
            T("for five straight days", "for the fifth day running"),
            T("the highest ever recorded in the country in July", "a national record for July"),
            T("from midday to 5 p.m.", "between noon and 5 p.m."),
        ],
    ),
    dict(
        domain="politics", mode="summary",
        reference=(
            "Election officials in the state of Carrow Bay said on Monday that a recount in the disputed race "
            "for the Harlan district seat would begin on 18 November and take about a week. The first count "
            "gave incumbent Patrice Odwell a lead of just 212 votes over challenger Amira Selvaggio out of "
            "more than 61,000 cast. Selvaggio requested the recount last Friday, citing problems with ballot "
            "scanners at four polling stations. Under state law, a candidate may request a recount when the "
            "margin is under half a per cent. The result must be certified by 2 December."
        ),
        candidate=(
            "A recount in the contested Harlan district race will start on November 18 and last roughly a "
            "week, officials in Carrow Bay said on Monday. Incumbent Patrice Odwell led challenger Amira "
            "Selvaggio by only 212 of more than 61,000 votes in the first count. Selvaggio asked for the "
            "recount last Friday over problems with ballot scanners at four polling stations, and the result "
            "has to be certified by 12 December."
        ),
        errors=[
            E("12 December", "date", "major", "2 December"),
        ],
        traps=[
            T("November 18", "18 November"),
            T("last roughly a week", "take about a week"),
            T("asked for the recount", "requested the recount"),
        ],
    ),
    # ------------------------------------------------------------------ TRANSLATION, consistent
    dict(
        domain="weather", mode="translation",
        reference=(
            "A powerful storm swept across the northern coast of Lendria on Saturday night, bringing winds of "
            "up to 140 kilometres per hour and cutting electricity to about 85,000 homes. The national "
            "meteorological office had issued a red alert for the provinces of Kesmar-Ost and Valdora on "
            "Friday afternoon. Dozens of trees fell onto roads, and the port of Hevel was closed to shipping "
            "for twelve hours. Two people suffered minor injuries when a roof collapsed in the town of Ordan. "
            "By Sunday evening, power had been restored to most households. The storm is moving east and is "
            "expected to weaken over the next two days."
        ),
        candidate=(
            "On Saturday night a violent storm hit Lendria's northern coast with gusts reaching 140 km/h, "
            "leaving roughly 85,000 homes without power. On Friday afternoon the national weather office had "
            "put the provinces of Kesmar-Ost and Valdora on red alert. Dozens of trees came down across "
            "roads, and for half a day no ships could use the port of Hevel. In the town of Ordan, a roof "
            "caved in, slightly injuring two people. Electricity was back on in the majority of households by "
            "Sunday evening. The storm is heading east and should lose strength over the coming two days."
        ),
        errors=[],
        traps=[
            T("140 km/h", "140 kilometres per hour"),
            T("for half a day", "for twelve hours"),
            T("slightly injuring two people", "Two people suffered minor injuries"),
            T("the majority of households", "most households"),
            T("should lose strength", "is expected to weaken"),
        ],
    ),
    dict(
        domain="transport", mode="translation",
        reference=(
            "The city of Montaval will open its first metro line on 1 September, more than three years behind "
            "schedule. The 14-kilometre line has 18 stations and links the central railway station with the "
            "airport in 26 minutes. Construction cost 2.1 billion euros, some 400 million more than first "
            "planned. Trains will run every four minutes at peak times. Mayor Ines Carvalhosa said that a "
            "single ticket would cost 1.80 euros, and that children under twelve would travel free. A second "
            "line towards the southern suburbs is due to be completed in 2031."
        ),
        candidate=(
            "Montaval's first metro line is to open on September 1, over three years later than planned. "
            "Running for 14 km with 18 stops, it will take passengers from the main railway station to the "
            "airport in 26 minutes. Building it cost €2.1 billion, about €400 million above the original "
            "budget. During rush hour a train will leave every four minutes. According to Mayor Ines "
            "Carvalhosa, a single journey will cost €1.80 and under-12s will ride for free. A second line, "
            "serving the southern suburbs, should be finished in 2031."
        ),
        errors=[],
        traps=[
            T("September 1", "1 September"),
            T("over three years later than planned", "more than three years behind schedule"),
            T("€2.1 billion", "2.1 billion euros"),
            T("During rush hour", "at peak times"),
            T("under-12s", "children under twelve"),
        ],
    ),
    dict(
        domain="culture", mode="translation",
        reference=(
            "The novelist Aurelio Santangeli has won this year's Golden Quill, the country's most prestigious "
            "literary prize, for his book The Salt Orchard. The jury, chaired by the critic Benedetta "
            "Ruscoli, chose the novel unanimously from a shortlist of six titles. The book tells the story of "
            "three generations of a family of olive growers on the island of Marrea. Santangeli, 58, will "
            "receive 50,000 euros. His publisher said that sales had tripled since the shortlist was "
            "announced in June. The award ceremony took place on Thursday evening at the Teatro Vasari in "
            "the capital."
        ),
        candidate=(
            "The novelist Aurelio Santangeli has been awarded this year's Golden Quill, the nation's top "
            "literary honour, for his book The Salt Orchard. A jury headed by the critic Benedetta Ruscoli "
            "picked the novel without a dissenting vote from six shortlisted titles. It follows three "
            "generations of an olive-growing family on the island of Marrea. The 58-year-old writer will take "
            "home €50,000. According to his publisher, sales have risen threefold since the shortlist came "
            "out in June. The prize was presented on Thursday evening at the capital's Teatro Vasari."
        ),
        errors=[],
        traps=[
            T("has been awarded", "has won"),
            T("without a dissenting vote", "unanimously"),
            T("The 58-year-old writer", "Santangeli, 58,"),
            T("€50,000", "50,000 euros"),
            T("risen threefold", "tripled"),
        ],
    ),
    dict(
        domain="politics", mode="translation",
        reference=(
            "The Social Alliance won the parliamentary elections in Gravonia on Sunday with 31.4 per cent of "
            "the vote, but fell short of a majority. The party led by Milos Dravecky will have 58 of the 150 "
            "seats in parliament. The conservative National Union came second with 24.9 per cent and 46 "
            "seats. Turnout was 66 per cent, the highest since 2006. Dravecky said he would begin talks with "
            "smaller parties on Monday to form a coalition. President Vesna Kolarova is expected to ask him to "
            "form a government later this week."
        ),
        candidate=(
            "Gravonia's Social Alliance came first in Sunday's parliamentary election, taking 31.4% of votes, "
            "but did not win an outright majority. Milos Dravecky's party secured 58 seats in the 150-member "
            "parliament. In second place was the conservative National Union, on 24.9% and 46 seats. At 66%, "
            "turnout was the highest since 2006. Dravecky said that on Monday he would open coalition talks "
            "with smaller parties. President Vesna Kolarova is expected to give him the task of forming a "
            "government later in the week."
        ),
        errors=[],
        traps=[
            T("came first", "won"),
            T("did not win an outright majority", "fell short of a majority"),
            T("58 seats in the 150-member parliament", "58 of the 150 seats in parliament"),
            T("In second place was the conservative National Union",
              "The conservative National Union came second"),
            T("give him the task of forming a government", "ask him to form a government"),
        ],
    ),
    dict(
        domain="technology", mode="translation",
        reference=(
            "The electronics maker Sundqvist Elektronik will close its factory in the town of Harra by the "
            "end of next year, cutting 620 jobs. The company said the plant, which makes circuit boards for "
            "household appliances, had been losing money for three years. Production will be moved to its "
            "larger site in Vesterby. Union representative Kaisa Lundmark called the decision a heavy blow "
            "for the town, where the factory is the largest private employer. The company said it would offer "
            "retraining to all affected workers and that about 150 of them could be transferred to other "
            "sites."
        ),
        candidate=(
            "Sundqvist Elektronik, an electronics manufacturer, is to shut its plant in Harra before the end "
            "of next year, with the loss of 620 jobs. According to the company, the factory, which produces "
            "circuit boards for domestic appliances, has been loss-making for the past three years. Its output "
            "will be transferred to the company's bigger facility in Vesterby. Kaisa Lundmark, who represents "
            "the union, described the closure as a severe blow to the town, where the plant is the biggest "
            "private-sector employer. Every worker affected will be offered retraining, the company said, "
            "adding that around 150 of them could move to other sites."
        ),
        errors=[],
        traps=[
            T("before the end of next year", "by the end of next year"),
            T("with the loss of 620 jobs", "cutting 620 jobs"),
            T("domestic appliances", "household appliances"),
            T("has been loss-making for the past three years", "had been losing money for three years"),
            T("the biggest private-sector employer", "the largest private employer"),
        ],
    ),
    # ------------------------------------------------------------------ TRANSLATION, inconsistent
    dict(
        domain="disaster", mode="translation",
        reference=(
            "An earthquake of magnitude 6.1 struck the mountainous region of Tarvesh early on Tuesday, "
            "damaging hundreds of buildings. Nine people were injured in the village of Kol-Amir, where "
            "several houses collapsed, according to the regional governor, Faris Haddou. The quake hit at "
            "4.12 a.m. local time at a depth of 10 kilometres. Rescue teams and the army were sent to the "
            "area, and roads to three villages were blocked by landslides. The government has set up tents "
            "for about 2,000 people who spent the night outdoors. Aftershocks continued through the morning."
        ),
        candidate=(
            "Early on Tuesday a 6.1-magnitude earthquake shook the mountainous Tarvesh region, leaving "
            "hundreds of buildings damaged. In Kol-Amir, a village where a number of homes fell down, nine "
            "people were killed, said Faris Haddou, the governor of the region. The tremor occurred at 04:12 "
            "local time, 10 km below the surface. The army and rescue teams were dispatched to the area, and "
            "landslides cut off the roads to three villages. Tents have been put up by the government for "
            "some 2,000 people who had to sleep in the open. Aftershocks went on throughout the morning."
        ),
        errors=[
            E("nine people were killed", "event", "critical", "Nine people were injured"),
        ],
        traps=[
            T("04:12", "4.12 a.m."),
            T("10 km below the surface", "at a depth of 10 kilometres"),
            T("landslides cut off the roads to three villages", "roads to three villages were blocked by landslides"),
            T("Tents have been put up by the government", "The government has set up tents"),
        ],
    ),
    dict(
        domain="legal", mode="translation",
        reference=(
            "The construction company Brasko Bau has filed a lawsuit against the city of Weidenau, demanding "
            "4.7 million euros for unpaid work on a new sports hall. According to the company, the city "
            "refused to pay the final instalments after disputes over delays. The hall opened in autumn "
            "2023, eleven months later than planned. City spokesman Lorenz Habicht said the delays were "
            "caused by the company and that the city had acted within the contract. The regional court in "
            "Altfeld will hear the case in February."
        ),
        candidate=(
            "Brasko Bau, a building firm, is the target of a lawsuit from the city of Weidenau seeking €4.7 "
            "million for work on a new sports hall that was never paid for. The firm says the city would not "
            "pay the last instalments following arguments over delays. The hall was opened in the autumn of "
            "2023, 11 months behind schedule. Lorenz Habicht, a spokesman for the city, said the company was "
            "responsible for the delays and the city had kept to the terms of the contract. The case will be "
            "heard in February by the regional court in Altfeld."
        ),
        errors=[
            E("Brasko Bau, a building firm, is the target of a lawsuit from the city of Weidenau", "role",
              "critical", "Brasko Bau has filed a lawsuit against the city of Weidenau"),
        ],
        traps=[
            T("would not pay the last instalments", "refused to pay the final instalments"),
            T("11 months behind schedule", "eleven months later than planned"),
            T("the company was responsible for the delays", "the delays were caused by the company"),
            T("The case will be heard in February by the regional court in Altfeld",
              "The regional court in Altfeld will hear the case in February"),
        ],
    ),
    dict(
        domain="diplomacy", mode="translation",
        reference=(
            "Baltavia's foreign minister, Tomasz Wielgorski, arrived in Meridia on Wednesday for a three-day "
            "visit aimed at easing tensions over a disputed gas pipeline. He will hold talks with President "
            "Anouk Delacroix-Maes on Thursday and address the Meridian parliament on Friday. The pipeline, "
            "which would carry gas from Baltavia to markets in the south, has been on hold since 2022, when "
            "Meridia withdrew its permit. Before leaving, Wielgorski said he hoped for a compromise. Meridian "
            "officials said they would raise environmental concerns about the route across the Sella "
            "wetlands."
        ),
        candidate=(
            "Tomasz Wielgorski, the foreign minister of Baltavia, reached Meridia on Wednesday at the start of "
            "a three-day trip intended to calm tensions over a contested gas pipeline. He is scheduled to meet "
            "President Anouk Delacroix-Maes on Thursday and to speak before the Meridian parliament on Friday. "
            "The pipeline, meant to transport gas from Meridia to southern markets, has been frozen since "
            "Meridia revoked its permit in 2022. Wielgorski said prior to his departure that he was hoping for "
            "a compromise. Officials in Meridia said they would voice environmental objections to the route, "
            "which crosses the Sella wetlands."
        ),
        errors=[
            E("from Meridia", "entity", "major", "from Baltavia"),
        ],
        traps=[
            T("reached Meridia", "arrived in Meridia"),
            T("a contested gas pipeline", "a disputed gas pipeline"),
            T("speak before the Meridian parliament", "address the Meridian parliament"),
            T("has been frozen since Meridia revoked its permit in 2022",
              "has been on hold since 2022, when Meridia withdrew its permit"),
        ],
    ),
    dict(
        domain="health", mode="translation",
        reference=(
            "The health ministry of Estoria has approved a new vaccine against dengue fever for use in "
            "children aged six to sixteen. The vaccine, developed by the local laboratory Biofarma Sul, was "
            "shown in trials with 9,000 children to prevent about 80 per cent of severe cases. It will be "
            "given free of charge in the five northern states, where the disease is most common, starting in "
            "March. Health minister Clarisse Mendonca said the ministry had ordered 3 million doses. Children "
            "with weakened immune systems will not be able to receive the vaccine."
        ),
        candidate=(
            "Estoria's ministry of health has authorised a new dengue vaccine for children between six and "
            "sixteen years old. In trials involving 9,000 children, the vaccine, made by the domestic "
            "laboratory Biofarma Sul, prevented around 80% of serious cases. From March it will be offered at "
            "no cost. Minister of health Clarisse Mendonca said 3 million doses had been ordered by the "
            "ministry. The vaccine will not be available to children whose immune systems are weakened."
        ),
        errors=[
            E("", "omission", "major", "in the five northern states, where the disease is most common",
              after="offered at no cost"),
        ],
        traps=[
            T("between six and sixteen years old", "aged six to sixteen"),
            T("around 80%", "about 80 per cent"),
            T("at no cost", "free of charge"),
            T("3 million doses had been ordered by the ministry", "the ministry had ordered 3 million doses"),
        ],
    ),
    dict(
        domain="science", mode="translation",
        reference=(
            "Scientists at the Polar Research Station Kaskinen reported on Monday that sea ice around the "
            "Vaaranen archipelago reached its smallest extent since records began in 1979. Satellite data "
            "showed the ice covered 412,000 square kilometres on 14 September, about 12 per cent less than "
            "the previous low in 2012. The station's head, Dr. Elina Marttila-Holm, said the decline was not "
            "caused by a single warm summer but reflected a long-term trend. Thinner ice also made the region "
            "more dangerous for the seal hunters of the islands. The findings will be presented at a "
            "conference in November."
        ),
        candidate=(
            "Researchers at the Kaskinen polar research station said on Monday that the sea ice surrounding "
            "the Vaaranen islands had shrunk to its smallest area since measurements started in 1979. "
            "According to satellite observations, on 4 September the ice covered 412,000 sq km, some 12% "
            "below the earlier record low of 2012. Dr. Elina Marttila-Holm, who heads the station, said the "
            "shrinking was the result of one unusually warm summer, not of a long-term trend. The thinner ice "
            "has also made the area more hazardous for the islands' seal hunters. The results will be "
            "presented at a conference in November."
        ),
        errors=[
            E("4 September", "date", "major", "14 September"),
            E("the shrinking was the result of one unusually warm summer, not of a long-term trend",
              "polarity", "critical",
              "the decline was not caused by a single warm summer but reflected a long-term trend"),
        ],
        traps=[
            T("412,000 sq km", "412,000 square kilometres"),
            T("some 12% below the earlier record low of 2012", "about 12 per cent less than the previous low in 2012"),
            T("who heads the station", "The station's head"),
            T("more hazardous", "more dangerous"),
        ],
    ),
    dict(
        domain="agriculture", mode="translation",
        reference=(
            "Coffee growers in the highlands of Sambara have harvested a record crop this season, according "
            "to the national coffee board. Production reached 1.36 million bags of 60 kilograms, up 11 per "
            "cent on the previous season. The board attributed the increase to good rainfall and to new, "
            "disease-resistant plants distributed to 12,000 small farmers since 2020. Export prices, however, "
            "have fallen by nearly a quarter since January. Board president Ndaba Kessie warned that many "
            "small farmers could struggle to cover their costs."
        ),
        candidate=(
            "The national coffee board says growers in the Sambara highlands have brought in their "
            "largest-ever harvest this season. Output hit 1.36 million 60-kg bags, an 11% rise on last season. "
            "According to the board, the gain was due to plentiful rain and to new plants resistant to disease "
            "that have been handed out to 12,000 smallholders since 2020. Since January, however, export "
            "prices have dropped by almost 25%, forcing some cooperatives to stockpile beans. The board's "
            "president, Ndaba Kessie, cautioned that many smallholders might find it hard to cover their "
            "costs."
        ),
        errors=[
            E("forcing some cooperatives to stockpile beans", "addition", "major", None),
        ],
        traps=[
            T("largest-ever harvest", "a record crop"),
            T("1.36 million 60-kg bags", "1.36 million bags of 60 kilograms"),
            T("an 11% rise on last season", "up 11 per cent on the previous season"),
            T("dropped by almost 25%", "fallen by nearly a quarter"),
        ],
    ),
    dict(
        domain="legal", mode="translation",
        reference=(
            "The pharmaceutical company Orlen-Vasse has settled a lawsuit brought by 340 former employees who "
            "said they were exposed to harmful solvents at its plant in Crennau. Under the agreement, "
            "announced on Friday, the company will pay a total of 19 million francs without admitting "
            "liability. The workers had sought 45 million francs. The case had been due to go to trial in the "
            "district court next month. The workers' lawyer, Mathilde Rouvier, said the settlement would "
            "allow her clients to receive compensation quickly."
        ),
        candidate=(
            "Orlen-Vasse, a drugmaker, has lost the case brought against it by 340 former staff who said they "
            "had been exposed to dangerous solvents at its factory in Crennau. Under the terms announced on "
            "Friday, the company will pay 19 million francs in total, without accepting liability. The "
            "workers had been seeking 54 million francs. The case had been scheduled for trial at the "
            "district court next month. Mathilde Rouvier, who represents the workers, said the deal meant her "
            "clients could be compensated without delay."
        ),
        errors=[
            E("has lost the case", "event", "critical", "has settled a lawsuit"),
            E("54 million francs", "number", "major", "45 million francs"),
        ],
        traps=[
            T("dangerous solvents", "harmful solvents"),
            T("without accepting liability", "without admitting liability"),
            T("had been scheduled for trial", "had been due to go to trial"),
            T("could be compensated without delay", "receive compensation quickly"),
        ],
    ),
]

# ---------------------------------------------------------------------- composition
EXPECTED = {
    "records": 40,
    "label": {"consistent": 16, "inconsistent": 24},
    "mode": {"rewrite": 16, "summary": 12, "translation": 12},
}
ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality", "attribution", "event",
               "omission", "addition", "repetition"]
MIN_PER_TYPE = {t: 2 for t in ERROR_TYPES}
MIN_PER_TYPE.update({"event": 4, "role": 3, "entity": 3})
SEVERITIES = {"minor", "major", "critical"}
STOP = set("""a an the of in on at to for from by with and or but not no is are was were be been being
has have had will would could should may might can this that these those it its their them they he she
his her him who whom which where when what than then there here as into onto over under about more most
less least some any all each every one two our we you your i me my""".split())
ABBREV = ["Dr.", "Prof.", "p.m.", "a.m.", "No.", "Mr.", "Mrs.", "Ms.", "St."]


def words(s):
    return re.findall(r"[A-Za-z0-9][A-Za-z0-9'\-.,%€£$]*", s)


def n_words(s):
    return len(s.split())


def n_sentences(s):
    t = s
    for a in ABBREV:
        t = t.replace(a, a.replace(".", "_"))
    parts = [p for p in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9\"'])", t.strip()) if p]
    return len(parts)


def find_occ(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def count(hay, needle):
    n, pos = 0, hay.find(needle)
    while pos >= 0:
        n += 1
        pos = hay.find(needle, pos + 1)
    return n


def cuts_word(text, start, end):
    if start > 0 and start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        return True
    if end > 0 and end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        return True
    return False


def locate(cand, text, occ, what, problems):
    n = count(cand, text)
    if n == 0:
        problems.append(f"{what}: {text!r} not found in candidate")
        return None
    if occ == 0 and n != 1:
        problems.append(f"{what}: {text!r} occurs {n} times; give an occurrence index")
        return None
    pos = find_occ(cand, text, occ)
    if pos < 0:
        problems.append(f"{what}: occurrence {occ} of {text!r} not found")
        return None
    return pos


def content_words(s):
    return [w.lower().strip(".,") for w in re.findall(r"[A-Za-z0-9][A-Za-z0-9\-]*", s)
            if w.lower() not in STOP]


def build():
    problems, warnings, records = [], [], []
    for i, c in enumerate(CASES, 1):
        cid = f"px-{i:03d}"
        ref, cand, mode = c["reference"], c["candidate"], c["mode"]
        where = f"{cid}"
        if mode not in EXPECTED["mode"]:
            problems.append(f"{where}: bad mode {mode}")
        rw, rs = n_words(ref), n_sentences(ref)
        if not (80 <= rw <= 200):
            problems.append(f"{where}: reference has {rw} words (want 80-200)")
        if not (4 <= rs <= 8):
            problems.append(f"{where}: reference has {rs} sentences (want 4-8)")
        if mode == "summary" and n_words(cand) >= rw:
            problems.append(f"{where}: summary not shorter than reference")
        if mode in ("rewrite", "translation") and n_words(cand) < 0.75 * rw:
            warnings.append(f"{where}: {mode} candidate much shorter than reference "
                            f"({n_words(cand)} vs {rw} words)")
        if ref == cand:
            problems.append(f"{where}: candidate identical to reference")

        errs, traps, spans = [], [], []
        for e in c["errors"]:
            w = f"{where} error {e['type']}"
            if e["type"] not in ERROR_TYPES:
                problems.append(f"{w}: unknown type")
            if e["severity"] not in SEVERITIES:
                problems.append(f"{w}: bad severity")
            if e["type"] == "omission":
                if mode == "summary":
                    problems.append(f"{w}: omission error in summary mode")
                if e["text"] != "":
                    problems.append(f"{w}: omission text must be empty")
                anchor = e["after"] or e["before"]
                if not anchor:
                    problems.append(f"{w}: omission needs an anchor")
                    continue
                if count(cand, anchor) != 1:
                    problems.append(f"{w}: anchor {anchor!r} occurs {count(cand, anchor)} times")
                    continue
                p = cand.find(anchor) + (len(anchor) if e["after"] else 0)
                start = end = p
                if not e["ref_text"]:
                    problems.append(f"{w}: omission needs ref_text")
                    continue
                if e["ref_text"].lower() in cand.lower():
                    problems.append(f"{w}: omitted words present in candidate")
                present = [x for x in content_words(e["ref_text"])
                           if re.search(r"(?<![A-Za-z0-9])" + re.escape(x) + r"(?![A-Za-z0-9])", cand.lower())]
                if present:
                    problems.append(f"{w}: omitted content words present in candidate: {present}")
            else:
                if not e["text"]:
                    problems.append(f"{w}: empty span")
                    continue
                start = locate(cand, e["text"], e["occ"], w, problems)
                if start is None:
                    continue
                end = start + len(e["text"])
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    problems.append(f"{w}: ref_text must be null")
            else:
                if not e["ref_text"]:
                    problems.append(f"{w}: ref_text missing")
                elif count(ref, e["ref_text"]) == 0:
                    problems.append(f"{w}: ref_text {e['ref_text']!r} not in reference")
            if e["type"] == "repetition":
                first = cand.find(e["text"])
                if not (0 <= first < start):
                    problems.append(f"{w}: repetition is not a later copy of earlier text")
                elif first + len(e["text"]) > start:
                    problems.append(f"{w}: repetition overlaps its original")
            if e["type"] == "addition" and e["text"].lower() in ref.lower():
                problems.append(f"{w}: added text appears in the reference")
            if e["type"] != "omission" and e["ref_text"] and e["text"] == e["ref_text"]:
                problems.append(f"{w}: error span identical to ref_text")
            if cuts_word(cand, start, end):
                problems.append(f"{w}: span cuts a word")
            assert cand[start:end] == e["text"]
            errs.append({"start": start, "end": end, "text": e["text"], "type": e["type"],
                         "severity": e["severity"], "ref_text": e["ref_text"]})
            spans.append((start, end, w))
        for t in c["traps"]:
            w = f"{where} trap {t['text']!r}"
            start = locate(cand, t["text"], t["occ"], w, problems)
            if start is None:
                continue
            end = start + len(t["text"])
            if count(ref, t["ref_text"]) == 0:
                problems.append(f"{w}: ref_text {t['ref_text']!r} not in reference")
            if t["text"] == t["ref_text"]:
                problems.append(f"{w}: trap identical to its ref_text (not a rewording)")
            if cuts_word(cand, start, end):
                problems.append(f"{w}: span cuts a word")
            assert cand[start:end] == t["text"]
            traps.append({"start": start, "end": end, "text": t["text"], "ref_text": t["ref_text"]})
            spans.append((start, end, w))
        # overlaps (zero-width omission points may not fall strictly inside a span)
        for a in range(len(spans)):
            for b in range(a + 1, len(spans)):
                s1, e1, w1 = spans[a]
                s2, e2, w2 = spans[b]
                if s1 == e1 or s2 == e2:
                    p, (s, e) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                    if s < p < e:
                        problems.append(f"{where}: omission point inside span ({w1} / {w2})")
                elif s1 < e2 and s2 < e1:
                    problems.append(f"{where}: overlapping spans {w1} / {w2}")
        label = "inconsistent" if c["errors"] else "consistent"
        if label == "consistent" and not (3 <= len(c["traps"]) <= 5):
            problems.append(f"{where}: consistent pair needs 3-5 traps, has {len(c['traps'])}")
        if label == "inconsistent":
            if not (1 <= len(c["errors"]) <= 2):
                problems.append(f"{where}: inconsistent pair needs 1-2 errors")
            if not (2 <= len(c["traps"]) <= 4):
                problems.append(f"{where}: inconsistent pair needs 2-4 traps, has {len(c['traps'])}")
        errs.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": cid, "domain": c["domain"], "mode": mode, "reference": ref,
                        "candidate": cand, "label": label, "errors": errs, "traps": traps})

    # composition
    if len(records) != EXPECTED["records"]:
        problems.append(f"expected {EXPECTED['records']} records, got {len(records)}")
    lab = Counter(r["label"] for r in records)
    mod = Counter(r["mode"] for r in records)
    if dict(lab) != EXPECTED["label"]:
        problems.append(f"label counts {dict(lab)} != {EXPECTED['label']}")
    if dict(mod) != EXPECTED["mode"]:
        problems.append(f"mode counts {dict(mod)} != {EXPECTED['mode']}")
    et = Counter(e["type"] for r in records for e in r["errors"])
    for t, m in MIN_PER_TYPE.items():
        if et[t] < m:
            problems.append(f"error type {t}: {et[t]} < {m}")

    # names must not be reused across pairs (capitalised words that are not sentence openers)
    common = set("""The A An In On At For From By With And But After Before Under Since During Until
Its It Her His He She They Their Some Much Most Many Every Each Two Three Four Five Six Nine Eleven
Sixty-three According Through When While Whose Who Which Where Early Health Top Election Dairy
Fossilised Farmers Researchers Scientists Astronomers Voters Police Shares Coffee Production
Output Export Board Union Museum Mayor Judge Governor President Prime Minister Chief Lead Opposition
Regional Organisers Officials Authorities Hospitals Forest Cooler Satellite Thinner Rescue Replacement
Buses Trains Turnout Damage Traces Investigators Side Funding Young Taking Shops Affected Visitors
Roughly Heavy Emergency Forecasters No Under-18s Celsius January February March April May June July
August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday
Earth Dr Prof Striker City Construction Building Electricity Tents Aftershocks Cooperative Members
Kilvane's Velmark's Court Competition Marisca's Extra Ardley-based Revenue Transport Business Geologists
Eleven Telvari's Calder's Ferrow's Corvina Republic National Social Civic Northern University Institute
Observatory Letters Journal Astrophysical Environments Ancient Trust Seas Modern Art Film Festival Open
Marathon League Valley River Coast Gulf Sea Plains Islands Station Research Polar Systems Foods Rail Line
Cargo Air Freight Bau Elektronik Sul Quill Orchard Salt Linden Long Quiet Teatro Alliance About""".split())
    seen = {}
    for r in records:
        toks = set(re.findall(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b", r["reference"] + " " + r["candidate"]))
        for tok in toks - common:
            seen.setdefault(tok, set()).add(r["id"])
    for tok, ids in sorted(seen.items()):
        if len(ids) > 1:
            warnings.append(f"capitalised word {tok!r} appears in {sorted(ids)}")
    return records, problems, warnings


def main():
    records, problems, warnings = build()
    for w in warnings:
        print("warning:", w)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print(f"{len(problems)} problem(s); nothing written")
        sys.exit(1)
    if "--check" not in sys.argv:
        out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set1.jsonl")
        with open(out, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"wrote {out} ({os.path.getsize(out)} bytes)")
    lab = Counter(r["label"] for r in records)
    mod = Counter(r["mode"] for r in records)
    ml = Counter((r["mode"], r["label"]) for r in records)
    et = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    dom = Counter(r["domain"] for r in records)
    ntr = sum(len(r["traps"]) for r in records)
    rw = [n_words(r["reference"]) for r in records]
    print(f"records: {len(records)}")
    print("label:", dict(lab))
    print("mode:", {m: f"{mod[m]} ({ml[(m, 'consistent')]} consistent / {ml[(m, 'inconsistent')]} inconsistent)"
                    for m in ("rewrite", "summary", "translation")})
    print(f"errors: {sum(et.values())}:", dict(et.most_common()))
    print("severity:", dict(sev.most_common()))
    print(f"traps: {ntr}")
    print("domains:", dict(dom.most_common()))
    print(f"reference length: {min(rw)}-{max(rw)} words (mean {sum(rw) / len(rw):.0f})")


if __name__ == "__main__":
    main()
