#!/usr/bin/env python3
"""Held-out evaluation set 43 for a fact-comparison tool.

How it was made: every pair was hand-written by a helper that saw no code or
data of the project, working only from a written brief. All people, companies,
organisations, places and figures are invented (real countries or currencies
appear only as background). Character offsets are never typed by hand: they
are computed here by string search (with an explicit occurrence index where a
quoted text repeats), and everything is validated before the file is written.

Composition (checked by validate()):
  40 pairs, each from a different domain; 20 consistent, 20 inconsistent.
  Modes: 20 rewrite, 10 summary, 10 translation (half of each consistent).
  30 errors in the 20 inconsistent pairs (10 pairs with 1 error, 10 with 2):
    entity 3, number 4, date 3, role 3, polarity 3, modality 3,
    attribution 2, event 3, omission 2, addition 2, repetition 2.
  Consistent pairs carry 3-5 traps each; inconsistent pairs 0-3.
  Omissions occur only in rewrite and translation pairs.

Usage:  python3 make_set43.py           validate and write set43.jsonl
        python3 make_set43.py --check   validate only, write nothing
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set43.jsonl")

DOMAINS = [
    "glass blowing", "pottery kilns", "accordion repair", "model rocketry",
    "cheese caves", "razor clams", "bat roosts", "jewellery hallmarking",
    "adoption agencies", "bone marrow registries", "floating homes",
    "sea cucumber fisheries", "timetable printing", "eviction notices",
    "glow worms", "bagpipe bands", "cotton gins", "alpaca fibre",
    "narrowboat moorings", "shortwave broadcasting", "abalone poaching",
    "foster care", "perry pears", "customs auctions", "newt ponds",
    "salmon ladders", "butterfly counts", "kidney dialysis", "beach flags",
    "firefly tourism", "mosaic restoration", "limousine hire", "wool auctions",
    "rights of way", "pawnbrokers", "fresco conservation", "pothole repairs",
    "tuk tuks", "malt houses", "wedding venues",
]
ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]

CASES = []


def S(*sentences):
    """Join sentences with single spaces."""
    return " ".join(sentences)


def E(text, type_, sev, ref=None, occ=None):
    """An error span quoted from the candidate (occ: occurrence index)."""
    return {"kind": "span", "text": text, "type": type_, "sev": sev,
            "ref": ref, "occ": occ}


def OM(after, ref, sev, occ=None):
    """An omission located right after the quoted candidate text `after`."""
    return {"kind": "omission", "after": after, "type": "omission",
            "sev": sev, "ref": ref, "occ": occ}


def T(text, ref, occ=None):
    """A trap: faithful rewording in the candidate of reference text `ref`."""
    return {"text": text, "ref": ref, "occ": occ}


def add(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------- 1-4
add("glass blowing", "rewrite", "consistent",
    S("""Harrowby Glassworks, a family-run studio in the town of Kelsmoor, said on Monday that it will double the size of its furnace hall after winning a £340,000 grant from the regional arts council.""",
      """The expansion, due to be completed by the end of September, will allow the studio to take on four additional apprentices, bringing the total to ten.""",
      """Managing director Elin Carrow said the grant had arrived "at exactly the right moment", as orders from hotels and restaurants had risen by 30 per cent over the past year.""",
      """The studio, founded in 1968 by Carrow's grandfather, currently employs 22 people.""",
      """The council said the award was one of 14 made this year under its heritage crafts programme."""),
    S("""The regional arts council has awarded a £340,000 grant to Harrowby Glassworks, and the family-run Kelsmoor studio said on Monday it would use the money to make its furnace hall twice as big.""",
      """The work is scheduled to finish by the end of September, after which the studio can take on four more apprentices, taking the total to ten.""",
      """Managing director Elin Carrow said the grant had come "at exactly the right moment", because orders from hotels and restaurants were up 30% on a year earlier.""",
      """Founded in 1968 by Carrow's grandfather, the studio has a staff of 22.""",
      """The award is one of 14 that the council has made this year through its heritage crafts programme, the council said."""),
    traps=[T("make its furnace hall twice as big", "double the size of its furnace hall"),
           T("scheduled to finish by the end of September", "due to be completed by the end of September"),
           T("up 30% on a year earlier", "risen by 30 per cent over the past year"),
           T("has a staff of 22", "currently employs 22 people")])

add("pottery kilns", "rewrite", "inconsistent",
    S("""Stoneleigh Ceramics will replace the three oldest gas kilns at its Burrfield works with electric models over the next 18 months, the company said in a statement on Thursday.""",
      """The £2.6 million project is intended to cut the site's carbon emissions by around 40 per cent.""",
      """Chief executive Tomas Renwick said some firing schedules could be disrupted while the new kilns are installed, but that the company did not expect any job losses among its 180 staff.""",
      """The electric kilns will be supplied by Varrow Thermal, a manufacturer based in the north of England.""",
      """Stoneleigh, which makes tableware for several high-street retailers, reported revenue of £41 million last year."""),
    S("""Stoneleigh Ceramics announced on Thursday that over the coming 18 months it will swap the three oldest gas kilns at its Burrfield works for electric ones.""",
      """The project, costing £2.6 million, aims to reduce carbon emissions at the site by roughly 40 per cent.""",
      """Some firing schedules will be disrupted while the new kilns go in, chief executive Tomas Renwick said, though the company expects none of its 180 employees to lose their jobs.""",
      """The electric kilns are being supplied by Varrow Thermal, a northern English manufacturer.""",
      """Stoneleigh, which produces tableware for a number of high-street retailers, had revenue of £14 million last year."""),
    errors=[E("will be disrupted", "modality", "major", "could be disrupted"),
            E("£14 million", "number", "major", "£41 million")],
    traps=[T("by roughly 40 per cent", "by around 40 per cent"),
           T("expects none of its 180 employees to lose their jobs", "did not expect any job losses among its 180 staff"),
           T("a northern English manufacturer", "a manufacturer based in the north of England")])

add("accordion repair", "summary", "consistent",
    S("""The Vellmar Accordion Workshop in the coastal town of Pressholm will close its doors on 30 June after 61 years, its owner, Rudi Anselm, announced on Saturday.""",
      """Anselm, 74, said he had been unable to find a buyer or apprentice willing to take over the business, which restores and tunes around 300 instruments a year for musicians across the region.""",
      """Customers with instruments currently in the workshop have been asked to collect them by 15 June.""",
      """Anselm said he planned to donate his collection of antique reed blocks and tools to the Pressholm Folk Music Museum, which has agreed to display part of it from next spring.""",
      """The town's mayor, Hilde Brandt, called the closure "the end of an era"."""),
    S("""After 61 years, Pressholm's Vellmar Accordion Workshop will shut on 30 June: its 74-year-old owner, Rudi Anselm, could find no one to take it over.""",
      """Customers have been asked to pick up their instruments by 15 June.""",
      """Anselm intends to give his antique tools and reed blocks to the town's folk music museum, which has agreed to show some of them from next spring."""),
    traps=[T("its 74-year-old owner", "Anselm, 74"),
           T("could find no one to take it over", "had been unable to find a buyer or apprentice willing to take over the business"),
           T("intends to give", "planned to donate"),
           T("show some of them", "display part of it")])

add("model rocketry", "summary", "inconsistent",
    S("""The Corran Valley Rocketry Club has been given permission to resume launches at Tillet Farm after a four-month suspension, the district council confirmed on Wednesday.""",
      """Launches were halted in March after a rocket fitted with an experimental motor drifted onto a neighbouring property and damaged a greenhouse.""",
      """The council's review found that the club had followed its own safety code but recommended that motors above a certain power class be banned at the site.""",
      """The club has accepted the recommendation and will also double the minimum distance between spectators and the launch pad to 30 metres.""",
      """Club secretary Nadia Ferris said members were "relieved and grateful".""",
      """The first launch day is scheduled for 12 August."""),
    S("""The Corran Valley Rocketry Club can resume launches at Tillet Farm, the district council confirmed on Wednesday, ending a four-month suspension imposed after a rocket with an experimental motor damaged a neighbour's greenhouse.""",
      """The council has accepted the club's recommendation to ban motors above a certain power class at the site, and the minimum distance for spectators will double to 30 metres.""",
      """Launches are due to restart on 12 August."""),
    errors=[E("council has accepted the club's", "role", "major", "The club has accepted the recommendation")],
    traps=[T("Launches are due to restart on 12 August", "The first launch day is scheduled for 12 August"),
           T("will double to 30 metres", "double the minimum distance between spectators and the launch pad to 30 metres")])

