#!/usr/bin/env python3
"""Held-out evaluation set 39 for the fact-comparison tool.

How it was made: every pair was hand-written, as Python data in this file, by a
helper that saw no code or data of the project, working only from a written
brief. All people, companies, organisations, places and figures are invented
(real countries appear only as background). Character offsets are never typed
by hand: they are computed here by string search (with an occurrence index
where a quoted text repeats) and everything is validated before writing.

Composition: 40 pairs, each from a different domain.
  - modes: 20 rewrite, 10 summary, 10 translation (half of each consistent)
  - labels: 20 consistent, 20 inconsistent
  - 30 errors: entity 3, number 3, date 3, role 3, polarity 3, modality 3,
    attribution 3, event 3, omission 2, addition 2, repetition 2
    (10 inconsistent pairs with one error, 10 with two)
  - consistent pairs carry 3-5 traps each, inconsistent pairs 0-3.
  - references are 70-190 words in news/agency/corporate/official register.
In translation pairs both texts are independent English translations of the
same (unseen) non-English story.

Usage: python3 make_set39.py          # validate and write set39.jsonl
       python3 make_set39.py --check  # validate only, write nothing
"""
import json
import os
import re
import sys

N = 39
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set39.jsonl")

DOMAINS = [
    "village greens", "phosphate rock", "living walls", "dark sky parks",
    "swift towers", "au pairs", "quinoa exports", "contact lenses",
    "lost property offices", "cave diving", "carbon monoxide alarms",
    "district nurses", "potash mines", "skate parks", "dairy cooperatives",
    "ice hotels", "storytelling festivals", "road gritting", "land registries",
    "peat cutting", "dragon boat racing", "excise stamps", "coral propagation",
    "icon painting", "weigh stations", "bicycle registries", "otter surveys",
    "student halls", "traffic wardens", "wave energy", "comic conventions",
    "amateur astronomy", "chimney sweeps", "towpaths", "motel chains",
    "distillery warehouses", "microlight flying", "cosplay events",
    "sign language interpreting", "optometry",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]


def E(text, etype, severity, ref_text, occ=0):
    """An error span located by its text (occ-th occurrence in the candidate)."""
    return {"text": text, "type": etype, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def OM(anchor, ref_text, severity, occ=0):
    """An omission: zero-width span just after the occ-th occurrence of anchor."""
    return {"text": "", "type": "omission", "severity": severity,
            "ref_text": ref_text, "anchor": anchor, "occ": occ}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording of ref_text."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


CASES = []


def add(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})


# ---------------------------------------------------------------- rewrites 1-4
add("village greens", "rewrite", "consistent",
    "The parish council of Ashcombe Vale has voted to register the village green at Fennick Cross as protected "
    "common land, ending a four-year dispute with the developer Hollins Brook Homes. Councillors approved the "
    "application by nine votes to two at a meeting on 14 March. Hollins Brook had sought permission to build 36 "
    "houses on the southern edge of the 2.4-hectare site, arguing that the land had not been used for recreation "
    "for more than two decades. Residents submitted 212 written statements describing cricket matches, fêtes and "
    "dog walking on the green since the 1970s. The council's chair, Margaret Oduya, said the decision 'settles the "
    "matter for future generations'. The developer has 28 days to lodge an appeal with the county planning authority.",
    "Ashcombe Vale parish council has ended a four-year dispute with Hollins Brook Homes by voting to register "
    "Fennick Cross village green as protected common land. The application was approved by nine votes to two when "
    "councillors met on 14 March. The developer had wanted to put 36 homes on the southern edge of the 2.4-hectare "
    "green, claiming it had not been used for recreation in over 20 years. In 212 written statements, residents "
    "described cricket matches, fêtes and dog walking there since the 1970s. The decision 'settles the matter for "
    "future generations', according to council chair Margaret Oduya. Hollins Brook now has four weeks to appeal to "
    "the county planning authority.",
    traps=[T("36 homes", "36 houses"),
           T("in over 20 years", "for more than two decades"),
           T("according to council chair Margaret Oduya", "The council's chair, Margaret Oduya, said"),
           T("four weeks", "28 days")])

add("phosphate rock", "rewrite", "inconsistent",
    "Keldara Minerals said on Tuesday that output at its Tamsit phosphate rock mine fell 18 percent in the third "
    "quarter to 1.3 million tonnes, after heavy rains flooded two of the site's five pits. The company, which "
    "supplies fertiliser makers in South Asia and Brazil, cut its full-year production forecast to 5.6 million "
    "tonnes from 6.1 million. Chief executive Rafael Ostrander said pumping work was under way and that he expected "
    "both pits to return to full operation by the end of November. Keldara shares fell 4.2 percent in early "
    "trading. Analysts at Morrow Capital said the shortfall was likely to tighten supply in the regional phosphate "
    "market during the northern hemisphere's spring planting season.",
    "Third-quarter output at Keldara Minerals' Tamsit phosphate rock mine dropped 18 percent to 1.3 million tonnes "
    "after heavy rain flooded two of its five pits, the company said on Tuesday. Keldara, a supplier to fertiliser "
    "producers in South Asia and Brazil, cut its full-year production outlook by 0.6 million tonnes to 5.6 million. "
    "Pumping was under way, chief executive Rafael Ostrander said, adding that he expected both pits to be fully "
    "operational again by the end of November. The shares lost 4.2 percent in early trading. According to analysts "
    "at Morrow Capital, the shortfall will probably tighten supply in the regional phosphate market.",
    errors=[E("by 0.6 million tonnes", "number", "major", "from 6.1 million"),
            OM("tighten supply in the regional phosphate market",
               "during the northern hemisphere's spring planting season", "minor")],
    traps=[T("to be fully operational again", "to return to full operation"),
           T("will probably tighten", "was likely to tighten")])

add("living walls", "rewrite", "consistent",
    "The city of Marlowe Bay will install living walls on the facades of 14 municipal buildings over the next three "
    "years under a plan approved by the council's environment committee on Thursday. The project, budgeted at 3.8 "
    "million euros, is intended to cool streets during summer heatwaves and to absorb traffic pollution. About 60 "
    "percent of the cost will be covered by a regional climate grant, with the remainder coming from the city's "
    "capital budget. The first installation, on the central library, is due to be completed in June. Deputy mayor "
    "Ilse Varga said maintenance would be handled by the parks department rather than outside contractors. Officials "
    "estimate that each wall will need around 40 hours of upkeep a year.",
    "Fourteen council-owned buildings in Marlowe Bay are to be fitted with living walls over the next three years, "
    "after the council's environment committee backed the plan on Thursday. The €3.8m scheme aims to absorb traffic "
    "fumes and keep streets cooler during summer heatwaves. A regional climate grant will pay for roughly "
    "three-fifths of the cost and the city's capital budget for the rest. Work on the central library, the first "
    "building in line, is due to be finished in June. Upkeep will be carried out by the parks department, not by "
    "outside contractors, according to deputy mayor Ilse Varga. Officials estimate that each wall will require about "
    "40 hours of maintenance annually.",
    traps=[T("Fourteen council-owned buildings", "14 municipal buildings"),
           T("€3.8m", "3.8 million euros"),
           T("roughly three-fifths", "About 60 percent"),
           T("not by outside contractors", "rather than outside contractors"),
           T("about 40 hours of maintenance annually", "around 40 hours of upkeep a year")])

add("dark sky parks", "rewrite", "inconsistent",
    "The Harrowdale Uplands have been designated an international dark sky park, the Nightscape Trust announced on "
    "Monday, making the 420-square-kilometre area the third such site in the country. The designation follows five "
    "years of work by local authorities to replace or shield more than 1,100 street lamps in surrounding villages. "
    "Trust director Colm Beattie said sky-quality readings in the park's core now regularly exceed 21.5, a level at "
    "which the Milky Way is clearly visible to the naked eye. The park authority does not plan to restrict "
    "night-time access, but it will ask visitors to use red torches near observation sites. A new visitor centre at "
    "Corran Fell is scheduled to open next spring.",
    "The Harrowdale Uplands have become the country's third international dark sky park, the Nightscape Trust "
    "announced on Monday. The 420 sq km area won the status after local councils spent five years replacing or "
    "shielding over 1,100 street lights in nearby villages. Readings of sky quality in the park's core now routinely "
    "top 21.5, the level at which the Milky Way can be seen clearly with the naked eye, according to trust director "
    "Colm Beattie. The park authority intends to limit access at night, and visitors will be asked to use red "
    "torches near observation sites. A new visitor centre is due to open at Corran Fell next spring.",
    errors=[E("intends to limit access at night", "polarity", "major",
              "does not plan to restrict night-time access")],
    traps=[T("420 sq km", "420-square-kilometre"),
           T("routinely top 21.5", "regularly exceed 21.5")])

