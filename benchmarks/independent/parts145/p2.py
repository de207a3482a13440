"""set145 cases 11-20 (hand-written; all names invented)."""
from ._helpers import C, E, OM, T

CASES = [
    # 11 ------------------------------------------------------------
    C("snowdrop garden opening", "summary",
      "Hartsgrove Hall, a Georgian manor near Wendlebury, will open its gardens to "
      "the public for the first time this February so that visitors can see its "
      "snowdrop collection, which includes more than 300 named varieties. The "
      "gardens will be open on Thursdays and Sundays from 1 to 25 February, between "
      "10am and 3pm. Tickets cost £8 for adults and must be booked online in "
      "advance; children under 16 go free. Head gardener Simon Achterberg said the "
      "collection was started by the hall's owner in the 1970s and now covers about "
      "four acres of woodland. All proceeds from ticket sales will go to the "
      "Wendlebury Hospice. The owners said there would be no parking on site and "
      "asked visitors to use the village hall car park.",
      "Hartsgrove Hall near Wendlebury is opening its gardens to visitors for the "
      "first time, on Thursdays and Sundays from 1 to 25 February, 10am to 3pm, to "
      "show its snowdrop collection of over 300 named varieties across roughly four "
      "acres of woodland. Adult tickets cost £8 and must be bought online "
      "beforehand, with free entry for under-16s; every penny goes to the Wendlebury "
      "Hospice. There is no parking at the hall, so visitors are asked to use the "
      "village hall car park.",
      traps=[
          T("over 300 named varieties", "more than 300 named varieties"),
          T("roughly four acres", "about four acres"),
          T("must be bought online beforehand", "must be booked online in advance"),
          T("free entry for under-16s", "children under 16 go free"),
          T("every penny goes to the Wendlebury Hospice",
            "All proceeds from ticket sales will go to the Wendlebury Hospice"),
      ]),
    # 12 ------------------------------------------------------------
    C("hop growers", "translation",
      "Hop growers in the Zatlín region expect this year's harvest to be about 15 "
      "percent smaller than last year's, the regional growers' association "
      "announced on Tuesday. According to association chairman Pavel Hrubý, a dry "
      "June and a hailstorm at the end of July damaged plants on around 400 "
      "hectares. Growers will begin picking in the third week of August, roughly a "
      "week earlier than usual. Prices agreed with breweries in advance will not "
      "change, Hrubý said, but hops sold on the open market could become more "
      "expensive. The association has asked the Ministry of Agriculture for help "
      "with the cost of irrigation systems, which only one farm in five currently "
      "has.",
      "The regional hop growers' association said on Tuesday that growers in the "
      "Zatlín area expect the crop to be down by roughly 15% on last year. Chairman "
      "Pavel Hrubý said plants on some 400 hectares had suffered from a dry June and "
      "from hail at the end of July. Picking will start in the third week of August, "
      "around seven days earlier than in a normal year. Hrubý said prices fixed with "
      "breweries beforehand would stay the same, though hops on the open market "
      "might cost more. The association has turned to the agriculture ministry for "
      "support with the cost of irrigation, which only 20% of farms currently have.",
      traps=[
          T("down by roughly 15% on last year",
            "about 15 percent smaller than last year's"),
          T("around seven days earlier than in a normal year",
            "roughly a week earlier than usual"),
          T("might cost more", "could become more expensive"),
          T("only 20% of farms", "only one farm in five"),
      ]),
    # 13 ------------------------------------------------------------
    C("school bus route change", "rewrite",
      "The 612 school bus serving Okeford Academy will be rerouted from 8 January to "
      "avoid Mill Lane, where a weight restriction is being introduced, Westshire "
      "County Council said. The bus will instead travel along the B3140 and pick up "
      "pupils from a new stop outside Lyme Cross garage, adding about seven minutes "
      "to the journey. The council said it was considering a second vehicle for "
      "pupils living in Nether Okeford, who would otherwise face a 1.2-mile walk to "
      "the nearest stop. Parents have until 15 December to comment on the changes. "
      "Headteacher Rachel Dunn said the school would not change its start time of "
      "8.40am.",
      "Westshire County Council says the 612 bus to Okeford Academy will stop using "
      "Mill Lane from 8 January because a weight limit is coming into force there. "
      "Instead it will run along the B3140, collecting pupils from a new stop "
      "outside Lyme Cross garage, which will make the trip roughly seven minutes "
      "longer. A second vehicle will be provided for children in Nether Okeford, who "
      "would otherwise have to walk 1.2 miles to the nearest stop, the council said. "
      "Parents can comment on the plans until 15 January. The school's 8.40am start "
      "time will stay as it is, headteacher Rachel Dunn said.",
      errors=[
          E("A second vehicle will be provided", "modality", "major",
            "was considering a second vehicle"),
          E("15 January", "date", "major", "15 December"),
      ],
      traps=[
          T("a weight limit is coming into force",
            "a weight restriction is being introduced"),
          T("which will make the trip roughly seven minutes longer",
            "adding about seven minutes to the journey"),
      ]),
    # 14 ------------------------------------------------------------
    C("sheep rustling arrests", "rewrite",
      "Three men have been arrested on suspicion of stealing more than 200 sheep "
      "from farms in the Carrowmoor Hills over the past eighteen months, Westmoor "
      "Police said on Saturday. The men, aged 29, 41 and 52, were detained at "
      "addresses in Polgarrow and Lanvenna following an investigation by the "
      "force's rural crime team. Officers also seized a livestock trailer and a quad "
      "bike. Detective Inspector Alan Treloar said the thefts had cost farmers an "
      "estimated £45,000 and that some of the animals had been traced to a market in "
      "another county. All three have been released on bail until 12 March while "
      "inquiries continue.",
      "Westmoor Police said on Saturday that three men had been arrested on "
      "suspicion of stealing over 200 sheep from farms in the Carrowmoor Hills "
      "during the last year and a half. Following an investigation by the force's "
      "rural crime team, the suspects, aged 29, 41 and 52, were detained at "
      "addresses in Polgarrow and Lanvenna, and a livestock trailer and a quad bike "
      "were seized. Farmers have lost an estimated £45,000 as a result of the "
      "thefts, according to Detective Inspector Alan Treloar, who said some of the "
      "sheep had been traced to a market in another county. The three have been "
      "bailed until 12 March pending further inquiries.",
      traps=[
          T("over 200 sheep", "more than 200 sheep"),
          T("during the last year and a half", "over the past eighteen months"),
          T("Farmers have lost an estimated £45,000 as a result of the thefts",
            "the thefts had cost farmers an estimated £45,000"),
          T("have been bailed until 12 March pending further inquiries",
            "have been released on bail until 12 March while inquiries continue"),
      ]),
    # 15 ------------------------------------------------------------
    C("yurt campsite planning", "summary",
      "Plans for a 12-yurt campsite on farmland at Gorse Hill, near Calvington, have "
      "been rejected by Eastvale District Council's planning committee. The "
      "application, submitted by landowner Mark Tilsley, proposed the yurts, a "
      "shower block and a car park for 20 vehicles on a field next to the Calvington "
      "Way footpath. Planning officers had recommended approval, but councillors "
      "voted seven to four against, citing concerns about traffic on the "
      "single-track access lane. Calvington Parish Council, which had objected to "
      "the scheme, said it welcomed the decision. Mr Tilsley said he was "
      "disappointed and might appeal. More than 90 letters of objection were "
      "received, along with 31 in support.",
      "Eastvale District Council has refused landowner Mark Tilsley's application "
      "for a 12-yurt campsite at Gorse Hill, near Calvington. Councillors had "
      "recommended approval, but planning officers voted seven to four against it "
      "over traffic on the single-track access lane. The parish council, which "
      "objected, welcomed the decision, while Mr Tilsley said he was disappointed "
      "and would appeal. More than 90 objections and 31 letters of support were "
      "received.",
      errors=[
          E("Councillors had recommended approval, but planning officers", "role",
            "major", "Planning officers had recommended approval, but councillors"),
          E("would appeal", "modality", "major", "might appeal"),
      ],
      traps=[
          T("over traffic", "citing concerns about traffic"),
          T("More than 90 objections", "More than 90 letters of objection"),
      ]),
    # 16 ------------------------------------------------------------
    C("pony sanctuary", "rewrite",
      "A sanctuary for retired and neglected ponies near Hebden Moor has been given "
      "£75,000 by a local charitable trust to build a new winter barn. Bramblegate "
      "Pony Sanctuary, which currently cares for 46 ponies and 9 donkeys, said the "
      "barn would house up to 30 animals and should be finished before November. "
      "Founder Linda Waterson said the grant from the Moorside Trust covered roughly "
      "two-thirds of the cost, with the rest to be raised through a public appeal. "
      "The sanctuary, which opened in 2009, relies entirely on donations and has "
      "around 60 volunteers. It is open to visitors on the first Saturday of each "
      "month.",
      "The Moorside Trust, a local charity, has given £75,000 towards a new winter "
      "barn at Bramblegate Pony Sanctuary near Hebden Moor, which cares for retired "
      "and neglected ponies. The barn will hold as many as 30 animals and is due to "
      "be completed by the end of October, the sanctuary said; it currently looks "
      "after 46 ponies and nine donkeys. According to founder Linda Waterson, the "
      "grant covers about two-thirds of the cost, and a public appeal will make up "
      "the difference. Open since 2009, the sanctuary is funded solely by donations "
      "and has some 60 volunteers. Visitors are welcome on the first Saturday of "
      "every month.",
      traps=[
          T("as many as 30 animals", "up to 30 animals"),
          T("is due to be completed by the end of October",
            "should be finished before November"),
          T("nine donkeys", "9 donkeys"),
          T("a public appeal will make up the difference",
            "with the rest to be raised through a public appeal"),
          T("is funded solely by donations", "relies entirely on donations"),
      ]),
    # 17 ------------------------------------------------------------
    C("chocolate factory expansion", "translation",
      "Chocolate maker Verhaegen will expand its factory in Oudeberg, creating 85 "
      "jobs, the company announced on Thursday. The investment of 22 million euros "
      "will pay for a new production hall and a second packaging line, which will "
      "allow the plant to increase output by a quarter. Construction is due to begin "
      "in March and the new hall should be operating by the end of next year. Chief "
      "executive Els Dewinter said the company had considered moving production to "
      "Poland but had chosen to stay because of the skilled workforce in the "
      "region. The factory currently employs 340 people. The municipality has "
      "already granted a building permit.",
      "Verhaegen, the chocolate manufacturer, said on Thursday that it is enlarging "
      "its plant in Oudeberg, which will create 85 jobs. The €22 million investment "
      "covers a new production hall and an additional packaging line, enabling the "
      "factory to raise its output by 25 percent. Building work is scheduled to "
      "start in March, with the new hall expected to be in operation by the end of "
      "this year. CEO Els Dewinter said relocating production to Poland had been "
      "considered, but the firm decided to remain because of the region's skilled "
      "workers. At present 340 people work at the factory. The building permit has "
      "already been issued by the municipality.",
      errors=[E("the end of this year", "date", "major", "the end of next year")],
      traps=[
          T("€22 million", "22 million euros"),
          T("by 25 percent", "by a quarter"),
          T("At present 340 people work at the factory",
            "The factory currently employs 340 people"),
      ]),
    # 18 ------------------------------------------------------------
    C("cliff rescue team", "rewrite",
      "Volunteers from the Porthcarrow Cliff Rescue Team brought a 67-year-old "
      "walker to safety on Sunday afternoon after she fell about 15 metres down a "
      "slope near Gull Point. The woman, who had been walking the coast path with "
      "her husband, was stretchered up the cliff in an operation lasting almost "
      "three hours and then flown to hospital by the air ambulance. Station officer "
      "Neil Rowe said her injuries were serious but not thought to be "
      "life-threatening. The coastguard said the path had been slippery after heavy "
      "rain and urged walkers to keep away from cliff edges. The team has been "
      "called out 31 times so far this year.",
      "A 67-year-old woman who fell around 15 metres down a slope near Gull Point on "
      "Sunday afternoon was rescued by volunteers from the Porthcarrow Cliff Rescue "
      "Team. She had been walking the coast path with her husband and was carried "
      "up the cliff on a stretcher, in an operation lasting nearly three hours, "
      "before being flown to hospital by the air ambulance. Station officer Neil "
      "Rowe described her injuries as serious but not thought to be "
      "life-threatening. He said the path had been slippery after heavy rain and "
      "urged walkers to keep away from cliff edges. The team has now had 31 "
      "call-outs this year.",
      errors=[E("He said", "attribution", "minor", "The coastguard said")],
      traps=[
          T("around 15 metres", "about 15 metres"),
          T("nearly three hours", "almost three hours"),
          T("described her injuries as serious", "said her injuries were serious"),
      ]),
    # 19 ------------------------------------------------------------
    C("apple juice recall", "summary",
      "Fenwick Orchards is recalling two batches of its 1-litre cloudy apple juice "
      "because they may contain small pieces of glass, the Food Standards Office "
      "said on Friday. The affected cartons have best-before dates of 14 and 15 "
      "November and batch codes beginning with FA22. The company said the problem "
      "had been traced to a broken light fitting above a filling line at its "
      "pressing plant and that no other products were affected. Customers should "
      "not drink the juice and can return it to the shop where they bought it for a "
      "full refund, with or without a receipt. The juice is sold in around 400 "
      "independent shops and farm shops across the south-west. No injuries have "
      "been reported.",
      "Fenwick Orchards is recalling two batches of 1-litre cloudy apple juice that "
      "could contain fragments of glass, a problem the firm blames on a broken light "
      "fitting at its pressing plant. Customers should not drink cartons with "
      "best-before dates of 14 or 15 November and batch codes starting FA22, but can "
      "take them back to the shop for a full refund, receipt or no receipt. No other "
      "products are affected and there have been no reports of injuries.",
      traps=[
          T("could contain fragments of glass", "may contain small pieces of glass"),
          T("a problem the firm blames on", "the problem had been traced to"),
          T("starting FA22", "beginning with FA22"),
          T("receipt or no receipt", "with or without a receipt"),
          T("there have been no reports of injuries", "No injuries have been reported"),
      ]),
    # 20 ------------------------------------------------------------
    C("wastewater virus monitoring", "rewrite",
      "Samples from six sewage treatment works in the Corrin Valley will be tested "
      "twice a week for traces of influenza and norovirus under a pilot scheme "
      "launched on Monday by the regional health protection unit. The samples will "
      "be analysed at the Estbury University laboratory, with results published "
      "online every Friday. Dr Farah Malik, who leads the project, said wastewater "
      "testing could give up to ten days' warning of a rise in infections before "
      "people started visiting their doctors. The 18-month pilot is funded by a "
      "£640,000 grant. If successful, it could be extended to a further 20 sites.",
      "The regional health protection unit on Monday launched a pilot in which "
      "samples from six sewage works in the Corrin Valley will be checked twice "
      "weekly for traces of influenza and norovirus. Testing will be carried out at "
      "the Estbury University laboratory, with results posted online each Friday. "
      "Project lead Dr Farah Malik said monitoring wastewater could give as much as "
      "ten days' warning of rising infections before hospital admissions went up. "
      "The 18-month trial is paid for by a £460,000 grant and could be extended to "
      "another 20 sites if it is successful.",
      errors=[
          E("hospital admissions went up", "event", "major",
            "people started visiting their doctors"),
          E("£460,000", "number", "major", "£640,000"),
      ],
      traps=[
          T("twice weekly", "twice a week"),
          T("as much as ten days' warning", "up to ten days' warning"),
          T("another 20 sites", "a further 20 sites"),
      ]),
]
