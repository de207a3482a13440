#!/usr/bin/env python3
"""Held-out evaluation set 15 for the fact-comparison tool.

How it was made
---------------
Every pair below was hand-written by a helper session that saw no code, data or
benchmark of the project; it worked only from a short written brief.  All people,
companies, organisations, places and figures are invented (real countries appear
only as background).  The texts are kept here as Python data; every character
offset is computed by string search in this script (never typed by hand), and the
whole set is validated before set15.jsonl (next to this script) is written.

    python3 make_set15.py          # validate and write set15.jsonl
    python3 make_set15.py --check  # validate only, write nothing

Composition (checked by the script)
-----------------------------------
* 40 pairs, one per domain: 20 consistent, 20 inconsistent.
* Modes: 20 rewrite (10 consistent / 10 inconsistent), 10 summary (5 / 5),
  10 translation (5 / 5).  In translation pairs both texts are independent
  English translations of the same non-English story.
* 30 errors: entity 3, number 4, date 3, role 3, polarity 3, modality 3,
  attribution 2, event 3, omission 2, addition 2, repetition 2.
  10 inconsistent pairs carry one error, 10 carry two.  Omissions occur only in
  rewrite/translation pairs.
* Traps (faithful rewordings a naive checker might flag): 3-5 per consistent
  pair, 0-3 per inconsistent pair.
* References are 70-190 words in news / agency / corporate / official register;
  summaries are shorter than their references.
"""
import json
import os
import sys

N = 15
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set%d.jsonl" % N)

DOMAINS = [
    "antiques auctions", "avalanche safety", "bee pollination services", "blood banks",
    "bowling", "bridges inspection", "camping sites", "car sharing", "cemeteries",
    "cheese making", "circus", "climbing walls", "coastal erosion", "community radio",
    "composting", "cooperative banks", "credit unions", "crossword publishing", "dams",
    "data centres", "deep-sea mining", "desalination", "dialysis clinics", "dredging",
    "e-scooters", "elevators", "fencing (sport)", "fertiliser plants", "fitness clubs",
    "flour mills", "fonts and typography", "fountain restoration", "furniture making",
    "gas distribution", "genealogy", "glaciology", "greenhouses", "hair salons",
    "handball", "hearing aids",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]


def E(text, type_, severity, ref=None, occ=None, after=None, after_occ=None):
    """An error.  For omissions give text="" and `after`, the candidate text
    right after which the missing words belong."""
    return {"text": text, "type": type_, "severity": severity, "ref_text": ref,
            "occ": occ, "after": after, "after_occ": after_occ}


def T(text, ref, occ=None):
    """A trap: faithful rewording in the candidate; ref is the reference wording."""
    return {"text": text, "ref_text": ref, "occ": occ}


CASES = []


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------- cases 1-10

case("antiques auctions", "rewrite", "consistent",
     "Harwick & Lisle, the auction house based in the market town of Ebbersley, said on Monday that a "
     "lacquered writing cabinet attributed to the eighteenth-century workshop of Tobias Fenmore sold for "
     "£412,000 at its autumn sale, more than four times the low estimate of £90,000. The buyer, who bid by "
     "telephone, has asked not to be named. The cabinet had been consigned by a private family that had owned "
     "it since 1931, according to the saleroom. Head of furniture Marguerite Olsby said the result reflected "
     "'a renewed appetite among collectors for documented provenance'. The house added that 62 per cent of the "
     "340 lots offered found buyers, and that total sales reached £3.1 million, including buyer's premium. Its "
     "next furniture sale is scheduled for 14 March.",
     "Harwick & Lisle, an auction house in the market town of Ebbersley, announced on Monday that a lacquered "
     "writing cabinet attributed to the eighteenth-century workshop of Tobias Fenmore had fetched £412,000 at "
     "its autumn sale — over four times the £90,000 low estimate. The buyer, bidding by phone, has requested "
     "anonymity. According to the saleroom, the cabinet was consigned by a private family who had held it since "
     "1931. Marguerite Olsby, who heads the furniture department, put the result down to 'a renewed appetite "
     "among collectors for documented provenance'. Of the 340 lots on offer, 62% sold, and the sale took £3.1m "
     "including buyer's premium. The house's next furniture sale is due on 14 March.",
     traps=[T("over four times the £90,000 low estimate", "more than four times the low estimate of £90,000"),
            T("has requested anonymity", "has asked not to be named"),
            T("who heads the furniture department", "Head of furniture"),
            T("£3.1m", "£3.1 million")])

case("avalanche safety", "rewrite", "inconsistent",
     "The Valdric Mountain Rescue Service raised the avalanche danger rating for the upper Kessel valley to "
     "level 4 of 5 on Thursday evening, following two days of heavy snowfall and strong westerly winds. "
     "Forecaster Ilse Rautmann said natural slides were likely on north- and east-facing slopes above 2,000 "
     "metres and that skier-triggered avalanches could occur even on moderate terrain. The service advised "
     "backcountry users to avoid all off-piste routes until at least Sunday morning, when a reassessment is "
     "planned. Two lifts serving the Grauhorn ridge will remain closed over the weekend, operator Kessel "
     "Bergbahnen confirmed. Rautmann noted that around 80 centimetres of fresh snow had fallen since Tuesday, "
     "much of it on top of a weak, icy layer.",
     "On Thursday evening the Valdric Mountain Rescue Service lifted the avalanche danger rating for the upper "
     "Kessel valley to 4 on its five-point scale, after 48 hours of heavy snow and strong westerly winds. "
     "According to forecaster Ilse Rautmann, natural slides are likely on slopes facing north and east above "
     "2,000 metres, and skiers will trigger avalanches even on moderate terrain. Backcountry users have been "
     "told to stay off all off-piste routes until at least Saturday morning, when the situation is to be "
     "reassessed. Kessel Bergbahnen, which operates the two lifts serving the Grauhorn ridge, confirmed they "
     "will stay shut over the weekend. Some 80 cm of fresh snow has fallen since Tuesday, Rautmann said, much "
     "of it on top of a weak, icy layer.",
     errors=[E("skiers will trigger avalanches", "modality", "major", "skier-triggered avalanches could occur"),
             E("Saturday morning", "date", "major", "Sunday morning")],
     traps=[T("4 on its five-point scale", "level 4 of 5"),
            T("48 hours", "two days"),
            T("80 cm", "80 centimetres")])

case("bee pollination services", "rewrite", "consistent",
     "Orchard growers in the Tallow Basin will pay an average of 210 dollars per hive this spring for "
     "pollination services, up from 165 dollars last year, according to a survey published on Wednesday by the "
     "Basin Fruit Growers' Association. The association attributed the rise mainly to winter colony losses, "
     "which beekeepers estimated at around 38 per cent, and to higher transport costs. Apple and cherry growers "
     "are expected to rent roughly 46,000 hives between mid-April and late May. 'Without managed bees, a large "
     "share of this year's crop simply would not set,' said association chair Dorrit Vanecek. The survey, "
     "which covered 118 growers, also found that one in five planned to plant wildflower strips to support "
     "native pollinators, although most said they lacked funding to do so at scale.",
     "A survey released on Wednesday by the Basin Fruit Growers' Association shows that orchardists in the "
     "Tallow Basin will pay an average of 210 dollars a hive for pollination services this spring, against 165 "
     "dollars a year ago. Winter colony losses — put by beekeepers at roughly 38 per cent — were the main "
     "driver of the increase, the association said, along with costlier transport. Between mid-April and late "
     "May, apple and cherry growers are likely to rent some 46,000 hives. Dorrit Vanecek, who chairs the "
     "association, said that without managed bees 'a large share of this year's crop simply would not set'. "
     "Of the 118 growers surveyed, 20 per cent plan to plant wildflower strips to support native pollinators, "
     "though most said they did not have the money to do so on a large scale.",
     traps=[T("a year ago", "last year"),
            T("costlier transport", "higher transport costs"),
            T("are likely to", "are expected to"),
            T("20 per cent", "one in five"),
            T("did not have the money", "lacked funding")])

case("blood banks", "rewrite", "inconsistent",
     "The Northmere Regional Blood Service has appealed for donors with O-negative blood after stocks fell to "
     "3.2 days' supply, well below its target of six days. Director of operations Ferran Talbot said on Friday "
     "that a combination of seasonal illness among regular donors and a rise in trauma cases had drained "
     "reserves over the past month. The service collected 9,400 donations in October, around 1,100 fewer than "
     "in the same month last year. Extra evening sessions will open at its four donor centres from next Monday, "
     "and mobile units will visit the towns of Cresslow and Amberfield. Talbot stressed that hospitals had not "
     "yet had to postpone planned surgery, but said the service would issue an amber alert if stocks dropped "
     "below three days.",
     "The Northmere Regional Blood Service is appealing for O-negative donors after its stocks dropped to 3.2 "
     "days' supply, far short of its six-day target. Speaking on Friday, operations director Ferran Talbot "
     "blamed a combination of seasonal illness and a rise in trauma cases for running down reserves over the "
     "last month. October donations totalled 9,400, roughly 1,400 fewer than in October last year. From next "
     "Monday, the service's four donor centres will open extra evening sessions, while mobile units will travel "
     "to the towns of Cresslow and Amberfield. Planned surgery has not so far had to be postponed at any "
     "hospital, Talbot stressed, though an amber alert would be issued should stocks fall below three days.",
     errors=[E("", "omission", "minor", "among regular donors", after="a combination of seasonal illness"),
             E("1,400", "number", "major", "1,100")],
     traps=[T("far short of its six-day target", "well below its target of six days"),
            T("operations director Ferran Talbot", "Director of operations Ferran Talbot")])

