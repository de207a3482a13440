#!/usr/bin/env python3
"""Held-out evaluation set 46 for a fact-comparison tool.

How it was made: every pair was hand-written in English by a helper session that
saw no code or data of the project, working only from a short written brief. All
people, companies, organisations, places and figures are invented (real countries
appear only as background). Offsets are never typed by hand: this script finds
every span by string search (with an occurrence index where text repeats),
validates the whole set and writes set46.jsonl next to itself.
`python3 make_set46.py --check` validates only and writes nothing.

Composition (asserted below):
  40 pairs, 40 different domains; 20 consistent, 20 inconsistent.
  Modes: 20 rewrite (10 consistent / 10 inconsistent), 10 summary (5/5),
         10 translation (5/5; both texts are independent English translations
         of the same non-English story).
  30 errors: entity 3, number 4, date 3, role 3, polarity 3, modality 3,
         attribution 2, event 3, omission 2, addition 2, repetition 2.
  Inconsistent pairs: 10 with one error, 10 with two errors.
  Consistent pairs carry 3-5 traps (faithful rewordings); inconsistent 0-3.
  References are 70-190 words in news / agency / corporate / official register.
"""
import json
import os
import re
import sys

N = 46
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set46.jsonl")

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]


def E(text, type_, severity, ref_text, occ=0, after=None, after_occ=0):
    """An error. For omissions text is '' and `after` names the candidate text
    right after which the missing words belong."""
    return dict(text=text, type=type_, severity=severity, ref_text=ref_text,
                occ=occ, after=after, after_occ=after_occ)


def T(text, ref_text, occ=0):
    return dict(text=text, ref_text=ref_text, occ=occ)


CASES = []

# ---------------------------------------------------------------- rewrites 1-4
CASES.append(dict(
    domain="watercress beds", mode="rewrite", label="consistent",
    reference=("The Harrowmere Rivers Trust said on Monday that it will restore 14 disused watercress beds along "
               "the upper Lenn valley over the next three years. The work, costing £2.4 million, is funded mainly "
               "by a grant from the Calder Heritage Fund, with the remaining £600,000 raised from local donors. "
               "Trust director Miriam Oakhurst said the beds had been abandoned since 1987, when the last grower, "
               "Fennick & Sons, closed. 'Spring-fed beds like these are rare, and we expect them to support water "
               "voles again within two seasons,' she said. Commercial harvesting is not planned."),
    candidate=("Fourteen watercress beds in the upper Lenn valley, unused since the closure of the last grower, "
               "Fennick & Sons, in 1987, are to be brought back into use over the next three years, the Harrowmere "
               "Rivers Trust announced on Monday. Of the £2.4m cost, £600,000 has come from local donors and the "
               "rest from a Calder Heritage Fund grant. According to director Miriam Oakhurst, such spring-fed beds "
               "are rare, and the trust expects water voles to return within two seasons. There are no plans to "
               "harvest the cress commercially."),
    errors=[],
    traps=[T("Fourteen", "14"),
           T("£2.4m", "£2.4 million"),
           T("the rest from a Calder Heritage Fund grant", "funded mainly by a grant from the Calder Heritage Fund"),
           T("the trust expects water voles to return within two seasons",
             "we expect them to support water voles again within two seasons"),
           T("There are no plans to harvest the cress commercially", "Commercial harvesting is not planned")],
))

CASES.append(dict(
    domain="covered markets", mode="rewrite", label="inconsistent",
    reference=("Brackley Vale District Council has approved a £5.8 million refurbishment of the Victorian covered "
               "market on Salter Street, which has been partly closed since a roof panel fell in March 2022. "
               "Councillors voted 31 to 9 in favour on Thursday night. The scheme will replace the glass roof, add "
               "22 new stalls and install solar panels, and is due to finish by autumn 2026. Traders will pay no "
               "rent during the works, the council said, but around 40 of the existing 65 stallholders will have "
               "to move temporarily to a car park on Dyer Lane."),
    candidate=("A £5.8m refurbishment of the Victorian covered market on Salter Street was approved by Brackley "
               "Vale District Council on Thursday night, with councillors voting 31 to 9 for the plan. The market "
               "has been partly closed since a roof panel fell in March 2022. The scheme, due to finish by autumn "
               "2026, will replace the glass roof and add 22 new stalls. Traders will pay no rent during the works, "
               "according to the council, but about 60 of the existing 65 stallholders will have to move "
               "temporarily to a car park on Dyer Lane."),
    errors=[E("about 60", "number", "major", "around 40"),
            E("", "omission", "minor", "install solar panels", after="add 22 new stalls")],
    traps=[T("£5.8m", "£5.8 million"),
           T("according to the council", "the council said")],
))

CASES.append(dict(
    domain="hand bells", mode="rewrite", label="consistent",
    reference=("The Ashcombe Handbell Ringers will perform at the Norbury Cathedral Christmas concert on 14 "
               "December, the first time the group has appeared there since 2009. The 12-member ensemble, founded "
               "in 1961 by schoolteacher Edith Marlowe, plays a set of 49 bronze bells cast in the 1890s. Musical "
               "director Colin Prewett said the bells had been retuned last year at a cost of £18,000, paid for "
               "largely by a village crowdfunding appeal. Tickets, priced at £12, went on sale on Friday and are "
               "expected to sell out within a week."),
    candidate=("For the first time since 2009, the Ashcombe Handbell Ringers are to play the Christmas concert at "
               "Norbury Cathedral, on 14 December. The group has twelve members and was set up in 1961 by a "
               "schoolteacher, Edith Marlowe; it rings a set of 49 bronze bells cast in the 1890s. Last year the "
               "bells were retuned for £18,000, most of which was raised through a crowdfunding appeal in the "
               "village, musical director Colin Prewett said. The £12 tickets went on sale on Friday and are likely "
               "to be gone within a week."),
    errors=[],
    traps=[T("For the first time since 2009", "the first time the group has appeared there since 2009"),
           T("twelve members", "12-member"),
           T("most of which was raised through a crowdfunding appeal in the village",
             "paid for largely by a village crowdfunding appeal"),
           T("are likely to be gone within a week", "are expected to sell out within a week")],
))

CASES.append(dict(
    domain="traction engines", mode="rewrite", label="inconsistent",
    reference=("A 1912 traction engine known as 'Lady Margery' has been sold at auction for £340,000, a record for "
               "the Wexcombe auction house. The engine was bought by the Pendleford Steam Preservation Society from "
               "the estate of collector Arthur Gallivant, who died in January. Auctioneer Fiona Treadwell said "
               "bidding lasted 11 minutes. The society plans to exhibit the engine at its museum in Crossley from "
               "next spring and to run it at three shows a year."),
    candidate=("'Lady Margery', a traction engine built in 1912, has fetched £340,000 at auction, a record for the "
               "Wexcombe saleroom. The Pendleford Steam Preservation Society sold the engine to the estate of "
               "collector Arthur Gallivant, who died in January, after 11 minutes of bidding, auctioneer Fiona "
               "Treadwell said. The society intends to put it on show at its Crossley museum from next spring and "
               "to run it at three shows a year."),
    errors=[E("Pendleford Steam Preservation Society sold the engine to the estate of collector Arthur Gallivant",
              "role", "critical",
              "bought by the Pendleford Steam Preservation Society from the estate of collector Arthur Gallivant")],
    traps=[T("Wexcombe saleroom", "Wexcombe auction house"),
           T("intends to put it on show", "plans to exhibit the engine")],
))

