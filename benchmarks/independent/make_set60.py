#!/usr/bin/env python3
"""Held-out evaluation set 60 for a fact-comparison tool.

How it was made: every pair below was hand-written, as Python data, by a helper
that saw no code, data or benchmark of the project; it worked only from a short
written brief. All people, companies, organisations, places and figures are
invented (real countries appear only as background). Character offsets are never
typed by hand: the script finds every quoted span in the candidate by string
search (with an occurrence index where a text repeats), validates the whole set
and writes set60.jsonl next to this file. `python3 make_set60.py --check`
validates only and writes nothing.

Composition (checked by the script):
  40 pairs, one domain each; 20 consistent, 20 inconsistent.
  20 rewrites (10 consistent / 10 inconsistent), 10 summaries (5/5),
  10 translations (5/5; both texts are independent English translations of the
  same non-English story).
  30 errors: entity 3, number 4, date 3, role 3, polarity 3, modality 3,
  attribution 3, event 2, omission 2 (rewrite and translation only),
  addition 2, repetition 2. Ten inconsistent pairs carry one error, ten carry two.
  Consistent pairs carry 3-5 traps (faithful rewordings), inconsistent pairs 0-3.
  References are 70-190 words in news, agency, corporate or official register.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set60.jsonl")

DOMAINS = [
    "footpath stiles", "funicular railways", "game keepers", "gas lamps",
    "gate lodges", "greyhound rescue", "hat blocks", "hill forts", "hymn books",
    "icehouses", "ironmongers", "ivy removal", "jam making", "kennels",
    "kitchen gardens", "ladder makers", "lamp posts", "landing stages",
    "lead mines", "lifeboat crews", "longbows", "market crosses",
    "match factories", "meadow mowing", "mill ponds", "model yachts",
    "mop fairs", "nail makers", "needlework samplers", "orchard wassails",
    "parchment makers", "pigsties", "pit ponies", "police boxes", "pub signs",
    "quarry pools", "rag and bone men", "reading rooms", "roof bosses",
    "rope swings",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]

CASES = []


def E(text, type_, severity, ref, occ=0):
    """An error span: `text` (occurrence `occ`) in the candidate."""
    return {"kind": "span", "text": text, "type": type_, "severity": severity,
            "ref_text": ref, "occ": occ}


def O(anchor, ref, severity, occ=0):
    """An omission: the missing words belong right after `anchor`."""
    return {"kind": "omission", "anchor": anchor, "type": "omission",
            "severity": severity, "ref_text": ref, "occ": occ}


def T(text, ref, occ=0):
    """A trap: faithful rewording `text` of reference wording `ref`."""
    return {"text": text, "ref_text": ref, "occ": occ}


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": " ".join(reference.split()),
                  "candidate": " ".join(candidate.split()),
                  "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------- rewrites (1/2)

case("footpath stiles", "rewrite", "consistent",
     """Harrowby District Council has agreed to replace 46 wooden stiles on public
     footpaths in the Lenham Vale with metal kissing gates over the next three years,
     at an estimated cost of £210,000. The decision, taken at a committee meeting on
     12 March, follows complaints from walkers' groups that many of the stiles are
     unsafe and impossible for older people and dog owners to cross. Councillor Miriam
     Dalby, who chairs the rights of way committee, said the work would begin on the
     routes used most heavily. Landowners will be asked to contribute a quarter of the
     cost for gates on their property, although the council said no one would be
     compelled to pay. The Lenham Ramblers welcomed the plan but urged the council to
     publish a timetable.""",
     """Walkers' groups had complained that many stiles on footpaths in the Lenham Vale
     were unsafe and could not be crossed by older people or dog owners. Now Harrowby
     District Council has agreed to swap 46 wooden stiles for metal kissing gates during
     the next three years, in a project expected to cost about £210,000. The decision
     was made at a committee meeting on 12 March. According to Miriam Dalby, the
     councillor who chairs the rights of way committee, the busiest routes will be
     tackled first. Landowners will be invited to pay 25 per cent of the cost of gates
     on their land, but the council said nobody would be forced to contribute. The
     Lenham Ramblers, while welcoming the plan, called for a timetable to be
     published.""",
     traps=[T("expected to cost about £210,000", "at an estimated cost of £210,000"),
            T("the busiest routes will be tackled first",
              "the work would begin on the routes used most heavily"),
            T("25 per cent", "a quarter"),
            T("nobody would be forced to contribute", "no one would be compelled to pay")])

case("gas lamps", "rewrite", "inconsistent",
     """The city of Easterbrook will keep 312 of its remaining gas street lamps in the
     historic Carrow quarter, reversing a 2019 plan to convert them all to electric
     light. Announcing the decision on Thursday, the city's heritage officer, Paul
     Venning, said the lamps were 'part of what makes the quarter recognisable' and that
     converting them would have cost roughly £1.4 million. The remaining 58 gas lamps
     elsewhere in the city will be switched to LED units by the end of 2026. The lamps
     are maintained by a team of four lamplighters employed by Carrow Gas Services,
     whose contract has been extended until 2030. Residents' associations had collected
     more than 3,000 signatures in support of keeping the lamps.""",
     """Easterbrook is to retain 312 of the gas street lamps still standing in its
     historic Carrow quarter, abandoning a 2019 plan under which all of them would have
     been converted to electric light. Paul Venning, the city's heritage officer,
     announced the decision on Thursday, saying the lamps were 'part of what makes the
     quarter recognisable' and that conversion would have cost about £1.4bn. The 58 gas
     lamps elsewhere in the city will be replaced with LED units by the end of 2026.
     Four lamplighters employed by Carrow Gas Services look after the lamps, and the
     firm's contract now runs until 2026. Residents' associations had gathered over
     3,000 signatures backing the lamps.""",
     errors=[E("about £1.4bn", "number", "major", "roughly £1.4 million"),
             E("until 2026", "date", "major", "until 2030")],
     traps=[T("look after the lamps", "are maintained by")])

case("gate lodges", "rewrite", "consistent",
     """The Aldwick Estate Trust has been granted planning permission to restore the two
     Victorian gate lodges at the entrance to Fenmoor Park and let them as holiday
     cottages. The lodges, built in 1868 for the then owner of the estate, Sir Edmund
     Carrick, have stood empty since 1994 and were added to the county's
     buildings-at-risk register four years ago. The trust expects the £650,000 project
     to take about 18 months, with work starting in the spring. Half of the funding
     comes from a heritage lottery grant; the rest will be raised through the trust's
     own appeal. Its director, Helen Marsh, said income from the cottages would pay for
     the upkeep of the park's footpaths and woodland.""",
     """The two Victorian gate lodges at the entrance to Fenmoor Park are to be restored
     and let to holidaymakers after the Aldwick Estate Trust won planning permission.
     Empty since 1994, the lodges were built in 1868 for Sir Edmund Carrick, who owned
     the estate at the time, and they went onto the county's buildings-at-risk register
     four years ago. Work on the £650,000 scheme will start in the spring, and the trust
     expects it to last around a year and a half. A heritage lottery grant provides 50
     per cent of the funding, with the remainder to come from the trust's own appeal.
     Helen Marsh, the trust's director, said the money earned from the cottages would
     pay for maintaining the park's woodland and footpaths.""",
     traps=[T("let to holidaymakers", "let them as holiday cottages"),
            T("who owned the estate at the time", "the then owner of the estate"),
            T("around a year and a half", "about 18 months"),
            T("50 per cent of the funding", "Half of the funding")])

case("hymn books", "rewrite", "inconsistent",
     """St Aldhelm's Church in Marbury has received 400 new hymn books after a local
     printing firm, Colley & Price, agreed to produce them free of charge. The church's
     existing books, bought in 1978, had become so worn that pages were falling out
     during services, according to the vicar, the Reverend Anna Toller. The new edition
     includes 60 hymns written in the past 20 years alongside traditional favourites.
     Colley & Price said it would also reprint large-print copies for members of the
     congregation with poor eyesight at no cost. The old books will be offered to a
     church in the Gambia, where the diocese has a partnership with three parishes.""",
     """Marbury's St Aldhelm's Church has taken delivery of 400 new hymn books, which a
     local printer, Colley & Price, agreed to produce. According to the vicar, the
     Reverend Anna Toller, the books the church bought in 1978 had become so worn that
     pages came loose during services. Alongside traditional favourites, the new edition
     contains 60 hymns written within the last two decades. The printer has said it will
     provide large-print copies at no cost for worshippers whose eyesight is poor. The
     old books are to be offered to a church in the Gambia, where the diocese is
     partnered with three parishes.""",
     errors=[O("agreed to produce", "free of charge", "major")],
     traps=[T("within the last two decades", "in the past 20 years"),
            T("came loose", "were falling out")])

