#!/usr/bin/env python3
"""Held-out evaluation set 61 for a fact-comparison tool.

How it was made: every pair below was hand-written by a helper session that saw
no code or data of the project, working only from a written brief.  All people,
companies, organisations, places and figures are invented (real countries or
regions appear only as background, e.g. currencies).  Character offsets are
never typed by hand: the script locates every quoted span by string search
(with an occurrence index where a text repeats), validates the whole set and
writes set61.jsonl next to this file.

Composition (40 pairs, one domain each):
  * 20 rewrites (10 consistent, 10 inconsistent)
  * 10 summaries (5 consistent, 5 inconsistent)
  * 10 translations (5 consistent, 5 inconsistent; both texts are independent
    English translations of the same non-English story)
  * 30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with
    two): entity 3, number 4, date 3, role 3, polarity 3, modality 3,
    attribution 2, event 3, omission 2, addition 2, repetition 2
  * consistent pairs carry 3-5 traps (faithful rewordings), inconsistent 0-3.

Usage:  python3 make_set61.py          validate and write set61.jsonl
        python3 make_set61.py --check  validate only, write nothing
"""
import json
import os
import re
import sys
from collections import Counter

SET_NO = 61
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set61.jsonl")

DOMAINS = [
    "lighthouse automation", "wind pumps", "tannery closures", "observatory domes",
    "herbarium collections", "fossil digs", "avalanche patrols", "container seizures",
    "probation offices", "wheelchair ramps", "hospice fundraising", "blood drives",
    "organ couriers", "pipe organ tuning", "neon sign makers", "signwriting",
    "map engraving", "drum makers", "carillon players", "marionette makers",
    "magic societies", "demolition derbies", "wattle fencing", "basket makers",
    "broom makers", "figurehead carvers", "ship models", "bottle ships",
    "scrimshaw", "sealing bans", "walrus counts", "penguin colonies",
    "puffin burrows", "bison herds", "elk culls", "lynx sightings",
    "bear bins", "possum trapping", "rabbit warrens", "mole catchers",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]

CASES = []


def E(text, etype, severity, ref=None, occ=0, after=None):
    """An error span.  For an omission give text "" and `after`, the candidate
    text whose end (occurrence `occ`) marks where the missing words belong."""
    return {"text": text, "type": etype, "severity": severity,
            "ref_text": ref, "occ": occ, "after": after}


def T(text, ref, occ=0):
    """A trap: faithful rewording; `ref` is the reference wording."""
    return {"text": text, "ref_text": ref, "occ": occ}