# ---------------------------------------------------------------- rewrites 5-8
CASES.append(dict(
    domain="chestnut harvest", mode="rewrite", label="consistent",
    reference=("Chestnut growers in the Orvane hills expect this year's harvest to reach about 1,800 tonnes, roughly "
               "a third below last season, the Orvane Growers' Association said on Wednesday. A dry summer and an "
               "outbreak of gall wasp in July reduced yields, particularly on older trees. The association's chair, "
               "Lucia Ferrante, said prices paid to farmers had risen to €3.20 a kilogram from €2.50 a year ago, "
               "which would offset part of the loss. Picking began on 28 September and is set to continue until "
               "mid-November."),
    candidate=("The Orvane Growers' Association said on Wednesday that chestnut growers in the Orvane hills "
               "anticipate a crop of around 1,800 tonnes this year, some 33% less than last season. Yields, "
               "especially on older trees, were hit by a dry summer and a July outbreak of gall wasp. Farmers are "
               "now being paid €3.20 per kilo, up from €2.50 twelve months ago, which would partly make up for the "
               "shortfall, according to chair Lucia Ferrante. Picking started on 28 September and is expected to run "
               "until the middle of November."),
    errors=[],
    traps=[T("some 33% less than last season", "roughly a third below last season"),
           T("€3.20 per kilo", "€3.20 a kilogram"),
           T("twelve months ago", "a year ago"),
           T("the middle of November", "mid-November")],
))

CASES.append(dict(
    domain="taxidermy", mode="rewrite", label="inconsistent",
    reference=("The Museum of Natural History in Carrowgate will close its taxidermy gallery for 18 months from 3 "
               "February to remove arsenic-based preservatives from about 300 Victorian specimens, the museum said. "
               "Conservator Dr Helen Varga said the treatment posed no risk to visitors but could harm staff handling "
               "the animals without protection. Some specimens, including a polar bear donated in 1884, may be sent "
               "to partner museums on loan while the work takes place. The project is funded by a £750,000 grant "
               "from the Marden Foundation."),
    candidate=("Carrowgate's Museum of Natural History is shutting its taxidermy gallery for a year and a half from 3 "
               "February so that arsenic-based preservatives can be removed from some 300 Victorian specimens, the "
               "museum said. The project is being paid for with a £750,000 grant from the Marden Foundation. "
               "According to the foundation, the treatment poses no risk to visitors but could harm staff who handle "
               "the animals unprotected. Some specimens, among them a polar bear donated in 1884, will be lent to "
               "partner museums while the work is carried out."),
    errors=[E("According to the foundation", "attribution", "major", "Conservator Dr Helen Varga said"),
            E("will be lent", "modality", "minor", "may be sent to partner museums on loan")],
    traps=[T("a year and a half", "18 months")],
))

CASES.append(dict(
    domain="bakeries' night shifts", mode="rewrite", label="consistent",
    reference=("Night-shift bakers at Hollin Bread Company will receive a 9% pay rise from 1 April after the firm "
               "reached an agreement with the Food and Allied Workers' Union on Tuesday. The deal covers about 1,200 "
               "workers at the company's four plants, who start their shifts at 10pm. Under the agreement, the night "
               "premium will rise from £1.50 to £2 an hour, and staff will be entitled to a paid 30-minute meal "
               "break. Union organiser Dev Raghunathan said members had voted overwhelmingly to accept. The company "
               "said the deal would add around £4 million a year to its wage bill."),
    candidate=("Hollin Bread Company and the Food and Allied Workers' Union struck a deal on Tuesday that gives the "
               "firm's night-shift bakers a 9 per cent rise from 1 April. Roughly 1,200 staff across its four "
               "plants, whose shifts begin at 22:00, are covered. The hourly night premium will go up by 50p to £2, "
               "and workers will gain the right to a paid half-hour meal break. Members had voted overwhelmingly in "
               "favour, according to union organiser Dev Raghunathan, while the company put the extra cost to its "
               "wage bill at about £4m a year."),
    errors=[],
    traps=[T("9 per cent", "9%"),
           T("22:00", "10pm"),
           T("by 50p to £2", "from £1.50 to £2"),
           T("half-hour", "30-minute"),
           T("about £4m a year", "around £4 million a year")],
))

CASES.append(dict(
    domain="foundry apprenticeships", mode="rewrite", label="inconsistent",
    reference=("Greaves & Tolland, one of the last bronze foundries in the Ember valley, will take on eight "
               "apprentices this September, its largest intake since 1998. The four-year apprenticeships, run with "
               "Kessington College, will train young people in sand casting, patination and metal finishing. "
               "Managing director Ruth Tolland said the company had struggled to find skilled staff as older "
               "workers retired. Applications open on 6 May and close on 20 June. Apprentices will be paid £9.50 "
               "an hour in their first year."),
    candidate=("Greaves & Tolland, among the last bronze foundries in the Ember valley, is to recruit eight "
               "apprentices this September, the most it has taken on since 1998. The apprenticeships last four "
               "years and are run with Kessington College, training young people in sand casting, patination and "
               "metal finishing. Managing director Ruth Tolland said finding skilled staff had been hard as older "
               "workers retired, and that the firm hoped to double its workforce by 2030. Applications open on 6 "
               "May and close on 20 July. First-year apprentices will earn £9.50 an hour."),
    errors=[E("and that the firm hoped to double its workforce by 2030", "addition", "major", None),
            E("20 July", "date", "major", "20 June")],
    traps=[T("the most it has taken on since 1998", "its largest intake since 1998"),
           T("First-year apprentices will earn £9.50 an hour",
             "Apprentices will be paid £9.50 an hour in their first year")],
))

# ---------------------------------------------------------------- rewrites 9-12
CASES.append(dict(
    domain="noodle factories", mode="rewrite", label="consistent",
    reference=("Sunwell Foods will open a noodle factory on the Kestrel Road industrial estate in Brampford next "
               "March, creating 150 jobs, the company announced on Thursday. The £32 million plant will produce up "
               "to 40,000 packets of fresh and dried noodles a day, supplying supermarkets across northern England. "
               "Chief executive Alan Chow said the site was chosen because of its rail links and the availability of "
               "skilled food workers. The company currently imports most of its noodles from a contract "
               "manufacturer in Poland."),
    candidate=("A £32m noodle factory that will create 150 jobs is to open next March on the Kestrel Road "
               "industrial estate in Brampford, Sunwell Foods said on Thursday. Able to turn out as many as 40,000 "
               "packets of fresh and dried noodles daily, the plant will supply supermarkets throughout the north of "
               "England. The site was picked for its rail links and its pool of skilled food workers, according to "
               "chief executive Alan Chow. At present, most of the company's noodles are imported from a contract "
               "manufacturer in Poland."),
    errors=[],
    traps=[T("£32m", "£32 million"),
           T("as many as 40,000 packets", "up to 40,000 packets"),
           T("throughout the north of England", "across northern England"),
           T("At present, most of the company's noodles are imported",
             "The company currently imports most of its noodles")],
))

CASES.append(dict(
    domain="jumble sales", mode="rewrite", label="inconsistent",
    reference=("St Aldric's Church in Morwick raised £4,260 at its annual jumble sale on Saturday, the highest total "
               "in the event's 52-year history. About 600 people attended, and volunteers said the doors had to be "
               "closed for 20 minutes at midday because the hall was full. The money will go towards repairing the "
               "church's organ. Organiser Patricia Hembury said donations of clothing had been lower than usual, but "
               "that books and toys had sold particularly well. Unsold items will be given to the Morwick Hospice "
               "shop."),
    candidate=("Saturday's annual jumble sale at St Aldric's Church in Morwick brought in £4,260, a record in the 52 "
               "years it has been held. Around 600 people came, and volunteers said the doors had to be shut for 20 "
               "minutes at midday because the hall was full. The proceeds will help pay for repairs to the church "
               "organ. According to organiser Patricia Hembury, more clothing than usual had been donated, but books "
               "and toys sold particularly well. Anything left unsold will go to the Morwick Hospice shop."),
    errors=[E("more clothing than usual had been donated", "polarity", "minor",
              "donations of clothing had been lower than usual")],
    traps=[T("a record in the 52 years it has been held", "the highest total in the event's 52-year history"),
           T("The proceeds will help pay for repairs to the church organ",
             "The money will go towards repairing the church's organ")],
))

