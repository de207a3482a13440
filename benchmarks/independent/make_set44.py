"""make_set44.py -- held-out evaluation set 44 for the fact-comparison tool.

How it was made: every pair below was hand-written by a helper session that saw
no code or data of the project, working only from a written brief. All people,
companies, organisations, places and figures are invented (real countries and
regions appear only as background). Character offsets are never typed by hand:
they are computed here by string search (with an occurrence index where a
quoted text repeats), then everything is validated before set44.jsonl is written.

Composition (40 pairs, one domain each):
  modes:  20 rewrite, 10 summary, 10 translation (half of each mode consistent)
  labels: 20 consistent (3-5 traps each), 20 inconsistent (0-3 traps each)
  errors: 30 in total over the 20 inconsistent pairs (10 pairs with 1 error,
          10 with 2): entity 3, number 4, date 3, role 3, polarity 3,
          modality 3, event 3, attribution 2, omission 2, addition 2,
          repetition 2. Omissions occur only in rewrite/translation pairs.

Usage: python3 make_set44.py          validate and write set44.jsonl
       python3 make_set44.py --check  validate only, write nothing
"""
import json
import os
import re
import sys
from collections import Counter

N = 44
DOMAINS = [
    "motorcycle helmets", "coffee roasting", "letterpress printing", "sago palms",
    "stairlifts", "calligraphy classes", "outrigger canoes", "district heating",
    "cargo bikes", "lodgers", "clock winding", "subtitling services",
    "trawler decommissioning", "net making", "guide dog training",
    "roadside diners", "talking books", "moth trapping", "teletext", "tin mining",
    "satellite dishes", "charity shops", "choir competitions", "barn owls",
    "watch repair", "sheep shearing", "stained glass", "almshouses",
    "molasses tankers", "brass band contests", "tea auctions",
    "volunteer tourism", "eye banks", "bowling alleys", "camp sites",
    "surf lifesaving", "tow trucks", "radio licensing", "darkroom photography",
    "lighthouse museums",
]
ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]

PAIRS = []


def add(domain, mode, reference, candidate, errors=(), traps=()):
    """errors: dicts with text/type/severity/ref (and optional occ);
    omissions use before= or after= (an anchor text in the candidate) instead
    of text. traps: tuples (text, ref_text) or (text, ref_text, occ)."""
    PAIRS.append(dict(domain=domain, mode=mode, reference=reference,
                      candidate=candidate, errors=list(errors), traps=list(traps)))


def E(text, type_, severity, ref, occ=0):
    return dict(text=text, type=type_, severity=severity, ref=ref, occ=occ)


def OMIT(ref, severity, before=None, after=None, occ=0):
    return dict(text="", type="omission", severity=severity, ref=ref,
                before=before, after=after, occ=occ)


# ---------------------------------------------------------------- pairs ----

# 1 rewrite, consistent
add("motorcycle helmets", "rewrite",
    "The Road Safety Standards Office of Veranth Province said on Thursday that it had withdrawn approval for two helmet models made by Karsel Moto Gear after laboratory tests found that their chin straps could release under a load of 90 kilograms, well below the 150-kilogram threshold required by the provincial code. The affected models, the K-Tour 4 and the K-City Lite, account for roughly 12 percent of helmets sold in the province. Retailers have been told to remove them from shelves by March 31. Karsel said in a statement that it was 'cooperating fully' and would offer free replacement straps to existing owners, although it did not say when the kits would be available. Riders are not required to stop using the helmets, but officials advised them to check the straps before each journey.",
    "Karsel Moto Gear has lost provincial approval for two of its helmet models, the K-Tour 4 and the K-City Lite, Veranth's Road Safety Standards Office announced on Thursday. Laboratory tests showed the chin straps could come loose under a 90-kilogram load, far short of the 150 kilograms the provincial code demands. The two models make up about 12 per cent of helmets sold in the province, and shops must take them off sale by the end of March. The manufacturer said it was 'cooperating fully' and would supply existing owners with replacement straps free of charge, but gave no date for when the kits would arrive. Officials stopped short of telling riders to abandon the helmets, advising them instead to inspect the straps before every ride.",
    traps=[("lost provincial approval", "withdrawn approval"),
           ("come loose", "release"),
           ("about 12 per cent", "roughly 12 percent"),
           ("by the end of March", "by March 31"),
           ("stopped short of telling riders to abandon the helmets", "Riders are not required to stop using the helmets")])

# 2 rewrite, inconsistent: number + attribution
add("coffee roasting", "rewrite",
    "Harlow & Tesse, the speciality roaster based in Brindmoor, will close its original roasting plant on Quay Street in June and move production to a new site in the Eastfield industrial park, the company said on Monday. The new plant will have capacity to roast 1,800 tonnes of green coffee a year, three times the output of the Quay Street facility. Chief executive Mara Olwen said the move would cost about 6.5 million euros, funded partly by a loan from the regional development bank. All 42 staff at the old site have been offered jobs at Eastfield. Residents near Quay Street had complained for years about smoke and odour from the roasters; a local councillor, Dev Anand-Price, said the closure was 'overdue but welcome'.",
    "Brindmoor speciality roaster Harlow & Tesse announced on Monday that it will shut its first roasting plant, on Quay Street, in June and shift production to new premises at the Eastfield industrial park. At 1,800 tonnes of green coffee a year, the new site's capacity will be double that of Quay Street. The relocation will cost around \u20ac6.5m, according to chief executive Mara Olwen, with part of the funding coming as a loan from the regional development bank. Jobs at Eastfield have been offered to all 42 employees at the existing plant. People living near Quay Street had for years complained about smoke and smells from the roasters, and Olwen called the closure 'overdue but welcome'.",
    errors=[E("double", "number", "major", "three times"),
            E("Olwen", "attribution", "major", "Dev Anand-Price", occ=1)],
    traps=[("around \u20ac6.5m", "about 6.5 million euros"),
           ("all 42 employees at the existing plant", "All 42 staff at the old site")])

# 3 rewrite, consistent
add("letterpress printing", "rewrite",
    "The Corran Street Press, a letterpress workshop run by the Linwell Heritage Trust, has been awarded a grant of \u00a3240,000 by the National Crafts Fund to restore its three Victorian flatbed presses and to train apprentices. The trust said the money would pay for two apprenticeships lasting 18 months each, beginning in September. Workshop manager Petra Glass said the presses, the oldest of which dates from 1872, had not been fully serviced in more than two decades. The workshop, which prints posters, wedding stationery and limited-edition books, is likely to close for about six weeks while the restoration is carried out. Orders already placed will be honoured, the trust added.",
    "The National Crafts Fund has given \u00a3240k to the Corran Street Press, the Linwell Heritage Trust's letterpress workshop, so that it can restore its three Victorian flatbed presses and train apprentices. Two 18-month apprenticeships, starting in September, will be paid for from the grant, according to the trust. The presses, the earliest of them built in 1872, have gone more than 20 years without a full service, said Petra Glass, who manages the workshop. The restoration will probably shut the workshop, which produces posters, wedding stationery and limited-edition books, for roughly a month and a half. Existing orders will still be fulfilled, the trust said.",
    traps=[("\u00a3240k", "\u00a3240,000"),
           ("the earliest of them built in 1872", "the oldest of which dates from 1872"),
           ("more than 20 years", "more than two decades"),
           ("will probably shut the workshop", "is likely to close"),
           ("roughly a month and a half", "about six weeks")])

