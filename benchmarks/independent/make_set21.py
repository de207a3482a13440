#!/usr/bin/env python3
"""Held-out evaluation set 21 for a fact-comparison tool.

How it was made: every pair below was hand-written by a helper that saw no code or
data of the project, working only from a short written brief. All people, companies,
organisations, places and figures are invented (real countries appear only as
background). Character offsets are never typed by hand: they are computed here by
string search (with an occurrence index where a quoted text repeats), and every
record is validated before anything is written.

Composition (40 pairs, one domain each):
  * 20 rewrites (10 consistent, 10 inconsistent)
  * 10 summaries (5 consistent, 5 inconsistent)
  * 10 translations (5 consistent, 5 inconsistent; both texts are independent
    English translations of the same non-English story)
  * 30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with two):
    entity 3, number 3, date 3, role 3, polarity 3, modality 3, attribution 3,
    event 3, omission 2 (rewrite/translation only), addition 2, repetition 2
  * consistent pairs carry 3-5 traps (faithful rewordings), inconsistent pairs 0-3

Usage:
  python3 make_set21.py          validate and write set21.jsonl next to this script
  python3 make_set21.py --check  validate only, write nothing
"""
import json
import os
import sys

SET_NO = 21
OUT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set21.jsonl")

DOMAINS = [
    "salt marshes", "kayak rentals", "apple orchards", "home care", "lacrosse",
    "telescopes", "kindergartens", "silver jewellery", "satellite imaging",
    "university rankings", "potato breeding", "public baths", "marble quarries",
    "geothermal heating", "airport lounges", "rainwater harvesting",
    "optician chains", "helicopter services", "bone marrow registry",
    "horse shows", "green roofs", "newspapers printing", "tailoring",
    "mosquito control", "judo", "glacier tours", "state records",
    "sushi restaurants", "campsites", "speed cameras", "funiculars",
    "tax refunds", "drum making", "neonatal care", "blood donation",
    "pool halls", "ice cream", "gold refining", "go clubs", "peat bogs",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]

CASES = []


def E(text, etype, severity, ref_text, occ=0, after=None, before=None):
    """An error. For an omission give text="" and after= (or before=) the
    candidate text right before (after) the point where the words are missing."""
    return {"text": text, "type": etype, "severity": severity,
            "ref_text": ref_text, "occ": occ, "after": after, "before": before}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording of ref_text (which occurs in the reference)."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