CASES.append(dict(
    domain="cranberry bogs", mode="rewrite", label="consistent",
    reference=("The Maskell Cranberry Cooperative said on Friday that it had flooded 60 of its 85 bogs in Pine "
               "Hollow County ahead of the harvest, which begins on 2 October. Growers expect to gather around 9 "
               "million pounds of berries, up 12% on last year, thanks to a wet spring. The cooperative's president, "
               "Dana Kowalczyk, said that labour shortages remained a concern and that it had hired 45 seasonal "
               "workers, ten fewer than it needed. Most of the crop will be sold to juice makers."),
    candidate=("Ahead of a harvest starting on 2 October, the Maskell Cranberry Cooperative has flooded 60 of its 85 "
               "bogs in Pine Hollow County, it said on Friday. Thanks to a wet spring, growers expect a crop of "
               "about nine million pounds of berries, 12 per cent more than last year. Labour shortages were still a "
               "worry, said president Dana Kowalczyk: the cooperative has hired 45 seasonal workers, when it needed "
               "55. Juice makers will buy the bulk of the crop."),
    errors=[],
    traps=[T("nine million pounds", "9 million pounds"),
           T("12 per cent more than last year", "up 12% on last year"),
           T("when it needed 55", "ten fewer than it needed"),
           T("the bulk of the crop", "Most of the crop")],
))

CASES.append(dict(
    domain="salt mines", mode="rewrite", label="inconsistent",
    reference=("Production at the Draymoor salt mine resumed on Monday, nine days after a conveyor fire forced the "
               "evacuation of 70 workers, operator Halden Minerals said. No one was injured in the fire, which "
               "started in a motor housing 280 metres underground. The company said output would return to its "
               "normal level of 8,000 tonnes a day by the end of the month. Investigators from the Mines "
               "Inspectorate are still examining the cause. Draymoor supplies about a quarter of the road salt used "
               "in the region."),
    candidate=("Work at Halden Minerals' Draymoor salt mine restarted on Monday, nine days after 70 workers were "
               "evacuated because of a conveyor fire, the operator said. Nobody was hurt in the blaze, which broke "
               "out in a motor housing 280 metres below ground. Normal output of 8,000 tonnes a day would be reached "
               "again by the end of the month, the company said. Investigators from the Mines Inspectorate have "
               "completed their examination of the cause. The mine supplies about half of the road salt used in the "
               "region."),
    errors=[E("have completed their examination of the cause", "event", "major", "are still examining the cause"),
            E("about half", "number", "major", "about a quarter")],
    traps=[T("Nobody was hurt in the blaze", "No one was injured in the fire"),
           T("280 metres below ground", "280 metres underground")],
))

# ---------------------------------------------------------------- rewrites 13-16
CASES.append(dict(
    domain="lift inspections", mode="rewrite", label="consistent",
    reference=("Inspectors found safety defects in 214 of the 1,530 passenger lifts checked in public housing blocks "
               "across the city of Tarnbridge last year, according to a report published on Tuesday by the Building "
               "Safety Office. Of those, 37 were taken out of service immediately. The report said most defects "
               "involved worn brake components and faulty door sensors. The office recommended that lifts in "
               "buildings over ten storeys be inspected every six months instead of once a year. Housing director "
               "Samuel Okafor said the council would consider the proposal."),
    candidate=("A Building Safety Office report released on Tuesday found that, of the 1,530 passenger lifts "
               "inspected in Tarnbridge's public housing blocks last year, 214 had safety defects. Thirty-seven of "
               "them were taken out of use at once. Worn brake parts and faulty door sensors accounted for most of "
               "the defects, the report said. It recommended twice-yearly rather than annual inspections for lifts in "
               "buildings of more than ten storeys, a proposal that housing director Samuel Okafor said the council "
               "would consider."),
    errors=[],
    traps=[T("released on Tuesday", "published on Tuesday"),
           T("Thirty-seven of them were taken out of use at once", "37 were taken out of service immediately"),
           T("Worn brake parts", "worn brake components"),
           T("twice-yearly rather than annual inspections", "every six months instead of once a year")],
))

CASES.append(dict(
    domain="toy libraries", mode="rewrite", label="inconsistent",
    reference=("The Fernley Toy Library, which lends toys and games to about 340 families, will move to larger "
               "premises in the former Marsh Street post office in January. The charity's current rooms above a "
               "shop on Queen's Parade have become too small for its collection of more than 2,000 items. "
               "Coordinator Janet Ellery said the new site would allow it to open on Saturdays for the first time "
               "and to run weekly play sessions for toddlers. Membership costs £15 a year, with free places for "
               "families on low incomes."),
    candidate=("In January the Fernley Toy Library, a charity lending toys and games to some 340 families, will "
               "relocate to larger premises in the former Marsh Street post office. Its present rooms above a shop "
               "on Queen's Parade have become too small for its collection of over 2,000 items. The new site would "
               "let it open on Saturdays for the first time and run weekly toddler play sessions, coordinator Janet "
               "Ellery said, and would also let it run weekly toddler play sessions. Annual membership is £15, and "
               "families on low incomes can join free."),
    errors=[E("run weekly toddler play sessions", "repetition", "minor", None, occ=1)],
    traps=[T("over 2,000 items", "more than 2,000 items"),
           T("Annual membership is £15", "Membership costs £15 a year"),
           T("families on low incomes can join free", "free places for families on low incomes")],
))

CASES.append(dict(
    domain="poker rooms", mode="rewrite", label="consistent",
    reference=("The Gaming Licensing Board has fined the Silver Reef Casino in Port Amberley $185,000 for failing to "
               "verify the identity of players in its poker room, the board said in a statement on Wednesday. An "
               "audit found that between March and August last year staff allowed 62 customers to play without "
               "checking identification. The casino did not contest the findings and has since introduced "
               "electronic ID scanners at the poker room entrance. The board said it would carry out a follow-up "
               "inspection within six months."),
    candidate=("Port Amberley's Silver Reef Casino has been fined $185,000 by the Gaming Licensing Board for failing "
               "to check the identity of poker room players, the regulator said in a statement on Wednesday. Between "
               "March and August last year, staff let 62 customers play without checking ID, an audit found. The "
               "casino, which did not dispute the findings, has since installed electronic ID scanners at the "
               "entrance to the poker room. The board said it would conduct a follow-up inspection within six "
               "months."),
    errors=[],
    traps=[T("the regulator said", "the board said"),
           T("check the identity of poker room players", "verify the identity of players in its poker room"),
           T("which did not dispute the findings", "did not contest the findings"),
           T("installed", "introduced")],
))

CASES.append(dict(
    domain="clock museums", mode="rewrite", label="inconsistent",
    reference=("The Hesketh Clock Museum in Lindenfold will reopen on 5 April after a two-year, £3.1 million "
               "renovation, its trustees announced. The museum, which holds more than 900 timepieces, closed in 2022 "
               "after water damage to its upper floor. Highlights of the new displays include an astronomical clock "
               "made by Jonas Berwick in 1764 and a collection of 120 pocket watches donated by the family of the "
               "late engineer Thomas Ridley. Entry will be free for the first month. Curator Anna Lisowska said the "
               "museum hoped to attract 40,000 visitors a year."),
    candidate=("After a £3.1m renovation lasting two years, the Hesketh Clock Museum in Lindenfold will reopen on 5 "
               "August, its trustees said. The museum, home to over 900 timepieces, shut in 2022 when its upper "
               "floor suffered water damage. Among the highlights of the new displays are an astronomical clock made "
               "by Thomas Ridley in 1764 and 120 pocket watches given by the family of the late engineer Thomas "
               "Ridley. Admission will be free for the first month, and curator Anna Lisowska said the museum hoped "
               "to attract 40,000 visitors a year."),
    errors=[E("5 August", "date", "major", "5 April"),
            E("Thomas Ridley", "entity", "major", "Jonas Berwick", occ=0)],
    traps=[T("home to over 900 timepieces", "holds more than 900 timepieces"),
           T("Admission", "Entry")],
))

