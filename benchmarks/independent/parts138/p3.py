"""set138 cases 21-30: summaries."""
from .common import C, E, O, T

CASES = [
C("rail franchise handover", "summary", "inconsistent",
  "The Eastmoor rail franchise will pass from Greyline Trains to the state-owned operator Regional Rail Services on 1 July, the transport department confirmed on Tuesday. Greyline's contract, which began in 2015, will not be renewed after the company missed punctuality targets in each of the last three years. Around 2,800 staff will transfer to the new operator on their existing terms and conditions. Tickets bought before the handover will remain valid. Transport secretary Alan Birtwistle said passengers should see no change to timetables in the short term, but promised a review of fares and services within 12 months. Unions welcomed the move, while Greyline said it was 'proud of the improvements' made during its tenure.",
  "The Eastmoor rail franchise will pass from Regional Rail Services to Greyline Trains on 1 July, after the outgoing operator missed punctuality targets in each of the last three years. Some 2,800 staff will move across on their current terms, and tickets bought before the handover will remain valid. The transport secretary expects no short-term timetable changes and has promised a review of fares and services within a year.",
  errors=[
    E("from Regional Rail Services to Greyline Trains", "role", "critical",
      "from Greyline Trains to the state-owned operator Regional Rail Services"),
  ],
  traps=[
    T("move across on their current terms", "transfer to the new operator on their existing terms and conditions"),
    T("within a year", "within 12 months"),
  ]),

C("bakery chain collapse", "summary", "inconsistent",
  "Bakery chain Crumb & Co has collapsed into administration, putting 1,350 jobs at risk. The company, which operates 212 shops across the north of England and Scotland, appointed administrators from Halden Partners on Monday after failing to secure fresh investment. Administrators said all shops would continue trading while a buyer was sought, and that staff would be paid in full for the current month. Crumb & Co, founded as a single bakery in Rothway in 1978, blamed soaring flour and energy costs and a drop in high-street footfall. It is the third bakery chain to fail in the past 18 months. Suppliers are owed an estimated £14 million.",
  "Bakery chain Crumb & Co, which has 212 shops, has gone into administration, putting 1,530 jobs at risk. Administrators from Halden Partners will keep all shops trading while they look for a buyer, and staff will be paid in full for this month. The company blamed soaring flour and energy costs and falling high-street footfall. Suppliers are owed about £14m, and administrators will keep all shops trading.",
  errors=[
    E("1,530", "number", "major", "1,350"),
    E("will keep all shops trading", "repetition", "minor", None, occ=1),
  ],
  traps=[
    T("paid in full for this month", "paid in full for the current month"),
    T("about £14m", "an estimated £14 million"),
  ]),

C("supermarket price war", "summary", "inconsistent",
  "Supermarket chain Valumart has announced it will cut the price of 400 everyday products by an average of 12 per cent from Monday, in what analysts described as the opening shot in a new price war. The cuts, which cover items including milk, bread, eggs and nappies, will be funded by £90 million of savings from the company's supply chain, chief executive Rosa Denholm said. Rival chain Farrow's said it would 'match or beat' Valumart on comparable products, while Greenleaf, the country's largest grocer, said it was monitoring the situation. Analysts at Pellham Securities warned that the move could squeeze margins across the sector, and that smaller independent shops might struggle to compete.",
  "Valumart is cutting the price of 400 everyday products, including milk, bread, eggs and nappies, by an average of 12% from Monday, paid for by £90m of supply-chain savings. Farrow's has said it will 'match or beat' Valumart on comparable products, and market leader Greenleaf is monitoring the situation. Analysts warn the move will squeeze margins across the sector and that smaller independent shops might struggle to compete.",
  errors=[
    E("will squeeze margins", "modality", "major", "could squeeze margins"),
  ],
  traps=[
    T("paid for by £90m of supply-chain savings", "funded by £90 million of savings from the company's supply chain"),
    T("market leader", "the country's largest grocer"),
  ]),

C("minister resignation expenses", "summary", "inconsistent",
  "Housing minister Gareth Lowndes resigned on Saturday after it emerged that he had claimed more than £23,000 in expenses for a second home that he was renting out to tenants. In a letter to the prime minister, Mr Lowndes said he had 'made an honest mistake' and would repay the full amount. The claims were first reported by the Evening Ledger on Thursday. The parliamentary standards commissioner, Dame Ruth Calloway, confirmed on Friday that she had opened an investigation. Opposition parties called for a wider review of ministers' expenses. Mr Lowndes, who has been MP for Ashby West since 2017, will remain in parliament as a backbencher. He is replaced by junior minister Kieran Doyle.",
  "Housing minister Gareth Lowndes has been sacked after the Evening Ledger reported that he had claimed more than £23,000 in expenses for a second home he was renting out. The prime minister said Mr Lowndes had 'made an honest mistake' and would repay the full amount. The standards commissioner has opened an investigation, and junior minister Kieran Doyle takes over his post.",
  errors=[
    E("has been sacked", "event", "major", "resigned"),
    E("The prime minister said", "attribution", "major", "Mr Lowndes said"),
  ],
  traps=[
    T("takes over his post", "He is replaced by"),
  ]),

C("deepfake election ad", "summary", "inconsistent",
  "The Westmarch Electoral Commission has ordered the Civic Renewal Party to withdraw an online advertisement that used a deepfake video of rival candidate Anna Sorrell appearing to endorse its policies. The 30-second clip was viewed about 260,000 times on social media before it was flagged by fact-checkers at the independent group ClearSight. The commission said the advert breached rules requiring political material to identify its publisher, and it has referred the matter to police. Civic Renewal said the video was 'obvious satire' and that it would comply with the order under protest. Ms Sorrell, who is standing for the Liberal Alliance in the Harbourside constituency, called the advert 'a lie dressed up as a joke'.",
  "Westmarch's electoral commission has ordered the Civic Renewal Party to pull an online advert containing a deepfake video of rival candidate Anna Sorrell, which was viewed around 260,000 times before ClearSight fact-checkers flagged it. Saying the advert failed to identify its publisher, the commission has referred the matter to police and fined the party. Civic Renewal, which called the video 'obvious satire', will comply under protest. Ms Sorrell, the Civic Renewal candidate in Harbourside, called it 'a lie dressed up as a joke'.",
  errors=[
    E("and fined the party", "addition", "major", None),
    E("Civic Renewal", "entity", "major", "Liberal Alliance", occ=2),
  ],
  traps=[
    T("pull an online advert", "withdraw an online advertisement"),
    T("around 260,000 times", "about 260,000 times"),
  ]),

C("bookshop chain sale", "summary", "consistent",
  "Page & Quill, the 64-store bookshop chain, has been sold to investment firm Harrowgate Capital for an undisclosed sum, ending three decades of family ownership. The Mortimer family, who founded the business in 1994 with a single shop in Wendlebury, said the deal would secure its future after two difficult years. Harrowgate said it planned to keep all stores open and retain the chain's 900 staff, and would invest £5 million in refurbishing shops and upgrading its website. Managing director Clare Mortimer will stay on for at least a year to oversee the transition. Industry analysts said sales of physical books had held up better than expected, with the chain reporting a 6 per cent rise in revenue last year.",
  "Harrowgate Capital has bought the 64-shop Page & Quill chain from the founding Mortimer family for an undisclosed price. The investment firm intends to keep every store open and all 900 employees, and will put £5m into refurbishing shops and upgrading the website. Managing director Clare Mortimer will remain for a minimum of 12 months to oversee the transition.",
  traps=[
    T("64-shop", "64-store"),
    T("an undisclosed price", "an undisclosed sum"),
    T("intends to keep every store open and all 900 employees", "planned to keep all stores open and retain the chain's 900 staff"),
    T("will put £5m into", "would invest £5 million in"),
    T("for a minimum of 12 months", "for at least a year"),
  ]),

C("drug price negotiation", "summary", "consistent",
  "The Kestmark health service has reached a deal with drugmaker Alvera Pharma over the price of its cystic fibrosis treatment Respirin, ending 18 months of negotiations. Under the agreement, the health service will pay a confidential discounted price, which officials said was 'substantially below' the list price of £98,000 per patient per year. About 1,200 patients aged six and over are expected to be eligible, and the first prescriptions could be issued within weeks. The deal runs for five years and includes an option to extend access to younger children if clinical trials are successful. Patient groups, which had campaigned for access outside parliament, welcomed the agreement.",
  "After a year and a half of talks, Kestmark's health service and Alvera Pharma have agreed a confidential price for the cystic fibrosis drug Respirin that officials say is substantially below its list price of £98,000 per patient a year. Roughly 1,200 patients aged six or older are expected to qualify, with prescriptions possibly starting within weeks, under a five-year deal that could be extended to younger children if trials succeed.",
  traps=[
    T("a year and a half of talks", "18 months of negotiations"),
    T("Roughly 1,200", "About 1,200"),
    T("aged six or older", "aged six and over"),
    T("with prescriptions possibly starting within weeks", "the first prescriptions could be issued within weeks"),
  ]),

C("sea wall funding", "summary", "consistent",
  "The government has approved £38 million to rebuild the sea wall protecting the coastal town of Brinmouth, where about 1,900 homes are at risk of flooding. The existing wall, built in the 1930s, was badly damaged during storms last winter, when waves breached it in three places and 40 properties were flooded. Construction of the new 1.6-kilometre defence is due to start next spring and finish in 2028. Brinmouth Town Council will contribute £2 million, with the remainder coming from the national flood defence budget. Engineers said the new wall would be 1.2 metres higher than the old one to allow for rising sea levels. Local MP Joanna Petts called the announcement 'a lifeline for the town'.",
  "The government has approved £38m to rebuild Brinmouth's 1930s sea wall, which waves breached in three places during last winter's storms, flooding 40 properties. The town council will contribute £2m and the rest will come from the national flood defence budget. The new 1.6km wall, 1.2m taller than the old one, is due to be built between next spring and 2028 and will protect around 1,900 homes at risk of flooding.",
  traps=[
    T("£38m", "£38 million"),
    T("1.6km", "1.6-kilometre"),
    T("1.2m taller than the old one", "1.2 metres higher than the old one"),
    T("is due to be built between next spring and 2028", "is due to start next spring and finish in 2028"),
  ]),

C("dockworkers overtime dispute", "summary", "consistent",
  "Dockworkers at the Port of Calloway will refuse all overtime from next Monday in a dispute over pay, the Transport and Harbour Workers' Union has announced. The union said 86 per cent of members who voted backed industrial action short of a strike, on a turnout of 71 per cent. It is demanding a 9 per cent pay rise, while port operator Seaborne Terminals has offered 4.5 per cent. The overtime ban affects about 650 workers and is expected to slow the handling of container ships, which frequently rely on extra shifts during peak periods. Seaborne said contingency plans were in place and that it remained open to further talks.",
  "About 650 dockworkers at the Port of Calloway will stop working overtime from next Monday after union members voted for action short of a strike, with 86% of those voting in favour on a 71% turnout. The union wants a 9% pay rise; Seaborne Terminals has offered half that. The ban is likely to slow container handling, though Seaborne says contingency plans are in place and it is still willing to talk.",
  traps=[
    T("will stop working overtime", "will refuse all overtime"),
    T("half that", "4.5 per cent"),
    T("is likely to slow", "is expected to slow"),
    T("still willing to talk", "remained open to further talks"),
  ]),

C("horse racing death inquiry", "summary", "consistent",
  "The Racing Integrity Board has opened an inquiry into the deaths of three horses at Kelmore Racecourse during a single meeting on Saturday. Two of the horses, Silver Ledger and Northern Quay, fell at the same fence in separate races, while a third, Maple Token, collapsed after crossing the finish line. The board said it would examine the condition of the ground, which had been watered on Friday despite heavy rain being forecast. Racing at Kelmore has been suspended until the inquiry reports, which is expected to take about six weeks. Animal welfare group Hoofwatch called for the fence to be removed permanently. The racecourse said it was 'devastated' and would cooperate fully.",
  "Racing at Kelmore has been halted until the Racing Integrity Board reports on the deaths of three horses at Saturday's meeting: Silver Ledger and Northern Quay fell at the same fence in different races, and Maple Token collapsed after the finish. The inquiry, expected to last around six weeks, will look at the ground, which was watered on Friday even though heavy rain had been forecast.",
  traps=[
    T("halted", "suspended"),
    T("in different races", "in separate races"),
    T("expected to last around six weeks", "expected to take about six weeks"),
    T("even though heavy rain had been forecast", "despite heavy rain being forecast"),
  ]),
]
