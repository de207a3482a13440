#!/usr/bin/env python3
"""Held-out evaluation set 82 for the fact-comparison tool.

How it was made: every pair below was hand-written by a helper that saw no code
or data of the project, working only from a written brief. All people,
companies, organisations, places and figures are invented (real countries
appear only as background). Character offsets are never typed by hand: the
script finds each quoted span in the candidate by string search (with an
occurrence index where a quoted text repeats), validates everything, and writes
set82.jsonl next to this script.  `python3 make_set82.py --check` validates only
and writes nothing.

Composition (40 pairs, each from a different domain):
  * modes: 20 rewrite, 10 summary, 10 translation; half of each consistent
  * labels: 20 consistent, 20 inconsistent
  * 30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with
    two): entity 3, number 4, date 3, role 3, polarity 3, modality 3,
    attribution 2, event 3, omission 2, addition 2, repetition 2
  * omissions only in rewrite and translation pairs
  * consistent pairs carry 3-5 traps (faithful rewordings), inconsistent 0-3
  * references 70-190 words in news/agency/corporate/official register;
    summaries are shorter than their references; translation pairs are two
    independent English renderings of the same non-English story.
"""
import json
import os
import re
import sys

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]

CASES = []


def E(text, etype, severity, ref, occ=0):
    """An error span: `text` is quoted from the candidate (occurrence `occ`)."""
    return {"text": text, "type": etype, "severity": severity,
            "ref_text": ref, "occ": occ}


def OM(anchor, ref, severity, side="after", occ=0):
    """An omission: zero-width point just after (or before) `anchor`."""
    return {"text": "", "type": "omission", "severity": severity,
            "ref_text": ref, "anchor": anchor, "side": side, "occ": occ}


def T(text, ref, occ=0):
    """A trap: faithful rewording `text` of reference wording `ref`."""
    return {"text": text, "ref_text": ref, "occ": occ}


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------------------
# Rewrites, consistent
# ---------------------------------------------------------------------------
case("trolleybus networks", "rewrite", "consistent",
     """Harrowgate Valley Transport said on Monday that it will extend its trolleybus network by 14 kilometres, adding two new routes to the eastern suburbs of Kelsmoor. The £86 million project, funded jointly by the regional council and the national infrastructure bank, is expected to be completed by the spring of 2027. Chief executive Miriam Oduya said the extension would bring an estimated 40,000 residents within 500 metres of a trolleybus stop. Construction of the overhead wiring is due to begin in September, and the operator has ordered 22 battery-assisted vehicles from the Czech manufacturer Vranek Motors. Opposition councillors have questioned whether ridership forecasts are realistic, but the council said demand modelling had been reviewed independently.""",
     """Kelsmoor's eastern suburbs will be served by two new trolleybus routes after Harrowgate Valley Transport announced on Monday a 14km extension of its network. The regional council and the national infrastructure bank are sharing the cost of the £86m scheme, which is likely to be finished by spring 2027. According to chief executive Miriam Oduya, some 40,000 people would then live within half a kilometre of a stop. Work on the overhead wires is scheduled to start in September, and 22 battery-assisted trolleybuses have been ordered from Czech builder Vranek Motors. Opposition councillors have queried whether the passenger forecasts are realistic, but the council said the demand modelling had been independently reviewed.""",
     traps=[T("14km", "14 kilometres"),
            T("£86m", "£86 million"),
            T("is likely to be finished", "is expected to be completed"),
            T("half a kilometre", "500 metres")])

case("stained glass windows", "rewrite", "consistent",
     """The restoration of the medieval east window at St Aldric's Church in Wenbury has been completed after 18 months of work, the diocese announced on Thursday. The window, which contains 312 individual panels, was removed in March 2023 after surveyors found that its lead framework was buckling. Conservators at the Fenwright Glass Studio cleaned and re-leaded every panel, replacing only 11 that were too badly cracked to be saved. The £640,000 cost was met largely by a heritage lottery grant, with the remainder raised by parishioners. The window will be rededicated at a service on 6 October, and the church will open to visitors free of charge for the following week.""",
     """Work to restore the medieval east window of St Aldric's Church, Wenbury, has finished after a year and a half, the diocese said on Thursday. The window, made up of 312 separate panels, was taken out in March 2023 once surveyors had found its lead framework buckling. Every panel was cleaned and re-leaded by conservators from Fenwright Glass Studio; just 11, which were cracked beyond saving, had to be replaced. Most of the £640,000 bill was covered by a heritage lottery grant and parishioners raised the rest. A service to rededicate the window will take place on 6 October, after which visitors will be able to enter the church without charge for a week.""",
     traps=[T("a year and a half", "18 months"),
            T("taken out", "removed"),
            T("Most of the £640,000 bill was covered by", "was met largely by"),
            T("without charge", "free of charge")])

case("parish newsletters", "rewrite", "consistent",
     """The parish council of Little Hemsford will stop printing its quarterly newsletter from January and publish it only online, saving an estimated £2,300 a year. Council chair Dorothy Pelham said printing and postage costs had risen by almost a third since 2021, while fewer than 200 of the village's 1,150 households had said they still wanted a paper copy. Residents without internet access will be able to collect printed copies from the post office and the village library. The decision was approved by six votes to three at Tuesday's meeting. Two councillors who voted against it said older residents risked being cut off from local news, and asked for the change to be reviewed after twelve months.""",
     """From January, Little Hemsford parish council will publish its quarterly newsletter online only, ending the printed edition in a move expected to save around £2,300 annually. Printing and postage had become nearly 33% more expensive since 2021, chair Dorothy Pelham said, and under 200 of the 1,150 households in the village had said they still wanted a paper version. Printed copies will remain available at the post office and village library for residents who have no internet access. Councillors backed the plan 6-3 on Tuesday. Two of the three who opposed it warned that older residents could be cut off from local news and called for the change to be reviewed after a year.""",
     traps=[T("around £2,300 annually", "an estimated £2,300 a year"),
            T("nearly 33%", "almost a third"),
            T("under 200", "fewer than 200"),
            T("6-3", "six votes to three"),
            T("after a year", "after twelve months")])

case("hay fever clinics", "rewrite", "consistent",
     """Northfield Health Trust will open three specialist hay fever clinics this spring in response to record pollen counts last summer, its medical director said on Wednesday. Dr Samuel Achterberg said the clinics, based in Ashby, Corran and Meldon, would each offer up to 60 appointments a week between April and August. Patients will need a referral from their GP, and priority will be given to children and to adults whose symptoms have not responded to over-the-counter treatment. The trust estimates that the service will cost £410,000 in its first year. Local GP practices reported a 27 per cent rise in consultations for severe allergic rhinitis in 2024 compared with the previous year.""",
     """Three specialist hay fever clinics are to be opened this spring by Northfield Health Trust after last summer's record pollen counts, medical director Dr Samuel Achterberg announced on Wednesday. Located in Ashby, Corran and Meldon, each clinic will provide as many as 60 appointments weekly from April to August. Access will be by GP referral only, with children, and adults whose symptoms have not improved with over-the-counter medicines, given priority. The first year of the service is expected to cost £410,000, according to trust estimates. In 2024, consultations for severe allergic rhinitis at local GP practices were up 27% on 2023.""",
     traps=[T("as many as 60 appointments weekly", "up to 60 appointments a week"),
            T("from April to August", "between April and August"),
            T("27%", "27 per cent"),
            T("on 2023", "compared with the previous year")])

