#!/usr/bin/env python3
"""Held-out evaluation set 78 for the fact-comparison tool.

How it was made: every pair below was hand-written by a helper session that saw
no code, data or benchmark of the project, working only from a short written
brief. All people, companies, organisations, places and figures are invented
(real countries/regions appear only as background). Character offsets are never
typed by hand: they are computed here by string search (with an occurrence index
where a quoted text repeats) and everything is validated before writing.

Composition (40 pairs, one domain each):
  * modes: 20 rewrite, 10 summary, 10 translation; half of each mode consistent
  * labels: 20 consistent (3-5 traps each), 20 inconsistent (0-3 traps each)
  * 30 errors: entity 3, number 3, date 3, role 3, polarity 3, modality 3,
    attribution 3, event 3, omission 2, addition 2, repetition 2
    (10 inconsistent pairs with one error, 10 with two)
  * omissions only in rewrite/translation pairs; summaries shorter than references
  * references 70-190 words, news / agency / corporate / official register

Usage:
  python3 make_set78.py           validate and write set78.jsonl next to this script
  python3 make_set78.py --check   validate only, write nothing
"""
import json
import os
import re
import sys

N = 78
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set%d.jsonl" % N)

DOMAINS = [d.strip() for d in (
    "powder horns;gutter cleaning;grout;sleeper carriages;stucco;cash couriers;"
    "banknote printing;termite damage;skylight fitters;bamboo scaffolding;steam rooms;"
    "hourglass makers;sword smiths;jukeboxes;catapult clubs;flintlock replicas;"
    "cupping therapy;prison libraries;bone setters;shot put;kabaddi leagues;"
    "flamenco schools;jousting tournaments;ballroom judges;key cutters;punting tours;"
    "parachute packing;sign painters;ukulele orchestras;decoy carvers;terracotta;"
    "safe crackers;ski patrols;armoured cars;smokejumpers;telegraph archives;"
    "plasterers;woodworm;button makers;chainmail").split(";")]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]

# Each case: domain, mode, reference, candidate, errors, traps.
# error: dict(text=..., type=..., sev=..., ref=... or None, occ=0)
#   omission: dict(type="omission", after=<candidate text>, occ=0, ref=<missing words>, sev=...)
#             (the empty span sits right after `after`)
# trap:  dict(text=..., ref=..., occ=0)
CASES = []


def E(text, type_, sev, ref=None, occ=0):
    return {"text": text, "type": type_, "sev": sev, "ref": ref, "occ": occ}


def OM(after, ref, sev, occ=0):
    return {"type": "omission", "after": after, "ref": ref, "sev": sev, "occ": occ}


def T(text, ref, occ=0):
    return {"text": text, "ref": ref, "occ": occ}


