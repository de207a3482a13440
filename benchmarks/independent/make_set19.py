#!/usr/bin/env python3
"""Held-out evaluation set 19 for the fact-comparison tool.

How it was made
---------------
Every pair below was hand-written by a helper session that saw no code or data of
the project: it worked only from a written brief describing the record format and
the composition wanted.  All people, companies, organisations, places and figures
are invented (real countries, currencies or regions appear only as background).
No offsets are typed by hand: the script finds every span by string search (with
an explicit occurrence index where a quoted text repeats), validates the whole set
and writes set19.jsonl next to this file.

    python3 make_set19.py           # validate and write set19.jsonl
    python3 make_set19.py --check   # validate only, write nothing

Composition
-----------
40 pairs, each from a different domain: 20 consistent, 20 inconsistent.
  rewrite      20 (10 consistent, 10 inconsistent)
  summary      10 ( 5 consistent,  5 inconsistent)
  translation  10 ( 5 consistent,  5 inconsistent)
30 errors: entity 3, number 4, date 3, role 3, polarity 3, modality 3,
attribution 2, event 3, omission 2, addition 2, repetition 2.
Inconsistent pairs carry 1 error (10 pairs) or 2 errors (10 pairs) and 0-3 traps;
consistent pairs carry 3-5 traps (faithful rewordings a naive checker might flag).
Omissions occur only in rewrite and translation pairs.
"""

import json
import os
import re
import sys
from collections import Counter

N = 19
OUT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set%d.jsonl" % N)

DOMAINS = [
    "brick making", "bridge tolls", "broadband rollout", "bungee jumping", "bus shelters",
    "butterfly conservation", "cable cars", "calligraphy", "candle making", "canoeing",
    "carpet weaving", "cattle auctions", "ceramics", "charcoal production", "child vaccination",
    "chocolate making", "choirs", "cider making", "city parks", "clock towers",
    "cloud seeding", "coal phase-out", "coin minting", "cold storage", "comic books",
    "concert halls", "container terminals", "copper mining", "coral reefs", "cotton ginning",
    "court interpreters", "craft fairs", "cranes", "cross-country skiing", "cruise ships",
    "curling", "dance schools", "darts", "daylight saving", "deer management",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]

EXPECTED_TYPE_COUNTS = {
    "entity": 3, "number": 4, "date": 3, "role": 3, "polarity": 3, "modality": 3,
    "attribution": 2, "event": 3, "omission": 2, "addition": 2, "repetition": 2,
}


def J(*sentences):
    """Join sentences with single spaces (avoids missing/double spaces)."""
    return " ".join(sentences)


def E(text, type_, severity, ref=None, occ=0, after=None, after_occ=0):
    """An error. For omissions give text="" and `after` (candidate text the gap follows)."""
    return {"text": text, "type": type_, "severity": severity, "ref_text": ref,
            "occ": occ, "after": after, "after_occ": after_occ}


def T(text, ref, occ=0):
    """A trap: faithful rewording of `ref` (reference wording)."""
    return {"text": text, "ref_text": ref, "occ": occ}


CASES = []


def C(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})

# --------------------------------------------------------------------------
# Cases 1-10
# --------------------------------------------------------------------------

C("brick making", "rewrite", "consistent",
  J("Harlow Vane Brickworks said on Thursday it will reopen its second kiln at Tolbury in March, restoring about 140 jobs that were cut when energy prices spiked two years ago.",
    "The company, which produces roughly 60 million clay bricks a year, said the restart had been made possible by a £4.5 million grant from the regional development fund and a new long-term gas contract.",
    "Chief executive Marion Quell said demand from housebuilders had recovered faster than expected, with order books for the first half of next year already 85 per cent full.",
    "The kiln will initially run at half capacity before moving to full output by the autumn, the company said.",
    "Trade unions welcomed the announcement but warned that pay talks due in January remained unresolved."),
  J("Around 140 jobs lost when energy costs soared two years ago will return after Harlow Vane Brickworks announced on Thursday that its second kiln at Tolbury is to reopen in March.",
    "A £4.5m grant from the regional development fund, together with a new long-term gas contract, made the restart possible, according to the firm, which turns out some 60 million clay bricks annually.",
    "Demand from housebuilders had recovered more quickly than anticipated, chief executive Marion Quell said, with order books for the first six months of next year already 85 per cent full.",
    "The kiln will run at 50 per cent of capacity at first and reach full output by the autumn.",
    "Unions welcomed the news but cautioned that pay talks scheduled for January had yet to be resolved."),
  traps=[T("£4.5m", "£4.5 million"),
         T("some 60 million clay bricks annually", "roughly 60 million clay bricks a year"),
         T("the first six months of next year", "the first half of next year"),
         T("50 per cent of capacity at first", "initially run at half capacity")])

C("bridge tolls", "rewrite", "inconsistent",
  J("Tolls on the Carrow Estuary Bridge will rise from £2.40 to £2.90 for cars from 1 April, the bridge's operator, Estuary Crossings Ltd, confirmed on Monday.",
    "Heavy goods vehicles will pay £7.80, up from £6.50.",
    "The operator said the increase was needed to fund a £38 million resurfacing programme and to repay debt taken on during construction.",
    "Frequent users with a registered tag account will continue to receive a 30 per cent discount.",
    "Local MP Dorian Fitch said he would ask the transport minister to review the decision, calling it a tax on workers who have no alternative route.",
    "The operator said tolls could be frozen for 2026 if traffic volumes return to pre-pandemic levels."),
  J("Car drivers using the Carrow Estuary Bridge will pay £2.90 from 1 April, up from £2.40, Estuary Crossings Ltd, which runs the crossing, confirmed on Monday.",
    "The charge for heavy goods vehicles will climb from £6.50 to £8.70.",
    "According to the operator, the rise will pay for a £38m resurfacing programme and help repay debt incurred when the bridge was built.",
    "Frequent users with a registered tag account will still get 30 per cent off.",
    "Dorian Fitch, the local MP, said he would urge the transport minister to review the decision, describing it as a tax on workers with no other route.",
    "The operator has promised to freeze tolls in 2026 if traffic volumes recover to pre-pandemic levels."),
  errors=[E("£8.70", "number", "major", ref="£7.80"),
          E("has promised to freeze", "modality", "major", ref="could be frozen")],
  traps=[T("£38m", "£38 million"),
         T("30 per cent off", "a 30 per cent discount")])

C("broadband rollout", "rewrite", "inconsistent",
  J("The regional authority of Westmarch has signed a €62 million contract with Lumeno Networks to bring full-fibre broadband to 48,000 rural homes by the end of 2027, officials announced on Wednesday.",
    "Under the deal, Lumeno will cover 70 per cent of the cost, with the rest coming from the authority's digital infrastructure budget.",
    "Work will begin in the Saddle Hills district in September, where fewer than one in five premises currently has access to speeds above 30 megabits per second.",
    "Councillor Agnes Morrow, who leads the digital brief, said connections would be prioritised for schools, surgeries and farms.",
    "Households will not be charged for installation, but will need to sign up with a retail provider to use the service."),
  J("Lumeno Networks has been awarded a €62m contract by Westmarch's regional authority to connect 48,000 rural homes to full-fibre broadband before the end of 2026, officials said on Wednesday.",
    "Seventy per cent of the cost will be met by Lumeno, and the remainder by the authority's digital infrastructure budget.",
    "Engineers will start in September in the Saddle Hills district, where under a fifth of premises can currently get speeds of more than 30 megabits per second.",
    "Schools, surgeries and farms will be first in line for connections, according to Councillor Agnes Morrow, who leads on digital matters.",
    "Households will not be charged, but they will have to sign up with a retail provider to use the service."),
  errors=[E("before the end of 2026", "date", "major", ref="by the end of 2027"),
          E("", "omission", "major", ref="for installation", after="Households will not be charged")],
  traps=[T("€62m", "€62 million"),
         T("under a fifth of premises", "fewer than one in five premises")])

C("bungee jumping", "summary", "inconsistent",
  J("A bungee jumping operator in the Drava Gorge has been ordered to suspend all jumps for six weeks after an inspection found frayed cords and incomplete safety logs, the national tourism safety board said on Friday.",
    "Inspectors visited the Highline Leap site, run by Kestrel Adventure Ltd, following a complaint from a customer in July.",
    "No one was injured, the board said.",
    "The company must replace all cords, retrain its staff and submit daily equipment records for a year before it can reopen.",
    "Kestrel's director, Petra Lund, said the firm accepted the findings and had already ordered new equipment from a certified supplier.",
    "The site had carried out around 9,000 jumps last season."),
  J("Kestrel Adventure's Highline Leap bungee site in the Drava Gorge has had its licence revoked after inspectors found frayed cords and incomplete safety logs, the tourism safety board said.",
    "Nobody was hurt.",
    "The firm must replace its cords, retrain staff and keep daily equipment records for a year before reopening; director Petra Lund said it accepted the findings.",
    "The company has also been fined €20,000."),
  errors=[E("has had its licence revoked", "event", "major", ref="has been ordered to suspend all jumps for six weeks"),
          E("The company has also been fined €20,000.", "addition", "major")],
  traps=[T("Nobody was hurt", "No one was injured")])

