#!/usr/bin/env python3
"""Held-out evaluation set 40 for the fact-comparison tool.

How it was made: every pair below was hand-written by a helper session that saw no
code or data of the project, working only from a written brief. All people,
companies, organisations, places and figures are invented (real countries appear
only as background). Character offsets are never typed by hand: the script finds
every span by string search (with an occurrence index where a text repeats),
validates the whole set and writes set40.jsonl next to this script.
`python3 make_set40.py --check` validates only and writes nothing.

Composition: 40 pairs, one domain each; 20 consistent / 20 inconsistent;
20 rewrites, 10 summaries, 10 translations (half of each mode consistent).
30 errors over the eleven types: entity 3, number 4, date 3, role 3,
polarity 3, modality 3, attribution 2, event 3, omission 2, addition 2,
repetition 2 (ten inconsistent pairs carry 2 errors, ten carry 1).
Consistent pairs carry 3-5 traps each; inconsistent pairs 0-3.
"""
import json
import os
import re
import sys
from collections import Counter

CASES = []


def E(text, type_, sev, ref, occ=0):
    """An error span in the candidate."""
    return {"kind": "span", "text": text, "type": type_, "severity": sev,
            "ref_text": ref, "occ": occ}


def O(anchor, ref, sev, side="before", occ=0):
    """An omission: zero-width point just before (or after) `anchor`."""
    return {"kind": "omission", "anchor": anchor, "side": side, "type": "omission",
            "severity": sev, "ref_text": ref, "occ": occ}


def T(text, ref, occ=0):
    """A trap: faithful rewording."""
    return {"text": text, "ref_text": ref, "occ": occ}


def case(domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "reference": reference,
                  "candidate": candidate, "errors": list(errors),
                  "traps": list(traps)})

# ---------------------------------------------------------------- 1-4
case("puppet libraries", "rewrite",
     "The Harrowgate District Council has approved funding of £48,000 to expand its puppet lending "
     "library, which lets schools and community groups borrow hand and string puppets free of charge. "
     "The service, run from the Tollbrook branch library since 2019, currently holds about 350 puppets "
     "and recorded 1,200 loans last year. The new money will pay for a second collection to be based at "
     "the Mereside library and for a part-time coordinator for two years. Councillor Agnes Whitlow, who "
     "chairs the culture committee, said demand had outstripped supply 'for at least three winters "
     "running'. The expanded service is expected to open in early September, subject to the recruitment "
     "of the coordinator.",
     "A puppet lending library that allows schools and community groups to borrow hand and string "
     "puppets without charge is to be expanded after Harrowgate District Council approved £48k of "
     "funding. Operating out of the Tollbrook branch library since 2019, the service now has roughly 350 "
     "puppets, and last year it logged 1,200 loans. The money will fund a second collection, housed at "
     "Mereside library, as well as a part-time coordinator for a two-year period. According to culture "
     "committee chair Agnes Whitlow, demand has exceeded supply 'for at least three winters running'. "
     "The enlarged service is likely to open at the start of September, provided a coordinator can be "
     "recruited.",
     traps=[T("without charge", "free of charge"),
            T("£48k", "£48,000"),
            T("roughly 350", "about 350"),
            T("for a two-year period", "for two years"),
            T("is likely to open at the start of September", "is expected to open in early September")])

case("scallop dredging", "rewrite",
     "Fisheries regulators in the Carrick Bay region will close three scallop grounds to dredging from "
     "1 November after a survey found that stocks of king scallops had fallen by 40 per cent in five "
     "years. The Coastal Fisheries Authority said the closures would cover 62 square kilometres and "
     "would remain in place for at least 18 months. Dredging will still be permitted in the outer bay, "
     "but vessels there will be limited to eight dredges per side. The Carrick Fishermen's Association "
     "said it did not oppose the closures but warned that some smaller boats might not survive the loss "
     "of income. Divers who hand-pick scallops will not be affected by the ban.",
     "From 1 November, three scallop grounds in the Carrick Bay region will be closed to dredging, after "
     "a survey showed king scallop stocks had dropped by 40 per cent over five years. The closures, which "
     "will span 26 square kilometres, will last for a minimum of 18 months, the Coastal Fisheries "
     "Authority said. Dredging in the outer bay will continue to be allowed, although boats working "
     "there will be restricted to eight dredges a side. The Carrick Fishermen's Association opposed the "
     "closures and warned that some smaller vessels might not survive the loss of earnings. Divers who "
     "collect scallops by hand are exempt from the ban.",
     errors=[E("26 square kilometres", "number", "major", "62 square kilometres"),
             E("opposed the closures", "polarity", "major", "did not oppose the closures")],
     traps=[T("for a minimum of 18 months", "for at least 18 months"),
            T("are exempt from the ban", "will not be affected by the ban")])

case("hot air balloons", "rewrite",
     "A hot air balloon carrying eleven passengers and a pilot made a hard landing in a barley field near "
     "the village of Stenhope on Saturday morning, the Air Accidents Investigation Office said. Two "
     "passengers were taken to hospital with suspected ankle injuries; the others were unhurt. The "
     "balloon, operated by Skyward Drift Ltd, had taken off from Castle Fenner at 6.15am and was about 50 "
     "minutes into the flight when the wind picked up unexpectedly. The company said it had suspended all "
     "flights pending the investigation and was cooperating fully with inspectors. A preliminary report "
     "is due within 30 days.",
     "On Saturday morning a hot air balloon with a pilot and eleven passengers on board came down heavily "
     "in a barley field close to Stenhope, according to the Air Accidents Investigation Office. Two of "
     "the passengers were taken to hospital with suspected ankle injuries, while the rest escaped "
     "unhurt. The Skyward Drift Ltd balloon had lifted off from Castle Fenner at a quarter past six in "
     "the morning, and the wind rose without warning roughly 50 minutes after take-off. All flights have "
     "been suspended by the company while the investigation is carried out, and it said it was giving "
     "inspectors its full cooperation. An initial report is due within 30 days.",
     traps=[T("came down heavily", "made a hard landing"),
            T("the rest escaped unhurt", "the others were unhurt"),
            T("a quarter past six in the morning", "6.15am"),
            T("All flights have been suspended by the company", "it had suspended all flights"),
            T("initial report", "preliminary report")])

case("shark nets", "rewrite",
     "The Port Ellery municipal council voted on Thursday to remove shark nets from four of its six "
     "beaches by the end of next year, replacing them with drone patrols and acoustic tagging. Marine "
     "scientists had argued that the nets killed an average of 70 protected animals a year, including "
     "turtles and dolphins, while catching relatively few dangerous sharks. The two busiest beaches, Long "
     "Reach and Kettle Cove, will keep their nets until at least 2027 while the new methods are "
     "evaluated. Lifesaving groups said they would accept the change only if drone patrols ran every day "
     "during the summer season. The council estimates the programme will cost 1.9 million dollars over "
     "three years.",
     "Shark nets will be taken out at four of Port Ellery's six beaches by the close of next year under a "
     "plan approved by the municipal council on Thursday, with drone patrols and acoustic tagging used "
     "instead. According to marine scientists, the nets were killing 70 protected animals a year on "
     "average, turtles and dolphins among them, yet trapped comparatively few dangerous sharks. Long "
     "Reach and Kettle Cove, the two busiest beaches, are to retain their nets until 2027 at the earliest "
     "while the new approach is assessed. Lifesaving groups said they would go along with the change. The "
     "programme is projected by the council to cost $1.9m over three years.",
     errors=[O("go along with the change", "only if drone patrols ran every day during the summer season",
               "major", side="after")],
     traps=[T("until 2027 at the earliest", "until at least 2027"),
            T("$1.9m", "1.9 million dollars")])

# ---------------------------------------------------------------- 5-8
case("saffron harvest", "summary",
     "Saffron growers in the Valdera plateau expect this year's harvest to be the smallest in a decade "
     "after a hot, dry September delayed flowering of the crocus plants, the regional growers' "
     "cooperative said on Monday. The cooperative, which represents 230 farms, forecasts output of around "
     "410 kilograms of dried saffron, down from 640 kilograms last year. Picking, which is done by hand at "
     "dawn before the flowers open fully, normally begins in mid-October but had barely started by the "
     "end of the month. Cooperative president Lucia Marveny said prices for top-grade threads had already "
     "risen by about a fifth since the summer. Agronomists at the Valdera Agricultural Institute said late "
     "rains could still rescue part of the crop but warned that growers should plan for a second difficult "
     "year if winter temperatures stay above average.",
     "A hot, dry September has delayed crocus flowering on the Valdera plateau, and the growers' "
     "cooperative expects the smallest saffron harvest in ten years: about 410 kilograms of dried "
     "saffron, against 460 kilograms last year. Hand-picking, usually under way by mid-October, had hardly "
     "begun by month's end, and top-grade prices are up by roughly a fifth since summer. Cooperative "
     "president Lucia Marveny said late rains could still save part of the crop.",
     errors=[E("460 kilograms", "number", "major", "640 kilograms"),
             E("Cooperative president Lucia Marveny said", "attribution", "major",
               "Agronomists at the Valdera Agricultural Institute said")],
     traps=[T("in ten years", "in a decade"),
            T("roughly a fifth", "about a fifth")])

