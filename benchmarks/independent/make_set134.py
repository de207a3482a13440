#!/usr/bin/env python3
"""Held-out evaluation set 134 for the fact-comparison tool.

How it was made: every pair below was hand-written by a helper session that saw no
code or data of the project and no existing benchmark, working only from a written
brief.  All people, companies, organisations, places and figures are invented (real
countries appear, if at all, only as background).  Character offsets are never typed
by hand: the script finds every span by string search (an occurrence index is given
where a quoted text repeats), validates the whole set and writes set134.jsonl.

Composition (40 pairs, one domain each):
  * 20 consistent / 20 inconsistent
  * 20 rewrites (10 consistent, 10 inconsistent), 10 summaries (5/5),
    10 translations (5/5; both texts are independent English translations of the
    same non-English story)
  * 30 errors: entity 3, number 4, date 3, role 3, polarity 3, modality 3,
    attribution 2, event 3, omission 2 (rewrite/translation only), addition 2,
    repetition 2; 10 inconsistent pairs carry one error, 10 carry two
  * traps: 3-5 per consistent pair, 0-3 per inconsistent pair
  * references 70-190 words, news/agency/corporate/official register

Usage:  python3 make_set134.py          validate and write set134.jsonl
        python3 make_set134.py --check  validate only, write nothing
"""
import json
import os
import random
import re
import sys

N = 134
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set%d.jsonl" % N)

DOMAINS = [
    "bird strike at airport", "kelp farming startup", "data centre water use",
    "fertiliser shortage", "vaccine trial pause", "moon rover test",
    "bee colony collapse", "lake water level drop", "sand mining ban",
    "parliamentary expenses audit", "scientific fraud retraction",
    "glacier hiking ban", "railway station accessibility",
    "stadium crowd crush inquiry", "mosquito control programme",
    "sweet shop closure", "hydroelectric dam relicensing",
    "opera house renovation", "minimum wage increase", "ancient dna study",
    "judicial appointment row", "vaccine cold chain failure",
    "diamond mine expansion", "jazz festival lineup", "recycled water approval",
    "hospital food review", "coral bleaching survey", "hospital robot surgery",
    "elephant corridor project", "chess cheating allegation",
    "self-checkout complaints", "radio station licence renewal",
    "telescope discovery of exoplanet", "marathon course mismeasurement",
    "radon testing in homes", "river ferry capsizing",
    "theatre ticket resale law", "tennis tournament prize money",
    "crime statistics release", "robotic lawnmower hedgehog injuries",
]
ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]


def E(text, etype, severity, ref_text, occ=None, after=None, before=None):
    """An error span.  For an omission, text is "" and the insertion point is
    given by `after` (point = end of that text) or `before` (point = its start)."""
    return dict(text=text, type=etype, severity=severity, ref_text=ref_text,
                occ=occ, after=after, before=before)


def T(text, ref_text, occ=None):
    """A trap: a faithful rewording of `ref_text` (reference wording)."""
    return dict(text=text, ref_text=ref_text, occ=occ)


def C(domain, mode, reference, candidate, errors=(), traps=()):
    return dict(domain=domain, mode=mode, reference=reference,
                candidate=candidate, errors=list(errors), traps=list(traps))


CASES = []

