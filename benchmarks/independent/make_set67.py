#!/usr/bin/env python3
"""Held-out evaluation set 67 for a fact-comparison tool.

How it was made: every pair below was hand-written, as Python data, by a helper
that saw no code or data of the project, working only from a written brief.
All people, companies, organisations, places and figures are invented (real
countries appear at most as background). Character offsets are never typed by
hand: the script finds every span by string search (with an occurrence index
where a quoted text repeats), validates everything and writes set67.jsonl next
to this file.  `python3 make_set67.py --check` validates only and writes nothing.

Composition (40 pairs, one domain each):
  * modes: 20 rewrite, 10 summary, 10 translation; half of each mode consistent
  * labels: 20 consistent, 20 inconsistent
  * 30 errors: entity 3, number 3, date 3, role 3, polarity 3, modality 3,
    attribution 3, event 3, omission 2, addition 2, repetition 2
    (10 inconsistent pairs carry one error, 10 carry two)
  * consistent pairs carry 3-5 traps (faithful rewordings), inconsistent 0-3
  * translation pairs are two independent English renderings of the same
    (notional) non-English story, so wording differs throughout.
"""
import json
import os
import sys

DOMAINS = [
    "sunflower fields", "snowdrop gardens", "crab apple jelly", "mulberry trees",
    "acorn feed", "maple taps", "reed cutting", "turf roofs", "cob walls",
    "slate splitting", "alabaster", "whitby jet", "tortoiseshell bans",
    "fossil replicas", "eclipse tours", "agrivoltaics", "ladybird releases",
    "wasp control", "termite mounds", "scorpion antivenom", "lizard counts",
    "frog chorus", "morse keys", "sound archives", "gramophone needles",
    "theremin", "hurdy gurdy", "mandolin orchestra", "kazoo", "jug bands",
    "street performers permits", "balloon modelling", "henna artists",
    "barber poles", "moustache clubs", "hair donation", "chiropody",
    "glass eyes", "weathervane makers", "dominoes leagues",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]

CASES = []


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    """Register one pair.

    errors: dicts with keys
        text, type, sev, ref (None for addition/repetition), occ (default 0)
      or, for omissions: type="omission", after=<candidate text the gap
        follows>, occ, ref=<missing reference words>, sev.
    traps: tuples (candidate text, reference wording[, occurrence]).
    """
    CASES.append(dict(domain=domain, mode=mode, label=label,
                      reference=reference, candidate=candidate,
                      errors=list(errors), traps=list(traps)))


def E(text, type_, sev, ref, occ=0):
    return dict(text=text, type=type_, sev=sev, ref=ref, occ=occ)


def OMIT(after, ref, sev, occ=0):
    return dict(type="omission", after=after, ref=ref, sev=sev, occ=occ)


# ---------------------------------------------------------------- rewrites 1-10
case("sunflower fields", "rewrite", "consistent",
     "Visitors to the Brenholt Farm sunflower maze will have to book timed tickets in advance this summer, the farm's owners announced on Monday. Last year the 14-hectare site drew about 36,000 people over six weeks, and queues on the access road stretched for up to two kilometres on peak weekends, prompting complaints from neighbours. Co-owner Marit Velland said tickets would cost £8 for adults, with children under five admitted free, and that no more than 400 visitors would be allowed in each hour. 'We love that people come, but the lane was never built for this,' she said. The maze is expected to open in the last week of July, depending on the weather.",
     "Brenholt Farm's owners said on Monday that anyone wanting to visit its sunflower maze this summer must book a timed ticket beforehand. The 14-hectare attraction welcomed roughly 36,000 visitors across six weeks last year, and on the busiest weekends traffic backed up for as much as 2km along the approach road, drawing complaints from people living nearby. Adults will pay £8 and under-fives go free, according to co-owner Marit Velland, who said hourly admissions would be capped at 400. 'We love that people come, but the lane was never built for this,' she said. Opening is likely to be in the final week of July, weather permitting.",
     traps=[("as much as 2km", "up to two kilometres"),
            ("under-fives go free", "children under five admitted free"),
            ("hourly admissions would be capped at 400", "no more than 400 visitors would be allowed in each hour"),
            ("Opening is likely to be in the final week of July", "The maze is expected to open in the last week of July"),
            ("weather permitting", "depending on the weather")])

case("snowdrop gardens", "rewrite", "inconsistent",
     "Hollinmere Hall will open its snowdrop woodland to the public for three weekends in February, the trust that manages the estate said on Thursday. The garden, planted by the hall's head gardener Edwin Rasko in the 1950s, now holds more than 250 named varieties of snowdrop across four acres. Tickets will be sold at the gate for £6.50, and proceeds will go towards repairing the estate's Victorian glasshouse, which was damaged in storms last winter. The Fellgate Heritage Trust said it expected around 9,000 visitors and asked people to use the shuttle bus from Kettlewick station, as parking on site is limited to 120 cars.",
     "The trust that runs the Hollinmere Hall estate announced on Thursday that the hall's snowdrop woodland will be open to visitors on three weekends in February. Laid out in the 1950s by head gardener Edwin Rasko, the four-acre garden today contains over 150 named snowdrop varieties. Entry costs £6.50, payable at the gate, with the money going to repair the estate's Victorian glasshouse, damaged by storms last winter. The Fellgate Heritage Trust expects roughly 9,000 people to come and has urged visitors to take the shuttle bus from Hollinmere station because the car park holds only 120 vehicles.",
     errors=[E("over 150", "number", "major", "more than 250"),
             E("Hollinmere station", "entity", "minor", "Kettlewick station")],
     traps=[("Laid out in the 1950s by head gardener Edwin Rasko", "planted by the hall's head gardener Edwin Rasko in the 1950s"),
            ("roughly 9,000", "around 9,000"),
            ("the car park holds only 120 vehicles", "parking on site is limited to 120 cars")])

case("crab apple jelly", "rewrite", "consistent",
     "A small preserves maker in the village of Orlby has won the top prize at the National Hedgerow Food Awards for its crab apple and rowan jelly. Dunnock Kitchen, run by sisters Agnes and Lotte Fairweather from a converted dairy, beat 212 other entries in the preserves category. Judges praised the jelly's 'clear, bright set and sharp finish'. The sisters forage most of their fruit from hedgerows within three miles of the village and produce about 4,000 jars a year. Agnes Fairweather said the business would not expand production after the win, but would add a second stockist in the nearby market town of Penhallow from October.",
     "Dunnock Kitchen, an Orlby preserves business operated by sisters Agnes and Lotte Fairweather out of a former dairy, has taken first place at the National Hedgerow Food Awards with its crab apple and rowan jelly. It saw off 212 rival entries in the preserves category, with the judges commending the jelly's 'clear, bright set and sharp finish'. Most of the fruit is gathered from hedgerows no more than three miles from the village, and the pair make around 4,000 jars annually. The win will not lead to higher output, Agnes Fairweather said, though from October the jelly will also be sold by a second stockist in Penhallow, a market town close by.",
     traps=[("taken first place", "won the top prize"),
            ("saw off 212 rival entries", "beat 212 other entries"),
            ("no more than three miles from the village", "within three miles of the village"),
            ("around 4,000 jars annually", "about 4,000 jars a year"),
            ("The win will not lead to higher output", "would not expand production after the win")])

case("mulberry trees", "rewrite", "inconsistent",
     "The city of Castlebridge has agreed to transfer care of its 300-year-old black mulberry tree in Almond Square to the Castlebridge Botanic Society, ending a dispute that lasted almost two years. Under the agreement, signed on 3 May, the society will take responsibility for pruning, propping and soil treatment, while the council will continue to pay for insurance and for the railings around the tree. Arborist reports commissioned last year found the trunk was hollow but structurally sound. Society chair Irene Molloy said volunteers would begin collecting cuttings this summer so that young trees grown from the original could be planted in the city's parks.",
     "Care of the 300-year-old black mulberry in Almond Square is to pass from the Castlebridge Botanic Society to the city council, settling a dispute that had run for nearly two years. The deal, signed on 3 May, makes the society responsible for pruning, propping and treating the soil; the council will still cover insurance and the railings that surround the tree. According to arborists' reports commissioned last year, the trunk is hollow but structurally sound. Volunteers will start taking cuttings this summer, society chair Irene Molloy said, so that young trees grown from the original can be planted in parks across the city.",
     errors=[E("pass from the Castlebridge Botanic Society to the city council", "role", "critical",
               "transfer care of its 300-year-old black mulberry tree in Almond Square to the Castlebridge Botanic Society")],
     traps=[("settling a dispute that had run for nearly two years", "ending a dispute that lasted almost two years"),
            ("the council will still cover insurance", "the council will continue to pay for insurance")])