def case(num, domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"num": num, "domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})


# ---------------------------------------------------------------- rewrites 1-5
case(1, "salt marshes", "rewrite", "consistent",
     "The Coastal Habitats Trust said on Monday that it will restore 340 hectares of salt marsh "
     "along the Velmar estuary over the next five years, in a project funded jointly by the regional "
     "government and the water utility Orrin Water. Work is due to begin in September, when "
     "contractors will breach a 1.2-kilometre section of the old sea wall to let tidal water back "
     "onto former grazing land. Trust director Helen Marsovic said the marsh would act as a natural "
     "buffer against storm surges and could store up to 9,000 tonnes of carbon once fully "
     "established. Local farmers who lease the land have been offered compensation, although two "
     "families have not yet agreed terms. The project is expected to cost 14 million euros.",
     "Tidal water is to return to former grazing land on the Velmar estuary after the Coastal "
     "Habitats Trust announced on Monday a five-year plan to restore 340 hectares of salt marsh. The "
     "regional government and utility Orrin Water are jointly funding the scheme, which is expected "
     "to cost €14m. Contractors are due to start breaking through a 1.2km stretch of the old sea "
     "wall in September. According to Helen Marsovic, the trust's director, the restored marsh will shield the "
     "coast from storm surges and may eventually hold as much as 9,000 tonnes of carbon. "
     "Compensation has been offered to the local farmers who lease the land, but terms have yet to be "
     "agreed with two families.",
     traps=[T("€14m", "14 million euros"),
            T("1.2km stretch", "1.2-kilometre section"),
            T("Helen Marsovic, the trust's director", "Trust director Helen Marsovic"),
            T("may eventually hold as much as 9,000 tonnes", "could store up to 9,000 tonnes"),
            T("terms have yet to be agreed with two families", "two families have not yet agreed terms")])

case(2, "kayak rentals", "rewrite", "inconsistent",
     "Paddle & Pine, the kayak rental operator that runs 11 stations on lakes in the northern "
     "district, reported a 23 percent rise in summer bookings compared with last year, the company "
     "said in its seasonal update on Thursday. Chief executive Marta Lindqvist attributed the "
     "increase to a run of warm weekends in July and to the launch of an online booking app, which "
     "now accounts for roughly half of all reservations. The company plans to open two more stations "
     "next spring, subject to approval from the district's water authority. It also said it would "
     "replace 150 of its older polyethylene boats with lighter models before the 2025 season. Rental "
     "prices will remain unchanged for members of its loyalty scheme.",
     "Kayak rental operator Paddle & Pine, which has 11 stations on lakes across the northern "
     "district, said in a seasonal update on Thursday that summer bookings were up 32 percent on last "
     "year. Chief executive Marta Lindqvist credited a string of warm July weekends and the launch of "
     "an online booking app, through which about half of all reservations are now made. The company "
     "intends to open two further stations next spring. Before the 2025 season it will also swap 150 "
     "of its older polyethylene boats for lighter models. Loyalty scheme members will see no change "
     "in rental prices.",
     errors=[E("32 percent", "number", "major", "23 percent"),
             E("", "omission", "major", "subject to approval from the district's water authority",
               after="open two further stations next spring")],
     traps=[T("through which about half of all reservations are now made",
              "which now accounts for roughly half of all reservations"),
            T("Loyalty scheme members will see no change in rental prices",
              "Rental prices will remain unchanged for members of its loyalty scheme")])

case(3, "apple orchards", "rewrite", "consistent",
     "Apple growers in the Hallow Valley expect this year's harvest to be about 18 percent smaller "
     "than in 2023 after a late frost on April 14 damaged blossom across much of the region, the "
     "Hallow Valley Fruit Growers' Association said on Wednesday. The association estimates output "
     "at 62,000 tonnes, down from 75,600 tonnes last year. Its chairman, Piet Vandermolen, said that "
     "larger orchards with frost fans had escaped the worst of the damage, but that many smaller "
     "family farms had lost more than a third of their crop. The association has asked the "
     "agriculture ministry for emergency support and is due to meet officials on 2 September. Prices "
     "for dessert apples are likely to rise in the autumn, it said.",
     "A late frost that hit blossom across much of the Hallow Valley on April 14 is expected to cut "
     "this year's apple harvest by roughly 18 percent compared with 2023, according to the Hallow "
     "Valley Fruit Growers' Association. In a statement on Wednesday, the association put likely "
     "output at 62,000 tonnes, against 75,600 tonnes last year. Larger orchards protected by frost "
     "fans avoided the worst of the damage, chairman Piet Vandermolen said, but many smaller family "
     "farms lost over a third of their crop. The growers have requested emergency support from the "
     "agriculture ministry and are scheduled to meet its officials on September 2. Dessert apple "
     "prices will probably go up this autumn, the association said.",
     traps=[T("is expected to cut this year's apple harvest by roughly 18 percent",
              "expect this year's harvest to be about 18 percent smaller"),
            T("over a third", "more than a third"),
            T("requested emergency support from the agriculture ministry",
              "asked the agriculture ministry for emergency support"),
            T("September 2", "2 September"),
            T("will probably go up", "are likely to rise")])

case(4, "home care", "rewrite", "inconsistent",
     "Careline Partners, a home care provider with 2,300 clients in the eastern region, has been "
     "taken over by the larger Brightwell Group in a deal worth 48 million pounds, the two companies "
     "announced on Tuesday. Brightwell, which already operates 40 residential care homes, said the "
     "acquisition would allow it to offer support to older people in their own homes for the first "
     "time. Careline's founder, Adaeze Okonkwo, will stay on as managing director of the home care "
     "division for at least two years. The deal still requires clearance from the competition "
     "regulator, which is expected to rule by the end of March. Unions representing Careline's 1,100 "
     "care workers said they had been promised that no jobs would be cut.",
     "Home care provider Careline Partners has taken over the larger Brightwell Group in a £48m "
     "deal, the two companies announced on Tuesday. Careline has 2,300 clients in the eastern region. "
     "Brightwell, already the operator of 40 residential care homes, said the deal would let it "
     "support older people in their own homes for the first time. Adaeze Okonkwo, who founded "
     "Careline, will remain managing director of the home care division for a minimum of two years. "
     "Clearance from the competition regulator is still needed, with a ruling expected by the end of "
     "March. Unions for Careline's 1,100 care workers said they had been given assurances that there "
     "would be no job cuts.",
     errors=[E("Careline Partners has taken over the larger Brightwell Group", "role", "critical",
               "has been taken over by the larger Brightwell Group")],
     traps=[T("£48m deal", "deal worth 48 million pounds"),
            T("for a minimum of two years", "for at least two years"),
            T("had been given assurances that there would be no job cuts",
              "had been promised that no jobs would be cut")])

case(5, "lacrosse", "rewrite", "consistent",
     "The National Lacrosse League of Westmark has fined the Harbor City Ospreys 25,000 dollars and "
     "suspended their head coach, Dale Rourke, for three games after a brawl during Saturday's match "
     "against the Pinecrest Rangers, the league said in a statement on Monday. Two Ospreys players, "
     "defender Jonah Kellerman and midfielder Tyrese Adebayo, were each banned for one game. The "
     "Rangers were not sanctioned. League commissioner Ruth Emberly said the penalties reflected 'a "
     "clear failure of team discipline' and warned that any repeat could lead to the loss of home "
     "advantage in the playoffs. The Ospreys said they would not appeal. The suspended coach will "
     "miss games against Lakeshore, Dunmore and Pinecrest.",
     "Dale Rourke, head coach of the Harbor City Ospreys, has been suspended for three matches and the "
     "club fined $25,000 over a brawl in Saturday's game with the Pinecrest Rangers, the National "
     "Lacrosse League of Westmark announced on Monday. One-game bans were handed to two Ospreys "
     "players, defender Jonah Kellerman and midfielder Tyrese Adebayo, while no action was taken "
     "against the Rangers. According to commissioner Ruth Emberly, the sanctions reflected 'a clear "
     "failure of team discipline', and a repeat could cost the team home advantage in the playoffs. "
     "The Ospreys have said they will not contest the penalties. Rourke will sit out the games "
     "against Lakeshore, Dunmore and Pinecrest.",
     traps=[T("three matches", "three games"),
            T("$25,000", "25,000 dollars"),
            T("One-game bans were handed to two Ospreys players", "were each banned for one game"),
            T("no action was taken against the Rangers", "The Rangers were not sanctioned"),
            T("will not contest the penalties", "would not appeal")])

# --------------------------------------------------------------- rewrites 6-10
case(6, "telescopes", "rewrite", "inconsistent",
     "The Kestrel Ridge Observatory will close its main 2.4-metre telescope for eight months from "
     "1 November so that its primary mirror can be recoated and its control system replaced, the "
     "observatory's operator, the Astronomical Facilities Council, said on Friday. The refurbishment "
     "will cost 6.5 million dollars. Deputy director Samuel Achterberg said astronomers who had been "
     "allocated observing time during the closure would be offered slots on the smaller 1.1-metre "
     "telescope or priority in the following cycle. A spokesperson for the university consortium "
     "that uses the facility, Clara Benedetti, said researchers had been consulted and broadly "
     "supported the timing. The telescope is expected to resume operations in early July.",
     "The Astronomical Facilities Council said on Friday that the main 2.4-metre telescope at Kestrel "
     "Ridge Observatory will be shut for eight months from November 1 while its primary mirror is "
     "recoated and its control system is replaced, at a cost of $6.5m. Astronomers whose observing "
     "time falls within the closure will be offered either slots on the smaller 1.1-metre instrument "
     "or priority in the next cycle, deputy director Samuel Achterberg said. Achterberg added that "
     "researchers had been consulted and were broadly in favour of the timing. The telescope should "
     "be back in service in early June.",
     errors=[E("Achterberg added", "attribution", "major", "Clara Benedetti"),
             E("early June", "date", "major", "early July")],
     traps=[T("November 1", "1 November"),
            T("$6.5m", "6.5 million dollars"),
            T("were broadly in favour of the timing", "broadly supported the timing")])

case(7, "kindergartens", "rewrite", "consistent",
     "The city council of Drensby voted 31 to 12 on Wednesday to build four new municipal "
     "kindergartens by 2027, creating about 480 places for children aged three to six. The plan, "
     "drawn up by the education department, will cost an estimated 22 million euros, of which 40 "
     "percent will come from a national infrastructure fund. Councillor Ingrid Halvorsen, who chairs "
     "the education committee, said waiting lists had grown to more than 900 children in the past "
     "year. Opposition councillors argued that the money should instead be used to expand existing "
     "sites. The first of the new kindergartens, in the Nordhavn district, is due to open in August "
     "2025. Fees will be set by the council next spring.",
     "Drensby is to get four new municipal kindergartens by 2027 after city councillors approved the "
     "plan by 31 votes to 12 on Wednesday. They will provide around 480 places for three- to "
     "six-year-olds. Drawn up by the education department, the scheme is estimated to cost €22m, "
     "two-fifths of which will be met by a national infrastructure fund. Waiting lists have lengthened "
     "to over 900 children during the past year, said Ingrid Halvorsen, who heads the education "
     "committee. Opposition members said the money would be better spent enlarging existing sites. "
     "The first kindergarten, in the Nordhavn district, is scheduled to open in August 2025, and the "
     "council will decide on fees next spring.",
     traps=[T("by 31 votes to 12", "voted 31 to 12"),
            T("three- to six-year-olds", "children aged three to six"),
            T("€22m", "22 million euros"),
            T("two-fifths", "40 percent"),
            T("Ingrid Halvorsen, who heads the education committee",
              "Councillor Ingrid Halvorsen, who chairs the education committee")])

case(8, "silver jewellery", "rewrite", "inconsistent",
     "Lunara Silver, a jewellery maker based in the town of Castelbrino, said on Monday it may have to "
     "cut up to 60 of its 210 jobs if silver prices stay at their current level through the winter. "
     "The price of the metal has risen by about 30 percent since January, squeezing margins on the "
     "company's mid-priced rings and bracelets. Managing director Franca Moretti said the firm had "
     "already raised its wholesale prices twice this year and was reluctant to do so again. She added "
     "that talks with the regional development agency about a short-term loan were under way. Lunara "
     "exports about 70 percent of its output, mainly to Germany and the Nordic countries.",
     "Castelbrino-based jewellery maker Lunara Silver will cut up to 60 of its 210 jobs if silver "
     "prices remain at current levels over the winter, the company said on Monday. Silver has climbed "
     "roughly 30 percent since January, eroding margins on Lunara's mid-priced rings and bracelets. "
     "The firm has already put up its wholesale prices twice this year and is reluctant to raise them "
     "a third time, managing director Franca Moretti said, adding that it was in talks with the "
     "regional development agency over a short-term loan. Around 70 percent of production is "
     "exported, chiefly to Germany and the Nordic countries.",
     errors=[E("will cut", "modality", "major", "may have to cut")],
     traps=[T("over the winter", "through the winter"),
            T("climbed roughly 30 percent", "risen by about 30 percent"),
            T("Around 70 percent of production is exported", "exports about 70 percent of its output")])

case(9, "satellite imaging", "rewrite", "consistent",
     "Orbisight, a satellite imaging company, has signed a three-year contract worth 37 million "
     "dollars with the Coastal Fisheries Agency to monitor illegal fishing in the country's exclusive "
     "economic zone, the agency announced on Thursday. Under the deal, Orbisight will supply radar "
     "images at least four times a day, which can detect vessels even through cloud cover and at "
     "night. Agency head Mirela Dobrescu said the system would help inspectors target patrols more "
     "efficiently, but stressed that it would not replace patrol boats. The contract includes an "
     "option to extend it by two years. Orbisight, founded in 2016, currently operates nine "
     "satellites and plans to launch three more next year.",
     "The Coastal Fisheries Agency said on Thursday it had awarded Orbisight a $37m, three-year "
     "contract to watch for illegal fishing in the country's exclusive economic zone. The satellite "
     "imaging firm will provide radar imagery a minimum of four times daily; such images can pick out "
     "vessels at night and through cloud. Patrol boats will not be replaced by the system, agency "
     "chief Mirela Dobrescu stressed, though it will help inspectors direct patrols more efficiently. "
     "The agreement can be extended by a further two years. Founded in 2016, Orbisight has nine "
     "satellites in operation and intends to launch another three next year.",
     traps=[T("$37m", "37 million dollars"),
            T("a minimum of four times daily", "at least four times a day"),
            T("Patrol boats will not be replaced by the system", "it would not replace patrol boats"),
            T("agency chief Mirela Dobrescu", "Agency head Mirela Dobrescu"),
            T("another three", "three more")])

case(10, "university rankings", "rewrite", "inconsistent",
     "The University of Varnholt has climbed 14 places to 87th in the annual Global Academic Standing "
     "league table published on Tuesday, its highest position since the ranking began in 2009. The "
     "compilers, the London-based research firm Quellstone Analytics, said the rise reflected a sharp "
     "increase in citations of Varnholt's engineering research. The country's other leading "
     "institution, Merrow Technical University, fell six places to 132nd. Varnholt's rector, "
     "Professor Annika Steffensen, said the result was 'a recognition of our staff', but cautioned "
     "that rankings measured only part of a university's work. Quellstone assessed 1,650 institutions "
     "in 94 countries this year.",
     "The University of Varnholt has risen 14 places to 87th in the Global Academic Standing table, "
     "its best position since the ranking started in 2009. The annual league table, published on "
     "Tuesday, is compiled by the Berlin-based research firm Quellstone Analytics, which attributed "
     "the climb to a steep rise in citations of Varnholt's engineering research. Merrow Technical "
     "University, the country's other leading institution, dropped six places to 132nd. Rector Annika "
     "Steffensen welcomed the result as 'a recognition of our staff' but warned that rankings captured "
     "only part of what a university does. This year Quellstone assessed 1,650 institutions across 94 "
     "countries, its best position since the ranking started in 2009.",
     errors=[E("Berlin-based", "entity", "minor", "London-based"),
             E("its best position since the ranking started in 2009", "repetition", "minor", None, occ=1)],
     traps=[T("its best position since the ranking started in 2009",
              "its highest position since the ranking began in 2009", occ=0),
            T("dropped six places", "fell six places")])

# -------------------------------------------------------------- rewrites 11-15
case(11, "potato breeding", "rewrite", "consistent",
     "Researchers at the Feldmark Plant Breeding Institute have developed a potato variety that "
     "resists late blight without fungicide treatment in most seasons, the institute said on Tuesday. "
     "The variety, named Aurelia, was bred over 12 years by crossing a commercial table potato with a "
     "wild species from the Andes. In field trials at five sites between 2021 and 2023, it yielded on "
     "average 8 percent less than the market-leading variety but needed no spraying against blight in "
     "two of the three years. Project leader Dr Tomas Wielgosz said the variety could reduce "
     "fungicide use on potato farms by up to half. Aurelia has been submitted for official "
     "registration, a process expected to take about 18 months.",
     "A new potato variety developed at the Feldmark Plant Breeding Institute, Aurelia, can in most "
     "seasons withstand late blight without being treated with fungicide, the institute announced on "
     "Tuesday. Its breeders spent twelve years crossing a commercial table potato with a wild Andean "
     "species. Trials at five sites from 2021 to 2023 showed yields on average 8 percent below those "
     "of the market-leading variety, but in two out of three years no spraying against blight was "
     "needed. The variety might allow potato farms to cut fungicide use by as much as 50 percent, said "
     "Dr Tomas Wielgosz, who leads the project. The institute has applied for official registration "
     "of Aurelia, a process likely to take around a year and a half.",
     traps=[T("twelve years", "12 years"),
            T("a wild Andean species", "a wild species from the Andes"),
            T("in two out of three years", "in two of the three years"),
            T("by as much as 50 percent", "by up to half"),
            T("around a year and a half", "about 18 months")])

case(12, "public baths", "rewrite", "inconsistent",
     "The historic Solberg Public Baths, closed since 2019 because of structural problems, will reopen "
     "to the public on 15 May after a four-year renovation costing 11.8 million euros, the "
     "municipality of Ostervik said on Friday. The 1912 building's main pool, Turkish bath and sauna "
     "have been restored, and a new learners' pool has been added for school swimming lessons. Entry "
     "prices will rise from 4 euros to 6.50 euros for adults, but children under 12 will continue to "
     "swim free of charge. Deputy mayor Lars Eklund said the city had rejected a proposal to sell the "
     "building to a private hotel group. The renovation was completed roughly eight months behind "
     "schedule.",
     "Ostervik's historic Solberg Public Baths, shut since 2019 over structural problems, are to "
     "reopen on May 15 following a four-year, €11.8m renovation, the municipality announced on Friday. "
     "In the 1912 building, the main pool, Turkish bath and sauna have all been restored, and a new "
     "learners' pool for school swimming lessons has been built. Adult tickets will go up from €4 to "
     "€6.50, and children under 12 will no longer be able to swim free of charge. Deputy mayor Lars "
     "Eklund said the city had turned down a proposal to sell the building to a private hotel group. "
     "The work finished around eight months later than planned.",
     errors=[E("will no longer be able to swim free of charge", "polarity", "major",
               "will continue to swim free of charge")],
     traps=[T("€11.8m", "11.8 million euros"),
            T("had turned down a proposal", "had rejected a proposal"),
            T("around eight months later than planned", "roughly eight months behind schedule")])

case(13, "marble quarries", "rewrite", "consistent",
     "Prosecutors in the province of Ardesca have charged three managers of the Pietrabianca quarry "
     "company with environmental offences after waste slurry from a marble quarry was found to have "
     "polluted the Torrente Valle river, the provincial prosecutor's office said on Wednesday. Tests "
     "carried out last October found levels of suspended solids in the river up to 40 times the legal "
     "limit over a stretch of six kilometres. The company, which employs about 130 people, denies "
     "wrongdoing and says the discharge was caused by a burst pipe during heavy rain. A first court "
     "hearing is set for 9 January. If convicted, the managers face fines and up to three years in "
     "prison.",
     "Three managers at quarry company Pietrabianca have been charged with environmental offences in "
     "the province of Ardesca after slurry waste from a marble quarry was found to have contaminated "
     "the Torrente Valle river, the provincial prosecutor's office announced on Wednesday. Over a "
     "six-kilometre stretch, tests conducted last October showed suspended solids in the river at as "
     "much as 40 times the legal limit. Pietrabianca, which has a workforce of around 130, denies any "
     "wrongdoing, saying a pipe burst during heavy rain and caused the discharge. The case will first "
     "go before a court on January 9. The managers could be fined and jailed for as long as three "
     "years if found guilty.",
     traps=[T("six-kilometre stretch", "stretch of six kilometres"),
            T("as much as 40 times the legal limit", "up to 40 times the legal limit"),
            T("a workforce of around 130", "employs about 130 people"),
            T("January 9", "9 January"),
            T("jailed for as long as three years", "up to three years in prison")])

case(14, "geothermal heating", "rewrite", "inconsistent",
     "Hveraborg Energy has completed drilling of a second geothermal well for the district heating "
     "network in the town of Skálavík, the company said on Monday. The well reached a depth of 2,100 "
     "metres and produces water at 118 degrees Celsius, enough to heat around 3,500 homes. Connection "
     "to the network is planned for the spring, after which the town's oil-fired backup boilers will "
     "be used only in emergencies. The project cost 9 million dollars, a third of which was covered "
     "by a government climate grant. Chief engineer Sigrún Halldórsdóttir said a third well could be "
     "drilled within five years if demand continues to grow.",
     "Drilling has been completed on a second geothermal well for Skálavík's district heating "
     "network, Hveraborg Energy announced on Monday. The well, the deepest in the region, reached "
     "2,100 metres and delivers water at 118C, sufficient to heat some 3,500 homes. It is due to be "
     "connected to the network in spring, after which the town's oil-fired backup boilers will be "
     "scrapped. A government climate grant met one-third of the $9m cost. According to chief engineer "
     "Sigrún Halldórsdóttir, a third well might be drilled within five years should demand keep "
     "growing.",
     errors=[E("the deepest in the region", "addition", "minor", None),
             E("will be scrapped", "event", "major", "will be used only in emergencies")],
     traps=[T("118C", "118 degrees Celsius"),
            T("A government climate grant met one-third of the $9m cost",
              "The project cost 9 million dollars, a third of which was covered by a government climate grant"),
            T("should demand keep growing", "if demand continues to grow")])

case(15, "airport lounges", "rewrite", "consistent",
     "Skyvale Airport will open a new 1,800-square-metre lounge in its international terminal on "
     "3 March, operated by the hospitality group Meridel, the airport said on Thursday. The lounge "
     "will seat 420 passengers and include showers, a quiet zone and a children's play area. Access "
     "will be free for business-class passengers of partner airlines and for holders of certain "
     "premium credit cards, while other travellers will be able to buy a day pass for 45 dollars. The "
     "existing lounge on the upper floor will close for refurbishment at the end of April and is due "
     "to reopen in the autumn. Airport chief executive Olumide Bankole said passenger numbers at the "
     "terminal had risen by 17 percent last year.",
     "A new 1,800 sq m lounge run by hospitality group Meridel is to open in Skyvale Airport's "
     "international terminal on March 3, the airport announced on Thursday. With seating for 420, the "
     "lounge will offer showers, a quiet zone and a play area for children. Business-class passengers "
     "of partner airlines and holders of certain premium credit cards will get in free; other "
     "travellers can buy a $45 day pass. At the end of April the current upper-floor lounge will shut "
     "for refurbishment, with reopening planned for the autumn. Passenger numbers at the terminal grew "
     "17 percent last year, the airport's chief executive, Olumide Bankole, said.",
     traps=[T("1,800 sq m", "1,800-square-metre"),
            T("With seating for 420", "will seat 420 passengers"),
            T("will get in free", "Access will be free"),
            T("$45 day pass", "day pass for 45 dollars"),
            T("with reopening planned for the autumn", "is due to reopen in the autumn")])

# -------------------------------------------------------------- rewrites 16-20
case(16, "rainwater harvesting", "rewrite", "inconsistent",
     "From January, all new homes built in the district of Karoo Ridge will have to include a "
     "rainwater tank with a capacity of at least 5,000 litres, under a by-law approved by the district "
     "council on Tuesday. Existing homeowners who install tanks voluntarily will be eligible for a "
     "rebate of up to 40 percent of the cost, capped at 6,000 rand per household. Council spokesperson "
     "Thandeka Mabuza said the measure was intended to reduce pressure on the municipal supply during "
     "the dry season, when reservoir levels have fallen below 30 percent in three of the past five "
     "years. The by-law does not apply to blocks of flats with more than four units.",
     "Under a by-law passed by Karoo Ridge district council on Tuesday, every new home built in the "
     "district from January must have a rainwater tank holding 5,000 litres or more. Homeowners who "
     "fit tanks to existing properties of their own accord can claim back up to 40 percent of the "
     "cost. The aim is to ease pressure on the municipal supply in the dry season, council "
     "spokesperson Thandeka Mabuza said; in three of the last five years, reservoir levels have "
     "dropped below 30 percent at that time of year. Blocks of flats with over four units are exempt.",
     errors=[E("", "omission", "major", "capped at 6,000 rand per household",
               after="can claim back up to 40 percent of the cost")],
     traps=[T("5,000 litres or more", "at least 5,000 litres"),
            T("of their own accord", "voluntarily"),
            T("Blocks of flats with over four units are exempt",
              "The by-law does not apply to blocks of flats with more than four units")])

case(17, "optician chains", "rewrite", "consistent",
     "ClearView Opticians, the country's third-largest optician chain, plans to close 35 of its 260 "
     "stores by the end of next year as more customers buy glasses and contact lenses online, the "
     "company said in its annual results on Wednesday. Pre-tax profit fell to 12.4 million pounds in "
     "the year to March, from 19.1 million pounds a year earlier, while revenue was broadly flat at "
     "310 million pounds. Chief executive Rhona Gallacher said most of the affected staff would be "
     "offered jobs at nearby branches. The company will invest 8 million pounds in a new online "
     "eye-test booking system and expects to open 10 stores inside supermarkets over the same period.",
     "ClearView Opticians, the third-largest optician chain in the country, intends to shut 35 of its "
     "260 shops by the end of next year because customers are increasingly buying their glasses and "
     "contact lenses online. In annual results published on Wednesday, the company reported pre-tax "
     "profit down from £19.1m to £12.4m for the year to March, on revenue that was broadly unchanged "
     "at £310m. Most staff affected will be offered posts at nearby branches, said chief executive "
     "Rhona Gallacher. ClearView will put £8m into a new online system for booking eye tests and "
     "expects to open 10 in-supermarket stores over the same period.",
     traps=[T("shut 35 of its 260 shops", "close 35 of its 260 stores"),
            T("pre-tax profit down from £19.1m to £12.4m",
              "Pre-tax profit fell to 12.4 million pounds in the year to March, from 19.1 million pounds a year earlier"),
            T("broadly unchanged at £310m", "broadly flat at 310 million pounds"),
            T("put £8m into", "invest 8 million pounds in"),
            T("10 in-supermarket stores", "10 stores inside supermarkets")])

case(18, "helicopter services", "rewrite", "inconsistent",
     "Northwind Helicopters has won a seven-year contract to provide air ambulance services across the "
     "island region of Skerholm, replacing the current operator from 1 July, the regional health "
     "authority said on Monday. The contract is worth 84 million euros and covers three helicopters "
     "based at Holmvik, Tarnø and Easterby, which will be available 24 hours a day. The authority said "
     "response times to the outer islands should fall from an average of 52 minutes to about 35 "
     "minutes. Northwind, which already flies search-and-rescue missions for the coastguard, will take "
     "on most of the outgoing operator's 40 pilots and medical crew. The losing bidder has ten days to "
     "appeal.",
     "The regional health authority said on Monday that Northwind Helicopters would take over air "
     "ambulance services across the Skerholm islands from the current operator on July 1 under a "
     "seven-year, €84m contract. Three helicopters, stationed at Holmvik, Tarnø and Easterby, will be "
     "on call around the clock. According to the authority, the average response time to the outer "
     "islands should drop from 52 minutes to roughly 25 minutes. Northwind already carries out "
     "search-and-rescue flights for the coastguard and will absorb most of the 40 pilots and medical "
     "crew employed by the outgoing operator. The unsuccessful bidder has ten days in which to lodge "
     "an appeal.",
     errors=[E("25 minutes", "number", "major", "35 minutes")],
     traps=[T("€84m", "84 million euros"),
            T("around the clock", "24 hours a day"),
            T("The unsuccessful bidder", "The losing bidder")])

case(19, "bone marrow registry", "rewrite", "consistent",
     "The national bone marrow donor registry, run by the charity LifeMatch, passed 500,000 registered "
     "donors for the first time last month, the charity said on Tuesday. Around 62 percent of new "
     "sign-ups in the past year were aged between 18 and 30, after a campaign in universities and "
     "sports clubs. However, donors from ethnic minority backgrounds still make up only 9 percent of "
     "the registry, meaning patients from those groups are less likely to find a matching donor. "
     "LifeMatch medical director Dr Yusuf Karaman said the charity would target community and "
     "religious organisations next year. The registry facilitated 312 transplants in 2023, up from "
     "271 in 2022.",
     "Last month, for the first time, more than 500,000 donors were signed up to the national bone "
     "marrow registry, LifeMatch, the charity that runs it, said on Tuesday. Following a drive in "
     "universities and sports clubs, just over three-fifths of those joining in the past year were "
     "18 to 30 years old. Yet donors from ethnic minority backgrounds still account for just 9 percent "
     "of the registry, which leaves patients from those communities with a lower chance of finding a "
     "match. Next year the charity will focus on community and religious organisations, according to "
     "its medical director, Dr Yusuf Karaman. In 2023 the registry helped bring about 312 transplants, "
     "compared with 271 the year before.",
     traps=[T("more than 500,000 donors were signed up", "passed 500,000 registered donors"),
            T("just over three-fifths", "Around 62 percent"),
            T("a lower chance of finding a match", "less likely to find a matching donor"),
            T("its medical director, Dr Yusuf Karaman", "LifeMatch medical director Dr Yusuf Karaman"),
            T("compared with 271 the year before", "up from 271 in 2022")])

case(20, "horse shows", "rewrite", "inconsistent",
     "The Brackenfield International Horse Show has been cancelled for the second year running after "
     "an outbreak of equine herpes virus at a nearby stable, organisers said on Saturday. The five-day "
     "event, which was due to start on 21 August, usually attracts around 600 horses and 40,000 "
     "spectators. Veterinary officer Dr Fiona Drummond said the risk of spreading the virus was too "
     "high to allow horses from different yards to mix. Show director Nigel Ashcombe said ticket "
     "holders would receive full refunds within 30 days. Organisers hope to hold the show in its "
     "usual slot next year.",
     "For the second consecutive year, the Brackenfield International Horse Show has been called off, "
     "following an equine herpes virus outbreak at a stable close by, the organisers announced on "
     "Saturday. The five-day show had been scheduled to begin on August 12 and normally draws some 600 "
     "horses and 40,000 spectators. According to show director Nigel Ashcombe, allowing horses from "
     "different yards to mix would carry too high a risk of spreading the virus. He added that ticket "
     "holders would be refunded in full within 30 days. The organisers hope the event will return to "
     "its usual slot next year.",
     errors=[E("August 12", "date", "major", "21 August"),
             E("show director Nigel Ashcombe", "attribution", "major", "Veterinary officer Dr Fiona Drummond")],
     traps=[T("For the second consecutive year", "for the second year running"),
            T("refunded in full", "receive full refunds")])

# ------------------------------------------------------------- summaries 21-25
case(21, "green roofs", "summary", "consistent",
     "The city of Marlow Bay will require all new commercial buildings with a flat roof larger than "
     "500 square metres to install a green roof or solar panels, under rules approved by the city "
     "assembly on Thursday by 38 votes to 9. The requirement will take effect in July 2025 and will "
     "apply to warehouses, offices and shopping centres. Buildings that combine vegetation and solar "
     "panels on the same roof will qualify for a 20 percent reduction in their stormwater fee. The "
     "city's environment commissioner, Dr Leona Farrant, said green roofs could lower summer rooftop "
     "temperatures by as much as 30 degrees Celsius and retain between 50 and 70 percent of rainfall. "
     "Developers' association Build Marlow warned that the rules would add about 4 percent to "
     "construction costs and asked for a two-year transition period, which the assembly rejected. "
     "Existing buildings are not covered, although owners who retrofit green roofs will be able to "
     "apply for grants from a 3 million dollar fund.",
     "From July 2025, new commercial buildings in Marlow Bay with flat roofs over 500 square metres "
     "must have a green roof or solar panels, after the city assembly voted 38-9 for the rules on "
     "Thursday. Roofs combining both will get a fifth off their stormwater fee. Developers warned of a "
     "roughly 4 percent rise in building costs, but their request for a two-year transition was turned "
     "down. Existing buildings are exempt, though owners who add green roofs can seek grants from a "
     "$3m fund.",
     traps=[T("voted 38-9", "by 38 votes to 9"),
            T("a fifth off their stormwater fee", "a 20 percent reduction in their stormwater fee"),
            T("was turned down", "which the assembly rejected"),
            T("Existing buildings are exempt", "Existing buildings are not covered"),
            T("$3m fund", "3 million dollar fund")])

case(22, "newspapers printing", "summary", "inconsistent",
     "The Northern Courier Group will stop printing its three regional daily newspapers at its own "
     "plant in Greyhaven at the end of the year and move production to a contract printer, the group "
     "said on Wednesday. The Greyhaven press, which opened in 1987, employs 74 people, and the company "
     "said it would try to find other roles for as many of them as possible, although it did not rule "
     "out redundancies. Managing editor Colm Devlin said print circulation had fallen by around 40 "
     "percent over five years, making the plant too costly to run. The papers will continue to appear "
     "seven days a week, but the deadline for late news will move forward by about two hours. The "
     "group said it was also considering ending the Monday print edition of the Greyhaven Evening Post "
     "and publishing it online only, but no decision has been taken. The National Union of Print "
     "Workers called the move 'a blow to a town that has already lost too much'.",
     "The Northern Courier Group will stop printing its three regional dailies at its Greyhaven plant "
     "at the end of the year and switch to a contract printer. The group will try to redeploy as many "
     "of the plant's 74 staff as possible, though redundancies have not been ruled out. Managing "
     "editor Colm Devlin blamed a roughly 40 percent drop in print circulation over five years. The "
     "papers will still appear daily, with an earlier late-news deadline, while the Monday print "
     "edition of the Greyhaven Evening Post will be replaced by an online-only version. The site will "
     "be sold to cover pension costs.",
     errors=[E("will be replaced by an online-only version", "modality", "major",
               "was also considering ending the Monday print edition of the Greyhaven Evening Post and publishing it online only"),
             E("The site will be sold to cover pension costs", "addition", "major", None)],
     traps=[T("redundancies have not been ruled out", "it did not rule out redundancies"),
            T("a roughly 40 percent drop in print circulation over five years",
              "print circulation had fallen by around 40 percent over five years"),
            T("will still appear daily", "will continue to appear seven days a week")])

case(23, "tailoring", "summary", "consistent",
     "Hollis & Crane, a tailoring house founded in 1874, has opened a training academy in its workshop "
     "in the city's old cloth district to address a shortage of skilled tailors, the company said on "
     "Monday. The academy will take 12 apprentices a year on a three-year programme covering cutting, "
     "hand-sewing and fitting, and apprentices will be paid a salary from their first day. Head cutter "
     "Benedikt Sorell, who has worked for the firm for 31 years, said the average age of the company's "
     "tailors was now 58 and that without new recruits the craft could disappear from the city within "
     "a generation. The programme is partly funded by a 250,000 euro grant from the city's heritage "
     "foundation. Applications for the first intake, which starts in October, closed last week with "
     "340 candidates. The company, which makes around 900 made-to-measure suits a year, said it also "
     "plans to offer short courses for the public from next spring.",
     "Tailoring house Hollis & Crane has opened an academy at its workshop to tackle a shortage of "
     "skilled tailors, offering 12 paid three-year apprenticeships a year. Head cutter Benedikt Sorell "
     "warned that with the firm's tailors now averaging 58 years of age, the craft could vanish from "
     "the city within a generation unless new people are recruited. A €250,000 heritage foundation "
     "grant is helping to fund the scheme, and 340 people applied for the first intake, which begins "
     "in October.",
     traps=[T("12 paid three-year apprenticeships a year", "12 apprentices a year on a three-year programme"),
            T("averaging 58 years of age", "the average age of the company's tailors was now 58"),
            T("could vanish from the city within a generation unless new people are recruited",
              "without new recruits the craft could disappear from the city within a generation"),
            T("€250,000", "250,000 euro"),
            T("340 people applied for the first intake", "closed last week with 340 candidates")])

case(24, "mosquito control", "summary", "inconsistent",
     "Health authorities in the coastal province of San Telmo will release around 2 million sterile "
     "male mosquitoes a week over the next six months in an attempt to curb dengue fever, the "
     "provincial health department said on Friday. The males, which do not bite, are sterilised with "
     "low doses of radiation at a facility run by the Institute of Tropical Entomology and will mate "
     "with wild females, whose eggs will then fail to hatch. The programme, which will cost 1.9 "
     "million dollars, is being funded by the national government and carried out by the private firm "
     "VectorLine. Dengue cases in the province rose to 4,800 last year, almost double the figure for "
     "2022. Provincial health secretary Dr Marisol Quintero said spraying with insecticide would "
     "continue in the worst-affected districts. A similar trial in the neighbouring province of Alto "
     "Real cut mosquito numbers by 70 percent.",
     "San Telmo province will release some 2 million sterile male mosquitoes weekly for six months to "
     "fight dengue, after cases there reached 4,800 last year, nearly twice the 2022 total. The males, "
     "sterilised by radiation, will mate with wild females whose eggs then do not hatch. The $1.9m "
     "programme is funded by VectorLine, a private firm, and carried out by the national government. "
     "Insecticide spraying will carry on in the hardest-hit districts.",
     errors=[E("VectorLine, a private firm, and carried out by the national government", "role", "major",
               "funded by the national government and carried out by the private firm VectorLine")],
     traps=[T("some 2 million sterile male mosquitoes weekly",
              "around 2 million sterile male mosquitoes a week"),
            T("nearly twice the 2022 total", "almost double the figure for 2022"),
            T("will carry on in the hardest-hit districts", "would continue in the worst-affected districts")])

case(25, "judo", "summary", "consistent",
     "Judoka Mirela Kovacevic won the women's under-63 kilogram title at the European Judo Open in "
     "Valmora on Sunday, beating the defending champion, Saskia Brandt, in the final with a throw just "
     "40 seconds before the end of regulation time. It was the 24-year-old's first senior "
     "international title. Kovacevic, who missed most of last season with a knee injury, had earlier "
     "defeated three opponents, two of them by ippon. Her coach, Dragan Lisica, said the victory would "
     "help her qualification bid for the world championships in August, although she still needs to "
     "climb at least six places in the world ranking. The national federation said 11 of its 18 "
     "athletes at the event had reached at least the quarter-finals, its best result at a European "
     "Open. Brandt, who is 31, said afterwards she had not yet decided whether to compete next season.",
     "Mirela Kovacevic, 24, took her first senior international title by winning the women's "
     "under-63kg event at the European Judo Open in Valmora on Sunday, throwing holder Saskia Brandt "
     "40 seconds from the end of regulation time in the final. Back after a knee injury that kept her "
     "out for most of last season, she must still rise at least six places in the world ranking in her "
     "bid to qualify for August's world championships, her coach said. The national federation called "
     "its result, with 11 of 18 athletes reaching at least the quarter-finals, its best at a European "
     "Open.",
     traps=[T("under-63kg", "under-63 kilogram"),
            T("holder Saskia Brandt", "the defending champion, Saskia Brandt"),
            T("40 seconds from the end of regulation time", "40 seconds before the end of regulation time"),
            T("kept her out for most of last season", "missed most of last season"),
            T("August's world championships", "the world championships in August")])

# ------------------------------------------------------------- summaries 26-30
case(26, "glacier tours", "summary", "inconsistent",
     "Guided tours on the Fjallbrá glacier will be suspended from Monday after a large crevasse opened "
     "near the main access route, the national park authority said on Saturday. About 25 tour "
     "operators offer walks and ice-cave visits on the glacier, which attracts roughly 90,000 visitors "
     "a year. Park ranger Einar Sveinsson said the crevasse, around 40 metres long, had formed during "
     "an unusually warm week and that a new route would need to be surveyed before tours could resume. "
     "No one was injured. The suspension does not affect boat trips on the glacier lagoon, which will "
     "continue as normal. The association of tour operators, headed by Katla Jónsdóttir, said its "
     "members would offer affected customers a full refund or a rebooking, and called on the "
     "authority to complete the survey within two weeks.",
     "The national park authority is suspending guided tours on the Fjallbrá glacier, which draws some "
     "90,000 visitors a year, from Monday after a crevasse of about 40 metres opened near the visitor "
     "centre during an unusually warm week. Tours will only restart once a new route has been "
     "surveyed. Nobody was hurt. Boat trips on the glacier lagoon have also been halted. Tour "
     "operators will offer full refunds or rebookings and want the survey finished within two weeks.",
     errors=[E("near the visitor centre", "entity", "major", "near the main access route"),
             E("Boat trips on the glacier lagoon have also been halted", "polarity", "critical",
               "The suspension does not affect boat trips on the glacier lagoon")],
     traps=[T("some 90,000 visitors a year", "roughly 90,000 visitors a year"),
            T("a crevasse of about 40 metres", "the crevasse, around 40 metres long"),
            T("Nobody was hurt", "No one was injured")])

case(27, "state records", "summary", "consistent",
     "The State Records Office of Lindmark will digitise around 14 million pages of historical "
     "documents, including land registers, court files and census returns dating back to 1780, under "
     "a seven-year project announced on Tuesday by the culture ministry. The work will be carried out "
     "by the office's own staff and a contractor, Archiva Systems, at a total cost of 26 million "
     "euros. The digitised records will be available free of charge on a public website, with the "
     "first collections, mainly census returns from the 19th century, due to go online in spring "
     "2026. Chief archivist Dr Henrik Valsted said that some documents were so fragile that they "
     "could currently be viewed only under supervision, and that digitisation would protect them from "
     "further handling. Records containing personal information less than 100 years old will not be "
     "published online.",
     "Lindmark's State Records Office is to digitise some 14 million pages of documents going back to "
     "1780, among them land registers, court files and census returns, in a seven-year, €26m project "
     "announced by the culture ministry on Tuesday. The scans will be free to view on a public "
     "website, starting with mostly 19th-century census returns in spring 2026, although records "
     "holding personal information under a century old will stay offline. Chief archivist Dr Henrik "
     "Valsted said digitisation would spare fragile documents further handling.",
     traps=[T("going back to 1780", "dating back to 1780"),
            T("€26m", "26 million euros"),
            T("free to view", "available free of charge"),
            T("mostly 19th-century census returns", "mainly census returns from the 19th century"),
            T("under a century old will stay offline", "less than 100 years old will not be published online")])

case(28, "sushi restaurants", "summary", "inconsistent",
     "Kaito Holdings, which operates the Umi Sushi chain of 86 conveyor-belt restaurants, reported a "
     "12 percent rise in sales to 41 billion yen for the year ending in March, helped by strong demand "
     "from tourists, the company said on Friday. Operating profit rose by 5 percent to 2.3 billion "
     "yen, held back by higher prices for fish and rice. The company plans to open 15 restaurants in "
     "the current year, including its first three outside the country, in Singapore. Chief executive "
     "Haruto Nishida said menu prices would rise by an average of 4 percent from June. The chain has "
     "also begun testing tablet ordering at ten restaurants and plans to roll it out nationwide if the "
     "trial succeeds. The shares rose 3 percent in Tokyo trading after the results.",
     "Umi Sushi operator Kaito Holdings said on Friday its sales rose 12 percent to ¥41bn in the year "
     "to March on strong tourist demand, while costlier fish and rice limited the increase in "
     "operating profit to 5 percent. The company plans 15 openings this year, including its first "
     "three abroad, in Singapore, and will raise menu prices by an average of 4 percent from June. Its "
     "shares gained 3 percent in Tokyo as its sales rose 12 percent to ¥41bn.",
     errors=[E("its sales rose 12 percent to ¥41bn", "repetition", "minor", None, occ=1)],
     traps=[T("its sales rose 12 percent to ¥41bn", "a 12 percent rise in sales to 41 billion yen", occ=0),
            T("limited the increase in operating profit to 5 percent", "Operating profit rose by 5 percent"),
            T("its first three abroad", "its first three outside the country")])

case(29, "campsites", "summary", "consistent",
     "Campsites in the Aldermoor National Park recorded 412,000 overnight stays between May and "
     "September, 7 percent fewer than in the same period last year, according to figures published on "
     "Thursday by the park's tourism office. The decline was blamed mainly on a wet July, when stays "
     "fell by almost a fifth. Foreign visitors, who account for around a third of all stays, were down "
     "only slightly, while bookings for the park's 140 camping pods and cabins rose by 11 percent. "
     "Tourism officer Greta Lindahl said campers were increasingly choosing sites with covered "
     "facilities and reliable wifi. The park plans to allow four campsites to add up to 20 additional "
     "cabins each from next year, subject to planning permission. Tent pitch prices will be frozen "
     "for 2025.",
     "Overnight stays at Aldermoor National Park's campsites fell 7 percent year on year to 412,000 "
     "between May and September, mostly because of a rainy July, the park's tourism office said. "
     "Bookings for its 140 pods and cabins, however, grew by 11 percent, and four campsites may each "
     "add as many as 20 more cabins from next year if planning permission is granted. Prices for tent "
     "pitches will not change in 2025.",
     traps=[T("fell 7 percent year on year", "7 percent fewer than in the same period last year"),
            T("mostly because of a rainy July", "blamed mainly on a wet July"),
            T("as many as 20 more cabins", "up to 20 additional cabins"),
            T("if planning permission is granted", "subject to planning permission"),
            T("will not change in 2025", "will be frozen for 2025")])

case(30, "speed cameras", "summary", "inconsistent",
     "The transport ministry will install 250 new average-speed cameras on national roads over the next "
     "two years, focusing on stretches with the highest accident rates, Transport Minister Elsa Varga "
     "announced on Wednesday. The cameras measure a vehicle's average speed between two points rather "
     "than at a single location. A pilot scheme on the R14 coastal road, where 120 cameras were "
     "installed in 2022, cut serious accidents by 38 percent, according to the ministry. Fines "
     "collected by the cameras will go into a road safety fund used to improve junctions and "
     "crossings. Motoring organisation Autoklub criticised the plan, arguing that the money would be "
     "better spent on road maintenance. The first cameras will be switched on in March.",
     "Transport Minister Elsa Varga said on Wednesday that 250 new average-speed cameras, which measure "
     "average speed between two points, will be installed within two years, concentrated on the most "
     "accident-prone stretches of national roads. A pilot with 120 cameras on the R14 coastal road "
     "since 2022 cut serious accidents by 38 percent, the ministry says. Fines will feed a road safety "
     "fund for junction and crossing improvements. Motoring group Autoklub has gone to court over the "
     "plan, saying the money should go on road maintenance instead. The first cameras go live in "
     "March.",
     errors=[E("has gone to court over the plan", "event", "major", "criticised the plan")],
     traps=[T("within two years", "over the next two years"),
            T("the money should go on road maintenance instead",
              "the money would be better spent on road maintenance"),
            T("go live in March", "will be switched on in March")])

# ---------------------------------------------------------- translations 31-35
case(31, "funiculars", "translation", "consistent",
     "The Dorfberg funicular in the canton of Uri will be out of service from 6 January to the end of "
     "April while its 1926 cable and braking system are replaced, the operating company Dorfbergbahn "
     "AG announced on Tuesday. The line, 1.4 kilometres long, overcomes a height difference of 520 "
     "metres and carried around 310,000 passengers last year. During the closure a replacement bus "
     "will run every 30 minutes between the valley station and the village of Oberdorf. The work will "
     "cost 7.2 million Swiss francs, of which the canton will pay half. According to company director "
     "Beat Arnold, the new system will allow the cars to travel at 10 metres per second instead of 7, "
     "cutting the journey time by almost a third.",
     "From 6 January until the end of April, the Dorfberg funicular in Uri canton will not run while "
     "the cable and braking system installed in 1926 are replaced, its operator Dorfbergbahn AG said "
     "on Tuesday. Some 310,000 people rode the 1.4-km line, which climbs 520 metres, last year. While "
     "it is closed, a replacement bus will operate every half hour between the valley station and "
     "Oberdorf village. Half of the CHF 7.2 million cost of the works will be borne by the canton. "
     "Company director Beat Arnold said that with the new system the cars would reach 10 metres a "
     "second rather than 7, reducing travel time by nearly one third.",
     traps=[T("1.4-km line", "1.4 kilometres long"),
            T("which climbs 520 metres", "overcomes a height difference of 520 metres"),
            T("every half hour", "every 30 minutes"),
            T("Half of the CHF 7.2 million cost of the works will be borne by the canton",
              "The work will cost 7.2 million Swiss francs, of which the canton will pay half"),
            T("nearly one third", "almost a third")])

case(32, "tax refunds", "translation", "inconsistent",
     "The Tax Agency has paid out 9.4 billion euros in income tax refunds since the start of the "
     "annual filing campaign on 3 April, 11 percent more than at the same point last year, the Finance "
     "Ministry reported on Monday. In total, 8.2 million taxpayers have already received their money, "
     "with an average refund of 715 euros. Secretary of State for Finance Lucía Berrocal said the "
     "faster processing was due to the wider use of the pre-filled return, which 78 percent of filers "
     "accepted without changes. The campaign ends on 30 June. The agency also warned of a wave of "
     "fraudulent text messages, sent in its name, asking taxpayers to enter bank details to 'unlock' "
     "their refund.",
     "Since the yearly income tax campaign opened on 3 April, the Tax Agency has returned €9.4 million "
     "to taxpayers, up 11% on the same stage a year ago, according to figures released by the Finance "
     "Ministry on Monday. Refunds averaging €715 have so far reached 8.2 million people. Faster "
     "processing owes much to the broader use of the pre-filled return, which 78% of filers accepted "
     "as it stood, said Lucía Berrocal, Secretary of State for Finance. The campaign closes on 30 "
     "June. Taxpayers have also alerted the agency to a wave of fake SMS messages, purporting to come "
     "from it, that ask recipients to enter their bank details to 'unlock' their refund.",
     errors=[E("€9.4 million", "number", "critical", "9.4 billion euros"),
             E("Taxpayers have also alerted the agency", "role", "major", "The agency also warned")],
     traps=[T("up 11% on the same stage a year ago", "11 percent more than at the same point last year"),
            T("Refunds averaging €715", "an average refund of 715 euros"),
            T("accepted as it stood", "accepted without changes")])

case(33, "drum making", "translation", "consistent",
     "Asano Taiko Works, a family-run drum maker in the town of Kanemori that has been in business "
     "since 1897, will receive a government grant of 18 million yen to train two apprentices over the "
     "next five years, the Agency for Cultural Affairs said on Thursday. The workshop, one of fewer "
     "than ten in the country still making large taiko drums entirely by hand, currently employs four "
     "craftsmen, the youngest of whom is 61. Each drum body is carved from a single trunk of zelkova "
     "wood, which is dried for up to ten years before work begins. Sixth-generation owner Kenji Asano "
     "said orders from overseas, mainly from performance groups in the United States and Europe, now "
     "made up about 40 percent of sales.",
     "The Agency for Cultural Affairs announced on Thursday that Asano Taiko Works, a family drum-making "
     "business in Kanemori operating since 1897, is to be given an 18-million-yen state subsidy so that "
     "it can train two apprentices over a five-year period. Fewer than ten workshops nationwide still "
     "build large taiko drums wholly by hand, and this is one of them; its four craftsmen are all 61 "
     "or older. The body of each drum is cut from one zelkova trunk, left to dry for as long as a "
     "decade before the craftsmen start. Kenji Asano, who runs the firm as the sixth generation of his "
     "family, said some 40% of sales now came from abroad, chiefly from performing groups in the "
     "United States and Europe.",
     traps=[T("18-million-yen state subsidy", "government grant of 18 million yen"),
            T("over a five-year period", "over the next five years"),
            T("are all 61 or older", "the youngest of whom is 61"),
            T("for as long as a decade", "for up to ten years"),
            T("some 40% of sales", "about 40 percent of sales")])

case(34, "neonatal care", "translation", "inconsistent",
     "The neonatal intensive care unit at the Regional Hospital in Kroměšov will expand from 14 to 22 "
     "beds by the end of next year, the regional council decided on Monday. The 95 million koruna "
     "project includes a new wing with rooms where parents can stay overnight next to their babies. "
     "Head of the unit Dr Alena Pospíšilová said that the ward currently has to transfer some "
     "premature babies to hospitals in Prague or Brno because of a lack of space, sometimes more than "
     "200 kilometres away. Last year 1,130 babies were treated in the unit, a quarter of them born "
     "before the 32nd week of pregnancy. The council also approved funding for four additional "
     "neonatal nurses.",
     "Kroměšov city council decided on Monday that the newborn intensive care unit at the town's "
     "Regional Hospital will grow from 14 to 22 beds by the close of next year. The CZK 95 million "
     "scheme includes a new wing where parents will be able to spend the night beside their babies. "
     "Because there is not enough room, the ward must at present send some premature infants to "
     "hospitals in Prague or Brno, sometimes over 200 km away, explained Dr Alena Pospíšilová, who "
     "heads the unit. Of the 1,130 babies it treated last year, one in four had been born before the "
     "32nd week of pregnancy. Councillors also approved money for four more neonatal nurses.",
     errors=[E("city council", "entity", "major", "regional council")],
     traps=[T("CZK 95 million", "95 million koruna"),
            T("one in four", "a quarter"),
            T("four more neonatal nurses", "four additional neonatal nurses")])

case(35, "blood donation", "translation", "consistent",
     "Blood stocks in the Mazovian region have fallen to their lowest level in six years, with reserves "
     "of group 0 negative sufficient for only two days, the Regional Blood Donation Centre in Wiślice "
     "said on Wednesday. The centre appealed to healthy adults aged 18 to 65 to donate, particularly "
     "those with groups 0 and A. Director Dr Tomasz Kowalczyk said summer holidays and a heatwave had "
     "cut the number of donors by about 25 percent compared with June. Donors will receive a voucher "
     "for public transport and, from this month, two days off work instead of one. Mobile collection "
     "buses will be stationed in shopping centres in Wiślice and Radomka every weekend until the end "
     "of August.",
     "The Regional Blood Donation Centre in Wiślice warned on Wednesday that blood supplies in the "
     "Mazovian region are at a six-year low, with enough 0-negative blood for just 48 hours. It urged "
     "healthy adults between 18 and 65, especially those of blood groups 0 and A, to give blood. "
     "According to its director, Dr Tomasz Kowalczyk, the summer holidays and a heatwave have led to "
     "roughly a quarter fewer donors than in June. Donors get a public transport voucher and, starting "
     "this month, two days' leave from work rather than one. Until the end of August, mobile "
     "collection buses will be parked at shopping centres in Wiślice and Radomka each weekend.",
     traps=[T("at a six-year low", "their lowest level in six years"),
            T("for just 48 hours", "for only two days"),
            T("between 18 and 65", "aged 18 to 65"),
            T("roughly a quarter fewer donors", "cut the number of donors by about 25 percent"),
            T("two days' leave from work rather than one", "two days off work instead of one")])

# ---------------------------------------------------------- translations 36-40
case(36, "pool halls", "translation", "inconsistent",
     "The city of Campo Verde will allow pool halls to stay open until 2 a.m. on Fridays and Saturdays "
     "from next month, reversing a 2019 rule that forced them to close at midnight, the municipal "
     "secretariat for economic development said on Tuesday. Owners must install noise insulation and "
     "security cameras to qualify for the extended hours. The city has 63 licensed pool halls, about "
     "half of which are in the central district. Secretary Renata Albuquerque said the change could "
     "create around 150 jobs, but that licences could be withdrawn from venues that receive repeated "
     "complaints from neighbours. Residents' associations in the central district opposed the measure.",
     "Starting next month, pool halls in Campo Verde will be permitted to remain open until 2 in the "
     "morning on Friday and Saturday nights, the municipal economic development secretariat announced "
     "on Tuesday, overturning a 2019 regulation that made them shut at midnight. To be eligible for "
     "the longer hours, owners will have to fit soundproofing and CCTV cameras. Of the city's 63 "
     "licensed pool halls, roughly half are located downtown. Secretary Renata Albuquerque said the "
     "change will create around 150 jobs, though venues that draw repeated complaints from neighbours "
     "risk losing their licences. Residents' associations in the downtown area backed the measure.",
     errors=[E("will create", "modality", "major", "could create"),
             E("backed the measure", "polarity", "critical", "opposed the measure")],
     traps=[T("2 in the morning", "2 a.m."),
            T("overturning a 2019 regulation that made them shut at midnight",
              "reversing a 2019 rule that forced them to close at midnight"),
            T("roughly half are located downtown", "about half of which are in the central district")])

case(37, "ice cream", "translation", "consistent",
     "Gelateria Bruni, the ice cream maker founded in Ferrantina in 1958, has been bought by the "
     "investment fund Tessera Capital for 32 million euros, the two parties announced on Friday. The "
     "company, which produces about 4,000 tonnes of gelato a year and sells it through 1,200 cafés and "
     "bars in northern Italy, will keep its factory and its 140 employees in Ferrantina. The Bruni "
     "family will retain a 20 percent stake and Paola Bruni, granddaughter of the founder, will remain "
     "chief executive. Tessera plans to launch the brand in supermarkets in France and Austria next "
     "year. The deal is expected to be completed by the end of September.",
     "Investment fund Tessera Capital has acquired Gelateria Bruni, the ice cream company set up in "
     "Ferrantina in 1958, for €32 million, both sides said on Friday. Bruni makes some 4,000 tonnes of "
     "gelato annually, which is sold via 1,200 cafés and bars across northern Italy; its factory and "
     "140-strong workforce will stay in Ferrantina. One fifth of the company will remain in the hands "
     "of the Bruni family, and the founder's granddaughter Paola Bruni will continue as chief "
     "executive. Next year Tessera intends to bring the brand to supermarkets in France and Austria. "
     "Completion of the deal is expected by the end of September.",
     traps=[T("Tessera Capital has acquired Gelateria Bruni",
              "has been bought by the investment fund Tessera Capital"),
            T("€32 million", "32 million euros"),
            T("140-strong workforce", "140 employees"),
            T("One fifth of the company will remain in the hands of the Bruni family",
              "The Bruni family will retain a 20 percent stake"),
            T("the founder's granddaughter Paola Bruni", "Paola Bruni, granddaughter of the founder")])

case(38, "gold refining", "translation", "inconsistent",
     "The Andean Metals refinery in the city of Huancaré processed a record 62 tonnes of gold last "
     "year, up 9 percent on 2022, the company said on Thursday. General manager Rodrigo Salcedo said "
     "more than 80 percent of the gold came from large mines, with the rest supplied by small-scale "
     "miners registered under the government's formalisation programme. The Ministry of Energy and "
     "Mines said it would tighten checks on the origin of gold bought from small miners after "
     "inspectors found irregular paperwork at several suppliers. Environmental group Tierra Limpia "
     "said the refinery should publish a full list of its suppliers. The refinery employs 420 people.",
     "Last year the Andean Metals refinery in Huancaré refined an unprecedented 62 tonnes of gold, 9% "
     "more than in 2022, the firm reported on Thursday. Over 80% of the metal came from large mines, "
     "according to general manager Rodrigo Salcedo; the remainder was delivered by small-scale miners "
     "enrolled in the government's formalisation scheme. Andean Metals also said it would step up "
     "checks on where gold bought from small miners comes from, after inspectors discovered irregular "
     "documents at several suppliers. The environmental organisation Tierra Limpia called on the "
     "refinery to make public a complete list of its suppliers. The plant has a workforce of 420.",
     errors=[E("Andean Metals also said", "attribution", "major", "The Ministry of Energy and Mines said")],
     traps=[T("an unprecedented 62 tonnes", "a record 62 tonnes"),
            T("9% more than in 2022", "up 9 percent on 2022"),
            T("a workforce of 420", "employs 420 people")])

case(39, "go clubs", "translation", "consistent",
     "Membership of amateur go clubs in the country has risen by 35 percent in three years to about "
     "54,000, driven largely by children and retirees, the National Baduk Association said on Sunday. "
     "The number of registered clubs grew from 410 to 520 over the same period. Association president "
     "Park Min-seo said the growth was linked to the popularity of online play during the pandemic and "
     "to a government programme that introduced go lessons in 600 primary schools. However, she warned "
     "that many clubs in rural areas were struggling to find premises and volunteer instructors. The "
     "association will hold its first national championship for clubs in Daejeon in November, with "
     "128 teams expected to take part.",
     "Amateur go clubs across the country now have around 54,000 members, 35% more than three years "
     "ago, with much of the increase coming from children and pensioners, the National Baduk "
     "Association announced on Sunday. Over those three years the number of registered clubs climbed "
     "to 520, from 410. Park Min-seo, the association's president, linked the rise to the boom in "
     "online play during the pandemic and to a government scheme that brought go lessons into 600 "
     "primary schools. She cautioned, though, that many rural clubs were having difficulty finding "
     "premises and volunteer teachers. In November the association will stage its first national club "
     "championship in Daejeon, where 128 teams are expected to compete.",
     traps=[T("35% more than three years ago", "risen by 35 percent in three years"),
            T("pensioners", "retirees"),
            T("climbed to 520, from 410", "grew from 410 to 520"),
            T("Park Min-seo, the association's president", "Association president Park Min-seo"),
            T("volunteer teachers", "volunteer instructors")])

case(40, "peat bogs", "translation", "inconsistent",
     "The Environment Board has halted peat extraction at the Soomägi bog after satellite images showed "
     "that the company Turbatööstus had dug drainage ditches outside its permitted area, the board "
     "said on Friday. The company must stop all work immediately and submit a restoration plan by "
     "15 March. Inspector Kadri Tamm said about 40 hectares of untouched bog had been drained, which "
     "could release large amounts of carbon dioxide. Turbatööstus said it would appeal, arguing that "
     "the ditches were dug in 2016 under an earlier permit. If the violation is confirmed, the company "
     "faces a fine of up to 400,000 euros.",
     "Satellite imagery showing that Turbatööstus had dug drainage ditches beyond the boundaries of its "
     "permit has led the Environment Board to withdraw the peat extraction permit at the Soomägi bog, "
     "the board announced on Friday. The company has to cease all operations at once and present a "
     "plan for restoring the site by 15 May. According to inspector Kadri Tamm, roughly 40 hectares of "
     "intact bog have been drained, which may release significant quantities of carbon dioxide. "
     "Turbatööstus intends to appeal, saying the ditches were dug back in 2016 under a previous "
     "permit. Should the breach be confirmed, the firm could be fined as much as €400,000.",
     errors=[E("withdraw the peat extraction permit", "event", "major", "halted peat extraction"),
             E("15 May", "date", "major", "15 March")],
     traps=[T("beyond the boundaries of its permit", "outside its permitted area"),
            T("at once", "immediately"),
            T("could be fined as much as €400,000", "faces a fine of up to 400,000 euros")])


# ------------------------------------------------------------ build & validate
def find_nth(hay, needle, occ):
    """Start index of the occ-th (0-based) non-overlapping occurrence, or -1."""
    pos = -1
    start = 0
    for _ in range(occ + 1):
        pos = hay.find(needle, start)
        if pos < 0:
            return -1
        start = pos + len(needle)
    return pos


def word_ok(cand, start, end):
    if start == end:  # zero-width omission point: must not sit inside a word
        return not (0 < start < len(cand) and cand[start - 1].isalnum() and cand[start].isalnum())
    before_ok = start == 0 or not cand[start - 1].isalnum()
    after_ok = end == len(cand) or not cand[end].isalnum()
    return before_ok and after_ok


def build(problems):
    records = []
    for c in CASES:
        rid = "s%d-%03d" % (SET_NO, c["num"])
        ref, cand = c["reference"], c["candidate"]

        def bad(msg):
            problems.append("%s: %s" % (rid, msg))

        errors = []
        for e in c["errors"]:
            if e["type"] not in ERROR_TYPES:
                bad("unknown error type %r" % e["type"])
            if e["severity"] not in SEVERITIES:
                bad("unknown severity %r" % e["severity"])
            if e["type"] == "omission":
                if e["text"] != "":
                    bad("omission with non-empty text")
                anchor = e["after"] if e["after"] is not None else e["before"]
                if anchor is None:
                    bad("omission without anchor")
                    continue
                p = find_nth(cand, anchor, e["occ"])
                if p < 0:
                    bad("omission anchor not found: %r" % anchor)
                    continue
                start = end = p + len(anchor) if e["after"] is not None else p
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad("omission ref_text not in reference: %r" % e["ref_text"])
                if e["ref_text"] and e["ref_text"] in cand:
                    bad("omitted words still present in candidate: %r" % e["ref_text"])
                if c["mode"] == "summary":
                    bad("omission in a summary")
            else:
                start = find_nth(cand, e["text"], e["occ"])
                if not e["text"] or start < 0:
                    bad("error text not found: %r (occ %d)" % (e["text"], e["occ"]))
                    continue
                end = start + len(e["text"])
                if e["text"] in ref:
                    bad("error text occurs verbatim in reference: %r" % e["text"])
                if e["type"] in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        bad("%s must have ref_text null" % e["type"])
                elif not e["ref_text"] or e["ref_text"] not in ref:
                    bad("error ref_text not in reference: %r" % e["ref_text"])
                if e["type"] == "repetition":
                    first = cand.find(e["text"])
                    if first < 0 or first + len(e["text"]) > start:
                        bad("repetition has no earlier copy: %r" % e["text"])
            if not word_ok(cand, start, end):
                bad("error span cuts a word: %r" % e["text"])
            errors.append({"start": start, "end": end, "text": cand[start:end],
                           "type": e["type"], "severity": e["severity"],
                           "ref_text": e["ref_text"]})

        traps = []
        for t in c["traps"]:
            start = find_nth(cand, t["text"], t["occ"])
            if not t["text"] or start < 0:
                bad("trap text not found: %r (occ %d)" % (t["text"], t["occ"]))
                continue
            end = start + len(t["text"])
            if not word_ok(cand, start, end):
                bad("trap span cuts a word: %r" % t["text"])
            if not t["ref_text"] or t["ref_text"] not in ref:
                bad("trap ref_text not in reference: %r" % t["ref_text"])
            if t["text"] == t["ref_text"]:
                bad("trap is not reworded: %r" % t["text"])
            traps.append({"start": start, "end": end, "text": cand[start:end],
                          "ref_text": t["ref_text"]})

        # no overlaps among all spans (zero-width omissions may touch, not sit inside)
        spans = sorted([(x["start"], x["end"], x["text"]) for x in errors + traps])
        for i in range(len(spans)):
            for j in range(i + 1, len(spans)):
                a, b = spans[i], spans[j]
                if a[0] == a[1] or b[0] == b[1]:
                    z, o = (a, b) if a[0] == a[1] else (b, a)
                    if o[0] < z[0] < o[1]:
                        bad("omission point inside span %r" % o[2])
                elif a[1] > b[0] and b[1] > a[0]:
                    bad("overlapping spans %r / %r" % (a[2], b[2]))

        # per-pair checks
        nref = len(ref.split())
        if not 70 <= nref <= 190:
            bad("reference has %d words (need 70-190)" % nref)
        if c["mode"] not in MODES:
            bad("unknown mode %r" % c["mode"])
        if c["mode"] == "summary" and not (len(cand) < len(ref) and len(cand.split()) < nref):
            bad("summary not shorter than reference")
        if c["label"] == "consistent":
            if errors:
                bad("consistent pair with errors")
            if not 3 <= len(traps) <= 5:
                bad("consistent pair needs 3-5 traps, has %d" % len(traps))
        elif c["label"] == "inconsistent":
            if not errors:
                bad("inconsistent pair without errors")
            if len(traps) > 3:
                bad("inconsistent pair with more than 3 traps")
        else:
            bad("unknown label %r" % c["label"])
        if c["domain"] not in DOMAINS:
            bad("domain not in list: %r" % c["domain"])
        if ref == cand:
            bad("candidate identical to reference")

        records.append({"id": rid, "domain": c["domain"], "mode": c["mode"],
                        "reference": ref, "candidate": cand, "label": c["label"],
                        "errors": sorted(errors, key=lambda x: x["start"]),
                        "traps": sorted(traps, key=lambda x: x["start"])})
    return records


def check_composition(records, problems):
    def p(msg):
        problems.append("composition: " + msg)

    if len(records) != 40:
        p("need 40 pairs, have %d" % len(records))
    ids = [r["id"] for r in records]
    if ids != ["s%d-%03d" % (SET_NO, i) for i in range(1, len(records) + 1)]:
        p("ids are not sequential")
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms):
        p("a domain is used twice")
    if sorted(doms) != sorted(DOMAINS):
        p("domains do not match the list")
    want = {"rewrite": 20, "summary": 10, "translation": 10}
    for mode, n in want.items():
        rs = [r for r in records if r["mode"] == mode]
        cons = sum(r["label"] == "consistent" for r in rs)
        if len(rs) != n or cons != n // 2:
            p("%s: %d pairs, %d consistent (want %d, %d)" % (mode, len(rs), cons, n, n // 2))
    errs = [e for r in records for e in r["errors"]]
    if len(errs) != 30:
        p("need 30 errors, have %d" % len(errs))
    for t in ERROR_TYPES:
        n = sum(e["type"] == t for e in errs)
        if n < 2:
            p("error type %s used %d times (need >= 2)" % (t, n))
    incons = [r for r in records if r["label"] == "inconsistent"]
    if sum(1 <= len(r["errors"]) <= 2 for r in incons) * 2 <= len(incons):
        p("most inconsistent pairs should have 1-2 errors")


def summary_table(records):
    from collections import Counter
    lines = []
    lines.append("pairs: %d" % len(records))
    lines.append("by mode/label: %s" % dict(sorted(Counter(
        (r["mode"], r["label"]) for r in records).items())))
    errs = [e for r in records for e in r["errors"]]
    lines.append("errors: %d %s" % (len(errs), dict(sorted(Counter(e["type"] for e in errs).items()))))
    lines.append("severity: %s" % dict(sorted(Counter(e["severity"] for e in errs).items())))
    lines.append("traps: %d" % sum(len(r["traps"]) for r in records))
    return "\n".join(lines)


def main():
    check_only = "--check" in sys.argv[1:]
    problems = []
    records = build(problems)
    check_composition(records, problems)
    if problems:
        for msg in problems:
            print("PROBLEM", msg, file=sys.stderr)
        print("%d problem(s); nothing written" % len(problems), file=sys.stderr)
        return 1
    print(summary_table(records))
    if check_only:
        print("check passed; nothing written")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), OUT_PATH))
    return 0


if __name__ == "__main__":
    sys.exit(main())
