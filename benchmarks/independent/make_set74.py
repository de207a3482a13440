#!/usr/bin/env python3
"""Held-out evaluation set 74 for a fact-comparison tool.

How it was made: every pair below was hand-written, as Python data, by a helper
that saw no code or data of the project and worked only from a written brief.
All people, companies, organisations, places and figures are invented (real
countries appear only as background).  Every character offset is computed by
this script through string search (with an occurrence index where a quoted text
repeats); none is typed by hand.  The script validates everything and writes
set74.jsonl next to itself; `python3 make_set74.py --check` validates only.

Composition (40 pairs, one domain each):
  modes:  20 rewrite, 10 summary, 10 translation (half of each consistent)
  labels: 20 consistent, 20 inconsistent
  errors: 30 in all -- entity 4, number 4, date 3, role 3, polarity 3,
          modality 3, attribution 2, event 2, omission 2, addition 2,
          repetition 2 (10 inconsistent pairs carry 1 error, 10 carry 2;
          omissions only in rewrite/translation pairs)
  traps:  3-5 per consistent pair, 0-3 per inconsistent pair
References are 70-190 words in news/agency/corporate/official register.
"""
import json
import os
import sys

DOMAINS = [
    "cycle hire docks", "parachute centres", "cobblestones", "wasp nests",
    "cliff falls", "subsidence claims", "pothole compensation", "bread ovens",
    "newt licences", "ball pits", "rug hooking", "thermal pools",
    "pine martens", "accordion clubs", "basket willow", "coir matting",
    "trading card shops", "rattan furniture", "beeswax wraps",
    "salvage rights", "visa queues", "barcode scanners", "jute bags",
    "gorge walking", "terrazzo", "llama walks", "peregrine webcams",
    "acorn flour", "luggage lockers", "osprey nests", "bailiffs",
    "mudflat walks", "shipwreck diving", "parking app outages",
    "right to light", "japanese knotweed", "bodger chairs", "cork oaks",
    "radio control boats", "farrier strikes",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]


