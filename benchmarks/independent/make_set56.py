#!/usr/bin/env python3
"""Held-out evaluation set 56 for a fact-comparison tool.

How this set was made
---------------------
Every pair was hand-written, as Python data in this file, by a helper that saw
no code or data of the project; it worked only from a short written brief.
All people, companies, organisations, places and figures are invented (real
countries appear only as background). Character offsets are never typed by
hand: they are computed here by string search (with an occurrence index where
a quoted text repeats), and every record is validated before writing.

Composition
-----------
* 40 pairs, one domain each (40 different domains).
* Modes: 20 rewrite, 10 summary, 10 translation; half of each mode consistent.
* Labels: 20 consistent, 20 inconsistent.
* 30 annotated errors over eleven types: entity 3, number 4, date 3, role 3,
  polarity 3, modality 3, attribution 2, event 3, omission 2, addition 2,
  repetition 2. Ten inconsistent pairs carry one error, ten carry two.
  Omissions occur only in rewrite and translation pairs.
* Consistent pairs carry 3-5 traps (faithful rewordings a naive checker might
  flag); inconsistent pairs carry 1-3.
* References are 70-190 words in news / agency / corporate / official register.
  In translation pairs both texts are independent English renderings of the
  same (notional) non-English story.

Usage: python3 make_set56.py          # validate and write set56.jsonl
       python3 make_set56.py --check  # validate only, write nothing
"""
import json
import os
import re
import sys

SET_NO = 56
DOMAINS = [
    "clog dancing", "fairground rides", "coconut shies", "hook-a-duck",
    "white elephant stalls", "book swaps", "uniform banks", "warm spaces",
    "tea dances", "ball boys", "ultimate frisbee", "boccia", "snow kiting",
    "icicle warnings", "foghorn keepers", "martello towers", "cold war sites",
    "aurora alerts", "waterspouts", "mudflats", "revolving doors", "coal holes",
    "boot scrapers", "house numbers", "commemorative benches",
    "foundation stones", "ribbon cuttings", "figureheads", "driftwood art",
    "magnet fishing", "lost dogs", "sheepdog displays", "alpaca walks",
    "gymkhanas", "net menders", "whelk sheds", "kipper smoking", "dust devils",
    "listening posts", "skibobs",
]
ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]

CASES = []


def case(domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "reference": reference,
                  "candidate": candidate, "errors": list(errors),
                  "traps": list(traps)})


def err(text, etype, severity, ref_text, occ=None):
    """A span error; ref_text is None for addition and repetition."""
    return {"kind": "span", "text": text, "type": etype,
            "severity": severity, "ref_text": ref_text, "occ": occ}


def omit(ref_text, severity, before=None, after=None, occ=None):
    """An omission at the point just before `before` or just after `after`."""
    return {"kind": "omission", "type": "omission", "severity": severity,
            "ref_text": ref_text, "before": before, "after": after,
            "occ": occ}


def trap(text, ref_text, occ=None):
    return {"text": text, "ref_text": ref_text, "occ": occ}


# ---------------------------------------------------------------------------
# Rewrites, part 1
# ---------------------------------------------------------------------------

case("clog dancing", "rewrite",
     "The Penhallow Clog Society will stage its first public festival in eleven years on Saturday 14 June, "
     "organisers confirmed on Monday. The one-day event, to be held at Brackmoor Corn Exchange, is expected to "
     "draw around 600 dancers from 23 teams across northern England and the Scottish Borders. Festival chair "
     "Morwenna Tylecote said ticket sales had already passed 1,500, roughly double the society's initial "
     "projection. The society received a grant of £18,000 from the Halden Valley Heritage Fund to cover hall hire "
     "and a new sprung floor, which will remain at the venue after the festival. Tylecote said workshops for "
     "beginners would be free for under-16s but would cost £5 for adults. The society, founded in 1974, currently "
     "has 41 members.",
     "Organisers confirmed on Monday that the Penhallow Clog Society will hold its first public festival for "
     "eleven years on 14 June, a Saturday. Some 600 dancers, drawn from 23 teams in northern England and the "
     "Scottish Borders, are likely to attend the day-long event at Brackmoor Corn Exchange. According to festival "
     "chair Morwenna Tylecote, more than 1,500 tickets have already been sold, about twice what the society had "
     "first projected. An £18,000 grant from the Halden Valley Heritage Fund will pay for hall hire and a new "
     "sprung floor, which is to stay at the venue once the festival ends. Beginners' workshops will be free for "
     "those under 16, Tylecote said, while adults will pay £5. The society was founded in 1974 and now has 41 "
     "members.",
     traps=[trap("are likely to attend", "is expected to draw"),
            trap("about twice", "roughly double"),
            trap("day-long", "one-day"),
            trap("those under 16", "under-16s")])

case("fairground rides", "rewrite",
     "Inspectors from the Westmarch Amusement Safety Board closed two rides at the Corrigan Brothers travelling "
     "fair in Dunmere on Thursday evening after finding worn restraint bolts, the board said in a statement on "
     "Friday. The board said the Skyloop and the Thunder Chairs would stay shut until independent engineers had "
     "examined them, a process it expects to take at least ten days. The remaining 17 rides passed inspection and "
     "the fair will continue to operate until 3 August. Fair manager Desmond Corrigan said the company had "
     "replaced restraint bolts on all its rides in March and would cooperate fully with the board. No one was "
     "injured. The fair drew about 9,000 visitors over its opening weekend.",
     "Two rides at the Corrigan Brothers travelling fair in Dunmere were shut on Thursday evening by inspectors "
     "from the Westmarch Amusement Safety Board, who had found worn restraint bolts, the board said in a "
     "statement on Friday. According to the board, the Skyloop and the Thunder Chairs will remain closed until "
     "they have been examined by independent engineers, which it expects to take at least a fortnight. The other "
     "17 rides passed inspection, and the fair will keep running until 3 August. Desmond Corrigan, the fair's "
     "manager, said the company had fitted new restraint bolts on all of its rides in May and would cooperate "
     "fully with the board. Nobody was hurt. Around 9,000 people visited over the opening weekend.",
     errors=[err("a fortnight", "number", "major", "ten days"),
             err("May", "date", "minor", "March")],
     traps=[trap("Nobody was hurt", "No one was injured"),
            trap("keep running", "continue to operate")])

case("coconut shies", "rewrite",
     "Ashcombe Village Fete raised £4,260 for the parish hall roof fund this year, up from £3,100 in 2023, the "
     "fete committee announced on Tuesday. The coconut shy, run by the local scout group for the first time, was "
     "the single biggest earner, taking £780. Committee secretary Priya Hallworth said the committee had decided "
     "to stop using real coconuts next year because of rising prices and would switch to weighted wooden balls "
     "instead. She said the change was not expected to affect takings. About 1,200 people attended the fete, "
     "which was held on the village green on 6 July despite heavy rain in the morning. The roof repairs are "
     "estimated to cost £22,000 in total.",
     "The fete committee said on Tuesday that this year's Ashcombe Village Fete had raised £4,260 towards the "
     "parish hall roof fund, compared with £3,100 in 2023. Taking £780, the coconut shy was the fete's top "
     "earner; it was run for the first time by the local scout group. Because of rising prices, the committee "
     "has decided that real coconuts will not be used next year and weighted wooden balls will replace them, "
     "according to committee secretary Priya Hallworth, who said takings were not expected to suffer. Despite "
     "heavy morning rain, roughly 1,200 people came to the fete on the village green on 6 July. In all, the roof "
     "repairs are estimated at £22,000.",
     traps=[trap("top earner", "single biggest earner"),
            trap("compared with £3,100 in 2023", "up from £3,100 in 2023"),
            trap("takings were not expected to suffer", "the change was not expected to affect takings"),
            trap("heavy morning rain", "heavy rain in the morning")])

case("hook-a-duck", "rewrite",
     "Brightwater Leisure has acquired Quackers Amusements, the Felsham-based supplier of hook-a-duck stalls and "
     "floating games, for an undisclosed sum, the two companies said on Wednesday. Quackers, founded in 1988 by "
     "Alma Pettigrew, supplies around 140 fairs and seaside arcades across the region and employs 35 people. "
     "Brightwater chief executive Connor Vale said all staff would keep their jobs and the Quackers brand would "
     "be retained. Pettigrew, 71, will stay on as a consultant for a year. The deal follows Brightwater's purchase "
     "of the Lantern Pier arcade in 2022. Analysts at Gorseway Securities said the acquisition would give "
     "Brightwater control of roughly a third of the regional market for floating games.",
     "The two companies announced on Wednesday the takeover of Brightwater Leisure by Quackers Amusements, a "
     "Felsham-based supplier of hook-a-duck stalls and floating games, for an undisclosed sum. Quackers, set up "
     "in 1988 by Alma Pettigrew, employs 35 staff and supplies about 140 fairs and seaside arcades in the region. "
     "All employees will keep their jobs and the Quackers name will be kept, according to Brightwater chief "
     "executive Connor Vale. Pettigrew, who is 71, is to remain as a consultant for twelve months. Brightwater "
     "bought the Lantern Pier arcade in 2022. Gorseway Securities analysts said the deal would hand Brightwater "
     "control of about one third of the region's floating-games market.",
     errors=[err("takeover of Brightwater Leisure by Quackers Amusements", "role", "critical",
                 "Brightwater Leisure has acquired Quackers Amusements")],
     traps=[trap("twelve months", "a year"),
            trap("about one third", "roughly a third")])

