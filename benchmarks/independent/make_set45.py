#!/usr/bin/env python3
"""Held-out evaluation set 45 for the fact-comparison tool.

How it was made: every pair was hand-written by a helper that saw no code or
data of the project, working only from a written brief. All people, companies,
organisations, places and figures are invented (real countries only as
background). Offsets are computed by string search in this script, never typed.

Composition: 40 pairs, one per domain; 20 consistent / 20 inconsistent;
20 rewrites, 10 summaries, 10 translations (half of each mode consistent);
30 errors over the eleven types (entity 3, number 2, date 3, role 3,
polarity 3, modality 3, attribution 3, event 3, omission 3, addition 2,
repetition 2); consistent pairs carry 3-5 traps, inconsistent pairs 0-3.

Usage: python3 make_set45.py [--check]   (--check validates, writes nothing)
"""
import json
import os
import re
import sys
from collections import Counter

N = 45
DOMAINS = [d.strip() for d in """cassette revival, wild garlic, organ recitals, trapeze artists, science centres,
sauna culture, cement kilns, gypsum quarries, photo booths, free stores, fire escapes, rhubarb triangle,
thatched roofs, film sets, crossword setters, almond orchards, carol services, mineral water bottling,
vintage buses, escalator repairs, river cleanups, local newspapers, petting farms, tractor runs,
welding schools, hedgerow planting, lute playing, tombolas, community fridges, aquarium openings,
beach cleans, folk dancing, stunt performers, litter picks, jukebox repair, reindeer sledding,
car boot sales, container ports, cat cafes, timber framing""".split(",")]

TYPES = ["entity", "number", "date", "role", "polarity", "modality", "attribution",
         "event", "omission", "addition", "repetition"]
CASES = []


def E(text, type_, sev, ref_text=None, occ=0, before=None, after=None):
    """An error. For omission give before= (candidate text the gap precedes)
    or after= (candidate text the gap follows)."""
    return dict(text=text, type=type_, severity=sev, ref_text=ref_text, occ=occ,
                before=before, after=after)


def T(text, ref_text, occ=0):
    return dict(text=text, ref_text=ref_text, occ=occ)


