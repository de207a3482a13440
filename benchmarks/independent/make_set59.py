#!/usr/bin/env python3
"""Held-out evaluation set 59 for a fact-comparison tool.

How it was made: every pair below was hand-written in English by a helper
session that saw no code or data of the project, working only from a written
brief. All people, companies, organisations, places and figures are invented
(real countries appear only as background). No offsets are typed by hand: the
script locates every span by string search (with an occurrence index where a
quoted text repeats), validates the whole set and writes set59.jsonl next to
this file. `python3 make_set59.py --check` validates only and writes nothing.

Composition: 40 pairs, each from a different domain.
  modes:  20 rewrite, 10 summary, 10 translation (half of each mode consistent)
  labels: 20 consistent, 20 inconsistent
  errors: 30 in total over eleven types -- entity 3, number 4, date 3, role 3,
          polarity 3, modality 3, attribution 2, event 3, omission 2,
          addition 2, repetition 2; ten inconsistent pairs carry one error and
          ten carry two.
  traps:  3-5 per consistent pair, 0-3 per inconsistent pair (faithful
          rewordings a naive checker might flag).
Translation pairs are two independent English renderings of the same
(imagined) non-English story.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set59.jsonl")
SET_ID = 59

DOMAINS = [
    "abacus lessons", "acrobatic troupes", "anvil firing", "apple bobbing",
    "assay offices", "beacon lighting", "billiard halls", "blacksmith forges",
    "boat races", "border collies", "bottle banks", "bunting makers",
    "butter churning", "button boxes", "cabinet makers", "card tables",
    "carousel horses", "chimney pots", "cinema organs", "clay pigeons",
    "cloister gardens", "clothes pegs", "coach houses", "commons grazing",
    "compost heaps", "copper kettles", "court jesters", "cow bells",
    "dairy herds", "dance halls", "decoy ponds", "drill halls", "egg boxes",
    "fairy doors", "feather dusters", "fence posts", "ferry bells",
    "fire buckets", "flagpoles", "flower presses",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]


def E(text, etype, severity, ref, occ=0, at=None):
    """An error. For an omission give text="" and at=("before"|"after", anchor, occ)."""
    return {"text": text, "type": etype, "severity": severity,
            "ref_text": ref, "occ": occ, "at": at}


def T(text, ref, occ=0):
    """A trap: faithful rewording of the reference wording `ref`."""
    return {"text": text, "ref_text": ref, "occ": occ}


CASES = []


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})


# ---------------------------------------------------------------- rewrites 1-10
case("abacus lessons", "rewrite", "consistent",
     "The Dunmore Valley Education Trust announced on Monday that it will fund abacus lessons in 14 primary "
     "schools from September, following a two-year pilot at Harlow Green Primary. The pilot, run by retired "
     "accountant Miriam Okafor-Vance, found that pupils who attended weekly sessions scored on average 11 percent "
     "higher in mental arithmetic tests than classmates who did not. The trust will spend £380,000 on the "
     "programme over three years, covering instructor fees and around 2,000 wooden frames. Trust chair Desmond "
     "Pryle said the scheme was 'not a replacement for the standard curriculum' but a supplement. Head teachers "
     "may opt out if timetables cannot accommodate the sessions, the trust added.",
     "Abacus lessons will be introduced in 14 primary schools from September with funding from the Dunmore "
     "Valley Education Trust, the organisation said on Monday. The decision follows a pilot lasting 24 months at "
     "Harlow Green Primary, led by Miriam Okafor-Vance, a former accountant who has retired. Her pilot found that "
     "children attending the weekly sessions averaged 11 percent higher marks in mental arithmetic tests than "
     "peers who did not take part. Over three years the trust will put £380,000 into the scheme, paying for "
     "instructors and roughly 2,000 wooden frames. Desmond Pryle, who chairs the trust, said the lessons would "
     "supplement the standard curriculum rather than replace it. According to the trust, head teachers can opt "
     "out if the sessions cannot be fitted into timetables.",
     traps=[T("a pilot lasting 24 months", "a two-year pilot"),
            T("a former accountant who has retired", "retired accountant"),
            T("roughly 2,000", "around 2,000"),
            T("supplement the standard curriculum rather than replace it",
              "not a replacement for the standard curriculum")])

case("acrobatic troupes", "rewrite", "inconsistent",
     "The Castellane Acrobatic Company has cancelled the remaining nine dates of its European tour after two "
     "performers were injured during a rehearsal in Lyonnet on Thursday, the company's managing director, Paulo "
     "Verhagen, said in a statement. Both acrobats were treated in hospital and one has since been discharged. A "
     "spokesperson for the regional labour inspectorate said investigators would examine the rigging used in the "
     "rehearsal. Ticket holders will receive full refunds within 30 days, according to the company. The troupe, "
     "founded in 1987, employs 42 performers and had sold about 18,000 tickets for the cancelled shows.",
     "Two performers were hurt at a rehearsal in Lyonnet on Thursday, prompting the Castellane Acrobatic Company "
     "to call off the last nine shows of its European tour, managing director Paulo Verhagen announced. Both were "
     "taken to hospital, and one has already gone home. Investigators from the regional labour inspectorate would "
     "examine the rigging used at the rehearsal, Verhagen said. The company said ticket holders would get their "
     "money back in full within 30 days. Founded in 1987, the troupe has 42 performers on its books and had sold "
     "around 8,000 tickets for the cancelled performances.",
     errors=[E("Verhagen said", "attribution", "major",
               "A spokesperson for the regional labour inspectorate said"),
             E("8,000", "number", "major", "18,000")],
     traps=[T("call off the last nine shows", "cancelled the remaining nine dates"),
            T("get their money back in full", "receive full refunds"),
            T("has already gone home", "has since been discharged")])

case("anvil firing", "rewrite", "consistent",
     "Organisers of the annual anvil firing at Bramhope Common have moved this year's event from 5 November to "
     "Saturday 9 November after the local fire service raised concerns about dry ground conditions. The "
     "traditional display, in which blacksmiths launch a heavy anvil into the air using a charge of black powder, "
     "attracted roughly 3,500 spectators last year. Event secretary Harold Quennell said the change had been "
     "agreed 'with some reluctance' but that safety came first. A 100-metre exclusion zone will again be "
     "enforced, and spectators will be kept behind barriers. Tickets already bought for the original date remain "
     "valid, organisers said.",
     "The anvil firing held every year at Bramhope Common will take place on Saturday 9 November instead of 5 "
     "November, its organisers said, after firefighters in the area warned about how dry the ground was. Around "
     "3,500 people watched the spectacle last year, in which smiths use a black powder charge to hurl a heavy "
     "anvil skyward. Harold Quennell, the event's secretary, said organisers had reluctantly agreed to the switch "
     "because safety had to come first. As before, nobody will be allowed within 100 metres of the firing, and "
     "the crowd will be held back by barriers. Anyone who already has a ticket for the original date can still "
     "use it, the organisers added.",
     traps=[T("firefighters in the area", "the local fire service"),
            T("Around 3,500 people", "roughly 3,500 spectators"),
            T("reluctantly", "with some reluctance"),
            T("As before, nobody will be allowed within 100 metres of the firing",
              "A 100-metre exclusion zone will again be enforced"),
            T("can still use it", "remain valid")])

case("apple bobbing", "rewrite", "inconsistent",
     "Health officials in Carrow District have advised schools not to hold apple bobbing games at autumn fairs "
     "this year, citing an outbreak of gastric illness that has affected 63 children since early October. The "
     "district's public health lead, Dr Annika Solberg, said the advice was precautionary and that there was no "
     "evidence the outbreak had started at a school event. Schools that go ahead with the game are asked to "
     "provide a separate bowl for each child. The council said it would review the guidance at the end of "
     "November. Parents with questions have been directed to the district health helpline.",
     "Schools in Carrow District have been advised by health officials against holding apple bobbing games at "
     "their autumn fairs this year because of a gastric illness outbreak that has affected 63 children since the "
     "start of October. Dr Annika Solberg, who leads public health for the district, described the advice as "
     "precautionary, adding that there was evidence the outbreak had begun at a school event. Where schools still "
     "run the game, they are asked to give each child their own bowl. The guidance will be reviewed by the "
     "council at the end of November, and parents with questions have been pointed to the district health "
     "helpline.",
     errors=[E("there was evidence", "polarity", "major", "there was no evidence")],
     traps=[T("their own bowl", "a separate bowl"),
            T("since the start of October", "since early October"),
            T("The guidance will be reviewed by the council",
              "The council said it would review the guidance")])

case("assay offices", "rewrite", "consistent",
     "The Kestrel Bay Assay Office tested a record 1.4 million precious metal items in the year to March, up 12 "
     "percent on the previous year, according to its annual report published on Wednesday. Silver accounted for "
     "just over half of the items hallmarked, while gold made up 38 percent. The office attributed the increase "
     "largely to higher demand from independent jewellers. Chief executive Rowena Thackeray warned, however, that "
     "rising energy costs could force the office to raise its fees next year. The report also confirmed that the "
     "office's second laboratory, in Pelham Street, will open in the spring as planned.",
     "A record 1.4m precious metal items passed through the Kestrel Bay Assay Office for testing in the 12 months "
     "to March, a rise of 12 percent year on year, the office's annual report showed on Wednesday. Slightly more "
     "than half of the hallmarked items were silver, and 38 percent were gold. Stronger demand from independent "
     "jewellers was the main reason for the growth, the office said. However, rising energy bills may mean higher "
     "fees next year, chief executive Rowena Thackeray cautioned. A second laboratory on Pelham Street is still on "
     "course to open in the spring, the report confirmed.",
     traps=[T("1.4m", "1.4 million"),
            T("the 12 months to March", "the year to March"),
            T("Slightly more than half", "just over half"),
            T("may mean higher fees next year", "could force the office to raise its fees next year"),
            T("is still on course to open in the spring", "will open in the spring as planned")])

case("beacon lighting", "rewrite", "inconsistent",
     "More than 200 beacons will be lit across the Harwick Hills on the evening of 14 June to mark the 150th "
     "anniversary of the founding of the Harwick Hills Conservancy, organisers confirmed yesterday. The first "
     "beacon will be lit at 9.30pm on Tor Aldous, the highest point in the range, with the others following at "
     "intervals of one minute. Parish councils, scout groups and farmers will take part. The conservancy's "
     "director, Imogen Falstead, said every beacon site had been checked by fire safety officers. Members of the "
     "public are asked not to light fires of their own and to use the shuttle buses provided.",
     "On the evening of 14 June more than 200 beacons will blaze across the Harwick Hills to celebrate 150 years "
     "since the Harwick Hills Conservancy was founded, organisers confirmed yesterday. Tor Aldous, the range's "
     "highest point, will see the first beacon lit at 10.30pm, and the rest will follow at one-minute intervals. "
     "Parish councils, scout groups and farmers are all taking part. Imogen Falstead, director of the "
     "conservancy, said fire safety officers had inspected every beacon site. The public is asked to use the "
     "shuttle buses provided.",
     errors=[E("10.30pm", "date", "major", "9.30pm"),
             E("", "omission", "major", "not to light fires of their own",
               at=("before", "to use the shuttle buses", 0))],
     traps=[T("celebrate 150 years since the Harwick Hills Conservancy was founded",
              "mark the 150th anniversary of the founding of the Harwick Hills Conservancy"),
            T("one-minute intervals", "intervals of one minute")])

case("billiard halls", "rewrite", "consistent",
     "Greystone Leisure, which operates 31 billiard halls in northern England, reported a pre-tax profit of £4.2 "
     "million for the six months to June, compared with a loss of £600,000 a year earlier. Revenue rose 18 "
     "percent to £27.5 million, helped by longer opening hours and the launch of a membership scheme that now has "
     "46,000 subscribers. Finance director Colm Arkwright said the company expected to open three more halls "
     "before the end of the year, subject to planning approval. The board declared an interim dividend of 2.1p "
     "per share, its first since 2019.",
     "Greystone Leisure swung to a pre-tax profit of £4.2m in the half-year to June, from a loss of £0.6m in the "
     "same period a year before. The group, which runs 31 billiard halls across the north of England, lifted "
     "revenue by 18 percent to £27.5m on the back of extended opening hours and a new membership scheme, which "
     "has signed up 46,000 people. Three further halls are expected to open by the end of the year if planning "
     "permission is granted, according to finance director Colm Arkwright. Shareholders will receive an interim "
     "dividend of 2.1p a share, the first the board has declared since 2019.",
     traps=[T("£0.6m", "£600,000"),
            T("the half-year to June", "the six months to June"),
            T("across the north of England", "in northern England"),
            T("if planning permission is granted", "subject to planning approval"),
            T("£27.5m", "£27.5 million")])

case("blacksmith forges", "rewrite", "inconsistent",
     "Ironvale Heritage Crafts has acquired the Tallis Forge in Wendlebury, one of the last working blacksmith "
     "forges in the county, from the Tallis family, who had run it for four generations. The purchase price was "
     "not disclosed. Ironvale said it would keep the forge's three smiths on staff and use the site to run "
     "weekend courses for beginners from the spring. Former owner Gideon Tallis, 71, said he was 'glad the fires "
     "will stay lit'. The forge was listed as a building of local historic interest in 2008.",
     "The Tallis Forge in Wendlebury, one of the county's last working blacksmith forges, has been sold by "
     "Ironvale Heritage Crafts to the Tallis family, who had run it for four generations. No price was given. The "
     "forge's three smiths will be kept on, Ironvale said, and from the spring the site will host weekend courses "
     "for beginners. Gideon Tallis, 71, the former owner, said he was 'glad the fires will stay lit'. The forge "
     "was listed as a building of local historic interest in 2008.",
     errors=[E("sold by Ironvale Heritage Crafts to the Tallis family", "role", "critical",
               "Ironvale Heritage Crafts has acquired the Tallis Forge")],
     traps=[T("one of the county's last working blacksmith forges",
              "one of the last working blacksmith forges in the county"),
            T("The forge's three smiths will be kept on", "keep the forge's three smiths on staff")])

case("boat races", "rewrite", "consistent",
     "The 112th Marlow Reach Boat Race, scheduled for Sunday 6 April, has been postponed by a week because of "
     "high water levels on the river, the Marlow Reach Rowing Association said on Tuesday. The Environment Office "
     "had warned that the river was expected to remain above safe racing levels for at least five days. The race "
     "between crews from Ashcombe College and Linford University will now be held on Sunday 13 April, with the "
     "start moved from 2pm to 3pm to allow for tidal conditions. Association president Meredith Cobb said the "
     "decision had been taken unanimously by the committee.",
     "High water on the river has forced a seven-day postponement of the 112th Marlow Reach Boat Race, which had "
     "been due to take place on Sunday 6 April, the Marlow Reach Rowing Association announced on Tuesday. The "
     "Environment Office had warned that the river was likely to stay above safe racing levels for five days or "
     "more. Crews from Ashcombe College and Linford University will now meet on Sunday 13 April, starting an hour "
     "later than planned, at 3pm, because of the tides. The committee's decision was unanimous, said Meredith "
     "Cobb, the association's president.",
     traps=[T("a seven-day postponement", "postponed by a week"),
            T("was likely to stay above", "was expected to remain above"),
            T("five days or more", "at least five days"),
            T("an hour later than planned, at 3pm", "moved from 2pm to 3pm"),
            T("The committee's decision was unanimous",
              "the decision had been taken unanimously by the committee")])

case("border collies", "rewrite", "inconsistent",
     "The Fellside Sheepdog Society will require all border collies entered in its trials to be microchipped and "
     "DNA-tested for two inherited eye conditions from January, the society's board decided at its meeting on "
     "Saturday. The rule will apply to about 1,300 dogs registered with the society. Breeders who cannot provide "
     "test results may be granted an exemption of up to six months. Society secretary Aled Prothero said testing "
     "costs of around £85 per dog could be partly covered by a hardship fund. The board rejected a proposal to "
     "extend the requirement to other herding breeds.",
     "From January, every border collie entered in Fellside Sheepdog Society trials will have to be microchipped "
     "and DNA-tested for two inherited eye conditions, following a board decision on Saturday. Some 1,300 dogs "
     "registered with the society are covered by the rule. Breeders without test results will be granted an "
     "exemption of up to six months. Aled Prothero, the society's secretary, said a hardship fund could partly "
     "cover testing costs of around £58 per dog. The board turned down a proposal to apply the requirement to "
     "other herding breeds.",
     errors=[E("will be granted", "modality", "major", "may be granted"),
             E("£58", "number", "major", "£85")],
     traps=[T("Some 1,300", "about 1,300"),
            T("turned down", "rejected")])


# --------------------------------------------------------------- rewrites 11-20
case("bottle banks", "rewrite", "consistent",
     "Northmere Borough Council will remove 40 of its 112 bottle banks by the end of March after introducing "
     "kerbside glass collections for all households, a council report published on Thursday shows. The "
     "remaining banks will be concentrated at supermarkets and recycling centres. The council expects the change "
     "to save about £150,000 a year in emptying and maintenance costs. Councillor Priya Haldane, cabinet member "
     "for environment, said glass recycling rates had risen by a quarter since kerbside collection began in "
     "September. Residents can report overflowing banks through the council's website.",
     "With kerbside glass collection now in place for every household, Northmere Borough Council will take away "
     "40 of its 112 bottle banks by the end of March, according to a council report released on Thursday. The "
     "surviving banks will be grouped at supermarkets and recycling centres. The council expects to save roughly "
     "£150,000 annually on emptying and upkeep. Since kerbside pick-ups started in September, glass recycling "
     "rates have gone up by 25 percent, said Priya Haldane, the cabinet member responsible for the environment. "
     "Overflowing banks can be reported by residents via the council website.",
     traps=[T("by 25 percent", "by a quarter"),
            T("roughly £150,000 annually", "about £150,000 a year"),
            T("upkeep", "maintenance"),
            T("released on Thursday", "published on Thursday"),
            T("The surviving banks will be grouped", "The remaining banks will be concentrated")])

case("bunting makers", "rewrite", "inconsistent",
     "Flagcraft Textiles, one of the country's largest bunting makers, has won a contract to supply 90 kilometres "
     "of bunting for the Silverbridge Jubilee Festival in July, the festival's organising committee announced. "
     "The order is the biggest in the company's 40-year history and will require the firm to take on 25 "
     "temporary workers at its Denholm factory. Managing director Sunita Carrow said all the bunting would be "
     "made from recycled polyester. The festival, which expects 200,000 visitors, chose Flagcraft over two rival "
     "bidders.",
     "Flagcraft Textiles, among the biggest bunting makers in the country, will supply 90km of bunting for July's "
     "Silverbridge Jubilee Festival after winning a contract, the festival's organising committee said. The "
     "largest order in the firm's 40-year history, it means 25 temporary staff will be hired at the company's "
     "Silverbridge factory. All the bunting will be made from recycled polyester, according to managing director "
     "Sunita Carrow. Flagcraft beat two rival bidders to the contract for the festival, which expects 200,000 "
     "visitors.",
     errors=[E("Silverbridge", "entity", "major", "Denholm", occ=1)],
     traps=[T("90km", "90 kilometres"),
            T("among the biggest bunting makers in the country", "one of the country's largest bunting makers"),
            T("25 temporary staff will be hired", "take on 25 temporary workers")])

case("butter churning", "rewrite", "consistent",
     "Hollins Farm Dairy has resumed butter churning at its restored 19th-century dairy barn in Ebberley after a "
     "gap of almost 60 years, the farm's owners said on Friday. The barn was renovated with a £220,000 grant from "
     "the Rural Heritage Fund and will be open to visitors on weekends from May to September. Owner Beatrix Lowe "
     "said the farm would produce about 300 kilograms of butter a week, to be sold in its shop and to three local "
     "restaurants. Demonstrations will be given twice a day, at 11am and 3pm.",
     "For the first time in nearly six decades, butter is being churned at Hollins Farm Dairy's restored "
     "19th-century dairy barn in Ebberley, its owners said on Friday. The barn was restored with the help of a "
     "£220,000 Rural Heritage Fund grant, and visitors will be able to look round at weekends between May and September. Some "
     "300kg of butter a week will be made, to be sold in the farm shop and to three restaurants nearby, said "
     "Beatrix Lowe, the owner. There will be two demonstrations daily, at 11am and 3pm.",
     traps=[T("nearly six decades", "almost 60 years"),
            T("Some 300kg", "about 300 kilograms"),
            T("three restaurants nearby", "three local restaurants"),
            T("two demonstrations daily", "Demonstrations will be given twice a day")])

case("button boxes", "rewrite", "inconsistent",
     "A collection of more than 12,000 buttons, stored in 46 antique button boxes, has been donated to the Corran "
     "Museum of Costume by the family of the late collector Agatha Finchley, the museum said on Monday. The "
     "oldest buttons date from the 1740s and include examples made of bone, horn and enamel. Curator Tobias "
     "Renwick said the collection would be catalogued over the next 18 months and displayed in a new gallery in "
     "2026. The museum plans to digitise the entire collection so that researchers can view it online.",
     "The family of the late collector Agatha Finchley has lent more than 12,000 buttons, kept in 46 antique "
     "button boxes, to the Corran Museum of Costume, the museum announced on Monday. The earliest buttons, from "
     "the 1740s, include bone, horn and enamel pieces. According to curator Tobias Renwick, the collection will "
     "be catalogued over the coming 18 months and will go on display in a new gallery in 2026. The museum plans "
     "to digitise the whole collection so researchers can see it online, and it will go on display in a new "
     "gallery in 2026.",
     errors=[E("has lent", "event", "critical", "has been donated"),
             E("will go on display in a new gallery in 2026", "repetition", "minor", None, occ=1)],
     traps=[T("The earliest buttons", "The oldest buttons"),
            T("the coming 18 months", "the next 18 months")])

case("cabinet makers", "rewrite", "consistent",
     "Ashby & Wren, a cabinet maker based in Thornleigh, has been appointed to restore the oak panelling in the "
     "council chamber of Harrowgate Town Hall, the town council confirmed on 3 March. The work, costing "
     "£186,000, is due to begin in May and take around 20 weeks. The council chamber will be closed during this "
     "period, and council meetings will move to the Corn Exchange. Town clerk Elspeth Marr said the panelling, "
     "installed in 1894, had been damaged by damp and woodworm. The firm was chosen from five companies that "
     "tendered for the job.",
     "Harrowgate Town Council confirmed on 3 March that Thornleigh cabinet maker Ashby & Wren had been appointed "
     "to restore the oak panelling in the town hall's council chamber. The £186,000 job is scheduled to start in "
     "May and last about 20 weeks; while the chamber is shut, council meetings will be held at the Corn Exchange. "
     "According to Elspeth Marr, the town clerk, the panelling, which was put in in 1894, had suffered damage from "
     "damp and woodworm. Ashby & Wren beat four other bidders to the contract.",
     traps=[T("is scheduled to start", "is due to begin"),
            T("about 20 weeks", "around 20 weeks"),
            T("beat four other bidders to the contract",
              "was chosen from five companies that tendered for the job")])

case("card tables", "rewrite", "inconsistent",
     "An 18th-century mahogany card table sold for £64,000 at Pennington's auction house in Castlebury on "
     "Wednesday, more than three times its pre-sale estimate of £20,000. The table, attributed to the workshop "
     "of cabinetmaker Josiah Hurst, was bought by a private collector bidding by telephone. Auctioneer Lydia "
     "Farrant said there had been interest from buyers in six countries. The seller, who wished to remain "
     "anonymous, had inherited the table from a great-aunt.",
     "A mahogany card table dating from the 1700s fetched £64,000 at Pennington's auction house in Castlebury on "
     "Wednesday, over three times the £20,000 estimate set before the sale. It went to a private collector "
     "bidding by phone. The table is attributed to the workshop of cabinetmaker Josiah Hurst, who made it for "
     "the Earl of Castlebury in 1762. According to auctioneer Lydia Farrant, buyers in six countries had shown "
     "interest. The seller, who asked not to be named, had been left the table by a great-aunt.",
     errors=[E("who made it for the Earl of Castlebury in 1762", "addition", "major", None)],
     traps=[T("dating from the 1700s", "18th-century"),
            T("who asked not to be named", "who wished to remain anonymous"),
            T("had been left the table by a great-aunt", "had inherited the table from a great-aunt")])

case("carousel horses", "rewrite", "consistent",
     "Restoration of the 36 hand-carved horses from the Palmerston Pier carousel has been completed, two months "
     "ahead of schedule, the Palmerston Pier Trust said on Tuesday. The horses, carved in 1911, were removed from "
     "the pier in 2022 after storm damage and sent to a specialist workshop in Mellingford. The project cost "
     "£410,000, of which £250,000 came from public donations. The carousel is due to reopen to the public on 1 "
     "July, when rides will cost £2 for children and £3 for adults. Trust chair Ewan Doyle thanked 'the "
     "thousands of people who gave what they could'.",
     "All 36 hand-carved horses from the Palmerston Pier carousel have now been restored, two months earlier "
     "than planned, the Palmerston Pier Trust said on Tuesday. Carved in 1911, they were taken off the pier in "
     "2022 after a storm damaged them and sent to a Mellingford workshop that specialises in such work. Public "
     "donations covered £250,000 of the £410,000 cost. Rides will cost £2 for children and £3 for adults once "
     "the carousel reopens to the public, which is scheduled for 1 July. Ewan Doyle, who chairs the trust, "
     "thanked 'the thousands of people who gave what they could'.",
     traps=[T("two months earlier than planned", "two months ahead of schedule"),
            T("Public donations covered £250,000 of the £410,000 cost",
              "The project cost £410,000, of which £250,000 came from public donations"),
            T("which is scheduled for 1 July", "is due to reopen to the public on 1 July"),
            T("a Mellingford workshop that specialises in such work", "a specialist workshop in Mellingford")])

case("chimney pots", "rewrite", "inconsistent",
     "Conservation officers in the town of Ledwick have warned homeowners in the Old Quarter that replacing "
     "original clay chimney pots without permission could lead to fines of up to £5,000. The warning follows "
     "complaints that at least 30 Victorian pots had been swapped for modern metal cowls in the past year. "
     "Planning permission is not needed for like-for-like repairs using clay pots, the council said. Heritage "
     "officer Damian Oyelaran said most owners were unaware of the rules rather than deliberately breaking them. "
     "Advice leaflets will be delivered to all 1,800 properties in the conservation area.",
     "Homeowners in Ledwick's Old Quarter have been told by conservation officers that they could be fined up to "
     "£5,000 if they replace original clay chimney pots without permission. The warning came after complaints "
     "that 30 Victorian pots had been replaced with modern metal cowls over the past year. The council said "
     "planning permission is needed for like-for-like repairs using clay pots. According to heritage officer "
     "Damian Oyelaran, most owners had not known about the rules rather than deliberately breaking them. Advice "
     "leaflets will go to all 1,800 properties in the conservation area.",
     errors=[E("", "omission", "minor", "at least", at=("before", "30 Victorian pots", 0)),
             E("is needed", "polarity", "critical", "is not needed")],
     traps=[T("had not known about the rules", "were unaware of the rules"),
            T("they could be fined up to £5,000", "could lead to fines of up to £5,000")])

case("cinema organs", "rewrite", "consistent",
     "The Regent Picture House in Dunscombe will reinstate its 1932 cinema organ on 20 October after a "
     "seven-year restoration carried out by volunteers, the cinema's owners said. The Wurlan organ, one of only "
     "four of its model still in existence, was removed in 1968 and spent decades in storage in a church hall. "
     "Volunteers from the Dunscombe Organ Society put in an estimated 9,000 hours of work. The reopening concert "
     "will be played by organist Felix Harrowby, and all 600 tickets have already been sold. The owners said "
     "they hoped to hold monthly recitals from next year.",
     "Volunteers have spent seven years restoring the Regent Picture House's 1932 cinema organ, which will "
     "return to the Dunscombe cinema on 20 October, its owners said. Taken out in 1968, the Wurlan organ, one of "
     "just four of its model that survive, was kept for decades in a church hall. Members of the Dunscombe Organ "
     "Society are estimated to have given 9,000 hours of work. Organist Felix Harrowby will play the reopening "
     "concert, which has sold out all 600 tickets. The owners hope to stage monthly recitals starting next year.",
     traps=[T("one of just four of its model that survive", "one of only four of its model still in existence"),
            T("Taken out in 1968", "was removed in 1968"),
            T("which has sold out all 600 tickets", "all 600 tickets have already been sold"),
            T("are estimated to have given 9,000 hours", "put in an estimated 9,000 hours"),
            T("hope to stage monthly recitals starting next year",
              "hoped to hold monthly recitals from next year")])

case("clay pigeons", "rewrite", "inconsistent",
     "The Brackenmoor Shooting Ground will stop clay pigeon shooting on Sundays from 1 May following noise "
     "complaints from residents of nearby Fenby, the ground's management said on Thursday. Shooting will "
     "continue from Monday to Saturday between 10am and 4pm. A noise survey commissioned by the district council "
     "recorded levels above the recommended limit on eight occasions last summer. Manager Rhys Calloway said the "
     "ground would also install acoustic barriers at a cost of £75,000. Fenby parish council welcomed the "
     "decision.",
     "From 1 May there will be no clay pigeon shooting at Brackenmoor Shooting Ground on Sundays, its management "
     "announced on Thursday, after people living in nearby Fenby complained about noise. Shooting will still take "
     "place Monday to Saturday from 10am to 6pm. Eight times last summer, a noise survey commissioned by the "
     "district council found levels exceeding the recommended limit. The ground will also spend £75,000 on "
     "acoustic barriers, manager Rhys Calloway said. The decision was welcomed by Fenby parish council.",
     errors=[E("6pm", "date", "major", "4pm")],
     traps=[T("Eight times", "on eight occasions"),
            T("exceeding the recommended limit", "above the recommended limit"),
            T("The decision was welcomed by Fenby parish council", "Fenby parish council welcomed the decision")])


# -------------------------------------------------------------- summaries 21-30
case("cloister gardens", "summary", "consistent",
     "The cloister garden at St Aldric's Abbey in Fernhollow will reopen to the public on 12 April after a £1.1 "
     "million restoration, the Abbey Trust said on Monday. The work, which took 30 months, involved replanting "
     "the medieval herb beds using species recorded in a 15th-century manuscript held in the abbey library. "
     "Archaeologists working on the project uncovered the foundations of a previously unknown well. Admission "
     "will remain free, although visitors will be asked for a voluntary donation of £5. The garden will be open "
     "daily from 10am to 5pm, except on Good Friday.",
     "After a £1.1m, two-and-a-half-year restoration that replanted its medieval herb beds from a 15th-century "
     "manuscript and uncovered the foundations of a previously unknown well, the cloister garden of St Aldric's "
     "Abbey in Fernhollow reopens on 12 April, free of charge but with a suggested £5 donation.",
     traps=[T("two-and-a-half-year", "took 30 months"),
            T("£1.1m", "£1.1 million"),
            T("free of charge", "Admission will remain free"),
            T("a suggested £5 donation", "a voluntary donation of £5")])

case("clothes pegs", "summary", "inconsistent",
     "Pegwell Ltd, the last company making wooden clothes pegs in the country, has been bought by homeware "
     "retailer Larkspur Home for £3.5 million, the two companies said on Tuesday. Pegwell, founded in 1921, "
     "produces around 40 million pegs a year at its factory in Haddow and employs 85 people. Larkspur said all "
     "jobs would be kept and that it planned to invest a further £1 million in new machinery. Pegwell's managing "
     "director, Ruth Ambrose, will remain in her post. Larkspur already sells Pegwell products in its 120 stores.",
     "Pegwell Ltd, the country's last maker of wooden clothes pegs, has bought homeware retailer Larkspur Home "
     "for £3.5m. All 58 jobs at the Haddow factory will be kept, and a further £1m is to go into new machinery.",
     errors=[E("Pegwell Ltd, the country's last maker of wooden clothes pegs, has bought homeware retailer "
               "Larkspur Home", "role", "critical", "has been bought by homeware retailer Larkspur Home"),
             E("58", "number", "major", "85")],
     traps=[T("£3.5m", "£3.5 million")])

case("coach houses", "summary", "consistent",
     "Plans to convert a Grade II-listed coach house in the village of Amberleigh into four holiday flats have "
     "been approved by Wyvern District Council, despite objections from 23 residents. The 1840s building, which "
     "once housed carriages for the nearby Amberleigh Hall estate, has stood empty since 1997. Developer Corwen "
     "Properties said the conversion would preserve the building's arched doorways and original roof timbers. "
     "Councillors attached a condition limiting stays to a maximum of 28 days. Work is expected to start in the "
     "autumn and take about a year.",
     "Wyvern District Council has approved, over the objections of 23 residents, the conversion of Amberleigh's "
     "empty Grade II-listed 1840s coach house into four holiday flats, with stays capped at four weeks; work is "
     "likely to begin in the autumn.",
     traps=[T("over the objections of 23 residents", "despite objections from 23 residents"),
            T("capped at four weeks", "limiting stays to a maximum of 28 days"),
            T("is likely to begin in the autumn", "is expected to start in the autumn")])

case("commons grazing", "summary", "inconsistent",
     "Commoners on Hatherley Common may lose their grazing rights on part of the land if plans for a new solar "
     "farm are approved, the Hatherley Commoners' Association has warned. Energy firm Brightfield Renewables "
     "wants to lease 40 hectares of the 300-hectare common for 25 years. The association said around 60 ponies "
     "and 150 cattle currently graze the area. Brightfield said grazing by sheep could continue between the solar "
     "panels. A decision by the county planning committee is expected in June.",
     "The Hatherley Commoners' Association says commoners will lose grazing rights on part of Hatherley Common "
     "under Brightfield Renewables' plan to lease 40 of its 300 hectares for a solar farm for 25 years; a "
     "planning decision is expected in June.",
     errors=[E("will lose", "modality", "major", "may lose")],
     traps=[T("40 of its 300 hectares", "40 hectares of the 300-hectare common")])

case("compost heaps", "summary", "consistent",
     "Residents of Tanworth are producing 35 percent less food waste since the borough began giving away free "
     "compost bins two years ago, according to a report by the borough's waste department. More than 9,200 bins "
     "have been distributed, and the amount of food waste collected from households fell from 4,100 tonnes in "
     "2021 to 2,665 tonnes last year. The department estimates the scheme has saved £310,000 in disposal costs. "
     "Councillor Hamid Roshan said the borough would continue offering bins until at least 2027 and would run "
     "composting workshops in libraries.",
     "Two years after Tanworth started handing out free compost bins, over 9,200 have gone to residents and "
     "household food waste has dropped by more than a third, saving an estimated £310,000 in disposal costs, the "
     "borough's waste department reports; bins will be offered until 2027 at least.",
     traps=[T("over 9,200", "More than 9,200"),
            T("by more than a third", "35 percent less"),
            T("until 2027 at least", "until at least 2027"),
            T("handing out free compost bins", "giving away free compost bins")])

case("copper kettles", "summary", "inconsistent",
     "Kettleworth & Sons, a family firm that has made copper kettles in the town of Brassington since 1868, will "
     "close its workshop at the end of the year, owner Geoffrey Kettleworth announced. The firm, which employs "
     "seven coppersmiths, said falling demand and the rising price of copper had made the business unviable. Its "
     "order book will be transferred to Hammond Metalcraft of Ditchley, which has offered jobs to three of the "
     "coppersmiths. Kettleworth said the company's tools and pattern books would be donated to the Brassington "
     "Museum.",
     "Kettleworth & Sons, which has made copper kettles in Brassington since 1868, will close its workshop at the "
     "end of the year after failing to find a buyer, citing falling demand and the rising cost of copper. "
     "Hammond Metalcraft takes over its orders and has offered jobs to three of its seven coppersmiths; its tools "
     "and pattern books go to the Ditchley Museum.",
     errors=[E("after failing to find a buyer", "addition", "major", None),
             E("Ditchley Museum", "entity", "major", "Brassington Museum")],
     traps=[T("the rising cost of copper", "the rising price of copper")])

case("court jesters", "summary", "consistent",
     "The town of Merrowby has appointed its first official court jester in more than 300 years, the town "
     "council said on Friday. Street performer Tobias 'Pip' Quarrie, 34, was chosen from 17 applicants after a "
     "public audition in the market square watched by around 800 people. The unpaid, ceremonial role will "
     "involve appearing at civic events and the annual Merrowby Fair. The council said the post had been revived "
     "to promote local tourism. Records show the town's last jester, Will Scarlett, served the lord of the manor "
     "until 1712.",
     "Merrowby has named street performer Tobias 'Pip' Quarrie, 34, as its first official court jester for over "
     "three centuries, picking him from 17 hopefuls after a public audition; the council revived the ceremonial, "
     "unpaid post to boost local tourism.",
     traps=[T("for over three centuries", "in more than 300 years"),
            T("17 hopefuls", "17 applicants"),
            T("to boost local tourism", "to promote local tourism")])

case("cow bells", "summary", "inconsistent",
     "A ban on cow bells proposed for the alpine village of Oberwald-Stein has been rejected by the local council "
     "after a petition against it gathered 2,400 signatures. The proposal had been put forward by a group of "
     "holiday-home owners who complained that the bells kept them awake at night. Farmers' representative "
     "Ursula Brenner said the bells were part of the village's identity and helped locate animals in fog. Mayor "
     "Konrad Eibl said the council would instead ask farmers to remove bells from cattle grazing within 200 "
     "metres of houses overnight, on a voluntary basis.",
     "Oberwald-Stein's council has rejected a proposed cow bell ban after a 2,400-signature petition against it. "
     "Mayor Konrad Eibl said the bells were part of the village's identity, and farmers will be asked to "
     "voluntarily remove bells overnight from cattle grazing within 200 metres of homes.",
     errors=[E("Mayor Konrad Eibl said", "attribution", "major", "Farmers' representative Ursula Brenner said")],
     traps=[T("a 2,400-signature petition", "a petition against it gathered 2,400 signatures"),
            T("voluntarily", "on a voluntary basis")])

case("dairy herds", "summary", "consistent",
     "The number of dairy herds in the Westmarch region fell by 9 percent last year to 1,240, the lowest figure "
     "since records began in 1975, according to figures published by the regional agriculture department on "
     "Thursday. The average herd size, however, rose from 148 to 162 cows, meaning total milk output was broadly "
     "unchanged. The department said most farms that left the sector had fewer than 100 cows. Farmers' union "
     "leader Bronwen Tate blamed low milk prices and rising feed costs, and called for a review of supply "
     "contracts.",
     "Westmarch's dairy herds dropped 9 percent to 1,240 last year, a record low, but bigger average herds of 162 "
     "cows, up from 148, kept milk output roughly flat, official figures show; union leader Bronwen Tate blamed "
     "poor milk prices and rising feed costs.",
     traps=[T("a record low", "the lowest figure since records began in 1975"),
            T("roughly flat", "broadly unchanged"),
            T("poor milk prices", "low milk prices")])

case("dance halls", "summary", "inconsistent",
     "The Rialto Ballroom in Southcliff, one of the last surviving dance halls of the 1930s, has been saved from "
     "demolition after the town council agreed on Tuesday to buy the building for £1.6 million. The owners had "
     "applied to replace it with 40 flats. A campaign led by local dance teacher Marion Hale raised £210,000 "
     "towards the purchase. The council plans to lease the ballroom to a community trust, which hopes to reopen "
     "it for tea dances and concerts by the summer of 2026.",
     "Southcliff's 1930s Rialto Ballroom has been saved from demolition after the council agreed on Tuesday to "
     "lease the building for £1.6m; a community trust hopes to reopen it for tea dances and concerts by summer "
     "2025.",
     errors=[E("lease", "event", "critical", "buy"),
             E("summer 2025", "date", "major", "the summer of 2026")],
     traps=[T("£1.6m", "£1.6 million")])


# ----------------------------------------------------------- translations 31-40
case("decoy ponds", "translation", "consistent",
     "The historic duck decoy pond near the village of Veldhoven-Marsk will be restored with a grant of 480,000 "
     "euros from the provincial government, the nature organisation Waterland Trust announced on Wednesday. The "
     "pond, dug around 1690, was used for centuries to catch wild ducks with the help of trained dogs and curved "
     "netted channels. It has not been in use since 1954. After restoration, the site will be used for ringing "
     "birds for scientific research. Work begins in September and should be completed within eighteen months, "
     "according to project leader Henk van Doorne.",
     "Nature organisation Waterland Trust said on Wednesday that the provincial authorities are giving €480,000 "
     "towards restoring the historic duck decoy pond near the village of Veldhoven-Marsk. Dug in about 1690, the "
     "pond was used for hundreds of years to trap wild ducks, using trained dogs and curving channels covered "
     "with nets. Nobody has used it since 1954. Once restored, it will serve as a place where birds are ringed for "
     "scientific study. According to project leader Henk van Doorne, work will start in September and ought to "
     "be finished within a year and a half.",
     traps=[T("€480,000", "480,000 euros"),
            T("for hundreds of years", "for centuries"),
            T("Nobody has used it since 1954", "It has not been in use since 1954"),
            T("ought to be finished within a year and a half", "should be completed within eighteen months"),
            T("in about 1690", "around 1690")])

case("drill halls", "translation", "inconsistent",
     "The former army drill hall in Kastelbrück will become a climbing centre, the city council decided on "
     "Monday by 31 votes to 12. The building, erected in 1903, has been empty for eleven years. An investor, the "
     "company Gipfelwerk, will pay for the conversion, estimated at 2.3 million euros, and will rent the hall "
     "from the city for thirty years. The facade and the iron roof structure are listed and must be preserved. "
     "Opposition councillors had argued for using the hall as a school sports facility. The climbing centre is "
     "due to open in late 2025.",
     "On Monday the city council of Kastelbrück voted 31 to 12 to turn the old military drill hall into a "
     "climbing centre. Built in 1903, the hall has stood empty for eleven years. Gipfelwerk, the investor, will "
     "cover the conversion costs, put at 2.3 million euros, and will lease the building from the city for three "
     "decades. Because they are protected, the facade and the iron roof structure must be kept. Opposition "
     "members of the council had wanted the building to be used for school sport. The hall has stood empty for "
     "eleven years. The climbing centre is scheduled to open at the end of 2025.",
     errors=[E("The hall has stood empty for eleven years", "repetition", "minor", None)],
     traps=[T("for three decades", "for thirty years"),
            T("voted 31 to 12", "by 31 votes to 12"),
            T("at the end of 2025", "in late 2025")])

case("egg boxes", "translation", "consistent",
     "The cooperative Ovo Norte will replace all plastic egg boxes with cardboard packaging made from recycled "
     "paper by the end of next year, its president, Lucía Barreiro, told a press conference in Valdemora. The "
     "change affects about 60 million boxes a year and will cost the cooperative an estimated 1.8 million euros. "
     "Barreiro said the price of eggs for consumers would not rise as a result. The cooperative, which groups 140 "
     "farms, is the largest egg producer in the region. Environmental groups welcomed the announcement but said "
     "other producers should follow.",
     "Speaking at a press conference in Valdemora, Lucía Barreiro, who chairs the Ovo Norte cooperative, said "
     "that by the end of next year every plastic egg box it uses would be replaced with cardboard packaging made "
     "of recycled paper. Some 60 million boxes a year are affected, and the switch is expected to cost the "
     "cooperative around 1.8 million euros. Consumers will not pay more for their eggs because of it, she said. "
     "With 140 member farms, Ovo Norte is the region's biggest egg producer. Environmental groups welcomed the "
     "move while urging other producers to do the same.",
     traps=[T("who chairs the Ovo Norte cooperative", "its president"),
            T("Some 60 million", "about 60 million"),
            T("Consumers will not pay more for their eggs because of it",
              "the price of eggs for consumers would not rise as a result"),
            T("With 140 member farms", "which groups 140 farms"),
            T("the region's biggest egg producer", "the largest egg producer in the region")])

case("fairy doors", "translation", "inconsistent",
     "In the town of Sankt Elmau, more than 150 small fairy doors have appeared on trees and walls over the past "
     "year, most of them made by a retired carpenter, Franz Oberleitner. The tourist office now offers a map of "
     "the doors, and about 4,000 copies have been handed out since spring. Some residents have complained about "
     "visitors trampling gardens. The mayor, Gerda Hallinger, said the town might introduce marked walking routes "
     "to guide visitors, but no decision has been made. Oberleitner says he plans to make another fifty doors "
     "this year.",
     "Over the last year more than 150 tiny fairy doors have popped up on trees and walls in Sankt Elmau, the "
     "majority of them the work of retired carpenter Franz Oberleitner. A map of the doors is now available from "
     "the town hall, which has given out around 4,000 copies since the spring. Some locals have complained that "
     "visitors trample their gardens. Mayor Gerda Hallinger said the town would introduce signposted walking "
     "routes to guide visitors. Oberleitner says he intends to make another fifty doors this year.",
     errors=[E("the town hall", "entity", "major", "The tourist office"),
             E("would introduce", "modality", "major", "might introduce")],
     traps=[T("the majority of them", "most of them"),
            T("around 4,000 copies", "about 4,000 copies")])

case("feather dusters", "translation", "consistent",
     "The family company Plumex, one of the last manufacturers of ostrich feather dusters in Europe, has doubled "
     "its exports in three years, its director, Marc Delacourt, said in an interview with a regional newspaper. "
     "Sales abroad now account for 70 percent of turnover, which reached 3.2 million euros last year. The "
     "company, based in Saint-Armel since 1921, buys its feathers from farms in South Africa. Delacourt said the "
     "firm would hire eight more workers this year, bringing its workforce to 46.",
     "Plumex, a family firm that is among the last makers of ostrich feather dusters in Europe, now exports twice "
     "as much as it did three years ago, director Marc Delacourt told a regional newspaper. Seventy percent of its "
     "turnover, which last year came to 3.2 million euros, is now generated abroad. Located in Saint-Armel since "
     "1921, the company sources its feathers from South African farms. Eight additional workers will be taken on "
     "this year, Delacourt said, taking the headcount to 46.",
     traps=[T("now exports twice as much as it did three years ago", "has doubled its exports in three years"),
            T("Seventy percent", "70 percent"),
            T("Located in Saint-Armel since 1921", "based in Saint-Armel since 1921"),
            T("taking the headcount to 46", "bringing its workforce to 46"),
            T("told a regional newspaper", "said in an interview with a regional newspaper")])

case("fence posts", "translation", "inconsistent",
     "A sawmill in the district of Järvelä has won an order to supply 120,000 treated pine fence posts to a "
     "national road agency, the company, Metsäpuu, said on Tuesday. The posts will be used along new wildlife "
     "fences on the Route 9 motorway, where collisions with elk have increased. Deliveries will start in April "
     "and run until the end of October. The order is worth about 1.5 million euros and secures work for the "
     "mill's 38 employees for the rest of the year, managing director Aino Kettunen said.",
     "The Metsäpuu sawmill in Järvelä district announced on Tuesday that it had secured an order to supply a "
     "national road agency with 12,000 treated pine fence posts. They are for new wildlife fencing along the "
     "Route 9 motorway, where there have been more collisions with elk. Deliveries run from April to the end of "
     "October. According to managing director Aino Kettunen, the contract is worth roughly 1.5 million euros and "
     "keeps the mill's 38 staff in work for the rest of the year.",
     errors=[E("12,000", "number", "major", "120,000")],
     traps=[T("roughly 1.5 million euros", "about 1.5 million euros"),
            T("there have been more collisions with elk", "collisions with elk have increased")])

case("ferry bells", "translation", "consistent",
     "The bronze bell of the old ferry between Skarvik and Holmsund, silent since the ferry service ended in "
     "1979, will ring again on Saturday. The bell was found last year in a barn by a local farmer, Ingrid "
     "Solheim, who donated it to the municipality. It has been cleaned and mounted on a wooden frame at the "
     "former ferry landing. The mayor will ring it at noon during a ceremony marking the 40th anniversary of the "
     "bridge that replaced the ferry. The municipality said the bell would afterwards be rung every year on the "
     "same day.",
     "On Saturday the bronze bell from the old Skarvik-Holmsund ferry will be heard again for the first time "
     "since the crossing closed in 1979. Local farmer Ingrid Solheim came across it in a barn last year and gave "
     "it to the municipality. After cleaning, it was fixed to a wooden frame at the old ferry landing. At midday, "
     "in a ceremony to mark forty years since the bridge replaced the ferry, the mayor will ring it. From then "
     "on, the municipality said, it will be rung annually on that date.",
     traps=[T("At midday", "at noon"),
            T("forty years since the bridge replaced the ferry",
              "the 40th anniversary of the bridge that replaced the ferry"),
            T("annually on that date", "every year on the same day"),
            T("gave it to the municipality", "donated it to the municipality"),
            T("came across it in a barn", "found last year in a barn")])

case("fire buckets", "translation", "inconsistent",
     "The volunteer fire brigade of Castelnuovo di Sotto has received forty antique leather fire buckets from "
     "the town museum, which had kept them in storage for decades. The buckets, made in the 18th century, will "
     "be displayed at the fire station during an open day on 15 May. Brigade commander Paolo Ferrante said the "
     "buckets would not be used in any real operations. The museum's director, Chiara Bellandi, said that the "
     "loan was for five years and could be extended. Visitors to the open day will be able to try an old "
     "hand-operated pump.",
     "The town museum of Castelnuovo di Sotto has received forty antique leather fire buckets from the volunteer "
     "fire brigade, which had stored them for decades. Made in the 1700s, the buckets will go on show at the fire "
     "station at an open day on 15 May. According to brigade commander Paolo Ferrante, the buckets will also be "
     "used in real operations. Museum director Chiara Bellandi said the loan runs for five years and may be "
     "extended. People attending the open day can try out an old hand pump.",
     errors=[E("The town museum of Castelnuovo di Sotto has received forty antique leather fire buckets from the "
               "volunteer fire brigade", "role", "critical",
               "has received forty antique leather fire buckets from the town museum"),
             E("will also be used", "polarity", "critical", "would not be used")],
     traps=[T("Made in the 1700s", "made in the 18th century"),
            T("may be extended", "could be extended")])

case("flagpoles", "translation", "consistent",
     "A 60-metre flagpole, the tallest in the country, was inaugurated on Sunday in the port city of Marsavel in "
     "the presence of around 5,000 people. The steel pole, built by the local firm Acerix, cost 850,000 euros, "
     "two thirds of which were paid by private donors. The flag, measuring 18 by 12 metres, will be lowered when "
     "wind speeds exceed 60 kilometres per hour. Mayor Isabel Quintero said the project was a symbol of the "
     "city's maritime history. Critics in the city council had called the cost excessive.",
     "Some 5,000 people attended Sunday's inauguration in the port city of Marsavel of the country's tallest "
     "flagpole, which stands 60 metres high. Local company Acerix built the steel pole at a cost of 850,000 "
     "euros, of which private donors covered two thirds. The 18-by-12-metre flag will be taken down whenever "
     "the wind blows at more than 60 km/h. Mayor Isabel Quintero said the project symbolised the city's "
     "seafaring past. Critics on the city council had described the cost as too high.",
     traps=[T("Some 5,000 people", "around 5,000 people"),
            T("more than 60 km/h", "exceed 60 kilometres per hour"),
            T("the city's seafaring past", "the city's maritime history"),
            T("taken down", "lowered")])

case("flower presses", "translation", "inconsistent",
     "A collection of 19th-century flower presses and more than 3,000 pressed plants belonging to the botanist "
     "Amalie Brandt has been returned to the university of Lindgrau, which had lost track of it after the Second "
     "World War. The items were discovered in the attic of a house in the town of Oderfeld during renovation "
     "work in March. The owners of the house handed them over free of charge. The university's herbarium "
     "curator, Dr Jonas Wehrli, said the plants were in remarkably good condition. They will be exhibited from "
     "October.",
     "More than 3,000 pressed plants and a set of 19th-century flower presses that belonged to the botanist "
     "Amalie Brandt are back at the University of Lindgrau, which had lost track of them following the Second "
     "World War. They turned up in March in the attic of a house in Oderfeld while it was being renovated. The "
     "owners sold them to the university. According to herbarium curator Dr Jonas Wehrli, the plants are "
     "remarkably well preserved. An exhibition will show them from October.",
     errors=[E("sold them to the university", "event", "major", "handed them over free of charge")],
     traps=[T("are remarkably well preserved", "were in remarkably good condition"),
            T("turned up", "were discovered")])


# ------------------------------------------------------------ build + validate
def find_nth(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def word_count(text):
    return len(re.findall(r"\S+", text))


def at_boundary(text, start, end):
    """True when [start, end) does not cut a word at either edge."""
    if start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        return False
    if end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        return False
    return True


def build():
    problems = []
    records = []
    for i, c in enumerate(CASES, 1):
        rid = "s%d-%03d" % (SET_ID, i)
        ref, cand = c["reference"], c["candidate"]

        def bad(msg):
            problems.append("%s (%s): %s" % (rid, c["domain"], msg))

        errors = []
        for e in c["errors"]:
            if e["type"] not in ERROR_TYPES:
                bad("unknown error type %r" % e["type"])
            if e["severity"] not in SEVERITIES:
                bad("unknown severity %r" % e["severity"])
            if e["type"] == "omission":
                if e["text"] != "" or not e["at"]:
                    bad("omission needs empty text and an anchor")
                    continue
                side, anchor, occ = e["at"]
                p = find_nth(cand, anchor, occ)
                if p < 0:
                    bad("omission anchor not found: %r" % anchor)
                    continue
                start = end = p if side == "before" else p + len(anchor)
                if not e["ref_text"] or e["ref_text"] in cand:
                    bad("omitted words %r are present in candidate" % e["ref_text"])
                if c["mode"] == "summary":
                    bad("omission in a summary")
                if not (start == 0 or start == len(cand) or not cand[start - 1].isalnum()
                        or not cand[start].isalnum()):
                    bad("omission point inside a word")
            else:
                if not e["text"]:
                    bad("empty error span")
                    continue
                start = find_nth(cand, e["text"], e["occ"])
                if start < 0:
                    bad("error span not found: %r (occ %d)" % (e["text"], e["occ"]))
                    continue
                end = start + len(e["text"])
                if not at_boundary(cand, start, end):
                    bad("error span cuts a word: %r" % e["text"])
                if e["type"] in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        bad("%s must have ref_text null" % e["type"])
                    if e["type"] == "repetition" and e["text"].lower() not in cand[:start].lower():
                        bad("repetition has no earlier copy: %r" % e["text"])
                else:
                    if not e["ref_text"]:
                        bad("missing ref_text")
                    elif e["ref_text"] == e["text"]:
                        bad("error span equals its ref_text")
            if e["ref_text"] is not None and e["ref_text"] not in ref:
                bad("error ref_text not in reference: %r" % e["ref_text"])
            errors.append({"start": start, "end": end, "text": cand[start:end], "type": e["type"],
                           "severity": e["severity"], "ref_text": e["ref_text"]})

        traps = []
        for t in c["traps"]:
            start = find_nth(cand, t["text"], t["occ"])
            if start < 0:
                bad("trap span not found: %r" % t["text"])
                continue
            end = start + len(t["text"])
            if not at_boundary(cand, start, end):
                bad("trap span cuts a word: %r" % t["text"])
            if t["ref_text"] not in ref:
                bad("trap ref_text not in reference: %r" % t["ref_text"])
            if t["ref_text"] == t["text"]:
                bad("trap is not reworded: %r" % t["text"])
            traps.append({"start": start, "end": end, "text": cand[start:end], "ref_text": t["ref_text"]})

        spans = sorted([(s["start"], s["end"], s["text"]) for s in errors + traps])
        for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
            if s2 < e1:
                bad("overlapping spans %r / %r" % (t1, t2))

        if c["domain"] not in DOMAINS:
            bad("domain not in list")
        if c["mode"] not in ("rewrite", "summary", "translation"):
            bad("bad mode")
        if c["label"] == "consistent":
            if errors:
                bad("consistent pair with errors")
            if not 3 <= len(traps) <= 5:
                bad("consistent pair needs 3-5 traps, has %d" % len(traps))
        elif c["label"] == "inconsistent":
            if not errors:
                bad("inconsistent pair without errors")
            if len(traps) > 3:
                bad("inconsistent pair has more than 3 traps")
        else:
            bad("bad label")
        wc = word_count(ref)
        if not 70 <= wc <= 190:
            bad("reference has %d words" % wc)
        if c["mode"] == "summary" and (len(cand) >= len(ref) or word_count(cand) >= wc):
            bad("summary not shorter than reference")
        if ref == cand:
            bad("candidate identical to reference")

        records.append({"id": rid, "domain": c["domain"], "mode": c["mode"], "reference": ref,
                        "candidate": cand, "label": c["label"],
                        "errors": sorted(errors, key=lambda x: x["start"]),
                        "traps": sorted(traps, key=lambda x: x["start"])})
    return records, problems


def check_composition(records, problems):
    from collections import Counter
    n = len(records)
    if n != 40:
        problems.append("expected 40 pairs, have %d" % n)
    if len({r["domain"] for r in records}) != n:
        problems.append("domains repeat")
    modes = Counter(r["mode"] for r in records)
    if modes != Counter({"rewrite": 20, "summary": 10, "translation": 10}):
        problems.append("mode counts %s" % dict(modes))
    for m in modes:
        cons = sum(1 for r in records if r["mode"] == m and r["label"] == "consistent")
        if cons * 2 != modes[m]:
            problems.append("mode %s: %d consistent of %d" % (m, cons, modes[m]))
    labels = Counter(r["label"] for r in records)
    if labels != Counter({"consistent": 20, "inconsistent": 20}):
        problems.append("label counts %s" % dict(labels))
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        problems.append("expected 30 errors, have %d" % sum(types.values()))
    for t in ERROR_TYPES:
        if types[t] < 2:
            problems.append("error type %s has only %d" % (t, types[t]))
    per_pair = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    if sum(v for k, v in per_pair.items() if k <= 2) < 15:
        problems.append("most inconsistent pairs should carry 1-2 errors")
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    return modes, labels, types


def main():
    check_only = "--check" in sys.argv[1:]
    records, problems = build()
    modes, labels, types = check_composition(records, problems)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    # round-trip check of offsets
    for r in records:
        for s in r["errors"] + r["traps"]:
            assert r["candidate"][s["start"]:s["end"]] == s["text"]
    print("validated %d pairs; modes %s; labels %s" % (len(records), dict(modes), dict(labels)))
    print("errors by type: %s" % {t: types[t] for t in ERROR_TYPES})
    print("traps: %d" % sum(len(r["traps"]) for r in records))
    if check_only:
        print("--check: nothing written")
        return
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT_PATH)


if __name__ == "__main__":
    main()
