#!/usr/bin/env python3
"""Held-out evaluation set 50 for the fact-comparison tool.

How it was made: every pair below was hand-written by a helper session that saw
no code or data of the project, working only from a written brief. All people,
companies, organisations, places and figures are invented (real countries appear
only as background). Character offsets are never typed by hand: they are computed
here by string search (with an occurrence index where a quoted text repeats).

Composition (40 pairs, one domain each):
  * modes: 20 rewrite, 10 summary, 10 translation; half of each mode consistent
  * labels: 20 consistent, 20 inconsistent
  * 30 errors: number 4; entity, date, role, polarity, modality, attribution 3 each;
    event, omission, addition, repetition 2 each. 10 inconsistent pairs carry one
    error and 10 carry two. Omissions occur only in rewrite/translation pairs.
  * consistent pairs carry 3-5 traps (faithful rewordings), inconsistent pairs 0-3.
  * references are 70-190 words, news/agency/corporate/official register.

Usage:  python3 make_set50.py          validate and write set50.jsonl
        python3 make_set50.py --check  validate only, write nothing
"""
import json
import os
import re
import sys

N = 50
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set50.jsonl")

DOMAINS = [
    "dormice", "otter returns", "bracken control", "wheelwrights", "quill pens",
    "typewriter collectors", "korfball", "kabaddi", "octopush", "footgolf",
    "racquetball", "bowls greens", "skittles", "dolls houses", "kite makers",
    "magic circles", "stilt walkers", "buskers licences", "lantern parades",
    "maypoles", "rushbearing", "egg rolling", "mince pies", "black pudding",
    "cornish pasties", "eccles cakes", "oatcakes", "marmalade awards",
    "elderflower", "foraging courses", "samphire", "whelks", "elver smuggling",
    "grey squirrels", "sea eagles", "bustards", "puffin counts", "kittiwakes",
    "storm petrels", "albatross tracking",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]

CASES = []


def E(text, type_, severity, ref, occ=0, before=None, after=None):
    """An error. For an omission, text is "" and the insertion point is the
    start of `before` (or the end of `after`) in the candidate; occ selects the
    occurrence of that anchor (or of text)."""
    return {"text": text, "type": type_, "severity": severity, "ref": ref,
            "occ": occ, "before": before, "after": after}


def T(text, ref, occ=0):
    """A trap: a faithful rewording; ref is the reference wording."""
    return {"text": text, "ref": ref, "occ": occ}


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})


# ---------------------------------------------------------------- rewrites 1-8
case("dormice", "rewrite", "consistent",
     "The Harwell Vale Wildlife Trust said on Monday that it had released 38 captive-bred "
     "hazel dormice into a restored coppice woodland near the village of Ashcombe Lacey. "
     "The animals, which were bred at a partner facility in Denstow, were placed in wooden "
     "nest boxes and will be given supplementary food for about three weeks while they adapt. "
     "Conservation officer Miriam Talbot said the site had been chosen after a four-year survey "
     "found no trace of the species there since 1987. 'Hedgerow links to neighbouring woods mean "
     "the population should be able to spread naturally,' she said. The trust plans to monitor "
     "the boxes monthly until October and expects to publish its first breeding results next "
     "spring. The project cost £64,000, half of which was met by a lottery grant.",
     "Thirty-eight hazel dormice bred in captivity have been let go in a restored coppice wood "
     "close to Ashcombe Lacey, the Harwell Vale Wildlife Trust announced on Monday. Bred at a "
     "partner site in Denstow, the animals were put into wooden nest boxes and will receive "
     "extra food for roughly three weeks as they settle in. According to conservation officer "
     "Miriam Talbot, the woodland was picked after a survey lasting four years found the species "
     "had not been recorded there since 1987. She said links through hedgerows to nearby woods "
     "meant the population should be able to spread on its own. The trust plans to check the boxes "
     "every month until October and expects its first breeding results to be published next "
     "spring. Half of the £64,000 cost of the project came from a lottery grant.",
     traps=[T("Thirty-eight", "38"),
            T("roughly three weeks", "about three weeks"),
            T("a survey lasting four years", "a four-year survey"),
            T("every month", "monthly"),
            T("Half of the £64,000 cost of the project came from a lottery grant",
              "The project cost £64,000, half of which was met by a lottery grant")])

case("otter returns", "rewrite", "inconsistent",
     "Otters have returned to the River Kessock for the first time in more than 40 years, "
     "according to a survey commissioned by the Kessock Catchment Partnership. Surveyors "
     "recorded spraints and footprints at 17 of the 25 sites checked along a 30-kilometre "
     "stretch between Brannock and the estuary at Holm Ferry. The partnership's ecologist, "
     "Daniel Okafor, said the findings reflected two decades of work to cut farm run-off and "
     "restore bankside vegetation. However, the regional water authority cautioned that no "
     "breeding pair had yet been confirmed and said numbers were likely to remain small. A "
     "follow-up survey using camera traps is planned for the winter. The partnership said it "
     "would ask landowners along the upper river to avoid clearing bankside scrub during the spring.",
     "For the first time in over four decades, otters are back on the River Kessock, a survey "
     "carried out for the Kessock Catchment Partnership has found. Spraints and footprints were "
     "found at 17 of the 35 sites surveyed along a 30km stretch from Brannock down to the estuary "
     "at Holm Ferry. Daniel Okafor, the partnership's ecologist, put the findings down to twenty "
     "years of efforts to reduce farm run-off and restore vegetation along the banks. He "
     "cautioned, however, that no breeding pair had yet been confirmed and said numbers were "
     "likely to stay small. Camera traps will be used in a follow-up survey planned for the "
     "winter. Landowners on the upper river will be asked by the partnership not to clear "
     "bankside scrub in spring.",
     errors=[E("35", "number", "major", "25"),
             E("He cautioned", "attribution", "major", "the regional water authority cautioned")],
     traps=[T("over four decades", "more than 40 years"),
            T("twenty years", "two decades")])

case("bracken control", "rewrite", "consistent",
     "The Moorland Management Board for the Callerdale Hills has approved a three-year programme "
     "to control bracken on 420 hectares of upland grazing, its chair, Fiona Wetherall, announced "
     "on 14 March. Work will begin in July and combine mechanical rolling, cutting and targeted "
     "spraying on slopes too steep for machinery. Spraying will not take place within 50 metres "
     "of watercourses. The board estimates the programme will cost £310,000, with roughly 60 per "
     "cent coming from a national land-management scheme and the rest from local landowners. "
     "Ms Wetherall said bracken had spread across about a fifth of the hills' open ground since "
     "2005, reducing grazing and covering archaeological sites. Officials said they were likely "
     "to extend the scheme if early results were encouraging.",
     "A three-year bracken control programme covering 420 hectares of upland grazing in the "
     "Callerdale Hills has been approved by the area's Moorland Management Board, chair Fiona "
     "Wetherall said on 14 March. From July, bracken will be rolled and cut by machine, with "
     "targeted spraying used on slopes that are too steep for machinery; no spraying will be "
     "carried out within 50 metres of watercourses. Of the programme's estimated £310,000 cost, "
     "around three-fifths will come from a national land-management scheme and the remainder from "
     "local landowners. According to Ms Wetherall, bracken has spread over roughly 20 per cent of "
     "the hills' open ground since 2005, cutting the grazing available and covering archaeological "
     "sites. The scheme will probably be extended if early results are encouraging, officials said.",
     traps=[T("around three-fifths", "roughly 60 per cent"),
            T("the remainder", "the rest"),
            T("roughly 20 per cent", "about a fifth"),
            T("will probably be extended", "were likely to extend")])

case("wheelwrights", "rewrite", "inconsistent",
     "The Worshipful Guild of Wheelwrights has awarded its annual master craftsman certificate to "
     "Tomas Brackley, a 58-year-old wheelwright from Pellingford who trained the guild's current "
     "apprentice, Erin Saltash. The certificate was presented on Saturday at a ceremony in the "
     "guild's hall in Orrington. Mr Brackley, who has built and repaired wheels for carriages, farm "
     "wagons and museum pieces for more than 30 years, is only the ninth person to receive the "
     "award since it was created in 1962. The guild said the number of working wheelwrights in the "
     "country had fallen to about 20, and it hoped publicity for the award would encourage more "
     "young people to take up the trade. Ms Saltash is due to complete her five-year apprenticeship "
     "in 2026.",
     "Tomas Brackley, a wheelwright from Pellingford aged 58, has received the Worshipful Guild of "
     "Wheelwrights' annual master craftsman certificate. Mr Brackley, who was trained by the "
     "guild's current apprentice, Erin Saltash, was handed the certificate at a ceremony in the "
     "guild's hall in Orrington on Saturday. He has made and repaired wheels for carriages, farm "
     "wagons and museum pieces for over 30 years and is only the ninth recipient since the award "
     "was introduced in 1962. According to the guild, there are now around 20 working "
     "wheelwrights in the country, and it hopes the award's publicity will persuade more young "
     "people to enter the trade. Ms Saltash is due to finish her five-year apprenticeship in 2026.",
     errors=[E("Mr Brackley, who was trained by the guild's current apprentice, Erin Saltash",
               "role", "major", "who trained the guild's current apprentice, Erin Saltash")],
     traps=[T("over 30 years", "more than 30 years"),
            T("around 20", "about 20"),
            T("the ninth recipient", "the ninth person to receive the award")])