case("bowling", "rewrite", "consistent",
     "The Pellham Tenpin Centre will close for eleven weeks from 2 June while its 24 lanes are replaced and the "
     "building is fitted with new ventilation, owner Carrow Leisure announced yesterday. The refurbishment, "
     "costing 1.8 million euros, is being part-funded by a 400,000-euro grant from the Pellham District "
     "Council's sports facilities fund. Leagues that normally play at the centre will be moved to the Ostrey "
     "Bowl, about 15 kilometres away, and Carrow Leisure said it would provide a free shuttle bus on league "
     "nights. General manager Aled Prynne said the centre expected to reopen in mid-August 'if the lane "
     "supplier keeps to its schedule'. The centre, which opened in 1987, attracts roughly 120,000 visits a year.",
     "Carrow Leisure said yesterday that its Pellham Tenpin Centre will shut on 2 June for eleven weeks so that "
     "its 24 lanes can be replaced and new ventilation installed. Of the €1.8m cost, 400,000 euros is coming "
     "from a grant from Pellham District Council's sports facilities fund. While the work is carried out, the "
     "leagues that normally bowl there will play at the Ostrey Bowl, roughly 15 km away, with a free shuttle "
     "bus laid on by Carrow Leisure on league nights. The centre expects to reopen in the middle of August, "
     "provided 'the lane supplier keeps to its schedule', according to general manager Aled Prynne. Opened in "
     "1987, the centre receives about 120,000 visits annually.",
     traps=[T("€1.8m", "1.8 million euros"),
            T("15 km", "15 kilometres"),
            T("the middle of August", "mid-August"),
            T("annually", "a year")])

case("bridges inspection", "rewrite", "inconsistent",
     "Engineers from the consultancy Stroud Baxley inspected the Merrin Viaduct on behalf of the Harbour County "
     "Roads Authority last month and found corrosion on 14 of its 52 steel bearings, according to a report "
     "released on Tuesday. The report classifies the structure as 'fair' and recommends that the bearings be "
     "replaced within three years. It does not call for any immediate weight restriction. The authority said "
     "it would commission a detailed design for the replacement work this year and expected construction to "
     "begin in 2027. The 1964 viaduct carries about 31,000 vehicles a day across the Merrin estuary. County "
     "transport lead Oriel Haskett said the findings were 'in line with what we would expect for a structure "
     "of this age'.",
     "Last month the Harbour County Roads Authority inspected the Merrin Viaduct on behalf of the consultancy "
     "Stroud Baxley, finding corrosion on 14 of the structure's 52 steel bearings, a report published on "
     "Tuesday shows. The viaduct is rated 'fair', and the report recommends replacing the bearings within three "
     "years, but it stops short of calling for an immediate weight limit. A detailed design for the replacement "
     "will be commissioned this year, the authority said, with construction expected to start in 2027. Built "
     "in 1964, the viaduct carries some 31,000 vehicles daily over the Merrin estuary. According to county "
     "transport lead Oriel Haskett, the findings were 'in line with what we would expect for a structure of "
     "this age'.",
     errors=[E("Harbour County Roads Authority inspected the Merrin Viaduct on behalf of the consultancy Stroud "
               "Baxley", "role", "major",
               "Stroud Baxley inspected the Merrin Viaduct on behalf of the Harbour County Roads Authority")],
     traps=[T("stops short of calling for an immediate weight limit",
              "does not call for any immediate weight restriction"),
            T("31,000 vehicles daily", "31,000 vehicles a day"),
            T("Built in 1964", "The 1964 viaduct")])

case("camping sites", "rewrite", "consistent",
     "Bookings at campsites in the Loddon Hills national park rose by 17 per cent this summer compared with "
     "2023, the park authority said in its annual visitor report on Thursday. Its three authority-run sites "
     "recorded 64,000 overnight stays between May and September, while privately operated sites within the "
     "park boundary reported a combined 151,000. The authority attributed part of the growth to a new online "
     "booking system introduced in March, which allows pitches to be reserved up to nine months ahead. However, "
     "it warned that wastewater facilities at the Greyfold site were operating close to capacity and said no "
     "additional pitches would be approved there until an upgrade, estimated at 2.3 million pounds, had been "
     "completed. The upgrade has not yet been funded.",
     "This summer campsite bookings in the Loddon Hills national park were up 17 per cent on 2023, according to "
     "the annual visitor report the park authority published on Thursday. From May to September the "
     "authority's own three sites logged 64,000 overnight stays; privately run sites inside the park boundary "
     "together reported 151,000. Some of the growth was credited to a new online booking system launched in "
     "March that lets visitors reserve pitches as much as nine months in advance. The authority cautioned, "
     "though, that wastewater facilities at the Greyfold site were running near capacity, and said it would "
     "approve no further pitches there until an upgrade, put at an estimated £2.3m, is complete — work for "
     "which funding has yet to be found.",
     traps=[T("as much as nine months in advance", "up to nine months ahead"),
            T("would approve no further pitches", "no additional pitches would be approved"),
            T("£2.3m", "2.3 million pounds"),
            T("funding has yet to be found", "has not yet been funded")])

case("car sharing", "rewrite", "inconsistent",
     "Car-sharing operator Zipwell will withdraw its fleet from the city of Marlow Vale at the end of January "
     "after failing to reach an agreement with the municipality on parking fees, the company said on Monday. "
     "Zipwell currently operates 240 vehicles in the city and says it has around 18,000 active members there. "
     "The council had proposed charging operators 600 euros per vehicle per year for on-street bays, a figure "
     "Zipwell described as 'unworkable'. Deputy mayor Helena Corvin said the council remained open to talks but "
     "would not exempt commercial operators from charges that private residents already pay. Members will be "
     "refunded any unused prepaid credit, Zipwell said. A rival service, Kinto Share, said it had no plans to "
     "expand in Marlow Vale.",
     "Zipwell, the car-sharing operator, said on Monday it will pull its fleet out of Marlow Vale at the end of "
     "January, having failed to agree parking fees with the city authorities. The company, which launched in "
     "Marlow Vale in 2018, runs 240 vehicles there and reports about 18,000 active members. The council's "
     "proposal — a charge of 600 euros a year for each vehicle using on-street bays — was branded "
     "'unworkable' by Zipwell. Deputy mayor Helena Corvin said the council was still open to talks, but would "
     "not exempt commercial operators from charges already paid by private residents. Any unused prepaid credit "
     "will be refunded to members, according to Zipwell. Rival service Kinto Share said it planned to expand "
     "in Marlow Vale.",
     errors=[E("which launched in Marlow Vale in 2018", "addition", "minor"),
             E("said it planned to expand", "polarity", "major", "said it had no plans to expand")],
     traps=[T("pull its fleet out of", "withdraw its fleet from"),
            T("was still open to talks", "remained open to talks")])

case("cemeteries", "rewrite", "consistent",
     "The Brackwater Burial Board has approved plans to extend St Aldwyn's Cemetery onto 1.6 hectares of "
     "adjoining farmland, creating space for an estimated 2,800 new graves. The board said on Wednesday that "
     "the existing cemetery, opened in 1879, is expected to run out of burial space within four years. The "
     "extension will include a woodland section for natural burials and a garden for the interment of ashes. "
     "Work is due to start next spring and will cost about 740,000 pounds, to be met from the board's reserves "
     "rather than from council tax. Board clerk Nadia Fellowes said a public consultation last year had drawn "
     "412 responses, most of which supported the woodland burial option. The land was purchased from a local "
     "farming family in 2021.",
     "Plans to extend St Aldwyn's Cemetery onto 1.6 hectares of neighbouring farmland have been approved by the "
     "Brackwater Burial Board, giving room for around 2,800 new graves by the board's estimate. The current "
     "cemetery dates from 1879 and is likely to run out of burial space within four years, the board said on "
     "Wednesday. A woodland area for natural burials and a garden where ashes can be interred will form part "
     "of the extension. The work, due to begin next spring, will cost roughly £740,000 and will be paid for out "
     "of the board's reserves, not council tax. A public consultation held last year attracted 412 responses, "
     "the majority in favour of the woodland burial option, said Nadia Fellowes, the board's clerk. The land "
     "was bought from a local farming family in 2021.",
     traps=[T("dates from 1879", "opened in 1879"),
            T("is likely to", "is expected to"),
            T("£740,000", "740,000 pounds"),
            T("the majority in favour of", "most of which supported")])

case("cheese making", "rewrite", "inconsistent",
     "Dalmont Creamery, a family-run cheesemaker in the Vessel valley, has won the supreme champion title at "
     "the National Cheese Awards in Harrowgate for its 18-month aged hard cheese, Old Tor. The judges, led by "
     "chief assessor Benedikt Oyelaran, praised its 'crystalline texture and long, nutty finish'. It is the "
     "first time a producer from the region has taken the top prize since the awards began in 1994. Dalmont, "
     "which employs 23 people, makes around 140 tonnes of cheese a year using milk from its own herd of 300 "
     "Montbéliarde cows. Managing director Ruth Dalmont said the company would use the publicity to push into "
     "export markets, starting with a distribution agreement in Denmark signed last month. More than 4,100 "
     "cheeses were entered this year.",
     "Old Tor, an 18-month aged hard cheese made by the Vessel valley family business Dalmont Creamery, has "
     "been named supreme champion at the National Cheese Awards in Harrowgate. Judges, headed by chief assessor "
     "Benedikt Oyelaran, singled out its 'crystalline texture and long, nutty finish'. Never before, since the "
     "awards were launched in 1994, had a producer from the region taken the top prize. The 23-strong company "
     "produces about 140 tonnes of cheese each year from the milk of its own herd of 300 Montbéliarde cows. Ruth "
     "Dalmont, its managing director, said the firm would use the publicity to break into export markets, "
     "beginning with a distribution deal in Norway that it signed last month. This year's awards drew more "
     "than 4,100 entries.",
     errors=[E("Norway", "entity", "major", "Denmark")],
     traps=[T("headed by", "led by"),
            T("The 23-strong company", "which employs 23 people")])

