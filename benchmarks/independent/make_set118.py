#!/usr/bin/env python3
"""Held-out evaluation set 118 for a reference-vs-candidate fact-comparison tool.

How it was made
---------------
Every pair below was written by hand by a helper session that saw no code, data
or benchmark of the project; it worked only from a written brief.  All people,
companies, organisations, places and figures are invented (real countries appear
only as background).  The texts imitate news / agency / corporate / official
register.  No offsets are typed by hand: this script finds every span by string
search (with an occurrence index where a quoted text repeats), validates the
whole set and writes set118.jsonl next to itself.

    python3 make_set118.py           # validate and write set118.jsonl
    python3 make_set118.py --check   # validate only, write nothing

Composition
-----------
* 40 pairs, one domain each (40 different domains): 20 consistent, 20 inconsistent.
* Modes: 20 rewrite (10 consistent / 10 inconsistent), 10 summary (5 / 5),
  10 translation (5 / 5; both sides are independent English translations of the
  same non-English story).
* 30 annotated errors: entity 3, number 3, date 3, role 3, polarity 3,
  modality 3, event 3, omission 3, attribution 2, addition 2, repetition 2.
  10 inconsistent pairs carry one error, 10 carry two.  Omissions occur only in
  rewrite and translation pairs.
* Traps (faithful rewordings a naive checker might flag): 3-5 in every
  consistent pair, 1-3 in every inconsistent pair.
* References are 70-190 words; every summary is shorter than its reference.

Record format (one JSON object per line): id, domain, mode, reference,
candidate, label, errors[{start,end,text,type,severity,ref_text}],
traps[{start,end,text,ref_text}].  Offsets are Python str offsets into the
candidate, [start, end).
"""

import json
import os
import sys

N = 118
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set118.jsonl")

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}

DOMAINS = [
    "yurt campsite permit", "telescope mirror crack", "maple syrup cartel fine",
    "solar farm glare complaint", "ropeworks heritage site", "brandy tax ruling",
    "gumdrop recall", "jetty repair tender", "kimchi fermentation recall",
    "rowing lake drainage", "mushroom farm ammonia leak", "skate park noise curfew",
    "artichoke cooperative", "mahjong parlour raid", "aqueduct leak",
    "sauerkraut festival", "zeppelin hangar listing", "oyster bed norovirus",
    "cello theft from train", "gherkin pickling plant", "pager network shutdown",
    "tiddlywinks congress", "payphone removal", "snow leopard cub birth",
    "stone wall rebuilding grant", "bowling alley asbestos", "cognac cask theft",
    "croissant price dispute", "coal barge sinking", "truck weighbridge fraud",
    "laundrette energy bill", "raclette cheese shortage", "xylophone recall",
    "marbles tournament", "bagatelle table sale", "gelato maker award",
    "tequila agave theft", "piano tuner shortage", "skittles alley closure",
    "tortilla factory wage dispute",
]


