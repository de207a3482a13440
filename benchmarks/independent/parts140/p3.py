"""Part 3: ten summaries, five consistent and five inconsistent (hand-written; names invented)."""

CASES = [
    # 21 ------------------------------------------------------------------
    {
        "domain": "hillfort survey",
        "mode": "summary",
        "reference": (
            "A laser survey of Carn Dulas, an Iron Age hillfort in the Bryn Hollow hills, has revealed the "
            "outlines of at least 90 roundhouses hidden beneath bracken and heather, archaeologists said on "
            "Tuesday. The survey, carried out by drone over four days in March, also found traces of a "
            "second defensive rampart on the fort's western side that had not previously been recorded. "
            "Dr Eluned Parry of Pennant Archaeology, who led the project, said the number of houses "
            "suggested the fort may have been home to several hundred people, making it one of the largest "
            "settlements of its kind in the region. The findings will be tested by a small excavation next "
            "summer. The site is on private farmland and is not open to the public."
        ),
        "candidate": (
            "A drone-borne laser survey of Carn Dulas, an Iron Age hillfort, has revealed at least 90 "
            "hidden roundhouses and a previously unrecorded second rampart on its western side. Project "
            "leader Dr Eluned Parry said the fort may have housed several hundred people, which would make "
            "it one of the region's largest settlements of its kind. A small dig next summer will test the "
            "findings."
        ),
        "errors": [],
        "traps": [
            {"text": "previously unrecorded", "ref_text": "had not previously been recorded"},
            {"text": "may have housed several hundred people",
             "ref_text": "may have been home to several hundred people"},
            {"text": "one of the region's largest settlements of its kind",
             "ref_text": "one of the largest settlements of its kind in the region"},
            {"text": "A small dig next summer", "ref_text": "a small excavation next summer"},
        ],
    },
    # 22 ------------------------------------------------------------------
    {
        "domain": "moth survey record",
        "mode": "summary",
        "reference": (
            "Volunteers at the Fellwick Nature Reserve recorded 412 species of moth in a single night last "
            "week, beating the reserve's previous record of 356 set in 2018, the Northern Lepidoptera Trust "
            "said. More than 60 volunteers ran 35 light traps across the reserve's woodland and wet meadow "
            "between dusk on 18 July and dawn the next day. Among the finds was the scarce pale pinion, "
            "which has not been seen in the county since 1994. All the moths were released unharmed after "
            "being identified. Trust ecologist Fergus Lamb said the warm, humid conditions had been ideal, "
            "but cautioned that one night's count could not show whether moth numbers overall were "
            "recovering. The trust plans to repeat the survey next year."
        ),
        "candidate": (
            "More than 60 volunteers using 35 light traps logged 412 moth species in one night at Fellwick "
            "Nature Reserve, beating the previous record of 356 set in 2018. Finds included the scarce pale "
            "pinion, unseen in the county since 1994, and every moth was released unharmed. Ecologist Fergus "
            "Lamb said the warm, humid night had been perfect but warned that one night's count could not "
            "show whether moth numbers overall were recovering."
        ),
        "errors": [],
        "traps": [
            {"text": "logged 412 moth species in one night",
             "ref_text": "recorded 412 species of moth in a single night"},
            {"text": "unseen in the county since 1994",
             "ref_text": "has not been seen in the county since 1994"},
            {"text": "every moth was released unharmed", "ref_text": "All the moths were released unharmed"},
            {"text": "the warm, humid night had been perfect",
             "ref_text": "the warm, humid conditions had been ideal"},
        ],
    },
    # 23 ------------------------------------------------------------------
    {
        "domain": "skate park funding",
        "mode": "summary",
        "reference": (
            "Plans for a new skate park in Thornvale Fields have received \u00a3180,000 from the Lottery Sports "
            "Fund, meaning construction can start in the spring, Mereside Borough Council said on Friday. "
            "The concrete park, designed with input from local young people, will be about twice the size "
            "of the old wooden ramps that were removed in 2022 because they had become unsafe. The council "
            "will contribute a further \u00a360,000, and a local campaign group, Ramp It Up, raised \u00a315,000 "
            "through events and donations. Campaigner Jade Osei, 17, said the group had spent three years "
            "lobbying for the facility. The park is expected to open by the end of next summer and will be "
            "free to use."
        ),
        "candidate": (
            "A \u00a3180,000 Lottery Sports Fund grant means building work on a new skate park in Thornvale "
            "Fields can begin in the spring. With a further \u00a360,000 from the council and \u00a315,000 raised by "
            "campaigners, the free concrete park, roughly double the size of the unsafe wooden ramps "
            "removed in 2022, should open by the end of next summer."
        ),
        "errors": [],
        "traps": [
            {"text": "building work on a new skate park in Thornvale Fields can begin",
             "ref_text": "construction can start"},
            {"text": "\u00a315,000 raised by campaigners", "ref_text": "Ramp It Up, raised \u00a315,000"},
            {"text": "roughly double the size", "ref_text": "about twice the size"},
            {"text": "should open by the end of next summer",
             "ref_text": "is expected to open by the end of next summer"},
        ],
    },
    # 24 ------------------------------------------------------------------
    {
        "domain": "kite festival cancelled",
        "mode": "summary",
        "reference": (
            "This year's Westscar Kite Festival, which was due to take place on 23 and 24 August, has been "
            "cancelled because of damage to the clifftop field where it is held, organisers said on Monday. "
            "Heavy rain in July caused part of the field's edge to slip, and the council's engineers have "
            "advised that the area is not safe for large crowds. The festival, now in its 28th year, "
            "usually attracts around 30,000 visitors and more than 200 kite flyers from across Europe. "
            "Organiser Bryn Haskett said the team had looked at alternative venues but none was large "
            "enough. Ticket holders will receive full refunds automatically within 14 days. The organisers "
            "said they hoped the event would return next year."
        ),
        "candidate": (
            "The Westscar Kite Festival, planned for 23-24 August, has been called off after July's heavy "
            "rain caused part of its clifftop field to slip, leaving the area unsafe for large crowds, "
            "according to council engineers. Organiser Bryn Haskett said no alternative venue was big "
            "enough. Ticket holders will get full refunds automatically within two weeks, and organisers "
            "hope the event will return next year."
        ),
        "errors": [],
        "traps": [
            {"text": "planned for 23-24 August",
             "ref_text": "was due to take place on 23 and 24 August"},
            {"text": "called off", "ref_text": "cancelled"},
            {"text": "no alternative venue was big enough",
             "ref_text": "had looked at alternative venues but none was large enough"},
            {"text": "within two weeks", "ref_text": "within 14 days"},
        ],
    },
    # 25 ------------------------------------------------------------------
    {
        "domain": "cross-channel swim record",
        "mode": "summary",
        "reference": (
            "A 19-year-old swimmer from Tressock has set a new record for crossing the Gallan Channel, "
            "completing the 34-kilometre swim from Kerrow Point to Saint-Arvel in 7 hours and 52 minutes. "
            "Ruth Calloway beat the previous record, set by Dutch swimmer Anouk Veldman in 2016, by "
            "11 minutes, the Gallan Channel Swimming Federation confirmed on Saturday. Under federation "
            "rules, swimmers may wear only a standard costume, cap and goggles, and may not touch the "
            "support boat. Calloway, a student, said she had trained for two years, often swimming in the "
            "sea before lectures. She raised more than \u00a38,000 for a local hospice. Fewer than 400 people "
            "have completed the crossing since it was first swum in 1926."
        ),
        "candidate": (
            "Ruth Calloway, a 19-year-old student, has set a record for the 34km Gallan Channel crossing "
            "from Kerrow Point to Saint-Arvel, finishing in 7 hours 52 minutes, 11 minutes faster than "
            "Anouk Veldman's 2016 mark, the swimming federation confirmed. She trained for two years and "
            "raised over \u00a38,000 for a local hospice."
        ),
        "errors": [],
        "traps": [
            {"text": "34km", "ref_text": "34-kilometre"},
            {"text": "finishing in 7 hours 52 minutes", "ref_text": "in 7 hours and 52 minutes"},
            {"text": "11 minutes faster than Anouk Veldman's 2016 mark",
             "ref_text": "beat the previous record, set by Dutch swimmer Anouk Veldman in 2016, by "
                         "11 minutes"},
            {"text": "over \u00a38,000", "ref_text": "more than \u00a38,000"},
        ],
    },
    # 26 ------------------------------------------------------------------
    {
        "domain": "camel racing robot jockey",
        "mode": "summary",
        "reference": (
            "Organisers of the annual Al-Sahra Cup camel race in the desert town of Qarsiya will use only "
            "robot jockeys from next season, replacing the last remaining human riders, the Qarsiya Racing "
            "Club announced on Sunday. The lightweight robots, which weigh about 3kg and are controlled by "
            "trainers driving alongside the track, are already used in most races in the region. Club "
            "chairman Faisal Al-Qudsari said the change would improve safety and ensure all camels competed "
            "under the same conditions. The club will buy 120 of the robots from a local manufacturer, "
            "Sandline Robotics, at a cost of around 1.8 million riyals. This year's cup, run over eight "
            "kilometres, drew a record 340 entries."
        ),
        "candidate": (
            "The Al-Sahra Cup camel race in Qarsiya will use only robot jockeys from next season, replacing "
            "its last human riders, after a serious fall at this year's race. The Qarsiya Racing Club is "
            "buying 120 of the robots, which weigh around 8kg each, from Sandline Robotics for about "
            "1.8 million riyals; its chairman said the switch would make racing safer and fairer."
        ),
        "errors": [
            {"text": "after a serious fall at this year's race", "type": "addition", "severity": "major",
             "ref_text": None},
            {"text": "around 8kg", "type": "number", "severity": "minor", "ref_text": "about 3kg"},
        ],
        "traps": [
            {"text": "would make racing safer and fairer",
             "ref_text": "would improve safety and ensure all camels competed under the same conditions"},
        ],
    },
    # 27 ------------------------------------------------------------------
    {
        "domain": "tidal power barrage study",
        "mode": "summary",
        "reference": (
            "A feasibility study into a tidal power barrage across the Fennick Estuary has concluded that "
            "the scheme could generate enough electricity for around 250,000 homes, but would cost at least "
            "\u00a33.4 billion. The study, commissioned by the Fennick Combined Authority and carried out by "
            "engineering consultants Rowe Hallam, found that the barrage could also reduce flood risk for "
            "9,000 properties upstream. However, the conservation group Estuary Watch said the report "
            "underplayed the damage to mudflats used by tens of thousands of wading birds. The authority's "
            "mayor, Graham Essien, said no decision would be taken until a full environmental assessment "
            "had been completed, which could take two years."
        ),
        "candidate": (
            "A study by consultants Rowe Hallam for the Fennick Combined Authority says a tidal barrage "
            "across the Fennick Estuary could power about 250,000 homes and cut flood risk for 9,000 "
            "properties upstream, at a cost of at least \u00a33.4bn. Mayor Graham Essien said the report "
            "underplayed the harm to mudflats used by tens of thousands of wading birds, and that no "
            "decision would be taken until a full environmental assessment was complete."
        ),
        "errors": [
            {"text": "Mayor Graham Essien said", "type": "attribution", "severity": "major",
             "ref_text": "the conservation group Estuary Watch said"},
        ],
        "traps": [
            {"text": "could power about 250,000 homes",
             "ref_text": "could generate enough electricity for around 250,000 homes"},
            {"text": "\u00a33.4bn", "ref_text": "\u00a33.4 billion"},
        ],
    },
    # 28 ------------------------------------------------------------------
    {
        "domain": "lacrosse league relegation",
        "mode": "summary",
        "reference": (
            "Kestrel Park Lacrosse Club have been relegated from the National Premier Division for the "
            "first time in their 64-year history after a 9-7 defeat by Ravensholm on Saturday. The result "
            "left Kestrel Park bottom of the eight-team table with one match remaining, four points behind "
            "the Harwick Hawks. Head coach Siobhan Mallory, who took charge in January, said the players "
            "were 'devastated' but that the club would rebuild around its young squad. Kestrel Park won the "
            "league title three times in the 1990s. Ravensholm's victory lifted them to fifth. The club's "
            "final game of the season, at home to champions Elderbrook, takes place next Sunday."
        ),
        "candidate": (
            "Kestrel Park Lacrosse Club have been relegated from the National Premier Division for the "
            "first time in their 64-year history after a 9-7 loss to Ravensholm on Saturday left them "
            "bottom with one game to play. Coach Siobhan Mallory, in charge since March, said the players "
            "were devastated but the club would rebuild around its young squad. The club have been "
            "relegated from the National Premier Division for the first time in their 64-year history."
        ),
        "errors": [
            {"text": "since March", "type": "date", "severity": "minor",
             "ref_text": "took charge in January"},
            {"text": "have been relegated from the National Premier Division for the first time in "
                     "their 64-year history",
             "occ": 1, "type": "repetition", "severity": "minor", "ref_text": None},
        ],
        "traps": [
            {"text": "after a 9-7 loss to Ravensholm", "ref_text": "after a 9-7 defeat by Ravensholm"},
            {"text": "bottom with one game to play",
             "ref_text": "bottom of the eight-team table with one match remaining"},
        ],
    },
    # 29 ------------------------------------------------------------------
    {
        "domain": "foot and mouth drill",
        "mode": "summary",
        "reference": (
            "More than 200 vets, police officers and council staff took part in a two-day exercise in "
            "Aldmoor last week simulating an outbreak of foot-and-mouth disease, the county's animal health "
            "service said. The drill, codenamed Operation Hollybrook, tested how quickly a 10-kilometre "
            "control zone could be set up around an infected farm and how livestock movements would be "
            "stopped. No real animals were involved, and the 'infected' farm was a fictional one based on a "
            "real dairy unit near Pelworth. Chief vet Dr Rhiannon Acker said the exercise had exposed "
            "delays in sharing information between agencies, which would be addressed in a report due in "
            "the autumn. The county has not had a case of the disease for more than 20 years."
        ),
        "candidate": (
            "Over 200 vets, police and council staff spent two days in Aldmoor last week rehearsing the "
            "response to a foot-and-mouth outbreak on a fictional farm, testing how fast a 10km control "
            "zone could be imposed and livestock movements halted. Chief vet Dr Rhiannon Acker said the "
            "exercise had been delayed by problems sharing information between agencies, which an autumn "
            "report will address."
        ),
        "errors": [
            {"text": "the exercise had been delayed by problems sharing information between agencies",
             "type": "event", "severity": "major",
             "ref_text": "the exercise had exposed delays in sharing information between agencies"},
        ],
        "traps": [
            {"text": "Over 200", "ref_text": "More than 200"},
            {"text": "spent two days", "ref_text": "took part in a two-day exercise"},
            {"text": "how fast a 10km control zone could be imposed",
             "ref_text": "how quickly a 10-kilometre control zone could be set up"},
        ],
    },
    # 30 ------------------------------------------------------------------
    {
        "domain": "cycling race doping ban",
        "mode": "summary",
        "reference": (
            "The Belgian rider Joris Akkerman has been banned for four years after testing positive for the "
            "blood-boosting drug EPO during last year's Tour of Vennland, the International Cycling "
            "Integrity Unit said on Wednesday. Akkerman, 27, who rides for the Veloxa team, finished third "
            "overall in the race but will now be stripped of the result. The sample was taken after the "
            "fifth stage on 14 June. The rider has denied knowingly taking any banned substance and has "
            "21 days to appeal to the sport's arbitration court. Veloxa said it had suspended Akkerman and "
            "would decide on his future once the appeal process was complete. Third place will pass to "
            "Danish rider Mikkel Strand of the Ferrovia team."
        ),
        "candidate": (
            "Joris Akkerman, 27, of the Ferrovia team, has been banned for four years after testing "
            "positive for EPO at last year's Tour of Vennland, and loses his third place overall to "
            "Denmark's Mikkel Strand. Akkerman, who denies knowingly taking a banned substance, will appeal "
            "to the sport's arbitration court, and his team has suspended him."
        ),
        "errors": [
            {"text": "Ferrovia", "type": "entity", "severity": "major", "ref_text": "Veloxa"},
            {"text": "will appeal", "type": "modality", "severity": "major",
             "ref_text": "has 21 days to appeal"},
        ],
        "traps": [
            {"text": "loses his third place overall to Denmark's Mikkel Strand",
             "ref_text": "Third place will pass to Danish rider Mikkel Strand"},
        ],
    },
]