# ---------------------------------------------------------------- cases 11-20

case("circus", "rewrite", "consistent",
     "Cirque Almadine, the touring circus company founded by acrobat Yusuf Brennagh in 2009, will perform its "
     "first season without animal acts next year, its board confirmed on Saturday. The decision follows a "
     "two-year review and comes after the town councils of Welby and Norcastle said they would no longer "
     "license venues for shows featuring animals. The company's six horses will be retired to a sanctuary in "
     "the Fenlow hills, where Almadine will cover their care costs. Artistic director Colette Marrin said the "
     "2025 programme would instead feature an expanded aerial section and a new clown ensemble. The circus, "
     "which employs 65 performers and crew, played to about 210,000 people across 96 dates last season. Ticket "
     "prices are set to rise by about 5 per cent.",
     "Next year Cirque Almadine will tour its first season without animal acts, the company's board confirmed "
     "on Saturday. The touring circus, set up in 2009 by acrobat Yusuf Brennagh, reached the decision after a "
     "review lasting two years and after the town councils of Welby and Norcastle said they would stop "
     "licensing venues for shows featuring animals. Its six horses are to be retired to a sanctuary in the "
     "Fenlow hills, with Almadine paying for their care. In place of the animal acts, the 2025 programme will "
     "offer an expanded aerial section and a new clown ensemble, said artistic director Colette Marrin. Last "
     "season the company, which employs 65 performers and crew, drew around 210,000 spectators over 96 dates. "
     "Tickets are expected to cost roughly 5 per cent more.",
     traps=[T("a review lasting two years", "a two-year review"),
            T("would stop licensing", "would no longer license"),
            T("with Almadine paying for their care", "where Almadine will cover their care costs"),
            T("drew around 210,000 spectators", "played to about 210,000 people")])

case("climbing walls", "rewrite", "inconsistent",
     "Boulderhaus, which runs indoor climbing walls in Tressing and Lowmarsh, has been fined 28,000 pounds after "
     "a customer broke both ankles when a crash mat split during a session in 2022. Magistrates in Tressing "
     "heard that the company had been warned by its own safety manager, Priya Ellacott, six months earlier "
     "that several mats needed replacing. Prosecutor Daniel Crewe told the court that Boulderhaus had 'put cost "
     "ahead of safety'. The company pleaded guilty and was also ordered to pay 9,500 pounds in costs. In a "
     "statement, chief executive Tomas Verhagen said all mats across its two centres had since been replaced "
     "and that inspections were now carried out weekly rather than monthly. The injured customer, a "
     "34-year-old teacher, has since returned to climbing.",
     "Boulderhaus, operator of indoor climbing walls in Tressing and Lowmarsh, has been fined £28,000 after a "
     "crash mat split during a 2022 session, leaving a customer with two broken ankles. Tressing magistrates "
     "were told that six months before the accident the company's own safety manager, Priya Ellacott, had "
     "warned that several mats needed replacing. Ellacott told the court the company had 'put cost ahead of "
     "safety'. Boulderhaus, which admitted the offence, must also pay £5,900 in costs. Chief executive Tomas "
     "Verhagen said in a statement that every mat at the two centres had since been replaced and that "
     "inspections now took place weekly instead of monthly. The injured customer, a 34-year-old teacher, is "
     "climbing again.",
     errors=[E("Ellacott told the court", "attribution", "major", "Prosecutor Daniel Crewe told the court"),
             E("£5,900", "number", "minor", "9,500 pounds")],
     traps=[T("£28,000", "28,000 pounds"),
            T("which admitted the offence", "pleaded guilty"),
            T("is climbing again", "has since returned to climbing")])

case("coastal erosion", "rewrite", "consistent",
     "The Shorlan District Council will spend 6.5 million pounds on rock armour to protect a 900-metre stretch "
     "of cliff at Pennock Bay, where erosion has brought the cliff edge to within 12 metres of the coast road. "
     "The scheme, approved at a council meeting on 9 October, is expected to take around 18 months to complete. "
     "Officials said the cliffs had retreated by an average of 1.4 metres a year over the past decade, roughly "
     "double the rate recorded in the 1990s. Around 40 per cent of the cost will come from a national flood and "
     "coastal defence grant. Councillor Bryn Atterley, who chairs the environment committee, said the council "
     "had 'no realistic alternative' if the road was to stay open. Eleven homes on Cliff Terrace are not "
     "covered by the scheme.",
     "Shorlan District Council is to spend £6.5m on rock armour to protect 900 metres of cliff at Pennock Bay, "
     "where erosion has left the cliff edge only 12 metres from the coast road. Councillors approved the scheme "
     "at a meeting on 9 October, and it is expected to take about a year and a half to complete. Over the last "
     "ten years the cliffs have retreated by 1.4 metres a year on average, around twice the rate recorded in "
     "the 1990s, according to officials. Some two-fifths of the cost will be met by a national flood and "
     "coastal defence grant. Environment committee chair Bryn Atterley said the council had 'no realistic "
     "alternative' if the road was to remain open. The scheme does not cover eleven homes on Cliff Terrace.",
     traps=[T("£6.5m", "6.5 million pounds"),
            T("about a year and a half", "around 18 months"),
            T("Over the last ten years", "over the past decade"),
            T("around twice", "roughly double"),
            T("Some two-fifths", "Around 40 per cent")])

case("community radio", "rewrite", "inconsistent",
     "Harbourside FM, the volunteer-run community station serving the Kelmouth estuary, has been awarded a new "
     "eight-year broadcasting licence by the national communications regulator. The station, launched in 2011, "
     "had faced competition for the frequency from a commercial applicant, Coastline Media. In its decision, "
     "published on Tuesday, the regulator said Harbourside's programming in Portuguese and Polish met 'a clear "
     "local need'. The station has 85 volunteers and broadcasts 19 hours a day. Station manager Inês Torvald "
     "said the licence would allow it to plan its first paid traineeship scheme, funded by a 30,000-pound grant "
     "from the Kelmouth Foundation. Coastline Media said it was disappointed but would not appeal.",
     "The national communications regulator has granted Harbourside FM, the volunteer-run community station "
     "for the Kelmouth estuary, a new eight-year broadcasting licence. Launched in 2011, the station had been up "
     "against a commercial bidder, Coastline Media, for the frequency. Harbourside's Portuguese- and "
     "Polish-language programming met 'a clear local need', the regulator said in its decision, published on "
     "Tuesday. The station broadcasts 19 hours a day and has 85 volunteers. Station manager Inês Torvald said "
     "the licence meant it could plan its first paid traineeship scheme, which will be funded by a £30,000 "
     "grant from the Kelmouth Foundation. The station broadcasts 19 hours a day and has 85 volunteers. "
     "Coastline Media said it was disappointed but would not appeal.",
     errors=[E("The station broadcasts 19 hours a day and has 85 volunteers", "repetition", "minor", occ=1)],
     traps=[T("had been up against a commercial bidder",
              "had faced competition for the frequency from a commercial applicant"),
            T("£30,000", "30,000-pound")])

case("composting", "rewrite", "consistent",
     "Households in the borough of Fenwick Cross will be able to put food waste in their garden waste bins from "
     "1 April, after the council signed a ten-year contract with Verdance Organics to process the material at "
     "its site near Hallam Moor. The company will convert the waste into compost for local farms, and says the "
     "plant can handle up to 45,000 tonnes a year. The council estimates that food makes up about a third of "
     "the contents of the average general rubbish bin and hopes the change will lift the borough's recycling "
     "rate from 41 per cent to above 50 per cent by 2027. The contract is worth around 2.2 million pounds a "
     "year. Residents will not be charged for the service, council leader Martin Osei confirmed.",
     "From 1 April, households in Fenwick Cross will be able to put food waste into their garden waste bins, "
     "after the borough council agreed a ten-year contract with Verdance Organics, which will process the "
     "material at its site near Hallam Moor. Verdance will turn it into compost for farms in the area; "
     "according to the company, the plant can take as much as 45,000 tonnes annually. Roughly one-third of what "
     "goes into the average general rubbish bin is food, by the council's estimate, and it hopes the change "
     "will push the borough's recycling rate from 41 per cent to more than 50 per cent by 2027. Council leader "
     "Martin Osei confirmed that the service will be free to residents. The contract is worth about £2.2m a "
     "year.",
     traps=[T("as much as 45,000 tonnes annually", "up to 45,000 tonnes a year"),
            T("Roughly one-third", "about a third"),
            T("more than 50 per cent", "above 50 per cent"),
            T("the service will be free to residents", "Residents will not be charged for the service"),
            T("£2.2m", "2.2 million pounds")])