case("quill pens", "rewrite", "consistent",
     "Sallow & Finch, a stationery maker based in Grindlecombe, has agreed to supply hand-cut goose "
     "quill pens to the Hallam County Record Office for use in its public calligraphy workshops, the "
     "two organisations said on Thursday. Under the two-year contract, worth £18,500, the company "
     "will deliver 1,200 quills a year, cut from feathers collected at farms rather than taken from "
     "live birds. The record office said the workshops, launched in 2021, had attracted more than "
     "3,000 visitors and were regularly fully booked. Managing director Ruth Sallow said the order "
     "would allow the firm to take on a second apprentice quill cutter. The workshops are expected "
     "to move to a larger room in the record office's new wing when it opens next year.",
     "The Hallam County Record Office is to be supplied with hand-cut goose quill pens by "
     "Grindlecombe stationery maker Sallow & Finch for its public calligraphy workshops, the pair "
     "announced on Thursday. The company will provide 1,200 quills annually over two years under "
     "the £18,500 contract, using feathers gathered from farms rather than taken from live birds. "
     "Since their launch in 2021, the workshops have drawn over 3,000 visitors and are often fully "
     "booked, according to the record office. The order will let the firm hire a second apprentice "
     "quill cutter, managing director Ruth Sallow said. When the record office's new wing opens "
     "next year, the workshops are likely to move to a bigger room there.",
     traps=[T("the pair announced", "the two organisations said"),
            T("1,200 quills annually", "1,200 quills a year"),
            T("over 3,000 visitors", "more than 3,000 visitors"),
            T("often fully booked", "regularly fully booked"),
            T("are likely to move", "are expected to move")])

case("typewriter collectors", "rewrite", "inconsistent",
     "The Northfold Typewriter Society will hold its first international collectors' fair on 9 and "
     "10 November at the Corn Exchange in Hemsley, the society's secretary, Alan Pryce, said on "
     "Wednesday. About 60 dealers from eight countries have booked tables, and organisers expect at "
     "least 2,500 visitors over the two days. The fair will include a repair clinic, where "
     "volunteers will service visitors' machines free of charge, and a display of portable "
     "typewriters used by war correspondents. Mr Pryce said interest in manual typewriters had grown "
     "sharply among people under 30, and that the society's membership had doubled to 840 since "
     "2019. Tickets cost £8, with under-16s admitted free. Proceeds will go towards a permanent "
     "archive of typewriter manuals.",
     "The Northfold Typewriter Society's first international collectors' fair will take place on 9 "
     "and 10 December at Hemsley's Corn Exchange, secretary Alan Pryce announced on Wednesday. Some "
     "60 dealers from eight countries have reserved tables, and the organisers are expecting 2,500 "
     "visitors over the two days. Volunteers at a repair clinic will service visitors' machines for "
     "free, and portable typewriters used by war correspondents will be on display. According to "
     "Mr Pryce, manual typewriters have become much more popular with under-30s, and the society's "
     "membership has doubled to 840 since 2019. Tickets are £8 and under-16s get in free, with the "
     "proceeds going towards a permanent archive of typewriter manuals.",
     errors=[E("9 and 10 December", "date", "major", "9 and 10 November"),
             E("", "omission", "minor", "at least", before="2,500 visitors")],
     traps=[T("Some 60 dealers", "About 60 dealers"),
            T("under-30s", "people under 30")])

case("korfball", "rewrite", "consistent",
     "Korfball clubs in the Western League will be required to field at least two players under "
     "the age of 21 in every senior match from next season, the national federation announced "
     "yesterday. The rule, approved by 31 votes to 9 at the federation's annual meeting in "
     "Drayfield, is intended to help young players make the jump to adult competition. Clubs that "
     "fail to comply will be fined £250 for a first offence and docked two points for any further "
     "breach. Federation president Carla Venning said the number of registered juniors had risen by "
     "a third in three years but too few were staying in the sport after leaving school. Several "
     "clubs had argued that the rule would be difficult for smaller sides to meet, and the "
     "federation said it would review it after one season.",
     "From next season, Western League korfball clubs must put out at least two under-21 players "
     "in every senior match, the national federation said yesterday. The rule was passed by 31 "
     "votes to 9 at the federation's annual meeting in Drayfield; its aim is to help young players "
     "move up to adult competition. A first breach will cost a club a £250 fine, and any further "
     "breach a two-point deduction. Registered junior numbers have gone up by a third in three "
     "years, but too few juniors keep playing once they leave school, according to federation "
     "president Carla Venning. The federation said it would review the rule after a single season, "
     "after several clubs argued that smaller sides would struggle to meet it.",
     traps=[T("under-21 players", "players under the age of 21"),
            T("a two-point deduction", "docked two points"),
            T("gone up by a third", "risen by a third"),
            T("a single season", "one season")])

case("kabaddi", "rewrite", "inconsistent",
     "The Eastmoor Kabaddi Association has been granted £45,000 by the regional sports council to "
     "set up coaching programmes in six secondary schools, the council said on Friday. The money "
     "will pay for equipment, mats and the training of 24 teachers as qualified coaches over the "
     "next 18 months. Association chair Harjit Dhillon said kabaddi had been played informally in "
     "the area for decades but had never been offered in schools. The council said it was not "
     "planning to fund a separate women's league at this stage but would consider an application "
     "next year. The first school sessions are due to begin in September, and a county schools "
     "tournament is planned for June 2026.",
     "The regional sports council has given the Eastmoor Kabaddi Association £45,000 to launch "
     "coaching programmes at six secondary schools, it announced on Friday. Over the next year and "
     "a half, the funding will cover equipment and mats and the training of 24 teachers to become "
     "qualified coaches. Kabaddi has been played informally locally for decades but has never been "
     "taught in schools, said association chair Harjit Dhillon. The council said it was planning to "
     "fund a separate women's league at this stage and would consider an application next year. The "
     "first school sessions are scheduled to start in September, with a county schools tournament "
     "planned for June 2026.",
     errors=[E("it was planning to fund", "polarity", "major", "it was not planning to fund")],
     traps=[T("Over the next year and a half", "over the next 18 months"),
            T("are scheduled to start", "are due to begin")])

# --------------------------------------------------------------- rewrites 9-14
case("octopush", "rewrite", "consistent",
     "Lindmoor Leisure Centre will reopen its diving pool to octopush teams from 3 February after a "
     "two-year closure for repairs, Lindmoor Borough Council has confirmed. The pool, one of only "
     "four in the region deep enough for the underwater hockey game, was closed in January 2023 when "
     "cracks were found in its tiles. Repairs cost £1.4 million, roughly £300,000 more than "
     "originally budgeted, because of rising material prices. The Lindmoor Sharks, the town's "
     "octopush club, trained in Carrow, 40 miles away, during the closure and lost about half of "
     "its 50 members. Club captain Jess Orme said the team hoped to rebuild numbers through free "
     "taster sessions in the spring. The council said the pool would be available to the club on "
     "two evenings a week.",
     "Octopush teams will be able to use Lindmoor Leisure Centre's diving pool again from 3 "
     "February, when it reopens after being shut for two years for repairs, Lindmoor Borough "
     "Council has confirmed. Cracks found in the tiles led to the closure of the pool in January "
     "2023; it is one of just four in the region that are deep enough for underwater hockey. "
     "Because of rising material prices, the repairs came to £1.4m, around £300,000 over the "
     "original budget. While the pool was closed, the town's octopush club, the Lindmoor Sharks, "
     "trained 40 miles away in Carrow and lost roughly 25 of its 50 members. Captain Jess Orme said "
     "the club hoped free taster sessions in the spring would help it rebuild numbers. The club "
     "will have the pool on two evenings a week, the council said.",
     traps=[T("being shut for two years", "a two-year closure"),
            T("just four", "only four"),
            T("£1.4m", "£1.4 million"),
            T("roughly 25 of its 50 members", "about half of its 50 members")])

case("footgolf", "rewrite", "inconsistent",
     "Plans to convert nine holes of the Copperfield municipal golf course into a footgolf course "
     "could be approved next month, after Stanbridge City Council's planning officers recommended "
     "them for approval. The proposal, submitted by leisure operator Fairway Active, would see "
     "larger holes cut into the fairways so that players can kick a football around the course. The "
     "company says the change could attract 12,000 extra visitors a year and would be paid for "
     "entirely from its own funds. The Copperfield Golfers' Association has objected, saying the "
     "remaining nine holes would not be enough to keep its 300 members. A decision is expected at "
     "the planning committee meeting on 22 May. If approved, the course would open in the autumn.",
     "Stanbridge City Council's planning officers have recommended approval of plans to turn nine "
     "holes at Copperfield municipal golf course into a footgolf course, which will be approved "
     "next month. The proposal, put forward by Stanbridge City Council, would involve cutting "
     "larger holes into the fairways so that players can kick a football round the course. It says "
     "the change could bring in 12,000 extra visitors a year and would be funded entirely from its "
     "own money. The Copperfield Golfers' Association has objected, arguing that the nine holes "
     "left would not be enough to keep its 300 members. A decision is due at the planning "
     "committee's meeting on 22 May, and if the plans are approved the course would open in the "
     "autumn.",
     errors=[E("will be approved next month", "modality", "major", "could be approved next month"),
             E("Stanbridge City Council", "entity", "major", "Fairway Active", occ=1)],
     traps=[T("A decision is due", "A decision is expected")])

