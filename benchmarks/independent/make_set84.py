#!/usr/bin/env python3
"""Held-out evaluation set 84 for a fact-comparison tool.

How it was made: every pair below was hand-written in English by a helper
that saw no code or data of the project, working only from a written brief.
All people, companies, organisations, places and figures are invented (real
countries appear only as background).  Offsets are never typed by hand: the
script finds each quoted span by string search (with an occurrence index
where a text repeats), validates everything and writes set84.jsonl next to
this script.  `python3 make_set84.py --check` validates only.

Composition: 40 pairs, one per domain; 20 consistent and 20 inconsistent;
20 rewrites, 10 summaries and 10 translations (half of each mode
consistent).  30 errors over the eleven types (entity, number, date, role,
polarity, modality, attribution, event: 3 each; omission, addition,
repetition: 2 each); ten inconsistent pairs carry one error and ten carry
two.  Consistent pairs carry 3-5 traps (faithful rewordings), inconsistent
pairs 0-3.  References are 70-190 words in news / agency / corporate /
official register.
"""
import json
import os
import re
import sys

SET = 84
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set%d.jsonl" % SET)

DOMAINS = [d.strip() for d in (
    "dyslexia screening;backgammon leagues;banknote design;billboard licensing;"
    "cherry blossom forecasts;concrete recycling;crystal radio kits;doll hospitals;"
    "door to door sales;egg grading;feather trade;fruit fly control;greenhouse tomatoes;"
    "hermit crabs;hop picking;incense makers;kennel inspections;lego conventions;"
    "limestone quarries;loom restoration;milk floats;monastery breweries;"
    "motorcycle couriers;opera surtitles;paint mixing;perfume testing;pizza ovens;"
    "plumbing apprenticeships;porcelain repair;recorder lessons;ring roads;antique maps;"
    "coastguard drills;satellite debris;sports physiotherapy;tattoo removal;"
    "telescope makers;tyre recycling;waxworks;zip lines").split(";")]

TYPES = ["entity", "number", "date", "role", "polarity", "modality",
         "attribution", "event", "omission", "addition", "repetition"]


# ---- helpers for writing cases -------------------------------------------
def E(text, typ, sev, ref, occ=0):
    """An error span quoted from the candidate (typ not omission/addition/repetition)."""
    return {"kind": "span", "text": text, "type": typ, "severity": sev,
            "ref": ref, "occ": occ}


def O(after, ref, sev, occ=0):
    """An omission: the missing words belong right after `after` in the candidate."""
    return {"kind": "omission", "after": after, "type": "omission",
            "severity": sev, "ref": ref, "occ": occ}


def A(text, sev, occ=0):
    """An addition: words in the candidate with no support in the reference."""
    return {"kind": "span", "text": text, "type": "addition", "severity": sev,
            "ref": None, "occ": occ}


def R(text, rep_of, sev, occ=0):
    """A repetition: `text` is a later copy of the earlier candidate text `rep_of`."""
    return {"kind": "span", "text": text, "type": "repetition", "severity": sev,
            "ref": None, "occ": occ, "rep_of": rep_of}


def T(text, ref, occ=0):
    """A trap: faithful rewording of reference text `ref`."""
    return {"text": text, "ref": ref, "occ": occ}


CASES = []


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})


# ===========================================================================
# REWRITES, part 1 (cases 1-10)
# ===========================================================================
case("dyslexia screening", "rewrite", "consistent",
     "The education department of Halvering County will begin screening all pupils aged six and "
     "seven for dyslexia from September 2025, officials announced on Monday. The programme, which "
     "costs £3.4 million over three years, will be delivered by 140 specialist teachers trained by "
     "the Norcaster Literacy Trust. Deputy director Aline Broadwell said early identification was "
     "'the single most effective step' schools could take, adding that about one in ten children in "
     "the county was thought to be affected. Parents will be able to opt out of the assessment, "
     "which takes roughly 40 minutes. The department expects the first results to be shared with "
     "families before the Christmas holidays. Teaching unions welcomed the plan but warned that "
     "screening alone would not help children unless extra classroom support followed.",
     "From September 2025, every six- and seven-year-old in Halvering County's schools will be "
     "screened for dyslexia, the county's education department said on Monday. Specialist teachers "
     "- 140 of them, trained by the Norcaster Literacy Trust - will carry out the checks under a "
     "three-year programme worth £3.4m. Spotting the condition early was 'the single most effective "
     "step' schools could take, according to deputy director Aline Broadwell, who said roughly 10% "
     "of the county's children were believed to be affected. The assessment lasts about 40 minutes, "
     "and parents may withdraw their children from it. Families should receive the first results "
     "before the Christmas break, the department expects. Teaching unions backed the scheme, though "
     "they cautioned that screening by itself would not benefit children unless it was followed by "
     "additional support in the classroom.",
     traps=[T("every six- and seven-year-old in Halvering County's schools", "all pupils aged six and seven"),
            T("£3.4m", "£3.4 million"),
            T("roughly 10%", "about one in ten"),
            T("parents may withdraw their children from it", "Parents will be able to opt out of the assessment"),
            T("the Christmas break", "the Christmas holidays")])

case("backgammon leagues", "rewrite", "inconsistent",
     "Defending champion Petra Lindqvist-Moore was knocked out of the Varnholm Open backgammon "
     "league on Saturday, losing 11-7 to first-time entrant Tomasz Welbeck in the quarter-finals. "
     "Welbeck, a 24-year-old accountant from Brenham, had qualified only through a regional wildcard "
     "event in March. The league, now in its 19th season, drew 212 players from nine countries this "
     "year, organisers said. Tournament director Colm Arrighi described the result as 'the biggest "
     "surprise we have seen at this stage in a decade'. The semi-finals will be played on Sunday "
     "afternoon. Prize money totals €48,000, with €15,000 going to the winner.",
     "First-time entrant Tomasz Welbeck was knocked out of the Varnholm Open backgammon league by "
     "defending champion Petra Lindqvist-Moore, who won their quarter-final 11-7 on Saturday. "
     "Welbeck, 24, an accountant from Brenham, had only got into the competition via a regional "
     "wildcard event in March. Organisers said this year's league, the 19th, attracted 212 players "
     "from nine countries. Colm Arrighi, the tournament director, called the result 'the biggest "
     "surprise we have seen at this stage in a decade'. Sunday afternoon brings the semi-finals, and "
     "the €48,000 prize pot includes €15,000 for the winner.",
     errors=[E("Tomasz Welbeck was knocked out of the Varnholm Open backgammon league by defending "
               "champion Petra Lindqvist-Moore", "role", "critical",
               "Petra Lindqvist-Moore was knocked out of the Varnholm Open backgammon league on "
               "Saturday, losing 11-7 to first-time entrant Tomasz Welbeck")],
     traps=[T("Welbeck, 24, an accountant from Brenham", "Welbeck, a 24-year-old accountant from Brenham"),
            T("this year's league, the 19th,", "The league, now in its 19th season"),
            T("the €48,000 prize pot", "Prize money totals €48,000")])

case("banknote design", "rewrite", "consistent",
     "The Central Bank of Moravel unveiled the design of its new 50-kron note on Thursday, the first "
     "of five denominations to be reissued by 2027. The polymer note features a portrait of the "
     "19th-century botanist Ilse Varga and a transparent window showing the Kesten river bridge. "
     "Governor Rafael Ostrim said the note contained 14 security features, twice as many as the "
     "paper version it replaces, and would be 'far harder to counterfeit'. It will enter circulation "
     "on 3 March next year. The bank estimates that the switch to polymer will cut printing costs by "
     "around 30 per cent over a decade, because the notes last roughly two and a half times longer. "
     "Existing paper 50-kron notes will remain legal tender until further notice.",
     "A new 50-kron banknote was unveiled by Moravel's central bank on Thursday - the first of five "
     "denominations due to be reissued by 2027. Made of polymer, it carries a portrait of Ilse "
     "Varga, a botanist of the 1800s, along with a see-through window depicting the Kesten river "
     "bridge. According to governor Rafael Ostrim, the note has 14 security features, double the "
     "number on the paper note it replaces, and will be 'far harder to counterfeit'. It goes into "
     "circulation on 3 March next year. Because polymer notes last about 2.5 times as long, the bank "
     "reckons the switch will reduce printing costs by roughly 30% over ten years. Paper 50-kron "
     "notes already in circulation will stay legal tender until further notice.",
     traps=[T("a botanist of the 1800s", "the 19th-century botanist"),
            T("see-through window", "transparent window"),
            T("double the number on the paper note it replaces", "twice as many as the paper version it replaces"),
            T("about 2.5 times as long", "roughly two and a half times longer"),
            T("roughly 30% over ten years", "around 30 per cent over a decade")])