case("brass instrument makers", "rewrite", "consistent",
     """Corvell & Sons, one of the last family-owned brass instrument makers in the country, has been bought by the Danish music group Holmstrand for an undisclosed sum. The Easterby-based firm, founded in 1887, employs 46 craftspeople and makes around 1,800 cornets, trombones and tenor horns a year. Holmstrand said it had no plans to move production and would invest €3 million in new tooling over the next three years. Managing director Eleanor Corvell, the founder's great-great-granddaughter, will remain in her post until at least the end of 2026. Union representatives welcomed the commitment to keep the workshop open but said they would seek written guarantees on jobs.""",
     """Danish music group Holmstrand has acquired Corvell & Sons, among the last family-run brass instrument makers in the country, for a sum that was not disclosed. Established in 1887 and based in Easterby, Corvell employs 46 craftspeople who produce roughly 1,800 cornets, trombones and tenor horns annually. The new owner said it did not plan to relocate production and would spend €3m on new tooling over the next three years. Eleanor Corvell, great-great-granddaughter of the founder, is to stay on as managing director until the end of 2026 at the earliest. Union representatives welcomed the pledge to keep the workshop open, but said they would push for written job guarantees.""",
     traps=[T("for a sum that was not disclosed", "for an undisclosed sum"),
            T("did not plan to relocate production", "had no plans to move production"),
            T("€3m", "€3 million"),
            T("until the end of 2026 at the earliest", "until at least the end of 2026")])

case("sea shanty choirs", "rewrite", "consistent",
     """The Port Carrow Shanty Men, a 38-strong choir formed by retired fishermen in 2009, have won the folk category at the International Maritime Song Festival in Saint-Mével. The choir beat 17 other groups from nine countries with a set of four traditional working songs, including a rarely performed capstan shanty collected in Port Carrow in the 1890s. Musical director Alan Treweek said the win was "the proudest moment in the choir's history". The group, which has raised more than £120,000 for the lifeboat service through concerts, will perform at a homecoming event on Port Carrow quay on Saturday 14 June. Entry is free, but donations will be collected.""",
     """A choir set up by retired fishermen in 2009, the 38-member Port Carrow Shanty Men, has taken first place in the folk category of the International Maritime Song Festival in Saint-Mével. Up against 17 other groups from nine countries, they sang four traditional work songs, among them a seldom-performed capstan shanty that was collected in Port Carrow in the 1890s. "The proudest moment in the choir's history," was how musical director Alan Treweek described the victory. The choir has raised over £120,000 for the lifeboat service from its concerts and will give a homecoming performance on Port Carrow quay on Saturday 14 June, where admission will be free, although donations will be collected.""",
     traps=[T("38-member", "38-strong"),
            T("has taken first place in", "have won"),
            T("over £120,000", "more than £120,000"),
            T("admission will be free", "Entry is free")])

case("fire brigade museums", "rewrite", "consistent",
     """The Dunmore Fire Brigade Museum will close for ten weeks from 3 February so that its 1920s engine hall can be rewired and a new heating system installed, the county council said. The museum, housed in a former fire station, attracted 21,500 visitors last year, a record. Its collection includes a horse-drawn steam pump built in 1894 and more than 600 helmets from brigades around the world. Curator Priya Venn said the work was "long overdue" and that the museum's volunteers would use the closure to catalogue items held in storage. The museum is expected to reopen in mid-April, ahead of the Easter school holidays.""",
     """Rewiring of the 1920s engine hall and installation of a new heating system will keep the Dunmore Fire Brigade Museum shut for ten weeks starting on 3 February, according to the county council. Last year the museum, which occupies an old fire station, welcomed a record 21,500 visitors. Among its exhibits are an 1894 horse-drawn steam pump and over 600 helmets from brigades worldwide. Describing the work as "long overdue", curator Priya Venn said the museum's volunteers would spend the closure cataloguing items in storage. Reopening should take place in mid-April, before the Easter school holidays.""",
     traps=[T("shut", "close"),
            T("an 1894 horse-drawn steam pump", "a horse-drawn steam pump built in 1894"),
            T("over 600 helmets", "more than 600 helmets"),
            T("Reopening should take place in mid-April", "is expected to reopen in mid-April")])

case("rare breed pigs", "rewrite", "consistent",
     """The number of registered breeding sows of the Lindham Saddleback, one of the country's rarest pig breeds, has risen to 214, up from 131 five years ago, according to the Rare Livestock Conservancy. The charity said the recovery was due mainly to a grant scheme that pays smallholders £150 for each pedigree litter registered. However, it warned that the breed remains on its 'at risk' list because nearly half of the sows are descended from just three boar lines. The conservancy plans to import frozen semen from a herd kept in New Zealand next year to widen the gene pool. Its director, Hamish Oakley, said the breed was 'not out of the woods yet'.""",
     """The Rare Livestock Conservancy says there are now 214 registered breeding sows of the Lindham Saddleback, one of the rarest pig breeds in the country, compared with 131 five years ago. The increase has mostly been driven by a grant scheme under which smallholders receive £150 for every pedigree litter they register, the charity said. It cautioned, though, that the breed is still on its 'at risk' list, since almost 50% of the sows trace back to only three boar lines. To broaden the gene pool, the conservancy intends to bring in frozen semen next year from a herd in New Zealand. The breed was 'not out of the woods yet', director Hamish Oakley said.""",
     traps=[T("compared with 131", "up from 131"),
            T("mostly been driven by", "due mainly to"),
            T("almost 50%", "nearly half"),
            T("trace back to only", "are descended from just"),
            T("intends to bring in", "plans to import")])

case("heritage orchards", "rewrite", "consistent",
     """Volunteers have planted 140 apple and pear trees at Cresswell Farm near Oakhurst, recreating an orchard that was grubbed up in the 1960s. The trees, grafted from cuttings of 35 local varieties, were supplied by the Marcher Fruit Trust, which has spent a decade tracking down surviving specimens in old gardens and hedgerows. Trust secretary Jonathan Reese said at least six of the varieties had been thought extinct until they were rediscovered. The orchard is not expected to produce a full crop for around eight years. The landowner has agreed to keep the site as an orchard for 50 years, and a community group will manage it.""",
     """An orchard grubbed up in the 1960s has been recreated at Cresswell Farm, near Oakhurst, where volunteers have put in 140 apple and pear trees. The Marcher Fruit Trust, which has spent ten years searching old gardens and hedgerows for surviving specimens, provided the trees, grafted from cuttings of 35 local varieties. No fewer than six of these varieties had been believed extinct before their rediscovery, according to trust secretary Jonathan Reese. A full crop is unlikely for roughly eight years. A community group will run the site, which the landowner has undertaken to keep as an orchard for half a century.""",
     traps=[T("ten years", "a decade"),
            T("No fewer than six", "at least six"),
            T("A full crop is unlikely for roughly eight years",
              "is not expected to produce a full crop for around eight years"),
            T("half a century", "50 years")])

case("model aircraft clubs", "rewrite", "consistent",
     """The Brackley Vale Model Flying Club has been granted permission to continue using its airfield at Tolham Common after a two-year dispute with neighbours over noise. Under the agreement reached with the district council, members may fly petrol-engined models only between 10am and 4pm on Saturdays, while electric models can be flown on any day of the week. The club, which has 96 members, must also keep a log of every flight and install a noise monitor at the edge of the field. Club secretary Graham Lusk said the conditions were 'tough but fair'. A resident who had campaigned against the club said she would wait to see whether the rules were enforced.""",
     """After two years of arguments with neighbours about noise, the Brackley Vale Model Flying Club has been allowed to go on using its Tolham Common airfield. The deal struck with the district council restricts petrol-engined models to Saturdays from 10:00 to 16:00, but electric ones may fly seven days a week. The 96-member club will also have to record each flight in a log and put a noise monitor at the field's edge. Secretary Graham Lusk described the terms as 'tough but fair', while a resident who had campaigned against the club said she would wait and see if the rules were enforced.""",
     traps=[T("After two years of arguments", "after a two-year dispute"),
            T("from 10:00 to 16:00", "between 10am and 4pm"),
            T("seven days a week", "on any day of the week"),
            T("96-member", "which has 96 members")])

