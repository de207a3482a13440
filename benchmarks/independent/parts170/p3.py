"""set170 cases 21-30 (hand-written; all names invented)."""
from spec import C, E, O, T

CASES = [
    # 21 -----------------------------------------------------------------
    C("speed camera error refunds", "summary", "consistent",
      "More than 4,700 drivers are to have speeding fines refunded after a fixed camera on the Dunsley bypass was "
      "found to have been wrongly calibrated for almost eight months. The Eastmarsh Road Safety Partnership said on "
      "Friday that the camera, which was installed in a 40 mph zone, had been set to trigger at 34 mph between 2 March "
      "and 27 October last year. Each affected driver will receive £100 back, and penalty points will be removed from "
      "their licences, at a total cost of about £470,000. The partnership said a contractor had entered the wrong "
      "setting during routine maintenance and that no other cameras were affected. Drivers do not need to apply; "
      "letters will be sent out within six weeks. The contractor, Linwell Traffic Systems, has apologised.",
      "A miscalibrated speed camera on the Dunsley bypass means over 4,700 drivers will each get £100 back and "
      "have penalty points removed. The camera, in a 40 mph zone, was set to go off at 34 mph for almost eight months "
      "last year after contractor Linwell Traffic Systems, which has apologised, entered the wrong setting during "
      "maintenance. Refunds, costing about £470,000 in all, will be made automatically, with letters due within six "
      "weeks.",
      traps=[T("over 4,700 drivers", "More than 4,700 drivers"),
             T("set to go off at 34 mph", "set to trigger at 34 mph"),
             T("costing about £470,000 in all", "at a total cost of about £470,000"),
             T("will be made automatically", "Drivers do not need to apply")]),

    # 22 -----------------------------------------------------------------
    C("gingerbread guild", "translation", "consistent",
      "The gingerbread bakers' guild of Lebwitz, founded in 1643, has admitted its first female master baker in its "
      "382-year history. Katarzyna Wendt, 34, was formally received into the guild at a ceremony in the town hall on "
      "Saturday after passing a practical examination in which she had to produce a decorated honey cake weighing at "
      "least three kilograms within eight hours. The guild's rules had not explicitly excluded women, but until the "
      "1990s only the sons of members could be apprentices. Guild master Otto Rähnke said there were now 11 master "
      "bakers and four apprentices, two of them women. Wendt, who runs a bakery near the market square, said she "
      "hoped her admission would encourage more young people to take up the trade.",
      "For the first time in its 382 years, Lebwitz's gingerbread guild, established in 1643, has accepted a woman as "
      "a master baker. At a town hall ceremony on Saturday, 34-year-old Katarzyna Wendt was officially admitted, having "
      "passed a practical test that required her to make a decorated honey cake of no less than three kilos in eight "
      "hours or fewer. Women were never expressly barred under the guild's statutes, but up to the 1990s "
      "apprenticeships were open only to members' sons. According to the guild master, Otto Rähnke, the guild now has "
      "11 master bakers and four apprentices, of whom two are women. Wendt, who has a bakery close to the market "
      "square, said she hoped her admission would inspire more young people to go into the trade.",
      traps=[T("no less than three kilos", "at least three kilograms"),
             T("in eight hours or fewer", "within eight hours"),
             T("were never expressly barred", "had not explicitly excluded women"),
             T("up to the 1990s", "until the 1990s")]),

    # 23 -----------------------------------------------------------------
    C("village name trademark", "rewrite", "inconsistent",
      "A craft brewery's attempt to trademark the name of the village where it is based has been rejected. Hollin "
      "Ferrers Brewing had applied to register 'Hollin Ferrers' for beer, cider and clothing, prompting objections "
      "from the parish council and from a cheesemaker and a bakery in the village that also use the name. In a "
      "decision published on Monday, the Intellectual Property Registry said the name was primarily a geographical "
      "description and could not be monopolised by one business. The brewery's founder, Sam Okafor, said he had "
      "wanted only to stop imitators outside the area and was 'sorry it caused worry'. The company has 28 days to "
      "appeal but said it did not intend to do so. It can continue to use the name on its products.",
      "Hollin Ferrers Brewing has failed in a bid to trademark the name of its home village. The craft brewer had "
      "sought to register 'Hollin Ferrers' for beer, cider and clothing, drawing objections from the parish council "
      "as well as from a cheesemaker and a bakery in the village that use the same name. The Intellectual Property "
      "Registry ruled, in a decision made public on Monday, that the name was chiefly a geographical description that "
      "no single business could monopolise. Founder Sam Okafor said his aim had only been to stop copycats elsewhere "
      "and that he was 'sorry it caused worry'. Although it has 28 days in which to appeal, the brewery said it had no "
      "plans to. However, it can no longer put the name on its products.",
      errors=[E("it can no longer put the name on its products", "polarity", "critical",
                "It can continue to use the name on its products")],
      traps=[T("had no plans to", "did not intend to do so"),
             T("copycats elsewhere", "imitators outside the area"),
             T("made public on Monday", "published on Monday")]),

    # 24 -----------------------------------------------------------------
    C("county border sign theft", "rewrite", "consistent",
      "Police are appealing for information after the 'Welcome to Westmarch' sign on the county boundary at Cold "
      "Hatton was stolen for the third time in two years. The cast aluminium sign, which weighs about 45 kilograms, "
      "was unbolted from its posts some time between 10pm on Saturday and 7am on Sunday. Highways officials said "
      "replacing it would cost £2,300. The previous two signs, taken in 2023 and last March, were never recovered. "
      "Officers believe the thieves may be targeting the metal for scrap, but have not ruled out souvenir hunters. "
      "Westmarch Council said the replacement would be fitted with anti-theft bolts and that it was considering moving "
      "the sign to a more visible spot near a farm entrance.",
      "For the third time in two years, the 'Welcome to Westmarch' sign marking the county boundary at Cold Hatton "
      "has been stolen, and police have asked for the public's help. The cast aluminium sign, which weighs roughly "
      "45kg, was unbolted from its posts at some point overnight from 10pm on Saturday to 7am on Sunday. A replacement "
      "will cost £2,300, according to highways officials. Neither of the two earlier signs, stolen in 2023 and last "
      "March, was ever found. Officers think the metal may be what the thieves are after, to sell as scrap, though "
      "they have not excluded souvenir hunters. The council said the new sign would have anti-theft bolts and that it "
      "was thinking about relocating it to a more visible site close to a farm entrance.",
      traps=[T("roughly 45kg", "about 45 kilograms"),
             T("was ever found", "were never recovered"),
             T("have not excluded", "have not ruled out"),
             T("thinking about relocating it", "considering moving the sign")]),

    # 25 -----------------------------------------------------------------
    C("ashes scattering dispute", "summary", "inconsistent",
      "Two siblings have settled a dispute over where their late father's ashes should be scattered after a mediator "
      "proposed dividing them. Raymond Achterberg, who died in March aged 88, had left no written instructions. His "
      "daughter, Ellen Voss, wanted the ashes scattered at Pike Tarn in the Redfell hills, where he had walked for "
      "decades, while his son, Peter Achterberg, wanted them interred in the family plot at St Oswin's churchyard in "
      "Brackley Moor, beside their mother. The case had been listed for a hearing at the High Court in Harrowgate, but "
      "the siblings accepted the mediator's proposal last week. Half of the ashes will be interred at the churchyard "
      "next month and the rest scattered at the tarn on what would have been his 89th birthday in August.",
      "A mediator has resolved a row between two siblings over the ashes of their father, Raymond Achterberg, who died "
      "in March aged 88 without leaving written instructions. Ellen Voss had wanted them interred beside her mother in "
      "the family plot at St Oswin's churchyard, while her brother Peter had wanted them scattered at Pike Tarn, where "
      "their father walked for decades. Instead of a High Court hearing, the ashes will be split: half interred at the "
      "churchyard next month, the rest scattered at the tarn on what would have been his 89th birthday in August.",
      errors=[E("Ellen Voss had wanted them interred beside her mother in the family plot at St Oswin's churchyard, "
                "while her brother Peter", "role", "major",
                "His daughter, Ellen Voss, wanted the ashes scattered at Pike Tarn")],
      traps=[T("will be split", "dividing them")]),

    # 26 -----------------------------------------------------------------
    C("methane seep discovery", "translation", "inconsistent",
      "Scientists aboard the research vessel Halvard Moe have discovered a field of more than 200 methane seeps on the "
      "seabed about 90 kilometres off the island of Varrøy, the Polar Sea Institute announced on Thursday. The seeps, "
      "at depths of 350 to 400 metres, were detected by sonar in June and then filmed by a remotely operated vehicle, "
      "which also collected gas and sediment samples. Expedition leader Siri Haugvald said the gas appeared to come "
      "from decomposing organic material rather than from deeper oil and gas reservoirs, though laboratory analysis "
      "would take several months. Most of the methane is thought to dissolve in the seawater before it reaches the "
      "surface. Geochemist Anders Lyngmo of Nordkapp University, who was not on the expedition, said fields of this "
      "size were not unusual along the continental shelf edge. The institute plans to return next summer to install "
      "long-term monitoring instruments.",
      "The Polar Sea Institute announced on Thursday that researchers on board the vessel Halvard Moe had found more "
      "than 200 methane seeps on the sea floor some 90 km off the island of Varrøy. The seeps, lying 350 to 400 metres "
      "down, were picked up by sonar in June and subsequently filmed by an underwater robot, which also took samples "
      "of gas and sediment. According to Anders Lyngmo, a geochemist at Nordkapp University who was not part of the "
      "expedition, the gas seems to come from decaying organic matter rather than from deeper oil and gas deposits, "
      "though lab tests will take several months; he added that fields this large are not unusual along the edge of "
      "the continental shelf. Most of the methane is believed to escape into the atmosphere. The institute intends to "
      "go back next summer to put long-term monitoring equipment in place.",
      errors=[E("According to Anders Lyngmo", "attribution", "major", "Expedition leader Siri Haugvald said"),
              E("escape into the atmosphere", "event", "major",
                "dissolve in the seawater before it reaches the surface")],
      traps=[T("some 90 km", "about 90 kilometres"),
             T("an underwater robot", "a remotely operated vehicle")]),

    # 27 -----------------------------------------------------------------
    C("chained library", "rewrite", "inconsistent",
      "One of England's few surviving chained libraries is to reopen to visitors in May after a three-year "
      "conservation project costing £1.4 million. The library at All Saints' Church in Hensford Parva holds 286 "
      "books, most printed before 1650, each still attached to its oak bookcase by an iron chain to prevent theft. "
      "Conservators cleaned every volume, repaired 73 damaged bindings and replaced corroded chain links with "
      "replicas made by a local blacksmith. The work was paid for largely by the Heritage Lottery Trust, with "
      "£210,000 raised by the parish. Visits will be by guided tour only, limited to eight people at a time, and the "
      "most fragile books will be displayed in a climate-controlled case rather than on the shelves.",
      "After a £1.4m, three-year conservation project, one of the few chained libraries left in England will reopen "
      "to the public in May. Housed in All Saints' Church, Hensford Parva, the collection of 268 books, the majority "
      "printed before 1650, is still fixed to its oak bookcases by iron chains intended to prevent theft. Every volume "
      "was cleaned, 73 damaged bindings were repaired and a local blacksmith was brought in to restore the original "
      "chain links. Most of the money came from the Heritage Lottery Trust, while the parish raised £210,000. "
      "Visitors will only be admitted on guided tours of no more than eight people, and the most delicate books will "
      "be kept in a climate-controlled display case instead of on the shelves.",
      errors=[E("268", "number", "minor", "286"),
              E("restore the original chain links", "event", "major",
                "replaced corroded chain links with replicas")],
      traps=[T("£1.4m", "£1.4 million"),
             T("the majority printed before 1650", "most printed before 1650"),
             T("of no more than eight people", "limited to eight people at a time")]),

    # 28 -----------------------------------------------------------------
    C("cornhole league", "rewrite", "consistent",
      "A cornhole league set up by a Kessington pub landlord during the pandemic has grown to 48 teams and will hold "
      "its first county championship next month. The Kessington & District Cornhole League began in 2021 with six "
      "teams playing in the car park of The Drovers Arms. Matches are now held on Tuesday and Thursday evenings at "
      "nine venues, including a bowls club and a fire station. League secretary Nadia Corrin said membership had "
      "doubled in the past 18 months and that about a third of players were over 60. The championship, on Saturday "
      "14 September at Kessington Leisure Centre, is expected to attract more than 300 competitors. Entry costs £5, "
      "with proceeds going to a local hospice.",
      "What started with six teams in The Drovers Arms car park in 2021 is now a 48-team competition: the Kessington "
      "& District Cornhole League, founded by a local pub landlord during the pandemic, will stage its first county "
      "championship next month. Games are now played on Tuesday and Thursday evenings at nine venues, among them a "
      "fire station and a bowls club. Membership has doubled over the last year and a half, according to league "
      "secretary Nadia Corrin, who said roughly one in three players were aged over 60. More than 300 players are "
      "likely to take part in the championship at Kessington Leisure Centre on Saturday, September 14. The £5 entry "
      "fees will go to a local hospice.",
      traps=[T("over the last year and a half", "in the past 18 months"),
             T("roughly one in three", "about a third"),
             T("are likely to take part", "is expected to attract"),
             T("September 14", "14 September")]),

    # 29 -----------------------------------------------------------------
    C("chip shop naming rivalry", "summary", "consistent",
      "Two fish and chip shops on the same street in Porthcarrow have settled a two-year dispute over the name 'The "
      "Codfather'. Marco Bellini opened his shop under that name in 2019, and in 2022 a second business three doors "
      "away, run by brothers Alan and Keith Treharne, began trading as 'The Codfather II'. Mr Bellini complained that "
      "customers and delivery drivers were confusing the two, and the Treharnes said the name was a common pun used "
      "by dozens of chip shops around the country. Under an agreement reached with the help of a local solicitor, the "
      "brothers will rename their shop 'The Plaice to Be' by the end of April, and Mr Bellini will contribute £1,500 "
      "towards new signage. Both sides said they were pleased to have avoided going to court.",
      "Two rival Porthcarrow chip shops have ended their two-year row over the name 'The Codfather'. The Treharne "
      "brothers, who opened 'The Codfather II' three doors from Marco Bellini's original in 2022, will rebrand as "
      "'The Plaice to Be' before April is out, with Mr Bellini paying £1,500 towards new signs. Both sides said they "
      "were glad to have stayed out of court.",
      traps=[T("three doors from", "three doors away"),
             T("before April is out", "by the end of April"),
             T("paying £1,500 towards new signs", "will contribute £1,500 towards new signage"),
             T("stayed out of court", "avoided going to court")]),

    # 30 -----------------------------------------------------------------
    C("shared well access dispute", "translation", "consistent",
      "Two families in the hamlet of Casares de Almedra who have shared a well for more than a century have agreed on "
      "a timetable for drawing water, ending a quarrel that had reached the regional court. The well stands on land "
      "owned by the Ortuño family, but a 1911 deed grants the neighbouring Lozano family the right to take water from "
      "it. Last summer the Ortuños fitted a locked gate across the path, saying animals were damaging their vegetable "
      "garden. Under the agreement, approved by a judge in Terralba on Wednesday, the Lozanos will have a key and may "
      "draw water every day between 7 and 10 in the morning and between 6 and 9 in the evening. The two families "
      "will share the cost of a new electric pump.",
      "A dispute between two families in the small village of Casares de Almedra over a well they have used jointly "
      "for over 100 years, which had ended up before the regional court, has been resolved with an agreed schedule "
      "for taking water. Although the well is on Ortuño family property, a deed from 1911 gives the Lozanos, their "
      "neighbours, the right to draw water there. The Ortuños put a gate with a lock across the path last summer, "
      "claiming that animals were damaging their vegetable plot. Under the deal, which a judge in Terralba approved "
      "on Wednesday, the Lozano family will be given a key and can collect water daily from 7 a.m. to 10 a.m. and "
      "from 6 p.m. to 9 p.m. The families will split the cost of a new electric pump.",
      traps=[T("for over 100 years", "for more than a century"),
             T("a gate with a lock", "a locked gate"),
             T("from 7 a.m. to 10 a.m.", "between 7 and 10 in the morning"),
             T("from 6 p.m. to 9 p.m.", "between 6 and 9 in the evening"),
             T("split the cost", "share the cost")]),
]
