"""set145 cases 21-30 (hand-written; all names invented)."""
from ._helpers import C, E, OM, T

CASES = [
    # 21 ------------------------------------------------------------
    C("battery storage site objection", "rewrite",
      "More than 400 residents have signed a petition opposing plans for a battery "
      "energy storage site on farmland between the villages of Haddon Cross and "
      "Little Wenlow. The scheme, proposed by Ardent Grid Storage, would see 56 "
      "battery containers installed on a 9-acre field, capable of storing enough "
      "electricity to power around 30,000 homes for two hours. Objectors say they "
      "are worried about fire risk and noise from cooling fans. The company said the "
      "site would be set back at least 250 metres from the nearest house and that it "
      "had consulted the county fire service on the design. A decision by Ridgeway "
      "District Council is expected in the spring.",
      "A petition against a proposed battery energy storage site on farmland between "
      "Haddon Cross and Little Wenlow has been signed by over 400 residents. Under "
      "the plans by Ardent Grid Storage, 56 battery containers would be placed on a "
      "nine-acre field; together they could store enough power to supply some "
      "30,000 homes for two hours. Opponents cite concerns over the risk of fire and "
      "the noise of cooling fans. The company said no house would be closer than 250 "
      "metres to the site and that the county fire service had been consulted about "
      "the design. Ridgeway District Council is likely to make a decision in the "
      "spring.",
      traps=[
          T("over 400 residents", "More than 400 residents"),
          T("nine-acre", "9-acre"),
          T("no house would be closer than 250 metres to the site",
            "the site would be set back at least 250 metres from the nearest house"),
          T("the county fire service had been consulted",
            "it had consulted the county fire service"),
          T("is likely to make a decision in the spring", "is expected in the spring"),
      ]),
    # 22 ------------------------------------------------------------
    C("stone circle excavation", "translation",
      "Archaeologists excavating a stone circle near the village of Kerbrat-Vihan "
      "have found the remains of a wooden structure that may be older than the "
      "stones themselves, the regional archaeology service announced on Monday. "
      "According to excavation leader Dr Maëlle Guivarc'h, post holes discovered at "
      "the centre of the circle suggest that a timber ring stood there about 4,800 "
      "years ago, some three centuries before the 19 granite blocks were erected. "
      "The team of 14 archaeologists and students will continue digging until the "
      "end of September. The site, which is on private land, will be open to the "
      "public for guided visits on two weekends in August.",
      "The regional archaeology service said on Monday that archaeologists working "
      "on a stone circle close to Kerbrat-Vihan had uncovered traces of a timber "
      "structure which could predate the stones. Post holes found in the middle of "
      "the circle indicate that a wooden ring stood on the spot roughly 4,800 years "
      "ago, around 300 years before the 19 granite blocks were put up, according to "
      "Dr Maëlle Guivarc'h, who is leading the dig. Excavation by the 14-strong team "
      "of archaeologists and students will go on until the close of September. "
      "Guided tours of the site, which lies on private land, will be offered to the "
      "public over two weekends in August.",
      traps=[
          T("could predate the stones", "may be older than the stones themselves"),
          T("roughly 4,800 years ago", "about 4,800 years ago"),
          T("around 300 years before", "some three centuries before"),
          T("the 14-strong team", "The team of 14"),
      ]),
    # 23 ------------------------------------------------------------
    C("sunflower oil shortage", "translation",
      "Supermarkets in the Valdera region have begun limiting purchases of "
      "sunflower oil to three bottles per customer after deliveries fell sharply "
      "this month, the regional consumers' association said on Wednesday. The "
      "shortage follows the closure of the Aceites del Sur refinery in Montalba, "
      "which supplied about 40 percent of the oil sold in the region, after a fire "
      "in its storage area. Grupo Ferrán, the food company that bought the refinery "
      "last year, said it hoped to resume production within six weeks. Association "
      "president Lucía Barcos said prices had risen by an average of 18 percent "
      "since the start of the month and advised shoppers not to stockpile. Olive oil "
      "supplies have not been affected.",
      "The regional consumers' association said on Wednesday that supermarkets in "
      "Valdera had started restricting customers to three bottles of sunflower oil "
      "each because deliveries dropped steeply this month. The shortages stem from "
      "the shutdown of the Aceites del Sur refinery in Montalba after a fire in its "
      "storage area; the plant accounted for roughly 40% of the oil sold in the "
      "region. Grupo Ferrán, the food company that the refinery bought last year, "
      "said it hoped to get production going again within six weeks. Lucía Barcos, "
      "who chairs the association, said prices had gone up 18% on average since the "
      "beginning of the month, and urged consumers not to hoard. Supplies of olive "
      "oil have also been affected.",
      errors=[
          E("food company that the refinery bought", "role", "major",
            "the food company that bought the refinery"),
          E("have also been affected", "polarity", "critical",
            "have not been affected"),
      ],
      traps=[
          T("roughly 40%", "about 40 percent"),
          T("urged consumers not to hoard", "advised shoppers not to stockpile"),
      ]),
    # 24 ------------------------------------------------------------
    C("bee orchid discovery", "summary",
      "A colony of more than 70 bee orchids has been discovered on a roadside verge "
      "on the outskirts of Felsham, the first time the plant has been recorded in "
      "the parish. The flowers were spotted by retired teacher Gillian Oakes while "
      "she was walking her dog, and their identity was confirmed by botanist Dr "
      "Peter Lund of the county wildlife trust. Dr Lund said the orchids had "
      "probably grown from wind-blown seed and that the verge's thin, chalky soil "
      "suited them well. Highways contractors have agreed not to mow the verge until "
      "the end of August so the plants can set seed. The trust said it would ask the "
      "council to designate the verge a protected road verge.",
      "More than 70 bee orchids, the first recorded in the parish, have been found "
      "on a roadside verge outside Felsham by dog walker Gillian Oakes. Ms Oakes "
      "said the plants had probably grown from wind-blown seed and were well suited "
      "to the verge's thin, chalky soil. The verge will not be mown until the end of "
      "August so they can set seed, and the county wildlife trust will seek "
      "protected status for it.",
      errors=[E("Ms Oakes said", "attribution", "major", "Dr Lund said")],
      traps=[
          T("the first recorded in the parish",
            "the first time the plant has been recorded in the parish"),
          T("will not be mown until the end of August",
            "have agreed not to mow the verge until the end of August"),
          T("will seek protected status for it",
            "would ask the council to designate the verge a protected road verge"),
      ]),
    # 25 ------------------------------------------------------------
    C("hospital car parking fees", "rewrite",
      "Parking charges at Wrexley General Hospital will rise from 1 April, with the "
      "daily maximum increasing from £9 to £11, the Wrexley Hospitals Trust has "
      "confirmed. The first 30 minutes will remain free, and blue badge holders, "
      "parents of children staying overnight and patients attending for "
      "chemotherapy or dialysis will continue to park without charge. The trust "
      "said the increase was needed to cover the cost of resurfacing the main car "
      "park and installing new payment machines that accept contactless cards. "
      "Staff parking permits are not affected. Campaign group Patient Voice Wrexley "
      "said it was disappointed that the trust had not consulted patients before "
      "making the decision.",
      "Wrexley Hospitals Trust has confirmed that from 1 April the maximum daily "
      "parking charge at Wrexley General Hospital will go up from £9 to £11. Parking "
      "will still be free for the first half hour, and there will continue to be no "
      "charge for blue badge holders, dialysis and chemotherapy patients, and "
      "parents whose children are staying overnight. According to the trust, the "
      "rise is needed to pay for resurfacing the main car park and for new payment "
      "machines that take contactless cards, which will also cut queues at the exit "
      "barriers. Staff parking permits will not be affected. Patient Voice Wrexley "
      "said it was disappointed that patients had not been consulted before the "
      "decision was made.",
      errors=[E("which will also cut queues at the exit barriers", "addition",
                "minor")],
      traps=[
          T("the first half hour", "The first 30 minutes"),
          T("patients had not been consulted before the decision was made",
            "the trust had not consulted patients before making the decision"),
      ]),
    # 26 ------------------------------------------------------------
    C("bookshop union", "rewrite",
      "Staff at Pageturner Books, a chain of 23 shops in the north of England, have "
      "voted to join a trade union, the first time workers at the company have been "
      "collectively represented. In a ballot organised by the Retail and "
      "Distribution Workers' Union, 142 of the 180 eligible employees voted, and 87 "
      "percent of those backed recognition. The union said it would now seek talks "
      "with management on pay, which starts at the legal minimum, and on the "
      "allocation of weekend shifts. Pageturner's managing director, Fiona Hale, "
      "said the company respected the result and would meet union representatives "
      "next month. The chain was founded in 1994 and employs around 260 people in "
      "total.",
      "For the first time, workers at Pageturner Books will be represented "
      "collectively after staff at the 23-shop chain in northern England voted to "
      "join a trade union. Of the 180 employees eligible to take part in the ballot, "
      "which was organised by the Retail and Distribution Workers' Union, 142 voted, "
      "with 87% of them supporting recognition. The union says it will now push for "
      "talks with management over the allocation of weekend shifts and pay, which "
      "currently starts at the statutory minimum. Managing director Fiona Hale said "
      "Pageturner respected the result and would sit down with union "
      "representatives next month. Founded in 1994, the chain has some 260 staff "
      "altogether.",
      traps=[
          T("in northern England", "in the north of England"),
          T("87% of them supporting recognition",
            "87 percent of those backed recognition"),
          T("the statutory minimum", "the legal minimum"),
          T("would sit down with union representatives",
            "would meet union representatives"),
          T("some 260 staff altogether", "around 260 people in total"),
      ]),
    # 27 ------------------------------------------------------------
    C("pedestrian crossing campaign", "summary",
      "Parents at St Anselm's Primary School in Cobley have collected more than "
      "1,100 signatures calling for a zebra crossing on Station Road, where two "
      "children have been struck by cars in the past three years. Neither child was "
      "seriously hurt. Campaign organiser Priya Nandra said pupils currently had to "
      "cross a 40mph stretch of road with no crossing point to reach the school gate "
      "from the main housing estate. Northfield County Council said a speed survey "
      "carried out in June had found that around a third of vehicles exceeded the "
      "limit, and that it would consider a crossing as part of its next road safety "
      "programme, which begins in April. The petition will be presented to "
      "councillors on 9 October.",
      "Parents at St Anselm's Primary in Cobley have gathered over 1,100 signatures "
      "for a zebra crossing on Station Road, where two children have been hit by "
      "cars in three years, neither seriously. The campaign's organiser says pupils "
      "from the main housing estate must cross a 40mph stretch with no crossing "
      "point to get to school. The council says a June speed survey found roughly "
      "one vehicle in three speeding and it will consider a crossing in its next "
      "road safety programme, from April. Councillors will receive the petition on "
      "9 October.",
      traps=[
          T("over 1,100 signatures", "more than 1,100 signatures"),
          T("neither seriously", "Neither child was seriously hurt"),
          T("roughly one vehicle in three speeding",
            "around a third of vehicles exceeded the limit"),
          T("Councillors will receive the petition",
            "The petition will be presented to councillors"),
      ]),
    # 28 ------------------------------------------------------------
    C("taxi app fare rules", "translation",
      "The city council of Torrevella has approved new rules requiring ride-hailing "
      "apps to show passengers the full price of a journey before it is booked. "
      "Under the regulation, which comes into force on 1 July, companies will no "
      "longer be able to raise fares by more than 1.5 times the standard rate during "
      "periods of high demand. Operators that break the rules face fines of up to "
      "30,000 euros. Councillor for mobility Nuria Castell said the measure would "
      "protect users and put apps on a more equal footing with traditional taxis, "
      "whose fares are set by the city. The association representing app drivers "
      "said it would study the text before deciding whether to challenge it in "
      "court.",
      "Torrevella's city council has passed a regulation obliging ride-hailing "
      "platforms to tell passengers the total fare before a trip is confirmed. From "
      "1 July, when the rules take effect, firms will be barred from charging more "
      "than one and a half times the normal tariff at busy times. Fines for "
      "operators that do not comply can reach €30,000. Mobility councillor Nuria "
      "Castell said the rules would protect customers and create a more level "
      "playing field with conventional taxis, whose prices are fixed by the "
      "municipality. The association that represents app drivers said it would "
      "examine the text before deciding whether to take the matter to court.",
      traps=[
          T("more than one and a half times the normal tariff",
            "more than 1.5 times the standard rate"),
          T("at busy times", "during periods of high demand"),
          T("can reach €30,000", "up to 30,000 euros"),
          T("whose prices are fixed by the municipality",
            "whose fares are set by the city"),
          T("whether to take the matter to court", "whether to challenge it in court"),
      ]),
    # 29 ------------------------------------------------------------
    C("gravestone restoration", "rewrite",
      "Volunteers have finished restoring 48 Victorian gravestones in the "
      "churchyard of St Bride's, Hollowell, after a two-year project funded by the "
      "Hollowell Heritage Society. The stones, many of which had fallen or become "
      "covered in ivy, were cleaned, straightened and recorded by a team of 15 "
      "volunteers trained by stonemason Carl Denby. Project coordinator Margaret "
      "Bell said the work had uncovered the grave of Thomas Agar, a local doctor who "
      "treated cholera patients during an outbreak in 1849. A booklet listing every "
      "restored stone and its inscription will be published in the autumn. The "
      "society hopes to begin work on a further 30 stones next year, subject to "
      "funding.",
      "A two-year project funded by the Hollowell Heritage Society has ended with "
      "volunteers completing the restoration of 48 Victorian gravestones in St "
      "Bride's churchyard, Hollowell. Many of the stones had toppled over or been "
      "overgrown with ivy. They were cleaned, straightened and recorded by 15 "
      "volunteers trained by stonemason Carl Denby. According to project "
      "coordinator Margaret Bell, the work brought to light the grave of Thomas "
      "Bell, a local doctor who cared for cholera patients during the 1849 "
      "outbreak. A booklet listing each restored stone together with its "
      "inscription is to be published in the autumn. They were cleaned, "
      "straightened and recorded by 15 volunteers trained by stonemason Carl Denby. "
      "Subject to funding, the society hopes to start on another 30 stones next "
      "year.",
      errors=[
          E("Thomas Bell", "entity", "major", "Thomas Agar"),
          E("They were cleaned, straightened and recorded by 15 volunteers trained "
            "by stonemason Carl Denby.", "repetition", "minor", occ=1),
      ],
      traps=[
          T("toppled over or been overgrown with ivy",
            "had fallen or become covered in ivy"),
          T("during the 1849 outbreak", "during an outbreak in 1849"),
          T("another 30 stones", "a further 30 stones"),
      ]),
    # 30 ------------------------------------------------------------
    C("postbox collection times", "rewrite",
      "Final collection times at 37 postboxes in the Ashcombe area will move from "
      "late afternoon to 9am from Monday 4 March, Parcelpost UK has said. The "
      "company said the change was needed because letters are now taken to a "
      "sorting centre in Dunford, 40 miles away, after the closure of the Ashcombe "
      "delivery office last year. Postboxes outside the main post office in Market "
      "Square and at the Ashcombe Retail Park will keep their 5.30pm collection. "
      "Local MP Jonathan Reeve said he had written to the company asking it to "
      "reconsider, arguing that small businesses would be hit hardest. Parcelpost "
      "said post collected at 9am would still be delivered on the next working day.",
      "From Monday 4 March, the last collection from 37 postboxes around Ashcombe "
      "will be at 9am rather than in the late afternoon, according to Parcelpost "
      "UK. Since the Ashcombe delivery office shut last year, letters have gone to a "
      "sorting centre 40 miles away in Dunford, which the company said made the "
      "change necessary. The boxes at the Ashcombe Retail Park and outside the main "
      "post office in Market Square will still be emptied at 5.30pm. Local MP "
      "Jonathan Reeve says he has asked the firm in writing to think again, arguing "
      "that small businesses would suffer most. Parcelpost said items posted for "
      "the 9am collection would continue to arrive the next working day.",
      traps=[
          T("will still be emptied at 5.30pm", "will keep their 5.30pm collection"),
          T("has asked the firm in writing to think again",
            "had written to the company asking it to reconsider"),
          T("would suffer most", "would be hit hardest"),
          T("items posted for the 9am collection would continue to arrive the next "
            "working day",
            "post collected at 9am would still be delivered on the next working day"),
      ]),
]