case("cooperative banks", "rewrite", "inconsistent",
     "Members of the Ostmark Cooperative Bank voted on Saturday to approve a merger with the neighbouring Lindau "
     "Farmers' Cooperative, creating a lender with combined assets of about 3.4 billion euros. The proposal was "
     "backed by 87 per cent of the 2,900 members who attended the general meeting. The merged bank will keep "
     "the Ostmark name and its headquarters in Sellin, while Lindau's branch in Kroh will remain open for at "
     "least five years. Chief executive Annelie Paszek said no compulsory redundancies were planned. The merger "
     "still requires approval from the national banking supervisor, which is expected in the first quarter of "
     "next year. Lindau's members approved the deal at their own meeting on 12 October.",
     "On Saturday, members of the Ostmark Cooperative Bank backed a merger with its neighbour, the Lindau "
     "Farmers' Cooperative, which will create a lender with around €3.4bn in combined assets. Of the 2,900 "
     "members present at the general meeting, 87 per cent voted in favour. The combined bank will retain the "
     "Ostmark name and move its headquarters to Sellin, and Lindau's Kroh branch is to stay open for five years "
     "or more. According to chief executive Annelie Paszek, no compulsory job cuts are planned. The deal must "
     "still be cleared by the national banking supervisor, a decision expected before the end of this year. "
     "Lindau's members gave their approval at a separate meeting on 12 October.",
     errors=[E("move its headquarters to Sellin", "event", "major", "its headquarters in Sellin"),
             E("before the end of this year", "date", "minor", "in the first quarter of next year")],
     traps=[T("€3.4bn", "3.4 billion euros"),
            T("for five years or more", "for at least five years"),
            T("no compulsory job cuts", "no compulsory redundancies")])

case("credit unions", "rewrite", "consistent",
     "The Greystone Teachers' Credit Union will raise the interest rate on its regular savings accounts from "
     "2.1 per cent to 2.6 per cent from 1 February, the mutual announced on Tuesday. Loan rates will be left "
     "unchanged. The credit union, which has around 52,000 members, said it could afford the increase after "
     "lending grew by 11 per cent in the year to September, while bad debts remained below 1 per cent of its "
     "loan book. Chief executive Wendell Obi said the board had decided to 'pass the benefit back to savers' "
     "rather than add to reserves, which already stand at 14 per cent of assets, above the regulatory minimum "
     "of 10 per cent. Membership is open to anyone working in education in the counties of Ravensholt and "
     "Dunmere.",
     "From 1 February, regular savings accounts at the Greystone Teachers' Credit Union will pay 2.6 per cent, "
     "up from 2.1 per cent, the mutual said on Tuesday; the rates it charges on loans will not change. The "
     "credit union, which has some 52,000 members, said it could afford the rise because lending grew 11 per "
     "cent in the twelve months to September while bad debts stayed under 1 per cent of its loan book. Its "
     "board chose to 'pass the benefit back to savers' instead of adding to reserves, chief executive Wendell "
     "Obi said. Reserves already stand at 14 per cent of assets, four percentage points above the 10 per cent "
     "regulatory minimum. Anyone employed in education in Ravensholt and Dunmere counties can join.",
     traps=[T("the rates it charges on loans will not change", "Loan rates will be left unchanged"),
            T("in the twelve months to September", "in the year to September"),
            T("stayed under 1 per cent", "remained below 1 per cent"),
            T("four percentage points above the 10 per cent regulatory minimum",
              "above the regulatory minimum of 10 per cent"),
            T("Anyone employed in education", "anyone working in education")])

case("crossword publishing", "rewrite", "inconsistent",
     "The Morning Ledger will stop printing its cryptic crossword in the Saturday edition from next month and "
     "move it to its subscriber-only puzzle app, the newspaper's publisher, Quarry Lane Media, confirmed on "
     "Thursday. The quick crossword will continue to appear in print every day. Puzzles editor Halvard Thune, "
     "who has compiled the Saturday cryptic for 22 years, will remain in post and continue to set the puzzle. "
     "The publisher said app subscriptions had tripled since 2021 to about 64,000. Several readers have written "
     "to the paper to complain, and a petition against the change had gathered 3,700 signatures by Wednesday "
     "night. Quarry Lane said it would review the decision after six months but gave no undertaking to reverse "
     "it.",
     "From next month, the Saturday edition of the Morning Ledger will no longer carry the paper's cryptic "
     "crossword, which is moving to the subscriber-only puzzle app, publisher Quarry Lane Media confirmed on "
     "Thursday. The quick crossword, meanwhile, will no longer appear in print either. Halvard Thune, the "
     "puzzles editor who has compiled the Saturday cryptic for 22 years, is staying on and will keep setting "
     "it. App subscriptions have trebled since 2021 to roughly 64,000, the publisher said. Several readers have "
     "written in to complain, and by Wednesday night 3,700 people had signed a petition opposing the change. "
     "Quarry Lane said it would look again at the decision in six months' time, though it made no commitment "
     "to reverse it.",
     errors=[E("will no longer appear in print either", "polarity", "major",
               "will continue to appear in print every day")],
     traps=[T("is staying on", "will remain in post"),
            T("trebled", "tripled"),
            T("made no commitment to reverse it", "gave no undertaking to reverse it")])

case("dams", "rewrite", "consistent",
     "Water levels behind the Corran Dam will be lowered by four metres over the next three weeks so that "
     "engineers can repair a damaged spillway gate, the regional water authority Westvale Water said on "
     "Monday. The drawdown will begin on 3 March. The authority stressed that the dam itself was structurally "
     "sound and that there was no risk to communities downstream. Releases into the River Corran will be "
     "increased gradually, and anglers and kayakers have been asked to stay off the river below the dam until "
     "the end of the month. The reservoir currently holds about 86 per cent of its capacity of 41 million cubic "
     "metres. Westvale Water said drinking water supplies would not be affected. The repair is expected to "
     "cost 1.3 million euros.",
     "Westvale Water, the regional water authority, said on Monday it will lower the water behind the Corran "
     "Dam by four metres over the coming three weeks to let engineers repair a damaged spillway gate, starting "
     "on 3 March. The dam itself is structurally sound and communities downstream face no risk, the authority "
     "stressed. Releases into the River Corran will be stepped up gradually; anglers and kayakers are being "
     "asked to keep off the river downstream of the dam until the month's end. At present the reservoir is "
     "about 86 per cent full, out of a capacity of 41 million cubic metres. Supplies of drinking water will not "
     "be affected, according to Westvale Water. The repair is likely to cost €1.3m.",
     traps=[T("stepped up gradually", "increased gradually"),
            T("downstream of the dam", "below the dam"),
            T("until the month's end", "until the end of the month"),
            T("is likely to cost €1.3m", "is expected to cost 1.3 million euros")])

case("data centres", "rewrite", "inconsistent",
     "Norrvik Data, a developer of large-scale server facilities, has submitted plans for a 120-megawatt data "
     "centre on a former paper mill site outside the town of Aslund, the company said on Wednesday. If "
     "approved, the campus could create up to 150 permanent jobs and would be built in three phases, with the "
     "first due to open in 2027. The company said it intended to use waste heat from the servers to supply the "
     "town's district heating network, which serves about 9,000 homes. Local planning chief Sigrid Holm said "
     "the application would be decided by the municipal council, probably before the summer. Environmental "
     "group Aslund Green has raised concerns about the site's water use, which the company estimates at "
     "180,000 cubic metres a year.",
     "Norrvik Data, which develops large-scale server facilities, said on Wednesday it had lodged plans for a "
     "120 MW data centre on the site of a former paper mill outside the town of Aslund. The campus, which would "
     "be built in three phases with the first due to open in 2027, will create 150 permanent jobs if it gets "
     "the go-ahead. Norrvik says it intends to pipe waste heat from the servers into the town's district "
     "heating network, which supplies some 9,000 homes. The municipal council will rule on the application, "
     "most likely before the summer, according to local planning chief Sigrid Holm. Environmental group Aslund "
     "Green has voiced concern over water use at the site, which the company puts at 18,000 cubic metres "
     "annually.",
     errors=[E("will create 150 permanent jobs", "modality", "major", "could create up to 150 permanent jobs"),
             E("18,000", "number", "major", "180,000")],
     traps=[T("lodged plans", "submitted plans"),
            T("120 MW", "120-megawatt"),
            T("most likely before the summer", "probably before the summer")])

# ---------------------------------------------------------------- cases 21-30

case("deep-sea mining", "summary", "consistent",
     "The Pacific island state of Tavaru has suspended all licences for deep-sea mineral exploration in its "
     "waters for at least ten years, the government announced on Friday. The moratorium covers three "
     "exploration permits held by Abyssal Resources, a company registered in Singapore, which had been "
     "surveying polymetallic nodules on the seabed at depths of around 4,500 metres. Fisheries minister Loto "
     "Ianeta said the decision followed a two-year scientific review that found too little was known about the "
     "long-term effects on fish stocks. Abyssal Resources said it was 'reviewing its legal options' and had "
     "spent about 60 million dollars on surveys since 2019. Environmental groups welcomed the move. Tavaru's "
     "parliament must still pass legislation to give the moratorium legal force.",
     "Tavaru has suspended every deep-sea mineral exploration licence in its waters for a decade or more, "
     "including three permits held by Singapore-registered Abyssal Resources, after a two-year scientific "
     "review found too little was known about long-term effects on fish stocks. The company, which says it has "
     "spent some $60m on surveys since 2019, is weighing its legal options. Parliament has yet to pass the "
     "legislation giving the moratorium legal force.",
     traps=[T("for a decade or more", "for at least ten years"),
            T("Singapore-registered Abyssal Resources", "Abyssal Resources, a company registered in Singapore"),
            T("$60m", "60 million dollars"),
            T("has yet to pass", "must still pass")])

