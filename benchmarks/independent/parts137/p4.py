"""Cases 31-40 (translations: two independent English renderings of one foreign-language story)."""
from .h import C, E, OM, T

CASES = [
# 31 --------------------------------------------------------------------
C("particle accelerator upgrade", "translation", "consistent",
"""The Valmont Nuclear Physics Laboratory in south-eastern France will shut down its
particle accelerator for 18 months from next January to carry out an upgrade costing 210
million euros, the laboratory's management announced on Friday. The work will increase
the machine's collision rate by a factor of five, allowing researchers to study rare
particle decays that are currently too infrequent to measure. Around 1,400 scientists
from 30 countries use the facility. According to director Élise Garnier, about 60% of
the cost will be covered by the French state, with the rest shared among partner
institutes abroad. During the shutdown, some experiments will move temporarily to
partner laboratories in Germany and Italy. The laboratory said it did not expect any job
losses.""",
"""From January next year, the particle accelerator at the Valmont laboratory for
nuclear physics, in the south-east of France, will be switched off for a year and a half
so that it can undergo a €210m modernisation, its management said on Friday. Once the
works are finished, the accelerator will produce five times as many collisions, which
will let physicists examine rare decays of particles that at present occur too seldom
to be measured. Some 1,400 researchers from thirty countries work with the installation.
Director Élise Garnier said that the French state will fund roughly three-fifths of the
bill, and foreign partner institutes will divide the remainder between them. While the
machine is stopped, certain experiments will be relocated for a time to partner
laboratories in Germany and Italy. The management does not anticipate any job cuts.""",
traps=[T("for a year and a half", "for 18 months"),
       T("€210m", "210 million euros"),
       T("five times as many collisions",
         "increase the machine's collision rate by a factor of five"),
       T("thirty countries", "30 countries"),
       T("roughly three-fifths", "about 60%")]),

# 32 --------------------------------------------------------------------
C("cruise ship emissions", "translation", "inconsistent",
"""Cruise ships calling at the port of Skjelvik in western Norway will have to connect
to shore power from 2026 or pay a fee of 50,000 kroner per visit, the municipal council
decided on Tuesday by 31 votes to 8. Ships currently run their diesel engines while
docked, and measurements by the Fjordland Air Quality Institute showed that nitrogen
dioxide levels in the town centre exceeded safe limits on 42 days last summer, almost
all of them days when more than two ships were in port. The port authority, Skjelvik
Havn, will invest 180 million kroner in charging infrastructure, partly financed by the
state climate fund Klimafond. The cruise operators' association Nordcruise warned that
some shipping lines might drop the town from their itineraries.""",
"""From 2026, cruise ships that dock in Skjelvik, on Norway's west coast, must plug into
the onshore electricity supply or else pay 50,000 kroner for every call, following a
vote in the town council on Tuesday, which passed the measure 31 to 8. At present the
vessels keep their diesel engines running while moored. According to readings by the
Fjordland Air Quality Institute, the concentration of nitrogen dioxide in the town
centre was above the safe limit on 42 days last summer, every one of them a day on which
more than two ships were in port. The municipality is to spend 180 million kroner on
charging facilities, with part of the money coming from the state climate fund
Klimafond. Nordcruise, the association of cruise operators, cautioned that some lines
could remove Skjelvik from their routes.""",
errors=[OM("every one of them a day", "almost", "major"),
        E("The municipality", "entity", "major", "The port authority, Skjelvik Havn")],
traps=[T("passed the measure 31 to 8", "by 31 votes to 8"),
       T("with part of the money coming from", "partly financed by")]),

# 33 --------------------------------------------------------------------
C("beach bathing water rating", "translation", "consistent",
"""The beach at Praia da Lontra, in the municipality of Vila Serena, has lost its
'excellent' bathing water rating and been downgraded to 'sufficient', according to the
annual report of the Portuguese Environment Office published on Monday. Samples taken
between May and September showed elevated levels of E. coli bacteria on six occasions,
compared with none the previous year. The office linked the contamination to overflows
from a sewage treatment plant after heavy rain. Swimming has not been banned, but the
municipality will put up signs advising against bathing for 48 hours after storms.
Mayor Rui Tavares said the plant would be expanded by 2026 at a cost of 4.5 million
euros, funded mainly by the European Union. Of the country's 640 monitored beaches, 89%
were rated excellent.""",
"""Praia da Lontra beach, in the Vila Serena municipality, is no longer classified as
having 'excellent' water for bathing and now has only a 'sufficient' rating, the
Portuguese Environment Office said in its yearly report, released on Monday. In the
samples collected from May to September, E. coli levels were raised six times, whereas
the year before there had been no such cases. The office attributed the contamination to
overflows from a sewage treatment plant following heavy rainfall. Bathing remains
permitted, though the council will install notices recommending that people stay out of
the water for two days after a storm. The mayor, Rui Tavares, said the plant will be
enlarged by 2026, at a cost of €4.5m, most of it paid for by the EU. Nationally, 89% of
the 640 beaches that are monitored were classed as excellent.""",
traps=[T("six times, whereas the year before there had been no such cases",
         "on six occasions, compared with none the previous year"),
       T("Bathing remains permitted", "Swimming has not been banned"),
       T("for two days after a storm", "for 48 hours after storms"),
       T("€4.5m", "4.5 million euros"),
       T("most of it paid for by the EU", "funded mainly by the European Union")]),

# 34 --------------------------------------------------------------------
C("poet laureate appointment", "translation", "inconsistent",
"""The poet Marisol Antequera, 58, has been appointed Chile's first national poet
laureate, the Ministry of Culture announced on Wednesday. She will hold the post for
four years and receive an annual stipend of 24 million pesos. Antequera, who was born in
the southern port town of Puerto Almendral and writes in both Spanish and Mapudungun,
has published eleven collections. She was chosen by a panel of seven writers and
academics from a shortlist of five. In her first statement, she said she would not write
poems to order for official ceremonies, but would instead run workshops in prisons and
rural schools. Culture Minister Tomás Iriarte said the government respected her
decision.""",
"""Marisol Antequera, a 58-year-old poet, has been named as Chile's first ever national
poet laureate, according to an announcement by the Ministry of Culture on Wednesday. Her
term will last four years, and she will be paid 24 million pesos a year. Born in Puerto
Almendral, a port in the south of the country, Antequera writes in Spanish as well as in
Mapudungun and is the author of eleven poetry collections. A jury of seven writers and
academics selected her from five shortlisted candidates. In her first remarks in the
role, she said that she would compose verses on commission for official ceremonies and
would also lead workshops in prisons and in schools in the countryside. The culture
minister, Tomás Iriarte, said the government respected her choice.""",
errors=[E("she would compose verses on commission for official ceremonies", "polarity",
          "critical", "would not write poems to order for official ceremonies")],
traps=[T("she will be paid 24 million pesos a year",
         "receive an annual stipend of 24 million pesos"),
       T("A jury of seven writers and academics selected her from five shortlisted candidates",
         "She was chosen by a panel of seven writers and academics from a shortlist of five")]),

# 35 --------------------------------------------------------------------
C("bee decline pesticide", "translation", "consistent",
"""Wild bee populations in the farming district of Ostermoor have fallen by 38% over ten
years, according to a study by the University of Kettwig published on Thursday in the
journal Field Entomology Letters. The researchers counted bees at 120 sites between 2013
and 2023 and found the steepest declines near fields treated with the insecticide group
known as neonicotinoids. Lead author Dr Annika Brenner said the link was 'strong but not
yet proven to be causal', and called for a larger study. Three neonicotinoids have been
banned for outdoor use in the European Union since 2018, but emergency exemptions have
been granted in several member states. The regional farmers' association, Landvolk
Ostermoor, said the study did not take account of habitat loss and recent dry
summers.""",
"""Over a decade, the number of wild bees in Ostermoor, an agricultural district, has
declined by 38 per cent, researchers from the University of Kettwig report in a study
that appeared on Thursday in the journal Field Entomology Letters. Between 2013 and 2023
the team recorded bees at 120 locations; the losses were greatest close to fields that
had been treated with neonicotinoids, a class of insecticides. The study's lead author,
Dr Annika Brenner, described the connection as 'strong but not yet proven to be causal'
and said a bigger study was needed. Since 2018 the EU has prohibited outdoor use of three
neonicotinoids, although a number of member states have allowed emergency exceptions.
The regional farmers' association, Landvolk Ostermoor, argued that the researchers had
not taken into account the loss of habitat and the dry summers of recent years.""",
traps=[T("Over a decade", "over ten years"),
       T("38 per cent", "38%"),
       T("neonicotinoids, a class of insecticides",
         "the insecticide group known as neonicotinoids"),
       T("Since 2018 the EU has prohibited outdoor use of three neonicotinoids",
         "Three neonicotinoids have been banned for outdoor use in the European Union since 2018"),
       T("a number of member states have allowed emergency exceptions",
         "emergency exemptions have been granted in several member states")]),

# 36 --------------------------------------------------------------------
C("nightclub closure", "translation", "inconsistent",
"""The nightclub Luna Nera in the Italian city of Castelmare will have to close for 30
days after police found 1,100 people inside a venue licensed for 700, the prefecture
announced on Saturday. Inspectors also found that two emergency exits had been blocked
with stacked furniture. The owner, Davide Russo, may also face criminal charges for
endangering public safety, according to the prefecture, which has passed the file to
prosecutors. In a statement, Russo apologised and said the door staff had miscounted
guests during a sold-out event. The closure comes a month after a fire at a disco in
another region injured 19 people. Local residents' associations have long complained
about noise and crowds outside the club.""",
"""Luna Nera, a nightclub in the Italian city of Castelmare, has been ordered to shut for
30 days after police discovered 1,100 people inside although the venue is licensed to
hold only 700, the prefecture said on Saturday. Inspectors also discovered that
furniture had been piled up in front of two emergency exits, blocking them. According to
the prefecture, which has sent the case to the prosecutor's office, the owner, Davide
Russo, will also face criminal charges for putting public safety at risk. Russo offered
an apology in a statement, saying that the door staff had made a mistake counting the
guests during a sold-out event. The closure comes one month after 19 people were injured
in a fire at a discotheque in another region during a sold-out event. Residents' groups
in the area have been complaining for a long time about noise and crowds outside the
club.""",
errors=[E("will also face criminal charges", "modality", "major",
          "may also face criminal charges"),
        E("during a sold-out event", "repetition", "minor", None, occ=1)],
traps=[T("has sent the case to the prosecutor's office", "has passed the file to prosecutors"),
       T("had made a mistake counting the guests", "had miscounted guests")]),

# 37 --------------------------------------------------------------------
C("concert cancellation refunds", "translation", "consistent",
"""Fans who bought tickets for the two cancelled concerts by the singer Lia Monteverde at
the Arena Porto Claro will receive full refunds within 30 days, the promoter Sonora
Eventos said on Monday. Around 38,000 tickets had been sold for the shows, which were
due to take place on 14 and 15 March. The promoter cancelled them less than three hours
before the first concert was due to start, citing structural problems with the stage.
Buyers who paid by card will be refunded automatically, while those who paid in cash
must apply on the company's website by 30 April. Brazil's consumer protection agency,
Consumidor Seguro, said it had opened an investigation and could fine the promoter if
refunds were delayed. The singer said she hoped to reschedule the concerts later in the
year.""",
"""Sonora Eventos, the promoter, announced on Monday that everyone who had tickets for
Lia Monteverde's two called-off shows at the Arena Porto Claro will get all their money
back within thirty days. Some 38,000 tickets were sold for the concerts, scheduled for
14 and 15 March, which the promoter cancelled with under three hours to go before the
first one was to begin, blaming structural faults in the stage. Those who bought with a
card will get their refund without having to do anything; people who paid in cash have
until 30 April to submit a request through the company's website. Consumidor Seguro,
the Brazilian consumer protection agency, has launched an inquiry and said the promoter
could be fined if the refunds are late. Monteverde said she hoped the shows could be
rescheduled for later this year.""",
traps=[T("will get all their money back", "will receive full refunds"),
       T("with under three hours to go", "less than three hours before"),
       T("will get their refund without having to do anything", "will be refunded automatically"),
       T("have until 30 April to submit a request", "must apply on the company's website by 30 April"),
       T("has launched an inquiry", "had opened an investigation")]),

# 38 --------------------------------------------------------------------
C("stray dog cull", "translation", "inconsistent",
"""The city council of Brădeni in Romania has suspended a plan to cull stray dogs after
the animal welfare group Patru Labe won an injunction against it in the regional court
on Thursday. The council had voted in January to put down unclaimed dogs held in
municipal shelters for more than 14 days, arguing that the city's 4,500 strays posed a
danger after a child was bitten in December. Patru Labe, which sued the council, argued
that the plan breached national animal protection law. The judge ordered the council to
present a sterilisation programme within 60 days. Mayor Sorin Dobre said the city would
respect the ruling but might appeal. The organisation has offered to fund the
sterilisation of 1,000 dogs.""",
"""Brădeni, a city in Romania, has put on hold its plan to kill stray dogs, after the
animal protection organisation Patru Labe secured an injunction against it at the
regional court on Thursday. In January the council had decided that dogs kept in
municipal shelters for longer than two weeks without being claimed would be euthanised,
saying the 4,500 strays in the city were a danger after a child was bitten in December.
Patru Labe, which the council had taken to court, maintained that the scheme violated the
national animal protection law. The judge gave the council 60 days to present a
sterilisation programme. The mayor, Sorin Dobre, said the city would respect the
decision, although it could still appeal. The organisation has offered to pay for 1,000
dogs to be sterilised.""",
errors=[E("Patru Labe, which the council had taken to court", "role", "major",
          "Patru Labe, which sued the council")],
traps=[T("for longer than two weeks", "for more than 14 days"),
       T("gave the council 60 days to present a sterilisation programme",
         "ordered the council to present a sterilisation programme within 60 days")]),

# 39 --------------------------------------------------------------------
C("heatwave working hours", "translation", "consistent",
"""The provincial government of Valdoria in southern Spain has banned outdoor work
between 2pm and 6pm on days when the national weather agency issues an orange or red heat
alert, with immediate effect. The rule applies to construction, agriculture, street
cleaning and delivery services. Employers who break it face fines of between 2,000 and
40,000 euros. The measure follows the death last week of a 52-year-old road worker who
collapsed while laying asphalt in a temperature of 43 degrees. Trade unions welcomed the
decision but said it should be extended to indoor workplaces without air conditioning.
The regional association of building firms warned that delays to projects were
inevitable. Forecasters expect temperatures to exceed 40 degrees in the province until
at least Sunday.""",
"""Working outdoors between two and six in the afternoon is now prohibited in the
southern Spanish province of Valdoria whenever the national meteorological agency
declares an orange or red heat warning, the provincial government has decided; the ban
took effect immediately. It covers building sites, farming, street cleaning and delivery
work. Companies that do not comply can be fined from 2,000 to 40,000 euros. The decision
comes after a 52-year-old road worker died last week, having collapsed while he was
spreading asphalt in 43-degree heat. The unions were pleased with the measure but called
for it to cover indoor workplaces that lack air conditioning as well. The regional
association of construction companies cautioned that projects would unavoidably be
delayed. Forecasters expect the province to see temperatures above 40 degrees until
Sunday at the earliest.""",
traps=[T("between two and six in the afternoon", "between 2pm and 6pm"),
       T("took effect immediately", "with immediate effect"),
       T("in 43-degree heat", "in a temperature of 43 degrees"),
       T("projects would unavoidably be delayed", "delays to projects were inevitable"),
       T("until Sunday at the earliest", "until at least Sunday")]),

# 40 --------------------------------------------------------------------
C("car plant closure", "translation", "inconsistent",
"""The carmaker Vireo Automobiles will close its assembly plant in Saint-Aubrac, in
eastern France, at the end of 2025, the company confirmed on Tuesday, putting 1,850 jobs
at risk. Production of the compact Vireo Lumo model will be transferred to the group's
factory in Slovakia, where costs are lower. Management said it would offer staff
transfers to its other French sites as well as voluntary redundancy packages. The union
SMA-Métal called a strike for Thursday and accused the company of breaking a 2021
promise to keep the plant open until 2030. The regional president, Claire Fauvel, said
she would ask the government to look for a buyer for the site. The factory has built
cars since 1967.""",
"""Vireo Automobiles confirmed on Tuesday that it will shut down its Saint-Aubrac
assembly plant in the east of France at the end of 2025, a decision that threatens 1,850
jobs. The small Lumo model that is built there will in future be produced at the group's
Slovak factory, where costs are lower. According to management, employees will be
offered transfers to other French sites as well as voluntary departure schemes. The
SMA-Métal union has called a strike for Thursday and accuses the carmaker of going back
on a 2021 commitment to keep the factory running until 2030. Claire Fauvel, who presides
over the region, said she would ask the government to take over the site. Cars have been
made at the plant since 1967.""",
errors=[E("ask the government to take over the site", "event", "major",
          "ask the government to look for a buyer for the site")],
traps=[T("threatens 1,850 jobs", "putting 1,850 jobs at risk"),
       T("going back on a 2021 commitment", "breaking a 2021 promise")]),
]
