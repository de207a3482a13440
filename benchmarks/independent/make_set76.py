#!/usr/bin/env python3
"""Held-out evaluation set 76 for a fact-comparison tool.

How it was made: every pair below was hand-written by a helper that saw no code
or data of the project, working only from a written brief.  All people,
companies, organisations, places and figures are invented (real countries and
regions appear only as background).  Character offsets are never typed by
hand: the script finds every quoted span by string search (with an occurrence
index where a quoted text repeats), validates everything and writes
set76.jsonl next to this file.  `python3 make_set76.py --check` validates only.

Composition (40 pairs, one domain each):
  modes:  20 rewrite (10 consistent / 10 inconsistent),
          10 summary (5 / 5), 10 translation (5 / 5)
  labels: 20 consistent, 20 inconsistent
  errors: 30 in total over the 20 inconsistent pairs (10 pairs with one error,
          10 with two): entity 3, number 3, date 3, role 3, polarity 3,
          modality 3, attribution 3, event 3, omission 2, addition 2,
          repetition 2.  Omissions occur only in rewrite/translation pairs.
  traps:  3-5 per consistent pair, 0-3 per inconsistent pair (faithful
          rewordings a naive checker might flag).
References are 70-190 words in news/agency/corporate/official register.
"""
import json
import os
import random
import re
import sys

DOMAINS = [d.strip() for d in (
    "spectacle frames;contact lens recycling;funeral barges;crematorium heat;"
    "gravestone carving;catacomb tours;seed libraries;goat cheese cooperatives;"
    "horse shoeing;bee inspectors;toll bridges;bus depots;sewer inspections;"
    "trail running;fencing academies;cricket bats;tennis string;textile dyeing;"
    "subtitling agencies;court stenographers;racecourse stewards;"
    "tortoise sanctuaries;reptile imports;aquarium supplies;wolf monitoring;"
    "hedgehog rescue;lichen mapping;shipwreck salvage;fossil auctions;"
    "marble exports;diamond cutting;snail farming;olive mills;pepper auctions;"
    "garlic festivals;pickle factories;tofu makers;jam makers;gin distilleries;"
    "crate makers").split(";")]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]


