"""Cases 031-040 of set171 (hand-written; all names invented)."""
from .common import case, err, omit, trap

CASES = [
# 031 ---------------------------------------------------------------
case("cat trespass dispute", "rewrite", "consistent",
'''A dispute between two neighbours in Caldmore Rise over a cat that repeatedly entered a house through a dog flap has been settled out of court, three weeks before it was due to be heard. Retired teacher Philippa Graves had sought an injunction against Martin Oduya, claiming his ginger tom, Biscuit, had eaten her dog's food, damaged a sofa and frightened her elderly spaniel. Mr Oduya has agreed to fit Biscuit with a collar that triggers a deterrent at the flap and to pay £450 towards the cost of the sofa. Neither side admitted liability. A solicitor for Ms Graves said her client was "pleased to put the matter behind her". Legal experts say cat owners are generally not liable for their pets straying onto other people's property.''',
'''Three weeks before it was due in court, a row between Caldmore Rise neighbours over a cat that kept getting into a house through a dog flap has been resolved without a hearing. Philippa Graves, a retired teacher, had been seeking an injunction against Martin Oduya, alleging that Biscuit, his ginger tom, had eaten her dog's food, damaged a sofa and scared her elderly spaniel. Under the settlement, in which neither side accepted liability, Mr Oduya will give Biscuit a collar that sets off a deterrent at the flap and will contribute £450 towards the sofa. Ms Graves was "pleased to put the matter behind her", her solicitor said. Cat owners, legal experts say, are not usually liable when their pets stray onto someone else's property.''',
traps=[
    trap("has been resolved without a hearing", "has been settled out of court"),
    trap("scared", "frightened"),
    trap("neither side accepted liability", "Neither side admitted liability"),
    trap("are not usually liable", "are generally not liable"),
]),

# 032 ---------------------------------------------------------------
case("field name project", "translation", "inconsistent",
'''Volunteers in the parish of Llanfeiriol have recorded the names of more than 1,300 fields, many of which appear on no map, as part of a project to preserve the area's Welsh-language heritage. Over two years, project members interviewed 85 farmers and older residents and compared their answers with tithe maps from the 1840s. Names such as 'Cae'r Ffynnon' (field of the well) and 'Gwaun y Gog' (cuckoo's meadow) often reveal how land was used centuries ago, said project coordinator Elin Prydderch. The names will be added to an online map launched this week, and a book is planned for next year. The project received £18,000 from a heritage fund. Organisers fear that many names will be forgotten as farms are merged and older generations pass away.''',
'''In Llanfeiriol parish, volunteers have documented over 1,300 field names, many of them not found on any map, in a bid to safeguard the area's Welsh-language heritage. During the two-year project, members spoke to 85 farmers and older people in the area and checked what they were told against tithe maps dating from the 1840s. According to project coordinator Elin Prydderch, names like 'Cae'r Ffynnon' (the well field) and 'Gwaun y Gog' (the cuckoo's meadow) frequently show how the land was used hundreds of years ago. The names are going onto an online map that was launched this week, and a book is planned for next year. The project has applied for £18,000 from a heritage fund. The organisers are worried that many names will be lost as farms merge and older generations die.''',
errors=[
    err("has applied for £18,000", "event", "major", "received £18,000"),
],
traps=[
    trap("over 1,300 field names", "the names of more than 1,300 fields"),
    trap("checked what they were told against", "compared their answers with"),
    trap("hundreds of years ago", "centuries ago"),
]),

# 033 ---------------------------------------------------------------
case("vicarage sale controversy", "rewrite", "inconsistent",
'''The diocese of Marlow Heath has defended its decision to sell the Old Vicarage in Stoke Ambrey for £1.35 million, after parishioners complained that the proceeds would not be spent in the village. The seven-bedroom Georgian house, which has not been occupied by a vicar since 2009, was sold at auction on Tuesday to a private buyer. A spokesperson for the diocese said the money would go into a central fund supporting clergy housing across its 112 parishes, and that Stoke Ambrey's vicar lived in a modern house nearby. Parish councillor Ruth Emsley said many residents felt "the village has lost something and got nothing back". The diocese said it had offered the house to the parish council in 2022, but the council had been unable to raise the money.''',
'''Parishioners in Stoke Ambrey have complained that none of the £1.35m raised from the sale of the Old Vicarage will be spent in the village, but the diocese of Marlow Heath has stood by its decision. The seven-bedroom Georgian property, which has been home to the village's vicar since 2009, went under the hammer on Tuesday and was bought by a private buyer. According to a diocesan spokesperson, the proceeds will go into a central fund that supports clergy housing in all 112 of its parishes, and Stoke Ambrey's vicar lives in a modern house close by. Many residents feel "the village has lost something and got nothing back", said parish councillor Ruth Emsley. The diocese said the parish council was offered the house in 2022 but could not raise the money.''',
errors=[
    err("has been home to the village's vicar since 2009", "polarity", "major", "has not been occupied by a vicar since 2009"),
],
traps=[
    trap("has stood by its decision", "has defended its decision"),
    trap("went under the hammer", "was sold at auction"),
    trap("could not raise the money", "had been unable to raise the money"),
]),

# 034 ---------------------------------------------------------------
case("election tie drawing lots", "summary", "consistent",
'''A seat on Brindle Parish Council was decided by drawing lots on Friday after two candidates each received 214 votes, even after two recounts. Returning officer Sandra Keyes placed the names of Independent candidate Owen Radley and Green candidate Lucy Farrant on folded slips in a ballot box, and the first slip drawn bore Mr Radley's name. Under electoral law, lots must be drawn when a tie cannot be broken. Ms Farrant said she was "gutted but philosophical" and would stand again. Turnout in the ward was 41 per cent. The result means independents keep control of the 11-seat council with six seats. Mr Radley, a retired fire officer, said he would "work for everyone, including the 214 who voted for Lucy".''',
'''Independent Owen Radley won a seat on Brindle Parish Council when lots were drawn on Friday, after he and Green candidate Lucy Farrant finished on 214 votes apiece despite two recounts. His name was on the first slip drawn from the ballot box, a result that leaves independents in control of the 11-seat council with six seats. Ms Farrant said she was "gutted but philosophical" and would stand again.''',
traps=[
    trap("when lots were drawn", "decided by drawing lots"),
    trap("214 votes apiece", "each received 214 votes"),
    trap("despite two recounts", "even after two recounts"),
    trap("leaves independents in control of", "independents keep control of"),
]),

# 035 ---------------------------------------------------------------
case("kimchi making festival", "translation", "consistent",
'''More than 2,000 volunteers made 150 tonnes of kimchi in the central square of Haewon on Saturday for distribution to low-income households ahead of winter. The event, organised by the city and the Haewon Women's Association for the 12th year, used 60,000 heads of napa cabbage, most of them grown by farmers in the surrounding county. Mayor Jeon Min-seok said the kimchi would be delivered to about 9,500 homes, including elderly people living alone, within a week. Organisers said the cost of cabbage had risen by 30 per cent compared with last year because of a poor harvest, but local businesses had donated enough to cover the difference. Visitors were also able to take part in a tasting contest and buy jars of kimchi, with proceeds going to a children's hospital.''',
'''On Saturday, upwards of 2,000 volunteers gathered in Haewon's central square and produced 150 tonnes of kimchi to be handed out to low-income households before winter sets in. Now in its 12th year, the event is run jointly by the city and the Haewon Women's Association; this time it used 60,000 napa cabbages, the majority from farms in the surrounding county. The kimchi will reach around 9,500 homes, among them elderly people who live on their own, within seven days, according to Mayor Jeon Min-seok. A weak harvest pushed cabbage prices up 30% on last year, organisers said, but donations from local businesses made up the shortfall. Visitors could also enter a tasting competition and buy jars of kimchi, with the money raised going to a children's hospital.''',
traps=[
    trap("upwards of 2,000 volunteers", "More than 2,000 volunteers"),
    trap("within seven days", "within a week"),
    trap("up 30% on last year", "risen by 30 per cent compared with last year"),
    trap("donations from local businesses made up the shortfall", "local businesses had donated enough to cover the difference"),
]),

# 036 ---------------------------------------------------------------
case("churchyard exhumation application", "rewrite", "inconsistent",
'''A woman has applied for permission to move her grandfather's remains from a churchyard in Wetherfold to Castlebury, 200 miles away, so that he can lie beside his wife. Carol Ainsworth, 58, has asked the consistory court to approve the exhumation of Albert Ainsworth, who died in 1991 and was buried at St Bride's church. Her grandmother, Mary, was buried in Castlebury last year. The church's vicar, the Rev Peter Lowe, has objected, saying graves should be disturbed only in exceptional circumstances and that the family had chosen the plot at the time. Mrs Ainsworth's brother, David, supports the application. The court's chancellor, Judge Amelia Rusk, is expected to give her decision in writing next month.''',
'''Carol Ainsworth, 58, has applied to the consistory court for permission to move her grandfather's remains from Castlebury to a churchyard in Wetherfold, 200 miles away, so that he can lie beside his wife. Albert Ainsworth died in 1991 and was buried at St Bride's church; his wife Mary was buried in Castlebury last year. The Rev Peter Lowe, vicar of St Bride's, has objected, pointing out that the family chose the plot at the time. Mrs Ainsworth has the support of her brother, David. The court's chancellor, Judge Amelia Rusk, who has said graves should be disturbed only in exceptional circumstances, is likely to give her decision in writing next month.''',
errors=[
    err("from Castlebury to a churchyard in Wetherfold", "role", "critical", "from a churchyard in Wetherfold to Castlebury"),
    err("Judge Amelia Rusk, who has said", "attribution", "major", "the Rev Peter Lowe, has objected, saying"),
],
traps=[
    trap("Mrs Ainsworth has the support of her brother, David", "Mrs Ainsworth's brother, David, supports the application"),
    trap("is likely to give", "is expected to give"),
]),

# 037 ---------------------------------------------------------------
case("christmas lights brightness limit", "summary", "inconsistent",
'''Householders in Pelham Green could face fines of up to £250 if their Christmas light displays are judged too bright, under proposals published by Ashwell Borough Council on Monday. The draft rules would limit outdoor decorative lighting to 2,000 lumens per property and ban flashing lights after 11pm. They follow 47 complaints last winter about a handful of homes on the Marlpit estate, one of which used more than 30,000 bulbs and drew coach parties from across the county. Council officer Dean Whitlow said the aim was "not to cancel Christmas" but to protect residents' sleep and reduce traffic. The proposals are open to public consultation until 15 January, and councillors will vote on them in March. Several display owners have raised thousands of pounds for charity.''',
'''Pelham Green householders will face fines of up to £250 for over-bright Christmas lights under draft rules published by Ashwell Borough Council on Monday, which would cap outdoor displays at 2,000 lumens per property and ban flashing lights after 11pm. The plans follow 47 complaints last winter about a handful of Marlpit estate homes, including one whose display of over 30,000 bulbs attracted coach parties. Councillors approved the rules in March after a public consultation.''',
errors=[
    err("will face fines", "modality", "major", "could face fines"),
    err("Councillors approved the rules in March after a public consultation", "event", "major", "councillors will vote on them in March"),
],
traps=[
    trap("over 30,000 bulbs", "more than 30,000 bulbs"),
    trap("attracted coach parties", "drew coach parties"),
]),

# 038 ---------------------------------------------------------------
case("treehouse planning permission", "rewrite", "consistent",
'''A family in Ravensholt has been granted retrospective planning permission for a two-storey treehouse built in an oak in their back garden, overturning an earlier refusal. The structure, built by Jonathan and Priya Hale for their three children during the first lockdown, stands 5.8 metres high and includes a rope bridge and a slide. Neighbours complained in 2022 that it overlooked their gardens, and the district council refused permission the following year, ordering its removal. The Hales appealed, and a planning inspector ruled on Tuesday that it could stay, provided frosted panels are fitted to the windows facing two neighbouring properties within three months. The inspector said the treehouse did not harm the character of the area. The council said it accepted the decision.''',
'''A two-storey treehouse built in an oak in a Ravensholt back garden can stay after the family were granted retrospective planning permission, overturning an earlier refusal. Jonathan and Priya Hale put up the 5.8m structure, which has a rope bridge and a slide, for their three children during the first lockdown. After neighbours complained in 2022 that it looked into their gardens, the district council refused permission in 2023 and ordered the treehouse to be taken down. The Hales appealed, and on Tuesday a planning inspector ruled that it could remain as long as frosted panels are fitted within three months to the windows facing two neighbouring properties. The treehouse did no harm to the character of the area, the inspector said, and the council said it accepted the decision.''',
traps=[
    trap("5.8m structure", "stands 5.8 metres high"),
    trap("looked into their gardens", "overlooked their gardens"),
    trap("in 2023", "the following year"),
    trap("as long as", "provided"),
    trap("did no harm to", "did not harm"),
]),

# 039 ---------------------------------------------------------------
case("election tie coin toss", "translation", "inconsistent",
'''The mayor of the small town of Roccanera was chosen by the toss of a coin on Monday after both candidates received exactly 312 votes in Sunday's municipal election. Under regional electoral law, a tie in towns with fewer than 3,000 inhabitants is settled by lot. The coin was tossed by the president of the electoral commission, Dr Franca Melis, in front of both candidates and about 50 residents in the town hall. Outgoing councillor Marco Desogus won and will serve a five-year term. His opponent, pharmacist Giulia Arru, said she accepted the result "with a smile" and would lead the opposition. Turnout was 78 per cent. The regional electoral office said it was the first time in 40 years that a mayoral race in the region had ended in a tie.''',
'''A coin toss on Monday decided who would become mayor of Roccanera, a small town where the two candidates had each won precisely 312 votes in Sunday's local election. Regional election law says that in municipalities of under 3,000 people a tie is resolved by drawing lots. Dr Franca Melis, who chairs the electoral commission, flipped the coin in the town hall, watched by the two candidates and some 50 residents. The winner was Marco Desogus, a councillor in the outgoing administration, who will now hold office for five years. His rival, the pharmacist Giulia Arru, said she took the outcome "with a smile" and would head the opposition. Turnout stood at 78%. According to Dr Melis, no mayoral contest in the region had ended in a tie for 40 years.''',
errors=[
    err("According to Dr Melis", "attribution", "minor", "The regional electoral office said"),
],
traps=[
    trap("each won precisely 312 votes", "both candidates received exactly 312 votes"),
    trap("Dr Franca Melis, who chairs the electoral commission", "the president of the electoral commission, Dr Franca Melis"),
    trap("some 50 residents", "about 50 residents"),
]),

# 040 ---------------------------------------------------------------
case("tabletop wargaming club", "rewrite", "consistent",
'''The Saltmarsh Tabletop Wargaming Club has secured a permanent home after eight years of meeting in pub back rooms, signing a ten-year lease on a former carpet shop on Quay Street. The club, which has 74 members aged from 11 to 83, will use the 180-square-metre space for weekly games, painting workshops and an annual tournament that last year attracted players from 19 towns. Club chairman Ravi Dhillon said members had raised £11,000 towards the fit-out through a sponsored 24-hour game and the sale of donated miniatures. The town council has contributed a further £4,000 from its community grants fund. The venue is due to open on 6 March, and sessions for beginners will be held on Sunday afternoons.''',
'''After eight years of gathering in the back rooms of pubs, the Saltmarsh Tabletop Wargaming Club has found a permanent base: a former carpet shop on Quay Street, on which it has taken a ten-year lease. Its 74 members, who range in age from 11 to 83, will use the 180 sq m space for games every week, painting workshops and a yearly tournament, which drew players from 19 towns last year. Members have raised £11,000 for fitting out the premises through a sponsored game lasting a full day and night and the sale of donated miniatures, according to chairman Ravi Dhillon, and the town council has added another £4,000 from its community grants fund. The venue should open on 6 March, with beginners' sessions on Sunday afternoons.''',
traps=[
    trap("who range in age from 11 to 83", "aged from 11 to 83"),
    trap("180 sq m", "180-square-metre"),
    trap("lasting a full day and night", "24-hour"),
    trap("has added another £4,000", "has contributed a further £4,000"),
    trap("should open", "is due to open"),
]),
]