# ---------------------------------------------------------------- helpers
def E(text, etype, severity, ref_text, occ=0):
    """An error span quoted from the candidate."""
    return {"text": text, "type": etype, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def OM(anchor, ref_text, severity, side="after", occ=0):
    """An omission: zero-width point just after (or before) `anchor`."""
    return {"text": "", "type": "omission", "severity": severity,
            "ref_text": ref_text, "anchor": anchor, "side": side, "occ": occ}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording of `ref_text`."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


def C(domain, mode, reference, candidate, errors=(), traps=()):
    return {"domain": domain, "mode": mode, "reference": reference,
            "candidate": candidate, "errors": list(errors), "traps": list(traps)}


# ---------------------------------------------------------------- the cases
CASES = [
    # 1 ------------------------------------------------------------------
    C("yurt campsite permit", "rewrite",
      "The Harrowfield District Council has granted a temporary permit allowing "
      "Brackenlea Outdoor Ltd to operate a 14-yurt campsite on farmland near the "
      "village of Ostlecombe. The permit, approved by the planning committee on "
      "3 March by six votes to two, runs for three years and limits occupancy to "
      "56 guests at any one time. Campfires will be prohibited between October and "
      "April, and the operator must install a sealed wastewater tank before the "
      "first guests arrive. Brackenlea's managing director, Corin Maddox, said the "
      "company expected to open the site in late May. Two neighbouring landowners "
      "had objected, citing increased traffic on the single-track lane that serves "
      "the farm.",
      "Brackenlea Outdoor Ltd has been given a temporary permit by Harrowfield "
      "District Council to run a campsite of 14 yurts on farmland close to the "
      "village of Ostlecombe. Councillors on the planning committee backed the "
      "application 6-2 on 3 March. The permit lasts three years and caps the number "
      "of guests on site at any one time at 56. A ban on campfires will apply from "
      "October through April, and a sealed wastewater tank has to be fitted before "
      "the first visitors arrive. The company expects to open the site in late May, "
      "managing director Corin Maddox said. Two neighbouring landowners objected to "
      "the scheme, citing extra traffic on the single-track lane leading to the farm.",
      traps=[
          T("a campsite of 14 yurts", "a 14-yurt campsite"),
          T("6-2", "six votes to two"),
          T("caps the number of guests on site at any one time at 56",
            "limits occupancy to 56 guests at any one time"),
          T("from October through April", "between October and April"),
          T("the single-track lane leading to the farm",
            "the single-track lane that serves the farm"),
      ]),

    # 2 ------------------------------------------------------------------
    C("telescope mirror crack", "rewrite",
      "Engineers at the Karrow Ridge Observatory have found a hairline crack in the "
      "3.6-metre primary mirror of its largest telescope, the observatory said on "
      "Thursday. The crack, about 40 centimetres long, was spotted during routine "
      "recoating work and appears to run along the outer edge of the glass. "
      "Observations with the instrument have been suspended while specialists "
      "assess whether the mirror can be repaired on site. Director Halina Ostrowska "
      "said a replacement blank would cost an estimated €9 million and take up to "
      "four years to cast and polish. Scheduled observing time for about 30 external "
      "research teams will be reallocated to the observatory's two smaller "
      "telescopes where possible.",
      "A hairline crack has been discovered in the 3.6-metre main mirror of the "
      "Karrow Ridge Observatory's biggest telescope, the observatory announced on "
      "Thursday. Found during routine recoating, the crack measures roughly 40cm and "
      "seems to follow the outer rim of the glass. The telescope has been taken out "
      "of service while experts determine whether the mirror can be fixed where it "
      "is. According to director Halina Ostrowska, casting and polishing a "
      "replacement blank would take as long as four years and cost around €9 "
      "million. Observing time booked by some 36 outside research groups will be "
      "shifted to the observatory's two smaller telescopes.",
      errors=[
          E("36", "number", "minor", "30"),
          OM("the observatory's two smaller telescopes", "where possible", "major"),
      ],
      traps=[
          T("roughly 40cm", "about 40 centimetres"),
          T("fixed where it is", "repaired on site"),
          T("as long as four years", "up to four years"),
      ]),

    # 3 ------------------------------------------------------------------
    C("maple syrup cartel fine", "rewrite",
      "The Competition Tribunal of the province has fined four maple syrup packers a "
      "combined C$18.4 million for fixing wholesale prices between 2019 and 2022. The "
      "largest penalty, C$7.2 million, was imposed on Sugarbush Valley Packers, which "
      "the tribunal described as the organiser of the cartel. The other three "
      "companies - Tamarack Gold, Northbend Syrups and Ferrier & Daughters - received "
      "fines ranging from C$2.9 million to C$4.6 million. A fifth packer, Lindqvist "
      "Farms, was granted immunity after it reported the arrangement to investigators "
      "in 2023. The firms have 30 days to appeal. In a statement, Sugarbush Valley "
      "said it was reviewing the decision and disputed the tribunal's findings on its "
      "role.",
      "Four maple syrup packers must pay a total of C$18.4 million after the "
      "provincial Competition Tribunal found they had rigged wholesale prices from "
      "2019 to 2022. Sugarbush Valley Packers, identified by the tribunal as the "
      "ringleader, was hit with the biggest fine, C$7.2 million. Penalties of between "
      "C$2.9 million and C$4.6 million went to Tamarack Gold, Northbend Syrups and "
      "Ferrier & Daughters. Lindqvist Farms, a fifth packer, was given immunity after "
      "alerting investigators to the arrangement in 2023. The firms can lodge an "
      "appeal within 30 days. Sugarbush Valley said in a statement that it was "
      "studying the ruling and contested the tribunal's account of its role.",
      traps=[
          T("a total of C$18.4 million", "a combined C$18.4 million"),
          T("rigged wholesale prices", "fixing wholesale prices"),
          T("from 2019 to 2022", "between 2019 and 2022"),
          T("ringleader", "the organiser of the cartel"),
          T("contested the tribunal's account of its role",
            "disputed the tribunal's findings on its role"),
      ]),

    # 4 ------------------------------------------------------------------
    C("solar farm glare complaint", "rewrite",
      "A complaint by Westmarden Gliding Club about glare from the nearby Pellow "
      "Solar Farm has been upheld by the county's environmental ombudsman. Club "
      "pilots said reflections from the farm's 48,000 panels had dazzled them on "
      "approach to the airfield on at least nine occasions last summer. The "
      "ombudsman, Rhiannon Tapsell, ordered the operator, Pellow Energy, to fit "
      "anti-reflective screening along the eastern boundary within six months. "
      "Pellow Energy, which bought the site from Sunvane Renewables in 2021, said it "
      "would comply, but noted that an independent glint study commissioned by the "
      "club had found no risk during the winter months. The club's chairman, "
      "Desmond Ayre, welcomed the ruling.",
      "The county's environmental ombudsman has upheld a complaint from Westmarden "
      "Gliding Club about glare from the nearby Pellow Solar Farm. According to club "
      "pilots, sunlight reflected off the farm's 48,000 panels had dazzled them as "
      "they approached the airfield at least nine times last summer. Ombudsman "
      "Rhiannon Tapsell gave the operator, Pellow Energy, six months to install "
      "anti-reflective screening along the eastern boundary. Pellow Energy, which "
      "sold the site to Sunvane Renewables in 2021, said it would do so, while "
      "pointing out that an independent glint study paid for by the club had "
      "identified no risk in winter. Club chairman Desmond Ayre welcomed the decision.",
      errors=[
          E("Pellow Energy, which sold the site to Sunvane Renewables", "role",
            "major", "Pellow Energy, which bought the site from Sunvane Renewables"),
      ],
      traps=[
          T("at least nine times", "on at least nine occasions"),
          T("paid for by the club", "commissioned by the club"),
          T("identified no risk in winter", "found no risk during the winter months"),
      ]),

    # 5 ------------------------------------------------------------------
    C("ropeworks heritage site", "rewrite",
      "The former Brannock Quay ropeworks, where ships' rigging was made for more "
      "than two centuries, is to become a protected heritage site, the national "
      "heritage agency announced on Monday. The 380-metre rope walk, built in 1761, "
      "is thought to be one of the longest surviving examples in Europe. Listing will "
      "prevent demolition or major alteration without the agency's consent. The "
      "site's owner, Halberd Property Group, had planned to convert part of the "
      "complex into apartments and said it would now revise the proposals. Local "
      "campaigners, who collected more than 12,000 signatures in support of "
      "protection, said the decision had come 'just in time'. The agency said it "
      "would work with the owner on a maintenance plan.",
      "On Monday the national heritage agency announced that the old Brannock Quay "
      "ropeworks will be given protected heritage status. Ships' rigging was produced "
      "there for over 200 years, and its rope walk - 380 metres long and dating from "
      "1761 - is believed to be among the longest still standing in Europe. Once the "
      "site is listed, it cannot be demolished or substantially altered unless the "
      "agency agrees. Halberd Property Group, which owns the complex, had intended to "
      "turn part of it into flats and said it would now rework its plans. Campaigners "
      "in the area, whose petition for protection gathered upwards of 12,000 "
      "signatures, said the decision had come 'just in time'. The agency said it "
      "would work on a maintenance plan together with the owner.",
      traps=[
          T("over 200 years", "more than two centuries"),
          T("is believed to be among the longest still standing in Europe",
            "is thought to be one of the longest surviving examples in Europe"),
          T("unless the agency agrees", "without the agency's consent"),
          T("flats", "apartments"),
          T("upwards of 12,000 signatures", "more than 12,000 signatures"),
      ]),

    # 6 ------------------------------------------------------------------
    C("brandy tax ruling", "rewrite",
      "The Supreme Administrative Court has ruled that fruit brandies aged in oak for "
      "less than two years must be taxed at the standard spirits rate rather than the "
      "reduced craft rate. The decision ends a four-year dispute between the revenue "
      "service and the Orchard Distillers' Association, which represents about 140 "
      "small producers. The association's president, Tomas Vrabel, said members "
      "could face back-tax bills totalling around 6 million crowns and warned that "
      "some distilleries might close. The finance ministry said it would consider "
      "transitional relief for the smallest producers but made no commitment. The "
      "ruling cannot be appealed.",
      "Fruit brandies that have spent under two years in oak must be taxed at the "
      "standard rate for spirits, not the lower craft rate, the Supreme "
      "Administrative Court has ruled. The judgment brings to an end a four-year "
      "battle between the revenue service and the Orchard Distillers' Association, "
      "which speaks for roughly 140 small producers. Members could be hit with "
      "back-tax bills of some 6 million crowns in total, and some distilleries might "
      "close, the revenue service warned. The finance ministry has promised "
      "transitional relief for the smallest producers. No appeal against the ruling "
      "is possible.",
      errors=[
          E("the revenue service warned", "attribution", "major",
            "The association's president, Tomas Vrabel"),
          E("has promised", "modality", "major", "would consider"),
      ],
      traps=[
          T("under two years", "less than two years"),
          T("speaks for roughly 140 small producers", "represents about 140 small producers"),
          T("No appeal against the ruling is possible", "The ruling cannot be appealed"),
      ]),

    # 7 ------------------------------------------------------------------
    C("gumdrop recall", "rewrite",
      "Confectioner Bellamy & Frye is recalling three batches of its Orchard Gems "
      "gumdrops after a supplier error meant some bags may contain traces of peanut "
      "that are not declared on the label. The affected 200-gram bags carry "
      "best-before dates of 14, 15 and 16 November 2025 and were sold through "
      "supermarkets in the northern region. The company said no illnesses had been "
      "reported. The Food Standards Office advised people with a peanut allergy not "
      "to eat the product and to return it to the store for a full refund. Other "
      "Bellamy & Frye products are not affected, the company said.",
      "Bags of Orchard Gems gumdrops from three batches are being recalled by Bellamy "
      "& Frye because, following a mistake by a supplier, some of them may contain "
      "undeclared traces of peanut. The recall covers 200g bags with best-before "
      "dates from 14 to 16 November 2025, sold through supermarkets in the northern "
      "region. No one has been reported ill, according to the confectioner. People "
      "with a peanut allergy should not eat the gumdrops and should take them back to "
      "the shop for a full refund, the Food Standards Office advised. The company "
      "said the rest of its range was unaffected.",
      traps=[
          T("undeclared traces of peanut", "traces of peanut that are not declared on the label"),
          T("200g", "200-gram"),
          T("best-before dates from 14 to 16 November 2025",
            "best-before dates of 14, 15 and 16 November 2025"),
          T("No one has been reported ill", "no illnesses had been reported"),
          T("the rest of its range was unaffected",
            "Other Bellamy & Frye products are not affected"),
      ]),

    # 8 ------------------------------------------------------------------
    C("jetty repair tender", "rewrite",
      "Port Allary Harbour Authority has opened a tender for the repair of its "
      "storm-damaged north jetty, with bids due by 5pm on 28 February. The contract, "
      "valued at up to £3.1 million, covers replacing 22 timber piles, resurfacing "
      "the deck and installing new mooring bollards. Work is expected to start in May "
      "and must be completed before the summer ferry timetable begins on 1 July. The "
      "jetty has been closed to vessels since a storm on 9 December damaged its outer "
      "section. Harbour master Niamh Corrigan said the authority would give "
      "preference to bids that reused sound timber from the existing structure.",
      "Port Allary Harbour Authority has put the repair of its storm-damaged north "
      "jetty out to tender, and bids must arrive by 5pm on 28 February. The contract "
      "is worth up to £3.1 million and includes replacing 22 timber piles, "
      "resurfacing the deck and fitting new mooring bollards. Work is likely to begin "
      "in May and has to be finished by 1 June, when the summer ferry timetable "
      "starts. Vessels have been barred from the jetty since its outer section was "
      "damaged in a storm on 9 December. Harbour master Niamh Corrigan said bids that "
      "reuse sound timber from the existing structure would be favoured. The "
      "contract is worth up to £3.1 million.",
      errors=[
          E("1 June", "date", "major", "1 July"),
          E("The contract is worth up to £3.1 million", "repetition", "minor", None, occ=1),
      ],
      traps=[
          T("Work is likely to begin in May", "Work is expected to start in May"),
          T("Vessels have been barred from the jetty", "The jetty has been closed to vessels"),
          T("would be favoured", "would give preference to bids"),
      ]),

    # 9 ------------------------------------------------------------------
    C("kimchi fermentation recall", "rewrite",
      "Seoraebol Foods has recalled about 8,500 jars of its Mountain Kimchi after "
      "customers reported lids bulging and, in some cases, bursting open. The company "
      "said continued fermentation after packing had produced excess gas because a "
      "batch of cabbage was not chilled quickly enough at its Dunhollow plant. The "
      "recall covers 500-gram jars with lot numbers beginning 'MK24' sold between 2 "
      "and 19 September. No injuries have been confirmed, although two customers "
      "reported minor cuts from broken glass, the company said. Customers are advised "
      "to place affected jars in a sealed bag before returning them, and not to open "
      "them.",
      "Around 8,500 jars of Mountain Kimchi have been recalled by Seoraebol Foods "
      "following complaints that lids were swelling and sometimes bursting open. "
      "According to the company, a batch of cabbage at its Dunhollow plant was not "
      "cooled fast enough, so the kimchi kept fermenting after it was packed and gave "
      "off too much gas. The recall applies to 500g jars sold from 2 to 19 September "
      "whose lot numbers start with 'MK24'. Two customers have reported minor cuts "
      "from broken glass, but no injuries have been confirmed, the company said. "
      "Customers should not open the affected jars and are asked to seal them in a "
      "bag before returning them.",
      traps=[
          T("Around 8,500 jars", "about 8,500 jars"),
          T("swelling", "bulging"),
          T("was not cooled fast enough", "was not chilled quickly enough"),
          T("sold from 2 to 19 September", "sold between 2 and 19 September"),
          T("start with 'MK24'", "beginning 'MK24'"),
      ]),

    # 10 -----------------------------------------------------------------
    C("rowing lake drainage", "rewrite",
      "The Fennmarsh Water rowing lake will be partially drained this autumn so that "
      "engineers can inspect a leaking outflow culvert, the Fennmarsh Regional Parks "
      "Trust said. Water levels will be lowered by about 1.5 metres over three weeks "
      "starting on 6 October. The trust said the lake would remain open for training "
      "on the main 2,000-metre course, but the warm-up lane would be closed. Fish "
      "will not be relocated, as ecologists judged the reduced depth to be safe for "
      "them. Fennmarsh Rowing Club said the timing was inconvenient but accepted that "
      "the repair could not wait until winter.",
      "Fennmarsh Water rowing lake is to be partly drained this autumn to let "
      "engineers examine a leaking outflow culvert, according to the Fennmarsh "
      "Regional Parks Trust. Starting on 6 October, the water will be brought down by "
      "roughly 1.5 metres over a three-week period. The trust said training would not "
      "be possible on the main 2,000-metre course, and the warm-up lane would also be "
      "closed. Ecologists have concluded that the shallower water poses no danger to "
      "fish, so they will be left in place. Fennmarsh Rowing Club described the "
      "timing as inconvenient but accepted that the repair could not be put off "
      "until winter.",
      errors=[
          E("training would not be possible on the main 2,000-metre course",
            "polarity", "major",
            "the lake would remain open for training on the main 2,000-metre course"),
      ],
      traps=[
          T("roughly 1.5 metres over a three-week period", "about 1.5 metres over three weeks"),
          T("they will be left in place", "Fish will not be relocated"),
          T("could not be put off until winter", "could not wait until winter"),
      ]),

    # 11 -----------------------------------------------------------------
    C("mushroom farm ammonia leak", "rewrite",
      "Around 60 residents of Brelling were told to keep windows and doors closed for "
      "several hours on Saturday after an ammonia leak at the Greymantle Mushroom "
      "Farm. The leak came from a refrigeration unit in the farm's packing shed and "
      "was detected by sensors at about 6.40am, the fire service said. Three workers "
      "were treated at the scene for eye irritation; none needed hospital treatment. "
      "Engineers isolated the unit by 9.15am and the advice to residents was lifted "
      "shortly after midday. The Environment Directorate said it had opened an "
      "investigation. Greymantle's owner, Maren Holt, apologised to neighbours and "
      "said the refrigeration system had passed an inspection in March.",
      "An ammonia leak at the Greymantle Mushroom Farm on Saturday led to about 60 "
      "people in Brelling being told to keep their windows and doors shut for "
      "several hours. According to the fire service, sensors picked up the leak, "
      "from a refrigeration unit in the packing shed, at around 6.40am. Three "
      "workers received treatment on site for irritated eyes, but none had to go to "
      "hospital. The unit had been isolated by engineers by 9.15am, and residents "
      "were given the all-clear not long after 12pm. An investigation has been "
      "launched by the Environment Directorate. Owner Maren Holt apologised to "
      "neighbours, saying the refrigeration system had passed an inspection in March.",
      traps=[
          T("received treatment on site for irritated eyes",
            "were treated at the scene for eye irritation"),
          T("none had to go to hospital", "none needed hospital treatment"),
          T("The unit had been isolated by engineers", "Engineers isolated the unit"),
          T("residents were given the all-clear", "the advice to residents was lifted"),
          T("not long after 12pm", "shortly after midday"),
      ]),

    # 12 -----------------------------------------------------------------
    C("skate park noise curfew", "rewrite",
      "Skaters at Lindwell Green skate park will have to leave by 8pm on weekdays "
      "under a noise curfew approved by Lindwell Town Council on Tuesday. At weekends "
      "the park will stay open until 9pm. The curfew follows 47 complaints from "
      "residents of Orchard Row, whose gardens back onto the park, over the past "
      "year. Councillors also agreed to spend £18,000 on an acoustic fence along the "
      "park's northern edge. The skate park's users' group, Lindwell Wheels, said it "
      "was disappointed but would work with the council to make sure the rules were "
      "respected. The curfew will be reviewed after six months.",
      "Lindwell Town Council on Tuesday approved a noise curfew that will require "
      "skaters to leave Lindwell Green skate park by 8pm from Monday to Friday and by "
      "10pm at weekends. The curfew comes after residents of Orchard Row, whose "
      "gardens back onto the park, lodged 47 complaints over the last 12 months. "
      "Councillors also agreed to pay £18,000 for an acoustic fence along the "
      "northern side of the park. Lindwell Wheels, which represents the park's users, "
      "said it was disappointed but would help the council make sure the rules were "
      "followed. The curfew will be reviewed in six months' time.",
      errors=[
          E("10pm", "date", "major", "9pm"),
      ],
      traps=[
          T("from Monday to Friday", "on weekdays"),
          T("the last 12 months", "the past year"),
          T("which represents the park's users", "The skate park's users' group"),
      ]),

    # 13 -----------------------------------------------------------------
    C("artichoke cooperative", "rewrite",
      "Growers in the Serrallo valley have formed the region's first artichoke "
      "cooperative, pooling their harvests to negotiate better prices with "
      "supermarket chains. The Valle Verde Artichoke Cooperative has 34 founding "
      "members who together farm about 410 hectares. Its chair, Inés Barral, said "
      "members had previously sold individually to wholesalers and often received "
      "less than half the retail price. The cooperative will open a shared packing "
      "and cold-storage centre in the town of Almarra next spring, funded partly by "
      "a regional development grant of €650,000. Members will pay an annual fee based "
      "on the area they cultivate.",
      "The region's first artichoke cooperative has been set up by growers in the "
      "Serrallo valley, who will combine their harvests in order to bargain for "
      "higher prices from supermarket chains. Between them, the 34 founding members "
      "of the Valle Verde Artichoke Cooperative farm roughly 410 hectares. Until now, "
      "members sold on their own to wholesalers and frequently got under 50% of the "
      "retail price, chair Inés Barral said. Next spring the cooperative will open a "
      "joint packing and cold-storage centre in Almarra, with part of the cost met by "
      "a €650,000 regional development grant. Each member's yearly fee will depend on "
      "how much land they cultivate.",
      traps=[
          T("bargain for higher prices", "negotiate better prices"),
          T("roughly 410 hectares", "about 410 hectares"),
          T("under 50% of the retail price", "less than half the retail price"),
          T("with part of the cost met by a €650,000 regional development grant",
            "funded partly by a regional development grant of €650,000"),
          T("Each member's yearly fee", "an annual fee"),
      ]),

    # 14 -----------------------------------------------------------------
    C("mahjong parlour raid", "rewrite",
      "Police raided the Golden Tile mahjong parlour on Carver Street late on Friday, "
      "arresting the manager on suspicion of running an unlicensed gambling "
      "operation. Officers seized about 23,000 dollars in cash and eight automatic "
      "mahjong tables, the Eastmarsh Police Department said. Forty-one customers were "
      "questioned at the scene and released without charge. The department said the "
      "raid followed a six-month investigation prompted by complaints from "
      "neighbouring businesses. The manager, a 52-year-old woman, has been released "
      "on bail pending further inquiries. The parlour's licence to operate as a "
      "social club was suspended on Saturday by the city's licensing board.",
      "The manager of the Golden Tile mahjong parlour on Carter Street was arrested on "
      "suspicion of running an unlicensed gambling business when police raided the "
      "premises late on Friday. According to the Eastmarsh Police Department, "
      "officers confiscated roughly $23,000 in cash along with eight automatic "
      "mahjong tables. The 41 customers present were questioned and released with no "
      "charges. The raid came at the end of a six-month investigation launched after "
      "neighbouring businesses complained, the department said. The manager, a "
      "52-year-old woman who has run the parlour for a decade, is on bail while "
      "inquiries continue. On Saturday the city's licensing board suspended the "
      "parlour's licence to operate as a social club.",
      errors=[
          E("Carter Street", "entity", "minor", "Carver Street"),
          E("who has run the parlour for a decade", "addition", "minor", None),
      ],
      traps=[
          T("roughly $23,000", "about 23,000 dollars"),
          T("released with no charges", "released without charge"),
          T("is on bail while inquiries continue",
            "has been released on bail pending further inquiries"),
      ]),

    # 15 -----------------------------------------------------------------
    C("aqueduct leak", "rewrite",
      "A leak in the 19th-century Thornavel Aqueduct, which carries the Maddle Canal "
      "over the River Wendle, has forced the closure of a 6-kilometre stretch of the "
      "canal to boats. The Waterways Board said engineers discovered water seeping "
      "through the masonry of the aqueduct's central arch on Wednesday morning. The "
      "affected section was drained overnight as a precaution, and around 30 boats "
      "are currently unable to pass. The board said it did not yet know how long "
      "repairs would take but hoped to reopen the stretch before the Easter holidays. "
      "The towpath remains open to walkers and cyclists, although the path across "
      "the aqueduct itself is closed.",
      "Boats cannot use a 6km section of the Maddle Canal after a leak was found in "
      "the Thornavel Aqueduct, the 19th-century structure that takes the canal across "
      "the River Wendle. Engineers spotted water seeping through the stonework of the "
      "central arch on Wednesday morning, according to the Waterways Board. As a "
      "precautionary measure, the section was emptied overnight; about 30 boats are "
      "currently unable to get through. The board said it could not yet say how long "
      "the repairs would take, but it hoped the stretch would reopen before the "
      "Easter holidays. Walkers and cyclists can still use the towpath, except for "
      "the part that crosses the aqueduct, which has been closed.",
      traps=[
          T("6km section", "6-kilometre stretch"),
          T("stonework", "masonry"),
          T("As a precautionary measure", "as a precaution"),
          T("the section was emptied overnight", "The affected section was drained overnight"),
          T("except for the part that crosses the aqueduct, which has been closed",
            "although the path across the aqueduct itself is closed"),
      ]),

    # 16 -----------------------------------------------------------------
    C("sauerkraut festival", "rewrite",
      "The annual Krautfest in the town of Kessling Falls has been postponed by two "
      "weeks because of a shortage of white cabbage following summer floods, "
      "organisers said on Monday. The festival, which last year drew about 18,000 "
      "visitors, will now take place on 12 and 13 October instead of the last weekend "
      "of September. Organiser Greta Wendland said local growers had lost around a "
      "third of their crop and that the festival's traditional giant fermentation "
      "barrel could not be filled in time. Tickets already sold will remain valid, "
      "and refunds are available to anyone who cannot attend the new dates.",
      "Organisers of Kessling Falls' yearly Krautfest announced on Monday that the "
      "event will be held a fortnight later than planned, as summer floods have left "
      "the town short of white cabbage. Instead of the last weekend of September, the "
      "festival - which attracted some 18,000 people last year - will run on 12 and "
      "13 October. According to organiser Greta Wendland, local growers lost about "
      "one-third of their crop, and the festival's traditional giant fermentation "
      "barrel had been damaged in the floods. Tickets that have already been bought "
      "are still valid, while anyone unable to come on the new dates can ask for a "
      "refund.",
      errors=[
          E("had been damaged in the floods", "event", "major", "could not be filled in time"),
      ],
      traps=[
          T("a fortnight later than planned", "postponed by two weeks"),
          T("some 18,000 people", "about 18,000 visitors"),
          T("about one-third of their crop", "around a third of their crop"),
      ]),

    # 17 -----------------------------------------------------------------
    C("zeppelin hangar listing", "rewrite",
      "The giant airship hangar at Holtmarsh Moor, built in 1917 to house military "
      "zeppelins, has been given Grade II* listed status by the Ministry of Culture. "
      "At 240 metres long and 45 metres high, the steel-framed shed is one of only "
      "two such hangars surviving in the country. The ministry said the building was "
      "of 'exceptional' historic and engineering interest. The hangar is owned by "
      "Moorlands Logistics, which uses it as a warehouse and said it welcomed the "
      "decision. Listing does not prevent the building's continued commercial use, "
      "but any changes to its structure will require consent.",
      "The Ministry of Culture has listed the vast airship hangar at Holtmarsh Moor "
      "at Grade II*. Put up in 1917 for military zeppelins, the steel-framed shed "
      "measures 240 metres in length and stands 45 metres tall, and it is one of just "
      "two such hangars left in the country. According to the ministry, its historic "
      "and engineering interest is 'exceptional'. Moorlands Logistics, the owner, "
      "welcomed the listing; it uses the hangar as a warehouse. The building can "
      "still be used commercially, but structural alterations will now need consent.",
      traps=[
          T("Put up in 1917", "built in 1917"),
          T("stands 45 metres tall", "45 metres high"),
          T("one of just two such hangars left in the country",
            "one of only two such hangars surviving in the country"),
          T("The building can still be used commercially",
            "Listing does not prevent the building's continued commercial use"),
      ]),

    # 18 -----------------------------------------------------------------
    C("oyster bed norovirus", "rewrite",
      "Harvesting has been suspended at two oyster beds in Kellan Bay after norovirus "
      "was detected in routine shellfish samples, the Marine Food Safety Unit said on "
      "Wednesday. The closure applies to the Inner Reach and Saltcote beds, which "
      "together produce around 40 per cent of the bay's oysters. Oysters harvested "
      "from the beds since 3 June may be affected, and restaurants have been asked to "
      "withdraw them from sale. The unit said the source of the contamination had not "
      "been identified, but heavy rainfall may have caused sewage overflows upstream. "
      "Harvesting will resume only after two consecutive clear samples taken at least "
      "a week apart.",
      "The Marine Food Safety Unit said on Wednesday that harvesting had been halted "
      "at two Kellan Bay oyster beds after routine tests on shellfish found "
      "norovirus. The suspension covers the Inner Reach and Saltcote beds, which "
      "between them account for about two-fifths of the bay's oyster production. "
      "Oysters taken from the beds since 3 June are affected, and restaurants have "
      "been asked to stop selling them. The source of the contamination is still "
      "unknown, the unit said, though heavy rain might have led to sewage overflows "
      "upstream. Harvesting will restart only once two clear samples in a row have "
      "been recorded.",
      errors=[
          E("are affected", "modality", "major", "may be affected"),
          OM("two clear samples in a row", "taken at least a week apart", "major"),
      ],
      traps=[
          T("about two-fifths of the bay's oyster production",
            "around 40 per cent of the bay's oysters"),
          T("The source of the contamination is still unknown",
            "the source of the contamination had not been identified"),
          T("heavy rain might have led to sewage overflows upstream",
            "heavy rainfall may have caused sewage overflows upstream"),
      ]),

    # 19 -----------------------------------------------------------------
    C("cello theft from train", "rewrite",
      "A cello valued at around £250,000 was stolen from the luggage area of an "
      "overnight train between Glenhallow and Ashquay in the early hours of Sunday, "
      "the Transport Police said. The instrument, made in 1742 by the luthier Paolo "
      "Serassi, belongs to cellist Miriam Ashdown, who was travelling to a concert. "
      "Ms Ashdown said she had fallen asleep in the next carriage and noticed the "
      "case was missing when the train reached Ashquay shortly after 5am. Police "
      "believe the thief left the train at one of three intermediate stations and "
      "have appealed for witnesses. A reward of £10,000 has been offered by the "
      "instrument's insurer for information leading to its recovery.",
      "The Transport Police say a cello worth about £250,000 was taken from the "
      "luggage area of a Glenhallow-to-Ashquay overnight train early on Sunday. "
      "Cellist Miriam Ashdown, who owns the instrument, was on her way to a concert; "
      "it was made by the luthier Paolo Serassi in 1742. Ms Ashdown said she had been "
      "asleep in the adjoining carriage and realised the case had gone when the train "
      "pulled into Ashquay just after 5am. Officers think the thief got off at one of "
      "the three stations in between, and they are appealing for witnesses. The "
      "cello's insurer has put up a £10,000 reward for information that leads to its "
      "recovery.",
      traps=[
          T("the adjoining carriage", "the next carriage"),
          T("just after 5am", "shortly after 5am"),
          T("Officers think", "Police believe"),
          T("one of the three stations in between", "one of three intermediate stations"),
          T("has put up a £10,000 reward", "A reward of £10,000 has been offered"),
      ]),

    # 20 -----------------------------------------------------------------
    C("gherkin pickling plant", "rewrite",
      "Brinewell Foods will invest €24 million in a new gherkin pickling plant at "
      "Sandor Industrial Park, creating around 120 jobs, the company announced on "
      "Friday. The plant will be able to process 15,000 tonnes of cucumbers a year, "
      "roughly double the capacity of the company's current site in Vermely, which "
      "will close when the new facility opens in 2027. Most of the 85 employees at "
      "Vermely will be offered positions at the new plant, chief executive Anna "
      "Szekely said. The regional government is contributing a grant of €3.5 million "
      "towards the project.",
      "Brinewell Foods announced on Friday that it is putting €24 million into a new "
      "gherkin pickling plant at Sandor Industrial Park, which will create about 120 "
      "jobs. With an annual capacity of 15,000 tonnes of cucumbers, the plant will be "
      "able to handle three times as much as the company's existing site in Vermely. "
      "The Vermely site will shut once the new plant opens in 2027. Most of its 85 "
      "staff will be offered jobs at the new facility, according to chief executive "
      "Anna Szekely. The regional government is providing a €3.5 million grant "
      "towards the project.",
      errors=[
          E("three times as much", "number", "major", "roughly double"),
      ],
      traps=[
          T("putting €24 million into", "invest €24 million in"),
          T("will shut once the new plant opens in 2027",
            "will close when the new facility opens in 2027"),
          T("Most of its 85 staff will be offered jobs at the new facility",
            "Most of the 85 employees at Vermely will be offered positions at the new plant"),
      ]),

    # 21 -----------------------------------------------------------------
    C("pager network shutdown", "summary",
      "Telvane Communications will switch off its national pager network on 31 March "
      "next year, ending a service that has run since 1984, the company said on "
      "Tuesday. About 9,000 customers still use the network, most of them hospital "
      "staff and on-call engineers. Telvane said falling demand and the cost of "
      "replacing ageing transmitters made the service unviable; it has lost money for "
      "the past five years. The health ministry said hospitals had been warned in "
      "advance and that 14 of the 19 hospital trusts still relying on pagers had "
      "already begun moving to app-based alert systems. Telvane will offer affected "
      "customers a free replacement device for its mobile alert service until the "
      "shutdown date.",
      "Telvane Communications is to shut down its national pager network, in "
      "operation since 1984, on 31 March next year, citing shrinking demand and the "
      "cost of replacing old transmitters. Around 9,000 customers, mainly hospital "
      "staff and on-call engineers, still use it; 14 of the 19 hospital trusts that "
      "rely on pagers have already begun moving to app-based alerts, the health "
      "ministry said.",
      traps=[
          T("in operation since 1984", "has run since 1984"),
          T("shrinking demand", "falling demand"),
          T("old transmitters", "ageing transmitters"),
          T("Around 9,000 customers", "About 9,000 customers"),
          T("app-based alerts", "app-based alert systems"),
      ]),

    # 22 -----------------------------------------------------------------
    C("tiddlywinks congress", "summary",
      "More than 200 players from 11 countries are expected at the World Tiddlywinks "
      "Congress, which opens in the town of Pellingham on Thursday. The four-day "
      "event, organised by the International Winking Federation, will include the "
      "singles and pairs world championships as well as a workshop for newcomers. "
      "Defending singles champion Oskar Lindfors of the Trevane Winks Club will face "
      "63 rivals in the knockout stage. Federation secretary Beatrix Hume said "
      "entries had risen by about a quarter since the last congress in 2023. Matches "
      "will be played in the Pellingham Corn Exchange and are free to watch.",
      "The World Tiddlywinks Congress opens in Pellingham on Thursday, with over 200 "
      "players from 11 countries expected. Defending singles champion Oskar Lindfors "
      "of the Pellingham Winks Club will be among 64 players in the knockout stage. "
      "Entries have grown by roughly 25% since the 2023 congress, and the congress "
      "opens in Pellingham on Thursday.",
      errors=[
          E("Pellingham Winks Club", "entity", "minor", "Trevane Winks Club"),
          E("opens in Pellingham on Thursday", "repetition", "minor", None, occ=1),
      ],
      traps=[
          T("over 200 players", "More than 200 players"),
          T("among 64 players in the knockout stage", "will face 63 rivals in the knockout stage"),
          T("roughly 25%", "about a quarter"),
      ]),

    # 23 -----------------------------------------------------------------
    C("payphone removal", "summary",
      "Norland Telecom plans to remove 1,450 of its remaining 2,100 public payphones "
      "over the next 18 months, the company said, after figures showed that more than "
      "half of them had not been used at all in the past year. Under the regulator's "
      "rules, local councils have 42 days to object to the removal of any individual "
      "box. Phones in areas with poor mobile coverage or on the regulator's list of "
      "accident blackspots will be kept. Norland said it would offer some of the "
      "distinctive blue kiosks to communities for one pound each, for use as book "
      "exchanges or defibrillator points. The company's head of public services, "
      "Idris Fenwick, said the decision reflected 'how people communicate today'.",
      "Norland Telecom intends to remove 1,450 of its 2,100 remaining payphones - more "
      "than two-thirds - within a year and a half, after finding that over half had "
      "gone unused in the past year. Councils will have six weeks to object to "
      "individual removals, and phones in areas with poor mobile coverage or on the "
      "regulator's accident-blackspot list will stay. Some kiosks will be offered to "
      "communities for £1 each.",
      traps=[
          T("more than two-thirds", "1,450 of its remaining 2,100"),
          T("within a year and a half", "over the next 18 months"),
          T("six weeks", "42 days"),
          T("on the regulator's accident-blackspot list",
            "on the regulator's list of accident blackspots"),
          T("£1 each", "one pound each"),
      ]),

    # 24 -----------------------------------------------------------------
    C("snow leopard cub birth", "summary",
      "Two snow leopard cubs have been born at Calloway Highland Wildlife Park, the "
      "first births of the endangered species in the park's 40-year history. The "
      "cubs, a male and a female, were born on 2 May to eight-year-old mother Tsering "
      "and father Altan, who arrived from a zoo in Norway in 2021 as part of a "
      "European breeding programme. Keepers have monitored the family by camera to "
      "avoid disturbing them, and the cubs are not expected to be seen by visitors "
      "until late July. Head keeper Fiona Drummond said both cubs were feeding well "
      "and had reached a combined weight of 3.1 kilograms at their first health "
      "check.",
      "Calloway Highland Wildlife Park has celebrated the first snow leopard births "
      "in its 40-year history: a male and a female cub, born on 2 May to Tsering and "
      "Altan. The head keeper said both were feeding well and each weighed 3.1kg at "
      "their first health check. Visitors are unlikely to see them before late July.",
      errors=[
          E("each weighed 3.1kg", "number", "major", "a combined weight of 3.1 kilograms"),
      ],
      traps=[
          T("the first snow leopard births in its 40-year history",
            "the first births of the endangered species in the park's 40-year history"),
          T("Visitors are unlikely to see them before late July",
            "the cubs are not expected to be seen by visitors until late July"),
      ]),

    # 25 -----------------------------------------------------------------
    C("stone wall rebuilding grant", "summary",
      "Farmers in the Wendlecombe Dales can now apply for grants of up to £12,000 "
      "each to rebuild collapsed dry stone walls, under a scheme launched on Monday "
      "by the Dales Landscape Partnership. The £1.8 million fund, financed by the "
      "environment department, aims to restore around 90 kilometres of walls over "
      "five years. Work must be carried out by certified wallers using local stone, "
      "and applicants must contribute at least 20 per cent of the cost. Partnership "
      "manager Elspeth Garroway said the walls provided vital habitat for wildlife as "
      "well as being part of the area's heritage. Applications close on 30 September.",
      "A £1.8 million scheme launched by the Dales Landscape Partnership and funded by "
      "the environment department offers Wendlecombe Dales farmers grants of up to "
      "£12,000 each to rebuild fallen dry stone walls, with the aim of restoring some "
      "90km over five years. Certified wallers must do the work using local stone, "
      "applicants must pay at least a fifth of the cost, and the deadline is 30 "
      "September.",
      traps=[
          T("fallen", "collapsed"),
          T("some 90km", "around 90 kilometres"),
          T("at least a fifth of the cost", "at least 20 per cent of the cost"),
          T("the deadline is 30 September", "Applications close on 30 September"),
      ]),

    # 26 -----------------------------------------------------------------
    C("bowling alley asbestos", "summary",
      "The Starlight Lanes bowling alley in Kestwick will stay closed for at least six "
      "weeks after asbestos was found in ceiling tiles during refurbishment work, its "
      "owners said. Air tests carried out by an independent contractor found no "
      "asbestos fibres in the public areas, and the council's environmental health "
      "team said there was no risk to customers who had visited before the closure. "
      "Removal work is due to begin next week. Owner Clive Barraclough said the "
      "24-lane alley's 30 staff would continue to be paid in full during the "
      "closure. Birthday parties and league fixtures booked for the period are being "
      "moved to the Orbit Bowl in nearby Delsworth.",
      "Kestwick's Starlight Lanes will be closed for six weeks or more after asbestos "
      "was discovered in ceiling tiles during a refurbishment, and the council has "
      "opened an investigation. Independent air tests found asbestos fibres in public "
      "areas. The 30 staff will keep receiving full pay, and bookings are being "
      "transferred to the Orbit Bowl in Delsworth.",
      errors=[
          E("and the council has opened an investigation", "addition", "major", None),
          E("found asbestos fibres in public areas", "polarity", "critical",
            "found no asbestos fibres in the public areas"),
      ],
      traps=[
          T("six weeks or more", "at least six weeks"),
          T("will keep receiving full pay", "would continue to be paid in full"),
      ]),

    # 27 -----------------------------------------------------------------
    C("cognac cask theft", "summary",
      "Thieves broke into a cellar at the Maison Delorme cognac house near the town of "
      "Saint-Ormel overnight on Saturday and stole 14 casks of aged spirit, the "
      "regional gendarmerie said. The casks, each holding about 350 litres, contained "
      "brandy distilled in the 1970s and 1980s and are worth an estimated €2.3 "
      "million in total. Investigators believe the thieves used a forklift truck "
      "belonging to the company and a lorry with false number plates, which was "
      "later found abandoned and empty 40 kilometres away. Cellar master Lucien "
      "Arnaud said the loss was 'irreplaceable'. The house has offered a reward for "
      "information.",
      "Fourteen casks of brandy distilled in the 1970s and 1980s, worth some €2.3 "
      "million altogether, were stolen from a Maison Delorme cellar near Saint-Ormel "
      "on Saturday night, the gendarmerie said. Investigators think the thieves used "
      "one of the company's own forklifts and a lorry with fake plates, later "
      "discovered empty 40km away.",
      traps=[
          T("Fourteen casks", "14 casks"),
          T("worth some €2.3 million altogether", "worth an estimated €2.3 million in total"),
          T("on Saturday night", "overnight on Saturday"),
          T("one of the company's own forklifts", "a forklift truck belonging to the company"),
          T("fake plates", "false number plates"),
      ]),

    # 28 -----------------------------------------------------------------
    C("croissant price dispute", "summary",
      "A dispute over the price of croissants has broken out between the Bakers' "
      "Guild of Velmont and the city's largest café chain, Café Rondo. The guild "
      "accuses Rondo of selling croissants at 90 cents, below the cost of production, "
      "to drive independent bakeries out of business. Rondo's chief executive, "
      "Pauline Marchetti, rejected the claim, saying the chain's prices reflected bulk "
      "buying of flour and butter. The guild has filed a complaint with the national "
      "competition authority, which said it would decide within two months whether to "
      "open a formal inquiry. Independent bakeries in Velmont typically charge between "
      "€1.40 and €1.70.",
      "Velmont's Bakers' Guild has complained to the national competition authority "
      "about Café Rondo, the city's biggest café chain, which the authority says is "
      "selling croissants below cost at 90 cents to push independent bakeries out. "
      "Rondo's chief executive denies this, citing bulk buying. The authority will "
      "decide within two months whether to investigate formally.",
      errors=[
          E("the authority says", "attribution", "major", "The guild accuses"),
      ],
      traps=[
          T("biggest café chain", "largest café chain"),
          T("push independent bakeries out", "drive independent bakeries out of business"),
          T("whether to investigate formally", "whether to open a formal inquiry"),
      ]),

    # 29 -----------------------------------------------------------------
    C("coal barge sinking", "summary",
      "A barge carrying 1,200 tonnes of coal sank in the River Velda near the port of "
      "Drummer's Wharf early on Tuesday, blocking part of the navigation channel. The "
      "two crew members were rescued from the water by a passing tug and taken to "
      "hospital as a precaution; neither was seriously hurt. The river authority "
      "said the wreck lay in about eight metres of water and had closed a 500-metre "
      "stretch of the river to other vessels. The barge's owner, Kessler River "
      "Freight, said it did not know what had caused the sinking. Environmental "
      "officials were monitoring the water but said coal was not toxic and posed a "
      "limited pollution risk. Salvage is expected to take at least a week.",
      "A Kessler River Freight barge loaded with 1,200 tonnes of coal went down in the "
      "River Velda near Drummer's Wharf early on Tuesday, partially blocking the "
      "navigation channel. A passing tug rescued both crew members, neither of whom "
      "was badly hurt. The river authority has shut a 500-metre stretch to other "
      "vessels, and salvage will probably take a week or more; the owner does not "
      "know what caused the sinking.",
      traps=[
          T("went down", "sank"),
          T("partially blocking the navigation channel", "blocking part of the navigation channel"),
          T("neither of whom was badly hurt", "neither was seriously hurt"),
          T("has shut a 500-metre stretch", "had closed a 500-metre stretch"),
          T("salvage will probably take a week or more", "Salvage is expected to take at least a week"),
      ]),

    # 30 -----------------------------------------------------------------
    C("truck weighbridge fraud", "summary",
      "Two employees of the Halvorsen Quarry have been charged with fraud after "
      "investigators found that the quarry's weighbridge had been tampered with to "
      "under-record the weight of lorries leaving the site. The regional tax office "
      "said the scheme, which ran for about three years, allowed the quarry to "
      "under-declare gravel sales and avoid roughly 410,000 kroner in aggregates "
      "levy. The alleged fraud came to light when Skarvik Transport, a haulage firm, "
      "reported the quarry to the tax office after noticing discrepancies between its "
      "own load records and the quarry's weighbridge tickets. Both employees, a site "
      "manager and a weighbridge operator, deny the charges. Quarry owner Per "
      "Halvorsen said the company was cooperating fully.",
      "Two Halvorsen Quarry employees have been convicted of fraud over a weighbridge "
      "rigged to under-record the weight of departing lorries, which the regional tax "
      "office says let the quarry dodge about 410,000 kroner in aggregates levy over "
      "roughly three years. The scheme came to light when the quarry reported Skarvik "
      "Transport to the tax office over mismatched load records.",
      errors=[
          E("convicted", "event", "critical", "charged"),
          E("the quarry reported Skarvik Transport", "role", "major",
            "Skarvik Transport, a haulage firm, reported the quarry"),
      ],
      traps=[
          T("rigged", "tampered with"),
          T("dodge about 410,000 kroner", "avoid roughly 410,000 kroner"),
      ]),

    # 31 -----------------------------------------------------------------
    C("laundrette energy bill", "translation",
      "The owner of a self-service laundrette in the town of Zawierczyn says her "
      "monthly electricity bill has nearly tripled since January, from about 4,200 "
      "złoty to more than 12,000. Agnieszka Kurel, who has run the Pralnia Bąbel for "
      "eleven years, said she had raised the price of a wash by two złoty but could "
      "not pass on the full increase without losing customers. Her supplier, the "
      "regional utility Zachodnia Sieć Energii, said the rise reflected the end of a "
      "fixed-price contract and that business customers could apply for a temporary "
      "discount. Kurel said she would decide in the spring whether to keep the "
      "business open. Around 30 laundrettes in the province face similar increases, "
      "according to a trade association.",
      "Agnieszka Kurel, who has been running the Pralnia Bąbel self-service laundrette "
      "in Zawierczyn for 11 years, says her electricity bill has almost trebled since "
      "January: she now pays over 12,000 złoty a month, compared with around 4,200 "
      "before. She has put up the cost of a wash by 2 złoty, but says she cannot pass "
      "on the whole increase without driving customers away. The regional utility "
      "that supplies her, Zachodnia Sieć Energii, explained that a fixed-price "
      "contract had expired and that business customers could apply for a temporary "
      "reduction. Kurel says she will decide in spring whether to carry on trading. A "
      "trade association says some 30 laundrettes in the province are facing "
      "comparable rises.",
      traps=[
          T("11 years", "eleven years"),
          T("almost trebled", "nearly tripled"),
          T("a fixed-price contract had expired", "the end of a fixed-price contract"),
          T("a temporary reduction", "a temporary discount"),
          T("carry on trading", "keep the business open"),
      ]),

    # 32 -----------------------------------------------------------------
    C("raclette cheese shortage", "translation",
      "Restaurants in the canton's ski resorts are struggling to obtain raclette "
      "cheese after a fire on 14 January destroyed the maturing cellar of the "
      "Alpkäserei Gufferli, one of the region's main producers. About 22,000 wheels, "
      "roughly four months of the dairy's output, were lost. Director Ueli "
      "Baumgartner said production would restart at a temporary site in March, but "
      "that new cheese would need at least three months to mature. Several "
      "restaurants in Grimmelfeld have taken raclette off their menus or limited it "
      "to weekends. The cantonal farmers' association said other dairies were "
      "increasing production but could cover only part of the gap.",
      "A fire on 14 January gutted the ripening cellar of the Alpkäserei Gufferli, one "
      "of the region's leading cheesemakers, and restaurants in the canton's ski "
      "resorts are now finding it hard to get hold of raclette. Some 22,000 wheels "
      "were destroyed - around four months' production. According to director Ueli "
      "Baumgartner, production is to resume at a provisional site in May, but the new "
      "cheese will then need three months of ripening. In Grimmelfeld, a number of "
      "restaurants have dropped raclette from the menu or serve it only at weekends. "
      "Other dairies are stepping up output, the cantonal farmers' association said, "
      "but they can fill only part of the shortfall.",
      errors=[
          E("in May", "date", "major", "in March"),
          OM("three months of ripening", "at least", "minor", side="before"),
      ],
      traps=[
          T("Some 22,000 wheels", "About 22,000 wheels"),
          T("around four months' production", "roughly four months of the dairy's output"),
          T("they can fill only part of the shortfall", "could cover only part of the gap"),
      ]),

    # 33 -----------------------------------------------------------------
    C("xylophone recall", "translation",
      "Toy manufacturer Klangholz GmbH is recalling around 16,000 children's "
      "xylophones because the wooden mallets can break and release small parts that "
      "pose a choking hazard. The affected model, the 'Regenbogen 8', was sold between "
      "March and October last year in toy shops and online for 24.90 euros. The "
      "company said it had received seven reports of broken mallets but no reports "
      "of injuries. Parents are asked to stop using the mallets immediately; the "
      "xylophone itself is safe. Customers can request free replacement mallets via "
      "the company's website or return the toy for a refund.",
      "Some 16,000 children's xylophones are being called back by toymaker Klangholz "
      "GmbH, as their wooden beaters can snap and release small pieces that children "
      "could choke on. The recall concerns the 'Regenbogen 8', sold from March to "
      "October last year in toy stores and online at a price of 24.90 euros. Seven "
      "cases of broken beaters have been reported to the firm, it said, but no "
      "injuries. The instrument itself poses no danger, but parents should stop using "
      "the beaters straight away. Buyers can order replacement beaters free of charge "
      "on the company's website or return the toy and get their money back.",
      traps=[
          T("called back", "recalling"),
          T("beaters", "mallets"),
          T("children could choke on", "pose a choking hazard"),
          T("from March to October last year", "between March and October last year"),
          T("The instrument itself poses no danger", "the xylophone itself is safe"),
      ]),

    # 34 -----------------------------------------------------------------
    C("marbles tournament", "translation",
      "Fourteen-year-old Jens Wouters from Oudevelde won the national marbles "
      "championship on Sunday, beating the defending champion, 61-year-old Marcel "
      "Dierickx, 7-4 in the final. The tournament, held in the sports hall in "
      "Bremmelbeek, attracted 96 players in three age categories. Wouters, who only "
      "took up the game two years ago, is the youngest winner in the championship's "
      "48-year history. In the team event, his club, KK Oudevelde, beat the hosts, KK "
      "Bremmelbeek, 5-2. Dierickx, a five-time champion, congratulated his young "
      "opponent and promised to return next year. The winner earns a place at the "
      "European championship in August.",
      "The national marbles title went on Sunday to 14-year-old Jens Wouters of "
      "Oudevelde, who defeated reigning champion Marcel Dierickx (61) by 7 to 4 in "
      "the final. Ninety-six players in three age groups took part in the tournament "
      "in the Bremmelbeek sports hall. Wouters started playing only two years ago and "
      "is the youngest champion in the 48 years the competition has existed. In the "
      "team competition the hosts, KK Bremmelbeek, defeated KK Oudevelde, Wouters' "
      "club, 5-2. Dierickx, who has won the title five times, congratulated his young "
      "rival and said he would be back next year. The champion qualifies for the "
      "European championship in August.",
      errors=[
          E("KK Bremmelbeek, defeated KK Oudevelde", "role", "major",
            "KK Oudevelde, beat the hosts, KK Bremmelbeek"),
      ],
      traps=[
          T("reigning champion", "the defending champion"),
          T("by 7 to 4", "7-4"),
          T("who has won the title five times", "a five-time champion"),
      ]),

    # 35 -----------------------------------------------------------------
    C("bagatelle table sale", "translation",
      "An 18th-century bagatelle table that belonged to a family of silk merchants "
      "from Vérange sold for 86,000 euros at auction on Saturday, more than four "
      "times its low estimate of 20,000 euros. The walnut table, with ivory pins and a "
      "painted playing surface, was bought by telephone by a private collector whose "
      "identity was not disclosed. According to the auctioneer, Maître Odile "
      "Fauchard, only about a dozen tables of this type are known to survive. The "
      "sellers, descendants of the original owners, had kept the table in the family "
      "home for more than 200 years. Part of the proceeds will fund the restoration "
      "of the family chapel.",
      "On Saturday, an 18th-century bagatelle table once owned by a Vérange "
      "silk-merchant family went under the hammer for €86,000 - over four times the "
      "lower end of its estimate, which was set at €20,000. The buyer, a private "
      "collector who was not named, bid by phone for the walnut table, which has "
      "ivory pins and a painted playing surface. Auctioneer Odile Fauchard said that "
      "only around twelve such tables are known to have survived. The family that "
      "sold it, descended from its first owners, had kept it at home for over two "
      "centuries. Some of the money raised will pay for the restoration of the "
      "family chapel.",
      traps=[
          T("went under the hammer for €86,000", "sold for 86,000 euros at auction"),
          T("over four times the lower end of its estimate", "more than four times its low estimate"),
          T("around twelve", "about a dozen"),
          T("over two centuries", "more than 200 years"),
          T("Some of the money raised will pay for", "Part of the proceeds will fund"),
      ]),

    # 36 -----------------------------------------------------------------
    C("gelato maker award", "translation",
      "Chiara Benvenuti, a gelato maker from the Gelateria Lucciola in Castelmora, has "
      "won the gold medal at the National Artisan Gelato Awards with a pistachio and "
      "sea-salt flavour, the organising association Federgusto announced on Tuesday. "
      "Benvenuti, 34, opened the shop six years ago with her brother Marco after "
      "training in Sanvero. The jury, which tasted 212 entries from 18 regions, "
      "praised the flavour's 'balance and clean finish'. Second place went to a "
      "ricotta and fig gelato from the Pasticceria Orsini in Valtorre. Benvenuti will "
      "represent the country at the international final in Portalba in November.",
      "Federgusto, the association that organises the National Artisan Gelato Awards, "
      "announced on Tuesday that the gold medal had gone to Chiara Benvenuti of "
      "Castelmora's Gelateria Lucciola for her pistachio and sea-salt gelato. The "
      "34-year-old trained in Valtorre and, six years ago, opened the shop together "
      "with her brother Marco. The judges tasted 212 entries from 18 regions and "
      "commended the flavour for its 'balance and clean finish'. The runner-up was a "
      "ricotta and fig gelato made by the Pasticceria Orsini of Valtorre. In November "
      "Benvenuti will compete for the country in the international final in Portalba.",
      errors=[
          E("Valtorre", "entity", "minor", "Sanvero", occ=0),
      ],
      traps=[
          T("The 34-year-old", "Benvenuti, 34,"),
          T("commended", "praised"),
          T("The runner-up was", "Second place went to"),
      ]),

    # 37 -----------------------------------------------------------------
    C("tequila agave theft", "translation",
      "Thieves have stolen about 3,000 mature blue agave plants from a plantation in "
      "the municipality of San Telmo de las Lomas, the state prosecutor's office "
      "reported. The plants, which take six to eight years to mature, were worth "
      "roughly 1.5 million pesos and were destined for the Casa Ridaura distillery. "
      "The owner of the plantation, Rogelio Anaya, discovered the theft last Thursday "
      "morning and said the thieves had used machetes and at least two trucks. High "
      "agave prices have led to a rise in such thefts, according to the regional "
      "growers' council, which recorded 41 cases last year. Prosecutors have opened an "
      "investigation but have made no arrests.",
      "Some 3,000 mature blue agaves have been taken from a plantation in San Telmo de "
      "las Lomas, according to the state prosecutor's office. Intended for the Casa "
      "Ridaura distillery, the plants - which need between six and eight years to "
      "reach maturity - had a value of around 1.5 million pesos. Rogelio Anaya, who "
      "owns the plantation, found out about the theft on the morning of last Thursday "
      "and said the thieves had used machetes and no fewer than two lorries. The "
      "regional growers' council, which registered 41 such cases last year, "
      "attributes the increase in thefts to high agave prices. An investigation has "
      "been opened, but nobody has been arrested so far.",
      traps=[
          T("need between six and eight years to reach maturity", "take six to eight years to mature"),
          T("had a value of around 1.5 million pesos", "were worth roughly 1.5 million pesos"),
          T("no fewer than two lorries", "at least two trucks"),
          T("attributes the increase in thefts to high agave prices",
            "High agave prices have led to a rise in such thefts"),
          T("nobody has been arrested so far", "have made no arrests"),
      ]),

    # 38 -----------------------------------------------------------------
    C("piano tuner shortage", "translation",
      "Music schools and concert halls in the province are waiting up to three months "
      "for a piano tuner because of a shortage of qualified technicians, the regional "
      "chamber of crafts warned on Wednesday. Only 23 registered tuners remain in the "
      "province, compared with 41 a decade ago, and more than half of them are over "
      "60. The chamber's spokesperson, Lenka Haberl, said no new apprentices had begun "
      "training in the past two years and that she did not expect the situation to "
      "improve before 2027. Some schools might have to cancel spring examinations, she "
      "added. The conservatory in Kaltenbrunnau said it had already postponed two "
      "recitals because its concert grand could not be tuned in time.",
      "The regional chamber of crafts warned on Wednesday that, owing to a lack of "
      "qualified technicians, music schools and concert halls in the province have to "
      "wait as long as three months for a piano tuner. The province now has just 23 "
      "registered tuners, against 41 ten years ago, and over half of them are older "
      "than 60. Chamber spokesperson Lenka Haberl said not one new apprentice had "
      "started training in the last two years, and that she expected the situation to "
      "improve before 2027. Some schools would have to cancel their spring exams, she "
      "said. The Kaltenbrunnau conservatory reported that it had already put off two "
      "recitals because its concert grand could not be tuned in time.",
      errors=[
          E("she expected the situation to improve before 2027", "polarity", "major",
            "she did not expect the situation to improve before 2027"),
          E("would have to cancel", "modality", "major", "might have to cancel"),
      ],
      traps=[
          T("as long as three months", "up to three months"),
          T("against 41 ten years ago", "compared with 41 a decade ago"),
          T("not one new apprentice", "no new apprentices"),
      ]),

    # 39 -----------------------------------------------------------------
    C("skittles alley closure", "translation",
      "The last public skittles alley in the district of Krebenau will close at the "
      "end of June after 71 years, the owners of the Gasthaus Zum Blauen Kahn "
      "announced. Innkeepers Werner and Birgit Stahl, both in their late sixties, said "
      "they were retiring and had not found a buyer willing to keep the two-lane "
      "alley running. The alley is currently used by nine amateur clubs, some of which "
      "have played there every week since the 1960s. The district's sports "
      "association said it was looking for alternative venues, but the nearest alley "
      "is in Brandelfeld, 25 kilometres away. A farewell tournament is planned for the "
      "last weekend of June.",
      "After 71 years, the Gasthaus Zum Blauen Kahn will shut Krebenau district's last "
      "public skittles alley at the close of June, its owners have announced. Werner "
      "and Birgit Stahl, who run the inn and are both in their late 60s, are retiring "
      "and have been unable to find a buyer prepared to keep the alley, which has two "
      "lanes, in operation. Nine amateur clubs currently use it; some have met there "
      "weekly since the 1960s. The sports association for the district is searching "
      "for other venues, but the closest alley is 25km away in Brandelfeld. A "
      "farewell tournament is planned for the final weekend of June.",
      traps=[
          T("at the close of June", "at the end of June"),
          T("in their late 60s", "in their late sixties"),
          T("some have met there weekly since the 1960s",
            "some of which have played there every week since the 1960s"),
          T("The sports association for the district", "The district's sports association"),
          T("25km away", "25 kilometres away"),
      ]),

    # 40 -----------------------------------------------------------------
    C("tortilla factory wage dispute", "translation",
      "Workers at the Tortillería La Espiga factory in Villa Coralillo ended a "
      "five-day strike on Monday after management agreed to raise wages by 12 per "
      "cent, the union said. The union, which represents about 180 of the plant's 230 "
      "employees, had demanded 18 per cent, arguing that rising food and transport "
      "costs had eroded workers' pay. Under the agreement, the increase will be paid "
      "from 1 March, and the company will also restore a night-shift bonus that was "
      "cut last year. Production, which had fallen to about a third of normal levels "
      "during the strike, resumed on Monday afternoon. Company director Ernesto "
      "Villalba said the deal was 'fair for both sides'.",
      "A five-day strike at the Tortillería La Espiga plant in Villa Coralillo came to "
      "an end on Monday when the management agreed to a 12% pay rise, according to "
      "the union. The union, which represents some 180 of the factory's 230 workers, "
      "had been seeking 18%, saying that higher prices for food and transport had "
      "eaten into wages. The agreement provides for the increase to take effect on 1 "
      "March; the company will additionally raise the night-shift bonus. Output, "
      "which had dropped to roughly one-third of its usual level during the "
      "stoppage, restarted on Monday afternoon. Director Ernesto Villalba called the "
      "agreement 'fair for both sides'.",
      errors=[
          E("raise the night-shift bonus", "event", "major",
            "restore a night-shift bonus that was cut last year"),
      ],
      traps=[
          T("a 12% pay rise", "raise wages by 12 per cent"),
          T("had eaten into wages", "had eroded workers' pay"),
          T("roughly one-third of its usual level", "about a third of normal levels"),
      ]),
]


# ---------------------------------------------------------------- build + validate
def find_occ(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def word_boundary_ok(s, start, end):
    if start == end:  # zero-width point: must not sit inside a word
        return not (0 < start < len(s) and s[start - 1].isalnum() and s[start].isalnum())
    if start > 0 and s[start - 1].isalnum() and s[start].isalnum():
        return False
    if end < len(s) and s[end].isalnum() and s[end - 1].isalnum():
        return False
    return True


def build():
    problems = []
    records = []

    def bad(cid, msg):
        problems.append("%s: %s" % (cid, msg))

    if len(CASES) != 40:
        problems.append("expected 40 cases, got %d" % len(CASES))

    for i, case in enumerate(CASES, 1):
        cid = "s%d-%03d" % (N, i)
        ref, cand, mode = case["reference"], case["candidate"], case["mode"]
        if mode not in MODES:
            bad(cid, "bad mode %r" % mode)
        if case["domain"] not in DOMAINS:
            bad(cid, "domain not in list: %r" % case["domain"])
        nw = len(ref.split())
        if not 70 <= nw <= 190:
            bad(cid, "reference has %d words" % nw)
        if mode == "summary" and not (len(cand) < len(ref) and len(cand.split()) < nw):
            bad(cid, "summary not shorter than reference")
        if ref == cand:
            bad(cid, "candidate identical to reference")
        for txt in (ref, cand):
            if "  " in txt or txt != txt.strip():
                bad(cid, "stray whitespace")

        spans = []  # (start, end, what)
        errors = []
        for e in case["errors"]:
            et, sev, rt = e["type"], e["severity"], e["ref_text"]
            if et not in ERROR_TYPES:
                bad(cid, "bad error type %r" % et)
            if sev not in SEVERITIES:
                bad(cid, "bad severity %r" % sev)
            if et == "omission":
                if mode == "summary":
                    bad(cid, "omission in summary")
                p = find_occ(cand, e["anchor"], e["occ"])
                if p < 0:
                    bad(cid, "omission anchor not found: %r" % e["anchor"])
                    continue
                start = end = p + len(e["anchor"]) if e["side"] == "after" else p
                if not rt or rt not in ref:
                    bad(cid, "omission ref_text not in reference: %r" % rt)
                if rt and rt.lower() in cand.lower():
                    bad(cid, "omitted words present in candidate: %r" % rt)
            else:
                text = e["text"]
                start = find_occ(cand, text, e["occ"])
                if start < 0:
                    bad(cid, "error text not found: %r (occ %d)" % (text, e["occ"]))
                    continue
                end = start + len(text)
                if text != text.strip() or not text:
                    bad(cid, "error text has edge whitespace: %r" % text)
                if et in ("addition", "repetition"):
                    if rt is not None:
                        bad(cid, "%s must have ref_text null" % et)
                    if et == "repetition" and text not in cand[:start]:
                        bad(cid, "repetition span has no earlier copy: %r" % text)
                    if et == "addition" and text in ref:
                        bad(cid, "addition text occurs in reference: %r" % text)
                else:
                    if rt is None or rt not in ref:
                        bad(cid, "error ref_text not in reference: %r" % rt)
                    if rt == text:
                        bad(cid, "error text equals ref_text: %r" % text)
            if cand[start:end] != e["text"]:
                bad(cid, "offset mismatch for %r" % e["text"])
            if not word_boundary_ok(cand, start, end):
                bad(cid, "error span cuts a word: %r" % e["text"])
            spans.append((start, end, "error %r" % e["text"]))
            errors.append({"start": start, "end": end, "text": cand[start:end],
                           "type": et, "severity": sev, "ref_text": rt})

        traps = []
        for t in case["traps"]:
            text, rt = t["text"], t["ref_text"]
            start = find_occ(cand, text, t["occ"])
            if start < 0:
                bad(cid, "trap text not found: %r" % text)
                continue
            end = start + len(text)
            if rt not in ref:
                bad(cid, "trap ref_text not in reference: %r" % rt)
            if rt == text:
                bad(cid, "trap text equals ref_text: %r" % text)
            if text != text.strip() or not text:
                bad(cid, "trap text has edge whitespace: %r" % text)
            if not word_boundary_ok(cand, start, end):
                bad(cid, "trap span cuts a word: %r" % text)
            spans.append((start, end, "trap %r" % text))
            traps.append({"start": start, "end": end, "text": cand[start:end], "ref_text": rt})

        # overlaps (zero-width points may not fall strictly inside another span)
        for a in range(len(spans)):
            for b in range(a + 1, len(spans)):
                s1, e1, w1 = spans[a]
                s2, e2, w2 = spans[b]
                if s1 == e1 or s2 == e2:
                    p, (s, e) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                    if s < p < e or (s1 == e1 and s2 == e2 and s1 == s2):
                        bad(cid, "overlap: %s / %s" % (w1, w2))
                elif s1 < e2 and s2 < e1:
                    bad(cid, "overlap: %s / %s" % (w1, w2))

        label = "inconsistent" if errors else "consistent"
        if label == "consistent" and not 3 <= len(traps) <= 5:
            bad(cid, "consistent pair has %d traps" % len(traps))
        if label == "inconsistent" and not 0 <= len(traps) <= 3:
            bad(cid, "inconsistent pair has %d traps" % len(traps))
        if label == "inconsistent" and not 1 <= len(errors) <= 2:
            bad(cid, "inconsistent pair has %d errors" % len(errors))

        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": cid, "domain": case["domain"], "mode": mode,
                        "reference": ref, "candidate": cand, "label": label,
                        "errors": errors, "traps": traps})

    # composition
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms):
        problems.append("duplicate domains")
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    for key, n in want.items():
        got = sum(1 for r in records if (r["mode"], r["label"]) == key)
        if got != n:
            problems.append("composition %s: want %d, got %d" % (key, n, got))
    type_counts = {t: 0 for t in ERROR_TYPES}
    for r in records:
        for e in r["errors"]:
            type_counts[e["type"]] += 1
    total = sum(type_counts.values())
    if total != 30:
        problems.append("want 30 errors, got %d" % total)
    for t, n in type_counts.items():
        if n < 2:
            problems.append("error type %s has only %d" % (t, n))
    return records, problems, type_counts