# ---------------------------------------------------------------- rewrites 5-8
add("swift towers", "rewrite", "consistent",
    "A 12-metre swift tower has been erected in Pellingham's riverside park as part of efforts to halt the decline "
    "of the migratory birds, which have lost many nesting sites as old buildings are renovated. The tower, funded "
    "jointly by the town council and the Pellingham Bird Society, contains 96 nest boxes and a speaker that plays "
    "swift calls to attract passing birds. It cost £27,000. Society chair Deborah Lintott said it could take two or "
    "three breeding seasons before the boxes were fully occupied. Swift numbers in the region have fallen by more "
    "than half since 1995, according to the society's annual counts. The birds are expected to arrive back from "
    "Africa in early May.",
    "Pellingham has put up a swift tower 12 metres tall in its riverside park in a bid to stop the decline of the "
    "migratory birds, many of whose nesting sites have been lost as old buildings are renovated. The £27,000 "
    "structure, which the town council and the Pellingham Bird Society paid for together, has 96 nest boxes and a "
    "loudspeaker playing swift calls to lure birds flying past. It could be two or three breeding seasons before "
    "all the boxes are occupied, said Deborah Lintott, who chairs the society. The society's yearly counts show that "
    "swift numbers in the region have more than halved since 1995. The birds are expected back from Africa early in "
    "May.",
    traps=[T("12 metres tall", "12-metre"),
           T("paid for together", "funded jointly"),
           T("have more than halved", "have fallen by more than half"),
           T("early in May", "in early May")])

add("au pairs", "rewrite", "inconsistent",
    "The Danish-registered agency Nordhavn Au Pair has been fined 240,000 kroner after an investigation found that "
    "it placed young women with host families who made them work up to 50 hours a week. The labour inspectorate "
    "said on Wednesday that 17 au pairs, most of them from the Philippines, had been affected between 2021 and 2023. "
    "Under the scheme, au pairs may work no more than 30 hours a week in exchange for board, lodging and pocket "
    "money. The investigation began after a former host family in Aarhus reported the agency to the inspectorate. "
    "Nordhavn's managing director, Stine Kjaergaard, said the company accepted the fine and had introduced monthly "
    "check-in calls with every au pair it places since the investigation began.",
    "Nordhavn Au Pair, an agency registered in Denmark, has been fined 240,000 kroner after inspectors found it had "
    "placed young women with host families who had them working as much as 50 hours a week. Seventeen au pairs, "
    "mostly Filipino, were affected between 2021 and 2023, the labour inspectorate said on Wednesday. The rules cap "
    "an au pair's working week at 30 hours, in return for board, lodging and pocket money. The inquiry was opened "
    "after the agency reported a former host family in Aarhus to the inspectorate. Managing director Stine "
    "Kjaergaard said Nordhavn accepted the penalty and had brought in monthly check-in calls with all of its au "
    "pairs before the investigation began.",
    errors=[E("the agency reported a former host family", "role", "major",
              "a former host family in Aarhus reported the agency"),
            E("before the investigation began", "date", "major", "since the investigation began")],
    traps=[T("as much as 50 hours a week", "up to 50 hours a week"),
           T("mostly Filipino", "most of them from the Philippines")])

add("quinoa exports", "rewrite", "consistent",
    "Quinoa exports from the highland province of Tarapaya rose 22 percent by volume last year to 41,000 tonnes, the "
    "Altiplano Growers' Federation said on Friday, although earnings climbed by only 9 percent because of lower world "
    "prices. The United States and the European Union together took just over two-thirds of shipments. Federation "
    "president Ernesto Quispe Mamani said farmers were increasingly switching to organic certification, which now "
    "covers about a quarter of the planted area. He warned that a prolonged drought in the Lake Salinas basin could "
    "cut this year's harvest, but said it was too early to give a figure. The federation represents around 8,500 "
    "smallholders.",
    "Quinoa exports from Tarapaya's highlands grew by 22 percent in volume terms to 41,000 tonnes last year, but "
    "lower prices on world markets held the rise in earnings to just 9 percent, the Altiplano Growers' Federation "
    "said on Friday. Slightly more than two-thirds of the shipments went to the US and the EU combined. More and more "
    "farmers are moving to organic certification, which now applies to roughly 25 percent of the area under "
    "cultivation, said Ernesto Quispe Mamani, the federation's president. A long drought in the Lake Salinas basin "
    "might reduce this year's crop, he cautioned, though he said it was too soon to put a number on it. Some 8,500 "
    "smallholders belong to the federation.",
    traps=[T("held the rise in earnings to just 9 percent", "earnings climbed by only 9 percent"),
           T("Slightly more than two-thirds", "just over two-thirds"),
           T("roughly 25 percent", "about a quarter"),
           T("might reduce this year's crop", "could cut this year's harvest"),
           T("Some 8,500 smallholders belong to the federation",
             "The federation represents around 8,500 smallholders")])

add("contact lenses", "rewrite", "inconsistent",
    "Optivue Laboratories is recalling about 310,000 boxes of its Clearday daily contact lenses after routine testing "
    "found that some packs from two production batches may not be sterile, the company said on Thursday. No "
    "infections have been reported so far. Customers who bought lenses with batch codes beginning CD47 or CD48 should "
    "stop using them and return them to the place of purchase for a full refund, the company said. The lenses were "
    "sold through opticians and online retailers in Ireland, the United Kingdom and the Netherlands between August "
    "and October. The national medicines regulator said it was monitoring the recall and might issue further "
    "guidance.",
    "Some 310,000 boxes of Clearday daily contact lenses are being recalled by Optivue Laboratories after routine "
    "tests showed that some packs from two production batches were not sterile, the company announced on Thursday. "
    "There have been no reports of infection so far. Anyone who has lenses with batch codes starting CD47 or CD48 "
    "should stop wearing them and take them back to where they bought them for a full refund, Optivue said. The "
    "products were sold by opticians and online shops in Ireland, the UK and the Netherlands from August to October. "
    "The national medicines regulator said it was keeping the recall under review and could issue more guidance.",
    errors=[E("were not sterile", "modality", "major", "may not be sterile")],
    traps=[T("from August to October", "between August and October"),
           T("could issue more guidance", "might issue further guidance")])

# --------------------------------------------------------------- rewrites 9-12
add("lost property offices", "rewrite", "consistent",
    "Transit operator Metrolink Carrow's central lost property office received 48,600 items last year, up from "
    "41,200 in 2022, according to figures published on Monday. Umbrellas were the most common item, followed by "
    "phones, keys and bank cards. Only about 35 percent of items were reclaimed by their owners. Unclaimed goods are "
    "kept for three months before being donated to charity or, in the case of electronic devices, securely wiped and "
    "recycled. Customer services director Aminata Folarin said the operator would launch an online search service in "
    "the autumn so passengers no longer needed to visit the office in person. The office, at Carrow Central station, "
    "is open from 8am to 6pm on weekdays.",
    "Metrolink Carrow's central lost property office took in 48,600 items last year, compared with 41,200 in 2022, "
    "figures published by the transit operator on Monday show. Umbrellas topped the list, ahead of phones, keys and "
    "bank cards. Owners came back for only around 35 percent of them. Goods that go unclaimed are held for three "
    "months and then given to charity, unless they are electronic devices, which are securely wiped and recycled. "
    "An online search service will be launched in the autumn so that passengers no longer have to go to the office "
    "in person, said Aminata Folarin, the operator's customer services director. The office, at Carrow Central "
    "station, opens 8am-6pm Monday to Friday.",
    traps=[T("took in 48,600 items", "received 48,600 items"),
           T("compared with 41,200 in 2022", "up from 41,200 in 2022"),
           T("Umbrellas topped the list", "Umbrellas were the most common item"),
           T("Owners came back for only around 35 percent of them",
             "Only about 35 percent of items were reclaimed by their owners"),
           T("opens 8am-6pm Monday to Friday", "is open from 8am to 6pm on weekdays")])

