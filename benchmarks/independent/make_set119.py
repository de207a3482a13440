#!/usr/bin/env python3
"""Held-out evaluation set 119 for a reference-vs-candidate fact-comparison tool.

How it was made
---------------
Every pair below was hand-written by a helper that saw no code, data or
benchmark of the project; it worked only from a written brief.  All people,
companies, organisations, places and figures are invented (real countries
appear only as background).  Character offsets are never typed by hand: this
script finds every span by string search (with an occurrence index where a
quoted text repeats), validates the whole set and writes set119.jsonl.

    python3 make_set119.py          # validate and write set119.jsonl
    python3 make_set119.py --check  # validate only, write nothing

Composition
-----------
* 40 pairs, each from a different domain: 20 consistent, 20 inconsistent.
* Modes: 20 rewrites, 10 summaries, 10 translations; half of each mode is
  consistent.  In translation pairs both texts are independent English
  translations of the same (non-English) story.
* 30 errors over the eleven types: entity 3, number 4, date 3, role 3,
  polarity 3, modality 3, attribution 3, event 2, omission 2, addition 2,
  repetition 2.  Ten inconsistent pairs carry one error, ten carry two.
  Omissions occur only in rewrite and translation pairs.
* Every consistent pair carries 3-5 traps (faithful rewordings a naive checker
  might flag); inconsistent pairs carry 0-3.
* References are 70-190 words in news / agency / corporate / official register;
  summaries are shorter than their references.
"""

import json
import os
import re
import sys

N = 119
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set%d.jsonl" % N)

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]

DOMAINS = [
    "quay wall collapse", "fennel contamination", "sushi chef visa",
    "slipway closure", "bassoon scholarship", "cochineal dye harvest",
    "cistern discovery", "abacus championship", "calligraphy contest",
    "noodle bar fire", "dredger collision", "asparagus picker housing",
    "cathedral bell recasting", "walrus haul-out closure", "oar maker retires",
    "falconer licence revoked", "wool mill restart", "lollipop lady funding",
    "sumo stable scandal", "beekeeper pesticide claim", "sorbet recall",
    "folly restoration grant", "well water arsenic",
    "barge holiday firm collapse", "fondue restaurant carbon monoxide",
    "saltmarsh grazing dispute", "popsicle factory strike",
    "clam digging moratorium", "sandcastle contest", "crepe van licence",
    "horseradish crop failure", "ice rink ammonia evacuation",
    "yo-yo world record", "boatyard fire", "tapas bar noise",
    "lottery kiosk robbery", "hurling pitch drainage", "hail cannon complaint",
    "dune buggy ban", "vanilla price spike",
]


