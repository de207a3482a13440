"""Cases 21-30 (summaries)."""
from .h import C, E, OM, T

CASES = [
# 21 --------------------------------------------------------------------
C("ransomware attack council", "summary", "consistent",
"""Mereford Borough Council has confirmed that a ransomware attack has disrupted its
online services for more than a week and that the personal data of some residents may
have been stolen. The attack, first detected on 3 March, forced the council to take its
website, payments system and housing benefit portal offline. Chief executive Sandra
Okoye said the council had not paid, and would not pay, any ransom. A criminal group
calling itself Black Lantern has claimed responsibility and published what it says are
2,000 council documents online. The council said it was working with the National Cyber
Response Centre and police to establish what data had been taken. Residents have been
advised to watch for suspicious emails and phone calls. The council expects most
services to be restored by the end of the month.""",
"""A ransomware attack first detected on 3 March has kept Mereford Borough Council's
website, payments system and housing benefit portal offline for over a week, and some
residents' personal data may have been stolen. A group called Black Lantern has claimed
the attack and posted what it says are 2,000 council documents. The council, which says
it has not paid and will not pay a ransom, is working with police and the National
Cyber Response Centre and expects most services to be back by the end of the month.""",
traps=[T("over a week", "more than a week"),
       T("has claimed the attack", "has claimed responsibility"),
       T("has not paid and will not pay a ransom", "had not paid, and would not pay, any ransom"),
       T("to be back", "to be restored")]),

# 22 --------------------------------------------------------------------
C("sinkhole street", "summary", "inconsistent",
"""A sinkhole measuring around eight metres wide and five metres deep opened up in
Fairlie Road, Brenton, on Tuesday evening, forcing the evacuation of 14 homes. No one
was hurt, but two parked cars fell into the hole. Brenton District Council said a
collapsed Victorian sewer was the most likely cause, although engineers from utility
company Castwell Water were still investigating. Residents have been placed in
temporary accommodation and may not be able to return for up to three weeks while the
road is stabilised. Castwell Water said it would cover the cost of repairs if its
pipework was found to be responsible. The road is expected to remain closed to traffic
until at least the end of next month.""",
"""A sinkhole about eight metres wide opened in Fairlie Road, Brenton, on Tuesday
evening, swallowing two parked cars and forcing 14 homes to be evacuated; nobody was
hurt. The council said a collapsed Victorian sewer was the most likely cause, although
council engineers were still investigating. Residents could be out of their homes for
up to three weeks, and Castwell Water will pay for the repairs. The road is expected to
stay closed until at least the end of next month.""",
errors=[E("council engineers", "entity", "major",
          "engineers from utility company Castwell Water"),
        E("Castwell Water will pay for the repairs", "modality", "major",
          "would cover the cost of repairs if its pipework was found to be responsible")],
traps=[T("about eight metres wide", "around eight metres wide"),
       T("could be out of their homes for up to three weeks",
         "may not be able to return for up to three weeks")]),

# 23 --------------------------------------------------------------------
C("tornado warning system", "summary", "consistent",
"""The state emergency agency of Varnell will install 120 new tornado sirens across its
five western counties by next April, after an investigation found that outdated
equipment had failed to warn residents before a tornado struck the town of Ebbridge in
May. The storm killed four people and damaged more than 300 buildings. The agency's
review found that 17 of the 40 sirens in the area did not sound, and that mobile phone
alerts were sent 11 minutes after the tornado touched down. The $9.6 million upgrade
will be paid for from the state's disaster resilience fund. Agency director Carl
Heffernan said alerts would in future be issued automatically as soon as forecasters
issued a warning, rather than requiring manual approval. Ebbridge's mayor, Lorna Quist,
said the changes came 'too late for four families'.""",
"""After a review found that outdated equipment had failed to warn Ebbridge residents
before a deadly tornado in May (17 of the area's 40 sirens stayed silent and phone
alerts went out 11 minutes after touchdown), Varnell's state emergency agency is to
install 120 new sirens across its five western counties by next April in a $9.6m
upgrade. Its director says alerts will in future go out automatically once forecasters
issue a warning, instead of needing manual approval.""",
traps=[T("stayed silent", "did not sound"),
       T("went out 11 minutes after touchdown",
         "were sent 11 minutes after the tornado touched down"),
       T("$9.6m", "$9.6 million"),
       T("instead of needing manual approval", "rather than requiring manual approval")]),

# 24 --------------------------------------------------------------------
C("publishing merger", "summary", "inconsistent",
"""Harrow & Lyle, one of the country's oldest publishing houses, has agreed to be
acquired by the larger Pemberton Media Group in a deal worth £410 million, the companies
announced on Wednesday. The combined business will publish around 4,000 titles a year
and employ 2,300 people. Pemberton's chief executive, Nadia Fensome, will lead the merged
group, while Harrow & Lyle's publisher, Simon Achebe, will become head of a new literary
fiction division. The deal requires approval from the Competition and Markets Office,
which is expected to examine its impact on payments to authors. The Society of Authors
and Illustrators said it had 'serious concerns' about further consolidation in the
industry. The companies said no job losses were planned.""",
"""Harrow & Lyle has agreed to buy Pemberton Media Group in a £410m deal that will
create a publisher of about 4,000 titles a year with 2,300 staff. Pemberton chief
executive Nadia Fensome will run the combined group. The deal needs clearance from the
Competition and Markets Office, and an authors' body has voiced serious concerns about
consolidation; the companies say no job cuts are planned.""",
errors=[E("Harrow & Lyle has agreed to buy Pemberton Media Group", "role", "critical",
          "has agreed to be acquired by the larger Pemberton Media Group")],
traps=[T("2,300 staff", "employ 2,300 people"),
       T("no job cuts are planned", "no job losses were planned")]),

# 25 --------------------------------------------------------------------
C("party leadership challenge", "summary", "consistent",
"""Fiona Castell, the deputy leader of the opposition Reform and Renewal Party, has
launched a formal challenge to the party's leader, Graham Whitby, after securing the
backing of 34 of the party's 112 members of parliament. Under party rules, a challenger
needs the support of at least a quarter of MPs to trigger a contest. Ms Castell said the
party needed 'a fresh start' after it finished third in last month's regional
elections, losing more than 200 council seats. Mr Whitby, who has led the party for six
years, said he would fight the challenge and was confident of winning. Party members
will vote in a postal ballot, with the result due to be announced on 9 December. Ms
Castell has resigned as deputy leader to run.""",
"""Deputy leader Fiona Castell has stepped down from that post to challenge Graham
Whitby for the leadership of the Reform and Renewal Party, having cleared the threshold
of a quarter of MPs with the backing of 34 of the 112. She says the party needs 'a
fresh start' after coming third in last month's regional elections. Mr Whitby, leader
for six years, says he will fight the challenge; the result of a postal ballot of
members is due on 9 December.""",
traps=[T("stepped down from that post", "resigned as deputy leader"),
       T("cleared the threshold of a quarter of MPs", "at least a quarter of MPs"),
       T("coming third", "finished third"),
       T("leader for six years", "who has led the party for six years")]),

# 26 --------------------------------------------------------------------
C("desalination plant approval", "summary", "inconsistent",
"""The regional planning board of Calvora has approved plans for a desalination plant
on the Punta Serra coast that would supply drinking water to up to 400,000 people. The
€290 million plant, to be built by a consortium led by Aquamar Infraestructuras, would
produce 120,000 cubic metres of fresh water a day when it opens, scheduled for 2028. The
board voted nine to three in favour after a five-hour hearing. Environmental group Mar
Viva had objected that brine discharged from the plant would damage seagrass meadows,
but the board accepted the developer's proposal to disperse the brine through a
2-kilometre outfall pipe. The region has suffered three consecutive years of drought,
and reservoirs are currently at 22% of capacity.""",
"""Calvora's planning board has voted 9-3 to approve a €290m desalination plant on the
Punta Serra coast, due to open in 2028 and supply up to 400,000 people. Environmental
group Mar Viva, which is now considering a legal challenge, had warned that brine would
harm seagrass meadows, but the board accepted a plan to disperse it through a 2km
outfall pipe. After three years of drought in a row, reservoirs are at less than a
fifth of capacity.""",
errors=[E("which is now considering a legal challenge", "addition", "minor", None),
        E("less than a fifth of capacity", "number", "minor", "22% of capacity")],
traps=[T("9-3", "nine to three"),
       T("2km", "2-kilometre")]),

# 27 --------------------------------------------------------------------
C("mountain climber death", "summary", "consistent",
"""A 41-year-old climber from Lindholm has died after falling around 200 metres while
descending the north face of Mount Skarra on Sunday, mountain rescue officials said. The
man, who has not been named, was climbing with two companions who were unhurt. They
raised the alarm at about 2pm, and a rescue helicopter reached the site within 40
minutes, but the climber was pronounced dead at the scene. Rescue coordinator Henrik
Aalto said conditions had been icy and that a sudden drop in temperature on Sunday
morning had made the descent 'extremely hazardous'. It is the third fatal accident on
the mountain this year. Police said there were no suspicious circumstances. His family
has been informed.""",
"""An unnamed 41-year-old climber from Lindholm was killed on Sunday when he fell about
200 metres while descending the north face of Mount Skarra; his two companions were not
injured. A rescue helicopter arrived within 40 minutes of the alarm being raised, but he
was declared dead at the scene. Rescue coordinator Henrik Aalto said icy conditions and
a sudden drop in temperature had made the descent 'extremely hazardous'. It is the third
fatal accident on the mountain this year.""",
traps=[T("unnamed", "has not been named"),
       T("about 200 metres", "around 200 metres"),
       T("were not injured", "were unhurt"),
       T("declared dead", "pronounced dead")]),

# 28 --------------------------------------------------------------------
C("app store ruling", "summary", "inconsistent",
"""A court in the Federal Republic of Ostria has ruled that technology company Quarry
Systems abused its dominant position by forcing app developers to use its own payment
system on the QuarryStore. The competition court ordered the company to allow developers
to link to cheaper payment options outside the store within 90 days and fined it 140
million crowns. The case was brought by the game developer Fablewright, which said
Quarry's 30% commission had cost it millions. Quarry Systems said it 'strongly
disagreed' with the decision and would appeal to the supreme court. Analysts said the
ruling could cut Quarry's app store revenue in Ostria by as much as 15%, although the
company is unlikely to have to make changes until the appeal is heard.""",
"""Ostria's competition court has found that Quarry Systems abused its dominance by
making app developers use its own QuarryStore payment system, fining it 140 million
crowns and ordering it to scrap its 30% commission within 90 days. Quarry plans to
appeal to the supreme court; analysts say the ruling could cut its Ostrian app store
revenue by up to 15%, but changes are unlikely before the appeal is heard.""",
errors=[E("ordering it to scrap its 30% commission", "event", "major",
          "ordered the company to allow developers to link to cheaper payment options outside the store")],
traps=[T("plans to appeal", "would appeal"),
       T("by up to 15%", "by as much as 15%"),
       T("changes are unlikely before the appeal is heard",
         "the company is unlikely to have to make changes until the appeal is heard")]),

# 29 --------------------------------------------------------------------
C("cocoa price record", "summary", "consistent",
"""Cocoa futures hit a record high of $11,420 a tonne on the Harbourside Commodities
Exchange on Tuesday, up 62% since the start of the year, as poor harvests in West Africa
tightened global supplies. Traders said heavy rains followed by a prolonged dry spell
had damaged crops in the region, which produces about 70% of the world's cocoa. The
International Cocoa Council forecast a supply shortfall of 410,000 tonnes this season,
the largest in more than 40 years. Confectioner Delmont Foods said it would raise
chocolate prices by an average of 8% from February and reduce the size of some bars.
Analysts at Fairholme Bank said prices could ease next year if weather conditions
improved, but warned that farm investment had been low for years.""",
"""Cocoa futures reached a record $11,420 a tonne on Tuesday, 62% higher than at the
start of the year; traders blamed bad weather for poor harvests in West Africa, which
grows roughly seven-tenths of the world's cocoa. The International Cocoa Council expects
this season's supply shortfall to be the biggest in over four decades, and Delmont Foods
plans to put chocolate prices up by an average of 8% from February.""",
traps=[T("62% higher than at the start of the year", "up 62% since the start of the year"),
       T("roughly seven-tenths", "about 70%"),
       T("the biggest in over four decades", "the largest in more than 40 years"),
       T("put chocolate prices up", "raise chocolate prices")]),

# 30 --------------------------------------------------------------------
C("stop and search figures", "summary", "inconsistent",
"""Police in the Ravensholt force area carried out 18,400 stop and searches in the year
to March, a 22% increase on the previous year, according to figures published by the
Home Department on Thursday. Black people were searched at a rate nine times higher than
white people, up from seven times the year before. Drugs were the most common reason
for a search, accounting for 61% of the total, and 14% of searches led to an arrest.
Chief Constable Martin Leigh said the rise reflected a targeted operation against knife
crime launched last summer. But the campaign group Fair Stop said the figures showed 'a
deeply entrenched disparity' and called for an independent review. The force's police
and crime commissioner, Joan Harker, said she would examine the data with community
groups next month.""",
"""Stop and searches by Ravensholt police rose 22% to 18,400 in the year to March, Home
Department figures show, and black people were searched at nine times the rate of white
people, up from seven times. The chief constable attributed the rise to a knife crime
operation launched this spring, while an independent review was demanded by police and
crime commissioner Joan Harker.""",
errors=[E("launched this spring", "date", "minor", "launched last summer"),
        E("police and crime commissioner Joan Harker", "attribution", "major",
          "the campaign group Fair Stop")],
traps=[T("rose 22% to 18,400", "18,400 stop and searches in the year to March, a 22% increase"),
       T("at nine times the rate of white people", "at a rate nine times higher than white people")]),
]