# ---------------------------------------------------------------- rewrites 17-20
CASES.append(dict(
    domain="dog shows", mode="rewrite", label="consistent",
    reference=("A four-year-old Irish water spaniel named Brambleside Copper won best in show at the Northfield "
               "Championship Dog Show on Sunday, beating more than 4,500 entries over three days. The dog, owned and "
               "handled by retired nurse Gillian Marsh from Elston, was judged by Peter Aldwych, who described it as "
               "'in superb condition'. It was the first time the breed had taken the top award in the show's "
               "71-year history. Reserve best in show went to a whippet owned by Kerry and Mark Denholm."),
    candidate=("Brambleside Copper, a four-year-old Irish water spaniel, was named best in show at the Northfield "
               "Championship Dog Show on Sunday, seeing off over 4,500 entries across the three-day event. Judge "
               "Peter Aldwych described the dog, which is owned and handled by Gillian Marsh, a retired nurse from "
               "Elston, as 'in superb condition'. Never before in the show's 71 years had the breed won the top "
               "award. A whippet belonging to Kerry and Mark Denholm took reserve best in show."),
    errors=[],
    traps=[T("seeing off over 4,500 entries", "beating more than 4,500 entries"),
           T("across the three-day event", "over three days"),
           T("Never before in the show's 71 years had the breed won the top award",
             "It was the first time the breed had taken the top award in the show's 71-year history"),
           T("belonging to", "owned by")],
))

CASES.append(dict(
    domain="radio dramas", mode="rewrite", label="inconsistent",
    reference=("Westerly Radio has commissioned a six-part drama series set in a lighthouse off the Cairnmor coast, "
               "to be broadcast next spring. The series, written by playwright Niamh Callery, will be recorded on "
               "location in September with a cast of 11 actors. Head of drama Owen Pryce said the station might also "
               "release the episodes as a podcast if funding allowed. The commission is part of a £1.2 million "
               "investment in audio drama announced by the station last year."),
    candidate=("A six-part drama series set in a lighthouse off the Cairnmor coast has been commissioned by Westerly "
               "Radio for broadcast next spring. Playwright Niamh Callery has written the series, which will be "
               "recorded on location in September with a cast of 11. The episodes will also be released as a "
               "podcast, head of drama Owen Pryce said. The commission forms part of the £1.2m investment in audio "
               "drama that the station announced last year."),
    errors=[E("will also be released as a podcast", "modality", "major",
              "might also release the episodes as a podcast if funding allowed")],
    traps=[T("for broadcast next spring", "to be broadcast next spring"),
           T("£1.2m investment in audio drama that the station announced last year",
             "£1.2 million investment in audio drama announced by the station last year")],
))

CASES.append(dict(
    domain="crane operators", mode="rewrite", label="consistent",
    reference=("Tower crane operators on the Harbourside development in Kelvport will stop work for 48 hours from "
               "6am on Monday in a dispute over rest breaks, the Construction Trades Union said. The union said its "
               "26 members on the site were being asked to work up to 11 hours in their cabs without a proper "
               "break. Contractor Dunmore Build said it was 'disappointed' by the action and that it complied with "
               "all safety rules. The walkout is expected to delay concrete pours on two apartment towers."),
    candidate=("A two-day stoppage by tower crane operators on Kelvport's Harbourside development will begin at "
               "06:00 on Monday in a row over rest breaks, according to the Construction Trades Union. Its 26 "
               "members on the site were being asked to spend as long as 11 hours in their cabs without a proper "
               "break, the union said. Dunmore Build, the contractor, said it was 'disappointed' by the action and "
               "that it followed all safety rules. Concrete pours on two apartment towers are likely to be held up "
               "by the walkout."),
    errors=[],
    traps=[T("two-day stoppage", "stop work for 48 hours"),
           T("06:00", "6am"),
           T("as long as 11 hours", "up to 11 hours"),
           T("followed", "complied with"),
           T("are likely to be held up", "is expected to delay")],
))

CASES.append(dict(
    domain="ploughing matches", mode="rewrite", label="inconsistent",
    reference=("Tom Garrity, a 23-year-old farmer from Balleen, won the senior championship at the County Rathmoy "
               "Ploughing Match on Saturday, beating defending champion Eoin Mulcair by three points. Around 8,000 "
               "spectators attended the event despite heavy rain in the morning. Organisers said the vintage tractor "
               "class had attracted a record 64 entries. The match was not affected by the recent outbreak of "
               "foot-and-mouth in a neighbouring county, as no livestock were on display this year."),
    candidate=("Defending champion Eoin Mulcair beat Tom Garrity, a 23-year-old farmer from Balleen, by three points "
               "to win the senior championship at Saturday's County Rathmoy Ploughing Match. Despite heavy morning "
               "rain, some 8,000 spectators turned out. A record 64 entries were received in the vintage tractor "
               "class, the organisers said. The match was disrupted by the recent foot-and-mouth outbreak in a "
               "neighbouring county, as no livestock were on display this year."),
    errors=[E("Eoin Mulcair beat Tom Garrity", "role", "critical",
              "beating defending champion Eoin Mulcair"),
            E("was disrupted by", "polarity", "major", "was not affected by")],
    traps=[T("A record 64 entries were received in the vintage tractor class",
             "the vintage tractor class had attracted a record 64 entries")],
))

# ---------------------------------------------------------------- summaries 21-25
CASES.append(dict(
    domain="steam rallies", mode="summary", label="consistent",
    reference=("The Great Holbrook Steam Rally will return to Ferris Park on 23 and 24 August after a three-year "
               "absence, organisers confirmed on Tuesday. The event was cancelled in 2022 and 2023 because of ground "
               "damage and in 2024 because of a dispute over the lease with the park's owners, the Holbrook Estate. "
               "A new ten-year agreement was signed last month. More than 150 steam engines, including traction "
               "engines, rollers and showman's engines, are expected, along with 300 trade stands. Chairman Geoffrey "
               "Pell said the rally had drawn about 35,000 visitors in its final year before the break and that he "
               "hoped to match that figure. Adult tickets will cost £18, with children under 12 admitted free."),
    candidate=("After a three-year break, the Great Holbrook Steam Rally returns to Ferris Park on 23–24 August, "
               "following a new ten-year agreement with landowner the Holbrook Estate. Over 150 steam engines and "
               "300 trade stands are expected, and the chairman hopes to match the roughly 35,000 visitors of the "
               "last rally before the break. Adults pay £18; under-12s go free."),
    errors=[],
    traps=[T("After a three-year break", "after a three-year absence"),
           T("23–24 August", "23 and 24 August"),
           T("Over 150", "More than 150"),
           T("under-12s go free", "children under 12 admitted free")],
))

