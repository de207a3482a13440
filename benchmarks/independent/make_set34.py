#!/usr/bin/env python3
"""Held-out evaluation set 34 for a fact-comparison tool.

How it was made: every pair was hand-written, as Python data in this file, by a
helper that saw no code or data of the project, working only from a written
brief. All people, companies, organisations, places and figures are invented
(real countries appear only as background). Character offsets are never typed
by hand: they are computed below by string search (an occurrence index is given
where a quoted text repeats), and everything is validated before writing.

Composition: 40 pairs, each from a different domain.
  - 20 rewrites (10 consistent, 10 inconsistent)
  - 10 summaries (5 consistent, 5 inconsistent)
  - 10 translations (5 consistent, 5 inconsistent); both texts are independent
    English translations of the same non-English story
  - 30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with
    two): entity 3, number 4, date 3, role 3, polarity 3, modality 3,
    attribution 2, event 3, omission 2, addition 2, repetition 2
  - consistent pairs carry 3-5 traps (faithful rewordings); inconsistent pairs
    carry 2-3 traps

Usage:  python3 make_set34.py          validate and write set34.jsonl
        python3 make_set34.py --check  validate only, write nothing
"""
import json
import os
import random
import re
import sys

CASES = []

# Each case: domain, mode, label, reference, candidate,
#   errors: dict(t=span text, occ=n (if the text repeats), type, sev, ref)
#           omission: dict(type="omission", before=text (insertion point is the
#           start of that text) or after=text, occ, sev, ref=missing words)
#           repetition: ref=None, the span text must also occur earlier
#   traps:  dict(t=span text, occ=n, ref=reference wording)

# ---------------------------------------------------------------- rewrites, consistent
CASES += [
dict(domain="night classes", mode="rewrite", label="consistent",
 reference="The Harrowfield Adult Learning Trust will extend its evening course programme to four more towns from September, the trust announced on Thursday. The expansion, funded by a £640,000 grant from the Pellham Foundation, will add 85 classes a week in subjects ranging from bookkeeping to conversational Spanish. Chief executive Moira Tallent said enrolment had risen by a third since 2021, with most new learners aged between 25 and 40. Fees will remain at £3 per session for people receiving unemployment benefits, while other students will pay £7. The trust said it was still negotiating with two secondary schools in Dunmore over the use of their classrooms and did not expect a final agreement before July.",
 candidate="From September, the Harrowfield Adult Learning Trust will run its evening courses in four additional towns, it said on Thursday. A £640,000 grant from the Pellham Foundation is paying for the move, which will bring 85 extra weekly classes covering everything from bookkeeping to conversational Spanish. Enrolment has grown by about 33% since 2021, according to chief executive Moira Tallent, and most of the newcomers are between 25 and 40. Learners on unemployment benefits will keep paying £3 a session; everyone else will pay £7. Talks with two Dunmore secondary schools about using their classrooms are continuing, and the trust does not expect a final deal to be reached before July.",
 errors=[],
 traps=[dict(t="four additional towns", ref="four more towns"),
        dict(t="85 extra weekly classes", ref="85 classes a week"),
        dict(t="about 33%", ref="by a third"),
        dict(t="£3 a session", ref="£3 per session"),
        dict(t="Talks with two Dunmore secondary schools", ref="negotiating with two secondary schools in Dunmore")]),

dict(domain="gift cards", mode="rewrite", label="consistent",
 reference="Corvane Retail Group said on Monday that unused gift cards worth an estimated €18 million had expired across its 210 stores last year, prompting a review of its redemption rules. Under the current policy, cards lapse 24 months after purchase. From 1 March, the validity period will be extended to five years, and customers whose cards expired after 1 January 2023 will be able to request a replacement at any till. The company's head of customer affairs, Daniel Ostrova, said the change would cost the group 'a few million euros a year' but was likely to improve loyalty. Consumer group Fairspend, which had campaigned for the change, welcomed the decision but said the group should also stop charging a €2 activation fee.",
 candidate="Gift cards worth about €18 million went unused and expired at Corvane Retail Group's 210 shops last year, the company said on Monday, prompting it to review its rules on redeeming them. At present cards lapse two years after they are bought; from 1 March they will be valid for five years. Customers holding cards that expired after the start of 2023 will be able to ask for a replacement at any checkout. Daniel Ostrova, who heads customer affairs at the group, said the change would cost 'a few million euros a year' but would probably strengthen loyalty. Fairspend, a consumer group that had pushed for the change, welcomed the decision, while urging Corvane to scrap its €2 activation fee as well.",
 errors=[],
 traps=[dict(t="about €18 million", ref="an estimated €18 million"),
        dict(t="two years after they are bought", ref="24 months after purchase"),
        dict(t="after the start of 2023", ref="after 1 January 2023"),
        dict(t="at any checkout", ref="at any till"),
        dict(t="would probably strengthen loyalty", ref="was likely to improve loyalty")]),

dict(domain="laundrettes", mode="rewrite", label="consistent",
 reference="Washpoint, a chain of self-service laundrettes, has been fined 45,000 dollars by the Marlow County trading standards office for overcharging customers at coin-operated dryers. Inspectors found that dryers at nine of the chain's 26 sites ran for around 20 minutes per cycle, although signs promised 30. The office said the fault had been reported to the company's management as early as April 2022 but was not fixed until January this year. Washpoint's operations director, Lena Broadhurst, apologised and said every affected machine had since been recalibrated. The company has agreed to offer free drying to customers who present a loyalty card at the nine sites until the end of June.",
 candidate="Marlow County's trading standards office has fined the self-service laundrette chain Washpoint $45,000 for overcharging customers who used its coin-operated dryers. At nine of its 26 locations, inspectors found, a drying cycle lasted about 20 minutes rather than the 30 promised on signs. According to the office, management had been told of the fault as far back as April 2022, yet it was only fixed in January this year. Lena Broadhurst, the chain's operations director, apologised, saying all the affected machines had been recalibrated since. Washpoint has agreed that, until the end of June, customers who show a loyalty card at those nine sites can dry their laundry free of charge.",
 errors=[],
 traps=[dict(t="$45,000", ref="45,000 dollars"),
        dict(t="about 20 minutes", ref="around 20 minutes"),
        dict(t="as far back as April 2022", ref="as early as April 2022"),
        dict(t="dry their laundry free of charge", ref="offer free drying")]),

dict(domain="saunas", mode="rewrite", label="consistent",
 reference="The city council of Ostrand has approved plans to reopen the Kellby public sauna, which closed in 2019 after an inspection found serious faults in its ventilation system. Renovation work, estimated to cost 2.3 million kronor, is due to begin in May and should take about eight months. Councillor Ruth Amberg, who chairs the leisure committee, said the sauna would be run by the local swimming association rather than by the council itself. Entry will cost 60 kronor for adults, and children under 12 will be admitted free when accompanied by an adult. The council said it had rejected a rival proposal from a private spa operator because it would have doubled ticket prices.",
 candidate="Ostrand city council has given the go-ahead for the Kellby public sauna to reopen. The facility shut in 2019, when inspectors discovered serious faults in its ventilation system. Renovations, put at around 2.3m kronor, are scheduled to start in May and are expected to last roughly eight months. The sauna will be operated by the local swimming association, not by the council, according to Ruth Amberg, the councillor who chairs the leisure committee. Adults will pay 60 kronor, while under-12s accompanied by an adult will get in for nothing. A competing bid from a private spa operator was turned down because it would have made tickets twice as expensive, the council said.",
 errors=[],
 traps=[dict(t="2.3m kronor", ref="2.3 million kronor"),
        dict(t="are expected to last roughly eight months", ref="should take about eight months"),
        dict(t="under-12s", ref="children under 12"),
        dict(t="was turned down", ref="had rejected"),
        dict(t="twice as expensive", ref="doubled ticket prices")]),

dict(domain="beach cleaning", mode="rewrite", label="consistent",
 reference="Volunteers removed 3.4 tonnes of rubbish from the beaches of the Varrow peninsula during a two-day clean-up last weekend, organisers said. The event, run by the charity Clearshore, drew about 1,200 people, twice as many as last year. Plastic bottles and fishing nets made up more than half of the material collected, according to a preliminary count. Clearshore's coordinator, Tomasz Hale, said the charity would send the data to the regional environment agency and hoped it would lead to tighter controls on commercial fishing waste. The next clean-up is planned for October, subject to funding from the district council.",
 candidate="Over 48 hours last weekend, volunteers cleared 3,400 kg of rubbish from the beaches of the Varrow peninsula, according to the organisers. Roughly 1,200 people took part in the event, which was run by the charity Clearshore, double last year's turnout. A preliminary count suggests that more than 50% of what was gathered consisted of plastic bottles and fishing nets. Tomasz Hale, who coordinates Clearshore, said the figures would be passed to the regional environment agency, adding that the charity hoped this would bring stricter controls on commercial fishing waste. Another clean-up is pencilled in for October, if the district council agrees to fund it.",
 errors=[],
 traps=[dict(t="Over 48 hours", ref="two-day"),
        dict(t="3,400 kg", ref="3.4 tonnes"),
        dict(t="double last year's turnout", ref="twice as many as last year"),
        dict(t="more than 50%", ref="more than half"),
        dict(t="pencilled in for October", ref="planned for October")]),
]