case("notaries", "rewrite",
     "The Chamber of Notaries of the Lorvenne province has suspended notary Bertrand Osselin for six "
     "months after an internal inquiry found that he had certified property transfers without verifying "
     "the identity of the sellers. The inquiry was opened in March following a complaint from the "
     "Lorvenne Land Registry, which had identified at least nine suspicious transactions. Mr Osselin, who "
     "has practised in the town of Saint-Arles for 22 years, denies wrongdoing and has said he will appeal "
     "to the regional court. During the suspension his office will be managed by a temporary substitute "
     "appointed by the chamber. Clients with pending files have been told they do not need to take any "
     "action.",
     "Bertrand Osselin, a notary in the Lorvenne province, has been barred from practising for half a year "
     "by the provincial Chamber of Notaries, after an internal inquiry concluded that he had certified "
     "property transfers without checking who the sellers were. The Land Registry opened the inquiry in "
     "March on a complaint from the chamber, which had flagged at least nine suspicious transactions. Mr "
     "Osselin, who has worked as a notary in Saint-Arles for 22 years, rejects the allegations and has "
     "said he will take the matter to the regional court. A temporary substitute named by the chamber "
     "will run his office for the duration of the suspension, and clients whose files are pending have "
     "been told no action is required on their part.",
     errors=[E("Land Registry opened the inquiry in March on a complaint from the chamber", "role", "major",
               "The inquiry was opened in March following a complaint from the Lorvenne Land Registry")],
     traps=[T("barred from practising for half a year", "suspended notary Bertrand Osselin for six months"),
            T("without checking who the sellers were", "without verifying the identity of the sellers"),
            T("rejects the allegations", "denies wrongdoing")])

case("cockle picking", "translation",
     "Authorities in the coastal municipality of Oosterwaal have banned cockle picking on the Hallinga "
     "mudflats for the rest of the season after two pickers were cut off by the incoming tide last "
     "weekend. Both men were rescued by a lifeboat crew from Harlestrand and were treated for hypothermia. "
     "According to the municipality, 14 commercial permits have been suspended, and permit holders will "
     "receive partial compensation. The ban does not apply to recreational pickers, who may continue to "
     "collect up to ten litres a day in the marked zone near the dike. Mayor Ineke Vloswijk said the "
     "decision was taken on the advice of the coastguard.",
     "Cockle gathering on the Hallinga flats has been prohibited until the end of the season by the "
     "coastal municipality of Oosterwaal, after the rising tide trapped two pickers last weekend. A "
     "lifeboat crew from Harlestrand brought both men to safety, and they received treatment for "
     "hypothermia. The municipality says 14 commercial licences have been suspended and that their "
     "holders will be given compensation. Amateur pickers are not covered by the ban and may still "
     "gather as much as ten litres daily in the signposted area by the dike. Mayor Ineke Vloswijk "
     "explained that the coastguard had made the decision on her advice.",
     errors=[O("compensation", "partial", "major"),
             E("coastguard had made the decision on her advice", "role", "major",
               "the decision was taken on the advice of the coastguard")],
     traps=[T("Amateur pickers are not covered by the ban", "The ban does not apply to recreational pickers"),
            T("as much as ten litres daily", "up to ten litres a day")])

case("mead making", "summary",
     "Hollinmoor Meadery, the country's largest producer of mead, said on Wednesday it would double "
     "production capacity at its plant in Brackwater by 2026 after sales rose 35 per cent last year. The "
     "family-owned company, founded in 1987 by beekeeper Tomas Ferrow, will invest 3.4 million euros in "
     "new fermentation tanks and a bottling line, creating about 25 jobs. It sources most of its honey "
     "from around 160 local beekeepers, but managing director Carla Ferrow said the firm would also need "
     "to import honey from abroad to meet demand. She said exports, mainly to Germany and Japan, now "
     "account for a quarter of revenue. The company does not plan to change its recipes, which use no "
     "added sugar.",
     "Mead maker Hollinmoor, the biggest in the country, is putting €3.4m into new fermentation tanks and "
     "a bottling line to double capacity at its Brackwater plant by 2026, after a 35% rise in sales last "
     "year; around 25 jobs will be created. Managing director Carla Ferrow said imported honey would be "
     "needed alongside supplies from some 160 local beekeepers, and that exports now bring in 25% of "
     "revenue.",
     traps=[T("the biggest in the country", "the country's largest producer of mead"),
            T("€3.4m", "3.4 million euros"),
            T("a 35% rise in sales", "sales rose 35 per cent"),
            T("some 160 local beekeepers", "around 160 local beekeepers"),
            T("25% of revenue", "a quarter of revenue")])

# ---------------------------------------------------------------- 9-12
case("date palms", "rewrite",
     "The Agricultural Research Centre in Al-Wadiya announced on 12 March that it had developed a date "
     "palm variety resistant to the red palm weevil, a beetle that destroys thousands of trees in the "
     "region every year. The variety, named Wadiya Gold, was bred over 14 years from crosses between "
     "local and North African palms. In field trials on three farms, none of the 600 test trees showed "
     "signs of infestation, compared with 18 per cent of conventional palms planted nearby. Centre "
     "director Dr Samira Haddal said seedlings would be offered to farmers at cost from next spring, "
     "though supplies would initially be limited to 20,000 plants. The first fruit is not expected until "
     "four to five years after planting.",
     "A date palm able to resist the red palm weevil, a beetle that kills thousands of trees across the "
     "region each year, has been developed by the Agricultural Research Centre in Al-Wadiya, the centre "
     "said on 12 March. Breeders spent 14 years crossing local palms with North African ones to produce "
     "the variety, called Wadiya Gold. Not one of the 600 trial trees on three farms showed any sign of "
     "infestation, whereas 18% of conventional palms growing close by were affected. Farmers will be able "
     "to buy seedlings at cost starting next spring, according to the centre's director, Dr Samira "
     "Haddal, but only 20,000 plants will be available at first. Trees are not expected to bear fruit "
     "until four or five years after they are planted.",
     traps=[T("Not one of the 600 trial trees", "none of the 600 test trees"),
            T("18%", "18 per cent"),
            T("Farmers will be able to buy seedlings at cost", "seedlings would be offered to farmers at cost"),
            T("only 20,000 plants will be available at first",
              "supplies would initially be limited to 20,000 plants"),
            T("four or five years", "four to five years")])

case("heat pumps", "rewrite",
     "The national energy agency, Enerval, said on Tuesday that grants for household heat pumps will rise "
     "from 5,000 to 7,500 euros from 1 April. The increase is intended to speed up the replacement of oil "
     "boilers, of which about 400,000 are still in use. Only homes with an energy rating of D or better "
     "will qualify, and installations must be carried out by certified firms. Enerval director Paolo "
     "Sturri said the agency hoped to fund 60,000 installations this year but that the final number could "
     "depend on parliament approving an extra budget in June. Installers have warned that a shortage of "
     "trained staff may lead to waiting times of several months.",
     "From Tuesday, household heat pump grants will go up from €5,000 to €7,500, national energy agency "
     "Enerval has announced. The aim is to accelerate the phasing-out of oil boilers, roughly 400,000 of "
     "which remain in service. The grants will be limited to homes rated D or above for energy "
     "efficiency, and the work will have to be done by certified installers. Enerval will fund 60,000 "
     "installations this year, director Paolo Sturri said, although the final figure could hinge on "
     "parliament signing off an extra budget in June. Installers caution that a lack of trained workers "
     "may mean waits of several months.",
     errors=[E("From Tuesday", "date", "major", "from 1 April"),
             E("will fund", "modality", "major", "hoped to fund")],
     traps=[T("roughly 400,000 of which remain in service", "of which about 400,000 are still in use"),
            T("homes rated D or above", "homes with an energy rating of D or better")])