# ---------------------------------------------------------------- 5-8
add("cheese caves", "translation", "consistent",
    S("""The cooperative of Saint-Aubrac-les-Monts has reopened the limestone caves beneath the village, which had not been used for ageing cheese since 1987.""",
      """According to cooperative president Mireille Fauchet, the first 1,200 wheels were placed in the caves at the beginning of May and will stay there for at least eight months.""",
      """The renovation, which cost 950,000 euros, was funded two-thirds by the region and one-third by the 46 member farms.""",
      """Fauchet stated that the natural humidity of the caves gives the cheese "a character that no modern cellar can reproduce".""",
      """The cooperative hopes to sell the first cave-aged cheeses before the end of next year, mainly in local markets."""),
    S("""Beneath the village of Saint-Aubrac-les-Monts, limestone caves that had not been used to mature cheese since 1987 have been brought back into service by the local cooperative.""",
      """The first 1,200 wheels went into the caves in early May and will remain there for no less than eight months, said Mireille Fauchet, who chairs the cooperative.""",
      """Of the 950,000-euro cost of the renovation, the region paid two-thirds and the cooperative's 46 member farms the remaining third.""",
      """The caves' natural humidity, Fauchet said, lends the cheese "a character no modern cellar could reproduce".""",
      """The cooperative hopes to have its first cave-aged cheeses on sale, chiefly at local markets, before the end of next year."""),
    traps=[T("in early May", "at the beginning of May"),
           T("no less than eight months", "at least eight months"),
           T("who chairs the cooperative", "cooperative president"),
           T("the region paid two-thirds and the cooperative's 46 member farms the remaining third", "funded two-thirds by the region and one-third by the 46 member farms"),
           T("chiefly at local markets", "mainly in local markets")])

add("razor clams", "translation", "inconsistent",
    S("""The fishing authority of the province of Velarde has closed the razor clam beds at Punta Orrio until further notice after tests detected high levels of a marine toxin.""",
      """The closure took effect at midnight on Friday and affects around 90 licensed harvesters, according to the harvesters' association, Marisqueo Orrio.""",
      """Samples will be taken every week, and the beds can only reopen after two consecutive clean results, an official from the authority explained.""",
      """The association's spokesperson, Carmen Ribas, asked the regional government for emergency aid, noting that the closure coincides with the peak of the season.""",
      """Last year a similar closure lasted five weeks."""),
    S("""Razor clam beds at Punta Orrio have been shut indefinitely by the Velarde provincial fisheries authority after tests found elevated levels of a marine toxin.""",
      """The ban came into force at midnight on Thursday and affects some 90 licensed harvesters, the harvesters' association Marisqueo Orrio said.""",
      """An official of the authority said samples would be taken weekly and that the beds could reopen only after two clean results in a row.""",
      """Carmen Ribas, spokesperson for the association, called on the national government for emergency assistance, pointing out that the closure falls at the height of the season.""",
      """A similar closure last year lasted five weeks."""),
    errors=[E("midnight on Thursday", "date", "major", "midnight on Friday"),
            E("national government", "entity", "major", "regional government")],
    traps=[T("indefinitely", "until further notice"),
           T("weekly", "every week"),
           T("two clean results in a row", "two consecutive clean results")])

add("bat roosts", "rewrite", "consistent",
    S("""Work on a new footbridge over the River Lenn at Ashcombe has been postponed until October after surveyors found a maternity roost of around 200 soprano pipistrelle bats in the old bridge abutment, Wexdale County Council said on Tuesday.""",
      """Under wildlife law, the roost cannot be disturbed while the bats are rearing young, which normally lasts until late August.""",
      """The council said the delay would add an estimated £85,000 to the £1.1 million project.""",
      """A licensed ecologist will now design replacement roosting boxes to be fitted to the new structure.""",
      """Councillor Peter Oduya, who chairs the highways committee, said the council "fully respects its legal duties" and apologised to residents for the inconvenience."""),
    S("""Wexdale County Council said on Tuesday that it had put back work on a new footbridge across the River Lenn at Ashcombe until October, because surveyors had discovered roughly 200 soprano pipistrelle bats using the old bridge abutment as a maternity roost.""",
      """Wildlife law means the roost may not be disturbed while the bats are raising their young, a period that usually runs until late August.""",
      """According to the council, the delay is estimated to add £85,000 to the cost of the £1.1m project.""",
      """Replacement roosting boxes for the new structure will now be designed by a licensed ecologist.""",
      """Peter Oduya, the councillor who chairs the highways committee, apologised to residents for the inconvenience and said the council "fully respects its legal duties"."""),
    traps=[T("put back", "postponed"),
           T("roughly 200", "around 200"),
           T("raising their young", "rearing young"),
           T("£1.1m", "£1.1 million"),
           T("will now be designed by a licensed ecologist", "A licensed ecologist will now design")])

add("jewellery hallmarking", "rewrite", "inconsistent",
    S("""The Assay Office in Dunmere tested a record 4.8 million items of precious metal jewellery in the year to March, up 12 per cent on the previous year, according to its annual report published on Monday.""",
      """Chief assay master Joanna Threlfall attributed the rise mainly to higher demand for gold wedding bands and to a surge in items sent by online sellers.""",
      """Threlfall warned, however, that the office had seen a sharp increase in the number of items failing tests, with 1.6 per cent found to be below the claimed purity, compared with 0.9 per cent a year earlier.""",
      """Oliver Strand, director of the Guild of Fine Metalworkers, said the guild would urge members to check their suppliers more carefully."""),
    S("""A record 4.8 million items of precious metal jewellery were tested by Dunmere's Assay Office in the twelve months to March, 12% more than in the previous year, the office's annual report showed on Monday.""",
      """Chief assay master Joanna Threlfall put the increase down mainly to stronger demand for gold wedding bands and a surge in items from online sellers.""",
      """However, Oliver Strand, director of the Guild of Fine Metalworkers, warned that the office had seen a sharp rise in the number of items failing tests: 1.6% were below their claimed purity, against 0.9% a year earlier.""",
      """He said the guild would urge members to check their suppliers more carefully."""),
    errors=[E("Oliver Strand, director of the Guild of Fine Metalworkers", "attribution", "major", "Threlfall warned")],
    traps=[T("in the twelve months to March", "in the year to March"),
           T("12% more than in the previous year", "up 12 per cent on the previous year"),
           T("put the increase down mainly to", "attributed the rise mainly to")])

# ---------------------------------------------------------------- 9-12
add("adoption agencies", "rewrite", "consistent",
    S("""Brightwater Family Placements, one of the largest voluntary adoption agencies in the region of Carrick, will merge with the smaller Hollins Adoption Trust on 1 January, the two charities announced on Friday.""",
      """The combined agency will be called Brightwater Hollins and will be led by Brightwater's current chief executive, Sunita Marlowe.""",
      """Hollins chief executive Graham Pike will become director of adoption support.""",
      """The charities said that together they placed 142 children with adoptive families last year and supported more than 600 families after adoption.""",
      """No redundancies are planned, and both existing offices, in Carrick and Feltham, will remain open.""",
      """The merger still requires approval from the charity regulator, which is expected in November."""),
    S("""Brightwater Family Placements, one of the biggest voluntary adoption agencies in the Carrick region, and the smaller Hollins Adoption Trust said on Friday that they will merge on 1 January.""",
      """Sunita Marlowe, who is currently Brightwater's chief executive, will lead the new organisation, to be named Brightwater Hollins, while Graham Pike, who runs Hollins, will take on the role of director of adoption support.""",
      """Between them, the two charities said, they found adoptive homes for 142 children last year and gave post-adoption support to over 600 families.""",
      """There are no plans for redundancies, and the existing offices in Carrick and Feltham will both stay open.""",
      """The deal still needs the approval of the charity regulator, which is expected in November."""),
    traps=[T("who runs Hollins", "Hollins chief executive"),
           T("found adoptive homes for 142 children", "placed 142 children with adoptive families"),
           T("over 600 families", "more than 600 families"),
           T("There are no plans for redundancies", "No redundancies are planned")])

add("bone marrow registries", "rewrite", "inconsistent",
    S("""The National Marrow Donor Register of Estovia added 38,500 new volunteers last year, the highest number since it was founded in 2004, the registry said in its annual update on Wednesday.""",
      """Men aged 18 to 30, who are most likely to be selected as donors, made up just 19 per cent of new sign-ups, however.""",
      """Registry director Dr Alena Voss said the organisation would spend €400,000 over two years on a campaign aimed at young men, including recruitment drives at universities and sports clubs.""",
      """Last year 212 patients received stem cell or bone marrow transplants from donors found through the register.""",
      """The registry now has 410,000 potential donors on its books."""),
    S("""Estovia's National Marrow Donor Register signed up 38,500 new volunteers last year, more than in any year since its founding in 2004, according to the annual update it published on Wednesday.""",
      """Only 19% of the new recruits, however, were men aged 18 to 30.""",
      """The registry will put €200,000 a year for two years into a campaign targeting young men, with recruitment drives at universities and sports clubs, said its director, Dr Alena Voss.""",
      """Donors found through the register provided stem cell or bone marrow transplants for 221 patients last year.""",
      """In total, 410,000 potential donors are now on its books."""),
    errors=[OM("were men aged 18 to 30", "who are most likely to be selected as donors", "minor"),
            E("221 patients", "number", "major", "212 patients")],
    traps=[T("more than in any year since its founding in 2004", "the highest number since it was founded in 2004"),
           T("€200,000 a year for two years", "€400,000 over two years")])