def E(text, type_, severity, ref_text, occ=0):
    """An error span: `text` is found in the candidate (occurrence `occ`)."""
    return {"kind": "span", "text": text, "type": type_, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def OM(anchor, ref_text, severity, occ=0):
    """An omission: zero-width point right after `anchor` in the candidate."""
    return {"kind": "omission", "anchor": anchor, "type": "omission",
            "severity": severity, "ref_text": ref_text, "occ": occ}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording `text` of the reference wording `ref_text`."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


CASES = [
    # 1 ------------------------------------------------------------------
    dict(
        domain="quay wall collapse", mode="summary", label="inconsistent",
        reference=(
            "A 40-metre section of the north quay wall at Port Ellanby collapsed into the "
            "harbour early on Sunday, the Ellanby Harbour Trust said. No one was injured, but "
            "two fishing boats moored alongside were damaged by falling masonry. The trust's "
            "chief engineer, Moira Tallent, said the wall had been inspected in March and no "
            "structural defects had been found. She said heavy rainfall over the previous week "
            "had probably saturated the fill behind the wall. The trust has closed the north "
            "quay to vehicles and pedestrians until further notice and moved the weekly fish "
            "market to the south basin. Divers from the contractor Brenmoor Marine will survey "
            "the foundations this week. Repairs are expected to cost at least £3 million, the "
            "trust said."
        ),
        candidate=(
            "Part of Port Ellanby's north quay wall fell into the harbour on Sunday, damaging "
            "two fishing boats but injuring no one. The harbour trust's chief engineer said the "
            "wall had been inspected in March without any defects being found, and that a week "
            "of heavy rain had probably saturated the fill behind it. The quay is closed until "
            "further notice and the weekly fish market has been suspended. Divers from the "
            "Ellanby Harbour Trust will survey the foundations, and repairs are likely to cost "
            "at least £3m."
        ),
        errors=[
            E("has been suspended", "event", "major",
              "moved the weekly fish market to the south basin"),
            E("Ellanby Harbour Trust", "entity", "major", "Brenmoor Marine"),
        ],
        traps=[
            T("a week of heavy rain", "heavy rainfall over the previous week"),
            T("likely to cost", "expected to cost"),
            T("£3m", "£3 million"),
        ],
    ),
    # 2 ------------------------------------------------------------------
    dict(
        domain="fennel contamination", mode="rewrite", label="inconsistent",
        reference=(
            "Greenmarsh Produce has recalled about 18,000 bags of sliced fennel after routine "
            "testing found listeria at its packing plant in Doverhay, the Food Safety Agency "
            "said on Thursday. The affected bags carry use-by dates between 4 and 11 June and "
            "were sold through Kestle supermarkets in three regions. The agency said no "
            "illnesses had been linked to the product so far. Customers are advised not to eat "
            "the fennel and to return it for a full refund. In a statement, Greenmarsh managing "
            "director Paul Orrin said production at the plant had been halted while the line "
            "was deep-cleaned, and that the company was 'cooperating fully' with inspectors. It "
            "is the second recall involving the Doverhay site in two years."
        ),
        candidate=(
            "About 18,000 bags of sliced fennel have been recalled by Greenmarsh Produce after "
            "listeria was detected during routine testing at its Doverhay packing plant, the "
            "Food Safety Agency announced on Thursday. The bags, with use-by dates from 4 to 11 "
            "June, were sold in Kestle supermarkets across four regions. According to "
            "Greenmarsh, no illnesses have so far been linked to the fennel. Shoppers should "
            "not eat it and can return it for a full refund. Managing director Paul Orrin said "
            "production had stopped at the plant while the line was deep-cleaned and that the "
            "firm was cooperating fully with inspectors. The Doverhay site has now been "
            "involved in two recalls in two years."
        ),
        errors=[
            E("four regions", "number", "minor", "three regions"),
            E("According to Greenmarsh", "attribution", "major", "The agency said"),
        ],
        traps=[
            T("production had stopped at the plant",
              "production at the plant had been halted"),
            T("has now been involved in two recalls in two years",
              "is the second recall involving the Doverhay site in two years"),
        ],
    ),
    # 3 ------------------------------------------------------------------
    dict(
        domain="sushi chef visa", mode="translation", label="inconsistent",
        reference=(
            "The regional immigration bureau has refused to renew the work visa of a "
            "Brazilian-born sushi chef who has worked in the port city of Tamashio for nine "
            "years, his employer said on Monday. Rafael Otsuka, 41, runs the counter at "
            "Sushidokoro Minato, a twelve-seat restaurant near the fish market. According to the "
            "restaurant's owner, Kenji Morooka, the bureau ruled that Otsuka's duties no longer "
            "matched the skilled-cook category because he now also manages staff. Morooka said "
            "the restaurant had not been warned beforehand that the visa was at risk. Otsuka has "
            "been told to leave Japan by the end of August. Morooka plans to file an appeal this "
            "week and has collected more than 2,300 signatures from customers. The bureau "
            "declined to comment on individual cases."
        ),
        candidate=(
            "Immigration authorities in the region have declined to extend the working visa of "
            "a Brazil-born sushi chef who has been employed in the port of Tamashio for nine "
            "years, his employer announced on Monday. Otsuka Rafael, aged 41, is in charge of "
            "the counter at Sushidokoro Minato, a restaurant with twelve seats run by Morooka "
            "Kenji near the fish market. The immigration bureau explained that, because he now also "
            "supervises employees, his work no longer falls under the skilled-cook category. "
            "Morooka said the restaurant had been warned in advance that the visa was at risk. "
            "Otsuka must leave Japan by the end of August. Morooka intends to lodge an appeal "
            "this week and has gathered over 2,300 signatures from customers. The bureau would "
            "not comment on individual cases."
        ),
        errors=[
            E("The immigration bureau explained", "attribution", "major",
              "According to the restaurant's owner, Kenji Morooka"),
            E("had been warned in advance", "polarity", "major",
              "had not been warned beforehand"),
        ],
        traps=[
            T("declined to extend", "refused to renew"),
            T("Otsuka Rafael", "Rafael Otsuka"),
            T("over 2,300 signatures", "more than 2,300 signatures"),
        ],
    ),
    # 4 ------------------------------------------------------------------
    dict(
        domain="slipway closure", mode="rewrite", label="consistent",
        reference=(
            "Carrow Bay's public slipway will close for eight weeks from 3 March so that its "
            "concrete ramp can be rebuilt, Westmere District Council announced yesterday. The "
            "work, costing £420,000, is being funded jointly by the council and the regional "
            "sport fisheries board. During the closure, boat owners will be able to launch from "
            "the private slipway at Hessock Marina, where the usual £15 fee has been waived for "
            "residents holding a council permit. The council said the old ramp had become unsafe "
            "after storm damage last winter, and that two people had been hurt slipping on it in "
            "the past year. Councillor Anita Berrow, who chairs the harbour committee, said: 'We "
            "know the timing is inconvenient, but we want the new slipway ready before the "
            "summer season.'"
        ),
        candidate=(
            "Westmere District Council said yesterday that the public slipway at Carrow Bay will "
            "be shut for eight weeks from 3 March while its concrete ramp is rebuilt. The "
            "£420,000 cost is being shared between the council and the regional sport fisheries "
            "board. During the closure, boats can be launched from the private slipway at "
            "Hessock Marina, where the normal £15 fee is being waived for residents who hold a "
            "council permit. According to the council, storm damage last winter left the old "
            "ramp unsafe, and two people have been injured slipping on it over the past year. "
            "Anita Berrow, the councillor who chairs the harbour committee, acknowledged that "
            "the timing was inconvenient but said the aim was to have the new slipway ready "
            "before the summer season."
        ),
        errors=[],
        traps=[
            T("be shut", "will close"),
            T("shared between the council and the regional sport fisheries board",
              "funded jointly by the council and the regional sport fisheries board"),
            T("the normal £15 fee is being waived", "the usual £15 fee has been waived"),
            T("storm damage last winter left the old ramp unsafe",
              "the old ramp had become unsafe after storm damage last winter"),
            T("acknowledged that the timing was inconvenient",
              "We know the timing is inconvenient"),
        ],
    ),
    # 5 ------------------------------------------------------------------
    dict(
        domain="bassoon scholarship", mode="rewrite", label="inconsistent",
        reference=(
            "The Halvorsen Conservatory has awarded its first full bassoon scholarship in more "
            "than a decade to 17-year-old Lena Voskuijl from Brantham, the school said on "
            "Tuesday. The scholarship, funded by a bequest from the retired orchestral "
            "bassoonist Edgar Mellish, covers tuition and accommodation for four years and is "
            "worth about £96,000 in total. Voskuijl will begin her studies in September under "
            "principal tutor Ruth Amadi. Mellish, who played with the Northgate Philharmonic for "
            "31 years, gave Amadi her first bassoon lessons in the 1980s. He died in 2021 and "
            "left the conservatory part of his estate on condition that it be used to support "
            "double-reed players. The conservatory said it hoped the award would help ease a "
            "national shortage of young bassoonists, which it blamed partly on the high cost of "
            "the instrument."
        ),
        candidate=(
            "Seventeen-year-old Lena Voskuijl from Brantham has become the first student in over "
            "ten years to receive a full bassoon scholarship from the Halvorsen Conservatory, the "
            "school announced on Tuesday. Paid for by a bequest from the retired orchestral "
            "bassoonist Edgar Mellish, the award covers four years of tuition and accommodation "
            "and is worth roughly £96,000 altogether. Voskuijl will begin studying in January "
            "under Ruth Amadi, the principal tutor, who in the 1980s gave Mellish his first "
            "bassoon lessons. Mellish, a member of the Northgate Philharmonic for 31 years, died "
            "in 2021, leaving part of his estate to the conservatory on condition that it "
            "support double-reed players. The school hopes the scholarship will help ease a "
            "national shortage of young bassoonists, which it partly attributes to how expensive "
            "the instrument is."
        ),
        errors=[
            E("in January", "date", "minor", "in September"),
            E("Ruth Amadi, the principal tutor, who in the 1980s gave Mellish", "role", "major",
              "gave Amadi her first bassoon lessons"),
        ],
        traps=[
            T("in over ten years", "in more than a decade"),
            T("roughly £96,000 altogether", "about £96,000 in total"),
            T("which it partly attributes to how expensive the instrument is",
              "which it blamed partly on the high cost of the instrument"),
        ],
    ),
    # 6 ------------------------------------------------------------------
    dict(
        domain="cochineal dye harvest", mode="translation", label="consistent",
        reference=(
            "Farmers in the Corisaya valley expect this year's cochineal harvest to be about 30 "
            "per cent smaller than last year's, after an unusually cold winter killed many of "
            "the insects on the cactus pads, the producers' cooperative Grana Viva reported on "
            "Wednesday. The cooperative, which groups 212 families, produced 46 tonnes of dried "
            "cochineal last season. Its president, Teodora Quispaya, said buyers from European "
            "cosmetics and food companies had already agreed to pay higher prices, which would "
            "partly offset the losses. Quispaya added that the cooperative would ask the "
            "regional government for emergency credit so that members could replant infested "
            "pads before the rainy season begins in December. Dried cochineal currently sells "
            "for about 95 dollars a kilo at the farm gate."
        ),
        candidate=(
            "The Grana Viva producers' cooperative reported on Wednesday that growers in the "
            "Corisaya valley anticipate a cochineal crop around 30% below last year's, because "
            "an exceptionally cold winter wiped out many of the insects living on the cactus "
            "pads. The 212 families in the cooperative produced 46 tonnes of dried cochineal in "
            "the previous season. Teodora Quispaya, who heads the cooperative, said European "
            "cosmetics and food buyers had already accepted higher prices, which would make up "
            "for part of the losses. She also said the cooperative would request emergency "
            "loans from the regional government so that its members can replant the infested "
            "pads before the rains start in December. At the farm gate, a kilo of dried "
            "cochineal now fetches approximately $95."
        ),
        errors=[],
        traps=[
            T("around 30% below last year's", "about 30 per cent smaller than last year's"),
            T("The 212 families in the cooperative", "which groups 212 families"),
            T("who heads the cooperative", "Its president"),
            T("would make up for part of the losses", "would partly offset the losses"),
            T("a kilo of dried cochineal now fetches approximately $95",
              "sells for about 95 dollars a kilo"),
        ],
    ),
    # 7 ------------------------------------------------------------------
    dict(
        domain="cistern discovery", mode="rewrite", label="consistent",
        reference=(
            "Workers laying a new water main beneath Tollgate Square in Ashbury have uncovered a "
            "brick-vaulted cistern that archaeologists believe dates from the late 18th century, "
            "Ashbury Borough Council said on Friday. The chamber, about nine metres long and four "
            "metres deep, was found on Wednesday when a mechanical digger broke through its roof. "
            "It is thought to have stored rainwater for a brewery that stood on the square until "
            "1864. Excavation of the trench has been paused for at least two weeks while "
            "specialists from the Wessmoor Archaeological Unit record the structure. The council "
            "said it was too early to say whether the cistern could be preserved, but that "
            "diversions for traffic around the square would remain in place for the time being."
        ),
        candidate=(
            "A brick-vaulted cistern, believed by archaeologists to date from the late 1700s, "
            "has been uncovered under Tollgate Square in Ashbury by workers installing a new "
            "water main, the borough council announced on Friday. It came to light two days "
            "earlier, when a mechanical digger broke through the roof of the chamber, which "
            "measures roughly nine metres in length and four in depth. The cistern probably held "
            "rainwater for a brewery that occupied the square until 1864. Digging in the trench "
            "has been halted for a fortnight or more so that specialists from the Wessmoor "
            "Archaeological Unit can record the structure. The council said it could not yet say "
            "whether the cistern could be preserved, and that traffic diversions around the "
            "square would stay in place for now."
        ),
        errors=[],
        traps=[
            T("the late 1700s", "the late 18th century"),
            T("two days earlier", "on Wednesday"),
            T("probably held", "It is thought to have stored"),
            T("for a fortnight or more", "for at least two weeks"),
            T("could not yet say", "it was too early to say"),
        ],
    ),
    # 8 ------------------------------------------------------------------
    dict(
        domain="abacus championship", mode="rewrite", label="consistent",
        reference=(
            "An 11-year-old from Pellham, Mira Sandoval, won the senior title at the National "
            "Abacus Championship in Coldbrook on Saturday, becoming the youngest winner in the "
            "event's 26-year history. Sandoval completed 150 multi-digit calculations in eight "
            "minutes with only two mistakes, beating 43 competitors, most of them adults. Second "
            "place went to last year's champion, Dev Parikh, 34, an accountant from Rushmere. "
            "The championship is organised by the Abacus Education Society, which said entries "
            "had risen by nearly half since last year, to 610 across all age groups. The "
            "society's chair, Howard Lune, said the growth reflected renewed interest from "
            "schools, several of which now teach abacus arithmetic in after-school clubs. "
            "Sandoval will represent the country at the international finals in Singapore in "
            "November."
        ),
        candidate=(
            "Mira Sandoval, aged 11, from Pellham, took the senior title at Saturday's National "
            "Abacus Championship in Coldbrook and is now the youngest champion since the contest "
            "began 26 years ago. She beat 43 rivals, mostly adults, by completing 150 multi-digit "
            "calculations in eight minutes and making just two errors. The runner-up was Dev "
            "Parikh, a 34-year-old accountant from Rushmere who won last year. According to the "
            "Abacus Education Society, which runs the championship, entries across all age "
            "groups rose to 610, almost 50% more than last year. Howard Lune, who chairs the "
            "society, put the increase down to renewed interest from schools, a number of which "
            "now teach abacus arithmetic in after-school clubs. In November, Sandoval will "
            "represent the country at the international finals in Singapore."
        ),
        errors=[],
        traps=[
            T("since the contest began 26 years ago", "in the event's 26-year history"),
            T("who won last year", "last year's champion"),
            T("almost 50% more than last year", "had risen by nearly half since last year"),
            T("put the increase down to", "said the growth reflected"),
        ],
    ),
    # 9 ------------------------------------------------------------------
    dict(
        domain="calligraphy contest", mode="translation", label="consistent",
        reference=(
            "A retired railway engineer aged 78 has won first prize in the Yunmo city "
            "calligraphy competition, beating more than 1,400 entrants, the organisers announced "
            "on Sunday. Guo Shilan, who only took up the brush after retiring 15 years ago, "
            "submitted a scroll of a Tang dynasty poem written in running script. The jury, "
            "chaired by the painter Fei Wenlu, said his work showed 'rare control and freedom.' "
            "Second prize went to a secondary school teacher, Tang Meiyu, and the youth award to "
            "a 12-year-old pupil. The competition, held every two years by the Yunmo "
            "Calligraphers' Association, this year received a record number of entries from "
            "outside the province. The winning works will be displayed at the city museum from 1 "
            "to 30 October."
        ),
        candidate=(
            "Organisers said on Sunday that the Yunmo municipal calligraphy contest had been won "
            "by a 78-year-old former railway engineer, who came top among over 1,400 "
            "competitors. Mr Guo Shilan began practising calligraphy only when he retired "
            "fifteen years ago; his winning entry was a scroll bearing a poem from the Tang "
            "dynasty in running script. The judging panel, led by the painter Fei Wenlu, praised "
            "the piece for its 'uncommon control and freedom'. The second prize was awarded to "
            "Tang Meiyu, who teaches at a secondary school, while a pupil of 12 received the "
            "youth prize. Entries from other provinces reached a record this year for the "
            "biennial event, which the Yunmo Calligraphers' Association organises. The "
            "prize-winning pieces will go on show at the municipal museum between 1 and 30 "
            "October."
        ),
        errors=[],
        traps=[
            T("78-year-old former railway engineer", "retired railway engineer aged 78"),
            T("over 1,400 competitors", "more than 1,400 entrants"),
            T("fifteen years ago", "15 years ago"),
            T("led by the painter Fei Wenlu", "chaired by the painter Fei Wenlu"),
            T("the biennial event", "held every two years"),
        ],
    ),
    # 10 -----------------------------------------------------------------
    dict(
        domain="noodle bar fire", mode="rewrite", label="inconsistent",
        reference=(
            "Fire crews were called to the Golden Ladle noodle bar on Merrow Street, Kilbride, "
            "at 11.40pm on Friday after a fryer caught fire in the kitchen, the county fire "
            "service said. Six staff and around 20 customers left the building before "
            "firefighters arrived, and nobody was taken to hospital. The blaze was confined to "
            "the kitchen, but smoke damaged the dining room and a flat above the restaurant. "
            "Station commander Ian Falloway said the fryer had not been fitted with an automatic "
            "shut-off valve, which would probably have stopped the fire spreading to the "
            "extractor hood. The owner, Wen Tsao, said the restaurant would stay closed for at "
            "least a month. Neighbouring businesses on Merrow Street reopened on Saturday "
            "morning."
        ),
        candidate=(
            "The county fire service said crews were sent to the Golden Ladle noodle bar on "
            "Merrow Street, Kilbride, at 11.40pm on Friday when a fryer in the kitchen caught "
            "fire. Six staff and about 20 diners got out before firefighters arrived, and no one "
            "was taken to hospital. Although the fire was contained in the kitchen, smoke "
            "damaged the dining room. According to station commander Ian Falloway, the fryer had "
            "been fitted with an automatic shut-off valve, which would probably have stopped the "
            "fire reaching the extractor hood. Owner Wen Tsao said the restaurant would remain "
            "closed for a month or more. Neighbouring businesses on the street reopened on "
            "Saturday morning."
        ),
        errors=[
            OM("smoke damaged the dining room", "and a flat above the restaurant", "minor"),
            E("had been fitted", "polarity", "major", "had not been fitted"),
        ],
        traps=[
            T("got out before firefighters arrived", "left the building before firefighters arrived"),
            T("for a month or more", "for at least a month"),
        ],
    ),
    # 11 -----------------------------------------------------------------
    dict(
        domain="dredger collision", mode="summary", label="inconsistent",
        reference=(
            "The dredger Marlow Venture collided with the moored ferry Isle of Caddon in the "
            "port of Strandmouth at about 6am on Tuesday, the Marine Accident Board said. The "
            "dredger, operated by Tidewell Dredging, was leaving the inner basin in fog when it "
            "struck the ferry's stern. No passengers were aboard the ferry, and none of the 14 "
            "crew on the two vessels was hurt. The ferry's rudder was damaged and Caddon Island "
            "Ferries cancelled all sailings for the day, affecting about 900 passengers. A small "
            "diesel sheen was contained with booms within two hours. The board has sent two "
            "inspectors to the port and said it would examine the dredger's radar and the "
            "pilot's communications with the harbour office. Tidewell said it was cooperating "
            "with the inquiry."
        ),
        candidate=(
            "The ferry Isle of Caddon struck the moored dredger Marlow Venture in fog at "
            "Strandmouth early on Tuesday, damaging the ferry's rudder. Nobody was hurt and no "
            "passengers were aboard, but Caddon Island Ferries cancelled the day's sailings, "
            "affecting around 900 people. A small diesel spill was contained. The Marine "
            "Accident Board is investigating, including the dredger's radar and the pilot's "
            "communications with the harbour office."
        ),
        errors=[
            E("Isle of Caddon struck the moored dredger Marlow Venture", "role", "major",
              "The dredger Marlow Venture collided with the moored ferry Isle of Caddon"),
        ],
        traps=[
            T("early on Tuesday", "at about 6am on Tuesday"),
            T("around 900 people", "about 900 passengers"),
        ],
    ),
    # 12 -----------------------------------------------------------------
    dict(
        domain="asparagus picker housing", mode="rewrite", label="consistent",
        reference=(
            "Plans to house up to 120 seasonal asparagus pickers in converted shipping "
            "containers at Brackley Farm near Oldwick have been approved by Fenmarsh District "
            "Council, despite objections from 37 residents. The farm's owner, Harlan Growers, "
            "says the units will replace caravans that inspectors criticised last year for poor "
            "sanitation. Each container will sleep four workers and have its own shower and "
            "kitchen. Permission has been granted for five years, and the units may be occupied "
            "only between March and October. Council planning officer Ruth Ebdon said the scheme "
            "met national standards for temporary worker accommodation. Objectors had argued "
            "that the site was too close to the village school and that the lane leading to it "
            "was unsuitable for extra traffic. Harlan Growers must now submit a travel plan "
            "before anyone moves in."
        ),
        candidate=(
            "Fenmarsh District Council has given the go-ahead for Harlan Growers to accommodate "
            "as many as 120 seasonal asparagus pickers in converted shipping containers at "
            "Brackley Farm, near Oldwick, although 37 residents objected. The company, which owns "
            "the farm, says the containers will take the place of caravans that were criticised "
            "by inspectors last year for poor sanitation. There will be four workers to a "
            "container, each with a shower and kitchen of its own. The permission lasts five "
            "years and allows the units to be occupied from March to October only. According to "
            "planning officer Ruth Ebdon, the scheme met national standards for temporary worker "
            "accommodation. Those who objected had said the site was too near the village school "
            "and that the lane serving it could not cope with more traffic. Before anyone can "
            "move in, Harlan Growers has to submit a travel plan."
        ),
        errors=[],
        traps=[
            T("as many as 120", "up to 120"),
            T("although 37 residents objected", "despite objections from 37 residents"),
            T("were criticised by inspectors last year", "inspectors criticised last year"),
            T("from March to October only", "only between March and October"),
            T("has to submit a travel plan", "must now submit a travel plan"),
        ],
    ),
    # 13 -----------------------------------------------------------------
    dict(
        domain="cathedral bell recasting", mode="rewrite", label="consistent",
        reference=(
            "The tenor bell of St Aldric's Cathedral in Wexham, which cracked during a peal last "
            "Easter, will be taken down next month and recast at the Harkwood Foundry, the "
            "cathedral chapter said on Monday. The bell weighs about 2.4 tonnes and was last "
            "cast in 1788. Recasting is expected to take around 14 weeks, after which the bell "
            "will be retuned to match the other seven in the ring. The £185,000 cost will be met "
            "from a public appeal, which has so far raised £150,000, and a grant from the Pennard "
            "Heritage Trust. Ringing master Clive Oduya said the remaining bells would continue "
            "to be rung for Sunday services. The chapter hopes the tenor will be back in the "
            "tower in time for Christmas."
        ),
        candidate=(
            "St Aldric's Cathedral in Wexham is to send its tenor bell, cracked during a peal "
            "last Easter, to the Harkwood Foundry for recasting after it is lowered from the "
            "tower next month, the chapter announced on Monday. Weighing roughly 2.4 tonnes, the "
            "bell was last cast in 1788. The recasting should take about 14 weeks; the bell will "
            "then be retuned so that it matches the ring's seven other bells. A public appeal "
            "that has raised £150,000 so far, together with a grant from the Pennard Heritage "
            "Trust, will cover the £185,000 bill. The other bells will still be rung for Sunday "
            "services, according to ringing master Clive Oduya. The chapter is hoping to have "
            "the tenor back in the tower by Christmas."
        ),
        errors=[],
        traps=[
            T("Weighing roughly 2.4 tonnes", "weighs about 2.4 tonnes"),
            T("should take about 14 weeks", "is expected to take around 14 weeks"),
            T("the ring's seven other bells", "the other seven in the ring"),
            T("will cover the £185,000 bill", "The £185,000 cost will be met from"),
            T("by Christmas", "in time for Christmas"),
        ],
    ),
    # 14 -----------------------------------------------------------------
    dict(
        domain="walrus haul-out closure", mode="rewrite", label="inconsistent",
        reference=(
            "A stretch of beach at Skarvik Point will be closed to visitors for the next six "
            "weeks after more than 300 walruses hauled out there to rest, the Northern Coast "
            "Wildlife Service said on Wednesday. Rangers counted 318 animals on Monday, the "
            "largest gathering recorded on the site. The service said disturbance could trigger "
            "stampedes in which young walruses are crushed, and that anyone approaching closer "
            "than 500 metres may be fined. Drone flights over the area are banned for the "
            "duration of the closure. A viewing platform on the cliff path will remain open, "
            "with rangers present daily from 10am to 4pm. The service said the closure might be "
            "extended if the animals stayed longer than expected."
        ),
        candidate=(
            "The Northern Coast Wildlife Service said on Wednesday that part of the beach at "
            "Skarvik Point will be off limits to visitors for six weeks after over 300 walruses "
            "came ashore there to rest. Rangers counted 318 on Monday, the most ever recorded at "
            "the site. Disturbance could cause stampedes in which young walruses are crushed, the "
            "service warned, and anyone who comes within 500 metres will be fined. Drones may not "
            "be flown over the area while it is closed. A viewing platform on the cliff path "
            "stays open, with rangers on hand every day between 10am and 4pm. The closure could "
            "be extended if the walruses remain longer than expected, the service added."
        ),
        errors=[
            E("will be fined", "modality", "major", "may be fined"),
        ],
        traps=[
            T("off limits to visitors", "closed to visitors"),
            T("the most ever recorded at the site", "the largest gathering recorded on the site"),
            T("Drones may not be flown over the area",
              "Drone flights over the area are banned"),
        ],
    ),
    # 15 -----------------------------------------------------------------
    dict(
        domain="oar maker retires", mode="rewrite", label="consistent",
        reference=(
            "Tom Fairlie, who has made wooden rowing oars by hand at his workshop in Pellow Quay "
            "for 52 years, will retire at the end of this month, he confirmed on Thursday. "
            "Fairlie, 79, estimates he has made around 9,000 oars, many of them for university "
            "and club crews. His workshop, Fairlie & Sons, will not close: it is being taken over "
            "by his former apprentice, Nadia Crewe, who has worked alongside him since 2014. "
            "Crewe said she would keep making oars from spruce using Fairlie's original patterns, "
            "but would also offer carbon-fibre repairs. The Pellow Rowing Club plans to mark his "
            "retirement with a regatta on 14 September, at which every crew will use Fairlie "
            "oars."
        ),
        candidate=(
            "After 52 years of handcrafting wooden rowing oars in his Pellow Quay workshop, Tom "
            "Fairlie confirmed on Thursday that he will retire at the end of this month. Fairlie, "
            "who is 79, reckons he has turned out about 9,000 oars, many of them for university "
            "and club crews. Fairlie & Sons is not closing, however: his former apprentice Nadia "
            "Crewe, who has worked with him since 2014, is taking it over. Crewe said she would "
            "go on making oars from spruce to Fairlie's original patterns, and would also offer "
            "carbon-fibre repairs. To mark his retirement, Pellow Rowing Club is planning a "
            "regatta on 14 September in which every crew will row with Fairlie oars."
        ),
        errors=[],
        traps=[
            T("After 52 years of handcrafting wooden rowing oars in his Pellow Quay workshop",
              "has made wooden rowing oars by hand at his workshop in Pellow Quay for 52 years"),
            T("reckons he has turned out about 9,000 oars",
              "estimates he has made around 9,000 oars"),
            T("his former apprentice Nadia Crewe, who has worked with him since 2014, is taking "
              "it over",
              "it is being taken over by his former apprentice, Nadia Crewe"),
            T("is planning a regatta", "plans to mark his retirement with a regatta"),
        ],
    ),
    # 16 -----------------------------------------------------------------
    dict(
        domain="falconer licence revoked", mode="rewrite", label="inconsistent",
        reference=(
            "The Wildlife Licensing Authority has revoked the falconry licence of Gareth Pym, who "
            "runs a bird-of-prey display centre near Hollin Cross, after inspectors found two "
            "Harris's hawks kept in cages below the legal minimum size. The authority said on "
            "Tuesday that Pym had been warned twice in the past 18 months and had failed to make "
            "the required changes. His 23 birds will be rehomed by the Raptor Rescue Trust, a "
            "registered charity. Pym, who has run the Hollin Cross Falconry Centre since 2009, "
            "can appeal to the authority's review panel within 28 days. In a statement, he said "
            "the cages had been due to be replaced next week and that he would 'fight the "
            "decision.' The centre's summer shows have been cancelled."
        ),
        candidate=(
            "Gareth Pym, who runs a bird-of-prey display centre near Hollin Cross, has had his "
            "falconry licence suspended by the Wildlife Licensing Authority after inspectors "
            "found two peregrine falcons in cages smaller than the legal minimum. According to "
            "the authority, which announced the decision on Tuesday, Pym had received two "
            "warnings in the past 18 months but failed to make the changes required. His 23 "
            "birds will be rehomed by the Raptor Rescue Trust, a registered charity. Pym, who has "
            "run the Hollin Cross Falconry Centre since 2009, has 28 days to appeal to the "
            "authority's review panel. He said in a statement that the cages were due to be "
            "replaced next week and that he would 'fight the decision.' The centre's summer "
            "shows have been called off."
        ),
        errors=[
            E("suspended", "event", "major", "revoked"),
            E("peregrine falcons", "entity", "minor", "Harris's hawks"),
        ],
        traps=[
            T("had received two warnings", "had been warned twice"),
            T("has 28 days to appeal", "can appeal to the authority's review panel within 28 days"),
            T("called off", "cancelled"),
        ],
    ),
    # 17 -----------------------------------------------------------------
    dict(
        domain="wool mill restart", mode="summary", label="consistent",
        reference=(
            "The Ardle Valley Wool Mill in Castlemere, which closed in 2019 after 140 years, will "
            "resume production in the spring under new owners, the regional development agency "
            "said on Monday. A cooperative of 30 sheep farmers, Fleecewise, has bought the mill "
            "for £1.1 million with help from a £400,000 agency loan. The cooperative plans to "
            "spin and weave wool from its members' flocks, most of which is currently sold abroad "
            "at low prices. About 25 jobs are expected to be created in the first year, including "
            "posts for several former mill workers. Restoration of the carding machines and two "
            "looms is under way. Fleecewise chair Bryony Haldane said the aim was to sell "
            "blankets and tweed directly to customers online and through a shop at the mill."
        ),
        candidate=(
            "Fleecewise, a cooperative of 30 sheep farmers, has bought the Ardle Valley Wool Mill "
            "in Castlemere for £1.1m, helped by a £400,000 loan from the regional development "
            "agency, and production will restart in the spring. The mill shut in 2019 after 140 "
            "years. Around 25 jobs are likely in the first year, and the cooperative aims to sell "
            "blankets and tweed made from its members' wool directly to customers."
        ),
        errors=[],
        traps=[
            T("£1.1m", "£1.1 million"),
            T("helped by a £400,000 loan from the regional development agency",
              "with help from a £400,000 agency loan"),
            T("shut in 2019", "closed in 2019"),
            T("Around 25 jobs are likely", "About 25 jobs are expected to be created"),
        ],
    ),
    # 18 -----------------------------------------------------------------
    dict(
        domain="lollipop lady funding", mode="rewrite", label="consistent",
        reference=(
            "School crossing patrols at 14 sites in Brindlemoor will continue for at least "
            "another year after the county council reversed plans to cut their funding, the "
            "council said on Wednesday. The council had proposed in January to withdraw the "
            "£210,000 annual budget for the patrols, saying schools or parish councils should "
            "pay instead. More than 6,000 people signed a petition against the cut. Council "
            "leader Martin Goss said a review had found that three of the crossings were among "
            "the most dangerous in the county. The patrols will now be funded from a road safety "
            "reserve until next September, when the council will consult on a long-term "
            "arrangement. Margaret Ellery, who has worked as a crossing patroller outside Fenwick "
            "Primary for 22 years, said she was 'relieved and grateful.'"
        ),
        candidate=(
            "The county council announced on Wednesday that it had dropped plans to cut funding "
            "for school crossing patrols in Brindlemoor, meaning patrols at 14 sites will carry "
            "on for a minimum of one more year. In January the council proposed scrapping the "
            "patrols' £210,000-a-year budget and suggested that schools or parish councils "
            "should meet the cost. A petition opposing the cut attracted over 6,000 signatures. "
            "According to council leader Martin Goss, a review showed that three of the "
            "crossings were among the county's most dangerous. Money from a road safety reserve "
            "will pay for the patrols until next September, when the council will hold a "
            "consultation on a long-term arrangement. Margaret Ellery, a crossing patroller "
            "outside Fenwick Primary for 22 years, said she felt 'relieved and grateful.'"
        ),
        errors=[],
        traps=[
            T("dropped plans", "reversed plans"),
            T("for a minimum of one more year", "for at least another year"),
            T("£210,000-a-year budget", "£210,000 annual budget"),
            T("attracted over 6,000 signatures", "More than 6,000 people signed"),
            T("Money from a road safety reserve will pay for the patrols",
              "The patrols will now be funded from a road safety reserve"),
        ],
    ),
    # 19 -----------------------------------------------------------------
    dict(
        domain="sumo stable scandal", mode="translation", label="inconsistent",
        reference=(
            "The Grand Sumo Council has suspended the master of the Kuroiwa stable for three "
            "tournaments after an investigation found that he failed to report repeated "
            "bullying of junior wrestlers by a senior wrestler, the council announced on Friday. "
            "The stablemaster, former sekiwake Kuroiwa Tadashi, 52, also had his salary cut by "
            "30 per cent for six months. The senior wrestler, who competes in the third "
            "division, has been ordered to retire. According to the council, at least four "
            "junior wrestlers were slapped or forced to kneel for long periods between April and "
            "November last year. One of them, a 17-year-old, left the stable in December and "
            "informed his parents. Kuroiwa apologised at a news conference and said he would "
            "'rebuild the stable from the ground up'."
        ),
        candidate=(
            "On Friday the Grand Sumo Council announced a three-tournament suspension for the "
            "head of Kuroiwa stable, after its inquiry concluded that he had not reported the "
            "repeated bullying of junior wrestlers by a senior wrestler. The stablemaster, "
            "Tadashi Kuroiwa, 52, a former sekiwake, will also receive 30% less pay for half a "
            "year. The senior wrestler, a member of the third division, has been told to retire. "
            "The council said no fewer than four junior wrestlers had been slapped or made to "
            "kneel for long stretches from April to November of last year. One, aged 17, quit "
            "the stable in December and told his high-school coach. At a press conference "
            "Kuroiwa apologised, saying he would 'rebuild the stable from its foundations'."
        ),
        errors=[
            E("his high-school coach", "entity", "minor", "his parents"),
        ],
        traps=[
            T("Tadashi Kuroiwa", "Kuroiwa Tadashi"),
            T("30% less pay for half a year", "salary cut by 30 per cent for six months"),
            T("no fewer than four", "at least four"),
        ],
    ),
    # 20 -----------------------------------------------------------------
    dict(
        domain="beekeeper pesticide claim", mode="rewrite", label="inconsistent",
        reference=(
            "A beekeeper in the Tarn valley has lodged a compensation claim against a "
            "neighbouring farm, alleging that a pesticide sprayed on its oilseed rape killed "
            "about 40 of his 60 hives in May. Owen Maddock, who sells honey under the Tarnside "
            "Apiaries label, says the spraying took place while the crop was in flower, which is "
            "prohibited under the product's licence. The farm, run by the Colbeck family, denies "
            "spraying during flowering and says it followed all label instructions. Laboratory "
            "tests commissioned by Maddock found residues of the insecticide in dead bees, but "
            "the Agricultural Chemicals Inspectorate said these results alone could not show "
            "when the spraying happened. The inspectorate has opened an inquiry and may take "
            "samples from the crop. Maddock is seeking £38,000."
        ),
        candidate=(
            "Owen Maddock, a Tarn valley beekeeper who sells honey under the Tarnside Apiaries "
            "label, is claiming compensation from a neighbouring farm, alleging that a pesticide "
            "it sprayed on its oilseed rape killed around 40 of his 60 hives in May. He says the "
            "spraying happened while the crop was in flower, which the product's licence "
            "prohibits. The Colbeck family, who run the farm, deny spraying during flowering and "
            "say they followed every label instruction. Laboratory tests commissioned by Maddock "
            "found residues of the insecticide in dead bees, though he acknowledged that these "
            "results alone could not show when the spraying happened. The Agricultural "
            "Chemicals Inspectorate has opened an inquiry and will take samples from the crop. "
            "Maddock is seeking £38,000."
        ),
        errors=[
            E("he acknowledged", "attribution", "major",
              "the Agricultural Chemicals Inspectorate said"),
            E("will take samples", "modality", "minor", "may take samples"),
        ],
        traps=[
            T("around 40 of his 60 hives", "about 40 of his 60 hives"),
            T("which the product's licence prohibits",
              "which is prohibited under the product's licence"),
        ],
    ),
    # 21 -----------------------------------------------------------------
    dict(
        domain="sorbet recall", mode="summary", label="inconsistent",
        reference=(
            "Frostberry Ltd is recalling 4,500 tubs of its lemon sorbet because they may contain "
            "milk, which is not listed on the label, the Food Standards Office said on Saturday. "
            "The affected 500ml tubs have a best-before date of March next year and batch code "
            "FB2217. They were sold in Halbury's and Grainger's stores and online. People with a "
            "milk allergy or intolerance are advised not to eat the product and to return it to "
            "the store for a refund. The company said the problem arose when a production line "
            "used for ice cream was not fully cleaned before the sorbet was made. One customer "
            "reported a mild allergic reaction, which did not require hospital treatment. "
            "Frostberry said it had changed its cleaning procedures."
        ),
        candidate=(
            "Frostberry is recalling 45,000 tubs of lemon sorbet that may contain undeclared "
            "milk after a production line used for ice cream was not fully cleaned. The 500ml "
            "tubs, batch FB2217, were sold in Halbury's and Grainger's stores and online. People "
            "with a milk allergy or intolerance should not eat the sorbet and can return it for "
            "a refund. People with a milk allergy or intolerance should not eat the sorbet. One "
            "customer had a mild reaction."
        ),
        errors=[
            E("45,000 tubs", "number", "major", "4,500 tubs"),
            E("People with a milk allergy or intolerance should not eat the sorbet",
              "repetition", "minor", None, occ=1),
        ],
        traps=[
            T("undeclared milk", "milk, which is not listed on the label"),
        ],
    ),
    # 22 -----------------------------------------------------------------
    dict(
        domain="folly restoration grant", mode="summary", label="consistent",
        reference=(
            "The Pellingford Tower, an 18th-century folly on Harrow Hill that has been closed to "
            "the public since 2016, is to be restored after receiving a £640,000 grant from the "
            "National Heritage Lottery Board, the Friends of Pellingford Tower announced on "
            "Thursday. The three-storey tower, built in 1772 by the landowner Sir Giles "
            "Abernethy as an eye-catcher visible from his house, was placed on the Heritage at "
            "Risk register after part of its parapet fell in a storm. The grant will pay for "
            "rebuilding the parapet, repairing the internal staircase and installing a viewing "
            "platform. The friends group must raise a further £85,000 itself. Work is due to "
            "begin in April and take about a year, after which the tower will open to visitors "
            "on summer weekends."
        ),
        candidate=(
            "A £640,000 National Heritage Lottery Board grant will fund the restoration of the "
            "Pellingford Tower, a 1772 folly on Harrow Hill that has been closed to the public "
            "since 2016 and is on the Heritage at Risk register. The money will cover a rebuilt "
            "parapet, staircase repairs and a viewing platform; the Friends of Pellingford Tower "
            "must find another £85,000. Work should start in April and last around 12 months, "
            "with the tower then opening to visitors on summer weekends."
        ),
        errors=[],
        traps=[
            T("a 1772 folly", "built in 1772"),
            T("must find another £85,000", "must raise a further £85,000 itself"),
            T("should start in April", "is due to begin in April"),
            T("around 12 months", "about a year"),
        ],
    ),
    # 23 -----------------------------------------------------------------
    dict(
        domain="well water arsenic", mode="summary", label="consistent",
        reference=(
            "Households in the villages of Marden Cross and Yelt that draw water from private "
            "wells have been told not to drink it after tests found arsenic at up to four times "
            "the legal limit, Harwood County Council said on Tuesday. The council tested 63 "
            "wells in the area after a resident's own sample showed high levels in August. Of "
            "these, 22 exceeded the limit of 10 micrograms per litre. The arsenic is believed to "
            "come naturally from the underlying rock rather than from any industrial source. "
            "Affected households are being supplied with bottled water free of charge, and the "
            "council has applied for government funding to connect the two villages to the "
            "mains network, a project it estimates at £2.3 million. Boiling the water does not "
            "remove arsenic, officials warned."
        ),
        candidate=(
            "Harwood County Council has told households in Marden Cross and Yelt not to drink "
            "water from their private wells after 22 of the 63 wells it tested exceeded the "
            "legal limit for arsenic, the worst at four times the limit. The arsenic is thought "
            "to be natural, coming from the rock beneath. Bottled water is being provided free, "
            "boiling will not remove the arsenic, and the council is seeking government money "
            "for a mains connection it puts at £2.3m."
        ),
        errors=[],
        traps=[
            T("the worst at four times the limit", "up to four times the legal limit"),
            T("is thought to be natural", "is believed to come naturally"),
            T("provided free", "supplied with bottled water free of charge"),
            T("seeking government money", "applied for government funding"),
            T("£2.3m", "£2.3 million"),
        ],
    ),
    # 24 -----------------------------------------------------------------
    dict(
        domain="barge holiday firm collapse", mode="summary", label="inconsistent",
        reference=(
            "Canalway Breaks, which rents out narrowboats for holidays on the Westbury and Lune "
            "canals, has gone into administration, leaving about 1,200 customers with bookings "
            "for this summer uncertain whether they will travel. Administrators from Parrish "
            "Kemble said on Monday that the firm's 34 boats would continue to operate for "
            "existing bookings until the end of June while a buyer is sought. Customers booked "
            "for July or later should contact their card issuer or travel insurer, the "
            "administrators said. The company, founded in 1988, employs 41 people at its base in "
            "Stoke Lacy; 12 have been made redundant. Director Carol Finch blamed rising fuel "
            "and mooring costs and a fall in bookings after a canal breach closed part of the "
            "Lune route for three months last year."
        ),
        candidate=(
            "Narrowboat holiday company Canalway Breaks has gone into administration, leaving "
            "about 1,200 customers unsure whether their summer trips will go ahead. The "
            "administrators, Parrish Kemble, said its 34 boats would keep running for existing "
            "bookings until the end of June while they look for a buyer; customers booked for "
            "July or later should contact their card issuer or travel insurer to claim a full "
            "refund. Twelve of the firm's 41 staff have been made redundant. Director Carol "
            "Finch blamed rising costs and a drop in bookings after a canal breach last year."
        ),
        errors=[
            E("to claim a full refund", "addition", "major", None),
        ],
        traps=[
            T("unsure whether their summer trips will go ahead",
              "uncertain whether they will travel"),
            T("Twelve of the firm's 41 staff", "employs 41 people"),
        ],
    ),
    # 25 -----------------------------------------------------------------
    dict(
        domain="fondue restaurant carbon monoxide", mode="translation", label="inconsistent",
        reference=(
            "Eleven diners and two employees were taken to hospital on Saturday evening with "
            "suspected carbon monoxide poisoning after eating at the fondue restaurant Le "
            "Caquelon d'Or in Vaulmont, cantonal police said on Sunday. The alarm was raised at "
            "about 9pm by a waiter who felt dizzy. Firefighters measured carbon monoxide levels "
            "about fifteen times above the safety threshold in the dining room. According to "
            "initial findings, the gas came from a faulty ventilation system combined with the "
            "use of gel burners under the fondue pots. Three people, including a child, were "
            "transferred to a hyperbaric treatment centre; none of the patients' lives is in "
            "danger. The restaurant has been closed pending an inspection, and the public "
            "prosecutor has opened an investigation."
        ),
        candidate=(
            "Thirteen people, eleven customers and two staff members, were hospitalised on "
            "Saturday evening with suspected carbon monoxide poisoning after a meal at Le "
            "Caquelon d'Or, a fondue restaurant in Vaulmont, the cantonal police reported on "
            "Sunday. A waiter who was feeling dizzy sounded the alarm around 9pm. In the dining "
            "room, firefighters recorded carbon monoxide concentrations about fifteen times "
            "higher than the safety threshold. Initial findings suggest the gas came from a "
            "defective ventilation system together with gel burners used under the fondue pots. "
            "Three people were transferred to a hyperbaric treatment centre. None of the "
            "patients is in a life-threatening condition. None of the patients is in a "
            "life-threatening condition. The restaurant has been closed pending an inspection, "
            "and the public prosecutor has opened an investigation."
        ),
        errors=[
            OM("Three people", "including a child", "minor"),
            E("None of the patients is in a life-threatening condition.", "repetition",
              "minor", None, occ=1),
        ],
        traps=[
            T("Thirteen people, eleven customers and two staff members,",
              "Eleven diners and two employees"),
            T("sounded the alarm around 9pm", "The alarm was raised at about 9pm"),
            T("Initial findings suggest", "According to initial findings"),
        ],
    ),
    # 26 -----------------------------------------------------------------
    dict(
        domain="saltmarsh grazing dispute", mode="rewrite", label="consistent",
        reference=(
            "A dispute between graziers and a conservation charity over cattle on the Hesketh "
            "saltmarsh has been referred to an independent mediator, the Coastal Lands Tribunal "
            "said on Friday. The Saltings Trust, which bought the 180-hectare marsh in 2020, "
            "wants to cut the number of cattle grazing it from about 300 to 120 to protect "
            "nesting redshank. Four farming families who hold traditional grazing rights say the "
            "reduction would make their businesses unviable and that lighter grazing would let "
            "coarse grasses take over. The trust says it has offered compensation of £90 per "
            "head for each animal removed, which the graziers rejected as inadequate. Mediation "
            "is due to start in January, and no change to stocking levels will be made before it "
            "concludes."
        ),
        candidate=(
            "The row between graziers and the Saltings Trust, a conservation charity, over cattle "
            "on the Hesketh saltmarsh has gone to an independent mediator, the Coastal Lands "
            "Tribunal said on Friday. The trust, owner of the 180-hectare marsh since 2020, wants "
            "to bring cattle numbers on it down from roughly 300 to 120 so that nesting redshank "
            "are protected. Four farming families with traditional grazing rights argue that "
            "such a cut would leave their businesses unviable, and that coarse grasses would "
            "take over if grazing were lighter. According to the trust, it has offered £90 in "
            "compensation for every animal removed, which the graziers turned down as "
            "inadequate. Mediation should begin in January, and stocking levels will not change "
            "until it has finished."
        ),
        errors=[],
        traps=[
            T("owner of the 180-hectare marsh since 2020",
              "which bought the 180-hectare marsh in 2020"),
            T("£90 in compensation for every animal removed",
              "compensation of £90 per head for each animal removed"),
            T("turned down as inadequate", "rejected as inadequate"),
            T("Mediation should begin in January", "Mediation is due to start in January"),
            T("stocking levels will not change until it has finished",
              "no change to stocking levels will be made before it concludes"),
        ],
    ),
    # 27 -----------------------------------------------------------------
    dict(
        domain="popsicle factory strike", mode="summary", label="consistent",
        reference=(
            "Workers at the Chillpop ice lolly factory in Brenford will strike for five days "
            "from Monday in a dispute over pay, the Food and Allied Workers Union said. The union "
            "says 210 of its members at the site voted in favour of action, on a turnout of 78 "
            "per cent. They are seeking a 9 per cent pay rise; the company, Arctic Treat Foods, "
            "has offered 4.5 per cent plus a one-off payment of £500. The walkout coincides with "
            "the factory's busiest period, when it produces up to 1.5 million lollies a week for "
            "supermarkets. Arctic Treat said it was 'disappointed' and that contingency plans "
            "were in place to maintain supplies. Further talks are planned through the "
            "conciliation service on Thursday."
        ),
        candidate=(
            "Union members at Arctic Treat Foods' Chillpop ice lolly factory in Brenford will "
            "walk out for five days from Monday over pay. They want 9%; the company has offered "
            "4.5% plus a one-off £500. The strike falls in the plant's peak season, when it "
            "makes as many as 1.5 million lollies weekly, though Arctic Treat says it has "
            "contingency plans to keep supplies going. Talks through the conciliation service "
            "are planned for Thursday."
        ),
        errors=[],
        traps=[
            T("walk out for five days", "strike for five days"),
            T("9%", "9 per cent"),
            T("peak season", "busiest period"),
            T("as many as 1.5 million lollies weekly", "up to 1.5 million lollies a week"),
        ],
    ),
    # 28 -----------------------------------------------------------------
    dict(
        domain="clam digging moratorium", mode="rewrite", label="inconsistent",
        reference=(
            "Recreational and commercial clam digging on the Wendle estuary flats has been "
            "banned for 18 months after a survey found the razor clam population had fallen by "
            "roughly two-thirds since 2019, the Estuary Fisheries Authority said on Monday. The "
            "moratorium takes effect on 1 May. The authority blamed overharvesting and a series "
            "of warm summers that it said had reduced spawning. Around 35 licensed commercial "
            "diggers will be offered temporary work on a shellfish monitoring programme, paid at "
            "£110 a day. Fines for illegal digging will rise from £500 to £2,000. The authority "
            "said it would review the ban after a year and could lift it early if numbers "
            "recovered."
        ),
        candidate=(
            "The Estuary Fisheries Authority announced on Monday that all clam digging on the "
            "Wendle estuary flats, both recreational and commercial, will be banned for 18 "
            "months from 1 May, after a survey showed the razor clam population had dropped by "
            "about a third since 2019. It attributed the decline to overharvesting and a run of "
            "warm summers that it said had reduced spawning. Some 35 licensed commercial diggers "
            "will be offered temporary work on a shellfish monitoring programme at £110 a day. "
            "The fine for illegal digging is going up from £500 to £2,000. The ban will be "
            "reviewed after a year, the authority said, and could be lifted early if numbers "
            "recover."
        ),
        errors=[
            E("by about a third", "number", "major", "by roughly two-thirds"),
        ],
        traps=[
            T("a run of warm summers", "a series of warm summers"),
            T("Some 35 licensed commercial diggers", "Around 35 licensed commercial diggers"),
            T("The ban will be reviewed after a year, the authority said",
              "The authority said it would review the ban after a year"),
        ],
    ),
    # 29 -----------------------------------------------------------------
    dict(
        domain="sandcastle contest", mode="rewrite", label="consistent",
        reference=(
            "A team of four architecture students from Dunmere won the 31st Gullhaven Sandcastle "
            "Contest on Sunday with a three-metre replica of the town's lighthouse, organisers "
            "said. The team, calling itself Grain Theory, spent nearly seven hours on the build "
            "and beat 86 other entries. Judges praised its spiral staircase, carved entirely "
            "from damp sand without supports. The family category was won by the Okafor family "
            "from Ledbury Vale for a sculpture of a sleeping dragon. About 9,000 spectators "
            "attended, slightly fewer than last year, which organisers blamed on a forecast of "
            "rain that did not materialise. Entry fees and donations raised £6,400 for the "
            "Gullhaven lifeboat station."
        ),
        candidate=(
            "Grain Theory, a four-strong team of architecture students from Dunmere, took first "
            "place in Sunday's 31st Gullhaven Sandcastle Contest with a replica of the town's "
            "lighthouse standing three metres tall, according to the organisers. The team worked "
            "on it for almost seven hours and beat 86 rival entries. The judges singled out its "
            "spiral staircase, which was sculpted purely from damp sand with no supports. In the "
            "family category, the winners were the Okafor family from Ledbury Vale, who made a "
            "sleeping dragon. Around 9,000 spectators came, a little down on last year; the "
            "organisers put this down to rain that was forecast but never came. The lifeboat "
            "station in Gullhaven received £6,400 from entry fees and donations."
        ),
        errors=[],
        traps=[
            T("a four-strong team", "A team of four"),
            T("for almost seven hours", "nearly seven hours"),
            T("singled out its spiral staircase", "praised its spiral staircase"),
            T("a little down on last year", "slightly fewer than last year"),
            T("rain that was forecast but never came", "a forecast of rain that did not materialise"),
        ],
    ),
    # 30 -----------------------------------------------------------------
    dict(
        domain="crepe van licence", mode="translation", label="consistent",
        reference=(
            "The town council of Saint-Orvel has granted a street-trading licence to a crêpe van "
            "that had been at the centre of a dispute with local restaurant owners, the mayor's "
            "office announced on Tuesday. Maëlle Kerbrat, 34, will be allowed to park her van on "
            "the Place du Marché three evenings a week, from Thursday to Saturday, between 6pm "
            "and 11pm. The licence runs until 31 December and costs 1,200 euros. Two "
            "restaurateurs on the square had objected, arguing that the van would take customers "
            "from them without paying the same charges. The mayor, Yann Le Goff, said the "
            "council had tried to 'strike a balance' by limiting the number of evenings. Kerbrat "
            "said she was delighted and would buy her flour from a mill in the district."
        ),
        candidate=(
            "On Tuesday the mayor's office in Saint-Orvel said the municipal council had awarded "
            "a street vending permit to a crêpe van which had been the subject of a dispute with "
            "the town's restaurateurs. Maëlle Kerbrat, aged 34, may now set up on Place du "
            "Marché on three evenings each week, Thursdays, Fridays and Saturdays, from 18:00 to "
            "23:00. The permit, which costs €1,200, is valid until the end of December. Two "
            "owners of restaurants on the square had opposed it, saying the van would draw "
            "customers away from them while not paying the same charges. According to Mayor "
            "Yann Le Goff, the council sought a compromise by restricting the number of "
            "evenings. Ms Kerbrat said she was thrilled and would source her flour from a local "
            "mill."
        ),
        errors=[],
        traps=[
            T("Thursdays, Fridays and Saturdays", "from Thursday to Saturday"),
            T("from 18:00 to 23:00", "between 6pm and 11pm"),
            T("€1,200", "1,200 euros"),
            T("valid until the end of December", "runs until 31 December"),
            T("sought a compromise", "tried to 'strike a balance'"),
        ],
    ),
    # 31 -----------------------------------------------------------------
    dict(
        domain="horseradish crop failure", mode="translation", label="inconsistent",
        reference=(
            "Horseradish growers in the Ruhwald district expect to harvest less than half of "
            "their usual crop this autumn after a dry spring and summer stunted the roots, the "
            "regional growers' association said on Thursday. Association chairman Klaus Dittmer "
            "said yields in some fields were down by as much as 70 percent. The district "
            "normally produces about 4,000 tonnes a year, most of which goes to processors of "
            "sauces and mustards. Dittmer said the growers did not expect shortages in "
            "supermarkets, because processors held stocks from last year, but that retail prices "
            "for grated horseradish could rise. The association has asked the state agriculture "
            "ministry for drought aid. Irrigation is not an option for most of the 60 member "
            "farms, which lack access to water rights."
        ),
        candidate=(
            "The regional growers' association reported on Thursday that horseradish farmers in "
            "Ruhwald district anticipate an autumn harvest of under half the normal quantity, "
            "because a dry spring and summer stunted the growth of the roots. According to "
            "chairman Klaus Dittmer, some fields have seen yields fall by up to 70 percent. "
            "Ordinarily the district produces around 4,000 tonnes per year, the majority of it "
            "sold to companies making sauces and mustards. Dittmer said the growers expect "
            "shortages in supermarkets despite processors holding stocks from last year, and "
            "that retail prices for grated horseradish could go up. The association has "
            "requested drought assistance from the state ministry of agriculture. For most of "
            "the 60 member farms, irrigation is impossible because they have no water rights."
        ),
        errors=[
            E("expect shortages in supermarkets despite", "polarity", "major",
              "did not expect shortages in supermarkets, because"),
        ],
        traps=[
            T("under half the normal quantity", "less than half of their usual crop"),
            T("by up to 70 percent", "by as much as 70 percent"),
            T("the majority of it", "most of which"),
        ],
    ),
    # 32 -----------------------------------------------------------------
    dict(
        domain="ice rink ammonia evacuation", mode="summary", label="inconsistent",
        reference=(
            "About 250 people were evacuated from the Glenholme Ice Arena on Saturday afternoon "
            "after an ammonia leak from the rink's refrigeration plant, the fire and rescue "
            "service said. The alarm was raised at 2.15pm, shortly after a public skating "
            "session had begun, when staff noticed a strong smell near the plant room. Seven "
            "people were treated at the scene for eye and throat irritation and two were taken "
            "to hospital as a precaution. Firefighters wearing breathing apparatus isolated the "
            "leak from a valve within 40 minutes. The arena, operated by Glenholme Leisure "
            "Trust, will stay closed until at least Wednesday while engineers inspect the "
            "system. A junior hockey tournament due to be held there on Sunday has been moved to "
            "Carrick Park."
        ),
        candidate=(
            "Around 250 people were evacuated from Glenholme Ice Arena on Saturday afternoon "
            "after ammonia leaked from its refrigeration plant, shortly before a public skating "
            "session was due to begin. Seven people were treated for eye and throat irritation "
            "at the scene and two went to hospital as a precaution. Firefighters isolated the "
            "leaking valve within 40 minutes. The arena will remain closed until at least "
            "Wednesday, and Sunday's junior hockey tournament has moved to Carrick Park."
        ),
        errors=[
            E("shortly before a public skating session was due to begin", "date", "minor",
              "shortly after a public skating session had begun"),
        ],
        traps=[
            T("Around 250 people", "About 250 people"),
            T("will remain closed until at least Wednesday",
              "will stay closed until at least Wednesday"),
        ],
    ),
    # 33 -----------------------------------------------------------------
    dict(
        domain="yo-yo world record", mode="rewrite", label="inconsistent",
        reference=(
            "A 23-year-old from Tarrow, Keiran Moult, has set a new world record for the most "
            "consecutive yo-yo 'loop the loops' in one minute, completing 182 at a charity event "
            "on Saturday, the independent adjudicator Record Verify said. The previous record of "
            "171 had stood since 2017. Moult, who works as a physiotherapist, said he had "
            "practised for up to two hours a day over the past year and had worn out 11 yo-yos "
            "along the way. The attempt, held at the Tarrow Civic Hall, raised £3,200 for a "
            "local children's hospice. Record Verify said Moult's attempt had been filmed from "
            "two angles and reviewed frame by frame before being confirmed."
        ),
        candidate=(
            "Keiran Moult, 23, from Tarrow, has broken the world record for the most consecutive "
            "yo-yo 'loop the loops' in a minute, managing 182 at a charity event on Saturday, "
            "according to the independent adjudicator Record Verify. He beat the previous best "
            "of 171, which had stood since 2017 and was held by his former coach. Moult, a "
            "physiotherapist, said he had practised for as much as two hours a day over the past "
            "year, wearing out 11 yo-yos in the process. Held at Tarrow Civic Hall, the attempt "
            "raised £3,200 for a local children's hospice. Record Verify confirmed the record "
            "after the attempt had been filmed from two angles and reviewed frame by frame."
        ),
        errors=[
            E("and was held by his former coach", "addition", "minor", None),
        ],
        traps=[
            T("has broken the world record", "has set a new world record"),
            T("for as much as two hours a day", "for up to two hours a day"),
        ],
    ),
    # 34 -----------------------------------------------------------------
    dict(
        domain="boatyard fire", mode="summary", label="consistent",
        reference=(
            "Fire destroyed a workshop and five boats at the Kessock Point boatyard in the early "
            "hours of Wednesday, causing damage estimated at £750,000, the owners said. "
            "Firefighters were called at 3.20am and the blaze was under control by 6am. Nobody "
            "was hurt. Among the vessels lost was the Morwen, a 1920s wooden sailing yacht that "
            "was nearing the end of a three-year restoration. Yard manager Ross Tennick said the "
            "fire appeared to have started in an electrical cabinet but that the cause had not "
            "been confirmed. Fire investigators are expected to complete their report next "
            "week. The yard, which employs 18 people, said it would continue repair work in its "
            "undamaged second shed."
        ),
        candidate=(
            "A blaze in the early hours of Wednesday destroyed a workshop and five boats at "
            "Kessock Point boatyard, including the Morwen, a 1920s wooden sailing yacht that had "
            "almost completed a three-year restoration. No one was injured, and the owners put "
            "the damage at about £750,000. The manager said the fire seemed to have begun in an "
            "electrical cabinet, though the cause is unconfirmed. Repair work will continue in "
            "the yard's undamaged second shed."
        ),
        errors=[],
        traps=[
            T("had almost completed a three-year restoration",
              "was nearing the end of a three-year restoration"),
            T("No one was injured", "Nobody was hurt"),
            T("put the damage at about £750,000", "causing damage estimated at £750,000"),
            T("seemed to have begun", "appeared to have started"),
            T("the cause is unconfirmed", "the cause had not been confirmed"),
        ],
    ),
    # 35 -----------------------------------------------------------------
    dict(
        domain="tapas bar noise", mode="translation", label="consistent",
        reference=(
            "A court in Castrobello has ordered the tapas bar La Alacena to close its terrace at "
            "11pm on weekdays and midnight at weekends after neighbours complained for four years "
            "about noise, the regional court service reported on Monday. The ruling also "
            "requires the owners to install sound-absorbing panels inside the bar within three "
            "months. Residents of the building above, represented by their neighbourhood "
            "association, had recorded noise levels of up to 68 decibels in their bedrooms after "
            "1am. The judge rejected their request for the bar to be shut completely, saying it "
            "held a valid licence. The bar's owner, Rocío Palmero, said she would comply but "
            "might appeal against the terrace hours, which she said would cost her a third of "
            "her summer income."
        ),
        candidate=(
            "The tapas bar La Alacena must shut its terrace at 23:00 from Monday to Friday and "
            "at midnight on Saturdays and Sundays, a Castrobello court has ruled following four "
            "years of noise complaints from neighbours, the regional courts service said on "
            "Monday. Under the judgment, the owners also have three months to fit "
            "sound-absorbing panels inside the premises. The residents of the building above, "
            "acting through their neighbourhood association, had measured noise of as much as 68 "
            "decibels in their bedrooms after one in the morning. The judge refused their demand "
            "for the bar's complete closure, noting that it had a valid licence. Owner Rocío "
            "Palmero said she would abide by the ruling but could appeal the terrace schedule, "
            "which she says will cost her one-third of her summer earnings."
        ),
        errors=[],
        traps=[
            T("at 23:00 from Monday to Friday", "at 11pm on weekdays"),
            T("at midnight on Saturdays and Sundays", "midnight at weekends"),
            T("have three months to fit", "within three months"),
            T("after one in the morning", "after 1am"),
            T("one-third of her summer earnings", "a third of her summer income"),
        ],
    ),
    # 36 -----------------------------------------------------------------
    dict(
        domain="lottery kiosk robbery", mode="rewrite", label="inconsistent",
        reference=(
            "Police in Marlby are looking for two men who robbed a lottery kiosk at Fenton "
            "Street market on Thursday evening and escaped with about £4,800 in cash and scratch "
            "cards. The kiosk's 62-year-old operator, Sunil Dass, was threatened with a hammer "
            "but was not injured. According to Marlby Police, one man distracted Mr Dass by "
            "asking for change while the other climbed through the rear hatch. The pair then ran "
            "towards the bus station. Detective Sergeant Alison Breck said a market trader had "
            "chased one of the suspects for about 200 metres before losing him in the crowd. "
            "Police have released CCTV images and are asking anyone who recognises the men to "
            "call them."
        ),
        candidate=(
            "Two men robbed a lottery kiosk at Fenton Street market on Thursday evening and got "
            "away with roughly £8,400 in cash and scratch cards, and Marlby police are trying to "
            "trace them. Sunil Dass, the 62-year-old who runs the kiosk, was threatened with a "
            "hammer but not hurt. Police say that while one of the men distracted Mr Dass by "
            "asking for change, the other got in through the rear hatch. The two then fled in "
            "the direction of the bus station. One of the suspects chased a market trader for "
            "about 200 metres before losing him in the crowd, according to Detective Sergeant "
            "Alison Breck. CCTV images have been released, and police want anyone who "
            "recognises the men to contact them."
        ),
        errors=[
            E("£8,400", "number", "major", "£4,800"),
            E("One of the suspects chased a market trader", "role", "major",
              "a market trader had chased one of the suspects"),
        ],
        traps=[
            T("the 62-year-old who runs the kiosk", "The kiosk's 62-year-old operator"),
            T("fled in the direction of the bus station", "ran towards the bus station"),
        ],
    ),
    # 37 -----------------------------------------------------------------
    dict(
        domain="hurling pitch drainage", mode="rewrite", label="consistent",
        reference=(
            "Ballykeel Hurling Club's main pitch will be out of use until next March while a new "
            "drainage system is installed, the club said on Saturday. The pitch has been "
            "waterlogged for much of the past two winters, forcing the postponement of 19 "
            "fixtures last season. The work, costing €265,000, will be paid for with a €180,000 "
            "sports capital grant and €85,000 raised by members through a draw and a sponsored "
            "walk. Contractors will lay about 4 kilometres of pipes and a sand-slit system "
            "beneath the playing surface. Until the work is complete, the club's teams will play "
            "home games at neighbouring Carrigmore's ground. Club chairman Donal Fenlon thanked "
            "members for their fundraising and said the new surface should be playable 'in "
            "almost any weather.'"
        ),
        candidate=(
            "Ballykeel Hurling Club said on Saturday that its main pitch cannot be used until "
            "next March so that a new drainage system can be put in. Waterlogging has affected "
            "the pitch for much of the last two winters and led to 19 fixtures being postponed "
            "last season. Of the €265,000 cost, €180,000 will come from a sports capital grant "
            "and the remaining €85,000 from members' fundraising through a draw and a sponsored "
            "walk. Contractors will lay roughly 4km of pipes, together with a sand-slit system, "
            "under the playing surface. The club's teams will play their home games at "
            "neighbouring Carrigmore's ground until the work is finished. Chairman Donal Fenlon "
            "thanked members for their fundraising efforts, saying the new surface should be "
            "playable 'in almost any weather.'"
        ),
        errors=[],
        traps=[
            T("Waterlogging has affected the pitch", "The pitch has been waterlogged"),
            T("led to 19 fixtures being postponed", "forcing the postponement of 19 fixtures"),
            T("the remaining €85,000 from members' fundraising", "€85,000 raised by members"),
            T("roughly 4km", "about 4 kilometres"),
            T("until the work is finished", "Until the work is complete"),
        ],
    ),
    # 38 -----------------------------------------------------------------
    dict(
        domain="hail cannon complaint", mode="translation", label="consistent",
        reference=(
            "Residents of the hamlet of San Lazzaro di Valdorsa have filed a complaint with the "
            "provincial environmental office about a hail cannon used by a nearby vineyard, "
            "saying its blasts every few seconds keep them awake during storms. The device, "
            "installed in June by the Tenuta Bresciotti estate, fires shock waves into the sky "
            "that its makers claim prevent hailstones forming, although there is no scientific "
            "evidence that it works. According to the complaint, signed by 46 residents, the "
            "cannon was fired for more than six hours on the night of 12 July. The estate's "
            "manager, Piero Valsecchi, said the cannon was used only when hail was forecast and "
            "that a single storm had destroyed 40 percent of the harvest two years ago. The "
            "environmental office said it would carry out noise measurements."
        ),
        candidate=(
            "Forty-six residents of the hamlet of San Lazzaro di Valdorsa have lodged a "
            "complaint with the provincial environmental office over a nearby vineyard's hail "
            "cannon, whose blasts, repeated every few seconds, stop them sleeping when storms "
            "come. The Tenuta Bresciotti estate set the device up in June; it sends shock waves "
            "upwards which, according to the manufacturer, stop hailstones from forming, though "
            "this has never been proven scientifically. The complaint states that on the night "
            "of 12 July the cannon fired for over six hours. Piero Valsecchi, who manages the "
            "estate, said it was switched on only when hail was predicted, and that two years "
            "ago one storm wiped out 40 percent of the harvest. The environmental office said it "
            "will take noise measurements."
        ),
        errors=[],
        traps=[
            T("Forty-six residents", "signed by 46 residents"),
            T("this has never been proven scientifically",
              "there is no scientific evidence that it works"),
            T("for over six hours", "for more than six hours"),
            T("who manages the estate", "The estate's manager"),
            T("when hail was predicted", "when hail was forecast"),
        ],
    ),
    # 39 -----------------------------------------------------------------
    dict(
        domain="dune buggy ban", mode="rewrite", label="inconsistent",
        reference=(
            "Dune buggies and other off-road vehicles will be banned from the Sandholm dunes from "
            "1 April, the Sandholm Nature Reserve Board has decided. The board said tyre tracks "
            "had damaged rare marram grass and disturbed nesting little terns, whose numbers at "
            "the site fell from 48 pairs in 2018 to 19 last year. Riders caught on the dunes "
            "after the ban takes effect face fines of up to £1,000. A designated off-road track "
            "at the former Colby quarry, five miles inland, will open in June as an alternative. "
            "The Sandholm Off-Road Club, which has about 150 members, said it was disappointed "
            "but would work with the board to make the quarry site a success. Signs and barriers "
            "will be installed in March."
        ),
        candidate=(
            "From 1 April, the Sandholm Nature Reserve Board has ruled, dune buggies and other "
            "off-road vehicles will be barred from the Sandholm dunes. According to the board, "
            "rare marram grass has been damaged by tyre tracks and nesting little terns "
            "disturbed, with the number of pairs at the site dropping from 48 in 2018 to 19 last "
            "year. Once the ban is in force, anyone caught riding on the dunes could be fined as "
            "much as £1,000. As an alternative, a designated off-road track will open in June at "
            "the old Colby quarry, five miles inland. The Sandholm Off-Road Club, with around "
            "150 members, said it was disappointed but would help the board make the quarry site "
            "a success. Signs and barriers will go up in April."
        ),
        errors=[
            E("in April", "date", "minor", "in March"),
        ],
        traps=[
            T("could be fined as much as £1,000", "face fines of up to £1,000"),
            T("the old Colby quarry", "the former Colby quarry"),
        ],
    ),
    # 40 -----------------------------------------------------------------
    dict(
        domain="vanilla price spike", mode="translation", label="inconsistent",
        reference=(
            "The price of cured vanilla in the Ambohivola region has risen by about 60 percent "
            "in two months, reaching 420,000 ariary per kilo, after a cyclone destroyed part of "
            "the plantations in February, the regional exporters' association said on Friday. "
            "The association's secretary, Hery Rakotomanga, said the harvest could fall to 900 "
            "tonnes, compared with about 1,300 tonnes last year. Several international buyers "
            "have already postponed their orders. Rakotomanga warned that high prices encourage "
            "theft of green pods and premature harvesting, which lowers quality. The regional "
            "authorities have announced that the official start of the harvest will be set "
            "after inspection of the plantations and that armed patrols will be reinforced in "
            "the villages."
        ),
        candidate=(
            "Cured vanilla in Ambohivola now sells for 420,000 ariary a kilo, a rise of around "
            "60% in two months, after February's cyclone destroyed some of the plantations, the "
            "regional exporters' association said on Friday. Hery Rakotomanga, the association's "
            "secretary, said the harvest will drop to 900 tonnes, against roughly 1,300 tonnes "
            "last year. Several foreign buyers have already delayed their orders. Rakotomanga "
            "warned that the high prices encourage green pods to be stolen and picked too early, "
            "which reduces quality. The regional authorities said the official opening date of "
            "the harvest will be fixed once the plantations have been inspected, and that armed "
            "patrols in the villages will be stepped up."
        ),
        errors=[
            E("will drop", "modality", "major", "could fall"),
        ],
        traps=[
            T("a rise of around 60% in two months", "has risen by about 60 percent in two months"),
            T("delayed their orders", "postponed their orders"),
            T("stepped up", "reinforced"),
        ],
    ),
]


# ---------------------------------------------------------------------------
# Offsets and validation
# ---------------------------------------------------------------------------

def words(s):
    return len(s.split())


def find_nth(hay, needle, n):
    pos = -1
    for _ in range(n + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def is_word_char(c):
    return c.isalnum()


def cuts_word(text, i):
    """True if position i lies strictly inside a word."""
    if i <= 0 or i >= len(text):
        return False
    return is_word_char(text[i - 1]) and is_word_char(text[i])


class Bad(Exception):
    pass


def build(case, idx):
    cid = "s%d-%03d" % (N, idx)
    ref, cand = case["reference"], case["candidate"]

    def fail(msg):
        raise Bad("%s (%s): %s" % (cid, case["domain"], msg))

    for s in (ref, cand):
        if "  " in s or s != s.strip():
            fail("stray whitespace")
    errors, traps, spans = [], [], []
    for e in case["errors"]:
        if e["type"] not in ERROR_TYPES:
            fail("bad type %r" % e["type"])
        if e["severity"] not in SEVERITIES:
            fail("bad severity %r" % e["severity"])
        if e["kind"] == "omission":
            a = find_nth(cand, e["anchor"], e["occ"])
            if a < 0:
                fail("omission anchor not found: %r" % e["anchor"])
            start = end = a + len(e["anchor"])
            text = ""
            if case["mode"] == "summary":
                fail("omission in summary")
            if not e["ref_text"] or e["ref_text"] in cand:
                fail("omitted words present in candidate: %r" % e["ref_text"])
            if cuts_word(cand, start):
                fail("omission point inside a word")
        else:
            text = e["text"]
            start = find_nth(cand, text, e["occ"])
            if start < 0:
                fail("error text not found: %r (occ %d)" % (text, e["occ"]))
            end = start + len(text)
            if e["type"] == "omission":
                fail("omission given as span")
            if cuts_word(cand, start) or cuts_word(cand, end):
                fail("error span cuts a word: %r" % text)
            if text != text.strip():
                fail("error span has edge whitespace: %r" % text)
        rt = e["ref_text"]
        if e["type"] in ("addition", "repetition"):
            if rt is not None:
                fail("%s must have ref_text null" % e["type"])
        else:
            if not rt or rt not in ref:
                fail("error ref_text not in reference: %r" % rt)
            if rt == text:
                fail("error text equals ref_text: %r" % text)
        if e["type"] == "repetition" and cand.find(text) >= start:
            fail("repetition has no earlier copy: %r" % text)
        if e["type"] == "addition" and text in ref:
            fail("added text occurs in reference: %r" % text)
        errors.append({"start": start, "end": end, "text": text, "type": e["type"],
                       "severity": e["severity"], "ref_text": rt})
        spans.append((start, end, "error %r" % text))
    for t in case["traps"]:
        text = t["text"]
        start = find_nth(cand, text, t["occ"])
        if start < 0:
            fail("trap text not found: %r" % text)
        end = start + len(text)
        if cuts_word(cand, start) or cuts_word(cand, end):
            fail("trap span cuts a word: %r" % text)
        if text != text.strip():
            fail("trap span has edge whitespace: %r" % text)
        if t["ref_text"] not in ref:
            fail("trap ref_text not in reference: %r" % t["ref_text"])
        if text in ref:
            fail("trap text occurs verbatim in reference: %r" % text)
        traps.append({"start": start, "end": end, "text": text, "ref_text": t["ref_text"]})
        spans.append((start, end, "trap %r" % text))
    # overlap check (a zero-width omission point may touch but not sit inside a span)
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            (s1, e1, n1), (s2, e2, n2) = spans[i], spans[j]
            if s1 == e1 or s2 == e2:
                p, (s, e, _) = (s1, spans[j]) if s1 == e1 else (s2, spans[i])
                if s < p < e:
                    fail("omission point inside %s" % (n2 if s1 == e1 else n1))
            elif s1 < e2 and s2 < e1:
                fail("overlap: %s / %s" % (n1, n2))
    for x in errors + traps:
        assert cand[x["start"]:x["end"]] == x["text"]
    # label / counts
    nw = words(ref)
    if not 70 <= nw <= 190:
        fail("reference has %d words" % nw)
    if case["label"] == "consistent":
        if errors:
            fail("consistent pair with errors")
        if not 3 <= len(traps) <= 5:
            fail("consistent pair needs 3-5 traps, has %d" % len(traps))
    elif case["label"] == "inconsistent":
        if not errors:
            fail("inconsistent pair without errors")
        if len(traps) > 3:
            fail("inconsistent pair with %d traps" % len(traps))
    else:
        fail("bad label")
    if case["mode"] not in MODES:
        fail("bad mode")
    if case["mode"] == "summary" and not (len(cand) < len(ref) and words(cand) < nw):
        fail("summary not shorter than reference")
    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": cid, "domain": case["domain"], "mode": case["mode"],
            "reference": ref, "candidate": cand, "label": case["label"],
            "errors": errors, "traps": traps}


def validate_set(records):
    from collections import Counter
    problems = []
    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    doms = [r["domain"] for r in records]
    if sorted(doms) != sorted(DOMAINS) or len(set(doms)) != len(doms):
        problems.append("domains do not match the list one-to-one")
    lab = Counter(r["label"] for r in records)
    if lab != Counter({"consistent": 20, "inconsistent": 20}):
        problems.append("labels %r" % dict(lab))
    mode_lab = Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(mode_lab) != want:
        problems.append("mode/label split %r" % dict(mode_lab))
    types = Counter(e["type"] for r in records for e in r["errors"])
    n_err = sum(types.values())
    if n_err != 30:
        problems.append("expected 30 errors, got %d" % n_err)
    for t in ERROR_TYPES:
        if types[t] < 2:
            problems.append("type %s has only %d errors" % (t, types[t]))
    per_pair = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    if sum(v for k, v in per_pair.items() if k <= 2) < 15:
        problems.append("most inconsistent pairs should carry 1-2 errors: %r" % dict(per_pair))
    return problems, types, per_pair


def main():
    check_only = "--check" in sys.argv[1:]
    records = []
    try:
        for i, case in enumerate(CASES, 1):
            records.append(build(case, i))
    except Bad as exc:
        print("INVALID:", exc)
        return 1
    problems, types, per_pair = validate_set(records)
    if problems:
        for p in problems:
            print("INVALID:", p)
        return 1
    from collections import Counter
    wc = [words(r["reference"]) for r in records]
    print("pairs: %d  (%s)" % (len(records), dict(Counter((r["mode"], r["label"]) for r in records))))
    print("errors: %d  %s" % (sum(types.values()), dict(sorted(types.items()))))
    print("errors per inconsistent pair: %s" % dict(sorted(per_pair.items())))
    print("traps: %d (consistent %d, inconsistent %d)" % (
        sum(len(r["traps"]) for r in records),
        sum(len(r["traps"]) for r in records if r["label"] == "consistent"),
        sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")))
    print("severities: %s" % dict(Counter(e["severity"] for r in records for e in r["errors"])))
    print("reference words: min %d, max %d, mean %.1f" % (min(wc), max(wc), sum(wc) / len(wc)))
    if check_only:
        print("check passed; nothing written")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT_PATH)
    return 0


if __name__ == "__main__":
    sys.exit(main())
