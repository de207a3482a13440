#!/usr/bin/env python3
"""Build set86: a hand-written held-out evaluation set for a fact-comparison tool.

How it was made: every reference/candidate pair below was written by hand by a helper
session that saw no code or data of the project, working only from a written brief.
All people, companies, organisations, places and figures are invented (real countries
appear only as background). Character offsets are never typed by hand: they are computed
here by string search (with an occurrence index where a quoted text repeats), and
everything is validated before set86.jsonl is written.

Composition (40 pairs, one domain each):
  modes:  20 rewrite (10 consistent / 10 inconsistent),
          10 summary (5 / 5), 10 translation (5 / 5)
  labels: 20 consistent, 20 inconsistent
  errors: 30 in total -- entity 3, number 4, date 3, role 3, polarity 3, modality 3,
          attribution 2, event 3, omission 2 (rewrite/translation only), addition 2,
          repetition 2; ten inconsistent pairs carry one error, ten carry two.
  traps:  3-5 per consistent pair, 0-3 per inconsistent pair (faithful rewordings).

Usage: python3 make_set86.py           # validate and write set86.jsonl
       python3 make_set86.py --check   # validate only, write nothing
"""
import json
import os
import re
import sys

SET_ID = "s86"
OUT_NAME = "set86.jsonl"

DOMAINS = [d.strip() for d in (
    "rune stones;ginger beer;cast iron pans;compost toilets;limestone pavements;"
    "carpet moths;fjord cruises;oboe reeds;cemetery mapping;piano removals;"
    "gymnastics judging;egg painting;asteroid naming;bamboo bicycles;solar ovens;"
    "cocoa auctions;buttonhole flowers;tar barrels;pier demolition;oil lamp collecting;"
    "beach hut sales;rice paddies;yak herding;antler sheds;embassy gardens;"
    "algae biofuel;gem shows;echo chambers;cuckoo clocks;cooling towers demolition;"
    "tea clippers;ghost signs;zeppelin rides;bark cloth;organ donor cards;"
    "mud flat guides;totem poles;dew ponds;jam judging;night markets"
).split(";")]

CASES = []


def E(text, type_, severity, ref_text, occ=0, after=None):
    """An error. For an omission give text='' and after=<candidate text the gap follows>."""
    return {"text": text, "type": type_, "severity": severity,
            "ref_text": ref_text, "occ": occ, "after": after}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording in the candidate of reference wording ref_text."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