case("billboard licensing", "rewrite", "inconsistent",
     "Brackwell City Council has proposed raising the annual licence fee for roadside billboards "
     "from £850 to £1,300 per panel, a rise of 53 per cent. The change, set out in a consultation "
     "paper published on Wednesday, could come into force in April if councillors approve it next "
     "month. Officials said the extra income, estimated at £410,000 a year, would fund the removal "
     "of illegal hoardings, of which 260 were identified in a survey last autumn. The Outdoor "
     "Advertisers' Guild, which represents 38 firms operating in the city, said the increase was "
     "'disproportionate' and might push smaller operators out of business. The consultation closes "
     "on 14 February.",
     "Brackwell City Council wants the yearly licence fee for each roadside billboard panel to go up "
     "from £850 to £1,300 - a 53 per cent increase. Under a consultation paper released on "
     "Wednesday, the new fee will take effect in April, once councillors sign it off next month. "
     "The additional revenue, which officials put at £410,000 annually, would pay for taking down "
     "illegal hoardings; a survey last autumn found 360 of them. The Outdoor Advertisers' Guild, "
     "whose 38 member firms operate in the city, called the rise 'disproportionate' and warned it "
     "might drive smaller operators out of business. Responses to the consultation are due by 14 "
     "February.",
     errors=[E("the new fee will take effect in April, once councillors sign it off next month",
               "modality", "major",
               "could come into force in April if councillors approve it next month"),
             E("360", "number", "major", "260")],
     traps=[T("whose 38 member firms operate in the city", "which represents 38 firms operating in the city"),
            T("Responses to the consultation are due by 14 February", "The consultation closes on 14 February")])

case("cherry blossom forecasts", "rewrite", "consistent",
     "The Kirimoto Meteorological Institute said on Tuesday that cherry trees in the city of "
     "Kiyomura are expected to reach full bloom around 28 March, four days earlier than the 30-year "
     "average. The forecast is based on temperature readings from 56 observation trees and assumes "
     "that a mild spell will continue through mid-March. Chief forecaster Yumi Tashiro cautioned "
     "that a late cold snap could delay flowering by up to a week. Last year the trees peaked on 2 "
     "April. Local tourism officials expect about 1.8 million visitors during the two-week viewing "
     "season, up from 1.5 million in 2023, and the city will extend late-night train services on the "
     "weekends of 29 March and 5 April.",
     "Full bloom for the cherry trees of Kiyomura is likely to arrive around 28 March - four days "
     "ahead of the 30-year average - the Kirimoto Meteorological Institute forecast on Tuesday. Its "
     "prediction draws on temperature data from 56 observation trees and assumes the current mild "
     "weather will last until the middle of March. A late cold snap, chief forecaster Yumi Tashiro "
     "warned, could hold flowering back by as much as seven days. Last year's peak came on 2 April. "
     "The city's tourism officials anticipate some 1.8 million visitors over the fortnight-long "
     "viewing season, compared with 1.5 million in 2023, and late-night train services will be "
     "extended on the weekends of 29 March and 5 April.",
     traps=[T("is likely to arrive", "are expected to reach full bloom"),
            T("four days ahead of the 30-year average", "four days earlier than the 30-year average"),
            T("until the middle of March", "through mid-March"),
            T("by as much as seven days", "by up to a week"),
            T("the fortnight-long viewing season", "the two-week viewing season")])

case("concrete recycling", "rewrite", "inconsistent",
     "Grenlow Aggregates has opened a £22 million plant in Hatherby that will crush and sort up to "
     "600,000 tonnes of demolition concrete a year for reuse in new construction. The facility, "
     "which began operating on 9 June, is the largest of its kind in the region and employs 75 "
     "people. Managing director Suresh Pallan said recycled aggregate from the site would be sold at "
     "roughly 15 per cent below the price of newly quarried stone. The company said the plant could "
     "reduce carbon emissions by about 40,000 tonnes annually, although independent verification "
     "has not yet been carried out. Planning permission was granted in 2022 after objections from "
     "residents over dust and lorry traffic were resolved.",
     "A £22m plant that can crush and sort as much as 600,000 tonnes of demolition concrete each "
     "year for reuse in new construction has been opened in Hatherby by Grenlow Aggregates. "
     "Operating since 19 June, the facility employs 75 people and is the biggest of its type in the "
     "region. Recycled aggregate produced there will be sold for around 15 per cent less than "
     "freshly quarried stone, according to managing director Suresh Pallan. The company estimates "
     "the plant could cut carbon emissions by some 40,000 tonnes a year. Planning permission came "
     "through in 2022, once residents' objections about dust and lorry traffic had been resolved.",
     errors=[E("19 June", "date", "minor", "9 June"),
             O("40,000 tonnes a year", "although independent verification has not yet been carried out", "major")],
     traps=[T("as much as 600,000 tonnes", "up to 600,000 tonnes"),
            T("the biggest of its type in the region", "the largest of its kind in the region")])

case("crystal radio kits", "rewrite", "consistent",
     "Sales of crystal radio kits at Tallis & Rook, a hobby electronics retailer based in Wexmoor, "
     "have tripled since January, the company reported on Friday. The kits, which need no battery "
     "and draw power solely from the radio signal, cost £18 each and take about two hours to "
     "assemble. Sales director Harriet Quillon attributed the rise to schools adopting the kits for "
     "science lessons, saying orders from 320 schools had been received so far this year. The "
     "retailer plans to add a second model with a larger tuning coil in the autumn. It sold 4,200 "
     "kits in the first six months of the year, compared with 1,400 in the same period of 2023.",
     "Tallis & Rook, a Wexmoor-based hobby electronics shop, said on Friday that its sales of "
     "crystal radio kits have risen threefold since January. Priced at £18, the kits run without a "
     "battery - all their power comes from the radio signal itself - and can be put together in "
     "roughly two hours. Sales director Harriet Quillon put the increase down to schools taking up "
     "the kits for science lessons, noting that 320 schools had placed orders so far this year. A "
     "second model, with a larger tuning coil, is planned for the autumn. In the first half of the "
     "year the retailer sold 4,200 kits, against 1,400 in January to June 2023.",
     traps=[T("have risen threefold", "have tripled"),
            T("can be put together in roughly two hours", "take about two hours to assemble"),
            T("put the increase down to", "attributed the rise to"),
            T("In the first half of the year", "in the first six months of the year"),
            T("January to June 2023", "the same period of 2023")])

case("doll hospitals", "rewrite", "inconsistent",
     "The Pellingham Doll Hospital, one of the last workshops of its kind in the country, will close "
     "at the end of November after 87 years, its owner Margit Sorell announced. Sorell, 71, said she "
     "had been unable to find a successor willing to take on the business, which repairs around 900 "
     "dolls and teddy bears a year. A local heritage group, the Friends of Old Pellingham, said it "
     "was trying to raise £60,000 to buy the workshop's tools and archive for a planned museum. The "
     "group's chair, Desmond Achebe-Lowe, described the closure as 'the end of a remarkable craft "
     "tradition'. Customers with items currently in for repair have been asked to collect them by "
     "15 November.",
     "After 87 years, the Pellingham Doll Hospital - among the last workshops of its type in the "
     "country - will shut at the end of November, owner Margit Sorell has announced. The "
     "71-year-old said she had not been able to find a successor willing to take over the business, "
     "which mends about 900 dolls and teddy bears annually. The Friends of Old Pellingham, a local "
     "heritage group, said it was attempting to raise £60,000 to acquire the workshop's tools and "
     "archive for a planned museum. Sorell called the closure 'the end of a remarkable craft "
     "tradition'. Anyone with an item in for repair has been asked to pick it up by 15 November.",
     errors=[E("Sorell called", "attribution", "major",
               "The group's chair, Desmond Achebe-Lowe, described")],
     traps=[T("The 71-year-old", "Sorell, 71,"),
            T("about 900 dolls and teddy bears annually", "around 900 dolls and teddy bears a year")])

case("door to door sales", "rewrite", "consistent",
     "Trading standards officers in Marrowfield have warned residents about a group of door-to-door "
     "sellers offering roof repairs at inflated prices. Since 1 August, the service has received 43 "
     "complaints, mostly from people over 70, with some householders asked to pay as much as £4,000 "
     "for work that was never completed. Under consumer law, customers who agree to a contract at "
     "their doorstep have 14 days to cancel it. Officers urged residents not to hand over money on "
     "the day and to ask to see identification. Team leader Gareth Nwosu said the council had passed "
     "details of two vehicles to police, but no arrests had yet been made.",
     "Residents of Marrowfield have been warned by local trading standards officers about a group of "
     "door-to-door sellers charging inflated prices for roof repairs. The service has logged 43 "
     "complaints since the start of August, most of them from people aged over 70; some "
     "householders were asked for up to £4,000 for work that was never finished. Consumer law gives "
     "anyone who agrees to a contract on their doorstep a fortnight to cancel. Residents are being "
     "urged not to pay anything on the day and to ask callers for identification. According to team "
     "leader Gareth Nwosu, the council has given police details of two vehicles, though nobody has "
     "been arrested so far.",
     traps=[T("since the start of August", "Since 1 August"),
            T("up to £4,000", "as much as £4,000"),
            T("a fortnight to cancel", "14 days to cancel it"),
            T("nobody has been arrested so far", "no arrests had yet been made")])

