#!/usr/bin/env python3
"""Held-out evaluation set 52 for the fact-comparison tool.

How it was made: every pair below was hand-written by a helper that saw no code
or data of the project, working only from a written brief. All people,
companies, organisations, places and figures are invented (real countries
appear only as background). Character offsets are never typed by hand: they are
computed by string search (with an occurrence index where a quoted text
repeats), and the whole set is validated before anything is written.

Composition (40 pairs, one domain each):
  modes:  20 rewrite, 10 summary, 10 translation (half of each consistent)
  labels: 20 consistent, 20 inconsistent
  errors: 30 in total -- entity 3, number 4, date 3, role 3, polarity 3,
          modality 3, attribution 3, event 2, omission 2, addition 2,
          repetition 2; ten inconsistent pairs carry one error, ten carry two
  traps:  3-5 per consistent pair, 0-3 per inconsistent pair

Usage:  python3 make_set52.py           validate and write set52.jsonl
        python3 make_set52.py --check   validate only, write nothing
"""
import json
import os
import sys
from collections import Counter

N = 52
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set%d.jsonl" % N)

DOMAINS = [
    "treetop walks", "slipways", "chandlers", "dredgers", "lightships",
    "bathing machines", "splash parks", "wave machines", "tidal pools",
    "cat shows", "poultry shows", "reptile houses", "ant farms",
    "compost schemes", "hurdle makers", "straw plaiting", "smocking",
    "dovecotes", "grottoes", "laser tag", "axe throwing",
    "soft play centres", "go-kart tracks", "banger racing", "monster trucks",
    "spinning wheels", "cobblers", "piano tuners", "ukulele clubs",
    "ceilidhs", "tap dancing", "mime artists", "closed captions",
    "citizenship ceremonies", "electoral registers", "recount disputes",
    "freedom of the borough", "heraldry", "kitesurfing schools",
    "hot tub rules",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}

CASES = []


