"""Rewrite pairs 11-20 (hand-written; all names and figures invented)."""
from ._helpers import E, OM, T

CASES = [
    # 11 -----------------------------------------------------------------
    dict(
        domain="cruise ship pollution",
        mode="rewrite",
        label="inconsistent",
        reference=(
            "The operator of the cruise ship Aurelia Star has been fined 2.1 million dollars after "
            "admitting that the vessel discharged untreated grey water into protected waters off the "
            "Sarrow Islands, the coastguard said on Monday. Inspectors boarded the ship in Port Lenning "
            "on 17 August after a crew member reported the discharges to environmental group BlueLine. "
            "The operator, Corvana Sky Cruises, pleaded guilty at Port Lenning maritime court on Friday "
            "and agreed to install new monitoring equipment across its fleet of six ships by the end of "
            "next year. The court heard the discharges took place on at least nine occasions between May "
            "and July. A company statement said it 'deeply regretted' the incident and had dismissed two "
            "senior engineering officers."
        ),
        candidate=(
            "Corvana Sky Cruises, which operates the Aurelia Star, has been fined $2.1m after admitting "
            "that the ship pumped untreated grey water into protected waters off the Sarrow Islands, the "
            "coastguard said on Monday. Inspectors went aboard the vessel in Port Lenning on 17 August, "
            "after a crew member reported the discharges to the coastguard. At Port Lenning maritime "
            "court on Friday, the company pleaded guilty and agreed to fit new monitoring equipment on "
            "all six ships in its fleet by the end of next year. According to evidence heard in court, "
            "untreated water was released at least nine times between March and July. In a statement, "
            "the company said it 'deeply regretted' what happened and that two senior engineering "
            "officers had been sacked."
        ),
        errors=[
            E("the coastguard", "entity", "major", "environmental group BlueLine", occ=1),
            E("between March and July", "date", "major", "between May and July"),
        ],
        traps=[
            T("on all six ships in its fleet", "across its fleet of six ships"),
            T("at least nine times", "on at least nine occasions"),
            T("two senior engineering officers had been sacked",
              "had dismissed two senior engineering officers"),
        ],
    ),
    # 12 -----------------------------------------------------------------
    dict(
        domain="drone delivery licence",
        mode="rewrite",
        label="consistent",
        reference=(
            "Skylark Logistics has been granted a licence to fly delivery drones beyond the operator's "
            "line of sight over parts of Ashby County, the Civil Aviation Directorate said on Wednesday. "
            "The licence, valid for 12 months, allows flights only between 7am and 9pm and limits each "
            "drone to a payload of 2.5 kilograms. Routes must avoid schools and hospitals, and flights "
            "will not be permitted in winds above 40 kilometres per hour. The company plans to start "
            "delivering prescription medicines from two pharmacies in Ashby town in early March, before "
            "expanding to groceries if the trial succeeds. Residents' group Quiet Skies Ashby said it "
            "would monitor noise levels and had not ruled out a legal challenge."
        ),
        candidate=(
            "The Civil Aviation Directorate said on Wednesday that it had granted Skylark Logistics a "
            "licence to fly delivery drones out of their operators' line of sight over parts of Ashby "
            "County. The permission lasts a year and covers flights between 7am and 9pm only, with each "
            "drone carrying no more than 2.5kg. Drones must keep away from schools and hospitals on "
            "their routes and may not fly when winds exceed 40km/h. The company plans to begin early in "
            "March with prescription medicines from two pharmacies in Ashby town, moving on to groceries "
            "if the trial goes well. Quiet Skies Ashby, a residents' group, said it would keep an eye on "
            "noise levels and had not excluded going to court."
        ),
        errors=[],
        traps=[
            T("lasts a year", "valid for 12 months"),
            T("no more than 2.5kg", "a payload of 2.5 kilograms"),
            T("may not fly when winds exceed 40km/h",
              "flights will not be permitted in winds above 40 kilometres per hour"),
            T("had not excluded going to court", "had not ruled out a legal challenge"),
        ],
    ),
    # 13 -----------------------------------------------------------------
    dict(
        domain="tractor protest",
        mode="rewrite",
        label="inconsistent",
        reference=(
            "About 300 farmers drove tractors into the centre of Lendholm on Thursday, blocking the ring "
            "road for several hours in protest at planned cuts to fuel subsidies. Police said the "
            "demonstration was peaceful and no arrests were made, although traffic delays stretched back "
            "up to 15 kilometres on the main approach roads. Organisers from the Lendholm Growers' Union "
            "handed a petition with 12,000 signatures to officials at the agriculture ministry. The union "
            "says the proposed cuts would add around 4,000 crowns a year to the costs of an average "
            "family farm. Agriculture minister Petra Loh said she was willing to meet union leaders next "
            "week but that the government's budget plans would not change."
        ),
        candidate=(
            "Some 300 farmers drove their tractors into central Lendholm on Thursday and blocked the ring "
            "road for several hours in protest at planned cuts to fuel subsidies. The protest was "
            "peaceful and no arrests were made, police said, although queues of up to 15 kilometres "
            "built up on the main approach roads. Lendholm Growers' Union organisers delivered a "
            "12,000-signature petition to agriculture ministry officials. According to the union, an "
            "average family farm would face roughly 4,000 crowns a year in extra costs under the "
            "proposed cuts. The protest was peaceful and no arrests were made. Agriculture minister "
            "Petra Loh held talks with union leaders but said the government's budget plans would not "
            "change."
        ),
        errors=[
            E("The protest was peaceful and no arrests were made", "repetition", "minor", None, occ=1),
            E("held talks with union leaders", "event", "major",
              "was willing to meet union leaders next week"),
        ],
        traps=[
            T("delivered a 12,000-signature petition to agriculture ministry officials",
              "handed a petition with 12,000 signatures to officials at the agriculture ministry"),
            T("an average family farm would face roughly 4,000 crowns a year in extra costs",
              "would add around 4,000 crowns a year to the costs of an average family farm"),
        ],
    ),
    # 14 -----------------------------------------------------------------
    dict(
        domain="park run permission",
        mode="rewrite",
        label="consistent",
        reference=(
            "A weekly 5-kilometre community run in Hesketh Park will be allowed to continue after the "
            "town council reversed a decision to charge organisers a fee, council leader Graham Tull said "
            "on Friday. The council had voted last month to introduce a charge of £1,500 a year, citing "
            "wear to paths and grass. Organisers said the event, which attracts around 450 runners and "
            "volunteers each Saturday morning, would have had to close. Under the new agreement, "
            "volunteers will instead help repair paths twice a year, and the event will move to a "
            "different start area from 1 May to protect the wildflower meadow. Tull said the council "
            "'got this wrong' and apologised to participants."
        ),
        candidate=(
            "Council leader Graham Tull said on Friday that the town council had overturned its decision "
            "to make organisers pay a fee, meaning the weekly 5km community run in Hesketh Park can carry "
            "on. Last month councillors had voted for an annual charge of £1,500, pointing to wear on the "
            "paths and grass. Organisers said the event, which draws about 450 runners and volunteers "
            "every Saturday morning, would otherwise have had to shut. Instead, under the new "
            "arrangement, volunteers will help fix paths twice a year, and from 1 May the run will start "
            "from a different area to protect the wildflower meadow. Admitting that the council had 'got "
            "this wrong', Tull apologised to participants."
        ),
        errors=[],
        traps=[
            T("5km", "5-kilometre"),
            T("an annual charge of £1,500", "a charge of £1,500 a year"),
            T("draws about 450 runners and volunteers every Saturday morning",
              "attracts around 450 runners and volunteers each Saturday morning"),
            T("from 1 May the run will start from a different area",
              "the event will move to a different start area from 1 May"),
        ],
    ),
    # 15 -----------------------------------------------------------------
    dict(
        domain="child benefit change",
        mode="rewrite",
        label="inconsistent",
        reference=(
            "Families with three or more children will receive an extra 18 euros a week in child benefit "
            "from January, the Social Affairs Ministry announced on Monday. The increase, which will cost "
            "an estimated 210 million euros a year, is aimed at reducing child poverty, which affects "
            "about one in five children in larger families. Payments for the first and second child will "
            "remain unchanged. The ministry said around 140,000 households would benefit. Opposition "
            "spokesperson Karin Welde welcomed the move but said it did not go far enough, pointing out "
            "that benefit rates had been frozen for four years before last year's 2 per cent rise. "
            "Charities had called for an increase of at least 25 euros."
        ),
        candidate=(
            "From January, families will get an additional 18 euros a week in child benefit, the Social "
            "Affairs Ministry said on Monday. The rise is intended to cut child poverty, which affects "
            "roughly a quarter of children in larger families, and is expected to cost about 210 million "
            "euros annually. There will be no change to payments for the first and second child. Some "
            "140,000 households stand to benefit, according to the ministry. Karin Welde, speaking for "
            "the opposition, welcomed the measure but said it fell short, noting that rates had been "
            "frozen for four years before last year's 2% increase. Charities had been pushing for a rise "
            "of 25 euros or more."
        ),
        errors=[
            OM("From January, families", "with three or more children", "critical"),
            E("roughly a quarter", "number", "major", "about one in five"),
        ],
        traps=[
            T("There will be no change to payments for the first and second child",
              "Payments for the first and second child will remain unchanged"),
            T("25 euros or more", "at least 25 euros"),
        ],
    ),
    # 16 -----------------------------------------------------------------
    dict(
        domain="lighthouse keeper retirement",
        mode="rewrite",
        label="consistent",
        reference=(
            "Edwin Marrable, believed to be the last resident lighthouse keeper on the Carrick coast, "
            "retired on Saturday after 41 years of service at Skellan Head lighthouse. The light was "
            "automated in 1998, but Mr Marrable, now 66, stayed on as an attendant responsible for "
            "maintenance and for showing visitors around the tower. The Coastal Lights Trust, which "
            "manages the lighthouse, said it would not replace him with a live-in attendant and that the "
            "keeper's cottage would be converted into a small museum, due to open next spring. About 200 "
            "people, including former colleagues and local schoolchildren, attended a farewell ceremony "
            "at the lighthouse. Mr Marrable said he planned to move inland to be closer to his daughter."
        ),
        candidate=(
            "After 41 years at Skellan Head lighthouse, Edwin Marrable, thought to be the Carrick coast's "
            "last resident lighthouse keeper, retired on Saturday. Although the light became automatic "
            "in 1998, the 66-year-old remained as an attendant, looking after maintenance and taking "
            "visitors round the tower. No live-in attendant will succeed him, according to the Coastal "
            "Lights Trust, which manages the lighthouse; instead, the keeper's cottage is to become a "
            "small museum, scheduled to open next spring. Former colleagues and local schoolchildren were "
            "among roughly 200 people at a farewell ceremony held at the lighthouse. Mr Marrable said he "
            "intended to move inland so as to be nearer his daughter."
        ),
        errors=[],
        traps=[
            T("the light became automatic in 1998", "The light was automated in 1998"),
            T("the 66-year-old", "now 66"),
            T("No live-in attendant will succeed him",
              "it would not replace him with a live-in attendant"),
            T("roughly 200 people", "About 200 people"),
        ],
    ),
    # 17 -----------------------------------------------------------------
    dict(
        domain="election recount",
        mode="rewrite",
        label="inconsistent",
        reference=(
            "A recount in the Dunmere North ward has confirmed that Civic Alliance candidate Hannah Pryce "
            "won the seat, by 14 votes, the returning officer announced on Tuesday. The original count on "
            "Thursday night had given Ms Pryce a margin of nine votes over Tomas Ekwall of the People's "
            "Reform Party, who requested the recount. Returning officer Derek Shale said a bundle of 25 "
            "ballot papers had been wrongly set aside during the first count but that there was no "
            "evidence of deliberate wrongdoing. Mr Ekwall congratulated his opponent and said he would "
            "not be challenging the result in the courts. Turnout in the ward was 38 per cent, slightly "
            "higher than at the last election."
        ),
        candidate=(
            "Civic Alliance candidate Hannah Pryce has held on to the Dunmere North seat after a recount "
            "put her 14 votes ahead, the returning officer said on Tuesday. Ms Pryce had beaten Tomas "
            "Ekwall of the People's Reform Party by nine votes when ballots were first counted on "
            "Thursday night, and it was Mr Ekwall who asked for the recount. According to returning "
            "officer Derek Shale, a bundle of 25 ballot papers had mistakenly been put aside at the first "
            "count, though there was no sign of deliberate wrongdoing. Mr Ekwall congratulated his rival, "
            "but said he would be challenging the result in the courts. At 38%, turnout in the ward was a "
            "little higher than at the previous election."
        ),
        errors=[
            E("he would be challenging the result in the courts", "polarity", "major",
              "he would not be challenging the result in the courts"),
        ],
        traps=[
            T("mistakenly been put aside", "wrongly set aside"),
            T("no sign of deliberate wrongdoing", "no evidence of deliberate wrongdoing"),
            T("a little higher than at the previous election",
              "slightly higher than at the last election"),
        ],
    ),
    # 18 -----------------------------------------------------------------
    dict(
        domain="airport curfew breach",
        mode="rewrite",
        label="consistent",
        reference=(
            "Kestrel Airways has been fined €120,000 for breaching the night-time curfew at Varsby Airport "
            "on 11 occasions between January and June, the airport's noise authority said on Thursday. "
            "Under the curfew, no scheduled flights may take off or land between 11.30pm and 6am. The "
            "authority said most of the breaches involved late arrivals from southern Europe, with the "
            "latest landing at 1.15am. Kestrel said delays had been caused by air traffic control "
            "restrictions beyond its control and that it was considering an appeal. The local campaign "
            "group Varsby Nights said the fine was 'a slap on the wrist' and called for the curfew to be "
            "extended to 7am at weekends."
        ),
        candidate=(
            "Varsby Airport's noise authority said on Thursday that it had fined Kestrel Airways €120,000 "
            "after the airline broke the night-time curfew 11 times in the first half of the year. The "
            "curfew bans scheduled flights from taking off or landing between 23:30 and 06:00. Most of "
            "the breaches were late arrivals from southern Europe, the authority said, the latest of them "
            "touching down at 1.15am. The airline blamed the delays on air traffic control restrictions "
            "that were beyond its control and said it was weighing an appeal. Calling the penalty 'a slap "
            "on the wrist', local campaign group Varsby Nights urged that the curfew be extended to 7am "
            "on Saturdays and Sundays."
        ),
        errors=[],
        traps=[
            T("11 times in the first half of the year", "on 11 occasions between January and June"),
            T("between 23:30 and 06:00", "between 11.30pm and 6am"),
            T("was weighing an appeal", "was considering an appeal"),
            T("on Saturdays and Sundays", "at weekends"),
        ],
    ),
    # 19 -----------------------------------------------------------------
    dict(
        domain="road deaths figures",
        mode="rewrite",
        label="inconsistent",
        reference=(
            "Road deaths in the province of Western Halvard fell to 212 last year, down from 247 in the "
            "previous year and the lowest figure since records began in 1979, the provincial transport "
            "department said on Monday. Deaths among motorcyclists, however, rose by 9 per cent, to 61. "
            "Transport commissioner Lena Sorvik attributed the overall fall partly to average-speed "
            "cameras installed on four major routes, but said it was too soon to say whether the "
            "improvement would last. The department is considering lowering the speed limit on rural "
            "single-carriageway roads from 90 to 80 kilometres per hour and will publish proposals in "
            "the autumn. Serious injuries fell by 6 per cent, to 1,830."
        ),
        candidate=(
            "Western Halvard recorded 212 road deaths last year, a drop of 25 on the year before and the "
            "lowest total since records were first kept in 1979, according to figures the provincial "
            "transport department released on Monday. Motorcyclist deaths went the other way, rising 9% "
            "to 61. Lena Sorvik, the transport commissioner, credited average-speed cameras on four major "
            "routes with part of the overall decline, though she said it was too early to tell whether "
            "the improvement would be sustained. The department will lower the speed limit on rural "
            "single-carriageway roads from 90km/h to 80km/h, with proposals to be published in the "
            "autumn. The number of serious injuries was down 6%, at 1,830."
        ),
        errors=[
            E("a drop of 25", "number", "major", "down from 247"),
            E("will lower", "modality", "major", "is considering lowering"),
        ],
        traps=[
            T("went the other way, rising 9% to 61", "rose by 9 per cent, to 61"),
            T("credited average-speed cameras on four major routes with part of the overall decline",
              "attributed the overall fall partly to average-speed cameras installed on four major routes"),
            T("too early to tell whether the improvement would be sustained",
              "too soon to say whether the improvement would last"),
        ],
    ),
    # 20 -----------------------------------------------------------------
    dict(
        domain="boil water notice",
        mode="rewrite",
        label="consistent",
        reference=(
            "About 18,000 households in Pelham Vale have been told to boil tap water before drinking it "
            "after tests found E. coli bacteria at the Ridley Lane treatment works, Thornbury Water said "
            "on Sunday. The notice applies to homes with postcodes beginning PV3 and PV4 and will remain "
            "in place for at least 72 hours while the network is flushed and further samples are taken. "
            "Bottled water is being distributed from three collection points, including Pelham Vale "
            "leisure centre. The company said water was safe for bathing and washing as long as it was "
            "not swallowed. Health officials said there had been no confirmed cases of illness linked to "
            "the contamination. Thornbury Water apologised and said affected customers would receive "
            "compensation of £30 each."
        ),
        candidate=(
            "Thornbury Water said on Sunday that roughly 18,000 homes in Pelham Vale had been told to "
            "boil their tap water before drinking it, after E. coli bacteria were detected in tests at "
            "the Ridley Lane treatment works. Properties with postcodes starting PV3 or PV4 are covered "
            "by the notice, which will stay in force for no less than three days while the network is "
            "flushed and more samples are taken. Three collection points, one of them Pelham Vale leisure "
            "centre, are handing out bottled water. Bathing and washing in the water is safe provided it "
            "is not swallowed, the company said. No illness has been confirmed as linked to the "
            "contamination, according to health officials. The company apologised and said each affected "
            "customer would be compensated with £30."
        ),
        errors=[],
        traps=[
            T("roughly 18,000 homes", "About 18,000 households"),
            T("no less than three days", "at least 72 hours"),
            T("Three collection points, one of them Pelham Vale leisure centre, are handing out bottled water",
              "Bottled water is being distributed from three collection points, including Pelham Vale leisure centre"),
            T("provided it is not swallowed", "as long as it was not swallowed"),
            T("No illness has been confirmed as linked to the contamination",
              "there had been no confirmed cases of illness linked to the contamination"),
        ],
    ),
]
