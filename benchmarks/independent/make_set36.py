#!/usr/bin/env python3
"""Held-out evaluation set 36 for the fact-comparison tool.

How it was made: every pair below was hand-written, as Python data, by a helper
that saw no code, data or benchmark of the project and worked only from a
written brief. All people, companies, organisations, places and figures are
invented; real countries appear only as background.

Composition (checked by this script):
  40 pairs, one per domain (skydiving ... mobility scooters), 20 consistent and
  20 inconsistent; 20 rewrites, 10 summaries, 10 translations, half of each
  mode consistent. Translation pairs are two independent English renderings of
  the same non-English story. 30 errors in the inconsistent pairs (10 pairs with
  one error, 10 with two): entity 3, number 4, date 3, role 3, polarity 3,
  modality 3, attribution 2, event 3, omission 2 (rewrite/translation only),
  addition 2, repetition 2. Each consistent pair carries 3-5 traps (faithful
  rewordings a naive checker might flag); inconsistent pairs carry 0-3.

Offsets are computed here by string search (with an occurrence index where a
quoted text repeats); nothing is typed by hand.

Usage: python3 make_set36.py          validate and write set36.jsonl
       python3 make_set36.py --check  validate only, write nothing
"""
import json
import os
import re
import sys
from collections import Counter

SET_NO = 36
OUT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set36.jsonl")

DOMAINS = [
    "skydiving", "paragliding", "hang gliding", "caving clubs", "canyoning",
    "sea kayaking", "surf schools", "windsurfing", "stand-up paddling",
    "rowing regattas", "canoe slalom", "swimming galas", "ice swimming",
    "snowshoeing", "biathlon", "luge tracks", "ski lifts", "avalanche dogs",
    "mountain guides", "via ferrata", "alpine dairies", "cowbells", "yodelling",
    "brass foundries", "bell foundries", "clockmakers", "map makers",
    "globe makers", "typewriter repair", "fountain pens", "ink wells",
    "paper marbling", "letterpress", "zine fairs", "sign language classes",
    "braille printing", "hearing dogs", "wheelchair rugby", "blind football",
    "mobility scooters",
]
ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]


def E(text, type_, sev, ref, occ=0):
    """An error span: `text` (occurrence `occ`) in the candidate."""
    return {"text": text, "type": type_, "severity": sev, "ref_text": ref, "occ": occ}


def OM(anchor, ref, sev, occ=0, side="end"):
    """An omission: empty span at the end (or start) of `anchor` in the candidate."""
    return {"anchor": anchor, "side": side, "type": "omission", "severity": sev,
            "ref_text": ref, "occ": occ}


def T(text, ref, occ=0):
    """A trap: faithful rewording `text` in the candidate of `ref` in the reference."""
    return {"text": text, "ref_text": ref, "occ": occ}


CASES = []

# ---------------------------------------------------------------------------
# Rewrites, inconsistent (10)
# ---------------------------------------------------------------------------
CASES.append(dict(
    domain="skydiving", mode="rewrite", label="inconsistent",
    reference=(
        "Skyreach Parachute Centre at Harrowfield Airfield said on Monday that it will suspend tandem "
        "jumps for three weeks while its two Cessna aircraft undergo engine inspections. The centre, "
        "which carried out 4,200 tandem descents last season, said customers with existing bookings "
        "would be offered a new date or a full refund. Chief instructor Marta Kellaway said the "
        "inspections were routine and had been scheduled with the aviation authority in February. "
        "Solo jumps by licensed members will continue from a leased aircraft based at Penmore, about "
        "40 kilometres to the north. The centre expects to resume tandem operations on 14 June, "
        "subject to the inspections being completed on time."),
    candidate=(
        "Tandem jumps at Skyreach Parachute Centre, based at Harrowfield Airfield, will be halted for "
        "three weeks while engine inspections are carried out on both of its Cessna aircraft, the "
        "centre announced on Monday. Customers who have already booked will be able to choose a new "
        "date or get their money back in full. The centre performed 4,200 tandem descents last "
        "season. According to chief instructor Marta Kellaway, the inspections are routine and were "
        "arranged with the aviation authority back in February. Licensed members can still make solo "
        "jumps from a leased aircraft stationed at Penmore, some 14 kilometres north of the airfield. "
        "Provided the inspections finish on schedule, tandem operations are expected to restart on "
        "14 June."),
    errors=[E("14 kilometres", "number", "minor", "40 kilometres")],
    traps=[T("both of its Cessna aircraft", "its two Cessna aircraft"),
           T("get their money back in full", "a full refund"),
           T("Provided the inspections finish on schedule",
             "subject to the inspections being completed on time")],
))

CASES.append(dict(
    domain="paragliding", mode="rewrite", label="inconsistent",
    reference=(
        "The regional paragliding federation has fined the Col de Varenne flying school 6,000 euros "
        "after an inquiry found that two of its instructors let students launch in winds above the "
        "permitted limit last August. The inquiry, led by former test pilot Henri Dufaux, was opened "
        "after a student broke her ankle on landing. The federation said the school had cooperated "
        "fully and had since introduced a written wind-check procedure. The school, owned by Aerovol "
        "Sports, will keep its licence but must submit monthly safety reports for the next year. Its "
        "director, Claire Montbel, said in a statement that the school accepted the findings and "
        "regretted the injury."),
    candidate=(
        "Col de Varenne flying school has been fined 6,000 euros by the regional paragliding "
        "federation, after an inquiry concluded that two of the school's instructors allowed students "
        "to take off last August in winds stronger than the permitted limit. Former test pilot Henri "
        "Dufaux led the inquiry, which began after a student broke her ankle while landing. According "
        "to the federation, the school cooperated fully and has since brought in a written procedure "
        "for checking the wind. The school, which owns Aerovol Sports, will keep its licence but will "
        "have to file safety reports every month. In a statement, director Claire Montbel said the "
        "school accepted the findings and regretted the injury."),
    errors=[E("school, which owns Aerovol Sports", "role", "major", "school, owned by Aerovol Sports"),
            OM("every month", "for the next year", "minor")],
    traps=[T("Former test pilot Henri Dufaux led the inquiry",
             "The inquiry, led by former test pilot Henri Dufaux"),
           T("a written procedure for checking the wind", "a written wind-check procedure")],
))

CASES.append(dict(
    domain="hang gliding", mode="rewrite", label="inconsistent",
    reference=(
        "The Brackenridge Hang Gliding Club has reopened its launch site on Tollard Hill after a "
        "seven-month closure caused by a landslip on the access track. Repairs to the track, funded "
        "by a 38,000-pound grant from the county council, were completed on 2 March, and the first "
        "flights took place the following weekend. Club secretary Owen Pratley said membership had "
        "fallen from 210 to about 160 during the closure but that several former members had already "
        "renewed. The club plans to hold an open day on 19 April, when visitors will be able to watch "
        "demonstration flights and book introductory lessons. Pilots are asked to park only in the "
        "lower field until the new gravel surface has settled."),
    candidate=(
        "After being shut for seven months because a landslip damaged its access track, the launch "
        "site on Tollard Hill used by the Brackenridge Hang Gliding Club is open again. Work on the "
        "track, paid for with a \u00a338,000 county council grant, finished on 2 March, and pilots were "
        "flying again the next weekend. Owen Pratley, the club's secretary, said membership dropped "
        "from 210 to roughly 160 while the site was closed, although a number of former members have "
        "already rejoined. On 19 March the club will stage an open day at which visitors can watch "
        "demonstration flights and sign up for introductory lessons. Until the new gravel surface has "
        "settled, pilots should park in the lower field only."),
    errors=[E("19 March", "date", "major", "19 April")],
    traps=[T("a \u00a338,000 county council grant", "a 38,000-pound grant from the county council"),
           T("pilots were flying again the next weekend",
             "the first flights took place the following weekend")],
))

CASES.append(dict(
    domain="caving clubs", mode="rewrite", label="inconsistent",
    reference=(
        "The Dunmore Caving Club has agreed to limit access to the lower chambers of Greyscar Pot "
        "after surveyors recorded a colony of roosting bats there. Under a management plan drawn up "
        "with the regional wildlife office, club members will not enter the lower chambers between "
        "October and April, when the bats hibernate. The upper series, which contains the cave's "
        "best-known formations, will remain open all year. Club chairman Gwen Aldous said the "
        "restrictions were voluntary but that every member had been asked to respect them. The "
        "wildlife office said it had counted 46 bats during a survey in January, the largest group "
        "recorded in the district."),
    candidate=(
        "Following the discovery by surveyors of a colony of roosting bats in the lower chambers of "
        "Greyscar Pot, the Dunmore Caving Club has agreed to restrict access to that part of the "
        "cave. A management plan agreed with the regional wildlife office means members will keep "
        "out of the lower chambers from October to April, while the bats are hibernating. The upper "
        "series, home to the cave's most famous formations, stays open throughout the year. Chairman "
        "Gwen Aldous said the restrictions were not voluntary and that all members had been asked to "
        "respect them. According to the wildlife office, 46 bats were counted in a January survey, "
        "the biggest group on record in the district since monitoring began in 1998."),
    errors=[E("were not voluntary", "polarity", "major", "were voluntary"),
            E("since monitoring began in 1998", "addition", "minor", None)],
    traps=[T("46 bats were counted in a January survey",
             "it had counted 46 bats during a survey in January")],
))

