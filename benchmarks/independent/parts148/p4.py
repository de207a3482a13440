"""Cases 31-40 of set148 (hand-written; all names invented)."""
from ._helpers import E, OM, T, case

CASES = [
    # 31
    case(
        "cheese smuggling arrest", "rewrite", "inconsistent",
        "Customs officers at the port of Haverby have arrested two men suspected of smuggling 4.2 tonnes of unlicensed cheese into the country, the revenue service said on Saturday. The cheese, worth an estimated 90,000 pounds, was hidden behind pallets of frozen vegetables in a refrigerated lorry arriving by ferry on Thursday. Officials believe it was destined for restaurants and market stalls in the north of the country. The driver, a 46-year-old man, was detained at the port, and a 52-year-old man was arrested later at a warehouse in Corbridge. Both have been released on bail while inquiries continue. Customs officer Nadia Kaur said unlicensed dairy products could pose a serious health risk because their origin could not be traced.",
        "Two men have been arrested by customs officers at the port of Haverby on suspicion of smuggling 4.2 tonnes of unlicensed cheese into the country, the revenue service said on Saturday. The cheese, estimated to be worth \u00a390,000, arrived by ferry on Thursday in a refrigerated lorry, with pallets of frozen vegetables hidden behind it. Officials think it was intended for restaurants and market stalls in the north of the country. The driver, 46, was detained at the port, while a 52-year-old man was arrested later at a warehouse in Corbridge. Both men have been bailed pending further inquiries. According to customs officer Nadia Kaur, unlicensed dairy products could pose a serious health risk because there is no way of tracing where they came from. Both men have been bailed pending further inquiries.",
        errors=[
            E("pallets of frozen vegetables hidden behind it", "role", "minor", "was hidden behind pallets of frozen vegetables"),
            E("Both men have been bailed pending further inquiries.", "repetition", "minor", None, occ=1),
        ],
        traps=[
            T("estimated to be worth \u00a390,000", "worth an estimated 90,000 pounds"),
            T("The driver, 46,", "The driver, a 46-year-old man,"),
            T("Both men have been bailed pending further inquiries", "Both have been released on bail while inquiries continue", occ=0),
        ],
    ),
    # 32
    case(
        "truffle fraud case", "summary", "consistent",
        "A court in the town of Castelverde has convicted a truffle dealer of passing off cheap Chinese truffles as prized white truffles from the region, prosecutors said on Tuesday. Over two years, Franco Aldini, 58, sold about 640 kilograms of the imported fungi to restaurants and private buyers at prices of up to 3,000 euros a kilo, making an estimated profit of 1.1 million euros. He was sentenced to two years and eight months in prison and fined 150,000 euros. Investigators used DNA testing to prove the truffles' origin. Aldini's lawyer said his client would appeal. The regional truffle growers' association, which had reported the fraud, said the case had damaged the reputation of local producers.",
        "A Castelverde court has found dealer Franco Aldini, 58, guilty of selling some 640 kg of cheap Chinese truffles as local white truffles over two years, for an estimated \u20ac1.1m profit. DNA tests established their origin. He received a prison term of two years and eight months and a \u20ac150,000 fine, and his lawyer says he will appeal.",
        traps=[
            T("has found dealer Franco Aldini, 58, guilty", "has convicted a truffle dealer"),
            T("some 640 kg", "about 640 kilograms"),
            T("\u20ac1.1m", "1.1 million euros"),
            T("He received a prison term of two years and eight months", "He was sentenced to two years and eight months in prison"),
        ],
    ),
    # 33
    case(
        "mortgage rate change", "rewrite", "consistent",
        "Northgate Building Society will raise its standard variable mortgage rate from 6.49 per cent to 6.74 per cent from 1 May, the lender said on Wednesday. The increase of 0.25 percentage points follows last week's decision by the central bank to raise its base rate by the same amount. Around 48,000 borrowers will be affected, and a typical customer with a 150,000-pound mortgage will pay about 22 pounds more a month. Fixed-rate customers will not be affected until their deals end. Chief executive Paula Dreyer said the society had delayed the rise for as long as possible. Rates on some savings accounts will rise by up to 0.2 percentage points.",
        "From 1 May, Northgate Building Society's standard variable mortgage rate will go up by a quarter of a percentage point to 6.74%, from 6.49%, the lender announced on Wednesday. The move comes after the central bank raised its base rate by an identical margin last week. The change affects some 48,000 borrowers; a typical customer with a \u00a3150,000 mortgage will see monthly payments rise by around \u00a322. Customers on fixed rates will see no change until their deals expire. The society had held off the increase for as long as it could, chief executive Paula Dreyer said. Some savings rates will go up by as much as 0.2 percentage points.",
        traps=[
            T("a quarter of a percentage point", "0.25 percentage points"),
            T("by an identical margin", "by the same amount"),
            T("some 48,000 borrowers", "Around 48,000 borrowers"),
            T("will see no change until their deals expire", "will not be affected until their deals end"),
            T("had held off the increase for as long as it could", "had delayed the rise for as long as possible"),
        ],
    ),
    # 34
    case(
        "wind farm auction", "translation", "inconsistent",
        "The offshore wind farm auction for the Nordhavn area was won by the consortium Baltica Energi, the energy agency announced on Friday. The consortium, which includes the pension fund Vestkraft and the utility Sorlund Power, offered to pay the state 2.1 billion kroner for the right to build turbines with a total capacity of 1,000 megawatts. Four bidders took part. The wind farm, located 30 kilometres off the coast, should supply electricity equivalent to the consumption of about one million households from 2030. Energy minister Karen Holst called the result 'a good day for the climate and for the treasury'. The losing bidders have four weeks to appeal.",
        "Vestkraft, the pension fund, has won the auction for the Nordhavn offshore wind farm, the energy agency said on Friday. Together with the utility Sorlund Power, it offered the state 2.1 billion kroner for the right to install 1,000 megawatts of turbines. There were four bidders in total. Sited 30 km from the coast, the farm is expected to produce as much electricity as around a million households use, starting in 2030. Energy minister Karen Holst described the outcome as 'a good day for the climate and for the treasury'. The unsuccessful bidders can appeal within four weeks.",
        errors=[
            E("Vestkraft, the pension fund", "entity", "major", "the consortium Baltica Energi"),
        ],
        traps=[
            T("1,000 megawatts of turbines", "turbines with a total capacity of 1,000 megawatts"),
            T("There were four bidders in total", "Four bidders took part"),
            T("can appeal within four weeks", "have four weeks to appeal"),
        ],
    ),
    # 35
    case(
        "village shop rescue", "rewrite", "consistent",
        "Residents of the village of Upper Kemble have bought their local shop to save it from closure, raising 160,000 pounds by selling shares to more than 300 people. The shop, which also houses the village's only post office counter, was put up for sale last year when its owners, Peter and Ann Hollis, retired after 26 years. The new community-owned business will be run by a manager and a rota of about 40 volunteers. Committee chair Sarah Ndiaye said the nearest alternative shop was eight miles away and that many elderly residents did not drive. A grant of 25,000 pounds from the Rural Shops Trust helped pay for a new refrigeration system. The shop reopens under community ownership next Monday.",
        "By selling shares to over 300 people and raising \u00a3160,000, residents of Upper Kemble have bought their village shop and saved it from closing. The shop, home to the village's only post office counter, went on the market last year after owners Peter and Ann Hollis retired following 26 years in charge. Now owned by the community, it will be run by a manager with a rota of roughly 40 volunteers. According to committee chair Sarah Ndiaye, the closest other shop is eight miles away, and many older residents do not drive. A new refrigeration system was partly funded by a \u00a325,000 grant from the Rural Shops Trust. The shop will reopen under community ownership on Monday next week.",
        traps=[
            T("over 300 people", "more than 300 people"),
            T("went on the market last year", "was put up for sale last year"),
            T("roughly 40 volunteers", "about 40 volunteers"),
            T("was partly funded by a \u00a325,000 grant from the Rural Shops Trust", "A grant of 25,000 pounds from the Rural Shops Trust helped pay for"),
            T("on Monday next week", "next Monday"),
        ],
    ),
    # 36
    case(
        "exam paper leak", "summary", "inconsistent",
        "The national examinations board has ordered 38,000 students to resit a chemistry exam after the paper was leaked online the night before it was sat, the board said on Thursday. The leak was traced to a printing company contracted by the board, where an employee photographed the paper and shared it on a messaging app. The employee has been dismissed and police have been informed. The resit will take place on 24 June, and students will be given the higher of their two marks. Board chief executive Martin Osei said he was 'deeply sorry' for the disruption. The board will review security procedures at all its contractors and will move to digital delivery of papers within three years.",
        "After a chemistry paper was leaked online the night before the exam, the national examinations board has told 38,000 students to resit it on 24 June, keeping whichever mark is higher. A printing company employee who photographed and shared the paper has been arrested. The board's chief executive apologised, and the board will review security at its contractors.",
        errors=[
            E("has been arrested", "event", "critical", "has been dismissed and police have been informed"),
        ],
        traps=[
            T("has told 38,000 students to resit it", "has ordered 38,000 students to resit"),
            T("keeping whichever mark is higher", "students will be given the higher of their two marks"),
            T("The board's chief executive apologised", "Board chief executive Martin Osei said he was 'deeply sorry'"),
        ],
    ),
    # 37
    case(
        "gold hoard found", "translation", "consistent",
        "A hobby archaeologist using a metal detector has found a hoard of 214 gold coins in a field near the village of Lindholm, the regional museum announced on Tuesday. The coins date from the late 16th century and were probably buried during a war, according to museum curator Astrid Nyberg. The find was made in September, but was kept secret until excavation was completed to protect the site from looters. The finder, 63-year-old retired teacher Erik Dahl, will receive a reward, whose amount has not yet been set. The hoard will be put on display at the museum from next spring. Under national law, such finds belong to the state.",
        "In a field close to the village of Lindholm, an amateur archaeologist with a metal detector has come across a hoard of 214 gold coins, the regional museum said on Tuesday. According to curator Astrid Nyberg, the coins are from the end of the 1500s and were likely hidden in the ground during a war. Although the discovery was made in September, it was kept quiet until the excavation had finished so that looters would not raid the site. Erik Dahl, the 63-year-old retired teacher who found the coins, is to be given a reward; how much has not yet been decided. From next spring, the museum will exhibit the hoard. National law states that such finds are the property of the state.",
        traps=[
            T("from the end of the 1500s", "date from the late 16th century"),
            T("were likely hidden in the ground", "were probably buried"),
            T("kept quiet until the excavation had finished", "kept secret until excavation was completed"),
            T("how much has not yet been decided", "whose amount has not yet been set"),
            T("are the property of the state", "belong to the state"),
        ],
    ),
    # 38
    case(
        "squatters removed", "rewrite", "inconsistent",
        "Bailiffs and police removed about 30 squatters from a disused office block in the Greyfield district of Tamsford on Tuesday morning, ending an occupation that had lasted five months. The operation began at 6am and was completed without arrests, police said. The building's owner, the property firm Calder Estates, obtained a court order in March, two months after the occupation began. The squatters, who belong to a housing campaign group, said they had moved in to protest against the number of empty buildings in the city while homelessness was rising. City housing officer Joanne Baptiste said the council had offered all of them emergency accommodation, but that only nine had accepted. Calder Estates plans to convert the block into 120 flats.",
        "An occupation of a disused office block in Tamsford's Greyfield district came to an end on Tuesday morning after five months, when bailiffs and police evicted around 30 squatters. Police said the operation, which started at 6am, was carried out without any arrests. Calder Estates, the property company that owns the building, secured a court order in March, two months before the occupation began. Members of a housing campaign group, the squatters said they had occupied the building in protest at the number of empty properties in the city at a time of rising homelessness. Emergency accommodation had been offered by the council to every one of them, said city housing officer Joanne Baptiste, but just nine took it up. Calder Estates intends to turn the block into 120 flats.",
        errors=[
            E("two months before the occupation began", "date", "major", "two months after the occupation began"),
        ],
        traps=[
            T("evicted around 30 squatters", "removed about 30 squatters"),
            T("secured a court order in March", "obtained a court order in March"),
            T("just nine took it up", "only nine had accepted"),
        ],
    ),
    # 39
    case(
        "fracking moratorium", "translation", "consistent",
        "The government has extended the moratorium on shale gas extraction by hydraulic fracturing for another five years, the environment ministry announced on Monday. The ban, introduced in 2016, was due to expire at the end of this year. Environment Minister Jolanta Wierzba said that the risks to groundwater had not been sufficiently studied and that the country should focus on renewable energy. The decision was criticised by the industry association, which estimates that the country's shale reserves could cover gas demand for 20 years. The extension does not apply to research drilling, which will remain permitted under strict conditions. Two environmental organisations had collected more than 200,000 signatures calling for a permanent ban.",
        "Hydraulic fracturing for shale gas will remain banned for five more years after the government prolonged the moratorium, the environment ministry said on Monday. The ban has been in force since 2016 and would otherwise have lapsed at the end of the year. According to environment minister Jolanta Wierzba, the risks to groundwater have not been studied enough, and the country ought to concentrate on renewables. The industry association, which believes domestic shale reserves could meet gas demand for two decades, criticised the decision. Research drilling is not covered by the extension and will still be allowed, subject to strict conditions. Over 200,000 signatures demanding a permanent ban had been gathered by two environmental organisations.",
        traps=[
            T("for five more years", "for another five years"),
            T("would otherwise have lapsed at the end of the year", "was due to expire at the end of this year"),
            T("for two decades", "for 20 years"),
            T("Research drilling is not covered by the extension", "The extension does not apply to research drilling"),
            T("Over 200,000 signatures", "more than 200,000 signatures"),
        ],
    ),
    # 40
    case(
        "council budget deficit", "summary", "consistent",
        "Brockley City Council faces a budget shortfall of 27 million pounds next year and will have to make cuts to services, its finance chief warned on Monday. Councillor Hannah Lowther said rising demand for adult social care and children's services accounted for more than half of the gap. The council plans to raise council tax by 4.99 per cent, the maximum allowed without a local referendum, which would bring in about 6 million pounds. Proposals include closing three of the city's eleven libraries, reducing grass-cutting and charging for garden waste collection. About 180 jobs could be lost. A public consultation on the proposals will run until 15 January, and the final budget will be voted on in February.",
        "Brockley City Council faces a \u00a327m gap next year, more than half of it caused by rising demand for adult social care and children's services. It plans a 4.99% council tax rise, the most permitted without a referendum, which would raise around \u00a36m. Proposed cuts include shutting three of the eleven libraries and could cost about 180 jobs; consultation closes on 15 January ahead of a February vote.",
        traps=[
            T("\u00a327m gap", "budget shortfall of 27 million pounds"),
            T("the most permitted without a referendum", "the maximum allowed without a local referendum"),
            T("could cost about 180 jobs", "About 180 jobs could be lost"),
            T("consultation closes on 15 January", "public consultation on the proposals will run until 15 January"),
        ],
    ),
]