def case(domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode,
                  "reference": " ".join(reference.split()),
                  "candidate": " ".join(candidate.split()),
                  "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------- rewrites 1-10
case("lighthouse automation", "rewrite",
     """The Northern Coastal Lights Board confirmed on Monday that the lighthouse at
     Carrow Point will be fully automated by the end of March, ending 140 years of
     resident keepers on the headland. The board's operations director, Elspeth
     Marran, said the two remaining keepers, who have served a combined 46 years at
     the station, would be offered posts at the board's depot in Kildrummet. The
     conversion, costing £1.8 million, includes a solar-powered lantern, a remote
     monitoring link and a new fog signal with a range of eight nautical miles.
     Marran said the keepers' cottages would not be sold but would be let to holiday
     visitors, with income going towards maintenance of the tower. Local councillors
     had opposed the move, arguing that a staffed station was safer in winter storms,
     but the board said automated lights had operated without a serious failure for
     more than a decade.""",
     """Carrow Point lighthouse will be fully automated by the end of March, the
     Northern Coastal Lights Board confirmed on Monday, bringing to a close 140 years
     in which keepers lived on the headland. The two keepers still at the station,
     who between them have served 46 years there, will be offered jobs at the board's
     Kildrummet depot, according to operations director Elspeth Marran. The £1.8m
     conversion covers a solar-powered lantern, a remote monitoring link and a new fog
     signal that can be heard eight nautical miles away. The keepers' cottages will
     not be sold, Marran said; instead they will be let to holidaymakers and the
     income put towards upkeep of the tower. Local councillors had opposed the change
     on the grounds that a staffed station was safer during winter storms, but the
     board pointed out that automated lights had run for more than ten years without
     a serious failure.""",
     traps=[T("£1.8m", "£1.8 million"),
            T("between them have served 46 years", "served a combined 46 years"),
            T("bringing to a close 140 years in which keepers lived on the headland",
              "ending 140 years of resident keepers on the headland"),
            T("holidaymakers", "holiday visitors"),
            T("more than ten years", "more than a decade")])

case("wind pumps", "rewrite",
     """A heritage trust in the Fenmoor district has begun restoring eleven wind pumps
     that once drained farmland along the Lisker Drain, the Fenmoor Mills Trust said
     on Thursday. The trust has received a grant of £420,000 from the regional lottery
     fund and expects to complete the first four pumps by September next year. Chair
     Rowan Hesketh said the timber-framed pumps, most of which were built between 1860
     and 1895, had been derelict since electric pumping stations took over in the
     1950s. Volunteers will rebuild the sails using oak from a local estate, while the
     cast-iron scoop wheels will be repaired at a foundry in Wexham. Hesketh said at
     least two of the restored pumps would be returned to working order so that
     visitors could see them lift water, although they would not be used for
     drainage.""",
     """The Fenmoor Mills Trust said on Thursday that it had started restoring eleven
     wind pumps that used to drain farmland beside the Lisker Drain in the Fenmoor
     district. Backed by a £240,000 grant from the regional lottery fund, the trust
     expects to finish the first four pumps by September next year. According to
     chair Rowan Hesketh, the timber-framed pumps, most built between 1860 and 1895,
     have stood derelict since electric pumping stations replaced them in the 1950s.
     Volunteers will rebuild the sails using oak from a local estate, and the
     cast-iron scoop wheels will be repaired at a foundry in Wexham. Hesketh said two
     of the restored pumps would be returned to working order so that visitors could
     watch them lift water, although they would not be used for drainage.""",
     errors=[E("£240,000", "number", "major", "£420,000"),
             E("", "omission", "minor", "at least", after="Hesketh said")],
     traps=[T("used to drain", "once drained"),
            T("replaced them", "took over")])

case("tannery closures", "rewrite",
     """Brackley Leather Works, the last operating tannery in the town of Ossington,
     will close on 30 June with the loss of 87 jobs, its owners announced yesterday.
     Managing director Colin Fairweather blamed rising energy costs and a 35 per cent
     fall in orders from furniture makers over the past two years. He said the
     company had tried to find a buyer for the site since January but had received no
     acceptable offers. Staff will receive redundancy payments above the statutory
     minimum, and the company said it would work with the regional employment agency
     to help workers find new jobs. The tannery, founded in 1902, supplied hides for
     car seats and saddlery. Environmental officials said the site would need to be
     tested for chromium contamination before any redevelopment could take place.""",
     """Ossington's last working tannery, Brackley Leather Works, is to shut on 30
     June and 87 people will lose their jobs, the owners said yesterday. Rising energy
     bills and orders from furniture makers that have dropped by just over a third in
     the past two years were to blame, according to managing director Colin
     Fairweather. He said that, despite looking for a buyer for the site since
     January, the firm had not received any acceptable offers. Redundancy payments
     will exceed the statutory minimum, and the company said it would work with the
     regional employment agency to help staff into new jobs. Founded in 1902, the
     tannery supplied hides for car seats and saddlery. Before the site can be
     redeveloped, it will have to be tested for chromium contamination, environmental
     officials said.""",
     traps=[T("is to shut", "will close"),
            T("87 people will lose their jobs", "with the loss of 87 jobs"),
            T("just over a third", "35 per cent"),
            T("Redundancy payments will exceed the statutory minimum",
              "redundancy payments above the statutory minimum"),
            T("Before the site can be redeveloped",
              "before any redevelopment could take place")])

case("observatory domes", "rewrite",
     """The University of Halvern has awarded a £3.2 million contract to Tessaly
     Engineering to replace the ageing dome of the Greyridge Observatory, the
     university said on Wednesday. The original copper dome, installed in 1931, has
     leaked repeatedly and its rotation motor failed twice last winter, forcing
     astronomers to cancel observing sessions. The new aluminium dome will weigh
     about 40 tonnes, roughly half as much as the existing structure, and will be
     assembled on site from prefabricated panels. Tessaly will subcontract fabrication
     of the panels to Morrow Metalworks of Pellbrook. Observatory director Dr Imogen
     Talbot said the 1.5-metre telescope would remain in place during the work,
     protected by a temporary enclosure. Work is due to begin in May and to take about
     ten months. The old dome will be dismantled and its copper sold for
     recycling.""",
     """Tessaly Engineering has won a £3.2m contract from the University of Halvern to
     replace the ageing dome at Greyridge Observatory, the university announced on
     Wednesday. Installed in 1931, the original copper dome has leaked repeatedly, and
     last winter its rotation motor broke down twice, so astronomers had to cancel
     observing sessions. At around 40 tonnes, the new aluminium dome will be roughly
     half the weight of the current structure. It will be put together on site from
     prefabricated panels, with Morrow Metalworks of Pellbrook subcontracting the
     fabrication of the panels to Tessaly. Dr Imogen Talbot, the observatory's
     director, said the 1.5-metre telescope would stay in place throughout, protected
     by a temporary enclosure. Work is scheduled to start in May and should take
     around ten months. The old dome will be dismantled and its copper sold for
     recycling.""",
     errors=[E("Morrow Metalworks of Pellbrook subcontracting the fabrication of the panels to Tessaly",
               "role", "major",
               "Tessaly will subcontract fabrication of the panels to Morrow Metalworks of Pellbrook")],
     traps=[T("Tessaly Engineering has won a £3.2m contract from the University of Halvern",
              "The University of Halvern has awarded a £3.2 million contract to Tessaly Engineering"),
            T("broke down twice", "failed twice"),
            T("roughly half the weight of the current structure",
              "roughly half as much as the existing structure")])

case("herbarium collections", "rewrite",
     """The Marlow Botanical Institute will move its herbarium of about 620,000 pressed
     plant specimens to a new climate-controlled store at its Eastfield campus, the
     institute said in a statement on 14 February. The collection, which includes
     specimens gathered by the explorer Agatha Prenn in the 1880s, is currently housed
     in a Victorian building where humidity levels regularly exceed safe limits. Head
     curator Dr Samuel Okafor said the transfer would take roughly 18 months and would
     be carried out in stages, so that researchers could continue to request loans.
     Each specimen sheet will be photographed before it is moved, and the images will
     be published online free of charge. The project is being funded by a £5.6 million
     bequest from a former trustee, and no public money will be used.""",
     """Some 620,000 pressed plant specimens held in the Marlow Botanical Institute's
     herbarium are to be relocated to a new climate-controlled store on the Eastfield
     campus, the institute announced in a statement on 14 February. Among them are
     specimens collected by the explorer Agatha Prenn during the 1880s. At present the
     collection sits in a Victorian building in which humidity often goes above safe
     limits. The move will be done in phases over about a year and a half so that
     researchers can still ask for loans, head curator Dr Samuel Okafor said. Every
     sheet will be photographed before being moved, and the pictures will be made
     available online at no cost. A £5.6m bequest from a former trustee is paying for
     the project; no public funds will be used.""",
     traps=[T("Some 620,000", "about 620,000"),
            T("in phases", "in stages"),
            T("about a year and a half", "roughly 18 months"),
            T("at no cost", "free of charge"),
            T("A £5.6m bequest", "a £5.6 million bequest")])

case("fossil digs", "rewrite",
     """Palaeontologists working at a quarry near Tullbridge have uncovered the partial
     skeleton of a marine reptile estimated to be 180 million years old, the Westmarch
     Museum of Natural History said on Tuesday. The remains, including a skull nearly
     a metre long, were found in April by quarry worker Dennis Arlott, who alerted the
     museum after spotting vertebrae in a slab of shale. Excavation began in early
     June and is expected to finish by the end of August. Dr Priya Venkataraman, the
     museum's curator of fossil reptiles, said the specimen appeared to belong to a
     species not previously recorded in the region. The quarry's owner, Helston
     Aggregates, has agreed to pause blasting in that section until the dig is
     completed. The museum plans to put the skull on display next spring.""",
     """A partial skeleton of a marine reptile thought to be some 180 million years old
     has been unearthed by palaeontologists at a quarry near Tullbridge, the Westmarch
     Museum of Natural History said on Tuesday. Quarry worker Dennis Arlott found the
     remains, which include a skull close to a metre in length, in April and contacted
     the museum after he noticed vertebrae in a slab of shale. According to Arlott,
     the specimen appears to belong to a species not previously recorded in the
     region. Digging started at the beginning of June and is expected to be finished
     by the end of July. Helston Aggregates, which owns the quarry, has agreed to halt
     blasting in that section until the excavation is over. The museum intends to
     display the skull next spring.""",
     errors=[E("According to Arlott", "attribution", "major", "Dr Priya Venkataraman"),
             E("the end of July", "date", "major", "the end of August")],
     traps=[T("close to a metre in length", "nearly a metre long"),
            T("halt blasting", "pause blasting")])

case("avalanche patrols", "rewrite",
     """The Alpine Rescue Service of the Valmora region will step up its avalanche
     patrols on the Pass of Sennet this winter after three skiers were killed there
     last season, the service's chief, Marco Bellandi, said on Friday. Teams of four
     will now patrol the pass every morning from 6am, instead of twice a week, and
     will carry out controlled explosions when the snowpack is judged unstable.
     Bellandi said the road over the pass would be closed to traffic during blasting,
     usually for no more than two hours. The regional government has approved an
     additional €750,000 to hire 12 seasonal patrollers and buy two snow-grooming
     vehicles. Bellandi urged off-piste skiers to carry transceivers and check the
     daily bulletin, which is published at 7.30am, before setting out.""",
     """Avalanche patrols on the Pass of Sennet will be stepped up this winter
     following the deaths of three skiers there last season, Marco Bellandi, head of
     the Valmora region's Alpine Rescue Service, said on Friday. Rather than going out
     twice a week, four-person teams will patrol the pass each morning starting at
     6am, and will set off controlled explosions whenever the snowpack is considered
     unstable. While blasting is under way the road across the pass will be shut to
     traffic, generally for two hours at most, Bellandi said. An extra €750,000 has
     been approved by the regional government to take on a dozen seasonal patrollers
     and buy two snow groomers. Bellandi urged skiers heading off-piste to carry
     transceivers and to read the daily bulletin, published at 7.30am, before they set
     off.""",
     traps=[T("following the deaths of three skiers", "after three skiers were killed"),
            T("four-person teams", "Teams of four"),
            T("generally for two hours at most", "usually for no more than two hours"),
            T("An extra €750,000 has been approved by the regional government",
              "The regional government has approved an additional €750,000"),
            T("a dozen seasonal patrollers", "12 seasonal patrollers")])

case("container seizures", "rewrite",
     """Customs officers at the port of Harwick seized 14 shipping containers holding
     counterfeit car parts worth an estimated $2.3 million last week, the National
     Border Agency said on Monday. The containers had arrived from overseas and were
     declared as household goods. Inspectors found brake pads, airbags and wheel
     bearings bearing fake manufacturer logos. Agency spokesperson Lena Drummond said
     the brake pads in particular posed a serious risk to drivers because they were
     made from compressed wood fibre. No arrests have been made, but the agency said
     it was working with police to trace the importer, a company registered at an
     address in the port's business district. Drummond said the goods would be
     destroyed once the investigation was complete.""",
     """Counterfeit car parts with an estimated value of $2.3m were found in 14
     shipping containers seized by customs officers at the port of Harwick last week,
     the National Border Agency said on Monday. The containers, which came from
     overseas, had been declared as household goods, but inspectors discovered brake
     pads, airbags and wheel bearings carrying fake manufacturer logos. The brake pads
     were especially dangerous for drivers as they were made of compressed wood fibre,
     agency spokesperson Lena Drummond said. Arrests have already been made, and the
     agency said it was working with police to trace the importer, a company
     registered at an address in the port's business district. Once the investigation
     is finished, the goods will be destroyed, Drummond said.""",
     errors=[E("Arrests have already been made", "polarity", "major",
               "No arrests have been made")],
     traps=[T("$2.3m", "$2.3 million"),
            T("Once the investigation is finished", "once the investigation was complete")])

case("probation offices", "rewrite",
     """The Ministry of Justice of the Republic of Cardavia announced on 3 October that
     it would close nine of its 31 regional probation offices by the end of next year
     and merge their caseloads into larger centres. Deputy Minister Tomas Reyk said the
     change would save about 4.5 million crowns a year, which would be spent on
     recruiting 60 additional probation officers. He said no office would close until
     replacement premises were ready and that offenders would not have to travel more
     than 40 kilometres to report. The probation officers' union criticised the plan,
     saying that staff had not been consulted and that longer journeys could lead to
     more missed appointments. The ministry said a consultation would open next month
     and run for eight weeks.""",
     """Nine of the 31 regional probation offices run by Cardavia's justice ministry
     are to close by the end of next year, with their caseloads merged into bigger
     centres, the ministry announced on 3 October. The roughly 4.5 million crowns a
     year saved will go towards hiring 60 more probation officers, according to Deputy
     Minister Tomas Reyk. Reyk said that offices would stay open until replacement
     premises were ready, and that no offender would have to travel further than 40km
     to report. The probation officers' union attacked the plan, arguing that staff
     had not been consulted and that longer journeys might lead to more missed
     appointments. A consultation will open next month and last eight weeks, the
     ministry said.""",
     traps=[T("bigger centres", "larger centres"),
            T("60 more probation officers", "60 additional probation officers"),
            T("offices would stay open until replacement premises were ready",
              "no office would close until replacement premises were ready"),
            T("further than 40km", "more than 40 kilometres")])

case("wheelchair ramps", "rewrite",
     """Every bus stop in the city of Lannerby must have a wheelchair-accessible
     boarding area by 2027 under plans approved by the city council on Tuesday. Of the
     city's 1,240 stops, around 380 currently lack a raised kerb or level access,
     according to a council survey. The council will spend £6.8 million over three
     years on the work, starting with the 95 stops closest to hospitals and care
     homes. Councillor Judith Ambrose, who chairs the transport committee, said the
     programme could also include portable ramps on older buses, but that this had
     not yet been decided. Disability campaigners welcomed the plan but said the
     deadline should be brought forward.""",
     """Under plans the city council approved on Tuesday, all bus stops in Lannerby
     will be required to have a wheelchair-accessible boarding area by 2027. A council
     survey found that around 380 of the city's 1,240 stops have no raised kerb or
     level access. The work will cost the council £6.8m over four years, beginning
     with the 95 stops nearest to hospitals and care homes. Councillor Judith Ambrose,
     chair of the transport committee, said the programme would also provide portable
     ramps on older buses. Disability campaigners welcomed the plans but argued that
     the deadline should be earlier.""",
     errors=[E("four years", "number", "major", "three years"),
             E("would also provide", "modality", "major", "could also include")],
     traps=[T("will be required to", "must"),
            T("nearest to", "closest to")])

# --------------------------------------------------------------- rewrites 11-20
case("hospice fundraising", "rewrite",
     """St Brigid's Hospice in Corrington has raised £1.1 million towards a new
     eight-bed inpatient wing, more than half of its £2 million target, chief
     executive Hannah Levert said on Thursday. The appeal, launched in September 2022,
     has been supported by more than 3,000 individual donors, as well as a £250,000
     gift from the Drayfield Foundation. Levert said the hospice hoped to reach its
     target by the end of next year, allowing building work to start the following
     spring. The current inpatient unit has six beds and is full on most nights, she
     said, meaning some patients who wish to die at the hospice cannot be admitted.
     The hospice receives about a quarter of its running costs from the health
     service and relies on donations for the rest.""",
     """More than half of the £2m needed for a new eight-bed inpatient wing at St
     Brigid's Hospice in Corrington has now been raised, with the total standing at
     £1.1m, the hospice's chief executive, Hannah Levert, said on Thursday. Over 3,000
     people have given to the appeal since it was launched in September 2022, and the
     Drayfield Foundation has donated £250,000. The hospice hopes to hit its target by
     the end of next year so that construction can begin the following spring, Levert
     said. Its existing six-bed inpatient unit is full most nights, which means some
     patients who want to die at the hospice cannot be taken in, she added. Around 25
     per cent of the hospice's running costs are met by the health service, with
     donations covering the remainder.""",
     traps=[T("£2m", "£2 million"),
            T("Over 3,000 people have given to the appeal",
              "supported by more than 3,000 individual donors"),
            T("construction can begin", "building work to start"),
            T("Around 25 per cent", "about a quarter")])

case("blood drives", "rewrite",
     """The Northfield Blood Service is appealing for donors with O-negative blood
     after stocks fell to three days' supply, its lowest level in five years, the
     service said on Wednesday. Director of donor services Ahmed Kassir said
     hospitals usually need at least six days' supply to cope with emergencies and
     planned surgery. The service will hold extra donation sessions at 40 sites,
     including town halls, sports centres and university campuses, over the next
     fortnight. Kassir said the shortage had been caused partly by a wave of winter
     illness that led to cancelled appointments. Only about 7 per cent of people have
     O-negative blood, but it can be given to patients of any blood type and is often
     used in emergencies.""",
     """Stocks of O-negative blood have dropped to three days' supply, their lowest
     level in five years, prompting the Northfield Blood Service to appeal for
     donors, the service said on Wednesday. Hospitals normally need a minimum of six
     days' supply to deal with emergencies and planned operations, according to
     Ahmed Kassir, director of donor services. Over the next two weeks the service
     will run extra donation sessions at 40 sites, among them town halls, sports
     centres and university campuses. Kassir said the shortage was partly due to a
     wave of winter illness that had led to cancelled appointments. The shortage was
     partly due to a wave of winter illness. Only around 7 per cent of people have
     O-negative blood, but it can be given to patients of any blood type and is often
     used in emergencies.""",
     errors=[E("The shortage was partly due to a wave of winter illness",
               "repetition", "minor")],
     traps=[T("a minimum of six days' supply", "at least six days' supply"),
            T("planned operations", "planned surgery"),
            T("Over the next two weeks", "over the next fortnight")])

case("organ couriers", "rewrite",
     """A specialist courier firm that transports donor organs between hospitals has
     been awarded a five-year national contract worth €14 million, the Health
     Transport Authority said on Monday. Velora Medical Logistics will provide a
     24-hour service using a fleet of 22 temperature-controlled vehicles and will also
     arrange charter flights when an organ must travel more than 300 kilometres. The
     authority's chief executive, Dr Lukas Brenner, said that under the contract
     couriers must reach the retrieving hospital within 90 minutes of being called.
     The previous contractor, Saxby Transport, lost the contract after an audit found
     that two kidneys had been delayed in transit last year, although neither
     transplant was ultimately cancelled.""",
     """Velora Medical Logistics, a specialist courier that carries donor organs
     between hospitals, has won a €14m national contract lasting five years, the
     Health Transport Authority announced on Monday. The firm will run a
     round-the-clock service with 22 temperature-controlled vehicles and will also
     organise charter flights whenever an organ has to be moved over 300km. Under the
     terms of the deal, couriers will have to arrive at the retrieving hospital no
     later than an hour and a half after being called, according to the authority's
     chief executive, Dr Lukas Brenner. Saxby Transport, which previously held the
     contract, lost it after an audit found that two kidneys had been held up in
     transit last year, although in the end neither transplant was cancelled.""",
     traps=[T("round-the-clock", "24-hour"),
            T("over 300km", "more than 300 kilometres"),
            T("no later than an hour and a half after being called",
              "within 90 minutes of being called"),
            T("held up", "delayed")])

case("pipe organ tuning", "rewrite",
     """The 4,200-pipe organ at Saint Aldric's Cathedral in Pembury will be silent for
     six weeks from 8 January while it is cleaned and retuned, the cathedral chapter
     said. The work will be carried out by Hollis & Crane, an organ-building firm
     based in Ashwell, which last overhauled the instrument in 2004. Cathedral
     organist Fiona Castellan said dust from recent roof repairs had settled inside
     many of the pipes, causing some to sound out of tune. During the work, services
     will be accompanied by a smaller chamber organ borrowed from Thornby Abbey. The
     chapter said the £180,000 cost would be met from a legacy left by a former choir
     member. A recital to mark the organ's return is planned for Easter Sunday.""",
     """Saint Aldric's Cathedral in Pembury will go without its 4,200-pipe organ for
     six weeks from 8 January while the instrument is cleaned and retuned, the
     cathedral chapter said. Hollis & Crane, an Ashwell-based organ builder which
     built the instrument in 2004, will do the work. According to cathedral organist
     Fiona Castellan, dust from recent roof repairs has got into many of the pipes,
     putting some of them out of tune. While the work is going on, services will be
     accompanied on a smaller chamber organ on loan from Ashwell Abbey. The £180,000
     bill will be paid from a legacy left by a former member of the choir, the chapter
     said, and a recital celebrating the organ's return is planned for Easter
     Sunday.""",
     errors=[E("built", "event", "major", "overhauled"),
             E("Ashwell Abbey", "entity", "major", "Thornby Abbey")],
     traps=[T("an Ashwell-based organ builder", "an organ-building firm based in Ashwell"),
            T("The £180,000 bill will be paid", "the £180,000 cost would be met")])

case("neon sign makers", "rewrite",
     """Glowcraft Studio, one of the last workshops in Dunmere still bending neon tubes
     by hand, has been granted protected status by the city's heritage board, owner
     Marisol Vane said on Saturday. The designation means the workshop's gas-filling
     equipment and glass-bending benches, some dating from the 1950s, cannot be
     removed or altered without the board's permission. Vane, who took over the
     business from her father in 2009, said demand for hand-made neon had grown by
     about 40 per cent since 2019, driven largely by restaurants and bars. The
     heritage board said it would also fund two apprenticeships a year for the next
     three years so that the craft could be passed on.""",
     """The heritage board in Dunmere has given protected status to Glowcraft Studio,
     one of the city's few remaining workshops where neon tubes are still bent by
     hand, its owner, Marisol Vane, said on Saturday. As a result, the board's
     permission will be needed before anyone removes or alters the workshop's
     glass-bending benches and gas-filling equipment, some of which dates back to the
     1950s. Demand for hand-made neon has risen by around two-fifths since 2019,
     mostly because of restaurants and bars, according to Vane, who took the business
     over from her father in 2009. So that the craft can be handed down, the board
     said it would also pay for two apprenticeships annually over the next three
     years.""",
     traps=[T("the board's permission will be needed before anyone removes or alters",
              "cannot be removed or altered without the board's permission"),
            T("around two-fifths", "about 40 per cent"),
            T("handed down", "passed on"),
            T("two apprenticeships annually", "two apprenticeships a year")])

case("signwriting", "rewrite",
     """A signwriter from the town of Brenlow has been commissioned to repaint the
     lettering on 60 shopfronts in the historic Market Row conservation area, Brenlow
     Town Council said on Tuesday. Owen Tregarth, who trained as a signwriter for five
     years in the 1980s, will use traditional gold leaf and enamel paints on the
     fascias. The £95,000 scheme is part of a wider effort to restore the street's
     Victorian character after several shops installed plastic signs that the council
     said were out of keeping with the area. Shopkeepers will pay nothing towards the
     work, which is being funded by a national high-street regeneration grant.
     Tregarth expects to finish the project within 18 months.""",
     """Brenlow Town Council said on Tuesday that a local signwriter had been
     commissioned to repaint the lettering on 60 shopfronts in the historic Market
     Row conservation area, the first such commission in the county for decades. Owen
     Tregarth, who spent five years training as a signwriter in the 1980s, will apply
     traditional gold leaf and enamel paints to the fascias. The £95,000 scheme forms
     part of a broader drive to bring back the street's Victorian character after
     several shops put up plastic signs that the council considered out of keeping
     with the area. Shopkeepers will not have to pay anything towards the work, which
     is funded by a national high-street regeneration grant. Tregarth expects the
     project to take no more than 18 months.""",
     errors=[E("the first such commission in the county for decades", "addition", "minor")],
     traps=[T("spent five years training", "trained as a signwriter for five years"),
            T("no more than 18 months", "within 18 months")])

case("map engraving", "rewrite",
     """The National Cartographic Office has acquired a set of 212 copper printing
     plates used to engrave the first detailed maps of the Ardell Highlands, the
     office said on 22 May. The plates, engraved between 1841 and 1868, were bought at
     auction for 310,000 francs after being held by a private collector for more than
     a century. Chief archivist Célestine Moreau said the plates were in good
     condition, though about a dozen showed signs of corrosion and would need
     conservation before they could be displayed. The office plans to print limited
     editions from a selection of the plates, using a restored 19th-century press, and
     to sell the prints to help cover the purchase cost.""",
     """A set of 212 copper plates that were used to engrave the earliest detailed
     maps of the Ardell Highlands has been acquired by the National Cartographic
     Office, it announced on 22 May. Engraved between 1841 and 1868, the plates had
     been in the hands of a private collector for over 100 years before the office
     bought them at auction for 310,000 francs. The plates are in good condition,
     chief archivist Célestine Moreau said, although around 12 show signs of
     corrosion and will have to be conserved before going on show. Using a restored
     19th-century press, the office intends to print limited editions from some of the
     plates and sell them to help recoup what it paid.""",
     traps=[T("earliest detailed maps", "first detailed maps"),
            T("over 100 years", "more than a century"),
            T("around 12", "about a dozen"),
            T("going on show", "could be displayed"),
            T("help recoup what it paid", "help cover the purchase cost")])

case("drum makers", "rewrite",
     """Kessler Percussion, a family-owned drum maker in the town of Auerbrunn, will
     open a second workshop in March and hire 25 additional craftspeople, the company
     said on Friday. The firm, founded in 1958 by Heinrich Kessler, makes about 4,000
     hand-built snare and bass drums a year, most of which are exported to North
     America and Japan. Managing director Anja Kessler, the founder's granddaughter,
     said orders had risen sharply after two well-known touring bands began using the
     company's drums. The new workshop, in a former textile mill, will focus on
     orchestral timpani, which the firm has not made since the 1990s. The company said
     it did not plan to move any production abroad.""",
     """Kessler Percussion, a family-run drum maker based in Auerbrunn, said on Friday
     that it would open a second workshop in March and take on 25 more craftspeople.
     Founded in 1958 by Heinrich Kessler, the firm builds roughly 4,000 snare and bass
     drums by hand each year, most of which are exported to North America. According
     to managing director Anja Kessler, the founder's granddaughter, orders have
     climbed steeply since two well-known touring bands started playing the company's
     drums. Housed in a former textile mill, the new workshop will concentrate on
     orchestral timpani, which the firm last made in the 1980s. The company said it
     had no plans to move any production abroad.""",
     errors=[E("", "omission", "minor", "and Japan", after="exported to North America"),
             E("the 1980s", "date", "minor", "the 1990s")],
     traps=[T("take on 25 more craftspeople", "hire 25 additional craftspeople"),
            T("builds roughly 4,000 snare and bass drums by hand",
              "makes about 4,000 hand-built snare and bass drums")])

case("carillon players", "rewrite",
     """The city of Veldhaven has appointed Margriet Aalders as its first female
     municipal carillonneur in the 380-year history of the post, the mayor's office
     said on Wednesday. Aalders, 34, will play the 49-bell carillon in the tower of
     the old town hall three times a week and on public holidays. She succeeds Pieter
     Rombouts, who retired in December after 27 years in the role. The tower's bells
     were restored in 2019 at a cost of 2.1 million euros, and the city said the
     instrument was now among the best-preserved in the country. Aalders, who studied
     at a carillon school in Oudeberg and has performed in 11 countries, said she
     hoped to introduce evening concerts during the summer months.""",
     """Margriet Aalders has been named Veldhaven's municipal carillonneur, the first
     woman to hold the post in its 380-year history, the mayor's office announced on
     Wednesday. The 34-year-old will play the 49-bell carillon in the old town hall
     tower on three days each week as well as on public holidays. She replaces Pieter
     Rombouts, who retired in December after 27 years in the job. The city said the
     instrument, whose bells were restored for €2.1m in 2019, was now among the
     best-preserved in the country. Aalders studied at a carillon school in Oudeberg
     and has given performances in 11 countries; she said she hoped to bring in
     evening concerts over the summer.""",
     traps=[T("the first woman to hold the post", "first female municipal carillonneur"),
            T("The 34-year-old", "Aalders, 34"),
            T("replaces", "succeeds"),
            T("€2.1m", "2.1 million euros"),
            T("over the summer", "during the summer months")])

case("marionette makers", "rewrite",
     """The Teatro Fili puppet company in the town of San Vero has commissioned master
     carver Luca Benedetti to make 30 new marionettes for a production of 'The
     Tempest' opening in October, the company said. Each figure, carved from lime wood
     and strung with up to 14 wires, takes about three weeks to complete. Artistic
     director Giulia Marchetti said the company had chosen Benedetti because his
     workshop was one of only three in the region still producing traditional string
     marionettes. The production is supported by a grant of €60,000 from the Pallido
     Cultural Foundation. Benedetti, 71, said he had taken on two apprentices to help
     meet the deadline.""",
     """Master carver Luca Benedetti has been commissioned by Teatro Fili, the San Vero
     puppet company, to create 30 new marionettes for a production of 'The Tempest'
     that opens in October, the company said. Carved from lime wood and strung with as
     many as 14 wires, each figure takes roughly three weeks to make. Giulia
     Marchetti, the artistic director, said Benedetti had been chosen because his
     workshop was one of just three in the region still making traditional string
     marionettes. A €60,000 grant from the Marchetti Cultural Foundation is supporting
     the production. The 71-year-old carver said he had taken on two apprentices to
     help him meet the deadline.""",
     errors=[E("Marchetti Cultural Foundation", "entity", "major",
               "Pallido Cultural Foundation")],
     traps=[T("as many as 14 wires", "up to 14 wires"),
            T("one of just three", "one of only three")])

# -------------------------------------------------------------- summaries 21-30
case("magic societies", "summary",
     """The Order of the Silver Wand, one of the oldest magic societies in the country,
     will admit members under the age of 18 for the first time from January, its
     president, Reginald Foxley, announced on Sunday. The society, founded in 1894,
     has around 1,600 members, but Foxley said its average age had risen to 61 and it
     needed to attract younger performers. Junior members aged between 14 and 17 will
     pay a reduced fee of £40 a year and will be paired with an experienced mentor.
     They will be allowed to attend lectures and workshops but will not be given
     access to the society's restricted archive of secret methods until they turn 18.
     Foxley said the decision had been approved by 78 per cent of members in a ballot
     last month. Some long-standing members had objected, arguing that the society's
     secrets could leak online, but Foxley said all junior members would sign the same
     confidentiality pledge as adults.""",
     """The Order of the Silver Wand, a magic society founded in 1894, will accept
     members aged 14 to 17 from January after more than three-quarters of members
     backed the move in a ballot, president Reginald Foxley said. With the average
     member now 61, the society wants younger performers; juniors will pay £40 a year,
     get a mentor and sign the adult confidentiality pledge, but cannot see its secret
     archive until they are 18.""",
     traps=[T("aged 14 to 17", "aged between 14 and 17"),
            T("more than three-quarters of members backed the move",
              "approved by 78 per cent of members"),
            T("the average member now 61", "its average age had risen to 61"),
            T("cannot see its secret archive until they are 18",
              "will not be given access to the society's restricted archive of secret methods until they turn 18")])

case("demolition derbies", "summary",
     """Organisers of the Brackwater County Fair have cancelled this year's demolition
     derby after the county's insurer, Halden Mutual, refused to renew cover for the
     event, fair director Shauna Pike said on Monday. The derby, held every August
     since 1976, drew about 5,500 spectators last year and raised roughly $38,000 for
     the county's volunteer fire brigades. Pike said Halden Mutual had cited two
     incidents last year in which spectators were hit by debris, one of whom needed
     hospital treatment. The fair has approached three other insurers but none has yet
     offered a policy. Pike said the organisers hoped to bring the derby back next
     year with higher safety barriers and a larger buffer zone between the arena and
     the stands.""",
     """Brackwater County Fair has cancelled this year's demolition derby, held each
     August since 1976, because insurer Halden Mutual would not renew its cover,
     citing three incidents last year in which spectators were hit by debris. Three
     other insurers have approached the fair but none has offered a policy yet;
     organisers hope to revive the event next year with higher barriers and a wider
     buffer zone.""",
     errors=[E("three incidents", "number", "major", "two incidents"),
             E("Three other insurers have approached the fair", "role", "major",
               "The fair has approached three other insurers")],
     traps=[T("would not renew its cover", "refused to renew cover"),
            T("a wider buffer zone", "a larger buffer zone")])

case("wattle fencing", "summary",
     """The Hollinshaw Estate in the Vale of Corran is to replace nearly four
     kilometres of wire fencing with traditional woven hazel wattle, the estate's land
     manager, Bethan Rees, said on Thursday. The hazel will be cut from the estate's
     own coppice woodland, which was brought back into rotation in 2016 after being
     neglected for decades. Rees said the wattle panels, woven on site by a team of six
     hurdle-makers, would last about ten years and provide shelter for lambs and
     nesting birds. The project is costing £210,000, of which 70 per cent is being paid
     by a government countryside stewardship scheme. The estate expects to complete
     the first 1.5 kilometres by the end of the year. Rees said the old wire would be
     recycled rather than sent to landfill.""",
     """The Hollinshaw Estate will swap almost 4km of wire fencing for hazel wattle cut
     from its own revived coppice and woven on site, land manager Bethan Rees said. The
     £210,000 project, seven-tenths of it funded by a government stewardship scheme,
     should see the first 1.5km finished by the year's end; the panels are expected to
     last around a decade, and the old wire will be recycled.""",
     traps=[T("almost 4km", "nearly four kilometres"),
            T("seven-tenths of it funded", "70 per cent is being paid"),
            T("by the year's end", "by the end of the year"),
            T("around a decade", "about ten years")])

case("basket makers", "summary",
     """Willow basket makers in the Somerlea Levels say they may be forced to stop
     trading within two years unless they can find more land to grow willow, after
     flooding destroyed about a third of this season's crop. The Somerlea
     Basketmakers' Guild, which represents 23 workshops, said on Tuesday that members
     had lost an estimated £450,000 in income. Guild secretary Martin Crewe said the
     district council was considering leasing 60 hectares of higher ground to the
     growers but had not yet made a decision. Crewe said customers, including garden
     centres and a national funeral company that sells willow coffins, had been warned
     of possible delays.""",
     """Flooding has wiped out about a third of this season's willow crop in the
     Somerlea Levels, costing the guild's 23 workshops an estimated £450,000, and
     makers say they will be forced to stop trading within two years unless they find
     more land. The district council is considering leasing them 60 hectares of higher
     ground but has not decided.""",
     errors=[E("will be forced", "modality", "major", "may be forced")],
     traps=[T("wiped out", "destroyed"),
            T("has not decided", "had not yet made a decision")])

case("broom makers", "summary",
     """Harlan & Sons, a broom maker that has operated in the village of Teddow since
     1921, has been bought by its employees, the company announced on Wednesday. The
     19 staff formed a co-operative to acquire the business from the retiring owner,
     Geoffrey Harlan, 74, who had no family members willing to take it over. The
     purchase was financed by a £320,000 loan from the Rural Enterprise Bank and by
     the workers' own contributions of £2,000 each. The company makes about 60,000
     brooms and brushes a year using broomcorn and natural bristles, selling mainly to
     farms, stables and hardware shops. Foreman Derek Oakes, who has worked at the firm
     for 31 years, said no jobs would be cut and that the co-operative planned to
     launch an online shop next year.""",
     """Harlan & Sons, a broom maker in Teddow since 1921, has passed into the hands of
     its 19 employees, who formed a co-operative to buy it from 74-year-old owner
     Geoffrey Harlan as none of his relatives were willing to take it on. A £320,000
     Rural Enterprise Bank loan and £2,000 from each worker paid for the deal; foreman
     Derek Oakes said no jobs would go and the co-operative plans to open an online
     shop next year.""",
     traps=[T("passed into the hands of its 19 employees", "bought by its employees"),
            T("74-year-old owner Geoffrey Harlan", "Geoffrey Harlan, 74"),
            T("£2,000 from each worker", "contributions of £2,000 each"),
            T("no jobs would go", "no jobs would be cut")])

case("figurehead carvers", "summary",
     """The maritime museum in Port Elder has commissioned carver Tamsin Roake to make a
     replica of the figurehead of the clipper Sea Lark, which was lost when the ship
     sank off the Calver Rocks in 1874. The museum's director, Graham Pellow, said the
     replica would be based on a surviving photograph and on a small wooden model made
     by a crew member. Roake, who has carved figureheads for three restored tall ships,
     said she would use yellow pine and expected the work to take about eight months.
     The £48,000 cost is being met by the Port Elder Harbour Trust. Pellow said the
     finished figurehead would be displayed at the museum's entrance from next
     summer.""",
     """Port Elder's maritime museum has asked carver Tamsin Roake to recreate the
     figurehead of the clipper Sea Lark, lost when the ship sank in 1874. According to
     Roake, the copy will be based on a surviving photograph and a crew member's wooden
     model; she expects to carve it in yellow pine over about eight months. The
     £48,000 project, the museum's largest commission to date, is funded by the Port
     Elder Harbour Trust, and the figurehead will go on show at the entrance next
     summer.""",
     errors=[E("According to Roake", "attribution", "major", "Graham Pellow"),
             E("the museum's largest commission to date", "addition", "minor")],
     traps=[T("recreate the figurehead", "make a replica of the figurehead")])

case("ship models", "summary",
     """A collection of 140 builder's models of ships launched at the Ravensholm
     shipyard is to be given a permanent home in the town's former drawing office,
     Ravensholm Borough Council said on Friday. The models, made to scale by the
     shipyard's own model-makers between 1890 and 1975, were used to show owners how
     their vessels would look before construction began. They have been in storage
     since the yard closed in 1983. The council will spend £2.4 million converting the
     listed building, with a further £900,000 coming from a heritage lottery grant.
     Council leader Anita Forsyth said the gallery was expected to open in 2026 and
     could attract up to 40,000 visitors a year. Former shipyard workers will be
     invited to record their memories for an audio guide.""",
     """Ravensholm's former shipyard drawing office is to become the permanent home of
     140 scale models of ships launched at the yard, which have been kept in storage since
     it shut in 1983. The conversion will cost the council £2.4m, plus £900,000 in
     heritage lottery funding, and council leader Anita Forsyth said the gallery should
     open in 2026 and might draw as many as 40,000 visitors a year.""",
     traps=[T("shut in 1983", "closed in 1983"),
            T("£2.4m", "£2.4 million"),
            T("should open in 2026", "was expected to open in 2026"),
            T("might draw as many as 40,000", "could attract up to 40,000")])

case("bottle ships", "summary",
     """A ship in a bottle made by a sailor aboard the whaler Constance in the 1860s
     sold for £26,000 at auction in Hallbury on Saturday, more than five times its
     upper estimate. The model, which shows the Constance under full sail inside a
     hand-blown glass bottle, was bought by a private collector bidding by telephone.
     Auctioneer Roger Vance said the piece was unusual because it was signed and dated
     by its maker, a harpooner named Elias Brand. The seller, a retired schoolteacher
     from Dunholt, had kept it in a cupboard for decades without knowing its value.
     Vance said it was the highest price the auction house had ever achieved for a
     ship in a bottle, though not a national record.""",
     """An 1860s ship in a bottle made by Elias Brand, a harpooner on the whaler
     Constance, fetched £26,000 at auction in Hallbury on Saturday, over five times its
     top estimate and a national record for such a piece. It went to a telephone
     bidder; the seller, a retired teacher, had kept it in a cupboard for decades
     unaware of its worth.""",
     errors=[E("a national record for such a piece", "polarity", "major",
               "though not a national record")],
     traps=[T("fetched £26,000", "sold for £26,000"),
            T("over five times its top estimate", "more than five times its upper estimate")])

case("scrimshaw", "summary",
     """Customs authorities in the port city of Nerrin have returned 37 pieces of
     19th-century scrimshaw to the Calloway Whaling Museum, eight years after they were
     stolen from its store, the museum said on Monday. The engraved whale teeth and
     walrus tusks were recovered in March during a search of a warehouse on the city's
     outskirts, along with other stolen antiques. Museum director Helen Garroway said
     the pieces were in better condition than expected, although two teeth had been
     cracked. A man aged 52 has been charged with handling stolen goods and is due to
     appear in court in September. Garroway said the scrimshaw would go back on display
     in a new gallery with improved security, which is due to open in the autumn.""",
     """Thirty-seven pieces of 19th-century scrimshaw stolen from the Calloway Whaling
     Museum's store eight years ago have been handed back by customs in Nerrin after
     being found in a warehouse search in March. The pieces are in better shape than
     expected, though two teeth are cracked, and will be shown in a new, more secure
     gallery due to open in the autumn; a 52-year-old man has been charged with
     handling stolen goods.""",
     traps=[T("Thirty-seven pieces", "37 pieces"),
            T("handed back", "returned"),
            T("better shape than expected", "better condition than expected"),
            T("new, more secure gallery", "new gallery with improved security"),
            T("a 52-year-old man", "A man aged 52")])

case("sealing bans", "summary",
     """The parliament of the island territory of Karsholm voted on Thursday to extend
     its ban on commercial seal hunting for a further ten years, despite protests from
     fishing communities on the northern coast. The extension, which renews a ban first
     introduced in 2004, was passed by 31 votes to 12. Fisheries minister Ola Strand said seal numbers had
     recovered to about 48,000 but remained below historical levels. Fishing groups
     argue that the growing seal population is eating too many cod and have called for
     a limited cull. The government has promised to commission an independent study of
     the seals' diet, with results expected in 2026. Indigenous hunters will continue
     to be allowed to take up to 200 seals a year for their own use.""",
     """Karsholm's parliament voted 31 to 12 on Thursday to extend its 2004 ban on
     commercial seal hunting by ten years, despite protests from northern fishing
     communities. Seal numbers have recovered to around 48,000, still below historical
     levels, and fishing groups, who say the seals eat too much cod, have begun a
     limited cull. Seal numbers have recovered to around 48,000. The government has
     promised an independent study of the seals' diet, due to report in 2026.""",
     errors=[E("have begun a limited cull", "event", "major", "have called for a limited cull"),
             E("Seal numbers have recovered to around 48,000", "repetition", "minor", occ=1)],
     traps=[T("voted 31 to 12", "passed by 31 votes to 12")])

# ----------------------------------------------------------- translations 31-40
case("walrus counts", "translation",
     """Researchers from the Polar Institute of Nordvik counted 3,870 walruses on the
     haul-out beaches of Skarvøy island during an aerial survey last August, about 15
     percent more than in the previous count five years ago. The survey's leader,
     biologist Kari Lund, said that the increase was encouraging but that it was too
     early to speak of a lasting trend. According to her, the animals are increasingly
     resting on land because the sea ice in the area melts earlier every year. The
     institute used a drone for the first time this year, which made it possible to
     photograph the herds without disturbing them. The next count is planned for
     2027.""",
     """In an aerial census carried out last August, scientists at Nordvik's Polar
     Institute recorded 3,870 walruses on the beaches of Skarvøy where the animals haul
     out, roughly 15% up on the figure from the previous count five years earlier.
     Biologist Kari Lund, who led the census, called the rise encouraging but said it
     was premature to talk of a durable trend. She said the walruses were spending more
     and more time on land because the sea ice in the area was melting earlier each
     year. This year, for the first time, the institute flew a drone, allowing the
     herds to be photographed without being disturbed. The following census is
     scheduled for 2027.""",
     traps=[T("roughly 15% up", "about 15 percent more"),
            T("five years earlier", "five years ago"),
            T("who led the census", "The survey's leader"),
            T("premature to talk of a durable trend", "too early to speak of a lasting trend"),
            T("scheduled for 2027", "planned for 2027")])

case("penguin colonies", "translation",
     """The number of breeding pairs in the Cabo Lirio penguin colony has fallen by
     almost a quarter in ten years, according to a report published on Wednesday by
     the Austral Marine Foundation. The researchers counted 41,200 pairs in November,
     compared with 53,900 in 2013. The foundation's scientific director, Dr Ramiro
     Solís, attributed the decline mainly to the scarcity of anchovy, the penguins'
     main food, which has moved further offshore because of warmer waters. The report
     recommends closing the waters around the colony to industrial fishing during the
     breeding season, from September to February. The provincial government said it
     would study the proposal before the next season.""",
     """According to a report released on Wednesday by the Austral Marine Foundation,
     the Cabo Lirio penguin colony has lost nearly 25% of its breeding pairs over a
     decade. In November, researchers recorded 41,200 pairs, against 53,900 in 2013. Dr
     Ramiro Solís, scientific director of the foundation, blamed the drop chiefly on a
     shortage of anchovy, the birds' staple food, which warmer water has pushed further
     out to sea. The report calls for the waters surrounding the colony to be closed to
     industrial fishing in the breeding season, which runs from September to February.
     The provincial government said it would examine the proposal after the coming
     season.""",
     errors=[E("after the coming season", "date", "major", "before the next season")],
     traps=[T("nearly 25%", "almost a quarter"),
            T("over a decade", "in ten years")])

case("puffin burrows", "translation",
     """Volunteers on the island of Hestholm have counted 12,400 occupied puffin
     burrows this spring, the highest number since monitoring began in 1989, the
     island's nature reserve announced on Monday. Reserve warden Sigrun
     Halldórsdóttir said the good result was probably due to an abundance of sand eels
     near the coast last summer. Two years ago the reserve removed the rats that had
     reached the island on a supply boat, and since then no eggs have been lost to
     predators. The warden warned, however, that a single bad year could quickly
     reverse the gains. Visitors will again be allowed on the cliff paths from 1 June,
     but the areas with the most burrows will remain closed.""",
     """This spring volunteers on Hestholm recorded 12,400 puffin burrows in use, more
     than in any year since counting started in 1989, the island's nature reserve said
     on Monday. According to warden Sigrun Halldórsdóttir, the strong figure is likely
     explained by plentiful sand eels close to shore last summer. The reserve got rid
     of the rats, which had arrived on a supply boat, two years ago, and predators have
     not taken a single egg since. She cautioned, though, that one poor year could soon
     undo the progress. From 1 June the cliff paths will reopen to visitors, although
     the areas with the densest burrows will stay off-limits.""",
     traps=[T("12,400 puffin burrows in use", "12,400 occupied puffin burrows"),
            T("more than in any year since counting started in 1989",
              "the highest number since monitoring began in 1989"),
            T("is likely explained by", "was probably due to"),
            T("predators have not taken a single egg", "no eggs have been lost to predators"),
            T("stay off-limits", "remain closed")])

case("bison herds", "translation",
     """The Borowiec forest reserve will move 18 bison to a new enclosure in the
     Lasówka valley this autumn to reduce pressure on the main herd, which now numbers
     640 animals, the reserve's management said on Friday. Director Jan Wierzbicki
     explained that the animals would be selected by veterinarians and that pregnant
     cows would not be transported. The new enclosure covers 220 hectares and was
     financed with 3.5 million zloty from regional funds. According to Wierzbicki, the
     aim is to create a second, genetically diverse population that would survive if
     disease struck the main herd. Local farmers have not objected to the plan, the
     management said.""",
     """This autumn the Borowiec forest reserve will relocate 18 bison to a new
     enclosure in the Lasówka valley to ease the strain on its main herd, which
     currently has 460 animals, reserve managers announced on Friday. Director Jan
     Wierzbicki said vets would choose which animals are moved and that cows in calf
     would not be transported. The 220-hectare enclosure was paid for with 3.5 million
     zloty of regional money. The goal, Wierzbicki said, is to establish a second,
     genetically varied population able to survive should disease hit the main herd.
     Local farmers have raised objections to the plan, the managers said.""",
     errors=[E("460", "number", "major", "640"),
             E("Local farmers have raised objections to the plan", "polarity", "major",
               "Local farmers have not objected to the plan")],
     traps=[T("cows in calf", "pregnant cows"),
            T("The 220-hectare enclosure", "The new enclosure covers 220 hectares")])

case("elk culls", "translation",
     """Hunters in the Vittjärv municipality will be allowed to shoot up to 310 elk
     this season, 40 fewer than last year, the county administrative board decided on
     Tuesday. The board said the reduction was necessary because the elk population
     had shrunk after two harsh winters. At the same time, hunters must shoot more
     calves than adult cows in order to protect the breeding stock. The hunting season
     starts on the second Monday of September and ends on 31 January. Forest owners
     have criticised the decision, arguing that elk cause serious damage to young pine
     trees. The board replied that browsing damage had fallen by a third since
     2020.""",
     """The county administrative board ruled on Tuesday that hunters in Vittjärv
     municipality may take a maximum of 310 elk this season, down by 40 on last year.
     The cut was needed, according to the board, because two severe winters had
     reduced the elk population. Hunters will also be required to kill more calves than
     adult cows so that the breeding stock is protected. The season opens on the second
     Monday in September and closes on 31 January. Forest owners have attacked the
     ruling, saying elk do serious harm to young pines, but the board responded that
     browsing damage had dropped by a third since 2020.""",
     traps=[T("a maximum of 310 elk", "up to 310 elk"),
            T("down by 40 on last year", "40 fewer than last year"),
            T("two severe winters", "two harsh winters"),
            T("Forest owners have attacked the ruling", "Forest owners have criticised the decision")])

case("lynx sightings", "translation",
     """A lynx has been photographed by a camera trap in the Hornwald hills for the
     first time in more than a century, the Bremmen state environment office announced
     on Thursday. The images, taken on 2 March near the village of Altkirch, show an
     adult male. Wildlife officer Dr Martina Voss said the animal had most likely
     wandered in from the neighbouring Grauberg region, where a small population was
     reintroduced in 2016. She asked the public not to search for the lynx and to
     report any sightings to the office. Farmers' associations have requested
     information on compensation in case of attacks on sheep.""",
     """For the first time in over a hundred years, a lynx has been caught on a camera
     trap in the Hornwald hills, Bremmen's state environment office said on Thursday.
     The pictures, taken near Altkirch village on 2 March, show a fully grown male.
     According to wildlife officer Dr Martina Voss, the lynx probably came over from
     the neighbouring Altkirch region, where a small population was reintroduced in
     2016. She urged people not to go looking for the animal and to report any
     sightings to the office. Farmers' associations have asked for information about
     compensation should sheep be attacked.""",
     errors=[E("Altkirch", "entity", "major", "Grauberg", occ=1)],
     traps=[T("over a hundred years", "more than a century"),
            T("a fully grown male", "an adult male")])

case("bear bins", "translation",
     """The town of Malá Lúka will install 45 bear-proof waste containers by the end of
     May after brown bears were seen rummaging through rubbish in residential streets
     at least 20 times last year, mayor Peter Hudák said. The steel containers, which
     have a locking mechanism that bears cannot open, cost about 1,100 euros each and
     will be paid for partly by the Ministry of Environment. Residents who leave
     rubbish outside the containers may be fined up to 300 euros. Hudák said the
     measure was meant to protect both people and bears, because animals that become
     used to human food often have to be shot.""",
     """By the end of May, Malá Lúka will have put in 45 waste containers that bears
     cannot break into, after brown bears were spotted going through rubbish in
     residential streets on at least 20 occasions last year, according to mayor Peter
     Hudák. Each of the steel bins, fitted with a lock that bears are unable to open,
     costs roughly €1,100, and the environment ministry will cover part of the cost.
     Anyone who leaves rubbish outside the containers could face a fine of as much as
     €300. The aim, Hudák said, is to protect people and bears alike, since bears that
     get used to human food frequently end up having to be shot.""",
     traps=[T("on at least 20 occasions", "at least 20 times"),
            T("roughly €1,100", "about 1,100 euros"),
            T("the environment ministry will cover part of the cost",
              "will be paid for partly by the Ministry of Environment"),
            T("as much as €300", "up to 300 euros"),
            T("people and bears alike", "both people and bears")])

case("possum trapping", "translation",
     """The Kereru Valley regional council has hired the trapping company Tōtara Pest
     Control to remove brushtail possums from 9,000 hectares of native forest over the
     next three years. The contract is worth 2.6 million dollars. The council's
     biodiversity manager, Aroha Tane, said possums were damaging the canopy and eating
     the eggs of native birds. Around 1,500 traps will be set, and the company might
     also use drones to locate the animals at night. The company will work alongside
     volunteers from the Kereru Forest Trust, who will train its staff to locate dens.
     Landowners in the valley have been asked to allow trappers onto their properties.
     Tane said the council hoped to reduce possum numbers by at least 80 per cent.""",
     """Tōtara Pest Control, a trapping firm, has been engaged by the Kereru Valley
     regional council to clear brushtail possums from 9,000 hectares of native bush
     over three years under a contract worth $2.6 million. Aroha Tane, who manages
     biodiversity at the council, said the possums were harming the forest canopy and
     eating native birds' eggs. Some 1,500 traps are to be laid, and the firm will also
     use drones to find the animals at night. The company's staff will train volunteers
     from the Kereru Forest Trust to locate dens. Valley landowners have been asked to
     let trappers on to their land. The council hopes to cut possum numbers by 80 per
     cent or more, Tane said.""",
     errors=[E("will also use", "modality", "minor", "might also use"),
             E("The company's staff will train volunteers from the Kereru Forest Trust",
               "role", "major",
               "volunteers from the Kereru Forest Trust, who will train its staff")],
     traps=[T("Some 1,500 traps", "Around 1,500 traps"),
            T("80 per cent or more", "at least 80 per cent")])

case("rabbit warrens", "translation",
     """Archaeologists have discovered that rabbit warrens on the Isle of Sarn are
     damaging a Bronze Age burial site, the regional heritage service said on Tuesday.
     The animals have dug tunnels through at least four of the eleven burial mounds,
     bringing fragments of pottery and bone to the surface. Archaeologist Dr Eleni
     Markou said the damage had accelerated over the past three years as the rabbit
     population grew. The heritage service intends to fence off the site and, with the
     landowner's agreement, to remove the rabbits from within the fence. Excavation of
     the most badly damaged mound will begin next spring, before further finds are
     lost.""",
     """Rabbit warrens on the island of Sarn are harming a Bronze Age burial site,
     archaeologists have found, the regional heritage service said on Tuesday. The
     rabbits have burrowed through no fewer than four of the 11 burial mounds, pushing
     shards of pottery and pieces of bone up to the surface. The damage has sped up in
     the last three years as rabbit numbers have increased, said archaeologist Dr Eleni
     Markou. The service plans to put a fence around the site and, if the landowner
     agrees, to clear the rabbits from inside it. Digging at the worst-affected mound
     will start next spring, before any more finds are lost.""",
     traps=[T("no fewer than four", "at least four"),
            T("sped up", "accelerated"),
            T("plans to put a fence around the site", "intends to fence off the site"),
            T("if the landowner agrees", "with the landowner's agreement"),
            T("the worst-affected mound", "the most badly damaged mound")])

case("mole catchers", "translation",
     """The association of professional mole catchers in the Vaucreuse district has
     asked the authorities to reconsider a ban on a chemical used to kill moles, its
     president Marcel Dupuis said on Saturday. Since the ban came into force in
     January, members have had to rely solely on traditional traps, which take longer
     to set. Dupuis said that some farmers had lost up to a fifth of their hay because
     molehills contaminate the grass with soil. The association, which has 86 members,
     will meet agriculture officials next month. A ministry spokesperson said there
     were no plans to lift the ban but that the ministry was willing to listen.""",
     """Marcel Dupuis, president of the Vaucreuse district's professional mole
     catchers' association, said on Saturday that the group has lodged an appeal
     against the ban on a chemical used to kill moles. Since the ban took effect in
     January, members have had no option but to use traditional traps, which take more
     time to set. Some farmers have lost as much as 20% of their hay because molehills
     mix soil into the grass, Dupuis said. The 86-member association is due to meet
     agriculture officials next month. A ministry spokesperson said there were no plans
     to lift the ban, but that the ministry was prepared to listen.""",
     errors=[E("has lodged an appeal against", "event", "major",
               "has asked the authorities to reconsider")],
     traps=[T("had no option but to use traditional traps",
              "had to rely solely on traditional traps"),
            T("as much as 20%", "up to a fifth"),
            T("The 86-member association", "The association, which has 86 members")])

# ------------------------------------------------------- offsets and validation
def nth_find(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def words(s):
    return len(re.findall(r"\S+", s))


def at_boundary(s, i):
    """True if offset i does not fall inside a word."""
    if i <= 0 or i >= len(s):
        return True
    return not (s[i - 1].isalnum() and s[i].isalnum())


def build():
    problems = []
    records = []
    for n, c in enumerate(CASES, 1):
        cid = "s%d-%03d" % (SET_NO, n)
        ref, cand = c["reference"], c["candidate"]
        err_out, trap_out, spans = [], [], []

        def bad(msg):
            problems.append("%s (%s): %s" % (cid, c["domain"], msg))

        for e in c["errors"]:
            et = e["type"]
            if et not in ERROR_TYPES:
                bad("unknown error type %r" % et)
            if e["severity"] not in SEVERITIES:
                bad("bad severity %r" % e["severity"])
            if et == "omission":
                if e["text"] != "" or not e["after"]:
                    bad("omission needs empty text and an 'after' anchor")
                    continue
                p = nth_find(cand, e["after"], e["occ"])
                if p < 0:
                    bad("omission anchor %r not found" % e["after"])
                    continue
                start = end = p + len(e["after"])
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad("omission ref_text %r not in reference" % e["ref_text"])
                if e["ref_text"] and e["ref_text"].lower() in cand.lower():
                    bad("omitted words %r present in candidate" % e["ref_text"])
                if c["mode"] == "summary":
                    bad("omission in a summary")
            else:
                start = nth_find(cand, e["text"], e["occ"])
                if start < 0:
                    bad("error text %r (occ %d) not in candidate" % (e["text"], e["occ"]))
                    continue
                end = start + len(e["text"])
                if e["text"] != e["text"].strip():
                    bad("error text has outer whitespace: %r" % e["text"])
                if et in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        bad("%s must have ref_text null" % et)
                else:
                    if not e["ref_text"] or e["ref_text"] not in ref:
                        bad("error ref_text %r not in reference" % e["ref_text"])
                    if e["ref_text"] == e["text"]:
                        bad("error text equals ref_text %r" % e["text"])
                if et == "repetition":
                    if e["text"].lower() not in cand[:start].lower():
                        bad("repetition %r has no earlier copy" % e["text"])
            if not (at_boundary(cand, start) and at_boundary(cand, end)):
                bad("error span cuts a word: %r" % cand[start:end])
            err_out.append({"start": start, "end": end, "text": cand[start:end],
                            "type": et, "severity": e["severity"],
                            "ref_text": e["ref_text"]})
            spans.append((start, end, "error"))

        for t in c["traps"]:
            start = nth_find(cand, t["text"], t["occ"])
            if start < 0:
                bad("trap text %r not in candidate" % t["text"])
                continue
            end = start + len(t["text"])
            if t["ref_text"] not in ref:
                bad("trap ref_text %r not in reference" % t["ref_text"])
            if t["text"] == t["ref_text"]:
                bad("trap text equals ref_text %r" % t["text"])
            if t["text"] in ref:
                bad("trap text %r occurs verbatim in reference" % t["text"])
            if not (at_boundary(cand, start) and at_boundary(cand, end)):
                bad("trap span cuts a word: %r" % t["text"])
            trap_out.append({"start": start, "end": end, "text": cand[start:end],
                             "ref_text": t["ref_text"]})
            spans.append((start, end, "trap"))

        # overlap check (a zero-width omission point may not sit inside a span)
        for i in range(len(spans)):
            for j in range(i + 1, len(spans)):
                a, b = spans[i], spans[j]
                if a[0] == a[1] or b[0] == b[1]:
                    z, o = (a, b) if a[0] == a[1] else (b, a)
                    if o[0] < z[0] < o[1] or (z == o):
                        bad("omission point inside another span")
                elif a[0] < b[1] and b[0] < a[1]:
                    bad("overlapping spans %r / %r" % (cand[a[0]:a[1]], cand[b[0]:b[1]]))

        label = "inconsistent" if err_out else "consistent"
        if label == "consistent" and not 3 <= len(trap_out) <= 5:
            bad("consistent pair needs 3-5 traps, has %d" % len(trap_out))
        if label == "inconsistent" and len(trap_out) > 3:
            bad("inconsistent pair has %d traps (max 3)" % len(trap_out))
        if c["mode"] not in MODES:
            bad("bad mode %r" % c["mode"])
        wc = words(ref)
        if not 70 <= wc <= 190:
            bad("reference has %d words (need 70-190)" % wc)
        if c["mode"] == "summary" and not (len(cand) < len(ref) and words(cand) < wc):
            bad("summary not shorter than reference")
        if '"' in ref or '"' in cand:
            bad("stray double quote in text")
        err_out.sort(key=lambda x: (x["start"], x["end"]))
        trap_out.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": cid, "domain": c["domain"], "mode": c["mode"],
                        "reference": ref, "candidate": cand, "label": label,
                        "errors": err_out, "traps": trap_out})
    return records, problems


