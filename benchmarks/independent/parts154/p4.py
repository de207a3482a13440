"""Ten translation pairs, five consistent and five inconsistent (hand-written; all names invented).

Both texts of each pair are written as independent English renderings of the same
non-English news item, so the wording differs throughout."""
from ._helpers import case, err, omit, trap

CASES = [
    # ---- consistent translations ----
    case(
        "bee sting death inquest", "translation",
        "A judicial inquiry into the death of a 58-year-old beekeeper in the commune of Saint-Aubrac-sur-Lenne "
        "has concluded that he died of anaphylactic shock after being stung several times while tending his "
        "hives on 9 July. The prosecutor's office in Valmorin said on Tuesday that the man, Gérard Pellissier, "
        "had a known allergy to bee venom but had not been carrying his adrenaline injector. His wife found him "
        "about forty minutes after he had left the house and called emergency services, but doctors were unable "
        "to revive him. The inquiry ruled out any third-party involvement. The regional beekeepers' union has "
        "urged members with allergies never to work alone.",
        "Gérard Pellissier, a 58-year-old beekeeper, died in the commune of Saint-Aubrac-sur-Lenne of "
        "anaphylactic shock after he was stung repeatedly while working on his hives on 9 July, the judicial "
        "investigation has established, the Valmorin public prosecutor's office announced on Tuesday. Although he "
        "was known to be allergic to bee venom, he did not have his adrenaline pen with him. Some forty minutes "
        "after he went out, his wife discovered him and alerted the emergency services, but medics were not able "
        "to resuscitate him. The investigation excluded the involvement of any other person. The region's "
        "beekeepers' union has called on allergic members never to work on their own.",
        traps=[
            trap("adrenaline pen", "adrenaline injector"),
            trap("Some forty minutes", "about forty minutes"),
            trap("not able to resuscitate him", "unable to revive him"),
            trap("excluded the involvement of any other person", "ruled out any third-party involvement"),
        ],
    ),
    case(
        "pharmacist prescribing pilot", "translation",
        "From 1 October, pharmacists in 120 pharmacies in the Almavera region will be allowed to prescribe "
        "medicines for seven common conditions, including urinary tract infections, sore throats and shingles, "
        "under an 18-month pilot scheme, the Health Ministry announced on Monday. Patients will no longer need "
        "to see a family doctor first for these conditions. Pharmacists taking part must complete a 40-hour "
        "training course and will be paid 15 euros per consultation by the public health insurer. The ministry "
        "hopes the scheme will free up around 200,000 doctor appointments a year. The national association of "
        "family doctors expressed reservations, warning that some serious illnesses could be missed.",
        "The Ministry of Health said on Monday that, starting on 1 October, pharmacists at 120 pharmacies in the "
        "Almavera region will be able to issue prescriptions for seven everyday ailments such as sore throats, "
        "shingles and urinary tract infections, as part of a pilot that will last a year and a half. For these "
        "complaints, patients will be spared a prior visit to their GP. Participating pharmacists will have to "
        "take 40 hours of training, and the state health insurer will pay them €15 for every consultation. The "
        "ministry hopes that roughly 200,000 GP appointments a year will be freed up. The family doctors' "
        "national association voiced doubts, cautioning that certain serious diseases might go unnoticed.",
        traps=[
            trap("everyday ailments", "common conditions"),
            trap("a year and a half", "18-month"),
            trap("€15 for every consultation", "15 euros per consultation"),
            trap("might go unnoticed", "could be missed"),
        ],
    ),
    case(
        "court ruling on noise", "translation",
        "A regional court in Hallstadt has ordered the owners of a bar in the old town to close its terrace at "
        "10pm on weekdays and at midnight at weekends, after neighbours complained for years about noise. The "
        "judges found that noise levels measured at the nearest flat had repeatedly exceeded the legal "
        "night-time limit of 45 decibels by up to 12 decibels. The bar, Zum Goldenen Anker, had previously been "
        "allowed to serve customers outside until 1am. Its owners, the brothers Jonas and Felix Brandt, said "
        "they would appeal, arguing that the ruling threatened six jobs. The city, which had granted the "
        "original licence, must also pay part of the legal costs.",
        "Following years of complaints from residents next door about the noise, the Hallstadt regional court "
        "has ruled that an old-town bar must shut its terrace at 22:00 on weekdays and at midnight at the "
        "weekend. Measurements at the closest apartment showed the statutory night-time maximum of 45 decibels "
        "being broken again and again, by as much as 12 decibels, the judges found. Until now, Zum Goldenen "
        "Anker had been permitted to serve guests outdoors until 1 in the morning. Its owners, the brothers "
        "Jonas and Felix Brandt, intend to appeal; they say the judgment puts six jobs at risk. Part of the legal "
        "costs will also have to be borne by the city, which issued the original licence.",
        traps=[
            trap("22:00", "10pm"),
            trap("statutory night-time maximum", "legal night-time limit"),
            trap("as much as 12 decibels", "up to 12 decibels"),
            trap("until 1 in the morning", "until 1am"),
        ],
    ),
    case(
        "city hall renovation", "translation",
        "Renovation of Torvik city hall will cost 412 million kroner, almost 30 per cent more than the original "
        "budget, the municipality admitted on Wednesday. Asbestos found behind wall panels on three floors and "
        "rising construction prices were behind the overrun, according to project director Ingrid Solheim. The "
        "building, completed in 1956, has been closed since spring 2023, and around 350 staff are working from "
        "temporary offices at the harbour. The reopening, originally planned for this December, has been "
        "postponed until autumn next year. Opposition councillors have demanded an independent review of how "
        "the project has been managed.",
        "Torvik municipality conceded on Wednesday that the refurbishment of its city hall will come to 412 "
        "million kroner, nearly three-tenths above what was first budgeted. Project director Ingrid Solheim "
        "blamed the overspend on higher building costs and the discovery of asbestos behind wall panelling on "
        "three storeys. The 1956 building has been shut since the spring of 2023, and some 350 employees are "
        "based in temporary premises by the harbour. It was originally due to reopen this December, but that "
        "has now been pushed back to next autumn. Councillors in opposition are calling for an outside review "
        "of the way the project has been run.",
        traps=[
            trap("conceded", "admitted"),
            trap("nearly three-tenths above", "almost 30 per cent more than"),
            trap("some 350 employees", "around 350 staff"),
            trap("pushed back to next autumn", "postponed until autumn next year"),
        ],
    ),
    case(
        "gallery roof leak", "translation",
        "Rainwater leaked through the roof of the Galleria Civica in Montevaro during a storm on Sunday night, "
        "damaging two 17th-century paintings and forcing the museum to close three of its rooms. Staff "
        "discovered the leak at about 7am on Monday and moved 26 works to a storage area. The director, Chiara "
        "Benedetti, said the damage to the paintings was 'limited and reversible' and that restorers had already "
        "begun work. The roof had been inspected in March and repairs costing 85,000 euros were due to start in "
        "the autumn. The rest of the gallery reopened to visitors on Tuesday.",
        "A storm on Sunday night caused water to come through the roof of Montevaro's Galleria Civica, where two "
        "paintings from the 1600s were damaged and three rooms had to be closed. Staff spotted the leak at "
        "around seven o'clock on Monday morning, and 26 works were taken to storage. According to director "
        "Chiara Benedetti, restorers are already at work on the paintings, whose damage she described as "
        "'limited and reversible'. The roof was checked in March, and €85,000 of repairs had been scheduled to "
        "begin in the autumn. Visitors were able to return to the rest of the gallery from Tuesday.",
        traps=[
            trap("from the 1600s", "17th-century"),
            trap("around seven o'clock on Monday morning", "about 7am on Monday"),
            trap("checked in March", "inspected in March"),
            trap("€85,000 of repairs", "repairs costing 85,000 euros"),
        ],
    ),
    # ---- inconsistent translations ----
    case(
        "diamond discovery", "translation",
        "The state mining company Minerva Kalunga announced on Thursday the discovery of a kimberlite deposit in "
        "Lunhamo province that could contain up to 38 million carats of diamonds. The find was made by a joint "
        "team with the Canadian firm Northstone Resources, which holds a 35 per cent stake in the exploration "
        "licence. According to the company, initial samples contained stones of up to 41 carats. Mining is not "
        "expected to begin before 2029, after environmental studies and the construction of a road to the site. "
        "Mines Minister Eduardo Sambo said the project could create 2,000 jobs and called it 'the most important "
        "discovery in two decades'.",
        "Minerva Kalunga, the state-owned mining group, said on Thursday that it had discovered a kimberlite "
        "deposit in the province of Lunhamo which may hold as much as 38 million carats of diamonds. The deposit "
        "was found by a team working jointly with Northstone Resources of Australia, which owns 35 per cent of "
        "the exploration licence. The first samples included stones weighing as much as 41 carats, the company "
        "said. Extraction is unlikely to start before 2029, as environmental studies must first be carried out "
        "and an access road built. The mines minister, Eduardo Sambo, described it as 'the most significant "
        "discovery in twenty years' and said the project could bring 2,000 jobs.",
        errors=[
            err("entity", "Australia", "Canadian", "minor"),
        ],
        traps=[
            trap("may hold as much as 38 million carats", "could contain up to 38 million carats"),
            trap("owns 35 per cent of the exploration licence",
                 "holds a 35 per cent stake in the exploration licence"),
            trap("is unlikely to start before 2029", "is not expected to begin before 2029"),
        ],
    ),
    case(
        "court fine for landlord", "translation",
        "A court in Castellmar has fined a landlord 62,000 euros for renting out 14 overcrowded and unsafe flats "
        "in the La Ribera district, the city council said on Friday. Inspectors found up to nine people living "
        "in two-room flats, several of which had no working smoke alarms and exposed electrical wiring. The "
        "landlord, identified only by the initials J.M.R., must also carry out repairs within six months or face "
        "further penalties. The tenants, most of them seasonal agricultural workers, have been rehoused by "
        "social services. Housing councillor Marta Vilanova said the council had carried out 230 inspections "
        "this year and would continue its campaign against 'abusive renting'.",
        "A Castellmar court has ordered a landlord to pay a fine of €62,000 for letting 40 unsafe, overcrowded "
        "apartments in the La Ribera neighbourhood, the city council reported on Friday. Inspectors discovered "
        "as many as nine people sharing two-room apartments, and several of the flats lacked functioning smoke "
        "detectors and had exposed electrical wiring, exposed electrical wiring. The owner, named only as "
        "J.M.R., also has six months to carry out repairs or will face more penalties. Social services have "
        "found new homes for the tenants, who are mainly seasonal farm workers. According to housing councillor "
        "Marta Vilanova, the council has made 230 inspections so far this year and will keep up its campaign "
        "against 'abusive renting'.",
        errors=[
            err("number", "40", "14", "major"),
            err("repetition", "exposed electrical wiring", None, "minor", occ=1),
        ],
        traps=[
            trap("as many as nine people", "up to nine people"),
            trap("functioning smoke detectors", "working smoke alarms"),
            trap("mainly seasonal farm workers", "most of them seasonal agricultural workers"),
        ],
    ),
    case(
        "volcano evacuation drill", "translation",
        "More than 4,000 residents of three villages on the slopes of Monte Calvaro took part on Saturday in the "
        "largest evacuation drill held in the area for a decade, civil protection authorities said. Participants "
        "left their homes after sirens sounded at 9am and were taken by 60 buses to reception centres in the "
        "town of San Ferro, about 25 kilometres away. The exercise lasted five hours. Officials said the "
        "evacuation of the first village was completed in 48 minutes, within the target of one hour, but traffic "
        "jams delayed buses leaving the third. Regional civil protection head Luca Marini said the plan would be "
        "revised and that another drill might be held next spring. The volcano last erupted in 1944.",
        "On Saturday, over 4,000 people from three villages on the slopes of Monte Calvaro took part in the "
        "biggest evacuation exercise in the area in ten years, according to the civil protection service. When "
        "the sirens went off at 9am, residents left their homes and were carried on 60 buses to reception "
        "centres in San Ferro, a town some 25km away. The drill went on for five hours. The first village was "
        "emptied in 48 minutes, inside the one-hour target, officials said. Luca Marini, who heads civil "
        "protection in the region, said the plan would be revised and another drill will take place next "
        "spring. Monte Calvaro's last eruption was in 1944.",
        errors=[
            omit("traffic jams delayed buses leaving the third", "major", after="inside the one-hour target"),
            err("modality", "another drill will take place next spring",
                "another drill might be held next spring", "major"),
        ],
        traps=[
            trap("in ten years", "for a decade"),
            trap("some 25km away", "about 25 kilometres away"),
        ],
    ),
    case(
        "train crew shortage", "translation",
        "Rail operator Nordbahn Regio cancelled 312 trains last week because of a shortage of drivers and "
        "conductors, the company said on Monday, affecting around 40,000 passengers a day on its lines around "
        "Lindenau. A spokeswoman said about 70 staff were off sick and that 45 driver posts remained vacant "
        "despite a recruitment campaign launched in January. From next Monday, the company will run a reduced "
        "timetable on three lines until the end of March, with replacement buses on the Lindenau–Marbach route "
        "in the evenings. The regional transport authority said it was considering fining the operator under "
        "the terms of its contract.",
        "Last week 312 Nordbahn Regio trains were delayed because there were not enough drivers and conductors, "
        "the operator announced on Monday; about 40,000 passengers a day on its network around Lindenau were "
        "affected. Roughly 70 employees are on sick leave and 45 drivers' positions are still unfilled, even "
        "though a recruitment drive began in January, a spokeswoman said. Starting next Monday and running until "
        "the end of March, a reduced timetable will operate on three lines, and buses will replace trains on the "
        "Lindenau–Marbach route in the evenings. The regional transport authority is considering fining the "
        "operator under its contract.",
        errors=[
            err("event", "were delayed", "cancelled", "major"),
        ],
        traps=[
            trap("Roughly 70 employees are on sick leave", "about 70 staff were off sick"),
            trap("still unfilled", "remained vacant"),
            trap("buses will replace trains", "replacement buses"),
        ],
    ),
    case(
        "regional airport rescue", "translation",
        "The regional council of Haute-Varenne has agreed to take over the loss-making Saint-Lorin airport from "
        "the local chamber of commerce for a symbolic one euro. The council will invest 14 million euros over "
        "five years to modernise the terminal and runway lighting. Passenger numbers fell to 92,000 last year, "
        "from a peak of 310,000 in 2008, after two airlines withdrew. Council president Hélène Marchetti said "
        "the airport was vital for local businesses and tourism, and that she hoped to attract a new carrier by "
        "next summer. Ecologist councillors voted against the plan, calling it 'a waste of public money'.",
        "The local chamber of commerce is to acquire Saint-Lorin airport, which has been losing money, from the "
        "Haute-Varenne regional council for a token sum of one euro. Over the next five years the council is to "
        "spend €14m on modernising the terminal and the runway lights. Following the departure of two airlines, "
        "traffic dropped last year to 92,000 passengers, compared with 310,000 at its 2008 peak. The airport is "
        "essential to local firms and to tourism, said the council's president, Hélène Marchetti, who hopes to "
        "bring in a new airline by next summer. The ecologist councillors opposed the project, describing it as "
        "'a waste of public money'.",
        errors=[
            err("role",
                "chamber of commerce is to acquire Saint-Lorin airport, which has been losing money, from the "
                "Haute-Varenne regional council",
                "regional council of Haute-Varenne has agreed to take over the loss-making Saint-Lorin airport "
                "from the local chamber of commerce", "critical"),
        ],
        traps=[
            trap("a token sum of one euro", "a symbolic one euro"),
            trap("€14m", "14 million euros"),
            trap("essential to local firms", "vital for local businesses"),
        ],
    ),
]