case("acorn feed", "rewrite", "inconsistent",
     "Pig farmers in the Dravon Forest area will be allowed to release their animals into the woodland to feed on fallen acorns from 15 September until 20 November this year, the forest's verderers announced. The season, known locally as pannage, normally lasts at least 60 days, but was brought forward by two weeks because of a heavy acorn crop. Green acorns are poisonous to ponies and cattle, which also graze the forest, and the pigs help clear them. Only pigs that are registered, ringed through the nose and marked with an owner's tag may take part. The verderers said about 550 pigs were registered last year.",
     "The Dravon Forest verderers have announced that pig farmers in the area may turn their animals out into the woodland to eat fallen acorns between 15 September and 20 October this year. Pannage, as the season is called locally, usually runs for a minimum of 60 days but has been moved forward by a fortnight owing to an abundant acorn crop. The pigs help clear green acorns, which are toxic to the ponies and cattle that also graze in the forest. Only registered pigs that are marked with an owner's tag are eligible. Last year, according to the verderers, around 550 pigs were registered.",
     errors=[E("20 October", "date", "major", "20 November"),
             OMIT("registered pigs that are", "ringed through the nose", "major")],
     traps=[("a minimum of 60 days", "at least 60 days"),
            ("moved forward by a fortnight", "brought forward by two weeks"),
            ("toxic", "poisonous")])

case("maple taps", "rewrite", "consistent",
     "Sap collectors in the Kessock Hills say this year's maple season was the shortest in at least two decades. A run of warm days in early March caused the trees to bud about ten days earlier than usual, after which the sap turns bitter and tapping must stop. The Kessock Maple Producers' Cooperative, which represents 38 family sugarbushes, said members produced 61,000 litres of syrup, down from 94,000 litres last year. Chair Dolores Ferrand said prices to wholesale buyers would rise by around 15 percent. The cooperative has asked the regional government for help buying vacuum tubing systems, which can increase sap yields in short seasons.",
     "In the Kessock Hills, this year's maple season was the briefest for at least 20 years, according to sap collectors. A spell of warm weather in early March made the trees bud roughly ten days ahead of normal; once that happens the sap goes bitter and tapping has to end. The 38 family sugarbushes in the Kessock Maple Producers' Cooperative made 61,000 litres of syrup, compared with 94,000 litres a year earlier, the cooperative said. Wholesale buyers will pay about 15% more, said its chair, Dolores Ferrand. The group has approached the regional government for support in purchasing vacuum tubing systems, which can boost sap yields when the season is short.",
     traps=[("the briefest for at least 20 years", "the shortest in at least two decades"),
            ("roughly ten days ahead of normal", "about ten days earlier than usual"),
            ("a year earlier", "last year"),
            ("about 15% more", "rise by around 15 percent"),
            ("support in purchasing", "help buying")])

case("reed cutting", "rewrite", "inconsistent",
     "Commercial reed cutting will resume on the Saltmere marshes this winter after a three-year pause, the Saltmere Wetland Authority confirmed on Wednesday. Cutting was halted in 2021 after surveys found that bittern numbers had fallen. The authority said the bird population had since recovered to 14 booming males, and that cutters would be restricted to 40 percent of the reed beds, rotating the areas each year. Thatchers in the region have relied on imported reed from eastern Europe during the pause. Master thatcher Owain Pryce said local reed was 'tougher and lasts longer on a roof', but warned that prices were unlikely to fall straight away.",
     "The Saltmere Wetland Authority confirmed on Wednesday that commercial reed cutting on the Saltmere marshes will restart this winter, three years after it was suspended. The halt was imposed in 2021 when surveys showed a drop in bittern numbers; the population has since recovered to 14 booming males, the authority said. Cutters will be limited to two-fifths of the reed beds, with the areas rotated annually. While the pause lasted, thatchers in the region turned to reed imported from eastern Europe. Local reed is 'tougher and lasts longer on a roof', according to master thatcher Owain Pryce, who said prices were likely to fall straight away.",
     errors=[E("prices were likely to fall straight away", "polarity", "major",
               "prices were unlikely to fall straight away")],
     traps=[("two-fifths of the reed beds", "40 percent of the reed beds"),
            ("rotated annually", "rotating the areas each year"),
            ("showed a drop in bittern numbers", "found that bittern numbers had fallen")])

case("turf roofs", "rewrite", "consistent",
     "Homeowners in the Norrvik valley who replace metal roofs with traditional turf roofs will be eligible for grants of up to 60 percent of the cost, the regional heritage office announced on 12 March. The scheme, worth 4.5 million kroner in its first year, is open only to buildings constructed before 1940. Applicants must use birch bark or an approved modern membrane beneath the turf. Heritage officer Lars Undset said about 200 such roofs survive in the valley, compared with more than 1,100 recorded in a 1920 survey. 'If we do nothing, the skills will disappear with the last generation of builders,' he said. Applications open in May.",
     "Grants covering as much as 60% of the cost will be available to Norrvik valley homeowners who swap metal roofing for traditional turf, the regional heritage office said on 12 March. Only buildings put up before 1940 qualify for the scheme, which has 4.5 million kroner to spend in its first year. Beneath the turf, applicants will have to lay either birch bark or a modern membrane that has been approved. Around 200 turf roofs remain in the valley, heritage officer Lars Undset said, against over 1,100 recorded in a survey in 1920. 'If we do nothing, the skills will disappear with the last generation of builders,' he said. The application window opens in May.",
     traps=[("as much as 60% of the cost", "up to 60 percent of the cost"),
            ("put up before 1940", "constructed before 1940"),
            ("Around 200 turf roofs remain", "about 200 such roofs survive"),
            ("over 1,100", "more than 1,100")])

case("cob walls", "rewrite", "inconsistent",
     "A planning inspector has ruled that a 19th-century cob wall in the village of Treworra must be rebuilt using traditional earth and straw, rather than concrete blocks faced with render. The wall, which partly collapsed after heavy rain in January, belongs to developer Haldane Homes, which had argued that cob would cost three times as much and take longer to dry. Inspector Ruth Allardyce said the wall was 'an integral part of the conservation area'. Haldane Homes said it was considering an appeal. The parish council, which objected to the original plans, said it might offer volunteers to help with the work.",
     "Treworra's 19th-century cob wall will have to be rebuilt with traditional earth and straw instead of rendered concrete blocks, a planning inspector has ruled. The wall partly fell down after heavy rain in January. Its owner, the developer Haldane Homes, had argued that cob would be three times as expensive and slower to dry. The wall is 'an integral part of the conservation area', the parish council said. Haldane Homes is considering whether to appeal. The parish council, which had opposed the original plans, will provide volunteers to help with the rebuilding.",
     errors=[E("the parish council said", "attribution", "major", "Inspector Ruth Allardyce said"),
             E("will provide volunteers", "modality", "major", "might offer volunteers")],
     traps=[("three times as expensive", "cost three times as much"),
            ("is considering whether to appeal", "was considering an appeal")])

