#!/usr/bin/env python3
"""Held-out evaluation set s75 for a fact-comparison tool.

How it was made: every pair below was hand-written by a helper that saw no code
or data of the project, working only from a written brief. All people,
companies, organisations, places and figures are invented (real countries or
regions appear only as background). No offsets are typed by hand: every span is
located in the candidate by string search (with an occurrence index where the
quoted text repeats), and the whole set is validated before anything is written.

Composition (40 pairs, one domain each):
  * modes: 20 rewrite, 10 summary, 10 translation; half of each mode consistent
  * labels: 20 consistent, 20 inconsistent
  * 30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with two):
      entity 3, number 4, date 3, role 3, polarity 3, modality 3,
      attribution 2, event 3, omission 2, addition 2, repetition 2
  * every consistent pair carries 3-5 traps (faithful rewordings);
    inconsistent pairs carry 0-3 traps
  * references are 70-190 words in news/agency/corporate/official register;
    in translation pairs both texts are independent English renderings of the
    same non-English story.

Usage:
  python3 make_set75.py           validate and write set75.jsonl next to this script
  python3 make_set75.py --check   validate only, write nothing
"""

import json
import os
import re
import sys
from collections import Counter

DOMAINS = [d.strip() for d in (
    "icebreaker charters;waffle stands;marzipan;absinthe;rum cellars;false teeth;"
    "lightning rods;eel migration;moose collisions;bog bodies;star parties;"
    "sand sculpture contests;alpaca shows;reindeer herding cooperatives;"
    "submarine cable repair;harbour cranes;cobalt refining;tungsten mines;"
    "helium reserves;tar pits;asphalt recycling;snow fences;levee repairs;"
    "vineyard drones;cinnamon plantations;potato storage;onion exports;"
    "chilli eating contests;vinegar brewing;dumpling chains;bagel bakeries;"
    "doughnut shops;nougat makers;honey adulteration;mead halls;cork stoppers;"
    "barrel coopers;shoe lasts;zipper makers;thimble collectors").split(";")]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}


def E(text, etype, severity, ref_text, occ=0):
    """An error span: `text` is the occ-th occurrence of that string in the candidate."""
    return {"text": text, "type": etype, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def OMIT(ref_text, severity, before=None, after=None, occ=0):
    """An omission: zero-length span placed just before `before` (or just after `after`)."""
    return {"text": "", "type": "omission", "severity": severity,
            "ref_text": ref_text, "before": before, "after": after, "occ": occ}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording of `ref_text` in the candidate."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


CASES = []


def C(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})


# ---------------------------------------------------------------------------
# Rewrites (pairs 1-20)
# ---------------------------------------------------------------------------

# 1 consistent
C("icebreaker charters", "rewrite", "consistent",
  "Polar Keel Expeditions said on Monday that it had agreed a three-year charter of its icebreaker "
  "Vesna Harlow to the shipping group Norrmark Lines. Under the agreement, the 112-metre vessel will "
  "escort cargo convoys through the northern strait between December and April each year. The "
  "contract is worth 46 million euros, according to a company filing. Chief executive Ilse Varenburg "
  "said the deal would secure work for the ship's 58 crew members and was expected to lift the "
  "company's annual revenue by roughly a fifth. Norrmark Lines declined to comment on the price. The "
  "Vesna Harlow, built in 1998, underwent a refit last year that included new propulsion shafts.",
  "Norrmark Lines will charter the icebreaker Vesna Harlow from Polar Keel Expeditions for three "
  "years, Polar Keel said on Monday. The 112-metre ship is to escort cargo convoys through the "
  "northern strait from December to April every year, under a contract that a company filing values "
  "at €46m. The deal would secure work for the vessel's 58 crew members and was likely to raise the "
  "company's annual revenue by about 20%, according to chief executive Ilse Varenburg. Norrmark Lines "
  "would not comment on the price. The Vesna Harlow was built in 1998 and was refitted last year, "
  "when it received new propulsion shafts.",
  traps=[
      T("Norrmark Lines will charter the icebreaker Vesna Harlow from Polar Keel Expeditions",
        "agreed a three-year charter of its icebreaker Vesna Harlow to the shipping group Norrmark Lines"),
      T("values at €46m", "is worth 46 million euros"),
      T("was likely to raise", "was expected to lift"),
      T("about 20%", "roughly a fifth"),
      T("would not comment", "declined to comment"),
  ])

# 2 inconsistent: number + omission
C("waffle stands", "rewrite", "inconsistent",
  "The city of Brenholt will cut the number of waffle stand licences on its riverside promenade from "
  "24 to 15 next season, the municipal trade office announced on Thursday. Officials said the "
  "reduction followed complaints from residents about queues blocking cycle lanes during weekend "
  "evenings. Existing licence holders will be able to reapply, but priority will go to vendors who "
  "have operated without a hygiene violation for at least two years. The annual licence fee will rise "
  "to 3,200 crowns, up from 2,750. Trade office director Maret Olund said the changes were intended "
  "to 'restore balance' to the promenade rather than to push vendors out. A public consultation on "
  "the plan will run until 30 November.",
  "Brenholt's municipal trade office said on Thursday that the number of waffle stand licences on the "
  "city's riverside promenade would be cut to 15 next season, down from 24. The move came after "
  "residents complained about queues blocking cycle lanes, officials said. Current licence holders "
  "may reapply, though vendors who have traded for at least three years without a hygiene violation "
  "will be given priority. The yearly fee for a licence is to rise from 2,750 to 3,200 crowns. "
  "According to trade office director Maret Olund, the aim is to 'restore balance' to the promenade, "
  "not to drive vendors away. The plan is open to public consultation until 30 November.",
  errors=[
      OMIT("during weekend evenings", "minor", after="queues blocking cycle lanes"),
      E("three years", "number", "major", "two years"),
  ],
  traps=[
      T("cut to 15 next season, down from 24", "from 24 to 15 next season"),
      T("not to drive vendors away", "rather than to push vendors out"),
  ])

# 3 consistent
C("marzipan", "rewrite", "consistent",
  "Confiserie Haldmann, the Lübstedt-based marzipan maker, has recalled about 40,000 packs of its "
  "almond loaf after traces of peanut were found in one production batch, the regional food safety "
  "authority said on Wednesday. The affected packs carry a best-before date of 14 March and were sold "
  "in supermarkets in three northern provinces. No illnesses have been reported, the authority said, "
  "but people with a peanut allergy were advised not to eat the product. Haldmann said the "
  "contamination probably came from a shared conveyor belt that had not been fully cleaned after a "
  "switch between product lines. Customers can return the packs to the store of purchase for a full "
  "refund. The company produces around 2,000 tonnes of marzipan a year.",
  "About 40,000 packs of almond loaf have been recalled by Lübstedt marzipan maker Confiserie Haldmann "
  "because peanut traces turned up in a single production batch, the regional food safety authority "
  "announced on Wednesday. The packs, sold in supermarkets across three northern provinces, are marked "
  "best before 14 March. While nobody has reported falling ill, the authority advised anyone allergic "
  "to peanuts not to eat the product. According to Haldmann, the contamination most likely originated "
  "on a conveyor belt shared by different product lines that had not been thoroughly cleaned after "
  "production switched from one to the other. Shoppers can get their money back in full by returning "
  "the packs to the shop where they bought them. Haldmann makes some 2,000 tonnes of marzipan annually.",
  traps=[
      T("have been recalled by", "has recalled"),
      T("While nobody has reported falling ill", "No illnesses have been reported"),
      T("anyone allergic to peanuts", "people with a peanut allergy"),
      T("most likely originated", "probably came from"),
      T("some 2,000 tonnes of marzipan annually", "around 2,000 tonnes of marzipan a year"),
  ])

# 4 inconsistent: role
C("absinthe", "rewrite", "inconsistent",
  "Distillerie Vauclerc, a family-run absinthe producer in the Jura foothills, has been acquired by "
  "the drinks group Maronne Spirits for an undisclosed sum, the two companies said on Tuesday. "
  "Vauclerc, founded in 1921, produces about 180,000 bottles a year and exports roughly half of them "
  "to Germany and Japan. Maronne said it would keep the distillery's 34 employees and retain the "
  "Vauclerc brand. The founder's great-granddaughter Hélène Vauclerc, who has run the business since "
  "2009, will stay on as head distiller for at least three years. The deal still requires approval "
  "from the national competition authority, which is expected to rule before the end of the quarter.",
  "Family-run absinthe maker Distillerie Vauclerc, based in the Jura foothills, has bought the drinks "
  "group Maronne Spirits for an undisclosed amount, the two companies announced on Tuesday. Founded "
  "in 1921, Vauclerc makes around 180,000 bottles a year, about 50% of which are exported to Germany "
  "and Japan. Maronne said the distillery's 34 staff would keep their jobs and the Vauclerc brand "
  "would be retained. Hélène Vauclerc, the founder's great-granddaughter and head of the business "
  "since 2009, is to remain as head distiller for a minimum of three years. The national competition "
  "authority still has to approve the deal and is expected to rule before the quarter ends.",
  errors=[
      E("Distillerie Vauclerc, based in the Jura foothills, has bought the drinks group Maronne Spirits",
        "role", "critical",
        "Distillerie Vauclerc, a family-run absinthe producer in the Jura foothills, has been acquired "
        "by the drinks group Maronne Spirits"),
  ],
  traps=[
      T("about 50% of which are exported", "exports roughly half of them"),
      T("for a minimum of three years", "for at least three years"),
  ])

