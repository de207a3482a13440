"""Cases 11-20 (rewrites)."""
from .h import C, E, OM, T

CASES = [
# 11 --------------------------------------------------------------------
C("ferry timetable cut to island", "rewrite", "consistent",
"""Ferry services between Kelby and the island of Inishmarr will be reduced from four
return sailings a day to two from 1 November, the operator Northsound Ferries has
announced. The company said the cut, which will last until at least the end of March,
was necessary because one of its two vessels, the MV Corrie, is due to undergo engine
repairs expected to take 20 weeks. The island's community council said the reduced
timetable would make it impossible for some residents to commute to jobs on the
mainland. Northsound said it was trying to charter a replacement vessel but had not yet
found one. About 640 people live on Inishmarr, which relies on the ferry for supplies,
healthcare appointments and secondary schooling.""",
"""From 1 November, Northsound Ferries will run only two return sailings a day between
Kelby and the island of Inishmarr, half the current four. The operator says the
reduction will remain in place until the end of March at the earliest, because the MV
Corrie, one of its two ships, is due to have engine repairs that are expected to take 20
weeks. According to the island's community council, the reduced timetable will leave
some residents unable to commute to jobs on the mainland. Northsound said it was
attempting to charter a stand-in vessel, although none had been found so far. Inishmarr
has a population of roughly 640 and depends on the ferry for supplies, medical
appointments and secondary schooling.""",
traps=[T("half the current four", "from four return sailings a day to two"),
       T("until the end of March at the earliest", "until at least the end of March"),
       T("a stand-in vessel", "a replacement vessel"),
       T("roughly 640", "About 640"),
       T("medical appointments", "healthcare appointments")]),

# 12 --------------------------------------------------------------------
C("ombudsman report care homes", "rewrite", "inconsistent",
"""The Care Ombudsman for the Marlow region has found that residents in 11 care homes
run by Evergreen Living were left without adequate pain relief, in a report published
on Thursday. The investigation, prompted by complaints from 23 families, identified
'repeated and avoidable failures' in medication management between 2021 and 2023.
Ombudsman Clare Whitlow recommended that the company apologise to each family and pay
£1,500 in compensation per complaint. She also said the regional care regulator should
consider whether further inspections were needed. Evergreen Living said it accepted the
findings in full, had introduced electronic medication records at all its homes and
would comply with the recommendations. The ombudsman has no power to enforce her
recommendations, but providers almost always follow them.""",
"""Residents of 11 care homes run by Evergreen Living were not given adequate pain
relief, the Care Ombudsman for the Marlow region concluded in a report released on
Thursday. Her investigation, which followed complaints from 23 families, found
'repeated and avoidable failures' in the management of medication from 2021 to 2023.
Ombudsman Clare Whitlow recommended that Evergreen apologise to every family and pay
£1,500 compensation for each complaint, and said the regional care regulator must carry
out further inspections. The company said it fully accepted the findings, had brought
in electronic medication records across all its homes and would comply with the
recommendations. Although the ombudsman cannot enforce her recommendations, providers
almost always follow them.""",
errors=[E("must carry out further inspections", "modality", "major",
          "should consider whether further inspections were needed")],
traps=[T("from 2021 to 2023", "between 2021 and 2023"),
       T("fully accepted the findings", "accepted the findings in full"),
       T("cannot enforce her recommendations", "has no power to enforce her recommendations")]),

# 13 --------------------------------------------------------------------
C("streaming royalties dispute", "rewrite", "consistent",
"""More than 3,000 independent musicians have signed an open letter accusing streaming
service Tunewave of underpaying royalties, after the company cut its per-stream rate for
smaller artists by 18% in January. The letter, organised by the Independent Artists
Guild, says the typical payment has fallen to 0.23 pence per stream, meaning an artist
needs roughly 435,000 streams to earn £1,000. Tunewave, which has 41 million
subscribers, said the change was part of a wider restructuring that would direct more
money to 'artists with engaged audiences'. The guild has asked the Competition and
Markets Office to investigate and said it was considering legal action. A Tunewave
spokesperson said the company would meet the guild's representatives next month.""",
"""Tunewave, the streaming service, is accused of underpaying royalties in an open
letter signed by over 3,000 independent musicians, following an 18% cut in January to
the per-stream rate it pays smaller artists. According to the letter, which was
organised by the Independent Artists Guild, the typical payout is now 0.23p per stream,
so an artist must be streamed about 435,000 times to earn £1,000. The company, whose
subscribers number 41 million, said the change formed part of a broader restructuring
that would steer more money to 'artists with engaged audiences'. The guild has called
on the Competition and Markets Office to investigate and said it was weighing legal
action. Tunewave will meet representatives of the guild next month, a spokesperson for
the company said.""",
traps=[T("over 3,000", "More than 3,000"),
       T("0.23p", "0.23 pence"),
       T("be streamed about 435,000 times", "needs roughly 435,000 streams"),
       T("whose subscribers number 41 million", "which has 41 million subscribers"),
       T("weighing legal action", "considering legal action")]),

# 14 --------------------------------------------------------------------
C("lead pipe replacement", "rewrite", "inconsistent",
"""Aldwater Water will replace lead supply pipes at 9,000 homes in the Eastholm area
over the next three years, after tests found lead levels above the legal limit in water
samples from 14 properties. The £37 million programme, announced on Friday, will
prioritise homes with children under six and pregnant women. The company said the risk
to health remained low and that households did not need to stop drinking tap water, but
advised running the cold tap for 30 seconds before use if it had not been used for
several hours. The regional drinking water inspectorate said it would monitor progress
quarterly. Aldwater will also offer free water filters to around 1,200 households while
they wait for replacement.""",
"""Lead supply pipes at 9,000 homes in the Eastholm area are to be replaced by Aldwater
Water over the next three years, after water samples from 14 properties were found to
contain lead above the legal limit. Homes with children under five or pregnant women
will be first in line under the £37m programme, which was announced on Friday. Aldwater
said the health risk remained low and households did not have to stop drinking tap
water, but it advised boiling tap water for 30 seconds before use if the tap had not
been used for several hours. The regional drinking water inspectorate said it would
check on progress every quarter. Around 1,200 households will also be offered free
water filters by the company while they wait for their pipes to be replaced.""",
errors=[E("children under five", "number", "major", "children under six"),
        E("boiling tap water for 30 seconds", "event", "critical",
          "running the cold tap for 30 seconds")],
traps=[T("first in line", "prioritise"),
       T("every quarter", "quarterly")]),

# 15 --------------------------------------------------------------------
C("detention centre inspection", "rewrite", "consistent",
"""Inspectors have found that detainees at the Harrowgate Immigration Removal Centre
were held for an average of 47 days last year, more than double the figure recorded at
the previous inspection in 2021. The report, published on Tuesday by the Chief Inspector
of Detention, Ifeoma Daley, said staff shortages meant detainees were locked in their
rooms for up to 16 hours a day at weekends. Inspectors also found that 38% of detainees
said they had felt unsafe at some point, although recorded levels of violence had
fallen. The centre is run by the contractor Sentinel Custodial Services on behalf of the
Home Department. Sentinel said it had recruited 40 additional officers since the
inspection and that weekend regimes had improved. The Home Department said it would
consider the report's 22 recommendations carefully.""",
"""The average period of detention at Harrowgate Immigration Removal Centre last year
was 47 days, over twice as long as at the previous inspection in 2021, according to a
report from the Chief Inspector of Detention, Ifeoma Daley, published on Tuesday.
Because of staff shortages, detainees were confined to their rooms for as long as 16
hours a day at weekends, the report said. More than a third (38%) of detainees said they
had felt unsafe at some point, even though recorded violence had gone down. Sentinel
Custodial Services runs the centre for the Home Department; the contractor said 40 more
officers had been taken on since the inspection and that weekend regimes had improved.
The report makes 22 recommendations, which the Home Department said it would consider
carefully.""",
traps=[T("over twice as long", "more than double"),
       T("for as long as 16 hours a day", "for up to 16 hours a day"),
       T("More than a third (38%)", "38%"),
       T("Sentinel Custodial Services runs the centre for the Home Department",
         "The centre is run by the contractor Sentinel Custodial Services on behalf of the Home Department"),
       T("40 more officers had been taken on", "it had recruited 40 additional officers")]),

# 16 --------------------------------------------------------------------
C("nursing agency fees", "rewrite", "inconsistent",
"""Hospitals in the Westvale health region spent £63 million on agency nurses in the
last financial year, a rise of 27% on the year before, according to figures obtained by
the Westvale Nursing Union. The highest-paid agency shifts cost up to £145 an hour,
nearly four times the rate for an equivalent directly employed nurse. The union said the
figures showed the region was 'paying a premium for its own failure to retain staff'.
Westvale Health Authority said agency spending had begun to fall in recent months after
it introduced a cap on hourly rates in April and launched a recruitment drive that has
filled 310 vacancies. The authority aims to cut agency spending by a third by 2026.""",
"""Agency nurses cost hospitals in the Westvale health region £63m in the last financial
year, 27% more than in the previous year, figures obtained by the Westvale Nursing Union
show. The most expensive agency shifts cost as much as £145 an hour, almost four times
what an equivalent directly employed nurse is paid. In the union's view, the figures
show that the region is 'paying a premium for its own failure to retain staff'. Westvale
Health Authority said spending on agency staff had started to come down in recent
months, following the introduction in April of a cap on hourly rates and a recruitment
drive that has filled 310 vacancies, 27% more than in the previous year. The authority
wants to reduce agency spending by a third by 2026.""",
errors=[E("27% more than in the previous year", "repetition", "major", None, occ=1)],
traps=[T("as much as £145 an hour", "up to £145 an hour"),
       T("almost four times", "nearly four times")]),

# 17 --------------------------------------------------------------------
C("lightning strike fire", "rewrite", "consistent",
"""A lightning strike is thought to have caused a fire that destroyed the roof of St
Bride's Church in the village of Oakhurst late on Saturday night. Firefighters were
called at 11.40pm and took almost four hours to bring the blaze under control, with 60
crew members and eight engines at the scene at its height. No one was injured. The
Hadley Fire and Rescue Service said the church's 15th-century tower and bells had
survived, but the interior had suffered extensive water and smoke damage. The Reverend
Alison Marr said the congregation was 'heartbroken' and that Sunday services would be
held in the village hall until further notice. An appeal launched by the parish on
Sunday has already raised more than £28,000.""",
"""St Bride's Church in the village of Oakhurst lost its roof in a fire late on
Saturday night that was probably started by lightning. Crews were called out at 11.40pm
and needed nearly four hours to get the fire under control; at the peak of the
operation, eight engines and 60 firefighters were in attendance. There were no
injuries. According to Hadley Fire and Rescue Service, the church's tower, which dates
from the 15th century, and its bells survived, but the interior has extensive water and
smoke damage. The Reverend Alison Marr said the congregation was 'heartbroken' and that
Sunday services would be held in the village hall for the time being. A parish appeal
launched on Sunday has already raised over £28,000.""",
traps=[T("probably started by lightning", "A lightning strike is thought to have caused"),
       T("nearly four hours", "almost four hours"),
       T("eight engines and 60 firefighters", "60 crew members and eight engines"),
       T("for the time being", "until further notice"),
       T("over £28,000", "more than £28,000")]),

# 18 --------------------------------------------------------------------
C("cold weather payments", "rewrite", "inconsistent",
"""Around 85,000 households in the Northfell region will receive cold weather payments
of £25 after temperatures averaged zero degrees or below for seven consecutive days, the
Department for Work and Pensions Services announced on Monday. The payments are
triggered automatically for people on certain means-tested benefits, and recipients do
not need to apply. Money should reach bank accounts within 14 working days. It is the
second time this winter that the scheme has been triggered in Northfell, after a cold
spell in early December. Charity Warm Homes Northfell welcomed the payments but said £25
'barely covers a week of heating' for many families and called for the scheme to be
extended to people on disability benefits who are not currently eligible.""",
"""Cold weather payments of £25 are to go to about 85,000 households in Northfell after
the average temperature stayed at or below freezing for seven days running, the
Department for Work and Pensions Services said on Monday. The payments are made to
people on certain means-tested benefits, who will need to claim the money. It should
arrive in bank accounts within 14 working days. The scheme has now been triggered in
Northfell twice this winter, the previous occasion being a cold snap in late December.
Warm Homes Northfell, a charity, welcomed the payments but said £25 'barely covers a
week of heating' for many families, and urged that eligibility be widened to people on
disability benefits who currently do not qualify.""",
errors=[E("will need to claim the money", "polarity", "critical", "do not need to apply"),
        E("late December", "date", "minor", "early December")],
traps=[T("at or below freezing", "zero degrees or below"),
       T("seven days running", "seven consecutive days")]),

# 19 --------------------------------------------------------------------
C("ferry collision", "rewrite", "consistent",
"""A passenger ferry and a fishing trawler collided in thick fog off Cape Dunlin early
on Thursday, leaving three crew members of the trawler with minor injuries. The ferry,
the Sea Wren, operated by Brightwater Lines, was carrying 212 passengers from Ardley to
Holm when it struck the 18-metre trawler Morning Star at about 6.50am. None of the
ferry's passengers or crew were hurt. The trawler was towed back to Ardley harbour by a
lifeboat, while the Sea Wren continued to Holm under its own power and arrived two hours
late. The Marine Accident Investigation Unit has begun an inquiry. Brightwater Lines
said it was cooperating fully and that the ferry would be inspected before returning to
service.""",
"""Three crew members on the fishing trawler Morning Star suffered minor injuries when
the vessel was struck by a passenger ferry in dense fog off Cape Dunlin early on
Thursday. Brightwater Lines' ferry Sea Wren, with 212 passengers on board, was sailing
from Ardley to Holm when the collision with the 18-metre trawler happened at around ten
to seven in the morning. Nobody on the ferry, passengers or crew, was injured. A
lifeboat towed the Morning Star back to harbour in Ardley; the Sea Wren made it to Holm
under its own power, two hours behind schedule. An inquiry has been opened by the Marine
Accident Investigation Unit. Brightwater Lines said it was giving its full cooperation
and that the ferry would be inspected before it went back into service.""",
traps=[T("the vessel was struck by a passenger ferry", "it struck the 18-metre trawler"),
       T("dense fog", "thick fog"),
       T("around ten to seven in the morning", "about 6.50am"),
       T("two hours behind schedule", "arrived two hours late"),
       T("An inquiry has been opened by the Marine Accident Investigation Unit",
         "The Marine Accident Investigation Unit has begun an inquiry")]),

# 20 --------------------------------------------------------------------
C("dengue fever spread", "rewrite", "inconsistent",
"""Health officials in the coastal district of Saldera have confirmed 214 cases of
dengue fever since the start of the rainy season in May, almost three times the number
recorded over the same period last year. Two people, both aged over 70, have died. The
district health office said most infections had occurred in the port city of Manzal,
where standing water left by June floods had provided breeding grounds for mosquitoes.
Fumigation teams have treated more than 6,000 homes, and schools have been asked to
remove containers that collect rainwater. Dr Inés Carvalho, the district's chief
epidemiologist, said cases were likely to keep rising until the dry season begins in
October.""",
"""Dengue fever cases in the coastal district of Saldera have reached 214 since the
rainy season began in May, up almost 300% on the same period last year, health officials
have confirmed. Two people over the age of 70 have died. Most of the infections have
been in the port city of Manzal, according to the district health office, where
mosquitoes have been breeding in standing water left behind by floods in June. More than
6,000 homes have been fumigated and schools have been asked to get rid of containers that
collect rainwater. Cases are likely to go on rising until the dry season starts in
October, the district's chief epidemiologist, Dr Inés Carvalho, said.""",
errors=[E("up almost 300%", "number", "major", "almost three times the number")],
traps=[T("Two people over the age of 70", "Two people, both aged over 70"),
       T("Cases are likely to go on rising", "cases were likely to keep rising")]),
]