case("slate splitting", "rewrite", "consistent",
     "The Carn Ddu slate quarry has taken on four apprentice splitters, the first in over a decade, as demand for hand-split roofing slate rises. Splitting slate by hand with a chisel and mallet takes about five years to master, according to quarry manager Gethin Lloyd-Rhys, who said the company's eight remaining splitters had an average age of 58. The apprenticeships last three years and are funded jointly by the quarry and the Upland Crafts Skills Fund, which contributed £96,000. Mr Lloyd-Rhys said orders from restoration projects had doubled since 2019, and the quarry now had a waiting list of around eight months.",
     "For the first time in more than ten years, the Carn Ddu slate quarry has recruited apprentice splitters - four of them - as demand grows for hand-split roofing slate. Quarry manager Gethin Lloyd-Rhys said it takes roughly five years to master splitting slate by hand with mallet and chisel, and that the firm's eight remaining splitters are 58 on average. The three-year apprenticeships are paid for jointly by the quarry and the Upland Crafts Skills Fund, which has put in £96,000. Orders from restoration projects are twice what they were in 2019, Mr Lloyd-Rhys said, and customers now face a wait of about eight months.",
     traps=[("For the first time in more than ten years", "the first in over a decade"),
            ("are 58 on average", "had an average age of 58"),
            ("are twice what they were in 2019", "had doubled since 2019"),
            ("a wait of about eight months", "a waiting list of around eight months")])

# --------------------------------------------------------------- rewrites 11-20
case("alabaster", "rewrite", "inconsistent",
     "A 15th-century alabaster panel stolen from St Aldhelm's Church in Market Feltham in 1987 has been returned to the parish after it was identified at an auction in Belgium. The panel, which shows the Resurrection, was withdrawn from sale last month when a researcher at the Verity Institute recognised it from a police photograph. The seller, who has not been named, agreed to hand it back without compensation. The church council said the carving would be displayed in a locked case in the north aisle from Easter, and that it had spent £18,000 on new security measures.",
     "St Aldhelm's Church in Market Feltham has got back a 15th-century alabaster panel that was stolen from it in 1987, after the carving turned up at an auction in Belgium. The Resurrection scene was seized by police last month when a Verity Institute researcher matched it to a police photograph. The seller, whose name has not been released, agreed to return it without asking for compensation. From Easter, the church council said, it will be shown in a locked case in the north aisle; £18,000 has been spent on new security.",
     errors=[E("was seized by police", "event", "major", "was withdrawn from sale")],
     traps=[("matched it to a police photograph", "recognised it from a police photograph"),
            ("whose name has not been released", "who has not been named"),
            ("without asking for compensation", "without compensation")])

case("whitby jet", "rewrite", "inconsistent",
     "Jet carvers in the coastal town of Sandwick Bay have formed a guild to certify locally mined jet, after a rise in imitation pieces made from glass and resin being sold as genuine. The Sandwick Jet Guild, launched with 23 founding members, will issue a numbered certificate with each item and run spot checks on shops. Chairwoman Prudence Okafor said as many as one in three pieces sold as local jet in the town's shops last summer were fakes, based on tests by the guild. Members will pay an annual fee of £120. The town council has given the guild a grant of £5,000 for testing equipment.",
     "Sandwick Bay's jet carvers have set up a guild to certify jet mined in the area, following an increase in glass and resin imitations being passed off as the real thing. Launched with 32 founding members, the Sandwick Jet Guild will issue a numbered certificate with each item and carry out spot checks on retailers. According to chairwoman Prudence Okafor, the guild's tests suggest up to a third of the pieces sold as local jet in town shops last summer were fake. Membership will cost £120 a year, and the town council has awarded £5,000 towards testing equipment. The guild will issue a numbered certificate with each item.",
     errors=[E("32 founding members", "number", "minor", "23 founding members"),
             E("will issue a numbered certificate with each item", "repetition", "minor", None, occ=1)],
     traps=[("up to a third", "as many as one in three"),
            ("Membership will cost £120 a year", "Members will pay an annual fee of £120")])

case("tortoiseshell bans", "rewrite", "inconsistent",
     "Customs officers at the port of Velmouth seized 46 items made from hawksbill turtle shell last year, more than double the number in the previous year, according to figures released by the Border Wildlife Unit on Friday. The items, mostly combs, spectacle frames and hair clips, were found in passengers' luggage and in parcels. Trade in new tortoiseshell products has been banned under international law since 1977, although antique items made before 1947 can be sold with a certificate. Unit head Simon Achterberg said most of the items appeared to have been bought as souvenirs by tourists who did not know they were illegal.",
     "The Border Wildlife Unit said on Friday that customs officers at Velmouth port had seized 46 hawksbill turtle shell items last year, over twice as many as the year before. Mostly combs, spectacle frames and hair clips, they were discovered in passenger luggage and parcels. International law has prohibited trade in new tortoiseshell goods since 1977, but antiques made before 1947 may be sold if they carry a certificate. Most had apparently been bought as souvenirs on Caribbean holidays by tourists unaware that they were illegal, said unit head Simon Achterberg.",
     errors=[E("on Caribbean holidays", "addition", "minor", None)],
     traps=[("over twice as many as the year before", "more than double the number in the previous year"),
            ("may be sold if they carry a certificate", "can be sold with a certificate")])

case("fossil replicas", "rewrite", "inconsistent",
     "The Gaultstone Museum of Natural History will replace 30 of the original fossils in its public galleries with resin replicas by the end of the year, director Helen Marchetti said on Tuesday. The originals, including a near-complete ichthyosaur skeleton found on the Gaultstone cliffs in 1894, will move to a climate-controlled store where they can still be studied by visiting researchers by appointment. Conservators found last year that humidity changes in the galleries had caused cracking in several specimens. The replicas, made by the museum's own casting workshop, cost about £2,000 each. Ms Marchetti said labels would make clear which items were copies.",
     "By the end of the year, 30 of the original fossils on show in the Gaultstone Museum of Natural History's public galleries will have been swapped for resin replicas, director Helen Marchetti announced on Tuesday. The originals - among them a near-complete ichthyosaur skeleton discovered on the Gaultstone cliffs in 1894 - are being moved to a climate-controlled store, where visiting researchers will still be able to study them. Last year conservators found that fluctuating humidity in the galleries had made several specimens crack. Each replica, produced in the museum's own casting workshop, costs around £2,000, and labels will show clearly which exhibits are copies, Ms Marchetti said.",
     errors=[OMIT("will still be able to study them", "by appointment", "minor")],
     traps=[("swapped for resin replicas", "replace 30 of the original fossils in its public galleries with resin replicas"),
            ("fluctuating humidity", "humidity changes"),
            ("costs around £2,000", "cost about £2,000 each")])

case("eclipse tours", "rewrite", "inconsistent",
     "Tour operator Umbra Travel has cancelled its charter flight to view next year's total solar eclipse after the airline it had hired, Corvid Air, withdrew from the contract. About 160 customers had booked seats at £2,400 each on the flight, which was due to intercept the eclipse above the ocean. Umbra Travel said all customers would receive full refunds within 30 days and that it was not seeking compensation from Corvid Air. Corvid Air said a shortage of pilots meant it could not guarantee the aircraft. Umbra Travel's ground-based eclipse tours, which take place in two desert locations, are not affected.",
     "Umbra Travel has called off its charter flight to watch next year's total solar eclipse because Corvid Air, the airline it had engaged, pulled out of the contract. Roughly 160 customers had booked seats at £2,400 apiece on the flight, which was meant to intercept the eclipse over the ocean. Everyone will be fully refunded within 30 days, Umbra Travel said, adding that Corvid Air was not seeking compensation from the tour operator. Corvid Air blamed a pilot shortage, saying it could not guarantee the aircraft. Umbra Travel's ground-based eclipse tours in two desert locations will also be affected.",
     errors=[E("Corvid Air was not seeking compensation from the tour operator", "role", "major",
               "it was not seeking compensation from Corvid Air"),
             E("will also be affected", "polarity", "critical", "are not affected")],
     traps=[("called off", "cancelled"),
            ("pulled out of the contract", "withdrew from the contract"),
            ("blamed a pilot shortage", "a shortage of pilots")])