# 5 consistent
C("rum cellars", "rewrite", "consistent",
  "The harbour authority of Port Casimir has approved plans to convert the former customs rum cellars "
  "beneath Quay Seven into a museum and tasting venue, officials said on Friday. The 19th-century "
  "vaults, which once held up to 3,000 casks of rum awaiting duty assessment, have been closed to the "
  "public since 1987. The conversion will be carried out by the heritage developer Kestrel Arches at "
  "a cost of 8.4 million dollars, half of which will come from a regional tourism fund. Work is due "
  "to begin in May and should take about 18 months. Authority chair Delphine Okoro said the project "
  "would create around 40 permanent jobs. Conservation groups welcomed the plan but asked that the "
  "original brick floors be preserved.",
  "Officials in Port Casimir said on Friday that the harbour authority had given the go-ahead for the "
  "old customs rum cellars under Quay Seven to become a museum and tasting venue. Closed to the public "
  "since 1987, the 19th-century vaults once stored as many as 3,000 casks of rum while duty was "
  "assessed. Heritage developer Kestrel Arches will carry out the $8.4m conversion, with a regional "
  "tourism fund paying for 50% of it. Work is scheduled to start in May and is expected to last "
  "roughly a year and a half. About 40 permanent jobs would be created by the project, according to "
  "authority chair Delphine Okoro. Conservation groups, while welcoming the plan, asked for the "
  "original brick floors to be preserved.",
  traps=[
      T("had given the go-ahead", "has approved plans"),
      T("as many as 3,000 casks", "up to 3,000 casks"),
      T("$8.4m", "8.4 million dollars"),
      T("paying for 50% of it", "half of which will come from a regional tourism fund"),
      T("roughly a year and a half", "about 18 months"),
  ])

# 6 inconsistent: polarity + date
C("false teeth", "rewrite", "inconsistent",
  "The Dental Prosthetics Board of Valmora has suspended the operating licence of the denture "
  "laboratory Ardent Smile Works after inspectors found that acrylic resin used in false teeth had "
  "been stored beyond its expiry date. The suspension took effect on 3 June and will last until the "
  "laboratory passes a follow-up inspection. Board spokesperson Teodor Lisk said there was no evidence "
  "that patients had been harmed, but dentists who ordered dentures from the lab since January were "
  "asked to check them for cracks. Ardent Smile Works, which supplies about 70 clinics, said it had "
  "replaced all affected stock and would appeal the decision. The laboratory employs 26 technicians.",
  "The denture laboratory Ardent Smile Works has had its operating licence suspended by the Dental "
  "Prosthetics Board of Valmora after inspectors discovered it had kept acrylic resin for false teeth "
  "past its expiry date. The suspension, in force since 3 June, will remain until the lab passes a "
  "further inspection. There was no sign that any patient had come to harm, board spokesperson Teodor "
  "Lisk said, though dentists who had ordered dentures from the laboratory since June were asked to "
  "check them for cracks. The lab, which supplies some 70 clinics and employs 26 technicians, said all "
  "the affected stock had been replaced and that it would not appeal the decision.",
  errors=[
      E("since June", "date", "major", "since January"),
      E("would not appeal the decision", "polarity", "major", "would appeal the decision"),
  ],
  traps=[
      T("has had its operating licence suspended by the Dental Prosthetics Board of Valmora",
        "The Dental Prosthetics Board of Valmora has suspended the operating licence"),
      T("There was no sign that any patient had come to harm",
        "there was no evidence that patients had been harmed"),
  ])

# 7 consistent
C("lightning rods", "rewrite", "consistent",
  "Fenwick County will spend 620,000 pounds replacing lightning rods on 41 public buildings after a "
  "survey found that more than a third of the existing systems were corroded or poorly earthed, the "
  "county council said in a statement on Tuesday. The programme, to be completed by the end of next "
  "year, will prioritise schools and the two county hospitals. The survey was commissioned after a "
  "lightning strike in August damaged the roof of the Ashgrove library, causing repairs estimated at "
  "95,000 pounds. Council engineer Priya Dalton said none of the faults posed an immediate danger but "
  "that delaying the work would increase the risk of fire. Contractors will be appointed through open "
  "tender.",
  "In a statement on Tuesday, Fenwick County council said it would spend £620,000 on new lightning "
  "rods for 41 public buildings, after a survey found that over one in three of the current systems "
  "were corroded or inadequately earthed. Schools and the county's two hospitals will come first in "
  "the programme, which is due to be finished by the end of next year. The council ordered the survey "
  "after lightning hit the Ashgrove library in August, damaging its roof and leaving an estimated "
  "£95,000 repair bill. None of the faults was an immediate danger, according to council engineer "
  "Priya Dalton, but postponing the work would raise the risk of fire. Contractors will be chosen "
  "through an open tender.",
  traps=[
      T("£620,000", "620,000 pounds"),
      T("over one in three", "more than a third"),
      T("Schools and the county's two hospitals will come first",
        "will prioritise schools and the two county hospitals"),
      T("an estimated £95,000 repair bill", "repairs estimated at 95,000 pounds"),
      T("postponing the work", "delaying the work"),
  ])

# 8 inconsistent: modality
C("eel migration", "rewrite", "inconsistent",
  "Hydropower operator Selvik Energi will halt turbines at its Morrå river plant for up to six nights "
  "each autumn to let migrating eels pass downstream, under an agreement with the regional environment "
  "agency announced on Wednesday. Studies commissioned by the agency found that about 30 percent of "
  "silver eels heading to sea were killed or injured passing through the turbines. The shutdowns will "
  "be triggered when river sensors detect peak eel movement, typically after heavy rain in October. "
  "Selvik said the pauses could cost it up to 1.1 million crowns a year in lost output. Agency "
  "biologist Jonas Rehn said the measure might double the number of eels reaching the coast, although "
  "results would only be clear after several seasons.",
  "Under a deal with the regional environment agency announced on Wednesday, Selvik Energi will stop "
  "the turbines at its Morrå river hydropower plant on as many as six nights every autumn so that "
  "migrating eels can travel downstream. Research commissioned by the agency showed that roughly three "
  "in ten silver eels on their way to sea were killed or injured in the turbines. Sensors in the river "
  "will trigger the shutdowns when they pick up peak eel movement, typically after heavy October rain. "
  "The pauses could cost Selvik as much as 1.1 million crowns annually in lost output, the company "
  "said. According to agency biologist Jonas Rehn, the measure would double the number of eels that "
  "reach the coast, though it would take several seasons for the results to become clear.",
  errors=[
      E("would double", "modality", "major", "might double"),
  ],
  traps=[
      T("as many as six nights", "up to six nights"),
      T("roughly three in ten", "about 30 percent"),
      T("as much as 1.1 million crowns annually", "up to 1.1 million crowns a year"),
  ])

# 9 consistent
C("moose collisions", "rewrite", "consistent",
  "Moose collisions on the stretch of Route 14 between Kallby and Tornsjö fell by 62 percent in the "
  "two years after wildlife fencing and two overpasses were installed, the national road administration "
  "said in a report published on Monday. The agency recorded 19 collisions in the period, compared "
  "with 50 in the two years before the work. The 23-kilometre project cost 140 million crowns. Project "
  "manager Annika Sollen said the results justified extending the fencing to a further 60 kilometres "
  "of the route, but that no decision would be taken before the government's budget in the autumn. "
  "Insurers estimate that each moose collision costs an average of 210,000 crowns in vehicle damage "
  "and medical care.",
  "A report the national road administration published on Monday found that moose collisions on "
  "Route 14 between Kallby and Tornsjö dropped by 62% in the two years following the installation of "
  "wildlife fencing and a pair of overpasses. There were 19 collisions over that period, against 50 "
  "in the preceding two years. The project, covering 23 km, cost 140 million crowns. While the results "
  "justified fencing another 60 km of the route, project manager Annika Sollen said, nothing would be "
  "decided until the government presents its budget in the autumn. According to insurers' estimates, "
  "the average moose collision causes 210,000 crowns in vehicle damage and medical costs.",
  traps=[
      T("dropped by 62%", "fell by 62 percent"),
      T("a pair of overpasses", "two overpasses"),
      T("against 50 in the preceding two years", "compared with 50 in the two years before the work"),
      T("nothing would be decided until", "no decision would be taken before"),
  ])

# 10 inconsistent: attribution + number
C("bog bodies", "rewrite", "inconsistent",
  "Peat cutters at Hesselmoor in the north of the province have uncovered a bog body believed to be "
  "around 2,300 years old, the provincial archaeology service said on Thursday. The remains, of an "
  "adult man, were found at a depth of about 1.8 metres and are unusually well preserved, with hair "
  "and a leather cape still intact. Service director Ruud Mellink said radiocarbon dating would be "
  "needed to confirm the age. A team of eight archaeologists has sealed off the site, and peat "
  "extraction there has been halted for at least a month. Forensic anthropologist Lies Verhoef of "
  "Dunmore University said marks on the neck suggested a violent death, but cautioned that they might "
  "also have been caused by peat pressure.",
  "A bog body thought to be some 3,200 years old has been unearthed by peat cutters at Hesselmoor, in "
  "the province's north, the provincial archaeology service announced on Thursday. The remains, those "
  "of an adult man, lay roughly 1.8 metres down and are exceptionally well preserved, with the hair "
  "and a leather cape still intact. Radiocarbon dating will be needed to confirm their age, according "
  "to service director Ruud Mellink. Eight archaeologists have sealed off the site, where peat "
  "extraction has been stopped for a month or more. Marks on the neck pointed to a violent death, "
  "according to Mellink, although they might also have been caused by peat pressure.",
  errors=[
      E("3,200", "number", "major", "2,300"),
      E("according to Mellink", "attribution", "major",
        "Forensic anthropologist Lies Verhoef of Dunmore University said"),
  ],
  traps=[
      T("has been unearthed by peat cutters", "have uncovered"),
      T("for a month or more", "for at least a month"),
  ])