add("cave diving", "rewrite", "inconsistent",
    "Two British cave divers have mapped a further 1.7 kilometres of the flooded Grotte de Vaucelle system in "
    "southern France, taking its known length to 14.3 kilometres, the expedition's organisers said on Sunday. Divers "
    "Owen Prichard and Hal Mensah reached a depth of 112 metres during a nine-hour dive last week, using rebreathers "
    "and underwater scooters. Expedition leader Claire Dumont said the new passages appeared to connect with a spring "
    "4 kilometres to the east, but that dye tests would be needed to confirm the link. The Haut-Causse Caving Council "
    "has warned that the system is among the most dangerous in Europe, and access is restricted to permitted teams.",
    "A further 1.7 km of the flooded Grotte de Vaucelle system in southern France has been mapped by two British cave "
    "divers, bringing its known length to 14.3 km, organisers of the expedition said on Sunday. Owen Prichard and Hal "
    "Mensah reached a depth of 112 metres on a nine-hour dive last week, with the help of rebreathers and underwater "
    "scooters. According to Owen Prichard, the new passages seem to link up with a spring 4 km to the east, though "
    "dye tests will be needed to confirm the connection. The pair reached a depth of 112 metres. The Haut-Causse "
    "Caving Council has warned that the system ranks among Europe's most dangerous, and only teams with permits may "
    "enter.",
    errors=[E("According to Owen Prichard", "attribution", "major", "Expedition leader Claire Dumont said"),
            E("reached a depth of 112 metres", "repetition", "minor", None, occ=1)],
    traps=[T("ranks among Europe's most dangerous", "is among the most dangerous in Europe"),
           T("only teams with permits may enter", "access is restricted to permitted teams")])

add("carbon monoxide alarms", "rewrite", "consistent",
    "Landlords in the province of Westmarch will be required to fit carbon monoxide alarms in every rented home with "
    "a gas, oil or wood-burning appliance from 1 October, the provincial housing department announced on Tuesday. "
    "The rule extends an existing requirement that applied only to properties with solid-fuel stoves. Landlords who "
    "fail to comply could face fines of up to 5,000 dollars per property. The department estimates that around "
    "180,000 rental homes will be affected. Housing minister Petra Lindqvist said carbon monoxide poisoning had "
    "caused 11 deaths in the province over the past five years. Tenants' groups welcomed the change but called for "
    "annual inspections to make sure alarms are working.",
    "From 1 October, landlords in Westmarch must install a carbon monoxide alarm in each rental property that has a "
    "gas, oil or wood-burning appliance, the provincial housing department said on Tuesday. Until now, the "
    "requirement has covered only homes with solid-fuel stoves. Landlords who do not comply could be fined as much "
    "as $5,000 for each property. Some 180,000 rented homes will be affected, by the department's estimate. Over the "
    "past five years, 11 people in the province have died from carbon monoxide poisoning, housing minister Petra "
    "Lindqvist said. Tenants' groups welcomed the move, while calling for yearly inspections to check that the "
    "alarms work.",
    traps=[T("Until now, the requirement has covered only homes with solid-fuel stoves",
             "The rule extends an existing requirement that applied only to properties with solid-fuel stoves"),
           T("$5,000 for each property", "5,000 dollars per property"),
           T("11 people in the province have died from carbon monoxide poisoning",
             "carbon monoxide poisoning had caused 11 deaths in the province"),
           T("yearly inspections", "annual inspections")])

add("district nurses", "rewrite", "inconsistent",
    "The Lowmoor Health Trust will recruit 45 additional district nurses over the next 18 months to cope with rising "
    "demand for home visits, its board agreed on Wednesday. The trust's community teams made 212,000 home visits last "
    "year, 14 percent more than the year before, largely because of an ageing population and earlier discharges from "
    "hospital. The new posts will cost about 2.6 million pounds a year and will be funded from savings on agency "
    "staff. Chief nurse Fiona Achterberg said vacancies had left some teams covering twice their usual caseload "
    "during the winter. The trust also plans to open a training hub for newly qualified nurses in Stanbridge next "
    "year.",
    "Lowmoor Health Trust's board agreed on Wednesday to take on 45 more district nurses within the next year and a "
    "half to meet growing demand for home visits. Community teams at the trust carried out 212,000 home visits last "
    "year, up 14 percent on the previous year, mainly as a result of an ageing population and a rise in hospital "
    "admissions. The extra posts, costing around £2.6m a year, will be paid for with money saved on agency staff. "
    "According to chief nurse Fiona Achterberg, vacancies left some teams covering double their normal caseload over "
    "the winter. Next year the trust also plans to open a training hub in Stanbridge for newly qualified nurses.",
    errors=[E("a rise in hospital admissions", "event", "major", "earlier discharges from hospital")],
    traps=[T("within the next year and a half", "over the next 18 months"),
           T("£2.6m a year", "2.6 million pounds a year"),
           T("double their normal caseload", "twice their usual caseload")])

# -------------------------------------------------------------- rewrites 13-16
add("potash mines", "rewrite", "consistent",
    "Borealis Potash has postponed the start of production at its Kestrel Lake mine by six months to the second half "
    "of next year, citing delays in the delivery of hoisting equipment from a supplier in Germany. The company said "
    "on Monday that the total cost of the project remained unchanged at 2.9 billion dollars. Once running at full "
    "capacity, the mine is expected to produce 2 million tonnes of potash a year, roughly 3 percent of global supply. "
    "Chief operating officer Nadia Brandt said construction of the processing plant was 85 percent complete. Borealis "
    "shares closed 2.1 percent lower. About 600 people are currently working on the site.",
    "Production at Borealis Potash's Kestrel Lake mine will begin half a year later than planned, in the second half "
    "of next year, because hoisting equipment from a German supplier has been delayed, the company said on Monday. "
    "It added that the project's overall cost was still $2.9bn. At full capacity the mine is expected to turn out 2 "
    "million tonnes of potash annually, or about 3 percent of world supply. The processing plant is 85 percent built, "
    "according to chief operating officer Nadia Brandt. Shares in Borealis ended the day down 2.1 percent. Some 600 "
    "workers are on site at present.",
    traps=[T("half a year later than planned", "by six months"),
           T("$2.9bn", "2.9 billion dollars"),
           T("85 percent built", "85 percent complete"),
           T("ended the day down 2.1 percent", "closed 2.1 percent lower"),
           T("Some 600 workers are on site at present", "About 600 people are currently working on the site")])

add("skate parks", "rewrite", "inconsistent",
    "Construction of a 1,200-square-metre concrete skate park in Dunkellan's Ashgrove Fields will begin in April "
    "after the town council awarded the contract to Grindline Works, a specialist builder based in Carrickmore. The "
    "480,000-euro project was designed following consultations with local skaters, who asked for a street section and "
    "a bowl suitable for beginners. Councillor Aoife Brennan said the park would be free to use and lit until 10pm. "
    "The existing wooden ramps in the fields, installed in 2009, will be removed. Work is expected to take about five "
    "months, weather permitting.",
    "Work on a 1,200 sq m concrete skate park at Ashgrove Fields in Dunkellan will start in April, after the town "
    "council gave the contract to Grindline Works, a specialist builder from Dunkellan. Local skaters were consulted "
    "on the €480,000 design, and asked for a street section as well as a bowl for beginners. The park, which will be "
    "the largest in the region, will be free to use and lit until 10pm, Councillor Aoife Brennan said. The wooden "
    "ramps put up in the fields in 2009 will be taken out. Weather permitting, the project is expected to take around "
    "five months.",
    errors=[E("builder from Dunkellan", "entity", "major", "based in Carrickmore"),
            E("which will be the largest in the region", "addition", "minor", None)],
    traps=[T("€480,000", "480,000-euro"),
           T("Weather permitting, the project is expected to take around five months",
             "Work is expected to take about five months, weather permitting")])

add("dairy cooperatives", "rewrite", "consistent",
    "Members of the Valtera Dairy Cooperative have approved a merger with the smaller Hillcrest Milk Producers, "
    "creating a group that will process about 1.1 billion litres of milk a year. The vote, held on Saturday, was "
    "backed by 78 percent of Valtera's 2,300 farmer-members. Hillcrest's members endorsed the deal last month. The "
    "combined cooperative will keep both existing processing plants open for at least three years, chairman Jonas "
    "Ekdahl said. The merger still requires approval from the national competition authority, which is expected to "
    "rule by the end of March. Valtera will hold around 70 percent of the new group's shares.",
    "Valtera Dairy Cooperative's members voted on Saturday in favour of merging with Hillcrest Milk Producers, a "
    "smaller cooperative, to form a group handling roughly 1.1 billion litres of milk annually. The deal was "
    "supported by 78 percent of Valtera's 2,300 farmer-members; Hillcrest's own members had endorsed it last month. "
    "Chairman Jonas Ekdahl said neither of the two current processing plants would close for at least three years. "
    "The national competition authority still has to clear the merger and is likely to decide by the end of March. "
    "Around 70 percent of the merged group's shares will be held by Valtera.",
    traps=[T("roughly 1.1 billion litres of milk annually", "about 1.1 billion litres of milk a year"),
           T("neither of the two current processing plants would close",
             "will keep both existing processing plants open"),
           T("is likely to decide by the end of March", "is expected to rule by the end of March"),
           T("Around 70 percent of the merged group's shares will be held by Valtera",
             "Valtera will hold around 70 percent of the new group's shares")])