add("floating homes", "summary", "consistent",
    S("""Plans for a community of 48 floating homes in the disused Marlow Basin have been approved by Quayford City Council's planning committee, despite objections from some boat owners who use the basin.""",
      """The homes, to be built by developer Tidewell Living, will be moored to steel piles and connected to mains water, electricity and sewerage.""",
      """A third of them will be offered at below-market rents to key workers such as nurses and teachers.""",
      """Construction of the first 12 homes is expected to begin next spring, with residents moving in by late 2026.""",
      """The committee voted seven to two in favour.""",
      """Objectors, led by the Marlow Basin Boating Club, said the scheme would reduce space for visiting boats and argued the council had not consulted them properly."""),
    S("""Quayford's planning committee voted 7-2 to approve Tidewell Living's plan for 48 floating homes in the disused Marlow Basin, overriding objections from some boat owners, who argue the scheme will squeeze out visiting boats and that they were not properly consulted.""",
      """Sixteen of the homes will be let to key workers at below-market rents, and work on the first dozen is expected to start next spring."""),
    traps=[T("voted 7-2", "voted seven to two"),
           T("squeeze out visiting boats", "reduce space for visiting boats"),
           T("Sixteen of the homes", "A third of them"),
           T("the first dozen", "the first 12 homes")])

add("sea cucumber fisheries", "summary", "inconsistent",
    S("""The fisheries ministry of the island state of Palumo has extended its ban on sea cucumber harvesting for a further three years, after a survey found stocks had not recovered since the fishery was closed in 2021.""",
      """The survey, carried out by the Palumo Marine Institute, found densities at most monitored reefs were still below a tenth of levels recorded in the early 2000s.""",
      """Fisheries minister Teresa Ailao said the government understood the hardship for coastal communities and would continue paying monthly support to about 700 registered divers.""",
      """Illegal harvesting remained a concern, she said, with patrol boats intercepting 14 vessels last year.""",
      """Exporters had lobbied for a limited reopening."""),
    S("""Following pressure from conservation groups, Palumo has extended its sea cucumber harvesting ban by three years after a Palumo Marine Institute survey found stocks had not recovered since the 2021 closure, with densities on most reefs still under a tenth of early-2000s levels.""",
      """The government will keep paying monthly support to around 700 registered divers, and illegal harvesting is no longer a concern, according to fisheries minister Teresa Ailao."""),
    errors=[E("Following pressure from conservation groups", "addition", "minor"),
            E("is no longer a concern", "polarity", "major", "Illegal harvesting remained a concern")],
    traps=[T("under a tenth", "below a tenth"),
           T("will keep paying", "would continue paying")])

# ---------------------------------------------------------------- 13-16
add("timetable printing", "translation", "consistent",
    S("""From 1 September, the regional transport association of Oberfeld will stop printing pocket timetables for its bus routes, a spokesperson confirmed on Tuesday.""",
      """Around 350,000 booklets were printed each year at a cost of roughly 180,000 euros.""",
      """The association said that most passengers now consult timetables on their phones or at the digital displays installed at 420 stops.""",
      """Printed timetables will, however, remain available on request at the three customer centres in Oberfeld, Kessling and Auen, and stop posters will continue to be printed.""",
      """A senior citizens' association criticised the decision, saying that many older people do not use smartphones.""",
      """The savings are to be used for additional evening services."""),
    S("""The Oberfeld regional transport association is to discontinue the printed pocket timetables for its bus routes as of 1 September, a spokesperson confirmed on Tuesday.""",
      """Some 350,000 booklets used to be produced annually, costing about 180,000 euros.""",
      """According to the association, the majority of passengers now look up times on their mobile phones or on the digital displays fitted at 420 stops.""",
      """Anyone who wants a printed timetable can still ask for one at the three customer centres in Oberfeld, Kessling and Auen, however, and timetable posters at stops will still be printed.""",
      """An association representing older people criticised the move, arguing that many seniors do not use smartphones.""",
      """The money saved is to go towards extra evening services."""),
    traps=[T("as of 1 September", "From 1 September"),
           T("the majority of passengers", "most passengers"),
           T("An association representing older people", "A senior citizens' association"),
           T("The money saved", "The savings")])

add("eviction notices", "translation", "inconsistent",
    S("""A court in the city of Valmora suspended on Monday the eviction of 63 families from a residential building in the Alto do Cerro district, which the owner, the property company Imobiliária Lusan, wants to demolish.""",
      """Judge Rita Paixão ruled that the notices, delivered in July, did not give tenants the minimum 120 days required by law.""",
      """The company may appeal within 30 days.""",
      """The tenants' association welcomed the decision but warned that the families' situation remains uncertain.""",
      """The city council said it was prepared to offer temporary housing to affected families if the eviction goes ahead, and called on the company to negotiate."""),
    S("""On Monday a Valmora court halted the eviction of 63 families from an apartment block in the Alto do Cerro neighbourhood that its owner, the property firm Imobiliária Lusan, intends to sell.""",
      """According to the ruling by Judge Rita Paixão, the notices handed to tenants in July fell short of the legal minimum of 120 days.""",
      """Lusan has 30 days in which it can lodge an appeal.""",
      """While welcoming the ruling, the tenants' association cautioned that the families still face an uncertain future.""",
      """The city council said it stood ready to provide temporary accommodation for the families concerned should the eviction proceed, and urged the company to negotiate."""),
    errors=[E("sell", "event", "major", "demolish")],
    traps=[T("halted", "suspended"),
           T("Lusan has 30 days in which it can lodge an appeal", "The company may appeal within 30 days"),
           T("should the eviction proceed", "if the eviction goes ahead")])

add("glow worms", "rewrite", "consistent",
    S("""Visitor numbers at the Kerrin Gorge glow-worm caves fell by almost half in the six months to June after the introduction of a timed-entry booking system, the Kerrin Gorge Trust said on Thursday.""",
      """The trust introduced the system in January to reduce crowding, which scientists had linked to falling glow-worm numbers.""",
      """A count in May found the colony had grown by around 15 per cent compared with the same month last year.""",
      """Trust chair Moana Hetet said the drop in visitors had cost the trust about NZ$220,000 in lost revenue, but that protecting the glow-worms had to come first.""",
      """Tickets will rise from NZ$25 to NZ$32 in October."""),
    S("""The Kerrin Gorge Trust said on Thursday that nearly 50 per cent fewer people visited its glow-worm caves in the first half of the year after it brought in timed-entry booking.""",
      """The system, introduced in January, was designed to ease crowding, which scientists had linked to a decline in glow-worm numbers.""",
      """In May, a count showed the colony was about 15% larger than in May last year.""",
      """Trust chair Moana Hetet said the fall in visitors had meant roughly NZ$220,000 of lost revenue for the trust, but that the glow-worms' protection had to come first.""",
      """From October, tickets will cost NZ$32 instead of NZ$25."""),
    traps=[T("nearly 50 per cent fewer people visited", "fell by almost half"),
           T("in the first half of the year", "in the six months to June"),
           T("about 15% larger than in May last year", "grown by around 15 per cent compared with the same month last year"),
           T("From October, tickets will cost NZ$32 instead of NZ$25", "Tickets will rise from NZ$25 to NZ$32 in October")])

add("bagpipe bands", "rewrite", "inconsistent",
    S("""The Glenrothay and District Pipe Band will represent the region at the World Pipe Band Championships in Glasgow in August after winning the Northern Counties Championship on Saturday.""",
      """The band, led by pipe major Callum Baird, finished ahead of 11 other bands in Grade 2.""",
      """It is the first time since 1997 that the band has won the title.""",
      """Baird said the win was the result of two years of work with a largely new group of young pipers, half of whom are under 20.""",
      """The band must now raise around £18,000 to cover travel and accommodation for its 34 members.""",
      """A fundraising ceilidh will be held at Glenrothay town hall on 6 July."""),
    S("""After taking the Northern Counties Championship on Saturday, the Glenrothay and District Pipe Band will represent the region at the World Pipe Band Championships in Glasgow in August.""",
      """Under pipe major Callum Baird, the band beat 11 other Grade 2 bands to claim the title for the first time since 1997.""",
      """Baird put the victory down to two years' work with a largely new group of young pipers, half of whom are under 20, half of whom are under 20.""",
      """The band now has to raise about £18,000 to pay for travel and accommodation for its 34 members, and a fundraising ceilidh will be held at Glenrothay town hall on 6 June."""),
    errors=[E("half of whom are under 20", "repetition", "minor", None, occ=1),
            E("on 6 June", "date", "major", "on 6 July")],
    traps=[T("beat 11 other Grade 2 bands", "finished ahead of 11 other bands in Grade 2"),
           T("put the victory down to", "said the win was the result of")])