case("desalination", "summary", "inconsistent",
     "Construction of the Qasira desalination plant, which will supply drinking water to around 600,000 people "
     "on the country's southern coast, is 70 per cent complete, the national water company Hydrosal said on "
     "Sunday. The reverse-osmosis plant is designed to produce 250,000 cubic metres of water a day and is due "
     "to start operating in September next year. It will be powered partly by a 90-megawatt solar farm being "
     "built alongside it. Project director Karim Belhadj said the total cost had risen to 1.1 billion dollars "
     "from an initial estimate of 870 million, mainly because of higher prices for steel and membranes. Marine "
     "biologist Samia Ouertani of Qasira University warned that brine discharged from the plant could harm "
     "seagrass beds unless outfalls were carefully monitored.",
     "Hydrosal says its Qasira desalination plant is 70 per cent complete and due to start operating in "
     "September next year, supplying drinking water to about 250,000 people on the southern coast. The cost has "
     "risen to $1.1bn from an initial $870m, mostly because of dearer steel and membranes, project director "
     "Karim Belhadj said. Belhadj also warned that brine from the plant could harm seagrass beds unless "
     "outfalls are carefully monitored.",
     errors=[E("250,000 people", "number", "major", "600,000 people"),
             E("Belhadj also warned", "attribution", "major",
               "Marine biologist Samia Ouertani of Qasira University warned")],
     traps=[T("$1.1bn", "1.1 billion dollars"),
            T("dearer steel and membranes", "higher prices for steel and membranes")])

case("dialysis clinics", "summary", "consistent",
     "A new dialysis clinic with 24 treatment stations opened on Monday in the town of Brenford, cutting travel "
     "times for around 140 patients who until now have had to make a round trip of up to 90 miles three times "
     "a week to the Royal Hessel Infirmary. The unit, run by the Eastmoor Health Trust, will operate six days a "
     "week, from 7am to 11pm, in two shifts. It cost 4.7 million pounds, of which 1.2 million was raised by a "
     "local charity, Kidney Care Brenford. Renal consultant Dr Amara Whitlock said long journeys had left some "
     "patients 'exhausted before treatment even began'. The trust said it hoped to add a home-dialysis training "
     "room next year, subject to funding.",
     "Around 140 patients who have been making round trips of up to 90 miles three times a week to the Royal "
     "Hessel Infirmary can now be treated closer to home, after a 24-station dialysis clinic run by the "
     "Eastmoor Health Trust opened in Brenford on Monday. Local charity Kidney Care Brenford raised £1.2m of "
     "the £4.7m cost. The trust hopes to add a home-dialysis training room next year if funding allows.",
     traps=[T("can now be treated closer to home", "cutting travel times"),
            T("a 24-station dialysis clinic", "dialysis clinic with 24 treatment stations"),
            T("£4.7m", "4.7 million pounds"),
            T("if funding allows", "subject to funding")])

case("dredging", "summary", "inconsistent",
     "Dredging of the main shipping channel into the port of Kessingham will begin in January after the "
     "harbour commission awarded a 38 million euro contract to the Dutch-registered firm Van Roelen Marine. The "
     "work will deepen the channel from 11 to 14.5 metres so that the port can handle larger container vessels, "
     "and is expected to take 14 months. About 2.6 million cubic metres of sediment will be removed; the "
     "commission said most of it would be used to rebuild eroded salt marsh at Tallowby Flats rather than "
     "dumped at sea. Harbour master Conrad Ashby said ships would continue to use the channel during the work, "
     "with some restrictions at night. Local fishermen have asked for compensation for lost fishing days, which "
     "the commission said it would consider.",
     "Van Roelen Marine has won a €38m contract to dredge the main channel into Kessingham port, deepening it "
     "from 11 to 14.5 metres for larger container ships. The job starts in January, is expected to take 14 "
     "months and will remove about 2.6 million cubic metres of sediment, most of which will be used to shore up "
     "eroded sea walls at Tallowby Flats rather than dumped at sea. Shipping will continue during the work, "
     "with some night-time restrictions.",
     errors=[E("shore up eroded sea walls at Tallowby Flats", "event", "major",
               "rebuild eroded salt marsh at Tallowby Flats")],
     traps=[T("€38m", "38 million euro"),
            T("with some night-time restrictions", "with some restrictions at night")])

case("e-scooters", "summary", "consistent",
     "The city of Ravelle will cut the number of rental e-scooters allowed on its streets from 6,000 to 3,500 "
     "from 1 May and require riders to park them only in designated bays, transport commissioner Odile Fraysse "
     "announced on Tuesday. The city's two licensed operators, Glydo and Voltra, will each be limited to 1,750 "
     "scooters. Fraysse said complaints about scooters blocking pavements had more than doubled last year, to "
     "about 4,200. Riders who leave a scooter outside a bay will be charged a 30-euro fee by the operator. The "
     "city also plans to lower the maximum speed from 25 to 20 kilometres per hour in the historic centre. "
     "Glydo said it would comply with the rules but warned that some jobs could be lost.",
     "Ravelle will cut its cap on rental e-scooters from 6,000 to 3,500 from 1 May, split equally between "
     "operators Glydo and Voltra, and riders leaving scooters outside designated bays will pay the operator a "
     "€30 fee. Transport commissioner Odile Fraysse said complaints about blocked pavements had more than "
     "doubled last year to about 4,200. Glydo said it would comply but that some jobs might go.",
     traps=[T("split equally between operators Glydo and Voltra", "will each be limited to 1,750 scooters"),
            T("€30 fee", "30-euro fee"),
            T("some jobs might go", "some jobs could be lost")])

case("elevators", "summary", "inconsistent",
     "Liftmark, the elevator maintenance company, has agreed to buy its smaller rival Ascenta Services for 215 "
     "million dollars, the two firms said on Thursday. The deal will give Liftmark responsibility for servicing "
     "about 48,000 lifts and escalators across the country, making it the second-largest operator in the "
     "sector after Verticon. Ascenta's founder, Giles Harrow, will step down once the acquisition is completed, "
     "expected in the spring, while its chief operating officer, Marisol Quint, will join Liftmark's management "
     "board. The companies said there would be no change to existing maintenance contracts. The competition "
     "authority has said it will examine whether the deal reduces choice for building owners, particularly in "
     "the northern region, where the two firms together hold about 40 per cent of the market.",
     "Ascenta Services has agreed to buy Liftmark, its larger rival in elevator maintenance, for $215m, a deal "
     "that will leave the combined business servicing about 48,000 lifts and escalators, second in the sector "
     "only to Verticon. Ascenta founder Giles Harrow will step down on completion, expected in the spring. The "
     "competition authority will examine whether the deal reduces choice for building owners, particularly in "
     "the southern region, where the two firms hold some 40 per cent of the market.",
     errors=[E("Ascenta Services has agreed to buy Liftmark", "role", "critical",
               "Liftmark, the elevator maintenance company, has agreed to buy its smaller rival Ascenta Services"),
             E("southern region", "entity", "major", "northern region")],
     traps=[T("$215m", "215 million dollars"),
            T("on completion", "once the acquisition is completed")])

case("fencing (sport)", "summary", "consistent",
     "Sabre fencer Lucie Abramović won the women's individual title at the European Championships in Castel "
     "Voran on Sunday, beating the defending champion, Irena Kolbeck, 15-12 in the final. The 23-year-old had "
     "trailed 9-5 at one point before winning ten of the last thirteen touches. It is her first major "
     "international title and the first European gold for her country in women's sabre since 2008. Abramović, "
     "who trains at the Varnholt fencing club, was seeded 14th going into the tournament. Her coach, Pavel "
     "Sindric, said she had 'changed her tactics completely' after the first break. Kolbeck, 31, said she "
     "planned to compete for at least two more seasons. The team events begin on Wednesday.",
     "Lucie Abramović, seeded 14th, took the women's individual sabre title at the European Championships in "
     "Castel Voran on Sunday, recovering from 9-5 down to beat defending champion Irena Kolbeck 15-12 in the "
     "final. It is the 23-year-old's first major international title and her country's first European "
     "women's sabre gold since 2008, and coach Pavel Sindric said she had 'changed her tactics completely' "
     "after the first break.",
     traps=[T("took the women's individual sabre title", "won the women's individual title"),
            T("recovering from 9-5 down", "had trailed 9-5 at one point"),
            T("coach Pavel Sindric said", "Her coach, Pavel Sindric, said")])

case("fertiliser plants", "summary", "inconsistent",
     "Agrenor, the fertiliser manufacturer, will temporarily halt ammonia production at its plant in Dorrach "
     "from next week because of high natural gas prices, the company said on Monday. The shutdown is expected "
     "to last at least two months and will cut the site's output by about 1,200 tonnes a day. None of the "
     "plant's 430 employees will be laid off; most will carry out maintenance work during the pause, Agrenor "
     "said. The company will import ammonia from its partners to keep supplying customers. Chief executive "
     "Joran Vesterlund said gas accounted for around 80 per cent of the cost of producing ammonia. Farmers' "
     "union representative Elsa Birk said she feared higher fertiliser prices before the spring planting "
     "season.",
     "High natural gas prices will lead Agrenor to pause ammonia production at its Dorrach plant from next "
     "week, the plant's first shutdown since it opened in 1978, cutting output by around 1,200 tonnes a day "
     "for what is expected to be two months or more. The 430 staff will keep their jobs, most of them doing "
     "maintenance, and ammonia will be imported from partners to supply customers. A farmers' union "
     "representative fears fertiliser prices will rise before spring planting.",
     errors=[E("the plant's first shutdown since it opened in 1978", "addition", "minor")],
     traps=[T("two months or more", "at least two months"),
            T("The 430 staff will keep their jobs", "None of the plant's 430 employees will be laid off")])