CASES += [
dict(domain="community gardens", mode="rewrite", label="consistent",
 reference="Residents of the Millbrook estate will be able to rent allotment plots on a former car park from next spring after the housing association Greenlane Homes agreed to lease the land to a community group for 15 years. The group, Millbrook Growers, plans to create 40 plots, a tool shed and a rainwater collection system. Rent will be set at £25 a year per plot, with half-price plots reserved for pensioners. Greenlane's director of communities, Priya Kessel, said the association would contribute £12,000 towards soil and fencing. Building work is scheduled to start in November, although the group said it still needed planning permission for the shed.",
 candidate="Greenlane Homes, a housing association, has agreed a 15-year lease handing a former car park on the Millbrook estate to a community group, Millbrook Growers, which will rent allotment plots there to residents from next spring. The group intends to lay out 40 plots and to install a tool shed and a system for collecting rainwater. Each plot will cost £25 annually, and some plots will be set aside for pensioners at 50% off. Priya Kessel, Greenlane's director of communities, said the association would put £12,000 towards soil and fencing. Work is due to begin in November, but the shed has yet to receive planning permission, the group said.",
 errors=[],
 traps=[dict(t="15-year lease", ref="for 15 years"),
        dict(t="£25 annually", ref="£25 a year per plot"),
        dict(t="at 50% off", ref="half-price"),
        dict(t="put £12,000 towards", ref="contribute £12,000 towards"),
        dict(t="Work is due to begin in November", ref="Building work is scheduled to start in November")]),

dict(domain="tulip growing", mode="rewrite", label="consistent",
 reference="Tulip growers in the Oosterveld region expect this season's bulb harvest to be around 15% smaller than last year's after an unusually wet March damaged crops on low-lying fields, the growers' cooperative Bloemkring said on Wednesday. The cooperative, which represents 340 farms, said prices for export bulbs had already risen by about a tenth. Its chairman, Hendrik Vaals, said most members were insured against flooding but warned that smaller farms could struggle to cover replanting costs. Bloemkring has asked the provincial government for emergency loans and expects a decision within three weeks.",
 candidate="An exceptionally wet March has damaged crops on low-lying fields, and Oosterveld's tulip growers now expect to harvest roughly 15% fewer bulbs this season than last, their cooperative, Bloemkring, said on Wednesday. Export bulb prices have already gone up by around 10%, according to the cooperative, which has 340 member farms. Most members are insured against flooding, chairman Hendrik Vaals said, though he warned that smaller farms might have difficulty paying for replanting. The cooperative has applied to the provincial government for emergency loans and expects a ruling within 21 days.",
 errors=[],
 traps=[dict(t="roughly 15% fewer bulbs", ref="around 15% smaller"),
        dict(t="around 10%", ref="about a tenth"),
        dict(t="has 340 member farms", ref="represents 340 farms"),
        dict(t="might have difficulty paying for replanting", ref="could struggle to cover replanting costs"),
        dict(t="within 21 days", ref="within three weeks")]),

dict(domain="cotton mills", mode="rewrite", label="consistent",
 reference="Harlan Textiles will close its cotton spinning mill in Brackley at the end of the year, putting 180 jobs at risk, the company confirmed on Friday. The mill, which opened in 1962, has lost money for five consecutive years as cheaper imported yarn has taken its customers. Managing director Colin Raithe said the company would try to move as many staff as possible to its weaving plant in nearby Selton, which is expanding. The GMU union said it was 'deeply disappointed' and would seek talks with management next week. Harlan said the site would be sold, but no buyer has yet been found.",
 candidate="The jobs of 180 workers are at risk after Harlan Textiles confirmed on Friday that it will shut its Brackley cotton spinning mill when the year ends. Opened in 1962, the mill has been loss-making five years running, as customers have turned to cheaper imported yarn. The company will attempt to transfer as many workers as it can to its expanding weaving plant in nearby Selton, said Colin Raithe, the managing director. Describing itself as 'deeply disappointed', the GMU union said it would seek talks with management next week. The site will be sold, Harlan said, although no buyer has been found so far.",
 errors=[],
 traps=[dict(t="when the year ends", ref="at the end of the year"),
        dict(t="loss-making five years running", ref="lost money for five consecutive years"),
        dict(t="transfer as many workers as it can", ref="move as many staff as possible"),
        dict(t="no buyer has been found so far", ref="no buyer has yet been found")]),

dict(domain="stonemasonry", mode="rewrite", label="consistent",
 reference="Restoration of the west front of St Aldric's Cathedral in Wenmouth will take two years longer than planned because of a shortage of skilled stonemasons, the cathedral's chapter said on Tuesday. The project, which began in 2021, was originally due to finish in 2025. Only six masons are currently working on the site, against the 11 the contractor had expected to employ. The chapter said the budget of £4.6 million had not changed but that the cost of scaffolding hire could rise. It plans to open a training workshop in the cathedral yard next year, where apprentices will learn to carve limestone under the supervision of the master mason, Alan Frewer.",
 candidate="A lack of skilled stonemasons means that restoring the west front of Wenmouth's St Aldric's Cathedral will take an extra two years, the cathedral chapter announced on Tuesday. Work started in 2021 and had originally been scheduled for completion in 2025. The contractor had expected to employ 11 masons on the site, but just six are working there at present. While the £4.6m budget is unchanged, scaffolding hire may become more expensive, according to the chapter. Next year it intends to open a training workshop in the cathedral yard, where master mason Alan Frewer will supervise apprentices as they learn to carve limestone.",
 errors=[],
 traps=[dict(t="take an extra two years", ref="take two years longer than planned"),
        dict(t="just six are working there at present", ref="Only six masons are currently working"),
        dict(t="£4.6m", ref="£4.6 million"),
        dict(t="may become more expensive", ref="could rise"),
        dict(t="master mason Alan Frewer will supervise apprentices", ref="under the supervision of the master mason, Alan Frewer")]),

dict(domain="gravel pits", mode="rewrite", label="consistent",
 reference="A planning inspector has allowed the quarry company Delford Aggregates to extend its gravel pit near the village of Ashcombe by 28 hectares, overturning a refusal by the district council. The company will be allowed to extract up to 400,000 tonnes of sand and gravel a year until 2036. Conditions attached to the decision limit lorry movements to 90 a day and ban work on Sundays. Residents' group Save Ashcombe Fields said it was considering a legal challenge. The council's planning chair, Gwen Morrow, said she was disappointed but would not comment further until officers had studied the ruling.",
 candidate="The district council's refusal to let Delford Aggregates enlarge its gravel pit near Ashcombe by 28 hectares has been overturned by a planning inspector. Until 2036, the quarry company may dig out as much as 400,000 tonnes of sand and gravel each year. Under the conditions imposed, no more than 90 lorry movements will be permitted daily, and there will be no working on Sundays. The residents' group Save Ashcombe Fields said a legal challenge was under consideration. Gwen Morrow, who chairs planning at the council, said she was disappointed but would say nothing more until officers had studied the ruling.",
 errors=[],
 traps=[dict(t="enlarge", ref="extend"),
        dict(t="as much as 400,000 tonnes", ref="up to 400,000 tonnes"),
        dict(t="no more than 90 lorry movements will be permitted daily", ref="limit lorry movements to 90 a day"),
        dict(t="no working on Sundays", ref="ban work on Sundays"),
        dict(t="a legal challenge was under consideration", ref="it was considering a legal challenge")]),
]