CASES.append(dict(
    domain="canyoning", mode="rewrite", label="inconsistent",
    reference=(
        "Guides operating in the Riosec gorge may be required to carry satellite messengers from next "
        "season, the provincial tourism department said on Thursday. The proposal follows an incident "
        "in July in which a group of eleven canyoners was stranded for nine hours after a sudden rise "
        "in water levels. Nobody was injured. The department said it was consulting operators and "
        "would publish a final decision by the end of November. Pau Serrat, who runs Barranco Vivo, "
        "one of six companies licensed in the gorge, said most guides already carried the devices and "
        "that the rule would cost smaller operators about 300 euros per guide."),
    candidate=(
        "From next season, guides working in the Riosec gorge will have to carry satellite messengers, "
        "the provincial tourism department announced on Thursday. The move comes after eleven "
        "canyoners were stranded for nine hours in July when water levels suddenly rose; no one was "
        "hurt. Operators are being consulted, and a final decision will be published by the end of "
        "November, the department said. Pau Serrat, whose company Barranco Vivo is one of six "
        "licensed to operate in the gorge, said most guides already had the devices and that the "
        "requirement would cost smaller firms around 300 euros for each guide."),
    errors=[E("will have to carry", "modality", "major", "may be required to carry")],
    traps=[T("no one was hurt", "Nobody was injured"),
           T("around 300 euros for each guide", "about 300 euros per guide")],
))

CASES.append(dict(
    domain="sea kayaking", mode="rewrite", label="inconsistent",
    reference=(
        "A sea kayaker missing for almost a day off the Kellin Peninsula was found safe on Sunday "
        "morning, the coastguard said. The 54-year-old man had set off from Morrow Bay on Saturday "
        "afternoon intending to paddle 12 kilometres to Sarn Island but did not arrive. A lifeboat "
        "crew found him sheltering on a rocky islet after a search involving a helicopter and two "
        "lifeboats. Coastguard spokeswoman Ailsa Fenwick said the man had done the right thing by "
        "staying with his kayak. His family said he was cold and tired but otherwise well. The local "
        "kayaking club, Kellin Paddlers, said it would remind members to file a trip plan before "
        "going out alone."),
    candidate=(
        "The coastguard said a sea kayaker who had been missing off the Kellin Peninsula for nearly "
        "24 hours was found safe on Sunday morning. The man, 45, had left Morrow Bay on Saturday "
        "afternoon planning to paddle the 12 kilometres to Sarn Island, but never arrived. After a "
        "search by a helicopter and two lifeboats, one of the lifeboat crews found him taking shelter "
        "on a rocky islet. He was cold and tired but otherwise well, coastguard spokeswoman Ailsa "
        "Fenwick said, adding that he had done the right thing by staying with his kayak. Kellin "
        "Paddlers, the local kayaking club, said it would remind members to file a trip plan before "
        "heading out alone."),
    errors=[E("45", "number", "minor", "54-year-old"),
            E("coastguard spokeswoman Ailsa Fenwick said", "attribution", "minor", "His family said")],
    traps=[T("nearly 24 hours", "almost a day")],
))

CASES.append(dict(
    domain="surf schools", mode="rewrite", label="inconsistent",
    reference=(
        "Three surf schools on Pellan Beach have been told to move their equipment stores off the "
        "dunes by the end of March after the municipal council ruled that the timber huts breach "
        "coastal planning rules. The schools, which together teach about 9,000 lessons a year, had "
        "asked to keep the huts until a new beach facilities building opens in 2026. The council "
        "rejected that request but offered the operators temporary space in the car park at a reduced "
        "rent. Lena Hartig, owner of Swellhouse Surf School, said the decision was disappointing but "
        "that the schools would comply. Lifeguard services, which share one of the huts, are not "
        "affected."),
    candidate=(
        "The municipal council has ordered three surf schools on Pellan Beach to demolish their "
        "timber equipment huts on the dunes by the end of March, having ruled that the huts break "
        "coastal planning rules. The schools, which between them give around 9,000 lessons each "
        "year, had wanted to keep the huts until a new beach facilities building opens in 2026. That "
        "request was turned down, though the council has offered the operators temporary space in "
        "the car park at a cut-price rent. Lena Hartig, who owns Swellhouse Surf School, called the "
        "decision disappointing but said the schools would comply. Lifeguard services, which share "
        "one of the huts, are unaffected."),
    errors=[E("demolish their timber equipment huts on the dunes", "event", "major",
              "move their equipment stores off the dunes")],
    traps=[T("That request was turned down", "The council rejected that request"),
           T("between them give around 9,000 lessons each year",
             "together teach about 9,000 lessons a year")],
))

CASES.append(dict(
    domain="windsurfing", mode="rewrite", label="inconsistent",
    reference=(
        "The Lake Orvena Windsurfing Association will host the national slalom championships for the "
        "first time in September, organisers confirmed on Wednesday. About 140 competitors are "
        "expected over four days of racing, based at the Fenholt sailing centre on the lake's eastern "
        "shore. Association president Dario Venturi said the event had been secured after the "
        "original host, Capo Brina, withdrew because of harbour works. The regional government has "
        "contributed 25,000 euros towards safety boats and marquees. Organisers said spectators would "
        "be able to follow the races from a public viewing area on the Fenholt breakwater, and that "
        "entry would be free."),
    candidate=(
        "Organisers confirmed on Wednesday that the national slalom championships will be hosted by "
        "the Lake Orvena Windsurfing Association in September, the first time it has staged the "
        "event. Around 140 competitors are expected for four days of racing from the Fenholt sailing "
        "centre on the eastern shore of the lake. According to association president Dario Venturi, "
        "the championships came to the lake after the original host, Capo Brina, pulled out because "
        "of harbour works. The national windsurfing federation has put 25,000 euros towards safety "
        "boats and marquees. Entry will be free, and spectators will be able to watch the races from "
        "a public viewing area on the Fenholt breakwater, organisers said. Entry will be free."),
    errors=[E("The national windsurfing federation", "entity", "major", "The regional government"),
            E("Entry will be free", "repetition", "minor", None, occ=1)],
    traps=[T("the first time it has staged the event", "for the first time"),
           T("pulled out", "withdrew")],
))

CASES.append(dict(
    domain="stand-up paddling", mode="rewrite", label="inconsistent",
    reference=(
        "Board hire company Glidewater has won a five-year concession to run stand-up paddleboard "
        "rentals at Marlow Reservoir, the water authority announced. The company, based in the nearby "
        "town of Ashcombe, beat two other bidders and will pay the authority an annual fee of 18,500 "
        "pounds. It plans to offer 60 boards and guided sunset sessions from May to September. The "
        "authority's recreation manager, Priya Lomax, said Glidewater's bid scored highest on safety "
        "training and environmental measures. Swimming will remain banned at the reservoir, and "
        "paddlers will be required to wear buoyancy aids at all times."),
    candidate=(
        "The water authority has awarded Glidewater, a board hire firm from the nearby town of "
        "Marlow, a five-year concession to operate stand-up paddleboard rentals at Marlow Reservoir. "
        "Glidewater saw off two rival bids and will pay the authority \u00a318,500 a year. It intends to "
        "provide 60 boards, as well as guided sunset sessions between May and September. Priya "
        "Lomax, the authority's recreation manager, said the company's bid achieved the top score for "
        "safety training and environmental measures. Paddlers will have to wear buoyancy aids at all "
        "times, and swimming at the reservoir will continue to be prohibited."),
    errors=[E("Marlow", "entity", "major", "Ashcombe", occ=0)],
    traps=[T("saw off two rival bids", "beat two other bidders"),
           T("\u00a318,500 a year", "an annual fee of 18,500 pounds"),
           T("continue to be prohibited", "remain banned")],
))