case("fitness clubs", "summary", "inconsistent",
     "Pulse Athletic, which operates 36 gyms across the country, will close nine of its smallest clubs by the "
     "end of June as it shifts towards larger sites offering classes and swimming pools, the company said on "
     "Wednesday. Members at the affected clubs will be transferred free of charge to the nearest alternative "
     "site, or can cancel their contracts without penalty before 31 May. Chief executive Dana Whitfield said "
     "membership had recovered to 182,000, close to the pre-pandemic level, but that small clubs were 'no "
     "longer viable' because of rising energy and rent costs. The company plans to open four new large clubs "
     "next year, including one in Hollins Cross. Around 60 staff will be affected, and Pulse said it would try "
     "to redeploy them within the group.",
     "Pulse Athletic will close nine of its smallest gyms by the end of June as it moves towards larger clubs "
     "with classes and pools. Members can switch free of charge to the nearest alternative site or cancel "
     "without penalty before 30 June. Chief executive Dana Whitfield said membership had recovered to 182,000, "
     "near pre-pandemic levels, but small clubs were no longer viable because of rising energy and rent costs. "
     "Around 60 staff are affected and Pulse will try to redeploy them, as it moves towards larger clubs with "
     "classes and pools.",
     errors=[E("before 30 June", "date", "major", "before 31 May"),
             E("as it moves towards larger clubs with classes and pools", "repetition", "minor", occ=1)],
     traps=[T("near pre-pandemic levels", "close to the pre-pandemic level")])

case("flour mills", "summary", "consistent",
     "Hollin & Sons, one of the country's oldest independent flour millers, has reopened its watermill at "
     "Stanbury after a 14-month restoration that cost 2.4 million pounds. The mill, built in 1791, stopped "
     "commercial production in 1968 and was damaged by flooding in 2020. It will now produce about 300 tonnes "
     "of stoneground wholemeal flour a year for bakeries in the region, alongside the company's main roller "
     "mill in Ashcombe, which produces around 90,000 tonnes. Around half the restoration cost was covered by a "
     "heritage grant. Managing director Fiona Hollin, the sixth generation of the family to run the business, "
     "said demand for traditional flour from artisan bakers had grown sharply. The mill will be open to "
     "visitors on weekends from April.",
     "After a £2.4m restoration lasting 14 months, roughly half of it paid for by a heritage grant, Hollin & "
     "Sons has brought its 1791 watermill at Stanbury back into use. The mill, which stopped commercial "
     "production in 1968 and was hit by floods in 2020, will make about 300 tonnes of stoneground wholemeal "
     "flour a year for bakeries in the region, alongside the roughly 90,000 tonnes produced at the company's "
     "main roller mill in Ashcombe.",
     traps=[T("£2.4m", "2.4 million pounds"),
            T("roughly half of it paid for by a heritage grant",
              "Around half the restoration cost was covered by a heritage grant"),
            T("brought its 1791 watermill at Stanbury back into use", "reopened its watermill at Stanbury"),
            T("hit by floods in 2020", "damaged by flooding in 2020")])

# ---------------------------------------------------------------- cases 31-40

case("fonts and typography", "translation", "consistent",
     "The type foundry Tipos Ferraz, based in the city of Alcarena, has released a free typeface designed "
     "specifically for children learning to read, the company announced on Wednesday. The font, named "
     "Cartilha, was developed over three years together with teachers from 40 primary schools and the "
     "University of Alvorada. According to lead designer Marta Quintela, letters that are easily confused, "
     "such as 'b' and 'd', were given clearly different shapes. In a trial involving 1,200 pupils, children "
     "made 18 per cent fewer reading errors with Cartilha than with the font normally used in textbooks, the "
     "researchers reported. The typeface can be downloaded free of charge from the foundry's website, and the "
     "Ministry of Education is considering adopting it for official school materials from the next academic "
     "year.",
     "Tipos Ferraz, a type foundry in Alcarena, on Wednesday launched a no-cost typeface created expressly for "
     "children who are learning to read. Called Cartilha, the font took three years to develop in "
     "collaboration with the University of Alvorada and teachers at 40 primary schools. Letters that children "
     "easily mix up, like 'b' and 'd', were deliberately given distinct forms, explained its chief designer, "
     "Marta Quintela. The researchers said that in a test with 1,200 schoolchildren, reading mistakes fell by "
     "18 per cent when pupils used Cartilha instead of the typeface usually found in textbooks. Anyone can "
     "download it without charge from the foundry's site, and the education ministry is studying whether to "
     "use it in official school materials starting next school year.",
     traps=[T("no-cost typeface", "free typeface"),
            T("took three years to develop", "was developed over three years"),
            T("reading mistakes fell by 18 per cent", "made 18 per cent fewer reading errors"),
            T("is studying whether to use it", "is considering adopting it"),
            T("starting next school year", "from the next academic year")])

case("fountain restoration", "translation", "inconsistent",
     "Restoration work on the Fountain of the Four Tritons in the main square of Castelmora has been completed "
     "after 19 months, the city council announced on Thursday. The 17th-century marble fountain had been "
     "switched off in 2021 after inspectors found cracks in its lower basin and leaks that were damaging the "
     "foundations of nearby buildings. Restorers removed layers of limescale and pollution, replaced the "
     "original lead pipes with stainless steel ones and installed a pump that recirculates the water, reducing "
     "consumption by roughly 90 per cent. The project cost 1.9 million euros, of which 1.1 million came from a "
     "private foundation, the Fondazione Lavinia. The fountain will be switched on again at a public ceremony "
     "on Sunday evening.",
     "After nineteen months of work, the restoration of the Four Tritons Fountain on Castelmora's main square "
     "is finished, the municipality reported on Thursday. The marble fountain, which dates from the "
     "seventeenth century, was turned off in 2021 when an inspection revealed cracks in its lower basin. The "
     "restorers cleaned off accumulated limescale and grime, swapped the original lead piping for stainless "
     "steel and fitted a recirculating pump that cuts water use by around 90 per cent. Of the total cost of "
     "1.9 million euros, 1.1 million was provided by a private foundation, Fondazione Lavinia. The fountain is "
     "to be turned back on during a public ceremony on Sunday evening.",
     errors=[E("", "omission", "major", "and leaks that were damaging the foundations of nearby buildings",
               after="cracks in its lower basin")],
     traps=[T("nineteen months", "19 months"),
            T("the municipality", "the city council"),
            T("cuts water use by around 90 per cent", "reducing consumption by roughly 90 per cent")])

case("furniture making", "translation", "consistent",
     "The furniture maker Holmqvist Snickeri, based in the small town of Rävlunda, will double its workforce to "
     "80 employees over the next two years after signing a supply agreement with a large hotel chain, the "
     "company's owner said on Tuesday. Under the contract, worth around 45 million kronor, the company will "
     "deliver beds, desks and wardrobes for 3,000 hotel rooms. Owner Elin Holmqvist said the firm would build "
     "a new 4,000-square-metre workshop next to its existing factory, with construction starting in the "
     "autumn. All furniture will be made from pine and birch from certified forests within 150 kilometres of "
     "the town. Holmqvist added that recruiting skilled carpenters remained the company's biggest challenge "
     "and that it would start its own apprenticeship programme.",
     "Holmqvist Snickeri, a furniture manufacturer in the small town of Rävlunda, is to hire another 40 people "
     "over the coming two years, taking its staff to 80, following a supply deal with a major hotel group, its "
     "owner announced on Tuesday. The contract, valued at about 45 million kronor, covers the delivery of beds, "
     "desks and wardrobes for 3,000 hotel rooms. According to owner Elin Holmqvist, a new workshop of 4,000 "
     "square metres will be built beside the current factory, and building work will begin in the autumn. The "
     "furniture will all be made of pine and birch sourced from certified forests no more than 150 km from "
     "Rävlunda. Holmqvist also said that finding skilled carpenters is still the firm's greatest difficulty "
     "and that it will set up an apprenticeship scheme of its own.",
     traps=[T("hire another 40 people over the coming two years, taking its staff to 80",
              "double its workforce to 80 employees over the next two years"),
            T("a major hotel group", "a large hotel chain"),
            T("valued at about 45 million kronor", "worth around 45 million kronor"),
            T("no more than 150 km from Rävlunda", "within 150 kilometres of the town")])

case("gas distribution", "translation", "inconsistent",
     "The gas distribution company Retgaz Vest will replace 420 kilometres of old steel pipelines in the "
     "region of Arvena over the next five years, its director general, Mihai Stoleru, said on Monday. The "
     "programme, estimated at 310 million lei, is intended to reduce leaks and prepare the network to carry a "
     "blend containing up to 20 per cent hydrogen. Stoleru said household customers would not see higher bills "
     "as a result of the investment, which will be financed partly by European funds. Works in residential "
     "streets may cause temporary supply interruptions, but customers will be notified at least 72 hours in "
     "advance. The company, which serves about 380,000 households, recorded 1,650 leak reports last year, most "
     "of them on pipes laid before 1980.",
     "Over the coming five years, Retgaz Vest, which distributes gas in the Arvena region, is going to renew "
     "420 km of ageing steel pipes, director general Mihai Stoleru announced on Monday. The work, with an "
     "estimated cost of 310 million lei, aims to cut down on leaks and to make the network capable of "
     "transporting a mixture with as much as 20 per cent hydrogen. According to Stoleru, household customers "
     "will pay more on their bills because of the investment, which European funds will partly cover. Work in "
     "residential streets will lead to temporary interruptions in supply, although customers are to be "
     "informed no less than three days beforehand. The company supplies roughly 380,000 households and "
     "received 1,650 reports of leaks last year, the majority concerning pipes laid before 1980.",
     errors=[E("household customers will pay more on their bills", "polarity", "critical",
               "household customers would not see higher bills"),
             E("will lead to temporary interruptions in supply", "modality", "minor",
               "may cause temporary supply interruptions")],
     traps=[T("as much as 20 per cent hydrogen", "up to 20 per cent hydrogen"),
            T("no less than three days beforehand", "at least 72 hours in advance")])