def err(text, etype, severity, ref_text, occ=0):
    """An error span: `text` is found in the candidate (occurrence `occ`)."""
    return {"text": text, "type": etype, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def omit(after, ref_text, severity="minor", occ=0):
    """An omission: the missing words belong right after `after`."""
    return {"text": "", "type": "omission", "severity": severity,
            "ref_text": ref_text, "after": after, "occ": occ}


def trap(text, ref_text, occ=0):
    """A faithful rewording a naive checker might flag."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


CASES = []

# ---------------------------------------------------------------- rewrites 1
CASES += [
    dict(
        domain="cycle hire docks", mode="rewrite", label="consistent",
        reference=(
            "The operator of the Harlow Vale cycle hire scheme, Spokeline Mobility, said on Monday that it will "
            "install 46 new docking stations across the city's eastern districts by the end of September. The "
            "expansion, funded by a £3.2 million grant from the regional transport authority, will raise the number "
            "of docks in the network to 210. Spokeline's operations director, Miriam Oduya, said stations near the "
            "Calder Street rail interchange would be prioritised because demand there had doubled since last spring. "
            "Riders currently face waits of up to 15 minutes at peak times, according to the company's own figures. "
            "The authority said the grant was conditional on at least a quarter of the new stations supporting "
            "electric bikes. Work on the first sites is expected to begin next month."),
        candidate=(
            "Forty-six additional docking stations are to be installed in Harlow Vale's eastern districts before "
            "September is out, Spokeline Mobility, which runs the city's cycle hire scheme, announced on Monday. Paid "
            "for with a £3.2m grant from the regional transport authority, the expansion will take the network to 210 "
            "docks. Miriam Oduya, operations director at Spokeline, said sites close to the Calder Street rail "
            "interchange would come first, as demand there has risen twofold since last spring. The company's own "
            "figures show riders waiting as long as a quarter of an hour at busy times. Under the terms of the grant, "
            "the authority said, no fewer than one in four of the new stations must support electric bikes. Work on "
            "the first locations is likely to start next month."),
        errors=[],
        traps=[
            trap("before September is out", "by the end of September"),
            trap("risen twofold", "doubled"),
            trap("as long as a quarter of an hour", "up to 15 minutes"),
            trap("no fewer than one in four", "at least a quarter"),
            trap("is likely to start", "is expected to begin"),
        ],
    ),
    dict(
        domain="parachute centres", mode="rewrite", label="inconsistent",
        reference=(
            "The Civil Sport Aviation Board has suspended tandem jumps at the Brackenmoor Parachute Centre after an "
            "inspection found that 11 of the centre's 38 reserve parachutes had not been repacked within the required "
            "180-day period. The centre's owner, Skyfall Leisure Ltd, said in a statement that the lapses were an "
            "administrative oversight and that no customer had been put at risk. However, the board's chief "
            "inspector, Tomas Grell, said the findings showed 'a serious breakdown in record-keeping'. Solo jumps by "
            "licensed skydivers may continue while the suspension is in place. The centre, which handles around "
            "4,000 tandem customers a year, must submit a corrective plan within 21 days. Skyfall said it expected "
            "to resume tandem operations before the summer season."),
        candidate=(
            "Tandem jumps at the Brackenmoor Parachute Centre have been halted by the Civil Sport Aviation Board "
            "after inspectors discovered that 11 of its 38 reserve parachutes had gone beyond the required 180 days "
            "without being repacked. The lapses were an administrative oversight and no customer had been put at "
            "risk, the board said in a statement. Its chief inspector, Tomas Grell, nevertheless said the findings "
            "pointed to 'a serious breakdown in record-keeping'. Licensed skydivers can still make solo jumps while "
            "the suspension lasts. The centre, which takes about 4,000 tandem customers annually, has 12 days to "
            "submit a corrective plan. Its owner, Skyfall Leisure Ltd, said it expected tandem operations to restart "
            "ahead of the summer season."),
        errors=[
            err("the board said in a statement", "attribution", "major",
                "The centre's owner, Skyfall Leisure Ltd, said in a statement"),
            err("12 days", "number", "major", "21 days"),
        ],
        traps=[
            trap("gone beyond the required 180 days without being repacked",
                 "not been repacked within the required 180-day period"),
            trap("while the suspension lasts", "while the suspension is in place"),
        ],
    ),
    dict(
        domain="cobblestones", mode="rewrite", label="consistent",
        reference=(
            "Councillors in the market town of Wenlow Cross voted 9 to 4 on Thursday to restore the cobbled surface "
            "of Tanner's Row, which was covered with asphalt in 1968. The work, estimated to cost £640,000, will "
            "reuse about 70 per cent of the original granite setts, which were found intact beneath the road last "
            "year. Heritage officer Linnea Craske told the meeting that the remaining stones would be sourced from a "
            "quarry in northern Portugal to match the originals. Businesses on the street had asked for the project "
            "to be delayed until after the Christmas trading period, and the council agreed that excavation would "
            "not start before 8 January. The street is expected to reopen to pedestrians in late spring, although "
            "vehicle access may remain restricted for several more weeks."),
        candidate=(
            "Tanner's Row in Wenlow Cross is to get its cobbles back after councillors backed the plan by nine votes "
            "to four on Thursday. The street was asphalted over in 1968. Roughly seven in ten of the original granite "
            "setts, discovered undamaged under the road surface last year, will be reused in the scheme, which is "
            "estimated at £640,000. The rest will come from a quarry in northern Portugal so that they match the "
            "originals, heritage officer Linnea Craske told councillors. At the request of traders, who wanted the "
            "work held back until Christmas trading was over, the council agreed that no digging would begin before "
            "8 January. Pedestrians should be able to use the street again in late spring, but restrictions on "
            "vehicles could stay in place for several weeks beyond that."),
        errors=[],
        traps=[
            trap("by nine votes to four", "voted 9 to 4"),
            trap("Roughly seven in ten", "about 70 per cent"),
            trap("discovered undamaged", "found intact"),
            trap("no digging would begin before 8 January", "excavation would not start before 8 January"),
            trap("should be able to use the street again", "is expected to reopen to pedestrians"),
        ],
    ),
    dict(
        domain="wasp nests", mode="rewrite", label="inconsistent",
        reference=(
            "Pest control firm Amberline Services said it had removed 1,240 wasp nests across the Deanford district "
            "between June and August, a rise of roughly a third on the same period last year. The company's "
            "technical manager, Owen Petrakis, attributed the increase to a mild spring that allowed more queens to "
            "survive. He advised householders not to attempt to remove nests themselves, particularly those inside "
            "wall cavities or roof spaces. Deanford District Council, which stopped offering free nest removal in "
            "2021, said it had no plans to reintroduce the service but would publish a list of approved "
            "contractors. Amberline said its call-out fee would remain at £65 for the rest of the season."),
        candidate=(
            "Between June and August, Amberline Services dealt with 1,240 wasp nests in the Deanford district, about "
            "a third more than in the same months a year earlier, the pest control company said. Technical manager "
            "Owen Petrakis blamed a mild spring, which meant more queens survived. He urged householders not to "
            "tackle nests on their own, especially those in wall cavities or lofts. Deanford District Council, which "
            "scrapped its free nest removal service in 2021, said it was planning to bring the service back and "
            "would publish a list of approved contractors. Amberline said its £65 call-out charge would not change "
            "for the remainder of the season."),
        errors=[
            err("it was planning to bring the service back", "polarity", "major",
                "it had no plans to reintroduce the service"),
        ],
        traps=[
            trap("about a third more", "a rise of roughly a third"),
            trap("lofts", "roof spaces"),
            trap("would not change", "would remain"),
        ],
    ),
    dict(
        domain="cliff falls", mode="rewrite", label="consistent",
        reference=(
            "A section of cliff estimated at 3,000 tonnes collapsed onto the beach at Harrow Point early on Sunday, "
            "the Eastmere Coastal Partnership said. No one was injured, but the partnership has closed a 400-metre "
            "stretch of the coast path between Harrow Point and Selby Gap until further notice. Geologist Dr Priya "
            "Venn, who surveyed the site on Sunday afternoon, said further falls were likely over the coming weeks "
            "because heavy rain had saturated the clay layers. Visitors have been told to stay at least 50 metres "
            "from the cliff base. The partnership said a diversion inland would add about 20 minutes to the walk and "
            "that signs had been placed at both ends of the closed section."),
        candidate=(
            "An estimated 3,000 tonnes of cliff came down on to the beach at Harrow Point early on Sunday, according "
            "to the Eastmere Coastal Partnership. Nobody was hurt, but the partnership has shut 400 metres of the "
            "coast path, between Harrow Point and Selby Gap, until further notice. More falls are probable in the "
            "next few weeks, said geologist Dr Priya Venn, who inspected the site that afternoon, because heavy rain "
            "had soaked the clay layers. People are being told to keep a minimum of 50 metres away from the foot of "
            "the cliff. An inland diversion will add roughly 20 minutes to the walk, the partnership said, and signs "
            "have been put up at either end of the closed section."),
        errors=[],
        traps=[
            trap("Nobody was hurt", "No one was injured"),
            trap("More falls are probable", "further falls were likely"),
            trap("inspected the site that afternoon", "surveyed the site on Sunday afternoon"),
            trap("keep a minimum of 50 metres away from the foot of the cliff",
                 "stay at least 50 metres from the cliff base"),
            trap("at either end of the closed section", "at both ends of the closed section"),
        ],
    ),
]

# ---------------------------------------------------------------- rewrites 2
CASES += [
    dict(
        domain="subsidence claims", mode="rewrite", label="inconsistent",
        reference=(
            "Insurer Castlegate Mutual said it received 2,870 subsidence claims in the first half of the year, more "
            "than double the figure for the same period in 2022. Most of the claims came from homes built on clay "
            "soils in the south-east, where a dry spring caused the ground to shrink. The company's head of claims, "
            "Daniel Fyffe, said the average cost of settling a subsidence claim had risen to £11,400, partly because "
            "of higher prices for building materials. Castlegate said it would not raise premiums for existing "
            "customers before the end of March next year. It urged homeowners to report cracks wider than 3 "
            "millimetres promptly, as early investigation could reduce repair costs."),
        candidate=(
            "Castlegate Mutual received 2,870 subsidence claims in the first six months of the year, over twice as "
            "many as in the equivalent period of 2022, the insurer said. The majority came from homes on clay soils "
            "in the south-east, where the ground shrank during a dry spring. According to head of claims Daniel "
            "Fyffe, it now costs an average of £11,400 to settle a subsidence claim. Castlegate said premiums for "
            "existing customers would not go up before the end of May next year. Homeowners were urged to report "
            "cracks wider than 3 millimetres promptly because investigating early could lower repair bills."),
        errors=[
            omit("to settle a subsidence claim",
                 "partly because of higher prices for building materials", "minor"),
            err("end of May", "date", "major", "end of March"),
        ],
        traps=[
            trap("over twice as many", "more than double"),
            trap("first six months", "first half"),
        ],
    ),
    dict(
        domain="pothole compensation", mode="rewrite", label="consistent",
        reference=(
            "Drivers in Marlbrook County were paid a total of £218,000 in pothole compensation during the last "
            "financial year, up from £151,000 the year before, figures released by the county council show. The "
            "council received 1,932 claims but approved only 611, a rejection rate of nearly 70 per cent. A council "
            "spokesperson, Hannah Lowes, said claims were refused where the authority could show it had inspected "
            "the road and scheduled repairs within its published timescales. Motoring group RoadWatch Marlbrook said "
            "the figures showed that the network was deteriorating faster than the council could fix it. The "
            "council said it would spend an extra £4 million on resurfacing this year, most of it on rural B-roads."),
        candidate=(
            "Marlbrook County Council paid out £218,000 to motorists for pothole damage in the last financial year, "
            "compared with £151,000 in the previous twelve months, according to figures it has published. Of 1,932 "
            "claims submitted, just 611 were approved, meaning close to seven in ten were turned down. Claims are "
            "rejected when the council can demonstrate that it inspected the road and had lined up repairs within "
            "the timescales it publishes, spokesperson Hannah Lowes explained. RoadWatch Marlbrook, a motoring "
            "group, said the numbers showed the network was getting worse more quickly than the council could fix "
            "it. The council said an additional £4m would go on resurfacing this year, mostly on rural B-roads."),
        errors=[],
        traps=[
            trap("compared with £151,000 in the previous twelve months", "up from £151,000 the year before"),
            trap("close to seven in ten were turned down", "a rejection rate of nearly 70 per cent"),
            trap("lined up repairs", "scheduled repairs"),
            trap("getting worse more quickly", "deteriorating faster"),
            trap("an additional £4m", "an extra £4 million"),
        ],
    ),
    dict(
        domain="bread ovens", mode="rewrite", label="inconsistent",
        reference=(
            "Kestrel Bakeries has agreed to buy Ovenworks Engineering, the Brinsworth-based company that builds and "
            "services its tunnel bread ovens, for an undisclosed sum. The deal, announced on Wednesday, brings "
            "in-house a supplier that has maintained the bakery group's 14 production lines for more than two "
            "decades. Kestrel chief executive Farah Lindqvist said the acquisition would cut downtime and give the "
            "group more control over a planned switch from gas to electric ovens. Ovenworks, which employs 85 "
            "people, will continue to take orders from other bakeries. Its founder, Geoffrey Amis, will stay on as "
            "managing director for at least two years. The transaction is subject to approval by competition "
            "regulators."),
        candidate=(
            "Kestrel Bakeries is to be taken over by Ovenworks Engineering, the Brinsworth-based company that builds "
            "and services its tunnel bread ovens, in a deal announced on Wednesday whose value has not been "
            "disclosed. The move brings in-house a supplier that has looked after the group's 14 production lines "
            "for over 20 years. According to Kestrel's chief executive, Farah Lindqvist, the acquisition will reduce "
            "downtime and give the group greater control over its planned move from gas to electric ovens. "
            "Ovenworks, which has a staff of 85, will go on accepting orders from other bakeries, and founder "
            "Geoffrey Amis will remain managing director for a minimum of two years. Competition regulators must "
            "still approve the transaction."),
        errors=[
            err("Kestrel Bakeries is to be taken over by Ovenworks Engineering", "role", "critical",
                "Kestrel Bakeries has agreed to buy Ovenworks Engineering"),
        ],
        traps=[
            trap("for over 20 years", "for more than two decades"),
            trap("has a staff of 85", "employs 85 people"),
            trap("for a minimum of two years", "for at least two years"),
        ],
    ),
    dict(
        domain="newt licences", mode="rewrite", label="consistent",
        reference=(
            "Developers in the Ashcombe Valley will be able to apply for a single district-wide great crested newt "
            "licence from 1 April, instead of commissioning separate surveys for each site, under a scheme launched "
            "by the Ashcombe Nature Partnership. Builders joining the scheme will pay a fee into a fund that creates "
            "and manages new ponds, with charges starting at £1,800 per hectare. The partnership said it aimed to "
            "create 60 ponds within five years. Its ecologist, Dr Ruth Kamara, said the approach would benefit newts "
            "more than the current system, in which mitigation was often small-scale and short-lived. Participation "
            "is voluntary, and developers may still apply for individual licences if they prefer."),
        candidate=(
            "A scheme launched by the Ashcombe Nature Partnership will let developers in the Ashcombe Valley apply, "
            "from 1 April, for one great crested newt licence covering the whole district rather than paying for "
            "separate surveys site by site. Those who sign up will pay a fee into a fund for creating and managing "
            "new ponds, at a cost of £1,800 or more per hectare. The partnership is aiming to create 60 ponds within "
            "the next five years. Newts would do better under this approach than under the existing system, where "
            "mitigation tended to be small-scale and short-lived, according to Dr Ruth Kamara, the partnership's "
            "ecologist. Developers do not have to take part and can continue to seek individual licences if they "
            "would rather."),
        errors=[],
        traps=[
            trap("one great crested newt licence covering the whole district",
                 "a single district-wide great crested newt licence"),
            trap("£1,800 or more per hectare", "starting at £1,800 per hectare"),
            trap("Developers do not have to take part", "Participation is voluntary"),
            trap("if they would rather", "if they prefer"),
        ],
    ),
    dict(
        domain="ball pits", mode="rewrite", label="inconsistent",
        reference=(
            "Health inspectors in Penrose Borough have ordered the temporary closure of the ball pit at FunFort, an "
            "indoor play centre on the Greyfield retail park, after samples taken last week found high levels of "
            "bacteria. The centre may reopen the attraction once the 20,000 plastic balls have been replaced or "
            "professionally cleaned and a second inspection has been passed. FunFort's manager, Kieran Dosanjh, said "
            "the rest of the centre, including its climbing frames and café, would remain open as usual. The "
            "borough's environmental health team said it would carry out unannounced checks at all 12 licensed "
            "soft-play venues in the area over the next two months. Parents with concerns have been asked to "
            "contact the council."),
        candidate=(
            "The ball pit at FunFort, an indoor play centre on the Greyfield retail park, has been temporarily shut "
            "on the orders of Penrose Borough health inspectors after samples taken last week revealed high bacteria "
            "levels. The centre will reopen the attraction once its 20,000 plastic balls have been swapped out or "
            "professionally cleaned and it has passed a second inspection. Manager Kieran Dosanjh said the rest of "
            "FunFort, including the climbing frames and café, was staying open as normal. Greyfield's environmental "
            "health team said it would make unannounced visits to all 12 licensed soft-play venues in the area over "
            "the coming two months. Parents who are worried have been asked to get in touch with the council."),
        errors=[
            err("will reopen", "modality", "major", "may reopen"),
            err("Greyfield's", "entity", "minor", "borough's"),
        ],
        traps=[
            trap("swapped out", "replaced"),
            trap("get in touch with", "contact"),
        ],
    ),
]

# ---------------------------------------------------------------- rewrites 3
CASES += [
    dict(
        domain="rug hooking", mode="rewrite", label="consistent",
        reference=(
            "The Felling Moor Museum of Textiles will open an exhibition of hooked rugs on 14 March featuring 72 "
            "works made by members of local guilds between 1890 and 1950. Many of the rugs were made from recycled "
            "clothing and feed sacks, and several have never been shown in public before. Curator Agnes Whitlow said "
            "the museum had spent 18 months tracing the families who owned the pieces, and that 31 had been lent by "
            "descendants of the original makers. The exhibition will run until the end of August. Admission will be "
            "free for under-16s, while adult tickets will cost £7. The museum is also planning weekend workshops at "
            "which visitors can try the craft using traditional hooks and hessian backing."),
        candidate=(
            "From 14 March, the Felling Moor Museum of Textiles will display 72 hooked rugs produced by members of "
            "local guilds from 1890 to 1950. Many were made using old clothes and feed sacks, and a number have not "
            "been exhibited publicly until now. The museum spent a year and a half tracking down the families that "
            "owned the rugs, curator Agnes Whitlow said, with 31 lent by descendants of the people who made them. "
            "The show closes at the end of August. Under-16s will get in free and adults will pay £7. Weekend "
            "workshops, where visitors can have a go at the craft with traditional hooks and hessian backing, are "
            "also being planned."),
        errors=[],
        traps=[
            trap("have not been exhibited publicly until now", "have never been shown in public before"),
            trap("a year and a half", "18 months"),
            trap("tracking down", "tracing"),
            trap("The show closes at the end of August", "The exhibition will run until the end of August"),
            trap("Under-16s will get in free", "Admission will be free for under-16s"),
        ],
    ),
    dict(
        domain="thermal pools", mode="rewrite", label="inconsistent",
        reference=(
            "The restored thermal pools at Calderbeck Springs will reopen to the public on 3 June after a two-year, "
            "£9.5 million refurbishment, the town's spa trust has announced. The complex's three outdoor pools are "
            "fed by a natural spring that emerges at 34C, and the trust has added a heat-recovery system that it "
            "says will cut the site's energy use by 40 per cent. Day tickets will be priced at £24, with a reduced "
            "rate of £15 for local residents. Trust chair Beatrice Olagunju said bookings for the opening month had "
            "already exceeded 6,000. Visitor numbers will initially be capped at 350 at any one time while staff "
            "are trained."),
        candidate=(
            "Calderbeck Springs' restored thermal pools are to reopen to the public on 3 June following a £9.5m "
            "refurbishment lasting two years, the town's spa trust said. A natural spring emerging at 34C supplies "
            "the complex's three outdoor pools, and a newly installed heat-recovery system will, according to the "
            "trust, reduce energy use at the site by 40%. A day ticket will cost £24, or £15 for local residents. "
            "More than 6,000 bookings have already been taken for the opening month, said trust chair Beatrice "
            "Olagunju. A day ticket will cost £24, or £15 for local residents. Initially, while staff are being "
            "trained, no more than 350 visitors will be admitted at once."),
        errors=[
            err("A day ticket will cost £24, or £15 for local residents", "repetition", "minor", None, occ=1),
        ],
        traps=[
            trap("a £9.5m refurbishment lasting two years", "a two-year, £9.5 million refurbishment"),
            trap("reduce energy use at the site by 40%", "cut the site's energy use by 40 per cent"),
            trap("no more than 350 visitors will be admitted at once", "capped at 350 at any one time"),
        ],
    ),
    dict(
        domain="pine martens", mode="rewrite", label="consistent",
        reference=(
            "Conservation charity WildHolt Trust has released 18 pine martens into forests on the Glenmarrow estate, "
            "the first reintroduction of the species in the region for more than a century. The animals, nine males "
            "and nine females, were translocated from healthy populations in the north and fitted with radio collars "
            "so that their movements can be monitored for a year. Project leader Callum Ferrie said the trust hoped "
            "the martens would help control numbers of invasive grey squirrels, which compete with native reds. "
            "Local gamekeepers had raised concerns about possible predation on ground-nesting birds, and the trust "
            "has agreed to fund an independent study of the effects. A further release of up to 20 animals is "
            "planned for next autumn, subject to the results of the monitoring."),
        candidate=(
            "Eighteen pine martens, half of them male and half female, have been set free in woodland on the "
            "Glenmarrow estate by the WildHolt Trust, marking the first time in over 100 years that the species has "
            "been reintroduced in the region. The conservation charity moved the animals from healthy northern "
            "populations and fitted them with radio collars so their movements can be tracked for 12 months. The "
            "trust hopes the martens will help keep down invasive grey squirrels, which compete with native reds, "
            "said project leader Callum Ferrie. After gamekeepers in the area voiced concerns that the martens could "
            "prey on ground-nesting birds, the trust agreed to pay for an independent study of the effects. Next "
            "autumn a further release of as many as 20 animals is planned, depending on what the monitoring shows."),
        errors=[],
        traps=[
            trap("half of them male and half female", "nine males and nine females"),
            trap("in over 100 years", "for more than a century"),
            trap("for 12 months", "for a year"),
            trap("keep down", "control numbers of"),
            trap("as many as 20", "up to 20"),
        ],
    ),
    dict(
        domain="accordion clubs", mode="rewrite", label="inconsistent",
        reference=(
            "The Northfold Accordion Club, one of the oldest amateur music societies in the county, will celebrate "
            "its 75th anniversary with a concert at St Aldhelm's Hall on 22 November. The club, founded in 1949 by a "
            "group of former dance-band musicians, now has 43 members aged between 11 and 89. Its musical director, "
            "Ivana Horak, said the programme would include folk tunes, tango and a newly commissioned piece by local "
            "composer Simon Treadgold. Proceeds from ticket sales will go towards repairing the club's collection of "
            "vintage instruments, some of which are on loan to younger players. The club rehearses every Tuesday "
            "evening at the Northfold community centre and welcomes new members of all abilities."),
        candidate=(
            "St Aldhelm's Hall will host a concert on 22 November to mark 75 years of the Northfold Accordion Club, "
            "one of the county's oldest amateur music societies. Set up in 1949 by a group of former dance-band "
            "musicians, the club today has some 50 members, the youngest aged 11 and the oldest 89. Musical director "
            "Ivana Horak said the programme would feature folk tunes, tango and a new piece commissioned from local "
            "composer Simon Treadgold. Money raised from ticket sales will go towards replacing the club's vintage "
            "instruments, some of which are lent to younger players. Rehearsals take place every Tuesday evening at "
            "the Northfold community centre, and new members of any ability are welcome."),
        errors=[
            err("some 50 members", "number", "minor", "43 members"),
            err("replacing", "event", "major", "repairing"),
        ],
        traps=[
            trap("to mark 75 years of", "celebrate its 75th anniversary"),
            trap("the youngest aged 11 and the oldest 89", "aged between 11 and 89"),
            trap("are lent to", "are on loan to"),
        ],
    ),
    dict(
        domain="basket willow", mode="rewrite", label="consistent",
        reference=(
            "Willow grower Edith Marchbank, whose family has cut basket willow on the Somerlea Levels for four "
            "generations, has been awarded a £45,000 heritage crafts grant to train two apprentices over three "
            "years. The grant, from the Traditional Skills Foundation, will also pay for the replanting of six acres "
            "of withy beds lost to flooding in 2020. Ms Marchbank, 67, said fewer than ten commercial basket willow "
            "growers remained in the country and that without new entrants the skill could disappear within a "
            "generation. Applications for the apprenticeships close on 30 June. Successful candidates will be paid "
            "the national living wage and will learn cutting, sorting, boiling and stripping as well as basic "
            "basket making."),
        candidate=(
            "The Traditional Skills Foundation has given willow grower Edith Marchbank a £45,000 heritage crafts "
            "grant so she can train a pair of apprentices over a three-year period. Her family has been cutting "
            "basket willow on the Somerlea Levels for four generations. The money will also fund replanting of six "
            "acres of withy beds that were lost in floods in 2020. Fewer than ten commercial growers of basket "
            "willow are left in the country, said Ms Marchbank, who is 67, and unless newcomers take up the work the "
            "skill could vanish within a generation. The deadline for apprenticeship applications is 30 June. Those "
            "selected will receive the national living wage and be taught cutting, sorting, boiling and stripping, "
            "along with basic basket making."),
        errors=[],
        traps=[
            trap("a pair of apprentices", "two apprentices"),
            trap("over a three-year period", "over three years"),
            trap("Fewer than ten commercial growers of basket willow are left",
                 "fewer than ten commercial basket willow growers remained"),
            trap("unless newcomers take up the work", "without new entrants"),
            trap("The deadline for apprenticeship applications is 30 June",
                 "Applications for the apprenticeships close on 30 June"),
        ],
    ),
]

# ---------------------------------------------------------------- rewrites 4
CASES += [
    dict(
        domain="coir matting", mode="rewrite", label="inconsistent",
        reference=(
            "Flooring manufacturer Hessary Mills is to close its coir matting factory in Drumlea at the end of "
            "October, with the loss of 64 jobs. The company said demand for coir floor coverings had fallen by about "
            "25 per cent over three years as customers switched to synthetic alternatives. Production will be "
            "transferred to its larger plant at Portavel, where 20 of the affected staff have been offered "
            "positions. Regional development minister Orla Keaney said she was disappointed by the decision and "
            "that her department would work with the company to support workers. The Drumlea site, which opened in "
            "1957, once employed more than 300 people."),
        candidate=(
            "Hessary Mills will shut its Drumlea coir matting factory at the end of October, cutting 64 jobs, the "
            "flooring manufacturer said. Demand for coir floor coverings had dropped by roughly a quarter in three "
            "years, it said, as customers turned to synthetic products. Manufacturing will move to the company's "
            "bigger Portavel plant, and 20 of the workers affected have been offered jobs there. Regional "
            "development minister Orla Keaney said she was disappointed by the decision and that her department "
            "would work with Hessary to support workers, adding that the government had been given no advance "
            "warning of the closure. Opened in 1957, the Drumlea factory employed over 300 people at its peak."),
        errors=[
            err("adding that the government had been given no advance warning of the closure", "addition",
                "major", None),
        ],
        traps=[
            trap("roughly a quarter", "about 25 per cent"),
            trap("employed over 300 people at its peak", "once employed more than 300 people"),
        ],
    ),
    dict(
        domain="trading card shops", mode="rewrite", label="consistent",
        reference=(
            "Police in Carrow Bridge are investigating a burglary at a trading card shop in which stock worth an "
            "estimated £38,000 was taken. Thieves forced open a rear door at Mythic Cards on Lantern Street in the "
            "early hours of Saturday and removed display cabinets containing rare collectible cards, according to "
            "owner Jamal Whitcombe. Officers believe the break-in took place between 2am and 4am. Mr Whitcombe said "
            "several of the cards were unique graded items that would be easy to identify if offered for sale, and "
            "he has asked other dealers to watch out for them. Anyone with information has been asked to contact "
            "Carrow Bridge police, quoting reference 4471."),
        candidate=(
            "Stock valued at an estimated £38,000 was stolen in a burglary at a trading card shop in Carrow Bridge, "
            "and police have launched an investigation. According to the owner of Mythic Cards, Jamal Whitcombe, "
            "the thieves forced their way in through a back door of the Lantern Street shop in the early hours of "
            "Saturday and made off with display cabinets holding rare collectible cards. Police think the break-in "
            "happened between 2am and 4am. Several of the cards were one-of-a-kind graded items that would be "
            "readily identifiable if anyone tried to sell them, Mr Whitcombe said, and he has urged fellow dealers "
            "to keep an eye out for them. People with information should contact Carrow Bridge police and quote "
            "reference 4471."),
        errors=[],
        traps=[
            trap("forced their way in through a back door", "forced open a rear door"),
            trap("made off with", "removed"),
            trap("one-of-a-kind", "unique"),
            trap("readily identifiable if anyone tried to sell them", "easy to identify if offered for sale"),
            trap("keep an eye out for them", "watch out for them"),
        ],
    ),
    dict(
        domain="rattan furniture", mode="rewrite", label="inconsistent",
        reference=(
            "Homeware retailer Orchard & Lane has recalled 2,300 rattan garden chairs after reports that the legs "
            "could collapse under load. The chairs, sold in its stores and online between March and July this year, "
            "were made for the retailer by Calvano Outdoor, a supplier based in Portugal. Orchard & Lane said it had "
            "received 17 complaints, including four involving minor injuries. Customers are being told to stop using "
            "the chairs immediately and return them to any branch for a full refund; a receipt is not required. The "
            "retailer said Calvano had identified a faulty batch of joint fittings and had stopped production of the "
            "model while the cause was investigated."),
        candidate=(
            "Orchard & Lane is recalling 2,300 rattan garden chairs following reports that their legs can give way "
            "under load. Sold between March and June this year in the homeware retailer's shops and on its website, "
            "the chairs were made by the retailer for Calvano Outdoor, a supplier based in Portugal. The company said "
            "it had had 17 complaints, four of them involving minor injuries. Customers should stop using the chairs "
            "straight away and take them back to any branch for a full refund, with no receipt needed. According to "
            "the retailer, Calvano has found a faulty batch of joint fittings and has halted production of the model "
            "while the cause is investigated."),
        errors=[
            err("between March and June", "date", "major", "between March and July"),
            err("made by the retailer for Calvano Outdoor", "role", "major",
                "made for the retailer by Calvano Outdoor"),
        ],
        traps=[
            trap("give way", "collapse"),
            trap("with no receipt needed", "a receipt is not required"),
        ],
    ),
    dict(
        domain="beeswax wraps", mode="rewrite", label="consistent",
        reference=(
            "Hivecloth, a small manufacturer of beeswax food wraps based in Tollington, has secured a contract to "
            "supply 120,000 wraps a year to the supermarket chain Greenbarrow. The three-year deal, worth around "
            "£540,000, will more than triple the company's annual output. Founder Nadia Selwyn said the firm would "
            "move to a larger unit on the Tollington business park in January and recruit eight staff, taking its "
            "workforce to 14. The wraps, made from organic cotton coated in beeswax, pine resin and jojoba oil, will "
            "go on sale in 90 Greenbarrow stores from the spring. Ms Selwyn said all the beeswax would continue to be "
            "sourced from beekeepers within 50 miles of the workshop."),
        candidate=(
            "The supermarket chain Greenbarrow has signed up Tollington-based Hivecloth, a small maker of beeswax "
            "food wraps, to supply it with 120,000 wraps annually. Worth about £540,000 over three years, the "
            "contract will see the company's yearly production more than treble. In January the firm will relocate "
            "to a bigger unit on the Tollington business park and take on eight more employees, bringing its "
            "headcount to 14, founder Nadia Selwyn said. Made from organic cotton coated with beeswax, pine resin and "
            "jojoba oil, the wraps will be stocked in 90 of the chain's stores from the spring. All the beeswax will "
            "still come from beekeepers no more than 50 miles from the workshop, Ms Selwyn said."),
        errors=[],
        traps=[
            trap("120,000 wraps annually", "120,000 wraps a year"),
            trap("more than treble", "more than triple"),
            trap("take on eight more employees", "recruit eight staff"),
            trap("bringing its headcount to 14", "taking its workforce to 14"),
            trap("no more than 50 miles from", "within 50 miles of"),
        ],
    ),
    dict(
        domain="salvage rights", mode="rewrite", label="inconsistent",
        reference=(
            "A court in Port Harlan has awarded salvage rights over the cargo ship Meridian Star to Tidewater "
            "Recovery, rejecting a competing claim by the vessel's former insurer, Bellmoor Marine. The ship ran "
            "aground off Skerra Head in February with 1,100 containers on board, and was abandoned by its owners "
            "after attempts to refloat it failed. Judge Helena Castro ruled that Tidewater had been first to take "
            "effective control of the wreck and had spent more than £2 million stabilising it. Bellmoor said it was "
            "considering an appeal. Tidewater expects to begin removing containers next month, a process it "
            "estimates will take about six weeks if weather allows."),
        candidate=(
            "Tidewater Recovery has been granted salvage rights over the cargo ship Meridian Star by a court in Port "
            "Harlan, which dismissed a rival claim from the vessel's former insurer, Bellmoor Marine. The ship went "
            "aground off Skerra Head in February carrying 1,100 containers, and its owners abandoned it when efforts "
            "to refloat it failed. Judge Helena Castro found that Bellmoor had been first to take effective control "
            "of the wreck and had spent over £2m stabilising it. Bellmoor said it was weighing an appeal. Tidewater "
            "expects container removal to start next month and, weather permitting, to take around six weeks."),
        errors=[
            err("Bellmoor", "entity", "critical", "Tidewater", occ=1),
        ],
        traps=[
            trap("dismissed a rival claim", "rejecting a competing claim"),
            trap("weather permitting", "if weather allows"),
        ],
    ),
]

# ---------------------------------------------------------------- summaries
CASES += [
    dict(
        domain="visa queues", mode="summary", label="consistent",
        reference=(
            "Applicants for work visas at the Republic of Valdera's consulate in Kessington are waiting an average "
            "of 11 weeks for an appointment, nearly three times the four-week target, according to figures released "
            "by the consulate on Tuesday. Consul-General Adrian Moss said the backlog had been caused by a surge in "
            "applications after Valdera relaxed its rules for skilled workers in the spring, combined with staff "
            "shortages. The consulate has hired 14 temporary caseworkers and will open on Saturdays from next month "
            "to clear the queue. Mr Moss said he expected waiting times to fall to six weeks by the end of the year. "
            "Students and emergency travellers will continue to be given priority appointments."),
        candidate=(
            "Work visa applicants at Valdera's Kessington consulate wait an average of 11 weeks for an appointment, "
            "almost triple the four-week target, after a jump in applications following a spring relaxation of "
            "skilled-worker rules and a lack of staff. With 14 temporary caseworkers hired and Saturday opening due "
            "from next month, the consul-general expects waits to drop to six weeks by the end of the year."),
        errors=[],
        traps=[
            trap("almost triple", "nearly three times"),
            trap("a jump in applications", "a surge in applications"),
            trap("a lack of staff", "staff shortages"),
            trap("drop to six weeks", "fall to six weeks"),
        ],
    ),
    dict(
        domain="barcode scanners", mode="summary", label="inconsistent",
        reference=(
            "Supermarket group Pennyfield has begun replacing the barcode scanners at its 212 stores after a "
            "software fault caused some self-checkouts to charge customers twice for a small number of items. The "
            "company said the fault affected about 0.4 per cent of transactions over a ten-day period in October "
            "and that all affected customers would be refunded automatically within 14 days. Chief operating "
            "officer Sunita Rao said the new scanners, supplied by Lumex Retail Systems, would be fitted in all "
            "stores by the end of January at a cost of £6.8 million. Pennyfield said customers who paid in cash and "
            "believe they were overcharged may be able to claim a refund at customer service desks on presentation "
            "of a receipt."),
        candidate=(
            "Pennyfield is replacing barcode scanners at its 212 stores after a software fault led some "
            "self-checkouts to double-charge for certain items, affecting about 4% of transactions over ten days in "
            "October. Affected customers will be refunded automatically within a fortnight, and those who paid cash "
            "and think they were overcharged can claim a refund at customer service desks with a receipt. The £6.8m "
            "roll-out of Lumex scanners is due to be complete by the end of January."),
        errors=[
            err("4%", "number", "major", "0.4 per cent"),
            err("can claim", "modality", "major", "may be able to claim"),
        ],
        traps=[
            trap("double-charge", "charge customers twice"),
            trap("within a fortnight", "within 14 days"),
        ],
    ),
    dict(
        domain="jute bags", mode="summary", label="consistent",
        reference=(
            "Bagshaw Packaging, one of the country's largest importers of jute shopping bags, has warned that prices "
            "are likely to rise by up to 15 per cent next year after poor monsoon rains reduced the jute harvest in "
            "Bangladesh. Managing director Lionel Thorne said the company had secured about 60 per cent of the stock "
            "it needed for the first half of next year at current prices but would have to pay more for the "
            "remainder. He added that retailers using the bags for promotional campaigns had already begun placing "
            "orders earlier than usual. Bagshaw, which supplies more than 1,400 businesses, said it would not pass on "
            "increases to customers with existing fixed-price contracts until those contracts expired."),
        candidate=(
            "Jute bag importer Bagshaw Packaging expects prices to climb by as much as 15% next year because weak "
            "monsoon rains cut Bangladesh's jute harvest. It has locked in roughly three-fifths of the stock it needs "
            "for the first six months of next year at current prices, and customers on existing fixed-price "
            "contracts will not see increases until those deals run out."),
        errors=[],
        traps=[
            trap("by as much as 15%", "by up to 15 per cent"),
            trap("roughly three-fifths", "about 60 per cent"),
            trap("the first six months of next year", "the first half of next year"),
            trap("until those deals run out", "until those contracts expired"),
        ],
    ),
    dict(
        domain="gorge walking", mode="summary", label="inconsistent",
        reference=(
            "An outdoor activity company has been fined £75,000 after a teenager broke his leg during a gorge "
            "walking session in the Rhydderch valley. A hearing at Pentrefoel Magistrates' Court heard that "
            "instructors from Ridgeway Adventures led a group of 12 schoolchildren into the gorge despite a flood "
            "warning having been issued that morning. The 15-year-old was swept against rocks when the water level "
            "rose suddenly. The company admitted failing to carry out an adequate risk assessment. Its director, "
            "Gareth Pryce, told the court that the firm had since introduced a policy of cancelling all water-based "
            "activities whenever a warning is in force. The company was also ordered to pay £9,200 in costs."),
        candidate=(
            "Ridgeway Adventures has been fined £75,000, plus £9,200 costs, after a 15-year-old broke his leg on a "
            "gorge walk in the Rhydderch valley. Its instructors had led 12 schoolchildren into the gorge despite a "
            "flood warning issued that morning, and the boy was swept against rocks when the water suddenly rose. "
            "The firm, which denied failing to carry out an adequate risk assessment, now cancels all water-based "
            "activities whenever a warning is in force."),
        errors=[
            err("denied", "polarity", "major", "admitted"),
        ],
        traps=[
            trap("plus £9,200 costs", "ordered to pay £9,200 in costs"),
        ],
    ),
    dict(
        domain="terrazzo", mode="summary", label="consistent",
        reference=(
            "The terrazzo floor of the former Corn Exchange in Elsworth, hidden beneath carpet tiles for more than "
            "40 years, is to be restored as part of the building's conversion into a food hall. Developer Quayside "
            "Renewal said specialist contractors would spend about 16 weeks repairing cracks, replacing missing "
            "chips of marble and polishing the 620-square-metre surface. The floor, laid in 1931, features a large "
            "compass design at its centre. Conservation officer Maud Elliston described it as one of the finest "
            "surviving examples of inter-war terrazzo in the region. The £12 million conversion is due to be "
            "completed next summer and will include 18 food stalls and a rooftop bar. The developer said the floor "
            "would be protected by a clear sealant rather than covered again."),
        candidate=(
            "Elsworth's former Corn Exchange, which is being turned into a £12m food hall due for completion next "
            "summer, will have its 1931 terrazzo floor restored after more than four decades under carpet tiles. The "
            "roughly four-month job on the 620 sq m floor, which a conservation officer called one of the region's "
            "finest surviving examples of inter-war terrazzo, will leave it sealed rather than re-covered."),
        errors=[],
        traps=[
            trap("more than four decades", "more than 40 years"),
            trap("roughly four-month job", "about 16 weeks"),
            trap("620 sq m", "620-square-metre"),
            trap("sealed rather than re-covered", "protected by a clear sealant rather than covered again"),
        ],
    ),
]

CASES += [
    dict(
        domain="llama walks", mode="summary", label="inconsistent",
        reference=(
            "A llama trekking business near the village of Ottermere has been refused permission to expand after "
            "objections from neighbours about traffic and noise. Fellside Llamas, run by couple Ben and Carys "
            "Hollin, had applied to build a visitor centre and car park for 40 vehicles on land next to their farm. "
            "The Lakeland Vale planning committee voted 6 to 3 against the plans, saying the narrow access lane was "
            "unsuitable for increased traffic. The business, which currently offers guided walks with its 16 llamas "
            "for up to 30 visitors a day, will continue to operate at its present scale. Mr Hollin said the couple "
            "were disappointed and would consider an appeal."),
        candidate=(
            "Plans by Fellside Llamas to add a visitor centre and 40-space car park at its farm near Ottermere were "
            "rejected 6-3 by the Ottermere planning committee, which said the narrow access lane could not cope with "
            "more traffic. The business will keep offering guided walks with its 16 llamas at its present scale, "
            "though the Hollins, who have run it for a decade, may appeal."),
        errors=[
            err("Ottermere planning committee", "entity", "minor", "Lakeland Vale planning committee"),
            err("who have run it for a decade", "addition", "minor", None),
        ],
        traps=[
            trap("rejected 6-3", "voted 6 to 3 against"),
            trap("may appeal", "would consider an appeal"),
        ],
    ),
    dict(
        domain="peregrine webcams", mode="summary", label="consistent",
        reference=(
            "Three peregrine falcon chicks have hatched on the tower of St Bride's Cathedral in Harwick, where a "
            "webcam installed by the Harwick Raptor Group has been streaming the nest since March. The first chick "
            "emerged on Friday morning and the other two followed over the weekend, the group said. Volunteer "
            "coordinator Jessamy Wyatt said the livestream had attracted more than 250,000 views since the first egg "
            "was laid, with viewers in more than 40 countries. The chicks are expected to fledge in about six weeks. "
            "The group said a fourth egg, laid several days after the others, was unlikely to hatch. Cathedral staff "
            "have closed part of the tower roof to avoid disturbing the birds."),
        candidate=(
            "Three peregrine chicks have hatched on St Bride's Cathedral in Harwick, the first on Friday and the "
            "other two over the weekend, while a fourth egg laid later is not expected to hatch. The Harwick Raptor "
            "Group's nest webcam has drawn over a quarter of a million views from more than 40 countries, and the "
            "chicks should fledge in roughly six weeks."),
        errors=[],
        traps=[
            trap("not expected to hatch", "unlikely to hatch"),
            trap("over a quarter of a million views", "more than 250,000 views"),
            trap("should fledge in roughly six weeks", "are expected to fledge in about six weeks"),
        ],
    ),
    dict(
        domain="acorn flour", mode="summary", label="inconsistent",
        reference=(
            "A small food company in the Tarn Hollow area has begun selling flour made from acorns gathered in local "
            "oak woods, after a two-year trial funded by the regional forestry agency. Oakmeal Foods said volunteers "
            "collected 3.5 tonnes of acorns last autumn, which were shelled, leached of tannins and dried before "
            "being milled. The gluten-free flour is being sold in 500-gram bags at £8.50 through farm shops and the "
            "company's website. Co-founder Rhiannon Castell said demand from bakers had outstripped supply and that "
            "the company hoped to double its collection this year. The forestry agency said foraging was permitted "
            "only in designated areas and that no more than a fifth of each tree's crop could be taken."),
        candidate=(
            "Oakmeal Foods has started selling gluten-free flour made from acorns gathered in Tarn Hollow's oak "
            "woods, after a two-year trial backed by the regional forestry agency. Last autumn volunteers collected "
            "3.5 tonnes of acorns, which were shelled, leached of tannins and roasted before milling. Demand from "
            "bakers has exceeded supply, and foraging is allowed only in designated areas, with at most a fifth of "
            "each tree's crop to be taken."),
        errors=[
            err("roasted", "event", "major", "dried"),
        ],
        traps=[
            trap("has exceeded supply", "had outstripped supply"),
            trap("at most a fifth", "no more than a fifth"),
        ],
    ),
    dict(
        domain="luggage lockers", mode="summary", label="consistent",
        reference=(
            "Rail operator Westline has installed 320 self-service luggage lockers at Kingsmere Central station, the "
            "first at any of its stations since they were removed for security reasons in the 1990s. The lockers, "
            "operated by contractor StowPoint, can be booked via an app and cost from £4 for up to three hours to "
            "£12 for 24 hours. Westline said all bags would be scanned before being stored and that lockers could "
            "not be rented for more than 72 hours. Station manager Colin Abara said the service was aimed mainly at "
            "day-trippers and passengers with connections to the airport. If the trial proves popular, lockers could "
            "be introduced at five more stations next year."),
        candidate=(
            "Kingsmere Central has become the first Westline station to have luggage lockers since they were taken "
            "out over security fears in the 1990s. The 320 app-bookable lockers, run by StowPoint, cost from £4 for "
            "up to three hours to £12 for a day, every bag is scanned, and the maximum hire is three days. Five more "
            "stations could follow next year if the trial catches on."),
        errors=[],
        traps=[
            trap("taken out over security fears", "removed for security reasons"),
            trap("£12 for a day", "£12 for 24 hours"),
            trap("the maximum hire is three days", "could not be rented for more than 72 hours"),
            trap("if the trial catches on", "If the trial proves popular"),
        ],
    ),
    dict(
        domain="osprey nests", mode="summary", label="inconsistent",
        reference=(
            "A pair of ospreys has returned to nest at Loch Fennick for the sixth consecutive year, the Fennick "
            "Wildlife Trust said on Wednesday. The female, identified by a blue leg ring as FK7, arrived on 29 March, "
            "four days before her mate. Trust ranger Isla Munro said the birds had already begun adding fresh sticks "
            "to the nest platform, which was rebuilt last winter after storm damage. Local police have previously "
            "investigated two attempted egg thefts at the site, and the trust has installed CCTV cameras and will "
            "run a 24-hour watch once eggs are laid. Ms Munro said the pair had raised 11 chicks since 2019, and "
            "that footage from the nest would be shared on the trust's website."),
        candidate=(
            "Ospreys have returned to nest at Loch Fennick for a sixth year in a row, the Fennick Wildlife Trust "
            "said. The female, blue-ringed FK7, arrived on 29 March, four days before her mate. Police have "
            "investigated two attempted egg thefts at the site, and the trust has installed CCTV and will keep a "
            "24-hour watch once eggs are laid. According to police, the pair have raised 11 chicks since 2019. The "
            "female, blue-ringed FK7, arrived on 29 March."),
        errors=[
            err("According to police", "attribution", "major", "Ms Munro said"),
            err("The female, blue-ringed FK7, arrived on 29 March", "repetition", "minor", None, occ=1),
        ],
        traps=[
            trap("for a sixth year in a row", "for the sixth consecutive year"),
        ],
    ),
]

# ---------------------------------------------------------------- translations 1
CASES += [
    dict(
        domain="bailiffs", mode="translation", label="consistent",
        reference=(
            "The regional government of Alvareda announced on Thursday that court bailiffs will no longer be allowed "
            "to carry out evictions of families with children under the age of three during the winter months, from "
            "1 November to 31 March. The measure, approved by the regional council with 41 votes in favour and 12 "
            "against, will also require bailiffs to give at least 15 days' written notice before any seizure of "
            "household goods. Housing councillor Marta Ibarreche stated that last year 1,870 evictions were carried "
            "out in the region, nearly a fifth of them involving young children. The association of bailiffs "
            "criticised the decision, arguing that it would delay the recovery of debts owed to small landlords."),
        candidate=(
            "Court bailiffs in the Alvareda region will be barred from evicting families with children younger than "
            "three during the winter, between 1 November and 31 March, the regional executive said on Thursday. The "
            "regional council passed the measure by 41 votes to 12. It also obliges bailiffs to give written notice "
            "of no less than 15 days before seizing any household goods. According to Marta Ibarreche, the "
            "councillor responsible for housing, 1,870 evictions took place in the region last year, almost 20% of "
            "which involved young children. The bailiffs' association has criticised the decision, saying it will "
            "hold up the recovery of debts owed to small landlords."),
        errors=[],
        traps=[
            trap("younger than three", "under the age of three"),
            trap("by 41 votes to 12", "with 41 votes in favour and 12 against"),
            trap("no less than 15 days", "at least 15 days"),
            trap("almost 20%", "nearly a fifth"),
            trap("hold up", "delay"),
        ],
    ),
    dict(
        domain="mudflat walks", mode="translation", label="inconsistent",
        reference=(
            "Guided mudflat walks from the island of Sølvøy to the mainland will be suspended for the rest of the "
            "season after two hikers had to be rescued by helicopter last Sunday, the island's tourism office "
            "announced. The pair, a man of 58 and his 24-year-old daughter, had left the marked route and become "
            "trapped by the incoming tide about three kilometres from shore. Both were taken to hospital in Ribelund "
            "with hypothermia but were released the same evening. The tourism office said the walks would resume in "
            "May next year under new rules: groups will be limited to 25 people and each must be accompanied by two "
            "certified guides. Around 9,000 people took part in the walks last year."),
        candidate=(
            "The tourist office of Sølvøy island has announced that guided walks across the mudflats to the mainland "
            "are suspended until the end of the season, after a helicopter had to rescue two walkers last Sunday. "
            "The two, a 58-year-old man and his daughter, aged 24, had strayed from the marked path and were cut off "
            "by the rising tide roughly three kilometres off the coast. They were taken to hospital in Ribelund "
            "suffering from hypothermia. The walks will start again next May under new regulations, the office "
            "said: no group may exceed 25 participants, and every group must have two certified guides with it. "
            "Last year some 90,000 people went on the walks."),
        errors=[
            omit("suffering from hypothermia", "were released the same evening", "minor"),
            err("some 90,000 people", "number", "major", "Around 9,000 people"),
        ],
        traps=[
            trap("strayed from the marked path", "left the marked route"),
            trap("cut off by the rising tide", "trapped by the incoming tide"),
        ],
    ),
    dict(
        domain="shipwreck diving", mode="translation", label="consistent",
        reference=(
            "The coastguard of Porto Selva has banned recreational diving within 300 metres of the wreck of the "
            "steamship Aurelia, which sank in 1923, after divers were seen removing objects from the site. The "
            "order, signed by commander Luca Ferrandi, took effect on Monday and will remain in force until a "
            "protection plan has been drawn up by the regional heritage office. Anyone who violates the ban faces a "
            "fine of between 2,000 and 10,000 euros. Local diving schools, which take around 3,000 visitors to the "
            "wreck each summer, said they had not been consulted. The heritage office said it hoped to allow "
            "supervised visits again by next spring."),
        candidate=(
            "Recreational divers may no longer come within 300 metres of the Aurelia, a steamer that went down in "
            "1923, after divers were spotted taking items from the wreck, Porto Selva's coastguard has ruled. The "
            "ban, signed by commander Luca Ferrandi, came into force on Monday and will apply until the regional "
            "heritage office has prepared a protection plan. Offenders risk fines ranging from 2,000 to 10,000 "
            "euros. The area's diving schools, which bring some 3,000 visitors to the wreck every summer, said no "
            "one had consulted them. The heritage office said it hoped supervised visits could restart by next "
            "spring."),
        errors=[],
        traps=[
            trap("went down in 1923", "sank in 1923"),
            trap("came into force on Monday", "took effect on Monday"),
            trap("fines ranging from 2,000 to 10,000 euros", "a fine of between 2,000 and 10,000 euros"),
            trap("some 3,000 visitors", "around 3,000 visitors"),
            trap("no one had consulted them", "they had not been consulted"),
        ],
    ),
    dict(
        domain="parking app outages", mode="translation", label="inconsistent",
        reference=(
            "The city of Grauvelden's parking payment app, ParkFlex, was out of service for almost nine hours on "
            "Tuesday, from 7am until shortly before 4pm, leaving thousands of drivers unable to pay for street "
            "parking. The municipal transport department said that no fines would be issued for the period of the "
            "outage and that any penalties already imposed would be cancelled automatically. The failure was caused "
            "by an expired security certificate on a server operated by the app's developer, Nordqvist Digital. "
            "Deputy mayor Helga Brandt described the incident as unacceptable and said the city would review its "
            "contract with the company, which is worth 1.4 million euros a year."),
        candidate=(
            "ParkFlex, the parking payment app used in Grauvelden, went down for nearly nine hours on Tuesday, "
            "between 7am and just after 4pm, so that thousands of motorists could not pay for on-street parking. "
            "According to the city's transport department, no fines will be issued for the duration of the outage, "
            "and penalties that have already been imposed will be withdrawn automatically. The breakdown was due to "
            "a security certificate that had expired on a server run by Nordqvist Digital, the app's developer. "
            "Calling the incident unacceptable, deputy mayor Helga Brandt said the city would re-examine its "
            "1.4-million-euro annual contract with the company."),
        errors=[
            err("just after 4pm", "date", "minor", "shortly before 4pm"),
        ],
        traps=[
            trap("went down", "was out of service"),
            trap("withdrawn automatically", "cancelled automatically"),
            trap("1.4-million-euro annual contract", "worth 1.4 million euros a year"),
        ],
    ),
    dict(
        domain="right to light", mode="translation", label="consistent",
        reference=(
            "The administrative court of Montclerval has cancelled the building permit for a seven-storey apartment "
            "block in the Les Tilleuls district, ruling that it would have deprived neighbouring homes of an "
            "excessive share of their natural light. The case was brought by 23 residents, represented by lawyer "
            "Claire Vaudoyer, who presented a study showing that some ground-floor flats would have lost up to 60 "
            "percent of their direct sunlight in winter. The developer, Immobilière Corvat, had argued that the "
            "project complied with all the town's planning rules. The company has two months to appeal. The mayor's "
            "office said it took note of the decision and would examine whether its local planning regulations "
            "needed to be revised."),
        candidate=(
            "Montclerval's administrative court has annulled the building permit for a seven-storey residential "
            "building in the Les Tilleuls area, on the grounds that it would have robbed adjacent homes of an "
            "excessive amount of natural light. The 23 residents who brought the case were represented by lawyer "
            "Claire Vaudoyer, who submitted a study indicating that certain ground-floor apartments would have lost "
            "as much as 60% of their direct sunlight in winter. The developer, Immobilière Corvat, had maintained "
            "that the scheme respected all of the town's planning rules. It has two months in which to lodge an "
            "appeal. The town hall said it had noted the ruling and would look at whether its local planning "
            "regulations should be changed."),
        errors=[],
        traps=[
            trap("annulled", "cancelled"),
            trap("as much as 60%", "up to 60 percent"),
            trap("had maintained", "had argued"),
            trap("It has two months in which to lodge an appeal", "The company has two months to appeal"),
            trap("The town hall said it had noted the ruling", "The mayor's office said it took note of the decision"),
        ],
    ),
]

# ---------------------------------------------------------------- translations 2
CASES += [
    dict(
        domain="japanese knotweed", mode="translation", label="inconsistent",
        reference=(
            "A homeowner in the town of Drevenhaag has won a case against her neighbour, a property company, over "
            "Japanese knotweed that spread from its land into her garden. The district court ordered Veldkamp "
            "Vastgoed to pay 18,500 euros in damages to Anneke Mulder and to fund the removal of the plant from both "
            "properties. Experts told the court the roots had reached the foundations of Ms Mulder's garden shed. "
            "The company said it might appeal. According to the municipality, knotweed has been recorded at more "
            "than 300 sites in the town, and owners are obliged to report it but are not required to remove it."),
        candidate=(
            "A resident of Drevenhaag has been successful in legal action against the property company next door "
            "after Japanese knotweed spread from her garden onto its land. The district court ruled that Veldkamp "
            "Vastgoed must pay Anneke Mulder 18,500 euros in compensation and cover the cost of removing the plant "
            "from both plots. According to experts who gave evidence, the roots had got as far as the foundations of "
            "Ms Mulder's garden shed. The company said it would appeal. The municipality says knotweed has been "
            "found at over 300 locations in the town; owners have a duty to report it but no obligation to remove "
            "it."),
        errors=[
            err("spread from her garden onto its land", "role", "critical", "spread from its land into her garden"),
            err("would appeal", "modality", "major", "might appeal"),
        ],
        traps=[
            trap("in compensation", "in damages"),
            trap("over 300 locations", "more than 300 sites"),
            trap("no obligation to remove it", "are not required to remove it"),
        ],
    ),
    dict(
        domain="bodger chairs", mode="translation", label="consistent",
        reference=(
            "A chair made by the nineteenth-century woodturner Jan Hruza, one of the last rural 'bodgers' of the "
            "Kravina forest, sold at auction in Lessno on Saturday for 46,000 crowns, more than four times its "
            "estimate. The beech Windsor-style chair, turned on a traditional pole lathe, was bought by the regional "
            "museum, which plans to display it from the autumn alongside Hruza's original tools. Auctioneer Pavel "
            "Dostal said bidding had been unusually lively, with eight bidders in the room and several more by "
            "telephone. Until now the museum had owned only two pieces attributed to Hruza, both of them stools."),
        candidate=(
            "On Saturday, an auction in Lessno saw a chair by Jan Hruza, a nineteenth-century woodturner and one of "
            "the last country 'bodgers' of the Kravina forest, fetch 46,000 crowns, over four times the estimate. "
            "The buyer was the regional museum, which intends to put the Windsor-style beech chair, made on a "
            "traditional pole lathe, on show from the autumn together with Hruza's own tools. According to "
            "auctioneer Pavel Dostal, the bidding was unusually animated, with eight people bidding in the saleroom "
            "and a number of others by phone. The museum previously held just two items attributed to Hruza, both "
            "stools."),
        errors=[],
        traps=[
            trap("over four times the estimate", "more than four times its estimate"),
            trap("unusually animated", "unusually lively"),
            trap("a number of others by phone", "several more by telephone"),
            trap("previously held just two items", "Until now the museum had owned only two pieces"),
        ],
    ),
    dict(
        domain="cork oaks", mode="translation", label="inconsistent",
        reference=(
            "Cork producers in the Alto Serrano region expect this year's harvest to be around 15 percent smaller "
            "than last year's, because of the prolonged drought that affected the trees in the spring, the "
            "producers' association Corticeira Unida announced on Monday. Its president, Rui Fontela, said that the "
            "quality of the cork was nevertheless good and that prices should remain stable. The harvest, which can "
            "only take place between May and August, when the bark separates easily from the trunk, employs about "
            "1,200 seasonal workers in the region. Fontela also warned that young cork oaks planted over the past "
            "decade were not receiving enough water and asked the government to support irrigation projects."),
        candidate=(
            "The producers' association Corticeira Unida said on Monday that cork growers in the Alto Serrano region "
            "are expecting a harvest about 15 percent down on last year, as a result of the long drought that hit "
            "the trees during the spring. The association's president, Rui Fontela, stated that the cork was not of "
            "good quality, though prices ought to stay stable. Stripping can only be done from May to August, when "
            "the bark comes away from the trunk easily, and it gives work to some 1,200 seasonal labourers in the "
            "region. Fontela also cautioned that young cork oaks planted in the last ten years were short of water, "
            "and called on the government to back irrigation schemes."),
        errors=[
            err("the cork was not of good quality", "polarity", "major",
                "the quality of the cork was nevertheless good"),
        ],
        traps=[
            trap("about 15 percent down on last year", "around 15 percent smaller than last year's"),
            trap("in the last ten years", "over the past decade"),
            trap("were short of water", "were not receiving enough water"),
        ],
    ),
    dict(
        domain="radio control boats", mode="translation", label="consistent",
        reference=(
            "The town council of Altwendorf has lifted the ban on radio-controlled model boats on the Mühlweiher "
            "pond, which had been in force since 2019, following an agreement with the local model-building club. "
            "Under the new rules, boats may be sailed only on Saturdays and Sundays between 10 a.m. and 6 p.m., and "
            "combustion engines remain prohibited. Club chairman Dieter Ambros said that the 65 members would "
            "themselves make sure the rules were observed and would clean the banks once a month. The ban had been "
            "introduced after complaints from anglers and walkers about noise and disturbance to nesting waterfowl. "
            "During the breeding season, from April to June, the eastern part of the pond will remain closed to "
            "boats."),
        candidate=(
            "Altwendorf town council has ended the prohibition on remote-controlled model boats on the Mühlweiher "
            "pond, in place since 2019, after reaching an agreement with the local model-building club. Under the "
            "new regulations boats may only be sailed at weekends, from 10 in the morning to 6 in the evening, and "
            "combustion engines are still not allowed. The club's 65 members will themselves ensure that the rules "
            "are respected and will clean up the banks every month, said club chairman Dieter Ambros. The ban was "
            "brought in after anglers and walkers complained about noise and about nesting waterfowl being "
            "disturbed. The eastern section of the pond will stay off limits to boats in the breeding season, from "
            "April until June."),
        errors=[],
        traps=[
            trap("ended the prohibition", "lifted the ban"),
            trap("at weekends", "on Saturdays and Sundays"),
            trap("from 10 in the morning to 6 in the evening", "between 10 a.m. and 6 p.m."),
            trap("every month", "once a month"),
            trap("stay off limits to boats", "remain closed to boats"),
        ],
    ),
    dict(
        domain="farrier strikes", mode="translation", label="inconsistent",
        reference=(
            "Farriers in the province of Haut-Vermeil began a three-day strike on Monday to protest against a new "
            "regulation that requires them to hold a veterinary-approved certificate to trim and shoe horses. The "
            "farriers' union, led by Bertrand Lacombe, says that around 400 of the province's 520 farriers do not "
            "yet have the certificate and that the training course costs 2,300 euros. The provincial agriculture "
            "department stated that the rule aims to improve animal welfare and that a transitional period of 18 "
            "months is planned. Riding schools have warned that competitions scheduled for the weekend could be "
            "cancelled if horses cannot be shod in time."),
        candidate=(
            "On Monday farriers across Haut-Vermeil province started a 72-hour strike against a new rule obliging "
            "them to hold a certificate approved by vets before they can trim and shoe horses. The farriers' union, "
            "headed by Bertrand Lacombe, says that roughly 400 of the 520 farriers in the province still lack the "
            "certificate, and that the training course costs 2,300 euros. According to the provincial veterinary "
            "department, the purpose of the rule is better animal welfare, and an 18-month transition period is "
            "foreseen. Riding schools warn that this weekend's competitions may have to be called off if horses "
            "cannot be shod in time."),
        errors=[
            err("the provincial veterinary department", "entity", "major",
                "The provincial agriculture department"),
        ],
        traps=[
            trap("a 72-hour strike", "a three-day strike"),
            trap("an 18-month transition period is foreseen", "a transitional period of 18 months is planned"),
            trap("called off", "cancelled"),
        ],
    ),
]


# ---------------------------------------------------------------- build & validate
def find_nth(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def word_ok(cand, start, end):
    """True when [start, end) does not cut a word."""
    if start > 0 and cand[start - 1].isalnum() and cand[start].isalnum():
        return False
    if end < len(cand) and cand[end - 1].isalnum() and cand[end].isalnum():
        return False
    return True


def build():
    problems = []
    records = []

    def bad(cid, msg):
        problems.append(f"{cid}: {msg}")

    if len(CASES) != 40:
        problems.append(f"expected 40 cases, got {len(CASES)}")
    domains = [c["domain"] for c in CASES]
    if sorted(domains) != sorted(DOMAINS) or len(set(domains)) != len(domains):
        problems.append("domains do not match the list one-to-one")

    for i, c in enumerate(CASES, 1):
        cid = f"s74-{i:03d}"
        ref, cand, mode, label = c["reference"], c["candidate"], c["mode"], c["label"]
        if mode not in ("rewrite", "summary", "translation"):
            bad(cid, f"bad mode {mode}")
        if label not in ("consistent", "inconsistent"):
            bad(cid, f"bad label {label}")
        for name, t in (("reference", ref), ("candidate", cand)):
            if "  " in t or t != t.strip() or '"' in t:
                bad(cid, f"{name} has stray spaces or double quotes")
        nw = len(ref.split())
        if not 70 <= nw <= 190:
            bad(cid, f"reference has {nw} words")
        if mode == "summary" and not (len(cand) < len(ref) and len(cand.split()) < nw):
            bad(cid, "summary not shorter than reference")
        if cand == ref:
            bad(cid, "candidate equals reference")

        spans = []  # (start, end, kind)
        errors = []
        for e in c["errors"]:
            et, sev, rt = e["type"], e["severity"], e["ref_text"]
            if et not in ERROR_TYPES:
                bad(cid, f"bad error type {et}")
            if sev not in SEVERITIES:
                bad(cid, f"bad severity {sev}")
            if et == "omission":
                if mode == "summary":
                    bad(cid, "omission in a summary")
                p = find_nth(cand, e["after"], e["occ"])
                if p < 0:
                    bad(cid, f"omission anchor not found: {e['after']!r}")
                    continue
                start = end = p + len(e["after"])
                if not rt or rt not in ref:
                    bad(cid, f"omission ref_text not in reference: {rt!r}")
                if rt and rt.lower() in cand.lower():
                    bad(cid, f"omitted words present in candidate: {rt!r}")
                if end < len(cand) and cand[end - 1].isalnum() and cand[end].isalnum():
                    bad(cid, "omission point cuts a word")
                text = ""
            else:
                text = e["text"]
                start = find_nth(cand, text, e["occ"])
                if not text or start < 0:
                    bad(cid, f"error text not found: {text!r} occ {e['occ']}")
                    continue
                end = start + len(text)
                if not word_ok(cand, start, end):
                    bad(cid, f"error span cuts a word: {text!r}")
                if et in ("addition", "repetition"):
                    if rt is not None:
                        bad(cid, f"{et} must have ref_text null")
                    if et == "repetition" and cand.find(text) >= start:
                        bad(cid, "repetition span is not a later copy")
                elif not rt or rt not in ref:
                    bad(cid, f"error ref_text not in reference: {rt!r}")
                elif rt == text:
                    bad(cid, f"error text identical to ref_text: {text!r}")
            spans.append((start, end, "error"))
            errors.append({"start": start, "end": end, "text": text, "type": et,
                           "severity": sev, "ref_text": rt})

        traps = []
        for t in c["traps"]:
            text, rt = t["text"], t["ref_text"]
            start = find_nth(cand, text, t["occ"])
            if not text or start < 0:
                bad(cid, f"trap text not found: {text!r}")
                continue
            end = start + len(text)
            if not word_ok(cand, start, end):
                bad(cid, f"trap span cuts a word: {text!r}")
            if rt not in ref:
                bad(cid, f"trap ref_text not in reference: {rt!r}")
            if text.lower() == rt.lower() or text in ref:
                bad(cid, f"trap is not a rewording: {text!r}")
            spans.append((start, end, "trap"))
            traps.append({"start": start, "end": end, "text": text, "ref_text": rt})

        spans.sort()
        for (s1, e1, _), (s2, e2, _) in zip(spans, spans[1:]):
            if s2 < e1 or (s1 == e1 and s1 > s2) or (s2 == e2 and s1 < s2 < e1):
                bad(cid, f"overlapping spans at {s1}-{e1} / {s2}-{e2}")
        for (s, e, _) in spans:
            for (s2, e2, _) in spans:
                if s2 == e2 and s < s2 < e:
                    bad(cid, "omission point inside another span")

        if label == "consistent":
            if errors:
                bad(cid, "consistent pair carries errors")
            if not 3 <= len(traps) <= 5:
                bad(cid, f"consistent pair has {len(traps)} traps")
        else:
            if not 1 <= len(errors) <= 2:
                bad(cid, f"inconsistent pair has {len(errors)} errors")
            if len(traps) > 3:
                bad(cid, f"inconsistent pair has {len(traps)} traps")

        records.append({"id": cid, "domain": c["domain"], "mode": mode,
                        "reference": ref, "candidate": cand, "label": label,
                        "errors": sorted(errors, key=lambda x: x["start"]),
                        "traps": sorted(traps, key=lambda x: x["start"])})

    # composition
    def count(key, val):
        return sum(1 for r in records if r[key] == val)
    want = {("mode", "rewrite"): 20, ("mode", "summary"): 10, ("mode", "translation"): 10,
            ("label", "consistent"): 20, ("label", "inconsistent"): 20}
    for (k, v), n in want.items():
        if count(k, v) != n:
            problems.append(f"{k}={v}: {count(k, v)} (want {n})")
    for m in ("rewrite", "summary", "translation"):
        cons = sum(1 for r in records if r["mode"] == m and r["label"] == "consistent")
        if cons * 2 != count("mode", m):
            problems.append(f"mode {m}: {cons} consistent of {count('mode', m)}")
    all_errors = [e for r in records for e in r["errors"]]
    if len(all_errors) != 30:
        problems.append(f"{len(all_errors)} errors (want 30)")
    for t in ERROR_TYPES:
        n = sum(1 for e in all_errors if e["type"] == t)
        if n < 2:
            problems.append(f"error type {t}: only {n}")
    return records, problems


def summary(records):
    from collections import Counter
    lines = []
    lines.append("modes: " + str(dict(Counter(r["mode"] for r in records))))
    lines.append("labels: " + str(dict(Counter(r["label"] for r in records))))
    lines.append("mode x label: " + str(dict(Counter((r["mode"], r["label"]) for r in records))))
    errs = [e for r in records for e in r["errors"]]
    lines.append(f"errors ({len(errs)}): " + str(dict(Counter(e["type"] for e in errs))))
    lines.append("severities: " + str(dict(Counter(e["severity"] for e in errs))))
    lines.append("traps: " + str(sum(len(r["traps"]) for r in records)))
    lines.append("errors per inconsistent pair: " + str(dict(Counter(
        len(r["errors"]) for r in records if r["label"] == "inconsistent"))))
    wc = [len(r["reference"].split()) for r in records]
    lines.append(f"reference words: min {min(wc)} max {max(wc)}")
    return "\n".join(lines)


def main():
    records, problems = build()
    if problems:
        print("VALIDATION FAILED:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print(summary(records))
    if "--check" in sys.argv[1:]:
        print("check only: all valid, nothing written")
        return
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set74.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {out}")


if __name__ == "__main__":
    main()
