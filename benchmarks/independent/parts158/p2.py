"""Set 158, part 2: ten rewrites with factual errors (label inconsistent)."""
from ._helpers import C, E, O, T

CASES = [
    C("cocoa cooperative payment", "rewrite", "inconsistent",
      "The Abenkro Farmers' Cooperative will pay its 2,300 members a bonus of 180 cedis per tonne of cocoa delivered in the last harvest, the cooperative's board announced on Friday. The payment, funded from premiums earned on certified sales to the Dutch chocolate maker Van Riel, will be made in two instalments, in November and February. Members who delivered less than one tonne will receive a flat payment of 100 cedis. Board chair Efua Mensimah said the cooperative would also spend part of the premium on a new warehouse in the town of Dormaa Kesse. Last year the bonus was 150 cedis per tonne.",
      "The board of the Abenkro Farmers' Cooperative said on Friday that its 2,300 members would receive a bonus of 150 cedis for every tonne of cocoa they delivered in the last harvest. The money comes from premiums earned on certified sales to the Dutch chocolate maker Van Riel and will be paid out in two instalments, in November and February. Board chair Efua Mensimah said part of the premium would also be spent on a new warehouse in Dormaa Kesse. Last year's bonus stood at 150 cedis a tonne.",
      errors=[
          E("150 cedis", "number", "major", "180 cedis", occ=0),
          O("Members who delivered less than one tonne will receive a flat payment of 100 cedis.", "major",
            after="in November and February."),
      ],
      traps=[
          T("for every tonne of cocoa they delivered", "per tonne of cocoa delivered"),
          T("Last year's bonus stood at 150 cedis a tonne", "Last year the bonus was 150 cedis per tonne"),
      ]),

    C("oil refinery strike", "rewrite", "inconsistent",
      "Around 600 workers at the Saltmarsh oil refinery walked out on Tuesday after their union, the Energy Workers' Alliance, rejected a 4% pay offer from the refinery's owner, Corvane Petroleum. The union is demanding 7%, citing inflation of 5.8% over the past year. Corvane accused the union of breaking off talks without warning and said the refinery would continue operating at reduced capacity using managers and contractors. It said fuel supplies to filling stations in the region were not at risk. The strike is scheduled to last until Friday, and the union has warned of further action in March if no agreement is reached. Talks are due to resume on Monday under the supervision of the state conciliation service.",
      "Some 600 staff at the Saltmarsh oil refinery went on strike on Tuesday after the Energy Workers' Alliance turned down a 4% pay offer from Corvane Petroleum, which owns the site. The union wants 7%, pointing to inflation of 5.8% over the last 12 months. The union accused Corvane of breaking off talks without warning, while the company said managers and contractors would keep the refinery running at reduced capacity and that fuel supplies to the region's filling stations were not at risk. The strike is due to last until Thursday, and the union has threatened further action in March if no deal is reached. Talks are set to restart on Monday, overseen by the state conciliation service.",
      errors=[
          E("The union accused Corvane", "role", "major", "Corvane accused the union"),
          E("until Thursday", "date", "major", "until Friday"),
      ],
      traps=[
          T("Corvane Petroleum, which owns the site", "the refinery's owner, Corvane Petroleum"),
          T("over the last 12 months", "over the past year"),
      ]),

    C("pipeline leak compensation", "rewrite", "inconsistent",
      "Households affected by last year's leak from the Brenna Valley gas pipeline could receive up to €4,000 each under a compensation scheme announced on Wednesday by the operator, Norgrid Transmission. The leak, discovered on 14 August, forced the evacuation of 140 homes in the villages of Tolleby and Marsk for up to five days. Norgrid said claims would be assessed by an independent panel and that payments should begin by the end of June. Businesses that lost trade may also apply, but will need to provide accounts. The residents' group Brenna Action said the sums were too low and that it was considering legal action. An investigation by the energy regulator into the cause of the leak is expected to report in the spring.",
      "Norgrid Transmission, which operates the Brenna Valley gas pipeline, on Wednesday unveiled a compensation scheme under which households hit by last year's leak could get as much as €4,000 each. The leak was discovered on 14 August and forced the evacuation of 140 homes in Tolleby and Marsk for up to 14 days. An independent panel will assess claims, Norgrid said, and payments should start by the end of June. Businesses that lost trade can also apply, provided they submit accounts. Residents' group Brenna Action said the sums were too low and that it would take legal action. The energy regulator's inquiry into the cause of the leak is expected to report in the spring.",
      errors=[
          E("14 days", "number", "major", "five days"),
          E("it would take legal action", "modality", "major", "it was considering legal action"),
      ],
      traps=[
          T("could get as much as €4,000 each", "could receive up to €4,000 each"),
          T("An independent panel will assess claims, Norgrid said", "Norgrid said claims would be assessed by an independent panel"),
      ]),

    C("prison library closure", "rewrite", "inconsistent",
      "The library at HMP Fenwold will close at the end of the month because the prison cannot recruit a librarian, the Prison Service has confirmed. The post has been vacant since October, and the service said two rounds of advertising had failed to attract a suitable candidate. Around 480 inmates used the library last year, borrowing more than 9,000 books. Prisoners will be able to order books from a catalogue, with deliveries to their wings once a week, and will not have to pay for the service. The Prison Reform Forum said the closure would harm education and rehabilitation. The service said the library was not being closed permanently and would reopen as soon as a librarian was appointed.",
      "HMP Fenwold's library is to shut at the end of the month as the prison has been unable to recruit a librarian, the Prison Service has confirmed. The job has been empty since October, and two recruitment drives failed to find a suitable candidate, according to the service. Last year roughly 480 inmates used the library, borrowing over 9,000 books. Instead, prisoners will be able to order books from a catalogue for delivery to their wings weekly, but they will have to pay for the service. The Prison Reform Forum warned that education and rehabilitation would suffer. The service stressed that the closure was temporary and that the library would reopen as soon as a librarian had been appointed.",
      errors=[
          E("they will have to pay for the service", "polarity", "major", "will not have to pay for the service"),
      ],
      traps=[
          T("two recruitment drives failed to find a suitable candidate", "two rounds of advertising had failed to attract a suitable candidate"),
          T("weekly", "once a week"),
          T("the closure was temporary", "the library was not being closed permanently"),
      ]),

    C("beekeeper court case", "rewrite", "inconsistent",
      "A retired teacher from the village of Hollin Cross has been awarded £3,200 in damages after bees from her neighbour's 12 hives repeatedly swarmed into her garden. Carol Ennis sued beekeeper Martin Lusk after being stung more than 20 times over two summers. Ruling at Dunford County Court on Thursday, Judge Alan Prewitt found that Mr Lusk had failed to take reasonable steps to control his bees, despite a warning from the council in 2022. The situation had been 'intolerable' for Ms Ennis, the judge said. He also ordered Mr Lusk to cut the number of hives to four. Mr Lusk, who argued that the bees might have come from other hives nearby, said he would appeal.",
      "Carol Ennis, a retired teacher from Hollin Cross, has been awarded £3,200 in damages in a case brought against her by beekeeper Martin Lusk, whose 12 hives produced swarms that repeatedly invaded her garden and stung her more than 20 times over two summers. Judge Alan Prewitt, ruling at Dunford County Court on Thursday, found that Mr Lusk had not taken reasonable steps to control the bees, even though the council had warned him in 2022. Ms Ennis said the situation had been 'intolerable'. Mr Lusk was also ordered to reduce his hives to four. He intends to appeal, having argued that the bees could have come from other hives in the area.",
      errors=[
          E("a case brought against her by beekeeper Martin Lusk", "role", "major", "Carol Ennis sued beekeeper Martin Lusk"),
          E("Ms Ennis said", "attribution", "minor", "the judge said"),
      ],
      traps=[
          T("even though the council had warned him in 2022", "despite a warning from the council in 2022"),
          T("reduce his hives to four", "cut the number of hives to four"),
      ]),

    C("shipyard apprentice intake", "rewrite", "inconsistent",
      "Harrowgate Shipbuilders will take on 75 apprentices this September, its largest intake for more than two decades, the company said on Tuesday. The yard, which won a £900 million contract last year to build four patrol vessels for the coastguard, needs to replace skilled workers who are due to retire over the next five years. About a third of the new places will go to school leavers from the town of Ardlow, where the yard is based, under an agreement with the borough council. Apprentices will earn £14,500 in their first year. Human resources director Fiona Kerr said the company had received more than 1,100 applications, up from around 400 last year.",
      "Harrowgate Shipbuilders said on Tuesday that it would recruit 75 apprentices in September, its biggest intake in over 20 years. The Ardlow yard, which won a £900m contract last year to build five coastguard patrol vessels, needs to replace skilled staff who are due to retire within the next five years. Under a deal with the borough council, roughly a third of the places will go to school leavers from the town. First-year apprentices will be paid £14,500. HR director Fiona Kerr said more than 1,100 people had applied, almost three times last year's figure. First-year apprentices will be paid £14,500.",
      errors=[
          E("five coastguard patrol vessels", "number", "major", "four patrol vessels"),
          E("First-year apprentices will be paid £14,500.", "repetition", "minor", None, occ=1),
      ],
      traps=[
          T("its biggest intake in over 20 years", "its largest intake for more than two decades"),
          T("almost three times last year's figure", "up from around 400 last year"),
      ]),

    C("pedestrian crossing death", "rewrite", "inconsistent",
      "A 71-year-old man has died after being hit by a van on a pedestrian crossing in Kelford High Street, police said. The collision happened at about 6.15pm on Sunday, near the junction with Orchard Lane. The man, who has been named as local resident George Amberley, was taken to Kelford General Hospital but died there on Monday morning. The van driver, a 34-year-old man, stopped at the scene and was arrested on suspicion of causing death by careless driving. He has been released under investigation. Residents said they had asked the council for traffic lights at the crossing two years ago. The council said a safety review of the street would be brought forward.",
      "Police say a 71-year-old man has died after a van struck him on a pedestrian crossing in Kelford High Street. The collision took place at around 6.15pm on Sunday close to where the street meets Orchard Lane. Local resident George Amberley, as the man has been named, was taken to Kelford General Hospital, where he died on Sunday night. The 34-year-old van driver stopped at the scene and was charged with causing death by careless driving; he has since been released under investigation. Residents say they asked the council two years ago to install traffic lights at the crossing. The council has said it will bring forward a safety review of the street.",
      errors=[
          E("on Sunday night", "date", "major", "on Monday morning"),
          E("was charged with", "event", "critical", "was arrested on suspicion of"),
      ],
      traps=[
          T("a van struck him", "being hit by a van"),
          T("close to where the street meets Orchard Lane", "near the junction with Orchard Lane"),
      ]),

    C("toll bridge buyout", "rewrite", "inconsistent",
      "The regional government of Westmarch has agreed to buy the Sallow Estuary toll bridge from its private owner, Castleway Holdings, for £186 million, ending tolls on the crossing from 1 April next year. Drivers currently pay £3.40 each way, and around 28,000 vehicles use the bridge daily. Transport minister Gwen Hartley said the purchase would be funded by borrowing over 25 years and would save regular commuters more than £1,500 a year. Castleway, which built the bridge in 1998 with the engineering firm Dunmore Steel and runs it under a 40-year concession, said the sale was in the interest of its shareholders. Opposition politicians questioned whether the price represented value for money, given that the concession had only 14 years left to run.",
      "Westmarch's regional government is to pay £186m for the Sallow Estuary toll bridge, buying it from its private owner, Dunmore Steel, and tolls on the crossing will end on 1 April next year. Around 28,000 vehicles use the bridge each day, and drivers are currently charged £3.40 in each direction. The purchase will be financed by borrowing over 25 years and will save regular commuters more than £1,500 annually, according to transport minister Gwen Hartley. The move follows years of campaigning by local businesses. Castleway Holdings, which built the bridge in 1998 with Dunmore Steel and operates it under a 40-year concession, said the sale served its shareholders' interests. Opposition politicians questioned whether the price was good value for money, with only 14 years of the concession remaining.",
      errors=[
          E("Dunmore Steel", "entity", "major", "Castleway Holdings", occ=0),
          E("The move follows years of campaigning by local businesses.", "addition", "minor", None),
      ],
      traps=[
          T("£3.40 in each direction", "£3.40 each way"),
          T("with only 14 years of the concession remaining", "given that the concession had only 14 years left to run"),
      ]),

    C("river pollution prosecution", "rewrite", "inconsistent",
      "Water company Fenmoor Water has been fined £2.4 million after admitting that untreated sewage from its Colby Bridge treatment works polluted the River Leddon for almost three weeks in July 2022. The Environment Agency, which brought the prosecution, told Lindham Crown Court that the discharge killed an estimated 4,000 fish along a six-kilometre stretch of the river. Judge Sarah Whitcombe said the company had ignored alarms at the works on at least 11 occasions. Fenmoor, which pleaded guilty to two offences, apologised and said it had since spent £5 million upgrading the site. It was also ordered to pay £180,000 in costs.",
      "Fenmoor Water has been fined £2.4m after it admitted that untreated sewage from its Colby Bridge treatment works had polluted the River Leddon for nearly three weeks in July 2022. Prosecuting at Lindham Crown Court, the Environment Agency said an estimated 4,000 fish were killed along six kilometres of the river. Judge Sarah Whitcombe said alarms at the works had been ignored by the company. The water firm pleaded guilty to two offences and apologised, saying it had spent £5m on upgrading the site since then. It must also pay £180,000 in costs.",
      errors=[
          O("on at least 11 occasions", "minor", after="had been ignored by the company"),
      ],
      traps=[
          T("for nearly three weeks", "for almost three weeks"),
          T("Prosecuting at Lindham Crown Court, the Environment Agency said", "The Environment Agency, which brought the prosecution, told Lindham Crown Court"),
          T("along six kilometres of the river", "along a six-kilometre stretch of the river"),
      ]),

    C("bus station redevelopment", "rewrite", "inconsistent",
      "Plans to demolish Corby Street bus station in Lanford and replace it with a smaller transport hub, 140 flats and shops were approved by the city council's planning committee on Tuesday by seven votes to four. The developer, Northgate Urban, says the £62 million scheme could be completed by 2028. During construction, buses will use temporary stops on nearby streets. Campaign group Save Our Station, which gathered 2,600 signatures against the plans, said it was considering asking the government to call in the decision. Councillor Amir Haddad, who chairs the committee, said the existing building, which opened in 1967, was no longer fit for purpose.",
      "Lanford city council's planning committee voted seven to four on Tuesday in favour of plans to knock down Corby Street bus station and build a smaller transport hub, 140 flats and shops on the site. Developer Northgate Urban says the £62m scheme will be finished by 2028. Buses will use temporary stops in surrounding streets while construction is under way. Save Our Station, a campaign group that collected 2,600 signatures opposing the plans, said it was considering a legal challenge to the decision. The committee's chair, councillor Amir Haddad, said the current building, opened in 1967, was no longer fit for purpose.",
      errors=[
          E("will be finished by 2028", "modality", "minor", "could be completed by 2028"),
          E("a legal challenge to the decision", "event", "major", "asking the government to call in the decision"),
      ],
      traps=[
          T("voted seven to four on Tuesday in favour of plans", "were approved by the city council's planning committee on Tuesday by seven votes to four"),
          T("collected 2,600 signatures opposing the plans", "gathered 2,600 signatures against the plans"),
      ]),
]