CASES.append(dict(
    domain="rowing regattas", mode="rewrite", label="inconsistent",
    reference=(
        "The Calder Vale Regatta will move from its traditional July slot to the first weekend of June "
        "next year to avoid clashing with the national junior championships, the organising "
        "committee said. Committee chair Robert Hensley said the change was likely to attract more "
        "crews from university clubs, whose terms end in mid-June. The regatta, first held in 1887, "
        "drew 380 crews this year. Organisers are also considering adding a 500-metre sprint event, "
        "although no decision has been made. Entries for next year's regatta will open on 1 "
        "February."),
    candidate=(
        "Next year the Calder Vale Regatta will be held on the last weekend of June instead of its "
        "customary July date, so that it no longer clashes with the national junior championships, "
        "the organising committee announced. According to committee chair Robert Hensley, the switch "
        "would attract more university crews, as their terms finish in mid-June. This year's regatta, "
        "which dates back to 1887, attracted 380 crews. A 500-metre sprint event is also under "
        "consideration, but nothing has been decided yet. Entries for next year's event will open on "
        "1 February."),
    errors=[E("the last weekend of June", "date", "major", "the first weekend of June"),
            E("would attract", "modality", "minor", "was likely to attract")],
    traps=[T("nothing has been decided yet", "no decision has been made"),
           T("dates back to 1887", "first held in 1887")],
))

# ---------------------------------------------------------------------------
# Rewrites, consistent (10)
# ---------------------------------------------------------------------------
CASES.append(dict(
    domain="canoe slalom", mode="rewrite", label="consistent",
    reference=(
        "The Tarnbeck whitewater course will close for eight weeks from 3 November so that engineers "
        "can replace the pumps that control water flow, the operator, Northwater Parks, said on "
        "Tuesday. The 1.9 million pound project is being paid for jointly by the regional sports "
        "council and the national canoe federation. Athletes from the national slalom squad, who "
        "train at Tarnbeck most weeks, will temporarily use the Ellerby course, about an hour's drive "
        "away. Northwater's operations director, Simon Garrow, said the new pumps would cut the "
        "course's electricity use by roughly a third. Public rafting sessions will resume in January, "
        "with bookings opening in mid-December."),
    candidate=(
        "Northwater Parks announced on Tuesday that its Tarnbeck whitewater course will shut for eight "
        "weeks from 3 November while engineers replace the pumps that regulate the flow of water. The "
        "regional sports council and the national canoe federation are sharing the cost of the "
        "\u00a31.9m project. In the meantime, members of the national slalom squad, who train at "
        "Tarnbeck most weeks, will use the Ellerby course, roughly an hour away by car. Simon Garrow, "
        "Northwater's operations director, said the new pumps would reduce the course's electricity "
        "consumption by around 33 per cent. Bookings for public rafting sessions will open in "
        "mid-December, and the sessions themselves will restart in January."),
    errors=[],
    traps=[T("\u00a31.9m project", "1.9 million pound project"),
           T("roughly an hour away by car", "about an hour's drive away"),
           T("by around 33 per cent", "by roughly a third"),
           T("are sharing the cost of", "is being paid for jointly by")],
))

CASES.append(dict(
    domain="swimming galas", mode="rewrite", label="consistent",
    reference=(
        "More than 600 young swimmers from 24 clubs will take part in the county schools gala at the "
        "Westbrook Aquatics Centre on Saturday 8 March, the county swimming association said. It is "
        "the first time the gala has been held at Westbrook since the centre's 50-metre pool reopened "
        "after a two-year refurbishment. Races will begin at 9 a.m. and the final relays are expected "
        "to finish by about 6 p.m. Association secretary Janet Ormerod said volunteers were still "
        "needed as timekeepers and marshals. Spectator tickets cost 4 pounds for adults, while "
        "children under 12 will be admitted free."),
    candidate=(
        "The county schools gala on Saturday 8 March will bring over 600 young swimmers from two dozen "
        "clubs to the Westbrook Aquatics Centre, according to the county swimming association. This "
        "will be the first gala at Westbrook since the centre's 50-metre pool reopened after two years "
        "of refurbishment. The first races start at 9 a.m., and the closing relays are due to end by "
        "roughly 6 p.m. Volunteers are still being sought to act as timekeepers and marshals, said "
        "Janet Ormerod, the association's secretary. Adults will pay \u00a34 to watch, and entry is free "
        "for children under 12."),
    errors=[],
    traps=[T("over 600", "More than 600"),
           T("two dozen clubs", "24 clubs"),
           T("two years of refurbishment", "a two-year refurbishment"),
           T("Adults will pay \u00a34 to watch", "Spectator tickets cost 4 pounds for adults")],
))

CASES.append(dict(
    domain="ice swimming", mode="rewrite", label="consistent",
    reference=(
        "An ice swimming club in the lakeside town of Vesterholm has postponed its annual winter "
        "championship because the lake has not frozen thickly enough to allow safe access for rescue "
        "teams. The event, which was due to take place on 25 January, has been rescheduled for 15 "
        "February, provided the ice reaches a thickness of at least 20 centimetres. Club spokesperson "
        "Ingrid Solberg said about 90 swimmers had registered, including a dozen from abroad, and "
        "that all entries would be carried over automatically. If the new date also has to be "
        "cancelled, entrants will be given a full refund, she said."),
    candidate=(
        "The annual winter championship of Vesterholm's ice swimming club has been put back because "
        "the ice on the lake is still too thin to allow rescue teams safe access. Originally planned "
        "for 25 January, it will now be held on 15 February, as long as the ice is at least 20 cm "
        "thick by then. Around 90 swimmers have entered, 12 of them from other countries, according "
        "to club spokesperson Ingrid Solberg, who said existing entries would transfer automatically "
        "to the new date. Should the February date also fall through, entrants will get all their "
        "money back, she added."),
    errors=[],
    traps=[T("put back", "postponed"),
           T("20 cm", "20 centimetres"),
           T("12 of them from other countries", "a dozen from abroad"),
           T("Should the February date also fall through", "If the new date also has to be cancelled"),
           T("get all their money back", "be given a full refund")],
))

CASES.append(dict(
    domain="snowshoeing", mode="rewrite", label="consistent",
    reference=(
        "The Hallingby National Park authority has marked out four new snowshoe trails totalling 31 "
        "kilometres in the Skarvdal valley, with the aim of drawing winter visitors away from "
        "avalanche-prone slopes. The routes, graded from easy to difficult, are marked with orange "
        "poles and will be checked by rangers every morning after fresh snowfall. Park director Elin "
        "Brekke said the trails had been planned with the regional avalanche warning service. Dogs "
        "are allowed on the two easiest routes if kept on a lead. A free map is available at the "
        "visitor centre in Skarvdal and can be downloaded from the park's website."),
    candidate=(
        "In a bid to steer winter visitors away from slopes at risk of avalanches, the Hallingby "
        "National Park authority has marked out four new snowshoe trails in the Skarvdal valley, with "
        "a combined length of 31 km. Orange poles mark the routes, which range in difficulty from easy "
        "to hard, and rangers will inspect them each morning following new snowfall. According to "
        "Elin Brekke, the park's director, the trails were designed together with the regional "
        "avalanche warning service. On the two least demanding routes, dogs are permitted provided "
        "they are on a lead. Free maps can be picked up at the Skarvdal visitor centre or downloaded "
        "from the park's website."),
    errors=[],
    traps=[T("with a combined length of 31 km", "totalling 31 kilometres"),
           T("slopes at risk of avalanches", "avalanche-prone slopes"),
           T("the two least demanding routes", "the two easiest routes"),
           T("provided they are on a lead", "if kept on a lead")],
))

CASES.append(dict(
    domain="biathlon", mode="rewrite", label="consistent",
    reference=(
        "The Ostrava Ridge biathlon centre will install a new electronic target system before hosting "
        "a round of the junior world cup in December, its owners said. The system, supplied by the "
        "Austrian firm Zieltec, replaces mechanical targets that have been in use since 1998 and will "
        "allow results to be displayed to spectators within seconds. The 340,000-euro cost is being "
        "shared by the centre and the national biathlon union. Centre manager Tomas Kadlec said the "
        "range would be closed to club athletes for three weeks in October while the system was "
        "fitted and tested. The junior world cup round is expected to attract about 250 athletes "
        "from 30 countries."),
    candidate=(
        "Before it stages a junior world cup round in December, the Ostrava Ridge biathlon centre is "
        "to fit a new electronic target system, the centre's owners said. Supplied by Zieltec of "
        "Austria, the system will take over from the mechanical targets used since 1998, and it will "
        "let spectators see results within seconds. The centre and the national biathlon union are "
        "splitting the \u20ac340,000 bill. Club athletes will be unable to use the range for three weeks "
        "in October while the system is installed and tested, centre manager Tomas Kadlec said. "
        "Around 250 athletes from 30 nations are expected to compete in the world cup round."),
    errors=[],
    traps=[T("Zieltec of Austria", "the Austrian firm Zieltec"),
           T("\u20ac340,000 bill", "340,000-euro cost"),
           T("Club athletes will be unable to use the range",
             "the range would be closed to club athletes"),
           T("30 nations", "30 countries")],
))