case("egg grading", "rewrite", "inconsistent",
     "The Fenmark Poultry Board will tighten its egg grading rules from January, requiring all Class "
     "A eggs to be checked by automated crack detectors before packing. The board said manual "
     "candling alone had missed too many hairline cracks, citing an audit that found defects in 2.3 "
     "per cent of graded eggs. Smaller farms producing fewer than 5,000 eggs a week will not be "
     "required to install the equipment and may continue to grade by hand. The detectors cost about "
     "£12,000 each. Board chairman Owen Tredgold said the change was 'about protecting consumer "
     "confidence', while the Smallholders' Alliance said the exemption was fair but asked for grants "
     "to help mid-sized farms.",
     "From January, every Class A egg will have to pass through an automated crack detector before "
     "it is packed, under stricter grading rules announced by the Fenmark Poultry Board. Citing an "
     "audit that found defects in 2.3 per cent of graded eggs, the board said hand candling on its "
     "own had failed to catch too many hairline cracks. Smaller farms producing fewer than 5,000 eggs "
     "a week will also be required to install the equipment rather than grade by hand. Each detector "
     "costs around £12,000. The change was 'about protecting consumer confidence', board chairman "
     "Owen Tredgold said, while the Smallholders' Association said the exemption was fair but asked "
     "for grants to help mid-sized farms.",
     errors=[E("will also be required to install the equipment rather than grade by hand", "polarity",
               "critical",
               "will not be required to install the equipment and may continue to grade by hand"),
             E("Smallholders' Association", "entity", "minor", "Smallholders' Alliance")],
     traps=[T("hand candling on its own", "manual candling alone"),
            T("around £12,000", "about £12,000")])


# ===========================================================================
# REWRITES, part 2 (cases 11-20)
# ===========================================================================
case("feather trade", "rewrite", "consistent",
     "Customs officers at the port of Eastwick seized 1,150 kilograms of illegally traded bird "
     "feathers last month, the Border Revenue Agency said on Monday. The shipment, declared as "
     "'textile filling', was found to contain plumage from at least four protected species. Agency "
     "spokesperson Nadia Farrow said it was the largest such seizure in six years and had an "
     "estimated street value of about $310,000. Two men, aged 38 and 45, were arrested and have "
     "since been released on bail pending further inquiries. The feathers will be passed to the "
     "Lindenhall Natural History Collection for identification and research.",
     "Last month customs officers in the port of Eastwick seized 1,150kg of bird feathers that had "
     "been traded illegally, according to a Monday statement from the Border Revenue Agency. "
     "Although the cargo had been declared as 'textile filling', it turned out to hold plumage from "
     "no fewer than four protected species. Estimated to be worth around $310,000 on the street, the "
     "haul was the biggest of its kind in six years, said agency spokesperson Nadia Farrow. Two men, "
     "38 and 45, were arrested; both have been bailed while inquiries continue. The Lindenhall "
     "Natural History Collection will receive the feathers for identification and research.",
     traps=[T("1,150kg", "1,150 kilograms"),
            T("no fewer than four protected species", "at least four protected species"),
            T("the biggest of its kind in six years", "the largest such seizure in six years"),
            T("both have been bailed while inquiries continue",
              "have since been released on bail pending further inquiries")])

case("fruit fly control", "rewrite", "inconsistent",
     "Agriculture officials in the Callow Valley have begun releasing 20 million sterile male fruit "
     "flies a week in an effort to halt an outbreak that threatens the region's peach and apricot "
     "harvest. The flies, bred at a facility in Dunmere, mate with wild females but produce no "
     "offspring, gradually shrinking the population. The programme will run for at least 16 weeks "
     "and cost an estimated $2.7 million. A quarantine zone covering 85 square kilometres was "
     "imposed in May, banning the movement of homegrown fruit out of the area. Regional agriculture "
     "commissioner Lorna Beckwith said trap counts had fallen by a third since the releases began, "
     "but warned that it was too early to declare the outbreak contained.",
     "An outbreak of fruit flies threatening the Callow Valley's peach and apricot harvest is being "
     "tackled by agriculture officials, who have started releasing 20 million sterile male flies "
     "each week. Bred at a facility in Dunmere, the flies mate with wild females but father no "
     "offspring, so the population gradually shrinks. The programme, expected to cost about $2.7 "
     "million, will last a minimum of 16 weeks. In May an 85-square-kilometre quarantine zone was "
     "lifted, allowing homegrown fruit to be moved out of the area again. Trap counts are down by a "
     "third since the releases started, regional agriculture commissioner Lorna Beckwith said, "
     "though she cautioned it was too soon to say the outbreak had been contained.",
     errors=[E("was lifted, allowing homegrown fruit to be moved out of the area again", "event",
               "major", "was imposed in May, banning the movement of homegrown fruit out of the area")],
     traps=[T("a minimum of 16 weeks", "at least 16 weeks"),
            T("are down by a third", "had fallen by a third"),
            T("too soon to say the outbreak had been contained",
              "too early to declare the outbreak contained")])

case("greenhouse tomatoes", "rewrite", "consistent",
     "Westerhaven Growers, the country's second-largest producer of greenhouse tomatoes, will switch "
     "off heating in a third of its glasshouses this winter because of high gas prices, the "
     "cooperative said on Wednesday. The move affects 40 of its 120 hectares under glass and is "
     "expected to reduce winter output by around 8,000 tonnes. Chief executive Brigitte Haldane said "
     "the cooperative had 'no realistic alternative', adding that it would resume full production "
     "once gas prices fell below 90 cents per cubic metre. None of the cooperative's 1,900 staff "
     "will lose their jobs; workers from the affected sites will be redeployed to packing and "
     "maintenance. Retailers have been told to expect more imported tomatoes on shelves between "
     "November and February.",
     "Because of high gas prices, Westerhaven Growers - the second-biggest greenhouse tomato producer "
     "in the country - said on Wednesday it would stop heating one in three of its glasshouses this "
     "winter. The decision covers 40 of the cooperative's 120 hectares under glass, and winter "
     "output is likely to fall by roughly 8,000 tonnes as a result. The cooperative had 'no "
     "realistic alternative', chief executive Brigitte Haldane said; full production will resume "
     "once gas prices drop below 90 cents per cubic metre, she added. No jobs will go among the "
     "1,900 staff, with workers from the affected sites moving to packing and maintenance. Retailers "
     "have been told to expect more imported tomatoes on their shelves from November to February.",
     traps=[T("one in three of its glasshouses", "a third of its glasshouses"),
            T("output is likely to fall by roughly 8,000 tonnes",
              "is expected to reduce winter output by around 8,000 tonnes"),
            T("No jobs will go among the 1,900 staff", "None of the cooperative's 1,900 staff will lose their jobs"),
            T("from November to February", "between November and February")])

case("hermit crabs", "rewrite", "inconsistent",
     "Volunteers on the island of Sarrow counted 3,400 hermit crabs using plastic bottle caps and "
     "other litter as shells during a two-day survey in October, the Sarrow Marine Trust reported. "
     "The figure represents about 14 per cent of the crabs recorded, up from 9 per cent in a similar "
     "survey three years ago. Trust scientist Dr Imogen Rask said a shortage of natural shells, "
     "driven partly by souvenir collecting, was forcing crabs to use debris. The trust plans to "
     "place 5,000 empty whelk shells along four beaches in the spring and will repeat the survey "
     "next October. Collecting shells from Sarrow's beaches is already discouraged but is not "
     "illegal.",
     "A two-day survey by volunteers on Sarrow in October found 3,400 hermit crabs using plastic "
     "bottle caps and other litter in place of shells, according to the Sarrow Marine Trust. That is "
     "roughly 14 per cent of all the crabs recorded, compared with 6 per cent in a comparable survey "
     "three years earlier. Dr Imogen Rask, a scientist at the trust, said crabs were being forced to "
     "use debris because natural shells were scarce, partly as a result of souvenir collecting, a "
     "trend she described as the worst on record in the region. In the spring the trust will lay "
     "5,000 empty whelk shells on four beaches, and the survey will be repeated next October. Taking "
     "shells from Sarrow's beaches is already discouraged, though it is not against the law.",
     errors=[E("6 per cent", "number", "major", "9 per cent"),
             A("a trend she described as the worst on record in the region", "major")],
     traps=[T("not against the law", "is not illegal")])

case("hop picking", "rewrite", "consistent",
     "Hop growers in the Ashcombe district began this year's harvest on Monday, roughly a week later "
     "than usual after a cool, wet July slowed the plants' development. The Ashcombe Hop Growers' "
     "Association expects the crop to weigh in at about 1,250 tonnes, down 10 per cent on last year "
     "but in line with the five-year average. Around 600 seasonal pickers, many of them students, "
     "have been hired across 22 farms. Association secretary Colin Mabbutt said quality looked 'very "
     "promising', although yields of the aromatic Goldmere variety were likely to be lower. Picking "
     "is due to finish by the end of September, after which the hops will be dried in kilns and "
     "baled for brewers.",
     "A cool, wet July held back the plants, so the Ashcombe district's hop harvest got under way on "
     "Monday about seven days later than normal. The local growers' association forecasts a crop of "
     "roughly 1,250 tonnes - a tenth less than last year, but consistent with the average for the "
     "past five years. Some 600 seasonal pickers, many of them students, have been taken on at 22 "
     "farms. Quality looked 'very promising', said association secretary Colin Mabbutt, though the "
     "aromatic Goldmere variety was expected to yield less. Once picking ends, which should be by the "
     "close of September, the hops will be kiln-dried and baled for brewers.",
     traps=[T("about seven days later than normal", "roughly a week later than usual"),
            T("a tenth less than last year", "down 10 per cent on last year"),
            T("consistent with the average for the past five years", "in line with the five-year average"),
            T("was expected to yield less", "were likely to be lower"),
            T("kiln-dried", "dried in kilns")])

