#!/usr/bin/env python3
"""Held-out evaluation set 25 for a fact-comparison tool.

How it was made: every pair below was hand-written in English by a helper
session that saw no code or data of the project, working only from a written
brief.  All people, companies, organisations, places and figures are invented;
real countries appear only as background.  No offsets are typed by hand: each
span is located by string search in the candidate (with an explicit occurrence
index where the quoted text repeats), and the whole set is validated before
anything is written.

Composition (40 pairs, one domain each):
  modes   : 20 rewrite, 10 summary, 10 translation (half of each consistent)
  labels  : 20 consistent, 20 inconsistent
  errors  : 30 in total over the 20 inconsistent pairs (10 pairs with one
            error, 10 with two) -- entity 3, number 4, date 3, role 3,
            polarity 3, modality 3, attribution 3, event 2, omission 2,
            addition 2, repetition 2
  traps   : 3-5 per consistent pair, 0-3 per inconsistent pair
  omissions occur only in rewrite and translation pairs.
In translation pairs both texts are independent English translations of the
same (notional) non-English story.

Usage:  python3 make_set25.py           validate and write set25.jsonl
        python3 make_set25.py --check   validate only, write nothing
"""
import json
import os
import re
import sys

DOMAINS = [
    "subtitling", "offshore cables", "watermills", "burst pipes", "cider presses",
    "nightclubs", "care robots", "algae blooms", "angling clubs", "recording studios",
    "wind turbine blades", "dental hygiene", "film dubbing", "water leaks", "fish ladders",
    "wolves", "fertility clinics", "sports academies", "audio description", "dry stone walls",
    "embassies", "swimming lessons", "barbershops", "bathing water", "hedge laying",
    "border crossings", "homeless shelters", "book clubs", "television ratings", "night shelters",
    "passport offices", "consulates", "mead", "karaoke bars", "tattoo studios",
    "insulation grants", "vaccination buses", "motorway services", "car washes", "charging stations",
]
ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]

CASES = []


def E(text, etype, severity, ref=None, occ=None):
    """An error span quoted from the candidate (occ = occurrence index if repeated)."""
    return {"kind": "span", "text": text, "type": etype, "severity": severity,
            "ref_text": ref, "occ": occ}


def O(after, ref, severity, occ=None):
    """An omission: zero-width point right after the quoted candidate text `after`."""
    return {"kind": "omission", "after": after, "type": "omission",
            "severity": severity, "ref_text": ref, "occ": occ}


def T(text, ref, occ=None):
    """A trap: faithful rewording quoted from the candidate, with the reference wording."""
    return {"text": text, "ref_text": ref, "occ": occ}


def add(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})


# ---------------------------------------------------------------- cases ----

# ===== rewrites =============================================================

add("subtitling", "rewrite", "consistent",
    reference=(
        "Streaming service Lumivo said on Monday that it will add subtitles in 14 more languages to its "
        "catalogue by the end of March, bringing the total to 32. The company, based in Rotterdam, has hired "
        "120 freelance translators for the project and expects to spend about €4.5 million on it this year. "
        "Chief content officer Marta Velden said viewer surveys showed that 38 percent of subscribers watch at "
        "least one programme a week with subtitles switched on. She added that the company would not use "
        "machine translation for drama series without a human review. Lumivo has around 2.1 million "
        "subscribers in the Netherlands and Belgium."),
    candidate=(
        "Rotterdam-based Lumivo will offer subtitles in a further 14 languages by the end of March, taking "
        "its total to 32, the streaming service announced on Monday. It has taken on 120 freelance translators "
        "for the project and expects the work to cost roughly €4.5m this year. According to chief content "
        "officer Marta Velden, viewer surveys found that almost two in five subscribers watch at least one "
        "subtitled programme each week. Velden said drama series would not be machine-translated unless a "
        "human reviewed the result. The service has some 2.1 million subscribers across the Netherlands and "
        "Belgium."),
    traps=[
        T("a further 14 languages", "14 more languages"),
        T("roughly €4.5m", "about €4.5 million"),
        T("almost two in five subscribers", "38 percent of subscribers"),
        T("would not be machine-translated unless a human reviewed the result",
          "would not use machine translation for drama series without a human review"),
    ])

add("burst pipes", "rewrite", "inconsistent",
    reference=(
        "Northvale Water said 1,800 homes in the Carrow district were left without supply on Thursday after "
        "a 60-year-old main burst beneath Fenwick Road. Engineers restored water to most properties within "
        "nine hours, but around 300 homes on higher ground were still relying on bottled water on Friday "
        "morning. The company said it had set up three bottle collection points and was delivering directly "
        "to vulnerable customers on its priority register. Operations director Paul Haskett said the main was "
        "scheduled for replacement next year and apologised for the disruption. Customers who were without "
        "water for more than 12 hours will receive an automatic payment of £30, the company said."),
    candidate=(
        "A burst main left 1,800 homes in Carrow without water on Thursday, Northvale Water said. The "
        "60-year-old pipe gave way under Fenwick Road. Most properties had their supply back within 12 hours, "
        "though about 300 homes on higher ground still depended on bottled water on Friday morning. Northvale "
        "has opened three bottle collection points and is making home deliveries to vulnerable customers on "
        "its priority register. Paul Haskett, its operations director, apologised for the disruption and said "
        "the main had been due to be replaced next year. Customers will receive an automatic £30 payment, the "
        "company added."),
    errors=[
        E("12 hours", "number", "major", ref="nine hours"),
        O("Customers", "who were without water for more than 12 hours", "major"),
    ],
    traps=[
        T("gave way", "burst"),
        T("had been due to be replaced next year", "was scheduled for replacement next year"),
    ])

add("cider presses", "rewrite", "consistent",
    reference=(
        "Orchard cooperative Hallow Vale has installed a new belt press at its site near Ashcombe, more than "
        "doubling the volume of apples it can process each day from 8 tonnes to 20 tonnes. The £640,000 "
        "machine was part-funded by a £250,000 rural development grant, with the remainder coming from "
        "members' contributions and a bank loan. Cooperative chair Denise Orrell said the old rack-and-cloth "
        "press, which dates back to 1978, would be donated to a local heritage museum. The cooperative, which "
        "has 46 member growers, expects to produce about 1.1 million litres of cider this season, up from "
        "850,000 litres last year. Harvest pressing is due to begin on 15 September."),
    candidate=(
        "Hallow Vale, an orchard cooperative near Ashcombe, can now press 20 tonnes of apples a day, against "
        "8 tonnes previously, after installing a new belt press. A rural development grant covered £250,000 "
        "of the machine's £640,000 cost; members' contributions and a bank loan paid for the rest. The old "
        "rack-and-cloth press, built in 1978, is to be given to a local heritage museum, according to chair "
        "Denise Orrell. The 46-grower cooperative expects to make roughly 1.1 million litres of cider this "
        "season, compared with 850,000 litres a year ago. Pressing for the harvest is scheduled to start on "
        "September 15."),
    traps=[
        T("A rural development grant covered £250,000 of the machine's £640,000 cost",
          "The £640,000 machine was part-funded by a £250,000 rural development grant"),
        T("The 46-grower cooperative", "The cooperative, which has 46 member growers"),
        T("a year ago", "last year"),
        T("September 15", "15 September"),
    ])

add("nightclubs", "rewrite", "inconsistent",
    reference=(
        "Councillors in Brimley have voted to extend the licence of the Velvet Room nightclub until 4am on "
        "Fridays and Saturdays, rejecting objections from residents of neighbouring Canal Street. The "
        "licensing committee imposed several conditions, including that the club must employ at least six "
        "door staff on late nights and must install a noise limiter set to 85 decibels. Committee chair "
        "Angela Royce said the panel had received 27 written objections, most relating to noise and litter. "
        "The club's owner, Tremaine Leisure, said the later hours could create up to 15 part-time jobs. The "
        "extended hours will come into force on 1 May and will be reviewed after six months."),
    candidate=(
        "Brimley's licensing committee has approved a 4am licence for the Velvet Room nightclub on Fridays "
        "and Saturdays, despite objections from people living on nearby Canal Street. Under conditions "
        "attached to the decision, the club will need a minimum of six door staff on late nights and a noise "
        "limiter set to 85 decibels. The panel received 27 written objections, mostly about noise and litter, "
        "chair Angela Royce said. Owner Tremaine Leisure said the later opening will create up to 15 "
        "part-time jobs. The new hours take effect on 1 May and are subject to a review after six months."),
    errors=[
        E("will create", "modality", "major", ref="could create"),
    ],
    traps=[
        T("a minimum of six door staff", "at least six door staff"),
        T("mostly about noise and litter", "most relating to noise and litter"),
    ])