CASES.append(dict(
    domain="luge tracks", mode="rewrite", label="consistent",
    reference=(
        "Repairs to the refrigeration system at the Kaltenfels luge track have been completed ahead of "
        "schedule, allowing the venue to open for training on 18 November, a week earlier than "
        "planned. The track's operator, Kaltenfels Sport GmbH, said the work had cost 2.3 million "
        "euros, about 200,000 euros less than budgeted. The track was closed last winter after an "
        "ammonia leak was discovered in a compressor building. No one was hurt in the incident. "
        "Operations manager Klaus Wiedner said national team sliders would have priority on the track "
        "during the first fortnight, after which club athletes and public taster sessions would be "
        "allowed back."),
    candidate=(
        "Work to repair the Kaltenfels luge track's refrigeration system finished earlier than "
        "expected, so the venue can open for training on 18 November, seven days ahead of the "
        "original plan. Kaltenfels Sport GmbH, which operates the track, said the repairs cost "
        "\u20ac2.3m, roughly \u20ac200,000 under budget. The track had been shut last winter when an "
        "ammonia leak was found in a compressor building; nobody was injured. For the first two weeks, "
        "national team sliders will get priority on the track, operations manager Klaus Wiedner said, "
        "after which club athletes and public taster sessions will return."),
    errors=[],
    traps=[T("seven days ahead of the original plan", "a week earlier than planned"),
           T("\u20ac2.3m", "2.3 million euros"),
           T("roughly \u20ac200,000 under budget", "about 200,000 euros less than budgeted"),
           T("nobody was injured", "No one was hurt"),
           T("For the first two weeks", "during the first fortnight")],
))

CASES.append(dict(
    domain="ski lifts", mode="rewrite", label="consistent",
    reference=(
        "The Grauhorn ski area will replace its 1984 double chairlift with a ten-person gondola before "
        "the 2026 season, the lift company Grauhorn Bahnen AG announced on Friday. The 14.5 million "
        "franc project will more than triple hourly capacity on the route, from 900 to 2,800 "
        "passengers, and cut the journey time to the summit station from 14 minutes to six. "
        "Construction is due to begin next April, subject to final approval from the cantonal "
        "planning office. Chief executive Martina Zeller said the old chairlift had become "
        "increasingly unreliable and that spare parts were now difficult to obtain."),
    candidate=(
        "Grauhorn Bahnen AG said on Friday that it will take down the 1984 double chairlift at the "
        "Grauhorn ski area and put in a ten-person gondola ahead of the 2026 season. The project, "
        "costing 14.5 million francs, will lift the route's hourly capacity from 900 to 2,800 "
        "passengers, more than three times the current figure, and reduce the ride to the summit "
        "station from 14 minutes to six. Work is scheduled to start next April, pending the cantonal "
        "planning office's final approval. The old chairlift had grown less and less reliable and "
        "spare parts were now hard to come by, said chief executive Martina Zeller."),
    errors=[],
    traps=[T("more than three times the current figure", "more than triple"),
           T("pending the cantonal planning office's final approval",
             "subject to final approval from the cantonal planning office"),
           T("Work is scheduled to start", "Construction is due to begin"),
           T("hard to come by", "difficult to obtain")],
))

CASES.append(dict(
    domain="avalanche dogs", mode="rewrite", label="consistent",
    reference=(
        "Five avalanche search dogs and their handlers have qualified for operational duty after "
        "completing a two-week assessment at the Pieve Alta training centre, the regional mountain "
        "rescue service said. The dogs, all between two and four years old, had to locate buried "
        "volunteers in a series of timed searches on a simulated debris field. Three of the teams come "
        "from valleys that previously had no qualified dog on call. Training coordinator Silvia Rota "
        "said the new teams would bring the region's total to 23 and would significantly shorten "
        "response times in the eastern valleys. Each dog will be reassessed every year."),
    candidate=(
        "The regional mountain rescue service said five avalanche search dogs and their handlers are "
        "now qualified for operational duty, having passed a 14-day assessment at the Pieve Alta "
        "training centre. During the assessment, the dogs, aged two to four, were required to find "
        "volunteers buried on a simulated debris field in a number of timed searches. Three of the "
        "teams come from valleys that until now had no qualified dog on call. With the new teams, the "
        "region will have 23 in total, training coordinator Silvia Rota said, adding that they would "
        "cut response times considerably in the eastern valleys. All the dogs will face a fresh "
        "assessment annually."),
    errors=[],
    traps=[T("14-day assessment", "two-week assessment"),
           T("aged two to four", "all between two and four years old"),
           T("cut response times considerably", "significantly shorten response times"),
           T("All the dogs will face a fresh assessment annually", "Each dog will be reassessed every year")],
))

CASES.append(dict(
    domain="mountain guides", mode="rewrite", label="consistent",
    reference=(
        "The national mountain guides association has raised the minimum daily rate its members are "
        "advised to charge for glacier tours by 8 per cent, to 540 francs, citing higher insurance "
        "premiums and equipment costs. The new rate applies to bookings made from 1 January. "
        "Association president Luc Berthod said the increase was the first in four years and was "
        "below the rate of inflation over that period. He added that guides remained free to set "
        "their own prices. The association represents about 1,400 certified guides, roughly a tenth "
        "of whom are women."),
    candidate=(
        "Pointing to rising insurance premiums and the cost of equipment, the national mountain guides "
        "association has increased its recommended minimum daily rate for glacier tours by 8%, to 540 "
        "francs. Bookings made from 1 January onwards will be subject to the new rate. Luc Berthod, "
        "who heads the association, said it was the first rise in four years and was smaller than "
        "inflation over the same period, adding that guides could still set their own prices. Some "
        "1,400 certified guides belong to the association, and around 10 per cent of them are women."),
    errors=[],
    traps=[T("8%", "8 per cent"),
           T("recommended minimum daily rate", "minimum daily rate its members are advised to charge"),
           T("who heads the association", "Association president"),
           T("could still set their own prices", "remained free to set their own prices"),
           T("around 10 per cent of them are women", "roughly a tenth of whom are women")],
))

CASES.append(dict(
    domain="via ferrata", mode="rewrite", label="consistent",
    reference=(
        "A new via ferrata on the north face of Monte Corvara will open to the public on 1 July after "
        "inspectors approved the final section of steel cable last week, the municipality of San "
        "Vito said. The route, which climbs 620 metres and includes a 45-metre suspension bridge, is "
        "graded difficult and is recommended only for experienced climbers with full equipment. It "
        "was built over two summers at a cost of 780,000 euros, most of it funded by a regional "
        "tourism grant. Mayor Paola Deluca said access would be free, but climbers would be asked to "
        "register at the tourist office before setting out."),
    candidate=(
        "The municipality of San Vito said that a new via ferrata on Monte Corvara's north face will "
        "be opened to the public on 1 July, now that inspectors have signed off the last section of "
        "steel cable, which they did last week. The route gains 620 metres in height and features a "
        "45-metre suspension bridge; it is graded difficult and advised only for experienced climbers "
        "carrying full equipment. Construction took two summers and cost \u20ac780,000, the bulk of "
        "which came from a regional tourism grant. There will be no charge for access, Mayor Paola "
        "Deluca said, although climbers will be asked to sign in at the tourist office before they "
        "set off."),
    errors=[],
    traps=[T("signed off the last section", "approved the final section"),
           T("gains 620 metres in height", "climbs 620 metres"),
           T("the bulk of which came from", "most of it funded by"),
           T("There will be no charge for access", "access would be free")],
))

# ---------------------------------------------------------------------------
# Summaries, inconsistent (5)
# ---------------------------------------------------------------------------
CASES.append(dict(
    domain="alpine dairies", mode="summary", label="inconsistent",
    reference=(
        "A cooperative of 17 alpine dairies in the Valmora region has won protected designation of "
        "origin status for its Valmora mountain cheese, the agriculture ministry announced on Monday. "
        "Under the new rules, the cheese may only be made from raw milk from cows grazing on summer "
        "pastures above 1,400 metres and must be aged for at least eight months. The cooperative "
        "produced around 230 tonnes of the cheese last year, most of it sold in the region. "
        "Cooperative president Anton Gruber said the designation would protect small producers from "
        "cheaper imitations, which he estimated accounted for a third of cheese sold under the "
        "Valmora name. Producers have two years to adapt their labelling to the new rules."),
    candidate=(
        "Valmora mountain cheese, made by a cooperative of 17 alpine dairies, has been granted "
        "protected designation of origin status. It must be made from raw milk from cows on summer "
        "pastures above 1,400 metres and aged for at least eight months. The cooperative's president "
        "said the status would shield small producers from cheaper imitations, which he put at a "
        "quarter of cheese sold under the Valmora name."),
    errors=[E("a quarter", "number", "minor", "a third")],
    traps=[T("shield small producers", "protect small producers")],
))