# 11 consistent
C("star parties", "rewrite", "consistent",
  "The Lindqvist Astronomical Society will hold its annual star party at the Grauberg dark-sky reserve "
  "from 21 to 24 August, organisers said on Wednesday, after last year's event was cancelled because "
  "of wildfire smoke. Around 600 amateur astronomers are expected to attend, and the society has "
  "capped the number of camping pitches at 250 to protect the reserve's meadows. For the first time, "
  "a section of the field will be reserved for visitors using wheelchairs, with paved paths and "
  "lowered telescope mounts. Society president Gerrit Maes said organisers were 'cautiously "
  "optimistic' about the weather but would issue refunds if clouds forced the event to be called off. "
  "Tickets cost 35 euros for adults; children under 12 enter free.",
  "Organisers said on Wednesday that the Lindqvist Astronomical Society's yearly star party would take "
  "place at the Grauberg dark-sky reserve on 21-24 August, after last year's gathering was cancelled "
  "due to smoke from wildfires. Some 600 amateur astronomers are likely to come, and to protect the "
  "reserve's meadows the society has limited camping pitches to 250. Part of the field will for the "
  "first time be set aside for wheelchair users, with paved paths and lowered telescope mounts. "
  "Society president Gerrit Maes said organisers were 'cautiously optimistic' about the weather, "
  "adding that refunds would be given if cloud led to the event being called off. Adult tickets are "
  "€35, while entry is free for under-12s.",
  traps=[
      T("Some 600 amateur astronomers are likely to come",
        "Around 600 amateur astronomers are expected to attend"),
      T("limited camping pitches to 250", "capped the number of camping pitches at 250"),
      T("wheelchair users", "visitors using wheelchairs"),
      T("Adult tickets are €35", "Tickets cost 35 euros for adults"),
      T("entry is free for under-12s", "children under 12 enter free"),
  ])

# 12 inconsistent: event
C("sand sculpture contests", "rewrite", "inconsistent",
  "A team from the coastal town of Merivale won the International Sand Sculpture Contest at Dornbay on "
  "Sunday with a four-metre replica of a collapsing lighthouse, beating 37 other teams from 11 "
  "countries. The winning entry, which took five days to build from about 90 tonnes of compacted sand, "
  "also received the public vote. Jury chair Oksana Brill said the sculpture stood out for its "
  "'daring use of overhangs'. The children's category, planned for Saturday, was postponed until next "
  "weekend because of high winds. Organisers said attendance over the ten-day festival reached 48,000, "
  "up from 41,000 last year. The sculptures will remain on display until 15 September.",
  "With a four-metre replica of a collapsing lighthouse, a team from the seaside town of Merivale took "
  "first place at the International Sand Sculpture Contest in Dornbay on Sunday, ahead of 37 rival "
  "teams from 11 countries. Built over five days from roughly 90 tonnes of compacted sand, the winning "
  "piece also won the public vote. It stood out for its 'daring use of overhangs', according to jury "
  "chair Oksana Brill. Strong winds meant that the children's category, which had been scheduled for "
  "Saturday, was scrapped. The organisers put attendance across the ten-day festival at 48,000, "
  "compared with 41,000 a year earlier. The sculptures can be viewed until 15 September.",
  errors=[
      E("was scrapped", "event", "major", "was postponed until next weekend"),
  ],
  traps=[
      T("took first place", "won the International Sand Sculpture Contest"),
      T("ahead of 37 rival teams", "beating 37 other teams"),
      T("can be viewed until 15 September", "will remain on display until 15 September"),
  ])

# 13 consistent
C("alpaca shows", "rewrite", "consistent",
  "The Highcombe Alpaca Show, one of the largest events of its kind in the region, will not admit "
  "animals from farms in Rother Valley this year following an outbreak of bovine tuberculosis among "
  "alpacas there, the show's organising committee said on Saturday. The decision affects around 45 "
  "animals from nine farms. Committee secretary Fiona Gault said the ban was a precaution recommended "
  "by the state veterinary office and would be reviewed if testing showed the herds to be clear before "
  "entries close on 12 July. The show, held each August, attracted 420 alpacas and some 7,500 visitors "
  "last year. Breeders from other areas are not affected.",
  "Alpacas from Rother Valley farms will be barred from this year's Highcombe Alpaca Show, among the "
  "biggest such events in the region, after bovine tuberculosis broke out among alpacas in the valley, "
  "the show's organisers said on Saturday. The ban covers about 45 animals on nine farms. It is a "
  "precautionary step recommended by the state veterinary office, committee secretary Fiona Gault "
  "said, and will be reconsidered if tests show the herds are clear before the 12 July deadline for "
  "entries. Last year the show, which takes place every August, drew 420 alpacas and around 7,500 "
  "visitors. Breeders elsewhere are unaffected.",
  traps=[
      T("will be barred from", "will not admit animals"),
      T("among the biggest such events", "one of the largest events of its kind"),
      T("reconsidered", "reviewed"),
      T("before the 12 July deadline for entries", "before entries close on 12 July"),
      T("Breeders elsewhere are unaffected", "Breeders from other areas are not affected"),
  ])

# 14 inconsistent: entity + addition
C("reindeer herding cooperatives", "rewrite", "inconsistent",
  "The Vuontis reindeer herding cooperative has asked the regional court to halt construction of a "
  "wind farm on its winter grazing grounds near Lake Kaltio, arguing that the project would cut off "
  "migration routes used by about 4,000 animals. The cooperative, which represents 28 herding "
  "families, filed the request on Tuesday. The developer, Nordvind Kraft, said it had consulted "
  "herders for two years and had already moved six turbines to reduce the impact. The court is "
  "expected to decide within six weeks whether work must stop while the case is heard. Cooperative "
  "chair Aslak Niemi said members were not opposed to renewable energy but could not accept the loss "
  "of 'land our herds cannot do without'.",
  "Arguing that a planned wind farm on its winter grazing grounds near Lake Vuontis would cut off "
  "migration routes used by roughly 4,000 reindeer, the Vuontis herding cooperative has asked the "
  "regional court to stop construction. The request was filed on Tuesday by the cooperative, which "
  "speaks for 28 herding families. Developer Nordvind Kraft, whose project would supply power to "
  "around 60,000 homes, said it had spent two years consulting herders and had already relocated six "
  "turbines to lessen the impact. A ruling on whether work has to be suspended while the case is heard "
  "is expected from the court within six weeks. Cooperative chair Aslak Niemi said members had nothing "
  "against renewable energy but could not accept losing 'land our herds cannot do without'.",
  errors=[
      E("Lake Vuontis", "entity", "major", "Lake Kaltio"),
      E("whose project would supply power to around 60,000 homes", "addition", "minor", None),
  ],
  traps=[
      T("relocated six turbines", "moved six turbines"),
      T("had nothing against renewable energy", "were not opposed to renewable energy"),
  ])

# 15 consistent
C("submarine cable repair", "rewrite", "consistent",
  "The cable ship Aurora Tern has completed repairs to the Kestrel-2 submarine data cable, restoring "
  "full internet capacity between the island of Saint Brevin and the mainland after an outage of 11 "
  "days, the operator Meridian Subsea said on Sunday. The cable was severed on 2 March about 40 "
  "kilometres offshore, at a depth of roughly 600 metres, most likely by a dragging ship's anchor, the "
  "company said. During the outage, traffic was routed over a backup satellite link that provided "
  "only about a tenth of normal capacity, forcing banks and schools on the island to limit online "
  "services. Meridian said it would review anchoring rules in the area with the maritime authority.",
  "Full internet capacity between the island of Saint Brevin and the mainland has been restored after "
  "the cable ship Aurora Tern finished repairing the Kestrel-2 submarine data cable, ending an 11-day "
  "outage, operator Meridian Subsea said on Sunday. The company said the cable had been cut on 2 March "
  "around 40 km from the coast and some 600 metres below the surface, most probably by a ship's anchor "
  "dragging along the seabed. While the cable was down, traffic went over a backup satellite link "
  "offering only around 10% of normal capacity, so banks and schools on the island had to limit their "
  "online services. Meridian said it would work with the maritime authority to review anchoring rules "
  "in the area.",
  traps=[
      T("ending an 11-day outage", "after an outage of 11 days"),
      T("40 km from the coast", "40 kilometres offshore"),
      T("some 600 metres below the surface", "at a depth of roughly 600 metres"),
      T("most probably", "most likely"),
      T("around 10% of normal capacity", "about a tenth of normal capacity"),
  ])