case("icehouses", "rewrite", "consistent",
     """Volunteers at Brackenholt Hall have finished excavating an 18th-century icehouse
     that was buried under a collapsed bank in the hall's grounds. The brick-lined
     chamber, about six metres deep, was used to store ice cut from the lake each winter
     so that the household could have chilled food and drinks in summer. Archaeologist
     Dr Simon Eyre, who led the dig, said the structure was in 'remarkably good
     condition' and that its domed roof was largely intact. The team of 25 volunteers
     spent 11 weeks removing roughly 90 tonnes of soil. The icehouse will open to
     visitors on guided tours from June, though numbers will be limited to 12 people per
     tour for safety reasons.""",
     """An 18th-century icehouse that lay buried beneath a collapsed bank in the grounds
     of Brackenholt Hall has been fully excavated by volunteers. Each winter, ice cut
     from the lake was packed into the brick-lined chamber, which is roughly six metres
     deep, so that chilled food and drink could be served to the household during the
     summer. Twenty-five volunteers worked for 11 weeks to clear some 90 tonnes of earth.
     Dr Simon Eyre, the archaeologist in charge of the dig, described the structure as
     being in 'remarkably good condition', with most of its domed roof still intact.
     Guided tours will take visitors inside from June, but for safety reasons no more
     than 12 people will be allowed on each tour.""",
     traps=[T("some 90 tonnes of earth", "roughly 90 tonnes of soil"),
            T("the archaeologist in charge of the dig", "who led the dig"),
            T("most of its domed roof still intact", "its domed roof was largely intact"),
            T("no more than 12 people will be allowed on each tour",
              "limited to 12 people per tour")])

case("ivy removal", "rewrite", "inconsistent",
     """Stowford Town Council has hired a specialist contractor, Greenbank
     Arboriculture, to remove ivy from the medieval walls around St Cuthbert's
     churchyard after an inspection found that its roots were loosening the stonework.
     The town council took over responsibility for the walls from the parochial church
     council in 1987. The work, which will cost £38,000, is due to start on 3 September
     and last six weeks. The inspection, carried out by the conservation engineer Laura
     Pike, warned that a 20-metre section on the north side could collapse within five
     years if nothing was done. The Wessex Heritage Panel has approved the method, which
     involves cutting the stems at the base and leaving the ivy to die back before it
     is pulled away by hand.""",
     """An inspection of the medieval walls around St Cuthbert's churchyard found that
     ivy roots were loosening the stonework, and Stowford Town Council has now brought
     in a specialist contractor, Greenbank Arboriculture, to strip the ivy away. The
     walls have been the responsibility of the parochial church council since it took
     them over from the town council in 1987. Due to start on 3 September, the £38,000
     job is expected to take six weeks. Conservation engineer Laura Pike, who carried
     out the inspection, warned that unless action was taken a 20-metre stretch on the
     north side could fall down within five years. Under the method approved by the
     Wessex Heritage Panel, the stems will be cut at the base and the ivy left to die
     back before being removed by hand.""",
     errors=[E("the parochial church council since it took them over from the town council",
               "role", "major",
               "The town council took over responsibility for the walls from the parochial church council")],
     traps=[T("brought in", "hired"),
            T("could fall down within five years", "could collapse within five years")])

case("jam making", "rewrite", "consistent",
     """Hollins Preserves, a family-run jam maker based in Ketterby, is to double
     production after signing a two-year supply deal with the supermarket chain Fairway
     Foods. The company, founded in 1952 by Doris Hollins, currently makes about 8,000
     jars a week in small copper pans. Managing director Tom Hollins, her grandson, said
     the firm would hire 14 additional staff and move into a larger unit on the Ketterby
     business park by October. He insisted the jam would still be cooked in open pans
     rather than industrial vats. Fairway will stock four flavours, including the firm's
     best-selling damson and gin, in 120 of its stores across the north of England.""",
     """The supermarket chain Fairway Foods has signed a two-year supply agreement with
     Hollins Preserves, and the Ketterby-based family jam maker is to increase
     production twofold as a result. Founded by Doris Hollins in 1952, the business now
     turns out roughly 8,000 jars each week using small copper pans. Her grandson Tom
     Hollins, the managing director, said 14 extra workers would be taken on and that by
     October the firm would relocate to a bigger unit on the Ketterby business park. He
     was adamant that open pans, not industrial vats, would continue to be used for
     cooking the jam. Four flavours, among them the best-selling damson and gin, will go
     on sale in 120 Fairway stores across the north of England.""",
     traps=[T("increase production twofold", "double production"),
            T("roughly 8,000 jars each week", "about 8,000 jars a week"),
            T("14 extra workers would be taken on", "would hire 14 additional staff"),
            T("was adamant", "insisted")])

case("kennels", "rewrite", "inconsistent",
     """Plans for a 60-dog boarding kennels on farmland near the village of Thursby have
     been rejected by Welland Vale planning committee. Councillors voted eight to three
     against the application from Oakridge Pet Care, citing the likely impact of noise
     on neighbouring homes. A report by the council's environmental health team had
     concluded that barking could be heard up to 400 metres away, although it said this
     could be reduced with acoustic fencing. The parish council opposed the scheme, and
     87 letters of objection were received. Oakridge's director, Claire Benton, said the
     company was disappointed and would consider an appeal.""",
     """Welland Vale planning committee has turned down plans by Oakridge Pet Care for
     boarding kennels housing 60 dogs on farmland outside Thursby. Councillors rejected
     the application by eight votes to three, pointing to the probable effect of noise
     on nearby homes. A report by the parish council had concluded that barking might be
     heard as far as 400 metres away, and that acoustic fencing would make little
     difference. The scheme was opposed by the parish council and drew 87 letters of
     objection. Claire Benton, Oakridge's director, said the company was disappointed
     and would consider an appeal.""",
     errors=[E("A report by the parish council", "attribution", "major",
               "A report by the council's environmental health team"),
             E("acoustic fencing would make little difference", "polarity", "major",
               "this could be reduced with acoustic fencing")],
     traps=[T("pointing to the probable effect of noise on nearby homes",
              "citing the likely impact of noise on neighbouring homes")])

case("kitchen gardens", "rewrite", "consistent",
     """The walled kitchen garden at Pellow House, which supplied fruit and vegetables to
     the house for more than two centuries, will reopen to the public on 1 May after a
     five-year restoration. The Pellow Gardens Trust has rebuilt three glasshouses and
     replanted 140 varieties of heritage apple, pear and plum trees trained against the
     walls. Head gardener Rachel Ames said the team had worked from planting plans
     dating from 1821, found in the house's archive in 2017. Produce from the garden
     will be sold in the estate café. Entry will cost £8 for adults, while children
     under 16 will be admitted free.""",
     """After a restoration lasting five years, the walled kitchen garden at Pellow House
     will open its gates to the public again on 1 May. For over 200 years the garden
     provided the house with fruit and vegetables. Three glasshouses have been rebuilt by
     the Pellow Gardens Trust, and 140 varieties of heritage apple, pear and plum have
     been replanted as trees trained against the walls. According to head gardener
     Rachel Ames, the team worked from planting plans drawn up in 1821 that were
     discovered in the house's archive in 2017. The estate café will sell produce grown
     in the garden. Adults will pay £8 to get in; admission is free for under-16s.""",
     traps=[T("After a restoration lasting five years", "after a five-year restoration"),
            T("For over 200 years", "for more than two centuries"),
            T("Adults will pay £8 to get in", "Entry will cost £8 for adults"),
            T("admission is free for under-16s", "children under 16 will be admitted free")])