def E(text, type_, severity, ref_text, occ=0):
    """An error span: `text` is quoted from the candidate (occurrence `occ`)."""
    return {"text": text, "type": type_, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def OMIT(after, ref_text, severity, occ=0):
    """An omission: the missing words belong right after `after` (occurrence
    `occ`) in the candidate; `ref_text` is the missing reference wording."""
    return {"after": after, "type": "omission", "severity": severity,
            "ref_text": ref_text, "occ": occ, "text": ""}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording `text` in the candidate of `ref_text`."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


CASES = []

# ---------------------------------------------------------------------------
# Part A: rewrites, consistent (10)
# ---------------------------------------------------------------------------

CASES.append(dict(
    domain="spectacle frames", mode="rewrite", label="consistent",
    reference=(
        "Veltoro Optics, a maker of acetate spectacle frames based in Brennick, said on Monday that it "
        "would close its older finishing plant in Aldmoor by the end of March and move production to a new "
        "site in Castlegate. The company expects the move to cost about £4.5 million, most of which will be "
        "spent on polishing and hinge-fitting equipment. All 62 staff at Aldmoor have been offered jobs at "
        "the new plant, which is 14 miles away, and the firm said it would provide a free shuttle bus for at "
        "least the first year. Chief executive Marisa Quell said demand for hand-finished frames had risen by "
        "about a third since 2021. Veltoro, which sells mainly to independent opticians, does not plan to "
        "raise its prices this year."),
    candidate=(
        "Brennick-based acetate spectacle frame manufacturer Veltoro Optics announced on Monday that its older "
        "finishing plant in Aldmoor will shut by the end of March, with production transferring to a new "
        "facility in Castlegate. The relocation is expected to cost roughly £4.5m, the bulk of it on equipment "
        "for polishing and fitting hinges. Each of the 62 employees at Aldmoor has been offered a position at "
        "the new plant, 14 miles from the old one, and Veltoro will run a free shuttle bus for no less than "
        "twelve months. According to chief executive Marisa Quell, demand for hand-finished frames has grown "
        "by roughly 33 per cent since 2021. The company, whose customers are chiefly independent opticians, "
        "has no plans to put up prices this year."),
    errors=[],
    traps=[
        T("£4.5m", "£4.5 million"),
        T("for no less than twelve months", "for at least the first year"),
        T("roughly 33 per cent", "about a third"),
        T("has no plans to put up prices", "does not plan to raise its prices"),
    ]))

CASES.append(dict(
    domain="contact lens recycling", mode="rewrite", label="consistent",
    reference=(
        "A pilot scheme to recycle used contact lenses and their blister packs will be extended to 40 more "
        "pharmacies across the Harwell region from 1 September, the regional waste authority announced on "
        "Thursday. Since the scheme began in February last year, customers have returned roughly 1.8 million "
        "lenses, which are ground into pellets by Korrin Plastics and reused in garden furniture. The "
        "authority said the extension would be paid for by a £300,000 grant from the Lisbury Environmental "
        "Trust. Waste committee chair Donal Ferrant said the results had exceeded expectations but warned that "
        "lenses flushed down sinks remained a significant source of microplastic pollution. Participating "
        "pharmacies will display a green collection box near the counter."),
    candidate=(
        "From 1 September, 40 additional pharmacies in the Harwell region will join a pilot that recycles used "
        "contact lenses and their blister packs, the regional waste authority said on Thursday. Customers have "
        "handed back around 1.8m lenses since the trial started in February of last year; Korrin Plastics "
        "grinds them into pellets that are reused in garden furniture. A £300,000 grant from the Lisbury "
        "Environmental Trust will fund the expansion, according to the authority. Donal Ferrant, who chairs "
        "the waste committee, said the results had been better than expected, though he cautioned that lenses "
        "flushed down sinks were still a major contributor to microplastic pollution. Pharmacies taking part "
        "will have a green collection box by the counter."),
    errors=[],
    traps=[
        T("40 additional pharmacies", "40 more pharmacies"),
        T("around 1.8m lenses", "roughly 1.8 million lenses"),
        T("Donal Ferrant, who chairs the waste committee", "Waste committee chair Donal Ferrant"),
        T("had been better than expected", "had exceeded expectations"),
        T("a major contributor to microplastic pollution", "a significant source of microplastic pollution"),
    ]))

CASES.append(dict(
    domain="funeral barges", mode="rewrite", label="consistent",
    reference=(
        "The city council of Marrowby has approved a licence for Stillwater Passage, a family firm that offers "
        "funeral processions by barge along the Tolle canal. Under the licence, which runs for five years, the "
        "company may operate up to two barges on the stretch between Kennet Lock and the Ashgrove Crematorium, "
        "but only between 9am and 4pm on weekdays. Councillors attached a condition requiring the firm to give "
        "canal boat residents 48 hours' notice of each procession. Owner Elsie Brannagh said the firm had "
        "carried out 37 processions on a trial basis last year and that families had described them as calm "
        "and dignified. The council's licensing officer said no objections had been received during the "
        "consultation."),
    candidate=(
        "Stillwater Passage, a family-run business offering barge funeral processions on the Tolle canal, has "
        "been granted a licence by Marrowby city council. The five-year licence permits no more than two barges "
        "on the stretch from Kennet Lock to the Ashgrove Crematorium, and only from 9am to 4pm, Monday to "
        "Friday. Under a condition added by councillors, the company must warn people living on canal boats two "
        "days before every procession. Elsie Brannagh, the owner, said 37 trial processions had taken place "
        "last year and that families had called them calm and dignified. No objections were received in the "
        "consultation, according to the council's licensing officer."),
    errors=[],
    traps=[
        T("has been granted a licence by Marrowby city council",
          "The city council of Marrowby has approved a licence for Stillwater Passage"),
        T("no more than two barges", "up to two barges"),
        T("Monday to Friday", "on weekdays"),
        T("warn people living on canal boats two days before every procession",
          "give canal boat residents 48 hours' notice of each procession"),
    ]))

CASES.append(dict(
    domain="crematorium heat", mode="rewrite", label="consistent",
    reference=(
        "Heat from the cremators at Fenwold Crematorium will be used to warm the neighbouring Linden Road "
        "swimming pool under a scheme approved by Fenwold District Council on Wednesday. The £780,000 project "
        "involves laying a 300-metre insulated pipe between the two sites and is expected to cut the pool's gas "
        "bill by around 40 per cent. Work is due to begin in January and should take about four months. The "
        "council said the heat would otherwise be released into the air. Bereavement services manager Priya "
        "Okonjo acknowledged that some residents might find the idea uncomfortable, but said similar schemes "
        "had operated in Scandinavia for years without complaints. Families will not be charged any extra."),
    candidate=(
        "On Wednesday Fenwold District Council gave the go-ahead for a scheme that will channel heat from the "
        "cremators at Fenwold Crematorium to the Linden Road swimming pool next door. The project, costing "
        "£780,000, will see an insulated pipe 300 metres long laid between the two sites, and it is likely to "
        "reduce the pool's gas bill by roughly two-fifths. Construction is scheduled to start in January and "
        "to last around four months. Without the scheme, the council said, the heat would simply escape into "
        "the air. Priya Okonjo, who manages bereavement services, accepted that some residents might be uneasy "
        "about the idea but noted that comparable schemes had run in Scandinavia for years with no complaints. "
        "There will be no additional charge for families."),
    errors=[],
    traps=[
        T("next door", "neighbouring"),
        T("is likely to reduce the pool's gas bill by roughly two-fifths",
          "is expected to cut the pool's gas bill by around 40 per cent"),
        T("to last around four months", "should take about four months"),
        T("There will be no additional charge for families", "Families will not be charged any extra"),
    ]))

CASES.append(dict(
    domain="gravestone carving", mode="rewrite", label="consistent",
    reference=(
        "Stonemason Gideon Harrow, 71, has been commissioned by the parish of St Aldric's in Wendle to recarve "
        "19 eighteenth-century gravestones whose inscriptions have been worn away by weather. The work is "
        "funded by a £46,000 grant from the Heritage Memorials Fund and is expected to take 18 months. Harrow, "
        "who has run his workshop in Wendle since 1979, will use parish burial registers to reconstruct the "
        "lost lettering. He will be assisted by two apprentices from Calder Vale College. The parish council "
        "said the original stones would not be moved, and that visitors would be able to watch the carving on "
        "the first Saturday of each month."),
    candidate=(
        "The parish of St Aldric's in Wendle has commissioned 71-year-old stonemason Gideon Harrow to recarve "
        "19 gravestones from the 1700s whose inscriptions have been eroded by the weather. A £46,000 grant from "
        "the Heritage Memorials Fund is paying for the project, which should last a year and a half. Harrow, "
        "who has been running his Wendle workshop since 1979, will rebuild the missing lettering using the "
        "parish's burial registers, with help from two Calder Vale College apprentices. According to the "
        "parish council, the original stones will stay where they are, and the public will be able to watch "
        "the carving on the first Saturday of every month."),
    errors=[],
    traps=[
        T("71-year-old stonemason Gideon Harrow", "Stonemason Gideon Harrow, 71"),
        T("from the 1700s", "eighteenth-century"),
        T("should last a year and a half", "is expected to take 18 months"),
        T("the original stones will stay where they are", "the original stones would not be moved"),
    ]))

CASES.append(dict(
    domain="catacomb tours", mode="rewrite", label="consistent",
    reference=(
        "Guided tours of the catacombs beneath the town of Castellara will resume on 3 May after a two-year "
        "closure for structural repairs, the Castellara Heritage Office said yesterday. Groups will be limited "
        "to 12 people, down from 25 before the closure, and children under eight will not be admitted. Tickets "
        "will cost €14, and all tours must be booked online in advance. The office said engineers had installed "
        "steel supports in three of the galleries and that a fourth gallery, known as the Bone Chapel, would "
        "remain closed until at least next spring. Director Teodora Viscardi said the town hoped to welcome "
        "around 30,000 visitors in the first year."),
    candidate=(
        "The Castellara Heritage Office said yesterday that guided tours of the catacombs under the town will "
        "restart on 3 May, two years after they were halted for structural repairs. Group sizes will be capped "
        "at a dozen people, less than half the 25 allowed before the closure, and entry will be refused to "
        "children younger than eight. Tickets, priced at €14, must all be booked online ahead of the visit. "
        "Engineers have fitted steel supports in three of the galleries, the office said, while a fourth, called "
        "the Bone Chapel, will stay shut until next spring at the earliest. The town is hoping for some 30,000 "
        "visitors in the first year, according to director Teodora Viscardi."),
    errors=[],
    traps=[
        T("capped at a dozen people, less than half the 25 allowed before the closure",
          "limited to 12 people, down from 25 before the closure"),
        T("entry will be refused to children younger than eight", "children under eight will not be admitted"),
        T("until next spring at the earliest", "until at least next spring"),
        T("some 30,000 visitors", "around 30,000 visitors"),
    ]))

CASES.append(dict(
    domain="seed libraries", mode="rewrite", label="consistent",
    reference=(
        "The Pellham Seed Library, which lends heritage vegetable seeds to gardeners free of charge, has "
        "received a donation of 2,400 seed packets from the estate of the late horticulturist Ada Crossley. The "
        "packets include 31 bean varieties that the library did not previously hold, several of which were bred "
        "in the county in the 1950s. Borrowers take seeds in spring and are asked to return at least the same "
        "quantity from their harvest in autumn. Librarian Tomas Reyland said about 70 per cent of borrowers "
        "returned seeds last year, up from just under half in 2022. The library, run by volunteers from a room "
        "in Pellham's public library, plans to open a second branch in Horncastle Green next year."),
    candidate=(
        "The estate of the late horticulturist Ada Crossley has given 2,400 packets of seeds to the Pellham "
        "Seed Library, which lends heritage vegetable seeds to gardeners at no cost. Among them are 31 kinds of "
        "bean new to the library's collection, a number of which were developed in the county during the "
        "1950s. Gardeners borrow seeds in the spring and are asked to bring back at least as many from their "
        "crop in the autumn. Last year roughly seven in ten borrowers did so, compared with slightly fewer than "
        "half in 2022, said librarian Tomas Reyland. Volunteers run the library out of a room in Pellham's "
        "public library, and a second branch is planned for Horncastle Green next year."),
    errors=[],
    traps=[
        T("31 kinds of bean new to the library's collection",
          "31 bean varieties that the library did not previously hold"),
        T("bring back at least as many from their crop", "return at least the same quantity from their harvest"),
        T("roughly seven in ten borrowers", "about 70 per cent of borrowers"),
        T("slightly fewer than half", "just under half"),
    ]))

CASES.append(dict(
    domain="goat cheese cooperatives", mode="rewrite", label="consistent",
    reference=(
        "Members of the Hollin Ridge Goat Cheese Cooperative voted on Saturday to merge with the neighbouring "
        "Carrow Dale Dairy Cooperative, creating the largest goat cheese producer in the province. The combined "
        "group will have 58 member farms and process about 9 million litres of milk a year. The vote passed "
        "with 81 per cent support; Carrow Dale members approved the merger last month. The merged cooperative "
        "will keep both existing brands and will be based at Carrow Dale's creamery in Thorne Bridge. Hollin "
        "Ridge chair Bethan Arlow said no jobs would be lost as a result of the merger, although the "
        "cooperative's delivery routes would be reorganised. The merger is expected to take effect on 1 July."),
    candidate=(
        "On Saturday, members of the Hollin Ridge Goat Cheese Cooperative backed a merger with the neighbouring "
        "Carrow Dale Dairy Cooperative, whose own members had already given their approval last month. The "
        "vote, carried with the support of more than four in five members, will create the province's biggest "
        "goat cheese producer, with 58 member farms processing around nine million litres of milk annually. "
        "Both current brands will be retained, and the new cooperative will have its base at the Carrow Dale "
        "creamery in Thorne Bridge. The merger will not lead to any job losses, said Bethan Arlow, who chairs "
        "Hollin Ridge, though the cooperative's delivery routes will be rearranged. It is due to come into "
        "force on 1 July."),
    errors=[],
    traps=[
        T("carried with the support of more than four in five members", "passed with 81 per cent support"),
        T("around nine million litres of milk annually", "about 9 million litres of milk a year"),
        T("The merger will not lead to any job losses", "no jobs would be lost as a result of the merger"),
        T("It is due to come into force on 1 July", "The merger is expected to take effect on 1 July"),
    ]))

CASES.append(dict(
    domain="horse shoeing", mode="rewrite", label="consistent",
    reference=(
        "The Worshipful Guild of Farriers of Dunmere will require all registered farriers to complete a one-day "
        "course on hoof welfare every three years, starting in 2026. The guild's council agreed the rule at its "
        "annual meeting in Kelsby on 14 March after a review found that complaints about lameness following "
        "shoeing had doubled over five years, to 212 last year. Farriers who fail to complete the course will "
        "be suspended from the register until they do so. The course, costing £95, will be run by the Dunmere "
        "Equine Institute. Guild master Rowan Teague said most farriers already kept their skills up to date, "
        "and the rule was meant to protect the reputation of the trade."),
    candidate=(
        "From 2026, every registered farrier will have to attend a one-day hoof welfare course once every three "
        "years, the Worshipful Guild of Farriers of Dunmere has decided. The guild's council adopted the rule at "
        "its annual meeting in Kelsby on 14 March, following a review showing that complaints of horses going "
        "lame after shoeing had risen twofold in five years, reaching 212 last year. Any farrier who does not "
        "complete the course will be suspended from the register until they have done so. The Dunmere Equine "
        "Institute will deliver the £95 course. The majority of farriers already keep their skills current, "
        "said guild master Rowan Teague, adding that the rule was intended to protect the trade's reputation."),
    errors=[],
    traps=[
        T("complaints of horses going lame after shoeing", "complaints about lameness following shoeing"),
        T("had risen twofold in five years, reaching 212 last year", "had doubled over five years, to 212 last year"),
        T("The Dunmere Equine Institute will deliver the £95 course",
          "The course, costing £95, will be run by the Dunmere Equine Institute"),
        T("The majority of farriers already keep their skills current",
          "most farriers already kept their skills up to date"),
    ]))

CASES.append(dict(
    domain="bee inspectors", mode="rewrite", label="consistent",
    reference=(
        "Bee inspectors in the county of Marlshire confirmed three cases of American foulbrood, a notifiable "
        "bacterial disease of honeybee larvae, in apiaries near the village of Cotterby last week. All infected "
        "colonies have been destroyed, and a standstill notice preventing the movement of bees, hives and "
        "equipment has been placed on 27 apiaries within a three-kilometre radius. The notice will remain in "
        "force for at least six weeks. Lead inspector Hannah Voss said there was no risk to human health and "
        "that honey from the area remained safe to eat. Beekeepers who suspect the disease are required by law "
        "to report it to the regional office of the Apiary Health Service."),
    candidate=(
        "Last week, Marlshire's bee inspectors confirmed three cases of American foulbrood in apiaries near the "
        "village of Cotterby. The disease, a bacterial infection of honeybee larvae, must by law be notified to "
        "the authorities. Every infected colony has been destroyed, and 27 apiaries within 3km are now under a "
        "standstill notice that bans moving bees, hives or equipment for a minimum of six weeks. According to "
        "Hannah Voss, the lead inspector, people face no health risk and honey from the area is still safe to "
        "eat. Any beekeeper who suspects the disease is legally obliged to report it to the regional office of "
        "the Apiary Health Service."),
    errors=[],
    traps=[
        T("must by law be notified to the authorities", "notifiable"),
        T("within 3km", "within a three-kilometre radius"),
        T("for a minimum of six weeks", "for at least six weeks"),
        T("people face no health risk", "there was no risk to human health"),
        T("is legally obliged to report it", "are required by law to report it"),
    ]))

# ---------------------------------------------------------------------------
# Part B: rewrites, inconsistent (10)
# ---------------------------------------------------------------------------

CASES.append(dict(
    domain="toll bridges", mode="rewrite", label="inconsistent",
    reference=(
        "Tolls on the Ferrisham Bridge will rise from £2.40 to £2.90 for cars from 1 April, the Ferrisham Bridge "
        "Trust announced on Tuesday. Charges for heavy goods vehicles will increase by 12 per cent, while "
        "motorcycles will continue to cross free. The trust said the increase was needed to fund a £38 million "
        "programme to replace the bridge's expansion joints and repaint its steel deck, work that is expected "
        "to last until 2028. Residents of the two neighbouring districts will still be able to buy a discounted "
        "annual pass, which will cost £160. The trust's chief executive, Leonard Bask, said the bridge carried "
        "about 41,000 vehicles a day."),
    candidate=(
        "From 1 April, car drivers will pay £2.90 to cross the Ferrisham Bridge, 50p more than now, the Ferrisham "
        "Bridge Trust said on Tuesday. Heavy goods vehicles will face a 21 per cent rise, and motorcycles will "
        "still cross without charge. According to the trust, the increase is needed to pay for a £38m programme "
        "to replace the bridge's expansion joints and repaint its steel deck, which is likely to run until 2028. "
        "People living in the two neighbouring districts can still buy a discounted annual pass, priced at £160. "
        "Chief executive Leonard Bask said around 41,000 vehicles used the bridge each day."),
    errors=[
        E("21 per cent", "number", "major", "12 per cent"),
    ],
    traps=[
        T("£2.90 to cross the Ferrisham Bridge, 50p more than now", "will rise from £2.40 to £2.90"),
        T("£38m", "£38 million"),
    ]))

CASES.append(dict(
    domain="bus depots", mode="rewrite", label="inconsistent",
    reference=(
        "Transit operator Greyline Buses has agreed to sell its Norcott Road depot to the city's transport "
        "authority, Metrolink Kessel, for £11.5 million, the two parties said on Friday. The depot, which houses "
        "140 buses, will be converted to charge battery-electric vehicles, with work beginning after the sale "
        "completes in October. Greyline will lease back part of the site for its remaining diesel fleet until "
        "the end of 2027. Metrolink Kessel said it planned to install 96 charging points and would consult "
        "residents about noise from night-time charging. Greyline drivers based at the depot will not be "
        "affected by the sale, a company spokesperson said."),
    candidate=(
        "The city's transport authority, Metrolink Kessel, has agreed to sell its Norcott Road depot to transit "
        "operator Greyline Buses for £11.5m, the two organisations announced on Friday. The site, home to 140 "
        "buses, will be adapted to charge battery-electric vehicles, with conversion work starting before the "
        "sale is completed in October. Until the end of 2027, Greyline will lease back part of the depot for the "
        "diesel buses it still operates. Metrolink Kessel intends to fit 96 charging points and will consult "
        "residents about noise from overnight charging. A company spokesperson said Greyline drivers working "
        "from the depot would not be affected by the sale."),
    errors=[
        E("Metrolink Kessel, has agreed to sell its Norcott Road depot to transit operator Greyline Buses",
          "role", "critical",
          "Greyline Buses has agreed to sell its Norcott Road depot to the city's transport authority, "
          "Metrolink Kessel"),
        E("before the sale is completed", "date", "major", "after the sale completes"),
    ],
    traps=[
        T("£11.5m", "£11.5 million"),
        T("overnight charging", "night-time charging"),
    ]))

CASES.append(dict(
    domain="sewer inspections", mode="rewrite", label="inconsistent",
    reference=(
        "An inspection of the Brackwater sewer network by the regional water regulator has found that 17 of the "
        "52 storm overflows examined discharged untreated sewage more often than their permits allow. The "
        "regulator, the Southern Basin Water Authority, said the operator, Hallam Water, had not breached its "
        "duty to report spills, but that its maintenance records were incomplete at six pumping stations. "
        "Hallam Water has been given until 30 November to submit an improvement plan and could face a fine if "
        "it fails to do so. The company said it accepted the findings and had already begun replacing "
        "monitoring equipment at several sites. Campaigners from the Brack Valley Rivers Trust called the "
        "report 'a damning picture'."),
    candidate=(
        "Seventeen of the 52 storm overflows examined in the Brackwater sewer network released untreated sewage "
        "more frequently than permitted, according to an inspection by the regional water regulator. The "
        "regulator, the Southern Basin Water Authority, said the network's operator, Hallam Water, had failed in "
        "its duty to report spills, and that its maintenance records at six pumping stations were incomplete. "
        "The company has until 30 November to submit an improvement plan and may be fined if it does not. "
        "Hallam Water said it accepted the findings and had already started replacing monitoring equipment at a "
        "number of sites. Campaigners from the Brack Valley Rivers Trust described the report as 'a damning "
        "picture'."),
    errors=[
        E("had failed in its duty to report spills", "polarity", "critical",
          "had not breached its duty to report spills"),
    ],
    traps=[
        T("more frequently than permitted", "more often than their permits allow"),
        T("may be fined if it does not", "could face a fine if it fails to do so"),
    ]))

CASES.append(dict(
    domain="trail running", mode="rewrite", label="inconsistent",
    reference=(
        "Organisers of the Skarn Ridge Ultra, a 64-kilometre trail race in the Corvan Hills, have capped entries "
        "at 800 runners for this year's event on 21 September, down from 1,100 last year, after the regional "
        "parks agency raised concerns about erosion on the summit path. Runners will be required to carry a "
        "waterproof jacket, a whistle and at least one litre of water. The organisers said the race might be "
        "shortened to 42 kilometres if strong winds were forecast for the summit. Entry fees will rise to €85. "
        "Race director Ilse Marrek said part of the fee would go towards path repairs carried out by volunteers "
        "from the Corvan Hills Trust."),
    candidate=(
        "This year's Skarn Ridge Ultra, a 64km trail race in the Corvan Hills, will be limited to 800 entrants, "
        "compared with 1,100 last year, after the regional parks agency voiced concern about erosion on the "
        "summit path. The race takes place on 21 September. Competitors must carry a waterproof jacket and a "
        "minimum of one litre of water. If strong winds are forecast for the summit, the course will be cut to "
        "42km, the organisers said. The entry fee is going up to €85, and part of it will fund path repairs "
        "carried out by Corvan Hills Trust volunteers, according to race director Ilse Marrek."),
    errors=[
        OMIT("a waterproof jacket", "a whistle", "minor"),
        E("will be cut to 42km", "modality", "major", "might be shortened to 42 kilometres"),
    ],
    traps=[
        T("voiced concern", "raised concerns"),
        T("a minimum of one litre", "at least one litre"),
    ]))

CASES.append(dict(
    domain="fencing academies", mode="rewrite", label="inconsistent",
    reference=(
        "The Corvenne Fencing Academy, which has trained four national épée champions, will move to a larger "
        "hall in the Saltmarsh district in January after its lease in the city centre expired. The new premises "
        "will have 14 pistes, twice the current number, and a dedicated room for wheelchair fencing. Head coach "
        "Aurelio Bastide said the academy had turned away more than 200 would-be members in the past year "
        "because of lack of space. The move is partly funded by a €120,000 grant from the city's sports "
        "department, which described fencing as 'one of the fastest-growing sports among teenagers'. Membership "
        "fees will stay the same until at least the summer."),
    candidate=(
        "In January the Corvenne Fencing Academy, which has produced four national épée champions, will "
        "relocate to a bigger hall in the Saltmarsh district, its city-centre lease having expired. The new "
        "venue will have 14 pistes, double the number it has now, as well as a room set aside for wheelchair "
        "fencing. A €120,000 grant from the city's sports department is covering part of the cost. Fencing is "
        "'one of the fastest-growing sports among teenagers', according to head coach Aurelio Bastide, who said "
        "more than 200 prospective members had been turned away over the past year for lack of space. "
        "Membership fees will not change before the summer at the earliest."),
    errors=[
        E("according to head coach Aurelio Bastide", "attribution", "major", "the city's sports department"),
    ],
    traps=[
        T("double the number it has now", "twice the current number"),
        T("Membership fees will not change before the summer at the earliest",
          "Membership fees will stay the same until at least the summer"),
        T("which has produced four national épée champions", "which has trained four national épée champions"),
    ]))

CASES.append(dict(
    domain="cricket bats", mode="rewrite", label="inconsistent",
    reference=(
        "Willowmere Bats, a cricket bat maker in the village of Hadsley, has planted 3,000 white willow saplings "
        "on land leased from the Ashcombe Estate to secure its supply of timber. The trees will take around 15 "
        "years to reach a size suitable for bats. Managing director Clive Poulter said a shortage of "
        "English-grown willow had pushed the price of top-grade clefts up by about half in three years. The "
        "company, which employs 23 people and makes roughly 9,000 bats a year, has also signed a supply "
        "agreement with Fenrow Timber, a grower in the neighbouring county. Poulter said the firm had no plans "
        "to import willow from abroad, despite lower prices, because customers valued locally sourced bats."),
    candidate=(
        "To secure its timber supply, Hadsley cricket bat maker Willowmere Bats has planted 3,000 white willow "
        "saplings on land it leases from the Ashcombe Estate. The trees will need about 15 years before they are "
        "big enough to be made into bats. According to managing director Clive Poulter, a shortage of "
        "English-grown willow has driven up the price of top-grade clefts by roughly 50 per cent over three "
        "years. The firm, which has a staff of 23 and produces some 9,000 bats annually, has also agreed a supply "
        "deal with the Ashcombe Estate, a grower in the neighbouring county. The trees will need about 15 years "
        "before they are big enough to be made into bats. Poulter said that, although foreign willow was "
        "cheaper, the company did not intend to import it, because customers valued locally sourced bats."),
    errors=[
        E("the Ashcombe Estate", "entity", "major", "Fenrow Timber", occ=1),
        E("The trees will need about 15 years before they are big enough to be made into bats.",
          "repetition", "minor", None, occ=1),
    ],
    traps=[
        T("roughly 50 per cent", "about half"),
    ]))

CASES.append(dict(
    domain="tennis string", mode="rewrite", label="inconsistent",
    reference=(
        "Tensa Sport, which makes polyester and gut strings for tennis rackets, has recalled about 18,000 reels "
        "of its Vortex Pro string after players reported that it snapped far sooner than expected. The company "
        "said a fault at its plant in Marlow Vale had caused the coating to be applied unevenly to batches made "
        "between May and July. Customers can return the reels to any stockist for a full refund. Tensa, which "
        "supplies strings to several professional players, said it had stopped production of Vortex Pro while "
        "the line was inspected and expected to resume manufacturing within a month. Chief operating officer "
        "Dana Whitcombe apologised to customers and said the fault posed no safety risk."),
    candidate=(
        "Around 18,000 reels of Vortex Pro string have been recalled by Tensa Sport, a maker of polyester and gut "
        "strings for tennis rackets, after players reported that the string broke much earlier than it should. "
        "A fault at the company's Marlow Vale plant meant the coating was applied unevenly on batches produced "
        "from May to July, Tensa said. The reels can be taken back to any stockist for a full refund. The firm, "
        "whose strings are used by a number of professional players, said it had shifted Vortex Pro production "
        "to another plant while the line was inspected, and expected to resume manufacturing within a month. "
        "Dana Whitcombe, the chief operating officer, apologised to customers and said the fault did not pose a "
        "safety risk."),
    errors=[
        E("had shifted Vortex Pro production to another plant", "event", "major",
          "had stopped production of Vortex Pro"),
    ],
    traps=[
        T("broke much earlier than it should", "snapped far sooner than expected"),
        T("from May to July", "between May and July"),
        T("whose strings are used by a number of professional players",
          "which supplies strings to several professional players"),
    ]))

CASES.append(dict(
    domain="textile dyeing", mode="rewrite", label="inconsistent",
    reference=(
        "Three textile dyeing works along the River Callow have been ordered to install new wastewater treatment "
        "systems by 1 June 2026, after tests by the Callow Environment Agency found dye residues and heavy metals "
        "downstream of their outfalls. The agency said levels of chromium at one sampling point were four times "
        "the permitted limit. The companies — Arden Dyes, Pemberly Colour and Northgate Textiles — together "
        "employ about 640 people. Arden Dyes said it had already commissioned a treatment plant costing £2.1 "
        "million. The other two firms said they were studying the order. The agency will carry out further "
        "tests every three months until the systems are working."),
    candidate=(
        "The Callow Environment Agency has told three textile dyeing works on the River Callow to fit new "
        "wastewater treatment systems by June 2027 and could fine them up to £50,000 each if they miss the "
        "deadline. Its tests had detected dye residues and heavy metals downstream of the firms' outfalls, with "
        "chromium at one sampling point at four times the permitted limit, the agency said. Arden Dyes, Pemberly "
        "Colour and Northgate Textiles employ roughly 640 people between them. Arden said it had already "
        "commissioned a £2.1m treatment plant, while the other two companies said they were studying the order. "
        "Until the systems are up and running, the agency will test the river again every quarter."),
    errors=[
        E("by June 2027", "date", "major", "by 1 June 2026"),
        E("could fine them up to £50,000 each if they miss the deadline", "addition", "major", None),
    ],
    traps=[
        T("employ roughly 640 people between them", "together employ about 640 people"),
        T("every quarter", "every three months"),
    ]))

CASES.append(dict(
    domain="subtitling agencies", mode="rewrite", label="inconsistent",
    reference=(
        "Lumen Subtitles, one of the largest subtitling agencies in the country, has won a three-year contract "
        "to caption programmes for the public broadcaster Orbis TV. The contract, worth about €6 million, covers "
        "roughly 4,500 hours of programming a year, including live news. Lumen will hire 45 additional "
        "subtitlers, most of them in its Gellan office. The company said it would not use automatic speech "
        "recognition for live broadcasts, though it would test the technology on pre-recorded programmes. Orbis "
        "TV said the previous provider, Textline, had not been penalised and had chosen not to bid again. The "
        "new contract begins on 1 February."),
    candidate=(
        "Orbis TV, the public broadcaster, has awarded a three-year captioning contract to Lumen Subtitles, one "
        "of the country's biggest subtitling agencies. The deal, worth about €6m a year, covers some 4,500 hours "
        "of programmes annually, live news among them. Lumen plans to take on 45 more subtitlers, mostly at its "
        "office in Gellan. It said it would rely on automatic speech recognition for live broadcasts, and would "
        "also test the technology on pre-recorded programmes. According to Orbis TV, Textline, the outgoing "
        "provider, had not been penalised and had decided against bidding again. The new contract starts on 1 "
        "February."),
    errors=[
        E("about €6m a year", "number", "major", "about €6 million"),
        E("would rely on automatic speech recognition for live broadcasts", "polarity", "critical",
          "would not use automatic speech recognition for live broadcasts"),
    ],
    traps=[
        T("has awarded a three-year captioning contract to Lumen Subtitles",
          "has won a three-year contract to caption programmes"),
        T("had decided against bidding again", "had chosen not to bid again"),
    ]))

CASES.append(dict(
    domain="court stenographers", mode="rewrite", label="inconsistent",
    reference=(
        "The Ministry of Justice of the Republic of Veland is considering replacing court stenographers in lower "
        "courts with digital audio recording, a ministry spokesperson confirmed on Monday. About 310 "
        "stenographers currently work in the lower courts. The spokesperson said no decision would be taken "
        "before a pilot in four district courts had been evaluated next year. The Court Reporters' Association "
        "warned that recordings could be inaudible or incomplete and said transcripts produced from them might "
        "not be accepted as evidence. Its president, Miriam Osk, said the association would challenge any plan "
        "that put members' jobs at risk. Deputy minister Pavel Renz told parliament last month that savings "
        "could reach 2.3 million crowns a year."),
    candidate=(
        "Court stenographers in the lower courts of the Republic of Veland are set to be replaced by digital "
        "audio recording, a spokesperson for the Ministry of Justice confirmed on Monday. Some 310 stenographers "
        "are now employed in the lower courts. No decision will be made until a pilot in four district courts "
        "has been assessed next year, the spokesperson said. The Court Reporters' Association cautioned that "
        "recordings could be inaudible or incomplete, and that transcripts based on them might not be admissible "
        "as evidence. Miriam Osk, its president, said the association would fight any plan that threatened "
        "members' jobs. Last month the spokesperson told parliament that savings could reach 2.3 million crowns "
        "a year."),
    errors=[
        E("are set to be replaced", "modality", "critical", "is considering replacing"),
        E("the spokesperson", "attribution", "minor", "Deputy minister Pavel Renz", occ=1),
    ],
    traps=[
        T("might not be admissible as evidence", "might not be accepted as evidence"),
        T("would fight any plan that threatened members' jobs",
          "would challenge any plan that put members' jobs at risk"),
    ]))

# ---------------------------------------------------------------------------
# Part C: summaries, consistent (5) and inconsistent (5)
# ---------------------------------------------------------------------------

CASES.append(dict(
    domain="racecourse stewards", mode="summary", label="consistent",
    reference=(
        "Stewards at Brayfield Racecourse have suspended jockey Tomas Kilbride for 12 racing days after finding "
        "him guilty of careless riding in the Harrowgate Stakes on Saturday. The stewards' inquiry, which lasted "
        "just over an hour, concluded that Kilbride had switched his mount, Copper Lantern, sharply to the left "
        "about 200 metres from the finish, hampering two rivals. Copper Lantern, which crossed the line first, "
        "was demoted to third place, and the race was awarded to Silent Harbour, trained by Moira Dunstan. "
        "Kilbride's suspension will begin on 2 October. His agent, Neil Fairbrass, said the jockey was "
        "disappointed and was considering an appeal to the Racing Disciplinary Board, which must be lodged "
        "within seven days. The owners of Copper Lantern, the Greystone Partnership, declined to comment. It is "
        "the second suspension Kilbride has received this season; in May he was banned for four days for using "
        "his whip above the permitted level."),
    candidate=(
        "Brayfield stewards have banned jockey Tomas Kilbride for 12 racing days from 2 October for careless "
        "riding in Saturday's Harrowgate Stakes, in which he switched Copper Lantern sharply left near the "
        "finish, impeding two horses. Copper Lantern, first past the post, was placed third and the race went "
        "to Silent Harbour. Kilbride, suspended for the second time this season, is considering an appeal, his "
        "agent said."),
    errors=[],
    traps=[
        T("impeding two horses", "hampering two rivals"),
        T("first past the post", "which crossed the line first"),
        T("was placed third", "was demoted to third place"),
        T("suspended for the second time this season",
          "the second suspension Kilbride has received this season"),
    ]))

CASES.append(dict(
    domain="tortoise sanctuaries", mode="summary", label="consistent",
    reference=(
        "The Havelock Tortoise Sanctuary, home to more than 260 tortoises surrendered by owners or seized from "
        "illegal traders, has been saved from closure after a local building firm agreed to donate land for a "
        "new site. The sanctuary had been told to leave its current premises on Quarry Lane by the end of the "
        "year when the landowner, Brindell Homes, secured planning permission for housing. Under the agreement "
        "announced on Wednesday, Corley Construction will give the sanctuary two acres on the edge of the "
        "village of Amberstow and will build heated enclosures at cost. The sanctuary still needs to raise about "
        "£85,000 to complete the move, founder Gwen Tallis said, and has launched a public appeal. Most of the "
        "animals are Mediterranean spur-thighed and Hermann's tortoises, some of which are thought to be more "
        "than 60 years old. Tallis said the move would take place in stages over the spring so that the "
        "tortoises could be moved after hibernation."),
    candidate=(
        "The Havelock Tortoise Sanctuary, which had to vacate its site after its landlord won permission to "
        "build homes there, has been rescued: Corley Construction will donate two acres near Amberstow and build "
        "heated enclosures at cost. The sanctuary, which cares for over 260 tortoises, must still find some "
        "£85,000 and has appealed to the public. The animals will be moved in phases in spring, after "
        "hibernation."),
    errors=[],
    traps=[
        T("its landlord won permission to build homes there",
          "the landowner, Brindell Homes, secured planning permission for housing"),
        T("over 260 tortoises", "more than 260 tortoises"),
        T("some £85,000", "about £85,000"),
        T("in phases", "in stages"),
    ]))

CASES.append(dict(
    domain="reptile imports", mode="summary", label="consistent",
    reference=(
        "Customs officers at Port Delamere seized 143 reptiles, including 38 royal pythons and a number of "
        "protected chameleons, from a shipping container declared as carrying ceramic tiles, the national "
        "border agency said on Friday. The animals were found in plastic boxes hidden behind pallets; 11 had "
        "died during the voyage, which the agency believes began in West Africa. A 44-year-old man from "
        "Kettering Vale has been arrested on suspicion of illegally importing protected species and has been "
        "released on bail pending further inquiries. The surviving reptiles have been taken to the Marchmont "
        "Wildlife Rescue Centre, where vets are assessing their condition. Agency spokesperson Ruth Adeyemi "
        "said the trade in exotic pets was driven by rising demand online and that traffickers were "
        "increasingly using mislabelled freight. Anyone convicted of the offence faces up to seven years in "
        "prison."),
    candidate=(
        "Border officials at Port Delamere have seized 143 reptiles, among them 38 royal pythons and protected "
        "chameleons, hidden in a container supposedly holding ceramic tiles; eleven of them had died on the "
        "journey. A man of 44 was arrested and bailed. The survivors are being assessed by vets at the Marchmont "
        "Wildlife Rescue Centre. The offence carries a maximum sentence of seven years."),
    errors=[],
    traps=[
        T("supposedly holding ceramic tiles", "declared as carrying ceramic tiles"),
        T("eleven of them had died on the journey", "11 had died during the voyage"),
        T("A man of 44", "A 44-year-old man"),
        T("carries a maximum sentence of seven years", "faces up to seven years in prison"),
    ]))

CASES.append(dict(
    domain="aquarium supplies", mode="summary", label="consistent",
    reference=(
        "Coralis Group, the country's largest supplier of aquarium equipment, reported a 9 per cent fall in "
        "annual revenue to £212 million on Tuesday, blaming weaker demand for large tropical tanks and higher "
        "shipping costs. Pre-tax profit fell to £14.6 million from £19.1 million. The company said sales of "
        "filters, heaters and water treatments had held up well, but customers were delaying purchases of "
        "expensive display tanks. It will close 12 of its 96 shops over the next year, mostly in shopping "
        "centres, and expects around 80 jobs to go, although it hopes to move some staff to other branches. "
        "Chief executive Oliver Strand said the board was confident that demand would recover as household "
        "budgets improved. The company will pay a final dividend of 3.2p per share, unchanged from last year. "
        "Shares in Coralis fell 4 per cent in morning trading."),
    candidate=(
        "Annual revenue at aquarium equipment supplier Coralis Group dropped 9% to £212m, and pre-tax profit "
        "fell from £19.1m to £14.6m, as customers put off buying costly display tanks and shipping became "
        "more expensive. One in eight of its 96 shops will shut over the coming year, with about 80 jobs "
        "expected to go. The final dividend is held at 3.2p."),
    errors=[],
    traps=[
        T("dropped 9%", "a 9 per cent fall"),
        T("put off buying costly display tanks", "delaying purchases of expensive display tanks"),
        T("One in eight of its 96 shops", "12 of its 96 shops"),
        T("is held at 3.2p", "3.2p per share, unchanged from last year"),
    ]))

CASES.append(dict(
    domain="wolf monitoring", mode="summary", label="consistent",
    reference=(
        "Researchers monitoring grey wolves in the Varden Highlands have recorded at least five breeding packs "
        "this year, up from three in 2022, according to a report published on Thursday by the Highland Wildlife "
        "Institute. The team used 74 camera traps, together with DNA from scat samples, to estimate that between "
        "38 and 45 wolves now live in the region. Lead author Dr Signe Halvorsen said the population appeared "
        "stable, but warned that two wolves had been found dead from suspected poisoning in the past year and "
        "that illegal killing remained the main threat. The report recorded 27 attacks on sheep in 2023, "
        "compared with 41 the year before, a decline the authors attributed to wider use of electric fencing "
        "and livestock guardian dogs. The regional government said it would continue to compensate farmers for "
        "livestock losses and would fund a further two years of monitoring."),
    candidate=(
        "A Highland Wildlife Institute report says the Varden Highlands now hold at least five breeding wolf "
        "packs, against three in 2022, and an estimated 38 to 45 wolves. Attacks on sheep fell from 41 to 27 in "
        "2023, a drop the authors credit to wider use of electric fencing and guardian dogs. The lead author "
        "called the population seemingly stable but said illegal killing was still the biggest threat. The "
        "regional government will pay for two more years of monitoring."),
    errors=[],
    traps=[
        T("Attacks on sheep fell from 41 to 27 in 2023",
          "27 attacks on sheep in 2023, compared with 41 the year before"),
        T("called the population seemingly stable", "said the population appeared stable"),
        T("was still the biggest threat", "remained the main threat"),
        T("will pay for two more years of monitoring", "would fund a further two years of monitoring"),
    ]))

CASES.append(dict(
    domain="hedgehog rescue", mode="summary", label="inconsistent",
    reference=(
        "A hedgehog rescue centre in the town of Wickham Cross has been forced to stop taking in new animals "
        "after admissions rose to record levels over the summer. Prickles & Paws, run by volunteers from a "
        "converted barn, said it was caring for 212 hedgehogs, nearly double its usual capacity, many of them "
        "underweight juveniles born late in the season. Founder Maureen Oakes said the centre would continue to "
        "give advice by phone and would refer callers to the Elmbridge Hedgehog Hospital, about 20 miles away, "
        "which has agreed to accept urgent cases. The centre estimates its monthly food and veterinary bills "
        "have risen to about £4,000. It has appealed for donations of cat food, newspapers and heat pads, and "
        "for volunteers to help with night feeds. Oakes said she hoped to reopen to new admissions in November, "
        "once the first animals had been released back into the wild."),
    candidate=(
        "Prickles & Paws, a volunteer-run hedgehog rescue centre in Elmbridge, has stopped admitting new animals "
        "after a record summer left it caring for 212 hedgehogs, close to twice its normal capacity. Urgent "
        "cases are being referred to a hedgehog hospital some 20 miles away, and the centre is appealing for "
        "donations and for volunteers to help with night feeds. It hopes to reopen to admissions in November."),
    errors=[
        E("Elmbridge", "entity", "major", "Wickham Cross"),
    ],
    traps=[
        T("close to twice its normal capacity", "nearly double its usual capacity"),
        T("some 20 miles away", "about 20 miles away"),
    ]))

CASES.append(dict(
    domain="lichen mapping", mode="summary", label="inconsistent",
    reference=(
        "Volunteers taking part in a two-year survey of lichens on churchyard walls and gravestones in the "
        "county of Selbury have recorded 347 species, including 12 that had not been found in the county "
        "before. The project, led by the Selbury Natural History Society with funding from the Greenway "
        "Foundation, trained 160 volunteers to identify lichens and record their locations using a smartphone "
        "app. Survey coordinator Dr Owen Prickett said old churchyards were important refuges for lichens "
        "because their stone surfaces had often been left undisturbed for centuries. The survey found that "
        "species sensitive to nitrogen pollution were largely absent from sites near major roads and intensive "
        "farms. The society will publish an atlas of the results next spring and has asked parish councils to "
        "avoid cleaning lichen from gravestones unless inscriptions need to be read."),
    candidate=(
        "A two-year survey of lichens on Selbury churchyard walls and gravestones, led by the Greenway "
        "Foundation with funding from the Selbury Natural History Society, has recorded 347 species, 21 of them "
        "new to the county. Nitrogen-sensitive species were mostly missing near major roads and intensive farms. "
        "An atlas is due next spring, and parish councils are being asked not to clean lichen off gravestones "
        "unless inscriptions need reading."),
    errors=[
        E("led by the Greenway Foundation with funding from the Selbury Natural History Society", "role", "major",
          "led by the Selbury Natural History Society with funding from the Greenway Foundation"),
        E("21", "number", "minor", "12"),
    ],
    traps=[
        T("were mostly missing", "were largely absent"),
    ]))

CASES.append(dict(
    domain="shipwreck salvage", mode="summary", label="inconsistent",
    reference=(
        "A salvage team has raised the bronze bell and part of the stern of the Margaretha Voss, a cargo steamer "
        "that sank off Kessock Point in 1911 with the loss of 14 crew. The operation, carried out by Deepline "
        "Marine under a licence from the national Receiver of Wreck, took three weeks and was hampered by strong "
        "currents. The recovered items will be conserved at the Harbourmouth Maritime Museum and are expected "
        "to go on display in 2026. The rest of the wreck, which lies at a depth of 42 metres, will not be "
        "disturbed, as it has been designated a protected site. Museum director Ingrid Calloway said "
        "descendants of several crew members had been invited to a ceremony when the bell goes on show. "
        "Deepline said it had found no trace of the cargo of copper ingots that the ship was believed to be "
        "carrying."),
    candidate=(
        "Deepline Marine has raised the bronze bell and part of the stern of the Margaretha Voss, a cargo "
        "steamer that ran aground off Kessock Point in 1911 with the loss of 14 crew. After conservation at the "
        "Harbourmouth Maritime Museum, the items should be on display in 2026. The remainder of the wreck, a "
        "protected site 42 metres down, will be left untouched, and no sign was found of the copper ingots the "
        "ship is thought to have carried."),
    errors=[
        E("ran aground", "event", "major", "sank"),
    ],
    traps=[
        T("should be on display in 2026", "are expected to go on display in 2026"),
        T("42 metres down", "at a depth of 42 metres"),
        T("will be left untouched", "will not be disturbed"),
    ]))

CASES.append(dict(
    domain="fossil auctions", mode="summary", label="inconsistent",
    reference=(
        "A nearly complete skeleton of an ichthyosaur, a marine reptile that lived about 190 million years ago, "
        "sold for £1.3 million at Harcourt & Lyle's auction house in Bramley on Wednesday, more than double its "
        "upper estimate. The buyer, bidding by telephone, was not named. The 4.2-metre skeleton was found in "
        "2019 by amateur collector Daniel Frew on the foreshore near Lydmouth and was prepared over three years "
        "by a specialist workshop in France. Several palaeontologists had urged that it be acquired by a public "
        "museum, and the Lydmouth Museum had tried to raise funds but withdrew before the sale. The sale is "
        "subject to an export licence review, which could delay the skeleton leaving the country by up to six "
        "months if a domestic institution offers to match the price. Auctioneer Philippa Grieve said the result "
        "reflected strong international interest in fossils."),
    candidate=(
        "An almost complete ichthyosaur skeleton, roughly 190 million years old, fetched £1.3m at Harcourt & "
        "Lyle in Bramley on Wednesday, more than twice its top estimate, going to an unnamed telephone bidder. "
        "Found in 2016 on the foreshore near Lydmouth by amateur collector Daniel Frew, the skeleton sold for "
        "more than twice its top estimate. An export licence review could keep it in the country for up to six "
        "months if a domestic institution matches the price."),
    errors=[
        E("in 2016", "date", "minor", "in 2019"),
        E("more than twice its top estimate", "repetition", "minor", None, occ=1),
    ],
    traps=[
        T("going to an unnamed telephone bidder", "The buyer, bidding by telephone, was not named"),
        T("almost complete", "nearly complete"),
    ]))

CASES.append(dict(
    domain="marble exports", mode="summary", label="inconsistent",
    reference=(
        "Marble exports from the quarrying region of Valdoro rose by 14 per cent last year to 1.9 million "
        "tonnes, driven mainly by demand from construction projects in the Gulf states, the Valdoro Stone "
        "Producers' Association said on Monday. The value of exports reached €740 million, a record. Association "
        "president Luca Ferrand said shipments of rough blocks grew faster than those of finished slabs, which "
        "he described as a worrying sign because most of the value was added abroad. He called on the regional "
        "government to support local processing plants with tax incentives. Exports to China fell for the "
        "second year running. The association said 58 quarries were active in the region, employing about "
        "3,100 people, and warned that rising energy prices had cut profit margins despite the higher sales "
        "volumes."),
    candidate=(
        "Valdoro's marble exports climbed 14% last year to 1.9 million tonnes, worth a record €740m, making the "
        "region the country's largest marble exporter, according to its stone producers' association. Gulf "
        "construction projects drove most of the growth. The association's president warned that rough blocks "
        "were outpacing finished slabs, leaving most of the value to be added abroad, and urged tax breaks for "
        "local processors. Higher energy costs have squeezed margins."),
    errors=[
        E("making the region the country's largest marble exporter", "addition", "minor", None),
    ],
    traps=[
        T("climbed 14%", "rose by 14 per cent"),
        T("urged tax breaks for local processors",
          "called on the regional government to support local processing plants with tax incentives"),
        T("Higher energy costs have squeezed margins", "rising energy prices had cut profit margins"),
    ]))

# ---------------------------------------------------------------------------
# Part D: translations, consistent (5)
# (reference and candidate are two independent English translations of the
#  same non-English story)
# ---------------------------------------------------------------------------

CASES.append(dict(
    domain="diamond cutting", mode="translation", label="consistent",
    reference=(
        "The diamond-cutting workshop Van Roosmalen & Zonen in Oostbrecht will take on eight apprentices this "
        "autumn, the first new trainees in over ten years. According to director Hendrik van Roosmalen, the "
        "shortage of skilled cutters has become so acute that orders are being refused. The training lasts four "
        "years and is partly financed by the provincial government, which is contributing 210,000 euros. The "
        "apprentices will learn to cut and polish stones by hand, although the workshop also uses laser "
        "machines for the first stage of sawing. Of the 35 cutters currently employed, more than half are older "
        "than 55. 'If we do nothing, in ten years this craft will have disappeared from our city,' the director "
        "said."),
    candidate=(
        "Van Roosmalen & Zonen, a diamond-cutting workshop in Oostbrecht, is to recruit eight trainees this "
        "autumn — its first intake in more than a decade. The lack of qualified cutters is now so serious that "
        "the company has to turn down orders, says its director, Hendrik van Roosmalen. The four-year programme "
        "receives part of its funding from the provincial government, which is putting in €210,000. Trainees "
        "will be taught to cut and polish stones manually, even though lasers handle the initial sawing stage "
        "at the workshop. Over half of the firm's 35 current cutters are aged over 55. 'Unless we act, in a "
        "decade's time this craft will have vanished from our city,' van Roosmalen said."),
    errors=[],
    traps=[
        T("its first intake in more than a decade", "the first new trainees in over ten years"),
        T("the company has to turn down orders", "orders are being refused"),
        T("€210,000", "210,000 euros"),
        T("Over half of the firm's 35 current cutters are aged over 55",
          "Of the 35 cutters currently employed, more than half are older than 55"),
        T("'Unless we act", "'If we do nothing"),
    ]))

CASES.append(dict(
    domain="snail farming", mode="translation", label="consistent",
    reference=(
        "In the village of Saint-Aubrac-sur-Lenne, a young couple has turned a former dairy farm into a snail "
        "farm. Camille and Julien Ferrat, both 29, raise around 300,000 snails a year in greenhouses and sell "
        "them mainly to restaurants in the region and at the weekly market. They invested 60,000 euros, a third "
        "of which came from a regional grant for young farmers. The snails are fed on vegetables grown on the "
        "farm and on cereal flour. 'The first year was very hard; we lost almost half of our snails to the "
        "heat,' Camille recalls. Since then, the couple has installed a misting system. They now hope to open a "
        "small shop on the farm next spring."),
    candidate=(
        "A former dairy farm in Saint-Aubrac-sur-Lenne has been converted into a snail farm by a young couple, "
        "Camille and Julien Ferrat, both aged 29. Each year they rear some 300,000 snails under glass, selling "
        "most of them to restaurants in the area and at the market held every week. Of the €60,000 they put into "
        "the business, €20,000 came from a regional grant for young farmers. The snails eat vegetables grown on "
        "the farm and cereal flour. 'Our first year was extremely difficult: the heat killed nearly half our "
        "snails,' says Camille. The pair have since fitted a misting system, and next spring they hope to open "
        "a little farm shop."),
    errors=[],
    traps=[
        T("under glass", "in greenhouses"),
        T("€20,000 came from a regional grant", "a third of which came from a regional grant"),
        T("the heat killed nearly half our snails", "we lost almost half of our snails to the heat"),
        T("a little farm shop", "a small shop on the farm"),
    ]))

CASES.append(dict(
    domain="olive mills", mode="translation", label="consistent",
    reference=(
        "The cooperative olive mill of Villarrubia de la Sierra has processed 4.2 million kilos of olives this "
        "season, 30 percent less than last year, because of the drought that has affected the region since "
        "spring. The president of the cooperative, Antonio Lucena, explained that the yield of oil has also been "
        "lower: around 18 kilos of oil for every 100 kilos of olives, compared with 21 in a normal year. Despite "
        "this, the price paid to the 640 members will be higher, at 7.10 euros per kilo of oil, due to the "
        "increase in market prices. The mill will close its campaign on 15 February, two weeks earlier than "
        "usual. Lucena asked the regional government to speed up the payment of drought aid promised in "
        "October."),
    candidate=(
        "The drought that has hit the area since the spring has reduced the volume of olives processed by the "
        "Villarrubia de la Sierra cooperative mill to 4.2 million kilograms this season, a drop of 30% on last "
        "year. Cooperative president Antonio Lucena said oil yields were also down, at about 18kg of oil per "
        "100kg of olives against 21kg in an ordinary year. Even so, rising market prices mean the 640 members "
        "will receive more for their oil: €7.10 a kilo. The mill will end its season on 15 February, a fortnight "
        "ahead of the usual date. Lucena urged the regional government to pay out more quickly the drought aid "
        "that was promised in October."),
    errors=[],
    traps=[
        T("a drop of 30% on last year", "30 percent less than last year"),
        T("against 21kg in an ordinary year", "compared with 21 in a normal year"),
        T("will receive more for their oil", "the price paid to the 640 members will be higher"),
        T("€7.10 a kilo", "7.10 euros per kilo of oil"),
        T("a fortnight ahead of the usual date", "two weeks earlier than usual"),
    ]))

CASES.append(dict(
    domain="pepper auctions", mode="translation", label="consistent",
    reference=(
        "At the spice auction centre in Kottavayal, the price of black pepper reached 640 rupees per kilo on "
        "Tuesday, the highest level in six years. Traders attribute the rise to a poor harvest in the hill "
        "districts, where heavy rains in August damaged the vines, and to strong demand ahead of the festival "
        "season. About 180 tonnes were offered at the auction, of which 150 tonnes were sold. The secretary of "
        "the growers' association, K. R. Menon, said farmers were pleased with the prices but warned that many "
        "had lost a large part of their crop. The association has asked the state government for compensation "
        "of 25,000 rupees per hectare for the affected farmers."),
    candidate=(
        "Black pepper sold for 640 rupees a kilo at the Kottavayal spice auction centre on Tuesday, a six-year "
        "high. According to traders, the increase is due both to strong buying before the festival season and "
        "to a weak harvest in the hill districts, where the vines were damaged by heavy August rains. Of roughly "
        "180 tonnes put up for sale, 150 tonnes found buyers. K. R. Menon, secretary of the growers' "
        "association, said the prices had satisfied farmers, but cautioned that many of them had lost much of "
        "their crop. The association is asking the state government to compensate affected farmers with 25,000 "
        "rupees per hectare."),
    errors=[],
    traps=[
        T("a six-year high", "the highest level in six years"),
        T("where the vines were damaged by heavy August rains", "where heavy rains in August damaged the vines"),
        T("150 tonnes found buyers", "150 tonnes were sold"),
        T("the prices had satisfied farmers", "farmers were pleased with the prices"),
    ]))

CASES.append(dict(
    domain="garlic festivals", mode="translation", label="consistent",
    reference=(
        "The garlic festival of Sorvella, which last year attracted 45,000 visitors, will be held this year over "
        "three days instead of two, from 12 to 14 July. The mayor, Giulia Ferrante, announced that the main "
        "square will host 70 stalls of local producers, ten more than in the previous edition. For the first "
        "time, visitors will be able to reach the festival by a free shuttle bus from the railway station of "
        "Monteleone. The traditional competition for the longest garlic braid will take place on Saturday "
        "afternoon. The municipality has allocated 95,000 euros to the event, and organisers expect the number "
        "of visitors to exceed 50,000."),
    candidate=(
        "Sorvella's garlic festival, which drew 45,000 people last year, will run for three days this year "
        "rather than two, from 12 July to 14 July. Mayor Giulia Ferrante said 70 stalls run by local growers "
        "would fill the main square, up by ten on last year's edition. A free shuttle bus will, for the first "
        "time, carry festival-goers from Monteleone railway station. Saturday afternoon will see the customary "
        "contest for the longest garlic braid. The town council has set aside €95,000 for the festival, and the "
        "organisers anticipate more than 50,000 visitors."),
    errors=[],
    traps=[
        T("local growers", "local producers"),
        T("up by ten on last year's edition", "ten more than in the previous edition"),
        T("the customary contest", "The traditional competition"),
        T("has set aside €95,000", "has allocated 95,000 euros"),
        T("anticipate more than 50,000 visitors", "expect the number of visitors to exceed 50,000"),
    ]))

# ---------------------------------------------------------------------------
# Part E: translations, inconsistent (5)
# ---------------------------------------------------------------------------

CASES.append(dict(
    domain="pickle factories", mode="translation", label="inconsistent",
    reference=(
        "The pickle factory in Ostrzeszówek, which produces cucumbers in brine according to a recipe from 1936, "
        "will not be closed, the new owner announced on Thursday. The company Marynata Group bought the plant "
        "from the bankrupt firm Kiszonka for 18 million zloty. All 130 employees will keep their jobs, and "
        "production, which had been halted in March, will restart in May. The new owner plans to invest in a "
        "second production line and to begin exporting to Germany and the Czech Republic. Until now, the "
        "factory sold almost exclusively on the domestic market. The mayor of Ostrzeszówek, Barbara Nowicka, "
        "said that it was the best possible news for the town."),
    candidate=(
        "The Ostrzeszówek pickle works, which makes brined cucumbers to a 1936 recipe, is to close, its new "
        "owner said on Thursday. Marynata Group has acquired the plant for 18 million zloty from Kiszonka, which "
        "went bankrupt. None of the 130 workers will lose their job, and production, stopped since March, will "
        "resume in May. The new owner intends to invest in a second production line and to start exporting to "
        "Germany and the Czech Republic; so far the factory has sold almost entirely on the home market. Mayor "
        "Barbara Nowicka called it the best news the town could have hoped for."),
    errors=[
        E("is to close", "polarity", "critical", "will not be closed"),
    ],
    traps=[
        T("from Kiszonka, which went bankrupt", "from the bankrupt firm Kiszonka"),
        T("None of the 130 workers will lose their job", "All 130 employees will keep their jobs"),
        T("stopped since March", "which had been halted in March"),
    ]))

CASES.append(dict(
    domain="tofu makers", mode="translation", label="inconsistent",
    reference=(
        "In the town of Hanamizu, the tofu shop Morita Tofuten, founded in 1921, has been taken over by a former "
        "office worker. Kenta Arai, 34, left his job at a trading company in the capital last year to learn the "
        "trade from the shop's owner, Yoshio Morita, 81, who had no successor. Arai continues to make tofu by "
        "hand every morning from 4 a.m., using soybeans from farms in the prefecture and water from the shop's "
        "own well. He has kept the traditional products but also added soy milk doughnuts, which sell out on "
        "most weekends. The shop produces about 400 blocks of tofu a day. Morita still comes to the shop twice a "
        "week to help."),
    candidate=(
        "Morita Tofuten, a tofu shop in Hanamizu that opened in 1921, now has a new owner: a former office "
        "employee. Kenta Arai, aged 34, gave up his position at a trading firm in Hanamizu last year so that he "
        "could be trained by the shop's 81-year-old proprietor, Yoshio Morita, who had nobody to take over. "
        "Every morning from 4 a.m., Arai still makes the tofu by hand with soybeans grown on farms in the "
        "prefecture. Alongside the traditional range he has introduced soy milk doughnuts, which are sold out "
        "most weekends. Around 400 blocks of tofu are made each day, and Morita continues to come in twice a "
        "week to lend a hand."),
    errors=[
        E("in Hanamizu", "entity", "major", "in the capital", occ=1),
        OMIT("grown on farms in the prefecture", "water from the shop's own well", "minor"),
    ],
    traps=[
        T("who had nobody to take over", "who had no successor"),
        T("are sold out most weekends", "sell out on most weekends"),
        T("to lend a hand", "to help"),
    ]))

CASES.append(dict(
    domain="jam makers", mode="translation", label="inconsistent",
    reference=(
        "A small jam maker from the village of Ameal, Doces da Serra, has signed an agreement to supply its "
        "quince and fig jams from January to the supermarket chain Mercadão, which approached the company after "
        "a regional food fair last spring. The company, founded in 2015 by the sisters Inês and Marta Correia, "
        "currently produces about 60,000 jars a year and will have to triple its production. To do so, it will "
        "move to a larger building in the municipal industrial zone and hire twelve people. The fruit comes from "
        "some forty small producers of the region, who will be paid a fixed price under three-year contracts. "
        "'We never imagined reaching the supermarket shelves,' said Inês Correia."),
    candidate=(
        "Doces da Serra, a small jam business in the village of Ameal, has reached a deal to sell its quince and "
        "fig jams to the Mercadão supermarket chain starting in January; the company approached Mercadão after a "
        "regional food fair last spring. Set up in 2015 by two sisters, Inês and Marta Correia, the firm now "
        "makes roughly 60,000 jars annually and will need to produce three times as many. It will therefore "
        "relocate to bigger premises in the municipal industrial zone and take on a dozen staff. Its fruit is "
        "sourced from around forty small growers in the region, who will receive a fixed price on three-year "
        "contracts. 'Getting onto supermarket shelves was something we never dreamed of,' Inês Correia said."),
    errors=[
        E("the company approached Mercadão", "role", "major", "Mercadão, which approached the company"),
    ],
    traps=[
        T("will need to produce three times as many", "will have to triple its production"),
        T("take on a dozen staff", "hire twelve people"),
        T("'Getting onto supermarket shelves was something we never dreamed of",
          "'We never imagined reaching the supermarket shelves"),
    ]))

CASES.append(dict(
    domain="gin distilleries", mode="translation", label="inconsistent",
    reference=(
        "The Hollerbrück distillery, known for its juniper gin, could be forced to move its production abroad if "
        "the planned increase in alcohol tax is approved, its owner Matthias Keller said on Friday. The federal "
        "government wants to raise the tax on spirits by 15 percent from next year. Keller said that the "
        "distillery, which employs 22 people, produced 180,000 bottles last year, two thirds of which were sold "
        "in Germany. 'We do not want to leave, but we have to calculate,' he said. The distillery opened a "
        "visitor centre in the spring that has already received 9,000 guests. The regional association of small "
        "distilleries has announced a protest in front of the state parliament next month."),
    candidate=(
        "Hollerbrück's distillery, famous for its juniper gin, will move its production abroad if the proposed "
        "rise in alcohol tax goes through, owner Matthias Keller said on Friday. The federal government intends "
        "to increase the tax on spirits by 15% from next year. According to Keller, the distillery has 22 "
        "employees and turned out 180,000 bottles last year, two-thirds of them sold within Germany. 'Leaving "
        "is not what we want, but we have to do the sums,' he said. Since the spring the distillery has had a "
        "visitor centre, which has already welcomed 9,000 people. The regional association of small "
        "distilleries has announced that it will submit a petition to the state parliament next month."),
    errors=[
        E("will move its production abroad", "modality", "major",
          "could be forced to move its production abroad"),
        E("submit a petition to the state parliament", "event", "minor",
          "a protest in front of the state parliament"),
    ],
    traps=[
        T("'Leaving is not what we want, but we have to do the sums",
          "'We do not want to leave, but we have to calculate"),
        T("Since the spring the distillery has had a visitor centre",
          "The distillery opened a visitor centre in the spring"),
    ]))

CASES.append(dict(
    domain="crate makers", mode="translation", label="inconsistent",
    reference=(
        "The wooden crate maker Caissettes Duval, in Saint-Méroux, has received an order for 1.5 million crates "
        "from a large fruit and vegetable distributor, the company's director, Lucien Duval, announced on "
        "Monday. The crates, made of poplar from the region's forests, will replace plastic containers in the "
        "distributor's shops from the autumn. To meet the order, the company will run its machines seven days a "
        "week and recruit fifteen seasonal workers. According to the regional chamber of commerce, the demand "
        "for wooden packaging has grown by 20 percent in two years, driven by the ban on certain single-use "
        "plastics. Duval said the price of poplar had nevertheless increased sharply."),
    candidate=(
        "Caissettes Duval, a wooden crate manufacturer in Saint-Méroux, has won an order for 1.5 million crates "
        "from a major fruit and vegetable distributor, its director, Lucien Duval, announced on Monday. From the "
        "autumn, the crates, made from poplar grown in local forests, will take the place of plastic boxes in "
        "the distributor's stores. The firm will operate its machinery every day of the week and take on "
        "fifteen seasonal staff to fulfil the order. Duval said demand for wooden packaging had risen by a fifth "
        "over two years, boosted by the ban on some single-use plastics, although poplar prices had still "
        "climbed steeply."),
    errors=[
        E("Duval said", "attribution", "major", "According to the regional chamber of commerce"),
    ],
    traps=[
        T("will take the place of plastic boxes", "will replace plastic containers"),
        T("every day of the week", "seven days a week"),
        T("risen by a fifth", "grown by 20 percent"),
    ]))

# ---------------------------------------------------------------------------
# Part F: offsets, validation, output
# ---------------------------------------------------------------------------

WORD_RE = re.compile(r"\w", re.UNICODE)


def n_words(s):
    return len(s.split())


def find_occ(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def is_word(ch):
    return bool(WORD_RE.match(ch))


def cuts_word(s, start, end):
    if start > 0 and start < len(s) and is_word(s[start - 1]) and is_word(s[start]):
        return True
    if end > 0 and end < len(s) and is_word(s[end - 1]) and is_word(s[end]):
        return True
    return False


def build(case, problems, tag):
    ref, cand = case["reference"], case["candidate"]
    errors, traps = [], []
    for e in case["errors"]:
        if e["type"] == "omission":
            p = find_occ(cand, e["after"], e["occ"])
            if p < 0:
                problems.append(f"{tag}: omission anchor not found: {e['after']!r}")
                continue
            start = end = p + len(e["after"])
        else:
            start = find_occ(cand, e["text"], e["occ"])
            if start < 0:
                problems.append(f"{tag}: error text not found: {e['text']!r} occ {e['occ']}")
                continue
            end = start + len(e["text"])
        errors.append({"start": start, "end": end, "text": cand[start:end], "type": e["type"],
                       "severity": e["severity"], "ref_text": e["ref_text"]})
    for t in case["traps"]:
        start = find_occ(cand, t["text"], t["occ"])
        if start < 0:
            problems.append(f"{tag}: trap text not found: {t['text']!r}")
            continue
        traps.append({"start": start, "end": start + len(t["text"]), "text": t["text"],
                      "ref_text": t["ref_text"]})
    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return errors, traps


def validate_record(rec, problems):
    tag = rec["id"] + " (" + rec["domain"] + ")"
    ref, cand, mode = rec["reference"], rec["candidate"], rec["mode"]
    if rec["domain"] not in DOMAINS:
        problems.append(f"{tag}: domain not in list")
    if mode not in ("rewrite", "summary", "translation"):
        problems.append(f"{tag}: bad mode")
    nw = n_words(ref)
    if not 70 <= nw <= 190:
        problems.append(f"{tag}: reference has {nw} words")
    if "  " in ref or "  " in cand or '"' in ref + cand:
        problems.append(f"{tag}: double space or double quote in text")
    if mode == "summary" and not (len(cand) < len(ref) and n_words(cand) < n_words(ref)):
        problems.append(f"{tag}: summary not shorter than reference")
    errs, traps = rec["errors"], rec["traps"]
    if rec["label"] == "consistent":
        if errs:
            problems.append(f"{tag}: consistent pair has errors")
        if not 3 <= len(traps) <= 5:
            problems.append(f"{tag}: consistent pair has {len(traps)} traps")
    elif rec["label"] == "inconsistent":
        if not errs:
            problems.append(f"{tag}: inconsistent pair without errors")
        if len(traps) > 3:
            problems.append(f"{tag}: inconsistent pair has {len(traps)} traps")
    else:
        problems.append(f"{tag}: bad label")
    spans = []
    for e in errs:
        s, t = e["start"], e["end"]
        if e["type"] not in ERROR_TYPES:
            problems.append(f"{tag}: bad error type {e['type']}")
        if e["severity"] not in SEVERITIES:
            problems.append(f"{tag}: bad severity {e['severity']}")
        if cand[s:t] != e["text"]:
            problems.append(f"{tag}: error text/offset mismatch")
        if cuts_word(cand, s, t):
            problems.append(f"{tag}: error span cuts a word: {e['text']!r}")
        if e["type"] == "omission":
            if mode == "summary":
                problems.append(f"{tag}: omission in summary")
            if s != t or e["text"] != "":
                problems.append(f"{tag}: omission must be empty")
            if not e["ref_text"] or e["ref_text"] not in ref:
                problems.append(f"{tag}: omission ref_text not in reference")
            elif e["ref_text"].lower() in cand.lower():
                problems.append(f"{tag}: omitted words present in candidate")
            spans.append((s, t, "omission"))
            continue
        if s >= t:
            problems.append(f"{tag}: empty error span")
        if e["type"] in ("addition", "repetition"):
            if e["ref_text"] is not None:
                problems.append(f"{tag}: {e['type']} must have ref_text null")
            if e["type"] == "repetition":
                first = cand.find(e["text"])
                if first < 0 or first + len(e["text"]) > s:
                    problems.append(f"{tag}: repetition has no earlier copy")
            elif e["text"] in ref:
                problems.append(f"{tag}: addition text occurs in reference")
        else:
            if not e["ref_text"] or e["ref_text"] not in ref:
                problems.append(f"{tag}: error ref_text not in reference: {e['ref_text']!r}")
            if e["ref_text"] == e["text"]:
                problems.append(f"{tag}: error text equals ref_text")
        spans.append((s, t, "error"))
    for tr in traps:
        s, t = tr["start"], tr["end"]
        if cand[s:t] != tr["text"] or s >= t:
            problems.append(f"{tag}: trap text/offset mismatch")
        if cuts_word(cand, s, t):
            problems.append(f"{tag}: trap span cuts a word: {tr['text']!r}")
        if tr["ref_text"] not in ref:
            problems.append(f"{tag}: trap ref_text not in reference: {tr['ref_text']!r}")
        if tr["text"] in ref:
            problems.append(f"{tag}: trap text occurs verbatim in reference: {tr['text']!r}")
        spans.append((s, t, "trap"))
    spans.sort()
    for (a1, b1, k1), (a2, b2, k2) in zip(spans, spans[1:]):
        if a2 < b1 and not (a1 == b1 or a2 == b2):
            problems.append(f"{tag}: overlapping spans {k1} [{a1},{b1}) and {k2} [{a2},{b2})")
        if (a2 == b2 and a1 < a2 < b1) or (a1 == b1 and a2 < a1 < b2):
            problems.append(f"{tag}: omission point inside another span")


def validate_set(records, problems):
    if len(records) != 40:
        problems.append(f"expected 40 records, got {len(records)}")
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms):
        problems.append("duplicate domains")
    if set(doms) != set(DOMAINS):
        problems.append("domains do not match the given list")
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    for key, n in want.items():
        got = sum(1 for r in records if (r["mode"], r["label"]) == key)
        if got != n:
            problems.append(f"{key}: expected {n}, got {got}")
    all_errs = [e for r in records for e in r["errors"]]
    if len(all_errs) != 30:
        problems.append(f"expected 30 errors, got {len(all_errs)}")
    for t in ERROR_TYPES:
        n = sum(1 for e in all_errs if e["type"] == t)
        if n < 2:
            problems.append(f"error type {t}: only {n}")
    small = sum(1 for r in records if r["label"] == "inconsistent" and 1 <= len(r["errors"]) <= 2)
    if small < 15:
        problems.append("too few inconsistent pairs with 1-2 errors")


def make_records():
    problems = []
    order = list(range(len(CASES)))
    random.Random(76).shuffle(order)
    records = []
    for i, ci in enumerate(order, 1):
        case = CASES[ci]
        rid = f"s76-{i:03d}"
        errors, traps = build(case, problems, rid)
        records.append({"id": rid, "domain": case["domain"], "mode": case["mode"],
                        "reference": case["reference"], "candidate": case["candidate"],
                        "label": case["label"], "errors": errors, "traps": traps})
    for rec in records:
        validate_record(rec, problems)
    validate_set(records, problems)
    return records, problems


def summary_counts(records):
    from collections import Counter
    modes = Counter((r["mode"], r["label"]) for r in records)
    labels = Counter(r["label"] for r in records)
    types = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    ntraps = sum(len(r["traps"]) for r in records)
    return modes, labels, types, sev, ntraps


def main():
    records, problems = make_records()
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    modes, labels, types, sev, ntraps = summary_counts(records)
    print("modes x labels:", dict(sorted(modes.items())))
    print("labels:", dict(labels))
    print("error types:", dict(sorted(types.items())), "total", sum(types.values()))
    print("severities:", dict(sev), "traps:", ntraps)
    if "--check" in sys.argv[1:]:
        print("check OK (nothing written)")
        return
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set76.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(records), "records to", out)


if __name__ == "__main__":
    main()