# ---------------------------------------------------------------- 17-20
add("cotton gins", "rewrite", "consistent",
    S("""Sahel Fibre Processing, a cotton ginning company in the Republic of Tamoré, has commissioned a new gin at Ouarsa that can process up to 60,000 tonnes of seed cotton per season, the company said on Wednesday.""",
      """The plant, built at a cost of 14 billion CFA francs, will create 320 permanent jobs and around 900 seasonal positions during the harvest.""",
      """Managing director Ibrahim Coulouba said the new gin would cut the distance many farmers in the north must travel to sell their crop from about 200 kilometres to less than 50.""",
      """Construction was financed partly by a loan from the West African Development Fund.""",
      """The company expects the gin to reach full capacity in its second season."""),
    S("""A new cotton gin able to handle as much as 60,000 tonnes of seed cotton a season has been commissioned at Ouarsa by Sahel Fibre Processing, the Tamoré ginning company announced on Wednesday.""",
      """The 14-billion-CFA-franc plant will provide 320 permanent jobs plus some 900 seasonal ones at harvest time.""",
      """For many farmers in the north, the distance travelled to sell their crop will shrink from roughly 200 km to under 50 km thanks to the new gin, according to managing director Ibrahim Coulouba.""",
      """The project was funded in part through a loan from the West African Development Fund, and the company expects the gin to be running at full capacity in its second season."""),
    traps=[T("as much as 60,000 tonnes", "up to 60,000 tonnes"),
           T("some 900 seasonal ones", "around 900 seasonal positions"),
           T("from roughly 200 km to under 50 km", "from about 200 kilometres to less than 50"),
           T("funded in part", "financed partly")])

add("alpaca fibre", "rewrite", "inconsistent",
    S("""Andes Crest Cooperative, which is based in the town of Sallqa and represents about 1,400 alpaca herders in the highland province of Qollana, has signed a five-year supply agreement with Italian spinning mill Filatura Berretti, the cooperative said on Monday.""",
      """Under the deal, the mill will buy at least 120 tonnes of sorted alpaca fibre a year at prices set 8 per cent above the regional market average.""",
      """Cooperative president Rosa Mamani said the agreement would give families a stable income after two years of falling prices.""",
      """The cooperative will use part of the proceeds to build a fibre sorting centre in the town of Ayllu Pata.""",
      """Filatura Berretti already buys wool from producers in Peru and Bolivia."""),
    S("""Italian spinning mill Filatura Berretti has signed a five-year deal to source alpaca fibre from Andes Crest Cooperative, the Sallqa-based group representing some 1,400 herders in the highland province of Qollana, the cooperative announced on Monday.""",
      """The mill has committed to buying a minimum of 120 tonnes of sorted fibre annually, paying 8% over the regional market average.""",
      """After two years of falling prices, the agreement would give families a steady income, cooperative president Rosa Mamani said.""",
      """Some of the proceeds will go towards building a fibre sorting centre in Sallqa.""",
      """Filatura Berretti already sources wool from producers in Peru and Bolivia."""),
    errors=[E("Sallqa", "entity", "major", "Ayllu Pata", occ=1)],
    traps=[T("the Sallqa-based group", "which is based in the town of Sallqa"),
           T("a minimum of 120 tonnes", "at least 120 tonnes"),
           T("8% over the regional market average", "8 per cent above the regional market average")])

add("narrowboat moorings", "summary", "consistent",
    S("""The Canal and Waterways Trust is to introduce charges for overnight mooring on a popular four-mile stretch of the Hadley Canal through the centre of Brindford from 1 April, following complaints about boats overstaying.""",
      """Boaters will be able to moor free for the first 48 hours, after which a fee of £12 per night will apply, up to a maximum stay of seven days.""",
      """The trust said around 60 boats were currently moored along the stretch on a typical night, with some staying for months.""",
      """Liveaboard boaters' groups have criticised the plan, warning that it could push people with low incomes off the water.""",
      """The trust said income from the charges would be spent on maintaining towpaths and water points in the area."""),
    S("""From 1 April, boats mooring overnight on the four-mile stretch of the Hadley Canal through central Brindford will pay £12 a night after two free days, with stays capped at a week, the Canal and Waterways Trust said, citing complaints about overstaying.""",
      """Liveaboard groups warn the charges could force low-income boaters off the water; the trust says the money will go on maintaining local towpaths and water points."""),
    traps=[T("central Brindford", "the centre of Brindford"),
           T("after two free days", "free for the first 48 hours"),
           T("capped at a week", "up to a maximum stay of seven days"),
           T("force low-income boaters off the water", "push people with low incomes off the water")])

add("shortwave broadcasting", "summary", "inconsistent",
    S("""Radio Meridian International will end its shortwave transmissions to Central Africa at the end of March, the state broadcaster announced on Thursday, citing the rising cost of electricity at its transmitter site in Hollum.""",
      """The service, which has broadcast in French, English and Swahili for 52 years, will continue online and through partner FM stations in six countries.""",
      """Director general Karin Wessel said the decision had been "painful" but that shortwave audiences had fallen by more than 60 per cent over the past decade.""",
      """Listener groups said millions of people in rural areas without reliable internet would lose access.""",
      """The broadcaster said it might keep one transmitter available for emergency broadcasts."""),
    S("""Citing higher electricity costs at its Hollum transmitter site, Radio Meridian International will stop shortwave broadcasts to Central Africa at the end of March after more than half a century, though the service will carry on online and via partner FM stations in nine countries.""",
      """Shortwave audiences have dropped by over 60% in ten years, the director general said.""",
      """One transmitter will be kept available for emergencies."""),
    errors=[E("nine countries", "number", "major", "six countries"),
            E("will be kept", "modality", "major", "might keep")],
    traps=[T("more than half a century", "52 years"),
           T("by over 60% in ten years", "by more than 60 per cent over the past decade")])

# ---------------------------------------------------------------- 21-24
add("abalone poaching", "translation", "consistent",
    S("""Police in the coastal district of Kaapsrand arrested four men on Sunday night after finding 1,150 abalone hidden in the false floor of a delivery van, a police spokesperson said.""",
      """The shellfish, which had been removed from their shells, have an estimated street value of 2.3 million rand.""",
      """The van was stopped at a roadblock on the N9 highway shortly before 11 p.m.""",
      """The suspects, aged between 24 and 41, are due to appear in the Kaapsrand magistrate's court on Tuesday on charges of illegal possession and transport of a protected marine resource.""",
      """The spokesperson said the arrests were the result of a two-month investigation carried out jointly with marine inspectors."""),
    S("""Four men were arrested late on Sunday in the Kaapsrand coastal district when police discovered 1,150 shucked abalone concealed in a false floor in a delivery van, according to a police spokesperson.""",
      """The catch is estimated to be worth 2.3 million rand on the black market.""",
      """Officers stopped the vehicle at a roadblock on the N9 highway just before 11 p.m.""",
      """The men, who are aged 24 to 41, are due to appear before the Kaapsrand magistrate's court on Tuesday, charged with illegally possessing and transporting a protected marine resource.""",
      """The arrests followed a two-month joint investigation with marine inspectors, the spokesperson added."""),
    traps=[T("shucked", "which had been removed from their shells"),
           T("estimated to be worth 2.3 million rand on the black market", "an estimated street value of 2.3 million rand"),
           T("just before 11 p.m.", "shortly before 11 p.m."),
           T("aged 24 to 41", "aged between 24 and 41")])

add("foster care", "translation", "inconsistent",
    S("""The social services department of the province of Lindmark will raise the monthly allowance paid to foster families by 15 per cent from January, provincial councillor Anneke Vos announced on Wednesday.""",
      """The increase, the first in six years, will cost the province about 4.2 million euros a year.""",
      """Vos said the number of registered foster families had fallen from 1,300 to just under 1,000 since 2019, while the number of children needing placement had risen.""",
      """Foster families caring for children with serious disabilities will receive an additional supplement.""",
      """The foster carers' association called the increase a good first step but said it did not fully compensate for inflation."""),
    S("""From January, the social services department of Lindmark province will pay foster families a monthly allowance that is 15% higher, provincial councillor Anneke Vos announced on Wednesday.""",
      """It is the first rise in six years and will cost the province around 4.2 million euros annually.""",
      """According to Vos, the number of registered foster families has dropped since 2019 from 1,300 to slightly fewer than 1,000, even as the number of children in need of a placement has gone up.""",
      """Families who foster children will also get an extra supplement.""",
      """The association of foster carers described the rise as a good first step, but said it did not fully make up for inflation."""),
    errors=[OM("Families who foster children", "with serious disabilities", "major")],
    traps=[T("around 4.2 million euros annually", "about 4.2 million euros a year"),
           T("slightly fewer than 1,000", "just under 1,000")])

