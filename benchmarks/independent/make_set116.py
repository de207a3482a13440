#!/usr/bin/env python3
"""Held-out evaluation set 116 (N = 116) for a reference-vs-candidate fact-comparison tool.

How it was made
---------------
Every pair below was written by hand by a helper that saw no code, data or benchmark of the
project; it worked only from a written brief. All people, companies, organisations, places,
products and figures are invented (real countries at most as background). No character offset
is typed by hand: this script locates every quoted span by string search (with an occurrence
index where a quoted text repeats), validates the whole set and writes set116.jsonl next to
itself.

    python3 make_set116.py           # validate, then write set116.jsonl
    python3 make_set116.py --check   # validate only, write nothing

Composition
-----------
* 40 pairs, each from a different domain (news / agency / corporate / official register):
  20 consistent, 20 inconsistent.
* Modes: 20 rewrites (10 consistent / 10 inconsistent), 10 summaries (5 / 5),
  10 translations (5 / 5; both texts are independent English translations of the same
  non-English story, so wording differs throughout).
* 30 errors over the eleven types: entity 3, number 4, date 3, role 3, polarity 3,
  modality 3, attribution 2, event 3, omission 2 (rewrite and translation only),
  addition 2, repetition 2. Ten inconsistent pairs carry one error, ten carry two.
  Severities: 3 minor, 22 major, 5 critical.
* Traps (faithful rewordings a naive checker might flag): 4 in every consistent pair (80),
  1-3 in each inconsistent pair (40); 120 in all.
* References are 70-190 words (here 105-129); every summary is shorter than its reference.

Record format (one JSON object per line): id, domain, mode, reference, candidate, label,
errors [{start, end, text, type, severity, ref_text}], traps [{start, end, text, ref_text}].
Offsets are Python str offsets into `candidate`, [start, end). An omission is a zero-width
span (start == end, text "") at the point where the missing words belong; ref_text holds the
missing reference words. Addition and repetition errors have ref_text null; a repetition span
is the later copy of earlier candidate text.
"""

import json
import os
import sys
from collections import Counter

N = 116
PREFIX = "s116"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set116.jsonl")

