"""Cases 1-10 of set162 (hand-written; all names invented)."""
from .common import C, E, T

CASES = [
    # 1 ---------------------------------------------------------------- rewrite, consistent
    C("sculpture damage by visitor", "rewrite",
      """A visitor to the Halvern Museum of Art broke two fingers off a marble sculpture on Saturday
      afternoon after climbing onto its plinth to take a photograph, the museum said on Monday. The
      statue, a 19th-century figure titled 'The Ferrywoman' by sculptor Ottilie Brandmeyer, had been on
      display since 1962. Staff cleared the east gallery for about 40 minutes while security officers
      spoke to the man, who was later released without charge. Conservator Dana Whitlow said the fingers
      had been recovered intact and could probably be reattached, although the repair was expected to
      take up to three months. The gallery will reopen on Wednesday, but the sculpture will remain off
      view until the work is complete. The museum said it was reviewing whether to install barriers
      around free-standing works.""",
      """The Halvern Museum of Art said on Monday that a man had snapped two fingers off one of its marble
      sculptures on Saturday afternoon, having climbed onto the plinth to take a photo. The piece,
      Ottilie Brandmeyer's 19th-century 'The Ferrywoman', had been on show since 1962. The east gallery
      was cleared for roughly 40 minutes as security officers spoke with the visitor; he was
      subsequently released without charge. According to conservator Dana Whitlow, the broken fingers
      were recovered in one piece and can probably be reattached, though restoration is expected to last
      as long as three months. While the gallery reopens on Wednesday, the statue will stay out of
      public view until the repair is finished. The museum is also reviewing whether free-standing works
      should be protected with barriers.""",
      traps=[
          T("snapped two fingers off", "broke two fingers off"),
          T("roughly 40 minutes", "about 40 minutes"),
          T("recovered in one piece", "recovered intact"),
          T("as long as three months", "up to three months"),
          T("stay out of public view", "remain off view"),
      ]),

    # 2 ---------------------------------------------------------------- rewrite, inconsistent
    C("archive document theft", "rewrite",
      """Police in Westmarch are investigating the theft of 14 letters from the county record office,
      where staff discovered on 3 March that a folder of 18th-century correspondence had been emptied.
      The letters, written by the shipowner Elias Corrow to his agents in Lisbon, are valued at about
      £60,000 in total. Detective Sergeant Priya Hollins said the thief was most likely a registered
      reader, because the folder was kept in a closed reading room that can be entered only with a swipe
      card. Around 200 people have been issued cards in the past year. The record office has suspended
      access to the room and is checking every other folder in the Corrow collection. It has asked
      auction houses and dealers to report any letters bearing Corrow's signature.""",
      """Fourteen letters have been stolen from Westmarch's county record office, and police are
      investigating. Staff found on 3 March that a folder of 18th-century correspondence had been
      emptied. Written by shipowner Elias Corrow to his agents in Lisbon, the letters are worth about
      £60,000 each. According to Detective Sergeant Priya Hollins, the culprit was most likely a
      registered reader, since the folder was held in a closed reading room accessible only by swipe
      card; around 200 people have received cards over the past year. Access to the room has been
      suspended while the office checks every other folder. Auction houses and dealers have been asked
      to report any letters that carry Corrow's signature.""",
      errors=[
          E("about £60,000 each", "number", "major", "about £60,000 in total"),
          E("", "omission", "major", "in the Corrow collection", after="checks every other folder"),
      ],
      traps=[
          T("Fourteen letters", "14 letters"),
          T("accessible only by swipe card", "can be entered only with a swipe card"),
      ]),

    # 3 ---------------------------------------------------------------- summary, consistent
    C("cable car commuter line", "summary",
      """The Torrevale cable car, the city's first aerial line built for daily commuters rather than
      tourists, will open to passengers on 12 June, transport authority TransVale announced on Thursday.
      The 3.2-kilometre line links the hillside district of San Elmo with the central rail station,
      cutting a bus journey of around 35 minutes to 11 minutes. Its 60 cabins, each carrying up to ten
      people, will run every 30 seconds at peak times. A single ride will cost the same as a bus ticket,
      and monthly passes will be valid on both. The project cost 148 million euros, about 20 million
      more than budgeted, after high winds delayed construction of two of the five towers last winter.
      TransVale expects around 18,000 trips a day within the first year.""",
      """Torrevale's commuter cable car opens on 12 June, linking hillside San Elmo to the
      central rail station in 11 minutes instead of roughly 35 by bus. Cabins will leave every
      half-minute at peak times and fares will match bus tickets. The €148m line came in about €20m over
      budget after winds held up tower work, and transport authority TransVale is forecasting some 18,000
      daily trips in its first year.""",
      traps=[
          T("every half-minute", "every 30 seconds"),
          T("€148m", "148 million euros"),
          T("about €20m over budget", "about 20 million more than budgeted"),
          T("some 18,000 daily trips", "around 18,000 trips a day"),
      ]),

    # 4 ---------------------------------------------------------------- translation, consistent
    C("champagne label dispute", "translation",
      """A commercial court in Ostrava del Monte has ordered the cider maker Bodegas Irazu to withdraw
      all bottles whose labels describe its sparkling cider as 'the champagne of the north'. The ruling,
      issued on Tuesday, follows a complaint filed in 2022 by the Federation of Sparkling Wine
      Producers, which argued that the phrase exploited the reputation of a protected name. The company
      has two months to relabel its stock, estimated at 90,000 bottles, and must pay the federation
      45,000 euros in legal costs. Irazu's director, Maite Lasarte, said the firm would appeal, calling
      the decision 'disproportionate for a family business'. The court rejected the federation's request
      for damages, finding no evidence of lost sales.""",
      """Bodegas Irazu, a cider producer, must take off the market every bottle labelled with the slogan
      'champagne of the north', a commercial court in Ostrava del Monte ruled on Tuesday. The ruling
      came in response to a complaint lodged in 2022 by the Federation of Sparkling Wine Producers,
      which maintained that the expression took advantage of the prestige of a protected designation.
      The firm has a two-month deadline to change the labels on an estimated 90,000 bottles and has been
      ordered to cover the federation's legal costs of €45,000. Maite Lasarte, who runs the company,
      announced an appeal, describing the verdict as 'out of proportion for a family firm'. The
      federation's claim for compensation was thrown out, as the court found no proof that sales had
      been lost.""",
      traps=[
          T("take off the market every bottle", "withdraw all bottles"),
          T("took advantage of the prestige", "exploited the reputation"),
          T("€45,000", "45,000 euros"),
          T("Maite Lasarte, who runs the company", "Irazu's director, Maite Lasarte"),
          T("thrown out", "rejected"),
      ]),

    # 5 ---------------------------------------------------------------- rewrite, inconsistent
    C("uranium enrichment deal", "rewrite",
      """The state energy company of Veldoria has signed a ten-year agreement under which Corvane
      Nuclear, a private enrichment firm based in Brelsk, will supply enriched uranium fuel for
      Veldoria's two reactors at Ostrin. The contract, worth an estimated $2.3bn, was signed in the
      capital on Friday by Veldoria's energy minister, Tomas Rell, and Corvane's chief executive, Anika
      Sorvald. Under the deal, Corvane will enrich uranium to no more than 5% for civilian use, and all
      shipments will be monitored by international inspectors. Veldoria currently buys most of its fuel
      from a single foreign supplier, and officials said the agreement was intended to reduce that
      dependence. The first deliveries are scheduled for 2027.""",
      """Veldoria's state energy company will supply enriched uranium fuel to Corvane Nuclear, a private
      enrichment firm based in Brelsk, under a ten-year agreement covering the country's two reactors at
      Ostrin. Energy minister Tomas Rell and Corvane chief executive Anika Sorvald put their names to the
      contract, estimated to be worth $2.3 billion, in the capital on Friday. Enrichment will be capped
      at 5% for civilian purposes, and international inspectors will monitor every shipment. Officials
      said the deal was meant to cut Veldoria's reliance on the single foreign supplier from which it
      currently buys most of its fuel. Deliveries are due to begin in 2027.""",
      errors=[
          E("Veldoria's state energy company will supply enriched uranium fuel to Corvane Nuclear",
            "role", "critical",
            "Corvane Nuclear, a private enrichment firm based in Brelsk, will supply enriched uranium "
            "fuel for Veldoria's two reactors"),
      ],
      traps=[
          T("$2.3 billion", "$2.3bn"),
          T("capped at 5%", "no more than 5%"),
          T("Deliveries are due to begin in 2027", "The first deliveries are scheduled for 2027"),
      ]),

    # 6 ---------------------------------------------------------------- rewrite, consistent
    C("witness protection breach", "rewrite",
      """The home address of a protected witness was disclosed to a defence lawyer in a batch of court
      papers, the Justice Ministry of Carravel confirmed on Wednesday. The witness, who is due to give
      evidence against members of the Dusk Road gang in a trial starting next month, has been moved to a
      new location with his family. A ministry spokesperson, Lena Fardy, said the error occurred when a
      clerk at the regional court in Pellham failed to redact a single page of a 400-page bundle. There
      was no indication that the information had been passed on, she said, but police had increased
      protection as a precaution. The ministry has ordered an independent review of how sensitive
      documents are handled at all 11 regional courts. The clerk has been suspended pending the
      outcome.""",
      """Carravel's Justice Ministry confirmed on Wednesday that court papers sent to a defence lawyer had
      revealed where a protected witness lived. The man, who is set to testify against Dusk Road gang
      members at a trial opening next month, has been relocated along with his family. According to
      ministry spokesperson Lena Fardy, one page in a 400-page bundle was left unredacted by a clerk at
      the Pellham regional court. She said there was no sign the details had gone any further, although
      police had stepped up protection as a precaution. An independent review has been ordered into the
      handling of sensitive documents across all 11 regional courts, and the clerk has been suspended
      until it concludes.""",
      traps=[
          T("revealed where a protected witness lived", "The home address of a protected witness was disclosed"),
          T("set to testify against", "due to give evidence against"),
          T("one page in a 400-page bundle was left unredacted", "failed to redact a single page of a 400-page bundle"),
          T("stepped up protection", "increased protection"),
          T("suspended until it concludes", "suspended pending the outcome"),
      ]),

    # 7 ---------------------------------------------------------------- summary, inconsistent
    C("fast fashion levy", "summary",
      """Lawmakers in Norvessa approved a levy on ultra-cheap clothing on Tuesday, making it the first
      country in the region to tax so-called fast fashion. From January, retailers will pay 2 crowns for
      every garment sold below 15 crowns, rising to 5 crowns per garment in 2028. The revenue, forecast
      at 90 million crowns a year, will fund textile recycling centres. The bill was proposed by the
      Green League and passed by 104 votes to 61, with the centre-right Unity Party abstaining. Online
      platforms that ship directly from abroad will also be covered. Mira Ostlund, head of the
      retailers' association Handelsforum, warned that prices would rise for low-income families, while
      the environment minister, Jakob Brenn, said the levy would 'put a price on waste'.""",
      """Norvessa has become the first country in its region to tax fast fashion, after parliament backed
      a levy proposed by the Unity Party by 104 votes to 61. From January retailers, including overseas
      online platforms, will pay a 5-crown charge on each garment sold below 15 crowns, with the expected
      90 million crowns a year going to textile recycling centres. The retail lobby warned of higher
      prices for poorer households.""",
      errors=[
          E("the Unity Party", "entity", "major", "the Green League"),
          E("a 5-crown charge", "number", "major", "2 crowns"),
      ],
      traps=[
          T("overseas online platforms", "Online platforms that ship directly from abroad"),
          T("poorer households", "low-income families"),
      ]),

    # 8 ---------------------------------------------------------------- rewrite, consistent
    C("deer collision hotspot", "rewrite",
      """A 6-kilometre stretch of the B412 between Ashcombe and Lower Fenwick has been identified as the
      county's worst hotspot for collisions with deer, with 37 recorded in the past 12 months. Harlow
      County Council said it would install motion-activated warning signs and reduce the speed limit on
      the stretch from 60mph to 50mph for a trial period of six months, beginning on 1 October. Most of
      the collisions happened between dusk and midnight in October and November, when deer are most
      active during the rutting season. No one was killed, but four drivers were taken to hospital.
      Councillor Ruth Ambley said fencing had been considered but rejected because it would push deer
      onto other roads.""",
      """With 37 deer collisions recorded over the last 12 months, a six-kilometre section of the B412
      linking Ashcombe and Lower Fenwick has been named the county's worst hotspot. From 1 October,
      Harlow County Council says, the limit on the stretch will drop from 60mph to 50mph for a six-month
      trial, and motion-activated warning signs will go up. The majority of the crashes took place
      between dusk and midnight in October and November, during the rut, when deer move about most. Four
      drivers were taken to hospital, though nobody died. Fencing was looked at but ruled out, Councillor
      Ruth Ambley said, because it would drive deer onto other roads.""",
      traps=[
          T("six-kilometre section", "6-kilometre stretch"),
          T("during the rut, when deer move about most", "when deer are most active during the rutting season"),
          T("though nobody died", "No one was killed"),
          T("looked at but ruled out", "considered but rejected"),
      ]),

    # 9 ---------------------------------------------------------------- translation, inconsistent
    C("insulin pump trial", "translation",
      """A clinical trial of an automated insulin pump for children with type 1 diabetes will begin on 2
      September at four hospitals in the Lusara region, the regional health agency announced on Monday.
      The device, developed by the local firm Medivance, adjusts insulin doses every five minutes based
      on readings from a sensor worn on the arm. About 120 children aged between six and 14 will take
      part over 18 months. Agency director Carla Menotti said that if the results were positive, the pump
      could be offered free of charge to all children with the condition in the region from 2027.
      Parents' associations welcomed the trial but asked that families outside the four participating
      hospitals also be allowed to apply.""",
      """Lusara's regional health agency said on Monday that four hospitals in the region will start
      testing an automatic insulin pump on children with type 1 diabetes on 9 February. Made by
      Medivance, a company based in the region, the device reads data from a sensor on the child's arm
      and recalculates the insulin dose every five minutes. Around 120 patients between the ages of six
      and 14 will be enrolled for a year and a half. If the results are good, the pump will be provided
      free to every child in the region with the disease from 2027, said Carla Menotti, who heads the
      agency. Parents' groups welcomed the study, but asked that children treated at other hospitals be
      able to apply as well.""",
      errors=[
          E("on 9 February", "date", "major", "on 2 September"),
          E("will be provided free", "modality", "major", "could be offered free of charge"),
      ],
      traps=[
          T("for a year and a half", "over 18 months"),
          T("who heads the agency", "Agency director"),
      ]),

    # 10 --------------------------------------------------------------- rewrite, inconsistent
    C("average speed zone", "rewrite",
      """An average speed camera zone covering nine miles of the A37 coast road will go live at 6am on
      Monday 14 April, Southmere Roads Partnership said. Cameras at five points will calculate each
      vehicle's average speed between them, replacing two fixed cameras at which drivers were known to
      brake sharply before speeding up again. The limit on the route will remain 50mph. The partnership
      said there had been 23 serious collisions on the road in the past five years, three of them fatal.
      It said there would be no grace period, and drivers caught speeding from the first day would face
      prosecution, with fines starting at £100 and three penalty points. The £820,000 cost of the cameras
      was met by a government road safety grant.""",
      """Average speed cameras will be switched on along nine miles of the A37 coast road at 6pm on Monday
      14 April, according to Southmere Roads Partnership. Five camera points will work out how fast each
      vehicle travels on average between them, taking the place of two fixed cameras where motorists
      tended to brake hard and then accelerate away. The 50mph limit is unchanged. In the last five years
      the road has seen 23 serious crashes, three of which killed someone. There will be a grace period,
      the partnership said, before drivers caught speeding face prosecution, with a minimum penalty of a
      £100 fine and three points. A government road safety grant covered the £820,000 bill for the
      cameras.""",
      errors=[
          E("at 6pm", "date", "minor", "at 6am"),
          E("There will be a grace period", "polarity", "major", "there would be no grace period"),
      ],
      traps=[
          T("The 50mph limit is unchanged", "The limit on the route will remain 50mph"),
          T("three of which killed someone", "three of them fatal"),
      ]),
]
