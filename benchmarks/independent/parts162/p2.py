"""Cases 11-20 of set162 (hand-written; all names invented)."""
from .common import C, E, T

CASES = [
    # 11 --------------------------------------------------------------- rewrite, consistent
    C("hockey pitch surface", "rewrite",
      """Brackley Park Hockey Club will replace its sand-based artificial pitch with a water-based surface
      this summer after securing a £450,000 grant from the national sports fund, the club announced. The
      new surface, required for matches in the top two divisions from next season, will allow the club's
      women's first team to stay in the Premier Division, where it finished fourth last season. Work is
      due to start on 9 June and take ten weeks, meaning the pitch should be ready before the season
      opens in late August. The club will contribute a further £80,000 from its own reserves. Chairman
      Neil Osgood said that without the upgrade the team would have been forced to play home matches 30
      miles away in Dunmore.""",
      """A £450,000 award from the national sports fund will let Brackley Park Hockey Club swap its
      sand-based artificial pitch for a water-based one this summer, the club has said. Water-based
      surfaces become compulsory for matches in the top two divisions next season, so the upgrade means
      the women's first team, fourth in the Premier Division last season, can remain in that league. The
      club is putting in another £80,000 of its own money. Building work is scheduled to begin on 9 June
      and last ten weeks, so the pitch should be finished before the new season starts towards the end of
      August. Without it, chairman Neil Osgood said, the team would have had to play its home games in
      Dunmore, 30 miles away.""",
      traps=[
          T("swap its sand-based artificial pitch for a water-based one",
            "replace its sand-based artificial pitch with a water-based surface"),
          T("putting in another £80,000 of its own money", "contribute a further £80,000 from its own reserves"),
          T("scheduled to begin on 9 June", "due to start on 9 June"),
          T("towards the end of August", "in late August"),
      ]),

    # 12 --------------------------------------------------------------- translation, consistent
    C("tachograph fraud", "translation",
      """Transport inspectors in the Dravonia province have uncovered a scheme in which lorry drivers used
      magnets to interfere with their vehicles' tachographs, allowing them to drive for longer than the
      law permits. During a three-week operation in October, inspectors checked 640 heavy goods vehicles
      and found manipulated devices in 37 of them. Most of the lorries belonged to two haulage firms
      based in the town of Kresno. The drivers face fines of up to 2,000 zlotys each, while the companies
      could be fined as much as 50,000 zlotys. The head of the inspectorate, Marek Zielny, said tired
      drivers were 'a danger to everyone on the road' and announced further checks on the main transit
      routes in the coming months.""",
      """In the province of Dravonia, road transport inspectors have exposed a practice of fitting magnets
      to tachographs so that drivers could stay behind the wheel for longer than the rules allow. In
      October, over three weeks, the inspectors examined 640 lorries and discovered tampered recorders in
      37. The majority of the vehicles were owned by two haulage companies from Kresno. Each driver risks
      a fine of up to 2,000 zlotys, and the firms face penalties of up to 50,000 zlotys. Marek Zielny,
      who leads the inspectorate, warned that exhausted drivers posed 'a threat to all road users' and
      said more inspections would follow on the major transit corridors over the coming months.""",
      traps=[
          T("tampered recorders in 37", "manipulated devices in 37 of them"),
          T("owned by two haulage companies from Kresno", "belonged to two haulage firms based in the town of Kresno"),
          T("Each driver risks a fine of up to 2,000 zlotys", "The drivers face fines of up to 2,000 zlotys each"),
          T("who leads the inspectorate", "The head of the inspectorate"),
          T("a threat to all road users", "a danger to everyone on the road"),
      ]),

    # 13 --------------------------------------------------------------- summary, consistent
    C("roundabout redesign", "summary",
      """The Kingsgate roundabout in Marlow Heath will be redesigned as a 'Dutch-style' junction with a
      separate circular cycle lane and priority crossings for pedestrians, Marlow Heath Borough Council
      confirmed after a public consultation. Of the 1,240 people who responded, 62% supported the plan.
      The roundabout, used by about 28,000 vehicles a day, has been the scene of 19 collisions involving
      cyclists since 2019. Construction is expected to begin in January and last around seven months,
      during which one lane will remain open in each direction. The £3.6 million cost will be met largely
      by a national active travel grant, with the council paying £400,000. Some local businesses had
      objected that the work would disrupt deliveries.""",
      """After a consultation in which just over three in five of the 1,240 respondents backed the idea,
      Marlow Heath's Kingsgate roundabout is to become a Dutch-style junction with its own circular cycle
      lane and pedestrian priority crossings. The junction, which carries some 28,000 vehicles daily,
      has seen 19 crashes involving cyclists since 2019. Roughly seven months of work, mostly funded by a
      national grant, is expected to start in January, with a lane kept open each way.""",
      traps=[
          T("just over three in five", "62%"),
          T("some 28,000 vehicles daily", "about 28,000 vehicles a day"),
          T("19 crashes involving cyclists", "19 collisions involving cyclists"),
          T("mostly funded by a national grant", "met largely by a national active travel grant"),
          T("with a lane kept open each way", "one lane will remain open in each direction"),
      ]),

    # 14 --------------------------------------------------------------- rewrite, inconsistent
    C("charging point vandalism", "rewrite",
      """More than 60 electric vehicle charging points in Greyford have been put out of action in the past
      month after vandals cut their cables, apparently to steal the copper inside. ChargeWay, which
      operates most of the city's public chargers, said repairs would cost about £90,000 and could take
      up to six weeks. Its operations director, Sunil Mather, said the company might install CCTV at the
      worst-affected sites. Greyford Police said they were investigating 14 reports and had made one
      arrest, a 31-year-old man who has been released on bail. Drivers' group Plug In Greyford said some
      members had been left unable to charge their cars near home and called on the council to speed up
      the installation of on-street chargers.""",
      """Vandals have disabled more than 60 charging points for electric cars in Greyford over the
      past month, cutting through the cables, apparently for the copper. ChargeWay, which runs most of
      the city's public chargers, put the repair bill at about £90,000 and said the work could take as
      long as six weeks. Sunil Mather, its operations director, said CCTV would be installed at the
      worst-hit sites. Police are investigating 14 reports and have arrested a 31-year-old man, who has
      been bailed. The operator also urged the council to speed up the roll-out of on-street chargers,
      saying some drivers had been left with nowhere to charge near home.""",
      errors=[
          E("CCTV would be installed", "modality", "major", "the company might install CCTV"),
          E("The operator also urged", "attribution", "major", "Drivers' group Plug In Greyford"),
      ],
      traps=[
          T("put the repair bill at about £90,000", "said repairs would cost about £90,000"),
          T("as long as six weeks", "up to six weeks"),
          T("who has been bailed", "who has been released on bail"),
      ]),

    # 15 --------------------------------------------------------------- summary, inconsistent
    C("software outage at bank", "summary",
      """Customers of Harbourline Bank were unable to use its mobile app or online banking for almost nine
      hours on Friday after a failed software update, the bank said. The outage began at about 7am and
      full service was restored shortly before 4pm. Card payments and cash machines were not affected.
      Harbourline, which has 2.3 million customers, said no data had been lost and no accounts had been
      compromised. Chief executive Olwen Price apologised and said customers who had incurred
      late-payment charges as a result would be reimbursed. The Financial Conduct Office said it was in
      contact with the bank. It was Harbourline's third significant outage this year.""",
      """A botched software update left customers of Harbourline Bank without its app and online banking
      for nearly nine hours on Friday, prompting a wave of complaints on social media, though cards and
      cash machines kept working. The bank said no data was lost or accounts compromised, and promised
      to refund any resulting late-payment charges. The Financial Conduct Office has opened an
      investigation into what was the bank's third major outage of the year.""",
      errors=[
          E("prompting a wave of complaints on social media", "addition", "minor", None),
          E("has opened an investigation", "event", "major", "said it was in contact with the bank"),
      ],
      traps=[
          T("A botched software update", "a failed software update"),
          T("nearly nine hours", "almost nine hours"),
      ]),

    # 16 --------------------------------------------------------------- rewrite, consistent
    C("jockey weight limit", "rewrite",
      """The Valmont Racing Authority will raise the minimum riding weight for flat races by 2lb to 8st 4lb
      from 1 March, in an effort to reduce the number of jockeys resorting to dangerous dieting. The
      authority said a survey of 210 licensed riders found that nearly half had used saunas or skipped
      meals to make weight in the past year. Riders will also be allowed to weigh out with a heavier
      safety vest without penalty. The change was welcomed by the Jockeys' Association, whose chairman,
      Declan Furlong, said it was 'long overdue'. Some trainers have warned that heavier minimum weights
      could make it harder for lightly built apprentices to get rides, although the authority said it
      expected the effect to be small.""",
      """From 1 March, the lowest weight at which a jockey may ride in flat races will go up by 2lb to 8st
      4lb, the Valmont Racing Authority said, as it tries to cut the number of riders turning to risky
      diets. A survey of 210 licensed jockeys found that almost 50% had used saunas or missed meals to
      make the weight during the last 12 months, according to the authority. Riders will also be able to
      weigh out wearing a heavier safety vest without being penalised. Jockeys' Association chairman
      Declan Furlong welcomed the move as 'long overdue'. Certain trainers fear higher minimum weights may
      make it more difficult for slightly built apprentices to secure rides, though the authority expects
      little impact.""",
      traps=[
          T("turning to risky diets", "resorting to dangerous dieting"),
          T("almost 50%", "nearly half"),
          T("during the last 12 months", "in the past year"),
          T("without being penalised", "without penalty"),
          T("expects little impact", "expected the effect to be small"),
      ]),

    # 17 --------------------------------------------------------------- translation, inconsistent
    C("stammering clinic funding", "translation",
      """The only specialist stammering clinic in the Vestmark region will stay open for at least another
      three years after the regional council agreed to fund it, reversing a decision taken last autumn.
      The Taleklinikken in Nordby treats around 300 children and adults a year and had been due to close
      in June when its previous grant from the health ministry ran out. The council will now provide 4.5
      million kroner annually. Clinic manager Ingrid Solheim said staff were 'enormously relieved' and
      that the waiting list, currently eight months, would be the next priority. Patient organisation
      Stamme Forum, which collected 12,000 signatures against the closure, called the decision a victory
      for families.""",
      """Vestmark's only clinic specialising in stammering has been saved for at least three more years
      after the health ministry decided to finance it, overturning a decision from last autumn. The
      Taleklinikken in Nordby, which sees some 300 children and adults each year, was supposed to shut in
      June when its earlier state grant expired. It will now receive 4.5 million kroner a year. Its
      manager, Ingrid Solheim, said the staff felt 'immensely relieved' and that cutting the eight-month
      waiting list would now come first. Stamme Forum, a patients' organisation that gathered 12,000
      signatures against the closure, described the decision as a win for families.""",
      errors=[
          E("the health ministry", "entity", "major", "the regional council"),
      ],
      traps=[
          T("some 300 children and adults each year", "around 300 children and adults a year"),
          T("was supposed to shut in June", "had been due to close in June"),
          T("Its manager, Ingrid Solheim", "Clinic manager Ingrid Solheim"),
      ]),

    # 18 --------------------------------------------------------------- rewrite, inconsistent
    C("rare earth export limit", "rewrite",
      """The government of Tarsenia will cap exports of rare earth oxides at 12,000 tonnes next year, down
      from 19,500 tonnes this year, the ministry of mines announced on Thursday. The ministry said the
      limit was needed to supply a new magnet factory being built near the port of Caldra by the
      state-owned Tarsen Metals, which is due to open in 2026. Tarsenia produces roughly a tenth of the
      world's rare earths. Prices of neodymium oxide rose 6% on the news. The Brelsk-based magnet maker
      Fennick Industries, which buys about a third of Tarsenia's exports, said it was 'assessing the
      impact' and had enough stock for several months. The ministry said export licences would be
      allocated by auction for the first time.""",
      """Tarsenia's ministry of mines said on Thursday that rare earth oxide exports would be limited to
      12,000 tonnes next year, compared with 19,500 tonnes in the current year. Tarsenia produces roughly
      a tenth of the world's rare earths. According to the ministry, the cap is needed to feed a magnet
      plant that Fennick Industries is building near the port of Caldra, due to open in 2026. Neodymium
      oxide prices climbed 6% on the announcement. Brelsk-based Fennick, which takes around one-third of
      Tarsenia's exports, said it was 'assessing the impact' and held several months' worth of stock.
      Tarsenia produces roughly a tenth of the world's rare earths. For the first time, export licences
      will be handed out by auction.""",
      errors=[
          E("Fennick Industries", "entity", "major", "Tarsen Metals"),
          E("Tarsenia produces roughly a tenth of the world's rare earths.", "repetition", "minor", None, occ=1),
      ],
      traps=[
          T("compared with 19,500 tonnes in the current year", "down from 19,500 tonnes this year"),
          T("around one-third", "about a third"),
      ]),

    # 19 --------------------------------------------------------------- rewrite, consistent
    C("antivenom stockpile", "rewrite",
      """Health authorities in the northern province of Kettara have built up a stockpile of 5,000 vials
      of antivenom ahead of the rainy season, when snakebites typically double. The provincial health
      director, Dr Amara Oyelaran, said the vials had been distributed to 42 district hospitals, and each
      would hold at least 80 vials at all times. Last year a shortage forced several clinics to transfer
      patients up to 200 kilometres for treatment, and at least 11 people died. The stock cost about $1.1
      million and was funded jointly by the province and the charity Serpent Aid. Dr Oyelaran urged people
      bitten by snakes to go straight to hospital rather than visit traditional healers, saying that
      delays were the main cause of deaths.""",
      """Ahead of the rainy season, when the number of snakebites usually doubles, health officials in
      Kettara province in the north have stockpiled 5,000 vials of antivenom. They have been sent out to
      42 district hospitals, each of which will keep no fewer than 80 vials in stock at any time,
      according to provincial health director Dr Amara Oyelaran. Last year, a shortage meant several
      clinics had to send patients as far as 200 kilometres away for treatment, and 11 or more people
      died. The province and the charity Serpent Aid shared the roughly $1.1m cost. Dr Oyelaran said
      delays were the leading cause of death and urged anyone bitten by a snake to head directly to
      hospital instead of consulting traditional healers.""",
      traps=[
          T("the number of snakebites usually doubles", "snakebites typically double"),
          T("no fewer than 80 vials in stock at any time", "at least 80 vials at all times"),
          T("as far as 200 kilometres away", "up to 200 kilometres"),
          T("11 or more people died", "at least 11 people died"),
          T("roughly $1.1m", "about $1.1 million"),
      ]),

    # 20 --------------------------------------------------------------- summary, consistent
    C("shooting range noise", "summary",
      """A planning inspector has upheld restrictions on the Hollins Edge shooting range, ruling that
      gunfire may be heard no more than four days a week and never on Sundays. The range, run by
      Northfold Sporting Club, had appealed against conditions imposed by Calder Vale District Council
      last year after residents of nearby Brockwell complained that noise levels had become
      'unbearable'. The club had asked to operate six days a week. The inspector, Hilary Munro, said the
      club's own noise survey showed peak levels of 78 decibels in gardens 400 metres from the range, well
      above the council's guideline of 65 decibels. The club said it was disappointed and would consider
      building earth banks to reduce noise. It employs eight people and has about 900 members.""",
      """An appeal by Northfold Sporting Club against limits on its Hollins Edge shooting range has been
      rejected, so firing remains restricted to a maximum of four days a week, with none on Sundays; the
      club had wanted six. The inspector pointed to the club's own survey, which recorded peaks of 78
      decibels in gardens 400 metres away, well over the council's 65-decibel guideline. The disappointed
      club is considering earth banks to dampen the noise.""",
      traps=[
          T("a maximum of four days a week", "no more than four days a week"),
          T("with none on Sundays", "never on Sundays"),
          T("400 metres away", "400 metres from the range"),
          T("well over the council's 65-decibel guideline", "well above the council's guideline of 65 decibels"),
      ]),
]
