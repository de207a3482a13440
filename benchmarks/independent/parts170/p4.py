"""set170 cases 31-40 (hand-written; all names invented)."""
from spec import C, E, O, T

CASES = [
    # 31 -----------------------------------------------------------------
    C("parish council mace theft", "rewrite", "inconsistent",
      "A ceremonial silver mace belonging to Little Sowerby Parish Council has been stolen from the village hall, "
      "police said on Wednesday. The 60-centimetre mace, presented to the council in 1897 by the lord of the manor, "
      "Sir Edmund Hale, was kept in a glass cabinet that was found smashed when the caretaker opened the hall on "
      "Monday morning. Nothing else was taken. The council chairman, Brian Fosdyke, said the mace was valued at about "
      "£8,000 but was 'irreplaceable' to the village. It had been carried at the start of every council meeting until "
      "2015, when it was retired because of its fragile condition. Police have asked antiques dealers and scrap metal "
      "merchants to look out for it.",
      "Police said on Wednesday that Little Sowerby Parish Council's ceremonial silver mace had been stolen from the "
      "village hall. The 60cm mace, given to the council in 1897 by the lord of the manor, Sir Edmund Hale, had been "
      "kept in a glass cabinet, which the caretaker found smashed when opening up the hall on Monday morning. Police "
      "believe the break-in took place on Sunday night. No other items were stolen. Council chairman Brian Fosdyke "
      "said that although the mace was worth around £8,000, it was 'irreplaceable' to the village. It was carried at "
      "the opening of every council meeting until 2015, when its fragile condition led to its retirement. Antiques "
      "dealers and scrap metal merchants have been asked by police to keep an eye out for it.",
      errors=[E("Police believe the break-in took place on Sunday night.", "addition", "major", None)],
      traps=[T("60cm", "60-centimetre"),
             T("No other items were stolen", "Nothing else was taken"),
             T("worth around £8,000", "valued at about £8,000")]),

    # 32 -----------------------------------------------------------------
    C("barbed wire museum", "rewrite", "consistent",
      "A museum devoted to barbed wire will open in a former grain store in Dunmere Cross on 21 June, after its "
      "founder spent 30 years assembling what he believes is the largest such collection in Europe. Retired fencing "
      "contractor Walter Hesketh, 74, has gathered more than 1,900 varieties of wire, some dating from the 1870s, as "
      "well as tools, patents and advertising posters. The museum will be run by a charitable trust and staffed by "
      "volunteers. Admission will be free for the first year, after which the trust expects to charge £4 for adults. "
      "The project received £95,000 from the Rural Heritage Fund to convert the building, which had stood empty since "
      "2008. Mr Hesketh said visitors would be able to handle some samples wearing protective gloves.",
      "On June 21, a barbed wire museum will open in a former grain store in Dunmere Cross, displaying a collection "
      "that its founder has spent three decades building and which he thinks is Europe's largest. Walter Hesketh, a "
      "74-year-old retired fencing contractor, has amassed over 1,900 kinds of wire, some of them from the 1870s, "
      "along with tools, patents and advertising posters. A charitable trust will run the museum, which will be "
      "staffed by volunteers. Entry will cost nothing for the first 12 months; after that the trust expects to charge "
      "adults £4. The Rural Heritage Fund gave the project £95,000 to convert the building, which had been empty since "
      "2008. Visitors will be allowed to handle some samples as long as they wear protective gloves, Mr Hesketh said.",
      traps=[T("June 21", "21 June"),
             T("three decades", "30 years"),
             T("Entry will cost nothing", "Admission will be free"),
             T("for the first 12 months", "for the first year")]),

    # 33 -----------------------------------------------------------------
    C("earth sheltered home approval", "summary", "inconsistent",
      "Planners in Wexcombe have approved an earth-sheltered house built into a hillside on the edge of the village, "
      "overturning a recommendation from their own officers to refuse it. The three-bedroom home, designed by "
      "architect Lena Forsyth for a local couple, will be largely hidden under a grass roof, with only its "
      "south-facing glass front visible from the road. Officers had said the site lay outside the village boundary "
      "and that the design was not 'truly exceptional', as national policy requires for new homes in open "
      "countryside. But councillors voted 7-4 in favour, saying the house would have almost no visual impact and "
      "would need little heating. Conditions attached to the approval ban any extensions and require native hedging "
      "along the lane. Two neighbours had objected, citing construction traffic.",
      "Wexcombe councillors have approved a three-bedroom earth-sheltered house built into a hillside at the village "
      "edge, backing their officers' advice by seven votes to four. Designed by architect Lena Forsyth, the home will "
      "be mostly hidden beneath a grass roof, with just its glazed south front visible from the road, and councillors "
      "said it would have barely any visual impact and need little heating. Work is due to be completed next year. "
      "Extensions are ruled out, and native hedging must be planted along the lane.",
      errors=[E("backing their officers' advice", "polarity", "critical",
                "overturning a recommendation from their own officers to refuse it"),
              E("Work is due to be completed next year.", "addition", "minor", None)],
      traps=[T("mostly hidden beneath", "largely hidden under"),
             T("seven votes to four", "voted 7-4"),
             T("Extensions are ruled out", "ban any extensions")]),

    # 34 -----------------------------------------------------------------
    C("village cash machine removal", "translation", "inconsistent",
      "The last cash machine in the village of Oberhollern will be removed at the end of the month, the regional "
      "savings bank Kreissparkasse Tannwald has confirmed. The bank said the machine was used for an average of only "
      "23 withdrawals a day and that the cost of maintaining and insuring it, around €15,000 a year, could no longer "
      "be justified. Residents will instead be able to withdraw up to €200 a day free of charge at the village bakery "
      "and the pharmacy, which have agreed to offer a cash-back service. The nearest branch is in Steinfeld, 11 "
      "kilometres away. Mayor Franziska Ebner said the council had collected 640 signatures against the removal and "
      "would ask the bank to install a machine in the town hall instead, at the municipality's expense.",
      "Kreissparkasse Tannwald, the regional savings bank, has confirmed that Oberhollern's last ATM will be taken "
      "away at the end of this month. According to the bank, the machine averaged just 23 withdrawals per day, and "
      "the roughly €15,000 it costs each year for upkeep and insurance could no longer be justified. Instead, "
      "residents will be able to take out as much as €200 daily at no charge at the village bakery and at the "
      "pharmacy, both of which have agreed to provide cash back. The closest branch is 11 km away in Steinfeld. Mayor "
      "Franziska Ebner said the council had gathered 640 signatures opposing the removal and would ask the bank to "
      "put a machine in the town hall instead, with the municipality paying, with the municipality paying.",
      errors=[E("with the municipality paying", "repetition", "minor", None, occ=1)],
      traps=[T("ATM", "cash machine"),
             T("as much as €200 daily", "up to €200 a day"),
             T("at no charge", "free of charge")]),

    # 35 -----------------------------------------------------------------
    C("phenology citizen diary", "rewrite", "inconsistent",
      "A nature diary kept by three generations of a Hadleigh Moss family has helped scientists show that spring is "
      "arriving earlier in the district. Records started by schoolteacher Edith Marchbank in 1948 and continued by "
      "her son and granddaughter note the first flowering of 46 plants and the first sightings of 19 bird species "
      "each year. Researchers at Calder University compared the diary with weather data and found that, on average, "
      "the events now happen 11 days earlier than in the 1950s. First flowering of hawthorn has moved forward by "
      "almost three weeks. The study, published in the journal Seasonal Ecology, says that citizen records of this "
      "kind are rare because few are kept consistently in one place for so long. The family plans to donate the "
      "diaries to the county archive.",
      "Spring is coming earlier to the Hadleigh Moss district, scientists have shown, with help from a nature diary "
      "kept by three generations of one family. Begun in 1948 by schoolteacher Edith Marchbank and kept up by her son "
      "and then her granddaughter, the diary logs every year when 46 plants first flower and when 19 bird species are "
      "first seen. By comparing the records with weather data, Calder University researchers found that these events "
      "now occur 11 days earlier than in the 1950s, and hawthorn's first flowering has moved forward by nearly three "
      "weeks. Such citizen records are rare, says the study, which appears in the journal Seasonal Ecology, because "
      "few are kept consistently in one place for so long. The family intends to give the diaries to the county "
      "archive.",
      errors=[O("found that", "on average", "major")],
      traps=[T("nearly three weeks", "almost three weeks"),
             T("intends to give", "plans to donate")]),

    # 36 -----------------------------------------------------------------
    C("welcome sign misspelling", "rewrite", "consistent",
      "A new welcome sign at the entrance to the village of Thistleby Marsh has been taken down less than a week after "
      "it was installed because the village's name was spelt wrongly. The sign, which read 'Thisleby Marsh', was put "
      "up on 3 April by contractors working for Lindmoor County Council. Residents noticed the missing letter within "
      "hours and photographs of the sign were widely shared online. The council said the error had been made by the "
      "sign manufacturer, not its own staff, and that a corrected sign would be installed at no cost to taxpayers "
      "within a fortnight. Parish council chairman Ronald Skeggs said the village had 'had a good laugh about it' but "
      "was glad the mistake would be put right.",
      "Less than a week after going up, a new welcome sign at the entrance to Thistleby Marsh has been removed because "
      "it misspelt the village's name. Contractors for Lindmoor County Council installed the sign, which read "
      "'Thisleby Marsh', on April 3. Within hours residents had spotted the missing letter, and pictures of the sign "
      "were widely circulated online. The mistake was the sign maker's, not council staff's, the authority said, "
      "adding that a corrected version would be put up within two weeks without any cost to taxpayers. Ronald Skeggs, "
      "who chairs the parish council, said villagers had 'had a good laugh about it' but were pleased the error would "
      "be fixed.",
      traps=[T("April 3", "3 April"),
             T("the sign maker's", "the sign manufacturer"),
             T("within two weeks", "within a fortnight"),
             T("without any cost to taxpayers", "at no cost to taxpayers")]),

    # 37 -----------------------------------------------------------------
    C("buckwheat revival", "summary", "consistent",
      "Farmers in the Brenning Hills are reviving buckwheat, a crop that all but disappeared from the area in the "
      "1950s. This year 27 farms planted a combined 410 hectares, up from just three farms and 35 hectares in 2021, "
      "according to the Brenning Growers' Network. The revival has been driven by demand from bakeries and breweries "
      "for gluten-free grain and by a regional subsidy of €220 per hectare for crops that support pollinators. "
      "Buckwheat grows well on the area's poor, acidic soils and needs little fertiliser, but yields are low and "
      "unpredictable, the network warned. A mill in Oldekerk reopened last autumn to process the grain. Agronomist "
      "Henk Veldhuis said the area under buckwheat could double again within three years if prices held.",
      "Buckwheat, which almost disappeared from the Brenning Hills in the 1950s, is making a comeback: 27 farms grew "
      "410 hectares this year, compared with three farms and 35 hectares in 2021. Demand for gluten-free grain and a "
      "€220-a-hectare pollinator subsidy are behind the revival, though the growers' network warns yields are low and "
      "erratic. An agronomist said the area sown could double again within three years if prices hold.",
      traps=[T("almost disappeared", "all but disappeared"),
             T("€220-a-hectare", "€220 per hectare"),
             T("low and erratic", "low and unpredictable")]),

    # 38 -----------------------------------------------------------------
    C("turkey farm outbreak", "translation", "consistent",
      "Bird flu has been confirmed at a turkey farm near the village of Kisbereny, and all 18,000 birds on the site "
      "will be culled, the national food safety authority said on Sunday. A protection zone with a radius of three "
      "kilometres and a surveillance zone of ten kilometres have been set up around the farm, within which poultry "
      "must be kept indoors and may not be moved without a permit. The authority said the strain had been identified "
      "as H5N1 and that the risk to the general public was very low. The owner will receive compensation for the "
      "culled birds. It is the second outbreak in the county this winter; in December about 40,000 ducks had to be "
      "destroyed at a farm 25 kilometres away.",
      "The national food safety authority announced on Sunday that avian influenza had been detected on a turkey farm "
      "close to the village of Kisbereny and that the farm's entire flock of 18,000 birds would be slaughtered. Around "
      "the farm, a 3 km protection zone and a 10 km surveillance zone have been established; inside them, poultry has "
      "to be housed and cannot be transported unless a permit is issued. According to the authority, the virus is the "
      "H5N1 strain and poses a very low risk to the population at large. Compensation will be paid to the owner for "
      "the culled birds. This is the county's second outbreak this winter: in December, some 40,000 ducks were "
      "destroyed on a farm 25 km away.",
      traps=[T("avian influenza", "Bird flu"),
             T("the farm's entire flock of 18,000 birds", "all 18,000 birds on the site"),
             T("a 3 km protection zone", "A protection zone with a radius of three kilometres"),
             T("poultry has to be housed", "poultry must be kept indoors"),
             T("cannot be transported unless a permit is issued", "may not be moved without a permit")]),

    # 39 -----------------------------------------------------------------
    C("engagement ring return lawsuit", "rewrite", "inconsistent",
      "A man has won the return of a £9,200 engagement ring after a judge ruled that his former fiancée should give "
      "it back because she had called off the wedding. Oliver Branwell, 36, proposed to Natasha Kirrin, 33, in "
      "December 2021, and the couple set a wedding date of 14 June 2023. Ms Kirrin ended the engagement in February "
      "2023, four months before the ceremony, and kept the ring, saying it had been an unconditional gift. District "
      "Judge Sarah Penhale, sitting at Aldcaster County Court on Tuesday, found that the ring had been given on "
      "condition that the marriage took place. Ms Kirrin was ordered to return the ring within 14 days or pay its "
      "value. She was also told to pay £1,800 towards Mr Branwell's costs.",
      "A judge has ordered a woman to give back a £9,200 engagement ring to her ex-fiancé, ruling that she must return "
      "it because she was the one who called off the wedding. Oliver Branwell, 36, proposed to Natasha Kirrin, 33, in "
      "December 2021, and they planned to marry on June 14, 2023. In February 2023, four weeks before the ceremony, Mr "
      "Branwell broke off the engagement with Ms Kirrin, who kept the ring, arguing that it had been an unconditional "
      "gift. Sitting at Aldcaster County Court on Tuesday, District Judge Sarah Penhale found the ring had been given "
      "on condition that the couple married. Ms Kirrin must return the ring within a fortnight or pay its value, and "
      "contribute £1,800 to Mr Branwell's costs.",
      errors=[E("four weeks before the ceremony", "date", "minor", "four months before the ceremony"),
              E("Mr Branwell broke off the engagement with Ms Kirrin", "role", "critical",
                "Ms Kirrin ended the engagement")],
      traps=[T("June 14, 2023", "14 June 2023"),
             T("within a fortnight", "within 14 days"),
             T("the couple married", "the marriage took place")]),

    # 40 -----------------------------------------------------------------
    C("groundwater nitrate study", "summary", "inconsistent",
      "Nitrate levels in groundwater beneath the Marrow Plain have risen by an average of 18 per cent over the past "
      "decade, with one in five monitoring boreholes now exceeding the legal drinking water limit of 50 milligrams per "
      "litre, according to a report by the Eastern Rivers Authority. The authority sampled 240 boreholes between 2014 "
      "and 2024. It found the highest concentrations near intensive vegetable farms around Caddington and Flaxby, "
      "where some readings reached 92 mg/l. Water company Aquavale, which draws about 40 per cent of its supply from "
      "the aquifer, said it was blending water from different sources to keep tap water within safe limits but might "
      "need to build a £30 million treatment plant by 2030. The report recommends limits on autumn fertiliser use.",
      "Groundwater nitrate under the Marrow Plain has risen by 18% on average in ten years, and a fifth of monitoring "
      "boreholes now breach the 50 mg/l legal drinking water limit, a report has found. The worst readings, up to "
      "92 mg/l, were near intensive vegetable farms around Caddington and Flaxby. The Eastern Rivers Authority, which "
      "takes about 40% of its water from the aquifer, says blending keeps tap water safe but it may need a £30m "
      "treatment plant by 2030. The report calls for limits on autumn fertiliser use.",
      errors=[E("The Eastern Rivers Authority", "entity", "major", "Water company Aquavale")],
      traps=[T("in ten years", "over the past decade"),
             T("a fifth of monitoring boreholes", "one in five monitoring boreholes"),
             T("£30m", "£30 million")]),
]