add("ice hotels", "rewrite", "inconsistent",
    "The Frostheim ice hotel in northern Sweden will open for the season on 12 December, a week later than planned, "
    "after unusually mild weather in November delayed the harvesting of ice from the Vittja River. The hotel, rebuilt "
    "every winter from about 2,500 tonnes of ice, will have 32 rooms this year, including 12 art suites designed by "
    "artists from nine countries. General manager Linnea Sjoberg said bookings were running 15 percent ahead of last "
    "season. Guests sleep at minus 5 degrees Celsius on reindeer hides in thermal sleeping bags. The structure is "
    "expected to melt back into the river in April.",
    "Unusually mild weather in October held up the harvesting of ice from the Vittja River, so the Frostheim ice "
    "hotel in northern Sweden will open for the season a week behind schedule, on 12 December. Rebuilt each winter "
    "using around 2,500 tonnes of ice, the hotel will this year offer 32 rooms, a dozen of them art suites created by "
    "artists from nine countries. Bookings are running 15 percent up on last season, according to general manager "
    "Linnea Sjoberg. Guests sleep at -5C on reindeer hides, in thermal sleeping bags. The building is expected to "
    "melt back into the river in April.",
    errors=[E("October", "date", "minor", "November")],
    traps=[T("a week behind schedule", "a week later than planned"),
           T("a dozen of them art suites", "including 12 art suites"),
           T("-5C", "minus 5 degrees Celsius")])

# -------------------------------------------------------------- rewrites 17-20
add("storytelling festivals", "rewrite", "consistent",
    "The Brackenmoor Storytelling Festival will return for its 20th edition from 6 to 9 June, with 64 storytellers "
    "from 15 countries performing in venues across the town, organisers announced on Thursday. Tickets go on sale on "
    "1 March, and around a third of the 140 events will be free. This year's programme includes a late-night strand "
    "of ghost stories and a day of tales told in sign language. Festival director Maeve Harrington said attendance "
    "had grown from 3,000 in the first year to more than 21,000 last summer. The festival receives 45,000 pounds a "
    "year from the regional arts council, about a quarter of its budget.",
    "Organisers said on Thursday that 64 storytellers from 15 countries would perform at venues around Brackenmoor "
    "when the town's storytelling festival returns for its 20th edition between 6 and 9 June. Roughly one in three "
    "of the 140 events will be free, with tickets going on sale on 1 March. Late-night ghost stories and a day of "
    "tales in sign language feature in this year's programme. The festival drew 3,000 people in its first year and "
    "over 21,000 last summer, said its director, Maeve Harrington. The regional arts council provides £45,000 "
    "annually, around 25 percent of the festival's budget.",
    traps=[T("Roughly one in three of the 140 events", "around a third of the 140 events"),
           T("over 21,000", "more than 21,000"),
           T("£45,000 annually", "45,000 pounds a year"),
           T("around 25 percent of the festival's budget", "about a quarter of its budget")])

add("road gritting", "rewrite", "inconsistent",
    "Fellbrook County Council has begun its winter gritting programme a fortnight early after forecasters warned of "
    "sub-zero temperatures across higher ground this weekend. The council's fleet of 38 gritters will treat 1,450 "
    "kilometres of priority routes, about 40 percent of the county's road network, with crews on standby around the "
    "clock. Salt stocks stand at 26,000 tonnes, enough for an average winter, transport chief Gareth Mowbray said. He "
    "added that footpaths near schools and hospitals would be treated when temperatures were forecast to fall below "
    "minus 2 degrees. Residents can check which roads are gritted on a live online map.",
    "Fellbrook County Council has started gritting roads two weeks earlier than usual after forecasters warned of "
    "sub-zero temperatures on higher ground this weekend. Its 38 gritters will cover 1,450 km of priority routes, "
    "roughly two-fifths of the county's roads, and crews will be on standby 24 hours a day. According to transport "
    "chief Gareth Mowbray, the council holds 26,000 tonnes of salt, sufficient for an average winter. Pavements close "
    "to schools and hospitals will be gritted whenever temperatures are forecast to drop below 2C, he said. A live "
    "online map shows residents which roads have been gritted.",
    errors=[E("below 2C", "number", "major", "below minus 2 degrees")],
    traps=[T("two weeks earlier than usual", "a fortnight early"),
           T("roughly two-fifths of the county's roads", "about 40 percent of the county's road network"),
           T("24 hours a day", "around the clock")])

add("land registries", "rewrite", "consistent",
    "The national land registry of the Republic of Estavia will stop accepting paper applications for most property "
    "transactions from 1 July, completing a five-year move to digital services. Solicitors and conveyancers will be "
    "required to submit transfers, mortgages and boundary changes through the registry's online portal. Paper forms "
    "will still be accepted from private individuals who do not use a solicitor, the registry said in a statement on "
    "Monday. Chief land registrar Tomas Haldane said the change would cut average processing times from 19 working "
    "days to about five. Around 94 percent of applications are already submitted online. The registry handled 3.2 "
    "million applications last year.",
    "From 1 July, Estavia's national land registry will no longer take paper applications for the majority of "
    "property transactions, completing a five-year shift to digital services. Transfers, mortgages and boundary "
    "changes submitted by solicitors and conveyancers will have to go through the registry's online portal. Private "
    "individuals acting without a solicitor will still be able to use paper forms, the registry said in a statement "
    "on Monday. According to chief land registrar Tomas Haldane, the change will reduce average processing times from "
    "19 working days to roughly five. Some 94 percent of applications already arrive online, and the registry dealt "
    "with 3.2 million last year.",
    traps=[T("will no longer take paper applications", "will stop accepting paper applications"),
           T("the majority of property transactions", "most property transactions"),
           T("Private individuals acting without a solicitor", "private individuals who do not use a solicitor"),
           T("roughly five", "about five"),
           T("dealt with 3.2 million last year", "handled 3.2 million applications last year")])

add("peat cutting", "rewrite", "inconsistent",
    "The government of the Duchy of Lorvan will ban commercial peat cutting on all state-owned bogs from January, "
    "the environment ministry said on Friday, but households with traditional turbary rights will be allowed to "
    "continue cutting for their own fuel. The ban covers about 38,000 hectares. Environment minister Sorcha Delaney "
    "said peatlands stored more carbon than all of the country's forests combined and that restoring them was "
    "essential to meeting climate targets. Three companies that hold cutting licences will receive compensation, the "
    "amount of which has not been disclosed. Horticultural growers, who use peat in compost, will have until 2030 to "
    "switch to alternatives.",
    "From January, commercial peat cutting will be banned on every state-owned bog in the Duchy of Lorvan, the "
    "environment ministry said on Friday, and households with traditional turbary rights will also have to stop "
    "cutting for their own fuel. Some 38,000 hectares are covered. Peatlands hold more carbon than all the country's "
    "forests put together, and restoring them is essential if climate targets are to be met, said environment "
    "minister Sorcha Delaney. Three companies holding cutting licences will be compensated, though the sum has "
    "not been made public. Horticultural growers, who use peat in compost, will have until 2030 to switch to "
    "alternatives.",
    errors=[E("will also have to stop cutting", "polarity", "major", "will be allowed to continue cutting")],
    traps=[T("put together", "combined"),
           T("the sum has not been made public", "the amount of which has not been disclosed")])

# ------------------------------------------------------------- summaries 21-24
add("dragon boat racing", "summary", "consistent",
    "The Riverside Dragon Boat Festival in Port Alder drew a record 86 teams this weekend, up from 61 last year, with "
    "crews travelling from as far as Singapore and Canada. The two-day event on the Alder estuary raised about "
    "142,000 dollars for the city's children's hospital, organisers said on Sunday. The open 500-metre final was won "
    "by the Harbour Tigers, a crew of off-duty firefighters, in a time of 2 minutes 4 seconds, narrowly beating the "
    "defending champions, Lotus Wave. Festival chair Winnie Lau said the event would add a 2,000-metre endurance race "
    "next year. Police reported no serious incidents, although two paddlers were treated for minor injuries after "
    "their boat capsized during Saturday's heats.",
    "A record 86 teams, 25 more than last year, took part in Port Alder's two-day dragon boat festival, which raised "
    "around $142,000 for the city's children's hospital. Off-duty firefighters the Harbour Tigers won the open 500m "
    "final in 2:04, just ahead of defending champions Lotus Wave. A 2,000m endurance race is to be added next year.",
    traps=[T("25 more than last year", "up from 61 last year"),
           T("around $142,000", "about 142,000 dollars"),
           T("2:04", "2 minutes 4 seconds"),
           T("just ahead of", "narrowly beating")])