# 4 rewrite, inconsistent: omission
add("sago palms", "rewrite",
    "Farmers in the Upper Meranti district have begun replanting sago palms on 3,400 hectares of peatland that was cleared for an abandoned oil palm scheme, the district agriculture office said. The programme, funded jointly by the provincial government and the cooperative Tani Sagu Bersama, aims to restore the water table and reduce the risk of peat fires during the dry season. Seedlings are being supplied free of charge to smallholders who agree not to drain their plots. Officials expect the first harvest of sago starch in about eight years, since the palms take that long to mature. District head Rusdi Halim said 610 households had registered so far.",
    "The Upper Meranti district agriculture office said farmers have started replanting sago palms across 3,400 hectares of peatland cleared for an oil palm scheme that was later abandoned. Paid for jointly by the provincial government and the Tani Sagu Bersama cooperative, the programme is intended to restore the water table and cut the risk of peat fires in the dry season. Smallholders are being given seedlings free of charge. Officials expect the first sago starch harvest in roughly eight years, the time the palms need to mature. So far 610 households have signed up, according to district head Rusdi Halim.",
    errors=[OMIT("who agree not to drain their plots", "major", after="given seedlings free of charge")],
    traps=[("roughly eight years", "about eight years"),
           ("signed up", "registered")])

# 5 rewrite, consistent
add("stairlifts", "rewrite",
    "Ascendia Mobility, a stairlift manufacturer based in Carrow Vale, has recalled about 4,700 units of its Glide 300 model after reports that the seat swivel lock could fail on curved staircases. The company said it had received 11 reports of the fault since January, none of which resulted in serious injury. Engineers will visit every affected home to fit a redesigned lock at no cost to owners, a process the company expects to complete by the end of October. Until then, users have been asked not to swivel the seat while the lift is in motion. The recall was announced on 2 August after consultation with the national product safety regulator.",
    "Some 4,700 Glide 300 stairlifts are being recalled by their Carrow Vale maker, Ascendia Mobility, because the lock on the seat's swivel may fail on curved stairs. Eleven reports of the fault have come in since January, the firm said, though nobody was seriously hurt in any of them. Engineers will visit each affected home and fit a redesigned lock free of charge, work the company expects to finish by the close of October. In the meantime, users are being asked not to swivel the seat while the lift is moving. Ascendia announced the recall on August 2, having consulted the national product safety regulator.",
    traps=[("Some 4,700", "about 4,700"),
           ("Eleven reports", "11 reports"),
           ("nobody was seriously hurt in any of them", "none of which resulted in serious injury"),
           ("free of charge", "at no cost to owners"),
           ("August 2", "2 August")])

# 6 rewrite, inconsistent: date (before/after) + modality
add("calligraphy classes", "rewrite",
    "The Pellmore Institute of Fine Lettering will begin offering weekend calligraphy classes for adults on 14 February, a week after its new studio in Ashgrove opens, director Ines Varga announced. Each course will run for ten Saturdays and cover italic, foundational and copperplate hands. Fees are set at 320 crowns per course, with a reduced rate for students and pensioners. Materials, including nibs, ink and practice paper, are included in the fee. The institute may also add evening sessions if demand is strong, Ms Varga said, but no decision has been taken. Places are limited to 14 per class, and the first two courses are already more than half full.",
    "Weekend calligraphy classes for adults will start at the Pellmore Institute of Fine Lettering on 14 February, a week before its new Ashgrove studio opens, according to director Ines Varga. Over ten Saturdays, each course will cover the italic, foundational and copperplate hands. A course costs 320 crowns, with students and pensioners paying less, and nibs, ink, practice paper and other materials are included in the price. Varga said the institute will also add evening sessions if demand is strong, although the details have yet to be settled. Classes are capped at 14 people, and more than half the places on the first two courses have already gone.",
    errors=[E("a week before", "date", "major", "a week after"),
            E("will also add", "modality", "major", "may also add")],
    traps=[("with students and pensioners paying less", "with a reduced rate for students and pensioners"),
           ("capped at 14 people", "limited to 14 per class")])

# 7 rewrite, consistent
add("outrigger canoes", "rewrite",
    "The Tavanui Outrigger Canoe Club will host the Southern Lagoon Championships for the first time next March, organisers confirmed on Wednesday. About 60 crews from nine island nations are expected to compete over three days in six-person and single-paddler events. The club's chairwoman, Leilani Fotu, said a new boat shed and launching ramp, costing 1.1 million dollars, would be completed before the event, paid for by the municipal council and private sponsors. The championships were last held in 2019 at Moana Bay, where 48 crews took part. Organisers hope the event will draw around 5,000 spectators to the lagoon's eastern shore.",
    "Next March the Southern Lagoon Championships will be staged by the Tavanui Outrigger Canoe Club for the first time, organisers said on Wednesday. Roughly 60 crews representing nine island nations are expected to race across three days, in both six-person and solo events. A $1.1m boat shed and launching ramp, funded by the municipal council together with private sponsors, will be ready ahead of the championships, according to club chairwoman Leilani Fotu. Moana Bay hosted the previous edition in 2019, when 48 crews competed. Organisers are hoping about 5,000 spectators will gather on the eastern shore of the lagoon.",
    traps=[("Roughly 60 crews", "About 60 crews"),
           ("solo events", "single-paddler events"),
           ("$1.1m", "1.1 million dollars"),
           ("Moana Bay hosted the previous edition in 2019", "were last held in 2019 at Moana Bay")])

# 8 rewrite, inconsistent: role
add("district heating", "rewrite",
    "Nordvik Energi has agreed to buy the district heating network in the town of Halsberg from the municipality for 38 million kronor, ending more than forty years of public ownership. The network supplies heat to about 7,200 homes and a hospital through 64 kilometres of insulated pipes. Under the deal, which still requires approval from the competition authority, Nordvik has committed to replacing the network's oil-fired backup boilers with electric units by 2028. The municipality will keep a 10 percent stake. Mayor Britt Solheim said the sale would free money for schools, while residents' groups have warned that prices could rise.",
    "The municipality of Halsberg has agreed to buy the town's district heating network from Nordvik Energi for 38m kronor, ending more than four decades of public ownership. Through 64km of insulated pipes, the network serves roughly 7,200 homes and a hospital. As part of the deal, which still needs the competition authority's approval, Nordvik has pledged to swap the oil-fired backup boilers for electric ones by 2028. A 10% stake will stay with the municipality. Mayor Britt Solheim said the proceeds would free up money for schools, though residents' groups have warned that prices could go up.",
    errors=[E("municipality of Halsberg has agreed to buy the town's district heating network from Nordvik Energi", "role", "critical",
              "Nordvik Energi has agreed to buy the district heating network in the town of Halsberg from the municipality")],
    traps=[("38m kronor", "38 million kronor"),
           ("more than four decades", "more than forty years"),
           ("A 10% stake", "a 10 percent stake")])

# 9 rewrite, consistent
add("cargo bikes", "rewrite",
    "The city of Brennholt will subsidise the purchase of electric cargo bikes by small businesses and families under a pilot scheme starting on 1 May, the transport department announced. Applicants can claim up to 40 percent of the purchase price, capped at 2,000 euros per bike, from a fund of 1.5 million euros. The department estimates that the scheme could support around 900 purchases before the money runs out. Bikes must be bought from registered local dealers, and recipients must agree to keep the bike for at least three years. Transport councillor Aksel Brenner said the aim was to cut delivery van traffic in the old town by a quarter by 2030.",
    "Small businesses and families in Brennholt will be able to get help buying electric cargo bikes through a pilot scheme that begins on May 1, the city's transport department said. The subsidy covers as much as two-fifths of the price, up to a maximum of \u20ac2,000 a bike, and is drawn from a \u20ac1.5m pot. By the department's estimate, roughly 900 purchases could be supported before the money is exhausted. Bikes have to be bought through registered local dealers, and anyone receiving the grant must commit to keeping the bike for a minimum of three years. The goal, according to transport councillor Aksel Brenner, is to reduce delivery van traffic in the old town by 25 percent by 2030.",
    traps=[("May 1", "1 May"),
           ("two-fifths", "40 percent"),
           ("\u20ac1.5m pot", "fund of 1.5 million euros"),
           ("a minimum of three years", "at least three years"),
           ("by 25 percent", "by a quarter")])