case("white elephant stalls", "rewrite",
     "St Aldric's Church in Lowerby will not hold its annual white elephant stall this Christmas for the first "
     "time in 30 years, the parish council said on Thursday. Council clerk Simon Ostley said the decision was "
     "taken after volunteers reported that more than half of last year's donated items were broken or unsafe to "
     "sell. The stall raised £1,150 in 2023, compared with an average of £2,000 a year over the previous decade. "
     "Instead, the church will host a 'repair café' on 14 December, where residents can bring small household "
     "items to be fixed free of charge by six volunteer repairers. Ostley said the stall could return in 2025 if "
     "enough good-quality donations were received.",
     "For the first time in three decades, St Aldric's Church in Lowerby will not be holding its yearly white "
     "elephant stall this Christmas, the parish council announced on Thursday. According to council clerk Simon Ostley, "
     "the decision followed reports from volunteers that over 50% of the items donated last year had been broken "
     "or unsafe to sell. Last year the stall took £1,150, against an average of £2,000 annually in the ten years "
     "before. The church will instead hold a 'repair café' on 14 December, at which six volunteer repairers will "
     "fix residents' small household items at no charge. The stall might come back in 2025 if the church "
     "receives enough good-quality donations, Ostley said.",
     traps=[trap("three decades", "30 years"),
            trap("over 50%", "more than half"),
            trap("Last year", "in 2023"),
            trap("at no charge", "free of charge"),
            trap("might come back", "could return")])

case("book swaps", "rewrite",
     "Harlow Fen District Council will install 12 book-swap cabinets at bus shelters across the district by the "
     "end of March, the council said on Monday. The cabinets, built by apprentices at Fenmark Joinery, will cost "
     "£9,600 in total and will be paid for from the council's community fund. Councillor Ruth Abernant, who "
     "proposed the scheme, said residents would not need a library card or membership to use them. Volunteers "
     "from the Harlow Fen Reading Circle have agreed to check the cabinets weekly and remove damaged books. A "
     "similar scheme in neighbouring Cressby was withdrawn last year after repeated vandalism, but Abernant said "
     "the new cabinets would be fitted with toughened glass doors.",
     "By the end of March, 12 book-swap cabinets will be installed at bus shelters around the district, Harlow "
     "Fen District Council said on Monday. The cabinets, which apprentices at Fenmark Joinery are building, will "
     "cost £9,600 altogether, paid for out of the council's community fund. Residents will need a library card "
     "or membership to use them, according to Councillor Ruth Abernant, who proposed the scheme. Volunteers from "
     "the Harlow Fen Reading Circle have agreed to check the cabinets and take out damaged books. A similar "
     "scheme in nearby Cressby was scrapped last year after repeated vandalism, but Abernant said the new "
     "cabinets would have toughened glass doors.",
     errors=[err("will need", "polarity", "major", "would not need"),
             omit("weekly", "minor", after="agreed to check the cabinets")],
     traps=[trap("scrapped", "withdrawn"),
            trap("altogether", "in total")])

case("uniform banks", "rewrite",
     "A school uniform bank run by the charity Threadworks in Kelbury handed out 2,340 items of second-hand "
     "uniform over the summer holidays, almost 40 per cent more than last year, the charity said on Wednesday. "
     "Manager Denise Farrant said demand had been driven by rising living costs, with many families asking for "
     "shoes and winter coats as well as blazers. The bank, which operates from a former bank branch on Mill "
     "Street, relies on donations from 14 local schools. Farrant said stocks of larger sizes were running low and "
     "urged parents to donate outgrown items once the autumn term starts on 4 September. Kelbury Borough Council "
     "gave the charity £5,000 in June to extend opening hours.",
     "Threadworks, the charity behind a school uniform bank in Kelbury, said on Wednesday that it had given away "
     "2,340 pieces of second-hand uniform during the summer holidays, close to two-fifths more than a year "
     "earlier. Rising living costs had fuelled demand, manager Denise Farrant said, and many families had asked "
     "for shoes and winter coats in addition to blazers. Donations from 14 local schools keep the bank going; it "
     "is based in a former bank branch on Mill Street. Stocks of bigger sizes were running short, Farrant said, "
     "and she called on parents to hand in items their children had outgrown once the autumn term begins on 4 "
     "September. In June, Kelbury Borough Council awarded the charity £5,000 so it could open for longer.",
     traps=[trap("close to two-fifths more than a year earlier", "almost 40 per cent more than last year"),
            trap("in addition to", "as well as"),
            trap("running short", "running low"),
            trap("open for longer", "extend opening hours")])

case("warm spaces", "rewrite",
     "Oldmere City Council will open 25 warm spaces in libraries, community centres and church halls from 1 "
     "November, the council's cabinet agreed on Tuesday night. The spaces will offer free hot drinks, Wi-Fi and "
     "phone charging to residents struggling with heating costs, and will be open at least four days a week "
     "until the end of February. Cabinet member for communities Hamid Rasool said the council may extend the "
     "scheme into March if temperatures remain low. The programme will cost £310,000, of which £120,000 comes "
     "from a government hardship grant. Last winter the council ran 18 warm spaces, which recorded around 41,000 "
     "visits.",
     "From 1 November, 25 warm spaces will open in libraries, community centres and church halls in Oldmere, "
     "after the city council's cabinet gave its approval on Tuesday night. Residents who are struggling to pay "
     "for heating will be able to get free hot drinks, Wi-Fi and phone charging at the spaces, which will open "
     "on at least four days each week until the end of February. Hamid Rasool, the cabinet member for "
     "communities, said the council will extend the scheme into March if temperatures stay low. The scheme will "
     "cost £310,000, with £120,000 of that coming from a government hardship grant. Some 41,000 visits were "
     "recorded last winter at the 18 warm spaces the council ran.",
     errors=[err("will extend", "modality", "major", "may extend")],
     traps=[trap("stay low", "remain low"),
            trap("Some 41,000", "around 41,000")])

case("tea dances", "rewrite",
     "The Grand Pavilion in Saltinghame will resume its monthly tea dances in September after a two-year break, "
     "venue owner Corvin Leisure said on Friday. The dances were halted in 2022 when the pavilion's ballroom floor "
     "was found to be rotten. Corvin Leisure spent £85,000 replacing the floor, with a further £12,000 "
     "contributed by the Friends of the Grand Pavilion. Tickets will cost £8, including tea and cake, and the "
     "first dance will take place on Sunday 15 September from 2pm to 5pm with the eight-piece Harbour Lights "
     "Orchestra. General manager Lorna Beckwith said the company hoped to attract younger dancers and would offer "
     "a free beginners' lesson at 1pm before each event.",
     "After a break of two years, tea dances are to return to the Grand Pavilion in Saltinghame every month from "
     "September, Corvin Leisure, which owns the venue, announced on Friday. They were stopped in 2022 after the "
     "ballroom floor was discovered to be rotten. The company paid £85,000 for a new floor, and the Friends of "
     "the Grand Pavilion put in another £12,000. The first dance, accompanied by the eight-piece Harbour Lights "
     "Orchestra, will run from 2pm until 5pm on Sunday 15 September; tickets are £8 and include tea and cake. "
     "Corvin Leisure hopes to bring in younger dancers, said general manager Lorna Beckwith, and a free lesson "
     "for beginners will be held at 1pm ahead of each event.",
     traps=[trap("After a break of two years", "after a two-year break"),
            trap("every month", "monthly"),
            trap("another £12,000", "a further £12,000"),
            trap("bring in younger dancers", "attract younger dancers")])