CASES.append(dict(
    domain="cowbells", mode="summary", label="inconsistent",
    reference=(
        "Residents of the mountain village of Obertal have lost a two-year legal battle to silence the "
        "cowbells of a farm on the edge of the village. The cantonal court ruled on Wednesday that "
        "the bells were part of local agricultural tradition and did not cause unreasonable "
        "disturbance, rejecting a complaint brought by four households. The farmer, Reto Ammann, said "
        "he was relieved and had always been willing to remove the bells at night during the summer "
        "months. Lawyer Sabine Koller, who represented the households, said her clients were "
        "disappointed and were considering an appeal to the federal court. The village council, "
        "which had stayed neutral in the dispute, said it hoped neighbours could now find a "
        "compromise."),
    candidate=(
        "A cantonal court has rejected a complaint by four households in Obertal seeking to silence a "
        "farm's cowbells, ruling that the bells were part of local agricultural tradition and not an "
        "unreasonable disturbance. The court noted that the farmer had always been willing to remove "
        "the bells at night in summer. The households' lawyer said they were considering an appeal, "
        "while the village council, which had tried to mediate, hoped for a compromise."),
    errors=[E("The court noted", "attribution", "minor", "The farmer, Reto Ammann, said"),
            E("had tried to mediate", "event", "minor", "had stayed neutral in the dispute")],
    traps=[T("not an unreasonable disturbance", "did not cause unreasonable disturbance")],
))

CASES.append(dict(
    domain="yodelling", mode="summary", label="inconsistent",
    reference=(
        "The Alpine Yodelling Federation has voted to allow yodelling groups with mixed male and "
        "female voices to compete in the traditional category at its national festival for the first "
        "time. Until now, mixed ensembles could enter only the open category, where they were judged "
        "alongside modern and experimental acts. The decision, taken by 112 votes to 47 at the "
        "federation's assembly in Brunnhof on Saturday, follows three years of debate. Federation "
        "president Margrit Imhof said the change reflected the reality that many village choirs were "
        "now mixed. Some traditionalist clubs said they would accept the result, although two "
        "announced they would leave the federation."),
    candidate=(
        "The Alpine Yodelling Federation has voted 112 to 47 to let mixed male and female yodelling "
        "groups compete in the traditional category of its national festival, ending three years of "
        "debate; previously they were limited to the open category. The president said many village "
        "choirs were now mixed. Some traditionalist clubs said they would not accept the result, and "
        "two are leaving the federation."),
    errors=[E("would not accept the result", "polarity", "major", "would accept the result")],
    traps=[T("previously they were limited to the open category",
             "mixed ensembles could enter only the open category")],
))

CASES.append(dict(
    domain="brass foundries", mode="summary", label="inconsistent",
    reference=(
        "Hartwell Brass, one of the last independent brass foundries in the north of England, has been "
        "bought by its largest customer, the marine fittings maker Coraline Marine, for an "
        "undisclosed sum. The 140-year-old foundry employs 63 people at its site in Stourley and "
        "casts valves, propeller hubs and deck fittings. Coraline said all jobs would be kept and "
        "that it planned to invest 2 million pounds in a new melting furnace over the next two years. "
        "Hartwell's managing director, David Ruane, whose family has owned the business for four "
        "generations, will stay on to run the foundry. The deal is expected to be completed by the "
        "end of the month."),
    candidate=(
        "Hartwell Brass has bought its largest customer, marine fittings maker Coraline Marine. The "
        "140-year-old foundry in Stourley employs 63 people. All jobs are to be kept and \u00a32m will "
        "go into a new melting furnace over two years, along with a new apprenticeship scheme. "
        "Managing director David Ruane will stay on to run the foundry, and the deal should close by "
        "the end of the month."),
    errors=[E("Hartwell Brass has bought its largest customer, marine fittings maker Coraline Marine",
              "role", "critical",
              "Hartwell Brass, one of the last independent brass foundries in the north of England, has "
              "been bought by its largest customer, the marine fittings maker Coraline Marine"),
            E("along with a new apprenticeship scheme", "addition", "minor", None)],
    traps=[T("the deal should close by the end of the month",
             "The deal is expected to be completed by the end of the month")],
))

CASES.append(dict(
    domain="bell foundries", mode="summary", label="inconsistent",
    reference=(
        "The Whitcombe Bell Foundry has cast a new tenor bell for St Aldric's Church in Lynford, "
        "replacing one that cracked during a New Year's peal in 2022. The bell weighs 1.1 tonnes and "
        "was cast from a mix of new metal and the melted-down remains of the old bell, in keeping "
        "with tradition. Around 70 parishioners watched the casting at the foundry on Thursday. The "
        "96,000-pound cost was raised over 18 months through donations and a heritage lottery grant. "
        "Foundry manager Helen Crouch said the bell would be tuned over the coming weeks and was "
        "expected to be installed in the tower in time for Easter."),
    candidate=(
        "A new 1.1-tonne tenor bell for St Aldric's Church in Lynford, partly made from the metal of "
        "the bell that cracked in 2022, was cast by the Whitcombe Bell Foundry on Thursday in front "
        "of about 70 parishioners. The \u00a396,000 cost was met by donations and a heritage lottery "
        "grant. After tuning, the bell is expected to be installed in time for Easter, in time for "
        "Easter."),
    errors=[E("in time for Easter", "repetition", "minor", None, occ=1)],
    traps=[T("partly made from the metal of the bell that cracked in 2022",
             "the melted-down remains of the old bell"),
           T("The \u00a396,000 cost", "The 96,000-pound cost")],
))

# ---------------------------------------------------------------------------
# Summaries, consistent (5)
# ---------------------------------------------------------------------------
CASES.append(dict(
    domain="clockmakers", mode="summary", label="consistent",
    reference=(
        "The town council of Reichenau-Mitte has commissioned the family firm Uhrenbau Falk to restore "
        "the 300-year-old mechanical clock in the town hall tower, which stopped working in March. "
        "The clock's iron movement will be dismantled and taken to the firm's workshop, where worn "
        "gear wheels will be remade by hand. The work is expected to take about ten months and cost "
        "85,000 euros, half of which will be covered by the state heritage office. While the clock is "
        "away, the bells will be rung by an electronic controller so that the hourly chimes continue. "
        "Master clockmaker Jonas Falk said it would be the oldest tower movement his firm had ever "
        "restored."),
    candidate=(
        "Uhrenbau Falk, a family firm, has been hired by Reichenau-Mitte's council to restore the town "
        "hall tower's 300-year-old clock, which stopped in March. The restoration should take roughly "
        "ten months and cost \u20ac85,000, with the state heritage office paying 50 per cent. An "
        "electronic controller will keep the hourly chimes going while the movement is in the "
        "workshop."),
    errors=[],
    traps=[T("has been hired by Reichenau-Mitte's council",
             "The town council of Reichenau-Mitte has commissioned"),
           T("should take roughly ten months", "is expected to take about ten months"),
           T("\u20ac85,000", "85,000 euros"),
           T("with the state heritage office paying 50 per cent",
             "half of which will be covered by the state heritage office")],
))

CASES.append(dict(
    domain="map makers", mode="summary", label="consistent",
    reference=(
        "Cartografia Nord, a map publisher based in the town of Brenzona, has released a new series of "
        "12 hiking maps at a scale of 1:25,000 covering the whole of the Serina mountains. The maps "
        "were drawn using laser survey data supplied by the regional land office and were checked on "
        "foot by a team of eight field surveyors over three summers. They show 1,850 kilometres of "
        "marked paths, including 140 kilometres of routes that did not appear on earlier editions. "
        "Editor Chiara Bellotti said the paper was tear-resistant and waterproof. Each map costs 11 "
        "euros, and a digital version is available through the company's app."),
    candidate=(
        "Brenzona-based publisher Cartografia Nord has brought out a dozen 1:25,000 hiking maps of the "
        "entire Serina mountains, based on the regional land office's laser survey data and checked "
        "on foot by eight surveyors over three summers. They show 1,850 km of marked paths, 140 km of "
        "which were missing from earlier editions, and cost \u20ac11 each."),
    errors=[],
    traps=[T("Brenzona-based publisher", "a map publisher based in the town of Brenzona"),
           T("a dozen 1:25,000 hiking maps", "a new series of 12 hiking maps at a scale of 1:25,000"),
           T("1,850 km", "1,850 kilometres"),
           T("140 km of which were missing from earlier editions",
             "140 kilometres of routes that did not appear on earlier editions"),
           T("cost \u20ac11 each", "Each map costs 11 euros")],
))