def check_composition(records):
    problems = []
    if len(records) != 40:
        problems.append("need 40 pairs, have %d" % len(records))
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms):
        problems.append("duplicate domains")
    for d in doms:
        if d not in DOMAINS:
            problems.append("domain %r not in list" % d)
    mode_label = Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    for k, v in want.items():
        if mode_label[k] != v:
            problems.append("%s/%s: %d pairs, want %d" % (k[0], k[1], mode_label[k], v))
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        problems.append("need 30 errors, have %d" % sum(types.values()))
    for t in ERROR_TYPES:
        if types[t] < 2:
            problems.append("error type %s used %d times (min 2)" % (t, types[t]))
    per_pair = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    if sum(v for k, v in per_pair.items() if k in (1, 2)) < 15:
        problems.append("most inconsistent pairs should have 1-2 errors")
    return problems


def summary_lines(records):
    out = []
    out.append("pairs: %d" % len(records))
    out.append("by mode: %s" % dict(Counter(r["mode"] for r in records)))
    out.append("by label: %s" % dict(Counter(r["label"] for r in records)))
    out.append("by mode/label: %s" % {"%s/%s" % k: v for k, v in
                                      sorted(Counter((r["mode"], r["label"]) for r in records).items())})
    types = Counter(e["type"] for r in records for e in r["errors"])
    out.append("errors: %d %s" % (sum(types.values()),
                                   {t: types[t] for t in ERROR_TYPES}))
    out.append("severity: %s" % dict(Counter(e["severity"] for r in records for e in r["errors"])))
    out.append("traps: %d" % sum(len(r["traps"]) for r in records))
    return out


def main():
    check_only = "--check" in sys.argv[1:]
    records, problems = build()
    problems += check_composition(records)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    for line in summary_lines(records):
        print(line)
    if check_only:
        print("check passed; nothing written")
        return
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT_PATH)


if __name__ == "__main__":
    main()
