"""Cases 1-10 of set148 (hand-written; all names invented)."""
from ._helpers import E, OM, T, case

CASES = [
    # 1
    case(
        "urban beehives", "rewrite", "consistent",
        "The city of Marlow Vale will install 40 new beehives on the roofs of public buildings this spring, the parks department announced on Monday. The hives, which will be managed by the volunteer group Hollins Bee Collective, are expected to produce around 600 kilograms of honey a year. Parks director Agnes Threlfall said the project would cost 85,000 dollars over three years and would be funded entirely by a grant from the Corran Foundation. Beekeepers will be required to complete a two-day safety course before handling the colonies. The department said it would review the scheme in 2026 and could expand it to schools if the first season goes well. Residents with bee allergies can request that no hives be placed within 50 metres of their homes.",
        "Forty new beehives are to be placed on the rooftops of public buildings in Marlow Vale this spring, according to an announcement by the city's parks department on Monday. Volunteers from the Hollins Bee Collective will look after the hives, which are likely to yield roughly 600 kg of honey annually. The three-year project will cost $85,000, all of it covered by a Corran Foundation grant, parks director Agnes Threlfall said. Before handling the colonies, beekeepers must first complete a safety course lasting two days. If the first season is a success, the scheme could be extended to schools, the department said, adding that it would be reviewed in 2026. Residents who are allergic to bees may ask for hives to be kept at least 50 metres from their homes.",
        traps=[
            T("Forty new beehives", "40 new beehives"),
            T("are likely to yield roughly 600 kg of honey annually", "are expected to produce around 600 kilograms of honey a year"),
            T("$85,000", "85,000 dollars"),
            T("all of it covered by a Corran Foundation grant", "funded entirely by a grant from the Corran Foundation"),
            T("kept at least 50 metres from their homes", "no hives be placed within 50 metres of their homes"),
        ],
    ),
    # 2
    case(
        "school meal price rise", "rewrite", "inconsistent",
        "Parents in the Ashbury district will pay more for school lunches from September after the district education board approved a price rise on Thursday. The cost of a primary school meal will go up from 2.40 to 2.75 pounds, while secondary pupils will pay 3.10 pounds, up from 2.90. Board chair Miriam Okonjo said rising food and energy costs had left the catering service facing a shortfall of 1.3 million pounds this year. About 4,200 pupils who receive free meals will not be affected. The board voted seven to two in favour of the increase. Opposition member Derek Lansing said the rise would hit low-income families who narrowly miss out on free meals, and called for a review in the spring.",
        "From September, families in the Ashbury district face higher school lunch charges, after the district education board backed a price increase on Thursday. A primary school meal will rise by 45p to \u00a32.75, and secondary pupils will be charged \u00a33.10 instead of \u00a32.90. According to board chair Miriam Okonjo, higher food and energy prices have left the catering service with a \u00a31.3m gap this year. The roughly 4,200 pupils entitled to free meals will be unaffected. Seven board members voted for the increase and two against. Derek Lansing, an opposition member, warned that families on low incomes who just fail to qualify for free meals would bear the brunt, and urged a review in the spring.",
        errors=[
            E("45p", "number", "major", "from 2.40 to 2.75 pounds"),
        ],
        traps=[
            T("\u00a31.3m gap", "shortfall of 1.3 million pounds"),
            T("Seven board members voted for the increase and two against", "The board voted seven to two in favour of the increase"),
            T("who just fail to qualify for free meals", "who narrowly miss out on free meals"),
        ],
    ),
    # 3
    case(
        "invasive species removal", "summary", "consistent",
        "Conservation workers have removed more than 12,000 signal crayfish from the River Tollard over the past 18 months, the regional environment agency said on Wednesday. The North American crayfish, first recorded in the river in 2015, carry a plague that has wiped out native white-clawed crayfish in several nearby streams. The agency's project manager, Fiona Redgrave, said trapping had cut the invasive population by an estimated two-thirds along a 9-kilometre stretch, but warned that complete eradication was unlikely. The work, costing 240,000 euros, is being paid for by the agency and the Tollard Angling Association. Trapping will continue until at least 2027. Members of the public are asked not to move water or equipment between rivers, as this can spread the plague.",
        "Over a year and a half, more than 12,000 invasive signal crayfish have been trapped in the River Tollard, where they threaten native crayfish with a plague. The regional environment agency estimates the population along a 9 km stretch has fallen by about 67%, though its project manager considers total eradication unlikely. The \u20ac240,000 scheme will run until 2027 at least.",
        traps=[
            T("Over a year and a half", "over the past 18 months"),
            T("has fallen by about 67%", "had cut the invasive population by an estimated two-thirds"),
            T("\u20ac240,000", "240,000 euros"),
            T("until 2027 at least", "until at least 2027"),
        ],
    ),
    # 4
    case(
        "tram derailment inquiry", "rewrite", "inconsistent",
        "An independent inquiry has found that a worn rail caused the derailment of a tram in central Kesterford last March, in which 14 passengers were injured. The report, published on Tuesday by the Rail Accident Investigation Office, said the operator, Kesterford Light Rail, had been warned about the defective section by its maintenance contractor, Bramwell Track Services, three weeks before the crash but had not closed the line. Chief inspector Helen Marchetti said the operator's inspection regime was 'not fit for purpose'. Kesterford Light Rail said it accepted all 11 recommendations and had since replaced the rail. The city's transport councillor, Rupert Ayodele, said he would ask the council to consider fining the operator. No one was seriously hurt in the incident.",
        "A worn rail was to blame for last March's tram derailment in central Kesterford, which left 14 passengers injured, an independent inquiry has concluded. In its report, released on Tuesday, the Rail Accident Investigation Office said Bramwell Track Services had been warned about the faulty section by the operator, Kesterford Light Rail, three weeks before the crash, yet the line had stayed open. The operator's inspection regime was 'not fit for purpose', according to transport councillor Rupert Ayodele, who said he would ask the council to consider a fine. Kesterford Light Rail said it accepted all 11 recommendations and had already replaced the rail. None of the injuries were serious.",
        errors=[
            E("Bramwell Track Services had been warned about the faulty section by the operator", "role", "major",
              "had been warned about the defective section by its maintenance contractor, Bramwell Track Services"),
            E("transport councillor Rupert Ayodele", "attribution", "major", "Chief inspector Helen Marchetti"),
        ],
        traps=[
            T("yet the line had stayed open", "but had not closed the line"),
            T("None of the injuries were serious", "No one was seriously hurt in the incident"),
        ],
    ),
    # 5
    case(
        "typhoon shelter opening", "translation", "consistent",
        "A new typhoon shelter able to house 3,500 people opened on Saturday in the coastal town of San Erasmo, local authorities announced. The three-storey building, which cost 180 million pesos, was financed jointly by the provincial government and a loan from a regional development bank. Mayor Rodolfo Catabay said that in past storms families had been forced to take refuge in schools and churches, which were often overcrowded. The shelter has its own water tanks, solar panels and a clinic with ten beds. According to the provincial disaster office, it will be used as a community centre outside the typhoon season, which usually runs from June to November. A second shelter in the neighbouring village of Dalupan is due to be finished next year.",
        "On Saturday the coastal town of San Erasmo inaugurated a typhoon shelter with room for 3,500 people, the local authorities reported. The building has three floors and cost 180 million pesos; it was paid for by the provincial government together with a loan from a regional development bank. During earlier storms, said mayor Rodolfo Catabay, families had to shelter in schools and churches, which frequently became overcrowded. The facility is equipped with its own water tanks and solar panels, as well as a ten-bed clinic. When it is not typhoon season, normally June through November, the building will serve as a community centre, the provincial disaster office said. Another shelter, in the nearby village of Dalupan, should be completed next year.",
        traps=[
            T("with room for 3,500 people", "able to house 3,500 people"),
            T("The building has three floors", "The three-storey building"),
            T("a ten-bed clinic", "a clinic with ten beds"),
            T("normally June through November", "usually runs from June to November"),
            T("should be completed next year", "is due to be finished next year"),
        ],
    ),
    # 6
    case(
        "diet study retraction", "summary", "inconsistent",
        "A widely reported study which suggested that eating oats for breakfast could lower the risk of heart disease has been retracted, the Northfield Journal of Clinical Nutrition said on Friday. The paper, published in 2022 by researchers at Harwick University, followed 8,000 adults for five years. The journal said an internal review had found errors in how participants' diets were recorded, and that the authors could not provide the original data. Lead author Dr Simon Vaile said he disagreed with the decision but accepted that some records had been lost when the team changed computer systems. Harwick University said it would investigate, but stressed that there was no evidence of deliberate misconduct. Nutrition experts said people should not change their diets on the basis of a single study.",
        "The Northfield Journal of Clinical Nutrition has retracted a 2022 study by Northfield University researchers which showed that eating oats for breakfast lowers the risk of heart disease. A review found errors in how diet records were kept, and the authors could not supply the original data. The lead author disputes the retraction; the university will investigate but says there is no sign of deliberate misconduct.",
        errors=[
            E("Northfield University", "entity", "major", "Harwick University"),
            E("showed that eating oats for breakfast lowers", "modality", "major",
              "suggested that eating oats for breakfast could lower"),
        ],
        traps=[
            T("The lead author disputes the retraction", "he disagreed with the decision"),
            T("there is no sign of deliberate misconduct", "there was no evidence of deliberate misconduct"),
        ],
    ),
    # 7
    case(
        "landslide closes highway", "rewrite", "consistent",
        "A major landslide has closed the Route 9 highway between Carrow Pass and the town of Eddleston, the regional roads authority said on Sunday. Around 20,000 tonnes of rock and mud fell onto the road late on Saturday night after four days of heavy rain. No vehicles were caught in the slide and no injuries have been reported. Engineers expect the road to remain closed for at least two weeks while the slope is stabilised. Drivers are being diverted via the coastal road, which adds about 40 minutes to the journey. Authority spokesperson Leonie Marsh said geologists would inspect the hillside on Monday to assess whether further movement was likely. Local businesses in Eddleston have warned that a long closure could hurt the start of the tourist season.",
        "The regional roads authority said on Sunday that the Route 9 highway had been shut between Carrow Pass and Eddleston after a large landslide. Following four days of heavy rain, some 20,000 tonnes of rock and mud came down onto the carriageway late on Saturday night. The slide did not catch any vehicles, and there have been no reports of injuries. While the slope is being made safe, the road is likely to stay closed for a fortnight or more, engineers believe. Traffic is being sent along the coastal road instead, a detour that adds roughly 40 minutes to journeys. Geologists will examine the hillside on Monday to judge whether more movement is likely, according to authority spokesperson Leonie Marsh. Businesses in Eddleston have warned that a lengthy closure could damage the start of the tourist season.",
        traps=[
            T("some 20,000 tonnes", "Around 20,000 tonnes"),
            T("The slide did not catch any vehicles", "No vehicles were caught in the slide"),
            T("for a fortnight or more", "for at least two weeks"),
            T("a detour that adds roughly 40 minutes to journeys", "which adds about 40 minutes to the journey"),
        ],
    ),
    # 8
    case(
        "monument graffiti cleanup", "translation", "inconsistent",
        "Restorers have finished removing graffiti from the bronze statue of the poet Amadeo Ferrante in the main square of Valdorra, the town hall announced on Thursday. The monument was vandalised with spray paint during the night of 2 to 3 May. The cleaning, carried out over eleven days by a team from the Regional Institute for Conservation, cost about 26,000 euros, which the municipality will try to recover from those responsible. Police have identified two young men, aged 19 and 21, through security cameras; they have been charged with damaging cultural heritage. Deputy mayor Carla Benvenuti said that a protective coating had been applied to the statue to make future cleaning easier. The square will also get two additional cameras before the summer.",
        "The work to clean graffiti off the bronze statue of poet Amadeo Ferrante, which stands in Valdorra's main square, is complete, the municipality said on Thursday. Vandals covered the monument with spray paint in the night between 2 and 3 May. A team from the Regional Institute for Conservation needed eleven days for the job, at a cost of some 26,000 euros that the town intends to claim back from the culprits. Thanks to surveillance cameras, police have identified two young men, one 19 and the other 21, who have been charged with damage to cultural heritage. According to deputy mayor Carla Benvenuti, the statue has received a protective layer so that it will be easier to clean in future. Two further cameras will be installed in the square after the summer.",
        errors=[
            E("after the summer", "date", "minor", "before the summer"),
        ],
        traps=[
            T("in the night between 2 and 3 May", "during the night of 2 to 3 May"),
            T("Thanks to surveillance cameras", "through security cameras"),
            T("one 19 and the other 21", "aged 19 and 21"),
        ],
    ),
    # 9
    case(
        "heatwave cooling centres", "rewrite", "inconsistent",
        "The city of Dunmore will open 25 cooling centres from Friday as temperatures are forecast to reach 39C over the weekend, the public health department said. The centres, in libraries, community halls and two shopping centres, will be open from 10am to 8pm and free to everyone. Health officer Dr Priya Anand urged people to check on elderly neighbours and those living alone, who are most at risk. Last summer's heatwave was linked to 63 excess deaths in the city, according to a council report. Free bus travel to the centres will be offered to people over 65 and to those with a disability. The department said it may extend opening hours if night-time temperatures stay above 25C.",
        "With forecasters predicting highs of 39C over the weekend, Dunmore is opening 25 cooling centres from Friday, according to the city's public health department. Anyone can use the centres free of charge between 10am and 8pm; they are located in libraries, community halls and two shopping centres. Dr Priya Anand, a health officer, asked residents to look in on elderly neighbours and people who live alone, as they face the greatest risk. A council report linked last summer's heatwave to 83 excess deaths in the city. People aged over 65 will be able to travel to the centres by bus for free. If night-time temperatures remain above 25C, opening hours could be extended, the department said.",
        errors=[
            E("83 excess deaths", "number", "major", "63 excess deaths"),
            OM("and to those with a disability", "major", after="People aged over 65"),
        ],
        traps=[
            T("Anyone can use the centres free of charge", "free to everyone"),
            T("between 10am and 8pm", "from 10am to 8pm"),
            T("as they face the greatest risk", "who are most at risk"),
        ],
    ),
    # 10
    case(
        "drought emergency declaration", "rewrite", "consistent",
        "The government of the Ellery region declared a drought emergency on Wednesday after reservoir levels fell to 31 per cent of capacity, the lowest in more than 20 years. Under the declaration, the use of hosepipes to water gardens and wash cars is banned with immediate effect, and farmers will have their irrigation allowances reduced by a quarter. Regional water minister Tomas Kerrigan said the measures would remain in place until reservoirs recover to at least 50 per cent. Households that break the ban could face fines of up to 1,000 dollars. The region has had less than half its normal rainfall since October. Kerrigan said the government was also bringing forward plans for a desalination plant, which is not expected to be operational before 2028.",
        "With reservoirs down to 31% of capacity, their lowest level for over two decades, the Ellery regional government declared a drought emergency on Wednesday. Watering gardens and washing cars with hosepipes is now prohibited, effective immediately, and farmers' irrigation allowances will be cut by 25 per cent. The restrictions will stay until reservoirs are back to at least half full, according to regional water minister Tomas Kerrigan. Households that breach the ban risk fines of as much as $1,000. Since October, the region has received under 50 per cent of its usual rainfall. The minister added that the government was accelerating plans for a desalination plant, though it is unlikely to be running before 2028.",
        traps=[
            T("for over two decades", "in more than 20 years"),
            T("cut by 25 per cent", "reduced by a quarter"),
            T("back to at least half full", "recover to at least 50 per cent"),
            T("$1,000", "1,000 dollars"),
            T("under 50 per cent of its usual rainfall", "less than half its normal rainfall"),
        ],
    ),
]