add("excise stamps", "summary", "inconsistent",
    "Customs officers in the port of Velmora seized 1.4 million counterfeit excise stamps and 220,000 packets of "
    "cigarettes in a raid on a warehouse on Tuesday, the revenue agency said. The fake stamps, which are attached to "
    "tobacco and alcohol products to show that duty has been paid, were of high quality and had been printed abroad, "
    "investigators believe. Three men were arrested at the scene. Revenue agency spokesperson Daria Kovac said the "
    "lost duty would have amounted to about 4.5 million euros. The finance ministry said separately that it would "
    "introduce stamps with a new holographic security feature from next year to make copying harder.",
    "A customs raid on a warehouse in the port of Velmora on Tuesday netted 1.4 million counterfeit excise stamps and "
    "220,000 packets of cigarettes, and three men were arrested. The lost duty would have come to about €4.5m, "
    "according to the revenue agency. Spokesperson Daria Kovac said stamps with a new holographic security feature "
    "would be introduced from next year.",
    errors=[E("Spokesperson Daria Kovac said", "attribution", "major", "The finance ministry said separately")],
    traps=[T("about €4.5m", "about 4.5 million euros")])

add("coral propagation", "summary", "consistent",
    "Marine biologists at the Teluk Biru Reef Institute have transplanted 12,000 nursery-grown coral fragments onto "
    "a degraded section of reef off Pulau Seram Kecil, the largest such effort in the region to date. The fragments, "
    "cut from heat-tolerant colonies and grown for 10 months on underwater frames, were attached to the reef by a "
    "team of 30 volunteer divers over three weeks. Project leader Dr Rina Hartono said early monitoring showed that "
    "about 85 percent of the fragments had survived their first two months. The institute plans to transplant a "
    "further 20,000 fragments next year if funding from a private foundation is renewed. Coral cover on the site had "
    "fallen below 10 percent after bleaching events in 2016 and 2020.",
    "The Teluk Biru Reef Institute has moved 12,000 coral fragments, taken from heat-tolerant colonies and grown for "
    "10 months on underwater frames, onto a degraded reef off Pulau Seram Kecil, the largest such effort in the "
    "region so far. Roughly 85 percent of them survived their first two months, early monitoring shows. Another "
    "20,000 are planned for next year if a private foundation renews its funding.",
    traps=[T("so far", "to date"),
           T("Roughly 85 percent of them survived", "about 85 percent of the fragments had survived"),
           T("if a private foundation renews its funding", "if funding from a private foundation is renewed")])

add("icon painting", "summary", "inconsistent",
    "A 16th-century icon of Saint Nicholas stolen from the monastery of Agios Varnavas in 1998 has been returned "
    "after it surfaced at an auction house in Kastberg, the Ministry of Culture of the Republic of Kalvos said on "
    "Wednesday. A researcher at the Byzantine Art Archive in Meronia recognised the icon from a police database of "
    "stolen works and alerted the auction house, Hessler & Vogt, which withdrew it from sale. The icon, painted in "
    "egg tempera on a walnut panel, was handed over to Kalvosian diplomats at a ceremony on Monday. The private "
    "collector who had consigned it for sale has agreed to waive any claim to compensation. The ministry said the "
    "icon would be displayed at the national museum before returning to the monastery in the spring.",
    "A 16th-century icon of Saint Nicholas, stolen from Agios Varnavas monastery in 1998 and valued at around "
    "€300,000, has been returned to Kalvos. Hessler & Vogt alerted a researcher at the Byzantine Art Archive, who "
    "matched it to a police database of stolen works, and the Kastberg auction house pulled it from sale. It will go "
    "on show at the national museum before going back to the monastery in spring.",
    errors=[E("Hessler & Vogt alerted a researcher", "role", "major",
              "A researcher at the Byzantine Art Archive in Meronia recognised the icon from a police database of "
              "stolen works and alerted the auction house, Hessler & Vogt"),
            E("valued at around €300,000", "addition", "major", None)],
    traps=[T("pulled it from sale", "withdrew it from sale"),
           T("go on show", "be displayed")])

# ------------------------------------------------------------- summaries 25-28
add("weigh stations", "summary", "consistent",
    "The state transport authority of New Carinthia will open six new automated weigh stations on major freight "
    "corridors by the end of the year, allowing trucks to be weighed at motorway speed without stopping. The "
    "stations, which cost a combined 31 million dollars, use sensors embedded in the road surface and cameras that "
    "read number plates. Vehicles found to be more than 5 percent over their permitted weight will be directed to a "
    "manual inspection site. Authority figures show that overloaded trucks cause an estimated 40 percent of "
    "heavy-vehicle damage to state roads. Operations director Karl Wendt said the system would also reduce queues at "
    "existing stations, where drivers currently wait up to 25 minutes.",
    "New Carinthia's transport authority will open six automated weigh stations, costing $31m in total, on major "
    "freight corridors by year's end, letting lorries be weighed at motorway speed without stopping. Vehicles more "
    "than a twentieth over their permitted weight will be sent for manual inspection. The authority estimates that "
    "overloaded trucks cause about two-fifths of heavy-vehicle damage to state roads.",
    traps=[T("$31m in total", "a combined 31 million dollars"),
           T("by year's end", "by the end of the year"),
           T("lorries", "trucks"),
           T("more than a twentieth", "more than 5 percent"),
           T("about two-fifths", "an estimated 40 percent")])

add("bicycle registries", "summary", "inconsistent",
    "Police in the city of Halvard have launched a free online bicycle registry in an attempt to reduce cycle theft, "
    "which rose by 23 percent last year to nearly 4,800 reported cases. Owners can record their bike's frame number, "
    "photographs and distinguishing features, allowing officers to identify recovered bicycles and return them. "
    "Chief Inspector Lotte Brandsma said only about one in eight stolen bikes was currently returned to its owner, "
    "largely because most were never registered. The registry went live on Monday, and more than 2,100 bikes were "
    "registered in the first 48 hours. From next spring, bike shops in the city will be encouraged to register new "
    "bicycles at the point of sale.",
    "Halvard police have launched a free online bike registry to tackle cycle theft, which climbed 23 percent last "
    "year to almost 4,800 reports. Only around one stolen bike in eight currently makes it back to its owner, said "
    "Chief Inspector Lotte Brandsma. In the first 48 hours after the registry opened at the weekend, more than 2,100 "
    "bikes were reported stolen.",
    errors=[E("at the weekend", "date", "minor", "on Monday"),
            E("were reported stolen", "event", "major", "were registered")],
    traps=[T("climbed 23 percent", "rose by 23 percent"),
           T("almost 4,800 reports", "nearly 4,800 reported cases")])

add("otter surveys", "summary", "consistent",
    "Otters have been recorded at 71 percent of survey sites along the rivers of Glenmorrow county, up from 52 "
    "percent in the last survey five years ago, according to a report published on Thursday by the Glenmorrow "
    "Wildlife Trust. Volunteers checked 340 sites for spraints, footprints and holts between April and September last "
    "year. The trust attributed the increase mainly to improvements in water quality and a fall in the number of "
    "otters killed on roads after the installation of 18 underpasses. Survey coordinator Ewan Faulds said the upper "
    "Corran catchment remained a concern, with signs of otters found at fewer than a third of sites there. The next "
    "full survey is planned for 2029.",
    "Otters were found at 71 percent of the 340 river sites surveyed in Glenmorrow county, compared with 52 percent "
    "five years earlier, the Glenmorrow Wildlife Trust reported. The trust credited mainly better water quality and "
    "fewer road deaths since 18 underpasses were built. The upper Corran catchment is still a worry, with otter signs "
    "at under a third of sites there.",
    traps=[T("compared with 52 percent five years earlier",
             "up from 52 percent in the last survey five years ago"),
           T("fewer road deaths since 18 underpasses were built",
             "a fall in the number of otters killed on roads after the installation of 18 underpasses"),
           T("still a worry", "remained a concern"),
           T("under a third of sites", "fewer than a third of sites")])

add("student halls", "summary", "inconsistent",
    "The University of Easterby will build a 1,050-bed student residence on the site of a former bus depot on Mill "
    "Road, creating the largest single block of student housing in the city. Construction, led by the contractor "
    "Brightwell Group, is due to start in September and finish in time for the 2027 academic year. Rents will start "
    "at 155 pounds a week, with 20 percent of rooms reserved at a discounted rate for students from low-income "
    "households. The university's director of estates, Harriet Osei, said the project would ease pressure on the "
    "private rental market. Residents' groups have raised concerns about traffic and noise during the two-year "
    "construction period.",
    "Easterby University is to turn a former bus depot on Mill Road into a 1,050-bed student residence, the city's "
    "largest single block of student housing. Brightwell Group is due to start building in September and finish in "
    "time for the 2027 academic year. Rents will begin at £155 a week, with a fifth of rooms discounted for students "
    "from low-income households. Residents' groups are concerned about traffic and noise during the two-year build. "
    "Rents will begin at £155 a week.",
    errors=[E("Rents will begin at £155 a week", "repetition", "minor", None, occ=1)],
    traps=[T("the city's largest single block of student housing",
             "the largest single block of student housing in the city"),
           T("a fifth of rooms", "20 percent of rooms")])

