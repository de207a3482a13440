#!/usr/bin/env python3
"""Held-out evaluation set 17 for the fact-comparison tool.

How it was made
---------------
Hand-written by a helper session that saw no code or data of the project,
working only from a written brief. Every reference and candidate text below was
composed by hand for this file; all people, companies, organisations, places,
products and figures are invented (real countries / broad regions appear only as
background). No offsets are typed by hand: the script locates every span by
string search (with an occurrence index where a quoted text repeats), validates
the whole set and writes set17.jsonl next to this file.

Usage:  python3 make_set17.py           # validate and write set17.jsonl
        python3 make_set17.py --check   # validate only, write nothing

Composition
-----------
* 40 pairs, one domain each (sawmills ... wetland restoration), news / agency /
  corporate / official register, references 70-190 words.
* 20 consistent / 20 inconsistent.
* Modes: 20 rewrite (10 consistent, 10 inconsistent), 10 summary (5/5),
  10 translation (5/5; both texts are independent English translations of the
  same imagined non-English story, so wording differs throughout).
* 30 errors over the eleven types: entity 3, number 4, date 3, role 3,
  polarity 3, modality 3, attribution 3, event 2, omission 2 (rewrite and
  translation only), addition 2, repetition 2. Ten inconsistent pairs carry one
  error and ten carry two.
* Traps (faithful rewordings a naive checker might flag): 3-5 on every
  consistent pair, 0-3 on inconsistent pairs; 140 traps in all
  (94 on consistent pairs, 46 on inconsistent pairs).
* Severities: 7 minor, 20 major, 3 critical. References 105-135 words.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set17.jsonl")
SET_N = 17

DOMAINS = [
    "sawmills", "scuba diving", "sewage treatment", "sheep farming",
    "shipbuilding", "shoe making", "skateboarding", "snow clearing",
    "solar farms", "speed skating", "spices trade", "sports betting",
    "squash", "stamp collecting", "steelworks", "sugar refining", "surfing",
    "table tennis", "tea plantations", "textbook publishing", "theme parks",
    "tidal power", "tile manufacturing", "tobacco regulation", "toll roads",
    "tram networks", "translation services", "tree nurseries",
    "truck manufacturing", "tunnels", "umbrella making", "urban beekeeping",
    "vending machines", "vineyards", "violin making", "volleyball",
    "warehousing", "watchmaking", "water polo", "wetland restoration",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]


def E(text, type_, severity, ref_text, occ=0, before=None, after=None):
    """An error. For an omission give text="" and an anchor: `before` (the
    missing words belong just before this candidate text) or `after`."""
    return dict(text=text, type=type_, severity=severity, ref_text=ref_text,
                occ=occ, before=before, after=after)


def T(text, ref_text, occ=0):
    """A trap: faithful rewording of `ref_text` (reference wording)."""
    return dict(text=text, ref_text=ref_text, occ=occ)


CASES = []


def case(domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append(dict(domain=domain, mode=mode, reference=reference,
                      candidate=candidate, errors=list(errors),
                      traps=list(traps)))


# ---------------------------------------------------------------------------
# 1-10
# ---------------------------------------------------------------------------

case("sawmills", "rewrite",
     "Brennholt Timber Group said on Monday that it will close its sawmill at "
     "Kessock Falls by the end of September, ending operations at a site that "
     "has processed spruce and pine since 1958. The company blamed a two-year "
     "slump in construction demand and rising log costs, which it said had "
     "climbed 18 percent since January. About 140 workers are employed at the "
     "mill; the company said roughly half of them would be offered jobs at its "
     "larger plant in Dunmere, 60 kilometres to the north. Chief executive Alma "
     "Vintner said the decision was 'painful but unavoidable'. The regional "
     "woodworkers' union said it would seek talks with management this week "
     "and called for a review of the closure timetable. Brennholt's shares fell "
     "3.2 percent in morning trading.",
     "The Kessock Falls sawmill, which has been cutting spruce and pine since "
     "1958, will shut by the end of September, owner Brennholt Timber Group "
     "announced on Monday. Brennholt pointed to construction demand that has "
     "been weak for two years and to log costs that it said were up 18 percent "
     "since January. Around half of the mill's roughly 140 staff will be "
     "offered positions at the group's bigger Dunmere plant, 60 km further "
     "north, the company said. Chief executive Alma Vintner called the decision "
     "'painful but unavoidable'. The regional woodworkers' union plans to seek "
     "talks with management this week and is calling for a review of the "
     "closure timetable. Shares in Brennholt dropped 3.2% in morning trading.",
     traps=[
         T("construction demand that has been weak for two years",
           "a two-year slump in construction demand"),
         T("roughly 140 staff", "About 140 workers"),
         T("60 km further north", "60 kilometres to the north"),
         T("dropped 3.2%", "fell 3.2 percent"),
     ])

case("scuba diving", "summary",
     "The Maritime Safety Directorate of the Orlen Islands has suspended the "
     "operating licence of Bluefin Reef Divers for 90 days after an inspection "
     "found that 11 of the company's 26 air cylinders had not been "
     "pressure-tested within the required five-year period. Inspectors visited "
     "the firm's base in Port Calder on 3 June following a complaint from a "
     "visiting instructor. No divers were injured, the directorate said. The "
     "company, which takes about 4,000 customers a year to the Sable Wall and "
     "the wreck of the freighter Marisol, must replace or recertify the "
     "cylinders and retrain its staff before reopening. Owner Teodor Haskell "
     "said the firm accepted the findings and had already ordered new "
     "equipment. Bookings already made for the suspension period will be "
     "refunded in full, he said.",
     "Orlen Islands regulators have imposed a 90-day licence suspension on "
     "Bluefin Reef Divers after finding that 11 of its 26 air cylinders had "
     "gone more than five years without a pressure test. No divers were hurt. "
     "Before it can reopen, the Port Calder operator must recertify or replace "
     "the cylinders and retrain staff; its owner accepts the findings and says "
     "customers booked during the suspension will get full refunds.",
     traps=[
         T("Orlen Islands regulators",
           "The Maritime Safety Directorate of the Orlen Islands"),
         T("a 90-day licence suspension",
           "suspended the operating licence of Bluefin Reef Divers for 90 days"),
         T("had gone more than five years without a pressure test",
           "had not been pressure-tested within the required five-year period"),
         T("No divers were hurt", "No divers were injured"),
     ])

case("sewage treatment", "rewrite",
     "The city council of Varrow approved on Thursday a 46 million euro upgrade "
     "of the Lintmoor sewage treatment works, the plant that serves about "
     "210,000 residents on the city's eastern side. The project will add a "
     "third biological treatment stage and new storm tanks designed to cut "
     "untreated overflows into the River Esk by up to 80 percent. Work is due "
     "to begin next spring and finish in 2029. Roughly a third of the cost will "
     "be covered by a national water-quality grant, with the remainder financed "
     "through a loan repaid from household water charges. Councillor Ines "
     "Paredo, who chairs the environment committee, said bills would rise by an "
     "average of 2.40 euros a month from 2026. Opposition members voted "
     "against, arguing the plan should have been put out to public "
     "consultation.",
     "Varrow's city council on Thursday gave the go-ahead to a €46m upgrade of "
     "the Lintmoor sewage treatment works, which serves around 210,000 people "
     "in the east of the city. The scheme adds a third biological treatment "
     "stage plus new storm tanks intended to reduce untreated overflows into "
     "the River Esk by 80 percent. Construction should start next spring and be "
     "completed in 2029. About two-thirds of the cost will come from a national "
     "water-quality grant, and the rest will be funded by a loan paid back "
     "through household water charges. Environment committee chair Ines Paredo "
     "said bills would increase by an average of 2.40 euros a month from 2026. "
     "Opposition councillors voted against the plan, saying it should have "
     "gone to public consultation.",
     errors=[
         E("", "omission", "major", "up to", before="80 percent"),
         E("About two-thirds", "number", "major", "Roughly a third"),
     ],
     traps=[
         T("€46m", "46 million euro"),
         T("Construction should start next spring",
           "Work is due to begin next spring"),
         T("Environment committee chair Ines Paredo",
           "Councillor Ines Paredo, who chairs the environment committee"),
     ])

case("sheep farming", "translation",
     "Sheep farmers in the Valdora district have lost more than 1,300 animals "
     "to wolf attacks since the start of the year, according to figures "
     "released on Wednesday by the regional agriculture office. That is almost "
     "double the number recorded over the same period last year. The office "
     "said it would pay compensation of 180 euros for each ewe killed and 90 "
     "euros for each lamb, and that claims submitted before 30 November would "
     "be processed within six weeks. Farmers' association president Rufino "
     "Alcaraz told reporters that the payments 'do not cover the real loss', "
     "because flocks take years to rebuild. The regional government is also "
     "considering funding electric fencing and livestock guardian dogs, but no "
     "decision has yet been taken, a spokeswoman said.",
     "Since January, wolves have killed over 1,300 sheep belonging to farmers "
     "in the Valdora area, the regional agricultural authority reported on "
     "Wednesday, nearly twice as many as in the equivalent months of last "
     "year. Compensation will be set at €180 per dead ewe and €90 per lamb, "
     "the authority said, adding that applications lodged before 30 November "
     "will be dealt with within six weeks. Speaking to journalists, Rufino "
     "Alcaraz, who heads the farmers' association, argued that the money "
     "'falls short of the true loss' since it takes years to rebuild a flock. "
     "According to a spokeswoman, the regional government is also weighing "
     "support for electric fences and guard dogs for livestock, though nothing "
     "has been decided yet.",
     traps=[
         T("Since January", "since the start of the year"),
         T("nearly twice as many", "almost double"),
         T("€180 per dead ewe", "180 euros for each ewe killed"),
         T("falls short of the true loss", "do not cover the real loss"),
         T("nothing has been decided yet", "no decision has yet been taken"),
     ])

case("shipbuilding", "rewrite",
     "Harlund Marine Works has won a contract worth 1.2 billion dollars to "
     "build four liquefied natural gas carriers for Norvane Shipping, the yard "
     "said in a statement on Tuesday. The first vessel is scheduled for "
     "delivery in the second quarter of 2027 and the last by the end of 2028. "
     "Each ship will have a capacity of 174,000 cubic metres and will be fitted "
     "with dual-fuel engines. The order is the largest in the yard's 70-year "
     "history and is expected to secure work for its 3,500 employees for at "
     "least three years, managing director Pia Lindqvist said. Norvane holds an "
     "option for two further vessels, which it must exercise by March next "
     "year. Harlund did not disclose the financing arrangements.",
     "Norvane Shipping has ordered four liquefied natural gas carriers from "
     "Harlund Marine Works in a deal valued at $1.2bn, the shipyard said in a "
     "statement on Tuesday. The 174,000-cubic-metre ships will all be fitted "
     "with dual-fuel engines; the first is scheduled to be delivered in "
     "April-June 2027 and the last by the end of 2028. According to managing "
     "director Pia Lindqvist, it is the biggest order in the 70-year history "
     "of the yard and should keep its workforce of 3,500 busy for a minimum of "
     "three years. Norvane also has an option on two more vessels, which it "
     "has to take up by March next year. Harlund did not reveal how the deal "
     "is being financed.",
     traps=[
         T("Norvane Shipping has ordered four liquefied natural gas carriers "
           "from Harlund Marine Works",
           "Harlund Marine Works has won a contract worth 1.2 billion dollars "
           "to build four liquefied natural gas carriers for Norvane Shipping"),
         T("$1.2bn", "1.2 billion dollars"),
         T("April-June 2027", "the second quarter of 2027"),
         T("should keep its workforce of 3,500 busy",
           "is expected to secure work for its 3,500 employees"),
         T("a minimum of three years", "at least three years"),
     ])

case("shoe making", "summary",
     "Castellane Footwear, one of the last large shoe manufacturers in the "
     "Merrow valley, said on Friday that it may move part of its production "
     "abroad if energy costs do not fall by next year. The company makes "
     "around 600,000 pairs of leather shoes annually at its factory in Sallis "
     "and employs 410 people. Finance director Olga Brandt said electricity now "
     "accounts for 9 percent of production costs, up from 4 percent three "
     "years ago. She said the board would review the options in January and "
     "that no jobs would be cut this year. The company is in talks with the "
     "regional development agency about support for installing rooftop solar "
     "panels, which it estimates could meet a quarter of the factory's power "
     "needs. Trade union representatives said they had not been consulted.",
     "Castellane Footwear, which employs 410 people making about 600,000 pairs "
     "of leather shoes a year in Sallis, will shift part of its production "
     "abroad unless energy costs come down by next year. Electricity has risen "
     "from 4 to 9 percent of its production costs in three years. The board "
     "will review its options in January, with no job cuts this year, and the "
     "firm is seeking regional support for rooftop solar panels.",
     errors=[
         E("will shift", "modality", "major", "may move"),
     ],
     traps=[
         T("unless energy costs come down by next year",
           "if energy costs do not fall by next year"),
         T("has risen from 4 to 9 percent of its production costs in three "
           "years",
           "now accounts for 9 percent of production costs, up from 4 percent "
           "three years ago"),
     ])

case("skateboarding", "rewrite",
     "The municipality of Drayton Cove has selected local firm Concrete Wave "
     "Studio to design a 2,400-square-metre skatepark on the former bus depot "
     "site in Fenwick Road, beating five other bidders. The park, budgeted at "
     "1.1 million pounds, will include a bowl, a street section and a "
     "beginners' area, and is due to open in summer 2026. Council leader "
     "Marcus Oyelaran said young people had been asking for a proper facility "
     "for more than a decade. The design was chosen after a public vote in "
     "which about 3,200 residents took part, with Concrete Wave's proposal "
     "receiving 41 percent of the votes. The council will also fund free "
     "coaching sessions for the first year, run by the Drayton Cove "
     "Skateboard Club.",
     "Concrete Wave Studio, a local firm, has been picked by the municipality "
     "of Drayton Cove ahead of five rival bidders to design a 2,400 m² "
     "skatepark on the old bus depot site in Fenwick Road. Budgeted at £1.1m, "
     "the park will feature a bowl, a street section and an area for "
     "beginners, and is due to open in summer 2026. The design was picked "
     "after a public ballot in which about 3,200 residents took part, with "
     "Concrete Wave's proposal winning 41 percent of the votes. According to council leader Marcus Oyelaran, young "
     "people had been asking for a proper facility for over ten years. The "
     "Drayton Cove Skateboard Club will also fund a first year of free "
     "coaching sessions, to be run by the council.",
     errors=[
         E("Drayton Cove Skateboard Club will also fund a first year of free "
           "coaching sessions, to be run by the council", "role", "major",
           "The council will also fund free coaching sessions for the first "
           "year, run by the Drayton Cove Skateboard Club"),
     ],
     traps=[
         T("Budgeted at £1.1m", "budgeted at 1.1 million pounds"),
         T("over ten years", "more than a decade"),
     ])

case("snow clearing", "translation",
     "The city of Kirvala will hire 60 additional snowplough drivers this "
     "winter after complaints that residential streets were left uncleared for "
     "days last January. Deputy mayor Helka Saarinen said on Monday that the "
     "city's budget for winter maintenance would rise to 14 million euros, an "
     "increase of 2.5 million on last season. Main roads and bus routes must "
     "be cleared within four hours of the end of snowfall, while residential "
     "streets will have to be cleared within 24 hours. Saarinen said the city "
     "might also bring in private contractors if snowfall exceeded 30 "
     "centimetres in a single day. Residents will be able to report uncleared "
     "streets through a new mobile application from 1 December. The opposition "
     "said the measures came too late.",
     "After residents complained that their streets stayed unploughed for "
     "days last January, Kirvala is taking on 60 more snowplough drivers for "
     "this winter. The winter maintenance budget will grow to €14 million, "
     "which is 2.5 million more than last season, deputy mayor Helka Saarinen "
     "announced on Monday. Main roads must be cleared no later than four hours "
     "after it stops snowing, and residential streets within a day. If more "
     "than 30 centimetres of snow falls in one day, the city will also call in "
     "private contractors, Saarinen said. From 1 December, a new mobile app "
     "will let residents report streets that have not been cleared. According "
     "to the opposition, the measures come too late.",
     errors=[
         E("", "omission", "major", "and bus routes", after="Main roads"),
         E("will also call in", "modality", "major", "might also bring in"),
     ],
     traps=[
         T("within a day", "within 24 hours"),
         T("€14 million", "14 million euros"),
     ])

case("solar farms", "rewrite",
     "Greywater Energy has received planning permission for a 95-megawatt "
     "solar farm on 160 hectares of farmland near the village of Ashcombe, the "
     "regional planning board confirmed on 12 March. The project, which will "
     "cost an estimated 78 million pounds, is expected to generate enough "
     "electricity to power about 28,000 homes a year. Construction is set to "
     "start in the autumn and take around 14 months. As a condition of "
     "approval, the company must plant 4 kilometres of new hedgerows and allow "
     "sheep to graze between the panel rows. The board rejected an objection "
     "from the Ashcombe Parish Council, which had argued that the site was too "
     "close to a conservation area. Greywater said it would hold a public "
     "information event next month.",
     "The regional planning board confirmed on March 12 that Greywater Energy "
     "has been granted planning permission for a 95 MW solar farm across 160 "
     "hectares of farmland close to Ashcombe village. Estimated to cost £78m, "
     "the scheme should produce enough power each year for roughly 28,000 "
     "households. Work is due to begin in the autumn and last about 14 months. "
     "Under the terms of the approval, Greywater has to plant four kilometres "
     "of new hedgerow and let sheep graze between the rows of panels. An "
     "objection by Ashcombe Parish Council, which had argued that the site lay "
     "too near a conservation area, was turned down by the board. The company "
     "plans to hold a public information event next month.",
     traps=[
         T("March 12", "12 March"),
         T("£78m", "78 million pounds"),
         T("should produce", "is expected to generate"),
         T("roughly 28,000 households", "about 28,000 homes"),
         T("was turned down by the board",
           "The board rejected an objection"),
     ])

case("speed skating", "summary",
     "Dutch-born skater Ilse Verhaar set a national record of 1 minute 44.21 "
     "seconds in the women's 1,500 metres at the Tarnby Oval on Saturday, "
     "competing for the Kaledonian Skating Federation, which she joined in "
     "2023. Her time was 0.38 seconds faster than the previous mark, set by "
     "Runa Falk in 2019. Verhaar, 24, finished second in the race behind "
     "Canadian Maëlle Roussin, who won in 1:43.90. The result secures Verhaar "
     "a place in the federation's team for the world championships in "
     "Velsberg next month, head coach Stig Alvesson said. Verhaar later told "
     "reporters that she had been struggling with a knee injury since December "
     "and had not expected to skate so fast. The federation will name its full "
     "team on Thursday.",
     "Ilse Verhaar broke the national women's 1,500m record on Saturday, "
     "clocking 1:44.21 to take 0.38 seconds off Runa Falk's 2019 mark, though "
     "she was beaten to the win by Maëlle Roussin. The time earns the "
     "24-year-old a place at next month's world championships, according to "
     "head coach Stig Alvesson, despite a knee injury that has troubled her "
     "since December.",
     traps=[
         T("clocking 1:44.21", "1 minute 44.21 seconds"),
         T("take 0.38 seconds off Runa Falk's 2019 mark",
           "0.38 seconds faster than the previous mark, set by Runa Falk in "
           "2019"),
         T("she was beaten to the win by Maëlle Roussin",
           "finished second in the race behind Canadian Maëlle Roussin"),
         T("the 24-year-old", "Verhaar, 24"),
     ])

# ---------------------------------------------------------------------------
# 11-20
# ---------------------------------------------------------------------------

case("spices trade", "rewrite",
     "Prices of black pepper on the Port Sundra spot market rose 12 percent in "
     "the week to Friday, their sharpest weekly gain since 2021, as traders "
     "reacted to forecasts of a smaller harvest. The Sundra Spice Traders' "
     "Association said exports in the first half of the year had fallen to "
     "18,500 tonnes from 22,000 tonnes a year earlier. Association chairman "
     "Devan Kolhar blamed heavy rains in April that damaged flowering vines "
     "across the main growing districts. Analysts at Meridian Commodities said "
     "prices could rise further before the new crop arrives in November, but "
     "warned that higher prices might reduce demand from European buyers. The "
     "government has said it will not restrict exports.",
     "Black pepper prices on Port Sundra's spot market jumped 12 percent in "
     "the week to Friday, the steepest weekly rise since 2021, as traders "
     "responded to forecasts of a smaller harvest. First-half exports fell to "
     "18,500 tonnes from 22,000 tonnes a year earlier, according to the Sundra "
     "Spice Traders' Association, whose chairman, Devan Kolhar, pointed to "
     "heavy April rains that damaged flowering vines across the main growing "
     "districts. Meridian Commodities analysts said prices could rise further "
     "once the new crop arrives in November. The traders' association, "
     "however, warned that higher prices might curb demand from European "
     "buyers. The government has said it will not limit exports.",
     errors=[
         E("once the new crop arrives in November", "date", "major",
           "before the new crop arrives in November"),
         E("The traders' association", "attribution", "major",
           "Analysts at Meridian Commodities"),
     ],
     traps=[
         T("the steepest weekly rise since 2021",
           "their sharpest weekly gain since 2021"),
         T("heavy April rains", "heavy rains in April"),
     ])

case("sports betting", "translation",
     "The national gaming authority of Estoria has fined online bookmaker "
     "BetHaven 2.3 million euros for failing to stop customers who had "
     "excluded themselves from gambling from opening new accounts. An "
     "investigation found that between March 2022 and June 2023, 214 "
     "self-excluded players were able to place bets on the company's website, "
     "losing a combined 390,000 euros. The authority said BetHaven must refund "
     "those losses within 60 days and commission an independent audit of its "
     "identity checks. BetHaven said in a statement that it regretted the "
     "failures, had already changed its verification procedures and would not "
     "appeal. The authority's director, Luca Ferrante, said operators 'must "
     "treat self-exclusion as an absolute barrier'. It is the largest fine the "
     "authority has imposed since it was created in 2015.",
     "BetHaven, an online bookmaker, has been ordered to pay a €2.3 million "
     "penalty by Estoria's national gaming regulator because it did not "
     "prevent people who had self-excluded from gambling from opening fresh "
     "accounts. Investigators established that from March 2022 to June 2023, "
     "214 such players managed to bet on the firm's website and lost €390,000 "
     "between them. The money must be paid back within 60 days, and BetHaven "
     "must also arrange an independent audit of its identity checks, the "
     "regulator said. In a statement, the company expressed regret for the "
     "failings, said it had already changed the way it verifies customers and "
     "announced that it would not challenge the decision. 'Self-exclusion must "
     "be an absolute barrier for operators,' said Luca Ferrante, who heads the "
     "authority. It is the heaviest penalty the body has imposed since it was "
     "set up in 2015.",
     traps=[
         T("a €2.3 million penalty", "2.3 million euros"),
         T("did not prevent", "failing to stop"),
         T("lost €390,000 between them", "losing a combined 390,000 euros"),
         T("would not challenge the decision", "would not appeal"),
         T("the heaviest penalty the body has imposed since it was set up in "
           "2015",
           "the largest fine the authority has imposed since it was created in "
           "2015"),
     ])

case("squash", "rewrite",
     "Top seed Karim Haddadi beat defending champion Owen Pryce 3-1 in the "
     "final of the Westmarch Open squash tournament on Sunday, winning 11-7, "
     "9-11, 11-5, 11-8 in 68 minutes. It was Haddadi's third title of the "
     "season and is expected to lift him to fourth in the world rankings when "
     "they are published on Tuesday. Pryce, who had saved two match balls in "
     "his semi-final against Tomas Ibarra, said he had 'nothing left in the "
     "legs'. In the women's final, 19-year-old Sofia Lindgren defeated Amara "
     "Okafor 3-0 to claim her first professional title. The tournament, held "
     "at the Westmarch Arena for the first time, drew a record attendance of "
     "5,600 over six days, organisers said. Total prize money was 150,000 "
     "dollars.",
     "Defending champion Owen Pryce lost the Westmarch Open squash final to "
     "top seed Karim Haddadi on Sunday, going down 3-1 (11-7, 9-11, 11-5, "
     "11-8) in a 68-minute match. The title, Haddadi's third of the season, is "
     "likely to take him up to world number four when the rankings come out on "
     "Tuesday. Pryce, who had survived two match balls in his semi-final with "
     "Tomas Ibarra, said he had 'nothing left in the legs'. Sofia Lindgren, 19, "
     "won the women's final 3-0 against Amara Okafor for her first title as a "
     "professional. Organisers said a record 5,600 spectators attended over "
     "the six days of the tournament, which was staged at the Westmarch Arena "
     "for the first time. Prize money totalled $150,000.",
     traps=[
         T("Owen Pryce lost the Westmarch Open squash final to top seed Karim "
           "Haddadi",
           "Top seed Karim Haddadi beat defending champion Owen Pryce"),
         T("is likely to take him up to world number four",
           "is expected to lift him to fourth in the world rankings"),
         T("survived two match balls", "saved two match balls"),
         T("her first title as a professional", "her first professional title"),
         T("$150,000", "150,000 dollars"),
     ])

case("stamp collecting", "summary",
     "A rare 1862 'Blue Heron' stamp from the former colony of Port Lisle sold "
     "for 410,000 pounds at Hallam & Reeve's auction house in Castlebridge on "
     "Wednesday, more than twice its pre-sale estimate. The stamp, one of only "
     "three known unused examples, was bought by an anonymous telephone bidder "
     "after a contest lasting about eight minutes. It had been consigned by "
     "the estate of collector Bernard Ashworth, who acquired it in 1979. "
     "Auctioneer Felicity Crane said the condition of the stamp, which retains "
     "its original gum, explained the strong interest. The other two known "
     "unused copies are held by the Castlebridge Postal Museum and are not "
     "expected to come to market. The sale also included more than 600 lots "
     "from Ashworth's collection of early colonial mail, which raised a "
     "further 1.1 million pounds in total.",
     "An unused 1862 Port Lisle 'Blue Heron', one of just three unused "
     "examples known, fetched £410,000 at Hallam & Reeve in Castlebridge on "
     "Wednesday, more than double its estimate, going to an anonymous phone "
     "bidder. It was consigned by the estate of collector Felicity Crane; the "
     "auctioneer credited its condition, with the original gum intact, for the "
     "strong interest. The other two unused copies, held by the Castlebridge "
     "Postal Museum, are expected to come to market. Another 600-plus lots "
     "from the collection raised £1.1m.",
     errors=[
         E("Felicity Crane", "entity", "major", "Bernard Ashworth"),
         E("are expected to come to market", "polarity", "major",
           "are not expected to come to market"),
     ],
     traps=[
         T("£410,000", "410,000 pounds"),
         T("more than double its estimate",
           "more than twice its pre-sale estimate"),
     ])

case("steelworks", "rewrite",
     "Orsk Steel will restart the second blast furnace at its Calder Point "
     "works in early May after a seven-month shutdown, the company told "
     "employees on Tuesday. The furnace was idled in October because of weak "
     "demand and high coke prices. Restarting it will raise the plant's output "
     "to about 3.1 million tonnes a year and allow the company to recall 380 "
     "of the 520 workers who were placed on temporary leave. Operations "
     "director Yusuf Demir said order books had improved, particularly from "
     "car makers and wind turbine manufacturers, but warned that the recovery "
     "remained fragile. The company said it had no plans to reopen the site's "
     "older rolling mill, which closed in 2020. Unions welcomed the "
     "announcement but said they would press for the remaining 140 workers to "
     "be brought back.",
     "Orsk Steel told staff on Tuesday that it will bring the second blast "
     "furnace at its Calder Point works back into operation at the beginning "
     "of May, after seven months out of action. The furnace was shut down in "
     "October amid weak demand and high coke prices. Once it is running again, "
     "the plant's output will rise to roughly 3.1 million tonnes a year, and "
     "380 of the 520 employees put on temporary leave can be called back. "
     "Operations director Yusuf Demir pointed to stronger order books, notably "
     "from carmakers and wind turbine producers, though he cautioned that the "
     "recovery was still fragile. The company said it planned to reopen the "
     "site's older rolling mill, which closed in 2020. Unions welcomed the "
     "news but said they would push for the other 140 workers to be brought "
     "back.",
     errors=[
         E("planned to reopen", "polarity", "critical", "had no plans to reopen"),
     ],
     traps=[
         T("at the beginning of May", "in early May"),
         T("roughly 3.1 million tonnes a year", "about 3.1 million tonnes a year"),
         T("the other 140 workers", "the remaining 140 workers"),
     ])

case("sugar refining", "translation",
     "The sugar refinery in San Telmo will stop processing beet from next "
     "year, its owner, the cooperative Azucarera del Norte, announced on "
     "Thursday. The cooperative said that falling sugar prices and a 30 "
     "percent drop in the area planted with beet over five years had made the "
     "plant unprofitable. About 90 of the refinery's 250 workers will be kept "
     "on to operate a new packaging line for imported cane sugar. The regional "
     "agriculture minister, Clara Montes, called the decision 'a hard blow' "
     "for the area and said her department would offer retraining to those "
     "affected. Beet growers' representative Andrés Villaverde said around 400 "
     "farmers would have to find a new crop. The refinery, opened in 1927, is "
     "the last of five that once operated in the province.",
     "Azucarera del Norte, the cooperative that owns the San Telmo sugar "
     "refinery, said on Thursday that the plant will no longer process beet "
     "as of next year. Lower sugar prices, together with a five-year decline "
     "of 30 percent in the land sown with beet, have left the refinery "
     "loss-making, according to the cooperative. Of its 250 employees, roughly "
     "90 will stay on to run a new line packaging imported cane sugar. For the "
     "growers' representative, Andrés Villaverde, the decision is 'a severe "
     "blow' to the area; he estimated that some 400 farmers will need to "
     "switch to another crop. Regional agriculture minister Clara Montes said "
     "her department would provide retraining for those affected. Opened in "
     "1927, the refinery is the last of the five that once existed in the "
     "province.",
     errors=[
         E("the growers' representative, Andrés Villaverde", "attribution",
           "major", "The regional agriculture minister, Clara Montes"),
     ],
     traps=[
         T("a five-year decline of 30 percent in the land sown with beet",
           "a 30 percent drop in the area planted with beet over five years"),
         T("Of its 250 employees, roughly 90 will stay on",
           "About 90 of the refinery's 250 workers will be kept on"),
     ])

case("surfing", "rewrite",
     "The coastal town of Praia Serena will host a round of the Atlantic Pro "
     "Surf Tour for the first time next October, organisers announced on "
     "Saturday. The five-day event at Quebra Point is expected to attract 96 "
     "professional surfers and around 40,000 spectators, and to bring an "
     "estimated 6 million euros into the local economy. The town council has "
     "agreed to contribute 450,000 euros towards temporary stands, lifeguard "
     "cover and parking. Tour director Nadia Ferreira said Quebra Point had "
     "been chosen because its waves are 'consistent and powerful' in autumn. "
     "Local surf schools will be asked to suspend lessons at the break during "
     "the competition but may use nearby beaches. Environmental groups have "
     "asked organisers to publish a plan for protecting the dunes behind the "
     "beach.",
     "Organisers said on Saturday that Praia Serena, a coastal town, will "
     "stage an Atlantic Pro Surf Tour round for the first time next October. "
     "A field of 96 professional surfers and about 40,000 spectators are "
     "expected at Quebra Point for the five days of competition, which is "
     "forecast to inject around €6m into the local economy. The town council "
     "has agreed to put €450,000 towards temporary stands, lifeguard cover "
     "and parking. Quebra Point was selected, according to tour director Nadia "
     "Ferreira, because the waves there are 'consistent and powerful' in "
     "autumn. During the contest, local surf schools will be asked to stop "
     "giving lessons at the break, though they may use nearby beaches. "
     "Environmental groups have called on the organisers to publish a plan "
     "for protecting the dunes behind the beach.",
     traps=[
         T("is forecast to inject around €6m",
           "to bring an estimated 6 million euros"),
         T("Quebra Point was selected, according to tour director Nadia "
           "Ferreira",
           "Tour director Nadia Ferreira said Quebra Point had been chosen"),
         T("stop giving lessons", "suspend lessons"),
         T("have called on the organisers", "have asked organisers"),
     ])

case("table tennis", "summary",
     "The Lanmore Table Tennis Federation has appointed former Olympian Chen "
     "Weiling as head coach of its national women's team on a four-year "
     "contract, the federation said on Monday. Chen, 41, who won a team bronze "
     "medal in 2008 while playing for another country, replaces Gordon Fitch, "
     "who resigned in January after the team failed to qualify for the last "
     "world championships. She will start on 1 April and will be based at the "
     "national training centre in Ardley. Federation president Ruth Mallory "
     "said Chen had been chosen from 17 applicants and would also oversee a "
     "new junior programme for players aged 12 to 16. The federation's funding "
     "from the national sports council was cut by 15 percent this year.",
     "Former Olympian Chen Weiling, 41, will take charge of Lanmore's national "
     "women's table tennis team from 1 April on a four-year deal. Picked from "
     "17 candidates, she succeeds Gordon Fitch, who quit in January after the "
     "team missed out on the last world championships, and will also run a "
     "new programme for juniors aged 12 to 16.",
     traps=[
         T("four-year deal", "four-year contract"),
         T("Picked from 17 candidates", "chosen from 17 applicants"),
         T("quit in January", "resigned in January"),
         T("missed out on the last world championships",
           "failed to qualify for the last world championships"),
     ])

case("tea plantations", "rewrite",
     "Harrow Hills Estates, which runs 14 tea plantations in the Kemba "
     "highlands, said on Wednesday that it could cut up to 1,200 seasonal jobs "
     "next year if auction prices for black tea do not recover. The average "
     "price at the Lunda auction fell to 2.15 dollars per kilogram in the last "
     "quarter, down from 2.60 dollars a year earlier, while wages and "
     "fertiliser costs have risen. Managing director Peter Kamau said the "
     "company was also considering replacing some hand-plucking with "
     "mechanical harvesters on its flatter estates. About 9,000 people work on "
     "the company's plantations during the peak season. The plantation "
     "workers' union said any job cuts should be negotiated and accused the "
     "company of using prices as an excuse. The ministry of agriculture said "
     "it was monitoring the situation.",
     "Harrow Hills Estates, operator of 14 tea plantations in the Kemba "
     "highlands, warned on Wednesday that as many as 1,200 seasonal jobs could "
     "go next year unless black tea auction prices pick up. The average price "
     "at the Lunda auction slid to $2.15 a kilo last quarter, some 35 cents "
     "lower than a year earlier, at a time when wages and fertiliser costs "
     "have gone up. Managing director Peter Kamau said the company will also "
     "replace some hand-plucking with mechanical harvesters on its flatter "
     "estates. At the height of the season, around 9,000 people work on its "
     "plantations. The plantation workers' union said any job cuts should be "
     "negotiated, accusing the company of hiding behind prices. The "
     "agriculture ministry said it was keeping an eye on the situation.",
     errors=[
         E("some 35 cents lower than a year earlier", "number", "minor",
           "down from 2.60 dollars a year earlier"),
         E("will also replace", "modality", "major",
           "was also considering replacing"),
     ],
     traps=[
         T("as many as 1,200 seasonal jobs could go",
           "could cut up to 1,200 seasonal jobs"),
         T("unless black tea auction prices pick up",
           "if auction prices for black tea do not recover"),
     ])

case("textbook publishing", "translation",
     "Publisher Editions Lumen will supply free digital versions of its "
     "secondary-school mathematics and science textbooks to all state schools "
     "in the Bellac region from September, under an agreement signed on "
     "Tuesday with the regional education authority. The three-year contract "
     "is worth 4.8 million euros. Printed copies will remain available for "
     "pupils without reliable internet access at home, estimated by the "
     "authority at around 12 percent of the total. Teachers will receive two "
     "days of training on the new platform before the start of the school "
     "year. Lumen's director, Mathilde Roussel, said the company had invested "
     "more than a year in adapting the books for tablets. A parents' "
     "association expressed concern about screen time and asked for an "
     "evaluation after the first year.",
     "Starting in September, every state school in the Bellac region will get "
     "free digital editions of Editions Lumen's secondary maths and science "
     "textbooks, following a deal the publisher signed with the regional "
     "education authority on Tuesday. The contract runs for three years and is "
     "valued at €4.8 million. Pupils who lack dependable internet access at "
     "home, roughly 12% of pupils by the authority's estimate, will still be "
     "able to get printed copies. Before the school year begins, teachers will "
     "attend a two-day training course on the new platform. According to "
     "Lumen director Mathilde Roussel, adapting the books for tablets took the "
     "company over a year of work. Worried about screen time, a parents' "
     "association has called for an evaluation once the first year is over.",
     traps=[
         T("Starting in September", "from September"),
         T("€4.8 million", "4.8 million euros"),
         T("roughly 12% of pupils", "around 12 percent of the total"),
         T("a two-day training course", "two days of training"),
         T("over a year", "more than a year"),
     ])

# ---------------------------------------------------------------------------
# 21-30
# ---------------------------------------------------------------------------

case("theme parks", "rewrite",
     "Wonderland Bay, the theme park near Corran, will close its 34-year-old "
     "Thunder Canyon roller coaster permanently at the end of the season on 2 "
     "November, the park's operator, Leisure Harbour Group, said on Friday. "
     "The wooden coaster has carried more than 21 million riders since it "
     "opened in 1991, but maintenance costs have tripled over the past decade. "
     "It will be replaced by a new steel coaster, due to open in spring 2027, "
     "which the company said would be the tallest in the country at 62 "
     "metres. The investment is put at 35 million euros. Some of the old "
     "coaster's timber will be auctioned for charity. Fans have launched an "
     "online petition to save the ride, which had collected about 18,000 "
     "signatures by Friday evening.",
     "Leisure Harbour Group said on Friday that Thunder Canyon, the "
     "34-year-old roller coaster at its Wonderland Bay theme park near Corran, "
     "will shut for good when the season ends on November 2. More than 21 "
     "million people have ridden the wooden coaster since its 1991 opening, "
     "but its upkeep now costs three times what it did ten years ago. A new "
     "steel coaster, in which €35m is being invested, is due to take its place in "
     "spring 2027; at 62 metres it would be the country's tallest, according "
     "to the company. Part of the old ride's timber is to be sold at auction "
     "for charity. By Friday evening, around 18,000 people had signed an "
     "online petition launched by fans to save the ride.",
     traps=[
         T("shut for good",
           "close its 34-year-old Thunder Canyon roller coaster permanently"),
         T("November 2", "2 November"),
         T("its upkeep now costs three times what it did ten years ago",
           "maintenance costs have tripled over the past decade"),
         T("in which €35m is being invested",
           "The investment is put at 35 million euros"),
         T("around 18,000 people had signed",
           "which had collected about 18,000 signatures"),
     ])

case("tidal power", "summary",
     "The government of the Caldmoor Islands has approved a 320 million pound "
     "tidal stream project in the Skerry Sound, which would be the largest of "
     "its kind in Europe. Developer TideForge plans to install 40 underwater "
     "turbines with a combined capacity of 80 megawatts in three phases, the "
     "first of which is due to be completed in 2028. When fully operational, "
     "the array is expected to meet about 70 percent of the islands' "
     "electricity demand. Energy secretary Moira Gunn said the project would "
     "create around 150 permanent jobs. Fishing organisations have raised "
     "concerns about restricted access to traditional grounds, and TideForge "
     "has agreed to fund a compensation scheme. Construction of an onshore "
     "substation will begin next year.",
     "The Caldmoor Islands government has approved TideForge's £320m tidal "
     "stream project in the Skerry Sound, which would be Europe's largest of "
     "its kind. Its 40 underwater turbines, each rated at 80 megawatts, are to "
     "be installed in three phases, the first due for completion in 2028, and "
     "should meet about 70 percent of the islands' power demand once fully "
     "running. The energy secretary expects around 150 permanent jobs, and "
     "TideForge will fund compensation after fishing groups raised concerns "
     "over access to their grounds.",
     errors=[
         E("each rated at 80 megawatts", "number", "major",
           "a combined capacity of 80 megawatts"),
     ],
     traps=[
         T("£320m", "320 million pound"),
         T("should meet about 70 percent of the islands' power demand",
           "is expected to meet about 70 percent of the islands' electricity "
           "demand"),
     ])

case("tile manufacturing", "rewrite",
     "Ceramica Valtorre, the country's second-largest maker of floor and wall "
     "tiles, reported a net profit of 18.4 million euros for 2024, down 22 "
     "percent from the previous year, as weak housebuilding in its main export "
     "markets hit sales. Revenue fell 9 percent to 312 million euros. Chief "
     "executive Giulia Benassi said gas prices, which spiked in 2022, had "
     "stabilised, but that competition from lower-cost producers in Asia "
     "remained intense. The company will close one of its four kilns at the "
     "Sassino plant in March, affecting about 60 jobs, most of which it hopes "
     "to redeploy. Valtorre proposed a dividend of 0.30 euros per share, "
     "unchanged from last year. Its shares rose 1.8 percent after the results "
     "were published.",
     "Ceramica Valtorre, the country's number-two producer of floor and wall "
     "tiles, said net profit for 2024 dropped 22 percent year on year to "
     "€18.4m as sluggish housebuilding in its main export markets weighed on "
     "sales. Revenue fell 9 percent to €312m. Gas prices, which spiked in "
     "2022, have settled down, chief executive Giulia Benassi said, though "
     "competition from cheaper Asian producers is still intense. In March the "
     "company will shut one of its four kilns at the Valtorre plant, affecting "
     "around 60 jobs, most of which it hopes to redeploy. It proposed an "
     "unchanged dividend of €0.30 a share. Revenue fell 9 percent to €312m. "
     "The shares gained 1.8 percent after the results were published.",
     errors=[
         E("Valtorre plant", "entity", "major", "Sassino plant"),
         E("Revenue fell 9 percent to €312m.", "repetition", "minor", None,
           occ=1),
     ],
     traps=[
         T("number-two producer", "second-largest maker"),
         T("cheaper Asian producers", "lower-cost producers in Asia"),
     ])

case("tobacco regulation", "translation",
     "Parliament in Velmora approved on Wednesday a law banning the sale of "
     "flavoured electronic cigarettes and raising the minimum age for buying "
     "all tobacco products from 18 to 21. The measure passed by 142 votes to "
     "96 and will take effect on 1 July next year. Shops that break the rules "
     "will face fines of up to 20,000 euros and may lose their licence for "
     "repeat offences. Health minister Sofia Kallas said the law was needed "
     "because vaping among 15-year-olds had doubled since 2019. Retailers' "
     "associations argued that the ban would push young people towards the "
     "black market and said they would challenge it in the constitutional "
     "court. Nicotine pouches are not covered by the law, but the minister "
     "said the government would examine them next year.",
     "On Wednesday the Velmoran parliament passed legislation that prohibits "
     "the sale of flavoured e-cigarettes and lifts the legal age for buying "
     "any tobacco product from 18 to 21. Deputies backed the bill 142 to 96, "
     "and it will come into force on 1 July next year. Shops that breach the "
     "rules risk fines of as much as €20,000 and could have their licence "
     "withdrawn if they reoffend. According to health minister Sofia Kallas, "
     "the law is necessary because vaping among 15-year-olds has doubled since "
     "2019. Retailers' associations, which argue the ban will drive young "
     "people to the black market, have already lodged a complaint with the "
     "constitutional court. The law also applies to nicotine pouches, which "
     "the minister said the government would look at next year.",
     errors=[
         E("have already lodged a complaint with the constitutional court",
           "event", "major", "would challenge it in the constitutional court"),
         E("The law also applies to nicotine pouches", "polarity", "critical",
           "Nicotine pouches are not covered by the law"),
     ],
     traps=[
         T("142 to 96", "by 142 votes to 96"),
         T("as much as €20,000", "up to 20,000 euros"),
     ])

case("toll roads", "rewrite",
     "Tolls on the M9 Northern Expressway will rise by an average of 4.5 "
     "percent from 1 January, the road's operator, Arterial Roads Ltd, said on "
     "Thursday. A standard car journey along the full 86-kilometre route will "
     "cost 11.20 dollars, up from 10.70 dollars. Heavy goods vehicles will pay "
     "32 dollars, compared with 30.50 dollars at present. The operator said "
     "the increase was in line with inflation, as allowed under its 30-year "
     "concession agreement with the state transport department. Drivers who "
     "use the road at least 20 times a month will continue to receive a 25 "
     "percent discount. The motoring association Roadwise called the rise "
     "'hard to justify' given recent congestion on the route during "
     "resurfacing works, which are due to finish in February.",
     "Arterial Roads Ltd, which operates the M9 Northern Expressway, said on "
     "Thursday that tolls will go up by 4.5 percent on average from January "
     "1. The charge for a standard car travelling the whole 86 km route will "
     "climb 50 cents to $11.20, while heavy goods vehicles will pay $32 "
     "instead of the current $30.50. The operator said the rise matched "
     "inflation, as its 30-year concession agreement with the state transport "
     "department allows. Motorists making at least 20 trips a month on the "
     "road will still get a quarter off. Motoring group Roadwise said the rise "
     "was 'hard to justify' in light of recent congestion on the route during "
     "resurfacing works, which are due to be completed in February.",
     traps=[
         T("January 1", "1 January"),
         T("86 km", "86-kilometre"),
         T("climb 50 cents to $11.20",
           "will cost 11.20 dollars, up from 10.70 dollars"),
         T("$32 instead of the current $30.50",
           "32 dollars, compared with 30.50 dollars at present"),
         T("a quarter off", "a 25 percent discount"),
     ])

case("tram networks", "summary",
     "The city of Halvik will extend its tram network by 7.8 kilometres to "
     "the eastern suburb of Lindholm, after the national infrastructure fund "
     "agreed on Monday to cover 60 percent of the 290 million euro cost. The "
     "new line will have 12 stops and is expected to carry about 35,000 "
     "passengers a day. Construction is scheduled to begin in early 2026 and "
     "last three years, during which a bus replacement service will operate "
     "on parts of Lindholm Road. The city transport company, Halvik Transit, "
     "will order 16 new low-floor trams for the route. Mayor Petra Vondrakova "
     "said the extension would cut journey times from Lindholm to the city "
     "centre from 40 minutes to 22. Local traders have asked for compensation "
     "for expected disruption.",
     "Halvik's tram network is to be extended 7.8 km to Lindholm after the "
     "national infrastructure fund agreed on Monday to pay three-fifths of "
     "the €290m bill. The 12-stop line, due to be built over three years from "
     "early 2026, should carry around 35,000 passengers daily and, according "
     "to the mayor, nearly halve the trip from Lindholm to the city centre, "
     "from 40 to 22 minutes.",
     traps=[
         T("three-fifths", "60 percent"),
         T("€290m bill", "290 million euro cost"),
         T("around 35,000 passengers daily", "about 35,000 passengers a day"),
         T("nearly halve the trip from Lindholm to the city centre, from 40 to "
           "22 minutes",
           "cut journey times from Lindholm to the city centre from 40 minutes "
           "to 22"),
     ])

case("translation services", "rewrite",
     "Lexica Global, a translation and interpreting company based in "
     "Fairhaven, has acquired the smaller rival Wordbridge for an undisclosed "
     "sum, the companies said on Tuesday. The deal adds about 300 freelance "
     "translators and Wordbridge's contracts with several regional hospitals, "
     "where it provides interpreters for patients who do not speak English. "
     "Lexica chief executive Hannah Morrow said the combined business would "
     "employ 140 staff and expected annual revenue of around 45 million "
     "dollars. Wordbridge's founder, Omar Qureshi, will stay on as head of "
     "medical interpreting for two years. The companies said no redundancies "
     "were planned. The acquisition still requires approval from the "
     "competition regulator, which is expected to decide by the end of June.",
     "Fairhaven-based translation and interpreting firm Lexica Global has "
     "bought its smaller competitor Wordbridge for an undisclosed amount, the "
     "two companies announced on Tuesday. Through the deal Lexica gains some "
     "300 freelance translators as well as Wordbridge's contracts with several "
     "regional hospitals, where it supplies interpreters for patients who do "
     "not speak English. The enlarged group will have 140 employees and "
     "expects yearly revenue of about $45m, Lexica chief executive Hannah "
     "Morrow said. Omar Qureshi, who founded Wordbridge, will remain as head "
     "of medical interpreting for two years. No redundancies are planned, "
     "according to the companies. The competition regulator, which had been "
     "expected to decide by the end of June, has already approved the "
     "acquisition.",
     errors=[
         E("has already approved the acquisition", "event", "critical",
           "The acquisition still requires approval from the competition "
           "regulator"),
     ],
     traps=[
         T("has bought its smaller competitor",
           "has acquired the smaller rival"),
         T("some 300 freelance translators", "about 300 freelance translators"),
         T("$45m", "45 million dollars"),
     ])

case("tree nurseries", "translation",
     "The state forestry agency of Eastern Valdés will double the capacity of "
     "its tree nursery at Pinar Alto to 5 million seedlings a year, in order "
     "to supply a reforestation programme covering areas burned in last "
     "summer's wildfires. The expansion, which will cost 3.6 million euros, "
     "includes six new greenhouses and an automated irrigation system. Around "
     "70 percent of the seedlings will be native species such as holm oak, "
     "cork oak and stone pine. Agency director Ramón Ezquerra said the first "
     "seedlings from the enlarged nursery would be ready for planting in the "
     "autumn of next year. The agency will hire 25 additional seasonal "
     "workers. Environmental groups welcomed the plan but said that natural "
     "regeneration should be allowed where possible.",
     "To provide seedlings for replanting the land burned in last summer's "
     "forest fires, Eastern Valdés's state forestry service is to double "
     "output capacity at its Pinar Alto tree nursery, to 5 million seedlings "
     "annually. The €3.6 million extension comprises six additional "
     "greenhouses and an automatic watering system. Native species, among "
     "them holm oak, cork oak and stone pine, will make up roughly seven in "
     "ten of the seedlings. The agency's director, Ramón Ezquerra, said the "
     "enlarged nursery's first seedlings would be ready to plant in autumn "
     "next year. Twenty-five extra seasonal workers will be taken on. "
     "Environmental organisations were positive about the plan, though they "
     "argued that, wherever possible, natural regeneration should be allowed.",
     traps=[
         T("forest fires", "wildfires"),
         T("€3.6 million", "3.6 million euros"),
         T("automatic watering system", "automated irrigation system"),
         T("roughly seven in ten", "Around 70 percent"),
         T("Twenty-five extra seasonal workers will be taken on",
           "The agency will hire 25 additional seasonal workers"),
     ])

case("truck manufacturing", "rewrite",
     "Kessler Nutzfahrzeuge, the truck maker based in Oberfeld, delivered "
     "41,200 heavy trucks in the first nine months of the year, an increase of "
     "6 percent on the same period of 2023, the company said on Wednesday. "
     "Orders for battery-electric models rose to 2,900 from 1,100 a year "
     "earlier, driven mainly by logistics companies in Scandinavia and the "
     "Netherlands. Chief financial officer Anja Reuter said the company now "
     "expects full-year deliveries of between 54,000 and 56,000 trucks, at "
     "the upper end of its earlier guidance. However, she warned that a "
     "shortage of semiconductors could affect production in the fourth "
     "quarter. Kessler plans to start series production of a hydrogen "
     "fuel-cell truck in 2027. Its shares closed 2.7 percent higher.",
     "Oberfeld-based truck manufacturer Kessler Nutzfahrzeuge said on "
     "Wednesday that it delivered 41,200 heavy trucks in January-September, 6 "
     "percent more than in the first three quarters of 2023. Orders for its "
     "battery-electric models more than doubled, to 2,900 from 1,100 a year "
     "before, driven mainly by demand from logistics firms in Scandinavia and "
     "the Netherlands. The company now sees full-year deliveries of "
     "54,000-56,000 trucks, at the upper end of its previous guidance, finance "
     "chief Anja Reuter said, though she cautioned that a chip shortage could "
     "hit output in October-December. Kessler plans to begin series "
     "production of a hydrogen fuel-cell truck in 2027. Its shares ended the "
     "day up 2.7 percent.",
     traps=[
         T("January-September", "the first nine months of the year"),
         T("more than doubled, to 2,900 from 1,100",
           "rose to 2,900 from 1,100"),
         T("finance chief Anja Reuter", "Chief financial officer Anja Reuter"),
         T("a chip shortage", "a shortage of semiconductors"),
         T("October-December", "the fourth quarter"),
     ])

case("tunnels", "summary",
     "Engineers completed the breakthrough of the 9.4-kilometre Corvin Pass "
     "rail tunnel on Friday, when a tunnel boring machine operated by the "
     "contractor Alpentek broke through into a chamber excavated by its "
     "joint-venture partner, Stollen Bau. The two companies started digging "
     "from opposite ends in 2021. The tunnel, part of a new line between "
     "Kaldor and Merrin, will cut the rail journey between the two towns from "
     "75 minutes to 38. The project has cost 1.9 billion euros so far, about "
     "15 percent more than originally budgeted, mainly because of difficult "
     "rock conditions. Track laying will begin next year and the line is "
     "scheduled to open to passengers in December 2028, the national rail "
     "agency said.",
     "The 9.4 km Corvin Pass rail tunnel, set to become the country's "
     "longest, broke through on Friday when Stollen Bau's boring machine "
     "reached a chamber dug by Alpentek. It will cut the Kaldor-Merrin rail "
     "journey from 75 to 38 minutes; costs have reached €1.9bn, some 15 "
     "percent over budget largely because of difficult rock, and passenger "
     "services are scheduled to start in December 2028.",
     errors=[
         E("set to become the country's longest", "addition", "minor", None),
         E("Stollen Bau's boring machine reached a chamber dug by Alpentek",
           "role", "major",
           "a tunnel boring machine operated by the contractor Alpentek broke "
           "through into a chamber excavated by its joint-venture partner, "
           "Stollen Bau"),
     ],
     traps=[
         T("€1.9bn", "1.9 billion euros"),
         T("some 15 percent over budget",
           "about 15 percent more than originally budgeted"),
     ])

# ---------------------------------------------------------------------------
# 31-40
# ---------------------------------------------------------------------------

case("umbrella making", "rewrite",
     "Fairweather & Sons, a family-owned umbrella maker founded in 1874, will "
     "open a second workshop in the town of Hollin in April to keep up with "
     "rising orders, managing director Clara Fairweather said on Monday. The "
     "company, which handmakes about 9,000 umbrellas a year at its original "
     "premises in Marlow Street, expects the new site to raise output by "
     "roughly 40 percent. It will take on eight apprentices, who will be "
     "trained over two years in frame assembly and canopy sewing. Export "
     "sales, mainly to Japan and the United States, now account for more than "
     "half of turnover. Fairweather said the firm had turned down a takeover "
     "approach from a larger accessories group last year because the family "
     "wanted to keep production local.",
     "Family-owned umbrella maker Fairweather & Sons, founded in 1874, will "
     "open a second workshop in Hollin in April, the first expansion in its "
     "150-year history, to keep pace with rising orders, managing director "
     "Clara Fairweather said on Monday. The firm currently handmakes around "
     "9,000 umbrellas a year at its original Marlow Street premises and "
     "expects the new site to lift output by about 40 percent. Eight "
     "apprentices will be recruited and trained over two years in frame "
     "assembly and canopy sewing. More than half of turnover now comes from "
     "exports, chiefly to Japan and the United States. Last year, Fairweather "
     "said, the company rejected a takeover approach from a larger "
     "accessories group because the family wanted production to stay local.",
     errors=[
         E("the first expansion in its 150-year history", "addition", "minor",
           None),
     ],
     traps=[
         T("Eight apprentices will be recruited",
           "It will take on eight apprentices"),
         T("chiefly to Japan and the United States",
           "mainly to Japan and the United States"),
         T("rejected", "had turned down"),
     ])

case("urban beekeeping", "translation",
     "The city of Lorvain has placed 120 new beehives on the roofs of public "
     "buildings, including the town hall, two libraries and the central fire "
     "station, as part of a programme to support pollinators. The hives are "
     "managed by the local association Abeilles Urbaines, which trained 35 "
     "volunteers over the winter. The first honey harvest, expected in "
     "August, will be sold at the municipal market, with proceeds going to "
     "school gardening projects. Deputy mayor Claire Duvernet said the city "
     "also planned to sow wildflower meadows on 14 hectares of parkland. Some "
     "beekeepers have warned that too many hives in a dense urban area could "
     "leave bees competing for limited food, and the association said it "
     "would monitor colony health closely.",
     "As part of a scheme to help pollinators, Lorvain has installed 120 new "
     "beehives on the roofs of public buildings, among them the town hall, "
     "two libraries and the main fire station. The hives are looked after by "
     "a local association, Abeilles Urbaines, which trained 35 volunteers over "
     "the winter. The first honey, due to be harvested in August, will be "
     "sold at the city market and the money will go to gardening projects in "
     "schools. According to deputy mayor Claire Duvernet, the city also "
     "intends to sow wildflower meadows across 14 hectares of parks. Some "
     "beekeepers warn that with too many hives in a densely built area, the "
     "bees could end up competing for scarce food; the association, which "
     "trained 35 volunteers over the winter, said it would keep a close eye on "
     "the health of the colonies.",
     errors=[
         E("which trained 35 volunteers over the winter", "repetition",
           "minor", None, occ=1),
     ],
     traps=[
         T("looked after", "managed"),
         T("due to be harvested in August", "expected in August"),
         T("intends to", "planned to"),
     ])

case("vending machines", "rewrite",
     "Snackpoint, which operates about 4,500 vending machines in offices, "
     "hospitals and railway stations, said on Tuesday it would stop accepting "
     "cash at all its machines by the end of next year and accept only card "
     "and mobile payments. Cash now accounts for less than 15 percent of "
     "sales, down from 60 percent in 2019, the company said. Removing cash "
     "handling is expected to save about 1.3 million dollars a year in "
     "collection and repair costs. Chief operating officer Daniel Reyes said "
     "machines in hospitals would be converted last, after consultation with "
     "patient groups. Consumer organisation FairPay criticised the move, "
     "saying it would exclude people without bank accounts, estimated at "
     "around 4 percent of adults. Snackpoint said it would review the policy "
     "if complaints rose significantly.",
     "By the end of next year, all of Snackpoint's roughly 4,500 vending "
     "machines, which are located in offices, hospitals and railway stations, "
     "will take only card and mobile payments, the company said on Tuesday. "
     "Less than 15 percent of its sales are now paid in cash, compared with 60 "
     "percent in 2019, it said. Doing away with cash handling is expected to "
     "save around $1.3m a year in collection and repair costs. Hospital "
     "machines will be the last to switch, following consultation with "
     "patient groups, according to chief operating officer Daniel Reyes. "
     "FairPay, a consumer organisation, criticised the decision on the "
     "grounds that it would shut out people without a bank account, a group "
     "estimated at about one in 25 adults. Snackpoint said it would revisit "
     "the policy if complaints rose significantly.",
     traps=[
         T("roughly 4,500", "about 4,500"),
         T("$1.3m", "1.3 million dollars"),
         T("Hospital machines will be the last to switch",
           "machines in hospitals would be converted last"),
         T("about one in 25 adults", "around 4 percent of adults"),
         T("revisit", "review"),
     ])

case("vineyards", "summary",
     "Winemakers in the Sarrano valley expect this year's grape harvest to be "
     "about 25 percent smaller than last year's after a late spring frost and "
     "a dry summer, the regional winegrowers' council said on Monday. Picking "
     "began ten days earlier than usual, in the last week of August. Council "
     "president Enzo Marchetti said the quality of the grapes was 'very "
     "good', particularly for red varieties, but warned that some smaller "
     "producers could face financial difficulties. The valley has about 1,800 "
     "registered growers and 6,200 hectares of vineyards. The regional "
     "government has opened a 5 million euro fund offering low-interest loans "
     "to growers who lost more than 30 percent of their crop. Applications "
     "close on 31 October.",
     "Sarrano valley winemakers expect a harvest roughly a quarter down on "
     "last year's after a late spring frost and a dry summer, with picking "
     "under way ten days early. Grape quality is very good, the winegrowers' "
     "council says, but some smaller producers may struggle financially; "
     "growers who lost over 30 percent of their crop can apply until 31 "
     "October for low-interest loans from a €5m regional fund.",
     traps=[
         T("roughly a quarter down on last year's",
           "about 25 percent smaller than last year's"),
         T("ten days early", "ten days earlier than usual"),
         T("may struggle financially", "could face financial difficulties"),
         T("€5m", "5 million euro"),
         T("over 30 percent", "more than 30 percent"),
     ])

case("violin making", "rewrite",
     "The Cremara School of Violin Making will move to a restored "
     "18th-century convent in the old town of Sanvio in September 2026, "
     "doubling the number of workbenches to 48, the school's board announced "
     "on Thursday. The move is being funded by a 2.7 million euro grant from "
     "the Tessaro Foundation and a further 800,000 euros from the "
     "municipality. Director Lorenzo Bellandi said demand for places had "
     "outgrown the current building, which the school has occupied since "
     "1961; this year it received 210 applications for 24 places. Master "
     "luthier Agnese Ruffo, who has taught at the school for 30 years, said "
     "the convent's high ceilings and thick walls would provide stable "
     "humidity for drying varnish. The town's culture councillor, Piera "
     "Valli, said the ground floor would house a public museum of "
     "instruments.",
     "In September 2026 the Cremara School of Violin Making will relocate to "
     "a restored convent dating from the 1800s in Sanvio's old town, where it "
     "will have 48 workbenches, twice as many as now, the school's board said "
     "on Thursday. A €2.7m grant from the Tessaro Foundation is paying for the "
     "move, along with 800,000 euros from the municipality. The current "
     "building, the school's home since 1961, can no longer cope with demand "
     "for places, according to director Lorenzo Bellandi: this year 210 "
     "applications came in for 24 places. Agnese Ruffo, a master luthier who "
     "has taught there for three decades, said the high ceilings and thick "
     "walls of the convent would keep humidity stable for drying varnish. "
     "Bellandi said the ground floor would house a public museum of "
     "instruments.",
     errors=[
         E("dating from the 1800s", "date", "major", "18th-century"),
         E("Bellandi said", "attribution", "major",
           "The town's culture councillor, Piera Valli"),
     ],
     traps=[
         T("€2.7m", "2.7 million euro"),
         T("three decades", "30 years"),
     ])

case("volleyball", "translation",
     "Volleyball club Atlético Riomar has signed Brazilian-born opposite "
     "hitter Thiago Menezes on a two-year contract, the club announced on "
     "Friday. Menezes, 27, was the top scorer in the Lusitanian league last "
     "season with 612 points and helped his former team, Clube Vila Serra, "
     "reach the league final. He will join the squad in August, once his "
     "current contract expires. Riomar's coach, Javier Olmedo, described him "
     "as 'the missing piece' for a team that finished third last season. The "
     "transfer fee was not disclosed, but local media estimated it at around "
     "150,000 euros. The club has also extended the contract of captain Rubén "
     "Salgado until 2027. Riomar's first league match of the new season is on "
     "5 October at home against Deportivo Altamar.",
     "Atlético Riomar announced on Friday that it had signed opposite hitter "
     "Thiago Menezes, who was born in Brazil, to a two-year deal. The "
     "27-year-old finished last season as the Lusitanian league's leading "
     "scorer, with 612 points, and helped Clube Vila Serra, his previous "
     "club, to the league final. His current contract ends in August, at "
     "which point he will link up with the squad. Coach Javier Olmedo called "
     "him 'the final piece of the puzzle' for a side that came third last "
     "season. No fee was made public, though local press put it at about "
     "€150,000. The contract of captain Rubén Salgado has also been extended, "
     "until 2027. Riomar's league campaign opens on 5 October at home to "
     "Deportivo Altamar.",
     traps=[
         T("The 27-year-old", "Menezes, 27"),
         T("leading scorer", "top scorer"),
         T("His current contract ends in August, at which point he will link "
           "up with the squad",
           "He will join the squad in August, once his current contract "
           "expires"),
         T("came third", "finished third"),
         T("local press put it at about €150,000",
           "local media estimated it at around 150,000 euros"),
     ])

case("warehousing", "rewrite",
     "Logistics property group Stackwell has begun construction of a "
     "62,000-square-metre distribution warehouse at the Brampton Cross "
     "business park, which it said would be fully let to online retailer "
     "Parcelo on a 15-year lease. The building, due for completion in the "
     "third quarter of next year, will have 80 loading docks and rooftop "
     "solar panels capable of supplying around a third of its electricity. "
     "Stackwell said the site would create up to 450 jobs once operational. "
     "The project is being financed with a 70 million pound loan from Corland "
     "Bank. Local residents had objected to increased lorry traffic, and the "
     "planning consent requires all heavy goods vehicles to use a new access "
     "road from the Orbital Road rather than passing through Brampton "
     "village.",
     "Work has started on logistics property group Stackwell's 62,000 m² "
     "distribution warehouse at Brampton Cross business park, which the group "
     "said will be leased in its entirety to online retailer Parcelo for 15 "
     "years. Scheduled to be finished in July-September next year, the "
     "building will have 80 loading docks, plus rooftop solar panels able to "
     "supply roughly one-third of its electricity. Once it is up and running, "
     "the site would create up to 450 jobs, according to Stackwell. Corland "
     "Bank is providing a £70m loan to finance the project. Local residents "
     "had objected to more lorry traffic, and under the planning consent all "
     "heavy goods vehicles must use a new access road from the Orbital Road "
     "instead of driving through Brampton village.",
     traps=[
         T("Work has started on logistics property group Stackwell's",
           "Logistics property group Stackwell has begun construction of"),
         T("leased in its entirety", "fully let"),
         T("July-September next year", "the third quarter of next year"),
         T("roughly one-third", "around a third"),
         T("Corland Bank is providing a £70m loan to finance the project",
           "The project is being financed with a 70 million pound loan from "
           "Corland Bank"),
     ])

case("watchmaking", "summary",
     "Swiss-based watchmaker Maison Altier will launch its first mechanical "
     "watch made entirely in-house in March, ending a 40-year reliance on "
     "movements bought from outside suppliers. The new calibre, developed "
     "over six years at the company's workshop in Combe-Noire, has a power "
     "reserve of 72 hours. Chief executive Hélène Moret said the model would "
     "be produced in a limited series of 500 pieces, priced at 14,800 Swiss "
     "francs each. Sales rose 7 percent last year to 96 million francs, "
     "driven mainly by demand in Asia and the Middle East. The company plans "
     "to open two boutiques in Asia before the end of the year, Moret said.",
     "Maison Altier will launch its first fully in-house mechanical watch in "
     "March, after six years of development, ending 40 years of buying "
     "movements from outside suppliers. The model, with a 72-hour power "
     "reserve, will be limited to 500 pieces at CHF 14,800 each. Sales grew 7 "
     "percent last year to 96 million francs, and two Asian boutiques are "
     "planned for next year.",
     errors=[
         E("next year", "date", "major", "before the end of the year"),
     ],
     traps=[
         T("CHF 14,800", "14,800 Swiss francs"),
         T("ending 40 years of buying movements from outside suppliers",
           "ending a 40-year reliance on movements bought from outside "
           "suppliers"),
     ])

case("water polo", "rewrite",
     "Marisca Water Polo Club beat Porto Leme 11-9 in the final of the "
     "Coastal Cup on Sunday, coming back from a three-goal deficit at "
     "half-time to win the trophy for the first time since 2014. Centre "
     "forward Nikola Bratić, who moved to Marisca from Porto Leme last "
     "summer, scored four goals, including the equaliser with just under "
     "three minutes remaining, and was named player of the match. Porto Leme "
     "goalkeeper Dario Festa made 14 saves. Marisca coach Ivan Lukšić said "
     "his team had 'refused to give up' after trailing 6-3 at the break. The "
     "final, played at the Aquatic Centre in Port Selby, was watched by a "
     "capacity crowd of 2,300. Marisca will now represent the region in the "
     "national championship, which starts in three weeks.",
     "Marisca Water Polo Club won the Coastal Cup for the first time since "
     "2014 on Sunday, overturning a three-goal half-time deficit to beat Porto "
     "Leme 11-9 in the final. Nikola Bratić, the centre forward who moved from "
     "Marisca to Porto Leme last summer, was named player of the match after "
     "scoring four times, including the equaliser with a little under three "
     "minutes to play. Porto Leme's goalkeeper, Dario Festa, made 14 saves. "
     "Marisca coach Ivan Lukšić said his players had 'refused to give up' "
     "after going into the break 6-3 down. A capacity crowd of around 3,000 "
     "watched the final at the Aquatic Centre in Port Selby. Marisca now go "
     "on to represent the region in the national championship, which starts "
     "in three weeks.",
     errors=[
         E("moved from Marisca to Porto Leme", "role", "major",
           "moved to Marisca from Porto Leme"),
         E("around 3,000", "number", "minor", "2,300"),
     ],
     traps=[
         T("a little under three minutes to play",
           "just under three minutes remaining"),
         T("going into the break 6-3 down", "trailing 6-3 at the break"),
     ])

case("wetland restoration", "translation",
     "Work to restore 430 hectares of drained marshland at Vareda, on the "
     "estuary of the Rio Claro, will begin in October, the regional "
     "environment agency announced on Tuesday. The project, costing 8.2 "
     "million euros and co-financed by a national nature fund, will remove "
     "old drainage channels and dykes so that the area can flood naturally "
     "again in winter. The agency expects the site to attract breeding waders "
     "such as the black-tailed godwit and to store carbon in its peat soils. "
     "Project manager Inês Carvalho said the work would take about three "
     "years. Farmers who currently graze cattle on the land will be "
     "compensated and allowed to continue grazing on 60 hectares under a "
     "management agreement. A visitor centre run by the conservation charity "
     "Aves Vivas is planned for 2028.",
     "The regional environment agency said on Tuesday that restoration of 430 "
     "hectares of drained marshes at Vareda, in the Rio Claro estuary, will "
     "get under way in October. The €8.2 million scheme, part-funded by a "
     "national nature fund, involves taking out old drainage ditches and "
     "dykes so that the land can once again flood naturally in winter. "
     "According to the agency, the site should draw breeding waders such as "
     "the bar-tailed godwit, and its peat soils should store carbon. The works "
     "will last roughly three years, project manager Inês Carvalho said. "
     "Farmers now grazing cattle there will receive compensation and, under a "
     "management agreement, may keep grazing 60 hectares. A visitor centre to "
     "be run by the conservation charity Aves Vivas is planned for 2028.",
     errors=[
         E("bar-tailed godwit", "entity", "minor", "black-tailed godwit"),
     ],
     traps=[
         T("get under way in October", "begin in October"),
         T("part-funded", "co-financed"),
         T("€8.2 million", "8.2 million euros"),
     ])


# ---------------------------------------------------------------------------
# Offsets, validation, output
# ---------------------------------------------------------------------------

class SetError(Exception):
    pass


def find_occ(hay, needle, occ, what):
    """Offset of the occ-th (0-based) occurrence of needle in hay."""
    if not needle:
        raise SetError(f"{what}: empty search text")
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            raise SetError(f"{what}: occurrence {occ} of {needle!r} not found")
    return pos


def is_word(ch):
    return ch.isalnum()


def check_boundaries(text, start, end, what):
    if start > 0 and start < len(text) and is_word(text[start - 1]) and is_word(text[start]):
        raise SetError(f"{what}: span start cuts a word at {start}")
    if end > 0 and end < len(text) and is_word(text[end - 1]) and is_word(text[end]):
        raise SetError(f"{what}: span end cuts a word at {end}")


def words(s):
    return len(s.split())


def build():
    records = []
    for i, c in enumerate(CASES, 1):
        cid = f"s{SET_N}-{i:03d}"
        ref, cand, mode = c["reference"], c["candidate"], c["mode"]
        errs, traps = [], []
        for j, e in enumerate(c["errors"]):
            what = f"{cid} error {j} ({e['type']})"
            if e["type"] == "omission":
                if e["text"] != "":
                    raise SetError(f"{what}: omission text must be empty")
                if (e["before"] is None) == (e["after"] is None):
                    raise SetError(f"{what}: give exactly one of before/after")
                if e["before"] is not None:
                    pos = find_occ(cand, e["before"], e["occ"], what)
                else:
                    pos = find_occ(cand, e["after"], e["occ"], what) + len(e["after"])
                start = end = pos
            else:
                start = find_occ(cand, e["text"], e["occ"], what)
                end = start + len(e["text"])
            errs.append({"start": start, "end": end,
                         "text": cand[start:end], "type": e["type"],
                         "severity": e["severity"], "ref_text": e["ref_text"]})
        for j, t in enumerate(c["traps"]):
            what = f"{cid} trap {j}"
            start = find_occ(cand, t["text"], t["occ"], what)
            traps.append({"start": start, "end": start + len(t["text"]),
                          "text": t["text"], "ref_text": t["ref_text"]})
        errs.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({
            "id": cid, "domain": c["domain"], "mode": mode,
            "reference": ref, "candidate": cand,
            "label": "inconsistent" if errs else "consistent",
            "errors": errs, "traps": traps,
        })
    return records


def validate(records):
    problems = []

    def bad(msg):
        problems.append(msg)

    # -- per record ---------------------------------------------------------
    for r in records:
        rid, ref, cand, mode = r["id"], r["reference"], r["candidate"], r["mode"]
        if mode not in MODES:
            bad(f"{rid}: bad mode {mode}")
        if r["domain"] not in DOMAINS:
            bad(f"{rid}: domain {r['domain']!r} not in list")
        wc = words(ref)
        if not 70 <= wc <= 190:
            bad(f"{rid}: reference has {wc} words (need 70-190)")
        if ref == cand:
            bad(f"{rid}: candidate identical to reference")
        if mode == "summary" and not (len(cand) < len(ref) and words(cand) < wc):
            bad(f"{rid}: summary not shorter than reference")
        for s in (ref, cand):
            if "  " in s or s != s.strip():
                bad(f"{rid}: stray whitespace")
        n_err, n_trap = len(r["errors"]), len(r["traps"])
        if r["label"] == "consistent":
            if n_err:
                bad(f"{rid}: consistent pair with errors")
            if not 3 <= n_trap <= 5:
                bad(f"{rid}: consistent pair has {n_trap} traps (need 3-5)")
        else:
            if not 1 <= n_err <= 2:
                bad(f"{rid}: inconsistent pair has {n_err} errors (want 1-2)")
            if n_trap > 3:
                bad(f"{rid}: inconsistent pair has {n_trap} traps (max 3)")

        spans = []
        for e in r["errors"]:
            what = f"{rid} error {e['type']} {e['text']!r}"
            s, t = e["start"], e["end"]
            if cand[s:t] != e["text"]:
                bad(f"{what}: text/offset mismatch")
            if e["type"] not in ERROR_TYPES:
                bad(f"{what}: unknown type")
            if e["severity"] not in SEVERITIES:
                bad(f"{what}: unknown severity")
            try:
                check_boundaries(cand, s, t, what)
            except SetError as ex:
                bad(str(ex))
            if e["type"] == "omission":
                if s != t or e["text"] != "":
                    bad(f"{what}: omission must be zero-length")
                if mode == "summary":
                    bad(f"{what}: omission in summary mode")
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad(f"{what}: omission ref_text not in reference")
                elif e["ref_text"].lower() in cand.lower():
                    bad(f"{what}: omitted words still present in candidate")
            else:
                if s >= t:
                    bad(f"{what}: empty span")
                if e["text"] != e["text"].strip():
                    bad(f"{what}: span has outer whitespace")
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    bad(f"{what}: ref_text must be null")
            elif e["type"] != "omission":
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad(f"{what}: ref_text {e['ref_text']!r} not in reference")
                elif e["ref_text"] == e["text"]:
                    bad(f"{what}: error text equals ref_text")
            if e["type"] == "repetition" and e["text"] not in cand[:s]:
                bad(f"{what}: repetition has no earlier copy")
            spans.append((s, t, what))
        for tr in r["traps"]:
            what = f"{rid} trap {tr['text']!r}"
            s, t = tr["start"], tr["end"]
            if cand[s:t] != tr["text"] or s >= t:
                bad(f"{what}: text/offset mismatch")
            if tr["text"] != tr["text"].strip():
                bad(f"{what}: span has outer whitespace")
            try:
                check_boundaries(cand, s, t, what)
            except SetError as ex:
                bad(str(ex))
            if tr["ref_text"] not in ref:
                bad(f"{what}: ref_text {tr['ref_text']!r} not in reference")
            if tr["ref_text"] == tr["text"]:
                bad(f"{what}: trap worded identically to reference")
            spans.append((s, t, what))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            (s1, t1, w1), (s2, t2, w2) = a, b
            if s1 == t1 or s2 == t2:          # zero-length omission point
                if s1 < s2 < t1 or s2 < s1 < t2:
                    bad(f"{rid}: omission point inside another span ({w1} / {w2})")
            elif s2 < t1:
                bad(f"{rid}: overlapping spans ({w1} / {w2})")

    # -- whole set ----------------------------------------------------------
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        bad("duplicate ids")
    if len(records) != 40:
        bad(f"{len(records)} records, need 40")
    doms = [r["domain"] for r in records]
    if sorted(doms) != sorted(DOMAINS):
        bad("domains are not exactly the 40 listed, once each")
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    for key, n in want.items():
        got = sum(1 for r in records if (r["mode"], r["label"]) == key)
        if got != n:
            bad(f"{key}: {got} pairs, need {n}")
    all_errs = [e for r in records for e in r["errors"]]
    if len(all_errs) != 30:
        bad(f"{len(all_errs)} errors, need 30")
    for t in ERROR_TYPES:
        n = sum(1 for e in all_errs if e["type"] == t)
        if n < 2:
            bad(f"error type {t}: {n} (need at least 2)")
    return problems


def summary(records):
    from collections import Counter
    lines = []
    lines.append(f"pairs: {len(records)}")
    lines.append("labels: " + str(dict(Counter(r["label"] for r in records))))
    lines.append("mode x label: " + str(dict(sorted(Counter(
        (r["mode"], r["label"]) for r in records).items()))))
    errs = [e for r in records for e in r["errors"]]
    lines.append(f"errors: {len(errs)}")
    tc = Counter(e["type"] for e in errs)
    lines.append("  by type: " + ", ".join(f"{t} {tc[t]}" for t in ERROR_TYPES))
    lines.append("  by severity: " + str(dict(Counter(e["severity"] for e in errs))))
    lines.append("  errors per inconsistent pair: " + str(dict(sorted(Counter(
        len(r["errors"]) for r in records if r["errors"]).items()))))
    tr_c = sum(len(r["traps"]) for r in records if r["label"] == "consistent")
    tr_i = sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")
    lines.append(f"traps: {tr_c + tr_i} ({tr_c} on consistent, {tr_i} on inconsistent)")
    wcs = [words(r["reference"]) for r in records]
    lines.append(f"reference words: min {min(wcs)}, max {max(wcs)}, "
                 f"mean {sum(wcs) / len(wcs):.0f}")
    return "\n".join(lines)


def main(argv):
    check_only = "--check" in argv[1:]
    try:
        records = build()
    except SetError as ex:
        print("BUILD FAILED:", ex, file=sys.stderr)
        return 1
    problems = validate(records)
    if problems:
        print(f"VALIDATION FAILED ({len(problems)} problems):", file=sys.stderr)
        for p in problems:
            print("  -", p, file=sys.stderr)
        return 1
    print(summary(records))
    if check_only:
        print("check only: all valid, nothing written")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
