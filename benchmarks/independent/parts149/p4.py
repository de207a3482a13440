"""Translation pairs (five consistent, five inconsistent). Both texts are
independent English renderings of the same (notional) non-English story."""
from ._helpers import E, O, T, case

CASES = [
case("hospital ward closure", "translation",
"""The Saint-Orbain regional hospital will close its paediatric ward on 1 July
because it can no longer recruit enough nurses, the hospital's management
announced on Monday. Children needing admission will be transferred to the
university hospital in Montvallier, 45 kilometres away. According to director
Hélène Vasseur, eleven of the ward's 26 nursing posts are currently vacant,
despite two recruitment campaigns last year. The paediatric emergency service
will remain open during the day. Local elected officials have condemned the
decision, and the union Collectif Santé Orbain has called a demonstration in
front of the hospital for Saturday. The regional health agency said the closure
was temporary and that it hoped to reopen the ward before the end of the
year.""",
"""On Monday the management of the regional hospital of Saint-Orbain announced
that its children's ward will shut on July 1, as it is no longer able to hire a
sufficient number of nurses. Young patients who must be hospitalised will be
sent to Montvallier university hospital, 54 kilometres away. Director Hélène
Vasseur said that eleven out of 26 nurse positions on the ward are currently
unfilled, even though two hiring campaigns were run last year. During the
daytime, the paediatric emergency department will stay open. The decision has
been denounced by local elected representatives, and the Collectif Santé Orbain
union has called for a protest outside the hospital on Saturday. According to
the health ministry, the closure is temporary and it hopes the ward can reopen
before year's end.""",
errors=[E("54 kilometres", "number", "major", "45 kilometres"),
        E("the health ministry", "entity", "major", "The regional health agency")],
traps=[T("children's ward", "paediatric ward"),
       T("unfilled", "vacant"),
       T("before year's end", "before the end of the year")]),

case("gymnasium fire", "translation",
"""A fire destroyed the municipal gymnasium in the town of Vellano during the
night from Tuesday to Wednesday. The alarm was raised at around 2:30 a.m. by a
resident who saw smoke coming from the roof. Some 40 firefighters fought the
blaze for four hours, but could not save the building, which had been renovated
in 2019. Nobody was inside at the time and there were no injuries. The cause of
the fire is still unknown; the prosecutor's office has opened an investigation
and has not ruled out arson. Mayor Lucia Ferrante said the four sports clubs
that trained in the gymnasium would be temporarily housed in school halls, and
that the town intended to rebuild it 'as quickly as possible'.""",
"""Vellano's municipal sports hall burned down overnight between Tuesday and
Wednesday. A local resident noticed smoke rising from the roof and raised the
alarm at approximately half past two in the morning. About forty firefighters
battled the flames for four hours without being able to save the building,
which had undergone renovation in 2019. No one was in the gym at the time, and
nobody was hurt. What started the fire has not yet been established; prosecutors
have launched an inquiry and are not excluding the possibility that it was set
deliberately. According to mayor Lucia Ferrante, the four sports clubs that
trained in the gymnasium will be accommodated in school halls for the time
being, and the municipality plans to rebuild it 'as fast as possible'.""",
traps=[T("burned down", "A fire destroyed"),
       T("at approximately half past two in the morning", "at around 2:30 a.m."),
       T("About forty firefighters", "Some 40 firefighters"),
       T("are not excluding the possibility that it was set deliberately",
         "has not ruled out arson"),
       T("will be accommodated in school halls for the time being",
         "would be temporarily housed in school halls")]),

case("corruption trial verdict", "translation",
"""The former mayor of Castelbruno, Renato Gallizzi, was sentenced on Thursday to
three years in prison for accepting bribes in exchange for public works
contracts, the regional court announced. The court found that between 2016 and
2019 Gallizzi received around 380,000 euros from two construction companies.
Eighteen months of the sentence are suspended. Gallizzi, who has always denied
the charges, will appeal, his lawyer Paola Serini said after the verdict. Two
business owners tried alongside him received suspended sentences of twelve
months each. The court also banned Gallizzi from holding public office for five
years. The prosecution had requested four and a half years.""",
"""Renato Gallizzi, formerly mayor of Castelbruno, received a three-year prison
sentence on Thursday for taking bribes in return for public works contracts,
according to the regional court. The judges established that in 2016 and 2019
Gallizzi was paid some 380,000 euros by two building firms. A year and a half
of the term is suspended. Gallizzi has consistently denied the accusations and
will lodge an appeal, his lawyer, Paola Serini, said after the ruling. The two
entrepreneurs who stood trial with him were each given a suspended twelve-month
sentence. The court further barred Gallizzi from public office for five years.
Prosecutors had sought a sentence of four and a half years.""",
errors=[E("in 2016 and 2019", "date", "major", "between 2016 and 2019")],
traps=[T("building firms", "construction companies"),
       T("A year and a half of the term", "Eighteen months of the sentence"),
       T("were each given a suspended twelve-month sentence",
         "received suspended sentences of twelve months each")]),

case("doctor strike ballot", "translation",
"""Hospital doctors in the Republic of Vardania will vote next month on whether
to strike over pay and working hours, their main union announced on Tuesday.
The Vardanian Physicians' Federation said the ballot would run from 3 to 17
March and that any strike would not affect emergency care. The union is
demanding a 9 percent pay rise and a limit of 48 working hours per week; the
health ministry has offered 4 percent. Federation president Dr Ilse Marković
said talks had broken down after the ministry refused to discuss working hours.
The ministry said in a statement that it regretted the union's decision and
that its offer remained on the table. About 14,000 doctors are eligible to
vote.""",
"""Vardania's main union of hospital doctors said on Tuesday that its members
will be balloted next month on strike action over pay and hours. Voting will
take place from March 3 to March 17, according to the Vardanian Physicians'
Federation, and emergency care would be exempt from any walkout. The union
wants salaries raised by 9 percent and the working week capped at 48 hours,
whereas the ministry of health has proposed 4 percent. Negotiations collapsed
when the ministry would not discuss working time, said Dr Ilse Marković, the
federation's president. In a statement, the ministry expressed regret at the
union's decision and said its offer still stands. Around 14,000 doctors are
entitled to take part in the vote.""",
traps=[T("from March 3 to March 17", "from 3 to 17 March"),
       T("the working week capped at 48 hours", "a limit of 48 working hours per week"),
       T("Negotiations collapsed", "talks had broken down"),
       T("its offer still stands", "its offer remained on the table"),
       T("entitled to take part in the vote", "eligible to vote")]),

case("firewood shortage", "translation",
"""Households in the mountain district of Hallenberg are facing a shortage of
firewood ahead of the winter, after storm damage and a ban on logging in two
state forests cut supplies. The price of a cubic metre of beech has risen from
85 to 130 euros since spring, according to the district's association of wood
merchants. Its chairman, Konrad Weisshaupt, said merchants would not accept new
customers until December. The district council announced on Wednesday that
elderly residents on low incomes could apply for a heating allowance of up to
300 euros. Forestry officials said the logging ban, introduced to protect a rare
beetle, would not be lifted before 2026. They advised residents not to burn
freshly cut wood, which produces more smoke and less heat.""",
"""With winter approaching, households in the mountainous Hallenberg district
are running short of firewood, since storm damage and a logging ban in two state
forests have reduced supply. According to the district's wood merchants'
association, a cubic metre of beech now costs 130 euros, compared with 85 euros
in the spring. The association's chairman, Konrad Weisshaupt, stated that
merchants will be accepting new customers until December. On Wednesday the
district council said that elderly residents may apply for a heating subsidy of
as much as 300 euros. The logging ban, which was imposed to protect a rare
species of beetle, will not be lifted until 2026 at the earliest, forestry
officials said. They recommended that residents avoid burning freshly felled
wood, as it gives off more smoke and less heat.""",
errors=[E("will be accepting new customers", "polarity", "major",
          "would not accept new customers"),
        O("on low incomes", "major", after="elderly residents")],
traps=[T("as much as 300 euros", "up to 300 euros"),
       T("will not be lifted until 2026 at the earliest",
         "would not be lifted before 2026")]),

case("television channel merger", "translation",
"""The two private television channels Westfunk TV and Nordblick will merge at
the start of next year to form a single broadcaster, their parent companies
announced on Thursday. The new channel, whose name has not yet been decided,
will be majority-owned by the media group Aurion, which will hold 60 percent of
the shares; the remaining 40 percent will belong to the Hafstad publishing
house. About 150 of the combined 900 jobs are to be cut, mainly in
administration. The merger still requires the approval of the competition
authority, which is expected to rule by the end of October. Both channels' news
programmes will continue to be broadcast separately until at least the
summer.""",
"""Westfunk TV and Nordblick, two privately owned television channels, are to
combine into one broadcaster at the beginning of next year, their parent
companies said on Thursday. No name has been chosen yet for the new channel.
Aurion, a media group, will own a majority stake of 60 percent, with the other
40 percent held by the publisher Hafstad. Roughly one in six of the 900 jobs at
the two channels will go, chiefly in administration. The deal must still be
cleared by the competition authority, whose ruling is expected by the end of
October. Until the summer at least, each channel will keep broadcasting its own
news programmes.""",
traps=[T("No name has been chosen yet", "whose name has not yet been decided"),
       T("a majority stake of 60 percent", "which will hold 60 percent of the shares"),
       T("Roughly one in six of the 900 jobs", "About 150 of the combined 900 jobs"),
       T("cleared by the competition authority",
         "requires the approval of the competition authority"),
       T("Until the summer at least", "until at least the summer")]),

case("bus fare freeze", "translation",
"""Bus fares in the city of Grenvik will remain frozen for a third consecutive
year, the transport authority announced on Monday. A single ticket will continue
to cost 2.40 crowns and a monthly pass 55 crowns. The authority said the freeze
would cost around 18 million crowns, which will be covered by the city budget.
Transport commissioner Sigrid Aalto said the aim was to encourage residents to
leave their cars at home, and that passenger numbers had risen by 7 percent last
year. The authority is also considering introducing free travel for pupils under
16, but said no decision would be taken before the budget debate in November.
The opposition criticised the measure as unaffordable.""",
"""For the third year in a row, bus fares in Grenvik will be kept at their
current level, the city's transport authority said on Monday. Single tickets
will still cost 2.40 crowns and monthly passes 55 crowns. According to the
authority, the city budget will bear the cost of the freeze, estimated at
roughly 18 million crowns. Transport commissioner Sigrid Aalto explained that
the goal was to get residents to leave their cars at home, adding that the
number of passengers grew by 7 percent last year. The authority will also
introduce free travel for pupils younger than 16, though it said no decision
would be made before November's budget debate. The opposition voted against the
measure, calling it unaffordable.""",
errors=[E("will also introduce", "modality", "major", "is also considering introducing"),
        E("voted against", "event", "major", "criticised")],
traps=[T("kept at their current level", "remain frozen"),
       T("estimated at roughly 18 million crowns", "would cost around 18 million crowns")]),

case("organic farm certification", "translation",
"""The Brenholt dairy farm has become the first in the Oster valley to receive
organic certification, after a three-year conversion period. The certificate
was issued last week by the inspection body Agroverit following an audit of the
farm's 140 hectares and its herd of 85 cows. Farmer Jorun Eklund said she had
stopped using artificial fertiliser and now fed the animals only on grass and
hay grown on the farm. She expects milk production to fall by about 15 percent
but hopes to obtain higher prices from a cooperative dairy in the town of
Lindal. The regional agriculture office said four other farms in the valley had
begun the conversion process.""",
"""After converting over three years, the Brenholt dairy farm is now the Oster
valley's first certified organic farm. Agroverit, the inspection body, granted
the certificate last week once it had audited the 140-hectare farm and its 85
cows. Jorun Eklund, who runs the farm, explained that she no longer uses
artificial fertiliser and that her animals are fed exclusively on grass and hay
produced on the farm. She anticipates that milk output will drop by roughly 15
percent, but she hopes a cooperative dairy in the town of Lindal will pay her
more. Four more farms in the valley have started converting, according to the
regional agriculture office.""",
traps=[T("is now the Oster valley's first certified organic farm",
         "has become the first in the Oster valley to receive organic certification"),
       T("the 140-hectare farm", "the farm's 140 hectares"),
       T("fed exclusively", "fed the animals only"),
       T("drop by roughly 15 percent", "fall by about 15 percent")]),

case("monastery sale", "translation",
"""The monastic community of Saint Wendmar has put its 17th-century monastery
near the village of Oberwald up for sale because only six monks still live
there, the order announced on Friday. The asking price for the complex, which
includes a church, a brewery and 30 hectares of woodland, is 4.2 million euros.
Abbot Matthias Hollerer said the community could no longer afford the
maintenance costs, estimated at 250,000 euros a year. The monks will move to a
sister monastery in the regional capital by the end of next year. The order
said it preferred a buyer who would keep the site open to the public, and that
the church would remain consecrated. Several investors have already expressed
interest, including a hotel group.""",
"""The monastic community of Saint Wendmar is selling its 17th-century monastery
close to the village of Oberwald, since just six monks are still living there,
the order said on Friday. The complex comprises a church, a brewery and 30
hectares of forest, and is on offer for 4.2 million euros. According to Abbot
Matthias Hollerer, the community can no longer pay for its upkeep, which is
estimated to cost 250,000 euros annually. By the end of next year, the monks
will relocate to a sister house in the regional capital. The complex comprises
a church, a brewery and 30 hectares of forest. The order would prefer a buyer
who keeps the site accessible to the public, and the church will stay
consecrated, it said. A number of investors, among them a hotel group, have
already shown interest.""",
errors=[E("The complex comprises a church, a brewery and 30 hectares of forest",
          "repetition", "minor", occ=1)],
traps=[T("30 hectares of forest", "30 hectares of woodland"),
       T("is on offer for 4.2 million euros", "is 4.2 million euros"),
       T("A number of investors", "Several investors")]),

case("hydroelectric dam upgrade", "translation",
"""The state energy company Hydrolux will spend 95 million euros modernising the
Tresvale dam, which has supplied electricity to the region since 1964. The
work, scheduled to begin in April and last about three years, will replace the
plant's four turbines with more efficient models and raise its output from 120
to 150 megawatts. During the works, the plant will operate at reduced capacity
but will not shut down completely, project manager Amélie Roussin said. The
reservoir will be partially drained in the second year to allow repairs to the
dam wall. Anglers' associations have expressed concern about the effect on fish
stocks, and Hydrolux said it would fund a study on the issue.""",
"""Hydrolux, the state-owned energy company, is to invest 95 million euros in
upgrading the Tresvale dam, which has been generating power for the region since
1964. Work is due to start in April and take roughly three years; the four
turbines will be swapped for more efficient ones, raising output from 120 MW to
150 MW. According to project manager Amélie Roussin, the plant will keep running
throughout, albeit at reduced capacity. In the second year, the reservoir will
be partly emptied so that the dam wall can be repaired. Fishing associations
have voiced worries about the impact on fish stocks, and Hydrolux has said it
will finance a study into the question.""",
traps=[T("from 120 MW to 150 MW", "from 120 to 150 megawatts"),
       T("will keep running throughout, albeit at reduced capacity",
         "will operate at reduced capacity but will not shut down completely"),
       T("partly emptied", "partially drained"),
       T("Fishing associations", "Anglers' associations")]),
]
