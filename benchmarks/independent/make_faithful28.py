#!/usr/bin/env python3
"""Stress corpus: FAITHFUL paraphrase pairs for a fact-comparison tool.

Every candidate is strictly consistent with its reference (label
'consistent', no errors).  The 'traps' field lists the surface
transformations a naive checker might mistake for a factual change.
All people, places and organisations are invented.
Standard library only.  Writes faithful28.jsonl next to this script.
"""
import json
import os
import re
import sys

PAIRS = []


def add(domain, mode, traps, reference, candidate):
    PAIRS.append({
        "domain": domain,
        "mode": mode,
        "reference": reference,
        "candidate": candidate,
        "traps": traps,
    })


# ---------------------------------------------------------------- part 1
add("small business: bakery", "rewrite",
    ["number_words_digits", "fraction_as_percent", "currency_symbol", "time_24h_to_12h",
     "speech_attribution_moved", "nominalisation", "clause_reorder"],
    "Hollins Bakery on Market Street in Carrowmead will close for three weeks from 4 March while its ovens are replaced, "
    "owner Delia Hollins said on Monday. The work will cost about 60,000 pounds, half of which is covered by a grant "
    "from Carrowmead Town Council. During the closure, the bakery's bread will be sold from a stall outside the "
    "Carrowmead Corn Exchange on Saturdays between 08:00 and 13:00. Ms Hollins took over the business from her "
    "father in 2011. She said the old ovens had been installed in 1987. She expects the new equipment to cut the shop's "
    "gas use by a third.",
    "According to owner Delia Hollins, speaking on Monday, Hollins Bakery on Market Street, Carrowmead, is shutting for "
    "21 days starting on 4 March so that its ovens can be replaced. A grant from the town council will pay for 50 per "
    "cent of the roughly £60,000 bill. On Saturdays while the shop is closed, its bread will be on sale from 8am to 1pm "
    "at a stall in front of the Corn Exchange. The ovens being taken out were put in in 1987, said Ms Hollins, who "
    "took the business over from her father in 2011. She anticipates that the replacements will reduce the shop's gas "
    "consumption by one third.")

add("local government: parish planning", "rewrite",
    ["vote_count_rephrased", "voice_change", "number_words_digits", "dozen", "body_named_differently",
     "antonym_with_negation", "clause_reorder"],
    "Members of Dunmarrow Parish Council voted by seven to two on Tuesday evening to reject plans for a drive-through "
    "coffee outlet on the edge of the village. The applicant, Brightcup Ltd, had proposed a single-storey building "
    "with 24 parking spaces on a former petrol station site on Kellan Road. Councillors said the scheme would add to "
    "traffic at a junction where residents have reported several near misses. The parish council's view will be "
    "passed to Westvale District Council, which will make the final decision in April. Brightcup said it was "
    "disappointed and would consider revising its design.",
    "Plans for a drive-through coffee outlet at the edge of the village were turned down by Dunmarrow's parish "
    "councillors on Tuesday evening, with seven members voting to reject them and two voting against rejection. "
    "Brightcup Ltd had wanted to put up a one-storey building with two dozen parking spaces on Kellan Road, on land "
    "that used to be a petrol station. In the councillors' opinion, the development would worsen traffic at a "
    "junction where several near misses have been reported by residents. It is not the parish but Westvale District "
    "Council that will take the final decision, in April, once the parish council's view has been passed on to it. "
    "The company, which said it would consider revising its design, expressed disappointment.")

add("sport: youth football", "rewrite",
    ["voice_change", "number_words_digits", "title_for_name", "antonym_with_negation",
     "speech_attribution_moved", "synonym"],
    "Ferncliff Rovers under-14s won the Marrowdale County Junior Cup on Sunday, beating Sellow Lane Athletic 3-1 in "
    "the final at Pellow Park. Striker Amira Okafor scored twice in the first half before Sellow Lane pulled a goal "
    "back shortly after the break. Captain Josh Tenney sealed the win with a header in the 68th minute. It is the "
    "first time the club has won the competition since it was founded in 1994. Coach Martin Reeve said about 400 "
    "supporters had travelled to the match, and that the squad would parade the trophy through Ferncliff next "
    "Saturday.",
    "Sellow Lane Athletic were beaten 3-1 by Ferncliff Rovers' under-14 side in Sunday's final of the Marrowdale "
    "County Junior Cup, played at Pellow Park. Amira Okafor, the Ferncliff striker, found the net two times before "
    "half-time; Sellow Lane reduced the deficit soon after the restart. The skipper, Josh Tenney, made sure of "
    "victory with a header 68 minutes into the match. Never before, in a history going back to its foundation in "
    "1994, had the club lifted this cup. Some four hundred fans made the trip, according to coach Martin Reeve, who "
    "said the players would take the trophy on a parade through Ferncliff next Saturday.")

add("weather: coastal storm", "rewrite",
    ["unit_expanded", "number_words_digits", "time_noon_midday", "antonym_with_negation", "voice_change",
     "speech_attribution_moved", "nominalisation"],
    "Storm Idris brought gusts of up to 78 mph to the coast of Brenmouth overnight on Thursday, the regional "
    "forecasting office said. About 1,200 homes lost power, and engineers from Westline Energy had restored supplies "
    "to all but 150 of them by noon on Friday. The promenade was closed after waves threw shingle onto the road, and "
    "it will stay shut until the council has cleared the debris. No injuries were reported. Forecasters expect winds "
    "to ease over the weekend, although a yellow warning for rain remains in place until Sunday evening.",
    "Overnight on Thursday, gusts reaching as much as 78 miles per hour battered the Brenmouth coast as Storm Idris "
    "passed through, according to the regional forecasting office. Roughly twelve hundred homes were left without "
    "electricity; by midday on Friday, Westline Energy engineers had reconnected all except 150. Shingle hurled onto "
    "the road by the waves led to the promenade's closure, and it will not reopen before the council has removed the "
    "debris. There were no reports of anyone being hurt. The wind is expected by forecasters to die down over the "
    "weekend, but the yellow rain warning stays in force until Sunday evening.")

add("transport: rural bus route", "rewrite",
    ["percent_as_ratio", "currency_symbol", "body_named_differently", "antonym_with_negation",
     "speech_attribution_moved", "age_rephrased", "idiom"],
    "Tarrow Valley Buses will withdraw its number 42 service between Holmcaster and Stainwick at the end of June, the "
    "company announced on Wednesday. The operator said passenger numbers on the route had fallen by 40 per cent since "
    "2019 and that it was losing around 3,000 pounds a week. Linshire County Council has agreed to fund a replacement "
    "service running four times a day, Monday to Saturday, from 1 July. The new buses will not run on Sundays. "
    "Holmcaster resident Peter Vance, 81, said the change would make it harder for him to reach his hospital "
    "appointments.",
    "From the end of June, the 42 between Holmcaster and Stainwick will no longer be run by Tarrow Valley Buses, "
    "according to an announcement the firm made on Wednesday. Since 2019 the route has lost two in five of its "
    "passengers, the company said, and it is about £3,000 in the red every week. A replacement paid for by the "
    "county council will start on 1 July with four journeys a day from Monday to Saturday, but there will be no "
    "Sunday service. Reaching his hospital appointments will become more difficult as a result, said 81-year-old "
    "Peter Vance, who lives in Holmcaster.")

add("health: GP surgery hours", "summary",
    ["time_24h_to_12h", "fraction_as_ratio", "speech_attribution_moved", "condensation"],
    "Orchard Lane Medical Practice in Kelvaston will begin offering evening appointments on Tuesdays and Thursdays "
    "from next month, its practice manager, Sunita Rao, said. The surgery will stay open until 20:00 on those days, "
    "with two GPs and a nurse on duty. The change follows a survey of 900 patients in which nearly two thirds said "
    "they found it hard to attend during working hours. The practice, which has about 11,000 registered patients, is "
    "also recruiting a third pharmacist. Ms Rao said the extra hours would be paid for from existing health-board "
    "funding and would not reduce weekend cover.",
    "From next month, Kelvaston's Orchard Lane Medical Practice will open until 8pm on Tuesdays and Thursdays, "
    "according to practice manager Sunita Rao. Nearly two in three of the 900 patients surveyed had said they "
    "struggled to get to the surgery during working hours.")

add("culture: public library", "summary",
    ["duration_rephrased", "currency_abbrev_m", "multiplier_rephrased", "condensation",
     "body_named_differently"],
    "Bramworth Central Library will reopen on 12 May after an eighteen-month refurbishment costing 2.1 million "
    "pounds, Bramworth Borough Council confirmed. The building now has a children's reading room, a recording studio "
    "for local groups and 40 public computers, double the previous number. Opening hours will be extended to include "
    "Sunday afternoons from 13:00 to 17:00. Head librarian Owen Pritchard said more than 6,000 books had been donated "
    "by residents while the library was closed. The council's culture committee chair, Councillor Hannah Lusk, will "
    "cut the ribbon at 10:00 on the opening day.",
    "Bramworth's central library reopens on 12 May after a £2.1m refurbishment lasting a year and a half, with 40 "
    "public computers, twice as many as before. Residents gave more than six thousand books while it was closed, "
    "head librarian Owen Pritchard said.")

add("education: primary science fair", "summary",
    ["number_words_digits", "synonym", "condensation", "body_named_differently"],
    "Pupils from eleven primary schools took part in the Gorsey Hill Science Fair on Saturday at St Aldric's "
    "Community Hall. The top prize went to Year 6 pupils from Rushmead Primary, whose project compared how long soil "
    "stayed moist under different mulches. Their teacher, Ellen Marsh, said the group had collected readings twice a "
    "day for six weeks. The runners-up, from Lintwell Green School, built a model of a water wheel that powered a "
    "small light. Organisers from the Gorsey Hill Community Trust said about 350 visitors attended, and that next year's "
    "fair would be held in March.",
    "Rushmead Primary's Year 6 pupils won first prize at Saturday's Gorsey Hill Science Fair, in which 11 primary "
    "schools took part, with a project comparing how long soil stayed damp beneath various mulches. The organisers "
    "said some 350 people came.")

add("courts: magistrates driving case", "translation",
    ["literal_phrasing", "voice_change", "age_rephrased", "currency_symbol", "synonym",
     "surname_only", "title_role_rephrased"],
    "A 34-year-old man from Eastholme was fined 660 pounds at Hartsford Magistrates' Court on Friday after admitting "
    "driving without insurance. Daniel Corrie, of Weaver Close, was stopped by police on the A917 in January. The "
    "court heard that his insurance policy had lapsed three months earlier because a payment had failed. Magistrates "
    "also added six penalty points to his licence and ordered him to pay 85 pounds in costs. Chair of the bench "
    "Margaret Ellery told Corrie that driving uninsured put other road users at financial risk.",
    "On Friday, at the Magistrates' Court of Hartsford, a man of 34 years, resident in Eastholme, received a fine of "
    "£660, having recognised that he had driven without insurance. The police had stopped Daniel Corrie, domiciled "
    "in Weaver Close, on the A917 in the month of January. It was heard by the court that his insurance policy had "
    "ceased to be valid three months before, a payment having failed. In addition, the magistrates imposed six "
    "penalty points on his licence and condemned him to pay costs of £85. The president of the bench, Margaret "
    "Ellery, said to Corrie that to drive without insurance exposes the other users of the road to a financial risk.")