case("ladder makers", "rewrite", "inconsistent",
     """Brindle & Sons, one of the last traditional wooden ladder makers in the country,
     may have to close its Hexley workshop next year unless it finds a buyer, its owner
     has said. George Brindle, 71, who took over the business from his father in 1979,
     said he wanted to retire but had no successor. The firm employs five craftsmen and
     produces around 1,500 ladders a year, mostly for orchards, thatchers and window
     cleaners. Demand remains steady, Mr Brindle said, with orders booked until March.
     The Hexley Business Forum said it was trying to put him in touch with potential
     buyers.""",
     """Brindle & Sons, one of the country's few remaining traditional makers of wooden
     ladders, will close its Hexley workshop next year if a buyer cannot be found,
     according to its owner. George Brindle, who is 71 and took over the business from
     his father in 1979, said he wished to retire but had nobody to succeed him. Five
     craftsmen work for the firm, turning out about 1,500 ladders annually, most of them
     for orchards, thatchers and window cleaners. Mr Brindle said demand was holding up,
     with orders booked until March. The Hexley Business Forum said it was trying to
     introduce him to possible buyers.""",
     errors=[E("will close", "modality", "major", "may have to close")],
     traps=[T("turning out about 1,500 ladders annually", "produces around 1,500 ladders a year"),
            T("demand was holding up", "Demand remains steady")])

# ---------------------------------------------------------------- rewrites (2/2)

case("lamp posts", "rewrite", "consistent",
     """Morrick Borough Council has begun fitting electric-vehicle chargers to 250 lamp
     posts in residential streets where most homes have no off-street parking. The first
     40 chargers, in the Dene Park and Hollybank areas, went live on Monday, and the
     rest are due to be installed by the end of the year. The £1.1 million scheme is
     being paid for by a government grant and by Voltline, the private operator that
     will run the chargers. Drivers will pay 45p per kilowatt-hour, which the council
     says is lower than the average at rapid public chargers. Cabinet member for
     transport Ian Wolsey said the council had received more than 900 requests for
     on-street charging since 2021.""",
     """Electric-vehicle chargers are being fitted to 250 lamp posts by Morrick Borough
     Council in residential streets where the majority of homes lack off-street parking.
     The first 40, in Dene Park and Hollybank, became operational on Monday, with the
     remainder due to be in place by the year's end. A government grant and Voltline,
     the private firm that will operate the chargers, are funding the £1.1m scheme.
     Drivers will be charged 45p per kilowatt-hour, which according to the council
     undercuts the average price at rapid public chargers. Since 2021 more than 900
     requests for on-street charging have been made to the council, according to Ian
     Wolsey, its cabinet member for transport.""",
     traps=[T("the majority of homes lack off-street parking",
              "most homes have no off-street parking"),
            T("became operational", "went live"),
            T("by the year's end", "by the end of the year"),
            T("£1.1m", "£1.1 million"),
            T("undercuts the average price at rapid public chargers",
              "is lower than the average at rapid public chargers")])

case("longbows", "rewrite", "inconsistent",
     """A longbow recovered from the wreck of the merchant ship Sparrowhawk, which sank
     off Carnock Point in 1603, has been put on display at the Carnock Maritime Museum.
     The yew bow, measuring 1.9 metres, was found in 2021 by divers from the Carnock
     Sub-Aqua Club and has spent three years in a conservation tank. Curator Dr Ellen
     Rouse said tests suggested the bow had a draw weight of around 70 kilograms, far
     heavier than modern target bows. Only three other longbows of the period are known
     to survive. The museum, which attracts about 45,000 visitors a year, has extended
     its opening hours for the summer.""",
     """The Carnock Maritime Museum has put on display a longbow that was recovered from
     the Sparrowhawk, a merchant ship that went down off Carnock Point in 1603. Divers
     from the Carnock Sub-Aqua Club found the 1.9-metre yew bow in 2021, and it has since
     spent three years in a conservation tank. According to curator Dr Ellen Rouse,
     tests suggest that it had a draw weight of roughly 70 pounds, much heavier than
     modern target bows. Just three other longbows from the period are known to have
     survived. The bow has since spent three years in a conservation tank. The museum,
     which draws some 45,000 visitors annually, has extended its opening hours for the
     summer.""",
     errors=[E("roughly 70 pounds", "number", "major", "around 70 kilograms"),
             E("has since spent three years in a conservation tank", "repetition",
               "minor", None, occ=1)],
     traps=[T("went down", "sank"),
            T("draws some 45,000 visitors annually", "attracts about 45,000 visitors a year")])

case("mop fairs", "rewrite", "consistent",
     """The Wendbury Mop Fair, a hiring fair first held in the town in the 14th century,
     will return to the market place on 10 and 11 October after a three-year absence.
     The fair was cancelled in 2022 because of roadworks, and the following two years
     were lost to a dispute between the town council and the Showmen's Guild of the
     Midlands over pitch fees. The council said an agreement had now been reached under
     which fees would rise by 5% a year for the next four years. Around 60 rides and
     stalls are expected. Town clerk Neil Hartley said the fair was likely to draw
     20,000 people over its two days.""",
     """After three years away, the Wendbury Mop Fair is to come back to the market place
     on 10-11 October. The hiring fair was first held in the town during the 1300s.
     Roadworks forced the 2022 fair to be called off, and the two years that followed
     were lost to a row over pitch fees between the town council and the Showmen's Guild
     of the Midlands. Under a deal now agreed, according to the council, fees will
     increase by five per cent annually over the next four years. Some 60 rides and
     stalls are expected. The two-day event will probably attract 20,000 visitors, said
     town clerk Neil Hartley.""",
     traps=[T("After three years away", "after a three-year absence"),
            T("10-11 October", "10 and 11 October"),
            T("during the 1300s", "in the 14th century"),
            T("five per cent annually", "5% a year"),
            T("will probably attract 20,000 visitors", "was likely to draw 20,000 people")])

case("nail makers", "rewrite", "inconsistent",
     """A forge where nails were made by hand for almost 200 years is to be opened as a
     working museum in the village of Coldridge. The Coldridge Heritage Society has
     bought the nail shop, which closed in 1951, from the family of its last nail maker,
     Albert Cole, for £95,000. Volunteers plan to restore the hearth and bellows so that
     demonstrations can be held at weekends from next summer. The society's chair,
     Margaret Lowe, said nail making had once employed more than 300 people in the
     village, including many women and children. The project has received £40,000 from
     the Ashworth Foundation, with the rest of the costs to be met by donations.""",
     """The village of Coldridge is to gain a working museum in a forge where nails were
     hand-made for nearly two centuries. The Coldridge Heritage Society has paid £95,000
     for the nail shop, which shut in 1951, buying it from the family of Albert Lowe, the
     last nail maker to work there. Volunteers intend to restore the hearth and bellows
     so that weekend demonstrations can take place from next summer. Nail making once
     gave work to over 300 people in the village, many of them women and children,
     according to Margaret Lowe, who chairs the society. A grant of £40,000 has come from
     the Ashworth Foundation, and donations will cover the remaining costs.""",
     errors=[E("Albert Lowe", "entity", "major", "Albert Cole")],
     traps=[T("nearly two centuries", "almost 200 years"),
            T("gave work to over 300 people", "employed more than 300 people")])

case("orchard wassails", "rewrite", "consistent",
     """Cider makers in the Tarrow Valley will revive the tradition of wassailing their
     orchards on 17 January, the date of Old Twelfth Night. The event, organised by the
     Tarrow Cider Growers' Association, will take place at Ridley Farm, where about 300
     people are expected to sing to the trees, pour cider on their roots and hang toast
     in their branches to ward off evil spirits. The association's secretary, Judith
     Marren, said the custom had lapsed in the valley in the 1950s. Tickets cost £12 and
     include a mug of mulled cider. Proceeds will go to the Tarrow Valley air ambulance
     appeal.""",
     """On 17 January, which is Old Twelfth Night, Tarrow Valley cider makers are to bring
     back the tradition of wassailing their orchards. Roughly 300 people are expected at
     Ridley Farm for the event, which the Tarrow Cider Growers' Association is
     organising. They will sing to the trees, pour cider over their roots and hang toast
     in the branches to keep evil spirits away. According to Judith Marren, the
     association's secretary, the custom died out in the valley during the 1950s. A £12
     ticket includes a mug of mulled cider, and the money raised will be given to the
     Tarrow Valley air ambulance appeal.""",
     traps=[T("bring back", "revive"),
            T("Roughly 300 people", "about 300 people"),
            T("to keep evil spirits away", "to ward off evil spirits"),
            T("the custom died out", "the custom had lapsed")])