case("ball boys", "rewrite",
     "Forty-eight pupils from schools in Carrow and Esterby have been chosen as ball boys and ball girls for the "
     "Carrow Open tennis tournament, which starts on 17 June, organisers said on Thursday. The pupils, aged 12 to "
     "16, were selected from more than 300 applicants after four rounds of trials at the Linfield Tennis Centre. "
     "Head of ball crews Tamsin Greaves said the group would train three evenings a week until the tournament. "
     "For the first time, ball crews will be allowed to take a short break after every hour on court because of "
     "concerns about heat. The tournament, now in its 22nd year, is sponsored by the insurer Halcombe Mutual.",
     "Organisers said on Thursday that 48 pupils from schools in Carrow and Esterby have been picked as ball boys "
     "and ball girls for the Carrow Open tennis tournament, which begins on 17 June. The 12- to 16-year-olds were "
     "chosen from more than 300 applicants after four rounds of trials at the Carrow Tennis Centre. Tamsin "
     "Greaves, head of ball crews, said the group would train three evenings a week in the run-up to the "
     "tournament and would be paid for each match they work. Because of concerns about heat, ball crews will for "
     "the first time be allowed a short break after every hour on court. Now in its 22nd year, the tournament is "
     "sponsored by insurer Halcombe Mutual.",
     errors=[err("Carrow Tennis Centre", "entity", "major", "Linfield Tennis Centre"),
             err("and would be paid for each match they work", "addition", "major", None)],
     traps=[trap("in the run-up to the tournament", "until the tournament")])

# ---------------------------------------------------------------------------
# Rewrites, part 2
# ---------------------------------------------------------------------------

case("ultimate frisbee", "rewrite",
     "The Dunholt Discs ultimate frisbee club has been awarded £26,500 by the regional sports council to build a "
     "floodlit pitch at Whinmoor Park, the club said on Saturday. Work is due to begin in October and should be "
     "finished by the end of January, allowing the club's 160 members to train on weekday evenings throughout the "
     "winter. Club captain Ellis Moreland said the club had been forced to cancel 19 training sessions last "
     "winter because of darkness. The club will contribute £4,000 of its own money towards the pitch. Dunholt "
     "Discs, formed in 2011, won the regional mixed league for the second year running in August.",
     "The regional sports council has given Dunholt Discs, an ultimate frisbee club, £26,500 for a floodlit pitch "
     "at Whinmoor Park, the club announced on Saturday. Building work is scheduled to start in October and is "
     "expected to be complete by the end of January, which will let the club's 160 members train on weekday "
     "evenings all winter. Last winter darkness forced the club to call off 19 training sessions, according to "
     "club captain Ellis Moreland. The club will also put £4,000 of its own funds towards the pitch. In August, "
     "Dunholt Discs, which was set up in 2011, won the regional mixed league for a second consecutive year.",
     traps=[trap("is expected to be complete", "should be finished"),
            trap("call off", "cancel"),
            trap("a second consecutive year", "the second year running"),
            trap("set up in 2011", "formed in 2011"),
            trap("all winter", "throughout the winter")])

case("boccia", "rewrite",
     "Kestrel Bay Boccia Club will host the national boccia championships for the first time next April, the "
     "sport's governing body, Boccia Albion, confirmed on Tuesday. About 90 players in four classification groups "
     "are expected to compete over three days at the Kestrel Bay Leisure Centre. Club chair Graham Oduya said the "
     "club had raised £14,000 towards ramps and accessible transport for the event. Boccia Albion will provide "
     "referees and cover the cost of accommodation for players travelling more than 100 miles. The club, which "
     "was founded in 2016 with six members, now has 52 players, including two who competed at last year's "
     "European championships.",
     "Boccia Albion, the sport's governing body, confirmed on Tuesday that next April's national boccia "
     "championships will be hosted by Kestrel Bay Boccia Club, the first time the club has staged them. Around 90 "
     "players in four classification groups are expected to take part over three days at the Kestrel Bay Leisure "
     "Centre. Club chair Graham Oduya said £14,000 had been raised by the club to pay for ramps and accessible "
     "transport for the event. Referees will be supplied by Boccia Albion, which will also pay for accommodation "
     "for players travelling more than 100 miles. The club, founded in 2016 with six members, now has 52 players, "
     "two of whom competed at last year's European championships. Referees will be supplied by Boccia Albion.",
     errors=[err("Referees will be supplied by Boccia Albion", "repetition", "minor", None, occ=1)],
     traps=[trap("two of whom", "including two who"),
            trap("take part", "compete")])

case("snow kiting", "rewrite",
     "Mountain rescue teams in the Skarvell Highlands have urged snow kiters to avoid the Brennock Plateau after "
     "three people were injured there in separate incidents over the past week. Skarvell Mountain Rescue said wind "
     "speeds on the plateau had exceeded 50 miles per hour on several days, and that kiters had been dragged into "
     "rocks and a frozen stream. Team leader Fiona MacAskle said none of the injuries were life-threatening, but "
     "two of the kiters had needed to be airlifted to Dunvallan General Hospital. The team said conditions were "
     "likely to remain hazardous until at least the weekend. Snow kiting on the plateau has grown in popularity "
     "since a local school began offering courses in 2021.",
     "Snow kiters have been urged by mountain rescue teams in the Skarvell Highlands to keep off the Brennock "
     "Plateau, where three people have been hurt in separate incidents over the last seven days. On several days "
     "winds on the plateau topped 50mph, Skarvell Mountain Rescue said, and kiters had been pulled into rocks and "
     "a frozen stream. Team leader Fiona MacAskle said that while none of the injuries was life-threatening, two "
     "of the kiters had to be airlifted to Dunvallan General Hospital. Conditions are expected to stay dangerous "
     "until the weekend at the earliest, the team said. The sport has become increasingly popular on the plateau "
     "since a local school started running courses in 2021.",
     traps=[trap("keep off", "avoid"),
            trap("the last seven days", "the past week"),
            trap("topped 50mph", "exceeded 50 miles per hour"),
            trap("are expected to stay dangerous", "were likely to remain hazardous"),
            trap("until the weekend at the earliest", "until at least the weekend")])

case("icicle warnings", "rewrite",
     "Pedestrians in central Vardholm have been warned to watch out for falling icicles after a woman was struck "
     "on the shoulder on Harbour Street on Monday morning, city officials said. The woman, 64, was treated in "
     "hospital for bruising and released the same day. Vardholm's buildings department said it had sent letters "
     "to the owners of 230 properties in the old town, reminding them that they are legally responsible for "
     "clearing ice from gutters and overhangs. Department head Anders Kolbeck said inspectors would patrol the "
     "area daily while temperatures stay below freezing and could issue fines of up to 5,000 crowns to owners who "
     "fail to act. Forecasters expect the cold spell to last until at least Friday.",
     "City officials have warned pedestrians in central Vardholm to look out for falling icicles after one hit a "
     "woman on the shoulder on Harbour Street on Monday morning. The 64-year-old was treated in hospital for "
     "bruising and kept in overnight. The buildings department said it had written to the owners of 320 "
     "properties in the old town to remind them that the law makes them responsible for clearing ice from gutters "
     "and overhangs. Inspectors will patrol the area every day while the temperature remains below zero, "
     "department head Anders Kolbeck said, and owners who do not act could be fined up to 5,000 crowns. The cold "
     "spell is forecast to continue until Friday at least.",
     errors=[err("kept in overnight", "event", "major", "released the same day"),
             err("320", "number", "major", "230")],
     traps=[trap("below zero", "below freezing"),
            trap("until Friday at least", "until at least Friday")])

case("foghorn keepers", "rewrite",
     "The last working foghorn on the Carrick Sound coast will be switched off permanently on 30 April, the "
     "Northern Waters Lighthouse Authority has announced. The horn at Scarra Point, installed in 1932, has been "
     "maintained by keeper Walter Penrose for the past 27 years. The authority said modern satellite navigation "
     "had made audible fog signals unnecessary and that the horn cost about £40,000 a year to operate. A farewell "
     "sounding will be held at noon on the day of the switch-off, and Penrose, 68, will give tours of the engine "
     "house. The Scarra Point Heritage Trust said it hoped to buy the horn and keep it in working order for "
     "special occasions.",
     "On 30 April the Northern Waters Lighthouse Authority will permanently switch off the last working foghorn "
     "on the Carrick Sound coast, it has announced. Keeper Walter Penrose has looked after the horn at Scarra "
     "Point, which was installed in 1932, for the past 27 years. Modern satellite navigation had made audible fog "
     "signals obsolete, the authority said, adding that running the horn cost roughly £40,000 annually. At midday "
     "on the day it is switched off, there will be a farewell sounding, and 68-year-old Penrose will show "
     "visitors round the engine house. The Scarra Point Heritage Trust said it hoped to purchase the horn and "
     "keep it working for special occasions.",
     traps=[trap("obsolete", "unnecessary"),
            trap("roughly £40,000 annually", "about £40,000 a year"),
            trap("At midday", "at noon"),
            trap("show visitors round", "give tours of")])

