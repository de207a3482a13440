"""Set 166, part B: the 10 summary pairs and the 10 translation pairs
(half of each consistent). Hand-written; all names and figures invented.
Translation pairs are two independent English renderings of one (notional)
non-English news story, so the wording differs throughout.
"""

E = dict
T = dict

CASES_B = [
    # ================================================= summaries, consistent
    dict(
        domain="lost ship log found", mode="summary",
        reference=(
            "The logbook of the schooner Margaret Ellery, which sank off the Skerrin Isles in 1887 with the "
            "loss of all nine crew, has been found in a house clearance in the coastal town of Carrick Sands. "
            "The leather-bound book, water-stained but largely legible, records the ship's voyages between "
            "1884 and March 1887. Its final entry, dated eight days before the sinking, notes 'heavy weather "
            "expected'. Maritime historian Dr Ewan Castell said the log had probably been left ashore by the "
            "mate, who missed the last voyage through illness. The family who found it have lent it to the "
            "Carrick Sands Maritime Museum, which will display it from next month alongside a model of the "
            "ship."
        ),
        candidate=(
            "The logbook of the schooner Margaret Ellery, lost with all nine crew off the Skerrin Isles in "
            "1887, has turned up in a Carrick Sands house clearance. Its last entry, written eight days "
            "before she sank, notes 'heavy weather expected'. A historian believes the mate, who was ill and "
            "missed the final voyage, probably left it ashore. It goes on show at the town's maritime museum "
            "next month."
        ),
        errors=[],
        traps=[
            T(text="lost with all nine crew", ref="with the loss of all nine crew"),
            T(text="written eight days before she sank", ref="dated eight days before the sinking"),
            T(text="who was ill and missed the final voyage", ref="who missed the last voyage through illness"),
            T(text="the town's maritime museum", ref="Carrick Sands Maritime Museum"),
        ],
    ),
    dict(
        domain="amateur supernova discovery", mode="summary",
        reference=(
            "An amateur astronomer in the village of Greyhope has discovered a supernova in a galaxy about 65 "
            "million light years away, the first such find by a British-based amateur this year. Retired "
            "postman Leonard Fitch spotted the exploding star in images he took with a 35-centimetre "
            "telescope in his back garden on the night of 9 February. The discovery was confirmed on 11 "
            "February by astronomers using a professional telescope in Chile, who classified it as a Type Ia "
            "supernova. Such explosions are used to measure distances across the universe. Mr Fitch, who has "
            "been searching for supernovae for 12 years, said he had examined more than 40,000 galaxy images "
            "before this success. The supernova is expected to remain visible to large amateur telescopes "
            "for several weeks."
        ),
        candidate=(
            "Retired postman Leonard Fitch of Greyhope has discovered a supernova about 65 million light years "
            "away, after 12 years of searching and more than 40,000 galaxy images. He spotted it in pictures "
            "taken with the 35cm telescope in his back garden on the night of 9 February; professional "
            "astronomers confirmed it two days later as a Type Ia. It is likely to stay visible to large "
            "amateur telescopes for several weeks."
        ),
        errors=[],
        traps=[
            T(text="after 12 years of searching", ref="who has been searching for supernovae for 12 years"),
            T(text="35cm telescope", ref="35-centimetre telescope"),
            T(text="two days later", ref="on 11 February"),
            T(text="It is likely to stay visible", ref="is expected to remain visible"),
        ],
    ),
    dict(
        domain="deep sea sponge age", mode="summary",
        reference=(
            "A glass sponge collected from the floor of the Sorrel Trough at a depth of 2,300 metres is at "
            "least 9,000 years old, making it one of the oldest known animals, according to researchers at "
            "the Halvard Oceanographic Institute. The team, led by marine biologist Dr Sigrun Eklund, dated "
            "the sponge by measuring isotopes in the long silica spike that anchors it to the seabed. The "
            "spike grows in thin layers, similar to tree rings, at a rate of a few micrometres a year. Dr "
            "Eklund said the cold, stable conditions at that depth allowed the sponge to grow extremely "
            "slowly. The specimen was brought up by a remotely operated vehicle in 2021 and has been studied "
            "since then. The findings were published in the Journal of Benthic Ecology."
        ),
        candidate=(
            "Halvard Oceanographic Institute researchers say a glass sponge taken from 2,300m down in the "
            "Sorrel Trough is 9,000 years old at the very least, ranking it among the oldest animals known. "
            "They dated it from isotopes in the silica spike anchoring it, which builds up in thin, "
            "tree-ring-like layers; the team's leader says the cold, stable conditions at that depth let it "
            "grow extremely slowly."
        ),
        errors=[],
        traps=[
            T(text="2,300m down", ref="at a depth of 2,300 metres"),
            T(text="9,000 years old at the very least", ref="at least 9,000 years old"),
            T(text="ranking it among the oldest animals known", ref="making it one of the oldest known animals"),
            T(text="tree-ring-like layers", ref="similar to tree rings"),
        ],
    ),
    dict(
        domain="ant supercolony boundary", mode="summary",
        reference=(
            "Researchers have mapped the boundary between two rival supercolonies of invasive Argentine ants "
            "along a 14-kilometre stretch of the Corvallo coast and found that the front line has barely moved "
            "in ten years. Ecologists from the University of Belcastro placed bait stations every 50 metres "
            "and tested whether ants from either side fought when brought together. Ants from the same "
            "supercolony, which can stretch for hundreds of kilometres, treat each other as nestmates, but "
            "workers from different supercolonies fight to the death. Study leader Dr Paola Ferrante said "
            "thousands of ants were killed each week along the boundary during the summer months. The team "
            "believes the stalemate is maintained because neither colony can gain a lasting advantage in "
            "numbers."
        ),
        candidate=(
            "Along 14km of the Corvallo coast, the front line between two rival supercolonies of invasive "
            "Argentine ants has shifted very little in a decade, University of Belcastro ecologists have "
            "found. Workers from different supercolonies fight to the death, and in summer thousands are "
            "killed every week at the boundary, according to the study's leader. The researchers think the "
            "stalemate persists because neither side can gain a lasting numerical advantage."
        ),
        errors=[],
        traps=[
            T(text="14km", ref="14-kilometre"),
            T(text="has shifted very little in a decade", ref="has barely moved in ten years"),
            T(text="in summer thousands are killed every week at the boundary",
              ref="thousands of ants were killed each week along the boundary during the summer months"),
            T(text="a lasting numerical advantage", ref="a lasting advantage in numbers"),
        ],
    ),
    dict(
        domain="pencil graphite shortage", mode="summary",
        reference=(
            "Bexley & Crane, the country's last remaining pencil maker, has cut production by a third because "
            "of a shortage of high-grade graphite, the company said on Monday. The firm's factory in Colbridge "
            "normally turns out about 1.5 million pencils a week, but deliveries from its main supplier have "
            "been disrupted since January by flooding at a mine overseas. Managing director Helen Quarrie said "
            "no jobs were at risk and that the 120 staff had been moved to maintenance and packaging work. She "
            "said the shortage was likely to last until at least the end of the summer. The company has "
            "stopped making its softest drawing grades, which need the purest graphite, but school and office "
            "pencils are still being produced."
        ),
        candidate=(
            "A shortage of high-grade graphite has led Bexley & Crane, the last pencil maker in the country, "
            "to reduce output by one-third at its Colbridge factory, which usually makes around 1.5 million "
            "pencils weekly. Its softest drawing grades have been halted, though school and office pencils "
            "are still made. The managing director said none of the 120 staff would lose their jobs and that "
            "the shortage would probably continue until the end of summer at least."
        ),
        errors=[],
        traps=[
            T(text="reduce output by one-third", ref="cut production by a third"),
            T(text="around 1.5 million pencils weekly", ref="about 1.5 million pencils a week"),
            T(text="none of the 120 staff would lose their jobs", ref="no jobs were at risk"),
            T(text="would probably continue until the end of summer at least",
              ref="was likely to last until at least the end of the summer"),
        ],
    ),
    # =============================================== summaries, inconsistent
    dict(
        domain="clockwork orrery rediscovered", mode="summary",
        reference=(
            "A clockwork orrery made in about 1760 has been rediscovered in a storeroom at Bramhall Grammar "
            "School, where it had lain forgotten for more than 50 years. The brass and mahogany model, which "
            "shows the movements of the six planets then known and their moons, was identified by visiting "
            "horologist Dr Frances Tulloch during a survey of the school's archive. She said it was probably "
            "made by the instrument maker Josiah Penrose, whose signature appears faintly on the base plate. "
            "The mechanism is largely complete but is not in working order, as two gear wheels are missing. "
            "The school's governors have decided not to sell the orrery and will seek grants to restore it. "
            "It is thought to be worth up to £200,000."
        ),
        candidate=(
            "A clockwork orrery from around 1760, forgotten for over half a century in a Bramhall Grammar "
            "School storeroom, has been identified by horologist Dr Frances Tulloch, who thinks it is probably "
            "the work of Josiah Penrose. The brass and mahogany model of the six then-known planets and their "
            "moons is largely complete and is in working order. The governors will keep it and look for grants "
            "to restore it; it could be worth as much as £200,000."
        ),
        errors=[
            E(text="is in working order", type="polarity", severity="major", ref="is not in working order"),
        ],
        traps=[
            T(text="forgotten for over half a century", ref="had lain forgotten for more than 50 years"),
            T(text="will keep it", ref="have decided not to sell the orrery"),
            T(text="could be worth as much as £200,000", ref="is thought to be worth up to £200,000"),
        ],
    ),
    dict(
        domain="cherry laurel poisoning", mode="summary",
        reference=(
            "Three horses have died and two more are being treated after eating cherry laurel clippings dumped "
            "over a fence at a livery yard near Ashcombe, the yard's owner said. Cherry laurel leaves release "
            "cyanide when chewed and as little as half a kilogram can kill a horse. Vet Dr Martin Ogunleye, who "
            "treated the animals, said the clippings had probably been left by someone who did not realise "
            "they were poisonous. Owner Beth Rainsford said she had found piles of hedge trimmings on three "
            "occasions since September. The Ashcombe Horse Welfare Group has urged gardeners to dispose of "
            "clippings at the council's green waste site rather than leave them near fields. Police said they "
            "were not treating the deaths as deliberate."
        ),
        candidate=(
            "Five horses died after eating cherry laurel clippings thrown over a fence at a livery yard near "
            "Ashcombe, where the owner has found dumped hedge trimmings three times since September. The "
            "leaves release cyanide when chewed, and half a kilogram can be enough to kill a horse. Police "
            "believe the clippings were probably dumped by someone unaware they were poisonous, and gardeners "
            "are being urged to use the council's green waste site."
        ),
        errors=[
            E(text="Five horses died", type="number", severity="major", ref="Three horses have died"),
            E(text="Police believe", type="attribution", severity="major",
              ref="Vet Dr Martin Ogunleye, who treated the animals, said"),
        ],
        traps=[
            T(text="thrown over a fence", ref="dumped over a fence"),
            T(text="three times since September", ref="on three occasions since September"),
            T(text="half a kilogram can be enough to kill a horse",
              ref="as little as half a kilogram can kill a horse"),
        ],
    ),
    dict(
        domain="ball lightning report", mode="summary",
        reference=(
            "The Meteorological Observers' Network has received a rare eyewitness report of ball lightning "
            "during a thunderstorm over the village of Stoke Amble on Sunday evening. Retired teacher Gordon "
            "Pyle said he saw an orange sphere about the size of a football drift through his open kitchen "
            "window, cross the room at walking pace and vanish with a loud crack after about ten seconds. No "
            "one was hurt, although a nearby electrical socket was scorched. Network spokesperson Dr Ayesha "
            "Brandt said ball lightning remained poorly understood and that fewer than 20 credible reports "
            "were received each year. She appealed for anyone else who saw unusual lights during the storm to "
            "come forward."
        ),
        candidate=(
            "A Stoke Amble man has reported seeing ball lightning during Sunday evening's thunderstorm, in an "
            "incident caught on a neighbour's doorbell camera. Retired teacher Gordon Pyle said a "
            "football-sized orange sphere drifted in through his open kitchen window, crossed the room at "
            "walking pace and vanished with a loud crack roughly ten seconds later. Nobody was hurt, though a "
            "nearby socket was scorched. The network that received the report has asked other witnesses to "
            "come forward."
        ),
        errors=[
            E(text="in an incident caught on a neighbour's doorbell camera", type="addition",
              severity="major", ref=None),
        ],
        traps=[
            T(text="football-sized orange sphere", ref="an orange sphere about the size of a football"),
            T(text="roughly ten seconds later", ref="after about ten seconds"),
            T(text="Nobody was hurt", ref="No one was hurt"),
        ],
    ),
    dict(
        domain="meteor shower cloud cover", mode="summary",
        reference=(
            "Cloud is expected to spoil views of the Orvid meteor shower across most of the region when it "
            "peaks on the night of 12 August, forecasters have warned. The shower can produce up to 60 meteors "
            "an hour under dark, clear skies. Duty forecaster Kieran Holt of the Westland Weather Centre said a "
            "band of cloud would move in from the west during the evening, though gaps were possible in the "
            "far east after 2am. The Hallam Astronomical Society has postponed its public viewing event at "
            "Crane Hill to the following night, when skies are forecast to clear. Society secretary Jean "
            "Morrow said meteors would still be visible, at a slightly lower rate, for several nights after "
            "the peak."
        ),
        candidate=(
            "Cloud will probably spoil views across most of the region when the Orvid meteor shower, which can "
            "produce up to 60 meteors an hour, peaks on the night of 12 August, though gaps may open up in the "
            "far east after 2am. The Hallam Astronomical Society has moved its Crane Hill viewing event to 11 "
            "August, when skies should be clear. The society says meteors will still be visible at a slightly "
            "lower rate for several nights after the peak, which can produce up to 60 meteors an hour."
        ),
        errors=[
            E(text="11 August", type="date", severity="major", ref="the following night"),
            E(text="which can produce up to 60 meteors an hour", occ=1, type="repetition", severity="minor",
              ref=None),
        ],
        traps=[
            T(text="Cloud will probably spoil views", ref="Cloud is expected to spoil views"),
            T(text="gaps may open up in the far east after 2am", ref="gaps were possible in the far east after 2am"),
            T(text="when skies should be clear", ref="when skies are forecast to clear"),
        ],
    ),
    dict(
        domain="asian hornet nest", mode="summary",
        reference=(
            "An Asian hornet nest containing an estimated 2,000 insects has been destroyed at the top of a "
            "sycamore in a garden in Pellworth, the Plant and Bee Health Service confirmed on Thursday. The "
            "nest was found after beekeeper Tomasz Wilk noticed hornets hovering outside his hives and tracked "
            "them back using bait stations and a compass. Inspectors used a long pole to inject insecticide "
            "into the nest before removing it. It was the fourth nest found in Westry county this year. The "
            "invasive species, which was first recorded in the area in 2021, preys on honeybees and other "
            "pollinators. Officials urged the public to report sightings but not to approach nests, which can "
            "be defended aggressively."
        ),
        candidate=(
            "An Asian hornet nest thought to hold about 2,000 insects has been destroyed at the top of a "
            "sycamore in a Pellworth garden, the town's fourth this year. Beekeeper Tomasz Wilk tracked it "
            "down from his hives using bait stations and a compass, and inspectors injected it with "
            "insecticide from a long pole before removing it. People are asked to report sightings but to "
            "keep away from nests."
        ),
        errors=[
            E(text="the town's", type="entity", severity="major", ref="Westry county"),
        ],
        traps=[
            T(text="thought to hold about 2,000 insects", ref="containing an estimated 2,000 insects"),
            T(text="keep away from nests", ref="not to approach nests"),
        ],
    ),
    # ============================================== translations, consistent
    dict(
        domain="buttermilk bakery", mode="translation",
        reference=(
            "A bakery in Kleinwaarde that has made buttermilk bread to the same recipe since 1911 will close "
            "its doors at the end of the month because no successor could be found. Owner Henk Molenaar, 71, "
            "has run the business for 43 years after taking it over from his father. 'My hands no longer want "
            "to,' he told the regional newspaper De Waardbode. Every morning the bakery sells around 300 "
            "loaves, many to customers who travel from neighbouring villages. Molenaar said he had spoken to "
            "several young bakers, but none was prepared to start work at three o'clock in the morning. The "
            "municipality has said it will help look for a new tenant for the building, which dates from 1880."
        ),
        candidate=(
            "Because nobody could be found to take over, a Kleinwaarde bakery that has baked buttermilk bread "
            "according to an unchanged recipe since 1911 is shutting at the end of this month. Henk Molenaar, "
            "the 71-year-old owner, took the business over from his father and has been at its helm for 43 "
            "years. 'My hands won't cooperate any more,' he said to the regional paper De Waardbode. The "
            "bakery sells some 300 loaves each morning, many of them to people who come from the surrounding "
            "villages. Molenaar said he had talked with a number of young bakers, but not one was willing to "
            "begin work at 3am. The local council has said it will help find a new tenant for the building, "
            "which was built in 1880."
        ),
        errors=[],
        traps=[
            T(text="the 71-year-old owner", ref="Owner Henk Molenaar, 71"),
            T(text="My hands won't cooperate any more", ref="My hands no longer want to"),
            T(text="at 3am", ref="at three o'clock in the morning"),
            T(text="The local council", ref="The municipality"),
        ],
    ),
    dict(
        domain="emu on the loose", mode="translation",
        reference=(
            "An emu that escaped from a private animal park in Lindenau-Ost on Tuesday was still on the run on "
            "Thursday evening. The bird, a two-year-old female named Klara, slipped through a gap in a fence "
            "that had been damaged by a storm, park owner Dieter Hallmann said. Since then she has been sighted "
            "in fields near the main road to Grevenberg and once in a garden centre car park. Police have asked "
            "drivers to take care, as emus can run at up to 50 kilometres per hour. Hallmann warned people not "
            "to try to catch the bird themselves, because it can kick hard when it feels threatened. A vet with "
            "a tranquilliser gun is on standby."
        ),
        candidate=(
            "Klara, a two-year-old female emu, got out of a private wildlife park in Lindenau-Ost on Tuesday "
            "and had still not been caught by Thursday evening. According to the park's owner, Dieter "
            "Hallmann, she escaped through a hole in a fence damaged in a storm. She has since been seen in "
            "fields close to the main road to Grevenberg and, on one occasion, in the car park of a garden "
            "centre. Because emus can run as fast as 50km/h, police are urging motorists to be careful. "
            "Hallmann has advised the public against trying to capture the bird themselves, as it can deliver "
            "a hard kick if it feels under threat. A vet with a tranquilliser gun is ready to step in."
        ),
        errors=[],
        traps=[
            T(text="had still not been caught by Thursday evening", ref="was still on the run on Thursday evening"),
            T(text="a hole in a fence damaged in a storm", ref="a gap in a fence that had been damaged by a storm"),
            T(text="on one occasion", ref="once"),
            T(text="can run as fast as 50km/h", ref="can run at up to 50 kilometres per hour"),
        ],
    ),
    dict(
        domain="estate rent rolls", mode="translation",
        reference=(
            "Rent rolls covering almost three centuries have been found in the attic of Stensjöholm manor, the "
            "county archive announced on Friday. The leather-bound volumes list the tenants of the estate's "
            "farms and cottages from 1702 to 1989, together with the rents they paid in money, grain and days "
            "of labour. Archivist Maja Lindgren said the find was 'a goldmine for family historians', as many "
            "of the tenant families still live in the district. The 37 volumes were discovered by the current "
            "owners while they were repairing the roof. They will be digitised over the next two years and then "
            "made freely available online. The originals will remain at the manor under an agreement with the "
            "archive."
        ),
        candidate=(
            "The county archive said on Friday that rent rolls spanning nearly 300 years had turned up in the "
            "loft of the Stensjöholm manor house. Bound in leather, the books record who rented the estate's "
            "farms and cottages between 1702 and 1989 and what they paid, whether in cash, in grain or in days "
            "of work. Because numerous tenant families still live locally, the find is 'a treasure trove for "
            "genealogists', according to archivist Maja Lindgren. The manor's present owners came across the "
            "37 volumes during roof repairs. Over the next two years they are to be digitised, after which "
            "anyone will be able to consult them online free of charge. Under an agreement with the archive, "
            "the originals are staying at the manor."
        ),
        errors=[],
        traps=[
            T(text="nearly 300 years", ref="almost three centuries"),
            T(text="a treasure trove for genealogists", ref="a goldmine for family historians"),
            T(text="during roof repairs", ref="while they were repairing the roof"),
            T(text="anyone will be able to consult them online free of charge", ref="made freely available online"),
        ],
    ),
    dict(
        domain="village pound impounding", mode="translation",
        reference=(
            "The village of Saint-Aubin-des-Prés has reopened its old communal pound to hold stray livestock "
            "after a series of incidents involving escaped cattle on the departmental road. Mayor Jacqueline "
            "Roussel said that since the spring, cows and sheep had wandered onto the road on eleven occasions, "
            "causing two collisions but no injuries. Animals found loose will now be taken to the stone "
            "enclosure, built in 1834, and their owners will have to pay a fee of 40 euros per animal to "
            "recover them, plus 8 euros for each day of feeding. The council voted unanimously for the measure "
            "on Monday evening. Local farmers' union representative Paul Arnaud said most farmers supported "
            "the idea but asked for a grace period for first-time cases."
        ),
        candidate=(
            "After a run of incidents with escaped cattle on the departmental road, Saint-Aubin-des-Prés has "
            "brought its old village pound back into use for stray livestock. Since spring, according to mayor "
            "Jacqueline Roussel, cows and sheep have strayed onto the road eleven times, leading to two "
            "collisions in which nobody was hurt. From now on, any animals found roaming will be led to the "
            "stone enclosure, which dates from 1834; to get them back, owners will pay €40 per head plus €8 for "
            "every day they are fed. On Monday evening the council passed the measure unanimously. Paul Arnaud, "
            "who represents the local farmers' union, said the majority of farmers backed the idea, but he "
            "requested a period of leniency for first offences."
        ),
        errors=[],
        traps=[
            T(text="eleven times", ref="on eleven occasions"),
            T(text="two collisions in which nobody was hurt", ref="causing two collisions but no injuries"),
            T(text="which dates from 1834", ref="built in 1834"),
            T(text="€40 per head", ref="40 euros per animal"),
            T(text="the majority of farmers backed the idea", ref="most farmers supported the idea"),
        ],
    ),
    dict(
        domain="cobnut platt replanting", mode="translation",
        reference=(
            "A cooperative in Borgo Valtieri has begun replanting a cobnut platt that had been abandoned for "
            "almost 30 years. Volunteers removed brambles from the three-hectare plot during the winter and "
            "have now planted 450 young trees grafted from the few old bushes that survived. Cooperative "
            "president Lucia Ferrandi said the local variety, known as 'tonda di Valtieri', had nearly "
            "disappeared. The first meaningful harvest is not expected for five or six years. The project "
            "received 24,000 euros from the regional rural development fund; the rest of the cost is being "
            "covered by members. Ferrandi said the cooperative also hopes to reopen the old drying shed on "
            "the site."
        ),
        candidate=(
            "Almost three decades after it was abandoned, a cobnut platt in Borgo Valtieri is being replanted "
            "by a local cooperative. Over the winter, volunteers cleared the three-hectare site of brambles, "
            "and 450 young trees, grafted from the handful of old bushes still alive, have now gone in. The "
            "local variety, 'tonda di Valtieri', had come close to vanishing, said Lucia Ferrandi, who heads "
            "the cooperative. No significant harvest is anticipated for five or six years. The regional rural "
            "development fund has contributed €24,000, with members paying the remainder. The cooperative "
            "would also like to bring the old drying shed on the site back into use, Ferrandi added."
        ),
        errors=[],
        traps=[
            T(text="Almost three decades", ref="almost 30 years"),
            T(text="the handful of old bushes still alive", ref="the few old bushes that survived"),
            T(text="€24,000", ref="24,000 euros"),
            T(text="with members paying the remainder", ref="the rest of the cost is being covered by members"),
        ],
    ),
    # ============================================ translations, inconsistent
    dict(
        domain="rc aircraft field", mode="translation",
        reference=(
            "The model flying club in Oberwiesen must give up its airfield at the end of the year after the "
            "landowner decided not to renew the lease. The club's 64 members have flown radio-controlled "
            "aircraft from the meadow beside the Mühlbach stream since 1986. Chairman Rainer Köhler said the "
            "club was negotiating with two farmers about alternative land, but a new site would need approval "
            "from the aviation authority, which could take several months. Until then, members may use the "
            "field of a neighbouring club in Talheim on weekdays only. Köhler said that without a new field, "
            "the club's youth group, which has 15 members, would probably have to be wound up."
        ),
        candidate=(
            "Oberwiesen's model flying club has to leave its airfield at the end of the year because the "
            "landowner has chosen not to extend the lease. Since 1986 the club's 64 members have been flying "
            "their radio-controlled planes from the meadow next to the Mühlbach. According to chairman Rainer "
            "Köhler, talks are under way with two farmers about other land, though any new site would require "
            "the approval of the aviation authority, a process that could last several months. In the "
            "meantime, members are allowed to use the airfield of a neighbouring club in Talheim. If no new "
            "field is found, Köhler said, the club's 15-strong youth section will have to be disbanded."
        ),
        errors=[
            E(type="omission", after="a neighbouring club in Talheim", severity="major", ref="on weekdays only"),
            E(text="will have to be disbanded", type="modality", severity="minor",
              ref="would probably have to be wound up"),
        ],
        traps=[
            T(text="has chosen not to extend the lease", ref="decided not to renew the lease"),
            T(text="15-strong youth section", ref="youth group, which has 15 members"),
        ],
    ),
    dict(
        domain="mushroom compost odour", mode="translation",
        reference=(
            "Residents of Zielonka Dolna have complained for the third summer in a row about the smell from a "
            "mushroom compost plant on the edge of the village. The environmental inspectorate said it had "
            "received 87 complaints since June and had ordered the operator, Agropiecz, to cover its storage "
            "yards within six months. The plant produces about 40,000 tonnes of compost a year for mushroom "
            "farms across the region. Company director Marek Zawadzki said the odour came mainly from the "
            "turning of straw and chicken manure, and that a new biofilter costing 2 million zloty would be "
            "installed next year. Residents' spokeswoman Ewa Nowicka said people could not open their windows "
            "on hot days."
        ),
        candidate=(
            "For a third consecutive summer, people living in Zielonka Dolna are complaining about the stench "
            "from a mushroom compost plant at the edge of the village. The environmental inspectorate has "
            "logged 87 complaints since June and has told the operator, Agropiecz, to cover its storage yards "
            "within half a year. Around 4,000 tonnes of compost leave the plant each year, destined for "
            "mushroom growers throughout the region. The smell, according to director Marek Zawadzki, comes "
            "chiefly from turning straw and chicken manure; a new biofilter worth 2 million zloty is to be "
            "fitted next year. On hot days, said Ewa Nowicka, speaking for residents, people cannot open their "
            "windows."
        ),
        errors=[
            E(text="4,000 tonnes", type="number", severity="major", ref="40,000 tonnes"),
        ],
        traps=[
            T(text="For a third consecutive summer", ref="for the third summer in a row"),
            T(text="within half a year", ref="within six months"),
            T(text="comes chiefly from turning straw", ref="came mainly from the turning of straw"),
        ],
    ),
    dict(
        domain="ha-ha collapse", mode="translation",
        reference=(
            "A 40-metre section of the ha-ha at Rosenlund Manor collapsed on Sunday night after several days "
            "of heavy rain. The sunken wall, built around 1790 to keep grazing cattle away from the house "
            "without spoiling the view, gave way along its northern stretch. Nobody was hurt, but the manor's "
            "park has been closed to visitors until further notice. Estate manager Karen Holm said the wall "
            "would be rebuilt using the original stones, most of which were undamaged. The Heritage Agency has "
            "sent an engineer to assess whether other parts of the structure are at risk. The repairs are "
            "expected to cost around 600,000 kroner, which the estate hopes to cover partly through insurance."
        ),
        candidate=(
            "Following several days of heavy rain, a 40-metre stretch of the ha-ha at Rosenlund Manor gave way "
            "on Sunday night. The sunken wall, which dates from about 1790 and was designed to keep grazing "
            "cattle away from the house without blocking the view, collapsed along its northern section. No "
            "one was injured, but the manor park will remain closed to the public until further notice. "
            "According to estate manager Karen Holm, the wall will be rebuilt with the original stones, the "
            "majority of which had been damaged. The Heritage Agency has started shoring up other sections of "
            "the wall. Repairs are likely to cost about 600,000 kroner, and the estate hopes insurance will "
            "cover part of that."
        ),
        errors=[
            E(text="the majority of which had been damaged", type="polarity", severity="major",
              ref="most of which were undamaged"),
            E(text="has started shoring up other sections of the wall", type="event", severity="major",
              ref="has sent an engineer to assess whether other parts of the structure are at risk"),
        ],
        traps=[
            T(text="No one was injured", ref="Nobody was hurt"),
            T(text="will remain closed to the public until further notice",
              ref="has been closed to visitors until further notice"),
            T(text="Repairs are likely to cost about 600,000 kroner",
              ref="The repairs are expected to cost around 600,000 kroner"),
        ],
    ),
    dict(
        domain="bronze age log boat", mode="translation",
        reference=(
            "Divers from the regional archaeology service have raised a Bronze Age log boat from the bed of "
            "Lake Borsk, where it was spotted last year by amateur diver Jana Křížová. The boat, carved from a "
            "single oak trunk, is 7.2 metres long and has been dated by radiocarbon analysis to around 1400 BC. "
            "It was lifted in a steel cradle and taken to the conservation laboratory of the National Museum, "
            "where it will be kept in water for at least three years while its timber is stabilised. Lead "
            "archaeologist Tomáš Havel said the boat was unusually well preserved because it had been covered "
            "in silt. After conservation, the Borsk Town Museum will borrow the boat from the National Museum "
            "for a permanent display on the lakeshore."
        ),
        candidate=(
            "A Bronze Age dugout has been brought up from the bottom of Lake Borsk by divers of the regional "
            "archaeological service; the amateur diver Jana Křížová had discovered it there last year. Hollowed "
            "out of one oak trunk, the vessel measures 7.2 metres and radiocarbon dating places it at about "
            "1400 BC. A steel cradle was used to lift it, after which it was transported to the National "
            "Museum's conservation laboratory; there it will stay submerged in water for no less than three "
            "years while the wood is stabilised. The boat is exceptionally well preserved because a layer of "
            "silt covered it, said lead archaeologist Tomáš Havel. Once conservation is complete, the National "
            "Museum will borrow the boat from the Borsk Town Museum to display it permanently on the lakeshore."
        ),
        errors=[
            E(text="the National Museum will borrow the boat from the Borsk Town Museum", type="role",
              severity="major", ref="the Borsk Town Museum will borrow the boat from the National Museum"),
        ],
        traps=[
            T(text="Hollowed out of one oak trunk", ref="carved from a single oak trunk"),
            T(text="no less than three years", ref="at least three years"),
            T(text="because a layer of silt covered it", ref="because it had been covered in silt"),
        ],
    ),
    dict(
        domain="barometer fetches record", mode="translation",
        reference=(
            "A wheel barometer made around 1785 by the instrument maker Anton Reisinger has sold for 184,000 "
            "euros at the Brenner auction house in Kirchau, a record for a barometer at an Austrian auction. "
            "The estimate had been 30,000 to 40,000 euros. The walnut-cased instrument, which also contains a "
            "thermometer and a hygrometer, came from the estate of a retired pharmacist. After a bidding "
            "contest lasting eleven minutes, it was bought by a private collector from Switzerland who bid by "
            "telephone. Auctioneer Sabine Gruber said interest had been driven by its excellent condition and "
            "the fact that the original glass had survived. The previous record, 121,000 euros, was set in "
            "2014."
        ),
        candidate=(
            "A wheel barometer built around 1785 by instrument maker Anton Reisinger has gone for 184,000 euros "
            "at Kirchau's Brenner auction house, the highest price a barometer has ever achieved at auction in "
            "Austria. It had been expected to fetch between 30,000 and 40,000 euros. Housed in a walnut case, "
            "the instrument also incorporates a thermometer and a hygrometer; it comes from the estate of a "
            "pharmacist who had retired. A Swedish private collector bidding by phone secured it after eleven "
            "minutes of competitive bidding. Its outstanding condition and the survival of the original glass "
            "explained the interest, according to auctioneer Sabine Gruber. The old record of 121,000 euros "
            "dated from 2014."
        ),
        errors=[
            E(text="Swedish", type="entity", severity="minor", ref="Switzerland"),
        ],
        traps=[
            T(text="gone for 184,000 euros", ref="sold for 184,000 euros"),
            T(text="It had been expected to fetch between 30,000 and 40,000 euros",
              ref="The estimate had been 30,000 to 40,000 euros"),
            T(text="dated from 2014", ref="was set in 2014"),
        ],
    ),
]