case("pigsties", "rewrite", "inconsistent",
     """A row of 19th-century stone pigsties at Hatherley Farm has been listed as a
     building of special interest by the Department of Rural Heritage, giving it
     protection from demolition or alteration. The five sties, built around 1840, have
     rare slate troughs and a shared feeding passage behind them. Farmer Owen Pryce,
     whose family has worked the land since 1912, applied for listing after a
     neighbour's pigsties were knocked down last year. The listing was confirmed on
     8 April. Mr Pryce said he hoped to repair the roofs with the help of a conservation
     grant.""",
     """The Department of Rural Heritage has listed a row of stone pigsties dating from
     the 19th century at Hatherley Farm as a building of special interest, protecting it
     from being demolished or altered. Built in about 1840, the five sties have rare slate
     troughs and share a feeding passage at the rear. Owen Pryce, whose family has farmed
     there since 1912, sought the listing after pigsties belonging to a neighbour were
     demolished last year. Listing was confirmed on 4 August. Mr Pryce said he hoped a
     conservation grant would help him repair the roofs, and that he planned to keep
     rare-breed pigs in them once more.""",
     errors=[E("on 4 August", "date", "minor", "on 8 April"),
             E("and that he planned to keep rare-breed pigs in them once more", "addition",
               "minor", None)],
     traps=[T("share a feeding passage at the rear",
              "a shared feeding passage behind them")])

case("pit ponies", "rewrite", "consistent",
     """A bronze statue commemorating the pit ponies that worked in the Garvell Colliery
     has been unveiled in the town's memorial gardens. The sculpture, by local artist
     Frances Wilde, shows a pony and a young miner leading it. Up to 120 ponies were kept
     underground at the colliery at any one time before the last were brought to the
     surface in 1968, two years before the pit closed. The £75,000 cost was raised by the
     Garvell Miners' Welfare Association over four years, mainly through donations from
     former miners and their families. The statue was unveiled on Saturday by
     92-year-old Walter Bryce, who worked as a pony driver at the colliery from the age
     of 15.""",
     """On Saturday Walter Bryce unveiled a bronze statue in the town's memorial gardens
     honouring the pit ponies that worked at Garvell Colliery. Mr Bryce, 92, began
     working at the colliery as a pony driver when he was 15. Created by Frances Wilde, a
     local artist, the sculpture depicts a young miner leading a pony. As many as 120
     ponies were kept underground at the pit at any one time, until the last of them were
     brought up in 1968, two years before the colliery shut. Over a four-year period the
     Garvell Miners' Welfare Association raised the £75,000 cost, largely from donations
     by former miners and their families.""",
     traps=[T("Mr Bryce, 92", "92-year-old Walter Bryce"),
            T("As many as 120 ponies", "Up to 120 ponies"),
            T("brought up", "brought to the surface"),
            T("Over a four-year period", "over four years")])

case("police boxes", "rewrite", "inconsistent",
     """One of the last surviving police boxes in Dunmore has been restored and returned
     to its original spot on Castle Street after an 18-month project by the Dunmore Civic
     Trust. The box, installed in 1933, was removed in 2019 when its cast-iron base
     cracked and had been stored in a council depot since then. Restorers replaced the
     roof, repainted the box in its original blue and refitted a working telephone. The
     trust's chairman, Robert Kerr, said the box would be used as a small information
     point for tourists during the summer, staffed by volunteers. The restoration cost
     £26,000, most of it from a legacy left to the trust.""",
     """After an 18-month project by the Dunmore Civic Trust, one of the town's last
     remaining police boxes has been restored and put back in its original position on
     Castle Street. Installed in 1933, the box was taken away in 2019 after it was struck
     by a delivery lorry, and it had been kept in a council depot ever since. The roof
     has been replaced, the box repainted in its original blue and a working telephone
     refitted. Robert Kerr, who chairs the trust, said volunteers would staff the box as
     a small tourist information point during the summer. Most of the £26,000 cost was
     met from a legacy left to the trust.""",
     errors=[E("after it was struck by a delivery lorry", "event", "major",
               "when its cast-iron base cracked")],
     traps=[T("taken away", "removed"),
            T("Most of the £26,000 cost was met from a legacy",
              "The restoration cost £26,000, most of it from a legacy")])

case("rag and bone men", "rewrite", "consistent",
     """Fred Tully, believed to be the last horse-drawn rag and bone man working in the
     city of Ravensford, is to retire at the end of the month after 54 years on the
     rounds. Mr Tully, 78, started collecting scrap metal and old clothes with his uncle
     in 1971 and took over the round four years later. His horse, a 14-year-old cob
     called Duke, will move to a rescue sanctuary near Ambleford. Residents of the
     Northgate estate, where he has collected every Thursday for decades, are planning a
     farewell party on 28 June. Mr Tully said he had 'no regrets' but that scrap prices
     had fallen by about a third in the past two years.""",
     """Fred Tully, thought to be the last rag and bone man in Ravensford still working
     with a horse and cart, will retire at the end of the month, having spent 54 years on
     the rounds. The 78-year-old began collecting old clothes and scrap metal alongside
     his uncle in 1971, taking over the round himself four years after that. Duke, his
     14-year-old cob, is going to a rescue sanctuary near Ambleford. Residents of the
     Northgate estate, where Mr Tully has called every Thursday for decades, are planning
     a farewell party for him on 28 June. He said he had 'no regrets', though scrap
     prices had dropped by roughly 33 per cent over the past two years.""",
     traps=[T("thought to be", "believed to be"),
            T("still working with a horse and cart", "horse-drawn"),
            T("The 78-year-old", "Mr Tully, 78"),
            T("dropped by roughly 33 per cent", "fallen by about a third")])

case("rope swings", "rewrite", "inconsistent",
     """Rope swings over the River Adley at Kemble Weir could be removed after a teenager
     was injured there last month, the Adley Navigation Trust has said. The trust, which
     owns the riverbank, said it was consulting Halford Parish Council before deciding
     what to do. The 15-year-old boy, from Halford, broke his arm when a rope snapped on
     14 July. He was treated by paramedics from the West Adley Ambulance Service and
     taken to Redmoor General Hospital. Parish councillor Janet Fairley said swings had
     been used at the spot for generations and that she would prefer safety signs to an
     outright ban.""",
     """The Adley Navigation Trust has said rope swings over the River Adley at Kemble
     Weir are to be removed after a teenager was hurt there last month. Halford Parish
     Council is consulting the trust, which owns the riverbank, before a final decision is
     taken. The boy, a 15-year-old from Halford, broke his arm when a rope gave way on
     14 July. Paramedics from the West Adley Ambulance Service treated him before he was
     taken to Redmoor General Hospital. Janet Fairley, a parish councillor, said swings
     had been used at the spot for generations, and that she would rather see safety
     signs than a complete ban.""",
     errors=[E("are to be removed", "modality", "major", "could be removed"),
             E("Halford Parish Council is consulting the trust", "role", "minor",
               "it was consulting Halford Parish Council")],
     traps=[T("would rather see safety signs than a complete ban",
              "would prefer safety signs to an outright ban")])

# ---------------------------------------------------------------- summaries

case("game keepers", "summary", "consistent",
     """The Moorland Estates Association has launched an apprenticeship scheme to train
     30 new gamekeepers over the next five years, amid concern that the profession is
     ageing. Figures published by the association show that the average age of a
     full-time keeper in the Highbury Fells area is now 54, and that fewer than one in
     ten is under 30. Apprentices will spend two years working on one of 12
     participating estates while studying for a countryside management qualification at
     Fellside College. They will be paid at least £21,000 a year. The association's
     chief executive, Duncan Rae, said the scheme would also include training in habitat
     conservation and the monitoring of birds of prey, which he said had become a
     central part of the job. The first ten places will be advertised in September.""",
     """Amid concern over an ageing workforce, the Moorland Estates Association has
     launched an apprenticeship scheme to train 30 gamekeepers in five years. Its figures
     put the average full-time keeper in the Highbury Fells area at 54, with under 10%
     younger than 30. Apprentices will earn at least £21,000 a year for two years on one
     of 12 estates while studying at Fellside College. Training will cover habitat
     conservation and monitoring birds of prey, now central to the job according to chief
     executive Duncan Rae. The first ten places will be advertised in September.""",
     traps=[T("Amid concern over an ageing workforce",
              "amid concern that the profession is ageing"),
            T("under 10% younger than 30", "fewer than one in ten is under 30"),
            T("earn at least £21,000 a year", "be paid at least £21,000 a year"),
            T("now central to the job", "had become a central part of the job")])