case("martello towers", "rewrite",
     "A Martello tower at Gullhaven is to be converted into a small museum after the Coastal Heritage Partnership "
     "secured £340,000 in lottery funding, the partnership said on Wednesday. The tower, built around 1810, has "
     "been closed to the public since 1998 because of crumbling masonry. Project manager Ines Carvalho said repairs "
     "would begin in spring and the museum was expected to open in summer 2026. Local historian Derek Blaymire, "
     "who has campaigned for the tower's restoration for two decades, said the building was 'one of the "
     "best-preserved of its kind on this coast'. Gullhaven Town Council has agreed to lease the tower to the "
     "partnership for 99 years at a nominal rent.",
     "The Coastal Heritage Partnership said on Wednesday that it had won £340,000 of lottery funding to turn a "
     "Martello tower at Gullhaven into a small museum. Crumbling masonry has kept the tower, which was built in "
     "about 1810, closed to the public since 1998. Project manager Ines Carvalho said repairs would start in the "
     "spring, with the museum expected to open in summer 2026. The tower is 'one of the best-preserved of its "
     "kind on this coast', according to Carvalho. Derek Blaymire, a local historian, has spent two decades "
     "campaigning for its restoration. The town council has agreed to let the tower to the partnership for 99 "
     "years at a nominal rent.",
     errors=[err("according to Carvalho", "attribution", "major", "Local historian Derek Blaymire")],
     traps=[trap("in about 1810", "around 1810"),
            trap("let the tower", "lease the tower")])

case("cold war sites", "rewrite",
     "A former Cold War nuclear bunker near Tarnwick has been given protected status by the national heritage "
     "agency, meaning it cannot be altered or demolished without consent. The Royal Observer Corps post, built in "
     "1959 and decommissioned in 1991, is one of fewer than 40 such sites in the country that still contain their "
     "original equipment, the agency said on Thursday. The bunker lies beneath a field owned by farmer Glenys "
     "Avery, who has allowed small groups to visit by appointment since 2015. Agency spokesperson Martin Fell said "
     "the listing recognised 'an unusually complete survival'. Avery said she would continue to offer visits but "
     "could not cope with large numbers because access is via a 4.5-metre ladder.",
     "The national heritage agency has granted protected status to a former Cold War nuclear bunker near "
     "Tarnwick, so it can no longer be altered or demolished without consent. According to the agency, which made "
     "the announcement on Thursday, the Royal Observer Corps post is one of under 40 sites of its type nationwide "
     "where the original equipment is still in place. It was built in 1959 and taken out of service in 1991. "
     "Farmer Glenys Avery, who owns the field above the bunker, has let small groups visit by appointment since "
     "2015. Martin Fell, a spokesperson for the agency, said the listing recognised 'an unusually complete "
     "survival'. Visits will carry on, Avery said, though she cannot cope with large numbers because visitors "
     "have to climb down a 4.5-metre ladder.",
     traps=[trap("has granted protected status to", "has been given protected status by"),
            trap("under 40", "fewer than 40"),
            trap("taken out of service", "decommissioned"),
            trap("Visits will carry on", "she would continue to offer visits")])

case("aurora alerts", "rewrite",
     "The Norrland Space Weather Service has issued an amber aurora alert for Wednesday night, saying the northern "
     "lights could be visible as far south as the Halvard coast. The service said a burst of solar material "
     "detected on Monday was expected to reach Earth late on Wednesday, although the timing could vary by several "
     "hours. Forecaster Liv Sandqvist said the best viewing would probably be between 10pm and 2am, away from "
     "street lighting and with a clear view to the north. Cloud is forecast to clear over most inland areas by the "
     "evening. The service issues about a dozen amber alerts a year; the last one, in March, produced displays "
     "seen by thousands across the region.",
     "An amber aurora alert has been issued for Wednesday night by the Norrland Space Weather Service, which said "
     "the northern lights may be seen as far south as the Halvard coast. A burst of solar material detected on "
     "Tuesday will reach Earth late on Wednesday, the service said, although the timing could vary by several "
     "hours. Forecaster Liv Sandqvist said viewing was likely to be best between 10pm and 2am, away from street "
     "lights and with a clear view northwards. Cloud is forecast to clear over most inland areas by evening. The "
     "service puts out around 12 amber alerts each year; the most recent, in March, produced displays seen by "
     "thousands across the region.",
     errors=[err("Tuesday", "date", "major", "Monday"),
             err("will reach", "modality", "major", "was expected to reach")],
     traps=[trap("may be seen", "could be visible"),
            trap("around 12", "about a dozen"),
            trap("was likely to be best", "would probably be")])

case("waterspouts", "rewrite",
     "At least four waterspouts were sighted off the coast of Pellamy Bay on Sunday afternoon, the regional "
     "weather office said, prompting lifeguards to clear swimmers from the water for around 90 minutes. Duty "
     "forecaster Owen Trask said the waterspouts formed beneath a line of heavy showers and lasted between two and "
     "eight minutes each. None came ashore. Pellamy Bay lifeguard supervisor Jenna Coll said about 300 people were "
     "on the beach at the time and everyone left the water promptly. The weather office said further waterspouts "
     "were possible along the coast on Monday but were unlikely after that as cooler, more settled air moved in.",
     "Lifeguards cleared swimmers from the sea at Pellamy Bay for about an hour and a half on Sunday afternoon "
     "after at least four waterspouts were spotted offshore, according to the regional weather office. The "
     "waterspouts, which formed under a band of heavy showers, each lasted from two to eight minutes, duty "
     "forecaster Owen Trask said, and none reached land. Roughly 300 people were on the beach at the time, and "
     "all of them got out of the water quickly, said Jenna Coll, the lifeguard supervisor at Pellamy Bay. More "
     "waterspouts could form along the coast on Monday, the weather office said, but they were unlikely after "
     "that as cooler and more settled air arrived.",
     traps=[trap("about an hour and a half", "around 90 minutes"),
            trap("from two to eight minutes", "between two and eight minutes"),
            trap("none reached land", "None came ashore"),
            trap("all of them got out of the water quickly", "everyone left the water promptly"),
            trap("could form", "were possible")])

case("mudflats", "rewrite",
     "The coastguard has renewed its warning to walkers on the Saltreach mudflats after two people had to be "
     "rescued by hovercraft on Saturday. The pair, a man and a woman in their fifties, became stuck in soft mud "
     "about a kilometre from the shore as the tide came in. Coastguard station officer Bryn Haldane said they were "
     "lucky to have had a mobile phone signal. Walkers should only cross the mudflats with a qualified guide and "
     "should always check tide times before setting out, he said. There have been seven rescues on the mudflats so "
     "far this year, compared with four in the whole of last year.",
     "Two people had to be rescued by hovercraft from the Saltreach mudflats on Saturday, prompting the coastguard "
     "to repeat its warning to walkers. The man and woman, both in their fifties, got stuck in soft mud roughly one "
     "kilometre out from the shore as the tide was coming in. They were fortunate to have had a signal on a mobile "
     "phone, said Bryn Haldane, the coastguard station officer. Walkers should always check tide times before "
     "heading out onto the mudflats, he said. So far this year there have been seven rescues on the mudflats, "
     "against four in the whole of last year.",
     errors=[omit("only cross the mudflats with a qualified guide", "major", before="always check tide times")],
     traps=[trap("repeat its warning", "renewed its warning"),
            trap("roughly one kilometre", "about a kilometre")])

# ---------------------------------------------------------------------------
# Summaries
# ---------------------------------------------------------------------------

case("revolving doors", "summary",
     "The Marlowe Tower office building in Castlebridge will replace its three revolving doors with automatic "
     "sliding doors after a review found they were difficult for wheelchair users and people with pushchairs, the "
     "building's owner, Greyfield Estates, said on Tuesday. The work will cost about £210,000 and is scheduled for "
     "completion by the end of October. A spokesperson for Greyfield said the revolving doors, installed when the "
     "tower opened in 1987, had also become expensive to maintain, with repairs costing £18,000 last year alone. "
     "Tenants were consulted in May, and 72 per cent supported the change. During the works, staff and visitors "
     "will use a temporary entrance on Ferry Lane. The Castlebridge Access Forum welcomed the decision, saying it "
     "had raised the issue with the owner four years ago.",
     "Greyfield Estates is to swap the three revolving doors at Castlebridge's Marlowe Tower for automatic sliding "
     "doors, at a cost of around £210,000, after a review found them hard to use for wheelchair users and people "
     "with pushchairs. The work should be finished by the end of October. The doors, which date from the tower's "
     "opening in 1987, had also grown costly to maintain, and over 70 per cent of tenants backed the change. The "
     "Castlebridge Access Forum, which raised the issue four years ago, welcomed the move.",
     traps=[trap("around £210,000", "about £210,000"),
            trap("hard to use", "difficult"),
            trap("should be finished", "is scheduled for completion"),
            trap("over 70 per cent", "72 per cent")])

