"""Set 157, part 2: ten rewrite pairs, all inconsistent."""

from ._helpers import case, err, omit, trap

CASES = [
    # 11: number + attribution
    case(
        "prison riot report", "rewrite", "inconsistent",
        "An independent report into the riot at HMP Greystone last October has found that staff shortages "
        "and a breakdown in communication between wings allowed the disturbance to spread. The report, "
        "written by former prisons inspector Margaret Hale, said 14 officers were on duty for 380 prisoners "
        "when the trouble began, well below the recommended level. The riot lasted nine hours and caused an "
        "estimated £2.3 million of damage. Six officers and eleven prisoners were treated in hospital. Ms Hale "
        "made 27 recommendations, including better radio equipment and a review of night staffing. The Prison "
        "Service said it accepted all of the recommendations and that eight had already been implemented. The "
        "Prison Officers' Association said the report confirmed warnings it had given for years.",
        "Staff shortages and a breakdown in communication between wings let the riot at HMP Greystone last "
        "October spread, an independent report has concluded. Its author, former prisons inspector Margaret "
        "Hale, found that 14 officers were on duty for 380 prisoners when the trouble started, far fewer than "
        "recommended. The riot went on for nine hours, causing damage estimated at £2.3m, and sixteen officers "
        "and eleven prisoners needed hospital treatment. Ms Hale made 27 recommendations, among them better "
        "radio equipment and a review of staffing at night. All of them have been accepted, the Prison "
        "Service said, and eight are already in place. The Prison Service added that the report confirmed "
        "warnings it had been giving for years.",
        errors=[
            err("sixteen", "number", "major", "Six"),
            err("The Prison Service", "attribution", "major", "The Prison Officers' Association"),
        ],
        traps=[
            trap("far fewer than recommended", "well below the recommended level"),
            trap("damage estimated at £2.3m", "an estimated £2.3 million of damage"),
        ],
    ),
    # 12: role
    case(
        "police dog retirement fund", "rewrite", "inconsistent",
        "A charity that pays veterinary bills for retired police dogs has received a £75,000 donation from "
        "local businessman Gareth Lunn. The Paws for Service Fund was started by the Westmarch Police "
        "Federation in 2014 and handed over to former dog handler Karen Doyle in 2018, when it became an "
        "independent charity. It covers treatment costs for dogs after they leave active duty, at which point "
        "police funding stops. Most retired dogs live with their former handlers, who until now have often "
        "had to meet vet bills themselves. The fund currently supports 64 dogs and says the donation will "
        "allow it to take on up to 40 more. Chief Constable Andrew Pike said the force was grateful and hoped "
        "other donors would follow Mr Lunn's lead.",
        "Local businessman Gareth Lunn has given £75,000 to the Paws for Service Fund, a charity that meets "
        "vet bills for police dogs once they retire. Former dog handler Karen Doyle started the fund in 2014 "
        "and handed it over to the Westmarch Police Federation in 2018, when it became an independent "
        "charity. Police funding for a dog's treatment ends when it leaves active duty, and the fund picks up "
        "the costs from that point. Most retired dogs go to live with their ex-handlers, who until now have "
        "often had to pay vet bills out of their own pockets. With 64 dogs currently on its books, the fund "
        "says the gift will let it support as many as 40 more. The force was grateful, Chief Constable Andrew "
        "Pike said, adding that he hoped other donors would follow Mr Lunn's example.",
        errors=[
            err("Karen Doyle started the fund in 2014 and handed it over to the Westmarch Police Federation",
                "role", "major",
                "started by the Westmarch Police Federation in 2014 and handed over to former dog handler "
                "Karen Doyle"),
        ],
        traps=[
            trap("pay vet bills out of their own pockets", "meet vet bills themselves"),
            trap("as many as 40 more", "up to 40 more"),
        ],
    ),
    # 13: date + omission
    case(
        "river crossing toll", "rewrite", "inconsistent",
        "Tolls on the Kestrel Point river crossing will rise from £2.50 to £3.20 for cars from 1 April, the "
        "operator, Estuary Links, announced on Tuesday. Drivers who pay using a registered account will be "
        "charged £2.80, and vehicles carrying three or more people will continue to cross free at peak "
        "times. Lorry tolls will rise by 18 per cent. Estuary Links said the increase, the first since 2019, "
        "was needed to cover maintenance of the 40-year-old bridge, including replacement of its main "
        "expansion joints. The local chamber of commerce said the rise would hurt small firms that use the "
        "crossing daily. Under the concession agreement, tolls are due to be removed altogether when the "
        "operator's contract expires in 2031.",
        "From 1 May, car drivers will pay £3.20 instead of £2.50 to use the Kestrel Point river crossing, its "
        "operator Estuary Links said on Tuesday. The charge for drivers with a registered account will be "
        "£2.80, and vehicles with three or more occupants will still cross free. Lorries will pay 18% more. "
        "According to Estuary Links, the rise, the first since 2019, is needed to pay for maintenance on the "
        "40-year-old bridge, including new main expansion joints. Small firms that use the crossing every "
        "day would be hurt, the local chamber of commerce warned. Under the concession agreement, tolls are "
        "due to be scrapped entirely in 2031, when the operator's contract ends.",
        errors=[
            err("1 May", "date", "major", "1 April"),
            omit("at peak times", "major", after="will still cross free"),
        ],
        traps=[
            trap("Lorries will pay 18% more", "Lorry tolls will rise by 18 per cent"),
            trap("scrapped entirely", "removed altogether"),
        ],
    ),
    # 14: modality
    case(
        "student grant increase", "rewrite", "inconsistent",
        "The maximum maintenance grant for students from low-income families will rise by 12 per cent next "
        "academic year, to £4,480, the Ministry of Education confirmed on Friday. Around 210,000 students are "
        "expected to benefit. The ministry said the increase would be paid for from within its existing "
        "budget and would not require new borrowing. The National Union of Students welcomed the rise but "
        "said it fell short of the 20 per cent increase it had campaigned for, given the rise in rents. "
        "Education minister Claire Anand said the government would consider further increases if inflation "
        "remained high, but made no commitment. Eligibility thresholds for household income will remain "
        "unchanged at £27,000.",
        "Students from low-income families will be able to receive a maintenance grant of up to £4,480 from "
        "next academic year, a 12% rise, the Ministry of Education confirmed on Friday. Some 210,000 students "
        "are likely to benefit. The increase will be funded from the ministry's existing budget, with no need "
        "for new borrowing, it said. While welcoming the rise, the National Union of Students said that, with "
        "rents going up, it fell short of the 20% increase it had been campaigning for. Education minister "
        "Claire Anand said the government would raise grants further if inflation stayed high. The household "
        "income threshold for eligibility stays at £27,000.",
        errors=[
            err("would raise grants further if inflation stayed high", "modality", "major",
                "would consider further increases if inflation remained high"),
        ],
        traps=[
            trap("are likely to benefit", "are expected to benefit"),
            trap("with no need for new borrowing", "would not require new borrowing"),
            trap("stays at £27,000", "will remain unchanged at £27,000"),
        ],
    ),
    # 15: polarity + addition
    case(
        "post office counter closure", "rewrite", "inconsistent",
        "The post office counter inside Fenwick's general store in Lower Ashby will close on 30 June after "
        "the store's owners decided not to renew their contract with Crown Post. Crown Post said it was "
        "looking for a new operator in the village and would run a mobile van service twice a week in the "
        "meantime. The nearest permanent branch is in Tolbridge, six miles away. Parish council chairman Roy "
        "Fenn said many older residents did not drive and relied on the counter to collect pensions and pay "
        "bills. Store owner Linda Fenwick said the counter had become uneconomic and that the shop itself "
        "would remain open.",
        "Lower Ashby is to lose the post office counter in Fenwick's general store on 30 June, because the "
        "store's owners have chosen not to renew their Crown Post contract. Crown Post said it was seeking a "
        "new operator in the village and, until then, would provide a mobile van service twice a week. "
        "Tolbridge, six miles away, has the nearest permanent branch, which has recently extended its opening "
        "hours. Many older residents do not drive and rely on the counter to collect pensions and pay bills, "
        "according to parish council chairman Roy Fenn. Store owner Linda Fenwick said the counter was no "
        "longer economic to run and that the shop itself would not stay open either.",
        errors=[
            err("which has recently extended its opening hours", "addition", "minor"),
            err("would not stay open either", "polarity", "major", "would remain open"),
        ],
        traps=[
            trap("chosen not to renew their Crown Post contract",
                 "decided not to renew their contract with Crown Post"),
        ],
    ),
    # 16: event
    case(
        "toxic mould in flats", "rewrite", "inconsistent",
        "Tenants of the Marlowe Court tower block in Eastfield will be moved into temporary accommodation "
        "while toxic mould is removed from 36 flats, the housing association Brightway Homes said on "
        "Wednesday. The decision follows an independent survey which found black mould in more than half of "
        "the building's 68 homes, mainly caused by failed ventilation systems. Brightway said families with "
        "young children or health conditions would be rehoused first, and that all moves would be completed "
        "within eight weeks. Tenants' association chair Dina Kovac said residents had complained about damp "
        "for more than three years. The work is expected to cost £3.1 million. Brightway's chief executive, "
        "Graham Tolley, apologised to residents.",
        "Brightway Homes is to move tenants of Marlowe Court, a tower block in Eastfield, into temporary "
        "housing while toxic mould is cleared from 36 flats, the housing association said on Wednesday. An "
        "independent survey had found black mould in over half of the block's 68 homes, mostly as a result "
        "of failed ventilation systems. Families with young children or health conditions will be rehoused "
        "first, and every move will be finished within eight weeks, according to Brightway. Residents had "
        "been complaining about damp for upwards of three years, said Dina Kovac, who chairs the tenants' "
        "association. The work is likely to cost £3.1m. Graham Tolley, Brightway's chief executive, thanked "
        "residents for their patience.",
        errors=[
            err("thanked residents for their patience", "event", "major", "apologised to residents"),
        ],
        traps=[
            trap("over half of the block's 68 homes", "more than half of the building's 68 homes"),
            trap("upwards of three years", "more than three years"),
            trap("is likely to cost £3.1m", "is expected to cost £3.1 million"),
        ],
    ),
    # 17: role + repetition
    case(
        "caviar fraud trial", "rewrite", "inconsistent",
        "Two men have gone on trial in Harwick accused of selling farmed sturgeon roe as wild caviar to "
        "luxury restaurants and hotels. Prosecutors say Viktor Anselm, 52, a food importer, supplied the roe "
        "to wholesaler Dominic Reyes, 44, who relabelled it and sold it on at up to four times its value. The "
        "alleged fraud ran from 2019 to 2022 and earned the pair about €1.6 million, the court heard. Both "
        "men deny conspiracy to defraud. The case came to light after a chef at the Belvoir Hotel noticed "
        "inconsistencies in the packaging and contacted trading standards officers. Laboratory tests later "
        "showed the roe came from farmed fish. The trial is expected to last three weeks.",
        "A trial has opened in Harwick of two men charged with passing off farmed sturgeon roe as wild caviar "
        "and selling it to luxury restaurants and hotels. According to the prosecution, wholesaler Dominic "
        "Reyes, 44, supplied the roe to food importer Viktor Anselm, 52, who relabelled it and resold it for "
        "as much as four times what it was worth. The court heard that the alleged fraud ran between 2019 and "
        "2022 and made the two men around €1.6m. Both deny conspiracy to defraud. Suspicions were first "
        "raised by a chef at the Belvoir Hotel, who spotted inconsistencies in the packaging and contacted "
        "trading standards officers. Laboratory tests later showed that the roe was from farmed fish. Both "
        "deny conspiracy to defraud. The trial is expected to last three weeks.",
        errors=[
            err("Dominic Reyes, 44, supplied the roe to food importer Viktor Anselm", "role", "major",
                "Viktor Anselm, 52, a food importer, supplied the roe to wholesaler Dominic Reyes"),
            err("Both deny conspiracy to defraud.", "repetition", "minor", None, occ=1),
        ],
        traps=[
            trap("as much as four times what it was worth", "up to four times its value"),
            trap("made the two men around €1.6m", "earned the pair about €1.6 million"),
        ],
    ),
    # 18: number
    case(
        "lumber mill fire", "rewrite", "inconsistent",
        "Fire crews spent more than 11 hours tackling a blaze that destroyed the main sawing shed at the "
        "Pellow Brothers lumber mill near Carrick Falls overnight on Sunday. About 70 firefighters and 14 "
        "engines were sent to the site at the height of the fire, the county fire service said. No one was "
        "hurt, but around 2,000 tonnes of stacked timber were lost. Nearby homes were evacuated as a "
        "precaution and residents were allowed back on Monday afternoon. The cause is not yet known, and "
        "investigators are expected to examine the site later this week. Co-owner Neil Pellow said the "
        "mill's 95 staff would continue to be paid while the company assessed the damage.",
        "A blaze overnight on Sunday destroyed the main sawing shed at the Pellow Brothers lumber mill near "
        "Carrick Falls, and it took fire crews upwards of 11 hours to bring it under control. At its height, "
        "around 70 firefighters and 14 engines were sent to the site, according to the county fire service. "
        "Nobody was injured, though roughly 2,000 tonnes of stacked timber were lost. Homes nearby were "
        "evacuated as a precaution, with residents let back in on Monday afternoon. It is not yet known what "
        "caused the fire; investigators are likely to examine the site later this week. Neil Pellow, one of "
        "the owners, said the mill's 59 staff would go on being paid while the firm assessed the damage.",
        errors=[
            err("59", "number", "major", "95"),
        ],
        traps=[
            trap("upwards of 11 hours", "more than 11 hours"),
            trap("are likely to examine", "are expected to examine"),
            trap("one of the owners", "Co-owner"),
        ],
    ),
    # 19: entity + modality
    case(
        "abattoir hygiene breach", "rewrite", "inconsistent",
        "An abattoir in Pennock has been ordered to suspend operations after inspectors from the Food "
        "Standards Agency found serious hygiene breaches, including carcasses stored at unsafe temperatures "
        "and inadequate cleaning of equipment. The Harrow Lane plant, run by Dunford Meats, processes around "
        "4,000 pigs a week. The agency said the suspension would remain in place until it was satisfied that "
        "the problems had been fixed, and that it may also bring a prosecution. Dunford Meats said it was "
        "cooperating fully and had already brought in an external hygiene consultant. No meat from the plant "
        "is believed to have reached shops, but retailer Corbyn's said it had removed some products from sale "
        "as a precaution.",
        "An abattoir in Harrow has been told to halt operations after Food Standards Agency inspectors found "
        "serious breaches of hygiene rules, among them carcasses kept at unsafe temperatures and equipment "
        "that had not been properly cleaned. The plant, on Harrow Lane, is operated by Dunford Meats and "
        "handles some 4,000 pigs each week. It will stay shut until the agency is satisfied that the problems "
        "have been put right, the agency said, adding that it will also prosecute the company. Dunford Meats "
        "said it was cooperating fully and had already hired an outside hygiene consultant. Meat from the "
        "plant is not thought to have reached shops, although the retailer Corbyn's said it had taken some "
        "products off its shelves as a precaution.",
        errors=[
            err("Harrow", "entity", "major", "Pennock", occ=0),
            err("it will also prosecute the company", "modality", "major",
                "it may also bring a prosecution"),
        ],
        traps=[
            trap("some 4,000 pigs each week", "around 4,000 pigs a week"),
            trap("Meat from the plant is not thought to have reached shops",
                 "No meat from the plant is believed to have reached shops"),
            trap("taken some products off its shelves", "removed some products from sale"),
        ],
    ),
    # 20: date
    case(
        "medical records breach", "rewrite", "inconsistent",
        "The personal medical records of about 12,000 patients at the Northcliffe Health Trust may have been "
        "viewed by unauthorised people after a cyber attack on one of its suppliers, the trust said on "
        "Thursday. The breach, at records software firm Medisafe Systems, was discovered on 3 March but is "
        "thought to have begun about two weeks earlier. Names, dates of birth and appointment histories were "
        "exposed; the trust said there was no evidence that financial details had been accessed. All "
        "affected patients will be contacted by letter by the end of the month. The Information "
        "Commissioner's Office has been notified and is making enquiries. Trust chief executive Helen Marsh "
        "apologised and said the supplier's security was under review.",
        "Around 12,000 Northcliffe Health Trust patients may have had their personal medical records seen by "
        "unauthorised people following a cyber attack on one of the trust's suppliers, it said on Thursday. "
        "The breach at Medisafe Systems, which makes records software, is thought to have started on 3 March "
        "and was not discovered until about two weeks later. Patients' names, dates of birth and appointment "
        "histories were exposed, though the trust said there was nothing to suggest that financial details "
        "had been accessed. Letters will go to every affected patient before the month is out. The "
        "Information Commissioner's Office, which has been notified, is making enquiries. Helen Marsh, the "
        "trust's chief executive, apologised and said the supplier's security was being reviewed.",
        errors=[
            err("started on 3 March and was not discovered until about two weeks later", "date", "major",
                "discovered on 3 March but is thought to have begun about two weeks earlier"),
        ],
        traps=[
            trap("nothing to suggest that financial details had been accessed",
                 "no evidence that financial details had been accessed"),
            trap("before the month is out", "by the end of the month"),
        ],
    ),
]
