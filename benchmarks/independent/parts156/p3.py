"""set156, part 3: ten summaries (five consistent, five inconsistent)."""
from _helpers import err, trap

CASES = [
    dict(
        key="S01", domain="lighthouse restoration", mode="summary",
        reference="The 150-year-old Skerrow Point lighthouse will reopen to visitors in May after a two-year restoration funded by a 2.8 million pound lottery grant, the Coastal Heritage Trust said on Monday. Specialist masons replaced more than 400 damaged granite blocks, and the original 1874 lantern, removed in 2021 for repairs, has been reinstalled. The tower's 132 steps have been repaired and a new visitor centre has been built in the former keepers' cottages. The lighthouse was automated in 1989 and still operates as a navigation aid. The trust expects about 40,000 visitors a year and will charge adults 8 pounds for entry, with children admitted free.",
        candidate="Skerrow Point lighthouse, built 150 years ago, reopens to the public in May after a two-year, \u00a32.8m restoration paid for with a lottery grant. Over 400 granite blocks were replaced and the original 1874 lantern has been put back. The Coastal Heritage Trust expects some 40,000 visitors annually; adults will pay \u00a38 and children go in free.",
        errors=[],
        traps=[
            trap("\u00a32.8m", "2.8 million pound"),
            trap("Over 400", "more than 400"),
            trap("has been put back", "has been reinstalled"),
            trap("some 40,000 visitors annually", "about 40,000 visitors a year"),
            trap("\u00a38", "8 pounds"),
        ],
    ),
    dict(
        key="S02", domain="storm power cuts", mode="summary",
        reference="Storm Hedda brought winds of up to 140 kilometres per hour to the northern coast overnight on Thursday, leaving around 62,000 households without electricity, the grid operator Vestlinje said. Falling trees brought down power lines in dozens of places, and several roads were blocked. By Friday evening, supply had been restored to all but 9,000 homes, and Vestlinje said it expected to reconnect the rest by Sunday. Rail services on the coastal line were suspended for most of Friday. The national weather service had issued a red warning for three coastal regions on Wednesday. No deaths were reported, although a man in his 50s was seriously injured when a tree struck his car.",
        candidate="Winds of up to 140 km/h from Storm Hedda cut power to about 62,000 households on the northern coast overnight on Thursday, grid operator Vestlinje said. By Friday evening all but 9,000 homes had been reconnected, and the operator expected the remainder back on by Sunday. No deaths were reported, but a man in his 50s was badly hurt when a tree hit his car.",
        errors=[],
        traps=[
            trap("140 km/h", "140 kilometres per hour"),
            trap("cut power to about 62,000 households", "leaving around 62,000 households without electricity"),
            trap("all but 9,000 homes had been reconnected", "supply had been restored to all but 9,000 homes"),
            trap("badly hurt", "seriously injured"),
        ],
    ),
    dict(
        key="S03", domain="kettle product recall", mode="summary",
        reference="The appliance maker Hollis & Brandt is recalling about 74,000 electric kettles sold in the past two years after reports that the base can overheat, the company said on Tuesday. The recall covers the Hollis & Brandt Aura 1.7-litre kettle in white and grey, model numbers HB-170W and HB-170G, sold between March 2022 and February 2024. The company said it had received 23 reports of overheating, including four in which the base melted, but no injuries. Customers are being told to stop using the kettles immediately and return them to any retailer for a full refund. The national product safety office said it was monitoring the recall.",
        candidate="Hollis & Brandt is recalling around 74,000 Aura 1.7-litre kettles, models HB-170W and HB-170G sold from March 2022 to February 2024, because their bases can overheat. There have been 23 overheating reports, four involving a melted base, and nobody has been hurt. Owners should stop using them at once and take them back to any retailer, where they will get their money back in full.",
        errors=[],
        traps=[
            trap("from March 2022 to February 2024", "between March 2022 and February 2024"),
            trap("nobody has been hurt", "no injuries"),
            trap("at once", "immediately"),
            trap("get their money back in full", "a full refund"),
        ],
    ),
    dict(
        key="S04", domain="orchestra overseas tour", mode="summary",
        reference="The Lindqvist Philharmonic Orchestra will make its first tour of South America next spring, performing 11 concerts in five countries over three weeks, the orchestra announced on Wednesday. The tour opens in Puerto Celeste on 4 April and ends in Santa Irene on 25 April, with stops in Valmora, Casares and Lunaverde. Principal conductor Ana Beltr\u00e1n, who was born in Chile, will lead all the concerts. The programme includes two classical symphonies and a new work by the Swedish composer Karin Holm, commissioned for the tour. About 100 musicians will travel. The tour is being supported by a grant from the national arts council.",
        candidate="The Lindqvist Philharmonic will play 11 concerts in five South American countries over three weeks next spring, its first tour of the continent. Chilean-born principal conductor Ana Beltr\u00e1n will conduct every concert, from the opening night in Puerto Celeste on 4 April to the finale in Santa Irene on 25 April.",
        errors=[],
        traps=[
            trap("its first tour of the continent", "its first tour of South America"),
            trap("Chilean-born", "who was born in Chile"),
            trap("will conduct every concert", "will lead all the concerts"),
            trap("the finale in Santa Irene", "ends in Santa Irene"),
        ],
    ),
    dict(
        key="S05", domain="Roman villa excavation", mode="summary",
        reference="Archaeologists excavating ahead of a housing development near Brackenholt Moor have uncovered the remains of a Roman villa, including a mosaic floor in near-perfect condition, Ashcombe Field Archaeology said on Thursday. The villa is thought to date from the late third century and covers an area of about 1,200 square metres. The mosaic, measuring six metres by four, shows Bacchus surrounded by vines and birds. Coins found on the site suggest it was occupied until at least the 380s. The developer, Greystone Homes, has agreed to redesign the estate so the villa can be preserved beneath a public green. The site will be open to visitors for two weekends in October before it is reburied for protection.",
        candidate="A Roman villa thought to date from the late third century, with an almost flawless mosaic of Bacchus, has been uncovered on a housing site near Brackenholt Moor. Developer Greystone Homes has agreed to change its layout so the villa can be kept under a public green. Visitors can see the site on two October weekends before it is reburied.",
        errors=[],
        traps=[
            trap("almost flawless", "near-perfect"),
            trap("change its layout", "redesign the estate"),
            trap("kept under a public green", "preserved beneath a public green"),
            trap("on two October weekends", "for two weekends in October"),
        ],
    ),
    dict(
        key="S06", domain="dock workers strike", mode="summary",
        reference="Dock workers at the port of Saltmarsh began a 72-hour strike on Monday over pay, halting the loading and unloading of container ships, the Harbour and Dock Workers' Union said. About 1,100 workers walked out after rejecting an offer of a 5 percent pay rise, with the union demanding 9 percent to match inflation over the past two years. The port operator, Saltmarsh Harbour Holdings, said 14 vessels were waiting offshore and warned that the dispute could disrupt supplies of fresh produce. Talks are due to resume on Thursday under the auspices of the national conciliation service. The union has said further strikes are possible if no agreement is reached.",
        candidate="About 1,100 Saltmarsh dock workers began a three-day pay strike on Monday after turning down a 5 percent rise; their union wants 9 percent. Port operator Saltmarsh Freight Holdings said 40 ships were waiting offshore and warned of possible disruption to fresh produce supplies. Talks are set to resume on Thursday.",
        errors=[
            err("entity", "Saltmarsh Freight Holdings", "Saltmarsh Harbour Holdings", "minor"),
            err("number", "40 ships", "14 vessels", "major"),
        ],
        traps=[
            trap("three-day", "72-hour"),
            trap("turning down", "rejecting"),
        ],
    ),
    dict(
        key="S07", domain="weather satellite launch", mode="summary",
        reference="The Aurelian Space Agency's weather satellite Meteo-4 was successfully placed into orbit on Tuesday after lifting off from the Coriva launch site at 10:12 local time, the agency said. The 2.3-tonne satellite separated from the rocket's upper stage 34 minutes after launch and sent its first signals shortly afterwards. Over the next three months engineers will test its instruments before it begins regular operations. Meteo-4 replaces a satellite launched in 2012 that has exceeded its planned lifespan. The agency said the new satellite would improve the accuracy of short-term storm forecasts and track sea surface temperatures.",
        candidate="Weather satellite Meteo-4 reached orbit on Tuesday after a 10:12 lift-off from Coriva, the Aurelian Space Agency said. After three months of instrument tests it will join a satellite launched in 2012 and will sharpen short-term storm forecasts.",
        errors=[
            err("event", "join", "replaces", "major"),
        ],
        traps=[
            trap("reached orbit", "was successfully placed into orbit"),
            trap("will sharpen", "would improve the accuracy of"),
        ],
    ),
    dict(
        key="S08", domain="town centre parking charges", mode="summary",
        reference="Larkford city council has proposed raising on-street parking charges in the town centre from 1.80 to 2.50 pounds an hour, a consultation document published on Monday shows. The council says the increase would raise an extra 900,000 pounds a year to help fund bus services and road repairs. Residents' permits would not be affected. The plan also includes free parking after 6 p.m. to support evening businesses. The public consultation runs until 30 November, and councillors are expected to make a final decision in January. Traders' groups have criticised the proposal, saying higher charges would drive shoppers to out-of-town retail parks.",
        candidate="Larkford city council is raising town-centre on-street parking charges from \u00a31.80 to \u00a32.50 an hour, which it says would bring in an extra \u00a3900,000 a year for buses and road repairs. The plan includes free parking after 6 p.m. Traders say shoppers would be driven to out-of-town retail parks, and several shops have already threatened to close. A consultation runs until 30 November.",
        errors=[
            err("modality", "is raising", "has proposed raising", "major"),
            err("addition", "several shops have already threatened to close", None, "minor"),
        ],
        traps=[
            trap("\u00a31.80 to \u00a32.50", "1.80 to 2.50 pounds"),
        ],
    ),
    dict(
        key="S09", domain="avalanche warning", mode="summary",
        reference="The Mountain Snow Safety Institute raised its avalanche danger rating to level 4 of 5 for the eastern Kaltgrat range on Saturday after more than a metre of fresh snow fell in 48 hours. Strong winds have formed unstable slabs on north-facing slopes above 2,000 metres, the institute said. Skiers and walkers were urged to stay on marked and open pistes. Two ski touring groups were caught in a slide near the Kalthorn peak on Friday, but all eight people were rescued unhurt. Several mountain roads have been closed and the village of Stegau is accessible only by helicopter. The institute expects the danger to ease slowly from Tuesday as temperatures fall.",
        candidate="The Mountain Snow Safety Institute raised the avalanche danger in the eastern Kaltgrat range to level 4 of 5 on Saturday after over a metre of new snow in two days. Skiers and walkers should stay on marked, open pistes. Eight people caught in a slide near the Kalthorn peak on Friday were rescued unhurt. Skiers and walkers should stay on marked, open pistes.",
        errors=[
            err("repetition", "Skiers and walkers should stay on marked, open pistes", None, "minor", occ=1),
        ],
        traps=[
            trap("over a metre of new snow in two days", "more than a metre of fresh snow fell in 48 hours"),
        ],
    ),
    dict(
        key="S10", domain="film festival awards", mode="summary",
        reference="The Tarrow Film Festival closed on Saturday with its top prize, the Golden Heron, going to 'The Salt Road', a drama by the Georgian director Nino Kavtaradze about a family of shepherds. The jury, chaired by the French actress Claire Vasseur, praised the film's 'quiet, devastating honesty'. Kavtaradze, a former student of the veteran Polish filmmaker Jerzy Malek, dedicated the award to her late father. The best director award went to Tom\u00e1s Echevarr\u00eda for 'Night Ferry', while Kenyan actor Samuel Otieno was named best actor for his role in 'Harvest Moon'. The festival screened 142 films from 48 countries over ten days, and organisers said ticket sales rose 12 percent on last year to a record 96,000.",
        candidate="'The Salt Road', Nino Kavtaradze's drama about a shepherd family, won the Golden Heron at the Tarrow Film Festival, which ended on Saturday. Kavtaradze, who taught the Polish filmmaker Jerzy Malek, dedicated the prize to her late father. Tom\u00e1s Echevarr\u00eda was named best director and Samuel Otieno best actor. Ticket sales reached a record 96,000.",
        errors=[
            err("role", "Kavtaradze, who taught the Polish filmmaker Jerzy Malek", "Kavtaradze, a former student of the veteran Polish filmmaker Jerzy Malek", "major"),
        ],
        traps=[
            trap("a shepherd family", "a family of shepherds"),
            trap("which ended on Saturday", "closed on Saturday"),
        ],
    ),
]