# ---------------------------------------------------------------- rewrites, inconsistent
CASES += [
dict(domain="exam boards", mode="rewrite", label="inconsistent",
 reference="The Northern Examinations Council has apologised after a printing error affected the maths paper sat by about 14,000 students on 6 June. One page of the higher-tier paper was printed twice, replacing a question worth eight marks. The council's chief executive, Alison Pryde, said no candidate would be disadvantaged because marks would be adjusted statistically. The Examinations Standards Authority, which regulates the council, said it would review the board's proof-checking procedures. The Association of School Leaders said many pupils had been 'visibly distressed' during the exam and called for an independent inquiry into what went wrong.",
 candidate="Around 1,400 students sitting the Northern Examinations Council's maths paper on 6 June were hit by a printing error, for which the council has apologised. A page of the higher-tier paper appeared twice, taking the place of an eight-mark question. Alison Pryde, the chief executive, said marks would be adjusted statistically so that no candidate lost out. Many pupils were 'visibly distressed' during the exam, according to the council's regulator, the Examinations Standards Authority, which said it would review the board's proof-checking procedures. The Association of School Leaders called for an independent inquiry into what went wrong.",
 errors=[dict(t="Around 1,400", type="number", sev="major", ref="about 14,000"),
         dict(t="according to the council's regulator, the Examinations Standards Authority", type="attribution", sev="major", ref="The Association of School Leaders said")],
 traps=[dict(t="appeared twice", ref="printed twice"),
        dict(t="an eight-mark question", ref="a question worth eight marks"),
        dict(t="no candidate lost out", ref="no candidate would be disadvantaged")]),

dict(domain="loyalty schemes", mode="rewrite", label="inconsistent",
 reference="Supermarket chain Fenwright has said it will not scrap its Fenwright Plus loyalty scheme, despite reports that it was planning to replace points with member-only prices. The scheme has 6.2 million active members, around a quarter more than in 2020. A company spokesperson said points would continue to be earned at a rate of one point per pound spent, and that members would also get lower prices on about 500 products from next month. The change follows a study by the consumer watchdog Buyright that found loyalty prices at four large grocers were often no cheaper than regular prices at discount rivals.",
 candidate="Fenwright, the supermarket chain, has ruled out axing its Fenwright Plus loyalty scheme, despite reports that it intended to swap points for member-only prices. Some 6.2 million members actively use the scheme, roughly 25% more than in 2020. Shoppers will keep earning one point for every pound they spend, a spokesperson said, and from next month members will also pay less for around 500 products. The move comes after a study by the consumer watchdog Buyright found that loyalty prices at four big grocers were often cheaper than the standard prices charged by discount rivals.",
 errors=[dict(t="were often cheaper", type="polarity", sev="major", ref="were often no cheaper")],
 traps=[dict(t="ruled out axing", ref="will not scrap"),
        dict(t="roughly 25% more", ref="around a quarter more"),
        dict(t="one point for every pound they spend", ref="one point per pound spent")]),

dict(domain="tattoo parlours", mode="rewrite", label="inconsistent",
 reference="Tattoo studios in the borough of Kelsworth will have to hold a licence from the council from next April under new rules approved on Wednesday. Studios must pass a hygiene inspection every 12 months and keep records of the inks used on each client for at least three years. Licences will cost £320 a year. Councillor Dev Anand said the rules could be extended to piercing and cosmetic tattooing later, once the council had consulted practitioners. The Kelsworth Tattoo Artists Guild said it broadly supported the scheme but feared that the fee would hurt small, single-artist studios.",
 candidate="From next April, tattoo studios in Kelsworth borough will need a council licence, under rules approved on Wednesday. They will have to pass a hygiene inspection once a year and keep a record of the inks used on every client. A licence will cost £320 annually. The rules will be extended to piercing and cosmetic tattooing once the council has consulted practitioners, Councillor Dev Anand said. The Kelsworth Tattoo Artists Guild said it broadly backed the scheme but feared the fee would hurt small studios run by a single artist.",
 errors=[dict(type="omission", after="keep a record of the inks used on every client", sev="major", ref="for at least three years"),
         dict(t="will be extended", type="modality", sev="major", ref="could be extended")],
 traps=[dict(t="once a year", ref="every 12 months"),
        dict(t="£320 annually", ref="£320 a year"),
        dict(t="small studios run by a single artist", ref="small, single-artist studios")]),

dict(domain="lifeguards", mode="rewrite", label="inconsistent",
 reference="The coastguard agency and the Penhallow Surf Life Saving Club have agreed a deal under which the club will train 60 seasonal lifeguards for the agency this summer. The lifeguards will patrol eight beaches between Trevane and Polcarrow from late May to mid-September. The agency will pay the club £95,000 for the training and provide two new rescue boats. Club president Sarah Kitto said the arrangement would help fill gaps left by a national shortage of lifeguards, which she blamed on low pay. Last year four of the eight beaches went without a lifeguard on some days in August.",
 candidate="Under a deal agreed between the coastguard agency and the Penhallow Surf Life Saving Club, the club will train 60 seasonal lifeguards for the agency this summer. The lifeguards will cover eight beaches from Trevane to Polcarrow between late May and mid-September. The club will pay the agency £95,000 for the training, and two new rescue boats will also be provided. Sarah Kitto, the club's president, said the scheme would help plug gaps caused by a nationwide shortage of lifeguards, which she put down to poor pay. On some days in August last year, half of the eight beaches had no lifeguard.",
 errors=[dict(t="The club will pay the agency", type="role", sev="major", ref="The agency will pay the club")],
 traps=[dict(t="from Trevane to Polcarrow", ref="between Trevane and Polcarrow"),
        dict(t="which she put down to poor pay", ref="which she blamed on low pay"),
        dict(t="half of the eight beaches", ref="four of the eight beaches")]),

dict(domain="recycling centres", mode="rewrite", label="inconsistent",
 reference="The household recycling centre at Brennick Lane will close for refurbishment from 3 February and reopen on 14 April, Westmoor District Council said. During the closure, residents can use the centres at Hollins Road and Carter's Yard, which will extend their opening hours to 8pm on weekdays. The £1.1 million project will add a reuse shop, where donated furniture and electrical goods will be sold, and a separate lane for vans. The council's waste manager, Imran Shafiq, said the site handled about 22,000 tonnes of waste a year, of which 61% was recycled.",
 candidate="Westmoor District Council said the Brennick Lane household recycling centre would shut for refurbishment from 3 March and reopen on 14 April. While it is closed, residents can take their waste to the Hollins Road and Carter's Yard centres, which will extend their weekday opening hours to 8pm. The £1.1m project will add a reuse shop selling donated furniture and electrical goods, as well as a separate lane for vans. The site deals with around 22,000 tonnes of waste annually, 61% of which is recycled, according to Imran Shafiq, the council's waste manager. When it reopens it will also have a reuse shop selling donated furniture and electrical goods.",
 errors=[dict(t="from 3 March", type="date", sev="major", ref="from 3 February"),
         dict(t="a reuse shop selling donated furniture and electrical goods", occ=1, type="repetition", sev="minor", ref=None)],
 traps=[dict(t="£1.1m", ref="£1.1 million"),
        dict(t="around 22,000 tonnes of waste annually", ref="about 22,000 tonnes of waste a year")]),
]

