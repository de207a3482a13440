"""set145 cases 1-10 (hand-written; all names invented)."""
from ._helpers import C, E, OM, T

CASES = [
    # 1 -------------------------------------------------------------
    C("gene bank seed vault", "translation",
      "The Nordvik Seed Vault on the island of Skarholmen received its largest "
      "single deposit in six years on Wednesday, when 14,200 seed samples arrived "
      "from gene banks in eleven countries. The samples, packed in 38 sealed boxes, "
      "were carried into the mountain tunnel by staff and stored at minus 18 "
      "degrees Celsius. Vault coordinator Ingrid Solbakk said the shipment included "
      "barley and bean varieties that exist nowhere else outside their home "
      "collections. The depositing institutions keep ownership of the seeds and are "
      "the only ones allowed to withdraw them. A further delivery, mainly of wild "
      "relatives of wheat, is planned for the autumn, although the date has not yet "
      "been fixed, Solbakk added.",
      "A total of 14,200 seed samples from gene banks in 11 countries were deposited "
      "at the Nordvik Seed Vault on Skarholmen island on Wednesday, the biggest "
      "single delivery the facility has taken in six years. Staff carried the 38 "
      "sealed crates into the tunnel in the mountain, where the seeds are kept at "
      "-18°C. According to Ingrid Solbakk, who coordinates the vault, the "
      "consignment contained varieties of barley and beans that are found nowhere "
      "but in the collections they came from. Ownership of the seeds stays with the "
      "institutions that deposited them, and only they may take them out again. "
      "Another shipment, consisting mostly of wild wheat relatives, is scheduled for "
      "the autumn, but no date has been set yet, she said.",
      traps=[
          T("in 11 countries", "in eleven countries"),
          T("-18°C", "minus 18 degrees Celsius"),
          T("the biggest single delivery the facility has taken in six years",
            "its largest single deposit in six years"),
          T("only they may take them out again",
            "are the only ones allowed to withdraw them"),
          T("no date has been set yet", "the date has not yet been fixed"),
      ]),
    # 2 -------------------------------------------------------------
    C("waterfall viewing platform", "rewrite",
      "A new viewing platform at Carrow Force waterfall will open to the public on "
      "3 May, a fortnight later than originally planned, Dunmere District Council "
      "has confirmed. The steel and timber structure, which juts 6 metres out over "
      "the gorge, cost £412,000, of which £250,000 came from the Upland Access Fund. "
      "Work was held up in February after engineers found that two of the anchor "
      "points needed to be moved because of loose rock. Councillor Helen Marsh, who "
      "chairs the council's environment committee, said the platform would be free "
      "to use and open from dawn to dusk. Dogs will be allowed on leads, but the "
      "council said it would not permit cycling on the approach path.",
      "Dunmere District Council has confirmed that the new viewing platform at "
      "Carrow Force waterfall will open to visitors on 3 May, two weeks behind the "
      "original schedule. Work was delayed in February, when engineers discovered "
      "loose rock and concluded that two of the anchor points would have to be "
      "moved. The timber-and-steel platform projects six metres over the gorge and "
      "cost £412,000, with the Upland Access Fund contributing £250,000 of that sum. "
      "There will be no charge to use it, and it will be open between dawn and dusk, "
      "according to Councillor Helen Marsh, chair of the council's environment "
      "committee. Dogs on leads will be welcome, though the council says cycling on "
      "the approach path will not be permitted.",
      traps=[
          T("two weeks behind the original schedule",
            "a fortnight later than originally planned"),
          T("six metres", "6 metres"),
          T("with the Upland Access Fund contributing £250,000 of that sum",
            "of which £250,000 came from the Upland Access Fund"),
          T("There will be no charge to use it", "the platform would be free to use"),
      ]),
    # 3 -------------------------------------------------------------
    C("toy museum move", "rewrite",
      "The Pellbridge Toy Museum will close its doors on Castle Street on 31 August "
      "and reopen next spring in the former Corn Exchange, trustees announced on "
      "Monday. The move will give the museum roughly three times as much gallery "
      "space, allowing around 2,400 objects to go on display, compared with about "
      "900 now. The collection of more than 11,000 items, including dolls' houses, "
      "tin trains and board games dating back to the 1820s, will be packed and "
      "transported by a specialist firm over six weeks. Chair of trustees Malcolm "
      "Ferris said the £1.6 million project had been funded largely by a heritage "
      "grant and private donations. Admission prices are not expected to change.",
      "Trustees of the Pellbridge Toy Museum said on Monday that it will leave its "
      "Castle Street home on 31 August and reopen in the old Corn Exchange next "
      "spring. The new building offers about three times the gallery space, meaning "
      "some 2,400 objects can be shown instead of roughly 900 today. A specialist "
      "firm will spend six weeks packing and moving the collection's 1,100-plus "
      "items, which include dolls' houses, tin trains and board games from as far "
      "back as the 1820s. According to chair of trustees Malcolm Ferris, the £1.6m "
      "project was paid for mostly through a heritage grant and private donations. "
      "Ticket prices are expected to stay the same.",
      errors=[E("1,100-plus", "number", "major", "more than 11,000")],
      traps=[
          T("about three times the gallery space",
            "roughly three times as much gallery space"),
          T("£1.6m", "£1.6 million"),
          T("Ticket prices are expected to stay the same",
            "Admission prices are not expected to change"),
      ]),
    # 4 -------------------------------------------------------------
    C("waterbus service", "summary",
      "A waterbus service linking Harwick Quay with the Saltmarsh retail park will "
      "begin on 1 June, Riverlink Transport has announced. Two electric boats, each "
      "carrying up to 60 passengers, will run every 20 minutes between 7am and 7pm "
      "on weekdays, and every half hour at weekends. A single fare will cost £2.50, "
      "with children under 12 travelling free. The company said the 25-minute trip "
      "would be quicker than the bus at peak times, when the journey by road can "
      "take more than 40 minutes. The service is being funded for an initial "
      "two-year trial by the regional transport authority, which will decide in 2027 "
      "whether to extend it. Riverlink managing director Aisha Coombe said cycles "
      "would be carried free of charge.",
      "Riverlink Transport will launch an electric waterbus between Harwick Quay and "
      "the Saltmarsh retail park on 1 June, running every 20 minutes from 7am to 7pm "
      "on weekdays and half-hourly at weekends. A single costs £2.50, with under-12s "
      "and bikes travelling free. Riverlink says the 25-minute trip will be faster "
      "than the bus at rush hour, when the road journey can take over 40 minutes. "
      "The regional transport authority is funding a two-year trial and will decide "
      "in 2027 whether to extend it.",
      traps=[
          T("half-hourly", "every half hour"),
          T("under-12s", "children under 12"),
          T("faster than the bus at rush hour", "quicker than the bus at peak times"),
          T("over 40 minutes", "more than 40 minutes"),
      ]),
    # 5 -------------------------------------------------------------
    C("gold coin hoard inquest", "rewrite",
      "A hoard of 73 gold coins found by a metal detectorist in a field near Ashby "
      "Thorne has been declared treasure at an inquest in Lowfield. Senior coroner "
      "Patricia Quayle heard that the coins, most of them struck in the "
      "mid-fourteenth century, were discovered in March last year by retired "
      "engineer Derek Holt. Experts from the county museum service told the hearing "
      "the coins had probably been buried in a cloth purse around 1360, as fragments "
      "of fabric were found in the soil. The Lowfield Museum has said it hopes to "
      "acquire the hoard once it has been valued by an independent committee. Any "
      "reward will be shared equally between Mr Holt and the landowner.",
      "An inquest in Lowfield has ruled that 73 gold coins unearthed by a metal "
      "detectorist in a field close to Ashby Thorne are treasure. Retired engineer "
      "Derek Holt found the hoard in March last year, senior coroner Patricia Quayle "
      "was told; most of the coins were struck in the mid-1300s. Because scraps of "
      "fabric were recovered from the soil, specialists from the county museum "
      "service said the coins were likely buried in a cloth purse in about 1360. The "
      "Lowfield Museum hopes to buy the hoard after an independent committee has "
      "valued it, and any reward will be split 50-50 between Mr Holt and the owner "
      "of the land.",
      traps=[
          T("mid-1300s", "mid-fourteenth century"),
          T("were likely buried", "had probably been buried"),
          T("in about 1360", "around 1360"),
          T("split 50-50", "shared equally"),
      ]),
    # 6 -------------------------------------------------------------
    C("typhoon relief flights", "translation",
      "Military cargo planes flew 16 relief missions on Saturday to islands cut off "
      "by Typhoon Marel, carrying a total of 48 tonnes of rice, drinking water and "
      "tarpaulins, the Disaster Coordination Council said. Most of the flights "
      "landed at the airstrip in San Lorenzo on the island of Batalan, where the "
      "storm destroyed around 2,000 homes. Two helicopters were also used to reach "
      "villages in the mountains that cannot be accessed by road. Council "
      "spokeswoman Carmela Reyes-Tan said that 310 people were still staying in "
      "evacuation centres in the town of Santa Ines and that electricity had been "
      "restored in only a third of the affected municipalities. Further flights are "
      "planned for Sunday if the weather allows.",
      "On Saturday military transport aircraft made 16 relief flights to islands "
      "isolated by Typhoon Marel, delivering 84 tonnes of rice, drinking water and "
      "tarpaulins in all, according to the Disaster Coordination Council. Most of "
      "the aircraft touched down on the airstrip at Santa Ines, on Batalan, where "
      "roughly 2,000 houses were destroyed by the typhoon. Mountain villages with no "
      "road access were reached using two helicopters. Council spokeswoman Carmela "
      "Reyes-Tan said 310 people remained in evacuation centres in Santa Ines and "
      "power had been restored in just one-third of the municipalities hit. If the "
      "weather permits, more flights are scheduled for Sunday.",
      errors=[
          E("84 tonnes", "number", "major", "48 tonnes"),
          E("Santa Ines", "entity", "major", "San Lorenzo", occ=0),
      ],
      traps=[
          T("just one-third", "only a third"),
          T("If the weather permits", "if the weather allows"),
      ]),
    # 7 -------------------------------------------------------------
    C("bollard installation", "rewrite",
      "Kingsmere Borough Council will install 14 steel bollards across the entrance "
      "to Market Row from next Monday to stop vehicles entering the pedestrian zone "
      "during trading hours. The work, which follows a request from the Kingsmere "
      "Traders' Association, is expected to take three weeks and will cost £38,000. "
      "The bollards will be supplied by Arden Street Furniture and installed by the "
      "council's contractor, Hallam Civils. Delivery vehicles will still be able to "
      "use the street before 10am, when two of the bollards will be lowered by "
      "council staff. The council's highways manager, Owen Pryce, said the decision "
      "came after a van mounted the pavement outside the library in January, "
      "narrowly missing a pushchair. Blue badge holders will be given access via a "
      "rear lane off Tanner Street.",
      "From next Monday, Kingsmere Borough Council will put 14 steel bollards across "
      "the Market Row entrance to keep vehicles out of the pedestrian zone. The "
      "scheme, requested by the Kingsmere Traders' Association, should take three "
      "weeks and cost £38,000. Hallam Civils will supply the bollards and Arden "
      "Street Furniture, the council's contractor, will install them. Council staff "
      "will lower two of the bollards before 10am so that deliveries can still get "
      "through. Highways manager Owen Pryce said the decision followed an incident "
      "in January in which a van mounted the pavement outside the library and "
      "narrowly missed a pushchair. Blue badge holders will have access from a rear "
      "lane off Tanner Street.",
      errors=[
          OM("keep vehicles out of the pedestrian zone", "during trading hours",
             "major"),
          E("Hallam Civils will supply the bollards and Arden Street Furniture, the "
            "council's contractor, will install", "role", "major",
            "supplied by Arden Street Furniture and installed by the council's "
            "contractor, Hallam Civils"),
      ],
      traps=[
          T("requested by the Kingsmere Traders' Association",
            "follows a request from the Kingsmere Traders' Association"),
          T("should take three weeks", "is expected to take three weeks"),
      ]),
    # 8 -------------------------------------------------------------
    C("pylon route consultation", "summary",
      "Grid company Voltaris has opened a ten-week public consultation on three "
      "possible routes for a new 400kV overhead line between the Brackley Fen "
      "substation and the coast at Salter's Point. The company says the line, which "
      "would run for about 58 kilometres and require roughly 160 pylons, is needed "
      "to carry power from offshore wind farms due to come online by 2031. Route B, "
      "its preferred option, would avoid the Hollins Valley area of outstanding "
      "natural beauty but pass within 300 metres of the village of Ewerby. Campaign "
      "group Wires Underground said it would press for the cables to be buried, "
      "which Voltaris estimates would cost about five times as much. Drop-in events "
      "will be held in eight villages, starting on 14 October.",
      "Voltaris has opened a ten-week consultation on three possible routes for a "
      "new 400kV overhead line of about 58km, with some 106 pylons, from the "
      "Brackley Fen substation to the coast at Salter's Point. It says the line is "
      "needed to bring in power from offshore wind farms due online by 2031. Its "
      "favoured route would avoid the Hollins Valley area of outstanding natural "
      "beauty but pass within 300 metres of Ewerby. Campaigners want the cables "
      "buried, which Voltaris estimates would cost roughly five times as much.",
      errors=[E("106 pylons", "number", "major", "160 pylons")],
      traps=[
          T("about 58km", "about 58 kilometres"),
          T("favoured route", "preferred option"),
          T("roughly five times as much", "about five times as much"),
      ]),
    # 9 -------------------------------------------------------------
    C("sea wall breach", "rewrite",
      "Around 40 homes in the village of Marsham Staithe were evacuated on Thursday "
      "night after a 25-metre section of sea wall was breached during a storm surge, "
      "the Coastal Defence Agency said. Water reached a depth of up to half a metre "
      "in some streets, but no injuries were reported. Engineers sealed the gap "
      "temporarily with 600 sandbags and rock-filled bags by early Friday morning. "
      "The agency's area manager, Ruth Calloway, said a permanent repair would "
      "probably take at least four months and that the wall, built in 1953, had been "
      "due for reinforcement in 2026. Residents were allowed back into their homes "
      "on Friday afternoon, except for six properties that remain unsafe.",
      "A storm surge breached a 25m stretch of sea wall at Marsham Staithe on "
      "Thursday night, and about 40 homes in the village were evacuated, the Coastal "
      "Defence Agency said. Although some streets were flooded to a depth of as much "
      "as 50cm, nobody was reported hurt. By the early hours of Friday, engineers had "
      "plugged the gap with 600 sandbags and rock-filled bags as a temporary "
      "measure. Fixing the wall permanently is likely to take no less than four "
      "months, area manager Ruth Calloway said, adding that the 1953 structure had "
      "been scheduled for strengthening in 2026. On Friday afternoon residents were "
      "allowed to return to all but six properties, which remain unsafe.",
      traps=[
          T("25m stretch", "25-metre section"),
          T("as much as 50cm", "up to half a metre"),
          T("nobody was reported hurt", "no injuries were reported"),
          T("is likely to take no less than four months",
            "would probably take at least four months"),
          T("the 1953 structure", "the wall, built in 1953"),
      ]),
    # 10 ------------------------------------------------------------
    C("milk round revival", "rewrite",
      "A doorstep milk delivery service has returned to the town of Brindle after an "
      "absence of almost 20 years. Local dairy farmer Joanna Fell, 34, began the "
      "round last month with an electric float and now delivers to 320 households "
      "three mornings a week. Milk is sold in returnable glass bottles, which are "
      "collected, washed and reused at the family's farm at Oxhey. Ms Fell said "
      "demand had surprised her and that she had not needed to advertise, with most "
      "customers signing up through word of mouth. She plans to add eggs and butter "
      "from neighbouring farms in the spring but said she had no plans to expand "
      "beyond Brindle for now.",
      "Brindle once again has a doorstep milk delivery service, nearly two decades "
      "after the last one disappeared. Local dairy farmer Joanna Fell, 34, launched "
      "the round last month using an electric float, and she now delivers to 320 "
      "households three mornings a week. The milk comes in returnable glass bottles, "
      "which are collected and then washed and reused at her family's farm at Oxhey. "
      "Ms Fell said demand had surprised her and that she had needed to advertise, "
      "with most customers signing up through word of mouth. From the spring she "
      "intends to add eggs and butter from neighbouring farms, but she said she was "
      "not looking to expand beyond Brindle for the time being.",
      errors=[E("had needed to advertise", "polarity", "major",
                "had not needed to advertise")],
      traps=[
          T("nearly two decades after the last one disappeared",
            "after an absence of almost 20 years"),
          T("for the time being", "for now"),
      ]),
]
