"""Set 158, part 1: ten faithful rewrites (label consistent)."""
from ._helpers import C, T

CASES = [
    C("medieval coin hoard", "rewrite", "consistent",
      "A hoard of 312 silver pennies dating from the reign of King Aldric II has been declared treasure by the coroner for West Marrow, Helen Quaile. The coins were found in a ploughed field near the village of Stenbury last March by two metal detectorists, Owen Tarrant and Liam Fosk, who reported the find to the county finds liaison officer within two days. Experts at the Marrowford Museum believe the coins were buried around 1140, probably during a period of unrest. The museum has said it hopes to acquire the hoard, which has not yet been valued, and any reward will be split equally between the finders and the landowner. An independent committee is expected to set a price by the end of the year.",
      "West Marrow's coroner, Helen Quaile, has ruled that a hoard of 312 silver pennies from the reign of King Aldric II counts as treasure. Metal detectorists Owen Tarrant and Liam Fosk unearthed the coins last March in a ploughed field close to the village of Stenbury, and notified the county finds liaison officer within 48 hours. Specialists at the Marrowford Museum think the pennies went into the ground in about 1140, probably during a spell of unrest. The museum says it hopes to buy the hoard, which is still to be valued; any reward will be divided half-and-half between the landowner and the finders. An independent committee is likely to fix a price before the year is out.",
      traps=[
          T("within 48 hours", "within two days"),
          T("in about 1140", "around 1140"),
          T("which is still to be valued", "which has not yet been valued"),
          T("divided half-and-half between the landowner and the finders", "split equally between the finders and the landowner"),
          T("is likely to fix a price before the year is out", "is expected to set a price by the end of the year"),
      ]),

    C("gas boiler ban", "rewrite", "consistent",
      "New gas boilers will be banned from all newly built homes in the province of Kestrel Vale from 1 January 2027, the provincial housing minister, Dara Penhallow, announced on Monday. Existing boilers in older homes will not have to be removed, but owners who replace a broken boiler after 2030 will have to choose a heat pump or another low-carbon system. The province will offer grants of up to 6,000 crowns per household to cover part of the cost. Builders' federation KVBF warned that the rules could add about 4% to the price of a new house, while Penhallow said the measure would cut the province's household emissions by roughly a fifth by 2035.",
      "Housing minister Dara Penhallow said on Monday that, from the start of 2027, new gas boilers will be banned in all newly built homes across the province of Kestrel Vale. Boilers already installed in older homes can stay in place, but owners who replace a broken boiler after 2030 will have to switch to a heat pump or another low-carbon system. Each household can claim a grant of as much as 6,000 crowns from the province towards part of the cost. The minister said the measure would cut household emissions in the province by around 20% by 2035, while the builders' federation KVBF cautioned that the rules might push up the price of a new house by about 4%.",
      traps=[
          T("from the start of 2027", "from 1 January 2027"),
          T("can stay in place", "will not have to be removed"),
          T("a grant of as much as 6,000 crowns", "grants of up to 6,000 crowns per household"),
          T("around 20%", "roughly a fifth"),
          T("might push up the price of a new house by about 4%", "could add about 4% to the price of a new house"),
      ]),

    C("fairground ride inspection", "rewrite", "consistent",
      "Inspectors from the Harlow Bay Safety Authority closed the Whirlwind, a spinning ride at the Gorseby summer fair, on Saturday evening after finding a cracked weld on one of its arms. Nobody was hurt. The ride's operator, Pellow Amusements, said the fault had been missed during its own check that morning and that the ride would stay shut until a qualified engineer had repaired it. The authority said it had inspected 46 rides at the fair this season and ordered repairs on three of them. Fair organiser Judith Crane said the other attractions would remain open as normal through the bank holiday weekend.",
      "The Whirlwind, a spinning ride at Gorseby's summer fair, was shut down by Harlow Bay Safety Authority inspectors on Saturday evening when they discovered a cracked weld on one of its arms. There were no injuries. Pellow Amusements, which runs the ride, said its own check that morning had missed the fault and that the attraction would remain closed until it had been repaired by a qualified engineer. Of the 46 rides the authority has inspected at the fair this season, three have been ordered to undergo repairs. All the other attractions will stay open as usual over the bank holiday weekend, said Judith Crane, who organises the fair.",
      traps=[
          T("was shut down by Harlow Bay Safety Authority inspectors", "Inspectors from the Harlow Bay Safety Authority closed"),
          T("There were no injuries.", "Nobody was hurt."),
          T("Pellow Amusements, which runs the ride", "The ride's operator, Pellow Amusements"),
          T("three have been ordered to undergo repairs", "ordered repairs on three of them"),
          T("Judith Crane, who organises the fair", "Fair organiser Judith Crane"),
      ]),

    C("clog making workshop", "rewrite", "consistent",
      "A clog making workshop in the market town of Dunmere will reopen next month after an eight-year closure, thanks to an £85,000 grant from the Heritage Crafts Trust. The workshop, founded in 1891 by the Ashworth family, closed in 2016 when its last master clogger, Walter Ashworth, retired. Its new tenant, the social enterprise Sole Revival, plans to train four apprentices over the next three years and to sell around 600 pairs of clogs a year. Trust director Maria Oyelaran said the grant would pay for new machinery and repairs to the roof. Sole Revival has also promised to open the workshop to school visits twice a month.",
      "Dunmere's clog making workshop is to reopen next month, eight years after it closed, helped by an £85,000 grant from the Heritage Crafts Trust. Set up by the Ashworth family in 1891, the workshop shut in 2016 on the retirement of Walter Ashworth, its last master clogger. Sole Revival, the social enterprise moving in as tenant, intends to train four apprentices over the coming three years and aims to sell some 600 pairs a year. The trust's director, Maria Oyelaran, said the money would cover new machinery and roof repairs. Sole Revival has also pledged to welcome school visits twice monthly.",
      traps=[
          T("eight years after it closed", "after an eight-year closure"),
          T("Set up by the Ashworth family in 1891", "founded in 1891 by the Ashworth family"),
          T("on the retirement of Walter Ashworth, its last master clogger", "when its last master clogger, Walter Ashworth, retired"),
          T("some 600 pairs a year", "around 600 pairs of clogs a year"),
          T("twice monthly", "twice a month"),
      ]),

    C("breakwater extension", "rewrite", "consistent",
      "Work on a 240-metre extension to the eastern breakwater at Port Ellery is due to begin in April and take about 18 months, the harbour authority said on Thursday. The £31 million project, two-thirds of which is funded by the regional development bank, is designed to protect the inner harbour from winter storms that have damaged moored boats in four of the last five years. Contractor Brennan Marine will use around 90,000 tonnes of rock quarried at Callow Head. Harbourmaster Tom Ruddle said fishing boats would still be able to use the harbour throughout the works, although the eastern slipway would close for up to six weeks.",
      "Port Ellery's harbour authority announced on Thursday that construction of a 240m extension to the eastern breakwater is due to start in April and should last roughly a year and a half. The regional development bank is providing two-thirds of the money for the £31m scheme, which aims to shield the inner harbour from the winter storms that have damaged moored boats in four of the past five years. About 90,000 tonnes of rock quarried at Callow Head will be used by the contractor, Brennan Marine. The harbour will stay open to fishing boats for the whole of the works, according to harbourmaster Tom Ruddle, though the eastern slipway will be shut for as long as six weeks.",
      traps=[
          T("240m", "240-metre"),
          T("should last roughly a year and a half", "take about 18 months"),
          T("The regional development bank is providing two-thirds of the money for the £31m scheme", "The £31 million project, two-thirds of which is funded by the regional development bank"),
          T("The harbour will stay open to fishing boats for the whole of the works", "fishing boats would still be able to use the harbour throughout the works"),
          T("for as long as six weeks", "for up to six weeks"),
      ]),

    C("ice rink refurbishment", "rewrite", "consistent",
      "The Glenhollow ice rink will close on 3 March for a £4.6 million refurbishment and reopen in time for the winter season in October, Glenhollow Leisure Trust has confirmed. The work will replace the 30-year-old refrigeration plant, which the trust says accounts for almost half of the building's energy bills, and add 200 seats for spectators. The local ice hockey team, the Glenhollow Lynx, will play its home games at Rossford Arena, 25 miles away, during the closure. Chief executive Priya Mandal said the trust had considered shutting the rink permanently but decided to invest after a public consultation in which more than 3,000 people took part.",
      "Glenhollow Leisure Trust has confirmed that the Glenhollow ice rink will shut on 3 March for a £4.6m refurbishment and reopen in time for the winter season in October. The 30-year-old refrigeration plant, which the trust says makes up nearly 50% of the building's energy bills, will be replaced, and 200 extra spectator seats will be added. While the rink is closed, the Glenhollow Lynx ice hockey team will play home fixtures at Rossford Arena, which is 25 miles away. Permanent closure had been considered, chief executive Priya Mandal said, but the trust opted to invest following a public consultation involving over 3,000 people.",
      traps=[
          T("nearly 50%", "almost half"),
          T("200 extra spectator seats", "200 seats for spectators"),
          T("While the rink is closed", "during the closure"),
          T("Permanent closure had been considered, chief executive Priya Mandal said", "Chief executive Priya Mandal said the trust had considered shutting the rink permanently"),
          T("involving over 3,000 people", "in which more than 3,000 people took part"),
      ]),

    C("button factory anniversary", "rewrite", "consistent",
      "Corwen & Hale, the button maker based in the town of Ashby Lees, will mark its 150th anniversary on Saturday with an open day at its original factory on Mill Street. The company was founded in 1875 by brothers Edwin and Samuel Corwen, who were later joined by the engineer Thomas Hale. It now employs 85 people and produces about 40 million buttons a year, mostly for clothing brands in Europe. Managing director Lucy Corwen, the founders' great-great-granddaughter, said a new range made from recycled sea shells would be launched at the open day. Visitors will also be able to see a collection of around 2,000 historic buttons, some of which have never been shown in public.",
      "Ashby Lees button maker Corwen & Hale will celebrate 150 years in business on Saturday by opening its original Mill Street factory to the public. Brothers Edwin and Samuel Corwen set up the company in 1875; the engineer Thomas Hale joined them later. Today the firm has a workforce of 85 and turns out roughly 40m buttons annually, most of them for European clothing brands. At the open day, a new range made from recycled sea shells will be launched, said managing director Lucy Corwen, a great-great-granddaughter of the founders. Around 2,000 historic buttons will also be on display, including some never before shown in public.",
      traps=[
          T("celebrate 150 years in business", "mark its 150th anniversary"),
          T("the engineer Thomas Hale joined them later", "who were later joined by the engineer Thomas Hale"),
          T("has a workforce of 85", "employs 85 people"),
          T("roughly 40m buttons annually", "about 40 million buttons a year"),
          T("most of them for European clothing brands", "mostly for clothing brands in Europe"),
      ]),

    C("boathouse fire", "rewrite", "consistent",
      "A fire destroyed the boathouse of the Linmouth Rowing Club early on Sunday, along with 14 racing boats worth an estimated £250,000. Firefighters were called at 3.40am and took nearly four hours to bring the blaze under control. No one was in the building at the time. Police said the cause was not yet known but that they were not treating the fire as suspicious. Club captain Rachel Obi said members were devastated, but that training would continue using boats lent by neighbouring clubs. The club, which has about 220 members, hopes to rebuild on the same site within two years.",
      "Linmouth Rowing Club's boathouse burned down early on Sunday, and 14 racing boats, valued at around £250,000, were lost with it. Fire crews, called out at 3.40am, needed almost four hours to get the blaze under control. The building was empty when the fire broke out. The cause has yet to be established, police said, but the fire is not being treated as suspicious. Members of the roughly 220-strong club were devastated, according to captain Rachel Obi, though training will carry on in boats borrowed from neighbouring clubs. The club hopes to rebuild on the same site within two years.",
      traps=[
          T("valued at around £250,000", "worth an estimated £250,000"),
          T("The building was empty when the fire broke out.", "No one was in the building at the time."),
          T("has yet to be established", "was not yet known"),
          T("roughly 220-strong club", "which has about 220 members"),
          T("boats borrowed from neighbouring clubs", "boats lent by neighbouring clubs"),
      ]),

    C("lottery grant refusal", "rewrite", "consistent",
      "The Brackwater Community Lottery Fund has turned down an application for £120,000 from the Old Chapel Arts Centre in Eastwick, saying the bid did not show how the centre would cover its running costs after the grant ran out. The centre had hoped to use the money to install a lift and accessible toilets. Its chair, Naveen Sood, called the decision 'deeply disappointing' and said the board would submit a revised application in the autumn. The fund said it had received 412 applications this year and had been able to support fewer than one in five. It added that the centre was welcome to reapply and that advisers were available to help.",
      "An application by Eastwick's Old Chapel Arts Centre for £120,000 has been rejected by the Brackwater Community Lottery Fund, which said the bid failed to explain how the centre would meet its running costs once the grant had been spent. The centre had wanted the money for a lift and accessible toilets. Naveen Sood, the centre's chair, described the decision as 'deeply disappointing', adding that the board would put in a revised application in the autumn. Of the 412 applications the fund has received this year, it has been able to back less than 20%. The fund said the centre could apply again and that advisers were on hand to help.",
      traps=[
          T("has been rejected by the Brackwater Community Lottery Fund", "The Brackwater Community Lottery Fund has turned down"),
          T("once the grant had been spent", "after the grant ran out"),
          T("less than 20%", "fewer than one in five"),
          T("could apply again", "was welcome to reapply"),
          T("advisers were on hand to help", "advisers were available to help"),
      ]),

    C("emergency dentist shortage", "rewrite", "consistent",
      "Patients in the Carrow Valley health district are waiting an average of nine days for an urgent dental appointment, three times the official target, according to a report published on Wednesday by the district's patient watchdog, Healthwatch Carrow. The report found that only 11 of the district's 38 dental practices were accepting emergency cases, and that some patients had travelled more than 50 miles for treatment. The district health board said it had recruited two additional emergency dentists, who will start work in September, and was in talks with a private provider about opening weekend clinics. Healthwatch Carrow said the measures were welcome but unlikely to be enough on their own.",
      "Urgent dental appointments in the Carrow Valley health district take nine days on average to secure, triple the official target, the district's patient watchdog, Healthwatch Carrow, said in a report released on Wednesday. Just 11 of the 38 dental practices in the district were taking emergency cases, it found, and some patients had made journeys of over 50 miles to be treated. Two more emergency dentists have been recruited and will start in September, the district health board said, adding that it was in talks with a private provider about setting up weekend clinics. The watchdog welcomed the measures but said they were unlikely to be sufficient by themselves.",
      traps=[
          T("triple the official target", "three times the official target"),
          T("Just 11 of the 38 dental practices in the district", "only 11 of the district's 38 dental practices"),
          T("made journeys of over 50 miles", "travelled more than 50 miles"),
          T("Two more emergency dentists", "two additional emergency dentists"),
          T("unlikely to be sufficient by themselves", "unlikely to be enough on their own"),
      ]),
]