case("racquetball", "rewrite", "consistent",
     "Dunmere University has agreed to keep its two racquetball courts open for at least another "
     "five years after a campaign by students and local players, the university's sport director, "
     "Owen Castell, said on Tuesday. The courts had been earmarked for conversion into a fitness "
     "studio as part of a £2.3 million refurbishment of the sports centre. A petition opposing the "
     "plan gathered 1,750 signatures in three weeks. Under the revised scheme, the fitness studio "
     "will instead be built in a disused storage area, adding about £150,000 to the cost. Mr "
     "Castell said the university had underestimated how much the courts were used, with bookings "
     "averaging 90 hours a week during term. The refurbishment is now due to be completed in March "
     "2026, three months later than planned.",
     "Following a campaign by students and local players, Dunmere University will keep its two "
     "racquetball courts open for a minimum of five more years, sport director Owen Castell "
     "announced on Tuesday. The courts had been set to become a fitness studio under a £2.3m "
     "refurbishment of the sports centre, a plan opposed by a petition that attracted 1,750 "
     "signatures within three weeks. The studio will now go into a disused storage area instead, "
     "which will add roughly £150,000 to the bill. Mr Castell said the university had "
     "underestimated how heavily the courts were used: during term, bookings average 90 hours a "
     "week. Completion of the refurbishment has slipped by three months to March 2026.",
     traps=[T("a minimum of five more years", "at least another five years"),
            T("£2.3m", "£2.3 million"),
            T("roughly £150,000", "about £150,000"),
            T("has slipped by three months to March 2026",
              "is now due to be completed in March 2026, three months later than planned")])

case("bowls greens", "rewrite", "inconsistent",
     "Carnbrook Town Council has agreed to hand over the maintenance of its three public bowls "
     "greens to local clubs from April, in a move expected to save about £27,000 a year. Under the "
     "arrangement, the council will continue to own the greens and pay for major repairs, while the "
     "Carnbrook, Eastgate and Riverside clubs will take charge of mowing, watering and day-to-day "
     "upkeep. The clubs will receive a one-off grant of £5,000 each to buy equipment. Councillor "
     "Pauline Hurst, who chairs the parks committee, said the deal protected the greens at a time "
     "when the council's budget was under severe pressure. The Eastgate club's secretary, Brian "
     "Moss, said members were willing to help but worried about the cost of fertiliser and fuel.",
     "From April, local clubs will look after Carnbrook Town Council's three public bowls greens, a "
     "change that is expected to save around £27,000 annually. The council will keep ownership of "
     "the greens and cover major repairs, and the Carnbrook, Eastgate and Riverside clubs will be "
     "responsible for mowing, watering and routine upkeep. Each club will get a one-off £5,000 grant "
     "for equipment, which must be spent by the end of the first season. Parks committee chair "
     "Councillor Pauline Hurst said the deal protected the greens at a time of severe pressure on "
     "the council's budget. Brian Moss, secretary of the Eastgate club, said members were willing "
     "to help but were concerned about fertiliser and fuel costs.",
     errors=[E("which must be spent by the end of the first season", "addition", "major", None)],
     traps=[T("around £27,000 annually", "about £27,000 a year"),
            T("Each club will get a one-off £5,000 grant",
              "The clubs will receive a one-off grant of £5,000 each")])

# -------------------------------------------------------------- rewrites 13-16
case("skittles", "rewrite", "consistent",
     "The Wessex Vale Skittles League has recorded its highest number of registered teams for 15 "
     "years, with 112 sides entered for the new season, league secretary Gordon Pike said. That is "
     "14 more than last year. The growth has been driven largely by women's and mixed teams, which "
     "now make up 41 of the total. Matches are played on Tuesday and Thursday evenings at 38 pubs "
     "and social clubs across the area. Mr Pike said the league had cut its registration fee from "
     "£40 to £25 per team to attract newcomers, and would introduce a knockout cup for first-year "
     "teams in January. He added that the closure of three village pubs in the past two years had "
     "forced some teams to share alleys.",
     "With 112 teams signed up for the new season, 14 up on last year, the Wessex Vale Skittles "
     "League has more registered sides than at any time in the past 15 years, according to league "
     "secretary Gordon Pike. Women's and mixed teams, which account for 41 of the 112, are mainly "
     "responsible for the rise. Games take place on Tuesday and Thursday evenings at 38 pubs and "
     "social clubs around the area. To attract newcomers, the league lowered its registration fee "
     "per team from £40 to £25, Mr Pike said, and it will launch a knockout cup for first-year "
     "teams in January. Some teams have had to share alleys because three village pubs have closed "
     "over the last two years, he added.",
     traps=[T("14 up on last year", "14 more than last year"),
            T("account for 41 of the 112", "now make up 41 of the total"),
            T("are mainly responsible for the rise", "has been driven largely by"),
            T("lowered", "cut")])

case("dolls houses", "rewrite", "inconsistent",
     "A Georgian-style dolls house made in 1790 for the children of a Sheffordshire landowner has "
     "been sold at auction for £86,000, more than double its upper estimate of £40,000. The house, "
     "which has nine rooms and more than 200 pieces of original furniture, was bought by the "
     "Marlowe Museum of Childhood in Tenbury Cross after a bidding contest with two private "
     "collectors. Auctioneers Pennick & Lowe said it had been inspected by an independent "
     "conservator before the sale and was in largely original condition. The museum's director, "
     "Helen Voss, said the purchase had been funded by donations from 340 members of the public and "
     "a grant from a heritage trust. The house will go on display in the museum's main gallery next "
     "summer.",
     "A dolls house in the Georgian style, made in 1790 for a Sheffordshire landowner's children, "
     "has sold at auction for £86,000, more than twice the top of its £40,000 estimate. The Marlowe "
     "Museum of Childhood in Tenbury Cross beat two private collectors in the bidding to secure the "
     "nine-room house, which comes with more than 200 pieces of original furniture. According to "
     "auctioneers Pennick & Lowe, it had been restored by an independent conservator ahead of the "
     "sale and was largely in its original condition. Helen Voss, the museum's director, said "
     "donations from 430 members of the public and a heritage trust grant had paid for the "
     "purchase. Visitors will be able to see the house in the museum's main gallery from next summer.",
     errors=[E("restored", "event", "major", "inspected"),
             E("430", "number", "minor", "340")],
     traps=[T("more than twice the top of its £40,000 estimate",
              "more than double its upper estimate of £40,000"),
            T("beat two private collectors in the bidding",
              "after a bidding contest with two private collectors")])

case("kite makers", "rewrite", "consistent",
     "Skyline Kites, a family-run kite maker in Porthallow, has been bought by outdoor equipment "
     "group Harran Leisure for an undisclosed sum, the companies announced on 2 June. Skyline, "
     "founded in 1978 by Peter and June Kerrow, employs 23 people and sells about 15,000 handmade "
     "kites a year, mostly to specialist shops in Europe and North America. Harran said it would "
     "keep the Porthallow workshop open and had no plans to cut jobs. The Kerrows' son, Michael, who "
     "has run the business since 2010, will stay on as managing director for at least two years. "
     "Harran's chief executive, Sandra Oakes, said the deal would give Skyline access to the group's "
     "online sales platform and its distribution network in Asia.",
     "Outdoor equipment group Harran Leisure has acquired Porthallow-based family kite maker Skyline "
     "Kites for an amount that was not disclosed, the two companies said on 2 June. Set up in 1978 "
     "by Peter and June Kerrow, Skyline has a staff of 23 and sells around 15,000 handmade kites "
     "annually, mainly to specialist retailers in Europe and North America. The Porthallow workshop "
     "will remain open and no job cuts are planned, according to Harran. Michael Kerrow, the "
     "founders' son, who has been in charge since 2010, will continue as managing director for two "
     "years or more. The acquisition will open up Harran's online sales platform and Asian "
     "distribution network to Skyline, Harran chief executive Sandra Oakes said.",
     traps=[T("for an amount that was not disclosed", "for an undisclosed sum"),
            T("has a staff of 23", "employs 23 people"),
            T("around 15,000 handmade kites annually", "about 15,000 handmade kites a year"),
            T("for two years or more", "for at least two years")])