CASES += [
dict(domain="flower auctions", mode="rewrite", label="inconsistent",
 reference="The flower auction house Veiling Rijnsloot reported turnover of €2.7 billion for last year, up 4% on the year before, despite a fall in the number of stems sold. Chief executive Marijke de Boer said higher average prices for roses and chrysanthemums had offset weaker demand from Germany and the UK. About 11.5 billion stems passed through the auction clocks, 300 million fewer than in the previous year. The cooperative, owned by some 3,800 growers, plans to invest €90 million in automated distribution halls at its Zandhoek site over the next three years.",
 candidate="Veiling Rijnsloot, the flower auction house, lifted its turnover by 4% last year to €2.7bn, even though it sold fewer stems. According to chief executive Marijke de Boer, weaker demand from France and the UK was offset by higher average prices for roses and chrysanthemums. Some 11.5 billion stems went through the auction clocks, down from 12.5 billion a year earlier. Over the next three years the cooperative, which is owned by around 3,800 growers, intends to spend €90m on automated distribution halls at its Zandhoek site.",
 errors=[dict(t="France", type="entity", sev="major", ref="Germany"),
         dict(t="down from 12.5 billion", type="number", sev="major", ref="300 million fewer")],
 traps=[dict(t="€2.7bn", ref="€2.7 billion"),
        dict(t="even though it sold fewer stems", ref="despite a fall in the number of stems sold"),
        dict(t="€90m", ref="€90 million")]),

dict(domain="bamboo furniture", mode="rewrite", label="inconsistent",
 reference="Verdanta Living, a maker of bamboo furniture, has opened a second factory in the Tanmar industrial zone, doubling its production capacity to 120,000 pieces a year. The plant, which cost $14 million, employs 260 people, most of them hired locally. Founder Anh Thu Lam said the company sourced all its bamboo from certified plantations within 100 km of the site. Verdanta sells mainly to retailers in Europe and Japan, and expects exports to account for 85% of sales this year. The company said it was in talks with a US furniture chain but that no contract had been signed.",
 candidate="Bamboo furniture maker Verdanta Living has bought a second factory, in the Tanmar industrial zone, which doubles its annual production capacity to 120,000 pieces. The $14m plant has a workforce of 260, mostly recruited from the local area. All of the company's bamboo comes from certified plantations no more than 100 km from the site, founder Anh Thu Lam said. Verdanta's main customers are retailers in Europe and Japan, and it expects 85% of this year's sales to come from exports. Talks are under way with a US furniture chain, the company said, though no contract has been signed yet.",
 errors=[dict(t="has bought", type="event", sev="major", ref="has opened")],
 traps=[dict(t="$14m plant", ref="which cost $14 million"),
        dict(t="mostly recruited from the local area", ref="most of them hired locally"),
        dict(t="85% of this year's sales to come from exports", ref="exports to account for 85% of sales this year")]),

dict(domain="foundries", mode="rewrite", label="inconsistent",
 reference="Brenning Castings, a family-owned iron foundry in Tollworth, has won a £3.8 million contract to supply manhole covers and drainage grates to a regional water company over four years. The contract will secure the jobs of the foundry's 75 workers and allow it to take on eight apprentices, managing director Fiona Brenning said. The foundry, founded by her grandfather in 1951, melts about 40 tonnes of scrap iron a week. Brenning said energy costs had tripled since 2021 and that the company was looking at replacing its coke-fired cupola with an electric furnace.",
 candidate="Brenning Castings, a family-owned iron foundry in Tollworth, has secured a four-year, £3.8m contract, the largest in its history, to supply a regional water company with manhole covers and drainage grates. According to managing director Fiona Brenning, the deal will safeguard the jobs of all 75 staff and enable the foundry to recruit eight apprentices. Set up by her grandfather in 1951, the business melts roughly 40 tonnes of scrap iron every week. Energy costs have risen threefold since 2021, Brenning said, and the company is considering swapping its coke-fired cupola for an electric furnace.",
 errors=[dict(t="the largest in its history", type="addition", sev="minor", ref=None)],
 traps=[dict(t="£3.8m", ref="£3.8 million"),
        dict(t="risen threefold", ref="tripled"),
        dict(t="swapping its coke-fired cupola for an electric furnace", ref="replacing its coke-fired cupola with an electric furnace")]),

dict(domain="copper mines", mode="rewrite", label="inconsistent",
 reference="Mining company Orveda Resources said it may restart production at the Cerro Blanco copper mine in the second half of next year if it secures financing for a new processing plant. The mine was closed in 2015 when copper prices fell sharply. Orveda estimates the site holds about 1.4 million tonnes of recoverable copper and could produce 45,000 tonnes a year for at least 18 years. Chief executive Paulo Renner said talks with two banks were at an advanced stage. The regional environment ministry must still approve a revised water management plan, which Orveda submitted in March.",
 candidate="Orveda Resources will restart production at its Cerro Blanco copper mine in the second half of next year, provided it can finance a new processing plant, the mining company said. The mine, shut since 2013 after a steep drop in copper prices, holds an estimated 1.4 million tonnes of recoverable copper, according to Orveda, and could yield 45,000 tonnes annually for 18 years or more. Talks with two banks are well advanced, chief executive Paulo Renner said. A revised water management plan, submitted by Orveda in March, has yet to be approved by the regional environment ministry.",
 errors=[dict(t="will restart production", type="modality", sev="major", ref="may restart production"),
         dict(t="shut since 2013", type="date", sev="major", ref="closed in 2015")],
 traps=[dict(t="for 18 years or more", ref="for at least 18 years"),
        dict(t="well advanced", ref="at an advanced stage"),
        dict(t="has yet to be approved by the regional environment ministry", ref="must still approve")]),

dict(domain="toy makers", mode="rewrite", label="inconsistent",
 reference="Toy maker Pipwick has agreed to buy the wooden puzzle manufacturer Tallow & Finch for £21 million, the companies announced on Monday. Tallow & Finch, based in Corley, employs 140 people and will keep its brand and factory after the takeover. Pipwick chief executive Naomi Grell said the deal would allow the group to sell Tallow & Finch puzzles in its 35 overseas markets. The acquisition still requires approval from the competition authority, which is expected to rule by the end of May. Tallow & Finch's founders, Jim and Elsie Tallow, will not remain on the board.",
 candidate="Pipwick, the toy maker, has agreed a £21m deal to acquire the wooden puzzle manufacturer Tallow & Finch, the two companies said on Monday. Tallow & Finch, which employs 140 people in Corley, will retain its brand and factory after the takeover. Naomi Grell, Pipwick's chief executive, said the purchase would let the group sell Tallow & Finch puzzles in its 35 overseas markets. The acquisition of Pipwick by Tallow & Finch must still be cleared by the competition authority, which is expected to make a decision by the end of May. Jim and Elsie Tallow, who founded Tallow & Finch, will stay on the board.",
 errors=[dict(t="acquisition of Pipwick by Tallow & Finch", type="role", sev="major", ref="Pipwick has agreed to buy the wooden puzzle manufacturer Tallow & Finch"),
         dict(t="will stay on the board", type="polarity", sev="major", ref="will not remain on the board")],
 traps=[dict(t="£21m deal", ref="£21 million"),
        dict(t="make a decision by the end of May", ref="rule by the end of May")]),
]