case("coal holes", "summary",
     "Residents of the Brindle Hill conservation area in Ashvale have been told they must not remove the cast-iron "
     "coal hole covers set into pavements outside their homes, after a number disappeared during resurfacing "
     "works. Ashvale Borough Council said 37 covers, some dating from the 1880s, had been recorded in the area, and "
     "at least nine had gone missing since March. The council's conservation officer, Hilary Quenby, said the "
     "covers were protected features and that anyone removing one could face prosecution. The council has asked "
     "its contractor, Dovecote Surfacing, to store any covers lifted during the works and return them once the "
     "pavements are finished. Local history group Brindle Voices has offered to photograph and catalogue all "
     "remaining covers free of charge.",
     "Ashvale Borough Council has warned residents of the Brindle Hill conservation area that they must not remove "
     "the cast-iron coal hole covers outside their homes and that doing so could lead to prosecution, after at least "
     "19 of the area's 37 recorded covers went missing since March. Dovecote Surfacing has asked the council to "
     "store any covers lifted during resurfacing and return them afterwards, and a local history group has "
     "offered to catalogue those that remain for free.",
     errors=[err("19", "number", "major", "nine"),
             err("Dovecote Surfacing has asked the council", "role", "major",
                 "The council has asked its contractor, Dovecote Surfacing")],
     traps=[trap("could lead to prosecution", "could face prosecution"),
            trap("for free", "free of charge")])

case("boot scrapers", "summary",
     "A campaign to restore Victorian boot scrapers outside terraced houses in Pelton Street, Wrayburn, has raised "
     "£6,800, its organisers said on Friday. The Pelton Street Residents' Association began the campaign in "
     "January after a survey found that 54 of the street's 88 houses still had their original iron scrapers, most "
     "of them badly rusted. Association chair Colin Ashdown said a local foundry, Merrow Castings, had agreed to "
     "make replacement parts at cost and that the first 20 scrapers would be restored by the end of September. "
     "Householders will be asked to contribute £25 each, with the rest met from the appeal. Wrayburn Civic "
     "Society has described the scrapers as 'a small but telling part of the town's history'.",
     "A residents' campaign to restore the Victorian boot scrapers outside houses in Pelton Street, Wrayburn, has "
     "raised £6,800; more than half of the street's houses still have their original iron scrapers, mostly badly "
     "rusted. Local foundry Merrow Castings will make replacement parts at cost, and the first 20 scrapers are due "
     "to be restored by the end of September, with each householder asked for £25.",
     traps=[trap("more than half of the street's houses", "54 of the street's 88 houses"),
            trap("will make replacement parts at cost", "had agreed to make replacement parts at cost"),
            trap("are due to be restored", "would be restored"),
            trap("each householder asked for £25", "Householders will be asked to contribute £25 each")])

case("house numbers", "summary",
     "Postal operator Nordpost has asked Kilbride District Council to enforce rules requiring homes to display "
     "house numbers, after drivers reported difficulties finding addresses on three new estates. Nordpost said "
     "that in a survey of 1,400 homes on the Meadowgate, Larchfield and Hollins Rise estates, 38 per cent had no "
     "visible number. Council spokesperson Anya Brook said the council did not plan to fine householders but would "
     "write to every property on the estates reminding them of their obligation. Developers Halkirk Homes said it "
     "would provide free numbered plaques to any buyer who requested one. Emergency services have also backed the "
     "call, saying unclear numbering can delay ambulances.",
     "Nordpost has urged Kilbride District Council to enforce house-numbering rules after its survey found that 38 "
     "per cent of 1,400 homes on three new estates had no visible number. The council said it would fine "
     "householders and write to every property on the estates, while developer Halkirk Homes offered free "
     "numbered plaques on request. Emergency services back the call, warning that unclear numbering can delay "
     "ambulances.",
     errors=[err("would fine householders", "polarity", "critical", "did not plan to fine householders")],
     traps=[trap("offered free numbered plaques on request",
                 "would provide free numbered plaques to any buyer who requested one"),
            trap("has urged", "has asked")])

case("commemorative benches", "summary",
     "Rowanlea Town Council has introduced a ten-year limit on memorial plaques for commemorative benches along "
     "the seafront promenade, after the number of requests outstripped space. The council said there are "
     "currently 212 benches on the promenade and a waiting list of 85 families. Under the new policy, which takes "
     "effect on 1 January, plaques will stay in place for ten years, after which families can renew them for a "
     "further ten years for a fee of £150. Existing plaques will not be affected. Councillor Maeve Dunstall said "
     "the decision had been 'difficult but fair' and that the council would also install 30 new benches on the "
     "cliff path next year. The cost of sponsoring a new bench will rise from £1,200 to £1,450.",
     "From 1 January, new memorial plaques on Rowanlea's seafront benches will stay for a decade, as requests "
     "have outstripped space: the promenade has 212 benches and 85 families on a waiting list. Families can renew "
     "a plaque for another ten years for £150; existing plaques are unaffected. The council will also put 30 new "
     "benches on the cliff path next year, and sponsoring a new bench will go up from £1,200 to £1,450.",
     traps=[trap("a decade", "ten years"),
            trap("another ten years", "a further ten years"),
            trap("unaffected", "will not be affected"),
            trap("go up from £1,200 to £1,450", "rise from £1,200 to £1,450")])

case("foundation stones", "summary",
     "A time capsule discovered behind the foundation stone of Hexley's former Methodist chapel will be opened in "
     "public next month, the building's new owners said on Monday. Builders converting the chapel into flats found "
     "the sealed copper box on 3 February when the stone, laid in 1896, was removed for repairs. Developer "
     "Stonegate Living said it had handed the capsule to Hexley Museum, whose conservators have X-rayed it and "
     "believe it contains newspapers, coins and a list of the chapel's founding members. Museum curator Rachel "
     "Imrie said the box would be opened at the museum on 15 March. The foundation stone will be cleaned and reset "
     "in its original position.",
     "A time capsule found behind the 1896 foundation stone of Hexley's former Methodist chapel, which is being "
     "converted into flats, will be opened in public at Hexley Museum on 15 March. X-rays by museum conservators "
     "suggest the sealed copper box contains newspapers, coins and a list of the chapel's founding members. The "
     "capsule is believed to be the oldest ever found in the county. The foundation stone will be put on display "
     "at the museum.",
     errors=[err("The capsule is believed to be the oldest ever found in the county.", "addition", "minor", None),
             err("put on display at the museum", "event", "major",
                 "cleaned and reset in its original position")],
     traps=[trap("X-rays by museum conservators suggest", "conservators have X-rayed it and believe")])

case("ribbon cuttings", "summary",
     "The new £4.3 million footbridge over the River Tamsey in Orrinford was officially opened on Saturday by "
     "97-year-old Edna Rowley, who as a schoolgirl had cut the ribbon on the old bridge in 1937. Around 2,000 "
     "people attended the ceremony, Orrinford Town Council said. The 68-metre steel bridge replaces a timber "
     "crossing that was closed in 2021 after inspectors found rot in its supports. Council leader Gareth Penhale "
     "said the project had been completed three weeks ahead of schedule and slightly under budget. The bridge, "
     "designed by Calloway Structures, includes wider ramps for cyclists and wheelchair users. Rowley used the same "
     "pair of scissors she had used 87 years earlier.",
     "Edna Rowley, 97, who cut the ribbon on Orrinford's old bridge as a schoolgirl in 1937, used the same scissors "
     "to open the new £4.3m footbridge over the River Tamsey on Saturday, in front of about 2,000 people. The "
     "68-metre steel bridge, finished three weeks early and a little under budget, replaces a timber crossing shut "
     "in 2021 because of rot in its supports.",
     traps=[trap("£4.3m", "£4.3 million"),
            trap("about 2,000", "Around 2,000"),
            trap("three weeks early", "three weeks ahead of schedule"),
            trap("a little under budget", "slightly under budget"),
            trap("shut in 2021", "closed in 2021")])

case("figureheads", "summary",
     "A carved ship's figurehead that washed up on Corran Strand last winter has been identified as coming from "
     "the barque Meridian, which sank off the coast in 1871, the Corran Maritime Museum said on Thursday. Museum "
     "director Alasdair Venn said the identification was based on paint samples and a carpenter's mark matching "
     "records held in the national shipping archive. The figurehead, depicting a woman holding a lantern, will go "
     "on display in April after conservation costing £7,500. Diver and local historian Kerry Mulholland, who first "
     "suggested the link to the Meridian, said it was 'the find of a lifetime'. The wreck itself has never been "
     "located.",
     "Corran Maritime Museum says a figurehead that washed up on Corran Strand last winter came from the barque "
     "Meridian, wrecked off the coast in 1871, as paint samples and a carpenter's mark match archive records. "
     "Director Alasdair Venn called it 'the find of a lifetime'. The carving of a woman with a lantern will be "
     "displayed from April after £7,500 of conservation work; the wreck itself has never been found.",
     errors=[err("Director Alasdair Venn", "attribution", "major", "Diver and local historian Kerry Mulholland")],
     traps=[trap("has never been found", "has never been located"),
            trap("wrecked off the coast in 1871", "sank off the coast in 1871")])