# 16 inconsistent: repetition
C("harbour cranes", "rewrite", "inconsistent",
  "The port of Vellmar will take delivery of four new ship-to-shore container cranes next spring, the "
  "port authority said on Monday, as it seeks to handle the larger vessels now calling at the "
  "terminal. The cranes, built by the manufacturer Hollis Lift, can reach across ships 24 containers "
  "wide and will replace three older models installed in 1994. The order is worth 52 million dollars. "
  "Port director Samira Velden said the new equipment should cut average ship turnaround times by "
  "around eight hours. Dock workers' union leader Piet Arends welcomed the investment but said "
  "training for crane operators had to start well before the cranes arrive.",
  "Four new ship-to-shore container cranes will be delivered to the port of Vellmar next spring, the "
  "port authority announced on Monday, as it prepares to handle the bigger vessels that now call at the "
  "terminal. The order is worth $52m. Made by manufacturer Hollis Lift, the cranes can reach across "
  "ships 24 containers wide and will take the place of three older models dating from 1994. Port "
  "director Samira Velden said average ship turnaround times were expected to fall by about eight "
  "hours thanks to the new equipment. Dock workers' union leader Piet Arends welcomed the investment, "
  "though he said crane operator training had to begin well ahead of the cranes' arrival. The order "
  "is worth $52m.",
  errors=[
      E("The order is worth $52m.", "repetition", "minor", None, occ=1),
  ],
  traps=[
      T("$52m", "52 million dollars", occ=0),
      T("dating from 1994", "installed in 1994"),
      T("were expected to fall by about eight hours",
        "should cut average ship turnaround times by around eight hours"),
  ])

# 17 consistent
C("cobalt refining", "rewrite", "consistent",
  "Taranis Metals has postponed the opening of its cobalt refinery at Port Elstow by about nine "
  "months, to the third quarter of next year, citing delays in the delivery of key processing "
  "equipment, the company told shareholders on Thursday. The plant is designed to produce 12,000 "
  "tonnes of cobalt sulphate a year, mainly for battery makers. Chief financial officer Rhys Okafor "
  "said the total cost of the project was unchanged at 410 million dollars. Taranis also said it had "
  "signed a supply agreement with the battery producer Voltaren Cells covering 40 percent of the "
  "refinery's initial output. Shares in Taranis fell 6 percent in early trading after the announcement.",
  "Citing late deliveries of key processing equipment, Taranis Metals told shareholders on Thursday "
  "that its Port Elstow cobalt refinery would open roughly nine months later than planned, in the "
  "third quarter of next year. Designed to make 12,000 tonnes of cobalt sulphate annually, the plant "
  "will mainly supply battery manufacturers. The project's total cost remains $410m, according to "
  "chief financial officer Rhys Okafor. The company added that battery producer Voltaren Cells would "
  "take two-fifths of the refinery's initial output under a supply agreement it had signed. Taranis "
  "shares dropped 6% in early trading following the news.",
  traps=[
      T("would open roughly nine months later than planned",
        "has postponed the opening of its cobalt refinery at Port Elstow by about nine months"),
      T("remains $410m", "was unchanged at 410 million dollars"),
      T("two-fifths", "40 percent"),
      T("dropped 6%", "fell 6 percent"),
  ])

# 18 inconsistent: modality + omission
C("tungsten mines", "rewrite", "inconsistent",
  "Operations at the Kalvik tungsten mine could resume as early as next month after regulators lifted "
  "a safety order imposed following a rockfall in January, owner Greyfell Resources said on Wednesday. "
  "The mine inspectorate had suspended underground work after the collapse injured two miners. "
  "Greyfell said it had installed additional roof bolting and seismic monitors in the affected "
  "tunnels. The company expects output this year to be about 15 percent below its original forecast "
  "of 2,600 tonnes of tungsten concentrate. Around 180 workers who were placed on partial pay during "
  "the suspension will return gradually, starting with maintenance crews. The inspectorate said it "
  "would carry out unannounced checks for the rest of the year.",
  "Greyfell Resources said on Wednesday that work at its Kalvik tungsten mine will resume next month, "
  "after regulators lifted a safety order imposed when a rockfall hit the mine in January. Underground "
  "operations had been suspended by the mine inspectorate after the collapse left two miners injured. "
  "According to Greyfell, extra roof bolting and seismic monitors have been fitted in the affected "
  "tunnels. The company expects this year's output to come in roughly 15% under its original forecast "
  "of 2,600 tonnes of tungsten concentrate. The approximately 180 workers put on partial pay during "
  "the suspension will come back in stages, beginning with maintenance crews. The inspectorate said "
  "it would carry out checks at the mine for the rest of the year.",
  errors=[
      E("will resume next month", "modality", "major", "could resume as early as next month"),
      OMIT("unannounced", "minor", before="checks at the mine"),
  ],
  traps=[
      T("Underground operations had been suspended by the mine inspectorate",
        "The mine inspectorate had suspended underground work"),
      T("come in roughly 15% under", "be about 15 percent below"),
      T("will come back in stages", "will return gradually"),
  ])

# 19 consistent
C("helium reserves", "rewrite", "consistent",
  "The national geological survey has raised its estimate of recoverable helium in the Merrow Basin to "
  "about 1.3 billion cubic feet, nearly double its previous figure, after test drilling by the "
  "explorer Crestline Gas. The survey said in a report released on Tuesday that concentrations in two "
  "wells exceeded 2 percent, which it described as commercially attractive. Crestline chief executive "
  "Odile Marchetti said the company hoped to make a final investment decision by mid-2026 but would "
  "first need to secure a processing partner. Helium is used in medical scanners and semiconductor "
  "manufacturing, and prices have risen sharply since 2022 because of supply disruptions elsewhere.",
  "After test drilling by explorer Crestline Gas, the national geological survey now puts recoverable "
  "helium in the Merrow Basin at roughly 1.3 billion cubic feet, close to twice its earlier estimate. "
  "In a report published on Tuesday, the survey said two wells had shown concentrations above 2%, a "
  "level it called commercially attractive. Crestline's chief executive, Odile Marchetti, said the "
  "company hoped to reach a final investment decision by the middle of 2026, though it would have to "
  "find a processing partner first. Helium, which is used in medical scanners and in making "
  "semiconductors, has become much more expensive since 2022 owing to disrupted supplies in other "
  "regions.",
  traps=[
      T("close to twice its earlier estimate", "nearly double its previous figure"),
      T("above 2%", "exceeded 2 percent"),
      T("by the middle of 2026", "by mid-2026"),
      T("would have to find a processing partner first",
        "would first need to secure a processing partner"),
      T("has become much more expensive", "prices have risen sharply"),
  ])

# 20 inconsistent: date
C("tar pits", "rewrite", "inconsistent",
  "Palaeontologists working at the Corvo Flats tar pits have recovered the nearly complete skeleton of "
  "a giant ground sloth, the Westmarch Natural History Museum said on Friday. The animal, estimated to "
  "have lived about 14,000 years ago, was found in a pit that was first excavated in the 1930s and "
  "reopened in 2019. Excavation lead Dr Maya Ferrant said the team had extracted more than 200 bones "
  "over four months and expected to finish the recovery before the site closes for the rainy season "
  "in November. The skeleton will go on public display at the museum in spring 2027 after cleaning "
  "and study.",
  "The Westmarch Natural History Museum announced on Friday that palaeontologists had recovered an "
  "almost complete giant ground sloth skeleton at the Corvo Flats tar pits. Estimated to have lived "
  "roughly 14,000 years ago, the animal was discovered in a pit that was reopened in 2019, having first "
  "been excavated in the 1930s. Over four months the team has removed more than 200 bones, said "
  "excavation lead Dr Maya Ferrant, who expects the recovery to be finished before the rainy season "
  "closes the site in November. Once cleaned and studied, the skeleton will be exhibited to the public "
  "at the museum in spring 2026.",
  errors=[
      E("spring 2026", "date", "major", "spring 2027"),
  ],
  traps=[
      T("almost complete", "nearly complete"),
      T("reopened in 2019, having first been excavated in the 1930s",
        "first excavated in the 1930s and reopened in 2019"),
      T("before the rainy season closes the site in November",
        "before the site closes for the rainy season in November"),
  ])

# ---------------------------------------------------------------------------
# Summaries (pairs 21-30)
# ---------------------------------------------------------------------------

# 21 consistent
C("asphalt recycling", "summary", "consistent",
  "The regional roads agency of Hallendale will require at least 30 percent recycled asphalt in all "
  "new resurfacing contracts from January, up from the current minimum of 15 percent, officials "
  "announced on Tuesday. The agency said the change would save an estimated 90,000 tonnes of virgin "
  "aggregate and cut carbon emissions from road works by about 12 percent a year. Contractors will have "
  "to certify the recycled content of each batch, and samples will be tested at the agency's laboratory "
  "in Brockton. The Hallendale Paving Association said its members supported the goal but warned that "
  "some smaller plants would need to invest in new equipment, which could temporarily raise prices. "
  "Agency director Colm Fairley said grants of up to 250,000 euros per plant would be available to help "
  "firms adapt. Hallendale resurfaces around 400 kilometres of road each year.",
  "From January, Hallendale's roads agency will double the minimum share of recycled asphalt in new "
  "resurfacing contracts to 30%, which it estimates will save 90,000 tonnes of virgin aggregate and "
  "trim road-work emissions by roughly 12% annually. The local paving association backs the goal but "
  "warns that some smaller plants will need new equipment, possibly pushing prices up for a time; the "
  "agency will make grants of up to €250,000 per plant available.",
  traps=[
      T("double the minimum share of recycled asphalt",
        "at least 30 percent recycled asphalt in all new resurfacing contracts from January, up from "
        "the current minimum of 15 percent"),
      T("trim road-work emissions by roughly 12% annually",
        "cut carbon emissions from road works by about 12 percent a year"),
      T("possibly pushing prices up for a time", "could temporarily raise prices"),
      T("€250,000", "250,000 euros"),
  ])