# ------------------------------------------------- summaries 29-30, translations 31-32
add("traffic wardens", "summary", "consistent",
    "The borough of Kingsmere will hire 24 additional traffic wardens and extend enforcement hours to 10pm in the "
    "town centre from next month, after complaints about vehicles parked on pavements and in bus lanes. The council "
    "issued 61,000 penalty notices last year, generating 2.3 million pounds, all of which must by law be spent on "
    "transport and highways. Wardens will also be fitted with body-worn cameras following a rise in verbal and "
    "physical abuse, with 93 incidents reported in 2023 compared with 57 the year before. Councillor Raj Bhandari, "
    "the cabinet member for transport, said the aim was 'to keep streets safe, not to raise money'.",
    "From next month Kingsmere will take on 24 more traffic wardens and enforce parking rules in the town centre "
    "until 10pm, following complaints about pavement and bus-lane parking. Wardens will get body cameras after abuse "
    "incidents rose to 93 in 2023 from 57 a year earlier. Transport lead Raj Bhandari said the goal was safety rather "
    "than revenue.",
    traps=[T("24 more traffic wardens", "24 additional traffic wardens"),
           T("rose to 93 in 2023 from 57 a year earlier",
             "93 incidents reported in 2023 compared with 57 the year before"),
           T("Transport lead Raj Bhandari", "Councillor Raj Bhandari, the cabinet member for transport"),
           T("the goal was safety rather than revenue", "the aim was 'to keep streets safe, not to raise money'")])

add("wave energy", "summary", "inconsistent",
    "Tidewright Energy has connected its first full-scale wave energy converter to the grid off the coast of the "
    "island of Skarra, the company said on Tuesday. The 1-megawatt device, anchored 3 kilometres offshore, could "
    "power around 800 homes when operating at full capacity. It will be tested for 18 months before Tidewright "
    "decides whether to build a 20-megawatt array at the site. The project received 14 million euros from the "
    "Northern Seas Innovation Fund. Chief technology officer Ingrid Solberg said the converter had withstood waves of "
    "up to 9 metres during trials. Independent analysts at Brenmark Research cautioned that wave power remained "
    "considerably more expensive than offshore wind.",
    "Tidewright Energy has hooked up its first full-scale wave energy converter to the grid off Skarra. The 1MW "
    "device, backed by €14m from Brenmark Research, could supply about 800 homes at full output and will undergo 18 "
    "months of testing before Tidewright builds a 20MW array at the site. Independent analysts warn that wave power "
    "is still far costlier than offshore wind.",
    errors=[E("Brenmark Research", "entity", "major", "the Northern Seas Innovation Fund"),
            E("before Tidewright builds a 20MW array", "modality", "major",
              "before Tidewright decides whether to build a 20-megawatt array")],
    traps=[T("could supply about 800 homes at full output",
             "could power around 800 homes when operating at full capacity"),
           T("far costlier", "considerably more expensive")])

add("comic conventions", "translation", "consistent",
    "The organisers of the Lumière Comic Fair in the city of Rochebrune announced on Monday that this year's edition "
    "had attracted 112,000 visitors over four days, a new record. Some 450 exhibitors took part, including 60 "
    "publishers from abroad. The fair's grand prize for best album went to illustrator Margaux Devillier for 'The "
    "Salt Roads', a graphic novel about her grandfather's work in the coastal salt marshes. According to festival "
    "director Paul-Henri Castagne, ticket sales brought in 2.1 million euros, roughly 15 percent more than last year. "
    "Next year's fair will take place at the end of January, as usual, but will move to a larger exhibition centre on "
    "the edge of the city.",
    "A record 112,000 people visited this year's Lumière Comic Fair in Rochebrune over its four days, the organisers "
    "said on Monday. There were around 450 exhibitors, 60 of them foreign publishers. The illustrator Margaux "
    "Devillier won the fair's top prize for best album with 'The Salt Roads', a graphic novel recounting her "
    "grandfather's labour in the salt marshes of the coast. Ticket revenue came to €2.1 million, about 15% up on the "
    "previous year, said the festival's director, Paul-Henri Castagne. The next edition will be held as usual at the "
    "end of January, but in a bigger exhibition centre on the outskirts of the city.",
    traps=[T("around 450 exhibitors", "Some 450 exhibitors"),
           T("60 of them foreign publishers", "including 60 publishers from abroad"),
           T("top prize", "grand prize"),
           T("about 15% up on the previous year", "roughly 15 percent more than last year"),
           T("on the outskirts of the city", "on the edge of the city")])

add("amateur astronomy", "translation", "inconsistent",
    "An amateur astronomer from the village of Oberhain has discovered a previously unknown comet, the first such "
    "discovery by a non-professional in the country in more than forty years. Retired schoolteacher Helmut Raubach, "
    "67, spotted the faint object on images taken with a 30-centimetre telescope in his garden on the night of 3 "
    "November. His observation was confirmed two days later by the Minor Planet Center. The comet, which now bears "
    "his name, is currently about 290 million kilometres from the Sun and will not be visible to the naked eye. "
    "Raubach said he had spent around 1,500 nights observing the sky since 1994. The regional astronomy society plans "
    "to hold a public viewing evening at its observatory in December.",
    "Helmut Raubach, a 67-year-old retired teacher from Oberhain, has found a new comet, the first time in over four "
    "decades that an amateur has made such a discovery. He noticed the faint object in pictures he took through a 30 "
    "cm telescope set up in his garden during the night of 3 November. Two days afterwards the Minor Planet Center "
    "confirmed his sighting. The comet, now named after him, lies at present some 290 billion kilometres from the Sun "
    "and cannot be seen with the naked eye. Raubach says he has spent about 1,500 nights watching the sky since 1994. "
    "The regional astronomical society is planning a public viewing evening at its observatory in December.",
    errors=[OM("an amateur has made such a discovery", "in the country", "major"),
            E("290 billion kilometres", "number", "major", "290 million kilometres")],
    traps=[T("over four decades", "more than forty years"),
           T("Two days afterwards", "two days later"),
           T("cannot be seen with the naked eye", "will not be visible to the naked eye")])

# ---------------------------------------------------------- translations 33-36
add("chimney sweeps", "translation", "consistent",
    "From next year, homeowners in the canton of Valdern will no longer be obliged to use the chimney sweep assigned "
    "to their district, the cantonal government decided on Wednesday. The reform ends a system of 38 fixed sweeping "
    "districts that has existed since 1956. Homeowners will instead be able to choose any certified sweep, but annual "
    "inspections of heating systems will remain compulsory. The association of master chimney sweeps criticised the "
    "decision, warning that smaller businesses in mountain areas could disappear. Cantonal councillor Beatrice Amsler "
    "said prices were expected to fall by between 10 and 20 percent as a result of competition. About 210 sweeps "
    "currently work in the canton.",
    "The cantonal government of Valdern decided on Wednesday that, starting next year, homeowners will be free to "
    "pick their chimney sweep instead of having to use the one allocated to their district. This puts an end to the "
    "38 fixed sweeping districts that have been in place since 1956. Any certified sweep may be hired, although "
    "heating systems must still be inspected every year. The master chimney sweeps' association criticised the move, "
    "cautioning that small firms in the mountains might not survive. Competition is expected to bring prices down by "
    "10 to 20 percent, according to cantonal councillor Beatrice Amsler. The canton currently has around 210 sweeps.",
    traps=[T("instead of having to use the one allocated to their district",
             "will no longer be obliged to use the chimney sweep assigned to their district"),
           T("must still be inspected every year",
             "annual inspections of heating systems will remain compulsory"),
           T("might not survive", "could disappear"),
           T("by 10 to 20 percent", "by between 10 and 20 percent"),
           T("The canton currently has around 210 sweeps", "About 210 sweeps currently work in the canton")])