def summary_lines(records, type_counts):
    lines = []
    by = {}
    for r in records:
        by[(r["mode"], r["label"])] = by.get((r["mode"], r["label"]), 0) + 1
    lines.append("pairs: %d" % len(records))
    for k in sorted(by):
        lines.append("  %-11s %-12s %d" % (k[0], k[1], by[k]))
    lines.append("errors: %d  %s" % (sum(type_counts.values()),
                 ", ".join("%s %d" % kv for kv in type_counts.items())))
    sev = {}
    for r in records:
        for e in r["errors"]:
            sev[e["severity"]] = sev.get(e["severity"], 0) + 1
    lines.append("severities: %s" % ", ".join("%s %d" % kv for kv in sorted(sev.items())))
    ntr_c = sum(len(r["traps"]) for r in records if r["label"] == "consistent")
    ntr_i = sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")
    lines.append("traps: %d (consistent pairs %d, inconsistent pairs %d)"
                 % (ntr_c + ntr_i, ntr_c, ntr_i))
    wc = [len(r["reference"].split()) for r in records]
    lines.append("reference words: min %d, max %d, mean %.1f" % (min(wc), max(wc), sum(wc) / len(wc)))
    return lines


def main():
    check_only = "--check" in sys.argv[1:]
    records, problems, type_counts = build()
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    for line in summary_lines(records, type_counts):
        print(line)
    if check_only:
        print("check passed; nothing written")
        return
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), OUT))


if __name__ == "__main__":
    main()