add("care robots", "rewrite", "consistent",
    reference=(
        "A six-month trial of companion robots in care homes run by Westmoor Council found that residents "
        "who used them reported lower levels of loneliness, according to an evaluation published on "
        "Wednesday. The study, carried out by researchers at Harlow Bridge University, involved 64 residents "
        "across four homes. Loneliness scores fell by an average of 18 percent among participants, while "
        "there was no measurable change in a comparison group of 60 residents. Staff said the robots, which "
        "can hold simple conversations and remind users to take medication, were not a replacement for human "
        "contact. The council said it would decide in the autumn whether to extend the scheme, which cost "
        "£210,000."),
    candidate=(
        "Residents of Westmoor Council care homes who used companion robots during a six-month trial said "
        "they felt less lonely, an evaluation released on Wednesday has found. Researchers from Harlow Bridge "
        "University followed 64 residents in four homes. On average, participants' loneliness scores dropped "
        "by almost a fifth, whereas a comparison group of 60 residents showed no measurable change. The "
        "machines can carry on basic conversations and prompt users to take their medicines, but staff "
        "stressed that they could not replace human contact. The council said a decision on whether to "
        "continue the £210,000 scheme would be taken in the autumn."),
    traps=[
        T("almost a fifth", "18 percent"),
        T("prompt users to take their medicines", "remind users to take medication"),
        T("could not replace human contact", "were not a replacement for human contact"),
        T("a decision on whether to continue the £210,000 scheme would be taken in the autumn",
          "it would decide in the autumn whether to extend the scheme"),
    ])

add("angling clubs", "rewrite", "inconsistent",
    reference=(
        "The Kessing Angling Association has taken over the fishing rights on a four-mile stretch of the "
        "River Dunmere from the Holloway Estate, ending a dispute that lasted almost three years. Under the "
        "agreement, signed on 12 June, the association will pay an annual rent of £9,500 and will be "
        "responsible for maintaining banks and access paths. Association secretary Gordon Pell said "
        "membership had risen to 410 since the deal was announced, and that day tickets would be available "
        "to non-members from July. The estate will keep the rights to a half-mile section near Holloway "
        "House. Both sides said they had agreed to restock the river with brown trout jointly each spring."),
    candidate=(
        "Fishing rights on a four-mile stretch of the River Dunmere have passed from the Holloway Estate to "
        "the Kessing Angling Association, bringing a near three-year dispute to an end. Under the agreement, "
        "which was signed on 12 June, the estate will pay the association an annual rent of £9,500, and the "
        "anglers will look after the banks and access paths. Membership had climbed to 410 before the deal "
        "was announced, secretary Gordon Pell said, adding that non-members would be able to buy day tickets "
        "from July. A half-mile section close to Holloway House stays with the estate. The two sides have "
        "also agreed to restock the river together with brown trout every spring."),
    errors=[
        E("the estate will pay the association", "role", "major", ref="the association will pay an annual rent"),
        E("before the deal was announced", "date", "major", ref="since the deal was announced"),
    ],
    traps=[
        T("have passed from the Holloway Estate to the Kessing Angling Association",
          "has taken over the fishing rights on a four-mile stretch of the River Dunmere from the Holloway Estate"),
        T("a near three-year dispute", "a dispute that lasted almost three years"),
    ])

add("wind turbine blades", "rewrite", "consistent",
    reference=(
        "Blade maker Korrin Composites will open a recycling plant in Saltmere next year capable of "
        "processing 6,000 tonnes of decommissioned wind turbine blades annually, the company said on "
        "Tuesday. The £38 million facility will shred the fibreglass blades and turn them into filler for "
        "cement production. It is expected to create 95 jobs. Chief executive Lena Marsh said around 40 "
        "percent of the blades taken down in the country are currently sent to landfill, a practice the "
        "government plans to ban from 2028. The plant will be built on the site of a former paper mill, and "
        "construction is due to start in February, subject to final planning approval."),
    candidate=(
        "Korrin Composites, which makes turbine blades, announced on Tuesday that it will open a plant in "
        "Saltmere next year able to recycle up to 6,000 tonnes of decommissioned wind turbine blades a year. "
        "The fibreglass blades will be shredded at the £38m site and turned into filler used in cement "
        "production, and 95 jobs are likely to be created. According to chief executive Lena Marsh, roughly "
        "two-fifths of blades taken down nationwide now end up in landfill, something the government "
        "intends to outlaw from 2028. Provided it receives final planning approval, construction on the "
        "former paper mill site is set to begin in February."),
    traps=[
        T("£38m", "£38 million"),
        T("95 jobs are likely to be created", "It is expected to create 95 jobs"),
        T("roughly two-fifths", "around 40 percent"),
        T("intends to outlaw", "plans to ban"),
        T("Provided it receives final planning approval", "subject to final planning approval"),
    ])

add("dental hygiene", "rewrite", "inconsistent",
    reference=(
        "Fewer than half of children aged five in the Orland region brush their teeth twice a day, according "
        "to a survey published by the regional health authority on Thursday. The survey of 2,300 parents "
        "found that 46 percent of five-year-olds brushed twice daily, compared with 58 percent in 2019. Dr "
        "Helen Carrow, the authority's head of dental public health, said rising sugar consumption and long "
        "waits for state-funded dental appointments were contributing to a rise in tooth decay. The Orland "
        "Dental Forum, a professional body, called for supervised toothbrushing schemes to be introduced in "
        "all primary schools in the region. The authority said it would publish an action plan in the spring."),
    candidate=(
        "Less than half of five-year-olds in the Orland region brush their teeth twice a day, a survey "
        "released by the regional health authority on Thursday shows. Based on responses from 2,300 parents, "
        "it found that 46 percent did so, down from 58 percent in 2019. Dr Helen Carrow, head of dental "
        "public health at the authority, said rising sugar consumption and long waits for state-funded "
        "dental appointments were contributing to a rise in tooth decay, and she called for supervised "
        "toothbrushing schemes to be introduced in every primary school in the region. An action plan is to "
        "be published in the spring, the authority said."),
    errors=[
        E("she called for", "attribution", "major",
          ref="The Orland Dental Forum, a professional body, called for"),
    ],
    traps=[
        T("Less than half of five-year-olds", "Fewer than half of children aged five"),
        T("down from 58 percent in 2019", "compared with 58 percent in 2019"),
    ])

add("water leaks", "rewrite", "consistent",
    reference=(
        "Eastbrook Water lost an average of 142 million litres a day through leaking pipes in the year to "
        "March, down 11 percent on the previous year, according to figures released by the regulator on "
        "Monday. The company had been set a target of 135 million litres a day and will have to return £6.2 "
        "million to customers through lower bills after missing it. Eastbrook said it had repaired more than "
        "21,000 leaks during the year and installed 40,000 smart meters, which help to detect leaks on "
        "customers' own pipes. Managing director Simon Threlfall said the company was 'disappointed' but "
        "expected to meet the target next year. The regulator said it would monitor progress closely."),
    candidate=(
        "Leaking pipes cost Eastbrook Water an average of 142 million litres a day in the 12 months to March, "
        "11 percent less than in the year before, figures published by the regulator on Monday show. Because "
        "it missed its target of 135 million litres a day, the company must hand back £6.2m to customers in "
        "the form of reduced bills. Eastbrook said it fixed over 21,000 leaks during the year and fitted "
        "40,000 smart meters that help identify leaks on pipes belonging to customers. Simon Threlfall, the "
        "managing director, said Eastbrook was 'disappointed' but expected to hit the target next year, while "
        "the regulator said it would keep a close eye on progress."),
    traps=[
        T("in the 12 months to March", "in the year to March"),
        T("must hand back £6.2m to customers in the form of reduced bills",
          "will have to return £6.2 million to customers through lower bills"),
        T("over 21,000 leaks", "more than 21,000 leaks"),
        T("expected to hit the target next year", "expected to meet the target next year"),
    ])

add("fish ladders", "rewrite", "inconsistent",
    reference=(
        "A fish pass built at Corran Weir on the River Aldern has allowed salmon to reach upstream spawning "
        "grounds for the first time in more than a century, the Aldern Rivers Trust said on Friday. "
        "Underwater cameras recorded 312 salmon and 1,450 sea trout using the concrete pass between May and "
        "October. The £1.7 million structure, completed last year, consists of 22 stepped pools that let fish "
        "climb the 3.5-metre weir in stages. Trust director Fiona McLeish said the numbers exceeded "
        "expectations but warned that it was too early to say whether breeding populations would recover. "
        "The trust plans to remove two smaller weirs further upstream by 2027 if funding is secured."),
    candidate=(
        "Salmon have been able to reach spawning grounds upstream of Corran Weir on the River Aldern for the "
        "first time in over 100 years thanks to a new fish pass, the Aldern Rivers Trust announced on Friday. "
        "Between May and October, underwater cameras recorded 1,450 salmon and sea trout using the concrete "
        "pass. Completed last year at a cost of £1.7m, it is made up of 22 stepped pools that allow fish to "
        "scale the 3.5-metre weir a step at a time. Director Fiona McLeish said the figures had not lived up "
        "to expectations, and cautioned that it was too soon to tell whether breeding populations would "
        "recover. The trust intends to take out two smaller weirs further upstream by 2027, provided it can "
        "secure funding."),
    errors=[
        E("1,450 salmon and sea trout", "number", "major", ref="312 salmon and 1,450 sea trout"),
        E("had not lived up to expectations", "polarity", "major", ref="exceeded expectations"),
    ],
    traps=[
        T("in over 100 years", "in more than a century"),
        T("too soon to tell", "too early to say"),
        T("provided it can secure funding", "if funding is secured"),
    ])

