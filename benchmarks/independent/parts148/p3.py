"""Cases 21-30 of set148 (hand-written; all names invented)."""
from ._helpers import E, OM, T, case

CASES = [
    # 21
    case(
        "teacher shortage report", "summary", "inconsistent",
        "Schools in the Pellham region will be short of around 1,400 teachers by 2027 unless recruitment improves, according to a report published on Wednesday by the independent Education Workforce Institute. The report found that maths, physics and computing were the hardest subjects to staff, and that one in five new teachers left the profession within three years. The institute's director, Dr Carys Whitmore, said pay was a factor but that workload was the main reason teachers gave for leaving. The regional education authority said it was 'studying the findings carefully' and pointed out that it had raised starting salaries by 6 per cent last year. The teachers' union NTA called for an immediate cut in administrative duties.",
        "An Education Workforce Institute report warns that Pellham will lack about 1,400 teachers by 2027 without better recruitment, with maths, physics and computing hardest to fill and 20% of new teachers quitting within three years. The NTA union says workload, more than pay, is the main reason teachers leave; the education authority notes it raised starting pay by 6% last year.",
        errors=[
            E("The NTA union", "attribution", "major", "The institute's director, Dr Carys Whitmore"),
        ],
        traps=[
            T("20% of new teachers quitting within three years", "one in five new teachers left the profession within three years"),
            T("raised starting pay by 6% last year", "had raised starting salaries by 6 per cent last year"),
        ],
    ),
    # 22
    case(
        "border fence extension", "rewrite", "consistent",
        "The interior ministry of Valdania will extend a fence along its border with Korvenia by 62 kilometres, Interior Minister Boris Lenk said on Friday. The new section, to be built over the next 18 months, will cost an estimated 95 million euros and will be partly funded by a regional security fund. The existing fence, completed in 2019, runs for 140 kilometres. Lenk said attempts to cross the border illegally had doubled in the past year. Human rights groups criticised the plan, saying fences push migrants towards more dangerous routes. Construction will begin in the spring in the forested northern area, where the ministry says patrols are hardest to carry out.",
        "Valdania is to lengthen its border fence with Korvenia by 62 km, the interior minister, Boris Lenk, announced on Friday. Building the new stretch will take a year and a half and is estimated to cost \u20ac95m, some of which will come from a regional security fund. The current 140-kilometre fence was finished in 2019. According to the minister, the number of attempted illegal crossings has risen twofold over the last year. Rights groups attacked the plan, arguing that fences drive migrants onto more dangerous routes. Work will start in spring in the wooded north, where, the ministry says, patrolling is most difficult.",
        traps=[
            T("will take a year and a half", "over the next 18 months"),
            T("is estimated to cost \u20ac95m", "will cost an estimated 95 million euros"),
            T("some of which will come from a regional security fund", "will be partly funded by a regional security fund"),
            T("has risen twofold", "had doubled"),
            T("where, the ministry says, patrolling is most difficult", "where the ministry says patrols are hardest to carry out"),
        ],
    ),
    # 23
    case(
        "shark net removal", "translation", "inconsistent",
        "The authorities of the Saint-Aubel coast have decided to remove the shark nets installed at four beaches, after a study showed that they caught far more dolphins and turtles than sharks, the prefecture announced on Monday. Over three years, the nets trapped 212 marine animals, including 37 dolphins and 64 turtles, but only 19 sharks. The nets will be replaced by a drone surveillance system, which will be tested this summer at two beaches. Prefect H\u00e9l\u00e8ne Dartigue said that swimming might be temporarily restricted if a shark were spotted near the coast. Surf clubs have expressed concern, while environmental associations welcomed the decision. The removal will cost around 300,000 euros.",
        "Shark nets at four beaches on the Saint-Aubel coast are to be taken down because, according to a study, they caught many more dolphins and turtles than sharks, the prefecture said on Monday. In three years, 212 marine animals became trapped in the nets, 37 dolphins and 64 turtles among them, against just 19 sharks. A system of surveillance drones, to be trialled this summer, will take their place. According to prefect H\u00e9l\u00e8ne Dartigue, swimming would be temporarily restricted whenever a shark was spotted close to the shore. Surfing clubs voiced concern, whereas environmental groups were pleased with the decision. Taking the nets out will cost about 300,000 euros.",
        errors=[
            OM("at two beaches", "minor", after="to be trialled this summer"),
            E("would be temporarily restricted", "modality", "major", "might be temporarily restricted"),
        ],
        traps=[
            T("37 dolphins and 64 turtles among them", "including 37 dolphins and 64 turtles"),
            T("against just 19 sharks", "but only 19 sharks"),
            T("environmental groups were pleased with the decision", "environmental associations welcomed the decision"),
        ],
    ),
    # 24
    case(
        "remote work rules", "rewrite", "inconsistent",
        "The insurance group Harcourt Lyle will require its 9,000 office staff to work from the office at least three days a week from 1 October, the company said in a memo to employees on Tuesday. Staff currently have to come in two days a week. Chief operating officer Simone Ferreira wrote that the change was intended to improve collaboration and training for junior staff. Employees with caring responsibilities or disabilities may apply for exemptions, which will be assessed case by case. The company said it would not monitor badge data to track attendance. An internal survey last year found that 58 per cent of staff preferred the existing arrangement. The company plans to close two of its six regional offices by 2026.",
        "From 1 November, the 9,000 office employees of insurer Harcourt Lyle will have to spend a minimum of three days a week in the office, up from two days at present, according to a memo sent to staff on Tuesday. In the memo, chief operating officer Simone Ferreira said the aim was better collaboration and better training for junior employees. Staff who have caring responsibilities or a disability will be exempted. Badge data will not be used to monitor attendance, the company said. Last year, 58 per cent of employees told an internal survey that they preferred the current set-up. Harcourt Lyle also intends to shut two of its six regional offices by 2026.",
        errors=[
            E("1 November", "date", "major", "1 October"),
            E("will be exempted", "modality", "major", "may apply for exemptions"),
        ],
        traps=[
            T("a minimum of three days a week", "at least three days a week"),
            T("up from two days at present", "Staff currently have to come in two days a week"),
            T("Badge data will not be used to monitor attendance", "it would not monitor badge data to track attendance"),
        ],
    ),
    # 25
    case(
        "deposit return scheme launch", "translation", "consistent",
        "A deposit return scheme for drinks containers will begin across the region of Montesol on 1 March, the regional environment department confirmed on Friday. Consumers will pay an extra 10 cents on every plastic bottle and can of up to three litres, which they will get back when returning the empty container to a shop or machine. Glass bottles are not included in the first phase. Around 4,500 shops will take part, and those larger than 200 square metres will be required to accept returns. Environment councillor Mercedes Ibarra said the aim was to recover 90 per cent of containers by 2028, compared with roughly 40 per cent today. Small retailers have complained about the cost of installing return machines.",
        "A deposit return system for drinks containers will start throughout the Montesol region on 1 March, the regional environment department confirmed on Friday. Shoppers will be charged 10 cents more for each plastic bottle or can holding three litres or less, and will be refunded when they bring the empty container back to a shop or a collection machine. The first phase does not cover glass bottles. Some 4,500 shops are taking part; those with a floor area over 200 square metres will be obliged to accept returns. The goal, according to environment councillor Mercedes Ibarra, is to collect 90% of containers by 2028, against about 40% at present. Small shopkeepers have protested about what it costs to install return machines.",
        traps=[
            T("holding three litres or less", "of up to three litres"),
            T("The first phase does not cover glass bottles", "Glass bottles are not included in the first phase"),
            T("with a floor area over 200 square metres", "larger than 200 square metres"),
            T("90%", "90 per cent"),
            T("about 40% at present", "roughly 40 per cent today"),
        ],
    ),
    # 26
    case(
        "textile factory fire", "rewrite", "consistent",
        "A fire destroyed a textile factory in the industrial town of Harlow Bridge overnight on Sunday, forcing the evacuation of nearby homes, the county fire service said. About 80 firefighters fought the blaze, which broke out shortly after 1am at the Weston & Pike mill and took more than six hours to bring under control. No one was injured, as the building was empty at the time. Around 150 residents were moved to a leisure centre as a precaution because of thick smoke. Fire service spokesperson Aled Morgan said the cause was not yet known but was not being treated as suspicious. The company, which employs 230 people, said it would continue to pay staff while it assessed the damage.",
        "Nearby homes had to be evacuated when fire destroyed the Weston & Pike textile mill in the industrial town of Harlow Bridge overnight on Sunday, the county fire service said. Some 80 firefighters tackled the blaze, which started just after one in the morning and was not under control for more than six hours. Because the building was empty, nobody was hurt. About 150 residents were taken to a leisure centre as a precaution against the thick smoke. The cause has yet to be established but is not being treated as suspicious, said fire service spokesperson Aled Morgan. The firm, which has a workforce of 230, said it would keep paying employees while it assessed the damage.",
        traps=[
            T("just after one in the morning", "shortly after 1am"),
            T("was not under control for more than six hours", "took more than six hours to bring under control"),
            T("Because the building was empty, nobody was hurt", "No one was injured, as the building was empty at the time"),
            T("has yet to be established", "was not yet known"),
            T("which has a workforce of 230", "which employs 230 people"),
        ],
    ),
    # 27
    case(
        "bear sighting in town", "summary", "inconsistent",
        "A brown bear was seen walking through the centre of the mountain town of Val Serena early on Thursday morning, local police said. Residents filmed the animal near the main square at about 5.30am before it headed back towards the forest. No one was hurt and no damage was reported. Wildlife officer Luca Brambilla said the bear was probably a young male looking for food and was unlikely to be dangerous if left alone. Police advised residents not to leave rubbish outside overnight and to keep their distance if they see the bear. It is the third sighting in the area this month. The regional wildlife service will fit the animal with a tracking collar if it returns.",
        "A brown bear, probably a young male searching for food, walked through Val Serena's centre at around 5.30am on Thursday before returning to the forest, harming no one. Police urged residents not to leave rubbish out at night and to stay away from the animal, and schools kept pupils indoors during break times. It was the third sighting locally this month; the bear will be fitted with a tracking collar if it comes back.",
        errors=[
            E("schools kept pupils indoors during break times", "addition", "major", None),
        ],
        traps=[
            T("at around 5.30am", "at about 5.30am"),
            T("to stay away from the animal", "to keep their distance if they see the bear"),
            T("if it comes back", "if it returns"),
        ],
    ),
    # 28
    case(
        "marathon course error", "rewrite", "inconsistent",
        "Organisers of the Port Ellis Marathon have apologised after a marshalling error sent runners on a course that was 380 metres too short. The mistake happened at the 31-kilometre mark, where a barrier had been placed in the wrong position, race director Fiona Gallagher said on Monday. As a result, times from Sunday's race cannot be used to qualify for international championships, and the course record set by men's winner Daniel Kiprop will not be ratified. The women's race was won by Ruth Ashdown. Gallagher said the organisers would refund 20 per cent of the entry fee to all 6,200 finishers. The national athletics federation has opened a review of the event. An independent company will measure next year's course.",
        "The Port Ellis Marathon's organisers have said sorry after runners were sent on a route 380 metres short of the full distance because of a marshalling mistake. According to race director Fiona Gallagher, who spoke on Monday, a barrier had been put in the wrong place at the 31 km mark. This means Sunday's times cannot count towards qualification for international championships, and the course record set by Ruth Ashdown will not be ratified. Every one of the 6,200 finishers will get a fifth of their entry fee back, Gallagher said. The national athletics federation has annulled the race results. Next year's course will be measured by an independent company.",
        errors=[
            E("Ruth Ashdown", "entity", "major", "Daniel Kiprop"),
            E("has annulled the race results", "event", "critical", "has opened a review of the event"),
        ],
        traps=[
            T("380 metres short of the full distance", "380 metres too short"),
            T("a fifth of their entry fee", "20 per cent of the entry fee"),
            T("Next year's course will be measured by an independent company", "An independent company will measure next year's course"),
        ],
    ),
    # 29
    case(
        "beach erosion defences", "rewrite", "consistent",
        "Work on new sea defences to protect the eroding beach at Saltmarsh Bay will start in October, the district council said on Thursday. The 7.8 million pound scheme includes 1.2 kilometres of rock armour and the placement of 150,000 cubic metres of sand along the shoreline. The beach has lost an average of two metres a year since 2010, and 23 homes on Cliff Road are considered at risk. Council engineer Rhys Pemberton said the defences should protect the village for at least 50 years. The government's coastal agency is paying 80 per cent of the cost, with the council covering the rest. The beach car park will be closed during construction, which is expected to last until next summer.",
        "Saltmarsh Bay's eroding beach is to get new sea defences, with construction beginning in October, the district council announced on Thursday. The \u00a37.8m project involves laying 1.2 km of rock armour and spreading 150,000 cubic metres of sand along the shore. Since 2010 the beach has been losing two metres a year on average, and 23 houses on Cliff Road are thought to be at risk. According to council engineer Rhys Pemberton, the village should be protected by the defences for half a century or more. Four-fifths of the cost will be met by the government's coastal agency and the remainder by the council. While the work is under way, probably until next summer, the beach car park will be shut.",
        traps=[
            T("\u00a37.8m project", "7.8 million pound scheme"),
            T("the village should be protected by the defences", "the defences should protect the village"),
            T("for half a century or more", "for at least 50 years"),
            T("Four-fifths of the cost", "80 per cent of the cost"),
            T("probably until next summer", "which is expected to last until next summer"),
        ],
    ),
    # 30
    case(
        "hunger strike ends", "translation", "inconsistent",
        "Twelve workers at the Rioverde sugar mill ended a hunger strike on Wednesday after 19 days, following an agreement with the company's management, the workers' union reported. The strikers were protesting against the dismissal of 85 employees in January. Under the agreement, the company will rehire 40 of the dismissed workers within two months and pay compensation to the rest. Union leader Ernesto Valdivia said the deal was 'not everything we wanted, but a real victory'. Three of the strikers were taken to hospital during the protest; all have since been discharged. The regional labour ministry, which mediated the talks, said it would monitor compliance with the agreement.",
        "After 19 days without food, twelve employees of the Rioverde sugar mill called off their hunger strike on Wednesday once they had reached a deal with management, the union said. They had been protesting the firing of 85 workers in January. The agreement commits the company to taking back 40 of those dismissed within two months and compensating the others. 'It is not everything we wanted, but it is a real victory,' said union leader Ernesto Valdivia. During the protest three of the strikers had to be hospitalised; none of them has yet been discharged. The regional labour ministry, which acted as mediator, said it would keep watch over compliance with the deal.",
        errors=[
            E("none of them has yet been discharged", "polarity", "major", "all have since been discharged"),
        ],
        traps=[
            T("called off their hunger strike", "ended a hunger strike"),
            T("the firing of 85 workers", "the dismissal of 85 employees"),
            T("taking back 40 of those dismissed within two months", "rehire 40 of the dismissed workers within two months"),
        ],
    ),
]