add("perry pears", "rewrite", "consistent",
    S("""A project to save rare perry pear varieties in the Vale of Harcombe has planted 260 young trees grafted from old orchards, the Harcombe Orchard Trust said on Friday.""",
      """The trees, representing 38 varieties, were planted over the winter at a new 'mother orchard' near the village of Stowell.""",
      """Several of the varieties are thought to survive as only one or two veteran trees.""",
      """The trust's orchard officer, Bethan Lyle, said it would take about seven years before the young trees bore fruit in any quantity.""",
      """The £65,000 project was funded by a lottery grant and donations from local cider and perry makers, who hope to use the fruit in future."""),
    S("""The Harcombe Orchard Trust said on Friday that 260 young trees, grafted from old orchards, had been planted by a project to save the rare perry pear varieties of the Vale of Harcombe.""",
      """Planted during the winter at a new 'mother orchard' close to Stowell village, the trees cover 38 varieties, several of which are believed to survive as just one or two veteran trees.""",
      """It will be roughly seven years before the young trees produce fruit in any quantity, according to Bethan Lyle, the trust's orchard officer.""",
      """A lottery grant and donations from local cider and perry makers, who hope to use the fruit in future, paid for the £65,000 project."""),
    traps=[T("close to Stowell village", "near the village of Stowell"),
           T("the trees cover 38 varieties", "The trees, representing 38 varieties"),
           T("believed to survive", "thought to survive"),
           T("roughly seven years", "about seven years")])

add("customs auctions", "rewrite", "inconsistent",
    S("""Goods seized by the Revenue and Customs Service of Ostravia, including 40 luxury watches, three motorcycles and a consignment of designer handbags, will be sold at a public auction in the port city of Tessel on 18 May, the service said on Monday.""",
      """The auction will be run by the private auction house Lindqvist & Marr on behalf of the service.""",
      """Items will be available for viewing for two days beforehand.""",
      """The service said goods suspected of being counterfeit would not be sold and had been destroyed.""",
      """Proceeds, expected to exceed 600,000 euros, will go to the state treasury.""",
      """Bidders must register in advance and provide identification."""),
    S("""The Ostravian Revenue and Customs Service said on Monday that seized goods, among them 40 luxury watches, three motorcycles and a consignment of designer handbags, will go under the hammer at a public auction in the port city of Tessel on 18 May.""",
      """The service will run the auction on behalf of the private auction house Lindqvist & Marr, with a two-day viewing period beforehand.""",
      """Suspected counterfeit goods have been destroyed rather than put up for sale, the service said.""",
      """The proceeds, which are expected to top €600,000, will be paid to the state treasury.""",
      """Bidders will not need to register in advance but must provide identification."""),
    errors=[E("service will run the auction on behalf of the private auction house Lindqvist & Marr", "role", "major",
              "The auction will be run by the private auction house Lindqvist & Marr on behalf of the service"),
            E("will not need to register in advance", "polarity", "major", "Bidders must register in advance")],
    traps=[T("go under the hammer", "be sold"),
           T("have been destroyed rather than put up for sale", "would not be sold and had been destroyed"),
           T("expected to top €600,000", "expected to exceed 600,000 euros")])

# ---------------------------------------------------------------- 25-28
add("newt ponds", "rewrite", "consistent",
    S("""Developers of the 450-home Brackenfield Park estate have created 11 new ponds for great crested newts on land next to the site, as required by their planning permission, Orley District Council said on Tuesday.""",
      """The ponds, dug last autumn, cover a combined area of about 0.6 hectares and are linked by hedgerows and grass corridors to an existing colony in Brackenfield Wood.""",
      """Around 300 newts were moved from the building site to the new habitat by licensed ecologists over the spring.""",
      """The developer, Greywell Homes, must monitor the ponds for at least ten years and report results to the council every two years.""",
      """Early surveys have found newts breeding in four of the ponds."""),
    S("""Orley District Council said on Tuesday that Greywell Homes, which is building the 450-home Brackenfield Park estate, has created 11 new ponds for great crested newts on land beside the site, a condition of its planning permission.""",
      """Dug last autumn, the ponds together cover roughly 0.6 hectares and are connected to an existing colony in Brackenfield Wood by hedgerows and grass corridors.""",
      """During the spring, licensed ecologists relocated about 300 newts from the building site to the new habitat.""",
      """Greywell is required to monitor the ponds for a minimum of ten years and to report its findings to the council biennially.""",
      """Newts have been found breeding in four of the ponds, according to early surveys."""),
    traps=[T("roughly 0.6 hectares", "about 0.6 hectares"),
           T("relocated about 300 newts", "Around 300 newts were moved"),
           T("for a minimum of ten years", "for at least ten years"),
           T("biennially", "every two years")])

add("salmon ladders", "rewrite", "inconsistent",
    S("""A new fish ladder at the Carnoch weir on the River Aird has allowed salmon to reach upstream spawning grounds for the first time in more than a century, the Aird District Salmon Board said on Wednesday.""",
      """Underwater cameras recorded 1,740 salmon and 620 sea trout passing through the ladder between June and October.""",
      """The 40-metre structure, a series of concrete pools rising 4.5 metres, was completed last winter at a cost of £1.9 million.""",
      """Board biologist Dr Fiona Munro said juvenile salmon had already been found in tributaries above the weir.""",
      """The weir was built in 1887 to supply water to a mill that closed in the 1950s."""),
    S("""For the first time in over 100 years, salmon have been able to reach spawning grounds upstream of the Carnoch weir on the River Aird thanks to a new fish ladder, the Aird District Salmon Board said on Wednesday.""",
      """Between June and October, 1,740 salmon and 620 sea trout were recorded by underwater cameras as they passed through the ladder.""",
      """Completed last winter for £1.9 million, the 40-metre structure consists of a series of concrete pools climbing 4.5 metres.""",
      """Juvenile salmon have already been released into tributaries above the weir, according to board biologist Dr Fiona Munro.""",
      """The weir dates from 1887, when it was built to supply water to a mill; the mill shut in the 1950s."""),
    errors=[E("released into", "event", "major", "found in")],
    traps=[T("over 100 years", "more than a century"),
           T("climbing 4.5 metres", "rising 4.5 metres")])

add("butterfly counts", "summary", "consistent",
    S("""The annual Great Meadow Butterfly Count recorded its lowest total in 15 years this summer, organisers at the charity Wingwatch said on Thursday.""",
      """More than 9,200 volunteers took part, counting butterflies for 15 minutes at a time in gardens, parks and countryside between mid-July and early August.""",
      """The average number of butterflies seen per count fell to 7, down from 9 last year.""",
      """Common blue and small copper numbers were among the hardest hit, each falling by more than a third.""",
      """Wingwatch's head of science, Dr Owen Pascoe, said the cool, wet start to summer was likely to have played a part, but warned that longer-term declines linked to habitat loss were also a concern.""",
      """Red admirals bucked the trend, with sightings up 20 per cent."""),
    S("""Wingwatch's Great Meadow Butterfly Count, carried out by over 9,200 volunteers, recorded its lowest total in 15 years, with an average of 7 butterflies per count against 9 last year.""",
      """Common blues and small coppers each fell by over a third, while red admiral sightings rose by a fifth.""",
      """The charity's head of science said the cool, wet start to summer probably played a part, but also voiced concern about longer-term declines linked to habitat loss."""),
    traps=[T("over 9,200 volunteers", "More than 9,200 volunteers"),
           T("by over a third", "by more than a third"),
           T("rose by a fifth", "up 20 per cent"),
           T("probably played a part", "was likely to have played a part")])

