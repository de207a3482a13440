#!/usr/bin/env python3
"""Held-out evaluation set 55 for a fact-comparison tool.

How it was made: every pair below was hand-written by a helper that saw no code
or data of the project, working only from a written brief. All people,
companies, organisations, places and figures are invented (real countries
appear only as background). Nothing was generated from or copied out of any
existing benchmark. Character offsets are not typed by hand: the script finds
every span by string search (with an occurrence index where a quoted text
repeats) and validates all records before writing.

Composition (40 pairs, one domain each):
  modes:  20 rewrite (10 consistent / 10 inconsistent),
          10 summary (5 / 5), 10 translation (5 / 5)
  labels: 20 consistent, 20 inconsistent
  errors: 30 in total -- entity 3, number 4, date 3, role 3, polarity 3,
          modality 3, attribution 2, event 3, omission 2, addition 2,
          repetition 2; 10 inconsistent pairs carry one error, 10 carry two.
  traps:  3-5 per consistent pair, 0-3 per inconsistent pair.
  Omissions appear only in rewrite and translation pairs. Translation pairs
  are two independent English renderings of the same non-English story.

Usage:
  python3 make_set55.py           validate and write set55.jsonl
  python3 make_set55.py --check   validate only, write nothing
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set55.jsonl")
SET_N = 55

DOMAINS = [
    "bellows makers", "barrel organs", "helter skelters", "goldfish prizes",
    "raffles", "bring and buy sales", "baby banks", "period poverty schemes",
    "lunch clubs", "line judges", "caddies", "goalball", "sand yachting",
    "toboggans", "frost fairs", "coastguard cottages", "pillboxes",
    "meteor showers", "storm chasers", "tidal bores", "paternoster lifts",
    "dumb waiters", "airing cupboards", "door knockers", "street name plates",
    "memorial trees", "topping out ceremonies", "ship launches",
    "message in bottles", "sea glass", "shopping trolley retrieval",
    "microchipping", "duck herding", "pony clubs", "sailmakers",
    "lobster pots", "smokehouses", "noctilucent clouds", "quicksand",
    "waltzers",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]


def err(text, etype, severity, ref_text=None, occ=0, after=None, after_occ=0):
    """An error span. For an omission give text="" and `after`: the candidate
    text immediately before the point where the missing words belong."""
    return {"text": text, "type": etype, "severity": severity,
            "ref_text": ref_text, "occ": occ, "after": after,
            "after_occ": after_occ}


def trap(text, ref_text, occ=0):
    return {"text": text, "ref_text": ref_text, "occ": occ}


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    return {"domain": domain, "mode": mode, "label": label,
            "reference": reference, "candidate": candidate,
            "errors": list(errors), "traps": list(traps)}


CASES = []

# ---------------------------------------------------------------------------
# Part 1: rewrites, consistent (10)
# ---------------------------------------------------------------------------
CASES += [
    case(
        "bellows makers", "rewrite", "consistent",
        "Harlow & Penge, one of the last firms in the country still making hand-operated forge bellows, has won a contract to supply 40 sets to heritage blacksmith workshops, the company said on Monday. The order, worth £310,000, will be delivered over 18 months starting in March. Managing director Edwina Sallow said the workshop in Thornbury Vale would take on three apprentices to cope with demand. \"Most of our leather comes from a single tannery, so we have had to secure supply well in advance,\" she said. The firm, founded in 1894, currently employs 11 people. It expects the contract to account for roughly half of its turnover next year.",
        "A contract to provide heritage blacksmith workshops with 40 sets of hand-operated forge bellows has been awarded to Harlow & Penge, one of the last companies in the country still producing such equipment, the firm announced on Monday. Deliveries under the £310,000 deal will be spread over a year and a half from March. To keep up with demand, the Thornbury Vale workshop will hire three apprentices, according to managing director Edwina Sallow, who said leather supplies had been secured well ahead of time because most of the firm's leather comes from one tannery. Founded in 1894, the company currently has a staff of 11 and anticipates that the contract will make up about 50% of next year's turnover.",
        traps=[
            trap("a year and a half", "18 months"),
            trap("one tannery", "a single tannery"),
            trap("has a staff of 11", "employs 11 people"),
            trap("about 50%", "roughly half"),
        ],
    ),
    case(
        "barrel organs", "rewrite", "consistent",
        "The Kessel Street Barrel Organ Museum will reopen on 14 June after a two-year restoration costing €2.4 million, the municipal culture department announced. The museum's collection of 62 instruments, the oldest dating from 1781, was moved to a temporary store in Brannick while the building's roof and heating were replaced. Curator Otto Wendram said only 45 of the organs would be on display at first, with the rest returning once conservation work was finished. Visitors will be able to hear live demonstrations twice a day. Entry will remain free for children under 12, while adult tickets will rise from €8 to €10. The department said visitor numbers before the closure averaged around 30,000 a year.",
        "After a restoration that took two years and cost €2.4m, the Kessel Street Barrel Organ Museum is to reopen its doors on 14 June, according to the municipal culture department. While the roof and heating system were being replaced, its 62 instruments, the earliest of which was built in 1781, were kept in temporary storage in Brannick. Initially just 45 organs will be exhibited, curator Otto Wendram said, and the remainder will come back when conservation is complete. There will be two live demonstrations daily. Children under 12 will still get in free, but the adult price is going up by €2 to €10. Before it closed, the museum drew about 30,000 visitors annually on average, the department said.",
        traps=[
            trap("€2.4m", "€2.4 million"),
            trap("the earliest of which was built in 1781", "the oldest dating from 1781"),
            trap("two live demonstrations daily", "live demonstrations twice a day"),
            trap("going up by €2 to €10", "rise from €8 to €10"),
            trap("about 30,000 visitors annually on average", "averaged around 30,000 a year"),
        ],
    ),
    case(
        "helter skelters", "rewrite", "consistent",
        "A 12-metre wooden helter skelter that stood on Marram Point pier for more than 70 years is to be dismantled and rebuilt at a fairground museum in Cobbold, the pier's owners confirmed on Thursday. Inspectors found rot in several of the central support posts last autumn, and the ride has been closed since October. Lindqvist Piers Ltd said repairing it in place would have cost about £180,000, roughly twice the cost of relocating it. The museum will pay for the move and has agreed to keep the original paintwork. Chief executive Marcus Odey said the company hoped to install a modern replacement on the pier by the summer of 2026, but no design had yet been chosen.",
        "The owners of Marram Point pier confirmed on Thursday that its 12-metre wooden helter skelter, a fixture there for over seven decades, will be taken down and reassembled at a fairground museum in Cobbold. The ride has been shut since October, after inspectors discovered rot last autumn in a number of the central posts that support it. Fixing it where it stands would have come to around £180,000, about double the price of moving it, according to Lindqvist Piers Ltd. The cost of the relocation will be met by the museum, which has also agreed to retain the original paintwork. The company hopes to put a modern replacement on the pier by summer 2026, chief executive Marcus Odey said, though a design has not been selected yet.",
        traps=[
            trap("over seven decades", "more than 70 years"),
            trap("a number of", "several"),
            trap("about double the price of moving it", "roughly twice the cost of relocating it"),
            trap("The cost of the relocation will be met by the museum", "The museum will pay for the move"),
        ],
    ),
    case(
        "goldfish prizes", "rewrite", "consistent",
        "Councillors in Welbury have voted to ban the giving of live goldfish as prizes at fairs held on council-owned land, following a campaign by the local animal welfare group Finwatch. The ban, approved by 31 votes to 9 on Wednesday evening, will take effect from 1 January. Travelling showmen who break the rule could lose their licence to operate in the borough. Finwatch chair Priya Oakes said the charity had received 140 complaints last year about fish being handed over in small plastic bags. The Showmen's Guild of the Eastern Counties said most of its members had already stopped offering fish and described the decision as unsurprising. Similar bans are already in place in at least 20 other local authorities.",
        "Live goldfish will no longer be allowed as prizes at fairs on land owned by Welbury council after councillors backed a ban on Wednesday evening by 31 votes to 9. The move followed a campaign by Finwatch, a local animal welfare group, and comes into force on 1 January. Showmen on the travelling circuit who breach the rule risk having their licence to operate in the borough withdrawn. According to Finwatch chair Priya Oakes, the charity was sent 140 complaints last year about fish being given away in little plastic bags. The Showmen's Guild of the Eastern Counties called the decision unsurprising, saying the majority of its members had already stopped offering fish. At least 20 other local authorities already have comparable bans.",
        traps=[
            trap("risk having their licence to operate in the borough withdrawn", "could lose their licence to operate in the borough"),
            trap("was sent 140 complaints", "had received 140 complaints"),
            trap("the majority of its members", "most of its members"),
            trap("comparable bans", "Similar bans"),
        ],
    ),
    case(
        "raffles", "rewrite", "consistent",
        "A charity raffle organised by the Fenwick Hospice Trust raised £86,400 this year, a record for the event, the trust said on Tuesday. More than 21,000 tickets were sold at £4 each between September and December, with the remainder of the money coming from sponsorship. The top prize, a small electric car donated by a dealership in Hadley Cross, was won by a retired teacher from Ostley who asked not to be named. Fundraising manager Colin Brede said the money would cover the cost of running the hospice's night nursing service for about four months. The trust said it had received no complaints about the draw, which was overseen by an independent solicitor.",
        "The Fenwick Hospice Trust's charity raffle brought in a record £86,400 this year, the trust announced on Tuesday. Between September and December, upwards of 21,000 tickets costing £4 apiece were sold, and sponsorship made up the rest of the total. A retired teacher from Ostley, who did not want to be identified, won the top prize: a small electric car given by a Hadley Cross dealership. According to fundraising manager Colin Brede, the proceeds will pay for roughly four months of the hospice's night nursing service. The draw was supervised by an independent solicitor, and no complaints about it have been received, the trust said.",
        traps=[
            trap("upwards of 21,000", "More than 21,000"),
            trap("who did not want to be identified", "who asked not to be named"),
            trap("roughly four months", "about four months"),
            trap("supervised by an independent solicitor", "overseen by an independent solicitor"),
        ],
    ),
]

CASES += [
    case(
        "bring and buy sales", "rewrite", "consistent",
        "St Aldric's Church in Penhallow will hold its first bring and buy sale in five years on Saturday 9 November, with all proceeds going towards repairs to the church hall's leaking roof. Organisers expect around 40 stalls, selling items ranging from books and toys to homemade preserves. Doors open at 10am and the sale will run until 2pm. The parish council estimates the roof repairs will cost £23,000, of which £15,000 has already been raised through grants and donations. Churchwarden Hilda Farrant said volunteers would collect donated goods from homes in the village during the week before the sale. Parking will be available at the primary school opposite.",
        "Every penny raised at a bring and buy sale at St Aldric's Church in Penhallow on Saturday 9 November, the first there for five years, will go towards fixing the leaking roof of the church hall. Some 40 stalls are expected, offering everything from books and toys to homemade preserves. The sale runs for four hours from 10am. Of the £23,000 the parish council estimates the roof repairs will cost, £15,000 has already been secured from grants and donations. In the week leading up to the sale, volunteers will go round the village picking up donated goods from people's homes, churchwarden Hilda Farrant said. Parking will be available at the primary school across the road.",
        traps=[
            trap("Every penny raised", "all proceeds"),
            trap("the first there for five years", "its first bring and buy sale in five years"),
            trap("Some 40 stalls", "around 40 stalls"),
            trap("runs for four hours from 10am", "Doors open at 10am and the sale will run until 2pm"),
            trap("across the road", "opposite"),
        ],
    ),
    case(
        "baby banks", "rewrite", "consistent",
        "A baby bank in Carrow Heath that provides cots, clothing and nappies to struggling families has moved into larger premises after demand tripled in two years. The Little Steps Baby Bank, run entirely by volunteers, helped 1,260 families in the year to March, up from 420 two years earlier. Its new base, a former carpet showroom on Dellow Road, is being provided rent-free by the landlord for three years. Co-founder Amina Russet said referrals now came mainly from health visitors and midwives. The charity said it was particularly short of pushchairs and winter coats. It plans to open on Saturdays from next month.",
        "Demand at the Little Steps Baby Bank in Carrow Heath, which supplies cots, clothes and nappies to families in difficulty, has grown threefold in two years, prompting a move to bigger premises. The charity, which is run solely by volunteers, supported 1,260 families in the 12 months to March, compared with 420 two years before. The landlord of its new home, a one-time carpet showroom on Dellow Road, is letting it use the building without charge for three years. Most referrals now come from midwives and health visitors, according to co-founder Amina Russet. Pushchairs and winter coats are in particularly short supply, the charity said. From next month it intends to open on Saturdays.",
        traps=[
            trap("grown threefold", "demand tripled"),
            trap("the 12 months to March", "the year to March"),
            trap("a one-time carpet showroom", "a former carpet showroom"),
            trap("without charge", "rent-free"),
        ],
    ),
    case(
        "period poverty schemes", "rewrite", "consistent",
        "Free period products will be available in all 86 public libraries in the county of Westermere from next month under a £140,000 scheme funded by the county council, officials said on Friday. The products will be placed in dispensers in toilets so that users do not have to ask staff. A pilot in 12 libraries last year distributed more than 9,000 packs, and a survey of users found that 72% had previously gone without products at least once because of cost. Councillor Joanna Pell, who leads on public health, said the scheme would be reviewed after 12 months. Secondary schools in the county already receive free products under a separate national programme.",
        "From next month, people using any of Westermere's 86 public libraries will be able to get free period products under a £140,000 scheme paid for by the county council, officials said on Friday. The products will be put in dispensers in the toilets, meaning users will not need to ask library staff. Over 9,000 packs were handed out during last year's trial in 12 libraries, and more than seven in ten users surveyed said that at some point they had gone without products because they could not afford them. The scheme will be reviewed after a year, said Joanna Pell, the councillor who leads on public health. A separate national programme already provides free products to the county's secondary schools.",
        traps=[
            trap("Over 9,000 packs", "more than 9,000 packs"),
            trap("trial", "pilot"),
            trap("more than seven in ten", "72%"),
            trap("after a year", "after 12 months"),
        ],
    ),
    case(
        "lunch clubs", "rewrite", "consistent",
        "A lunch club for older people in the village of Hesketh Moor, which had been due to close at the end of the month, has been saved after a local bakery agreed to cover its costs for the next two years. The club, which meets every Wednesday in the community centre, serves a two-course meal to around 35 people for £3.50 each. Organiser Dennis Whitlow said rising food and heating bills had left it facing a shortfall of about £6,000 a year. Crumb & Co, which has shops in three nearby towns, will also provide bread and cakes free of charge. Members have been invited to a celebration lunch on 18 September.",
        "A Hesketh Moor lunch club for older residents that had been set to shut at the end of the month will carry on after a local bakery stepped in to meet its costs for two more years. Every Wednesday, about 35 people gather at the village community centre for a two-course meal costing £3.50 per head. Higher bills for food and heating had opened up an annual gap of roughly £6,000, organiser Dennis Whitlow said. Crumb & Co, a bakery with shops in three towns nearby, will also supply bread and cakes at no charge. Members have been invited to a celebratory lunch on 18 September.",
        traps=[
            trap("for two more years", "for the next two years"),
            trap("£3.50 per head", "£3.50 each"),
            trap("an annual gap of roughly £6,000", "a shortfall of about £6,000 a year"),
            trap("at no charge", "free of charge"),
        ],
    ),
    case(
        "line judges", "rewrite", "consistent",
        "The Halvering Open tennis tournament will replace all its line judges with an electronic line-calling system from next season, organisers announced on Sunday. The system, supplied by the Danish-registered firm Optiscan, uses 18 cameras on each court and was tested on two show courts this year. Tournament director Greta Ambrose said the 64 line judges who worked at this year's event would be offered other roles, including as ball-crew supervisors. The umpires' association criticised the move, saying human officials brought \"judgement that no camera can replace\". The tournament is the last of the five events on the national circuit to make the switch.",
        "From next season, every line judge at the Halvering Open tennis tournament will be replaced by electronic line calling, its organisers said on Sunday. Optiscan, a company registered in Denmark, is supplying the technology, which relies on 18 cameras per court and was trialled this year on a pair of show courts. The 64 line judges who worked at this year's tournament will be offered alternative roles, such as supervising ball crews, according to tournament director Greta Ambrose. The move drew criticism from the umpires' association, which argued that human officials offered \"judgement that no camera can replace\". With the change, all five events on the national circuit will have made the switch, the Halvering Open being the last.",
        traps=[
            trap("a company registered in Denmark", "the Danish-registered firm"),
            trap("18 cameras per court", "18 cameras on each court"),
            trap("a pair of show courts", "two show courts"),
            trap("The move drew criticism from the umpires' association", "The umpires' association criticised the move"),
        ],
    ),
]

# ---------------------------------------------------------------------------
# Part 2: rewrites, inconsistent (10)
# ---------------------------------------------------------------------------
CASES += [
    case(
        "caddies", "rewrite", "inconsistent",
        "Caddies at the Brackenridge Golf Club have voted to accept a new pay deal, ending a dispute that led to two weekend walkouts in May. Under the agreement, the standard fee for carrying a bag for 18 holes will rise from £45 to £52, and caddies will receive a guaranteed minimum of 20 rounds a month during the season. The club's 38 registered caddies backed the offer by a margin of 29 to 6, with three abstaining. Club secretary Neil Armitage said he was pleased the matter had been settled before the Brackenridge Invitational in August. The caddies had originally sought a fee of £60.",
        "A new pay deal has been approved by caddies at the Brackenridge Golf Club, bringing to an end a dispute that saw them walk out on two weekends in May. The agreement raises the standard fee for carrying a bag over 18 holes from £45 to £55 and guarantees caddies at least 20 rounds a month in the season. Of the club's 38 registered caddies, 29 voted in favour and six against, while three abstained. Club secretary Neil Armitage said he was glad the issue had been resolved ahead of the Brackenridge Invitational in August. The caddies had initially been seeking £60.",
        errors=[
            err("£55", "number", "major", "£52"),
        ],
        traps=[
            trap("at least 20 rounds", "a guaranteed minimum of 20 rounds"),
            trap("29 voted in favour and six against", "by a margin of 29 to 6"),
        ],
    ),
    case(
        "goalball", "rewrite", "inconsistent",
        "The national goalball squad will be coached by former Paralympian Sunita Kerr from January, after Arno Feldt stepped down following eight years in charge, the sport's governing body, Goalball Union, said on Wednesday. Kerr, who won bronze at two Paralympic Games as a player, has served as Feldt's assistant since 2021. Feldt will remain with the organisation as head of talent development. The Union also confirmed that the women's team would host Norway in a four-match series in March, its first international fixtures since the qualifying tournament in Lisbon. Funding of £1.1 million over four years has been secured from the sports council to support the programme.",
        "Former Paralympian Sunita Kerr will take charge of the national goalball squad in January, succeeding Arno Feldt, who has stepped down after eight years, governing body Goalball Union announced on Wednesday. Kerr, a two-time Paralympic bronze medallist as a player, has been Feldt's assistant since 2021. Feldt is staying on at the organisation as head of talent development. The Union further confirmed that Norway will host the women's team in a four-match series in March, the side's first internationals since the qualifying tournament in Lisbon. The sports council has committed £1.1m to support the programme.",
        errors=[
            err("Norway will host the women's team", "role", "major", "the women's team would host Norway"),
            err("", "omission", "major", "over four years", after="£1.1m"),
        ],
        traps=[
            trap("a two-time Paralympic bronze medallist as a player", "won bronze at two Paralympic Games as a player"),
        ],
    ),
    case(
        "sand yachting", "rewrite", "inconsistent",
        "Organisers of the European sand yachting championships at Saltmere Strand have confirmed the event will go ahead next month despite concerns over beach erosion. The regional coastal authority had considered moving the races to a neighbouring bay after winter storms removed large amounts of sand from the course. However, a survey carried out last week found the beach was firm enough for racing. Around 120 pilots from nine countries are expected to compete over four days. Race director Pieter Haamstra said the course would be shortened from 3.2 kilometres to 2.6 kilometres as a precaution. Spectators will not be allowed on the dunes, which are being replanted.",
        "The European sand yachting championships will take place at Saltmere Strand next month as planned, despite worries about beach erosion, organisers have confirmed. Winter storms stripped away much of the sand from the course, and the regional coastal authority had looked at relocating the races to a neighbouring bay. But last week's survey found the beach firm enough for racing. About 120 pilots from nine countries are due to compete across four days. As a precaution, the course will be cut from 3.2km to 2.6km, race director Pieter Haamstra said. Spectators will be allowed onto the dunes, which are being replanted.",
        errors=[
            err("will be allowed onto the dunes", "polarity", "major", "will not be allowed on the dunes"),
        ],
        traps=[
            trap("stripped away much of the sand", "removed large amounts of sand"),
            trap("are due to compete", "are expected to compete"),
            trap("from 3.2km to 2.6km", "from 3.2 kilometres to 2.6 kilometres"),
        ],
    ),
    case(
        "toboggans", "rewrite", "inconsistent",
        "A toboggan run on Hallam Fell will stay closed for the rest of the winter after a collision on 3 February left two teenagers with broken bones, the Fell Parks Trust said. The trust's safety officer, Rhian Cadwell, said the run's wooden barriers had been damaged by ice and would need to be replaced before it could reopen. Police said they were not treating the incident as suspicious. The trust has asked visitors to use the sledging slope at Low Garth instead, which has a gentler gradient and is staffed at weekends. Around 4,000 people used the Hallam Fell run last season. A review of the site's safety measures is due to be published in April.",
        "The toboggan run on Hallam Fell will remain shut for the rest of the winter following a collision on 3 February in which two teenagers suffered broken bones, according to the Fell Parks Trust. Ice had damaged the run's wooden barriers, which will have to be replaced before it can reopen, said the trust's safety officer, Rhian Cadwell. The trust said it was not treating the incident as suspicious. Visitors are being asked to use the sledging slope at Low Garth instead, which is less steep and has staff on duty at weekends. Last season, about 4,000 people used the Hallam Fell run. A review of safety measures at the site is due to be published in May.",
        errors=[
            err("The trust said", "attribution", "major", "Police said"),
            err("in May", "date", "minor", "in April"),
        ],
        traps=[
            trap("less steep", "a gentler gradient"),
            trap("has staff on duty at weekends", "is staffed at weekends"),
        ],
    ),
    case(
        "frost fairs", "rewrite", "inconsistent",
        "Kelderbridge council is considering reviving a frost fair on the frozen River Aske for the first time since 1963, if temperatures stay low enough for the ice to be declared safe. A council spokesperson said no decision would be made until engineers had measured the thickness of the ice, which must be at least 20 centimetres across the whole site. Traders have already expressed interest in running around 50 stalls. The last fair drew an estimated 60,000 visitors over six days. Local historian Margaret Quill said frost fairs had been held on the river at least eight times since the 17th century. The emergency services have asked people to stay off the ice until it has been checked.",
        "Kelderbridge council is to revive a frost fair on the frozen River Aske, the first since 1963, provided temperatures remain low enough for the ice to be declared safe. No decision will be taken until engineers have measured the ice, which needs to be at least 20cm thick across the entire site, a council spokesperson said. Traders have already shown interest in operating some 50 stalls. The previous fair attracted an estimated 60,000 people across six days. According to local historian Margaret Quill, the river has hosted frost fairs on at least eight occasions since the 17th century. Until the ice has been checked, the emergency services are urging people to keep off it.",
        errors=[
            err("is to revive", "modality", "major", "is considering reviving"),
        ],
        traps=[
            trap("at least 20cm thick", "at least 20 centimetres"),
            trap("some 50 stalls", "around 50 stalls"),
            trap("on at least eight occasions", "at least eight times"),
        ],
    ),
]

CASES += [
    case(
        "coastguard cottages", "rewrite", "inconsistent",
        "A terrace of six former coastguard cottages at Gullhaven is to be converted into affordable homes for local families, after the Marlow Coast Housing Association bought the Grade II-listed buildings for £1.05 million. The cottages, built in 1858, have been empty since the coastguard station closed in 2009. The association plans to spend a further £900,000 on renovation, including new roofs and insulation, with work due to begin in the spring. Tenancies will be offered first to people who have lived or worked in the parish for at least five years. Parish council chair Tom Verity said the scheme would help young families stay in the village.",
        "The Marlow Coast Housing Association has bought a terrace of six former coastguard cottages at Gullhaven for £1.05m and intends to turn the Grade II-listed properties into affordable housing for local families. Built in 1858, the cottages have stood empty since the lifeboat station shut in 2009. A further £900,000 is to be spent on renovation, including new roofs and insulation, and work is scheduled to start in the spring, including new roofs and insulation. Priority for tenancies will go to people who have lived or worked in the parish for five years or more. According to parish council chair Tom Verity, the scheme will help young families remain in the village.",
        errors=[
            err("lifeboat station", "entity", "major", "coastguard station"),
            err("including new roofs and insulation", "repetition", "minor", None, occ=1),
        ],
        traps=[
            trap("£1.05m", "£1.05 million"),
            trap("for five years or more", "for at least five years"),
        ],
    ),
    case(
        "pillboxes", "rewrite", "inconsistent",
        "A Second World War pillbox on the cliffs near Stennack has been moved 30 metres inland to save it from falling into the sea, in an operation that took three days. The concrete structure, which weighs around 90 tonnes, was lifted onto steel rails and winched to its new site by a team from the engineering firm Dovecote Heavy Lift. The cliff edge had retreated to within four metres of the pillbox after a series of landslips. The work cost £75,000 and was funded by the district council and a heritage lottery grant. Local archaeologist Fern Tallis said the pillbox was one of only a handful of its type to survive in the county.",
        "Over three days, a Second World War pillbox has been relocated 30 metres inland from the cliffs near Stennack to stop it toppling into the sea. The roughly 90-tonne concrete structure was dismantled and reassembled at its new location by a team from engineering firm Dovecote Heavy Lift. Following several landslips, the cliff edge had crept to within four metres of the pillbox. The £75,000 operation was paid for by the district council together with a heritage lottery grant. It is one of just a few pillboxes of its kind still standing in the county, according to local archaeologist Fern Tallis.",
        errors=[
            err("dismantled and reassembled", "event", "major", "lifted onto steel rails and winched"),
        ],
        traps=[
            trap("Over three days", "took three days"),
            trap("roughly 90-tonne", "weighs around 90 tonnes"),
            trap("one of just a few", "one of only a handful"),
        ],
    ),
    case(
        "meteor showers", "rewrite", "inconsistent",
        "Astronomers at the Carden Hill Observatory say this year's Perseid meteor shower should be unusually easy to see because it peaks on a night with almost no moonlight. The shower is expected to reach its maximum in the early hours of 13 August, when observers in dark locations could see up to 80 meteors an hour. The observatory will open its grounds to the public from 10pm on 12 August, with telescopes and guides available. Tickets cost £6 and must be booked in advance, as numbers are limited to 300. Observatory director Dr Imran Holt advised people to allow at least 20 minutes for their eyes to adjust to the dark.",
        "This year's Perseid meteor shower should be exceptionally easy to spot because its peak falls on a night with hardly any moonlight, according to astronomers at the Carden Hill Observatory. The maximum is forecast for the small hours of 13 August, when people in dark places may see as many as 80 meteors an hour. From 10pm on 12 August, the observatory's grounds will be open to the public, with guides and telescopes on hand. Tickets are £6, with under-16s admitted free, and must be reserved ahead because places are capped at 200. Director Dr Imran Holt recommended giving your eyes a minimum of 20 minutes to get used to the dark.",
        errors=[
            err("with under-16s admitted free", "addition", "major", None),
            err("200", "number", "major", "300"),
        ],
        traps=[
            trap("the small hours of 13 August", "the early hours of 13 August"),
            trap("a minimum of 20 minutes", "at least 20 minutes"),
        ],
    ),
    case(
        "storm chasers", "rewrite", "inconsistent",
        "Police in Harmon County have warned storm chasers to keep off rural roads during severe weather after three vehicles were caught in flash flooding on Saturday. No one was seriously hurt, but one driver had to be rescued from the roof of his car by a fire crew. Sheriff Dale Okafor said some chasers had ignored road-closure signs and blocked access for emergency vehicles. He said officers would issue fines of up to $500 to drivers who entered closed roads. The National Weather Service has forecast further thunderstorms in the area until at least Wednesday. A local storm-chasing club said it would remind members of its code of conduct.",
        "Storm chasers have been told by police in Harmon County to stay away from rural roads in severe weather after flash flooding trapped three vehicles on Saturday. No one was hurt, although a fire crew had to rescue one driver from the roof of his car. According to Sheriff Dale Okafor, some chasers disregarded road-closure signs and stopped emergency vehicles getting through. Drivers who enter closed roads will be fined as much as $500 by officers, he said. The National Weather Service expects more thunderstorms in the area until Wednesday at the earliest. A local storm-chasing club said it would remind its members of its code of conduct.",
        errors=[
            err("", "omission", "major", "seriously", after="No one was"),
        ],
        traps=[
            trap("flash flooding trapped three vehicles", "three vehicles were caught in flash flooding"),
            trap("as much as $500", "up to $500"),
            trap("until Wednesday at the earliest", "until at least Wednesday"),
        ],
    ),
    case(
        "tidal bores", "rewrite", "inconsistent",
        "Surfers and spectators have been urged to take care along the River Sevrin this weekend, when the biggest tidal bore of the year is expected. The Sevrin Estuary Authority said the wave could reach 1.8 metres at Mullock Weir at around 7.40am on Sunday, with a slightly smaller bore on Saturday evening. Car parks at Mullock and Epney Green will open at 5am, and temporary toilets have been installed. Authority spokesperson Claire Dunmore said large crowds had caused traffic problems in previous years and asked visitors to share cars where possible. The bore is caused by the high spring tide funnelling into the narrowing estuary.",
        "People planning to surf or watch the River Sevrin this weekend have been asked to be careful, as the year's largest tidal bore is expected. According to the Sevrin Estuary Authority, the wave may be as high as 1.8 metres at Epney Weir at about 7.40pm on Sunday, while Saturday evening's bore will be slightly smaller. The car parks at Mullock and Epney Green will open at 5am, and temporary toilets have been put in. Authority spokesperson Claire Dunmore said big crowds had led to traffic problems in the past and asked visitors to car-share where they could. The bore happens when the high spring tide is funnelled into the estuary as it narrows.",
        errors=[
            err("Epney Weir", "entity", "major", "Mullock Weir"),
            err("7.40pm", "date", "major", "7.40am"),
        ],
        traps=[
            trap("car-share where they could", "share cars where possible"),
            trap("in the past", "in previous years"),
        ],
    ),
]

# ---------------------------------------------------------------------------
# Part 3: summaries, consistent (5)
# ---------------------------------------------------------------------------
CASES += [
    case(
        "paternoster lifts", "summary", "consistent",
        "One of the last working paternoster lifts in the country, at the Grauberg municipal offices, will be kept in service after the building's owners dropped plans to replace it with conventional lifts. The open-fronted lift, installed in 1931, carries staff between seven floors in a continuous loop of 14 cabins. A consultant's report last year recommended removing it on safety grounds, but the city council voted on Tuesday to spend €260,000 on new safety sensors and a modernised drive motor instead. Users will have to complete a short briefing before riding it, and children under 14 will not be allowed to use it. Council leader Anja Reuter said the paternoster was \"part of the building's soul\". Work on the upgrade is expected to take about ten weeks.",
        "The 1931 paternoster lift at the Grauberg municipal offices will stay in service: going against a consultant's advice to remove it, the city council has voted to spend €260,000 on new safety sensors and a modernised drive motor, work expected to last around ten weeks. Riders will first need a short induction, and under-14s will be barred.",
        traps=[
            trap("going against a consultant's advice to remove it", "A consultant's report last year recommended removing it"),
            trap("work expected to last around ten weeks", "is expected to take about ten weeks"),
            trap("a short induction", "a short briefing"),
            trap("under-14s will be barred", "children under 14 will not be allowed to use it"),
        ],
    ),
    case(
        "dumb waiters", "summary", "consistent",
        "The Halloway Arms, a 300-year-old coaching inn in Tresford, has been fined £12,000 after a kitchen porter's hand was crushed in a faulty dumb waiter. Magistrates heard that staff had reported problems with the lift's safety gate on at least four occasions in the months before the accident in March 2023, but no repairs were carried out. The 19-year-old employee needed two operations and has been unable to return to work. The inn's owner, Beacon Taverns Ltd, pleaded guilty to breaching health and safety regulations and was also ordered to pay £3,400 in costs. A spokesperson for the company said the dumb waiter had since been replaced and staff training improved.",
        "Beacon Taverns Ltd, owner of Tresford's Halloway Arms, has been fined £12,000 plus £3,400 costs after admitting health and safety breaches over a March 2023 accident in which a 19-year-old kitchen porter's hand was crushed in the inn's faulty dumb waiter. Staff had flagged problems with its safety gate at least four times beforehand, but nothing was repaired.",
        traps=[
            trap("admitting health and safety breaches", "pleaded guilty to breaching health and safety regulations"),
            trap("flagged problems with its safety gate at least four times", "reported problems with the lift's safety gate on at least four occasions"),
            trap("nothing was repaired", "no repairs were carried out"),
        ],
    ),
    case(
        "airing cupboards", "summary", "consistent",
        "Housing association Northvale Homes is to remove hot water cylinders from the airing cupboards of 2,300 flats as part of a switch to more efficient combination boilers, it said on Monday. The £9.2 million programme will run over three years, starting with tower blocks in the Elmfield and Sandgate estates. Tenants will be able to keep the cupboards as storage space. The association said the work would cut average heating bills by an estimated £140 a year and reduce the risk of leaks, which accounted for about a fifth of repair requests last year. Tenant representative Lorna Beech welcomed the plan but said residents needed clear information about how long their heating would be off during the work.",
        "Northvale Homes is to take hot water cylinders out of 2,300 flats and switch to combi boilers in a three-year, £9.2m programme beginning with tower blocks on the Elmfield and Sandgate estates. It estimates average heating bills will fall by around £140 a year and says leaks, behind roughly 20% of last year's repair requests, will become less likely.",
        traps=[
            trap("combi boilers", "combination boilers"),
            trap("£9.2m", "£9.2 million"),
            trap("beginning with", "starting with"),
            trap("roughly 20%", "about a fifth"),
        ],
    ),
    case(
        "door knockers", "summary", "consistent",
        "A brass door knocker stolen from a Georgian townhouse in Pellingham more than 40 years ago has been returned to its owners after it was spotted in an online auction. The lion's-head knocker, made around 1790, was taken from the front door of 14 Linden Crescent in 1982. The current owner of the house, retired architect Howard Spane, recognised it from a photograph in a local history book. Auctioneers Greaves & Mott withdrew the item, which had a guide price of £800, and the seller agreed to hand it over. Police said no further action would be taken. Mr Spane said the knocker would be refitted to the door next month.",
        "A lion's-head brass knocker made around 1790 and stolen from 14 Linden Crescent, Pellingham, in 1982 has been returned to the house's owners after turning up in an online auction. Owner Howard Spane knew it from a photo in a local history book; the auctioneers withdrew the lot, guided at £800, the seller agreed to give it back and police are taking no further action.",
        traps=[
            trap("turning up in an online auction", "spotted in an online auction"),
            trap("knew it from a photo", "recognised it from a photograph"),
            trap("guided at £800", "had a guide price of £800"),
            trap("police are taking no further action", "no further action would be taken"),
        ],
    ),
    case(
        "street name plates", "summary", "consistent",
        "Dunmore City Council is replacing more than 1,800 street name plates in its historic centre with cast-iron signs in the traditional black-and-white style, reversing a decision made in the 1990s to install aluminium versions. The project, costing £640,000, is being paid for from the council's conservation budget and a contribution from the city's business improvement district. Around 300 signs have been fitted so far, and the remainder should be in place by the end of next year. The old aluminium plates are being recycled. Heritage officer Sian Lacey said the new signs were expected to last at least 50 years, compared with about 20 for the ones they replace.",
        "Dunmore is swapping over 1,800 aluminium street name plates in its historic centre for traditional black-and-white cast-iron signs at a cost of £640,000. Around 300 are up so far, with the rest due by the end of next year, and the new signs are expected to last at least 50 years, against roughly 20 for the old ones.",
        traps=[
            trap("over 1,800", "more than 1,800"),
            trap("Around 300 are up so far", "Around 300 signs have been fitted so far"),
            trap("against roughly 20 for the old ones", "compared with about 20 for the ones they replace"),
        ],
    ),
]

# ---------------------------------------------------------------------------
# Part 4: summaries, inconsistent (5)
# ---------------------------------------------------------------------------
CASES += [
    case(
        "memorial trees", "summary", "inconsistent",
        "More than 200 memorial trees will be planted in Ashcombe Park this winter as part of a scheme allowing families to commemorate loved ones, the town council announced. Each tree, chosen from a list of eight native species, will cost £450, including a small plaque and ten years of maintenance. The first 60 trees will be planted in November along the park's eastern boundary, with the rest following in February. Parks manager Gareth Lowe said the scheme had been introduced after residents complained that memorial benches were taking up too much space. Applications open on 1 October and will be dealt with on a first-come, first-served basis.",
        "Ashcombe Park will get more than 200 memorial trees this winter under a town council scheme, with families paying £450 per tree for a plaque and five years of upkeep. Planting starts in November, and the scheme was launched after memorial benches in the park were vandalised. Applications open on 1 October.",
        errors=[
            err("five years", "number", "major", "ten years"),
            err("memorial benches in the park were vandalised", "event", "major", "residents complained that memorial benches were taking up too much space"),
        ],
        traps=[
            trap("Planting starts in November", "The first 60 trees will be planted in November"),
        ],
    ),
    case(
        "topping out ceremonies", "summary", "inconsistent",
        "A topping out ceremony was held on Friday at the new Kingsreach Children's Hospital, marking the moment the building reached its full height of nine storeys. Health minister Rachel Osei placed the final beam, in keeping with a long-standing building-trade tradition. The contractor, Barnaby Hale Construction, took over the project in 2022 from Stenmoor Group, which went into administration. The £210 million hospital, which is being built for the Riverside Health Trust, is due to open to patients in autumn 2026 and will have 180 beds. Around 650 workers are currently employed on the site. The trust's chief executive, Malcolm Dyer, said the project remained on budget.",
        "A topping out ceremony was held on Friday to mark the nine-storey Kingsreach Children's Hospital reaching its full height, with health minister Rachel Osei putting the last beam in place. The £210m, 180-bed hospital, being built by Stenmoor Group, which took over from Barnaby Hale Construction in 2022, is due to open in autumn 2026 and remains on budget, according to the trust.",
        errors=[
            err("Stenmoor Group, which took over from Barnaby Hale Construction", "role", "major", "Barnaby Hale Construction, took over the project in 2022 from Stenmoor Group"),
        ],
        traps=[
            trap("putting the last beam in place", "placed the final beam"),
            trap("£210m", "£210 million"),
        ],
    ),
    case(
        "ship launches", "summary", "inconsistent",
        "The research vessel Aurora Vant will be launched at the Callan Point shipyard on 22 May, two months later than planned, after delays in the delivery of its propulsion system. The 94-metre ship, ordered by the Northern Marine Institute, will be used for climate research in polar waters and can carry up to 48 scientists. Shipyard director Ingrid Falk said the delay would not affect the vessel's first Arctic expedition, scheduled for spring next year. The yard may have to cut up to 40 temporary jobs once the ship is completed unless new orders are secured. The launch will be open to the public, and up to 5,000 visitors are expected.",
        "The Northern Marine Institute's 94-metre polar research ship Aurora Vant will be launched at Callan Point on 22 May, two months behind schedule because its propulsion system arrived late. The shipyard director said the delay would also affect its first Arctic expedition, due next spring, and the yard will cut up to 40 temporary jobs after completion unless new orders come in.",
        errors=[
            err("would also affect", "polarity", "critical", "would not affect"),
            err("will cut", "modality", "major", "may have to cut"),
        ],
        traps=[
            trap("two months behind schedule", "two months later than planned"),
            trap("its propulsion system arrived late", "delays in the delivery of its propulsion system"),
        ],
    ),
    case(
        "message in bottles", "summary", "inconsistent",
        "A message in a bottle thrown into the sea by a schoolgirl on the island of Skerra in 1987 has been found on a beach in Norway, more than 1,100 kilometres away. The note, written as part of a school science project, asked whoever found it to write back with the date and place of its discovery. It was picked up last month by Lars Eide, a fisherman walking his dog near the village of Fjellvik. The sender, now 47-year-old nurse Kirsty Mowat, said she had forgotten about the bottle until her former teacher contacted her. The pair have since spoken by video call.",
        "A message in a bottle that a Skerra schoolgirl threw into the sea in 1987 for a school science project has been found on a beach in Norway, over 1,100km away. Fisherman Lars Eide picked it up last month, and the sender, now a 47-year-old nurse, has since spoken to him by video call and plans to visit him next summer.",
        errors=[
            err("and plans to visit him next summer", "addition", "major", None),
        ],
        traps=[
            trap("over 1,100km", "more than 1,100 kilometres"),
        ],
    ),
    case(
        "sea glass", "summary", "inconsistent",
        "Collectors of sea glass are being asked not to remove pieces from Porthmellin beach after a survey found stocks had fallen sharply, the Penwyn Coast Trust said. The trust estimates the amount of glass on the beach has halved since 2015, as fewer bottles are dumped at sea and more visitors take pieces home. A similar survey at neighbouring Gwinear Cove found little change. Coastal ranger Bethan Rowe said the glass, much of it from a bottle works that closed in 1921, was part of Porthmellin's heritage. The trust is not planning a ban, but will put up signs asking visitors to take photographs instead of collecting. Local jeweller Maya Treloar, who uses sea glass in her work, said she would now source material elsewhere.",
        "Visitors to Gwinear Cove are being urged not to take sea glass after a survey suggested the amount on the beach had halved since 2015. The Penwyn Coast Trust will put up signs encouraging people to photograph the glass instead but is not planning a ban. Local jeweller Maya Treloar said the glass, much of it from a bottle works that shut in 1921, was part of the beach's heritage.",
        errors=[
            err("Gwinear Cove", "entity", "critical", "Porthmellin beach"),
            err("Local jeweller Maya Treloar said", "attribution", "major", "Coastal ranger Bethan Rowe said"),
        ],
        traps=[
            trap("photograph the glass instead", "take photographs instead of collecting"),
            trap("shut in 1921", "closed in 1921"),
        ],
    ),
]

# ---------------------------------------------------------------------------
# Part 5: translations, consistent (5)
# ---------------------------------------------------------------------------
CASES += [
    case(
        "shopping trolley retrieval", "translation", "consistent",
        "The municipality of Hoogmeer will from 1 March charge supermarkets a fee of 25 euros for every shopping trolley that its staff have to retrieve from canals, parks or streets. According to alderman Joost van Tiel, municipal workers collected almost 3,400 abandoned trolleys last year, of which around 600 were pulled out of the water. The cost of this work amounted to roughly 110,000 euros. Supermarkets that install a coin-lock or wheel-blocking system on their trolleys within six months can receive a discount on the fee. The association of local retailers called the measure 'understandable but too hasty' and asked for a transition period of one year.",
        "Starting 1 March, Hoogmeer will bill supermarkets €25 for each trolley that municipal employees must fish out of canals or collect from parks and streets. Last year, city workers gathered nearly 3,400 abandoned trolleys, some 600 of them from the water, alderman Joost van Tiel said. Collecting them cost the municipality about €110,000. Supermarkets that fit their trolleys with a coin lock or a wheel-blocking device within half a year may get a reduction on the charge. The local retailers' association described the rule as \"understandable, but too rushed\" and requested one year of transition.",
        traps=[
            trap("€25", "25 euros"),
            trap("nearly 3,400", "almost 3,400"),
            trap("about €110,000", "roughly 110,000 euros"),
            trap("within half a year", "within six months"),
            trap("requested one year of transition", "asked for a transition period of one year"),
        ],
    ),
    case(
        "microchipping", "translation", "consistent",
        "Veterinary clinics in the province of Alcarena have microchipped more than 14,000 cats in the six months since registration became compulsory, the regional agriculture department reported on Thursday. Owners who have not yet registered their animals have until 30 September to do so without penalty; after that date fines of between 300 and 1,500 euros can be imposed. The department estimates that about 40 percent of the province's domestic cats are still without a chip. Veterinarian Lucía Serrat, president of the provincial college of vets, said that many elderly owners did not know about the obligation. Several town halls are offering the procedure free of charge to residents over 65.",
        "In the half-year since registration was made mandatory, more than 14,000 cats in Alcarena province have been fitted with a microchip at veterinary clinics, the regional department of agriculture said on Thursday. Owners still to register their pets can do so without sanction until 30 September; after that, they may be fined between €300 and €1,500. By the department's estimate, roughly two in five house cats in the province still have no chip. Many older owners are unaware that they are obliged to do it, said Lucía Serrat, a vet who chairs the provincial college of veterinarians. A number of municipalities are offering free chipping to residents aged over 65.",
        traps=[
            trap("In the half-year", "in the six months"),
            trap("may be fined between €300 and €1,500", "fines of between 300 and 1,500 euros can be imposed"),
            trap("roughly two in five", "about 40 percent"),
            trap("chairs the provincial college of veterinarians", "president of the provincial college of vets"),
        ],
    ),
    case(
        "duck herding", "translation", "consistent",
        "A duck herding competition in the village of Montclaret drew around 2,500 spectators on Sunday, according to the organisers, almost double the number at the first edition last year. Twenty-two sheepdogs from four regions took part, each having to guide a group of five Indian Runner ducks through a course of gates and a small bridge within eight minutes. The winner was Pixie, a border collie handled by farmer Hélène Rouvier, who completed the course in four minutes and twelve seconds. The mayor, Bernard Laffitte, said the event had brought welcome business to the village's two cafés and its bakery. Next year's competition is planned for the last weekend of May.",
        "About 2,500 people came to watch the duck herding contest in Montclaret on Sunday, the organisers said, nearly twice as many as at last year's inaugural event. Each of the 22 sheepdogs, which came from four regions, had eight minutes to steer five Indian Runner ducks around a course with gates and a little bridge. Victory went to Pixie, a border collie handled by farmer Hélène Rouvier, with a time of 4 minutes 12 seconds. According to mayor Bernard Laffitte, the contest brought welcome custom to the village bakery and its two cafés. Next year's edition is scheduled for the final weekend of May.",
        traps=[
            trap("nearly twice as many", "almost double the number"),
            trap("last year's inaugural event", "the first edition last year"),
            trap("4 minutes 12 seconds", "four minutes and twelve seconds"),
            trap("the final weekend of May", "the last weekend of May"),
        ],
    ),
    case(
        "pony clubs", "translation", "consistent",
        "The Lindenhagen pony club has received a grant of 48,000 euros from the state sports fund to build a covered riding arena, the club's chairwoman Sabine Krohn announced at the annual general meeting. The arena, measuring 20 by 40 metres, is intended to allow children to train in winter and in bad weather. The total cost is estimated at 130,000 euros; the remaining amount is to be covered by donations and a bank loan. Construction should begin in the autumn if planning permission is granted in time. The club currently has 85 young members and a waiting list of around 30 children. Its 14 ponies are looked after by volunteers.",
        "At the club's yearly general meeting, chair Sabine Krohn announced that the Lindenhagen pony club had been awarded €48,000 from the state sports fund towards building an indoor riding arena. The 20 x 40 m hall should let children train in winter and when the weather is poor. Costs are put at about €130,000 in total, with the rest to be raised through donations and a loan from a bank. Provided building permission arrives in time, work should start in the autumn. At present the club has 85 young members, and some 30 children are waiting for a place. Volunteers take care of its 14 ponies.",
        traps=[
            trap("yearly general meeting", "annual general meeting"),
            trap("20 x 40 m", "20 by 40 metres"),
            trap("Provided building permission arrives in time", "if planning permission is granted in time"),
            trap("some 30 children are waiting for a place", "a waiting list of around 30 children"),
        ],
    ),
    case(
        "sailmakers", "translation", "consistent",
        "The sailmaking workshop Brandt & Søn in Skovhavn, which has existed since 1908, will be taken over by two of its employees at the start of next year. Owner Erik Brandt, 71, said he had no children who wished to continue the business and was glad the craft would remain in the town. The new owners, Mette Holm and Jonas Kjær, have worked in the workshop for nine and six years respectively. The company makes around 300 sails a year, mainly for traditional wooden boats, and has customers in Germany, Sweden and the Netherlands. The purchase price was not disclosed. Erik Brandt will continue to work part-time as an adviser for at least one year.",
        "Two employees are to take over the Skovhavn sail loft Brandt & Søn, founded in 1908, at the beginning of next year. The 71-year-old owner, Erik Brandt, said he had no children willing to carry on the firm and that he was pleased the trade would stay in the town. Mette Holm has been at the workshop for nine years and Jonas Kjær for six. Each year the business produces about 300 sails, chiefly for traditional wooden boats, and sells to customers in Germany, Sweden and the Netherlands. No price for the sale was made public. Brandt will stay on part-time as an adviser for a minimum of one year.",
        traps=[
            trap("sail loft", "sailmaking workshop"),
            trap("Mette Holm has been at the workshop for nine years and Jonas Kjær for six", "have worked in the workshop for nine and six years respectively"),
            trap("No price for the sale was made public", "The purchase price was not disclosed"),
            trap("for a minimum of one year", "for at least one year"),
        ],
    ),
]

# ---------------------------------------------------------------------------
# Part 6: translations, inconsistent (5)
# ---------------------------------------------------------------------------
CASES += [
    case(
        "lobster pots", "translation", "inconsistent",
        "Fishermen in the port of Ploubrenn have lost around 900 lobster pots in the storm that hit the Breton coast on the night of 11 to 12 January, the local fishing committee said. Each pot costs between 80 and 120 euros to replace, and many were carried away together with their ropes and buoys. Committee president Yann Le Goff asked the regional authorities for emergency aid, saying that some of the 17 boats in the port could not go back to sea before March. The lobster season normally starts in April. Volunteers have begun searching beaches for pots washed ashore and have so far recovered about 150.",
        "Around 900 lobster pots belonging to Ploubrenn fishermen were lost in the storm that struck the Breton coast during the night of 11 January, according to the local fisheries committee. Replacing one pot costs from 80 to 120 euros, and many disappeared along with their lines and buoys. Yann Le Goff, who presides over the committee, appealed to the regional authorities for emergency help, explaining that some of the port's 70 boats would not be able to put to sea again until the end of March. Normally the lobster season opens in April. Volunteers are combing the beaches for pots cast ashore and have recovered roughly 150 so far.",
        errors=[
            err("70", "number", "major", "17"),
            err("until the end of March", "date", "major", "before March"),
        ],
        traps=[
            trap("during the night of 11 January", "on the night of 11 to 12 January"),
            trap("from 80 to 120 euros", "between 80 and 120 euros"),
        ],
    ),
    case(
        "smokehouses", "translation", "inconsistent",
        "A family-run fish smokehouse in Kalliola has been allowed to continue using its traditional wood-fired ovens after an inspection by the regional food safety authority. Neighbours had complained about smoke, and the authority examined whether the 1950s ovens met current emission rules. Inspectors found that levels were within permitted limits, but ordered the owners, Aino and Pekka Lehtinen, to install a higher chimney by the end of the year. The smokehouse processes about 40 tonnes of salmon and whitefish annually and employs six people in summer. Pekka Lehtinen said the family had not considered switching to electric ovens because the taste would change.",
        "After an inspection by the regional food safety authority, a family smokehouse in Kalliola may keep smoking fish in its traditional wood-heated ovens. Following complaints from neighbours about smoke, the authority had looked into whether the ovens, dating from the 1950s, complied with today's emission regulations. The measured levels did not exceed the permitted limits, the inspectors concluded, but owners Aino and Pekka Lehtinen must put up a taller chimney before the year is out. Each year the smokehouse processes some 40 tonnes of salmon and whitefish, and in summer it has six employees. According to Pekka Lehtinen, the family had looked at switching to electric ovens, as the taste would change.",
        errors=[
            err("had looked at switching to electric ovens", "polarity", "major", "had not considered switching to electric ovens"),
        ],
        traps=[
            trap("did not exceed the permitted limits", "were within permitted limits"),
            trap("a taller chimney", "a higher chimney"),
            trap("before the year is out", "by the end of the year"),
        ],
    ),
    case(
        "noctilucent clouds", "translation", "inconsistent",
        "Researchers at the Norrvik Atmospheric Observatory have asked the public to send in photographs of noctilucent clouds, which are expected to be visible on clear nights until early August. The rare, electric-blue clouds form at an altitude of about 80 kilometres and can be seen only around midnight in the summer months. Professor Karin Lund, who took over from Olof Berg as head of the observatory last year, said the images could help scientists understand whether the clouds are becoming more common. Last year the observatory received more than 2,000 photographs, most of them taken along the coast. The project is being carried out together with the University of Västerholm.",
        "The Norrvik Atmospheric Observatory is appealing to members of the public to submit pictures of noctilucent clouds, which will be visible on clear nights up to the beginning of August. These unusual clouds, glowing an electric blue, form roughly 80 km above the ground and can only be observed close to midnight during summer. Pictures of this kind may help researchers find out whether the clouds are appearing more often, said Professor Karin Lund, who handed over the running of the observatory to Olof Berg last year. More than 2,000 photos reached the observatory last year, the majority from coastal areas. The University of Västerholm is a partner in the project.",
        errors=[
            err("will be visible", "modality", "minor", "are expected to be visible"),
            err("Karin Lund, who handed over the running of the observatory to Olof Berg", "role", "major", "Karin Lund, who took over from Olof Berg"),
        ],
        traps=[
            trap("up to the beginning of August", "until early August"),
            trap("roughly 80 km above the ground", "at an altitude of about 80 kilometres"),
            trap("the majority from coastal areas", "most of them taken along the coast"),
        ],
    ),
    case(
        "quicksand", "translation", "inconsistent",
        "Two hikers who became stuck in quicksand in the bay of Sarnel on Saturday afternoon were rescued by firefighters after more than two hours, the prefecture said. The man and woman, both in their thirties, had set off across the sands without a guide and were caught by the rising tide about 1.5 kilometres from the shore. A helicopter crew located them shortly after 4pm. Neither was injured, but both were treated for hypothermia. The prefecture reminded visitors that crossing the bay is only permitted with an approved guide and that tide times are displayed at all car parks. It was the fourth rescue in the bay this year.",
        "On Saturday afternoon, firefighters rescued two walkers who had been trapped in quicksand in Sarnel bay for over two hours, according to the prefecture. The pair, a man and a woman in their thirties, had started crossing the sands without a guide and were surprised by the incoming tide some 1.5 km from the coast, some 1.5 km from the coast. A helicopter team found them a little after 4pm. They were unhurt but received treatment for hypothermia. The prefecture recalled that the bay may only be crossed with an authorised guide and that tide tables are posted in every car park. This was the fourth rescue operation in the bay since the start of the year.",
        errors=[
            err("some 1.5 km from the coast", "repetition", "minor", None, occ=1),
        ],
        traps=[
            trap("a little after 4pm", "shortly after 4pm"),
            trap("They were unhurt", "Neither was injured"),
            trap("since the start of the year", "this year"),
        ],
    ),
    case(
        "waltzers", "translation", "inconsistent",
        "A waltzer ride at the annual fair in Oostveld was shut down on Friday evening after one of its cars came loose from its mounting while the ride was slowing down. Three passengers, all teenagers, suffered minor injuries and were treated at the scene, the fire service said. The operator, the Verhaegen family business, has run the attraction at the fair for more than 30 years. The municipality ordered an independent technical inspection before the ride can reopen. Mayor Ilse De Wachter said the rest of the fair would continue as planned until Sunday. Police have opened an investigation into the cause of the accident.",
        "On Friday evening a waltzer at the Oostveld annual fair was closed after one of its cars became detached from its mounting as the ride was slowing. According to the fire brigade, three teenage passengers were slightly hurt and were taken to hospital. The Verhaegen family firm, which operates the ride, has been bringing it to the fair for over three decades. The ride may not reopen until an independent technical inspection has been carried out, the municipality has decided. The remainder of the fair will go on as planned until Sunday, said mayor Ilse De Wachter. The police have launched an inquiry into what caused the accident.",
        errors=[
            err("were taken to hospital", "event", "major", "were treated at the scene"),
        ],
        traps=[
            trap("were slightly hurt", "suffered minor injuries"),
            trap("for over three decades", "for more than 30 years"),
            trap("The remainder of the fair", "the rest of the fair"),
        ],
    ),
]


# ---------------------------------------------------------------------------
# Build and validate
# ---------------------------------------------------------------------------
class SetError(Exception):
    pass


def fail(cid, msg):
    raise SetError("%s: %s" % (cid, msg))


def find_nth(hay, needle, occ, cid, what):
    """Offset of the occ-th (0-based) occurrence of needle in hay. When occ is
    0 the needle must be unique, so that an unindexed quote is unambiguous."""
    positions = [m.start() for m in re.finditer(re.escape(needle), hay)]
    if not positions:
        fail(cid, "%s not found: %r" % (what, needle))
    if occ == 0 and len(positions) > 1:
        fail(cid, "%s occurs %d times, give an occurrence index: %r"
             % (what, len(positions), needle))
    if occ >= len(positions):
        fail(cid, "%s occurrence %d missing: %r" % (what, occ, needle))
    return positions[occ]


def word_char(c):
    return c.isalnum()


def check_boundaries(cand, start, end, cid, what):
    if start > 0 and start < len(cand):
        if word_char(cand[start - 1]) and word_char(cand[start]):
            fail(cid, "%s starts inside a word at %d" % (what, start))
    if end > 0 and end < len(cand):
        if word_char(cand[end - 1]) and word_char(cand[end]):
            fail(cid, "%s ends inside a word at %d" % (what, end))


def words(text):
    return len(text.split())


def build_record(idx, c):
    cid = "s%d-%03d" % (SET_N, idx)
    ref, cand = c["reference"], c["candidate"]
    if c["domain"] not in DOMAINS:
        fail(cid, "unknown domain %r" % c["domain"])
    if c["mode"] not in ("rewrite", "summary", "translation"):
        fail(cid, "bad mode")
    if c["label"] not in ("consistent", "inconsistent"):
        fail(cid, "bad label")
    if ref.strip() != ref or cand.strip() != cand or "  " in cand or "  " in ref:
        fail(cid, "stray whitespace")
    nw = words(ref)
    if not 70 <= nw <= 190:
        fail(cid, "reference has %d words" % nw)
    if ref == cand:
        fail(cid, "candidate identical to reference")
    if c["mode"] == "summary":
        if not (len(cand) < len(ref) and words(cand) < nw):
            fail(cid, "summary not shorter than reference")

    errors = []
    for e in c["errors"]:
        et, sev = e["type"], e["severity"]
        if et not in ERROR_TYPES:
            fail(cid, "bad error type %r" % et)
        if sev not in SEVERITIES:
            fail(cid, "bad severity %r" % sev)
        if et == "omission":
            if c["mode"] == "summary":
                fail(cid, "omission in a summary")
            if e["text"] != "" or not e["after"] or not e["ref_text"]:
                fail(cid, "omission needs empty text, `after` and ref_text")
            start = find_nth(cand, e["after"], e["after_occ"], cid,
                             "omission anchor") + len(e["after"])
            end = start
            if e["ref_text"] in cand:
                fail(cid, "omitted words still present: %r" % e["ref_text"])
            if e["ref_text"] not in ref:
                fail(cid, "omission ref_text not in reference")
        else:
            if not e["text"] or e["after"] is not None:
                fail(cid, "non-omission error needs text and no anchor")
            start = find_nth(cand, e["text"], e["occ"], cid, "error span")
            end = start + len(e["text"])
            if et in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    fail(cid, "%s must have ref_text null" % et)
            else:
                if not e["ref_text"] or e["ref_text"] not in ref:
                    fail(cid, "error ref_text not in reference: %r"
                         % e["ref_text"])
                if e["ref_text"] == e["text"]:
                    fail(cid, "error text equals ref_text")
            if et == "repetition":
                earlier = cand.find(e["text"])
                if earlier < 0 or earlier + len(e["text"]) > start:
                    fail(cid, "repetition has no earlier copy")
            if et == "addition" and e["text"] in ref:
                fail(cid, "addition text appears in reference")
        if cand[start:end] != e["text"]:
            fail(cid, "span mismatch")
        check_boundaries(cand, start, end, cid, "error %r" % e["text"])
        errors.append({"start": start, "end": end, "text": e["text"],
                       "type": et, "severity": sev,
                       "ref_text": e["ref_text"]})

    traps = []
    for t in c["traps"]:
        start = find_nth(cand, t["text"], t["occ"], cid, "trap span")
        end = start + len(t["text"])
        if not t["ref_text"] or t["ref_text"] not in ref:
            fail(cid, "trap ref_text not in reference: %r" % t["ref_text"])
        if t["ref_text"] == t["text"]:
            fail(cid, "trap text identical to its ref_text")
        check_boundaries(cand, start, end, cid, "trap %r" % t["text"])
        traps.append({"start": start, "end": end, "text": t["text"],
                      "ref_text": t["ref_text"]})

    # spans must not overlap (a zero-width omission point may not fall
    # strictly inside another span)
    spans = sorted([(s["start"], s["end"]) for s in errors + traps])
    for (a0, a1), (b0, b1) in zip(spans, spans[1:]):
        if b0 < a1 or (a0 == a1 == b0 and b1 > b0) or (a0 < b0 == b1 < a1):
            fail(cid, "overlapping spans %r %r" % ((a0, a1), (b0, b1)))
    for s in errors + traps:
        for o in errors + traps:
            if o is s:
                continue
            if s["start"] == s["end"] and o["start"] < s["start"] < o["end"]:
                fail(cid, "omission point inside another span")

    if c["label"] == "consistent":
        if errors:
            fail(cid, "consistent pair with errors")
        if not 3 <= len(traps) <= 5:
            fail(cid, "consistent pair needs 3-5 traps, has %d" % len(traps))
    else:
        if not errors:
            fail(cid, "inconsistent pair without errors")
        if len(traps) > 3:
            fail(cid, "inconsistent pair has %d traps" % len(traps))

    errors.sort(key=lambda s: (s["start"], s["end"]))
    traps.sort(key=lambda s: (s["start"], s["end"]))
    return {"id": cid, "domain": c["domain"], "mode": c["mode"],
            "reference": ref, "candidate": cand, "label": c["label"],
            "errors": errors, "traps": traps}


def count(items):
    out = {}
    for x in items:
        out[x] = out.get(x, 0) + 1
    return out


def validate_set(records):
    if len(records) != 40:
        raise SetError("expected 40 pairs, got %d" % len(records))
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms) or set(doms) != set(DOMAINS):
        raise SetError("each pair needs its own domain from the list")
    ml = count((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5,
            ("translation", "inconsistent"): 5}
    if ml != want:
        raise SetError("mode/label composition wrong: %r" % ml)
    errs = [e for r in records for e in r["errors"]]
    if len(errs) != 30:
        raise SetError("expected 30 errors, got %d" % len(errs))
    types = count(e["type"] for e in errs)
    for t in ERROR_TYPES:
        if types.get(t, 0) < 2:
            raise SetError("error type %s has fewer than 2 instances" % t)
    per_pair = count(len(r["errors"]) for r in records
                     if r["label"] == "inconsistent")
    if per_pair.get(1, 0) + per_pair.get(2, 0) < 15:
        raise SetError("most inconsistent pairs should carry 1-2 errors")
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        raise SetError("duplicate ids")
    return types


def main(argv):
    check_only = "--check" in argv[1:]
    records = [build_record(i + 1, c) for i, c in enumerate(CASES)]
    types = validate_set(records)
    modes = count(r["mode"] for r in records)
    labels = count(r["label"] for r in records)
    print("pairs: %d" % len(records))
    print("modes: %s" % ", ".join("%s %d" % kv for kv in sorted(modes.items())))
    print("labels: %s" % ", ".join("%s %d" % kv for kv in sorted(labels.items())))
    print("errors: %d (%s)" % (sum(types.values()), ", ".join(
        "%s %d" % (t, types.get(t, 0)) for t in ERROR_TYPES)))
    print("traps: %d" % sum(len(r["traps"]) for r in records))
    if check_only:
        print("check only: nothing written")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT_PATH)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except SetError as exc:
        print("VALIDATION FAILED: %s" % exc, file=sys.stderr)
        sys.exit(1)