C("bus shelters", "rewrite", "consistent",
  J("Brennock City Council will replace 320 bus shelters over the next 18 months under a £9.6 million contract awarded to street furniture firm Carden & Lisle, the council said on Tuesday.",
    "The new shelters will have solar-powered lighting, real-time arrival screens and seating designed for older passengers.",
    "About a third of the existing shelters are more than 25 years old, and 41 were damaged beyond repair last winter, according to a council report.",
    "Installation will start on the eastern corridor routes in May.",
    "Councillor Imran Sethi, chair of the transport committee, said the shelters would be cleaned weekly under the contract rather than monthly, as at present.",
    "Advertising panels on the shelters are expected to bring in around £700,000 a year."),
  J("Street furniture company Carden & Lisle has won a £9.6m council contract to replace 320 bus shelters across Brennock within a year and a half, the city council announced on Tuesday.",
    "Each new shelter will be fitted with solar-powered lights, screens showing real-time arrivals and seats designed with older passengers in mind.",
    "According to a council report, roughly one in three of the current shelters is over 25 years old, while 41 were damaged beyond repair last winter.",
    "Work will begin on the eastern corridor routes in May.",
    "Under the contract, shelters will be cleaned every week instead of every month as now, said Councillor Imran Sethi, who chairs the transport committee.",
    "The advertising panels are likely to generate roughly £700,000 annually."),
  traps=[T("£9.6m", "£9.6 million"),
         T("within a year and a half", "over the next 18 months"),
         T("roughly one in three", "About a third"),
         T("every week instead of every month", "weekly under the contract rather than monthly"),
         T("are likely to generate roughly £700,000 annually", "are expected to bring in around £700,000 a year")])

C("butterfly conservation", "summary", "consistent",
  J("Numbers of the marsh fritillary butterfly on the Fellmoor uplands have more than doubled in five years, according to a survey published on Monday by the Fellmoor Wildlife Trust.",
    "Volunteers counted 2,310 adults last summer, compared with 1,050 in 2019.",
    "The trust credited the recovery to the reintroduction of cattle grazing on 14 hectares of grassland, which keeps down the coarse grasses that crowd out devil's-bit scabious, the caterpillars' food plant.",
    "However, the survey also found that the species had disappeared from two of its nine known sites, both on land now used for forestry.",
    "Trust ecologist Dr Hamid Orrin said the gains remained fragile and could be reversed by a single wet spring.",
    "The trust is seeking £250,000 to extend grazing to a further 20 hectares."),
  J("Marsh fritillary numbers on the Fellmoor uplands rose from 1,050 in 2019 to 2,310 last summer, the Fellmoor Wildlife Trust reported, crediting renewed cattle grazing on 14 hectares.",
    "The butterfly has, however, vanished from two of its nine known sites, both now under forestry.",
    "The trust's ecologist warned that the gains were fragile, and it wants a quarter of a million pounds to extend grazing to another 20 hectares."),
  traps=[T("rose from 1,050 in 2019 to 2,310 last summer", "2,310 adults last summer, compared with 1,050 in 2019"),
         T("renewed cattle grazing", "the reintroduction of cattle grazing"),
         T("vanished from two of its nine known sites", "disappeared from two of its nine known sites"),
         T("a quarter of a million pounds", "£250,000")])

C("cable cars", "rewrite", "inconsistent",
  J("Alpenhof Transit, the operator of the Riesberg cable car, has hired engineering consultancy Stahlmann Partners to carry out a full safety review after a cabin stopped mid-line for 40 minutes on Saturday, stranding 22 passengers.",
    "All passengers were brought down safely once power was restored, the operator said.",
    "The cable car, which carries up to 1,200 people an hour to the Riesberg summit, will stay closed until the review is completed, expected in about ten days.",
    "Alpenhof's managing director, Lukas Brenner, said a faulty relay in the backup generator was the most likely cause.",
    "The regional transport inspectorate said it had opened its own inquiry."),
  J("A full safety review of the Riesberg cable car will be conducted by Alpenhof Transit, which has been hired by the line's operator, Stahlmann Partners, after a cabin halted mid-line for 40 minutes on Saturday with 22 passengers on board.",
    "Everyone was brought down safely once power came back, the operator said.",
    "The cable car, which can take as many as 1,200 people an hour up to the summit, will remain shut until the review is finished, probably in around ten days.",
    "Managing director Lukas Brenner said the most likely cause was a faulty relay in the backup generator.",
    "A separate inquiry has been opened by the regional transport inspectorate."),
  errors=[E("Alpenhof Transit, which has been hired by the line's operator, Stahlmann Partners", "role", "major",
            ref="Alpenhof Transit, the operator of the Riesberg cable car, has hired engineering consultancy Stahlmann Partners")],
  traps=[T("as many as 1,200 people an hour", "up to 1,200 people an hour"),
         T("probably in around ten days", "expected in about ten days")])

C("calligraphy", "translation", "consistent",
  J("The municipal museum of Saint-Orvel will devote its spring exhibition to the calligrapher Hélène Varrat, who died last year at the age of 91.",
    "The exhibition, which opens on 14 March and runs until the end of June, brings together some 180 works, most of which have never been shown to the public.",
    "They were donated to the museum by the artist's nephew, Bastien Varrat, in 2023.",
    "Curator Odile Marchetti explained that the collection covers six decades of work, from early studies in ink to the large gold-leaf panels of the 1990s.",
    "Admission will be free on the first Sunday of each month.",
    "The museum also plans weekly workshops for children aged eight and over."),
  J("This spring, Saint-Orvel's city museum is holding an exhibition dedicated to calligrapher Hélène Varrat, who passed away last year aged 91.",
    "Running from March 14 through to the end of June, the show assembles around 180 pieces, the majority of them never before seen by the public.",
    "Bastien Varrat, the artist's nephew, gave them to the museum in 2023.",
    "According to curator Odile Marchetti, the collection spans sixty years of work, from her early ink studies to the large gold-leaf panels of the 1990s.",
    "Entry is free on the first Sunday of every month.",
    "Weekly workshops for children aged eight and above are also planned by the museum."),
  traps=[T("passed away last year aged 91", "died last year at the age of 91"),
         T("March 14", "14 March"),
         T("around 180 pieces", "some 180 works"),
         T("sixty years", "six decades"),
         T("aged eight and above", "aged eight and over")])

C("candle making", "rewrite", "consistent",
  J("Lanterne & Wick, the family-owned candle maker based in Pellingford, has agreed to be acquired by home fragrance group Aurel Brands for £27 million, the two companies said on Thursday.",
    "The deal, which still requires shareholder approval, is expected to close in the second quarter.",
    "Lanterne & Wick employs 95 people and sold 4.2 million candles last year, mainly through independent gift shops.",
    "Aurel said it would keep the Pellingford workshop open and retain the brand name for at least five years.",
    "Co-owner Rosa Pettifer, whose grandfather founded the business in 1958, will stay on as creative director.",
    "Aurel plans to use the company's soy-wax formula across its own product lines."),
  J("Home fragrance group Aurel Brands is set to buy Pellingford-based candle maker Lanterne & Wick, a family-owned business, in a £27m deal, the companies announced on Thursday.",
    "Subject to shareholder approval, the takeover should be completed in the second quarter.",
    "The candle maker, which has a staff of 95, sold 4.2m candles last year, most of them through independent gift shops.",
    "Aurel has committed to keeping the Pellingford workshop running and to retaining the brand name for a minimum of five years.",
    "Rosa Pettifer, a co-owner whose grandfather started the firm in 1958, will remain as creative director, while Aurel intends to use the company's soy-wax formula across its own product lines."),
  traps=[T("£27m", "£27 million"),
         T("should be completed in the second quarter", "is expected to close in the second quarter"),
         T("has a staff of 95", "employs 95 people"),
         T("4.2m candles", "4.2 million candles"),
         T("a minimum of five years", "at least five years")])

C("canoeing", "translation", "inconsistent",
  J("The canoe club of Vellmar on the river Ilse has been awarded the organisation of next year's national junior championships, the national canoe federation announced on Sunday.",
    "Around 400 young paddlers aged between 14 and 18 are expected to compete over three days in July.",
    "The club's president, Jonas Weidle, said the 1.2-kilometre regatta course would be widened and a new boathouse built before the event, at a cost of 850,000 euros, most of it covered by the state sports fund.",
    "The club beat bids from Lohstadt and Gerbach.",
    "It last hosted the championships in 2011."),
  J("Vellmar canoe club, on the Ilse, will host the national junior championships next year, the national canoe federation said on Sunday.",
    "Some 400 young canoeists between 14 and 18 years old are due to race over three days in July.",
    "Club president Jonas Weidle said that before the championships the 1.2 km regatta course would be widened and a new boathouse built, at a cost of 850,000 euros, the bulk of which will be paid by the national federation.",
    "Vellmar saw off rival bids from Lohstadt and Gerbach.",
    "The last time the club hosted the event was in 2011."),
  errors=[E("the national federation", "entity", "major", ref="the state sports fund")],
  traps=[T("Some 400 young canoeists", "Around 400 young paddlers"),
         T("1.2 km", "1.2-kilometre"),
         T("the bulk of which", "most of it")])

