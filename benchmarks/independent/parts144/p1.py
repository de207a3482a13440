"""Cases 1-10 (hand-written; all names invented)."""
from ._helpers import case, err, omit, trap

CASES = [
    # 1
    case(
        "referendum date", "rewrite", "inconsistent",
        "The regional assembly of Varnholt confirmed on Monday that a referendum on taking over "
        "water management powers from the national government will be held on Thursday 14 May, "
        "a week earlier than originally proposed. Assembly speaker Hendrika Solm said the date had "
        "been moved to avoid a clash with the school half-term holiday, which begins on 22 May. "
        "About 1.8 million residents aged 16 and over will be eligible to vote, and postal ballots "
        "will be sent out from 20 April. The question, approved last month by the regional "
        "electoral commission, asks voters whether the assembly should assume responsibility for "
        "reservoirs, flood defences and drinking water supplies. Opposition councillor Mattias "
        "Brell said his party would campaign for a no vote, arguing that the region lacked the "
        "engineering expertise to run the system safely.",
        "Voters in Varnholt will go to the polls on Thursday 14 May, a week later than first "
        "planned, to decide whether the regional assembly should take over water management powers "
        "from the national government, the assembly confirmed on Monday. Its speaker, Hendrika "
        "Solm, said the date had been changed so that it would not clash with the school half-term, "
        "which starts on 22 May. Some 1.8 million people aged 16 or older will be entitled to vote, "
        "with postal ballots going out from 20 April. The question, cleared last month by the "
        "regional electoral commission, asks voters whether the assembly should become responsible "
        "for reservoirs, flood defences and drinking water supplies. Mattias Brell, an opposition "
        "councillor, said his party would campaign against the proposal, arguing that the region "
        "did not have the engineering expertise to run the system safely.",
        errors=[
            err("a week later than first planned", "date", "major",
                "a week earlier than originally proposed"),
        ],
        traps=[
            trap("entitled to vote", "eligible to vote"),
            trap("campaign against the proposal", "campaign for a no vote"),
        ],
    ),
    # 2
    case(
        "cement plant emissions", "rewrite", "inconsistent",
        "Kessler Baustoffe, which operates the cement works at Dornfeld, has been fined €340,000 "
        "after the plant exceeded its permitted dust emissions on 19 occasions last year, the state "
        "environment agency said on Wednesday. Inspectors found that a filter system installed in "
        "2019 had been poorly maintained and that staff had failed to report several of the "
        "breaches. The company said it accepted the findings and had replaced the filters in "
        "January. The agency said it may order a partial shutdown of the kiln if further breaches "
        "are recorded before the end of the year. Residents' group Clean Air Dornfeld welcomed the "
        "fine but said it did not reflect the harm done to people living near the site, where dust "
        "levels were at times three times the legal limit.",
        "The state environment agency said on Wednesday that it had fined Kessler Baustoffe €3.4m "
        "because the company's cement works at Dornfeld breached its permitted dust emissions 19 "
        "times last year. According to inspectors, a filter system fitted in 2019 had not been "
        "properly maintained, and employees had failed to report several of the breaches. Kessler "
        "said it accepted the findings and had put in new filters in January. Should there be "
        "further breaches before the end of the year, the agency will order a partial shutdown of "
        "the kiln, it said. The residents' group Clean Air Dornfeld welcomed the penalty but said "
        "it did not reflect the harm done to people living near the plant, where dust levels at "
        "times reached three times the legal limit.",
        errors=[
            err("€3.4m", "number", "major", "€340,000"),
            err("will order", "modality", "major", "may order"),
        ],
        traps=[
            trap("19 times", "on 19 occasions"),
            trap("had not been properly maintained", "had been poorly maintained"),
        ],
    ),
    # 3
    case(
        "coal mine closure", "rewrite", "consistent",
        "Halvard Mining will close the Brockmoor colliery in March next year, ending nearly 140 "
        "years of coal extraction at the site, the company announced on Tuesday. The decision will "
        "affect 620 workers, about half of whom are expected to be offered jobs at the group's "
        "quarry at Eastleigh Fell, 30 miles away. Chief executive Rosalind Tarrant said falling "
        "demand from power stations had made the pit uneconomic, adding that output had dropped by "
        "40% since 2020. The mineworkers' union described the closure as 'a hammer blow' for the "
        "town and said it would seek talks with the company over redundancy terms. The regional "
        "development agency has pledged £12m to help retrain former miners.",
        "The Brockmoor colliery is to shut next March, Halvard Mining said on Tuesday, bringing to "
        "an end almost 140 years of coal mining at the site. The closure will affect 620 workers, "
        "roughly 310 of whom are likely to be offered posts at the group's Eastleigh Fell quarry, "
        "which lies 30 miles away. According to Rosalind Tarrant, the chief executive, the pit had "
        "become uneconomic because power stations were buying less coal, and production had fallen "
        "by two-fifths since 2020. Calling the closure 'a hammer blow' for the town, the "
        "mineworkers' union said it would seek talks with the company on redundancy terms. £12m "
        "has been pledged by the regional development agency to help retrain former miners.",
        traps=[
            trap("next March", "in March next year"),
            trap("roughly 310 of whom", "about half of whom"),
            trap("likely to be offered", "expected to be offered"),
            trap("two-fifths", "40%"),
            trap("£12m has been pledged by the regional development agency",
                 "The regional development agency has pledged £12m"),
        ],
    ),
    # 4
    case(
        "constituency boundary review", "rewrite", "consistent",
        "The Boundary Commission for Westmarch has published final proposals that would cut the "
        "number of parliamentary constituencies in the province from 31 to 28, citing population "
        "decline in rural areas. Under the plans, the seats of Harrowdene North and Harrowdene "
        "South would be merged, while the coastal constituency of Saltmere would absorb three "
        "wards from neighbouring Fellbrook. The commission received more than 4,200 written "
        "responses during two rounds of public consultation, a record for the province. Its chair, "
        "Judge Imogen Farrer, said the changes were needed to ensure that each seat contained "
        "between 69,000 and 76,000 voters. The proposals will be laid before parliament in "
        "September and, if approved, will take effect at the next general election.",
        "Westmarch would lose three of its 31 parliamentary seats under final proposals published "
        "by the province's Boundary Commission, which pointed to falling populations in the "
        "countryside. Harrowdene North and Harrowdene South would become a single constituency, "
        "and three wards would move from Fellbrook into the neighbouring coastal seat of Saltmere. "
        "Over 4,200 written responses were received across two rounds of public consultation, "
        "more than ever before in the province. Judge Imogen Farrer, who chairs the commission, "
        "said the changes were necessary so that every constituency had no fewer than 69,000 and "
        "no more than 76,000 voters. Parliament will be presented with the plans in September; if "
        "they are approved, they will apply from the next general election.",
        traps=[
            trap("lose three of its 31 parliamentary seats",
                 "cut the number of parliamentary constituencies in the province from 31 to 28"),
            trap("three wards would move from Fellbrook into the neighbouring coastal seat of "
                 "Saltmere",
                 "the coastal constituency of Saltmere would absorb three wards from neighbouring "
                 "Fellbrook"),
            trap("more than ever before in the province", "a record for the province"),
            trap("no fewer than 69,000 and no more than 76,000", "between 69,000 and 76,000"),
            trap("Parliament will be presented with the plans in September",
                 "The proposals will be laid before parliament in September"),
        ],
    ),
    # 5
    case(
        "ozone recovery", "summary", "consistent",
        "The ozone layer over the southern polar region is on track to recover to its 1980 "
        "condition by around 2066, according to an assessment released on Monday by the "
        "International Atmospheric Panel, a body of 230 scientists from 41 countries. The report "
        "found that concentrations of ozone-depleting chemicals in the stratosphere had fallen by "
        "about 12% since their peak in the late 1990s. Recovery over the rest of the globe is "
        "expected earlier, by around 2040. However, lead author Dr Samir Okonjo warned that "
        "illegal emissions of a banned refrigerant, detected from an unidentified source in 2018, "
        "could delay progress by several years if they were not halted. The panel also cautioned "
        "that large volcanic eruptions and some proposals to cool the planet by injecting "
        "particles into the atmosphere could slow the healing.",
        "The ozone layer over Antarctica should heal to 1980 levels by about 2066, and the rest of "
        "the world's by roughly 2040, says an International Atmospheric Panel assessment published "
        "on Monday. It found ozone-depleting chemicals in the stratosphere have fallen around 12% "
        "from their late-1990s peak. Lead author Dr Samir Okonjo warned that unchecked illegal "
        "releases of a banned refrigerant could set recovery back by several years.",
        traps=[
            trap("The ozone layer over Antarctica",
                 "The ozone layer over the southern polar region"),
            trap("should heal to 1980 levels", "is on track to recover to its 1980 condition"),
            trap("fallen around 12% from their late-1990s peak",
                 "had fallen by about 12% since their peak in the late 1990s"),
            trap("unchecked illegal releases of a banned refrigerant",
                 "illegal emissions of a banned refrigerant"),
        ],
    ),
    # 6
    case(
        "teacher training bursary", "translation", "consistent",
        "The Ministry of Education announced on Thursday that graduates who train to become "
        "physics, chemistry or mathematics teachers will receive a tax-free bursary of 9,000 euros "
        "from the next academic year, up from 6,500 euros. The measure, which will cost an "
        "estimated 48 million euros a year, is intended to ease a shortage that has left around "
        "1,300 secondary school posts in these subjects unfilled. Minister Adelina Vasco Meireles "
        "told reporters in Lisbon that the payment would be made in two instalments, the second "
        "only after the trainee had completed a full year of teaching in a state school. "
        "Teachers' unions welcomed the increase but said that low salaries, not training costs, "
        "were the main reason young people were avoiding the profession.",
        "From the coming school year, graduates training to teach mathematics, physics or "
        "chemistry will be paid a 9,000-euro bursary, free of tax, compared with 6,500 euros at "
        "present, the education ministry said on Thursday. The scheme is expected to cost some 48 "
        "million euros annually and aims to tackle a shortfall that has left about 1,300 secondary "
        "teaching jobs in those subjects vacant. Speaking to journalists in Lisbon, the minister, "
        "Adelina Vasco Meireles, said the money would be paid in two parts, the second only once "
        "the trainee had taught for a whole year in a public school. The teaching unions welcomed "
        "the rise, but argued that young people were staying away from the profession mainly "
        "because of poor pay rather than the cost of training.",
        traps=[
            trap("the coming school year", "the next academic year"),
            trap("compared with 6,500 euros at present", "up from 6,500 euros"),
            trap("some 48 million euros annually", "an estimated 48 million euros a year"),
            trap("the minister, Adelina Vasco Meireles", "Minister Adelina Vasco Meireles"),
            trap("mainly because of poor pay rather than the cost of training",
                 "low salaries, not training costs, were the main reason"),
        ],
    ),
    # 7
    case(
        "port expansion", "rewrite", "inconsistent",
        "Grenmouth Harbour Authority has agreed to a £210m takeover by the logistics group "
        "Castellan Freight, clearing the way for a long-delayed expansion of the port's container "
        "terminal. Under the deal, announced on Friday, Castellan will fund a new 600-metre quay "
        "capable of handling ships carrying up to 18,000 containers, doubling the terminal's "
        "annual capacity. The authority's board said the sale would protect the 1,100 existing "
        "jobs at the port and create around 400 more by 2030. The takeover still requires approval "
        "from the competition regulator, which is expected to rule in the autumn. Local fishing "
        "organisations have objected to the dredging work needed for the quay, saying it could "
        "damage shellfish beds in the estuary.",
        "Grenmouth's long-delayed container terminal expansion can go ahead following Grenmouth "
        "Harbour Authority's agreement to take over the logistics group Castellan Freight for "
        "£210m, announced on Friday. The deal commits Castellan to funding a new 600-metre quay "
        "that can handle ships carrying as many as 18,000 containers, which will double the "
        "terminal's yearly capacity. According to the authority's board, the sale will safeguard "
        "the port's 1,100 existing jobs and create about 400 more by 2030. The competition "
        "regulator must still approve the takeover and is expected to give its decision in the "
        "autumn. Local fishing organisations have objected to the dredging the quay will require, "
        "warning that it could damage shellfish beds in the estuary.",
        errors=[
            err("Grenmouth Harbour Authority's agreement to take over the logistics group "
                "Castellan Freight", "role", "critical",
                "Grenmouth Harbour Authority has agreed to a £210m takeover by the logistics group "
                "Castellan Freight"),
        ],
        traps=[
            trap("as many as 18,000 containers", "up to 18,000 containers"),
            trap("double the terminal's yearly capacity", "doubling the terminal's annual capacity"),
        ],
    ),
    # 8
    case(
        "garden bridge scrapped", "translation", "consistent",
        "The city council of Orveld has abandoned plans for a planted footbridge over the river "
        "Mase, after the estimated cost of the project rose from 38 million to 71 million euros. "
        "Alderman Joris Tiebout told the council on Wednesday evening that the city could not "
        "justify the extra spending while it was cutting budgets for libraries and youth centres. "
        "Around 4.5 million euros has already been spent on design work and surveys, and this "
        "money cannot be recovered. The bridge, which was to be lined with trees and flower beds, "
        "was first proposed in 2017 by the architecture firm Studio Wendel. Opposition parties "
        "called the decision a waste of public money, while a residents' association that had "
        "opposed the bridge said it was relieved.",
        "Orveld's city council has dropped its plan for a green footbridge across the Mase "
        "because the projected bill had climbed to 71 million euros, against an original 38 "
        "million. Speaking to the council on Wednesday night, alderman Joris Tiebout said the "
        "additional expense could not be defended at a time when the city was reducing funding for "
        "libraries and youth centres. Some 4.5 million euros already spent on designs and surveys "
        "is lost for good. The architecture practice Studio Wendel first put forward the idea of "
        "the bridge, which was to be planted with trees and flowerbeds, in 2017. The opposition "
        "described the decision as a waste of public money, whereas a local residents' group that "
        "had campaigned against the bridge expressed relief.",
        traps=[
            trap("had climbed to 71 million euros, against an original 38 million",
                 "rose from 38 million to 71 million euros"),
            trap("Wednesday night", "Wednesday evening"),
            trap("is lost for good", "cannot be recovered"),
            trap("The architecture practice Studio Wendel first put forward the idea of the "
                 "bridge", "was first proposed in 2017 by the architecture firm Studio Wendel"),
            trap("had campaigned against the bridge", "had opposed the bridge"),
        ],
    ),
    # 9
    case(
        "national grid upgrade", "rewrite", "consistent",
        "Transmission operator Nordvale Grid plans to spend 5.6 billion dollars over the next "
        "eight years upgrading the country's high-voltage network, it said on Tuesday. The "
        "programme includes 1,400 kilometres of new overhead lines and two undersea cables linking "
        "offshore wind farms to the mainland. The company said the work was needed because around "
        "30 gigawatts of new generation, most of it wind and solar, was waiting to be connected. "
        "Households are likely to see an increase of about 18 dollars a year in their electricity "
        "bills to pay for the upgrade, according to the energy regulator, which must approve the "
        "spending plan. Construction on the first lines is scheduled to begin in 2026, subject to "
        "planning consent.",
        "Nordvale Grid, which operates the country's high-voltage transmission network, said on "
        "Tuesday that it plans to invest $5.6bn in upgrading the system over the next eight years. "
        "The plans include two subsea cables connecting offshore wind farms to the mainland, as "
        "well as 1,400km of new overhead lines. Some 30GW of new generating capacity, mostly wind "
        "and solar, is waiting for a connection, the company said, making the work necessary. The "
        "energy regulator, whose approval the spending plan needs, said the upgrade would probably "
        "add around $18 a year to household electricity bills. Work on the first lines is due to "
        "start in 2026 if planning permission is granted.",
        traps=[
            trap("$5.6bn", "5.6 billion dollars"),
            trap("1,400km", "1,400 kilometres"),
            trap("Some 30GW", "around 30 gigawatts"),
            trap("would probably add around $18 a year to household electricity bills",
                 "Households are likely to see an increase of about 18 dollars a year in their "
                 "electricity bills"),
            trap("if planning permission is granted", "subject to planning consent"),
        ],
    ),
    # 10
    case(
        "nature reserve purchase", "summary", "consistent",
        "The Marlow Vale Wildlife Trust has bought the 850-acre Heathcote Estate for £6.3m, "
        "creating the largest nature reserve in the county. The purchase was funded by a £4m "
        "grant from the National Heritage Landscapes Fund, a public appeal that raised £1.5m from "
        "more than 11,000 donors, and a bequest from a local farmer. The estate includes ancient "
        "woodland, wet meadows and a lake that is home to the county's only breeding population of "
        "bitterns. Trust director Olwen Pryce said grazing by cattle would be reduced and some "
        "drained fields would be allowed to flood again to restore wetland habitats. The reserve is "
        "expected to open to the public in spring next year, with a network of footpaths and two "
        "bird hides.",
        "A £4m grant, a public appeal backed by more than 11,000 donors and a farmer's bequest "
        "have allowed the Marlow Vale Wildlife Trust to buy the 850-acre Heathcote Estate for "
        "£6.3m, making it the county's biggest nature reserve. The trust plans to graze fewer "
        "cattle and re-flood some drained fields to restore wetlands. The site, home to the "
        "county's only breeding bitterns, should open to visitors next spring.",
        traps=[
            trap("the county's biggest nature reserve", "the largest nature reserve in the county"),
            trap("graze fewer cattle", "grazing by cattle would be reduced"),
            trap("re-flood some drained fields",
                 "some drained fields would be allowed to flood again"),
            trap("should open to visitors next spring",
                 "is expected to open to the public in spring next year"),
        ],
    ),
]