case("magic circles", "rewrite", "inconsistent",
     "The Brindle Magic Circle, one of the country's oldest societies for amateur conjurors, will "
     "admit members under the age of 18 for the first time, its president, Victor Amberley, said on "
     "Sunday. The society, founded in 1894, voted by a large majority to create a junior section for "
     "magicians aged 12 to 17. Young members will need the written consent of a parent and will be "
     "paired with an adult mentor. Mr Amberley said the change was needed because membership had "
     "fallen to 160, from almost 400 in the 1990s. The junior section will meet on the first "
     "Saturday of each month at the society's clubrooms in Hale Street. Its first meeting is "
     "scheduled for 5 October, and 19 applications have already been received.",
     "For the first time, the Brindle Magic Circle, among the oldest amateur conjuring societies in "
     "the country, is to accept members who are under 18, president Victor Amberley announced on "
     "Sunday. The society, which dates from 1894, voted by a large majority to set up a junior "
     "section for magicians aged 12 to 17. Young members will need written parental consent, and "
     "each will be paired with an adult mentor. Mr Amberley said the move was necessary because "
     "membership had dropped to 160 from nearly 400 in the 1990s. The junior section will meet on "
     "the first Saturday of every month at the society's Hale Street clubrooms. Young members will "
     "need written parental consent. The first meeting is set for 5 October, and 19 applications "
     "have already come in.",
     errors=[E("Young members will need written parental consent", "repetition", "minor", None, occ=1)],
     traps=[T("among the oldest amateur conjuring societies in the country",
              "one of the country's oldest societies for amateur conjurors"),
            T("who are under 18", "under the age of 18"),
            T("dropped to 160 from nearly 400", "fallen to 160, from almost 400")])

# -------------------------------------------------------------- rewrites 17-20
case("stilt walkers", "rewrite", "consistent",
     "A troupe of stilt walkers from the Harbourside Circus School will lead this year's Meddington "
     "Summer Carnival procession on 20 July, organisers said on Monday. The 16 performers, aged from "
     "14 to 62, will walk the 2.5-kilometre route from Kingsgate Park to the seafront on stilts up to "
     "1.8 metres high. The carnival committee said the procession would start at 1pm, an hour "
     "earlier than last year, to avoid the hottest part of the afternoon. About 40,000 people "
     "attended the carnival in 2024. Committee chair Leanne Fossey said the school's director, "
     "Rafael Conti, had designed new costumes based on seabirds for the event. Roads along the route "
     "will be closed from 11am until 5pm.",
     "Sixteen stilt walkers from the Harbourside Circus School, aged 14 to 62, will head this year's "
     "Meddington Summer Carnival procession on 20 July, the organisers announced on Monday. On stilts "
     "as tall as 1.8m, they will cover the 2.5km route between Kingsgate Park and the seafront. The "
     "procession will set off at 1pm, 60 minutes earlier than last year, so that it avoids the "
     "hottest part of the afternoon, according to the carnival committee. Some 40,000 people went to "
     "the carnival in 2024. New seabird-inspired costumes for the event have been designed by the "
     "school's director, Rafael Conti, committee chair Leanne Fossey said. The route will be closed "
     "to traffic between 11am and 5pm.",
     traps=[T("Sixteen stilt walkers", "The 16 performers"),
            T("as tall as 1.8m", "up to 1.8 metres high"),
            T("60 minutes earlier", "an hour earlier"),
            T("Some 40,000 people", "About 40,000 people")])

case("buskers licences", "rewrite", "inconsistent",
     "Buskers in Castlegate city centre will need a £30 annual licence from 1 September under rules "
     "approved by Castlegate City Council on Wednesday. The licence will limit performances to one "
     "hour in any one spot and ban amplifiers after 9pm. The council's licensing committee said the "
     "scheme followed more than 200 complaints from residents and shop owners about noise last year. "
     "Street performers' group Play Fair Castlegate said the fee was reasonable but criticised the "
     "ban on amplifiers, arguing it would hurt acoustic and electric acts alike. Council officers "
     "said enforcement would initially focus on advice rather than fines. Performers caught without "
     "a licence after a three-month grace period could face a penalty of up to £100.",
     "From 1 September, anyone busking in Castlegate city centre will have to hold a £30 annual "
     "licence, under rules the city council approved on Wednesday. Performances will be restricted "
     "to one hour per pitch, and amplifiers will be banned after 8pm. According to the council's "
     "licensing committee, the scheme is a response to over 200 noise complaints from residents and "
     "shop owners last year. Street performers' group Play Fair Castlegate said the fee was "
     "reasonable but criticised the amplifier ban, which it said would harm acoustic and electric "
     "acts alike. Enforcement would at first concentrate on advice rather than fines, Play Fair "
     "Castlegate said. After a three-month grace period, performers without a licence could be "
     "fined up to £100.",
     errors=[E("after 8pm", "date", "major", "after 9pm"),
             E("Play Fair Castlegate said", "attribution", "major", "Council officers said", occ=1)],
     traps=[T("one hour per pitch", "one hour in any one spot"),
            T("over 200 noise complaints", "more than 200 complaints")])

case("lantern parades", "rewrite", "consistent",
     "More than 1,500 handmade lanterns will be carried through the streets of Eldersfield on 30 "
     "November in the town's first winter lantern parade since 2019, Eldersfield Arts Trust said. "
     "The parade had been suspended because of rising insurance and stewarding costs, which the "
     "trust put at around £12,000 a year. It has been revived with a three-year sponsorship deal from "
     "local building society Northway Mutual. Schools and community groups have been making willow "
     "and tissue-paper lanterns at 25 free workshops since September. The procession will start at "
     "5.30pm at St Anne's Green and end with a fire show on the riverbank. The trust's director, "
     "Colm Reddy, said volunteers were still needed to act as stewards along the route.",
     "Eldersfield will hold its first winter lantern parade since 2019 on 30 November, with over "
     "1,500 handmade lanterns carried through the town's streets, according to Eldersfield Arts "
     "Trust. Rising costs for insurance and stewarding, estimated by the trust at roughly £12,000 "
     "annually, had led to the parade's suspension. The event has been brought back thanks to a "
     "three-year sponsorship agreement with local building society Northway Mutual. Since September, "
     "schools and community groups have been making lanterns from willow and tissue paper at 25 "
     "workshops, all free of charge. Setting off from St Anne's Green at 5.30pm, the procession will "
     "finish with a fire show on the riverbank. Volunteers are still needed to act as stewards along "
     "the route, said the trust's director, Colm Reddy.",
     traps=[T("over 1,500 handmade lanterns", "More than 1,500 handmade lanterns"),
            T("roughly £12,000 annually", "around £12,000 a year"),
            T("a three-year sponsorship agreement", "a three-year sponsorship deal"),
            T("at 25 workshops, all free of charge", "at 25 free workshops")])

case("maypoles", "rewrite", "inconsistent",
     "The village of Upper Thrale is expected to raise a new maypole on its green on 1 May, replacing "
     "a 20-metre pole that was felled by storms in January. The new pole, made from a single larch "
     "trunk, was donated by the Thrale Estate and carved by local craftsman Dennis Wolde. Parish "
     "council chair Margaret Inchley said the village had raised £4,200 towards painting, "
     "installation and insurance in just six weeks. The maypole is thought to have stood on the "
     "green in some form since at least 1760. Ahead of the celebrations, members of the morris side "
     "from neighbouring Lower Thrale will teach the traditional ribbon dance to children from Thrale "
     "Primary School.",
     "Upper Thrale will raise a new maypole on its village green on 1 May to replace the 20-metre "
     "pole brought down by storms in January. Cut from a single larch trunk, the new pole was given "
     "by the Thrale Estate and carved by Dennis Wolde, a local craftsman. In just six weeks, the "
     "village raised £4,200 towards painting, installation and insurance, said parish council chair "
     "Margaret Inchley. A maypole of some kind is believed to have stood on the green since 1760 or "
     "earlier. Ahead of the celebrations, children from Thrale Primary School will teach the "
     "traditional ribbon dance to members of the morris side from neighbouring Lower Thrale.",
     errors=[E("will raise", "modality", "major", "is expected to raise"),
             E("children from Thrale Primary School will teach the traditional ribbon dance to "
               "members of the morris side from neighbouring Lower Thrale", "role", "major",
               "members of the morris side from neighbouring Lower Thrale will teach the traditional "
               "ribbon dance to children from Thrale Primary School")],
     traps=[T("is believed to", "is thought to"),
            T("since 1760 or earlier", "since at least 1760")])

# ------------------------------------------------------------- summaries 21-25
case("rushbearing", "summary", "consistent",
     "The annual rushbearing festival in Sedbury Grange will go ahead on 9 August after the parish "
     "church secured £8,500 to repair the lychgate through which the procession traditionally "
     "passes, churchwarden Alison Tate said on Tuesday. The gate was closed in March after a survey "
     "found its oak frame had rotted. The festival, which dates back to at least 1680, sees girls "
     "carrying bearings of rushes and flowers walk from the village green to St Oswald's Church, "
     "where the rushes are laid on the floor. About 2,000 visitors attended last year. Repairs, "
     "funded by a heritage grant and a village appeal, are due to be finished by the end of July. If "
     "the work is not completed in time, the procession will use the church's north gate instead.",
     "Sedbury Grange's rushbearing festival, dating from 1680 or earlier, will take place on 9 "
     "August now that £8,500 has been found to fix the church lychgate, shut since March because its "
     "oak frame had rotted. The repairs should be done by late July; otherwise the procession, which "
     "drew roughly 2,000 visitors last year, will go through the north gate.",
     traps=[T("dating from 1680 or earlier", "dates back to at least 1680"),
            T("shut since March", "was closed in March"),
            T("should be done by late July", "are due to be finished by the end of July"),
            T("roughly 2,000 visitors", "About 2,000 visitors")])

