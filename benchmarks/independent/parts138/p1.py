"""set138 cases 1-10: rewrites."""
from .common import C, E, O, T

CASES = [
C("blood bike service", "rewrite", "inconsistent",
  "Volunteer riders from Harwick Blood Bikes will begin overnight deliveries to Saltmarsh General Hospital from 1 June, the charity announced on Monday. The group, which currently covers four hospitals in the county, said the new route would add roughly 40 miles to each shift. Chairwoman Lorna Peddick said the charity had recruited 26 new riders since January but still needed another dozen to run the service seven nights a week. Until the rota is full, deliveries to Saltmarsh will run on Fridays, Saturdays and Sundays only. The hospital trust currently pays taxi firms about £60,000 a year to move blood samples and donor milk out of hours. The charity receives no public funding and relies on donations to maintain its fleet of 18 motorcycles.",
  "Harwick Blood Bikes announced on Monday that its volunteer riders will start making overnight deliveries to Saltmarsh General Hospital from 1 June. The charity, which already serves four hospitals in the county, said the extra route would add about 40 miles to every shift. According to chairwoman Lorna Peddick, 36 new riders have joined since January, but twelve more are needed before the service can run every night of the week. Until then, Saltmarsh deliveries will take place on Fridays, Saturdays and Sundays only. The hospital trust currently pays taxi firms around £60,000 a year to move blood samples and donor milk out of hours, a bill it expects to be able to cut. The charity, which gets no public money, depends on donations to keep its fleet of 18 motorcycles on the road.",
  errors=[
    E("36", "number", "major", "26"),
    E("a bill it expects to be able to cut", "addition", "major", None),
  ],
  traps=[
    T("twelve more", "another dozen"),
    T("every night of the week", "seven nights a week"),
    T("gets no public money", "receives no public funding"),
  ]),

C("municipal wifi rollout", "rewrite", "consistent",
  "Dunmore City Council has approved a £3.4 million contract to install free public wifi across the town centre and six outlying districts. The network, to be built by Lanthorn Communications, will consist of 420 access points mounted on lampposts and council buildings. Installation is due to start in September and is expected to take 18 months. Councillor Priya Oduya, who chairs the digital inclusion committee, said roughly one in five households in the borough had no home broadband. Users will be able to connect for up to two hours a day without registering; longer sessions will require an email address. The council said the scheme would not be funded from council tax but from a government levelling-up grant.",
  "A contract worth £3.4m to provide free public wifi in Dunmore town centre and six outlying districts has been approved by the city council. Lanthorn Communications will build the network, which will be made up of 420 access points fixed to lampposts and council-owned buildings. Work is scheduled to begin in September and should take a year and a half. About 20% of households in the borough lack home broadband, according to Councillor Priya Oduya, chair of the digital inclusion committee. People will be able to use the service without registering for a maximum of 120 minutes daily, while anyone wanting longer sessions will have to give an email address. Rather than council tax, the scheme will be paid for by a government levelling-up grant, the council said.",
  traps=[
    T("£3.4m", "£3.4 million"),
    T("should take a year and a half", "is expected to take 18 months"),
    T("About 20%", "roughly one in five"),
    T("a maximum of 120 minutes daily", "up to two hours a day"),
  ]),

C("bingo hall closure", "rewrite", "inconsistent",
  "The Regal Bingo Club in Fennick will close on 28 February after 61 years, its owners have confirmed. Starline Leisure, which bought the former cinema in 2009, said attendance had fallen by more than a third since 2019 and that rising energy bills had made the building unviable. All 14 staff have been offered redeployment at the company's hall in nearby Cotterby, 11 miles away. Regular players have launched a petition, signed by more than 900 people, asking the town council to list the art deco building as an asset of community value. A council spokesperson said the request would not be considered until the council's next planning meeting, after the club has shut.",
  "Starline Leisure has confirmed that the Regal Bingo Club in Fennick will shut its doors on 28 February after 61 years. The company, which bought the former cinema in 2009, said attendance had dropped by over a third since 2019 and that rising energy bills had left the building unviable. The 14 staff have all been offered redeployment at Starline's hall in Cotterby, 11 miles away. A petition started by regular players and signed by more than 900 people calls on the town council to list the art deco building as an asset of community value. A council spokesperson said the request would be considered at the council's next planning meeting, before the club closes.",
  errors=[
    E("before the club closes", "date", "major", "after the club has shut"),
  ],
  traps=[
    T("over a third", "more than a third"),
    T("The 14 staff have all been offered", "All 14 staff have been offered"),
  ]),

C("asylum hotel contract", "rewrite", "inconsistent",
  "The Home Office has awarded a two-year contract to house asylum seekers at the Brightwater Hotel in Kelsby to Meridian Accommodation Services, replacing the previous provider, Castleford Housing Group, whose contract ends in April. Under the agreement, worth £21 million, up to 180 people may be accommodated at the 94-room hotel. Kelsby District Council said it had not been consulted and was considering a legal challenge. Council leader Martin Ashe said local GP surgeries were already at capacity. A Home Office spokesperson said the department was committed to ending the use of hotels 'as soon as possible' but gave no timetable.",
  "Castleford Housing Group has been awarded a two-year Home Office contract to house asylum seekers at the Brightwater Hotel in Kelsby, taking over from Meridian Accommodation Services, whose current contract ends in April. The £21m agreement allows up to 180 people to be housed at the 94-room hotel. Kelsby District Council said it had not been consulted and would launch a legal challenge. Council leader Martin Ashe said GP surgeries in the area were already full. A Home Office spokesperson said the department was committed to ending the use of hotels 'as soon as possible', but did not give a timetable.",
  errors=[
    E("Castleford Housing Group has been awarded a two-year Home Office contract to house asylum seekers at the Brightwater Hotel in Kelsby, taking over from Meridian Accommodation Services",
      "role", "critical",
      "awarded a two-year contract to house asylum seekers at the Brightwater Hotel in Kelsby to Meridian Accommodation Services, replacing the previous provider, Castleford Housing Group"),
    E("would launch a legal challenge", "modality", "major", "was considering a legal challenge"),
  ],
  traps=[
    T("The £21m agreement", "worth £21 million"),
    T("allows up to 180 people to be housed", "up to 180 people may be accommodated"),
    T("already full", "already at capacity"),
  ]),

C("dog fouling fines", "rewrite", "inconsistent",
  "Penbury Borough Council will raise the fixed penalty for failing to clear up after a dog from £80 to £150 from 1 October. The change, approved by the environment committee on Wednesday, follows a 40 per cent rise in complaints about dog fouling over the past two years. Enforcement officers from the private firm Civic Patrol will continue to issue fines, but the council said it would not renew the company's contract when it expires next year and would bring enforcement in-house. Offenders who pay within ten days will have the fine reduced to £100. Dog owners with a registered disability that prevents them from bending will be exempt.",
  "From 1 October, dog owners in Penbury who fail to clear up after their pets will face a £150 fixed penalty, up from £80. The borough council's environment committee approved the increase on Wednesday after complaints about dog fouling rose by two-fifths over the past two years. Officers from the private firm Civic Patrol will continue to issue fines, and the council said it would renew the company's contract when it expires next year rather than bring enforcement in-house. Anyone who pays within ten days will have the penalty reduced to £100, and owners with a registered disability that prevents them from bending will be exempt.",
  errors=[
    E("would renew the company's contract when it expires next year rather than bring enforcement in-house",
      "polarity", "major",
      "would not renew the company's contract when it expires next year and would bring enforcement in-house"),
  ],
  traps=[
    T("a £150 fixed penalty, up from £80", "from £80 to £150"),
    T("rose by two-fifths", "40 per cent rise"),
    T("Anyone who pays", "Offenders who pay"),
  ]),

C("lost luggage compensation", "rewrite", "inconsistent",
  "Skyvale Airways has agreed to pay compensation to around 2,300 passengers whose checked bags went missing during a baggage system failure at Harlow Cross Airport over the Easter weekend. Passengers who can show receipts will be reimbursed for essential items up to £250 each, the airline said on Thursday, and those whose luggage is still missing after 21 days will be able to claim for its full value. The airline blamed a software fault at the airport's baggage handling contractor, Trundell Systems, which has denied responsibility. The Aviation Standards Office said it was monitoring the situation. Claims must be submitted by 30 June.",
  "Around 2,300 passengers whose checked luggage went missing when the baggage system at Harlow Cross Airport failed over the Easter weekend are to be compensated by Skyvale Airways. The airline said on Thursday that it would reimburse passengers up to £250 each for essential items, and that travellers whose bags are still missing after three weeks will be able to claim their full value. Skyvale blamed a software fault at Trundell Systems, the airport's baggage handling contractor, which has denied it was responsible. The Aviation Standards Office said it was keeping the situation under review. All claims must be submitted by 30 June.",
  errors=[
    O("who can show receipts", "major", after="reimburse passengers"),
  ],
  traps=[
    T("three weeks", "21 days"),
    T("has denied it was responsible", "has denied responsibility"),
    T("keeping the situation under review", "monitoring the situation"),
  ]),

C("podcast host lawsuit", "rewrite", "inconsistent",
  "Podcast host Declan Marr is being sued for defamation by Helena Voss, a former business partner, over comments he made in an episode released last November. Ms Voss, who co-founded the production company Greyloft Audio with Mr Marr in 2017, claims he falsely accused her of diverting company funds. Her lawyers are seeking £400,000 in damages. In a statement, Mr Marr's solicitors said he 'stands by every word' and would defend the claim. The episode, which has been downloaded more than 1.1 million times, was removed from streaming platforms in January at the request of the platforms' legal teams, not Mr Marr. A preliminary hearing is scheduled for 9 May at the High Court.",
  "Podcast host Declan Marr is suing his former business partner Helena Voss for defamation over comments made in an episode released last November. Ms Voss, who set up the production company Greyloft Audio with Mr Marr in 2017, alleges that he falsely accused her of diverting company funds, and her lawyers are seeking £400,000 in damages. In a statement, Mr Marr said he 'stands by every word' and would defend the claim. The episode, which has had more than 1.1 million downloads, was taken down from streaming platforms in January at the request of the platforms' own legal teams rather than Mr Marr. A preliminary hearing is set for 9 May at the High Court.",
  errors=[
    E("Declan Marr is suing his former business partner Helena Voss", "role", "critical",
      "Declan Marr is being sued for defamation by Helena Voss"),
    E("Mr Marr said", "attribution", "minor", "Mr Marr's solicitors said"),
  ],
  traps=[
    T("alleges that he falsely accused her", "claims he falsely accused her"),
    T("has had more than 1.1 million downloads", "has been downloaded more than 1.1 million times"),
    T("is set for 9 May", "is scheduled for 9 May"),
  ]),

C("flower show cancellation", "rewrite", "consistent",
  "The Ashcombe Flower Show, which has been held every August since 1952, has been cancelled this year because of a shortage of volunteers, organisers said on Tuesday. The show's committee said it needed at least 120 volunteers to run the two-day event but had secured fewer than half that number. Chairman Geoffrey Lyle said the decision had been 'heartbreaking' and that the committee hoped to return in 2026 with a smaller, one-day format. Around 8,000 visitors attended last year's show, which raised £35,000 for local charities. Exhibitors who have already paid entry fees will receive full refunds within 28 days.",
  "Organisers announced on Tuesday that a lack of volunteers has forced the cancellation of this year's Ashcombe Flower Show, an August fixture since 1952. Running the two-day show requires a minimum of 120 volunteers, the committee said, but fewer than 60 had come forward. Describing the decision as 'heartbreaking', chairman Geoffrey Lyle said the committee hoped the show would come back in 2026 as a scaled-down event lasting a single day. Last year's show drew roughly 8,000 visitors and raised £35,000 for local charities. Exhibitors who have already paid their entry fees will get all their money back within four weeks.",
  traps=[
    T("an August fixture since 1952", "held every August since 1952"),
    T("a minimum of 120 volunteers", "at least 120 volunteers"),
    T("fewer than 60", "fewer than half that number"),
    T("a scaled-down event lasting a single day", "a smaller, one-day format"),
    T("get all their money back within four weeks", "receive full refunds within 28 days"),
  ]),

C("knife amnesty", "rewrite", "inconsistent",
  "More than 1,400 knives were handed in during a two-week amnesty run by Northvale Police, the force said on Friday. The haul included 37 machetes, 12 swords and a number of so-called zombie knives, which became illegal to own last year. Members of the public were able to deposit blades anonymously in surrender bins at 22 police stations and community centres. Chief Inspector Amara Lowe said every knife handed in was 'one less weapon on our streets'. The knives will be melted down and the metal donated to a local sculptor to create a memorial to victims of knife crime. The force said a further amnesty would be held in the autumn.",
  "Northvale Police said on Friday that more than 1,400 knives had been surrendered during its fortnight-long amnesty. Among them were 37 machetes, 12 swords and a number of so-called zombie knives, which have been illegal to own since last year. Members of the public could leave blades anonymously in surrender bins at 22 police stations and community centres. Chief Inspector Amara Lowe said every knife handed in was 'one less weapon on our streets'. The knives will be sold for scrap, with the proceeds going to a local sculptor to create a memorial to victims of knife crime. The force said that more than 1,400 knives had been surrendered and that another amnesty would be held in the autumn.",
  errors=[
    E("sold for scrap, with the proceeds going", "event", "major", "melted down and the metal donated"),
    E("more than 1,400 knives had been surrendered", "repetition", "minor", None, occ=1),
  ],
  traps=[
    T("fortnight-long", "two-week"),
    T("have been illegal to own since last year", "became illegal to own last year"),
  ]),

C("archaeological hoard declaration", "rewrite", "inconsistent",
  "A hoard of 212 Roman silver coins discovered by a metal detectorist in a field near Little Hadstock has been declared treasure by the county coroner, Dr Fiona Gale. The coins, dating from the late second century AD, were found in March last year by retired engineer Colin Barrow, who reported the find to the local finds liaison officer the same day. Experts at the Wexmoor Museum believe the coins were buried in a clay pot that was later broken by ploughing. The museum has said it hopes to acquire the hoard, which will now be valued by an independent committee. Any reward will be split equally between Mr Barrow and the landowner.",
  "The county coroner, Dr Fiona Barrow, has declared a hoard of 212 Roman silver coins found in a field near Little Hadstock to be treasure. The coins, which date from the late second century AD, were unearthed in March last year by metal detectorist Colin Barrow, a retired engineer, who reported the discovery to the local finds liaison officer on the day he made it. Specialists at the Wexmoor Museum think the coins were buried in a clay pot that was later broken up by ploughing. The hoard will now be valued by an independent committee, and the museum has said it hopes to acquire it. Any reward will be shared equally between Mr Barrow and the landowner.",
  errors=[
    E("Fiona Barrow", "entity", "major", "Fiona Gale"),
  ],
  traps=[
    T("on the day he made it", "the same day"),
    T("Specialists at the Wexmoor Museum think", "Experts at the Wexmoor Museum believe"),
    T("shared equally", "split equally"),
  ]),
]