add("audio description", "rewrite", "consistent",
    reference=(
        "The Corvel Theatre in Lanford will offer audio-described performances of every production in its "
        "main auditorium from September, becoming the first venue in the region to do so. Describers will "
        "provide live commentary on action, costumes and scenery through wireless headsets, which will be "
        "available free of charge. The theatre will also hold touch tours before each described "
        "performance, giving blind and partially sighted audience members the chance to handle props and "
        "costumes. The programme is funded by a three-year grant of £180,000 from the Halden Foundation. "
        "Artistic director Priya Nair said about 2,000 people with sight loss lived within 10 miles of the "
        "theatre."),
    candidate=(
        "From September, every production in the main auditorium of Lanford's Corvel Theatre will have "
        "audio-described performances, making it the region's first venue to offer this. Through wireless "
        "headsets, provided at no cost, describers will give a live account of the action, costumes and "
        "sets. Before each described show there will also be a touch tour, where blind and partially sighted "
        "theatregoers can handle costumes and props. A £180,000 grant from the Halden Foundation, spread over "
        "three years, is paying for the programme. According to artistic director Priya Nair, roughly 2,000 "
        "people with sight loss live within a 10-mile radius of the theatre."),
    traps=[
        T("provided at no cost", "available free of charge"),
        T("A £180,000 grant from the Halden Foundation, spread over three years",
          "a three-year grant of £180,000 from the Halden Foundation"),
        T("roughly 2,000 people", "about 2,000 people"),
        T("within a 10-mile radius of the theatre", "within 10 miles of the theatre"),
    ])

add("dry stone walls", "rewrite", "inconsistent",
    reference=(
        "The Fellside National Park Authority has launched a scheme to restore 40 kilometres of dry stone "
        "walls damaged by storms and neglect over the next five years. Farmers and landowners can apply for "
        "grants covering up to 80 percent of the cost of repairs, with the remainder met by the landowner. "
        "The authority said it would also fund training courses for 60 apprentice wallers, to address a "
        "shortage of skilled craftspeople. Around a third of the park's estimated 2,800 kilometres of walls "
        "are in poor condition, according to a survey carried out in 2022. Applications for the first round "
        "of grants open on 3 March and close on 30 April."),
    candidate=(
        "Over the next five years, 40 kilometres of dry stone walls that have been damaged by storms and "
        "neglect are to be restored under a scheme launched by the Fellside National Park Authority. Farmers "
        "and landowners can apply for grants of as much as 80 percent of repair costs and will pay the "
        "balance themselves. To tackle a shortage of skilled craftspeople, the authority said it would also "
        "take on 60 apprentice wallers. A 2022 survey found that roughly a third of the estimated 2,800 "
        "kilometres of walling in the park was in poor condition. The first round of grant applications runs "
        "from 3 March to 30 April."),
    errors=[
        E("take on", "event", "major", ref="fund training courses for"),
    ],
    traps=[
        T("as much as 80 percent", "up to 80 percent"),
        T("A 2022 survey found", "according to a survey carried out in 2022"),
        T("runs from 3 March to 30 April", "open on 3 March and close on 30 April"),
    ])

add("swimming lessons", "rewrite", "consistent",
    reference=(
        "One in four children in Harrowdale leaves primary school unable to swim 25 metres unaided, the "
        "town's sports trust said on Tuesday as it announced free lessons for pupils in years five and six. "
        "The programme, costing £95,000 a year, will provide ten 40-minute lessons per child at the Marlow "
        "Road leisure centre, with transport paid for by the trust. Trust chief executive Daniel Okafor said "
        "pool closures during renovation work in 2021 and 2022 had left many children without lessons. The "
        "scheme will start after the Easter holidays and is expected to reach about 1,300 pupils in its "
        "first year. Parents will not need to apply, as schools will enrol pupils directly."),
    candidate=(
        "A quarter of Harrowdale's children cannot swim 25 metres unaided by the time they leave primary "
        "school, according to the town's sports trust, which on Tuesday announced free lessons for year five "
        "and six pupils. Each child will get ten lessons of 40 minutes at the Marlow Road leisure centre, and "
        "the trust will cover transport; the programme costs £95,000 annually. Chief executive Daniel Okafor "
        "said many children had missed out on lessons because pools were shut for renovation in 2021 and "
        "2022. Lessons begin once the Easter holidays are over, and around 1,300 pupils are likely to take "
        "part in the first year. Schools will sign pupils up directly, so parents do not have to apply."),
    traps=[
        T("A quarter of Harrowdale's children", "One in four children in Harrowdale"),
        T("ten lessons of 40 minutes", "ten 40-minute lessons"),
        T("£95,000 annually", "£95,000 a year"),
        T("once the Easter holidays are over", "after the Easter holidays"),
        T("are likely to take part", "is expected to reach"),
    ])

add("barbershops", "rewrite", "inconsistent",
    reference=(
        "Barbers in the city of Kelbridge are being trained to spot signs of depression among their "
        "customers under a pilot run by mental health charity Open Chair. Forty barbers from 18 shops have "
        "completed a one-day course on how to start conversations about wellbeing and where to direct "
        "clients who need help. The charity's founder, Marcus Delaney, said men were often more willing to "
        "talk openly in a barber's chair than in a doctor's surgery. The pilot is funded by Kelbridge City "
        "Council and will be evaluated by researchers from Sandhurst Vale University after 12 months. If "
        "successful, it could be extended to 100 shops across the county."),
    candidate=(
        "A pilot run by mental health charity Open Chair is training barbers in Kelbridge to recognise signs "
        "of depression in their customers. Forty barbers from 18 shops have completed a one-day course "
        "covering how to open up conversations about wellbeing and where to send clients who need help. Men "
        "are often readier to speak openly in a barber's chair than in a GP's surgery, said Marcus Delaney, "
        "who founded the charity. The pilot, paid for by the county council, will be assessed by Sandhurst "
        "Vale University researchers after a year. Forty barbers from 18 shops have completed a one-day "
        "course. If it proves successful, it could be expanded to 100 shops across the county."),
    errors=[
        E("the county council", "entity", "major", ref="Kelbridge City Council"),
        E("Forty barbers from 18 shops have completed a one-day course", "repetition", "minor", occ=1),
    ],
    traps=[
        T("a GP's surgery", "a doctor's surgery"),
        T("after a year", "after 12 months"),
    ])

add("hedge laying", "rewrite", "consistent",
    reference=(
        "More than 150 competitors took part in the annual Marston Vale hedge laying championship on "
        "Saturday, the highest number since the event began in 1987. Entrants had five hours to lay a "
        "ten-metre section of hawthorn hedge using traditional tools, with judges marking them on neatness, "
        "strength and how well the hedge was likely to regrow. The open title was won by Tom Ashworth, a "
        "34-year-old farmer from Little Brenning, who also won in 2019. Organiser Carol Pryce said interest "
        "in hedge laying had grown because of new government payments that reward farmers for managing "
        "hedgerows for wildlife. The society running the event said it had run training days for 220 people "
        "this year."),
    candidate=(
        "Saturday's Marston Vale hedge laying championship drew over 150 competitors, the biggest field since "
        "the contest was first held in 1987. Using traditional tools, each entrant was given five hours to "
        "lay ten metres of hawthorn hedge, and the judges scored the work for neatness, strength and how "
        "well it was likely to regrow. Tom Ashworth, 34, a farmer from Little Brenning, took the open title, "
        "which he had also won in 2019. According to organiser Carol Pryce, new government payments "
        "rewarding farmers who manage hedgerows for wildlife have boosted interest in the craft. The society "
        "behind the championship said it had run training days for 220 people this year."),
    traps=[
        T("over 150 competitors", "More than 150 competitors"),
        T("the biggest field since the contest was first held in 1987",
          "the highest number since the event began in 1987"),
        T("Tom Ashworth, 34, a farmer from Little Brenning, took the open title",
          "The open title was won by Tom Ashworth, a 34-year-old farmer from Little Brenning"),
        T("have boosted interest in the craft", "interest in hedge laying had grown"),
    ])