# ---------------------------------------------------------------------------
# Rewrites, inconsistent
# ---------------------------------------------------------------------------
case("subtitling studios", "rewrite", "inconsistent",
     """Lumen Caption Works, a subtitling studio based in Farrowdale, is to create 85 jobs after winning a three-year contract to subtitle and translate programmes for the streaming service Vistaplay. The company, which currently employs 140 people, said most of the new posts would be for translators working in Spanish, Portuguese and Polish. Chief executive Ruth Hanley said the contract, worth about £9 million, was the largest in the studio's 22-year history. Recruitment will begin next month, and the company expects all positions to be filled by the end of March. The studio also plans to open a training academy for junior subtitlers in partnership with Farrowdale College.""",
     """Farrowdale subtitling studio Lumen Caption Works will hire 85 people after securing a three-year deal to subtitle and translate programmes for streaming service Vistaplay, a move that will take the workforce to 140. Most of the new roles will go to translators working in Spanish and Polish, the company said. The contract, worth around £9m, is the biggest in the studio's 22 years, according to chief executive Ruth Hanley. Hiring starts next month, and the company expects all positions to be filled by the end of March. A training academy for junior subtitlers is also planned, in partnership with Farrowdale College.""",
     errors=[E("take the workforce to 140", "number", "major", "currently employs 140 people"),
             OM("working in Spanish", "Portuguese", "minor")],
     traps=[T("around £9m", "about £9 million"),
            T("will hire 85 people", "is to create 85 jobs")])

case("lock picking sport", "rewrite", "inconsistent",
     """Fourteen-year-old Tamsin Orley has become the youngest winner of the national sport lock picking championship, defeating the three-time champion Victor Mallin in the final in Carnford on Sunday. Orley opened a six-pin padlock in 41 seconds, eight seconds faster than Mallin. The competition, organised by the Locksport Guild, drew 64 entrants, more than double the number last year. The guild stresses that members may only pick locks they own or have permission to open, and all locks used in competition are supplied by the organisers. Orley, who took up the hobby two years ago, will represent the guild at a European event in Velmont in October.""",
     """Tamsin Orley, 14, beat three-time champion Victor Mallin in Sunday's final in Carnford to become the youngest winner of the national sport lock picking championship. In the final, Mallin needed 41 seconds to open a six-pin padlock, eight seconds quicker than Orley. There were 64 entrants in the competition, which is run by the Locksport Guild — more than twice as many as last year. Members may pick only locks they own or are permitted to open, the guild stresses, and organisers provide all locks used in competition. Orley took up the hobby two years ago and will represent the guild at a European event in Velmont in October.""",
     errors=[E("Mallin needed 41 seconds to open a six-pin padlock, eight seconds quicker than Orley",
               "role", "major",
               "Orley opened a six-pin padlock in 41 seconds, eight seconds faster than Mallin")],
     traps=[T("Tamsin Orley, 14", "Fourteen-year-old Tamsin Orley"),
            T("more than twice as many as last year", "more than double the number last year")])

case("planetarium shows", "rewrite", "inconsistent",
     """The Halden Science Centre will launch a new planetarium show about the search for life on other planets on 21 March, after a £1.3 million upgrade of its projection system. The 35-minute show, narrated by astronomer Dr Leah Ambrose, was produced with data supplied by the Kestrel Observatory. Tickets will cost £8.50 for adults and £5 for children, and school groups will be admitted free on weekday mornings during the first term. The centre said it may add evening screenings if demand is high. Director Martin Oyelaran said the new projectors could display up to 80 million stars, compared with 9,000 on the old system.""",
     """A new planetarium show about the search for life on other planets opens at the Halden Science Centre on 21 March, following a £1.3m upgrade to the projection system. Narrated by astronomer Dr Leah Ambrose, the 35-minute show draws on data provided by the Kestrel Observatory. Adult tickets are £8.50 and children's £5, while school groups get free entry on weekday mornings for the first month. Evening screenings will be added if demand is high, the centre said. According to director Martin Oyelaran, the new projectors can show as many as 80 million stars, against 9,000 with the old equipment.""",
     errors=[E("for the first month", "date", "major", "during the first term"),
             E("will be added", "modality", "major", "may add")],
     traps=[T("£1.3m", "£1.3 million"),
            T("as many as 80 million stars", "up to 80 million stars")])

case("quarry reclamation", "rewrite", "inconsistent",
     """Plans to turn the disused Gorse Hill quarry near Redbank into a nature reserve and public lake have been approved by the county planning committee. The quarry operator, Stanmore Aggregates, will spend £4.2 million on the project over six years, including reshaping the quarry walls and planting 30,000 native trees. Swimming will not be permitted in the lake because of deep water and cold temperatures, but a sailing club will be allowed to use it. A public footpath closed in 1998 will be reopened. The committee rejected a proposal for a 200-space car park, limiting parking to 60 spaces to reduce traffic on the narrow access lane.""",
     """The county planning committee has given the go-ahead for the former Gorse Hill quarry near Redbank to become a nature reserve and public lake. Quarry operator Stanmore Aggregates will invest £4.2m over six years, reshaping the quarry walls and planting 30,000 native trees. Swimming will be permitted in the deep, cold lake, and a sailing club will also be allowed to use the water. A public footpath that has been shut since 1998 will reopen. To limit traffic on the narrow access lane, the committee turned down a 200-space car park and capped parking at 60 spaces.""",
     errors=[E("Swimming will be permitted", "polarity", "major", "Swimming will not be permitted")],
     traps=[T("has given the go-ahead for", "have been approved by"),
            T("shut since 1998", "closed in 1998"),
            T("turned down", "rejected")])

case("bird ringing stations", "rewrite", "inconsistent",
     """Volunteers at the Skerrow Point bird ringing station fitted rings to 11,240 birds last year, the highest total since the station opened in 1971, according to its annual report. Warden Fiona Carrick said the figure was boosted by an unusually large autumn passage of goldcrests, with 2,900 caught in October alone. A reed warbler ringed at the station in 2016 was recaptured in Senegal in February, some 4,300 kilometres away. The report also notes a sharp fall in the number of swallows ringed, which the National Ornithology Council has linked to poor insect numbers during the breeding season. The station is staffed by 30 trained volunteers and relies on donations.""",
     """Last year volunteers at the Skerrow Point bird ringing station ringed 11,240 birds, more than in any year since it opened in 1971, the station's annual report shows. According to warden Fiona Carrick, an unusually big autumn movement of goldcrests pushed the total up, with 2,900 of them caught in October alone. In February a reed warbler first ringed at Skerrow Point in 2016 was caught again in Senegal, about 4,300 miles away. The report also records a steep drop in the number of swallows ringed, which Carrick linked to poor insect numbers in the breeding season. The station depends on donations and is run by 30 trained volunteers.""",
     errors=[E("4,300 miles", "number", "major", "4,300 kilometres"),
             E("Carrick linked", "attribution", "major", "the National Ornithology Council has linked")],
     traps=[T("more than in any year since", "the highest total since"),
            T("was caught again", "was recaptured")])

case("medieval fairs", "rewrite", "inconsistent",
     """The Elmbridge Medieval Fair will return to Castle Meadow on 9 and 10 August after a three-year absence, organisers confirmed on Friday. The event, which attracted about 15,000 people when it was last held, will feature jousting displays, a falconry tent and more than 80 craft and food stalls. Organiser Kate Brennock said the fair had been cancelled since 2022 because of rising insurance costs, but a sponsorship deal with local brewery Oldcastle Ales had made it viable again. Adult tickets will cost £12, with children under five admitted free. Proceeds will go towards repairs to the castle's gatehouse.""",
     """After a three-year break, the Elmbridge Medieval Fair will be back at Castle Meadow on 9 and 10 August, the organisers confirmed on Friday. Jousting displays, a falconry tent and over 80 craft and food stalls are planned for the event, which drew around 15,000 visitors the last time it took place. According to organiser Kate Brennock, the fair has not been held since 2022 because of rising insurance costs, but sponsorship from local brewery Oldcastle Ales has made it viable again. Tickets are £12 for adults, and under-fives go free. Money raised will help pay for repairs to the castle gatehouse. The Elmbridge Medieval Fair will be back at Castle Meadow on 9 and 10 August.""",
     errors=[E("Elmbridge Medieval Fair will be back at Castle Meadow on 9 and 10 August",
               "repetition", "minor", None, occ=1)],
     traps=[T("After a three-year break", "after a three-year absence"),
            T("around 15,000 visitors", "about 15,000 people"),
            T("under-fives go free", "children under five admitted free")])