# ---------------------------------------------------------------- summaries
CASES += [
dict(domain="student loans", mode="summary", label="consistent",
 reference="The Student Finance Office will raise the income threshold at which graduates start repaying their loans from £25,000 to £27,500 a year from April, the education department announced on Tuesday. The change will apply to about 1.9 million borrowers who took out loans after 2012. Officials estimate it will cut the average monthly repayment by £19, but will add roughly £400 million a year to the long-term cost of the loan system. Education minister Carys Pellow said the move would ease pressure on young workers facing higher rents. The opposition's education spokesman, Omar Blyth, said the government should also reduce the 6.3% interest rate charged on loans, which he called 'punishing'. The department said interest rates would be reviewed separately in the autumn.",
 candidate="From April, graduates will not start repaying student loans until they earn £27,500 a year, up from £25,000, a change affecting some 1.9 million post-2012 borrowers. Officials expect the average monthly repayment to fall by £19 and the long-term cost of the system to rise by about £400m annually. The opposition wants the 6.3% interest rate cut too; the department says rates will be reviewed separately in the autumn.",
 errors=[],
 traps=[dict(t="up from £25,000", ref="from £25,000 to £27,500"),
        dict(t="post-2012 borrowers", ref="borrowers who took out loans after 2012"),
        dict(t="£400m annually", ref="£400 million a year"),
        dict(t="wants the 6.3% interest rate cut too", ref="should also reduce the 6.3% interest rate")]),

dict(domain="hot springs", mode="summary", label="consistent",
 reference="Visitor numbers at the Solvik hot springs fell by 38% last winter after a landslide closed the only access road for seven weeks, the regional tourism board said. The springs, which normally attract about 95,000 visitors a year, reopened to the public in late February once the road had been cleared and reinforced. Hotels in the nearby village of Ravnes reported occupancy of 41% in January, compared with 78% a year earlier. The board has launched a marketing campaign worth 1.5 million crowns aimed at visitors from neighbouring countries and said it would lobby the transport ministry to build a second road. A geological survey of the slope is due to be completed by the end of the summer.",
 candidate="A landslide that shut the only road to the Solvik hot springs for seven weeks cut last winter's visitor numbers by more than a third, the regional tourism board said, and hotel occupancy in nearby Ravnes fell to 41% in January from 78% a year before. The springs reopened in late February. The board is spending 1.5m crowns on a campaign targeting visitors from neighbouring countries and will press for a second road.",
 errors=[],
 traps=[dict(t="shut the only road to the Solvik hot springs for seven weeks", ref="closed the only access road for seven weeks"),
        dict(t="more than a third", ref="38%"),
        dict(t="1.5m crowns", ref="1.5 million crowns"),
        dict(t="will press for a second road", ref="would lobby the transport ministry to build a second road")]),

dict(domain="rooftop farms", mode="summary", label="consistent",
 reference="Skyfield Farms, which grows salad leaves and herbs on the roofs of warehouses, has raised $6.5 million from investors to open three more sites in the city of Port Halden. The company currently operates two rooftop farms covering a combined 4,000 square metres and supplies 60 restaurants and a regional supermarket chain. Co-founder Leila Moravec said the new sites would triple its growing area and create around 45 jobs. The farms use hydroponic systems that need about 90% less water than field growing, the company says. The funding round was led by the impact investor Brightwater Capital. Skyfield expects to become profitable in 2026.",
 candidate="Rooftop salad and herb grower Skyfield Farms has raised $6.5m, in a round led by Brightwater Capital, to add three sites in Port Halden; its co-founder says they will triple its current 4,000 sq m of growing space and create about 45 jobs. It expects to turn a profit in 2026.",
 errors=[],
 traps=[dict(t="$6.5m", ref="$6.5 million"),
        dict(t="add three sites", ref="open three more sites"),
        dict(t="4,000 sq m", ref="4,000 square metres"),
        dict(t="turn a profit in 2026", ref="become profitable in 2026")]),

dict(domain="steel mills", mode="summary", label="consistent",
 reference="Steelmaker Karsten Stahl will cut 1,100 jobs at its Dollweiler plant over the next two years as it replaces its two blast furnaces with an electric arc furnace, the company said on Thursday. The €1.9 billion conversion, a third of which will be covered by a government grant, is expected to reduce the plant's carbon emissions by around 80%. The plant currently employs 5,400 people. Chief executive Anke Roth said most of the cuts would be achieved through early retirement and by not filling vacancies, and that compulsory redundancies could not be ruled out. The IG Stahlarbeit union said it would fight any compulsory job losses.",
 candidate="Karsten Stahl is to shed 1,100 of the 5,400 jobs at its Dollweiler plant over two years while swapping its blast furnaces for an electric arc furnace, a €1.9bn project, one-third state-funded, expected to cut emissions by about 80%. Most cuts will come through early retirement and unfilled vacancies, though compulsory redundancies have not been ruled out; the union has vowed to fight any.",
 errors=[],
 traps=[dict(t="€1.9bn", ref="€1.9 billion"),
        dict(t="one-third state-funded", ref="a third of which will be covered by a government grant"),
        dict(t="unfilled vacancies", ref="not filling vacancies"),
        dict(t="have not been ruled out", ref="could not be ruled out")]),

dict(domain="record shops", mode="summary", label="consistent",
 reference="Independent record shops in the country's twelve largest cities recorded a 17% rise in vinyl sales last year, according to a survey by the trade association Indie Retail Music. The survey of 230 shops found that second-hand records made up 40% of vinyl sales, up from 31% in 2021. However, the number of independent record shops has fallen from 412 to 395 since 2021, mainly because of rising rents. The association's chair, Bev Gorton, said shops were 'busier than ever but squeezed at every turn'. It is calling on local authorities to offer business-rate relief to specialist music retailers.",
 candidate="Vinyl sales at independent record shops in the twelve biggest cities grew 17% last year, with used records making up two-fifths of them, an Indie Retail Music survey found. But mainly because of rising rents, the number of such shops has dropped from 412 to 395 since 2021, and the association wants councils to give specialist music retailers business-rate relief.",
 errors=[],
 traps=[dict(t="grew 17%", ref="a 17% rise"),
        dict(t="used records", ref="second-hand records"),
        dict(t="two-fifths", ref="40%"),
        dict(t="councils", ref="local authorities")]),
]

CASES += [
dict(domain="scholarship funds", mode="summary", label="inconsistent",
 reference="The Alder Trust, a charity that funds university scholarships for students from low-income families, has received a £15 million donation from the estate of the late businessman Gerald Ashworth, the largest gift in its 40-year history. The trust said the money would allow it to increase the number of scholarships it awards each year from 120 to 200 and raise the annual grant from £3,000 to £4,500. Applications for the next academic year open on 1 October. Trust director Sunita Rao said demand had grown sharply since the cost-of-living crisis, with 2,300 applications received last year.",
 candidate="A £15m bequest from the late businessman Gerald Ashworth, the biggest in the Alder Trust's 40 years, will let the charity for low-income students award 180 more scholarships a year and raise each annual grant by half, to £4,500. Applications for next year open on 1 October.",
 errors=[dict(t="180 more scholarships a year", type="number", sev="major", ref="from 120 to 200")],
 traps=[dict(t="bequest", ref="donation from the estate"),
        dict(t="the biggest in the Alder Trust's 40 years", ref="the largest gift in its 40-year history"),
        dict(t="by half, to £4,500", ref="from £3,000 to £4,500")]),

dict(domain="litter picking", mode="summary", label="inconsistent",
 reference="More than 5,000 volunteers took part in the Keep Calderby Tidy litter pick on Saturday, collecting 2,600 bags of rubbish from parks, verges and riverbanks, the town council said. Mayor Janet Oduya said the turnout was the highest since the event began in 2014. The environmental charity Roadside Watch, which helped organise the event, said fast-food packaging and drinks cans accounted for most of the litter and urged the council to install more bins near takeaways. The council said it would consider the request but warned that its budget for street cleaning had been cut by 12% this year.",
 candidate="Over 5,000 volunteers collected 2,600 bags of rubbish in Saturday's Keep Calderby Tidy litter pick, a record turnout for the event, which began in 2014. Mayor Janet Oduya said fast-food packaging and drinks cans made up most of the litter. Co-organiser Roadside Watch wants more bins near takeaways; the council, whose street-cleaning budget was cut by 12% this year, will consider the request. It was a record turnout for the event.",
 errors=[dict(t="Mayor Janet Oduya said", type="attribution", sev="major", ref="Roadside Watch"),
         dict(t="a record turnout for the event", occ=1, type="repetition", sev="minor", ref=None)],
 traps=[dict(t="Over 5,000", ref="More than 5,000"),
        dict(t="Co-organiser Roadside Watch", ref="Roadside Watch, which helped organise the event")]),

dict(domain="forest fires", mode="summary", label="inconsistent",
 reference="A forest fire that broke out on Sunday afternoon in the hills above the town of Moravell had burned about 1,800 hectares by Tuesday morning, the regional civil protection agency said. Around 400 residents of two villages were evacuated on Monday night as a precaution, and no injuries have been reported. More than 250 firefighters, supported by six water-bombing aircraft, are working to contain the blaze, which is being fanned by strong winds. The agency said the cause was under investigation, but police have detained a 52-year-old man on suspicion of starting the fire while burning garden waste. Authorities expect cooler weather on Thursday to help crews.",
 candidate="A wildfire that started on Sunday above Moravell had burned some 1,800 hectares by Tuesday, and about 400 villagers were evacuated as a precaution on Sunday night. More than 250 firefighters and six water-bombing planes are battling the wind-driven blaze; no one has been hurt. Police have charged a 52-year-old man with starting it while burning garden waste. Cooler weather expected on Thursday should help.",
 errors=[dict(t="on Sunday night", type="date", sev="minor", ref="on Monday night"),
         dict(t="have charged a 52-year-old man with starting it", type="event", sev="major", ref="have detained a 52-year-old man on suspicion of starting the fire")],
 traps=[dict(t="water-bombing planes", ref="water-bombing aircraft"),
        dict(t="wind-driven blaze", ref="fanned by strong winds"),
        dict(t="no one has been hurt", ref="no injuries have been reported")]),

dict(domain="lithium extraction", mode="summary", label="inconsistent",
 reference="The state-owned mining company Minera Altiplano has chosen the battery maker Voltrix to develop a lithium extraction project at the Salar de Quenco salt flat, the energy ministry said on Friday. Under the agreement, Voltrix will hold a 49% stake in the joint venture and Minera Altiplano will keep 51%. Voltrix will invest $1.2 billion and supply direct lithium extraction technology, which uses less water than the traditional evaporation ponds. Production of 25,000 tonnes of lithium carbonate a year is planned from 2028. Indigenous communities living near the salt flat have demanded to be consulted before construction begins.",
 candidate="Battery maker Voltrix has selected state miner Minera Altiplano to develop lithium extraction at the Salar de Quenco salt flat. Voltrix will take a 49% stake, invest $1.2bn and provide direct extraction technology that needs less water than evaporation ponds, with output of 25,000 tonnes of lithium carbonate a year planned from 2028. Nearby indigenous communities want to be consulted before building starts.",
 errors=[dict(t="Voltrix has selected state miner Minera Altiplano", type="role", sev="major", ref="Minera Altiplano has chosen the battery maker Voltrix")],
 traps=[dict(t="$1.2bn", ref="$1.2 billion"),
        dict(t="before building starts", ref="before construction begins")]),

dict(domain="vinyl pressing", mode="summary", label="inconsistent",
 reference="Groove Forge, a vinyl pressing plant in the port city of Halvik, will double its output to 8 million records a year after installing six new automated presses, its owner said. The plant, which employs 55 people, currently has a waiting list of about four months for new orders, mainly from independent labels. Owner Rasmus Brandt said the €3 million investment was financed partly by a loan from the regional development bank, Norbank. He added that the price of PVC compound had risen by 30% over two years, and that the plant was testing a bio-based alternative supplied by the chemicals firm Keldan.",
 candidate="Halvik vinyl pressing plant Groove Forge will double annual output to 8 million records and create 20 jobs once six new automated presses are installed, its owner said. The €3m investment was part-financed by a loan from the chemicals firm Keldan. The 55-employee plant has a roughly four-month order backlog, mostly from independent labels, and is testing a bio-based substitute for PVC compound, whose price has risen 30% in two years.",
 errors=[dict(t="and create 20 jobs", type="addition", sev="major", ref=None),
         dict(t="the chemicals firm Keldan", type="entity", sev="major", ref="the regional development bank, Norbank")],
 traps=[dict(t="€3m", ref="€3 million"),
        dict(t="a roughly four-month order backlog", ref="a waiting list of about four months")]),
]