case("genealogy", "translation", "consistent",
     "The regional archive in Oldenmark has put online more than 2.3 million scanned pages of parish registers "
     "dating from 1640 to 1875, making them freely accessible to family historians around the world. The "
     "digitisation project, which took four years, was carried out by a team of eleven staff and around 200 "
     "volunteers, archive director Hanne Brüggemann said at a press conference on Friday. Users can search the "
     "records by name, place and year, although handwritten entries from before 1750 have not yet been "
     "transcribed and can only be viewed as images. According to the archive, the registers are among the most "
     "frequently requested documents in its reading room, with around 6,000 requests a year, many of them from "
     "descendants of emigrants to the United States and Brazil.",
     "Family historians all over the world can now consult, free of charge, more than 2.3 million digitised "
     "pages of parish registers covering the years 1640 to 1875, which the Oldenmark regional archive has "
     "published on the internet. At a press conference on Friday, archive head Hanne Brüggemann said eleven "
     "employees and some 200 volunteers had worked on the digitisation for four years. The records are "
     "searchable by name, place and year; however, handwritten entries older than 1750 have yet to be "
     "transcribed and are available only as images. The archive says that, with about 6,000 requests "
     "annually, the registers are among the documents most often requested in its reading room — many of "
     "those requests coming from descendants of people who emigrated to the United States and Brazil.",
     traps=[T("published on the internet", "put online"),
            T("archive head", "archive director"),
            T("have yet to be transcribed", "have not yet been transcribed"),
            T("about 6,000 requests annually", "around 6,000 requests a year")])

case("glaciology", "translation", "inconsistent",
     "The Pirén glacier in the southern Andes lost an average of 1.7 metres of ice thickness during the last "
     "hydrological year, the second-largest loss since measurements began in 1976, according to a report "
     "published on Tuesday by the Andean Glaciology Institute. The study was commissioned from the institute by "
     "the regional water company Aguas del Pirén, which draws part of its supply from the glacier's meltwater. "
     "Researchers measured 42 stakes drilled into the ice. Glaciologist Paula Errázuriz, who led the study, "
     "said the glacier's front had retreated 63 metres in a single year. She attributed the losses mainly to an "
     "unusually warm summer and to a winter with 30 per cent less snowfall than average. The institute warned "
     "that, if the trend continues, the glacier could split into two separate ice masses within the next "
     "decade.",
     "During the last hydrological year the Pirén glacier, in the southern Andes, thinned by 1.7 metres on "
     "average — the second biggest loss recorded since monitoring started in 1976 — says a report the Andean "
     "Glaciology Institute released on Tuesday. The institute commissioned the study from Aguas del Pirén, the "
     "regional water company, which relies on meltwater from the glacier for part of its supply. The team took "
     "readings from 42 stakes inserted into the ice. According to Paula Errázuriz, the glaciologist who headed "
     "the research, the glacier front pulled back 63 metres in one year. She put the losses down chiefly to an "
     "exceptionally warm summer and a winter that brought 30 per cent less snow than usual. Should the trend "
     "continue, the glacier might break into two separate bodies of ice within ten years, the institute "
     "warned.",
     errors=[E("institute commissioned the study from Aguas del Pirén", "role", "major",
               "commissioned from the institute by the regional water company Aguas del Pirén")],
     traps=[T("thinned by 1.7 metres on average", "lost an average of 1.7 metres of ice thickness"),
            T("might break into two separate bodies of ice", "could split into two separate ice masses"),
            T("within ten years", "within the next decade")])

case("greenhouses", "translation", "consistent",
     "Greenhouse growers in the Westerveld region are heating their glasshouses with geothermal energy for the "
     "first time this winter, after a well reaching a depth of 2,400 metres was connected to a local heat "
     "network, the growers' cooperative Warmtekring announced on Monday. The network supplies 14 tomato and "
     "pepper growers covering a total of 95 hectares of glass. According to the cooperative, the project will "
     "replace around 11 million cubic metres of natural gas per year, roughly equivalent to the annual "
     "consumption of 8,000 households. Construction cost 38 million euros, of which a quarter was paid by the "
     "national government. Cooperative chairman Pieter Valkema said a second well was planned, but that a "
     "decision would not be taken before 2026.",
     "For the first time this winter, greenhouse growers in the Westerveld region are using geothermal energy "
     "to heat their glasshouses, the growers' cooperative Warmtekring said on Monday, now that a "
     "2,400-metre-deep well has been linked to a local heat network. The network serves 14 growers of tomatoes "
     "and peppers whose glasshouses together cover 95 hectares. The cooperative says the scheme will replace "
     "about 11 million cubic metres of natural gas annually — around what 8,000 households use in a year. Of "
     "the 38 million euros that construction cost, 25 per cent was paid by the national government. A second "
     "well is planned, chairman Pieter Valkema said, though no decision will be made until 2026 at the "
     "earliest.",
     traps=[T("2,400-metre-deep well", "a well reaching a depth of 2,400 metres"),
            T("around what 8,000 households use in a year",
              "roughly equivalent to the annual consumption of 8,000 households"),
            T("25 per cent", "a quarter"),
            T("no decision will be made until 2026 at the earliest", "a decision would not be taken before 2026")])

case("hair salons", "translation", "inconsistent",
     "The hairdressing chain Coiffure Belmont has been placed in receivership by the commercial court of "
     "Rivemont, which gave the company six months to present a recovery plan. The chain, which has 58 salons "
     "and employs about 470 people, has been hit by rising rents and a fall in customer visits, according to "
     "its lawyer, Claire Dufresne. All salons will remain open during the procedure, and wages will continue "
     "to be paid. Founder Jean-Marc Belmont, who opened the first salon in 1994, said he hoped to find an "
     "investor 'within weeks'. The union representing hairdressers called on the court to protect jobs, "
     "warning that up to a third of the salons could close if no buyer is found.",
     "The Rivemont commercial court has put the salon chain Coiffure Belmont into liquidation and has given the "
     "firm six months to submit a recovery plan. According to the company's lawyer, Claire Dufresne, the chain "
     "— 58 salons and around 470 staff — has suffered from higher rents and fewer customers coming through "
     "the door. Every salon is to stay open while the proceedings are under way, and employees will go on "
     "receiving their wages. Jean-Marc Belmont, who founded the business and opened its first salon in 1994, "
     "said he hoped an investor would be found 'in the coming weeks'. The hairdressers' union urged the court "
     "to safeguard jobs, warning that as many as one salon in three might shut if no buyer comes forward.",
     errors=[E("into liquidation", "event", "critical", "in receivership")],
     traps=[T("employees will go on receiving their wages", "wages will continue to be paid"),
            T("as many as one salon in three", "up to a third of the salons")])

case("handball", "translation", "consistent",
     "HK Varnø won the national handball cup for the first time in the club's history on Saturday, defeating "
     "the reigning champions Tønsvik IF 29-27 after extra time in front of 6,200 spectators. Tønsvik led by "
     "four goals at half-time, 15-11, but Varnø levelled at 25-25 in the final seconds of regular time through "
     "a penalty by left wing Mads Kirkegaard. Goalkeeper Ole Strand, 38, made 17 saves and was named player of "
     "the match. Coach Birte Lauritsen, who took over the team only in January, said the victory was 'the "
     "reward for a season of patience'. The win guarantees Varnø a place in the European Cup next season. It "
     "is Tønsvik's third cup final defeat in five years.",
     "Reigning champions Tønsvik IF were beaten 29-27 after extra time by HK Varnø on Saturday, giving Varnø "
     "the first national handball cup in the club's history, watched by a crowd of 6,200. Varnø had trailed "
     "15-11 at the interval, but their left wing, Mads Kirkegaard, converted a penalty in the dying seconds of "
     "normal time to make it 25-25. Player of the match was 38-year-old goalkeeper Ole Strand, with 17 saves. "
     "For coach Birte Lauritsen, who only took charge in January, the win was 'the reward for a season of "
     "patience'. Victory means Varnø are assured of a European Cup place next season, while for Tønsvik it is "
     "a third lost cup final in five years.",
     traps=[T("Tønsvik IF were beaten 29-27 after extra time by HK Varnø",
              "defeating the reigning champions Tønsvik IF 29-27 after extra time"),
            T("had trailed 15-11 at the interval", "Tønsvik led by four goals at half-time, 15-11"),
            T("38-year-old goalkeeper Ole Strand", "Goalkeeper Ole Strand, 38"),
            T("who only took charge in January", "who took over the team only in January")])

