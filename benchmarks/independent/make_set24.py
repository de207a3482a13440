#!/usr/bin/env python3
"""Held-out evaluation set 24 for a fact-comparison tool.

How it was made: every pair was hand-written in English by a helper session that
saw no code or data of the project, working only from a written brief. All
people, companies, organisations, places and figures are invented (real
countries appear, if at all, only as background). Character offsets are never
typed by hand: the script finds every span by string search (with an
occurrence index where a quoted text repeats) and validates everything before
writing set24.jsonl next to this file.

Composition (40 pairs, one domain each):
  * 20 rewrites (10 consistent, 10 inconsistent)
  * 10 summaries (5 consistent, 5 inconsistent)
  * 10 translations (5 consistent, 5 inconsistent; both texts are independent
    English translations of the same non-English story)
  * 30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with
    two): entity 3, number 4, date 3, role 3, polarity 3, modality 3,
    attribution 2, event 3, omission 2 (rewrite/translation only), addition 2,
    repetition 2
  * consistent pairs carry 3-5 traps (faithful rewordings), inconsistent
    pairs 2-3

Usage:  python3 make_set24.py           validate and write set24.jsonl
        python3 make_set24.py --check   validate only, write nothing
"""
import json
import os
import re
import sys
from collections import Counter

SET = "s24"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set24.jsonl")

DOMAINS = [
    "fireworks displays", "piano competitions", "walnut orchards", "guide dogs",
    "chess olympiads", "spelling bees", "lock gates", "science fairs",
    "pedestrian zones", "freight airlines", "dragon boats", "ballet schools",
    "rally driving", "string quartets", "maths olympiads", "electric ferries",
    "button factories", "mountain rescue", "storm drains", "robotics contests",
    "horse fairs", "beer festivals", "circus schools", "cat shelters",
    "park and ride", "classic aircraft", "synchronised swimming", "kite surfing",
    "sand dunes", "flax processing", "buoy maintenance", "hemp farming",
    "wool carding", "bicycle manufacturing", "truffle hunting",
    "hazelnut farming", "puppet theatres", "magic shows", "cave rescue",
    "delivery robots",
]
ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]