case("driftwood art", "summary",
     "An exhibition of driftwood sculptures by artist Tomasz Brylski will open at the Kettleness Gallery on 2 May "
     "and run for six weeks, the gallery announced on Wednesday. The 26 works, including a three-metre-high heron, "
     "were made from timber Brylski collected over five years along the Sallow Coast. Gallery director Imogen "
     "Fairweather said it was the first solo show the gallery had given to an artist working with found materials. "
     "Entry will be free, though visitors will be invited to make donations to the Sallow Coast Clean-Up Trust. "
     "Brylski, who moved to the area from Poland in 2009, will lead two beach-combing walks during the exhibition's "
     "run.",
     "The Kettleness Gallery will show 26 driftwood sculptures by Tomasz Brylski, among them a heron three metres "
     "tall, for six weeks from 2 May. The pieces were made from wood he gathered on the Sallow Coast over half a "
     "decade. It is the gallery's first solo show for an artist using found materials; admission is free, with "
     "donations invited for the Sallow Coast Clean-Up Trust.",
     traps=[trap("a heron three metres tall", "a three-metre-high heron"),
            trap("wood he gathered", "timber Brylski collected"),
            trap("over half a decade", "over five years"),
            trap("admission is free", "Entry will be free")])

case("magnet fishing", "summary",
     "Police in Brackenford have urged magnet fishers to report any weapons they find after a revolver and two "
     "rusted bayonets were pulled from the Lenning Canal on Sunday. Sergeant Dawn Ellery of Brackenford Police said "
     "the items were probably decades old and there was no suggestion they were linked to recent crime. The find "
     "was made by two members of the Brackenford Magnet Fishing Club near Tollgate Lock. The club's secretary, Neil "
     "Hargreave, said members had removed more than three tonnes of scrap from the canal since the club was formed "
     "in 2020. The Canal and Waterways Trust, which manages the Lenning Canal, requires magnet fishers to hold a "
     "free permit.",
     "Brackenford Police have called on magnet fishers to report any weapons they find after two club members "
     "pulled a revolver and two rusted bayonets from the Lenning Canal near Lenning Lock on Saturday. Police say "
     "the items are probably decades old, with no suggestion of a link to recent crime. The Brackenford Magnet "
     "Fishing Club says it has removed over three tonnes of scrap from the canal since it was formed in 2020.",
     errors=[err("Lenning Lock", "entity", "minor", "Tollgate Lock"),
             err("Saturday", "date", "major", "Sunday")],
     traps=[trap("called on", "urged"),
            trap("over three tonnes", "more than three tonnes")])

# ---------------------------------------------------------------------------
# Translations (both texts: independent English renderings of one story)
# ---------------------------------------------------------------------------

case("lost dogs", "translation",
     "A dog that went missing during a storm in the mountain village of Vella Roca returned home on its own after "
     "19 days, its owners told the regional newspaper El Heraldo de Sant Oriol. The animal, a four-year-old water "
     "dog named Boira, ran off on 2 November when thunder frightened her during a walk. Volunteers from the "
     "association Patas Perdidas searched an area of some 30 square kilometres and distributed 800 posters. Owner "
     "Jordi Campmany said the dog was thin and had a wound on one leg, but the veterinarian said she would recover "
     "completely. The family has offered the 500-euro reward to the association, which will use it to buy thermal "
     "cameras.",
     "After 19 days missing, a dog lost in a storm in the mountain village of Vella Roca found her own way back "
     "home, her owners told the regional paper El Heraldo de Sant Oriol. Boira, a four-year-old water dog, bolted "
     "on 2 November while out on a walk, scared by thunder. Volunteers from the Patas Perdidas association combed "
     "roughly 30 square kilometres and handed out 800 posters. According to her owner, Jordi Campmany, she came "
     "back thin and with an injured leg, but the vet said she would make a full recovery. The family has offered "
     "the 500-euro reward to the association, which plans to spend it on thermal cameras.",
     traps=[trap("found her own way back home", "returned home on its own"),
            trap("bolted", "ran off"),
            trap("combed roughly 30 square kilometres", "searched an area of some 30 square kilometres"),
            trap("an injured leg", "a wound on one leg"),
            trap("make a full recovery", "recover completely")])

case("sheepdog displays", "translation",
     "The sheepdog display that has closed the Fira de Montbrai agricultural fair for forty years could be "
     "cancelled this year because of a lack of handlers, the organising committee warned on Tuesday. Only three "
     "shepherds have so far signed up, when at least six are needed for the show. Committee president Montserrat "
     "Gual said the deadline for registration had been extended until 15 August. She attributed the shortage to "
     "the retirement of several veteran shepherds and to the cost of travelling to the fair. The fair, which takes "
     "place on the last weekend of September, received about 25,000 visitors last year.",
     "For forty years the Fira de Montbrai agricultural fair has ended with a sheepdog display, but this year it "
     "will be cancelled because there are not enough handlers, the organising committee warned on Tuesday. So far "
     "only three shepherds have registered, although the show requires a minimum of six. Montserrat Gual, who "
     "chairs the committee, said the registration deadline had been pushed back to 15 August. In her view, the "
     "shortage is due to several veteran shepherds retiring and to the expense of travelling to the fair. Last "
     "year the fair, held on the last weekend of September, drew some 25,000 visitors.",
     errors=[err("will be cancelled", "modality", "major", "could be cancelled")],
     traps=[trap("a minimum of six", "at least six"),
            trap("pushed back to", "extended until"),
            trap("some 25,000", "about 25,000")])

case("alpaca walks", "translation",
     "A farm in the Valle di Sorano has begun offering guided walks with alpacas, attracting more than 1,200 "
     "visitors in its first three months, the owners said. Farmers Chiara and Paolo Benvenuti bought their first "
     "six alpacas in 2019 and now have a herd of 22. Walks last around 90 minutes and cost 25 euros per adult; "
     "children under 12 pay half price. Chiara Benvenuti said the income had allowed the couple to keep the farm "
     "going after a poor olive harvest. The walks are limited to groups of ten people, and bookings for the summer "
     "are already almost full. The regional tourism office has included the farm in its new guide to rural "
     "experiences.",
     "More than 1,200 people have visited a farm in the Valle di Sorano in the three months since it started "
     "running guided alpaca walks, according to its owners. Chiara and Paolo Benvenuti, who farm there, acquired "
     "their first six alpacas in 2019; the herd now numbers 22. Each walk takes about an hour and a half and costs "
     "25 euros for adults, with under-12s paying 12.50 euros. The money has enabled the couple to keep the farm "
     "afloat following a bad olive harvest, Chiara Benvenuti said. No more than ten people can go on each walk, and "
     "the summer is nearly fully booked already. The farm features in the regional tourism office's new guide to "
     "rural experiences.",
     traps=[trap("about an hour and a half", "around 90 minutes"),
            trap("12.50 euros", "half price"),
            trap("keep the farm afloat", "keep the farm going"),
            trap("bad olive harvest", "poor olive harvest"),
            trap("No more than ten people can go on each walk", "limited to groups of ten people")])

case("gymkhanas", "translation",
     "The Pony Club of Aubrac-Vallon has been fined 3,000 euros by the regional equestrian federation after a rider "
     "was injured at its summer gymkhana, the federation announced on Friday. A twelve-year-old girl broke her "
     "wrist when her pony slipped on wet ground during a barrel race at the Les Genêts equestrian centre on 6 July. "
     "The federation found that the club had failed to carry out a safety check of the arena before the event. "
     "Club president Hélène Rouvière said the club accepted the decision and had already installed new drainage. "
     "The federation's disciplinary committee also ordered the club to send two instructors on a safety course "
     "before the next season.",
     "The Aubrac-Vallon Pony Club has fined the regional equestrian federation 3,000 euros after a rider was hurt "
     "at the club's summer gymkhana, the federation said on Friday. On 6 July, at the Les Bruyères equestrian "
     "centre, a girl of twelve fractured her wrist when her pony lost its footing on wet ground in a barrel race. "
     "According to the federation, the club had not carried out a safety inspection of the arena before the event. "
     "The club's president, Hélène Rouvière, said it accepted the ruling and had already put in new drainage. The "
     "federation's disciplinary committee has also required the club to send two instructors on a safety course "
     "ahead of next season.",
     errors=[err("Aubrac-Vallon Pony Club has fined the regional equestrian federation", "role", "critical",
                 "The Pony Club of Aubrac-Vallon has been fined 3,000 euros by the regional equestrian federation"),
             err("Les Bruyères", "entity", "minor", "Les Genêts")],
     traps=[trap("fractured her wrist", "broke her wrist"),
            trap("lost its footing", "slipped"),
            trap("had not carried out a safety inspection", "had failed to carry out a safety check")])