case("incense makers", "rewrite", "inconsistent",
     "Santhal House, a family-run incense maker in the town of Corrabee, has been fined $48,000 after "
     "inspectors found workers were exposed to unsafe levels of wood dust. The Workplace Safety "
     "Commission said the company had failed to install adequate extraction equipment in its mixing "
     "room, where 11 people work. The firm pleaded guilty at Corrabee Magistrates' Court on "
     "Thursday. Managing director Priya Santhal said the business had since spent $65,000 on new "
     "ventilation and air monitoring. The commission noted that no worker had reported a serious "
     "illness but said long-term exposure to fine dust can cause respiratory disease.",
     "Corrabee incense maker Santhal House has been fined $48,000 after inspectors discovered its "
     "workers were being exposed to unsafe levels of wood dust. The family-run company did not "
     "install adequate extraction equipment in its mixing room, where 11 people are employed, "
     "according to the Workplace Safety Commission. The firm pleaded guilty at Corrabee Magistrates' "
     "Court on Thursday, and managing director Priya Santhal said it had since spent $65,000 on new "
     "ventilation and air monitoring. Santhal House has been fined $48,000. While noting that no "
     "worker had reported a serious illness, the commission said long-term exposure to fine dust can "
     "lead to respiratory disease.",
     errors=[R("Santhal House has been fined $48,000.", "Santhal House has been fined $48,000", "minor")],
     traps=[T("did not install", "had failed to install"),
            T("where 11 people are employed", "where 11 people work")])

case("kennel inspections", "rewrite", "consistent",
     "Inspectors from Dunholt District Council visited all 27 licensed boarding kennels in the "
     "district between March and June and found that 19 met every welfare standard. Six kennels were "
     "given improvement notices, mainly for inadequate exercise areas, and two had their licences "
     "suspended after dogs were found in overcrowded pens. The council's licensing manager, Fiona "
     "Grealish, said the suspended businesses could reapply once they had been reinspected. Owners "
     "planning to board pets over the summer were advised to check a kennel's star rating, which is "
     "published on the council website. The inspections were the first full round since licensing "
     "rules changed in 2023.",
     "Between March and June, Dunholt District Council inspectors visited every one of the "
     "district's 27 licensed boarding kennels; 19 of them satisfied all welfare standards. "
     "Improvement notices went to six kennels, chiefly because of poor exercise areas, while two had "
     "their licences suspended when dogs were discovered in overcrowded pens. Once they have been "
     "reinspected, the suspended businesses will be able to reapply, according to Fiona Grealish, the "
     "council's licensing manager. Owners planning to board pets over the summer were advised to "
     "check a kennel's star rating on the council's website. This was the first complete round of "
     "inspections since the licensing rules were changed in 2023.",
     traps=[T("every one of the district's 27 licensed boarding kennels",
              "all 27 licensed boarding kennels in the district"),
            T("19 of them satisfied all welfare standards", "19 met every welfare standard"),
            T("chiefly because of poor exercise areas", "mainly for inadequate exercise areas"),
            T("the first complete round of inspections", "the first full round")])

case("lego conventions", "rewrite", "inconsistent",
     "BrickFest Northgate, the region's largest fan convention for Lego builders, will return to the "
     "Harcourt Exhibition Centre on 12 and 13 October after a two-year break. Organisers expect "
     "around 9,000 visitors and more than 150 exhibitors, including the Tollbridge Brick Club, which "
     "won last year's national diorama award. The event has been taken over by the events firm "
     "Copperline Live from the volunteer group that founded it in 2015. Tickets cost £12 for adults "
     "and £6 for children under 14, with under-fives admitted free. Organiser Dean Halloran said a "
     "portion of the proceeds would go to the Northgate Children's Hospital.",
     "After a two-year absence, BrickFest Northgate - the biggest Lego fan convention in the region - "
     "is coming back to the Harcourt Exhibition Centre on 12 and 13 November. Around 9,000 visitors "
     "and upwards of 150 exhibitors are expected, among them the Tollbridge Brick Club, winner of "
     "last year's national diorama award. The volunteer group that set it up in 2015 has taken over "
     "the event from the events firm Copperline Live. Adult tickets are £12 and children under 14 pay "
     "£6, while under-fives get in free. Part of the proceeds will go to the Northgate Children's "
     "Hospital, said organiser Dean Halloran.",
     errors=[E("12 and 13 November", "date", "major", "12 and 13 October"),
             E("The volunteer group that set it up in 2015 has taken over the event from the events "
               "firm Copperline Live", "role", "major",
               "The event has been taken over by the events firm Copperline Live from the volunteer "
               "group that founded it in 2015")],
     traps=[T("After a two-year absence", "after a two-year break"),
            T("upwards of 150 exhibitors", "more than 150 exhibitors")])

case("limestone quarries", "rewrite", "consistent",
     "Plans to extend the Crowhurst limestone quarry by 34 hectares were approved on Tuesday by "
     "Pennard County Council's planning committee, by seven votes to four. Operator Stanmoor "
     "Minerals says the extension will allow extraction to continue until 2041 and safeguard 60 jobs "
     "at the site. As conditions of approval, blasting will be limited to weekdays between 10am and "
     "4pm, and the company must plant 12 hectares of new woodland before work begins. More than 800 "
     "objections were lodged, many citing noise and the loss of a public footpath, which will be "
     "diverted. Committee chair Alan Pryce said the decision had been 'finely balanced'.",
     "Pennard County Council's planning committee voted seven to four on Tuesday to approve a "
     "34-hectare extension to the Crowhurst limestone quarry. According to operator Stanmoor "
     "Minerals, the expansion will let extraction carry on until 2041 and secure 60 jobs at the "
     "site. Under the approval conditions, blasting may take place only on weekdays from 10am to "
     "4pm, and 12 hectares of new woodland have to be planted by the company before work starts. "
     "Over 800 objections were submitted, many raising noise and the loss of a public footpath, "
     "which is to be rerouted. The decision had been 'finely balanced', said Alan Pryce, who chairs "
     "the committee.",
     traps=[T("voted seven to four", "by seven votes to four"),
            T("blasting may take place only on weekdays from 10am to 4pm",
              "blasting will be limited to weekdays between 10am and 4pm"),
            T("Over 800 objections", "More than 800 objections"),
            T("which is to be rerouted", "which will be diverted"),
            T("who chairs the committee", "Committee chair")])

case("loom restoration", "rewrite", "inconsistent",
     "A 140-year-old Jacquard loom at the Millbrook Textile Museum is to be restored to working order "
     "after the museum received a £95,000 grant from the Heritage Crafts Foundation. The loom, one of "
     "only three of its type known to survive, has not operated since 1978. Conservators from the "
     "Ellerby Institute will spend about 18 months dismantling and repairing it, replacing some "
     "2,000 worn wooden and metal parts. Curator Janet Oduya said the museum hoped to run weaving "
     "demonstrations once the work was complete, possibly from spring 2026. The museum will remain "
     "open during the restoration, which will take place in a glass-walled workshop visible to "
     "visitors.",
     "The Millbrook Textile Museum's 140-year-old Jacquard loom, which has stood idle since 1978, is "
     "to be brought back into working order thanks to a £95,000 grant from the Heritage Crafts "
     "Foundation. It is one of just three looms of its type known to survive. Over roughly 18 months, "
     "conservators from the Ellerby Institute will take it apart and repair it, replacing around "
     "2,000 worn wooden and metal parts. Curator Janet Oduya said the museum will run weaving "
     "demonstrations when the work is finished, starting in spring 2026. Visitors will still be able "
     "to enter the museum during the restoration, which will be carried out in a glass-walled "
     "workshop they can see into.",
     errors=[E("the museum will run weaving demonstrations when the work is finished, starting in "
               "spring 2026", "modality", "major",
               "the museum hoped to run weaving demonstrations once the work was complete, possibly "
               "from spring 2026")],
     traps=[T("has stood idle since 1978", "has not operated since 1978"),
            T("take it apart", "dismantling"),
            T("Visitors will still be able to enter the museum", "The museum will remain open")])