add("kidney dialysis", "summary", "inconsistent",
    S("""St Brennan's Hospital in Morrow will open a satellite kidney dialysis unit in the town of Ferris Bay in September, cutting journey times for around 70 patients who currently travel up to 90 minutes each way three times a week.""",
      """The unit will have 16 dialysis stations and will be open six days a week, the hospital trust said on Monday.""",
      """It will be run in partnership with Renacare, a private provider that will supply equipment and staff.""",
      """Consultant nephrologist Dr Priya Menon said long journeys were "exhausting" for patients already dealing with a demanding treatment.""",
      """Local patient group Kidney Care Ferris Bay, which campaigned for the unit for five years, said it was "a huge relief"."""),
    S("""St Brennan's Hospital will open a 16-station dialysis unit in Ferris Bay in September, run with private provider Renacare and open seven days a week.""",
      """It will spare about 70 patients round trips of up to three hours, three times a week, journeys that patient group Kidney Care Ferris Bay, which spent five years campaigning for the unit, described as "exhausting"."""),
    errors=[E("seven days a week", "number", "major", "six days a week"),
            E("patient group Kidney Care Ferris Bay", "attribution", "major", "Consultant nephrologist Dr Priya Menon")],
    traps=[T("round trips of up to three hours", "up to 90 minutes each way"),
           T("spent five years campaigning for the unit", "campaigned for the unit for five years")])

# ---------------------------------------------------------------- 29-32
add("beach flags", "translation", "consistent",
    S("""The town council of Playa Serena has awarded the lifeguard service contract for this summer to the company Salvamar Costa, which will deploy 28 lifeguards on the municipality's five beaches from 15 June to 15 September.""",
      """Red flags, prohibiting bathing, will be raised when waves exceed 1.5 metres or when there are dangerous currents.""",
      """The councillor for beaches, Lucía Herrero, reminded residents that anyone who enters the water under a red flag may be fined up to 750 euros.""",
      """The contract is worth 410,000 euros, 12 per cent more than last year, mainly due to the extension of the service hours until 8 p.m."""),
    S("""Salvamar Costa has won the Playa Serena town council's contract to provide lifeguards this summer, and will station 28 of them across the town's five beaches between 15 June and 15 September.""",
      """A red flag, meaning swimming is banned, will fly whenever waves are higher than 1.5 metres or currents are dangerous.""",
      """Beaches councillor Lucía Herrero reminded residents that going into the water while the red flag is up can lead to a fine of as much as 750 euros.""",
      """Worth 410,000 euros, the contract is 12% more expensive than last year's, largely because the service will now run until 8 p.m."""),
    traps=[T("A red flag, meaning swimming is banned", "Red flags, prohibiting bathing"),
           T("higher than 1.5 metres", "exceed 1.5 metres"),
           T("as much as 750 euros", "up to 750 euros"),
           T("12% more expensive than last year's", "12 per cent more than last year")])

add("firefly tourism", "translation", "inconsistent",
    S("""The provincial tourism office of Sungai Lumut has limited the number of boats allowed on the firefly river tour to 20 per night, following concerns that noise and light from visitors were disturbing the insects.""",
      """Boat operators must also switch off engines and use electric motors within the 3-kilometre firefly zone.""",
      """Tourism officer Nur Azlina Rahman said firefly numbers along the riverbank had declined noticeably in the past five years.""",
      """The new rules take effect on 1 March.""",
      """Operators who break them can have their licences suspended for up to three months."""),
    S("""Only 20 boats a night will now be permitted on the firefly river tour, the Sungai Lumut provincial tourism office has decided, amid concerns that visitors' noise and lights were disturbing the insects.""",
      """Within the 3-km firefly zone, operators will also have to turn off their engines and switch to electric motors, and tourists will be banned from using camera flashes.""",
      """According to tourism officer Nur Azlina Rahman, the number of fireflies along the riverbank has fallen noticeably over the last five years.""",
      """The rules come into force on 1 March, and operators who breach them risk having their licence suspended for as long as three months."""),
    errors=[E("tourists will be banned from using camera flashes", "addition", "major")],
    traps=[T("Only 20 boats a night will now be permitted", "limited the number of boats allowed on the firefly river tour to 20 per night"),
           T("as long as three months", "up to three months")])

add("mosaic restoration", "rewrite", "consistent",
    S("""Conservators have completed a three-year restoration of the Roman mosaic floor at Fennick Villa, the heritage body Historic Marches said on Monday.""",
      """The mosaic, which measures 9 metres by 6 metres and depicts a hunting scene, was discovered by a farmer ploughing a field in 1921.""",
      """Around 40,000 loose tesserae, the small cubes of stone and glass that make up the image, were cleaned and re-fixed, and damaged sections repaired with lime mortar.""",
      """The £780,000 project was funded largely by the National Heritage Lottery Fund.""",
      """Lead conservator Dr Hana Kovač said the work had revealed traces of an earlier design beneath the floor.""",
      """The villa will reopen to visitors on 1 May with a new viewing platform."""),
    S("""A three-year restoration of the Roman mosaic floor at Fennick Villa has been completed by conservators, the heritage body Historic Marches announced on Monday.""",
      """Showing a hunting scene and measuring 9 m by 6 m, the mosaic was found in 1921 by a farmer who was ploughing a field.""",
      """The conservators cleaned and re-fixed some 40,000 loose tesserae – the little cubes of stone and glass that form the picture – and used lime mortar to repair damaged sections.""",
      """Most of the £780,000 cost was met by the National Heritage Lottery Fund.""",
      """According to lead conservator Dr Hana Kovač, the work uncovered traces of an earlier design beneath the floor.""",
      """Visitors will be able to return from 1 May, when the villa reopens with a new viewing platform."""),
    traps=[T("9 m by 6 m", "9 metres by 6 metres"),
           T("some 40,000", "Around 40,000"),
           T("Most of the £780,000 cost was met by", "The £780,000 project was funded largely by"),
           T("the work uncovered traces of an earlier design", "the work had revealed traces of an earlier design")])

add("limousine hire", "rewrite", "inconsistent",
    S("""Three limousine hire firms in the city of Carvel have had their operating licences suspended after inspectors found vehicles with faulty seatbelts and expired insurance, the city's licensing authority said on Friday.""",
      """The suspensions, which affect 17 vehicles, will remain in place until each firm passes a full safety inspection.""",
      """The authority said no passengers had been injured.""",
      """The checks were part of a crackdown ahead of the school prom season, when demand for stretch limousines peaks.""",
      """Licensing manager Derek Osei said operators who continued to trade without a licence could face fines of up to £10,000.""",
      """One of the firms, Starline Executive, said it would appeal."""),
    S("""Carvel's licensing authority said on Friday it had suspended the operating licences of three limousine hire companies in the city after inspectors discovered vehicles with defective seatbelts and lapsed insurance.""",
      """A total of 17 vehicles are affected, and the suspensions will stay in force until each firm has passed a full safety inspection.""",
      """No passengers were hurt, according to the authority.""",
      """The inspections formed part of a crackdown ahead of the school prom season, when demand for stretch limousines is at its highest.""",
      """Operators that keep trading without a licence could be fined as much as £10,000, licensing manager Derek Osei said.""",
      """Starline Executive, one of the three firms, said it would not be appealing."""),
    errors=[E("would not be appealing", "polarity", "critical", "it would appeal")],
    traps=[T("lapsed insurance", "expired insurance"),
           T("is at its highest", "peaks"),
           T("as much as £10,000", "up to £10,000")])

# ---------------------------------------------------------------- 33-36
add("wool auctions", "rewrite", "consistent",
    S("""Prices at the opening wool auction of the season in the port of Kereru rose sharply on Tuesday, with the benchmark fine-wool indicator climbing 6 per cent to 1,240 cents a kilogram, the Southern Wool Exchange said.""",
      """About 14,800 bales were offered, of which 91 per cent sold.""",
      """Brokers attributed the rise to strong buying from Chinese and Italian mills, which had held back purchases during the previous season.""",
      """Coarse wools, used mainly for carpets, saw little change.""",
      """Exchange chief executive Mark Ellery said it was too early to say whether the recovery would last, noting that prices remained below their level of two years ago.""",
      """The next sale will be held on 11 September."""),
    S("""The season's first wool auction at the port of Kereru saw prices jump on Tuesday, the Southern Wool Exchange said, with its benchmark fine-wool indicator up 6% at 1,240 cents per kilo.""",
      """Of the roughly 14,800 bales on offer, 91% found buyers.""",
      """Brokers put the gains down to strong buying by Chinese and Italian mills that had held off purchasing during the previous season.""",
      """There was little movement in prices for coarse wools, which go mainly into carpets.""",
      """It was too soon to tell whether the recovery would be sustained, said exchange chief executive Mark Ellery, pointing out that prices were still lower than two years ago.""",
      """The next sale takes place on 11 September."""),
    traps=[T("jump", "rose sharply"),
           T("up 6% at 1,240 cents per kilo", "climbing 6 per cent to 1,240 cents a kilogram"),
           T("91% found buyers", "91 per cent sold"),
           T("too soon to tell whether the recovery would be sustained", "too early to say whether the recovery would last")])

