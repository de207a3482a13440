#!/usr/bin/env python3
"""Held-out evaluation set 132 for a fact-comparison tool (N = 132).

How it was made
---------------
Every pair below was hand-written by a helper that saw no code and no data of
the project, working only from a written brief. All people, companies,
organisations, places, titles and figures are invented; real countries or
regions appear at most as background. No existing benchmark was consulted.
Character offsets are never typed by hand: this script finds every quoted
span in the candidate by string search (an explicit occurrence index is given
wherever a quoted text repeats), validates everything and writes
set132.jsonl next to itself.  `python3 make_set132.py --check` validates only.

Composition
-----------
40 pairs, each from a different domain (news / agency / corporate / official
register; references 101-123 words, limit 70-190):
  * 20 rewrites   (10 consistent, 10 inconsistent)
  * 10 summaries  ( 5 consistent,  5 inconsistent)
  * 10 translations (5 consistent, 5 inconsistent; both texts are independent
    English translations of the same non-English story)
30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with two):
  entity 3, number 4, date 3, role 3, polarity 3, modality 3,
  attribution 2, event 3, omission 2 (rewrite/translation only),
  addition 2, repetition 2.
Severities: minor 8, major 20, critical 2.
Traps (faithful rewordings a naive checker might flag): 3-5 in every
consistent pair (90 in all), 0-3 in inconsistent pairs (50 in all).

Record format (one JSON object per line): id, domain, mode, reference,
candidate, label, errors[{start,end,text,type,severity,ref_text}],
traps[{start,end,text,ref_text}]; offsets are Python str offsets into the
candidate, [start, end).  Omissions have start == end and text "", with the
missing reference words in ref_text; addition and repetition have
ref_text null; a repetition span is the later copy of earlier candidate text.
"""
import json
import os
import re
import sys

N = 132
PREFIX = "s132"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set132.jsonl")

DOMAINS = [
    "tea estate strike", "outback mail plane", "grain elevator demolition",
    "nursery fees increase", "county jail overcrowding", "racecourse closure",
    "postal strike", "cork oak drought", "cable car project",
    "boxing gym funding", "farm animal welfare fine", "cattle vaccination drive",
    "comedy club closure", "ferry crew rescue", "ancient yew tree felling",
    "horse sanctuary", "kava export", "post office relocation",
    "community fridge opening", "ferry terminal rebuild", "dog park",
    "marathon bib fraud", "ferry fare rise", "harbour seal count",
    "river dolphin survey", "rooibos tea harvest", "novel plagiarism claim",
    "airport runway extension", "school board recall", "beach hut auction",
    "folk museum donation", "rural bus pilot", "street food licence",
    "carpet export fall", "samba school parade", "village pub community buyout",
    "bullfighting ban vote", "peach orchard frost", "bamboo bridge collapse",
    "diner sale",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]


def E(text, type, severity, ref_text=None, occ=None, after=None):
    """An error. For an omission give text="" and `after`: the candidate text
    right after which the missing words belong (occ picks its occurrence)."""
    return {"text": text, "type": type, "severity": severity,
            "ref_text": ref_text, "occ": occ, "after": after}