def add(domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "reference": reference,
                  "candidate": candidate, "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------- rewrites 1-10
add("powder horns", "rewrite",
    "The Brennock County Museum said on Monday that it had acquired a collection of 46 engraved powder horns "
    "from the estate of the late collector Ambrose Tilley for £312,000. The horns, most of which date from the "
    "second half of the eighteenth century, will go on display in the museum's east gallery in March after "
    "conservation work. Museum director Harriet Okafor-Lyle said the purchase was funded partly by a grant of "
    "£120,000 from the Halvern Heritage Trust, with the remainder raised through public donations. She added "
    "that around a dozen of the horns carry maps of river crossings that had not previously been recorded. The "
    "museum expects to publish an illustrated catalogue of the collection next year.",
    "A collection of 46 engraved powder horns that belonged to the late collector Ambrose Tilley has been bought "
    "by the Brennock County Museum for £312,000, the museum announced on Monday. Most of the horns were made in "
    "the latter half of the 1700s; after conservation they will be shown in the museum's east gallery from March. "
    "According to director Harriet Okafor-Lyle, the Halvern Heritage Trust contributed £120,000 towards the cost "
    "and public donations covered the rest. Roughly twelve of the horns, she said, bear maps of river crossings "
    "never recorded before. The museum expects to bring out an illustrated catalogue of the collection next year.",
    traps=[T("latter half of the 1700s", "second half of the eighteenth century"),
           T("the Halvern Heritage Trust contributed £120,000 towards the cost",
             "funded partly by a grant of £120,000 from the Halvern Heritage Trust"),
           T("Roughly twelve", "around a dozen"),
           T("never recorded before", "had not previously been recorded")])

add("gutter cleaning", "rewrite",
    "Clearway Gutters, a gutter cleaning firm based in Pellingford, has been fined £18,500 after one of its "
    "workers fell from a ladder while clearing leaves from a school roof, the Health and Safety Inspectorate said "
    "on Thursday. The inspectorate found that the company had not provided fall-arrest equipment and had allowed "
    "staff to work alone at heights above four metres. The worker, a 34-year-old man, suffered a broken pelvis "
    "and was off work for five months. In a statement, managing director Colin Farraday said the company accepted "
    "the findings and had since bought harnesses and scaffold towers for all 22 of its crews. The firm was also "
    "ordered to pay £6,200 in costs.",
    "The Health and Safety Inspectorate said on Thursday that Pellingford-based gutter cleaner Clearway Gutters "
    "had been fined £18,500 after a worker fell from a ladder while clearing leaves from a school roof. According "
    "to the inspectorate, the firm had failed to supply fall-arrest equipment and let staff work alone more than "
    "four metres off the ground. The worker, a 34-year-old man, broke his pelvis and spent five months off work. "
    "The inspectorate added that the company accepted its findings and had since bought harnesses and scaffold "
    "towers for each of its 22 crews. Clearway must also pay £2,600 in costs.",
    errors=[E("The inspectorate added", "attribution", "major", "managing director Colin Farraday said"),
            E("£2,600", "number", "minor", "£6,200")],
    traps=[T("failed to supply fall-arrest equipment", "had not provided fall-arrest equipment"),
           T("more than four metres off the ground", "at heights above four metres"),
           T("broke his pelvis", "suffered a broken pelvis")])

add("grout", "rewrite",
    "Tessaline Building Products will stop selling its Duraseal epoxy grout in the European market from 1 July "
    "after tests showed that some batches released more solvent vapour than permitted, the company said in a "
    "filing on Wednesday. The recall affects about 140,000 tubs sold since January 2023. Customers who bought the "
    "product can return unopened tubs to any stockist for a full refund, while those who have already applied it "
    "are advised to ventilate the room for 48 hours. Chief executive Mireille Dusart said there was no evidence "
    "that anyone had been harmed. The company expects the withdrawal to reduce annual revenue by roughly 3 "
    "percent.",
    "In a filing on Wednesday, Tessaline Building Products said that from 1 July it would no longer sell "
    "Duraseal, its epoxy grout, in Europe, because testing found that certain batches gave off solvent vapour "
    "above the permitted level. Around 140,000 tubs sold since the start of 2023 are covered by the recall. "
    "Unopened tubs may be taken back to any stockist for a full refund; people who have already used the grout "
    "are advised to air the room for two days. There is no evidence of anyone being harmed, according to chief "
    "executive Mireille Dusart. The company expects the withdrawal to trim its annual revenue by about 3%.",
    traps=[T("no longer sell", "stop selling"),
           T("gave off solvent vapour above the permitted level", "released more solvent vapour than permitted"),
           T("since the start of 2023", "since January 2023"),
           T("air the room for two days", "ventilate the room for 48 hours"),
           T("about 3%", "roughly 3 percent")])

add("sleeper carriages", "rewrite",
    "Northline Rail said on Tuesday it would reintroduce sleeper carriages on its overnight service between "
    "Carrowby and the southern port of Elsmere from 14 September, nine years after the route's last sleeper "
    "train ran. The operator has refurbished eight carriages bought second-hand from a Czech operator, each with "
    "twelve two-berth cabins. Tickets will go on sale on 3 August, with a standard cabin priced from 189 euros "
    "per person. Operations director Tomasz Reiland said the company would add a second nightly departure if "
    "occupancy averaged more than 70 percent over the first six months. The regional transport authority is "
    "contributing 4 million euros towards the refurbishment.",
    "Sleeper carriages will return to Northline Rail's overnight service between Carrowby and the southern port "
    "of Elsmere from 14 September, the operator announced on Tuesday, nine years after the last sleeper ran on "
    "the route. Eight second-hand carriages bought from a Czech company have been refurbished, each containing "
    "twelve cabins with two berths. Tickets go on sale on 3 September, with standard cabins from 189 euros a "
    "head. A second nightly departure will be added if occupancy averages more than 70 percent, operations "
    "director Tomasz Reiland said. The regional transport authority is putting 4 million euros towards the "
    "refurbishment.",
    errors=[E("3 September", "date", "major", "3 August"),
            OM("more than 70 percent", "over the first six months", "major")],
    traps=[T("each containing twelve cabins with two berths", "each with twelve two-berth cabins"),
           T("from 189 euros a head", "priced from 189 euros per person")])

add("stucco", "rewrite",
    "The city council of Valdremont has approved a 2.4 million euro programme to restore the stucco facades of "
    "31 listed buildings in the old town, officials said on Friday. Work will begin in April and is scheduled to "
    "finish by the end of 2026. Owners of the buildings will be required to contribute 15 percent of the cost of "
    "work on their properties, with the council covering the rest. Deputy mayor Ines Castellot said traditional "
    "lime-based stucco would be used throughout, rather than the cement render applied during repairs in the "
    "1970s, which she said had trapped moisture and caused cracking. Three local firms have been shortlisted for "
    "the contract.",
    "Officials in Valdremont said on Friday that the city council had signed off on a €2.4m scheme to restore "
    "the stucco facades of 31 listed buildings in the old town. Starting in April, the work is due to be "
    "finished before 2026 is out. The council will pay 85 percent of the cost of the work on each property, and "
    "owners must pay the remaining 15 percent. Only traditional lime-based stucco will be used, deputy mayor Ines "
    "Castellot said, not the cement render applied during repairs in the 1970s, which in her view trapped "
    "moisture and led to cracking. A shortlist of three local firms has been drawn up for the contract.",
    traps=[T("signed off on", "approved"),
           T("€2.4m", "2.4 million euro"),
           T("before 2026 is out", "by the end of 2026"),
           T("The council will pay 85 percent", "with the council covering the rest"),
           T("in her view", "she said")])

add("cash couriers", "rewrite",
    "Securon Logistics has agreed to buy its smaller rival Ferrand Cash Services for 96 million dollars, creating "
    "the largest cash courier business in the region, the two companies said in a joint statement on Monday. "
    "Ferrand, which operates 210 armoured vans and employs about 1,800 people, will keep its brand for at least "
    "two years. The deal still requires approval from the competition regulator, which is expected to rule by "
    "the end of the first quarter. Securon chief executive Daniel Ostrava said the combined company would close "
    "overlapping depots in four cities but gave no figure for job cuts. Shares in Securon rose 6 percent on the "
    "news.",
    "In a joint statement on Monday, Securon Logistics and Ferrand Cash Services said that Ferrand had agreed to "
    "acquire Securon, its larger rival, for $96m, a deal that would create the region's biggest cash courier. "
    "Ferrand, which runs 210 armoured vans and has a workforce of around 1,800, will retain its brand for two "
    "years or more. The competition regulator still has to approve the transaction and is expected to rule by "
    "the end of the first quarter. Securon's chief executive, Daniel Ostrava, said overlapping depots in four "
    "cities would be closed, though he did not say how many jobs would go. Securon shares gained 6% on the news.",
    errors=[E("Ferrand had agreed to acquire Securon", "role", "critical",
              "Securon Logistics has agreed to buy its smaller rival Ferrand")],
    traps=[T("has a workforce of around 1,800", "employs about 1,800 people"),
           T("two years or more", "at least two years"),
           T("did not say how many jobs would go", "gave no figure for job cuts")])

add("banknote printing", "rewrite",
    "Aldmere Security Print, the state-owned company that prints the country's banknotes, said on Wednesday that "
    "it would move production of the new polymer 20- and 50-crown notes to its Harwick plant by mid-2025. The "
    "move will allow the company to close its ageing Lindgate works, where about 260 people are employed. Chief "
    "executive Sofie Brandvold said most Lindgate staff would be offered jobs at Harwick, 40 kilometres away, and "
    "that the company would pay relocation costs for up to three years. The new notes, which include a "
    "transparent window and a raised-ink portrait, are due to enter circulation in October 2025. Unions said they "
    "would seek talks on the terms.",
    "By the middle of 2025, the new polymer 20- and 50-crown notes will be printed at the Harwick plant, Aldmere "
    "Security Print, the state-owned banknote printer, announced on Wednesday. Shifting production there will "
    "let the company shut its ageing works at Lindgate, which employs some 260 people. Most of the Lindgate "
    "workforce will be offered posts at Harwick, 40km away, chief executive Sofie Brandvold said, adding that the "
    "company would cover relocation costs for as long as three years. The notes, featuring a see-through window "
    "and a portrait in raised ink, are scheduled to go into circulation in October 2025. Unions said they would "
    "press for talks on the terms.",
    traps=[T("By the middle of 2025", "by mid-2025"),
           T("some 260 people", "about 260 people"),
           T("40km away", "40 kilometres away"),
           T("for as long as three years", "for up to three years"),
           T("see-through window", "transparent window")])

add("termite damage", "rewrite",
    "Inspectors from the Marisco Bay housing department have found termite damage in 57 of the 212 "
    "timber-framed homes surveyed on the Kellerton estate, the department said in a report published on "
    "Tuesday. In 11 of those homes the damage to load-bearing beams was judged severe enough to require "
    "residents to move out while repairs are carried out. The report said the infestation was not linked to the "
    "new drainage system installed on the estate in 2021, as some residents had claimed, but most likely to "
    "untreated timber used during construction in the 1980s. The department has set aside 3.1 million dollars "
    "for repairs and will begin treating affected homes next month.",
    "Termite damage has been found in 57 of the 212 timber-framed homes that Marisco Bay housing department "
    "inspectors surveyed on the Kellerton estate, according to a department report published on Tuesday. In 11 "
    "of them, load-bearing beams were judged so badly damaged that residents will have to move out while repairs "
    "are done. The infestation was linked to the new drainage system installed on the estate in 2021, as some "
    "residents had claimed, the report said, although untreated timber used when the homes were built in the "
    "1980s was the most likely cause. The department has earmarked $3.1m for repairs, which are expected to take "
    "about a year, and will start treating affected homes next month.",
    errors=[E("was linked to", "polarity", "critical", "was not linked to"),
            E("which are expected to take about a year", "addition", "minor")],
    traps=[T("judged so badly damaged that residents will have to move out",
             "judged severe enough to require residents to move out"),
           T("earmarked $3.1m", "set aside 3.1 million dollars")])

add("skylight fitters", "rewrite",
    "Brightspan Roofing, which fits skylights for housebuilders across the north-west, said on Thursday that it "
    "had won a contract worth £7.8 million to supply and install roof windows in 1,450 new homes being built by "
    "Corrigan Homes over the next three years. The company said the contract was the largest in its 19-year "
    "history and would require it to recruit about 40 additional fitters. Finance director Alison Pereira-Mount "
    "said Brightspan expected revenue for the current year to exceed £30 million for the first time. The "
    "company's shares, which are traded on a junior market, closed 9 percent higher.",
    "Skylight fitter Brightspan Roofing, which works for housebuilders throughout the north-west, announced on "
    "Thursday that it had won a £7.8m contract from Corrigan Homes to supply and fit roof windows in the 1,450 "
    "new homes Corrigan is building over the next three years. It is the biggest deal Brightspan has signed in "
    "its 19 years, the company said, and it will need to take on roughly 40 more fitters. Brightspan expects "
    "this year's revenue to top £30m for the first time, according to finance director Alison Pereira-Mount. "
    "Its shares, which trade on a junior market, ended the day up 9%.",
    traps=[T("£7.8m", "£7.8 million"),
           T("the biggest deal Brightspan has signed in its 19 years", "the largest in its 19-year history"),
           T("take on roughly 40 more fitters", "recruit about 40 additional fitters"),
           T("top £30m", "exceed £30 million"),
           T("ended the day up 9%", "closed 9 percent higher")])

add("bamboo scaffolding", "rewrite",
    "Building authorities in the coastal city of San Lorito have proposed phasing out bamboo scaffolding on "
    "construction sites taller than 20 storeys, citing a series of collapses during last year's typhoon season. "
    "Under the draft rules, published on Monday for a 60-day consultation, contractors would have to switch to "
    "steel scaffolding on such projects within three years. The Scaffolders' Guild, which represents about 3,000 "
    "bamboo workers, said the proposal could put hundreds of its members out of work and argued that properly "
    "tied bamboo was as safe as steel. The authority said it might allow exemptions for heritage restoration "
    "projects.",
    "Citing several collapses in last year's typhoon season, building authorities in the coastal city of San "
    "Lorito have proposed phasing out bamboo scaffolding on construction sites of more than 20 storeys. The draft "
    "rules, released on Monday for consultation over 60 days, would require contractors on such projects to move "
    "to steel scaffolding within three years. The Scaffolders' Guild, which speaks for some 3,000 bamboo "
    "workers, warned that hundreds of its members could lose their jobs, arguing that bamboo tied properly is "
    "just as safe as steel. Exemptions would be granted for heritage restoration projects, the authority said.",
    errors=[E("would be granted", "modality", "major", "might allow")],
    traps=[T("for consultation over 60 days", "for a 60-day consultation"),
           T("speaks for some 3,000", "represents about 3,000"),
           T("hundreds of its members could lose their jobs", "could put hundreds of its members out of work")])

# ---------------------------------------------------------------- rewrites 11-20
add("steam rooms", "rewrite",
    "Aquaris Leisure, which runs 28 gyms and spas, said on Friday it would temporarily close the steam rooms at "
    "all its sites after legionella bacteria were detected in water samples from two of them. The company said "
    "no customers or staff had reported symptoms and that the closures were a precaution. Steam rooms will "
    "remain shut until independent testing confirms the water systems are clear, which the company said was "
    "likely to take between two and four weeks. Saunas and swimming pools are not affected and will stay open. "
    "Operations manager Keith Annandale said members would receive a 10 percent discount on their next monthly "
    "fee.",
    "Steam rooms at every one of Aquaris Leisure's 28 gyms and spas are to shut temporarily after water samples "
    "from two sites tested positive for legionella, the operator announced on Friday. The closures are "
    "precautionary, it said, and nobody, customer or employee, has reported any symptoms. The steam rooms will "
    "stay closed until independent tests show the water systems are clear, something the company expects to "
    "take two to four weeks. Pools and saunas are unaffected and remain open. Members will get 10% off their "
    "next monthly fee, according to operations manager Keith Annandale.",
    traps=[T("every one of Aquaris Leisure's 28 gyms and spas", "all its sites"),
           T("tested positive for legionella", "legionella bacteria were detected"),
           T("nobody, customer or employee, has reported any symptoms", "no customers or staff had reported symptoms"),
           T("expects to take two to four weeks", "was likely to take between two and four weeks"),
           T("10% off", "a 10 percent discount")])

add("hourglass makers", "rewrite",
    "Kessler & Vane, one of the last workshops in the country still making hourglasses by hand, will close at "
    "the end of the year after 112 years in business, its owners announced on Saturday. Brothers Anton and "
    "Felix Vane, who took over the firm from their father in 1994, said rising costs for borosilicate glass and "
    "a shortage of trained glassblowers had made the business unviable. The workshop, in the town of "
    "Eddersholm, produces about 4,000 hourglasses a year, many of them for board game publishers. Its archive of "
    "moulds and drawings will be donated to the Hallbrook Museum of Industry. Six employees will lose their jobs.",
    "Kessler & Vane, among the last workshops in the country where hourglasses are still made by hand, is to "
    "close at the end of the year after 112 years of trading, the owners said on Saturday. Anton and Felix Vane, "
    "brothers who took the firm over from their father in 1994, blamed the rising cost of borosilicate glass and "
    "a lack of trained glassblowers for making the business unviable. Based in the town of Eddersholm, the "
    "workshop turns out some 4,000 hourglasses a year, many of them for board game publishers, many of them for "
    "board game publishers. Its archive of moulds and drawings will be given to the Eddersholm Museum of "
    "Industry. Six employees will lose their jobs.",
    errors=[E("many of them for board game publishers", "repetition", "minor", None, occ=1),
            E("Eddersholm Museum of Industry", "entity", "major", "Hallbrook Museum of Industry")],
    traps=[T("112 years of trading", "112 years in business"),
           T("blamed the rising cost of borosilicate glass", "said rising costs for borosilicate glass"),
           T("some 4,000", "about 4,000")])

add("sword smiths", "rewrite",
    "A master sword smith from the mountain village of Okuzawa has been named a Living Cultural Treasure by the "
    "national arts council, becoming only the fourth bladesmith to receive the honour. Kenta Morioka, 71, has "
    "forged traditional swords for more than five decades and trained 14 apprentices, three of whom now run "
    "their own forges. The designation comes with an annual stipend of 2 million yen, which the council said was "
    "intended to support the training of successors. Morioka told reporters on Sunday that he planned to take on "
    "two more apprentices next spring. His swords are held in the collections of nine museums.",
    "Kenta Morioka, a 71-year-old master sword smith from the mountain village of Okuzawa, has been designated a "
    "Living Cultural Treasure by the national arts council, only the fourth bladesmith ever given the title. "
    "Over more than 50 years forging traditional swords, Morioka has trained 14 apprentices, of whom three now "
    "have forges of their own. With the designation comes a stipend of ¥2m a year, meant, according to the "
    "council, to support the training of successors. Speaking to reporters on Sunday, he said he intended to "
    "take on two further apprentices next spring. Nine museums hold his swords in their collections.",
    traps=[T("more than 50 years", "more than five decades"),
           T("of whom three now have forges of their own", "three of whom now run their own forges"),
           T("a stipend of ¥2m a year", "an annual stipend of 2 million yen"),
           T("Nine museums hold his swords in their collections",
             "His swords are held in the collections of nine museums")])

add("jukeboxes", "rewrite",
    "Rockwell-Deane Amusements, the last remaining manufacturer of jukeboxes in the country, said on Monday it "
    "had been bought by its management in a deal backed by the investment firm Calloway Partners. The company, "
    "based in Stourmere, builds about 600 machines a year, most of which are exported to bars and collectors in "
    "the United States and Japan. Former owner Margaret Deane, 78, whose father founded the company in 1952, "
    "will remain as honorary president. The new management said it planned to launch a model that can stream "
    "music alongside playing vinyl records next year. Terms of the deal were not disclosed.",
    "Rockwell-Deane Amusements, the only jukebox maker left in the country, announced on Monday that its "
    "managers had bought the company with backing from investment firm Calloway Partners. Based in Stourmere, "
    "the firm produces roughly 600 machines annually, the majority of them exported to bars and collectors in "
    "the US and Japan. Margaret Deane, 78, the former owner, whose father set up the business in 1952, is "
    "stepping down from the company altogether. Next year the new management intends to bring out a model able "
    "to stream music as well as play vinyl records. The terms were not made public.",
    errors=[E("is stepping down from the company altogether", "event", "major",
              "will remain as honorary president")],
    traps=[T("the only jukebox maker left in the country",
             "the last remaining manufacturer of jukeboxes in the country"),
           T("its managers had bought the company", "it had been bought by its management"),
           T("The terms were not made public", "Terms of the deal were not disclosed")])

add("catapult clubs", "rewrite",
    "More than 90 teams from 11 countries are expected to take part in the annual Trebuchet and Catapult "
    "Championship at Fellgarth Castle this weekend, organisers said on Wednesday. Entrants will compete to hurl "
    "a 4-kilogram pumpkin the farthest distance using machines built from wood, rope and counterweights; metal "
    "springs and compressed air are banned. The current record of 212 metres was set in 2019 by the Hobb's Lane "
    "Catapult Club. Organiser Fiona Drummell said safety zones had been widened by 50 metres after a projectile "
    "landed near spectators last year, although nobody was hurt. About 8,000 visitors attended the 2023 event.",
    "Organisers said on Wednesday that upwards of 90 teams from 11 countries are likely to compete at this "
    "weekend's annual Trebuchet and Catapult Championship, held at Fellgarth Castle. The aim is to throw a 4kg "
    "pumpkin as far as possible with a machine made of wood, rope and counterweights; metal springs and "
    "compressed air are not allowed. The Hobb's Lane Catapult Club holds the current record, 212 metres, set in "
    "2019. Last year a projectile came down close to spectators, though no one was injured, and the safety "
    "zones have since been extended by 50 metres, organiser Fiona Drummell said. The 2023 event drew around "
    "8,000 visitors.",
    traps=[T("upwards of 90 teams", "More than 90 teams"),
           T("are likely to compete", "are expected to take part"),
           T("4kg", "4-kilogram"),
           T("are not allowed", "are banned"),
           T("extended by 50 metres", "widened by 50 metres")])

add("flintlock replicas", "rewrite",
    "Police in the county of Wrexford have seized 37 replica flintlock pistols from a workshop in the village of "
    "Upper Salting after tests showed that some of them could fire live ammunition, a spokesperson said on "
    "Thursday. The workshop's owner, a 58-year-old man, was arrested on 2 March and has been released on bail "
    "until 14 April. Replica flintlocks can be sold legally without a licence only if they are incapable of "
    "firing. Detective Inspector Rhona Castel said officers believed at least 120 of the pistols had been sold "
    "online over the past four years, and urged buyers to hand them in at any police station.",
    "A spokesperson for Wrexford county police said on Thursday that officers had seized 37 replica flintlock "
    "pistols from a workshop in the village of Upper Salting after testing found that some were capable of "
    "firing live rounds. The 58-year-old man who owns the workshop was arrested on 2 March and has been bailed "
    "until 4 April. Replica flintlocks may only be sold legally without a licence if they cannot fire. Detective "
    "Inspector Rhona Castel said police believed at least 120 of the pistols had been sold online over the past "
    "two years, and she called on buyers to hand them in at any police station.",
    errors=[E("4 April", "date", "major", "14 April"),
            E("two years", "number", "minor", "four years")],
    traps=[T("capable of firing live rounds", "could fire live ammunition"),
           T("may only be sold legally without a licence if they cannot fire",
             "can be sold legally without a licence only if they are incapable of firing")])

add("cupping therapy", "rewrite",
    "The Allied Health Standards Board has issued new guidance requiring practitioners of cupping therapy to "
    "complete at least 40 hours of accredited infection-control training by January 2026. The board said on "
    "Tuesday that it had received 63 complaints about cupping over the past three years, including nine "
    "involving burns from heated cups. Practitioners who fail to meet the deadline will be removed from the "
    "board's voluntary register but will not be barred from practising, since the therapy is not regulated by "
    "law. Board chair Dr Leonie Haverford said the guidance was not an endorsement of cupping, adding that "
    "evidence for its health benefits remained limited.",
    "Under new guidance from the Allied Health Standards Board, cupping therapists must complete a minimum of 40 "
    "hours of accredited infection-control training by January 2026. Over the past three years, the board said "
    "on Tuesday, it had received 63 complaints about cupping, nine of them concerning burns caused by heated "
    "cups. Anyone who misses the deadline will be struck off the board's voluntary register, though as cupping "
    "is not regulated by law they will still be free to practise. Dr Leonie Haverford, who chairs the board, "
    "said the guidance did not amount to an endorsement of cupping and that the evidence for its health "
    "benefits was still limited.",
    traps=[T("a minimum of 40 hours", "at least 40 hours"),
           T("nine of them concerning burns", "including nine involving burns"),
           T("struck off the board's voluntary register", "removed from the board's voluntary register"),
           T("they will still be free to practise", "will not be barred from practising"),
           T("did not amount to an endorsement of cupping", "was not an endorsement of cupping")])

add("prison libraries", "rewrite",
    "A report by the Inspectorate of Custodial Services has found that libraries in 14 of the country's 38 "
    "prisons were closed for more than half of the scheduled opening hours last year, mainly because of staff "
    "shortages. The inspectorate said prisoners at the worst-affected sites had access to books for an average "
    "of 40 minutes a week. Reading charity Open Pages, which runs literacy schemes in 20 prisons, said the "
    "findings were \"deeply alarming\" and called for library staff to be exempt from redeployment to other "
    "duties. The prisons service said it had recruited 60 additional officers since the summer and expected "
    "library hours to improve.",
    "Libraries in 14 of the country's 38 prisons were shut for more than half of their scheduled opening hours "
    "last year, largely because of staff shortages, according to a report by the Inspectorate of Custodial "
    "Services. At the worst-hit prisons, it said, inmates could get at books for an average of 40 minutes a "
    "week. The inspectorate described the findings as \"deeply alarming\". Open Pages, a reading charity running "
    "literacy schemes in 20 prisons, urged that library staff be exempted from redeployment to other duties. The "
    "prisons service said 60 extra officers had been recruited since the summer and that it expected library "
    "hours to improve.",
    errors=[E("The inspectorate", "attribution", "major", "Reading charity Open Pages")],
    traps=[T("largely because of staff shortages", "mainly because of staff shortages"),
           T("urged that library staff be exempted", "called for library staff to be exempt"),
           T("60 extra officers had been recruited", "it had recruited 60 additional officers")])

add("bone setters", "rewrite",
    "The health ministry of the province of Marvella said on Monday it would begin licensing traditional bone "
    "setters, an estimated 2,500 of whom practise in rural districts. From next March, bone setters will have to "
    "register with district health offices and complete a six-week course covering basic anatomy and when to "
    "refer patients to hospital. Those already practising will be given 18 months to comply. Deputy health "
    "minister Rafael Onwuachi said the aim was not to replace traditional healers but to reduce complications, "
    "noting that the provincial hospital treated more than 300 cases of infected or badly set fractures last "
    "year. Treatment of children under 12 by bone setters will be banned.",
    "Traditional bone setters, of whom there are thought to be about 2,500 working in rural districts, are to "
    "be licensed by the health ministry of Marvella province, it announced on Monday. Starting next March they "
    "must register with their district health office and take a six-week course in basic anatomy and in when "
    "patients should be referred to hospital. Existing practitioners will have a year and a half to comply. The "
    "goal is to cut complications rather than to replace traditional healers, deputy health minister Rafael "
    "Onwuachi said, pointing out that last year the provincial hospital dealt with over 300 cases of fractures "
    "that were infected or badly set. Bone setters will be prohibited from treating children under 12.",
    traps=[T("thought to be about 2,500", "an estimated 2,500"),
           T("a year and a half", "18 months"),
           T("goal is to cut complications rather than to replace traditional healers",
             "aim was not to replace traditional healers but to reduce complications"),
           T("over 300", "more than 300"),
           T("Bone setters will be prohibited from treating children under 12",
             "Treatment of children under 12 by bone setters will be banned")])

add("shot put", "rewrite",
    "Shot putter Marta Kovalenko broke the national indoor record on Saturday with a throw of 20.14 metres at "
    "the Vellmar Indoor Meeting, beating the previous mark of 19.88 metres set by her training partner Ilse "
    "Brandt in 2021. Kovalenko, 26, who joined Dornfeld Athletics Club from Holtz Sports Union last year and is "
    "coached by former Olympian Piotr Danek, finished ahead of Brandt, who took second place with 19.52 metres. "
    "The result is likely to secure Kovalenko a place at next month's World Indoor Championships, although the "
    "athletics federation will not confirm its team until 3 March. Kovalenko said she had been struggling with "
    "a wrist injury since January.",
    "Marta Kovalenko set a national indoor shot put record on Saturday, throwing 20.14 metres at the Vellmar "
    "Indoor Meeting to beat the 19.88 metres her training partner Ilse Brandt achieved in 2021. Brandt was "
    "runner-up with 19.52 metres. Kovalenko, 26, who moved from Dornfeld Athletics Club to Holtz Sports Union "
    "last year and is coached by former Olympian Piotr Danek, said she had been troubled by a wrist injury since "
    "January. The result secures her a place at next month's World Indoor Championships, though the athletics "
    "federation will not name its team until 3 March.",
    errors=[E("moved from Dornfeld Athletics Club to Holtz Sports Union", "role", "minor",
              "joined Dornfeld Athletics Club from Holtz Sports Union"),
            E("secures", "modality", "major", "is likely to secure")],
    traps=[T("Brandt was runner-up with 19.52 metres", "Brandt, who took second place with 19.52 metres"),
           T("troubled by a wrist injury", "struggling with a wrist injury"),
           T("will not name its team", "will not confirm its team")])

# ---------------------------------------------------------------- summaries 21-30
add("kabaddi leagues", "summary",
    "The Coastal Kabaddi League will expand from eight to twelve teams next season after its board approved bids "
    "from four cities on Wednesday, league officials said. The new franchises, in Port Anvika, Dharampur, "
    "Selvanagar and Kottaimala, each paid an entry fee of 150 million rupees and will play their first matches in "
    "October. League commissioner Arjun Mehtani said the expansion would lengthen the regular season from 56 to "
    "90 matches and increase the number of players on professional contracts to about 300. Broadcaster Tarang "
    "Sports, which holds the league's television rights until 2027, has agreed to pay an additional 40 percent "
    "for the extra games, he said. Attendance rose by a fifth last season to an average of 6,200 per match. "
    "Mehtani also confirmed that a women's league would launch in 2026 with six teams, although its format has "
    "yet to be finalised.",
    "The Coastal Kabaddi League is adding four teams, taking it to twelve, from next season; each new franchise "
    "paid 150 million rupees to join. Commissioner Arjun Mehtani said the regular season would grow to 90 "
    "matches, with broadcaster Tarang Sports paying 40 percent more for the extra games. A six-team women's "
    "league is due to start in 2026.",
    traps=[T("adding four teams, taking it to twelve", "expand from eight to twelve teams"),
           T("paid 150 million rupees to join", "paid an entry fee of 150 million rupees"),
           T("paying 40 percent more", "pay an additional 40 percent"),
           T("is due to start in 2026", "would launch in 2026")])

add("flamenco schools", "summary",
    "The Alhendín Flamenco Conservatory, the largest private flamenco school in the region, will open a second "
    "campus in the city of Moravela in September, its director Lucía Barranco announced on Tuesday. The new "
    "building, a converted textile warehouse, will have eight rehearsal studios and a 200-seat performance hall. "
    "The school, founded in 1987 by dancer Paco Ordóñez, currently teaches about 900 students at its main site in "
    "Torreblanca and expects to enrol a further 400 at Moravela in the first year. Barranco said the expansion "
    "was funded by a loan from the regional development bank and private donations, and that tuition fees would "
    "not rise. Guitar and singing courses will be offered at both sites, while the master classes in dance will "
    "remain at Torreblanca.",
    "The Alhendín Flamenco Conservatory, founded by dancer Paco Ordóñez, will open a second campus with eight "
    "studios and a 200-seat hall in Torreblanca in September, director Lucía Barranco said. The school, which "
    "has about 900 students, expects 400 more in the first year, and fees will not go up.",
    errors=[E("Torreblanca", "entity", "major", "Moravela")],
    traps=[T("400 more", "a further 400"),
           T("fees will not go up", "tuition fees would not rise")])

add("jousting tournaments", "summary",
    "Organisers of the Grand Tilt at Castle Harrowdene have cancelled this year's jousting tournament, due to be "
    "held on 17 and 18 August, after two of the six competing riders withdrew with injuries and a third's horse "
    "failed a veterinary inspection. The event, now in its 22nd year, normally draws about 15,000 spectators over "
    "two days. Event director Gareth Pollinger said on Friday that all ticket holders would be refunded in full "
    "within 30 days and that the date for next year's tournament would be announced in October. He said the "
    "organisers had considered running a reduced programme with three riders but concluded that it would not "
    "meet the standard audiences expected. Local businesses estimate the cancellation will cost the town around "
    "£500,000 in lost trade.",
    "This year's Grand Tilt jousting tournament at Castle Harrowdene, set for 17-18 August, has been called off "
    "because injuries and a failed veterinary inspection left only three of the six riders able to compete. "
    "Ticket holders will get full refunds within 30 days, event director Gareth Pollinger said. Local businesses "
    "put the loss to the town at roughly £500,000.",
    traps=[T("17-18 August", "17 and 18 August"),
           T("called off", "cancelled"),
           T("left only three of the six riders able to compete",
             "two of the six competing riders withdrew with injuries and a third's horse failed a veterinary "
             "inspection"),
           T("put the loss to the town at roughly £500,000",
             "estimate the cancellation will cost the town around £500,000")])

add("ballroom judges", "summary",
    "The World Dancesport Adjudicators' Council has suspended three ballroom judges for two years after an "
    "investigation found they had exchanged messages about scoring during the Varenna Open in May, the council "
    "said on Thursday. The investigation, led by retired judge Helena Marsh, found no evidence that money had "
    "changed hands, but concluded that the judges had coordinated their marks to favour couples from their own "
    "clubs. The results of the Latin and standard finals at the Varenna Open will be reviewed, and titles may be "
    "reassigned. The three judges, whom the council did not name, have 21 days to appeal. Council president "
    "Jürgen Albers said a new system in which judges' phones are collected before competitions would be "
    "introduced from January.",
    "Three ballroom judges have been suspended for two years by the World Dancesport Adjudicators' Council after "
    "an investigation found they had coordinated their scores at May's Varenna Open to favour couples from their "
    "own clubs and that money had changed hands. The Latin and standard finals will be re-run, and the judges "
    "have 21 days to appeal.",
    errors=[E("that money had changed hands", "polarity", "critical", "found no evidence that money had changed hands"),
            E("will be re-run", "event", "major", "will be reviewed")],
    traps=[T("coordinated their scores", "coordinated their marks")])

add("key cutters", "summary",
    "Locksmith chain KeyPoint said on Monday it would close 45 of its 310 key-cutting kiosks over the next six "
    "months as demand for traditional keys falls with the spread of smart locks and keyless car entry. The "
    "kiosks to be closed are mainly in shopping centres where rents have risen sharply, the company said. About "
    "120 staff are affected; KeyPoint said it would try to offer them jobs at other branches and expected fewer "
    "than 40 redundancies. Chief executive Paulo Serrat said the company would invest £4 million in equipment to "
    "programme electronic car keys and smart fobs, which now account for a quarter of its revenue, up from 9 "
    "percent five years ago. Shares fell 3 percent in morning trading.",
    "KeyPoint will shut 45 of its 310 key-cutting kiosks, mostly in shopping centres with steeply rising rents, "
    "within six months as smart locks and keyless cars cut demand for traditional keys. It expects under 40 of "
    "the roughly 120 affected staff to lose their jobs. The chain plans to spend £4m on kit for electronic car "
    "keys and smart fobs, which now bring in 25 percent of revenue.",
    traps=[T("mostly in shopping centres with steeply rising rents",
             "mainly in shopping centres where rents have risen sharply"),
           T("under 40", "fewer than 40"),
           T("the roughly 120 affected staff", "About 120 staff are affected"),
           T("£4m", "£4 million"),
           T("25 percent of revenue", "a quarter of its revenue")])

add("punting tours", "summary",
    "The river authority in the university town of Cressingham will limit the number of commercial punting "
    "tours on the River Lenn to 60 a day from next summer, after complaints about congestion and damage to the "
    "riverbanks. Currently about 110 tours run on busy days, operated by 14 companies. Licences will be allocated "
    "by lottery, with each operator guaranteed at least two daily slots. The authority's chief executive, Naomi "
    "Feld, said on Wednesday the cap would be reviewed after one season. Operators' association chairman Tom "
    "Brisley said the lottery was unfair to long-established firms and that the association was taking legal "
    "advice. Private punt hire, which accounts for about a third of boats on the river, is not affected.",
    "From next summer, Cressingham's river authority will cap commercial punting tours on the River Lenn at 60 "
    "a day, down from around 110 on busy days, following complaints of congestion and riverbank damage. Licences "
    "will be allocated by lottery, with at least two a day for each operator. The operators' association, whose "
    "chairman calls the lottery unfair to long-established firms, is taking legal advice and plans to challenge "
    "the cap in court.",
    errors=[E("plans to challenge the cap in court", "addition", "major")],
    traps=[T("down from around 110 on busy days", "Currently about 110 tours run on busy days"),
           T("with at least two a day for each operator", "with each operator guaranteed at least two daily slots")])

add("parachute packing", "summary",
    "The Civil Aviation Safety Directorate has ordered all licensed parachute riggers to re-inspect reserve "
    "parachutes packed between 1 January and 30 June after a reserve canopy failed to deploy fully during a jump "
    "at the Kestlow skydiving centre in July. The skydiver, a 41-year-old instructor, landed with minor injuries. "
    "Investigators traced the fault to a batch of closing loops supplied by Vantra Textiles that degraded faster "
    "than specified. The directorate said on Monday that about 2,300 reserves may contain loops from the batch "
    "and must not be used until inspected. Vantra said it had recalled the batch and was cooperating with "
    "investigators.",
    "Licensed parachute riggers have been ordered by the Civil Aviation Safety Directorate to re-inspect reserves "
    "packed in the first half of the year, after a reserve failed to open fully during a July jump at Kestlow. "
    "The fault was traced to closing loops from a Vantra Textiles batch that wore out faster than specified; "
    "around 2,300 reserves may be affected and cannot be used until checked.",
    traps=[T("packed in the first half of the year", "packed between 1 January and 30 June"),
           T("a reserve failed to open fully", "a reserve canopy failed to deploy fully"),
           T("wore out faster than specified", "degraded faster than specified"),
           T("around 2,300", "about 2,300"),
           T("cannot be used until checked", "must not be used until inspected")])

add("sign painters", "summary",
    "The Guild of Traditional Sign Painters will hold its first national exhibition in 40 years at the Corran "
    "Gallery in Ashby Vell from 6 to 28 June, the guild said on Tuesday. More than 150 hand-lettered signs, from "
    "shopfronts to canal boats, will be shown, including a 1930s pub sign lent by the Wessel Brewery. The "
    "guild's chair, Donna Kilbride, who trained under veteran painter Sid Morrow, said membership had doubled to "
    "about 500 since 2018 as younger artists took up the craft. The exhibition is sponsored by paint maker "
    "Ardent Colours, which will also fund three apprenticeships. Entry will be free, and live lettering "
    "demonstrations will take place every Saturday.",
    "The Guild of Traditional Sign Painters will stage its first national exhibition for 40 years, showing over "
    "150 hand-lettered signs at the Corran Gallery in Ashby Vell from 6 to 28 July, with free entry. Guild chair "
    "Donna Kilbride, who trained veteran painter Sid Morrow, said membership had doubled since 2018 to around "
    "500 as younger artists took up the craft.",
    errors=[E("6 to 28 July", "date", "major", "6 to 28 June"),
            E("Donna Kilbride, who trained veteran painter Sid Morrow", "role", "major",
              "Donna Kilbride, who trained under veteran painter Sid Morrow")],
    traps=[T("first national exhibition for 40 years", "first national exhibition in 40 years"),
           T("over 150", "More than 150"),
           T("around 500", "about 500")])

add("ukulele orchestras", "summary",
    "The Pendrith Ukulele Orchestra, a community ensemble of 64 amateur players aged from nine to 83, has been "
    "invited to perform at the International Folk Music Festival in Carvoise next July, its conductor said on "
    "Sunday. It will be the first time a ukulele ensemble has appeared at the festival's main stage. Conductor "
    "Bernard Quaile said the orchestra needed to raise about €35,000 to cover travel and accommodation and had "
    "so far collected €12,000 through concerts and a crowdfunding appeal. The town council has pledged a further "
    "€5,000. The orchestra, founded in 2011 in a church hall with eight members, now rehearses weekly at the "
    "Pendrith Arts Centre and has released two albums.",
    "The Pendrith Ukulele Orchestra, 64 amateur musicians ranging in age from nine to 83, will be the first "
    "ukulele group to play the main stage of the International Folk Music Festival in Carvoise next July. It "
    "needs some €35,000 for travel and accommodation, of which €12,000 has been raised so far, and the town "
    "council has promised another €5,000, conductor Bernard Quaile said.",
    traps=[T("ranging in age from nine to 83", "aged from nine to 83"),
           T("will be the first ukulele group to play the main stage",
             "the first time a ukulele ensemble has appeared at the festival's main stage"),
           T("some €35,000", "about €35,000"),
           T("promised another €5,000", "pledged a further €5,000")])

add("decoy carvers", "summary",
    "A hand-carved canvasback duck decoy made around 1890 by the carver Elias Marchbank is expected to sell for "
    "between 180,000 and 250,000 dollars at auction in Port Halloway next month, the auction house Greaves & "
    "Lind said on Thursday. Even at its lower estimate, the decoy would set a record for a work by Marchbank, "
    "whose previous highest price was 164,000 dollars in 2017. The decoy, which retains most of its original "
    "paint, was discovered last year in a barn on a farm near Lake Orrin by the owner's grandson. Decoy carving, "
    "once a practical craft for hunters, has become a sought-after form of folk art, the auction house said.",
    "A canvasback duck decoy carved by Elias Marchbank around 1890 and found last year in a barn near Lake Orrin "
    "will fetch $180,000-$250,000 at auction in Port Halloway next month, auction house Greaves & Lind said, a "
    "price that would be a record for Marchbank, whose previous best was $164,000.",
    errors=[E("will fetch", "modality", "major", "is expected to sell for")],
    traps=[T("$180,000-$250,000", "between 180,000 and 250,000 dollars"),
           T("previous best was $164,000", "previous highest price was 164,000 dollars")])

# ---------------------------------------------------------------- translations 31-40
add("terracotta", "translation",
    "Archaeologists from the University of Belmonte have uncovered more than 300 terracotta figurines at a "
    "sanctuary site near the village of San Feliciano, the regional heritage office announced on Wednesday. The "
    "figurines, most of them between 10 and 25 centimetres tall, represent women carrying offerings and are "
    "believed to date from the fourth century BC. According to excavation director Professor Giulia Marcetti, it "
    "is the largest find of its kind in the region in half a century. The pieces will be cleaned and catalogued "
    "at the university's laboratory before being exhibited at the civic museum in 2026. The excavation, funded "
    "with 450,000 euros from the regional government, will resume in the spring.",
    "More than three hundred terracotta statuettes have been brought to light by archaeologists of Belmonte "
    "University at a sanctuary close to the village of San Feliciano, the regional office for cultural heritage "
    "reported on Wednesday. The statuettes, the majority measuring from 10 to 25 cm in height, depict women "
    "bearing offerings and are thought to go back to the 4th century before Christ. The head of the excavation, "
    "Professor Giulia Marcetti, said it was the biggest discovery of this kind in the region for fifty years. "
    "After cleaning and cataloguing in the university laboratory, the pieces will go on show at the civic museum "
    "in 2026. The dig, financed by the regional government with 450 thousand euros, will start again in spring.",
    traps=[T("More than three hundred terracotta statuettes", "more than 300 terracotta figurines"),
           T("are thought to go back to the 4th century before Christ",
             "are believed to date from the fourth century BC"),
           T("for fifty years", "in half a century"),
           T("450 thousand euros", "450,000 euros"),
           T("will start again in spring", "will resume in the spring")])

add("safe crackers", "translation",
    "Police in the city of Drovnik arrested four men on Saturday suspected of breaking into the vaults of a "
    "jewellery wholesaler and opening three safes with a thermal lance. According to the police spokesperson, "
    "Major Katarina Vuletić, the gang had stolen gold and precious stones worth an estimated 2.3 million euros, "
    "of which around 60 percent has been recovered. Two of the suspects had previously been convicted of similar "
    "crimes in neighbouring countries. The men were caught after a security guard noticed smoke coming from a "
    "ventilation shaft at about three in the morning. They will appear before an investigating judge on Monday.",
    "On Saturday the Drovnik police detained four men suspected of having broken into the vaults of a jewellery "
    "wholesaler and cut open three safes using a thermal lance. Police spokeswoman Major Katarina Vuletić said "
    "the gang had taken gold and gemstones with an estimated value of 2.3 million euros, some 40 percent of which "
    "has been recovered. Two of the suspects already had convictions for similar offences. The men were caught "
    "when a security guard spotted smoke rising from a ventilation shaft at around 3 a.m. On Monday they will be "
    "brought before an investigating judge.",
    errors=[E("some 40 percent", "number", "major", "around 60 percent"),
            OM("similar offences", "in neighbouring countries", "minor")],
    traps=[T("gold and gemstones", "gold and precious stones"),
           T("at around 3 a.m.", "at about three in the morning")])

add("ski patrols", "translation",
    "The ski patrol of the Valgrande resort carried out 412 rescue operations during the winter season that "
    "ended on 21 April, 15 percent more than the previous year, the resort's management said in a statement. "
    "Most of the interventions concerned knee and wrist injuries on the blue and red runs, while 23 skiers had to "
    "be transported by helicopter. The head of the patrol, Marco Dellafiore, attributed the increase to the "
    "exceptional snowfall in February, which brought a record number of visitors. The patrol, which has 36 "
    "members, will receive two new snowmobiles next season. The management also announced that off-piste skiing "
    "in the Corno Basso sector will remain prohibited.",
    "Valgrande's ski patrol performed 412 rescues over the winter season, which closed on 21 April, an increase "
    "of 15% on the year before, according to a statement from the resort's management. Injuries to knees and "
    "wrists on blue and red pistes accounted for the bulk of the call-outs, and 23 skiers needed to be airlifted "
    "by helicopter. Patrol chief Marco Dellafiore put the rise down to exceptionally heavy snow in February, "
    "which attracted record visitor numbers. Next season the 36-strong patrol will get two new snowmobiles. "
    "Skiing off-piste in the Corno Basso area will continue to be banned, management also said.",
    traps=[T("an increase of 15% on the year before", "15 percent more than the previous year"),
           T("needed to be airlifted by helicopter", "had to be transported by helicopter"),
           T("put the rise down to", "attributed the increase to"),
           T("the 36-strong patrol", "The patrol, which has 36 members"),
           T("will continue to be banned", "will remain prohibited")])

add("armoured cars", "translation",
    "Gunmen attacked an armoured car belonging to the security company Transvalor on the motorway between Lérac "
    "and Saint-Omble on Tuesday morning, making off with several cash boxes, the gendarmerie said. The two "
    "guards were unharmed. According to investigators, at least five attackers blocked the road with a burning "
    "lorry before forcing open the rear doors of the vehicle with explosives. The amount stolen has not been "
    "disclosed. The attackers fled in two cars that were found burnt out a few hours later near the village of "
    "Montbrise. The regional prosecutor, Hélène Garrigou, has opened an investigation for armed robbery by an "
    "organised gang.",
    "On Tuesday morning, armed men attacked an armoured van of the security firm Transvalor on the Lérac to "
    "Saint-Omble motorway and got away with a number of cash boxes, according to the gendarmerie. Neither of the "
    "two guards was hurt. Investigators say no fewer than five assailants blocked the carriageway with a lorry "
    "they had set on fire, then used explosives to blow open the back doors of the van. How much was taken has "
    "not been revealed. The robbers escaped in two cars, which were discovered burnt out a few hours afterwards "
    "close to the village of Lérac. Regional prosecutor Hélène Garrigou has opened an inquiry into armed robbery "
    "by an organised gang.",
    errors=[E("Lérac", "entity", "minor", "Montbrise", occ=1)],
    traps=[T("Neither of the two guards was hurt", "The two guards were unharmed"),
           T("no fewer than five assailants", "at least five attackers"),
           T("How much was taken has not been revealed", "The amount stolen has not been disclosed")])

add("smokejumpers", "translation",
    "A team of 18 smokejumpers was parachuted on Sunday into a remote area of the Serra Escura national park to "
    "contain a forest fire that had already burned about 1,200 hectares, the civil protection agency reported. "
    "The fire, which started on Friday, probably from a lightning strike, was threatening a protected stand of "
    "ancient cork oaks. The jumpers, supported by two water-bombing aircraft, managed to open a firebreak four "
    "kilometres long by the evening. Agency commander Rui Albuquerque said the fire was not yet under control but "
    "that its spread had slowed considerably. No homes are at risk, and no injuries have been reported.",
    "Eighteen smokejumpers were dropped by parachute on Sunday into an isolated part of Serra Escura national "
    "park to hold back a wildfire that had by then consumed roughly 1,200 hectares, civil protection said. Most "
    "likely caused by lightning, the blaze broke out on Friday and was endangering a protected grove of "
    "centuries-old cork oaks. With the help of two firefighting planes dropping water, the jumpers had cut a 4 "
    "km firebreak by nightfall. The fire is still not under control, the agency's commander Rui Albuquerque "
    "said, though it is spreading much more slowly. No houses are threatened and there are no reports of anyone "
    "hurt.",
    traps=[T("roughly 1,200 hectares", "about 1,200 hectares"),
           T("Most likely caused by lightning", "probably from a lightning strike"),
           T("two firefighting planes dropping water", "two water-bombing aircraft"),
           T("a 4 km firebreak", "a firebreak four kilometres long"),
           T("No houses are threatened", "No homes are at risk")])

add("telegraph archives", "translation",
    "The national postal museum in Valdenstadt has completed the digitisation of its telegraph archive, some "
    "1.8 million telegrams sent between 1865 and 1974, the museum said on Thursday. The collection, which "
    "includes messages from both world wars, will be searchable online from 1 December. Access will be free of "
    "charge, and users will not need to register. Researchers will be able to search by date, place and sender, "
    "but not by the text of the telegrams, because the handwriting recognition software was not reliable enough. "
    "Director Anneliese Korbach said the project had taken six years and cost 3.4 million euros, most of it "
    "funded by a federal grant. The original telegrams will be moved to a climate-controlled depot outside the "
    "city.",
    "The Valdenstadt national postal museum announced on Thursday that it had finished digitising its telegraph "
    "archive, roughly 1.8 million telegrams dispatched from 1865 to 1974. From 1 December the collection, which "
    "contains messages from both world wars, can be searched online. It will cost nothing to use, but users will "
    "need to register. Searches will be possible by date, place and sender, though not by the wording of the "
    "telegrams, since the handwriting recognition software was insufficiently reliable. According to director "
    "Anneliese Korbach, the project lasted six years and cost 3.4 million euros, the greater part paid for by a "
    "federal grant. The original telegrams are to be transferred to a climate-controlled storage facility "
    "outside the city.",
    errors=[E("users will need to register", "polarity", "critical", "users will not need to register")],
    traps=[T("roughly 1.8 million", "some 1.8 million"),
           T("insufficiently reliable", "not reliable enough"),
           T("the greater part paid for by a federal grant", "most of it funded by a federal grant")])

add("plasterers", "translation",
    "The regional federation of plasterers and painters signed an agreement with employers on Monday raising "
    "minimum hourly wages by 4.5 percent from 1 March. The deal, reached after three weeks of negotiations, also "
    "provides for an additional day of paid leave for workers over 55 and a bonus of 300 euros for apprentices "
    "who complete their training. Federation secretary Lorenzo Baldacci described the agreement as "
    "\"balanced\", while the employers' association warned that some small firms might have to pass the costs "
    "on to customers. The agreement covers about 11,000 workers in the region and runs until the end of 2026.",
    "On Monday the regional federation of plasterers and painters and the employers signed an accord under which "
    "minimum hourly pay will go up by 4.5% as of 1 March. Concluded after three weeks of talks, the agreement "
    "further grants workers aged over 55 one extra day of paid holiday and gives apprentices who finish their "
    "training a 300-euro bonus. Lorenzo Baldacci, secretary of the federation, called the deal \"balanced\"; the "
    "employers' association, for its part, cautioned that certain small businesses may need to pass the costs "
    "on to their customers. Roughly 11,000 workers in the region are covered by the agreement, which is valid "
    "until the end of 2026.",
    traps=[T("4.5%", "4.5 percent"),
           T("as of 1 March", "from 1 March"),
           T("one extra day of paid holiday", "an additional day of paid leave"),
           T("may need to pass the costs on", "might have to pass the costs on"),
           T("Roughly 11,000", "about 11,000")])

add("woodworm", "translation",
    "The parish church of Santa Lucia in Montevarchino will close for at least eight months from January so that "
    "its wooden ceiling, which has been badly damaged by woodworm, can be treated and restored, the diocese said. "
    "Experts found that about a third of the beams of the sixteenth-century coffered ceiling had been attacked "
    "by the larvae. The beams will be treated with a low-oxygen fumigation method that avoids the use of "
    "chemicals. The church's eighteenth-century organ, which was not affected, will be covered and sealed during "
    "the work. The work will cost 620,000 euros, of which the diocese will pay half and the regional government "
    "the rest. During the closure, Masses will be celebrated in the nearby oratory of San Rocco.",
    "The diocese announced that the parish church of Santa Lucia in Montevarchino will be shut from January for "
    "no less than eight months, to allow its wooden ceiling, seriously damaged by woodworm, to be treated and "
    "restored. Specialists established that roughly one third of the beams in the coffered ceiling, which dates "
    "from the 1500s, had been attacked by the larvae. The beams are to be treated with a fumigation method based "
    "on low oxygen, a fumigation method based on low oxygen, which does not require chemicals. The church's "
    "18th-century organ, which was not affected, will be dismantled and put into storage during the work. The "
    "cost of 620,000 euros will be split equally between the diocese and the regional government. While the "
    "church is closed, Mass will be said at the nearby oratory of San Rocco.",
    errors=[E("a fumigation method based on low oxygen", "repetition", "minor", None, occ=1),
            E("will be dismantled and put into storage", "event", "major", "will be covered and sealed")],
    traps=[T("no less than eight months", "at least eight months"),
           T("which dates from the 1500s", "sixteenth-century"),
           T("split equally between the diocese and the regional government",
             "of which the diocese will pay half and the regional government the rest")])

add("button makers", "translation",
    "The button factory Bottonificio Arcelli, founded in 1921 in the town of Pievenera, has been acquired by the "
    "French fashion group Maison Dorlane, the two companies announced on Friday. The financial terms were not "
    "disclosed. Arcelli, which employs 85 people and makes buttons from horn, corozo nut and mother-of-pearl for "
    "luxury brands, will keep its name and its production site. Chief executive Silvia Arcelli, the founder's "
    "great-granddaughter, will remain in charge for at least three years. Dorlane said it planned to invest 5 "
    "million euros in the plant, mainly to modernise the dyeing department, and to hire around 20 additional "
    "workers.",
    "Maison Dorlane, the French fashion group, has bought the button maker Bottonificio Arcelli, established in "
    "1921 in the town of Pievenera, the two firms said on Friday, without revealing the financial details. "
    "Arcelli, whose 85 employees produce horn, corozo-nut and mother-of-pearl buttons for luxury labels, will "
    "retain both its name and its factory. Silvia Arcelli, great-granddaughter of the founder, will stay on as "
    "chief executive for a minimum of three years. Dorlane intends to put 5 million euros into the plant, "
    "chiefly to upgrade the dyeing department, and to take on some 20 more workers.",
    traps=[T("without revealing the financial details", "The financial terms were not disclosed"),
           T("whose 85 employees produce", "which employs 85 people and makes"),
           T("for a minimum of three years", "for at least three years"),
           T("chiefly to upgrade the dyeing department", "mainly to modernise the dyeing department"),
           T("take on some 20 more workers", "hire around 20 additional workers")])

add("chainmail", "translation",
    "A chainmail shirt found during excavations at the castle of Hradov has been dated to the early thirteenth "
    "century, making it one of the oldest complete examples in Central Europe, the regional archaeological "
    "institute said on Tuesday. The shirt, made of about 25,000 riveted iron rings, was discovered last autumn "
    "in a collapsed cellar. According to conservator Pavel Ondrášek, the rings will take at least a year to "
    "stabilise. The institute's director, Dr Jana Vysloužilová, said the find suggested that the castle was "
    "built decades earlier than historians had assumed. The shirt will be displayed at the Hradov museum after "
    "conservation.",
    "Excavations at Hradov castle have yielded a chainmail shirt dating from the early 13th century, which makes "
    "it one of the oldest complete specimens in Central Europe, the regional institute of archaeology reported "
    "on Tuesday. Consisting of roughly 25,000 riveted iron rings, the shirt was found last autumn in a cellar "
    "that had caved in. Stabilising the rings will take at least a year, said the conservator Pavel Ondrášek. "
    "The conservator also said the find indicates that the castle was built decades earlier than historians had "
    "believed. After conservation, the shirt will go on display in the Hradov museum.",
    errors=[E("The conservator", "attribution", "major", "The institute's director, Dr Jana Vysloužilová")],
    traps=[T("roughly 25,000", "about 25,000"),
           T("a cellar that had caved in", "a collapsed cellar"),
           T("will go on display", "will be displayed")])

# ---------------------------------------------------------------- build and validate
EXPECTED_TYPES = {"entity": 3, "number": 3, "date": 3, "role": 3, "polarity": 3, "modality": 3,
                  "attribution": 3, "event": 3, "omission": 2, "addition": 2, "repetition": 2}


class CheckError(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise CheckError(msg)


def find_occ(hay, needle, occ, what):
    need(needle, "%s: empty search text" % what)
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        need(pos >= 0, "%s: %r occurrence %d not found" % (what, needle, occ))
    return pos


def cuts_word(s, i):
    return 0 < i < len(s) and s[i - 1].isalnum() and s[i].isalnum()


def n_words(s):
    return len(s.split())


def build_record(idx, case):
    rid = "s%d-%03d" % (N, idx)
    ref, cand, mode = case["reference"], case["candidate"], case["mode"]
    need(mode in ("rewrite", "summary", "translation"), "%s: bad mode" % rid)
    need(case["domain"] in DOMAINS, "%s: domain not in list" % rid)
    need(70 <= n_words(ref) <= 190, "%s: reference has %d words" % (rid, n_words(ref)))
    need(ref != cand, "%s: candidate equals reference" % rid)
    for s in (ref, cand):
        need(s == s.strip() and "  " not in s, "%s: stray whitespace" % rid)
    if mode == "summary":
        need(len(cand) < len(ref) and n_words(cand) < n_words(ref), "%s: summary not shorter" % rid)
    label = "inconsistent" if case["errors"] else "consistent"
    spans = []
    errors = []
    for e in case["errors"]:
        t = e["type"]
        need(t in ERROR_TYPES, "%s: bad type %r" % (rid, t))
        need(e["sev"] in SEVERITIES, "%s: bad severity" % rid)
        if t == "omission":
            need(mode != "summary", "%s: omission in a summary" % rid)
            a = find_occ(cand, e["after"], e["occ"], rid + " omission anchor")
            start = end = a + len(e["after"])
            need(not cuts_word(cand, start), "%s: omission point inside a word" % rid)
            need(e["ref"] and e["ref"] in ref, "%s: omission ref_text not in reference" % rid)
            need(e["ref"].lower() not in cand.lower(), "%s: omitted words present in candidate" % rid)
            text, ref_text = "", e["ref"]
        else:
            text = e["text"]
            start = find_occ(cand, text, e["occ"], rid + " error")
            end = start + len(text)
            need(text == text.strip(), "%s: error span has edge whitespace" % rid)
            need(not cuts_word(cand, start) and not cuts_word(cand, end), "%s: error span cuts a word: %r" % (rid, text))
            if t in ("addition", "repetition"):
                need(e["ref"] is None, "%s: %s must have null ref_text" % (rid, t))
                ref_text = None
                if t == "repetition":
                    need(cand.find(text) < start, "%s: repetition has no earlier copy" % rid)
                else:
                    need(text not in ref, "%s: addition text appears in reference" % rid)
            else:
                need(e["ref"] and e["ref"] in ref, "%s: ref_text %r not in reference" % (rid, e["ref"]))
                need(e["ref"] != text, "%s: error text equals ref_text" % rid)
                ref_text = e["ref"]
        errors.append({"start": start, "end": end, "text": text, "type": t,
                       "severity": e["sev"], "ref_text": ref_text})
        spans.append((start, end, "error"))
    traps = []
    for tr in case["traps"]:
        start = find_occ(cand, tr["text"], tr["occ"], rid + " trap")
        end = start + len(tr["text"])
        need(tr["text"] == tr["text"].strip(), "%s: trap has edge whitespace" % rid)
        need(not cuts_word(cand, start) and not cuts_word(cand, end), "%s: trap cuts a word: %r" % (rid, tr["text"]))
        need(tr["ref"] in ref, "%s: trap ref_text %r not in reference" % (rid, tr["ref"]))
        need(tr["ref"] != tr["text"], "%s: trap identical to reference wording" % rid)
        traps.append({"start": start, "end": end, "text": tr["text"], "ref_text": tr["ref"]})
        spans.append((start, end, "trap"))
    # no overlaps (a zero-width omission may not sit strictly inside another span)
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            a, b = spans[i], spans[j]
            if a[0] == a[1] or b[0] == b[1]:
                z, o = (a, b) if a[0] == a[1] else (b, a)
                need(not (o[0] < z[0] < o[1]), "%s: omission inside a span" % rid)
            else:
                need(a[1] <= b[0] or b[1] <= a[0], "%s: overlapping spans" % rid)
    if label == "consistent":
        need(3 <= len(traps) <= 5, "%s: consistent pair needs 3-5 traps" % rid)
    else:
        need(1 <= len(errors) <= 2, "%s: inconsistent pair needs 1-2 errors" % rid)
        need(len(traps) <= 3, "%s: inconsistent pair has too many traps" % rid)
    for x in errors + traps:
        need(cand[x["start"]:x["end"]] == x["text"], "%s: offset mismatch" % rid)
    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: x["start"])
    return {"id": rid, "domain": case["domain"], "mode": mode, "reference": ref,
            "candidate": cand, "label": label, "errors": errors, "traps": traps}


def build():
    need(len(CASES) == 40, "expected 40 cases, got %d" % len(CASES))
    recs = [build_record(i + 1, c) for i, c in enumerate(CASES)]
    need(sorted(r["domain"] for r in recs) == sorted(DOMAINS), "domains must be the 40 listed, each once")
    for mode, n in (("rewrite", 20), ("summary", 10), ("translation", 10)):
        m = [r for r in recs if r["mode"] == mode]
        need(len(m) == n, "mode %s: %d pairs" % (mode, len(m)))
        need(sum(r["label"] == "consistent" for r in m) == n // 2, "mode %s not half consistent" % mode)
    types = {}
    for r in recs:
        for e in r["errors"]:
            types[e["type"]] = types.get(e["type"], 0) + 1
    need(sum(types.values()) == 30, "expected 30 errors, got %d" % sum(types.values()))
    need(all(types.get(t, 0) >= 2 for t in ERROR_TYPES), "each error type needs at least 2")
    need(types == EXPECTED_TYPES, "error types differ from docstring: %r" % types)
    return recs


def summary_counts(recs):
    out = {"pairs": len(recs), "mode": {}, "label": {}, "mode_label": {}, "error_type": {},
           "severity": {}, "traps": sum(len(r["traps"]) for r in recs)}
    for r in recs:
        out["mode"][r["mode"]] = out["mode"].get(r["mode"], 0) + 1
        out["label"][r["label"]] = out["label"].get(r["label"], 0) + 1
        k = r["mode"] + "/" + r["label"]
        out["mode_label"][k] = out["mode_label"].get(k, 0) + 1
        for e in r["errors"]:
            out["error_type"][e["type"]] = out["error_type"].get(e["type"], 0) + 1
            out["severity"][e["severity"]] = out["severity"].get(e["severity"], 0) + 1
    return out


def main(argv):
    try:
        recs = build()
    except CheckError as exc:
        print("VALIDATION FAILED: %s" % exc, file=sys.stderr)
        return 1
    print(json.dumps(summary_counts(recs), indent=1, sort_keys=True))
    if "--check" in argv:
        print("check only: all %d records valid, nothing written" % len(recs))
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), OUT_PATH))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