# 10 rewrite, inconsistent: polarity + addition
add("lodgers", "rewrite",
    "Homeowners in Castemere who take in lodgers will be able to earn up to 9,000 pounds a year in rent without paying tax on it from April, under changes announced by the finance ministry on Tuesday. The current limit of 7,500 pounds has not changed since 2016. The ministry said the measure was intended to ease pressure on the rental market by encouraging people with spare rooms to let them out. Landlords who rent out entire properties will not benefit from the change. Housing charity Roomshare Castemere welcomed the move but said it would not, on its own, solve the shortage of affordable homes.",
    "From April, Castemere homeowners who let rooms to lodgers will be able to receive up to \u00a39,000 a year in rent tax-free, the finance ministry announced on Tuesday. The existing threshold, \u00a37,500, has been in place since 2016. According to the ministry, the aim is to relieve pressure on the rental market by prompting people with spare rooms to let them. Landlords letting out whole properties will also benefit from the change, which is expected to cost the treasury around \u00a340m a year. The housing charity Roomshare Castemere welcomed the announcement, but said it would not by itself fix the shortage of affordable homes.",
    errors=[E("will also benefit", "polarity", "major", "will not benefit"),
            E("which is expected to cost the treasury around \u00a340m a year", "addition", "major", None)],
    traps=[("tax-free", "without paying tax on it"),
           ("has been in place since 2016", "has not changed since 2016")])

# 11 rewrite, consistent
add("clock winding", "rewrite",
    "For the first time in 130 years, the clock on the tower of Saint Aldric's church in Wexley will no longer be wound by hand. The parish council voted on Monday to install an automatic winding system at a cost of 18,500 pounds, after the last volunteer winder, 81-year-old Harold Penning, said he could no longer climb the 96 steps to the clock room. Mr Penning has wound the clock twice a week since 1979. The council said the original mechanism would be preserved and that the automatic system could be removed if volunteers came forward in future. Work is expected to start in the spring.",
    "The clock on Saint Aldric's church tower in Wexley, wound by hand for the past 130 years, is to get an automatic winding system. The parish council approved the \u00a318,500 installation on Monday after Harold Penning, 81, the last of the volunteer winders, said he could no longer manage the 96 steps up to the clock room. He has wound the clock twice a week since 1979. The original mechanism will be kept, the council said, and the new system could be taken out again if volunteers step forward in future. Work should begin in the spring.",
    traps=[("wound by hand for the past 130 years", "For the first time in 130 years"),
           ("\u00a318,500", "18,500 pounds"),
           ("Harold Penning, 81", "81-year-old Harold Penning"),
           ("taken out again", "removed"),
           ("Work should begin", "Work is expected to start")])

# 12 rewrite, inconsistent: entity
add("subtitling services", "rewrite",
    "Lingtrack Media, a subtitling company based in Oresund Bay, has won a four-year contract to provide subtitles and audio description for the public broadcaster NTV Kessel, the broadcaster said on Friday. The contract, worth an estimated 14 million euros, covers around 9,000 hours of programming a year in three languages. Lingtrack replaces Verbalis Group, which had held the contract since 2015. NTV Kessel said the switch would allow it to subtitle live news programmes with a shorter delay. Lingtrack's chief executive, Sanna Ruuth, said the company would recruit about 60 additional subtitlers, most of them in Oresund Bay.",
    "Public broadcaster NTV Kessel announced on Friday that it had awarded a four-year subtitling and audio description contract to Lingtrack Media, a company based in Oresund Bay. Estimated to be worth \u20ac14m, the deal covers about 9,000 hours of programmes annually in three languages. Lingtrack takes over from Verbalis Group, the holder of the contract since 2015. According to NTV Kessel, the change will let it subtitle live news with less delay. Verbalis chief executive Sanna Ruuth said the company would take on roughly 60 more subtitlers, mostly in Oresund Bay.",
    errors=[E("Verbalis", "entity", "major", "Lingtrack's", occ=1)],
    traps=[("\u20ac14m", "14 million euros"),
           ("takes over from Verbalis Group", "replaces Verbalis Group")])

# 13 rewrite, consistent
add("trawler decommissioning", "rewrite",
    "The fisheries ministry of Varnland will pay owners to scrap up to 35 bottom trawlers over the next two years as part of a plan to reduce pressure on cod stocks in the Skarra Sea, officials said on Thursday. Compensation will be based on the age and tonnage of each vessel, with an average payment expected to be around 1.2 million crowns. Owners who accept must surrender their fishing licences, which will not be reissued. The ministry estimates the plan will cut the fleet's fishing capacity by roughly a fifth. The Varnland Fishermen's Association said it was disappointed that no retraining money had been offered to crews.",
    "Owners of up to 35 bottom trawlers will be paid by Varnland's fisheries ministry to scrap their vessels over the coming two years, under a plan to ease pressure on cod stocks in the Skarra Sea, officials announced on Thursday. Payments will depend on each vessel's age and tonnage and are expected to average about 1.2m crowns. Owners taking up the offer will have to give up their fishing licences, and those licences will not be issued again. By the ministry's estimate, the fleet's fishing capacity will fall by around 20 percent. The Varnland Fishermen's Association voiced disappointment that crews had not been offered any money for retraining.",
    traps=[("the coming two years", "the next two years"),
           ("about 1.2m crowns", "around 1.2 million crowns"),
           ("will not be issued again", "will not be reissued"),
           ("by around 20 percent", "by roughly a fifth"),
           ("crews had not been offered any money for retraining", "no retraining money had been offered to crews")])

# 14 rewrite, inconsistent: repetition
add("net making", "rewrite",
    "A cooperative of net makers in the fishing village of Porth Elian has secured an order for 1,200 hand-knotted nets from an aquaculture company in Norland, the largest order in its 27-year history. The nets, made from recycled nylon, will be used in mussel farms along the Norland coast. The cooperative's 38 members, most of them women over 50, will need about seven months to complete the order. Chairwoman Eira Maddox said the contract would allow the group to take on six apprentices and keep the craft alive in the village. The value of the order was not disclosed.",
    "Net makers in the fishing village of Porth Elian have won the biggest order in their cooperative's 27-year history: 1,200 hand-knotted nets for an aquaculture firm in Norland. Made from recycled nylon, the nets will be used on mussel farms along the Norland coast. Completing the order will take the cooperative's 38 members, most of whom are women over 50, roughly seven months. Chairwoman Eira Maddox said the deal, the biggest order in their cooperative's 27-year history, would let the group take on six apprentices and keep the craft alive in the village. The order's value was not disclosed.",
    errors=[E("the biggest order in their cooperative's 27-year history", "repetition", "minor", None, occ=1)],
    traps=[("roughly seven months", "about seven months")])

# 15 rewrite, consistent
add("guide dog training", "rewrite",
    "The charity Seeing Paws opened a new guide dog training centre near Millbrook on Saturday, which it says will allow it to double the number of dogs it trains each year to 120. The centre, built at a cost of 4.3 million pounds, includes kennels for 80 dogs, a mock street with kerbs and crossings, and accommodation where people who are blind or partially sighted can stay while they train with their new dog. Training a single guide dog takes about two years and costs the charity roughly 55,000 pounds, chief executive Owen Treloar said. The charity receives no government funding and relies entirely on donations and legacies.",
    "On Saturday Seeing Paws opened a \u00a34.3m guide dog training centre near Millbrook, which the charity says will let it train 120 dogs a year, twice its current number. Alongside kennels for 80 dogs, the site has a mock street complete with kerbs and crossings, plus accommodation for blind and partially sighted people to stay in while they train with their new dog. According to chief executive Owen Treloar, each guide dog takes around two years to train, at a cost to the charity of about \u00a355,000. Seeing Paws gets no money from the government and depends wholly on donations and legacies.",
    traps=[("\u00a34.3m", "4.3 million pounds"),
           ("twice its current number", "double the number of dogs it trains each year"),
           ("around two years", "about two years"),
           ("gets no money from the government", "receives no government funding"),
           ("depends wholly on", "relies entirely on")])