case("greyhound rescue", "summary", "inconsistent",
     """Second Chance Greyhounds, a rescue charity based in Wetherfield, rehomed a record
     412 retired racing dogs last year, up from 297 the year before. The charity said
     the increase was partly due to the closure of the Bramwell Stadium track in March,
     which left around 150 dogs needing homes. Its kennels near Wetherfield can hold 40
     dogs at a time, and a network of 85 foster carers looks after the rest until
     permanent owners are found. Manager Sue Harker said the average dog stays with the
     charity for seven weeks. The charity is appealing for more foster carers and hopes
     to raise £60,000 to build a second kennel block.""",
     """Wetherfield rescue charity Second Chance Greyhounds found homes for a record 412
     retired racers last year, up by almost half, helped partly by the March closure of
     the Bramwell Stadium track, which left about 150 dogs needing homes. With kennel
     space for 40, it relies on 85 foster carers and is appealing for more, while hoping
     to raise £60,000 for a second kennel block.""",
     errors=[E("up by almost half", "number", "major", "up from 297 the year before")],
     traps=[T("found homes for", "rehomed"),
            T("kennel space for 40", "can hold 40 dogs at a time")])

case("ironmongers", "summary", "consistent",
     """Pardoe's, an ironmonger's shop that has traded on Bridge Street in Allerton since
     1887, will close on 31 August, its owners have announced. Brothers Keith and Alan
     Pardoe, the fourth generation of the family to run the business, said they had been
     unable to find anyone to take it on and that rising business rates had made it
     difficult to keep going. The shop, which sells everything from paraffin to picture
     hooks, employs six people. Its rates bill has risen by 40% in three years, to
     £18,500. The Allerton Traders' Association described the closure as 'a huge loss'
     for the high street. The brothers said they would hold a closing-down sale
     throughout August and donate the shop's Victorian counter to the town museum.""",
     """Pardoe's, the Bridge Street ironmonger that has been trading in Allerton since
     1887, is to shut on 31 August. Keith and Alan Pardoe, the family's fourth generation
     in charge, could find no one to take over and blamed rates that have climbed 40% in
     three years to £18,500. Six staff work there. The brothers will hold a closing-down
     sale in August and give the shop's Victorian counter to the town museum.""",
     traps=[T("is to shut", "will close"),
            T("the family's fourth generation in charge",
              "the fourth generation of the family to run the business"),
            T("climbed 40%", "risen by 40%"),
            T("Six staff work there", "employs six people")])

case("lifeboat crews", "summary", "inconsistent",
     """Volunteer crews from the Saltwick lifeboat station were called out 96 times last
     year, the busiest year in the station's 140-year history, according to figures
     released by the Coastal Rescue Institution. The crews rescued 58 people and helped a
     further 210, most of them on pleasure boats or paddleboards. Station manager Gareth
     Lloyd said calls involving paddleboards had tripled since 2020. The institution said
     a new all-weather lifeboat, costing £2.4 million, would arrive at Saltwick in the
     spring, replacing a vessel that has been in service since 1996. The station has 34
     volunteer crew members, including six who joined in the past year.""",
     """Saltwick's volunteer lifeboat crews had their busiest year in the station's
     140-year history, with 96 call-outs, 58 people rescued and 210 helped. Paddleboard
     incidents have tripled since 2020, according to the Coastal Rescue Institution. A
     £2.4 million all-weather lifeboat will replace the vessel in service since 1996 in the spring, after
     the busiest year in the station's 140-year history.""",
     errors=[E("according to the Coastal Rescue Institution", "attribution", "minor",
               "Station manager Gareth Lloyd said"),
             E("busiest year in the station's 140-year history", "repetition", "minor",
               None, occ=1)],
     traps=[T("96 call-outs", "called out 96 times")])

case("market crosses", "summary", "consistent",
     """Repairs to the 15th-century market cross in Stanway have been completed, nine
     months after a reversing lorry struck one of its corner pillars. The cross, one of
     only four of its kind in the county, was held up with timber props while stonemasons
     from Aldbury Conservation carved a replacement pillar from matching limestone. The
     work cost £112,000, which was covered by the haulage firm's insurers. The town's
     mayor, Councillor Peter Gould, thanked the masons and said the council would install
     two bollards to stop the same thing happening again. A rededication service will be
     held at the cross on Saturday, ahead of the town's annual lantern procession, which
     traditionally begins there.""",
     """Stanway's 15th-century market cross, one of just four such crosses in the county,
     has been repaired nine months after a lorry reversed into a corner pillar. Aldbury
     Conservation masons carved a new limestone pillar for the £112,000 job, paid for by
     the haulier's insurers, and the council will put in two bollards. The cross will be
     rededicated on Saturday.""",
     traps=[T("one of just four such crosses in the county",
              "one of only four of its kind in the county"),
            T("a lorry reversed into a corner pillar",
              "a reversing lorry struck one of its corner pillars"),
            T("paid for by the haulier's insurers",
              "covered by the haulage firm's insurers"),
            T("put in two bollards", "install two bollards")])

case("model yachts", "summary", "inconsistent",
     """The Fenwick Model Yacht Club has been told it can continue to sail on the boating
     lake in Castle Park after the council dropped plans to fill in part of the lake to
     create a play area. The club, founded in 1904, has around 70 members and holds races
     every Sunday morning from March to October. Its secretary, Brian Oakes, said members
     had feared the club would have to fold if the lake was reduced in size. The council
     said the play area would now be built on a disused bowling green instead, although
     it could not yet afford to dredge the lake, which has become badly silted. The club
     will host the national vintage yacht championship in July for the first time since
     1987.""",
     """Fenwick Model Yacht Club, which had feared it could fold if the lake shrank, can
     keep sailing on the Castle Park boating lake after the council abandoned a plan to
     fill in part of it for a play area; the play area will go on a disused bowling green
     instead. The council will also pay to dredge the silted lake. The club, which has
     around 70 members, will host the national vintage yacht championship in July.""",
     errors=[E("The council will also pay to dredge the silted lake", "polarity", "major",
               "it could not yet afford to dredge the lake")],
     traps=[T("abandoned a plan", "dropped plans")])

case("pub signs", "summary", "consistent",
     """A sign painter from Hollerton has been commissioned to paint 35 signs for the
     brewery Ashdown & Fry, which is replacing printed signs at its pubs with traditional
     hand-painted boards. Lucy Dearden, 34, one of only a handful of specialist pub sign
     artists still working in the region, will complete the work over 18 months. Each
     sign takes her about two weeks and is painted on both sides. The brewery's estates
     director, Mark Tolley, said customers had responded well to a trial at three pubs
     last year, and that painted signs lasted longer than printed ones. The first of the
     new signs, for the Plough at Stenning, will be unveiled on Friday.""",
     """Brewery Ashdown & Fry has hired Hollerton sign painter Lucy Dearden, 34, to
     produce 35 double-sided hand-painted signs over a year and a half, replacing printed
     ones at its pubs after a well-received trial at three pubs last year. Each takes her
     around a fortnight. The first, for the Plough at Stenning, will be unveiled on
     Friday.""",
     traps=[T("hired", "commissioned"),
            T("double-sided", "painted on both sides"),
            T("over a year and a half", "over 18 months"),
            T("around a fortnight", "about two weeks")])

case("quarry pools", "summary", "inconsistent",
     """Police and the owners of the disused Harlow Edge quarry have renewed warnings
     about swimming in its flooded pits after a 17-year-old boy was pulled from the water
     on Sunday afternoon. The teenager was rescued by two off-duty firefighters who were
     walking nearby and was later discharged from Penmoor Hospital. Stonecastle
     Aggregates, which owns the site, said it would install new fencing and warning signs
     within a month. Inspector Karen Doyle of Eastvale Police said the water could be as
     cold as 8C even in summer, and that cold-water shock could overwhelm strong swimmers
     within seconds. Three people have died at the quarry since 2009.""",
     """Police and Stonecastle Aggregates, owner of the disused Harlow Edge quarry, have
     repeated warnings against swimming there after a 17-year-old boy got into difficulty
     in the water with friends on Sunday and was rescued by two off-duty police officers.
     He has since left hospital. New fencing and signs will go up within a month. The
     water can be as cold as 8C even in summer, police warned; three people have died
     there since 2009.""",
     errors=[E("with friends", "addition", "minor", None),
             E("two off-duty police officers", "entity", "major", "two off-duty firefighters")],
     traps=[T("repeated warnings", "renewed warnings")])