add("book clubs", "rewrite", "inconsistent",
    reference=(
        "Libraries in the borough of Densford have set up 24 new reading groups over the past year, more "
        "than doubling the number running in the borough, according to a report presented to the council's "
        "culture committee. The groups meet monthly and are free to join, with the library service supplying "
        "multiple copies of each book. Six of the new groups are aimed at people learning English and two "
        "meet in care homes. Head of libraries Ruth Emmerson said membership of reading groups had reached "
        "610, up from 280 a year earlier. The report recommends setting aside £15,000 next year to buy "
        "additional book sets."),
    candidate=(
        "Over the past 12 months, Densford's libraries have launched 24 new reading groups, more than "
        "doubling the number in the borough, says a report to the council's culture committee. Membership is "
        "free, the groups meet once a month, and the library service provides several copies of every title. "
        "Six of the new groups cater for people learning English, while two are held in care homes, where "
        "staff say they have helped reduce isolation among residents. Reading group membership now stands at "
        "610, compared with 280 a year ago, head of libraries Ruth Emmerson said. The report proposes "
        "earmarking £15,000 next year for extra sets of books."),
    errors=[
        E("where staff say they have helped reduce isolation among residents", "addition", "major"),
    ],
    traps=[
        T("Over the past 12 months", "over the past year"),
        T("once a month", "monthly"),
        T("compared with 280 a year ago", "up from 280 a year earlier"),
    ])

add("night shelters", "rewrite", "consistent",
    reference=(
        "A winter night shelter in Portley will open a month earlier than usual this year after a rise in "
        "the number of people sleeping rough in the town. The shelter, run by the charity Harbour Light in "
        "the hall of St Anne's church, will open on 1 November and provide 22 beds each night until the end "
        "of March. Last winter it turned away an average of five people a night because it was full. Harbour "
        "Light manager Kath Dunmore said a street count in September found 38 people sleeping rough, "
        "compared with 21 a year earlier. The council has agreed to pay £40,000 towards staffing costs, and "
        "the charity is seeking 60 more volunteers."),
    candidate=(
        "Because more people are sleeping rough in Portley, the town's winter night shelter will open a "
        "month before it usually does this year. Harbour Light, the charity that runs the shelter in St "
        "Anne's church hall, will open its doors on 1 November and offer 22 beds a night through to the end "
        "of March. Last winter, with the shelter full, an average of five people a night were turned away. A "
        "September street count found 38 rough sleepers, up from 21 the year before, said Kath Dunmore, the "
        "charity's manager. The council will contribute £40,000 towards staffing costs, and Harbour Light "
        "wants to recruit another 60 volunteers."),
    traps=[
        T("a month before it usually does", "a month earlier than usual"),
        T("38 rough sleepers", "38 people sleeping rough"),
        T("up from 21 the year before", "compared with 21 a year earlier"),
        T("another 60 volunteers", "60 more volunteers"),
    ])

add("passport offices", "rewrite", "inconsistent",
    reference=(
        "The national passport agency said on Wednesday that average processing times for first-time adult "
        "applications had fallen to 14 days, from 31 days in January. The agency hired 450 extra staff "
        "earlier this year to clear a backlog that peaked at 380,000 applications in February. Director "
        "general Miriam Stott said the agency aimed to bring waiting times down to ten days before the "
        "summer holiday season but warned that demand could rise sharply after Easter. Applicants travelling "
        "within two weeks can book an appointment at one of six regional offices for a fast-track service, "
        "which costs £190. The agency advised people to apply at least six weeks before travelling."),
    candidate=(
        "Average processing times for first-time adult passport applications have dropped to 14 days, down "
        "from 31 in January, the national passport agency said on Wednesday. Earlier this year it recruited "
        "450 additional staff to deal with a backlog, which reached a high of 380,000 applications in "
        "February. The agency's director general, Miriam Stott, said the goal was to cut waiting times to ten "
        "days ahead of the summer holidays, though she warned that demand could surge before Easter. A "
        "fast-track service costing £190 is available by appointment at six regional offices for applicants "
        "due to travel within a fortnight. People must apply no later than six weeks before their trip, the "
        "agency said."),
    errors=[
        E("before Easter", "date", "major", ref="after Easter"),
        E("must apply", "modality", "major", ref="advised people to apply"),
    ],
    traps=[
        T("reached a high of 380,000 applications", "peaked at 380,000 applications"),
        T("within a fortnight", "within two weeks"),
        T("no later than six weeks before their trip", "at least six weeks before travelling"),
    ])

add("tattoo studios", "rewrite", "consistent",
    reference=(
        "Tattoo studios in the Carlow Bay district will need a licence from the local council from 1 January "
        "under new rules approved on Monday. Studios will be inspected at least once a year and must keep "
        "records of every client's age and consent form for three years. Operators who trade without a "
        "licence face fines of up to £5,000. The council's environmental health team, which registered 47 "
        "studios in the district last year, said the rules were intended to reduce the risk of skin "
        "infections. Studio owners will pay an annual fee of £260. The Carlow Bay Tattoo Guild, which "
        "represents about 30 artists, said it supported the changes but had concerns about the cost."),
    candidate=(
        "Under rules approved on Monday, tattoo studios in the Carlow Bay district must hold a licence from "
        "the local council from 1 January. They will face inspections no less than once a year and will have "
        "to keep each client's age and consent form on file for three years. Unlicensed operators risk fines "
        "of as much as £5,000. The aim is to cut the risk of skin infections, according to the council's "
        "environmental health team, which registered 47 studios in the district last year. Owners will be "
        "charged £260 a year. The Carlow Bay Tattoo Guild, representing roughly 30 artists, said it backed "
        "the changes but was concerned about the cost."),
    traps=[
        T("no less than once a year", "at least once a year"),
        T("Unlicensed operators risk fines of as much as £5,000",
          "Operators who trade without a licence face fines of up to £5,000"),
        T("Owners will be charged £260 a year", "Studio owners will pay an annual fee of £260"),
        T("roughly 30 artists", "about 30 artists"),
    ])

add("car washes", "rewrite", "inconsistent",
    reference=(
        "The environment agency has fined the car wash chain SpeedyShine £48,000 after soapy water from one "
        "of its sites in Tarnfield was found to have polluted a nearby stream. Inspectors found that drains "
        "at the site had been connected to the surface water system rather than the foul sewer, allowing "
        "detergent to flow into Mill Brook. The company admitted the offence and said it had since corrected "
        "the drainage at the site. An agency spokesperson said the chain had not previously been prosecuted. "
        "SpeedyShine operates 36 car washes and said it would inspect the drainage at all of them by the end "
        "of the year."),
    candidate=(
        "SpeedyShine, a car wash chain, has been fined £48,000 by the environment agency after soapy water "
        "from one of its Tarnfield sites was found to have polluted a nearby stream. Inspectors discovered "
        "that the site's drains had been connected to the surface water system instead of the foul sewer, so "
        "detergent was able to run into Mill Brook. The company pleaded guilty and said the drainage there "
        "had since been put right. According to an agency spokesperson, it was not the chain's first "
        "prosecution. SpeedyShine, which runs 36 car washes, said it would check the drainage at every one "
        "of them by the end of the year."),
    errors=[
        E("it was not the chain's first prosecution", "polarity", "critical",
          ref="the chain had not previously been prosecuted"),
    ],
    traps=[
        T("instead of the foul sewer", "rather than the foul sewer"),
        T("pleaded guilty", "admitted the offence"),
    ])

# ===== summaries ============================================================

add("television ratings", "summary", "inconsistent",
    reference=(
        "The final episode of the crime drama 'Harbour Lights' was watched by an average of 7.4 million "
        "viewers on Sunday night, making it the most-watched drama on any channel this year, according to "
        "overnight figures from ratings agency Viewmetrics. The episode peaked at 8.1 million in the last 15 "
        "minutes and took a 36 percent share of the audience. Broadcaster Northstar TV said a further 2.3 "
        "million people had streamed the episode on its online service by Monday evening. Rival Channel "
        "Six's talent show 'Sing Out' drew 3.2 million in the same slot. Northstar's head of drama, Alison "
        "Fairweather, said the series had attracted younger audiences than expected, with a third of viewers "
        "aged under 35. The company confirmed that a second series had been commissioned and would begin "
        "filming in the spring. Viewmetrics said consolidated figures including catch-up viewing would be "
        "published next week."),
    candidate=(
        "The 'Harbour Lights' finale averaged 8.1 million viewers on Sunday, the year's most-watched drama, "
        "according to Viewmetrics overnight figures, with another 2.3 million streaming it by Monday "
        "evening. Viewmetrics said a third of viewers were under 35. A second series has been commissioned "
        "and will start filming in the spring."),
    errors=[
        E("8.1 million", "number", "major", ref="7.4 million"),
        E("Viewmetrics said", "attribution", "major", ref="Northstar's head of drama, Alison Fairweather, said"),
    ],
    traps=[
        T("the year's most-watched drama", "the most-watched drama on any channel this year"),
        T("will start filming in the spring", "would begin filming in the spring"),
    ])