case("vertical farming", "rewrite",
     "Greenstack Farms, a vertical farming start-up based in the port city of Maldrey, has raised 22 "
     "million dollars from investors led by the Northgate Infrastructure Fund, the company said on "
     "Friday. The funding will be used to build a 9,000-square-metre indoor farm on the site of a former "
     "printing works, which is due to begin production in the second half of next year. Chief executive "
     "Ravi Onslow said the facility would grow mainly lettuce and herbs under LED lighting and would use "
     "around 95 per cent less water than field farming. The company, which was founded four years ago, "
     "currently supplies 40 supermarkets from a smaller site. It has not yet turned a profit.",
     "Investors led by the Northgate Infrastructure Fund have put $22m into Greenstack Farms, a "
     "Maldrey-based vertical farming start-up, the company announced on Friday. The money will go towards "
     "a 9,000 m² indoor farm on a former printing works site, where production is scheduled to start in "
     "the latter half of next year. Chief executive Ravi Onslow said the farm would mostly produce lettuce "
     "and herbs, grown under LED lights, and would need roughly 95% less water than field farming. "
     "Founded four years ago, Greenstack currently supplies 40 supermarkets from a smaller facility and "
     "has yet to make a profit.",
     traps=[T("$22m", "22 million dollars"),
            T("9,000 m²", "9,000-square-metre"),
            T("in the latter half of next year", "in the second half of next year"),
            T("roughly 95% less water", "around 95 per cent less water"),
            T("has yet to make a profit", "has not yet turned a profit")])

case("chickpea crops", "translation",
     "Chickpea production in the province of Kalender fell by almost a third this season because of the "
     "prolonged drought in spring, the provincial directorate of agriculture announced on Thursday. The "
     "harvest totalled 84,000 tonnes, compared with 121,000 tonnes a year earlier. The directorate said "
     "farmers who had sown drought-tolerant varieties lost considerably less. Director Kemal Durusoy "
     "stated that the state would cover 40 percent of the cost of certified seed for next season. "
     "Chickpea prices in local markets have risen by 25 percent since June. The farmers' union called the "
     "support insufficient and demanded that irrigation subsidies also be increased.",
     "The Kalender provincial agriculture directorate said on Thursday that the province's chickpea "
     "output had dropped by nearly one third this season as a result of the long spring drought. A total "
     "of 84 thousand tonnes was harvested, against 121 thousand tonnes the previous year. According to "
     "the directorate, losses were markedly smaller for farmers who had planted drought-resistant "
     "varieties. Director Kemal Durusoy announced that 40% of the cost of certified seed for the coming "
     "season would be met by the state. At local markets, chickpeas have become 25% more expensive since "
     "June. The farmers' union described the support as inadequate and called for irrigation subsidies "
     "to be raised as well.",
     traps=[T("nearly one third", "almost a third"),
            T("84 thousand tonnes", "84,000 tonnes"),
            T("40% of the cost of certified seed", "40 percent of the cost of certified seed"),
            T("have become 25% more expensive", "have risen by 25 percent"),
            T("described the support as inadequate", "called the support insufficient")])

# ---------------------------------------------------------------- 13-16
case("coal merchants", "rewrite",
     "The Federation of Solid Fuel Merchants has warned that up to 150 independent coal merchants could "
     "close within three years as households switch to heat pumps and wood pellets. In a report published "
     "on Monday, the federation said deliveries of house coal had fallen by 58 per cent since 2015 and "
     "that the average merchant was now 61 years old. A separate survey by the consumer group Warm Homes "
     "Watch found that around 90,000 rural households still relied on coal as their main source of "
     "heating. Warm Homes Watch urged the government to fund replacement heating systems before merchants "
     "disappear. The federation's chair, Derek Pallister, said many members wanted to retire but could not "
     "find buyers for their businesses.",
     "As many as 150 independent coal merchants may shut within three years as homeowners move to heat "
     "pumps and wood pellets, the Federation of Solid Fuel Merchants has warned. Its report, released on "
     "Monday, said house coal deliveries were down 58% on 2015 and that the average merchant was now aged "
     "61. The report also found that about 90,000 rural households still depended on coal as their main "
     "heating source, and Warm Homes Watch called on the government to pay for replacement heating "
     "systems before merchants vanish. Many members would like to retire but cannot find anyone to buy "
     "their businesses, said federation chair Derek Pallister.",
     errors=[E("The report also found", "attribution", "major",
               "A separate survey by the consumer group Warm Homes Watch found")],
     traps=[T("As many as 150", "up to 150"),
            T("down 58% on 2015", "had fallen by 58 per cent since 2015")])

case("millet farming", "summary",
     "The Kembara Provincial Agriculture Office has launched a three-year programme to revive millet "
     "farming in the province's dry northern districts, where many farmers switched to maize in the "
     "1990s. The programme will provide free seed of four improved millet varieties to 12,000 "
     "smallholders, along with training in soil and water conservation. Officials say millet needs roughly "
     "half as much water as maize and is less vulnerable to the late-season droughts that have become "
     "more frequent. The scheme is funded with 6.5 million dollars from the provincial budget and a "
     "development bank loan. Agriculture officer Grace Okonta said the aim was to double the area under "
     "millet to 80,000 hectares by 2028. Millet flour will also be added to school meals in the province "
     "from January to create local demand.",
     "A $6.5m three-year programme in Kembara province aims to bring millet back to its dry northern "
     "districts, giving 12,000 smallholders free improved seed and conservation training. Officials say "
     "millet needs about half the water maize does and copes better with late-season droughts; the goal "
     "is to double the millet area to 80,000 hectares by 2028, and millet flour will go into school meals "
     "from January.",
     traps=[T("$6.5m", "6.5 million dollars"),
            T("bring millet back", "revive millet farming"),
            T("about half the water maize does", "roughly half as much water as maize"),
            T("copes better with late-season droughts", "is less vulnerable to the late-season droughts")])

case("pontoon bridges", "rewrite",
     "A temporary pontoon bridge across the River Haldern at Millbeck will open to pedestrians and "
     "cyclists on 3 June, restoring a link lost when the town's stone bridge was damaged by floods in "
     "February. The 84-metre structure, assembled by army engineers over ten days, can carry up to 300 "
     "people at a time and will be staffed by marshals during busy periods. Vehicles will continue to use "
     "a diversion of about 14 miles via Colbury. Haldern County Council said the stone bridge would be "
     "repaired rather than replaced, with work expected to take 18 months and cost £7.2 million. The "
     "pontoon will be closed whenever river levels exceed a set safety mark.",
     "Pedestrians and cyclists will be able to cross the River Haldern at Millbeck again from 3 June, when "
     "a temporary pontoon bridge opens to replace the link lost after February's floods swept away the "
     "town's stone bridge. Army engineers took ten days to put together the 84-metre crossing, which can "
     "take as many as 300 people at once and will have marshals on duty at busy times. Drivers will still "
     "have to follow a four-mile diversion through Colbury. According to Haldern County Council, the stone "
     "bridge will be repaired, not replaced; the work is expected to last a year and a half and cost "
     "£7.2m. Whenever the river rises above a set safety level, the pontoon will be shut.",
     errors=[E("swept away", "event", "major", "damaged"),
             E("four-mile", "number", "major", "about 14 miles")],
     traps=[T("as many as 300 people at once", "up to 300 people at a time"),
            T("repaired, not replaced", "repaired rather than replaced"),
            T("a year and a half", "18 months")])

case("bmx tracks", "rewrite",
     "Work on a new BMX race track at Ferriby Park will start next month after the Brenmouth Town Council "
     "approved the project on Wednesday by seven votes to two. The 380-metre track, designed to national "
     "competition standards, will include a starting ramp, floodlights and a small spectator stand. It "
     "will cost about £650,000, of which £400,000 is coming from the regional sports trust and the rest "
     "from council reserves. Brenmouth BMX Club, which has around 120 members and currently trains on a "
     "gravel car park, will manage the track under a ten-year lease. Some residents objected to the "
     "floodlights, so the council has ruled that they must be switched off by 9pm.",
     "Brenmouth Town Council gave the go-ahead on Wednesday for a BMX race track at Ferriby Park, voting "
     "7-2 in favour, and construction is due to begin next month. Built to the standard required for "
     "national competitions, the 380m track will have a starting ramp, floodlighting and a small stand for "
     "spectators. Of the roughly £650,000 cost, £400,000 will be provided by the regional sports trust, "
     "with council reserves covering the remainder. The track will be run on a ten-year lease by "
     "Brenmouth BMX Club, whose roughly 120 members currently train on a gravel car park. After some "
     "residents complained about the floodlights, the council ruled that they must go off no later than "
     "9pm.",
     traps=[T("voting 7-2 in favour", "by seven votes to two"),
            T("Of the roughly £650,000 cost", "It will cost about £650,000"),
            T("with council reserves covering the remainder", "the rest from council reserves"),
            T("will be run on a ten-year lease by Brenmouth BMX Club", "will manage the track under a ten-year lease"),
            T("no later than 9pm", "by 9pm")])

