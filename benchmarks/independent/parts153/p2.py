"""Rewrites 11-20 (five consistent, five inconsistent)."""
from ._helpers import E, OM, T, case

CASES = [
case("national library digitisation", "rewrite", "consistent",
     "The National Library of Velmark has completed the digitisation of its entire newspaper archive, making "
     "more than 4.2 million pages available online free of charge. The project, which began in 2016, cost 12 "
     "million crowns and was funded largely by a grant from the Halden Foundation. Library director Tomas "
     "Berg said the archive, which covers the years 1780 to 1950, would be “a gift to every family historian "
     "in the country”. Pages printed after 1950 will not be put online for copyright reasons. The library "
     "said that about 15 per cent of the scanned pages were too damaged for the text to be searched "
     "automatically, and volunteers are being sought to transcribe them.",
     "More than 4.2 million newspaper pages can now be read online for free after the National Library of "
     "Velmark finished digitising its whole newspaper archive. Work started in 2016 and cost 12m crowns, most "
     "of it paid for by a Halden Foundation grant. The archive spans 1780 to 1950; copyright rules mean later "
     "pages will stay offline. Director Tomas Berg called the collection “a gift to every family historian in "
     "the country”. Around 15% of the scanned pages were too badly damaged for their text to be searched "
     "automatically, the library said, and it is looking for volunteers to transcribe them.",
     traps=[T("can now be read online for free", "available online free of charge"),
            T("12m crowns", "12 million crowns"),
            T("most of it paid for by a Halden Foundation grant",
              "funded largely by a grant from the Halden Foundation"),
            T("copyright rules mean later pages will stay offline",
              "Pages printed after 1950 will not be put online for copyright reasons"),
            T("it is looking for volunteers", "volunteers are being sought")]),

case("bank robbery trial", "rewrite", "inconsistent",
     "Two men accused of robbing a branch of Northgate Savings Bank in Pellham last October went on trial on "
     "Tuesday. Prosecutors say Jonah Crale, 41, and Victor Amis, 37, threatened staff with an imitation "
     "firearm and escaped with £62,000 in cash. Cashier Mary Doyle told the court she had been “terrified” "
     "and had triggered the silent alarm. Defence lawyer Ian Pryce said his client, Mr Amis, had been at a "
     "family party in another town on the day of the robbery and was the victim of mistaken identity. Mr "
     "Crale has admitted handling some of the stolen money but denies taking part in the raid. The trial "
     "continues.",
     "The trial of two men accused of holding up a Northgate Savings Bank branch in Pellham last October "
     "opened on Tuesday. According to the prosecution, Jonah Crale, 41, and Victor Amis, 37, threatened staff "
     "with a fake gun before getting away with £62,000 in cash. Mary Doyle, a cashier, told the court she had "
     "been “terrified” and had set off the silent alarm. Mr Amis told the court he had been at a family party "
     "in another town on the day of the raid and had been wrongly identified. Mr Crale admits handling some "
     "of the stolen cash but denies involvement in the robbery itself. Mr Crale admits handling some of the "
     "stolen cash. The trial continues.",
     errors=[E("Mr Amis told the court", "attribution", "major", "Defence lawyer Ian Pryce said"),
             E("Mr Crale admits handling some of the stolen cash", "repetition", "minor", occ=1)],
     traps=[T("a fake gun", "an imitation firearm"),
            T("had been wrongly identified", "was the victim of mistaken identity")]),

case("island ferry breakdown", "rewrite", "consistent",
     "About 240 passengers spent more than five hours stranded at sea on Saturday after the ferry Morven Star "
     "lost engine power midway between the mainland port of Castlebay and the island of Inchcorran. The "
     "vessel's operator, Western Isles Link, said a fuel pump had failed shortly after 2pm. A tug towed the "
     "ship back to Castlebay, where it docked at 7.40pm. No one was injured, though several passengers "
     "complained of a lack of information during the wait. The company apologised and said all passengers "
     "would receive a full refund. Sailings to Inchcorran were cancelled on Sunday while the ferry was "
     "repaired, and a replacement vessel is expected to be in service by Tuesday.",
     "Some 240 passengers were left stuck at sea for over five hours on Saturday when the Morven Star ferry "
     "lost engine power halfway between the mainland port of Castlebay and the island of Inchcorran. A fuel "
     "pump failed soon after 2pm, according to operator Western Isles Link. The ferry was towed back to "
     "Castlebay by a tug and docked there at 7.40pm. Nobody was hurt, but several passengers said they had "
     "been given too little information while they waited. Western Isles Link apologised and promised every "
     "passenger a full refund. With the ferry under repair, Sunday's Inchcorran sailings were cancelled; a "
     "replacement vessel should be running by Tuesday.",
     traps=[T("Some 240 passengers", "About 240 passengers"),
            T("over five hours", "more than five hours"),
            T("The ferry was towed back to Castlebay by a tug", "A tug towed the ship back to Castlebay"),
            T("Nobody was hurt", "No one was injured"),
            T("should be running by Tuesday", "is expected to be in service by Tuesday")]),

case("railway station renaming", "rewrite", "inconsistent",
     "Harwick Junction railway station will be renamed Harwick Parkway from 8 December, the regional rail "
     "operator Linewell Trains announced on Monday. The change follows a public consultation in which 62 per "
     "cent of respondents backed the new name. New signs will be installed overnight before the change, and "
     "printed timetables will be updated in January. The station, which opened in 1874, was rebuilt in 2019 "
     "and now handles about 3 million passengers a year. Local councillor Ada Pirie, who campaigned for the "
     "change, said the old name had confused visitors because the station has not been a junction since the "
     "branch line closed in 1966.",
     "From 8 December, Harwick Junction railway station will be known as Harwick Parkway, regional operator "
     "Linewell Trains said on Monday, after 62% of those who responded to a public consultation supported the "
     "new name. New signs will be put up overnight once the new name takes effect, while printed timetables "
     "will be revised in January. First opened in 1874, the station reopened in 2019 and today serves around "
     "3 million passengers each year. Local councillor Ada Pirie, who campaigned for the renaming, said the "
     "old name had confused visitors, since the station has not been a junction since its branch line shut in "
     "1966.",
     errors=[E("overnight once the new name takes effect", "date", "minor", "overnight before the change"),
             E("reopened", "event", "major", "rebuilt")],
     traps=[T("62% of those who responded to a public consultation",
              "62 per cent of respondents"),
            T("around 3 million passengers each year", "about 3 million passengers a year"),
            T("shut in 1966", "closed in 1966")]),

case("child benefit error", "rewrite", "consistent",
     "The Department for Family Support has admitted that a computer error led to about 18,000 families "
     "being underpaid child benefit for three months. Payments between July and September were calculated "
     "using the previous year's rates, leaving affected families an average of £46 short. The department said "
     "all missing money would be repaid by the end of next month, with no need for families to contact it. "
     "Junior minister Grace Hallam apologised in parliament on Thursday and said an independent review of the "
     "payment system would be carried out. Opposition spokesman Rhys Calder said the mistake had caused “real "
     "hardship” and called for compensation on top of the arrears.",
     "A computer fault meant roughly 18,000 families received too little child benefit over a three-month "
     "period, the Department for Family Support has acknowledged. Because July-to-September payments were "
     "worked out at the previous year's rates, affected families were on average £46 out of pocket. "
     "Everything owed will be paid back by the end of next month, and families do not need to get in touch, "
     "the department said. Apologising in parliament on Thursday, junior minister Grace Hallam said the "
     "payment system would be independently reviewed. For the opposition, spokesman Rhys Calder said the "
     "error had caused “real hardship” and called for compensation in addition to the arrears.",
     traps=[T("roughly 18,000 families received too little child benefit",
              "about 18,000 families being underpaid child benefit"),
            T("£46 out of pocket", "£46 short"),
            T("families do not need to get in touch", "with no need for families to contact it"),
            T("would be independently reviewed",
              "an independent review of the payment system would be carried out"),
            T("in addition to the arrears", "on top of the arrears")]),

case("museum loan return", "rewrite", "inconsistent",
     "A bronze helmet lent by the Corvane Museum to the Ostrava Institute of Antiquities has been returned "
     "after a two-year exhibition tour, the Corvane Museum said on Wednesday. The 2,400-year-old helmet, "
     "discovered in a riverbed near Lake Semmer in 1932, was seen by an estimated 310,000 visitors in four "
     "cities. The institute paid for insurance and transport under the loan agreement. Corvane curator Nadia "
     "Pell said the helmet had come back “in exactly the condition it left us”. It will go back on display in "
     "the museum's main gallery from 3 May. In return, the Corvane Museum has agreed to borrow a collection of "
     "Roman coins from the institute next year.",
     "The Corvane Museum said on Wednesday that a bronze helmet it had lent to the Ostrava Institute of "
     "Antiquities was back after a two-year exhibition tour. Found in a riverbed close to Lake Semmer in 1932, "
     "the 2,400-year-old helmet drew an estimated 310,000 visitors across four cities. Under the terms of the "
     "loan, insurance and transport costs were met by the institute. Curator Nadia Pell said the helmet had "
     "come back “in exactly the condition it left us”, and it will be on show again in the museum's main "
     "gallery from 3 May. In return, the institute has agreed to borrow a collection of Roman coins from the "
     "Corvane Museum next year.",
     errors=[E("the institute has agreed to borrow a collection of Roman coins from the Corvane Museum",
               "role", "major",
               "the Corvane Museum has agreed to borrow a collection of Roman coins from the institute")],
     traps=[T("insurance and transport costs were met by the institute",
              "The institute paid for insurance and transport"),
            T("drew an estimated 310,000 visitors", "was seen by an estimated 310,000 visitors")]),

case("rare bird sighting", "rewrite", "consistent",
     "A Kessin's warbler, a songbird normally found in eastern Asia, has been spotted at the Fenmarsh nature "
     "reserve, drawing hundreds of birdwatchers to the area. The bird was first seen on Sunday morning by "
     "volunteer warden Paul Okafor during a routine count. It is only the third confirmed record of the "
     "species in the country, according to the national rarities committee. Reserve manager Jess Whitlow said "
     "about 700 people had visited on Monday alone, and asked visitors to stay on the paths and not to use "
     "the reserve's small car park, which is full. Experts believe the bird was blown off course by strong "
     "easterly winds last week and is unlikely to stay more than a few days.",
     "Hundreds of birdwatchers have flocked to the Fenmarsh nature reserve after a Kessin's warbler, a "
     "songbird whose normal range is eastern Asia, turned up there. Volunteer warden Paul Okafor first saw "
     "the bird during a routine count on Sunday morning. The national rarities committee says this is only "
     "the third confirmed record of the species in the country. On Monday alone some 700 people came, reserve "
     "manager Jess Whitlow said, asking visitors to keep to the paths and not to use the reserve's small car "
     "park, which has no spaces left. The bird is thought by experts to have been blown off course by last "
     "week's strong easterly winds, and it will probably leave within a few days.",
     traps=[T("Volunteer warden Paul Okafor first saw the bird",
              "The bird was first seen on Sunday morning by volunteer warden Paul Okafor"),
            T("some 700 people came", "about 700 people had visited"),
            T("which has no spaces left", "which is full"),
            T("is thought by experts", "Experts believe"),
            T("will probably leave within a few days", "is unlikely to stay more than a few days")]),

case("e-book lending deal", "rewrite", "inconsistent",
     "Public libraries in the province of Aldmoor have signed a three-year agreement with publisher group "
     "Quillstone that will allow readers to borrow its e-books for free. Under the deal, worth 1.6 million "
     "euros, libraries will be able to lend each licensed title to up to 26 readers before the licence must "
     "be renewed. The collection will initially include about 9,000 titles, with new releases added six "
     "months after publication. Provincial culture officer Ines Robles said the agreement “closes a gap” for "
     "readers who cannot easily travel to a branch. Quillstone said it hoped other provinces would follow. "
     "The service is expected to launch in September.",
     "A three-year deal between public libraries across Aldmoor province and the publisher group Quillstone "
     "will let readers borrow the group's e-books free of charge. The €1.6m agreement allows each licensed "
     "title to be lent to as many as 26 readers before its licence has to be renewed. Around 9,000 titles "
     "will be available at first, and new releases will join the catalogue half a year after they are "
     "published. Ines Robles, the provincial culture officer, said the deal “closes a gap” for readers who "
     "struggle to get to a branch. Aldmoor is the first province to strike such a deal, and Quillstone said it "
     "hoped others would follow. The service will launch in September.",
     errors=[E("Aldmoor is the first province to strike such a deal", "addition", "minor"),
             E("will launch", "modality", "minor", "is expected to launch")],
     traps=[T("€1.6m", "1.6 million euros"),
            T("as many as 26 readers", "up to 26 readers"),
            T("half a year after they are published", "six months after publication")]),

case("primary school closure", "rewrite", "consistent",
     "Elmstead Primary School will close at the end of the summer term after the county council's cabinet "
     "voted on Tuesday to shut it because of falling pupil numbers. The school, which has room for 210 "
     "children, currently has 58 pupils on its roll. All will be offered places at Hollins Lane Primary, about "
     "two miles away, and the council will provide free transport for the first year. Cabinet member for "
     "education Faye Dunmore said the decision had been “painful but unavoidable”. Parents had gathered a "
     "petition of more than 1,300 signatures against the closure. The building will be kept by the council, "
     "which has not yet decided its future use.",
     "The county council's cabinet voted on Tuesday to close Elmstead Primary School at the end of the summer "
     "term, citing a decline in pupil numbers. Although it has room for 210 children, only 58 are currently "
     "on the roll. Every pupil will be offered a place at Hollins Lane Primary, roughly two miles away, with "
     "free transport provided by the council for the first year. Faye Dunmore, the cabinet member responsible "
     "for education, said the decision had been “painful but unavoidable”. More than 1,300 people had signed "
     "a petition organised by parents against the closure. The council will hold on to the building but has "
     "yet to decide what it will be used for.",
     traps=[T("citing a decline in pupil numbers", "because of falling pupil numbers"),
            T("roughly two miles away", "about two miles away"),
            T("Faye Dunmore, the cabinet member responsible for education",
              "Cabinet member for education Faye Dunmore"),
            T("More than 1,300 people had signed a petition organised by parents",
              "Parents had gathered a petition of more than 1,300 signatures"),
            T("has yet to decide what it will be used for", "has not yet decided its future use")]),

case("power cable project", "rewrite", "inconsistent",
     "Grid operator Meridian Transmission has started laying a 190-kilometre undersea power cable linking the "
     "wind farms off the Kessel coast with the city of Harlow Bay. The 1.4 billion dollar project will be able "
     "to carry 1,200 megawatts, enough to supply around 900,000 homes, the company said. Cable-laying vessels "
     "will work through the summer, and the link is scheduled to begin operating in late 2026. Fishing will "
     "be banned within 500 metres of the route during installation. Meridian's project director, Owen Stark, "
     "said the cable would cut the region's reliance on gas-fired power stations. Environmental groups have "
     "broadly welcomed the scheme but asked for monitoring of its effect on seabed habitats.",
     "Meridian Transmission, the grid operator, has begun laying a 190km undersea cable to carry power from "
     "the wind farms off the Kessel coast to the city of Harlow Bay. The company said the $1.4bn link would "
     "be able to carry 1,200 megawatts, enough to power roughly 90,000 homes. Cable-laying ships will be at "
     "work all summer, with the link due to come into operation in late 2026. Fishing will be banned within "
     "500 metres of the route. Project director Owen Stark said the cable would reduce the region's "
     "dependence on gas-fired power stations. Environmental groups have largely welcomed the scheme, though "
     "they want its impact on seabed habitats to be monitored.",
     errors=[E("roughly 90,000 homes", "number", "major", "around 900,000 homes"),
             OM("within 500 metres of the route", "during installation", "major")],
     traps=[T("190km", "190-kilometre"),
            T("$1.4bn", "1.4 billion dollar"),
            T("largely welcomed", "broadly welcomed")]),
]