# 16 rewrite, inconsistent: event + number
add("roadside diners", "rewrite",
    "The Silver Spoke Diner, a landmark on Route 9 outside Calder Falls since 1958, has been bought by a local couple who plan to reopen it in the summer, the county planning office confirmed. The diner closed in 2021 after its previous owner, Gus Marrow, retired. The new owners, Dana and Luis Ortega, paid 410,000 dollars for the building and its 2-acre lot and intend to keep the original chrome counter and neon sign. They have applied for permission to add a small drive-through window. The planning office said it expected to rule on the application within 60 days.",
    "A local couple has bought the Silver Spoke Diner, which has stood on Route 9 outside Calder Falls since 1958, and plans to reopen it in the summer, according to the county planning office. The diner shut in 2021 following the death of its previous owner, Gus Marrow. Dana and Luis Ortega paid $410,000 for the building and its two-acre lot, and they want to retain the original chrome counter and neon sign. The couple has also asked for permission to add a small drive-through window, and the planning office expects to decide on the request within six weeks.",
    errors=[E("following the death of", "event", "major", "retired"),
            E("within six weeks", "number", "minor", "within 60 days")],
    traps=[("$410,000", "410,000 dollars"),
           ("two-acre lot", "2-acre lot")])

# 17 rewrite, consistent
add("talking books", "rewrite",
    "The National Library for the Blind in Osterhavn will stop lending talking books on CD at the end of this year and move its entire collection of about 26,000 titles to a free streaming app, the library announced. Members who do not have a smartphone or internet access will be able to borrow a simple playback device, preloaded with up to 40 titles, which can be updated by post. Director Helga Brandt said CD loans had fallen by nearly 70 percent in five years, while demand for downloads had tripled. The library said no member would lose access to its books because of the change.",
    "From the end of this year, Osterhavn's National Library for the Blind will no longer lend talking books on CD; instead, its whole collection of roughly 26,000 titles will move to a free streaming app, the library announced. Members without a smartphone or internet connection can borrow a basic player loaded with as many as 40 titles, which can be refreshed by post. CD loans have dropped by almost 70 percent over five years, and demand for downloads has grown threefold, said director Helga Brandt. According to the library, the change will not leave any member without access to its books.",
    traps=[("roughly 26,000 titles", "about 26,000 titles"),
           ("as many as 40 titles", "up to 40 titles"),
           ("almost 70 percent", "nearly 70 percent"),
           ("grown threefold", "tripled"),
           ("will not leave any member without access", "no member would lose access")])

# 18 rewrite, inconsistent: modality
add("moth trapping", "rewrite",
    "Volunteers recorded 412 species of moth during this year's Great Helder Moth Count, the highest total since the survey began in 2004, the Helder Wildlife Trust said. More than 1,300 people ran light traps in gardens, parks and nature reserves over four nights in July. Among the finds was the rosy marbled, a species not seen in the county for 60 years. The trust cautioned that the record total may partly reflect the larger number of participants rather than a genuine increase in moth populations. Full results will be published in the trust's annual report in November.",
    "This year's Great Helder Moth Count turned up 412 moth species, the highest figure since the survey started in 2004, according to the Helder Wildlife Trust. Over four nights in July, upwards of 1,300 people set light traps in gardens, parks and nature reserves. One of the finds was the rosy marbled, which had not been seen in the county for six decades. The trust noted, however, that the record largely reflects the higher number of participants rather than a real rise in moth populations. The trust's annual report, due in November, will carry the full results.",
    errors=[E("largely reflects", "modality", "major", "may partly reflect")],
    traps=[("upwards of 1,300", "More than 1,300"),
           ("six decades", "60 years")])

# 19 rewrite, consistent
add("teletext", "rewrite",
    "Public broadcaster RTV Almara will switch off its teletext service on 30 June, ending 46 years of on-screen news pages, the company said on Tuesday. The service still has about 180,000 daily users, most of them over 65, according to the broadcaster's own figures. RTV Almara said the cost of maintaining the ageing system, around 900,000 euros a year, could no longer be justified. Subtitles for deaf and hard-of-hearing viewers, which are currently delivered through teletext page 888, will not be affected and will move to a digital system. Pensioners' groups have asked the broadcaster to delay the closure by a year.",
    "RTV Almara announced on Tuesday that it will shut down its teletext service at the end of June, bringing 46 years of on-screen news pages to a close. By the public broadcaster's own count, about 180,000 people, most of them aged over 65, still use the service every day. The company said it could no longer justify spending roughly \u20ac900,000 annually to keep the ageing system running. Subtitles for deaf and hard-of-hearing viewers, now carried on teletext page 888, will be unaffected and will transfer to a digital system. Groups representing pensioners have called for the closure to be put back by twelve months.",
    traps=[("at the end of June", "on 30 June"),
           ("roughly \u20ac900,000 annually", "around 900,000 euros a year"),
           ("will be unaffected", "will not be affected"),
           ("put back by twelve months", "delay the closure by a year")])

# 20 rewrite, inconsistent: omission + entity
add("tin mining", "rewrite",
    "Kernow Deep Metals has received planning permission to reopen the Wheal Ansty tin mine near Redruthan, which closed in 1991, the county council said on Wednesday. The company plans to invest 95 million pounds and expects to create about 240 jobs once the mine reaches full production in 2028. The permission is subject to 31 conditions, including limits on night-time lorry movements and a requirement to monitor water quality in the River Avel. Chief executive Tamsin Rowe said the mine could produce up to 4,000 tonnes of tin a year. Campaign group Save Ansty Valley said it would consider a legal challenge.",
    "The county council said on Wednesday that Kernow Deep Metals had been granted planning permission to reopen Wheal Ansty, a tin mine near Redruthan that shut in 1991. The company intends to invest \u00a395m and expects around 240 jobs to be created once the mine is at full production in 2028. Thirty-one conditions are attached to the permission, among them restrictions on lorry movements at night and a requirement to monitor water quality in the River Ansty. According to chief executive Tamsin Rowe, the mine could produce 4,000 tonnes of tin a year. The campaign group Save Ansty Valley said it would consider a legal challenge.",
    errors=[OMIT("up to", "major", before="4,000 tonnes"),
            E("River Ansty", "entity", "major", "River Avel")],
    traps=[("\u00a395m", "95 million pounds"),
           ("Thirty-one conditions", "31 conditions")])

# 21 summary, consistent
add("satellite dishes", "summary",
    "The city council of Montravel has voted to relax rules that have banned satellite dishes on the street-facing walls of buildings in its historic centre since 1994. Under the new policy, approved by 31 votes to 12 on Thursday, residents will be allowed to install dishes of up to 60 centimetres in diameter on front facades, provided they are painted to match the wall behind them. Dishes on listed buildings will still require individual permission from the heritage department. Councillor Elodie Marchetti, who proposed the change, said the old ban had forced many elderly residents to go without foreign-language television because their flats had no rear walls or balconies. The Montravel Heritage Society opposed the vote, arguing that the change would clutter historic streets. The new rules take effect on 1 January. Residents who installed dishes illegally before then will not be fined if they bring them into line with the new rules within six months.",
    "Montravel councillors have voted 31-12 to relax a ban, in force since 1994, on satellite dishes on street-facing walls in the historic centre. From 1 January, dishes no wider than 60cm may go on front facades if painted to blend with the wall, though listed buildings will still need the heritage department's permission. The proposer, Elodie Marchetti, said the ban had left many elderly residents without rear walls or balconies unable to watch foreign-language TV; the Heritage Society argued the change would clutter historic streets.",
    traps=[("31-12", "31 votes to 12"),
           ("no wider than 60cm", "up to 60 centimetres in diameter"),
           ("painted to blend with the wall", "painted to match the wall behind them"),
           ("The proposer, Elodie Marchetti", "Councillor Elodie Marchetti, who proposed the change")])