def case(domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append(dict(domain=domain, mode=mode, reference=" ".join(reference.split()),
                      candidate=" ".join(candidate.split()), errors=list(errors), traps=list(traps)))


# ---------------------------------------------------------------- cases 1-5
case("cassette revival", "rewrite",
     """Harlow Tape Works, an independent manufacturer based in Dunmore, said on Monday that it would double its
     cassette production to 400,000 units a year after orders rose 35 percent in 2023. The company, founded in 1987,
     will hire 22 additional staff and install a second coating line by the end of March. Managing director Ines
     Valcour said demand was being driven mainly by independent labels releasing limited editions, rather than by
     nostalgic older buyers. She added that the company did not plan to raise prices this year, although the cost of
     magnetic tape had climbed by about a fifth since January.""",
     """Dunmore-based independent manufacturer Harlow Tape Works plans to increase its annual cassette output
     twofold, to 400,000 units, the company announced on Monday, following a 35% jump in orders in 2023. By the end
     of March, the firm, which was set up in 1987, will bring in 22 more employees and put in a second coating line.
     According to managing director Ines Valcour, limited-edition releases from independent labels, not nostalgia
     among older customers, are the main driver of demand. Although magnetic tape costs have risen by roughly 20%
     since January, she said there were no plans to put prices up this year.""",
     traps=[T("increase its annual cassette output twofold", "double its cassette production"),
            T("a 35% jump in orders", "orders rose 35 percent"),
            T("set up in 1987", "founded in 1987"),
            T("roughly 20%", "about a fifth")])

case("wild garlic", "rewrite",
     """Foragers in the Brackwood Valley have been asked to limit wild garlic picking to one carrier bag per person
     per day after rangers recorded damage across 14 hectares of ancient woodland. The Brackwood Trust, which manages
     the site, said the restriction would apply from 1 April until the end of May. Anyone found collecting for
     commercial sale without a permit could be fined up to £500. Head ranger Colm Adair said the plant itself was not
     endangered, but trampling was harming bluebells and other spring flowers that grow alongside it.""",
     """Rangers have recorded damage across 41 hectares of ancient woodland in the Brackwood Valley, prompting a
     request that foragers pick no more than one carrier bag of wild garlic each per day. The limit will be in force
     from 1 April until the end of May, according to the Brackwood Trust, which manages the site. Anyone found
     collecting for commercial sale could be fined up to £500. Head ranger Colm Adair said the plant itself was not
     under threat, but trampling was harming bluebells and other spring flowers growing alongside it.""",
     errors=[E("41 hectares", "number", "major", "14 hectares"),
             E("", "omission", "major", "without a permit", before=" could be fined")],
     traps=[T("not under threat", "not endangered")])

case("organ recitals", "summary",
     """St Aldric's Church in Penmore will host a series of six lunchtime organ recitals this autumn to mark the
     150th anniversary of its Halvorsen organ. The concerts, which start on 4 October and run fortnightly, will each
     last around 40 minutes and are free to attend, although a retiring collection will be taken for the instrument's
     restoration fund. The parish said the fund had so far raised £38,000 of the £60,000 needed to replace worn
     leather bellows and repair the swell box. Organists from three cathedrals are expected to take part, with the
     final recital given by the church's own director of music, Petra Lund.""",
     """Marking 150 years of its Halvorsen organ, Penmore's St Aldric's Church will hold six free lunchtime
     recitals of roughly 40 minutes every two weeks from 4 October. A collection will go to the restoration fund,
     which has raised over three-fifths of its £60,000 target. Director of music Petra Lund will give the last
     recital.""",
     traps=[T("150 years of its Halvorsen organ", "150th anniversary of its Halvorsen organ"),
            T("roughly 40 minutes", "around 40 minutes"),
            T("every two weeks", "run fortnightly"),
            T("over three-fifths of its £60,000 target", "£38,000 of the £60,000 needed")])

case("trapeze artists", "translation",
     """The aerial troupe Les Hirondelles announced on Wednesday that it will cancel the remaining dates of its
     winter tour after one of its trapeze artists was injured during a rehearsal in Montclar. According to the
     company's spokesperson, Léa Fournel, the performer suffered a broken wrist and will be unable to work for at
     least eight weeks. The eleven shows planned until 20 February will be postponed to the autumn, and tickets
     already bought will remain valid. Customers who prefer a refund can request one until 15 March.""",
     """On Wednesday the aerial company Les Hirondelles said it was calling off the rest of its winter tour, after
     a trapeze artist was hurt in rehearsal in Montclar. The troupe's spokeswoman, Léa Fournier, said the acrobat
     had broken a wrist and would be out of action for a minimum of eight weeks. The eleven performances scheduled
     up to 20 February are being moved to the autumn, and tickets that have already been purchased will still be
     honoured. Those who would rather have their money back may ask for a refund until 15 May.""",
     errors=[E("Léa Fournier", "entity", "minor", "Léa Fournel"),
             E("15 May", "date", "major", "15 March")],
     traps=[T("a minimum of eight weeks", "at least eight weeks"),
            T("still be honoured", "remain valid")])

case("science centres", "rewrite",
     """The Norvale Science Centre will close for 18 months from January to allow a £12.4 million refurbishment,
     its trustees confirmed yesterday. The work, funded largely by a grant from the Kestrel Foundation, will add a
     planetarium, two new galleries and a rooftop weather station. Chief executive Amal Sorensen said the centre had
     welcomed 310,000 visitors last year, a record, but that its 1970s building no longer met accessibility
     standards. School outreach programmes will continue during the closure, with staff visiting around 90 schools
     across the region. The centre is expected to reopen in summer 2026.""",
     """Trustees of the Norvale Science Centre confirmed yesterday that it will shut for a year and a half from
     January while a £12.4m refurbishment takes place. A planetarium, two additional galleries and a weather station
     on the roof will be added in the work, which is mostly being paid for with a Kestrel Foundation grant. Last year
     the centre drew a record 310,000 visitors, chief executive Amal Sorensen said, but its 1970s building no longer
     meets accessibility standards. While it is closed, staff will keep up school outreach by visiting some 90
     schools across the region. Reopening is likely in summer 2026.""",
     traps=[T("a year and a half", "18 months"),
            T("£12.4m", "£12.4 million"),
            T("mostly being paid for with a Kestrel Foundation grant", "funded largely by a grant from the Kestrel Foundation"),
            T("some 90 schools", "around 90 schools"),
            T("Reopening is likely", "is expected to reopen")])

# ---------------------------------------------------------------- cases 6-10
case("sauna culture", "translation",
     """The municipality of Vaarasalo has decided to reopen its public wood-fired sauna on the lakeshore, which
     closed three years ago because of a faulty chimney. The council approved a budget of 240,000 euros on Tuesday
     evening. According to the head of leisure services, Mikko Salmenkivi, the renovation is to be completed by the
     end of November, and a single visit will cost six euros. Residents over 70 will be able to bathe free of charge
     on weekday mornings. The sauna association Löyly ry has offered to provide volunteers for the heating
     shifts.""",
     """Vaarasalo's local authority will reopen the public lakeside sauna, heated with wood, which has been shut
     for three years owing to a defective chimney. On Tuesday evening councillors signed off €240,000 for the
     project. Mikko Salmenkivi, who heads leisure services, said the renovation work is due to be finished by late
     November and that a single admission will be priced at €6. On weekday mornings, residents aged over 70 will be
     able to use it for free. Volunteers for the heating shifts have been offered by the sauna society Löyly ry.""",
     traps=[T("defective chimney", "faulty chimney"),
            T("€240,000", "240,000 euros"),
            T("late November", "the end of November"),
            T("for free", "free of charge")])

case("cement kilns", "rewrite",
     """Greyfell Cement will convert its kiln at Ashby Moor to run partly on hydrogen under a pilot project
     announced on Thursday. The company said the trial, costing £31 million, could cut the plant's carbon emissions
     by up to 15 percent once fully operational in 2027. The regional environment agency welcomed the plan but warned
     that the hydrogen would initially be produced from natural gas. Local campaign group Clear Air Ashby said it
     remained concerned about heavy goods traffic to the site, which already handles around 200 lorry movements a
     day.""",
     """Under a pilot project announced on Thursday, Greyfell Cement is to adapt its Ashby Moor kiln so that it
     runs partly on hydrogen. The £31m trial could reduce carbon emissions at the plant by as much as 15% once it is
     fully up and running in 2027, the company said. The plan was welcomed by the regional environment agency. Clear
     Air Ashby, a local campaign group, warned that the hydrogen would at first be made from natural gas, and said it
     was still worried about heavy goods traffic to the site, which already sees about 200 lorry movements daily.""",
     errors=[E("Clear Air Ashby, a local campaign group, warned", "attribution", "major",
               "The regional environment agency welcomed the plan but warned")],
     traps=[T("The £31m trial", "the trial, costing £31 million"),
            T("by as much as 15%", "by up to 15 percent")])

case("gypsum quarries", "summary",
     """Planners in Westbrook County have recommended approval of a 20-year extension to the Hollin Edge gypsum
     quarry, despite 1,400 objections from residents. A report published on Friday says the operator, Calderstone
     Minerals, should be required to restore the worked-out land as wetland and to limit blasting to weekdays. The
     final decision will be taken by the county's planning committee on 12 June. Calderstone said the extension
     would safeguard 85 jobs. Objectors, led by the Hollin Residents' Association, argue that dust from the site has
     already damaged nearby homes and that the company's traffic figures are out of date.""",
     """Westbrook County's planning committee has approved a 20-year extension of the Hollin Edge gypsum quarry in
     spite of 1,400 objections, with conditions on restoring the land as wetland and weekday-only blasting. The
     county says the extension will protect 85 jobs, while residents say quarry dust has already damaged homes.""",
     errors=[E("planning committee has approved", "modality", "major", "have recommended approval"),
             E("The county says", "attribution", "major", "Calderstone said")],
     traps=[T("weekday-only blasting", "limit blasting to weekdays")])

case("photo booths", "rewrite",
     """Snapline, the operator of 640 photo booths across railway stations and shopping centres, has agreed to be
     bought by the payments group Orvex for £48 million, the two companies said on Tuesday. The deal, which still
     needs approval from the competition regulator, is expected to close in the third quarter. Snapline's founder,
     Dara Whitlock, will stay on as managing director for at least two years. Orvex said it planned to upgrade the
     booths so that they accept contactless payments and produce digital copies of photos, but gave no timetable for
     the work.""",
     """Payments group Orvex has agreed to acquire Snapline, which runs 640 photo booths in railway stations and
     shopping centres, for £48m, the companies announced on Tuesday. Completion is anticipated in the third quarter,
     although the competition regulator has yet to approve the deal. Dara Whitlock, who founded Snapline, will remain
     managing director for a minimum of two years. The booths will be upgraded to take contactless payments and to
     provide digital copies of pictures, Orvex said, although it did not say when the work would happen.""",
     traps=[T("Orvex has agreed to acquire Snapline", "has agreed to be bought by the payments group Orvex"),
            T("Completion is anticipated", "is expected to close"),
            T("the competition regulator has yet to approve the deal", "still needs approval from the competition regulator"),
            T("a minimum of two years", "at least two years"),
            T("it did not say when the work would happen", "gave no timetable for the work")])

case("free stores", "rewrite",
     """A free store where residents can take clothes, books and household goods without paying has opened in the
     former post office on Tanner Street, Elmsford. The project is run by the charity Second Shelf, which leases the
     building from Elmsford Town Council for a nominal £1 a year. Around 60 volunteers staff the shop, which opens
     four days a week. Coordinator Hannah Brierley said the store had taken in more than three tonnes of donations in
     its first month and had served about 1,100 visitors. Items may be taken free of charge, but each visitor is
     limited to five items per visit.""",
     """A free store has opened in the old post office on Tanner Street, Elmsford, offering residents clothes,
     books and household goods at no cost. It is run by the charity Second Shelf, which leases the building to
     Elmsford Town Council for a token £1 a year. The shop is staffed by about 60 volunteers and opens four days a
     week. Coordinator Hannah Brierley said more than three tonnes of donations had come in during the first month,
     when about 1,100 visitors were served. The shop is staffed by about 60 volunteers and opens four days a week.
     Visitors can take up to five items each visit, free of charge.""",
     errors=[E("Second Shelf, which leases the building to Elmsford Town Council", "role", "major",
               "Second Shelf, which leases the building from Elmsford Town Council"),
             E("The shop is staffed by about 60 volunteers and opens four days a week", "repetition", "minor", occ=1)],
     traps=[T("a token £1 a year", "a nominal £1 a year"),
            T("up to five items each visit", "limited to five items per visit")])

# ---------------------------------------------------------------- cases 11-15
case("fire escapes", "translation",
     """The city of Graufeld has ordered the owners of 37 residential buildings in the old town to repair or
     replace their external fire escapes within six months. An inspection carried out in the spring found rusted
     anchors and missing handrails on many of the steel staircases. The building authority said that in two cases the
     stairs had been closed immediately. Owners who fail to meet the deadline face fines of up to 10,000 euros. A
     municipal fund will cover up to 30 percent of the costs for owners with low incomes, deputy mayor Sabine Roth
     announced.""",
     """Owners of 37 blocks of flats in Graufeld's old town have been told by the city to repair or replace the
     fire escapes on the outside of their buildings within half a year. During a spring inspection, corroded
     anchorings and absent handrails were discovered on many of the steel stairways. Two of the staircases were shut
     with immediate effect, according to the building authority. Anyone who misses the deadline could be fined as
     much as €10,000. Deputy mayor Sabine Roth said that owners on low incomes will be able to have as much as 30% of
     the costs met by a municipal fund.""",
     traps=[T("within half a year", "within six months"),
            T("shut with immediate effect", "closed immediately"),
            T("as much as €10,000", "up to 10,000 euros"),
            T("as much as 30% of the costs", "up to 30 percent of the costs")])

case("rhubarb triangle", "summary",
     """Growers in the rhubarb-forcing district around Whitcombe have reported their best early harvest in a
     decade, with yields up about 18 percent on last year. The Whitcombe Forced Rhubarb Growers' Association, which
     represents 11 family farms, said the cold November had given the roots the dormant period they needed before
     being moved into the dark forcing sheds. Picking, traditionally done by candlelight, began on 8 January and is
     expected to continue until late March. The association warned, however, that rising electricity prices had
     pushed up the cost of heating the sheds by almost 40 percent.""",
     """Whitcombe's forced-rhubarb growers, whose association represents 11 family farms, report their best early
     crop for ten years after a cold November, with yields roughly 18% higher than last year. Picking began on 8
     January and should run until late March, but the association warns that dearer electricity has made heating the
     sheds nearly 40% more expensive.""",
     traps=[T("for ten years", "in a decade"),
            T("roughly 18% higher than last year", "up about 18 percent on last year"),
            T("should run until late March", "is expected to continue until late March"),
            T("nearly 40% more expensive", "by almost 40 percent")])

case("thatched roofs", "rewrite",
     """Owners of thatched homes in the Deverell district may soon be eligible for grants of up to £8,000 towards
     re-roofing, after the district council agreed to consult on a new heritage scheme. The proposal, drawn up by
     conservation officer Miles Tarrant, would cover up to half the cost of using traditional long straw rather than
     cheaper imported water reed. There are around 420 thatched buildings in the district, many of them listed. A
     twelve-week consultation will open on 3 September, and councillors will vote on the final scheme in
     January.""",
     """After the district council agreed to consult on a new heritage scheme, owners of thatched homes in the
     Deverell district will be eligible for grants of as much as £8,000 towards re-roofing. Drawn up by conservation
     officer Miles Tarrant, the proposal would meet up to 50% of the cost of using traditional long straw instead of
     less expensive imported water reed. The district has about 420 thatched buildings, many of which are listed.
     Councillors will vote on the final scheme in January, following a 12-week consultation opening on 3
     September.""",
     errors=[E("will be eligible", "modality", "major", "may soon be eligible")],
     traps=[T("up to 50% of the cost", "up to half the cost"),
            T("less expensive", "cheaper"),
            T("12-week consultation", "twelve-week consultation")])

case("film sets", "translation",
     """The production company Lumbra Film has received permission to build a set replicating a 1920s harbour on
     the beach at Porto Salvo, the regional film commission announced on Monday. Lumbra is making the series 'The Salt
     Years' for the broadcaster TeleNova; filming will start in mid-April and last about ten weeks. The set must be
     dismantled by 30 June, and access to the beach will remain open to the public on weekends. The commission said
     the production would employ around 150 local extras and technicians. The mayor, Carla Menotti, had initially
     opposed the project because of fears for the dunes.""",
     """On Monday the regional film commission said that Lumbra Film, a production company, had been authorised to
     put up a set recreating a 1920s port on the beach at Porto Salvo. 'The Salt Years', a series which TeleNova is
     making for Lumbra, will begin shooting in the middle of April, and filming will take roughly ten weeks. The set
     has to be taken down by 30 June, and the beach will be closed to the public at weekends. According to the
     commission, about 150 local extras and technicians will be hired by the production. Mayor Carla Menotti had at
     first objected to the project over concerns about the dunes.""",
     errors=[E("TeleNova is making for Lumbra", "role", "major",
               "Lumbra is making the series 'The Salt Years' for the broadcaster TeleNova"),
             E("closed to the public", "polarity", "major", "remain open to the public")],
     traps=[T("taken down by 30 June", "dismantled by 30 June"),
            T("had at first objected", "had initially opposed")])

case("crossword setters", "rewrite",
     """The Northern Ledger has named Agnes Pryor as its new crossword editor, ending a six-month search that
     followed the death of long-serving setter Bernard Colley in March. Ms Pryor, 54, has set puzzles for the paper
     under the pseudonym 'Kestrel' since 2009 and will take up the role on 1 October. She will oversee a team of eight
     setters and has said she intends to introduce a weekly themed puzzle aimed at beginners. The paper said its
     cryptic crossword was completed by an estimated 90,000 readers each day.""",
     """Agnes Pryor, 54, has been appointed crossword editor of the Northern Ledger, bringing to an end a search
     lasting half a year that began after long-serving setter Bernard Colley died in March. Writing as 'Kestrel', she
     has compiled puzzles for the paper since 2009, and she will start in the job on 1 October. Ms Pryor, who will be
     in charge of a team of eight setters, has said she plans to launch a weekly themed puzzle for beginners. Some
     90,000 readers are thought to finish the paper's cryptic crossword every day, according to the Ledger.""",
     traps=[T("a search lasting half a year", "a six-month search"),
            T("Writing as 'Kestrel'", "under the pseudonym 'Kestrel'"),
            T("will start in the job on 1 October", "will take up the role on 1 October"),
            T("Some 90,000 readers are thought to finish", "completed by an estimated 90,000 readers")])

# ---------------------------------------------------------------- cases 16-20
case("almond orchards", "summary",
     """Almond growers in the Serrana Valley expect this year's crop to fall by around a third after a late frost
     in March destroyed blossom across 2,300 hectares of orchards. The growers' cooperative Almendra Sur, which
     markets about 70 percent of the valley's almonds, said production was likely to reach 9,000 tonnes, down from
     13,500 tonnes last season. Prices paid to farmers have risen by 12 percent since April, partly offsetting the
     losses. The cooperative has asked the regional government for emergency support and for help installing
     frost-protection fans.""",
     """Serrana Valley almond growers expect a late March frost that ruined blossom on 2,300 hectares to cut their
     crop by about a third, with the cooperative Almendra Sur, which markets around 70% of the valley's almonds,
     forecasting roughly 9,000 tonnes. Farm-gate prices are up 21% since April, and the cooperative is seeking
     emergency aid from the region.""",
     errors=[E("21%", "number", "major", "12 percent")],
     traps=[T("is seeking emergency aid from the region", "has asked the regional government for emergency support")])

case("carol services", "rewrite",
     """Marlow Minster will hold its annual carol service by candlelight on 21 December, with tickets allocated by
     ballot for the first time after last year's event was oversubscribed by more than 2,000 people. The service,
     which begins at 6.30pm, will be led by the Minster choir and the Holbeck Silver Band. Applications for the ballot
     open on 1 November and close a fortnight later. The Minster said 1,200 seats would be available and that a
     further 300 people could watch on a screen in the cloisters. There is no charge for tickets, but donations will
     go to a local homelessness charity.""",
     """For the first time, tickets for Marlow Minster's annual candlelit carol service on 21 December will be
     handed out by ballot, after more than 2,000 more people wanted to attend last year's event than could be
     accommodated. The Minster choir and the Holbeck Silver Band will lead the service, which starts at half past six
     in the evening. The ballot opens for applications on 1 November and closes two weeks later. According to the
     Minster, 1,200 seats will be available, and another 300 people will be able to watch on a screen in the
     cloisters. Tickets are free, although donations will go to a local homelessness charity.""",
     traps=[T("more than 2,000 more people wanted to attend last year's event than could be accommodated",
              "oversubscribed by more than 2,000 people"),
            T("half past six in the evening", "6.30pm"),
            T("two weeks later", "a fortnight later"),
            T("Tickets are free", "There is no charge for tickets")])

case("mineral water bottling", "rewrite",
     """Fennick Springs, which bottles mineral water at Caldmoor, will stop using virgin plastic in all of its
     bottles by the end of 2025, the company said on Wednesday. The firm, which produces about 160 million bottles a
     year, will switch to recycled plastic for its still water range next spring and for sparkling water later. Chief
     executive Rosa Hendry said the change would add around 3p to the cost of each bottle, but that the company did
     not intend to pass this on to shoppers. Fennick employs 230 people at the Caldmoor plant.""",
     """Fennick Springs, the Caldmoor mineral water bottler, said on Wednesday that it will stop putting virgin
     plastic in any of its bottles by the end of 2027. The company makes about 160 million bottles annually and will
     move its still water range to recycled plastic next spring, with sparkling water following later. The change
     would raise the cost of each bottle by roughly 3p, chief executive Rosa Hendry said, but the company had no
     intention of passing this on to shoppers, who have increasingly demanded greener packaging. Fennick employs 230
     people at its Caldmoor plant.""",
     errors=[E("the end of 2027", "date", "major", "the end of 2025"),
             E("who have increasingly demanded greener packaging", "addition", "minor")],
     traps=[T("about 160 million bottles annually", "about 160 million bottles a year"),
            T("by roughly 3p", "add around 3p")])

case("vintage buses", "translation",
     """The Vestby Historic Transport Society will run its restored 1958 bus on the old coastal route between
     Vestby and Holmsund every Sunday in July and August. The society spent four years and about 600,000 kroner
     restoring the vehicle, which had been used as a chicken shed on a farm until 2016. Tickets cost 50 kroner for
     adults, while children under 12 travel free. Chairman Arne Lysaker said that the volunteers hoped to carry at
     least 3,000 passengers over the summer. Departures from Vestby harbour are at 11:00 and 14:00.""",
     """Every Sunday in July and August, the Vestby Historic Transport Society will operate its restored bus from
     1958 on the old coast road between Vestby and Holmsund. The restoration took the society four years and cost
     around 600,000 kroner; until 2016 the bus had served as a henhouse on a farm. Adults pay 50 kroner for a ticket,
     and under-12s ride for free. The volunteers hope to carry no fewer than 3,000 passengers during the summer, said
     chairman Arne Lysaker. Buses leave Vestby harbour at 11 a.m. and 2 p.m.""",
     traps=[T("a henhouse", "a chicken shed"),
            T("under-12s ride for free", "children under 12 travel free"),
            T("no fewer than 3,000 passengers", "at least 3,000 passengers"),
            T("11 a.m. and 2 p.m.", "11:00 and 14:00")])

case("escalator repairs", "rewrite",
     """Two of the four escalators at Cardine Street underground station will be out of service for up to 14
     weeks from Monday while their drive units are replaced, the transport authority said. The authority said the
     station would remain open throughout, but passengers with reduced mobility were advised to use Bellgate station,
     400 metres away, where lifts are available. Extra staff will be on duty at peak times. The £2.1 million repair
     is part of a programme to refurbish 36 escalators across the network by 2027.""",
     """From Monday, half of the four escalators at Cardine Street underground station will be taken out of use
     for as long as 14 weeks so that their drive units can be replaced, according to the transport authority. The
     station will close while the work is carried out, and passengers with reduced mobility are advised to use
     Bellgate station, 400 metres away, which has lifts. More staff will be on duty at peak times. The £2.1m repair
     forms part of a programme to refurbish 36 escalators across the network by 2027.""",
     errors=[E("station will close while the work is carried out", "polarity", "critical",
               "station would remain open throughout")],
     traps=[T("half of the four escalators", "Two of the four escalators"),
            T("for as long as 14 weeks", "for up to 14 weeks"),
            T("£2.1m", "£2.1 million")])

# ---------------------------------------------------------------- cases 21-25
case("river cleanups", "summary",
     """More than 450 volunteers removed about 6.5 tonnes of rubbish from a 12-kilometre stretch of the River Alder
     on Saturday, in the largest clean-up the Alder Rivers Trust has organised. Items pulled from the water included
     38 shopping trolleys, two motorcycles and a safe, which was handed to police. Trust director Owen Castell said the
     amount of plastic recovered had fallen compared with last year's event, which he attributed to a ban on
     single-use carrier bags in local shops. The trust plans to hold a second clean-up on the river's upper reaches
     in September, subject to funding.""",
     """On Saturday over 450 volunteers cleared roughly 6.5 tonnes of rubbish, including 38 shopping trolleys, two
     motorcycles and a safe, from 12 km of the River Alder in the biggest clean-up the Alder Rivers Trust has run.
     Its director credits a local ban on single-use carrier bags for a fall in plastic since last year. A second
     clean-up upstream is planned for September if funding allows.""",
     traps=[T("roughly 6.5 tonnes", "about 6.5 tonnes"),
            T("12 km", "12-kilometre"),
            T("the biggest clean-up the Alder Rivers Trust has run", "the largest clean-up the Alder Rivers Trust has organised"),
            T("if funding allows", "subject to funding")])

case("local newspapers", "rewrite",
     """The Ravensholme Courier, a weekly newspaper founded in 1871, will be bought by its own staff after its
     owner, Tidemark Media, agreed to sell the title for a nominal sum. The 14 journalists and sales staff will form a
     cooperative, which will also receive a £90,000 grant from the Northfield Community Fund to cover its first year
     of running costs. Editor Joanna Meeks said the paper would continue to appear every Thursday and that no jobs
     would be lost. Tidemark had warned in January that the Courier would close unless a buyer was found.""",
     """Tidemark Media has agreed to sell the Ravensholme Courier, a weekly title dating back to 1871, to the
     paper's own staff for a nominal sum. The 14 journalists and sales staff will set up a cooperative, and the
     Northfield Community Fund will give it a £90,000 grant to meet its running costs for the first twelve months. The
     paper will keep coming out every Thursday and there will be no job losses, editor Joanna Meeks said. In January
     Tidemark had warned that, without a buyer, the Courier would shut.""",
     traps=[T("Tidemark Media has agreed to sell the Ravensholme Courier",
              "will be bought by its own staff after its owner, Tidemark Media, agreed to sell the title"),
            T("dating back to 1871", "founded in 1871"),
            T("the first twelve months", "its first year"),
            T("there will be no job losses", "no jobs would be lost"),
            T("without a buyer, the Courier would shut", "the Courier would close unless a buyer was found")])

case("petting farms", "translation",
     """The Hoeveland petting farm in Drenthorst will remain closed until at least the end of the month after two
     goats tested positive for a bacterial infection, the municipal health service said on Friday. According to the
     service, the risk to visitors is small, but children under five and pregnant women who visited the farm between
     2 and 16 May are advised to contact their GP if they develop symptoms. The farm's manager, Wim de Roos, said all
     animals were being examined by a vet and that the stables would be disinfected. Around 25,000 people visit the
     farm each year.""",
     """The Hoeveland children's farm in Drenthorst is to stay shut until the end of the month at the earliest,
     after a bacterial infection was found in two goats, the municipal health service announced on Friday. Farm
     manager Wim de Roos said the danger to visitors was slight, but children under five who were at the farm
     between 2 and 16 May should see their GP if symptoms appear. He added that all the animals were being checked by
     a vet and that the stables would be disinfected. The farm receives roughly 25,000 visitors a year.""",
     errors=[E("Farm manager Wim de Roos said", "attribution", "major", "According to the service"),
             E("", "omission", "major", "and pregnant women", before=" who were at the farm")],
     traps=[T("until the end of the month at the earliest", "until at least the end of the month"),
            T("roughly 25,000 visitors a year", "Around 25,000 people visit the farm each year")])

case("tractor runs", "rewrite",
     """More than 300 vintage tractors are expected to take part in the Heronby Tractor Run on Sunday 14 July,
     raising money for the Dales Air Ambulance. The 28-mile route starts at Heronby showground at 9am and passes
     through the villages of Coldwell and Ashthorpe before returning in the afternoon. Organiser Gwen Tolley said last
     year's run raised £18,500, and she hoped to beat that total. Police have warned drivers to expect delays of up to
     40 minutes on the B6270, and the road through Coldwell will be closed to other traffic between 10am and
     noon.""",
     """Over 300 vintage tractors are expected to join the Heronby Tractor Run on Sunday 14 July in aid of the
     Dales Air Ambulance. Starting from Heronby showground at 9am, the 28-mile route goes through the villages of
     Coldwell and Ashthorpe before heading back in the afternoon. Last year's event raised £18,500, organiser Gwen
     Tolley said, adding that she hoped to top that figure. Police have warned motorists of delays of up to 40
     minutes on the B6270, and the road through Ashthorpe will be closed to other traffic.""",
     errors=[E("Ashthorpe", "entity", "major", "Coldwell", occ=1),
             E("", "omission", "minor", "between 10am and noon", after="closed to other traffic")],
     traps=[T("in aid of the Dales Air Ambulance", "raising money for the Dales Air Ambulance"),
            T("top that figure", "beat that total")])

case("welding schools", "summary",
     """The Tarnbridge Welding Academy will open a second training centre in Port Edwin in September, doubling the
     number of apprentices it can take each year to 240. The academy, which trains welders for shipyards and offshore
     wind projects, is investing £5.6 million in the site, including 48 new welding booths and a virtual-reality
     training suite. Principal Gareth Moyle said nine in ten graduates found work within three months of qualifying.
     Applications for the first intake at Port Edwin open on 3 March, and the academy said it particularly wanted to
     recruit more women, who currently make up 7 percent of its trainees.""",
     """The Tarnbridge Welding Academy is investing £5.6m in a second centre in Port Edwin, opening in September,
     which will double its yearly apprentice places to 240. Principal Gareth Moyle said 90% of graduates completed
     their training within three months. Applications open on 3 May, and the academy wants more women, currently 7%
     of trainees.""",
     errors=[E("completed their training", "event", "major", "found work"),
             E("3 May", "date", "major", "3 March")],
     traps=[T("£5.6m", "£5.6 million"),
            T("90% of graduates", "nine in ten graduates")])

# ---------------------------------------------------------------- cases 26-30
case("hedgerow planting", "rewrite",
     """Farmers in the Lyne catchment planted 19 kilometres of new hedgerow over the winter, the highest total since
     the Lyne Farm Network began its planting scheme in 2018. The network said around 95,000 saplings, mostly
     hawthorn, blackthorn and hazel, had been supplied free of charge by the Greenmarch Trust. Participating farms
     receive £12 per metre from a government stewardship fund, on condition that the hedges are not cut more than once
     every three years. Project officer Laura Finch said surveys showed that bird numbers on farms with new hedgerows
     had risen by a quarter.""",
     """Over the winter, farmers in the Lyne catchment put in 19 km of new hedgerow, more than in any year since the
     Lyne Farm Network launched its planting scheme in 2018. The Greenmarch Trust provided some 95,000 saplings,
     chiefly hawthorn, blackthorn and hazel, at no charge, the network said. A government stewardship fund pays
     participating farms £12 a metre, provided the hedges are cut no more than once every three years. According to
     project officer Laura Finch, surveys show that bird numbers on farms with new hedgerows have risen by 25%.""",
     traps=[T("19 km", "19 kilometres"),
            T("more than in any year since", "the highest total since"),
            T("at no charge", "free of charge"),
            T("cut no more than once every three years", "not cut more than once every three years"),
            T("risen by 25%", "risen by a quarter")])

case("lute playing", "translation",
     """The lutenist Tomasz Wierzba will give the opening concert of this year's Early Music Days in Kalisko on 9
     August, playing an instrument built in 1612 that was rediscovered in a monastery attic last year. The lute,
     restored over fourteen months by the workshop of Jan Borowik, is on loan from the diocesan museum. The festival
     director, Ewa Marczak, said that all 280 tickets for the concert had sold out within a day. The performance will
     be broadcast live on regional radio, and a second concert has been added for 10 August.""",
     """Tomasz Wierzba, a lute player, will open this year's Early Music Days festival in Kalisko on 9 August with a
     concert on a lute made in 1612, which was found again last year in the attic of a monastery. The diocesan museum
     has lent the instrument, which Jan Borowik's workshop spent fourteen months restoring. Festival director Ewa
     Marczak said every one of the concert's 280 tickets had been sold in less than 24 hours. Regional radio will
     carry the performance live, and an extra concert has been scheduled for 10 August.""",
     traps=[T("found again last year in the attic of a monastery", "rediscovered in a monastery attic last year"),
            T("The diocesan museum has lent the instrument", "is on loan from the diocesan museum"),
            T("in less than 24 hours", "within a day"),
            T("an extra concert has been scheduled", "a second concert has been added")])

case("tombolas", "rewrite",
     """Organisers of the Fairley Summer Fete have apologised after the tombola stall ran out of prizes within 45
     minutes of opening on Saturday. The fete committee said it had collected about 600 donated prizes, but demand was
     far higher than expected after a sunny forecast drew a record crowd of around 4,000. Committee chair Maureen Oakes
     said unused tickets would be refunded at the village hall on Wednesday evening. The fete raised £7,200 overall for
     the village school and the church roof fund, up from £5,900 last year.""",
     """Organisers of the Fairley Summer Fete have said sorry after the tombola stall had no prizes left just 45
     minutes after it opened on Saturday. Around 600 prizes had been donated, the fete committee said, but a sunny
     forecast brought a record crowd of about 4,000 and demand far outstripped expectations. Unused tickets can be
     swapped for prizes at the village hall on Wednesday evening, committee chair Maureen Oakes said. Overall the fete
     raised £7,200 for the village school and the church roof fund, compared with £5,900 last year.""",
     errors=[E("swapped for prizes", "event", "major", "refunded")],
     traps=[T("said sorry", "apologised"),
            T("demand far outstripped expectations", "demand was far higher than expected")])

case("community fridges", "summary",
     """A community fridge that lets residents share surplus food has saved an estimated 11 tonnes from going to
     waste in its first year, according to figures released by Ashwick Parish Council. The fridge, housed in the
     foyer of Ashwick library, is stocked by two supermarkets, a bakery and local households, and is checked twice a
     day by a rota of 30 volunteers. Raw meat and fish are not accepted for safety reasons. Council clerk Priya
     Dhillon said the scheme had cost £3,400 to set up, mostly for the fridge and a temperature logger, and would be
     extended with a second fridge in Northgate from March.""",
     """Ashwick Parish Council estimates that its community fridge in the library foyer kept some 11 tonnes of
     surplus food out of the bin in its first year. Stocked by two supermarkets, a bakery and local households and
     checked twice daily by 30 volunteers, it cost £3,400 to set up and will be joined by a second fridge in Northgate
     from March.""",
     traps=[T("Ashwick Parish Council estimates", "according to figures released by Ashwick Parish Council"),
            T("kept some 11 tonnes of surplus food out of the bin", "saved an estimated 11 tonnes from going to waste"),
            T("twice daily", "twice a day"),
            T("will be joined by a second fridge in Northgate", "would be extended with a second fridge in Northgate")])

case("aquarium openings", "rewrite",
     """The Saltmere Aquarium will open to the public on 28 May, two years later than planned, after construction
     was delayed by flooding and a shortage of specialist glass. The £46 million attraction, owned by the Vantry
     Leisure Group, features a 3.5-million-litre ocean tank and a seahorse breeding centre. Operations director Kofi
     Asante said the aquarium expected to attract 550,000 visitors in its first year and would create 140 permanent
     jobs. Adult tickets will cost £24, with a 20 percent discount for residents of the borough.""",
     """After construction was held up by flooding and a lack of specialist glass, the Saltmere Aquarium will open
     its doors to the public on 28 May, two years behind schedule. The Vantry Leisure Group's £46m attraction includes
     an ocean tank holding 3.5 million litres and a centre for breeding seahorses. According to operations director
     Kofi Asante, 550,000 visitors are expected in the first year, and 140 permanent jobs will be created. Borough
     residents will get a fifth off the £24 adult ticket price.""",
     traps=[T("held up by flooding", "delayed by flooding"),
            T("a lack of specialist glass", "a shortage of specialist glass"),
            T("two years behind schedule", "two years later than planned"),
            T("£46m", "£46 million"),
            T("a fifth off", "a 20 percent discount")])

# ---------------------------------------------------------------- cases 31-35
case("beach cleans", "translation",
     """Volunteers collected almost two tonnes of waste from the beaches of the island of Santa Velha last weekend,
     the environmental association Mar Limpo said. Fishing nets and ropes accounted for more than half of the material
     gathered. The association's president, Joana Serrão, said the island council could introduce a deposit scheme
     for fishing gear next year if the results of a study due in the autumn are positive. Around 320 people, including
     pupils from four schools, took part in the operation, which covered eleven beaches.""",
     """Last weekend volunteers gathered nearly two tonnes of rubbish on the beaches of Santa Velha island,
     according to the environmental group Mar Limpo. Over half of what was picked up was fishing nets and rope. Joana
     Serrão, who chairs the association, said the island council will introduce a deposit scheme for fishing gear next
     year if the results of a study expected in the autumn are favourable. Some 320 people, pupils from four schools
     among them, took part in the clean-up, which covered eleven beaches.""",
     errors=[E("will introduce", "modality", "major", "could introduce")],
     traps=[T("nearly two tonnes", "almost two tonnes"),
            T("Over half", "more than half"),
            T("Some 320 people", "Around 320 people")])

case("folk dancing", "rewrite",
     """The Merrow Folk Dance Festival will return to Castlebridge from 12 to 14 September after a four-year break,
     with 35 dance sides from across the country booked to perform. The festival was suspended in 2020 and later
     struggled to find a new organiser after its founder, Alan Pike, retired. It is now being run by the Castlebridge
     Arts Trust, which has secured £28,000 in sponsorship. Trust director Nia Howell said morris, clog and sword
     dancing would feature, along with ceilidhs on the Friday and Saturday evenings. Most events will be free, though
     ceilidh tickets will cost £10.""",
     """After a four-year break, the Merrow Folk Dance Festival is coming back to Castlebridge from 12 to 14
     September, and 35 dance sides from around the country have been booked to perform. Suspended in 2020, the
     festival then had difficulty finding a new organiser when its founder Alan Pike retired. The Castlebridge Arts
     Trust, which has raised £28,000 in sponsorship, is now in charge. Morris, clog and sword dancing will all be on
     the programme, trust director Nia Howell said, with ceilidhs on the Friday and Saturday evenings. Most events
     will be free, though ceilidh tickets will cost £10. The Castlebridge Arts Trust, which has raised £28,000 in
     sponsorship, is now in charge.""",
     errors=[E("The Castlebridge Arts Trust, which has raised £28,000 in sponsorship, is now in charge",
               "repetition", "minor", occ=1)],
     traps=[T("had difficulty finding", "struggled to find"),
            T("raised £28,000 in sponsorship", "secured £28,000 in sponsorship")])

case("stunt performers", "summary",
     """Stunt performers working on film and television productions in the Ardenne region will be covered by a new
     safety code from January, after an agreement between the performers' union Equistage and the Screen Producers'
     Council. Under the code, every stunt involving fire, heights above six metres or moving vehicles must be
     supervised by a certified coordinator, and performers will have the right to refuse a stunt without losing pay if
     rehearsal time is cut. Equistage said 41 stunt performers had been injured on set in the past three years. The
     council said the code would add less than 1 percent to typical production budgets.""",
     """From January, a safety code agreed by the union Equistage and the Screen Producers' Council will require a
     certified coordinator for stunts involving fire, heights over six metres or moving vehicles, and performers who
     refuse a stunt when rehearsal time is cut will lose pay. Equistage says 41 performers were hurt on set in three
     years; the council says budgets will typically rise by less than 1%.""",
     errors=[E("will lose pay", "polarity", "critical", "without losing pay")],
     traps=[T("heights over six metres", "heights above six metres"),
            T("41 performers were hurt on set", "41 stunt performers had been injured on set")])

case("litter picks", "rewrite",
     """Kelbrook Borough Council has lent litter-picking kits to 85 community groups since launching its Clean
     Streets scheme in April, the council said in a statement on Thursday. Each kit contains grabbers, hoops,
     high-visibility vests and gloves, and the council collects filled bags within 48 hours of a pick being reported.
     Councillor Denise Okafor, who leads on the environment, said volunteers had filled more than 3,000 bags so far.
     The council intends to add 20 new litter bins in hotspots identified by the groups, at a cost of about
     £14,000.""",
     """Since its Clean Streets scheme began in April, Kelbrook Borough Council has loaned litter-picking kits to 85
     community groups, it said in a statement on Thursday. Grabbers, hoops, hi-vis vests and gloves are included in
     each kit, and filled bags are picked up by the council within two days of a pick being reported. Volunteers have
     so far filled over 3,000 bags, according to Denise Okafor, the councillor who leads on the environment. The
     council plans to spend around £14,000 on 20 new litter bins in hotspots pinpointed by the groups.""",
     traps=[T("loaned", "lent"),
            T("hi-vis vests", "high-visibility vests"),
            T("within two days", "within 48 hours"),
            T("over 3,000 bags", "more than 3,000 bags"),
            T("plans to spend around £14,000 on 20 new litter bins", "intends to add 20 new litter bins")])

case("jukebox repair", "translation",
     """A workshop in the town of Brenzau that restores old jukeboxes has received an award from the regional
     chamber of crafts for preserving traditional skills. Owner Dieter Falk, 67, and his two employees repair around
     60 machines a year, most of them built between 1950 and 1975. Spare parts are often no longer available and have
     to be made by hand. Falk said that demand had increased sharply in recent years, and customers now wait up to
     eight months for a repair. He is looking for an apprentice to take over the business when he retires.""",
     """The regional chamber of crafts has given an award for the preservation of traditional skills to a Brenzau
     workshop that restores old jukeboxes. Its 67-year-old owner, Dieter Falk, and his two staff repair about 60
     machines annually, the majority of them dating from between 1950 and 1975. Spare parts often can no longer be
     obtained and must be made by hand. According to Falk, demand has risen steeply over the last few years, and
     customers now have to wait as long as eight months for a repair. He is seeking an apprentice to take over the
     business when he retires.""",
     traps=[T("Its 67-year-old owner, Dieter Falk", "Owner Dieter Falk, 67"),
            T("about 60 machines annually", "around 60 machines a year"),
            T("risen steeply", "increased sharply"),
            T("as long as eight months", "up to eight months")])

# ---------------------------------------------------------------- cases 36-40
case("reindeer sledding", "rewrite",
     """Tourist operator Arctic Trails has taken over the reindeer sledding business run by the Nilla family near
     Sarvaluokta for an undisclosed sum, the company said on Monday. The Nilla family will continue to own and care for
     the herd of about 120 reindeer, while Arctic Trails will handle bookings, marketing and transport for visitors.
     Last winter the business took around 4,500 guests on sled rides. Herder Per Nilla said the deal would allow the
     family to focus on the animals, which had been under pressure from a shortage of winter grazing.""",
     """The Nilla family has taken over the reindeer sledding business run by tourist operator Arctic Trails near
     Sarvaluokta for an undisclosed sum, the company said on Monday. The family will go on owning and looking after
     its herd of some 120 reindeer, with Arctic Trails responsible for bookings, marketing and transport for visitors.
     Roughly 4,500 guests went on sled rides with the business last winter. According to herder Per Nilla, the
     agreement will let the family concentrate on the animals, which have been under strain because winter grazing is
     scarce.""",
     errors=[E("The Nilla family has taken over the reindeer sledding business run by tourist operator Arctic Trails",
               "role", "critical",
               "Tourist operator Arctic Trails has taken over the reindeer sledding business run by the Nilla family")],
     traps=[T("some 120 reindeer", "about 120 reindeer"),
            T("Roughly 4,500 guests", "around 4,500 guests")])

case("car boot sales", "summary",
     """The Sunday car boot sale at Millbrook Racecourse will move to the town's former cattle market from 5 May
     after the racecourse owners decided to use the car park for a new events venue. The sale, which attracts up to
     400 sellers and 5,000 buyers on busy weekends, has been held at the racecourse for 26 years. Organiser Terry Hoad
     said pitch fees would stay at £10 for cars and £15 for vans, and that the new site had more parking and better
     toilets. Gates will open to sellers at 6am and to buyers at 7am.""",
     """From 5 May, Millbrook's Sunday car boot sale, which draws as many as 400 sellers and 5,000 buyers on busy
     weekends, will leave the racecourse, its home for 26 years, for the former cattle market, as the owners want the
     car park for a new events venue. Pitch fees remain £10 for cars and £15 for vans.""",
     traps=[T("draws as many as 400 sellers and 5,000 buyers", "attracts up to 400 sellers and 5,000 buyers"),
            T("its home for 26 years", "has been held at the racecourse for 26 years"),
            T("as the owners want the car park for a new events venue",
              "after the racecourse owners decided to use the car park for a new events venue"),
            T("Pitch fees remain", "pitch fees would stay")])

case("container ports", "translation",
     """The port of Valmira handled a record 2.4 million containers last year, an increase of 9 percent, the port
     authority announced on Tuesday. Growth was driven mainly by transhipment traffic to West Africa. The authority's
     chairman, Rui Calado, said that the dredging of the northern access channel, completed in October, now allows
     the largest container ships to call at the port. The terminal operator Atlantica Logistics plans to install six
     new ship-to-shore cranes by 2026. The dockworkers' union SINPORT has called a strike for 18 March over shift
     patterns.""",
     """Valmira port handled an all-time high of 2.4 million containers last year, 9% more than the year before,
     the port authority said on Tuesday. The increase came chiefly from transhipment to West Africa. The authority's
     chairman, Rui Calado, said that the dredging of the southern access channel, which began in October, now means
     the biggest container vessels can call at the port. Atlantica Logistics, which operates the terminal, intends to
     put in six new ship-to-shore cranes by 2026. The dockworkers' union SINPORT has called a strike on 18 March over
     shift patterns.""",
     errors=[E("southern", "entity", "major", "northern"),
             E("began", "event", "major", "completed")],
     traps=[T("an all-time high of 2.4 million containers", "a record 2.4 million containers"),
            T("9% more than the year before", "an increase of 9 percent"),
            T("Atlantica Logistics, which operates the terminal", "The terminal operator Atlantica Logistics")])

case("cat cafes", "rewrite",
     """Whisker & Bean, a cat cafe in Dorran Street, Holtby, has rehomed 112 cats since it opened three years ago,
     its owners said this week. The cafe works with the Holtby Cat Rescue, which checks every adopter's home before a
     cat can leave. Co-owner Leah Marsh said visits were limited to 75 minutes and that children under eight were not
     admitted, to reduce stress for the animals. The cafe is now raising £20,000 to open a second site in Carnford,
     and has so far received pledges worth £13,500.""",
     """In the three years since it opened, Whisker & Bean, a cat cafe on Holtby's Dorran Street, has found new
     homes for 112 cats, the owners said this week. Before any cat can leave, the cafe's partner, Holtby Cat Rescue,
     carries out a home check on the adopter. To keep the animals' stress down, visits are capped at an hour and a
     quarter and under-eights are not allowed in, co-owner Leah Marsh said. Pledges of £13,500 have been received so
     far towards the £20,000 the cafe is raising to open a second site in Carnford.""",
     traps=[T("found new homes for 112 cats", "rehomed 112 cats"),
            T("carries out a home check on the adopter", "checks every adopter's home"),
            T("an hour and a quarter", "75 minutes"),
            T("under-eights are not allowed in", "children under eight were not admitted")])

case("timber framing", "summary",
     """A timber-framed barn dating from around 1480 has been dismantled and moved 30 miles to the Weald Rural Life
     Museum in Ashden, where it will be rebuilt over the next two years. Carpenters from the Oakwright Guild numbered
     each of the barn's 640 oak components before taking it apart. The museum said about 15 percent of the timbers
     were too decayed to reuse and would be replaced with green oak cut using traditional methods. The £850,000
     project is funded by a heritage lottery grant and private donations. Visitors will be able to watch the
     reconstruction from a viewing platform.""",
     """A barn built around 1480 has been taken apart, its 640 oak components numbered by Oakwright Guild
     carpenters, and moved 30 miles to the Weald Rural Life Museum in Ashden, where it will be rebuilt over two years,
     making it the oldest building in the museum's collection. Roughly 15% of the timbers are too decayed to reuse and
     will be replaced with traditionally cut green oak.""",
     errors=[E("making it the oldest building in the museum's collection", "addition", "major")],
     traps=[T("taken apart", "dismantled"),
            T("Roughly 15% of the timbers", "about 15 percent of the timbers")])


# ---------------------------------------------------------------- build and validate
def find_occ(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            raise ValueError("not found (occ %d): %r" % (occ, needle))
    return pos


def word_ok(s, start, end):
    if start > 0 and s[start - 1].isalnum() and start < len(s) and s[start].isalnum():
        return False
    if end < len(s) and end > 0 and s[end].isalnum() and s[end - 1].isalnum():
        return False
    return True


def build():
    problems, out = [], []
    for i, c in enumerate(CASES, 1):
        cid = "s%d-%03d" % (N, i)
        ref, cand = c["reference"], c["candidate"]
        bad = lambda msg: problems.append("%s (%s): %s" % (cid, c["domain"], msg))
        label = "inconsistent" if c["errors"] else "consistent"
        nw = len(ref.split())
        if not 70 <= nw <= 190:
            bad("reference has %d words" % nw)
        if c["mode"] == "summary" and len(cand) >= len(ref):
            bad("summary not shorter than reference")
        spans, errors, traps = [], [], []
        for e in c["errors"]:
            try:
                if e["type"] == "omission":
                    if e["before"] is not None:
                        start = find_occ(cand, e["before"], e["occ"])
                    else:
                        start = find_occ(cand, e["after"], e["occ"]) + len(e["after"])
                    end = start
                    if e["text"] != "":
                        bad("omission with text")
                    if e["ref_text"].lower() in cand.lower():
                        bad("omitted words present in candidate: %r" % e["ref_text"])
                    if c["mode"] == "summary":
                        bad("omission in summary")
                else:
                    start = find_occ(cand, e["text"], e["occ"])
                    end = start + len(e["text"])
            except ValueError as ex:
                bad(str(ex))
                continue
            if e["type"] not in TYPES:
                bad("bad type %r" % e["type"])
            if e["severity"] not in ("minor", "major", "critical"):
                bad("bad severity")
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    bad("addition/repetition needs ref_text None")
            elif e["ref_text"] is None or e["ref_text"] not in ref:
                bad("ref_text not in reference: %r" % e["ref_text"])
            if e["type"] == "repetition" and cand.find(e["text"]) >= start:
                bad("repetition has no earlier copy")
            if not word_ok(cand, start, end):
                bad("span cuts a word: %r" % e["text"])
            spans.append((start, end, e["text"]))
            errors.append(dict(start=start, end=end, text=cand[start:end], type=e["type"],
                               severity=e["severity"], ref_text=e["ref_text"]))
        for t in c["traps"]:
            try:
                start = find_occ(cand, t["text"], t["occ"])
            except ValueError as ex:
                bad(str(ex))
                continue
            end = start + len(t["text"])
            if t["ref_text"] not in ref:
                bad("trap ref_text not in reference: %r" % t["ref_text"])
            if t["text"] in ref:
                bad("trap text identical in reference: %r" % t["text"])
            if not word_ok(cand, start, end):
                bad("trap cuts a word: %r" % t["text"])
            spans.append((start, end, t["text"]))
            traps.append(dict(start=start, end=end, text=t["text"], ref_text=t["ref_text"]))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1] or (a[0] == a[1] == b[0] == b[1]):
                bad("overlapping spans %r / %r" % (a[2], b[2]))
        nt = len(traps)
        if label == "consistent" and not 3 <= nt <= 5:
            bad("consistent pair has %d traps" % nt)
        if label == "inconsistent" and not 0 <= nt <= 3:
            bad("inconsistent pair has %d traps" % nt)
        if c["domain"] not in DOMAINS:
            bad("domain not in list")
        errors.sort(key=lambda x: x["start"])
        traps.sort(key=lambda x: x["start"])
        out.append(dict(id=cid, domain=c["domain"], mode=c["mode"], reference=ref, candidate=cand,
                        label=label, errors=errors, traps=traps))
    # set-level composition
    if len(out) != 40:
        problems.append("expected 40 pairs, got %d" % len(out))
    if len({r["domain"] for r in out}) != len(out):
        problems.append("duplicate domains")
    ml = Counter((r["mode"], r["label"]) for r in out)
    for m, n in (("rewrite", 10), ("summary", 5), ("translation", 5)):
        for l in ("consistent", "inconsistent"):
            if ml[(m, l)] != n:
                problems.append("%s/%s: %d, expected %d" % (m, l, ml[(m, l)], n))
    tc = Counter(e["type"] for r in out for e in r["errors"])
    if sum(tc.values()) != 30:
        problems.append("expected 30 errors, got %d" % sum(tc.values()))
    for t in TYPES:
        if tc[t] < 2:
            problems.append("type %s has %d errors" % (t, tc[t]))
    return out, problems


def main():
    out, problems = build()
    for p in problems:
        print("PROBLEM:", p)
    ml = Counter((r["mode"], r["label"]) for r in out)
    print("pairs:", len(out), dict(Counter(r["label"] for r in out)))
    print("mode x label:", {"%s/%s" % k: v for k, v in sorted(ml.items())})
    print("error types:", dict(Counter(e["type"] for r in out for e in r["errors"])))
    print("severities:", dict(Counter(e["severity"] for r in out for e in r["errors"])))
    print("traps:", sum(len(r["traps"]) for r in out))
    wc = [len(r["reference"].split()) for r in out]
    print("reference words: min %d max %d" % (min(wc), max(wc)))
    if problems:
        sys.exit(1)
    if "--check" in sys.argv:
        print("check OK (nothing written)")
        return
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set%d.jsonl" % N)
    with open(path, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", path)


if __name__ == "__main__":
    main()