CASES.append(dict(
    domain="hazelnut prices", mode="summary", label="inconsistent",
    reference=("Wholesale hazelnut prices have risen by 28% since June after frost and hail damaged orchards in the "
               "main growing regions, according to the Kestane Nut Exporters' Association. A tonne of shelled "
               "hazelnuts now costs about $7,400, compared with $5,780 at the start of the summer. The association "
               "estimates this year's harvest at 540,000 tonnes, down from 690,000 tonnes last year. Confectionery "
               "makers, which buy most of the crop, have warned that chocolate spreads and pralines could become more "
               "expensive early next year. The association's secretary general, Mehmet Aydan, said prices were "
               "unlikely to fall before the next harvest."),
    candidate=("Wholesale hazelnut prices have climbed 28% since June, to about $7,400 a tonne, after frost and hail "
               "hit orchards, the Kestane Nut Exporters' Association says. It puts this year's harvest at 640,000 "
               "tonnes, against 690,000 last year, and its secretary general sees prices as unlikely to ease before "
               "the next harvest. Confectioners have warned that chocolate spreads and pralines could get dearer "
               "early next year."),
    errors=[E("640,000 tonnes", "number", "major", "540,000 tonnes")],
    traps=[T("Confectioners", "Confectionery makers"),
           T("could get dearer", "could become more expensive")],
))

CASES.append(dict(
    domain="harp makers", mode="summary", label="consistent",
    reference=("Aberlyn Harps, a family-run workshop in the village of Cwm Tarrog, has won a contract to supply 40 "
               "concert harps to the National Youth Orchestra of Veldania over the next five years, the company said "
               "on Monday. The order, worth about £1.6 million, is the largest in the firm's 58-year history. Each "
               "pedal harp takes around 400 hours to build and uses maple and spruce sourced from certified forests. "
               "Managing director Sioned Price said the workshop would recruit four additional craftspeople and "
               "expand into a neighbouring barn to cope with demand. The first ten instruments are due to be "
               "delivered in spring next year."),
    candidate=("Family-run Aberlyn Harps has landed the biggest order in its 58 years: 40 concert harps, worth "
               "roughly £1.6m, for the National Youth Orchestra of Veldania over five years. To cope, the Cwm Tarrog "
               "workshop will hire four more craftspeople and expand into a neighbouring barn; the first ten harps "
               "are due next spring."),
    errors=[],
    traps=[T("the biggest order in its 58 years", "the largest in the firm's 58-year history"),
           T("roughly £1.6m", "about £1.6 million"),
           T("hire four more craftspeople", "recruit four additional craftspeople"),
           T("are due next spring", "are due to be delivered in spring next year")],
))

CASES.append(dict(
    domain="railway museums", mode="summary", label="inconsistent",
    reference=("The Greywater Railway Museum has acquired a 1938 streamlined express locomotive, the 'Northern "
               "Herald', from a private collector in Scotland for an undisclosed sum. The locomotive, which last ran "
               "in 1966, will be moved by road to the museum's site in Haddon Cross next month. Museum director Clive "
               "Barraclough said the engine would be put on static display while the museum raised an estimated £2 "
               "million needed to restore it to working order. The acquisition was supported by a £450,000 grant "
               "from the Transport Heritage Trust. The museum attracted 210,000 visitors last year."),
    candidate=("The Greywater Railway Museum has bought the 'Northern Herald', a 1938 streamlined express locomotive, "
               "from a Scottish collector with help from a £450,000 Transport Heritage Trust grant. The engine, which "
               "last ran in 1966, will be restored to working order at the museum's Greywater site next month, "
               "director Clive Barraclough said, at an estimated cost of £2m."),
    errors=[E("Greywater", "entity", "minor", "Haddon Cross", occ=1),
            E("will be restored to working order", "event", "major", "would be put on static display")],
    traps=[T("bought", "acquired"),
           T("a Scottish collector", "a private collector in Scotland")],
))

CASES.append(dict(
    domain="honey cooperatives", mode="summary", label="consistent",
    reference=("The Lindmark Honey Cooperative, which represents 230 beekeepers in the Sorrel Hills, produced 410 "
               "tonnes of honey last season, a 15% increase on the previous year, its annual report shows. Members "
               "were paid an average of €6.10 per kilogram, up from €5.40. The cooperative attributed the rise in "
               "output to a mild winter and the planting of 1,200 hectares of wildflower margins under a regional "
               "farming scheme. However, chairman Jonas Eklund warned that losses of hives to the varroa mite "
               "remained high, at around 18% over the winter. The cooperative plans to open a new bottling plant in "
               "Vesterby in 2026."),
    candidate=("Honey output at the Lindmark Honey Cooperative rose by 15% to 410 tonnes last season, helped by a "
               "mild winter and 1,200 hectares of newly planted wildflower margins, and its 230 beekeepers were paid "
               "an average €6.10 a kilo, up from €5.40. Chairman Jonas Eklund cautioned that winter hive losses to "
               "varroa were still high at about 18%."),
    errors=[],
    traps=[T("rose by 15%", "a 15% increase on the previous year"),
           T("€6.10 a kilo", "€6.10 per kilogram"),
           T("cautioned", "warned"),
           T("about 18%", "around 18%")],
))

# ---------------------------------------------------------------- summaries 26-30
CASES.append(dict(
    domain="clay pits", mode="summary", label="inconsistent",
    reference=("Tressick Minerals has applied for permission to extend its china clay pit at Carn Veor by 38 "
               "hectares, which would allow extraction to continue until 2045. The company says the extension would "
               "safeguard 120 jobs at the pit and its nearby drying plant. Residents in the village of Polgwidden "
               "have objected, citing dust, traffic and the loss of a popular footpath. The county planning "
               "committee is expected to decide on the application in November. If approved, the company has "
               "pledged to restore 60 hectares of worked-out land as heathland."),
    candidate=("Tressick Minerals will extend its Carn Veor china clay pit by 38 hectares, keeping extraction going "
               "until 2045 and, it says, safeguarding 120 jobs. Polgwidden residents object over dust, traffic and "
               "the loss of a footpath, and have gathered 2,000 signatures against the plan. A county planning "
               "decision is expected in November."),
    errors=[E("will extend", "modality", "major", "has applied for permission to extend"),
            E("and have gathered 2,000 signatures against the plan", "addition", "minor", None)],
    traps=[T("A county planning decision is expected in November",
             "The county planning committee is expected to decide on the application in November")],
))

CASES.append(dict(
    domain="walnut groves", mode="summary", label="consistent",
    reference=("Farmers in the Ardesca valley have planted 85,000 walnut trees over the past four years under a "
               "scheme to replace ageing vineyards, the regional agriculture department said on Thursday. The trees, "
               "covering about 1,400 hectares, will not produce a commercial crop until 2028 at the earliest. The "
               "department has paid growers a subsidy of €2,500 per hectare towards planting costs. Official Marco "
               "Rinaldi said walnuts needed less water than grapes and fetched stable prices, although he "
               "acknowledged that some farmers had been reluctant to abandon wine production. A processing "
               "cooperative is being set up in the town of Castel Verna."),
    candidate=("In the last four years Ardesca valley farmers have planted 85,000 walnut trees on around 1,400 "
               "hectares in place of ageing vineyards, with a €2,500-a-hectare planting subsidy, the regional "
               "agriculture department says. There will be no commercial crop before 2028. Walnuts need less water "
               "than vines and fetch stable prices, an official said, though some farmers have been reluctant to "
               "give up wine production."),
    errors=[],
    traps=[T("In the last four years", "over the past four years"),
           T("around 1,400 hectares", "about 1,400 hectares"),
           T("€2,500-a-hectare planting subsidy", "a subsidy of €2,500 per hectare towards planting costs"),
           T("There will be no commercial crop before 2028",
             "will not produce a commercial crop until 2028 at the earliest")],
))