# 22 summary, inconsistent: number
add("charity shops", "summary",
    "Charity shops in Dunmarren raised a record 86 million pounds for good causes last year, up 9 percent on the year before, according to figures published by the Charity Retail Forum. The number of shops rose to 2,140, and the forum estimated that around 41,000 volunteers work in them. Donations of clothing fell slightly, but sales of furniture and electrical goods increased sharply as shoppers looked for bargains during the cost-of-living squeeze. The forum's director, Moira Kells, warned that rising rents and business rates were threatening smaller shops, and called on the government to extend rate relief beyond March. About 4 percent of shops closed during the year, mostly in small towns.",
    "Dunmarren's charity shops raised a record \u00a386m last year, 9% more than the year before, the Charity Retail Forum says, helped by sharply higher furniture and electrical sales as shoppers hunted for bargains. About a tenth of shops closed during the year, mostly in small towns, and director Moira Kells warned that rising rents and rates threaten smaller shops, urging the government to extend rate relief beyond March.",
    errors=[E("About a tenth", "number", "major", "About 4 percent")],
    traps=[("\u00a386m", "86 million pounds"),
           ("9% more than the year before", "up 9 percent on the year before")])

# 23 summary, consistent
add("choir competitions", "summary",
    "The Voices of Kestrel Bay choir won the open category at the International Choral Festival in Lindenau on Sunday, beating 27 choirs from 15 countries. It is the first time a choir from the Kestrel Islands has won the title in the festival's 52-year history. The 34-member choir, conducted by Rosa Ibarren, performed a programme of folk songs arranged by its founder, the late Tomas Ibarren, her father. The jury praised the choir's 'remarkable tonal unity'. Second place went to the Halmstad Chamber Singers, while the youth category was won by the Greyfield School Choir. The winners receive 10,000 euros and an invitation to perform at the festival's gala concert next year.",
    "The Voices of Kestrel Bay choir beat 27 rivals from 15 countries on Sunday to take the open category at Lindenau's International Choral Festival, the first Kestrel Islands winner in the festival's 52 years. Conducted by Rosa Ibarren, the 34 singers performed folk arrangements by her late father, the choir's founder Tomas Ibarren. The prize is \u20ac10,000 plus an invitation to sing at next year's gala concert.",
    traps=[("beat 27 rivals", "beating 27 choirs"),
           ("the first Kestrel Islands winner in the festival's 52 years", "the first time a choir from the Kestrel Islands has won the title in the festival's 52-year history"),
           ("the 34 singers", "The 34-member choir"),
           ("her late father, the choir's founder Tomas Ibarren", "its founder, the late Tomas Ibarren, her father"),
           ("\u20ac10,000", "10,000 euros")])

# 24 summary, inconsistent: role + date
add("barn owls", "summary",
    "Barn owl numbers in the Asher Valley have recovered to their highest level in three decades, according to a survey carried out by the Asher Valley Raptor Group for the regional environment agency. Volunteers found 186 breeding pairs this spring, compared with 74 in 2010. The group credits a nest box scheme started in 2012, under which local farmers have put up more than 600 boxes on barns and trees, and the agency's payments to farmers who leave strips of rough grassland where voles can thrive. However, the report warns that rat poisons used on farms remain a threat, after traces were found in 40 percent of owls examined after death. The agency said it would review its guidance on rodenticide use before next winter.",
    "A survey by the regional environment agency for the Asher Valley Raptor Group found 186 breeding pairs of barn owls this spring, up from 74 in 2010 and the most in 30 years. The rise is credited to a nest box scheme launched in 2010, with over 600 boxes put up by farmers, and to payments for leaving rough grassland for voles. But rat poison, traced in 40% of dead owls examined, remains a threat, and the agency will review its rodenticide guidance before next winter.",
    errors=[E("survey by the regional environment agency for the Asher Valley Raptor Group", "role", "major",
              "survey carried out by the Asher Valley Raptor Group for the regional environment agency"),
            E("launched in 2010", "date", "major", "started in 2012")],
    traps=[("the most in 30 years", "highest level in three decades"),
           ("40% of dead owls examined", "40 percent of owls examined after death")])

# 25 summary, consistent
add("watch repair", "summary",
    "Horlogerie Vautrin, a family-run watch repair business in the town of Saint-Ferreol, is to train six apprentices over the next three years under a scheme backed by the regional chamber of trades, owner Jules Vautrin said. The workshop, founded by his grandfather in 1948, services around 3,000 mechanical watches a year, many of them sent by post from abroad. Mr Vautrin, 63, said finding qualified watchmakers had become 'almost impossible', with waiting times for some repairs now stretching to five months. The chamber will cover half of each apprentice's wages during training. The first two trainees are due to start in October.",
    "Saint-Ferreol watch repairer Horlogerie Vautrin, founded in 1948, will take on and train six apprentices over the coming three years, with the regional chamber of trades paying half of their wages during training, owner Jules Vautrin said. He described qualified watchmakers as 'almost impossible' to find, with some repairs now facing waits of up to five months; the first two trainees are due to begin in October.",
    traps=[("the coming three years", "the next three years"),
           ("paying half of their wages", "cover half of each apprentice's wages"),
           ("described qualified watchmakers as 'almost impossible' to find", "said finding qualified watchmakers had become 'almost impossible'"),
           ("due to begin in October", "due to start in October")])

# 26 summary, inconsistent: polarity
add("sheep shearing", "summary",
    "Wool growers in the Tarrant Hills say a shortage of shearers has left thousands of sheep unshorn well into the summer, raising the risk of heat stress and flystrike. The Tarrant Wool Growers' Association estimates that about 40,000 sheep in the district were still waiting to be shorn at the end of January, roughly twice the usual number. Contract rates have risen to 4.20 dollars a head, up from 3.50 two years ago. The association blamed the retirement of older shearers and a fall in the number of young people entering the trade. A government-funded shearing school will open in Brackley in March, but it will not produce qualified shearers in time for this season.",
    "A shortage of shearers left some 40,000 sheep in the Tarrant Hills still unshorn at the end of January, about double the norm, raising the risk of heat stress and flystrike, the local growers' association estimates. Contract rates have climbed to $4.20 a head from $3.50 two years ago. The association blames retiring shearers and too few young recruits; a government-funded shearing school opening in Brackley in March will produce qualified shearers in time for this season.",
    errors=[E("will produce", "polarity", "major", "will not produce")],
    traps=[("some 40,000 sheep", "about 40,000 sheep"),
           ("about double the norm", "roughly twice the usual number")])

# 27 summary, consistent
add("stained glass", "summary",
    "Restoration of the great west window at Holmbury Cathedral has been completed after four years of work, the cathedral's chapter announced on Friday. The window, made in 1863 by the glazier Edwin Carrow, contains around 2,400 individual pieces of painted glass, about a third of which had to be removed, cleaned and re-leaded in the studio. Conservators from the firm Lumen Glass Studios also fitted a protective outer layer of clear glass to shield the medieval-style panels from weather and pollution. The project cost 1.6 million pounds, most of it raised through public donations, with the remainder from a heritage lottery grant. The window will be rededicated at a service on 21 September, which is open to the public.",
    "Holmbury Cathedral's great west window, made by Edwin Carrow in 1863, has been restored after four years, the chapter said. Roughly a third of its 2,400 or so painted pieces were taken out to be cleaned and re-leaded, and Lumen Glass Studios added protective outer glazing. The \u00a31.6m cost was met mostly by public donations and partly by a heritage lottery grant; a public rededication service is set for 21 September.",
    traps=[("Roughly a third", "about a third"),
           ("2,400 or so", "around 2,400"),
           ("added protective outer glazing", "fitted a protective outer layer of clear glass"),
           ("\u00a31.6m", "1.6 million pounds"),
           ("a public rededication service", "which is open to the public")])