case("reading rooms", "summary", "consistent",
     """The Miners' Reading Room in Brayton, built by public subscription in 1896 so that
     workers could read newspapers and borrow books, has reopened as a community library
     and café after a two-year refurbishment. The Brayton Reading Room Trust spent
     £480,000 on the project, including a new roof, a lift and the restoration of the
     original oak bookcases. About 2,000 of the building's original books, some dating
     from the 1880s, have been catalogued and will be displayed in a glass-fronted case.
     The library will be staffed by volunteers and open six days a week. Trust chair Ann
     Milburn said more than 200 people had signed up as members in the first week.""",
     """Brayton's Miners' Reading Room, paid for by public subscription in 1896, has
     reopened as a volunteer-run community library and café after a £480,000, two-year
     refurbishment that added a lift and a new roof and restored the oak bookcases. Some
     2,000 original books will go on display, and over 200 people joined in the first
     week.""",
     traps=[T("paid for by public subscription", "built by public subscription"),
            T("volunteer-run", "staffed by volunteers"),
            T("Some 2,000 original books", "About 2,000 of the building's original books"),
            T("over 200 people joined", "more than 200 people had signed up as members")])

case("meadow mowing", "summary", "inconsistent",
     """Corbridge Water has agreed to lease 40 hectares of riverside meadow at Lyne Bottom
     to the Wildflower Meadows Trust for 25 years, ending decades of intensive grazing on
     the land. The trust will manage the meadows by cutting hay once a year in late July,
     after wildflowers have set seed, rather than grazing them. Its ecologist, Dr Amira
     Shah, said the traditional mowing regime could see more than 100 plant species
     return within a decade. The water company said the change would also reduce the
     amount of fertiliser washing into the River Lyne. Local farmers will be invited to
     bid for the hay crop each year.""",
     """The Wildflower Meadows Trust is to lease 40 hectares of riverside meadow at Lyne
     Bottom to Corbridge Water for 25 years. Grazing will give way to a single late-July
     hay cut after the flowers set seed, which could bring back over 100 plant species
     within ten years, according to the trust's ecologist. Corbridge Water says less
     fertiliser will wash into the River Lyne.""",
     errors=[E("The Wildflower Meadows Trust is to lease 40 hectares of riverside meadow at Lyne Bottom to Corbridge Water",
               "role", "major",
               "Corbridge Water has agreed to lease 40 hectares of riverside meadow at Lyne Bottom to the Wildflower Meadows Trust")],
     traps=[T("within ten years", "within a decade")])

# ---------------------------------------------------------------- translations

case("funicular railways", "translation", "consistent",
     """The funicular linking the lower town of Vila Serrada with the castle district will
     resume service on 2 June after being closed for almost a year and a half, the
     municipal transport company Transerra announced on Tuesday. The 19th-century
     railway, which climbs 96 metres over a track of 310 metres, has received two new
     cabins built in Alcoval by the firm Metalurgia Ferraz, as well as a new braking
     system. The renovation cost 3.2 million euros, 70% of which was financed by European
     funds. A single journey will cost 1.50 euros, while residents of the municipality
     will travel free of charge. According to Transerra's president, Joana Leite, the
     funicular carried some 400,000 passengers a year before its closure.""",
     """Transerra, the municipal transport company, said on Tuesday that the funicular
     between Vila Serrada's lower town and the castle quarter would reopen on 2 June
     following a closure of nearly 18 months. Two new cars made in Alcoval by Metalurgia
     Ferraz have been fitted to the nineteenth-century line, which rises 96 metres along
     310 metres of track, and it has also been equipped with new brakes. Of the €3.2
     million spent on the refurbishment, seven-tenths came from European funding. Tickets
     will be priced at €1.50 per trip, with municipal residents riding for free. Before it
     closed, the funicular carried around 400,000 passengers annually, according to Joana
     Leite, who heads Transerra.""",
     traps=[T("castle quarter", "castle district"),
            T("nearly 18 months", "almost a year and a half"),
            T("€3.2 million", "3.2 million euros"),
            T("seven-tenths", "70%"),
            T("who heads Transerra", "Transerra's president")])

case("hat blocks", "translation", "inconsistent",
     """In Borgo Fiorano, the last workshop in the province that still makes wooden hat
     blocks by hand will be saved thanks to an agreement with the local technical
     institute. Master craftsman Enzo Galli, 77, will teach the trade to six students
     over the next two years in the workshop founded by his grandfather in 1921. The
     blocks, carved from lime wood, are used by milliners to shape felt and straw hats and
     are sold mainly to fashion houses in Italy and abroad. Each block requires up to
     three days of work and can cost over 400 euros. The municipality will contribute
     25,000 euros a year to cover the students' grants.""",
     """Thanks to an agreement with the local technical college, the last workshop in the
     province where wooden hat blocks are still made by hand, in Borgo Fiorano, is to be
     saved. Enzo Galli, a 77-year-old master artisan, will pass on his craft to six
     students over the next three years in the workshop his grandfather set up in 1921.
     Milliners use the lime-wood blocks to shape hats of felt and straw; most are sold to
     fashion houses in Italy and abroad. A single block takes three days of work and may
     cost more than €400. The town council will put €25,000 a year towards the students'
     grants.""",
     errors=[E("over the next three years", "number", "major", "over the next two years"),
             O("takes", "up to", "minor")],
     traps=[T("may cost more than €400", "can cost over 400 euros")])

case("hill forts", "translation", "consistent",
     """Archaeologists from the University of Vranov have uncovered the remains of a
     wooden gate at the Celtic hill fort of Hradiště nad Lomnicí, which they date to the
     2nd century BC. The excavation, which began in July, revealed post holes up to 1.2
     metres deep and charred timbers, suggesting that the gate was destroyed by fire.
     According to the head of the research, Dr. Tomáš Kubíček, it is the best-preserved
     gateway of its kind found in this part of the country. The team also found around
     300 fragments of pottery and a bronze brooch. The work is financed by the regional
     authority with 1.8 million crowns and will continue next summer.""",
     """A team from Vranov University has discovered the remains of a timber gateway at the
     Celtic hillfort of Hradiště nad Lomnicí, dating it to the second century before
     Christ. Excavations started in July and exposed post holes as deep as 1.2 metres,
     together with burnt beams, which point to the gate having been destroyed by fire. Dr
     Tomáš Kubíček, who leads the research, says no better-preserved gate of this type has
     been found in this part of the country. Roughly 300 pottery shards and a bronze
     fibula were also recovered. The regional government is funding the project with CZK
     1.8 million, and digging will resume next summer.""",
     traps=[T("second century before Christ", "2nd century BC"),
            T("as deep as 1.2 metres", "up to 1.2 metres deep"),
            T("burnt beams", "charred timbers"),
            T("bronze fibula", "bronze brooch"),
            T("CZK 1.8 million", "1.8 million crowns")])

case("lead mines", "translation", "inconsistent",
     """The former lead mine at Cerro Pardo, closed since 1964, will open to visitors next
     spring as an underground museum, the provincial council announced yesterday.
     Visitors will be able to walk 600 metres of galleries at a depth of 45 metres,
     accompanied by guides, some of whom are descendants of miners. The project, with a
     budget of 2.7 million euros, includes the restoration of the 19th-century winding
     tower and the construction of a visitor centre. The council's deputy for tourism,
     Rosa Ibáñez, said she expects the mine to receive 30,000 visits in its first year.
     At its peak, in the 1880s, the mine employed more than 1,100 workers.""",
     """The provincial authority said yesterday that the old Cerro Pardo lead mine, which
     has been shut since 1946, will welcome visitors next spring as an underground museum.
     Guided groups, some of them led by miners' descendants, will be able to walk through
     600 metres of tunnels 45 metres below ground. The €2.7 million scheme covers
     restoration of the nineteenth-century headframe and the building of a visitor centre.
     Rosa Ibáñez, the authority's deputy for tourism, said she expects 30,000 visits
     during the first year. In its heyday in the 1880s, the mine had a workforce of over
     1,100.""",
     errors=[E("since 1946", "date", "minor", "since 1964")],
     traps=[T("tunnels", "galleries"),
            T("45 metres below ground", "at a depth of 45 metres"),
            T("headframe", "winding tower")])