add("farming: dairy robotics", "translation",
    ["literal_phrasing", "fraction_words", "number_words_digits", "speech_attribution_moved", "synonym",
     "clause_reorder"],
    "A dairy farm near Wexley has installed a robotic milking system that lets its 180 cows choose when to be milked. "
    "Farmer Gwen Aldous said the cows now visit the machines about three times a day on average, compared with twice "
    "under the old routine. Milk yields have risen by roughly 8 per cent in the four months since the system was "
    "switched on. The equipment cost 350,000 pounds, a quarter of which came from a regional farming grant. Ms Aldous "
    "said the time saved would allow her and her son to spend more hours on herd health and grassland management.",
    "Close to Wexley, a dairy exploitation has put in place a robotised milking system which leaves to its 180 cows "
    "the choice of the moment of milking. According to the farmer, Gwen Aldous, the cows present themselves at the "
    "machines on average about three times per day, against two times with the former routine. In the four months "
    "since the putting into service of the system, the production of milk has increased by approximately eight "
    "percent. Of the £350,000 that the equipment cost, one quarter was financed by a regional agricultural grant. "
    "The time gained, Ms Aldous said, will permit her and her son to consecrate more hours to the health of the herd "
    "and to the management of the grassland.")

# ---------------------------------------------------------------- part 2
add("leisure: swimming pool repairs", "rewrite",
    ["hedge_preserved_rephrased", "antonym_with_negation", "unit_abbrev", "currency_symbol",
     "speech_attribution_moved", "voice_change", "nominalisation"],
    "Linden Leisure Centre's main swimming pool will remain closed until at least September after inspectors found "
    "cracks in its tiled floor, Sorrell Borough Council said on Thursday. The 25-metre pool was shut in February "
    "when a lifeguard noticed water seeping into the plant room below. Repairs are expected to cost around 420,000 "
    "pounds. The centre's smaller learner pool is unaffected and will continue to host swimming lessons for children. "
    "Council leader Ray Bishop said the authority was looking at whether the work could be finished sooner if "
    "contractors worked weekends.",
    "Sorrell Borough Council said on Thursday that cracks discovered by inspectors in the tiled floor of the main "
    "pool at Linden Leisure Centre mean it will not reopen before September at the earliest. The 25m pool has been "
    "out of use since February, when water was spotted by a lifeguard leaking into the plant room underneath. The "
    "repair bill is expected to be in the region of £420,000. Children's swimming lessons will go on in the learner "
    "pool, which is smaller and has not been affected. Whether weekend working by contractors could bring the "
    "completion date forward is being examined by the authority, according to council leader Ray Bishop.")

add("local government: recycling collections", "rewrite",
    ["antonym_pair_rephrased", "fraction_as_percent", "currency_abbrev_m", "percent_symbol",
     "body_named_differently", "clause_reorder"],
    "Households in Marchfield will have their recycling collected every week rather than every fortnight from 3 June, "
    "the district council has announced. The change is part of a new contract with waste firm Greenloop, worth 9.6 "
    "million pounds over eight years. Glass will no longer have to be separated from cans and plastic bottles, and food "
    "waste collections, which are already weekly, will not change. The council said recycling rates in the district "
    "had stalled at 41 per cent and that it hoped to reach half of all household waste by 2028.",
    "Fortnightly recycling collections in Marchfield are to be replaced by weekly ones starting on 3 June, according "
    "to an announcement by the district council. This forms part of an eight-year, £9.6m contract with Greenloop, a "
    "waste company. Residents will be able to put glass in with their cans and plastic bottles instead of sorting it "
    "separately. Collections of food waste will continue as now, on a weekly basis. Having seen the district's "
    "recycling rate stall at 41%, the council said it hoped to raise it to 50% of all household waste by 2028.")

add("health: hospital emergency waits", "rewrite",
    ["duration_digits", "number_words_digits", "comparison_rephrased", "nominalisation",
     "speech_attribution_moved", "synonym_apologised", "surname_only"],
    "Patients at the emergency department of Kingsmere General Hospital waited an average of five hours and ten "
    "minutes to be admitted last month, figures published on Monday show. That was 50 minutes longer than in the "
    "same month last year. The hospital's chief operating officer, Dr Lena Hart, said the rise was mainly caused by a "
    "shortage of beds on medical wards. The trust plans to open a 20-bed discharge lounge in the spring so that "
    "patients who are well enough to leave can move out of wards earlier. Dr Hart said she was sorry for the delays "
    "patients had experienced.",
    "Figures released on Monday show that last month's average wait for admission from Kingsmere General Hospital's "
    "emergency department was 5 hours 10 minutes, an increase of 50 minutes on the same month a year earlier. A lack "
    "of beds on the medical wards was the main reason for the increase, according to the hospital's chief operating "
    "officer, Dr Lena Hart. In the spring, the trust intends to open a discharge lounge with twenty beds, allowing "
    "patients who are fit to leave to move off the wards sooner. Dr Hart apologised for the delays that patients "
    "had faced.")

add("small business: farmers' market", "rewrite",
    ["number_words_digits", "duration_rephrased", "currency_symbol", "nominalisation", "antonym_with_negation",
     "speech_attribution_moved", "voice_change"],
    "Fenwold's monthly farmers' market will move from the town square to the grounds of Fenwold Castle from May, the "
    "organisers said. The market has grown from 15 stalls when it started in 2016 to 48 today, and traders have "
    "complained that the square is too cramped. The castle's owners, the Dorne Heritage Trust, will not charge rent "
    "for the first year. Parking will be available in the castle's overflow field for 2 pounds. Organiser Kath "
    "Bellamy said the market would continue to be held on the first Saturday of each month.",
    "From May, the farmers' market that Fenwold holds once a month is relocating from the town square to Fenwold "
    "Castle's grounds, according to the organisers. Starting out with fifteen stalls in 2016, it now has 48, and the "
    "square has been described as too cramped by traders. For its first twelve months at the castle the market will "
    "be rent-free, as the Dorne Heritage Trust, which owns the castle, is waiving the charge. Visitors can park in "
    "the castle's overflow field at a cost of £2. There will be no change of day, with the market still taking "
    "place on the first Saturday of every month, said organiser Kath Bellamy.")

add("culture: theatre rescue", "rewrite",
    ["antonym_with_negation", "currency_symbol", "duration_adjective", "voice_change",
     "speech_attribution_moved", "place_for_town", "clause_reorder"],
    "The Lantern Theatre in Easterby has been saved from closure after a crowdfunding campaign raised 185,000 pounds "
    "in six weeks. The 1920s venue had warned in January that it would have to shut unless it could pay for urgent "
    "roof repairs. More than 2,300 people donated, including actor Colin Marsh, who grew up in the town and gave "
    "10,000 pounds. Artistic director Priya Dhillon said work on the roof would begin in August and the theatre would "
    "remain open while it was carried out. The autumn season will open with a production of a comedy written by a "
    "local playwright.",
    "A six-week crowdfunding drive that brought in £185,000 means Easterby's Lantern Theatre will not have to close. "
    "In January the venue, which dates from the 1920s, had warned that it would have to shut if it could not pay "
    "for urgent repairs to its roof. Over 2,300 donors contributed, among them the actor Colin Marsh, who was brought "
    "up in Easterby and gave £10,000. The roof work will start in August, but the theatre will not close while it "
    "is done, said Priya Dhillon, its artistic director. A production of a comedy by a local playwright will open "
    "the autumn season.")

add("transport: bridge closure", "summary",
    ["number_words_digits", "condensation", "synonym", "river_name_shortened"],
    "The Old Mill Bridge in Hexford will close to all traffic for eleven weeks from 15 July so that its stone arches "
    "can be repaired, Aldmere County Council said. Drivers will face a diversion of about six miles via the A790 and "
    "Cotton Lane. A temporary footbridge will be installed so that pedestrians and cyclists can still cross the River "
    "Leme. The 1.4 million pound project was brought forward after an inspection last year found loose stonework "
    "beneath the deck. Councillor Fiona Grady, cabinet member for highways, said the council had timed the closure "
    "to avoid the school term where possible.",
    "Hexford's Old Mill Bridge shuts to all traffic for 11 weeks from 15 July for repairs to its stone arches, with "
    "drivers diverted for around six miles. People on foot or on bicycles will still be able to cross the Leme on a "
    "temporary footbridge.")

add("emergency services: timber yard fire", "summary",
    ["fraction_words", "synonym", "antonym_with_negation", "speech_attribution_moved", "condensation"],
    "Firefighters from three stations spent nearly seven hours tackling a blaze at a timber yard in Penstow "
    "Industrial Estate on Sunday. At its height, 60 firefighters and ten engines were at the scene, Ravenmoor Fire and "
    "Rescue Service said. Nobody was hurt, but about a third of the yard's stock was destroyed. Nearby residents "
    "were asked to keep windows and doors closed because of the smoke. Station manager Lee Ashworth said the cause of "
    "the fire was not yet known and an investigation would begin on Monday.",
    "A fire on Sunday at a timber yard on Penstow Industrial Estate took crews from three stations almost seven hours "
    "to deal with; roughly one third of the yard's stock was destroyed, though no one was injured. Its cause had not "
    "yet been established, according to station manager Lee Ashworth.")

add("community: allotments", "summary",
    ["fraction_as_verb", "synonym", "condensation", "source_rephrased"],
    "Waiting lists for allotments in Stowhaven have reached a record 312 people, the town council said in its annual "
    "report. Some applicants have been waiting more than four years for a plot. To help reduce the backlog, the "
    "council plans to split 30 of its full-size plots into halves when current tenants give them up. It is also in "
    "talks with a local landowner about leasing a two-acre field on Brook Road for new allotments, although no "
    "agreement has yet been reached. Town clerk Amanda Price said demand had risen sharply since 2020.",
    "A record 312 people are waiting for allotments in Stowhaven, some of them for over four years, according to the "
    "town council's annual report. The council intends to halve 30 of its full-size plots as their current tenants "
    "give them up.")

add("small business: craft brewery", "translation",
    ["literal_phrasing", "synonym", "title_role_rephrased", "number_words_digits", "speech_attribution_moved"],
    "Copperkettle Brewery in Haldmoor has won a gold medal at the National Cask Ale Awards for its dark mild, Night "
    "Heron. Head brewer Tomasz Lenik said the recipe had been developed over two years and uses malt grown on a farm "
    "five miles from the brewery. The brewery, which employs nine people, produced around 400,000 pints last year. "
    "Owner Grace Fellowes said the award would help the business find new pubs to stock its beer. She added that the "
    "brewery plans to open a small taproom next spring.",
    "The brewery Copperkettle, of Haldmoor, has obtained a gold medal at the National Cask Ale Awards with its dark "
    "mild called Night Heron. According to the head brewer, Tomasz Lenik, two years were necessary to develop the "
    "recipe, which employs a malt cultivated on a farm situated at five miles from the brewery. Last year the "
    "enterprise, which gives work to nine persons, produced some 400,000 pints. The proprietor, Grace Fellowes, "
    "declared that the prize will aid the business to find new pubs that will stock its beer. She added that the "
    "brewery has the project of opening a little taproom next spring.")

add("transport: cycle lane", "translation",
    ["literal_phrasing", "unit_abbrev", "currency_symbol", "synonym", "speech_attribution_moved",
     "clause_reorder"],
    "A two-kilometre segregated cycle lane along Quarry Road in Tilbridge opened on Monday, eight months later than "
    "planned. The delay was caused by the discovery of old gas pipes that had to be moved, according to Tilbridge "
    "City Council. The project cost 1.8 million pounds, most of it from a national active travel fund. Local cycling "
    "group Wheels for Tilbridge welcomed the lane but said it should link up with the city centre. The council said "
    "a second phase connecting the lane to Market Square would be considered next year.",
    "Monday saw the opening, with eight months of delay on the calendar foreseen, of a separated cycle track of 2 km "
    "along Quarry Road, in Tilbridge. Tilbridge City Council attributes the delay to the discovery of old gas pipes "
    "that it was necessary to displace. The cost of the project reached £1.8 million, of which the greater part came "
    "from a national fund for active travel. The local association of cyclists, Wheels for Tilbridge, gave a welcome "
    "to the track but judged that it should be joined to the centre of the city. A second phase, which would connect "
    "the track to Market Square, will be examined next year, the council indicated.")

