"""Rewrite pairs, part 2 (five consistent, five inconsistent)."""
from ._helpers import E, O, T, case

CASES = [
case("luggage handling delays", "rewrite",
"""Passengers at Ravensholt Airport faced waits of up to three hours for their
luggage on Monday after a fault in the baggage sorting system, the airport's
operator said. Around 6,500 bags were affected and some 40 flights left without
all of their passengers' suitcases on board. Operations director Clemens Abara
said the fault had been traced to a software update installed over the weekend
by the system's supplier, Tellmark Automation. Tellmark said in a statement that
it was working with the airport to understand what had happened. The airline
Nordvik Air advised travellers to pack essential items in their hand luggage
until the system was fully stable.""",
"""A fault in the baggage sorting system at Ravensholt Airport left passengers
waiting more than three hours for their luggage on Monday, the airport's
operator said. About 6,500 bags were affected, and roughly 40 flights departed
without all of their passengers' suitcases in the hold. According to Tellmark
Automation, which supplies the system, the fault was traced to a software
update it had installed over the weekend. Tellmark said in a statement that it
was working with the airport to establish what had gone wrong. Until the system
is fully stable, Nordvik Air is advising travellers to pack essential items in
their hand luggage.""",
errors=[E("more than three hours", "number", "major", "up to three hours"),
        E("According to Tellmark Automation", "attribution", "major",
          "Operations director Clemens Abara said")],
traps=[T("roughly 40 flights", "some 40 flights"),
       T("to establish what had gone wrong", "to understand what had happened")]),

case("landfill gas leak", "rewrite",
"""Environmental officials have ordered the operator of the Greyhollow landfill
to install additional gas extraction wells after monitoring detected methane
levels above the legal limit at the site's northern boundary. The Regional
Environment Agency said readings taken on 3 and 4 June were up to five times
the permitted concentration, but that there was no immediate risk to nearby
homes. The operator, Durnley Waste Services, has been given eight weeks to
complete the work and must submit weekly monitoring data to the agency in the
meantime. Durnley said it accepted the order and had already hired a drilling
contractor. Residents of the neighbouring Ashcombe estate will be invited to a
public meeting on 20 June.""",
"""Durnley Waste Services, which runs the Greyhollow landfill, has been ordered
by environmental officials to put in more gas extraction wells after monitoring
found methane above the legal limit at the site's northern edge. Readings taken
on 3 and 4 June showed concentrations as high as five times the permitted
level, the Regional Environment Agency said, though it added that homes nearby
faced no immediate risk. The company has eight weeks to finish the work and,
until then, must send the agency monitoring data every week. Durnley said it
accepted the order and had already taken on a drilling contractor. Residents of
the neighbouring Ashcombe estate are to be invited to a public meeting on 20
June.""",
traps=[T("at the site's northern edge", "at the site's northern boundary"),
       T("as high as five times the permitted level",
         "up to five times the permitted concentration"),
       T("every week", "weekly"),
       T("taken on a drilling contractor", "hired a drilling contractor")]),

case("dog show judge", "rewrite",
"""The Kennel Federation of Westmarch has suspended a senior judge, Lavinia
Crane, for six months after finding that she had judged a class in which a dog
bred by her sister was competing. The federation's disciplinary panel said
Crane had breached its conflict-of-interest rules but that there was no
evidence she had favoured the dog, which finished third. The complaint was
lodged by a rival exhibitor after the Harlow Championship Show in April. Crane,
who has judged at international shows for more than 20 years, said she had not
known about the connection and would appeal. The result of the class will
stand.""",
"""Senior judge Lavinia Crane has been suspended for six months by the Kennel
Federation of Westmarch, which found that she had judged a class that included
a dog bred by her sister. According to the federation's disciplinary panel,
Crane broke its conflict-of-interest rules, although there was no evidence that
she had favoured the dog; it came third. A rival exhibitor made the complaint
following the Harlow Championship Show in April. Crane, a judge at
international shows for over two decades, said she had been unaware of the
connection and would appeal. The class will be re-judged.""",
errors=[E("The class will be re-judged", "event", "major",
          "The result of the class will stand")],
traps=[T("it came third", "which finished third"),
       T("over two decades", "more than 20 years"),
       T("had been unaware of the connection", "had not known about the connection")]),

case("poetry reading series", "rewrite",
"""The Hollinsworth Public Library will host a series of eight poetry readings
this autumn, beginning on 9 October with a performance by the poet Amara
Kensit. Readings will take place every second Thursday at 7 p.m. in the
library's Garden Room, and admission will be free, although places are limited
to 60 and must be booked in advance. The series is funded by a grant of 15,000
dollars from the Pellham Arts Trust. Library manager Desmond Orrey said the aim
was to give local writers a platform alongside better-known names, and that
four of the eight evenings would feature poets from the county. Recordings of
the readings will be published on the library's website.""",
"""The poet Amara Kensit will open an eight-part series of poetry readings at
Hollinsworth Public Library this autumn, performing on 9 October. The readings,
held at 7 p.m. on alternate Thursdays in the library's Garden Room, are free to
attend, but only 60 places are available and they must be reserved beforehand. A
$15,000 grant from the Pellham Arts Trust is paying for the series. Half of the
evenings will feature poets from the county, library manager Desmond Orrey
said, explaining that the idea was to give local writers a platform next to
better-known names. The library will put recordings of the readings on its
website.""",
traps=[T("eight-part series", "series of eight poetry readings"),
       T("alternate Thursdays", "every second Thursday"),
       T("reserved beforehand", "booked in advance"),
       T("$15,000 grant", "grant of 15,000 dollars"),
       T("Half of the evenings", "four of the eight evenings")]),

case("magazine relaunch", "rewrite",
"""The monthly science magazine Quarry & Quill will return to newsstands in
March after an 18-month absence, its new owner, Tessaline Media, announced on
Thursday. The relaunched title will be published every two months rather than
monthly, and its cover price will rise from 6.50 to 8 pounds. Tessaline bought
the magazine last year from the collapsed publisher Orbis House for an
undisclosed sum. Editor-in-chief Farida Lomax, who joins from the newspaper
Morrow Gazette, said the magazine would keep its long-form investigations but
add a section for younger readers. The company aims to sell 30,000 copies per
issue within two years.""",
"""Tessaline Media said on Thursday that Quarry & Quill, the monthly science
magazine it now owns, will be back on newsstands in March, 18 months after it
last appeared. The title will now come out every other month instead of
monthly, and its cover price will go up from £6.50 to £8. Tessaline acquired
the magazine last year from Orbis House, the publisher that collapsed, for an
amount that was not disclosed. Farida Lomax, the new editor-in-chief, joins from
the Morrow Gazette newspaper, where she spent a decade as science editor. She
said the magazine would retain its long-form investigations while adding a
section aimed at younger readers. Tessaline's goal is to sell 30,000 copies an
issue within two years.""",
errors=[E("where she spent a decade as science editor", "addition", "minor")],
traps=[T("every other month", "every two months"),
       T("from £6.50 to £8", "from 6.50 to 8 pounds"),
       T("for an amount that was not disclosed", "for an undisclosed sum")]),

case("bike lane protest", "rewrite",
"""About 2,000 cyclists rode through central Tarrowgate on Saturday to protest
against the city's decision to remove a protected bike lane on Kingsmere
Avenue. The ride, organised by the campaign group Safer Wheels, ended outside
the town hall, where speakers called on the council to reverse the decision.
Transport councillor Hugo Redfern said the lane was being removed to make room
for a bus corridor and that a replacement cycle route on parallel Mill Street
would open before the existing lane closed. Police said the protest was
peaceful and that no arrests had been made. The council will debate a petition
signed by more than 11,000 people next month.""",
"""Some 2,000 cyclists rode through central Tarrowgate on Saturday in protest
at the city's decision to take out a protected bike lane on Kingsmere Avenue.
Organised by the campaign group Safer Wheels, the ride finished outside the
town hall, where speakers urged the council to overturn the decision. According
to transport councillor Hugo Redfern, the lane is going to make way for a bus
corridor, and a replacement cycle route on Mill Street, which runs parallel,
will open before the current lane closes. The protest passed off peacefully and
there were no arrests, police said. Next month the council will debate a
petition that has gathered more than 11,000 signatures.""",
traps=[T("Some 2,000 cyclists", "About 2,000 cyclists"),
       T("urged the council to overturn the decision",
         "called on the council to reverse the decision"),
       T("passed off peacefully", "the protest was peaceful"),
       T("a petition that has gathered more than 11,000 signatures",
         "a petition signed by more than 11,000 people")]),

case("farmers market expansion", "rewrite",
"""The weekly farmers market in Coldwater Square will expand from 40 to 65
stalls from May, after the town council agreed to lease the adjoining car park
to the market's organiser, the Vale Growers' Cooperative. The cooperative will
pay the council 9,000 pounds a year for the space. Market manager Philippa
Dunmore said priority would be given to producers based within 30 miles of the
town, and that hot food vendors would not be admitted to the new section. Some
shopkeepers on nearby Bridge Street had objected to the loss of parking, but
the council said a new 80-space car park on Tanner Road would open in
April.""",
"""From May, the weekly farmers market in Coldwater Square will grow from 40
stalls to 65, the town council having agreed to lease the car park next door to
the market's organiser, the Vale Growers' Cooperative. The council will pay the
cooperative £9,000 a year for the space. Producers based within 30 miles of the
town will be given priority, said market manager Philippa Dunmore, adding that
hot food vendors would be welcome in the new section. Some shopkeepers on
nearby Bridge Street had objected to losing parking, but the council said a new
car park with 80 spaces would open on Tanner Road in April.""",
errors=[E("council will pay the cooperative", "role", "major",
          "cooperative will pay the council"),
        E("would be welcome", "polarity", "major", "would not be admitted")],
traps=[T("the car park next door", "the adjoining car park"),
       T("a new car park with 80 spaces", "a new 80-space car park")]),

case("wheat export ban", "rewrite",
"""The government of the Republic of Castavia has banned wheat exports for four
months in an effort to keep bread prices under control after a poor harvest,
the agriculture ministry said on Tuesday. The ban, which takes effect
immediately, does not apply to shipments already contracted before 1 August or
to food aid. Agriculture minister Dorotea Vukan said this year's crop was
estimated at 3.1 million tonnes, around a quarter below last year's. Grain
traders warned that the measure could push up prices in neighbouring countries
that depend on Castavian wheat. The ministry said it would review the ban in
November and could lift it earlier if prices fell.""",
"""Castavia has halted wheat exports for four months with immediate effect, the
agriculture ministry said on Tuesday, as the government tries to keep bread
prices in check after a poor harvest. Shipments already contracted before 1
August are exempt, as is food aid. According to agriculture minister Dorotea
Vukan, this year's crop is estimated at 3.1 million tonnes, roughly 25% less
than last year's. Grain traders cautioned that neighbouring countries reliant
on Castavian wheat could see prices rise as a result. The ban will be reviewed
in November, the ministry said, adding that it could be lifted sooner if prices
came down.""",
traps=[T("with immediate effect", "which takes effect immediately"),
       T("are exempt", "does not apply to"),
       T("roughly 25% less than last year's", "around a quarter below last year's"),
       T("could be lifted sooner if prices came down",
         "could lift it earlier if prices fell")]),

case("power grid blackout", "rewrite",
"""More than 180,000 households in the eastern province of Lusk lost power for
up to six hours on Friday after a fault at the Brennick substation, grid
operator Transvolt said. Power was restored to most customers by 9 p.m., though
about 2,000 homes in rural areas were still without electricity on Saturday
morning. Transvolt's chief operating officer, Marguerite Okafor, said a failed
transformer had triggered protective shutdowns across the network and that
sabotage had been ruled out. Hospitals switched to backup generators and
traffic lights in the provincial capital, Dunsby, were out for several hours.
The provincial energy minister, Roland Teague, has asked Transvolt for a full
report within 14 days.""",
"""A fault at the Dunsby substation cut power to more than 180,000 households in
the eastern province of Lusk for as long as six hours on Friday, grid operator
Transvolt said. Most customers had their power back by 9 p.m., but some 2,000
rural homes were still without electricity on Saturday morning. A failed
transformer set off protective shutdowns across the network, said Marguerite
Okafor, Transvolt's chief operating officer, adding that sabotage had been ruled
out. Hospitals switched to backup generators, and traffic lights in Dunsby, the
provincial capital, were out for several hours. Most customers had their power
back by 9 p.m. Roland Teague, the provincial energy minister, has asked
Transvolt for a full report within two weeks.""",
errors=[E("Dunsby substation", "entity", "major", "Brennick substation"),
        E("Most customers had their power back by 9 p.m.", "repetition", "minor",
          occ=1)],
traps=[T("for as long as six hours", "for up to six hours"),
       T("within two weeks", "within 14 days")]),

case("comet observation event", "rewrite",
"""The Elmridge Astronomical Society will open its hilltop observatory to the
public on the nights of 12 and 13 September so that visitors can view the comet
Halvorsen-Pike, which is making its closest approach to the Sun in 70 years.
Society president Nadia Ferreira said the comet should be visible through
binoculars from about 9:30 p.m., weather permitting, and that the society's
40-centimetre telescope would be available for viewing until 1 a.m. Entry is
free for children under 12 and costs 5 euros for adults. The society warned
that the events would be cancelled if the sky was overcast, and advised
visitors to check its website on the afternoon of each event.""",
"""On the nights of 12 and 13 September, the Elmridge Astronomical Society's
hilltop observatory will be open to the public for viewings of the comet
Halvorsen-Pike, now making its closest approach to the Sun for seven decades.
If the weather allows, the comet should be visible through binoculars from
around half past nine in the evening, society president Nadia Ferreira said,
and the society's 40cm telescope can be used for viewing until 1 a.m. Adults
pay €5 and under-12s get in free. The events will be called off if the sky is
overcast, the society warned, and it advised visitors to check its website on
the afternoon of each event.""",
traps=[T("for seven decades", "in 70 years"),
       T("If the weather allows", "weather permitting"),
       T("from around half past nine in the evening", "from about 9:30 p.m."),
       T("40cm telescope", "40-centimetre telescope"),
       T("under-12s get in free", "Entry is free for children under 12")]),
]