case("agrivoltaics", "rewrite", "consistent",
     "A trial combining solar panels with crop growing at Wexcombe Farm produced 12 percent less wheat than an open field, but generated enough electricity to power around 900 homes, researchers from Fenbridge University reported on Monday. The two-year project mounted panels on frames five metres high, leaving room for tractors underneath. Lead researcher Dr Amara Quist said the shade helped soil retain moisture during last summer's drought, and that potato yields under the panels were actually 8 percent higher. The team plans to test soft fruit next. The farm's owners receive a share of the electricity income, which Dr Quist said could make up for the lower wheat harvest.",
     "Researchers from Fenbridge University said on Monday that a trial at Wexcombe Farm pairing solar panels with crops yielded 12% less wheat than an open field but produced enough power for roughly 900 homes. During the two-year project the panels sat on five-metre-high frames, so tractors could still pass beneath. According to lead researcher Dr Amara Quist, the shade kept moisture in the soil through last summer's drought, and potatoes grown under the panels in fact yielded 8% more. The team intends to test soft fruit next. The farm's owners get part of the income from the electricity, which Dr Quist said could offset the smaller wheat crop.",
     traps=[("12% less wheat", "12 percent less wheat"),
            ("roughly 900 homes", "around 900 homes"),
            ("five-metre-high frames", "frames five metres high"),
            ("in fact yielded 8% more", "were actually 8 percent higher"),
            ("could offset the smaller wheat crop", "could make up for the lower wheat harvest")])

case("ladybird releases", "rewrite", "consistent",
     "Glasshouse growers in the Lindenholm district released about 2.5 million ladybirds this spring to control aphids, replacing chemical sprays on around 70 hectares of tomatoes and peppers, the Lindenholm Growers' Association said. The insects were bred at an insectary in the neighbouring province and delivered in cool boxes. Association spokesman Piet Varenburg said the method cost roughly the same as spraying but required more frequent crop inspections. He said growers would not return to pesticides unless aphid numbers rose above an agreed threshold. Some supermarkets now pay a premium for produce grown without insecticides, he added.",
     "Some 2.5 million ladybirds were let loose this spring by glasshouse growers in the Lindenholm district to keep aphids in check, taking the place of chemical sprays across roughly 70 hectares of tomato and pepper crops, according to the Lindenholm Growers' Association. Bred at an insectary in the next province, the beetles arrived in cool boxes. The approach costs about as much as spraying, though crops have to be inspected more often, said association spokesman Piet Varenburg. Growers will go back to pesticides only if aphid numbers climb past an agreed threshold, he said, adding that certain supermarkets now pay more for produce grown without insecticides.",
     traps=[("were let loose", "released"),
            ("the next province", "the neighbouring province"),
            ("costs about as much as spraying", "cost roughly the same as spraying"),
            ("will go back to pesticides only if aphid numbers climb past an agreed threshold",
             "would not return to pesticides unless aphid numbers rose above an agreed threshold")])

case("wasp control", "rewrite", "consistent",
     "Drummore District Council has suspended its free wasp nest removal service for the rest of the summer after receiving more than 1,300 requests in July alone, nearly three times the usual monthly figure. The council's two pest control officers were unable to keep up, a spokeswoman said. Residents will instead be referred to private contractors, who typically charge between £60 and £90 per nest. The council said people receiving housing benefit would still have nests removed free of charge. Entomologist Dr Fergus Hale of the Drummore Field Centre said a mild spring had allowed more queens to survive, but that numbers should fall back next year.",
     "With more than 1,300 requests in July alone - close to triple the normal monthly total - Drummore District Council has halted its free wasp nest removal service until the end of the summer. Its two pest control officers could not keep pace, a council spokeswoman said. Instead, residents will be directed to private firms, which usually charge £60 to £90 a nest, although those on housing benefit will continue to have nests taken away at no cost, the council said. A mild spring let more queens survive, said Dr Fergus Hale, an entomologist at the Drummore Field Centre, but numbers should drop back next year.",
     traps=[("close to triple the normal monthly total", "nearly three times the usual monthly figure"),
            ("halted", "suspended"),
            ("until the end of the summer", "for the rest of the summer"),
            ("£60 to £90 a nest", "between £60 and £90 per nest"),
            ("at no cost", "free of charge")])

case("termite mounds", "rewrite", "consistent",
     "Engineers designing a new hospital in the city of Nambari have based its ventilation system on the way termite mounds regulate temperature, the project's architects said. Chambers and shafts in the building's walls will draw cool air in at night and release warm air through vents in the roof, reducing the need for air conditioning. The Koru Design Partnership, which led the design, estimates the system will cut energy use for cooling by about 40 percent. Construction of the 220-bed hospital is due to begin in March and take three years. The project is funded by a 95 million dollar loan from the Regional Development Bank.",
     "The ventilation system of a new hospital in Nambari has been modelled by its engineers on the way termite mounds keep their temperature steady, according to the architects behind the project. Shafts and chambers within the walls will pull in cool air overnight and let warm air escape through roof vents, so less air conditioning is needed. Energy used for cooling should fall by roughly two-fifths, estimates the Koru Design Partnership, which led the design. Work on the 220-bed hospital is scheduled to start in March and last three years, financed by a $95m loan from the Regional Development Bank.",
     traps=[("overnight", "at night"),
            ("roughly two-fifths", "about 40 percent"),
            ("is scheduled to start in March", "is due to begin in March"),
            ("$95m loan", "95 million dollar loan")])

case("scorpion antivenom", "rewrite", "consistent",
     "The health ministry of the Veskar region has ordered 12,000 additional vials of scorpion antivenom after stings rose by a quarter last year, officials said on Sunday. Most of the 3,400 recorded stings occurred in rural villages during the hot season from May to September, and children under ten accounted for about a third of serious cases. The antivenom, produced by Halvorsen Biologics, will be distributed to 85 rural clinics rather than only to district hospitals, cutting the average time to treatment. Deputy health minister Yara Benali said no child had died from a sting in the region since 2019.",
     "Officials in the Veskar region said on Sunday that its health ministry had ordered a further 12,000 vials of scorpion antivenom, after a 25% rise in stings last year. Of the 3,400 stings recorded, most happened in rural villages during the hot months of May to September, and roughly one in three serious cases involved children younger than ten. Instead of going only to district hospitals, the Halvorsen Biologics antivenom will be sent to 85 rural clinics, reducing how long patients wait on average for treatment. Since 2019, deputy health minister Yara Benali said, no child in the region has died from a sting.",
     traps=[("a further 12,000 vials", "12,000 additional vials"),
            ("a 25% rise", "rose by a quarter"),
            ("roughly one in three serious cases", "about a third of serious cases"),
            ("children younger than ten", "children under ten")])

# -------------------------------------------------------------- summaries 21-30
case("lizard counts", "summary", "consistent",
     "Volunteers taking part in the annual sand lizard count on the Harrowden Heath nature reserve recorded 312 adult lizards this year, up from 187 in the previous survey, the Heathland Reptile Trust said on Wednesday. The trust credited the increase to the clearing of about 11 hectares of invasive pine and the creation of 40 bare sand patches where females can lay eggs. Counts took place on six mornings in April and May, when the lizards bask in the open and the males are bright green. Reserve manager Colin Tasker said the figures were encouraging but warned that a single good year did not mean the population was secure. The trust plans to reintroduce lizards to two nearby heaths next spring if funding is approved.",
     "Sand lizard numbers on Harrowden Heath have climbed to 312 adults from 187 at the last count, the Heathland Reptile Trust said, crediting the removal of some 11 hectares of invasive pine and the creation of 40 bare sand patches for egg-laying. The reserve manager called the figures encouraging but cautioned that one good year did not make the population secure. The trust plans to bring lizards back to two nearby heaths next spring, subject to funding.",
     traps=[("climbed to 312 adults from 187", "312 adult lizards this year, up from 187"),
            ("some 11 hectares", "about 11 hectares"),
            ("one good year did not make the population secure", "a single good year did not mean the population was secure"),
            ("subject to funding", "if funding is approved")])