# ---------------------------------------------------------------- part 3
add("culture: museum exhibition", "rewrite",
    ["time_24h_to_12h", "currency_symbol", "antonym_with_negation", "voice_change", "speech_attribution_moved",
     "ordinal_words"],
    "An exhibition of Roman coins found by metal detectorists in the Arnvale area will open at Coldbrook Museum on "
    "2 September. The 140 coins, some dating from the second century, were declared treasure in 2022 and bought by "
    "the museum for 32,000 pounds. Curator Isla Fenner said the display would also show the fields where they were "
    "found, using aerial photographs. Entry will be free, and the exhibition will run until the end of January. The "
    "museum is open from Wednesday to Sunday, 10:00 to 16:30.",
    "Coldbrook Museum will put on show, from 2 September, Roman coins that metal detectorists unearthed around "
    "Arnvale. Declared treasure in 2022, the collection of 140 coins, including some from the 2nd century, was "
    "purchased by the museum for £32,000. Aerial photographs in the display will also show the fields where the coins "
    "were discovered, according to curator Isla Fenner. Visitors will not be charged for admission, and the "
    "exhibition closes at the end of January. The museum opens from 10am to 4.30pm, Wednesdays to Sundays.")

add("health: dentistry access", "rewrite",
    ["voice_change", "duration_rephrased", "antonym_with_negation", "synonym", "speech_attribution_moved",
     "title_role_rephrased"],
    "Clearwater Dental in Norvale will stop accepting new health-service patients from 1 October, the practice has "
    "told local health officials. The practice said it could no longer cover its costs under the current contract "
    "and had been unable to fill two vacant dentist posts for over a year. Existing health-service patients will "
    "continue to be treated. About 2,500 people who are on the practice's waiting list will be advised to contact "
    "the regional dental helpline. Norvale's MP, Simon Achebe, said he had written to the health minister about the "
    "shortage of health-service dentists in the area.",
    "From 1 October, no new health-service patients will be taken on by Clearwater Dental in Norvale, local health "
    "officials have been informed by the practice. Under its present contract, the practice said, it was no longer "
    "able to meet its costs, and two dentist vacancies had remained unfilled for more than twelve months. Patients "
    "already registered with it through the health service will still be treated. Some 2,500 people on its waiting "
    "list will be told to get in touch with the regional dental helpline. Simon Achebe, the MP for Norvale, said he "
    "had raised the lack of health-service dentists locally in a letter to the health minister.")

add("local government: taxi licensing", "rewrite",
    ["nominalisation", "number_words_digits", "age_rephrased", "voice_change", "speech_attribution_moved",
     "synonym", "clause_reorder"],
    "Taxi drivers in Rowchester will have to pass an English and local-knowledge test before getting a licence from "
    "next April, after councillors approved new rules on Wednesday. The licensing committee also voted to require "
    "all new taxis to be electric or hybrid from 2027. Existing petrol and diesel vehicles will be allowed to operate "
    "until they are twelve years old. The council said the changes followed complaints from passengers about drivers "
    "not knowing their way around the town. The Rowchester Hackney Association said its members supported the "
    "knowledge test but were worried about the cost of electric vehicles.",
    "New rules given the go-ahead by councillors on Wednesday mean that, from next April, taxi drivers in Rowchester "
    "must pass a test of English and local knowledge before they can get a licence. From 2027, every new taxi will "
    "have to be electric or hybrid under a further decision by the licensing committee. Petrol and diesel vehicles "
    "already in service may carry on operating until they reach 12 years of age. According to the council, the "
    "changes came after passengers complained that drivers did not know their way around the town. While backing the "
    "knowledge test, members of the Rowchester Hackney Association are concerned about what electric vehicles cost, "
    "the association said.")

add("sport: cricket club pavilion", "rewrite",
    ["currency_symbol", "voice_change", "antonym_with_negation", "synonym", "speech_attribution_moved",
     "clause_reorder", "title_role_rephrased"],
    "Hatherwick Cricket Club has been given 75,000 pounds by the national sports lottery fund to build a new pavilion "
    "with accessible changing rooms. The current wooden pavilion, built in 1958, has no step-free access and only one "
    "toilet. Club chairman Neil Osborne said members had raised a further 20,000 pounds through quiz nights and a "
    "sponsored walk. Construction is due to start in October, after the end of the season, and should be finished "
    "by April. The club runs five adult teams and a girls' section that was formed two years ago.",
    "A £75,000 award from the national sports lottery fund will allow Hatherwick Cricket Club to put up a new "
    "pavilion that has accessible changing rooms. There is no step-free way into the existing pavilion, a wooden "
    "building dating from 1958, and it has just a single toilet. Another £20,000 has been raised by members through "
    "a sponsored walk and quiz nights, said Neil Osborne, the club's chairman. Building work is scheduled to get "
    "under way in October, when the season is over, with completion due by April. Five adult teams are run by the "
    "club, as well as a girls' section set up two years ago.")

add("environment: flood defences", "rewrite",
    ["ratio_as_percent", "unit_abbrev", "currency_symbol", "voice_change", "nominalisation",
     "speech_attribution_moved", "number_words_digits"],
    "Work has finished on a 3.2 million pound flood wall protecting 260 homes in the Riverside district of Ousebury, "
    "the Lowland Rivers Agency said on Tuesday. The wall is 900 metres long. It was built after floods in 2019 "
    "damaged more than 100 properties. It includes three flood gates that will be closed by agency staff when river "
    "levels are forecast to rise. Resident Janet Koo, whose house was flooded in 2019, said she could finally get "
    "home insurance at a reasonable price. The agency said the scheme reduced the risk of flooding in the area from "
    "one in 20 to one in 100 in any given year.",
    "A flood wall costing £3.2 million that protects 260 homes in Ousebury's Riverside district has been completed, "
    "the Lowland Rivers Agency said on Tuesday. It stretches for 900m and was built following the 2019 floods, which "
    "damaged over a hundred properties. Agency staff will shut its three flood gates when river levels are forecast "
    "to rise. Janet Koo, a resident whose house flooded in 2019, said she was at last able to get home insurance at "
    "a reasonable price. According to the agency, the scheme has cut the area's chance of flooding in any given "
    "year from 5 per cent to 1 per cent.")

add("transport: island ferry", "summary",
    ["time_24h_to_12h", "synonym", "condensation", "antonym_with_negation"],
    "The ferry linking Porth Isel with the island of Carrach will run an extra sailing each day during July and "
    "August, operator Isles Link said. The additional crossing will leave Porth Isel at 18:30 and return from "
    "Carrach at 19:30. Last summer, more than 200 foot passengers were turned away on busy days because the boat was "
    "full. Fares will rise by 5 per cent from 1 June, to 9.45 pounds for an adult return. Isles Link said the "
    "increase reflected higher fuel costs.",
    "Isles Link will add a daily sailing between Porth Isel and Carrach in July and August, leaving Porth Isel at "
    "6.30pm. Last summer, over 200 foot passengers could not get on the ferry on busy days because it was full.")

add("social care: care home inspection", "summary",
    ["duration_rephrased", "voice_change", "condensation", "synonym", "speech_attribution_moved"],
    "Ashgrove House care home in Melcote Parva has been rated good by inspectors, a year after it was told it "
    "required improvement. The report, published on Thursday, praised the home's new activities programme and said "
    "staff knew residents well. Inspectors found that medicines were now stored and recorded correctly, which had "
    "been a concern at the previous inspection. The home, which cares for 38 older people, was taken over by "
    "Beechwood Care in 2023. Manager Rosa Delgado said the rating was a credit to the whole team.",
    "Inspectors have rated Melcote Parva's Ashgrove House care home good, twelve months after it was judged to "
    "require improvement, and found that medicines, a concern at the previous inspection, were now being stored and "
    "recorded properly. The rating was a credit to the whole team, according to manager Rosa Delgado.")

add("community: village hall vote", "summary",
    ["antonym_with_negation", "vote_count_rephrased", "currency_symbol", "condensation"],
    "Residents of Little Brompworth have voted to keep their village hall rather than sell it to a developer. At a "
    "public meeting on Friday, 112 people voted to keep the hall and 37 voted to sell it. The developer, Cresthaven "
    "Homes, had offered 450,000 pounds for the site and planned to build six houses there. The hall's trustees will "
    "now launch an appeal to raise 80,000 pounds for a new roof and heating system. Trustee chair Bernard Wyatt said "
    "the result showed how much the hall meant to the village.",
    "At a public meeting on Friday, Little Brompworth residents voted 112 to 37 against selling their village hall to "
    "Cresthaven Homes, which had offered £450,000 for the site. The trustees will now launch an appeal for £80,000 "
    "to pay for a new roof and heating system.")

add("science: amateur astronomy", "translation",
    ["literal_phrasing", "voice_change", "synonym", "ordinal_words", "speech_attribution_moved",
     "unit_words"],
    "Members of the Draycombe Astronomical Society have recorded a meteorite fall for the first time, after a "
    "fireball was seen over the county on 9 November. Cameras run by the society captured the object from three "
    "locations, allowing members to estimate where fragments had landed. A small stone weighing 41 grams was found "
    "two days later on farmland near Castle Heston. Society secretary Dr Imran Qureshi said the stone would be sent "
    "to a university laboratory for analysis. The landowner has agreed to let it be displayed at Draycombe Library.",
    "For the first time, the members of the Astronomical Society of Draycombe have registered the fall of a "
    "meteorite, after a ball of fire was observed above the county on 9 November. Cameras operated by the society "
    "filmed the object from three places, which permitted the members to estimate where the fragments had come to "
    "ground. Two days after, a little stone of 41 grammes was discovered on agricultural land in the proximity of "
    "Castle Heston. The stone will be sent to a university laboratory to be analysed, said the secretary of the "
    "society, Dr Imran Qureshi. The proprietor of the land has given consent for it to be exhibited at the library "
    "of Draycombe.")

add("community: orchard harvest", "translation",
    ["literal_phrasing", "unit_abbrev", "currency_symbol", "synonym", "speech_attribution_moved",
     "number_words_digits"],
    "A community orchard in Pelhurst Green has produced its first substantial harvest, five years after volunteers "
    "planted 70 apple and pear trees on a former playing field. Around 600 kilograms of fruit were picked over two "
    "weekends in September. Most of it was pressed into juice, which is being sold at the village shop for 3.50 "
    "pounds a bottle. Volunteer coordinator Janet Moyo said the money would be used to buy tools and plant a further "
    "20 trees. She said the orchard group welcomes new members of all ages.",
    "In Pelhurst Green, a community orchard has given its first harvest worthy of the name, five years after "
    "volunteers planted 70 apple trees and pear trees on an old playing field. In the course of two weekends of "
    "September, some 600 kg of fruit were gathered. The greater part was transformed into juice, which the village "
    "shop sells at £3.50 the bottle. According to the coordinator of the volunteers, Janet Moyo, the money will serve "
    "to buy tools and to plant twenty trees more. The orchard group, she said, receives with pleasure new members of "
    "every age.")