add("fertility clinics", "summary", "consistent",
    reference=(
        "The Fertility Standards Board has ordered the Elmhurst Fertility Centre to stop offering a 'sperm "
        "health' add-on test after finding there was no reliable evidence that it improved patients' chances "
        "of having a baby. The clinic had charged £350 for the test, which it offered to around 1,200 couples "
        "over two years. The board's inspection report, published on Thursday, also found that the clinic's "
        "website gave success rates that were not comparable with national figures, because they excluded "
        "patients over 40. The clinic has 28 days to correct the information. Elmhurst's medical director, "
        "Dr Samir Haddad, said the centre would comply fully and would refund patients who had paid for the "
        "test since January. The board said it was reviewing add-on tests at 14 other clinics."),
    candidate=(
        "The Fertility Standards Board has told Elmhurst Fertility Centre to stop selling a £350 'sperm "
        "health' add-on test, finding no reliable evidence that it raised patients' chances of a baby, and "
        "has given it four weeks to correct website success rates that left out patients over 40. The "
        "centre said it would comply in full and refund patients who paid for the test since January. The "
        "board is also reviewing add-ons at 14 other clinics."),
    traps=[
        T("raised patients' chances of a baby", "improved patients' chances of having a baby"),
        T("four weeks", "28 days"),
        T("left out patients over 40", "excluded patients over 40"),
        T("would comply in full", "would comply fully"),
    ])

add("offshore cables", "summary", "inconsistent",
    reference=(
        "Grid operator Nordline has awarded a €1.9 billion contract to cable maker Halvard Subsea to supply "
        "and lay a 620-kilometre power cable linking offshore wind farms in the North Sea to the mainland "
        "grid. The high-voltage cable, due to be completed in 2031, will be able to carry 2 gigawatts, enough "
        "to power about two million homes. Halvard will manufacture the cable at its factory in Trondvik and "
        "install it using two specialist vessels. Nordline chief executive Eirik Lindqvist said the project "
        "was vital to meeting national targets for renewable energy. The contract is the largest in "
        "Halvard's history. Its shares rose 9 percent on Tuesday after the announcement. Construction at sea "
        "is scheduled to begin in 2028."),
    candidate=(
        "Nordline has won a €1.9bn contract from Halvard Subsea to supply and lay a 620km cable connecting "
        "North Sea wind farms to the mainland grid. The 2-gigawatt link, enough for about two million homes, "
        "is due for completion in 2031, with work at sea starting in 2028. Halvard's shares rose 9 percent."),
    errors=[
        E("Nordline has won a €1.9bn contract from Halvard Subsea", "role", "critical",
          ref="Nordline has awarded a €1.9 billion contract to cable maker Halvard Subsea"),
    ],
    traps=[
        T("620km", "620-kilometre"),
        T("enough for about two million homes", "enough to power about two million homes"),
    ])

add("algae blooms", "summary", "consistent",
    reference=(
        "Swimming and water sports have been banned at Lake Ardley after tests confirmed a bloom of toxic "
        "blue-green algae, the Ardley Conservancy said on Saturday. Samples taken on Thursday showed toxin "
        "levels around five times the threshold at which the conservancy closes the lake. Dog owners have "
        "been told to keep their pets away from the water, as the algae can be fatal to animals that swallow "
        "it. Fishing will be allowed to continue, but anglers have been advised to wear gloves and not to "
        "eat any fish caught. The conservancy said warm weather and low rainfall in recent weeks had fuelled "
        "the bloom, and that the restrictions would remain until two consecutive weekly tests were clear. A "
        "similar bloom closed the lake for seven weeks in 2021."),
    candidate=(
        "Lake Ardley has been closed to swimming and water sports after Thursday's samples showed toxic "
        "blue-green algae at about five times the closure threshold. Dogs should be kept away because the "
        "algae can kill animals that swallow it, and anglers, who may still fish, are advised to wear gloves "
        "and not eat their catch. The ban will stay until two consecutive weekly tests come back clear."),
    traps=[
        T("about five times the closure threshold",
          "around five times the threshold at which the conservancy closes the lake"),
        T("can kill animals that swallow it", "can be fatal to animals that swallow it"),
        T("not eat their catch", "not to eat any fish caught"),
        T("The ban will stay", "the restrictions would remain"),
    ])

add("sports academies", "summary", "inconsistent",
    reference=(
        "Second-division football club Redbank Athletic will close its youth academy at the end of the "
        "season, the club announced on Friday, citing annual running costs of £1.1 million. The academy, "
        "founded in 1996, currently has 85 players aged between nine and 18. The club said it would help "
        "them find places at other academies and would honour scholarship agreements for its 12 older "
        "players until they expire. Chairman Keith Barlow said the decision had been 'extremely painful' but "
        "that the club could not justify the expense while it was losing money. Former academy players "
        "include Ryan Holt, now captain of top-flight side Castleford United. The players' union said it was "
        "disappointed and urged the league to provide financial support to smaller clubs."),
    candidate=(
        "Redbank Athletic will shut its youth academy at the end of the season, blaming running costs of "
        "£1.1m a year and falling attendances. The academy, whose graduates include Redbank captain Ryan "
        "Holt, has 85 players aged nine to 18; the club will help them join other academies and will honour "
        "the scholarships of its 12 older players. The players' union urged the league to give smaller clubs "
        "financial support."),
    errors=[
        E("and falling attendances", "addition", "major"),
        E("Redbank captain", "entity", "major", ref="captain of top-flight side Castleford United"),
    ],
    traps=[
        T("£1.1m a year", "annual running costs of £1.1 million"),
        T("aged nine to 18", "aged between nine and 18"),
    ])

add("homeless shelters", "summary", "consistent",
    reference=(
        "A homeless shelter in the centre of Wexley that closed in April because of safety concerns will "
        "reopen next month after a £620,000 refurbishment, the charity that runs it said on Wednesday. The "
        "Doorway Project said the building on Cross Street would have 34 single rooms, replacing the "
        "dormitories that previously housed up to 50 people. Each resident will have a named support worker, "
        "and a health clinic run by volunteer nurses will operate on site twice a week. Chief executive "
        "Joanne Pike said the smaller number of beds would be offset by a new arrangement with the council to "
        "house people in 16 supported flats elsewhere in the town. The refurbishment was paid for by a mix of "
        "lottery funding, council money and public donations."),
    candidate=(
        "The Doorway Project's Wexley homeless shelter, shut since April over safety concerns, will reopen "
        "next month after a £620,000 refit, with 34 single rooms in place of dormitories for up to 50 people. "
        "The charity says the loss of beds will be offset by 16 supported flats elsewhere in the town under "
        "a deal with the council. Residents will each get a named support worker, and volunteer nurses will "
        "run a twice-weekly clinic on site."),
    traps=[
        T("shut since April", "closed in April"),
        T("£620,000 refit", "£620,000 refurbishment"),
        T("the loss of beds will be offset", "the smaller number of beds would be offset"),
        T("twice-weekly clinic", "twice a week"),
    ])

add("insulation grants", "summary", "inconsistent",
    reference=(
        "Households with an annual income below £32,000 will be able to claim grants of up to £7,500 to "
        "insulate their homes under a scheme announced by the regional government on Monday. The £90 million "
        "programme, which opens to applications in October, is expected to fund work on about 14,000 homes "
        "over three years. Grants can be used for loft, cavity wall and solid wall insulation, but not for "
        "new windows or boilers. Work must be carried out by installers registered with the Warmfit "
        "accreditation scheme. Energy minister Claire Redfern said the scheme could cut a typical household's "
        "heating bill by £400 a year. Opposition members said the income threshold was too low and would "
        "exclude many families in poorly insulated homes."),
    candidate=(
        "A new £90m regional scheme opening in October will offer households earning under £32,000 a year "
        "grants of up to £7,500 for loft, cavity wall and solid wall insulation, which the energy minister "
        "says will cut a typical heating bill by £400 a year. About 14,000 homes are expected to benefit over "
        "three years. Opposition members said the income limit was too low."),
    errors=[
        E("will cut", "modality", "major", ref="could cut"),
    ],
    traps=[
        T("earning under £32,000 a year", "with an annual income below £32,000"),
        T("are expected to benefit", "is expected to fund work"),
        T("the income limit", "the income threshold"),
    ])

add("motorway services", "summary", "consistent",
    reference=(
        "Plans for a motorway service area beside junction 14 of the Northway motorway near Hollin Cross "
        "have been approved by the district council, despite more than 400 objections. Developer Roadstop "
        "Group will build a 120-seat restaurant, a fuel station with 12 electric vehicle charging points, a "
        "60-bed hotel and parking for 350 cars and 90 lorries. The company says the site will employ about "
        "220 people once it opens, which it expects to be in late 2026. Objectors argued the development "
        "would increase traffic on rural lanes and harm views from the nearby Hollin Hills. Council planners "
        "said the nearest existing services were 38 miles away, exceeding the government's recommended "
        "maximum gap of 28 miles."),
    candidate=(
        "Roadstop Group has won council approval, despite over 400 objections, for motorway services at "
        "junction 14 of the Northway near Hollin Cross, with a 60-bed hotel, a restaurant, 12 electric "
        "vehicle charging points and parking for 350 cars and 90 lorries. It expects to open in late 2026 and "
        "employ around 220 people. Planners noted the nearest services are 38 miles away, ten miles beyond "
        "the government's recommended maximum gap."),
    traps=[
        T("has won council approval", "have been approved by the district council"),
        T("over 400 objections", "more than 400 objections"),
        T("around 220 people", "about 220 people"),
        T("ten miles beyond the government's recommended maximum gap",
          "exceeding the government's recommended maximum gap of 28 miles"),
    ])