case("frog chorus", "summary", "inconsistent",
     "A sound recording project run by the Mossley Wetlands Centre has captured the calls of eight frog and toad species at Brackwater Fen, including the first confirmed record of the pool frog in the county since 1962. The project used 24 waterproof recorders placed around the fen's ponds between March and June, which together collected more than 9,000 hours of audio. Software developed by volunteer programmer Niamh Carrow sorted the recordings by species, and ecologists then checked a sample by ear. Centre director Tomasz Wielgus said the pool frog calls were recorded on three nights in late May. The centre will publish the full recordings online in the autumn and repeat the survey next year.",
     "Recorders placed around the ponds of Brackwater Fen picked up eight frog and toad species, among them the pool frog, confirmed in the county for the first time since 1926. The Mossley Wetlands Centre project gathered over 9,000 hours of audio, sorted by species using software written by volunteer Tomasz Wielgus. The recordings will go online in the autumn, and the survey will be repeated next year.",
     errors=[E("1926", "date", "major", "1962"),
             E("Tomasz Wielgus", "entity", "major", "Niamh Carrow")],
     traps=[("over 9,000 hours", "more than 9,000 hours")])

case("morse keys", "summary", "inconsistent",
     "A collection of 140 telegraph and Morse keys assembled over five decades by the late radio enthusiast Harold Brenninkmeyer has been donated to the Wexley Museum of Communications, the museum announced on Friday. The collection includes a brass key used at the Penrith Point coastguard station during the Second World War and several keys made by hand by ship's operators. Curator Adaeze Nwosu said it was 'the most complete private collection of its kind we have seen'. Mr Brenninkmeyer's daughter, Ingrid, said her father had always wanted the keys to be used, not just displayed. The museum said some of the keys would be wired up so visitors could send messages between two rooms in a new gallery opening next year.",
     "The Wexley Museum of Communications has been given 140 telegraph and Morse keys collected over 50 years by the late radio enthusiast Harold Brenninkmeyer, a collection his daughter Ingrid described as 'the most complete private collection of its kind we have seen'. Some of the keys will be wired up so visitors can exchange messages between two rooms of a new gallery due to open next year.",
     errors=[E("his daughter Ingrid described", "attribution", "major", "Curator Adaeze Nwosu said")],
     traps=[("50 years", "five decades"),
            ("exchange messages", "send messages"),
            ("due to open next year", "opening next year")])

case("sound archives", "summary", "consistent",
     "The Calder Valley Sound Archive has finished digitising 6,800 hours of oral history recordings made on reel-to-reel and cassette tape between 1958 and 1995, the archive said on Tuesday. The three-year project, which cost £410,000, was paid for mainly by a grant from the Northern Heritage Lottery Board, with the rest coming from local donors. Many of the tapes had begun to deteriorate, and about 300 hours were judged too damaged to recover. The recordings include interviews with mill workers, miners and farm labourers, some born in the 1870s. Archivist Meena Sharrock said the files would be free to listen to online from January, although some interviews will remain closed until 2030 at the request of families.",
     "A total of 6,800 hours of oral history tapes recorded from 1958 to 1995 - interviews with mill workers, miners and farm labourers, some born in the 1870s - have been digitised by the Calder Valley Sound Archive in a three-year, £410,000 project funded mostly by the Northern Heritage Lottery Board. Roughly 300 hours proved beyond recovery. The files can be heard free online from January, though certain interviews will stay closed until 2030 at families' request.",
     traps=[("from 1958 to 1995", "between 1958 and 1995"),
            ("funded mostly by", "paid for mainly by"),
            ("Roughly 300 hours proved beyond recovery", "about 300 hours were judged too damaged to recover"),
            ("will stay closed until 2030", "will remain closed until 2030")])

case("gramophone needles", "summary", "consistent",
     "Ashcombe Needle Works, believed to be the last factory in the country still making steel gramophone needles, has been bought by a group of record collectors, saving it from closure. The factory's owner, Gordon Pelling, 81, had announced in March that it would shut when he retired because no buyer had come forward. The new owners, who paid an undisclosed sum, said they would keep all five staff and the original 1930s machinery, which can turn out around 20,000 needles a day. Most of the factory's output is exported, with Japan and Germany its largest markets. Spokesman Dev Raman said the group also planned to start making bamboo and thorn needles, which were common before the Second World War.",
     "A group of record collectors has rescued Ashcombe Needle Works, thought to be the country's last maker of steel gramophone needles, which 81-year-old owner Gordon Pelling had said would close on his retirement for lack of a buyer. The buyers, who did not reveal the price, will retain all five employees and the 1930s machines, capable of about 20,000 needles daily, and plan to add bamboo and thorn needles.",
     traps=[("thought to be", "believed to be"),
            ("did not reveal the price", "paid an undisclosed sum"),
            ("about 20,000 needles daily", "around 20,000 needles a day"),
            ("plan to add bamboo and thorn needles", "planned to start making bamboo and thorn needles")])

case("theremin", "summary", "inconsistent",
     "The Orlov Ensemble, a six-piece group in which every member plays the theremin, will perform at the Harbourside Festival in Caldmouth on 14 August, organisers confirmed on Thursday. The ensemble, founded in 2016 by physicist-turned-musician Vera Lindqvist, plays arrangements of film scores and early electronic pieces. The theremin is played without being touched: the performer moves their hands near two antennas to control pitch and volume. Festival director Owen Baptiste said the group had been booked after a video of its performance went viral last winter. The organisers said they may add a workshop for children if enough instruments can be borrowed from a local music school.",
     "The Orlov Ensemble, a six-strong theremin group founded by former physicist Vera Lindqvist in 2016, will play the Harbourside Festival in Caldmouth on 14 August. Festival director Owen Baptiste said it was booked after its performance was broadcast on television last winter. Organisers will also run a children's workshop using instruments borrowed from a local music school.",
     errors=[E("its performance was broadcast on television", "event", "major", "a video of its performance went viral"),
             E("will also run a children's workshop", "modality", "major", "may add a workshop for children")],
     traps=[("six-strong", "six-piece"),
            ("former physicist", "physicist-turned-musician")])

case("hurdy gurdy", "summary", "consistent",
     "The Fenwick School of Early Music is to offer the country's first accredited diploma in hurdy-gurdy performance from September, the school announced. The two-year course will take eight students a year and will be taught by Corentin Vasseur, who has played the instrument professionally for 25 years. The hurdy-gurdy, a stringed instrument sounded by a rosined wheel turned with a crank, was common in medieval Europe and has seen renewed interest among folk and film musicians. The school said it would lend instruments to students in the first year, as a new hurdy-gurdy can cost more than £4,000. Applications close on 30 April, and auditions will be held in May.",
     "From September, the Fenwick School of Early Music will run the country's first accredited hurdy-gurdy performance diploma, a two-year course for eight students annually taught by Corentin Vasseur, a professional player for a quarter of a century. Because new instruments can cost over £4,000, first-year students will be lent one. Applications close at the end of April, with auditions in May.",
     traps=[("eight students annually", "eight students a year"),
            ("a quarter of a century", "25 years"),
            ("over £4,000", "more than £4,000"),
            ("at the end of April", "on 30 April")])

case("mandolin orchestra", "summary", "inconsistent",
     "The Brightwater Mandolin Orchestra, one of the oldest amateur ensembles of its kind, will celebrate its centenary with a concert at Brightwater Town Hall on 9 November. Founded in 1924 by a group of railway workers, the orchestra now has 34 members aged between 15 and 88. Conductor Lucia Ferrante has written a new suite for the occasion, and former members have been invited to join the orchestra for the final piece. Tickets cost £12, with proceeds going to the orchestra's instrument fund. The orchestra is also appealing for old photographs and programmes for an exhibition in the town library.",
     "Founded by railway workers in 1924, the Brightwater Mandolin Orchestra marks its 100th anniversary with a concert at the town hall on 9 November, featuring a new suite by conductor Lucia Ferrante that will be broadcast live on local radio. Its 34 members range in age from 15 to 88, and former players have been invited to join them for the finale.",
     errors=[E("that will be broadcast live on local radio", "addition", "minor", None)],
     traps=[("100th anniversary", "centenary"),
            ("range in age from 15 to 88", "aged between 15 and 88"),
            ("the finale", "the final piece")])