# 22 inconsistent: number + entity
C("snow fences", "summary", "inconsistent",
  "The Ridgefield state transport department will install 38 kilometres of new snow fencing along the "
  "Carrow Pass highway before winter, after drifting snow forced the road to close on 17 days last "
  "season, officials said on Monday. The fences, made of recycled plastic slats, will be set back about "
  "50 metres from the carriageway on farmland leased from 14 landowners. The department estimates the "
  "project will cost 2.9 million dollars and reduce snow clearance costs on the pass by around a third. "
  "District engineer Hannah Voss said similar fencing on the nearby Greyling Road had cut closures there "
  "from 11 days to two. Farmers will receive an annual payment of 600 dollars per kilometre of fence on "
  "their land.",
  "Ridgefield will put up 38 km of recycled-plastic snow fencing along the Carrow Pass highway before "
  "winter, after drifting snow shut the road on 14 days last season. The $2.9m project is expected to "
  "cut snow clearance costs on the pass by about a third; similar fencing on the nearby Carrow Road "
  "reduced closures from 11 days to two. Farmers will be paid $600 a year per kilometre of fence.",
  errors=[
      E("14 days", "number", "major", "17 days"),
      E("Carrow Road", "entity", "major", "Greyling Road"),
  ],
  traps=[
      T("$600 a year per kilometre", "an annual payment of 600 dollars per kilometre"),
  ])

# 23 consistent
C("levee repairs", "summary", "consistent",
  "Emergency repairs to a damaged section of the Oster River levee near the town of Lindau Falls were "
  "completed on Saturday, three days ahead of schedule, the provincial water board said. Crews worked "
  "around the clock for 12 days to rebuild a 300-metre stretch that had been undermined by last "
  "month's floods, using about 18,000 tonnes of clay and rock. The water board said the repaired "
  "section was now stronger than before, but warned that a further 4 kilometres of the levee still "
  "needed reinforcement and that work on it would not begin until next year because of funding "
  "constraints. About 2,600 residents who had been advised to prepare for possible evacuation were "
  "told on Saturday that the advisory had been lifted. The repairs cost an estimated 5.5 million euros.",
  "Working around the clock, crews on Saturday finished rebuilding a flood-damaged 300-metre stretch "
  "of the Oster River levee near Lindau Falls, three days early, and the advisory telling some 2,600 "
  "residents to prepare for a possible evacuation was lifted. The water board says the section is now "
  "stronger than before, but another 4 km of levee needs reinforcing and, for lack of funds, that work "
  "will not start before next year. The repairs are estimated to have cost €5.5m.",
  traps=[
      T("three days early", "three days ahead of schedule"),
      T("for lack of funds", "because of funding constraints"),
      T("will not start before next year", "would not begin until next year"),
      T("€5.5m", "5.5 million euros"),
  ])

# 24 inconsistent: role
C("vineyard drones", "summary", "inconsistent",
  "Wine producer Castell Ombra has signed a three-year contract with the drone operator SkyVine "
  "Robotics to spray fungicide across its 210 hectares of hillside vineyards in the Serra valley, the "
  "companies said on Wednesday. The drones will replace a tractor-based system that could not safely "
  "work slopes steeper than 30 degrees. Castell Ombra said the switch was expected to reduce chemical "
  "use by about a quarter, because the drones apply treatments more precisely. SkyVine, a start-up "
  "founded in 2021 in which Castell Ombra bought a 15 percent stake last year, will station two pilots "
  "and four aircraft at the estate during the growing season. Regional authorities granted the operator "
  "a special permit in May, as aerial spraying is otherwise banned within 500 metres of homes.",
  "Castell Ombra has hired drone operator SkyVine Robotics on a three-year contract to spray fungicide "
  "over its 210 hectares of hillside Serra valley vineyards, replacing tractors that could not safely "
  "work slopes above 30 degrees. The winery expects the more precise drones to cut chemical use by "
  "roughly 25%. SkyVine, which acquired a 15% stake in Castell Ombra last year, obtained a special "
  "permit in May because aerial spraying is otherwise banned within 500 metres of homes.",
  errors=[
      E("SkyVine, which acquired a 15% stake in Castell Ombra", "role", "major",
        "in which Castell Ombra bought a 15 percent stake"),
  ],
  traps=[
      T("has hired drone operator SkyVine Robotics on a three-year contract",
        "has signed a three-year contract with the drone operator SkyVine Robotics"),
      T("roughly 25%", "about a quarter"),
  ])

# 25 consistent
C("cinnamon plantations", "summary", "consistent",
  "Smallholders on the island of Keravi will receive a guaranteed minimum price for cinnamon bark for "
  "the next five years under a scheme launched on Monday by the agriculture ministry and the exporter "
  "Halden Spice Trading. The floor price of 9 dollars per kilogram for top-grade quills is about 20 "
  "percent above the average paid to growers last season. In return, participating farmers must stop "
  "using a banned preservative and allow inspectors onto their plantations. The ministry said about "
  "6,500 smallholders were eligible, and officials hoped at least half would sign up by the end of the "
  "year. Growers' cooperative leader Suren Wattala said the price was welcome but lower than the 11 "
  "dollars per kilogram farmers had asked for. Cinnamon accounts for around a third of the island's "
  "agricultural exports.",
  "A five-year scheme from Keravi's agriculture ministry and exporter Halden Spice Trading guarantees "
  "smallholders at least $9/kg for top-grade cinnamon quills, roughly a fifth more than last season's "
  "average, provided they stop using a banned preservative and admit inspectors. Officials hope half "
  "or more of the 6,500 or so eligible growers will join by year-end; the growers' cooperative leader "
  "called the price welcome but short of the $11 a kilogram farmers wanted.",
  traps=[
      T("$9/kg", "9 dollars per kilogram"),
      T("roughly a fifth more than last season's average",
        "about 20 percent above the average paid to growers last season"),
      T("half or more", "at least half"),
      T("by year-end", "by the end of the year"),
      T("short of the $11 a kilogram farmers wanted",
        "lower than the 11 dollars per kilogram farmers had asked for"),
  ])

# 26 inconsistent: event + addition
C("potato storage", "summary", "inconsistent",
  "Fire destroyed a potato storage warehouse operated by the Marlow Growers cooperative near the "
  "village of Eastby early on Sunday, the county fire service said. No one was injured. The building "
  "held about 4,000 tonnes of potatoes, most of which had been harvested in September and were due to "
  "be sold to crisp manufacturers over the winter. Fire crews spent nine hours bringing the blaze under "
  "control. Investigators believe the fire started in a ventilation unit but have not ruled out other "
  "causes. Cooperative manager Derek Lyle said the stock was insured, but warned that some of the 85 "
  "member farms could face cash-flow problems until claims were settled. Neighbouring storage sites "
  "were not affected.",
  "An early-Sunday fire destroyed Marlow Growers' potato warehouse near Eastby, which held about 4,000 "
  "tonnes of potatoes, mostly harvested in September and due to go to crisp makers over the winter; "
  "nobody was hurt. Fire crews took nine hours to put out the blaze, which investigators think began in "
  "a ventilation unit, though other causes have not been ruled out. The stock was insured, but some of "
  "the 85 member farms may face cash-flow problems until claims are paid, and the cooperative plans to "
  "rebuild before next year's harvest.",
  errors=[
      E("to put out the blaze", "event", "minor", "bringing the blaze under control"),
      E("the cooperative plans to rebuild before next year's harvest", "addition", "minor", None),
  ],
  traps=[
      T("nobody was hurt", "No one was injured"),
      T("may face cash-flow problems until claims are paid",
        "could face cash-flow problems until claims were settled"),
  ])

# 27 consistent
C("onion exports", "summary", "consistent",
  "The government of the Tavor region has lifted a four-month ban on onion exports, allowing shipments "
  "to resume from Monday, the trade ministry said in a statement on Friday. The ban was imposed in "
  "April after heavy rains damaged crops and domestic onion prices nearly tripled. Prices have since "
  "fallen by about 40 percent as the new harvest reached markets, the ministry said. Exporters will, "
  "however, have to pay a temporary duty of 12 percent until the end of the year, and shipments will be "
  "capped at 150,000 tonnes per quarter. The Tavor Onion Exporters Association said the duty would make "
  "its members less competitive against suppliers from neighbouring countries but welcomed the end of "
  "the ban.",
  "Tavor has lifted its four-month onion export ban, with shipments allowed again from Monday, though "
  "exporters face a temporary 12% duty until the end of the year and a quarterly cap of 150,000 "
  "tonnes. The ban came in April after heavy rain hit crops and local prices almost trebled; prices "
  "have since dropped by around two-fifths. The exporters' association welcomed the move but said the "
  "duty would hurt its members' competitiveness against neighbouring suppliers.",
  traps=[
      T("12% duty", "duty of 12 percent"),
      T("a quarterly cap of 150,000 tonnes", "capped at 150,000 tonnes per quarter"),
      T("almost trebled", "nearly tripled"),
      T("around two-fifths", "about 40 percent"),
      T("would hurt its members' competitiveness", "would make its members less competitive"),
  ])