def T(text, ref_text, occ=None):
    """A trap: faithful rewording of `ref_text` (reference wording)."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


CASES = []


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------------------
# Rewrites, consistent (10)
# ---------------------------------------------------------------------------
case("tea estate strike", "rewrite", "consistent",
    "Around 2,400 pickers at the Kelvara Hills tea estate walked off the job on Monday, "
    "demanding a daily wage increase of 60 rupees. The Plantation Workers' Union said the "
    "stoppage would continue until management returned to the negotiating table. Estate owner "
    "Brightleaf Holdings said it had offered a rise of 35 rupees, which it described as 'the most "
    "the business can bear' after two poor harvests. Picking has halted across all four divisions "
    "of the 1,100-hectare estate, and the company estimates it is losing about 18 tonnes of green "
    "leaf a day. District labour officer Anita Ramesh is expected to convene talks between the two "
    "sides later this week.",
    "Some 2,400 tea pickers downed tools at the Kelvara Hills estate on Monday in pursuit of a "
    "60-rupee rise in their daily pay. According to the Plantation Workers' Union, the strike will "
    "go on until management comes back to negotiate. Brightleaf Holdings, which owns the estate, "
    "said its offer of an extra 35 rupees was 'the most the business can bear' following two weak "
    "harvests. All four divisions of the 1,100-hectare property have stopped picking, and the "
    "company puts its losses at roughly 18 tonnes of green leaf daily. Talks between the sides are "
    "likely to be called later this week by Anita Ramesh, the district labour officer.",
    traps=[
        T("downed tools", "walked off the job"),
        T("a 60-rupee rise in their daily pay", "a daily wage increase of 60 rupees"),
        T("Brightleaf Holdings, which owns the estate", "Estate owner Brightleaf Holdings"),
        T("are likely to be called", "is expected to convene"),
    ])

case("grain elevator demolition", "rewrite", "consistent",
    "The town council of Marlow Creek voted 5-2 on Thursday to demolish the 1927 grain elevator "
    "that has stood empty beside the railway line since 1998. Engineers hired by the council "
    "concluded last month that the concrete silos were structurally unsound and could not be "
    "repaired for less than $3.1 million. Demolition, estimated to cost $640,000, is scheduled to "
    "begin in early September and should take about eight weeks. The Marlow Creek Heritage Society, "
    "which had campaigned to save the structure, said it was 'deeply disappointed' but would not "
    "challenge the decision in court. The council plans to turn the site into a car park for the "
    "neighbouring farmers' market.",
    "Marlow Creek's council has decided, by five votes to two, to pull down the town's 1927 grain "
    "elevator, which has been disused next to the railway since 1998. The vote took place on "
    "Thursday. Last month engineers working for the council judged the concrete silos structurally "
    "unsound, putting the cost of any repair at no less than $3.1m. The demolition will cost an "
    "estimated $640,000; work is due to start at the beginning of September and is expected to last "
    "around two months. The local heritage society, which fought to preserve the building, said it "
    "was 'deeply disappointed' but ruled out legal action. The council intends to turn the site into "
    "a car park serving the farmers' market next door.",
    traps=[
        T("by five votes to two", "5-2"),
        T("pull down", "demolish"),
        T("putting the cost of any repair at no less than $3.1m",
          "could not be repaired for less than $3.1 million"),
        T("around two months", "about eight weeks"),
        T("ruled out legal action", "would not challenge the decision in court"),
    ])

case("county jail overcrowding", "rewrite", "consistent",
    "The Harlan County jail held 412 inmates on Wednesday, more than 40 percent above its rated "
    "capacity of 290, according to figures released by Sheriff Dale Pruett. Pruett said some "
    "detainees were sleeping on mattresses in corridors and that two housing units closed for "
    "repairs would not reopen before January. The county's board of supervisors is scheduled to "
    "vote next Tuesday on a proposal to send up to 60 inmates to a neighbouring county's facility "
    "at a cost of $85 per inmate per day. Civil liberties groups have warned that conditions may "
    "breach state minimum standards, and the state inspection office said it would visit the jail "
    "within 30 days.",
    "With 412 people in custody on Wednesday, the Harlan County jail was running at over 140 "
    "percent of the 290 inmates it is rated for, according to figures from Sheriff Dale Pruett. The "
    "sheriff said some detainees were bedding down on mattresses in hallways, and that two housing "
    "units shut for repairs will remain closed until at least January. Next Tuesday, county "
    "supervisors are due to vote on whether to transfer as many as 60 inmates to a jail in a "
    "neighbouring county, at $85 a day for each one. Civil liberties groups have warned that "
    "conditions could fall short of state minimum standards, and state inspectors have said they "
    "will visit the jail within a month.",
    traps=[
        T("over 140 percent of the 290 inmates it is rated for",
          "more than 40 percent above its rated capacity of 290"),
        T("bedding down on mattresses in hallways", "sleeping on mattresses in corridors"),
        T("will remain closed until at least January", "would not reopen before January"),
        T("as many as 60 inmates", "up to 60 inmates"),
        T("within a month", "within 30 days"),
    ])

case("cork oak drought", "rewrite", "consistent",
    "Cork harvests in the Serra do Vale region of Portugal are expected to fall by about a quarter "
    "this summer after the driest winter in 70 years, the regional producers' association said on "
    "Friday. The association, which represents 340 growers, said stressed trees were producing "
    "thinner bark and that stripping would be postponed on roughly one in five holdings to avoid "
    "damaging the oaks. Cork can only be harvested from a tree every nine years. Association "
    "president Rui Tavares said growers were not yet facing losses on the scale of 2005, but warned "
    "that prices paid to producers could rise by 10 to 12 percent if the dry weather continues into "
    "the autumn.",
    "A regional producers' association said on Friday that this summer's cork harvest in Portugal's "
    "Serra do Vale is likely to be around 25 percent smaller, following the region's driest winter "
    "in seven decades. The association, which has 340 growers as members, said trees under stress "
    "were producing thinner bark and that stripping would be put off on about 20 percent of holdings "
    "to spare the oaks from damage. A cork oak can be stripped only once every nine years. Rui "
    "Tavares, who heads the association, said growers' losses had not yet reached the scale of 2005. "
    "He cautioned, however, that producer prices might climb by 10-12 percent should the dry spell "
    "last into autumn.",
    traps=[
        T("around 25 percent smaller", "fall by about a quarter"),
        T("seven decades", "70 years"),
        T("about 20 percent of holdings", "roughly one in five holdings"),
        T("Rui Tavares, who heads the association", "Association president Rui Tavares"),
        T("10-12 percent", "10 to 12 percent"),
    ])

case("boxing gym funding", "rewrite", "consistent",
    "A boxing gym in the Eastfield district of Norbridge has been awarded £185,000 by the city's "
    "Youth Opportunities Fund, securing its future for at least three years. The Iron Lantern Boxing "
    "Club, founded in 2009 by former amateur champion Grace Oduya, trains around 220 young people a "
    "week, most of them aged between 11 and 18. The grant will pay for two full-time coaches, a new "
    "ring and repairs to the building's leaking roof. Oduya said the club had been 'weeks away' from "
    "closing its doors last winter after its previous sponsor withdrew. Councillor Mark Ellery, who "
    "chairs the fund, said the club had 'kept hundreds of teenagers off the streets'.",
    "Norbridge's Youth Opportunities Fund has handed £185k to the Iron Lantern Boxing Club in "
    "Eastfield, a grant that guarantees the gym's survival for a minimum of three years. Former "
    "amateur champion Grace Oduya set up the club in 2009; it now coaches roughly 220 youngsters each "
    "week, the majority between 11 and 18 years old. The money will cover two full-time coaching "
    "posts, a new ring and repairs to the leaking roof. After its previous sponsor pulled out, the "
    "club came within weeks of shutting last winter, Oduya said. Councillor Mark Ellery, the fund's "
    "chair, credited the club with having 'kept hundreds of teenagers off the streets'.",
    traps=[
        T("£185k", "£185,000"),
        T("for a minimum of three years", "for at least three years"),
        T("Former amateur champion Grace Oduya set up the club in 2009",
          "founded in 2009 by former amateur champion Grace Oduya"),
        T("After its previous sponsor pulled out", "after its previous sponsor withdrew"),
        T("the fund's chair", "who chairs the fund"),
    ])

case("comedy club closure", "rewrite", "consistent",
    "The Laughing Gull, a comedy club that has operated in a basement on Tanner Street for 26 years, "
    "will close on 30 June, its owners announced on Monday. Co-owner Priya Hale said rising rent and "
    "a 38 percent drop in weekday audiences since 2019 had made the venue unviable. The landlord, "
    "Corbel Estates, plans to convert the building into flats. The club, which seats 180, launched "
    "the careers of several well-known comedians and hosted more than 4,000 open-mic nights. A "
    "farewell week of shows beginning on 23 June has already sold out. Hale said she hoped to reopen "
    "elsewhere in the city but had no firm plans.",
    "After 26 years in a Tanner Street basement, the Laughing Gull comedy club is to shut its doors "
    "at the end of June, the owners said on Monday. Higher rent, combined with weekday crowds that "
    "have shrunk by more than a third since 2019, has left the business unviable, according to "
    "co-owner Priya Hale. Corbel Estates, which owns the building, intends to turn it into flats. "
    "The 180-seat club gave a start to several well-known comedians and has staged over 4,000 "
    "open-mic nights. Every ticket for a week of farewell shows starting on 23 June has been sold. "
    "Hale said she would like to reopen somewhere else in the city, though she has no firm plans.",
    traps=[
        T("at the end of June", "on 30 June"),
        T("shrunk by more than a third", "a 38 percent drop"),
        T("Corbel Estates, which owns the building", "The landlord, Corbel Estates"),
        T("Every ticket for a week of farewell shows starting on 23 June has been sold",
          "A farewell week of shows beginning on 23 June has already sold out"),
    ])

case("horse sanctuary", "rewrite", "consistent",
    "A horse sanctuary near the village of Westmere has taken in 14 ponies seized from a property "
    "where they had been kept without adequate food or shelter, the charity running it said on "
    "Saturday. Hollybrook Equine Rescue said the animals, removed by council animal welfare officers "
    "on Thursday, were severely underweight and three needed urgent veterinary treatment. The "
    "charity, which already cares for 63 horses and donkeys, has launched an appeal to raise £40,000 "
    "to cover feed and vet bills over the next six months. Manager Tom Briers said none of the ponies "
    "would be available for rehoming before the spring. The council said a 52-year-old man had been "
    "interviewed and a file passed to prosecutors.",
    "Fourteen ponies that council animal welfare officers removed on Thursday from a property where "
    "they lacked adequate food and shelter are now at a sanctuary near Westmere, Hollybrook Equine "
    "Rescue said on Saturday. The charity said the ponies were badly underweight, with three in need "
    "of urgent veterinary care. Already home to 63 horses and donkeys, it is appealing for £40,000 to "
    "pay for feed and vet bills over the coming half-year. None of the new arrivals will be ready for "
    "rehoming until the spring, according to manager Tom Briers. A man aged 52 has been interviewed "
    "and prosecutors have received a file on the case, the council said.",
    traps=[
        T("Fourteen ponies", "14 ponies"),
        T("over the coming half-year", "over the next six months"),
        T("A man aged 52", "a 52-year-old man"),
        T("prosecutors have received a file on the case", "a file passed to prosecutors"),
    ])

case("community fridge opening", "rewrite", "consistent",
    "A community fridge where residents can leave and collect surplus food free of charge opened "
    "outside St Aldric's church hall in Pennington on Tuesday. The project, run by volunteers from "
    "the Pennington Food Network, is stocked with unsold produce donated by four local supermarkets "
    "and a bakery, as well as food from households. Organisers expect to redistribute around 300 "
    "kilograms of food a week, which would otherwise be thrown away. The fridge will be open from 8am "
    "to 8pm daily and is checked twice a day by trained volunteers. Coordinator Helen Marsh said "
    "anyone could use it and no questions would be asked. The scheme cost £6,500 to set up, funded by "
    "a grant from the parish council.",
    "Pennington residents can now drop off and pick up surplus food at no cost from a community "
    "fridge that opened on Tuesday outside St Aldric's church hall. Volunteers with the Pennington "
    "Food Network run the scheme, which is filled with unsold goods given by a bakery and four "
    "supermarkets in the area, alongside donations from households. Organisers expect to pass on "
    "about 300kg of food each week that would otherwise go in the bin. Trained volunteers will "
    "inspect the fridge twice daily, and it will be open every day between 8am and 8pm. The fridge is "
    "open to everyone with no questions asked, said coordinator Helen Marsh. A parish council grant "
    "paid for the £6,500 set-up cost.",
    traps=[
        T("at no cost", "free of charge"),
        T("about 300kg", "around 300 kilograms"),
        T("go in the bin", "be thrown away"),
        T("twice daily", "twice a day"),
        T("A parish council grant paid for the £6,500 set-up cost",
          "The scheme cost £6,500 to set up, funded by a grant from the parish council"),
    ])

case("dog park", "rewrite", "consistent",
    "Ridgeway Borough Council has approved plans for the town's first fenced dog park, to be built on "
    "a 1.2-hectare section of Millbrook Fields. The park will include separate areas for large and "
    "small dogs, water points and a shaded seating area, and is expected to open in May next year. "
    "The £95,000 project will be funded jointly by the council and a local pet food manufacturer, "
    "Fenwick Foods, which is contributing £30,000. Some residents living next to the fields objected "
    "to the scheme, citing concerns about noise and parking, but the planning committee approved it "
    "by seven votes to one. Opening hours will be limited to 7am until dusk.",
    "Plans for a fenced dog park, the first in Ridgeway, have been given the go-ahead by the borough "
    "council. It will occupy 1.2 hectares of Millbrook Fields and have separate zones for big and "
    "small dogs, as well as water points and shaded seating. The park should open next May. Of the "
    "£95,000 cost, £30,000 will come from Fenwick Foods, a local pet food maker, with the council "
    "paying the remainder. Despite objections from some neighbouring residents over noise and "
    "parking, the planning committee backed the scheme 7-1. The park will be open from 7am until "
    "dusk.",
    traps=[
        T("given the go-ahead", "approved"),
        T("should open next May", "is expected to open in May next year"),
        T("with the council paying the remainder", "funded jointly by the council"),
        T("backed the scheme 7-1", "approved it by seven votes to one"),
    ])

case("harbour seal count", "rewrite", "consistent",
    "The number of harbour seals in the Kestrel Firth has risen to 1,260, up from 980 five years ago, "
    "according to an aerial survey published on Wednesday by the Northern Marine Trust. The trust "
    "said the increase of nearly 30 percent was probably linked to a ban on net fishing in the inner "
    "firth introduced in 2018. Pups accounted for about one in six of the animals counted. The survey "
    "was carried out over three days in August, when seals moult and spend longer hauled out on "
    "sandbanks. Lead researcher Dr Fiona Garvie cautioned that numbers elsewhere on the coast "
    "remained below levels recorded in the 1990s.",
    "An aerial survey by the Northern Marine Trust, released on Wednesday, counted 1,260 harbour "
    "seals in the Kestrel Firth, compared with 980 five years earlier. The rise of almost 30 percent "
    "is likely to be connected to the 2018 ban on net fishing in the inner firth, the trust said. "
    "Roughly 210 of the seals counted were pups. Researchers carried out the three-day count in "
    "August, the moulting season, when seals stay out of the water on sandbanks for longer. Dr Fiona "
    "Garvie, who led the research, warned that elsewhere along the coast seal numbers were still "
    "lower than in the 1990s.",
    traps=[
        T("Roughly 210 of the seals counted were pups",
          "Pups accounted for about one in six of the animals counted"),
        T("is likely to be connected to", "was probably linked to"),
        T("the three-day count", "over three days"),
        T("stay out of the water on sandbanks for longer", "spend longer hauled out on sandbanks"),
        T("Dr Fiona Garvie, who led the research", "Lead researcher Dr Fiona Garvie"),
    ])

# ---------------------------------------------------------------------------
# Rewrites, inconsistent (10)
# ---------------------------------------------------------------------------
case("outback mail plane", "rewrite", "inconsistent",
    "The weekly mail plane serving six remote cattle stations in the Carrow Basin will be cut to a "
    "fortnightly service from 1 August, Territory Air Services announced on Monday. The company said "
    "the route, which covers 1,450 kilometres in a single day, had lost money for three consecutive "
    "years and that its federal subsidy was due to expire in July. Station owners say the plane "
    "delivers not only mail but also medicines, spare parts and school materials for children "
    "studying by distance education. Nell Carrigan, who runs Wirra Downs station, said families would "
    "have to drive up to nine hours to the nearest town for urgent supplies. The company said it "
    "would review the decision if new funding was found.",
    "Territory Air Services said on Monday that from the start of July its weekly mail flight to six "
    "isolated cattle stations in the Carrow Basin would run only once a fortnight. The route, which "
    "spans 1,450 kilometres in a single day, has made a loss for three years running, the company "
    "said, and its federal subsidy runs out in July. According to station owners, the aircraft brings "
    "medicines, spare parts and school materials for children studying by distance education as well "
    "as post. Nell Carrigan, who operates Wirra Downs station, said families would face drives of up "
    "to nine hours to the closest town for urgent supplies. The company said it would review the "
    "decision.",
    errors=[
        E("from the start of July", "date", "major", "from 1 August"),
        E("", "omission", "major", "if new funding was found",
          after="it would review the decision"),
    ],
    traps=[
        T("once a fortnight", "a fortnightly service"),
        T("has made a loss for three years running",
          "had lost money for three consecutive years"),
    ])

case("nursery fees increase", "rewrite", "inconsistent",
    "Parents at council-run nurseries in Ashcombe will pay £62 a day for a full-time place from "
    "September, up from £54, after councillors approved the increase on Wednesday. The council said "
    "the 15 percent rise was needed to cover higher staff wages and energy bills, and that fees had "
    "been frozen for the previous two years. Families on the lowest incomes will continue to receive "
    "a discount of up to half the daily rate. Councillor Janet Moss, cabinet member for children's "
    "services, said the council might consider a phased introduction if parents faced hardship. The "
    "Ashcombe Parents' Forum said the rise could force some mothers to cut their working hours.",
    "From September, a full-time place at an Ashcombe council nursery will cost parents £62 a day, "
    "the daily charge rising by £6, following a vote by councillors on Wednesday. The 15 percent "
    "increase is necessary to meet rising staff pay and energy costs, the council said, pointing out "
    "that fees had not changed for the previous two years. The poorest families will still be "
    "entitled to a discount of as much as 50 percent of the daily rate. Janet Moss, the cabinet "
    "member responsible for children's services, said the council would introduce the increase in "
    "stages if parents faced hardship. Some mothers may have to reduce their working hours because of "
    "the rise, the Ashcombe Parents' Forum warned.",
    errors=[
        E("by £6", "number", "major", "up from £54"),
        E("would introduce the increase in stages", "modality", "major",
          "might consider a phased introduction"),
    ],
    traps=[
        T("as much as 50 percent of the daily rate", "up to half the daily rate"),
        T("had not changed", "had been frozen"),
    ])

case("racecourse closure", "rewrite", "inconsistent",
    "Dunmore Park racecourse will hold its final meeting on 14 October after 112 years, following its "
    "sale to housebuilder Ashgrove Homes. The course's owner, the Whitcombe Racing Group, said it had "
    "agreed to sell the 85-hectare site for £48 million after attendances fell by nearly half over "
    "the past decade. Ashgrove plans to build around 1,100 homes on the land, subject to planning "
    "permission. The Whitcombe group said its 40 full-time staff would be offered jobs at its two "
    "other courses. Local trainer Sam Pryor described the closure as 'a sad day for the sport in this "
    "part of the country'.",
    "After 112 years, Dunmore Park racecourse is to stage its last race meeting on 14 October. "
    "Ashgrove Homes has agreed to sell the 85-hectare site to the Whitcombe Racing Group for £48m, "
    "after crowds at the course dropped by almost 50 percent in ten years. The housebuilder intends "
    "to put up about 1,100 homes there if planning permission is granted. All 40 full-time employees "
    "will be offered positions at the group's two other courses, Whitcombe said. Sam Pryor, a local "
    "trainer, called the closure 'a sad day for the sport in this part of the country'.",
    errors=[
        E("Ashgrove Homes has agreed to sell the 85-hectare site to the Whitcombe Racing Group",
          "role", "critical",
          "the Whitcombe Racing Group, said it had agreed to sell the 85-hectare site"),
    ],
    traps=[
        T("dropped by almost 50 percent in ten years",
          "fell by nearly half over the past decade"),
        T("if planning permission is granted", "subject to planning permission"),
    ])

case("postal strike", "rewrite", "inconsistent",
    "Postal workers across the northern region will stage a 48-hour strike starting on Thursday after "
    "talks over pay and staffing broke down, the Communication Staff Union said. The union said about "
    "9,000 members would take part, and that mail centres in Harrowgate and Linfield would be worst "
    "affected. Royal Mercia Post said it had offered a 4.5 percent pay rise over two years and "
    "described the action as 'unnecessary'. The company said it would prioritise the delivery of "
    "medical prescriptions and ballot papers for next month's local elections. A union spokesman, "
    "Gareth Kell, said further walkouts had not been ruled out.",
    "The Communication Staff Union has called a two-day strike by postal workers across the northern "
    "region, beginning on Thursday, following the collapse of negotiations on pay and staffing. "
    "Around 9,000 of its members will take part, and mail centres in Harrowgate and Linfield will be "
    "hit hardest, Royal Mercia Post said. The company, which has put forward a pay rise of 4.5 "
    "percent spread over two years, called the strike 'unnecessary'. It said medical prescriptions "
    "and ballot papers for next month's local elections would be given priority. Union spokesman "
    "Gareth Kell said further walkouts had been ruled out.",
    errors=[
        E("Royal Mercia Post said", "attribution", "major", "The union said"),
        E("had been ruled out", "polarity", "critical", "had not been ruled out"),
    ],
    traps=[
        T("two-day strike", "48-hour strike"),
        T("following the collapse of negotiations on pay and staffing",
          "after talks over pay and staffing broke down"),
        T("would be given priority", "would prioritise the delivery of"),
    ])

case("cable car project", "rewrite", "inconsistent",
    "Plans for a cable car linking the town of Sarnach to the summit of Mount Orrel moved a step "
    "closer on Monday when the regional government approved an environmental assessment for the "
    "project. The 3.4-kilometre line, with 42 cabins each carrying up to ten passengers, is expected "
    "to cost 58 million euros and could carry 1,800 people an hour. Developer Alpenlink said "
    "construction could start next spring if financing is secured, with the line opening in 2027 at "
    "the earliest. Environmental groups have said they will appeal, arguing that the pylons would "
    "disturb nesting golden eagles. Mayor Lena Hoffer said the project would bring 'year-round "
    "tourism' to the valley.",
    "The regional government on Monday signed off the environmental assessment for a proposed cable "
    "car from Sarnach to the top of Mount Orrel, bringing the scheme a step closer. The line would "
    "run for 3.4km, with 42 cabins holding up to ten people each, and is projected to cost €5.8m; it "
    "could move 1,800 passengers an hour. Provided the money can be raised, building could begin next "
    "spring, according to developer Alpenlink, and the earliest the line could open is 2027. "
    "Environmental groups say they will appeal on the grounds that the pylons would disturb golden "
    "eagles during nesting. The valley would gain 'year-round tourism' from the project, said Mayor "
    "Lena Hoffer.",
    errors=[
        E("€5.8m", "number", "major", "58 million euros"),
    ],
    traps=[
        T("Provided the money can be raised", "if financing is secured"),
        T("the earliest the line could open is 2027", "opening in 2027 at the earliest"),
    ])

case("farm animal welfare fine", "rewrite", "inconsistent",
    "A pig farmer from Holmcote has been fined £12,000 and banned from keeping livestock for five "
    "years after inspectors found dead and injured animals on his farm. Magistrates in Bretton heard "
    "that officers from Westshire trading standards visited the unit in March after being alerted by "
    "a vet, Claire Amos, and found 23 pig carcasses and more than 40 animals with untreated wounds. "
    "Derek Pollard, 58, admitted four offences under the Animal Welfare Act. His solicitor told the "
    "court that Pollard had been struggling with debt and depression. He was also ordered to pay "
    "costs of £3,400. The surviving animals were removed and sold at market.",
    "A Holmcote pig farmer who admitted four animal welfare offences has been fined £12,000 and "
    "barred from keeping livestock for five years. Bretton magistrates were told that vet Claire Amos "
    "visited the unit in March after being alerted by trading standards officers, and that 23 dead "
    "pigs and over 40 animals with untreated wounds were found. Derek Pollard, 58, was also told to "
    "pay £3,400 in costs. The court heard from his solicitor that he had been battling debt and "
    "depression, and he intends to appeal against the ban. The animals that survived were taken away "
    "and sold at market.",
    errors=[
        E("vet Claire Amos visited the unit in March after being alerted by trading standards officers",
          "role", "major",
          "officers from Westshire trading standards visited the unit in March after being alerted by "
          "a vet, Claire Amos"),
        E("he intends to appeal against the ban", "addition", "major"),
    ],
    traps=[
        T("barred from keeping livestock", "banned from keeping livestock"),
        T("23 dead pigs", "23 pig carcasses"),
        T("£3,400 in costs", "costs of £3,400"),
    ])

case("ferry crew rescue", "rewrite", "inconsistent",
    "Eleven crew members were rescued from a cargo ferry that caught fire in the Skarra Strait early "
    "on Sunday, the coastguard said. The MV Solvang, carrying 30 lorries and trailers, reported a "
    "blaze in its engine room at about 3.40am while sailing from Port Elling to Haverstad. Two "
    "lifeboats and a coastguard helicopter reached the vessel within 50 minutes. The crew were "
    "winched to safety and taken to hospital in Haverstad, where one man was treated for smoke "
    "inhalation. The fire was brought under control by the ship's own sprinkler system, and the "
    "vessel was towed into port on Sunday afternoon. The cause of the fire is being investigated.",
    "The coastguard said 11 crew had been rescued after fire broke out on a cargo ferry in the Skarra "
    "Strait in the early hours of Sunday. The MV Solvang, on passage from Port Elling to Haverstad "
    "with 30 lorries and trailers aboard, raised the alarm at around 3.40am over a fire in its engine "
    "room. Within 50 minutes, two lifeboats and a coastguard helicopter had reached the ship. The crew "
    "were taken off by lifeboat and brought to hospital in Haverstad, where one man received "
    "treatment for smoke inhalation. The ship's own sprinkler system got the fire under control, and "
    "the ferry was towed into port that afternoon. An investigation into the cause is under way.",
    errors=[
        E("were taken off by lifeboat", "event", "major", "were winched to safety"),
    ],
    traps=[
        T("in the early hours of Sunday", "early on Sunday"),
        T("that afternoon", "on Sunday afternoon"),
        T("An investigation into the cause is under way", "The cause of the fire is being investigated"),
    ])

case("post office relocation", "rewrite", "inconsistent",
    "The main post office in Calverley will move from its Victorian building on Market Street to a "
    "counter inside the Hartley's convenience store on Bridge Road in November, the operator Post "
    "Counters Ltd confirmed. The company said the move would extend opening hours from 45 to 72 hours "
    "a week, including Sunday mornings. The Market Street building, which the company leases, has "
    "been put up for sale by its owner. Residents have raised concerns that Bridge Road is half a "
    "mile from the town's bus station and has limited parking. Local MP Sarah Quinlan said she had "
    "asked the company to keep a cash machine on Market Street. A six-week public consultation opens "
    "on Monday.",
    "Calverley's main post office is to leave its Victorian premises on Market Street in November and "
    "reopen as a counter in the Hartley's convenience store on Bridge Road, Post Counters Ltd has "
    "confirmed. According to the operator, opening hours will rise from 45 to 72 a week, with Sunday "
    "mornings included. The company leases the Market Street building, which its owner has put on "
    "the market. Residents worry that Bridge Road is half a mile from the town's bus station and that "
    "parking there is limited. Sarah Quinlan, the local MP, said she had asked the company to retain "
    "a cash machine on Bridge Road. A six-week public consultation begins on Monday, and opening "
    "hours will rise from 45 to 72 a week.",
    errors=[
        E("on Bridge Road", "entity", "major", "on Market Street", occ=1),
        E("opening hours will rise from 45 to 72 a week", "repetition", "minor", occ=1),
    ],
    traps=[
        T("put on the market", "put up for sale"),
        T("The company leases the Market Street building",
          "The Market Street building, which the company leases"),
    ])

case("marathon bib fraud", "rewrite", "inconsistent",
    "Organisers of the Farrowgate Marathon have disqualified 37 runners after an investigation found "
    "they had used bibs bought illegally from registered entrants. Race director Colin Ames said the "
    "bibs had been sold online for up to £150 each, well above the £68 entry fee, and that several of "
    "the runners had recorded times that qualified them for other elite races. The disqualified "
    "runners will be banned from the event for three years. Ames said organisers were considering "
    "whether to take action against the original entrants who sold their places, but no decision had "
    "been made. About 14,000 people completed the race in April.",
    "The Farrowgate Marathon has disqualified 37 runners found by an investigation to have raced with "
    "bibs illegally bought from registered entrants. The bibs changed hands online for as much as "
    "£150 apiece, far more than the £68 entry fee, race director Colin Ames said, adding that several "
    "of the runners had set times good enough to qualify for other elite races. All 37 will be barred "
    "from the event for three years. Ames said organisers would take action against the entrants who "
    "had sold their places, but no decision had yet been made on what form this would take. Around "
    "14,000 runners finished April's race.",
    errors=[
        E("would take action against", "modality", "major",
          "were considering whether to take action against"),
    ],
    traps=[
        T("as much as £150 apiece", "up to £150 each"),
        T("All 37", "The disqualified runners"),
        T("Around 14,000 runners finished April's race",
          "About 14,000 people completed the race in April"),
    ])

case("airport runway extension", "rewrite", "inconsistent",
    "Kellford Airport has been given permission to extend its main runway by 450 metres, allowing it "
    "to handle larger aircraft on direct flights to North America. The planning inspectorate approved "
    "the £210 million scheme on Friday, overturning a decision by Kellford City Council, which had "
    "rejected it in 2022 on noise grounds. The airport said work would begin in early 2025 and take "
    "about 18 months. It expects passenger numbers to grow from 4.2 million a year to 6 million by "
    "2032. Conditions attached to the approval include a ban on scheduled night flights between "
    "11.30pm and 6am and a £5 million fund to insulate nearby homes.",
    "Kellford Airport can lengthen its main runway by 450 metres after the planning inspectorate on "
    "Friday approved the £210m project, which will let it take bigger aircraft on direct routes to "
    "North America. The decision overturns Kellford City Council's refusal of the plan on noise "
    "grounds in 2022. According to the airport, construction will start in early 2025 and be "
    "finished by the end of that year. It forecasts that annual passenger numbers will rise by half, "
    "from 4.2 million to 6 million, by 2032. Under the conditions of the approval, scheduled flights "
    "will be banned between 11.30pm and 6am, and £5m will be set aside to insulate homes nearby.",
    errors=[
        E("be finished by the end of that year", "date", "major", "take about 18 months"),
        E("rise by half", "number", "minor", "grow from 4.2 million a year to 6 million"),
    ],
    traps=[
        T("refusal of the plan on noise grounds in 2022",
          "had rejected it in 2022 on noise grounds"),
        T("£5m will be set aside to insulate homes nearby",
          "a £5 million fund to insulate nearby homes"),
    ])

# ---------------------------------------------------------------------------
# Summaries, consistent (5)
# ---------------------------------------------------------------------------
case("cattle vaccination drive", "summary", "consistent",
    "Veterinary teams in the Lower Tessa district began a three-week campaign on Monday to vaccinate "
    "around 85,000 cattle against lumpy skin disease, after 17 cases were confirmed on farms near "
    "the border last month. The Ministry of Agriculture said the vaccine would be free for "
    "smallholders with fewer than 50 animals, while larger herds would pay a subsidised fee of 2 "
    "dollars per head. Movement of cattle out of the district has been suspended until at least the "
    "end of the campaign. Chief veterinary officer Dr Samuel Oketch said there was no risk to human "
    "health and that milk and meat from vaccinated animals were safe to consume. Livestock markets in "
    "the district will remain closed for the duration.",
    "A three-week drive to vaccinate some 85,000 cattle in Lower Tessa against lumpy skin disease got "
    "under way on Monday, following 17 confirmed cases last month. Smallholders with under 50 animals "
    "will not be charged; bigger herds pay a subsidised $2 a head. Cattle may not leave the district "
    "until at least the end of the campaign, and livestock markets stay shut while it runs. The chief "
    "vet says there is no risk to human health.",
    traps=[
        T("will not be charged", "the vaccine would be free"),
        T("$2 a head", "2 dollars per head"),
        T("Cattle may not leave the district",
          "Movement of cattle out of the district has been suspended"),
        T("stay shut while it runs", "will remain closed for the duration"),
    ])

case("ferry terminal rebuild", "summary", "consistent",
    "Work to rebuild the ferry terminal at Port Carrick will begin in January and is scheduled to "
    "finish in the summer of 2026, the harbour authority said on Tuesday. The £34 million project "
    "will replace the 1960s terminal building and its two linkspans, which have become unreliable and "
    "were out of action for a total of 19 days last year. During construction, ferries to the Morrow "
    "Islands will operate from a temporary berth at the north quay, and passengers will check in at a "
    "marquee on the car park. The authority said crossing times would not change but warned of "
    "possible delays at peak periods. The project is funded by the regional government and a £9 "
    "million loan from the Coastal Investment Bank.",
    "Port Carrick's ferry terminal is to be rebuilt at a cost of £34m, with work scheduled to run from "
    "January to summer 2026. The 1960s building and both linkspans, which were out of service for 19 "
    "days in all last year, will be replaced. Meanwhile, Morrow Islands sailings will use a temporary "
    "berth on the north quay; crossing times will stay the same, though delays may occur at busy "
    "times.",
    traps=[
        T("£34m", "£34 million"),
        T("out of service for 19 days in all", "out of action for a total of 19 days"),
        T("delays may occur at busy times", "possible delays at peak periods"),
        T("scheduled to run from January to summer 2026",
          "will begin in January and is scheduled to finish in the summer of 2026"),
    ])

case("rooibos tea harvest", "summary", "consistent",
    "Rooibos growers in South Africa's Kransberg area expect this year's harvest to reach about "
    "14,000 tonnes, roughly 20 percent more than last year, after good winter rains ended a "
    "three-year drought. The Kransberg Rooibos Cooperative, which markets tea for 210 farmers, said "
    "the higher yield should ease a shortage that pushed export prices to a record of 9 dollars a "
    "kilogram in March. Cooperative chairman Pieter Jansen said prices were likely to fall back "
    "gradually rather than sharply, because stocks held by buyers in Europe and Japan remained low. "
    "Harvesting runs from January to April. Jansen also said the cooperative planned to hire 150 "
    "extra seasonal workers.",
    "After winter rains broke a three-year drought, Kransberg's rooibos growers are forecasting a "
    "crop of around 14,000 tonnes, about a fifth up on last year. The Kransberg Rooibos Cooperative "
    "expects the bigger harvest to relieve a shortage that sent export prices to a record $9/kg in "
    "March, though its chairman says prices will probably ease slowly, as European and Japanese "
    "buyers' stocks are still low.",
    traps=[
        T("about a fifth up on last year", "roughly 20 percent more than last year"),
        T("$9/kg", "9 dollars a kilogram"),
        T("will probably ease slowly", "were likely to fall back gradually"),
        T("broke a three-year drought", "ended a three-year drought"),
    ])

case("beach hut auction", "summary", "consistent",
    "A beach hut on the seafront at Selsby Bay sold at auction on Saturday for £286,000, more than "
    "double its guide price of £120,000 and a record for the town. The timber hut, which measures "
    "three metres by four and has no running water or electricity, sits on the promenade below Cliff "
    "Gardens. It was bought by a telephone bidder after a contest involving eleven bidders lasting "
    "about 20 minutes. Auctioneer Robert Fane of Fane & Dowling said the sale reflected demand from "
    "buyers who could no longer afford seaside homes. Under council rules, huts may not be used for "
    "overnight stays. The previous record, set last year, was £190,000.",
    "A Selsby Bay beach hut without running water or power fetched a town record of £286,000 at "
    "auction on Saturday, over twice its £120,000 guide and well above last year's £190,000 high. A "
    "phone bidder won after about 20 minutes of bidding among eleven contenders. Auctioneer Robert "
    "Fane linked the price to demand from buyers priced out of seaside homes.",
    traps=[
        T("over twice its £120,000 guide", "more than double its guide price of £120,000"),
        T("A phone bidder won", "It was bought by a telephone bidder"),
        T("priced out of seaside homes", "could no longer afford seaside homes"),
        T("last year's £190,000 high", "The previous record, set last year, was £190,000"),
    ])

case("village pub community buyout", "summary", "consistent",
    "Residents of the village of Upper Stanton have bought their only pub, the Wheatsheaf, after "
    "raising £415,000 through a community share offer. More than 600 people, including former "
    "villagers now living abroad, bought shares, with the minimum investment set at £100. The pub "
    "closed in January 2023 when its previous owner, the brewery chain Haldane Taverns, put it up for "
    "sale. The community group behind the bid, Save the Wheatsheaf, said it hoped to reopen in the "
    "spring after renovating the kitchen and installing a small shop selling local produce. A manager "
    "will be recruited to run the business day to day, while a committee of volunteers will oversee "
    "it.",
    "Upper Stanton villagers now own the Wheatsheaf, their only pub, having raised £415,000 from more "
    "than 600 shareholders, some of them living overseas. Closed since Haldane Taverns put it up for "
    "sale in January 2023, the pub could reopen in spring after a kitchen refit and the addition of a "
    "shop, the campaign group hopes, with a hired manager and a volunteer committee in charge.",
    traps=[
        T("now own the Wheatsheaf", "have bought their only pub, the Wheatsheaf"),
        T("some of them living overseas", "including former villagers now living abroad"),
        T("a hired manager", "A manager will be recruited"),
        T("a kitchen refit", "renovating the kitchen"),
    ])

# ---------------------------------------------------------------------------
# Summaries, inconsistent (5)
# ---------------------------------------------------------------------------
case("ancient yew tree felling", "summary", "inconsistent",
    "A yew tree believed to be more than 800 years old was felled in the churchyard of St Wenna's in "
    "Polrudden on Wednesday, prompting anger from conservationists. The parish church council said "
    "the tree had been declared unsafe by an independent arboriculturist after a large split appeared "
    "in its trunk during storms in February. The Ancient Tree Alliance said it had offered to pay for "
    "the tree to be braced and monitored, and called the felling 'an irreversible loss'. The diocese "
    "said the correct permissions had been obtained. A section of the trunk will be kept and "
    "displayed inside the church, and cuttings have been taken to grow new trees.",
    "A yew thought to be over 800 years old was cut down in St Wenna's churchyard, Polrudden, on "
    "Wednesday after an independent arboriculturist declared it unsafe when its trunk split in "
    "February storms, the diocese says. The Ancient Tree Alliance, which had offered to pay for "
    "bracing, called it 'an irreversible loss'. Part of the trunk will go on display in the church "
    "and cuttings have been taken.",
    errors=[
        E("the diocese says", "attribution", "major", "The parish church council said"),
    ],
    traps=[
        T("thought to be over 800 years old", "believed to be more than 800 years old"),
        T("cut down", "felled"),
    ])

case("ferry fare rise", "summary", "inconsistent",
    "Fares on the Lissan Sound ferry will rise by 8 percent from 1 April, operator Westway Ferries "
    "announced on Thursday. A return ticket for a car and driver will increase from £75 to £81, while "
    "foot passenger returns will go up from £12.50 to £13.50. Island residents holding a resident's "
    "card will see a smaller increase of 3 percent. Westway said the rise reflected a 22 percent "
    "increase in fuel costs over the past year and the cost of new safety equipment required by "
    "regulators. The Lissan Community Council said the increase would hit island businesses hard and "
    "called on the regional government to restore a fare subsidy withdrawn in 2021.",
    "Westway Ferries will put Lissan Sound fares up by 8 percent from 1 April. A car-and-driver return "
    "will cost £81, and a foot passenger return £13.50, while islanders with a resident's card will "
    "pay 5 percent more. Westway cites a 22 percent rise in fuel costs and new safety equipment "
    "demanded by regulators. The community council says island businesses will suffer and wants a "
    "fare subsidy axed in 2021 restored. A car-and-driver return will cost £81.",
    errors=[
        E("5 percent", "number", "major", "3 percent"),
        E("A car-and-driver return will cost £81", "repetition", "minor", occ=1),
    ],
    traps=[
        T("axed in 2021", "withdrawn in 2021"),
        T("Westway cites a 22 percent rise in fuel costs",
          "Westway said the rise reflected a 22 percent increase in fuel costs"),
    ])

case("school board recall", "summary", "inconsistent",
    "Voters in the Pine Hollow Unified School District will decide on 5 November whether to recall "
    "three of the five members of the school board, after county officials confirmed that a petition "
    "had gathered enough valid signatures. The petition, organised by the parents' group Pine Hollow "
    "Forward, received 6,210 valid signatures, above the 5,400 required. Organisers accuse the three "
    "trustees of mishandling the closure of Cedar Street Elementary and of failing to consult "
    "families. Board president Linda Ortega, one of those facing recall, said the closure had been "
    "unavoidable because of falling enrolment and a $2.3 million budget gap. If the recall succeeds, "
    "replacements will be chosen in the same election.",
    "A recall vote on three of Pine Hollow Unified's five school board trustees will take place on 5 "
    "November, after a parents' petition cleared the 5,400-signature threshold with 6,210 valid names. "
    "Organisers accuse the trio of mishandling Cedar Street Elementary's closure and failing to "
    "consult families. Board president Linda Ortega, who is not among the three targeted, said "
    "falling enrolment and a $2.3m budget gap left no alternative. Any replacements would be chosen "
    "in the same election.",
    errors=[
        E("who is not among the three targeted", "polarity", "major", "one of those facing recall"),
    ],
    traps=[
        T("cleared the 5,400-signature threshold with 6,210 valid names",
          "received 6,210 valid signatures, above the 5,400 required"),
        T("left no alternative", "the closure had been unavoidable"),
        T("$2.3m", "$2.3 million"),
    ])

case("folk museum donation", "summary", "inconsistent",
    "The Brannock Folk Museum has received a collection of more than 300 hand-carved wooden toys made "
    "in the region between 1880 and 1940, donated by retired schoolteacher Margaret Lowry. Lowry, 81, "
    "began collecting the toys in the 1960s after inheriting a carved Noah's ark from her "
    "grandfather, a cabinetmaker in the village of Tullin. She was taught to carve as a girl by the "
    "museum's founder, Arthur Penhale. Curator Declan Foy called the collection 'the most important "
    "gift we have received in a generation'. The toys will go on display in a new gallery in June, "
    "funded by a £75,000 grant from the Heritage Lottery Trust. The museum is appealing for "
    "information about the craftsmen who made them.",
    "Retired teacher Margaret Lowry, 81, has given the Brannock Folk Museum more than 300 hand-carved "
    "wooden toys made in Tullin between 1880 and 1940. Lowry, who taught carving to museum founder "
    "Arthur Penhale, started collecting in the 1960s. The curator hailed the gift as the most "
    "important in a generation; a new gallery, funded by a £75,000 grant, will display the toys from "
    "June.",
    errors=[
        E("made in Tullin", "entity", "minor", "made in the region"),
        E("Lowry, who taught carving to museum founder Arthur Penhale", "role", "major",
          "She was taught to carve as a girl by the museum's founder, Arthur Penhale"),
    ],
    traps=[
        T("Retired teacher", "retired schoolteacher"),
        T("hailed the gift as the most important in a generation",
          "called the collection 'the most important gift we have received in a generation'"),
    ])

case("diner sale", "summary", "inconsistent",
    "Rosie's Diner, a fixture on Route 9 outside Caldwell for 54 years, has been sold to a local "
    "couple who plan to keep it open under the same name. Owner Rosemary Tillman, 79, said she had "
    "turned down higher offers from developers who wanted to demolish the building, which dates from "
    "1952. The buyers, Marco and Dana Ruiz, met while working as waiters at the diner in the 1990s "
    "and now run a bakery in Caldwell. They said they would keep all nine staff and the menu, "
    "including the signature peach pie. The sale price was not disclosed. The diner will close for "
    "two weeks in August for kitchen repairs before reopening under the new owners.",
    "Rosie's Diner, on Route 9 outside Caldwell for 54 years, has been sold for an undisclosed sum to "
    "Marco and Dana Ruiz, Caldwell bakers who married at the diner in the 1990s. Owner Rosemary "
    "Tillman rejected bigger offers from developers intent on knocking it down. The couple plan to "
    "keep the name, all nine staff and the menu, peach pie included, after a two-week closure in "
    "August for kitchen repairs.",
    errors=[
        E("married at the diner", "event", "minor", "met while working as waiters at the diner"),
    ],
    traps=[
        T("for an undisclosed sum", "The sale price was not disclosed"),
        T("knocking it down", "demolish the building"),
        T("peach pie included", "including the signature peach pie"),
    ])

# ---------------------------------------------------------------------------
# Translations, consistent (5): two independent English renderings of one story
# ---------------------------------------------------------------------------
case("kava export", "translation", "consistent",
    "Kava exports from the island of Lomara rose by 31 percent last year to 1,900 tonnes, the "
    "island's agriculture department reported on Thursday. Most of the increase went to buyers in "
    "New Zealand and the United States, where demand for the root as a relaxing drink continues to "
    "grow. Department director Josefa Ravu said farmers had benefited from prices averaging 38 "
    "dollars per kilogram of dried root, compared with 29 dollars two years earlier. However, he "
    "warned that some growers were harvesting plants before they reached the recommended age of four "
    "years, which could damage the crop's reputation for quality. The department will begin random "
    "inspections of export consignments in March.",
    "According to figures the agricultural department of Lomara published on Thursday, the island "
    "sold 1,900 tonnes of kava abroad last year, almost a third more than the year before. Buyers in "
    "New Zealand and the US, where the root is increasingly popular as a calming beverage, took the "
    "bulk of the additional volume. Farmers have profited from an average price of $38 for a kilo of "
    "dried root, up from $29 two years earlier, said the department's head, Josefa Ravu. He "
    "cautioned, though, that certain growers were pulling up plants younger than the four years "
    "recommended, something that might harm the crop's name for quality. Starting in March, the "
    "department will carry out spot checks on shipments bound for export.",
    traps=[
        T("almost a third more than the year before", "rose by 31 percent"),
        T("calming beverage", "relaxing drink"),
        T("$38 for a kilo of dried root", "38 dollars per kilogram of dried root"),
        T("spot checks", "random inspections"),
        T("the department's head", "Department director"),
    ])

case("river dolphin survey", "translation", "consistent",
    "A survey of the Marupá River has counted 212 river dolphins, about 15 percent fewer than in the "
    "last count in 2019, researchers from the Boto Vivo Institute said on Monday. The team travelled "
    "1,100 kilometres by boat over six weeks, recording both pink dolphins and the smaller grey "
    "species. Project leader Dr Carla Menezes said the decline was probably caused by mercury "
    "pollution from illegal gold mining and by dolphins drowning in fishing nets. She said the figure "
    "should be treated with caution because low water levels last year had made some stretches of "
    "the river inaccessible. The institute plans to fit satellite tags to ten dolphins next year to "
    "study their movements.",
    "Researchers from the Boto Vivo Institute announced on Monday that a survey along the Marupá River "
    "had recorded 212 river dolphins, a drop of roughly 15 percent since the previous census in 2019. "
    "Over a six-week period, the team covered 1,100 km by boat and logged both pink dolphins and the "
    "smaller grey species. The fall is likely due to mercury contamination from illegal gold mines "
    "and to dolphins drowning after being caught in fishing nets, according to the head of the "
    "project, Dr Carla Menezes. She urged caution in interpreting the number, since parts of the "
    "river could not be reached last year because the water was low. Next year, the institute "
    "intends to attach satellite transmitters to ten dolphins to track where they go.",
    traps=[
        T("a drop of roughly 15 percent since the previous census in 2019",
          "about 15 percent fewer than in the last count in 2019"),
        T("1,100 km", "1,100 kilometres"),
        T("is likely due to", "was probably caused by"),
        T("satellite transmitters", "satellite tags"),
        T("She urged caution in interpreting the number",
          "She said the figure should be treated with caution"),
    ])

case("samba school parade", "translation", "consistent",
    "The Unidos da Vila Serena samba school won this year's carnival parade competition in the city of "
    "Santa Iracema, its first title in 17 years, the carnival league announced on Wednesday. The "
    "school's 3,200 performers paraded for 70 minutes with a theme honouring the region's fishermen, "
    "scoring 269.8 points out of a possible 270. Runner-up Estrela do Cais finished just one tenth of "
    "a point behind. School president Marlene Coutinho said the victory belonged to the community, "
    "which had raised most of the parade's cost of 4 million reais through raffles and street "
    "parties. The winning schools will parade again on Saturday.",
    "The carnival league said on Wednesday that Unidos da Vila Serena had taken first place in Santa "
    "Iracema's carnival parade contest, ending a 17-year wait for a title. The school put 3,200 "
    "performers on the avenue for 70 minutes with a tribute to the region's fishermen and earned "
    "269.8 of a maximum 270 points. Estrela do Cais came second, only 0.1 points adrift. According to "
    "the school's president, Marlene Coutinho, the win belonged to the neighbourhood, whose raffles "
    "and street parties had paid for the bulk of the 4-million-real parade. The champion schools "
    "will parade once more on Saturday.",
    traps=[
        T("ending a 17-year wait for a title", "its first title in 17 years"),
        T("only 0.1 points adrift", "just one tenth of a point behind"),
        T("the bulk of", "most of"),
        T("269.8 of a maximum 270 points", "269.8 points out of a possible 270"),
    ])

case("bullfighting ban vote", "translation", "consistent",
    "The regional parliament of Valdeoro voted on Tuesday to ban bullfighting from 2026, by 41 votes "
    "to 33 with two abstentions. The law prohibits any show in which bulls are injured or killed, but "
    "allows traditional street events where animals are not harmed. The region's seven bullrings "
    "will have to close or be converted to other uses. Breeders will be able to apply for "
    "compensation from a fund of 12 million euros. The regional president, Íñigo Salcedo, said the "
    "decision reflected 'a change in how our society sees animals'. The Bullfighting Federation said "
    "it would challenge the law before the constitutional court. Polls suggest about 60 percent of "
    "residents support the ban.",
    "On Tuesday, Valdeoro's regional assembly approved a ban on bullfighting that will take effect in "
    "2026; 41 deputies voted in favour, 33 against and two abstained. Under the law, no spectacle in "
    "which bulls are wounded or killed will be allowed, though traditional street festivities that "
    "do not harm the animals may continue. The seven bullrings in the region will either have to "
    "shut or find new uses. Breeders can seek compensation from a €12m fund. Regional president Íñigo "
    "Salcedo said the vote showed 'a change in how our society sees animals'. The Bullfighting "
    "Federation announced it would take the law to the constitutional court. Around three in five "
    "residents back the ban, polls suggest.",
    traps=[
        T("41 deputies voted in favour, 33 against and two abstained",
          "by 41 votes to 33 with two abstentions"),
        T("wounded", "injured"),
        T("€12m fund", "a fund of 12 million euros"),
        T("take the law to the constitutional court",
          "challenge the law before the constitutional court"),
        T("Around three in five residents", "about 60 percent of residents"),
    ])

case("street food licence", "translation", "consistent",
    "The city council of Kotabaru Lama will issue 450 new licences for street food vendors next "
    "month, ending a five-year freeze on permits, the mayor's office said on Friday. Licences will "
    "be allocated by lottery and will cost 250,000 rupiah a year. Vendors must complete a one-day "
    "food hygiene course and may operate only in 22 designated zones, including the old market and "
    "the riverfront. Mayor Siti Rahmawati said the measure would help an estimated 3,000 unlicensed "
    "sellers leave the informal economy, though not all would receive a permit in the first round. "
    "Officials will stop confiscating the carts of unlicensed vendors until the lottery has taken "
    "place.",
    "The mayor's office announced on Friday that Kotabaru Lama will hand out 450 fresh permits to "
    "street food sellers next month, lifting a moratorium on licences that has lasted five years. "
    "Permits, which will be awarded by drawing lots, will carry an annual fee of 250,000 rupiah. "
    "Holders must complete a day-long course in food hygiene and will be restricted to 22 designated "
    "zones, among them the riverfront and the old market. According to Mayor Siti Rahmawati, the "
    "scheme will help an estimated 3,000 vendors without licences move out of the informal economy, "
    "although not all of them will get a permit in the first round. Until the lottery is held, the "
    "authorities will no longer seize carts belonging to unlicensed sellers.",
    traps=[
        T("by drawing lots", "by lottery"),
        T("an annual fee of 250,000 rupiah", "will cost 250,000 rupiah a year"),
        T("a moratorium on licences that has lasted five years", "a five-year freeze on permits"),
        T("will no longer seize carts", "will stop confiscating the carts"),
        T("day-long", "one-day"),
    ])

# ---------------------------------------------------------------------------
# Translations, inconsistent (5)
# ---------------------------------------------------------------------------
case("novel plagiarism claim", "translation", "inconsistent",
    "The publisher Editions Marlin has suspended sales of the prize-winning novel 'The Salt Orchard' "
    "while it investigates claims that passages were copied from an earlier book. Writer Hélène "
    "Varga, 62, says at least 40 paragraphs closely resemble her 2009 novel 'Winter Tides', which "
    "sold fewer than 2,000 copies. The author of 'The Salt Orchard', Julien Moreau, denies the "
    "accusation and says any similarities are coincidental. Varga's lawyer said she could file a "
    "lawsuit if the publisher does not respond within a month. The novel won the Lavande Prize last "
    "year and has sold about 180,000 copies. The prize jury said it would wait for the outcome of the "
    "investigation before commenting.",
    "Editions Marlin has halted sales of the award-winning novel 'The Orchard of Salt' while it looks "
    "into allegations that parts of it were lifted from an earlier work. According to the writer "
    "Hélène Varga, 62, no fewer than 40 paragraphs are strikingly similar to her 2009 novel 'Tides of "
    "Winter', of which under 2,000 copies were sold. Julien Moreau, who wrote 'The Orchard of Salt', "
    "rejects the allegation and says any resemblance is pure coincidence. Varga's lawyer said she "
    "will sue if the publisher has not replied within a month. The book, which took last year's "
    "Marlin Prize, has sold some 180,000 copies. The jury that awarded the prize said it would not "
    "comment until the investigation was complete.",
    errors=[
        E("Marlin Prize", "entity", "minor", "Lavande Prize"),
        E("will sue", "modality", "major", "could file a lawsuit"),
    ],
    traps=[
        T("'The Orchard of Salt'", "'The Salt Orchard'", occ=0),
        T("'Tides of Winter'", "'Winter Tides'"),
        T("no fewer than 40 paragraphs", "at least 40 paragraphs"),
    ])

case("rural bus pilot", "translation", "inconsistent",
    "A six-month pilot of an on-demand bus service will start on 3 June in eleven villages around the "
    "town of Brück am Weiher, the district transport authority announced. Passengers can book a "
    "minibus by app or telephone at least 30 minutes in advance, and it will pick them up within a "
    "kilometre of their home. Fares will be the same as on regular buses, and children under 14 "
    "travel free. The service will run from 6am to 10pm on weekdays and from 8am to 8pm on Saturdays, "
    "but not on Sundays. The authority is spending 380,000 euros on the trial, half of it from a "
    "federal grant. If passenger numbers are sufficient, the service could become permanent next "
    "year.",
    "The district transport authority has announced that an on-demand bus service will be trialled "
    "for six months in eleven villages near the town of Brück am Weiher, starting on 3 June. Riders "
    "can order a minibus through an app or by phone, and it will collect them no more than a "
    "kilometre from where they live. Tickets will cost the same as on ordinary buses, while under-14s "
    "ride for free. On weekdays the minibuses will operate between 6am and 10pm, and on Saturdays "
    "between 8am and 8pm; there will be no service on Sundays. Of the 380,000 euros the authority is "
    "putting into the trial, half comes from a federal grant. The service may be made permanent next "
    "year if enough people use it.",
    errors=[
        E("", "omission", "major", "at least 30 minutes in advance", after="through an app or by phone"),
    ],
    traps=[
        T("under-14s ride for free", "children under 14 travel free"),
        T("half comes from a federal grant", "half of it from a federal grant"),
        T("may be made permanent next year if enough people use it",
          "If passenger numbers are sufficient, the service could become permanent next year"),
    ])

case("carpet export fall", "translation", "inconsistent",
    "Exports of hand-knotted carpets from the province of Farzabad fell by 22 percent in the first "
    "half of the year to 41 million dollars, the provincial chamber of commerce said on Sunday. The "
    "chamber blamed higher shipping costs and weaker demand in Europe, which takes about half of the "
    "province's carpets. Sales to buyers in the Gulf states, however, rose slightly. Chamber head Reza "
    "Tabrizi said about 6,000 weavers, most of them women working from home, had seen their incomes "
    "fall. He called on the government to reduce export duties and help producers attend "
    "international trade fairs. Officials expect a modest recovery in the second half of the year.",
    "The Farzabad provincial chamber of commerce reported on Sunday that exports of the province's "
    "hand-knotted carpets dropped 22 percent in the first six months of the year, to $41 million. It "
    "attributed the fall to rising freight costs and softer demand in Europe, the destination for "
    "roughly half of the province's carpets. Sales to Gulf buyers also slipped slightly. According to "
    "the chamber's president, Reza Tabrizi, some 6,000 weavers, mostly women who work at home, have "
    "seen their earnings drop. He urged the government to cut export duties, which were raised last "
    "year, and to help producers take part in international trade fairs. Officials anticipate a "
    "modest recovery in the second half.",
    errors=[
        E("also slipped slightly", "polarity", "major", "however, rose slightly"),
        E("which were raised last year", "addition", "minor"),
    ],
    traps=[
        T("in the first six months of the year", "in the first half of the year"),
        T("mostly women who work at home", "most of them women working from home"),
    ])

case("peach orchard frost", "translation", "inconsistent",
    "A late frost on the night of 12 April destroyed up to 70 percent of the blossom in peach orchards "
    "around the town of Villafresca, the regional farmers' union said. Temperatures fell to minus 4 "
    "degrees Celsius for about five hours before dawn. Growers who lit fires and used wind machines "
    "saved part of their crops, but smaller farms without such equipment were hardest hit. The union "
    "estimates losses at 18 million euros and has asked the regional government to declare a natural "
    "disaster, which would allow farmers to claim compensation. The harvest, normally around 40,000 "
    "tonnes, usually begins in late June.",
    "According to the regional farmers' union, as much as 70 percent of the peach blossom in the "
    "orchards around Villafresca was killed by a late frost during the night of 12 April. "
    "Temperatures were down to -4°C for roughly five hours after sunrise. Part of the crop was rescued "
    "by growers who lit fires and ran wind machines, while smaller farms lacking that equipment "
    "suffered most. The union puts the damage at €18 million and has asked the regional authorities "
    "to declare a natural disaster so that farmers can seek compensation. The harvest, which normally "
    "totals about 40,000 tonnes, generally starts at the end of June.",
    errors=[
        E("after sunrise", "date", "minor", "before dawn"),
    ],
    traps=[
        T("as much as 70 percent", "up to 70 percent"),
        T("€18 million", "18 million euros"),
        T("at the end of June", "in late June"),
    ])

case("bamboo bridge collapse", "translation", "inconsistent",
    "A bamboo footbridge over the Song Lam river in the district of Phu Thanh collapsed on Saturday "
    "evening while about 30 people were crossing it, local authorities said. Nine people were "
    "injured, two of them seriously, and all were taken to the district hospital. No one died. The "
    "60-metre bridge, built by villagers in 2016, was the only direct link between two hamlets and the "
    "main road. Officials said the structure had been weakened by floods in September and had been "
    "due for repair next month. Residents will cross by boat until a temporary steel bridge is "
    "installed, which the district says will take about three weeks.",
    "Local officials reported that a bamboo footbridge spanning the Song Lam river in Phu Thanh "
    "district gave way on Saturday evening as around 30 people were walking across. Nine were hurt, "
    "two of them badly, and all of the injured were brought to the district hospital; there were no "
    "deaths. Villagers put up the 60-metre bridge in 2016, and it was the sole direct route linking "
    "two hamlets to the main road. According to officials, September's floods had weakened the "
    "structure, which had been repaired last month. Until a temporary steel bridge is in place, "
    "something the district expects to take roughly three weeks, residents will use boats to cross.",
    errors=[
        E("had been repaired last month", "event", "major", "had been due for repair next month"),
    ],
    traps=[
        T("gave way", "collapsed"),
        T("there were no deaths", "No one died"),
        T("Villagers put up the 60-metre bridge in 2016",
          "The 60-metre bridge, built by villagers in 2016"),
    ])

# ---------------------------------------------------------------------------
# Offsets, validation, output
# ---------------------------------------------------------------------------
WORD = re.compile(r"\w", re.UNICODE)


def words(s):
    return len(s.split())


def is_w(ch):
    return bool(WORD.match(ch))


def locate(hay, needle, occ, where):
    """Start offset of occurrence `occ` of needle in hay; occ is required
    whenever needle occurs more than once."""
    starts, i = [], hay.find(needle)
    while i != -1:
        starts.append(i)
        i = hay.find(needle, i + 1)
    if not starts:
        raise ValueError(f"{where}: {needle!r} not found in candidate")
    if len(starts) > 1 and occ is None:
        raise ValueError(f"{where}: {needle!r} occurs {len(starts)} times; give occ")
    occ = 0 if occ is None else occ
    if occ >= len(starts):
        raise ValueError(f"{where}: occurrence {occ} of {needle!r} does not exist")
    return starts[occ]


def check_bounds(cand, start, end, where):
    if start > 0 and start < len(cand) and is_w(cand[start - 1]) and is_w(cand[start]):
        raise ValueError(f"{where}: span start cuts a word")
    if 0 < end < len(cand) and is_w(cand[end - 1]) and is_w(cand[end]):
        raise ValueError(f"{where}: span end cuts a word")


def build():
    problems, records = [], []
    if len(CASES) != 40:
        problems.append(f"expected 40 cases, got {len(CASES)}")
    seen_domains = set()
    for n, c in enumerate(CASES, 1):
        rid = f"{PREFIX}-{n:03d}"
        ref, cand = c["reference"], c["candidate"]
        try:
            if c["domain"] not in DOMAINS:
                raise ValueError(f"unknown domain {c['domain']!r}")
            if c["domain"] in seen_domains:
                raise ValueError(f"domain used twice: {c['domain']!r}")
            seen_domains.add(c["domain"])
            if c["mode"] not in MODES:
                raise ValueError(f"bad mode {c['mode']!r}")
            if c["label"] not in ("consistent", "inconsistent"):
                raise ValueError(f"bad label {c['label']!r}")
            for name, s in (("reference", ref), ("candidate", cand)):
                if s != s.strip() or "  " in s or '"' in s or "\n" in s:
                    raise ValueError(f"{name} has stray whitespace or double quotes")
            if not 70 <= words(ref) <= 190:
                raise ValueError(f"reference has {words(ref)} words")
            if c["mode"] == "summary" and not (words(cand) < words(ref) and len(cand) < len(ref)):
                raise ValueError("summary not shorter than reference")
            if ref == cand:
                raise ValueError("candidate identical to reference")

            spans = []  # (start, end, kind)
            errors = []
            for k, e in enumerate(c["errors"]):
                where = f"{rid} error {k}"
                t = e["type"]
                if t not in ERROR_TYPES:
                    raise ValueError(f"{where}: bad type {t!r}")
                if e["severity"] not in SEVERITIES:
                    raise ValueError(f"{where}: bad severity")
                if t == "omission":
                    if c["mode"] == "summary":
                        raise ValueError(f"{where}: omission in a summary")
                    if e["text"] != "" or not e["after"]:
                        raise ValueError(f"{where}: omission needs text '' and after=")
                    start = locate(cand, e["after"], e["occ"], where) + len(e["after"])
                    end = start
                    if not e["ref_text"] or e["ref_text"] not in ref:
                        raise ValueError(f"{where}: omission ref_text not in reference")
                    if e["ref_text"].lower() in cand.lower():
                        raise ValueError(f"{where}: omitted words present in candidate")
                    if 0 < start < len(cand) and is_w(cand[start - 1]) and is_w(cand[start]):
                        raise ValueError(f"{where}: omission point inside a word")
                else:
                    if not e["text"] or e["text"] != e["text"].strip():
                        raise ValueError(f"{where}: empty or padded span")
                    start = locate(cand, e["text"], e["occ"], where)
                    end = start + len(e["text"])
                    check_bounds(cand, start, end, where)
                    if t in ("addition", "repetition"):
                        if e["ref_text"] is not None:
                            raise ValueError(f"{where}: {t} must have ref_text null")
                        if t == "repetition":
                            first = cand.find(e["text"])
                            if not (first + len(e["text"]) <= start):
                                raise ValueError(f"{where}: repetition has no earlier copy")
                        if t == "addition" and e["text"].lower() in ref.lower():
                            raise ValueError(f"{where}: added text occurs in reference")
                    else:
                        if not e["ref_text"] or e["ref_text"] not in ref:
                            raise ValueError(f"{where}: ref_text {e['ref_text']!r} not in reference")
                        if e["ref_text"] == e["text"]:
                            raise ValueError(f"{where}: ref_text equals span")
                assert cand[start:end] == e["text"]
                spans.append((start, end, where))
                errors.append({"start": start, "end": end, "text": e["text"], "type": t,
                               "severity": e["severity"], "ref_text": e["ref_text"]})
            traps = []
            for k, tr in enumerate(c["traps"]):
                where = f"{rid} trap {k}"
                if not tr["text"] or tr["text"] != tr["text"].strip():
                    raise ValueError(f"{where}: empty or padded span")
                start = locate(cand, tr["text"], tr["occ"], where)
                end = start + len(tr["text"])
                check_bounds(cand, start, end, where)
                if tr["ref_text"] not in ref:
                    raise ValueError(f"{where}: ref_text {tr['ref_text']!r} not in reference")
                if tr["ref_text"] == tr["text"]:
                    raise ValueError(f"{where}: trap identical to reference wording")
                if tr["text"] in ref:
                    raise ValueError(f"{where}: trap text occurs verbatim in reference")
                spans.append((start, end, where))
                traps.append({"start": start, "end": end, "text": tr["text"],
                              "ref_text": tr["ref_text"]})
            # no overlaps (a zero-width omission point may not sit strictly inside a span)
            for i in range(len(spans)):
                for j in range(i + 1, len(spans)):
                    a, b = spans[i], spans[j]
                    if a[0] == a[1] or b[0] == b[1]:
                        p, o = (a, b) if a[0] == a[1] else (b, a)
                        if o[0] < p[0] < o[1]:
                            raise ValueError(f"{p[2]} sits inside {o[2]}")
                    elif a[0] < b[1] and b[0] < a[1]:
                        raise ValueError(f"{a[2]} overlaps {b[2]}")
            if c["label"] == "consistent":
                if errors:
                    raise ValueError("consistent pair with errors")
                if not 3 <= len(traps) <= 5:
                    raise ValueError(f"consistent pair has {len(traps)} traps")
            else:
                if not 1 <= len(errors) <= 2:
                    raise ValueError(f"inconsistent pair has {len(errors)} errors")
                if len(traps) > 3:
                    raise ValueError(f"inconsistent pair has {len(traps)} traps")
            errors.sort(key=lambda x: (x["start"], x["end"]))
            traps.sort(key=lambda x: (x["start"], x["end"]))
            records.append({"id": rid, "domain": c["domain"], "mode": c["mode"],
                            "reference": ref, "candidate": cand, "label": c["label"],
                            "errors": errors, "traps": traps})
        except ValueError as ex:
            problems.append(f"{rid} ({c['domain']}): {ex}")

    # composition
    if not problems:
        from collections import Counter
        modes = Counter(r["mode"] for r in records)
        if modes != Counter({"rewrite": 20, "summary": 10, "translation": 10}):
            problems.append(f"mode mix {dict(modes)}")
        for m in MODES:
            cons = sum(1 for r in records if r["mode"] == m and r["label"] == "consistent")
            if cons * 2 != modes[m]:
                problems.append(f"{m}: {cons} consistent of {modes[m]}")
        types = Counter(e["type"] for r in records for e in r["errors"])
        if sum(types.values()) != 30:
            problems.append(f"{sum(types.values())} errors, expected 30")
        for t in ERROR_TYPES:
            if types[t] < 2:
                problems.append(f"only {types[t]} errors of type {t}")
        if set(DOMAINS) != seen_domains:
            problems.append("not every domain used")
    return records, problems


def summary(records):
    from collections import Counter
    types = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    lab = Counter((r["mode"], r["label"]) for r in records)
    tc = sum(len(r["traps"]) for r in records if r["label"] == "consistent")
    ti = sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")
    per = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    wl = [words(r["reference"]) for r in records]
    lines = [
        f"pairs: {len(records)}",
        "mode/label: " + ", ".join(f"{m} {l} {n}" for (m, l), n in sorted(lab.items())),
        f"errors: {sum(types.values())} " + ", ".join(f"{t} {types[t]}" for t in ERROR_TYPES),
        "severity: " + ", ".join(f"{s} {sev[s]}" for s in SEVERITIES),
        f"errors per inconsistent pair: {dict(sorted(per.items()))}",
        f"traps: consistent {tc}, inconsistent {ti}",
        f"reference words: min {min(wl)}, max {max(wl)}",
    ]
    return "\n".join(lines)


def main():
    records, problems = build()
    if problems:
        print("VALIDATION FAILED:", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        sys.exit(1)
    print(summary(records))
    if "--check" in sys.argv[1:]:
        print("check only: all valid, nothing written")
        return
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT_PATH}")


if __name__ == "__main__":
    main()