# --------------------------------------------------------------------------
# Cases 11-20
# --------------------------------------------------------------------------

C("carpet weaving", "rewrite", "inconsistent",
  J("Exports of hand-knotted carpets from the Qaravan valley fell by 18 per cent last year to $46 million, according to figures released on Monday by the Valley Weavers' Cooperative.",
    "The cooperative's chairwoman, Leyla Darvish, blamed higher shipping costs and competition from machine-made rugs.",
    "The trade ministry, however, said the decline was largely due to a drop in orders from European retailers.",
    "Around 12,000 households in the valley depend on weaving for at least part of their income.",
    "The cooperative is asking the government to fund a certification scheme that would let buyers verify that carpets are handmade.",
    "A ministry spokesman said the proposal was under review."),
  J("Hand-knotted carpet exports from the Qaravan valley dropped 18 per cent last year to $46m, the Valley Weavers' Cooperative said in figures published on Monday.",
    "Its chairwoman, Leyla Darvish, put the fall down to higher shipping costs and competition from machine-made rugs, and the cooperative also said the decline was mainly the result of fewer orders from European retailers.",
    "Some 120,000 households in the valley rely on weaving for at least part of their income.",
    "The cooperative wants the government to pay for a certification scheme allowing buyers to check that carpets are made by hand, a proposal the trade ministry says it is reviewing."),
  errors=[E("the cooperative also said", "attribution", "major", ref="The trade ministry, however, said"),
          E("120,000", "number", "major", ref="12,000")],
  traps=[T("dropped 18 per cent", "fell by 18 per cent"),
         T("$46m", "$46 million")])

C("cattle auctions", "rewrite", "consistent",
  J("Prices at the Dunmere livestock market rose sharply on Saturday, with prime beef heifers averaging 312 pence per kilogram, up 22 pence on the previous sale, auctioneers Gorse & Pattison reported.",
    "A total of 1,480 cattle went through the ring, the largest entry since the market moved to its new site outside the town in 2021.",
    "Senior auctioneer Callum Reid said buyers from processors in the south had been particularly active, as supplies of finished cattle remained tight.",
    "Store cattle sold less strongly, with some lots withdrawn after failing to meet reserve prices.",
    "The next sale is scheduled for 9 November, when a dedicated section for rare breeds will be held for the first time."),
  J("Auctioneers Gorse & Pattison said Saturday's sale at Dunmere livestock market saw prices climb steeply, with prime beef heifers averaging 312p a kilo, 22p higher than at the last sale.",
    "At 1,480 head, the entry was the biggest since the market relocated to its new out-of-town site in 2021.",
    "Buyers from southern processors were notably active because finished cattle were still in short supply, according to senior auctioneer Callum Reid.",
    "Trade for store cattle was weaker, and some lots were withdrawn when they failed to reach their reserves.",
    "A rare-breeds section will feature for the first time at the next sale, due on 9 November."),
  traps=[T("312p a kilo", "312 pence per kilogram"),
         T("22p higher than at the last sale", "up 22 pence on the previous sale"),
         T("1,480 head", "1,480 cattle"),
         T("relocated to its new out-of-town site", "moved to its new site outside the town"),
         T("due on 9 November", "scheduled for 9 November")])

C("ceramics", "summary", "consistent",
  J("Stoneleigh Pottery, one of the last large-scale tableware makers in the Merrow valley, will cut 60 of its 410 jobs after losing a supply contract with a hotel chain, the company said on Wednesday.",
    "Managing director Fiona Ashcombe said the firm had explored every alternative, including short-time working, before deciding on redundancies.",
    "The cuts will fall mainly in the glazing and packing departments and are expected to take effect by the end of February.",
    "Stoneleigh will continue to make its hand-painted giftware range, which accounts for about 40 per cent of sales and has been growing.",
    "The company said it was in talks with two European retailers that could replace some of the lost volume."),
  J("Merrow valley tableware maker Stoneleigh Pottery is to shed 60 of its 410 staff after losing a hotel chain contract, with the cuts, mostly in glazing and packing, expected to take effect by the end of February.",
    "Its hand-painted giftware, around two-fifths of sales, will continue, and it is talking to two European retailers that could make up some of the lost business."),
  traps=[T("shed 60 of its 410 staff", "cut 60 of its 410 jobs"),
         T("mostly in glazing and packing", "mainly in the glazing and packing departments"),
         T("around two-fifths of sales", "about 40 per cent of sales"),
         T("could make up some of the lost business", "could replace some of the lost volume")])

C("charcoal production", "rewrite", "inconsistent",
  J("The forestry agency of Kessandra province has granted licences to 35 charcoal producers under a new scheme meant to curb illegal tree felling, agency director Samuel Marande said on Tuesday.",
    "Licensed producers must source wood only from approved plantations and use improved kilns that need about half as much timber per tonne of charcoal.",
    "Producers who fail inspections will lose their licences.",
    "Marande said the agency had not yet decided whether to extend the scheme to neighbouring districts, but that early results were encouraging.",
    "Around 60 per cent of households in the province's towns still cook with charcoal, according to agency figures."),
  J("Thirty-five charcoal producers have been licensed by Kessandra province's forestry agency under a new scheme designed to rein in illegal logging, the agency's director, Samuel Marande, said on Tuesday.",
    "Those holding licences may take wood only from approved plantations and must use improved kilns, which consume roughly half as much timber for every tonne of charcoal.",
    "Any producer failing an inspection will be stripped of its licence.",
    "Marande said early results were encouraging and that the agency had already decided to extend the scheme to neighbouring districts.",
    "Agency figures show that around 60 per cent of households in the province's towns still use charcoal for cooking."),
  errors=[E("had already decided to extend", "polarity", "major", ref="had not yet decided whether to extend")],
  traps=[T("Thirty-five charcoal producers have been licensed", "has granted licences to 35 charcoal producers"),
         T("roughly half as much timber for every tonne", "about half as much timber per tonne"),
         T("will be stripped of its licence", "will lose their licences")])

C("child vaccination", "summary", "inconsistent",
  J("Measles vaccination rates among two-year-olds in the Ardent Coast health region have fallen to 84 per cent, well below the 95 per cent needed to prevent outbreaks, according to a report published on Thursday by the regional public health office.",
    "The rate was 91 per cent five years ago.",
    "The report found the steepest declines in the port towns of Marlow Bay and Sennick, where coverage has dropped below 80 per cent.",
    "Regional health director Dr Ines Cabral said staff shortages at community clinics had made it harder for parents to get appointments.",
    "The office will open weekend vaccination sessions in both towns from next month and send text reminders to families whose children have missed a dose."),
  J("Measles vaccination among two-year-olds in the Ardent Coast region has slipped to 84 per cent from 91 per cent five years earlier, short of the 90 per cent needed to stop outbreaks, the regional public health office says.",
    "Coverage is below 80 per cent in Marlow Bay and Sennick, where weekend sessions will start next month; health director Dr Ines Cabral blamed staff shortages at community clinics."),
  errors=[E("90 per cent", "number", "major", ref="95 per cent")],
  traps=[T("from 91 per cent five years earlier", "The rate was 91 per cent five years ago")])

C("chocolate making", "rewrite", "consistent",
  J("Chocolatier Maison Delorme will raise the prices of its bars by an average of 12 per cent from 1 February, the company said on Monday, citing a near tripling of cocoa bean costs over the past 18 months.",
    "Chief executive Anouk Delorme said the firm had absorbed most of the increase last year but could no longer do so without cutting quality.",
    "The company, which buys its beans from cooperatives in Ghana and Ecuador, said it would not reduce bar sizes.",
    "Sales rose 6 per cent to €88 million last year, while operating profit fell by a quarter.",
    "Delorme also said the company would postpone the opening of a second factory, originally planned for 2025, by at least a year."),
  J("Maison Delorme bars will cost 12 per cent more on average from 1 February, the chocolatier announced on Monday, blaming cocoa bean prices that have almost trebled in the last year and a half.",
    "Having absorbed most of the increase last year, the firm could not keep doing so without compromising on quality, according to chief executive Anouk Delorme.",
    "Bar sizes will not be cut, said the company, which sources its beans from cooperatives in Ghana and Ecuador.",
    "Last year sales grew 6 per cent to €88m, but operating profit was down 25 per cent.",
    "The opening of a second factory, which had been planned for 2025, will be pushed back by a year or more, Delorme added."),
  traps=[T("almost trebled in the last year and a half", "near tripling of cocoa bean costs over the past 18 months"),
         T("Bar sizes will not be cut", "it would not reduce bar sizes"),
         T("€88m", "€88 million"),
         T("was down 25 per cent", "fell by a quarter"),
         T("by a year or more", "by at least a year")])