# ---------------------------------------------------------------- 17-20
case("goat milk", "summary",
     "The Tarrow Valley Goat Dairy Cooperative said on Thursday it may stop collecting milk from its "
     "smallest members next year because of rising transport costs. The cooperative, which processes "
     "about 9 million litres of goat milk a year into cheese and yoghurt, said collection from farms "
     "producing less than 20,000 litres annually had become uneconomic. Around 35 of its 140 member farms "
     "fall below that threshold. Chairman Owen Pritchard said no decision would be taken before a members' "
     "meeting in March, and that alternatives, such as shared collection points, were being studied. "
     "Demand for goat cheese has grown by around 8 per cent a year since 2020, the cooperative added.",
     "The Tarrow Valley Goat Dairy Cooperative will stop collecting milk next year from members producing "
     "under 20,000 litres a year, about 35 of its 140 farms, saying rising transport costs have made such "
     "collections uneconomic. Chairman Owen Pritchard said options such as shared collection points were "
     "being examined.",
     errors=[E("will stop collecting", "modality", "major", "may stop collecting")],
     traps=[T("under 20,000 litres a year", "less than 20,000 litres annually"),
            T("being examined", "being studied")])

case("arcade machines", "rewrite",
     "A museum dedicated to coin-operated arcade machines will open in the seaside town of Pellinghurst "
     "next spring, its founders announced on Saturday. The collection of around 200 machines, dating from "
     "the 1930s to the early 2000s, was assembled over 30 years by local engineer Martin Coley, who died "
     "last year. His daughter, Ruth Coley, said visitors would be able to play most of the machines using "
     "tokens sold at the entrance. The museum will occupy the former Regal bingo hall on the seafront, "
     "which has been empty since 2018. The project has received a £180,000 grant from the Coastal Towns "
     "Fund, and organisers hope it will attract 40,000 visitors a year.",
     "Pellinghurst, a seaside town, is to get a museum of coin-operated arcade machines next spring, the "
     "founders said on Saturday. Its roughly 200 machines, spanning the 1930s to the early 2000s, make up "
     "what is believed to be the largest such collection in the country and were gathered over three "
     "decades by local engineer Martin Coley, who died last year. Visitors will be able to play most of "
     "the machines with tokens bought at the entrance, according to his daughter, Ruth Coley. The museum "
     "is moving into the former Regal bingo hall on the seafront, which has stood empty since 2018. A "
     "£180,000 grant from the Coastal Towns Fund has been awarded to the project, and the organisers hope "
     "for 40,000 visitors annually.",
     errors=[E("make up what is believed to be the largest such collection in the country", "addition",
               "major", None)],
     traps=[T("over three decades", "over 30 years"),
            T("hope for 40,000 visitors annually", "hope it will attract 40,000 visitors a year")])

case("carillon concerts", "translation",
     "The city of Oudenveld will hold a series of free carillon concerts every Sunday afternoon in July and "
     "August to mark the 400th anniversary of its belfry. The concerts, which begin at half past three in "
     "the afternoon, will be given by carillonneurs from Belgium, the Netherlands, France and Denmark. City "
     "carillonneur Anneke Verbruggen said the 49 bells had been cleaned and retuned during a restoration "
     "completed in April. Listeners are advised to gather in the Grote Markt, where deckchairs will be "
     "provided, as the bells can be heard less clearly in the surrounding streets. The opening concert on "
     "6 July will include a new work commissioned for the anniversary.",
     "To celebrate its belfry's 400th anniversary, Oudenveld is organising free carillon recitals each "
     "Sunday afternoon during July and August. Carillon players from Belgium, the Netherlands, France and "
     "Denmark will perform, with each recital starting at 4.30 p.m. According to the city carillonneur, "
     "Anneke Verbruggen, the 49 bells were cleaned and re-tuned as part of a restoration finished in "
     "April. The public is recommended to assemble on the Grote Markt, where deckchairs will be set out, "
     "because the sound of the bells carries less well into the neighbouring streets. A new piece "
     "commissioned for the anniversary will be performed at the first recital, on 6 July.",
     errors=[E("4.30 p.m.", "date", "major", "half past three in the afternoon")],
     traps=[T("each Sunday afternoon during July and August", "every Sunday afternoon in July and August"),
            T("the sound of the bells carries less well into the neighbouring streets",
              "the bells can be heard less clearly in the surrounding streets"),
            T("the first recital, on 6 July", "The opening concert on 6 July")])

case("mussel ropes", "translation",
     "Mussel farmers in the Ría de Santelo have lost around 30 percent of their rope-grown mussels this "
     "summer after a bloom of toxic algae kept harvesting suspended for seven weeks, the producers' "
     "association Mexillón Santelo reported. Mussels left too long on the ropes grow heavy and fall off, "
     "the association explained. The regional fisheries ministry lifted the ban on Monday after three "
     "consecutive tests showed toxin levels below the legal limit. The association is asking for emergency "
     "aid of 2 million euros and a review of the monitoring system, which it says is too slow. Around 600 "
     "people work directly in mussel farming in the estuary.",
     "Roughly three in ten of the mussels growing on ropes in the Ría de Santelo have been lost this "
     "summer, the producers' group Mexillón Santelo has said, after toxic algae forced a seven-week halt "
     "to harvesting. According to the group, mussels that stay on the ropes too long become too heavy and "
     "drop off. On Monday, the regional fisheries department lifted the ban, once three tests in a row had "
     "found toxin levels under the legal limit. The producers want 2 million euros in emergency support "
     "and a review of the monitoring system, which they consider too slow. Some 600 people are directly "
     "employed in mussel farming in the estuary.",
     traps=[T("Roughly three in ten", "around 30 percent"),
            T("a seven-week halt to harvesting", "kept harvesting suspended for seven weeks"),
            T("the regional fisheries department", "The regional fisheries ministry"),
            T("three tests in a row", "three consecutive tests"),
            T("Some 600 people are directly employed", "Around 600 people work directly")])

# ---------------------------------------------------------------- 21-24
case("tiny homes", "rewrite",
     "A housing charity has won planning permission to build 24 tiny homes for young people leaving care "
     "on a disused bowling green in the town of Ashcombe. The homes, each measuring about 28 square "
     "metres, will be built off-site by the construction firm Modulo Haus and craned into place. Rents "
     "will be capped at 60 per cent of local market levels, the charity, Firststep Homes, said. Residents "
     "will be able to stay for up to five years and will receive support from a resident key worker. The "
     "£2.1 million project is being funded by the Ashcombe Community Foundation and a government grant. "
     "The first tenants are expected to move in next autumn.",
     "Firststep Homes, a housing charity, has been granted planning permission for 24 tiny homes for care "
     "leavers on a disused bowling green in Ashcombe, with rents capped at 60 per cent of local market "
     "levels. Each home will measure around 28 square metres and will be constructed off-site by Modulo "
     "Haus before being lifted into position by crane. Tenants will be able to remain for as long as five "
     "years, with support from a key worker living on site. Modulo Haus and a government grant are funding "
     "the £2.1m project. The first residents are expected to move in next autumn, with rents capped at 60 "
     "per cent of local market levels.",
     errors=[E("Modulo Haus", "entity", "major", "the Ashcombe Community Foundation", occ=1),
             E("rents capped at 60 per cent of local market levels", "repetition", "minor", None, occ=1)],
     traps=[T("care leavers", "young people leaving care"),
            T("for as long as five years", "for up to five years"),
            T("a key worker living on site", "a resident key worker")])