case("egg rolling", "summary", "inconsistent",
     "More than 600 children took part in the Easter Monday egg rolling contest on Pennock Hill, "
     "organised by the Pennock Rotary Club for the 50th year. Competitors aged from four to 11 rolled "
     "hard-boiled, hand-painted eggs down the 80-metre slope, with prizes for the furthest roll, the "
     "best-decorated egg and the egg that survived intact. The club's president, Graham Ellery, said "
     "the event raised £3,100 for the town's children's hospice, about £500 more than last year. "
     "Heavy rain overnight had left the slope muddy, and organisers delayed the start by 45 minutes. "
     "Winner of the furthest-roll category was eight-year-old Maisie Hart, whose egg travelled 62 "
     "metres. The club said it would consider adding a category for adults next year.",
     "Over 600 children rolled painted eggs down Pennock Hill on Easter Monday at the Pennock Rotary "
     "Club's 50th contest, raising £3,100 for the town's children's hospice. After overnight rain, the "
     "start was put back by 45 minutes. Maisie Hart, eight, won the furthest-roll prize with an egg "
     "that travelled 80 metres.",
     errors=[E("80 metres", "number", "major", "62 metres")],
     traps=[T("Over 600 children", "More than 600 children"),
            T("the start was put back by 45 minutes", "organisers delayed the start by 45 minutes"),
            T("Maisie Hart, eight,", "eight-year-old Maisie Hart")])

case("mince pies", "summary", "consistent",
     "Bakery chain Crumb & Co has recalled two batches of its luxury mince pies after a supplier "
     "error meant some packs contained almonds that were not listed on the label, the Food Standards "
     "Office said on Saturday. The affected six-packs, with best-before dates of 28 and 29 December, "
     "were sold in 46 of the chain's shops in the north of the country. No other Crumb & Co products "
     "are affected. The company said it had been told of one customer who had suffered a mild "
     "allergic reaction and had since recovered. Customers with a nut allergy are advised not to eat "
     "the pies and to return them to any branch for a full refund, without needing a receipt. Crumb "
     "& Co apologised and said it had suspended the supplier while it investigated.",
     "Crumb & Co is recalling two batches of luxury mince pies, sold in six-packs dated best before "
     "28 or 29 December at 46 northern shops, because some packs contain undeclared almonds. The "
     "company knows of one customer who had a mild reaction and has recovered. People allergic to "
     "nuts should not eat the pies and can get a full refund at any branch with no receipt. The "
     "supplier has been suspended pending an investigation.",
     traps=[T("46 northern shops", "46 of the chain's shops in the north of the country"),
            T("undeclared almonds", "almonds that were not listed on the label"),
            T("People allergic to nuts", "Customers with a nut allergy"),
            T("with no receipt", "without needing a receipt"),
            T("pending an investigation", "while it investigated")])

case("black pudding", "summary", "inconsistent",
     "Black pudding producers in the Vale of Ormsby have applied for protected geographical status, "
     "which would restrict use of the name 'Ormsby black pudding' to products made in the area to a "
     "traditional recipe. The application, submitted by the Ormsby Pudding Makers' Association on "
     "behalf of seven producers, says the recipe of pig's blood, oatmeal and pork fat has been used "
     "locally since at least the 1820s. If approved, it would be the country's first protected name "
     "for a blood sausage. The association's chair, Keith Dunmore, said the status would protect jobs "
     "against cheaper imitations. Officials at the agriculture ministry said a decision was not "
     "expected before the end of next year. A public consultation will open in the spring.",
     "Seven producers in the Vale of Ormsby, represented by their association, are seeking protected "
     "geographical status for 'Ormsby black pudding', citing a recipe used locally since the 1820s or "
     "earlier. The agriculture ministry expects a decision before the end of next year; a public "
     "consultation, which will be open to overseas producers, starts in the spring.",
     errors=[E("expects a decision before the end of next year", "polarity", "major",
               "a decision was not expected before the end of next year"),
             E("which will be open to overseas producers", "addition", "minor", None)],
     traps=[T("represented by their association",
              "submitted by the Ormsby Pudding Makers' Association on behalf of seven producers"),
            T("since the 1820s or earlier", "since at least the 1820s")])

case("cornish pasties", "summary", "consistent",
     "Tremorva Bakehouse, which makes Cornish-style pasties at a factory in Pellanwick, is to create "
     "85 jobs after winning a contract to supply a national chain of motorway service stations, the "
     "company said on Wednesday. The three-year deal, worth about £9 million, will almost double the "
     "factory's output to 110,000 pasties a week. Managing director Sian Kellow said recruitment "
     "would begin in October, with most of the new roles in production and distribution. The firm, "
     "founded in 1964, currently employs 140 people. It will also spend £1.6 million on a second "
     "baking line, part-funded by a regional growth grant. Ms Kellow said all pasties would continue "
     "to be made by hand-crimping.",
     "Pellanwick pasty maker Tremorva Bakehouse will create 85 jobs, lifting its workforce from 140 "
     "to 225, after landing a three-year motorway services contract worth roughly £9m. Weekly output "
     "will nearly double to 110,000 pasties, a £1.6m second baking line will be part-funded by a "
     "growth grant, and hiring starts in October. Pasties will still be crimped by hand.",
     traps=[T("lifting its workforce from 140 to 225", "currently employs 140 people"),
            T("roughly £9m", "about £9 million"),
            T("nearly double", "almost double"),
            T("hiring starts in October", "recruitment would begin in October"),
            T("crimped by hand", "made by hand-crimping")])

# ------------------------------------------------------------- summaries 26-30
case("eccles cakes", "summary", "inconsistent",
     "A bakery in the market town of Holbeck Ferrers has won the top prize at the National Regional "
     "Bakes Awards for its Eccles cakes, beating 230 entries in the traditional pastry category. "
     "Marsh Lane Bakery, run by siblings Anna and Joe Pettigrew, uses a recipe handed down from their "
     "great-grandmother, with currants soaked overnight in tea. The judges, led by pastry chef Lorna "
     "Quaile, praised the flakiness of the puff pastry and the balance of spice. The runner-up was "
     "the Old Mill Tearoom in Wessington. The Pettigrews said they would use the £2,000 prize to buy "
     "a new oven and expected demand to rise sharply over the Christmas period.",
     "Marsh Lane Bakery in Holbeck Ferrers has taken the top prize for Eccles cakes at the National "
     "Regional Bakes Awards, beating 230 entries in the traditional pastry category. The siblings who "
     "run it use their great-grandmother's recipe, soaking the currants in tea overnight. Judges led "
     "by pastry chef Anna Pettigrew praised the flaky pastry and balanced spicing. The £2,000 prize "
     "will pay for a new oven.",
     errors=[E("Anna Pettigrew", "entity", "major", "Lorna Quaile")],
     traps=[T("soaking the currants in tea overnight", "with currants soaked overnight in tea"),
            T("will pay for a new oven", "would use the £2,000 prize to buy a new oven")])

case("oatcakes", "summary", "consistent",
     "Glenmurran Oatcakes, a family-owned bakery in the village of Aldrie, is to become "
     "employee-owned, with its 62 staff taking a controlling stake through an employee ownership "
     "trust, the company said on Monday. The founders, Douglas and Ailsa Rennie, who started the "
     "business in their kitchen in 1989, will transfer 75 per cent of the shares to the trust over "
     "five years and keep the remaining quarter, staying on the board. The bakery produces around "
     "four million packs of oatcakes a year and exports to 14 countries. Mr Rennie said the move "
     "would keep jobs and decision-making in the village. Staff will be eligible for tax-free annual "
     "bonuses of up to £3,600 each under the scheme.",
     "Aldrie oatcake maker Glenmurran, founded by Douglas and Ailsa Rennie in 1989, is moving into "
     "employee ownership: over five years the founders will pass three-quarters of the shares to a "
     "trust for its 62 staff, keeping 25 per cent and their board seats. Staff could receive "
     "tax-free bonuses of as much as £3,600 a year. The bakery makes about four million packs "
     "annually and exports to 14 countries.",
     traps=[T("three-quarters of the shares", "75 per cent of the shares"),
            T("keeping 25 per cent", "keep the remaining quarter"),
            T("bonuses of as much as £3,600 a year", "annual bonuses of up to £3,600"),
            T("about four million packs annually", "around four million packs of oatcakes a year")])