C("choirs", "translation", "consistent",
  J("The Kammerchor Lindenau, one of the oldest amateur choirs in the region, is celebrating its 150th anniversary this year with a series of concerts.",
    "The first will take place on Saturday, 3 May, in the town church, where the choir will perform a mass by the 19th-century local composer Anton Wessel together with the municipal orchestra.",
    "Choir director Mathilde Sauer said that the ensemble currently has 64 singers, the youngest 17 and the oldest 83 years old.",
    "The choir has been looking for new tenors for years, she added.",
    "The anniversary programme is being supported by the town with 15,000 euros.",
    "A book on the choir's history is due to be published in the autumn."),
  J("This year the Kammerchor Lindenau, among the region's oldest amateur choirs, marks 150 years with a concert series.",
    "It opens on Saturday 3 May in the town church, where, together with the municipal orchestra, the choir will sing a mass by Anton Wessel, a local composer of the 19th century.",
    "According to director Mathilde Sauer, the choir now numbers 64 singers aged from 17 to 83.",
    "For years, she said, it has been searching for new tenors.",
    "The town is contributing 15,000 euros to the anniversary programme, and a book about the choir's history is due out in the autumn."),
  traps=[T("among the region's oldest amateur choirs", "one of the oldest amateur choirs in the region"),
         T("marks 150 years", "is celebrating its 150th anniversary"),
         T("64 singers aged from 17 to 83", "64 singers, the youngest 17 and the oldest 83 years old"),
         T("The town is contributing 15,000 euros", "supported by the town with 15,000 euros")])

C("cider making", "summary", "consistent",
  J("Orchard Lane Cider, the largest independent cider producer in the Wessford area, said on Friday that this year's apple harvest was its smallest in a decade after a late frost in April destroyed much of the blossom.",
    "The company pressed 3,100 tonnes of fruit, down from 5,400 tonnes last year.",
    "Head cider maker Gwen Tallis said the firm would buy apples from growers in neighbouring counties to meet contracts with supermarkets, but that some limited-edition vintage ciders would not be produced this year.",
    "The company expects prices for its main range to rise by around 8 per cent.",
    "Orchard Lane employs 130 people and has said no jobs are at risk."),
  J("A late April frost left Orchard Lane Cider, Wessford's biggest independent producer, with its poorest harvest in ten years: 3,100 tonnes of apples pressed against 5,400 tonnes a year earlier.",
    "It will buy in fruit from neighbouring counties to honour supermarket contracts, will not make some limited-edition vintages this year and expects prices on its main range to go up by about 8 per cent.",
    "No jobs are at risk, the firm says."),
  traps=[T("Wessford's biggest independent producer", "the largest independent cider producer in the Wessford area"),
         T("its poorest harvest in ten years", "its smallest in a decade"),
         T("against 5,400 tonnes a year earlier", "down from 5,400 tonnes last year"),
         T("about 8 per cent", "around 8 per cent")])

C("city parks", "rewrite", "consistent",
  J("Castlebridge council has approved a £14 million plan to restore Northfield Park, the city's largest green space, which has suffered from years of underinvestment.",
    "The work, set to begin next spring and last about three years, includes rebuilding the Victorian bandstand, dredging the boating lake and planting 1,200 trees.",
    "Roughly two-thirds of the money will come from a national heritage grant, with the council providing the remainder.",
    "Deputy leader Sunita Maddox said the park would remain open throughout, although some areas would be fenced off during construction.",
    "A public consultation last year drew more than 4,000 responses, most of them calling for better lighting and toilets, which are also included in the plan."),
  J("A £14m scheme to restore Northfield Park, Castlebridge's biggest green space, after years of underinvestment has been given the go-ahead by the city council.",
    "Due to start next spring and take around three years, the project will see the Victorian bandstand rebuilt, the boating lake dredged and 1,200 trees planted.",
    "A national heritage grant will cover roughly two-thirds of the cost and the council will pay the rest.",
    "The park will stay open for the duration, though some areas will be fenced off while building work is under way, deputy leader Sunita Maddox said.",
    "Last year's public consultation attracted over 4,000 responses, the majority calling for better lighting and toilets, and both are included in the plan."),
  traps=[T("£14m", "£14 million"),
         T("has been given the go-ahead by the city council", "Castlebridge council has approved"),
         T("for the duration", "throughout"),
         T("over 4,000 responses", "more than 4,000 responses"),
         T("the majority", "most of them")])

C("clock towers", "rewrite", "inconsistent",
  J("The clock on Harwick's market hall tower will chime again from 21 June after a two-year restoration costing £380,000, the town's heritage trust said on Monday.",
    "The mechanism, made in 1874, was dismantled in 2022 and repaired piece by piece by specialist firm Tempora Horology in its workshop in Selby Cross.",
    "The four clock faces have been regilded and the 1.2-tonne bell recast.",
    "Trust chairman Geoffrey Amble said the chimes would sound every quarter of an hour between 7am and 10pm, after residents asked for them to be silenced overnight.",
    "A public ceremony will be held in the market square on the day the clock restarts."),
  J("Harwick's market hall clock will chime again from 21 June after a two-year restoration costing £380,000, the town's heritage trust announced on Monday.",
    "The mechanism, dating from 1847, was taken apart in 2022 and repaired piece by piece by specialists Tempora Horology at their Selby Cross workshop.",
    "The four faces have been regilded and the 1.2-tonne bell has been recast.",
    "The chimes will ring every 15 minutes from 7am to 10pm, trust chairman Geoffrey Amble said, following requests from residents for them to be silenced overnight.",
    "On the day the clock restarts, a public ceremony will take place in the market square after a two-year restoration costing £380,000."),
  errors=[E("dating from 1847", "date", "minor", ref="made in 1874"),
          E("after a two-year restoration costing £380,000", "repetition", "minor", occ=1)],
  traps=[T("taken apart", "dismantled"),
         T("every 15 minutes from 7am to 10pm", "every quarter of an hour between 7am and 10pm")])

# --------------------------------------------------------------------------
# Cases 21-30
# --------------------------------------------------------------------------

C("cloud seeding", "summary", "inconsistent",
  J("The water authority of the arid Zahrat plateau will spend $6 million over three years on a cloud-seeding programme aimed at boosting rainfall over its main reservoirs, officials said on Sunday.",
    "Aircraft will release silver iodide particles into suitable clouds during the winter rainy season, starting in November.",
    "Authority chairman Tariq Bennour said trials in 2022 had increased rainfall over target areas by between 10 and 15 per cent.",
    "Independent meteorologist Dr Leila Saffan, however, said the evidence from the trials was inconclusive and that natural variability could explain much of the difference.",
    "The authority said it would publish data from the programme each year."),
  J("The Zahrat plateau water authority is to spend $6m over three years seeding clouds over its main reservoirs, starting in November.",
    "Independent meteorologist Dr Leila Saffan said trials in 2022 had raised rainfall over target areas by 10-15 per cent, though natural variability could explain much of the difference.",
    "The authority will publish data annually."),
  errors=[E("Independent meteorologist Dr Leila Saffan said", "attribution", "major", ref="Authority chairman Tariq Bennour said")],
  traps=[T("$6m", "$6 million"),
         T("publish data annually", "publish data from the programme each year")])

C("coal phase-out", "rewrite", "inconsistent",
  J("The government of Valdora will close the country's last two coal-fired power stations by 2030, five years earlier than planned, energy minister Kasia Brandt announced on Wednesday.",
    "The Dunsk and Horvath plants together supply about 18 per cent of the country's electricity.",
    "Brandt said the closures would be offset by new wind farms and a gas-fired plant under construction near the capital.",
    "Around 3,200 workers at the plants and the mines that supply them will be offered retraining or early retirement.",
    "The mining union said it had not been consulted and would consider legal action.",
    "The plan must still be approved by parliament, where the governing coalition has a narrow majority."),
  J("Valdora's last two coal-fired power stations will shut by 2030, five years ahead of schedule, energy minister Kasia Brandt said on Wednesday.",
    "Between them, the Dunsk and Horvath plants generate roughly 18 per cent of the nation's electricity.",
    "The minister said the lost capacity would be replaced by new wind farms and a gas-fired plant that opened near the capital last year.",
    "Some 3,200 people working at the stations and the mines that feed them will be offered retraining or early retirement.",
    "The mining union, which said it had not been consulted, will take legal action.",
    "Parliament, where the ruling coalition holds a slim majority, must still approve the plan."),
  errors=[E("that opened near the capital last year", "event", "major", ref="under construction near the capital"),
          E("will take legal action", "modality", "major", ref="would consider legal action")],
  traps=[T("five years ahead of schedule", "five years earlier than planned"),
         T("roughly 18 per cent", "about 18 per cent"),
         T("holds a slim majority", "has a narrow majority")])