# ---------------------------------------------------------------- translations, consistent
CASES += [
dict(domain="dry cleaners", mode="translation", label="consistent",
 reference="The municipality of Saint-Aubert-sur-Lenne has ordered the dry-cleaning shop Pressing Duval to stop using perchloroethylene by the end of the year, after tests detected traces of the solvent in the air of two neighbouring flats. According to the town hall, the concentrations measured in March were three times the recommended limit. The owner, Michel Duval, who has run the business for 22 years, said he would switch to a water-based cleaning process but estimated that the new equipment would cost him about 40,000 euros. The regional health agency has offered to cover part of the cost and will carry out new measurements in June.",
 candidate="Pressing Duval, a dry cleaner in Saint-Aubert-sur-Lenne, has been told by the local council to give up perchloroethylene before the year is out, after traces of the solvent were found in the air of two adjoining apartments. The town hall said that levels recorded in March were triple the recommended threshold. Michel Duval, who has run the shop for 22 years, said he would move to a water-based cleaning method, though he puts the price of the new machines at around €40,000. The regional health authority has offered to meet part of the cost and will take fresh readings in June.",
 errors=[],
 traps=[dict(t="before the year is out", ref="by the end of the year"),
        dict(t="adjoining apartments", ref="neighbouring flats"),
        dict(t="triple the recommended threshold", ref="three times the recommended limit"),
        dict(t="around €40,000", ref="about 40,000 euros"),
        dict(t="has offered to meet part of the cost", ref="has offered to cover part of the cost")]),

dict(domain="lavender fields", mode="translation", label="consistent",
 reference="Lavender producers on the Sarrence plateau fear a drop of up to 30% in their essential oil output this year, following a spring with almost no rain. The producers' union, which groups about 150 farms, says the plants flowered two weeks early and the stems are shorter than usual. Its president, Claire Augier, called on the state to recognise the situation as an agricultural disaster, which would allow farmers to claim compensation. The harvest began on 1 July and is due to end in early August. Tourist numbers, on the other hand, remain stable, according to the local tourist office.",
 candidate="On the Sarrence plateau, lavender growers fear that essential oil production could fall by as much as 30% this year after an almost completely dry spring. According to their union, which represents roughly 150 farms, the plants bloomed a fortnight ahead of schedule and have stems that are shorter than normal. Union president Claire Augier urged the government to declare an agricultural disaster, a step that would let farmers seek compensation. Harvesting started on 1 July and should be finished at the beginning of August. Visitor numbers, however, are holding steady, the local tourist office says.",
 errors=[],
 traps=[dict(t="as much as 30%", ref="up to 30%"),
        dict(t="roughly 150 farms", ref="about 150 farms"),
        dict(t="a fortnight ahead of schedule", ref="two weeks early"),
        dict(t="should be finished at the beginning of August", ref="is due to end in early August"),
        dict(t="are holding steady", ref="remain stable")]),

dict(domain="tree planting", mode="translation", label="consistent",
 reference="The forestry office of the Hollerbach district plans to plant 120,000 young trees this autumn on land where spruce stands were destroyed by bark beetles between 2018 and 2022. Instead of spruce, mainly oak, beech and Douglas fir will be planted, as these species cope better with drought, said office head Jens Albrecht. The project costs 850,000 euros, of which the federal state is paying two thirds. Around 300 volunteers, including school classes and sports clubs, are to help with the planting on four weekends in October and November. Albrecht stressed that it would take at least 80 years for the new forest to be fully grown.",
 candidate="This autumn the Hollerbach district forestry office intends to put 120,000 saplings into the ground on sites where bark beetles wiped out spruce stands between 2018 and 2022. Spruce will be replaced largely by oak, beech and Douglas fir, species that are more resistant to drought, according to Jens Albrecht, who heads the office. Two-thirds of the €850,000 cost will be met by the state government. Some 300 volunteers, among them school classes and sports clubs, will help plant the trees over four weekends in October and November. The new forest will need a minimum of 80 years to reach maturity, Albrecht emphasised.",
 errors=[],
 traps=[dict(t="saplings", ref="young trees"),
        dict(t="bark beetles wiped out spruce stands", ref="spruce stands were destroyed by bark beetles"),
        dict(t="more resistant to drought", ref="cope better with drought"),
        dict(t="€850,000", ref="850,000 euros"),
        dict(t="a minimum of 80 years", ref="at least 80 years")]),

dict(domain="brick kilns", mode="translation", label="consistent",
 reference="Authorities in the district of Rampura have ordered 64 brick kilns to suspend operations until they install filters to reduce smoke emissions, following complaints from residents about air quality. The kilns, which employ around 9,000 seasonal workers, had been given a deadline of six months last year to modernise, but only 11 complied, the district's environment officer, Anjali Mehra, said. The owners' association said the order would cause losses of 300 million rupees and asked for a 90-day extension. Workers' groups have asked that labourers continue to receive wages during the suspension.",
 candidate="Sixty-four brick kilns in Rampura district have been told by the authorities to halt production until filters that cut smoke emissions are fitted, after residents complained about the quality of the air. Last year the kilns, which give seasonal work to roughly 9,000 people, were allowed six months to modernise, yet just 11 did so, said Anjali Mehra, the district environment officer. According to the kiln owners' association, the order will cost them Rs 300 million in losses; it has requested three more months. Groups representing workers want labourers to keep being paid while the kilns are shut.",
 errors=[],
 traps=[dict(t="Sixty-four", ref="64"),
        dict(t="halt production", ref="suspend operations"),
        dict(t="just 11 did so", ref="only 11 complied"),
        dict(t="Rs 300 million", ref="300 million rupees"),
        dict(t="requested three more months", ref="asked for a 90-day extension")]),

dict(domain="piano tuning", mode="translation", label="consistent",
 reference="The conservatory of Villamarín has hired two full-time piano tuners for the first time in its history, after students and teachers complained for years about poorly tuned instruments. The school owns 87 pianos, including three concert grands; until now, all of them were tuned by an outside company twice a year. From now on, each practice piano will be tuned every two months and the concert grands before every public performance. The director, Lucía Ferrando, said the measure would cost about 70,000 euros a year, less than the conservatory currently spends on repairs caused by neglect.",
 candidate="For the first time ever, the Villamarín conservatory has taken on two piano tuners on a full-time basis, following years of complaints from students and teachers about out-of-tune instruments. Of the school's 87 pianos, three are concert grands; until now all of them were tuned twice yearly by an external firm. Practice pianos will now be tuned six times a year, while the concert grands will be tuned ahead of each public performance. According to director Lucía Ferrando, the move will cost roughly €70,000 annually, which is less than the conservatory now spends on repairing damage caused by neglect.",
 errors=[],
 traps=[dict(t="twice yearly", ref="twice a year"),
        dict(t="an external firm", ref="an outside company"),
        dict(t="six times a year", ref="every two months"),
        dict(t="roughly €70,000 annually", ref="about 70,000 euros a year")]),
]