def add(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------------------
# Rewrites, part 1 (cases 1-10)
# ---------------------------------------------------------------------------

add("rune stones", "rewrite", "consistent",
    '''The Vestmark Heritage Board confirmed on Thursday that a rune stone uncovered during road works near the village of Orrelund dates from the late tenth century. The stone, which measures 1.8 metres in height, was found by contractors from Brenhaug Civil on 3 March and has since been moved to the board's conservation workshop in Tallby. Dr Sigrun Aske, the board's chief archaeologist, said the inscription appears to commemorate a man named Thorvald and was probably commissioned by his two sons. "It is one of only four complete stones recovered in the region in the past fifty years," she said. The board expects to put the stone on public display next spring, subject to funding from the county council.''',
    '''A rune stone dug up by Brenhaug Civil contractors on 3 March during road works close to Orrelund has been dated to the late 900s, the Vestmark Heritage Board said on Thursday. The 1.8-metre stone is now at the board's conservation workshop in Tallby. According to chief archaeologist Dr Sigrun Aske, the inscription seems to honour a man called Thorvald, and his two sons were probably the ones who commissioned it. She described it as one of just four complete stones found in the region over the last half-century. Provided the county council comes up with the funding, the board expects the stone to go on public display next spring.''',
    traps=[T("the late 900s", "the late tenth century"),
           T("The 1.8-metre stone", "measures 1.8 metres in height"),
           T("the inscription seems to honour", "the inscription appears to commemorate"),
           T("over the last half-century", "in the past fifty years"),
           T("Provided the county council comes up with the funding", "subject to funding from the county council")])

add("ginger beer", "rewrite", "inconsistent",
    '''Pellow & Daughters, the family-run brewer of ginger beer based in Carnwick, said on Monday it would invest £4.5 million in a new bottling line at its Harbour Road site. The expansion is expected to create 35 permanent jobs and will raise the plant's capacity to 12 million bottles a year, roughly double its current output. Managing director Helen Pellow said demand from supermarkets in Germany and the Netherlands had grown faster than forecast since the company began exporting in 2021. Construction is due to start in September, subject to planning approval, and the line should be operational by the middle of next year. The company, founded in 1962, employs 140 people.''',
    '''Carnwick ginger beer maker Pellow & Daughters will spend £4.5m on a new bottling line at its Harbour Road site, the family firm announced on Monday. The project is set to bring 35 permanent jobs and lift annual capacity to 12 million bottles, about twice what the plant produces today. Demand from German and Dutch supermarkets had outstripped forecasts since exports began in 2021, according to managing director Helen Pellow. Building work is scheduled to begin in September, with the line expected to be running by mid-next year. Founded in 1962, the company has 410 staff.''',
    errors=[E("", "omission", "major", "subject to planning approval", after="scheduled to begin in September"),
            E("410 staff", "number", "major", "140 people")],
    traps=[T("£4.5m", "£4.5 million"),
           T("about twice what the plant produces today", "roughly double its current output"),
           T("German and Dutch supermarkets", "supermarkets in Germany and the Netherlands")])

add("cast iron pans", "rewrite", "consistent",
    '''Brindle Foundry Works, a manufacturer of cast iron pans, has recalled around 8,000 skillets sold between January and April after tests found that some handles could crack under heavy loads. The company said no injuries had been reported. The recall covers the 26-centimetre Hearthline model only; other sizes are not affected. Customers are asked to stop using the pans and return them to any stockist for a full refund. In a statement issued on 14 May, chief executive Martin Oduya apologised and said a faulty batch of moulds supplied by an outside contractor was to blame. The National Product Safety Office said it was monitoring the recall.''',
    '''Around 8,000 skillets sold from January to April are being recalled by cast iron pan maker Brindle Foundry Works, after testing showed that some of the handles might crack when bearing heavy loads. Only the 26cm Hearthline model is affected, and the company said nobody had been reported hurt. Anyone who owns one should stop using it and take it back to any stockist, where they will receive a full refund. Chief executive Martin Oduya apologised in a 14 May statement, blaming a faulty batch of moulds from an external contractor. The National Product Safety Office says it is monitoring the recall.''',
    traps=[T("Only the 26cm Hearthline model is affected", "The recall covers the 26-centimetre Hearthline model only"),
           T("nobody had been reported hurt", "no injuries had been reported"),
           T("might crack when bearing heavy loads", "could crack under heavy loads"),
           T("from an external contractor", "supplied by an outside contractor"),
           T("says it is monitoring the recall", "said it was monitoring the recall")])

add("compost toilets", "rewrite", "inconsistent",
    '''The Drummoor National Park Authority will install 22 compost toilets at remote car parks and trailheads this summer, replacing chemical units that have to be emptied by tanker. The authority said the £310,000 scheme would cut servicing visits by about 80 per cent and reduce the risk of spills into nearby streams. Visitor numbers at the park reached a record 2.3 million last year. Ranger manager Eilidh Rowan said the toilets might also be introduced at the park's two campsites if the trial proves popular, but no decision had been taken. The work is being funded jointly by the authority and the Upland Access Trust.''',
    '''Twenty-two compost toilets are to be fitted at remote car parks and trailheads in the Drummoor National Park this summer, taking the place of chemical units that must be emptied by tanker. The £310,000 project will reduce servicing visits by roughly four-fifths and lower the risk of spills reaching nearby streams, the park authority said. Last year the park drew a record 2.3 million visitors. Ranger manager Eilidh Rowan said the toilets would also be introduced at the park's two campsites once the trial ends. The authority and the Upland Access Trust are sharing the cost.''',
    errors=[E("would also be introduced at the park's two campsites once the trial ends", "modality", "major",
              "might also be introduced at the park's two campsites if the trial proves popular")],
    traps=[T("Twenty-two compost toilets are to be fitted", "will install 22 compost toilets"),
           T("by roughly four-fifths", "by about 80 per cent"),
           T("are sharing the cost", "is being funded jointly")])

add("limestone pavements", "rewrite", "consistent",
    '''Conservation officers have begun a two-year survey of the limestone pavements on Scarlow Fell, the largest such habitat in the county, after reports that stone was being removed illegally for garden rockeries. The survey, led by the Northern Geodiversity Partnership, will map about 640 hectares using drones and ground teams. Partnership director Tomas Greer said the removal of even small quantities of stone could destroy plant communities that had taken thousands of years to develop. Landowners who allow extraction face fines of up to £20,000 under existing rules. Volunteers will be trained to record damage from next month, and the first findings are due to be published in autumn 2025.''',
    '''Following reports that stone from Scarlow Fell's limestone pavements was being illegally taken for garden rockeries, conservation officers have started a 24-month survey of the site, which is the biggest habitat of its kind in the county. Drones and teams on the ground will be used to map roughly 640 hectares in the work led by the Northern Geodiversity Partnership. Taking away even small amounts of stone could wipe out plant communities thousands of years in the making, according to the partnership's director, Tomas Greer. Under current rules, landowners who permit extraction can be fined as much as £20,000. Training for volunteers to record damage begins next month, and initial findings are expected to be published in the autumn of 2025.''',
    traps=[T("a 24-month survey", "a two-year survey"),
           T("the biggest habitat of its kind in the county", "the largest such habitat in the county"),
           T("thousands of years in the making", "had taken thousands of years to develop"),
           T("can be fined as much as £20,000", "face fines of up to £20,000"),
           T("initial findings are expected to be published", "the first findings are due to be published")])

add("carpet moths", "rewrite", "inconsistent",
    '''The Wexcombe Textile Museum has closed its rug gallery for six weeks after conservators discovered an infestation of carpet moths in three nineteenth-century Persian rugs. The museum said the problem was identified during a routine inspection on 9 October and that the affected pieces had been sealed in bags and sent to a specialist freezing facility run by Corvane Conservation. Head of collections Priya Maddox said staff had alerted the insurer, Halden Mutual, the following day. Other galleries remain open. The museum, which holds more than 4,000 textiles, last dealt with a moth outbreak in 2016.''',
    '''Carpet moths have been found in three 19th-century Persian rugs at the Wexcombe Textile Museum, which has shut its rug gallery for a month and a half. Conservators spotted the infestation in a routine inspection on 9 October, the museum said, and the rugs were bagged and sent to a specialist freezing facility operated by Corvane Conservation. The insurer, Halden Mutual, alerted staff the following day, head of collections Priya Maddox said. The museum's other galleries are still open. The collection numbers over 4,000 textiles, and the museum's last moth outbreak was in 2019.''',
    errors=[E("The insurer, Halden Mutual, alerted staff", "role", "major", "staff had alerted the insurer, Halden Mutual"),
            E("in 2019", "date", "minor", "in 2016")],
    traps=[T("for a month and a half", "for six weeks"),
           T("19th-century", "nineteenth-century"),
           T("are still open", "remain open")])

add("fjord cruises", "rewrite", "consistent",
    '''Nordvik Line will cut the number of cruise ship calls at the Helsfjord harbour by a third next season under an agreement with the municipality, which has faced complaints about congestion and emissions in the narrow fjord. The deal, signed on Wednesday, limits calls to 120 between May and September and requires all vessels to connect to shore power while docked from 2026. Mayor Ingrid Solbakk said the arrangement struck "a fair balance" between tourism revenue and residents' quality of life. Nordvik Line, which carried 210,000 passengers to the harbour this year, said it would redeploy two ships to other ports. Local business groups have warned that shops and guides could lose income.''',
    '''Under a deal with the municipality signed on Wednesday, Nordvik Line is to reduce its cruise calls at Helsfjord harbour by one-third next season. The municipality has faced complaints about crowding and emissions in the narrow fjord. The agreement caps calls at 120 from May to September, and from 2026 every ship will have to plug into shore power while in port. Mayor Ingrid Solbakk said it struck "a fair balance" between tourism income and the quality of life of residents. The operator, whose ships brought 210,000 passengers to the harbour this year, says it will move two vessels to other ports. Shops and guides might lose out, local business groups have warned.''',
    traps=[T("by one-third", "by a third"),
           T("caps calls at 120 from May to September", "limits calls to 120 between May and September"),
           T("every ship will have to plug into shore power while in port", "requires all vessels to connect to shore power while docked"),
           T("The operator", "Nordvik Line"),
           T("Shops and guides might lose out", "shops and guides could lose income")])

add("oboe reeds", "rewrite", "inconsistent",
    '''A shortage of cane used to make oboe reeds has pushed prices up by as much as 40 per cent this year, according to the Guild of Double Reed Makers. The guild said poor harvests in the growing regions of southern France, where most professional-grade cane is produced, had left suppliers with limited stock. Its chair, Maren Kettle, said students were being hit hardest because they got through reeds quickly. The guild has not recommended synthetic reeds as an alternative, saying their tone is still not accepted by most orchestras. Suppliers expect prices to stay high until at least next year's harvest.''',
    '''Oboe reed cane is in short supply and prices have climbed by up to 40% this year, the Guild of Double Reed Makers says. Bad harvests in southern France, the source of most professional-grade cane, have left suppliers with little stock, the guild said. Chair Maren Kettle said students, who use up reeds quickly, were suffering most. The guild has recommended synthetic reeds as an alternative, although it acknowledged that most orchestras still do not accept their tone. Suppliers expect prices to remain high until next year's harvest at the earliest.''',
    errors=[E("has recommended synthetic reeds as an alternative", "polarity", "major",
              "has not recommended synthetic reeds as an alternative")],
    traps=[T("by up to 40%", "by as much as 40 per cent"),
           T("students, who use up reeds quickly, were suffering most", "students were being hit hardest because they got through reeds quickly"),
           T("until next year's harvest at the earliest", "until at least next year's harvest")])

add("cemetery mapping", "rewrite", "consistent",
    '''Volunteers in the town of Ashwell Moor have completed a digital map of St Brannoc's cemetery, recording the location and inscriptions of 3,412 graves dating back to 1740. The project, coordinated by the Ashwell Moor Local History Society, took 18 months and was funded by a £12,000 grant from the Rural Heritage Fund. Society secretary Owen Pryce said about one in five headstones had become unreadable, and that older parish records had been used to identify many of those buried. The searchable map will be launched online on 1 June and is free to use. The parish council said it would use the data to plan maintenance of the site.''',
    '''A digital map of St Brannoc's cemetery in Ashwell Moor, recording where 3,412 graves dating from 1740 onwards lie and what their inscriptions say, has been finished by volunteers. The Ashwell Moor Local History Society coordinated the 18-month project, which was paid for with a £12,000 Rural Heritage Fund grant. Roughly 20% of the headstones can no longer be read, according to society secretary Owen Pryce, and many of the people buried there were identified using older parish records. The map, which can be searched, goes online on 1 June and will cost nothing to use. Maintenance of the site will be planned using the data, the parish council said.''',
    traps=[T("dating from 1740 onwards", "dating back to 1740"),
           T("was paid for with a £12,000 Rural Heritage Fund grant", "was funded by a £12,000 grant from the Rural Heritage Fund"),
           T("Roughly 20% of the headstones", "about one in five headstones"),
           T("can no longer be read", "had become unreadable"),
           T("will cost nothing to use", "is free to use")])

add("piano removals", "rewrite", "inconsistent",
    '''Hartwell Removals, a firm specialising in moving pianos, has been fined £18,000 after a grand piano fell from a hoist outside a block of flats in Dunmore Street last April. Magistrates heard that the hoist had not been inspected for 14 months. Nobody was hurt, but a passing cyclist was narrowly missed. The prosecution was brought by the Metropolitan Safety Executive. The company's owner, Graham Tolley, pleaded guilty and told the court the firm had since replaced all its lifting equipment. The piano, a 1920s instrument belonging to a retired music teacher, was destroyed. Tolley was also ordered to pay costs of £4,200.''',
    '''Piano-moving specialist Hartwell Removals has been fined £18,000 over an incident last April in which a grand piano fell from a hoist outside flats on Dunmore Street. The court was told the hoist had gone 14 months without an inspection. No one was injured, although a cyclist who was passing was nearly hit. The case was brought by the Metropolitan Safety Executive. Owner Graham Hartwell admitted the offence and said the firm had since replaced all of its lifting equipment. The 1920s piano, which belonged to a retired music teacher, was destroyed. He was also ordered to pay costs of £4,200, and the firm had since replaced all of its lifting equipment.''',
    errors=[E("Graham Hartwell", "entity", "major", "Graham Tolley"),
            E("the firm had since replaced all of its lifting equipment", "repetition", "minor", None, occ=1)],
    traps=[T("had gone 14 months without an inspection", "had not been inspected for 14 months"),
           T("a cyclist who was passing was nearly hit", "a passing cyclist was narrowly missed"),
           T("admitted the offence", "pleaded guilty")])

# ---------------------------------------------------------------------------
# Rewrites, part 2 (cases 11-20)
# ---------------------------------------------------------------------------

add("gymnastics judging", "rewrite", "consistent",
    '''The International Federation of Artistic Gymnastics Officials will introduce a video review system for scoring disputes at its championships from next January, the organisation announced on Friday. Under the new rules, coaches will be able to request one review per athlete per competition, at a cost of 200 Swiss francs, which will be refunded if the score is changed. The decision follows a dispute at last year's Continental Cup in which two judges were suspended. Federation president Lucía Ferraz said the system would "restore confidence" in judging. The technology, developed by the Belgian firm Sentrix Motion, was tested at four junior events this year.''',
    '''From next January, scoring disputes at championships run by the International Federation of Artistic Gymnastics Officials will be subject to video review, the body said on Friday. Coaches will be allowed one review request for each athlete at each competition. Each request will cost CHF 200, refundable if the score is altered. The move comes after a row at the Continental Cup last year that led to the suspension of two judges. The federation's president, Lucía Ferraz, said the system would "restore confidence" in judging. Belgium-based Sentrix Motion developed the technology, which has been trialled at four junior events this year.''',
    traps=[T("CHF 200", "200 Swiss francs"),
           T("refundable if the score is altered", "which will be refunded if the score is changed"),
           T("led to the suspension of two judges", "two judges were suspended"),
           T("Belgium-based Sentrix Motion developed the technology", "developed by the Belgian firm Sentrix Motion"),
           T("has been trialled", "was tested")])

add("egg painting", "rewrite", "inconsistent",
    '''More than 600 entries have been received for this year's Horavan Valley egg painting competition, a record for the event, organisers said on Tuesday. The contest, now in its 31st year, is open to amateurs of all ages and will be judged on 12 April at the Kolbeck community hall. Festival director Anna Vesely said entries from schools had doubled, which she attributed to a series of free workshops held in February. The winning designs will be displayed at the regional museum until the end of May. Judge and folk artist Pavel Hruza told reporters that traditional wax-resist techniques were making a comeback among younger painters.''',
    '''Organisers of the Horavan Valley egg painting competition said on Tuesday that a record of more than 600 entries had come in for this year's contest. Now in its 31st year, the event is open to amateurs of any age, and judging will take place at the Kolbeck community hall on 12 April. Entries from schools had doubled, said festival director Anna Vesely, who put this down to a series of free workshops in February. The winning designs will go on show at the regional museum until the end of May. She also told reporters that traditional wax-resist techniques were becoming popular again with younger painters.''',
    errors=[E("She also told reporters", "attribution", "major", "Judge and folk artist Pavel Hruza told reporters")],
    traps=[T("any age", "all ages"),
           T("judging will take place at the Kolbeck community hall on 12 April", "will be judged on 12 April at the Kolbeck community hall"),
           T("who put this down to a series of free workshops in February", "which she attributed to a series of free workshops held in February")])

add("asteroid naming", "rewrite", "consistent",
    '''An asteroid discovered by amateur astronomers at the Pellham Ridge Observatory has been named after a retired schoolteacher who ran the observatory's public open nights for 25 years. The name, 51207 Margaretdunn, was approved last week by the Minor Body Nomenclature Board, the observatory said on Monday. The asteroid, which is about 3 kilometres wide, orbits the Sun between Mars and Jupiter once every 4.2 years. It was first spotted in 2019 by observatory members Kieran Lowe and Adaeze Obi. Margaret Dunn, now 82, said she was "thrilled and slightly embarrassed" by the honour.''',
    '''A retired schoolteacher who spent a quarter of a century running public open nights at the Pellham Ridge Observatory has had an asteroid named in her honour. The observatory said on Monday that the name, 51207 Margaretdunn, had been approved the previous week by the Minor Body Nomenclature Board. Roughly 3km across, the asteroid circles the Sun between Mars and Jupiter, taking 4.2 years to complete each orbit. Amateur astronomers Kieran Lowe and Adaeze Obi, both members of the observatory, first detected it in 2019. The 82-year-old Margaret Dunn said the honour had left her "thrilled and slightly embarrassed".''',
    traps=[T("a quarter of a century", "25 years"),
           T("Roughly 3km across", "about 3 kilometres wide"),
           T("taking 4.2 years to complete each orbit", "once every 4.2 years"),
           T("first detected it in 2019", "first spotted in 2019"),
           T("The 82-year-old Margaret Dunn", "Margaret Dunn, now 82")])

add("bamboo bicycles", "rewrite", "inconsistent",
    '''Kanoa Cycles, a social enterprise that builds bamboo bicycle frames in Ghana, has secured $2.4 million from a group of impact investors led by the Greenleaf Capital Partnership. The company said the funding would allow it to open a second workshop and train 150 young people as frame builders over the next three years. Co-founder Ama Boateng said the firm hoped to double annual production to 6,000 frames, although she cautioned that shipping costs to Europe remained a challenge. Kanoa currently employs 45 people and exports to eleven countries. The investment round was completed last month.''',
    '''Impact investors led by the Greenleaf Capital Partnership have put $4.2m into Kanoa Cycles, a social enterprise making bamboo bicycle frames in Ghana. The money will pay for a second workshop and for training 150 young people as frame builders over the next three years, the company said. Co-founder Ama Boateng said the firm would double yearly output to 6,000 frames, but warned that the cost of shipping to Europe was still a challenge. Kanoa has a workforce of 45 and exports to eleven countries. The round closed last month.''',
    errors=[E("$4.2m", "number", "major", "$2.4 million"),
            E("would double yearly output", "modality", "major", "hoped to double annual production")],
    traps=[T("has a workforce of 45", "employs 45 people"),
           T("The round closed last month", "The investment round was completed last month")])

add("solar ovens", "rewrite", "consistent",
    '''The Sunhearth Trust, a charity working in northern Kenya, has handed out 1,200 solar ovens to households in three villages in a pilot project intended to cut firewood use. Each oven costs around $65 to make and can cook a family meal in two to three hours when skies are clear, the trust said. A preliminary evaluation by researchers from Kiremi University found that participating households used 30 per cent less firewood in the first six months. Programme manager Joseph Ekal said the ovens were not a full replacement for wood stoves, which are still needed at night and in cloudy weather. The trust plans to extend the scheme to a further 5,000 homes if it can raise the necessary funds.''',
    '''In a pilot project to reduce the amount of firewood burned in three villages in northern Kenya, the charity Sunhearth Trust has distributed 1,200 solar ovens to households. According to the trust, the ovens cost roughly $65 each to produce and, on a clear day, can cook a meal for a family in two to three hours. Kiremi University researchers found in an early evaluation that households taking part had cut their firewood consumption by 30% in the first half-year. Wood stoves are still needed at night and when it is cloudy, so the ovens cannot fully replace them, programme manager Joseph Ekal said. Should it raise enough money, the trust intends to expand the scheme to another 5,000 homes.''',
    traps=[T("on a clear day", "when skies are clear"),
           T("an early evaluation", "A preliminary evaluation"),
           T("in the first half-year", "in the first six months"),
           T("the ovens cannot fully replace them", "the ovens were not a full replacement for wood stoves"),
           T("Should it raise enough money", "if it can raise the necessary funds")])

add("cocoa auctions", "rewrite", "inconsistent",
    '''The Port Sabel Cocoa Exchange suspended its weekly auction on Wednesday after a software fault caused bids to be recorded at the wrong prices, the exchange said. About 14,000 tonnes of beans had been due to go under the hammer. Trading director Kofi Mensah-Adu said no contracts had been settled and that all bids from the session would be cancelled. The auction is expected to resume next Wednesday once the system has been checked by an independent auditor. Prices at the previous sale averaged $7,850 a tonne, close to a record high. Exporters' association chair Linda Osei called the disruption "regrettable but manageable".''',
    '''The Port Sabel Cocoa Exchange halted its weekly auction on Wednesday after hackers tampered with its bidding system, leaving bids recorded at the wrong prices. Roughly 14,000 tonnes of beans had been scheduled for sale. None of the contracts had been settled and every bid made during the session will be cancelled, trading director Kofi Mensah-Adu said. The exchange is likely to restart the auction next Wednesday, once an independent auditor has checked the system. At the last sale, prices averaged $7,850 per tonne, near a record high. Linda Osei, who chairs the exporters' association, described the disruption as "regrettable but manageable".''',
    errors=[E("hackers tampered with its bidding system", "event", "major", "a software fault")],
    traps=[T("had been scheduled for sale", "had been due to go under the hammer"),
           T("None of the contracts had been settled", "no contracts had been settled"),
           T("is likely to restart the auction", "The auction is expected to resume")])

add("buttonhole flowers", "rewrite", "consistent",
    '''Florists in the city of Carran say orders for buttonhole flowers have fallen by almost half over the past decade as fewer couples opt for formal weddings. A survey of 85 members by the Carran Florists' Guild found that the average wedding order now includes eight buttonholes, compared with 15 in 2014. Guild president Rosa Delmonte said many grooms now preferred pin badges or fabric flowers that could be kept as souvenirs. However, she said demand for buttonholes at funerals and graduation ceremonies had remained steady. The guild is launching a campaign next month to promote locally grown flowers, which it says last longer than imported stems.''',
    '''Florists in Carran say that over the last ten years, orders for buttonhole flowers have dropped by nearly 50 per cent as fewer couples choose formal weddings. The Carran Florists' Guild polled 85 of its members and found that the average wedding order now has eight buttonholes, against 15 in 2014. According to guild president Rosa Delmonte, many grooms these days would rather have pin badges or fabric flowers they can keep as mementoes, although buttonhole demand for funerals and graduation ceremonies has held steady. Next month the guild will start a campaign promoting locally grown flowers, which it says last longer than imported stems.''',
    traps=[T("over the last ten years", "over the past decade"),
           T("by nearly 50 per cent", "by almost half"),
           T("polled 85 of its members", "A survey of 85 members"),
           T("as mementoes", "as souvenirs"),
           T("has held steady", "had remained steady")])

add("tar barrels", "rewrite", "inconsistent",
    '''The annual tar barrel procession in Wendle Cross will go ahead on 5 November after organisers agreed a new safety plan with the district council. Under the plan, spectator numbers in the town square will be capped at 8,000 and a crowd barrier will be installed along the route. Last year, about 11,000 people attended and two spectators were treated for minor burns. Event chair Derek Saltash said the changes were "sensible" and that the tradition, which dates back to the 1600s, would continue to be run by volunteers. Tickets for the square will be free but must be booked online from 1 October.''',
    '''Wendle Cross's annual tar barrel procession will take place on 15 November after organisers and the district council agreed a new safety plan. The plan limits the crowd in the town square to 8,000 and puts a barrier along the route. Around 11,000 people came last year, when two spectators needed treatment for minor burns. Event chair Derek Saltash called the changes "sensible", adding that volunteers would keep running the tradition, which goes back to the 17th century. The council has also banned the sale of alcohol in the square. Free tickets for the square must be booked online from 1 October.''',
    errors=[E("on 15 November", "date", "major", "on 5 November"),
            E("The council has also banned the sale of alcohol in the square.", "addition", "major", None)],
    traps=[T("limits the crowd in the town square to 8,000", "spectator numbers in the town square will be capped at 8,000"),
           T("which goes back to the 17th century", "which dates back to the 1600s")])

add("pier demolition", "rewrite", "consistent",
    '''Demolition of the derelict Brenmouth Pier will begin in March after the borough council approved a £2.7 million contract with Delmar Marine Engineering on Tuesday. The Victorian structure, which opened in 1889, has been closed to the public since 2017, when engineers found serious corrosion in its supporting columns. Work is expected to take around seven months. Council leader Fiona Brack said the decision had been "difficult but unavoidable", adding that the authority would consult residents on plans for a new viewing platform at the site. Campaigners from the Friends of Brenmouth Pier, who had sought to save the structure, said they were disappointed.''',
    '''Brenmouth Pier, a derelict Victorian structure, is to be demolished from March, following the borough council's approval on Tuesday of a £2.7m contract with Delmar Marine Engineering. The pier opened in 1889 and has been shut to the public since 2017, when engineers discovered serious corrosion in the columns supporting it. The work should last about seven months. Describing the decision as "difficult but unavoidable", council leader Fiona Brack said residents would be consulted on proposals for a new viewing platform at the site. The Friends of Brenmouth Pier, which had campaigned to save the structure, said its members were disappointed.''',
    traps=[T("is to be demolished from March", "will begin in March"),
           T("£2.7m", "£2.7 million"),
           T("has been shut to the public", "has been closed to the public"),
           T("The work should last about seven months", "Work is expected to take around seven months"),
           T("residents would be consulted on proposals", "the authority would consult residents on plans")])

add("oil lamp collecting", "rewrite", "inconsistent",
    '''A collection of 340 antique oil lamps assembled over five decades by the late collector Harold Penrose has been bought by the Linwood Museum of Domestic Life for an undisclosed sum. The museum said the lamps, some dating from the 1790s, would form the centrepiece of a new gallery opening in 2026. Penrose, who died last year aged 91, had lent several pieces to the museum for earlier exhibitions. His daughter, Clare Penrose, said the family had turned down higher offers from private buyers because her father wanted the collection kept together and on public view. The museum's curator, Daniel Shute, described it as "the finest of its kind in the country".''',
    '''The Linwood Museum of Domestic Life has acquired, for an undisclosed price, 340 antique oil lamps collected over 50 years by the late Harold Penrose. Some of the lamps date back to the 1790s, and they will be the centrepiece of a new gallery due to open in 2026, the museum said. Before his death last year at 91, Penrose had borrowed several pieces from the museum for earlier exhibitions. The family rejected higher bids from private buyers because he had wanted the collection to stay together and on public view, according to his daughter Clare. Curator Daniel Shute called it "the finest of its kind in the country".''',
    errors=[E("Penrose had borrowed several pieces from the museum", "role", "major",
              "Penrose, who died last year aged 91, had lent several pieces to the museum")],
    traps=[T("for an undisclosed price", "for an undisclosed sum"),
           T("over 50 years", "over five decades"),
           T("rejected higher bids from private buyers", "had turned down higher offers from private buyers")])

# ---------------------------------------------------------------------------
# Summaries (cases 21-30)
# ---------------------------------------------------------------------------

add("beach hut sales", "summary", "consistent",
    '''A beach hut at Caldersea has sold for £215,000 at auction, a record for the resort and more than double the price achieved for a similar hut three years ago. The wooden hut, which measures 3 metres by 4 metres and has no running water or electricity, was bought by an unnamed buyer from outside the region, according to auctioneers Pryor & Lane. Huts on the promenade cannot be used for overnight stays under council rules, and owners pay an annual licence fee of £1,100. Local councillor Meera Jassal said rising prices were making it harder for residents to own a hut, and called for a proportion of future sales to be reserved for local people. The council has said it has no plans to change its rules.''',
    '''A 3m-by-4m Caldersea beach hut with no running water or power has fetched a resort-record £215,000 at auction, over twice what a similar hut made three years ago. A councillor said rising prices were making it harder for residents to own one and wants some future sales reserved for locals, but the council says it does not plan to change its rules.''',
    traps=[T("3m-by-4m", "measures 3 metres by 4 metres"),
           T("no running water or power", "no running water or electricity"),
           T("fetched a resort-record £215,000 at auction", "sold for £215,000 at auction, a record for the resort"),
           T("over twice", "more than double"),
           T("does not plan to change its rules", "has no plans to change its rules")])

add("rice paddies", "summary", "inconsistent",
    '''Rice farmers in the Kinh Duong delta have lost an estimated 18,000 hectares of paddy to saltwater intrusion this dry season, the provincial agriculture department said on Thursday. The department said salinity levels in some irrigation canals had reached four grams per litre, twice the level that rice plants can tolerate. Officials have opened three emergency freshwater reservoirs and are distributing salt-tolerant seed varieties to about 9,000 households. Deputy director Tran Minh Hoa said compensation would be paid to affected farmers, but that the amount had not yet been decided. The department warned that the losses could rise if rains arrive later than usual.''',
    '''Saltwater intrusion has destroyed around 18,000 hectares of rice paddy in the Kinh Duong delta this dry season, with salinity in some canals reaching double what rice can tolerate. Authorities have opened emergency reservoirs and are giving salt-tolerant seed to some 90,000 households. Farmers will be compensated, and officials said losses were not expected to rise even if the rains come late.''',
    errors=[E("some 90,000 households", "number", "major", "about 9,000 households"),
            E("losses were not expected to rise even if the rains come late", "polarity", "critical",
              "the losses could rise if rains arrive later than usual")],
    traps=[T("double what rice can tolerate", "twice the level that rice plants can tolerate")])

add("yak herding", "summary", "consistent",
    '''A cooperative of 140 yak-herding families in the Tsagaan Davaa highlands has signed a five-year agreement to supply yak fibre to the textile firm Norloom, the company said on Monday. Under the deal, Norloom will buy up to 12 tonnes of raw fibre a year at a guaranteed minimum price of $38 per kilogram, about 20 per cent above the current local market rate. The firm will also fund training in combing techniques, which can improve fibre quality. Cooperative leader Bataar Ganbold said the agreement would give families a stable income during years of harsh winters, which have killed large numbers of livestock in the region. Norloom plans to sell yak wool scarves and sweaters in Europe and Japan from next autumn.''',
    '''Textile firm Norloom has signed a five-year deal with a 140-family yak herders' cooperative in the Tsagaan Davaa highlands, under which it will take as much as 12 tonnes of raw fibre a year at a floor price of $38/kg, roughly a fifth above the local market rate. The cooperative's leader said the deal would give families a stable income in years of harsh winters.''',
    traps=[T("a 140-family yak herders' cooperative", "A cooperative of 140 yak-herding families"),
           T("as much as 12 tonnes", "up to 12 tonnes"),
           T("a floor price of $38/kg", "a guaranteed minimum price of $38 per kilogram"),
           T("roughly a fifth above", "about 20 per cent above")])

add("antler sheds", "summary", "inconsistent",
    '''Rangers at Greyhallow Forest have appealed to visitors not to collect antlers shed by red deer, after reporting a sharp rise in people taking them to sell online. The Greyhallow Forest Trust, which manages the site on behalf of the Kesterton Estate, said shed antlers provided an important source of calcium and phosphorus for other wildlife, including voles, squirrels and even deer themselves. Head ranger Callum Birch said about 200 antlers had been removed from the forest this spring, compared with around 50 in previous years. Antlers can fetch up to £60 each on auction sites. The trust said it would put up signs at the main car parks but had no powers to fine people who took them.''',
    '''Greyhallow Forest's rangers are urging visitors to leave shed red deer antlers alone amid a sharp rise in people taking them to sell online, with about 200 removed this spring against roughly 50 in earlier years. The antlers are a valuable source of minerals for wildlife. The Kesterton Estate will put up signs but has no power to fine collectors.''',
    errors=[E("The Kesterton Estate", "entity", "major", "The Greyhallow Forest Trust")],
    traps=[T("against roughly 50 in earlier years", "compared with around 50 in previous years"),
           T("a valuable source of minerals for wildlife", "an important source of calcium and phosphorus for other wildlife")])

add("embassy gardens", "summary", "consistent",
    '''The Embassy of Norland in Castelbruck will open its gardens to the public for the first time on 21 and 22 June as part of the city's Open Gardens weekend. The 1.5-hectare grounds, laid out in the 1920s, include a rose garden, an orchard of 60 apple trees and a pond designed by the landscape architect Elise Marbeau. Visitors will need to book free tickets in advance and bring photo identification, and bags will be searched at the entrance. Ambassador Henrik Solvang said the embassy wanted to "share a hidden corner of the city" with residents. Numbers will be limited to 500 people a day.''',
    '''Norland's embassy in Castelbruck is opening its 1920s gardens, including a rose garden, a 60-tree apple orchard and an Elise Marbeau pond, to the public for the first time on 21-22 June, during the city's Open Gardens weekend. Entry is free but must be booked ahead, with photo ID required, bag searches and a cap of 500 visitors per day.''',
    traps=[T("a 60-tree apple orchard", "an orchard of 60 apple trees"),
           T("an Elise Marbeau pond", "a pond designed by the landscape architect Elise Marbeau"),
           T("on 21-22 June", "on 21 and 22 June"),
           T("Entry is free but must be booked ahead", "book free tickets in advance"),
           T("a cap of 500 visitors per day", "Numbers will be limited to 500 people a day")])

add("algae biofuel", "summary", "inconsistent",
    '''Verdant Bay Energy, a start-up developing fuel from algae, said on Wednesday it had produced its first 10,000 litres of biodiesel at a demonstration plant in Porthallen. The company said the fuel met national standards for road use, but that production costs were still about three times those of conventional diesel. Chief executive Nadia Fenwick said the firm could reach commercial scale by 2028 if it secured further investment, and that talks with two shipping companies were under way. The plant, which cost £9 million to build, uses carbon dioxide captured from a nearby cement works to speed algae growth.''',
    '''Algae fuel start-up Verdant Bay Energy has produced its first 10,000 litres of biodiesel at its £9m Porthallen demonstration plant, which opened last year and uses CO2 captured from a nearby cement works to speed algae growth. The fuel meets road-use standards but still costs about three times as much as conventional diesel to make. The firm will reach commercial scale by 2028, its chief executive said, and is in talks with two shipping companies.''',
    errors=[E("which opened last year", "addition", "minor", None),
            E("will reach commercial scale by 2028", "modality", "major", "could reach commercial scale by 2028")],
    traps=[T("£9m", "£9 million"),
           T("about three times as much as conventional diesel", "about three times those of conventional diesel")])

add("gem shows", "summary", "consistent",
    '''The Brackenfield Gem and Mineral Show drew a record 23,500 visitors over its three days last weekend, up 15 per cent on last year, organisers said on Monday. More than 260 dealers from 30 countries exhibited, and a 42-carat blue topaz cut by a local craftsman, Ivo Radic, sold for £18,000 on the opening day. Show director Beth Carrow said ticket sales had been boosted by a new student discount and by a children's fossil-digging area, which attracted long queues. Police made no arrests, although two dealers reported minor thefts from their stands. Next year's show will move to the larger Marston Exhibition Centre.''',
    '''Last weekend's three-day Brackenfield Gem and Mineral Show attracted a record 23,500 people, 15% more than a year earlier, with over 260 dealers from 30 countries. A 42-carat blue topaz cut by local craftsman Ivo Radic fetched £18,000 on the first day. Next year the event moves to the bigger Marston Exhibition Centre.''',
    traps=[T("attracted a record 23,500 people", "drew a record 23,500 visitors"),
           T("15% more than a year earlier", "up 15 per cent on last year"),
           T("fetched £18,000 on the first day", "sold for £18,000 on the opening day"),
           T("the bigger Marston Exhibition Centre", "the larger Marston Exhibition Centre")])

add("echo chambers", "summary", "inconsistent",
    '''The Halvard Institute of Acoustics will open a new £6.3 million echo chamber at its Redmoor campus in September, allowing manufacturers to test the noise output of products ranging from hairdryers to heat pumps. The chamber, whose concrete walls are designed to reflect sound evenly, is one of only three of its size in Europe. Director Samuel Achterberg said demand for testing had outstripped capacity since new noise-labelling rules for household appliances came into force in January 2023. The project was funded by a regional development grant and a loan from the Cobalt Street Bank. About 12 technicians will be hired to run the facility.''',
    '''The Halvard Institute of Acoustics is opening a £6.3m echo chamber at its Redmoor campus in September to test noise from products such as hairdryers and heat pumps. Its director said demand had outstripped capacity since noise-labelling rules for household appliances took effect in January 2022. The facility will create around 12 technician jobs.''',
    errors=[E("in January 2022", "date", "major", "in January 2023")],
    traps=[T("£6.3m", "£6.3 million"),
           T("took effect", "came into force"),
           T("will create around 12 technician jobs", "About 12 technicians will be hired to run the facility")])

add("cuckoo clocks", "summary", "consistent",
    '''Brunnhalde Uhrenwerk, one of the last family-owned makers of cuckoo clocks in southern Germany, has been sold to the Swiss investment group Aldermatt Holdings, the companies announced on Thursday. The price was not disclosed. Aldermatt said it would keep all 58 staff and maintain production at the workshop in the village of Oberkessel, where clocks have been made since 1887. Owner Franz Egger, 71, said none of his children wished to take over the business. The firm sells about 9,000 clocks a year, two-thirds of them to customers in the United States and Asia.''',
    '''Swiss group Aldermatt Holdings has bought family-owned cuckoo clock maker Brunnhalde Uhrenwerk for an undisclosed sum and says it will retain all 58 employees and keep making clocks in Oberkessel. Owner Franz Egger said none of his children wanted to run the firm, which sells around 9,000 clocks a year, about 6,000 of them in the US and Asia.''',
    traps=[T("for an undisclosed sum", "The price was not disclosed"),
           T("will retain all 58 employees", "would keep all 58 staff"),
           T("wanted to run the firm", "wished to take over the business"),
           T("about 6,000 of them in the US and Asia", "two-thirds of them to customers in the United States and Asia")])

add("cooling towers demolition", "summary", "inconsistent",
    '''The four cooling towers at the former Ridley Moss power station were brought down in a controlled explosion at 7am on Sunday, watched by several hundred people from a safe distance. Site owner Harrowfield Developments said the demolition went to plan and that no one was injured. The towers, each 114 metres tall, had dominated the skyline since the coal-fired station opened in 1968. It closed in 2020. Around 40,000 tonnes of rubble will be crushed and reused on site, where the company plans to build 1,100 homes and a business park. A 500-metre exclusion zone was lifted shortly after 9am.''',
    '''Ridley Moss power station's four 114-metre cooling towers, which had dominated the skyline since 1968, were brought down in a controlled explosion early on Sunday. No one was injured. The rubble will be taken away to landfill, and the site is to be redeveloped with 1,100 homes and a business park, which had dominated the skyline since 1968.''',
    errors=[E("will be taken away to landfill", "event", "major", "will be crushed and reused on site"),
            E("which had dominated the skyline since 1968", "repetition", "minor", None, occ=1)],
    traps=[T("early on Sunday", "at 7am on Sunday")])

# ---------------------------------------------------------------------------
# Translations (cases 31-40): two independent English versions of one
# non-English story, so the wording differs throughout.
# ---------------------------------------------------------------------------

add("tea clippers", "translation", "consistent",
    '''The Zeelburg Maritime Museum has received a grant of 1.4 million euros to restore the Margaretha, a tea clipper built in 1868 that is among the last surviving ships of its type. The vessel, which once carried tea from China to Europe in under 100 days, has been in dry dock since 2019 because of rot in its hull timbers. Restoration will take about four years and will be carried out partly in public view, so that visitors can watch shipwrights at work. Museum director Joost Verhagen called the grant "a lifeline". The money comes from the Van Roon Heritage Foundation, which has required that the ship eventually be returned to the water.''',
    '''A subsidy of €1.4 million has been awarded to the Zeelburg Maritime Museum for the restoration of the Margaretha, an 1868 tea clipper and one of the few remaining ships of its kind. Because its hull timbers are rotting, the ship has lain in dry dock since 2019; in its day it brought tea from China to Europe in fewer than 100 days. The restoration will last roughly four years, and part of the work will take place in front of the public, allowing visitors to see the shipwrights in action. The museum's director, Joost Verhagen, spoke of "a lifeline". The funds come from the Van Roon Heritage Foundation, which has made it a condition that the ship should eventually go back into the water.''',
    traps=[T("A subsidy of €1.4 million", "a grant of 1.4 million euros"),
           T("one of the few remaining ships of its kind", "among the last surviving ships of its type"),
           T("in fewer than 100 days", "in under 100 days"),
           T("in front of the public", "in public view"),
           T("has made it a condition that the ship should eventually go back into the water", "has required that the ship eventually be returned to the water")])

add("ghost signs", "translation", "inconsistent",
    '''The town of Saint-Aurèle has begun restoring about 30 "ghost signs", the faded advertisements painted on the walls of buildings in the early twentieth century. The work, entrusted to a team of four sign painters led by Camille Derval, is expected to last until the end of next year and will cost 240,000 euros, of which half is covered by the regional council. According to the deputy mayor for heritage, Luc Amarante, some of the signs were in danger of disappearing within a decade. Not everyone approves: the local historians' association believes the signs should be preserved as they are rather than repainted.''',
    '''In Saint-Aurèle, the municipality has started restoring some thirty "ghost signs", faded adverts painted on building walls at the start of the 20th century. A team of four sign painters headed by Camille Derval has been given the job, which should run until the end of next year and cost €240,000, half of it paid by the regional council. Some of the signs could have disappeared within ten years, according to Camille Derval. The restoration does not please everyone: the local association of historians thinks the signs should be conserved in their current state instead of being repainted.''',
    errors=[E("according to Camille Derval", "attribution", "major",
              "According to the deputy mayor for heritage, Luc Amarante")],
    traps=[T("some thirty", "about 30"),
           T("at the start of the 20th century", "in the early twentieth century"),
           T("half of it paid by the regional council", "of which half is covered by the regional council")])

add("zeppelin rides", "translation", "consistent",
    '''Sightseeing flights by zeppelin over Lake Wendsee will resume in April after a two-year pause, the operator Luftreederei Brenner announced on Tuesday. The airship, which is 75 metres long and carries up to 12 passengers, had been grounded since 2022 for a complete overhaul of its engines. A one-hour flight will cost 395 euros per person. Managing director Katrin Vogt said more than 3,000 bookings had already been received. Flights will take off from the airfield at Oberhagen and will only operate in good weather; passengers whose flights are cancelled will receive a full refund or a new date.''',
    '''After a break of two years, Luftreederei Brenner will again offer zeppelin sightseeing flights above the Wendsee from April, the company said on Tuesday. The 75-metre airship, with room for a maximum of 12 passengers, has been out of service since 2022 while its engines were completely overhauled. Passengers will pay €395 each for a sixty-minute flight. Already, over 3,000 bookings have come in, according to managing director Katrin Vogt. The airship will depart from the Oberhagen airfield and fly only when the weather is good; if a flight is called off, passengers can choose between a full refund and a new date.''',
    traps=[T("After a break of two years", "after a two-year pause"),
           T("with room for a maximum of 12 passengers", "carries up to 12 passengers"),
           T("a sixty-minute flight", "A one-hour flight"),
           T("over 3,000 bookings have come in", "more than 3,000 bookings had already been received"),
           T("if a flight is called off", "passengers whose flights are cancelled")])

add("bark cloth", "translation", "inconsistent",
    '''A cooperative of bark cloth makers in Bukoloto has received an order for 2,500 square metres of cloth from a French interior design company, the largest order in its history. The cooperative's 63 members, most of them women, strip the inner bark of mutuba trees, soak it and beat it by hand into thin sheets. Chairperson Grace Namutebi said the order would be completed in five months and would bring in about 90 million shillings. She added that each tree can be harvested once a year without being cut down, and that members plant two new trees for every one they use. The district council has promised to help the group obtain an export licence.''',
    '''Bark cloth makers organised in a cooperative in Bukoloto have won the biggest order in their history: a French interior design firm wants 2,500 square metres of the fabric. The 36 members of the cooperative, mostly women, remove the inner bark of mutuba trees, soak it and pound it by hand until it forms thin sheets. According to the chairperson, Grace Namutebi, the work will be finished within five months and will earn around 90 million shillings. She also explained that a tree can be stripped once every year without being felled. The district authorities have committed to helping the group get an export licence.''',
    errors=[E("36 members", "number", "minor", "63 members"),
            E("", "omission", "minor", "members plant two new trees for every one they use", after="without being felled")],
    traps=[T("the biggest order in their history", "the largest order in its history"),
           T("pound it by hand", "beat it by hand")])

add("organ donor cards", "translation", "consistent",
    '''The regional health service of Alta Meseta has sent organ donor cards to 410,000 households, in a campaign aimed at increasing the number of registered donors by 20 per cent within two years. The cards, which are accompanied by a leaflet in four languages, can be signed and returned free of charge or registered online. Health councillor Dr Marta Ibarrola said that last year 38 transplants in the region had been delayed because no compatible organ was available. The campaign, which cost 1.1 million euros, will be followed in the spring by information sessions in secondary schools. Donation remains voluntary and can be revoked at any time.''',
    '''A total of 410,000 homes have received an organ donor card from the Alta Meseta regional health service as part of a campaign that seeks to raise the number of registered donors by a fifth within two years. Each card comes with a leaflet in four languages; it can be signed and sent back at no cost or registered over the internet. Last year, according to the regional health councillor, Dr Marta Ibarrola, 38 transplants in the region were held up because there was no compatible organ. The €1.1 million campaign will be followed by information talks in secondary schools in the spring. Becoming a donor is still voluntary, and consent may be withdrawn at any moment.''',
    traps=[T("by a fifth", "by 20 per cent"),
           T("at no cost", "free of charge"),
           T("were held up", "had been delayed"),
           T("The €1.1 million campaign", "The campaign, which cost 1.1 million euros"),
           T("consent may be withdrawn at any moment", "can be revoked at any time")])

add("mud flat guides", "translation", "inconsistent",
    '''From this summer, anyone leading guided walks across the mud flats off Ostermoor will need a licence issued by the district, following the death of a tourist last August. To obtain it, guides must hold a first-aid qualification, have completed at least 50 supervised walks and pass an exam on tides and weather. Guides who are already working will have until 2026 to qualify. According to the district's nature conservation officer, Jens Harmsen, the Ostermoor Guides' Association, which has 28 members, had repeatedly warned the district about inexperienced guides. Walking on the flats without a guide remains permitted but is strongly discouraged. The tourist drowned after being cut off by the incoming tide.''',
    '''Starting this summer, guided walks on the mudflats off Ostermoor may only be led by people holding a district licence, a consequence of a tourist's death last August. The requirements are a first-aid certificate, a minimum of 50 walks under supervision and a test on tides and weather. Those already working as guides have a transition period until 2026. Jens Harmsen, who is responsible for nature conservation in the district, said the district had repeatedly warned the Ostermoor Guides' Association, which has 28 members, about inexperienced guides. It is still allowed to cross the flats without a guide, but this is strongly advised against. The tourist drowned after being trapped by the rising water.''',
    errors=[E("the district had repeatedly warned the Ostermoor Guides' Association", "role", "major",
              "the Ostermoor Guides' Association, which has 28 members, had repeatedly warned the district")],
    traps=[T("a minimum of 50 walks under supervision", "at least 50 supervised walks"),
           T("have a transition period until 2026", "will have until 2026 to qualify"),
           T("this is strongly advised against", "is strongly discouraged")])

add("totem poles", "translation", "consistent",
    '''The Musée des Cultures de Valbreuse will return a totem pole to the Sallaqan First Nation in Canada, more than a century after it was removed from a coastal village, the museum announced on Monday. The 11-metre pole, carved around 1890, was acquired by a Swiss collector in 1911 and donated to the museum in 1936. The return follows three years of negotiations. Museum director Hélène Marchetti said the pole had been taken "without the consent of the community". It will be transported by ship next spring, and the Sallaqan Nation will cover half the cost. A ceremony is planned for its arrival.''',
    '''More than a hundred years after it was taken from a coastal village, a totem pole is to be returned by the Valbreuse Museum of Cultures to the Sallaqan First Nation of Canada, the institution said on Monday. Carved in about 1890, the eleven-metre pole was acquired by a Swiss collector in 1911, who gave it to the museum in 1936. Three years of talks preceded the decision. According to the director, Hélène Marchetti, the pole was removed "without the community's agreement". It will travel by sea next spring, with half of the costs borne by the Sallaqan Nation, and a ceremony is planned to mark its arrival.''',
    traps=[T("More than a hundred years", "more than a century"),
           T("Carved in about 1890", "carved around 1890"),
           T("the eleven-metre pole", "The 11-metre pole"),
           T("Three years of talks preceded the decision", "The return follows three years of negotiations"),
           T("with half of the costs borne by the Sallaqan Nation", "the Sallaqan Nation will cover half the cost")])

add("dew ponds", "translation", "inconsistent",
    '''The Alta Serrana park authority has restored six dew ponds, the shallow clay-lined hollows built by shepherds to collect rainwater for livestock, some of which date back to the eighteenth century. The work, carried out by volunteers from the Friends of the Serrana Hills association over two summers, cost 48,000 euros. According to park biologist Dr Chiara Lombardi, the ponds are now home to several protected amphibians, including the spectacled salamander. The authority plans to restore a further ten ponds by 2027 and will install information panels along the footpath that links them. Grazing by cattle near the ponds will be restricted during the spring breeding season.''',
    '''Six dew ponds, shallow clay-lined hollows that shepherds dug to gather rainwater for their animals, some of them from the 1700s, have been restored by the Alta Serrana park authority. Volunteers of the association Friends of the Monte Serrana carried out the work over two summers at a cost of €48,000. According to park biologist Dr Chiara Lombardi, several protected amphibians have been reintroduced into the ponds, among them the spectacled salamander. The authority intends to restore ten more ponds by 2027 and to put up information panels along the path connecting them. Cattle grazing near the ponds will be restricted during the spring breeding season.''',
    errors=[E("Friends of the Monte Serrana", "entity", "minor", "Friends of the Serrana Hills"),
            E("several protected amphibians have been reintroduced into the ponds", "event", "major",
              "the ponds are now home to several protected amphibians")],
    traps=[T("from the 1700s", "date back to the eighteenth century"),
           T("ten more ponds", "a further ten ponds"),
           T("along the path connecting them", "along the footpath that links them")])

add("jam judging", "translation", "consistent",
    '''A blackcurrant jam made by an 87-year-old retired nurse, Elsa Lindqvist, won first prize on Saturday at the national jam championship in Brännvik, ahead of 412 other entries. The jury of five, chaired by the pastry chef Oskar Dahlberg, judged the jams blind on taste, texture, colour and clarity. Lindqvist, who has entered the competition every year since 1979, had never previously finished higher than third. She said the secret was "patience and berries picked the same morning". The prize consists of a silver spoon and 10,000 kronor. Entries this year came from all 21 counties.''',
    '''At the national jam championship held in Brännvik on Saturday, the winner among 413 entries was a blackcurrant jam from Elsa Lindqvist, an 87-year-old former nurse. The five-member jury, led by pastry chef Oskar Dahlberg, tasted the jams without knowing who had made them and assessed taste, texture, colour and clarity. Lindqvist has taken part every year since 1979 but had never before come better than third. Her secret, she said, is "patience, and berries picked that same morning". The winner receives a silver spoon and 10,000 kronor. This year's jams came from every one of the 21 counties.''',
    traps=[T("among 413 entries", "ahead of 412 other entries"),
           T("The five-member jury", "The jury of five"),
           T("tasted the jams without knowing who had made them", "judged the jams blind"),
           T("had never before come better than third", "had never previously finished higher than third"),
           T("every one of the 21 counties", "all 21 counties")])

add("night markets", "translation", "inconsistent",
    '''The city of Jianping will extend the opening hours of its three night markets until 2am on Fridays and Saturdays from next month, the municipal commerce bureau said on Wednesday. The trial will last six months. Stallholders will have to keep noise below 55 decibels after midnight, and the bureau will add 40 public toilets and extra rubbish collections. Bureau director Chen Weiling said the change was intended to attract young visitors and tourists. Residents' committees near the markets had not been consulted, a point criticised by several local councillors. Around 1,800 stalls currently operate in the three markets.''',
    '''From next month, Jianping's three night markets will stay open until 2am on Friday and Saturday nights, the municipal bureau of commerce announced on Wednesday, in a six-month trial. After midnight, stall owners must keep noise under 55 decibels; the bureau will also install 40 additional public toilets and increase rubbish collection. The aim, said bureau director Chen Weiling, is to draw young people and tourists. Several local councillors criticised the fact that the residents' committees near the markets had been consulted. The three markets currently have some 1,800 stalls.''',
    errors=[E("had been consulted", "polarity", "major", "had not been consulted")],
    traps=[T("in a six-month trial", "The trial will last six months"),
           T("under 55 decibels", "below 55 decibels")])

# ---------------------------------------------------------------------------
# Build and validate
# ---------------------------------------------------------------------------

MODES = ("rewrite", "summary", "translation")
LABELS = ("consistent", "inconsistent")
TYPES = ("entity", "number", "date", "role", "polarity", "modality",
         "attribution", "event", "omission", "addition", "repetition")
SEVERITIES = ("minor", "major", "critical")
EXPECTED_TYPES = {"entity": 3, "number": 4, "date": 3, "role": 3, "polarity": 3,
                  "modality": 3, "attribution": 2, "event": 3, "omission": 2,
                  "addition": 2, "repetition": 2}


class Invalid(Exception):
    pass


def find_nth(haystack, needle, n):
    """Start index of the n-th (0-based) occurrence of needle, or -1."""
    pos = -1
    for _ in range(n + 1):
        pos = haystack.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def words(s):
    return re.findall(r"\S+", s)


def check_boundaries(cand, start, end, what):
    if start < end:
        if cand[start].isalnum() and start > 0 and cand[start - 1].isalnum():
            raise Invalid(f"{what}: span starts inside a word")
        if cand[end - 1].isalnum() and end < len(cand) and cand[end].isalnum():
            raise Invalid(f"{what}: span ends inside a word")
        if cand[start] == " " or cand[end - 1] == " ":
            raise Invalid(f"{what}: span has outer whitespace")
    else:
        if 0 < start < len(cand) and cand[start - 1].isalnum() and cand[start].isalnum():
            raise Invalid(f"{what}: omission point inside a word")


def build_record(idx, case):
    rid = f"{SET_ID}-{idx:03d}"
    ref, cand = case["reference"], case["candidate"]
    mode, label = case["mode"], case["label"]
    if mode not in MODES:
        raise Invalid(f"{rid}: bad mode {mode}")
    if label not in LABELS:
        raise Invalid(f"{rid}: bad label {label}")
    for name, text in (("reference", ref), ("candidate", cand)):
        if text != text.strip() or "  " in text or "\n" in text:
            raise Invalid(f"{rid}: {name} has stray whitespace")
    nref = len(words(ref))
    if not 70 <= nref <= 190:
        raise Invalid(f"{rid}: reference has {nref} words (need 70-190)")
    if mode == "summary" and not (len(cand) < len(ref) and len(words(cand)) < nref):
        raise Invalid(f"{rid}: summary is not shorter than its reference")

    spans = []  # (start, end, what) for overlap checks
    errors = []
    for k, e in enumerate(case["errors"]):
        what = f"{rid} error {k} ({e['type']})"
        if e["type"] not in TYPES:
            raise Invalid(f"{what}: bad type")
        if e["severity"] not in SEVERITIES:
            raise Invalid(f"{what}: bad severity")
        if e["type"] == "omission":
            if mode == "summary":
                raise Invalid(f"{what}: omission in a summary")
            if e["text"] != "" or not e["after"]:
                raise Invalid(f"{what}: omission needs text '' and an anchor")
            a = find_nth(cand, e["after"], e["occ"])
            if a < 0:
                raise Invalid(f"{what}: anchor not found")
            start = end = a + len(e["after"])
            if not e["ref_text"] or e["ref_text"] not in ref:
                raise Invalid(f"{what}: ref_text not in reference")
            if e["ref_text"].lower() in cand.lower():
                raise Invalid(f"{what}: omitted words are present in candidate")
        else:
            if not e["text"] or e["after"] is not None:
                raise Invalid(f"{what}: needs a non-empty text and no anchor")
            start = find_nth(cand, e["text"], e["occ"])
            if start < 0:
                raise Invalid(f"{what}: text not found (occ {e['occ']})")
            end = start + len(e["text"])
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    raise Invalid(f"{what}: ref_text must be null")
                if e["type"] == "repetition" and cand.find(e["text"]) >= start:
                    raise Invalid(f"{what}: repetition has no earlier copy")
            else:
                if not e["ref_text"] or e["ref_text"] not in ref:
                    raise Invalid(f"{what}: ref_text not in reference")
                if e["text"] in ref:
                    raise Invalid(f"{what}: erroneous text occurs verbatim in reference")
        check_boundaries(cand, start, end, what)
        if cand[start:end] != e["text"]:
            raise Invalid(f"{what}: offset mismatch")
        spans.append((start, end, what))
        errors.append({"start": start, "end": end, "text": e["text"], "type": e["type"],
                       "severity": e["severity"], "ref_text": e["ref_text"]})

    traps = []
    for k, t in enumerate(case["traps"]):
        what = f"{rid} trap {k}"
        start = find_nth(cand, t["text"], t["occ"])
        if start < 0:
            raise Invalid(f"{what}: text not found: {t['text']!r}")
        end = start + len(t["text"])
        check_boundaries(cand, start, end, what)
        if t["ref_text"] not in ref:
            raise Invalid(f"{what}: ref_text not in reference: {t['ref_text']!r}")
        if t["text"] in ref:
            raise Invalid(f"{what}: trap text occurs verbatim in reference")
        spans.append((start, end, what))
        traps.append({"start": start, "end": end, "text": t["text"], "ref_text": t["ref_text"]})

    spans.sort()
    for (s1, e1, w1), (s2, e2, w2) in zip(spans, spans[1:]):
        if s2 < e1 or (s1 == s2 and (s1 == e1 or s2 == e2)):
            raise Invalid(f"overlap: {w1} / {w2}")

    if label == "consistent":
        if errors:
            raise Invalid(f"{rid}: consistent pair with errors")
        if not 3 <= len(traps) <= 5:
            raise Invalid(f"{rid}: consistent pair needs 3-5 traps")
    else:
        if not errors:
            raise Invalid(f"{rid}: inconsistent pair without errors")
        if len(traps) > 3:
            raise Invalid(f"{rid}: inconsistent pair has more than 3 traps")

    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": rid, "domain": case["domain"], "mode": mode,
            "reference": ref, "candidate": cand, "label": label,
            "errors": errors, "traps": traps}


