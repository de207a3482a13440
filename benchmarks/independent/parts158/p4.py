"""Set 158, part 4: ten translation pairs (five consistent, five inconsistent).

Each pair is two independent English renderings of the same (imagined)
non-English news story, so the wording differs throughout.
"""
from ._helpers import C, E, O, T

CASES = [
    C("accordion factory revival", "translation", "consistent",
      "The accordion factory in Castelvento, which closed in 2009 after more than a century of production, will start working again in the spring. The building was bought last year by the cooperative Mantici Riuniti, founded by eleven former employees and a group of young musicians. The cooperative has invested 1.8 million euros, of which 600,000 came from the region. At first, the factory will produce around 400 instruments a year, mainly for export to Germany and Japan. 'We want the know-how of the old masters not to be lost,' said the cooperative's president, Lucia Ferrandi. The town's mayor called the reopening 'a gift for the whole valley'.",
      "Production of accordions is set to resume this spring in Castelvento, at the factory that shut its doors in 2009 following over a hundred years of activity. Last year the premises were acquired by Mantici Riuniti, a cooperative set up by a group of young musicians together with eleven ex-workers. Of the €1.8 million the cooperative has put in, the region contributed 600,000. Initial output will be about 400 accordions annually, most of them to be exported to Germany and Japan. 'Our aim is to make sure the old masters' skills are not lost,' explained Lucia Ferrandi, who heads the cooperative. For the mayor, the reopening is 'a present for the entire valley'.",
      traps=[
          T("over a hundred years of activity", "more than a century of production"),
          T("a cooperative set up by a group of young musicians together with eleven ex-workers", "founded by eleven former employees and a group of young musicians"),
          T("Of the €1.8 million the cooperative has put in, the region contributed 600,000", "The cooperative has invested 1.8 million euros, of which 600,000 came from the region"),
          T("about 400 accordions annually", "around 400 instruments a year"),
          T("Lucia Ferrandi, who heads the cooperative", "the cooperative's president, Lucia Ferrandi"),
      ]),

    C("rabbit plague", "translation", "consistent",
      "Farmers in the district of Valdeoria are demanding emergency measures against a plague of wild rabbits which, they say, has destroyed up to 70 percent of the cereal crops in some fields. The farmers' association Asaval estimates losses at more than 3 million euros this season. The regional government authorised on Friday the hunting of rabbits outside the normal season and the use of ferrets in 25 municipalities, but farmers consider the measure insufficient. According to biologist Marta Quirós of the University of Torreblanca, the mild winter and the lack of predators explain the explosion of the population. Asaval has called a protest in front of the regional parliament on 12 March.",
      "Growers in Valdeoria district are calling for urgent action over a wild rabbit plague that they say has wiped out as much as 70% of the cereal harvest on some plots. Asaval, the farmers' association, puts this season's losses at over €3 million. On Friday, the regional authorities allowed rabbits to be hunted out of season and ferrets to be used in 25 municipalities, a step the farmers regard as not enough. Biologist Marta Quirós, of Torreblanca University, attributes the population boom to the mild winter and the absence of predators. The association has organised a demonstration outside the regional parliament for 12 March.",
      traps=[
          T("as much as 70%", "up to 70 percent"),
          T("over €3 million", "more than 3 million euros"),
          T("rabbits to be hunted out of season", "the hunting of rabbits outside the normal season"),
          T("a step the farmers regard as not enough", "farmers consider the measure insufficient"),
          T("attributes the population boom to the mild winter and the absence of predators", "the mild winter and the lack of predators explain the explosion of the population"),
      ]),

    C("trout farm pollution", "translation", "consistent",
      "The district environmental inspectorate in Nowa Brzoza has fined the trout farm Pstrąg Górski 85,000 zloty for discharging untreated water into the Kręta river. Inspectors took samples in June and found levels of ammonia four times higher than permitted below the farm's outlet. According to the inspectorate, the pollution caused the death of fish over a stretch of about two kilometres. The owner of the farm, Jerzy Malinowski, has 14 days to appeal. He told local radio that the problem was caused by a broken filter, which has already been replaced. Anglers from the Kręta association demand that the farm be closed until it builds a new treatment plant.",
      "A fine of 85,000 zloty has been imposed by the Nowa Brzoza district environmental inspectorate on the Pstrąg Górski trout farm, which released untreated water into the Kręta. Samples taken by inspectors in June showed ammonia downstream of the farm's outlet at four times the permitted level. The inspectorate says fish died along roughly two kilometres of the river as a result. Jerzy Malinowski, who owns the farm, can appeal within two weeks. Speaking to local radio, he blamed a faulty filter, which he said had already been changed. The Kręta anglers' association wants the farm shut until it has built a new treatment plant.",
      traps=[
          T("A fine of 85,000 zloty has been imposed by the Nowa Brzoza district environmental inspectorate on", "The district environmental inspectorate in Nowa Brzoza has fined"),
          T("at four times the permitted level", "four times higher than permitted"),
          T("roughly two kilometres", "about two kilometres"),
          T("can appeal within two weeks", "has 14 days to appeal"),
          T("he blamed a faulty filter", "the problem was caused by a broken filter"),
      ]),

    C("pilgrimage route signage", "translation", "consistent",
      "The municipality of Vale de Sousel will install 340 new signs along the 62 kilometres of the pilgrims' route that crosses its territory, after several walkers got lost last summer. The project, which costs 95,000 euros, is financed half by the municipality and half by the regional tourism office. The new signs will have the traditional yellow arrow and, for the first time, a QR code with maps and the location of hostels. The works should be completed before Easter. According to the councillor for tourism, Rui Almada, around 14,000 pilgrims passed through the municipality in 2023, twice as many as five years earlier.",
      "Following a number of cases last summer of walkers losing their way, Vale de Sousel council is to put up 340 new signs on the 62-km stretch of the pilgrim route that runs through the municipality. The €95,000 cost will be split equally between the council and the regional tourism board. As well as the customary yellow arrow, the signs will for the first time carry a QR code linking to maps and hostel locations. The work is expected to be finished ahead of Easter. Tourism councillor Rui Almada said some 14,000 pilgrims came through the municipality in 2023, double the number five years before.",
      traps=[
          T("split equally between the council and the regional tourism board", "financed half by the municipality and half by the regional tourism office"),
          T("the customary yellow arrow", "the traditional yellow arrow"),
          T("is expected to be finished ahead of Easter", "should be completed before Easter"),
          T("some 14,000 pilgrims", "around 14,000 pilgrims"),
          T("double the number five years before", "twice as many as five years earlier"),
      ]),

    C("waterfall access fee", "translation", "consistent",
      "From 1 June, visitors to the Bela Voda waterfall will have to pay an entrance fee of 6 euros, the municipality of Kamnik Dol decided at Tuesday's council session. Children under 12 and local residents will not pay. The money will be used to maintain the path and wooden bridges, which were damaged by floods last autumn, and to pay two seasonal rangers. Last year, the waterfall was visited by around 90,000 people, many more than the narrow gorge can handle, according to the mayor, Tomaž Kralj. The decision was adopted with 14 votes in favour and 3 against. Some tour operators warned that the fee could reduce the number of visitors.",
      "Kamnik Dol municipal council voted on Tuesday to introduce a 6-euro admission charge for the Bela Voda waterfall, starting on 1 June. Entry will remain free for local people and under-12s. The proceeds will go towards the upkeep of the footpath and the wooden footbridges damaged in last autumn's floods, as well as the wages of two seasonal wardens. Mayor Tomaž Kralj said that about 90,000 people visited the waterfall last year, far more than the narrow gorge can cope with. Councillors backed the measure by 14 votes to 3. Certain tour operators have cautioned that visitor numbers could fall because of the charge.",
      traps=[
          T("a 6-euro admission charge", "an entrance fee of 6 euros"),
          T("Entry will remain free for local people and under-12s.", "Children under 12 and local residents will not pay."),
          T("far more than the narrow gorge can cope with", "many more than the narrow gorge can handle"),
          T("by 14 votes to 3", "with 14 votes in favour and 3 against"),
          T("visitor numbers could fall because of the charge", "the fee could reduce the number of visitors"),
      ]),

    C("cliff path closure", "translation", "inconsistent",
      "The prefecture has ordered the closure of a 3-kilometre section of the coastal path between the Pointe de Kervel and the beach of Traon Glaz, after a landslide on the night of Sunday to Monday. About 2,000 cubic metres of earth and rock fell onto the beach below; nobody was injured. Geologists will examine the cliff in the coming days. According to the mayor of Plouvennec, Anne-Sophie Le Goff, the path could remain closed until the end of the summer. Walkers are asked to follow the inland route via the village of Kerbrat-Izel, marked in orange. Those who ignore the ban risk a fine of 135 euros.",
      "Following a cliff fall overnight from Saturday into Sunday, the prefecture has shut a three-kilometre stretch of the coastal footpath running from the Pointe de Kervel to Traon Glaz beach. Some 2,000 cubic metres of soil and rock came down on the beach below, without injuring anyone. The cliff will be inspected by geologists over the next few days. The mayor of Plouvennec, Anne-Sophie Le Goff, said the path might stay shut until the summer is over. Hikers are being asked to take the orange-marked inland diversion through the village of Kerbrat-Izel. Anyone disregarding the ban faces a €135 fine.",
      errors=[
          E("overnight from Saturday into Sunday", "date", "major", "on the night of Sunday to Monday"),
      ],
      traps=[
          T("without injuring anyone", "nobody was injured"),
          T("might stay shut until the summer is over", "could remain closed until the end of the summer"),
      ]),

    C("tollgate fraud", "translation", "inconsistent",
      "Police in Brenov have charged two employees of the motorway operator Dálnice Morava and a haulage entrepreneur with fraud at the toll gates of the D94 motorway. According to investigators, the employees manipulated the toll system so that lorries belonging to the entrepreneur's firm, Kovotrans, were registered as passenger cars between 2021 and 2023. The state lost at least 4.2 million crowns in this way. The entrepreneur allegedly paid the two employees around 300,000 crowns in cash. All three face up to eight years in prison. The motorway operator said it had discovered the fraud itself during an internal audit and had informed the police.",
      "Brenov police have charged two members of staff at motorway operator Dálnice Morava, along with a haulier, with toll-gate fraud on the D94 motorway. Investigators say that between 2021 and 2023 the two employees tampered with the toll system so that lorries owned by the haulier's firm, Kovotrans, were recorded as passenger cars. The state lost no less than 4.2 million crowns as a result. The haulier allegedly received around 300,000 crowns in cash from the two employees. Each of the three could be jailed for up to eight years. Dálnice Morava says it uncovered the fraud itself in an internal audit and then went to the police.",
      errors=[
          E("The haulier allegedly received around 300,000 crowns in cash from the two employees", "role", "major", "The entrepreneur allegedly paid the two employees around 300,000 crowns in cash"),
      ],
      traps=[
          T("no less than 4.2 million crowns", "at least 4.2 million crowns"),
          T("Each of the three could be jailed for up to eight years", "All three face up to eight years in prison"),
          T("went to the police", "had informed the police"),
      ]),

    C("cocktail bar licence", "translation", "inconsistent",
      "The district office of Altenfeld has refused to extend the opening hours of the cocktail bar 'Blauer Vogel' on Lindenplatz beyond midnight. Residents had complained about noise on more than 40 occasions last year, and the police were called eleven times. The owner, Kemal Aydın, had applied for permission to stay open until 3 a.m. at weekends. He can lodge an objection within one month and says he is considering doing so. According to the office, the bar may keep its current licence if it installs sound insulation by the end of September; otherwise, it could lose its outdoor terrace permit.",
      "Altenfeld district office has turned down a request to let the 'Blauer Vogel' cocktail bar on Lindenplatz stay open after midnight. Last year neighbours complained more than 40 times about the noise, and police were called out on eleven occasions. Owner Kemal Aydın had asked to be allowed to open until 3 a.m. at weekends. He has a month to object and says he is thinking about it. The office said the bar can keep its existing licence provided it fits soundproofing by the end of September; if not, it will lose the permit for its outdoor terrace.",
      errors=[
          E("will lose the permit for its outdoor terrace", "modality", "major", "it could lose its outdoor terrace permit"),
      ],
      traps=[
          T("has turned down a request to let the 'Blauer Vogel' cocktail bar on Lindenplatz stay open after midnight", "has refused to extend the opening hours of the cocktail bar 'Blauer Vogel' on Lindenplatz beyond midnight"),
          T("on eleven occasions", "eleven times"),
          T("He has a month to object and says he is thinking about it.", "He can lodge an objection within one month and says he is considering doing so."),
      ]),

    C("cocoa import delay", "translation", "inconsistent",
      "Chocolate producers in the port city of Havelingen are facing shortages after a shipment of 12,000 tonnes of cocoa beans has been held at customs for more than three weeks. The beans, from Ivory Coast, are being checked under new European rules requiring proof that they were not grown on deforested land. According to the trade association Cacao Noord, at least five factories have reduced production, and two have temporarily sent staff home. Customs says the documentation was incomplete and that the inspection should be finished by the end of next week. The association fears that prices in shops could rise before the Easter period.",
      "A consignment of 12,000 tonnes of cocoa beans has been stuck in customs for over three weeks, leaving chocolate makers in the port of Havelingen short of supplies. The Ivorian beans are being inspected under new EU regulations that require evidence that they were not grown on deforested land. Trade body Cacao Noord says at least five factories have cut output and two have sent workers home. According to customs, the paperwork was incomplete; the checks are expected to be completed by the end of next week. The association is worried that shop prices could go up ahead of Easter.",
      errors=[
          O("temporarily", "minor", after="two have"),
      ],
      traps=[
          T("over three weeks", "more than three weeks"),
          T("The Ivorian beans", "The beans, from Ivory Coast"),
          T("have cut output", "have reduced production"),
      ]),

    C("fossil auction halted", "translation", "inconsistent",
      "The auction of an almost complete ichthyosaur skeleton, found in a quarry near Saint-Aubrac-les-Vignes, was suspended on Thursday by a court in Lyon, two days before the sale was due to take place. The auction house Maison Delorme had estimated the fossil, around five metres long, at between 400,000 and 600,000 euros. The association Patrimoine Jurassique argued that the skeleton should be classified as a national treasure and must not leave France. The judge considered that the question deserved examination and postponed the sale until a hearing in October. Maison Delorme said it would not contest the decision. The owner of the quarry, who discovered the fossil in 2019, did not wish to comment.",
      "A court in Lyon on Thursday halted the auction of a nearly complete ichthyosaur skeleton unearthed in a quarry close to Saint-Aubrac-les-Vignes, 48 hours before it was to go under the hammer. Auctioneers Maison Delorme had valued the roughly 5-metre fossil at €400,000 to €600,000. The Patrimoine Jurassique association maintains that the skeleton ought to be listed as a national treasure and kept in France. Finding that the matter merited scrutiny, the judge put the sale off until a hearing in October, a ruling that Maison Delorme said it would challenge. The quarry owner, who came across the fossil in 2019, declined to comment.",
      errors=[
          E("Maison Delorme said it would challenge", "polarity", "major", "Maison Delorme said it would not contest the decision"),
      ],
      traps=[
          T("48 hours before", "two days before"),
          T("put the sale off until a hearing in October", "postponed the sale until a hearing in October"),
          T("declined to comment", "did not wish to comment"),
      ]),
]