def E(text, etype, severity, ref_text, occ=0):
    """An error span: `text` (occurrence `occ`) in the candidate."""
    return {"text": text, "type": etype, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def OM(anchor, ref_text, severity, occ=0):
    """An omission: zero-width span at the END of `anchor` (occurrence occ)."""
    return {"anchor": anchor, "type": "omission", "severity": severity,
            "ref_text": ref_text, "occ": occ}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording `text` of reference wording `ref_text`."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------------------
# Rewrites, part 1 (cases 1-10)
# ---------------------------------------------------------------------------

case("treetop walks", "rewrite", "consistent",
     "Hollerton Forest Trust said on Thursday that its new treetop walk at "
     "Brackenmoor Wood will open to the public on 14 June, three weeks later "
     "than planned, after inspectors asked for additional handrails on two of "
     "the suspended bridges. The 620-metre walkway, which rises to 18 metres "
     "above the forest floor, cost £2.4 million, of which half was provided by "
     "the regional tourism fund. Chief executive Marian Oduya said the delay "
     "was 'frustrating but necessary' and that tickets already bought for May "
     "would be honoured on any date until the end of September. The trust "
     "expects around 90,000 visitors in the first year. Children under eight "
     "will not be allowed on the walk unless accompanied by an adult.",
     "The Hollerton Forest Trust's new treetop walk at Brackenmoor Wood will "
     "now welcome its first visitors on 14 June, 21 days behind schedule, "
     "because inspectors wanted extra handrails fitted to two of its suspended "
     "bridges, the trust announced on Thursday. Half of the £2.4m cost of the "
     "620m walkway, which climbs to 18 metres above the forest floor, came "
     "from the regional tourism fund. Describing the delay as 'frustrating but "
     "necessary', Marian Oduya, the trust's chief executive, said tickets "
     "already bought for May would remain valid on any date up to the end of "
     "September. The trust is forecasting roughly 90,000 visitors in its first "
     "12 months. Under-eights will only be admitted to the walk with an adult.",
     traps=[
         T("21 days behind schedule", "three weeks later than planned"),
         T("£2.4m", "£2.4 million"),
         T("roughly 90,000 visitors in its first 12 months",
           "around 90,000 visitors in the first year"),
         T("Under-eights will only be admitted to the walk with an adult",
           "Children under eight will not be allowed on the walk unless "
           "accompanied by an adult"),
     ])

case("slipways", "rewrite", "inconsistent",
     "Kelsby Harbour Board has approved a £780,000 scheme to rebuild the "
     "public slipway at Gannet Quay, which has been closed to boat trailers "
     "since storms cracked its lower section in January. Work by contractor "
     "Tarrow Marine is due to start in October and last about 16 weeks, with "
     "the slipway expected to reopen before the Easter holidays. The board's "
     "harbourmaster, Glyn Pardoe, said the new ramp would be four metres wider "
     "than the old one and would have a non-slip concrete surface. Launch fees "
     "for small craft will stay at £12 a day for residents, but will rise to "
     "£18 for visitors from next April. Pedestrian access to the quay will be "
     "maintained throughout the works.",
     "A £780,000 rebuild of the public slipway at Gannet Quay has been given "
     "the go-ahead by Kelsby Harbour Board. The ramp has been shut to boat "
     "trailers since January, when storms cracked its lower section. "
     "Contractor Tarrow Marine is due to begin work in October, and the job "
     "should take around 16 weeks, with the slipway likely to reopen before "
     "the Easter holidays. According to harbourmaster Glyn Pardoe, the new "
     "ramp will be four metres wider than its predecessor and will have a "
     "concrete surface. Residents will continue to pay £12 a day to launch "
     "small craft, while visitors will be charged £16 from next April. People "
     "on foot will still be able to reach the quay throughout the works.",
     errors=[
         OM("will have a ", "non-slip", "minor"),
         E("£16", "number", "major", "£18"),
     ],
     traps=[
         T("given the go-ahead", "approved"),
         T("likely to reopen", "expected to reopen"),
     ])

case("chandlers", "rewrite", "consistent",
     "Marine supplies retailer Pelling & Crowe will close four of its twelve "
     "chandlery stores by the end of March, the company said in a statement "
     "on Monday, blaming a 30 per cent fall in sales of sailing equipment over "
     "two years. About 45 staff are affected, and the company said it would "
     "try to offer each of them a post at one of its remaining shops. The "
     "branches at Wexmouth, Carrow Point, Denhall and Strand Bay will shut, "
     "while the flagship store at Ashby Marina will be extended. Managing "
     "director Fiona Larkworthy said online orders now account for more than "
     "half of turnover. The firm, founded in 1964, employs roughly 260 people.",
     "A third of Pelling & Crowe's twelve chandleries are to close by the end "
     "of March. In a statement issued on Monday, the marine supplies retailer "
     "pointed to a 30% drop in sailing equipment sales over the past two "
     "years. The Wexmouth, Carrow Point, Denhall and Strand Bay shops will go, "
     "but the flagship at Ashby Marina is to be enlarged. Some 45 employees "
     "are affected; the company said it would seek to offer every one of them "
     "a job at one of the stores that remain open. More than 50% of turnover "
     "now comes from online orders, according to Fiona Larkworthy, the "
     "managing director. Founded in 1964, the business has a workforce of "
     "about 260.",
     traps=[
         T("A third of Pelling & Crowe's twelve chandleries",
           "four of its twelve chandlery stores"),
         T("30% drop", "30 per cent fall"),
         T("would seek to offer every one of them", "would try to offer each "
           "of them"),
         T("More than 50% of turnover", "more than half of turnover"),
     ])

case("dredgers", "rewrite", "inconsistent",
     "The Port of Ellingford has awarded a £14 million contract to deepen its "
     "main shipping channel to Dutch-owned dredging firm Van Ostade Maritime, "
     "beating two rival bids. The work, which will remove an estimated 1.1 "
     "million cubic metres of silt, will allow vessels with a draught of up to "
     "13 metres to use the port at all states of the tide. Dredging is "
     "scheduled to begin in early September and finish by February. The "
     "port's operations director, Callum Freethy, said the spoil would be "
     "taken to a licensed disposal site 12 miles offshore. Local fishing "
     "groups have asked for assurances that the work will pause during the "
     "spring herring season.",
     "Dutch-owned Van Ostade Maritime has won a £14m contract to deepen the "
     "Port of Ellingford's main shipping channel, seeing off two competing "
     "bids. An estimated 1.1 million cubic metres of silt will be removed, "
     "enabling ships drawing up to 13 metres to enter the port whatever the "
     "state of the tide. The dredging is due to get under way in early "
     "September and be completed by February. According to Callum Freethy, "
     "the port's operations director, the spoil will be taken to a licensed "
     "disposal site 12 miles out to sea. The port has sought assurances from "
     "local fishing groups that the work will pause during the spring herring "
     "season.",
     errors=[
         E("The port has sought assurances from local fishing groups", "role",
           "major", "Local fishing groups have asked for assurances"),
     ],
     traps=[
         T("£14m", "£14 million"),
         T("seeing off two competing bids", "beating two rival bids"),
     ])

case("lightships", "rewrite", "consistent",
     "A decommissioned lightship that guarded the Harnock Sands for almost "
     "half a century is to become a floating museum after Brinmouth Town "
     "Council agreed to buy it for a nominal £1. The 42-metre vessel, Lantern "
     "Star, was withdrawn from service in 1989 and has been moored at Callow "
     "Creek since 2003. The council will spend up to £350,000 restoring the "
     "hull and deck before the ship is towed to the town's inner harbour, "
     "probably in spring 2026. Councillor Adaeze Whitcombe, who leads on "
     "culture, said volunteers from the Brinmouth Maritime Society would run "
     "guided tours. The society has raised £60,000 towards fitting out the "
     "interior.",
     "Lantern Star, the retired lightship that kept watch over the Harnock "
     "Sands for nearly 50 years, will be turned into a floating museum now "
     "that Brinmouth Town Council has agreed to acquire the 42m vessel for a "
     "token £1. Taken out of service in 1989, the ship has lain at Callow "
     "Creek since 2003. As much as £350,000 of council money will go on "
     "restoring its hull and deck, after which it will be towed to the town's "
     "inner harbour, most likely in the spring of 2026. Guided tours will be "
     "run by volunteers from the Brinmouth Maritime Society, according to "
     "Adaeze Whitcombe, the councillor responsible for culture. The society "
     "has collected £60,000 towards fitting out the interior.",
     traps=[
         T("nearly 50 years", "almost half a century"),
         T("a token £1", "a nominal £1"),
         T("As much as £350,000", "up to £350,000"),
         T("most likely in the spring of 2026", "probably in spring 2026"),
     ])

case("bathing machines", "rewrite", "inconsistent",
     "A restored Victorian bathing machine will go on display on the "
     "promenade at Saltham from 1 July, the Saltham Heritage Trust has "
     "announced. The wooden hut on wheels, built around 1885, was found in a "
     "farm building near Oxley in 2021 and has been repaired by apprentices at "
     "Durnford College over the past 18 months. Trust chair Beatrice Hallam "
     "said it was one of only three such machines known to survive on this "
     "stretch of coast. The exhibit will be displayed under a glass canopy "
     "until the end of October and then moved indoors for the winter. Curator "
     "Tomasz Wieland said the trust hoped to borrow a second machine from a "
     "private collector next year.",
     "From 1 July, visitors to Saltham's promenade will be able to see a "
     "restored Victorian bathing machine, the Saltham Heritage Trust has "
     "said. The wooden hut on wheels, dating from the 1850s, turned up in a "
     "farm building near Oxley in 2021 and has spent the last year and a half "
     "being repaired by Durnford College apprentices. It is one of only three "
     "such machines known to survive on this part of the coast, curator "
     "Tomasz Wieland said, adding that the trust hoped to borrow a second one "
     "from a private collector next year. It will sit beneath a glass canopy "
     "until the end of October before being brought indoors for the winter.",
     errors=[
         E("dating from the 1850s", "date", "major", "built around 1885"),
         E("curator Tomasz Wieland said", "attribution", "major",
           "Trust chair Beatrice Hallam said"),
     ],
     traps=[
         T("the last year and a half", "the past 18 months"),
     ])

case("splash parks", "rewrite", "consistent",
     "Dunmere District Council will spend £410,000 converting a disused "
     "paddling pool in Lindley Park into a splash park, with work due to begin "
     "after the summer holidays. The new facility will feature 24 water jets "
     "and a tipping bucket, and will use a recirculating system that the "
     "council says will cut water consumption by about 70 per cent compared "
     "with the old pool. It is expected to open in May next year and will be "
     "free to use. Councillor Owen Prideaux, cabinet member for leisure, said "
     "the old pool had been closed since 2019 because repairs were too "
     "costly. The park will be open from 10am to 6pm daily between May and "
     "September.",
     "A disused paddling pool in Lindley Park is to be turned into a splash "
     "park by Dunmere District Council at a cost of £410,000. Work is due to "
     "start once the summer holidays are over. Besides a tipping bucket, the "
     "attraction will have 24 water jets, and the council says its "
     "recirculating system will use roughly 70% less water than the old pool "
     "did. Entry will be free when it opens, which is likely to be in May "
     "next year. The old pool has been shut since 2019 because it was too "
     "expensive to repair, said Owen Prideaux, the council's cabinet member "
     "for leisure. Opening hours will be 10am until 6pm every day from May to "
     "September.",
     traps=[
         T("once the summer holidays are over", "after the summer holidays"),
         T("use roughly 70% less water", "cut water consumption by about 70 "
           "per cent"),
         T("likely to be in May next year", "expected to open in May next "
           "year"),
         T("10am until 6pm every day", "10am to 6pm daily"),
     ])

case("wave machines", "rewrite", "inconsistent",
     "The operator of the Riverside Leisure Pool in Harwell Cross says its "
     "30-year-old wave machine may have to be switched off permanently unless "
     "£95,000 can be found for a replacement compressor. Oakline Leisure, "
     "which runs the pool on behalf of the council, said the machine had "
     "broken down six times since January and engineers could no longer "
     "source parts. General manager Priya Castellane said the company had "
     "applied for a grant from the Harwell Community Fund and would hear the "
     "outcome in August. In the meantime, wave sessions have been reduced "
     "from four a day to two. Regular swimming will not be affected.",
     "Riverside Leisure Pool's 30-year-old wave machine will have to be "
     "switched off permanently unless £95,000 is raised for a new compressor, "
     "its operator has warned. Oakline Leisure, which manages the Harwell "
     "Cross pool for the council, said there had been six breakdowns since "
     "January and engineers were no longer able to obtain parts. An "
     "application has gone in to the Harwell Community Fund for a grant, with "
     "a decision due in August, according to general manager Priya "
     "Castellane. Until then, the number of daily wave sessions has been "
     "halved to two. Ordinary swimming sessions will continue as normal.",
     errors=[
         E("will have to be switched off permanently", "modality", "major",
           "may have to be switched off permanently"),
     ],
     traps=[
         T("no longer able to obtain parts", "could no longer source parts"),
         T("halved to two", "reduced from four a day to two"),
     ])

case("tidal pools", "rewrite", "consistent",
     "Volunteers have finished repairing the tidal pool at Merrow Cove, which "
     "was badly damaged during storms in November 2023. The 1930s pool, which "
     "fills naturally at high tide, had lost a section of its seaward wall "
     "about 15 metres long. The Friends of Merrow Cove Pool raised £48,000 "
     "through donations and a crowdfunding appeal, and the remaining £22,000 "
     "came from the parish council. Group secretary Lionel Ashcombe said about "
     "120 people had given their time over nine weekends. The pool will "
     "reopen on Saturday with a free swim. The group has warned that there "
     "are no lifeguards and that swimmers should not use the pool in rough "
     "seas.",
     "Repairs to the tidal pool at Merrow Cove, which storms badly damaged in "
     "November 2023, have been completed by volunteers. The pool, built in "
     "the 1930s and filled naturally by the high tide, had lost roughly 15 "
     "metres of its seaward wall. The Friends of Merrow Cove Pool raised "
     "£48,000 from donations and a crowdfunding appeal, with the parish "
     "council contributing the other £22,000. Around 120 people volunteered "
     "across nine weekends, according to Lionel Ashcombe, the group's "
     "secretary. A free swim on Saturday will mark the reopening. The group "
     "has warned that the pool has no lifeguards and that swimmers should "
     "stay out of it when seas are rough.",
     traps=[
         T("which storms badly damaged", "which was badly damaged during "
           "storms"),
         T("roughly 15 metres of its seaward wall", "a section of its seaward "
           "wall about 15 metres long"),
         T("the other £22,000", "the remaining £22,000"),
         T("Around 120 people volunteered", "about 120 people had given their "
           "time"),
     ])

case("cat shows", "rewrite", "inconsistent",
     "A Maine Coon named Sir Bramble, owned by breeder Harriet Quennell of "
     "Lowbridge, was named best in show at the Westerfield Cat Fanciers' "
     "Championship on Sunday, beating 340 other entrants. The runner-up was a "
     "Siamese, Moonpetal Kasimir, shown by Derek Alsop. Judges said the "
     "standard was the highest since the show moved to the Westerfield "
     "Exhibition Hall in 2016. Organisers confirmed that no cats had been "
     "withdrawn on veterinary grounds this year, after three were removed in "
     "2023. Entry numbers were up by about a fifth. Proceeds from the £8 "
     "admission fee will go to the Westerfield Animal Rescue Trust.",
     "Sir Bramble, a Maine Coon belonging to Lowbridge breeder Harriet "
     "Quennell, took best in show at Sunday's Westerfield Cat Fanciers' "
     "Championship, seeing off 340 rivals. Second place went to Moonpetal "
     "Kasimir, a Siamese shown by Derek Alsop. According to the judges, the "
     "standard was the highest since the show relocated to the Westerfield "
     "Exhibition Hall in 2016. Organisers confirmed that cats had again been "
     "withdrawn on veterinary grounds this year, as three were in 2023. "
     "Entries rose by roughly 20 per cent, and money from the £8 admission "
     "charge will go to the Lowbridge Animal Rescue Trust.",
     errors=[
         E("cats had again been withdrawn", "polarity", "major",
           "no cats had been withdrawn"),
         E("Lowbridge Animal Rescue Trust", "entity", "major",
           "Westerfield Animal Rescue Trust"),
     ],
     traps=[
         T("seeing off 340 rivals", "beating 340 other entrants"),
         T("rose by roughly 20 per cent", "were up by about a fifth"),
     ])

# ---------------------------------------------------------------------------
# Rewrites, part 2 (cases 11-20)
# ---------------------------------------------------------------------------

case("poultry shows", "rewrite", "consistent",
     "The Fennick Valley Poultry Show will go ahead on 7 September after a "
     "two-year suspension caused by avian influenza restrictions, organisers "
     "have confirmed. Birds will only be accepted from flocks registered with "
     "the national poultry register, and every exhibitor must sign a health "
     "declaration. Show secretary Gwen Tarrant said about 600 birds were "
     "expected, compared with more than 900 at the last show in 2022. The "
     "event, held at Fennick Showground, will include classes for bantams, "
     "waterfowl and eggs for the first time. Adult tickets will cost £6, with "
     "under-16s admitted free. The show will be called off if new "
     "restrictions are imposed before the date.",
     "Organisers have confirmed that the Fennick Valley Poultry Show will "
     "return on 7 September, having been suspended for two years because of "
     "bird flu restrictions. Only birds from flocks on the national poultry "
     "register will be accepted, and all exhibitors will have to sign a "
     "health declaration. Around 600 birds are expected, show secretary Gwen "
     "Tarrant said, down from over 900 when it was last held in 2022. For the "
     "first time, the event at Fennick Showground will have classes for "
     "bantams, waterfowl and eggs. Tickets are £6 for adults and free for "
     "anyone under 16. Should fresh restrictions be brought in before the "
     "show, it will be cancelled.",
     traps=[
         T("bird flu restrictions", "avian influenza restrictions"),
         T("over 900", "more than 900"),
         T("free for anyone under 16", "under-16s admitted free"),
         T("Should fresh restrictions be brought in before the show, it will "
           "be cancelled", "The show will be called off if new restrictions "
           "are imposed before the date"),
     ])

case("reptile houses", "rewrite", "inconsistent",
     "Corvell Zoo's reptile house will close for eight months from November "
     "while its heating and ventilation systems are replaced, the zoo "
     "announced on Wednesday. The £1.6 million project is being paid for "
     "partly by a legacy from a former keeper. About 140 animals, including "
     "the zoo's two Komodo dragons, will be moved to temporary enclosures "
     "elsewhere on the site, and some will be visible to the public. Zoo "
     "director Hamish Oyelaran said the 1970s building used three times as "
     "much energy as a modern equivalent. The reptile house is due to reopen "
     "in July, with new displays on island species.",
     "The reptile house at Corvell Zoo is to shut for eight months from "
     "November so that its heating and ventilation systems can be replaced, "
     "the zoo said on Wednesday. A legacy left by a former keeper is covering "
     "part of the £1.6m cost. Some 140 animals, among them the zoo's two "
     "Komodo dragons, will be rehoused in temporary enclosures elsewhere on "
     "the site, and some will remain on view to the public. According to zoo "
     "director Hamish Oyelaran, the 1970s building uses three times as much "
     "energy as a modern equivalent. It is due to reopen in July with new "
     "displays on island species, and some will remain on view to the "
     "public.",
     errors=[
         E("and some will remain on view to the public", "repetition",
           "minor", None, occ=1),
     ],
     traps=[
         T("£1.6m", "£1.6 million"),
         T("Some 140 animals", "About 140 animals"),
     ])

case("ant farms", "rewrite", "consistent",
     "Toy maker Brightwell Scientific has withdrawn its Formica Explorer ant "
     "farm kit from sale after customers complained that the mail-in voucher "
     "for live ants could not be redeemed. The company said on Friday that "
     "its ant supplier, Harlan Insect Supplies, had stopped trading in April, "
     "leaving about 4,200 vouchers unfulfilled. Brightwell will refund the "
     "full £24.99 price to anyone who returns a kit with an unused voucher, "
     "and it expects to resume sales in the autumn once a new supplier has "
     "been found. Spokeswoman Claudia Venn said the company apologised for "
     "the inconvenience. The kit was launched last year and sold around "
     "11,000 units.",
     "Brightwell Scientific, the toy maker, has taken its Formica Explorer "
     "ant farm kit off the market following complaints from customers that "
     "the kit's mail-in voucher for live ants could not be redeemed. Harlan "
     "Insect Supplies, which provided the ants, ceased trading in April, the "
     "company said on Friday, so roughly 4,200 vouchers have not been "
     "fulfilled. Anyone who sends back a kit with its voucher unused will get "
     "the full £24.99 price refunded, and Brightwell anticipates resuming "
     "sales in the autumn once it has found a new supplier. The company "
     "apologised for the inconvenience, spokeswoman Claudia Venn said. "
     "Launched last year, the kit has sold about 11,000 units.",
     traps=[
         T("taken its Formica Explorer ant farm kit off the market",
           "withdrawn its Formica Explorer ant farm kit from sale"),
         T("ceased trading", "had stopped trading"),
         T("roughly 4,200 vouchers have not been fulfilled",
           "leaving about 4,200 vouchers unfulfilled"),
         T("anticipates resuming sales", "expects to resume sales"),
     ])

case("compost schemes", "rewrite", "inconsistent",
     "Ravensholt Borough Council's community composting scheme collected "
     "1,850 tonnes of food and garden waste in its first year, almost double "
     "the original target, according to figures published on Tuesday. The "
     "scheme, which now covers 23,000 households, turns the waste into "
     "compost at a site run by Greenacre Soil Ltd near Thornby. Residents can "
     "collect up to two bags of finished compost free each month. Environment "
     "portfolio holder Nadia Forsyth said the scheme had saved the council "
     "around £140,000 in landfill charges. The council plans to extend "
     "collections to a further 5,000 homes in the spring, subject to a budget "
     "vote in February.",
     "In its first year, Ravensholt Borough Council's community composting "
     "scheme gathered 1,850 tonnes of food and garden waste, nearly twice the "
     "original target, figures released on Tuesday show, making it the "
     "largest such scheme in the region. Covering 28,000 households, the "
     "scheme sends the waste to a site near Thornby operated by Greenacre "
     "Soil Ltd, where it is turned into compost. Each month, residents may "
     "pick up as many as two bags of the finished compost free of charge. "
     "Nadia Forsyth, the environment portfolio holder, said the scheme had "
     "saved the council about £140,000 in landfill charges. The council "
     "intends to extend collections to another 5,000 homes in the spring, "
     "depending on the outcome of a budget vote in February.",
     errors=[
         E("making it the largest such scheme in the region", "addition",
           "major", None),
         E("28,000 households", "number", "major", "23,000 households"),
     ],
     traps=[
         T("nearly twice the original target", "almost double the original "
           "target"),
         T("as many as two bags", "up to two bags"),
     ])

case("hurdle makers", "rewrite", "consistent",
     "One of the last traditional hurdle makers in the Ambry Vale has been "
     "awarded a £15,000 heritage crafts grant to train an apprentice. Samuel "
     "Fairlie, 67, has woven hazel hurdles by hand at his workshop in "
     "Lenchford for more than 40 years and supplies gardens, farms and film "
     "sets. The grant, from the Rural Skills Foundation, will cover the "
     "apprentice's wages for 18 months. Mr Fairlie said demand had risen "
     "sharply since 2020 and he currently had a waiting list of about five "
     "months. The foundation said it had received 210 applications this year "
     "and was able to fund only 14. Applications for the apprenticeship close "
     "on 30 May.",
     "Samuel Fairlie, one of the last traditional hurdle makers left in the "
     "Ambry Vale, has won a £15,000 heritage crafts grant so that he can "
     "train an apprentice. The 67-year-old has spent over four decades "
     "weaving hazel hurdles by hand at his Lenchford workshop, supplying "
     "gardens, farms and film sets. Awarded by the Rural Skills Foundation, "
     "the grant will pay the apprentice's wages for a year and a half. Demand "
     "has climbed steeply since 2020, Mr Fairlie said, and customers "
     "currently face a wait of roughly five months. Only 14 of the 210 "
     "applications it received this year could be funded, the foundation "
     "said. The closing date for apprenticeship applications is 30 May.",
     traps=[
         T("over four decades", "more than 40 years"),
         T("for a year and a half", "for 18 months"),
         T("customers currently face a wait of roughly five months",
           "he currently had a waiting list of about five months"),
         T("Only 14 of the 210 applications it received this year could be "
           "funded", "had received 210 applications this year and was able "
           "to fund only 14"),
     ])

case("straw plaiting", "rewrite", "inconsistent",
     "The Lutterby Museum has acquired a collection of 19th-century straw "
     "plaiting tools and samples that belonged to a family of plaiters in the "
     "village of Shenley Green. The items, including splitters, mills and "
     "more than 200 plait samples, were donated by descendant Rosalind "
     "Tebbutt, who found them in a loft. Curator Martin Okafor said the "
     "collection showed how straw plait for the hat trade was produced at "
     "home, mostly by women and children. A selection will be exhibited from "
     "12 October, and the museum will hold free plaiting workshops on the "
     "first Saturday of each month until March. The museum is also seeking "
     "funding to digitise its archive of plait dealers' ledgers.",
     "A collection of 19th-century straw plaiting tools and samples, once "
     "owned by a family of plaiters from Shenley Green, has been acquired by "
     "the Lutterby Museum. Rosalind Tebbutt, a descendant who came across the "
     "items in a loft, sold them to the museum; they include splitters, mills "
     "and over 200 plait samples. According to curator Martin Okafor, the "
     "collection illustrates how straw plait for the hat trade was made in "
     "the home, largely by women and children. Some of the items will go on "
     "show from 12 October, and free plaiting workshops will be held on the "
     "first Saturday of every month until March. The museum is also looking "
     "for funding to digitise its archive of ledgers kept by plait dealers.",
     errors=[
         E("sold", "event", "major", "donated"),
     ],
     traps=[
         T("over 200 plait samples", "more than 200 plait samples"),
         T("largely by women and children", "mostly by women and children"),
     ])

case("smocking", "rewrite", "consistent",
     "A smocking exhibition at the Hartswell Textile Centre has been extended "
     "by six weeks after attracting more than 8,000 visitors since it opened "
     "in March. The show, 'Gathered Threads', features 85 smocks and smocked "
     "garments dating from 1780 to the present, around a third of them lent "
     "by private collectors. The centre had originally planned to close the "
     "exhibition on 30 June; it will now run until 11 August. Director "
     "Elspeth Murrin said the response had 'far exceeded' expectations. Daily "
     "smocking demonstrations will continue throughout the extension, but the "
     "centre said evening talks would not be repeated.",
     "Having drawn over 8,000 visitors since opening in March, the Hartswell "
     "Textile Centre's smocking exhibition will stay open for an extra six "
     "weeks. Instead of closing on 30 June as originally planned, 'Gathered "
     "Threads' will now continue until 11 August. It brings together 85 "
     "smocks and smocked garments from 1780 to the present day, roughly one "
     "in three of them on loan from private collectors. The response had 'far "
     "exceeded' expectations, said Elspeth Murrin, the centre's director. "
     "Smocking demonstrations will still take place every day during the "
     "extension, although the centre said there would be no repeat of the "
     "evening talks.",
     traps=[
         T("over 8,000 visitors", "more than 8,000 visitors"),
         T("roughly one in three of them", "around a third of them"),
         T("will still take place every day", "Daily smocking demonstrations "
           "will continue"),
         T("there would be no repeat of the evening talks",
           "evening talks would not be repeated"),
     ])

case("dovecotes", "rewrite", "inconsistent",
     "A 17th-century dovecote at Wrenfield Manor is to be repaired after it "
     "was added to the Heritage at Risk register last year. The circular "
     "stone building, which contains nearly 700 nesting boxes, has a partly "
     "collapsed roof and a cracked lintel. The Wrenfield Estate, which owns "
     "the manor, will contribute £40,000, with a further £85,000 coming from "
     "the Ancient Buildings Grant Fund. Conservation officer Laurence Pike "
     "said the dovecote was one of the largest of its kind in the county. "
     "Repairs are due to begin after the nesting season ends in September and "
     "should be finished before Christmas. Estate manager Sophie Drinkwater "
     "said the building would be opened to visitors on heritage open days.",
     "Repairs are planned for a 17th-century dovecote at Wrenfield Manor, "
     "which was placed on the Heritage at Risk register last year. Part of "
     "the roof of the round stone building, which houses almost 700 nesting "
     "boxes, has fallen in, and a lintel is cracked. The Wrenfield Estate, "
     "the manor's owner, is putting in £40,000, and the Ancient Buildings "
     "Grant Fund is providing another £85,000. According to estate manager "
     "Sophie Drinkwater, it is one of the largest dovecotes in the county and "
     "will be opened to visitors on heritage open days. Work is due to get "
     "under way before the nesting season in September and should be "
     "completed by Christmas.",
     errors=[
         E("According to estate manager Sophie Drinkwater", "attribution",
           "major", "Conservation officer Laurence Pike said"),
         E("before the nesting season", "date", "major",
           "after the nesting season ends"),
     ],
     traps=[
         T("almost 700 nesting boxes", "nearly 700 nesting boxes"),
         T("should be completed by Christmas", "should be finished before "
           "Christmas"),
     ])

case("grottoes", "rewrite", "consistent",
     "A shell grotto beneath the gardens of Ashcombe Priory will open to the "
     "public for the first time in more than a century after a three-year "
     "conservation project costing £520,000. The underground chamber, "
     "decorated with an estimated 250,000 shells, was rediscovered in 2019 "
     "when a gardener's barrow broke through a brick vault. Work by "
     "specialists from the Calder Conservation Studio has stabilised the "
     "walls and replaced missing shells using ones salvaged from a nearby "
     "beach. Visits will be limited to groups of eight and must be booked in "
     "advance. Priory manager Imogen Stroud said the grotto would be closed "
     "in January and February each year to protect a colony of hibernating "
     "bats.",
     "For the first time in over 100 years, the public will be able to visit "
     "the shell grotto under Ashcombe Priory's gardens, following a £520,000 "
     "conservation project that lasted three years. The underground chamber, "
     "whose decoration is thought to include some 250,000 shells, was found "
     "again in 2019 when a brick vault gave way under a gardener's barrow. "
     "Specialists from the Calder Conservation Studio have stabilised its "
     "walls and replaced missing shells with ones salvaged from a nearby "
     "beach. Advance booking will be required, with a maximum of eight people "
     "in each group. The grotto will shut every January and February to "
     "protect a colony of hibernating bats, said Imogen Stroud, the priory's "
     "manager.",
     traps=[
         T("over 100 years", "more than a century"),
         T("thought to include some 250,000 shells", "an estimated 250,000 "
           "shells"),
         T("a brick vault gave way under a gardener's barrow",
           "a gardener's barrow broke through a brick vault"),
         T("a maximum of eight people in each group", "limited to groups of "
           "eight"),
     ])

case("laser tag", "rewrite", "inconsistent",
     "Laser tag operator Zapzone has been fined £18,000 after a 12-year-old "
     "boy was injured when he fell down an unlit stairwell at its arena in "
     "Colbridge. Magistrates heard that emergency lighting in the arena had "
     "not been working for at least three weeks before the accident in "
     "August 2023. The boy broke his wrist and needed surgery. Zapzone "
     "admitted a breach of health and safety regulations and was also "
     "ordered to pay £4,300 in costs. Inspector Wendy Marr of Colbridge "
     "Council said the company had failed to carry out routine checks. The "
     "firm said it had since installed new lighting and appointed a "
     "dedicated safety manager.",
     "Laser tag firm Zapzone has been fined £18,000 after a boy of 12 was "
     "hurt in a fall down an unlit stairwell at its Colbridge arena. The "
     "court was told that the arena's emergency lighting had been out of "
     "action for at least three weeks before the accident in August 2023, in "
     "which the boy broke his wrist and needed surgery. The company, which "
     "denied breaching health and safety regulations, must also pay £4,300 "
     "in costs. Wendy Marr, an inspector with Colbridge Council, said the "
     "firm had not carried out routine checks. Zapzone said new lighting had "
     "since been installed and a dedicated safety manager appointed.",
     errors=[
         E("denied", "polarity", "major", "admitted"),
     ],
     traps=[
         T("a boy of 12", "a 12-year-old boy"),
         T("The court was told", "Magistrates heard"),
     ])

# ---------------------------------------------------------------------------
# Summaries (cases 21-30)
# ---------------------------------------------------------------------------

case("axe throwing", "summary", "consistent",
     "Axe-throwing venue Timber & Target will open its third site in the "
     "former Grainger's furniture warehouse on Mill Lane, Pershall, next "
     "month after councillors approved a change of use. The £650,000 "
     "conversion will create 12 throwing lanes, a bar and a function room, "
     "and the company expects to employ 25 people. Planning officers had "
     "recommended approval subject to conditions, including a ban on alcohol "
     "being served to anyone in a lane and soundproofing of the rear wall. "
     "Two neighbours objected over noise. Co-founder Jamie Rusholme said all "
     "customers would receive a safety briefing and be supervised by a "
     "trained coach. Under-18s will not be admitted.",
     "Timber & Target's third axe-throwing venue will open next month in a "
     "former furniture warehouse in Pershall, after councillors backed a "
     "change of use. The £650,000 conversion will house 12 lanes, a bar and "
     "a function room, and the firm expects to take on 25 staff. Planning "
     "officers had recommended conditions including no alcohol for anyone in "
     "a lane and a soundproofed rear wall; "
     "every customer will be briefed on safety and supervised by a trained "
     "coach, and under-18s will be turned away.",
     traps=[
         T("councillors backed a change of use", "councillors approved a "
           "change of use"),
         T("expects to take on 25 staff", "expects to employ 25 people"),
         T("no alcohol for anyone in a lane", "a ban on alcohol being served "
           "to anyone in a lane"),
         T("under-18s will be turned away", "Under-18s will not be admitted"),
     ])

case("soft play centres", "summary", "inconsistent",
     "Family entertainment chain Jumbletown has confirmed it will close its "
     "soft play centre at the Kingsgate Retail Park in Arnsby on 31 August, "
     "with the loss of 19 jobs. The company said visitor numbers at the site "
     "had fallen by 35 per cent since 2019 while energy and rent costs had "
     "almost doubled. Staff will be offered roles at its other centres in "
     "Felham and Ruddington, each about 20 miles away. Regional manager Tanya "
     "Boswell said the decision was 'incredibly difficult'. Jumbletown, which "
     "operates 14 centres, said it had no plans to close any other sites. "
     "Party bookings after the closure date will be refunded in full.",
     "Jumbletown is likely to close its soft play centre in Arnsby on 31 "
     "August, with 19 jobs lost, after a fall of about a quarter in visitors "
     "since 2019 and a near-doubling of energy and rent costs. Staff will be "
     "offered jobs at its Felham and Ruddington centres. The 14-centre chain "
     "said it had no plans to shut any other sites, and party bookings after "
     "the closure will be refunded in full.",
     errors=[
         E("is likely to close", "modality", "major",
           "has confirmed it will close"),
         E("about a quarter", "number", "major", "35 per cent"),
     ],
     traps=[
         T("a near-doubling of energy and rent costs", "energy and rent costs "
           "had almost doubled"),
     ])

case("go-kart tracks", "summary", "consistent",
     "Plans for an electric go-kart track on the site of a former tyre depot "
     "in Hexley have been approved by Hexley District Council's planning "
     "committee by seven votes to three. Developer Voltrax Leisure intends to "
     "invest £3.2 million in the indoor venue, which will have a 400-metre, "
     "two-level circuit and is expected to create 40 jobs. Residents had "
     "raised concerns about traffic on Baylis Road, and the company has "
     "agreed to pay £75,000 towards a new pedestrian crossing. Committee "
     "chairman Reg Oakes said the scheme would bring a derelict site back "
     "into use. Voltrax hopes to open the track by next summer. It already "
     "operates venues in Stanmoor and Crickdale.",
     "Hexley's planning committee has voted 7-3 to approve Voltrax Leisure's £3.2m "
     "indoor electric go-kart venue on a former tyre depot site, which is "
     "expected to bring 40 jobs. After residents voiced traffic worries, the "
     "firm agreed to put £75,000 towards a pedestrian crossing. It aims to "
     "open the two-level, 400m track by next summer.",
     traps=[
         T("voted 7-3", "by seven votes to three"),
         T("£3.2m", "£3.2 million"),
         T("aims to open", "hopes to open"),
         T("400m", "400-metre"),
     ])

case("banger racing", "summary", "inconsistent",
     "Stockwell Raceway has been banned from holding banger racing meetings "
     "for six months after a wheel came off a car and struck a spectator "
     "fence during an event in May. The National Oval Racing Association "
     "imposed the ban after an investigation, prompted by a complaint from "
     "rival promoter Kestrel Motorsport, found that the circuit's debris "
     "fencing was 40 centimetres lower than the required height. No one was "
     "injured. Track owner Darren Colley said he would appeal, describing the "
     "decision as 'disproportionate', and insisted the fencing had passed an "
     "inspection in March. Around 1,500 spectators attend each meeting. The "
     "association said the track could reapply for a licence once new "
     "fencing had been fitted.",
     "Banger racing at Stockwell Raceway has been suspended for six months by "
     "the National Oval Racing Association after a wheel flew off a car and "
     "hit a spectator fence in May, injuring no one. An investigation "
     "triggered by a complaint from Stockwell against rival promoter Kestrel "
     "Motorsport found the debris fencing was 40cm too low. Owner Darren "
     "Colley will appeal, calling the ban 'disproportionate'.",
     errors=[
         E("a complaint from Stockwell against rival promoter Kestrel "
           "Motorsport", "role", "major",
           "a complaint from rival promoter Kestrel Motorsport"),
     ],
     traps=[
         T("Banger racing at Stockwell Raceway has been suspended for six "
           "months", "Stockwell Raceway has been banned from holding banger "
           "racing meetings for six months"),
         T("40cm too low", "40 centimetres lower than the required height"),
     ])

case("monster trucks", "summary", "consistent",
     "The Thunderwheels monster truck show will return to Caddington Park "
     "Stadium on 19 and 20 April after organisers reached an agreement with "
     "the venue over ground repairs. Last year's event caused an estimated "
     "£60,000 of damage to the pitch, which the stadium's owners, Caddington "
     "Sports Trust, said had not been fully covered by the promoter. Under "
     "the new deal, promoter Big Torque Events will lay protective track "
     "matting across the whole field and pay a £25,000 deposit in advance. "
     "Eight trucks are due to take part, including the 5-tonne 'Grave "
     "Crusher'. Tickets go on sale on Friday, priced from £18 for adults. "
     "Trust chief executive Alan Petrie said the arrangement was 'fair to "
     "both sides'.",
     "Big Torque Events' Thunderwheels monster truck show will be back at "
     "Caddington Park Stadium on 19-20 April. After last year's show did "
     "about £60,000 of damage to the pitch, the promoter has agreed to cover "
     "the whole field with protective matting and to pay a £25,000 deposit "
     "up front. Eight trucks are due to appear, and adult tickets, on sale "
     "from Friday, start at £18.",
     traps=[
         T("19-20 April", "19 and 20 April"),
         T("about £60,000", "an estimated £60,000"),
         T("up front", "in advance"),
         T("adult tickets, on sale from Friday, start at £18",
           "Tickets go on sale on Friday, priced from £18 for adults"),
     ])

case("spinning wheels", "summary", "inconsistent",
     "A spinning wheel maker in the village of Tollbury has been named Rural "
     "Business of the Year at the Mardale County Enterprise Awards. "
     "Woodturner Agnes Merryweather set up Merryweather Wheels in 2015 and "
     "now employs four people, making around 150 wheels a year for customers "
     "in 23 countries. Her best-selling model, the Tollbury Saxony, has a "
     "six-month waiting list. Judges praised the firm's use of locally felled "
     "oak and ash and its free repair service. The award was presented by "
     "Mardale Chamber of Commerce president Victor Hale at a ceremony in "
     "Kirkgate on Thursday. Ms Merryweather said she planned to use the "
     "£2,000 prize to buy a second lathe.",
     "Tollbury spinning wheel maker Merryweather Wheels has won Rural "
     "Business of the Year at the Mardale County Enterprise Awards, becoming "
     "the first craft business to take the title. Founded in 2015 by "
     "woodturner Agnes Merryweather, the firm employs four people and makes "
     "about 150 wheels a year for buyers in 23 countries; its best-seller, "
     "the Mardale Saxony, has a six-month waiting list. She plans to use the "
     "£2,000 prize to buy a second lathe.",
     errors=[
         E("becoming the first craft business to take the title", "addition",
           "major", None),
         E("the Mardale Saxony", "entity", "minor", "the Tollbury Saxony"),
     ],
     traps=[
         T("about 150 wheels", "around 150 wheels"),
         T("its best-seller", "Her best-selling model"),
     ])

case("cobblers", "summary", "consistent",
     "Cobbler Frank Dellow is to retire after 52 years at his shop on Quarry "
     "Street in Banstow, but the business will continue under new ownership. "
     "Mr Dellow, 74, has agreed to sell Dellow's Shoe Repairs to his "
     "apprentice of six years, Leah Okonjo, who will take over on 1 March. "
     "The shop, opened by Mr Dellow's father in 1958, repairs around 60 pairs "
     "of shoes a week and also cuts keys. Ms Okonjo said she would keep the "
     "name and add a leather goods repair service. Banstow Traders' "
     "Association chairman Keith Lund said the shop was 'a fixture of the "
     "town centre'. Mr Dellow will hold a farewell open day on 25 February.",
     "After 52 years at Dellow's Shoe Repairs in Banstow, 74-year-old "
     "cobbler Frank Dellow is retiring and selling the shop to Leah Okonjo, "
     "who has been his apprentice for six years and will take over on 1 "
     "March. She will keep the name of the shop, which his father opened in "
     "1958, and add a leather goods repair service.",
     traps=[
         T("is retiring", "is to retire"),
         T("74-year-old cobbler Frank Dellow", "Mr Dellow, 74"),
         T("who has been his apprentice for six years", "his apprentice of "
           "six years"),
         T("which his father opened in 1958", "opened by Mr Dellow's father "
           "in 1958"),
     ])

case("piano tuners", "summary", "inconsistent",
     "The Corran Concert Hall has appointed Elliot Vasquez-Hart as its first "
     "full-time piano technician, ending a 30-year arrangement with freelance "
     "tuners. Mr Vasquez-Hart, who trained at the Lindenbrook School of "
     "Instrument Technology, will look after the hall's three concert grands "
     "and 11 practice pianos. The hall's artistic director, Maud Ferreira, "
     "said visiting soloists had increasingly asked for instruments to be "
     "adjusted between rehearsals and performances. The post is funded for "
     "three years by the Hallett Music Foundation. Mr Vasquez-Hart will also "
     "run a training scheme for two apprentice tuners from next January. The "
     "hall's Steinwood grand, bought in 1994, is due to be fully restored in "
     "the summer.",
     "Corran Concert Hall has taken on Elliot Vasquez-Hart as its first "
     "full-time piano technician, ending three decades of relying on "
     "freelance tuners. In a post funded for three years by the Hallett "
     "Music Foundation, he will maintain the hall's three concert grands and "
     "11 practice pianos and, from next January, train two apprentice "
     "tuners. The hall's 1994 Steinwood grand is due to be replaced in the "
     "summer.",
     errors=[
         E("replaced", "event", "major", "fully restored"),
     ],
     traps=[
         T("ending three decades of relying on freelance tuners",
           "ending a 30-year arrangement with freelance tuners"),
         T("The hall's 1994 Steinwood grand", "The hall's Steinwood grand, "
           "bought in 1994"),
     ])

case("ukulele clubs", "summary", "consistent",
     "The Pellworth Ukulele Club will attempt to set a regional record for "
     "the largest ukulele ensemble on 3 August, when it hopes to gather at "
     "least 500 players on the town's seafront. The club, founded in 2011 "
     "with six members, now has more than 180. Chair Rosie Abernathy said "
     "the event would raise money for the Pellworth Lifeboat Station, which "
     "needs £30,000 for a new launch tractor. Participants are asked to "
     "register online by 20 July and to pay a £5 entry fee, and loan "
     "instruments will be available for beginners. An adjudicator from the "
     "Regional Records Society will count the players. The current record of "
     "412 was set in Dunhaven in 2018.",
     "On 3 August the Pellworth Ukulele Club, which has grown from six "
     "founding members in 2011 to over 180, will try to beat the regional "
     "ensemble record of 412, set in Dunhaven in 2018, by gathering at least "
     "500 players on the seafront. The event will raise money for the "
     "lifeboat station, which needs £30,000 for a new launch tractor. Players "
     "are asked to register online by 20 July and pay £5.",
     traps=[
         T("grown from six founding members in 2011 to over 180",
           "founded in 2011 with six members, now has more than 180"),
         T("will try to beat the regional ensemble record of 412",
           "will attempt to set a regional record"),
         T("by gathering at least 500 players", "hopes to gather at least 500 "
           "players"),
     ])

case("ceilidhs", "summary", "inconsistent",
     "Organisers of the Glenmarra Winter Ceilidh have cancelled this year's "
     "event after failing to find a replacement venue when the village hall "
     "was closed for roof repairs. The ceilidh, which has been held every "
     "December since 1987, usually attracts about 300 dancers and raises "
     "around £4,000 for local charities. Committee secretary Iain Rutherford "
     "said alternative sites had been too small or too expensive. However, "
     "the Glenmarra Fiddlers, who play at the event, said they would hold a "
     "smaller fundraising concert in the parish church on 14 December. "
     "Strathcorran Council engineer Morag Sinclair said the hall was expected "
     "to reopen in the spring. The committee intends to hold the ceilidh as "
     "normal next year.",
     "The Glenmarra Winter Ceilidh, held each December since 1987, will not "
     "take place this year because no replacement venue could be found while "
     "the village hall's roof is repaired. Other sites were too small or too "
     "costly, according to council engineer Morag Sinclair. The event usually "
     "draws about 300 dancers and raises some £4,000 for local charities. The "
     "Glenmarra Fiddlers will play a smaller fundraising concert in the "
     "parish church on 14 December, and the committee does not plan to hold "
     "the ceilidh next year.",
     errors=[
         E("according to council engineer Morag Sinclair", "attribution",
           "major", "Committee secretary Iain Rutherford said"),
         E("does not plan to hold the ceilidh next year", "polarity",
           "major", "intends to hold the ceilidh as normal next year"),
     ],
     traps=[
         T("will not take place this year", "have cancelled this year's "
           "event"),
         T("some £4,000", "around £4,000"),
     ])

# ---------------------------------------------------------------------------
# Translations, part 1 (cases 31-35): two independent English translations
# of the same non-English story
# ---------------------------------------------------------------------------

case("tap dancing", "translation", "consistent",
     "The Valdemora municipal dance school will offer free tap dancing "
     "classes for people over 60 from October, the city's culture department "
     "announced on Tuesday. The programme, called 'Ritmo Mayor', will run for "
     "two terms and has a budget of 48,000 euros. Classes will be held twice "
     "a week in the Casa Lerma cultural centre, in groups of no more than 15 "
     "students. Culture councillor Inés Carvajal said tap dancing improved "
     "balance and memory and helped older residents combat loneliness. "
     "Registration opens on 9 September and places will be allocated by "
     "lottery if demand exceeds the 120 available. The school's director, "
     "Tomás Ibarra, said no previous dance experience was required.",
     "Starting in October, people aged over 60 will be able to take tap "
     "dance lessons free of charge at Valdemora's municipal dance school, the "
     "city's department of culture said on Tuesday. Named 'Ritmo Mayor', the "
     "scheme will last two terms and has a budget of €48,000. Sessions will "
     "take place two times a week at the Casa Lerma cultural centre, with a "
     "maximum of 15 participants per group. According to Inés Carvajal, the "
     "councillor for culture, tap dancing boosts balance and memory and helps "
     "older residents fight loneliness. Enrolment begins on 9 September; "
     "should there be more applicants than the 120 places, these will be "
     "assigned by drawing lots. No prior experience of dance is needed, said "
     "Tomás Ibarra, who directs the school.",
     traps=[
         T("€48,000", "48,000 euros"),
         T("two times a week", "twice a week"),
         T("a maximum of 15 participants per group", "in groups of no more "
           "than 15 students"),
         T("assigned by drawing lots", "allocated by lottery"),
         T("No prior experience of dance is needed", "no previous dance "
           "experience was required"),
     ])

case("mime artists", "translation", "inconsistent",
     "The French mime artist Lucien Ferrand, founder of the Théâtre du "
     "Silence in Montclavel, has died at the age of 88, his company announced "
     "on Saturday. Ferrand, who trained under several masters of the genre in "
     "the 1950s, created more than 40 productions and toured in 30 countries. "
     "He was best known for 'L'Homme au parapluie', a solo piece he performed "
     "over 2,000 times between 1971 and 2009. The company said he died "
     "peacefully at home on Thursday evening. Montclavel's mayor, Hélène "
     "Baptiste, described him as 'a poet of gesture' and announced that a "
     "square near the theatre would be named after him. A public tribute "
     "will be held on 21 March.",
     "Lucien Ferrand, the French mime who founded Montclavel's Théâtre du "
     "Silence, has died aged 88, his troupe said on Saturday. Trained in the "
     "1950s by several masters of the art, Ferrand created over forty shows "
     "and toured thirty countries. His most celebrated work was the solo "
     "'L'Homme au parapluie', which he performed more than 2,000 times from "
     "1971 to 2009. According to the troupe, he passed away peacefully at his "
     "home on Saturday evening. Hélène Baptiste, the mayor of Montclavel, "
     "called him 'a poet of gesture' and announced that a square close to the "
     "theatre would bear his name. A public homage will take place on 21 "
     "March.",
     errors=[
         E("on Saturday evening", "date", "major", "on Thursday evening"),
     ],
     traps=[
         T("over forty shows", "more than 40 productions"),
         T("would bear his name", "would be named after him"),
     ])

case("closed captions", "translation", "consistent",
     "Public broadcaster RNF will provide closed captions for all of its live "
     "news programmes from January, the company said in Bregenhof on "
     "Wednesday. Currently only around 60 percent of live news output is "
     "captioned. The broadcaster will use a combination of speech recognition "
     "software and human editors, and plans to hire 18 additional staff. The "
     "project will cost about 2.3 million euros a year. RNF director Katrin "
     "Wolters said the change had been demanded for years by associations "
     "representing deaf and hard-of-hearing viewers. The Hearing Access "
     "Alliance welcomed the move but said the accuracy of automatic captions "
     "still needed to be checked independently.",
     "From January, closed captions will accompany every live news programme "
     "on the public broadcaster RNF, the company announced in Bregenhof on "
     "Wednesday. At present, only roughly three-fifths of live news "
     "broadcasts carry captions. Speech recognition software will be "
     "combined with human editors, and the broadcaster intends to recruit 18 "
     "more employees. The annual cost of the project is put at around €2.3 "
     "million. Associations of deaf and hard-of-hearing viewers had been "
     "calling for the change for years, said RNF's director, Katrin Wolters. "
     "The Hearing Access Alliance, while welcoming the decision, said the "
     "accuracy of automated captions still had to be verified independently.",
     traps=[
         T("roughly three-fifths", "around 60 percent"),
         T("intends to recruit 18 more employees", "plans to hire 18 "
           "additional staff"),
         T("The annual cost of the project is put at around €2.3 million",
           "The project will cost about 2.3 million euros a year"),
         T("had been calling for the change for years",
           "had been demanded for years"),
     ])

case("citizenship ceremonies", "translation", "inconsistent",
     "The city of Lauwerdam held its largest citizenship ceremony to date on "
     "Friday, when 312 new citizens from 47 countries received their "
     "naturalisation certificates at the Concert Hall. Mayor Pieter van Doorn "
     "told the audience that the city was 'richer for every one of you'. "
     "Until last year, ceremonies were held monthly in the town hall, which "
     "can seat only 80 people. The city now holds four large ceremonies a "
     "year. Applicants must have lived in the Netherlands for at least five "
     "years and pass an integration exam. The youngest new citizen on Friday "
     "was 18 and the oldest 79. A reception with music from the Lauwerdam "
     "Youth Orchestra followed the ceremony.",
     "On Friday Lauwerdam staged the biggest citizenship ceremony in its "
     "history: at the Concert Hall, 312 newly naturalised citizens, "
     "originating from 74 countries, were handed their certificates. 'The "
     "city is richer for each and every one of you,' Mayor Pieter van Doorn "
     "told those present. Up to last year, ceremonies took place every month "
     "in the town hall, which has room for just 80 people. Now the city "
     "organises four large-scale ceremonies annually. To qualify, applicants "
     "have to have lived in the Netherlands for five years and pass an "
     "integration exam. Friday's youngest new citizen was 18 years old; the "
     "oldest was 79. Afterwards there was a reception with music by the "
     "Lauwerdam Youth Orchestra.",
     errors=[
         E("74 countries", "number", "major", "47 countries"),
         OM("in the Netherlands for ", "at least", "major"),
     ],
     traps=[
         T("took place every month", "were held monthly"),
         T("four large-scale ceremonies annually", "four large ceremonies a "
           "year"),
     ])

case("electoral registers", "translation", "consistent",
     "The electoral commission in the Kraśniewo district has removed about "
     "3,400 names from the electoral register after an audit found that the "
     "voters had died or moved away, the commission's chairwoman Agnieszka "
     "Malec said on Monday. The audit, the first in eleven years, checked all "
     "96,000 entries against civil registry records. Ms Malec said no "
     "evidence of fraud had been found and that the errors were mainly due "
     "to delays in sharing data between offices. Residents who believe they "
     "were removed by mistake can appeal until 15 May. A new electronic "
     "system linking the register to the civil registry will be introduced "
     "next year, at a cost of 1.1 million zlotys.",
     "Roughly 3,400 people have been struck off the electoral roll in the "
     "Kraśniewo district after an audit established that they had died or "
     "moved elsewhere, Agnieszka Malec, who chairs the district's electoral "
     "commission, said on Monday. It was the first such audit in 11 years, "
     "and all 96,000 entries were compared with civil registry records. "
     "Malec said no evidence of fraud had come to light; the mistakes were "
     "largely caused by slow data exchange between offices. Anyone who "
     "thinks their name was deleted in error has until 15 May to appeal. "
     "Next year an electronic system connecting the register with the civil "
     "registry will be brought in, costing 1.1 million zlotys.",
     traps=[
         T("Roughly 3,400 people have been struck off the electoral roll",
           "removed about 3,400 names from the electoral register"),
         T("11 years", "eleven years"),
         T("largely caused by slow data exchange between offices",
           "mainly due to delays in sharing data between offices"),
         T("has until 15 May to appeal", "can appeal until 15 May"),
     ])

# ---------------------------------------------------------------------------
# Translations, part 2 (cases 36-40)
# ---------------------------------------------------------------------------

case("recount disputes", "translation", "inconsistent",
     "The administrative court in Valdoria has ordered a partial recount of "
     "votes in last month's mayoral election in the town of Castelmora, where "
     "the winning margin was just 23 votes. The challenge was brought by "
     "defeated candidate Marco Pellegrini, who alleged that ballots at two "
     "polling stations had been wrongly declared invalid. The court ruled "
     "that around 1,100 ballots from those stations must be re-examined "
     "within 30 days. The recount will be carried out by officials from the "
     "prefecture under the supervision of a court-appointed magistrate. The "
     "mayor-elect, Giulia Ferretti, said she respected the decision and was "
     "confident the result would stand. If the recount changes the outcome, "
     "a new election could be called. Pellegrini's lawyer, Stefano Ruggeri, "
     "welcomed the ruling.",
     "A partial recount of the votes cast in Castelmora's mayoral election "
     "last month, which was decided by a margin of only 23 votes, has been "
     "ordered by the Valdoria administrative court. The appeal had been "
     "lodged by the losing candidate, Marco Pellegrini, who claimed that "
     "ballots in two polling stations were wrongly ruled invalid. According "
     "to the ruling, some 1,100 ballot papers from the two stations must be "
     "examined again within 30 days. A court-appointed magistrate will carry "
     "out the recount, supervised by officials from the prefecture. Giulia "
     "Ferretti, the mayor-elect, said she respected the ruling and was sure "
     "the result would be confirmed. Should the recount alter the outcome, a "
     "new election will have to be held. Stefano Ruggeri, Pellegrini's "
     "lawyer, welcomed the decision.",
     errors=[
         E("A court-appointed magistrate will carry out the recount, "
           "supervised by officials from the prefecture", "role", "major",
           "carried out by officials from the prefecture under the "
           "supervision of a court-appointed magistrate"),
         E("will have to be held", "modality", "major", "could be called"),
     ],
     traps=[
         T("decided by a margin of only 23 votes", "the winning margin was "
           "just 23 votes"),
         T("some 1,100 ballot papers", "around 1,100 ballots"),
     ])

case("freedom of the borough", "translation", "consistent",
     "Former lifeboat coxswain Dafydd Pryce has been granted the Freedom of "
     "the Borough of Llanferran in recognition of 35 years of service in "
     "which he took part in more than 400 rescues. Councillors voted "
     "unanimously for the honour at a special meeting on Tuesday evening. Mr "
     "Pryce, 71, is only the ninth person to receive it since the borough "
     "was created in 1974. The mayor, Councillor Siân Evans-Rowe, said his "
     "courage had saved 'countless lives'. A formal ceremony will be held at "
     "the Guildhall in June, and the Freedom Scroll will be presented by the "
     "lifeboat station's current coxswain, Rhys Morgan. Mr Pryce said he "
     "accepted the honour on behalf of every volunteer crew member.",
     "The Freedom of the Borough of Llanferran has been bestowed on Dafydd "
     "Pryce, a former lifeboat coxswain, to honour 35 years' service during "
     "which he was involved in over 400 rescues. At a special meeting on "
     "Tuesday evening, councillors were unanimous in supporting the honour. "
     "The 71-year-old is just the ninth recipient since the borough's "
     "creation in 1974. According to the mayor, Councillor Siân Evans-Rowe, "
     "his bravery saved 'countless lives'. An official ceremony will take "
     "place at the Guildhall in June, when Rhys Morgan, who is now coxswain "
     "of the lifeboat station, will hand over the Freedom Scroll. Mr Pryce "
     "said he was accepting the honour on behalf of all the volunteer crew.",
     traps=[
         T("over 400 rescues", "more than 400 rescues"),
         T("councillors were unanimous in supporting the honour",
           "Councillors voted unanimously for the honour"),
         T("The 71-year-old is just the ninth recipient",
           "Mr Pryce, 71, is only the ninth person to receive it"),
         T("since the borough's creation in 1974", "since the borough was "
           "created in 1974"),
         T("his bravery saved", "his courage had saved"),
     ])

case("heraldry", "translation", "inconsistent",
     "The municipality of Sävsjöholm has adopted a new coat of arms after a "
     "two-year design process, replacing the emblem used since the merger of "
     "three parishes in 1971. The new arms show a silver crane on a blue "
     "field above three green wavy bars representing the lakes Ösjön, "
     "Lillsjön and Bredsjön. The design, by heraldic artist Karin Lundqvist, "
     "was approved by the National Heraldry Board in March. Municipal council "
     "chairman Erik Holmgren said the old emblem had been criticised for "
     "being difficult to reproduce. The new arms will appear on signs, "
     "vehicles and documents from 1 January, and the changeover is estimated "
     "to cost 400,000 kronor.",
     "Sävsjöholm municipality has introduced a new coat of arms following a "
     "design process that lasted two years. It replaces the emblem in use "
     "since three parishes merged in 1971. The arms depict a silver heron on "
     "a blue background above three wavy green bars, which stand for the "
     "lakes Ösjön, Lillsjön and Bredsjön. Designed by the heraldic artist "
     "Karin Lundqvist, they were approved in March by the National Heraldry "
     "Board. The old emblem had been criticised as hard to reproduce, said "
     "Erik Holmgren, chairman of the municipal council. From 1 January the "
     "new arms will be used on signs, vehicles and documents; the cost of the "
     "changeover is estimated at SEK 400,000.",
     errors=[
         E("heron", "entity", "major", "crane"),
     ],
     traps=[
         T("since three parishes merged in 1971", "since the merger of three "
           "parishes in 1971"),
         T("SEK 400,000", "400,000 kronor"),
     ])

case("kitesurfing schools", "translation", "consistent",
     "The port authority of Vila Nova de Marés has suspended the licences of "
     "two kitesurfing schools after an instructor and a student were injured "
     "in a collision with a fishing boat on 3 August. The suspension will "
     "last at least 15 days while an inquiry is carried out. According to the "
     "authority, the schools had been operating outside the zone designated "
     "for kitesurfing, which lies at least 300 metres from the fishing "
     "channel. The student, a 24-year-old tourist, suffered a broken leg; the "
     "instructor had minor injuries. The head of the regional kitesurfing "
     "association, Rui Tavares, said the incident was 'regrettable' but "
     "called for the zone to be enlarged, arguing that it was too small for "
     "the 11 schools now operating there.",
     "Two kitesurfing schools have had their licences suspended by the Vila "
     "Nova de Marés port authority after an instructor and a pupil were hurt "
     "when they collided with a fishing boat on 3 August. The suspension will "
     "run for a minimum of 15 days while an investigation is conducted. The "
     "authority says the schools had been working outside the area set aside "
     "for kitesurfing, which is located no less than 300 metres from the "
     "fishing channel. The pupil, a tourist aged 24, broke a leg, while the "
     "instructor was slightly injured. Rui Tavares, who heads the regional "
     "kitesurfing association, described the incident as 'regrettable' but "
     "urged that the zone be expanded, saying it was too small for the 11 "
     "schools currently working there.",
     traps=[
         T("a minimum of 15 days", "at least 15 days"),
         T("no less than 300 metres", "at least 300 metres"),
         T("a tourist aged 24", "a 24-year-old tourist"),
         T("the instructor was slightly injured", "the instructor had minor "
           "injuries"),
         T("urged that the zone be expanded", "called for the zone to be "
           "enlarged"),
     ])

case("hot tub rules", "translation", "inconsistent",
     "The spa town of Bad Wellbrunn will ban the use of private hot tubs in "
     "gardens between 10pm and 7am from 1 June, after residents complained "
     "about noise from holiday rentals. The town council approved the new "
     "rules by 19 votes to 6 on Thursday. Owners who breach the ban can be "
     "fined up to 500 euros, rising to 2,000 euros for repeat offences. "
     "Holiday rental operators must also display the rules inside their "
     "properties. Mayor Claudia Reischl said the town wanted to protect "
     "residents' night-time rest without harming tourism. The association of "
     "holiday rental hosts criticised the decision, saying most guests "
     "behaved responsibly. Public spa facilities are not affected.",
     "From 1 June, private hot tubs in gardens may not be used in the spa "
     "town of Bad Wellbrunn between 10 p.m. and 7 a.m., following complaints "
     "from residents about noise from holiday lets. On Thursday the town "
     "council passed the new regulations with 19 votes in favour and 6 "
     "against. Owners who break the ban face fines of up to €500, or up to "
     "€2,000 if they reoffend. Holiday let operators are also required to "
     "put up the rules inside their properties. Mayor Claudia Reischl said "
     "the town wanted to protect residents' rest at night without damaging "
     "tourism, without damaging tourism. The holiday hosts' association "
     "criticised the decision, arguing that most guests behave responsibly. "
     "Public spa facilities are not affected by the rules.",
     errors=[
         E("without damaging tourism", "repetition", "minor", None, occ=1),
     ],
     traps=[
         T("with 19 votes in favour and 6 against", "by 19 votes to 6"),
         T("or up to €2,000 if they reoffend", "rising to 2,000 euros for "
           "repeat offences"),
     ])

# ---------------------------------------------------------------------------
# Offset computation and validation
# ---------------------------------------------------------------------------

EXPECTED = {
    "pairs": 40,
    "modes": {"rewrite": (10, 10), "summary": (5, 5), "translation": (5, 5)},
    "errors": 30,
}


def locate(haystack, needle, occ):
    """Start offset of occurrence `occ` (0-based) of `needle`, or raise."""
    pos = -1
    for _ in range(occ + 1):
        pos = haystack.find(needle, pos + 1)
        if pos < 0:
            raise ValueError("text %r (occurrence %d) not found" % (needle, occ))
    return pos


def cuts_word(text, i):
    """True when offset i falls strictly inside a word of `text`."""
    return 0 < i < len(text) and text[i - 1].isalnum() and text[i].isalnum()


def word_count(text):
    return len(text.split())


def build_record(idx, c, problems):
    cid = "s%d-%03d" % (N, idx)
    cand, ref = c["candidate"], c["reference"]

    def bad(msg):
        problems.append("%s (%s): %s" % (cid, c["domain"], msg))

    errors, traps, spans = [], [], []
    for e in c["errors"]:
        try:
            if e["type"] == "omission":
                start = locate(cand, e["anchor"], e["occ"]) + len(e["anchor"])
                end = start
                text = ""
            else:
                start = locate(cand, e["text"], e["occ"])
                end = start + len(e["text"])
                text = e["text"]
        except ValueError as exc:
            bad("error: %s" % exc)
            continue
        rec = {"start": start, "end": end, "text": text, "type": e["type"],
               "severity": e["severity"], "ref_text": e["ref_text"]}
        errors.append(rec)
        spans.append((start, end, "error " + e["type"]))
    for t in c["traps"]:
        try:
            start = locate(cand, t["text"], t["occ"])
        except ValueError as exc:
            bad("trap: %s" % exc)
            continue
        end = start + len(t["text"])
        traps.append({"start": start, "end": end, "text": t["text"],
                      "ref_text": t["ref_text"]})
        spans.append((start, end, "trap %r" % t["text"]))

    # span-level checks
    for e in errors:
        s, en, typ = e["start"], e["end"], e["type"]
        if cand[s:en] != e["text"]:
            bad("error text does not match offsets")
        if typ not in ERROR_TYPES:
            bad("unknown error type %r" % typ)
        if e["severity"] not in SEVERITIES:
            bad("bad severity %r" % e["severity"])
        if cuts_word(cand, s) or cuts_word(cand, en):
            bad("error span %r cuts a word" % e["text"])
        if typ == "omission":
            if s != en or e["text"] != "":
                bad("omission must be zero-width")
            if c["mode"] == "summary":
                bad("omission in a summary")
            if not e["ref_text"] or e["ref_text"] not in ref:
                bad("omission ref_text %r not in reference" % e["ref_text"])
            if e["ref_text"] and e["ref_text"].lower() in cand.lower():
                bad("omitted words %r still in candidate" % e["ref_text"])
        else:
            if s >= en or e["text"] != e["text"].strip():
                bad("empty or untrimmed span %r" % e["text"])
        if typ in ("addition", "repetition"):
            if e["ref_text"] is not None:
                bad("%s must have ref_text null" % typ)
        elif typ != "omission":
            if not e["ref_text"] or e["ref_text"] not in ref:
                bad("ref_text %r not in reference" % e["ref_text"])
            if e["ref_text"] == e["text"]:
                bad("error text equals its ref_text")
        if typ == "repetition" and e["text"] not in cand[:s]:
            bad("repetition %r has no earlier copy" % e["text"])
        if typ == "addition" and e["text"] in ref:
            bad("added text %r is in the reference" % e["text"])
    for t in traps:
        if cuts_word(cand, t["start"]) or cuts_word(cand, t["end"]):
            bad("trap %r cuts a word" % t["text"])
        if t["text"] != t["text"].strip() or not t["text"]:
            bad("untrimmed trap %r" % t["text"])
        if t["ref_text"] not in ref:
            bad("trap ref_text %r not in reference" % t["ref_text"])
        if t["ref_text"] == t["text"]:
            bad("trap %r is not reworded" % t["text"])

    # overlap check (zero-width omissions may not sit inside another span)
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            a, b = spans[i], spans[j]
            if a[0] == a[1] or b[0] == b[1]:
                z, o = (a, b) if a[0] == a[1] else (b, a)
                if o[0] < z[0] < o[1]:
                    bad("omission inside %s" % o[2])
            elif a[0] < b[1] and b[0] < a[1]:
                bad("overlap: %s / %s" % (a[2], b[2]))

    # pair-level checks
    if c["domain"] not in DOMAINS:
        bad("domain not in list")
    if c["mode"] not in MODES:
        bad("bad mode")
    wc = word_count(ref)
    if not 70 <= wc <= 190:
        bad("reference has %d words" % wc)
    if c["mode"] == "summary" and not (
            len(cand) < len(ref) and word_count(cand) < wc):
        bad("summary not shorter than reference")
    if c["label"] == "consistent":
        if errors:
            bad("consistent pair with errors")
        if not 3 <= len(traps) <= 5:
            bad("consistent pair with %d traps" % len(traps))
    elif c["label"] == "inconsistent":
        if not 1 <= len(errors) <= 3:
            bad("inconsistent pair with %d errors" % len(errors))
        if len(traps) > 3:
            bad("inconsistent pair with %d traps" % len(traps))
    else:
        bad("bad label")
    if '"' in cand or '"' in ref:
        bad("stray double quote in text")

    errors.sort(key=lambda r: (r["start"], r["end"]))
    traps.sort(key=lambda r: r["start"])
    return {"id": cid, "domain": c["domain"], "mode": c["mode"],
            "reference": ref, "candidate": cand, "label": c["label"],
            "errors": errors, "traps": traps}

# ---------------------------------------------------------------------------
# Set-level checks, report and output
# ---------------------------------------------------------------------------


def build_all():
    problems = []
    records = [build_record(i + 1, c, problems) for i, c in enumerate(CASES)]

    if len(records) != EXPECTED["pairs"]:
        problems.append("expected %d pairs, got %d"
                        % (EXPECTED["pairs"], len(records)))
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms):
        problems.append("duplicate domains: %s"
                        % [d for d, k in Counter(doms).items() if k > 1])
    if set(doms) != set(DOMAINS):
        problems.append("domains not covered: %s" % sorted(set(DOMAINS) - set(doms)))
    for mode, (ncons, ninc) in EXPECTED["modes"].items():
        got = Counter(r["label"] for r in records if r["mode"] == mode)
        if got["consistent"] != ncons or got["inconsistent"] != ninc:
            problems.append("mode %s has %s" % (mode, dict(got)))
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != EXPECTED["errors"]:
        problems.append("expected %d errors, got %d"
                        % (EXPECTED["errors"], sum(types.values())))
    for t in ERROR_TYPES:
        if types[t] < 2:
            problems.append("error type %s used %d times" % (t, types[t]))
    return records, problems