# ---------------------------------------------------------------- part 4
add("policing: burglary figures", "rewrite",
    ["percent_symbol", "fraction_as_percent", "nominalisation", "speech_attribution_moved", "synonym",
     "clause_reorder", "voice_change"],
    "Burglaries in Westmarrow fell by 18 per cent in the twelve months to March, according to figures released by "
    "Northfold Police. There were 412 reported burglaries, compared with 502 the year before. Inspector Carla Benn "
    "said the fall followed extra patrols in the evenings and a scheme giving free door locks to older residents. "
    "However, thefts of bicycles rose by nearly a quarter over the same period. Police are urging cyclists to "
    "register their bikes on a national database and use two locks.",
    "Northfold Police figures show that the number of burglaries in Westmarrow dropped by 18% in the year up to "
    "March, from 502 to 412 reported cases. The decline came after more evening patrols were put on and a scheme "
    "began providing older residents with door locks at no charge, Inspector Carla Benn said. Bicycle thefts, on the "
    "other hand, went up by almost 25 per cent during the same period. Cyclists are being urged by police to use "
    "two locks and to register their bikes on a national database.")

add("utilities: power cut", "rewrite",
    ["time_24h_to_12h", "number_words_digits", "voice_change", "speech_attribution_moved",
     "antonym_with_negation", "nominalisation"],
    "More than 4,000 homes and businesses in Calderwick were left without electricity for up to nine hours on "
    "Wednesday after a digger damaged an underground cable. Network operator Highmoor Grid said power was restored "
    "to most customers by 15:00 and to the remaining 300 by 18:40. The digger was being used by a contractor working "
    "on a new housing estate. Highmoor Grid said customers who were without power for more than twelve hours would "
    "be entitled to compensation, but that none had been cut off for that long. The company has asked the "
    "contractor for a report on the incident.",
    "On Wednesday a digger damaged an underground cable in Calderwick, cutting off the electricity supply to over "
    "four thousand homes and businesses for as long as nine hours. Most customers had their power back by 3pm, and "
    "the last 300 were reconnected by 6.40pm, according to network operator Highmoor Grid. A contractor working on a "
    "new housing estate had been using the digger. Compensation would be due to any customer left without power for "
    "longer than 12 hours, Highmoor Grid said, but no one had been cut off for that long. The contractor has been "
    "asked by the company to report on what happened.")

add("culture: community choir", "rewrite",
    ["ordinal_as_phrase", "number_words_digits", "fraction_as_percent", "currency_symbol",
     "speech_attribution_moved", "antonym_with_negation", "synonym"],
    "The Bracklow Vale Community Choir will perform with a professional orchestra for the first time next month, at "
    "a concert marking its 25th anniversary. The 90-strong choir will sing 'The Lantern Year', an oratorio by local "
    "composer Edwin Clare, with the Sevenvale Sinfonia at St Botolph's Church on 18 October. Musical director Helen "
    "Ash said rehearsals had been held twice a week since June. Tickets cost 15 pounds, or 5 pounds for under-18s, "
    "and more than half have already been sold. Proceeds will go to a local hospice.",
    "At a concert celebrating a quarter of a century since it was formed, Bracklow Vale Community Choir will next "
    "month share the stage with a professional orchestra, something it has never done before. On 18 October its 90 "
    "singers will join the Sevenvale Sinfonia at St Botolph's Church for 'The Lantern Year', an oratorio by local "
    "composer Edwin Clare. Since June the choir has been rehearsing twice weekly, according to its musical director, "
    "Helen Ash. Over 50 per cent of the tickets, priced at £15 or £5 for those under 18, have been sold already. The "
    "money raised will go to a local hospice.")

add("planning: housing development", "rewrite",
    ["nominalisation", "percent_symbol", "currency_abbrev_m", "voice_change", "speech_attribution_moved",
     "synonym", "title_role_rephrased"],
    "A plan to build 140 homes on farmland east of Corbury Hill was approved by Harnley District Council's planning "
    "committee on Thursday, despite more than 300 objections. The developer, Oakridge Estates, must make 35 per cent "
    "of the homes affordable and pay 1.2 million pounds towards a new primary school classroom block. Objectors had "
    "argued that the village's roads and GP surgery could not cope with more residents. Committee chair Councillor "
    "Derek Hume said the council had to meet government housing targets. Building is expected to start next year.",
    "Harnley District Council's planning committee gave its approval on Thursday to 140 homes on farmland to the "
    "east of Corbury Hill, even though more than 300 objections had been lodged. Oakridge Estates, the developer, is "
    "required to make 35% of the homes affordable and to contribute £1.2m towards a new block of primary school "
    "classrooms. Those opposed had said that the village's roads and its GP surgery would be unable to cope with "
    "additional residents. The council had to meet government housing targets, said Councillor Derek Hume, who "
    "chairs the committee. Work is expected to get under way next year.")

add("highways: road resurfacing", "rewrite",
    ["duration_fortnight", "time_24h_to_12h", "currency_abbrev_m", "antonym_with_negation", "voice_change",
     "speech_attribution_moved", "synonym"],
    "Drivers in Selwick face overnight closures of the B1120 for two weeks from Monday while the road is resurfaced. "
    "The closures will be in place between 20:00 and 06:00, and a signed diversion will add around four miles to "
    "journeys. Castlewick County Council said the 1.5-mile stretch had not been resurfaced since 2004 and had been "
    "patched more than 200 times. Access will be maintained for emergency vehicles and residents, and the work is part "
    "of a 7 million pound programme to repair roads across the county this summer.",
    "From Monday, the B1120 in Selwick will be shut overnight for a fortnight so that it can be resurfaced. The road "
    "will be closed from 8pm until 6am, with a signposted diversion adding about four miles to journeys. The "
    "1.5-mile stretch was last resurfaced in 2004 and has been patched on over 200 occasions, Castlewick County "
    "Council said. Emergency vehicles and residents will still be able to get through. The work forms part of a £7m "
    "programme to repair roads throughout the county this summer.")

add("farming: sheep show", "summary",
    ["nominalisation", "condensation", "speech_attribution_moved", "duration_rephrased"],
    "A Texel ram bred by Hawes Farm of Tollamere was named supreme champion at the Upper Dale Sheep Show on "
    "Saturday. The show attracted 640 entries, the highest number in its 73-year history, according to secretary "
    "Ruth Calder. Judge Alan Price, a breeder from Fellhampton, said the standard of the young ewes' classes was the "
    "best he had seen in a decade. The champion ram later sold at auction for 8,400 guineas. Next year's show will "
    "take place on the last Saturday in August.",
    "A Texel ram bred by Tollamere's Hawes Farm took the supreme championship at Saturday's Upper Dale Sheep Show, "
    "which drew a record 640 entries in its 73 years, its secretary said. The ram later fetched 8,400 guineas at "
    "auction.")

add("sport: rowing regatta", "summary",
    ["unit_abbrev", "condensation", "clause_reorder", "synonym"],
    "The two-day Kenmoor Regatta was reduced to a single day after heavy rain raised the river level overnight on "
    "Friday. Organisers said the current was too strong for safe racing on Saturday, so all races were held on "
    "Sunday on a course shortened to 750 metres. About 80 crews from 19 clubs took part. Kenmoor Rowing Club won the "
    "women's eights, while the men's eights title went to visitors from Ardenby. Race secretary Tom Gale thanked "
    "volunteers who had reorganised the timetable in a few hours.",
    "After heavy rain raised the river overnight on Friday, the Kenmoor Regatta was cut from two days to one, with "
    "every race held on Sunday over a course shortened to 750m. Kenmoor Rowing Club took the women's eights and a "
    "crew from Ardenby the men's.")

add("health: pharmacy walk-in service", "summary",
    ["duration_fortnight", "condensation", "synonym", "speech_attribution_moved"],
    "Kestrel Pharmacy in Dunholt has become the first in the town to offer a walk-in service for minor illnesses such "
    "as earache, sore throats and urinary infections. Pharmacist Navid Shah said patients could now be assessed and, "
    "where appropriate, given prescription medicines without seeing a GP. The service is funded by the Marrowdale "
    "Health Board and is free to patients, although standard prescription charges still apply. In the first "
    "fortnight, 130 people used it. Mr Shah said the pharmacy had hired an extra member of staff to cope with demand.",
    "Kestrel Pharmacy is the first in Dunholt to offer a walk-in service for minor illnesses, which 130 people used "
    "in its first two weeks. According to pharmacist Navid Shah, patients can now be assessed and, if appropriate, "
    "given prescription medicines without having to see a GP.")

add("sport: city marathon", "translation",
    ["literal_phrasing", "duration_notation", "unit_words", "currency_symbol", "speech_attribution_moved",
     "synonym", "antonym_with_negation"],
    "Club runner Samuel Otieno won the Hallerton Marathon on Sunday in two hours, 14 minutes and 5 seconds, breaking "
    "the course record by 41 seconds. The women's race was won by Freya Lund in 2:36:50. A total of 3,850 runners "
    "finished, and organisers estimated that the event raised 620,000 pounds for charity. Temperatures stayed below "
    "12C, which race director Kevin Marr said had helped produce fast times. Two runners were treated in hospital "
    "for dehydration and have since been discharged.",
    "On Sunday the club runner Samuel Otieno carried off the Hallerton Marathon in 2 h 14 min 5 s, improving the "
    "record of the course by 41 seconds. On the women's side, the victory went to Freya Lund, in 2 h 36 min 50 s. In "
    "total 3,850 runners crossed the finishing line, and according to the estimations of the organisers the event "
    "collected £620,000 for charity. The temperatures remained under 12 degrees Celsius, which, according to the "
    "director of the race, Kevin Marr, favoured rapid times. Two runners received care in hospital for dehydration; "
    "they have since been allowed to leave.")

add("heritage: archaeological dig", "translation",
    ["literal_phrasing", "ordinal_words", "hedge_preserved_rephrased", "synonym", "speech_attribution_moved",
     "voice_change"],
    "Archaeologists excavating ahead of a new car park in Stanholt Market have uncovered the remains of a medieval "
    "tannery. The site, which includes nine stone-lined pits, is thought to date from the 14th century. Project "
    "leader Dr Amelia Forde said leather offcuts and shoe fragments had survived in the waterlogged soil. Volunteers "
    "from the Stanholt Historical Society have been helping with the dig, which will continue until the end of the "
    "month. The car park's construction will go ahead once the excavation has been recorded.",
    "Archaeologists who carry out excavations in advance of the building of a new car park in Stanholt Market have "
    "brought to light the vestiges of a tannery of the Middle Ages. The site, which counts nine pits lined with "
    "stone, dates, it is believed, from the fourteenth century. According to the responsible of the project, Dr "
    "Amelia Forde, scraps of leather and fragments of shoes have been conserved in the soil gorged with water. "
    "Volunteers of the Stanholt Historical Society have lent a hand to the excavations, which will continue until the "
    "end of the month. The construction of the car park will go ahead once the excavation has been documented.")

# ---------------------------------------------------------------- part 5
add("energy: community wind farm", "rewrite",
    ["currency_abbrev_m", "voice_change", "clause_reorder", "speech_attribution_moved", "synonym",
     "title_role_rephrased"],
    "A community-owned wind farm near Glenarrow generated enough electricity last year to power about 3,400 homes, "
    "its annual report shows. The four turbines, which began operating in 2019, earned Glenarrow Energy Co-operative "
    "1.1 million pounds from electricity sales. After costs, 210,000 pounds was paid into a community fund, which has "
    "so far paid for a minibus, new play equipment and insulation for 60 homes. The co-operative has 1,150 members, "
    "most of whom live within ten miles. Its chair, Morag Cullen, said the group was considering adding solar panels "
    "on nearby farm buildings.",
    "Last year the community-owned wind farm near Glenarrow produced enough power for around 3,400 homes, according "
    "to its annual report. Electricity sales from the four turbines, in operation since 2019, brought Glenarrow "
    "Energy Co-operative £1.1m. Once costs had been met, £210,000 went into a community fund; to date, the fund has "
    "paid for insulation for 60 homes, new play equipment and a minibus. Most of the co-operative's 1,150 members "
    "live within ten miles. Adding solar panels on farm buildings close by is being considered by the group, said "
    "Morag Cullen, who chairs it.")