C("coin minting", "rewrite", "consistent",
  J("The state-owned Stellmark Mint will strike 30 million new two-euro coins this year to mark the 200th anniversary of the founding of the city of Brannau, the finance ministry said on Friday.",
    "The coin, designed by engraver Tomas Reiling, shows the city's old harbour gate on one side.",
    "It will enter circulation on 1 July, and 50,000 collector versions in silver will be sold at €45 each.",
    "The mint said it had switched to a new alloy that reduces nickel content by 40 per cent, following concerns about skin allergies.",
    "Production of the circulation coins began last month at the mint's plant in Oberfeld and will run until the end of May."),
  J("To celebrate 200 years since Brannau was founded, the state-owned Stellmark Mint is to produce 30 million new two-euro coins this year, the finance ministry announced on Friday.",
    "Engraver Tomas Reiling designed the coin, one face of which depicts the city's old harbour gate.",
    "It goes into circulation on 1 July, while 50,000 silver collector editions will go on sale priced at €45 apiece.",
    "Following concerns about skin allergies, the mint has moved to a new alloy containing two-fifths less nickel.",
    "Minting of the circulation coins started last month at the mint's Oberfeld plant and is to continue until the end of May."),
  traps=[T("To celebrate 200 years since Brannau was founded", "to mark the 200th anniversary of the founding of the city of Brannau"),
         T("Engraver Tomas Reiling designed the coin", "designed by engraver Tomas Reiling"),
         T("€45 apiece", "€45 each"),
         T("containing two-fifths less nickel", "reduces nickel content by 40 per cent")])

C("cold storage", "translation", "consistent",
  J("The logistics company Frigalis has opened a new refrigerated warehouse in the industrial zone of Porto Serrano, with capacity for 22,000 pallets, the company announced on Tuesday.",
    "The investment, of 31 million euros, created 85 direct jobs.",
    "According to the managing director, Rui Castanheira, the facility will serve mainly exporters of fruit and fish, who until now had to send their goods to storage centres more than 200 kilometres away.",
    "The warehouse runs partly on solar energy, with panels on the roof covering around a third of its consumption.",
    "The company is considering building a second unit in the north of the country within three years."),
  J("Frigalis, a logistics firm, announced on Tuesday the opening of a new cold store in the Porto Serrano industrial area that can hold 22,000 pallets.",
    "The 31-million-euro investment has generated 85 direct jobs.",
    "Managing director Rui Castanheira said the site would mainly serve fruit and fish exporters, who previously had to send their products to storage facilities over 200 km away.",
    "Rooftop solar panels supply about one third of the warehouse's energy needs.",
    "Frigalis is looking at the possibility of a second unit in the country's north within the next three years."),
  traps=[T("cold store", "refrigerated warehouse"),
         T("can hold 22,000 pallets", "with capacity for 22,000 pallets"),
         T("over 200 km away", "more than 200 kilometres away"),
         T("about one third", "around a third"),
         T("is looking at the possibility of", "is considering building")])

C("comic books", "summary", "consistent",
  J("Inkwell Press, the independent comic book publisher behind the long-running 'Night Harbour' series, has signed a distribution deal with bookshop chain Pageturn that will put its titles in 210 stores nationwide from September, the two companies said on Thursday.",
    "Until now, Inkwell's comics have been sold mainly through specialist shops and online.",
    "Publisher Dev Kalani said the agreement could double the company's annual sales, which reached £3.4 million last year.",
    "Pageturn will also host signing events with Inkwell artists in ten cities during the autumn.",
    "The deal runs for three years, with an option to extend.",
    "Inkwell, founded in 2009, publishes around 40 new issues a year."),
  J("From September, titles from 'Night Harbour' publisher Inkwell Press will be sold in 210 Pageturn shops across the country under a three-year distribution deal, which can be extended.",
    "Publisher Dev Kalani said annual sales, £3.4m last year, could double.",
    "Pageturn will also hold signing events with Inkwell artists in ten cities in the autumn."),
  traps=[T("shops across the country", "stores nationwide"),
         T("which can be extended", "with an option to extend"),
         T("£3.4m", "£3.4 million"),
         T("hold signing events", "host signing events")])

C("concert halls", "rewrite", "consistent",
  J("The Aldergate Concert Hall will close for 16 months from January for a £52 million refurbishment, its board confirmed on Tuesday.",
    "The project will replace the 1,900 seats, upgrade the acoustics and add a 300-seat studio space for chamber music and education work.",
    "The resident Aldergate Philharmonic will perform at venues across the city during the closure, including the cathedral and the university's Great Hall.",
    "Chief executive Helena Marsh said about 70 per cent of the funding had been secured, mostly from the city council and private donors, and that a public appeal would raise the rest.",
    "The hall, which opened in 1968, attracts around 350,000 visitors a year."),
  J("Aldergate Concert Hall is to shut from January for a £52m refurbishment lasting 16 months, the board confirmed on Tuesday.",
    "All 1,900 seats will be replaced and the acoustics improved, while a new 300-seat studio space will be added for chamber music and education work.",
    "While the hall is closed, the resident Aldergate Philharmonic will play at venues around the city such as the cathedral and the university's Great Hall.",
    "Roughly 70 per cent of the money is already in place, mainly from the city council and private donors, and the remainder will be raised through a public appeal, chief executive Helena Marsh said.",
    "Opened in 1968, the hall draws some 350,000 visitors annually."),
  traps=[T("£52m", "£52 million"),
         T("such as", "including"),
         T("Roughly 70 per cent of the money is already in place", "about 70 per cent of the funding had been secured"),
         T("Opened in 1968", "which opened in 1968"),
         T("some 350,000 visitors annually", "around 350,000 visitors a year")])

C("container terminals", "rewrite", "inconsistent",
  J("Port operator Meridian Gateway has completed a $410 million expansion of its container terminal at Port Calloway, raising annual capacity from 1.8 million to 2.6 million twenty-foot equivalent units (TEU), the company said on Monday.",
    "The project added 650 metres of quay and six ship-to-shore cranes supplied by Kessler Heavy Industries.",
    "Terminal director Aiko Raines said the berth could now handle the largest vessels operating on Asia-Europe routes.",
    "The expansion was financed through a mix of bank loans and a bond issue.",
    "Meridian expects volumes at the terminal to grow by about 7 per cent this year."),
  J("Meridian Gateway has finished a $410m expansion of its Port Calloway container terminal, lifting yearly capacity to 2.6 million twenty-foot equivalent units (TEU) from 1.8 million and making it the largest container terminal in the region, the port operator said on Monday.",
    "The work added a 650-metre stretch of quay and six ship-to-shore cranes from Calloway Heavy Industries.",
    "According to terminal director Aiko Raines, the berth can now take the biggest vessels sailing on Asia-Europe routes.",
    "Bank loans and a bond issue paid for the project.",
    "Meridian forecasts volume growth of around 7 per cent at the terminal this year."),
  errors=[E("and making it the largest container terminal in the region", "addition", "major"),
          E("Calloway Heavy Industries", "entity", "major", ref="Kessler Heavy Industries")],
  traps=[T("$410m", "$410 million"),
         T("the biggest vessels sailing on Asia-Europe routes", "the largest vessels operating on Asia-Europe routes")])

C("copper mining", "summary", "inconsistent",
  J("Mining company Torvik Resources has agreed to buy a 45 per cent stake in the Cerro Blanco copper project from its partner, Halden Metals, for $720 million, the companies said on Tuesday.",
    "The deal will give Torvik full ownership of the project, which is expected to produce around 120,000 tonnes of copper a year once it reaches full output in 2028.",
    "Halden said it would use the proceeds to reduce debt and focus on its nickel operations.",
    "Torvik chief executive Maren Solberg said the company did not plan to seek a new partner for the project.",
    "The transaction still requires approval from competition regulators."),
  J("Halden Metals has agreed to buy Torvik Resources' 45 per cent stake in the Cerro Blanco copper project for $720m.",
    "The mine is expected to reach full output of about 120,000 tonnes a year in 2028.",
    "Torvik chief executive Maren Solberg said the company planned to seek a new partner for the project.",
    "The deal still needs competition regulators' approval."),
  errors=[E("Halden Metals has agreed to buy Torvik Resources", "role", "critical",
            ref="Torvik Resources has agreed to buy a 45 per cent stake in the Cerro Blanco copper project from its partner, Halden Metals"),
          E("planned to seek", "polarity", "major", ref="did not plan to seek")],
  traps=[T("$720m", "$720 million")])