def E(text, type_, severity, ref_text, occ=0):
    """An error span located by its text (occ-th occurrence) in the candidate."""
    return {"text": text, "type": type_, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def O(after, ref_text, severity, occ=0):
    """An omission: zero-width point right after the occ-th `after` string."""
    return {"after": after, "type": "omission", "severity": severity,
            "ref_text": ref_text, "occ": occ}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording in the candidate of `ref_text`."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


CASES = []

# ---------------------------------------------------------------- rewrites 1-5
CASES += [
    dict(
        domain="fireworks displays", mode="rewrite",
        reference=(
            "The municipal council of Dunmere Vale confirmed on Monday that its annual New Year "
            "fireworks display will go ahead on the riverfront despite a budget shortfall of "
            "£85,000. The event, which drew an estimated 42,000 spectators last year, will be "
            "funded in part by a new sponsorship agreement with Brightwell Energy, a regional "
            "utility. Council leader Marion Ostley said the display would last 18 minutes, three "
            "minutes shorter than in previous years, to reduce costs. Organisers have also agreed "
            "to use low-noise shells near the Pellham Road care home following complaints from "
            "residents. Tickets for the riverside viewing area will remain free, but visitors are "
            "being asked to register online in advance."),
        candidate=(
            "Dunmere Vale's New Year fireworks on the riverfront will take place as planned, the "
            "municipal council confirmed on Monday, even though it faces an £85,000 hole in its "
            "budget. Part of the cost will be covered by a new sponsorship deal with regional "
            "utility Brightwell Energy. Last year's show attracted an estimated 42,000 "
            "people. To save money, the display will run for 18 minutes, three minutes less "
            "than in earlier years, according to council leader Marion Ostley. After residents "
            "complained, organisers have agreed to fire low-noise shells close to the care home on "
            "Pellham Road. Entry to the riverside viewing area stays free of charge, though "
            "visitors are asked to sign up online beforehand."),
        errors=[],
        traps=[
            T("an £85,000 hole in its budget", "a budget shortfall of £85,000"),
            T("attracted an estimated 42,000 people", "drew an estimated 42,000 spectators"),
            T("three minutes less than in earlier years", "three minutes shorter than in previous years"),
            T("stays free of charge", "will remain free"),
            T("sign up online beforehand", "register online in advance"),
        ]),
    dict(
        domain="piano competitions", mode="rewrite",
        reference=(
            "The Castellane International Piano Competition has received a record 614 applications "
            "for its 2025 edition, organisers announced on Thursday. Of those, 48 pianists from 23 "
            "countries have been invited to the first round in Lorvan in September, compared with "
            "40 in 2022. The jury, chaired by the pianist Edda Rautenfeld, will award a first prize "
            "of €30,000 along with a recording contract with the label Mirrorhall Classics. "
            "Artistic director Paolo Venzetti said the rise in entries reflected the competition's "
            "decision to raise the upper age limit from 28 to 30. For the first time, all rounds "
            "will be streamed live free of charge."),
        candidate=(
            "Organisers of the Castellane International Piano Competition said on Thursday that a "
            "record 614 applications had come in for the 2025 edition. Forty-eight of the "
            "applicants, from 32 countries, have been invited to the opening round in Lorvan in "
            "September, up from 40 in 2022. A jury led by pianist Edda Rautenfeld will hand the "
            "winner €30,000 and a recording deal with Mirrorhall Classics. According to artistic "
            "director Paolo Venzetti, entries rose because the competition lifted its upper age "
            "limit from 28 to 30. All rounds will, for the first time, be streamed live at no cost."),
        errors=[
            E("32 countries", "number", "major", "23 countries"),
        ],
        traps=[
            T("Forty-eight of the applicants", "Of those, 48 pianists"),
            T("hand the winner €30,000", "award a first prize of €30,000"),
            T("streamed live at no cost", "streamed live free of charge"),
        ]),
    dict(
        domain="walnut orchards", mode="rewrite",
        reference=(
            "Walnut growers in the Serrano Valley expect this year's harvest to fall by about a "
            "quarter after a late frost in April damaged flowering trees, the Serrano Nut Growers' "
            "Cooperative said in a statement on Wednesday. The cooperative, which represents 310 "
            "orchards covering 5,200 hectares, estimated output at 9,000 tonnes, down from 12,100 "
            "tonnes last season. Chairman Tomas Arbeleche said prices paid to farmers were likely "
            "to rise, but not enough to offset the lost volume. The cooperative has asked the "
            "regional government for emergency support of 4 million pesos and plans to install "
            "frost fans in 60 orchards before next spring."),
        candidate=(
            "Serrano Valley walnut growers expect a late April frost, which hit trees in blossom, "
            "to cut this year's crop by roughly 25%, according to a statement issued on Wednesday "
            "by the Serrano Nut Growers' Cooperative. The group, whose 310 member orchards span "
            "5,200 hectares, put expected output at 9,000 tonnes, compared with 12,100 tonnes a "
            "season earlier. Farm-gate prices will probably go up, chairman Tomas Arbeleche said, "
            "though not by enough to make up for the smaller volume. The cooperative is seeking 4 "
            "million pesos in emergency aid from the regional government and intends to fit frost "
            "fans in 60 orchards ahead of next spring."),
        errors=[],
        traps=[
            T("roughly 25%", "about a quarter"),
            T("a season earlier", "last season"),
            T("Farm-gate prices will probably go up", "prices paid to farmers were likely to rise"),
            T("make up for the smaller volume", "offset the lost volume"),
        ]),
    dict(
        domain="guide dogs", mode="rewrite",
        reference=(
            "The charity Guiding Paws Northland will open a second training centre in the city of "
            "Marrowby next year after receiving a £2.3 million donation from the Halvorsen Family "
            "Trust. The new centre is expected to train up to 90 guide dogs a year, almost doubling "
            "the charity's current capacity. Chief executive Ruth Ambler said waiting times for a "
            "dog, which now average 22 months, could be cut by half within five years. The charity "
            "will also take over the puppy-raising programme of Clearsight Foundation, a smaller "
            "organisation that is winding down its operations. Around 140 volunteer puppy raisers "
            "are expected to transfer."),
        candidate=(
            "Guiding Paws Northland is to open a second training centre, in Marrowby, next year, "
            "following a £2.3 million donation from the Halvorsen Family Trust. The centre should "
            "be able to train as many as 90 guide dogs annually, which would nearly double what the "
            "charity can handle today. The average wait for a dog currently stands at 22 months, "
            "and chief executive Ruth Ambler said it could be cut by half. The charity's "
            "puppy-raising programme will also be taken over by Clearsight Foundation, a smaller "
            "organisation that is winding down its operations, with some 140 volunteer puppy "
            "raisers expected to transfer."),
        errors=[
            E("The charity's puppy-raising programme will also be taken over by Clearsight Foundation",
              "role", "major",
              "The charity will also take over the puppy-raising programme of Clearsight Foundation"),
            O("could be cut by half", "within five years", "minor"),
        ],
        traps=[
            T("as many as 90 guide dogs annually", "up to 90 guide dogs a year"),
            T("nearly double what the charity can handle today", "almost doubling the charity's current capacity"),
        ]),
    dict(
        domain="chess olympiads", mode="rewrite",
        reference=(
            "The city of Velmora will host the 2027 Chess Olympiad after its bid defeated a rival "
            "offer from Port Asheny by 94 votes to 61 at the general assembly of the International "
            "Chess Union on Saturday. The tournament, which is expected to attract around 1,800 "
            "players from more than 180 national federations, will take place over 13 days in the "
            "newly built Velmora Exhibition Hall. Union president Dmitri Salovar praised the bid's "
            "'exceptional' plans for accessibility and youth events. The host city has committed "
            "€14 million to the event, while the national government will provide security and "
            "visa support. The previous Olympiad, held in 2024, drew a record online audience of 9 "
            "million viewers."),
        candidate=(
            "Velmora beat Port Asheny by 94 votes to 61 at Saturday's general assembly of the "
            "International Chess Union and will stage the Chess Olympiad in 2027. Some 1,800 "
            "players from over 180 national federations are expected at the tournament, which will "
            "run for 13 days in the newly built Velmora Exhibition Hall. Union president Dmitri "
            "Salovar singled out for praise what he called the bid's 'exceptional' plans for "
            "accessibility and youth events. The city is putting €14 million into the Olympiad, and "
            "the national government will handle security and visa support. The last edition, in "
            "2024, set a record online audience of 9 million viewers."),
        errors=[],
        traps=[
            T("Velmora beat Port Asheny by 94 votes to 61", "its bid defeated a rival offer from Port Asheny by 94 votes to 61"),
            T("over 180 national federations", "more than 180 national federations"),
            T("The city is putting €14 million into the Olympiad", "The host city has committed €14 million to the event"),
            T("The last edition, in 2024,", "The previous Olympiad, held in 2024,"),
        ]),
]

# --------------------------------------------------------------- rewrites 6-10
CASES += [
    dict(
        domain="spelling bees", mode="rewrite",
        reference=(
            "The final of the National Schools Spelling Bee will be held on 14 March at the Corran "
            "Civic Theatre, the organisers, the Literacy Trust of Ardley, announced on Tuesday. A "
            "total of 36 finalists aged between 9 and 14 qualified through regional rounds in which "
            "more than 11,000 pupils took part. The winner will receive a £5,000 scholarship and "
            "their school will be given £2,000 for its library. This year, for the first time, the "
            "final will be broadcast live on the regional channel ArdTV, starting at 7 pm. "
            "Competitors who misspell a word in the final will be eliminated after their second "
            "mistake rather than their first, a rule change the trust said was intended to reduce "
            "pressure on younger entrants."),
        candidate=(
            "The National Schools Spelling Bee final will take place on Tuesday at the Corran Civic "
            "Theatre, according to the organisers, the Literacy Trust of Ardley. The 36 finalists, "
            "who are between 9 and 14 years old, came through regional rounds involving over 11,000 "
            "pupils. A £5,000 scholarship goes to the winner, with a further £2,000 for the library "
            "of the winner's school. The final will be shown live on regional channel ArdTV from 7 "
            "pm, the first time it has been televised live. Under a new rule, finalists will be "
            "knocked out only after a second misspelling instead of the first; the trust says the "
            "change is meant to ease the pressure on younger contestants."),
        errors=[
            E("on Tuesday", "date", "major", "on 14 March"),
        ],
        traps=[
            T("over 11,000 pupils", "more than 11,000 pupils"),
            T("from 7 pm", "starting at 7 pm"),
            T("knocked out", "eliminated"),
        ]),
    dict(
        domain="lock gates", mode="rewrite",
        reference=(
            "The Waterways Authority of Lenmark will replace the lower gates at Fenmore Lock on the "
            "Ashcombe Canal this winter, closing the waterway to boats between 6 January and 21 "
            "February. The oak gates, installed in 1998, have reached the end of their working life "
            "and are leaking an estimated 40,000 litres of water an hour, according to the "
            "authority's chief engineer, Priya Dhanraj. The new gates, each weighing about four "
            "tonnes, are being built at the authority's workshop in Strellbridge at a cost of "
            "£310,000. Towpaths will remain open throughout the works, except for a 200-metre "
            "section next to the lock. Boaters have been advised to plan journeys around the "
            "closure, which was agreed after consultation with user groups."),
        candidate=(
            "Fenmore Lock's lower gates on the Ashcombe Canal are to be replaced this winter by the "
            "Waterways Authority of Lenmark, with the canal shut to boats from 6 January until 21 "
            "February. Chief engineer Priya Dhanraj said the oak gates, which date from 1998, are "
            "at the end of their working life and are losing an estimated 40,000 litres of water "
            "every hour. The replacements weigh around four tonnes each and are being made in the "
            "authority's Strellbridge workshop for £310,000. Apart from a 200-metre stretch beside "
            "the lock, towpaths will stay open for the duration of the works. The closure was "
            "agreed following consultation with user groups, and boaters have been advised to plan "
            "their trips around it."),
        errors=[],
        traps=[
            T("from 6 January until 21 February", "between 6 January and 21 February"),
            T("which date from 1998", "installed in 1998"),
            T("losing an estimated 40,000 litres of water every hour", "leaking an estimated 40,000 litres of water an hour"),
            T("Apart from a 200-metre stretch beside the lock", "except for a 200-metre section next to the lock"),
            T("for the duration of the works", "throughout the works"),
        ]),
    dict(
        domain="science fairs", mode="rewrite",
        reference=(
            "A project that uses discarded coffee grounds to filter heavy metals from water won "
            "first prize at the Kestrel Bay Regional Science Fair on Friday. The project was "
            "developed by two 16-year-olds from Marden Heights Academy, Ana Petrescu and Jonah "
            "Whitlock, who will now represent the region at the national finals in May. Head judge "
            "Dr Lionel Farrant said the entry stood out for the quality of its testing, which "
            "covered more than 200 samples. A total of 412 students from 38 schools exhibited work "
            "at the fair, up from 350 last year. The fair's main sponsor, the engineering firm "
            "Calder & Voss, said it would offer both winners paid summer placements."),
        candidate=(
            "Two 16-year-old students from Marden Heights Academy, Ana Petrescu and Jonah Whitlock, "
            "took first prize at the Kestrel Bay Regional Science Fair on Friday with a project "
            "that filters heavy metals out of water using spent coffee grounds. The pair have "
            "already applied for a patent on the design. They will go on to represent the region at "
            "the national finals in May. According to the fair's main sponsor, the engineering firm "
            "Calder & Voss, the entry stood out for the quality of its testing, which covered more "
            "than 200 samples; the company said it would offer both winners paid summer placements. "
            "In all, 412 students from 38 schools showed their work at this year's fair, compared "
            "with 350 last year."),
        errors=[
            E("The pair have already applied for a patent on the design.", "addition", "major", None),
            E("According to the fair's main sponsor, the engineering firm Calder & Voss", "attribution",
              "major", "Head judge Dr Lionel Farrant said"),
        ],
        traps=[
            T("spent coffee grounds", "discarded coffee grounds"),
            T("showed their work", "exhibited work"),
        ]),
    dict(
        domain="pedestrian zones", mode="rewrite",
        reference=(
            "The city council of Brenzau voted on Wednesday to extend the pedestrian zone in its "
            "historic centre by 1.4 kilometres, adding Korngasse and the eastern half of "
            "Marktstrasse from 1 September. The proposal passed by 31 votes to 18. Delivery "
            "vehicles will still be allowed into the zone between 5 am and 10 am, and residents "
            "with parking permits will keep access to their garages. Deputy mayor Helga Strohm said "
            "footfall in streets pedestrianised in 2019 had risen by 27 per cent, while retailers' "
            "turnover had grown faster than in the rest of the city. The local chamber of commerce, "
            "which opposed the plan, warned that some businesses could lose customers who arrive by "
            "car."),
        candidate=(
            "From 1 September, Brenzau's historic centre will have another 1.4 kilometres of "
            "pedestrian zone, after councillors on Wednesday backed the extension by 31 votes to "
            "18. Korngasse and the eastern half of Marktstrasse will be added. Delivery vehicles "
            "will still be let in from 5 am to 10 am, and residents who hold parking permits will "
            "still be able to reach their garages. According to deputy mayor Helga Strohm, footfall "
            "in the streets that were pedestrianised in 2019 has gone up by 27%, while retailers' "
            "turnover has grown more quickly than in the rest of the city. The local chamber of "
            "commerce, which was against the plan, warned that some businesses might lose customers "
            "who come by car."),
        errors=[],
        traps=[
            T("councillors on Wednesday backed the extension by 31 votes to 18", "The proposal passed by 31 votes to 18"),
            T("from 5 am to 10 am", "between 5 am and 10 am"),
            T("27%", "27 per cent"),
            T("was against the plan", "opposed the plan"),
            T("might lose customers who come by car", "could lose customers who arrive by car"),
        ]),
    dict(
        domain="freight airlines", mode="rewrite",
        reference=(
            "Cargo carrier Altair Air Freight plans to add four converted wide-body freighters to "
            "its fleet by the end of next year as demand for e-commerce shipments between Asia and "
            "Europe continues to grow. The airline, based at Drennick International Airport, said "
            "on Monday that the expansion could create up to 260 jobs, most of them in maintenance "
            "and ground handling. Chief executive Samir Kovac said the company was also in talks to "
            "open a route to Kessara, but no agreement had been reached. Altair carried 312,000 "
            "tonnes of cargo last year, an increase of 9 per cent. Its shares rose 3.1 per cent in "
            "early trading after the announcement."),
        candidate=(
            "Altair Air Freight intends to expand its fleet with four converted wide-body freighters "
            "by the end of next year, as e-commerce traffic between Asia and Europe keeps growing. "
            "The cargo carrier, which is based at Drennick International Airport, said on Monday "
            "the expansion will create up to 260 jobs, mainly in maintenance and ground handling. "
            "The company is also in discussions about launching a route to Kessara, chief executive "
            "Samir Kovac said, although nothing has been agreed yet. Last year Altair carried "
            "312,000 tonnes of cargo, 9% more than the year before. Its shares were up 1.3% in "
            "early trading following the announcement."),
        errors=[
            E("will create", "modality", "major", "could create"),
            E("1.3%", "number", "minor", "3.1 per cent"),
        ],
        traps=[
            T("nothing has been agreed yet", "no agreement had been reached"),
            T("9% more than the year before", "an increase of 9 per cent"),
        ]),
]

# -------------------------------------------------------------- rewrites 11-15
CASES += [
    dict(
        domain="dragon boats", mode="rewrite",
        reference=(
            "More than 60 crews are expected to compete in the Riverside Dragon Boat Festival on "
            "the Tamsey River on Sunday 8 June, the organisers said. Each boat carries 20 paddlers, "
            "a drummer and a steerer, and races will be held over a 250-metre course. The festival, "
            "now in its twelfth year, raises money for the Northgate Children's Hospice; last year "
            "it collected £146,000. Organiser Lin Mei-Hua said that, for safety reasons, no boat "
            "would be allowed on the water if wind speeds exceeded 25 miles per hour. Road closures "
            "will be in place along Quay Street from 6 am until 8 pm, and spectators are encouraged "
            "to use public transport."),
        candidate=(
            "Organisers say over 60 crews are likely to take part in the Riverside Dragon Boat "
            "Festival, which will be held on the Tamsey River on 8 June, a Sunday. Races will be "
            "run over 250 metres, with 20 paddlers, a drummer and a steerer in every boat. Now in "
            "its 12th year, the event raises funds for the Northgate Children's Hospice, for which "
            "it collected £146,000 last year. No boat will be permitted on the water if the wind is "
            "stronger than 25 mph, organiser Lin Mei-Hua said, citing safety. Quay Street will be "
            "closed to traffic from 6 am to 8 pm, and people coming to watch are encouraged to "
            "travel by public transport."),
        errors=[],
        traps=[
            T("over 60 crews are likely to take part", "More than 60 crews are expected to compete"),
            T("on 8 June, a Sunday", "on Sunday 8 June"),
            T("Now in its 12th year", "now in its twelfth year"),
            T("stronger than 25 mph", "exceeded 25 miles per hour"),
        ]),
    dict(
        domain="ballet schools", mode="rewrite",
        reference=(
            "The Corvin Ballet Academy will not admit new students to its boarding programme next "
            "year while its residential building undergoes a £6 million renovation, the school said "
            "on Thursday. Day classes for its 240 current pupils will continue as normal, and "
            "auditions for the day programme will go ahead in February. Director Anneliese Vorhaus "
            "said the building, which dates from 1962, no longer met fire safety standards. The "
            "academy expects to reopen its boarding house in September 2026, subject to planning "
            "approval. About 70 boarding pupils will be placed with host families or moved to a "
            "partner school, the Lindqvist Dance Centre, for the duration of the works."),
        candidate=(
            "Corvin Ballet Academy said on Thursday it will take no new students into its boarding "
            "programme next year, while its residential building goes through a £6 million "
            "refurbishment. Day classes for the 240 existing pupils will carry on as usual, "
            "although February's auditions for the day programme will not take place. The building "
            "dates from 1962 and no longer complies with fire safety rules, according to director "
            "Anneliese Vorhaus. Subject to planning approval, the academy expects to reopen the "
            "boarding house in September 2026. For the duration of the works, around 70 boarders "
            "will either stay with host families or move to a partner school, the Lindqvist Dance "
            "Centre."),
        errors=[
            E("will not take place", "polarity", "major", "will go ahead"),
        ],
        traps=[
            T("take no new students into", "not admit new students to"),
            T("no longer complies with fire safety rules", "no longer met fire safety standards"),
            T("around 70 boarders", "About 70 boarding pupils"),
        ]),
    dict(
        domain="rally driving", mode="rewrite",
        reference=(
            "Rally driver Eero Saltikainen won the Dalmoor Forest Rally on Sunday, finishing 14.6 "
            "seconds ahead of defending champion Marc Delorme after three days and 18 special "
            "stages. Saltikainen, driving for the Vantor Motorsport team, took the lead on Saturday "
            "afternoon when Delorme slid off the road on stage 11 and lost almost a minute. "
            "Organisers said about 85,000 spectators attended the event, which was cut from 19 "
            "stages after one was cancelled because of fallen trees. The victory moves Saltikainen "
            "to second in the championship standings, eight points behind team-mate Jonas Reiter, "
            "with four rounds remaining."),
        candidate=(
            "Eero Saltikainen claimed victory in the Dalmoor Forest Rally on Sunday, beating "
            "defending champion Marc Delorme by 14.6 seconds over three days and 18 special stages. "
            "Saltikainen, of the Vantor Motorsport team, went in front on Saturday afternoon after "
            "Delorme slid off the road on stage 11, costing him close to a minute. Some 85,000 "
            "spectators attended, according to organisers. The rally had been planned over 19 "
            "stages, but one was cancelled because of fallen trees. With four rounds to go, the win "
            "lifts Saltikainen to second place in the championship, eight points adrift of his "
            "team-mate Jonas Reiter."),
        errors=[],
        traps=[
            T("beating defending champion Marc Delorme by 14.6 seconds", "finishing 14.6 seconds ahead of defending champion Marc Delorme"),
            T("close to a minute", "almost a minute"),
            T("With four rounds to go", "with four rounds remaining"),
            T("eight points adrift of", "eight points behind"),
        ]),
    dict(
        domain="string quartets", mode="rewrite",
        reference=(
            "The Halden Quartet will become ensemble-in-residence at the Weyford Conservatory from "
            "September, the conservatory announced on Tuesday. Under the three-year agreement, the "
            "quartet will give six public concerts a season in the conservatory's Marbury Hall and "
            "coach chamber music students. The ensemble, founded in 2011 by violinist Clara Jenssen "
            "and cellist Ottavio Brun, won the Sternfeld Chamber Music Prize in 2019. Its recording "
            "of the complete string quartets of Ilse Varnholt was released on the Tessaro label "
            "last year. Conservatory principal Dr Ruth Okafor said the residency was funded by "
            "a gift from the Ainsley Foundation."),
        candidate=(
            "From September the Halden Quartet will be ensemble-in-residence at Weyford "
            "Conservatory, the conservatory said on Tuesday. Under the three-year deal, the quartet "
            "will give six public concerts a season in Marbury Hall and coach students in chamber "
            "music. Violinist Clara Jenssen and cellist Ottavio Brun set up the ensemble in 2011, "
            "and it won the Sternfeld Chamber Music Prize in 2019. Last year saw the release of its "
            "recording of Ilse Varnholt's complete string quartets on the Tessaro label. Principal "
            "Dr Ruth Okafor said the residency, under which the quartet will give six public "
            "concerts a season, is being funded by a gift from the Tessaro Foundation."),
        errors=[
            E("the quartet will give six public concerts a season", "repetition", "minor", None, occ=1),
            E("Tessaro Foundation", "entity", "major", "Ainsley Foundation"),
        ],
        traps=[
            T("three-year deal", "three-year agreement"),
            T("set up the ensemble in 2011", "founded in 2011"),
        ]),
    dict(
        domain="maths olympiads", mode="rewrite",
        reference=(
            "The six-member team from Estavia finished fourth overall at the World Youth "
            "Mathematics Olympiad in Corvallo, its best result since 2008, the national education "
            "ministry said on Monday. The team won two gold medals, three silver medals and one "
            "bronze, scoring a combined 187 points out of a possible 252. Seventeen-year-old Matei "
            "Vrancu achieved a perfect score of 42, one of only five contestants to do so among 612 "
            "competitors from 109 countries. Team leader Professor Irina Dobos said the result "
            "reflected a training programme introduced four years ago in partnership with the "
            "University of Selvar. The students will be received by the president later this "
            "month."),
        candidate=(
            "Estavia's six-strong team came fourth overall at the World Youth Mathematics Olympiad "
            "in Corvallo, the country's best showing since 2008, the national education ministry "
            "said on Monday. Between them the students took two golds, three silvers and a bronze, "
            "and scored 187 of the 252 points available. Matei Vrancu, 17, was one of just five of "
            "the 612 competitors, who came from 109 countries, to achieve a perfect 42. Professor "
            "Irina Dobos, who led the team, said the result reflected a training programme set up "
            "four years ago with the University of Selvar. Later this month the president will "
            "receive the students."),
        errors=[],
        traps=[
            T("six-strong team", "six-member team"),
            T("187 of the 252 points available", "a combined 187 points out of a possible 252"),
            T("Matei Vrancu, 17,", "Seventeen-year-old Matei Vrancu"),
            T("Professor Irina Dobos, who led the team,", "Team leader Professor Irina Dobos"),
            T("Later this month the president will receive the students", "The students will be received by the president later this month"),
        ]),
]

# -------------------------------------------------------------- rewrites 16-20
CASES += [
    dict(
        domain="electric ferries", mode="rewrite",
        reference=(
            "Ferry operator Skerra Lines took delivery of its first fully electric vessel, the "
            "Aurora Tern, on Friday and will put it into service on the 40-minute crossing between "
            "Hallsey and Port Wenna on 1 July. The 85-metre ferry, built by the Kovik shipyard, can "
            "carry 420 passengers and 120 cars and will be charged at both ports in 15 minutes "
            "between sailings. Skerra said the ship would cut the route's carbon emissions by "
            "around 9,000 tonnes a year. A second electric vessel is due to be delivered in spring "
            "2026. The project cost €68 million, of which €20 million came from a regional green "
            "transport fund."),
        candidate=(
            "Skerra Lines' first fully electric ferry, the Aurora Tern, was handed over to the "
            "operator on Friday and will start sailing the 40-minute Hallsey–Port Wenna crossing on "
            "1 June. Built by the Kovik shipyard, the 85-metre vessel has room for 420 passengers "
            "and 120 cars, and will be recharged in 15 minutes at each port between sailings. "
            "According to Skerra, the ship would reduce the route's carbon emissions by about 9,000 "
            "tonnes a year. A second electric vessel is due to enter service in spring 2026. Of the "
            "project's €68 million cost, €20 million was provided by a regional green transport "
            "fund."),
        errors=[
            E("on 1 June", "date", "major", "on 1 July"),
            E("enter service", "event", "minor", "be delivered"),
        ],
        traps=[
            T("was handed over to the operator", "took delivery of"),
            T("has room for 420 passengers", "can carry 420 passengers"),
        ]),
    dict(
        domain="button factories", mode="rewrite",
        reference=(
            "Pellworth Buttons, one of the last button manufacturers in the region, is to cut 45 of "
            "its 130 jobs after losing a contract with a large fashion retailer, the company said "
            "on Wednesday. Managing director Gareth Imrie said the firm would stop producing "
            "plastic buttons at its Dunsby factory by the end of March and concentrate on horn, "
            "corozo and metal buttons for the luxury market. The company, founded in 1921, had "
            "annual sales of £8.4 million last year, about a third of which came from exports. "
            "Trade union representative Alison Crewe said staff had been offered voluntary "
            "redundancy first and that talks would continue next week."),
        candidate=(
            "Pellworth Buttons, among the region's last remaining button makers, said on Wednesday "
            "that it will shed 45 of its 130 jobs following the loss of a contract with a major "
            "fashion retailer. Plastic button production at the Dunsby factory will end by the end "
            "of March, managing director Gareth Imrie said, as the firm concentrates on horn, "
            "corozo and metal buttons for the luxury market. Founded in 1921, the company had sales "
            "of £8.4 million last year, roughly a third of them from exports. Alison Crewe, a trade "
            "union representative, said voluntary redundancy had been offered to staff first and "
            "that talks would carry on next week."),
        errors=[],
        traps=[
            T("among the region's last remaining button makers", "one of the last button manufacturers in the region"),
            T("following the loss of a contract with a major fashion retailer", "after losing a contract with a large fashion retailer"),
            T("roughly a third of them from exports", "about a third of which came from exports"),
            T("voluntary redundancy had been offered to staff first", "staff had been offered voluntary redundancy first"),
        ]),
    dict(
        domain="mountain rescue", mode="rewrite",
        reference=(
            "Volunteers from the Carrick Fell Mountain Rescue Team were called out 212 times last "
            "year, a 17 per cent increase on the previous year and the highest number in the team's "
            "58-year history, according to its annual report published on Monday. Most incidents "
            "involved walkers who were lost or had suffered lower-leg injuries, and 31 call-outs "
            "took place after dark. Team leader Owen Prothero said many of those rescued had relied "
            "solely on mobile phone apps for navigation. The team, which has 46 volunteer members, "
            "needs to raise £95,000 this year to replace its ageing four-wheel-drive ambulance. It "
            "receives no government funding."),
        candidate=(
            "The Carrick Fell Mountain Rescue Team's volunteers were called out 212 times last "
            "year, 17% more than in the previous year and more than at any time in the team's 58 "
            "years, its annual report, published on Monday, shows. Most incidents involved lost "
            "walkers or walkers with lower-leg injuries, and 31 call-outs happened after nightfall. "
            "Many of the people rescued had relied on mobile phone apps to navigate, according to "
            "team leader Owen Prothero. The 46-member volunteer team, which gets no government "
            "funding, has to raise £95,000 this year to replace its ageing four-wheel-drive "
            "ambulance."),
        errors=[
            O("had relied", "solely", "major"),
        ],
        traps=[
            T("17% more than in the previous year", "a 17 per cent increase on the previous year"),
            T("after nightfall", "after dark"),
            T("The 46-member volunteer team", "The team, which has 46 volunteer members"),
        ]),
    dict(
        domain="storm drains", mode="rewrite",
        reference=(
            "Ravensholt City Council will spend £12.5 million over four years upgrading storm "
            "drains in the low-lying Eastfield district, where more than 300 homes were flooded "
            "during heavy rain in October 2023. The work, approved by the cabinet on Tuesday, will "
            "double the capacity of the main culvert beneath Station Road and add two underground "
            "storage tanks able to hold 9 million litres of water. Councillor Deborah Nkemelu, who "
            "is responsible for infrastructure, said the scheme was designed to cope with a "
            "one-in-100-year storm. Construction is due to begin next spring. The national flood "
            "agency will contribute £4 million, with the rest coming from council borrowing."),
        candidate=(
            "More than 300 homes in Eastfield, a low-lying district of Ravensholt, were flooded in "
            "heavy rain in October 2023; the city council will now spend £12.5 million over the "
            "next four years upgrading the area's storm drains. Approved by the cabinet on "
            "Tuesday, the work will give the main culvert under Station Road twice its current "
            "capacity and add two underground storage tanks that can hold 9 million litres of "
            "water. Councillor Deborah Nkemelu, who holds the infrastructure brief, said the scheme "
            "had been designed to cope with a one-in-100-year storm. Work is due to start next "
            "spring. The national flood agency is contributing £4 million and the remainder will "
            "come from council borrowing."),
        errors=[],
        traps=[
            T("over the next four years", "over four years"),
            T("twice its current capacity", "double the capacity"),
            T("who holds the infrastructure brief", "who is responsible for infrastructure"),
            T("Work is due to start next spring", "Construction is due to begin next spring"),
            T("the remainder will come from council borrowing", "the rest coming from council borrowing"),
        ]),
    dict(
        domain="robotics contests", mode="rewrite",
        reference=(
            "A team from Hartwell Technical College beat the defending champions, Sandmere "
            "Polytechnic, in the final of the National Student Robotics Challenge in Ostbury on "
            "Saturday. The Hartwell robot, built by eight second-year engineering students, "
            "completed the obstacle course in 2 minutes 48 seconds, 11 seconds faster than its "
            "rival. The winners receive £10,000 in equipment funding and may be invited to "
            "represent the country at the international finals in Tarnova in November, organisers "
            "said. Forty-two teams entered this year's contest, which was sponsored by the "
            "automation company Brixley Systems, itself bought last year by the industrial group "
            "Quillon Holdings. Judges also gave Sandmere a special award for design innovation."),
        candidate=(
            "A Hartwell Technical College team defeated defending champions Sandmere Polytechnic in "
            "Saturday's final of the National Student Robotics Challenge, held in Ostbury. Built by "
            "eight second-year engineering students, Hartwell's robot got round the obstacle course "
            "in 2:48, 11 seconds quicker than the Sandmere machine. According to the organisers, "
            "the winners receive £10,000 in equipment funding and will represent the country at "
            "the international finals in Tarnova in November. This year 42 teams entered the "
            "contest, sponsored by Brixley Systems, the automation company that acquired industrial "
            "group Quillon Holdings last year. The judges also gave Sandmere a special award for "
            "design innovation."),
        errors=[
            E("will represent", "modality", "major", "may be invited to represent"),
            E("Brixley Systems, the automation company that acquired industrial group Quillon Holdings",
              "role", "major", "Brixley Systems, itself bought last year by the industrial group Quillon Holdings"),
        ],
        traps=[
            T("2:48", "2 minutes 48 seconds"),
            T("11 seconds quicker than the Sandmere machine", "11 seconds faster than its rival"),
        ]),
]

# ------------------------------------------------------------- summaries 21-25
CASES += [
    dict(
        domain="horse fairs", mode="summary",
        reference=(
            "The Ballykerrin Horse Fair, one of the oldest in the country, will go ahead on 9 and "
            "10 August under new welfare rules introduced by the district council following "
            "complaints last year. All horses offered for sale must now carry a microchip and a "
            "valid passport, and animals under six months old will not be allowed to be sold at the "
            "fair. Vets employed by the council will carry out spot checks, and traders found in "
            "breach of the rules face fines of up to €2,500. Fair committee chairman Declan "
            "Moriarty said the committee supported the changes, adding that around 1,500 horses and "
            "20,000 visitors were expected. Parking will be restricted in the town centre on both "
            "days."),
        candidate=(
            "The long-established Ballykerrin Horse Fair takes place on 9-10 August under new "
            "council welfare rules: horses for sale need a microchip and a valid passport, foals "
            "under six months cannot be sold there, and traders who break the rules risk fines of "
            "up to €2,500. The fair committee, which backs the changes, expects about 1,500 horses "
            "and 20,000 visitors."),
        errors=[],
        traps=[
            T("on 9-10 August", "on 9 and 10 August"),
            T("foals under six months cannot be sold there", "animals under six months old will not be allowed to be sold at the fair"),
            T("risk fines of up to €2,500", "face fines of up to €2,500"),
            T("which backs the changes", "the committee supported the changes"),
        ]),
    dict(
        domain="beer festivals", mode="summary",
        reference=(
            "The Oldmarsh Beer Festival attracted 38,500 visitors over four days last weekend, a 12 "
            "per cent rise on last year, organisers said on Monday. More than 420 beers from 96 "
            "breweries were served, including 60 brewed specifically for the event. The festival, "
            "run by volunteers from the Oldmarsh Brewers' Guild, raised £71,000 for local "
            "charities. Organiser Philippa Grange said there had been no serious incidents, "
            "although police made three arrests for public order offences. The guild plans to move "
            "the festival to the larger Wharfside exhibition centre next year, subject to council "
            "approval. Ticket prices, which were held at £12 this year, are expected to rise."),
        candidate=(
            "The Oldmarsh Beer Festival drew 38,500 visitors over four days, up 21% on last year, "
            "and raised £71,000 for local charities. Organisers reported no arrests or serious "
            "incidents. The guild behind it plans to move the event to the larger Wharfside "
            "exhibition centre next year, subject to council approval, and ticket prices, held at "
            "£12 this year, are expected to go up."),
        errors=[
            E("up 21%", "number", "major", "a 12 per cent rise"),
            E("no arrests", "polarity", "major", "police made three arrests"),
        ],
        traps=[
            T("drew 38,500 visitors", "attracted 38,500 visitors"),
            T("are expected to go up", "are expected to rise"),
        ]),
    dict(
        domain="circus schools", mode="summary",
        reference=(
            "The National Circus Arts School in Lisbury will expand its degree programme next year "
            "after the education ministry approved funding of 3.2 million crowns for a new training "
            "hall. The building, which will include a 14-metre-high flying trapeze rig and a sprung "
            "floor for acrobatics, is due to be completed in January 2026. The school currently "
            "trains 84 students on its three-year degree and plans to increase annual intake from "
            "28 to 40. Principal Katrin Ahlsted said demand had grown sharply, with 560 applicants "
            "for this year's places. Graduates of the school have gone on to perform with touring "
            "companies in more than 30 countries."),
        candidate=(
            "With 3.2 million crowns of ministry funding approved for a new training hall, due to "
            "be finished in January 2026, Lisbury's National Circus Arts School will expand its "
            "degree programme and plans to raise its yearly intake from 28 to 40 students. The "
            "principal said demand had risen sharply, with 560 applicants this year."),
        errors=[],
        traps=[
            T("raise its yearly intake from 28 to 40 students", "increase annual intake from 28 to 40"),
            T("due to be finished in January 2026", "is due to be completed in January 2026"),
            T("The principal", "Principal Katrin Ahlsted"),
            T("had risen sharply", "had grown sharply"),
        ]),
    dict(
        domain="cat shelters", mode="summary",
        reference=(
            "The Whitford Cat Sanctuary has stopped accepting new animals after reaching its "
            "capacity of 180 cats, the charity said on Thursday. Manager Sandra Oyelaran said the "
            "number of cats handed in had risen by 40 per cent in a year, which she blamed on "
            "rising living costs forcing owners to give up pets. The sanctuary is appealing for "
            "foster carers and has cut its adoption fee from £90 to £50 until the end of the month. "
            "A spokesperson for the local council said it was aware of the pressure on animal "
            "charities and would review its annual grant to the sanctuary, currently £15,000. "
            "Veterinary bills at the charity reached £62,000 last year."),
        candidate=(
            "Full at 180 cats, the Whitford Cat Sanctuary has stopped taking in new animals. The "
            "number of cats handed in rose 40% in a year, which the local council blamed on rising "
            "living costs forcing owners to give up pets. The sanctuary is seeking foster carers "
            "and has cut its adoption fee to £50 until the month's end, while the council will "
            "review its £15,000 annual grant."),
        errors=[
            E("the local council", "attribution", "major", "Manager Sandra Oyelaran said"),
        ],
        traps=[
            T("Full at 180 cats", "after reaching its capacity of 180 cats"),
            T("rose 40%", "had risen by 40 per cent"),
            T("until the month's end", "until the end of the month"),
        ]),
    dict(
        domain="park and ride", mode="summary",
        reference=(
            "A new park-and-ride site on the northern edge of Caldermouth will open on 3 March with "
            "850 parking spaces and buses to the city centre every 10 minutes, the regional "
            "transport authority said on Tuesday. Parking will be free, and a return bus ticket "
            "will cost £3.50, or £2 for holders of a concessionary pass. The site, which cost £9.7 "
            "million, includes 40 electric vehicle charging points and secure storage for 60 "
            "bicycles. Transport committee chair Neil Haverford said the scheme was expected to "
            "take around 600 cars a day off the city's busiest road, the Northway. Buses will run "
            "from 6 am to 11 pm Monday to Saturday and from 8 am to 8 pm on Sundays."),
        candidate=(
            "Caldermouth's new £9.7 million park-and-ride site opens on 3 March with 850 free "
            "parking spaces and buses into the city centre every 10 minutes; a return fare is £3.50 "
            "(£2 with a concessionary pass). It is expected to remove about 600 cars a day from "
            "the Northway, the city's busiest road."),
        errors=[],
        traps=[
            T("opens on 3 March", "will open on 3 March"),
            T("a return fare is £3.50", "a return bus ticket will cost £3.50"),
            T("(£2 with a concessionary pass)", "or £2 for holders of a concessionary pass"),
            T("remove about 600 cars a day from the Northway", "take around 600 cars a day off the city's busiest road, the Northway"),
        ]),
]

# ------------------------------------------------------------- summaries 26-30
CASES += [
    dict(
        domain="classic aircraft", mode="summary",
        reference=(
            "A restored 1950s Merrow Kestrel biplane, one of only three still airworthy, will fly "
            "again at the Stannock Air Show on 21 June after a seven-year restoration by volunteers "
            "of the Wexcombe Aviation Heritage Trust. The aircraft was bought by the trust in 2016 "
            "from a private collector in Canada for £180,000 and required more than 14,000 hours "
            "of work, including a rebuilt engine. Trust chairman Alan Pryce said the plane would be "
            "flown by retired airline captain Moira Galbraith. It will later be displayed at the "
            "trust's hangar museum at Wexcombe airfield, which reopened in April after a fire."),
        candidate=(
            "A 1950s Merrow Kestrel biplane, one of just three still airworthy, will fly again at "
            "the Wexcombe Air Show on 21 June after a seven-year restoration by volunteers. Donated "
            "to the Wexcombe Aviation Heritage Trust in 2016 by a collector in Canada, it needed "
            "over 14,000 hours of work, including a rebuilt engine, and will be piloted by retired "
            "airline captain Moira Galbraith."),
        errors=[
            E("Wexcombe Air Show", "entity", "major", "Stannock Air Show"),
            E("Donated", "event", "major", "bought"),
        ],
        traps=[
            T("one of just three still airworthy", "one of only three still airworthy"),
            T("over 14,000 hours of work", "more than 14,000 hours of work"),
            T("piloted by", "flown by"),
        ]),
    dict(
        domain="synchronised swimming", mode="summary",
        reference=(
            "The national artistic swimming team of Valdoria won two silver medals at the "
            "Continental Aquatics Championships in Brevik on Sunday, its first medals at the event "
            "since 2014. The team finished second in the free combination routine with 251.4 "
            "points, behind Aurelia, and also took silver in the mixed duet, where Tomas Kerensky "
            "and Lidia Marak scored 210.8. Head coach Natalya Orsova said the squad had trained for "
            "10 months in a new 50-metre pool in Kessen built for the team. The federation's budget "
            "for artistic swimming was increased by 45 per cent last year. The team will next "
            "compete at the World Cup in Harukawa in August."),
        candidate=(
            "Valdoria's artistic swimmers won two silvers at the Continental Aquatics Championships "
            "in Brevik on Sunday, their first medals there since 2014, finishing runners-up to "
            "Aurelia in the free combination and taking second place in the mixed duet. The head "
            "coach said the squad had spent 10 months training in a new 50-metre pool built for the "
            "team."),
        errors=[],
        traps=[
            T("two silvers", "two silver medals"),
            T("their first medals there since 2014", "its first medals at the event since 2014"),
            T("finishing runners-up to Aurelia in the free combination", "finished second in the free combination routine with 251.4 points, behind Aurelia"),
            T("had spent 10 months training", "had trained for 10 months"),
        ]),
    dict(
        domain="kite surfing", mode="summary",
        reference=(
            "Kite surfing will be banned from the northern half of Porthgally beach between 1 June "
            "and 15 September under a new by-law approved by Pendrick District Council on "
            "Wednesday. The restriction follows 14 reported incidents last summer in which kites or "
            "lines came close to swimmers, including one in which a child was slightly injured. "
            "Kite surfers will still be permitted to launch from the southern half of the beach, "
            "where a marked zone of 300 metres will be created. Council officer Brenda Tolley said "
            "the by-law would be enforced by beach wardens, who can issue on-the-spot fines of "
            "£100. The local kite surfing club said it had been consulted and accepted the "
            "decision."),
        candidate=(
            "Pendrick District Council has approved a by-law banning kite surfing from the northern "
            "half of Porthgally beach from 1 June to 15 September, after 14 reported incidents last "
            "summer in which kites or lines came close to swimmers. Kite surfers can still launch "
            "from the southern half, and wardens can impose £100 fines. The local club, which had "
            "campaigned against the ban, said it had been consulted and accepted the decision."),
        errors=[
            E("which had campaigned against the ban", "addition", "minor", None),
        ],
        traps=[
            T("from 1 June to 15 September", "between 1 June and 15 September"),
            T("wardens can impose £100 fines", "can issue on-the-spot fines of £100"),
        ]),
    dict(
        domain="sand dunes", mode="summary",
        reference=(
            "Conservation group Coastwild has begun a three-year project to restore 120 hectares of "
            "sand dunes at Marrow Point, which have lost almost a third of their area since 1980 "
            "because of erosion and trampling. Volunteers will plant around 250,000 marram grass "
            "shoots and install chestnut fencing to trap wind-blown sand. Two car parks near the "
            "dunes will be closed and replaced by a single site further inland. Project manager "
            "Ifor Brannigan said the dunes were home to rare species including the natterjack toad "
            "and sand lizard, both of which had declined sharply. The £1.1 million project is "
            "funded mainly by the Coastal Heritage Fund, with contributions from the county "
            "council."),
        candidate=(
            "Coastwild has started a £1.1 million, three-year restoration of 120 hectares of dunes "
            "at Marrow Point, which have shrunk by nearly a third since 1980. Volunteers will plant "
            "about 250,000 marram grass shoots and put up fencing to trap sand, and two nearby car "
            "parks will be replaced by one further inland."),
        errors=[],
        traps=[
            T("has started", "has begun"),
            T("have shrunk by nearly a third since 1980", "have lost almost a third of their area since 1980"),
            T("about 250,000 marram grass shoots", "around 250,000 marram grass shoots"),
            T("replaced by one further inland", "replaced by a single site further inland"),
        ]),
    dict(
        domain="flax processing", mode="summary",
        reference=(
            "Linwood Fibres will reopen a flax scutching mill in the village of Dornagh that closed "
            "in 1987, creating 22 jobs, the company announced on Friday. The mill will process flax "
            "grown by around 40 farms in the region, separating the fibre from the woody stem so it "
            "can be spun into linen yarn. Managing director Orla Keegan said demand for locally "
            "produced linen had risen strongly among clothing brands seeking traceable materials. "
            "The company is investing €3.6 million in new machinery, supported by a €900,000 grant "
            "from the regional development agency. Processing is expected to start in October, "
            "after this year's harvest."),
        candidate=(
            "Linwood Fibres is to reopen a flax scutching mill in Dornagh, closed since 1987, "
            "creating 22 jobs. The mill will process flax from about 40 farms in the region, with "
            "processing expected to start in October. The managing director said demand for "
            "locally produced linen had risen strongly, and the company is investing €3.6 million "
            "in new machinery, with processing expected to start in October."),
        errors=[
            E("with processing expected to start in October", "repetition", "minor", None, occ=1),
        ],
        traps=[
            T("closed since 1987", "that closed in 1987"),
            T("about 40 farms in the region", "around 40 farms in the region"),
        ]),
]

# ---------------------------------------------------------- translations 31-35
CASES += [
    dict(
        domain="buoy maintenance", mode="translation",
        reference=(
            "The Coastal Administration will replace or overhaul 340 navigation buoys along the "
            "western coast this year, the agency said on Tuesday. The work, which is budgeted at 58 "
            "million kroner, will be carried out by the maintenance vessel Sjøtind, based in "
            "Havnvik. Around one in five of the buoys are more than 25 years old and are to be "
            "replaced with models equipped with solar-powered LED lights. Section head Kari "
            "Lundgaard said the new buoys would need servicing only every four years instead of "
            "every two. Mariners are advised that individual buoys may be temporarily out of "
            "position while work is under way."),
        candidate=(
            "This year the Coastal Directorate is to renew or refurbish 340 navigation buoys on the "
            "west coast, the authority announced on Tuesday. The maintenance ship Sjøtind, whose "
            "home port is Havnvik, will do the work, for which 58 million kroner has been set "
            "aside. Roughly 20 percent of the buoys are over 25 years old; these will be swapped "
            "for new ones fitted with LED lamps powered by solar energy. According to department "
            "head Kari Lundgaard, the new buoys will require maintenance only every fourth year "
            "rather than every second. Seafarers are warned that some buoys may temporarily be out "
            "of place while the work is going on."),
        errors=[],
        traps=[
            T("the Coastal Directorate", "The Coastal Administration"),
            T("for which 58 million kroner has been set aside", "which is budgeted at 58 million kroner"),
            T("Roughly 20 percent", "Around one in five"),
            T("department head Kari Lundgaard", "Section head Kari Lundgaard"),
            T("every fourth year rather than every second", "every four years instead of every two"),
        ]),
    dict(
        domain="hemp farming", mode="translation",
        reference=(
            "Hemp growers in the Vallière region planted 4,300 hectares this spring, almost double "
            "the area of two years ago, according to figures published on Thursday by the regional "
            "chamber of agriculture. The increase is driven mainly by demand from the construction "
            "sector, where hemp fibre is used in insulation panels. The cooperative Terres de "
            "Vallière, which owns the processing plant at Saint-Aurel, has signed a five-year "
            "agreement to supply the insulation maker Isolbat. The regional hemp sector now has an "
            "annual turnover of about 31 million euros. Chamber president Hélène Marchetti warned, "
            "however, that processing capacity could become a bottleneck if the area continues to "
            "grow."),
        candidate=(
            "According to figures released on Thursday by the regional chamber of agriculture, "
            "hemp farmers in Vallière sowed 4,300 hectares this spring, nearly twice as much as two "
            "years earlier. Most of the growth comes from the building industry, which uses hemp "
            "fibre to make insulation boards. Isolbat, the insulation manufacturer, has signed a "
            "five-year contract to supply the Terres de Vallière cooperative, which owns the "
            "Saint-Aurel processing plant. Hemp now brings in around 31 billion euros a year in the "
            "region. The chamber's president, Hélène Marchetti, nonetheless cautioned that "
            "processing capacity might turn into a bottleneck should the planted area keep "
            "expanding."),
        errors=[
            E("Isolbat, the insulation manufacturer, has signed a five-year contract to supply the Terres de Vallière cooperative",
              "role", "major",
              "The cooperative Terres de Vallière, which owns the processing plant at Saint-Aurel, has signed a five-year agreement to supply the insulation maker Isolbat"),
            E("31 billion euros", "number", "critical", "31 million euros"),
        ],
        traps=[
            T("nearly twice as much as two years earlier", "almost double the area of two years ago"),
            T("insulation boards", "insulation panels"),
            T("might turn into a bottleneck", "could become a bottleneck"),
        ]),
    dict(
        domain="wool carding", mode="translation",
        reference=(
            "A carding mill in the mountain village of Valdeporto has resumed operation after "
            "eleven years of inactivity, thanks to a group of sheep farmers who formed a "
            "cooperative to buy it. The 19th-century machinery was restored by two retired "
            "mechanics over eighteen months. The mill can process up to 600 kilos of raw wool per "
            "week, which will be sold as batts and roving to artisans and small spinning firms. "
            "Until now, most local wool was discarded or burned because prices barely covered the "
            "cost of shearing, explained cooperative president Lucía Ferrandis. The regional "
            "government contributed 85,000 euros to the project."),
        candidate=(
            "After standing idle for eleven years, the carding mill in the mountain village of "
            "Valdeporto is working again, because a group of sheep farmers set up a cooperative and "
            "bought it. Two retired mechanics spent a year and a half restoring its "
            "nineteenth-century machines. It can handle as much as 600 kilos of raw wool a week, "
            "to be sold as batts and roving to craftspeople and small spinning businesses. Lucía "
            "Ferrandis, who chairs the cooperative, said that until now most wool in the area was "
            "thrown away or burnt, since the price hardly covered the cost of shearing. The "
            "regional administration put 85,000 euros towards the project."),
        errors=[],
        traps=[
            T("a year and a half", "eighteen months"),
            T("as much as 600 kilos of raw wool a week", "up to 600 kilos of raw wool per week"),
            T("who chairs the cooperative", "cooperative president"),
            T("thrown away or burnt", "discarded or burned"),
            T("regional administration", "regional government"),
        ]),
    dict(
        domain="bicycle manufacturing", mode="translation",
        reference=(
            "Bicycle manufacturer Brakveld Rijwielen is considering moving part of its frame "
            "production from Asia back to its factory in Zwartdam, the company's director, Pieter "
            "Hoogendijk, told the newspaper Dagblad Oost. The move could create around 150 jobs, "
            "but depends on whether the company can automate welding and painting, he said. A "
            "decision is expected before the end of the year. The company produced 210,000 "
            "bicycles last year, about 60 percent of them electric. Hoogendijk said rising shipping "
            "costs and long delivery times had made production in Asia less attractive."),
        candidate=(
            "Brakveld Rijwielen will bring part of its frame production back from Asia to its "
            "factory in Zwartdam, director Pieter Hoogendijk told the Dagblad Oost newspaper. "
            "According to him, this could create some 150 jobs, but it depends on whether the firm "
            "manages to automate welding and painting. A decision should follow before the end of "
            "the year. Last year the bicycle maker built 210,000 bikes, roughly 60 percent of which "
            "were electric. Hoogendijk said rising shipping costs and long lead times had made "
            "manufacturing in Asia less appealing."),
        errors=[
            E("will bring", "modality", "major", "is considering moving"),
        ],
        traps=[
            T("some 150 jobs", "around 150 jobs"),
            T("roughly 60 percent of which were electric", "about 60 percent of them electric"),
            T("long lead times", "long delivery times"),
        ]),
    dict(
        domain="truffle hunting", mode="translation",
        reference=(
            "Truffle hunters in the province of Castelmonte will need a licence renewed every five "
            "years and must pass an exam on forest ecology, under rules approved by the regional "
            "council on Wednesday. Hunting will be allowed only with dogs, and digging tools may "
            "not exceed 15 centimetres in width. The season for white truffles will run from 1 "
            "October to 31 December. Councillor Marco Bellandi said the aim was to protect truffle "
            "grounds from damage caused by careless digging. Fines for hunting without a licence "
            "will rise to 2,000 euros. There are currently about 3,800 registered hunters in the "
            "province."),
        candidate=(
            "Under rules passed by the regional council on Wednesday, anyone hunting truffles in "
            "Castelmonte province will have to hold a licence, to be renewed every five years, and "
            "pass a test on forest ecology. Hunters will only be allowed to use dogs, and digging "
            "tools can be no wider than 15 centimetres. White truffles may be hunted between 1 "
            "October and 31 December. The rules are meant to shield truffle grounds from the harm "
            "done by careless digging, according to councillor Marco Bellandi. Fines for "
            "unlicensed hunting are being raised to 2,000 euros. The province currently has "
            "roughly 3,800 registered hunters."),
        errors=[],
        traps=[
            T("can be no wider than 15 centimetres", "may not exceed 15 centimetres in width"),
            T("between 1 October and 31 December", "from 1 October to 31 December"),
            T("shield truffle grounds from the harm done by careless digging", "protect truffle grounds from damage caused by careless digging"),
            T("Fines for unlicensed hunting are being raised to 2,000 euros", "Fines for hunting without a licence will rise to 2,000 euros"),
            T("roughly 3,800 registered hunters", "about 3,800 registered hunters"),
        ]),
]

# ---------------------------------------------------------- translations 36-40
CASES += [
    dict(
        domain="hazelnut farming", mode="translation",
        reference=(
            "Hazelnut producers in the Karadere district expect a harvest of about 68,000 tonnes "
            "this year, 15 percent lower than last year, because of a drought in early summer, the "
            "district agriculture directorate announced. Director Selim Aktaş said only 30 percent "
            "of orchards had access to irrigation. The state purchasing agency Fındıkbir will begin "
            "buying hazelnuts at its warehouses in Ilgınpınar on 20 August, at a price that has not "
            "yet been announced. Farmers' union leader Ayten Koral called on the government to set "
            "the price before harvesting starts, saying producers could not plan without it. "
            "Exports from the district reached 410 million dollars last season."),
        candidate=(
            "The Karadere district agriculture directorate has announced that hazelnut producers "
            "there are expecting a crop of around 68,000 tonnes this year, 15 percent below last "
            "year's, owing to an early-summer drought. According to director Selim Aktaş, only 30 "
            "percent of orchards could be irrigated. Fındıkbir, the state purchasing body, will "
            "start buying hazelnuts on 20 August at its warehouses in Karadere; the price has yet "
            "to be announced. Ayten Koral, who heads the farmers' union, urged the government to "
            "raise the price before the harvest begins, arguing that producers could not plan "
            "otherwise. The district's exports amounted to 410 million dollars last season."),
        errors=[
            E("Karadere", "entity", "major", "Ilgınpınar", occ=1),
            E("raise the price", "event", "major", "set the price"),
        ],
        traps=[
            T("only 30 percent of orchards could be irrigated", "only 30 percent of orchards had access to irrigation"),
            T("the price has yet to be announced", "at a price that has not yet been announced"),
            T("who heads the farmers' union", "Farmers' union leader"),
        ]),
    dict(
        domain="puppet theatres", mode="translation",
        reference=(
            "The Marionette Theatre in Hradec Lipová will close for two years from January for a "
            "complete reconstruction costing 140 million crowns, the town hall said. The building, "
            "which dates from 1904, has leaking roofs and outdated wiring. During the works, the "
            "company will perform in the cultural centre on Zahradní Street and will tour schools "
            "in the region. Artistic director Jana Voráčková said the theatre would use the break "
            "to restore about 300 historic puppets from its collection, some of them more than 100 "
            "years old. Two-thirds of the cost will be covered by a national heritage grant."),
        candidate=(
            "The town hall has announced that Hradec Lipová's puppet theatre will shut in January "
            "for two years to undergo a full reconstruction, at a cost of 140 million crowns. The "
            "roofs of the 1904 building leak and its electrical wiring is out of date. While the "
            "work goes on, the troupe will put on shows at the cultural centre in Zahradní Street "
            "and visit schools around the region. Artistic director Jana Voráčková said the "
            "theatre would take advantage of the closure to restore some 300 historic marionettes "
            "from its collection, a number of which are over a century old. A national heritage "
            "grant will pay for two thirds of the cost."),
        errors=[],
        traps=[
            T("Hradec Lipová's puppet theatre", "The Marionette Theatre in Hradec Lipová"),
            T("the troupe", "the company"),
            T("some 300 historic marionettes", "about 300 historic puppets"),
            T("over a century old", "more than 100 years old"),
            T("two thirds of the cost", "Two-thirds of the cost"),
        ]),
    dict(
        domain="magic shows", mode="translation",
        reference=(
            "The illusionist Konrad Aldinger will not perform his planned farewell show at the "
            "Stadthalle Kellbrunn on 12 May, his management announced on Monday. Aldinger, 71, is "
            "recovering from a hip operation, and doctors have advised him not to appear on stage "
            "before the autumn. The performance will instead take place on 27 September. Tickets "
            "already purchased remain valid, and buyers who cannot attend the new date can get a "
            "refund until 30 June. About 2,400 tickets have been sold. Aldinger has performed more "
            "than 5,000 shows in a career spanning five decades."),
        candidate=(
            "Konrad Aldinger's management said on Monday that the illusionist's farewell show, "
            "planned for 12 May at Kellbrunn's Stadthalle, will not go ahead on that date. The "
            "71-year-old is recovering from hip surgery, and his doctors have advised him not to go "
            "on stage before autumn. The show has been moved to 27 September. Tickets already "
            "bought will no longer be valid, and those unable to make the new date can get their "
            "money back until 30 June. Some 2,400 tickets have been sold. In a career of five "
            "decades, Aldinger has given over 5,000 performances."),
        errors=[
            E("will no longer be valid", "polarity", "critical", "remain valid"),
        ],
        traps=[
            T("The 71-year-old", "Aldinger, 71,"),
            T("hip surgery", "a hip operation"),
            T("can get their money back", "can get a refund"),
        ]),
    dict(
        domain="cave rescue", mode="translation",
        reference=(
            "Three cavers who had been trapped for 40 hours by rising water in the Grota Ferrosa "
            "cave system were brought to the surface on Sunday morning, the regional civil "
            "protection service said. The group, two men and a woman aged between 24 and 37, had "
            "entered the cave on Friday for a mapping expedition and became stranded 900 metres "
            "from the entrance after heavy rain. A team of 28 rescuers, including six cave divers, "
            "reached them on Saturday evening. All three were taken to hospital in Santa Liria "
            "with mild hypothermia but are in a stable condition, according to rescue coordinator "
            "Miguel Oreja. The cave has been closed to visitors until further notice."),
        candidate=(
            "The regional civil protection service reported that three cavers, cut off for 40 "
            "hours by rising water in the Grota Ferrosa caves, were brought out on Sunday morning. "
            "The two men and one woman, aged 24 to 37, went into the cave on Friday to map it and "
            "were stranded 900 metres from the entrance following heavy rain. Rescuers, 28 in all "
            "and six of them cave divers, got to them on Saturday evening. Rescue coordinator "
            "Miguel Oreja said all three had been taken to hospital in Santa Liria suffering from "
            "mild hypothermia, but their condition was stable. The cave will remain closed to "
            "visitors until further notice."),
        errors=[],
        traps=[
            T("cut off for 40 hours", "trapped for 40 hours"),
            T("aged 24 to 37", "aged between 24 and 37"),
            T("28 in all and six of them cave divers", "A team of 28 rescuers, including six cave divers"),
            T("got to them on Saturday evening", "reached them on Saturday evening"),
            T("their condition was stable", "are in a stable condition"),
        ]),
    dict(
        domain="delivery robots", mode="translation",
        reference=(
            "The city of Harjuvaara will allow delivery robots on pavements in three districts from "
            "1 May as part of an 18-month trial, the city's transport committee decided on "
            "Tuesday. The robots, operated by the start-up Kulkuri Robotics, may travel at a "
            "maximum speed of 6 kilometres per hour and must give way to pedestrians. Each robot "
            "can carry up to 20 kilograms of groceries or parcels. Committee chair Anni Rautio said "
            "the city would assess safety and accessibility after six months before deciding "
            "whether to continue. Kulkuri plans to deploy 45 robots at the start of the trial."),
        candidate=(
            "On Tuesday Harjuvaara's transport committee decided to let delivery robots use the "
            "pavements in three districts for an 18-month trial beginning on 1 May. The robots, "
            "run by start-up company Kulkuri Robotics, will be limited to 6 km/h and will have to "
            "yield to people on foot. Each can carry a load of up to 20 kilos of shopping or "
            "packages. According to committee chair Anni Rautio, the city will review safety and "
            "accessibility at the end of the trial before deciding whether to continue. Kulkuri "
            "intends to have 45 robots in operation when the trial starts."),
        errors=[
            E("at the end of the trial", "date", "major", "after six months"),
        ],
        traps=[
            T("limited to 6 km/h", "may travel at a maximum speed of 6 kilometres per hour"),
            T("yield to people on foot", "give way to pedestrians"),
            T("up to 20 kilos", "up to 20 kilograms"),
        ]),
]


# ------------------------------------------------------------------ machinery
WORD = re.compile(r"\w", re.UNICODE)


def is_word(ch):
    return bool(WORD.match(ch))


def locate(haystack, needle, occ, what):
    pos = -1
    for _ in range(occ + 1):
        pos = haystack.find(needle, pos + 1)
        if pos < 0:
            raise ValueError(f"{what}: occurrence {occ} of {needle!r} not found")
    return pos


def word_count(text):
    return len(text.split())


def check_boundary(cand, start, end, what):
    if start > 0 and start < len(cand) and is_word(cand[start - 1]) and is_word(cand[start]):
        raise ValueError(f"{what}: span start cuts a word at {start}")
    if 0 < end < len(cand) and is_word(cand[end - 1]) and is_word(cand[end]):
        raise ValueError(f"{what}: span end cuts a word at {end}")


def build():
    problems = []
    records = []
    seen_domains = set()
    for i, case in enumerate(CASES, 1):
        cid = f"{SET}-{i:03d}"
        try:
            rec = build_one(cid, case, seen_domains)
            records.append(rec)
        except ValueError as exc:
            problems.append(f"{cid} ({case.get('domain')}): {exc}")
    return records, problems


def build_one(cid, case, seen_domains):
    dom, mode = case["domain"], case["mode"]
    ref, cand = case["reference"], case["candidate"]
    if dom not in DOMAINS:
        raise ValueError(f"domain {dom!r} not in list")
    if dom in seen_domains:
        raise ValueError(f"domain {dom!r} used twice")
    seen_domains.add(dom)
    if mode not in ("rewrite", "summary", "translation"):
        raise ValueError(f"bad mode {mode}")
    for name, txt in (("reference", ref), ("candidate", cand)):
        if "  " in txt or txt != txt.strip():
            raise ValueError(f"{name} has stray whitespace")
        if '"' in txt:
            raise ValueError(f"{name} contains a double quote")
    nref = word_count(ref)
    if not 70 <= nref <= 190:
        raise ValueError(f"reference has {nref} words")
    if mode == "summary" and not (word_count(cand) < nref and len(cand) < len(ref)):
        raise ValueError("summary not shorter than reference")
    if ref == cand:
        raise ValueError("candidate identical to reference")

    spans = []
    errors = []
    for e in case["errors"]:
        typ, sev, rt = e["type"], e["severity"], e["ref_text"]
        if typ not in ERROR_TYPES:
            raise ValueError(f"bad error type {typ}")
        if sev not in SEVERITIES:
            raise ValueError(f"bad severity {sev}")
        if typ == "omission":
            if mode == "summary":
                raise ValueError("omission in a summary")
            start = locate(cand, e["after"], e["occ"], "omission anchor") + len(e["after"])
            end = start
            text = ""
            if not rt or rt not in ref:
                raise ValueError(f"omission ref_text {rt!r} not in reference")
            if rt.lower() in cand.lower():
                raise ValueError(f"omitted words {rt!r} still present in candidate")
            check_boundary(cand, start, start, "omission point")
        else:
            text = e["text"]
            start = locate(cand, text, e["occ"], f"{typ} error")
            end = start + len(text)
            check_boundary(cand, start, end, f"{typ} error")
            if typ in ("addition", "repetition"):
                if rt is not None:
                    raise ValueError(f"{typ} must have ref_text None")
                if typ == "repetition" and cand.find(text) >= start:
                    raise ValueError("repetition span is not a later copy")
            else:
                if not rt or rt not in ref:
                    raise ValueError(f"{typ} ref_text {rt!r} not in reference")
                if rt == text:
                    raise ValueError(f"{typ} span identical to ref_text")
            if text.strip() != text or not text:
                raise ValueError(f"{typ} span has edge whitespace")
        errors.append({"start": start, "end": end, "text": text, "type": typ,
                       "severity": sev, "ref_text": rt})
        spans.append((start, end, f"error {typ}"))

    traps = []
    for t in case["traps"]:
        text, rt = t["text"], t["ref_text"]
        start = locate(cand, text, t["occ"], "trap")
        end = start + len(text)
        check_boundary(cand, start, end, "trap")
        if rt not in ref:
            raise ValueError(f"trap ref_text {rt!r} not in reference")
        if rt == text:
            raise ValueError(f"trap {text!r} identical to reference wording")
        if text.strip() != text:
            raise ValueError("trap has edge whitespace")
        traps.append({"start": start, "end": end, "text": text, "ref_text": rt})
        spans.append((start, end, f"trap {text[:20]!r}"))

    spans.sort()
    for (s1, e1, n1), (s2, e2, n2) in zip(spans, spans[1:]):
        # zero-width points may touch but not sit strictly inside a span
        if s2 < e1 or (s1 == e1 and s2 < s1) or (s2 == e2 and s1 < s2 < e1):
            raise ValueError(f"overlapping spans {n1} and {n2}")
    for s, e, n in spans:
        for s2, e2, n2 in spans:
            if (s, e) != (s2, e2) and s2 == e2 and s < s2 < e:
                raise ValueError(f"omission point inside {n}")

    label = "inconsistent" if errors else "consistent"
    if label == "consistent" and not 3 <= len(traps) <= 5:
        raise ValueError(f"consistent pair with {len(traps)} traps")
    if label == "inconsistent" and not (len(traps) <= 3 and 1 <= len(errors) <= 3):
        raise ValueError(f"inconsistent pair with {len(errors)} errors / {len(traps)} traps")
    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": cid, "domain": dom, "mode": mode, "reference": ref,
            "candidate": cand, "label": label, "errors": errors, "traps": traps}


def check_composition(records, problems):
    if len(records) != 40:
        problems.append(f"{len(records)} records, expected 40")
    if {r["domain"] for r in records} != set(DOMAINS):
        problems.append("domains do not cover the list exactly")
    by = Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(by) != want:
        problems.append(f"mode/label counts {dict(by)}")
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        problems.append(f"{sum(types.values())} errors, expected 30")
    for t in ERROR_TYPES:
        if types[t] < 2:
            problems.append(f"error type {t} has {types[t]} < 2")
    return by, types


def main():
    records, problems = build()
    by, types = check_composition(records, problems)
    if problems:
        print("VALIDATION FAILED:")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    nerr = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    print("validated", len(records), "pairs")
    print("mode/label:", {f"{m}/{l}": n for (m, l), n in sorted(by.items())})
    print("errors per inconsistent pair:", dict(sorted(nerr.items())))
    print("error types:", dict(sorted(types.items())))
    print("severities:", dict(Counter(e["severity"] for r in records for e in r["errors"])))
    print("traps:", sum(len(r["traps"]) for r in records))
    if "--check" in sys.argv[1:]:
        print("--check: nothing written")
        return
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