case("meteorite hunters", "rewrite", "inconsistent",
     """Two amateur meteorite hunters have recovered a 1.8-kilogram fragment of the fireball that lit up the sky over the Marrow Downs on 2 November, the Dunhaven Natural History Museum said on Tuesday. Retired engineer Colin Sayer and his daughter Abi found the stone in a ploughed field near the village of Fennick after using video footage to calculate where it was likely to have fallen. The museum has confirmed that the rock is a stony chondrite and has agreed to buy it for an undisclosed sum. Curator Dr Nadia Holt said it was the largest meteorite found in the region for more than a century. It will go on display in the spring.""",
     """A 1.8kg fragment of the fireball seen over the Marrow Downs on 2 November has been found by two amateur meteorite hunters, the Fennick Natural History Museum announced on Tuesday. Colin Sayer, a retired engineer, and his daughter Abi discovered the stone in a ploughed field close to the village of Fennick after filming the fireball and working out from the footage where it had probably come down. The museum, which has confirmed the rock as a stony chondrite, has agreed to purchase it for a sum that has not been disclosed. According to curator Dr Nadia Holt, no bigger meteorite has been found in the region in over 100 years. It will be exhibited from the spring.""",
     errors=[E("Fennick Natural History Museum", "entity", "major", "Dunhaven Natural History Museum"),
             E("filming the fireball", "event", "major", "using video footage")],
     traps=[T("1.8kg", "1.8-kilogram"),
            T("no bigger meteorite has been found in the region in over 100 years",
              "the largest meteorite found in the region for more than a century")])

case("tree surgeons", "rewrite", "inconsistent",
     """A tree surgery firm has been fined £18,000 after an employee was injured when a branch fell on him during work in a park in Halsworth. Greenline Arboriculture Ltd admitted breaching health and safety rules at Halsworth Magistrates' Court on Monday. The court heard that the 24-year-old worker suffered a fractured shoulder in May 2023 after the firm failed to set up an exclusion zone beneath the tree being felled. An inspector from the Health and Safety Authority said the accident had been entirely preventable. The company was also ordered to pay £4,500 in costs. It told the court it had since retrained all its staff.""",
     """Greenline Arboriculture Ltd has been fined £18,000 after a branch fell on one of its employees during work in a Halsworth park. The company pleaded guilty to breaching health and safety rules at Halsworth Magistrates' Court on Monday. The court was told that in May 2023 the 24-year-old, who spent two weeks in hospital, broke his shoulder because the firm had not set up an exclusion zone under the tree it was felling. The accident was entirely preventable, said a Health and Safety Authority inspector. Greenline must also pay £4,500 in costs, and told the court all of its staff had since been retrained.""",
     errors=[E("who spent two weeks in hospital", "addition", "minor", None)],
     traps=[T("pleaded guilty to breaching", "admitted breaching"),
            T("broke his shoulder", "suffered a fractured shoulder")])

case("ski jump ramps", "rewrite", "inconsistent",
     """The municipality of Strelby has approved a €6.5 million plan to rebuild its ski jump, which has been closed since a storm damaged the landing slope in January 2022. The new 90-metre hill will be fitted with porcelain track and matting so that it can be used in summer as well as winter. Construction should begin in April next year, and the council hopes the ramp will be ready to host a junior international competition in February 2027. Mayor Ingrid Solvang said the jump had been a symbol of the town for 60 years. Local clubs currently travel more than 200 kilometres to train.""",
     """A €6.5m plan to rebuild Strelby's ski jump, out of use since storm damage to its landing slope in January 2022, has been approved by the municipality. Porcelain track and matting will be fitted to the new 90m hill so it can be used all year round. Construction is due to start this April, and the ramp will host a junior international competition in February 2027. The jump had been a symbol of the town for six decades, Mayor Ingrid Solvang said. At present, local clubs have to travel over 200km to train.""",
     errors=[E("this April", "date", "major", "April next year"),
             E("the ramp will host", "modality", "major",
               "the council hopes the ramp will be ready to host")],
     traps=[T("all year round", "in summer as well as winter"),
            T("six decades", "60 years"),
            T("over 200km", "more than 200 kilometres")])

case("flood sirens", "rewrite", "inconsistent",
     """The Wendle Valley flood authority will install 12 new warning sirens along the River Wendle after an independent review found that some residents did not hear the alarm during last winter's floods. The review, commissioned by the authority and carried out by engineering consultancy Halberd Partners, concluded that the existing five sirens were too far apart to cover outlying farms. The sirens will be tested on the first Monday of every month at noon. The authority will also offer free text-message alerts to all households in the flood zone. Chair Raymond Oakes said the system would not replace door-to-door warnings by emergency volunteers, which had saved lives in January.""",
     """Twelve new warning sirens are to be installed along the River Wendle by the Wendle Valley flood authority, after an independent review found that some residents had not heard the alarm in last winter's floods. The review, commissioned by engineering consultancy Halberd Partners and carried out by the authority, found that the current five sirens were spaced too widely to reach outlying farms. Tests will take place at 12pm on the first Monday of each month. Free text-message alerts will also be available to every household in the flood zone. According to chair Raymond Oakes, the system would replace door-to-door warnings by emergency volunteers, which had saved lives in January.""",
     errors=[E("commissioned by engineering consultancy Halberd Partners and carried out by the authority",
               "role", "major",
               "commissioned by the authority and carried out by engineering consultancy Halberd Partners"),
             E("would replace", "polarity", "critical", "would not replace")],
     traps=[T("spaced too widely to reach", "too far apart to cover"),
            T("at 12pm", "at noon")])

# ---------------------------------------------------------------------------
# Summaries, consistent
# ---------------------------------------------------------------------------
case("ceramic tile factories", "summary", "consistent",
     """Carradine Ceramics will close its tile factory in Burslow at the end of June, with the loss of 230 jobs, the company confirmed on Wednesday. The firm, which has made floor and wall tiles at the site since 1952, blamed a 70 per cent rise in gas prices over two years and growing competition from imports. Production will move to the company's newer plant in Stavely, 40 miles away, where 45 jobs will be created. Staff at Burslow will be offered the chance to transfer. Managing director Graham Pike said the decision was 'painful but unavoidable'. The local MP, Helen Marsh, called the closure 'a hammer blow' to the town and urged ministers to help energy-intensive industries.""",
     """Carradine Ceramics is shutting its Burslow tile factory, in operation since 1952, at the end of June, cutting 230 jobs. It blamed gas prices that have risen by 70% in two years and growing competition from imports. Output will shift to its Stavely plant, 40 miles away, which will gain 45 jobs and to which Burslow staff will be offered transfers. Local MP Helen Marsh called the closure 'a hammer blow'.""",
     traps=[T("shutting", "close"),
            T("cutting 230 jobs", "with the loss of 230 jobs"),
            T("gas prices that have risen by 70% in two years",
              "a 70 per cent rise in gas prices over two years"),
            T("Output will shift to", "Production will move to")])

case("swimming pool lifeguards", "summary", "consistent",
     """Three public swimming pools in the borough of Ashwell will cut their opening hours from next month because of a shortage of qualified lifeguards, the leisure operator Activa Trust has announced. The trust said it currently had 41 lifeguards against the 58 it needs to run all sessions safely. The pools at Ashwell Central, Dene Park and Marston will close at 7pm on weekdays instead of 9pm, and early-morning lane swimming will be reduced from five days a week to three. The trust is offering to pay the £300 cost of the lifeguard qualification for new recruits aged 16 and over, and hopes to restore full hours by the summer. Councillor Ben Adair said the situation was 'disappointing but temporary'.""",
     """From next month, a lifeguard shortage will force Activa Trust to shorten opening hours at three Ashwell pools, which will shut at 7pm rather than 9pm on weekdays and offer early-morning lane swimming on three days a week instead of five. The trust has 41 of the 58 lifeguards it needs. It will fund the £300 qualification for new recruits aged 16 or over and hopes full hours will return by summer.""",
     traps=[T("shut at 7pm rather than 9pm", "close at 7pm on weekdays instead of 9pm"),
            T("on three days a week instead of five", "from five days a week to three"),
            T("has 41 of the 58 lifeguards it needs", "had 41 lifeguards against the 58 it needs"),
            T("fund the £300 qualification", "pay the £300 cost of the lifeguard qualification")])

