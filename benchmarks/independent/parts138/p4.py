"""set138 cases 31-40: translations (two independent English renderings of one foreign-language story)."""
from .common import C, E, O, T

CASES = [
C("cycling team doping", "translation", "inconsistent",
  "The Independent Cycling Integrity Unit has suspended the Spanish team Sierra Velox from all competitions for 45 days after two of its riders returned positive tests for EPO within a twelve-month period. The first case, involving the Basque climber Iker Arrondo, was made public in March; the second, concerning the young sprinter Dani Quesada, was confirmed last week. Under the rules, a team with two positive results in a year may be suspended for between 15 and 45 days. The team's director, Rafael Ugarte, said in a statement that the squad had 'zero tolerance' for doping and that both riders had been dismissed. The suspension means Sierra Velox will miss the Ruta de los Pinares, which starts on 8 June.",
  "Sierra Velox, the Spanish team, has been banned from every competition for 45 days by the Independent Cycling Integrity Unit, because two of its riders tested positive for EPO inside a year. The first case, that of Basque climber Iker Arrondo, became public in March, while the second, that of the young sprinter Dani Ugarte, was confirmed last week. The regulations allow a team with two positives in twelve months to be suspended for 15 to 54 days. Team director Rafael Ugarte stated that the team had 'zero tolerance' towards doping and that both riders had been sacked. Because of the suspension, Sierra Velox will not take part in the Ruta de los Pinares, which begins on 8 June.",
  errors=[
    E("Dani Ugarte", "entity", "major", "Dani Quesada"),
    E("54", "number", "minor", "45"),
  ],
  traps=[
    T("inside a year", "within a twelve-month period"),
    T("had been sacked", "had been dismissed"),
    T("will not take part in", "will miss"),
  ]),

C("monastery tourist cap", "translation", "inconsistent",
  "The monastery of Agios Thalassios on the island of Kerinos will admit no more than 800 visitors a day from 1 May, the abbot, Father Nikodimos, announced. The monks say that the number of tourists has tripled in five years and that the crowds disturb the services. Visitors will have to book a time slot online, and entry will remain free of charge. The monastery will be closed to tourists entirely on Sundays and on major feast days. Local traders, who depend heavily on cruise passengers, fear a drop in income and have asked the regional governor to intervene. The governor's office said it respected the monastery's decision.",
  "From 1 May, the monastery of Agios Thalassios on Kerinos will let in a maximum of 800 visitors per day, its abbot, Father Nikodimos, has said. According to the monks, tourist numbers have tripled over five years and the crowds are disrupting worship. Anyone wishing to visit must reserve a time slot on the internet; admission will continue to be free. On Saturdays and major religious holidays the monastery will be completely closed to tourists. Shopkeepers in the area, who rely heavily on cruise-ship passengers, are worried about losing income and have called on the regional governor to step in. The governor's office said it respected the monastery's decision.",
  errors=[
    E("On Saturdays", "date", "major", "on Sundays"),
  ],
  traps=[
    T("a maximum of 800 visitors per day", "no more than 800 visitors a day"),
    T("disrupting worship", "disturb the services"),
    T("admission will continue to be free", "entry will remain free of charge"),
  ]),

C("malaria net distribution", "translation", "consistent",
  "Health authorities in the province of Zamvela, in northern Mozambique, began distributing 1.3 million mosquito nets treated with insecticide on Monday, in a campaign that is expected to last three weeks. The nets will be delivered door to door by some 4,000 community volunteers, who will also explain how to hang and maintain them. Each household will receive one net for every two people. The campaign, financed by an international health fund and the provincial government, aims to reduce malaria cases, which rose by 15 percent last year. The provincial health director, Dr. Amélia Nhantumbo, said that pregnant women and children under five remain the most vulnerable groups.",
  "On Monday the health authorities of Zamvela province, in the north of Mozambique, started handing out 1.3 million insecticide-treated mosquito nets as part of a campaign expected to run for three weeks. Around 4,000 community volunteers will take the nets to people's homes and show residents how to hang them and look after them. Households will get one net per two members. Financing for the campaign comes from an international health fund and the provincial government, and its goal is to bring down malaria cases, which increased by 15% last year. According to provincial health director Dr Amélia Nhantumbo, children under five and pregnant women are still the groups most at risk.",
  traps=[
    T("expected to run for three weeks", "expected to last three weeks"),
    T("Around 4,000", "some 4,000"),
    T("take the nets to people's homes", "delivered door to door"),
    T("one net per two members", "one net for every two people"),
    T("15%", "15 percent"),
  ]),

C("beaver release", "translation", "consistent",
  "Six beavers were released on Thursday into an enclosed wetland near the village of Oberhelling, the first time the animals have lived in the Rehnau valley for more than 150 years. The two families, brought from a nature reserve in Saxony, will remain in the 40-hectare enclosure for at least three years while scientists study their effect on flooding and water quality. Farmers in the area had initially opposed the project, fearing damage to fields, but agreed after the district promised compensation for any losses. The project, led by the regional nature conservation association, cost 320,000 euros. Project leader Jana Weidlich said beavers were 'the best engineers nature has'.",
  "On Thursday six beavers were set free in a fenced wetland close to the village of Oberhelling, meaning the species is back in the Rehnau valley for the first time in over 150 years. The animals, two families taken from a Saxon nature reserve, are to stay in the 40-hectare enclosure for a minimum of three years so that researchers can examine how they affect flooding and water quality. Local farmers were against the scheme at first because they feared their fields would be damaged, but came round once the district pledged to compensate them for any losses. The project cost 320,000 euros and is being run by the regional nature conservation association. Its leader, Jana Weidlich, called beavers 'the best engineers nature has'.",
  traps=[
    T("set free", "released"),
    T("over 150 years", "more than 150 years"),
    T("for a minimum of three years", "for at least three years"),
    T("pledged to compensate them for any losses", "promised compensation for any losses"),
  ]),

C("wild camping ruling", "translation", "consistent",
  "The Supreme Court has ruled that a landowner in the municipality of Fjellvik acted unlawfully when he put up signs banning camping on an uncultivated hillside next to a popular hiking trail. The court found unanimously that the right to roam, which allows people to camp for up to two nights in one place on uncultivated land, also applied to the hillside, even though it is privately owned. The landowner, a 58-year-old farmer, had argued that campers left rubbish and lit fires. He must remove the signs within 30 days and pay the municipality's legal costs of 410,000 kroner. Outdoor organisations welcomed the judgment, which is expected to affect similar disputes elsewhere in the country.",
  "A landowner in Fjellvik municipality broke the law by erecting signs that prohibited camping on an uncultivated hillside beside a well-used hiking trail, the Supreme Court has decided. All the judges agreed that the right of public access, which lets people camp in the same spot for a maximum of two nights on uncultivated land, covered the hillside too, despite it being private property. The 58-year-old farmer who owns the land had said that campers left litter behind and made fires. He has 30 days to take the signs down and must pay the municipality's legal costs of 410,000 kroner. The ruling, which is likely to have consequences for similar disputes in other parts of the country, was welcomed by outdoor organisations.",
  traps=[
    T("All the judges agreed", "The court found unanimously"),
    T("right of public access", "right to roam"),
    T("for a maximum of two nights", "for up to two nights"),
    T("He has 30 days to take the signs down", "He must remove the signs within 30 days"),
    T("is likely to have consequences for", "is expected to affect"),
  ]),

C("castle ownership transfer", "translation", "consistent",
  "The Château de Valmorin, a fifteenth-century fortress overlooking the Vorne valley, has been handed over to the commune of Saint-Aubrac for a symbolic euro by the descendants of the family that has owned it since 1712. The castle's last occupant, the Countess Hélène de Valmorin, died in 2021 at the age of 93, and her heirs said they could no longer afford its upkeep. The commune, which has around 1,100 inhabitants, plans to open the ground floor and gardens to the public next summer. Urgent repairs to the roof are estimated at 2.4 million euros, half of which is expected to come from the state and the region. The mayor, Bernard Coulanges, spoke of 'a heavy but magnificent responsibility'.",
  "The descendants of the family that has owned the Château de Valmorin since 1712 have transferred the fifteenth-century fortress, which looks out over the Vorne valley, to the commune of Saint-Aubrac for a token price of one euro. Countess Hélène de Valmorin, the last person to live in the castle, died aged 93 in 2021, and her heirs said the cost of maintaining it had become too much for them. Saint-Aubrac, a commune of roughly 1,100 people, intends to open the gardens and ground floor to visitors next summer. The roof needs urgent work, estimated at 2.4 million euros, and the state and region are expected to cover 50% of the bill. Mayor Bernard Coulanges described it as 'a heavy but magnificent responsibility'.",
  traps=[
    T("a token price of one euro", "a symbolic euro"),
    T("died aged 93 in 2021", "died in 2021 at the age of 93"),
    T("roughly 1,100 people", "around 1,100 inhabitants"),
    T("cover 50% of the bill", "half of which is expected to come from the state and the region"),
  ]),

C("cat curfew proposal", "translation", "inconsistent",
  "The town council of Waldbrück is considering a proposal to keep all cats indoors from April to the end of August to protect a rare bird, the crested lark, during its breeding season. Only three breeding pairs remain in the town's southern districts, according to the local bird protection society. Owners who break the rule could face fines of up to 500 euros, and repeat offenders up to 50,000 euros. The proposal has provoked strong reactions: an online petition against it has gathered more than 6,000 signatures in a week. Mayor Thomas Reiniger stressed that no decision had yet been taken and that the council would hold a public hearing on 14 March.",
  "Waldbrück town council is weighing up a plan to confine all cats to their homes from April until the end of August in order to protect the crested lark, a rare bird, while it breeds. The local bird protection association says there are just five breeding pairs left in the southern part of the town. Cat owners who break the rule could be fined up to 500 euros, with penalties of up to 50,000 euros for those who do it repeatedly. Reactions have been heated, with more than 6,000 people signing an online petition against the plan within a week. Mayor Thomas Reiniger emphasised that nothing had been decided yet and that the council would hold a public hearing on 14 March.",
  errors=[
    E("five", "number", "major", "three"),
  ],
  traps=[
    T("weighing up a plan", "considering a proposal"),
    T("nothing had been decided yet", "no decision had yet been taken"),
  ]),

C("smoking ban outdoors", "translation", "consistent",
  "From 1 July, smoking will be banned on the terraces of bars and restaurants in the city of Villareña, the city council decided on Tuesday by 17 votes to 8. The ban will also apply to bus stops, playgrounds and within 15 metres of school entrances. Electronic cigarettes are included. Offenders will face a first warning, followed by fines of between 30 and 600 euros. The hospitality association of Villareña warned that the measure could cost its members up to a fifth of their customers in summer, and announced that it would appeal to the regional court. The health councillor, Marta Ibarra, said the city was 'following the example of many European capitals'.",
  "Villareña city council voted 17 to 8 on Tuesday to ban smoking on bar and restaurant terraces from 1 July. The ban also covers bus stops, playgrounds and the area within 15 metres of school entrances, and it extends to e-cigarettes. Anyone breaking the rule will first receive a warning and then be fined between 30 and 600 euros. Villareña's hospitality association said the measure might lose its members as many as 20% of their summer customers, and said it would take the matter to the regional court. Health councillor Marta Ibarra said the city was 'following the lead of many European capitals'.",
  traps=[
    T("voted 17 to 8", "by 17 votes to 8"),
    T("it extends to e-cigarettes", "Electronic cigarettes are included"),
    T("as many as 20%", "up to a fifth"),
    T("take the matter to the regional court", "appeal to the regional court"),
  ]),

C("stadium roof collapse inquiry", "translation", "inconsistent",
  "Prosecutors in the city of Montevardo have opened an investigation into the partial collapse of the roof of the Stadio Comunale, which injured four maintenance workers on Sunday evening. No match was taking place at the time. A section of the steel and polycarbonate canopy, about 30 metres long, fell onto the east stand after a night of heavy snow. Two of the injured men remain in hospital, but their lives are not in danger. The stadium, home to the club Montevardo Calcio, was renovated in 2019 by the firm Edilnova, whose managers have not yet been placed under investigation. The club's next two home matches will be played in a neighbouring city.",
  "Montevardo prosecutors have launched an inquiry after part of the roof of the Stadio Comunale caved in on Sunday evening, injuring four maintenance workers. There was no game in progress at the time. After a night of heavy snowfall, a roughly 30-metre section of the steel and polycarbonate canopy came down onto the east stand. Two of the injured men are still in hospital, though their lives are not at risk. The stadium, where Montevardo Calcio play, was built in 2019 by the company Edilnova, whose managers are already under investigation. The club will play its next two home games in a nearby city.",
  errors=[
    E("built", "event", "major", "renovated"),
    E("are already under investigation", "polarity", "critical", "have not yet been placed under investigation"),
  ],
  traps=[
    T("a roughly 30-metre section", "about 30 metres long"),
    T("their lives are not at risk", "their lives are not in danger"),
  ]),

C("orchestra conductor resignation", "translation", "inconsistent",
  "The chief conductor of the Linzau Philharmonic, Matthias Feldhaus, has resigned with immediate effect, two years before the end of his contract. In a letter to the orchestra's board, published on Monday, Feldhaus cited 'irreconcilable artistic differences' over planned cuts to the number of concerts. The board had decided in January to reduce the season from 60 to 44 concerts because of a funding shortfall of 1.8 million euros. Feldhaus, 61, had led the orchestra since 2016. His deputy, Sofia Marek, will conduct the remaining concerts of the season, which ends in June. The board said it regretted the decision and would begin searching for a successor in the autumn.",
  "Matthias Feldhaus, chief conductor of the Linzau Philharmonic, has stepped down with immediate effect, two years before his contract was due to run out. In a letter to the orchestra's board that was made public on Monday, he gave 'insurmountable artistic differences' over the planned reduction in concerts as his reason. Faced with a 1.8-million-euro funding gap, the board decided in June to cut the season from 60 concerts to 44. Feldhaus, who is 61, had been at the helm of the orchestra since 2016. His deputy, Sofia Marek, will conduct the rest of the season's concerts; the season runs until June. The board said it regretted his decision and would start looking for a successor in the autumn.",
  errors=[
    E("in June", "date", "major", "in January"),
  ],
  traps=[
    T("stepped down", "resigned"),
    T("insurmountable artistic differences", "irreconcilable artistic differences"),
    T("at the helm of the orchestra", "led the orchestra"),
  ]),
]