# ===========================================================================
# SUMMARIES (cases 21-30)
# ===========================================================================
case("milk floats", "summary", "consistent",
     "Dairy co-operative Hollins Vale will put 45 new electric milk floats on the road by the end of "
     "March, replacing its entire diesel delivery fleet, the company said on Thursday. The vehicles, "
     "built by Leyburn Motors, have a range of about 80 miles and can carry up to 1.2 tonnes of "
     "bottled milk. The £3.1 million investment is partly funded by a £900,000 government "
     "clean-transport grant. Hollins Vale delivers to around 38,000 households across the Oxenby "
     "area, a number that has grown by 15 per cent since 2021 as more customers return to glass "
     "bottles. Operations director Sian Carrow said the switch would cut fuel costs by roughly half "
     "and make early-morning rounds much quieter. Drivers will receive two days of training before "
     "the new floats enter service.",
     "Hollins Vale is replacing its whole diesel delivery fleet with 45 electric milk floats by the "
     "end of March, a £3.1m investment part-funded by a £900,000 government grant. The dairy "
     "co-operative, which serves about 38,000 Oxenby-area homes, says the switch will roughly halve "
     "its fuel costs.",
     traps=[T("its whole diesel delivery fleet", "its entire diesel delivery fleet"),
            T("£3.1m", "£3.1 million"),
            T("about 38,000 Oxenby-area homes", "around 38,000 households across the Oxenby area"),
            T("will roughly halve its fuel costs", "would cut fuel costs by roughly half")])

case("monastery breweries", "summary", "inconsistent",
     "The monks of St Aldric's Abbey in the Veldmoor hills will double production at their brewery to "
     "4,000 hectolitres a year, the abbey announced on Sunday, ending a long-standing policy of "
     "selling beer only at the abbey gate. The expansion, costing €1.6 million, will be funded from "
     "the abbey's own reserves and is due to be completed by the summer of 2025. Brother Anselm Ruys, "
     "who oversees the brewery, said the additional income would pay for repairs to the "
     "13th-century church roof. The brothers will continue to brew themselves, but five lay staff "
     "will be hired. A regional distributor, Kloosterhof Dranken, will supply selected cafés and "
     "shops. Beer writer Marta Velden said the decision was likely to disappoint collectors who had "
     "travelled for the rarity.",
     "St Aldric's Abbey will double its brewery's output to 4,000 hectolitres a year in a €2.6m "
     "expansion and start selling beyond the abbey gate through a regional distributor. Beer writer "
     "Marta Velden said the extra income would fund repairs to the abbey's 13th-century church roof.",
     errors=[E("€2.6m", "number", "major", "€1.6 million"),
             E("Beer writer Marta Velden said", "attribution", "major",
               "Brother Anselm Ruys, who oversees the brewery, said")],
     traps=[T("double its brewery's output", "double production at their brewery")])

case("motorcycle couriers", "summary", "consistent",
     "Riders working for the courier company Swiftmark in the city of Larkport staged a 24-hour "
     "strike on Friday over pay and safety, disrupting deliveries to hospitals and law firms. The "
     "Independent Couriers' Union said about 210 of the firm's 260 motorcycle couriers took part. "
     "The union is demanding a minimum rate of £4.50 per drop, up from £3.80, and compensation for "
     "riders injured at work. Swiftmark said it had offered £4.10 and described the strike as "
     "'regrettable', adding that urgent medical deliveries had been handled by managers. Union "
     "organiser Tom Azikiwe said further action could follow next month if talks failed. Two riders "
     "were seriously injured in road accidents while on duty earlier this year.",
     "Around four in five of Swiftmark's motorcycle couriers in Larkport walked out for a day on "
     "Friday, demanding at least £4.50 a drop instead of £3.80 plus compensation for injured riders; "
     "the company, which has offered £4.10, called the strike 'regrettable'. More action may follow "
     "next month if talks fail, the union warned.",
     traps=[T("Around four in five of Swiftmark's motorcycle couriers",
              "about 210 of the firm's 260 motorcycle couriers"),
            T("walked out for a day", "staged a 24-hour strike"),
            T("at least £4.50 a drop", "a minimum rate of £4.50 per drop"),
            T("More action may follow next month if talks fail",
              "further action could follow next month if talks failed")])

case("opera surtitles", "summary", "inconsistent",
     "The Kessler Opera House will introduce surtitles in six languages at all performances from "
     "next season, using small seat-back screens rather than a single display above the stage. "
     "General director Lotte Abernathy said the €780,000 system would let audiences choose between "
     "German, English, French, Italian, Spanish and Mandarin. The screens can be switched off by "
     "individual patrons, and a trial during last spring's run of 'The Glass Orchard' found that 72 "
     "per cent of surveyed audience members approved. Some regular subscribers had complained that "
     "the old above-stage surtitles were distracting. Installation will take place during the summer "
     "closure and will not require any cancellations.",
     "The Kessler Opera House will add six-language surtitles on seat-back screens at every "
     "performance from next season, replacing the above-stage display. Nearly three-quarters of "
     "audience members surveyed in a trial approved of the €780,000 system, although the screens "
     "cannot be switched off by individual patrons.",
     errors=[E("cannot be switched off", "polarity", "major", "can be switched off")],
     traps=[T("every performance", "all performances"),
            T("Nearly three-quarters", "72 per cent")])

case("paint mixing", "summary", "consistent",
     "Hardware chain Dellmont has withdrawn tinting machines from 64 of its 180 stores after "
     "customers complained that mixed paint did not match the colour shown on sample cards. The "
     "retailer said a software update installed on 2 May had corrupted the formulas for around 300 "
     "shades, mostly greys and off-whites. Customers who bought affected paint since that date can "
     "claim a full refund or a free remix by bringing their receipt to any branch. Dellmont's head of "
     "operations, Ravi Kettering, apologised and said the machines would be back in use within ten "
     "days once the supplier, Chromaline Systems, had fixed the fault. About 4,500 tins are thought "
     "to have been sold with the wrong formula.",
     "Dellmont has pulled paint-tinting machines from 64 stores after a 2 May software update "
     "scrambled the recipes for about 300 shades, mostly greys and off-whites. Buyers of affected "
     "paint can get a full refund or a free remix, and the company says the machines will be back "
     "within ten days once supplier Chromaline Systems fixes the fault.",
     traps=[T("pulled paint-tinting machines", "withdrawn tinting machines"),
            T("a 2 May software update", "a software update installed on 2 May"),
            T("scrambled the recipes", "corrupted the formulas"),
            T("supplier Chromaline Systems fixes the fault",
              "the supplier, Chromaline Systems, had fixed the fault")])

case("perfume testing", "summary", "inconsistent",
     "The fragrance house Maison Clervaux has agreed to stop testing new perfume ingredients on "
     "animals by the end of 2025, following a two-year campaign by the advocacy group Clean Scent "
     "Coalition. The company, which sells its products in 40 countries, said it would instead rely on "
     "laboratory-grown skin models developed with the Aurelle Research Institute. Chief executive "
     "Beatrix Lomond said the switch would cost about €5 million over three years but was 'the right "
     "thing to do'. The coalition welcomed the announcement, but said it would monitor the company's "
     "suppliers, some of whom still conduct animal tests to meet regulations in certain export "
     "markets.",
     "Following a two-year campaign by the Clean Scent Coalition, Maison Clervaux will stop testing "
     "new perfume ingredients on animals by the end of 2025, switching to lab-grown skin models "
     "developed with the coalition at a cost of about €5m over three years. The move makes it the "
     "first major fragrance house to abandon animal testing. The campaigners plan to keep an eye on "
     "the company's suppliers.",
     errors=[E("the coalition", "entity", "major", "the Aurelle Research Institute"),
             A("The move makes it the first major fragrance house to abandon animal testing", "major")],
     traps=[T("lab-grown skin models", "laboratory-grown skin models"),
            T("about €5m", "about €5 million"),
            T("keep an eye on the company's suppliers", "monitor the company's suppliers")])

case("pizza ovens", "summary", "consistent",
     "Fornaro Outdoor, a manufacturer of portable pizza ovens based in Castellane Bay, has recalled "
     "18,500 gas-fired units sold between June 2023 and January 2024 because a faulty valve can cause "
     "gas to leak. The company said it had received 27 reports of leaks, including four in which "
     "small fires broke out, but no injuries. Owners have been told to stop using the ovens "
     "immediately and disconnect the gas cylinder. A replacement valve kit will be sent free of "
     "charge and can be fitted in about 15 minutes without tools. Wood-fired and electric models are "
     "not affected. Product safety manager Elena Barsotti said the company 'deeply regrets' the "
     "inconvenience.",
     "Fornaro Outdoor is recalling 18,500 gas pizza ovens sold from June 2023 to January 2024 over a "
     "valve fault that can leak gas, after 27 reported leaks, four of which led to small fires, with "
     "no one hurt. Owners should stop using them at once and will get a free replacement valve kit; "
     "wood-fired and electric models are unaffected.",
     traps=[T("from June 2023 to January 2024", "between June 2023 and January 2024"),
            T("with no one hurt", "but no injuries"),
            T("at once", "immediately"),
            T("are unaffected", "are not affected")])