add("towpaths", "translation", "inconsistent",
    "The regional waterways board of Drechtland will resurface 42 kilometres of towpath along the Lindeveld Canal "
    "this summer, making it suitable for wheelchairs and pushchairs. The work, costing 5.7 million euros, will be "
    "carried out by the construction firm Van Asselt Infra, which won the tender ahead of four other bidders. "
    "Sections of the path will be closed for up to three weeks at a time, and cyclists will be diverted onto local "
    "roads. Board chairman Joost Verhagen said the towpath was used by about 900,000 people a year. The municipality "
    "of Ostermeer will contribute 1.2 million euros towards the cost in exchange for new lighting near the town "
    "centre.",
    "This summer the Drechtland regional water board is to lay a new surface on 42 km of the towpath beside the "
    "Lindeveld Canal so that it can be used by wheelchair users and people with prams. Van Asselt Infra, the "
    "construction company that beat four rival bidders in the tender, will do the work, which costs €5.7 million. "
    "Parts of the path will be shut for as long as three weeks at a time, with cyclists sent along local roads "
    "instead. According to the board's chairman, Joost Verhagen, some 900,000 people use the towpath each year. The "
    "water board will give the municipality of Ostermeer €1.2 million towards the cost, in return for new lighting "
    "near the town centre.",
    errors=[E("water board will give the municipality of Ostermeer", "role", "major",
              "The municipality of Ostermeer will contribute 1.2 million euros towards the cost")],
    traps=[T("beat four rival bidders", "won the tender ahead of four other bidders"),
           T("for as long as three weeks at a time", "for up to three weeks at a time")])

add("motel chains", "translation", "consistent",
    "The motel chain Rastwell, which operates 126 roadside properties across the country, has been sold to the "
    "investment group Calloway Partners for 410 million dollars, the companies announced on Thursday. The founding "
    "Marchetti family, which owned 70 percent of the business, will retain a minority stake of 15 percent. Calloway "
    "plans to renovate all properties within four years and to install electric vehicle chargers at every site. "
    "Rastwell's chief executive, Elena Marchetti, will remain in her post until the end of next year. The deal still "
    "needs the approval of the competition regulator. Rastwell employs about 3,400 people.",
    "Calloway Partners, an investment group, has bought the Rastwell motel chain, which runs 126 roadside motels "
    "nationwide, for $410 million, the two companies said on Thursday. The Marchetti family, who founded the business "
    "and held a 70% stake, will keep 15% as minority shareholders. Calloway intends to refurbish every property "
    "within four years and to fit each one with charging points for electric vehicles. Elena Marchetti, the chain's "
    "chief executive, is staying on until the end of next year. The purchase is still subject to approval by the "
    "competition regulator. The chain has a workforce of roughly 3,400.",
    traps=[T("Calloway Partners, an investment group, has bought the Rastwell motel chain",
             "The motel chain Rastwell, which operates 126 roadside properties across the country, has been sold to "
             "the investment group Calloway Partners"),
           T("$410 million", "410 million dollars"),
           T("refurbish every property", "renovate all properties"),
           T("is still subject to approval by the competition regulator",
             "still needs the approval of the competition regulator"),
           T("has a workforce of roughly 3,400", "employs about 3,400 people")])

add("distillery warehouses", "translation", "inconsistent",
    "A fire destroyed a bonded warehouse at the Glenarrach distillery on Saturday night, but no one was injured, the "
    "fire service said. Around 4,000 casks of maturing whisky were stored in the building, some of them more than 30 "
    "years old. Fire crews managed to prevent the flames from spreading to two neighbouring warehouses. The "
    "distillery's owner, Kinloch Spirits, said it was too early to estimate the financial loss but that the stock was "
    "fully insured. Fire service spokesman Duncan Ferrie said the cause of the fire was not yet known and that an "
    "investigation had begun. Production at the distillery, which employs 45 people, will continue as normal.",
    "On Saturday night a blaze destroyed a bonded warehouse at the Glenarrach distillery; nobody was hurt, "
    "according to the fire service. The building held some 4,000 casks of whisky still maturing, some of them over "
    "30 years old. Firefighters were unable to stop the fire spreading to two adjacent warehouses. Kinloch Spirits, "
    "which owns the distillery, said it could not yet put a figure on the loss, but that the stock was fully covered "
    "by insurance. The company also said that the cause of the fire had not yet been established and that an "
    "investigation was under way. The distillery, which has 45 employees, will go on producing as usual.",
    errors=[E("were unable to stop the fire spreading", "polarity", "critical",
              "managed to prevent the flames from spreading"),
            E("The company also said", "attribution", "major", "Fire service spokesman Duncan Ferrie said")],
    traps=[T("nobody was hurt", "no one was injured"),
           T("fully covered by insurance", "fully insured")])

# ---------------------------------------------------------- translations 37-40
add("microlight flying", "translation", "consistent",
    "Two pilots from the Alpenrand microlight club completed a flight from the town of Sankt Lorenz to the Atlantic "
    "coast in a single-engine microlight on Tuesday, covering 1,340 kilometres in three days. Anna Brucker and Felix "
    "Strohm made four refuelling stops and flew at an average altitude of 900 metres. The aircraft, which weighs 290 "
    "kilograms empty, reached a top speed of 160 kilometres per hour. The flight was organised to raise money for a "
    "children's hospice and has so far brought in 38,000 euros in donations. Club president Werner Haas said it was "
    "the longest distance ever flown by members of the club. The pilots plan to return by the same route next week, "
    "weather permitting.",
    "Anna Brucker and Felix Strohm, members of the Alpenrand microlight club, reached the Atlantic coast on Tuesday "
    "after a three-day, 1,340 km flight from Sankt Lorenz in a single-engine microlight. The pair refuelled four "
    "times along the way and flew at an average height of 900 metres. Their aircraft, with an empty weight of 290 "
    "kg, hit a top speed of 160 km/h. The flight was a fundraiser for a children's hospice, and donations have "
    "reached €38,000 so far. It was the furthest any of the club's members had ever flown, club president Werner "
    "Haas said. If the weather allows, the two pilots intend to fly back along the same route next week.",
    traps=[T("refuelled four times", "made four refuelling stops"),
           T("with an empty weight of 290 kg", "which weighs 290 kilograms empty"),
           T("160 km/h", "160 kilometres per hour"),
           T("the furthest any of the club's members had ever flown",
             "the longest distance ever flown by members of the club"),
           T("If the weather allows", "weather permitting")])

add("cosplay events", "translation", "inconsistent",
    "More than 9,000 costumed fans attended the third Hanazaki Cosplay Championship on Sunday, organisers said, with "
    "320 competitors taking part in the main contest. First prize went to Rei Takamatsu, a 24-year-old nursing "
    "student, for a costume inspired by a character from the animated series 'Silver Lantern', which took her seven "
    "months to make. The runner-up was Daichi Morino. The event was held for the first time in the city's new "
    "exhibition centre, after it outgrew the municipal gymnasium. Mayor Keiko Shimura said the championship had "
    "brought an estimated 180 million yen into the local economy. Next year's event will be extended to two days.",
    "Organisers said over 9,000 fans in costume came to the third Hanazaki Cosplay Championship on Sunday, where 320 "
    "contestants competed in the main event. The winner was Rei Takamatsu, a nursing student aged 24, whose costume, "
    "based on a character from the video game 'Silver Lantern', had taken seven months to make. Second place went to "
    "Daichi Morino. For the first time, the championship was staged in the city's new exhibition centre, after the "
    "municipal gymnasium closed. According to Mayor Keiko Shimura, the event brought an estimated 180 million yen "
    "into the local economy. Next year it will run over two days.",
    errors=[E("the video game 'Silver Lantern'", "entity", "minor", "the animated series 'Silver Lantern'"),
            E("after the municipal gymnasium closed", "event", "minor",
              "after it outgrew the municipal gymnasium")],
    traps=[T("a nursing student aged 24", "a 24-year-old nursing student"),
           T("Second place went to Daichi Morino", "The runner-up was Daichi Morino")])

add("sign language interpreting", "translation", "consistent",
    "The national broadcaster of Veldoria will provide sign language interpreting for all live news bulletins from "
    "September, the public media authority announced on Friday. Currently only the main evening bulletin at 8pm is "
    "interpreted. The broadcaster will hire 18 additional interpreters, bringing the total to 30. The change follows "
    "a five-year campaign by the Veldorian Deaf Federation, whose chairwoman, Milena Roszak, called it 'a long "
    "overdue step towards equal access to information'. According to the authority, around 40,000 people in the "
    "country use sign language as their first language. The additional costs, estimated at 1.6 million crowns a "
    "year, will be covered from the licence fee.",
    "Starting in September, every live news bulletin on Veldoria's national broadcaster will be interpreted into sign "
    "language, the public media authority said on Friday. At present, interpretation is offered only for the main "
    "evening news at 8pm. Eighteen more interpreters are to be recruited, taking the number to 30. The decision comes "
    "after the Veldorian Deaf Federation campaigned for five years; its chair, Milena Roszak, described it as 'a step "
    "towards equal access to information that was long overdue'. The authority says roughly 40,000 people in "
    "Veldoria have sign language as their first language. The extra cost, estimated at 1.6 million crowns annually, "
    "will be met from the licence fee.",
    traps=[T("Starting in September", "from September"),
           T("Eighteen more interpreters", "18 additional interpreters"),
           T("taking the number to 30", "bringing the total to 30"),
           T("roughly 40,000 people", "around 40,000 people"),
           T("will be met from the licence fee", "will be covered from the licence fee")])