add("rights of way", "rewrite", "inconsistent",
    S("""A planning inspector has ordered that a footpath across Highcross Farm near the village of Emberton be reopened to the public, ending a four-year dispute.""",
      """The case was brought by the Emberton Ramblers' Association against the farm's owner, Robert Hale, who blocked the path with a gate in 2020.""",
      """The inspector, Gillian Marsh, ruled that the path had been used by walkers for more than 20 years without challenge before it was closed.""",
      """Hale must remove the gate within 28 days.""",
      """He said he was disappointed and was considering whether to seek a judicial review.""",
      """Lanford County Council, which will update its official map of rights of way, said it welcomed the clarity the decision provided."""),
    S("""A four-year dispute over a footpath across Highcross Farm, near the village of Emberton, has ended with a planning inspector ordering that the path be reopened to the public.""",
      """The case was one that the farm's owner, Robert Hale, brought against the Emberton Ramblers' Association after he put a gate across the path in 2020.""",
      """Inspector Gillian Marsh found that walkers had used the route unchallenged for over 20 years before it was closed off.""",
      """Hale has 28 days to take the gate down.""",
      """Saying he was disappointed, he added that he would seek a judicial review.""",
      """Lanford County Council, which will update its official rights of way map, said it welcomed the clarity provided by the decision."""),
    errors=[E("Robert Hale, brought against the Emberton Ramblers' Association", "role", "major",
              "brought by the Emberton Ramblers' Association against the farm's owner, Robert Hale"),
            E("would seek a judicial review", "modality", "major", "was considering whether to seek a judicial review")],
    traps=[T("unchallenged for over 20 years", "for more than 20 years without challenge"),
           T("has 28 days to take the gate down", "must remove the gate within 28 days")])

add("pawnbrokers", "summary", "consistent",
    S("""Pledges at pawnbrokers rose by 22 per cent in the first half of the year as households struggled with higher energy and food bills, according to a survey by the National Pawnbrokers Federation published on Wednesday.""",
      """The federation, which represents 310 shops, said the average loan was £290, up from £240 a year earlier.""",
      """Gold jewellery accounted for about four in five items pledged.""",
      """Around 85 per cent of customers redeemed their items within the six-month loan term, the survey found.""",
      """Federation chair Lorraine Beckett said many customers were using pawnbrokers to cover short-term gaps rather than turning to high-cost online lenders.""",
      """Consumer group Fairmoney said the figures were a sign of growing financial stress."""),
    S("""Pawnbroking pledges were up 22% in the first six months of the year as households grappled with higher energy and food bills, a National Pawnbrokers Federation survey showed.""",
      """The average loan climbed from £240 to £290, and gold jewellery made up roughly 80% of pledged items.""",
      """Most customers, around 85%, got their items back within the six-month loan term."""),
    traps=[T("up 22%", "rose by 22 per cent"),
           T("the first six months of the year", "the first half of the year"),
           T("roughly 80%", "about four in five"),
           T("got their items back", "redeemed their items")])

add("fresco conservation", "summary", "inconsistent",
    S("""Restorers working on the 15th-century frescoes in the chapel of San Lorenzo in the hill town of Montevalle have uncovered a previously unknown figure of a kneeling donor, the regional superintendency for cultural heritage announced on Friday.""",
      """The figure, about 80 centimetres tall, had been hidden beneath a layer of whitewash applied in the 18th century.""",
      """Chief restorer Giulia Ferrante said the donor was probably a member of the Orsetti family, whose coat of arms appears nearby.""",
      """The €310,000 project, which began in 2022, is due to finish next summer, after which the chapel will reopen to visitors.""",
      """Photographs of the discovery will be shown at an exhibition in the town hall from 3 November."""),
    S("""Restorers of the 15th-century frescoes in Montevalle's San Lorenzo chapel have uncovered a previously unknown kneeling donor figure hidden under 18th-century whitewash; the chief restorer said the donor was probably a member of the Orsetti family.""",
      """The €310,000 project is due to end next summer, after which the chapel will reopen to visitors, and the chapel will reopen to visitors."""),
    errors=[E("the chapel will reopen to visitors", "repetition", "minor", None, occ=1)],
    traps=[T("due to end next summer", "due to finish next summer")])

# ---------------------------------------------------------------- 37-40
add("pothole repairs", "translation", "consistent",
    S("""The city of Nowa Brzeźnica will spend 6.5 million zloty this year on repairing potholes, almost twice as much as last year, deputy mayor Tomasz Wilk announced on Thursday.""",
      """The decision follows a harsh winter in which repeated freezing and thawing damaged more than 140 kilometres of municipal roads.""",
      """Crews will work in two shifts, including at night on the busiest streets, to reduce disruption to traffic.""",
      """Residents can report potholes through the city's mobile app, and the council has promised to repair those posing a danger to road users within 72 hours.""",
      """Priority will be given to roads used by buses and to streets near schools."""),
    S("""Nowa Brzeźnica is to spend 6.5 million zloty on fixing potholes this year, nearly double last year's figure, the deputy mayor, Tomasz Wilk, announced on Thursday.""",
      """The move comes after a severe winter, during which repeated cycles of frost and thaw damaged over 140 km of roads managed by the city.""",
      """To cause less disruption to traffic, repair crews will work two shifts, with night work on the busiest streets.""",
      """Residents can report potholes via the city's mobile app, and the council has pledged that any that are dangerous to road users will be fixed within three days.""",
      """Bus routes and streets close to schools will be dealt with first."""),
    traps=[T("nearly double last year's figure", "almost twice as much as last year"),
           T("over 140 km of roads managed by the city", "more than 140 kilometres of municipal roads"),
           T("within three days", "within 72 hours"),
           T("will be dealt with first", "Priority will be given")])

add("tuk tuks", "translation", "inconsistent",
    S("""The transport authority of the city of Kandal Prey will require all motorised tuk-tuks operating in the city to be registered and fitted with meters by 1 January, the authority's director, Sok Vanna, said on Monday.""",
      """Drivers who register before 31 October will receive the meter free of charge; those who register later will have to pay about 40 dollars.""",
      """Vehicles that are not registered by the deadline will be impounded.""",
      """The authority estimates that around 6,000 tuk-tuks operate in the city.""",
      """Drivers' associations have welcomed the meters but asked for more time, saying many drivers cannot afford to take a day off to complete the registration.""",
      """The authority plans to open two new registration offices next month."""),
    S("""All motorised tuk-tuks in Kandal Prey will have to be registered and equipped with meters by 1 January, Sok Vanna, director of the city's transport authority, said on Monday.""",
      """Meters will be free for drivers who register by the end of November, while those registering afterwards will pay roughly 40 dollars.""",
      """Owners of vehicles still unregistered once the deadline has passed will be fined.""",
      """The authority puts the number of tuk-tuks in the city at about 6,000.""",
      """Drivers' associations support the meters but want more time, arguing that many drivers cannot afford to lose a day's work to register.""",
      """The authority is planning to open two new registration offices next month."""),
    errors=[E("by the end of November", "date", "major", "before 31 October"),
            E("will be fined", "event", "major", "will be impounded")],
    traps=[T("puts the number of tuk-tuks in the city at about 6,000", "estimates that around 6,000 tuk-tuks operate in the city"),
           T("lose a day's work", "take a day off")])

add("malt houses", "rewrite", "consistent",
    S("""Kilnbrae Maltings, one of the last traditional floor maltings in the country, will restart production in March after a two-year closure, its new owners said on Thursday.""",
      """The 19th-century malt house was bought last year by a group of three independent breweries and a distillery for an undisclosed sum.""",
      """They plan to produce around 900 tonnes of malt a year, initially using barley from farms within 30 miles of the site.""",
      """Head maltster Ewan Doig, who worked at the maltings for 26 years before it closed, has been re-hired and will train four new staff.""",
      """The owners said demand for floor-malted barley from craft brewers had grown strongly."""),
    S("""After being closed for two years, Kilnbrae Maltings, among the country's last traditional floor maltings, will resume production in March, its new owners said on Thursday.""",
      """Three independent breweries and a distillery jointly bought the 19th-century malt house last year; the price was not disclosed.""",
      """Their plan is to make about 900 tonnes of malt annually, at first with barley from farms no more than 30 miles away.""",
      """Head maltster Ewan Doig, who had worked at the maltings for 26 years before it shut, has been taken back on and will train four new employees.""",
      """Craft brewers' demand for floor-malted barley has grown strongly, according to the owners."""),
    traps=[T("among the country's last traditional floor maltings", "one of the last traditional floor maltings in the country"),
           T("the price was not disclosed", "for an undisclosed sum"),
           T("no more than 30 miles away", "within 30 miles of the site"),
           T("has been taken back on", "has been re-hired")])

