"""set156, part 2: ten inconsistent rewrites."""
from _helpers import err, omit, trap

CASES = [
    dict(
        key="R11", domain="road bridge closure", mode="rewrite",
        reference="The Ostrava Street bridge over the River Mell will close to all traffic for 14 weeks from 3 March while engineers replace its expansion joints and resurface the deck, the county highways department said on Wednesday. Pedestrians and cyclists will be able to use a temporary footbridge alongside, but drivers face a diversion of about six kilometres via the Hollin ring road. The bridge carries around 21,000 vehicles a day. The 3.4 million pound project was brought forward after inspectors found water seeping through the joints and corroding supporting steelwork. Bus routes 12 and 15 will be rerouted for the duration of the works, the department said.",
        candidate="The county highways department said on Wednesday that the Ostrava Street bridge over the River Mell would be shut to all traffic for 14 weeks from 3 March so that engineers can replace its expansion joints and resurface the deck. A temporary footbridge alongside will be open to pedestrians and cyclists, while drivers will have to take a diversion of roughly 16 kilometres via the Hollin ring road. About 21,000 vehicles use the bridge every day. The \u00a33.4m project was brought forward after inspectors found water seeping through the joints. Bus routes 12 and 15 will be diverted while the work is carried out, the department said.",
        errors=[
            err("number", "16 kilometres", "six kilometres", "major"),
            omit("and corroding supporting steelwork", "minor", after="water seeping through the joints"),
        ],
        traps=[
            trap("About 21,000 vehicles use the bridge every day", "The bridge carries around 21,000 vehicles a day"),
            trap("\u00a33.4m", "3.4 million pound"),
        ],
    ),
    dict(
        key="R12", domain="payroll software acquisition", mode="rewrite",
        reference="Brightlane Software has agreed to buy the payroll start-up Tallyworks for 220 million dollars in cash, the companies said on Tuesday. Tallyworks, founded in 2017 by former accountants Nadia Okafor and Leon Streck, provides payroll and tax tools to about 9,000 small businesses. Brightlane said it would keep the Tallyworks brand and that all 140 of the start-up's employees had been offered jobs. Okafor will join Brightlane's executive team as head of small business products. The acquisition is subject to regulatory approval and is expected to be completed by the end of the year. Brightlane shares rose 3 percent in early trading.",
        candidate="Tallyworks, the payroll start-up, has agreed to buy Brightlane Software for $220m in cash, the two companies said on Tuesday. Founded in 2017 by the former accountants Nadia Okafor and Leon Streck, Tallyworks supplies payroll and tax software to roughly 9,000 small firms. Brightlane said the Tallyworks brand would be retained and that jobs had been offered to all 140 of the start-up's staff. Okafor is to become head of small business products and join Brightlane's executive team. The deal needs the approval of regulators and should be completed by the end of the year. Brightlane's shares gained 3 percent in early trading.",
        errors=[
            err("role", "Tallyworks, the payroll start-up, has agreed to buy Brightlane Software", "Brightlane Software has agreed to buy the payroll start-up Tallyworks", "critical"),
        ],
        traps=[
            trap("$220m", "220 million dollars"),
            trap("should be completed", "is expected to be completed"),
            trap("gained 3 percent", "rose 3 percent"),
        ],
    ),
    dict(
        key="R13", domain="school board budget", mode="rewrite",
        reference="The Harrowdale County school board voted 5-2 on Thursday night to approve a 148 million dollar budget for the next academic year, a 4 percent increase on the current year. The budget includes funding for 35 additional teaching assistants and a new reading programme for primary pupils. Board members rejected a proposal to close Ridgeway Elementary, which has seen enrolment fall by a third over the past decade. Superintendent Carla Mendez said the district would instead review the school's future in 2026. Two members voted against the budget, arguing that it relied too heavily on one-off state grants. The budget takes effect on 1 July.",
        candidate="On Thursday night, the Harrowdale County school board approved, by five votes to two, a $148 million budget for the next academic year, up 4 percent on the current year. Money is included for 35 extra teaching assistants and a new reading programme for primary pupils. Board members backed a proposal to close Ridgeway Elementary, where enrolment has dropped by a third in the last ten years. Superintendent Carla Mendez said the district would review the school's future in 2026. The two members who opposed the budget said it leaned too heavily on one-off state grants. The budget comes into force on 1 June.",
        errors=[
            err("polarity", "backed", "rejected", "critical"),
            err("date", "1 June", "1 July", "major"),
        ],
        traps=[
            trap("by five votes to two", "voted 5-2"),
            trap("in the last ten years", "over the past decade"),
            trap("$148 million", "148 million dollar"),
        ],
    ),
    dict(
        key="R14", domain="museum painting theft", mode="rewrite",
        reference="Two paintings by the 19th-century landscape artist Emil Borovan were stolen from the Kastell Museum in Linzberg overnight on Saturday, police said. Thieves are believed to have entered through a skylight and disabled an alarm sensor before removing the works from a first-floor gallery. The paintings, 'Evening on the Vell' and 'Winter Mill', have a combined estimated value of 1.5 million euros. Museum director Helga Strand said the theft had been discovered by a cleaner at 6 a.m. on Sunday. Police spokesman Jonas Reiter said officers were examining security camera footage and appealed for anyone who saw a vehicle near the museum between midnight and 4 a.m. to come forward.",
        candidate="Police said two works by the 19th-century landscape painter Emil Borovan were stolen from the Kastell Museum in Linzberg overnight on Saturday. The thieves are thought to have got in through a skylight and disabled an alarm sensor before taking the paintings from a first-floor gallery. 'Evening on the Vell' and 'Winter Mill' are together estimated to be worth 1.5 million euros. Police spokesman Jonas Reiter said a cleaner had discovered the theft at 6 a.m. on Sunday. He added that officers were going through security camera footage, and appealed for anyone who saw a vehicle near the museum between midnight and 4 a.m. to come forward.",
        errors=[
            err("attribution", "Police spokesman Jonas Reiter", "Museum director Helga Strand", "major"),
        ],
        traps=[
            trap("got in through a skylight", "entered through a skylight"),
            trap("are together estimated to be worth 1.5 million euros", "have a combined estimated value of 1.5 million euros"),
        ],
    ),
    dict(
        key="R15", domain="city marathon", mode="rewrite",
        reference="Kenyan runner Joseph Kiptanui won the Harbourside Marathon on Sunday in 2 hours 7 minutes 42 seconds, breaking the course record by 51 seconds. Ethiopia's Almaz Derese won the women's race in 2:23:10. Kiptanui broke away from a leading group of five at the 35-kilometre mark and crossed the line almost a minute ahead of compatriot Daniel Rotich. Organisers said a record 18,400 runners started the race, which was held in cool, overcast conditions. Twelve runners were treated for dehydration and one was taken to hospital as a precaution. The race raised an estimated 2.1 million dollars for local charities.",
        candidate="Kenya's Joseph Kiptanui took the Harbourside Marathon on Sunday, clocking 2:07:42 to lower the course record by 51 seconds. The women's race went to Almaz Derese of Eritrea in 2 hours 23 minutes 10 seconds. Kiptanui pulled away from a five-man lead group at 35 km and finished almost a minute in front of fellow Kenyan Daniel Rotich. A record 18,400 runners started the race, according to organisers, and conditions were cool and overcast. Twelve runners were treated for dehydration and one was taken to hospital as a precaution. A record 18,400 runners started the race. An estimated $2.1m was raised for local charities.",
        errors=[
            err("entity", "Eritrea", "Ethiopia", "major"),
            err("repetition", "A record 18,400 runners started the race", None, "minor", occ=1),
        ],
        traps=[
            trap("clocking 2:07:42", "in 2 hours 7 minutes 42 seconds"),
            trap("fellow Kenyan", "compatriot"),
        ],
    ),
    dict(
        key="R16", domain="central bank rate decision", mode="rewrite",
        reference="The Central Bank of Morvania held its main interest rate at 4.25 percent on Wednesday, the third consecutive meeting without a change. Governor Ilse Rankov said inflation had eased to 3.1 percent in May but remained above the bank's 2 percent target. She said the bank could begin lowering rates later this year if price growth continued to slow, but stressed that no decision had been taken. Six of the seven members of the monetary policy committee voted to keep rates on hold, while one favoured a cut of a quarter of a percentage point. The next rate decision is due on 18 September.",
        candidate="On Wednesday the Central Bank of Morvania kept its main interest rate at 4.25 percent, leaving it unchanged for a third meeting in a row. Governor Ilse Rankov said inflation slowed to 3.1 percent in May but was still higher than the bank's 2 percent target. She said the bank would start cutting rates later this year if price growth kept slowing, though she stressed that no decision had been taken. Of the seven monetary policy committee members, six voted for no change and one wanted a 0.25 percentage point cut. The bank's next rate decision is scheduled for 18 September.",
        errors=[
            err("modality", "would start", "could begin", "major"),
        ],
        traps=[
            trap("for a third meeting in a row", "the third consecutive meeting"),
            trap("six voted for no change", "Six of the seven members of the monetary policy committee voted to keep rates on hold"),
            trap("0.25 percentage point", "a quarter of a percentage point"),
        ],
    ),
    dict(
        key="R17", domain="freight train derailment", mode="rewrite",
        reference="A freight train carrying timber derailed near the village of Ardlow on Tuesday evening, blocking the main line between Brenmouth and Halcaster, the rail operator Northline said. Nine of the train's 26 wagons left the tracks at about 7:40 p.m. The driver was unhurt. Northline said passenger services between the two cities would be replaced by buses until at least Friday while cranes lift the wagons and engineers repair around 300 metres of damaged track. The Rail Safety Directorate has sent inspectors to the site. Initial reports suggest that a broken rail may have caused the derailment, but the operator said it was too early to confirm this.",
        candidate="A timber-carrying freight train came off the tracks near Ardlow village on Tuesday evening, blocking the main line between Brenmouth and Halcaster, rail operator Northline said. Nineteen of its 26 wagons derailed at around 7:40 p.m., and the driver escaped unhurt. Passenger services between the two cities will be cancelled until at least Friday while cranes lift the wagons and engineers repair roughly 300 metres of damaged track, Northline said. Inspectors from the Rail Safety Directorate have gone to the site. Early indications point to a broken rail as a possible cause, although the operator said it was too soon to confirm this.",
        errors=[
            err("number", "Nineteen", "Nine", "major"),
            err("event", "cancelled", "replaced by buses", "major"),
        ],
        traps=[
            trap("Early indications point to a broken rail as a possible cause", "Initial reports suggest that a broken rail may have caused the derailment"),
            trap("too soon", "too early"),
        ],
    ),
    dict(
        key="R18", domain="grape harvest", mode="rewrite",
        reference="Winemakers in the Vallaroso valley began harvesting grapes on 19 August, the earliest start on record, after an unusually hot and dry summer, the regional growers' association said. The association expects this year's yield to be about 15 percent below average because of the drought, but said the quality of the fruit was excellent. Around 3,500 seasonal workers are being employed for the harvest, which normally lasts six weeks. Association president Marco Ferrante said growers were increasingly planting heat-tolerant grape varieties and moving vineyards to higher ground to cope with rising temperatures.",
        candidate="The Vallaroso valley's grape harvest got under way on 19 August, the earliest start ever recorded, following an exceptionally hot, dry summer, according to the regional growers' association. Because of the drought, the association expects yields to come in roughly 15 percent below average, though it described the fruit's quality as excellent. The harvest, which usually takes six weeks, is employing some 3,500 seasonal workers, most of them recruited from neighbouring countries. Marco Ferrante, the association's president, said growers were increasingly switching to grape varieties that tolerate heat and shifting vineyards to higher altitudes to deal with rising temperatures.",
        errors=[
            err("addition", "most of them recruited from neighbouring countries", None, "minor"),
        ],
        traps=[
            trap("the earliest start ever recorded", "the earliest start on record"),
            trap("grape varieties that tolerate heat", "heat-tolerant grape varieties"),
            trap("shifting vineyards to higher altitudes", "moving vineyards to higher ground"),
        ],
    ),
    dict(
        key="R19", domain="solar farm opening", mode="rewrite",
        reference="A 48-megawatt solar farm on former farmland near Fernmoor was officially opened on Friday by energy minister Rhian Talbot. The site, built by developer Suncrest Renewables at a cost of 41 million pounds, has 110,000 panels and will generate enough electricity to power about 14,000 homes, the company said. Construction began in March last year and the farm started supplying the grid in April. Talbot said projects like Fernmoor were essential to meeting the government's target of doubling solar capacity by 2030. Local campaigners, who had opposed the project on the grounds that it would spoil views, said they would monitor the promised planting of hedgerows around the site.",
        candidate="Energy minister Rhian Talbot officially opened a 48-megawatt solar farm on former farmland near Fernmoor on Friday. According to the minister, the site, built by Suncrest Renewables for \u00a341m, has 110,000 panels and will produce enough power for about 14,000 homes. Work started in March last year and the farm began feeding the grid in June. Talbot said schemes like Fernmoor were vital to reaching the government's goal of doubling solar capacity by 2030. Local campaigners, who had objected to the project because they said it would spoil views, said they would keep an eye on the promised hedgerow planting around the site.",
        errors=[
            err("attribution", "According to the minister", "the company said", "major"),
            err("date", "June", "April", "minor"),
        ],
        traps=[
            trap("\u00a341m", "41 million pounds"),
            trap("keep an eye on", "monitor"),
        ],
    ),
    dict(
        key="R20", domain="nightclub noise court ruling", mode="rewrite",
        reference="A district court in Haldvik has ruled that the nightclub operator Pulse Leisure must pay 85,000 crowns in damages to a neighbour, Arvid Lunde, who complained for three years about late-night noise. Judge Marit Aasen found that the club had repeatedly exceeded permitted sound levels after midnight and had not installed insulation it promised in 2021. The court did not order the club to close but said it must stop amplified music at 1 a.m. on weekends. Pulse Leisure said it would study the judgment before deciding whether to appeal. Lunde said he was relieved and hoped the ruling would help other residents.",
        candidate="Arvid Lunde has been ordered to pay 85,000 crowns in damages to the nightclub operator Pulse Leisure after three years of complaints about late-night noise, a district court in Haldvik has ruled. Judge Marit Aasen found that the club had repeatedly gone over permitted sound levels after midnight and had fitted the insulation it promised in 2021. The court stopped short of ordering the club to close but said amplified music there must end at 1 a.m. at weekends. Pulse Leisure said it would examine the judgment before deciding whether to appeal. Lunde said he was relieved and hoped the ruling would help other residents.",
        errors=[
            err("role", "Arvid Lunde has been ordered to pay 85,000 crowns in damages to the nightclub operator Pulse Leisure", "Pulse Leisure must pay 85,000 crowns in damages to a neighbour, Arvid Lunde", "critical"),
            err("polarity", "had fitted", "had not installed", "major"),
        ],
        traps=[
            trap("stopped short of ordering the club to close", "did not order the club to close"),
        ],
    ),
]