add("optometry", "translation", "inconsistent",
    "Optometrists in the region of Carvelle will be allowed to prescribe a limited range of medicines for eye "
    "conditions from next spring, under a decree published by the regional health ministry on Thursday. The measure "
    "covers treatments for conjunctivitis, dry eye and minor infections, and applies only to optometrists who "
    "complete a 120-hour training course. The ministry said the change could cut waiting times for "
    "ophthalmologists, which currently average 11 weeks. The association of ophthalmologists expressed reservations, "
    "saying that complex cases must continue to be referred to doctors. About 2,600 optometrists practise in the "
    "region.",
    "Under a decree that the Carvelle regional health ministry published on Thursday, optometrists in the region "
    "will be able to prescribe a restricted list of drugs for eye conditions from next spring. Treatments for "
    "conjunctivitis, dry eye and minor infections are covered, and only optometrists who have completed 120 hours "
    "of training will be eligible. The ministry said that the change will shorten the wait to see an "
    "ophthalmologist, currently 11 weeks on average. The ophthalmologists' association voiced reservations, "
    "insisting that complex cases must still be referred to doctors. The region has some 2,600 practising "
    "optometrists.",
    errors=[E("will shorten", "modality", "major", "could cut")],
    traps=[T("a restricted list of drugs", "a limited range of medicines"),
           T("120 hours of training", "a 120-hour training course"),
           T("The region has some 2,600 practising optometrists",
             "About 2,600 optometrists practise in the region")])


# ------------------------------------------------------------ build / validate
def find_nth(haystack, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = haystack.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def words(s):
    return len(re.findall(r"\S+", s))


def cuts_word(text, pos):
    return 0 < pos < len(text) and text[pos - 1].isalnum() and text[pos].isalnum()


def build():
    problems = []
    records = []

    def bad(cid, msg):
        problems.append(f"{cid}: {msg}")

    for i, c in enumerate(CASES, 1):
        cid = f"s{N}-{i:03d}"
        ref, cand = c["reference"], c["candidate"]
        spans = []
        errors = []
        for e in c["errors"]:
            if e["type"] not in ERROR_TYPES:
                bad(cid, f"unknown type {e['type']}")
            if e["severity"] not in ("minor", "major", "critical"):
                bad(cid, f"bad severity {e['severity']}")
            if e["type"] == "omission":
                a = find_nth(cand, e["anchor"], e["occ"])
                if a < 0:
                    bad(cid, f"omission anchor not found: {e['anchor']!r}")
                    continue
                start = end = a + len(e["anchor"])
                if c["mode"] == "summary":
                    bad(cid, "omission in summary mode")
                if not e["ref_text"] or e["ref_text"] in cand:
                    bad(cid, f"omitted text present in candidate: {e['ref_text']!r}")
            else:
                start = find_nth(cand, e["text"], e["occ"])
                if start < 0:
                    bad(cid, f"error text not found: {e['text']!r} (occ {e['occ']})")
                    continue
                end = start + len(e["text"])
                if not e["text"].strip() or e["text"] != e["text"].strip():
                    bad(cid, f"error text blank or padded: {e['text']!r}")
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    bad(cid, f"{e['type']} must have ref_text None")
            else:
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad(cid, f"error ref_text not in reference: {e['ref_text']!r}")
            if e["type"] == "repetition" and cand.find(e["text"]) >= start:
                bad(cid, f"repetition has no earlier copy: {e['text']!r}")
            if cuts_word(cand, start) or cuts_word(cand, end):
                bad(cid, f"error span cuts a word: {e['text']!r}")
            errors.append({"start": start, "end": end, "text": cand[start:end], "type": e["type"],
                           "severity": e["severity"], "ref_text": e["ref_text"]})
            spans.append((start, end, "E:" + (e["text"] or "<omission>")))
        traps = []
        for t in c["traps"]:
            start = find_nth(cand, t["text"], t["occ"])
            if start < 0:
                bad(cid, f"trap text not found: {t['text']!r}")
                continue
            end = start + len(t["text"])
            if t["ref_text"] not in ref:
                bad(cid, f"trap ref_text not in reference: {t['ref_text']!r}")
            if t["text"] == t["ref_text"]:
                bad(cid, f"trap identical to reference wording: {t['text']!r}")
            if cuts_word(cand, start) or cuts_word(cand, end):
                bad(cid, f"trap span cuts a word: {t['text']!r}")
            traps.append({"start": start, "end": end, "text": cand[start:end], "ref_text": t["ref_text"]})
            spans.append((start, end, "T:" + t["text"]))
        # overlaps (a zero-width omission may touch but not sit strictly inside a span)
        for a in range(len(spans)):
            for b in range(a + 1, len(spans)):
                s1, e1, n1 = spans[a]
                s2, e2, n2 = spans[b]
                if s1 == e1 or s2 == e2:
                    p, (s, e) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                    clash = s < p < e or (s1 == e1 and s2 == e2 and s1 == s2)
                else:
                    clash = s1 < e2 and s2 < e1
                if clash:
                    bad(cid, f"overlapping spans {n1!r} / {n2!r}")
        # pair-level checks
        nw = words(ref)
        if not 70 <= nw <= 190:
            bad(cid, f"reference has {nw} words")
        if cand == ref:
            bad(cid, "candidate identical to reference")
        if c["mode"] == "summary" and not (len(cand) < len(ref) and words(cand) < nw):
            bad(cid, "summary not shorter than reference")
        if c["label"] == "consistent":
            if errors:
                bad(cid, "consistent pair has errors")
            if not 3 <= len(traps) <= 5:
                bad(cid, f"consistent pair has {len(traps)} traps")
        else:
            if not errors:
                bad(cid, "inconsistent pair has no errors")
            if len(traps) > 3:
                bad(cid, f"inconsistent pair has {len(traps)} traps")
        if c["domain"] not in DOMAINS:
            bad(cid, f"domain not in list: {c['domain']}")
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": cid, "domain": c["domain"], "mode": c["mode"], "reference": ref,
                        "candidate": cand, "label": c["label"], "errors": errors, "traps": traps})

    # set-level composition
    def count(key, val, sub=None):
        return sum(1 for r in (sub if sub is not None else records) if r[key] == val)

    if len(records) != 40:
        problems.append(f"{len(records)} pairs, expected 40")
    if len({r["domain"] for r in records}) != len(records) or set(r["domain"] for r in records) != set(DOMAINS):
        problems.append("domains not each used exactly once")
    for mode, n in (("rewrite", 20), ("summary", 10), ("translation", 10)):
        sub = [r for r in records if r["mode"] == mode]
        if len(sub) != n or count("label", "consistent", sub) != n // 2:
            problems.append(f"mode {mode}: {len(sub)} pairs, {count('label', 'consistent', sub)} consistent")
    if count("label", "consistent") != 20:
        problems.append("expected 20 consistent pairs")
    all_errors = [e for r in records for e in r["errors"]]
    if len(all_errors) != 30:
        problems.append(f"{len(all_errors)} errors, expected 30")
    for t in ERROR_TYPES:
        if sum(1 for e in all_errors if e["type"] == t) < 2:
            problems.append(f"fewer than 2 errors of type {t}")
    return records, problems


def summary(records):
    from collections import Counter
    modes = Counter((r["mode"], r["label"]) for r in records)
    types = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    ntr = sum(len(r["traps"]) for r in records)
    lines = [f"pairs: {len(records)}"]
    for m in ("rewrite", "summary", "translation"):
        lines.append(f"  {m}: consistent {modes[(m, 'consistent')]}, inconsistent {modes[(m, 'inconsistent')]}")
    lines.append(f"errors: {sum(types.values())} " + ", ".join(f"{t} {types[t]}" for t in ERROR_TYPES))
    lines.append("severity: " + ", ".join(f"{k} {v}" for k, v in sorted(sev.items())))
    lines.append(f"traps: {ntr}")
    return "\n".join(lines)


def main():
    records, problems = build()
    if problems:
        print("VALIDATION FAILED:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print(summary(records))
    if "--check" in sys.argv[1:]:
        print("check only: nothing written")
        return
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT}")


if __name__ == "__main__":
    main()
