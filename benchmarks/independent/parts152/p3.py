"""Summary pairs (five consistent, five inconsistent)."""
from ._helpers import C, E, OM, T, W  # noqa: F401

CASES = [
C("lottery jackpot rollover", "summary",
"""No ticket matched all six numbers in Saturday's Stellar Millions draw,
meaning the jackpot will roll over to an estimated 46 million dollars for
Wednesday's draw, operator Crestline Lotteries said. It is the ninth
consecutive rollover and the largest jackpot in the game's 12-year history.
Ticket sales for the Saturday draw rose by about a third compared with the
previous week. Crestline said two tickets matched five numbers plus the bonus
ball, each winning 210,000 dollars. Under the game's rules, if the jackpot is
not won by the 12th consecutive draw, it must be shared among players in the
next winning tier. A spokesperson urged players to gamble responsibly.""",
"""The Stellar Millions jackpot has rolled over for the ninth draw in a row
after no ticket matched all six numbers on Saturday, taking Wednesday's prize
to a record of an estimated $46m, Crestline Lotteries said. Two tickets that
matched five numbers plus the bonus ball won $210,000 each.""",
traps=[
    T("for the ninth draw in a row", "ninth consecutive rollover"),
    T("a record", "the largest jackpot in the game's 12-year history"),
    T("$46m", "46 million dollars"),
    T("won $210,000 each", "each winning 210,000 dollars"),
]),

C("orphaned seal pup rescue", "summary",
"""Volunteers from the Greyhaven Marine Rescue centre have saved an orphaned
grey seal pup found on a beach near Castle Point, the charity said on Friday.
The pup, a female thought to be about three weeks old, weighed just 11
kilograms when she was found on Tuesday, roughly half the normal weight for
her age. Staff believe her mother was driven away by dogs. She is being fed a
fish-based formula by tube five times a day and is expected to stay at the
centre for about four months before being released back into the wild. The
centre has named her Pebble. It is the 19th pup it has taken in this winter,
compared with 12 last year.""",
"""Greyhaven Marine Rescue is caring for an orphaned grey seal pup, named
Pebble, that was found on a beach near Castle Point weighing only 11kg, about
half the normal weight for her age. Staff believe her mother was killed by
dogs. Pebble is expected to spend about four months at the centre before
returning to the wild. She is the centre's 19th pup this winter, against 15
last year.""",
errors=[
    E("killed", "event", "major", "driven away"),
    E("15", "number", "minor", "12"),
],
traps=[
    T("only 11kg", "just 11 kilograms"),
    T("returning to the wild", "released back into the wild"),
]),

C("care worker visa rule", "summary",
"""The interior ministry of Norvania will require overseas care workers to
show a job offer paying at least 28,000 euros a year before they can receive a
work visa, under rules taking effect on 1 April. Currently, care workers need
an offer of 23,000 euros. The ministry said the change was intended to stop
exploitation by agencies that recruited workers abroad and then paid them less
than promised. Care providers' association CareFirst warned the higher
threshold could worsen staff shortages, saying that about one in six care jobs
in the country was unfilled. Workers already holding visas will not be
affected when they renew. The ministry said it would review the rule after 18
months.""",
"""From 1 April, foreign care workers seeking a Norvanian work visa will need a
job offer worth at least €28,000 a year, up from €23,000, in a move the
ministry says is meant to stop exploitation by recruitment agencies. A care
providers' association warns it may deepen staff shortages; existing visa
holders will be unaffected at renewal.""",
traps=[
    T("foreign care workers", "overseas care workers"),
    T("€28,000 a year", "28,000 euros a year"),
    T("may deepen staff shortages", "could worsen staff shortages"),
    T("existing visa holders will be unaffected",
      "Workers already holding visas will not be affected"),
]),

C("concert venue licence", "summary",
"""Councillors in Redbrook have renewed the licence of the Foundry, a
2,500-capacity concert venue, but imposed new conditions following complaints
from neighbours about noise and crowds. Under the new licence, live music must
end by 11 p.m. on weeknights and by midnight at weekends, an hour earlier than
before. The venue must also employ at least eight stewards for events of more
than 1,000 people and install a noise limiter before its next concert. The
licensing committee rejected a call from residents to revoke the licence
altogether. The venue's manager, Joel Tanaka, said the conditions were "tough
but workable". The new licence runs for three years.""",
"""Redbrook councillors have renewed the Foundry concert venue's licence for
three years, rejecting residents' calls to revoke it, but with new conditions
after noise and crowd complaints: live music must stop by 11 p.m. on weeknights
and midnight at weekends, an hour later than before, and a noise limiter must
be fitted before the next concert.""",
errors=[
    E("an hour later than before", "date", "major", "an hour earlier than before"),
],
traps=[
    T("rejecting residents' calls to revoke it",
      "rejected a call from residents to revoke the licence altogether"),
    T("a noise limiter must be fitted", "install a noise limiter"),
]),

C("paper mill job losses", "summary",
"""Harlow Paper will close its mill in the town of Brackenford by the end of
March, with the loss of 310 jobs, the company said on Tuesday. The mill, which
has operated since 1921, makes packaging board and is the town's largest
private employer. Harlow blamed falling demand and energy costs that it said
had risen by 70 per cent over three years. Production will move to the
company's newer plant at Sandmere, where about 45 jobs will be created. The
regional mayor, Colin Ashworth, said he would set up a task force to help
affected workers find new jobs. Unions said they would seek talks to save the
mill.""",
"""Harlow Paper is to shut its Brackenford mill, the town's biggest private
employer, by the end of March, cutting 310 jobs; it blames falling demand and
a 70% jump in energy costs over three years. Production moves to its Sandmere
plant, where around 45 jobs will be created. Unions will seek talks to save
the mill.""",
traps=[
    T("the town's biggest private employer", "the town's largest private employer"),
    T("cutting 310 jobs", "with the loss of 310 jobs"),
    T("a 70% jump in energy costs", "had risen by 70 per cent"),
    T("around 45 jobs", "about 45 jobs"),
]),

C("stray cattle on motorway", "summary",
"""A section of the M14 motorway near Oakhurst was closed for nearly three
hours on Thursday morning after about 20 cattle escaped from a nearby farm and
wandered onto the carriageway. Police said no one was hurt, although one car
was damaged when it struck a cow, which later had to be put down. Officers and
farm workers rounded up the animals using a borrowed trailer. The farm's
owner, Gareth Pryce, said a gate appeared to have been left open by walkers.
Highways officials said they would inspect fencing along the stretch, and
police said the farmer could face a fine if the fencing was found to be
inadequate.""",
"""About 20 cattle that escaped from a farm near Oakhurst shut part of the M14
for almost three hours on Thursday morning. No one was injured, but a car hit
a cow, which later had to be put down. The farmer, who believes walkers left a
gate open, will be fined if fencing is found inadequate, police said.""",
errors=[
    E("will be fined", "modality", "major", "could face a fine"),
],
traps=[
    T("almost three hours", "nearly three hours"),
    T("No one was injured", "no one was hurt"),
    T("who believes walkers left a gate open",
      "said a gate appeared to have been left open by walkers"),
]),

C("taxi app fine", "summary",
"""The competition authority of Lorvat has fined ride-hailing company Zipcab
6.2 million euros for misleading passengers about surge pricing. An
investigation found that between 2021 and 2023 the app displayed estimated
fares that were on average 22 per cent lower than the amounts customers were
eventually charged during busy periods. The authority said about 180,000
passengers had been affected. Zipcab has also been ordered to show the full
price before a ride is booked. The company said it disagreed with the ruling
and was considering an appeal, but had already changed how fares are
displayed. Drivers' earnings were not affected by the practice, the authority
said.""",
"""Lorvat's competition watchdog has fined Zipcab €6.2m after finding that
between 2021 and 2023 its app showed estimated fares at busy times that were
on average just over a fifth below what customers were eventually charged,
affecting about 180,000 passengers. Zipcab, which may appeal, must now display
the full price before booking.""",
traps=[
    T("competition watchdog", "competition authority"),
    T("€6.2m", "6.2 million euros"),
    T("just over a fifth below", "22 per cent lower than"),
    T("which may appeal", "was considering an appeal"),
    T("display the full price before booking",
      "show the full price before a ride is booked"),
]),

C("chimney fire warnings", "summary",
"""Fire crews in Durnford county have attended 64 chimney fires since the start
of October, more than double the number in the same period last year, the
county's fire and rescue service said from its headquarters in Wrayford. Most
of the fires were in villages around Ashcombe, in the north of the county. The
service believes the rise is linked to more households burning wood to save
on energy bills, often without having their chimneys swept. Station commander
Aisha Moreno urged residents to have chimneys cleaned at least once a year and
to burn only dry, seasoned wood. Chimney sweeps in parts of the county are
fully booked until January. No one has been seriously injured in the fires,
but two homes were badly damaged.""",
"""Chimney fires in Durnford county have more than doubled on last year, with
64 since the start of October, mostly in villages around Wrayford. The fire
service links the rise to more people burning wood to cut energy bills, often
without having chimneys swept, and urges residents to have them cleaned at
least once a year and to burn only dry, seasoned wood. The fire service links
the rise to more people burning wood to cut energy bills, often without having
chimneys swept.""",
errors=[
    E("Wrayford", "entity", "major", "Ashcombe"),
    E("The fire service links the rise to more people burning wood to cut "
      "energy bills, often without having chimneys swept", "repetition",
      "minor", None, occ=1),
],
traps=[
    T("have more than doubled on last year",
      "more than double the number in the same period last year"),
]),

C("snowfall record", "summary",
"""The mountain town of Alpenrod recorded 1.42 metres of snow in 24 hours
between Sunday and Monday, breaking a national record that had stood since
1962, the national weather service confirmed on Wednesday. The previous
record, 1.31 metres, was set at the village of Steinach Pass. Roads into
Alpenrod were closed for two days and around 4,000 tourists were unable to
leave, although supplies remained adequate. Avalanche warnings remain at the
second-highest level. Meteorologist Karin Holt said a slow-moving storm system
had stalled over the valley. More snow is forecast at the weekend but in much
smaller amounts.""",
"""A national record was broken when 1.42m of snow fell on Alpenrod in a single
day between Sunday and Monday, beating the 1.31m mark set at Steinach Pass in
1962, the weather service confirmed. Roads into the town were shut for 48
hours, stranding around 4,000 tourists.""",
traps=[
    T("in a single day", "in 24 hours"),
    T("the 1.31m mark", "1.31 metres"),
    T("shut for 48 hours", "closed for two days"),
    T("stranding around 4,000 tourists",
      "around 4,000 tourists were unable to leave"),
]),

C("community garden eviction", "summary",
"""Volunteers who run the Larkspur Lane community garden have been given until
31 May to leave the site after the city council agreed to sell the land to a
housing developer. The garden, created on derelict ground in 2009, has around
70 plots and supplies vegetables to a local food bank. The council said the
sale would raise 1.8 million pounds and allow 24 affordable homes to be built.
Officials have offered the group an alternative site about a mile away, but
the volunteers said it had poor soil and no water supply. They said they did
not plan to resist the eviction but would keep campaigning for the council to
reconsider. A petition opposing the eviction has gathered more than 5,000
signatures.""",
"""The Larkspur Lane community garden's volunteers must leave by 31 May after
the city council agreed to sell the site to a housing developer for £1.8m,
allowing 24 affordable homes. They say an alternative site offered about a mile
away has poor soil and no water, and plan to resist the eviction while
campaigning for a rethink; a petition against it has over 5,000 signatures.""",
errors=[
    E("plan to resist the eviction", "polarity", "major",
      "did not plan to resist the eviction"),
],
traps=[
    T("£1.8m", "1.8 million pounds"),
    T("over 5,000 signatures", "more than 5,000 signatures"),
]),
]