# ---------------------------------------------------------------- translations, inconsistent
CASES += [
dict(domain="silk farming", mode="translation", label="inconsistent",
 reference="Silk farmers in the province of Lam Hoa will receive free silkworm eggs and mulberry saplings under a programme launched by the provincial agriculture department on Monday. The scheme aims to expand mulberry cultivation by 500 hectares by 2027 and to raise household incomes in six mountain districts. Officials said cocoon prices had reached 190,000 dong per kilogram, the highest level in a decade, driven by demand from weaving workshops in the lowlands. However, farmers who join the programme must sell at least 70% of their cocoons to a state-owned reeling factory at a price fixed each season.",
 candidate="Farmers raising silkworms in Lam Hoa province are to be given silkworm eggs and mulberry seedlings free of charge through a programme that the provincial agriculture department launched on Monday. Its goals are to add 500 hectares of mulberry plantations by 2027 and to lift household incomes in six mountainous districts. Cocoons are now fetching 190,000 dong a kilo, the best price in ten years, thanks to demand from lowland weaving workshops, according to officials. Those taking part in the programme will, however, be required to sell their cocoons to a state-owned reeling factory at a price set every season.",
 errors=[dict(type="omission", before="their cocoons to a state-owned", sev="major", ref="at least 70% of")],
 traps=[dict(t="free of charge", ref="free"),
        dict(t="190,000 dong a kilo", ref="190,000 dong per kilogram"),
        dict(t="the best price in ten years", ref="the highest level in a decade")]),

dict(domain="blacksmiths", mode="translation", label="inconsistent",
 reference="The last traditional blacksmith's workshop in the village of Oberzell will not close after all. On Tuesday the municipal council decided to buy the building for 180,000 euros and to lease it to the smith, Karl Wendler, for a symbolic rent of one euro a year. Wendler will not have to pay for the maintenance of the building. The 61-year-old had announced in the spring that he would have to give up the workshop because the owner wanted to sell it. The council also wants to set up courses in which young people can learn the craft. Wendler said he was looking for an apprentice who could take over the workshop in a few years.",
 candidate="Oberzell's last traditional forge is to stay open after all. The village council voted on Tuesday to purchase the building for €180,000 and rent it to the blacksmith Karl Wendler for a token one euro per year, with the upkeep of the building to be paid for by Wendler himself. In the spring, Wendler, who is 61, had said he would be forced to give up the forge because its owner intended to sell. The council is also planning courses where young people can learn the trade. Wendler says he is searching for an apprentice to take over the forge in a few years' time.",
 errors=[dict(t="with the upkeep of the building to be paid for by Wendler himself", type="polarity", sev="major", ref="Wendler will not have to pay for the maintenance of the building")],
 traps=[dict(t="is to stay open after all", ref="will not close after all"),
        dict(t="€180,000", ref="180,000 euros"),
        dict(t="a token one euro per year", ref="a symbolic rent of one euro a year")]),

dict(domain="aluminium smelters", mode="translation", label="inconsistent",
 reference="The aluminium smelter in Fjellstad could be shut down by the end of next year if electricity prices do not fall, its owner, Nordal Metall, warned on Wednesday. The plant consumes around 2.5 terawatt-hours of electricity a year, as much as a city of 300,000 inhabitants. Its power contract expires in December, and the company says that new offers are almost twice as expensive. Nordal Metall has already reduced production by a quarter since October. The smelter employs 420 people directly and about 600 more at local suppliers. The municipality's mayor, Eva Lind, asked the government to intervene.",
 candidate="Nordal Metall warned on Wednesday that its aluminium smelter in Fjellstad will be closed by the end of next year unless electricity becomes cheaper. The plant uses some 2.5 TWh of power annually, the same as a city with 300,000 residents. Its electricity contract runs out in December, and according to the company, the new offers cost nearly double. Since October, Nordal Metall has already cut production to a quarter. The smelter provides 420 direct jobs and roughly 600 more at local suppliers. Fjellstad's mayor, Eva Lind, called on the government to step in.",
 errors=[dict(t="will be closed", type="modality", sev="major", ref="could be shut down"),
         dict(t="to a quarter", type="number", sev="major", ref="by a quarter")],
 traps=[dict(t="2.5 TWh", ref="2.5 terawatt-hours"),
        dict(t="runs out in December", ref="expires in December"),
        dict(t="nearly double", ref="almost twice as expensive")]),

dict(domain="tile factories", mode="translation", label="inconsistent",
 reference="The ceramic tile maker Cerámicas Albarrán will invest 42 million euros in a new production line at its factory in Villarreja, creating 130 jobs, the company announced on Thursday. The line will produce large-format porcelain tiles, mainly for export to France and the United States. The regional government of Castellano will contribute 6 million euros in subsidies. Company president Tomás Albarrán said the investment was possible despite the increase in gas prices because the factory will install a solar plant on its roofs that will cover 20% of its electricity consumption. Construction will begin in September.",
 candidate="Cerámicas Albarrán, which makes ceramic tiles, announced on Thursday that it would spend €42m on a new production line at its Villarreja plant, a project that will create 130 jobs. Large-format porcelain tiles will be made on the line, chiefly to be exported to France and the United Kingdom. Castellano's regional government is providing €6m in subsidies. Tomás Albarrán, the company's president, said the investment could go ahead in spite of higher gas prices because solar panels to be installed on the factory roofs will meet a fifth of its electricity needs. Work is due to start in September.",
 errors=[dict(t="the United Kingdom", type="entity", sev="major", ref="the United States")],
 traps=[dict(t="€42m", ref="42 million euros"),
        dict(t="in spite of higher gas prices", ref="despite the increase in gas prices"),
        dict(t="a fifth", ref="20%")]),

dict(domain="comic shops", mode="translation", label="inconsistent",
 reference="The comic book shop Bulles & Cases, a landmark in the old town of Montclerc for 35 years, will close its doors at the end of the month. Its founder, Patrick Morel, 68, is retiring and has not found a buyer. The shop, which stocks some 20,000 albums, will hold a clearance sale with discounts of up to 50% until its final day. The town's annual comics festival, which Morel co-founded in 1994, will pay tribute to him in October. Several customers have launched an online petition calling on the town council to help a new owner take over the premises.",
 candidate="Bulles & Cases, the comic shop that has been an institution in Montclerc's old town for 35 years, is shutting down at the end of this month. Patrick Morel, its 68-year-old founder, is retiring and has been unable to find anyone to buy it. Until the last day, the shop's stock of around 20,000 albums will be sold off with reductions of up to 50%. In October, the town's yearly comics festival, which Morel helped found in 1994, will honour him. Several customers have started an online fundraiser and are urging the town council to help a new owner take over the premises.",
 errors=[dict(t="started an online fundraiser", type="event", sev="major", ref="launched an online petition")],
 traps=[dict(t="has been unable to find anyone to buy it", ref="has not found a buyer"),
        dict(t="sold off with reductions of up to 50%", ref="clearance sale with discounts of up to 50%"),
        dict(t="helped found", ref="co-founded")]),
]

# ---------------------------------------------------------------- build and validate
DOMAINS = [d.strip() for d in (
    "night classes, exam boards, student loans, scholarship funds, gift cards, loyalty schemes, "
    "laundrettes, dry cleaners, tattoo parlours, saunas, hot springs, lifeguards, beach cleaning, "
    "litter picking, recycling centres, community gardens, rooftop farms, flower auctions, "
    "tulip growing, lavender fields, cotton mills, silk farming, bamboo furniture, forest fires, "
    "tree planting, stonemasonry, blacksmiths, foundries, steel mills, aluminium smelters, "
    "copper mines, lithium extraction, gravel pits, brick kilns, tile factories, toy makers, "
    "comic shops, record shops, vinyl pressing, piano tuning").split(",")]