# 28 summary, inconsistent: addition + event
add("almshouses", "summary",
    "The Gilbert Fenwick Almshouse Charity in Tollbridge is to build 14 new homes for older residents on land next to its existing 17th-century cottages, after planning approval was granted on Tuesday. The single-storey homes will be let to people over 60 with local connections and limited savings, who will pay a weekly maintenance contribution instead of rent. The charity's clerk, Ruth Abbey, said the 3.2 million pound project would be funded by selling a separate plot of farmland it owns and by a grant from a national housing association. The existing 12 cottages, which date from 1671, will be refurbished at the same time. Construction is expected to start next spring and take about 18 months.",
    "Tollbridge's Gilbert Fenwick Almshouse Charity won planning approval on Tuesday for 14 single-storey homes beside its 1671 cottages, for over-60s with local ties and limited savings, who will pay a weekly maintenance contribution rather than rent and will be chosen by ballot. The \u00a33.2m scheme will be funded by leasing out farmland the charity owns and by a housing association grant, and the 12 existing cottages will be refurbished alongside. Building should start next spring and last around 18 months.",
    errors=[E("and will be chosen by ballot", "addition", "minor", None),
            E("leasing out", "event", "major", "selling")],
    traps=[("over-60s", "people over 60"),
           ("\u00a33.2m", "3.2 million pound"),
           ("Building should start next spring", "Construction is expected to start next spring")])

# 29 summary, consistent
add("molasses tankers", "summary",
    "A tanker carrying about 9,000 tonnes of molasses ran aground at the entrance to Port Seraine early on Sunday, the harbour authority said. None of the 21 crew members was injured, and there was no sign of leakage from the vessel, the Marisol Trader, which is registered in Panama. Tugs are expected to attempt to refloat the ship at high tide on Monday evening. The harbour authority said the grounding had blocked the main shipping channel and that at least eight vessels were waiting to enter or leave the port. Molasses is not toxic, but a spill can kill marine life by depleting oxygen in the water. The cause of the grounding is being investigated.",
    "The Panama-registered Marisol Trader, carrying some 9,000 tonnes of molasses, ran aground at the mouth of Port Seraine early on Sunday, blocking the main channel and leaving at least eight ships waiting, the harbour authority said. Its 21 crew were unhurt and no leak has been seen; tugs are expected to try to refloat it at Monday evening's high tide. The cause is under investigation.",
    traps=[("some 9,000 tonnes", "about 9,000 tonnes"),
           ("at the mouth of Port Seraine", "at the entrance to Port Seraine"),
           ("Its 21 crew were unhurt", "None of the 21 crew members was injured"),
           ("no leak has been seen", "there was no sign of leakage"),
           ("under investigation", "being investigated")])

# 30 summary, inconsistent: attribution
add("brass band contests", "summary",
    "The Millhaven Colliery Band won the Northern Area Brass Band Championship at Halford Town Hall on Saturday, taking the title for the third year in a row. Eighteen bands competed in the championship section, each playing the set test piece, 'Harbour Lights', by composer Anna Kettering. Adjudicator Malcolm Reeve described Millhaven's performance as 'technically flawless and full of character'. Runners-up Dunston Silver said they were disappointed but proud of their young players, several of whom are still at school. Millhaven's conductor, Glyn Parry, said the band would now focus on the national finals in Carrowgate in October, where it finished fourth last year.",
    "Millhaven Colliery Band won the Northern Area Brass Band Championship for a third consecutive year on Saturday, beating 17 other bands on the test piece 'Harbour Lights'. Conductor Glyn Parry called the performance 'technically flawless and full of character' and said the band would now focus on October's national finals, where it came fourth last year.",
    errors=[E("Conductor Glyn Parry", "attribution", "major", "Adjudicator Malcolm Reeve")],
    traps=[("a third consecutive year", "the third year in a row"),
           ("beating 17 other bands", "Eighteen bands competed")])

# 31 translation, consistent
add("tea auctions", "translation",
    "At Wednesday's weekly auction in Kandara, the average price of black tea rose to 412 rupees per kilogram, an increase of 6 percent compared with the previous sale, the Kandara Tea Brokers' Association reported. A total of 5.8 million kilograms was offered, of which 91 percent found buyers. According to the association, the rise is explained mainly by strong demand from buyers from the Gulf countries and by lower production in the highlands following heavy rains in March. High-grown teas from the Nilaveli estate fetched the highest price of the day, 1,150 rupees per kilogram. The next auction will take place on Tuesday, one day earlier than usual, because of a public holiday.",
    "Black tea sold for an average of 412 rupees a kilo at Kandara's weekly auction on Wednesday, 6% more than at the last sale, according to the Kandara Tea Brokers' Association. Of the 5.8 million kilos put up for sale, 91% was sold. The association attributes the increase chiefly to brisk buying from the Gulf states and to reduced output in the highlands after March's heavy rainfall. The day's top price, 1,150 rupees a kilo, went to high-grown tea from the Nilaveli estate. Because of a public holiday, the next auction will be held a day early, on Tuesday.",
    traps=[("6% more than at the last sale", "an increase of 6 percent compared with the previous sale"),
           ("5.8 million kilos", "5.8 million kilograms"),
           ("91% was sold", "91 percent found buyers"),
           ("reduced output", "lower production"),
           ("a day early, on Tuesday", "on Tuesday, one day earlier than usual")])

# 32 translation, inconsistent: number + polarity
add("volunteer tourism", "translation",
    "The government of the Republic of Selvara will require foreign volunteers working in orphanages to obtain a special permit from 1 July, the Ministry of Social Affairs announced on Monday. The measure aims to curb so-called 'orphanage tourism', in which visitors pay agencies to spend short periods caring for children. According to the ministry, around 3,500 foreigners volunteered in the country's 140 registered children's homes last year, most of them for less than two weeks. Permits will only be granted for stays of at least six months and to applicants with recognised qualifications in childcare or education. The ministry stressed that the measure does not apply to volunteers in schools or hospitals. Agencies that continue to place unqualified volunteers will face fines of up to 20,000 dollars.",
    "From 1 July, foreigners who volunteer in orphanages in Selvara will need a special permit, the Social Affairs Ministry said on Monday. The aim is to rein in what is called 'orphanage tourism', where visitors pay agencies for short stints looking after children. Last year, the ministry says, some 3,500 foreign volunteers worked in the country's 140 registered children's homes, the majority for under two weeks. Permits will be issued only for stays of a minimum of six weeks and only to applicants holding a recognised childcare or education qualification. The ministry stressed that the rule also covers volunteers in schools and hospitals. Agencies that keep sending unqualified volunteers risk fines as high as $20,000.",
    errors=[E("six weeks", "number", "major", "six months"),
            E("also covers", "polarity", "major", "does not apply to")],
    traps=[("under two weeks", "less than two weeks"),
           ("fines as high as $20,000", "fines of up to 20,000 dollars")])

# 33 translation, consistent
add("eye banks", "translation",
    "The regional eye bank of Valdoria received corneas from 1,146 donors last year, a rise of 14 percent, which allowed 1,020 transplants to be carried out, the regional health service reported on Thursday. Waiting time for a corneal transplant has fallen from eleven months to seven. The director of the eye bank, Dr. Lucia Ferrandi, attributed the improvement to an information campaign in hospitals and to a new protocol that allows corneas to be preserved for up to four weeks instead of two. Nevertheless, she warned that donation rates remain lower in rural areas and that some 600 patients are still on the waiting list.",
    "Last year 1,146 people donated corneas to Valdoria's regional eye bank, 14% more than the year before, making it possible to perform 1,020 transplants, according to figures released on Thursday by the regional health service. Patients now wait seven months for a corneal transplant, down from eleven. Dr Lucia Ferrandi, who heads the eye bank, credited an awareness campaign in hospitals and a new protocol under which corneas can be kept for as long as four weeks rather than two. She cautioned, however, that donation rates are still lower in the countryside and that about 600 patients remain on the waiting list.",
    traps=[("14% more than the year before", "a rise of 14 percent"),
           ("who heads the eye bank", "The director of the eye bank"),
           ("as long as four weeks rather than two", "up to four weeks instead of two"),
           ("in the countryside", "in rural areas"),
           ("about 600 patients", "some 600 patients")])