add("small business: independent bookshop", "rewrite",
    ["ordinal_as_phrase", "percent_symbol", "voice_change", "speech_attribution_moved", "clause_reorder",
     "antonym_with_negation", "synonym"],
    "An independent bookshop in Amberholt Cross is celebrating its 50th birthday this week with author talks and a "
    "window display of bestsellers from each decade. Quillstone Books was opened in 1974 by Robert and Sheila Dunn, "
    "and is now run by their granddaughter, Lucy Dunn. Ms Dunn said sales had grown by 12 per cent last year, helped "
    "by a book club with 85 members and a weekly story time for toddlers. She said the shop would not be starting an "
    "online store because she wanted customers to visit in person. The celebrations end on Saturday with a party "
    "open to the public.",
    "Quillstone Books, an independent shop in Amberholt Cross, turns fifty this week and is marking the occasion with "
    "talks by authors and a window display of each decade's bestsellers. Robert and Sheila Dunn opened it in 1974; "
    "today it is run by their granddaughter Lucy Dunn. Last year's 12% rise in sales was helped by a toddlers' story "
    "time held every week and a book club of 85 members, Ms Dunn said. The shop will not be launching an online "
    "store, she said, because she wants customers to come in person. The celebrations close on Saturday with a party "
    "that any member of the public can attend.")

add("local government: council tax", "rewrite",
    ["percent_symbol", "currency_symbol", "vote_count_rephrased", "voice_change", "nominalisation",
     "speech_attribution_moved", "antonym_with_negation"],
    "Pellingham Borough Council will raise council tax by 4.99 per cent from April, adding about 89 pounds a year to "
    "the bill for a typical Band D home. The increase was agreed at a full council meeting on Monday by 28 votes to "
    "19. Council leader Joanna Frith said the money was needed to cope with rising costs in adult social care, which "
    "now takes up 43 per cent of the budget. Opposition councillors proposed cutting spending on consultants instead, "
    "but the amendment was defeated. The council also confirmed it would close two of its five household recycling "
    "centres on Wednesdays.",
    "Council tax in Pellingham will go up by 4.99% from April, so the bill for a typical Band D home will rise by "
    "roughly £89 a year. Councillors agreed the increase by 28 votes to 19 at Monday's full meeting of the borough "
    "council. According to the council's leader, Joanna Frith, the extra money is required to deal with growing costs "
    "in adult social care, which now accounts for 43% of the budget. An opposition amendment to cut spending on "
    "consultants instead was voted down. The council also confirmed that two of its five household recycling centres "
    "will be shut on Wednesdays.")

add("emergency services: ambulance response", "rewrite",
    ["multiplier_rephrased", "duration_fortnight", "number_words_digits", "voice_change",
     "speech_attribution_moved", "synonym", "clause_reorder"],
    "Ambulances in the Harrowfield area took an average of 41 minutes to reach patients with suspected heart attacks "
    "and strokes in January, more than double the target of 18 minutes. The figures were published on Thursday by "
    "the Eastshire Ambulance Service. Chief executive Paul Dreyer said crews had lost nearly 6,000 hours in the month "
    "waiting outside hospitals to hand over patients. The service has recruited 120 new paramedics since September. "
    "Mr Dreyer said response times had improved in the first two weeks of February.",
    "Figures the Eastshire Ambulance Service published on Thursday show that, in January, ambulances took an average "
    "of 41 minutes to reach patients in the Harrowfield area with suspected strokes and heart attacks, over twice the "
    "18-minute target. Almost 6,000 hours were lost by crews during the month waiting outside hospitals to hand "
    "patients over, according to chief executive Paul Dreyer. Since September, 120 new paramedics have been taken "
    "on by the service. In the first fortnight of February, Mr Dreyer said, response times got better.")

add("education: free school meals", "rewrite",
    ["currency_abbrev_m", "antonym_with_negation", "duration_rephrased", "speech_attribution_moved",
     "nominalisation", "synonym"],
    "All primary school pupils in Cavermoor will receive free school meals from September, after the county council "
    "agreed to fund the scheme for two years. Around 14,000 children will benefit, including about 9,000 who are not "
    "currently eligible. The scheme will cost 11 million pounds a year. Education cabinet member Councillor Priya "
    "Nandra said the aim was to improve concentration in lessons and ease pressure on family budgets. Schools will be "
    "given extra money to hire kitchen staff where needed.",
    "From September, every primary pupil in Cavermoor will get free school meals, the county council having agreed to "
    "pay for the scheme for a two-year period. Some 14,000 children stand to benefit; roughly 9,000 of them do not "
    "qualify at present. The annual cost of the scheme is £11m. According to Councillor Priya Nandra, cabinet member "
    "for education, the aim is better concentration in lessons and less pressure on family budgets. Where necessary, "
    "schools will receive additional money to take on kitchen staff.")

add("wildlife: zoo births", "summary",
    ["duration_rephrased", "hedge_preserved_rephrased", "condensation", "synonym"],
    "Hartmoor Zoo has welcomed the birth of twin red panda cubs, the first born there in its 60-year history. The "
    "cubs, one male and one female, were born in late June but have only now been seen outside their nest box. "
    "Keepers said both were feeding well and weighed about a kilogram each. The zoo is part of an international "
    "breeding programme for the endangered species. Visitors may be able to see the cubs from next month, although "
    "keepers warned they may spend much of the day asleep.",
    "Twin red panda cubs, a male and a female, were born at Hartmoor Zoo in late June, the first born there in six "
    "decades of its history. Keepers said both were feeding well, and visitors may get the chance to see them from "
    "next month.")

add("weather: record heatwave", "summary",
    ["condensation", "nominalisation", "synonym", "hedge_preserved_rephrased"],
    "Temperatures in Averton reached 34.6C on Tuesday, the highest ever recorded at the town's weather station, which "
    "opened in 1951. The previous record, 33.9C, was set in August 1990. The council opened three cool rooms in its "
    "libraries for older and vulnerable residents, and water companies asked people to avoid using hosepipes and "
    "sprinklers. Paramedics attended 14 heat-related calls during the day, most of them involving older people. "
    "Forecasters said temperatures would fall to around 24C by Friday as cloud moved in from the west.",
    "Averton's weather station, in use since 1951, recorded 34.6C on Tuesday, beating its previous record of 33.9C "
    "from August 1990. Forecasters said temperatures would drop to about 24C by Friday.")

add("transport: city tram frequency", "translation",
    ["literal_phrasing", "fraction_as_percent", "time_24h_to_words", "currency_symbol", "synonym",
     "antonym_with_negation", "speech_attribution_moved"],
    "Trams will run every six minutes instead of every ten on the Harbour line in Velmouth from 2 September, the "
    "transport authority announced. The change is possible because four new trams, which cost 3.6 million pounds "
    "each, have entered service. The authority said passenger numbers on the line had risen by a fifth since last "
    "year, leading to overcrowding at morning and evening peak times. Services will also start earlier on Sundays, "
    "at 07:00 instead of 08:30. Fares will remain unchanged, the authority added.",
    "From 2 September, on the Harbour line of Velmouth, the trams will pass every six minutes in place of every ten, "
    "has announced the authority of transport. If this change is possible, it is because four new trams, at a cost "
    "of £3.6 million the piece, have entered into service. According to the authority, the number of passengers of "
    "the line has augmented by twenty per cent since last year, which has provoked overcrowding at the busiest hours "
    "of the morning and the evening. On Sundays the services will also begin earlier, at seven o'clock in place of "
    "half past eight. The tariffs will not change, added the authority.")

add("pets: dog show", "translation",
    ["literal_phrasing", "voice_change", "speech_attribution_moved", "synonym", "currency_symbol",
     "clause_reorder"],
    "A border collie named Pip won best in show at the Lindmoor Canine Society's open show on Saturday. Owner Carol "
    "Dent, from nearby Ashmere, said it was the dog's first major award. More than 500 dogs from 62 breeds were "
    "entered, and judging took place across 11 rings. The society donated 1,500 pounds from entry fees to a dog "
    "rescue charity. Its secretary, Brian Tully, said next year's show would move to a larger venue because of the "
    "growing number of entries.",
    "Saturday, at the open show of the Canine Society of Lindmoor, the prize of best in show was attributed to a "
    "border collie called Pip. Its proprietor, Carol Dent, who lives in Ashmere, not far away, said that it was the "
    "first important distinction of the dog. Over 500 dogs of 62 breeds were inscribed, and the judging unfolded in "
    "11 rings. From the entry fees, the society made a gift of £1,500 to a charity that rescues dogs. Because of the "
    "number of entries, which does not stop growing, the show of next year will be moved to a bigger venue, "
    "indicated its secretary, Brian Tully.")

add("sport: junior tennis title", "translation",
    ["literal_phrasing", "age_rephrased", "title_role_rephrased", "surname_only", "currency_symbol",
     "number_words_digits", "synonym"],
    "Seventeen-year-old Maya Ferrant has become the youngest player to win the women's singles title at the Corlow "
    "Park Tennis Open. She beat the top seed, Hannah Brook, 6-4, 3-6, 7-5 in a final lasting two hours and 20 "
    "minutes. Ferrant, who trains at the Northgate Tennis Academy, had needed to come through qualifying to reach the "
    "main draw. The win earns her 2,000 pounds in prize money. Her coach, Dev Anand, said she would now focus on her "
    "school exams before returning to competition in July.",
    "Aged 17 years, Maya Ferrant has become the most young player to carry off the title of women's singles of the "
    "Corlow Park Tennis Open. She defeated the number one seed, Hannah Brook, 6-4, 3-6, 7-5, in a final of two hours "
    "and twenty minutes. Ferrant, who trains at the Northgate Tennis Academy, had had to pass through the "
    "qualifications to accede to the main draw. This victory brings her £2,000 of prize money. According to her "
    "coach, Dev Anand, she will now concentrate on her school examinations, before coming back to competition in "
    "July.")

# ---------------------------------------------------------------- part 6
add("small business: hairdressing apprentice", "rewrite",
    ["voice_change", "age_rephrased", "currency_symbol", "speech_attribution_moved", "nominalisation",
     "title_role_rephrased", "synonym"],
    "A hairdresser in Kelsworth has been named the region's apprentice of the year at the Southern Hair and Beauty "
    "Awards. Chloe Mabry, 19, works at Studio Fern on Bridge Street, where she began her apprenticeship two years "
    "ago. Salon owner Gemma Price said Ms Mabry had built up a client list of more than 150 people. The judges praised "
    "her colour work and her support for a charity that offers free haircuts to homeless people. Ms Mabry receives a "
    "trophy and 500 pounds towards further training.",
    "At the Southern Hair and Beauty Awards, the title of the region's apprentice of the year went to Chloe Mabry, a "
    "19-year-old hairdresser who works in Kelsworth. She is employed at Studio Fern on Bridge Street, where she "
    "started her apprenticeship two years ago. More than 150 people are on the client list she has built up, said "
    "Gemma Price, who owns the salon. Her colour work drew praise from the judges, as did her support for a charity "
    "giving homeless people haircuts free of charge. Along with a trophy, she receives £500 to put towards further "
    "training.")