# 28 inconsistent: repetition
C("chilli eating contests", "summary", "inconsistent",
  "The organisers of the Fenmoor Chilli Festival have introduced new safety rules for its chilli eating "
  "contest after three competitors needed medical treatment last year, the festival committee said on "
  "Thursday. Contestants must now be at least 18, sign a health declaration and eat a meal beforehand. "
  "A paramedic team will be stationed beside the stage, and any competitor who shows signs of distress "
  "will be removed from the contest. The hottest round will use peppers rated at about 1.5 million "
  "Scoville units, down from more than 2 million last year. Committee chair Rosa Pellin said the "
  "contest remained 'a test of nerve' but that nobody should end up in hospital for entertainment. The "
  "festival takes place on 9 and 10 August and expects 12,000 visitors.",
  "After three contestants needed medical treatment last year, the Fenmoor Chilli Festival has "
  "tightened safety rules for its chilli eating contest: entrants must be 18 or over, sign a health "
  "declaration and eat beforehand, and paramedics will be stationed beside the stage. The hottest round "
  "will use peppers of about 1.5 million Scoville units, down from over 2 million. Paramedics will be "
  "stationed beside the stage. The festival runs on 9-10 August.",
  errors=[
      E("Paramedics will be stationed beside the stage.", "repetition", "minor", None),
  ],
  traps=[
      T("18 or over", "at least 18"),
      T("over 2 million", "more than 2 million"),
      T("9-10 August", "9 and 10 August"),
  ])

# 29 consistent
C("vinegar brewing", "summary", "consistent",
  "Aceteria Brunelli, a family-owned vinegar brewery in the Colmara hills, will double its "
  "barrel-ageing capacity after securing a 3 million euro loan from the regional development bank, the "
  "company said on Tuesday. The expansion will add a new cellar for about 1,200 oak and chestnut "
  "barrels, allowing the firm to age more of its vinegar for 12 years or longer. Managing director "
  "Paola Brunelli said demand for aged vinegar had grown by roughly 15 percent a year since 2020, driven "
  "mostly by export orders from North America and Japan. Construction is scheduled to start in the "
  "autumn and take around 14 months. The company, which employs 42 people, expects to hire about ten "
  "more once the cellar opens.",
  "Backed by a €3m regional development bank loan, Colmara vinegar maker Aceteria Brunelli will build a "
  "cellar for roughly 1,200 oak and chestnut barrels, doubling its barrel-ageing capacity so that more "
  "vinegar can be aged for at least 12 years. Demand for aged vinegar, mostly from export customers in "
  "North America and Japan, has risen about 15% annually since 2020, the managing director said. Work "
  "is due to begin in the autumn, and the 42-employee firm expects to add around ten jobs once the "
  "cellar opens.",
  traps=[
      T("€3m", "3 million euro"),
      T("at least 12 years", "12 years or longer"),
      T("about 15% annually", "roughly 15 percent a year"),
      T("the 42-employee firm", "employs 42 people"),
      T("add around ten jobs", "hire about ten more"),
  ])

# 30 inconsistent: attribution
C("dumpling chains", "summary", "inconsistent",
  "Golden Pleat, a dumpling restaurant chain with 64 outlets, plans to open 20 more branches over the "
  "next two years, mostly in airport and railway station food courts, chief executive Wen Halloran said "
  "on Monday. The expansion will be financed from the chain's own cash flow and a 15 million dollar "
  "credit line. Halloran said same-store sales rose 9 percent last year. Analyst Marcus Eddowes of "
  "Brightwater Securities said the plan looked ambitious given rising rents at transport hubs, and "
  "estimated that new outlets would take about 18 months to become profitable. Golden Pleat, founded in "
  "2011, employs about 1,900 people.",
  "Dumpling chain Golden Pleat, which has 64 outlets, aims to add 20 branches within two years, mainly "
  "in airport and station food courts, funded by its own cash flow and a $15m credit line. Same-store "
  "sales grew 9% last year. Chief executive Wen Halloran estimated that new outlets would need about 18 "
  "months to turn a profit, while an analyst called the plan ambitious given rising rents at transport "
  "hubs.",
  errors=[
      E("Chief executive Wen Halloran estimated", "attribution", "major",
        "Analyst Marcus Eddowes of Brightwater Securities"),
  ],
  traps=[
      T("aims to add 20 branches within two years",
        "plans to open 20 more branches over the next two years"),
      T("$15m", "15 million dollar"),
  ])

# ---------------------------------------------------------------------------
# Translations (pairs 31-40): two independent English renderings of one story
# ---------------------------------------------------------------------------

# 31 consistent
C("bagel bakeries", "translation", "consistent",
  "The bagel bakery Obwarzanek Mazur, which has operated in the old town of Wilnica since 1958, will "
  "close its doors at the end of March, its owner announced on Wednesday. Owner Teresa Mazur, 71, said "
  "that rising energy costs had made it impossible to keep the wood-fired oven running profitably, and "
  "that none of her children wished to take over the business. The bakery sells around 1,500 bagels "
  "daily, many of them to tourists. The city council said it was in talks with two local bakers who "
  "might rent the premises and continue baking bagels using the traditional recipe, but that no "
  "agreement had yet been reached. The bakery employs seven people.",
  "Obwarzanek Mazur, a bagel bakery that has been running in Wilnica's old town since 1958, is to shut "
  "at the end of March, its proprietor said on Wednesday. According to Teresa Mazur, the 71-year-old "
  "owner, higher energy prices mean the wood-fired oven can no longer be operated at a profit, and none "
  "of her children want to take the business over. Roughly 1,500 bagels are sold there each day, a good "
  "share of them to tourists. The city council said it was negotiating with two local bakers who could "
  "lease the premises and go on baking bagels to the traditional recipe, though nothing has been agreed "
  "so far. Seven people work at the bakery.",
  traps=[
      T("is to shut at the end of March", "will close its doors at the end of March"),
      T("the 71-year-old owner", "Owner Teresa Mazur, 71"),
      T("can no longer be operated at a profit",
        "had made it impossible to keep the wood-fired oven running profitably"),
      T("nothing has been agreed so far", "no agreement had yet been reached"),
      T("Seven people work at the bakery", "The bakery employs seven people"),
  ])

# 32 inconsistent: number + polarity
C("doughnut shops", "translation", "inconsistent",
  "The consumer protection office of the canton of Albruck fined the doughnut shop chain Kringel & Co "
  "18,000 francs on Tuesday for advertising its products as 'baked, not fried'. Laboratory tests carried "
  "out on samples from four of the chain's 23 shops showed that the doughnuts had in fact been fried in "
  "palm oil. The office said the advertising had misled customers who were trying to eat more "
  "healthily. Kringel & Co said it did not accept the finding and would contest the fine in court. "
  "According to the office, the chain must remove the slogan from its shops and website within 30 days.",
  "On Tuesday, Albruck canton's consumer protection authority imposed a fine of 18,000 francs on the "
  "doughnut chain Kringel & Co for promoting its goods with the claim 'baked, not fried'. Lab analysis "
  "of samples taken at four of the chain's 32 branches found that the doughnuts were actually fried in "
  "palm oil. In the authority's view, the advertisements deceived customers who wanted a healthier "
  "diet. Kringel & Co said it accepted the finding but would challenge the fine before the courts. The "
  "authority said the slogan has to be taken off the chain's shops and website within 30 days.",
  errors=[
      E("32", "number", "major", "23"),
      E("accepted the finding", "polarity", "major", "did not accept the finding"),
  ],
  traps=[
      T("imposed a fine of 18,000 francs on the doughnut chain Kringel & Co",
        "fined the doughnut shop chain Kringel & Co 18,000 francs"),
      T("deceived customers", "misled customers"),
  ])

# 33 consistent
C("nougat makers", "translation", "consistent",
  "The agriculture ministry has granted protected designation status to the honey-and-almond nougat of "
  "Montesar, meaning that only producers in the town and four neighbouring villages may now sell nougat "
  "under that name. The application was submitted six years ago by an association of eleven "
  "confectioners. Under the rules, the nougat must contain at least 40 percent almonds and be made with "
  "honey from the region. Association president Lorenzo Abrell described the decision as 'a recognition "
  "of three centuries of work' and said members hoped it would help them fight cheaper imitations. "
  "Montesar producers make about 900 tonnes of nougat a year, a third of which is exported.",
  "Montesar's honey-and-almond nougat has been given protected designation status by the agriculture "
  "ministry, so that nougat may now be sold under that name only by producers in the town and four "
  "nearby villages. Eleven confectioners, grouped in an association, filed the application six years "
  "ago. The rules require the nougat to be at least 40% almonds and to be made using honey from the "
  "region. Lorenzo Abrell, who heads the association, called the ruling 'a recognition of three "
  "centuries of work', adding that members hoped it would help them combat cheaper copies. Some 900 "
  "tonnes of nougat are produced in Montesar every year, and a third of it goes abroad.",
  traps=[
      T("has been given protected designation status by the agriculture ministry",
        "The agriculture ministry has granted protected designation status"),
      T("four nearby villages", "four neighbouring villages"),
      T("at least 40% almonds", "at least 40 percent almonds"),
      T("cheaper copies", "cheaper imitations"),
      T("a third of it goes abroad", "a third of which is exported"),
  ])

