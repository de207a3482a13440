"""Set 142, pairs 1-10 (hand-written)."""
from _helpers import E, O, T

CASES = [
    # 1
    dict(
        domain="jury trial reform", mode="summary", label="consistent",
        reference=(
            "The Ministry of Justice of Vellmark announced on Monday that jury trials for fraud cases lasting "
            "more than six months will be replaced by panels of one judge and two specialist assessors, "
            "starting in April next year. Justice Minister Oriel Dansworth said the change would cut average "
            "trial lengths by around 40 percent and free up 1,800 court days a year. The reform will apply "
            "only to cases brought by the Serious Economic Crime Office. Defence lawyers' association chair "
            "Marcus Whitlow called the plan 'a retreat from a centuries-old safeguard' and said his members "
            "would lobby parliament to reject it. The bill is expected to receive its first reading in the "
            "autumn. A review of the scheme is scheduled after three years."
        ),
        candidate=(
            "From next April, fraud trials lasting more than six months that are brought by the Serious "
            "Economic Crime Office will be heard by one judge and two specialist assessors rather than a jury, "
            "Vellmark's Ministry of Justice announced on Monday. Minister Oriel Dansworth said average trial "
            "lengths would fall by roughly two-fifths, freeing 1,800 court days a year. The head of the defence "
            "lawyers' association called the plan 'a retreat from a centuries-old safeguard'."
        ),
        errors=[],
        traps=[
            T("From next April", "starting in April next year"),
            T("rather than a jury",
              "jury trials for fraud cases lasting more than six months will be replaced"),
            T("roughly two-fifths", "around 40 percent"),
            T("The head of the defence lawyers' association",
              "Defence lawyers' association chair Marcus Whitlow"),
        ],
    ),
    # 2
    dict(
        domain="badger cull court case", mode="rewrite", label="inconsistent",
        reference=(
            "The High Court in Dunmere has rejected a challenge by the conservation charity Brockwatch against "
            "the Department of Rural Affairs over its licensing of badger culls in three western counties. "
            "Brockwatch had argued that the department failed to consider new evidence showing that culling "
            "may increase the spread of bovine tuberculosis as badgers disperse. Mrs Justice Halloran ruled "
            "that the department had acted lawfully, although she said ministers 'must keep the evidence under "
            "review'. The charity has 21 days to seek permission to appeal and said on Thursday it was "
            "'considering all options'. About 4,200 badgers were culled under the licences last year, according "
            "to department figures. The department said the cull would resume in September."
        ),
        candidate=(
            "A legal challenge brought against the conservation charity Brockwatch by the Department of Rural "
            "Affairs over badger cull licences in three western counties has been dismissed by the High Court "
            "in Dunmere. The charity had argued that the department failed to consider new evidence that "
            "culling increases the spread of bovine tuberculosis as badgers disperse. Ruling that the department "
            "had acted lawfully, Mrs Justice Halloran nonetheless said ministers 'must keep the evidence under "
            "review'. Brockwatch, which has three weeks to seek permission to appeal, said on Thursday it was "
            "'considering all options'. Department figures show some 4,200 badgers were culled under the "
            "licences last year, and the department says the cull will resume in September."
        ),
        errors=[
            E("challenge brought against the conservation charity Brockwatch by the Department of Rural Affairs",
              "role", "critical",
              "challenge by the conservation charity Brockwatch against the Department of Rural Affairs"),
            E("culling increases the spread", "modality", "major", "culling may increase the spread"),
        ],
        traps=[
            T("has been dismissed by the High Court in Dunmere", "The High Court in Dunmere has rejected"),
            T("three weeks", "21 days"),
            T("some 4,200 badgers", "About 4,200 badgers"),
        ],
    ),
    # 3
    dict(
        domain="veterinary fee inquiry", mode="rewrite", label="inconsistent",
        reference=(
            "The Competition and Markets Board of Tarrow has opened a formal inquiry into veterinary fees after "
            "finding that prices charged by practices owned by large groups rose by 63 percent between 2018 and "
            "2023, almost twice the rate of general inflation. The board said it had received more than 5,600 "
            "complaints from pet owners, many of whom were not told that cheaper medicines could be bought "
            "elsewhere. Six corporate groups now own around half of the country's 2,900 practices. Inquiry chair "
            "Nadia Ferrand said the board could order groups to publish price lists and, if necessary, to sell "
            "clinics. The groups have until 14 March to respond. A final report is due within 18 months."
        ),
        candidate=(
            "Tarrow's Competition and Markets Board has launched a formal inquiry into vet fees after finding "
            "that prices at practices owned by large groups climbed 63 percent between 2018 and 2023, almost "
            "three times the general inflation rate. More than 5,600 complaints from pet owners have reached "
            "the board, it said, many from people who were never told that cheaper medicines could be bought "
            "elsewhere. Roughly half of the country's 2,900 practices are now in the hands of six corporate "
            "groups. The board could require them to publish price lists and, if needed, to sell clinics, said "
            "Nadia Ferrand, who chairs the inquiry. The groups must respond by 14 March, and a final report is "
            "due within a year and a half."
        ),
        errors=[
            E("almost three times", "number", "major", "almost twice"),
        ],
        traps=[
            T("vet fees", "veterinary fees"),
            T("are now in the hands of six corporate groups", "Six corporate groups now own"),
            T("within a year and a half", "within 18 months"),
        ],
    ),
    # 4
    dict(
        domain="coin hoard discovery", mode="summary", label="consistent",
        reference=(
            "A metal detectorist has found a hoard of 1,340 silver coins buried in a clay pot on farmland near "
            "the village of Ashby Marrow, the Keswold County Museum said on Wednesday. The coins, most of them "
            "minted during the reign of King Edrin II, were discovered in February by retired postman Gerald "
            "Pyke, 67, who reported the find to the county's finds liaison officer the same day. Experts believe "
            "the hoard was buried around 1140, possibly during a period of civil unrest. It has been declared "
            "treasure by the coroner, and the museum hopes to raise £85,000 to acquire it. Any reward will be "
            "split equally between Mr Pyke and the landowner."
        ),
        candidate=(
            "Retired postman Gerald Pyke, 67, unearthed 1,340 silver coins in a clay pot on farmland near Ashby "
            "Marrow in February and reported the find that same day. Believed by experts to have been buried "
            "around 1140, the hoard has been declared treasure, and the Keswold County Museum is hoping to raise "
            "£85,000 to acquire it. Any reward will be shared equally by Mr Pyke and the landowner."
        ),
        errors=[],
        traps=[
            T("Retired postman Gerald Pyke, 67, unearthed",
              "were discovered in February by retired postman Gerald Pyke, 67"),
            T("Believed by experts to have been buried around 1140",
              "Experts believe the hoard was buried around 1140"),
            T("is hoping to raise", "hopes to raise"),
            T("shared equally by Mr Pyke and the landowner", "split equally between Mr Pyke and the landowner"),
        ],
    ),
    # 5
    dict(
        domain="transfer fee record", mode="summary", label="inconsistent",
        reference=(
            "Harbury Rovers have broken the club's transfer record by signing midfielder Tomas Erdelyi from "
            "Velden Athletic for an initial £38m, the Premier Division side confirmed on Friday. The fee could "
            "rise to £45m with add-ons linked to appearances and trophies. Erdelyi, 23, has signed a five-year "
            "contract and will wear the number 8 shirt. Rovers' previous record was the £29m paid for striker "
            "Jamal Okafor-Reid in 2021. Manager Lena Castrell said the Hungarian international was 'exactly the "
            "kind of player we have been chasing for two years'. Velden Athletic will also receive 15 percent of "
            "any future sale. Erdelyi scored nine goals in 34 league games last season."
        ),
        candidate=(
            "Harbury Rovers have broken their transfer record to sign midfielder Tomas Erdelyi from Velden Rovers "
            "for an initial £38m, which could climb to £54m with add-ons. The 23-year-old has agreed a five-year "
            "deal, and manager Lena Castrell called him 'exactly the kind of player we have been chasing for two "
            "years'. The previous club record was the £29m paid for Jamal Okafor-Reid in 2021."
        ),
        errors=[
            E("Velden Rovers", "entity", "major", "Velden Athletic"),
            E("£54m", "number", "major", "£45m"),
        ],
        traps=[
            T("The 23-year-old", "Erdelyi, 23"),
            T("has agreed a five-year deal", "has signed a five-year contract"),
        ],
    ),
    # 6
    dict(
        domain="mosquito release trial", mode="rewrite", label="consistent",
        reference=(
            "Health authorities in the coastal district of Port Lannick will release up to 250,000 genetically "
            "modified male mosquitoes a week for six months from June, in a trial aimed at cutting populations "
            "of the dengue-carrying Aedes species. The modified males, supplied by the biotechnology firm "
            "Vectrion, carry a gene that prevents their female offspring from surviving to adulthood. Male "
            "mosquitoes do not bite. District health officer Dr Samira Oduya said a similar trial in a "
            "neighbouring region had reduced mosquito numbers by 88 percent within a year. Residents will be "
            "able to track releases on a public map. The trial will be halted if independent monitors detect any "
            "unexpected effects on other insects."
        ),
        candidate=(
            "From June, health authorities in the coastal district of Port Lannick will set loose as many as "
            "250,000 genetically modified male mosquitoes every week for half a year, in a trial intended to "
            "shrink numbers of the Aedes species that carries dengue. The males, which come from biotech company "
            "Vectrion, carry a gene that stops their female offspring surviving to adulthood; male mosquitoes "
            "themselves do not bite. When a similar trial was run in a neighbouring region, mosquito numbers fell "
            "by 88 percent within a year, according to district health officer Dr Samira Oduya. Residents can "
            "follow the releases on a public map, and the trial will be stopped should independent monitors "
            "detect any unexpected effects on other insects."
        ),
        errors=[],
        traps=[
            T("as many as 250,000", "up to 250,000"),
            T("for half a year", "for six months"),
            T("which come from biotech company Vectrion", "supplied by the biotechnology firm Vectrion"),
            T("Residents can follow the releases on a public map",
              "Residents will be able to track releases on a public map"),
            T("the trial will be stopped should independent monitors detect",
              "The trial will be halted if independent monitors detect"),
        ],
    ),
    # 7
    dict(
        domain="exam grading error", mode="rewrite", label="inconsistent",
        reference=(
            "The Northmoor Examinations Authority has apologised after a software fault led to 4,700 students "
            "receiving incorrect grades in this summer's advanced mathematics papers. The error, which affected "
            "candidates who sat the exam at 212 schools, meant that marks from the second paper were counted "
            "twice for some students and not at all for others. Corrected results will be issued by 30 August, "
            "the authority said. Chief executive Priya Langdon said no student would receive a lower grade than "
            "originally awarded, and universities have agreed to honour offers made on the basis of the higher "
            "result. An independent review of the authority's systems will report by the end of the year."
        ),
        candidate=(
            "A software fault meant that 7,400 students were given the wrong grades in this summer's advanced "
            "mathematics papers, and the Northmoor Examinations Authority has apologised. At 212 schools, some "
            "candidates had their second-paper marks counted twice while others had them ignored entirely. The "
            "authority said corrected results would be issued by 30 August. According to chief executive Priya "
            "Langdon, no student will end up with a lower grade than originally awarded, and universities have "
            "agreed to honour offers. An independent review of the authority's systems will report by the end "
            "of the year."
        ),
        errors=[
            E("7,400 students", "number", "major", "4,700 students"),
            O("agreed to honour offers", "made on the basis of the higher result", "major"),
        ],
        traps=[
            T("others had them ignored entirely", "not at all for others"),
            T("no student will end up with a lower grade", "no student would receive a lower grade"),
        ],
    ),
    # 8
    dict(
        domain="solar flare warning", mode="rewrite", label="inconsistent",
        reference=(
            "The National Space Weather Centre of Corvany issued a severe geomagnetic storm watch on Sunday after "
            "a powerful X-class solar flare erupted from a large sunspot group at 03:40 local time. A coronal "
            "mass ejection associated with the flare is expected to reach Earth between late Tuesday and early "
            "Wednesday. Forecaster Elias Brandt said the storm could disrupt satellite navigation and "
            "high-frequency radio for several hours and might make the northern lights visible as far south as "
            "the capital. Grid operator Voltara said it had placed extra staff on standby but did not expect "
            "power cuts. Airlines flying polar routes have been advised to consider alternative paths."
        ),
        candidate=(
            "Corvany's National Space Weather Centre put a severe geomagnetic storm watch in place on Sunday, "
            "after a large sunspot group unleashed a powerful X-class flare at 3.40pm local time. The coronal "
            "mass ejection that accompanied the flare is forecast to arrive at Earth some time between late "
            "Tuesday and the early hours of Wednesday. According to forecaster Elias Brandt, satellite "
            "navigation and high-frequency radio could be disrupted for several hours, and the northern lights "
            "might be seen as far south as the capital. Voltara, the grid operator, said it had put extra staff "
            "on standby but did not expect power cuts, while airlines on polar routes have been told to consider "
            "alternative paths."
        ),
        errors=[
            E("3.40pm", "date", "minor", "03:40"),
        ],
        traps=[
            T("is forecast to arrive at Earth", "is expected to reach Earth"),
            T("the early hours of Wednesday", "early Wednesday"),
            T("satellite navigation and high-frequency radio could be disrupted",
              "the storm could disrupt satellite navigation and high-frequency radio"),
        ],
    ),
    # 9
    dict(
        domain="rooftop garden policy", mode="rewrite", label="consistent",
        reference=(
            "From 1 January, all new commercial buildings in the city of Halvergate with a flat roof larger than "
            "500 square metres must include a green roof or rooftop garden covering at least 40 percent of the "
            "roof area, the city council has decided. The rule, approved by 31 votes to 12 on Tuesday evening, "
            "will not apply to residential blocks or to buildings already under construction. Developers who "
            "cannot meet the requirement for structural reasons may instead pay into a municipal tree-planting "
            "fund. Councillor Bettina Rourke, who proposed the measure, said green roofs could lower summer roof "
            "temperatures by up to 30 degrees Celsius and reduce storm-water run-off."
        ),
        candidate=(
            "Halvergate city council voted 31 to 12 on Tuesday evening to require a green roof or rooftop garden "
            "on at least two-fifths of the roof area of every new commercial building with a flat roof of more "
            "than 500 square metres, starting on 1 January. Residential blocks and buildings that are already "
            "being built are exempt. Where structural reasons make compliance impossible, developers may pay into "
            "a municipal tree-planting fund instead. The measure's proposer, Councillor Bettina Rourke, said such "
            "roofs could cut summer roof temperatures by as much as 30 degrees Celsius and reduce storm-water "
            "run-off."
        ),
        errors=[],
        traps=[
            T("voted 31 to 12", "approved by 31 votes to 12"),
            T("at least two-fifths", "at least 40 percent"),
            T("Residential blocks and buildings that are already being built are exempt",
              "will not apply to residential blocks or to buildings already under construction"),
            T("The measure's proposer, Councillor Bettina Rourke",
              "Councillor Bettina Rourke, who proposed the measure"),
            T("by as much as 30 degrees Celsius", "by up to 30 degrees Celsius"),
        ],
    ),
    # 10
    dict(
        domain="science fair winner", mode="rewrite", label="consistent",
        reference=(
            "A 16-year-old from the town of Kellbridge has won the National Young Scientists Fair with a low-cost "
            "sensor that detects lead in tap water within two minutes. Amara Okonjo, a student at Kellbridge "
            "Academy, built the device from parts costing less than £15. Judges said her entry stood out among "
            "1,150 projects from 430 schools for its 'practical value and rigorous testing'. She receives a "
            "£5,000 prize and a place at the International Science and Engineering Exhibition in Marlstadt next "
            "May. Two students from Lorne Valley High School, whose project used drones to map invasive plants, "
            "finished as runners-up. Amara said she hoped to make the sensor available to households 'for the "
            "price of a sandwich'."
        ),
        candidate=(
            "Amara Okonjo, a 16-year-old Kellbridge Academy student from the town of Kellbridge, has taken first "
            "place at the National Young Scientists Fair with an inexpensive sensor that detects lead in tap "
            "water within two minutes. She put the device together from parts costing under £15. Her entry stood "
            "out among 1,150 projects from 430 schools, the judges said, praising its 'practical value and "
            "rigorous testing'. Her prize is £5,000 plus a place at next May's International Science and "
            "Engineering Exhibition in Marlstadt. The runners-up were two Lorne Valley High School students whose "
            "project used drones to map invasive plants. Amara says she hopes to make the sensor available to "
            "households 'for the price of a sandwich'."
        ),
        errors=[],
        traps=[
            T("has taken first place at", "has won"),
            T("under £15", "less than £15"),
            T("next May's International Science and Engineering Exhibition in Marlstadt",
              "International Science and Engineering Exhibition in Marlstadt next May"),
            T("The runners-up were two Lorne Valley High School students",
              "Two students from Lorne Valley High School"),
        ],
    ),
]