add("utilities: water main burst", "rewrite",
    ["time_24h_to_12h", "number_words_digits", "voice_change", "synonym", "speech_attribution_moved",
     "age_rephrased", "body_named_differently"],
    "About 9,000 households in north Dorrisford were without running water for most of Monday after a main burst "
    "beneath Station Road. Riverlea Water said supplies were restored to all properties by 21:30. The company handed "
    "out more than 40,000 bottles of water from two stations, at Dorrisford Leisure Centre and the Greenways "
    "supermarket car park. Customers whose supply was interrupted for more than twelve hours will receive 30 pounds "
    "in compensation, the company said. The burst pipe, which is 60 years old, had been scheduled for replacement "
    "next year.",
    "A burst main under Station Road left around 9,000 households in north Dorrisford with no running water for the "
    "greater part of Monday. All properties had their supply back by 9.30pm, according to Riverlea Water. Over "
    "40,000 bottles of water were given out by the firm from two stations, one at Dorrisford Leisure Centre and one "
    "in the Greenways supermarket car park. Any customer whose supply was off for longer than 12 hours will be paid "
    "£30 compensation, Riverlea said. The 60-year-old pipe had been due to be replaced next year.")

add("health: mobile vaccination clinic", "rewrite",
    ["fraction_as_ratio", "number_words_digits", "antonym_with_negation", "voice_change",
     "speech_attribution_moved", "synonym", "clause_reorder"],
    "A pop-up vaccination clinic will visit six villages around Sandholm over the next three weeks to offer flu and "
    "shingles jabs to eligible residents. The clinic, run from a converted bus by the Sandholm Primary Care Network, "
    "does not require an appointment. Last year a similar scheme vaccinated 1,100 people, around a quarter of whom "
    "said they would not otherwise have travelled to a surgery. Nurse lead Bridget Obi said people should bring "
    "their health service number if they knew it. A full timetable is available on the network's website.",
    "Over the coming three weeks, a pop-up clinic will tour six villages around Sandholm, offering eligible residents "
    "flu and shingles jabs. Operated by the Sandholm Primary Care Network out of a converted bus, it is a walk-in "
    "service with no appointment needed. The previous year, 1,100 people were vaccinated through a similar scheme, "
    "and roughly one in four of them said that otherwise they would not have made the journey to a surgery. People "
    "should bring their health service number if they know it, according to Bridget Obi, the nurse lead. The "
    "network's website has the full timetable.")

add("culture: film festival", "rewrite",
    ["comparison_rephrased", "voice_change", "speech_attribution_moved", "synonym", "clause_reorder",
     "number_words_digits"],
    "The Rookhaven Film Festival sold a record 11,200 tickets this year, up from 8,700 in 2023, its organisers said on "
    "Sunday as the event closed. The ten-day festival screened 74 films, including 23 made by directors from the "
    "region. The audience award went to 'Salt Roads', a documentary about fishing families by first-time director "
    "Anwen Rhys. Festival director Marcus Doyle said a new outdoor screen on the quayside had attracted many people "
    "who had never attended before. Next year's festival has been moved to October to avoid clashing with the "
    "summer holidays.",
    "As the Rookhaven Film Festival came to an end on Sunday, its organisers said it had sold 11,200 tickets this "
    "year, a record, compared with 8,700 in 2023. Over its ten days, 74 films were shown, 23 of them made by "
    "directors from the region. 'Salt Roads', first-time director Anwen Rhys's documentary about fishing families, "
    "took the audience award. Many people who had never been to the festival before were drawn by a new outdoor "
    "screen on the quayside, according to festival director Marcus Doyle. To avoid a clash with the summer holidays, "
    "next year's festival has been moved to October.")

add("science: university crop research", "rewrite",
    ["duration_rephrased", "percent_symbol", "currency_symbol", "voice_change", "speech_attribution_moved",
     "nominalisation", "number_words_digits"],
    "Researchers at the University of Calloway have developed a test that can detect a common crop fungus in wheat "
    "seeds within 30 minutes, compared with several days for current laboratory methods. The team, led by Professor "
    "Ines Varga, said the test uses a handheld device costing about 200 pounds. In trials on 15 farms, it correctly "
    "identified infected seed in 94 per cent of cases. The work was funded by a 480,000 pound grant from the "
    "Agricultural Innovation Trust. Professor Varga said the team hoped to make the device commercially available "
    "within two years.",
    "A test able to pick up a common crop fungus in wheat seeds inside half an hour, against several days with "
    "existing laboratory techniques, has been developed by University of Calloway researchers. It relies on a "
    "handheld device that costs roughly £200, according to the team, which is led by Professor Ines Varga. Infected "
    "seed was correctly identified in 94% of cases in trials carried out on fifteen farms. The Agricultural "
    "Innovation Trust funded the work with a grant of £480,000. The team's hope, Professor Varga said, is to have "
    "the device commercially available within two years.")

add("employment: tribunal ruling", "summary",
    ["voice_change", "currency_symbol", "condensation", "nominalisation", "body_named_differently"],
    "A former warehouse worker has been awarded 27,500 pounds after an employment tribunal found she was unfairly "
    "dismissed by a delivery company in Brockhaven. Tanya Reid, 42, was sacked by Swiftway Logistics in 2022 after "
    "raising concerns about heavy lifting while she was pregnant. The tribunal, sitting in Ellerwick, ruled that the "
    "company had failed to carry out a proper risk assessment. Swiftway said it accepted the ruling and had since "
    "changed its procedures. Ms Reid said she hoped the case would encourage other workers to speak up.",
    "An employment tribunal sitting in Ellerwick has awarded £27,500 to Tanya Reid after finding she was unfairly "
    "dismissed by Swiftway Logistics, a Brockhaven delivery company, which sacked her in 2022 after she raised "
    "concerns about heavy lifting during her pregnancy. The company said it accepted the ruling.")

add("farming: beekeeping losses", "summary",
    ["fraction_as_ratio", "condensation", "synonym", "hedge_preserved_rephrased"],
    "Beekeepers in the Ashcoat area lost about a third of their colonies over the winter, according to a survey by "
    "the Ashcoat Beekeepers' Association. The association's 140 members reported losing 310 of their 950 hives. "
    "Chairman Derek Flint said the long wet autumn had prevented bees from foraging and that the varroa mite remained "
    "a serious problem. The association will run free training sessions on mite control in April. Mr Flint said "
    "honey prices at local markets were likely to rise this summer.",
    "Members of the Ashcoat Beekeepers' Association reported losing 310 of their 950 hives over the winter, roughly "
    "one in three, its survey found. Chairman Derek Flint said a long, wet autumn had stopped bees foraging and that "
    "varroa mite was still a serious problem. He said honey prices at local markets would probably go up this "
    "summer.")

add("farming: potato harvest", "translation",
    ["literal_phrasing", "percent_word", "synonym", "hedge_preserved_rephrased", "speech_attribution_moved",
     "voice_change"],
    "Potato growers in the Fenmoor area expect yields to be down by around 15 per cent this year after a dry spring "
    "followed by a wet harvest period. Farmer Owen Tate, who grows 120 hectares of potatoes near Saltmere, said some "
    "fields had been too waterlogged to lift the crop. He said prices paid by processors had risen, but not enough "
    "to cover the losses. The regional growers' association has asked the government for help with drainage costs. "
    "Shoppers are unlikely to see major price rises, according to the association, because supermarkets buy much of "
    "their stock on fixed contracts.",
    "The producers of potatoes of the Fenmoor region foresee a drop of yields of about 15 percent this year, after a "
    "dry spring followed by a rainy period of harvest. Owen Tate, agriculturist who cultivates 120 hectares of "
    "potatoes close to Saltmere, explained that certain fields were too soaked with water to permit the lifting of "
    "the crop. The prices paid by the processors have gone up, according to him, but not sufficiently to compensate "
    "the losses. The regional association of growers has solicited from the government an aid for the costs of "
    "drainage. According to the association, the consumers will probably not see notable hikes of prices, because "
    "the supermarkets buy a large part of their stock by fixed contracts.")

add("sport: golf club membership", "translation",
    ["literal_phrasing", "vote_count_rephrased", "antonym_with_negation", "number_words_digits",
     "speech_attribution_moved", "hedge_preserved_rephrased"],
    "Members of Broadlow Golf Club have voted to admit women as full members for the first time in the club's "
    "112-year history. The vote, held at an extraordinary general meeting on Wednesday, was carried by 214 votes to "
    "61. Until now women could only join as associate members, which did not allow them to vote or play on Saturday "
    "mornings. Club captain Richard Hale said the change would take effect on 1 January. Around 40 associate members "
    "are expected to apply for full membership.",
    "The members of the Golf Club of Broadlow have voted for admitting women as full members, a first in the 112 "
    "years of history of the club. The vote, which was held during an extraordinary general meeting on Wednesday, "
    "was adopted with 214 voices against 61. Up to now, women could only adhere as associate members, a status which "
    "forbade them to vote or to play on Saturday mornings. According to the captain of the club, Richard Hale, the "
    "change will enter into force on 1 January. About forty associate members, it is expected, will solicit the "
    "full membership.")

add("weather: snow disruption", "translation",
    ["literal_phrasing", "unit_abbrev", "time_noon_midday", "synonym", "speech_attribution_moved",
     "body_named_differently"],
    "Heavy snow closed 23 schools in the Kirkvale area on Thursday and left dozens of vehicles stranded on the Harrow "
    "Moss road. Up to 25 centimetres fell on higher ground overnight, the regional weather service said. Gritters "
    "from Kirkvale Council worked through the night, and the council said all main routes were open again by "
    "midday. Mountain rescue volunteers helped about 30 drivers to safety, some of whom had been stuck for several "
    "hours. A yellow warning for ice is in place until Saturday morning, and drivers have been advised to take "
    "extra care.",
    "Thursday, abundant snowfalls provoked the closure of 23 schools in the Kirkvale sector and immobilised dozens of "
    "vehicles on the road of Harrand Moss. Up to 25 cm fell during the night on the heights, indicated the regional "
    "meteorological service. The gritting lorries of the Kirkvale Council worked all the night, and according to the "
    "council, all the principal routes were again open by midday. The volunteers of mountain rescue aided some 30 "
    "drivers to put themselves in safety, certain of whom had been blocked during several hours. A yellow alert for "
    "ice is in force until Saturday morning, and the drivers have been counselled to show particular prudence.")

# ---------------------------------------------------------------- part 7
add("transport: station accessibility", "rewrite",
    ["currency_abbrev_m", "unit_abbrev", "duration_rephrased", "hedge_preserved_rephrased", "voice_change",
     "speech_attribution_moved", "synonym"],
    "Work to make Pemberford Junction station fully accessible will begin in November, Network Northern has "
    "confirmed. Two lifts and a new footbridge will be installed at a cost of 6.8 million pounds. At present, "
    "passengers using wheelchairs can only reach platform 2 by going 800 metres around the town centre. The project "
    "is expected to take 14 months, during which some trains may not stop at the station on Sundays. Disability "
    "campaigner Ruth Okonjo, who has used the station for 30 years, said the news was long overdue.",
    "Network Northern has confirmed that work to make Pemberford Junction station fully accessible will start in "
    "November. A new footbridge and two lifts are to be put in, costing £6.8m. Wheelchair users currently have no "
    "way of reaching platform 2 other than an 800m route around the town centre. The work is expected to last 14 "
    "months, and during that time some trains may not call at the station on Sundays. Ruth Okonjo, a disability "
    "campaigner who has been using the station for three decades, said the news was long overdue.")