add("recording studios", "summary", "inconsistent",
    reference=(
        "Fenwick Hall Studios, where several of the country's best-selling albums of the 1970s were "
        "recorded, will close in December after its owners failed to find a buyer, the company said on "
        "Thursday. Managing director Julian Prest said bookings had fallen by 40 percent since 2019 as more "
        "artists recorded at home using cheaper equipment. The studio's main live room, built in 1972, is one "
        "of the largest in Europe. Its vintage mixing desk and collection of 300 microphones will be "
        "auctioned in January. A campaign group, Save Fenwick Hall, has collected 18,000 signatures calling "
        "for the building to be given listed status, which would prevent its demolition. The owners have "
        "applied for permission to convert the building into flats."),
    candidate=(
        "Fenwick Hall Studios, where several best-selling 1970s albums were made, will close in December "
        "after failing to find a buyer, with bookings down 40 percent since 2019 as more artists record at "
        "home, the managing director said. Its vintage mixing desk and 300 microphones will be auctioned in "
        "January. A petition to have the building listed has gathered 18,000 signatures, and the studio will "
        "close in December."),
    errors=[
        E("will close in December", "repetition", "minor", occ=1),
    ],
    traps=[
        T("down 40 percent since 2019", "fallen by 40 percent since 2019"),
        T("A petition to have the building listed has gathered 18,000 signatures",
          "has collected 18,000 signatures calling for the building to be given listed status"),
    ])

add("bathing water", "summary", "consistent",
    reference=(
        "Eleven of the 14 designated bathing sites along the Calder Bay coast met the 'excellent' standard "
        "for water quality this summer, up from eight last year, the regional environment agency said on "
        "Tuesday. Two beaches were rated 'good' and one, at Shelwick Sands, was rated 'poor' for the third "
        "year running, meaning the agency will advise against bathing there next season. The agency took 20 "
        "samples at each site between May and September, testing for E. coli and intestinal enterococci. It "
        "said improvements at the sewage treatment works in Portmane had reduced overflows into the bay. "
        "Shelwick Sands is affected by run-off from farmland and a stream that carries waste from a caravan "
        "park, the agency said."),
    candidate=(
        "Eleven of Calder Bay's 14 designated bathing sites met the 'excellent' water quality standard this "
        "summer, up from eight last year, the regional environment agency said. Shelwick Sands, affected by "
        "farm run-off and a stream carrying caravan park waste, was rated 'poor' for a third successive year, "
        "so bathing there will be advised against next season."),
    traps=[
        T("farm run-off", "run-off from farmland"),
        T("a stream carrying caravan park waste", "a stream that carries waste from a caravan park"),
        T("for a third successive year", "for the third year running"),
        T("bathing there will be advised against next season",
          "the agency will advise against bathing there next season"),
    ])

# ===== translations (two independent English translations of one story) ====

add("watermills", "translation", "consistent",
    reference=(
        "The watermill at Saint-Varenne, on the Orbelle river, has resumed flour production after four years "
        "of restoration work, the municipality announced on Sunday. The 17th-century mill, which had stood "
        "idle since 1962, will produce around 30 tonnes of organic flour a year, to be sold to bakeries in "
        "the department. The restoration cost €1.3 million, of which 40 percent was paid by the regional "
        "council. Mayor Hélène Castagne said the mill would also open to the public on weekends from May to "
        "October, with guided tours led by volunteers from the local heritage association. The miller, Julien "
        "Ferrand, 29, trained for two years at a mill in Brittany."),
    candidate=(
        "After a four-year restoration, the Saint-Varenne water mill on the Orbelle has begun grinding flour "
        "again, the town hall said on Sunday. Built in the seventeenth century and out of use since 1962, the "
        "mill will turn out some 30 tonnes of organic flour annually for bakers in the department. Of the "
        "€1.3 million cost of the works, two-fifths was covered by the regional council. According to the "
        "mayor, Hélène Castagne, the mill will also welcome visitors at weekends between May and October, "
        "when volunteers from the local heritage society will lead guided tours. Julien Ferrand, the "
        "29-year-old miller, spent two years training at a Breton mill."),
    traps=[
        T("Built in the seventeenth century", "The 17th-century mill"),
        T("out of use since 1962", "had stood idle since 1962"),
        T("some 30 tonnes", "around 30 tonnes"),
        T("two-fifths", "40 percent"),
        T("a Breton mill", "a mill in Brittany"),
    ])

add("film dubbing", "translation", "inconsistent",
    reference=(
        "Dubbing actors across the country will stop work for 48 hours from Monday in protest at the use of "
        "artificial intelligence to reproduce their voices, the actors' union ANDV announced. The union said "
        "studios had begun asking performers to sign contracts allowing recordings of their voices to be used "
        "to train AI systems without additional payment. About 1,500 dubbing professionals are expected to "
        "take part. Union president Carla Benedetti said the strike would delay the release of several "
        "foreign series dubbed for streaming platforms. The association of dubbing studios, ASID, said it was "
        "open to talks and denied that any of its members used AI voices in finished productions."),
    candidate=(
        "From Monday, dubbing actors nationwide will down tools for two days to protest against artificial "
        "intelligence being used to replicate their voices, their union, ANDV, has said. According to the "
        "union, studios have started asking performers to sign contracts that allow their recorded voices to "
        "be used for training AI systems. Some 1,500 people working in dubbing are likely to join the strike. "
        "It will hold up the release of a number of foreign series being dubbed for streaming services, said "
        "Carla Benedetti, who heads the union. The studios' association, ANDV, said it was ready to "
        "negotiate, and denied that any of its members used AI-generated voices in finished work."),
    errors=[
        O("be used for training AI systems", "without additional payment", "major"),
        E("ANDV", "entity", "major", ref="ASID", occ=1),
    ],
    traps=[
        T("for two days", "for 48 hours"),
        T("are likely to join the strike", "are expected to take part"),
        T("ready to negotiate", "open to talks"),
    ])

add("wolves", "translation", "consistent",
    reference=(
        "Environment officials in the Karsten district have confirmed that a wolf pack has settled in the "
        "Hellwald forest for the first time in more than 150 years. Camera traps recorded two adult wolves "
        "and at least four pups in July, the district's nature conservation office said on Wednesday. "
        "Officials stressed that wolves pose very little danger to people but urged livestock owners to "
        "protect their animals with electric fencing, for which the state reimburses up to 80 percent of the "
        "cost. Since January, eleven sheep have been killed in the area, and genetic tests linked six of the "
        "deaths to wolves. Farmers' association chair Bernd Kollwitz said compensation payments took too long."),
    candidate=(
        "For the first time in over a century and a half, a pack of wolves has made its home in the Hellwald "
        "forest, environmental authorities in Karsten district have confirmed. According to the district "
        "nature conservation office, which made the announcement on Wednesday, camera traps filmed two adult "
        "wolves and no fewer than four cubs in July. The authorities emphasised that the risk wolves pose to "
        "humans is very low, but called on livestock keepers to secure their animals with electric fences, "
        "for which the state refunds as much as 80 percent of the cost. Eleven sheep have been killed in the "
        "area since the start of the year, six of them by wolves, according to DNA tests. Bernd Kollwitz, "
        "who chairs the farmers' association, complained that compensation was paid too slowly."),
    traps=[
        T("over a century and a half", "more than 150 years"),
        T("no fewer than four cubs", "at least four pups"),
        T("as much as 80 percent", "up to 80 percent"),
        T("since the start of the year", "Since January"),
        T("DNA tests", "genetic tests"),
    ])

add("embassies", "translation", "inconsistent",
    reference=(
        "The embassy of Varenthia in the capital will remain closed to the public until further notice after "
        "protesters damaged its main gate on Friday evening, the foreign ministry said on Saturday. Around "
        "200 people had gathered outside the building to protest against a new fishing agreement between the "
        "two countries. Police arrested nine people, four of whom were later released without charge. The "
        "ministry said no embassy staff had been injured and that consular services would be provided by the "
        "consulate in the port city of Dalmar in the meantime. The ministry condemned the attack and said "
        "security around diplomatic buildings had been increased."),
    candidate=(
        "Varenthia's embassy in the capital is closed to the public until further notice, after "
        "demonstrators damaged its main gate on Friday morning, the foreign ministry announced on Saturday. "
        "Some 200 people had assembled in front of the embassy in protest at a new fisheries agreement "
        "between the two countries. Nine people were detained by police; four of them were subsequently "
        "freed without being charged. None of the embassy's staff were hurt, the ministry said, adding that "
        "consular services would be handled in the meantime by the consulate in the port city of Dalmar. The "
        "ministry condemned the attack and said security had been stepped up around diplomatic premises."),
    errors=[
        E("Friday morning", "date", "major", ref="Friday evening"),
    ],
    traps=[
        T("Nine people were detained by police", "Police arrested nine people"),
        T("subsequently freed without being charged", "later released without charge"),
        T("stepped up", "increased"),
    ])