CASES.append(dict(
    domain="globe makers", mode="summary", label="consistent",
    reference=(
        "Orbis Werkstatt, one of Europe's few remaining makers of hand-made globes, has received its "
        "largest ever order: 40 illuminated floor globes for a chain of luxury hotels. Each globe is "
        "60 centimetres in diameter and takes about three weeks to produce, with the printed map "
        "segments, known as gores, applied by hand to a plaster sphere. Founder Marianne Voss said "
        "the company would hire two extra craftspeople to fulfil the order, bringing its workforce to "
        "11. Deliveries are due to begin in the autumn and be completed within a year. The company "
        "declined to give the value of the contract."),
    candidate=(
        "Orbis Werkstatt, a hand-made globe maker, has won its biggest order to date, 40 illuminated "
        "floor globes for a luxury hotel chain, and will take on two more craftspeople, taking its "
        "staff to 11. Each 60 cm globe needs roughly three weeks of work. The contract's value was not "
        "disclosed."),
    errors=[],
    traps=[T("its biggest order to date", "its largest ever order"),
           T("take on two more craftspeople", "hire two extra craftspeople"),
           T("roughly three weeks of work", "takes about three weeks to produce"),
           T("The contract's value was not disclosed",
             "The company declined to give the value of the contract")],
))

CASES.append(dict(
    domain="typewriter repair", mode="summary", label="consistent",
    reference=(
        "A typewriter repair shop that has operated on Kettle Lane in Dunford since 1961 will close at "
        "the end of June after its owner, 78-year-old Frank Oldroyd, decided to retire. Mr Oldroyd, "
        "who took over the business from his father in 1985, said demand had grown in recent years "
        "as younger customers bought vintage machines online, but that he had been unable to find "
        "anyone willing to train as his successor. The shop repairs about 300 typewriters a year, "
        "some sent from as far away as Canada. Its stock of spare parts will be donated to the "
        "Dunford Museum of Office Technology, which plans to run occasional repair workshops."),
    candidate=(
        "Frank Oldroyd, 78, will close his Dunford typewriter repair shop at the end of June when he "
        "retires, having run it since taking over from his father in 1985. He has been unable to find "
        "a successor despite rising demand from younger customers buying vintage machines online. "
        "The shop's spare parts will be donated to a local museum that plans to hold occasional "
        "repair workshops."),
    errors=[],
    traps=[T("Frank Oldroyd, 78", "78-year-old Frank Oldroyd"),
           T("having run it since taking over from his father in 1985",
             "who took over the business from his father in 1985"),
           T("rising demand", "demand had grown in recent years"),
           T("a local museum", "the Dunford Museum of Office Technology")],
))

CASES.append(dict(
    domain="fountain pens", mode="summary", label="consistent",
    reference=(
        "Penhallow & Greaves, a fountain pen maker founded in 1904, will move production from its "
        "ageing factory in Bramford to a new site on the town's business park, securing the jobs of "
        "its 85 employees. The company, which sells around 45,000 pens a year, said the move would be "
        "completed in phases between October and March so that output is not interrupted. The new "
        "site will include a visitor centre where customers can watch nibs being ground and polished. "
        "Managing director Alison Greaves said exports, mainly to Japan and the United States, now "
        "accounted for 60 per cent of sales, up from 40 per cent five years ago."),
    candidate=(
        "Fountain pen maker Penhallow & Greaves is moving production to a new site on Bramford's "
        "business park, in stages between October and March so output continues, keeping all 85 "
        "jobs. Exports, chiefly to Japan and the US, now make up three-fifths of sales, against "
        "two-fifths five years ago, the managing director said."),
    errors=[],
    traps=[T("in stages", "in phases"),
           T("so output continues", "so that output is not interrupted"),
           T("the US", "the United States"),
           T("three-fifths of sales", "60 per cent of sales"),
           T("two-fifths five years ago", "40 per cent five years ago")],
))

# ---------------------------------------------------------------------------
# Translations, inconsistent (5): two independent English renderings each
# ---------------------------------------------------------------------------
CASES.append(dict(
    domain="ink wells", mode="translation", label="inconsistent",
    reference=(
        "The Museum of Writing in Saint-Aurel has acquired a collection of 212 inkwells assembled over "
        "half a century by a retired notary, Bernard Lachaume, the town hall announced on Tuesday. "
        "The pieces, made of glass, porcelain, pewter and bronze, date from the 17th to the early "
        "20th century. The museum paid 48,000 euros for the collection, with part of the sum provided "
        "by the regional heritage fund. Around forty of the inkwells will be shown from 5 May in a "
        "temporary exhibition, before the entire collection joins the permanent galleries next year. "
        "Curator Odile Farget described the acquisition as the most important in the museum's "
        "history."),
    candidate=(
        "The town hall of Saint-Aurel said on Tuesday that its Writing Museum had bought 212 inkwells "
        "collected over fifty years by Bernard Lachaume, a former notary. Made from glass, porcelain "
        "and bronze, the objects date from the 17th century to the start of the 20th. The museum "
        "spent 84,000 euros on the collection, partly financed by the regional heritage fund. Some "
        "forty inkwells will go on display in a temporary exhibition from 5 May, and next year the "
        "whole collection will move into the permanent galleries. For the curator, Odile Farget, this "
        "is the most important acquisition the museum has ever made."),
    errors=[OM("porcelain", "pewter", "minor"),
            E("84,000 euros", "number", "major", "48,000 euros")],
    traps=[T("collected over fifty years", "assembled over half a century"),
           T("a former notary", "a retired notary")],
))

CASES.append(dict(
    domain="paper marbling", mode="translation", label="inconsistent",
    reference=(
        "A workshop in the old quarter of Kestel that teaches ebru, the traditional art of paper "
        "marbling, has been added to the national register of intangible cultural heritage "
        "practitioners, the culture ministry said. The workshop was founded in 1979 by master marbler "
        "Hikmet Aydogan and is now run by his daughter, Selin Aydogan, who trains around 30 "
        "apprentices a year. Its pieces, made by floating pigments on a thickened water bath and "
        "transferring them to paper, have been exhibited in Japan and Germany. Registration brings an "
        "annual grant and priority access to state-funded restoration projects. Selin Aydogan said "
        "the recognition would help keep the craft alive among young people."),
    candidate=(
        "According to the ministry of culture, a Kestel workshop in the historic part of town where "
        "ebru, the age-old craft of marbling paper, is taught has been entered in the national "
        "register of practitioners of intangible cultural heritage. Master marbler Hikmet Aydogan set "
        "up the workshop in 1979; today it is headed by his wife, Selin Aydogan, who takes on some 30 "
        "apprentices every year. The workshop's works, produced by floating colours on a bath of "
        "thickened water and then lifting them onto paper, have been shown in Japan and Germany. "
        "Being on the register means a yearly grant and priority for state-funded restoration "
        "projects. Selin Aydogan said this recognition would help the craft survive among the young."),
    errors=[E("his wife", "entity", "major", "his daughter")],
    traps=[T("some 30 apprentices every year", "around 30 apprentices a year"),
           T("set up the workshop in 1979", "was founded in 1979")],
))

CASES.append(dict(
    domain="letterpress", mode="translation", label="inconsistent",
    reference=(
        "The Nowak letterpress workshop in Zarnow, which has printed wedding invitations and posters "
        "on hand-set type since 1928, could be forced to close by the end of the year because its "
        "landlord plans to convert the building into flats, the owner said on Friday. Magdalena "
        "Nowak, the founder's granddaughter, said she was looking for new premises but that moving "
        "the six presses, the heaviest of which weighs two tonnes, would cost at least 60,000 zloty. "
        "A petition to save the workshop has gathered more than 4,000 signatures since it was "
        "launched last week. The town council said it would discuss the case at its next session, "
        "on 12 September."),
    candidate=(
        "The owner of the Nowak print shop in Zarnow, which has used hand-set type to print posters "
        "and wedding invitations since 1928, said on Friday that it will have to shut by the end of "
        "the year because the landlord intends to turn the building into apartments. Magdalena Nowak, "
        "granddaughter of the founder, is searching for a new site, but she said relocating the six "
        "presses, the heaviest weighing two tonnes, would cost no less than 60,000 zloty. More than "
        "4,000 people have signed a petition to save the shop since it was started last month. The "
        "council will take up the matter at its next meeting on 12 September, the town said."),
    errors=[E("will have to shut", "modality", "major", "could be forced to close"),
            E("last month", "date", "minor", "last week")],
    traps=[T("no less than 60,000 zloty", "at least 60,000 zloty"),
           T("turn the building into apartments", "convert the building into flats")],
))