case("match factories", "translation", "consistent",
     """The match factory in Vällinge, which produced matches for 130 years until it closed
     in 1998, will be turned into a cultural centre with artists' studios, a museum and a
     concert hall. The municipality bought the building last year for 11 million kronor
     from the property company Norrås Fastigheter. The conversion is estimated to cost 95
     million kronor and should be completed in 2027. The museum will display the original
     machines, which are still in working order, and tell the story of the hundreds of
     women who worked in the factory. 'This is where the town's identity was shaped,'
     said the chair of the municipal board, Karin Lövgren.""",
     """Vällinge's match factory, where matches were made for 130 years before it closed
     its doors in 1998, is to become a cultural centre housing artists' studios, a museum
     and a concert venue. Last year the local authority paid SEK 11 million to the
     property firm Norrås Fastigheter for the building. The conversion is projected to
     cost SEK 95 million, with completion planned for 2027. Still in working order, the
     factory's original machinery will be shown in the museum, which will also tell the
     story of the hundreds of women employed there. Karin Lövgren, who chairs the
     municipal executive board, said: 'This is where the town's identity was formed.'""",
     traps=[T("local authority", "municipality"),
            T("SEK 11 million", "11 million kronor"),
            T("projected to cost SEK 95 million", "estimated to cost 95 million kronor"),
            T("with completion planned for 2027", "should be completed in 2027")])

case("mill ponds", "translation", "inconsistent",
     """The mill pond in Oberlinden is to be desilted this autumn for the first time in
     more than 40 years. According to the district office, around 8,000 cubic metres of
     sludge have accumulated, and in some places the water is only 30 centimetres deep.
     The work, which will cost about 420,000 euros, is to be carried out by the company
     Wasserbau Kessler from Neuhardt. The fish in the pond will first be caught by members
     of the local angling club and released into the Linder river. Mayor Stefan Wirth
     said the pond might be opened for bathing again once the water quality had been
     tested.""",
     """This autumn Oberlinden's mill pond will be dredged for the first time in over four
     decades. The district authority says some 8,000 cubic metres of silt have built up,
     leaving the water just 30 centimetres deep in places. Kessler, a hydraulic
     engineering firm based in Oberlinden, will do the job at a cost of roughly €420,000.
     Before the work begins, members of the local anglers' association will catch the
     fish and move them to the River Linder. Once the water quality has been tested, the
     pond will be reopened for swimming, said mayor Stefan Wirth.""",
     errors=[E("based in Oberlinden", "entity", "minor", "from Neuhardt"),
             E("the pond will be reopened for swimming", "modality", "major",
               "the pond might be opened for bathing again")],
     traps=[T("over four decades", "more than 40 years"),
            T("some 8,000 cubic metres of silt", "around 8,000 cubic metres of sludge")])

case("parchment makers", "translation", "consistent",
     """One of the last parchment workshops in France, in Saint-Aubin-des-Prés, has been
     awarded the 'Rare Crafts' label by the regional chamber of trades. The workshop, run
     by Claire Ménard and her son Julien, prepares about 1,500 calf and goat skins a year,
     using a process of liming, scraping and stretching that takes around three weeks.
     Its main customers are restorers of old manuscripts, bookbinders and instrument
     makers, who use the parchment for drum skins. The label will allow the workshop to
     benefit from a tax credit and to take on an apprentice from September. 'It is
     recognition of a know-how that almost disappeared,' said Ms Ménard.""",
     """A parchment workshop in Saint-Aubin-des-Prés, among the last remaining in France,
     has been granted the 'Rare Crafts' distinction by the regional chamber of trades. Run
     by Claire Ménard together with her son, Julien, the workshop processes roughly 1,500
     calf and goat hides every year; the skins are limed, scraped and stretched over a
     period of about three weeks. Its clients are chiefly people who restore old
     manuscripts, bookbinders, and instrument makers who turn the parchment into
     drumheads. Thanks to the label, the business will be eligible for a tax credit and
     will be able to hire an apprentice from September. Ms Ménard described it as
     'recognition of a skill that nearly vanished'.""",
     traps=[T("among the last remaining in France", "One of the last parchment workshops in France"),
            T("roughly 1,500 calf and goat hides every year",
              "about 1,500 calf and goat skins a year"),
            T("drumheads", "drum skins"),
            T("hire an apprentice", "take on an apprentice"),
            T("a skill that nearly vanished", "a know-how that almost disappeared")])

case("needlework samplers", "translation", "inconsistent",
     """The Westerdijk Museum in Haarveld has acquired a collection of 62 needlework
     samplers made by girls in the province between 1780 and 1890. The collection was
     donated by the heirs of the collector Geertruida Blom, who died last year at the age
     of 94. According to curator Pieter van Esch, several samplers contain the names of
     orphanages, which makes them valuable for genealogical research. The samplers will
     not be exhibited until 2026, because the fragile linen must first be cleaned and
     mounted. The museum is asking people who recognise family names on the samplers to
     get in touch.""",
     """A collection of 62 samplers embroidered by girls from the province between 1780
     and 1890 has been acquired by the Westerdijk Museum in Haarveld, which bought it from
     the heirs of the collector Geertruida Blom, who died last year aged 94. Curator
     Pieter van Esch says that a number of the samplers bear the names of orphanages,
     making them valuable to genealogists. They will be on show until 2026, as the
     delicate linen first has to be cleaned and mounted. Anyone who recognises family
     names on the samplers is asked to contact the museum.""",
     errors=[E("bought it from", "event", "major", "was donated by"),
             E("will be on show until 2026", "polarity", "major",
               "will not be exhibited until 2026")],
     traps=[T("a number of the samplers bear the names",
              "several samplers contain the names")])

case("landing stages", "translation", "consistent",
     """The ferry company Fjordlinje will build new floating landing stages at four quays
     in Hallvik municipality, after the old wooden stages were damaged in a storm in
     February. The new pontoons, made of concrete and steel, will be able to take boats
     up to 40 metres long and will be adapted for wheelchair users. The work will be
     carried out in stages over the summer so that services can continue. The total cost
     is 64 million kroner, of which the county will pay half. Until the work is complete,
     passengers at Sandøy quay must embark via a temporary gangway, the company said.""",
     """Four quays in Hallvik municipality are to get new floating landing stages from the
     ferry operator Fjordlinje, after a storm in February damaged the old wooden ones.
     Built of concrete and steel, the new pontoons will accommodate vessels of up to 40
     metres in length and will be accessible to wheelchair users. To keep services
     running, the work will be done in phases through the summer. Half of the NOK 64
     million bill will be covered by the county. According to the company, passengers at
     Sandøy quay will have to board by a temporary gangway until the work is finished.""",
     traps=[T("vessels of up to 40 metres in length", "boats up to 40 metres long"),
            T("in phases", "in stages"),
            T("NOK 64 million", "64 million kroner"),
            T("board by a temporary gangway", "embark via a temporary gangway")])

case("roof bosses", "translation", "inconsistent",
     """Restorers working on the vaulted ceiling of the Church of Our Lady in Kortewaal
     have discovered traces of the original paint on 23 carved roof bosses dating from
     the 15th century. According to the restoration architect, Els Vermeulen, the bosses
     were painted red, green and gold, and were covered with whitewash in the 18th
     century. The bosses depict, among other things, a pelican, a green man and the coat
     of arms of a local guild. The parish church council has decided not to repaint the
     bosses but to preserve the remaining traces. Art historian Marc Dewilde of the
     University of Lommel called the find 'exceptional for the region'. The works will
     last until the end of next year.""",
     """Traces of the original paintwork have been found on 23 fifteenth-century carved roof
     bosses by restorers working on the vaulted ceiling of Kortewaal's Church of Our Lady.
     Restoration architect Els Vermeulen said the bosses had been painted in red, green
     and gold before being whitewashed in the 18th century. Among the subjects carved on
     them are a pelican, a green man and the arms of a local guild. Rather than repainting
     the bosses, the church council has chosen to conserve what remains of the paint.
     Vermeulen described the discovery as 'exceptional for the region'. Work is set to
     continue until the end of next year.""",
     errors=[E("Vermeulen described the discovery", "attribution", "minor",
               "Art historian Marc Dewilde of the University of Lommel called the find")],
     traps=[T("fifteenth-century", "dating from the 15th century"),
            T("Work is set to continue until the end of next year",
              "The works will last until the end of next year")])

