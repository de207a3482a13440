"""Cases 021-030 of set171 (hand-written; all names invented)."""
from .common import case, err, omit, trap

CASES = [
# 021 ---------------------------------------------------------------
case("redundant chapel conversion", "rewrite", "inconsistent",
'''Plans to convert a redundant chapel in Hollins Cross into four flats have been approved by Tenbridge District Council, despite objections from 38 residents. The Grade II-listed Ebenezer Chapel, built in 1852, closed for worship in 2017 when its congregation had dwindled to nine. Developer Ridgeway Homes will keep the chapel's facade, gallery and organ case, and the former burial ground at the rear will be fenced off and maintained as a garden. Objectors argued that the building should have been offered to community groups first. Councillor Jan Petrie, who chairs the planning committee, said the conversion was "the best chance of saving a building that would otherwise fall into ruin". Work is due to start in the spring.''',
'''Tenbridge District Council has given the go-ahead for Hollins Cross's redundant Ebenezer Chapel to be turned into four flats, although 38 residents objected. The Grade II-listed chapel dates from 1852 and stopped holding services in 2017, by which time only nine worshippers remained. Ridgeway Homes, the developer, will retain the facade, the gallery and the organ case, and the old burial ground behind the building will be opened to residents as a garden. Those who objected said community groups should have been given the first chance to take the building on. Planning committee chair Councillor Jan Petrie described the scheme as "the best chance of saving a building that would otherwise fall into ruin". Building work should begin in the spring.''',
errors=[
    err("will be opened to residents as a garden", "event", "major", "will be fenced off and maintained as a garden"),
],
traps=[
    trap("has given the go-ahead", "have been approved"),
    trap("dates from 1852", "built in 1852"),
    trap("stopped holding services", "closed for worship"),
]),

# 022 ---------------------------------------------------------------
case("allotment shed size rule", "rewrite", "consistent",
'''Allotment holders in Wexcombe will be allowed larger sheds under new rules agreed by the town council on Monday. The maximum floor area rises from 4 square metres to 6 square metres, and the height limit from 2 metres to 2.4 metres, to make room for water butts and solar panels. Sheds must still be made of timber and painted green, brown or black. Plot holders who built oversized sheds before the change will not be asked to remove them, provided they are no larger than the new limits. The council manages 310 plots across three sites and has a waiting list of about 180 people. Council leader Pam Okafor said the rules had not been updated since 1994. The new limits take effect on 1 May.''',
'''New rules agreed on Monday by Wexcombe town council mean allotment holders can put up bigger sheds. Sheds may now cover up to 6 square metres instead of 4, and stand up to 2.4 metres high rather than 2 metres, leaving space for water butts and solar panels. Timber remains compulsory, as does a green, brown or black finish. Anyone who built a shed exceeding the old limits before the change can keep it, as long as it is within the new ones. The council runs three sites with 310 plots between them, and roughly 180 people are on its waiting list. According to council leader Pam Okafor, the rules were last revised in 1994. The changes apply from 1 May.''',
traps=[
    trap("up to 6 square metres instead of 4", "from 4 square metres to 6 square metres"),
    trap("Timber remains compulsory, as does a green, brown or black finish", "Sheds must still be made of timber and painted green, brown or black"),
    trap("can keep it, as long as it is within the new ones", "will not be asked to remove them, provided they are no larger than the new limits"),
    trap("the rules were last revised in 1994", "the rules had not been updated since 1994"),
]),

# 023 ---------------------------------------------------------------
case("whale song recording", "summary", "inconsistent",
'''Researchers at the Callander Marine Institute have recorded humpback whale song off the Skerrin Islands for the first time, suggesting the animals may be using the waters as a migration route. Hydrophones moored at a depth of 40 metres picked up more than 70 hours of song between January and March. Lead researcher Dr Sorcha Feeney said the songs closely matched those recorded two years earlier by a team from Norland University near the Arvik Banks, some 900 kilometres to the north. "That tells us these could be the same animals, or at least the same population," she said. The institute plans to deploy four more hydrophones next winter and is appealing for boat owners to report sightings.''',
'''Humpback whale song has been recorded off the Skerrin Islands for the first time, hinting that the waters may be a migration route. Callander Marine Institute hydrophones captured over 70 hours of song between January and March, and lead researcher Dr Sorcha Feeney said it closely matched recordings made by Norland University near the Skerrin Islands two years earlier, a sign that these could be the same animals or at least the same population.''',
errors=[
    err("Skerrin Islands", "entity", "major", "Arvik Banks", occ=1),
],
traps=[
    trap("hinting that the waters may be a migration route", "suggesting the animals may be using the waters as a migration route"),
    trap("over 70 hours", "more than 70 hours"),
]),

# 024 ---------------------------------------------------------------
case("rare bird twitcher crowds", "translation", "consistent",
'''Hundreds of birdwatchers have travelled to the village of Oosterbroek since Saturday to see a Siberian rubythroat, a small songbird that has been recorded in the country only twice before. Police closed the main road through the village on Sunday afternoon after parked cars blocked access for a bus and an ambulance. Mayor Annelies de Waard asked visitors to use a meadow on the edge of the village, which a farmer has made available as a car park for five euros a day. The bird has been seen mainly in a private garden, whose owners have allowed small groups to view it from the pavement. A local café reported selling four times as many coffees as on a normal weekend. Experts believe the bird was blown off course by easterly winds.''',
'''Since Saturday, hundreds of birders have come to Oosterbroek hoping to catch sight of a Siberian rubythroat, a little songbird observed in the country on just two previous occasions. On Sunday afternoon police shut the village's main road because parked cars were preventing a bus and an ambulance from getting through. Mayor Annelies de Waard has urged visitors to park in a field at the edge of the village that a farmer has opened for the purpose, at a charge of €5 per day. Most sightings of the bird have been in a private garden; the owners are letting small groups watch from the pavement. One village café said it had sold four times the coffee it would on an ordinary weekend. Specialists think easterly winds drove the bird off course.''',
traps=[
    trap("on just two previous occasions", "only twice before"),
    trap("€5 per day", "five euros a day"),
    trap("four times the coffee it would on an ordinary weekend", "four times as many coffees as on a normal weekend"),
    trap("Specialists think easterly winds drove the bird off course", "Experts believe the bird was blown off course by easterly winds"),
]),

# 025 ---------------------------------------------------------------
case("sausage making contest", "rewrite", "inconsistent",
'''A pork and black pudding sausage made by a butcher from Millbeck has been named Supreme Champion at the Northern Sausage Awards, beating 412 other entries. Derek Scaife, who took over Scaife's Butchers on Millbeck high street from his father 26 years ago but only started making his own sausages in 2015, received the trophy at a ceremony in Harwood on Thursday evening. Judges praised the sausage's "coarse, honest texture" and its balance of spice. Second place went to a venison and juniper sausage from Thornley Farm Shop, while a smoked beetroot sausage made by the Hedgerow Kitchen in Pelsby took third. Head judge Anne Marsh said entries had risen by a third since last year. Mr Scaife said he would put the £500 prize towards a new smoker.''',
'''Millbeck butcher Derek Scaife has taken the Supreme Champion title at the Northern Sausage Awards with a pork and black pudding sausage, seeing off 412 rival entries. Mr Scaife, who has been making his own sausages since before he took over Scaife's Butchers on Millbeck high street from his father 26 years ago, was presented with the trophy at a ceremony in Millbeck on Thursday evening. The judges singled out the sausage's "coarse, honest texture" and its balance of spice. Thornley Farm Shop's venison and juniper sausage was runner-up, and third place went to the Hedgerow Kitchen in Pelsby for a smoked beetroot sausage. Entries were up by a third on last year, according to head judge Anne Marsh. The £500 prize money will go towards a new smoker, Mr Scaife said.''',
errors=[
    err("since before he took over", "date", "major", "only started making his own sausages in 2015"),
    err("Millbeck", "entity", "minor", "Harwood", occ=2),
],
traps=[
    trap("seeing off 412 rival entries", "beating 412 other entries"),
    trap("was runner-up", "Second place went to"),
]),

# 026 ---------------------------------------------------------------
case("tree ring dating study", "summary", "consistent",
'''Timbers in the roof of St Wendreda's barn at Aldmoor were felled in the winter of 1403–04, more than a century earlier than previously thought, according to a tree-ring study commissioned by the Aldmoor Heritage Trust. Dendrochronologist Dr Colin Varga took core samples from 17 oak beams; 11 of them retained their outermost rings, allowing the felling date to be pinned down precisely. The barn had been dated to about 1520 on the basis of its carpentry style. The findings make it one of the oldest surviving timber-framed agricultural buildings in the county. Trust chairman Lionel Abbey said the result would strengthen an application for lottery funding to repair the roof, which is estimated to cost £420,000.''',
'''A tree-ring study for the Aldmoor Heritage Trust has shown that the roof timbers of St Wendreda's barn at Aldmoor were cut down in the winter of 1403–04, over 100 years before the c.1520 date previously assigned on the basis of carpentry style. Eleven of the 17 oak beams sampled kept their outer rings, allowing a precise date. The trust says this will boost its bid for lottery money for the roof repair, estimated at £420,000.''',
traps=[
    trap("cut down", "felled"),
    trap("over 100 years before", "more than a century earlier"),
    trap("c.1520", "about 1520"),
    trap("kept their outer rings", "retained their outermost rings"),
]),

# 027 ---------------------------------------------------------------
case("pigeon fancier show", "rewrite", "consistent",
'''A blue chequer hen owned by retired miner Stan Kowalczyk has been named best in show at the Brancliffe Pigeon Fanciers' Society's winter exhibition, which attracted 1,150 birds from 96 exhibitors. Judges said the two-year-old hen, bred from a line Mr Kowalczyk has kept since 1979, was "as near to perfect as you'll see". The society's secretary, Arthur Bellamy, said entries had fallen slightly from last year because of an outbreak of bird flu in the region, which had led some members to keep their birds at home. The show, held at Brancliffe Leisure Centre on Saturday and Sunday, also featured a sale of young birds, with the top lot selling for £340. Next year's exhibition will be the society's 100th.''',
'''Retired miner Stan Kowalczyk's blue chequer hen took best in show at the winter exhibition of the Brancliffe Pigeon Fanciers' Society, where 96 exhibitors entered 1,150 birds. The judges called the hen, aged two and bred from a line Mr Kowalczyk has kept since 1979, "as near to perfect as you'll see". Entries were slightly down on last year, according to society secretary Arthur Bellamy, as a regional bird flu outbreak had prompted some members to keep their birds at home. Held over the weekend at Brancliffe Leisure Centre, the show also included a sale of young birds, in which the most expensive went for £340. The society will be staging its 100th exhibition next year.''',
traps=[
    trap("aged two", "the two-year-old hen"),
    trap("slightly down on last year", "had fallen slightly from last year"),
    trap("over the weekend", "on Saturday and Sunday"),
    trap("the most expensive went for £340", "the top lot selling for £340"),
]),

# 028 ---------------------------------------------------------------
case("grass airfield closure", "rewrite", "inconsistent",
'''Fenlow Airfield, a grass strip used by light aircraft since 1946, could close by the end of next year after its landowner applied for permission to build 220 homes on the site. The Fenlow Flying Club, which has 140 members and runs a training school from the airfield, said closure would force pilots to travel more than 40 miles to the nearest alternative. Landowner Thessaly Estates said no decision had been taken and that it was "exploring all options", including keeping a reduced runway alongside housing. The district council is expected to consider the application in the spring. A petition to keep the airfield open has gathered more than 6,000 signatures. The airfield is also used twice a year by the county air ambulance for training.''',
'''Fenlow Airfield, a grass strip that has served light aircraft since 1946, is set to close by the end of next year, after its landowner applied for permission to build 220 homes on the site. The Fenlow Flying Club, which has 140 members and runs a training school there, said pilots would have to travel over 40 miles to the nearest alternative if the airfield shut. Thessaly Estates, which owns the land, said no decision had been made and that it was "exploring all options", among them keeping a smaller runway alongside the housing. The application is likely to go before the district council in the spring. More than 6,000 people have signed a petition to keep the airfield open. The county air ambulance also trains there twice a year.''',
errors=[
    err("is set to close", "modality", "major", "could close"),
],
traps=[
    trap("a smaller runway", "a reduced runway"),
    trap("The application is likely to go before the district council in the spring", "The district council is expected to consider the application in the spring"),
    trap("More than 6,000 people have signed a petition", "has gathered more than 6,000 signatures"),
]),

# 029 ---------------------------------------------------------------
case("christmas savings club collapse", "summary", "inconsistent",
'''About 2,600 families who paid into the Hollybrook Christmas savings club face losing most of their money after the scheme collapsed owing an estimated £1.1 million, administrators said on Monday. The club, run from a shop in Tanfield since 1987, collected weekly payments that members could redeem as vouchers for food and toys in December. Administrators from Cade Lister LLP said initial checks suggested members might recover no more than 15p in the pound. Because the club was not a bank, deposits were not covered by the national savings protection scheme. Owner Gordon Pryce, 67, has not commented. Local MP Helen Varley said she would press the government to regulate such clubs, and a food bank in Tanfield said it was preparing for extra demand.''',
'''Roughly 2,600 families face losing most of their savings after the Hollybrook Christmas savings club in Tanfield collapsed with debts of around £1.1m. Administrators Cade Lister LLP say members may get back at most 15p in the pound, and because the club was not a bank, deposits are not protected by the national savings scheme. Members may get back at most 15p in the pound. The local MP wants such clubs regulated.''',
errors=[
    err("Members may get back at most 15p in the pound", "repetition", "minor", None),
],
traps=[
    trap("with debts of around £1.1m", "owing an estimated £1.1 million"),
    trap("at most 15p in the pound", "no more than 15p in the pound", occ=0),
]),

# 030 ---------------------------------------------------------------
case("crow tool use study", "translation", "consistent",
'''Carrion crows in the city of Oberwald have been observed using twigs to pull food out of litter bins, according to a study by biologists at the University of Ebersfeld published on Wednesday. Over 18 months the team filmed 23 crows bending and shortening twigs before inserting them through the narrow openings of a new type of bin introduced in 2021. Study leader Dr Katrin Mahler said it was the first documented case of tool use by wild carrion crows in Europe, although the behaviour is well known in a crow species from New Caledonia. The researchers believe younger birds learned the technique by watching older ones. The city's waste department said it had no plans to change the bins.''',
'''Biologists from Ebersfeld University have watched carrion crows in Oberwald using twigs to fish food out of rubbish bins, according to a study released on Wednesday. During a year and a half of filming, the researchers recorded 23 crows bending twigs and shortening them before poking them through the narrow slots of a new bin model in use since 2021. The behaviour is familiar in one crow species found in New Caledonia, but according to the study's leader, Dr Katrin Mahler, this is the first time wild carrion crows in Europe have been documented using tools. The team thinks that younger birds picked up the trick by observing older ones. The city's waste department says it does not intend to alter the bins.''',
traps=[
    trap("Ebersfeld University", "University of Ebersfeld"),
    trap("rubbish bins", "litter bins"),
    trap("a year and a half", "18 months"),
    trap("in use since 2021", "introduced in 2021"),
    trap("does not intend to alter the bins", "had no plans to change the bins"),
]),
]