case("net menders", "translation",
     "The fishermen's guild of Porto Velhinho has launched a course to teach young people the traditional craft of "
     "mending fishing nets, fearing that the skill will disappear within a generation. Twelve students aged "
     "between 16 and 25 have enrolled in the first edition, which lasts four months and is free. The classes are "
     "given by three retired net menders, the youngest of whom is 71. Guild president Arlindo Meireles said there "
     "were now only nine active menders in the port, compared with more than 60 in the 1980s. The course is "
     "financed by the municipal council, which has contributed 18,000 euros, and by a local canning company.",
     "Worried that the craft will die out within a generation, the Porto Velhinho fishermen's guild has started a "
     "course teaching young people how to repair fishing nets the traditional way. The first course, which runs for "
     "four months and costs nothing, has twelve students between the ages of 16 and 25. Their teachers are three "
     "net menders who have retired; the youngest is 71. Only nine menders are still working in the port, the "
     "guild's president, Arlindo Meireles, said, against over 60 in the 1980s. The town council has put 18,000 "
     "euros towards the course, which is also funded by a local cannery.",
     traps=[trap("will die out", "will disappear"),
            trap("costs nothing", "is free"),
            trap("Only nine menders are still working", "only nine active menders"),
            trap("over 60", "more than 60"),
            trap("a local cannery", "a local canning company")])

case("whelk sheds", "translation",
     "The last three whelk-processing sheds on the quay at Skjelvik are to be demolished to make way for a marina, "
     "the municipality confirmed on Wednesday, despite objections from fishermen. The sheds, built in the 1950s, "
     "employed up to 40 people in the busiest seasons but have been used only for storage since 2017. Harbour "
     "director Sigrun Aasland said the fishermen would be offered space in a new building on the eastern side of "
     "the harbour at a reduced rent for five years. The marina, with 120 berths, is expected to cost 95 million "
     "kroner and to be ready in 2027. A petition against the demolition gathered 2,300 signatures.",
     "Despite protests from fishermen, the municipality confirmed on Wednesday that the three remaining "
     "whelk-processing sheds on Skjelvik quay will be torn down to make room for a marina. Built in the 1950s, the "
     "sheds gave work to as many as 40 people at the height of the season, but since 2017 they have served only as "
     "storage. According to harbour director Sigrun Aasland, the fishermen will be offered premises in a new "
     "building on the east side of the harbour, with a discounted rent for five years. The 120-berth marina should "
     "cost 9.5 million kroner and be completed in 2027. A petition opposing the demolition collected 2,300 "
     "signatures.",
     errors=[err("9.5 million kroner", "number", "major", "95 million kroner")],
     traps=[trap("torn down", "demolished"),
            trap("as many as 40", "up to 40"),
            trap("discounted rent", "reduced rent")])

case("kipper smoking", "translation",
     "A family smokehouse in the harbour town of Ballykerran has won the top prize at the Celtic Seafood Awards for "
     "its oak-smoked kippers, beating 64 other entries. The business, run by brothers Ciarán and Dónal Breheny, "
     "still uses the brick smoking chimneys built by their grandfather in 1948. Ciarán Breheny said the herring are "
     "split by hand and smoked for up to 16 hours, depending on the weather. The brothers said they planned to "
     "hire two more staff to meet an expected rise in orders. The awards, judged by a panel of eleven chefs and "
     "food writers, were presented in Aberllyn on Saturday.",
     "Oak-smoked kippers from a family smokehouse in the harbour town of Ballykerran took first prize at the Celtic "
     "Seafood Awards, seeing off 64 rival entries. Brothers Ciarán and Dónal Breheny, who run the business, still "
     "use the brick smoking chimneys their grandfather built in 1948. The herring are split by hand and then smoked "
     "for as long as 16 hours, depending on the weather, Ciarán Breheny said. The brothers intend to take on two "
     "more employees to cope with the increase in orders they expect. The prizes, decided by a jury of eleven chefs "
     "and food writers, were handed out in Aberllyn on Saturday.",
     traps=[trap("took first prize", "won the top prize"),
            trap("seeing off 64 rival entries", "beating 64 other entries"),
            trap("as long as 16 hours", "up to 16 hours"),
            trap("take on two more employees", "hire two more staff"),
            trap("jury", "panel")])

case("dust devils", "translation",
     "A dust devil swept across a school sports ground in the town of Al-Qarwa on Monday, lifting a marquee and "
     "scattering chairs, but no one was hurt, local authorities said. The whirlwind lasted about two minutes and "
     "was filmed by several parents attending a sports day. Civil protection official Karim Haddad said the "
     "phenomenon was common in the region during hot, dry afternoons but rarely reached such strength. He said the "
     "school had acted correctly by moving pupils indoors as soon as the marquee began to lift. The national "
     "meteorological centre has not issued any warning for the coming days.",
     "On Monday a dust devil tore across a school sports field in Al-Qarwa, picking up a marquee and throwing chairs "
     "around, the local authorities reported, though nobody was injured. Several parents who were at a sports day "
     "filmed the whirlwind, which lasted around two minutes. According to civil protection official Karim Haddad, "
     "the phenomenon is frequent in the area on hot, dry afternoons but seldom this strong. He said the school had "
     "acted correctly by moving pupils indoors as soon as the marquee began to lift, moving pupils indoors. The "
     "national meteorological centre has issued a warning for the coming days.",
     errors=[err("moving pupils indoors", "repetition", "minor", None, occ=1),
             err("has issued a warning", "polarity", "critical", "has not issued any warning")],
     traps=[trap("nobody was injured", "no one was hurt"),
            trap("seldom this strong", "rarely reached such strength")])

case("listening posts", "translation",
     "A former military listening post on the summit of Mount Keralis will be turned into an astronomical "
     "observatory, the regional government announced on Thursday. The station, built in 1963 to monitor radio "
     "communications, was abandoned in 1994 and has been repeatedly vandalised since. The regional government will "
     "invest 2.4 million euros in the project, and the University of Vasilika will provide the telescopes and "
     "staff. Works are due to start next spring and last about eighteen months. Regional official Eleni Markou said "
     "the observatory would be open to school groups two days a week. The access road, which has been closed for a "
     "decade, will be resurfaced.",
     "The regional government said on Thursday that an astronomical observatory is to be created in a former "
     "military listening post at the top of Mount Keralis. Built in 1963 to monitor radio traffic, the station has "
     "stood empty since 1994 and has been vandalised a number of times. The regional authorities are putting 2.4 "
     "million euros into the scheme, while telescopes and personnel will come from the University of Vasilika. "
     "Work is scheduled to begin next spring and should take around a year and a half. School groups will be able "
     "to visit the observatory on two days each week, said Eleni Markou, a regional official. The access road, "
     "shut for ten years, is to be resurfaced.",
     traps=[trap("at the top of", "on the summit of"),
            trap("telescopes and personnel will come from", "will provide the telescopes and staff"),
            trap("scheduled to begin", "due to start"),
            trap("around a year and a half", "about eighteen months"),
            trap("shut for ten years", "closed for a decade")])

case("skibobs", "translation",
     "The ski resort of Valbrenta will host the European skibob championships for the first time in February, the "
     "organisers announced on Monday. Around 150 riders from 11 countries are expected to compete in downhill, "
     "giant slalom and super-G events on the Cresta Alta slope. The resort's director, Massimo Dellai, said a new "
     "lift built last summer would allow spectators to watch from the finish area. Skibobs, which resemble "
     "bicycles fitted with skis, were banned on most Italian slopes until the 1990s. The local skibob club, "
     "founded in 2004, has 45 members and has produced two world champions.",
     "Valbrenta ski resort is to stage the European skibob championships in February, the first time it has done "
     "so, organisers said on Monday. Some 150 riders from 11 nations are likely to take part in downhill, giant "
     "slalom and super-G races on the Cresta Alta piste. Thanks to a new lift put in last summer, spectators will "
     "be able to watch from the finish area, said Massimo Dellai, who runs the resort. Skibobs, which look like "
     "bicycles mounted on skis, were prohibited on most slopes in Italy until the 1990s. The local club, set up in "
     "2004, has 45 members and has hosted two world championships.",
     errors=[err("has hosted two world championships", "event", "major", "has produced two world champions")],
     traps=[trap("are likely to take part", "are expected to compete"),
            trap("prohibited", "banned"),
            trap("who runs the resort", "The resort's director")])