case("kazoo", "summary", "inconsistent",
     "A primary school in the town of Lynford has set a new record for the largest kazoo ensemble, with 1,862 pupils, parents and teachers playing together on the school field on Saturday, according to adjudicators from the World Record Registry. The previous record of 1,517 players was set in 2018 by a scout group. The ensemble played a two-minute arrangement of a local folk song, and participants had to keep playing throughout to be counted. Headteacher Bronwen Ashdown said the event had raised £7,300 for new playground equipment. About 40 kazoos were rejected before the start because they had been damaged.",
     "A Lynford primary school set a new record for the biggest kazoo ensemble on Saturday, when 1,862 pupils, parents and teachers played together, beating the 2018 mark of 1,715, adjudicators said. The event raised £7,300 for new playground equipment, the headteacher said.",
     errors=[E("1,715", "number", "major", "1,517")],
     traps=[("A Lynford primary school", "A primary school in the town of Lynford"),
            ("the biggest kazoo ensemble", "the largest kazoo ensemble")])

case("jug bands", "summary", "consistent",
     "The Riverbend Jug Band Festival will move from the town's park to the larger Millbrook Showground next year after attendance reached 11,000 this summer, more than double the figure in 2021. Organiser Clement Okoro said the park could no longer hold the crowds safely and that residents had complained about noise after 10pm. The festival, now in its ninth year, features bands playing jugs, washboards, kazoos and washtub basses. The showground move will add about £30,000 to costs, which organisers plan to cover by raising ticket prices from £15 to £18. Camping will be offered on site for the first time.",
     "Having drawn 11,000 people this summer - over twice the 2021 attendance - the Riverbend Jug Band Festival is moving to the bigger Millbrook Showground next year because, its organiser said, the park can no longer safely hold the crowds. Organisers plan to meet the extra cost of about £30,000 by putting tickets up by £3, to £18, and on-site camping will be available for the first time.",
     traps=[("over twice the 2021 attendance", "more than double the figure in 2021"),
            ("the bigger Millbrook Showground", "the larger Millbrook Showground"),
            ("putting tickets up by £3, to £18", "raising ticket prices from £15 to £18"),
            ("on-site camping will be available", "Camping will be offered on site")])

# ----------------------------------------------------------- translations 31-40
case("street performers permits", "translation", "inconsistent",
     "The city council of Valmaresa has approved a new permit system for street performers in the old town, which will come into force on 1 June. Performers will have to pass a short audition before a panel of three local musicians and pay an annual fee of 45 euros. Each permit allows performances at one of twelve marked pitches for a maximum of two hours a day. Councillor Aurelio Bastida said the measure responded to complaints from shopkeepers about amplified music. The performers' association, led by accordionist Sara Montoya, has threatened to take the council to court over the audition requirement, which it calls 'a filter on who is allowed to be poor in public'.",
     "From 1 June, street performers in the historic centre of Valmaresa will need a permit under a new system approved by the city council. To obtain one, they must audition in front of a panel of three local musicians and pay 45 euros a year. A permit entitles its holder to play at one of twelve designated spots for no more than two hours daily. According to councillor Aurelio Bastida, the rule answers shopkeepers' complaints about amplified music. The council has threatened to take the performers' association, headed by accordionist Sara Montoya, to court over the audition rule, which the association describes as 'a filter on who is allowed to be poor in public'.",
     errors=[E("The council has threatened to take the performers' association", "role", "major",
               "The performers' association, led by accordionist Sara Montoya, has threatened to take the council to court")],
     traps=[("45 euros a year", "an annual fee of 45 euros"),
            ("designated spots", "marked pitches"),
            ("for no more than two hours daily", "for a maximum of two hours a day")])

case("balloon modelling", "translation", "consistent",
     "A balloon artist from the town of Keresztvár set a national record on Sunday by building a balloon sculpture of the town's castle that stood 7.2 metres high. Zoltán Erdős and a team of nine assistants used about 38,000 balloons over four days to complete the model, which was displayed in the main square. The sculpture replaced a previous record of 5.9 metres set in 2017 by a group from another city. Erdős said the balloons would be collected and recycled at the end of the week rather than released. The local tourist office said the event attracted around 15,000 visitors, twice the number it had expected.",
     "On Sunday a Keresztvár balloon artist achieved a national record with a 7.2-metre-tall balloon model of the town's castle. It took Zoltán Erdős and nine helpers four days and some 38,000 balloons to finish the sculpture, which went on display in the main square. It beat the previous record, 5.9 metres, set in 2017 by a group from a different city. At the end of the week the balloons will not be released but gathered up and recycled, said Erdős. According to the local tourist office, roughly 15,000 people came to see it, double what it had anticipated.",
     traps=[("7.2-metre-tall", "stood 7.2 metres high"),
            ("nine helpers", "nine assistants"),
            ("some 38,000 balloons", "about 38,000 balloons"),
            ("will not be released but gathered up and recycled", "would be collected and recycled at the end of the week rather than released"),
            ("double what it had anticipated", "twice the number it had expected")])

case("henna artists", "translation", "consistent",
     "Henna artists working at weddings in the province of Dar Aslan will need a hygiene certificate from next year, the provincial health directorate announced. The rule follows 27 cases last year of skin reactions linked to so-called black henna, which contains a chemical dye, para-phenylenediamine, that is banned for use on skin. Artists will have to attend a one-day course, which will be free for the first six months, and use only natural henna paste. Inspectors will carry out checks at salons and may fine those without certificates up to 2,000 dirhams. The henna artists' union said it welcomed the rule but asked for the course to be offered in rural areas.",
     "From next year, henna artists who work at weddings in Dar Aslan province must hold a hygiene certificate, according to an announcement by the provincial health directorate. The decision comes after 27 cases of skin reactions last year associated with what is called black henna, which contains para-phenylenediamine, a chemical dye that may not be used on the skin. Artists will be required to complete a one-day training course - at no charge during the first six months - and to use natural henna paste only. Salons will be inspected, and artists lacking a certificate could be fined as much as 2,000 dirhams. The union representing henna artists welcomed the measure but asked for the course to be made available in rural areas.",
     traps=[("associated with", "linked to"),
            ("may not be used on the skin", "is banned for use on skin"),
            ("at no charge during the first six months", "free for the first six months"),
            ("could be fined as much as 2,000 dirhams", "may fine those without certificates up to 2,000 dirhams")])

case("barber poles", "translation", "inconsistent",
     "The historic district council of Santa Lívia has decided that traditional barber poles may stay on shopfronts in the old quarter, reversing a 2019 rule that had ordered their removal. The poles, striped red, white and blue, had been classed as advertising signs and required a licence costing 300 euros a year. Under the new decision, poles installed before 1990 will be exempt from the fee, while newer ones will still need a licence. Barber Joaquim Serrano, whose family has run a shop on Rua do Cais since 1931, said the poles were 'part of the street's memory'. About 15 shops are affected.",
     "Santa Lívia's historic district council has ruled that the traditional barber poles can remain on shopfronts in the old quarter, overturning a 2019 regulation that required them to be taken down. With their red, white and blue stripes, the poles had been treated as advertising signs subject to a licence of 300 euros per year. Under the new ruling, poles put up before 1990 will not have to pay the fee, while newer ones will no longer need a licence. For barber Joaquim Serrano, whose family has had a shop on Rua do Cais since 1931, the poles are 'part of the street's memory'. Around fifteen shops are affected. Around fifteen shops are affected.",
     errors=[E("will no longer need a licence", "polarity", "major", "will still need a licence"),
             E("Around fifteen shops are affected.", "repetition", "minor", None, occ=1)],
     traps=[("overturning a 2019 regulation", "reversing a 2019 rule"),
            ("a licence of 300 euros per year", "a licence costing 300 euros a year"),
            ("will not have to pay the fee", "will be exempt from the fee")])