# ---------------------------------------------------------------- rewrites 1-10
CASES += [
C("bird strike at airport", "rewrite",
  "A regional jet operated by Corvale Air returned to Ashgrove International Airport on Tuesday morning after striking a flock of geese shortly after take-off, the airport authority said. The aircraft, carrying 64 passengers and four crew, landed safely 22 minutes after departure, and no one was injured. Engineers found damage to the left engine's fan blades and the aircraft has been taken out of service for inspection. Ashgrove's operations director, Helen Marsby, said the airport had recorded 31 bird strikes so far this year, compared with 19 over the same period last year. She said the authority would expand its use of trained falcons and acoustic deterrents along the northern runway, where most of the strikes have occurred. Passengers were transferred to a later flight that departed shortly after 2 p.m.",
  "A Corvale Air regional jet turned back to Ashgrove International Airport on Tuesday morning when it hit a flock of geese soon after take-off, according to the airport authority. With 68 people on board, four of them crew, the plane touched down safely 22 minutes after departing and nobody was hurt. Engineers discovered damage to the fan blades of the left engine, and the jet has been withdrawn from service so it can be inspected. Helen Marsby, who is the airport's operations director, said 31 bird strikes had been logged this year to date, up from 19 in the same period of last year. Most have happened along the northern runway, and the authority will expand its use of trained falcons and acoustic deterrents there, she said. Passengers continued their journey on a later flight that left shortly after 2 p.m.",
  traps=[T("68 people on board, four of them crew", "64 passengers and four crew"),
         T("touched down safely 22 minutes after departing", "landed safely 22 minutes after departure"),
         T("withdrawn from service so it can be inspected", "taken out of service for inspection"),
         T("Helen Marsby, who is the airport's operations director", "Ashgrove's operations director, Helen Marsby"),
         T("up from 19 in the same period of last year", "compared with 19 over the same period last year")]),

C("kelp farming startup", "rewrite",
  "Tidewell Kelp, a three-year-old startup based in the fishing town of Porthcarrow, has raised £4.5 million from a group of investors led by Saltmarsh Ventures, the company said on Monday. The money will be used to expand its seaweed farm off Gannet Point from 12 hectares to 40 hectares and to build a drying plant on the quayside. Chief executive Mara Quillan said the expansion could create up to 25 jobs by the end of next year, most of them for former trawler crew. The company sells dried kelp to food manufacturers and cattle-feed producers, and says it harvested 180 tonnes last season. The farm still needs a marine licence for the extended site; the regulator is expected to decide in the spring.",
  "Tidewell Kelp, a three-year-old startup from the fishing town of Porthcarrow, said on Monday that it had raised £4.5m in an investment round led by Saltmarsh Ventures. It plans to use the funds to more than quadruple the size of its seaweed farm off Gannet Point, to 40 hectares, and to put up a drying plant on the quayside. According to chief executive Mara Quillan, the expansion will create up to 25 jobs by the end of next year, mostly for people who used to crew trawlers. Tidewell, which supplies dried kelp to food manufacturers and cattle-feed producers, says last season's harvest came to 180 tonnes. A marine licence for the enlarged site has yet to be granted, with the regulator expected to rule in the spring.",
  errors=[E("more than quadruple", "number", "major", "from 12 hectares to 40 hectares"),
          E("will create", "modality", "major", "could create")],
  traps=[T("£4.5m in an investment round led by Saltmarsh Ventures", "£4.5 million from a group of investors led by Saltmarsh Ventures"),
         T("last season's harvest came to 180 tonnes", "it harvested 180 tonnes last season"),
         T("has yet to be granted", "The farm still needs a marine licence")]),

C("data centre water use", "rewrite",
  "The operator of a planned data centre near Millbrack has cut its estimate of the site's water consumption by nearly half after objections from local farmers, according to documents submitted to the county planning board on 14 March. Brightvault Systems now says the facility would draw about 1.1 million litres a day from the municipal supply during summer peaks, down from the 2 million litres given in its original application. The company said it would switch to a closed-loop cooling design and use air cooling whenever outside temperatures fall below 18C. The Millbrack Growers' Association, which represents 140 farms, said the revision was a step forward but that it still wanted an independent assessment of the effect on groundwater. The planning board is scheduled to consider the application in June.",
  "Brightvault Systems has revised the projected water use of its planned Millbrack data centre downwards by almost 50 per cent following objections from local farmers, according to documents lodged with the county planning board on 14 March. At summer peaks the facility would now draw roughly 1.1 million litres a day from the municipal supply, compared with the 2 million litres stated in the original application. A closed-loop cooling design would be adopted, the company said, with air cooling used whenever the outside temperature is under 18C. The Millbrack Growers' Association, whose membership covers 140 farms, called the revision a step forward but said it still wanted an independent assessment of the impact on groundwater. The application is due to go before the planning board in June.",
  traps=[T("by almost 50 per cent", "by nearly half"),
         T("roughly 1.1 million litres", "about 1.1 million litres"),
         T("is under 18C", "fall below 18C"),
         T("whose membership covers 140 farms", "which represents 140 farms"),
         T("is due to go before the planning board in June", "is scheduled to consider the application in June")]),

C("fertiliser shortage", "rewrite",
  "Farmers in the eastern provinces face a shortage of nitrogen fertiliser ahead of spring planting after the country's largest producer, Verdanta Chemicals, halted two of its three ammonia plants because of high gas prices. The agriculture ministry said on Thursday that stocks held by distributors would cover about 60 per cent of expected demand. To make up part of the gap, the state-owned trading company Agrexa has agreed to buy 200,000 tonnes of urea from Halvik Fertilisers, a supplier based abroad, with the first deliveries due in three weeks. Prices for urea at farm stores have risen by 35 per cent since January, according to the Eastern Growers' Union, which warned that some members may reduce the area they plant with wheat.",
  "With spring planting approaching, farmers in the eastern provinces are running short of nitrogen fertiliser because Verdanta Chemicals, the country's biggest producer, has shut two of its three ammonia plants in response to high gas prices. Distributors' stocks would meet roughly three-fifths of expected demand, the agriculture ministry said on Thursday. To close part of the gap, the state-owned trading company Agrexa has agreed to sell 200,000 tonnes of urea to Halvik Fertilisers, a supplier based abroad, and the first deliveries are due in three weeks. The Eastern Growers' Union says urea prices at farm stores are up 35 per cent since January, and it has warned that some of its members may plant less wheat.",
  errors=[E("Agrexa has agreed to sell 200,000 tonnes of urea to Halvik Fertilisers", "role", "major",
            "Agrexa has agreed to buy 200,000 tonnes of urea from Halvik Fertilisers")],
  traps=[T("roughly three-fifths", "about 60 per cent"),
         T("are up 35 per cent since January", "have risen by 35 per cent since January"),
         T("may plant less wheat", "may reduce the area they plant with wheat")]),

C("vaccine trial pause", "rewrite",
  "Lumera Biologics has paused a late-stage trial of its experimental respiratory syncytial virus vaccine after one participant developed a serious neurological condition, the company said on Wednesday. The participant, an adult in the trial's older age group, was admitted to hospital and is recovering, the company said. It is not yet known whether the illness is linked to the vaccine. An independent safety monitoring board will review the case before deciding whether the study, which has enrolled about 9,000 people at 85 sites in six countries, can resume. Lumera said it still expected to report initial results in the second half of next year, although analysts at Crestline Partners said a pause lasting more than two months would probably push that date back. Shares in the company fell 12 per cent in morning trading.",
  "A late-stage study of Lumera Biologics' experimental vaccine against respiratory syncytial virus has been put on hold because a participant developed a serious neurological condition, the company announced on Wednesday. The person, an adult from the trial's older age group, was taken to hospital and is recovering, according to Lumera. Whether the illness is connected to the vaccine is not yet known. About 9,000 people have been enrolled at 85 sites across six countries, and an independent safety monitoring board will review the case before deciding whether the study can restart. Lumera said it still anticipated initial results in the second half of next year, but analysts at Crestline Partners said that a pause of longer than two months would probably delay that timetable. The company's shares dropped 12 per cent in morning trading.",
  traps=[T("has been put on hold", "has paused"),
         T("was taken to hospital", "was admitted to hospital"),
         T("About 9,000 people have been enrolled", "has enrolled about 9,000 people"),
         T("a pause of longer than two months would probably delay that timetable", "a pause lasting more than two months would probably push that date back"),
         T("The company's shares dropped 12 per cent", "Shares in the company fell 12 per cent")]),

C("moon rover test", "rewrite",
  "Engineers at the Karsten Space Institute completed a 10-day test of a prototype lunar rover in the volcanic desert of the Orlena Plateau on Saturday, the institute said. The six-wheeled vehicle, named Dunestrider-3, covered 38 kilometres across loose ash and boulder fields while being driven remotely from a control room 400 kilometres away, with a built-in delay of three seconds to mimic communication with the Moon. The rover's battery performed better than expected, but one wheel motor overheated on the seventh day and had to be replaced. Project lead Dr Ilse Varnholt said the team would now redesign the motor housing before a second field trial planned for next autumn. The institute hopes to offer the rover for a commercial lunar mission later this decade.",
  "A 10-day trial of a prototype lunar rover in the volcanic desert of the Orlena Plateau was completed on Saturday by engineers from the Karsten Space Institute, the institute said. Dunestrider-3, a six-wheeled vehicle, travelled 38km over loose ash and fields of boulders, steered remotely from a control room 400km away with a three-second delay built in to simulate communicating with the Moon. Its battery did better than expected, lasting the full 10 days without a recharge, though a wheel motor overheated on day seven and needed replacing. According to project lead Dr Ilse Varnholt, the team will now rework the motor housing after a second field trial planned for next autumn. The institute hopes the rover can be offered for a commercial lunar mission later this decade.",
  errors=[E("lasting the full 10 days without a recharge", "addition", "minor", None),
          E("after a second field trial", "date", "major", "before a second field trial")],
  traps=[T("38km", "38 kilometres"),
         T("on day seven", "on the seventh day")]),

C("bee colony collapse", "rewrite",
  "Beekeepers in the Hallow Valley lost an average of 37 per cent of their colonies over the winter, the highest rate since records began in 2009, according to a survey published on Friday by the Regional Apiculture Board. The board questioned 412 beekeepers managing a combined 6,800 hives. Most of the losses were attributed to varroa mites, although an unusually wet autumn that kept bees inside their hives for long periods was also thought to have played a part. The board's chief inspector, Tomas Elway, said losses above 30 per cent were not sustainable for commercial operators. He urged beekeepers to treat for mites earlier in the season and said the board would run free training sessions in April. Fruit growers in the valley, who rely on hired hives for pollination, have been warned that rental fees may rise.",
  "Over the winter, Hallow Valley beekeepers lost 37 per cent of their colonies on average — the worst rate since records started in 2009, according to a Regional Apiculture Board survey released on Friday. The board surveyed 412 beekeepers, who manage 6,800 hives between them. Varroa mites were blamed for the bulk of the losses, but an unusually wet autumn, which confined bees to their hives for long stretches, is also thought to have contributed. Losses of more than 30 per cent cannot be sustained by commercial operators, said Tomas Elway, the board's chief inspector, who called on beekeepers to treat for mites earlier in the season. The board will hold free training sessions in April, he said. Fruit growers in the valley, who hire hives to pollinate their crops, have been warned that the cost of renting hives could go up.",
  traps=[T("the worst rate since records started in 2009", "the highest rate since records began in 2009"),
         T("who manage 6,800 hives between them", "managing a combined 6,800 hives"),
         T("Varroa mites were blamed for the bulk of the losses", "Most of the losses were attributed to varroa mites"),
         T("Losses of more than 30 per cent cannot be sustained by commercial operators", "losses above 30 per cent were not sustainable for commercial operators"),
         T("the cost of renting hives could go up", "rental fees may rise")]),

C("lake water level drop", "rewrite",
  "The water level of Lake Serrin has fallen 2.3 metres below its long-term average, exposing a wide strip of mud along the western shore, the Serrin Basin Water Authority said on Monday. The authority blamed a second consecutive year of below-average rainfall and increased extraction by farms upstream. Ferry services between Aldmouth and Kessby have been suspended because the landing stage at Kessby is no longer reachable, and two sailing clubs have cancelled their summer regattas. The authority has asked irrigation licence holders to cut their abstraction by a fifth until the end of September and said mandatory restrictions would follow if the level dropped a further 50 centimetres. Drinking water supplies are not currently affected, it said.",
  "Lake Serrin is now 2.3 metres below its long-term average level, leaving a broad band of mud exposed along the western shore, the Serrin Basin Water Authority said on Monday. The authority put the fall down to a second straight year of below-average rainfall. The Aldmouth–Kessby ferry has been suspended because the landing stage at Kessby can no longer be reached, and two sailing clubs have called off their summer regattas. Irrigation licence holders have been asked to reduce abstraction by 20 per cent until the end of September, and the authority said compulsory restrictions would follow should the lake drop another 50cm. For now, drinking water supplies are unaffected, it said.",
  errors=[E("", "omission", "major", "and increased extraction by farms upstream", after="below-average rainfall")],
  traps=[T("by 20 per cent", "by a fifth"),
         T("should the lake drop another 50cm", "if the level dropped a further 50 centimetres"),
         T("For now, drinking water supplies are unaffected", "Drinking water supplies are not currently affected")]),

C("sand mining ban", "rewrite",
  "The environment ministry has banned sand mining along a 60-kilometre stretch of the Dovra River for three years, citing erosion that has undermined two bridges and damaged farmland. The ban, announced on 2 May, takes effect immediately and applies to both licensed operators and informal diggers. Inspectors found that the riverbed near the town of Pellmore had dropped by up to four metres in a decade. Around 1,200 people are estimated to work in sand extraction in the area, and the ministry said it would offer affected workers places on a retraining scheme. Construction firms warned that the price of building sand could double. Deputy minister Rosa Antell said the ban would be reviewed after 18 months and could be lifted early if the river recovered.",
  "Sand mining has been prohibited for three years on a 60km section of the Dovra River, the environment ministry announced on 2 May, pointing to erosion that has weakened two bridges and harmed farmland. The ban came into force straight away and covers informal diggers as well as licensed operators. Near the town of Pellmore, inspectors found, the riverbed is as much as four metres lower than it was a decade ago. Around 1,200 people in the area are thought to work in sand extraction; the ministry said places on a retraining scheme would be offered to those affected. Building sand could become twice as expensive, construction firms warned. The ban will be reviewed after a year and a half, deputy minister Rosa Antell said, and could be lifted early should the river recover.",
  traps=[T("60km section", "60-kilometre stretch"),
         T("came into force straight away", "takes effect immediately"),
         T("as much as four metres lower than it was a decade ago", "had dropped by up to four metres in a decade"),
         T("could become twice as expensive", "could double"),
         T("after a year and a half", "after 18 months")]),

C("parliamentary expenses audit", "rewrite",
  "An audit of parliamentary expenses has found that 23 members claimed a total of 184,000 crowns for accommodation in periods when parliament was not sitting, the State Audit Bureau said on Tuesday. Claims made between 2020 and 2023 by all 151 members were examined. The auditors found no evidence of fraud but said the rules were “open to misinterpretation” and recommended that the claims be repaid. Speaker Anneliese Korvald said she accepted the findings in full and would ask the rules committee to tighten the guidance before the next session. The opposition Civic Union called for the names of the 23 members to be published; the Speaker's office said it would consult the members concerned first.",
  "Twenty-three members of parliament claimed 184,000 crowns each for accommodation at times when parliament was not sitting, according to an audit of parliamentary expenses released by the State Audit Bureau on Tuesday. Claims submitted by all 151 members from 2020 to 2023 were examined. No evidence of fraud was found, and the auditors recommended that the money be repaid. The rules were “open to misinterpretation”, Speaker Anneliese Korvald said, adding that she accepted the findings in full and would ask the rules committee to tighten the guidance ahead of the next session. The Civic Union, which is in opposition, has demanded that the 23 members be named, while the Speaker's office said those concerned would be consulted first.",
  errors=[E("184,000 crowns each", "number", "critical", "a total of 184,000 crowns"),
          E("Speaker Anneliese Korvald said", "attribution", "major", "The auditors")],
  traps=[T("from 2020 to 2023", "between 2020 and 2023"),
         T("The Civic Union, which is in opposition", "The opposition Civic Union")]),
]