case("plumbing apprenticeships", "summary", "inconsistent",
     "The Kelderby Building Trades College will double its intake of plumbing apprentices to 240 "
     "from September, funded by a £1.8 million grant from the regional skills authority. Part of the "
     "money will be used to build a new workshop with 30 training bays. The expansion follows "
     "warnings from the Federation of Heating Engineers that the region faces a shortfall of some "
     "1,500 qualified plumbers by 2030. Apprentices will spend four days a week with employers and "
     "one day at college, and will be paid at least £7.50 an hour in their first year. Principal "
     "Andrea Mulvaney said 65 local firms had already signed up to take on apprentices, but more were "
     "needed. Applications open on 1 March and close on 30 April.",
     "Kelderby Building Trades College will double its plumbing apprentice intake to 240 from "
     "September using a £1.8m grant, part of which will go on refurbishing its existing workshop. The "
     "move comes after the Federation of Heating Engineers warned the region would be short of about "
     "1,500 qualified plumbers by 2030; 65 firms have signed up to take apprentices so far, but more "
     "are needed.",
     errors=[E("refurbishing its existing workshop", "event", "major",
               "build a new workshop with 30 training bays")],
     traps=[T("£1.8m grant", "£1.8 million grant"),
            T("65 firms have signed up to take apprentices so far",
              "65 local firms had already signed up to take on apprentices")])

case("porcelain repair", "summary", "consistent",
     "An 18th-century Chinese porcelain vase that broke into 112 pieces when a visitor tripped at the "
     "Ambrose Hale Gallery in Harwick Cross last year has gone back on display after a 14-month "
     "restoration. Conservator Mei-Lin Hardcastle used a reversible resin to rejoin the fragments and "
     "filled three small missing sections with tinted plaster, which shows up under ultraviolet "
     "light. The gallery said the work cost £38,000 and was covered by its insurers; the visitor was "
     "not asked to pay. The vase had been valued at £250,000 before the accident, and the gallery has "
     "not said what it is worth now. It is displayed in a new case fitted with a low barrier to keep "
     "visitors at a distance.",
     "More than a year after a visitor tripped and shattered it into 112 pieces, an 18th-century "
     "Chinese vase is back on show at the Ambrose Hale Gallery following a £38,000 restoration paid "
     "for by insurers. The visitor did not have to pay, and the vase now sits in a new case behind a low "
     "barrier.",
     traps=[T("More than a year after", "after a 14-month restoration"),
            T("shattered it into 112 pieces", "broke into 112 pieces"),
            T("paid for by insurers", "covered by its insurers"),
            T("The visitor did not have to pay", "the visitor was not asked to pay")])

case("recorder lessons", "summary", "inconsistent",
     "Every primary school pupil in the borough of Fallowfield will be offered free recorder lessons "
     "from January under a £420,000 scheme announced by the borough council on Monday. The lessons, "
     "lasting 30 minutes a week for a full school year, will be taught by 26 peripatetic music "
     "teachers from the Fallowfield Music Service. Each participating child will receive their own "
     "instrument to keep. Council leader Harriet Obi said music tuition had become 'a privilege for "
     "families who can afford it' and that the scheme aimed to reverse that. A survey by the music "
     "service found that only one in five pupils in the borough currently learns an instrument. "
     "Schools will have until 15 November to sign up.",
     "Fallowfield council will offer free recorder lessons to all primary pupils from January in a "
     "£420,000 scheme, with each child given an instrument to keep. Only one in five pupils in the "
     "borough learns an instrument at present, and schools have until 15 December to sign up. Every "
     "child taking part will be given an instrument to keep.",
     errors=[E("15 December", "date", "major", "15 November"),
             R("Every child taking part will be given an instrument to keep",
               "each child given an instrument to keep", "minor")],
     traps=[T("Fallowfield council", "the borough council"),
            T("all primary pupils", "Every primary school pupil"),
            T("at present", "currently")])


# ===========================================================================
# TRANSLATIONS (cases 31-40): reference and candidate are two independent
# English translations of the same (non-English) news item.
# ===========================================================================
case("ring roads", "translation", "consistent",
     "Construction of the eastern section of the Halden ring road will begin in the spring, the "
     "regional transport authority announced on Wednesday. The 11-kilometre stretch, which includes "
     "two bridges over the Sella river, is expected to cost 640 million crowns and to take four years "
     "to complete. Authority chairman Jurgen Valek said the bypass would remove about 18,000 vehicles "
     "a day from the city centre, including most heavy goods traffic. Environmental groups have "
     "criticised the route because it crosses a protected wetland, and a court challenge by the Sella "
     "Valley Society is still pending. The authority said work would not start on the wetland "
     "section until the court had ruled.",
     "The regional transport office said on Wednesday that work on the eastern part of Halden's ring "
     "road is to start in spring. The section, eleven kilometres long and including two bridges "
     "across the river Sella, should cost 640 million crowns and take four years to build. According "
     "to the office's chairman, Jurgen Valek, the bypass will take roughly 18,000 vehicles a day out "
     "of the city centre, among them the majority of heavy lorries. Environmentalists have objected "
     "to the route because it runs through a protected wetland, and the Sella Valley Society has "
     "brought a court case that has not yet been decided. Until there is a ruling, no work will begin "
     "on the part crossing the wetland, the office said.",
     traps=[T("regional transport office", "regional transport authority"),
            T("eleven kilometres long", "The 11-kilometre stretch"),
            T("the majority of heavy lorries", "most heavy goods traffic"),
            T("has not yet been decided", "is still pending")])

case("antique maps", "translation", "inconsistent",
     "A 16th-century map of the Adriatic coast that disappeared from the Verano municipal library in "
     "1987 has been returned after it was spotted in an online auction catalogue, police said on "
     "Friday. The map, drawn by the cartographer Niccolo Basseri, was identified by a retired "
     "librarian, Clara Fenzi, who recognised a small ink stain in the lower corner. The auction "
     "house, Gallardi & Figli of Pontesella, withdrew the lot and handed the map over voluntarily. Its "
     "estimated value is between 90,000 and 120,000 euros. Police said the seller had bought the map "
     "in good faith in the 1990s and would not face charges. The library plans to display it from "
     "next month behind reinforced glass.",
     "Police announced on Friday that a sixteenth-century map of the Adriatic coastline, missing from "
     "Verano's town library since 1987, has been recovered after it turned up in an internet auction "
     "catalogue. The work of mapmaker Niccolo Basseri, it was recognised by retired librarian Clara "
     "Fenzi thanks to a small ink stain in its bottom corner. The auction house, Gallardi & Figli of "
     "Verano, pulled the lot and surrendered the map of its own accord. It is valued at between "
     "90,000 and 120,000 euros. The seller had acquired the map in the 1990s and will not be charged, "
     "police said. From next month the library intends to exhibit it behind reinforced glass.",
     errors=[E("Verano", "entity", "minor", "Pontesella", occ=1),
             O("had acquired the map", "in good faith", "major")],
     traps=[T("missing from Verano's town library since 1987",
              "disappeared from the Verano municipal library in 1987"),
            T("an internet auction catalogue", "an online auction catalogue"),
            T("of its own accord", "voluntarily")])

case("coastguard drills", "translation", "consistent",
     "The coastguard carried out a large-scale rescue exercise off the port of Skarvholm on Tuesday, "
     "simulating the sinking of a passenger ferry with 300 people on board. Some 450 personnel took "
     "part, along with four helicopters, twelve vessels and volunteers from the Nordholm Sea Rescue "
     "Society who acted as passengers. Exercise leader Commander Ingrid Halvorsen said the first "
     "'survivors' were pulled from the water within 22 minutes, which she called a good result. "
     "However, communication between the helicopters and the lifeboats broke down for about a "
     "quarter of an hour, and this will be examined in a report due in March. The exercise is held "
     "every three years.",
     "On Tuesday the coastguard staged a major rescue drill off Skarvholm harbour in which a "
     "passenger ferry carrying 300 people was assumed to be sinking. Around 450 staff were involved, "
     "as well as four helicopters, a dozen boats and volunteers from the Nordholm Sea Rescue Society "
     "playing the passengers. Commander Ingrid Halvorsen, who led the drill, described it as a good "
     "result that the first 'survivors' were out of the water within 22 minutes. Contact between "
     "helicopters and lifeboats did, however, fail for roughly fifteen minutes; a report due in March "
     "will look into this. The drill takes place once every three years.",
     traps=[T("Around 450 staff", "Some 450 personnel"),
            T("a dozen boats", "twelve vessels"),
            T("playing the passengers", "who acted as passengers"),
            T("for roughly fifteen minutes", "for about a quarter of an hour")])