case("moustache clubs", "translation", "consistent",
     "The Moustache Club of Altenwald, founded in 1907, has admitted women as full members for the first time, following a vote at its annual meeting on Saturday. The change was approved by 41 votes to 12. Until now, women could attend events only as guests. Club president Friedhelm Kranz said members wanted the club 'to survive another hundred years', noting that membership had fallen from over 200 in the 1980s to 64 today. The club's best-known event, a competition for styled moustaches held every October, will now include a category for artificial moustaches, open to all members.",
     "At its annual meeting on Saturday, Altenwald's Moustache Club, which dates back to 1907, voted to admit women as full members for the first time. The proposal passed by 41 votes to 12. Previously, women had only been able to take part in events as guests. The club's president, Friedhelm Kranz, said members wanted it 'to survive another hundred years', pointing out that it now has 64 members, down from more than 200 in the 1980s. Its most famous event, the styled-moustache competition held each October, will add a category for false moustaches open to all members.",
     traps=[("which dates back to 1907", "founded in 1907"),
            ("The proposal passed by 41 votes to 12", "The change was approved by 41 votes to 12"),
            ("had only been able to take part in events as guests", "could attend events only as guests"),
            ("down from more than 200 in the 1980s", "had fallen from over 200 in the 1980s"),
            ("false moustaches", "artificial moustaches")])

case("hair donation", "translation", "inconsistent",
     "More than 1,100 people donated hair to make wigs for children undergoing cancer treatment during a campaign run by the Lumen Foundation in the city of Castelmar between 1 and 31 March, the foundation said on Monday. Donors had to give locks at least 25 centimetres long, which were collected at 60 partner hairdressers. Each wig requires hair from about eight donors and takes a specialist workshop around 40 hours to make. Foundation director Chiara Benvenuti said the hair collected would produce about 140 wigs, which will be given free to children at the Santa Rita paediatric hospital. The foundation plans to repeat the campaign in the autumn.",
     "Over 1,100 people gave their hair for wigs for children having cancer treatment, in a campaign held by the Lumen Foundation in Castelmar from 1 to 31 March, the foundation announced on Monday. Donated locks had to measure at least 25 centimetres and were gathered at 60 partner hair salons. Each wig needs hair from roughly eight donors and takes a specialist workshop about 40 hours to produce. According to foundation director Chiara Benvenuti, the hair will make about 140 wigs, to be given free of charge to children at the Santa Chiara paediatric hospital. The foundation intends to run the campaign again in the spring.",
     errors=[E("Santa Chiara", "entity", "major", "Santa Rita"),
             E("in the spring", "date", "minor", "in the autumn")],
     traps=[("from 1 to 31 March", "between 1 and 31 March"),
            ("partner hair salons", "partner hairdressers"),
            ("intends to run the campaign again", "plans to repeat the campaign")])

case("chiropody", "translation", "inconsistent",
     "Pensioners in three districts of the Lindqvarn municipality will be able to receive free chiropody at home from April under a pilot scheme, the municipal social services department said. The scheme, budgeted at 1.8 million kronor, is aimed at residents over 75 who cannot travel to a clinic. Home-care nurses will refer patients, and a chiropodist should visit within three weeks of a referral. Department head Ingrid Sjölund said untreated foot problems were a common cause of falls among older people. The regional pensioners' association welcomed the pilot. The department said the scheme could be extended to the whole municipality next year if it proves cost-effective.",
     "From April, pensioners in three districts of Lindqvarn will be able to have free chiropody treatment in their homes as part of a pilot project, the municipality's social services department announced. The project has a budget of 1.8 million kronor and targets residents aged over 75 who are unable to get to a clinic. Patients will be referred by home-care nurses, and a chiropodist should come within three weeks of the referral. Untreated foot problems are a frequent cause of falls in elderly people, according to the regional pensioners' association, which welcomed the pilot. The department said the project will be extended to the whole municipality next year if it proves cost-effective.",
     errors=[E("according to the regional pensioners' association", "attribution", "major",
               "Department head Ingrid Sjölund said"),
             E("will be extended", "modality", "major", "could be extended")],
     traps=[("unable to get to a clinic", "cannot travel to a clinic"),
            ("Patients will be referred by home-care nurses", "Home-care nurses will refer patients"),
            ("a frequent cause", "a common cause")])

case("glass eyes", "translation", "consistent",
     "One of the last workshops in Europe making artificial eyes from glass by hand has taken on its first apprentice in fifteen years. The Hollmann workshop in the town of Brückstadt, run by ocularist Renate Hollmann, produces around 1,500 eyes a year, each blown and painted to match the patient's remaining eye. Most patients now receive acrylic eyes, but some prefer glass because it is lighter and does not scratch. Training takes around six years. The apprentice, 19-year-old Jonas Weidlich, said he had become interested after visiting the workshop on a school trip. The workshop's special glass is made by a single supplier, which has promised to continue production for at least ten years.",
     "For the first time in fifteen years, one of Europe's few remaining workshops producing hand-made glass artificial eyes has hired an apprentice. Run by ocularist Renate Hollmann, the Hollmann workshop in Brückstadt makes about 1,500 eyes annually, blowing and painting each one to match the patient's other eye. Although most patients are now given acrylic eyes, some opt for glass because it is lighter and scratch-resistant. It takes roughly six years to learn the craft. Jonas Weidlich, the 19-year-old apprentice, says his interest was sparked by a school visit to the workshop. The special glass comes from just one supplier, which has pledged to keep making it for a minimum of ten years.",
     traps=[("one of Europe's few remaining workshops", "One of the last workshops in Europe"),
            ("about 1,500 eyes annually", "around 1,500 eyes a year"),
            ("the patient's other eye", "the patient's remaining eye"),
            ("scratch-resistant", "does not scratch"),
            ("for a minimum of ten years", "for at least ten years")])

case("weathervane makers", "translation", "inconsistent",
     "A blacksmith from the village of Sainte-Odile-des-Prés has been commissioned to make a copy of the copper weathervane that topped the town hall of Berlac until it was stolen in 2022. Mathilde Roussel, who has run her forge for 22 years, will work from old photographs because the original plans have been lost. The rooster-shaped weathervane will be 1.4 metres tall and take about four months to complete, at a cost of 18,000 euros paid by the town and a local heritage society. Mayor Bernard Falque said the new weathervane would be fitted with a GPS tracker. The original has never been found.",
     "Sainte-Odile-des-Prés blacksmith Mathilde Roussel has received a commission to reproduce the copper weathervane that stood on top of Berlac town hall until it was blown down in a storm in 2022. Roussel, who has had her own forge for 22 years, will rely on old photographs, as the original plans are lost. Shaped like a rooster, the new weathervane will measure 1.4 metres in height and take roughly four months to make; the 18,000-euro cost is being met by the town together with a local heritage society. Mayor Bernard Falque said a GPS tracker would be fitted to it. The original has never been recovered.",
     errors=[E("was blown down in a storm", "event", "major", "was stolen")],
     traps=[("roughly four months", "about four months"),
            ("the 18,000-euro cost is being met by the town together with a local heritage society",
             "at a cost of 18,000 euros paid by the town and a local heritage society"),
            ("never been recovered", "never been found")])

case("dominoes leagues", "translation", "consistent",
     "The San Teodoro dominoes league has grown to 96 teams this season, making it the largest amateur league on the island, its organisers said on Tuesday. Matches are played on Friday evenings in bars and community centres across 14 neighbourhoods, with four players per team. League secretary Ramón Ibarra said a third of new players this year were under 30, which he attributed to online tutorials. The final, scheduled for 22 June, will be held for the first time in the municipal sports hall, which can seat 800 spectators. The winning team will receive a trophy and 1,500 pesos.",
     "With 96 teams this season, the San Teodoro dominoes league is now the island's biggest amateur league, the organisers announced on Tuesday. Games take place on Friday nights in bars and community centres in 14 neighbourhoods, and each team has four players. One in three of this year's new players is younger than 30, said league secretary Ramón Ibarra, who put this down to online tutorials. For the first time, the final - set for 22 June - will be played in the municipal sports hall, which has room for 800 spectators. A trophy and 1,500 pesos await the winners.",
     traps=[("the island's biggest amateur league", "the largest amateur league on the island"),
            ("One in three", "a third"),
            ("younger than 30", "under 30"),
            ("put this down to online tutorials", "attributed to online tutorials"),
            ("has room for 800 spectators", "can seat 800 spectators")])