add("border crossings", "translation", "consistent",
    reference=(
        "The Orsk-Velin border crossing will be open around the clock from 1 June, ending a night-time "
        "closure that has been in place since 2015, the interior ministries of the two countries said in a "
        "joint statement on Thursday. The crossing, used by about 4,000 vehicles a day, is currently open "
        "from 6am to 10pm. The change follows the completion of a €22 million upgrade that doubled the number "
        "of lanes for lorries to eight and introduced automatic number-plate recognition. Officials expect "
        "average waiting times for freight traffic, which can exceed three hours in summer, to fall by half. "
        "Passport checks for travellers in cars will remain in place."),
    candidate=(
        "From 1 June, the Orsk-Velin border crossing will operate 24 hours a day, bringing to an end the "
        "overnight closure in force since 2015, according to a joint statement issued on Thursday by the two "
        "countries' interior ministries. At present the crossing, which handles roughly 4,000 vehicles daily, "
        "is open between 6am and 10pm. The move comes after a €22m modernisation that increased the number "
        "of lorry lanes from four to eight and brought in automatic number-plate recognition. Officials "
        "anticipate that average waits for goods vehicles, which can be longer than three hours in summer, "
        "will be cut by 50 percent. Car travellers will still have their passports checked."),
    traps=[
        T("24 hours a day", "around the clock"),
        T("€22m", "€22 million"),
        T("from four to eight", "doubled the number of lanes for lorries to eight"),
        T("can be longer than three hours", "can exceed three hours"),
        T("will be cut by 50 percent", "to fall by half"),
    ])

add("consulates", "translation", "inconsistent",
    reference=(
        "The consulate of Marevia in the city of Tolvan has begun issuing visas again after a three-month "
        "suspension caused by a staff shortage, the consulate said on Monday. Applicants whose appointments "
        "were cancelled during the suspension will be contacted by email and given priority. The consulate "
        "said it had recruited six new staff, who had been trained by officials from the embassy in the "
        "capital. Processing times for tourist visas are expected to be around 15 working days. Business "
        "visas, however, will not be issued until a new online system is introduced in September. Consul "
        "Irena Balakova apologised to applicants for the disruption."),
    candidate=(
        "Marevia's consulate in Tolvan, which stopped issuing visas for three months because it was short of "
        "staff, has resumed, it announced on Monday. People whose appointments were cancelled in the "
        "meantime will receive an email and be dealt with first. Six new employees have been taken on, the "
        "consulate said, and they have trained officials from the embassy in the capital. Tourist visas "
        "should take about 15 working days to process. Business visas, by contrast, will be processed until "
        "a new online system comes into use in September. The consul, Irena Balakova, said she was sorry for "
        "the inconvenience caused to applicants."),
    errors=[
        E("they have trained officials from the embassy", "role", "major",
          ref="who had been trained by officials from the embassy"),
        E("will be processed", "polarity", "critical", ref="will not be issued"),
    ],
    traps=[
        T("be dealt with first", "given priority"),
        T("should take about 15 working days", "are expected to be around 15 working days"),
    ])

add("mead", "translation", "consistent",
    reference=(
        "A meadery in the village of Brzelin has won the top prize at an international mead competition for "
        "its traditional honey wine aged for three years in oak barrels, the regional beekeepers' association "
        "reported. The family-run business, founded in 1994 by Tomasz Wolak, entered four meads and won "
        "medals for all of them. Its winning 'dwójniak', made with one part honey to one part water, beat 212 "
        "entries from 19 countries. Wolak's daughter Agnieszka, who now manages production, said sales abroad "
        "had tripled in the past five years and now account for a quarter of turnover. The meadery produces "
        "about 40,000 bottles a year."),
    candidate=(
        "The regional beekeepers' association has reported that a mead maker in the village of Brzelin took "
        "first place at an international mead competition with a traditional honey wine matured in oak casks "
        "for three years. All four meads entered by the family firm, which Tomasz Wolak set up in 1994, won "
        "medals. Its victorious 'dwójniak', which uses equal parts honey and water, came out ahead of 212 "
        "entries from 19 countries. Export sales have grown threefold over the last five years and now make "
        "up 25 percent of turnover, said Agnieszka Wolak, Tomasz's daughter, who is now in charge of "
        "production. The business makes roughly 40,000 bottles annually."),
    traps=[
        T("matured in oak casks for three years", "aged for three years in oak barrels"),
        T("equal parts honey and water", "one part honey to one part water"),
        T("grown threefold", "tripled"),
        T("25 percent of turnover", "a quarter of turnover"),
        T("roughly 40,000 bottles annually", "about 40,000 bottles a year"),
    ])

add("karaoke bars", "translation", "inconsistent",
    reference=(
        "Karaoke bars in the city of Harunami have been ordered to close by midnight for the next three "
        "months following a series of noise complaints, the city government said on Tuesday. The order "
        "applies to 64 establishments in the Shinbori entertainment district. Operators who fail to comply "
        "can be fined up to 500,000 yen. City officials said they had received 310 complaints from residents "
        "since January, more than twice as many as in the whole of last year. The Harunami Karaoke Operators' "
        "Association said the measure would cut members' revenue by around 30 percent and called for "
        "financial support."),
    candidate=(
        "Harunami's city government announced on Tuesday that karaoke bars must shut by midnight for the "
        "next three months, after a string of complaints about noise. Sixty-four venues in the Shinbori "
        "nightlife district are covered by the order, and those that ignore it face fines of as much as "
        "50,000 yen. Since January the city has received 310 complaints from local residents, over double "
        "the number for all of last year, officials said. The Harunami Karaoke Operators' Association said "
        "the restriction would reduce its members' takings by about 30 percent, and asked for financial "
        "assistance."),
    errors=[
        E("50,000 yen", "number", "critical", ref="500,000 yen"),
    ],
    traps=[
        T("Sixty-four venues", "64 establishments"),
        T("over double the number for all of last year", "more than twice as many as in the whole of last year"),
        T("about 30 percent", "around 30 percent"),
    ])

add("vaccination buses", "translation", "consistent",
    reference=(
        "The regional health service of Valdoria will send two mobile vaccination buses to 48 villages "
        "without a health centre starting next week, the regional health ministry said on Friday. The buses, "
        "each staffed by a nurse and a driver, will offer flu and COVID-19 vaccines to people aged over 60 "
        "and to those with chronic illnesses. Each village will be visited twice between October and "
        "December. The ministry said the scheme, which costs €310,000, aims to raise flu vaccination coverage "
        "among over-60s in rural areas from 52 percent to at least 65 percent. Residents do not need an "
        "appointment but must bring their health card."),
    candidate=(
        "Starting next week, Valdoria's regional health service will send two mobile vaccination buses to 48 "
        "villages that have no health centre, the regional ministry of health announced on Friday. With a "
        "nurse and a driver on board each bus, they will provide flu and COVID-19 jabs to over-60s and to "
        "people with chronic conditions. Every village will receive two visits between October and December. "
        "The aim of the €310,000 programme, according to the ministry, is to lift flu vaccine uptake among "
        "rural residents over 60 from 52 percent to a minimum of 65 percent. No appointment is needed, but "
        "residents have to bring their health card."),
    traps=[
        T("jabs", "vaccines"),
        T("people with chronic conditions", "those with chronic illnesses"),
        T("Every village will receive two visits", "Each village will be visited twice"),
        T("a minimum of 65 percent", "at least 65 percent"),
    ])

add("charging stations", "translation", "inconsistent",
    reference=(
        "Energy company Voltara has opened the country's largest charging hub for electric vehicles, with 52 "
        "fast chargers, on the site of a former petrol station beside the motorway near Drenbeek. The hub can "
        "charge a typical car from 10 to 80 percent in about 20 minutes, the company said. Voltara invested "
        "€14 million in the site, which also has a café and a playground. According to the national EV "
        "drivers' association, waiting times at motorway chargers have become a major source of frustration, "
        "with queues of up to an hour reported during the summer holidays. Voltara plans to open 15 similar "
        "hubs by 2028 and is negotiating with two supermarket chains about sites."),
    candidate=(
        "Near Drenbeek, on the site of a former petrol station next to the motorway, energy firm Voltara has "
        "opened the biggest electric vehicle charging hub in the country, with 52 rapid chargers. According "
        "to the company, a typical car can be charged there from 10 to 80 percent in around 20 minutes. The "
        "site, in which Voltara has invested €14 million, also offers a café and a playground. Queues at "
        "motorway chargers have become a major irritation for drivers, according to Voltara, with waits of "
        "as long as an hour reported during the summer holidays. The company aims to open 15 similar hubs by "
        "2028 and has signed agreements with two supermarket chains for locations."),
    errors=[
        E("according to Voltara", "attribution", "major",
          ref="According to the national EV drivers' association"),
        E("has signed agreements with", "event", "major", ref="is negotiating with"),
    ],
    traps=[
        T("52 rapid chargers", "52 fast chargers"),
        T("as long as an hour", "up to an hour"),
    ])