# --------------------------------------------------------------- rewrites 11-20
CASES += [
C("scientific fraud retraction", "rewrite",
  "The journal Myogenesis Reports has retracted a 2019 paper on muscle regeneration after an investigation by the University of Brannock concluded that images in the study had been manipulated. The university's research integrity panel found that at least eight figures contained duplicated or altered sections and held the paper's senior author, Professor Dario Lentz, responsible for research misconduct. Lentz, who left the university last year, denied wrongdoing in a statement issued through his lawyer and said he would appeal. The paper had been cited more than 600 times. Two co-authors asked for their names to be removed from it in 2022. The university said it would repay £310,000 in grant funding to the Harrowgate Medical Trust, which paid for the work.",
  "A 2019 paper on muscle regeneration has been withdrawn by the journal Myogenesis Reports following a University of Brannock investigation which concluded that images in the study had been manipulated. According to the university's research integrity panel, no fewer than eight figures had sections that were duplicated or altered, and the senior author, Professor Dario Lentz, was responsible for research misconduct. In a statement released through his lawyer, Lentz, who left the university last year, denied any wrongdoing and said he would appeal. The study had received over 600 citations. In 2022 two of the co-authors had asked for their names to be taken off it. The Harrowgate Medical Trust, which funded the work, will get back £310,000 in grant money, the university said.",
  traps=[T("has been withdrawn", "has retracted"),
         T("no fewer than eight figures", "at least eight figures"),
         T("had received over 600 citations", "had been cited more than 600 times"),
         T("will get back £310,000 in grant money", "would repay £310,000 in grant funding")]),

C("glacier hiking ban", "rewrite",
  "Authorities in the Falkstein district have banned guided and unguided hiking on the Morvik Glacier for the rest of the summer after a section of the ice collapsed on Sunday, injuring two walkers. The district council said a crack about 200 metres long had opened near the glacier's lower tongue and that further collapses could not be ruled out. Hikers will still be allowed to use the marked path to the viewing platform at Brenna Ridge, which lies outside the danger zone. Local guiding companies, which take around 15,000 visitors onto the ice each season, said the decision would cost jobs but that they understood the reasons. The council will reassess the glacier in October with geologists from the University of Tarnby.",
  "Hiking on the Morvik Glacier, with or without a guide, has been banned by authorities in the Falkstein district for the remainder of the summer after part of the ice gave way on Sunday, injuring two walkers. According to the district council, a crack roughly 200 metres long has opened close to the glacier's lower tongue, and further collapses cannot be ruled out. Hikers will no longer be able to use the marked path to the viewing platform at Brenna Ridge, which lies outside the danger zone. Local guiding companies, which take some 15,000 visitors onto the ice every season, said the decision would cost jobs but that they understood why it had been taken. The council will reassess the glacier in October together with geologists from the University of Tarnby.",
  errors=[E("will no longer be able to use", "polarity", "critical", "will still be allowed to use")],
  traps=[T("with or without a guide", "guided and unguided"),
         T("some 15,000 visitors", "around 15,000 visitors")]),

C("railway station accessibility", "rewrite",
  "Only 41 of the 118 stations on the Northern Valleys rail network have step-free access from the street to every platform, according to a report published on Thursday by the passenger watchdog RailVoice. The report found that lifts at 12 stations had been out of service for more than a month in the past year, and that staff assistance booked in advance failed to materialise on about one journey in eight. Network operator Vallorail said it had secured funding to make a further 16 stations fully accessible by 2027 and that it was replacing lifts at Harwick and Stonebridge this summer. RailVoice chief executive Priya Dunmore said progress was “far too slow” and called on the transport department to set a legal deadline for step-free access across the network.",
  "Fewer than half of the 118 stations on the Northern Valleys rail network — 41 in all — offer step-free access from street to every platform, the passenger watchdog RailVoice said in a report released on Thursday. Over the past year, lifts at 12 stations were out of action for longer than a month, and pre-booked help from staff did not turn up on roughly one journey in eight, the report found. Vallorail, which operates the network, said funding was now in place to make another 16 stations fully accessible by 2027, and that lifts at Harwick and Stonebridge would be replaced this summer. Calling progress “far too slow”, RailVoice's chief executive, Priya Dunmore, urged the transport department to set a legal deadline for step-free access throughout the network.",
  traps=[T("Fewer than half", "Only 41 of the 118 stations"),
         T("out of action for longer than a month", "out of service for more than a month"),
         T("pre-booked help from staff did not turn up", "staff assistance booked in advance failed to materialise"),
         T("Vallorail, which operates the network", "Network operator Vallorail"),
         T("another 16 stations", "a further 16 stations")]),

C("stadium crowd crush inquiry", "rewrite",
  "A public inquiry into the crowd crush at Redmoor Park stadium, in which 14 supporters were injured during a cup semi-final in March, will open on 9 September, the interior ministry announced on Friday. The inquiry will be chaired by retired judge Elena Maric and is expected to hear evidence from police, stewards, club officials and more than 200 fans. It will examine why only three of the eight turnstiles at the stadium's eastern entrance were working and why crowd numbers outside were not monitored. Castlemere Athletic, which owns the ground, has said it will cooperate fully. The families of the injured supporters had campaigned for a public inquiry rather than the internal review first offered by the football association.",
  "The interior ministry announced on Friday that a public inquiry will open on 9 September into the crush at Redmoor Park stadium, where 14 supporters were hurt during a cup semi-final in March. Chaired by retired judge Elena Maric, the inquiry is expected to take evidence from police, stewards and club officials, as well as from over 200 fans. It will look at why just three of the eight turnstiles at the stadium's eastern entrance were in working order, why crowd numbers outside were not monitored and why crowd numbers outside were not monitored. Castlemere Athletic, the ground's owner, has promised its full cooperation. Families of the injured had pushed for a public inquiry instead of the internal review first offered by the club.",
  errors=[E("why crowd numbers outside were not monitored", "repetition", "minor", None, occ=1),
          E("the club", "entity", "major", "the football association")],
  traps=[T("over 200 fans", "more than 200 fans"),
         T("Castlemere Athletic, the ground's owner", "Castlemere Athletic, which owns the ground"),
         T("has promised its full cooperation", "has said it will cooperate fully")]),

C("mosquito control programme", "rewrite",
  "The city of Porto Alvarim will release up to 2 million sterile male mosquitoes a week in four coastal neighbourhoods from next month in an attempt to curb dengue fever, the municipal health department said on Monday. The males, sterilised by radiation at a laboratory run by the Coastal Vector Institute, mate with wild females, whose eggs then fail to hatch. The trial will run for 18 months and cost about 3.4 million reais, half of it paid by the state government. Health secretary Joana Frade said the city recorded 8,900 dengue cases last year, nearly three times the number in the previous year. Officials stressed that the released mosquitoes do not bite, since only females feed on blood, and that residents should continue to remove standing water from their homes.",
  "From next month, as many as 2 million sterile male mosquitoes will be released each week across four coastal neighbourhoods of Porto Alvarim as the city tries to rein in dengue fever, the municipal health department announced on Monday. The males are sterilised with radiation in a laboratory run by the Coastal Vector Institute; when they mate with wild females, the resulting eggs do not hatch. Running for a year and a half, the trial will cost around 3.4 million reais, with the state government covering 50 per cent. Last year the city registered 8,900 dengue cases, almost triple the figure for the year before, said health secretary Joana Frade. Because only female mosquitoes feed on blood, the insects being released do not bite, officials emphasised, adding that residents should keep clearing standing water from their homes.",
  traps=[T("as many as 2 million", "up to 2 million"),
         T("for a year and a half", "for 18 months"),
         T("with the state government covering 50 per cent", "half of it paid by the state government"),
         T("almost triple the figure for the year before", "nearly three times the number in the previous year"),
         T("the resulting eggs do not hatch", "whose eggs then fail to hatch")]),

C("sweet shop closure", "rewrite",
  "Pemberton's, a sweet shop that has traded on Castle Street in Oldbury Cross since 1931, will close at the end of the month, its owners have announced. Brother and sister Colin and Judith Pemberton, the third generation of the family to run the shop, said rising energy bills and a 40 per cent increase in rent had made the business unviable. The shop is known for its boiled sweets, which are still made by hand in a back room using copper pans bought by the founder. The siblings said they hoped to sell the pans and recipes to another confectioner rather than see them end up in a museum. More than 3,000 people have signed an online petition asking the landlord, Garvey Estates, to reconsider the rent rise.",
  "Pemberton's, the sweet shop on Castle Street in Oldbury Cross that has been trading since 1931, is to shut its doors at the end of the month, the owners have said. Colin and Judith Pemberton, siblings who are the third generation of their family to run the business, blamed rising energy bills and a 40 per cent rent rise for making it unviable. The shop is famous for boiled sweets that are still made by hand in a back room, in copper pans the founder bought. The pair said they planned to donate the pans and recipes to a local museum. An online petition urging the landlord, Garvey Estates, to think again about the rent increase has attracted more than 3,000 signatures.",
  errors=[E("planned to donate the pans and recipes to a local museum", "event", "major",
            "hoped to sell the pans and recipes to another confectioner")],
  traps=[T("is to shut its doors at the end of the month", "will close at the end of the month"),
         T("has attracted more than 3,000 signatures", "More than 3,000 people have signed an online petition")]),

C("hydroelectric dam relicensing", "rewrite",
  "The federal energy regulator has renewed the operating licence for the Corran Falls hydroelectric dam for 30 years, but has attached conditions requiring the owner to build a fish passage and release more water during the spring spawning season. Northbank Power, which has run the 240-megawatt dam since 1998, must complete the fish passage within five years at an estimated cost of $85 million. The decision, issued on 21 August, follows a seven-year review in which two indigenous nations and several angling groups argued that the dam had devastated salmon runs on the Corran River. Northbank said it was studying the conditions and had not decided whether to appeal. The previous licence expired in 2019; the dam has operated on annual extensions since then.",
  "Northbank Power's licence to operate the Corran Falls hydroelectric dam has been renewed by the federal energy regulator for three decades, subject to conditions: the company must build a fish passage and let more water through during the spring spawning season. The passage, estimated to cost $85m, has to be finished within five years. Northbank has operated the 240MW dam since 1998. The regulator's decision, issued on 21 August, comes after a seven-year review in which two indigenous nations and a number of angling groups argued that the dam had devastated salmon runs on the Corran River. The company said it was studying the conditions and had yet to decide whether it would appeal. Since the previous licence expired in 2019, the dam has been running on year-by-year extensions.",
  traps=[T("for three decades", "for 30 years"),
         T("estimated to cost $85m", "at an estimated cost of $85 million"),
         T("240MW", "240-megawatt"),
         T("had yet to decide whether it would appeal", "had not decided whether to appeal"),
         T("year-by-year extensions", "annual extensions")]),

C("opera house renovation", "rewrite",
  "The Royal Opera House in Castellan will close for two years from June 2025 for a renovation now expected to cost 210 million euros, 30 million more than the original estimate, the culture ministry said on Wednesday. The 1887 building needs a new roof, modern stage machinery and improved fire safety systems. During the closure, the resident company will perform in a temporary venue in a converted tram depot in the city's Vesta district. General director Lorenzo Abati said about 40 per cent of the cost would be covered by private donors, with the rest coming from the state. The project had originally been scheduled to start in 2023 but was delayed by a legal dispute with the main contractor.",
  "Castellan's Royal Opera House will be closed for two years until June 2025 for a renovation that is now projected to cost 210 million euros, 30 per cent more than first estimated, the culture ministry said on Wednesday. Built in 1887, the building requires a new roof, up-to-date stage machinery and better fire safety systems. While it is shut, the resident company will perform at a temporary venue in a converted tram depot in the city's Vesta district. Around 40 per cent of the cost would be met by private donors and the remainder by the state, said general director Lorenzo Abati. A legal dispute with the main contractor held up the project, which had originally been due to start in 2023.",
  errors=[E("until June 2025", "date", "major", "from June 2025"),
          E("30 per cent more", "number", "major", "30 million more")],
  traps=[T("Built in 1887", "The 1887 building"),
         T("Around 40 per cent of the cost would be met by private donors", "about 40 per cent of the cost would be covered by private donors")]),

C("minimum wage increase", "rewrite",
  "The national minimum wage will rise by 6.5 per cent to 12.40 marks an hour from 1 April, the labour ministry announced on Tuesday, accepting in full the recommendation of the independent Wage Review Board. About 1.7 million workers, most of them in retail, hospitality and care, are expected to benefit. The rate for workers aged 18 to 20 will increase by 8 per cent to 10.15 marks. Labour minister Sofia Brandt said the rise would add about 1,400 marks a year to the earnings of a full-time worker on the minimum rate. The Small Employers' Association said many of its members would struggle to absorb the cost and warned that some might cut hours. Unions welcomed the increase but said it still fell short of a living wage.",
  "Accepting the independent Wage Review Board's recommendation in full, the labour ministry said on Tuesday that from 1 April the national minimum wage will go up 6.5 per cent, to 12.40 marks an hour. Around 1.7 million workers are likely to gain, mainly those in retail, hospitality and care. For 18- to 20-year-olds, the rate will climb 8 per cent to 10.15 marks. A full-time employee on the minimum rate will earn roughly 1,400 marks more a year as a result, according to labour minister Sofia Brandt. Many members of the Small Employers' Association would find the cost hard to absorb, the association said, warning that some could reduce hours. Unions welcomed the rise but said it was still below a living wage.",
  traps=[T("are likely to gain", "are expected to benefit"),
         T("For 18- to 20-year-olds", "for workers aged 18 to 20"),
         T("will earn roughly 1,400 marks more a year", "would add about 1,400 marks a year to the earnings"),
         T("some could reduce hours", "some might cut hours"),
         T("was still below a living wage", "still fell short of a living wage")]),

C("ancient dna study", "rewrite",
  "Genetic analysis of remains from a 4,000-year-old burial site at Kettle Moor suggests that its Bronze Age community was closely related to farmers living on the continent, researchers said in a study published on Wednesday in the journal Ancestral Genomics. The team, led by Dr Hanna Ostrow of the University of Welby, sequenced DNA from 27 individuals buried at the site. They found that several of the people had been buried alongside relatives from three generations, and that at least two women had been born elsewhere and moved to the settlement as adults. The researchers said the findings supported the idea that women moved between communities when they married, while men stayed in the place where they were born. Larger samples would be needed to confirm the pattern, they cautioned.",
  "A Bronze Age community buried at the 4,000-year-old Kettle Moor site appears to have been closely related to farmers on the continent, according to a genetic study published on Wednesday in the journal Ancestral Genomics. Researchers led by Dr Hanna Ostrow of the University of Welby sequenced DNA from 27 people buried there. Several had been laid to rest alongside relatives spanning three generations, and at least two women were born elsewhere and came to the settlement as adults, the team found. In the researchers' view, the results back the theory that men moved between communities on marriage while women remained where they were born. They cautioned, however, that bigger samples would be needed to confirm the pattern.",
  errors=[E("men moved between communities on marriage while women", "role", "major",
            "women moved between communities when they married, while men")],
  traps=[T("spanning three generations", "from three generations"),
         T("bigger samples", "Larger samples")]),
]