def validate_set(records):
    from collections import Counter
    if len(records) != 40:
        raise Invalid(f"expected 40 pairs, got {len(records)}")
    doms = [r["domain"] for r in records]
    if sorted(doms) != sorted(DOMAINS) or len(set(doms)) != 40:
        raise Invalid("domains must be the 40 listed, each used once")
    ml = Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(ml) != want:
        raise Invalid(f"mode/label mix wrong: {dict(ml)}")
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        raise Invalid(f"expected 30 errors, got {sum(types.values())}")
    if dict(types) != EXPECTED_TYPES:
        raise Invalid(f"error types differ from the documented mix: {dict(types)}")
    if any(types[t] < 2 for t in TYPES):
        raise Invalid("every error type needs at least 2 instances")
    per_pair = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    if per_pair != Counter({1: 10, 2: 10}):
        raise Invalid(f"errors per inconsistent pair differ from docstring: {dict(per_pair)}")
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        raise Invalid("duplicate ids")


def summary_lines(records):
    from collections import Counter
    out = []
    out.append("modes:  " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r["mode"] for r in records).items())))
    out.append("labels: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r["label"] for r in records).items())))
    tc = Counter(e["type"] for r in records for e in r["errors"])
    out.append("errors: " + ", ".join(f"{t} {tc[t]}" for t in TYPES) + f" (total {sum(tc.values())})")
    sc = Counter(e["severity"] for r in records for e in r["errors"])
    out.append("severity: " + ", ".join(f"{k} {v}" for k, v in sorted(sc.items())))
    out.append(f"traps: {sum(len(r['traps']) for r in records)}")
    wc = [len(words(r["reference"])) for r in records]
    out.append(f"reference words: min {min(wc)}, max {max(wc)}")
    return out


def main(argv):
    check_only = "--check" in argv[1:]
    try:
        records = [build_record(i + 1, c) for i, c in enumerate(CASES)]
        validate_set(records)
    except Invalid as exc:
        print(f"INVALID: {exc}", file=sys.stderr)
        return 1
    for line in summary_lines(records):
        print(line)
    if check_only:
        print("check only: all valid, nothing written")
        return 0
    out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), OUT_NAME)
    with open(out_path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {out_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