add("charity: youth mental health centre", "rewrite",
    ["age_range_rephrased", "currency_symbol", "voice_change", "antonym_with_negation",
     "speech_attribution_moved", "synonym", "clause_reorder"],
    "A mental health charity in Torbury has opened a drop-in centre for young people aged 16 to 25 in a former bank "
    "on High Street. Open Door Torbury said the centre would be open four evenings a week and would offer "
    "counselling, peer support groups and help with housing and benefits. The charity received 210,000 pounds from "
    "the Torbury Community Foundation to cover the first two years of running costs. Chief executive Sam Whitlock "
    "said local waiting lists for health-service talking therapies were currently around nine months. The centre "
    "does not require referrals from GPs.",
    "Open Door Torbury, a mental health charity, has opened a drop-in centre for 16- to 25-year-olds in what used to "
    "be a bank on High Street in Torbury. Counselling, peer support groups and help with housing and benefits will be "
    "offered there on four evenings each week, the charity said. Funding of £210,000 received from the Torbury Community "
    "Foundation will cover running costs for the first two years. According to chief executive Sam Whitlock, local "
    "waiting lists for health-service talking therapies currently stand at about nine months. Young people can use "
    "the centre without being referred by a GP.")

add("culture: rediscovered painting", "rewrite",
    ["ordinal_words", "number_words_digits", "voice_change", "synonym", "antonym_with_negation",
     "clause_reorder", "body_named_differently"],
    "A painting by the 19th-century artist Eliza Thornbury that had been missing for more than 70 years has been "
    "donated to Welbury Art Gallery. The oil painting, a view of Welbury harbour at dawn, was found in a loft by a "
    "family clearing their late grandmother's house. Experts from the gallery confirmed it was genuine after "
    "examining the canvas and the artist's signature. The family, who asked not to be named, said they wanted it to "
    "be seen by the public rather than sold. It will go on display from 1 March.",
    "Welbury Art Gallery has been given an oil painting by nineteenth-century artist Eliza Thornbury whose "
    "whereabouts had been unknown for over seven decades. The work, showing Welbury harbour at dawn, was discovered "
    "in a loft by a family as they cleared out their late grandmother's house. The gallery's experts examined the "
    "signature and the canvas and confirmed the painting was authentic. Rather than have it sold, the family, who "
    "did not want to be named, said they wanted the public to be able to see it. From 1 March it will be on show.")

add("fishing: harbour landings", "rewrite",
    ["antonym_with_negation", "synonym", "currency_symbol", "voice_change", "speech_attribution_moved",
     "hedge_preserved_rephrased", "comparison_rephrased"],
    "Fishing boats in Skerrow Harbour landed 2,600 tonnes of fish and shellfish last year, down from 3,100 tonnes in "
    "2022, according to the harbour authority's annual figures. Crab and lobster catches held steady, but landings "
    "of mackerel fell sharply. Harbourmaster Neil Cowan said higher fuel prices had kept some boats in port for "
    "longer periods. The authority plans to spend 900,000 pounds replacing the harbour's ice plant, which supplies "
    "the fleet. The number of registered boats has fallen from 34 to 29 over five years.",
    "The harbour authority's annual figures show that 2,600 tonnes of fish and shellfish were landed by boats at "
    "Skerrow Harbour last year, compared with 3,100 tonnes in 2022. While catches of crab and lobster did not change "
    "significantly, mackerel landings dropped steeply. Some boats stayed in port for longer periods because of "
    "higher fuel prices, said Neil Cowan, the harbourmaster. The authority intends to spend £900,000 on replacing the "
    "ice plant that supplies the fleet. Over five years, registered boats have gone down in number from 34 to 29.")

add("local government: street lighting", "rewrite",
    ["time_midnight_12am", "currency_symbol", "antonym_with_negation", "voice_change", "speech_attribution_moved",
     "synonym", "hedge_preserved_rephrased"],
    "Westcarrow County Council is to switch off about 8,000 street lights between midnight and 05:00 in a bid to "
    "save 400,000 pounds a year. Lights on main roads, at junctions and near hospitals will stay on all night. The "
    "council said the scheme would also cut carbon emissions by around 1,300 tonnes a year. A trial in two towns "
    "last year found no increase in crime, according to Northvale Police. Some residents in the trial areas said "
    "they felt less safe walking home late at night.",
    "Around 8,000 street lights will be turned off from 12am to 5am by Westcarrow County Council, which is aiming to "
    "save £400,000 annually. On main roads, at junctions and near hospitals, the lights will not be switched off at "
    "any point in the night. According to the council, the scheme would also reduce carbon emissions by about 1,300 "
    "tonnes a year. Northvale Police said a trial in two towns last year had found that crime did not go up. Some "
    "people living in the trial areas, however, said they felt less safe walking home late at night.")

add("leisure: junior chess", "summary",
    ["age_rephrased", "number_words_digits", "antonym_with_negation", "condensation"],
    "Eleven-year-old Tomas Novak won the Under-12 section of the Redwater Junior Chess Congress on Sunday with a "
    "perfect score of six wins from six games. More than 180 players aged 7 to 18 took part in the two-day event at "
    "Redwater Grammar School. The open section was won by 16-year-old Aisha Karim, who was unbeaten. Tournament "
    "director Phil Gorman said entries had doubled since the congress was revived in 2021 after a ten-year break. The "
    "event raised 1,200 "
    "pounds for the school's library.",
    "Tomas Novak, 11, won the Under-12 section of the Redwater Junior Chess Congress on Sunday by winning all six of "
    "his games, while Aisha Karim, 16, did not lose a game on her way to winning the open section. Over 180 players, "
    "aged between seven and 18, took part.")

add("small business: coffee roastery", "summary",
    ["currency_symbol", "synonym", "condensation", "speech_attribution_moved"],
    "A coffee roastery in Millholt has become the town's first business to be certified as carbon neutral, after "
    "switching to an electric roaster powered by solar panels. Beanstack Roasters, founded by Priya and Luke Garner "
    "in 2018, roasts about 500 kilograms of coffee a week. The couple said the new roaster cost 95,000 pounds, which "
    "they paid for with a loan from a regional green business fund. They also deliver to local cafés by cargo bike. "
    "Mr Garner said they hoped other firms in Millholt would follow their example.",
    "Millholt's Beanstack Roasters has become the first business in the town to be certified carbon neutral, having "
    "switched to a solar-powered electric roaster. Priya and Luke Garner, who founded it in 2018, said they paid for "
    "the £95,000 machine with a loan from a regional green business fund.")

add("local government: parking charges", "translation",
    ["literal_phrasing", "currency_symbol", "time_24h_to_words", "synonym", "speech_attribution_moved",
     "clause_reorder"],
    "Parking charges at three car parks in Penwarren town centre will rise from 1.20 pounds to 1.50 pounds an hour "
    "from April, Penwarren Town Council has decided. Free parking after 15:00, which was introduced during the "
    "pandemic, will end. The council said the car parks cost 310,000 pounds a year to maintain and were running at a "
    "loss. Traders' group Penwarren First said the changes would drive shoppers to out-of-town retail parks. The "
    "council will review the charges after six months.",
    "The town council of Penwarren has decided that, from April, the tariff for parking in three car parks of the "
    "town centre will pass from £1.20 to £1.50 per hour. Free parking after three o'clock in the afternoon, put in "
    "place at the time of the pandemic, will be abolished. According to the council, the maintenance of the car "
    "parks costs £310,000 per year and they are functioning at a loss. The traders' group Penwarren First declared "
    "that these changes will push the shoppers towards the commercial parks outside the town. The council will "
    "re-examine the tariffs at the end of six months.")

add("sport: basketball promotion", "translation",
    ["literal_phrasing", "score_rephrased", "synonym", "antonym_with_negation", "speech_attribution_moved",
     "title_role_rephrased"],
    "The Dunhaven Hawks secured promotion to the Coastal Basketball League's top division on Saturday with a 91-84 "
    "win over the Castlegate Knights. Guard Marcus Bell scored 27 points, including five three-pointers, in front of "
    "a sell-out crowd of 1,800 at the Riverside Arena. The Hawks finished the season with 22 wins and four defeats. "
    "Head coach Elena Rossi said the club would need to add around 500 seats to meet the league's arena "
    "requirements. It is the first time the Hawks have reached the top division.",
    "Saturday, the Dunhaven Hawks assured their ascension to the superior division of the Coastal Basketball League "
    "by prevailing 91 to 84 against the Castlegate Knights. The guard Marcus Bell marked 27 points, of which five "
    "baskets at three points, before a full hall of 1,800 spectators at the Riverside Arena. The Hawks terminated "
    "the season with 22 victories and four defeats. According to the principal coach, Elena Rossi, the club will "
    "have to add about 500 seats to respond to the requirements of the league concerning the arena. Never before "
    "had the Hawks attained the superior division.")

add("transport: airport fog", "translation",
    ["literal_phrasing", "time_24h_to_words", "number_words_digits", "hedge_preserved_rephrased",
     "speech_attribution_moved", "synonym"],
    "Dense fog caused the cancellation of 46 flights at Merrowfield Airport on Tuesday morning, affecting about 5,000 "
    "passengers. Visibility fell to below 100 metres shortly after 06:00 and did not improve until late morning. "
    "Airport spokesperson Karen Lowe said passengers should check with their airlines before travelling to the "
    "terminal. A further 30 flights were delayed by more than an hour, including several to Lindenburg. The regional weather service has said fog is likely to return on "
    "Wednesday morning but should clear more quickly.",
    "Tuesday morning, a thick fog provoked the annulment of 46 flights at Merrowfield Airport, which touched about "
    "5,000 passengers. The visibility descended below 100 metres a little after six o'clock and did not ameliorate "
    "before the end of the morning. According to the spokesperson of the airport, Karen Lowe, the passengers should "
    "verify with their airline company before setting out for the terminal. Thirty other flights, among which several "
    "for Lindenburg, accumulated more than one hour of delay. The regional meteorological service has indicated that the fog will probably return Wednesday morning, "
    "but should dissipate more rapidly.")

# ---------------------------------------------------------------- part 8
add("charity: food bank demand", "rewrite",
    ["percent_symbol", "fraction_as_ratio", "voice_change", "speech_attribution_moved", "synonym",
     "antonym_with_negation", "clause_reorder"],
    "Demand at the Greyford Food Bank has risen by 35 per cent in a year, with 1,850 food parcels handed out between "
    "January and March. Manager Lydia Akers said around one in four people using the service were in work. The food "
    "bank, which is run by 60 volunteers from a church hall on Mill Lane, has started opening on Saturday mornings to "
    "help people who cannot come during the week. Donations of tinned meat, coffee and toiletries are particularly "
    "needed. Ms Akers said local supermarkets had increased their contributions but supplies were still running low.",
    "Between January and March the Greyford Food Bank gave out 1,850 food parcels, as demand went up by 35% in a "
    "year. Roughly a quarter of the people using it have jobs, according to manager Lydia Akers. Its 60 volunteers "
    "run it from a church hall on Mill Lane, and it now also opens on Saturday mornings for those unable to come on "
    "weekdays. Tinned meat, coffee and toiletries are particularly needed as donations. Although local supermarkets "
    "have stepped up their contributions, supplies are still running low, Ms Akers said.")

add("culture: youth orchestra tour", "rewrite",
    ["age_range_rephrased", "currency_symbol", "voice_change", "speech_attribution_moved", "synonym",
     "antonym_with_negation", "clause_reorder"],
    "The Elmsworth Youth Orchestra has been invited to perform at an international music festival in Lindenburg next "
    "summer, the first overseas invitation in its history. The orchestra's 65 players, aged between 13 and 19, will "
    "need to raise around 48,000 pounds to cover travel and accommodation. Conductor Fiona Laird said fundraising "
    "would include a sponsored play-a-thon at Elmsworth Town Hall in March. The orchestra was chosen from more than "
    "200 applicants after submitting a recording of its spring concert. Parents have been asked to contribute, but Ms "
    "Laird said no player would miss out because of cost.",
    "Never before has the Elmsworth Youth Orchestra been invited to play abroad, but it has now been asked to perform "
    "next summer at an international music festival in Lindenburg. To pay for travel and accommodation, its 65 "
    "players, who are 13 to 19 years old, will need to raise roughly £48,000. A sponsored play-a-thon at Elmsworth "
    "Town Hall in March will be part of the fundraising, according to conductor Fiona Laird. The orchestra was "
    "selected from among more than 200 applicants after it submitted a recording of its spring concert. Parents have "
    "been asked to contribute, but cost will not stop any player from taking part, Ms Laird said.")

