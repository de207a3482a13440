"""Cases 21-30 (hand-written; all names invented)."""
from ._helpers import case, err, omit, trap

CASES = [
    # 21
    case(
        "gas storage", "translation", "inconsistent",
        "The country's gas storage facilities were 91% full on 1 November, above the legal target "
        "of 90%, the Federal Energy Agency said on Monday. Agency president Martin Eckhof said "
        "this meant supplies were likely to be sufficient for a normal winter, but he warned that "
        "a prolonged cold spell in January or February could bring levels below 30% by spring. He "
        "urged households and businesses to continue saving energy. The largest facility, at "
        "Rehdorf in the north, alone holds around a fifth of national storage capacity. Wholesale "
        "gas prices have fallen by about a third since the summer, but remain roughly twice as "
        "high as before 2021.",
        "On 1 November, gas storage sites across the country were at 91% of capacity, exceeding "
        "the 90% required by law, according to a statement from the Federal Energy Agency on "
        "Monday. This meant that supplies would be enough to get through a normal winter, the "
        "agency's head, Martin Eckhof, said, though he cautioned that a long cold snap in January "
        "or February could cause stocks to drop below 30% by the spring. He called on households "
        "and companies to keep saving energy. Rehdorf, in the north, is home to the biggest "
        "storage site, which on its own accounts for about 20% of the country's storage capacity. "
        "Wholesale gas prices are down by roughly a third compared with the summer, but are still "
        "about double their pre-2021 level.",
        errors=[
            err("would be enough", "modality", "major", "were likely to be sufficient"),
        ],
        traps=[
            trap("about 20%", "around a fifth"),
            trap("still about double their pre-2021 level",
                 "remain roughly twice as high as before 2021"),
        ],
    ),
    # 22
    case(
        "city bike share", "summary", "inconsistent",
        "Halden City Council will expand its public bike share scheme from 1,200 to 3,000 "
        "bicycles by next summer, including 1,000 electric bikes, under a new five-year contract "
        "with operator Spokewell. The number of docking stations will rise from 90 to 210, with "
        "the first new stations in the eastern districts of Marsh End and Greyfield, which are "
        "currently not served. Councillor Anita Browne, who leads on transport, said journeys had "
        "increased by 45% last year to 2.1 million. Annual membership will rise from £60 to £75, "
        "but people receiving unemployment benefits will be able to join for free. Spokewell, "
        "which replaced previous operator CycleNow in 2021, will pay for the expansion in return "
        "for advertising rights on the docking stations.",
        "Halden's bike share will grow from 1,200 to 3,000 bicycles, including 1,000 electric "
        "bikes, by next summer under a new five-year contract with CycleNow, which will fund the "
        "expansion in exchange for advertising rights. Docking stations will increase from 90 to "
        "210, starting in the unserved eastern districts of Marsh End and Greyfield, including "
        "1,000 electric bikes. Annual membership rises to £75, with free access for people on "
        "unemployment benefits.",
        errors=[
            err("CycleNow", "entity", "major", "Spokewell"),
            err("including 1,000 electric bikes", "repetition", "minor", occ=1),
        ],
        traps=[
            trap("free access for people on unemployment benefits",
                 "people receiving unemployment benefits will be able to join for free"),
        ],
    ),
    # 23
    case(
        "visa fee increase", "rewrite", "consistent",
        "The Home Affairs Office will raise the fee for a standard six-month visitor visa from "
        "£115 to £127 from 4 October, it announced on Thursday. Work and study visa fees will "
        "increase by 15%, and the cost of applying for permanent residence will rise by £200 to "
        "£2,600. Officials said the extra revenue, estimated at £310m a year, would help fund "
        "border staff and cut processing times. Children under 18 applying for study visas will be "
        "exempt from the increase. Universities warned that higher charges could deter "
        "international students, who already pay some of the highest visa costs in the world. The "
        "changes still require a vote in parliament, which is expected next month.",
        "From 4 October, a standard six-month visitor visa will cost £127 instead of £115, the "
        "Home Affairs Office said on Thursday. Fees for work and study visas are going up by 15%, "
        "while applying for permanent residence will cost £2,600, an increase of £200. The "
        "additional income, which officials estimate at £310m annually, will help pay for border "
        "staff and reduce processing times, they said. Under-18s applying for study visas will not "
        "have to pay the higher fees. Universities cautioned that the rise might put off "
        "international students, who already face some of the world's highest visa charges. "
        "Parliament must still vote on the changes, probably next month.",
        traps=[
            trap("will cost £127 instead of £115", "from £115 to £127"),
            trap("will cost £2,600, an increase of £200", "will rise by £200 to £2,600"),
            trap("Under-18s", "Children under 18"),
            trap("might put off international students", "could deter international students"),
            trap("probably next month", "which is expected next month"),
        ],
    ),
    # 24
    case(
        "town hall sale", "rewrite", "inconsistent",
        "Ashbury District Council has sold its former town hall to property developer Greystone "
        "Homes for £3.2m, ending a two-year search for a buyer. The Grade II-listed building, "
        "which has been empty since council staff moved to new offices in 2020, will be converted "
        "into 42 flats and a ground-floor café. Greystone has agreed to restore the building's "
        "clock tower and to keep the main hall available for community events on at least 20 days "
        "a year. Council leader Derek Amis said the proceeds would be used to repair leisure "
        "centres. A campaign group, Save Our Hall, had urged the council to lease the building to a "
        "community trust instead.",
        "Property developer Greystone Homes has sold Ashbury's former town hall to the district "
        "council for £3.2m, bringing a two-year hunt for a buyer to an end. The Grade II-listed "
        "building has stood empty since 2020, when council staff moved to new offices, and is to "
        "be turned into 42 flats with a café on the ground floor. Greystone has agreed to restore "
        "the clock tower and to keep the main hall available for community events for a minimum "
        "of 20 days each year. The money raised will go on repairing leisure centres, according "
        "to council leader Derek Amis. The Save Our Hall campaign group had pressed the council to "
        "lease the building to a community trust instead.",
        errors=[
            err("Greystone Homes has sold Ashbury's former town hall to the district council",
                "role", "critical",
                "Ashbury District Council has sold its former town hall to property developer "
                "Greystone Homes"),
        ],
        traps=[
            trap("bringing a two-year hunt for a buyer to an end",
                 "ending a two-year search for a buyer"),
            trap("for a minimum of 20 days each year", "on at least 20 days a year"),
        ],
    ),
    # 25
    case(
        "exam cheating", "translation", "consistent",
        "The national examinations board has cancelled the results of 212 candidates in this "
        "year's baccalaureate after discovering that questions from the mathematics paper had "
        "been shared on a messaging app about an hour before the exam began. The board said the "
        "leak had been traced to a supervisor at a school in the city of Montreuil-sur-Lys, who "
        "has been suspended and could face criminal charges. The affected candidates, who were "
        "identified through their phone records and unusually similar answers, will be allowed to "
        "sit a replacement paper on 8 July. Education Minister Claire Dumonteil described the "
        "incident as 'unacceptable' and announced that from next year, exam papers would be sent "
        "to schools electronically and printed on site 30 minutes before the start.",
        "A total of 212 students sitting this year's baccalaureate have had their results annulled "
        "by the national examinations board, which found that questions from the maths paper had "
        "been circulated on a messaging application roughly 60 minutes before the start of the "
        "exam. The board traced the leak to an invigilator at a school in Montreuil-sur-Lys; the "
        "invigilator has been suspended and may be prosecuted. The students concerned, identified "
        "from their telephone records and from answers that were suspiciously alike, will be able "
        "to take a replacement paper on 8 July. Calling the affair 'unacceptable', the education "
        "minister, Claire Dumonteil, announced that starting next year papers would be sent to "
        "schools in electronic form and printed on the premises half an hour before the exam "
        "begins.",
        traps=[
            trap("have had their results annulled by the national examinations board",
                 "The national examinations board has cancelled the results"),
            trap("roughly 60 minutes", "about an hour"),
            trap("an invigilator", "a supervisor"),
            trap("may be prosecuted", "could face criminal charges"),
            trap("half an hour", "30 minutes"),
        ],
    ),
    # 26
    case(
        "export ban grain", "translation", "inconsistent",
        "The government has banned exports of wheat and barley until the end of the year after "
        "drought cut the harvest by nearly 40%, the Ministry of Agriculture announced on Tuesday. "
        "The ban does not apply to grain already loaded onto ships or to shipments under existing "
        "intergovernmental agreements, the ministry said. Deputy Minister Arman Seitkali said the "
        "measure was needed to keep bread prices stable, which have risen by 18% since June. Grain "
        "traders criticised the decision, warning that it would damage the country's reputation "
        "as a reliable supplier. The ministry said it would review the ban in October and could "
        "lift it earlier if imports from neighbouring countries increased.",
        "Wheat and barley exports have been prohibited until the end of the year because drought "
        "reduced the harvest by almost 40 percent, the Ministry of Agriculture said on Tuesday. "
        "According to the ministry, the ban also applies to grain already on board ships and to "
        "deliveries under existing agreements between governments. The measure is necessary to "
        "keep bread prices stable; they have gone up 18 percent since June, said Deputy Minister "
        "Arman Seitkali. Grain traders criticised the decision, saying it would harm the "
        "country's image as a dependable supplier, harm the country's image. The ministry will "
        "reconsider the ban in October and may lift it sooner if more is imported from "
        "neighbouring countries, it said.",
        errors=[
            err("also applies to", "polarity", "critical", "does not apply to"),
            err("harm the country's image", "repetition", "minor", occ=1),
        ],
        traps=[
            trap("almost 40 percent", "nearly 40%"),
            trap("may lift it sooner", "could lift it earlier"),
        ],
    ),
    # 27
    case(
        "oil field approval", "rewrite", "inconsistent",
        "The Energy Ministry has approved development of the Skarvik oil field in the northern "
        "sea, which is expected to produce up to 70,000 barrels a day at its peak. Operator "
        "Brentholm Energy plans to invest 4.8 billion dollars in the project and said first oil "
        "could flow in 2028. The approval is subject to strict conditions, including a requirement "
        "to power the platform with electricity from shore to reduce emissions. Environmental "
        "groups said they would challenge the decision in court, arguing that the ministry had not "
        "properly assessed the climate impact of burning the oil. Energy Minister Tove Lindqvist "
        "said the field would secure around 1,500 jobs and that the country would still meet its "
        "2030 emissions target.",
        "Development of the Skarvik oil field in the northern sea has been given the go-ahead by "
        "the Energy Ministry, and it is expected to produce up to 70,000 barrels a day. Brentholm "
        "Energy, the operator, intends to invest $4.8bn in the project and said oil could start "
        "flowing in 2028. Strict conditions are attached to the approval, among them a requirement "
        "that the platform be powered by electricity from shore to reduce emissions. Environmental "
        "groups are considering a legal challenge, arguing that the ministry had failed to "
        "properly assess the climate impact of burning the oil. According to Energy Minister Tove "
        "Lindqvist, the field will secure around 1,500 jobs and the country will still meet its "
        "2030 emissions target.",
        errors=[
            omit("at its peak", "minor", after="up to 70,000 barrels a day"),
            err("are considering a legal challenge", "modality", "major",
                "said they would challenge the decision in court"),
        ],
        traps=[
            trap("has been given the go-ahead by the Energy Ministry",
                 "The Energy Ministry has approved"),
            trap("$4.8bn", "4.8 billion dollars"),
        ],
    ),
    # 28
    case(
        "water contamination", "rewrite", "consistent",
        "About 23,000 households in the Penhallow area have been told to boil tap water before "
        "drinking it after E. coli bacteria were detected at a treatment works on Sunday, Tamar "
        "Valley Water said. The company said the contamination was probably caused by heavy "
        "rainfall washing animal waste into a reservoir, and that the advice would remain in place "
        "until at least Thursday. Bottled water is being handed out at three collection points, "
        "and deliveries are being made to 1,400 vulnerable customers on the company's priority "
        "register. The public health agency said there had been no confirmed cases of illness "
        "linked to the incident. The Drinking Water Regulator has opened an inquiry.",
        "Tamar Valley Water has told roughly 23,000 homes in and around Penhallow to boil their "
        "tap water before drinking it, after E. coli bacteria were found at a treatment works on "
        "Sunday. Heavy rain had most likely washed animal waste into a reservoir, the company said, "
        "adding that the advice would stay in force until Thursday at the earliest. Three "
        "collection points are handing out bottled water, while the 1,400 vulnerable customers on "
        "the company's priority register are receiving deliveries. No confirmed cases of illness "
        "have been linked to the incident, according to the public health agency. An inquiry has "
        "been opened by the Drinking Water Regulator.",
        traps=[
            trap("roughly 23,000 homes", "About 23,000 households"),
            trap("most likely", "probably"),
            trap("until Thursday at the earliest", "until at least Thursday"),
            trap("No confirmed cases of illness have been linked to the incident",
                 "there had been no confirmed cases of illness linked to the incident"),
            trap("An inquiry has been opened by the Drinking Water Regulator",
                 "The Drinking Water Regulator has opened an inquiry"),
        ],
    ),
    # 29
    case(
        "gambling advert ban", "summary", "consistent",
        "Gambling companies will be banned from advertising on television and radio between 5.30am "
        "and 9pm from January, under rules announced on Wednesday by the Media and Gaming "
        "Authority. Sponsorship of football shirts by betting firms will also be phased out over "
        "three seasons, although logos on pitch-side hoardings will still be permitted. The "
        "authority said the measures were intended to reduce children's exposure to gambling, "
        "after a survey found that 68% of 11- to 16-year-olds had seen a betting advert in the "
        "previous week. Industry body the Betting Standards Council said the rules would cost "
        "broadcasters around €90m a year in lost revenue. Online advertising is not covered by the "
        "ban but will be reviewed next year.",
        "New Media and Gaming Authority rules will keep gambling adverts off television and radio "
        "from 5.30am to 9pm starting in January, and betting sponsors will disappear from football "
        "shirts over three seasons, though pitch-side hoardings are unaffected. The aim is to cut "
        "children's exposure after a survey found more than two-thirds of 11- to 16-year-olds had "
        "seen a betting advert in the previous week. Online advertising is exempt for now but will "
        "be reviewed next year.",
        traps=[
            trap("keep gambling adverts off television and radio",
                 "Gambling companies will be banned from advertising on television and radio"),
            trap("pitch-side hoardings are unaffected",
                 "logos on pitch-side hoardings will still be permitted"),
            trap("more than two-thirds", "68%"),
            trap("exempt for now", "is not covered by the ban"),
        ],
    ),
    # 30
    case(
        "new town plan", "summary", "inconsistent",
        "The government has selected a site near the village of Linwood Cross for a new town of "
        "up to 18,000 homes, Housing Secretary Gareth Pell announced on Monday. The development, "
        "to be built over 20 years, will include four primary schools, a secondary school and a "
        "railway station on the existing Kettering–Harlow line. Pell said 40% of the homes would "
        "be classed as affordable. The project will be led by a development corporation, which "
        "will buy land from local farmers at prices set by an independent valuer. The announcement "
        "was welcomed by Ashdown District Council, whose area includes the site, but Linwood Cross "
        "Parish Council, which had opposed the plan, said it would seek a judicial review. Work on "
        "the first 1,500 homes is scheduled to start in 2027.",
        "The government has chosen land near Linwood Cross for a new town of up to 18,000 homes, "
        "the largest planned in the country for half a century, Housing Secretary Gareth Pell "
        "said. It will be built over 20 years with schools, a railway station and 40% affordable "
        "housing. Construction of the first 1,500 homes is due to begin in 2027, but Ashdown "
        "District Council, which opposed the scheme, plans to seek a judicial review.",
        errors=[
            err("the largest planned in the country for half a century", "addition", "minor"),
            err("Ashdown District Council", "entity", "major", "Linwood Cross Parish Council"),
        ],
        traps=[
            trap("is due to begin", "is scheduled to start"),
        ],
    ),
]
