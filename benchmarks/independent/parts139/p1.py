"""Part 1: ten consistent rewrites."""

from .common import case, trap

CASES = [
    case(
        "rent cap extension", "rewrite", "consistent",
        "The Marrowfield Housing Authority announced on Monday that its cap on "
        "annual rent increases will be extended until 31 March 2027. The cap, "
        "introduced in 2023, limits rises on existing tenancies to 3.5 per cent "
        "a year and covers roughly 48,000 privately rented homes across the "
        "district. Authority chair Delphine Okafor-Reyes said the extension "
        "would give tenants 'breathing space' while a review of local housing "
        "costs is completed. Landlord groups had lobbied for the cap to expire "
        "this spring, arguing that maintenance costs had risen faster than "
        "permitted rents. The authority said it would consult landlords and "
        "tenants before deciding whether to make the measure permanent, with a "
        "decision expected by the end of next year.",
        "Annual rent rises on existing tenancies in Marrowfield will remain "
        "capped at 3.5% until the end of March 2027, the district's housing "
        "authority said on Monday. First introduced in 2023, the limit applies "
        "to about 48,000 homes in the private rented sector across the "
        "district. Delphine Okafor-Reyes, who chairs the authority, said the "
        "extension would give tenants 'breathing space' while local housing "
        "costs are reviewed. Landlord groups, arguing that maintenance costs "
        "had outstripped the rents they were allowed to charge, had pushed for "
        "the cap to lapse this spring. The authority will consult both "
        "landlords and tenants before it decides whether to make the measure "
        "permanent; a decision is expected by the close of next year.",
        traps=[
            trap("3.5%", "3.5 per cent"),
            trap("the end of March 2027", "31 March 2027"),
            trap("about 48,000 homes in the private rented sector",
                 "roughly 48,000 privately rented homes"),
            trap("who chairs the authority", "Authority chair"),
            trap("had pushed for the cap to lapse",
                 "had lobbied for the cap to expire"),
        ],
    ),
    case(
        "frog crossing tunnel", "rewrite", "consistent",
        "Work on two amphibian tunnels beneath Fenwick Lane is due to begin in "
        "February, Hollin Vale District Council has confirmed. Volunteers from "
        "the Hollin Vale Toad Patrol have carried an estimated 3,100 frogs and "
        "toads across the road by hand each spring since 2016, but last year "
        "they counted more than 400 killed by traffic on a single stretch of "
        "about 300 metres. The tunnels, each 60 centimetres wide, will be "
        "fitted with low guide walls to steer the animals towards the "
        "entrances. The £185,000 scheme is being paid for jointly by the "
        "council and the Crestwater Wildlife Trust. Council engineer Tobias "
        "Amankwah said the lane would close for up to three weeks during "
        "construction but should reopen before the spring migration begins.",
        "Hollin Vale District Council has confirmed that construction of two "
        "tunnels for amphibians under Fenwick Lane is scheduled to start in "
        "February. Since 2016, volunteers with the Hollin Vale Toad Patrol "
        "have hand-carried some 3,100 frogs and toads over the road every "
        "spring, yet last year they recorded upwards of 400 deaths from "
        "traffic along one stretch of roughly 300 metres. Low guide walls will "
        "steer the animals towards the entrances of the tunnels, which are "
        "each 60cm wide. The council and the Crestwater Wildlife Trust are "
        "jointly funding the £185,000 scheme. According to council engineer "
        "Tobias Amankwah, the lane will be shut for a maximum of three weeks "
        "while the work is carried out, but it is expected to reopen before "
        "the spring migration gets under way.",
        traps=[
            trap("is scheduled to start", "is due to begin"),
            trap("upwards of 400 deaths from traffic",
                 "more than 400 killed by traffic"),
            trap("60cm", "60 centimetres"),
            trap("for a maximum of three weeks", "for up to three weeks"),
            trap("is expected to reopen", "should reopen"),
        ],
    ),
    case(
        "folk festival funding", "rewrite", "consistent",
        "The Kestlow Bay Folk Festival has secured £96,000 from the Outer "
        "Firth Arts Fund, guaranteeing that the event will go ahead for at "
        "least the next three summers. Organisers had warned in January that "
        "the festival, which attracted about 7,500 visitors last July, might "
        "have to be scaled back to a single day after its main sponsor, ferry "
        "operator Calloway Lines, withdrew its support. The new grant will be "
        "paid in three equal annual instalments. Festival director Morag "
        "Ellingsen said the money would cover artists' fees and staging but "
        "not the cost of a planned second venue, for which organisers are "
        "still seeking a partner. This year's festival will run from 18 to 20 "
        "July.",
        "A £96,000 grant from the Outer Firth Arts Fund means the Kestlow Bay "
        "Folk Festival is now guaranteed to take place for a minimum of three "
        "more summers. After its main sponsor, the ferry company Calloway "
        "Lines, pulled out, organisers warned in January that the event, "
        "which drew roughly 7,500 people last July, could be cut to just one "
        "day. The grant will arrive in three annual payments of £32,000. "
        "According to festival director Morag Ellingsen, it will pay for "
        "performers' fees and staging, but not for a planned second venue, "
        "for which a partner has yet to be found. This summer's festival takes "
        "place from 18 to 20 July.",
        traps=[
            trap("for a minimum of three more summers",
                 "for at least the next three summers"),
            trap("roughly 7,500 people", "about 7,500 visitors"),
            trap("could be cut to just one day",
                 "might have to be scaled back to a single day"),
            trap("three annual payments of £32,000",
                 "three equal annual instalments"),
            trap("performers' fees", "artists' fees"),
        ],
    ),
    case(
        "stork nesting return", "rewrite", "consistent",
        "A pair of white storks has returned to nest on the chimney of the "
        "former Bramholt brickworks for the third consecutive year, the "
        "Lessingworth Stork Project said on Thursday. The birds, identified by "
        "leg rings fitted in the Netherlands, arrived on 28 March, eleven days "
        "earlier than last year. Project coordinator Annika Vrolijk said the "
        "pair raised three chicks in 2024 and that volunteers hoped for a "
        "similar number this season. The project, which began releasing "
        "captive-bred storks in 2019, now counts 14 breeding pairs in the "
        "county, up from six two years ago. A live camera trained on the nest "
        "will be switched on next week, the project said.",
        "For the third year running, a pair of white storks is back nesting "
        "on the chimney of the old Bramholt brickworks, the Lessingworth Stork "
        "Project said on Thursday. The birds, which were identified from leg "
        "rings put on in the Netherlands, landed on 28 March, eleven days "
        "earlier than a year ago. The pair reared three chicks in 2024, and "
        "volunteers are hoping for about the same number this season, "
        "according to project coordinator Annika Vrolijk. The project, which "
        "first released captive-bred storks in 2019, now counts 14 breeding "
        "pairs in the county, more than twice the six recorded two years ago. "
        "A live webcam on the nest will be turned on next week, the project "
        "added.",
        traps=[
            trap("For the third year running", "for the third consecutive year"),
            trap("eleven days earlier than a year ago",
                 "eleven days earlier than last year"),
            trap("reared three chicks", "raised three chicks"),
            trap("more than twice the six recorded two years ago",
                 "up from six two years ago"),
            trap("A live webcam on the nest", "A live camera trained on the nest"),
        ],
    ),
    case(
        "magic show permit", "rewrite", "consistent",
        "Port Alder's licensing committee has granted a temporary "
        "entertainment permit to illusionist Caspar Vellacott, allowing him to "
        "perform a stunt in which he will be suspended in a glass box above "
        "the harbour for 36 hours. The permit, approved by four votes to one "
        "on Wednesday, is conditional on a qualified medic being present "
        "throughout and on the harbour walkway remaining open to the public. "
        "Committee member Fiona Delacroix-Hume, who voted against, said she "
        "was concerned that crowds could block emergency access to the "
        "lifeboat station. The stunt is scheduled for the weekend of 9 and 10 "
        "August. Mr Vellacott's promoter, Lanternfly Events, said all proceeds "
        "from ticketed viewing areas would go to the Port Alder Lifeboat Fund.",
        "Illusionist Caspar Vellacott has been given a temporary entertainment "
        "permit by Port Alder's licensing committee to spend a day and a half "
        "suspended in a glass box above the harbour. Approved four to one on "
        "Wednesday, the permit is subject to a qualified medic being on hand "
        "for the whole stunt and to the harbour walkway staying open to the "
        "public. The lone dissenter, committee member Fiona Delacroix-Hume, "
        "said she feared crowds could block emergency access to the lifeboat "
        "station. The stunt is planned for the weekend of 9-10 August, and "
        "Lanternfly Events, which promotes Mr Vellacott, said the Port Alder "
        "Lifeboat Fund would receive all proceeds from ticketed viewing areas.",
        traps=[
            trap("a day and a half", "36 hours"),
            trap("Approved four to one", "approved by four votes to one"),
            trap("The lone dissenter", "who voted against"),
            trap("9-10 August", "9 and 10 August"),
            trap("which promotes Mr Vellacott", "Mr Vellacott's promoter"),
        ],
    ),
    case(
        "comet sighting", "rewrite", "consistent",
        "Amateur astronomers across the region should be able to see Comet "
        "Halvorsen-Teague with the naked eye from next Tuesday, the Greywater "
        "Observatory said. The comet, discovered in March by retired teacher "
        "Ingrid Halvorsen and astronomer Ravi Teague, is expected to reach its "
        "brightest on 14 October, when it will pass about 92 million "
        "kilometres from Earth. Observatory director Dr Samuel Ferriday said "
        "the best views would be low in the western sky about an hour after "
        "sunset, away from street lighting. He cautioned that predictions of "
        "comet brightness were 'notoriously unreliable' and that binoculars "
        "might still be needed. The observatory will open its grounds to the "
        "public on three evenings next week, weather permitting.",
        "From next Tuesday, amateur astronomers across the region ought to be "
        "able to see Comet Halvorsen-Teague without any optical aid, according "
        "to the Greywater Observatory. Discovered in March by Ingrid "
        "Halvorsen, a retired teacher, and the astronomer Ravi Teague, the "
        "comet is likely to be at its brightest on 14 October, when it will "
        "pass roughly 92 million km from Earth. The best views, said "
        "observatory director Dr Samuel Ferriday, will be low in the west "
        "around an hour after sunset, away from street lights. He warned that "
        "forecasts of how bright comets will get are 'notoriously unreliable' "
        "and that binoculars might still be necessary. Weather permitting, the "
        "observatory's grounds will be open to the public on three evenings "
        "next week.",
        traps=[
            trap("ought to be able to see", "should be able to see"),
            trap("without any optical aid", "with the naked eye"),
            trap("is likely to be at its brightest",
                 "is expected to reach its brightest"),
            trap("92 million km", "92 million kilometres"),
            trap("low in the west around an hour after sunset",
                 "low in the western sky about an hour after sunset"),
        ],
    ),
    case(
        "asparagus season start", "rewrite", "consistent",
        "Growers in the Vale of Pennick began cutting asparagus on Monday, "
        "almost a fortnight earlier than usual, after an unusually mild March. "
        "The Pennick Asparagus Growers' Association said its 38 member farms "
        "expected to harvest around 1,200 tonnes this season, compared with "
        "1,050 tonnes last year. Association secretary Hamish Odunsi said the "
        "early start was welcome but warned that a late frost could still "
        "damage emerging spears. Farms are also struggling to recruit pickers: "
        "about one in five seasonal posts remained unfilled at the end of last "
        "week. The traditional season ends on 21 June, and the association's "
        "annual asparagus fair will be held in Pennick market square on 10 "
        "May.",
        "An unusually mild March has brought the asparagus harvest in the "
        "Vale of Pennick forward by nearly two weeks, with cutting getting "
        "under way on Monday. The 38 farms in the Pennick Asparagus Growers' "
        "Association expect to harvest around 1,200 tonnes this season, up "
        "from 1,050 tonnes the previous year, the association said. Its "
        "secretary, Hamish Odunsi, welcomed the early start, though he "
        "cautioned that emerging spears could still be damaged by a late "
        "frost. Recruiting pickers is another struggle, with roughly 20% of "
        "seasonal posts still unfilled at the end of last week. The season "
        "traditionally finishes on 21 June; the association will hold its "
        "yearly asparagus fair in Pennick market square on 10 May.",
        traps=[
            trap("nearly two weeks", "almost a fortnight"),
            trap("up from 1,050 tonnes the previous year",
                 "compared with 1,050 tonnes last year"),
            trap("roughly 20%", "about one in five"),
            trap("The season traditionally finishes on 21 June",
                 "The traditional season ends on 21 June"),
            trap("yearly", "annual"),
        ],
    ),
    case(
        "fossil find quarry", "rewrite", "consistent",
        "Workers at Stannick Quarry have uncovered the partial skeleton of a "
        "marine reptile believed to be around 180 million years old, quarry "
        "owner Thorne Aggregates said on Friday. The remains, including a "
        "1.4-metre section of backbone and parts of a skull, were spotted by "
        "digger driver Owen Patchett on 2 September. Palaeontologists from the "
        "University of Wrexley have since removed the fossil in plaster "
        "jackets. Dr Leah Marchetti, who is leading the excavation, said the "
        "animal was probably an ichthyosaur but that its species could not be "
        "confirmed until the skull had been cleaned, a process likely to take "
        "several months. Blasting in that part of the quarry has been "
        "suspended until the end of October.",
        "Thorne Aggregates, which owns Stannick Quarry, said on Friday that "
        "workers there had unearthed part of the skeleton of a marine reptile "
        "thought to be some 180 million years old. Digger driver Owen Patchett "
        "spotted the remains, among them parts of a skull and a backbone "
        "section 1.4m long, on 2 September, and palaeontologists from the "
        "University of Wrexley have since lifted the fossil out in plaster "
        "jackets. The creature was most likely an ichthyosaur, according to Dr "
        "Leah Marchetti, who is leading the dig, but its species cannot be "
        "confirmed until the skull has been cleaned, which will probably take "
        "several months. Until the end of October, no blasting will take place "
        "in that part of the quarry.",
        traps=[
            trap("unearthed part of the skeleton",
                 "uncovered the partial skeleton"),
            trap("thought to be some 180 million years old",
                 "believed to be around 180 million years old"),
            trap("a backbone section 1.4m long",
                 "a 1.4-metre section of backbone"),
            trap("most likely an ichthyosaur", "probably an ichthyosaur"),
            trap("which will probably take several months",
                 "a process likely to take several months"),
        ],
    ),
    case(
        "water vole release", "rewrite", "consistent",
        "Conservationists released 120 water voles along a 5-kilometre "
        "stretch of the River Sallow near Addercombe on Tuesday, 40 years "
        "after the species was last recorded there. The animals were bred at "
        "the Wetherden Wildlife Centre and are being let go in family groups "
        "over two days to help them establish territories. The project, led "
        "by the Sallow Rivers Trust, has spent three years removing invasive "
        "mink from the catchment, work that trust officer Priya Castellane "
        "described as 'essential groundwork'. A further 80 voles are due to be "
        "released next summer if monitoring shows the first group has "
        "survived the winter. The scheme is funded by a £64,000 grant from the "
        "Heritage Landscapes Fund.",
        "Four decades after the species was last recorded there, 120 water "
        "voles were released by conservationists along a 5km section of the "
        "River Sallow near Addercombe on Tuesday. Bred at the Wetherden "
        "Wildlife Centre, the voles are being set free in family groups across "
        "48 hours to help them establish territories. The Sallow Rivers Trust, "
        "which is leading the project, has been removing invasive mink from "
        "the catchment for three years, 'essential groundwork' in the words of "
        "trust officer Priya Castellane. Provided monitoring shows that the "
        "first group has come through the winter, another 80 voles are "
        "scheduled to be released next summer. A £64,000 grant from the "
        "Heritage Landscapes Fund is paying for the scheme.",
        traps=[
            trap("Four decades", "40 years"),
            trap("5km section", "5-kilometre stretch"),
            trap("across 48 hours", "over two days"),
            trap("has come through the winter", "has survived the winter"),
            trap("another 80 voles are scheduled",
                 "A further 80 voles are due"),
        ],
    ),
    case(
        "promenade resurfacing", "rewrite", "consistent",
        "Resurfacing of the 1.8-kilometre promenade at Saltmere will start on "
        "6 January and is expected to be finished before the Easter holidays, "
        "Saltmere Town Council said. The £2.3 million project will replace "
        "cracked concrete slabs with a non-slip resin surface and add 40 new "
        "benches and 12 drinking fountains. The work will be carried out in "
        "four sections so that at least three-quarters of the promenade stays "
        "open at any one time. Council leader Bernard Achterberg said the "
        "surface had deteriorated badly since storms in 2022 and that repairs "
        "could no longer be postponed. Contractor Tidewell Civils has been "
        "told it faces financial penalties if the work overruns.",
        "Saltmere Town Council says work to resurface the town's 1.8km "
        "promenade will begin on 6 January and is likely to be completed "
        "ahead of the Easter holidays. Under the £2.3m project, cracked "
        "concrete slabs will give way to a non-slip resin surface, and 40 new "
        "benches and a dozen drinking fountains will be added. Because the job "
        "will be done in four sections, no more than a quarter of the "
        "promenade will be closed at any one time. According to council leader "
        "Bernard Achterberg, the surface has deteriorated badly since the 2022 "
        "storms and repairs could not be put off any longer. The contractor, "
        "Tidewell Civils, has been warned that it will be penalised "
        "financially if the work overruns.",
        traps=[
            trap("is likely to be completed ahead of",
                 "is expected to be finished before"),
            trap("£2.3m", "£2.3 million"),
            trap("a dozen drinking fountains", "12 drinking fountains"),
            trap("no more than a quarter of the promenade will be closed at any "
                 "one time",
                 "at least three-quarters of the promenade stays open at any "
                 "one time"),
            trap("will be penalised financially", "faces financial penalties"),
        ],
    ),
]