case("tapestry weavers", "summary", "consistent",
     """A team of eight weavers at the Morrow Tapestry Studio in Glenbrae has finished a 14-metre tapestry commissioned to mark the 400th anniversary of the town's charter. The work, which took three years and an estimated 11,000 hours to complete, depicts scenes from the town's history, from the granting of the charter in 1625 to the closure of its last coal mine in 1987. It was woven from wool dyed with plant-based colours, some of them grown in the studio's own garden. The £280,000 commission was funded by the town council and a public appeal. The tapestry will hang in the town hall, which is being refurbished, and is due to be unveiled by the provost on 12 September.""",
     """Eight weavers at Glenbrae's Morrow Tapestry Studio have completed a 14m tapestry for the town charter's 400th anniversary after three years and roughly 11,000 hours of work. Paid for by the town council and a public appeal at a cost of £280,000, it charts the town's history from the charter of 1625 to the last pit closure in 1987. It will hang in the town hall and is due to be unveiled by the provost on 12 September.""",
     traps=[T("14m", "14-metre"),
            T("roughly 11,000 hours", "an estimated 11,000 hours"),
            T("the last pit closure", "the closure of its last coal mine"),
            T("at a cost of £280,000", "The £280,000 commission")])

case("cricket bat makers", "summary", "consistent",
     """Hallam & Reed, a cricket bat maker based in Tunford, says a disease affecting English willow trees could threaten its supply of timber within a decade. The company, which produces about 25,000 bats a year and exports to 14 countries, buys most of its willow from growers in the south-east. Director Sunil Reed said watermark disease, a bacterial infection that stains the wood and makes it unusable for bats, had been found in roughly one in ten trees inspected this year, compared with one in forty five years ago. The firm has joined a £750,000 research project with Harcastle University to breed resistant trees, and has begun planting 2,000 willows on its own land. Reed said higher bat prices were 'likely' if the shortage worsened.""",
     """Tunford bat maker Hallam & Reed warns that watermark disease could threaten its willow supply within ten years. The bacterial infection, which makes wood unusable for bats, was found in about 10% of trees inspected this year, up from 2.5% five years ago, director Sunil Reed said. The firm, which makes some 25,000 bats annually, has joined a £750,000 research project to breed resistant trees and has begun planting 2,000 willows itself. Reed said bat prices would probably rise if the shortage got worse.""",
     traps=[T("within ten years", "within a decade"),
            T("about 10%", "roughly one in ten"),
            T("2.5%", "one in forty"),
            T("some 25,000 bats annually", "about 25,000 bats a year"),
            T("bat prices would probably rise", "higher bat prices were 'likely'")])

case("maple syrup producers", "summary", "consistent",
     """Maple syrup producers in the Ardenne Hills region of eastern Canada expect this year's harvest to be about 30 per cent below average after an unusually warm February cut the sap season short. The Ardenne Producers' Cooperative, which represents 320 sugarbushes, said early estimates pointed to a yield of about 4.1 million litres, compared with a five-year average of 5.9 million. Cooperative president Louis Therrien said members would draw on reserves held in the cooperative's warehouse to keep supplying customers, and that retail prices were not expected to rise before the autumn. Researchers at the Belcourt Agricultural Institute have warned that shorter sap seasons could become more common as winters warm.""",
     """An unusually warm February is expected to leave maple syrup output in Canada's Ardenne Hills roughly 30% below average, with the Ardenne Producers' Cooperative, representing 320 sugarbushes, estimating about 4.1 million litres against a five-year average of 5.9 million. President Louis Therrien said stored reserves would be used to maintain supplies and shop prices were unlikely to go up before autumn.""",
     traps=[T("roughly 30% below average", "about 30 per cent below average"),
            T("against a five-year average of 5.9 million",
              "compared with a five-year average of 5.9 million"),
            T("maintain supplies", "keep supplying customers"),
            T("shop prices were unlikely to go up", "retail prices were not expected to rise")])

# ---------------------------------------------------------------------------
# Summaries, inconsistent
# ---------------------------------------------------------------------------
case("clock tower winding", "summary", "inconsistent",
     """For the first time in 140 years, the clock in Marbury's market-square tower will no longer be wound by hand. The town council has voted to fit an electric winding system costing £23,000, after the last of its volunteer winders, 81-year-old Arthur Penhale, announced his retirement. Mr Penhale has climbed the 97 steps to the clock chamber twice a week for 36 years. The council said it had advertised for replacements but received no applications. The original 1884 mechanism will be kept and restored, and the new system can be disconnected so that the clock can be wound manually on special occasions. A plaque honouring Mr Penhale will be placed at the foot of the tower.""",
     """Marbury's market-square clock, hand-wound for 140 years, is to get a £23,000 electric winding system after its last volunteer winder, 81-year-old Arthur Penhale, announced his retirement; he has climbed the 97 steps to the clock chamber once a week for 36 years. No one applied to replace him. The original 1884 mechanism will be restored and can still be wound by hand on special occasions.""",
     errors=[E("once a week", "number", "minor", "twice a week")],
     traps=[T("No one applied to replace him", "received no applications")])

case("wheelie bin collections", "summary", "inconsistent",
     """Tarnley District Council will move to three-weekly collections of general waste from October, while recycling and food waste will continue to be collected every week. The council said the change would save £1.1 million a year and was needed to meet a national target of recycling 65 per cent of household waste by 2035; its current rate is 46 per cent. Households with six or more people, or with medical needs, will be able to apply for a larger bin. Environment portfolio holder Cllr Jane Whitlock said similar schemes elsewhere had increased recycling by up to ten percentage points. The opposition leader, Cllr Peter Dunn, said residents feared overflowing bins and more fly-tipping, and called for a public consultation.""",
     """Tarnley District Council will collect general waste every three weeks from October, keeping weekly recycling and food waste rounds, to save £1.1m a year and lift its 46% recycling rate towards a 65% national target for 2035. Households of six or more, or with medical needs, can apply for bigger bins. Environment lead Jane Whitlock said residents feared overflowing bins and more fly-tipping, while opposition leader Peter Dunn called for the plan to be scrapped.""",
     errors=[E("Environment lead Jane Whitlock", "attribution", "major",
               "The opposition leader, Cllr Peter Dunn"),
             E("called for the plan to be scrapped", "event", "major",
               "called for a public consultation")],
     traps=[T("every three weeks", "three-weekly"),
            T("£1.1m", "£1.1 million")])

case("pothole reporting apps", "summary", "inconsistent",
     """Reports of potholes in Westmere County have more than doubled since the council launched a smartphone app that lets residents photograph and log road defects, figures show. The app, called FixMyRoad Westmere and developed by the software firm Cobbleway, received 9,800 reports in its first six months, compared with 4,300 made by phone and email in the same period last year. Highways manager Tom Iredale said the council had repaired 72 per cent of reported potholes within 28 days, but admitted that a backlog had built up on rural roads. The council has set aside an extra £2 million for road repairs this year. A spokesman for the Westmere Cyclists' Association said the app was 'a step forward' but that many dangerous holes were still not being fixed.""",
     """Pothole reports in Westmere County have more than doubled since the council launched the FixMyRoad Westmere app, built by software firm Cobbleway: 9,800 were logged in its first six months, against 4,300 by phone and email a year earlier. The council says it repaired 72% within 28 days but admits a backlog on rural roads, and Cobbleway has set aside an extra £2m for repairs this year. A cyclists' group says many dangerous holes are still not being fixed.""",
     errors=[E("Cobbleway", "entity", "major", "The council", occ=1)],
     traps=[T("against 4,300 by phone and email a year earlier",
              "compared with 4,300 made by phone and email in the same period last year"),
            T("72%", "72 per cent"),
            T("£2m", "£2 million")])

