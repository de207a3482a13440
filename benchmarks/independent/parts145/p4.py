"""set145 cases 31-40 (hand-written; all names invented)."""
from ._helpers import C, E, OM, T

CASES = [
    # 31 ------------------------------------------------------------
    C("lifeboat station rebuild", "rewrite",
      "Work to rebuild the lifeboat station at Cresswick Harbour will begin in "
      "September after the charity that runs it secured the final £300,000 of the "
      "£2.4 million cost. The Coastal Lifeboat Trust said the new building would "
      "include a larger boathouse for the station's all-weather lifeboat, a "
      "training room and changing facilities for its 28 volunteer crew. During the "
      "14-month construction period, the lifeboat will be kept on a mooring in the "
      "harbour and the crew will operate from temporary cabins on the quay. Station "
      "manager Graham Petch said the current building, which dates from 1931, was "
      "no longer big enough for modern boats. The crew launched 52 times last year.",
      "The Coastal Lifeboat Trust has raised the last £300,000 needed for the £2.4m "
      "rebuild of Cresswick Harbour lifeboat station, allowing work to start in "
      "September. The charity said the new building would include a larger "
      "boathouse for the all-weather lifeboat, a training room and changing "
      "facilities for the station's 28 volunteer crew members. While the 14-month "
      "construction work is under way, the lifeboat will lie on a harbour mooring "
      "and the crew will operate from temporary cabins on the quay. According to "
      "station manager Graham Petch, the existing building, dating from 1931, can "
      "no longer accommodate modern boats. Last year the crew launched on 52 "
      "occasions.",
      traps=[
          T("has raised the last £300,000 needed", "secured the final £300,000"),
          T("£2.4m", "£2.4 million"),
          T("can no longer accommodate modern boats",
            "was no longer big enough for modern boats"),
          T("launched on 52 occasions", "launched 52 times"),
      ]),
    # 32 ------------------------------------------------------------
    C("mural removal row", "summary",
      "A mural celebrating the history of Tollgate Market is to be painted over "
      "after the building's new owners said it was damaging the brickwork, "
      "prompting protests from local artists. The 20-metre artwork, painted in 2011 "
      "by a group of young people led by artist Dee Okafor, shows market traders "
      "from the past 100 years. Harrowfield Estates, which bought the building in "
      "January, said a survey had found damp caused by the paint and that removal "
      "was necessary before the wall could be repaired. More than 2,000 people have "
      "signed a petition to save the mural. Ms Okafor said she would be willing to "
      "repaint it on new panels fixed to the wall, and the company said it was open "
      "to discussing that idea.",
      "Harrowfield Estates, which leased the Tollgate Market building in January, "
      "plans to paint over a 20-metre mural of market traders created in 2011 by "
      "young people led by artist Dee Okafor, saying a survey found the paint was "
      "causing damp in the brickwork. Local artists have protested and more than "
      "2,000 people have signed a petition to keep it. Ms Okafor has offered to "
      "repaint it on new panels fixed to the wall, an idea the company says it is "
      "open to discussing, though the council has already ruled it out.",
      errors=[
          E("leased", "event", "major", "bought"),
          E("though the council has already ruled it out", "addition", "major"),
      ],
      traps=[
          T("an idea the company says it is open to discussing",
            "the company said it was open to discussing that idea"),
      ]),
    # 33 ------------------------------------------------------------
    C("parish council election", "rewrite",
      "Voters in the parish of Upper Stanwick will go to the polls on 2 May for the "
      "first contested parish council election in 16 years, after nine candidates "
      "stood for seven seats. In every election since 2008, the number of "
      "candidates has been equal to or lower than the number of seats, meaning "
      "councillors were elected unopposed. The contest follows a dispute over plans "
      "to sell part of the village recreation ground for housing, which the current "
      "council supports. Four of the candidates are standing on a joint platform "
      "opposing the sale. Polling will take place at the village hall from 7am to "
      "10pm. The parish has around 1,450 registered voters.",
      "Nine candidates are competing for seven seats on Upper Stanwick Parish "
      "Council, meaning that on 2 May the parish will hold its first contested "
      "election for 16 years. Since 2008 there have never been more candidates than "
      "seats, so councillors have always been returned unopposed. The contest comes "
      "after a row over proposals, backed by the sitting council, to sell the "
      "village recreation ground for housing. Four candidates are campaigning "
      "together against the sale. The polling station at the village hall will be "
      "open between 7am and 10pm, and about 1,450 people are registered to vote in "
      "the parish.",
      errors=[OM("to sell", "part of", "major")],
      traps=[
          T("there have never been more candidates than seats",
            "the number of candidates has been equal to or lower than the number of "
            "seats"),
          T("backed by the sitting council", "which the current council supports"),
          T("campaigning together against the sale",
            "standing on a joint platform opposing the sale"),
      ]),
    # 34 ------------------------------------------------------------
    C("airport noise curfew", "translation",
      "Night flights at Lindenfeld Airport will be banned between 11pm and 6am from "
      "next summer under a ruling by the administrative court in Hessberg, which "
      "upheld a complaint by local residents. The airport had previously been "
      "allowed up to 14 landings a night during those hours. Airport operator "
      "Lindenfeld Flughafen GmbH said it would examine the judgment and could "
      "appeal to a higher court. Exceptions will apply to emergency flights and mail "
      "planes. The residents' group Ruhige Nächte, which brought the case in 2021, "
      "said it was relieved. According to the operator, around 600 jobs at cargo "
      "companies could be at risk.",
      "The administrative court in Hessberg has ruled in favour of a complaint "
      "brought by residents, meaning that from next summer no flights will be "
      "permitted at Lindenfeld Airport from 11pm to 6am. Until now up to 14 landings "
      "a night had been allowed in that period. Lindenfeld Flughafen GmbH, which "
      "operates the airport, said it would study the ruling and would appeal to a "
      "higher court. Emergency flights and mail planes are exempt. Ruhige Nächte, "
      "the residents' group that filed the lawsuit in 2021, said it felt relieved. "
      "Until now up to 14 landings a night had been allowed in that period. The "
      "operator says roughly 600 jobs at cargo firms may be under threat.",
      errors=[
          E("would appeal", "modality", "major", "could appeal"),
          E("Until now up to 14 landings a night had been allowed in that period.",
            "repetition", "minor", occ=1),
      ],
      traps=[
          T("filed the lawsuit in 2021", "brought the case in 2021"),
          T("may be under threat", "could be at risk"),
      ]),
    # 35 ------------------------------------------------------------
    C("clock museum theft", "translation",
      "Thieves broke into the clock museum in Sankt Ueli overnight from Saturday to "
      "Sunday and stole eleven pocket watches from the 18th and 19th centuries, "
      "cantonal police said. The perpetrators entered the building through a window "
      "on the ground floor after disabling part of the alarm system. A cleaner "
      "discovered the break-in on Sunday morning at around 7am. According to museum "
      "director Regula Imhof, the stolen watches are worth an estimated 250,000 "
      "francs, but their historical value is far greater. Two display cases "
      "containing clocks from the museum's founding collection were not touched. "
      "Police are asking anyone who noticed anything unusual near the museum during "
      "the night to get in touch.",
      "Eleven pocket watches dating from the 1700s and 1800s were stolen from the "
      "clock museum in Sankt Ueli during the night of Saturday to Sunday, according "
      "to the cantonal police. After putting part of the alarm system out of "
      "action, the burglars got in through a ground-floor window. The break-in was "
      "discovered by a cleaner at about seven o'clock on Sunday morning. Museum "
      "director Regula Imhof estimates the value of the stolen watches at 250,000 "
      "francs, though she says their historical worth is much higher. Two display "
      "cases holding clocks from the museum's original collection were left "
      "untouched. Police have appealed for anyone who saw anything unusual close to "
      "the museum overnight to contact them.",
      traps=[
          T("the 1700s and 1800s", "the 18th and 19th centuries"),
          T("After putting part of the alarm system out of action",
            "after disabling part of the alarm system"),
          T("at about seven o'clock on Sunday morning",
            "on Sunday morning at around 7am"),
          T("estimates the value of the stolen watches at 250,000 francs",
            "the stolen watches are worth an estimated 250,000 francs"),
          T("much higher", "far greater"),
      ]),
    # 36 ------------------------------------------------------------
    C("rag rug workshop", "rewrite",
      "A series of free rag rug workshops will be held at Brackenfield Library this "
      "winter as part of a project to keep old clothes out of landfill. The "
      "sessions, run by textile artist Moira Quinn, will take place on the first "
      "and third Wednesday of each month from November to February, from 2pm to "
      "4pm. Participants will learn traditional proggy and hooky techniques using "
      "donated fabric, and all tools will be provided. Places are limited to 12 per "
      "session and must be booked through the library. The project is funded by a "
      "£4,500 grant from the Brackenfield Community Fund. Organisers said no "
      "previous sewing experience was needed.",
      "This winter Brackenfield Library will host a series of rag rug workshops, at "
      "no cost to participants, as part of a project to stop old clothes ending up "
      "in landfill. Textile artist Moira Quinn will lead the two-hour sessions, "
      "which start at 2pm on the first and third Wednesdays of every month from "
      "November to February. Using donated fabric, participants will be taught the "
      "traditional proggy and hooky techniques, with all equipment supplied. Each "
      "session can take a maximum of 12 people, and places have to be reserved via "
      "the library. A £4,500 grant from the Brackenfield Community Fund is paying "
      "for the project. According to the organisers, no sewing experience is "
      "required.",
      traps=[
          T("at no cost to participants", "free"),
          T("the two-hour sessions, which start at 2pm", "from 2pm to 4pm"),
          T("with all equipment supplied", "all tools will be provided"),
          T("a maximum of 12 people", "limited to 12 per session"),
          T("have to be reserved via the library", "must be booked through the library"),
      ]),
    # 37 ------------------------------------------------------------
    C("pigeon culling plan", "translation",
      "The city of Castelmora has dropped a plan to cull pigeons in its historic "
      "centre after protests from animal welfare groups, the deputy mayor for the "
      "environment, Franco Ruggeri, announced on Friday. Instead, the city will "
      "install 25 dovecotes where the birds' eggs will be replaced with dummy eggs, "
      "a method intended to reduce the population gradually over several years. "
      "The council estimates that around 8,000 pigeons live in the old town and "
      "that cleaning droppings from monuments costs about 120,000 euros a year. "
      "Feeding pigeons in the historic centre will remain prohibited, with fines of "
      "up to 500 euros.",
      "Following protests by animal welfare organisations, Castelmora has put off "
      "its plan to cull the pigeons in the historic centre, Franco Ruggeri, the "
      "deputy mayor responsible for the environment, said on Friday. The city will "
      "instead set up 25 dovecotes in which the birds' eggs will be swapped for fake "
      "ones, an approach designed to bring numbers down gradually over a number of "
      "years. According to council estimates, some 8,000 pigeons inhabit the old "
      "town, and removing their droppings from monuments costs roughly €120,000 a "
      "year. It will still be forbidden to feed pigeons in the historic centre, and "
      "offenders can be fined as much as €500.",
      errors=[E("put off", "event", "major", "dropped")],
      traps=[
          T("swapped for fake ones", "replaced with dummy eggs"),
          T("roughly €120,000", "about 120,000 euros"),
          T("as much as €500", "up to 500 euros"),
      ]),
    # 38 ------------------------------------------------------------
    C("student loan interest", "summary",
      "The interest rate charged on undergraduate student loans will fall from 7.3 "
      "percent to 6.1 percent on 1 September, the Student Loans Office has "
      "announced. The rate is set each year using the retail price index for March, "
      "plus up to three percentage points depending on the borrower's income. "
      "Graduates earning below the repayment threshold of £28,470 a year will "
      "continue to make no repayments. The Department for Further Education said "
      "around 2.8 million borrowers would benefit from the reduction. The National "
      "Union of Graduates welcomed the cut but said the rate remained higher than "
      "most mortgage rates and called for a cap of 5 percent.",
      "Undergraduate student loan interest will drop from 7.3% to 6.1% on 1 "
      "September, the Student Loans Office says. The rate tracks March's consumer "
      "price index plus up to three points, depending on income. About 2.8 million "
      "borrowers will benefit, according to the education department; a graduates' "
      "union welcomed the cut but wants a 5% cap, saying the rate still exceeds most "
      "mortgage rates.",
      errors=[E("consumer price index", "entity", "major", "retail price index")],
      traps=[
          T("7.3% to 6.1%", "7.3 percent to 6.1 percent"),
          T("a 5% cap", "a cap of 5 percent"),
          T("still exceeds most mortgage rates",
            "remained higher than most mortgage rates"),
      ]),
    # 39 ------------------------------------------------------------
    C("lorry driver rest areas", "rewrite",
      "Six new rest areas for lorry drivers will open along the A47 corridor by the "
      "end of 2026, the Regional Roads Agency has announced. Each site will have at "
      "least 40 parking bays, toilets, showers and hot food, and all will be lit and "
      "covered by CCTV. The £18 million scheme follows complaints from hauliers that "
      "drivers were being forced to park in lay-bys and on industrial estates "
      "because existing truck stops were full by early evening. The first site, at "
      "Kelsey Bridge, is due to open next April. The Freight Operators' Association "
      "welcomed the plans but said they would not meet demand on their own.",
      "The Regional Roads Agency says six new lorry driver rest areas will be opened "
      "on the A47 corridor before the end of 2026. All six will be lit and "
      "monitored by CCTV, and each will offer toilets, showers, hot food and a "
      "minimum of 40 parking bays. Hauliers had complained that drivers were having "
      "to park in lay-bys and on industrial estates because existing truck stops "
      "filled up by late evening, prompting the £18m scheme. Kelsey Bridge will be "
      "the first site to open, next April. The Freight Operators' Association "
      "welcomed the plans and said they would be enough on their own to meet "
      "demand.",
      errors=[
          E("late evening", "date", "minor", "early evening"),
          E("would be enough on their own to meet demand", "polarity", "critical",
            "would not meet demand on their own"),
      ],
      traps=[
          T("before the end of 2026", "by the end of 2026"),
          T("a minimum of 40 parking bays", "at least 40 parking bays"),
          T("£18m", "£18 million"),
      ]),
    # 40 ------------------------------------------------------------
    C("ski resort snow cannons", "summary",
      "The ski resort of Hochwiesen will install 120 new snow cannons before the "
      "start of next season, enabling it to cover all 35 kilometres of its pistes "
      "with artificial snow for the first time. The 9.5 million euro investment "
      "will be shared between the lift company and the regional government, which "
      "is contributing 40 percent. A new reservoir holding 180,000 cubic metres of "
      "water will be built above the village to supply the cannons. Lift company "
      "director Markus Steindl said the resort could no longer rely on natural "
      "snowfall below 1,500 metres. Environmental group Alpenwacht criticised the "
      "project, saying it would increase water and energy consumption at a time of "
      "climate change.",
      "Hochwiesen will install 120 snow cannons before next season so that all 35km "
      "of its pistes can be covered with artificial snow for the first time. The "
      "regional government is paying 40% of the €9.5m cost and the lift company the "
      "rest; a new 180,000 cubic-metre reservoir above the village will supply the "
      "water. The lift company says natural snow can no longer be relied on below "
      "1,500 metres, while environmentalists object to the extra water and energy "
      "use.",
      traps=[
          T("all 35km", "all 35 kilometres"),
          T("paying 40%", "contributing 40 percent"),
          T("€9.5m", "9.5 million euro"),
          T("natural snow can no longer be relied on",
            "could no longer rely on natural snowfall"),
      ]),
]
