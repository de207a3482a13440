"""Cases 001-010 of set171 (hand-written; all names invented)."""
from .common import case, err, omit, trap

CASES = [
# 001 ---------------------------------------------------------------
case("wakes week tradition", "rewrite", "consistent",
'''Textile firms in the town of Harrowby Bridge will close for the traditional Wakes Week holiday from Saturday 26 July, the Harrowby Chamber of Trade confirmed on Monday. The shutdown, which dates back to 1871, was once observed by every mill in the district but is now kept by only four employers, together employing around 1,200 people. Chamber secretary Olwen Pritchard said the custom was "part of the town's identity" and that members had voted by 31 votes to 9 to keep it for at least another three years. Some retailers have argued that a single fixed closure week harms trade, and two of them have asked the chamber to consider staggered holidays instead. The chamber said it would review the request in the autumn. Buses to the coast will run every 30 minutes during the week.''',
'''The Harrowby Chamber of Trade confirmed on Monday that textile employers in Harrowby Bridge will shut from Saturday 26 July for Wakes Week, the town's traditional holiday. Every mill in the district used to observe the closure, which began in 1871; today just four employers, with roughly 1,200 staff between them, still keep it. Members voted 31-9 to retain the custom for a minimum of three more years, according to chamber secretary Olwen Pritchard, who described it as "part of the town's identity". Two retailers, among those who say one fixed shutdown week damages trade, have asked the chamber to look at staggered holidays instead; it says it will review their request in the autumn. During the week, buses to the coast will run twice an hour.''',
traps=[
    trap("roughly 1,200 staff between them", "together employing around 1,200 people"),
    trap("31-9", "31 votes to 9"),
    trap("a minimum of three more years", "at least another three years"),
    trap("twice an hour", "every 30 minutes"),
]),

# 002 ---------------------------------------------------------------
case("masonic lodge open day", "rewrite", "inconsistent",
'''St Aldric's Lodge No. 4127 in Carrow Vale will open its doors to the public for the first time in its 140-year history on Saturday 14 September. Visitors will be able to tour the lodge room, see a collection of ceremonial regalia and ask members questions between 10am and 3pm. Lodge secretary Dennis Maybury said the event aimed to "dispel a few myths" about freemasonry, which he said had suffered from an undeserved reputation for secrecy. Entry is free, although donations will be collected for the Carrow Vale hospice. The lodge, which meets in a Grade II-listed former corn exchange on Market Row, currently has 62 members, down from more than 200 in the 1970s. Photography will be permitted in all areas except the library.''',
'''For the first time in its 140-year history, St Aldric's Lodge No. 4127 in Carrow Vale is inviting the public inside on Saturday 14 September. Between 10am and 1pm, visitors can tour the lodge room, view ceremonial regalia and put questions to members. According to lodge secretary Dennis Maybury, the aim is to "dispel a few myths" about freemasonry, which in his view has been unfairly seen as secretive. There is no entry charge, but donations for the Carrow Vale hospice will be collected, and refreshments will be served by members' families. Membership of the lodge, which meets in a Grade II-listed former corn exchange on Market Row, stands at 62, compared with over 200 in the 1970s. Photography is allowed everywhere except the library.''',
errors=[
    err("1pm", "date", "major", "3pm"),
    err("refreshments will be served by members' families", "addition", "minor", None),
],
traps=[
    trap("unfairly seen as secretive", "an undeserved reputation for secrecy"),
    trap("There is no entry charge", "Entry is free"),
]),

# 003 ---------------------------------------------------------------
case("bathtub regatta", "summary", "consistent",
'''More than 80 crews paddled converted bathtubs across Lake Wennick on Sunday in the 25th Wennick Bathtub Regatta, raising an estimated £34,000 for the county air ambulance. The winning tub, a cast-iron 1930s model fitted with outriggers and named Soapy Sue, completed the 1.5-kilometre course in 11 minutes and 42 seconds, crewed by brothers Aled and Rhys Penhallow. Organisers said 14 tubs capsized, but no one was injured, and rescue volunteers recovered all of the sunken vessels by late afternoon. The event, which began in 1999 as a bet between two publicans, now draws around 6,000 spectators. Regatta chair Moira Tregear said next year's race would move to the first weekend of August because of a clash with the county show.''',
'''Brothers Aled and Rhys Penhallow won Sunday's 25th Wennick Bathtub Regatta, paddling their outrigger-fitted 1930s cast-iron tub, Soapy Sue, round the 1.5km course in just under 12 minutes. The race, contested by more than 80 crews, is expected to have raised about £34,000 for the county air ambulance. Fourteen tubs capsized, though nobody was hurt. Next year's event will move to the first weekend of August because it clashes with the county show, the regatta chair said.''',
traps=[
    trap("1.5km course", "1.5-kilometre course"),
    trap("just under 12 minutes", "11 minutes and 42 seconds"),
    trap("is expected to have raised about £34,000", "raising an estimated £34,000"),
    trap("nobody was hurt", "no one was injured"),
]),

# 004 ---------------------------------------------------------------
case("frogspawn date records", "summary", "inconsistent",
'''Frogspawn is appearing in garden ponds in the Medderly Valley almost three weeks earlier than it did half a century ago, according to an analysis of volunteer records published on Thursday by the Medderly Naturalists' Society. The society examined 4,300 first-sighting dates submitted by members since 1972. In the 1970s the average first sighting was on 9 March; over the past decade it has been 19 February. Report author Dr Priya Castellan said milder winters were the most likely explanation, but cautioned that more ponds are now being watched, which could also bring the average forward. The earliest record in the dataset was 2 January 2016. The society is asking residents to report sightings through its website, noting the date, the location and whether the spawn was in a garden or a wild pond.''',
'''Volunteer records show frogspawn now appears in Medderly Valley ponds nearly three weeks sooner than it did 50 years ago, the Medderly Naturalists' Society reported on Thursday. Across 2,400 first-sighting dates logged since 1972, the average has moved from 9 March in the 1970s to 19 February over the last decade. Author Dr Priya Castellan said milder winters were the likeliest cause, though she cautioned that more ponds being watched could also pull the average earlier.''',
errors=[
    err("2,400", "number", "minor", "4,300"),
],
traps=[
    trap("nearly three weeks sooner than it did 50 years ago", "almost three weeks earlier than it did half a century ago"),
    trap("could also pull the average earlier", "could also bring the average forward"),
]),

# 005 ---------------------------------------------------------------
case("backyard chicken permit", "translation", "consistent",
'''The municipality of Kleinvelden will from 1 March require residents who keep chickens in their gardens to apply for a permit, the town council decided on Tuesday evening. The permit will cost 25 euros and will be valid for five years. A maximum of six hens will be allowed per household; roosters will be banned entirely in residential areas. Alderman Henk Brouwersma said the measure was a response to a rise in complaints about noise and rats, which had doubled in two years. Residents who already keep chickens will have until 1 September to register. The local poultry association called the fee "a tax on a hobby" but said it would advise members to comply. The council approved the plan by 15 votes to 6.''',
'''Starting on the first of March, anyone in Kleinvelden who keeps chickens in their garden will need a permit, the town council decided on Tuesday night. The permit costs €25 and lasts five years. Households may keep no more than six hens, and cockerels will not be permitted at all in residential neighbourhoods. According to alderman Henk Brouwersma, the rule answers a growing number of complaints about noise and rats, which have gone up twofold over two years. Existing keepers have until the first of September to register. The local poultry society described the charge as "a levy on a pastime" but says it will advise its members to follow the rules. Fifteen councillors voted in favour and six against.''',
traps=[
    trap("€25", "25 euros"),
    trap("no more than six hens", "A maximum of six hens"),
    trap("cockerels", "roosters"),
    trap("gone up twofold", "doubled"),
    trap("Fifteen councillors voted in favour and six against", "by 15 votes to 6"),
]),

# 006 ---------------------------------------------------------------
case("family bible return", "translation", "inconsistent",
'''A family Bible that disappeared from a farmhouse in Øvre Tindal more than 90 years ago has been returned to the descendants of its original owners. The Bible, printed in 1788, was handed over on Sunday in the parish church by Margit Solheim, a retired librarian from Bergvik, who found it among her late uncle's belongings last spring. Handwritten entries on the first pages record births, marriages and deaths in the Haugland family between 1791 and 1903. "We had heard about this book all our lives, but we thought it had burned," said Tor Haugland, 71, who received it on behalf of the family. How the Bible left the farm remains unknown. The family plans to lend it to the county museum for an exhibition next year.''',
'''A family Bible that went missing from a farmhouse in Øvre Tindal over 90 years ago is back with the descendants of the people who first owned it. The book, printed in 1788, was presented in the parish church on Sunday by Margit Solheim, a former librarian from Bergvik, who came across it among the possessions of her late uncle. Handwritten notes on its first pages record births, marriages and deaths in the Haugland family from 1791 to 1903. "All our lives we heard stories about this book, but we believed it had been lost in a fire," said 71-year-old Tor Haugland, who accepted it for the family. It is still unclear how the Bible came to leave the farm. The family intends to lend it to the Bergvik museum for an exhibition next year.''',
errors=[
    omit("among the possessions of her late uncle", "minor", "last spring"),
    err("Bergvik museum", "entity", "major", "county museum"),
],
traps=[
    trap("a former librarian", "a retired librarian"),
    trap("had been lost in a fire", "had burned"),
    trap("It is still unclear how the Bible came to leave the farm", "How the Bible left the farm remains unknown"),
]),

# 007 ---------------------------------------------------------------
case("rural vet shortage", "rewrite", "consistent",
'''Livestock farmers in the Glenarden district face waits of up to 36 hours for a vet after the closure of two practices left a single surgery covering an area of roughly 1,400 square miles, a report by the Glenarden Farming Union has found. The union surveyed 212 members in May and June; 58 per cent said they had waited more than a day for help with a calving or lambing emergency in the past year. Hollins & Beck Veterinary Group, which now runs the only remaining practice, said it was recruiting but had received no applications for two advertised posts since January. The union is calling on the regional government to fund housing for newly qualified vets willing to work in remote areas for at least three years. A government spokesperson said the proposal would be considered.''',
'''A single surgery now covers roughly 1,400 square miles of the Glenarden district following the closure of two practices, and livestock farmers there can wait as long as a day and a half for a vet, according to a report by the Glenarden Farming Union. Of the 212 members the union surveyed in May and June, 58% said that in the past 12 months they had waited over a day for help with a calving or lambing emergency. Hollins & Beck Veterinary Group, which runs the only practice left, said it was recruiting but had not had a single application since January for the two posts it has advertised. The union wants the regional government to pay for housing for newly qualified vets who commit to working in remote areas for at least three years; a government spokesperson said the idea would be considered.''',
traps=[
    trap("as long as a day and a half", "up to 36 hours"),
    trap("58%", "58 per cent"),
    trap("in the past 12 months", "in the past year"),
    trap("had not had a single application", "had received no applications"),
    trap("who commit to working in remote areas", "willing to work in remote areas"),
]),

# 008 ---------------------------------------------------------------
case("rooster noise lawsuit", "rewrite", "inconsistent",
'''A retired couple in the village of Penmorrow have been ordered to keep their rooster indoors between 9pm and 7am after a neighbour took them to court over its crowing. Judge Anita Crowhurst ruled at Trelleck County Court on Wednesday that the bird, named Captain, caused a "substantial and unreasonable" interference with the sleep of Graham Fitt, who lives 20 metres away. She rejected Mr Fitt's claim for £8,500 in damages, however, awarding him £600. The owners, Brian and Lesley Hosken, said they were disappointed and may appeal. Mr Fitt, a night-shift worker, told the court he had been woken before 5am on most days for two years. The Hoskens must also pay half of his legal costs.''',
'''Brian and Lesley Hosken, a retired couple in Penmorrow, have been ordered to keep their rooster, Captain, indoors from 9pm until 7am after their neighbour Graham Fitt sued them over its crowing. Ruling at Trelleck County Court on Wednesday, Judge Anita Crowhurst found that the bird caused a "substantial and unreasonable" interference with the sleep of Mr Fitt, whose home is 20 metres away. Mr Fitt, who works night shifts, told the court that for two years he had been woken before 5am on most days. The judge turned down his claim for £8,500 in damages and awarded him £600 instead. Mr Fitt must also cover half of the legal costs incurred by the Hoskens, who said they were disappointed and would appeal.''',
errors=[
    err("Mr Fitt must also cover half of the legal costs incurred by the Hoskens", "role", "major", "The Hoskens must also pay half of his legal costs"),
    err("would appeal", "modality", "major", "may appeal"),
],
traps=[
    trap("sued them", "took them to court"),
    trap("who works night shifts", "a night-shift worker"),
    trap("turned down", "rejected"),
]),

# 009 ---------------------------------------------------------------
case("red phone box adoption", "rewrite", "consistent",
'''Residents of Upper Lintock have bought the village's disused red telephone box for £1 and plan to turn it into a miniature library and defibrillator station. The parish council completed the purchase from telecoms operator Brightline on 3 April after a two-year campaign led by retired postmistress Edna Calloway. The K6 kiosk, designed in 1935, has not been used for calls since 2011. Volunteers estimate that refurbishment, including new glass and a coat of "post office red" paint, will cost about £2,700, of which £1,900 has already been raised through a quiz night and a sponsored walk. Mrs Calloway said the box was "the heart of the green" and that villagers had not wanted to see it removed. Work is expected to finish by midsummer.''',
'''Upper Lintock has acquired its disused red telephone box from telecoms operator Brightline for £1, and villagers plan to convert it into a miniature library with a defibrillator. The parish council completed the deal on 3 April, two years after retired postmistress Edna Calloway began campaigning for it. No calls have been made from the K6 kiosk, a 1935 design, since 2011. Volunteers estimate that refurbishment, with new glass and a coat of "post office red" paint among the jobs, should cost around £2,700; a quiz night and a sponsored walk have already brought in £1,900 of that. Describing the box as "the heart of the green", Mrs Calloway said villagers had not wanted to see it go. The work is likely to be finished by midsummer.''',
traps=[
    trap("two years after retired postmistress Edna Calloway began campaigning for it", "after a two-year campaign led by retired postmistress Edna Calloway"),
    trap("No calls have been made from the K6 kiosk", "has not been used for calls"),
    trap("a 1935 design", "designed in 1935"),
    trap("should cost around £2,700", "will cost about £2,700"),
    trap("is likely to be finished", "is expected to finish"),
]),

# 010 ---------------------------------------------------------------
case("goose fattening ban", "translation", "inconsistent",
'''The regional parliament of Vaulmont voted on Thursday to ban the force-feeding of geese and ducks for foie gras from 1 January 2027, ending a practice that dates back centuries in the region's southern valleys. The bill passed by 48 votes to 31. Farmers will receive compensation of up to 40,000 euros each to convert their businesses, paid over three years. Agriculture commissioner Hélène Darrieux said the ban was "not an attack on farmers but a recognition of changing values". The producers' federation said it would challenge the law in the constitutional court, arguing that it breached the freedom to trade. Around 140 farms in Vaulmont still practise force-feeding. The sale of foie gras produced elsewhere will not be affected.''',
'''On Thursday, lawmakers in Vaulmont's regional parliament approved a ban on force-feeding ducks and geese to produce foie gras, which will take effect at the end of 2027 and put an end to a centuries-old tradition in the region's southern valleys. The vote was 48 to 31. Each farmer can receive up to €40,000, paid out over three years, to help convert their business. "This is not an attack on farmers but a recognition of changing values," said agriculture commissioner Hélène Darrieux. The producers' federation announced it would take the law to the constitutional court, saying it violated the freedom to trade. Some 140 farms in Vaulmont still force-feed birds. Foie gras made outside Vaulmont will also be banned from sale.''',
errors=[
    err("at the end of 2027", "date", "major", "from 1 January 2027"),
    err("will also be banned from sale", "polarity", "critical", "will not be affected"),
],
traps=[
    trap("The vote was 48 to 31", "The bill passed by 48 votes to 31"),
    trap("€40,000", "40,000 euros"),
    trap("Some 140 farms", "Around 140 farms"),
]),
]
