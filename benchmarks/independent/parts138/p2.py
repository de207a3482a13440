"""set138 cases 11-20: rewrites."""
from .common import C, E, O, T

CASES = [
C("cricket ball tampering", "rewrite", "consistent",
  "Redfield County Cricket Club has been fined £15,000 and docked 12 points after one of its bowlers was found guilty of ball tampering during a championship match against Oakhurst in June. An independent disciplinary panel found that seamer Tom Aldane had used a bottle top to scuff the ball during the second innings. Aldane, 27, has been suspended for six matches. The club said it accepted the panel's findings and would not appeal, adding that it had launched its own review of dressing-room culture. Half of the fine has been suspended for two years, provided there are no further breaches. The Cricket Governance Board said the sanctions reflected the seriousness of the offence.",
  "An independent disciplinary panel has found Redfield County Cricket Club seamer Tom Aldane guilty of ball tampering, after he used a bottle top to scuff the ball in the second innings of June's championship match against Oakhurst. The club has been fined £15,000 and had 12 points deducted, while the 27-year-old has been banned for six matches. Of the fine, £7,500 is suspended for two years on condition that there are no further breaches. Redfield said it accepted the findings and would not be appealing, and that it had begun its own review of dressing-room culture. According to the Cricket Governance Board, the sanctions reflect how serious the offence was.",
  traps=[
    T("had 12 points deducted", "docked 12 points"),
    T("the 27-year-old has been banned", "Aldane, 27, has been suspended"),
    T("£7,500 is suspended", "Half of the fine has been suspended"),
    T("on condition that", "provided"),
    T("would not be appealing", "would not appeal"),
  ]),

C("ash dieback felling", "rewrite", "consistent",
  "Around 3,000 ash trees along roads in the Hollins Valley are to be felled over the next three winters because of ash dieback, Westmere County Council has announced. The council said surveys had found that 70 per cent of the trees within falling distance of a highway were severely infected and posed a risk to road users. Work will begin in November, with some roads closed overnight. The authority has set aside £2.1 million for the programme and will plant two new trees of other native species for every ash removed. Conservation charity Valley Woods Trust said it supported the felling but urged the council to leave healthy ash standing, as some trees show signs of resistance.",
  "Westmere County Council has announced that ash dieback means about 3,000 ash trees beside Hollins Valley roads will be cut down during the next three winters. Seven in ten of the trees close enough to a highway to fall onto it were badly infected and a danger to road users, according to council surveys. Felling will start in November and some roads will be shut overnight. The council has earmarked £2.1m for the work and will replace each ash it removes with two new native trees of other species. The Valley Woods Trust, a conservation charity, backed the felling but called on the council to spare healthy ash trees because some appear to be showing resistance.",
  traps=[
    T("Seven in ten", "70 per cent"),
    T("close enough to a highway to fall onto it", "within falling distance of a highway"),
    T("earmarked £2.1m", "set aside £2.1 million"),
    T("replace each ash it removes with two new native trees of other species", "plant two new trees of other native species for every ash removed"),
    T("spare healthy ash trees", "leave healthy ash standing"),
  ]),

C("furniture fire safety", "rewrite", "consistent",
  "Trading standards officers have seized more than 600 sofas and armchairs from a warehouse in Brankley after tests showed the foam inside did not meet fire safety rules. The furniture, imported by online retailer Cosyhome Direct, had been sold with labels falsely claiming compliance with the regulations, officers said. Samples ignited within 40 seconds of exposure to a small flame, compared with the minimum of 120 seconds required. The company has been ordered to contact around 4,500 customers who bought affected items since October 2022 and offer them a free collection and a full refund. Cosyhome Direct said it had been misled by its supplier and was cooperating fully with the investigation.",
  "More than 600 sofas and armchairs have been seized from a Brankley warehouse by trading standards officers, after tests found the foam inside them breached fire safety rules. According to officers, the furniture was imported by online retailer Cosyhome Direct and sold with labels that falsely said it complied with the regulations. Whereas the rules require foam to withstand a small flame for at least two minutes, samples caught fire within 40 seconds. Cosyhome Direct has been told to get in touch with some 4,500 customers who have bought affected products since October 2022, offering to collect the items free of charge and refund them in full. The retailer said its supplier had misled it and that it was cooperating fully with the investigation.",
  traps=[
    T("for at least two minutes", "the minimum of 120 seconds required"),
    T("has been told to get in touch with some 4,500 customers", "has been ordered to contact around 4,500 customers"),
    T("offering to collect the items free of charge and refund them in full", "offer them a free collection and a full refund"),
    T("its supplier had misled it", "it had been misled by its supplier"),
  ]),

C("casino licence", "rewrite", "inconsistent",
  "The Tarrow Island Gaming Authority has suspended the operating licence of the Silver Crown Casino for 30 days after inspectors found failures in its anti-money-laundering checks. Inspectors said staff had accepted cash deposits of more than £10,000 from 14 customers without verifying the source of the funds. The casino, owned by Bellmont Resorts, may face a fine of up to £2 million when the authority completes its investigation, expected in the summer. Bellmont said it was 'deeply disappointed' and had already retrained all front-of-house staff. The suspension means the casino's 190 employees will be on full pay but unable to work until it reopens.",
  "The Silver Crown Casino has had its operating licence suspended for 30 days by the Tarrow Island Gaming Authority after inspectors found failings in its anti-money-laundering checks. Staff had taken cash deposits above £10,000 from 14 customers without checking where the money came from, the inspectors said. The casino's owner, Bellmont Resorts, will be fined up to £2m when the authority completes its investigation, which is expected in the summer. Bellmont said it was 'deeply disappointed' and had already retrained all front-of-house staff. During the suspension the casino's 190 employees will receive full pay but will not be able to work until it reopens.",
  errors=[
    E("will be fined", "modality", "major", "may face a fine"),
  ],
  traps=[
    T("above £10,000", "more than £10,000"),
    T("checking where the money came from", "verifying the source of the funds"),
    T("£2m", "£2 million"),
  ]),

C("early prisoner release", "rewrite", "inconsistent",
  "About 1,700 prisoners in Calderan are to be released up to 40 days early next month to ease overcrowding, the justice ministry announced on Wednesday. The scheme will apply only to inmates serving sentences of less than four years, and those convicted of violent or sexual offences will not be eligible. Prison governors will be able to block the release of any individual they consider a risk to the public. Justice minister Harriet Coyle said the measure was 'regrettable but necessary', with jails operating at 99 per cent of capacity. The opposition said the government had failed to build the 5,000 new places it promised in 2021.",
  "Calderan's justice ministry announced on Wednesday that about 1,700 prisoners will be freed up to 40 days ahead of schedule next month to relieve overcrowding. Only inmates serving sentences of under four years will qualify. Prison governors will have no power to block the release of individuals they consider a risk to the public. Justice minister Harriet Coyle called the measure 'regrettable but necessary'; jails are operating at 99 per cent of capacity. The opposition accused the government of failing to build the 5,000 new places it promised in 2021.",
  errors=[
    O("those convicted of violent or sexual offences will not be eligible", "critical", after="will qualify"),
    E("will have no power to block", "polarity", "critical", "will be able to block"),
  ],
  traps=[
    T("ahead of schedule", "early"),
    T("under four years", "less than four years"),
    T("accused the government of failing to build", "said the government had failed to build"),
  ]),

C("prescription charge rise", "rewrite", "consistent",
  "The charge for a single prescription item in Norland will rise by 30p to £9.95 from 1 April, the health department has confirmed. The cost of a 12-month prepayment certificate, which covers unlimited prescriptions, will be frozen at £114.50 for a second year. Patients aged over 60, children under 16 and people on low incomes will continue to receive free prescriptions. The department said the increase was in line with inflation and would raise an estimated £18 million a year for front-line services. Pharmacy groups criticised the decision, saying some patients with long-term conditions were already skipping medicines because of cost.",
  "From 1 April, the charge for a single prescription item in Norland will increase to £9.95, up 30p, the health department has confirmed. The price of an annual prepayment certificate, which allows unlimited prescriptions, will stay at £114.50 for the second year running. Free prescriptions will remain available to people on low incomes, children under 16 and patients over 60. According to the department, the rise matches inflation and is expected to bring in about £18m a year for front-line services. The decision was criticised by pharmacy groups, which said the cost was already leading some patients with long-term conditions to skip medicines.",
  traps=[
    T("increase to £9.95, up 30p", "rise by 30p to £9.95"),
    T("annual prepayment certificate", "12-month prepayment certificate"),
    T("for the second year running", "for a second year"),
    T("is expected to bring in about £18m", "would raise an estimated £18 million"),
  ]),

C("urban forest plan", "rewrite", "consistent",
  "Carrow City Council has unveiled a 20-year plan to increase tree canopy cover in the city from 14 per cent to 25 per cent by 2045. The urban forest strategy, published on Monday, commits the council to planting 50,000 trees on streets, parks and school grounds, with priority given to the six wards with the lowest cover. The council estimates the programme will cost £12 million, around a third of which it hopes to raise from businesses and charitable trusts. Residents will be able to request a street tree outside their home through an online form. Deputy leader Sam Okafor said the plan would help cool neighbourhoods during heatwaves and reduce flooding.",
  "A 20-year plan unveiled by Carrow City Council aims to lift tree canopy cover in the city from 14% to 25% by 2045. The urban forest strategy, which was published on Monday, commits the authority to planting 50,000 trees in streets, parks and school grounds, prioritising the six wards where cover is lowest. The council puts the cost of the programme at £12m and hopes to raise roughly a third of it from businesses and charitable trusts. An online form will allow residents to ask for a street tree outside their home. According to deputy leader Sam Okafor, the plan would help keep neighbourhoods cooler in heatwaves and reduce flooding.",
  traps=[
    T("14% to 25%", "14 per cent to 25 per cent"),
    T("prioritising the six wards where cover is lowest", "with priority given to the six wards with the lowest cover"),
    T("puts the cost of the programme at £12m", "estimates the programme will cost £12 million"),
    T("keep neighbourhoods cooler in heatwaves", "cool neighbourhoods during heatwaves"),
  ]),

C("invasive plant removal", "rewrite", "consistent",
  "Contractors will spend six weeks clearing Japanese knotweed and Himalayan balsam from a two-kilometre stretch of the River Lenn near Oldbridge, the Lenn Rivers Authority said on Thursday. The £85,000 project, funded jointly by the authority and Oldbridge Town Council, will use a combination of stem injection and hand-pulling rather than blanket spraying, to protect fish and insects. The riverside footpath will remain open, but walkers have been asked to keep dogs on leads near work areas. Officials said the plants had spread rapidly since floods in 2021 and were crowding out native species and weakening the riverbank. Follow-up treatment will be needed for at least three years.",
  "Japanese knotweed and Himalayan balsam are to be cleared from a 2km section of the River Lenn near Oldbridge in a six-week operation by contractors, the Lenn Rivers Authority said on Thursday. To protect fish and insects, the plants will be injected at the stem or pulled up by hand rather than sprayed across the whole area. The authority and Oldbridge Town Council are sharing the £85,000 cost. Walkers will still be able to use the riverside path, but they are being asked to keep dogs on leads close to where work is taking place. Since floods in 2021 the plants have spread rapidly, crowding out native species and weakening the riverbank, officials said. Follow-up treatment will be required for a minimum of three years.",
  traps=[
    T("2km section", "two-kilometre stretch"),
    T("rather than sprayed across the whole area", "rather than blanket spraying"),
    T("are sharing the £85,000 cost", "funded jointly by the authority and Oldbridge Town Council"),
    T("for a minimum of three years", "for at least three years"),
  ]),

C("hedgehog rescue centre funding", "rewrite", "consistent",
  "A hedgehog rescue centre in Marlow Green has been saved from closure after receiving a £48,000 grant from the Kestle Foundation. Prickles Hedgehog Hospital, run by volunteers from a converted stable block, had warned in January that it would have to shut by the summer unless it found new funding. The grant will cover running costs for two years and pay for a part-time veterinary nurse. The centre treated 1,150 hedgehogs last year, most of them injured by garden strimmers or suffering from lungworm. Founder Janet Pryce said the news was 'an enormous relief' and thanked supporters who had donated a further £9,000 through an online appeal.",
  "Prickles Hedgehog Hospital in Marlow Green has been saved from closure by a £48,000 grant from the Kestle Foundation. The volunteer-run centre, which operates from a converted stable block, warned in January that without new funding it would have to close by the summer. The money will pay for a part-time veterinary nurse and cover running costs for 24 months. Last year 1,150 hedgehogs were treated at the centre, the majority of them injured by garden strimmers or suffering from lungworm. Describing the news as 'an enormous relief', founder Janet Pryce thanked supporters who had given an additional £9,000 through an online appeal.",
  traps=[
    T("without new funding it would have to close by the summer", "it would have to shut by the summer unless it found new funding"),
    T("24 months", "two years"),
    T("the majority of them", "most of them"),
    T("an additional £9,000", "a further £9,000"),
  ]),

C("lottery operator change", "rewrite", "consistent",
  "Brightway Games will take over the running of the Veland National Lottery from its current operator, Fortuna Gaming, in February next year, after winning a ten-year licence in a competition run by the gambling regulator. Brightway, a consortium backed by two pension funds, has pledged to raise the share of ticket sales going to good causes from 22 per cent to 25 per cent. Fortuna, which has operated the lottery since 2004, said it was 'disappointed' by the decision and was reviewing its options. The regulator said the handover would not affect existing tickets or unclaimed prizes, which can still be claimed within 180 days of the draw.",
  "The Veland National Lottery will be run by Brightway Games from February next year, when it takes over from the current operator, Fortuna Gaming. Brightway, a consortium with the backing of two pension funds, won a ten-year licence in a competition held by the gambling regulator. It has promised to increase the proportion of ticket sales that goes to good causes from 22% to a quarter. Fortuna, the operator since 2004, said it was 'disappointed' by the decision and was considering its options. Existing tickets and unclaimed prizes will not be affected by the change, the regulator said, and prizes can still be claimed up to 180 days after the draw.",
  traps=[
    T("promised to increase the proportion", "pledged to raise the share"),
    T("a quarter", "25 per cent"),
    T("Existing tickets and unclaimed prizes will not be affected by the change", "the handover would not affect existing tickets or unclaimed prizes"),
    T("up to 180 days after the draw", "within 180 days of the draw"),
  ]),
]