C("coral reefs", "translation", "inconsistent",
  J("Researchers from the Oceanographic Institute of Isla Morena have recorded the worst coral bleaching on the Palmar reef in two decades, the institute said on Thursday.",
    "According to the survey, carried out in March, around 60 per cent of the colonies examined showed signs of bleaching, compared with 25 per cent in 2020.",
    "Institute director Carmen Olivares said water temperatures had stayed above 30 degrees for six consecutive weeks.",
    "Part of the coral could recover if temperatures fall in the coming months, she added.",
    "The institute has asked the regional government to limit boat traffic on the reef and to suspend diving permits in the most affected areas."),
  J("The Palmar reef is suffering its most severe coral bleaching in twenty years, according to scientists at Isla Morena's Oceanographic Institute, which released the findings on Thursday.",
    "The March survey found bleaching in about 60 per cent of the colonies studied, against 25 per cent in 2020.",
    "The director of the institute, Carmen Olivares, said the water had been above 30 degrees for six weeks in a row.",
    "Some of the coral will recover once temperatures drop in the coming months, she said.",
    "The institute has asked the regional government to restrict boat traffic on the reef and to suspend diving permits in the most affected areas, in the most affected areas."),
  errors=[E("will recover once", "modality", "major", ref="could recover if"),
          E("in the most affected areas", "repetition", "minor", occ=1)],
  traps=[T("in twenty years", "in two decades"),
         T("about 60 per cent of the colonies studied", "around 60 per cent of the colonies examined"),
         T("six weeks in a row", "six consecutive weeks")])

C("cotton ginning", "translation", "inconsistent",
  J("The cotton ginning cooperative of the Tamba district has signed a three-season agreement under which the textile company Sahelis Textiles will buy all of its cotton fibre, the cooperative's president, Oumar Dembaro, announced on Saturday.",
    "The price has been fixed at 1,150 francs per kilogram, about 10 per cent above last year's average.",
    "The cooperative's gin, which processes the cotton of some 6,000 farmers, will be modernised with a 400 million franc loan that Sahelis is granting the cooperative.",
    "Dembaro said the deal would protect growers from price swings on the world market.",
    "Harvesting is due to begin in October."),
  J("Oumar Dembaro, president of the Tamba district cotton ginning cooperative, said on Saturday that it had concluded a deal with the textile firm Sahelis Textiles, which will purchase the cooperative's entire cotton fibre output for three seasons.",
    "The agreed price is 1,150 francs a kilo, roughly 10 per cent higher than the average last year.",
    "The gin, which handles cotton from around 6,000 growers, is to be upgraded thanks to a loan of 400 million francs that the cooperative is granting to Sahelis.",
    "According to Dembaro, the agreement will shield farmers from fluctuations in world prices.",
    "The harvest should start in October."),
  errors=[E("the cooperative is granting to Sahelis", "role", "major", ref="Sahelis is granting the cooperative")],
  traps=[T("1,150 francs a kilo", "1,150 francs per kilogram"),
         T("roughly 10 per cent higher than the average last year", "about 10 per cent above last year's average"),
         T("around 6,000 growers", "some 6,000 farmers")])

# --------------------------------------------------------------------------
# Cases 31-40
# --------------------------------------------------------------------------

C("court interpreters", "rewrite", "inconsistent",
  J("The justice ministry will raise fees for freelance court interpreters by 15 per cent from April, ending a dispute that had led to dozens of trials being postponed, the ministry said on Friday.",
    "Interpreters will be paid £38 an hour, up from £33, with a minimum payment of three hours for each court attendance.",
    "The National Register of Legal Interpreters, which represents about 2,300 members, said it would recommend that members accept the offer.",
    "According to court service figures, 164 hearings were adjourned last year because no interpreter was available, most of them in the criminal courts.",
    "The ministry said it would also review travel expenses for interpreters working in rural areas."),
  J("Freelance court interpreters are to receive a 15 per cent fee increase from April, the justice ministry announced on Friday, bringing to an end a dispute that had forced the postponement of dozens of trials.",
    "The hourly rate will go up from £33 to £38, and interpreters will be guaranteed at least three hours' pay every time they attend court.",
    "The National Register of Legal Interpreters, which represents some 2,300 members, said it would advise them to accept the offer.",
    "Court service figures show that last year 164 hearings, the majority in the criminal courts, had to be adjourned because no interpreter was available.",
    "The ministry also plans to review travel expenses for interpreters."),
  errors=[E("", "omission", "major", ref="working in rural areas", after="review travel expenses for interpreters")],
  traps=[T("from £33 to £38", "£38 an hour, up from £33"),
         T("at least three hours' pay every time they attend court", "a minimum payment of three hours for each court attendance"),
         T("the majority in the criminal courts", "most of them in the criminal courts")])

C("craft fairs", "translation", "consistent",
  J("More than 260 artisans from across the country will take part in the 34th Montevarre Craft Fair, which opens on Friday in the restored cloister of San Teodoro and runs for ten days.",
    "The organisers, the Montevarre Artisans' Association, expect about 90,000 visitors, a slight increase on last year.",
    "This edition will have a section dedicated to young makers under 30, who will be able to exhibit free of charge.",
    "The association's president, Lucia Fantoni, said that ceramics and woodwork remain the most represented crafts, but that the number of textile artisans has grown.",
    "Entry costs 5 euros; children under 12 enter free."),
  J("The 34th Montevarre Craft Fair opens on Friday in the restored San Teodoro cloister with over 260 craftspeople from all over the country, and will last ten days.",
    "The Montevarre Artisans' Association, which organises it, is anticipating around 90,000 visitors, slightly more than last year.",
    "This year's edition includes a section for makers aged under 30, who can exhibit without paying.",
    "Ceramics and woodwork are still the crafts with the most exhibitors, although textile artisans have increased in number, said the association's president, Lucia Fantoni.",
    "Tickets cost 5 euros, with free admission for under-12s."),
  traps=[T("over 260 craftspeople", "More than 260 artisans"),
         T("is anticipating around 90,000 visitors", "expect about 90,000 visitors"),
         T("without paying", "free of charge"),
         T("free admission for under-12s", "children under 12 enter free")])

C("cranes", "rewrite", "consistent",
  J("Work on the Quayside Tower development in Lanford was halted on Wednesday after inspectors found a cracked weld on the jib of one of the site's three tower cranes, main contractor Brightwell Construction said.",
    "Nobody was injured and the crane was not being used at the time.",
    "The regional safety inspectorate has been notified and engineers from the crane's owner, Hoyt Lifting Services, are assessing whether it can be repaired on site.",
    "Brightwell said work was likely to resume within a week but that the 28-storey tower's completion, scheduled for next summer, was not expected to be delayed.",
    "About 150 workers are employed on the site."),
  J("Brightwell Construction, the main contractor on Lanford's Quayside Tower development, said work there had been stopped on Wednesday when inspectors discovered a cracked weld on the jib of one of the site's three tower cranes.",
    "The crane was not in operation at the time and no one was hurt.",
    "Engineers from Hoyt Lifting Services, which owns the crane, are examining whether it can be fixed on site, and the regional safety inspectorate has been informed.",
    "Work will probably restart within seven days, Brightwell said, adding that it did not expect completion of the 28-storey tower, due next summer, to be delayed.",
    "The site employs some 150 workers."),
  traps=[T("which owns the crane", "the crane's owner"),
         T("probably restart within seven days", "likely to resume within a week"),
         T("it did not expect", "was not expected"),
         T("due next summer", "scheduled for next summer"),
         T("some 150 workers", "About 150 workers")])

C("cross-country skiing", "translation", "inconsistent",
  J("The municipality of Trollvik has decided to build a 5-kilometre floodlit ski trail at Björnås, which will allow cross-country skiers to train in the evenings throughout the winter.",
    "The trail will cost 7.4 million kronor, of which the regional sports council is contributing 2 million.",
    "Municipal councillor Ingrid Falk said artificial snow would be used when natural snow was lacking, but that the trail would not be open in summer for roller skiing, as some clubs had requested.",
    "Construction begins in May and the trail is expected to be ready by December.",
    "The local club Trollvik IF has around 350 members, a third of them children."),
  J("Trollvik municipality has decided to construct a floodlit, five-kilometre ski track at Björnås so that cross-country skiers can train in the evenings all winter long.",
    "The track will cost 7.4 million kronor, 2 million of which will come from the regional sports council.",
    "According to municipal councillor Ingrid Falk, artificial snow will be used if there is too little natural snow, and the track will also be open in summer for roller skiing, as some clubs had asked.",
    "Work starts in May, and the track should be finished by December.",
    "Björnås IF, the local club, has about 350 members, one third of whom are children."),
  errors=[E("will also be open in summer", "polarity", "major", ref="would not be open in summer"),
          E("Björnås IF", "entity", "minor", ref="Trollvik IF")],
  traps=[T("five-kilometre", "5-kilometre"),
         T("should be finished by December", "is expected to be ready by December"),
         T("one third of whom are children", "a third of them children")])