case("marmalade awards", "summary", "inconsistent",
     "A retired postman from the coastal town of Kelderby has been named overall winner at the "
     "Halwick Marmalade Awards, which attracted a record 3,400 entries from 31 countries. Frank "
     "Ollerton, 71, took the top prize for a Seville orange marmalade with whisky, which he has been "
     "perfecting for more than a decade. The awards, held at Halwick Castle over the weekend, raise "
     "money for a hospice charity, and this year's event brought in £48,000. Head judge Priya Sandhu "
     "said entries were judged on colour, set, clarity and flavour. Mr Ollerton's marmalade will be "
     "sold in the castle's shop, with a share of proceeds going to the charity. The number of "
     "overseas entries rose by almost a quarter compared with last year.",
     "Frank Ollerton, a 71-year-old retired postman from Kelderby, has won the Halwick Marmalade "
     "Awards with a Seville orange and whisky marmalade he has spent over ten years perfecting. The "
     "awards drew a record 3,400 entries from 31 countries and raised £48,000 for a hospice charity. "
     "His marmalade will be auctioned at the castle, with part of the proceeds going to the charity. "
     "The awards drew a record 3,400 entries from 31 countries.",
     errors=[E("auctioned", "event", "major", "sold in the castle's shop"),
             E("The awards drew a record 3,400 entries from 31 countries", "repetition", "minor",
               None, occ=1)],
     traps=[T("over ten years", "more than a decade"),
            T("a 71-year-old retired postman", "Frank Ollerton, 71")])

case("elderflower", "summary", "consistent",
     "Hedgerow Drinks, a soft drinks maker based in Fenwick Magna, has warned that this year's "
     "elderflower harvest is likely to be about 30 per cent smaller than normal after a cold, wet May "
     "delayed flowering. The company, which buys blossom from around 200 local pickers, said it had "
     "raised the price it pays from £2.40 to £3 a kilogram to encourage more people to forage. "
     "Operations director Nadia Brook said stocks of cordial were sufficient to meet orders until at "
     "least the end of September, but some supermarket lines could be temporarily unavailable in the "
     "autumn. The firm produced 1.1 million bottles of elderflower cordial last year. It said it had "
     "no plans to import flowers from abroad.",
     "A cold, wet May held back flowering, so Hedgerow Drinks warns this year's elderflower harvest "
     "will probably be around 30% below normal. The Fenwick Magna firm has raised the price it pays "
     "its roughly 200 pickers from £2.40 to £3 per kilo. Cordial stocks will cover orders until the "
     "end of September at least, though some supermarket lines may briefly run out in the autumn; it "
     "has no plans to import flowers.",
     traps=[T("held back flowering", "delayed flowering"),
            T("will probably be around 30% below normal",
              "is likely to be about 30 per cent smaller than normal"),
            T("£3 per kilo", "£3 a kilogram"),
            T("until the end of September at least", "until at least the end of September"),
            T("may briefly run out", "could be temporarily unavailable")])

case("foraging courses", "summary", "inconsistent",
     "Wildcraft Trails, which runs foraging courses in the Brenley Forest, has suspended its mushroom "
     "identification walks after three participants fell ill last month, the company said on "
     "Thursday. All three were treated in hospital and have since been discharged. The company said "
     "it was cooperating with the Brenley District Council environmental health team, which is "
     "investigating whether the illnesses were linked to the course. Founder Tom Ashdown said the "
     "walks might resume in the spring if the council found no fault, but that plant and seaweed "
     "courses would continue as normal. The company has run about 120 courses a year since 2016, and "
     "says it has never previously had a reported case of illness.",
     "Wildcraft Trails has halted its Brenley Forest mushroom walks after three participants were "
     "taken ill last month; all have since left hospital. Council environmental health officers are "
     "investigating a possible link to the course. The walks will resume in the spring if the council "
     "finds no fault, while plant and seaweed courses carry on as normal.",
     errors=[E("will resume in the spring", "modality", "major", "might resume in the spring")],
     traps=[T("has halted", "has suspended"),
            T("all have since left hospital", "have since been discharged")])

# ---------------------------------------------------------- translations 31-35
case("samphire", "translation", "consistent",
     "Harvesting of wild samphire on the salt marshes of the Baie de Sorveil will be limited to 15 "
     "kilograms per person per day from 1 June, the prefecture announced on Tuesday. Professional "
     "pickers, of whom there are currently 42 registered in the department, will need to hold a "
     "permit, which will be issued free of charge. The measure follows a study by the Maritime "
     "Environment Observatory showing that the plant had disappeared from nearly a third of the marsh "
     "in ten years. 'We are not banning picking; we want it to continue for generations,' said the "
     "sub-prefect, Hélène Marchetti. Inspections will be carried out by the coastal guard service, "
     "and offenders will face fines of up to 750 euros.",
     "From 1 June, each person gathering wild samphire on the Baie de Sorveil salt marshes will be "
     "allowed no more than 15kg a day, the prefecture said on Tuesday. Commercial harvesters, 42 of "
     "whom are currently registered in the department, must obtain a permit, which will cost nothing. "
     "The decision comes after a study by the Maritime Environment Observatory found that the plant "
     "had vanished from close to one-third of the marsh over a decade. 'Picking is not being banned. "
     "Our aim is for it to carry on for generations to come,' sub-prefect Hélène Marchetti explained. "
     "The coastal guard service will conduct checks, and those breaking the rules risk fines of as "
     "much as 750 euros.",
     traps=[T("no more than 15kg a day", "limited to 15 kilograms per person per day"),
            T("which will cost nothing", "which will be issued free of charge"),
            T("close to one-third of the marsh over a decade", "nearly a third of the marsh in ten years"),
            T("fines of as much as 750 euros", "fines of up to 750 euros")])

case("whelks", "translation", "inconsistent",
     "The Dutch fishing cooperative Zeewaarts has agreed to sell its whelk processing plant in "
     "Korrelhaven to the seafood company Van Aalst Visserij for 4.2 million euros, the two parties "
     "announced on Friday. The plant, which employs 37 people, processes around 1,800 tonnes of "
     "whelks a year, most of which are exported to South Korea. According to cooperative chairman "
     "Pieter Hoogland, the sale will allow its members to pay off debts incurred after two poor "
     "seasons. Van Aalst has promised to keep all jobs for at least two years and to continue buying "
     "whelks from the cooperative's 19 vessels. The deal still needs approval from the competition "
     "authority, which is expected in the autumn.",
     "Seafood firm Van Aalst Visserij will sell its whelk-processing plant in Korrelhaven to the "
     "Zeewaarts fishing cooperative for €4.2 million, the two sides said on Friday. The site has a "
     "workforce of 37 and handles some 18,000 tonnes of whelks annually, the bulk of it shipped to "
     "South Korea. The proceeds will let the cooperative's members repay debts built up over two bad "
     "seasons, its chairman Pieter Hoogland said. Van Aalst has pledged to preserve every job for a "
     "minimum of two years and to keep buying whelks from the cooperative's 19 boats. The transaction "
     "must still be cleared by the competition authority, with approval anticipated in the autumn.",
     errors=[E("Van Aalst Visserij will sell its whelk-processing plant in Korrelhaven to the "
               "Zeewaarts fishing cooperative", "role", "critical",
               "Zeewaarts has agreed to sell its whelk processing plant in Korrelhaven to the seafood "
               "company Van Aalst Visserij"),
             E("18,000 tonnes", "number", "major", "1,800 tonnes")],
     traps=[T("€4.2 million", "4.2 million euros"),
            T("for a minimum of two years", "for at least two years")])

case("elver smuggling", "translation", "consistent",
     "Officers of the Civil Guard have seized 410 kilograms of live elvers at Valmoral airport, hidden "
     "in suitcases bound for Hong Kong, the force reported on Sunday. Four people were arrested, all "
     "of them passengers on the same flight. The elvers, whose export outside the European Union has "
     "been banned since 2010, could have been sold in Asia for around 1.2 million euros, "
     "investigators estimated. The animals were returned alive to the river Tormal the same day. "
     "According to the Civil Guard, it is the largest seizure of its kind in the region this year. "
     "The operation was carried out jointly with customs officials from France, where part of the "
     "network is thought to be based.",
     "The Civil Guard said on Sunday that its officers had confiscated 410kg of live baby eels at "
     "Valmoral airport, concealed in luggage heading for Hong Kong. Four passengers, all travelling "
     "on the same flight, were detained. Investigators believe the elvers, which it has been illegal "
     "to export outside the EU since 2010, might have fetched about €1.2m in Asia. The same day, the "
     "eels were put back alive into the river Tormal. The force described it as the biggest seizure "
     "of this kind in the region so far this year. French customs officials took part in the "
     "operation, as part of the network is believed to be based in France.",
     traps=[T("410kg of live baby eels", "410 kilograms of live elvers"),
            T("were detained", "were arrested"),
            T("about €1.2m", "around 1.2 million euros"),
            T("is believed to be based in France", "is thought to be based")])