# -------------------------------------------------------------- summaries 21-30
CASES += [
C("judicial appointment row", "summary",
  "The government's nomination of Judge Marek Halloran to the Supreme Court has prompted a row with the national bar association, which said on Monday that the appointment process had not been transparent. Justice minister Clara Vint put forward Halloran, a 52-year-old appeals court judge, last week to replace Justice Ilse Brunner, who retires in November. Under the constitution, the nomination must be approved by a two-thirds majority in the Senate. The bar association said the judicial appointments panel had interviewed only one candidate and had not published its shortlist, breaking with practice since 2011. Vint said the process had complied with the law and that Halloran was “exceptionally well qualified”. Opposition senators have said they will vote against the nomination, which could leave the government short of the required majority. A Senate vote is expected next month.",
  "The bar association has accused the government of an opaque process in nominating appeals judge Marek Halloran, 52, to succeed retiring Supreme Court Justice Ilse Brunner, saying the appointments panel interviewed a single candidate and did not make its shortlist public, contrary to practice since 2011. The justice minister insists the law was followed. Opposition senators plan to vote no, which could deny the government the two-thirds Senate majority the nomination needs; a vote is expected next month.",
  traps=[T("interviewed a single candidate", "had interviewed only one candidate"),
         T("did not make its shortlist public", "had not published its shortlist"),
         T("The justice minister insists the law was followed", "Vint said the process had complied with the law"),
         T("plan to vote no", "have said they will vote against"),
         T("could deny the government the two-thirds Senate majority", "could leave the government short of the required majority")]),

C("vaccine cold chain failure", "summary",
  "About 48,000 doses of measles vaccine stored at a regional warehouse in Kessaro province may have been rendered ineffective after a refrigeration unit failed over a holiday weekend, the provincial health office said on Tuesday. Temperature loggers showed the cold room had risen to 14C for roughly 30 hours before staff discovered the fault. The vaccines should be kept between 2C and 8C. The health office said the doses had been quarantined while the manufacturer assessed whether they were still usable, a process that could take up to two weeks. A vaccination campaign for children under five planned for next month may have to be postponed if replacement stock cannot be obtained. Officials said an alarm system that should have sent text messages to staff had not been connected.",
  "Some 48,000 measles vaccine doses at a Kessaro province warehouse have been ruined after a refrigeration unit broke down over a holiday weekend, the provincial health office said. The cold room's temperature rose 14 degrees over roughly 30 hours before staff noticed; an alarm meant to text them had not been connected. The doses are quarantined pending the manufacturer's assessment, which could take up to two weeks, and next month's vaccination campaign for under-fives may be postponed if replacements cannot be obtained.",
  errors=[E("have been ruined", "modality", "major", "may have been rendered ineffective"),
          E("rose 14 degrees", "number", "major", "had risen to 14C")],
  traps=[T("Some 48,000", "About 48,000"),
         T("under-fives", "children under five")]),

C("diamond mine expansion", "summary",
  "Kalvara Stone Mining has approved a $620 million underground expansion of its Tsela diamond mine that will extend the operation's life by 14 years to 2042, the company said on Thursday. Open-pit mining at Tsela is due to end in 2027, and without the expansion the mine, which employs 2,300 people, would have closed shortly afterwards. Construction of the underground section will begin in January and will create about 900 temporary jobs. The company expects the expansion to produce an average of 1.2 million carats a year once it reaches full output in 2029. Chief executive Thabo Meyer said the decision reflected confidence in long-term demand for natural diamonds despite competition from laboratory-grown stones, which have driven down prices for smaller gems. The expansion will be funded from cash reserves and a loan from a group of banks.",
  "Kalvara Stone Mining will spend $620m taking its Tsela diamond mine underground, keeping the 2,300-job operation open until 2042, 14 years longer than planned, rather than closing soon after open-pit mining ends in 2027. Construction starts in January, creating about 900 temporary jobs, and output should average 1.2 million carats a year from full production in 2029. The chief executive said the decision reflected confidence in long-term demand for natural diamonds despite competition from laboratory-grown stones.",
  traps=[T("will spend $620m", "has approved a $620 million"),
         T("the 2,300-job operation", "the mine, which employs 2,300 people"),
         T("14 years longer than planned", "extend the operation's life by 14 years"),
         T("output should average 1.2 million carats a year", "expects the expansion to produce an average of 1.2 million carats a year"),
         T("The chief executive", "Chief executive Thabo Meyer")]),

C("jazz festival lineup", "summary",
  "The Bellhaven Jazz Festival has announced its lineup for this year's event, which runs from 11 to 14 July across six venues in the old town. The headline act on the opening night will be the saxophonist Odile Ferrant, making her first appearance at the festival since 2016, while the closing concert will be given by the Marcus Tell Trio with the Bellhaven Symphony Orchestra. Organisers said 62 acts from 15 countries would perform, including 20 making their festival debut. For the first time, the free outdoor stage on Harbour Square will host performances every afternoon. Festival director Ines Rowe said advance ticket sales were 18 per cent higher than at the same point last year. A planned appearance by the pianist Kenji Arata was cancelled because of illness.",
  "Saxophonist Odile Ferrant, back at the Bellhaven Jazz Festival for the first time since 2016, headlines the opening night of this year's event (11–14 July, six old-town venues), which features 62 acts from 15 countries, 20 of them new to the festival. The free Harbour Square stage will host afternoon shows daily for the first time, advance ticket sales are up 18 per cent on this point last year, and pianist Marcus Tell has pulled out because of illness.",
  errors=[E("Marcus Tell", "entity", "major", "Kenji Arata")],
  traps=[T("back at the Bellhaven Jazz Festival for the first time since 2016", "making her first appearance at the festival since 2016"),
         T("20 of them new to the festival", "20 making their festival debut"),
         T("up 18 per cent on this point last year", "18 per cent higher than at the same point last year")]),

C("recycled water approval", "summary",
  "State health regulators have approved a plan by the Westcarra Water Corporation to add highly treated wastewater to the city's main drinking water reservoir, making Westcarra the first city in the country to do so. From 2027, purified recycled water will make up as much as 15 per cent of the supply at Crane Hill reservoir, which serves about 600,000 people. The water will go through microfiltration, reverse osmosis and ultraviolet treatment before being released into the reservoir, where it will be further diluted. The corporation said the scheme would reduce the city's dependence on the Ansel River, whose flows have fallen by a quarter over the past 20 years. A group of residents, Clear Taps Westcarra, said it would seek a judicial review, arguing that the public had not been properly consulted. The project is expected to cost 390 million dollars.",
  "Westcarra will become the first city in the country to put purified wastewater into its main drinking reservoir after state health regulators approved the Westcarra Water Corporation's plan. From 2027, recycled water will account for up to 15 per cent of the supply at Crane Hill reservoir, which serves roughly 600,000 people; the corporation says this will cut the city's reliance on the Ansel River, whose flows have dropped 25 per cent in 20 years. The project is expected to cost $390m, and a residents' group plans to seek a judicial review, saying the public was not properly consulted.",
  traps=[T("up to 15 per cent", "as much as 15 per cent"),
         T("roughly 600,000 people", "about 600,000 people"),
         T("dropped 25 per cent in 20 years", "fallen by a quarter over the past 20 years"),
         T("$390m", "390 million dollars")]),

C("hospital food review", "summary",
  "An independent review of hospital food in the Northmarch health region has found that patients at four of its seven hospitals were regularly served meals that were cold by the time they reached the ward. The review, led by dietitian Margaret Oyelaran, examined menus, kitchens and patient feedback at all seven sites over six months. It found that meals at Northmarch General, which still cooks on site, received the highest satisfaction scores, while hospitals relying on food reheated from a central unit scored lowest. The review recommended that the region stop using the central unit when its contract ends in 2026 and return to on-site kitchens where possible. The health region's board said it accepted most of the recommendations but would need to study the cost of reopening kitchens before making a decision.",
  "A six-month independent review, prompted by a rise in patient complaints, found that four of the Northmarch health region's seven hospitals regularly served meals that were cold on arrival at the ward. Northmarch General, which still cooks on site, scored highest for satisfaction, and hospitals using food reheated from a central unit scored lowest. The review urged a return to on-site kitchens where possible once the central unit's contract ends in 2026, but the board rejected most of the recommendations, saying it must first study the cost of reopening kitchens.",
  errors=[E("prompted by a rise in patient complaints", "addition", "minor", None),
          E("rejected most of the recommendations", "polarity", "critical", "accepted most of the recommendations")],
  traps=[T("six-month", "over six months"),
         T("cold on arrival at the ward", "cold by the time they reached the ward")]),

C("coral bleaching survey", "summary",
  "More than two-thirds of the coral surveyed on the Saracen Reef system showed signs of bleaching this summer, the Marine Parks Agency said on Friday after completing aerial and underwater surveys of 310 reefs. Around 22 per cent of reefs were classed as severely bleached, meaning more than 60 per cent of their coral was affected. It is the fourth mass bleaching event on the system in eight years. Sea surface temperatures in February were 1.8C above the long-term average for the month. Chief scientist Dr Alana Reeve said some bleached coral could recover if temperatures fell in the coming weeks, but that the full extent of coral death would not be known until follow-up surveys in October. The agency said the northern section of the reef, which escaped earlier events, was among the worst affected this year.",
  "A Marine Parks Agency survey of 310 reefs found bleaching in over two-thirds of the coral surveyed on the Saracen Reef system this summer, with about 22 per cent of reefs severely bleached, the system's fourth mass bleaching in eight years. February sea temperatures were 1.8C above the long-term average. Some coral may recover if waters cool in the coming weeks, the agency's chief scientist said, but how much has died will only become clear after follow-up surveys in October. The previously spared northern section was among the hardest hit.",
  traps=[T("over two-thirds", "More than two-thirds"),
         T("about 22 per cent", "Around 22 per cent"),
         T("may recover if waters cool in the coming weeks", "could recover if temperatures fell in the coming weeks"),
         T("how much has died will only become clear", "the full extent of coral death would not be known"),
         T("The previously spared northern section", "the northern section of the reef, which escaped earlier events")]),

C("hospital robot surgery", "summary",
  "St Aldric's Hospital in Fenharrow has carried out its 1,000th operation using its surgical robot, three years after becoming the first hospital in the region to buy the system, the hospital trust said on Monday. The robot, which cost 2.1 million pounds, has been used mainly for prostate, kidney and bowel procedures. The trust said patients who had robot-assisted surgery spent on average 1.5 fewer days in hospital than those who had conventional keyhole operations. Consultant urologist Mr Daniel Acheson, who performed the first robotic operation at the hospital, said waiting lists for prostate surgery had fallen by a third. The trust plans to buy a second robot next year, funded partly by a 600,000-pound donation from the Fenharrow Hospitals Charity, and to train four more surgeons to use it.",
  "St Aldric's Hospital in Fenharrow, the first in the region to buy a surgical robot three years ago, has now carried out 1,000 robot-assisted operations, mostly prostate, kidney and bowel procedures. Patients leave hospital 1.5 days sooner on average than after conventional keyhole surgery, the trust says, and consultant urologist Daniel Acheson, who performed the milestone operation, said prostate waiting lists had fallen by a third. A second robot, part-funded by a £600,000 charity donation, is planned for next year.",
  errors=[E("who performed the milestone operation", "event", "minor", "who performed the first robotic operation at the hospital")],
  traps=[T("1.5 days sooner", "1.5 fewer days in hospital"),
         T("a £600,000 charity donation", "a 600,000-pound donation from the Fenharrow Hospitals Charity")]),

C("elephant corridor project", "summary",
  "Conservation groups and the forestry department have begun work on a 14-kilometre wildlife corridor linking the Manda and Siroki forest reserves, which are separated by farmland and a highway. The project, funded by a $3.2 million grant from the Kivuli Trust, will involve buying 450 hectares of land from willing farmers, planting native trees and building two underpasses beneath the highway. Around 300 elephants live in the two reserves, and clashes with farmers over crop raiding have killed 11 people and 19 elephants in the past five years, according to the forestry department. Project manager Grace Wanjiru said families selling land would be paid above market rates and offered jobs as rangers or tree planters. The corridor is expected to be completed by 2028.",
  "Work has started on a 14km corridor, funded by a $3.2m Kivuli Trust grant, to link the Manda and Siroki forest reserves, home to some 300 elephants. The plan involves buying 450 hectares from willing farmers, planting native trees and building two highway underpasses. Crop-raiding conflicts have killed 11 people and 19 elephants in five years, the forestry department says. Families who sell land will be paid above market rates and offered ranger or tree-planting jobs; completion is expected by 2028.",
  traps=[T("14km corridor", "14-kilometre wildlife corridor"),
         T("$3.2m Kivuli Trust grant", "$3.2 million grant from the Kivuli Trust"),
         T("home to some 300 elephants", "Around 300 elephants live in the two reserves"),
         T("in five years", "in the past five years")]),

C("chess cheating allegation", "summary",
  "The National Chess Federation has opened an investigation into allegations that grandmaster Viktor Selin received computer assistance during his victory at the Arlen Open last month. The complaint was filed by Selin's final-round opponent, Tomasz Ruda, who said several of Selin's moves matched the top choice of a chess engine with a frequency he described as “statistically implausible”. Selin, 24, has denied the accusations and said he would cooperate fully. Federation president Irina Marchetti said the investigation would be handled by its fair-play commission and that Selin would not be suspended while it was under way. Selin won the tournament with 7.5 points from nine games, taking the 12,000-euro first prize. Tournament organisers said players had been scanned with metal detectors before each round.",
  "The National Chess Federation is investigating claims that grandmaster Viktor Selin, 24, used computer help to win last month's Arlen Open and its 12,000-euro first prize. Federation president Irina Marchetti called the rate at which his moves matched a chess engine's top choice “statistically implausible”; the complaint came from his final-round opponent, Tomasz Ruda. Selin denies the accusations and will not be suspended during the inquiry.",
  errors=[E("Federation president Irina Marchetti called", "attribution", "major", "Tomasz Ruda, who said")],
  traps=[T("used computer help", "received computer assistance"),
         T("will not be suspended during the inquiry", "would not be suspended while it was under way")]),
]