# ---------------------------------------------------------------------------
# Offsets, validation, output
# ---------------------------------------------------------------------------

def find_occurrence(haystack, needle, occ, where):
    """Start offset of the occ-th occurrence (0-based) of needle.

    When occ is None the needle must occur exactly once."""
    starts = [m.start() for m in re.finditer(re.escape(needle), haystack)]
    if not starts:
        raise ValueError("%s: %r not found" % (where, needle))
    if occ is None:
        if len(starts) != 1:
            raise ValueError("%s: %r occurs %d times; give occ" % (where, needle, len(starts)))
        return starts[0]
    if occ >= len(starts):
        raise ValueError("%s: %r has no occurrence %d" % (where, needle, occ))
    return starts[occ]


def word_count(text):
    return len(text.split())


def cuts_word(text, pos):
    """True if position pos lies strictly inside a word."""
    return 0 < pos < len(text) and text[pos - 1].isalnum() and text[pos].isalnum()


def build_record(idx, c):
    rid = "s%d-%03d" % (SET_NO, idx)
    ref, cand = c["reference"], c["candidate"]
    errors, traps = [], []
    for e in c["errors"]:
        where = "%s error %s" % (rid, e["type"])
        if e["kind"] == "omission":
            if e["before"] is not None:
                pos = find_occurrence(cand, e["before"], e["occ"], where)
            else:
                pos = find_occurrence(cand, e["after"], e["occ"], where) + len(e["after"])
            errors.append({"start": pos, "end": pos, "text": "", "type": "omission",
                           "severity": e["severity"], "ref_text": e["ref_text"]})
        else:
            start = find_occurrence(cand, e["text"], e["occ"], where)
            errors.append({"start": start, "end": start + len(e["text"]), "text": e["text"],
                           "type": e["type"], "severity": e["severity"], "ref_text": e["ref_text"]})
    for t in c["traps"]:
        start = find_occurrence(cand, t["text"], t["occ"], "%s trap" % rid)
        traps.append({"start": start, "end": start + len(t["text"]), "text": t["text"],
                      "ref_text": t["ref_text"]})
    errors.sort(key=lambda s: (s["start"], s["end"]))
    traps.sort(key=lambda s: (s["start"], s["end"]))
    return {"id": rid, "domain": c["domain"], "mode": c["mode"], "reference": ref,
            "candidate": cand, "label": "inconsistent" if errors else "consistent",
            "errors": errors, "traps": traps}


def validate(records):
    problems = []

    def bad(msg):
        problems.append(msg)

    if len(records) != 40:
        bad("expected 40 records, got %d" % len(records))
    domains = [r["domain"] for r in records]
    if sorted(domains) != sorted(DOMAINS) or len(set(domains)) != len(domains):
        bad("domains do not match the list one-to-one")
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        bad("duplicate ids")

    for r in records:
        rid, ref, cand = r["id"], r["reference"], r["candidate"]
        if r["mode"] not in MODES:
            bad("%s: bad mode" % rid)
        wc = word_count(ref)
        if not 70 <= wc <= 190:
            bad("%s: reference has %d words" % (rid, wc))
        if r["mode"] == "summary" and not (len(cand) < len(ref) and word_count(cand) < wc):
            bad("%s: summary not shorter than reference" % rid)
        if ref == cand:
            bad("%s: candidate identical to reference" % rid)
        if '"' in ref or '"' in cand:
            bad("%s: stray double quote" % rid)
        ntraps = len(r["traps"])
        if r["label"] == "consistent":
            if r["errors"]:
                bad("%s: consistent pair with errors" % rid)
            if not 3 <= ntraps <= 5:
                bad("%s: consistent pair with %d traps" % (rid, ntraps))
        else:
            if not r["errors"]:
                bad("%s: inconsistent pair without errors" % rid)
            if not 0 <= ntraps <= 3:
                bad("%s: inconsistent pair with %d traps" % (rid, ntraps))

        spans = []
        for e in r["errors"]:
            s, t = e["start"], e["end"]
            if e["type"] not in ERROR_TYPES:
                bad("%s: bad error type %r" % (rid, e["type"]))
            if e["severity"] not in SEVERITIES:
                bad("%s: bad severity %r" % (rid, e["severity"]))
            if cand[s:t] != e["text"]:
                bad("%s: error text/offset mismatch" % rid)
            if cuts_word(cand, s) or cuts_word(cand, t):
                bad("%s: error span %r cuts a word" % (rid, e["text"]))
            if e["type"] == "omission":
                if s != t or e["text"] != "":
                    bad("%s: omission must be empty" % rid)
                if r["mode"] == "summary":
                    bad("%s: omission in a summary" % rid)
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad("%s: omission ref_text not in reference" % rid)
                if e["ref_text"].lower() in cand.lower():
                    bad("%s: omitted words present in candidate" % rid)
            else:
                if s >= t or e["text"] != e["text"].strip():
                    bad("%s: empty or untrimmed error span %r" % (rid, e["text"]))
                if e["type"] in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        bad("%s: %s must have null ref_text" % (rid, e["type"]))
                    if e["type"] == "repetition" and e["text"] not in cand[:s]:
                        bad("%s: repetition %r has no earlier copy" % (rid, e["text"]))
                    if e["type"] == "addition" and e["text"] in ref:
                        bad("%s: addition text found in reference" % rid)
                else:
                    if not e["ref_text"] or e["ref_text"] not in ref:
                        bad("%s: error ref_text %r not in reference" % (rid, e["ref_text"]))
                    if e["text"] == e["ref_text"]:
                        bad("%s: error text equals ref_text" % rid)
                    if re.search(r"(?<!\w)%s(?!\w)" % re.escape(e["text"]), ref):
                        bad("%s: error text %r occurs verbatim in reference" % (rid, e["text"]))
            spans.append((s, t, "error " + e["type"]))
        for tr in r["traps"]:
            s, t = tr["start"], tr["end"]
            if cand[s:t] != tr["text"] or s >= t:
                bad("%s: trap text/offset mismatch" % rid)
            if cuts_word(cand, s) or cuts_word(cand, t):
                bad("%s: trap %r cuts a word" % (rid, tr["text"]))
            if tr["ref_text"] not in ref:
                bad("%s: trap ref_text %r not in reference" % (rid, tr["ref_text"]))
            if tr["text"] == tr["ref_text"]:
                bad("%s: trap identical to ref_text" % rid)
            spans.append((s, t, "trap"))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            # zero-width omissions may sit at a boundary but not inside a span
            if b[0] < a[1] or (b[0] == b[1] and a[0] < b[0] < a[1]) or (a[0] == a[1] and b[0] < a[0] < b[1]):
                bad("%s: overlapping spans %s / %s" % (rid, a, b))

    # composition
    for mode, total in (("rewrite", 20), ("summary", 10), ("translation", 10)):
        rs = [r for r in records if r["mode"] == mode]
        cons = sum(r["label"] == "consistent" for r in rs)
        if len(rs) != total or cons != total // 2:
            bad("mode %s: %d pairs, %d consistent" % (mode, len(rs), cons))
    all_errors = [e for r in records for e in r["errors"]]
    if len(all_errors) != 30:
        bad("expected 30 errors, got %d" % len(all_errors))
    for t in ERROR_TYPES:
        n = sum(e["type"] == t for e in all_errors)
        if n < 2:
            bad("error type %s used %d times" % (t, n))
    return problems


def counts(records):
    out = {"mode": {}, "label": {}, "error_type": {}, "mode_x_label": {}}
    for r in records:
        out["mode"][r["mode"]] = out["mode"].get(r["mode"], 0) + 1
        out["label"][r["label"]] = out["label"].get(r["label"], 0) + 1
        key = "%s/%s" % (r["mode"], r["label"])
        out["mode_x_label"][key] = out["mode_x_label"].get(key, 0) + 1
        for e in r["errors"]:
            out["error_type"][e["type"]] = out["error_type"].get(e["type"], 0) + 1
    out["error_type"] = {t: out["error_type"].get(t, 0) for t in ERROR_TYPES}
    out["errors_total"] = sum(out["error_type"].values())
    out["traps_total"] = sum(len(r["traps"]) for r in records)
    return out


def main():
    check_only = "--check" in sys.argv[1:]
    records = [build_record(i + 1, c) for i, c in enumerate(CASES)]
    problems = validate(records)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    print(json.dumps(counts(records), indent=1))
    if check_only:
        print("validation passed (--check: nothing written)")
        return
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set%d.jsonl" % SET_NO)
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), path))


if __name__ == "__main__":
    main()
