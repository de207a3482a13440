"""Part 3: ten summaries (five consistent, five inconsistent)."""

from .common import case, err, trap

CASES = [
    case(
        "oak processionary moth", "summary", "consistent",
        "Tree officers in the borough of Elmsworth have confirmed the first "
        "outbreak of oak processionary moth in the area, after caterpillar "
        "nests were found on 23 oak trees in Hatherwick Park. The "
        "caterpillars' hairs contain a toxin that can cause itchy rashes, eye "
        "irritation and, occasionally, breathing difficulties in people and "
        "pets. Parts of the park have been fenced off, and specialist "
        "contractors are removing the nests this week using protective suits "
        "and vacuum equipment. The borough council said the Forestry "
        "Protection Service had been notified and that trees within a "
        "5-kilometre radius would be surveyed over the summer. Residents are "
        "asked not to touch the nests or caterpillars and to report sightings "
        "through the council's website.",
        "Elmsworth has confirmed its first oak processionary moth outbreak "
        "after nests turned up on 23 oaks in Hatherwick Park. The "
        "caterpillars' hairs carry a toxin that can cause rashes and eye "
        "irritation and occasionally breathing problems. Parts of the park are "
        "fenced off while contractors in protective suits remove the nests "
        "this week, and trees within 5km will be surveyed over the summer. "
        "Residents are asked not to touch nests or caterpillars and to report "
        "sightings online.",
        traps=[
            trap("nests turned up on 23 oaks",
                 "nests were found on 23 oak trees"),
            trap("occasionally breathing problems",
                 "occasionally, breathing difficulties"),
            trap("trees within 5km", "trees within a 5-kilometre radius"),
            trap("report sightings online",
                 "report sightings through the council's website"),
        ],
    ),
    case(
        "outdoor cinema season", "summary", "consistent",
        "Castlegate Gardens will host an outdoor cinema season for the first "
        "time this summer, with 18 screenings on Friday and Saturday nights "
        "between 4 July and 30 August, Brennock City Council announced. The "
        "programme, run with community group Reel Brennock, mixes family "
        "films, classics and a night of short films by local students. Tickets "
        "will cost £8 for adults and £5 for under-16s, with 100 free places "
        "per screening reserved for residents on low incomes. Deckchairs can "
        "be hired, but visitors are encouraged to bring blankets. Screenings "
        "will go ahead in light rain but will be cancelled in high winds, with "
        "refunds issued automatically. Tickets go on sale on 2 June.",
        "Castlegate Gardens is to stage its first outdoor cinema season, with "
        "18 Friday and Saturday night screenings from 4 July to 30 August, run "
        "by Brennock City Council with Reel Brennock. Adult tickets cost £8 "
        "and under-16s pay £5, while each showing keeps 100 free places for "
        "low-income residents. Light rain will not stop a screening, but high "
        "winds will, with automatic refunds. Sales open on 2 June.",
        traps=[
            trap("from 4 July to 30 August", "between 4 July and 30 August"),
            trap("each showing keeps 100 free places for low-income residents",
                 "100 free places per screening reserved for residents on low "
                 "incomes"),
            trap("Light rain will not stop a screening, but high winds will",
                 "Screenings will go ahead in light rain but will be cancelled "
                 "in high winds"),
            trap("Sales open on 2 June", "Tickets go on sale on 2 June"),
        ],
    ),
    case(
        "apple picker shortage", "summary", "consistent",
        "Apple growers in the Tarnside valley say up to a fifth of this year's "
        "crop could be left on the trees because of a shortage of seasonal "
        "pickers. The Tarnside Fruit Growers' Cooperative, which represents 64 "
        "orchards, said it had filled only 900 of the 1,400 picking jobs it "
        "needed by the start of September, when the harvest usually peaks. "
        "Chairman Anders Kowalczyk said recruitment had become harder every "
        "year since 2021 and that higher wages alone had not closed the gap. "
        "The cooperative has asked the government to add 500 places to the "
        "seasonal worker scheme for the region. A spokesperson for the "
        "agriculture ministry said the request would be considered 'alongside "
        "others'.",
        "Tarnside apple growers warn that as much as 20% of this year's crop "
        "may go unpicked for lack of seasonal workers. Their cooperative, "
        "which represents 64 orchards, had recruited just 900 of the 1,400 "
        "pickers it required by the start of September, when the harvest "
        "usually peaks, and has asked the government for 500 more places on "
        "the region's seasonal worker scheme; the agriculture ministry says "
        "the request will be weighed 'alongside others'.",
        traps=[
            trap("as much as 20%", "up to a fifth"),
            trap("may go unpicked", "could be left on the trees"),
            trap("had recruited just 900 of the 1,400 pickers it required",
                 "had filled only 900 of the 1,400 picking jobs it needed"),
            trap("the request will be weighed",
                 "the request would be considered"),
        ],
    ),
    case(
        "solar eclipse viewing", "summary", "consistent",
        "Schools in the Morvane district will move their afternoon break on 12 "
        "August so that pupils can safely watch a partial solar eclipse, the "
        "district education office said on Monday. At its peak, at 2.17pm, "
        "the Moon will cover about 85 per cent of the Sun's disc. The office "
        "has bought 30,000 pairs of certified eclipse glasses, enough for "
        "every pupil and member of staff, and teachers will receive safety "
        "guidance next week. Officials stressed that looking at the Sun "
        "without proper protection, even briefly, can cause permanent eye "
        "damage. Parents who do not want their children to take part can opt "
        "them out. The Morvane Astronomical Society will lend telescopes "
        "fitted with solar filters to 12 secondary schools.",
        "Morvane district schools will shift afternoon break on 12 August so "
        "pupils can safely watch a partial solar eclipse, which peaks at "
        "2.17pm with around 85% of the Sun's disc covered by the Moon. The "
        "education office has bought 30,000 pairs of certified eclipse "
        "glasses, enough for all pupils and staff, and warns that looking at "
        "the Sun unprotected, even for a moment, can permanently damage the "
        "eyes. Parents may opt their children out.",
        traps=[
            trap("around 85% of the Sun's disc covered by the Moon",
                 "the Moon will cover about 85 per cent of the Sun's disc"),
            trap("enough for all pupils and staff",
                 "enough for every pupil and member of staff"),
            trap("even for a moment", "even briefly"),
            trap("can permanently damage the eyes",
                 "can cause permanent eye damage"),
        ],
    ),
    case(
        "watermill grinding again", "summary", "consistent",
        "Hexley Watermill has ground its first flour in 70 years after a "
        "five-year restoration costing £780,000, the Hexley Mill Preservation "
        "Society said. The Grade II listed mill, on the River Wend, stopped "
        "working commercially in 1954 and was close to collapse when the "
        "society bought it in 2018. Volunteers rebuilt the 4.5-metre "
        "waterwheel using oak from a nearby estate, and a millwright from the "
        "Netherlands helped restore the gearing. The mill will produce about "
        "200 kilograms of wholemeal flour a week, which will be sold in its "
        "shop and to two local bakeries. Society chairman Gerald Nwachukwu "
        "said the mill would open to visitors on weekends from Easter.",
        "Hexley Watermill is grinding flour for the first time in seven "
        "decades after a £780,000 restoration lasting five years. The mill, "
        "which was on the verge of collapse when the Hexley Mill Preservation "
        "Society bought it in 2018, will turn out roughly 200kg of wholemeal "
        "flour weekly for its shop and two local bakeries, and will open to "
        "visitors at weekends from Easter.",
        traps=[
            trap("seven decades", "70 years"),
            trap("a £780,000 restoration lasting five years",
                 "a five-year restoration costing £780,000"),
            trap("on the verge of collapse", "close to collapse"),
            trap("roughly 200kg of wholemeal flour weekly",
                 "about 200 kilograms of wholemeal flour a week"),
        ],
    ),
    case(
        "regional airline collapse", "summary", "inconsistent",
        "Regional carrier Skylark Connect has ceased trading, cancelling all "
        "flights with immediate effect and leaving about 9,000 passengers "
        "needing to rebook, administrators Harcourt Webb said on Wednesday. "
        "The airline, which operated 14 turboprop aircraft from its base at "
        "Fennmoor Airport, employed 420 people. Administrator Simone Adeyemi "
        "said the company had been hit by rising fuel costs and a failed "
        "refinancing deal with a Gulf investor. The Civil Aviation Authority "
        "said passengers who booked by card could claim refunds from their "
        "card provider. Fennmoor Airport's chief executive, Patrick Lindqvist, "
        "said the collapse would cost the airport about a third of its "
        "passenger traffic but that talks with other airlines were already "
        "under way.",
        "Fennmoor-based Skylark Connect has stopped trading and cancelled all "
        "flights with immediate effect, leaving about 9,000 passengers to "
        "rebook. The 420-employee airline had been hit by rising fuel costs "
        "and a failed refinancing deal, according to the airport's chief "
        "executive, Patrick Lindqvist, who said the collapse would cost "
        "Fennmoor about a quarter of its passenger traffic. Card-paying "
        "passengers can claim refunds from their card provider.",
        errors=[
            err("according to the airport's chief executive, Patrick "
                "Lindqvist", "attribution", "major",
                "Administrator Simone Adeyemi said"),
            err("about a quarter", "number", "major", "about a third"),
        ],
        traps=[
            trap("Card-paying passengers", "passengers who booked by card"),
        ],
    ),
    case(
        "abbey roof appeal", "summary", "inconsistent",
        "Trustees of Caldmoor Abbey have launched a public appeal to raise "
        "£1.6 million for urgent repairs to the nave roof, after inspectors "
        "found rot in several of its 15th-century oak beams. Part of the nave "
        "has been closed to visitors since November, when a section of "
        "plaster fell from the ceiling during evensong; nobody was injured. "
        "The abbey has already secured £900,000 from the National Heritage "
        "Repair Fund, which it must match before the grant is released. "
        "Appeal chair Lady Rosalind Achebe said every donation of £50 or more "
        "would be recognised with a name inscribed on a board in the cloister. "
        "Work is due to begin next spring and to last around 18 months.",
        "Caldmoor Abbey's trustees are appealing for £1.6m to repair the nave "
        "roof, where inspectors found rot in some of its 15th-century oak "
        "beams. A section of the nave has been shut to visitors since "
        "November, when part of the roof collapsed during evensong, injuring "
        "nobody. A £900,000 National Heritage Repair Fund grant will only be "
        "released once the abbey matches it, and donors giving £50 or more "
        "will have their names inscribed on a board in the cloister. Work "
        "should start next spring.",
        errors=[
            err("part of the roof collapsed", "event", "major",
                "a section of plaster fell from the ceiling"),
        ],
        traps=[
            trap("will only be released once the abbey matches it",
                 "which it must match before the grant is released"),
            trap("Work should start next spring",
                 "Work is due to begin next spring"),
        ],
    ),
    case(
        "snooker table maker", "summary", "inconsistent",
        "Snooker table maker Brackley & Dunn has been bought by its "
        "longest-standing supplier, slate quarry group Penhallow Stone, for an "
        "undisclosed sum, the companies said on Tuesday. Brackley & Dunn, "
        "founded in 1889 in Brindlecombe, builds around 300 tables a year and "
        "supplies the tables for the Northern Masters tournament. All 46 jobs "
        "at its workshop will be kept, and managing director Eleanor Pryce "
        "will stay on to run the business. Penhallow chief executive Tomos "
        "Gethin said the deal would secure the supply of Welsh slate beds and "
        "allow the combined firm to expand into export markets in Asia. "
        "Brackley & Dunn's founding family had been looking for a buyer since "
        "2022.",
        "Snooker table maker Brackley & Dunn has bought its longest-standing "
        "supplier, slate quarry group Penhallow Stone, for an undisclosed sum. "
        "All 46 workshop jobs will be kept and managing director Eleanor Pryce "
        "stays on. The deal, which is expected to be completed by the end of "
        "the year, is meant to secure supplies of Welsh slate beds and open up "
        "export markets in Asia.",
        errors=[
            err("Brackley & Dunn has bought its longest-standing supplier, "
                "slate quarry group Penhallow Stone", "role", "major",
                "Brackley & Dunn has been bought by its longest-standing "
                "supplier, slate quarry group Penhallow Stone"),
            err("which is expected to be completed by the end of the year",
                "addition", "minor", None),
        ],
        traps=[
            trap("All 46 workshop jobs will be kept",
                 "All 46 jobs at its workshop will be kept"),
        ],
    ),
    case(
        "cable car project cancelled", "summary", "inconsistent",
        "Plans for a cable car linking Vallmora's old town with the Puig "
        "Ferrer hilltop have been cancelled after the regional government "
        "withdrew its €22 million contribution, the city council confirmed on "
        "Thursday. The 1.1-kilometre line, first proposed in 2019, was "
        "intended to carry up to 1,500 passengers an hour and ease traffic on "
        "the hill's only access road. Deputy mayor Núria Castellví said the "
        "council could not afford to fund the project alone and had already "
        "spent €1.8 million on design work and surveys. Residents' groups, "
        "which had argued the cabins would spoil views of the old town, "
        "welcomed the decision. The council said it would consider extending "
        "the existing shuttle bus service instead.",
        "Vallmora city council has confirmed that a planned cable car up to "
        "the Puig Ferrer hilltop has been scrapped after the regional "
        "government pulled its €22m contribution. The council cannot afford "
        "the 1.1km line on its own and had already spent €1.8m on design and "
        "surveys, the deputy mayor said. Residents' groups, who had said the "
        "cabins would spoil views of the old town, welcomed the news, and the "
        "council will extend the existing shuttle bus service instead.",
        errors=[
            err("will extend", "modality", "major",
                "would consider extending"),
        ],
        traps=[
            trap("has been scrapped", "have been cancelled"),
            trap("pulled its €22m contribution",
                 "withdrew its €22 million contribution"),
        ],
    ),
    case(
        "poetry competition winner", "summary", "inconsistent",
        "A retired lighthouse keeper from the island of Skelloway has won this "
        "year's Harwood Prize for poetry with a sequence of 12 poems about the "
        "sea birds he recorded during 31 years on duty. Alasdair Penhaligon, "
        "74, received the £10,000 award at a ceremony in Portkennet on "
        "Saturday 8 November. The judges, chaired by poet Marguerite Osei, "
        "praised the work's 'patient, unflinching attention'. More than 3,200 "
        "entries were submitted, the highest number in the prize's 40-year "
        "history. The runner-up, Karen Mbatha, a nurse from Ardlow, received "
        "£2,000. Mr Penhaligon said he would spend his winnings on a new boat. "
        "The winning poems will be published by Lowtide Press in March.",
        "Alasdair Penhaligon, 74, a retired lighthouse keeper from Skelloway, "
        "has won the £10,000 Harwood Prize for poetry with 12 poems about the "
        "sea birds he logged over 31 years on duty. He collected the award at "
        "a ceremony in Ardlow on 8 November, from a record field of more than "
        "3,200 entries, and plans to spend the money on a new boat. Lowtide "
        "Press will publish the poems next month.",
        errors=[
            err("Ardlow", "entity", "minor", "Portkennet"),
            err("next month", "date", "minor", "in March"),
        ],
        traps=[
            trap("a record field of more than 3,200 entries",
                 "More than 3,200 entries were submitted, the highest number"),
            trap("plans to spend the money on a new boat",
                 "would spend his winnings on a new boat"),
        ],
    ),
]