# ----------------------------------------------------------- translations 31-40
CASES += [
C("self-checkout complaints", "translation",
  "The consumer association Choix Public says it received 2,340 complaints about self-service checkouts in supermarkets last year, almost double the figure for 2022. In a report published on Wednesday, the association states that the most frequent grievances concern machines that wrongly detect an “unexpected item”, the lack of staff to help customers, and long queues at the few remaining staffed tills. According to the report, a third of the complaints came from people over 70. The association is calling on retailers to keep at least one staffed checkout open during all opening hours. The Federation of Food Retailers replied that self-service checkouts were popular with most customers and that stores remained free to decide how many staffed tills to keep.",
  "Last year the consumer group Choix Public received 2,340 complaints concerning self-checkout machines in supermarkets — nearly twice as many as in 2022, it says. The most common complaints, according to the report the group released on Wednesday, relate to machines that mistakenly register an “unexpected item”, a shortage of employees to assist shoppers, and long waits at the small number of staffed tills still in operation. One complaint in three was made by someone older than 70, the report says. Choix Public wants retailers to keep a minimum of one staffed till open throughout opening hours. In response, the Federation of Food Retailers said most customers liked self-checkouts and that stores were still free to decide how many staffed tills to keep.",
  traps=[T("nearly twice as many as in 2022", "almost double the figure for 2022"),
         T("mistakenly register", "wrongly detect"),
         T("One complaint in three was made by someone older than 70", "a third of the complaints came from people over 70"),
         T("a minimum of one staffed till", "at least one staffed checkout"),
         T("most customers liked self-checkouts", "self-service checkouts were popular with most customers")]),

C("radio station licence renewal", "translation",
  "The Broadcasting Standards Council has renewed the broadcasting licence of Radio Cumbre Azul for ten years, but has imposed a fine of 45,000 pesos for breaching rules on political advertising during the 2023 regional election campaign. The decision was adopted on 3 October by four votes to one. The station, which broadcasts from the town of San Ovidio and has around 180,000 listeners a week, had been at risk of losing its licence after the council opened proceedings against it in February. Its director, Julián Arroyo, said the station would pay the fine but would appeal against the finding to the administrative court. The dissenting councillor argued that the licence should have been renewed for only five years.",
  "Radio Cumbre Azul has had its broadcasting licence renewed for a decade by the Broadcasting Standards Council, which at the same time fined the station for violating political advertising rules in the campaign for the 2023 regional elections. The council took the decision by four votes to one on 10 March. Broadcasting from the town of San Ovidio, the station reaches some 180,000 listeners each week; it had been in danger of losing its licence after the council began proceedings against it in February. Station director Julián Arroyo stated that the fine would be paid but that the ruling would be challenged before the administrative court. The council member who voted against considered that the renewal should have been limited to five years.",
  errors=[E("", "omission", "major", "45,000 pesos", after="fined the station"),
          E("10 March", "date", "major", "3 October")],
  traps=[T("for a decade", "for ten years"),
         T("some 180,000 listeners each week", "around 180,000 listeners a week")]),

C("telescope discovery of exoplanet", "translation",
  "Astronomers at the Monte Vescio Observatory have discovered a planet slightly larger than Earth orbiting a red dwarf star about 41 light years away, the Institute for Celestial Physics announced yesterday. The planet, designated MV-2b, completes an orbit every 11 days and lies within the star's habitable zone, where temperatures could allow liquid water on the surface. The discovery was made with the observatory's new 3.6-metre telescope, which measures tiny wobbles in a star's motion caused by orbiting planets. According to the lead researcher, Dr Chiara Boni, the planet has a mass about 1.4 times that of Earth. She cautioned that it is not yet known whether MV-2b has an atmosphere. The results will be published in the journal Stellar Systems Letters.",
  "A planet a little bigger than Earth has been found by astronomers from the Monte Vescio Observatory circling a red dwarf roughly 41 light years from us, the Celestial Physics Institute said yesterday. Named MV-2b, the planet takes 11 days to go round its star and sits inside the habitable zone, where the temperature might permit liquid water to exist on its surface. It was detected using the observatory's new 3.6m telescope, an instrument that picks up minute wobbles in a star's movement produced by planets in orbit around it. The planet's mass is roughly 1.4 Earth masses, said Dr Chiara Boni, who led the research, while warning that it remains unknown whether MV-2b possesses an atmosphere. The findings are due to appear in the journal Stellar Systems Letters.",
  traps=[T("a little bigger than Earth", "slightly larger than Earth"),
         T("the Celestial Physics Institute", "the Institute for Celestial Physics"),
         T("takes 11 days to go round its star", "completes an orbit every 11 days"),
         T("might permit liquid water", "could allow liquid water"),
         T("roughly 1.4 Earth masses", "about 1.4 times that of Earth")]),

C("marathon course mismeasurement", "translation",
  "The organisers of the Merzfeld City Marathon have admitted that this year's course was 380 metres too short, after an independent remeasurement requested by the national athletics association. As a result, the times run on 14 April will not be recognised for records or for qualification for the national championships. The error arose because a turning point near the Kessel Bridge was placed in the wrong position, the organisers said. Race director Stefan Kohl apologised to the 9,200 finishers and announced that all participants would receive a 50 per cent discount on entry for next year's race. The winner of the men's race, Jonas Emmerich, had set what would have been a course record of 2:09:41.",
  "The Merzfeld City Marathon's organisers have conceded that this year's route was 380 metres short, following a fresh independent measurement carried out at the request of the national athletics federation. The times achieved on 14 April will therefore still count towards records and qualification for the national championships. According to the organisers, the mistake happened because a turnaround point close to the Kessel Bridge had been set up in the wrong place. Race director Stefan Kohl said sorry to the 9,200 runners who finished and promised every participant half-price entry to next year's edition. Jonas Emmerich, who won the men's race, had clocked 2:09:41, which would have been a course record.",
  errors=[E("will therefore still count", "polarity", "critical", "will not be recognised")],
  traps=[T("national athletics federation", "national athletics association"),
         T("the 9,200 runners who finished", "the 9,200 finishers"),
         T("half-price entry", "a 50 per cent discount on entry")]),

C("radon testing in homes", "translation",
  "The State Office for Radiation Hygiene has found radon levels above the recommended limit in one in twelve of the homes it tested last year in the Brodec highlands. Of the 5,600 homes measured, 470 exceeded the reference level of 300 becquerels per cubic metre, and 38 had concentrations more than three times that level. The office said older houses with cellars and without a concrete base were the most affected. Owners of homes above the limit can apply for a subsidy covering up to 80 per cent of the cost of remedial work, to a maximum of 150,000 crowns. The office will offer free measurement kits to a further 10,000 households from January, the office's director, Pavla Krestová, told journalists on Tuesday.",
  "Last year the State Radiation Hygiene Office detected radon above the recommended limit in one out of every twelve homes it examined in the Brodec highlands. Of 5,600 dwellings measured, 470 were over the reference level of 300 Bq/m³, and in 38 of them the concentration exceeded three times that value. The worst affected, the office says, are older houses that have cellars and lack a concrete foundation slab. Owners whose homes exceed the limit may request a subsidy of up to 80 per cent of the cost of remediation, capped at 150,000 crowns. From January, another 10,000 households will be offered measurement kits free of charge, director Pavla Krestová told reporters on Tuesday.",
  traps=[T("State Radiation Hygiene Office", "State Office for Radiation Hygiene"),
         T("one out of every twelve homes", "one in twelve of the homes"),
         T("300 Bq/m³", "300 becquerels per cubic metre"),
         T("capped at 150,000 crowns", "to a maximum of 150,000 crowns"),
         T("another 10,000 households", "a further 10,000 households")]),

C("river ferry capsizing", "translation",
  "At least 17 people died and 9 are missing after a passenger ferry capsized on the Kapuan river on Sunday evening, the provincial disaster management agency said. The wooden vessel, the KM Bintang Lestari, was carrying about 70 passengers, well over its permitted capacity of 40, when it overturned in strong currents near the village of Tanjung Pelita. Rescuers and local fishermen pulled 44 people from the water. Police have detained the ferry's captain, who survived, and are questioning the owner of the vessel. The head of the agency, Rudiyanto Halim, said the search would continue for seven days. The transport ministry announced that all river ferries in the province would be inspected.",
  "The provincial disaster management agency reported that at least 17 people were killed and nine others are still missing after a passenger ferry overturned on the Kapuan river on Sunday night. The KM Bintang Lestari, a wooden boat licensed to carry 40 people, had roughly 70 passengers on board when it capsized in a strong current near the village of Tanjung Pelita, near the village of Tanjung Pelita. Rescue teams and fishermen from the area managed to save 44 people from the water. Police have arrested the boat's owner and are interrogating the captain, who survived. The search will go on for seven days, said agency head Rudiyanto Halim. According to the transport ministry, every river ferry in the province will undergo inspection.",
  errors=[E("near the village of Tanjung Pelita", "repetition", "minor", None, occ=1),
          E("the boat's owner and are interrogating the captain", "role", "major",
            "the ferry's captain, who survived, and are questioning the owner of the vessel")],
  traps=[T("nine others are still missing", "9 are missing"),
         T("licensed to carry 40 people", "permitted capacity of 40")]),

C("theatre ticket resale law", "translation",
  "Parliament on Thursday approved a law that prohibits the resale of theatre and concert tickets for more than their face value plus 10 per cent. The text was adopted with 142 votes in favour, 61 against and 12 abstentions. Resale platforms that break the rule face fines of up to 200,000 euros, which can be doubled for repeat offences. The law also requires platforms to display the original price and the seat number of each ticket. Culture secretary Lucía Ferrándiz said the measure would end “abusive speculation” that had seen tickets for some musicals sold for five times their price. The main resale platform in the country, Revendo, said it would comply with the law but warned that it would push sales towards unregulated websites abroad. The law will come into force in six months.",
  "On Thursday MPs passed legislation banning theatre and concert tickets from being resold at more than 10 per cent above their face value. There were 142 votes for, 61 against and 12 abstentions. Platforms that breach the rule can be fined as much as 200,000 euros, and twice that amount for repeat offences. Under the law, platforms will also have to show the original price and seat number of every ticket. The measure will put an end to “abusive speculation”, said culture secretary Lucía Ferrándiz, referring to cases in which tickets for certain musicals had been sold at five times their price. Revendo, the country's main resale platform, said it would obey the law but cautioned that sales would be pushed to unregulated foreign websites. The law takes effect in six months' time.",
  traps=[T("more than 10 per cent above their face value", "more than their face value plus 10 per cent"),
         T("There were 142 votes for", "142 votes in favour"),
         T("twice that amount for repeat offences", "can be doubled for repeat offences"),
         T("unregulated foreign websites", "unregulated websites abroad"),
         T("takes effect in six months' time", "will come into force in six months")]),

C("tennis tournament prize money", "translation",
  "The organisers of the Open de Valmont announced on Monday that total prize money for this year's tournament would rise by 12 per cent to 3.1 million euros, and that men and women would receive equal amounts for the first time. The winners of the singles titles will each receive 410,000 euros. Tournament director Amélie Garnier said the increase had been made possible by a new sponsorship agreement with the insurer Mutuelle Rhodane. The players' association, which had criticised the pay gap last year, welcomed the decision. The organisers are also considering extending the tournament from eight to ten days from next year, but no decision has been taken.",
  "Total prize money at this year's Valmont Open will go up 12 per cent to 3.1 million euros, the tournament's organisers said on Monday, adding that for the first time men and women would be paid the same. Each singles champion will take home 410,000 euros. According to tournament director Amélie Garnier, the rise was made possible by a new sponsorship deal with the insurance company Mutuelle Rhodane. The national tennis federation, which had criticised the pay gap last year, welcomed the move. From next year the tournament will also be extended from eight to ten days.",
  errors=[E("The national tennis federation", "entity", "major", "The players' association"),
          E("will also be extended", "modality", "major", "are also considering extending")],
  traps=[T("Valmont Open", "Open de Valmont"),
         T("Each singles champion will take home 410,000 euros", "The winners of the singles titles will each receive 410,000 euros"),
         T("the insurance company Mutuelle Rhodane", "the insurer Mutuelle Rhodane")]),

C("crime statistics release", "translation",
  "Reported crime in the country fell by 4 per cent last year to around 1.31 million offences, according to statistics published on Tuesday by the Central Crime Statistics Board. Burglaries dropped by 11 per cent to their lowest level since records began in 1975, while reported fraud rose by 17 per cent, driven mainly by telephone and online scams targeting elderly people. The number of shootings fell from 391 to 363, but the board noted that the number of people killed in shootings remained unchanged at 53. Justice minister Henrik Ålander said the figures showed that police efforts were having an effect, but that fraud was “the crime of our time”. The board cautioned that changes in reported crime did not necessarily reflect changes in actual crime, since willingness to report varies.",
  "Last year the number of crimes reported nationally went down 4 per cent, to roughly 1.31 million, the Central Board for Crime Statistics said on Tuesday when it released its figures. Reported burglaries fell 11 per cent, reaching their lowest level since the series began in 1975. Fraud reports, on the other hand, were up 17 per cent, mostly because of phone and internet scams aimed at older people. Shootings decreased from 391 to 363, though the board pointed out that 53 people were killed in shootings, the same as the year before. The figures showed that police work was having an effect, said justice minister Henrik Ålander, who added that fraud was “the crime of our age”. The board warned that shifts in reported crime do not necessarily mean that actual crime has changed, because people's readiness to report crimes differs.",
  traps=[T("the Central Board for Crime Statistics", "the Central Crime Statistics Board"),
         T("roughly 1.31 million", "around 1.31 million offences"),
         T("aimed at older people", "targeting elderly people"),
         T("the same as the year before", "remained unchanged at 53"),
         T("the crime of our age", "the crime of our time")]),

C("robotic lawnmower hedgehog injuries", "translation",
  "A wildlife rescue centre in the town of Skaldrup says it treated 62 hedgehogs injured by robotic lawnmowers last summer, compared with 25 the year before. Most of the animals had deep cuts to their faces or legs, and around a third had to be put down, according to the centre's head, Mette Skovgaard. Hedgehogs do not run away from danger but curl up, which makes them vulnerable to the machines, particularly when the mowers run at night. The centre is urging owners not to operate robotic mowers between dusk and dawn. The municipality of Skaldrup is considering a local ban on night-time use, similar to one introduced in a neighbouring municipality last year. A manufacturers' association said new models were being fitted with sensors that detect small animals.",
  "The wildlife rescue centre in Skaldrup reports that last summer it took in 62 hedgehogs that had been injured by robot lawnmowers, up from 25 a year earlier. The majority had deep wounds on the face or legs, and about one in three could be released back into the wild, said Mette Skovgaard, who heads the centre. Instead of fleeing when threatened, hedgehogs roll into a ball, leaving them exposed to the mowers, especially when these run after dark. The centre is calling on owners not to use robot mowers from dusk until dawn. Skaldrup municipality is looking into a local ban on night-time mowing like the one a neighbouring municipality adopted last year. According to a manufacturers' association, newer models are being equipped with sensors that can detect small animals.",
  errors=[E("could be released back into the wild", "event", "critical", "had to be put down")],
  traps=[T("about one in three", "around a third"),
         T("roll into a ball", "curl up")]),
]