case("heritage tramways", "rewrite",
     "The Crossley Heritage Tramway will reopen on Easter Saturday after a two-year closure during which "
     "1.4 kilometres of track were relaid and the depot roof was replaced. The volunteer-run line, which "
     "carried 52,000 passengers in its last full season, operates restored trams built between 1902 and "
     "1951. Services will run every 20 minutes between 10am and 5pm at weekends, and daily during school "
     "holidays. Adult tickets will rise from £8 to £10, while children under five will continue to travel "
     "free. Society chairman Neil Barraclough said the restoration had cost £1.3 million, most of it raised "
     "from members and a national heritage lottery grant.",
     "After two years out of action, during which 1.4km of track was relaid and a new depot roof fitted, "
     "the Crossley Heritage Tramway will welcome passengers again from Easter Saturday. Run by volunteers, "
     "the line uses restored trams dating from 1902 to 1951 and carried 52,000 people in its most recent "
     "full season. Trams will run three times an hour from 10am to 5pm on Saturdays and Sundays, and every "
     "day in the school holidays. An adult fare will go up by £2 to £10; under-fives will still ride free. "
     "The restoration cost £1.3m, most of which came from members and a national heritage lottery grant, "
     "according to society chairman Neil Barraclough.",
     traps=[T("1.4km", "1.4 kilometres"),
            T("three times an hour", "every 20 minutes"),
            T("on Saturdays and Sundays", "at weekends"),
            T("go up by £2 to £10", "rise from £8 to £10"),
            T("under-fives will still ride free", "children under five will continue to travel free")])

case("trolleybuses", "rewrite",
     "The city transport company of Velmora, TransVel, has ordered 35 new trolleybuses with batteries that "
     "allow them to run up to 15 kilometres away from overhead wires. The contract, worth 42 million euros, "
     "was signed on 18 October with the manufacturer Kestrel Electric Vehicles, which will deliver the "
     "vehicles between 2025 and 2027. The battery range will allow TransVel to extend two routes into new "
     "housing districts without building additional overhead lines. The new vehicles will replace "
     "trolleybuses that are more than 25 years old. Part of the cost will be covered by a loan from a "
     "European development bank.",
     "Velmora's city transport company TransVel has signed a €42m contract with Kestrel Electric Vehicles "
     "for 35 new trolleybuses fitted with batteries, giving them a range of up to 15km away from the "
     "overhead wires. The deal was concluded on 18 October, and deliveries are scheduled between 2025 and "
     "2027. Thanks to the batteries, TransVel will be able to extend two routes into new housing areas with "
     "no need for extra overhead lines. The vehicles being replaced are over 25 years old. A loan from a "
     "European development bank will pay for part of the cost.",
     traps=[T("€42m", "42 million euros"),
            T("15km", "15 kilometres"),
            T("with no need for extra overhead lines", "without building additional overhead lines"),
            T("over 25 years old", "more than 25 years old"),
            T("A loan from a European development bank will pay for part of the cost",
              "Part of the cost will be covered by a loan from a European development bank")])

case("library fines", "rewrite",
     "Libraries in the borough of Eastmere will stop charging fines for overdue books from 1 January, the "
     "borough council said on Tuesday. Officials said fines brought in only about £14,000 a year, less than "
     "the cost of collecting them, and discouraged some families from using libraries. Borrowers who return "
     "items late will still be blocked from taking out new books until the overdue ones are returned, and "
     "charges for lost or damaged items will remain. Existing fines will be cancelled. Cabinet member for "
     "culture Priya Deshmane said other councils that had scrapped fines had seen lapsed members return.",
     "From 1 January, Eastmere's libraries will no longer fine borrowers for overdue books, the borough "
     "council announced on Tuesday. According to officials, fines raised just £14,000 or so each year, "
     "less than it cost to collect them, and put some families off using the libraries. Anyone returning "
     "items late will still be unable to borrow more until the overdue books are back, and charges for "
     "lost or damaged items will also be dropped. All outstanding fines are being written off. Priya "
     "Deshmane, the cabinet member for culture, said lapsed members had come back at other councils that "
     "had abolished fines.",
     errors=[E("will also be dropped", "polarity", "major", "will remain")],
     traps=[T("just £14,000 or so each year", "only about £14,000 a year"),
            T("put some families off using the libraries", "discouraged some families from using libraries"),
            T("All outstanding fines are being written off", "Existing fines will be cancelled")])

# ---------------------------------------------------------------- 25-28
case("boundary disputes", "rewrite",
     "A boundary dispute between two neighbouring farmers in the parish of Lowther Green has been settled "
     "after nine years, the county land tribunal confirmed on Friday. The tribunal ruled that a strip of "
     "land about 4 metres wide and 220 metres long belongs to farmer Edwin Marsh, not to his neighbour Alan "
     "Tobey, who had fenced it off in 2015. Mr Tobey has been ordered to remove the fence within 60 days "
     "and to pay two-thirds of Mr Marsh's legal costs, estimated at £38,000. The tribunal relied largely on "
     "an 1887 estate map found in the county archives. Mr Tobey's solicitor said his client was considering "
     "an appeal.",
     "A nine-year boundary dispute between neighbouring farmers in Lowther Green parish has been resolved, "
     "the county land tribunal confirmed on Friday. The tribunal decided that a strip roughly 4 metres wide "
     "and 220 metres long is the property of Edwin Marsh rather than his neighbour Alan Tobey, who fenced "
     "it off in 2015. Mr Tobey must remove the fence within 60 days and cover two-thirds of Mr Marsh's "
     "legal bill, put at £38,000. An 1887 estate map discovered in the county archives was the main basis "
     "for the ruling. According to his solicitor, Mr Tobey is weighing up an appeal.",
     traps=[T("roughly 4 metres wide", "about 4 metres wide"),
            T("is the property of Edwin Marsh", "belongs to farmer Edwin Marsh"),
            T("legal bill, put at £38,000", "legal costs, estimated at £38,000"),
            T("was the main basis for the ruling", "The tribunal relied largely on"),
            T("is weighing up an appeal", "was considering an appeal")])

case("karst springs", "rewrite",
     "Hydrologists from the University of Trevasco have traced the source of the Fontana Verde spring to a "
     "cave system 11 kilometres away, using a harmless dye injected into a sinkhole on 2 May. The dye "
     "reappeared at the spring after 39 hours, showing that water moves through the limestone far faster "
     "than previously thought. The study was commissioned by the Trevasco Water Board, which draws drinking "
     "water for about 80,000 people from the spring. Lead researcher Dr Elena Farrugia said the results "
     "meant that pollution entering the sinkhole, for instance from farm runoff, could reach taps within "
     "two days. The board said it would now review land-use rules in the catchment.",
     "A cave system 11 kilometres away has been identified by University of Trevasco hydrologists as the "
     "source of the Fontana Verde spring. In early April they injected a harmless dye into the spring, and "
     "it reappeared in a sinkhole 39 hours later, evidence that water flows through the limestone much "
     "faster than had been believed. The Trevasco Water Board, which supplies about 80,000 people with "
     "drinking water from the spring, commissioned the research. Pollution getting into the sinkhole, such "
     "as runoff from farms, could therefore reach taps within 48 hours, said lead researcher Dr Elena "
     "Farrugia. The board said it would now look again at land-use rules in the catchment.",
     errors=[E("In early April", "date", "major", "on 2 May"),
             E("spring, and it reappeared in a sinkhole", "role", "major", "The dye reappeared at the spring")],
     traps=[T("within 48 hours", "within two days"),
            T("look again at land-use rules", "review land-use rules")])

case("mushroom growing", "summary",
     "Fenwick Fungi, one of the largest mushroom growers in the region, will close its farm at Radley Moss "
     "in March with the loss of 85 jobs, the company said on Monday. The firm blamed a 70 per cent rise in "
     "energy costs over two years and a shortage of pickers, and said that the site, which produces around "
     "150 tonnes of chestnut and button mushrooms a month, was no longer viable. Production will be partly "
     "moved to its larger farm at Kelso Bridge, where 30 new posts will be created. Staff at Radley Moss "
     "will be offered the chance to apply for these jobs. The union representing the workers said it was "
     "disappointed and would seek talks with management.",
     "Fenwick Fungi is shutting its Radley Moss mushroom farm in March, cutting 85 jobs, after energy costs "
     "climbed 70% in two years and pickers became scarce. Some output will shift to its bigger Kelso Bridge "
     "site, which will add 30 posts open to Radley Moss staff; the union said it was disappointed and wants "
     "talks.",
     traps=[T("cutting 85 jobs", "with the loss of 85 jobs"),
            T("climbed 70% in two years", "a 70 per cent rise in energy costs over two years"),
            T("pickers became scarce", "a shortage of pickers"),
            T("Some output will shift", "Production will be partly moved"),
            T("its bigger Kelso Bridge site", "its larger farm at Kelso Bridge")])