C("cruise ships", "rewrite", "inconsistent",
  J("The port of Kellhaven expects a record 212 cruise ship calls this year, up from 174 last year, bringing an estimated 380,000 passengers to the city, the harbour authority said on Monday.",
    "The largest vessel, the 5,200-passenger Aurora Meridiana, will dock for the first time on 18 May.",
    "To cope with demand, the authority is extending its cruise terminal and will introduce a shore-power connection next year so ships can switch off their engines while berthed.",
    "Residents' groups have called for a daily cap on passenger numbers, citing congestion in the old town.",
    "Harbour director Nils Aastrup said the authority was studying the proposal but had no plans to limit calls this season."),
  J("Kellhaven's harbour authority said on Monday that it was expecting a record 212 cruise ship calls this year, up 48 on last year, with around 380,000 passengers estimated to arrive in the city.",
    "The Aurora Meridiana, the biggest ship on the schedule with room for 5,200 passengers, will make its first call on 18 May.",
    "The authority is enlarging its cruise terminal to meet demand, and next year will install a shore-power link allowing ships to turn off their engines while at berth.",
    "Citing congestion in the old town, residents' groups have called for a daily limit on passenger numbers.",
    "Harbour director Nils Aastrup said the proposal was being studied, but there were no plans to restrict calls this season."),
  errors=[E("up 48 on last year", "number", "major", ref="up from 174 last year")],
  traps=[T("room for 5,200 passengers", "5,200-passenger"),
         T("a daily limit on passenger numbers", "a daily cap on passenger numbers")])

C("curling", "summary", "consistent",
  J("The Glenmarr Curling Club has secured £1.1 million to replace the ice plant at its six-sheet rink, ensuring the venue can stay open after its ageing refrigeration system failed twice last season, club president Alasdair Rennie said on Saturday.",
    "The money comes from a national sports facilities fund, a local distillery and a fundraising campaign by members that raised £140,000.",
    "The rink will close from May to September while the work is carried out.",
    "The new system is expected to cut the club's energy bills by about 40 per cent.",
    "Glenmarr, which has 420 members, hosted the national junior championships in 2023 and is bidding to stage the senior event in 2026."),
  J("Glenmarr Curling Club has secured £1.1m for a new ice plant at its six-sheet rink, which can now stay open after the old refrigeration system broke down twice last season.",
    "The money comes from a national sports facilities fund, a local distillery and £140,000 raised by members.",
    "The rink will shut between May and September for the work, which should cut energy bills by roughly two-fifths."),
  traps=[T("£1.1m", "£1.1 million"),
         T("broke down twice", "failed twice"),
         T("between May and September", "from May to September"),
         T("should cut energy bills by roughly two-fifths", "is expected to cut the club's energy bills by about 40 per cent")])

C("dance schools", "summary", "inconsistent",
  J("The Ravensholt School of Dance will move to a new purpose-built studio complex on Mill Street in September 2025, after outgrowing the church hall it has used since 1994, principal Eleanor Voss said on Wednesday.",
    "The £2.3 million building will have four studios, changing rooms and a 120-seat performance space.",
    "The school currently teaches 540 pupils, from ballet classes for three-year-olds to adult contemporary dance, and has a waiting list of more than 200.",
    "About half of the cost is being met by a bequest from a former pupil, with the rest coming from a bank loan and fundraising.",
    "Voss said fees would rise by 5 per cent when the school moves."),
  J("Ravensholt School of Dance, which has outgrown the church hall it has occupied since 1994, will move into a £2.3m purpose-built complex on Mill Street in September 2025, with four studios and a 120-seat performance space.",
    "The school has 540 pupils and a waiting list of over 200.",
    "A former pupil's bequest covers around half the cost, and fees will go up 5 per cent ahead of the move."),
  errors=[E("ahead of the move", "date", "minor", ref="when the school moves")],
  traps=[T("£2.3m", "£2.3 million"),
         T("over 200", "more than 200"),
         T("around half the cost", "About half of the cost")])

C("darts", "rewrite", "consistent",
  J("The Northern Open darts tournament will move from the Hartside Leisure Centre to the larger Pemberton Arena next year, increasing capacity from 1,800 to 4,500 spectators per session, organisers Bullseye Promotions announced on Thursday.",
    "Prize money will also rise, with the winner receiving £60,000, double this year's amount.",
    "The tournament, now in its 12th year, will be held over four days in late October and broadcast live on the streaming service ArrowTV.",
    "Promoter Gary Lisk said tickets for the final session sold out within three hours this year.",
    "Ticket prices for next year's event have not yet been set."),
  J("Organisers Bullseye Promotions said on Thursday that next year's Northern Open darts tournament would be staged at the bigger Pemberton Arena instead of the Hartside Leisure Centre, raising the number of spectators per session from 1,800 to 4,500.",
    "Prize money is going up too, and the champion will take home £60,000, twice as much as this year.",
    "Now in its 12th year, the event will run for four days at the end of October and be streamed live on ArrowTV.",
    "This year the final session sold out in under three hours, according to promoter Gary Lisk.",
    "Prices for tickets to next year's tournament are still to be decided."),
  traps=[T("instead of the Hartside Leisure Centre", "from the Hartside Leisure Centre"),
         T("twice as much as this year", "double this year's amount"),
         T("at the end of October", "in late October"),
         T("in under three hours", "within three hours"),
         T("are still to be decided", "have not yet been set")])

C("daylight saving", "translation", "consistent",
  J("Parliament voted on Tuesday to abolish the seasonal clock change from 2027, keeping the country permanently on standard time, the parliamentary press office reported.",
    "The bill was approved by 212 votes to 94, with 11 abstentions.",
    "Clocks will go back one hour for the last time on the last Sunday of October 2026.",
    "Economy minister Pavel Korinek said surveys showed that almost three-quarters of citizens wanted to end the practice.",
    "Transport operators and airlines have been given 18 months to adjust their timetables.",
    "Opposition deputies argued that the change would mean darker summer evenings and could hurt tourism."),
  J("On Tuesday, lawmakers approved the abolition of the twice-yearly change of clocks from 2027, which will keep the country on standard time all year round, according to parliament's press office.",
    "There were 212 votes in favour, 94 against and 11 abstentions.",
    "The final time clocks are turned back an hour will be on the last Sunday in October 2026.",
    "Surveys showed that nearly 75 per cent of citizens wanted to do away with the practice, economy minister Pavel Korinek said.",
    "Airlines and transport operators have been given a year and a half to adapt their timetables.",
    "Opposition members of parliament argued that summer evenings would be darker as a result and tourism might suffer."),
  traps=[T("the twice-yearly change of clocks", "the seasonal clock change"),
         T("212 votes in favour, 94 against and 11 abstentions", "212 votes to 94, with 11 abstentions"),
         T("nearly 75 per cent", "almost three-quarters"),
         T("a year and a half", "18 months"),
         T("tourism might suffer", "could hurt tourism")])

C("deer management", "translation", "inconsistent",
  J("The forestry office of the Hohenfels district will increase the number of red deer to be culled this season by a quarter, to 750 animals, to protect young trees planted after the storms of recent years.",
    "District forester Bernd Kaltner said that browsing damage had been found on almost 40 per cent of the replanted areas surveyed in spring.",
    "Hunters will receive an additional payment of 50 euros per animal shot in the most affected areas.",
    "Animal welfare groups criticised the decision and called for the forests to be fenced instead.",
    "The hunting season runs until the end of January."),
  J("To protect saplings that survived the storms of recent years, the Hohenfels district forestry office is raising this season's red deer cull by 25 per cent, to 750 animals.",
    "Browsing damage was found on nearly 40 per cent of the replanted areas inspected in the spring, according to district forester Bernd Kaltner.",
    "In the worst-hit areas, hunters will be paid an extra 50 euros for each animal shot.",
    "Animal protection groups criticised the move and said the forests should be fenced instead.",
    "The hunting season lasts until the end of January."),
  errors=[E("that survived the storms of recent years", "event", "major", ref="planted after the storms of recent years")],
  traps=[T("by 25 per cent", "by a quarter"),
         T("nearly 40 per cent", "almost 40 per cent"),
         T("an extra 50 euros for each animal shot", "an additional payment of 50 euros per animal shot")])

# --------------------------------------------------------------------------
# Offsets, validation, output
# --------------------------------------------------------------------------

class SetError(Exception):
    pass


def find_nth(haystack, needle, occ):
    """Start index of occurrence `occ` (0-based) of needle; insists on an explicit
    occurrence index whenever the needle appears more than once."""
    positions = []
    start = 0
    while True:
        i = haystack.find(needle, start)
        if i < 0:
            break
        positions.append(i)
        start = i + 1
    if not positions:
        raise SetError("text not found: %r" % needle)
    if occ >= len(positions):
        raise SetError("occurrence %d of %r requested, only %d found" % (occ, needle, len(positions)))
    if len(positions) > 1 and occ == 0:
        # occ=0 is also the default, so a repeated text must either be made unique or be
        # requested with occ >= 1; spans on the first of several copies are avoided.
        raise SetError("ambiguous text %r occurs %d times; give an occurrence index" % (needle, len(positions)))
    return positions[occ]


def is_word_char(ch):
    return ch.isalnum()