# ------------------------------------------------------------------ machinery
def words(s):
    return len(s.split())


def find_nth(hay, needle, occ, problems, where):
    """Start index of occurrence `occ` (0-based) of needle in hay.  With occ None
    the needle must be unique."""
    starts = [m.start() for m in re.finditer(re.escape(needle), hay)]
    if not starts:
        problems.append("%s: %r not found" % (where, needle))
        return None
    if occ is None:
        if len(starts) > 1:
            problems.append("%s: %r occurs %d times; give occ" % (where, needle, len(starts)))
            return None
        occ = 0
    if occ >= len(starts):
        problems.append("%s: %r has no occurrence %d" % (where, needle, occ))
        return None
    return starts[occ]


def cuts_word(s, pos):
    return 0 < pos < len(s) and s[pos - 1].isalnum() and s[pos].isalnum()


def build(cases):
    problems = []
    records = []
    order = list(range(len(cases)))
    random.Random(N).shuffle(order)
    for k, idx in enumerate(order):
        c = cases[idx]
        rid = "s%d-%03d" % (N, k + 1)
        where = "%s (%s)" % (rid, c["domain"])
        ref, cand = c["reference"], c["candidate"]
        errs, traps, spans = [], [], []
        for e in c["errors"]:
            if e["type"] == "omission":
                if e["text"] != "":
                    problems.append("%s: omission text must be empty" % where)
                if e["after"] is not None:
                    a = find_nth(cand, e["after"], e["occ"], problems, where)
                    pos = None if a is None else a + len(e["after"])
                elif e["before"] is not None:
                    pos = find_nth(cand, e["before"], e["occ"], problems, where)
                else:
                    problems.append("%s: omission needs after/before" % where)
                    pos = None
                if pos is None:
                    continue
                start = end = pos
            else:
                start = find_nth(cand, e["text"], e["occ"], problems, where)
                if start is None:
                    continue
                end = start + len(e["text"])
            errs.append({"start": start, "end": end, "text": cand[start:end],
                         "type": e["type"], "severity": e["severity"],
                         "ref_text": e["ref_text"]})
        for t in c["traps"]:
            start = find_nth(cand, t["text"], t["occ"], problems, where)
            if start is None:
                continue
            end = start + len(t["text"])
            traps.append({"start": start, "end": end, "text": cand[start:end],
                          "ref_text": t["ref_text"]})
        errs.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        label = "inconsistent" if errs else "consistent"
        rec = {"id": rid, "domain": c["domain"], "mode": c["mode"],
               "reference": ref, "candidate": cand, "label": label,
               "errors": errs, "traps": traps}
        records.append(rec)
    return records, problems