case("indigo dyeing", "translation",
     "A workshop in the town of Aizuno that has produced indigo-dyed cloth by traditional methods for five "
     "generations will close at the end of the year, its owner announced. Kenji Morisawa, 78, said he had "
     "been unable to find a successor and that the price of sukumo, the fermented indigo leaves used as "
     "dye, had doubled in the past decade. The workshop, founded in 1889, supplies fabric to kimono makers "
     "in Kyoto and to several fashion brands overseas. The town's tourism association is considering "
     "purchasing the dye vats and tools so that they can be displayed in the local history museum. Mr "
     "Morisawa will hold a final open day on 14 December.",
     "The owner of an Aizuno workshop that has made cloth dyed with indigo using traditional techniques for "
     "five generations has said it will shut its doors at the end of this year. Kenji Morisawa, who is 78, "
     "explained that no successor could be found, and that sukumo, the fermented indigo leaves from which "
     "the dye is made, now costs twice what it did ten years ago. Established in 1889, the workshop "
     "provides fabric to kimono makers in Tokyo as well as to a number of foreign fashion labels. The local "
     "tourism association is looking into buying the vats and tools so they can be put on show at the "
     "town's history museum. A last open day will be held by Mr Morisawa on 14 December.",
     errors=[E("Tokyo", "entity", "major", "Kyoto")],
     traps=[T("now costs twice what it did ten years ago", "had doubled in the past decade"),
            T("a number of foreign fashion labels", "several fashion brands overseas"),
            T("is looking into buying", "is considering purchasing")])

# ---------------------------------------------------------------- 29-32
case("nursery places", "summary",
     "Dunmore City Council has announced plans to create 1,200 additional nursery places over the next "
     "three years to meet rising demand from working parents. The council said waiting lists had grown by "
     "40 per cent since 2021, with around 900 children currently unable to secure a place near their home. "
     "The expansion will be funded through a £15 million allocation from the national Early Years Fund and "
     "will include four new nurseries and the extension of eleven existing ones. Council leader Fiona "
     "Kerrigan said priority would be given to neighbourhoods with the lowest provision. Recruitment "
     "remains a challenge: the council estimates it will need 250 more qualified early years staff, and it "
     "will offer training bursaries to attract them.",
     "Dunmore City Council plans 1,200 extra nursery places within three years, funded by £15m from the "
     "national Early Years Fund, through four new nurseries and eleven extensions. Waiting lists are up "
     "40% since 2021, and leader Fiona Kerrigan said neighbourhoods with the lowest incomes would get "
     "priority. The council has hired 250 extra qualified early years staff, backed by training bursaries.",
     errors=[E("lowest incomes", "entity", "major", "lowest provision"),
             E("has hired 250 extra qualified early years staff", "event", "major",
               "will need 250 more qualified early years staff")],
     traps=[T("within three years", "over the next three years"),
            T("up 40% since 2021", "had grown by 40 per cent since 2021")])

case("pirate radio", "translation",
     "Telecommunications inspectors on Wednesday seized the transmitter of an unlicensed radio station that "
     "had been broadcasting dance music from the roof of a tower block in the Saint-Vaury district for more "
     "than three years, the national frequency agency announced. The station, known as Radio Nuit Libre, "
     "was interfering with frequencies used by air traffic control at the nearby Belcourt airport, the "
     "agency said. No arrests were made, but the operators could face fines of up to 30,000 euros. The "
     "agency said it had received 17 complaints about the interference since January. Listeners on social "
     "media have launched a petition calling for the station to be given a legal licence.",
     "The national frequency agency said that on Wednesday its telecom inspectors had confiscated the "
     "transmitter of an illegal radio station which, for over three years, had been playing dance music "
     "from the rooftop of a high-rise in the Saint-Vaury area. According to the agency, the station, Radio "
     "Nuit Libre, was disrupting frequencies that air traffic controllers at nearby Belcourt airport rely "
     "on. Nobody was arrested, although those running the station risk fines of as much as €30,000. Since "
     "January, the agency has had 17 complaints about the interference. A petition asking for the station "
     "to receive an official licence has been started by listeners on social media.",
     traps=[T("confiscated the transmitter", "seized the transmitter"),
            T("the rooftop of a high-rise", "the roof of a tower block"),
            T("for over three years", "for more than three years"),
            T("Nobody was arrested", "No arrests were made"),
            T("as much as €30,000", "up to 30,000 euros")])

case("salt flats", "translation",
     "The government of the province of Tarcuna has suspended all new lithium exploration permits on the "
     "Salar de Yurmaca salt flat for two years while an environmental study is carried out. The decision "
     "was announced on Friday by the provincial environment secretary, Rosa Illanes, who said there was "
     "concern about the impact of brine extraction on the lagoons where flamingos breed. The three "
     "companies already operating in the salt flat will be able to continue their activities but may not "
     "increase their extraction volumes. Indigenous communities in the area, which had demanded a "
     "moratorium for years, welcomed the measure but said it should be permanent.",
     "For two years, no new permits for lithium exploration will be granted on the Yurmaca salt flat, the "
     "government of Tarcuna province has decided, pending an environmental study. Provincial environment "
     "secretary Rosa Illanes made the announcement on Friday, citing concern over how pumping out brine "
     "could affect the lagoons in which flamingos nest. The three firms that already operate on the salt "
     "flat can carry on working but will not be allowed to raise the amount they extract. Local indigenous "
     "communities, who had been calling for a moratorium for years, welcomed the decision while insisting "
     "it ought to be made permanent.",
     traps=[T("no new permits for lithium exploration will be granted",
              "has suspended all new lithium exploration permits"),
            T("how pumping out brine could affect", "the impact of brine extraction on"),
            T("will not be allowed to raise the amount they extract", "may not increase their extraction volumes"),
            T("who had been calling for a moratorium for years", "which had demanded a moratorium for years")])

case("type foundries", "summary",
     "Harland & Pike, one of the last type foundries in the country still casting metal type for "
     "letterpress printers, has been saved from closure after a crowdfunding campaign raised £212,000 in "
     "six weeks. The foundry, established in the town of Corlow in 1921, had announced in September that "
     "it would shut down because its two remaining casters were retiring and it could not afford to train "
     "replacements. More than 3,400 people, many of them printers and designers from abroad, contributed to "
     "the campaign. The money will fund two apprenticeships for three years and repairs to its hot-metal "
     "casting machines, some of which are more than 80 years old. Managing director Susan Pike said the "
     "foundry would also start offering weekend courses to the public.",
     "Corlow type foundry Harland & Pike, among the country's last makers of metal letterpress type, will "
     "stay open after crowdfunding raised £212,000 in six weeks from over 3,400 backers. It had planned to "
     "close because its two remaining casters were retiring; the money will pay for two three-year "
     "apprenticeships and repairs to its ageing casting machines, some over 80 years old, and public "
     "weekend courses will also be offered.",
     traps=[T("among the country's last makers of metal letterpress type",
              "one of the last type foundries in the country still casting metal type for letterpress printers"),
            T("will stay open", "has been saved from closure"),
            T("over 3,400 backers", "More than 3,400 people"),
            T("two three-year apprenticeships", "two apprenticeships for three years"),
            T("some over 80 years old", "some of which are more than 80 years old")])

# ---------------------------------------------------------------- 33-36
case("sake breweries", "summary",
     "Exports of sake from the prefecture of Minase reached a record 4.1 billion yen last year, up 18 per "
     "cent, the prefectural brewers' association said on Tuesday. The United States remained the largest "
     "market, followed by China and South Korea. Shipments to Europe almost doubled, helped by a trade "
     "agreement that removed tariffs. The association's 46 member breweries, most of them small family "
     "businesses, have been investing in English-language labelling and online sales. However, domestic "
     "consumption continued to decline, falling by 3 per cent, as younger Japanese drink less alcohol. "
     "Association chairman Hiroshi Tanabe said brewers were also struggling with the rising price of rice, "
     "which increased by about 20 per cent over the year.",
     "Minase prefecture's sake exports hit a record ¥4.1bn last year, 18% higher; the US stayed the largest "
     "market and shipments to Europe nearly doubled after tariffs were removed. Domestic consumption fell "
     "3% as younger people drink less, and chairman Hiroshi Tanabe said rice had become about 20% dearer, "
     "while shipments to Europe nearly doubled after tariffs were removed.",
     errors=[E("shipments to Europe nearly doubled after tariffs were removed", "repetition", "minor", None,
               occ=1)],
     traps=[T("¥4.1bn", "4.1 billion yen"),
            T("18% higher", "up 18 per cent"),
            T("about 20% dearer", "increased by about 20 per cent")])

