"""Rewrite pairs, part 1 (5 consistent, 5 inconsistent)."""
from ._helpers import E, T, case

CASES = [
    case(
        "carnival route dispute", "rewrite", "consistent",
        "Organisers of the Velmora Street Carnival and the city council have settled a "
        "three-month dispute over this year's parade route, the council said on Thursday. "
        "Under the compromise, the procession will no longer pass through Harrow Square, "
        "where shopkeepers had complained of lost trade, and will instead follow the "
        "riverside embankment for roughly 2.4 kilometres before ending at Castell Park. "
        "The carnival committee, chaired by Odile Brannagh, had initially rejected the new "
        "route, arguing it would cut capacity for spectators. Council officials now estimate "
        "the embankment can hold about 40,000 onlookers, slightly more than the square. The "
        "parade is scheduled for 14 August and is expected to draw performers from 22 "
        "community groups. Brannagh said the committee accepted the change 'with some "
        "reluctance' but wanted to avoid cancelling the event.",
        "A three-month row between the city council and the organisers of the Velmora Street "
        "Carnival over this year's parade route has been settled, the council announced on "
        "Thursday. The procession will now skip Harrow Square, where traders said they had "
        "been losing business, and will instead run for around 2.4 km along the riverside "
        "embankment before finishing at Castell Park. The carnival committee, led by Odile "
        "Brannagh, at first turned the new route down, saying it would leave less room for "
        "spectators. According to council officials, the embankment should accommodate some "
        "40,000 onlookers, a little more than the square. Performers from 22 community groups "
        "are likely to take part in the parade, which is planned for 14 August. Brannagh said "
        "the committee had agreed to the change 'with some reluctance', adding that it had "
        "wanted to avoid cancelling the event.",
        traps=[
            T("skip Harrow Square", "no longer pass through Harrow Square"),
            T("around 2.4 km", "roughly 2.4 kilometres"),
            T("at first turned the new route down", "initially rejected the new route"),
            T("a little more than the square", "slightly more than the square"),
            T("are likely to take part", "is expected to draw performers"),
        ]),

    case(
        "soap factory redundancies", "rewrite", "consistent",
        "Lathering Works, the soap manufacturer based in Dunmore, will cut 85 of its 340 jobs "
        "by the end of March, the company confirmed on Monday. Managing director Priya Kestrel "
        "blamed a 30 percent rise in the cost of palm oil substitutes and falling orders from "
        "hotel chains. The cuts will fall mainly on the packaging line, which is being "
        "automated. Staff were told at a meeting on Monday morning, and the company said it "
        "would offer voluntary redundancy first. The regional union, Craft and Process, said it "
        "had not been consulted before the announcement and would seek talks. Lathering Works "
        "was founded in 1921 and has been owned by the Kestrel family since 1978.",
        "The Dunmore soap maker Lathering Works confirmed on Monday that a quarter of its "
        "340-strong workforce will lose their jobs by the end of March. Most of the 85 posts "
        "to go are on the packaging line, which is being automated. Managing director Priya "
        "Kestrel pointed to shrinking orders from hotel chains and to palm oil substitutes "
        "that now cost 30 percent more. Employees learned of the plans at a meeting that "
        "morning, and the firm said volunteers would be sought before any compulsory "
        "redundancies. Craft and Process, the regional union, said it would push for talks, "
        "having not been consulted in advance. Founded in 1921, the company has belonged to "
        "the Kestrel family since 1978.",
        traps=[
            T("a quarter of its 340-strong workforce", "85 of its 340 jobs"),
            T("palm oil substitutes that now cost 30 percent more",
              "a 30 percent rise in the cost of palm oil substitutes"),
            T("volunteers would be sought before any compulsory redundancies",
              "would offer voluntary redundancy first"),
            T("having not been consulted in advance",
              "had not been consulted before the announcement"),
            T("has belonged to the Kestrel family", "has been owned by the Kestrel family"),
        ]),

    case(
        "city archive move", "rewrite", "consistent",
        "The Orlen City Archive will move from its nineteenth-century building on Tanner Lane "
        "to a converted warehouse in the Quayside district, the city's culture department "
        "announced on 3 May. The relocation of some 12 kilometres of shelving is due to begin "
        "in September and take around 18 months. During that period, reading rooms will close "
        "for two weeks at a time while collections are transported, but the online catalogue "
        "will remain available. The department said the Tanner Lane building no longer met "
        "fire safety standards and that humidity had damaged parts of the map collection. The "
        "move is budgeted at €9.6 million, of which the national heritage fund will contribute "
        "€4 million. Archivist Teodor Vasko said no original documents would be discarded.",
        "The city's culture department said on 3 May that the Orlen City Archive is leaving "
        "its nineteenth-century home on Tanner Lane for a converted warehouse in the Quayside "
        "district. Shifting roughly 12 km of shelving should take about a year and a half, with "
        "work scheduled to start in September. Meanwhile reading rooms will shut in "
        "fortnight-long blocks while collections are on the move, though the online catalogue "
        "will stay accessible. According to the department, the old building fell short of "
        "fire safety standards, and damp had harmed parts of the map collection. Of the €9.6m "
        "budget, €4m will come from the national heritage fund. No original documents will be "
        "thrown away, archivist Teodor Vasko said.",
        traps=[
            T("should take about a year and a half", "take around 18 months"),
            T("in fortnight-long blocks", "for two weeks at a time"),
            T("fell short of fire safety standards", "no longer met fire safety standards"),
            T("€4m will come from the national heritage fund",
              "the national heritage fund will contribute €4 million"),
            T("thrown away", "discarded"),
        ]),

    case(
        "municipal tree nursery", "rewrite", "consistent",
        "Brackwater council is to expand its municipal tree nursery at Fenlow Farm so that it "
        "can supply all of the roughly 6,000 saplings the town plants each year, officials "
        "said. At present the nursery grows about half of them, and the rest are bought from "
        "commercial growers. The expansion, approved by the environment committee on Wednesday "
        "by seven votes to two, will add 1.5 hectares of growing beds and a new irrigation "
        "pond. It is expected to cost £410,000 and save around £60,000 a year in purchasing. "
        "Committee chair Maud Ellery said locally grown trees tended to survive better in the "
        "town's clay soils. Opposition councillor Ravi Dunstan, who voted against, said the "
        "money should have gone to street repairs.",
        "Councillors on Brackwater's environment committee voted 7-2 on Wednesday to enlarge "
        "the municipal tree nursery at Fenlow Farm, officials said, with the aim of growing "
        "every one of the approximately 6,000 saplings planted in the town each year. Currently "
        "around 50 percent come from the nursery and the remainder from commercial suppliers. "
        "The plan will add 1.5 hectares of growing beds and a new irrigation pond, and is "
        "forecast to cost £410,000 while cutting purchasing bills by some £60,000 annually. "
        "Trees raised locally generally cope better with the town's clay soils, according to "
        "committee chair Maud Ellery. Ravi Dunstan, an opposition councillor who opposed the "
        "scheme, argued the funds would have been better spent repairing streets.",
        traps=[
            T("voted 7-2", "by seven votes to two"),
            T("around 50 percent", "about half of them"),
            T("is forecast to cost", "is expected to cost"),
            T("some £60,000 annually", "around £60,000 a year"),
            T("who opposed the scheme", "who voted against"),
        ]),

    case(
        "teenage climber record", "rewrite", "consistent",
        "Sixteen-year-old Lina Moravec has become the youngest person to climb all seven peaks "
        "above 4,000 metres in the Tessin range, the national alpine club said on Sunday. She "
        "completed the last ascent, of the 4,212-metre Grauhorn, on Friday afternoon with her "
        "father and a licensed guide. The previous record was held by Jonas Feld, who finished "
        "the series in 2009 aged 19. Moravec began the project two summers ago and climbed four "
        "of the peaks this season. The club said it had verified the ascents using GPS data and "
        "photographs. Moravec, who lives in the valley town of Sarnau, said she planned to "
        "concentrate on her school exams before attempting anything new.",
        "The national alpine club said on Sunday that Lina Moravec, 16, is now the youngest "
        "climber to have summited all seven Tessin peaks higher than 4,000 metres. Accompanied "
        "by her father and a licensed guide, she reached the top of the Grauhorn (4,212 m), the "
        "final peak, on Friday afternoon. That beats the record set in 2009 by Jonas Feld, who "
        "was 19 when he completed the series. Moravec, who lives in the valley town of Sarnau, "
        "began the challenge two summers ago and reached four of the summits this season. The "
        "club said GPS data and photographs had been used to verify the ascents. She said her "
        "school exams would come first before she tried anything new.",
        traps=[
            T("Lina Moravec, 16", "Sixteen-year-old Lina Moravec"),
            T("higher than 4,000 metres", "above 4,000 metres"),
            T("Grauhorn (4,212 m)", "4,212-metre Grauhorn"),
            T("GPS data and photographs had been used to verify the ascents",
              "it had verified the ascents using GPS data and photographs"),
            T("her school exams would come first",
              "planned to concentrate on her school exams"),
        ]),

    case(
        "shoe factory reshoring", "rewrite", "inconsistent",
        "Footwear brand Corwell & Hale will bring production of its leather boots back from "
        "overseas to a refurbished factory in Marrick, the company said on Tuesday. The plant, "
        "closed since 2004, is due to reopen next spring and will employ 120 people in its "
        "first year, rising to 200 by 2028. Chief executive Hanna Lorimer said rising shipping "
        "costs and long delivery times had made manufacturing abroad less attractive. The "
        "company will invest £14 million in machinery and training, supported by a £2.5 "
        "million regional development grant. About 60 percent of the boots sold by Corwell & "
        "Hale are currently made in factories in Asia. Lorimer said prices for customers would "
        "not rise as a result of the move.",
        "Corwell & Hale is moving production of its leather boots from overseas back to a "
        "refurbished factory in Marrick, the footwear brand announced on Tuesday. Shut since "
        "2004, the plant is set to reopen next spring with 120 staff in its first year and 200 "
        "by 2028. Chief executive Hanna Lorimer said higher shipping costs and slow deliveries "
        "had reduced the appeal of making goods abroad. The firm is putting £14 million into "
        "machinery and training, helped by a £25 million regional development grant. Around 60 "
        "percent of its boots are currently produced in Asian factories. Lorimer added that "
        "customers would not pay more because of the move.",
        errors=[
            E("£25 million", "number", "major", "£2.5 million"),
        ],
        traps=[
            T("Shut since 2004", "closed since 2004"),
            T("customers would not pay more", "prices for customers would not rise"),
        ]),

    case(
        "goat dairy expansion", "rewrite", "inconsistent",
        "Hillcrest Goat Dairy has received planning permission to double its herd to 1,400 "
        "animals, Penmoor district council confirmed on 12 June. The dairy, run by brothers "
        "Ansel and Corin Tate, was taken over by the cheesemaker Valle Fromagerie in 2021 but "
        "continues to operate under its own name. The expansion includes two new barns and a "
        "slurry lagoon, which neighbours had opposed over concerns about smell. The council "
        "attached conditions requiring the lagoon to be covered and limiting lorry deliveries "
        "to between 7am and 7pm. Ansel Tate said the extra milk would allow Valle Fromagerie to "
        "launch a new aged cheese. Construction is expected to start in the autumn.",
        "Penmoor district council confirmed on 21 June that Hillcrest Goat Dairy has been "
        "given planning permission to expand its herd to 1,400 animals, twice its current "
        "size. Run by brothers Ansel and Corin Tate, the dairy still trades under its own name "
        "even though it took over the cheesemaker Valle Fromagerie in 2021. Two new barns are "
        "planned, along with a slurry lagoon that neighbours had objected to because of the "
        "smell. Under the council's conditions, the lagoon must be covered and lorries may "
        "deliver only between 7am and 7pm. According to Ansel Tate, the additional milk will "
        "let Valle Fromagerie bring out a new aged cheese. Work is likely to begin in the "
        "autumn.",
        errors=[
            E("21 June", "date", "minor", "12 June"),
            E("it took over the cheesemaker Valle Fromagerie", "role", "major",
              "was taken over by the cheesemaker Valle Fromagerie"),
        ],
        traps=[
            T("twice its current size", "double its herd"),
            T("lorries may deliver only between 7am and 7pm",
              "limiting lorry deliveries to between 7am and 7pm"),
            T("Work is likely to begin", "Construction is expected to start"),
        ]),

    case(
        "bamboo flooring recall", "rewrite", "inconsistent",
        "Home improvement retailer Broadleaf Living is recalling about 9,000 packs of its Kyoto "
        "Natural bamboo flooring after tests found formaldehyde emissions above the legal "
        "limit, the national product safety agency said on Friday. The affected packs were "
        "sold between January and October last year and carry batch codes beginning with KN22. "
        "Customers who have not yet laid the flooring should stop using it and return it to any "
        "store for a full refund. The agency said the risk to people who have already installed "
        "the boards was low but advised them to keep rooms well ventilated. Broadleaf Living "
        "said its supplier, Tanaro Materials, had changed its adhesive without informing the "
        "retailer.",
        "The national product safety agency said on Friday that Broadleaf Living, the home "
        "improvement chain, is recalling roughly 9,000 packs of Kyoto Natural bamboo flooring "
        "because tests showed formaldehyde emissions exceeding the legal limit. The packs "
        "concerned, sold from January to October last year, have batch codes starting with "
        "KN22. Customers should stop using the flooring and take it back to any store for a "
        "full refund. For those who have already fitted the boards, the agency said the risk "
        "was low, though it recommended keeping rooms well ventilated. According to Broadleaf "
        "Living, its supplier Tanaro Materials switched adhesive without telling the retailer.",
        errors=[
            E("", "omission", "major", "who have not yet laid the flooring",
              after="Customers"),
        ],
        traps=[
            T("exceeding the legal limit", "above the legal limit"),
            T("For those who have already fitted the boards",
              "to people who have already installed the boards"),
            T("switched adhesive without telling the retailer",
              "had changed its adhesive without informing the retailer"),
        ]),

    case(
        "clock museum burglary", "rewrite", "inconsistent",
        "Police in Linthorpe are investigating a burglary at the Harwood Clock Museum in which "
        "seven antique pocket watches were stolen overnight on Saturday. Detective Inspector "
        "Carla Nyman said the thieves had entered through a skylight and that the museum's "
        "alarm had not been triggered. The stolen watches, made between 1780 and 1850, are "
        "insured for a combined £380,000, according to the museum's director, Bernard Oake. "
        "Oake said the museum's most valuable item, an eighteenth-century astronomical clock, "
        "had not been touched. The museum will remain closed until Wednesday. Police have "
        "appealed for anyone who saw a white van near the building between midnight and 4am to "
        "come forward.",
        "Seven antique pocket watches were stolen overnight on Saturday in a burglary at the "
        "Harwood Clock Museum, which Linthorpe police are now investigating. According to "
        "Detective Inspector Carla Nyman, the thieves got in through a skylight, setting off "
        "the museum's alarm. The watches, which date from 1780 to 1850, are insured for a total "
        "of £380,000, according to Nyman. The museum's director, Bernard Oake, said its most valuable "
        "piece, an eighteenth-century astronomical clock, had been left untouched. The museum "
        "will stay closed until Wednesday. Anyone who noticed a white van near the building "
        "between midnight and 4am is asked to contact police.",
        errors=[
            E("setting off the museum's alarm", "polarity", "major",
              "the museum's alarm had not been triggered"),
            E("according to Nyman", "attribution", "minor",
              "according to the museum's director, Bernard Oake"),
        ],
        traps=[
            T("date from 1780 to 1850", "made between 1780 and 1850"),
            T("had been left untouched", "had not been touched"),
        ]),

    case(
        "oil spill compensation", "rewrite", "inconsistent",
        "Fishermen affected by last year's oil spill off Carrow Point could receive "
        "compensation of up to €45,000 each under a scheme proposed by the tanker operator "
        "Meridian Shipping, a government mediator said on Wednesday. The offer still has to be "
        "approved by the fishermen's association, which represents around 310 boat owners and "
        "is due to vote on it next month. The spill, caused when the tanker Sable Dawn ran "
        "aground in March, closed fishing grounds for eleven weeks. Association chairman Piet "
        "Vogelaar said members were divided, with some arguing that the sums did not reflect "
        "lost income over several years. Meridian Shipping has already paid €18 million for the "
        "clean-up.",
        "Under a scheme put forward by tanker operator Meridian Shipping, fishermen hit by last "
        "year's oil spill off Carrow Point will be paid up to €45,000 each, a government "
        "mediator said on Wednesday. The proposal must still be accepted by the fishermen's "
        "association, which represents some 310 boat owners and is set to vote next month. "
        "Fishing grounds were shut for eleven weeks after the tanker Sable Dawn ran aground in "
        "March. Piet Vogelaar, who chairs the association, said members were split, some saying "
        "the amounts did not reflect several years of lost income. Meridian Shipping has "
        "already spent €18 million on the clean-up.",
        errors=[
            E("will be paid", "modality", "major", "could receive"),
        ],
        traps=[
            T("must still be accepted by", "still has to be approved by"),
            T("were split", "were divided"),
        ]),
]