add("education: college robotics project", "rewrite",
    ["percent_symbol", "number_words_digits", "duration_rephrased", "currency_symbol", "voice_change",
     "speech_attribution_moved", "synonym"],
    "Engineering students at Ashgarth Technical College have built a robot that can sort recyclable waste by material "
    "with 89 per cent accuracy. The machine, which uses a camera and a small robotic arm, can process about 40 items "
    "a minute. The team of six second-year students built it over nine months using parts costing under 3,000 "
    "pounds. Their tutor, Dr Kwame Asante, said a local waste company had asked to test the robot at its depot this "
    "spring. The project has been shortlisted for a national student engineering prize, with the winner announced in "
    "June.",
    "Second-year engineering students at Ashgarth Technical College have created a robot that can sort recyclable "
    "waste according to its material, getting it right 89% of the time. Fitted with a camera and a small robotic "
    "arm, it can handle roughly 40 items per minute. The six students spent nine months building it from parts that "
    "cost less than £3,000. A local waste firm has asked to trial the robot at its depot this spring, according to "
    "their tutor, Dr Kwame Asante. The project is on the shortlist for a national student engineering prize, whose "
    "winner will be announced in June.")

add("courts: coroner's inquest", "rewrite",
    ["unit_abbrev", "voice_change", "speech_attribution_moved", "synonym", "clause_reorder",
     "title_role_rephrased"],
    "An inquest has concluded that a 58-year-old cyclist died as a result of an accident after his bike hit a "
    "pothole on a country lane near Wrayle Marsh. Graham Pike, from Wrenfield, was thrown from his bicycle in May last "
    "year and died in hospital two days later. Assistant coroner Diane Kerr said the pothole, which was about 12 "
    "centimetres deep, had been reported to Southcarrow County Council three weeks before the crash. She said she "
    "would send a report to the council to prevent future deaths. The council said it had since repaired the lane "
    "and was reviewing how it responds to reports of road defects.",
    "Graham Pike, a 58-year-old cyclist from Wrenfield, died as the result of an accident when his bike struck a "
    "pothole on a country lane close to Wrayle Marsh, an inquest has concluded. He was thrown off his bicycle in May "
    "last year and died in hospital two days afterwards. Three weeks before the crash, Southcarrow County Council "
    "had been told about the pothole, which was roughly 12cm deep, said assistant coroner Diane Kerr. A report to "
    "prevent future deaths would be sent by her to the council, she said. The lane has since been repaired, "
    "according to the council, which said it was reviewing how it responds to reports of road defects.")

add("farming: vineyard first vintage", "rewrite",
    ["duration_months", "currency_symbol", "voice_change", "speech_attribution_moved", "synonym",
     "antonym_with_negation", "clause_reorder"],
    "A vineyard near Castlemere has released its first sparkling wine, four years after planting 6,000 vines on a "
    "south-facing slope. Owners Ben and Clara Hewitt said 3,200 bottles had been produced from the 2021 harvest and "
    "would sell for 32 pounds each. The wine was aged for two and a half years before release. Mr Hewitt said warmer "
    "summers had made it possible to ripen grapes in the area, but that spring frosts remained a risk. The vineyard "
    "will offer tours and tastings on Saturdays from June.",
    "Four years on from planting 6,000 vines on a slope facing south, a vineyard close to Castlemere has brought out "
    "its first sparkling wine. The 2021 harvest produced 3,200 bottles, which will sell at £32 apiece, said the "
    "owners, Ben and Clara Hewitt. Before it was released, the wine spent 30 months ageing. Warmer summers have made "
    "it possible to ripen grapes in the area, Mr Hewitt said, though frosts in spring are still a risk. From June, "
    "tours and tastings will be offered at the vineyard on Saturdays.")

add("leisure: new skatepark", "summary",
    ["fraction_words", "currency_symbol", "body_named_differently", "condensation", "synonym"],
    "A new skatepark has opened in Redlow Fields park in Oxbury, three years after teenagers started a petition "
    "calling for one. The concrete park, which cost 260,000 pounds, includes a bowl, ramps and rails suitable for "
    "skateboards, scooters and BMX bikes. It was designed with input from a group of 12 young people who met the "
    "designers monthly. Oxbury Town Council paid for two thirds of the cost, with the rest coming from a housing "
    "developer. Councillor Jade Mensah said the skatepark would be free to use and open from dawn until dusk.",
    "Oxbury's new £260,000 skatepark in Redlow Fields has opened three years after teenagers started a petition for "
    "one, with the town council paying two thirds of the cost and a housing developer the rest. Councillor Jade "
    "Mensah said it would be free to use and open from dawn to dusk.")

add("licensing: pub opening hours", "summary",
    ["time_24h_to_12h", "antonym_with_negation", "body_named_differently", "condensation", "synonym"],
    "The Drover's Rest in Pellow Cross has been allowed to extend its opening hours until midnight on Fridays and "
    "Saturdays, despite objections from neighbours. Lowmoor District Council's licensing panel granted the request on "
    "Tuesday but ruled that the beer garden must close at 22:00. Landlord Steve Barlow had told the hearing that later "
    "opening was needed to keep the pub viable. Three residents said noise from customers leaving had already "
    "disturbed their sleep. The panel also required the pub to put up signs asking customers to leave quietly.",
    "Despite neighbours' objections, the district council's licensing panel on Tuesday let the Drover's Rest in "
    "Pellow Cross stay open until midnight on Fridays and Saturdays, though its beer garden must shut at 10pm. "
    "Landlord Steve Barlow had told the hearing the pub needed the later opening to stay viable.")

add("small business: garden centre rebuild", "translation",
    ["literal_phrasing", "multiplier_rephrased", "currency_symbol", "voice_change", "speech_attribution_moved",
     "synonym"],
    "Meadowbrook Garden Centre near Tillingford has reopened after a fire in October destroyed its main greenhouse "
    "and shop. The business has traded from marquees since November while a new building was constructed at a cost "
    "of 1.3 million pounds. Director Alan Whitcombe said all 45 staff had been kept on during the rebuild. The new "
    "shop is twice the size of the old one and includes a café with 80 seats. The cause of the fire was found to be "
    "an electrical fault in a heating unit.",
    "Situated near Tillingford, the garden centre Meadowbrook has opened its doors again after a fire which, in "
    "October, destroyed its principal greenhouse and its shop. Since November, the enterprise has exercised its "
    "activity under marquees, during the construction of a new building at the cost of £1.3 million. According to "
    "the director, Alan Whitcombe, the totality of the 45 employees was retained during the reconstruction. The new "
    "shop has double the size of the former one and comprises a café of 80 places. The origin of the fire, it was "
    "established, was an electrical defect in an appliance of heating.")

add("weather: hailstorm damage", "translation",
    ["literal_phrasing", "fraction_as_percent", "unit_abbrev", "currency_symbol", "speech_attribution_moved",
     "synonym"],
    "A hailstorm lasting less than 20 minutes damaged cars, greenhouses and crops across the Wendholt area on "
    "Saturday afternoon. Hailstones up to three centimetres across were reported by residents in Upper Wendholt. "
    "Farmer Ian Loxley said about half of his strawberry crop had been ruined, costing him an estimated 40,000 "
    "pounds. Insurers said they had received more than 300 claims by Monday. The regional weather service said the "
    "storm had been caused by very warm, humid air meeting a cold front.",
    "Saturday in the afternoon, a storm of hail of under twenty minutes damaged cars, greenhouses and crops in all "
    "the Wendholt region. Residents of Upper Wendholt signalled hailstones of up to 3 cm of diameter. The farmer Ian "
    "Loxley declared that approximately 50 percent of his harvest of strawberries had been spoiled, which costs him "
    "an estimated £40,000. The insurers indicated having received more than 300 claims by Monday. According to the "
    "regional meteorological service, the storm was provoked by the encounter of very warm and humid air with a "
    "cold front.")

add("local politics: ward by-election", "translation",
    ["literal_phrasing", "percent_word", "title_role_rephrased", "surname_only", "speech_attribution_moved",
     "synonym", "clause_reorder"],
    "Independent candidate Farah Nazir won the Kilnbrook ward by-election on Thursday with 1,214 votes, ahead of "
    "Community First candidate Ryan Holt on 987. Turnout was 31 per cent, up from 24 per cent at the previous "
    "by-election in 2019. The seat on Brenlow District Council fell vacant after the death of long-serving councillor "
    "Eric Maddox in March. Ms Nazir, a retired head teacher, said her priorities were fixing potholes and saving the "
    "ward's youth club. The result leaves the council's ruling group with a majority of three.",
    "The independent candidate Farah Nazir carried the partial election of Thursday in the Kilnbrook ward, with 1,214 "
    "voices, before the Community First candidate Ryan Holt, who obtained 987. The participation reached 31 percent, "
    "against 24 percent during the preceding partial election, in 2019. The seat at the District Council of Brenlow "
    "had become vacant following the decease, in March, of Eric Maddox, councillor for many long years. Retired "
    "director of school, Nazir declared that her priorities were the repair of the potholes and the safeguard of "
    "the youth club of the ward. After this result, the group that governs the council disposes of a majority of "
    "three.")


# ---------------------------------------------------------------- output
def words(text):
    return len(re.findall(r"\S+", text))


def sentences(text):
    # split on sentence-final punctuation followed by space + capital/quote/digit
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z'0-9])", text.strip())
    return len([p for p in parts if p])


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = os.path.join(here, "faithful28.jsonl")
    problems = []
    if len(PAIRS) != 80:
        problems.append("expected 80 pairs, got %d" % len(PAIRS))
    domains = [p["domain"] for p in PAIRS]
    if len(set(domains)) != len(domains):
        problems.append("duplicate domains")
    with open(out_path, "w", encoding="utf-8") as fh:
        for i, p in enumerate(PAIRS, 1):
            rec = {
                "id": "f-%03d" % i,
                "domain": p["domain"],
                "mode": p["mode"],
                "reference": p["reference"],
                "candidate": p["candidate"],
                "label": "consistent",
                "errors": [],
                "traps": [],  # no marked spans: every word of these candidates is faithful
                "tricks": p["traps"],  # the kinds of rewording each pair uses
            }
            rw, rs = words(p["reference"]), sentences(p["reference"])
            cs = sentences(p["candidate"])
            if not 80 <= rw <= 140:
                problems.append("%s reference has %d words" % (rec["id"], rw))
            if not 4 <= rs <= 6:
                problems.append("%s reference has %d sentences" % (rec["id"], rs))
            if p["mode"] == "summary" and not 2 <= cs <= 3:
                problems.append("%s summary has %d sentences" % (rec["id"], cs))
            if p["mode"] not in ("rewrite", "summary", "translation"):
                problems.append("%s bad mode" % rec["id"])
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    counts = {}
    for p in PAIRS:
        counts[p["mode"]] = counts.get(p["mode"], 0) + 1
    print("wrote %d pairs to %s" % (len(PAIRS), out_path))
    print("by mode:", counts)
    for msg in problems:
        print("WARNING:", msg, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