# ------------------------------------------------------- build & validate ----

def _words(s):
    return re.findall(r"\S+", s)


def _find(hay, needle, occ, what, problems):
    """Offset of occurrence `occ` of `needle` in `hay`; occ is required if needle repeats."""
    starts, i = [], hay.find(needle)
    while i != -1:
        starts.append(i)
        i = hay.find(needle, i + 1)
    if not starts:
        problems.append("%s: text not found: %r" % (what, needle))
        return None
    if occ is None:
        if len(starts) > 1:
            problems.append("%s: %r occurs %d times; give occ" % (what, needle, len(starts)))
            return None
        occ = 0
    if occ >= len(starts):
        problems.append("%s: occurrence %d of %r not present" % (what, occ, needle))
        return None
    return starts[occ]


def _cuts_word(text, start, end):
    left = start > 0 and text[start - 1].isalnum() and (start < len(text) and text[start].isalnum())
    right = end < len(text) and text[end].isalnum() and end > 0 and text[end - 1].isalnum()
    return left or right


def build():
    problems, records = [], []
    for n, case in enumerate(CASES, 1):
        rid = "s25-%03d" % n
        ref, cand = case["reference"], case["candidate"]
        errors, traps = [], []
        for k, e in enumerate(case["errors"]):
            what = "%s error %d" % (rid, k)
            if e["type"] not in ERROR_TYPES:
                problems.append("%s: bad type %r" % (what, e["type"]))
            if e["severity"] not in SEVERITIES:
                problems.append("%s: bad severity %r" % (what, e["severity"]))
            if e["kind"] == "omission":
                p = _find(cand, e["after"], e["occ"], what, problems)
                if p is None:
                    continue
                start = end = p + len(e["after"])
                text = ""
                if _cuts_word(cand, start, end):
                    problems.append("%s: omission point inside a word" % what)
                if not e["ref_text"] or e["ref_text"].lower() in cand.lower():
                    problems.append("%s: omitted words present in candidate" % what)
            else:
                start = _find(cand, e["text"], e["occ"], what, problems)
                if start is None:
                    continue
                text = e["text"]
                end = start + len(text)
                if _cuts_word(cand, start, end):
                    problems.append("%s: span cuts a word: %r" % (what, text))
                if text != text.strip() or not text:
                    problems.append("%s: span has outer whitespace or is empty" % what)
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    problems.append("%s: %s must have ref_text null" % (what, e["type"]))
            else:
                if not e["ref_text"] or e["ref_text"] not in ref:
                    problems.append("%s: ref_text not in reference: %r" % (what, e["ref_text"]))
            if e["type"] == "repetition" and cand.find(text) >= start:
                problems.append("%s: repetition span is not a later copy" % what)
            if e["type"] == "omission" and case["mode"] == "summary":
                problems.append("%s: omission in a summary" % what)
            if e["type"] == "omission" and e["kind"] != "omission":
                problems.append("%s: omission must be zero-width" % what)
            errors.append({"start": start, "end": end, "text": text, "type": e["type"],
                           "severity": e["severity"], "ref_text": e["ref_text"]})
        for k, t in enumerate(case["traps"]):
            what = "%s trap %d" % (rid, k)
            start = _find(cand, t["text"], t["occ"], what, problems)
            if start is None:
                continue
            end = start + len(t["text"])
            if _cuts_word(cand, start, end):
                problems.append("%s: span cuts a word: %r" % (what, t["text"]))
            if t["ref_text"] not in ref:
                problems.append("%s: ref_text not in reference: %r" % (what, t["ref_text"]))
            if t["text"] == t["ref_text"]:
                problems.append("%s: trap is not reworded" % what)
            if t["text"] in ref:
                problems.append("%s: trap text appears verbatim in reference" % what)
            traps.append({"start": start, "end": end, "text": t["text"], "ref_text": t["ref_text"]})
        # overlaps (zero-width omission points may not fall strictly inside a span)
        spans = sorted([(s["start"], s["end"]) for s in errors + traps])
        for (a0, a1), (b0, b1) in zip(spans, spans[1:]):
            if b0 < a1 and not (b0 == b1 == a0) :
                problems.append("%s: overlapping spans %r %r" % (rid, (a0, a1), (b0, b1)))
        for s in errors:
            if s["start"] == s["end"]:
                for o in errors + traps:
                    if o is not s and o["start"] < s["start"] < o["end"]:
                        problems.append("%s: omission point inside a span" % rid)
        # per-record rules
        nref = len(_words(ref))
        if not 70 <= nref <= 190:
            problems.append("%s: reference has %d words" % (rid, nref))
        if case["mode"] not in ("rewrite", "summary", "translation"):
            problems.append("%s: bad mode" % rid)
        if case["mode"] == "summary" and (len(cand) >= len(ref) or len(_words(cand)) >= nref):
            problems.append("%s: summary not shorter than reference" % rid)
        if case["label"] == "consistent":
            if case["errors"] or not 3 <= len(case["traps"]) <= 5:
                problems.append("%s: consistent pair needs 0 errors and 3-5 traps" % rid)
        elif case["label"] == "inconsistent":
            if not case["errors"] or len(case["traps"]) > 3:
                problems.append("%s: inconsistent pair needs >=1 error and 0-3 traps" % rid)
        else:
            problems.append("%s: bad label" % rid)
        if case["domain"] not in DOMAINS:
            problems.append("%s: domain not in list: %r" % (rid, case["domain"]))
        if ref == cand:
            problems.append("%s: candidate identical to reference" % rid)
        records.append({"id": rid, "domain": case["domain"], "mode": case["mode"],
                        "reference": ref, "candidate": cand, "label": case["label"],
                        "errors": sorted(errors, key=lambda x: (x["start"], x["end"])),
                        "traps": sorted(traps, key=lambda x: x["start"])})
    # set-level composition
    def count(key, val):
        return sum(1 for r in records if r[key] == val)
    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    if len({r["domain"] for r in records}) != len(records):
        problems.append("domains repeat")
    for mode, total in (("rewrite", 20), ("summary", 10), ("translation", 10)):
        if count("mode", mode) != total:
            problems.append("mode %s: %d pairs, want %d" % (mode, count("mode", mode), total))
        cons = sum(1 for r in records if r["mode"] == mode and r["label"] == "consistent")
        if cons * 2 != total:
            problems.append("mode %s: %d consistent, want half" % (mode, cons))
    if count("label", "consistent") != 20 or count("label", "inconsistent") != 20:
        problems.append("labels not 20/20")
    all_errors = [e for r in records for e in r["errors"]]
    if len(all_errors) != 30:
        problems.append("expected 30 errors, got %d" % len(all_errors))
    for t in ERROR_TYPES:
        c = sum(1 for e in all_errors if e["type"] == t)
        if c < 2:
            problems.append("error type %s used %d times (<2)" % (t, c))
    return records, problems


def summary_lines(records):
    from collections import Counter
    out = []
    out.append("pairs: %d" % len(records))
    out.append("mode x label: %s" % dict(Counter((r["mode"], r["label"]) for r in records)))
    errs = [e for r in records for e in r["errors"]]
    out.append("errors: %d  by type: %s" % (len(errs), dict(Counter(e["type"] for e in errs))))
    out.append("errors by severity: %s" % dict(Counter(e["severity"] for e in errs)))
    out.append("errors per inconsistent pair: %s" %
               dict(Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")))
    out.append("traps: %d (consistent %d, inconsistent %d)" % (
        sum(len(r["traps"]) for r in records),
        sum(len(r["traps"]) for r in records if r["label"] == "consistent"),
        sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")))
    wc = [len(_words(r["reference"])) for r in records]
    out.append("reference words: min %d max %d" % (min(wc), max(wc)))
    return out


def main():
    check_only = "--check" in sys.argv[1:]
    records, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    # round-trip the offsets once more on the final records
    for r in records:
        for s in r["errors"] + r["traps"]:
            assert r["candidate"][s["start"]:s["end"]] == s["text"], (r["id"], s)
    for line in summary_lines(records):
        print(line)
    if check_only:
        print("check passed; nothing written")
        return
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set25.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), out))


if __name__ == "__main__":
    main()
