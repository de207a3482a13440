"""Cases 21-30 of set162 (hand-written; all names invented)."""
from .common import C, E, T

CASES = [
    # 21 --------------------------------------------------------------- rewrite, inconsistent
    C("bike hire scheme collapse", "rewrite",
      """Pedalo Share, the company that ran Farrowgate's public bike hire scheme, has gone into
      administration, leaving 1,400 bikes locked at 160 docking stations across the city. Administrators
      from the firm Grant Holloway said the company had struggled with high repair costs after a wave of
      vandalism and had lost money in each of its four years of operation. Customers with annual
      memberships, about 9,000 people, are being told they are unlikely to get refunds. Farrowgate City
      Council, which paid Pedalo Share £600,000 a year to run the scheme, said it hoped to find a new
      operator within six months and would look at whether the bikes could be bought from the
      administrators.""",
      """Farrowgate's public bike hire operator, Pedalo Share, has collapsed into administration, and its
      1,400 bikes are now locked up at 160 docking stations around the city. According to administrators
      Grant Holloway, the company never turned a profit in its four years and was hit by heavy repair
      bills following a spate of vandalism. All 45 of its staff have been made redundant. About 9,000
      annual members are being warned that refunds are unlikely. The city council, which paid Pedalo
      Share £600,000 a year to operate the scheme, said it hoped to have a new operator in place within
      six months and would consider buying the bikes from the administrators.""",
      errors=[
          E("All 45 of its staff have been made redundant.", "addition", "major", None),
      ],
      traps=[
          T("never turned a profit in its four years", "had lost money in each of its four years of operation"),
          T("a spate of vandalism", "a wave of vandalism"),
          T("refunds are unlikely", "they are unlikely to get refunds"),
      ]),

    # 22 --------------------------------------------------------------- translation, consistent
    C("plantain smuggling", "translation",
      """Customs officers at the border crossing of Puerto Salinas seized 38 tonnes of plantains hidden in
      two lorries that were declared as carrying construction sand, the national customs service
      reported on Sunday. The fruit, worth about 95,000 dollars, was bound for markets on the other side
      of the border, where plantain prices have tripled since a plant disease destroyed much of the local
      harvest. The two drivers, aged 41 and 56, were arrested and will appear before a judge on Tuesday.
      According to customs, it is the largest seizure of its kind this year. The plantains will be
      donated to food banks after being inspected by health officials.""",
      """On Sunday the national customs agency reported that its officers at the Puerto Salinas crossing
      had found 38 tonnes of plantains concealed in two trucks whose papers said they were transporting
      building sand. The cargo, valued at around 95,000 dollars, was heading for markets across the
      border, where the price of plantains has risen threefold since a crop disease wiped out a large
      part of the harvest there. Both drivers, aged 41 and 56, were detained and are due to go before a
      judge on Tuesday. Customs says no larger seizure of this type has been made this year. Once health
      inspectors have checked the fruit, it will be given to food banks.""",
      traps=[
          T("whose papers said they were transporting building sand", "declared as carrying construction sand"),
          T("risen threefold", "tripled"),
          T("no larger seizure of this type has been made this year", "the largest seizure of its kind this year"),
          T("Once health inspectors have checked the fruit", "after being inspected by health officials"),
      ]),

    # 23 --------------------------------------------------------------- rewrite, consistent
    C("brewery water dispute", "rewrite",
      """Hartwell Brewery and the water company Aquaris have settled a two-year dispute over the brewery's
      use of a private borehole in the village of Upper Stanton. Aquaris had claimed that the brewery was
      drawing so much water that it reduced pressure in the village supply, and had sought to limit
      extraction to 150,000 litres a day. Under the agreement, announced on Friday, the brewery will cut
      its daily extraction from about 240,000 to 180,000 litres and pay for a pressure monitor on the
      village main. In return, Aquaris has dropped its legal action. Neither side admitted fault. Brewery
      managing director Fiona Kettle said the deal protected 85 jobs, while Aquaris said it would review
      the monitor data after 12 months.""",
      """A two-year row between Hartwell Brewery and water supplier Aquaris over the brewery's private
      borehole in Upper Stanton has been resolved. Aquaris, which had argued that the brewery's heavy
      pumping was lowering water pressure for the village and had wanted extraction capped at 150,000
      litres a day, has withdrawn its legal action under the settlement announced on Friday. In exchange,
      the brewery will reduce the amount it draws each day from roughly 240,000 litres to 180,000 and fund
      a pressure monitor on the village main. No admission of fault was made by either party. According
      to managing director Fiona Kettle, the agreement safeguards 85 jobs; Aquaris said it would look
      again at the monitoring data in a year's time.""",
      traps=[
          T("A two-year row", "a two-year dispute"),
          T("has withdrawn its legal action", "has dropped its legal action"),
          T("No admission of fault was made by either party", "Neither side admitted fault"),
          T("in a year's time", "after 12 months"),
      ]),

    # 24 --------------------------------------------------------------- summary, inconsistent
    C("gold bar smuggling", "summary",
      """A jeweller from the port city of Maresca has been jailed for six years for organising a scheme to
      smuggle gold bars through Varna International Airport. The court heard that Luca Ferrant, 52,
      recruited an airline cabin worker, Dario Venzi, to carry the bars through a staff entrance,
      bypassing customs checks. Over eight months, the pair moved 140 kilograms of gold worth an
      estimated €8 million. Venzi, 34, who pleaded guilty and gave evidence against Ferrant, received a
      suspended sentence of two years. The scheme was uncovered when a security guard noticed that
      Venzi's bag was unusually heavy. Judge Paola Serrin said Ferrant had 'exploited a younger man's
      financial difficulties'.""",
      """A Maresca jeweller, Luca Ferrant, has been jailed for six years over a gold smuggling scheme at
      Varna International Airport. The court was told he had been recruited by airline cabin worker
      Dario Venzi, who carried the bars through a staff entrance to avoid customs. The pair moved 140kg
      of gold, worth an estimated €8m, over eight months. Venzi, who pleaded guilty and testified against
      Ferrant, was given a two-year suspended sentence.""",
      errors=[
          E("he had been recruited by airline cabin worker Dario Venzi", "role", "critical",
            "Luca Ferrant, 52, recruited an airline cabin worker, Dario Venzi"),
      ],
      traps=[
          T("140kg", "140 kilograms"),
          T("€8m", "€8 million"),
          T("testified against Ferrant", "gave evidence against Ferrant"),
      ]),

    # 25 --------------------------------------------------------------- rewrite, inconsistent
    C("school breakfast club cuts", "rewrite",
      """Free breakfast clubs at 34 primary schools in the Ellsworth district will run on three days a week
      instead of five from September, under plans approved by the council's cabinet on Tuesday to save
      £1.2 million. About 2,600 children currently attend the clubs, which open at 7.45am. Council leader
      Graham Stoke said the decision was 'painful but unavoidable' after a fall in central government
      funding. Head teachers have written to the council warning that some pupils arrive at school hungry
      and that attendance could suffer. Schools will be allowed to keep clubs open on the other two days
      if they can find sponsors or volunteers. A petition calling for the cuts to be reversed has gathered
      more than 5,000 signatures.""",
      """From September, free breakfast clubs in 34 Ellsworth primary schools will open three days a week
      rather than five, under plans put forward by the council's cabinet on Tuesday to save £1.2m. Around
      2,600 pupils currently use the clubs, which start at 7.45am. Council leader Graham Stoke described
      the move as 'painful but unavoidable', blaming reduced funding from central government. In a letter
      to the council, head teachers warned that some children come to school hungry and that attendance
      might suffer. Where schools can find sponsors or volunteers, they will be permitted to run the clubs
      on the remaining two days. More than 5,000 people have signed a petition demanding that the cuts be
      reversed.""",
      errors=[
          E("put forward", "event", "major", "approved"),
      ],
      traps=[
          T("£1.2m", "£1.2 million"),
          T("In a letter to the council, head teachers warned", "Head teachers have written to the council warning"),
          T("attendance might suffer", "attendance could suffer"),
      ]),

    # 26 --------------------------------------------------------------- translation, inconsistent
    C("phone battery rules", "translation",
      """From 2027, smartphones sold in the Republic of Ostland must have batteries that users can replace
      themselves with ordinary tools, the parliament decided on Thursday. The law, passed with a large
      majority, also requires manufacturers to supply spare batteries for at least seven years after a
      model goes off sale. Consumer minister Helga Brandt said the rules would save households money and
      cut electronic waste, which in Ostland amounts to around 22 kilograms per person per year. The
      industry association Digitalverband criticised the short transition period and warned that phones
      could become thicker. Devices that are waterproof to a certain standard will be exempt until
      2029.""",
      """Parliament in Ostland voted on Thursday that, starting in 2027, every smartphone sold in the
      country must have a battery that owners can change themselves using standard tools. The
      legislation, which won broad support, also obliges manufacturers to keep replacement batteries
      available for a minimum of seven years after a model is withdrawn from sale. According to Consumer
      Minister Helga Brandt, households will save money and there will be less electronic waste, of which
      each Ostlander produces roughly 22 kilos a year. She acknowledged that phones could end up thicker.
      The industry association Digitalverband has gone to court over the short transition period. Phones
      meeting a particular waterproofing standard are exempt until 2029.""",
      errors=[
          E("She acknowledged", "attribution", "major", "The industry association Digitalverband"),
          E("has gone to court over", "event", "major", "criticised"),
      ],
      traps=[
          T("which won broad support", "passed with a large majority"),
          T("a minimum of seven years", "at least seven years"),
          T("roughly 22 kilos a year", "around 22 kilograms per person per year"),
      ]),

    # 27 --------------------------------------------------------------- rewrite, consistent
    C("charger standard", "rewrite",
      """All new laptops, tablets and phones sold in the Federation of Arland will have to use a common
      USB-C charging port from 1 July next year, the Standards Board announced on Monday. Devices that draw
      more than 100 watts, such as some gaming laptops, will be exempt. Manufacturers must also offer
      customers the option of buying a device without a charger in the box. The board estimates that the
      measure will cut charger waste by about 1,100 tonnes a year and save consumers 38 million dollars
      annually. Board chair Ruth Okafor said the rule was 'about convenience as much as the environment'.
      Retailers will be allowed to sell existing stock with older connectors for six months after the
      deadline.""",
      """From 1 July next year, any new phone, tablet or laptop on sale in the Federation of Arland must
      have a standard USB-C charging socket, according to an announcement by the Standards Board on
      Monday. Devices needing over 100 watts of power, including certain gaming laptops, are excluded.
      Buyers must also be given the choice of a device sold without a charger in the box. By the board's
      estimate, the rule will reduce charger waste by around 1,100 tonnes and save consumers $38m each
      year. Ruth Okafor, who chairs the board, said the rule was 'about convenience as much as the
      environment'. Shops will have a six-month window after the deadline to clear existing stock that
      uses older connectors.""",
      traps=[
          T("a standard USB-C charging socket", "a common USB-C charging port"),
          T("are excluded", "will be exempt"),
          T("$38m each year", "38 million dollars annually"),
          T("Ruth Okafor, who chairs the board", "Board chair Ruth Okafor"),
          T("a six-month window after the deadline", "for six months after the deadline"),
      ]),

    # 28 --------------------------------------------------------------- summary, consistent
    C("gallery ceiling collapse", "summary",
      """Part of a plaster ceiling collapsed at the Redcliffe Gallery in Thornbury on Sunday evening, about
      an hour after the building had closed to the public. No one was injured. The falling plaster
      damaged three paintings in the gallery's Victorian room, one of them seriously, the gallery said.
      Director Simon Achebe said the cause was thought to be a leak from a roof gutter that had gone
      unnoticed during recent heavy rain. The gallery, which attracts around 150,000 visitors a year, will
      stay closed for at least two weeks while structural engineers inspect the other rooms. The damaged
      paintings have been moved to a conservation studio. Thornbury Council, which owns the building,
      said repairs to the roof had been scheduled for next spring.""",
      """A section of plaster ceiling fell in at Thornbury's Redcliffe Gallery on Sunday evening, an hour
      or so after closing time, injuring nobody but damaging three paintings, one badly. A gutter leak
      that went unnoticed during heavy rain is believed to be to blame, according to the director. The
      gallery will be shut for a minimum of two weeks while engineers check the other rooms.""",
      traps=[
          T("fell in", "collapsed"),
          T("an hour or so after closing time", "about an hour after the building had closed to the public"),
          T("one badly", "one of them seriously"),
          T("is believed to be to blame", "the cause was thought to be"),
          T("a minimum of two weeks", "at least two weeks"),
      ]),

    # 29 --------------------------------------------------------------- rewrite, inconsistent
    C("iceberg towing plan", "rewrite",
      """A consortium led by the engineering firm Polaris Marine has unveiled a plan to tow a small iceberg
      from the Southern Ocean to the coast of the drought-hit state of Kerrindah, where it would be melted
      to supply drinking water. A trial voyage, using two tugs and a fabric skirt to slow melting, could
      take place in 2028, the company said. The journey of about 9,000 kilometres would take around 90
      days. Polaris chief executive Mark Delaney said one iceberg could supply a city of 400,000 people
      for a year, and that the consortium would seek approval from environmental regulators before
      looking for investors. Scientists at Kerrindah University said the plan was technically possible
      but questioned its cost, estimated at $150 million for the trial alone.""",
      """Engineering firm Polaris Marine is leading a consortium that wants to tow a small iceberg from the
      Southern Ocean to the coast of Kerrindah, a state hit by drought, and melt it for drinking water.
      According to the company, a trial trip could happen in 2028, with two tugs pulling the ice and a
      fabric skirt to slow its melting. The roughly 9,000-kilometre voyage would last about three months.
      Chief executive Mark Delaney said a single iceberg could keep a city of 400,000 supplied for 12
      months, adding that the consortium would look for investors before seeking approval from
      environmental regulators. Researchers at Kerrindah University said the idea was technically
      feasible but raised doubts about the price, put at $150m for the trial on its own.""",
      errors=[
          E("would look for investors before seeking approval from environmental regulators", "date", "major",
            "would seek approval from environmental regulators before looking for investors"),
      ],
      traps=[
          T("about three months", "around 90 days"),
          T("for 12 months", "for a year"),
          T("$150m for the trial on its own", "$150 million for the trial alone"),
      ]),

    # 30 --------------------------------------------------------------- translation, consistent
    C("pedicab regulation", "translation",
      """From 1 May, pedicab operators in the city of Lindhaven will need a municipal licence, and the
      number of licences will be limited to 120, the city council decided on Wednesday. Drivers must be at
      least 18, pass a test of their knowledge of the city and display fixed prices on their vehicles.
      Pedicabs will also be banned from the pedestrian zone around the cathedral between 11am and 6pm.
      Alderman Pieter Gaalman said there had been many complaints from tourists who were charged
      excessive fares, sometimes more than 80 euros for a short trip. The pedicab drivers' association
      said it supported the licences but considered the cap of 120 too low, since about 200 pedicabs
      currently operate in the city.""",
      """The Lindhaven city council ruled on Wednesday that, as of 1 May, anyone running a pedicab in the
      city will require a permit from the municipality, with no more than 120 permits issued. Riders will
      have to be 18 or older, pass an exam on local knowledge and show fixed fares on the vehicle. In
      addition, pedicabs may not enter the pedestrian area around the cathedral from 11 in the morning
      until 6 in the evening. According to alderman Pieter Gaalman, numerous tourists had complained
      about being overcharged, in some cases paying over 80 euros for a brief ride. The association
      representing pedicab riders backs the permits but thinks a ceiling of 120 is too low, given that
      roughly 200 pedicabs are now working in the city.""",
      traps=[
          T("no more than 120 permits issued", "the number of licences will be limited to 120"),
          T("18 or older", "at least 18"),
          T("from 11 in the morning until 6 in the evening", "between 11am and 6pm"),
          T("roughly 200 pedicabs", "about 200 pedicabs"),
      ]),
]
