"""Translation pairs (five consistent, five inconsistent).

In each pair both texts are independent English translations of the same
(imagined) non-English news item.
"""
from ._helpers import C, E, OM, T, W  # noqa: F401

CASES = [
C("robot surgery programme", "translation",
"""The San Lorenzo de Vael University Hospital has performed its first 100
robot-assisted operations since launching its programme in February, the
hospital's management reported on Thursday. Most of the interventions were
prostate and kidney procedures, and the average hospital stay of the patients
was reduced from five days to two. The robot, which cost 2.3 million euros,
was financed half by the regional health service and half by a private
foundation. Dr. Inés Calvo, head of urology, explained that the team plans to
extend the use of the system to gynaecological surgery before the end of the
year. Eight surgeons have completed the training so far.""",
"""Since the programme was launched in February, San Lorenzo de Vael University
Hospital has carried out its first hundred operations assisted by a robot, the
hospital's management announced this Thursday. The majority were operations on
the prostate and the kidney, and patients' average length of stay fell from
five days to two. The 2.3-million-euro robot was paid for in equal parts by the
regional health service and a private foundation. According to the head of
urology, Dr. Inés Calvo, the team intends to extend the system to
gynaecological surgery before the year is out. To date, eight surgeons have
finished the training.""",
traps=[
    T("first hundred operations assisted by a robot",
      "first 100 robot-assisted operations"),
    T("fell from five days to two", "was reduced from five days to two"),
    T("in equal parts by the regional health service and a private foundation",
      "half by the regional health service and half by a private foundation"),
    T("before the year is out", "before the end of the year"),
    T("To date", "so far"),
]),

C("bridge toll removal", "translation",
"""Tolls on the Kervalen bridge over the Lisme estuary will be abolished on 1
January, the regional council of Basse-Valmeur decided on Friday. Drivers
currently pay 4.50 euros per crossing. The council will compensate the
operating company, Ponts de l'Ouest, with 38 million euros for the remaining
eleven years of its concession. Council president Martine Leclerc said the
measure would save regular commuters up to 2,000 euros a year. The toll booths
will be dismantled during the spring, and the speed limit on the bridge will
be raised from 70 to 90 kilometres per hour once the works are completed.
Local business associations had campaigned for the abolition for more than a
decade.""",
"""The regional council of Basse-Valmeur decided on Friday that the tolls on
the Kervalen bridge across the Lisme estuary will be suspended from 1 January.
Motorists currently pay 4.50 euros to cross. Ponts de l'Ouest, the company
that operates the bridge, will receive 38 million euros from the council in
compensation for the eleven years remaining on its concession. Council
president Martine Leclerc said regular commuters would save as much as 2,000
euros per year. The toll booths will be taken down in the spring, and the
speed limit on the bridge will go up from 70 to 90 km/h before the work
starts. Local business groups had campaigned for more than ten years for the
tolls to be scrapped.""",
errors=[
    E("suspended", "event", "major", "abolished"),
    E("before the work starts", "date", "minor", "once the works are completed"),
],
traps=[
    T("as much as 2,000 euros per year", "up to 2,000 euros a year"),
    T("taken down", "dismantled"),
    T("for more than ten years", "for more than a decade"),
]),

C("prison library funding", "translation",
"""The justice ministry of the state of Nordhalde will spend 1.4 million euros
over the next three years on expanding libraries in its eleven prisons,
Justice Minister Petra Lindqvist announced in Kellstadt on Monday. The money
is to be used for new books, e-readers without internet access and the
training of prisoners as library assistants. According to the ministry, around
60 percent of inmates currently use the prison libraries at least once a
month. Lindqvist said reading improved prisoners' chances of finding work
after release. The prison officers' union welcomed the plan but criticised the
fact that no additional staff posts were foreseen.""",
"""On Monday in Kellstadt, Nordhalde's justice minister, Petra Lindqvist,
announced that 1.4 million euros will be invested in expanding the libraries
of the state's eleven prisons over the coming three years. The funds will go
towards new books, e-readers with no internet connection, and training inmates
to work as library assistants. The ministry says roughly three in five
prisoners currently visit a prison library at least monthly. Reading,
according to Lindqvist, improves inmates' prospects of getting a job once they
are released. While welcoming the plan, the union representing prison
officers criticised it for not providing for any extra staff positions.""",
traps=[
    T("over the coming three years", "over the next three years"),
    T("e-readers with no internet connection", "e-readers without internet access"),
    T("roughly three in five prisoners", "around 60 percent of inmates"),
    T("at least monthly", "at least once a month"),
    T("not providing for any extra staff positions",
      "no additional staff posts were foreseen"),
]),

C("aircraft noise compensation", "translation",
"""Residents living under the flight path of Hallberg airport will be able to
claim up to 8,000 kronor for soundproof windows, the airport operator Nordavia
announced on Wednesday. The scheme covers about 3,400 homes in the
municipalities of Sjövik and Tannby where average night-time noise exceeds 50
decibels. Nordavia will pay the compensation to homeowners directly after the
installation has been inspected. The decision follows a ruling by the
environmental court last year, which found that the airport had not done
enough to protect residents. Applications can be submitted from 1 September
until the end of next year. The residents' association called the amount too
low.""",
"""Nordavia, which operates Hallberg airport, said on Wednesday that people
living beneath its flight path would be able to claim up to 8,000 kronor
towards soundproof windows. Around 3,400 homes in the municipalities of Sjövik
and Tannby are covered by the scheme. Homeowners will pay the compensation to
Nordavia directly once the installation has been inspected. The decision comes
after the environmental court ruled last year that the airport had not done
enough to protect residents. Applications may be made from 1 September until
the end of next year. According to the residents' association, the sum is too
low.""",
errors=[
    OM("the municipalities of Sjövik and Tannby",
       "where average night-time noise exceeds 50 decibels", "major"),
    E("Homeowners will pay the compensation to Nordavia", "role", "critical",
      "Nordavia will pay the compensation to homeowners"),
],
traps=[
    T("Around 3,400 homes", "about 3,400 homes"),
    T("the sum is too low", "called the amount too low"),
]),

C("aquarium dolphin retirement", "translation",
"""The Oceanário de Marvila will retire its last three bottlenose dolphins to a
sea sanctuary in a protected bay in the south of the country, the aquarium's
director, Rui Falcão, announced on Tuesday. The transfer is planned for next
spring and will cost around 900,000 euros, which will be covered mainly by
donations. The dolphins, aged between 19 and 34, were all born in captivity
and will therefore not be released into the open sea. With this decision, the
aquarium ends 40 years of dolphin shows. Falcão said the pool would be
converted into an area dedicated to coral reef conservation. Animal protection
associations welcomed the decision.""",
"""Marvila's Oceanário is to send its three remaining bottlenose dolphins to a
marine sanctuary in a protected bay in the country's south, its director Rui
Falcão said on Tuesday. The move, scheduled for next spring, will cost about
900,000 euros, to be paid largely through donations. Because all of the
dolphins - who are between 19 and 34 years old - were born in captivity, they
will not be set free in the open ocean. The decision brings four decades of
dolphin shows at the aquarium to a close. The pool will be turned into an area
devoted to coral reef conservation, Falcão said. The decision was applauded by
animal protection groups.""",
traps=[
    T("three remaining bottlenose dolphins", "last three bottlenose dolphins"),
    T("largely through donations", "mainly by donations"),
    T("who are between 19 and 34 years old", "aged between 19 and 34"),
    T("will not be set free in the open ocean",
      "will therefore not be released into the open sea"),
    T("four decades of dolphin shows", "40 years of dolphin shows"),
]),

C("public wifi rollout", "translation",
"""The town of Borgo Valdorso will install free public wifi in 45 squares,
parks and libraries by the end of the year, deputy mayor for innovation Giulia
Ferrante announced on Monday. The project, worth 620,000 euros, is financed by
a grant from the regional government and will be carried out by the local
telecom company Reti Alte. Users will be able to connect for up to two hours a
day after registering with a mobile phone number. The first 12 hotspots, in
the historic centre, will be activated in June. Ferrante said the network
would also help tourists and small shops. Opposition councillors questioned
the security of the registration system.""",
"""Free public wifi will be available in 45 squares, parks and libraries in
Borgo Valdorso by the end of the year, the town's deputy mayor for innovation,
Giulia Ferrante, said on Monday. The 620,000-euro project is funded by a grant
from the national government and will be carried out by Reti Alte, a local
telecoms firm. After registering with a mobile number, users will be able to
connect for a maximum of two hours per day. The first 12 hotspots, in the
historic centre, will go live in June, with the rest following district by
district over the summer. Ferrante said tourists and small shops would also
benefit from the network. Opposition councillors raised doubts about the
security of the registration system.""",
errors=[
    E("national government", "entity", "major", "regional government"),
    E("with the rest following district by district over the summer",
      "addition", "minor", None),
],
traps=[
    T("for a maximum of two hours per day", "for up to two hours a day"),
    T("will go live in June", "will be activated in June"),
]),

C("meat plant outbreak", "translation",
"""Health authorities in the district of Wernsfeld-Ost have ordered the
temporary closure of the Kraus & Söhne meat processing plant after 57
employees tested positive for a strain of influenza. The plant, which employs
about 900 people, must remain closed for at least ten days. All workers will
be tested again before production can resume. According to the district
health office, eleven of the infected employees are being treated in
hospital, none of them in intensive care. The company said it was cooperating
fully with the authorities. The district administrator, Jens Albrecht, said
there was no evidence that the virus had been transmitted through meat
products.""",
"""After 57 of its employees tested positive for an influenza strain, the Kraus
& Söhne meat-processing plant has been ordered to close temporarily by health
authorities in the Wernsfeld-Ost district. The plant, which has a workforce of
around 900, must stay shut for a minimum of ten days, and every worker will be
retested before production restarts. Eleven of those infected are in
hospital, the district health office said, though none is in intensive care.
The company stated that it was fully cooperating with the authorities. There
is no evidence of the virus having been passed on through meat products,
according to district administrator Jens Albrecht.""",
traps=[
    T("has been ordered to close temporarily", "have ordered the temporary closure"),
    T("a workforce of around 900", "employs about 900 people"),
    T("for a minimum of ten days", "for at least ten days"),
    T("every worker will be retested", "All workers will be tested again"),
]),

C("graffiti clean-up scheme", "translation",
"""The municipality of Vrelo will offer property owners free graffiti removal
from their facades under a pilot scheme starting in April, the city's
communal services company announced. The service will be available in the old
town and two neighbouring districts for six months. Owners must register
online and give consent; the work will be carried out within ten working days
of the application. The city has allocated 150,000 euros for the pilot. Last
year, the municipality received more than 1,100 complaints about graffiti.
Director Marko Pavlović said the scheme would not apply to murals painted with
the owner's permission. If the pilot succeeds, it will be extended to the
whole city.""",
"""Under a pilot scheme that begins in April, Vrelo property owners will be
able to have graffiti removed from their facades free of charge, the municipal
utility company announced. For six months the service will cover the old town
and two adjoining districts. Owners have to sign up online and give their
consent, and the cleaning will be done within ten working days of applying.
The city has set aside 150,000 euros for the pilot. More than 1,100 complaints
about graffiti were made to the municipality last year. According to director
Marko Pavlović, the scheme will also apply to murals painted with the owner's
permission. Should the pilot prove successful, it will be rolled out
citywide.""",
errors=[
    E("will also apply", "polarity", "major", "would not apply"),
],
traps=[
    T("have graffiti removed from their facades free of charge",
      "free graffiti removal from their facades"),
    T("set aside 150,000 euros", "allocated 150,000 euros"),
    T("rolled out citywide", "extended to the whole city"),
]),

C("fire station staffing", "translation",
"""The fire station in the town of Belcastro will be staffed around the clock
again from 1 March, after two years in which it operated only during the day,
the regional fire service command announced yesterday. Twelve new firefighters
have been hired for this purpose. Until now, emergencies at night had been
covered by the station in Monteradi, 22 kilometres away, which meant an
average response time of about 25 minutes. With the new shifts, the response
time at night should fall to under eight minutes. Mayor Carla Rinaldi called
the decision "a victory for the whole community", which had collected 6,000
signatures in a petition.""",
"""From 1 March, Belcastro's fire station will once again operate 24 hours a
day, ending two years of daytime-only operation, the regional fire service
command said yesterday. A dozen additional firefighters have been taken on to
make this possible. Night-time call-outs have so far been handled by the
Monteradi station, 22 km away, with response times averaging roughly 25
minutes. Under the new shift system, the night-time response time is expected
to drop below eight minutes. The mayor, Carla Rinaldi, described the move as
"a victory for the whole community", which had gathered 6,000 signatures on a
petition.""",
traps=[
    T("24 hours a day", "around the clock"),
    T("ending two years of daytime-only operation",
      "after two years in which it operated only during the day"),
    T("A dozen additional firefighters", "Twelve new firefighters"),
    T("22 km away", "22 kilometres away"),
    T("is expected to drop below eight minutes", "should fall to under eight minutes"),
]),

C("motorway speed camera", "translation",
"""A new average-speed camera system on the A7 motorway between Drevnik and
Solany recorded 4,300 speeding offences in its first month of operation, the
national road safety agency said on Tuesday. The system measures vehicles'
average speed over a 17-kilometre stretch where the limit is 110 kilometres
per hour. The highest speed recorded was 212 kilometres per hour. Agency
director Tomáš Brejcha said the number of serious accidents on the section had
already fallen, although he cautioned that one month was too short a period to
draw conclusions. Fines will be sent out from next week. The transport
ministry plans to install similar systems on four other motorways.""",
"""In its first month in operation, the new average-speed camera system on the
A7 motorway between Drevnik and Solany registered 4,300 speeding offences, the
national road safety agency reported on Tuesday. It calculates the average
speed of vehicles along a 17-kilometre section with a limit of 110 km/h. The
fastest vehicle was clocked at 221 km/h. The transport ministry said serious
accidents on the section had already become less frequent, though it warned
that one month was too short a period to draw conclusions. Fines will be
posted from next week. Similar systems are planned on four other motorways by
the transport ministry.""",
errors=[
    E("221", "number", "major", "212"),
    E("The transport ministry", "attribution", "major",
      "Agency director Tomáš Brejcha"),
],
traps=[
    T("110 km/h", "110 kilometres per hour"),
    T("had already become less frequent", "had already fallen"),
]),
]