DOMAINS = [
    "hailstorm car dealership damage", "pedal boat hire licence", "hospital laundry outsourcing",
    "street food vendor permits", "alpaca wool cooperative", "charcoal kiln smoke",
    "shepherd hut rentals", "violin maker apprenticeship", "astronomy observatory light pollution",
    "wool price collapse", "courthouse elevator outage", "quarantine kennel fees",
    "ferry ramp collapse", "cranberry bog flooding", "coal barge grounding",
    "motorway toll increase", "grape picker housing", "lobster quota cut",
    "tennis court resurfacing", "waterbus timetable cut", "cocoa bean shipment delay",
    "hop harvest labour shortage", "arcade game tax", "velodrome naming rights",
    "mackerel price crash", "bridge toll exemption", "monorail feasibility study",
    "fireworks warehouse blast", "rural post office hours", "bonsai exhibition theft",
    "sauna licensing rules", "silk farm expansion", "rooftop garden grant",
    "mountain hut renovation", "tugboat collision", "crocodile sighting river closure",
    "cinema projector upgrade", "bakery flour shortage", "ballet school scholarship",
    "kite festival injury",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality", "attribution",
               "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]


def E(text, etype, severity, ref_text, occ=0, after=None):
    """An error. For an omission give text="" and `after`: the candidate text that the
    missing words should follow (its `occ`-th occurrence); the span is the zero-width
    point at the end of that text."""
    return {"text": text, "type": etype, "severity": severity, "ref_text": ref_text,
            "occ": occ, "after": after}


def T(text, ref_text, occ=0):
    return {"text": text, "ref_text": ref_text, "occ": occ}


CASES = [
    # 1 ------------------------------------------------------------------
    dict(
        domain="hailstorm car dealership damage", mode="rewrite", label="consistent",
        reference="Hail the size of golf balls damaged more than 300 vehicles at the Halvern Motor Group dealership in Fennick on Tuesday evening, the company said. The storm lasted about 20 minutes and also shattered two skylights in the showroom, although no staff or customers were hurt. Managing director Petra Lindqvist said the dealership would remain closed until Friday while assessors from its insurer, Calder Mutual, inspected the stock. She estimated the repair bill at roughly $4.5 million but said the figure could rise once every car had been examined. Customers whose vehicles were in for servicing will be contacted individually, the company added. The regional weather service had issued a hail warning for the area three hours before the storm arrived.",
        candidate="The Halvern Motor Group dealership in Fennick will stay shut until Friday, managing director Petra Lindqvist said, after golf-ball-sized hail damaged over 300 vehicles there on Tuesday evening, according to the company. In the meantime, assessors from Calder Mutual, the firm's insurer, will inspect the stock. The roughly 20-minute storm also broke two showroom skylights, but nobody among staff or customers was injured. Lindqvist put the repair bill at approximately $4.5m, cautioning that it could climb once every car has been checked. Customers with vehicles in for servicing will each be contacted individually, the company added. The regional weather service had warned of hail in the area three hours before the storm struck.",
        errors=[],
        traps=[
            T("golf-ball-sized hail", "Hail the size of golf balls"),
            T("The roughly 20-minute storm", "The storm lasted about 20 minutes"),
            T("approximately $4.5m", "roughly $4.5 million"),
            T("had warned of hail in the area", "had issued a hail warning for the area"),
        ],
    ),
    # 2 ------------------------------------------------------------------
    dict(
        domain="pedal boat hire licence", mode="rewrite", label="inconsistent",
        reference="Operators renting out pedal boats on Lake Orvan must hold a new hire licence from 1 May, the Orvan Lakes Authority announced on Monday. The licence will cost €240 a year and will require every operator to keep at least one trained lifeguard on duty during opening hours. Boats will also have to carry a numbered plate so that they can be identified from the shore. Authority chair Tomasz Rehak said the rules followed two incidents last summer in which hirers drifted into the ferry channel. Operators who are found without a licence could face fines of up to €3,000. Eleven businesses currently rent pedal boats on the lake, most of them family-run.",
        candidate="From 1 May, anyone hiring out pedal boats on Lake Orvan will need a new licence, the Orvan Lakes Authority said on Monday. The annual licence, priced at €420, obliges operators to have at least one trained lifeguard on duty whenever they are open, and each boat must display a numbered plate so it can be identified from the shore. According to authority chair Tomasz Rehak, the rules were prompted by two incidents last summer when hirers drifted into the ferry channel. Operators caught without a licence will be fined up to €3,000. There are currently eleven businesses renting pedal boats on the lake, most of them run by families.",
        errors=[
            E("€420", "number", "major", "€240"),
            E("will be fined", "modality", "major", "could face fines"),
        ],
        traps=[
            T("whenever they are open", "during opening hours"),
            T("run by families", "family-run"),
        ],
    ),
    # 3 ------------------------------------------------------------------
    dict(
        domain="hospital laundry outsourcing", mode="rewrite", label="consistent",
        reference="St Aldric's Hospital in Mereton will outsource its laundry service to Brightwell Linen Services from next April, the hospital trust confirmed on Thursday. The five-year contract is worth £6.8 million and will see sheets, gowns and theatre scrubs collected daily and cleaned at Brightwell's plant in Dunwarren, 18 miles away. The trust said the 22 staff who currently work in the on-site laundry will be offered jobs with Brightwell on their existing terms or redeployment elsewhere in the hospital. Healthcare Staff Union branch secretary Gail Morrow said the union was 'disappointed' and would seek guarantees that the transfer would not lead to job losses. The trust expects the move to save around £400,000 a year, mainly by avoiding the replacement of ageing washing machines.",
        candidate="From next April, laundry at St Aldric's Hospital in Mereton will be handled by Brightwell Linen Services, the hospital trust confirmed on Thursday. Under the £6.8m, five-year deal, sheets, gowns and theatre scrubs will be picked up every day and washed at Brightwell's plant in Dunwarren, 18 miles away. The 22 employees now working in the on-site laundry will be offered either a move to Brightwell on their current terms or redeployment elsewhere in the hospital, according to the trust. Gail Morrow, branch secretary of the Healthcare Staff Union, said the union was 'disappointed' and would push for guarantees that no jobs would be lost as a result of the transfer. The trust anticipates annual savings of about £400,000, chiefly because it will no longer need to replace its ageing washing machines.",
        errors=[],
        traps=[
            T("laundry at St Aldric's Hospital in Mereton will be handled by Brightwell Linen Services",
              "St Aldric's Hospital in Mereton will outsource its laundry service to Brightwell Linen Services"),
            T("£6.8m, five-year deal", "five-year contract is worth £6.8 million"),
            T("picked up every day", "collected daily"),
            T("annual savings of about £400,000", "save around £400,000 a year"),
        ],
    ),
    # 4 ------------------------------------------------------------------
    dict(
        domain="street food vendor permits", mode="rewrite", label="inconsistent",
        reference="Calvers City Council has voted to transfer responsibility for street food permits from its licensing department to the Markets Office, a change that will take effect on 1 September. Councillors approved the plan by 31 votes to 12 on Wednesday night. Vendors will still pay the current fee of $180 a quarter, but applications will be processed online rather than in person. The Markets Office will also be allowed to refuse permits to traders with unresolved hygiene complaints. Deputy mayor Ines Okafor said the reform would cut waiting times from six weeks to about ten days. The Street Traders' Association welcomed the faster processing but warned that the refusal power must be applied fairly.",
        candidate="Responsibility for street food permits in Calvers will pass from the Markets Office to the city council's licensing department on 1 September, after councillors backed the change by 31 votes to 12 on Wednesday night. The quarterly fee of $180 will stay the same, but vendors will apply online instead of in person. The Markets Office will also gain the power to turn down permits for traders. Deputy mayor Ines Okafor said the reform would cut waiting times from six weeks to roughly ten days. The Street Traders' Association welcomed the quicker processing, though it cautioned that the power to refuse permits must be used fairly.",
        errors=[
            E("from the Markets Office to the city council's licensing department", "role", "major",
              "from its licensing department to the Markets Office"),
            E("", "omission", "major", "with unresolved hygiene complaints", after="permits for traders"),
        ],
        traps=[
            T("The quarterly fee of $180 will stay the same",
              "Vendors will still pay the current fee of $180 a quarter"),
        ],
    ),
    # 5 ------------------------------------------------------------------
    dict(
        domain="alpaca wool cooperative", mode="summary", label="consistent",
        reference="The Tallow Ridge Alpaca Cooperative, which groups 46 farms across the Brecken uplands, has opened a shared processing mill in the village of Harnby. The mill, built with a €1.1 million loan from the regional development bank and €300,000 from members, can wash, card and spin up to 14 tonnes of fibre a year. Until now members sent their fleeces to a contractor abroad, which cooperative chair Olwen Pryce said added around eight weeks to delivery times. The cooperative expects to employ nine people at the mill by the end of next year. Pryce said members hoped to launch their own branded yarn in the spring, although she stressed that pricing had not yet been agreed. Membership has grown from 19 farms since the cooperative was founded in 2016.",
        candidate="A 46-farm alpaca cooperative in the Brecken uplands has opened its own mill in Harnby, funded by a €1.1m development-bank loan plus €300,000 from members and able to process up to 14 tonnes of fibre annually. Members previously shipped fleeces to a contractor abroad, adding roughly two months to deliveries, according to chair Olwen Pryce. Nine jobs are expected at the mill by the end of next year, and a branded yarn may follow in spring, though prices have not yet been agreed.",
        errors=[],
        traps=[
            T("A 46-farm alpaca cooperative", "groups 46 farms"),
            T("14 tonnes of fibre annually", "14 tonnes of fibre a year"),
            T("roughly two months", "around eight weeks"),
            T("a branded yarn may follow in spring",
              "members hoped to launch their own branded yarn in the spring"),
        ],
    ),
    # 6 ------------------------------------------------------------------
    dict(
        domain="charcoal kiln smoke", mode="translation", label="consistent",
        reference="Residents of the hamlet of Vessières have lodged a formal complaint against a charcoal producer whose kilns, they say, fill their homes with smoke several times a week. The company, Carbonerie Aulnay, operates six kilns on a plot about 400 metres from the nearest houses. According to the residents' association, 83 households signed the complaint, which was submitted to the prefecture on 12 March. The association's president, Mireille Dauzat, said that some elderly residents no longer dared to open their windows. The company's manager, Laurent Bessac, told our newspaper that the kilns complied with current standards but that he was prepared to install filters if the authorities required it. An inspection is scheduled for next month.",
        candidate="People living in Vessières, a small hamlet, have filed an official complaint about a charcoal maker, accusing its kilns of filling their houses with smoke several times each week. Carbonerie Aulnay runs six kilns on land roughly 400 metres away from the closest homes. The complaint, handed in to the prefecture on 12 March, bears the signatures of 83 households, the residents' association says. Its president, Mireille Dauzat, said some older residents were now afraid to open their windows. Speaking to this newspaper, the firm's manager Laurent Bessac maintained that the kilns meet existing standards, adding that he would be willing to fit filters should the authorities demand it. Inspectors are due to visit next month.",
        errors=[],
        traps=[
            T("filed an official complaint", "lodged a formal complaint"),
            T("roughly 400 metres away from the closest homes", "about 400 metres from the nearest houses"),
            T("handed in to the prefecture on 12 March", "submitted to the prefecture on 12 March"),
            T("he would be willing to fit filters should the authorities demand it",
              "he was prepared to install filters if the authorities required it"),
        ],
    ),
    # 7 ------------------------------------------------------------------
    dict(
        domain="shepherd hut rentals", mode="rewrite", label="consistent",
        reference="Holiday lets in converted shepherd huts will need planning permission in the Glenmorrow National Park from January, the park authority has decided. The authority's planning committee voted on Tuesday to end an exemption that had allowed farmers to place up to three huts on their land without applying for consent. Park officials said the number of huts offered for rent had risen from about 40 in 2019 to more than 210 this year, putting pressure on narrow roads and water supplies. Existing huts will be given a two-year grace period to obtain permission. Farmers' representative Duncan Achterberg said the decision was 'a blow to families who depend on a second income', while the Glenmorrow Trust, a conservation charity, supported it.",
        candidate="From January, converted shepherd huts let to holidaymakers in the Glenmorrow National Park will require planning permission, the park authority has decided. The authority's planning committee voted on Tuesday to scrap an exemption under which farmers could put as many as three huts on their land without seeking consent. According to park officials, the number of huts available to rent has climbed from roughly 40 in 2019 to over 210 this year, straining narrow roads and water supplies. Huts that are already in place will have two years to secure permission. Duncan Achterberg, who represents farmers, called the decision 'a blow to families who depend on a second income', while the Glenmorrow Trust, a conservation charity, backed it.",
        errors=[],
        traps=[
            T("scrap an exemption", "end an exemption"),
            T("as many as three huts", "up to three huts"),
            T("over 210", "more than 210"),
            T("will have two years to secure permission",
              "will be given a two-year grace period to obtain permission"),
        ],
    ),
    # 8 ------------------------------------------------------------------
    dict(
        domain="violin maker apprenticeship", mode="rewrite", label="inconsistent",
        reference="A violin workshop in the town of Castelvario is to take on four apprentices this autumn under a new scheme funded by the Arden Crafts Foundation. The three-year apprenticeships, based at the workshop of master luthier Bruno Sartori, will pay trainees a monthly stipend of €1,150 and cover the cost of tools and tonewood. Foundation director Hanna Vogt said the programme aimed to 'keep a rare skill alive in the place where it has been practised for two centuries'. Sartori, who is 68, said he had trained only two apprentices in the past decade because small workshops could not afford the wages. Applications close on 30 June, and candidates will be asked to complete a practical woodworking test.",
        candidate="Four apprentices will join a violin workshop in Castelvario this autumn through a new scheme paid for by the Arden Crafts Foundation. Trainees will spend three years at the workshop of master luthier Bruno Sartori, receiving a stipend of €1,150 a month, with their tools and tonewood paid for. The programme is meant to 'keep a rare skill alive in the place where it has been practised for two centuries', said Sartori, 68, who has trained just two apprentices in the past ten years because small workshops cannot afford the wages. Applications close on 30 June, and candidates will be asked to sit a practical woodworking test.",
        errors=[
            E("said Sartori", "attribution", "major", "Foundation director Hanna Vogt said"),
        ],
        traps=[
            T("a stipend of €1,150 a month", "a monthly stipend of €1,150"),
            T("in the past ten years", "in the past decade"),
        ],
    ),
    # 9 ------------------------------------------------------------------
    dict(
        domain="astronomy observatory light pollution", mode="summary", label="inconsistent",
        reference="The Kestrel Hill Observatory has asked the neighbouring town of Amberholt to dim or shield its street lights, saying that light pollution has cut the number of usable observing nights by almost a third since 2015. Observatory director Dr Ruth Ansel said the sky background measured at the site had brightened by 40 per cent over the same period, largely because of new LED lighting at a retail park on the town's eastern edge. The retail park's owner, Fenmore Estates, said it would review its lighting but had received no formal request. Amberholt's council is due to consider the observatory's proposal, which would also see street lights switched off between 1am and 5am, at a meeting on 9 October.",
        candidate="The Kestrel Hill Observatory wants the nearby town of Fenmore to dim or shield its street lights and switch them off from 1am to 5am, saying light pollution has reduced usable observing nights by nearly a third since 2015. Its director blames new LED lighting at a retail park for most of a 40% brightening of the sky. The park's owner says it will review its lighting. The town council will consider the proposal on 9 October.",
        errors=[
            E("Fenmore", "entity", "major", "Amberholt"),
        ],
        traps=[
            T("nearly a third", "almost a third"),
            T("40% brightening of the sky", "brightened by 40 per cent"),
        ],
    ),
    # 10 -----------------------------------------------------------------
    dict(
        domain="wool price collapse", mode="summary", label="consistent",
        reference="Prices for coarse crossbred wool fell to their lowest level in 30 years at the Port Ellery auction on Friday, averaging 62 cents a kilogram, down from $1.45 a year ago. Brokers said weak demand from carpet manufacturers and a stockpile of unsold bales, estimated at 90,000 tonnes, were driving the decline. Many farmers now receive less for a fleece than it costs to have the sheep shorn, which is about $6 a head, according to the Northern Growers' Federation. Federation president Alan Corrie urged the government to fund research into new uses for coarse wool, such as insulation and packaging. The agriculture ministry said it was 'monitoring the situation' but made no commitment to additional support.",
        candidate="Coarse crossbred wool sold for an average of 62 cents a kilo at Port Ellery on Friday, a 30-year low and less than half of last year's $1.45. Brokers blamed weak carpet-industry demand and an estimated 90,000-tonne stockpile of unsold bales. Many farmers now earn less per fleece than the roughly $6 a head that shearing costs, the growers' federation says; its president called for state-funded research into uses such as insulation. The ministry made no promise of extra support.",
        errors=[],
        traps=[
            T("62 cents a kilo", "62 cents a kilogram"),
            T("less than half of last year's $1.45", "down from $1.45 a year ago"),
            T("an estimated 90,000-tonne stockpile of unsold bales",
              "a stockpile of unsold bales, estimated at 90,000 tonnes"),
            T("state-funded research", "the government to fund research"),
        ],
    ),
    # 11 -----------------------------------------------------------------
    dict(
        domain="courthouse elevator outage", mode="rewrite", label="consistent",
        reference="Both passenger lifts at the Halsbrook County Courthouse have been out of service since 3 February, forcing the court to move hearings involving wheelchair users to the annex on Mill Street. Court administrator Denise Farrow said a replacement motor had been ordered from the manufacturer but was not expected to arrive before the end of the month. In the meantime, staff are carrying files between floors by hand, and at least 14 hearings have been postponed. The county's facilities department said the lifts were installed in 1987 and had been scheduled for replacement in 2026. A disability rights group, Access Halsbrook, said the outage showed the building was 'not fit for purpose' and called for the upgrade to be brought forward.",
        candidate="Since 3 February neither of the passenger lifts at Halsbrook County Courthouse has been working, and hearings involving wheelchair users have had to be moved to the annex on Mill Street. Court administrator Denise Farrow said a new motor had been ordered from the manufacturer but was unlikely to arrive before the month is out. Until then, staff are carrying files between floors by hand, and no fewer than 14 hearings have been put back. According to the county's facilities department, the lifts date from 1987 and were due to be replaced in 2026. Access Halsbrook, a disability rights group, said the outage showed the building was 'not fit for purpose' and urged that the upgrade be brought forward.",
        errors=[],
        traps=[
            T("neither of the passenger lifts at Halsbrook County Courthouse has been working",
              "Both passenger lifts at the Halsbrook County Courthouse have been out of service"),
            T("unlikely to arrive before the month is out",
              "not expected to arrive before the end of the month"),
            T("no fewer than 14 hearings have been put back", "at least 14 hearings have been postponed"),
            T("the lifts date from 1987", "the lifts were installed in 1987"),
        ],
    ),
    # 12 -----------------------------------------------------------------
    dict(
        domain="quarantine kennel fees", mode="translation", label="consistent",
        reference="From 1 July, owners bringing dogs and cats into the country from outside the region will pay higher fees at the state quarantine kennels in Skarvik Sound, the National Food Safety Agency announced. The daily charge for a dog will rise from 310 to 395 kroner, and for a cat from 220 to 270 kroner. The minimum quarantine period remains ten days. The agency explained that the increase was needed to cover higher staff and feed costs, and that fees had last been adjusted in 2017. Animal welfare organisation Pawsafe criticised the decision, saying that families moving home would now have to pay almost 4,000 kroner for a single dog.",
        candidate="Fees at the state-run quarantine kennels in Skarvik Sound are going up on 1 July for owners who bring cats and dogs into the country from outside the region, according to the National Food Safety Agency. Keeping a dog there will cost 395 kroner per day instead of 310, while the rate for a cat goes from 220 to 270 kroner. Animals must still stay at least ten days. The agency said the rise was necessary because staff and feed had become more expensive, adding that the fees had not changed since 2017. The animal welfare group Pawsafe criticised the move, arguing that a family relocating with just one dog would now face a bill of nearly 4,000 kroner.",
        errors=[],
        traps=[
            T("395 kroner per day instead of 310", "from 310 to 395 kroner"),
            T("Animals must still stay at least ten days", "The minimum quarantine period remains ten days"),
            T("the fees had not changed since 2017", "fees had last been adjusted in 2017"),
            T("nearly 4,000 kroner", "almost 4,000 kroner"),
        ],
    ),
    # 13 -----------------------------------------------------------------
    dict(
        domain="ferry ramp collapse", mode="rewrite", label="inconsistent",
        reference="A loading ramp at the Dunmarra ferry terminal partially collapsed early on Sunday morning, shortly before the 6.40am sailing to Inchvarra was due to board. No vehicles were on the ramp at the time, and nobody was injured. The operator, Westsound Ferries, cancelled all sailings from the terminal for the rest of the day and said passengers with vehicles could rebook free of charge. Foot passengers were carried on a chartered boat from the harbour's north pier. Harbour master Colm Reidy said engineers had found corrosion in two of the ramp's support beams and that repairs were likely to take at least three weeks. The ramp was last inspected in November.",
        candidate="Part of a loading ramp at Dunmarra ferry terminal gave way early on Sunday, shortly after the 6.40am sailing to Inchvarra had begun boarding. There were no vehicles on the ramp when it happened and no one was hurt. Westsound Ferries, which runs the service, cancelled every remaining sailing from the terminal that day and said passengers travelling with vehicles could claim a full refund. Foot passengers were carried on a chartered boat from the harbour's north pier. According to harbour master Colm Reidy, engineers discovered corrosion in two of the ramp's support beams, and repairs will probably take three weeks or more. The ramp was last inspected in November.",
        errors=[
            E("shortly after the 6.40am sailing to Inchvarra had begun boarding", "date", "major",
              "shortly before the 6.40am sailing to Inchvarra was due to board"),
            E("claim a full refund", "event", "major", "rebook free of charge"),
        ],
        traps=[
            T("Part of a loading ramp at Dunmarra ferry terminal gave way",
              "A loading ramp at the Dunmarra ferry terminal partially collapsed"),
            T("repairs will probably take three weeks or more",
              "repairs were likely to take at least three weeks"),
        ],
    ),
    # 14 -----------------------------------------------------------------
    dict(
        domain="cranberry bog flooding", mode="summary", label="inconsistent",
        reference="Heavy rain over the weekend flooded about 120 hectares of cranberry bogs around the town of Pell Harbour, days before growers had planned to begin the harvest. The Pell Valley Growers' Association said roughly 35 of its 58 member farms were affected. Cranberries are normally harvested by flooding the bogs deliberately, but association manager Karen Ostrowski said the storm water had carried sand and debris onto the vines, which could damage the berries and clog harvesting equipment. Growers will wait for the water to drain before assessing losses. The association estimated the crop this season at 9,000 tonnes before the storm. The county has asked the state to declare an agricultural emergency, which would make low-interest loans available.",
        candidate="Weekend downpours flooded some 1,200 hectares of cranberry bogs around Pell Harbour just before harvest, hitting about 35 of the growers' association's 58 farms. Storm water washed sand and debris onto the vines, which could harm the berries and clog equipment, the association said. Losses will be assessed once the bogs drain; the pre-storm crop estimate was 9,000 tonnes. The state has declared an agricultural emergency, opening the way to low-interest loans.",
        errors=[
            E("some 1,200 hectares", "number", "major", "about 120 hectares"),
            E("The state has declared an agricultural emergency", "event", "major",
              "The county has asked the state to declare an agricultural emergency"),
        ],
        traps=[
            T("just before harvest", "days before growers had planned to begin the harvest"),
            T("Losses will be assessed once the bogs drain",
              "Growers will wait for the water to drain before assessing losses"),
        ],
    ),
    # 15 -----------------------------------------------------------------
    dict(
        domain="coal barge grounding", mode="rewrite", label="inconsistent",
        reference="A barge carrying 1,800 tonnes of coal ran aground on a sandbank in the River Tamsey near Orrin Reach on Thursday afternoon, blocking part of the navigation channel. The river authority said there was no sign of damage to the hull and no coal had been lost into the water. The barge's four crew members stayed on board. A salvage team from Harwick Marine plans to refloat the vessel at high tide on Saturday morning, possibly after transferring some of its cargo to a second barge. Until then, passing vessels longer than 60 metres have been told to wait downstream. The barge, the Margit Eyre, was travelling from the Lowmoor colliery wharf to the Tolvane power station.",
        candidate="The Margit Eyre, a barge loaded with 1,800 tonnes of coal, grounded on a sandbank in the River Tamsey near Orrin Reach on Thursday afternoon, partly blocking the navigation channel. It had been heading from the Lowmoor colliery wharf to the Tolvane power station. According to the river authority, the hull showed no sign of damage, although some coal had spilled into the water. All four crew remained aboard. Salvors from Harwick Marine intend to refloat the barge at high tide on Saturday morning, perhaps after moving part of the cargo onto another barge. In the meantime, vessels over 60 metres long have been told to wait downstream.",
        errors=[
            E("although some coal had spilled into the water", "polarity", "critical",
              "no coal had been lost into the water"),
        ],
        traps=[
            T("grounded", "ran aground"),
            T("perhaps after moving part of the cargo onto another barge",
              "possibly after transferring some of its cargo to a second barge"),
            T("vessels over 60 metres long", "vessels longer than 60 metres"),
        ],
    ),
    # 16 -----------------------------------------------------------------
    dict(
        domain="motorway toll increase", mode="rewrite", label="consistent",
        reference="Tolls on the M17 motorway between Dorrin and Kessington will rise by 8 per cent on 1 March, the operator, Northway Concessions, said on Wednesday. A one-way trip for a car will cost $12.96, up from $12.00, while the charge for heavy goods vehicles will go from $31.50 to $34.02. The company said the increase reflected inflation and the cost of resurfacing a 22-kilometre section of the road last year. Transport minister Kwame Adjei said the government had approved the rise under the terms of the 2009 concession agreement but would ask the operator to extend discounts for frequent users. Haulage groups said the increase would add about $1,500 a year to the cost of running a single lorry on the route.",
        candidate="Drivers on the M17 between Dorrin and Kessington will pay 8% more from 1 March, Northway Concessions, which runs the motorway, announced on Wednesday. A single car journey will go up by 96 cents to $12.96, and heavy goods vehicles will be charged $34.02 instead of $31.50. Northway attributed the rise to inflation and to last year's resurfacing of 22km of the road. The increase was approved by the government under the 2009 concession agreement, transport minister Kwame Adjei said, adding that the operator would be asked to extend discounts for frequent users. Haulage groups estimate the change will add around $1,500 a year to the cost of running one lorry on the route.",
        errors=[],
        traps=[
            T("8% more", "by 8 per cent"),
            T("go up by 96 cents to $12.96", "$12.96, up from $12.00"),
            T("22km", "22-kilometre"),
            T("The increase was approved by the government", "the government had approved the rise"),
        ],
    ),
    # 17 -----------------------------------------------------------------
    dict(
        domain="grape picker housing", mode="translation", label="inconsistent",
        reference="The wine-growing commune of Santa Leonor do Vale will open temporary housing for 260 seasonal grape pickers before the harvest begins in late August, the mayor, Rui Tavares Mendonça, announced yesterday. The accommodation, made up of 48 prefabricated modules, will be installed on municipal land next to the old railway station. Each module will house up to six people and have its own bathroom. The project will cost 1.3 million euros, of which the growers' association will pay 40 percent and the municipality the rest. Last year, inspectors found workers sleeping in barns and vans on at least nine estates. The modules will remain in place for three harvests, after which the council will decide whether to make them permanent.",
        candidate="Before the grape harvest starts at the end of August, the wine commune of Santa Leonor do Vale will set up temporary lodgings for 260 seasonal pickers, mayor Rui Tavares Mendonça said yesterday. Forty-eight prefabricated units will be placed on council-owned land beside the former railway station, each with a private bathroom and room for a maximum of six occupants. The scheme is costed at 1.3 million euros, with the growers' association paying 60 percent and the town hall covering the remainder. Last year inspectors discovered workers sleeping in barns and vans on no fewer than nine estates. The units will stay for three harvests, after which the council will decide whether to make them permanent.",
        errors=[
            E("60 percent", "number", "major", "40 percent"),
        ],
        traps=[
            T("room for a maximum of six occupants", "house up to six people"),
            T("no fewer than nine estates", "at least nine estates"),
        ],
    ),
    # 18 -----------------------------------------------------------------
    dict(
        domain="lobster quota cut", mode="summary", label="consistent",
        reference="The lobster catch limit for the Sorrel Banks fishery will be cut by a quarter next season, from 2,400 to 1,800 tonnes, after surveys found the number of young lobsters at its lowest since records began in 1994. The decision was announced on Monday by the Coastal Fisheries Board, which said the cut was 'necessary to give the stock a chance to recover'. Fishing co-operatives had argued for a reduction of no more than 10 per cent. The board also plans to close two spawning grounds, the Hale Shoal and the Tern Pits, from May to July. Roughly 340 licensed boats fish the Sorrel Banks. Co-operative spokesperson Ailsa Grieve said some crews would struggle to survive the season and called for compensation.",
        candidate="Next season's lobster quota on the Sorrel Banks will fall 25%, to 1,800 tonnes, the Coastal Fisheries Board said on Monday, citing record-low numbers of juvenile lobsters; co-operatives had wanted a cut of 10% at most. The board also intends to close two spawning grounds from May to July. Co-operative spokesperson Ailsa Grieve warned that some crews would find it hard to survive the season and called for compensation.",
        errors=[],
        traps=[
            T("fall 25%", "cut by a quarter"),
            T("record-low numbers of juvenile lobsters",
              "the number of young lobsters at its lowest since records began"),
            T("a cut of 10% at most", "a reduction of no more than 10 per cent"),
            T("intends to close", "plans to close"),
        ],
    ),
    # 19 -----------------------------------------------------------------
    dict(
        domain="tennis court resurfacing", mode="rewrite", label="consistent",
        reference="The six public tennis courts at Marlow Park in Ostwick will close for resurfacing on 14 April and are expected to reopen in mid-June, the city's parks department said. The $385,000 project will replace the cracked asphalt with an acrylic hard court surface and install new nets and LED floodlights. It is being paid for jointly by the city and the Ostwick Lawn Tennis Club, which will contribute $95,000 in return for priority booking on two courts on weekday evenings. Parks manager Sunita Rao said the courts had been closed 23 times last year because of puddles and loose surfacing. During the works, players will be able to use the courts at Eastfield Recreation Ground at no extra charge.",
        candidate="Marlow Park's six public tennis courts in Ostwick are to shut on 14 April for resurfacing, with reopening likely in the middle of June, according to the city's parks department. Under the $385,000 scheme, the cracked asphalt will be replaced with an acrylic hard court surface, and new nets and LED floodlights will be fitted. The Ostwick Lawn Tennis Club is putting $95,000 towards the cost, with the city paying the rest; in exchange, the club will get priority booking on two courts on weekday evenings. Parks manager Sunita Rao said puddles and loose surfacing had forced the courts to close 23 times last year. While work is under way, players can use the courts at Eastfield Recreation Ground without paying extra.",
        errors=[],
        traps=[
            T("reopening likely in the middle of June", "are expected to reopen in mid-June"),
            T("with the city paying the rest", "paid for jointly by the city"),
            T("puddles and loose surfacing had forced the courts to close 23 times last year",
              "the courts had been closed 23 times last year because of puddles and loose surfacing"),
            T("without paying extra", "at no extra charge"),
        ],
    ),
    # 20 -----------------------------------------------------------------
    dict(
        domain="waterbus timetable cut", mode="rewrite", label="inconsistent",
        reference="Lagoon Transit will cut its waterbus timetable on the Sestiere Line from 15 November, reducing services from every 12 minutes to every 20 minutes outside the morning and evening peaks. The company said passenger numbers on the route had fallen by 18 per cent since the spring, while fuel costs had risen sharply. Night services between midnight and 5am will be withdrawn entirely on weekdays but kept at weekends. Chief executive Matteo Ferrante said the changes would save about €2.2 million a year and would be reviewed in April. The city's commuter association said the cuts would leave residents of the outer islands facing longer waits in winter weather.",
        candidate="From 15 November, Lagoon Transit waterbuses on the Sestiere Line will run every 25 minutes instead of every 12 outside the morning and evening rush hours. The operator said ridership on the route had dropped by nearly a fifth since the spring, while fuel had become much more expensive. On weekdays, night services between midnight and 5am will be scrapped altogether, though they will continue at weekends. Chief executive Matteo Ferrante said the changes would save around €2.2m a year and would be reviewed in April. The city's commuter association said residents of the outer islands would face longer waits in winter weather as a result.",
        errors=[
            E("every 25 minutes", "number", "major", "every 20 minutes"),
        ],
        traps=[
            T("dropped by nearly a fifth", "fallen by 18 per cent"),
            T("scrapped altogether", "withdrawn entirely"),
        ],
    ),
    # 21 -----------------------------------------------------------------
    dict(
        domain="cocoa bean shipment delay", mode="translation", label="consistent",
        reference="Some 14,000 tonnes of cocoa beans destined for European chocolate makers have been stuck for almost three weeks in the port of Puerto Almagre because of a dispute between the exporters and the customs authority over new quality certificates. According to the exporters' chamber, 31 ships are waiting in the bay. The chamber's president, Aurelio Bastidas, said that every day of delay cost the sector about 180,000 dollars in demurrage and storage. The customs authority maintains that the certificates are required by a regulation that came into force on 1 March and that it will not make exceptions. Both parties are due to meet on Thursday at the Ministry of Trade.",
        candidate="For nearly three weeks, around 14,000 tonnes of cocoa beans bound for chocolate manufacturers in Europe have been held up in Puerto Almagre port, as exporters and customs argue over new quality certificates. The exporters' chamber says 31 vessels are waiting in the bay. Each day the shipments stay put costs the industry roughly 180,000 dollars in demurrage and storage fees, according to chamber president Aurelio Bastidas. Customs insists the certificates are mandatory under a regulation in force since 1 March and says there will be no exceptions. The two sides are scheduled to meet at the Trade Ministry on Thursday.",
        errors=[],
        traps=[
            T("For nearly three weeks", "for almost three weeks"),
            T("31 vessels", "31 ships"),
            T("Each day the shipments stay put costs the industry roughly 180,000 dollars",
              "every day of delay cost the sector about 180,000 dollars"),
            T("in force since 1 March", "came into force on 1 March"),
        ],
    ),
    # 22 -----------------------------------------------------------------
    dict(
        domain="hop harvest labour shortage", mode="summary", label="inconsistent",
        reference="Hop growers in the Wendel Valley say they are short of around 600 seasonal workers with the harvest due to start in two weeks. The Wendel Hop Growers' Association said only about 900 of the 1,500 pickers and kiln operators it needs had signed contracts, partly because a new visa rule has delayed the arrival of workers from abroad. Association chair Friedrich Holm warned that some farms might have to leave part of their crop unpicked. The regional labour office said it had sent job offers to 2,300 unemployed people in the area, but only 70 had responded. Brewers have been told to expect possible shortages of some aroma varieties next year.",
        candidate="Wendel Valley hop growers are some 600 workers short two weeks before harvest, with only about 900 of the 1,500 pickers and kiln operators they need signed up, partly because a new visa rule has held up foreign workers. Growers have already raised hourly pay by 15% to attract local staff. Just 70 of 2,300 jobless people contacted by the regional labour office replied, and the office warned that some farms might have to leave part of their crop unpicked. Brewers may face shortages of some aroma varieties next year.",
        errors=[
            E("Growers have already raised hourly pay by 15% to attract local staff.", "addition", "major", None),
            E("the office warned", "attribution", "major", "Association chair Friedrich Holm warned"),
        ],
        traps=[
            T("held up foreign workers", "delayed the arrival of workers from abroad"),
            T("Brewers may face shortages", "Brewers have been told to expect possible shortages"),
        ],
    ),
    # 23 -----------------------------------------------------------------
    dict(
        domain="arcade game tax", mode="translation", label="inconsistent",
        reference="The city of Haruminato plans to introduce an annual tax of 12,000 yen on each coin-operated game machine in amusement arcades from next April, the city finance bureau announced on Tuesday. The bureau estimates that the tax would raise about 85 million yen a year, which would be used to fund youth counselling services. Arcades with fewer than ten machines would be exempt. The measure still requires the approval of the city assembly, which will debate it in December. The Amusement Operators' Association said the tax could force small arcades out of business and that many of its members were already struggling with higher electricity bills.",
        candidate="Haruminato's finance bureau said on Tuesday that the city intends to charge amusement arcades a yearly tax of 12,000 yen per coin-operated game machine starting next April. According to the bureau's estimate, the levy would bring in roughly 85 million yen annually, to be spent on counselling services for young people. The proposal must still be approved by the city assembly, which is to debate it in December. The Amusement Operators' Association warned that the tax will drive small arcades out of business, adding that many of its members were already struggling to cope with rising electricity bills.",
        errors=[
            E("", "omission", "major", "Arcades with fewer than ten machines would be exempt.",
              after="counselling services for young people."),
            E("will drive small arcades out of business", "modality", "minor",
              "could force small arcades out of business"),
        ],
        traps=[
            T("intends to charge", "plans to introduce"),
            T("roughly 85 million yen annually", "about 85 million yen a year"),
            T("must still be approved by the city assembly", "still requires the approval of the city assembly"),
        ],
    ),
    # 24 -----------------------------------------------------------------
    dict(
        domain="velodrome naming rights", mode="rewrite", label="consistent",
        reference="The Carrow Bay velodrome will be renamed the Solvane Arena after the city council sold the naming rights to Solvane Energy for $4.2 million over seven years. The deal, approved by councillors on Monday, begins on 1 January and includes an option to extend for a further three years. The council said the money would be used to replace the track's timber surface, which has not been renewed since the venue opened in 1998, and to subsidise junior cycling sessions. Some local cyclists objected to the change, and a petition calling for the original name to be kept has gathered about 1,100 signatures. Solvane Energy, which supplies power to about 60,000 homes in the region, said it was 'proud to support track cycling'.",
        candidate="Solvane Energy has bought the naming rights to the Carrow Bay velodrome from the city council for $4.2m across seven years, and the venue will become the Solvane Arena. Councillors signed off on the agreement on Monday; it starts on 1 January and can be extended by another three years. According to the council, the proceeds will be used to replace the timber track surface, last laid when the velodrome opened in 1998, and to subsidise junior cycling sessions. The renaming has drawn objections from some local cyclists, and a petition to keep the original name has gathered around 1,100 signatures. Solvane Energy, a supplier to roughly 60,000 homes in the region, said it was 'proud to support track cycling'.",
        errors=[],
        traps=[
            T("Solvane Energy has bought the naming rights to the Carrow Bay velodrome from the city council",
              "the city council sold the naming rights to Solvane Energy"),
            T("for $4.2m across seven years", "for $4.2 million over seven years"),
            T("last laid when the velodrome opened in 1998", "has not been renewed since the venue opened in 1998"),
            T("can be extended by another three years", "includes an option to extend for a further three years"),
        ],
    ),
    # 25 -----------------------------------------------------------------
    dict(
        domain="mackerel price crash", mode="summary", label="inconsistent",
        reference="First-sale prices for mackerel at the Skerrin fish market dropped to 0.41 euros a kilo this week, less than half the level of a year ago, as a glut of landings coincided with weak demand from processors. The market's manager, Niamh Colter, said boats had landed 5,200 tonnes in the past ten days, the largest volume over such a period in more than a decade. Two of the region's four processing plants are operating at reduced capacity because of a shortage of freezer space. The Skerrin Fishermen's Organisation has asked its members not to land more than 40 tonnes per trip until prices recover, but said the measure was voluntary. The fisheries ministry has not been asked for emergency aid.",
        candidate="Mackerel prices at the Skerrin fish market have fallen to 0.41 euros a kilo, less than half of last year's level, as a glut of landings met weak demand from processors. Some 5,200 tonnes came ashore in ten days, the most for such a period in over a decade, and two of the region's four plants are working below capacity for lack of freezer space. The fishermen's organisation has asked members to voluntarily cap landings at 40 tonnes a trip, less than half of last year's level, and the fisheries ministry has been asked for emergency aid.",
        errors=[
            E("less than half of last year's level", "repetition", "minor", None, occ=1),
            E("has been asked for emergency aid", "polarity", "critical", "has not been asked for emergency aid"),
        ],
        traps=[
            T("Some 5,200 tonnes came ashore in ten days", "boats had landed 5,200 tonnes in the past ten days"),
            T("for lack of freezer space", "because of a shortage of freezer space"),
        ],
    ),
    # 26 -----------------------------------------------------------------
    dict(
        domain="bridge toll exemption", mode="rewrite", label="inconsistent",
        reference="Residents of Tollan Island will no longer have to pay to cross the Kesby Bridge from 1 June under an agreement between the regional government and the bridge operator, Strait Crossings Ltd. The regional government will compensate the operator for the lost revenue, estimated at $3.4 million a year, from its transport budget. Around 6,500 island residents currently pay $9 for each return crossing, and a 2022 survey found that one in five had cut back on trips to the mainland because of the cost. To qualify, residents must register their vehicle with the operator and show proof of address. Regional transport secretary Leona Harte said the exemption would be reviewed after three years.",
        candidate="From 1 June, Tollan Island residents will cross the Kesby Bridge free of charge, under a deal struck between the regional government and Strait Crossings Ltd, which operates the bridge. Strait Crossings will compensate the regional government for the revenue lost, put at $3.4m a year, out of its transport budget. At present around 6,500 islanders pay $9 per return crossing; in a 2022 survey, one in five said the cost had led them to make fewer trips to the mainland. Residents will need to register their vehicle with the operator and provide proof of address to be eligible. The exemption will be reviewed after three years, regional transport secretary Leona Harte said.",
        errors=[
            E("Strait Crossings will compensate the regional government", "role", "critical",
              "The regional government will compensate the operator"),
        ],
        traps=[
            T("cross the Kesby Bridge free of charge", "no longer have to pay to cross the Kesby Bridge"),
            T("one in five said the cost had led them to make fewer trips to the mainland",
              "one in five had cut back on trips to the mainland because of the cost"),
        ],
    ),
    # 27 -----------------------------------------------------------------
    dict(
        domain="monorail feasibility study", mode="summary", label="consistent",
        reference="A feasibility study commissioned by the city of Port Alvar has concluded that a monorail linking the airport with the central business district is technically possible but would cost between $1.9 billion and $2.4 billion, well above earlier estimates. The 11-kilometre line would have six stations and could carry up to 9,000 passengers an hour in each direction, according to the report by engineering consultancy Hallbrook Partners. The study found that ticket revenue would cover operating costs but not construction, which would require public funding or a private partner. Mayor Delphine Achebe said the council would not decide whether to proceed until a bus rapid transit alternative had also been assessed, a process expected to take about a year.",
        candidate="A Hallbrook Partners study for Port Alvar finds an 11km, six-station airport-to-downtown monorail technically feasible, though at $1.9bn–$2.4bn it would cost far more than previously estimated. Fares would cover running costs but not construction, which would need public money or a private partner. The mayor says no decision will be taken until a bus rapid transit option has been assessed, which is expected to take about a year.",
        errors=[],
        traps=[
            T("airport-to-downtown", "linking the airport with the central business district"),
            T("technically feasible", "technically possible"),
            T("$1.9bn–$2.4bn", "between $1.9 billion and $2.4 billion"),
            T("Fares would cover running costs", "ticket revenue would cover operating costs"),
        ],
    ),
    # 28 -----------------------------------------------------------------
    dict(
        domain="fireworks warehouse blast", mode="rewrite", label="inconsistent",
        reference="An explosion destroyed a fireworks storage warehouse on the Brackley industrial estate in Nordale late on Saturday night, sending debris across a 200-metre area. Fire crews from three stations tackled the blaze for around five hours. One security guard was taken to hospital with burns that were not believed to be life-threatening. The warehouse was owned by Skylark Pyrotechnics, which supplies displays for festivals and weddings. Police said about 40 homes had been evacuated as a precaution and residents were allowed to return on Sunday afternoon. The cause of the explosion is being investigated by the fire service and the Health and Safety Inspectorate. Skylark's director, Owen Pritchard, said the company was cooperating fully.",
        candidate="A fireworks storage warehouse on the Brackley industrial estate in Nordale was destroyed by an explosion late on Saturday night, with debris scattered over a 200-metre area. Crews from three fire stations fought the blaze for roughly five hours. A security guard was taken to hospital with burns thought not to be life-threatening. The building belonged to Brackley Pyrotechnics, a supplier of displays for festivals and weddings. Around 40 homes were evacuated as a precaution, police said, and residents were let back on Sunday afternoon. The fire service and the Health and Safety Inspectorate are investigating the cause, which is thought to have been an electrical fault. The company's director, Owen Pritchard, said it was cooperating fully.",
        errors=[
            E("Brackley Pyrotechnics", "entity", "major", "Skylark Pyrotechnics"),
            E("which is thought to have been an electrical fault", "addition", "major", None),
        ],
        traps=[
            T("Crews from three fire stations", "Fire crews from three stations"),
            T("burns thought not to be life-threatening", "burns that were not believed to be life-threatening"),
        ],
    ),
    # 29 -----------------------------------------------------------------
    dict(
        domain="rural post office hours", mode="rewrite", label="consistent",
        reference="The post office in the village of Ashcombe Magna will open on three days a week instead of six from 4 March, the operator, Countrypost, has confirmed. The branch, which is run from the village shop, will open on Monday, Wednesday and Friday mornings from 9am to 1pm. Countrypost said the number of transactions at the branch had fallen by more than half since 2018, to an average of 27 a day. A mobile post office van will visit the village on Thursday afternoons. Parish council chair Margaret Yeo said older residents who do not drive would be hit hardest and that the council would ask Countrypost to keep a Saturday morning session.",
        candidate="From 4 March, Ashcombe Magna's post office will halve its opening days from six to three a week, Countrypost, which operates it, has confirmed. The branch, located in the village shop, will be open from 9am until 1pm on Monday, Wednesday and Friday mornings. Transactions there have more than halved since 2018 and now average 27 a day, according to Countrypost. On Thursday afternoons the village will be served by a mobile post office van. Margaret Yeo, who chairs the parish council, said older residents who don't drive would suffer most, and that the council would ask Countrypost to retain a Saturday morning session.",
        errors=[],
        traps=[
            T("halve its opening days from six to three a week", "open on three days a week instead of six"),
            T("have more than halved since 2018", "had fallen by more than half since 2018"),
            T("On Thursday afternoons the village will be served by a mobile post office van",
              "A mobile post office van will visit the village on Thursday afternoons"),
            T("would suffer most", "would be hit hardest"),
        ],
    ),
    # 30 -----------------------------------------------------------------
    dict(
        domain="bonsai exhibition theft", mode="translation", label="inconsistent",
        reference="Seven bonsai trees, including a juniper estimated to be about 250 years old, were stolen overnight from Tuesday to Wednesday from the annual exhibition of the Minase Bonsai Society at the Kayanoki Cultural Hall. According to the police, the thieves entered through a rear emergency door, whose alarm had been switched off for maintenance. The society's president, Takeshi Morioka, said the juniper alone was insured for 8 million yen and that the trees would die within a few weeks without proper care. The exhibition, which was due to run until Sunday, has closed early. Police have appealed to nursery owners and collectors to report any unusual offers of old trees.",
        candidate="Thieves made off with seven bonsai, among them a pine thought to be around 250 years old, during the night from Wednesday to Thursday, from the Minase Bonsai Society's yearly show at the Kayanoki Cultural Hall. Police say the intruders got in through an emergency exit at the back of the building, the alarm of which had been disabled for maintenance work. Society president Takeshi Morioka said that tree alone was insured for 8 million yen, and that without proper care the bonsai would die within weeks. The show, originally scheduled to end on Sunday, has been closed ahead of time. Police are asking nurseries and collectors to come forward if they receive unusual offers of old trees.",
        errors=[
            E("pine", "entity", "major", "juniper"),
            E("during the night from Wednesday to Thursday", "date", "major", "overnight from Tuesday to Wednesday"),
        ],
        traps=[
            T("the alarm of which had been disabled for maintenance work",
              "whose alarm had been switched off for maintenance"),
            T("has been closed ahead of time", "has closed early"),
        ],
    ),
    # 31 -----------------------------------------------------------------
    dict(
        domain="sauna licensing rules", mode="summary", label="inconsistent",
        reference="Public saunas in the municipality of Haapakumpu will need an operating licence from the start of next year under rules approved by the municipal council on 18 September. Operators will have to test water in plunge pools weekly, display the maximum temperature of each sauna room and keep a defibrillator on site. Existing saunas will have until 30 June to apply, while new ones must be licensed before opening. The licence will cost €150 and be valid for five years. Council official Anneli Koskinen said the rules were prompted by a rise in complaints about hygiene, not by any single incident. Private saunas in homes and holiday cottages are not affected.",
        candidate="Under rules approved on 18 September, public saunas in Haapakumpu will need a €150, five-year operating licence from 30 June, with weekly plunge-pool water tests, posted maximum temperatures and an on-site defibrillator. New saunas must be licensed before opening. An official said a rise in hygiene complaints, rather than any one incident, prompted the rules; home and holiday-cottage saunas are exempt.",
        errors=[
            E("from 30 June", "date", "major", "from the start of next year"),
        ],
        traps=[
            T("rather than any one incident", "not by any single incident"),
            T("home and holiday-cottage saunas are exempt",
              "Private saunas in homes and holiday cottages are not affected"),
        ],
    ),
    # 32 -----------------------------------------------------------------
    dict(
        domain="silk farm expansion", mode="translation", label="consistent",
        reference="The Mingtai Silk Company will double the size of its mulberry plantation in Xiluo county to 400 hectares over the next three years, the company announced on Friday. The expansion, worth 56 million yuan, will also include a new cocoon-drying facility and is expected to create around 300 jobs, most of them seasonal. Chairwoman Zhou Meilan said the company had signed supply contracts with two textile manufacturers that would take at least 80 percent of its raw silk output. Local officials said the land would be leased from village collectives for 20 years. The company currently produces about 90 tonnes of raw silk a year.",
        candidate="Mingtai Silk Company said on Friday that within three years it will expand its mulberry plantation in Xiluo county to 400 hectares, twice its present area. The 56-million-yuan project also covers a new facility for drying cocoons and should generate roughly 300 jobs, the majority of them seasonal. According to chairwoman Zhou Meilan, the firm has signed supply deals with two textile makers who will buy no less than 80 percent of its raw silk. Local officials said the land would be rented from village collectives on 20-year leases. The company's current output of raw silk is around 90 tonnes annually.",
        errors=[],
        traps=[
            T("twice its present area", "double the size of its mulberry plantation"),
            T("The 56-million-yuan project", "The expansion, worth 56 million yuan"),
            T("no less than 80 percent", "at least 80 percent"),
            T("rented from village collectives on 20-year leases", "leased from village collectives for 20 years"),
        ],
    ),
    # 33 -----------------------------------------------------------------
    dict(
        domain="rooftop garden grant", mode="rewrite", label="consistent",
        reference="Building owners in the city of Brennan Falls can now apply for grants of up to $25,000 to install rooftop gardens, under a programme launched by the city's environment department on Monday. The grants will cover half of eligible costs, including structural surveys, waterproofing and planting. Only buildings with flat roofs and at least 100 square metres of usable space qualify. The department has set aside $1.5 million for the first year and expects to fund between 60 and 80 projects. Environment director Lucas Fernhout said rooftop gardens could lower summer roof temperatures by up to 30 degrees and reduce stormwater runoff. Applications will be assessed in the order they are received.",
        candidate="A programme launched on Monday by the Brennan Falls environment department offers building owners grants of as much as $25,000 towards installing rooftop gardens. Each grant covers 50% of eligible costs, such as structural surveys, waterproofing and planting. To qualify, a building must have a flat roof with no less than 100 square metres of usable space. With $1.5m earmarked for the first year, the department anticipates supporting 60 to 80 projects. Rooftop gardens could cut summer roof temperatures by as much as 30 degrees and reduce stormwater runoff, according to environment director Lucas Fernhout. Applications will be dealt with on a first-come, first-served basis.",
        errors=[],
        traps=[
            T("50% of eligible costs", "half of eligible costs"),
            T("no less than 100 square metres", "at least 100 square metres"),
            T("$1.5m earmarked", "set aside $1.5 million"),
            T("on a first-come, first-served basis", "in the order they are received"),
        ],
    ),
    # 34 -----------------------------------------------------------------
    dict(
        domain="mountain hut renovation", mode="summary", label="consistent",
        reference="The Alpine Club of Gamsbach Valley will close the Kreuzspitz Hut, at 2,650 metres one of the highest staffed huts in the region, for a full renovation from October until July next year. The work, budgeted at €3.6 million, will replace the hut's diesel generator with solar panels and a battery system, add a wastewater treatment plant and increase the number of beds from 48 to 60. Materials will be flown in by helicopter, as there is no road access. Club president Georg Hallinger said about a third of the cost would be covered by a regional tourism grant and the rest by members' donations and a bank loan. A winter room with 12 emergency bunks will stay open during the works.",
        candidate="The Gamsbach Valley Alpine Club's Kreuzspitz Hut, one of the region's highest staffed huts at 2,650m, will shut from October until next July for a €3.6m overhaul that swaps its diesel generator for solar panels and batteries, adds wastewater treatment and raises capacity from 48 to 60 beds. The club says roughly a third of the cost will come from a regional tourism grant. A 12-bunk emergency winter room stays open throughout.",
        errors=[],
        traps=[
            T("2,650m", "2,650 metres"),
            T("€3.6m overhaul", "budgeted at €3.6 million"),
            T("swaps its diesel generator for solar panels and batteries",
              "replace the hut's diesel generator with solar panels and a battery system"),
            T("A 12-bunk emergency winter room", "A winter room with 12 emergency bunks"),
        ],
    ),
    # 35 -----------------------------------------------------------------
    dict(
        domain="tugboat collision", mode="rewrite", label="inconsistent",
        reference="The tugboat Marten struck the cargo ship Ostra Bay in the port of Greywick on Monday morning while helping the vessel to berth, the port authority said. The collision left a dent about two metres long in the cargo ship's hull above the waterline. None of the tug's five crew or the ship's 19 crew members were injured, and no pollution was reported. The Marten, owned by Harbourside Towage, returned to its base under its own power. The Marine Accident Investigation Office has opened an inquiry. Port authority spokesman Pavel Novak said strong crosswinds were a possible factor, but that it was too early to determine the cause.",
        candidate="The cargo ship Ostra Bay hit the tugboat Marten on Monday morning in the port of Greywick as the tug was helping it to berth, according to the port authority. The impact left a dent of about two metres in the Ostra Bay's hull above the waterline. No one was hurt among the tug's five crew or the ship's 19 crew members, and no pollution was reported. The Marten, which belongs to Harbourside Towage, made it back to its base under its own power. An inquiry has been opened by the Marine Accident Investigation Office. Strong crosswinds may have played a part, but it was too early to say what caused the collision, port authority spokesman Pavel Novak said.",
        errors=[
            E("The cargo ship Ostra Bay hit the tugboat Marten", "role", "major",
              "The tugboat Marten struck the cargo ship Ostra Bay"),
        ],
        traps=[
            T("An inquiry has been opened by the Marine Accident Investigation Office",
              "The Marine Accident Investigation Office has opened an inquiry"),
            T("Strong crosswinds may have played a part", "strong crosswinds were a possible factor"),
        ],
    ),
    # 36 -----------------------------------------------------------------
    dict(
        domain="crocodile sighting river closure", mode="translation", label="inconsistent",
        reference="Authorities in the district of Lower Mabeni have closed a 15-kilometre stretch of the Lusende River to swimmers, fishermen and canoeists after a crocodile about three metres long was seen near the village of Kasoko on Saturday. The district wildlife officer, Grace Mwansa, said the animal had not attacked anyone but had been spotted several times close to a spot where women wash clothes. Rangers have set two traps and plan to relocate the crocodile to the Ndoro game reserve if it is caught. The closure will remain in force until further notice. Residents have been asked to collect water only from the village boreholes.",
        candidate="On Saturday a crocodile roughly three metres in length was sighted close to Kasoko village, prompting the Lower Mabeni district authorities to ban swimming, fishing and canoeing along 15 kilometres of the Lusende River. According to district wildlife officer Grace Mwansa, the reptile had already attacked someone and had been seen repeatedly near a place where women do their laundry. Two traps have been laid by rangers, who intend to move the animal to the Ndoro game reserve if they catch it. The ban stays in place until further notice, and villagers have been told to draw water from the village boreholes only.",
        errors=[
            E("had already attacked someone", "polarity", "critical", "had not attacked anyone"),
        ],
        traps=[
            T("ban swimming, fishing and canoeing along 15 kilometres of the Lusende River",
              "closed a 15-kilometre stretch of the Lusende River to swimmers, fishermen and canoeists"),
            T("draw water from the village boreholes only", "collect water only from the village boreholes"),
        ],
    ),
    # 37 -----------------------------------------------------------------
    dict(
        domain="cinema projector upgrade", mode="rewrite", label="consistent",
        reference="The Regent Picture House in Lydwell, one of the country's oldest independent cinemas, will close for ten days in February while its two screens are fitted with laser projectors. The £210,000 upgrade is being funded by a £150,000 grant from the Screen Heritage Fund and £60,000 raised by the cinema's members. Manager Tilly Okonjo said the new projectors would produce brighter images and use about 40 per cent less electricity than the current xenon lamp units, which were installed in 2011. The cinema will keep its 35mm film projector, which is used for monthly classic screenings. Members who have booked tickets for affected dates will receive refunds automatically.",
        candidate="Laser projectors will be fitted to both screens at the Regent Picture House in Lydwell, among the oldest independent cinemas in the country, which will close for ten days in February while the work is done. Of the £210,000 cost, £150,000 comes from a Screen Heritage Fund grant, with the remaining £60,000 raised by members. According to manager Tilly Okonjo, the new projectors will give brighter pictures and consume roughly 40% less power than the xenon lamp units in use since 2011. The cinema's 35mm film projector, used for classic screenings once a month, will be kept. Members holding tickets for the affected dates will be refunded automatically.",
        errors=[],
        traps=[
            T("among the oldest independent cinemas in the country", "one of the country's oldest independent cinemas"),
            T("with the remaining £60,000 raised by members", "£60,000 raised by the cinema's members"),
            T("roughly 40% less power", "about 40 per cent less electricity"),
            T("in use since 2011", "which were installed in 2011"),
        ],
    ),
    # 38 -----------------------------------------------------------------
    dict(
        domain="bakery flour shortage", mode="rewrite", label="inconsistent",
        reference="Several independent bakeries in the Corran district have cut opening hours or dropped some products because of a shortage of high-protein bread flour, the Corran Bakers' Guild said on Thursday. The guild blamed a fire last month at the Millbrook flour mill, which supplies about 70 per cent of the district's bakeries, and said alternative suppliers were charging up to 35 per cent more. Millbrook said it hoped to resume partial production within three weeks but could not give a date for full recovery. Guild secretary Omar Haddad said some members might have to close temporarily if the shortage continued into next month. The guild has asked the local council for short-term business rate relief.",
        candidate="A shortage of high-protein bread flour has forced several independent bakeries in the Corran district to shorten their opening hours or stop making some products, the Corran Bakers' Guild said on Thursday. The guild put the shortage down to a fire last month at the Millbrook flour mill, which supplies about 70% of the district's bakeries, adding that other suppliers were charging as much as 35% more. Millbrook, which supplies about 70% of the district's bakeries, said it will resume partial production within three weeks, though it could not say when it would be fully back. Guild secretary Omar Haddad warned that some members might have to shut temporarily if the shortage lasted into next month. The guild has requested short-term business rate relief from the local council.",
        errors=[
            E("which supplies about 70% of the district's bakeries", "repetition", "minor", None, occ=1),
            E("will resume", "modality", "major", "hoped to resume"),
        ],
        traps=[
            T("as much as 35% more", "up to 35 per cent more"),
        ],
    ),
    # 39 -----------------------------------------------------------------
    dict(
        domain="ballet school scholarship", mode="translation", label="consistent",
        reference="The National Ballet Academy of Valdoria will award 12 full scholarships next year to children from low-income families, covering tuition, board and pointe shoes for the entire eight-year course. The programme, announced on Wednesday by the academy's director, Irina Vostrova, is financed by a donation of 2.5 million crowns from the businessman Anton Revel, who studied at the academy as a boy before an injury ended his career. Candidates aged between nine and eleven will be selected through auditions held in four regional cities in March. Vostrova said that talent, not money, should decide who becomes a dancer. Until now, the academy has offered only partial grants.",
        candidate="Next year, Valdoria's National Ballet Academy will give 12 children from families on low incomes full scholarships that pay for their tuition, accommodation and pointe shoes throughout the eight-year course. Director Irina Vostrova unveiled the initiative on Wednesday. It is funded with 2.5 million crowns donated by businessman Anton Revel, who attended the academy as a child and whose career was later ended by an injury. Children between nine and eleven will be chosen at auditions in four regional cities in March. 'Talent, not money, should decide who becomes a dancer,' Vostrova said. Previously the academy awarded only partial grants.",
        errors=[],
        traps=[
            T("families on low incomes", "low-income families"),
            T("accommodation", "board"),
            T("'Talent, not money, should decide who becomes a dancer,' Vostrova said",
              "Vostrova said that talent, not money, should decide who becomes a dancer"),
            T("Previously the academy awarded only partial grants",
              "Until now, the academy has offered only partial grants"),
        ],
    ),
    # 40 -----------------------------------------------------------------
    dict(
        domain="kite festival injury", mode="translation", label="inconsistent",
        reference="A 10-year-old boy was injured on Sunday at the kite festival on Cabo Ventoso beach when a large display kite was torn loose by a gust of wind and struck him. The boy was taken by ambulance to the regional hospital with a broken arm and cuts to his face; doctors said his condition was stable. The organisers suspended all flights of kites larger than four square metres for the rest of the day. Police are questioning the kite's owner, a 45-year-old man from Porto Leme, to establish whether the anchoring line was properly secured. The festival, which attracts around 30,000 visitors, ended as planned on Sunday evening.",
        candidate="On Sunday, a ten-year-old boy was hurt at the Cabo Ventoso beach kite festival after a gust ripped a big display kite loose and it hit him. He was taken by ambulance to the regional hospital with a fractured arm and facial cuts, and doctors described his condition as stable. For the remainder of the day, organisers halted flying of any kite over four square metres. Police have arrested the kite's owner, a 45-year-old from Porto Leme, and are trying to establish whether its anchor line had been properly fastened. The festival, which draws some 30,000 visitors, finished on schedule on Sunday evening.",
        errors=[
            E("Police have arrested the kite's owner", "event", "critical", "Police are questioning the kite's owner"),
        ],
        traps=[
            T("a fractured arm", "a broken arm"),
            T("finished on schedule", "ended as planned"),
        ],
    ),
]


# ---------------------------------------------------------------------------
def find_nth(haystack, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = haystack.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def cuts_word(s, start, end):
    """True if [start, end) begins or ends inside a word."""
    if start > 0 and start < len(s) and s[start - 1].isalnum() and s[start].isalnum():
        return True
    if end < len(s) and end > 0 and s[end - 1].isalnum() and s[end].isalnum():
        return True
    return False


def build():
    problems = []
    records = []

    def bad(cid, msg):
        problems.append(f"{cid}: {msg}")

    for i, case in enumerate(CASES, 1):
        cid = f"{PREFIX}-{i:03d}"
        ref, cand = case["reference"], case["candidate"]
        mode, label = case["mode"], case["label"]
        if case["domain"] not in DOMAINS:
            bad(cid, f"unknown domain {case['domain']!r}")
        if mode not in MODES:
            bad(cid, f"bad mode {mode}")
        if label not in ("consistent", "inconsistent"):
            bad(cid, f"bad label {label}")
        nw = len(ref.split())
        if not 70 <= nw <= 190:
            bad(cid, f"reference has {nw} words")
        if mode == "summary" and not (len(cand) < len(ref) and len(cand.split()) < nw):
            bad(cid, "summary not shorter than reference")
        if ref.strip() != ref or cand.strip() != cand:
            bad(cid, "leading/trailing whitespace")

        spans = []  # (start, end, kind)
        errors = []
        for e in case["errors"]:
            et, sev, rt = e["type"], e["severity"], e["ref_text"]
            if et not in ERROR_TYPES:
                bad(cid, f"bad error type {et}")
            if sev not in SEVERITIES:
                bad(cid, f"bad severity {sev}")
            if et in ("addition", "repetition"):
                if rt is not None:
                    bad(cid, f"{et} must have ref_text null")
            else:
                if not rt:
                    bad(cid, f"{et} needs ref_text")
                elif rt not in ref:
                    bad(cid, f"ref_text not in reference: {rt!r}")
            if et == "omission":
                if mode == "summary":
                    bad(cid, "omission in a summary")
                if e["text"] != "":
                    bad(cid, "omission text must be empty")
                if rt and rt in cand:
                    bad(cid, f"omitted words present in candidate: {rt!r}")
                a = find_nth(cand, e["after"], e["occ"])
                if a < 0:
                    bad(cid, f"omission anchor not found: {e['after']!r}")
                    continue
                start = end = a + len(e["after"])
                if cuts_word(cand, start, end):
                    bad(cid, "omission point inside a word")
            else:
                if not e["text"] or e["text"].strip() != e["text"]:
                    bad(cid, f"empty or padded span {e['text']!r}")
                start = find_nth(cand, e["text"], e["occ"])
                if start < 0:
                    bad(cid, f"error text not found: {e['text']!r} (occ {e['occ']})")
                    continue
                end = start + len(e["text"])
                if cuts_word(cand, start, end):
                    bad(cid, f"error span cuts a word: {e['text']!r}")
                if et == "repetition" and cand.find(e["text"]) >= start:
                    bad(cid, "repetition span is not a later copy")
                if et != "repetition" and rt is not None and e["text"] == rt:
                    bad(cid, f"error text identical to ref_text: {rt!r}")
            errors.append({"start": start, "end": end, "text": cand[start:end], "type": et,
                           "severity": sev, "ref_text": rt})
            spans.append((start, end, "error"))

        traps = []
        for t in case["traps"]:
            if t["ref_text"] not in ref:
                bad(cid, f"trap ref_text not in reference: {t['ref_text']!r}")
            if t["text"] == t["ref_text"]:
                bad(cid, f"trap not reworded: {t['text']!r}")
            start = find_nth(cand, t["text"], t["occ"])
            if start < 0:
                bad(cid, f"trap text not found: {t['text']!r}")
                continue
            end = start + len(t["text"])
            if cuts_word(cand, start, end):
                bad(cid, f"trap span cuts a word: {t['text']!r}")
            traps.append({"start": start, "end": end, "text": cand[start:end], "ref_text": t["ref_text"]})
            spans.append((start, end, "trap"))

        # no overlaps (a zero-width omission point may touch but not sit strictly inside a span)
        sp = sorted(spans)
        for (s1, e1, _), (s2, e2, _) in zip(sp, sp[1:]):
            if s2 < e1:
                bad(cid, f"overlapping spans at {s1}-{e1} and {s2}-{e2}")
        for s, e, k in spans:
            if s == e:
                for s2, e2, _ in spans:
                    if s2 < s < e2:
                        bad(cid, "omission point inside another span")

        if label == "consistent":
            if errors:
                bad(cid, "consistent pair with errors")
            if not 3 <= len(traps) <= 5:
                bad(cid, f"consistent pair has {len(traps)} traps")
        else:
            if not errors:
                bad(cid, "inconsistent pair without errors")
            if len(traps) > 3:
                bad(cid, f"inconsistent pair has {len(traps)} traps")

        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": cid, "domain": case["domain"], "mode": mode, "reference": ref,
                        "candidate": cand, "label": label, "errors": errors, "traps": traps})

    # composition
    if len(records) != 40:
        problems.append(f"expected 40 pairs, got {len(records)}")
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms):
        problems.append("duplicate domains")
    if set(doms) != set(DOMAINS):
        problems.append("not every listed domain used")
    lab = Counter(r["label"] for r in records)
    if lab["consistent"] != 20 or lab["inconsistent"] != 20:
        problems.append(f"label split {dict(lab)}")
    for m, n in (("rewrite", 20), ("summary", 10), ("translation", 10)):
        rs = [r for r in records if r["mode"] == m]
        nc = sum(r["label"] == "consistent" for r in rs)
        if len(rs) != n or nc != n // 2:
            problems.append(f"mode {m}: {len(rs)} pairs, {nc} consistent")
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        problems.append(f"expected 30 errors, got {sum(types.values())}")
    for t in ERROR_TYPES:
        if types[t] < 2:
            problems.append(f"error type {t} has {types[t]} (<2)")
    for r in records:
        if r["label"] == "inconsistent" and len(r["errors"]) > 3:
            problems.append(f"{r['id']}: more than 3 errors")
    return records, problems


def main():
    check_only = "--check" in sys.argv[1:]
    records, problems = build()
    if problems:
        print("VALIDATION FAILED:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    types = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    modes = Counter((r["mode"], r["label"]) for r in records)
    ntraps = sum(len(r["traps"]) for r in records)
    words = [len(r["reference"].split()) for r in records]
    print(f"OK: {len(records)} pairs (set N={N})")
    print("  modes/labels:", dict(sorted(modes.items())))
    print("  errors:", sum(types.values()), dict(sorted(types.items())))
    print("  severities:", dict(sev))
    print("  errors per inconsistent pair:",
          dict(Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")))
    print("  traps:", ntraps, "(consistent:", sum(len(r["traps"]) for r in records if r["label"] == "consistent"),
          "inconsistent:", sum(len(r["traps"]) for r in records if r["label"] == "inconsistent"), ")")
    print(f"  reference words: min {min(words)} max {max(words)}")
    if check_only:
        print("--check: nothing written")
        return
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT_PATH)


if __name__ == "__main__":
    main()
