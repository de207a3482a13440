"""Translations 1-10 (five consistent, five inconsistent). Both texts are
independent English renderings of the same (imagined) non-English story."""
from ._helpers import E, OM, T, case

CASES = [
case("roof collapse at school", "translation", "consistent",
     "Part of the roof of a secondary school in the town of Brevaux collapsed on Tuesday night, hours after "
     "pupils had gone home, local authorities reported. No one was hurt. According to the fire service, the "
     "gymnasium roof gave way under the weight of wet snow shortly before 11 p.m. The school's 640 pupils will "
     "be taught in other buildings of the municipality for at least two weeks. Deputy mayor Claire Fontan "
     "declared that an inspection of all public buildings with flat roofs would be carried out 'without "
     "delay'. The building, constructed in 1972, had been inspected last year and no defect had been found.",
     "Late on Tuesday, a section of roof at a secondary school in Brevaux fell in, some hours after the "
     "students had left, the local authorities announced. There were no injuries. The firefighters said that "
     "the roof of the sports hall collapsed under the load of wet snow a little before 23:00. For a minimum of "
     "two weeks, the 640 students of the school will have lessons in other municipal premises. The deputy "
     "mayor, Claire Fontan, stated that all public buildings with a flat roof will be inspected "
     "'immediately'. The building dates from 1972; it was checked last year and no fault was detected.",
     traps=[T("There were no injuries", "No one was hurt"),
            T("the sports hall", "the gymnasium"),
            T("a little before 23:00", "shortly before 11 p.m."),
            T("For a minimum of two weeks", "for at least two weeks"),
            T("'immediately'", "'without delay'")]),

case("language school licence", "translation", "inconsistent",
     "The education ministry has suspended the licence of the Linguaplus language school in Corvena for six "
     "months, after inspectors found that it had issued certificates to students who had not attended "
     "classes. According to the ministry, at least 85 certificates were affected. The school, which has about "
     "1,200 students, may continue teaching during the suspension but cannot enrol new students or issue "
     "diplomas. Its director, Paolo Renzi, told the local newspaper that the school would appeal and that the "
     "irregularities were the work of a former employee. Students with doubtful certificates will have to "
     "take a new examination.",
     "The Ministry of Education has suspended for six months the licence of the Linguaplus language academy "
     "of Corvena, after its inspectors discovered that it had delivered certificates to students who had not "
     "attended the lessons. The ministry says at least 85 certificates are concerned. The academy, which "
     "counts around 1,200 students, can keep teaching while the suspension lasts, but it may not register new "
     "students nor award diplomas. Its director Paolo Renzi declared to the local newspaper that the academy "
     "will appeal and that the irregularities were committed by a former employee. The students whose "
     "certificates are doubtful will have to repeat the course.",
     errors=[E("repeat the course", "event", "major", "take a new examination")],
     traps=[T("counts around 1,200 students", "has about 1,200 students"),
            T("can keep teaching while the suspension lasts",
              "may continue teaching during the suspension")]),

case("hydroelectric dam approval", "translation", "consistent",
     "The federal environment agency approved on Thursday the construction of a hydroelectric dam on the "
     "river Ossa, ending a planning dispute that lasted nine years. The 95-metre dam, to be built by the state "
     "energy company Hidrosul, will have a capacity of 420 megawatts and is expected to come into operation "
     "in 2031. As a condition of approval, the company must build a fish ladder and resettle the 230 families "
     "who live in the area to be flooded, paying compensation. Indigenous leaders of the Anaquê community said "
     "they would challenge the decision in court. The project will cost an estimated 6 billion reais.",
     "A nine-year planning dispute came to an end on Thursday when the federal environmental agency gave its "
     "authorisation for a hydroelectric dam on the Ossa river. With a height of 95 metres, the dam will be "
     "constructed by Hidrosul, the state-owned energy company, and will generate up to 420 megawatts; it "
     "should start operating in 2031. The licence obliges the company to build a fish passage and to "
     "relocate, with compensation, the 230 families living in the zone that will be flooded. Leaders of the "
     "indigenous Anaquê community announced that they will contest the decision in the courts. The cost of "
     "the work is estimated at 6 billion reais.",
     traps=[T("A nine-year planning dispute came to an end",
              "ending a planning dispute that lasted nine years"),
            T("gave its authorisation for", "approved"),
            T("will generate up to 420 megawatts", "will have a capacity of 420 megawatts"),
            T("should start operating in 2031", "is expected to come into operation in 2031"),
            T("contest the decision in the courts", "challenge the decision in court")]),

case("fuel duty change", "translation", "inconsistent",
     "The government will raise the duty on diesel by 6 cents per litre from 1 July, while the duty on petrol "
     "will remain unchanged, Finance Minister Anton Welk announced on Wednesday. The measure aims to bring "
     "diesel taxation closer to that of petrol and should raise around 400 million euros a year. Diesel "
     "currently accounts for about 60 per cent of the fuel sold in the country. Hauliers and farmers will be "
     "able to claim back part of the increase. Transport unions criticised the decision, saying it would hit "
     "rural drivers hardest.",
     "Finance Minister Anton Welk announced on Wednesday that the tax on diesel will increase by six cents a "
     "litre starting 1 June, whereas the tax on petrol will stay the same. The goal of the measure is to bring "
     "the taxation of diesel nearer to that of petrol, and it should bring in about 400 million euros "
     "annually. At present, roughly 60 percent of the fuel sold in the country is diesel. Road hauliers and "
     "farmers will not be able to recover part of the increase. The transport unions attacked the decision, "
     "arguing that drivers in the countryside would be the most affected.",
     errors=[E("1 June", "date", "major", "1 July"),
             E("will not be able to recover", "polarity", "major", "will be able to claim back")],
     traps=[T("six cents a litre", "6 cents per litre"),
            T("about 400 million euros annually", "around 400 million euros a year"),
            T("drivers in the countryside would be the most affected", "it would hit rural drivers hardest")]),

case("radio mast dispute", "translation", "consistent",
     "Residents of the village of Oberkessing have been blocking access to a construction site for a 40-metre "
     "radio mast for eleven days. The telecommunications company Alpenfunk wants to erect the mast to improve "
     "mobile coverage in the valley, where around 3,000 people live. Opponents fear the mast will spoil the "
     "view of the mountains and are demanding that it be built on a neighbouring hill instead. The company "
     "says the alternative site would cost 250,000 euros more and would not cover the whole valley. The "
     "district administrator, Petra Lang, has invited both sides to talks next Monday. Police have so far not "
     "intervened.",
     "For eleven days now, inhabitants of Oberkessing have been preventing access to the building site of a "
     "radio mast 40 metres high. Alpenfunk, a telecoms company, intends to put up the mast to improve mobile "
     "phone reception in the valley, which has some 3,000 inhabitants. The opponents worry that the mast will "
     "ruin the view of the mountains and demand that it be erected on an adjacent hill instead. According to "
     "the company, that location would be 250,000 euros more expensive and would not cover the entire valley. "
     "District administrator Petra Lang has invited the two parties to discussions next Monday. So far the "
     "police have not stepped in.",
     traps=[T("a radio mast 40 metres high", "a 40-metre radio mast"),
            T("some 3,000 inhabitants", "around 3,000 people live"),
            T("will ruin the view", "will spoil the view"),
            T("would be 250,000 euros more expensive", "would cost 250,000 euros more"),
            T("So far the police have not stepped in", "Police have so far not intervened")]),

case("canal lock closure", "translation", "inconsistent",
     "The Vierbeke lock on the Lanne canal will be closed to shipping for fourteen weeks from 3 February for "
     "the replacement of its gates, the waterways authority announced. The lock's wooden gates date from 1958 "
     "and have been leaking increasingly. During the closure, barges will have to take a detour via the river "
     "Dolle, which adds about nine hours to the journey. The authority estimates the work at 7.8 million "
     "euros. Pleasure boats will be able to use the lock again from the start of the tourist season in May, "
     "it said. A footbridge over the lock will remain open to cyclists and pedestrians.",
     "The waterways authority has announced that the Vierbeke lock on the Lanne canal will be closed to "
     "navigation for fourteen weeks starting 3 February, for the renovation of its gates. The wooden gates of "
     "the lock were installed in 1958 and leak more and more. While the lock is shut, barges must make a "
     "detour via the river Dolle, a detour via the river Dolle which lengthens the trip by around nine hours. "
     "The works are estimated by the authority at 7.8 million euros. According to the authority, leisure "
     "boats will be able to pass through the lock again from the beginning of the tourist season in May. "
     "Cyclists and pedestrians will still be able to use the footbridge over the lock.",
     errors=[E("renovation", "event", "major", "replacement"),
             E("a detour via the river Dolle", "repetition", "minor", occ=1)],
     traps=[T("lengthens the trip by around nine hours", "adds about nine hours to the journey"),
            T("Cyclists and pedestrians will still be able to use the footbridge over the lock",
              "A footbridge over the lock will remain open to cyclists and pedestrians")]),

case("police station reopening", "translation", "consistent",
     "The police station in the Marnes district reopened on Monday, four years after it was closed as part of "
     "cost-cutting measures. It will be open to the public from 8 a.m. to 8 p.m. every day, and 22 officers "
     "will be based there. The interior ministry said the decision followed a rise of nearly 30 percent in "
     "reported burglaries in the district since 2020. Mayor Sylvie Aubrac, who had campaigned for the "
     "reopening, described it as 'a victory for residents'. The renovation of the building cost 1.3 million "
     "euros, shared equally between the city and the state.",
     "Four years after its closure for budgetary savings, the Marnes district police station opened its doors "
     "again on Monday. The public will be received there seven days a week between 8:00 and 20:00, and 22 "
     "police officers will be stationed there. According to the interior ministry, the reopening comes in "
     "response to an increase of almost 30% in burglaries reported in the district since 2020. Mayor Sylvie "
     "Aubrac, who had fought for the station's return, spoke of 'a victory for the inhabitants'. Renovating "
     "the building cost 1.3 million euros, split fifty-fifty between the city and the state.",
     traps=[T("for budgetary savings", "as part of cost-cutting measures"),
            T("opened its doors again", "reopened"),
            T("seven days a week between 8:00 and 20:00", "from 8 a.m. to 8 p.m. every day"),
            T("almost 30%", "nearly 30 percent"),
            T("split fifty-fifty", "shared equally")]),

case("typhoon crop losses", "translation", "inconsistent",
     "Typhoon Harun destroyed about 140,000 hectares of rice fields in the provinces of Kalayan and Dumasig "
     "last week, the agriculture ministry said on Sunday, in a preliminary assessment. Losses are estimated at "
     "4.5 billion pesos. Kalayan, where the typhoon made landfall, accounts for more than two-thirds of the "
     "damage. The ministry will distribute free seed to around 60,000 affected farmers and offer loans "
     "without interest. Agriculture Secretary Ramon Dizon warned that rice prices could rise in the coming "
     "months but said national stocks were sufficient until the next harvest.",
     "According to a first assessment published on Sunday by the Ministry of Agriculture, Typhoon Harun last "
     "week wiped out some 140,000 hectares of rice paddies in Kalayan and Dumasig provinces. The damage is "
     "valued at 4.5 billion pesos. More than two-thirds of it was recorded in Dumasig, where the typhoon hit "
     "land. The ministry is going to hand out free seeds to roughly 60,000 farmers who were affected, and will "
     "offer interest-free loans. The agriculture secretary, Ramon Dizon, cautioned that the price of rice "
     "might climb in the next months, while stating that national reserves will be enough until the "
     "following harvest.",
     errors=[E("Dumasig", "entity", "major", "Kalayan", occ=1)],
     traps=[T("interest-free loans", "loans without interest"),
            T("might climb in the next months", "could rise in the coming months")]),

case("tramway centenary", "translation", "consistent",
     "The city of Valderon celebrated the centenary of its tramway on Saturday with a parade of historic trams "
     "through the old town. Some 25,000 spectators lined the route, according to the organisers. The first "
     "line, 4.5 kilometres long, opened in May 1924 between the railway station and the cathedral square. "
     "Today the network has six lines and carries around 90,000 passengers a day. Mayor Jordi Ferran announced "
     "that a seventh line, to the university campus, would be put out to tender next year. A photographic "
     "exhibition on the history of the tramway will remain open at the town hall until the end of the month.",
     "Valderon marked one hundred years of its tram on Saturday, with historic trams parading through the old "
     "town. About 25,000 people watched along the route, the organisers said. The first line, of 4.5 km, was "
     "inaugurated in May 1924 and linked the station with the cathedral square. The network now counts six "
     "lines and transports about 90,000 travellers daily. The mayor, Jordi Ferran, said that the call for "
     "tenders for a seventh line, serving the university campus, would be launched next year. At the town "
     "hall, a photo exhibition tracing the history of the tram can be visited until the end of the month.",
     traps=[T("marked one hundred years of its tram", "celebrated the centenary of its tramway"),
            T("About 25,000 people watched along the route", "Some 25,000 spectators lined the route"),
            T("4.5 km", "4.5 kilometres long"),
            T("about 90,000 travellers daily", "around 90,000 passengers a day"),
            T("the call for tenders for a seventh line, serving the university campus, would be launched "
              "next year",
              "a seventh line, to the university campus, would be put out to tender next year")]),

case("airship test flight", "translation", "inconsistent",
     "A cargo airship developed by the start-up Luftwerk Halden completed its first test flight on Friday, "
     "taking off from the Rennau airfield and staying in the air for 95 minutes. The 80-metre airship, filled "
     "with helium, is designed to carry loads of up to 20 tonnes to remote areas without roads. The company's "
     "founder, Greta Wendt, said the flight had gone 'exactly as planned'. Luftwerk Halden has received 12 "
     "million euros from the logistics group Trasko, which has ordered four airships. Commercial flights are "
     "not planned before 2028.",
     "On Friday the cargo airship designed by the young company Luftwerk Halden carried out its first test "
     "flight: it took off from the Rennau aerodrome and remained airborne for an hour and 35 minutes. The "
     "helium-filled craft, 80 metres long, is intended to transport loads of as much as 20 tonnes to isolated "
     "regions that have no roads. The firm's founder, Greta Wendt, declared that the flight had gone 'exactly "
     "according to plan'. Luftwerk Halden has invested 12 million euros in the logistics group Trasko, which "
     "has placed an order for four airships. No commercial flights are foreseen before 2028.",
     errors=[E("Luftwerk Halden has invested 12 million euros in the logistics group Trasko", "role", "major",
               "Luftwerk Halden has received 12 million euros from the logistics group Trasko")],
     traps=[T("an hour and 35 minutes", "95 minutes"),
            T("as much as 20 tonnes", "up to 20 tonnes"),
            T("No commercial flights are foreseen before 2028",
              "Commercial flights are not planned before 2028")]),
]