CASES.append(dict(
    domain="zine fairs", mode="translation", label="inconsistent",
    reference=(
        "The tenth edition of the Barrio Sur Zine Fair will take place on 22 and 23 March in the "
        "former tobacco warehouse in Almedra, the organisers announced. More than 120 independent "
        "publishers, illustrators and small collectives have been selected from almost 300 "
        "applications. For the first time, the fair will not charge exhibitors for tables, thanks to "
        "sponsorship from the local printing cooperative Tinta Viva. Entry for visitors will also "
        "remain free. Organiser Lucia Ferrer said the fair had been founded by a group of students "
        "and was now one of the largest of its kind in the country. Workshops on binding and "
        "risograph printing will be held on both days."),
    candidate=(
        "Almedra's old tobacco warehouse will host the tenth Barrio Sur Zine Fair on 22 and 23 March, "
        "its organisers have said. Over 120 independent publishers, illustrators and small "
        "collectives were chosen from nearly 300 applicants. This year, for the first time, "
        "exhibitors will get their tables free of charge, thanks to the fair's sponsorship of the "
        "local printing cooperative Tinta Viva. Visitors, however, will have to pay to get in. "
        "According to organiser Lucia Ferrer, the fair was started by a group of students and has "
        "become one of the biggest events of its type in the country. On both days there will be "
        "workshops on bookbinding and risograph printing."),
    errors=[E("the fair's sponsorship of the local printing cooperative Tinta Viva", "role", "major",
              "sponsorship from the local printing cooperative Tinta Viva"),
            E("will have to pay to get in", "polarity", "major",
              "Entry for visitors will also remain free")],
    traps=[T("Over 120", "More than 120"),
           T("nearly 300 applicants", "almost 300 applications")],
))

CASES.append(dict(
    domain="sign language classes", mode="translation", label="inconsistent",
    reference=(
        "The city of Lindenau will offer free sign language courses to municipal employees who deal "
        "with the public, starting in September, the mayor's office announced. The ten-week "
        "beginners' course will be taught by deaf instructors from the regional association of the "
        "deaf and will take place during working hours. About 150 staff from the citizens' office, "
        "libraries and public transport service have already signed up. Deputy mayor Petra Hollweg "
        "said the aim was for every service counter in the city to have at least one employee able to "
        "communicate in sign language by 2027. The programme will cost the city around 90,000 euros "
        "over three years."),
    candidate=(
        "Starting in September, municipal staff in Lindenau who have contact with the public will be "
        "able to take sign language classes free of charge, the mayor's office said. Deaf teachers "
        "from the regional deaf association will lead the ten-week course for beginners, which will "
        "be held in working time. Some 150 employees of the citizens' office, the libraries and the "
        "public transport service have already completed the course. The goal, according to deputy "
        "mayor Petra Hollweg, is that by 2027 every service desk in the city will have at least one "
        "member of staff who can communicate in sign language. Over three years, the programme will "
        "cost the city about 90,000 euros."),
    errors=[E("have already completed the course", "event", "major", "have already signed up")],
    traps=[T("in working time", "during working hours"),
           T("Some 150 employees", "About 150 staff")],
))

# ---------------------------------------------------------------------------
# Translations, consistent (5)
# ---------------------------------------------------------------------------
CASES.append(dict(
    domain="braille printing", mode="translation", label="consistent",
    reference=(
        "The national braille press in Vilamar has begun printing school textbooks in braille for all "
        "years of compulsory education, ending a shortage that had forced blind pupils to wait months "
        "for their books. The press, which is run by the Association for the Blind, installed two new "
        "embossers in January that can produce up to 900 pages an hour each. Director Rui Camacho "
        "said about 1,100 titles would be printed this school year, compared with around 400 last "
        "year. The education ministry is paying for the programme, which will cost 1.6 million euros "
        "a year. Books will be delivered directly to schools within three weeks of an order."),
    candidate=(
        "Textbooks for every year of compulsory schooling are now being produced in braille by the "
        "national braille printing house in Vilamar, putting an end to a shortage that had left blind "
        "students waiting months to receive their books. In January the printing house, operated by "
        "the Association for the Blind, put in two new embossing machines, each capable of up to 900 "
        "pages per hour. According to its director, Rui Camacho, around 1,100 titles will come off "
        "the presses this school year, against about 400 the year before. The programme, funded by "
        "the ministry of education, will cost 1.6 million euros annually. Schools will receive the "
        "books directly, no more than three weeks after ordering them."),
    errors=[],
    traps=[T("each capable of up to 900 pages per hour", "can produce up to 900 pages an hour each"),
           T("the year before", "last year"),
           T("funded by the ministry of education", "The education ministry is paying for the programme"),
           T("1.6 million euros annually", "1.6 million euros a year"),
           T("no more than three weeks after ordering them", "within three weeks of an order")],
))

CASES.append(dict(
    domain="hearing dogs", mode="translation", label="consistent",
    reference=(
        "A charity in Ostervik that trains hearing dogs for deaf people has opened a second training "
        "centre, which will allow it to double the number of dogs it places each year from 25 to 50. "
        "The new centre, on a former farm outside the town, has kennels for 30 dogs and was paid for "
        "largely by a bequest from a local businesswoman. The charity's director, Annika Lund, said "
        "the waiting list had grown to more than two years. Each dog is trained for about 18 months "
        "to alert its owner to sounds such as alarm clocks, doorbells and smoke alarms. The dogs are "
        "provided free of charge to their owners."),
    candidate=(
        "An Ostervik charity that trains hearing dogs for deaf people has opened another training "
        "centre, enabling it to place 50 dogs a year instead of the current 25. Located on a former "
        "farm outside the town, the centre has room for 30 dogs in its kennels and was mostly "
        "financed through a bequest left by a local businesswoman. The waiting list now exceeds two "
        "years, said Annika Lund, who directs the charity. Training lasts roughly a year and a half "
        "per dog, teaching it to alert its owner to noises like doorbells, alarm clocks and smoke "
        "detectors. Owners receive the dogs without paying anything."),
    errors=[],
    traps=[T("place 50 dogs a year instead of the current 25",
             "double the number of dogs it places each year from 25 to 50"),
           T("mostly financed through a bequest", "paid for largely by a bequest"),
           T("now exceeds two years", "had grown to more than two years"),
           T("roughly a year and a half", "about 18 months"),
           T("Owners receive the dogs without paying anything",
             "The dogs are provided free of charge to their owners")],
))

CASES.append(dict(
    domain="wheelchair rugby", mode="translation", label="consistent",
    reference=(
        "The national wheelchair rugby team will play a three-match series against Canada in Sorvalla "
        "in November, the first international matches to be held in the country in this sport, the "
        "federation announced. The games will take place at the Sorvalla municipal arena, which was "
        "adapted last year with new ramps, accessible changing rooms and a wooden floor suitable for "
        "sports wheelchairs. Coach Matteo Riva said the series would be important preparation for "
        "the European championship next summer. Tickets will cost 5 euros, and children under 14 "
        "will be admitted free. The federation hopes to attract at least 2,000 spectators per match."),
    candidate=(
        "In November the national team will face Canada three times in Sorvalla, in what will be the "
        "first international wheelchair rugby matches ever played in the country, according to the "
        "federation. The venue is Sorvalla's municipal arena, which was refitted last year with new "
        "ramps, accessible changing rooms and a wooden floor suited to sports wheelchairs. For coach "
        "Matteo Riva, the series will serve as important preparation for next summer's European "
        "championship. Admission costs 5 euros, with free entry for under-14s. The federation is "
        "hoping for crowds of at least 2,000 at each game."),
    errors=[],
    traps=[T("face Canada three times", "play a three-match series against Canada"),
           T("next summer's European championship", "the European championship next summer"),
           T("free entry for under-14s", "children under 14 will be admitted free"),
           T("crowds of at least 2,000 at each game", "at least 2,000 spectators per match")],
))

CASES.append(dict(
    domain="blind football", mode="translation", label="consistent",
    reference=(
        "Clube Atletico Ribeira has become the first club in the region to set up a blind football "
        "team, after receiving a grant of 12,000 euros from the regional sports fund. The team trains "
        "twice a week on a pitch fitted with side boards and uses a ball containing bells so that "
        "players can locate it by sound. All outfield players wear eyeshades to ensure fairness, "
        "while the goalkeeper may be sighted. Coach Sandra Pires, a former Paralympic athlete, said "
        "eight players had joined so far and that the club hoped to enter the national league next "
        "season. The club is also looking for volunteer guides to stand behind the opposing goal."),
    candidate=(
        "Thanks to a \u20ac12,000 grant from the regional sports fund, Clube Atletico Ribeira is now the "
        "region's first club with a blind football team. Twice weekly, the team practises on a pitch "
        "with boards along its sides, using a ball with bells inside so players can find it by its "
        "sound. To make the game fair, every outfield player wears eyeshades; the goalkeeper, "
        "however, is allowed to have sight. Sandra Pires, the coach and herself a former Paralympian, "
        "said eight players had signed up so far and the club hoped to join the national league next "
        "season. Volunteers are also being sought to act as guides behind the opposing goal."),
    errors=[],
    traps=[T("\u20ac12,000 grant", "grant of 12,000 euros"),
           T("Twice weekly", "twice a week"),
           T("the goalkeeper, however, is allowed to have sight", "the goalkeeper may be sighted"),
           T("herself a former Paralympian", "a former Paralympic athlete")],
))