def report(records):
    modes = Counter(r["mode"] for r in records)
    labels = Counter(r["label"] for r in records)
    by_mode_label = Counter((r["mode"], r["label"]) for r in records)
    types = Counter(e["type"] for r in records for e in r["errors"])
    print("pairs: %d" % len(records))
    print("modes: " + ", ".join("%s %d" % (m, modes[m])
                                for m in ("rewrite", "summary", "translation")))
    print("labels: consistent %d, inconsistent %d"
          % (labels["consistent"], labels["inconsistent"]))
    print("mode x label: " + ", ".join(
        "%s/%s %d" % (m, l, by_mode_label[(m, l)])
        for m in ("rewrite", "summary", "translation")
        for l in ("consistent", "inconsistent")))
    print("errors: %d (%s)" % (sum(types.values()), ", ".join(
        "%s %d" % (t, types[t]) for t in ERROR_TYPES)))
    print("traps: %d" % sum(len(r["traps"]) for r in records))
    wcs = [word_count(r["reference"]) for r in records]
    print("reference words: min %d, max %d" % (min(wcs), max(wcs)))


def main(argv):
    check_only = "--check" in argv[1:]
    records, problems = build_all()
    if problems:
        for p in problems:
            print("PROBLEM: " + p, file=sys.stderr)
        print("%d problem(s); nothing written" % len(problems), file=sys.stderr)
        return 1
    report(records)
    if check_only:
        print("check passed; nothing written")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), OUT_PATH))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