# ---------------------------------------------------------------- build and validate

def find_nth(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def is_word_char(ch):
    return ch.isalnum()


def words(s):
    return len(s.split())


def build():
    problems = []

    def bad(cid, msg):
        problems.append("%s: %s" % (cid, msg))

    order = {d: i for i, d in enumerate(DOMAINS)}
    doms = [c["domain"] for c in CASES]
    if sorted(doms) != sorted(DOMAINS) or len(set(doms)) != len(doms):
        problems.append("domains do not match the list one-to-one")
    cases = sorted(CASES, key=lambda c: order.get(c["domain"], 999))
    records = []
    for n, c in enumerate(cases, 1):
        cid = "s60-%03d" % n
        ref, cand = c["reference"], c["candidate"]
        if c["mode"] not in ("rewrite", "summary", "translation"):
            bad(cid, "mode")
        if c["label"] not in ("consistent", "inconsistent"):
            bad(cid, "label")
        if not 70 <= words(ref) <= 190:
            bad(cid, "reference has %d words" % words(ref))
        if c["mode"] == "summary" and not (words(cand) < words(ref) and len(cand) < len(ref)):
            bad(cid, "summary not shorter than reference")
        if ref == cand:
            bad(cid, "candidate identical to reference")
        spans = []
        errors = []
        for e in c["errors"]:
            typ, sev, rt = e["type"], e["severity"], e["ref_text"]
            if typ not in ERROR_TYPES:
                bad(cid, "error type %r" % typ)
            if sev not in SEVERITIES:
                bad(cid, "severity %r" % sev)
            if e["kind"] == "omission":
                if typ != "omission":
                    bad(cid, "omission kind/type mismatch")
                if c["mode"] == "summary":
                    bad(cid, "omission in a summary")
                p = find_nth(cand, e["anchor"], e["occ"])
                if p < 0:
                    bad(cid, "omission anchor not found: %r" % e["anchor"])
                    continue
                start = end = p + len(e["anchor"])
                if end < len(cand) and is_word_char(cand[end]) and is_word_char(cand[end - 1]):
                    bad(cid, "omission point inside a word")
                if not rt or rt not in ref:
                    bad(cid, "omission ref_text not in reference: %r" % rt)
                if rt and rt.lower() in cand.lower():
                    bad(cid, "omitted words present in candidate: %r" % rt)
                text = ""
            else:
                if typ == "omission":
                    bad(cid, "omission given as span")
                text = e["text"]
                start = find_nth(cand, text, e["occ"])
                if start < 0:
                    bad(cid, "error text not found: %r" % text)
                    continue
                end = start + len(text)
                if typ in ("addition", "repetition"):
                    if rt is not None:
                        bad(cid, "%s must have ref_text null" % typ)
                else:
                    if not rt or rt not in ref:
                        bad(cid, "error ref_text not in reference: %r" % rt)
                    if rt == text:
                        bad(cid, "error text equals ref_text: %r" % text)
                if typ == "repetition":
                    if text.lower() not in cand[:start].lower():
                        bad(cid, "repetition has no earlier copy: %r" % text)
                elif text in ref:
                    bad(cid, "error text occurs verbatim in reference: %r" % text)
                if typ == "addition" and text in ref:
                    bad(cid, "addition text found in reference")
            errors.append({"start": start, "end": end, "text": text, "type": typ,
                           "severity": sev, "ref_text": rt})
            spans.append((start, end, "error %r" % text))
        traps = []
        for t in c["traps"]:
            text, rt = t["text"], t["ref_text"]
            start = find_nth(cand, text, t["occ"])
            if start < 0:
                bad(cid, "trap text not found: %r" % text)
                continue
            end = start + len(text)
            if rt not in ref:
                bad(cid, "trap ref_text not in reference: %r" % rt)
            if rt == text:
                bad(cid, "trap text equals ref_text: %r" % text)
            traps.append({"start": start, "end": end, "text": text, "ref_text": rt})
            spans.append((start, end, "trap %r" % text))
        for s, e_, what in spans:
            if cand[s:e_] == "" and s != e_:
                bad(cid, "empty span")
            if s != e_:
                if s > 0 and is_word_char(cand[s - 1]) and is_word_char(cand[s]):
                    bad(cid, "span cuts a word at start: %s" % what)
                if e_ < len(cand) and is_word_char(cand[e_]) and is_word_char(cand[e_ - 1]):
                    bad(cid, "span cuts a word at end: %s" % what)
                if cand[s].isspace() or cand[e_ - 1].isspace():
                    bad(cid, "span has outer whitespace: %s" % what)
        ordered = sorted(spans)
        for (s1, e1, w1), (s2, e2, w2) in zip(ordered, ordered[1:]):
            if s2 < e1 and not (s2 == e2 == e1) and not (s1 == e1 == s2):
                bad(cid, "overlap: %s / %s" % (w1, w2))
            if s1 == e1 and s1 > s2:
                bad(cid, "omission point inside span")
        for s1, e1, w1 in spans:
            for s2, e2, w2 in spans:
                if s1 == e1 and s2 < s1 < e2:
                    bad(cid, "omission point inside %s" % w2)
        if c["label"] == "consistent":
            if errors:
                bad(cid, "consistent pair with errors")
            if not 3 <= len(traps) <= 5:
                bad(cid, "consistent pair with %d traps" % len(traps))
        else:
            if not 1 <= len(errors) <= 3:
                bad(cid, "inconsistent pair with %d errors" % len(errors))
            if len(traps) > 3:
                bad(cid, "inconsistent pair with %d traps" % len(traps))
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": cid, "domain": c["domain"], "mode": c["mode"],
                        "reference": ref, "candidate": cand, "label": c["label"],
                        "errors": errors, "traps": traps})

    # composition
    def count(pred):
        return sum(1 for r in records if pred(r))
    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    for mode, n in (("rewrite", 20), ("summary", 10), ("translation", 10)):
        if count(lambda r: r["mode"] == mode) != n:
            problems.append("mode %s count wrong" % mode)
        for lab in ("consistent", "inconsistent"):
            if count(lambda r: r["mode"] == mode and r["label"] == lab) != n // 2:
                problems.append("mode %s label %s count wrong" % (mode, lab))
    all_err = [e for r in records for e in r["errors"]]
    if len(all_err) != 30:
        problems.append("expected 30 errors, got %d" % len(all_err))
    for t in ERROR_TYPES:
        if sum(1 for e in all_err if e["type"] == t) < 2:
            problems.append("fewer than 2 errors of type %s" % t)
    return records, problems


def summary_counts(records):
    from collections import Counter
    out = []
    out.append("pairs: %d" % len(records))
    out.append("by mode: %s" % dict(Counter(r["mode"] for r in records)))
    out.append("by label: %s" % dict(Counter(r["label"] for r in records)))
    out.append("by mode/label: %s" % dict(Counter((r["mode"], r["label"]) for r in records)))
    errs = [e for r in records for e in r["errors"]]
    out.append("errors: %d %s" % (len(errs), dict(Counter(e["type"] for e in errs))))
    out.append("severity: %s" % dict(Counter(e["severity"] for e in errs)))
    out.append("errors per inconsistent pair: %s" % dict(Counter(
        len(r["errors"]) for r in records if r["label"] == "inconsistent")))
    out.append("traps: %d" % sum(len(r["traps"]) for r in records))
    wc = [words(r["reference"]) for r in records]
    out.append("reference words: min %d max %d" % (min(wc), max(wc)))
    return "\n".join(out)


def main():
    records, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM", p)
        sys.exit(1)
    print(summary_counts(records))
    if "--check" in sys.argv[1:]:
        print("check passed; nothing written")
        return
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT_PATH)


if __name__ == "__main__":
    main()