CASES.append(dict(
    domain="earthquake retrofits", mode="summary", label="inconsistent",
    reference=("The city of Morava Bay will require owners of about 2,300 unreinforced brick buildings to carry out "
               "seismic retrofits by 2032, under an ordinance approved by the city council on Tuesday by 11 votes to "
               "2. Engineers estimate the work will cost between $60,000 and $250,000 per building. The city will "
               "offer low-interest loans of up to $150,000 and waive permit fees for the first three years. Mayor "
               "Lena Hoshino said the 1994 Tessaly earthquake, which killed 14 people in the city, had shown the "
               "danger posed by such buildings. Owners who miss the deadline could face fines."),
    candidate=("Owners of roughly 2,300 unreinforced brick buildings in Morava Bay must complete seismic retrofits by "
               "2023 under an ordinance the council passed 11-2 on Tuesday. The city will offer low-interest loans "
               "of up to $150,000 and waive permit fees for the first three years, with work estimated at "
               "$60,000–$250,000 a building. The mayor cited the deadly 1994 Tessaly quake."),
    errors=[E("2023", "date", "major", "2032")],
    traps=[T("roughly 2,300", "about 2,300"),
           T("11-2", "by 11 votes to 2"),
           T("$60,000–$250,000 a building", "between $60,000 and $250,000 per building")],
))

CASES.append(dict(
    domain="chess tournaments", mode="summary", label="consistent",
    reference=("Grandmaster Irina Volkovska won the Calderport Open chess tournament on Sunday, finishing with 7.5 "
               "points from nine rounds, half a point ahead of a group of four players. The 19-year-old, who is "
               "ranked 48th in the world, secured victory with a draw against top seed Arjun Mehta in the final "
               "round. A record 312 players from 27 countries took part in the event, which was held at the "
               "Calderport Guildhall over nine days. Volkovska receives a first prize of €15,000. Tournament "
               "director Paul Stenning said next year's edition would be expanded to include a women's section with "
               "its own prize fund."),
    candidate=("Irina Volkovska, a 19-year-old grandmaster ranked 48th in the world, took the Calderport Open on "
               "Sunday with 7.5 out of 9, half a point clear of four players, after drawing with top seed Arjun "
               "Mehta in the last round. She wins €15,000. A record 312 players from 27 countries competed; the "
               "director said a women's section with its own prize fund would be added next year."),
    errors=[],
    traps=[T("took the Calderport Open", "won the Calderport Open chess tournament"),
           T("7.5 out of 9", "7.5 points from nine rounds"),
           T("half a point clear of four players", "half a point ahead of a group of four players"),
           T("She wins €15,000", "Volkovska receives a first prize of €15,000")],
))

CASES.append(dict(
    domain="podcast networks", mode="summary", label="inconsistent",
    reference=("Harbourline Media, the podcast network behind the true-crime series 'Cold Harbour', has been bought "
               "by broadcaster Tessel Group for $42 million, the companies announced on Wednesday. Harbourline, "
               "founded in 2017 by journalists Mara Quint and Devon Ashe, produces 26 shows with a combined audience "
               "of about 9 million monthly listeners. Both founders will stay on to run the network as a separate "
               "division. Tessel's chief executive, Graham Whitby, said the deal would help the group reach younger "
               "audiences. Analysts at Brightwater Research said the price was high given that Harbourline had yet "
               "to turn a profit."),
    candidate=("Broadcaster Tessel Group has bought Harbourline Media, the podcast network behind 'Cold Harbour', for "
               "$42m. Harbourline's 26 shows draw around 9 million listeners a month, and founders Mara Quint and "
               "Devon Ashe will stay on to run it as a separate division. Harbourline's 26 shows draw around 9 "
               "million listeners a month. Founder Mara Quint said the price was high given that Harbourline had yet "
               "to turn a profit."),
    errors=[E("Harbourline's 26 shows draw around 9 million listeners a month", "repetition", "minor", None, occ=1),
            E("Founder Mara Quint said", "attribution", "major", "Analysts at Brightwater Research said")],
    traps=[T("$42m", "$42 million")],
))

# ---------------------------------------------------------------- translations 31-35
CASES.append(dict(
    domain="shopping arcades", mode="translation", label="consistent",
    reference=("The historic Ostrowski Arcade in central Velnitz will open its doors again on 1 June after nearly "
               "three years of renovation, the city heritage office announced on Friday. The works, costing 46 "
               "million crowns, included restoring the glass roof from 1897 and the mosaic floor. Of the 38 shop "
               "units, 31 have already been let, mostly to independent businesses. According to the head of the "
               "heritage office, Katarina Holub, the rents will be capped for the first five years so that small "
               "traders can afford them. The arcade will be open daily from 8 a.m. to 10 p.m."),
    candidate=("After almost three years of restoration work, the historic Ostrowski Arcade in the centre of Velnitz "
               "is to reopen on 1 June, the municipal heritage office said on Friday. The renovation cost 46 million "
               "crowns and included the restoration of the mosaic floor and of the glass roof dating from 1897. "
               "Thirty-one of the 38 shops have already found tenants, most of them independent businesses. "
               "Katarina Holub, who heads the heritage office, said rents would be limited for the first five years "
               "to keep them affordable for small traders. The arcade will be open every day from 8:00 to 22:00."),
    errors=[],
    traps=[T("almost three years", "nearly three years"),
           T("municipal heritage office", "city heritage office"),
           T("Thirty-one of the 38 shops have already found tenants",
             "Of the 38 shop units, 31 have already been let"),
           T("would be limited", "will be capped"),
           T("from 8:00 to 22:00", "from 8 a.m. to 10 p.m.")],
))

CASES.append(dict(
    domain="elevator pitches", mode="translation", label="inconsistent",
    reference=("Forty-two young companies presented their ideas in three-minute pitches to a jury of investors at "
               "the Startup Days in Korvala on Thursday. The main prize of 100,000 euros went to the firm Lumetra, "
               "which develops sensors for detecting leaks in water pipes. Its founder, Elina Saarinen, said the "
               "money would be used to hire two engineers and test the technology in the town of Hämevik. Second "
               "place and 40,000 euros went to a start-up that recycles old textiles into insulation. The organisers "
               "said that investors had expressed interest in at least ten of the companies."),
    candidate=("At Thursday's Startup Days in Korvala, 42 young firms each had three minutes to pitch their ideas to "
               "a panel of investors. Lumetra, a company developing sensors that detect leaks in water pipes, won "
               "the top prize of 100,000 euros. According to founder Elina Saarinen, the money will go towards "
               "hiring two engineers. The runner-up, a start-up turning old textiles into insulation, received "
               "40,000 euros. Investors showed interest in at least ten of the participating companies, the "
               "organisers said."),
    errors=[E("", "omission", "major", "test the technology in the town of Hämevik", after="hiring two engineers")],
    traps=[T("each had three minutes to pitch", "in three-minute pitches"),
           T("a panel of investors", "a jury of investors"),
           T("The runner-up", "Second place")],
))

CASES.append(dict(
    domain="pistachio farms", mode="translation", label="consistent",
    reference=("Pistachio growers in the Sarvan province expect a record harvest this autumn of about 62,000 tonnes, "
               "the provincial farmers' union reported on Tuesday. That would be almost twice as much as last year, "
               "when a late frost destroyed a large part of the blossom. The union's chairman, Davud Rezai, warned "
               "however that low groundwater levels threaten the long-term future of the farms, as nearly 40 percent "
               "of the wells in the province have dried up over the past decade. The government has promised "
               "subsidies for drip irrigation systems, but payments have not yet begun."),
    candidate=("The provincial farmers' union said on Tuesday that pistachio producers in Sarvan province are "
               "anticipating an all-time high harvest of roughly 62,000 tonnes this autumn. This would be close to "
               "double last year's crop, when much of the blossom was killed by a late frost. Davud Rezai, who "
               "chairs the union, cautioned however that low groundwater levels put the farms' long-term survival "
               "at risk: almost two in five of the province's wells have run dry in the last ten years. Subsidies "
               "for drip irrigation have been promised by the government, but none have been paid out so far."),
    errors=[],
    traps=[T("an all-time high harvest", "a record harvest"),
           T("close to double", "almost twice as much"),
           T("almost two in five", "nearly 40 percent"),
           T("in the last ten years", "over the past decade"),
           T("none have been paid out so far", "payments have not yet begun")],
))