case("lock keepers", "translation",
     "The federal waterways office in Orlenau announced on Monday that 12 of the 19 locks on the Rennach "
     "Canal will be converted to remote operation by 2030. The locks will then be controlled from a central "
     "station in Kellmarsch. The office stressed that no lock keeper would lose their job; staff will "
     "instead be retrained as remote operators or maintenance technicians. The conversion is expected to "
     "cost around 85 million euros. The boatmen's association welcomed longer opening hours but fears that "
     "waiting times could increase in the event of technical faults. The seven remaining locks, which are "
     "listed historic structures, will continue to be operated by hand.",
     "According to an announcement by the Orlenau federal waterways office on Monday, remote control will "
     "be introduced at 12 of the Rennach Canal's 19 locks by 2030, with the locks then operated from a "
     "central control room in Kellmarsch. The office emphasised that lock keepers would lose their jobs, "
     "and said staff would be retrained as remote operators or maintenance technicians. The costs of the "
     "conversion are estimated at about 85 million euros. The boatmen's association welcomed the longer "
     "opening times but warned that waiting times would increase whenever technical faults occurred. The "
     "remaining seven locks, being listed historic monuments, will still be worked manually.",
     errors=[E("lock keepers would lose their jobs", "polarity", "critical", "no lock keeper would lose their job"),
             E("would increase", "modality", "minor", "could increase")],
     traps=[T("The costs of the conversion are estimated at about 85 million euros",
              "The conversion is expected to cost around 85 million euros"),
            T("will still be worked manually", "will continue to be operated by hand")])

case("common land", "translation",
     "The commoners' assembly of the parish of Vilar de Mourelos voted on Sunday to lease 140 hectares of "
     "common land to a wind energy company for 30 years, in exchange for an annual payment of 95,000 euros. "
     "Of the 212 commoners present, 151 voted in favour. The income will be used to repair rural roads, "
     "restore two community ovens and fund a fire prevention team. Opponents argued that the turbines would "
     "damage the traditional grazing areas and the landscape. The company, Ventoalto Energias, must still "
     "obtain an environmental licence before construction begins, which is not expected before 2026.",
     "At a meeting on Sunday, the commoners of Vilar de Mourelos parish approved leasing 140 hectares of "
     "communal land to a wind power company for three decades, in return for €95,000 a year. The proposal "
     "was backed by 151 of the 212 commoners who attended. The money will pay for repairs to rural roads, "
     "the restoration of two community ovens and a fire prevention crew. Those against the deal said the "
     "turbines would harm the traditional pastures and the landscape. Before building can begin, the "
     "company, Ventoalto Energias, still needs an environmental licence, and construction is not expected "
     "to start until 2026 at the earliest.",
     traps=[T("for three decades", "for 30 years"),
            T("€95,000 a year", "an annual payment of 95,000 euros"),
            T("was backed by 151 of the 212 commoners who attended", "Of the 212 commoners present, 151 voted in favour"),
            T("Those against the deal", "Opponents"),
            T("traditional pastures", "traditional grazing areas")])

case("lead poisoning", "rewrite",
     "Health officials in the city of Marrowby have found elevated levels of lead in the blood of 31 "
     "children living in older housing in the Eastgate district, the city's public health department said "
     "on Thursday. The cases were identified through a screening programme that tested 640 children under "
     "six between January and August. Officials believe the main source is flaking lead-based paint in "
     "homes built before 1960, although water pipes are also being examined. None of the children has "
     "required hospital treatment. The department will offer free home inspections to all families with "
     "young children in the district and has asked landlords to carry out repairs within 90 days.",
     "Blood tests have revealed raised lead levels in 31 children who live in older homes in Marrowby's "
     "Eastgate district, the city public health department announced on Thursday. The children were picked "
     "up by a screening scheme under which 640 under-sixes were tested from January to August. Peeling "
     "lead-based paint in houses dating from before 1960 is thought by officials to be the main cause, "
     "though the water pipes are also under investigation. No child has needed hospital treatment. Every "
     "family in the district with young children will be offered a free home inspection, and landlords "
     "have been asked to complete repairs within 90 days.",
     traps=[T("raised lead levels", "elevated levels of lead"),
            T("640 under-sixes", "640 children under six"),
            T("is thought by officials to be the main cause", "Officials believe the main source is"),
            T("under investigation", "being examined"),
            T("No child has needed hospital treatment", "None of the children has required hospital treatment")])

# ---------------------------------------------------------------- 37-40
case("cassava mills", "summary",
     "A cooperative of cassava farmers in the Obiri district has opened a processing mill that turns fresh "
     "roots into high-quality flour, allowing members to sell to bakeries instead of losing much of their "
     "harvest to spoilage. The mill, built with a 340,000-dollar grant from the Western Rural Enterprise "
     "Fund, can process 20 tonnes of roots a day and employs 26 people, most of them women. Fresh cassava "
     "starts to rot within two to three days of harvest, and farmers had previously lost up to 40 per cent "
     "of their crop. Cooperative secretary Abena Mensor said members now receive about twice the price they "
     "used to get for raw roots. The cooperative plans to add a second drying line next year if demand "
     "continues to grow.",
     "An Obiri district cassava farmers' cooperative has opened a flour mill, the first of its kind in the "
     "district, built with a $340,000 grant. Processing 20 tonnes of roots a day and employing 26 people, "
     "mostly women, it lets members sell flour to bakeries rather than losing up to 40% of their crop to "
     "spoilage, and cooperative secretary Abena Mensor said they now earn roughly triple what raw roots "
     "used to fetch.",
     errors=[E("the first of its kind in the district", "addition", "minor", None),
             E("roughly triple", "number", "major", "about twice")],
     traps=[T("$340,000", "340,000-dollar"),
            T("40% of their crop", "40 per cent of their crop")])

case("music copyright", "rewrite",
     "The High Court in Calderport ruled on Tuesday that the pop song 'Paper Lanterns', a hit for the band "
     "Velvet Harbour in 2019, copied the melody of a folk song written by retired music teacher Gordon Ashby "
     "in 1974. Judge Helen Mortlake found that the chorus of the later song was 'substantially similar' to "
     "Mr Ashby's work and that the band's songwriter was likely to have heard it on a regional radio "
     "programme. Mr Ashby will receive 35 per cent of future royalties, and damages will be decided at a "
     "later hearing. The band's record label, Tidewater Music, said it was disappointed and was studying the "
     "judgment.",
     "Velvet Harbour's 2019 hit 'Paper Lanterns' copied the tune of a folk song that retired music teacher "
     "Gordon Ashby wrote in 1974, the High Court in Calderport decided on Tuesday. In her ruling, Judge "
     "Helen Mortlake said the chorus of the pop song was 'substantially similar' to Mr Ashby's composition "
     "and that the band's songwriter had probably heard it on a regional radio show. Mr Ashby is to get 35% "
     "of future royalties, while damages will be set at a later hearing. Tidewater Music, the band's label, "
     "said it was disappointed and was examining the judgment.",
     traps=[T("the tune", "the melody"),
            T("had probably heard it", "was likely to have heard it"),
            T("35% of future royalties", "35 per cent of future royalties"),
            T("will be set at a later hearing", "will be decided at a later hearing"),
            T("was examining the judgment", "was studying the judgment")])

case("sea lice", "translation",
     "The regional aquaculture inspectorate has ordered the fish farming company Nordvik Havbruk to "
     "slaughter all the salmon at its Sørholmen site ahead of schedule after repeated sea lice counts above "
     "the permitted limit. The inspections in September and October found an average of 1.8 adult female "
     "lice per fish, more than three times the limit of 0.5. The company must empty the site within six "
     "weeks. Nordvik Havbruk says the lice developed resistance to the treatment it used and that a new "
     "cleaning system will be installed before the next generation of fish is stocked. Around 900,000 "
     "salmon are affected.",
     "Fish farmer Nordvik Havbruk has been ordered by the regional aquaculture inspectorate to move all the "
     "salmon out of its Sørholmen facility earlier than planned, after sea lice levels repeatedly exceeded "
     "the permitted maximum. Counts carried out in September and October showed an average of 1.8 adult "
     "female lice on each fish, over three times the 0.5 limit. The site has to be emptied within six weeks. "
     "According to the company, the lice became resistant to the treatment it had been using, and a new "
     "delousing system is to be installed before the next generation of fish is put in. Some 900,000 salmon "
     "are affected.",
     errors=[E("move all the salmon out of", "event", "major", "slaughter all the salmon")],
     traps=[T("over three times the 0.5 limit", "more than three times the limit of 0.5"),
            T("delousing system", "cleaning system"),
            T("Some 900,000 salmon", "Around 900,000 salmon")])