# 34 translation, inconsistent: role
add("bowling alleys", "translation",
    "The Strike Palace bowling alley in the centre of Brevik, closed since 2020, has been bought by the leisure group Funhall Nordic from the family of its founder, Arvid Lunde, the municipality confirmed. The new owner plans to invest 22 million kroner in renovating the 24 lanes and adding a restaurant and a climbing wall. Reopening is planned for autumn next year. According to the municipality, the building had been at risk of demolition because the family could not afford repairs to the roof. Funhall Nordic already operates eleven leisure centres in the region.",
    "The municipality has confirmed that the family of founder Arvid Lunde has bought the Strike Palace bowling alley in central Brevik, which has been shut since 2020, from the leisure company Funhall Nordic. The new owner intends to spend 22 million kroner renovating the 24 lanes and adding a restaurant and a climbing wall, with a reopening pencilled in for next autumn. The building had been threatened with demolition, the municipality said, because the family had no money to fix the roof. Funhall Nordic already runs eleven leisure centres in the region.",
    errors=[E("family of founder Arvid Lunde has bought the Strike Palace bowling alley in central Brevik, which has been shut since 2020, from the leisure company Funhall Nordic", "role", "critical",
              "has been bought by the leisure group Funhall Nordic from the family of its founder, Arvid Lunde")],
    traps=[("pencilled in for next autumn", "planned for autumn next year"),
           ("had no money to fix the roof", "could not afford repairs to the roof")])

# 35 translation, consistent
add("camp sites", "translation",
    "Campsites on the Costa Miral recorded 2.1 million overnight stays between June and September, 8 percent fewer than last summer, according to the provincial campsite association. The association's president, Jordi Vallbona, attributed the decline to the heatwave in July, when temperatures exceeded 40 degrees on nine days, and to the closure of the coastal road between Sant Oriol and Calvet de Mar for repairs. Bookings of mobile homes and bungalows, however, rose by 12 percent, while those of pitches for tents fell by almost a quarter. The association expects the season to be extended into October, as several sites will stay open for the first time until the end of that month.",
    "Between June and September, campsites on the Costa Miral registered 2.1 million overnight stays, down 8% on last summer, the provincial campsite association reported. Its president, Jordi Vallbona, blamed July's heatwave, with temperatures above 40 degrees on nine days, as well as the closure for repairs of the coastal road linking Sant Oriol and Calvet de Mar. Mobile home and bungalow bookings were up 12%, however, whereas bookings of tent pitches dropped by nearly 25%. The association expects the season to stretch into October, since several sites will remain open until the end of that month for the first time.",
    traps=[("down 8% on last summer", "8 percent fewer than last summer"),
           ("above 40 degrees", "exceeded 40 degrees"),
           ("were up 12%", "rose by 12 percent"),
           ("dropped by nearly 25%", "fell by almost a quarter")])

# 36 translation, inconsistent: date + repetition
add("surf lifesaving", "translation",
    "Lifeguards of the Praia Alta Surf Lifesaving Association rescued 317 bathers during the summer season, which ended on Sunday, compared with 254 the previous year, the association announced. Most of the rescues took place in the afternoon, between 3 p.m. and 6 p.m., when rip currents are strongest at low tide. The association's president, Marta Coelho, said that no deaths were recorded on the beaches it patrols for the second consecutive year. She called on the municipality to extend the patrol season by two weeks, until the end of September, and to fund four additional lifeguard towers. The association currently has 86 lifeguards, most of them university students.",
    "The Praia Alta Surf Lifesaving Association said its lifeguards had rescued 317 swimmers over the summer season that finished on Sunday, up from 254 a year earlier. The bulk of the rescues happened in the afternoon, from 3 to 6 p.m., when rip currents at low tide are at their strongest. For the second year in a row no one died on the beaches the association patrols, said its president, Marta Coelho, for the second year in a row. She urged the municipality to lengthen the patrol season by a fortnight, to mid-September, and to pay for four more lifeguard towers. The association has 86 lifeguards at present, most of them university students.",
    errors=[E("for the second year in a row", "repetition", "minor", None),
            E("to mid-September", "date", "major", "until the end of September")],
    traps=[("from 3 to 6 p.m.", "between 3 p.m. and 6 p.m."),
           ("by a fortnight", "by two weeks")])

# 37 translation, consistent
add("tow trucks", "translation",
    "From 1 March, tow truck companies in the city of Wernfeld will have to charge a fixed fee of 180 euros for removing illegally parked cars, the city council decided on Tuesday. Until now, companies could set their own prices, and some charged more than 400 euros, according to the consumer advice centre. Owners will also pay a storage fee of 15 euros per day if they do not collect their vehicle within 24 hours. The council said the new rules were a response to more than 600 complaints received last year. The association of towing companies criticised the decision and said that fees of this level would not cover its members' costs.",
    "Under a decision taken by the city council on Tuesday, tow truck operators in Wernfeld will be obliged from 1 March to charge a flat \u20ac180 for removing illegally parked cars. Up to now firms have been free to set their own rates, with some billing upwards of \u20ac400, the consumer advice centre says. Owners who fail to collect their car within a day will additionally be charged \u20ac15 a day for storage. According to the council, the new rules respond to over 600 complaints lodged last year. The towing companies' association criticised the move, saying charges at this level would not cover its members' costs.",
    traps=[("a flat \u20ac180", "a fixed fee of 180 euros"),
           ("upwards of \u20ac400", "more than 400 euros"),
           ("within a day", "within 24 hours"),
           ("\u20ac15 a day", "15 euros per day"),
           ("over 600 complaints", "more than 600 complaints")])

# 38 translation, inconsistent: modality + entity
add("radio licensing", "translation",
    "The Telecommunications Authority of Marovia has suspended the broadcasting licence of the private station Radio Kestra for 30 days, after it aired an interview that the authority considered an incitement to violence. The station's director, Pavel Drenik, said he would appeal to the administrative court. The authority could revoke the licence permanently if the station commits a further violation within a year, its chairwoman, Irena Sokol, said on Friday. Radio Kestra, which broadcasts in the capital and three other cities, has about 400,000 listeners. The journalists' union Syndikat Marovia described the suspension as disproportionate.",
    "Marovia's Telecommunications Authority has suspended the broadcasting licence of private station Radio Kestra for 30 days over an interview the regulator judged to be an incitement to violence. Pavel Drenik, the station's director, announced that he would challenge the decision before the constitutional court. The authority's chair, Irena Sokol, said on Friday that the licence will be withdrawn for good if the station commits another violation within a year. Radio Kestra, which can be heard in the capital and three other cities, has roughly 400,000 listeners. The journalists' union Syndikat Marovia called the suspension disproportionate.",
    errors=[E("constitutional court", "entity", "major", "administrative court"),
            E("will be withdrawn", "modality", "major", "could revoke")],
    traps=[("roughly 400,000 listeners", "about 400,000 listeners"),
           ("called the suspension disproportionate", "described the suspension as disproportionate")])

# 39 translation, consistent
add("darkroom photography", "translation",
    "The municipal cultural centre of Santa Irene will open a public darkroom for analogue photography in January, the first of its kind in the province, the councillor for culture, Beatriz Olmedo, announced. The space will have six enlargers and will be available to members for 3 euros an hour. The centre will also offer introductory courses in film developing and printing, of eight sessions each, starting in February. The project, which cost 48,000 euros, was financed with a grant from the provincial government. According to Ms Olmedo, interest in film photography among young people has grown markedly in recent years, and a survey by the centre found that more than 300 residents would use the facility.",
    "In January the Santa Irene municipal cultural centre is to open a public darkroom for film photography, the province's first, culture councillor Beatriz Olmedo has announced. Equipped with six enlargers, it will cost members \u20ac3 per hour to use. Eight-session beginners' courses in developing and printing film will also be offered from February. The \u20ac48,000 project was paid for by a provincial government grant. Olmedo said young people had become noticeably more interested in film photography over the past few years, and a survey carried out by the centre showed over 300 local people would use the darkroom.",
    traps=[("the province's first", "the first of its kind in the province"),
           ("\u20ac3 per hour", "3 euros an hour"),
           ("Eight-session", "of eight sessions each"),
           ("noticeably more interested", "has grown markedly"),
           ("over 300 local people", "more than 300 residents")])