def check_boundaries(cand, start, end, what):
    if start > 0 and end > start:
        if is_word_char(cand[start - 1]) and is_word_char(cand[start]):
            raise SetError("%s cuts a word at start: %r" % (what, cand[max(0, start - 10):start + 10]))
    if end < len(cand) and end > start:
        if is_word_char(cand[end - 1]) and is_word_char(cand[end]):
            raise SetError("%s cuts a word at end: %r" % (what, cand[max(0, end - 10):end + 10]))
    if end == start and 0 < start < len(cand):
        if is_word_char(cand[start - 1]) and is_word_char(cand[start]):
            raise SetError("%s insertion point inside a word" % what)
    if end > start and (cand[start].isspace() or cand[end - 1].isspace()):
        raise SetError("%s has leading/trailing whitespace: %r" % (what, cand[start:end]))


def words(s):
    return re.findall(r"\S+", s)


def build():
    records = []
    problems = []
    domains_seen = set()
    for idx, case in enumerate(CASES, 1):
        cid = "s%d-%03d" % (N, idx)
        try:
            ref, cand = case["reference"], case["candidate"]
            mode, label, domain = case["mode"], case["label"], case["domain"]
            if domain not in DOMAINS:
                raise SetError("unknown domain %r" % domain)
            if domain in domains_seen:
                raise SetError("duplicate domain %r" % domain)
            domains_seen.add(domain)
            if mode not in MODES:
                raise SetError("bad mode %r" % mode)
            if label not in ("consistent", "inconsistent"):
                raise SetError("bad label %r" % label)
            for name, text in (("reference", ref), ("candidate", cand)):
                if "  " in text or text != text.strip():
                    raise SetError("%s has stray whitespace" % name)
            nref = len(words(ref))
            if not 70 <= nref <= 190:
                raise SetError("reference has %d words (needs 70-190)" % nref)
            if ref == cand:
                raise SetError("candidate identical to reference")
            if mode == "summary" and not (len(cand) < len(ref) and len(words(cand)) < nref):
                raise SetError("summary not shorter than reference")

            spans = []  # (start, end, kind) for overlap checks
            errors_out = []
            for e in case["errors"]:
                etype, sev = e["type"], e["severity"]
                if etype not in ERROR_TYPES:
                    raise SetError("bad error type %r" % etype)
                if sev not in SEVERITIES:
                    raise SetError("bad severity %r" % sev)
                if etype == "omission":
                    if mode == "summary":
                        raise SetError("omission in a summary pair")
                    if e["text"] != "":
                        raise SetError("omission must have empty text")
                    if not e["ref_text"] or e["ref_text"] not in ref:
                        raise SetError("omission ref_text not in reference: %r" % e["ref_text"])
                    if e["ref_text"] in cand:
                        raise SetError("omitted words still present in candidate: %r" % e["ref_text"])
                    if not e["after"]:
                        raise SetError("omission needs an anchor")
                    a = find_nth(cand, e["after"], e["after_occ"])
                    start = end = a + len(e["after"])
                else:
                    if not e["text"]:
                        raise SetError("empty error text for %s" % etype)
                    start = find_nth(cand, e["text"], e["occ"])
                    end = start + len(e["text"])
                    if etype in ("addition", "repetition"):
                        if e["ref_text"] is not None:
                            raise SetError("%s must have ref_text null" % etype)
                    else:
                        if not e["ref_text"] or e["ref_text"] not in ref:
                            raise SetError("error ref_text not in reference: %r" % e["ref_text"])
                        if e["ref_text"] == e["text"]:
                            raise SetError("error text equals ref_text: %r" % e["text"])
                    if etype == "repetition" and cand.find(e["text"]) >= start:
                        raise SetError("repetition span has no earlier copy: %r" % e["text"])
                    if etype in ("entity", "number", "date", "role") and e["text"] in ref:
                        raise SetError("%s error text also in reference (not a change?): %r" % (etype, e["text"]))
                if cand[start:end] != e["text"]:
                    raise SetError("offset mismatch for %r" % e["text"])
                check_boundaries(cand, start, end, "error %r" % e["text"])
                spans.append((start, end, "error"))
                errors_out.append({"start": start, "end": end, "text": e["text"], "type": etype,
                                   "severity": sev, "ref_text": e["ref_text"]})

            traps_out = []
            for t in case["traps"]:
                start = find_nth(cand, t["text"], t["occ"])
                end = start + len(t["text"])
                if not t["ref_text"] or t["ref_text"] not in ref:
                    raise SetError("trap ref_text not in reference: %r" % t["ref_text"])
                if t["text"] == t["ref_text"]:
                    raise SetError("trap text identical to its ref_text: %r" % t["text"])
                check_boundaries(cand, start, end, "trap %r" % t["text"])
                spans.append((start, end, "trap"))
                traps_out.append({"start": start, "end": end, "text": t["text"], "ref_text": t["ref_text"]})

            # no overlaps (a zero-width omission may not sit strictly inside another span)
            ordered = sorted(spans)
            for (s1, e1, k1), (s2, e2, k2) in zip(ordered, ordered[1:]):
                if s2 < e1:
                    raise SetError("overlapping spans %r and %r" % (cand[s1:e1], cand[s2:e2]))
            for (s1, e1, _k1) in spans:
                if s1 == e1:
                    for (s2, e2, _k2) in spans:
                        if s2 < s1 < e2:
                            raise SetError("omission point inside another span")

            if label == "consistent":
                if errors_out:
                    raise SetError("consistent pair with errors")
                if not 3 <= len(traps_out) <= 5:
                    raise SetError("consistent pair needs 3-5 traps, has %d" % len(traps_out))
            else:
                if not errors_out:
                    raise SetError("inconsistent pair without errors")
                if len(traps_out) > 3:
                    raise SetError("inconsistent pair has %d traps (max 3)" % len(traps_out))

            errors_out.sort(key=lambda x: (x["start"], x["end"]))
            traps_out.sort(key=lambda x: (x["start"], x["end"]))
            records.append({"id": cid, "domain": domain, "mode": mode, "reference": ref,
                            "candidate": cand, "label": label, "errors": errors_out,
                            "traps": traps_out})
        except SetError as exc:
            problems.append("%s (%s): %s" % (cid, case.get("domain"), exc))

    # set-level composition
    if len(CASES) != 40:
        problems.append("expected 40 pairs, got %d" % len(CASES))
    if set(DOMAINS) - domains_seen:
        problems.append("domains not used: %s" % sorted(set(DOMAINS) - domains_seen))
    combo = Counter((c["mode"], c["label"]) for c in CASES)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(combo) != want:
        problems.append("mode/label composition wrong: %s" % dict(combo))
    type_counts = Counter(e["type"] for c in CASES for e in c["errors"])
    if dict(type_counts) != EXPECTED_TYPE_COUNTS:
        problems.append("error type counts %s differ from docstring %s" % (dict(type_counts), EXPECTED_TYPE_COUNTS))
    if sum(type_counts.values()) != 30:
        problems.append("expected 30 errors, got %d" % sum(type_counts.values()))
    for t in ERROR_TYPES:
        if type_counts.get(t, 0) < 2:
            problems.append("error type %s used fewer than 2 times" % t)
    per_pair = Counter(len(c["errors"]) for c in CASES if c["label"] == "inconsistent")
    if any(k > 2 for k in per_pair) or per_pair.get(1, 0) + per_pair.get(2, 0) < 15:
        problems.append("errors per inconsistent pair not mostly 1-2: %s" % dict(per_pair))
    return records, problems


def summarise(records):
    lines = []
    lines.append("pairs: %d" % len(records))
    lines.append("by mode/label: %s" % sorted(Counter((r["mode"], r["label"]) for r in records).items()))
    lines.append("by label: %s" % sorted(Counter(r["label"] for r in records).items()))
    lines.append("by mode: %s" % sorted(Counter(r["mode"] for r in records).items()))
    et = Counter(e["type"] for r in records for e in r["errors"])
    lines.append("errors: %d %s" % (sum(et.values()), sorted(et.items())))
    lines.append("errors by mode: %s" % sorted(Counter(r["mode"] for r in records for e in r["errors"]).items()))
    lines.append("severity: %s" % sorted(Counter(e["severity"] for r in records for e in r["errors"]).items()))
    lines.append("errors per inconsistent pair: %s" % sorted(Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent").items()))
    lines.append("traps: %d total; consistent %d, inconsistent %d" % (
        sum(len(r["traps"]) for r in records),
        sum(len(r["traps"]) for r in records if r["label"] == "consistent"),
        sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")))
    wc = [len(words(r["reference"])) for r in records]
    lines.append("reference words: min %d, max %d, mean %.1f" % (min(wc), max(wc), sum(wc) / len(wc)))
    return "\n".join(lines)


def main(argv):
    check_only = "--check" in argv[1:]
    records, problems = build()
    if problems:
        print("VALIDATION FAILED (%d problems):" % len(problems))
        for p in problems:
            print("  - " + p)
        return 1
    print(summarise(records))
    if check_only:
        print("OK (check only, nothing written)")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-verify what was written
    with open(OUT_PATH, encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh]
    assert len(back) == len(records)
    for r in back:
        for s in r["errors"] + r["traps"]:
            assert r["candidate"][s["start"]:s["end"]] == s["text"]
    print("OK wrote %s (%d records)" % (OUT_PATH, len(back)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
