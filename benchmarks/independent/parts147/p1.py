"""set147 cases 1-10."""
from ._helpers import case, err, om, trap

CASES = [
    # 1 ------------------------------------------------------------------
    case(
        "eye test van", "rewrite", "consistent",
        "A mobile eye clinic operated by the Corrin Valley Health Trust will begin visiting eleven "
        "villages in the district from Monday 3 March, the trust announced yesterday. The converted "
        "van, fitted with a retinal camera and a standard sight chart, will stop in each village once "
        "every six weeks and offer free checks to residents over 60 and to children under 16. "
        "Optometrist Helena Rask, who will lead the service, said about one in five older residents in "
        "the valley had not had an eye test in the past two years. The project is funded by a £180,000 "
        "grant from the Lindqvist Foundation and will run for an initial 18 months. Appointments can be "
        "booked by phone, but walk-in patients will also be seen if time allows.",
        "From Monday 3 March, eleven villages in the district will be visited by a mobile eye clinic "
        "run by the Corrin Valley Health Trust, the trust said yesterday. Equipped with a retinal camera "
        "and a standard sight chart, the converted van will call at each village every six weeks, "
        "offering free checks to children under 16 and residents aged over 60. According to Helena "
        "Rask, the optometrist leading the service, roughly 20% of older residents in the valley have "
        "gone without an eye test for the past two years. A £180,000 grant from the Lindqvist "
        "Foundation is paying for the project, which will run for an initial year and a half. Patients "
        "can book appointments by phone, though walk-in patients will also be seen if time allows.",
        traps=[
            trap("run by the Corrin Valley Health Trust", "operated by the Corrin Valley Health Trust"),
            trap("will call at each village every six weeks",
                 "will stop in each village once every six weeks"),
            trap("roughly 20%", "about one in five"),
            trap("an initial year and a half", "an initial 18 months"),
        ],
    ),
    # 2 ------------------------------------------------------------------
    case(
        "e-scooter ban", "rewrite", "inconsistent",
        "The city council of Marrowgate voted on Tuesday evening to ban rented e-scooters from its "
        "central pedestrian zone, starting on 1 June. The ban, approved by 31 votes to 14, covers the "
        "area inside the old ring road and applies only to hire schemes; privately owned scooters are "
        "not affected. Councillor Priya Valdane, who proposed the measure, said the council had "
        "received more than 400 complaints about scooters left on pavements last year. The operator, "
        "Zipply, said it was disappointed and was reviewing its options. Officials said the ban could "
        "be extended to the harbour district if complaints there continue to rise. A review of the "
        "policy is scheduled for the end of the year.",
        "Rented e-scooters will be banned from Marrowgate's central pedestrian zone from 1 July after "
        "councillors voted 31 to 14 in favour on Tuesday evening. The ban covers the area inside the "
        "old ring road and applies only to hire schemes, so privately owned scooters are unaffected. "
        "Councillor Priya Valdane, who put forward the proposal, said more than 400 complaints about "
        "scooters left on pavements had reached the council last year. Zipply, the operator, said it "
        "was disappointed and was looking at its options. Officials said the ban will be extended to "
        "the harbour district if complaints there keep rising. The policy is due to be reviewed at the "
        "end of the year.",
        errors=[
            err("1 July", "date", "major", "1 June"),
            err("will be extended", "modality", "major", "could be extended"),
        ],
        traps=[
            trap("who put forward the proposal", "who proposed the measure"),
            trap("was looking at its options", "was reviewing its options"),
        ],
    ),
    # 3 ------------------------------------------------------------------
    case(
        "castle wall collapse", "summary", "consistent",
        "A 12-metre section of the curtain wall at Dunharrow Castle collapsed early on Sunday morning "
        "after days of heavy rain, the heritage body Stoneward Trust said. No one was injured, as the "
        "castle had been closed to visitors since Friday because of the weather. Engineers believe "
        "water built up behind the medieval masonry and pushed the wall outward. The trust said the "
        "fallen stones would be numbered and stored so that the section can be rebuilt using the "
        "original material. Repairs are expected to cost at least £2 million and take around three "
        "years. The castle, which attracts about 90,000 visitors a year, will remain closed until a "
        "full structural survey has been completed. Local businesses said they were worried about the "
        "loss of tourist trade over the summer.",
        "A 12-metre stretch of Dunharrow Castle's curtain wall collapsed on Sunday morning after days "
        "of heavy rain, with nobody hurt because the site had been shut since Friday. Engineers think "
        "water trapped behind the medieval masonry pushed the wall outward. The Stoneward Trust intends "
        "to rebuild the section from the original stones, in work expected to take roughly three years "
        "and cost £2m or more. The castle stays closed pending a full structural survey.",
        traps=[
            trap("the site had been shut since Friday",
                 "the castle had been closed to visitors since Friday"),
            trap("roughly three years", "around three years"),
            trap("cost £2m or more", "cost at least £2 million"),
            trap("stays closed pending a full structural survey",
                 "will remain closed until a full structural survey has been completed"),
        ],
    ),
    # 4 ------------------------------------------------------------------
    case(
        "horse welfare case", "translation", "inconsistent",
        "A court in Maarsbroek has banned a 54-year-old horse breeder from keeping animals for ten "
        "years after inspectors found eleven severely underweight horses on his farm. The breeder had "
        "been reported to the authorities by his former stable hand in February last year. According "
        "to the judgment, three of the horses had to be put down. The man, identified only as Johan "
        "K., was also fined 8,000 euros. His lawyer told the court that his client had been suffering "
        "from depression and had lost control of the business. The remaining eight horses have been "
        "taken in by the Hoefslag sanctuary, where they are said to be recovering well. The breeder can "
        "appeal within six weeks.",
        "The court in Maarsbroek has prohibited a horse breeder, 54, from keeping any animals, after "
        "inspectors discovered eleven badly emaciated horses at his farm. In February of last year the "
        "breeder had reported his former stable hand to the authorities. Three of the horses had to be "
        "euthanised, the ruling states. The man, whose name was given only as Johan K., must also pay a "
        "fine of 8,000 euros. According to his lawyer, he had been suffering from depression and had "
        "lost control of the business. The other eight horses are now being cared for at the Hoefslag "
        "sanctuary, where they are reportedly recovering well. He has six weeks to appeal.",
        errors=[
            om("for ten years", "major", after="from keeping any animals"),
            err("breeder had reported his former stable hand", "role", "critical",
                "had been reported to the authorities by his former stable hand"),
        ],
        traps=[
            trap("badly emaciated", "severely underweight"),
            trap("euthanised", "put down"),
            trap("He has six weeks to appeal", "The breeder can appeal within six weeks"),
        ],
    ),
    # 5 ------------------------------------------------------------------
    case(
        "panda loan ends", "rewrite", "inconsistent",
        "Two giant pandas that have lived at Ashcombe Zoo for the past ten years will be flown back to "
        "China next month at the end of their loan agreement, the zoo confirmed on Thursday. The male, "
        "Bao Lin, and the female, Mei Shan, will be housed at the Qingmu breeding centre. They arrived "
        "in 2015 under a deal with the Chengxi Giant Panda Foundation. Their cub, Xiao Yu, who was born "
        "at the zoo in 2020, left for the Dalong research base last year. Zoo director Martin Okafor "
        "said staff were sad to see the pair go but proud of what the programme had achieved. The zoo "
        "paid an annual fee of about $1 million for the loan. Visitors can see the pandas until 14 "
        "September, after which their enclosure will close for conversion.",
        "Ashcombe Zoo confirmed on Thursday that its two giant pandas will be flown back to China next "
        "month when their loan agreement ends, after a decade at the zoo. Bao Lin, the male, and Mei "
        "Shan, the female, will be housed at the Dalong research base, where their cub Xiao Yu, born at "
        "the zoo in 2020, was sent last year. The pair arrived in 2015 under an arrangement with the "
        "Chengxi Giant Panda Foundation. Director Martin Okafor said staff were sad to see them leave "
        "but proud of the programme's achievements. The loan cost the zoo roughly $1m a year. The "
        "pandas will remain on view until 14 September; the enclosure will then close for conversion.",
        errors=[
            err("the Dalong research base", "entity", "major", "the Qingmu breeding centre"),
        ],
        traps=[
            trap("after a decade at the zoo", "for the past ten years"),
            trap("roughly $1m a year", "an annual fee of about $1 million"),
        ],
    ),
    # 6 ------------------------------------------------------------------
    case(
        "rural bus route saved", "rewrite", "consistent",
        "The number 47 bus between Kettleby and Thornmoor, which was due to be withdrawn at the end of "
        "this month, has been saved after the county council agreed to cover its running costs for "
        "another two years. Operator Greenline Coaches had said in January that the route was losing "
        "about £3,000 a week and would stop on 31 March. Following a petition signed by 2,600 people, "
        "the council's transport committee voted unanimously on Wednesday to provide a subsidy of "
        "£310,000. The service will continue to run six times a day on weekdays, but the Saturday "
        "timetable will be cut from five journeys to three. Committee chair Olwen Pryce said the route "
        "was a lifeline for older residents who do not drive.",
        "Kettleby's number 47 bus link to Thornmoor will keep running after all. The county council "
        "has agreed to meet the route's running costs for two more years, reversing a withdrawal that "
        "had been set for the end of the month. In January, Greenline Coaches, which operates the "
        "service, said the route was losing roughly £3,000 every week and would stop running on 31 "
        "March. "
        "After a 2,600-signature petition, every member of the council's transport committee voted on "
        "Wednesday for a £310,000 subsidy. Weekday services will stay at six a day, although Saturdays "
        "will drop from five journeys to three. Olwen Pryce, who chairs the committee, described the "
        "route as a lifeline for older residents who don't drive.",
        traps=[
            trap("for two more years", "for another two years"),
            trap("roughly £3,000 every week", "about £3,000 a week"),
            trap("a 2,600-signature petition", "a petition signed by 2,600 people"),
            trap("every member of the council's transport committee voted", "voted unanimously"),
            trap("Saturdays will drop from five journeys to three",
                 "the Saturday timetable will be cut from five journeys to three"),
        ],
    ),
    # 7 ------------------------------------------------------------------
    case(
        "herbarium digitisation", "summary", "inconsistent",
        "The Royal Botanic Institute of Calderwick has finished digitising its entire herbarium of 1.4 "
        "million pressed plant specimens, a project that took seven years and cost €6.5 million. Every "
        "sheet has been photographed at high resolution and its label transcribed, allowing researchers "
        "anywhere to search the collection online free of charge. The oldest specimen, a sprig of wild "
        "thyme collected in 1702, is among the images now available. Head of collections Dr Ines "
        "Moravec said about a third of the transcription work had been done by volunteers working from "
        "home. The institute said the data had already been used in 40 published studies, mostly on "
        "how flowering times have shifted with climate change. The physical specimens will remain in "
        "the institute's archive.",
        "Calderwick's Royal Botanic Institute has completed a seven-year, €6.5m project to digitise all "
        "1.4 million specimens in its herbarium, including a sprig of wild thyme from 1702, making "
        "high-resolution images and transcribed labels freely searchable online. Around half of the "
        "transcription was done by volunteers at home. The data has already been used in 40 published "
        "studies, mostly on climate-driven shifts in flowering times, and the institute plans to "
        "digitise its seed collection next.",
        errors=[
            err("Around half", "number", "major", "about a third"),
            err("the institute plans to digitise its seed collection next", "addition", "major", None),
        ],
        traps=[
            trap("a seven-year, €6.5m project", "took seven years and cost €6.5 million"),
            trap("freely searchable online", "search the collection online free of charge"),
        ],
    ),
    # 8 ------------------------------------------------------------------
    case(
        "road toll introduction", "translation", "consistent",
        "From 1 October, drivers using the new bridge over the Almesta estuary near Puerto Miralba will "
        "have to pay a toll of 3.50 euros per crossing, the regional transport ministry announced on "
        "Monday. Heavy goods vehicles will pay 12 euros. Residents of the two municipalities at either "
        "end of the bridge will be able to apply for a card giving them a 50 percent discount. The toll "
        "will be collected electronically by cameras that read number plates, so there will be no "
        "barriers or booths. According to the ministry, the revenue will be used to repay the "
        "240-million-euro loan that financed the construction. The toll is to be abolished once the "
        "loan has been paid off, which is expected to take around 25 years.",
        "Motorists crossing the new bridge over the Almesta estuary close to Puerto Miralba will be "
        "charged 3.50 euros each time starting on October 1, the regional ministry of transport said on "
        "Monday. For lorries the charge will be 12 euros. People living in the two municipalities on "
        "either side of the bridge can apply for a card that halves the price. There will be no "
        "barriers or toll booths: the charge will be collected electronically, using cameras that "
        "recognise licence plates. The ministry said the money raised will go towards paying back the "
        "loan of 240 million euros that paid for the bridge to be built. Once that loan is repaid, "
        "probably in about 25 years, the toll will be scrapped.",
        traps=[
            trap("starting on October 1", "From 1 October"),
            trap("lorries", "Heavy goods vehicles"),
            trap("a card that halves the price", "a card giving them a 50 percent discount"),
            trap("probably in about 25 years", "expected to take around 25 years"),
        ],
    ),
    # 9 ------------------------------------------------------------------
    case(
        "oat milk plant", "rewrite", "inconsistent",
        "Nordgrain, the Swedish-owned oat drinks maker, will open a €75 million production plant in the "
        "port town of Halsvik next spring, creating around 120 jobs. The factory will be able to produce "
        "150 million litres a year, roughly tripling the company's current capacity. Chief executive "
        "Linnea Borg said the site was chosen for its rail link and its proximity to oat farms in the "
        "region. The company has not ruled out a second phase that would double output again, but said "
        "no decision would be taken before 2027. Local planning officials approved the project in "
        "August despite objections from residents concerned about lorry traffic. Construction began "
        "last month.",
        "Oat drinks producer Nordgrain, which is Swedish-owned, is to open a €75m plant in the port town "
        "of Halsvik next spring, bringing about 120 jobs. With an annual capacity of 150 million "
        "litres, the site will roughly triple the firm's current capacity. Chief executive Linnea Borg "
        "said Halsvik was picked because of its rail connection and the oat farms nearby. The company "
        "has ruled out a second phase that would double output again, and said no decision would be "
        "made before 2027. Local planners approved the scheme in August despite objections from "
        "residents worried about lorry traffic, and building work started last month.",
        errors=[
            err("has ruled out", "polarity", "major", "has not ruled out"),
        ],
        traps=[
            trap("With an annual capacity of 150 million litres",
                 "will be able to produce 150 million litres a year"),
            trap("building work started last month", "Construction began last month"),
        ],
    ),
    # 10 -----------------------------------------------------------------
    case(
        "eviction moratorium", "translation", "consistent",
        "The government of the autonomous region of Terrasol has extended its ban on evictions of "
        "tenants in arrears until 31 March next year, the regional housing secretary, Marta Cordeiro, "
        "announced on Friday. The moratorium, introduced during last winter's floods, was due to expire "
        "at the end of this month. It protects households whose income has fallen by at least 30 "
        "percent and who can prove they have applied for housing assistance. Landlords who lose rent as "
        "a result can claim compensation of up to 900 euros a month from a regional fund. Cordeiro said "
        "about 4,200 families were currently covered by the measure. The landlords' association "
        "Proprietários Unidos criticised the decision, saying the compensation was paid too slowly.",
        "On Friday, Terrasol's regional secretary for housing, Marta Cordeiro, announced that the "
        "autonomous region would keep its freeze on evicting tenants who are behind on rent in place "
        "until March 31 of next year. The measure, which was brought in during the floods last winter, "
        "had been set to lapse at the end of the current month. It applies to households that have "
        "lost at least 30% of their income and can show that they have requested housing aid. "
        "Landlords who miss out on rent because of it may claim up to 900 euros per month in "
        "compensation from a regional fund. Some 4,200 families are currently protected, according to "
        "Cordeiro. The decision drew criticism from the landlords' group Proprietários Unidos, which "
        "complained that compensation payments were slow to arrive.",
        traps=[
            trap("tenants who are behind on rent", "tenants in arrears"),
            trap("until March 31 of next year", "until 31 March next year"),
            trap("had been set to lapse", "was due to expire"),
            trap("lost at least 30% of their income", "whose income has fallen by at least 30 percent"),
            trap("Some 4,200 families", "about 4,200 families"),
        ],
    ),
]