case("village halls", "summary", "inconsistent",
     """Villagers in Stoke Amberley have raised £310,000 to replace their crumbling 1920s village hall, three years after it was closed as unsafe. The new timber-framed building, designed by architects Fallow & Pryce, will include a main hall for 150 people, a kitchen, a room for the pre-school group and solar panels on the roof. Fundraising included a sponsored walk, a cookbook and more than 200 individual donations, alongside a £120,000 grant from the Rural Communities Fund. Building work starts on 4 March and is expected to take nine months. Hall committee chair Susan Lyle said the village had 'lost its heart' when the old hall shut, and that clubs had been meeting in a pub function room.""",
     """Stoke Amberley villagers have raised £310,000, including a £120,000 Rural Communities Fund grant, to replace the 1920s village hall that was closed as unsafe three years ago. The timber-framed replacement, designed by Fallow & Pryce, will hold 150 people. It will have a kitchen, a pre-school room and rooftop solar panels. Construction begins on 4 March and should be finished by early June. It will have a kitchen, a pre-school room and rooftop solar panels.""",
     errors=[E("should be finished by early June", "date", "major",
               "is expected to take nine months"),
             E("It will have a kitchen, a pre-school room and rooftop solar panels",
               "repetition", "minor", None, occ=1)],
     traps=[T("closed as unsafe three years ago", "three years after it was closed as unsafe")])

case("cycle helmet laws", "summary", "inconsistent",
     """The government of the island territory of Saint-Aurèle will consider making helmets compulsory for cyclists under 16, the transport minister, Élodie Marchal, told parliament on Thursday. A public consultation will run for twelve weeks from 1 May, and no decision will be taken before it closes. Ms Marchal said 31 cyclists had been treated for head injuries at the territory's main hospital last year, nine of them children. Cycling groups oppose the idea, arguing that compulsory helmets would discourage cycling and that safer road design would do more to prevent injuries. Parents who fail to ensure their children wear helmets could face fines of up to €150 under the proposal.""",
     """Saint-Aurèle will make helmets compulsory for cyclists under 16, transport minister Élodie Marchal told parliament. She said 31 cyclists, nine of them children, were treated for head injuries at the main hospital last year. A 12-week consultation opens on 1 May. Parents could be fined up to €150 under the plan, which cycling groups oppose, saying it would deter cycling.""",
     errors=[E("will make helmets compulsory", "modality", "critical",
               "will consider making helmets compulsory")],
     traps=[T("12-week", "twelve weeks"),
            T("deter cycling", "discourage cycling")])

# ---------------------------------------------------------------------------
# Translations, consistent (two independent English renderings)
# ---------------------------------------------------------------------------
case("night buses", "translation", "consistent",
     """The city of Valdoria will introduce six night bus lines from 1 June, running between midnight and 5 a.m. every day of the week, the municipal transport company EMTV announced on Tuesday. Until now, night services operated only on Fridays and Saturdays. The new lines will connect the city centre with the university campus, the hospital and four outer districts, with a bus every 30 minutes. The company's director, Javier Orellana, said the service would cost 2.4 million euros a year and would require the hiring of 40 additional drivers. Fares will be the same as for daytime buses. Residents' associations in the outer districts had been asking for the service for years.""",
     """Starting on 1 June, Valdoria will have six night bus routes operating seven nights a week from 12 a.m. to 5 a.m., the city's public transport operator EMTV said on Tuesday. Up to now, night buses have run only on Friday and Saturday nights. The routes will link the centre to the university campus, the hospital and four districts on the city's outskirts, with buses every half hour. According to EMTV's director Javier Orellana, the service will cost €2.4 million annually, and 40 more drivers will have to be taken on. Tickets will cost the same as during the day. Neighbourhood associations on the outskirts had been calling for the service for years.""",
     traps=[T("seven nights a week", "every day of the week"),
            T("from 12 a.m. to 5 a.m.", "between midnight and 5 a.m."),
            T("every half hour", "every 30 minutes"),
            T("€2.4 million annually", "2.4 million euros a year"),
            T("40 more drivers will have to be taken on",
              "would require the hiring of 40 additional drivers")])

case("food hygiene ratings", "translation", "consistent",
     """Restaurants in the municipality of Almarés will be required to display their food hygiene rating at the entrance from January, under a bylaw approved by the municipal assembly on Wednesday by 23 votes to 8. Inspectors will grade establishments on a scale from one to five after unannounced visits. Businesses that fail to display the certificate face fines of between 500 and 3,000 euros. According to the councillor for public health, Marta Sequeira, 14% of the 620 establishments inspected last year had serious deficiencies. The restaurant owners' association said it supported transparency but asked for a six-month grace period for small businesses.""",
     """As of January, restaurants in Almarés will have to show their food hygiene score at the door, under a regulation passed by the municipal assembly on Wednesday with 23 votes in favour and 8 against. The ratings, from one to five, will be awarded by inspectors following surprise visits. Establishments that do not display the certificate can be fined from €500 to €3,000. Public health councillor Marta Sequeira said serious shortcomings had been found in 14 percent of the 620 premises inspected last year. While backing transparency, the restaurant owners' association requested six months' grace for small businesses.""",
     traps=[T("with 23 votes in favour and 8 against", "by 23 votes to 8"),
            T("surprise visits", "unannounced visits"),
            T("from €500 to €3,000", "between 500 and 3,000 euros"),
            T("14 percent", "14%"),
            T("six months' grace", "a six-month grace period")])

case("glass eel smuggling", "translation", "consistent",
     """Customs officers at Port-Lenic airport seized 210 kilograms of live glass eels hidden in suitcases bound for Asia on Saturday night, the regional customs directorate announced. Four people were arrested: three foreign nationals and a French citizen suspected of organising the shipment. The young eels, a protected species whose export outside the European Union is prohibited, were worth an estimated 600,000 euros on the black market. The eels were released into the Lenne estuary on Sunday morning after being checked by biologists. The suspects face up to five years in prison. Investigators believe the network may have been operating since at least 2023.""",
     """On Saturday night, customs at Port-Lenic airport intercepted 210 kg of live glass eels concealed in suitcases that were due to be flown to Asia, according to the regional customs authority. Four suspects were detained — a French national thought to have organised the consignment and three foreigners. Glass eels are a protected species and may not be exported from the EU; the black-market value of the haul was put at about €600,000. After biologists had examined them, the eels were returned to the Lenne estuary on Sunday morning. Those arrested could be jailed for as long as five years, and investigators suspect the network may have been active since 2023 or earlier.""",
     traps=[T("210 kg", "210 kilograms"),
            T("detained", "arrested"),
            T("about €600,000", "an estimated 600,000 euros"),
            T("could be jailed for as long as five years", "face up to five years in prison"),
            T("since 2023 or earlier", "since at least 2023")])

case("tennis court bookings", "translation", "consistent",
     """From April, the municipal tennis courts in Kessendorf can only be booked through an online system, the sports office announced. Walk-in play without a reservation will no longer be possible. Each household may reserve a maximum of three hours per week, and bookings can be made up to seven days in advance. The price of one hour will rise from 8 to 10 euros, while pupils and pensioners will continue to pay 5 euros. People without internet access can book by telephone during office hours. According to the head of the sports office, Klaus Henning, courts were often occupied by the same players for hours last summer, which led to complaints.""",
     """Starting in April, Kessendorf's municipal tennis courts will be bookable exclusively online, according to the town's sports department. Players will no longer be able to turn up and play without a booking. Households will be limited to three hours a week and can reserve courts no more than a week ahead. An hour's play will cost €10 instead of €8, although schoolchildren and pensioners will still pay €5. Anyone without internet access can make a reservation by phone while the office is open. Sports department head Klaus Henning said that last summer the same players often occupied courts for hours at a time, prompting complaints.""",
     traps=[T("exclusively online", "only be booked through an online system"),
            T("limited to three hours a week", "a maximum of three hours per week"),
            T("no more than a week ahead", "up to seven days in advance"),
            T("€10 instead of €8", "rise from 8 to 10 euros"),
            T("schoolchildren", "pupils")])