# 34 inconsistent: entity
C("honey adulteration", "translation", "inconsistent",
  "Inspectors from the national food agency found that 14 of 50 jars of honey bought in supermarkets in "
  "the Darvo region had been diluted with sugar syrup, the agency said on Monday. Most of the "
  "adulterated samples were sold under private labels and came from a single packing plant in the town "
  "of Rusava, which has been ordered to suspend deliveries. The beekeepers' union of Darvo said the "
  "results confirmed long-standing suspicions and called for stricter origin labelling. The agency said "
  "the products posed no health risk but constituted consumer fraud, and that it had passed the case to "
  "prosecutors.",
  "The national food agency announced on Monday that its inspectors had established that 14 out of 50 "
  "honey jars purchased in Darvo-region supermarkets were diluted with sugar syrup. Most of the tampered "
  "samples, sold under supermarkets' own brands, originated from one packing plant in Rusava, which has "
  "been ordered to halt deliveries. Darvo's beekeepers' union said the findings confirmed suspicions it "
  "had long held, and called for tighter rules on origin labelling. According to the agency, the honey "
  "was not dangerous to health but amounted to deceiving consumers, and the case has been handed to the "
  "police.",
  errors=[
      E("the police", "entity", "major", "prosecutors"),
  ],
  traps=[
      T("supermarkets' own brands", "private labels"),
      T("suspicions it had long held", "long-standing suspicions"),
      T("was not dangerous to health", "posed no health risk"),
  ])

# 35 consistent
C("mead halls", "translation", "consistent",
  "The open-air museum at Hjalmstad opened its reconstructed mead hall to visitors on Saturday, after "
  "four years of construction using only tools and techniques known from the early medieval period. "
  "The hall, 32 metres long and 9 metres wide, was built on the foundations of a building uncovered by "
  "archaeologists in 2014. About 1.2 million crowns of the 5 million crown cost was covered by private "
  "donations. Museum director Sigrun Falk said the hall would host feasts, lectures and craft workshops, "
  "but that for fire safety reasons the central hearth could only be lit under the supervision of "
  "staff. More than 3,000 people visited on the opening weekend.",
  "On Saturday the Hjalmstad open-air museum opened the doors of its rebuilt mead hall to the public. "
  "It took four years to build, with nothing but the tools and methods known from the early Middle "
  "Ages. Measuring 32 by 9 metres, the hall stands on the foundations of a building that archaeologists "
  "found in 2014. Private donors paid for roughly 1.2 million of the 5 million crowns it cost. Feasts, "
  "talks and craft workshops will be held in the hall, according to museum director Sigrun Falk, though "
  "for fire safety reasons the central hearth may be lit only when staff are supervising. Over 3,000 "
  "people came during the opening weekend.",
  traps=[
      T("Measuring 32 by 9 metres", "32 metres long and 9 metres wide"),
      T("Private donors paid for roughly 1.2 million of the 5 million crowns it cost",
        "About 1.2 million crowns of the 5 million crown cost was covered by private donations"),
      T("may be lit only when staff are supervising", "could only be lit under the supervision of staff"),
      T("Over 3,000 people", "More than 3,000 people"),
  ])

# 36 inconsistent: role + modality
C("cork stoppers", "translation", "inconsistent",
  "The winery group Quinta Rosal will be supplied with natural cork stoppers by the producer Corticeira "
  "Valmonte for the next five years under an agreement announced by both companies on Thursday. "
  "Valmonte, which harvests bark from about 8,000 hectares of cork oak forest, will deliver up to 60 "
  "million stoppers a year. Rosal had previously used synthetic closures for its cheaper wines. "
  "Valmonte's chief executive, Inês Carvalhal, said the contract might allow the company to reopen a "
  "processing line that was closed in 2020. Rosal will pay a fixed price for the first two years, after "
  "which prices will be reviewed every year.",
  "Under a deal the two firms made public on Thursday, the winery group Quinta Rosal will supply the "
  "producer Corticeira Valmonte with natural cork stoppers over the coming five years. Valmonte, whose "
  "bark comes from around 8,000 hectares of cork oak woodland, will provide as many as 60 million "
  "stoppers annually. Until now, Rosal had sealed its less expensive wines with synthetic closures. "
  "According to Valmonte chief executive Inês Carvalhal, the contract will allow the firm to restart a "
  "processing line shut down in 2020. For the first two years Rosal will pay a fixed price, which will "
  "then be reviewed each year.",
  errors=[
      E("Quinta Rosal will supply the producer Corticeira Valmonte", "role", "critical",
        "Quinta Rosal will be supplied with natural cork stoppers by the producer Corticeira Valmonte"),
      E("will allow", "modality", "major", "might allow"),
  ],
  traps=[
      T("as many as 60 million stoppers annually", "up to 60 million stoppers a year"),
      T("less expensive wines", "cheaper wines"),
  ])

# 37 consistent
C("barrel coopers", "translation", "consistent",
  "The last independent cooperage in the Saarberg valley has taken on four apprentices, the first in "
  "more than a decade, thanks to a training subsidy from the regional crafts chamber. Master cooper "
  "Anton Riedl, 64, who runs the workshop with his daughter, said that demand for oak barrels from "
  "whisky distillers and wineries had risen so sharply that customers were waiting up to eight months "
  "for orders. The apprenticeship lasts three years. The chamber is covering half of the apprentices' "
  "wages during that period. Riedl said he hoped at least two of them would stay on after qualifying, "
  "which would allow the workshop to raise its output from around 600 to 900 barrels a year.",
  "Helped by a training grant from the regional crafts chamber, the Saarberg valley's last independent "
  "cooperage has hired four apprentices, its first in over ten years. Demand for oak barrels from "
  "wineries and whisky distilleries has climbed so steeply that customers wait as long as eight months "
  "for their orders, said master cooper Anton Riedl, 64, who runs the workshop together with his "
  "daughter. Throughout the three-year apprenticeship, half of the trainees' pay will be covered by the "
  "chamber. Riedl said he hoped that a minimum of two would remain after qualifying, which would let the "
  "workshop increase production from about 600 to 900 barrels annually.",
  traps=[
      T("its first in over ten years", "the first in more than a decade"),
      T("as long as eight months", "up to eight months"),
      T("half of the trainees' pay will be covered by the chamber",
        "The chamber is covering half of the apprentices' wages"),
      T("a minimum of two", "at least two"),
  ])

# 38 inconsistent: event
C("shoe lasts", "translation", "inconsistent",
  "The shoe-last maker Formenwerk Biel has been bought out by its managers from its founding family, the "
  "company announced on Friday. The firm, which carves and mills wooden and plastic lasts for about 150 "
  "shoe manufacturers across Europe, employs 48 people in the town of Kellsdorf. The purchase price was "
  "not disclosed. New managing director Ruth Ambühl said all jobs would be kept and that the company "
  "would invest in 3D scanning to speed up the production of custom lasts. The founding family had been "
  "looking for a buyer for two years after no family member wanted to run the business.",
  "Formenwerk Biel, a maker of shoe lasts, announced on Friday that its managers had leased the company "
  "from the family that founded it. Based in Kellsdorf, where it has a staff of 48, the firm carves and "
  "mills wooden and plastic lasts for roughly 150 shoemakers around Europe. No price was given for the "
  "deal. Ruth Ambühl, the new managing director, said every job would be preserved and that the company "
  "would put money into 3D scanning to make custom lasts faster. The founders' family had spent two "
  "years searching for a buyer, as none of its members wished to run the business.",
  errors=[
      E("had leased", "event", "major", "has been bought out"),
  ],
  traps=[
      T("No price was given for the deal", "The purchase price was not disclosed"),
      T("every job would be preserved", "all jobs would be kept"),
      T("put money into 3D scanning", "invest in 3D scanning"),
  ])

# 39 consistent
C("zipper makers", "translation", "consistent",
  "Zipper manufacturer Reissler Verschluss will move part of its production from the city of Oberau to "
  "a new plant in the south of the country by 2027, the company said on Tuesday. About 120 of the 450 "
  "jobs in Oberau will be transferred, but no employees will be dismissed, as workers will be offered "
  "positions at the new site or in other departments. The company said the move was necessary because "
  "the Oberau site could not be expanded. The works council said it would examine the plans closely. "
  "Reissler produces around 300 million zippers a year, mainly for outdoor clothing brands.",
  "Reissler Verschluss, a zip maker, announced on Tuesday that by 2027 it would shift some of its "
  "manufacturing from the city of Oberau to a new factory in the country's south. Roughly 120 of the 450 "
  "positions in Oberau are to be relocated, though there will be no redundancies: staff will be offered "
  "jobs at the new plant or in other departments. According to the company, the relocation was needed "
  "because the Oberau site could not be enlarged. The works council said it would scrutinise the plans. "
  "The firm makes some 300 million zips annually, chiefly for outdoor clothing brands.",
  traps=[
      T("Roughly 120 of the 450 positions in Oberau are to be relocated",
        "About 120 of the 450 jobs in Oberau will be transferred"),
      T("there will be no redundancies", "no employees will be dismissed"),
      T("scrutinise the plans", "examine the plans closely"),
      T("some 300 million zips annually", "around 300 million zippers a year"),
  ])