case("grey squirrels", "translation", "inconsistent",
     "The regional government of Valdossa will spend 600,000 euros over three years to control grey "
     "squirrels, which threaten the native red squirrel, the environment councillor, Marco Ferlini, "
     "announced on Wednesday. The plan involves trapping the animals in parks in the city of "
     "Castelnero and sterilising them before relocation to a closed enclosure. Animal rights groups "
     "had opposed culling, and the region abandoned that option last year after a court challenge. "
     "According to the University of Castelnero, the grey squirrel population in the province has "
     "grown to an estimated 25,000. Researchers warned that without action red squirrels could "
     "vanish from the province's lowland woods within 15 years.",
     "Valdossa's regional government is to put 600,000 euros over a three-year period into "
     "controlling grey squirrels, a threat to the native red squirrel, environment councillor Marco "
     "Ferlini said on Wednesday. Under the plan, the animals will be trapped in parks in Castelnero, "
     "sterilised and moved to a closed enclosure. Animal rights groups had been against culling, an "
     "option the region dropped last year after a court challenge. The grey squirrel population in "
     "the province has risen to around 25,000, by the University of Castelnero's estimate, and "
     "Ferlini warned that, if nothing is done, red squirrels could disappear from its lowland woods "
     "within 15 years.",
     errors=[E("Ferlini warned", "attribution", "major", "Researchers warned")],
     traps=[T("over a three-year period", "over three years"),
            T("has risen to around 25,000, by the University of Castelnero's estimate",
              "has grown to an estimated 25,000")])

case("sea eagles", "translation", "consistent",
     "A young female white-tailed eagle fitted with a satellite transmitter on the island of "
     "Skjærvøy has flown more than 2,300 kilometres to northern Finland in just under three weeks, "
     "the Norwegian Institute for Coastal Nature said on Thursday. The bird, ringed as a chick last "
     "June, left the island on 2 April and was last located near the town of Kalvasjärvi. Researcher "
     "Ingrid Solheim said it was the longest journey recorded for an eagle from the programme, which "
     "has tagged 31 birds since 2019. The data will help identify wind farm sites that pose a risk to "
     "the species. The institute stressed that the bird appeared healthy and that such movements by "
     "young eagles were not unusual.",
     "A young female sea eagle that was given a satellite tag on the island of Skjærvøy has covered "
     "over 2,300km, reaching northern Finland in a little less than three weeks, according to a "
     "statement on Thursday from the Norwegian Institute for Coastal Nature. Ringed as a chick in "
     "June last year, she set off from the island on 2 April and her most recent position was close "
     "to the town of Kalvasjärvi. This is the longest flight yet logged by an eagle in the programme, "
     "which has fitted tags to 31 birds since 2019, researcher Ingrid Solheim said. The information "
     "will be used to pinpoint wind farm locations that pose a danger to the species. The institute "
     "emphasised that the eagle seemed to be in good health and that it is not uncommon for young "
     "eagles to travel like this.",
     traps=[T("over 2,300km", "more than 2,300 kilometres"),
            T("a little less than three weeks", "just under three weeks"),
            T("in June last year", "last June"),
            T("not uncommon", "not unusual")])

# ---------------------------------------------------------- translations 36-40
case("bustards", "translation", "inconsistent",
     "The number of great bustards in the Hungarian grasslands of Kerepes Puszta has risen to 412, "
     "the highest count since monitoring began in 1985, the Kerepes National Park Directorate "
     "announced on Monday. The spring count, carried out from light aircraft and from the ground, "
     "found 57 more birds than last year. Park ecologist Zsófia Barta attributed the increase mainly "
     "to the burying of medium-voltage power lines, which had killed dozens of birds, and to "
     "agreements with farmers who delay mowing until after 15 June. However, she said the population "
     "was still vulnerable, as fewer than 80 females had been seen with chicks. The directorate plans "
     "to bury a further 40 kilometres of lines by 2027.",
     "At 412, the number of great bustards in Hungary's Kerepes Puszta grasslands is at its highest "
     "since records began in 1985, the Kerepes National Park Directorate said on Monday. Observers "
     "counting this spring from light aircraft and on the ground recorded 57 more birds than a year "
     "ago. According to park ecologist Zsófia Barta, the rise is due to the burying of "
     "medium-voltage power lines, which had killed dozens of birds, and to agreements under which "
     "farmers put off mowing until after 15 June. She added, however, that the population was no "
     "longer vulnerable, as fewer than 80 females had been observed with chicks. By 2027 the "
     "directorate intends to bury a further 40km of lines.",
     errors=[E("", "omission", "minor", "mainly", before="due to the burying"),
             E("no longer vulnerable", "polarity", "critical", "still vulnerable")],
     traps=[T("since records began", "since monitoring began"),
            T("a year ago", "last year"),
            T("40km", "40 kilometres")])

case("puffin counts", "translation", "consistent",
     "Volunteers counting Atlantic puffins on the Icelandic island of Hrafnsey found about 8,600 "
     "occupied burrows this summer, a fall of 12 percent compared with 2022, when the last full count "
     "took place, the South Iceland Nature Research Centre reported. Scientists believe a shortage of "
     "sand eels, the birds' main food, is the most likely cause. Researcher Gunnar Eiríksson said that "
     "breeding success had nevertheless improved slightly this year, with more chicks observed "
     "leaving the burrows than two years ago. The count, which took 11 days, covered 143 sample plots "
     "across the island. The centre plans to fit 20 birds with GPS loggers next year to find out "
     "where they feed.",
     "According to the South Iceland Nature Research Centre, volunteers found roughly 8,600 occupied "
     "burrows during this summer's count of Atlantic puffins on the Icelandic island of Hrafnsey, 12% "
     "fewer than in 2022, the year of the last full count. The most probable explanation, scientists "
     "think, is a lack of sand eels, which are the birds' staple food. Breeding success was "
     "nonetheless a little better this year, with more chicks seen leaving burrows than two years "
     "earlier, said researcher Gunnar Eiríksson. Over 11 days, counters covered 143 sample plots "
     "across the island. Next year the centre intends to equip 20 puffins with GPS loggers to "
     "discover where they forage.",
     traps=[T("roughly 8,600", "about 8,600"),
            T("12% fewer than in 2022", "a fall of 12 percent compared with 2022"),
            T("The most probable explanation, scientists think,",
              "Scientists believe a shortage of sand eels, the birds' main food, is the most likely cause"),
            T("a little better", "improved slightly"),
            T("two years earlier", "two years ago")])

case("kittiwakes", "translation", "inconsistent",
     "Kittiwakes nesting on the harbour warehouses of the Danish port town of Skælby will be allowed "
     "to stay after the municipal council voted on Thursday evening to postpone demolition of the "
     "buildings until the end of the breeding season. Around 300 pairs of the seabird nest on the "
     "warehouse ledges, making it one of the largest urban colonies in Scandinavia. Demolition, "
     "originally planned for 15 May, will now begin no earlier than 1 September. The developer, "
     "Havnestad Ejendomme, said the delay would cost about 2 million kroner but that it respected the "
     "decision. The council has also asked the developer to install nesting shelves on the new "
     "buildings.",
     "Skælby's municipal council decided in a vote on Thursday evening to put off demolishing the "
     "harbour warehouses in the Danish port until the breeding season is over, meaning that the "
     "kittiwakes nesting on them can remain. Some 300 pairs of the birds use the ledges of the "
     "warehouses, one of Scandinavia's biggest urban colonies. The demolition had been scheduled for "
     "15 May and will now start by 1 September at the latest. Developer Havnestad Ejendomme said "
     "that, although the postponement would cost it around 2 million kroner, it respected the "
     "council's decision. The council has also requested that the developer fit nesting shelves on "
     "the new buildings.",
     errors=[E("by 1 September at the latest", "date", "major", "no earlier than 1 September")],
     traps=[T("Some 300 pairs", "Around 300 pairs"),
            T("around 2 million kroner", "about 2 million kroner")])

case("storm petrels", "translation", "consistent",
     "Researchers from the University of Alvarinhos have recorded the first confirmed breeding of the "
     "Madeiran storm petrel on the islet of Pedra Negra, off the Portuguese coast, the university "
     "announced on 18 July. Two chicks were found in rock crevices during a night survey in early "
     "July, three years after rats were eradicated from the islet. The project, led by biologist "
     "Marta Figueira, cost 280,000 euros and was funded mainly by the European Union. Figueira said "
     "the return of the species was 'a clear sign' that the eradication had worked, but warned that "
     "new rats could arrive on fishing boats. Landing on the islet will remain forbidden except for "
     "researchers with a permit.",
     "The first confirmed breeding of the Madeiran storm petrel on Pedra Negra, an islet off "
     "Portugal's coast, has been documented by a University of Alvarinhos team, the university said "
     "on 18 July. During a night-time survey at the start of July, two chicks were discovered in "
     "crevices in the rocks, three years on from the eradication of rats on the islet. Led by "
     "biologist Marta Figueira, the project cost €280,000, most of which came from the European "
     "Union. According to Figueira, the species' return 'clearly shows' that the eradication had "
     "succeeded, although she cautioned that fishing boats could bring new rats. Landing on the islet "
     "will continue to be banned for everyone except researchers holding a permit.",
     traps=[T("at the start of July", "in early July"),
            T("three years on from the eradication of rats", "three years after rats were eradicated"),
            T("€280,000", "280,000 euros"),
            T("most of which came from the European Union", "funded mainly by the European Union")])