TYPES = ["entity", "number", "date", "role", "polarity", "modality", "attribution",
         "event", "omission", "addition", "repetition"]
SEVS = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}
PROBLEMS = []


def fail(cid, msg):
    PROBLEMS.append("%s: %s" % (cid, msg))


def nth(hay, needle, n):
    """Start offset of the n-th (0-based) occurrence of needle in hay, or -1."""
    pos = -1
    for _ in range(n + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def locate(cid, cand, text, occ):
    count = cand.count(text)
    if count == 0:
        fail(cid, "text not in candidate: %r" % text)
        return None
    if occ is None:
        if count > 1:
            fail(cid, "text repeats %d times, occ needed: %r" % (count, text))
        occ = 0
    start = nth(cand, text, occ)
    if start < 0:
        fail(cid, "occurrence %d of %r not found" % (occ, text))
        return None
    return start


def is_word(ch):
    return ch.isalnum()


def check_bounds(cid, cand, start, end):
    if start > 0 and start < len(cand) and is_word(cand[start]) and is_word(cand[start - 1]):
        fail(cid, "span starts inside a word at %d" % start)
    if 0 < end < len(cand) and is_word(cand[end - 1]) and is_word(cand[end]):
        fail(cid, "span ends inside a word at %d" % end)


def words(s):
    return len(re.findall(r"\S+", s))


def build():
    records = []
    for i, c in enumerate(CASES):
        cid = c["domain"]
        ref, cand = c["reference"], c["candidate"]
        errs, traps = [], []
        for e in c["errors"]:
            typ = e["type"]
            if typ not in TYPES:
                fail(cid, "bad type %r" % typ)
            if e["sev"] not in SEVS:
                fail(cid, "bad severity %r" % e["sev"])
            if typ == "omission":
                anchor = e.get("before", e.get("after"))
                start = locate(cid, cand, anchor, e.get("occ"))
                if start is None:
                    continue
                if "after" in e:
                    start += len(anchor)
                if 0 < start < len(cand) and is_word(cand[start - 1]) and is_word(cand[start]):
                    fail(cid, "omission point inside a word")
                errs.append(dict(start=start, end=start, text="", type=typ,
                                 severity=e["sev"], ref_text=e["ref"]))
                continue
            start = locate(cid, cand, e["t"], e.get("occ"))
            if start is None:
                continue
            end = start + len(e["t"])
            errs.append(dict(start=start, end=end, text=e["t"], type=typ,
                             severity=e["sev"], ref_text=e["ref"]))
        for t in c["traps"]:
            start = locate(cid, cand, t["t"], t.get("occ"))
            if start is None:
                continue
            traps.append(dict(start=start, end=start + len(t["t"]), text=t["t"],
                              ref_text=t["ref"]))
        errs.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append(dict(domain=c["domain"], mode=c["mode"], reference=ref,
                            candidate=cand, label=c["label"], errors=errs, traps=traps))
    return records


def validate(records):
    if len(records) != 40:
        fail("set", "expected 40 pairs, got %d" % len(records))
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms):
        fail("set", "duplicate domains")
    for d in doms:
        if d not in DOMAINS:
            fail(d, "domain not in list")
    combos = {}
    type_counts = {t: 0 for t in TYPES}
    for r in records:
        cid, ref, cand = r["domain"], r["reference"], r["candidate"]
        key = (r["mode"], r["label"])
        combos[key] = combos.get(key, 0) + 1
        if r["mode"] not in MODES:
            fail(cid, "bad mode")
        if r["label"] not in ("consistent", "inconsistent"):
            fail(cid, "bad label")
        nw = words(ref)
        if not 70 <= nw <= 190:
            fail(cid, "reference has %d words" % nw)
        if ref == cand:
            fail(cid, "candidate identical to reference")
        if r["mode"] == "summary" and not (len(cand) < len(ref) and words(cand) < nw):
            fail(cid, "summary not shorter than reference")
        if r["label"] == "consistent":
            if r["errors"]:
                fail(cid, "consistent pair has errors")
            if not 3 <= len(r["traps"]) <= 5:
                fail(cid, "consistent pair has %d traps" % len(r["traps"]))
        else:
            if not 1 <= len(r["errors"]) <= 3:
                fail(cid, "inconsistent pair has %d errors" % len(r["errors"]))
            if len(r["traps"]) > 3:
                fail(cid, "inconsistent pair has %d traps" % len(r["traps"]))
        spans = []
        for e in r["errors"]:
            type_counts[e["type"]] += 1
            s, t = e["start"], e["end"]
            if cand[s:t] != e["text"]:
                fail(cid, "error text/offset mismatch %r" % e["text"])
            if e["type"] == "omission":
                if r["mode"] == "summary":
                    fail(cid, "omission in a summary")
                if s != t or e["text"] != "":
                    fail(cid, "omission must be empty")
                if not e["ref_text"] or e["ref_text"].lower() in cand.lower():
                    fail(cid, "omitted words present in candidate")
            else:
                if s >= t:
                    fail(cid, "empty non-omission span")
                check_bounds(cid, cand, s, t)
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    fail(cid, "addition/repetition ref_text must be null")
                if e["type"] == "repetition" and e["text"] not in cand[:s]:
                    fail(cid, "repetition span has no earlier copy")
            else:
                if not e["ref_text"] or e["ref_text"] not in ref:
                    fail(cid, "error ref_text not in reference: %r" % e["ref_text"])
                if e["ref_text"] == e["text"]:
                    fail(cid, "error text equals ref_text")
            spans.append((s, t, e["type"] == "omission"))
        for tr in r["traps"]:
            s, t = tr["start"], tr["end"]
            if cand[s:t] != tr["text"] or s >= t:
                fail(cid, "trap text/offset mismatch %r" % tr["text"])
            check_bounds(cid, cand, s, t)
            if tr["ref_text"] not in ref:
                fail(cid, "trap ref_text not in reference: %r" % tr["ref_text"])
            if tr["ref_text"] == tr["text"]:
                fail(cid, "trap text equals ref_text")
            spans.append((s, t, False))
        for a in range(len(spans)):
            for b in range(a + 1, len(spans)):
                s1, e1, o1 = spans[a]
                s2, e2, o2 = spans[b]
                if o1 or o2:
                    p, (ss, ee) = (s1, (s2, e2)) if o1 else (s2, (s1, e1))
                    if ss < p < ee:
                        fail(cid, "omission point inside another span")
                elif s1 < e2 and s2 < e1:
                    fail(cid, "overlapping spans at %d-%d and %d-%d" % (s1, e1, s2, e2))
    for mode, n in (("rewrite", 10), ("summary", 5), ("translation", 5)):
        for label in ("consistent", "inconsistent"):
            if combos.get((mode, label), 0) != n:
                fail("set", "%s/%s: %d pairs, expected %d" % (mode, label, combos.get((mode, label), 0), n))
    total = sum(type_counts.values())
    if total != 30:
        fail("set", "expected 30 errors, got %d" % total)
    for t, n in type_counts.items():
        if n < 2:
            fail("set", "type %s used %d times" % (t, n))
    return combos, type_counts


def main():
    check_only = "--check" in sys.argv[1:]
    records = build()
    combos, type_counts = validate(records)
    if PROBLEMS:
        print("VALIDATION FAILED:")
        for p in PROBLEMS:
            print("  " + p)
        sys.exit(1)
    # mix the modes and labels, deterministically, then number the pairs
    random.Random(34).shuffle(records)
    out = []
    for i, r in enumerate(records, 1):
        out.append({"id": "s34-%03d" % i, "domain": r["domain"], "mode": r["mode"],
                    "reference": r["reference"], "candidate": r["candidate"],
                    "label": r["label"], "errors": r["errors"], "traps": r["traps"]})
    print("pairs by mode/label:", {"%s/%s" % k: v for k, v in sorted(combos.items())})
    print("errors by type:", type_counts, "total", sum(type_counts.values()))
    print("traps:", sum(len(r["traps"]) for r in out))
    if check_only:
        print("check only: nothing written")
        return
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set34.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(out), path))


if __name__ == "__main__":
    main()
