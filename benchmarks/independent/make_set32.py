#!/usr/bin/env python3
"""Held-out evaluation set 32 for the fact-comparison tool.

How it was made: every pair was hand-written by a helper session that saw no
code or data of the project and no existing benchmark, working only from a
written brief. All people, companies, organisations, places and figures are
invented (real countries appear only as background). Character offsets are
never typed by hand: the script finds every span by string search (with an
occurrence index where a quoted text repeats), validates everything and writes
set32.jsonl next to this file.  `python3 make_set32.py --check` validates only.

Composition (asserted below):
  40 pairs, 40 different domains; 20 consistent, 20 inconsistent.
  Modes: 20 rewrite (10 consistent / 10 inconsistent), 10 summary (5 / 5),
         10 translation (5 / 5; both sides are independent English
         translations of the same non-English story).
  30 errors over 20 inconsistent pairs (10 pairs with one error, 10 with two):
    entity 3, number 4, date 3, role 3, polarity 3, modality 3,
    attribution 2, event 3, omission 2 (rewrite only), addition 2,
    repetition 2.
  Traps: 3-5 per consistent pair, 0-3 per inconsistent pair.
  References are 70-190 words in news / agency / corporate / official register.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, 'set32.jsonl')

DOMAINS = [
    'parking meters', 'taxi licensing', 'bike sharing', 'scooter rentals',
    'car pooling', 'driving schools', 'vehicle inspections', 'number plates',
    'parcel lockers', 'pawnshops', 'microloans', 'lottery draws',
    'bingo halls', 'arcades', 'board game cafes', 'video game studios',
    'esports leagues', 'animation studios', 'dubbing studios', 'radio drama',
    'podcasts', 'local television', 'newspaper archives', 'public libraries',
    'bookbinding', 'printmaking', 'weaving', 'quilting', 'knitting circles',
    'leather tanning', 'shoe repair', 'organ building', 'guitar makers',
    'brass bands', 'folk dance', 'flamenco', 'tango schools',
    'ballroom dancing', 'karaoke', 'jazz festivals',
]

ERROR_TYPES = ['entity', 'number', 'date', 'role', 'polarity', 'modality',
               'attribution', 'event', 'omission', 'addition', 'repetition']
SEVERITIES = ['minor', 'major', 'critical']

CASES = []


def err(text, etype, severity, ref_text, occ=0):
    """An error span: `text` is found in the candidate (occurrence `occ`)."""
    return {'kind': 'span', 'text': text, 'type': etype,
            'severity': severity, 'ref_text': ref_text, 'occ': occ}


def omit(after, ref_text, severity, occ=0):
    """An omission: the missing words belong right after `after`."""
    return {'kind': 'omission', 'after': after, 'type': 'omission',
            'severity': severity, 'ref_text': ref_text, 'occ': occ}


def trap(text, ref_text, occ=0):
    return {'text': text, 'ref_text': ref_text, 'occ': occ}


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({'domain': domain, 'mode': mode, 'label': label,
                  'reference': reference, 'candidate': candidate,
                  'errors': list(errors), 'traps': list(traps)})


# ---------------------------------------------------------------------------
# Part 2: rewrites, first half
# ---------------------------------------------------------------------------

case('parking meters', 'rewrite', 'inconsistent',
     '''The city of Harlowe will replace 1,400 coin-operated parking meters with solar-powered pay stations by the end of March, the municipal transport department said on Monday. The new machines accept cards and mobile payments, and the department expects them to cut collection costs by about 30 percent. Hourly rates in the central zone will stay at $2.50, but evening charges will be extended until 9 p.m. on weekdays. Councillor Marta Vinsky, who chairs the transport committee, said residents with disability permits would continue to park free of charge. The $6.8 million contract was awarded to Tellguard Systems, a firm based in Orrin County, after a tender that drew five bids.''',
     '''Harlowe's municipal transport department announced on Monday that 1,400 coin-operated parking meters in the city will be swapped for solar-powered pay stations by the end of March. The new machines take cards and mobile payments, and the department expects them to bring collection costs down by roughly 40 percent. Evening charges will now run until 9 p.m., while the hourly rate in the central zone remains $2.50. Residents holding disability permits will still park for free, according to Councillor Marta Vinsky, chair of the transport committee. Tellguard Systems, an Orrin County firm, won the $6.8 million contract after a tender that attracted five bids.''',
     errors=[err('40 percent', 'number', 'major', '30 percent'),
             omit('until 9 p.m.', 'on weekdays', 'major')],
     traps=[trap('an Orrin County firm', 'a firm based in Orrin County'),
            trap('chair of the transport committee', 'who chairs the transport committee')])

case('taxi licensing', 'rewrite', 'consistent',
     '''The Brenmoor Transport Authority will issue 250 new taxi licences this year, the first increase since 2017, its director, Paul Anketell, said on Thursday. Applicants must hold a full driving licence for at least three years and pass a local knowledge test, which will be offered in four languages for the first time. Licence fees will rise from $420 to $480 a year. Anketell said waiting times at the city's main rail station had doubled over the past two years, and that the authority hoped the extra cabs would ease pressure at night. The drivers' association Cabline Brenmoor said it would not oppose the plan but warned that earnings per driver could fall.''',
     '''Brenmoor's transport authority will hand out 250 additional taxi licences this year, the first rise in the number since 2017, director Paul Anketell announced on Thursday. To qualify, applicants will need to have held a full driving licence for a minimum of three years and to pass a test of local knowledge, available for the first time in four languages. The annual fee is going up by $60, to $480. According to Anketell, waits at the city's main rail station have doubled in the past two years, and the authority hopes the extra cabs will relieve pressure at night. Cabline Brenmoor, which represents drivers, said it would not stand in the way of the plan, though it warned that per-driver earnings might drop.''',
     traps=[trap('the first rise in the number since 2017', 'the first increase since 2017'),
            trap('for a minimum of three years', 'for at least three years'),
            trap('is going up by $60, to $480', 'rise from $420 to $480'),
            trap('would not stand in the way of', 'would not oppose'),
            trap('per-driver earnings might drop', 'earnings per driver could fall')])

case('bike sharing', 'rewrite', 'inconsistent',
     '''Cyclo Nordia, the operator of the Velmar bike-sharing scheme, has been acquired by the transport group Ardent Mobility for an undisclosed sum, the companies said on Wednesday. The scheme runs 3,200 bicycles from 210 docking stations and recorded 4.1 million trips last year, up 18 percent on 2022. Ardent said it would keep the Cyclo Nordia brand and add 600 electric bikes to the fleet within 18 months. Velmar's city council, which subsidises the scheme with $1.5 million a year, said the contract terms would not change until it expires in 2027.''',
     '''Velmar's bike-sharing operator Cyclo Nordia has acquired the transport group Ardent Mobility for an undisclosed sum, the companies announced on Wednesday. Last year the scheme's 3,200 bicycles, spread across 210 docking stations, were used for 4.1 million trips, 18 percent more than in 2022. Ardent said the Cyclo Nordia name would be retained and that 600 e-bikes would join the fleet within a year and a half. The city council, which puts $1.5 million a year into the scheme, said the terms of the contract would stay the same until it runs out in 2027.''',
     errors=[err('Cyclo Nordia has acquired the transport group Ardent Mobility', 'role', 'critical',
                 'Cyclo Nordia, the operator of the Velmar bike-sharing scheme, has been acquired by the transport group Ardent Mobility')],
     traps=[trap('within a year and a half', 'within 18 months'),
            trap('18 percent more than in 2022', 'up 18 percent on 2022'),
            trap('puts $1.5 million a year into the scheme', 'subsidises the scheme with $1.5 million a year')])

case('scooter rentals', 'rewrite', 'consistent',
     '''E-scooter rentals in Port Callis will be banned on the waterfront promenade from 1 June, the city's mobility office announced on Tuesday. The decision follows 96 reported collisions involving pedestrians in the area last year, a third of them causing injuries. Operators Zipa and Rolla, which together run about 2,000 scooters in the city, will be required to use geofencing to slow vehicles to 10 km/h in neighbouring streets. Deputy Mayor Ines Carrow said the ban could be lifted after a 12-month review if accident numbers fall. Zipa said it was disappointed but would comply.''',
     '''From June 1, rented e-scooters will no longer be allowed on the waterfront promenade in Port Callis, the city's mobility office said on Tuesday. The move comes after 96 collisions involving pedestrians were reported in the area last year, one in three of them causing injuries. Zipa and Rolla, which operate roughly 2,000 scooters in the city between them, will have to use geofencing to cap speeds at 10 km/h in adjoining streets. According to Deputy Mayor Ines Carrow, the ban may be lifted following a year-long review if accident numbers fall. Zipa said that although it was disappointed, it would comply.''',
     traps=[trap('From June 1', 'from 1 June'),
            trap('one in three of them', 'a third of them'),
            trap('roughly 2,000 scooters in the city between them', 'together run about 2,000 scooters in the city'),
            trap('may be lifted following a year-long review', 'could be lifted after a 12-month review')])

case('car pooling', 'rewrite', 'consistent',
     '''Employers in the Keswater region who join a new car-pooling programme will receive a tax credit of $150 per participating employee, Keswater Regional Council said in a statement on 3 October. The programme, called ShareLane, aims to take 5,000 cars off the roads during peak hours by 2026. Commuters who register will be matched through a free app and can use two dedicated lanes on the Orlan Bridge. Council chair Dana Hollis said the scheme was voluntary and that no company would be penalised for staying out. Early interest had been strong, she said, with 42 firms signing letters of intent.''',
     '''Under a new car-pooling programme announced by Keswater Regional Council on October 3, employers in the region that sign up will get a $150 tax credit for every employee who takes part. ShareLane, as the programme is called, is intended to remove 5,000 cars from the roads at peak times by 2026. Registered commuters will be paired up via an app that costs nothing, and will be able to use two reserved lanes on the Orlan Bridge. Participation is optional, and companies that decide not to join will face no penalty, council chair Dana Hollis said, adding that early interest had been strong, with 42 firms already signing letters of intent.''',
     traps=[trap('October 3', '3 October'),
            trap('for every employee who takes part', 'per participating employee'),
            trap('an app that costs nothing', 'a free app'),
            trap('Participation is optional', 'the scheme was voluntary'),
            trap('will face no penalty', 'no company would be penalised')])

case('driving schools', 'rewrite', 'inconsistent',
     '''Driving schools in the province of Lanmark must install dual-control pedals in all training vehicles by 1 September 2025, under rules published on Friday by the provincial road safety agency. Instructors will also have to complete a refresher course every five years. The agency said about 1,100 schools would be affected and that it might offer grants to smaller operators to cover the cost of the equipment, estimated at $900 per car. Geraldine Moss, president of the Lanmark Driving Instructors' Guild, said members supported the rules but had asked for more time.''',
     '''New rules issued on Friday by Lanmark's provincial road safety agency require every training vehicle used by driving schools in the province to be fitted with dual-control pedals by 1 September 2026. Instructors will additionally need to take a refresher course once every five years. Around 1,100 schools will be affected, the agency said, adding that it will offer grants to help smaller operators cover the equipment, which is estimated to cost $900 per car. Geraldine Moss, who heads the Lanmark Driving Instructors' Guild, said its members backed the rules but had requested more time.''',
     errors=[err('1 September 2026', 'date', 'major', '1 September 2025'),
             err('it will offer grants', 'modality', 'major', 'it might offer grants')],
     traps=[trap("who heads the Lanmark Driving Instructors' Guild", "president of the Lanmark Driving Instructors' Guild"),
            trap('had requested more time', 'had asked for more time')])

case('vehicle inspections', 'rewrite', 'consistent',
     '''Cars older than four years in the state of Norvale will need an annual roadworthiness inspection instead of one every two years from January 2026, Transport Minister Helen Rask said on Tuesday. About 640,000 vehicles are expected to be affected. The inspection fee, currently $55, will not change. Rask said the move followed a review which found that brake and tyre faults accounted for 27 percent of crashes involving older vehicles. Opposition transport spokesman Leon Baptiste criticised the plan, saying it would cost motorists time and money without proven safety benefits. The government said it would add 45 inspection stations to handle the extra demand.''',
     '''From January 2026, cars in Norvale that are more than four years old will have to undergo a roadworthiness inspection every year rather than every other year, the state's transport minister, Helen Rask, announced on Tuesday. Some 640,000 vehicles are likely to be affected, while the $55 inspection fee will stay the same. According to Rask, the change follows a review showing that brake and tyre faults were responsible for 27% of crashes involving older vehicles. The opposition's transport spokesman, Leon Baptiste, attacked the plan, arguing that it would cost motorists time and money with no proven safety benefit. To cope with the additional demand, the government said it would open 45 more inspection stations.''',
     traps=[trap('every year rather than every other year', 'annual roadworthiness inspection instead of one every two years'),
            trap('are likely to be affected', 'are expected to be affected'),
            trap('will stay the same', 'will not change'),
            trap('27%', '27 percent'),
            trap('open 45 more inspection stations', 'add 45 inspection stations')])

case('number plates', 'rewrite', 'inconsistent',
     '''The Vehicle Registration Office of Castelo Bay will auction 300 personalised number plates on 14 November, with the proceeds going to the Bay Children's Hospital, officials said on Monday. The most sought-after plate, 'CB 1', carries a reserve price of $40,000. Bidding will take place online for the first time, on a platform run by the auction house Mellor & Finch. At a similar sale in 2021, the office raised $1.2 million for the Castelo Bay Fire Service. Registration director Amos Ekwueme said plates would be transferred to winning bidders within 30 days of payment.''',
     '''Castelo Bay's Vehicle Registration Office will put 300 personalised number plates under the hammer on 14 November, with the proceeds going to the Castelo Bay Fire Service, officials said on Monday. The most coveted plate, 'CB 1', has a reserve of $40,000. For the first time, bidding will be held online, on a platform operated by the auction house Mellor & Finch. A comparable sale in 2021 raised $1.2 million for the fire service. Winning bidders will have their plates transferred within 30 days of paying, registration director Amos Ekwueme said.''',
     errors=[err('the Castelo Bay Fire Service', 'entity', 'major', "the Bay Children's Hospital")],
     traps=[trap('put 300 personalised number plates under the hammer', 'auction 300 personalised number plates'),
            trap('has a reserve of $40,000', 'carries a reserve price of $40,000')])

case('parcel lockers', 'rewrite', 'consistent',
     '''Postal operator Kestrel Post plans to install 1,200 parcel lockers at railway stations, supermarkets and petrol stations across the country over the next two years, chief executive Ruth Okonjo said on Wednesday. The lockers, which will be open 24 hours a day, are intended to reduce failed home deliveries, which cost the company an estimated $35 million last year. Customers will be able to collect parcels using a six-digit code sent by text message. Kestrel Post said the first 150 lockers would be in place by the end of June. The company did not disclose the cost of the programme.''',
     '''Kestrel Post intends to put 1,200 parcel lockers in railway stations, supermarkets and petrol stations nationwide within the next 24 months, its chief executive, Ruth Okonjo, said on Wednesday. The round-the-clock lockers are meant to reduce the number of failed home deliveries, which cost the postal operator an estimated $35 million last year. Customers will be able to pick up parcels with a six-digit code sent to them by SMS. The first 150 lockers are due to be in place by the end of June, the company said, without revealing how much the programme will cost.''',
     traps=[trap('nationwide', 'across the country'),
            trap('within the next 24 months', 'over the next two years'),
            trap('round-the-clock', 'open 24 hours a day'),
            trap('by SMS', 'by text message'),
            trap('without revealing how much the programme will cost', 'did not disclose the cost of the programme')])

case('pawnshops', 'rewrite', 'inconsistent',
     '''Pawnshops in the state of Aldria will have to photograph every item they accept and upload the images to a police database within 24 hours, under a law passed by the state assembly on Thursday. The measure is aimed at tracing stolen goods; police say about 8,000 stolen items were sold through pawnshops last year. The Aldria Pawnbrokers Association said the rule was workable but complained that it had not been consulted. Assembly member Rosa Imbert, who sponsored the bill, said shops that fail to comply could face fines of up to $10,000. The law takes effect in March.''',
     '''Under a law passed by the Aldria state assembly on Thursday, pawnshops in the state must photograph every item they take in and upload the pictures to a police database within 24 hours. The aim is to trace stolen goods: about 8,000 stolen items were sold through pawnshops last year, according to the Aldria Pawnbrokers Association. The association called the rule unworkable and complained that it had not been consulted. Shops that fail to comply could be fined up to $10,000, said Assembly member Rosa Imbert, the bill's sponsor. The law comes into force in March.''',
     errors=[err('according to the Aldria Pawnbrokers Association', 'attribution', 'major', 'police say'),
             err('called the rule unworkable', 'polarity', 'major', 'said the rule was workable')],
     traps=[trap("the bill's sponsor", 'who sponsored the bill'),
            trap('comes into force in March', 'takes effect in March'),
            trap('could be fined up to $10,000', 'could face fines of up to $10,000')])

# ---------------------------------------------------------------------------
# Part 3: rewrites, second half
# ---------------------------------------------------------------------------

case('microloans', 'rewrite', 'consistent',
     '''The Sunvale Development Fund has approved $12 million in microloans for small farmers and market traders in three northern districts, the fund's managing director, Kofi Ansere, said on Monday. Individual loans will range from $200 to $2,500 and carry an annual interest rate of 9 percent, about half the rate charged by commercial lenders in the region. Women-led businesses will receive at least 60 percent of the funds. Ansere said repayment rates on the fund's previous programme, launched in 2019, had exceeded 94 percent. Applications open on 1 February through local credit cooperatives.''',
     '''Small farmers and market traders in three districts in the north will have access to $12 million in microloans approved by the Sunvale Development Fund, its managing director, Kofi Ansere, announced on Monday. Borrowers will be able to take out between $200 and $2,500 each at an interest rate of 9 percent a year, roughly half what commercial lenders in the region charge. No less than 60 percent of the money will go to businesses led by women. According to Ansere, the repayment rate on the fund's previous programme, which began in 2019, was above 94 percent. Applications can be made through local credit cooperatives from February 1.''',
     traps=[trap('9 percent a year', 'an annual interest rate of 9 percent'),
            trap('roughly half what commercial lenders in the region charge', 'about half the rate charged by commercial lenders in the region'),
            trap('No less than 60 percent', 'at least 60 percent'),
            trap('which began in 2019', 'launched in 2019'),
            trap('from February 1', 'open on 1 February')])

case('lottery draws', 'rewrite', 'inconsistent',
     '''The national lottery operator Fortuna Gaming will move its Saturday draw from 8 p.m. to 9.30 p.m. from next month to coincide with a new television slot, the company said on Friday. The jackpot for this week's draw has rolled over six times and stands at an estimated $28 million, the largest since the game was launched in 2009. Fortuna said ticket sales rose 11 percent in the last quarter. The gaming regulator, the Office for Lotteries and Betting, said it had approved the schedule change but would review the operator's advertising practices later this year.''',
     '''Fortuna Gaming, which runs the national lottery, said on Friday that from next month its Saturday draw will take place at 9.30 p.m. instead of 8 p.m., to fit a new television slot. The jackpot for this week's draw has rolled over six times and is now estimated at $28 million, the biggest since the game's 2009 launch. Ticket sales climbed 11 percent in the last quarter, the company said, and the jackpot for this week's draw has rolled over six times. The Office for Lotteries and Betting, the gaming regulator, said it had signed off on the schedule change but would look into the operator's advertising practices later this year.''',
     errors=[err("the jackpot for this week's draw has rolled over six times", 'repetition', 'minor', None)],
     traps=[trap('at 9.30 p.m. instead of 8 p.m.', 'from 8 p.m. to 9.30 p.m.'),
            trap("the game's 2009 launch", 'the game was launched in 2009'),
            trap('had signed off on the schedule change', 'had approved the schedule change')])

case('bingo halls', 'rewrite', 'consistent',
     '''Galaxy Bingo, the country's largest bingo hall chain, will close 14 of its 61 halls by the end of the year, putting about 230 jobs at risk, the company said on Tuesday. Chief executive Simon Achterberg blamed rising energy bills and a 20 percent fall in visitor numbers since 2019. Staff at the affected halls will be offered positions at other sites where possible, he said. The company, which is owned by the investment firm Redbrook Capital, reported a pre-tax loss of $4.3 million for the last financial year. The remaining halls will stay open seven days a week.''',
     '''The country's biggest bingo hall operator, Galaxy Bingo, said on Tuesday it would shut 14 of its 61 venues before the year is out, with some 230 jobs under threat. Chief executive Simon Achterberg put the closures down to higher energy bills and a one-fifth drop in visitor numbers since 2019, and said staff at the halls concerned would, where possible, be offered jobs at other sites. Galaxy, owned by investment firm Redbrook Capital, made a pre-tax loss of $4.3 million in its last financial year. Its other 47 halls will continue to open seven days a week.''',
     traps=[trap('before the year is out', 'by the end of the year'),
            trap('some 230 jobs under threat', 'putting about 230 jobs at risk'),
            trap('put the closures down to', 'blamed'),
            trap('a one-fifth drop', 'a 20 percent fall'),
            trap('Its other 47 halls', 'The remaining halls')])

case('arcades', 'rewrite', 'inconsistent',
     '''The Pennick Pier amusement arcade, which has operated on the Dunmore seafront since 1958, has been sold to a local family business for $2.1 million, its owner, Leisure Coast Holdings, said on Thursday. The new owners, the Trelawney family, plan to restore the arcade's original neon signage and add a café. The arcade employs 18 people year-round and up to 40 in summer. Leisure Coast said it was selling to focus on its hotels. The Dunmore Heritage Society, which had campaigned to keep the building in use as an arcade, welcomed the sale.''',
     '''Leisure Coast Holdings said on Thursday it had sold the Pennick Pier amusement arcade, a fixture of the Dunmore seafront since 1958, to a local family business for $1.2 million. The Trelawney family, the new owners, intend to replace the arcade's original neon signage and add a café. The arcade has 18 staff all year round, rising to as many as 40 during the summer. Leisure Coast said the sale would allow it to concentrate on its hotels. The Dunmore Heritage Society, which had fought to keep the building in use as an arcade, welcomed the deal.''',
     errors=[err('$1.2 million', 'number', 'major', '$2.1 million'),
             err('replace', 'event', 'major', 'restore')],
     traps=[trap('rising to as many as 40 during the summer', 'up to 40 in summer'),
            trap('concentrate on its hotels', 'focus on its hotels'),
            trap('had fought to keep', 'had campaigned to keep')])

case('board game cafes', 'rewrite', 'consistent',
     '''Dice & Dough, a chain of board game cafés, has raised $3.5 million from investors led by the venture firm Hollow Oak Partners to open 12 new branches over the next three years, co-founder Amira Salt said on Monday. The company currently runs five cafés, each stocking more than 800 games, and says it served 210,000 customers last year. Salt said the new branches would be in university towns. Customers pay a cover charge of $6 for unlimited play, and the chain also sells food and drinks. Hollow Oak partner Viktor Lenz will join the company's board.''',
     '''Board game café chain Dice & Dough plans to open a dozen new branches in university towns over the next three years after raising $3.5 million from a group of investors led by venture firm Hollow Oak Partners, co-founder Amira Salt said on Monday. Each of its five existing cafés has over 800 games on its shelves, and the company says 210,000 customers came through its doors last year. For a $6 cover charge, customers can play as much as they like; food and drinks are also on sale. Viktor Lenz, a partner at Hollow Oak, will take a seat on the board.''',
     traps=[trap('a dozen new branches', '12 new branches'),
            trap('over 800 games', 'more than 800 games'),
            trap('can play as much as they like', 'unlimited play'),
            trap('a partner at Hollow Oak', 'Hollow Oak partner'),
            trap('will take a seat on the board', "will join the company's board")])

case('video game studios', 'rewrite', 'inconsistent',
     '''Independent studio Lanternfish Games will delay the release of its fantasy title 'Ashen Crown' until the second half of next year, the company said on Wednesday. The game had been due out in March. Studio head Noor Haddad said the team needed more time to fix performance problems on consoles. Lanternfish, which employs 65 people in the city of Varrow, said the delay would not lead to job cuts. The studio's previous game, 'Tidebreaker', sold 1.3 million copies.''',
     '''Independent studio Lanternfish Games has pushed back the release of its fantasy game 'Ashen Crown' from March to the second half of next year, the company announced on Wednesday. According to studio head Noor Haddad, the team needs extra time to iron out performance problems on consoles, which were widely criticised after a public demo last autumn. The Varrow-based studio, which has 65 employees, said no jobs would be lost as a result of the delay. Its previous game, 'Tidebreaker', sold 1.3 million copies.''',
     errors=[err('which were widely criticised after a public demo last autumn', 'addition', 'major', None)],
     traps=[trap('iron out performance problems', 'fix performance problems'),
            trap('which has 65 employees', 'which employs 65 people'),
            trap('no jobs would be lost', 'would not lead to job cuts')])

case('esports leagues', 'rewrite', 'consistent',
     '''The Northern Esports League will expand from 10 to 14 teams next season, with four franchises sold for a combined $22 million, league commissioner Jonas Pereira said on Friday. The new teams will be based in Kelby, Ardwick, Port Selden and Marrow Vale. Prize money for the season will rise by a quarter to $5 million. Pereira said matches would continue to be streamed free of charge, although the league is in talks with two broadcasters about television rights. The season is scheduled to start on 18 January.''',
     '''Four new franchises, sold for $22 million in total, will take the Northern Esports League from 10 to 14 teams next season, commissioner Jonas Pereira announced on Friday. Kelby, Ardwick, Port Selden and Marrow Vale will be home to the newcomers. The season's prize money is going up 25 percent, to $5 million. Matches will still be streamed at no cost, Pereira said, though the league is negotiating television rights with two broadcasters. The new season is due to begin on January 18.''',
     traps=[trap('sold for $22 million in total', 'sold for a combined $22 million'),
            trap('going up 25 percent', 'rise by a quarter'),
            trap('at no cost', 'free of charge'),
            trap('is negotiating television rights with two broadcasters', 'is in talks with two broadcasters about television rights'),
            trap('January 18', '18 January')])

case('animation studios', 'rewrite', 'inconsistent',
     '''Pelican Frame Studios, the animation company behind the children's series 'Moss and Pebble', has signed a deal with the Halden-based streaming service Brightwave to produce two feature films, the studio said on Tuesday. The first film is expected to be released in late 2026. Chief executive Hana Lindqvist said the studio would hire around 120 additional animators at its base in Corrow, bringing its workforce to about 400. The financial terms were not disclosed. Brightwave has also agreed to stream all three existing seasons of 'Moss and Pebble' from next spring.''',
     '''Pelican Frame Studios, the animation house behind the children's show 'Moss and Pebble', will make two feature films for the Halden-based streaming service Brightwave under a deal the studio announced on Tuesday. The first of the films is expected to come out in 2026. The studio will take on roughly 120 more animators at its base in Halden, taking its staff to about 400, according to chief executive Hana Lindqvist. No financial details were given. Brightwave has also agreed to stream all three existing seasons of 'Moss and Pebble' from next spring.''',
     errors=[omit('expected to come out in', 'late', 'minor'),
             err('Halden', 'entity', 'major', 'Corrow', occ=1)],
     traps=[trap('roughly 120 more animators', 'around 120 additional animators'),
            trap('No financial details were given', 'The financial terms were not disclosed')])

case('dubbing studios', 'rewrite', 'consistent',
     '''Vocalis Media, a dubbing studio based in Serrano Point, has won a three-year contract to produce Spanish and Portuguese versions of all original programmes commissioned by the streaming platform Kinoplex, the company said on Thursday. The contract is worth about $9 million a year. Managing director Lucía Ferrante said the studio would open a second recording facility in March and recruit 35 voice actors and sound engineers. Vocalis currently dubs around 1,800 hours of content a year, mostly animated films and documentaries.''',
     '''Serrano Point dubbing studio Vocalis Media announced on Thursday that it had secured a three-year deal to dub every original programme commissioned by the streaming platform Kinoplex into Spanish and Portuguese. The contract is worth roughly $9 million annually. Lucía Ferrante, the managing director, said the studio would open a second recording facility in March and that 35 voice actors and sound engineers would be hired. At present Vocalis dubs about 1,800 hours of material a year, most of it animated films and documentaries.''',
     traps=[trap('secured a three-year deal', 'has won a three-year contract'),
            trap('roughly $9 million annually', 'about $9 million a year'),
            trap('35 voice actors and sound engineers would be hired', 'recruit 35 voice actors and sound engineers'),
            trap('about 1,800 hours of material', 'around 1,800 hours of content')])

case('radio drama', 'rewrite', 'inconsistent',
     '''Public broadcaster Radio Solvang will air a ten-part drama about the 1962 Keller Mine disaster, the station announced on Monday. The series, written by playwright Ottilie Braun and recorded with a cast of 30 actors, will be broadcast weekly from 6 October at 7.15 p.m. Each episode will be available on the station's app immediately after broadcast. Drama editor Felix Aaby said the project had taken two years to research and included interviews with relatives of the 41 miners who died. The station said it was the most expensive radio drama it had produced.''',
     '''A ten-part drama about the Keller Mine disaster of 1962 is coming to Radio Solvang, the public broadcaster announced on Monday. Written by playwright Ottilie Braun and recorded with a cast of 30 actors, the series will go out every week at 7.15 p.m., starting on 6 October, and each episode will be available on the station's app ahead of its broadcast. Two years of research went into the project, including interviews with relatives of the 41 miners who were killed, drama editor Felix Aaby said. It is the costliest radio drama the station has ever produced, the broadcaster said.''',
     errors=[err('ahead of its broadcast', 'date', 'major', 'immediately after broadcast')],
     traps=[trap('the Keller Mine disaster of 1962', 'the 1962 Keller Mine disaster'),
            trap('every week', 'weekly'),
            trap('the costliest radio drama', 'the most expensive radio drama')])

# ---------------------------------------------------------------------------
# Part 4: summaries
# ---------------------------------------------------------------------------

case('podcasts', 'summary', 'consistent',
     '''Audio company Harbourline Media has bought the true-crime podcast 'Cold Ledger' from its creators, journalists Maya Torv and Dev Ashani, for $4.5 million, the company said on Wednesday. The podcast, launched in 2020, averages 1.2 million downloads per episode and is available in 11 languages. Torv and Ashani will remain as hosts under a five-year agreement and will also develop two new series for Harbourline. Harbourline chief executive Gwen Paley said advertising revenue from podcasts had grown 35 percent at the company last year. The deal is Harbourline's largest acquisition to date.''',
     '''Harbourline Media has paid $4.5 million for the true-crime podcast 'Cold Ledger', whose creators, Maya Torv and Dev Ashani, will stay on as hosts for five years and develop two new shows for the company. The podcast averages 1.2 million downloads an episode. It is Harbourline's biggest purchase so far.''',
     traps=[trap('will stay on as hosts for five years', 'will remain as hosts under a five-year agreement'),
            trap('two new shows', 'two new series'),
            trap('1.2 million downloads an episode', '1.2 million downloads per episode'),
            trap("Harbourline's biggest purchase so far", "Harbourline's largest acquisition to date")])

case('local television', 'summary', 'inconsistent',
     '''Local television station Channel 9 Welby may stop producing its evening news bulletin next year after losing a $2 million annual contract with the regional government, station manager Iris Donnelly said on Tuesday. The contract, which funded public-service announcements, ends in December. Donnelly said the station was seeking new sponsors and had held talks with two regional newspapers about a joint newsroom. The bulletin, which has aired since 1984, employs 22 journalists and technicians. A final decision will be made by the station's board in February.''',
     '''Channel 9 Welby will scrap its evening news bulletin next year after losing a $2 million-a-year contract with the regional government, station manager Iris Donnelly said. The station is looking for new sponsors and has discussed a joint newsroom with two regional newspapers; the bulletin, on air since 1984, employs 22 people.''',
     errors=[err('will scrap', 'modality', 'major', 'may stop producing')],
     traps=[trap('$2 million-a-year contract', '$2 million annual contract'),
            trap('on air since 1984', 'has aired since 1984')])

case('newspaper archives', 'summary', 'consistent',
     '''The Calder Valley Gazette will make its entire archive, covering 162 years and about 2.4 million pages, free to search online from 1 May, the newspaper's publisher, Ridgeway Press, said on Friday. The digitisation project, funded by a $750,000 grant from the Ellery Foundation, took four years and was carried out with the Calder University library. Editions published in the past 10 years will remain behind a paywall. Publisher Naomi Strand said the archive was an important record of the region's industrial history and would be used in local schools.''',
     '''From May 1, the Calder Valley Gazette's 162-year archive of some 2.4 million pages will be searchable online at no charge, except for the last decade's editions, which stay behind a paywall. The four-year digitisation, done with the Calder University library, was paid for with a $750,000 Ellery Foundation grant.''',
     traps=[trap('May 1', '1 May'),
            trap('some 2.4 million pages', 'about 2.4 million pages'),
            trap('searchable online at no charge', 'free to search online'),
            trap("the last decade's editions", 'Editions published in the past 10 years'),
            trap('paid for with a $750,000 Ellery Foundation grant', 'funded by a $750,000 grant from the Ellery Foundation')])

case('public libraries', 'summary', 'inconsistent',
     '''The Dunfield city council has agreed to transfer the management of its 17 public libraries to the charity Readwell Trust from April, in a move expected to save $1.8 million a year. Under the ten-year agreement, the council will keep ownership of the buildings and continue to fund the service, while Readwell will run day-to-day operations and employ the 140 library staff. Union representative Carla Mendes said staff had been promised that pay and pensions would be protected. Council leader Ahmed Rafiq said opening hours would be extended at six branches.''',
     '''Dunfield council is handing the management of its 17 public libraries to the charity Readwell Trust from April, a move expected to save $1.8 million a year. Under the ten-year deal, Readwell will keep ownership of the buildings and fund the service, while the council runs day-to-day operations. Opening hours will be extended at all 17 branches.''',
     errors=[err('Readwell will keep ownership of the buildings and fund the service, while the council', 'role', 'critical',
                 'the council will keep ownership of the buildings and continue to fund the service, while Readwell'),
             err('all 17 branches', 'number', 'major', 'six branches')],
     traps=[trap('ten-year deal', 'ten-year agreement')])

case('bookbinding', 'summary', 'consistent',
     '''The Marlow Bindery, one of the last hand bookbinding workshops in the country, will take on four apprentices this autumn after receiving a $180,000 grant from the National Crafts Council, its owner, Edith Crane, said on Monday. The apprenticeships will last three years and pay a salary of $24,000 a year. Crane, who has run the workshop since 1991, said fewer than 20 professional hand bookbinders remained in the country and most were over 60. The workshop repairs about 600 books a year for libraries, churches and private collectors. Applications close on 15 August.''',
     '''Helped by a $180,000 National Crafts Council grant, the Marlow Bindery, among the country's few remaining hand bookbinding workshops, will take on four apprentices this autumn for three years, paying each $24,000 a year. Owner Edith Crane said the country had under 20 professional hand bookbinders left, most of them older than 60.''',
     traps=[trap('Helped by a $180,000 National Crafts Council grant', 'after receiving a $180,000 grant from the National Crafts Council'),
            trap("among the country's few remaining hand bookbinding workshops", 'one of the last hand bookbinding workshops in the country'),
            trap('under 20', 'fewer than 20'),
            trap('older than 60', 'over 60')])

case('printmaking', 'summary', 'inconsistent',
     '''A print attributed to the 19th-century engraver Tomas Vell sold for $310,000 at auction in Saint-Orel on Saturday, more than three times its estimate, the auction house Beaumont & Rey said. The buyer was not named. Art historian Clara Mendez, who examined the print before the sale, said it was probably one of only five surviving impressions from the original copper plate. The Vell Foundation, which catalogues the artist's work, said it had not been able to confirm the attribution. The previous auction record for a Vell print was $95,000, set in 2016.''',
     '''A print attributed to the 19th-century engraver Tomas Vell sold for $310,000 at auction in Saint-Orel on Saturday, more than triple its estimate and well above the previous Vell record of $95,000. Auctioneers Beaumont & Rey described it as probably one of only five surviving impressions from the original copper plate, although the Vell Foundation said it could not confirm the attribution.''',
     errors=[err('Auctioneers Beaumont & Rey described it', 'attribution', 'major',
                 'Art historian Clara Mendez, who examined the print before the sale, said it')],
     traps=[trap('more than triple its estimate', 'more than three times its estimate'),
            trap('could not confirm the attribution', 'had not been able to confirm the attribution')])

case('weaving', 'summary', 'consistent',
     '''The Ellan Valley Weavers' Cooperative has won an order from the hotel group Corvana Resorts to supply 9,000 hand-woven blankets and throws for its 14 hotels, the cooperative's chair, Bryony Gale, said on Thursday. The order, worth about $1.1 million, is the largest in the cooperative's 40-year history and will be delivered over 18 months. The cooperative has 75 members, most of whom work from home on traditional wooden looms. Gale said it would hire 12 more weavers and buy wool only from farms within 50 miles of the valley.''',
     '''Corvana Resorts has ordered 9,000 hand-woven blankets and throws for its 14 hotels from the Ellan Valley Weavers' Cooperative, in a deal worth roughly $1.1 million, the biggest in the 75-member cooperative's four decades. Deliveries will stretch over a year and a half, and the cooperative will hire a dozen extra weavers, its chair said.''',
     traps=[trap('roughly $1.1 million', 'about $1.1 million'),
            trap("the biggest in the 75-member cooperative's four decades", "the largest in the cooperative's 40-year history"),
            trap('over a year and a half', 'over 18 months'),
            trap('a dozen extra weavers', '12 more weavers')])

case('quilting', 'summary', 'inconsistent',
     '''A quilt made by 120 volunteers to mark the bicentenary of the town of Hollins Ford will go on display at the town museum from 3 March, museum director Peter Osei said on Wednesday. The quilt, measuring 4 by 6 metres, has 200 panels, each depicting a moment in the town's history. It took two years to complete. Osei said the quilt would not be sold or leave the town, and that admission to the exhibition would be free. The project was organised by the Hollins Ford Quilters' Guild, which was founded in 1978.''',
     '''Hollins Ford's bicentenary quilt, the largest ever made in the region, goes on display at the town museum from 3 March. Made by 120 volunteers over two years, it measures 4 by 6 metres and has 200 panels showing moments in the town's history. Museum director Peter Osei said entry would be free and that the quilt would be sold but would stay in the town.''',
     errors=[err('the largest ever made in the region', 'addition', 'major', None),
             err('would be sold', 'polarity', 'major', 'would not be sold')],
     traps=[trap('entry would be free', 'admission to the exhibition would be free'),
            trap("showing moments in the town's history", "each depicting a moment in the town's history")])

case('knitting circles', 'summary', 'consistent',
     '''Members of knitting circles across the Brannock district have produced more than 5,000 hats, scarves and blankets for homeless shelters this winter, the charity Warm Hands Network said on Tuesday. The charity, which coordinates 43 circles with about 600 members, said the total was almost double last year's. Donations of wool from local shops and a $15,000 grant from the district council covered the cost of materials. Coordinator Harriet Blum said the items had been distributed to 19 shelters and that demand had risen sharply as temperatures fell. The charity hopes to expand to neighbouring districts next year.''',
     '''Around 600 knitters in 43 Brannock district circles made over 5,000 hats, scarves and blankets for homeless shelters this winter, nearly twice last year's total, according to the Warm Hands Network, the charity that coordinates them. The items went to 19 shelters, and the charity hopes to branch out into neighbouring districts next year.''',
     traps=[trap('Around 600 knitters', 'about 600 members'),
            trap('over 5,000', 'more than 5,000'),
            trap("nearly twice last year's total", "almost double last year's"),
            trap('hopes to branch out into neighbouring districts', 'hopes to expand to neighbouring districts')])

case('shoe repair', 'summary', 'inconsistent',
     '''Heel & Sole, a shoe repair chain with 38 kiosks in shopping centres, has been placed into administration after failing to secure new funding, the administrators, Drayton Marsh, said on Monday. All kiosks will continue to trade while a buyer is sought, and the chain's 95 employees will be paid as normal. The company, founded in 1997 by cobbler Frank Mayhew, had been hit by rising rents and a decline in footfall. Drayton Marsh said it had already received interest from several potential buyers. Customers with shoes awaiting collection have been told to pick them up as usual.''',
     '''Shoe repair chain Heel & Sole, which has 38 shopping-centre kiosks, has gone into administration after failing to raise new funding. Its kiosks will keep trading and its 95 staff will be paid as normal, said administrators Drayton Marsh, who have already agreed a sale to one of several interested buyers.''',
     errors=[err('have already agreed a sale to one of several interested buyers', 'event', 'major',
                 'had already received interest from several potential buyers')],
     traps=[trap('has gone into administration', 'has been placed into administration'),
            trap('failing to raise new funding', 'failing to secure new funding'),
            trap('will keep trading', 'will continue to trade')])

# ---------------------------------------------------------------------------
# Part 5: translations (both sides translate the same non-English story)
# ---------------------------------------------------------------------------

case('leather tanning', 'translation', 'consistent',
     '''The tanneries of Valdorso, in central Italy, will have to cut their water consumption by 25 percent within three years under an agreement signed on Tuesday with the regional environmental agency, the tanners' consortium announced. The 46 tanneries of the district, which employ about 2,300 people, will share a new treatment plant costing 19 million euros, two thirds of which will be financed by the region. Consortium president Marco Brizzi called the agreement 'demanding but necessary'. In 2022 the agency had fined three tanneries for illegal discharges into the river Serra.''',
     '''Under an accord concluded on Tuesday with the regional environment agency, Valdorso's tanneries in central Italy must reduce the water they use by a quarter over the next three years, the consortium of tanners has said. The district's 46 tanneries, which together give work to some 2,300 people, are to share a new purification plant worth 19 million euros, with the region paying for two thirds of it. The agreement is 'demanding, but necessary', according to Marco Brizzi, who chairs the consortium. Three tanneries were fined by the agency in 2022 for discharging illegally into the Serra river.''',
     traps=[trap('by a quarter', 'by 25 percent'),
            trap('some 2,300 people', 'about 2,300 people'),
            trap('with the region paying for two thirds of it', 'two thirds of which will be financed by the region'),
            trap('who chairs the consortium', 'Consortium president'),
            trap('Three tanneries were fined by the agency in 2022', 'In 2022 the agency had fined three tanneries')])

case('organ building', 'translation', 'consistent',
     '''The organ-building workshop Hellwig & Söhne of Oberbrunn, in Bavaria, has completed the restoration of the 1738 organ in the church of St. Martin in Tessenbach after four years of work. The instrument, with 2,140 pipes, had been silent since 1987 because of severe woodworm damage. The restoration cost 1.6 million euros, of which the parish raised about 400,000 euros through donations. Master organ builder Johanna Hellwig said that around 80 percent of the original pipes could be preserved. The inaugural concert will take place on 12 October.''',
     '''After four years of work, the Oberbrunn organ builders Hellwig & Söhne, in Bavaria, have finished restoring the organ in Tessenbach's St. Martin's church, an instrument dating from 1738. The 2,140-pipe instrument had not been played since 1987 owing to serious woodworm damage. Of the 1.6 million euros the restoration cost, the parish collected roughly 400,000 euros in donations. According to master organ builder Johanna Hellwig, some four fifths of the original pipes were saved. The first concert on the restored organ is scheduled for 12 October.''',
     traps=[trap('The 2,140-pipe instrument', 'The instrument, with 2,140 pipes'),
            trap('had not been played since 1987', 'had been silent since 1987'),
            trap('roughly 400,000 euros', 'about 400,000 euros'),
            trap('some four fifths of the original pipes were saved', 'around 80 percent of the original pipes could be preserved'),
            trap('The first concert on the restored organ is scheduled for', 'The inaugural concert will take place on')])

case('guitar makers', 'translation', 'inconsistent',
     '''The guitar workshop of Andrés Molina in Villaseca del Río has won the National Crafts Award for its classical guitars, the Ministry of Culture announced on Thursday. Molina, 67, has built more than 900 instruments over four decades, including the guitar with which the concert guitarist Elena Ruiz made her debut. The jury praised the sound of his instruments and his work in training young luthiers; the workshop currently has three apprentices. The award, endowed with 30,000 euros, will be presented at a ceremony in November.''',
     '''Andrés Molina's workshop in Villaseca del Río has been given the National Crafts Prize for its classical guitars, the Ministry of Industry said on Thursday. In forty years the 67-year-old craftsman has made over 900 instruments, one of them the guitar on which the concert performer Elena Ruiz debuted. The jurors highlighted the sound of his instruments and his training of young luthiers, and Molina has made over 900 instruments; at present three apprentices work in his workshop. The prize, which carries 30,000 euros, will be handed over at a ceremony in November.''',
     errors=[err('the Ministry of Industry', 'entity', 'major', 'the Ministry of Culture'),
             err('has made over 900 instruments', 'repetition', 'minor', None, occ=1)],
     traps=[trap('In forty years', 'over four decades'),
            trap('the 67-year-old craftsman', 'Molina, 67,'),
            trap('which carries 30,000 euros', 'endowed with 30,000 euros')])

case('brass bands', 'translation', 'consistent',
     '''The brass band of the village of Untermoos, in central Switzerland, will represent the country at the Continental Brass Band Championship next May, the national federation Brass Helvetica announced on Sunday. The 32 musicians, most of them amateurs aged between 16 and 70, won the national title on Saturday with 196 out of 200 points. It is the first time in the band's 124-year history that it has won the championship. Conductor Lukas Imhof said the band now had to raise about 60,000 francs to cover its travel costs.''',
     '''The Untermoos village brass band, from central Switzerland, is to be the country's representative at next May's Continental Brass Band Championship, Brass Helvetica, the national federation, said on Sunday. On Saturday the 32-strong ensemble, largely made up of amateurs from 16 to 70 years of age, took the national title, scoring 196 points of a possible 200. Never before in its 124 years has the band been national champion. It must now find roughly 60,000 francs to pay for the trip, said its conductor, Lukas Imhof.''',
     traps=[trap('32-strong ensemble', 'The 32 musicians'),
            trap('from 16 to 70 years of age', 'aged between 16 and 70'),
            trap('196 points of a possible 200', '196 out of 200 points'),
            trap('Never before in its 124 years has the band been national champion',
                 "It is the first time in the band's 124-year history that it has won the championship"),
            trap('roughly 60,000 francs', 'about 60,000 francs')])

case('folk dance', 'translation', 'inconsistent',
     '''The folk dance ensemble Szélrózsa from the town of Szentmárk, in eastern Hungary, will tour Japan and South Korea for three weeks in April, the town council announced. The group, founded in 1971, will give 14 performances with 28 dancers and a band of six musicians. The tour is being financed largely by the organisers in Asia; the council will contribute 4 million forints. Artistic director Zsófia Kertész said the programme would include dances from five regions of the country, some of which had hardly been performed on stage for decades.''',
     '''In April the Szélrózsa folk dance company of Szentmárk, a town in eastern Hungary, will spend three weeks touring Japan and South Korea, according to an announcement by the town council. Founded in 1971, the company will put on 40 performances with 28 dancers and a six-piece band. Most of the tour's costs will be met by the Asian organisers, with the council adding 4 million forints. The programme, said artistic director Zsófia Kertész, will feature dances from five regions of Hungary, some of which have barely been seen on stage in decades.''',
     errors=[err('40 performances', 'number', 'major', '14 performances')],
     traps=[trap('a six-piece band', 'a band of six musicians'),
            trap("Most of the tour's costs will be met by the Asian organisers", 'The tour is being financed largely by the organisers in Asia'),
            trap('barely been seen on stage in decades', 'hardly been performed on stage for decades')])

case('flamenco', 'translation', 'consistent',
     '''The flamenco school of the dancer Carmen Villalba in Torremolar de la Vega will close at the end of June after 38 years, its founder announced on Wednesday. Villalba, 74, said she had not found a successor willing to take over the premises, whose rent has tripled since 2015. More than 3,000 students have passed through the school, among them several soloists of national companies. The town hall has offered to host a farewell gala in the municipal theatre on 28 June, with free admission. Villalba said she would continue to give occasional master classes.''',
     '''Dancer Carmen Villalba announced on Wednesday that the flamenco school she founded in Torremolar de la Vega 38 years ago will shut its doors at the end of June. The 74-year-old said she had been unable to find a successor prepared to take on the premises, where the rent is three times what it was in 2015. Over 3,000 pupils, including several soloists with national companies, have trained at the school. The town council has offered to stage a farewell gala, with no admission charge, at the municipal theatre on 28 June. Villalba will keep teaching the odd master class, she said.''',
     traps=[trap('The 74-year-old', 'Villalba, 74,'),
            trap('the rent is three times what it was in 2015', 'rent has tripled since 2015'),
            trap('Over 3,000 pupils', 'More than 3,000 students'),
            trap('with no admission charge', 'with free admission'),
            trap('the odd master class', 'occasional master classes')])

case('tango schools', 'translation', 'inconsistent',
     '''Sofía Lerner, a former student of the tango academy La Milonguita in the Uruguayan city of Puerto Alón, has bought it from its founder, Ramón Echeverry, and will run it from 1 August, the academy announced on Monday. Echeverry, 81, opened the school in 1979 and taught there until last year. Lerner, a professional dancer who has lived in Europe for 15 years, said she would keep the current teachers and the Saturday milonga and would add classes for children. The sale price was not disclosed. The academy has about 250 students.''',
     '''La Milonguita, a tango academy in the Uruguayan city of Puerto Alón, has been sold to its founder Ramón Echeverry by his former student Sofía Lerner, who will be in charge from 1 August, the school reported on Monday. Echeverry, who is 81, set up the academy in 1997 and gave lessons there until last year. Lerner, a professional dancer based in Europe for the past 15 years, said the present teaching staff and the Saturday milonga would stay, and that children's classes would be added. No price was given for the sale. Around 250 students attend the academy.''',
     errors=[err('sold to its founder Ramón Echeverry by his former student Sofía Lerner', 'role', 'critical',
                 'Sofía Lerner, a former student of the tango academy La Milonguita in the Uruguayan city of Puerto Alón, has bought it from its founder, Ramón Echeverry'),
             err('1997', 'date', 'major', '1979')],
     traps=[trap('No price was given for the sale', 'The sale price was not disclosed'),
            trap('based in Europe for the past 15 years', 'who has lived in Europe for 15 years'),
            trap('Around 250 students attend the academy', 'The academy has about 250 students')])

case('ballroom dancing', 'translation', 'consistent',
     '''The ballroom dancing couple Adam Wrona and Kinga Lis from the city of Brzeżany Dolne won the bronze medal at the world championship in Latin dances on Saturday, the national federation Taniec Polska announced. It is the first medal for a Polish couple at this competition in 22 years. Wrona, 24, and Lis, 22, have danced together since 2016 and train six days a week. The couple finished behind pairs from Italy and Denmark. The city's mayor, Ewa Stasiak, announced a reward of 50,000 zlotys and said the couple would be received at the town hall next week.''',
     '''Adam Wrona and Kinga Lis, a ballroom couple from Brzeżany Dolne, took third place in Saturday's world championship in Latin dance, the national federation Taniec Polska said. No Polish pair had won a medal at the event for 22 years. Partners since 2016, the 24-year-old Wrona and 22-year-old Lis train every day except one. Only couples from Italy and Denmark finished ahead of them. The pair will receive a reward of 50,000 zlotys and will be welcomed at the town hall next week, the city's mayor, Ewa Stasiak, announced.''',
     traps=[trap('took third place', 'won the bronze medal'),
            trap('No Polish pair had won a medal at the event for 22 years',
                 'It is the first medal for a Polish couple at this competition in 22 years'),
            trap('train every day except one', 'train six days a week'),
            trap('Only couples from Italy and Denmark finished ahead of them',
                 'The couple finished behind pairs from Italy and Denmark'),
            trap('will be welcomed at the town hall', 'would be received at the town hall')])

case('karaoke', 'translation', 'inconsistent',
     '''The karaoke chain Utaya, which operates 210 outlets in Japan, will ban smoking in all its rooms from 1 April, the company announced on Tuesday. Until now, about a third of the rooms were reserved for smokers. President Kenji Morita said the decision followed a survey in which 72 percent of customers supported a ban. The company will also offer 30-minute discounted sessions for students on weekday afternoons. Morita said the measures were not expected to reduce sales.''',
     '''From April 1, smoking will be prohibited in every room of Utaya, a karaoke chain with 210 branches in Japan, the company said on Tuesday. Until now, roughly one room in three had been set aside for smokers. The decision came after a survey showed that 72 percent of customers were in favour of a ban, said president Kenji Morita. Students will also be offered cheaper 30-minute sessions on weekday afternoons. According to Morita, the measures are likely to weigh on sales.''',
     errors=[err('the measures are likely to weigh on sales', 'polarity', 'major',
                 'the measures were not expected to reduce sales')],
     traps=[trap('210 branches', '210 outlets'),
            trap('roughly one room in three', 'about a third of the rooms'),
            trap('were in favour of a ban', 'supported a ban')])

case('jazz festivals', 'translation', 'inconsistent',
     '''The jazz festival of Saint-Aubin-sur-Lège will hold its 40th edition from 10 to 14 July with 35 concerts, five of them free, the organisers announced on Thursday. The American saxophonist Della Ward, who will open the festival on the evening of 10 July, will also lead a workshop for young musicians. Director Claire Mounier said the festival could add a sixth day in future years. Last year's edition drew 48,000 spectators. Because of building work, the main stage will be moved from the castle courtyard to the town park.''',
     '''Saint-Aubin-sur-Lège's jazz festival marks its 40th edition from 10 to 14 July with a programme of 35 concerts, five of which are free, the organisers said on Thursday. Della Ward, the American saxophonist, will open the event on the night of 10 July and will also judge a competition for young musicians. According to festival director Claire Mounier, a sixth day will be added in the coming years. Last year the festival attracted 48,000 people. Building work means the main stage is moving from the courtyard of the castle to the town park.''',
     errors=[err('judge a competition for young musicians', 'event', 'major', 'lead a workshop for young musicians'),
             err('a sixth day will be added', 'modality', 'major', 'could add a sixth day')],
     traps=[trap('five of which are free', 'five of them free'),
            trap('attracted 48,000 people', 'drew 48,000 spectators'),
            trap('from the courtyard of the castle to the town park', 'from the castle courtyard to the town park')])

# ---------------------------------------------------------------------------
# Part 6: offsets, validation, output
# ---------------------------------------------------------------------------

def find_nth(haystack, needle, occ):
    idx = -1
    for _ in range(occ + 1):
        idx = haystack.find(needle, idx + 1)
        if idx < 0:
            raise ValueError('occurrence %d of %r not found' % (occ, needle))
    return idx


def cuts_word(s, i):
    return 0 < i < len(s) and s[i - 1].isalnum() and s[i].isalnum()


def word_count(s):
    return len(s.split())


def has_word_seq(s, words):
    pat = r'(?<!\w)' + re.escape(words) + r'(?!\w)'
    return re.search(pat, s, flags=re.IGNORECASE) is not None


def build():
    problems = []
    records = []
    for n, c in enumerate(CASES, 1):
        rid = 's32-%03d' % n
        ref, cand = c['reference'], c['candidate']

        def bad(msg):
            problems.append('%s (%s): %s' % (rid, c['domain'], msg))

        if c['domain'] not in DOMAINS:
            bad('domain not in list')
        if c['mode'] not in ('rewrite', 'summary', 'translation'):
            bad('bad mode')
        if c['label'] not in ('consistent', 'inconsistent'):
            bad('bad label')
        wc = word_count(ref)
        if not 70 <= wc <= 190:
            bad('reference has %d words' % wc)
        if c['mode'] == 'summary' and not (len(cand) < len(ref) and word_count(cand) < wc):
            bad('summary not shorter than reference')
        if ref == cand:
            bad('candidate equals reference')
        for s in (ref, cand):
            if s != s.strip() or '  ' in s:
                bad('stray whitespace')

        spans = []  # (start, end, what)
        errors = []
        for e in c['errors']:
            if e['type'] not in ERROR_TYPES:
                bad('bad error type %r' % e['type'])
            if e['severity'] not in SEVERITIES:
                bad('bad severity %r' % e['severity'])
            try:
                if e['kind'] == 'omission':
                    start = find_nth(cand, e['after'], e['occ']) + len(e['after'])
                    end = start
                    text = ''
                else:
                    text = e['text']
                    start = find_nth(cand, text, e['occ'])
                    end = start + len(text)
            except ValueError as ex:
                bad(str(ex))
                continue
            rt = e['ref_text']
            if e['type'] in ('addition', 'repetition'):
                if rt is not None:
                    bad('%s must have ref_text null' % e['type'])
            else:
                if not rt or rt not in ref:
                    bad('ref_text %r not in reference' % rt)
            if e['type'] == 'omission':
                if c['mode'] == 'summary':
                    bad('omission in a summary')
                if has_word_seq(cand, rt):
                    bad('omitted words %r present in candidate' % rt)
                if cuts_word(cand, start):
                    bad('omission point cuts a word')
            else:
                if not text or text != text.strip():
                    bad('empty or padded span %r' % text)
                if cuts_word(cand, start) or cuts_word(cand, end):
                    bad('span %r cuts a word' % text)
                if rt is not None and text == rt:
                    bad('error span identical to ref_text %r' % text)
                if e['type'] == 'repetition' and text.lower() not in cand[:start].lower():
                    bad('repetition %r has no earlier copy' % text)
                if e['type'] == 'addition' and text in ref:
                    bad('addition %r occurs in reference' % text)
                spans.append((start, end, 'error ' + text))
            errors.append({'start': start, 'end': end, 'text': text,
                           'type': e['type'], 'severity': e['severity'],
                           'ref_text': rt})
        traps = []
        for t in c['traps']:
            try:
                start = find_nth(cand, t['text'], t['occ'])
            except ValueError as ex:
                bad(str(ex))
                continue
            end = start + len(t['text'])
            if t['ref_text'] not in ref:
                bad('trap ref_text %r not in reference' % t['ref_text'])
            if t['text'] == t['ref_text']:
                bad('trap identical to reference wording %r' % t['text'])
            if t['text'] != t['text'].strip() or cuts_word(cand, start) or cuts_word(cand, end):
                bad('trap %r cuts a word' % t['text'])
            spans.append((start, end, 'trap ' + t['text']))
            traps.append({'start': start, 'end': end, 'text': t['text'],
                          'ref_text': t['ref_text']})
        # omission points must not fall strictly inside another span
        for e in errors:
            if e['type'] == 'omission':
                for s0, s1, what in spans:
                    if s0 < e['start'] < s1:
                        bad('omission point inside %s' % what)
        spans.sort()
        for (a0, a1, aw), (b0, b1, bw) in zip(spans, spans[1:]):
            if b0 < a1:
                bad('overlap: %s / %s' % (aw, bw))

        if c['label'] == 'consistent':
            if errors:
                bad('consistent pair with errors')
            if not 3 <= len(traps) <= 5:
                bad('consistent pair needs 3-5 traps, has %d' % len(traps))
        else:
            if not 1 <= len(errors) <= 2:
                bad('inconsistent pair with %d errors' % len(errors))
            if len(traps) > 3:
                bad('inconsistent pair with %d traps' % len(traps))

        errors.sort(key=lambda x: (x['start'], x['end']))
        traps.sort(key=lambda x: x['start'])
        records.append({'id': rid, 'domain': c['domain'], 'mode': c['mode'],
                        'reference': ref, 'candidate': cand,
                        'label': c['label'], 'errors': errors, 'traps': traps})

    # composition
    def count(pred):
        return sum(1 for r in records if pred(r))
    if len(records) != 40:
        problems.append('expected 40 pairs, got %d' % len(records))
    if len({r['domain'] for r in records}) != len(records):
        problems.append('duplicate domains')
    for mode, total in (('rewrite', 20), ('summary', 10), ('translation', 10)):
        if count(lambda r: r['mode'] == mode) != total:
            problems.append('mode %s count wrong' % mode)
        if count(lambda r: r['mode'] == mode and r['label'] == 'consistent') != total // 2:
            problems.append('mode %s not half consistent' % mode)
    if count(lambda r: r['label'] == 'consistent') != 20:
        problems.append('label counts wrong')
    all_errors = [e for r in records for e in r['errors']]
    if len(all_errors) != 30:
        problems.append('expected 30 errors, got %d' % len(all_errors))
    for t in ERROR_TYPES:
        k = sum(1 for e in all_errors if e['type'] == t)
        if k < 2:
            problems.append('error type %s has only %d' % (t, k))
    return records, problems


def summarise(records):
    from collections import Counter
    lines = []
    lines.append('pairs: %d' % len(records))
    lines.append('by mode/label: %s' % dict(sorted(Counter(
        (r['mode'], r['label']) for r in records).items())))
    lines.append('by label: %s' % dict(Counter(r['label'] for r in records)))
    errs = [e for r in records for e in r['errors']]
    lines.append('errors: %d %s' % (len(errs), dict(Counter(e['type'] for e in errs))))
    lines.append('severity: %s' % dict(Counter(e['severity'] for e in errs)))
    lines.append('errors per inconsistent pair: %s' % dict(Counter(
        len(r['errors']) for r in records if r['label'] == 'inconsistent')))
    lines.append('traps: %d' % sum(len(r['traps']) for r in records))
    wcs = [word_count(r['reference']) for r in records]
    lines.append('reference words: min %d max %d' % (min(wcs), max(wcs)))
    return '\n'.join(lines)


def main():
    records, problems = build()
    if problems:
        for p in problems:
            print('PROBLEM:', p)
        sys.exit(1)
    print(summarise(records))
    if '--check' in sys.argv[1:]:
        print('check only: nothing written')
        return
    with open(OUT_PATH, 'w', encoding='utf-8') as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote %s' % OUT_PATH)


if __name__ == '__main__':
    main()