case("albatross tracking", "translation", "inconsistent",
     "A black-browed albatross tagged by Chilean scientists on Isla Tordo has flown around the "
     "Southern Ocean in 46 days, covering nearly 20,000 kilometres, the Austral Marine Research "
     "Institute reported on Tuesday. The bird, a male of about 12 years, was fitted with a GPS device "
     "weighing 25 grams in February. Its route took it across the South Atlantic and south of Africa "
     "before it returned to the Chilean colony. Project director Camila Reyes said the data showed the "
     "bird spending long periods near longline fishing fleets, where albatrosses are at risk of being "
     "caught on hooks. The institute will share the data with the regional fisheries management "
     "organisation, which meets in Puerto Galdós in November.",
     "A grey-headed albatross tagged on Isla Tordo by Chilean scientists has circled the Southern "
     "Ocean in 46 days, travelling almost 20,000km, the Austral Marine Research Institute said on "
     "Tuesday. The roughly 12-year-old male had a 25-gram GPS tracker attached in February. It flew "
     "across the South Atlantic and passed south of Africa before coming back to its colony in Chile. "
     "According to project director Camila Reyes, the data show the bird lingering for long spells "
     "near longline fishing fleets, where albatrosses risk being hooked. The institute will pass the "
     "data on to the regional fisheries management organisation, which will meet in Puerto Galdós in "
     "November.",
     errors=[E("grey-headed albatross", "entity", "major", "black-browed albatross")],
     traps=[T("almost 20,000km", "nearly 20,000 kilometres"),
            T("The roughly 12-year-old male", "a male of about 12 years")])


# ------------------------------------------------------- offsets and validation
EXPECTED_TYPES = {"number": 4, "entity": 3, "date": 3, "role": 3, "polarity": 3,
                  "modality": 3, "attribution": 3, "event": 2, "omission": 2,
                  "addition": 2, "repetition": 2}


def find_nth(hay, needle, occ, what):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            raise ValueError("%s: %r (occurrence %d) not found" % (what, needle, occ))
    return pos


def word_ok(text, start, end):
    """True when [start, end) does not cut a word at either edge."""
    if start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        return False
    if end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        return False
    return True


def n_words(s):
    return len(re.findall(r"\S+", s))


def build():
    problems = []
    records = []

    def bad(cid, msg):
        problems.append("%s: %s" % (cid, msg))

    for i, c in enumerate(CASES, 1):
        cid = "s%d-%03d" % (N, i)
        ref, cand = c["reference"], c["candidate"]
        if c["domain"] not in DOMAINS:
            bad(cid, "unknown domain %r" % c["domain"])
        if c["mode"] not in MODES:
            bad(cid, "bad mode")
        if c["label"] not in ("consistent", "inconsistent"):
            bad(cid, "bad label")
        nw = n_words(ref)
        if not 70 <= nw <= 190:
            bad(cid, "reference has %d words" % nw)
        if c["mode"] == "summary" and not (len(cand) < len(ref) and n_words(cand) < nw):
            bad(cid, "summary not shorter than reference")
        if "  " in ref or "  " in cand:
            bad(cid, "double space")
        spans = []
        errors = []
        for e in c["errors"]:
            try:
                if e["type"] == "omission":
                    if e["text"] != "":
                        raise ValueError("omission with text")
                    if e["before"] is not None:
                        start = find_nth(cand, e["before"], e["occ"], "omission anchor")
                    else:
                        a = find_nth(cand, e["after"], e["occ"], "omission anchor")
                        start = a + len(e["after"])
                    end = start
                    if not word_ok(cand, start, end):
                        raise ValueError("omission point inside a word")
                    if e["ref"] is None or e["ref"].lower() in cand.lower():
                        raise ValueError("omitted words %r present in candidate" % e["ref"])
                    if c["mode"] == "summary":
                        raise ValueError("omission in summary")
                else:
                    if not e["text"]:
                        raise ValueError("empty error text")
                    start = find_nth(cand, e["text"], e["occ"], "error text")
                    end = start + len(e["text"])
                    if not word_ok(cand, start, end):
                        raise ValueError("error span %r cuts a word" % e["text"])
                if e["type"] not in ERROR_TYPES:
                    raise ValueError("bad type %r" % e["type"])
                if e["severity"] not in SEVERITIES:
                    raise ValueError("bad severity")
                if e["type"] in ("addition", "repetition"):
                    if e["ref"] is not None:
                        raise ValueError("%s must have ref_text null" % e["type"])
                else:
                    if not e["ref"] or e["ref"] not in ref:
                        raise ValueError("ref_text %r not in reference" % e["ref"])
                    if e["type"] != "omission" and e["ref"] == e["text"]:
                        raise ValueError("error text equals ref_text")
                if e["type"] == "repetition" and cand.find(e["text"]) >= start:
                    raise ValueError("repetition has no earlier copy")
                if e["type"] == "addition" and e["text"] in ref:
                    raise ValueError("added text occurs in reference")
            except ValueError as exc:
                bad(cid, str(exc))
                continue
            errors.append({"start": start, "end": end, "text": cand[start:end],
                           "type": e["type"], "severity": e["severity"], "ref_text": e["ref"]})
            spans.append((start, end, "error"))
        traps = []
        for t in c["traps"]:
            try:
                start = find_nth(cand, t["text"], t["occ"], "trap text")
                end = start + len(t["text"])
                if not word_ok(cand, start, end):
                    raise ValueError("trap span %r cuts a word" % t["text"])
                if t["ref"] not in ref:
                    raise ValueError("trap ref_text %r not in reference" % t["ref"])
                if t["ref"] == t["text"]:
                    raise ValueError("trap identical to reference wording")
            except ValueError as exc:
                bad(cid, str(exc))
                continue
            traps.append({"start": start, "end": end, "text": cand[start:end], "ref_text": t["ref"]})
            spans.append((start, end, "trap"))
        spans.sort()
        for (s1, e1, k1), (s2, e2, k2) in zip(spans, spans[1:]):
            if s2 < e1 or (s1 == s2 and (e1 == s1 or e2 == s2)):
                bad(cid, "overlapping spans at %d-%d and %d-%d" % (s1, e1, s2, e2))
        if c["label"] == "consistent":
            if errors or c["errors"]:
                bad(cid, "consistent pair with errors")
            if not 3 <= len(c["traps"]) <= 5:
                bad(cid, "consistent pair needs 3-5 traps")
        else:
            if not c["errors"]:
                bad(cid, "inconsistent pair without errors")
            if len(c["traps"]) > 3:
                bad(cid, "inconsistent pair has more than 3 traps")
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": cid, "domain": c["domain"], "mode": c["mode"],
                        "reference": ref, "candidate": cand, "label": c["label"],
                        "errors": errors, "traps": traps})
    return records, problems


def check_composition(records, problems):
    from collections import Counter
    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms) or set(doms) != set(DOMAINS):
        problems.append("each domain must be used exactly once")
    modes = Counter(r["mode"] for r in records)
    if modes != Counter({"rewrite": 20, "summary": 10, "translation": 10}):
        problems.append("mode counts %s" % dict(modes))
    ml = Counter((r["mode"], r["label"]) for r in records)
    for m, n in (("rewrite", 10), ("summary", 5), ("translation", 5)):
        if ml[(m, "consistent")] != n or ml[(m, "inconsistent")] != n:
            problems.append("mode %s not split half/half" % m)
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        problems.append("expected 30 errors, got %d" % sum(types.values()))
    if types != Counter(EXPECTED_TYPES):
        problems.append("error types %s differ from docstring" % dict(types))
    if any(types[t] < 2 for t in ERROR_TYPES):
        problems.append("some error type has fewer than 2 errors")
    per_pair = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    if per_pair != Counter({1: 10, 2: 10}):
        problems.append("errors per inconsistent pair %s" % dict(per_pair))
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")


def summary_counts(records):
    from collections import Counter
    lines = []
    lines.append("pairs: %d" % len(records))
    lines.append("modes: %s" % dict(Counter(r["mode"] for r in records)))
    lines.append("labels: %s" % dict(Counter(r["label"] for r in records)))
    lines.append("mode x label: %s" % dict(Counter((r["mode"], r["label"]) for r in records)))
    lines.append("errors: %d %s" % (sum(len(r["errors"]) for r in records),
                                    dict(Counter(e["type"] for r in records for e in r["errors"]))))
    lines.append("severities: %s" % dict(Counter(e["severity"] for r in records for e in r["errors"])))
    lines.append("traps: %d" % sum(len(r["traps"]) for r in records))
    return "\n".join(lines)


def main():
    check_only = "--check" in sys.argv[1:]
    records, problems = build()
    check_composition(records, problems)
    if problems:
        for p in problems:
            print("PROBLEM", p, file=sys.stderr)
        sys.exit(1)
    # round-trip: every stored span must match the candidate text
    for r in records:
        for s in r["errors"] + r["traps"]:
            assert r["candidate"][s["start"]:s["end"]] == s["text"], r["id"]
    print(summary_counts(records))
    if check_only:
        print("check passed; nothing written")
        return
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), OUT_PATH))


if __name__ == "__main__":
    main()
