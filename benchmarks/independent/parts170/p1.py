"""set170 cases 1-10 (hand-written; all names invented)."""
from spec import C, E, O, T

CASES = [
    # 1 ------------------------------------------------------------------
    C("wind turbine shadow flicker", "rewrite", "consistent",
      "Residents of Harrowmere have won a partial victory in their two-year campaign against shadow flicker from the "
      "nearby Copplestone Ridge wind farm. Following a hearing on 14 March, the district planning authority ordered "
      "operator Veltane Renewables to shut down three of its eleven turbines for up to 40 minutes each morning between "
      "April and August, when low sunlight sends rotating shadows across homes on Mill Lane. The company must also fit "
      "sensors that halt the blades automatically when flicker is detected. Veltane said it would comply but warned "
      "that the curtailment could cut the site's annual output by around 2 per cent. Campaign spokeswoman Edith "
      "Fairlow said the order was 'a good start' but argued that evening flicker, which affects a further 15 "
      "properties, had been ignored.",
      "A two-year fight by Harrowmere residents against shadow flicker from the Copplestone Ridge wind farm has "
      "yielded a partial victory. After a hearing on March 14, the district planning authority ordered Veltane "
      "Renewables to halt three of the site's eleven turbines for as long as 40 minutes every morning from April to "
      "August, when the low sun throws moving shadows over houses on Mill Lane. Sensors that stop the blades "
      "automatically once flicker is detected must also be fitted. The operator said it would comply, though it "
      "cautioned that the restriction might reduce the wind farm's yearly generation by roughly 2%. Edith Fairlow, a "
      "spokeswoman for the campaign, called the order 'a good start' but argued that evening flicker, which affects "
      "another 15 properties, had been disregarded.",
      traps=[T("March 14", "14 March"),
             T("for as long as 40 minutes", "for up to 40 minutes"),
             T("roughly 2%", "around 2 per cent"),
             T("another 15 properties", "a further 15 properties")]),

    # 2 ------------------------------------------------------------------
    C("chip shop odour", "rewrite", "inconsistent",
      "A fish and chip shop in Lower Brantham has been given 90 days to install new extraction equipment after "
      "neighbours complained about cooking smells. Environmental health officers from Wendle District Council visited "
      "The Golden Haddock on Quay Street six times last autumn and recorded what they described as a 'persistent and "
      "strong' odour in two neighbouring flats. An abatement notice served on owner Costas Peridou requires a carbon "
      "filter system and a taller flue. Mr Peridou, who has run the shop for 18 years, said the upgrade would cost "
      "about £14,000 and that he may have to close for a week while the work is carried out. If the notice is not "
      "met, the council could prosecute, with fines of up to £20,000.",
      "Neighbours' complaints about cooking smells have led to a Lower Brantham fish and chip shop being given three "
      "months to fit new extraction equipment. Wendle District Council environmental health officers inspected The "
      "Golden Haddock on Quay Street on six occasions last autumn, noting what they called a 'persistent and strong' "
      "odour in two nearby flats. Owner Costas Peridou has been served with an abatement notice requiring a carbon "
      "filter system and a higher flue. Mr Peridou, who has run the shop for 18 years, said the work would cost about "
      "£14,000 and that he will have to shut for a week while it is done. Failure to comply could lead to prosecution "
      "by the council, with fines of up to £14,000.",
      errors=[E("will have to shut", "modality", "major", "may have to close"),
              E("£14,000", "number", "major", "£20,000", occ=1)],
      traps=[T("three months", "90 days"),
             T("on six occasions", "six times")]),

    # 3 ------------------------------------------------------------------
    C("tontine annuity revival", "summary", "consistent",
      "A mutual insurer in Castlebridge is reviving the tontine, a centuries-old pooled annuity in which the payouts "
      "of members who die are shared among the survivors. Brackwell Mutual said its new product, the Longstay Pool, "
      "would open to savers aged 60 to 75 in September, with a minimum stake of £10,000. Unlike historical tontines, "
      "the pool will pay a monthly income to all living members rather than a lump sum to the last survivor, and no "
      "single member can receive more than three times their initial monthly payment. The firm expects to attract "
      "about 4,000 members in the first year. Regulators at the Financial Conduct Office approved the scheme last "
      "month after a two-year review, but consumer group SaverWatch warned that the returns are not guaranteed and "
      "that the product may not suit people in poor health.",
      "Castlebridge-based Brackwell Mutual will launch a modern tontine in September, open to 60- to 75-year-olds "
      "investing at least £10,000. In its Longstay Pool, payouts of members who die are shared among survivors as a "
      "monthly income, capped at three times each member's starting payment, rather than going as a lump sum to the "
      "last survivor. The insurer expects around 4,000 members in year one. The Financial Conduct Office approved the "
      "scheme after a two-year review, though SaverWatch cautioned that returns are not guaranteed and that it may not "
      "suit people in poor health.",
      traps=[T("60- to 75-year-olds", "aged 60 to 75"),
             T("investing at least £10,000", "with a minimum stake of £10,000"),
             T("capped at three times each member's starting payment",
               "no single member can receive more than three times their initial monthly payment"),
             T("in year one", "in the first year")]),

    # 4 ------------------------------------------------------------------
    C("satnav lorry lane", "translation", "inconsistent",
      "The mayor of Vallières-sur-Lorme has asked navigation companies to remove a narrow lane from their lorry "
      "routes after a 38-tonne articulated truck became wedged between two houses on Thursday night. The driver, who "
      "was following his satellite navigation system, spent nearly five hours stuck in the Ruelle des Tanneurs before "
      "a crane freed the vehicle at about 3 a.m. No one was injured, but the facade of one house was damaged. Mayor "
      "Hélène Dauvergne said it was the fourth such incident this year and that the municipality had written to three "
      "mapping firms in February without receiving a reply. A ban on vehicles over 7.5 tonnes will take effect on "
      "1 June, she added, and signs will be placed at both ends of the lane.",
      "After a 38-tonne articulated lorry got stuck between two houses late on Thursday, the mayor of "
      "Vallières-sur-Lorme has called on navigation firms to take a narrow alley off their routes for heavy goods "
      "vehicles. Following his GPS, the driver remained trapped for almost five hours in Ruelle des Tanneurs until a "
      "crane released the truck at around three in the morning. One person was hurt, and the front of one of the "
      "houses suffered damage. According to mayor Hélène Dauvergne, this is the fourth incident of its kind this "
      "year; the town hall wrote to three mapping companies in February but has had no answer. She added that from "
      "1 July vehicles weighing more than 7.5 tonnes will be banned, and signs will be installed at each end of the "
      "alley.",
      errors=[E("One person was hurt", "polarity", "critical", "No one was injured"),
              E("1 July", "date", "major", "1 June")],
      traps=[T("late on Thursday", "on Thursday night"),
             T("at around three in the morning", "at about 3 a.m."),
             T("has had no answer", "without receiving a reply")]),

    # 5 ------------------------------------------------------------------
    C("tree root damage claim", "rewrite", "consistent",
      "A homeowner in Ashcombe Vale has been awarded £38,500 after roots from a council-owned plane tree caused "
      "subsidence that cracked the walls of her semi-detached house. Judge Martin Orrell ruled at Kellingford County "
      "Court on Friday that Ashcombe Borough Council had known about the risk since 2019, when a surveyor's report "
      "warned that the tree's roots were drying out the clay soil beneath properties on Lime Grove. The council had "
      "argued that the damage was caused by a leaking drain, but the judge said the evidence for that was 'thin'. The "
      "claimant, retired teacher Joan Pemberly, 71, said she was relieved. The council said it was considering whether "
      "to appeal and that the tree, which is about 90 years old, would not be felled for now.",
      "Roots from a plane tree owned by Ashcombe Borough Council caused subsidence that cracked the walls of a "
      "semi-detached home in Ashcombe Vale, a judge has ruled, awarding its owner £38,500. Sitting at Kellingford "
      "County Court last Friday, Judge Martin Orrell found that the council had been aware of the danger since 2019, "
      "when a surveyor warned in a report that the tree's roots were drying out the clay beneath houses on Lime Grove. "
      "The council had blamed a leaking drain, but the judge described the evidence for that as 'thin'. Joan "
      "Pemberly, a 71-year-old retired teacher who brought the claim, said she was relieved. The council said it was "
      "weighing an appeal and that the roughly 90-year-old tree would not be cut down for the time being.",
      traps=[T("last Friday", "on Friday"),
             T("had been aware of the danger", "had known about the risk"),
             T("weighing an appeal", "considering whether to appeal"),
             T("roughly 90-year-old", "about 90 years old")]),

    # 6 ------------------------------------------------------------------
    C("limpet growth study", "rewrite", "inconsistent",
      "Limpets on rocky shores along the Carrow Peninsula are growing about 12 per cent faster than they did three "
      "decades ago, according to a study published on Wednesday by researchers at the Northmoor Marine Institute. The "
      "team measured shell growth in 2,300 limpets at nine sites between 2021 and 2023 and compared the results with "
      "records collected in the early 1990s. Lead author Dr Priya Ansell said warmer winter sea temperatures were the "
      "most likely explanation, although she cautioned that changes in algae on the rocks could also play a part. "
      "Marine ecologist Tom Veary of Dunmore University, who was not involved in the research, said the findings were "
      "'plausible but based on a fairly small historical sample', and called for longer-term monitoring.",
      "Researchers at the Northmoor Marine Institute have found that limpets on the Carrow Peninsula's rocky shores "
      "now grow roughly 12% faster than they did 30 years ago. In the study, published on Wednesday, the team measured "
      "shell growth in 2,300 limpets at nine sites from 2021 to 2023 and compared the figures with records gathered in "
      "the early 1990s. Warmer winter seas are the likeliest cause, said lead author Dr Priya Ansell, though she noted "
      "that shifts in the algae growing on the rocks might also contribute, and she called for longer-term "
      "monitoring. Tom Veary, a marine ecologist at Dunmore University who did not take part in the work, described "
      "the results as 'plausible but based on a fairly small historical sample'.",
      errors=[E("she called for longer-term monitoring", "attribution", "major",
                "and called for longer-term monitoring")],
      traps=[T("roughly 12% faster", "about 12 per cent faster"),
             T("30 years ago", "three decades ago"),
             T("the likeliest cause", "the most likely explanation")]),

    # 7 ------------------------------------------------------------------
    C("pub community share offer", "summary", "inconsistent",
      "Villagers in Tolworth Magna have raised £312,000 in a community share offer to buy The Plough and Sickle, the "
      "village's last pub, which closed in January after its owners retired. More than 640 people, about half of "
      "them local residents, bought shares priced from £100 to a maximum of £20,000 each. The offer closed on Sunday, "
      "exceeding its target of £275,000. The newly formed Plough Community Benefit Society says it will complete the "
      "purchase in May and hopes to reopen the pub by late summer, with a small shop and a café in the former skittle "
      "alley. Chair Rosalind Tebbit said a further £40,000 grant from the Rural Pubs Fund was still being assessed. "
      "Each member will have one vote regardless of how many shares they hold.",
      "Tolworth Magna's last pub, The Plough and Sickle, which closed in January, is set to be bought by villagers "
      "after a community share offer raised £312,000, beating its £275,000 target by more than £50,000. Over 640 "
      "investors, around half of them local, took part. The new community benefit society plans to complete the "
      "purchase in May and hopes to reopen by late summer with a shop and café; a further £40,000 grant is still "
      "being assessed. Members get one vote each, whatever their shareholding.",
      errors=[E("by more than £50,000", "number", "minor", "exceeding its target of £275,000")],
      traps=[T("around half of them local", "about half of them local residents"),
             T("whatever their shareholding", "regardless of how many shares they hold")]),

    # 8 ------------------------------------------------------------------
    C("bocce court funding", "translation", "inconsistent",
      "The town council of San Teodoro al Piano has approved €85,000 to rebuild the bocce courts in Piazza Garibaldi, "
      "which have been closed since a storm damaged their surface and lighting in October 2022. The work, due to "
      "start in April and last about ten weeks, will include two new courts with synthetic surfaces, LED floodlights "
      "and a covered seating area. Half of the money comes from a regional sports grant, while the rest will be drawn "
      "from the municipal budget. Councillor Marco Bellandi, who is responsible for sport, said the courts had been "
      "used by around 300 players, mostly pensioners, before they closed. The local bocce club, which has been "
      "training in a neighbouring town, said it hoped to host a provincial tournament there next year.",
      "San Teodoro al Piano's municipal council has given the green light to spending 85,000 euros on rebuilding the "
      "bocce courts in Piazza Garibaldi, out of use since October 2022, when a storm damaged the playing surface and "
      "the lights. Work is scheduled to begin in April and will bring two new synthetic-surface courts, LED "
      "floodlighting and a covered stand for spectators. A regional grant for sport covers 50% of the cost; the "
      "remainder will come from the town's own budget. According to Marco Bellandi, the councillor in charge of "
      "sport, about 300 people, most of them retired, played on the courts before the closure. The town's bocce "
      "club, which has been practising in a nearby town in the meantime, said it hoped to stage a provincial "
      "tournament at the site next year.",
      errors=[O("begin in April", "and last about ten weeks", "minor")],
      traps=[T("85,000 euros", "€85,000"),
             T("50% of the cost", "Half of the money"),
             T("most of them retired", "mostly pensioners")]),

    # 9 ------------------------------------------------------------------
    C("mobile bank van route", "rewrite", "consistent",
      "Northfold Building Society will extend its mobile branch service to six more villages in the Harlow Fells area "
      "from 3 March, the lender announced on Monday. The converted van, which offers cash withdrawals, deposits and "
      "help with online banking, currently stops at 14 locations on a fortnightly timetable. Under the new route it "
      "will visit 20 locations, but stops in the larger villages will be shortened from 90 minutes to one hour to "
      "make room for the extra calls. The society said the change followed the closure of the last bank branch in "
      "Pellbury in November, which left some residents more than 15 miles from a counter. Customers of other banks "
      "will be able to use the van to pay in cheques and withdraw cash through a partnership with the Postlink "
      "network.",
      "Six further villages around Harlow Fells are to be added to Northfold Building Society's mobile branch route "
      "from March 3, the society said on Monday. The converted van, where customers can withdraw and deposit cash and "
      "get help with online banking, now calls at 14 places every two weeks; the new route will take it to 20. To fit "
      "in the extra visits, stops in the bigger villages will be cut from an hour and a half to 60 minutes. The move "
      "comes after Pellbury's last bank branch shut in November, leaving some people over 15 miles from a counter, "
      "the lender said. Through a partnership with the Postlink network, customers of other banks will also be able "
      "to use the van to pay in cheques and take out cash.",
      traps=[T("Six further villages", "six more villages"),
             T("March 3", "3 March"),
             T("every two weeks", "on a fortnightly timetable"),
             T("from an hour and a half to 60 minutes", "from 90 minutes to one hour"),
             T("over 15 miles", "more than 15 miles")]),

    # 10 -----------------------------------------------------------------
    C("walnut orchard disease", "rewrite", "inconsistent",
      "A fungal disease has been confirmed in walnut orchards in the Orvale valley, the regional plant health agency "
      "said on Tuesday. Inspectors found walnut blight canker on trees at four farms near Saint-Brevin-les-Noyers and "
      "have ordered the removal of around 1,200 infected trees. Growers within a three-kilometre zone must not move "
      "cuttings or young plants off their land until further notice. The agency said there was no risk to people "
      "eating walnuts. Jean-Luc Marraud, president of the Orvale Walnut Growers' Cooperative, said the outbreak could "
      "reduce this year's harvest by up to a fifth and called for compensation from the agriculture ministry. The "
      "disease was first detected last summer in a nursery in the neighbouring Sarthelle district.",
      "The regional plant health agency announced on Tuesday that a fungal disease had been confirmed in walnut "
      "orchards in the Orvale valley. Walnut blight canker was found by inspectors on trees at four farms near "
      "Saint-Brevin-les-Noyers, and about 1,200 infected trees are to be removed on their orders. Growers are barred "
      "from moving cuttings or young plants off their land until further notice. People eating walnuts face no risk, "
      "according to the agency. The outbreak could cut this year's harvest by as much as 20%, said Jean-Luc Marraud, "
      "who heads the Orvale Walnut Growers' Cooperative, calling for compensation from the plant health agency. The "
      "disease was first identified last summer at a nursery in the neighbouring Sarthelle district.",
      errors=[O("Growers", "within a three-kilometre zone", "major", occ=0),
              E("the plant health agency", "entity", "major", "the agriculture ministry")],
      traps=[T("by as much as 20%", "by up to a fifth"),
             T("who heads", "president of")]),
]