# 40 inconsistent: polarity + date
C("thimble collectors", "translation", "inconsistent",
  "The International Thimble Collectors' Society will hold its next convention in the spa town of Bad "
  "Lörrich from 12 to 15 May, the society announced on Wednesday. Around 400 members from 20 countries "
  "are expected. The highlight will be an exhibition of about 2,000 thimbles from the collection of the "
  "late Margarete Osswald, which her heirs have lent to the society. The thimbles will not be offered "
  "for sale. Society chair Hedda Brinck said that the convention was open to non-members for the first "
  "time, and that tickets could be bought online from 1 March.",
  "The International Thimble Collectors' Society said on Wednesday that its next convention would take "
  "place in the spa town of Bad Lörrich on 12-15 May. Some 400 members from 20 countries are expected to "
  "attend. The main attraction will be a display of roughly 2,000 thimbles from the collection of the "
  "late Margarete Osswald, lent to the society by her heirs. The thimbles will also be offered for sale. "
  "According to society chair Hedda Brinck, non-members can attend the convention for the first time, "
  "and tickets are available online until 1 March.",
  errors=[
      E("will also be offered for sale", "polarity", "major", "will not be offered for sale"),
      E("until 1 March", "date", "major", "from 1 March"),
  ],
  traps=[
      T("on 12-15 May", "from 12 to 15 May"),
      T("lent to the society by her heirs", "which her heirs have lent to the society"),
  ])


# ---------------------------------------------------------------------------
# Building and validation
# ---------------------------------------------------------------------------

def nth_find(hay, needle, occ):
    """Start of the occ-th (0-based, non-overlapping) occurrence of needle in hay, or -1."""
    pos = -1
    start = 0
    for _ in range(occ + 1):
        pos = hay.find(needle, start)
        if pos < 0:
            return -1
        start = pos + len(needle)
    return pos


def words(s):
    return re.findall(r"\S+", s)


def cuts_word(text, start, end):
    if start > 0 and start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        return True
    if end < len(text) and end > 0 and text[end - 1].isalnum() and text[end].isalnum():
        return True
    return False


def build():
    problems = []
    records = []

    def bad(cid, msg):
        problems.append(f"{cid}: {msg}")

    for i, case in enumerate(CASES, 1):
        cid = f"s75-{i:03d}"
        ref, cand = case["reference"], case["candidate"]
        mode, label = case["mode"], case["label"]
        if mode not in MODES:
            bad(cid, f"bad mode {mode}")
        if label not in ("consistent", "inconsistent"):
            bad(cid, f"bad label {label}")
        if ref == cand:
            bad(cid, "candidate identical to reference")
        nref = len(words(ref))
        if not 70 <= nref <= 190:
            bad(cid, f"reference has {nref} words")
        if mode == "summary" and not (len(cand) < len(ref) and len(words(cand)) < nref):
            bad(cid, "summary not shorter than reference")
        for s in (ref, cand):
            if s != s.strip() or "  " in s:
                bad(cid, "stray whitespace")

        spans = []  # (start, end, kind)
        errors = []
        for e in case["errors"]:
            et, sev, rt = e["type"], e["severity"], e["ref_text"]
            if et not in ERROR_TYPES:
                bad(cid, f"bad error type {et}")
            if sev not in SEVERITIES:
                bad(cid, f"bad severity {sev}")
            if et == "omission":
                if mode == "summary":
                    bad(cid, "omission in a summary")
                if e["before"] is not None:
                    p = nth_find(cand, e["before"], e["occ"])
                    if p < 0:
                        bad(cid, f"omission anchor not found: {e['before']!r}")
                        continue
                else:
                    p = nth_find(cand, e["after"], e["occ"])
                    if p < 0:
                        bad(cid, f"omission anchor not found: {e['after']!r}")
                        continue
                    p += len(e["after"])
                start = end = p
                text = ""
                if not rt or rt not in ref:
                    bad(cid, f"omission ref_text not in reference: {rt!r}")
                if rt and rt.lower() in cand.lower():
                    bad(cid, f"omitted words still in candidate: {rt!r}")
                if 0 < p < len(cand) and cand[p - 1].isalnum() and cand[p].isalnum():
                    bad(cid, "omission point inside a word")
            else:
                text = e["text"]
                start = nth_find(cand, text, e["occ"])
                if start < 0:
                    bad(cid, f"error text not found: {text!r} (occ {e['occ']})")
                    continue
                end = start + len(text)
                if not text or text != text.strip():
                    bad(cid, f"empty or padded error span {text!r}")
                if cuts_word(cand, start, end):
                    bad(cid, f"error span cuts a word: {text!r}")
                if et in ("addition", "repetition"):
                    if rt is not None:
                        bad(cid, f"{et} must have ref_text null")
                else:
                    if not rt or rt not in ref:
                        bad(cid, f"ref_text not in reference: {rt!r}")
                    if rt == text:
                        bad(cid, f"error span identical to ref_text: {text!r}")
                if et == "repetition":
                    core = text.strip(" .,;:").lower()
                    if core not in cand[:start].lower():
                        bad(cid, f"repetition has no earlier copy: {text!r}")
                if et == "addition" and text.lower() in ref.lower():
                    bad(cid, f"addition text found in reference: {text!r}")
            spans.append((start, end, "error"))
            errors.append({"start": start, "end": end, "text": text, "type": et,
                           "severity": sev, "ref_text": rt})

        traps = []
        for t in case["traps"]:
            text, rt = t["text"], t["ref_text"]
            start = nth_find(cand, text, t["occ"])
            if start < 0:
                bad(cid, f"trap text not found: {text!r}")
                continue
            end = start + len(text)
            if not text or text != text.strip():
                bad(cid, f"empty or padded trap span {text!r}")
            if cuts_word(cand, start, end):
                bad(cid, f"trap span cuts a word: {text!r}")
            if rt not in ref:
                bad(cid, f"trap ref_text not in reference: {rt!r}")
            if rt == text:
                bad(cid, f"trap identical to its ref_text: {text!r}")
            spans.append((start, end, "trap"))
            traps.append({"start": start, "end": end, "text": text, "ref_text": rt})

        spans.sort()
        for (s1, e1, k1), (s2, e2, k2) in zip(spans, spans[1:]):
            if s2 < e1 or (s1 == s2 and (s1 == e1 or s2 == e2)):
                bad(cid, f"overlapping spans {k1}[{s1},{e1}) and {k2}[{s2},{e2})")

        if label == "consistent":
            if errors:
                bad(cid, "consistent pair has errors")
            if not 3 <= len(traps) <= 5:
                bad(cid, f"consistent pair has {len(traps)} traps")
        else:
            if not 1 <= len(errors) <= 3:
                bad(cid, f"inconsistent pair has {len(errors)} errors")
            if len(traps) > 3:
                bad(cid, f"inconsistent pair has {len(traps)} traps")

        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        for x in errors + traps:
            assert cand[x["start"]:x["end"]] == x["text"]
        records.append({"id": cid, "domain": case["domain"], "mode": mode,
                        "reference": ref, "candidate": cand, "label": label,
                        "errors": errors, "traps": traps})

    # set-level composition
    if len(records) != 40:
        problems.append(f"set: {len(records)} pairs, expected 40")
    doms = [r["domain"] for r in records]
    if sorted(doms) != sorted(DOMAINS) or len(set(doms)) != len(doms):
        problems.append("set: domains do not match the list one-to-one")
    labels = Counter(r["label"] for r in records)
    if labels != Counter({"consistent": 20, "inconsistent": 20}):
        problems.append(f"set: labels {dict(labels)}")
    modes = Counter(r["mode"] for r in records)
    if modes != Counter({"rewrite": 20, "summary": 10, "translation": 10}):
        problems.append(f"set: modes {dict(modes)}")
    for m, n in modes.items():
        nc = sum(1 for r in records if r["mode"] == m and r["label"] == "consistent")
        if nc * 2 != n:
            problems.append(f"set: mode {m} has {nc} consistent of {n}")
    etypes = Counter(e["type"] for r in records for e in r["errors"])
    if sum(etypes.values()) != 30:
        problems.append(f"set: {sum(etypes.values())} errors, expected 30")
    for t in ERROR_TYPES:
        if etypes[t] < 2:
            problems.append(f"set: error type {t} used {etypes[t]} times")
    small = sum(1 for r in records if r["label"] == "inconsistent" and 1 <= len(r["errors"]) <= 2)
    if small < 15:
        problems.append("set: too few inconsistent pairs with 1-2 errors")
    return records, problems


def summary_lines(records):
    out = []
    out.append("pairs: %d" % len(records))
    out.append("modes: %s" % dict(sorted(Counter(r["mode"] for r in records).items())))
    out.append("labels: %s" % dict(sorted(Counter(r["label"] for r in records).items())))
    out.append("mode x label: %s" % dict(sorted(Counter(
        (r["mode"] + "/" + r["label"]) for r in records).items())))
    et = Counter(e["type"] for r in records for e in r["errors"])
    out.append("errors: %d %s" % (sum(et.values()), {t: et[t] for t in ERROR_TYPES}))
    out.append("severity: %s" % dict(sorted(Counter(
        e["severity"] for r in records for e in r["errors"]).items())))
    out.append("traps: %d" % sum(len(r["traps"]) for r in records))
    wc = [len(words(r["reference"])) for r in records]
    out.append("reference words: min %d max %d" % (min(wc), max(wc)))
    return out


def main():
    check_only = "--check" in sys.argv[1:]
    records, problems = build()
    if problems:
        for p in problems:
            print("INVALID", p, file=sys.stderr)
        sys.exit(1)
    for line in summary_lines(records):
        print(line)
    if check_only:
        print("check passed; nothing written")
        return
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set75.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", path)


if __name__ == "__main__":
    main()