CASES.append(dict(
    domain="zoo births", mode="translation", label="inconsistent",
    reference=("Belvik Zoo has announced the birth of a male Amur tiger cub, the first tiger born there in 14 years. "
               "The cub was born on 9 March to the seven-year-old tigress Sasha, who came to Belvik from a zoo in "
               "Hollbach two years ago, and the male Boris. Keepers say mother and cub are doing well. The public "
               "will be able to see the cub from May, once it has received its vaccinations. The zoo is taking part "
               "in the European breeding programme for the endangered species, of which fewer than 600 remain in "
               "the wild."),
    candidate=("Belvik Zoo has reported the birth of a male Amur tiger cub, the first tiger to be born at the zoo in "
               "14 years. The cub's parents are the male Boris and the seven-year-old female Sasha, who gave birth "
               "on 9 March and who moved from Belvik to the zoo in Hollbach two years ago. According to the keepers, "
               "the mother and her young are in good health. Visitors will be able to see the cub from May, after it "
               "has been vaccinated. The zoo participates in the European breeding programme for this endangered "
               "species, which numbers under 600 animals in the wild."),
    errors=[E("moved from Belvik to the zoo in Hollbach", "role", "major", "came to Belvik from a zoo in Hollbach")],
    traps=[T("are in good health", "are doing well"),
           T("after it has been vaccinated", "once it has received its vaccinations"),
           T("under 600", "fewer than 600")],
))

CASES.append(dict(
    domain="cheese rolling", mode="translation", label="consistent",
    reference=("About 3,000 spectators watched the traditional cheese race down the steep Brannock slope on Sunday. "
               "In the men's run, the 27-year-old carpenter Luca Fenzi from the village of Ortal came first, "
               "catching the four-kilogram wheel of mountain cheese just before the finish line. The women's race "
               "was won for the third time in a row by Sara Montagni. Eleven participants were treated by paramedics "
               "for minor injuries, one of whom was taken to hospital with a suspected broken arm. The winners "
               "traditionally keep the cheese."),
    candidate=("Some three thousand onlookers followed Sunday's traditional cheese race down the steep Brannock "
               "hillside. Luca Fenzi, a 27-year-old carpenter from the village of Ortal, won the men's race, "
               "grabbing the 4 kg mountain cheese wheel just short of the finish. Sara Montagni took the women's "
               "title for the third consecutive year. Paramedics treated eleven competitors for minor injuries; one "
               "was taken to hospital with what may be a broken arm. By tradition, the cheese goes home with the "
               "winners."),
    errors=[],
    traps=[T("Some three thousand onlookers", "About 3,000 spectators"),
           T("4 kg", "four-kilogram"),
           T("for the third consecutive year", "for the third time in a row"),
           T("what may be a broken arm", "a suspected broken arm"),
           T("By tradition, the cheese goes home with the winners", "The winners traditionally keep the cheese")],
))

# ---------------------------------------------------------------- translations 36-40
CASES.append(dict(
    domain="fish passes", mode="translation", label="inconsistent",
    reference=("A new fish pass at the Hollen weir on the river Auel has been opened, allowing salmon and sea trout "
               "to reach their spawning grounds upstream for the first time in more than a century. The structure, "
               "a series of 24 concrete pools rising 4.5 metres, cost 3.8 million euros and was financed by the "
               "regional water authority. Biologist Martina Keller of the Auel Fisheries Institute said the fish had "
               "not been able to pass the weir since it was built in 1908. Underwater cameras will count the fish "
               "using the pass."),
    candidate=("The Hollen weir on the Auel river now has a new fish pass, which lets salmon and sea trout swim "
               "upstream to their spawning grounds for the first time in over a hundred years. Made up of 24 "
               "concrete basins climbing 4.5 metres, the structure was paid for by the Auel Fisheries Institute at a "
               "cost of 3.8 million euros. According to biologist Martina Keller of the Auel Fisheries Institute, "
               "fish had been able to pass the weir since it was built in 1908. The fish using the pass will be "
               "counted by underwater cameras."),
    errors=[E("Auel Fisheries Institute", "entity", "major", "regional water authority", occ=0),
            E("had been able to pass", "polarity", "critical", "had not been able to pass")],
    traps=[T("over a hundred years", "more than a century"),
           T("basins", "pools")],
))

CASES.append(dict(
    domain="umbrella makers", mode="translation", label="consistent",
    reference=("The umbrella manufacturer Fratelli Brenna, founded in 1872 in the town of Lorvo, has been taken over "
               "by its employees. The 34 workers bought the company from the founding family for an undisclosed "
               "amount with the support of a cooperative credit bank. The last family owner, 71-year-old Giorgio "
               "Brenna, had announced in the spring that he would close the business because he had no successor. "
               "The company makes around 25,000 handmade umbrellas a year, more than half of which are exported, "
               "mainly to Japan and the United States. Production will continue without interruption, the new "
               "management said."),
    candidate=("Fratelli Brenna, an umbrella maker set up in Lorvo in 1872, is now owned by its workforce. Backed by "
               "a cooperative credit bank, the 34 employees acquired the firm from the founding family; the price "
               "was not disclosed. Giorgio Brenna, 71, the last member of the family to own the company, had said in "
               "the spring that he would shut it down as there was no one to succeed him. Roughly 25,000 umbrellas "
               "are made by hand there each year, over half of them for export, chiefly to Japan and the US. "
               "According to the new management, production will carry on without a break."),
    errors=[],
    traps=[T("is now owned by its workforce", "has been taken over by its employees"),
           T("the price was not disclosed", "for an undisclosed amount"),
           T("Roughly 25,000", "around 25,000"),
           T("over half of them for export", "more than half of which are exported"),
           T("without a break", "without interruption")],
))

CASES.append(dict(
    domain="raffle tickets", mode="translation", label="inconsistent",
    reference=("The volunteer fire brigade of Oberwald sold more than 4,000 raffle tickets at its summer festival, "
               "raising 8,200 euros for a new rescue boat. The main prize, a week's holiday on the coast, was won by "
               "a pensioner from the neighbouring village of Kirnach. Tickets cost two euros each. Brigade commander "
               "Stefan Roth thanked the 60 local businesses that had donated prizes. The boat is to be purchased "
               "next year; the remaining cost of about 15,000 euros will be covered by the municipality."),
    candidate=("At its summer festival, Oberwald's volunteer fire brigade sold upwards of 4,000 raffle tickets at "
               "two euros apiece, bringing in 8,200 euros towards a new rescue boat. A pensioner from the nearby "
               "village of Kirnach won the top prize, a week's holiday by the sea. Commander Stefan Roth thanked the "
               "60 local businesses that had sponsored the festival. The boat is to be bought next year, with the "
               "municipality paying the remaining cost of roughly 15,000 euros."),
    errors=[E("sponsored the festival", "event", "minor", "donated prizes")],
    traps=[T("upwards of 4,000", "more than 4,000"),
           T("two euros apiece", "Tickets cost two euros each"),
           T("with the municipality paying", "will be covered by the municipality")],
))