case("rooftop solar on schools", "translation", "consistent",
     """The province of Valsera will install solar panels on the roofs of 48 secondary schools by the end of 2026, in a project worth 19 million euros financed largely by European funds. According to provincial councillor Giulia Ferrante, the systems will cover about 40 percent of the schools' electricity needs and cut their energy bills by around 1.5 million euros a year. Work will take place mainly during the summer holidays to avoid disrupting lessons. The first twelve schools have already been selected. Surplus energy produced at weekends and during holidays will be fed into the grid. Students will be able to follow the output of the panels in real time through an app developed with the University of Corvana.""",
     """By the end of 2026, solar panels will be fitted on the roofs of 48 secondary schools in the province of Valsera under a €19 million project, most of it paid for with European funds. Provincial councillor Giulia Ferrante said the installations would meet roughly two-fifths of the schools' electricity demand and reduce their energy costs by about €1.5 million annually. To avoid disturbing lessons, the work will be done mostly in the summer holidays. The first twelve schools have already been chosen. Any surplus power generated at weekends and in holidays will go into the grid, and students will be able to track the panels' output live via an app created with the University of Corvana.""",
     traps=[T("€19 million", "19 million euros"),
            T("roughly two-fifths", "about 40 percent"),
            T("about €1.5 million annually", "around 1.5 million euros a year"),
            T("live", "in real time")])

# ---------------------------------------------------------------------------
# Translations, inconsistent
# ---------------------------------------------------------------------------
case("sea wall repairs", "translation", "inconsistent",
     """Repairs to the sea wall at Westerhaven will begin in October and last about eighteen months, the regional water board announced on Monday. The 1.2-kilometre wall, built in 1953, was seriously damaged during storms last winter, when waves broke through in two places. The work will cost 27 million euros, of which the national government will pay 80 percent. During construction, the beach promenade will be closed to the public and a temporary dune will protect the village. The water board said the new wall would be one metre higher than the old one to take account of rising sea levels. Residents will be informed at a meeting in the village hall on 14 September.""",
     """The regional water board said on Monday that work to repair Westerhaven's sea wall will start in October and take roughly eight months. Built in 1953, the 1.2 km wall suffered serious damage in last winter's storms, when the sea broke through. The repairs will cost €27 million, four-fifths of which will be paid by the national government. While the work is under way, the promenade along the beach will be off limits to the public, and the village will be protected by a temporary dune. Because sea levels are rising, the new wall will be a metre higher than the old one, the water board said. A meeting for residents will be held in the village hall on 14 September.""",
     errors=[E("roughly eight months", "number", "major", "about eighteen months"),
             OM("the sea broke through", "in two places", "minor")],
     traps=[T("four-fifths", "80 percent"),
            T("off limits to the public", "closed to the public")])

case("tidal energy lagoons", "translation", "inconsistent",
     """The state utility Korea Coastal Power has signed an agreement to buy electricity from a tidal lagoon planned in Sunam Bay by the private developer Bluewater Tidal, the companies said on Friday. Under the 25-year contract, the utility will pay a fixed price per megawatt-hour, which was not disclosed. The lagoon, enclosed by a 9-kilometre wall, is designed to generate 320 megawatts, enough to supply around 400,000 homes. Construction is expected to start in 2026 if the environment ministry grants approval. Fishing cooperatives in the bay have opposed the project, saying it will harm catches, and Bluewater has offered them compensation.""",
     """Private developer Bluewater Tidal will purchase electricity from the state-owned Korea Coastal Power under an agreement signed by the two companies, they announced on Friday; the power will come from a tidal lagoon that Bluewater plans to build in Sunam Bay. The contract runs for 25 years at a fixed, undisclosed price per megawatt-hour. A wall nine kilometres long will enclose the lagoon, which is designed to produce 320 MW, sufficient for roughly 400,000 households. Work should begin in 2026, provided the environment ministry gives its approval. Local fishing cooperatives oppose the scheme, arguing it will damage their catches; Bluewater has offered to compensate them.""",
     errors=[E("Bluewater Tidal will purchase electricity from the state-owned Korea Coastal Power",
               "role", "critical",
               "Korea Coastal Power has signed an agreement to buy electricity from a tidal lagoon planned in Sunam Bay by the private developer Bluewater Tidal")],
     traps=[T("nine kilometres long", "9-kilometre"),
            T("roughly 400,000 households", "around 400,000 homes"),
            T("Work should begin in 2026, provided the environment ministry gives its approval",
              "Construction is expected to start in 2026 if the environment ministry grants approval")])

case("moth surveys", "translation", "inconsistent",
     """Volunteers taking part in a nationwide moth survey recorded 1,140 species last year, 37 more than in the previous count in 2019, the Society for Nature Protection said. Among the species found was the rosy footman, which had not been seen in the country since 1986. However, the survey also confirmed a steady decline in common night-flying species: numbers of the garden tiger moth have fallen by more than half in twenty years. Experts attribute the decline to light pollution, pesticide use and the loss of meadows. More than 900 volunteers took part, using light traps at 340 sites. The society plans to repeat the survey in 2027.""",
     """Last year's nationwide moth survey, carried out by volunteers, recorded 1,140 species, 37 more than the previous count in 2019, according to the Society for Nature Protection. They included the rosy footman, which has been present in the country since 1986. The survey did, however, confirm that common night-flying moths are steadily declining: the garden tiger moth population has more than halved over two decades. Specialists blame light pollution, pesticides and the disappearance of meadows. Over 900 volunteers took part, setting light traps at 340 sites, mostly in nature reserves. The society intends to repeat the survey in 2027.""",
     errors=[E("has been present in the country since 1986", "polarity", "major",
               "had not been seen in the country since 1986"),
             E("mostly in nature reserves", "addition", "minor", None)],
     traps=[T("has more than halved over two decades",
              "have fallen by more than half in twenty years"),
            T("Over 900 volunteers", "More than 900 volunteers")])

case("ambulance drones", "translation", "inconsistent",
     """Norrvik County has begun a two-year trial in which drones deliver defibrillators to people suffering cardiac arrest in remote villages. When an emergency call is received, the drone takes off from one of five bases and can reach patients within a radius of 10 kilometres in an average of six minutes, well before an ambulance. The person who made the call is guided by the operator in using the device. The trial is run by the regional health authority together with the company Skyvard, and costs 8 million kronor. In a test last spring, a drone reached a 67-year-old man before the ambulance, and he survived. The authority will decide in 2027 whether to make the service permanent.""",
     """In Norrvik County a two-year trial has been completed in which drones fly defibrillators to cardiac arrest patients in isolated villages. As soon as an emergency call comes in, a drone is launched from one of five bases; within a 10 km radius it can reach the patient in six minutes on average, long before an ambulance. The operator talks the caller through how to use the defibrillator. The regional health authority is running the trial jointly with the firm Skyvard at a cost of SEK 8 million. During a test last spring, a drone got to a 67-year-old man ahead of the ambulance, and he survived. Whether the service becomes permanent will be decided by the authority in 2027.""",
     errors=[E("has been completed", "event", "major", "has begun")],
     traps=[T("isolated villages", "remote villages"),
            T("The operator talks the caller through how to use the defibrillator",
              "The person who made the call is guided by the operator in using the device"),
            T("SEK 8 million", "8 million kronor")])

case("stilt walking troupes", "translation", "inconsistent",
     """The stilt-walking troupe Les Échassiers de Vaudrecourt will celebrate its 50th anniversary in July with a parade through the old town and a week of free workshops for children. The troupe, founded in 1975 by the carpenter Henri Dulac, now has 62 members, the youngest aged nine. Its performers use wooden stilts up to 1.8 metres high, all made in the troupe's own workshop. Mayor Sophie Lambrecht said the town would contribute 15,000 euros towards the celebrations. The troupe has performed in eleven countries, most recently at a festival in Japan last year. Its president, Marc Dulac, the founder's grandson, said the group hoped to attract new adult members.""",
     """To mark its 50th anniversary in July, the stilt-walking group Les Échassiers de Vaudrecourt will parade through the old town and run free workshops for children for a week. Set up in 1975 by carpenter Marc Dulac, the troupe today has 62 members, the youngest of whom is nine. Its performers walk on wooden stilts as tall as 1.8 metres, every pair built in the troupe's own workshop. The town will put €15,000 towards the festivities, Mayor Sophie Lambrecht said. The troupe has appeared in eleven countries, most recently at a festival in Japan last year. According to its president, Marc Dulac, grandson of the founder, the group is hoping to recruit new adult members.""",
     errors=[E("Marc Dulac", "entity", "major", "Henri Dulac")],
     traps=[T("Set up in 1975", "founded in 1975"),
            T("as tall as 1.8 metres", "up to 1.8 metres high"),
            T("€15,000", "15,000 euros")])