case("hearing aids", "translation", "inconsistent",
     "The Finnish hearing aid manufacturer Kuulo Audio will supply 25,000 devices to public hospitals in the "
     "Lakeland health district under a four-year contract, the district announced on Wednesday. The contract, "
     "worth 14 million euros, was awarded after a tender in which five companies took part. The new devices "
     "can be adjusted by audiologists remotely via a smartphone app, which should reduce the number of "
     "follow-up visits. Chief physician Tuula Rinne said waiting times for hearing aids in the district "
     "currently average seven months and are expected to fall to around three months by the end of next year. "
     "Patients will continue to receive the devices free of charge. Kuulo Audio, founded in 2008, employs 210 "
     "people at its plant in Harjuvesi.",
     "Kuulo Audio, a hearing aid maker from Finland, is to deliver 25,000 devices to the public hospitals of "
     "the Harjuvesi health district over four years, the district said on Wednesday. Five companies competed "
     "in the tender for the contract, which is worth €14m. Audiologists will be able to adjust the new hearing "
     "aids remotely through a smartphone application, which is expected to cut the number of follow-up "
     "appointments. At present, patients in the district wait seven months on average for a hearing aid, said "
     "chief physician Tuula Rinne; by the end of next year the wait is expected to be down to around three "
     "months. The devices will remain free for patients. Founded in 2008, Kuulo Audio has 210 employees at its "
     "factory in Harjuvesi.",
     errors=[E("Harjuvesi health district", "entity", "major", "Lakeland health district")],
     traps=[T("Five companies competed in the tender", "a tender in which five companies took part"),
            T("€14m", "14 million euros"),
            T("The devices will remain free for patients",
              "Patients will continue to receive the devices free of charge")])

# ---------------------------------------------------------------- build and validate

class Invalid(Exception):
    pass


def find_nth(hay, needle, occ, where):
    """Offset of the occ-th (0-based) occurrence of needle; occ None means it must be unique."""
    hits, i = [], hay.find(needle)
    while i != -1:
        hits.append(i)
        i = hay.find(needle, i + 1)
    if not hits:
        raise Invalid("%s: %r not found" % (where, needle))
    if occ is None:
        if len(hits) > 1:
            raise Invalid("%s: %r occurs %d times; give occ" % (where, needle, len(hits)))
        return hits[0]
    if occ >= len(hits):
        raise Invalid("%s: %r has only %d occurrence(s)" % (where, needle, len(hits)))
    return hits[occ]


def is_word(ch):
    return ch.isalnum()


def check_boundaries(text, start, end, where):
    if start > 0 and start < len(text) and is_word(text[start - 1]) and is_word(text[start]):
        raise Invalid("%s: span start cuts a word at %d" % (where, start))
    if end > 0 and end < len(text) and is_word(text[end - 1]) and is_word(text[end]):
        raise Invalid("%s: span end cuts a word at %d" % (where, end))


def words(s):
    return len(s.split())


def build():
    records = []
    if len(CASES) != 40:
        raise Invalid("expected 40 cases, got %d" % len(CASES))
    seen_domains = set()
    for n, c in enumerate(CASES, 1):
        rid = "s%d-%03d" % (N, n)
        ref, cand, mode, label = c["reference"], c["candidate"], c["mode"], c["label"]
        w = rid + " (" + c["domain"] + ")"
        if c["domain"] not in DOMAINS:
            raise Invalid("%s: domain not in list" % w)
        if c["domain"] in seen_domains:
            raise Invalid("%s: duplicate domain" % w)
        seen_domains.add(c["domain"])
        if mode not in ("rewrite", "summary", "translation"):
            raise Invalid("%s: bad mode" % w)
        if label not in ("consistent", "inconsistent"):
            raise Invalid("%s: bad label" % w)
        for name, s in (("reference", ref), ("candidate", cand)):
            if s != s.strip() or "  " in s or '"' in s:
                raise Invalid("%s: %s has stray whitespace or double quotes" % (w, name))
        if not 70 <= words(ref) <= 190:
            raise Invalid("%s: reference has %d words" % (w, words(ref)))
        if mode == "summary" and not (words(cand) < words(ref) and len(cand) < len(ref)):
            raise Invalid("%s: summary not shorter than reference" % w)
        if ref == cand:
            raise Invalid("%s: candidate identical to reference" % w)

        spans = []  # (start, end, what) for overlap checks
        errors = []
        for k, e in enumerate(c["errors"]):
            we = "%s error %d" % (w, k)
            t, typ, sev, rt = e["text"], e["type"], e["severity"], e["ref_text"]
            if typ not in ERROR_TYPES:
                raise Invalid("%s: bad type %r" % (we, typ))
            if sev not in SEVERITIES:
                raise Invalid("%s: bad severity %r" % (we, sev))
            if typ == "omission":
                if mode == "summary":
                    raise Invalid("%s: omission in a summary" % we)
                if t != "" or not e["after"] or not rt:
                    raise Invalid("%s: omission needs text '', after= and ref_text" % we)
                start = end = find_nth(cand, e["after"], e["after_occ"], we) + len(e["after"])
                check_boundaries(cand, start, end, we)
                if rt.lower() in cand.lower():
                    raise Invalid("%s: omitted words %r are present in candidate" % (we, rt))
                if rt not in ref:
                    raise Invalid("%s: ref_text %r not in reference" % (we, rt))
            else:
                if not t or t != t.strip():
                    raise Invalid("%s: empty or padded span" % we)
                start = find_nth(cand, t, e["occ"], we)
                end = start + len(t)
                check_boundaries(cand, start, end, we)
                if typ in ("addition", "repetition"):
                    if rt is not None:
                        raise Invalid("%s: %s must have ref_text None" % (we, typ))
                    if typ == "repetition" and cand.find(t) >= start:
                        raise Invalid("%s: repetition span is not a later copy" % we)
                else:
                    if not rt or rt not in ref:
                        raise Invalid("%s: ref_text %r not in reference" % (we, rt))
                    if rt == t:
                        raise Invalid("%s: span equals ref_text" % we)
                    if typ in ("entity", "number", "date") and t in ref:
                        raise Invalid("%s: erroneous %s %r also occurs in reference" % (we, typ, t))
            assert cand[start:end] == t
            spans.append((start, end, we))
            errors.append({"start": start, "end": end, "text": t, "type": typ,
                           "severity": sev, "ref_text": rt})

        traps = []
        for k, tr in enumerate(c["traps"]):
            wt = "%s trap %d" % (w, k)
            t, rt = tr["text"], tr["ref_text"]
            if not t or t != t.strip() or not rt:
                raise Invalid("%s: bad trap" % wt)
            start = find_nth(cand, t, tr["occ"], wt)
            end = start + len(t)
            check_boundaries(cand, start, end, wt)
            if rt not in ref:
                raise Invalid("%s: ref_text %r not in reference" % (wt, rt))
            if t == rt:
                raise Invalid("%s: trap identical to reference wording" % wt)
            spans.append((start, end, wt))
            traps.append({"start": start, "end": end, "text": t, "ref_text": rt})

        spans.sort()
        for (s1, e1, a), (s2, e2, b) in zip(spans, spans[1:]):
            if s2 < e1 or (s1 == e1 == s2):
                raise Invalid("%s and %s overlap" % (a, b))
            if s2 == e2 and s1 < s2 < e1:
                raise Invalid("%s and %s overlap" % (a, b))

        if label == "consistent":
            if errors:
                raise Invalid("%s: consistent pair with errors" % w)
            if not 3 <= len(traps) <= 5:
                raise Invalid("%s: consistent pair needs 3-5 traps, has %d" % (w, len(traps)))
        else:
            if not 1 <= len(errors) <= 3:
                raise Invalid("%s: inconsistent pair needs errors" % w)
            if len(traps) > 3:
                raise Invalid("%s: inconsistent pair has %d traps" % (w, len(traps)))

        errors.sort(key=lambda x: x["start"])
        traps.sort(key=lambda x: x["start"])
        records.append({"id": rid, "domain": c["domain"], "mode": mode, "reference": ref,
                        "candidate": cand, "label": label, "errors": errors, "traps": traps})

    # composition
    if seen_domains != set(DOMAINS):
        raise Invalid("domains not all used")
    comp = {}
    for r in records:
        comp[(r["mode"], r["label"])] = comp.get((r["mode"], r["label"]), 0) + 1
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if comp != want:
        raise Invalid("composition %r != %r" % (comp, want))
    types = {}
    for r in records:
        for e in r["errors"]:
            types[e["type"]] = types.get(e["type"], 0) + 1
    if sum(types.values()) != 30:
        raise Invalid("expected 30 errors, got %d" % sum(types.values()))
    for t in ERROR_TYPES:
        if types.get(t, 0) < 2:
            raise Invalid("error type %s has fewer than 2 instances" % t)
    return records, types


def main():
    check_only = "--check" in sys.argv[1:]
    try:
        records, types = build()
    except Invalid as exc:
        print("INVALID:", exc)
        sys.exit(1)
    n_err = {}
    for r in records:
        if r["label"] == "inconsistent":
            n_err[len(r["errors"])] = n_err.get(len(r["errors"]), 0) + 1
    n_traps = sum(len(r["traps"]) for r in records)
    ref_words = [words(r["reference"]) for r in records]
    print("valid: %d pairs, %d errors, %d traps" % (len(records), sum(types.values()), n_traps))
    print("error types:", ", ".join("%s %d" % (t, types[t]) for t in ERROR_TYPES))
    print("inconsistent pairs by error count:", dict(sorted(n_err.items())))
    print("reference words: min %d, max %d" % (min(ref_words), max(ref_words)))
    if check_only:
        return
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