case("dragonfly surveys", "summary",
     "Volunteers taking part in the annual dragonfly survey of the Wendle Marshes recorded 23 species this "
     "summer, three more than last year, the Wendle Wildlife Trust said on Monday. The increase is thought "
     "to reflect the restoration of 12 ponds that had been overgrown with reeds, which was completed in "
     "2022. Among the new sightings was the scarce emerald damselfly, not recorded on the marshes since "
     "1998. However, numbers of the common darter, usually the most abundant species, fell by about a "
     "third, possibly because of the dry spring. The trust said 140 volunteers took part, carrying out 610 "
     "counts between May and September. Results will be shared with the national dragonfly recording "
     "scheme.",
     "This summer's Wendle Marshes dragonfly survey logged 23 species, up three on last year, an increase "
     "thought to reflect the restoration of 12 overgrown ponds. They included the scarce emerald damselfly, "
     "unrecorded there since 1998, although common darter numbers fell by roughly a third, possibly because "
     "of the dry spring. The 140 volunteers made 610 counts.",
     traps=[T("logged 23 species, up three on last year",
              "recorded 23 species this summer, three more than last year"),
            T("unrecorded there since 1998", "not recorded on the marshes since 1998"),
            T("roughly a third", "about a third"),
            T("The 140 volunteers made 610 counts", "140 volunteers took part, carrying out 610 counts")])

# ---------------------------------------------------------------- build and validate
DOMAINS = [
    "puppet libraries", "scallop dredging", "hot air balloons", "shark nets", "saffron harvest",
    "notaries", "cockle picking", "mead making", "date palms", "heat pumps", "vertical farming",
    "chickpea crops", "coal merchants", "millet farming", "pontoon bridges", "bmx tracks", "goat milk",
    "arcade machines", "carillon concerts", "mussel ropes", "tiny homes", "heritage tramways",
    "trolleybuses", "library fines", "boundary disputes", "karst springs", "mushroom growing",
    "indigo dyeing", "nursery places", "pirate radio", "salt flats", "type foundries", "sake breweries",
    "lock keepers", "common land", "lead poisoning", "cassava mills", "music copyright", "sea lice",
    "dragonfly surveys",
]
TYPES = ["entity", "number", "date", "role", "polarity", "modality", "attribution", "event",
         "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}


def find_nth(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            raise ValueError("not found (occ %d): %r" % (occ, needle))
    return pos


def cuts_word(text, i):
    return 0 < i < len(text) and text[i - 1].isalnum() and text[i].isalnum()


def build():
    problems = []
    records = []
    for n, c in enumerate(CASES, 1):
        rid = "s40-%03d" % n
        ref, cand, mode = c["reference"], c["candidate"], c["mode"]

        def bad(msg):
            problems.append("%s (%s): %s" % (rid, c["domain"], msg))

        if mode not in ("rewrite", "summary", "translation"):
            bad("bad mode")
        nw = len(ref.split())
        if not 70 <= nw <= 190:
            bad("reference has %d words" % nw)
        if mode == "summary" and len(cand) >= len(ref):
            bad("summary not shorter than reference")
        if cand == ref:
            bad("candidate identical to reference")
        spans = []
        errors = []
        for e in c["errors"]:
            try:
                if e["kind"] == "omission":
                    p = find_nth(cand, e["anchor"], e["occ"])
                    if e["side"] == "after":
                        p += len(e["anchor"])
                    s = t = p
                    text = ""
                else:
                    s = find_nth(cand, e["text"], e["occ"])
                    t = s + len(e["text"])
                    text = e["text"]
            except ValueError as exc:
                bad("error span: %s" % exc)
                continue
            typ, rt = e["type"], e["ref_text"]
            if typ not in TYPES:
                bad("unknown type %s" % typ)
            if e["severity"] not in SEVERITIES:
                bad("bad severity")
            if typ == "omission":
                if s != t or text != "":
                    bad("omission must be zero-width")
                if mode == "summary":
                    bad("omission in a summary")
                if not rt or rt not in ref:
                    bad("omission ref_text not in reference: %r" % rt)
                if rt and rt.lower() in cand.lower():
                    bad("omitted words still present in candidate: %r" % rt)
                if cuts_word(cand, s):
                    bad("omission point inside a word")
            else:
                if s == t:
                    bad("empty span")
                if cuts_word(cand, s) or cuts_word(cand, t):
                    bad("span cuts a word: %r" % text)
                if text != text.strip():
                    bad("span has outer whitespace: %r" % text)
                if typ in ("addition", "repetition"):
                    if rt is not None:
                        bad("%s must have null ref_text" % typ)
                    if typ == "repetition" and text not in cand[:s]:
                        bad("repetition has no earlier copy: %r" % text)
                else:
                    if not rt or rt not in ref:
                        bad("ref_text not in reference: %r" % rt)
                    if rt == text:
                        bad("error text equals ref_text: %r" % text)
            assert cand[s:t] == text
            spans.append((s, t, "error " + typ))
            errors.append({"start": s, "end": t, "text": text, "type": typ,
                           "severity": e["severity"], "ref_text": rt})
        traps = []
        for tr in c["traps"]:
            try:
                s = find_nth(cand, tr["text"], tr["occ"])
            except ValueError as exc:
                bad("trap: %s" % exc)
                continue
            t = s + len(tr["text"])
            if cuts_word(cand, s) or cuts_word(cand, t):
                bad("trap cuts a word: %r" % tr["text"])
            if tr["ref_text"] not in ref:
                bad("trap ref_text not in reference: %r" % tr["ref_text"])
            if tr["ref_text"] == tr["text"]:
                bad("trap identical to reference wording: %r" % tr["text"])
            spans.append((s, t, "trap"))
            traps.append({"start": s, "end": t, "text": tr["text"], "ref_text": tr["ref_text"]})
        # overlaps (zero-width omissions may not fall strictly inside another span)
        for i in range(len(spans)):
            for j in range(i + 1, len(spans)):
                a, b = spans[i], spans[j]
                if a[0] == a[1] or b[0] == b[1]:
                    z, o = (a, b) if a[0] == a[1] else (b, a)
                    if o[0] < z[0] < o[1]:
                        bad("omission point inside %s" % o[2])
                elif a[0] < b[1] and b[0] < a[1]:
                    bad("overlapping spans %r / %r" % (cand[a[0]:a[1]], cand[b[0]:b[1]]))
        label = "inconsistent" if errors else "consistent"
        if label == "consistent" and not 3 <= len(traps) <= 5:
            bad("consistent pair with %d traps" % len(traps))
        if label == "inconsistent" and len(traps) > 3:
            bad("inconsistent pair with %d traps" % len(traps))
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": rid, "domain": c["domain"], "mode": mode, "reference": ref,
                        "candidate": cand, "label": label, "errors": errors, "traps": traps})

    # set-level checks
    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    doms = [r["domain"] for r in records]
    if sorted(doms) != sorted(DOMAINS) or len(set(doms)) != len(doms):
        problems.append("domains do not match the list one-to-one")
    combo = Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(combo) != want:
        problems.append("mode/label mix wrong: %s" % dict(combo))
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        problems.append("expected 30 errors, got %d" % sum(types.values()))
    for t in TYPES:
        if types[t] < 2:
            problems.append("type %s has only %d errors" % (t, types[t]))
    per_pair = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    if any(k > 2 for k in per_pair):
        problems.append("an inconsistent pair has more than 2 errors: %s" % dict(per_pair))
    return records, problems


def main():
    records, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    modes = Counter(r["mode"] for r in records)
    labels = Counter(r["label"] for r in records)
    types = Counter(e["type"] for r in records for e in r["errors"])
    ntraps = sum(len(r["traps"]) for r in records)
    print("OK: %d pairs; modes %s; labels %s" % (len(records), dict(modes), dict(labels)))
    print("errors by type:", {t: types[t] for t in TYPES}, "total", sum(types.values()))
    print("traps:", ntraps)
    if "--check" in sys.argv[1:]:
        return
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set40.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", out)


if __name__ == "__main__":
    main()