# ---------------------------------------------------------------------------
# Building offsets and validation
# ---------------------------------------------------------------------------
DOMAINS = [d.strip() for d in (
    "trolleybus networks;stained glass windows;parish newsletters;hay fever clinics;"
    "brass instrument makers;sea shanty choirs;fire brigade museums;rare breed pigs;"
    "heritage orchards;model aircraft clubs;subtitling studios;lock picking sport;"
    "planetarium shows;quarry reclamation;bird ringing stations;medieval fairs;"
    "meteorite hunters;tree surgeons;ski jump ramps;flood sirens;ceramic tile factories;"
    "swimming pool lifeguards;tapestry weavers;cricket bat makers;maple syrup producers;"
    "clock tower winding;wheelie bin collections;pothole reporting apps;village halls;"
    "cycle helmet laws;night buses;food hygiene ratings;glass eel smuggling;"
    "tennis court bookings;rooftop solar on schools;sea wall repairs;tidal energy lagoons;"
    "moth surveys;ambulance drones;stilt walking troupes").split(";")]

TARGET_ERRORS = {"entity": 3, "number": 4, "date": 3, "role": 3, "polarity": 3,
                 "modality": 3, "attribution": 2, "event": 3, "omission": 2,
                 "addition": 2, "repetition": 2}


def words(s):
    return len(re.findall(r"\S+", s))


def find_nth(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def cuts_word(s, i):
    """True if offset i falls strictly inside a word of s."""
    return 0 < i < len(s) and s[i - 1].isalnum() and s[i].isalnum()


class Invalid(Exception):
    pass


def need(cond, cid, msg):
    if not cond:
        raise Invalid("%s: %s" % (cid, msg))


def build():
    records = []
    for n, c in enumerate(CASES, 1):
        cid = "s82-%03d" % n
        ref, cand = c["reference"], c["candidate"]
        need(c["mode"] in MODES, cid, "bad mode")
        need(c["label"] in ("consistent", "inconsistent"), cid, "bad label")
        need(70 <= words(ref) <= 190, cid, "reference has %d words" % words(ref))
        need(ref != cand, cid, "candidate identical to reference")
        if c["mode"] == "summary":
            need(words(cand) < words(ref) and len(cand) < len(ref), cid,
                 "summary not shorter than reference")
        spans = []  # (start, end, what)
        errors = []
        for e in c["errors"]:
            t = e["type"]
            need(t in ERROR_TYPES, cid, "bad error type %r" % t)
            need(e["severity"] in SEVERITIES, cid, "bad severity")
            if t == "omission":
                need(c["mode"] != "summary", cid, "omission in a summary")
                a = find_nth(cand, e["anchor"], e["occ"])
                need(a >= 0, cid, "omission anchor not found: %r" % e["anchor"])
                pos = a + len(e["anchor"]) if e["side"] == "after" else a
                need(not cuts_word(cand, pos), cid, "omission point cuts a word")
                need(e["ref_text"] and e["ref_text"] in ref, cid,
                     "omission ref_text not in reference: %r" % e["ref_text"])
                need(e["ref_text"].lower() not in cand.lower(), cid,
                     "omitted words present in candidate: %r" % e["ref_text"])
                start = end = pos
                text = ""
            else:
                text = e["text"]
                need(text, cid, "empty error span")
                start = find_nth(cand, text, e["occ"])
                need(start >= 0, cid, "error text not found: %r" % text)
                end = start + len(text)
                if t in ("addition", "repetition"):
                    need(e["ref_text"] is None, cid, "%s must have ref_text null" % t)
                else:
                    need(e["ref_text"] and e["ref_text"] in ref, cid,
                         "error ref_text not in reference: %r" % e["ref_text"])
                    need(e["ref_text"] != text, cid, "error span equals ref_text")
                if t == "repetition":
                    need(cand.lower().find(text.lower()) < start, cid,
                         "repetition span is not a later copy of earlier text")
                if t == "addition":
                    need(text not in ref, cid, "added text occurs in reference")
            need(not cuts_word(cand, start) and not cuts_word(cand, end), cid,
                 "error span cuts a word: %r" % text)
            spans.append((start, end, "error %r" % text))
            errors.append({"start": start, "end": end, "text": text, "type": t,
                           "severity": e["severity"], "ref_text": e["ref_text"]})
        traps = []
        for tr in c["traps"]:
            text = tr["text"]
            start = find_nth(cand, text, tr["occ"])
            need(start >= 0, cid, "trap text not found: %r" % text)
            end = start + len(text)
            need(not cuts_word(cand, start) and not cuts_word(cand, end), cid,
                 "trap span cuts a word: %r" % text)
            need(tr["ref_text"] in ref, cid, "trap ref_text not in reference: %r" % tr["ref_text"])
            need(text != tr["ref_text"], cid, "trap not reworded: %r" % text)
            spans.append((start, end, "trap %r" % text))
            traps.append({"start": start, "end": end, "text": text, "ref_text": tr["ref_text"]})
        # no overlaps (a zero-width omission may not sit strictly inside a span)
        for i in range(len(spans)):
            for j in range(i + 1, len(spans)):
                s1, e1, w1 = spans[i]
                s2, e2, w2 = spans[j]
                if s1 == e1 or s2 == e2:
                    p, (s, e) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                    bad = s < p < e
                else:
                    bad = s1 < e2 and s2 < e1
                need(not bad, cid, "overlapping spans: %s / %s" % (w1, w2))
        for sp in errors + traps:
            need(cand[sp["start"]:sp["end"]] == sp["text"], cid, "offset mismatch")
        if c["label"] == "consistent":
            need(not errors, cid, "consistent pair with errors")
            need(3 <= len(traps) <= 5, cid, "consistent pair needs 3-5 traps")
        else:
            need(1 <= len(errors) <= 2, cid, "inconsistent pair needs 1-2 errors")
            need(len(traps) <= 3, cid, "inconsistent pair has more than 3 traps")
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: x["start"])
        records.append({"id": cid, "domain": c["domain"], "mode": c["mode"],
                        "reference": ref, "candidate": cand, "label": c["label"],
                        "errors": errors, "traps": traps})
    return records


def check_composition(records):
    from collections import Counter
    need(len(records) == 40, "set", "expected 40 pairs, got %d" % len(records))
    doms = [r["domain"] for r in records]
    need(len(set(doms)) == len(doms), "set", "domain used twice")
    need(set(doms) == set(DOMAINS), "set", "domains differ from the list: %r"
         % sorted(set(doms) ^ set(DOMAINS)))
    modes = Counter((r["mode"], r["label"]) for r in records)
    for m, k in (("rewrite", 10), ("summary", 5), ("translation", 5)):
        for lab in ("consistent", "inconsistent"):
            need(modes[(m, lab)] == k, "set", "%s/%s: %d, want %d" % (m, lab, modes[(m, lab)], k))
    types = Counter(e["type"] for r in records for e in r["errors"])
    need(dict(types) == TARGET_ERRORS, "set", "error types %r" % dict(types))
    need(sum(types.values()) == 30, "set", "want 30 errors")
    return modes, types


def main():
    check_only = "--check" in sys.argv[1:]
    try:
        records = build()
        modes, types = check_composition(records)
    except Invalid as exc:
        print("INVALID:", exc)
        return 1
    from collections import Counter
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    ntraps = sum(len(r["traps"]) for r in records)
    print("valid: %d pairs" % len(records))
    print("mode/label:", dict(sorted(modes.items())))
    print("error types:", dict(types))
    print("severities:", dict(sev), "traps:", ntraps)
    if not check_only:
        out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set82.jsonl")
        with open(out, "w", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("wrote", out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