# 40 translation, inconsistent: event
add("lighthouse museums", "translation",
    "The lighthouse at Cap Vellan, decommissioned in 2009, will reopen to the public in May as a maritime museum, the Breizel Coastal Heritage Foundation announced. The foundation bought the building from the state for a symbolic one euro in 2021 and has since spent 2.7 million euros restoring the tower and the keepers' houses. Visitors will be able to climb the 213 steps to the lantern room and see the original lens, which has been brought back from a storage depot in Port-Ardel. The museum will also display logbooks, uniforms and photographs donated by the families of former keepers. The foundation expects around 40,000 visitors a year.",
    "The Cap Vellan lighthouse, out of service since 2009, is to open its doors to the public again in May, this time as a maritime museum, according to the Breizel Coastal Heritage Foundation. The foundation, which rented the building from the state in 2021 for a token sum of one euro, has put 2.7 million euros since then into restoring the tower and the keepers' cottages. Visitors can climb the 213 steps up to the lantern room and view the original lens, which has been returned from a storage depot in Port-Ardel. Logbooks, uniforms and photographs donated by former keepers' families will also be on display. The foundation is expecting some 40,000 visitors a year.",
    errors=[E("rented", "event", "major", "bought")],
    traps=[("out of service since 2009", "decommissioned in 2009"),
           ("a token sum of one euro", "a symbolic one euro")])


# ------------------------------------------------------------ building ----
def find_nth(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def word_count(s):
    return len(re.findall(r"\S+", s))


def clean_edges(text, start, end):
    """True when [start, end) does not cut a word."""
    def isw(ch):
        return ch.isalnum()
    if start > 0 and start < len(text) and isw(text[start - 1]) and isw(text[start]):
        return False
    if end > 0 and end < len(text) and isw(text[end - 1]) and isw(text[end]):
        return False
    return True


def build():
    problems = []
    records = []
    for i, p in enumerate(PAIRS, 1):
        pid = "s%d-%03d" % (N, i)
        ref, cand, mode = p["reference"], p["candidate"], p["mode"]

        def bad(msg):
            problems.append("%s (%s): %s" % (pid, p["domain"], msg))

        errors, traps, spans = [], [], []
        for e in p["errors"]:
            if e["type"] not in ERROR_TYPES:
                bad("unknown error type %r" % e["type"])
            if e["severity"] not in SEVERITIES:
                bad("unknown severity %r" % e["severity"])
            if e["type"] == "omission":
                anchor = e["before"] if e["before"] is not None else e["after"]
                pos = find_nth(cand, anchor, e["occ"])
                if pos < 0:
                    bad("omission anchor not found: %r" % anchor)
                    continue
                start = end = pos if e["before"] is not None else pos + len(anchor)
                if not e["ref"] or e["ref"] not in ref:
                    bad("omission ref_text not in reference: %r" % e["ref"])
                if e["ref"] and e["ref"].lower() in cand.lower():
                    bad("omitted words present in candidate: %r" % e["ref"])
                if mode == "summary":
                    bad("omission in a summary pair")
                text = ""
            else:
                text = e["text"]
                start = find_nth(cand, text, e["occ"])
                if start < 0:
                    bad("error text not found: %r (occ %d)" % (text, e["occ"]))
                    continue
                end = start + len(text)
                if e["type"] in ("addition", "repetition"):
                    if e["ref"] is not None:
                        bad("%s must have ref_text null" % e["type"])
                else:
                    if not e["ref"] or e["ref"] not in ref:
                        bad("error ref_text not in reference: %r" % e["ref"])
                    if e["ref"] == text:
                        bad("error text identical to ref_text: %r" % text)
                if e["type"] == "repetition" and text.lower() not in cand[:start].lower():
                    bad("repetition has no earlier copy: %r" % text)
                if e["type"] == "addition" and text in ref:
                    bad("added text occurs in reference: %r" % text)
            if not clean_edges(cand, start, end):
                bad("span cuts a word: %r" % text)
            spans.append((start, end, "error", text))
            errors.append({"start": start, "end": end, "text": text, "type": e["type"],
                           "severity": e["severity"], "ref_text": e["ref"]})
        for t in p["traps"]:
            text, tref = t[0], t[1]
            occ = t[2] if len(t) > 2 else 0
            start = find_nth(cand, text, occ)
            if start < 0:
                bad("trap text not found: %r" % text)
                continue
            end = start + len(text)
            if tref not in ref:
                bad("trap ref_text not in reference: %r" % tref)
            if tref == text:
                bad("trap worded identically to reference: %r" % text)
            if not clean_edges(cand, start, end):
                bad("trap cuts a word: %r" % text)
            spans.append((start, end, "trap", text))
            traps.append({"start": start, "end": end, "text": text, "ref_text": tref})

        # overlap check (zero-width omissions may not sit strictly inside a span)
        for a in range(len(spans)):
            for b in range(a + 1, len(spans)):
                s1, e1 = spans[a][:2]
                s2, e2 = spans[b][:2]
                if s1 == e1 or s2 == e2:
                    pt, (s, e) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                    if s < pt < e:
                        bad("omission point inside span %r" % (spans[b][3] or spans[a][3]))
                elif s1 < e2 and s2 < e1:
                    bad("overlapping spans %r / %r" % (spans[a][3], spans[b][3]))

        label = "inconsistent" if errors or p["errors"] else "consistent"
        if label == "consistent" and not 3 <= len(traps) <= 5:
            bad("consistent pair needs 3-5 traps, has %d" % len(traps))
        if label == "inconsistent" and not 0 <= len(traps) <= 3:
            bad("inconsistent pair needs 0-3 traps, has %d" % len(traps))
        wc = word_count(ref)
        if not 70 <= wc <= 190:
            bad("reference has %d words" % wc)
        if mode not in ("rewrite", "summary", "translation"):
            bad("bad mode %r" % mode)
        if mode == "summary" and not (word_count(cand) < wc and len(cand) < len(ref)):
            bad("summary not shorter than reference")
        if '"' in ref or '"' in cand:
            bad("straight double quote in text")
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: x["start"])
        records.append({"id": pid, "domain": p["domain"], "mode": mode,
                        "reference": ref, "candidate": cand, "label": label,
                        "errors": errors, "traps": traps})

    # composition
    doms = [r["domain"] for r in records]
    if sorted(doms) != sorted(DOMAINS) or len(set(doms)) != len(doms):
        problems.append("domains do not match the list one-to-one")
    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    modes = Counter(r["mode"] for r in records)
    if modes != Counter(rewrite=20, summary=10, translation=10):
        problems.append("mode counts wrong: %s" % dict(modes))
    ml = Counter((r["mode"], r["label"]) for r in records)
    for m, n in (("rewrite", 10), ("summary", 5), ("translation", 5)):
        if ml[(m, "consistent")] != n or ml[(m, "inconsistent")] != n:
            problems.append("mode/label split wrong for %s" % m)
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        problems.append("expected 30 errors, got %d" % sum(types.values()))
    for t in ERROR_TYPES:
        if types[t] < 2:
            problems.append("error type %s has only %d" % (t, types[t]))
    return records, problems


def main():
    records, problems = build()
    if problems:
        for pr in problems:
            print("PROBLEM:", pr)
        sys.exit(1)
    labels = Counter(r["label"] for r in records)
    modes = Counter((r["mode"], r["label"]) for r in records)
    types = Counter(e["type"] for r in records for e in r["errors"])
    print("pairs:", len(records), dict(labels))
    print("mode/label:", {"%s/%s" % k: v for k, v in sorted(modes.items())})
    print("errors:", sum(types.values()), dict(sorted(types.items())))
    print("traps:", sum(len(r["traps"]) for r in records))
    if "--check" in sys.argv[1:]:
        print("check only: nothing written")
        return
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set%d.jsonl" % N)
    with open(out, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", out)


if __name__ == "__main__":
    main()