case("satellite debris", "translation", "inconsistent",
     "A fragment of a defunct weather satellite narrowly missed the Orbis-4 research station on "
     "Sunday, forcing its three-person crew to shelter in their return capsule for 40 minutes, the "
     "Meridian Space Agency said. The piece of debris, estimated to be 10 centimetres across, passed "
     "within 600 metres of the station. The satellite, Vega-Met 2, was launched in 1998 by the Tarsen "
     "Space Institute and broke apart in 2019. Flight director Amara Quist said the station's "
     "shielding could not have withstood a direct hit at such speeds. The agency has asked the Tarsen "
     "institute to share its tracking data on the remaining fragments, and said a small manoeuvre to "
     "raise the station's orbit was being considered.",
     "According to the Meridian Space Agency, on Sunday a piece of a decommissioned weather satellite "
     "came close to hitting the Orbis-4 research station, and the three crew members had to take "
     "refuge in their return capsule for forty minutes. The fragment, thought to measure around ten "
     "centimetres, flew past no more than 600 metres from the station. Vega-Met 2, the satellite in "
     "question, was put into orbit in 1998 by the Tarsen Space Institute and disintegrated in 2019. A "
     "direct impact at those speeds would have been too much for the station's shielding, flight "
     "director Amara Quist said. The Tarsen Space Institute has asked the agency to hand over its "
     "tracking data on the remaining fragments; the agency added that a minor manoeuvre to lift the "
     "station's orbit was under consideration.",
     errors=[E("The Tarsen Space Institute has asked the agency", "role", "major",
               "The agency has asked the Tarsen institute")],
     traps=[T("forty minutes", "40 minutes"),
            T("flew past no more than 600 metres from the station", "passed within 600 metres of the station"),
            T("disintegrated in 2019", "broke apart in 2019")])

case("sports physiotherapy", "translation", "consistent",
     "Star midfielder Rafael Duarte of the football club Atletico Serrano will be out for six to eight "
     "weeks after tearing a hamstring in Saturday's league match, the club's medical department said "
     "on Monday. Duarte, 27, will not need surgery and has begun a rehabilitation programme under head "
     "physiotherapist Lucia Amorim. The club said the player was likely to miss at least seven "
     "matches, including both legs of the cup semi-final against Deportivo Marzal. Amorim said that "
     "recurrence rates for this type of injury were high and that the staff would not rush his "
     "return. Duarte has scored five goals in 19 appearances this season.",
     "Atletico Serrano's star midfielder Rafael Duarte tore a hamstring in Saturday's league game and "
     "will be sidelined for between six and eight weeks, the club's medical staff announced on "
     "Monday. The 27-year-old does not require an operation and has started a rehabilitation "
     "programme with the head physiotherapist, Lucia Amorim. He will probably miss no fewer than "
     "seven matches, the club said, among them the two legs of the cup semi-final with Deportivo "
     "Marzal. According to Amorim, injuries of this kind often recur, so the staff will not hurry his "
     "comeback. This season Duarte has five goals from 19 appearances.",
     traps=[T("between six and eight weeks", "six to eight weeks"),
            T("The 27-year-old", "Duarte, 27,"),
            T("does not require an operation", "will not need surgery"),
            T("will probably miss no fewer than seven matches", "was likely to miss at least seven matches"),
            T("will not hurry his comeback", "would not rush his return")])

case("tattoo removal", "translation", "inconsistent",
     "The national health regulator has proposed banning beauty salons from offering laser tattoo "
     "removal unless the treatment is supervised by a qualified doctor, after a rise in complaints "
     "about burns and scarring. The regulator received 146 complaints last year, compared with 58 in "
     "2021. Under the draft rules, which are open for consultation until the end of June, salons that "
     "break the rules could be fined up to 20,000 euros. Regulator spokesperson Dr Henrik Maelo said "
     "most salons operated safely but that cheaper, unlicensed devices had become widespread. The "
     "Association of Aesthetic Practitioners said it supported stricter training requirements but "
     "opposed a requirement for medical supervision, which it said would force many small businesses "
     "to close.",
     "Following an increase in complaints about burns and scars, the national health authority has "
     "put forward a proposal to stop beauty salons from carrying out laser tattoo removal unless a "
     "qualified doctor supervises the treatment. Last year it received 146 complaints, against 58 in "
     "2021. Under the draft regulations, on which comments can be submitted until the end of June, "
     "salons breaking the rules will be fined 20,000 euros. Dr Henrik Maelo, a spokesman for the "
     "authority, said most salons did not work safely and that cheaper, unlicensed devices had become "
     "widespread. The Association of Aesthetic Practitioners said it backs tougher training standards "
     "but rejects compulsory medical supervision, which, it said, would force many small firms to "
     "shut.",
     errors=[E("will be fined 20,000 euros", "modality", "major", "could be fined up to 20,000 euros"),
             E("most salons did not work safely", "polarity", "critical", "most salons operated safely")],
     traps=[T("against 58 in 2021", "compared with 58 in 2021"),
            T("backs tougher training standards", "supported stricter training requirements"),
            T("would force many small firms to shut", "would force many small businesses to close")])

case("telescope makers", "translation", "consistent",
     "The family firm Optika Brenner, which has made telescopes by hand in the town of Kaltfeld since "
     "1924, has been bought by the Swiss-based instrument group Helvar Instruments for an undisclosed "
     "sum. All 34 employees will keep their jobs and production will remain in Kaltfeld, the "
     "companies said in a joint statement. Owner Matthias Brenner, 66, the third generation of his "
     "family to run the business, will stay on as an adviser for two years. Optika Brenner makes "
     "around 400 refracting telescopes a year, most of them for amateur astronomers and schools; about "
     "70 per cent are exported. Helvar said it planned to invest in a new polishing workshop at the "
     "site.",
     "Helvar Instruments, an instrument group headquartered in Switzerland, has acquired Optika "
     "Brenner, a family company that has been hand-building telescopes in Kaltfeld since 1924; the "
     "price was not disclosed. According to a joint statement by the two companies, none of the 34 "
     "staff will lose their jobs, and manufacturing will stay in Kaltfeld. Matthias Brenner, the "
     "66-year-old owner and the third generation of the family at the helm, will remain for two years "
     "as an adviser. The firm produces some 400 refractor telescopes annually, mainly for hobby "
     "astronomers and schools, and exports roughly seven out of ten of them. Helvar intends to invest "
     "in a new polishing workshop on the site.",
     traps=[T("headquartered in Switzerland", "Swiss-based"),
            T("the price was not disclosed", "for an undisclosed sum"),
            T("none of the 34 staff will lose their jobs", "All 34 employees will keep their jobs"),
            T("hobby astronomers", "amateur astronomers"),
            T("roughly seven out of ten", "about 70 per cent")])

case("tyre recycling", "translation", "inconsistent",
     "A fire at the Rozen tyre recycling plant near the village of Dravnik burned for more than 30 "
     "hours before it was brought under control on Thursday morning, fire services said. About 2,000 "
     "tonnes of shredded tyres were destroyed. Residents within a three-kilometre radius were told to "
     "keep windows closed because of thick black smoke, although air measurements showed no dangerous "
     "concentrations, according to the regional environment agency. The cause of the fire is not yet "
     "known. Plant director Tomas Vrba said the site had passed a fire safety inspection in February. "
     "The environment agency said it would test soil and water in the area next week.",
     "Fire crews said the blaze at the Rozen tyre recycling plant close to the village of Dravnik "
     "raged for over 30 hours until they got it under control on Thursday morning. Roughly 2,000 "
     "tonnes of shredded tyres went up in flames. People living within three kilometres were asked to "
     "keep their windows shut because of the dense black smoke, though plant director Tomas Vrba said "
     "air measurements had not found any dangerous concentrations. What started the fire is still "
     "unclear. The site passed a fire safety inspection in February, Vrba said. The environment "
     "agency said it will test the soil and water in the area next week.",
     errors=[E("plant director Tomas Vrba said", "attribution", "major",
               "according to the regional environment agency")],
     traps=[T("over 30 hours", "more than 30 hours"),
            T("within three kilometres", "within a three-kilometre radius"),
            T("What started the fire is still unclear", "The cause of the fire is not yet known")])

case("waxworks", "translation", "consistent",
     "The Musée Delorme waxworks in the city of Bressac will close for nine months from January for "
     "a renovation costing 3.2 million euros, the museum's director Claire Fontanel announced on "
     "Tuesday. The museum, which opened in 1961 and attracts around 210,000 visitors a year, will "
     "replace its air-conditioning system, which has struggled to keep the wax figures from softening "
     "during recent heatwaves. Twelve of the 180 figures will be sent to a partner museum in Lisière "
     "for the duration of the works. The renovation is being financed jointly by the city and the "
     "region. The museum is due to reopen in October with a new gallery devoted to sports "
     "personalities.",
     "Claire Fontanel, director of the Musée Delorme waxworks in Bressac, said on Tuesday that the "
     "museum will shut for nine months starting in January for renovation work worth 3.2 million "
     "euros. The museum, open since 1961 and visited by some 210,000 people each year, is to get a "
     "new air-conditioning system; the old one has had trouble stopping the wax figures from going "
     "soft in recent heatwaves. While the work is under way, twelve of the 180 figures will be housed "
     "by a partner museum in Lisière. The city and the region are sharing the cost of the renovation. "
     "Reopening is scheduled for October, with a new gallery dedicated to sports stars.",
     traps=[T("shut for nine months starting in January", "close for nine months from January"),
            T("some 210,000 people each year", "around 210,000 visitors a year"),
            T("going soft", "softening"),
            T("The city and the region are sharing the cost", "financed jointly by the city and the region")])