CASES.append(dict(
    domain="tram drivers", mode="translation", label="consistent",
    reference=("Tram drivers in Marlov will stop work for 24 hours on Wednesday, the transport workers' union "
               "announced. The strike will begin at 3 a.m. and will halt all nine tram lines in the city. The union "
               "is demanding a wage increase of 8 percent and additional drivers to reduce overtime; the municipal "
               "transport company has so far offered 4.5 percent. Buses and the metro will run as normal, the "
               "company said, and it advised passengers to allow extra time for their journeys. Further talks are "
               "scheduled for next Monday."),
    candidate=("The transport workers' union has announced a day-long strike by Marlov's tram drivers on Wednesday. "
               "Starting at 03:00, the stoppage will bring all nine of the city's tram lines to a standstill. The "
               "union wants an 8% pay rise and more drivers so that overtime can be cut, while the city-owned "
               "transport company's offer so far stands at 4.5%. The company said bus and metro services would not "
               "be affected and urged passengers to allow more time for their journeys. The two sides are due to "
               "meet again next Monday."),
    errors=[],
    traps=[T("a day-long strike", "stop work for 24 hours"),
           T("03:00", "3 a.m."),
           T("city-owned transport company", "municipal transport company"),
           T("would not be affected", "will run as normal"),
           T("The two sides are due to meet again next Monday", "Further talks are scheduled for next Monday")],
))

CASES.append(dict(
    domain="dumpling contests", mode="translation", label="inconsistent",
    reference=("Chef Ana Petrović from the restaurant Zlatna Kapa won this year's dumpling championship in Korrestad "
               "on Saturday with her plum dumplings in a breadcrumb and cinnamon coating. Twenty-eight cooks from "
               "five countries took part. The jury of six judged taste, texture and appearance. The competitor in "
               "second place, Marko Ilić, had prepared dumplings filled with smoked cheese. The organisers reported "
               "that around 5,000 visitors came and that more than 20,000 dumplings were sold at the stalls during "
               "the day."),
    candidate=("On Saturday, Ana Petrović, chef at the Zlatna Kapa restaurant, took first place at this year's "
               "Korrestad dumpling championship with plum dumplings coated in breadcrumbs and cinnamon. The contest "
               "drew 28 cooks from five countries, and a six-member jury assessed taste, texture and presentation. "
               "Runner-up Marko Ilić had made dumplings with a smoked cheese filling. According to the organisers, "
               "roughly 5,000 people attended and over 2,000 dumplings were sold at the stalls over the day."),
    errors=[E("over 2,000 dumplings", "number", "major", "more than 20,000 dumplings")],
    traps=[T("28 cooks", "Twenty-eight cooks"),
           T("six-member jury", "The jury of six"),
           T("Runner-up", "The competitor in second place")],
))


# ---------------------------------------------------------------- build & validate
def find_nth(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            raise ValueError("not found (occ %d): %r" % (occ, needle))
    return pos


def words(s):
    return len(re.findall(r"\S+", s))


def check_bounds(cand, start, end, what):
    if start > 0 and cand[start - 1].isalnum() and cand[start].isalnum():
        raise ValueError("%s cuts a word at start: %r" % (what, cand[start - 1:end]))
    if end < len(cand) and cand[end - 1].isalnum() and cand[end].isalnum():
        raise ValueError("%s cuts a word at end: %r" % (what, cand[start:end + 1]))


def build():
    records = []
    problems = []
    for i, c in enumerate(CASES, 1):
        rid = "s%d-%03d" % (N, i)
        ref, cand = c["reference"], c["candidate"]
        try:
            errors, traps, spans = [], [], []
            for e in c["errors"]:
                if e["type"] not in ERROR_TYPES:
                    raise ValueError("bad type %r" % e["type"])
                if e["severity"] not in ("minor", "major", "critical"):
                    raise ValueError("bad severity")
                if e["type"] == "omission":
                    if e["text"] != "" or not e["ref_text"]:
                        raise ValueError("omission needs empty text and ref_text")
                    if c["mode"] == "summary":
                        raise ValueError("omission in summary")
                    if e["ref_text"] in cand:
                        raise ValueError("omitted words present in candidate")
                    start = end = find_nth(cand, e["after"], e["after_occ"]) + len(e["after"])
                    check_bounds(cand, start, end, "omission point") if 0 < start < len(cand) and \
                        cand[start - 1].isalnum() and cand[start].isalnum() else None
                else:
                    if not e["text"]:
                        raise ValueError("empty error span")
                    start = find_nth(cand, e["text"], e["occ"])
                    end = start + len(e["text"])
                    check_bounds(cand, start, end, "error")
                if e["type"] in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        raise ValueError("addition/repetition must have null ref_text")
                else:
                    if e["ref_text"] is None or e["ref_text"] not in ref:
                        raise ValueError("error ref_text not in reference: %r" % e["ref_text"])
                if e["type"] == "repetition" and cand.find(e["text"]) >= start:
                    raise ValueError("repetition is not a later copy")
                errors.append({"start": start, "end": end, "text": cand[start:end], "type": e["type"],
                               "severity": e["severity"], "ref_text": e["ref_text"]})
                spans.append((start, end, "error"))
            for t in c["traps"]:
                start = find_nth(cand, t["text"], t["occ"])
                end = start + len(t["text"])
                check_bounds(cand, start, end, "trap")
                if t["ref_text"] not in ref:
                    raise ValueError("trap ref_text not in reference: %r" % t["ref_text"])
                traps.append({"start": start, "end": end, "text": cand[start:end], "ref_text": t["ref_text"]})
                spans.append((start, end, "trap"))
            spans.sort()
            for (s1, e1, k1), (s2, e2, k2) in zip(spans, spans[1:]):
                if s2 < e1 or (s1 == e1 and s1 > s2) or (s2 == e2 and s1 < s2 < e1):
                    raise ValueError("overlapping spans at %d-%d / %d-%d" % (s1, e1, s2, e2))
            for (s1, e1, _) in spans:
                for (s2, e2, _) in spans:
                    if s2 == e2 and s1 < s2 < e1:
                        raise ValueError("omission point inside a span")
            nw = words(ref)
            if not 70 <= nw <= 190:
                raise ValueError("reference has %d words" % nw)
            if c["mode"] == "summary" and not (words(cand) < nw and len(cand) < len(ref)):
                raise ValueError("summary not shorter than reference")
            if c["label"] == "consistent":
                if errors or not 3 <= len(traps) <= 5:
                    raise ValueError("consistent pair needs 0 errors and 3-5 traps")
            else:
                if not errors or len(traps) > 3:
                    raise ValueError("inconsistent pair needs errors and 0-3 traps")
            if ref == cand:
                raise ValueError("candidate identical to reference")
            errors.sort(key=lambda x: (x["start"], x["end"]))
            traps.sort(key=lambda x: x["start"])
            records.append({"id": rid, "domain": c["domain"], "mode": c["mode"], "reference": ref,
                            "candidate": cand, "label": c["label"], "errors": errors, "traps": traps})
        except ValueError as ex:
            problems.append("%s (%s): %s" % (rid, c["domain"], ex))
    return records, problems


def composition(records):
    from collections import Counter
    modes = Counter((r["mode"], r["label"]) for r in records)
    types = Counter(e["type"] for r in records for e in r["errors"])
    per_pair = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    return modes, types, per_pair


def main():
    records, problems = build()
    modes, types, per_pair = composition(records)
    if len(records) == 40:
        if len({r["domain"] for r in records}) != 40:
            problems.append("domains not distinct")
        for m, n in (("rewrite", 10), ("summary", 5), ("translation", 5)):
            for lab in ("consistent", "inconsistent"):
                if modes[(m, lab)] != n:
                    problems.append("%s/%s: %d, want %d" % (m, lab, modes[(m, lab)], n))
        if sum(types.values()) != 30:
            problems.append("%d errors, want 30" % sum(types.values()))
        for t in ERROR_TYPES:
            if types[t] < 2:
                problems.append("type %s has %d errors" % (t, types[t]))
    else:
        problems.append("%d valid records, want 40" % len(records))
    if problems:
        print("INVALID:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("valid: %d pairs; modes %s" % (len(records), dict(sorted(modes.items()))))
    print("errors by type %s; errors per inconsistent pair %s" % (dict(sorted(types.items())),
                                                                  dict(sorted(per_pair.items()))))
    if "--check" in sys.argv[1:]:
        return
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