CASES.append(dict(
    domain="mobility scooters", mode="translation", label="consistent",
    reference=(
        "From 1 April, mobility scooters will be allowed on all tram lines in the city of Haldern, "
        "provided they are no longer than 1.2 metres, the public transport company HVB announced. "
        "Until now, scooters were permitted only on the two newest tram lines. Users will have to "
        "register their scooter once at a customer centre and will receive a sticker to display on "
        "the vehicle. HVB said 46 of its 58 trams had already been fitted with wider doors and a "
        "designated space, and the remaining ones would be converted by the summer. Disability groups "
        "welcomed the decision but called for the length limit to be reviewed after a year."),
    candidate=(
        "The Haldern public transport company HVB has announced that mobility scooters up to 1.2 "
        "metres long may be taken on every tram line in the city from 1 April. Previously they were "
        "only allowed on the two most recent lines. Scooter users must register once at a customer "
        "centre, after which they will be given a sticker to put on the scooter. According to HVB, "
        "46 of its 58 trams already have wider doors and a dedicated space, and the rest will be "
        "adapted by the summer. Organisations representing disabled people welcomed the move but "
        "asked for the length limit to be re-examined after twelve months."),
    errors=[],
    traps=[T("up to 1.2 metres long", "provided they are no longer than 1.2 metres"),
           T("the two most recent lines", "the two newest tram lines"),
           T("the rest will be adapted", "the remaining ones would be converted"),
           T("Organisations representing disabled people", "Disability groups"),
           T("re-examined after twelve months", "reviewed after a year")],
))

# ---------------------------------------------------------------------------
# Build and validate
# ---------------------------------------------------------------------------
PROBLEMS = []


def problem(cid, msg):
    PROBLEMS.append("%s: %s" % (cid, msg))


def find_nth(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def is_word_char(ch):
    return ch.isalnum()


def clean_edges(text, start, end):
    """True when [start, end) does not cut a word at either edge."""
    if start > 0 and start < len(text) and is_word_char(text[start - 1]) and is_word_char(text[start]):
        return False
    if end < len(text) and end > 0 and is_word_char(text[end - 1]) and is_word_char(text[end]):
        return False
    return True


def n_words(s):
    return len(re.findall(r"\S+", s))


def build():
    records = []
    type_counts = Counter()
    for i, case in enumerate(CASES, 1):
        cid = "s%d-%03d" % (SET_NO, i)
        ref, cand = case["reference"], case["candidate"]
        mode, label = case["mode"], case["label"]
        if mode not in ("rewrite", "summary", "translation"):
            problem(cid, "bad mode %r" % mode)
        if label not in ("consistent", "inconsistent"):
            problem(cid, "bad label %r" % label)
        if "  " in ref or "  " in cand:
            problem(cid, "double space in text")
        wc = n_words(ref)
        if not 70 <= wc <= 190:
            problem(cid, "reference has %d words" % wc)
        if mode == "summary" and not (len(cand) < len(ref) and n_words(cand) < wc):
            problem(cid, "summary not shorter than reference")
        spans = []
        errors = []
        for e in case["errors"]:
            t = e["type"]
            if t not in ERROR_TYPES:
                problem(cid, "bad error type %r" % t)
            if e["severity"] not in SEVERITIES:
                problem(cid, "bad severity %r" % e["severity"])
            type_counts[t] += 1
            if t == "omission":
                if mode == "summary":
                    problem(cid, "omission in summary")
                pos = find_nth(cand, e["anchor"], e["occ"])
                if pos < 0:
                    problem(cid, "omission anchor not found: %r" % e["anchor"])
                    continue
                start = end = pos + (len(e["anchor"]) if e["side"] == "end" else 0)
                text = ""
                if not e["ref_text"] or e["ref_text"] not in ref:
                    problem(cid, "omission ref_text not in reference: %r" % e["ref_text"])
                if e["ref_text"] and e["ref_text"].lower() in cand.lower():
                    problem(cid, "omitted words present in candidate: %r" % e["ref_text"])
            else:
                text = e["text"]
                start = find_nth(cand, text, e["occ"])
                if start < 0:
                    problem(cid, "error text not found: %r (occ %d)" % (text, e["occ"]))
                    continue
                end = start + len(text)
                if t in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        problem(cid, "%s must have ref_text null" % t)
                else:
                    if not e["ref_text"] or e["ref_text"] not in ref:
                        problem(cid, "error ref_text not in reference: %r" % e["ref_text"])
                    if e["ref_text"] == text:
                        problem(cid, "error text equals ref_text: %r" % text)
                if t == "repetition" and cand.find(text) >= start:
                    problem(cid, "repetition span is not a later copy: %r" % text)
                if t == "addition" and text in ref:
                    problem(cid, "added text occurs in reference: %r" % text)
            if not clean_edges(cand, start, end):
                problem(cid, "error span cuts a word: %r" % text)
            if cand[start:end] != text:
                problem(cid, "offset mismatch for %r" % text)
            spans.append((start, end, "error"))
            errors.append({"start": start, "end": end, "text": text, "type": t,
                           "severity": e["severity"], "ref_text": e["ref_text"]})
        traps = []
        for tr in case["traps"]:
            start = find_nth(cand, tr["text"], tr["occ"])
            if start < 0:
                problem(cid, "trap text not found: %r" % tr["text"])
                continue
            end = start + len(tr["text"])
            if tr["ref_text"] not in ref:
                problem(cid, "trap ref_text not in reference: %r" % tr["ref_text"])
            if tr["ref_text"] == tr["text"]:
                problem(cid, "trap not reworded: %r" % tr["text"])
            if not clean_edges(cand, start, end):
                problem(cid, "trap span cuts a word: %r" % tr["text"])
            spans.append((start, end, "trap"))
            traps.append({"start": start, "end": end, "text": tr["text"], "ref_text": tr["ref_text"]})
        spans.sort()
        for (s1, e1, k1), (s2, e2, k2) in zip(spans, spans[1:]):
            if s2 < e1 or (s1 == e1 == s2) or (s2 == e2 and s1 < s2 < e1):
                problem(cid, "overlapping spans at %d-%d and %d-%d" % (s1, e1, s2, e2))
        if label == "consistent":
            if errors:
                problem(cid, "consistent pair has errors")
            if not 3 <= len(traps) <= 5:
                problem(cid, "consistent pair has %d traps" % len(traps))
        else:
            if not 1 <= len(errors) <= 3:
                problem(cid, "inconsistent pair has %d errors" % len(errors))
            if len(traps) > 3:
                problem(cid, "inconsistent pair has %d traps" % len(traps))
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": cid, "domain": case["domain"], "mode": mode, "reference": ref,
                        "candidate": cand, "label": label, "errors": errors, "traps": traps})
    return records, type_counts


def check_composition(records, type_counts):
    if len(records) != 40:
        problem("set", "%d pairs, expected 40" % len(records))
    doms = [r["domain"] for r in records]
    if sorted(doms) != sorted(DOMAINS) or len(set(doms)) != len(doms):
        problem("set", "domains do not match the list one-to-one")
    by = Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(by) != want:
        problem("set", "mode/label counts %s" % dict(by))
    total = sum(type_counts.values())
    if total != 30:
        problem("set", "%d errors, expected 30" % total)
    for t in ERROR_TYPES:
        if type_counts[t] < 2:
            problem("set", "only %d errors of type %s" % (type_counts[t], t))
    if set(type_counts) - set(ERROR_TYPES):
        problem("set", "unknown error types")


def main():
    check_only = "--check" in sys.argv[1:]
    records, type_counts = build()
    check_composition(records, type_counts)
    if PROBLEMS:
        for p in PROBLEMS:
            print("PROBLEM", p)
        sys.exit(1)
    by_mode = Counter((r["mode"], r["label"]) for r in records)
    print("pairs:", len(records))
    for (m, l), n in sorted(by_mode.items()):
        print("  %-12s %-13s %d" % (m, l, n))
    print("errors:", sum(type_counts.values()), dict(sorted(type_counts.items())))
    print("errors per inconsistent pair:",
          dict(sorted(Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent").items())))
    print("traps:", sum(len(r["traps"]) for r in records))
    if check_only:
        print("check only: nothing written")
        return
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT_PATH)


if __name__ == "__main__":
    main()