def validate(records, problems):
    from collections import Counter
    modes = Counter()
    type_count = Counter()
    ids = set()
    domains = []
    for r in records:
        w = "%s (%s)" % (r["id"], r["domain"])
        ref, cand = r["reference"], r["candidate"]
        if r["id"] in ids:
            problems.append("%s: duplicate id" % w)
        ids.add(r["id"])
        domains.append(r["domain"])
        if r["domain"] not in DOMAINS:
            problems.append("%s: domain not in list" % w)
        if r["mode"] not in ("rewrite", "summary", "translation"):
            problems.append("%s: bad mode" % w)
        modes[(r["mode"], r["label"])] += 1
        nw = words(ref)
        if not 70 <= nw <= 190:
            problems.append("%s: reference has %d words" % (w, nw))
        if r["mode"] == "summary" and not (words(cand) < nw and len(cand) < len(ref)):
            problems.append("%s: summary not shorter than reference" % w)
        if ref == cand:
            problems.append("%s: candidate identical to reference" % w)
        if r["label"] == "consistent":
            if r["errors"]:
                problems.append("%s: consistent pair with errors" % w)
            if not 3 <= len(r["traps"]) <= 5:
                problems.append("%s: consistent pair needs 3-5 traps" % w)
        else:
            if not 1 <= len(r["errors"]) <= 3:
                problems.append("%s: inconsistent pair needs 1-3 errors" % w)
            if len(r["traps"]) > 3:
                problems.append("%s: inconsistent pair has >3 traps" % w)
        spans = []
        for e in r["errors"]:
            s, t = e["start"], e["end"]
            type_count[e["type"]] += 1
            if e["type"] not in ERROR_TYPES:
                problems.append("%s: bad error type %r" % (w, e["type"]))
            if e["severity"] not in SEVERITIES:
                problems.append("%s: bad severity %r" % (w, e["severity"]))
            if cand[s:t] != e["text"]:
                problems.append("%s: offsets do not match text %r" % (w, e["text"]))
            if cuts_word(cand, s) or cuts_word(cand, t):
                problems.append("%s: error span cuts a word: %r" % (w, e["text"]))
            if e["type"] == "omission":
                if r["mode"] == "summary":
                    problems.append("%s: omission in a summary" % w)
                if s != t or e["text"] != "":
                    problems.append("%s: omission must be empty" % w)
                if not e["ref_text"] or e["ref_text"] not in ref:
                    problems.append("%s: omission ref_text not in reference" % w)
                elif e["ref_text"].lower() in cand.lower():
                    problems.append("%s: omitted words present in candidate" % w)
            else:
                if s >= t:
                    problems.append("%s: empty non-omission span" % w)
                if e["text"] != e["text"].strip():
                    problems.append("%s: span has outer whitespace %r" % (w, e["text"]))
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    problems.append("%s: %s needs ref_text null" % (w, e["type"]))
            elif e["type"] != "omission":
                if not e["ref_text"] or e["ref_text"] not in ref:
                    problems.append("%s: ref_text %r not in reference" % (w, e["ref_text"]))
                if e["ref_text"] == e["text"]:
                    problems.append("%s: error text equals ref_text" % w)
            if e["type"] == "repetition" and e["text"] not in cand[:s]:
                problems.append("%s: repetition has no earlier copy" % w)
            if e["type"] == "addition" and e["text"] in ref:
                problems.append("%s: addition text occurs in reference" % w)
            spans.append((s, t, "error"))
        for tr in r["traps"]:
            s, t = tr["start"], tr["end"]
            if cand[s:t] != tr["text"] or s >= t:
                problems.append("%s: trap offsets wrong %r" % (w, tr["text"]))
            if cuts_word(cand, s) or cuts_word(cand, t):
                problems.append("%s: trap span cuts a word: %r" % (w, tr["text"]))
            if tr["ref_text"] not in ref:
                problems.append("%s: trap ref_text %r not in reference" % (w, tr["ref_text"]))
            if tr["ref_text"] == tr["text"]:
                problems.append("%s: trap identical to reference wording" % w)
            if tr["text"] != tr["text"].strip():
                problems.append("%s: trap has outer whitespace" % w)
            spans.append((s, t, "trap"))
        # no overlaps (zero-width points may not fall strictly inside a span)
        spans.sort()
        for i in range(len(spans)):
            for j in range(i + 1, len(spans)):
                a, b = spans[i], spans[j]
                if a[0] == a[1] or b[0] == b[1]:
                    p, q = (a, b) if a[0] == a[1] else (b, a)
                    if q[0] < p[0] < q[1]:
                        problems.append("%s: omission point inside a span" % w)
                elif a[1] > b[0] and b[1] > a[0]:
                    problems.append("%s: overlapping spans %r %r" % (w, a, b))
    # composition
    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    if sorted(domains) != sorted(DOMAINS):
        problems.append("domains do not match the list one-to-one")
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    for k, v in want.items():
        if modes[k] != v:
            problems.append("composition %s: %d, want %d" % (k, modes[k], v))
    total = sum(type_count.values())
    if total != 30:
        problems.append("expected 30 errors, got %d" % total)
    for t in ERROR_TYPES:
        if type_count[t] < 2:
            problems.append("error type %s has %d (<2)" % (t, type_count[t]))
    return modes, type_count


def main():
    check_only = "--check" in sys.argv[1:]
    records, problems = build(CASES)
    modes, type_count = validate(records, problems)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    n_traps = sum(len(r["traps"]) for r in records)
    print("pairs: %d" % len(records))
    for k in sorted(modes):
        print("  %-12s %-13s %d" % (k[0], k[1], modes[k]))
    print("errors: %d  %s" % (sum(type_count.values()),
                              ", ".join("%s %d" % (t, type_count[t]) for t in ERROR_TYPES)))
    print("traps: %d" % n_traps)
    if check_only:
        print("check only: nothing written")
        return
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT)


if __name__ == "__main__":
    main()
