"""Set 158, part 3: ten summaries (five consistent, five inconsistent)."""
from ._helpers import C, E, T

CASES = [
    C("ferry terminal upgrade", "summary", "consistent",
      "A £48 million upgrade of the ferry terminal at Caddon Quay will begin in September and is expected to be finished in spring 2027, the port operator, Strand Ports, said on Monday. The work includes a new passenger building, a second vehicle ramp and a covered walkway to the town's railway station. Strand Ports said the upgrade would allow the terminal to handle up to 1.5 million passengers a year, compared with about 900,000 now. Sailings to the island of Innisbrack will continue during the works, but passengers have been warned to allow an extra 30 minutes for check-in. The project is being paid for by Strand Ports and a £20 million loan from the national infrastructure bank.",
      "A £48m overhaul of Caddon Quay ferry terminal will start in September, operator Strand Ports says, with completion likely in spring 2027. A new passenger building, an extra vehicle ramp and a covered walkway to the railway station will allow it to handle as many as 1.5 million passengers a year, up from about 900,000. Sailings to Innisbrack will continue throughout, though passengers should allow half an hour more for check-in.",
      traps=[
          T("completion likely in spring 2027", "is expected to be finished in spring 2027"),
          T("an extra vehicle ramp", "a second vehicle ramp"),
          T("as many as 1.5 million passengers a year", "up to 1.5 million passengers a year"),
          T("half an hour more", "an extra 30 minutes"),
      ]),

    C("canal towpath closure", "summary", "consistent",
      "A two-mile section of the towpath along the Hadley Canal between Mill Lock and Brindle Wharf will close for six months from 4 November while the bank is rebuilt, the Waterways Board has announced. Engineers found that the bank had been weakened by burrowing animals and by heavy rain last winter, and there was a risk of a breach that could flood nearby homes. Walkers and cyclists will be diverted along Station Road and Fenny Lane, adding about a mile to the route. Boats will still be able to use the canal, although a speed limit of two miles an hour will apply. The £1.3 million repairs are being funded by the board and the county council.",
      "The Waterways Board is closing two miles of Hadley Canal towpath, from Mill Lock to Brindle Wharf, for half a year from 4 November to rebuild a bank weakened by burrowing animals and last winter's heavy rain and at risk of a breach that could flood nearby homes. Walkers and cyclists face a diversion adding roughly a mile; boats can still pass, subject to a 2mph limit. The board and the county council are paying for the £1.3m repairs.",
      traps=[
          T("for half a year", "for six months"),
          T("a diversion adding roughly a mile", "adding about a mile to the route"),
          T("boats can still pass", "Boats will still be able to use the canal"),
          T("a 2mph limit", "a speed limit of two miles an hour"),
          T("The board and the county council are paying for the £1.3m repairs", "The £1.3 million repairs are being funded by the board and the county council"),
      ]),

    C("fire hydrant failures", "summary", "consistent",
      "Almost one in eight fire hydrants in the borough of Pelham did not work when tested last year, according to an audit by the Pelham Fire and Rescue Service published on Thursday. Of 3,240 hydrants inspected, 396 either had no water pressure or could not be opened. The service said the failures had not affected the outcome of any fire, but that crews had twice been forced to wait for tankers. Responsibility for maintaining the hydrants lies with the water company, Tamber Water, which said it would repair all the faulty hydrants within 12 months and had hired an additional contractor. The fire service said it would retest a sample of hydrants in the spring.",
      "An audit by Pelham's fire service found that 396 of the 3,240 hydrants checked last year, about 12%, could not be opened or had no water pressure. None of the failures changed the outcome of a fire, the service said, although on two occasions crews had to wait for tankers. Tamber Water, which is responsible for maintaining them, has promised to fix every faulty hydrant within a year and has taken on an extra contractor.",
      traps=[
          T("about 12%", "Almost one in eight"),
          T("None of the failures changed the outcome of a fire", "the failures had not affected the outcome of any fire"),
          T("on two occasions", "twice"),
          T("within a year", "within 12 months"),
          T("has taken on an extra contractor", "had hired an additional contractor"),
      ]),

    C("cable car fare rise", "summary", "consistent",
      "Adult return fares on the Skarren Peak cable car will rise from 24 to 29 francs on 1 May, the operating company, Skarren Bahnen, announced on Wednesday. Children under 16 will continue to pay half price, and holders of the regional guest card will still get a 20% discount. The company said the increase was needed to cover higher electricity costs and the replacement of the cable, which is due in 2026 and will close the line for about ten weeks. Passenger numbers fell by 6% last year to 412,000, which the company blamed on poor weather in July and August. Local hoteliers said the rise could deter day visitors.",
      "Skarren Bahnen is raising the adult return fare on the Skarren Peak cable car by five francs, to 29, from 1 May, citing higher electricity bills and the cable replacement due in 2026, which will shut the line for around ten weeks. Discounts for under-16s and guest-card holders are unchanged. Local hoteliers warned the increase might put off day visitors.",
      traps=[
          T("by five francs, to 29", "from 24 to 29 francs"),
          T("for around ten weeks", "for about ten weeks"),
          T("Discounts for under-16s and guest-card holders are unchanged.", "Children under 16 will continue to pay half price, and holders of the regional guest card will still get a 20% discount."),
          T("might put off day visitors", "could deter day visitors"),
      ]),

    C("lace museum grant", "summary", "consistent",
      "The Tollerton Lace Museum has been awarded a grant of €750,000 by the National Heritage Foundation to restore its 19th-century lace machines and create a new gallery. The museum, housed in a former lace mill on Canal Street, holds around 12,000 samples of lace, many of which have been kept in storage because of a lack of space. The new gallery, due to open in 2026, will display about 1,500 of them. Director Ingrid Vasseur said the grant would also fund two conservation posts for three years. The museum attracted 38,000 visitors last year and hopes the project will raise that figure to 50,000.",
      "A €750,000 National Heritage Foundation award will let the Tollerton Lace Museum restore its 19th-century lace machines, fund two conservation jobs for three years and create a gallery, due to open in 2026, showing some 1,500 of its roughly 12,000 lace samples, many of which are in storage. The museum, which had 38,000 visitors last year, hopes the project will take that to 50,000.",
      traps=[
          T("A €750,000 National Heritage Foundation award", "a grant of €750,000 by the National Heritage Foundation"),
          T("two conservation jobs", "two conservation posts"),
          T("some 1,500", "about 1,500"),
          T("roughly 12,000 lace samples", "around 12,000 samples of lace"),
      ]),

    C("goose cull row", "summary", "inconsistent",
      "A plan to cull up to 300 Canada geese at Brayford Water park has been put on hold after protests from residents and wildlife groups. Brayford town council had approved the cull last month, saying droppings from the birds had closed the park's swimming lake for 40 days last summer because of bacteria levels. The Brayford Wildlife Trust said egg-oiling and fencing should be tried first, and a petition against the cull has gathered more than 8,000 signatures. Council leader Patrick Doyle said a final decision would be made in June after an independent report. The Goose Welfare Network described the plan as 'cruel and unnecessary'.",
      "Brayford town council's plan to cull up to 300 Canada geese at Brayford Water park is on hold following protests. The council says the birds' droppings shut the park's swimming lake for 40 days last summer, but the Brayford Wildlife Trust, which called the plan 'cruel and unnecessary', wants egg-oiling and fencing tried first. A final decision is due in June after an independent report.",
      errors=[
          E("which called the plan 'cruel and unnecessary'", "attribution", "major", "The Goose Welfare Network described the plan as 'cruel and unnecessary'"),
      ],
      traps=[
          T("A final decision is due in June", "a final decision would be made in June"),
          T("shut the park's swimming lake", "closed the park's swimming lake"),
      ]),

    C("tenants union rent strike", "summary", "inconsistent",
      "Tenants in 212 flats on the Marlowe Court estate in Eastbridge have begun withholding rent in protest at a 9% increase imposed by their landlord, Harcourt Living. The Marlowe Court Tenants' Union says the rise, which took effect on 1 March, comes on top of years of neglect, including broken lifts and damp. Members are paying their rent into a separate account held by the union and say they will release the money once repairs are carried out and the increase is cut to 3%. Harcourt Living said the increase reflected rising costs and warned that tenants who withheld rent could face eviction proceedings. The city council has offered to mediate.",
      "Tenants in 112 Marlowe Court flats in Eastbridge are withholding rent over a 9% rise imposed by Harcourt Living, paying it instead into a union-held account until repairs are done and the increase is cut to 3%. The landlord, which owns more than 3,000 homes in the city, says the rise reflects higher costs. The city council has offered to mediate.",
      errors=[
          E("112", "number", "major", "212"),
          E("which owns more than 3,000 homes in the city", "addition", "minor", None),
      ],
      traps=[
          T("paying it instead into a union-held account", "paying their rent into a separate account held by the union"),
          T("says the rise reflects higher costs", "said the increase reflected rising costs"),
      ]),

    C("peatland fire", "summary", "inconsistent",
      "Firefighters have spent a third day tackling a blaze on Harrow Moss, an area of protected peat bog east of the town of Colden. The fire, which started on Saturday afternoon, has so far burned about 180 hectares. More than 60 firefighters from four stations are at the scene, supported by a helicopter dropping water. Residents of around 30 homes on the edge of the moss were advised to keep windows closed because of smoke, but no evacuations have been ordered. The fire service said the cause was under investigation, but that a disposable barbecue had been found near the spot where the fire is thought to have begun. Peat fires can smoulder underground for weeks.",
      "A fire on Harrow Moss, a protected peat bog near Colden, has burned some 180 hectares since Saturday afternoon. More than 60 firefighters and a water-dropping helicopter are tackling it, and residents of about 30 nearby homes have been told to leave because of the smoke. A disposable barbecue was found near where it is thought to have started; the cause is being investigated.",
      errors=[
          E("have been told to leave", "event", "major", "were advised to keep windows closed"),
      ],
      traps=[
          T("a water-dropping helicopter", "a helicopter dropping water"),
          T("the cause is being investigated", "the cause was under investigation"),
      ]),

    C("jetty collapse", "summary", "inconsistent",
      "Part of the wooden jetty at Pensallow harbour collapsed into the sea on Tuesday morning, injuring two fishermen who were unloading their catch. Both men were taken to hospital; one has a broken leg and the other was released after treatment. The harbour commissioners said the jetty had passed an inspection in January and that they did not yet know why it had failed. The jetty, built in 1952, has been closed, and boats are being directed to the north quay. The Health and Safety Executive has been informed. Harbour master Gareth Rowe said that a planned £400,000 replacement of the jetty, due to start in 2026, might now be brought forward.",
      "Two fishermen unloading their catch were hurt when part of Pensallow harbour's 1952 wooden jetty fell into the sea on Tuesday morning; one broke a leg. The harbour commissioners, who said the jetty had failed an inspection in January, do not yet know the cause. The jetty is closed, and its planned £400,000 replacement, due in 2026, may be brought forward.",
      errors=[
          E("had failed an inspection in January", "polarity", "critical", "had passed an inspection in January"),
      ],
      traps=[
          T("fell into the sea", "collapsed into the sea"),
          T("one broke a leg", "one has a broken leg"),
          T("may be brought forward", "might now be brought forward"),
      ]),

    C("bridge painting contract", "summary", "inconsistent",
      "The contract to repaint the Kettering Street railway bridge in Dorrow has been awarded to Ashbrook Coatings, a firm from the neighbouring county, for £2.7 million. Rail infrastructure company Trackline, which owns the bridge, said the work would begin in May and take about 14 months, with the steel structure wrapped in scaffolding and sheeting throughout. The bridge was last painted in 1994, and rust has been visible for several years. Local firm Dorrow Steelcare, which had also bid for the contract, said it was disappointed. Trackline said trains would run normally, but the road beneath would close on eight weekends.",
      "The £2.7m contract to repaint Dorrow's Kettering Street railway bridge, last painted in 1994, has gone to Dorrow Steelcare. Work will begin in May and take about 14 months, with trains running normally but the road beneath closed on eight weekends. Work will begin in May and take about 14 months.",
      errors=[
          E("Dorrow Steelcare", "entity", "major", "Ashbrook Coatings"),
          E("Work will begin in May and take about 14 months", "repetition", "minor", None, occ=1),
      ],
      traps=[
          T("with trains running normally", "trains would run normally"),
      ]),
]