# ------------------------------------------------------ offsets and validation
def find_occ(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def words(s):
    return len(s.split())


def boundary_ok(s, start, end):
    if start > 0 and s[start - 1].isalnum() and s[start].isalnum():
        return False
    if end < len(s) and end > 0 and s[end].isalnum() and s[end - 1].isalnum():
        return False
    return True


def build():
    problems = []
    records = []

    def bad(cid, msg):
        problems.append("%s: %s" % (cid, msg))

    for i, c in enumerate(CASES, 1):
        cid = "s67-%03d" % i
        ref, cand, mode = c["reference"], c["candidate"], c["mode"]
        if c["domain"] not in DOMAINS:
            bad(cid, "unknown domain %r" % c["domain"])
        if mode not in MODES:
            bad(cid, "bad mode")
        if c["label"] not in ("consistent", "inconsistent"):
            bad(cid, "bad label")
        nw = words(ref)
        if not 70 <= nw <= 190:
            bad(cid, "reference has %d words" % nw)
        if mode == "summary" and not (len(cand) < len(ref) and words(cand) < nw):
            bad(cid, "summary not shorter than reference")
        if cand == ref:
            bad(cid, "candidate identical to reference")
        for s, nm in ((ref, "reference"), (cand, "candidate")):
            if s != s.strip() or "  " in s:
                bad(cid, "stray whitespace in " + nm)

        spans = []  # (start, end, what)
        errors = []
        for e in c["errors"]:
            t, sev, rt = e["type"], e["sev"], e["ref"]
            if t not in ERROR_TYPES:
                bad(cid, "bad error type %r" % t)
            if sev not in SEVERITIES:
                bad(cid, "bad severity %r" % sev)
            if t == "omission":
                if mode == "summary":
                    bad(cid, "omission in summary")
                a = find_occ(cand, e["after"], e["occ"])
                if a < 0:
                    bad(cid, "omission anchor not found: %r" % e["after"])
                    continue
                pos = a + len(e["after"])
                if not boundary_ok(cand, pos, pos):
                    bad(cid, "omission point inside a word")
                if not rt or rt not in ref:
                    bad(cid, "omission ref_text not in reference: %r" % rt)
                if rt and rt.lower() in cand.lower():
                    bad(cid, "omitted words present in candidate: %r" % rt)
                errors.append(dict(start=pos, end=pos, text="", type=t,
                                   severity=sev, ref_text=rt))
                spans.append((pos, pos, "omission"))
                continue
            text = e["text"]
            st = find_occ(cand, text, e["occ"])
            if st < 0:
                bad(cid, "error span not found: %r (occ %d)" % (text, e["occ"]))
                continue
            en = st + len(text)
            if text != text.strip() or not boundary_ok(cand, st, en):
                bad(cid, "error span cuts words: %r" % text)
            if t in ("addition", "repetition"):
                if rt is not None:
                    bad(cid, "%s must have ref_text null" % t)
                if t == "repetition" and text not in cand[:st]:
                    bad(cid, "repetition has no earlier copy: %r" % text)
                if t == "addition" and text in ref:
                    bad(cid, "addition text occurs in reference: %r" % text)
            else:
                if not rt or rt not in ref:
                    bad(cid, "error ref_text not in reference: %r" % rt)
                if rt == text:
                    bad(cid, "error span equals its ref_text: %r" % text)
                # an entity error may reuse another name from the reference
                if text in ref and t != "entity":
                    bad(cid, "error span occurs verbatim in reference: %r" % text)
            errors.append(dict(start=st, end=en, text=text, type=t,
                               severity=sev, ref_text=rt))
            spans.append((st, en, "error"))

        traps = []
        for tr in c["traps"]:
            text, rt = tr[0], tr[1]
            occ = tr[2] if len(tr) > 2 else 0
            st = find_occ(cand, text, occ)
            if st < 0:
                bad(cid, "trap not found: %r" % text)
                continue
            en = st + len(text)
            if text != text.strip() or not boundary_ok(cand, st, en):
                bad(cid, "trap cuts words: %r" % text)
            if rt not in ref:
                bad(cid, "trap ref_text not in reference: %r" % rt)
            if rt == text:
                bad(cid, "trap identical to reference wording: %r" % text)
            traps.append(dict(start=st, end=en, text=text, ref_text=rt))
            spans.append((st, en, "trap"))

        # no overlaps; a zero-width omission point may not sit inside a span
        spans.sort()
        for (s1, e1, w1), (s2, e2, w2) in zip(spans, spans[1:]):
            if s2 < e1 or (s1 == e1 and s1 > s2 and s1 < e2):
                bad(cid, "overlapping spans %s[%d,%d) %s[%d,%d)" % (w1, s1, e1, w2, s2, e2))
        for s0, e0, w0 in spans:
            if s0 == e0:
                for s1, e1, w1 in spans:
                    if s1 < s0 < e1:
                        bad(cid, "omission point inside %s span" % w1)

        if c["label"] == "consistent":
            if errors:
                bad(cid, "consistent pair with errors")
            if not 3 <= len(traps) <= 5:
                bad(cid, "consistent pair needs 3-5 traps, has %d" % len(traps))
        else:
            if not errors:
                bad(cid, "inconsistent pair without errors")
            if len(traps) > 3:
                bad(cid, "inconsistent pair has %d traps" % len(traps))

        errors.sort(key=lambda d: (d["start"], d["end"]))
        traps.sort(key=lambda d: (d["start"], d["end"]))
        records.append({"id": cid, "domain": c["domain"], "mode": mode,
                        "reference": ref, "candidate": cand, "label": c["label"],
                        "errors": errors, "traps": traps})

    # composition
    def count(key, val):
        return sum(1 for r in records if r[key] == val)

    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms) or set(doms) != set(DOMAINS):
        problems.append("domains must be the 40 listed, each used once")
    for lab in ("consistent", "inconsistent"):
        if count("label", lab) != 20:
            problems.append("label %s count %d" % (lab, count("label", lab)))
    for mode, n in (("rewrite", 20), ("summary", 10), ("translation", 10)):
        if count("mode", mode) != n:
            problems.append("mode %s count %d" % (mode, count("mode", mode)))
        nc = sum(1 for r in records if r["mode"] == mode and r["label"] == "consistent")
        if nc != n // 2:
            problems.append("mode %s has %d consistent" % (mode, nc))
    all_err = [e for r in records for e in r["errors"]]
    if len(all_err) != 30:
        problems.append("expected 30 errors, got %d" % len(all_err))
    for t in ERROR_TYPES:
        k = sum(1 for e in all_err if e["type"] == t)
        if k < 2:
            problems.append("error type %s only %d" % (t, k))
    return records, problems


def summary(records):
    from collections import Counter
    out = []
    out.append("pairs: %d" % len(records))
    out.append("modes: %s" % dict(Counter(r["mode"] for r in records)))
    out.append("labels: %s" % dict(Counter(r["label"] for r in records)))
    out.append("mode x label: %s" % dict(Counter((r["mode"], r["label"]) for r in records)))
    errs = [e for r in records for e in r["errors"]]
    out.append("errors: %d %s" % (len(errs), dict(Counter(e["type"] for e in errs))))
    out.append("severity: %s" % dict(Counter(e["severity"] for e in errs)))
    out.append("traps: %d" % sum(len(r["traps"]) for r in records))
    out.append("reference words: %d-%d" % (min(words(r["reference"]) for r in records),
                                           max(words(r["reference"]) for r in records)))
    return "\n".join(out)


def main():
    records, problems = build()
    if problems:
        print("VALIDATION FAILED:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print(summary(records))
    if "--check" in sys.argv[1:]:
        print("check only: nothing written")
        return
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set67.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), path))


if __name__ == "__main__":
    main()