add("wedding venues", "rewrite", "inconsistent",
    S("""Ashgrove Hall, a Georgian country house near the market town of Pellham, has been granted a licence to host weddings and civil partnerships, Wyvern Borough Council said on Tuesday.""",
      """The owners, Martin and Clare Devlin, spent 18 months restoring the house's ballroom and orangery, which will be used for ceremonies and receptions of up to 150 guests.""",
      """The couple expect to host around 40 weddings in the first year and to employ 12 staff.""",
      """Neighbours had raised concerns about noise and traffic, and the licence requires amplified music to end by 11 p.m.""",
      """The first wedding is booked for 14 June."""),
    S("""Pellham Borough Council said on Tuesday that it had licensed Ashgrove Hall, a Georgian country house close to the market town of Pellham, to host weddings and civil partnerships.""",
      """Owners Martin and Clare Devlin spent a year and a half restoring the house's ballroom and orangery, where ceremonies and receptions for as many as 150 guests will take place.""",
      """The Devlins expect to host about 40 weddings in their first year and to employ 12 staff.""",
      """Neighbours had voiced concerns about noise and traffic, and under the licence amplified music must stop by 11 p.m.""",
      """The first wedding has been booked for 14 June."""),
    errors=[E("Pellham Borough Council", "entity", "major", "Wyvern Borough Council")],
    traps=[T("a year and a half", "18 months"),
           T("as many as 150 guests", "up to 150 guests"),
           T("must stop by 11 p.m.", "to end by 11 p.m.")])

# ---------------------------------------------------------------- build + validate
WORD = re.compile(r"\w", re.UNICODE)


class SetError(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise SetError(msg)


def locate(hay, needle, occ, where):
    """Offset of occurrence `occ` of `needle` in `hay`; occ=None means unique."""
    positions = []
    i = hay.find(needle)
    while i != -1:
        positions.append(i)
        i = hay.find(needle, i + 1)
    check(positions, f"{where}: {needle!r} not found")
    if occ is None:
        check(len(positions) == 1,
              f"{where}: {needle!r} occurs {len(positions)} times; give occ")
        return positions[0]
    check(0 <= occ < len(positions),
          f"{where}: occurrence {occ} of {needle!r} missing")
    return positions[occ]


def whole_words(text, start, end, where):
    if start == end:  # an insertion point must not split a word
        check(start == 0 or end == len(text) or not (
            WORD.match(text[start - 1]) and WORD.match(text[start])),
            f"{where}: insertion point inside a word")
        return
    check(start == 0 or not WORD.match(text[start - 1]),
          f"{where}: span starts inside a word")
    check(end == len(text) or not WORD.match(text[end]),
          f"{where}: span ends inside a word")
    if end > start:
        seg = text[start:end]
        check(seg == seg.strip(), f"{where}: span has outer whitespace")


def words(s):
    return len(s.split())


def build():
    records = []
    for n, case in enumerate(CASES, 1):
        cid = f"s43-{n:03d}"
        ref, cand = case["reference"], case["candidate"]
        errors, traps, spans = [], [], []
        for e in case["errors"]:
            where = f"{cid} error {e['type']}"
            if e["kind"] == "omission":
                start = locate(cand, e["after"], e["occ"], where) + len(e["after"])
                end = start
                text = ""
            else:
                start = locate(cand, e["text"], e["occ"], where)
                end = start + len(e["text"])
                text = e["text"]
            whole_words(cand, start, end, where)
            errors.append({"start": start, "end": end, "text": text,
                           "type": e["type"], "severity": e["sev"],
                           "ref_text": e["ref"]})
            spans.append((start, end, where))
        for t in case["traps"]:
            where = f"{cid} trap {t['text']!r}"
            start = locate(cand, t["text"], t["occ"], where)
            end = start + len(t["text"])
            whole_words(cand, start, end, where)
            traps.append({"start": start, "end": end, "text": t["text"],
                          "ref_text": t["ref"]})
            spans.append((start, end, where))
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": cid, "domain": case["domain"],
                        "mode": case["mode"], "reference": ref,
                        "candidate": cand, "label": case["label"],
                        "errors": errors, "traps": traps, "_spans": spans})
    return records


def validate(records):
    check(len(records) == 40, "need 40 pairs")
    check(sorted(r["domain"] for r in records) == sorted(DOMAINS),
          "each domain exactly once")
    counts = {}
    for r in records:
        key = (r["mode"], r["label"])
        counts[key] = counts.get(key, 0) + 1
    for mode, total in (("rewrite", 20), ("summary", 10), ("translation", 10)):
        for label in ("consistent", "inconsistent"):
            check(counts.get((mode, label), 0) == total // 2,
                  f"{mode}/{label}: {counts.get((mode, label), 0)}")
    type_counts = {t: 0 for t in ERROR_TYPES}
    n_errors = 0
    for r in records:
        rid, ref, cand = r["id"], r["reference"], r["candidate"]
        check(r["mode"] in ("rewrite", "summary", "translation"), f"{rid}: mode")
        check(r["label"] in ("consistent", "inconsistent"), f"{rid}: label")
        check(70 <= words(ref) <= 190, f"{rid}: reference has {words(ref)} words")
        check("  " not in ref and "  " not in cand, f"{rid}: double space")
        if r["mode"] == "summary":
            check(words(cand) < words(ref) and len(cand) < len(ref),
                  f"{rid}: summary not shorter")
        if r["label"] == "consistent":
            check(not r["errors"], f"{rid}: consistent pair with errors")
            check(3 <= len(r["traps"]) <= 5, f"{rid}: needs 3-5 traps")
        else:
            check(1 <= len(r["errors"]) <= 2, f"{rid}: needs 1-2 errors")
            check(len(r["traps"]) <= 3, f"{rid}: at most 3 traps")
        for e in r["errors"]:
            where = f"{rid} error {e['type']}"
            check(e["type"] in ERROR_TYPES, f"{where}: bad type")
            check(e["severity"] in SEVERITIES, f"{where}: bad severity")
            check(cand[e["start"]:e["end"]] == e["text"], f"{where}: offsets")
            type_counts[e["type"]] += 1
            n_errors += 1
            if e["type"] == "omission":
                check(r["mode"] != "summary", f"{where}: omission in summary")
                check(e["start"] == e["end"] and e["text"] == "",
                      f"{where}: omission must be empty")
                check(e["ref_text"] and e["ref_text"] in ref,
                      f"{where}: ref_text not in reference")
                check(e["ref_text"] not in cand,
                      f"{where}: omitted words present in candidate")
            elif e["type"] in ("addition", "repetition"):
                check(e["ref_text"] is None, f"{where}: ref_text must be null")
                check(e["end"] > e["start"], f"{where}: empty span")
                if e["type"] == "repetition":
                    check(cand.find(e["text"]) < e["start"],
                          f"{where}: no earlier copy")
                else:
                    check(e["text"] not in ref, f"{where}: addition is in reference")
            else:
                check(e["end"] > e["start"], f"{where}: empty span")
                check(e["ref_text"] and e["ref_text"] in ref,
                      f"{where}: ref_text {e['ref_text']!r} not in reference")
                if e["type"] in ("number", "date", "event", "modality"):
                    check(e["text"] not in ref,
                          f"{where}: erroneous text occurs verbatim in reference")
        for t in r["traps"]:
            where = f"{rid} trap {t['text']!r}"
            check(cand[t["start"]:t["end"]] == t["text"], f"{where}: offsets")
            check(t["ref_text"] in ref, f"{where}: ref_text not in reference")
            check(t["text"] != t["ref_text"], f"{where}: not reworded")
        spans = sorted(r["_spans"])
        for (s1, e1, w1), (s2, e2, w2) in zip(spans, spans[1:]):
            overlap = s2 < e1 or (s1 == s2 and e1 == e2)
            check(not overlap, f"{rid}: {w1} overlaps {w2}")
    check(n_errors == 30, f"need 30 errors, have {n_errors}")
    for t, c in type_counts.items():
        check(c >= 2, f"error type {t} used {c} times")
    inc = [r for r in records if r["label"] == "inconsistent"]
    check(sum(1 for r in inc if len(r["errors"]) <= 2) >= len(inc) * 0.5,
          "most inconsistent pairs should have 1-2 errors")
    return counts, type_counts


def main():
    records = build()
    counts, type_counts = validate(records)
    for r in records:
        del r["_spans"]
    print("pairs:", len(records))
    for (mode, label), c in sorted(counts.items()):
        print(f"  {mode:12s} {label:13s} {c}")
    print("errors:", sum(type_counts.values()),
          " ".join(f"{t}={c}" for t, c in type_counts.items()))
    print("traps:", sum(len(r["traps"]) for r in records))
    if "--check" in sys.argv[1:]:
        print("check only: nothing written")
        return
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT_PATH)


if __name__ == "__main__":
    try:
        main()
    except SetError as exc:
        sys.exit(f"validation failed: {exc}")