case("zip lines", "translation", "inconsistent",
     "The operator of the Pico Alto zip line, at 2.4 kilometres one of the longest in Europe, has "
     "suspended rides after a cable brake failed during a routine test on Monday, the company said. "
     "No riders were on the line at the time and nobody was injured. Operator Aventura Cumbre said it "
     "had called in engineers from the manufacturer, Tecnocables Ribera, and that rides would resume "
     "only after a full inspection, which is expected to take about ten days. Around 300 customers "
     "with bookings will be offered refunds or new dates. The zip line opened in 2019 and carries "
     "about 60,000 riders a year.",
     "Aventura Cumbre, which runs the Pico Alto zip line - at 2.4 kilometres, among Europe's longest - "
     "said it has halted rides after a cable snapped during a routine test on Monday. There was "
     "nobody on the line at that moment, and no one was hurt. The firm said it had brought in "
     "engineers from Tecnocables Ribera, the manufacturer, and that rides will restart only once a "
     "full inspection has been carried out, which should take around ten days. Roughly 300 customers "
     "who had booked will be offered a refund or a new date. The line opened in 2019 and carries some "
     "60,000 riders a year.",
     errors=[E("a cable snapped", "event", "major", "a cable brake failed")],
     traps=[T("among Europe's longest", "one of the longest in Europe"),
            T("halted rides", "suspended rides"),
            T("a refund or a new date", "refunds or new dates")])


# ===========================================================================
# Validation and output
# ===========================================================================
WORD = re.compile(r"[A-Za-z0-9À-ÿ]")


def is_word_char(ch):
    return bool(WORD.match(ch))


def find_nth(hay, needle, n):
    pos = -1
    for _ in range(n + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def check_boundaries(cand, start, end, where, problems):
    if start > 0 and start < len(cand) and is_word_char(cand[start - 1]) and is_word_char(cand[start]):
        problems.append("%s: span starts inside a word" % where)
    if 0 < end < len(cand) and is_word_char(cand[end - 1]) and is_word_char(cand[end]):
        problems.append("%s: span ends inside a word" % where)


def build():
    problems = []
    records = []
    for i, c in enumerate(CASES, 1):
        cid = "s%d-%03d" % (SET, i)
        ref, cand = c["reference"], c["candidate"]
        where = "%s (%s)" % (cid, c["domain"])
        if c["domain"] not in DOMAINS:
            problems.append("%s: unknown domain" % where)
        if c["mode"] not in ("rewrite", "summary", "translation"):
            problems.append("%s: bad mode" % where)
        if c["label"] not in ("consistent", "inconsistent"):
            problems.append("%s: bad label" % where)
        nwords = len(ref.split())
        if not 70 <= nwords <= 190:
            problems.append("%s: reference has %d words" % (where, nwords))
        if c["mode"] == "summary" and (len(cand) >= len(ref) or len(cand.split()) >= nwords):
            problems.append("%s: summary not shorter than reference" % where)
        if "  " in ref or "  " in cand:
            problems.append("%s: double space" % where)
        spans = []  # (start, end, what)
        errors = []
        for j, e in enumerate(c["errors"]):
            w = "%s error %d" % (where, j)
            if e["type"] not in TYPES:
                problems.append("%s: bad type %r" % (w, e["type"]))
            if e["severity"] not in ("minor", "major", "critical"):
                problems.append("%s: bad severity" % w)
            if e["kind"] == "omission":
                if c["mode"] == "summary":
                    problems.append("%s: omission in a summary" % w)
                p = find_nth(cand, e["after"], e["occ"])
                if p < 0:
                    problems.append("%s: anchor %r not found" % (w, e["after"]))
                    continue
                start = end = p + len(e["after"])
                text = ""
                check_boundaries(cand, start, end, w, problems)
                if e["ref"].lower() in cand.lower():
                    problems.append("%s: omitted words present in candidate" % w)
            else:
                text = e["text"]
                start = find_nth(cand, text, e["occ"])
                if start < 0:
                    problems.append("%s: text %r not found" % (w, text))
                    continue
                end = start + len(text)
                check_boundaries(cand, start, end, w, problems)
                if text != text.strip() or not text:
                    problems.append("%s: span has outer whitespace" % w)
            if e["type"] in ("addition", "repetition"):
                if e["ref"] is not None:
                    problems.append("%s: %s must have null ref_text" % (w, e["type"]))
            else:
                if not e["ref"] or e["ref"] not in ref:
                    problems.append("%s: ref_text %r not in reference" % (w, e["ref"]))
                if e["kind"] != "omission" and e["ref"] == text:
                    problems.append("%s: error text equals ref_text" % w)
            if e["type"] == "repetition":
                q = cand.find(e["rep_of"])
                if q < 0 or q + len(e["rep_of"]) > start:
                    problems.append("%s: repeated text does not occur earlier" % w)
            if e["type"] == "omission" and e["kind"] != "omission":
                problems.append("%s: omission must use O()" % w)
            errors.append({"start": start, "end": end, "text": text, "type": e["type"],
                           "severity": e["severity"], "ref_text": e["ref"]})
            spans.append((start, end, w))
        traps = []
        for j, t in enumerate(c["traps"]):
            w = "%s trap %d" % (where, j)
            start = find_nth(cand, t["text"], t["occ"])
            if start < 0:
                problems.append("%s: text %r not found" % (w, t["text"]))
                continue
            end = start + len(t["text"])
            check_boundaries(cand, start, end, w, problems)
            if t["ref"] not in ref:
                problems.append("%s: ref_text %r not in reference" % (w, t["ref"]))
            if t["ref"] == t["text"]:
                problems.append("%s: trap identical to reference wording" % w)
            if t["text"] in ref:
                problems.append("%s: trap text occurs verbatim in reference" % w)
            traps.append({"start": start, "end": end, "text": t["text"], "ref_text": t["ref"]})
            spans.append((start, end, w))
        # no overlaps (a zero-width omission may not sit strictly inside another span)
        for a in range(len(spans)):
            for b in range(a + 1, len(spans)):
                s1, e1, w1 = spans[a]
                s2, e2, w2 = spans[b]
                if s1 == e1:
                    bad = s2 < s1 < e2
                elif s2 == e2:
                    bad = s1 < s2 < e1
                else:
                    bad = s1 < e2 and s2 < e1
                if bad:
                    problems.append("%s overlaps %s" % (w1, w2))
        if c["label"] == "consistent":
            if errors:
                problems.append("%s: consistent pair with errors" % where)
            if not 3 <= len(traps) <= 5:
                problems.append("%s: consistent pair needs 3-5 traps" % where)
        else:
            if not errors:
                problems.append("%s: inconsistent pair without errors" % where)
            if len(traps) > 3:
                problems.append("%s: inconsistent pair has >3 traps" % where)
        for x in errors + traps:
            if cand[x["start"]:x["end"]] != x["text"]:
                problems.append("%s: offset mismatch" % where)
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": cid, "domain": c["domain"], "mode": c["mode"],
                        "reference": ref, "candidate": cand, "label": c["label"],
                        "errors": errors, "traps": traps})

    # composition
    def count(pred):
        return sum(1 for r in records if pred(r))
    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    if sorted(r["domain"] for r in records) != sorted(DOMAINS) or len(set(DOMAINS)) != 40:
        problems.append("domains must be the 40 listed, each once")
    for mode, n in (("rewrite", 20), ("summary", 10), ("translation", 10)):
        for label in ("consistent", "inconsistent"):
            k = count(lambda r: r["mode"] == mode and r["label"] == label)
            if k != n // 2:
                problems.append("%s/%s: %d pairs, expected %d" % (mode, label, k, n // 2))
    all_err = [e for r in records for e in r["errors"]]
    if len(all_err) != 30:
        problems.append("expected 30 errors, got %d" % len(all_err))
    for t in TYPES:
        k = sum(1 for e in all_err if e["type"] == t)
        if k < 2:
            problems.append("error type %s used %d times (<2)" % (t, k))
    return records, problems


def summary(records):
    from collections import Counter
    lines = []
    lines.append("pairs: %d" % len(records))
    lines.append("by mode: %s" % dict(Counter(r["mode"] for r in records)))
    lines.append("by label: %s" % dict(Counter(r["label"] for r in records)))
    lines.append("by mode/label: %s" % dict(Counter((r["mode"], r["label"]) for r in records)))
    errs = [e for r in records for e in r["errors"]]
    lines.append("errors: %d %s" % (len(errs), dict(Counter(e["type"] for e in errs))))
    lines.append("severity: %s" % dict(Counter(e["severity"] for e in errs)))
    lines.append("errors per inconsistent pair: %s" % dict(Counter(
        len(r["errors"]) for r in records if r["label"] == "inconsistent")))
    lines.append("traps: %d (consistent %d, inconsistent %d)" % (
        sum(len(r["traps"]) for r in records),
        sum(len(r["traps"]) for r in records if r["label"] == "consistent"),
        sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")))
    wc = [len(r["reference"].split()) for r in records]
    lines.append("reference words: min %d max %d" % (min(wc), max(wc)))
    return "\n".join(lines)


def main():
    records, problems = build()
    if problems:
        print("VALIDATION FAILED:")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print(summary(records))
    if "--check" in sys.argv[1:]:
        print("check only: OK, nothing written")
        return
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT)


if __name__ == "__main__":
    main()
