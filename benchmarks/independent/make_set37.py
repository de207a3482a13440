#!/usr/bin/env python3
"""Held-out evaluation set 37 for the fact-comparison tool.

How it was made: every pair was hand-written as Python data by a helper that
saw no code or data of the project, working only from a written brief. All
people, companies, organisations, places and figures are invented (real
countries and currencies appear only as background). Character offsets are
never typed by hand: they are computed here by string search (with an
occurrence index where a quoted text repeats) and then validated.

Composition (40 pairs, ids s37-001 .. s37-040, one domain each):
  - 20 consistent / 20 inconsistent
  - 20 rewrites (10 consistent, 10 inconsistent)
  - 10 summaries (5 consistent, 5 inconsistent)
  - 10 translations (5 consistent, 5 inconsistent; both texts are independent
    English translations of the same non-English story)
  - 30 errors: entity 3, number 3, date 3, role 3, polarity 3, modality 3,
    attribution 3, event 3, omission 2, addition 2, repetition 2;
    10 inconsistent pairs carry one error and 10 carry two.
  - consistent pairs carry 3-5 traps (faithful rewordings); inconsistent
    pairs carry 0-3.

Usage:
  python3 make_set37.py          validate and write set37.jsonl next to this script
  python3 make_set37.py --check  validate only, write nothing
"""
import json
import os
import re
import sys
from collections import Counter

N = 37
DOMAINS = [
    "puppet festivals", "marionettes", "shadow theatre", "opera costumes",
    "stage lighting", "theatre ticketing", "music festivals", "busking permits",
    "street art", "mural projects", "graffiti removal", "public sculpture",
    "town clocks", "bandstands", "war memorials", "cemetery records",
    "crematoria", "funeral cooperatives", "genealogy archives",
    "parish registers", "census data", "electoral rolls", "polling stations",
    "vote counting", "boundary reviews", "citizens assemblies", "jury service",
    "legal aid", "small claims courts", "tenancy tribunals", "noise complaints",
    "dog licensing", "stray cats", "pet passports", "veterinary clinics",
    "animal ambulances", "horse rescue", "reindeer herding", "camel racing",
    "yak farming",
]
ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]

CASES = []


def E(etype, text, severity, ref_text, occ=0):
    """An error span: `text` (occurrence `occ`) in the candidate."""
    return {"kind": "span", "type": etype, "text": text, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def O(after, severity, ref_text, occ=0):
    """An omission: the missing words belong right after `after` (occurrence `occ`)."""
    return {"kind": "omission", "type": "omission", "after": after,
            "severity": severity, "ref_text": ref_text, "occ": occ}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording `text` (occurrence `occ`) of reference `ref_text`."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


def case(num, domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"num": num, "domain": domain, "mode": mode, "label": label,
                  "reference": " ".join(reference.split()),
                  "candidate": " ".join(candidate.split()),
                  "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------- cases 1-8
case(1, "puppet festivals", "rewrite", "consistent",
     """The Ellisford International Puppet Festival will return to the town of Linmere from 14 to 22 June,
     organisers announced on Monday. This year's programme features 46 companies from 11 countries, up from
     38 companies last year. Festival director Aurelia Banfield said ticket prices would be held at 2023 levels
     for the third consecutive year, with a family pass costing £24. The organisers expect attendance to exceed
     60,000, although they cautioned that outdoor performances could be cancelled in the event of heavy rain.
     A new venue, the restored Corn Exchange on Mill Street, will host evening shows for adult audiences. The
     festival receives roughly half of its funding from Linmere District Council.""",
     """Organisers said on Monday that the Ellisford International Puppet Festival will be back in Linmere
     between 14 and 22 June. Forty-six companies from 11 countries are on this year's bill, compared with 38
     last year. According to festival director Aurelia Banfield, ticket prices will stay at 2023 levels for a
     third year running, and a family pass will cost £24. Attendance is expected to top 60,000, though
     organisers warned that heavy rain could force the cancellation of outdoor performances. Evening shows for
     adult audiences will be staged at a new venue, the restored Corn Exchange on Mill Street. About 50% of the
     festival's funding comes from Linmere District Council.""",
     traps=[T("between 14 and 22 June", "from 14 to 22 June"),
            T("Forty-six companies", "46 companies"),
            T("for a third year running", "for the third consecutive year"),
            T("Attendance is expected to top 60,000", "The organisers expect attendance to exceed 60,000"),
            T("About 50%", "roughly half")])

case(2, "marionettes", "rewrite", "inconsistent",
     """The Castellane Marionette Theatre in Brevoort has received a grant of €340,000 from the regional culture
     fund to restore its collection of historic string puppets, the theatre said in a statement on Thursday.
     The collection, which includes 212 figures dating from the late nineteenth century, has been in storage
     since a roof leak damaged the workshop in 2021. Conservators from the Vallen Institute will begin work in
     September and are expected to finish within 18 months, provided the remaining funds can be raised. The
     theatre's artistic director, Piet Hulsman, said the first restored marionettes would be shown to the
     public in a small exhibition next spring. The grant covers about two thirds of the total restoration cost;
     the theatre hopes to raise the remainder through private donations.""",
     """The Castellane Marionette Theatre in Brevoort said on Thursday that it has been awarded €340,000 by the
     regional culture fund to restore its collection of historic string puppets. The 221 figures, dating from
     the late nineteenth century, have been kept in storage since 2021, when a roof leak damaged the workshop.
     Conservators from the Vallen Institute will start in September and are expected to complete the job within
     a year and a half. Artistic director Piet Hulsman said the first restored marionettes would go on public
     display in a small exhibition next spring. The grant pays for roughly two thirds of the restoration's total
     cost, and the theatre hopes private donations will cover the rest.""",
     errors=[E("number", "221 figures", "major", "212 figures"),
             O("within a year and a half", "major", "provided the remaining funds can be raised")],
     traps=[T("within a year and a half", "within 18 months"),
            T("has been awarded €340,000 by the regional culture fund",
              "has received a grant of €340,000 from the regional culture fund")])

case(3, "shadow theatre", "summary", "consistent",
     """The Kestrel Shadow Company, a shadow theatre troupe based in the port city of Kelmora, has been awarded
     the Ostrand Prize for Performing Arts, the prize committee announced on Wednesday. The award, worth 25,000
     dollars, recognises the company's production 'The Salt Road', which toured 14 cities last year and was
     seen by more than 30,000 people. The troupe was founded in 1998 by puppeteer Suri Halvane and now employs
     nine full-time performers. Committee chair Dominic Ferreira said the jury had been impressed by the
     company's use of hand-cut leather figures alongside digital projection. Halvane said the prize money would
     be used to train young performers. The company plans to take 'The Salt Road' to three further countries
     next year.""",
     """Kelmora shadow theatre troupe the Kestrel Shadow Company has won the $25,000 Ostrand Prize for Performing
     Arts for 'The Salt Road', a production seen by over 30,000 people in 14 cities last year. The jury praised
     its combination of hand-cut leather figures and digital projection; founder Suri Halvane said the money
     would go towards training young performers.""",
     traps=[T("has won", "has been awarded"),
            T("$25,000", "25,000 dollars"),
            T("over 30,000 people", "more than 30,000 people"),
            T("combination of hand-cut leather figures and digital projection",
              "use of hand-cut leather figures alongside digital projection")])

case(4, "opera costumes", "summary", "inconsistent",
     """The Merrow State Opera will auction around 600 costumes from past productions next month to make room in
     its overcrowded storage facility, the company said on Tuesday. Items on sale include gowns worn in its 1987
     staging of 'La Traviata' and armour made for a production of 'Siegfried' designed by Harriet Okonjo.
     Wardrobe director Lucas Vemmer said the most fragile pieces, including several hand-embroidered cloaks,
     would not be sold but transferred to the Dunmore Textile Museum. Proceeds, estimated at between 80,000 and
     120,000 pounds, will go towards the company's education programme. The auction will be held online by
     Pellham & Rowe between 3 and 10 October. The opera house said it would continue to make new costumes in
     its own workshop.""",
     """The Merrow State Opera is to auction roughly 600 costumes next month to ease pressure on its overcrowded
     store, among them gowns from its 1987 'Siegfried' and armour designed by Harriet Okonjo. The most fragile
     items, including several hand-embroidered cloaks, will also go under the hammer. The online sale, run by
     Pellham & Rowe from 3 to 10 October, is expected to raise £80,000 to £120,000 for the education
     programme.""",
     errors=[E("entity", "'Siegfried'", "major", "'La Traviata'"),
             E("polarity", "will also go under the hammer", "critical", "would not be sold")],
     traps=[T("roughly 600 costumes", "around 600 costumes"),
            T("£80,000 to £120,000", "between 80,000 and 120,000 pounds")])

case(5, "stage lighting", "translation", "consistent",
     """The Stadttheater Ebersfeld is to replace its entire stage lighting system with LED fixtures over the
     summer break, the theatre's management announced on Friday. The changeover will cost 1.4 million euros, of
     which the regional government is covering 60 percent. According to technical director Jonas Wermke, the
     new lamps consume around 70 percent less electricity than the halogen spotlights used until now. In
     addition, the heat on stage will fall noticeably, which performers had complained about for years. The
     work is to begin on 1 July and be completed by the start of the season in mid-September. Performances are
     not affected, as the theatre is closed in July and August anyway.""",
     """Ebersfeld's municipal theatre will switch all of its stage lights to LED technology during the summer
     recess, its management said on Friday. The conversion carries a price tag of €1.4 million, three fifths of
     which will be paid by the regional government. Technical director Jonas Wermke says the new lights use
     roughly 70% less power than the halogen spotlights in service so far. They will also make the stage
     noticeably cooler, something performers have complained about for years. Work starts on July 1 and is due
     to be finished when the season opens in the middle of September. No performances will be affected, since
     the theatre is closed in July and August in any case.""",
     traps=[T("€1.4 million", "1.4 million euros"),
            T("three fifths", "60 percent"),
            T("roughly 70% less power", "around 70 percent less electricity"),
            T("July 1", "1 July"),
            T("in the middle of September", "in mid-September")])

case(6, "theatre ticketing", "translation", "inconsistent",
     """The Teatro Calderín in Valdemora will introduce dynamic pricing for its most popular productions from
     January, the theatre's board confirmed yesterday. Under the new system, ticket prices may rise by up to 30
     percent when demand is high, but will never fall below the current base price of 18 euros. The board's
     president, Marta Olivencia, said the measure was necessary to offset a deficit of 420,000 euros last
     season. Consumer group Voz del Público criticised the decision and warned that it could exclude young
     audiences. The theatre says that 200 seats per performance will be reserved for students and pensioners at
     a fixed price of 10 euros.""",
     """From January, Valdemora's Teatro Calderín will apply dynamic pricing to its best-selling shows, the
     theatre's board confirmed yesterday. When demand is strong, tickets may cost as much as 30% more, although
     they will never drop below the current base price of €18. Board president Marta Olivencia argued that the
     step was needed to make up for last season's €420,000 shortfall. The consumer association Voz del Público
     objected to the decision, warning that young people could be priced out. The theatre says it could set
     aside 200 seats per show for students and pensioners at a fixed price of €10.""",
     errors=[E("modality", "could set aside", "major", "will be reserved")],
     traps=[T("as much as 30% more", "by up to 30 percent"),
            T("last season's €420,000 shortfall", "a deficit of 420,000 euros last season")])

case(7, "music festivals", "rewrite", "consistent",
     """Organisers of the Greyhaven Folk and Roots Festival have cut the event from four days to three after a
     review of its finances, they said on Tuesday. The festival, held each August on farmland outside the
     village of Orrisdale, lost about 95,000 pounds last year, largely because of higher security and insurance
     costs. Chair of the organising committee Bethan Lloyd-Carrow said the decision had been 'painful but
     unavoidable'. Weekend tickets will cost 145 pounds, up from 130 pounds, while day tickets remain unchanged
     at 60 pounds. Headliners for this year's edition, which runs from 15 to 17 August, are expected to be
     confirmed by the end of March. The organisers said the capacity of 12,000 per day would not change.""",
     """The Greyhaven Folk and Roots Festival will run for three days instead of four following a financial
     review, its organisers announced on Tuesday. Last year the event, which takes place every August on
     farmland outside Orrisdale, made a loss of roughly £95,000, mainly as a result of rising security and
     insurance bills. Organising committee chair Bethan Lloyd-Carrow called the decision 'painful but
     unavoidable'. A weekend ticket will now cost £145 rather than £130, but the price of a day ticket stays at
     £60. This year's festival runs from 15 to 17 August, and its headliners should be announced by the end of
     March. Daily capacity will remain at 12,000, the organisers said.""",
     traps=[T("three days instead of four", "from four days to three"),
            T("roughly £95,000", "about 95,000 pounds"),
            T("£145 rather than £130", "145 pounds, up from 130 pounds"),
            T("should be announced", "are expected to be confirmed"),
            T("Daily capacity will remain at 12,000", "the capacity of 12,000 per day would not change")])

case(8, "busking permits", "rewrite", "inconsistent",
     """Street performers in central Ashbury will need a permit from 1 May under new rules approved by the city
     council on Wednesday night. The permits, costing 20 pounds a year, will allow buskers to perform for up to
     two hours at a single pitch before moving on. Amplifiers will be banned on Carter Street and in Market
     Square, where shop owners had complained about noise. Councillor Rhian Oduya, who proposed the scheme, said
     officers might confiscate equipment from performers who repeatedly break the rules, but only as a last
     resort. The Ashbury Buskers' Collective said it would consider a legal challenge. About 150 performers are
     thought to work regularly in the city centre.""",
     """From 1 May, anyone performing on the streets of central Ashbury will need a permit, under rules the city
     council approved late on Wednesday. A £20 annual permit will let buskers play at one pitch for a maximum
     of two hours before they have to move. Following noise complaints from shopkeepers, amplifiers will be
     prohibited in Market Square and on Carter Street. Councillor Rhian Oduya, who put forward the scheme, said
     officers would seize the equipment of repeat offenders, though only as a last resort. The Ashbury Buskers'
     Collective said it would consider legal action. Around 150 performers are believed to work regularly in
     the city centre.""",
     errors=[E("modality", "would seize", "major", "might confiscate")],
     traps=[T("A £20 annual permit", "costing 20 pounds a year"),
            T("for a maximum of two hours", "for up to two hours"),
            T("Around 150 performers are believed", "About 150 performers are thought")])

# ---------------------------------------------------------------- cases 9-16
case(9, "street art", "rewrite", "consistent",
     """A stencil artwork attributed to the anonymous street artist known as Quillfox has been removed from the
     side of a bakery in Dunhallow and will be displayed at the city's Museum of Modern Life, the museum said on
     Monday. The piece, which shows a child releasing a paper boat into a storm drain, appeared overnight in
     February 2022. The building's owner, Caron Pask, agreed to donate the section of wall after the museum
     offered to pay the 38,000-euro cost of removing and restoring it. Curator Ilse Vandermolen said the work
     would go on display in the spring, once conservation work was complete. The museum has not been able to
     confirm that the piece is by Quillfox, who has never publicly claimed it.""",
     """Dunhallow's Museum of Modern Life said on Monday that it will exhibit a stencil piece, attributed to the
     anonymous street artist Quillfox, that has been taken off the side of a local bakery. The image of a child
     letting a paper boat go into a storm drain appeared overnight in February 2022. Caron Pask, who owns the
     building, agreed to donate the section of wall after the museum offered to cover the €38,000 bill for
     taking it down and restoring it. According to curator Ilse Vandermolen, the work will go on show in the
     spring once it has been conserved. The museum has been unable to verify that Quillfox made the piece, and
     the artist has never claimed it publicly.""",
     traps=[T("Caron Pask, who owns the building", "The building's owner, Caron Pask"),
            T("the €38,000 bill", "the 38,000-euro cost"),
            T("will go on show in the spring once it has been conserved",
              "would go on display in the spring, once conservation work was complete"),
            T("has been unable to verify that Quillfox made the piece",
              "has not been able to confirm that the piece is by Quillfox")])

case(10, "mural projects", "rewrite", "inconsistent",
     """The town of Pellingford has commissioned local artist Nadia Greaves to paint a 40-metre mural along the
     underpass at Station Road, the town council announced on Thursday. The design, chosen by a panel of
     residents from 27 submissions, depicts the history of the town's former rope works. Work is due to begin on
     9 June and should take about six weeks, weather permitting. The 18,500-pound project is being funded by the
     Pellingford Community Trust, which approached the council with the idea last year. Greaves will be assisted
     by pupils from Hollins Academy, who will help paint the lower sections. Council leader Ed Marchbanks said
     the mural would 'make a neglected corner of town something to be proud of'.""",
     """Local artist Nadia Greaves has been commissioned by Pellingford to paint a 40-metre mural in the Station
     Road underpass, the town council said on Thursday. Selected by a residents' panel from 27 entries, the
     design tells the story of the town's old rope works. Painting is scheduled to start on 9 July and, if the
     weather allows, should last around six weeks. The £18,500 cost is being met by the Pellingford Community
     Trust, after the council approached the trust with the idea last year. Pupils from Hollins Academy will
     help Greaves by painting the lower sections. Council leader Ed Marchbanks said the mural would 'make a
     neglected corner of town something to be proud of'.""",
     errors=[E("date", "9 July", "minor", "9 June"),
             E("role", "the council approached the trust", "major",
               "Pellingford Community Trust, which approached the council")],
     traps=[T("Selected by a residents' panel from 27 entries",
              "chosen by a panel of residents from 27 submissions"),
            T("if the weather allows", "weather permitting")])

case(11, "graffiti removal", "summary", "consistent",
     """Kelvinside Borough Council removed more than 4,800 pieces of graffiti in the 12 months to March, a rise
     of 22 percent on the previous year, according to figures published on Friday. The council spent 610,000
     pounds on the service, which is carried out by contractor Brightwall Services. Offensive graffiti is removed
     within 24 hours of being reported, while other tags are cleared within ten working days. Cabinet member for
     environment Sunita Rawle said the increase partly reflected a new online reporting tool launched last
     summer, which had made it easier for residents to flag graffiti. She said the council would also install
     additional CCTV cameras in three hotspots. Private property owners are still responsible for clearing
     graffiti from their own buildings, though the council offers a subsidised removal service.""",
     """Kelvinside Borough Council cleared over 4,800 pieces of graffiti in the year to March, up more than a
     fifth, at a cost of £610,000. Offensive graffiti is tackled within a day of being reported. The council's
     environment lead, Sunita Rawle, linked part of the rise to an online reporting tool introduced last summer
     and said extra CCTV would go into three hotspots.""",
     traps=[T("over 4,800", "more than 4,800"),
            T("in the year to March", "in the 12 months to March"),
            T("up more than a fifth", "a rise of 22 percent"),
            T("within a day", "within 24 hours"),
            T("linked part of the rise to", "the increase partly reflected")])

case(12, "public sculpture", "summary", "inconsistent",
     """A six-metre bronze sculpture of a heron will be installed at the entrance to Marlow Quay in Tessbridge
     next month, the harbour authority said on Wednesday. The work, by sculptor Femi Adeyinka-Hart, was selected
     from a shortlist of five designs following a public vote in which more than 9,000 people took part. It
     cost 230,000 pounds, paid for mainly by a bequest from former harbourmaster Gregor Tulloch. Some residents
     have objected to the location, arguing that the sculpture will block views of the estuary. The authority's
     chief executive, Lena Brathwaite, said the design had been adjusted to reduce its impact on sightlines. The
     sculpture will be unveiled on 2 May.""",
     """Tessbridge's harbour authority will install a six-metre bronze heron by Femi Adeyinka-Hart at Marlow Quay
     next month, after a public vote involving over 9,000 people. The £230,000 work, mostly funded by a former
     harbourmaster's bequest, has drawn objections that it will block estuary views, but the sculptor said the
     design had been adjusted to limit its impact.""",
     errors=[E("attribution", "the sculptor said", "major",
               "The authority's chief executive, Lena Brathwaite, said")],
     traps=[T("over 9,000 people", "more than 9,000 people"),
            T("mostly funded by a former harbourmaster's bequest",
              "paid for mainly by a bequest from former harbourmaster Gregor Tulloch")])

case(13, "town clocks", "translation", "consistent",
     """The clock on the town hall tower in Borgoreale, which had stood still since the earthquake of 2016, is
     working again. The restoration, carried out by the Zanardi Brothers workshop of Cremosano, took eleven
     months and cost 86,000 euros, two thirds of which was covered by a regional fund. The mechanism, built in
     1874, was taken apart piece by piece and cleaned by hand. Mayor Giulia Ferracane said the bells would
     strike every hour between 7 a.m. and 10 p.m., so as not to disturb residents at night. A ceremony to mark
     the clock's return is planned for Sunday 12 October in the main square.""",
     """After standing still since the 2016 earthquake, the clock on Borgoreale's town hall tower is running
     again. The Zanardi Brothers workshop in Cremosano needed 11 months to restore it, and a regional fund paid
     for two-thirds of the €86,000 bill. The 1874 mechanism was dismantled one piece at a time and hand-cleaned.
     According to Mayor Giulia Ferracane, the bells will ring on the hour from 7 in the morning until 10 at
     night so that residents are not disturbed overnight. The clock's return is to be celebrated with a
     ceremony in the main square on Sunday, October 12.""",
     traps=[T("11 months", "eleven months"),
            T("€86,000 bill", "86,000 euros"),
            T("The 1874 mechanism", "The mechanism, built in 1874"),
            T("from 7 in the morning until 10 at night", "between 7 a.m. and 10 p.m."),
            T("Sunday, October 12", "Sunday 12 October")])

case(14, "bandstands", "translation", "inconsistent",
     """The historic bandstand in Zaandrecht's Vondelhof Park will be dismantled this winter and rebuilt using
     its original cast-iron columns, the municipality announced on Monday. The octagonal structure, which dates
     from 1896, has been closed to the public since 2019 because its wooden floor had rotted. The plans were
     drawn up by architects Bosman Partners; the restoration itself will be carried out by the firm Van Lier &
     Dekkers and is budgeted at 540,000 euros. Alderman Mirjam Koolhoven said the bandstand should be ready in
     time for the 2026 summer concert season. The local brass band Harmonie Sint-Cecilia, which has played there
     for more than a hundred years, will give the first concert after the reopening.""",
     """Zaandrecht's historic bandstand in Vondelhof Park is to be demolished this winter and then rebuilt with
     its original cast-iron columns, the city said on Monday. The eight-sided pavilion, built in 1896, has been
     off-limits to the public since 2019 after rot set into its wooden floor. The restoration, for which
     €540,000 has been set aside, will be carried out by Bosman Partners, the architects who drew up the plans.
     According to alderman Mirjam Koolhoven, the bandstand should be finished in time for the summer concerts of
     2026. The first concert after it reopens will be given by the local brass band Harmonie Sint-Cecilia,
     which has been performing there for over a century.""",
     errors=[E("event", "demolished", "major", "dismantled"),
             E("entity", "Bosman Partners", "major", "Van Lier & Dekkers")],
     traps=[T("eight-sided pavilion", "octagonal structure"),
            T("for over a century", "for more than a hundred years")])

case(15, "war memorials", "rewrite", "consistent",
     """The names of 17 soldiers from the village of Ashcombe who died in the First World War but were left off
     its memorial are to be added to the monument, the parish council has confirmed. The omission was discovered
     by local historian Margaret Oyelaran, who spent three years comparing military records with the 1911
     census. Stonemason Tobias Fenn will carve the names on a new granite panel, which will be fixed to the base
     of the existing memorial. The work, costing 6,200 pounds, is being funded entirely by public donations. A
     rededication service will be held on Sunday 9 November, Remembrance Sunday, led by the Reverend Alan Pryce.
     Relatives of several of the men are expected to attend.""",
     """Seventeen Ashcombe soldiers who lost their lives in the First World War but whose names were missing from
     the village memorial are to have them added to it, the parish council has confirmed. Local historian
     Margaret Oyelaran uncovered the omission after three years spent checking military records against the
     1911 census. The names will be carved by stonemason Tobias Fenn on a new granite panel to be attached to
     the base of the existing memorial. The £6,200 cost is being paid for entirely by donations from the public.
     On Remembrance Sunday, 9 November, the Reverend Alan Pryce will lead a rededication service, which
     relatives of several of the men are likely to attend.""",
     traps=[T("Seventeen", "17"),
            T("checking military records against the 1911 census",
              "comparing military records with the 1911 census"),
            T("The £6,200 cost", "costing 6,200 pounds"),
            T("entirely by donations from the public", "entirely by public donations"),
            T("are likely to attend", "are expected to attend")])

case(16, "cemetery records", "rewrite", "inconsistent",
     """Burial records for Hallam Road Cemetery dating back to 1853 have been digitised and made searchable
     online, Northfold City Council said on Tuesday. The project, carried out with volunteers from the Northfold
     Family History Society, covers more than 64,000 burials and took four years to complete. Previously,
     relatives had to visit the council's bereavement services office in Cross Street and pay a search fee of
     15 pounds. The online database is free to use, although copies of original register pages will cost 5
     pounds each. Council bereavement manager Yusuf Adebanjo thanked the volunteers, who together gave more than
     11,000 hours of their time. Records for the city's two other cemeteries, at Fernhill and Grangeway, are due
     to be added next year.""",
     """Northfold City Council said on Tuesday that burial records for Hallam Road Cemetery going back to 1853
     have been digitised and can now be searched online. Carried out with the help of volunteers from the
     Northfold Family History Society, the four-year project covers over 64,000 burials. Until now, relatives
     had to go to the council's bereavement services office in Cross Street and pay £15 for a search. Using the
     online database costs nothing, though copies of original register pages are priced at £5 each. Yusuf
     Adebanjo, the council's bereavement manager, thanked the volunteers, who between them put in more than
     11,000 hours. Records for the city's other two cemeteries, at Fernhill and Cross Street, are due to go
     online next year.""",
     errors=[E("entity", "Cross Street", "minor", "Grangeway", occ=1)],
     traps=[T("the four-year project", "took four years to complete"),
            T("costs nothing", "is free to use"),
            T("between them put in more than 11,000 hours",
              "together gave more than 11,000 hours of their time")])

# ---------------------------------------------------------------- cases 17-24
case(17, "crematoria", "rewrite", "consistent",
     """Westbury Crematorium will close for five months from January while its two cremators are replaced with
     more efficient models, operator Castleway Memorial Services said on Friday. The 2.3 million pound upgrade
     will cut the site's gas consumption by about 40 percent and allow heat to be recovered to warm the chapel.
     During the closure, funerals will be redirected to Calderbrook Crematorium, about 11 miles away, at no
     extra cost to families. Services in Westbury's chapel will be able to continue for the first two months of
     the closure, but not afterwards. General manager Helen Osei-Barker apologised for the disruption and said
     the work could not be postponed because the current equipment, installed in 1994, was nearing the end of
     its working life.""",
     """Castleway Memorial Services, which operates Westbury Crematorium, said on Friday that the site will shut
     for five months from January so that its two cremators can be replaced with more efficient ones. The £2.3m
     upgrade will reduce the crematorium's gas use by roughly two fifths and allow recovered heat to be used to
     warm the chapel. While it is closed, funerals will be moved to Calderbrook Crematorium, some 11 miles away,
     without any additional charge to families. Chapel services at Westbury can go ahead during the first two
     months of the closure, but not after that. Apologising for the disruption, general manager Helen
     Osei-Barker said the work could not be delayed because the existing equipment, which was installed in
     1994, was approaching the end of its working life.""",
     traps=[T("The £2.3m upgrade", "The 2.3 million pound upgrade"),
            T("by roughly two fifths", "by about 40 percent"),
            T("without any additional charge to families", "at no extra cost to families"),
            T("could not be delayed", "could not be postponed")])

case(18, "funeral cooperatives", "rewrite", "inconsistent",
     """Members of the Tannerfield Funeral Cooperative have voted to merge with the larger Riverlands
     Co-operative Funeralcare, ending 62 years of independence. The proposal was backed by 71 percent of the
     1,840 members who took part in the ballot, which closed on Sunday. Under the agreement, Tannerfield's three
     branches will keep their names and all 34 staff will transfer to Riverlands on their existing terms. Chief
     executive Owen Ballantyne said the cooperative was not in financial difficulty, but that the merger would
     give it access to cheaper supplies and a larger fleet of vehicles. Funeral prices will not rise for at
     least two years, he added. Some members had opposed the merger, arguing that the cooperative would lose
     its local character.""",
     """Tannerfield Funeral Cooperative's members have voted in favour of a merger with the larger Riverlands
     Co-operative Funeralcare, bringing 62 years of independence to an end. Of the 1,840 members who voted in
     the ballot, which closed on Sunday, 71% supported the proposal. Tannerfield's three branches will retain
     their names under the deal, and all 34 employees will move to Riverlands on their current terms. Chief
     executive Owen Ballantyne said the merger would ease the cooperative's financial difficulties by giving it
     access to cheaper supplies and a bigger fleet of vehicles. He added that funeral prices would not go up for
     at least two years. The merger is expected to be completed by the end of the year. Some members had opposed
     the move, arguing that the cooperative would lose its local character.""",
     errors=[E("polarity", "ease the cooperative's financial difficulties", "critical",
               "the cooperative was not in financial difficulty"),
             E("addition", "The merger is expected to be completed by the end of the year.", "minor", None)],
     traps=[T("71% supported the proposal", "The proposal was backed by 71 percent"),
            T("will retain their names", "will keep their names")])

case(19, "genealogy archives", "summary", "consistent",
     """The Corran County Archive has opened a new genealogy reading room after a 14-month refurbishment costing
     1.1 million pounds, the county council announced on Monday. The room has 24 research desks, double the
     previous number, and ten computers giving free access to subscription family history websites. Opening
     hours have also been extended: the archive will now stay open until 7pm on Tuesdays and Thursdays.
     Archivist Fiona McAteer said demand for family history research had grown sharply since 2020, with visitor
     numbers up by around 35 percent. Visitors will still need to book a desk in advance and bring proof of
     identity to obtain a reader's ticket. The refurbishment was funded jointly by the council and the Halden
     Heritage Trust.""",
     """Corran County Archive has opened a new genealogy reading room following a £1.1m refurbishment that took
     14 months. It has twice as many research desks as before, 24, plus ten computers offering free access to
     paid family history websites, and the archive will stay open until 7pm on Tuesdays and Thursdays.
     Archivist Fiona McAteer said demand for family history research had risen steeply since 2020, with around
     35% more visitors.""",
     traps=[T("a £1.1m refurbishment that took 14 months", "a 14-month refurbishment costing 1.1 million pounds"),
            T("twice as many research desks as before, 24", "24 research desks, double the previous number"),
            T("paid family history websites", "subscription family history websites"),
            T("risen steeply", "grown sharply"),
            T("around 35% more visitors", "visitor numbers up by around 35 percent")])

case(20, "parish registers", "summary", "inconsistent",
     """A parish register from St Aldwyn's Church in Coldmarsh, missing for more than 40 years, has been returned
     anonymously, the Diocese of Wrenfield said on Thursday. The leather-bound volume, which records baptisms,
     marriages and burials between 1712 and 1789, was posted to the diocesan office in a padded envelope with no
     return address. It had disappeared from the church vestry in 1981. Diocesan archivist Ruth Kamara said the
     register was in good condition, apart from some water damage to the final 12 pages. It will be deposited at
     the county record office, where it will be conserved and digitised. The diocese said it would not be
     contacting the police, as it simply wanted the book back.""",
     """A parish register that vanished from the vestry of St Aldwyn's Church, Coldmarsh, in 1981 has been
     returned: the volume of baptisms, marriages and burials from 1712 to 1789 was left anonymously at the
     Diocese of Wrenfield's office. Apart from water damage to its last 20 pages it is in good condition, and it
     will be conserved and digitised at the county record office. The diocese will not involve the police.""",
     errors=[E("event", "was left anonymously at the Diocese of Wrenfield's office", "minor",
               "was posted to the diocesan office"),
             E("number", "20 pages", "minor", "12 pages")],
     traps=[T("will not involve the police", "would not be contacting the police")])

case(21, "census data", "translation", "consistent",
     """The population of the Haute-Vérane department grew by 2.1 percent between 2017 and 2023, according to
     census figures published on Thursday by the regional statistics office. The department now has 412,600
     inhabitants. The increase is mainly due to the arrival of new residents from large cities, while the
     natural balance (births minus deaths) has been negative since 2015. The town of Saint-Orlan recorded the
     strongest growth, at 9 percent. By contrast, around one commune in three lost inhabitants over the period,
     most of them in the mountainous south. The office's director, Claire Bonnefoy, said the results would be
     used to plan school places and health services over the next decade.""",
     """Figures from the census released on Thursday by the regional statistics institute show that
     Haute-Vérane's population rose 2.1% from 2017 to 2023, to 412,600. Most of that growth comes from people
     moving in from big cities; since 2015, deaths have outnumbered births in the department. Saint-Orlan grew
     fastest, with a 9% increase. Roughly a third of communes, on the other hand, saw their population shrink
     during the period, mostly in the mountainous south. According to institute director Claire Bonnefoy, the
     findings will help plan school places and health services for the next ten years.""",
     traps=[T("2.1% from 2017 to 2023", "2.1 percent between 2017 and 2023"),
            T("deaths have outnumbered births", "the natural balance (births minus deaths) has been negative"),
            T("grew fastest", "recorded the strongest growth"),
            T("Roughly a third of communes", "around one commune in three"),
            T("the next ten years", "the next decade")])

case(22, "electoral rolls", "translation", "inconsistent",
     """Around 18,000 voters in the municipality of Vesterfjord were left off the electoral roll because of an
     error in the national population register, the election authority confirmed on Wednesday. The affected
     voters, most of whom had moved within the municipality during the past year, will receive a new polling
     card by post before the end of the month. Those who do not receive a card can still vote by showing valid
     identification at their polling station. The authority's director, Sigrid Aamodt, apologised and said the
     error had been corrected on Monday. The municipal election will be held on 8 September as planned.""",
     """The election authority confirmed on Wednesday that some 18,000 voters in Vesterfjord municipality had
     been omitted from the electoral register owing to a fault in the national population registry. Most of
     them had moved house within the municipality over the last twelve months, and they will be sent new
     polling cards by post before the month is out. Anyone who does not get a card will still be able to vote
     at their polling station. Director Sigrid Aamodt apologised on behalf of the authority and said the fault
     had been fixed on Monday. The local election will go ahead on 8 September as scheduled.""",
     errors=[O("will still be able to vote", "major", "by showing valid identification")],
     traps=[T("some 18,000 voters", "Around 18,000 voters"),
            T("over the last twelve months", "during the past year"),
            T("before the month is out", "before the end of the month")])

case(23, "polling stations", "rewrite", "consistent",
     """Eleven polling stations in the Brackenfield district will move to new locations for next month's local
     elections, the district's returning officer announced on Tuesday. Four of the stations, previously in
     primary schools, are being relocated so that the schools do not have to close on polling day. The others
     are moving because the buildings are no longer fully accessible to wheelchair users, following a review
     carried out in the spring. Returning officer Grace Nwachukwu said every affected voter would be sent a
     letter with details of their new polling station at least three weeks before the vote. Polls will be open
     from 7am to 10pm on Thursday 2 May. Voters who are unsure where to vote can check online or call the
     elections office.""",
     """Brackenfield district's returning officer said on Tuesday that 11 polling stations will be in new places
     for the local elections next month. Seven of them are moving because a spring review found the buildings
     were no longer fully accessible to wheelchair users, while the remaining four, which had been housed in
     primary schools, are being relocated so the schools can stay open on polling day. All affected voters will
     receive a letter giving details of their new polling station no later than 21 days before the election,
     said returning officer Grace Nwachukwu. On Thursday 2 May, voting will take place between 7am and 10pm.
     Anyone unsure where to vote can look it up online or phone the elections office.""",
     traps=[T("11 polling stations", "Eleven polling stations"),
            T("Seven of them", "The others"),
            T("so the schools can stay open on polling day",
              "so that the schools do not have to close on polling day"),
            T("no later than 21 days before the election", "at least three weeks before the vote"),
            T("between 7am and 10pm", "from 7am to 10pm")])

case(24, "vote counting", "rewrite", "inconsistent",
     """A recount in the Harwood East ward has confirmed the election of independent candidate Priya Castellanos
     by a margin of 14 votes, the council said on Saturday. The original count on Thursday night had given her a
     lead of 17 votes over the Civic Alliance's Dermot Keane, who requested the recount. Three ballot papers that
     had been wrongly rejected were included in the recount, while six previously counted votes were found to
     have been placed in the wrong candidates' piles. Turnout in the ward was 31.4 percent. Keane said he
     accepted the result and congratulated Castellanos. The count was overseen by deputy returning officer
     Martin Fairclough.""",
     """Independent candidate Priya Castellanos has been confirmed as the winner in Harwood East ward by 17 votes
     following a recount, the council announced on Saturday. Civic Alliance candidate Dermot Keane had asked for
     the recount after Thursday night's original count put her 17 votes ahead of him. The recount included three
     ballot papers that had wrongly been rejected, and found that six votes counted earlier had been put in the
     wrong candidates' piles. The ward's turnout was 31.4%. Keane said he accepted the result and congratulated
     Castellanos. Deputy returning officer Martin Fairclough oversaw the count.""",
     errors=[E("number", "17 votes", "critical", "14 votes", occ=0)],
     traps=[T("31.4%", "31.4 percent"),
            T("Deputy returning officer Martin Fairclough oversaw the count",
              "The count was overseen by deputy returning officer Martin Fairclough")])

# ---------------------------------------------------------------- cases 25-32
case(25, "boundary reviews", "rewrite", "consistent",
     """The Dunmere Boundary Commission has proposed cutting the number of councillors on Dunmere County Council
     from 72 to 60 as part of a review of electoral arrangements, it said on Wednesday. Under the draft
     proposals, the county would be divided into 30 divisions, each represented by two councillors, replacing
     the current mix of single- and two-member divisions. The commission said the changes were intended to
     ensure that each councillor represented roughly the same number of voters. A public consultation on the
     proposals will run for ten weeks, until 14 August. The commission's chair, Anil Mehrotra, said final
     recommendations would be published in the autumn and, if approved by parliament, would take effect at the
     2027 elections.""",
     """Dunmere County Council should have 60 councillors instead of 72, the Dunmere Boundary Commission proposed
     on Wednesday in its review of electoral arrangements. The draft plans would split the county into 30
     two-member divisions, doing away with the present mixture of divisions with one and two councillors.
     According to the commission, the aim is for every councillor to represent about the same number of voters.
     Ten weeks of public consultation on the proposals will end on 14 August. Final recommendations will be
     published in the autumn and would come into force at the 2027 elections if parliament approves them, the
     commission's chair, Anil Mehrotra, said.""",
     traps=[T("60 councillors instead of 72", "from 72 to 60"),
            T("30 two-member divisions", "30 divisions, each represented by two councillors"),
            T("the present mixture of divisions with one and two councillors",
              "the current mix of single- and two-member divisions"),
            T("about the same number of voters", "roughly the same number of voters"),
            T("if parliament approves them", "if approved by parliament")])

case(26, "citizens assemblies", "rewrite", "inconsistent",
     """A citizens' assembly of 50 randomly selected residents has recommended that Fairhaven introduce a
     car-free zone in its historic centre by 2028, the city council said on Monday. The assembly met over six
     weekends between February and April and heard evidence from transport experts, businesses and disability
     groups. Its recommendations, which were supported by 41 of the 50 members, also include free bus travel for
     residents under 18. Council leader Joanna Whitlock said the council would respond formally within three
     months but was not bound by the recommendations. The assembly's independent facilitator, Samuel
     Achterberg, said members had been 'remarkably willing to find common ground'. Local traders' association
     Fairhaven First has warned that a car-free zone could hurt shops.""",
     """Fairhaven should bring in a car-free zone in its historic centre by 2028, according to a citizens'
     assembly of 50 residents chosen at random, the city council said on Monday. Over six weekends from
     February to April, the assembly heard evidence from transport experts, businesses and disability groups.
     The recommendations were backed by 41 of the 50 members and also include free bus travel for residents
     aged under 18. Council leader Joanna Whitlock said members had been 'remarkably willing to find common
     ground', adding that the council would respond formally within three months but was not bound by the
     recommendations. Local traders' association Fairhaven First has warned that shops could suffer from a
     car-free zone. The recommendations were backed by 41 of the 50 members.""",
     errors=[E("attribution", "Council leader Joanna Whitlock said", "major",
               "The assembly's independent facilitator, Samuel Achterberg, said"),
             E("repetition", "The recommendations were backed by 41 of the 50 members.", "minor", None)],
     traps=[T("50 residents chosen at random", "50 randomly selected residents"),
            T("shops could suffer from a car-free zone", "a car-free zone could hurt shops")])

case(27, "jury service", "summary", "consistent",
     """The number of people excused from jury service in the Calder region rose by 18 percent last year,
     according to figures released by the regional courts service on Thursday. Of the 46,000 people summoned,
     about 12,400 were excused, most often because of childcare responsibilities, medical conditions or work
     commitments. A further 2,100 had their service deferred to a later date. The courts service said it was
     concerned that the rising number of excusals was delaying trials, with some cases postponed because too
     few jurors were available. Regional director Hamish Oduya said the service would review its guidance and
     consider offering help with childcare costs. Jurors currently receive up to 64 pounds a day for loss of
     earnings.""",
     """Excusals from jury service in the Calder region went up by almost a fifth last year: roughly 12,400 of
     46,000 people summoned were let off, chiefly for childcare, medical or work reasons. The regional courts
     service worries the trend is delaying trials and will review its guidance and consider helping with
     childcare costs.""",
     traps=[T("almost a fifth", "18 percent"),
            T("roughly 12,400", "about 12,400"),
            T("were let off", "were excused"),
            T("consider helping with childcare costs", "consider offering help with childcare costs")])

case(28, "legal aid", "summary", "inconsistent",
     """The government of the Province of Westmarch has announced a 15 percent increase in legal aid fees for
     criminal defence lawyers, the first rise in nine years. Justice Minister Carla Benedetti said the increase,
     which will cost 23 million dollars a year, would take effect on 1 April. The Law Society of Westmarch
     welcomed the move but said it fell short of the 25 percent rise it had called for. The number of firms
     offering criminal legal aid has fallen by a third since 2015, leaving some rural areas without any duty
     solicitor. Benedetti said the government would also fund 40 training places for junior defence lawyers in
     under-served regions.""",
     """Westmarch is raising criminal legal aid fees by 15% from 1 April, the first increase in nine years, at an
     annual cost of $23 million that will be met by cuts to civil legal aid. The provincial Law Society welcomed
     it but had sought 25%. With a third fewer firms doing criminal legal aid than in 2015, the government will
     also fund 40 training places for junior defence lawyers in under-served areas.""",
     errors=[E("addition", "that will be met by cuts to civil legal aid", "major", None)],
     traps=[T("an annual cost of $23 million", "cost 23 million dollars a year"),
            T("had sought 25%", "the 25 percent rise it had called for"),
            T("a third fewer firms doing criminal legal aid than in 2015",
              "The number of firms offering criminal legal aid has fallen by a third since 2015")])

case(29, "small claims courts", "translation", "consistent",
     """From 1 March, small claims of up to 20,000 złoty can be filed entirely online, the Ministry of Justice
     announced on Tuesday. Until now, claimants have had to submit paper forms at the district court in person
     or by post. The ministry expects the change to shorten the average time for a case from eight months to
     around five. The court fee will remain 5 percent of the claimed amount, but not less than 30 złoty. Deputy
     Minister Tomasz Wierzbicki said that hearings would still be held in person if either party requested it.
     A pilot project at the district court in Grodzisko Wielkie handled 1,250 cases last year.""",
     """Starting on 1 March, small claims worth no more than 20,000 złoty may be brought wholly via the internet,
     the justice ministry said on Tuesday. Up to now, paper forms had to be handed in at the district court or
     sent by post. The ministry anticipates that the average length of proceedings will drop from eight months
     to roughly five. The court fee stays at 5% of the sum claimed, with a minimum of 30 złoty. If either side
     asks for one, a hearing will still take place in person, said Deputy Minister Tomasz Wierzbicki. Last year
     a pilot scheme at the Grodzisko Wielkie district court dealt with 1,250 cases.""",
     traps=[T("no more than 20,000 złoty", "up to 20,000 złoty"),
            T("anticipates", "expects"),
            T("roughly five", "around five"),
            T("with a minimum of 30 złoty", "but not less than 30 złoty"),
            T("If either side asks for one, a hearing will still take place in person",
              "hearings would still be held in person if either party requested it")])

case(30, "tenancy tribunals", "translation", "inconsistent",
     """The regional rent tribunal in Montreval has ordered the property company Immoval SA to repay a total of
     310,000 francs to 46 tenants of a residential complex on Rue des Tanneurs. Immoval, which bought the
     complex from the pension fund Caisse Horizon in 2020, raised rents the following year without justifying
     the increases as the law requires, the tribunal found. Depending on the size of their flat, each household
     will receive between 4,000 and 9,500 francs. The tenants were backed by the Montreval Tenants' Association,
     whose lawyer, Delphine Rochat, described the ruling as 'a clear signal to the whole sector'. Immoval SA said
     it would examine the decision; it has 30 days to lodge an appeal.""",
     """Montreval's regional rent tribunal has told the property firm Immoval SA to pay back 310,000 francs in all
     to 46 tenants living in a housing complex on Rue des Tanneurs. According to the tribunal, the pension fund
     Caisse Horizon, which bought the complex from Immoval in 2020, put up rents a year later without giving the
     legally required justification. Households will get between 4,000 and 9,500 francs each, according to the
     size of their apartment. The tenants had the support of the Montreval Tenants' Association. The tribunal
     described its ruling as 'a clear signal to the entire sector'. Immoval SA said it would look closely at the
     decision, and it has 30 days in which to appeal.""",
     errors=[E("role", "the pension fund Caisse Horizon, which bought the complex from Immoval", "critical",
               "Immoval, which bought the complex from the pension fund Caisse Horizon"),
             E("attribution", "The tribunal described its ruling as", "major",
               "whose lawyer, Delphine Rochat, described the ruling as")],
     traps=[T("a year later", "the following year"),
            T("according to the size of their apartment", "Depending on the size of their flat")])

case(31, "noise complaints", "rewrite", "consistent",
     """Noise complaints to Stanmore Vale Council rose to 3,960 in 2024, up from 3,120 the year before, according
     to a report to the council's environment committee. Loud music from homes accounted for just over half of
     all complaints, followed by barking dogs and building work. The council's noise team, which has five
     officers, served 212 abatement notices during the year, compared with 164 in 2023. Officers can visit
     properties at night on Fridays and Saturdays, but there is no out-of-hours service on other days. The
     report recommends extending the night service to Thursdays, at an estimated cost of 48,000 pounds a year.
     Councillors will decide on the proposal next month.""",
     """A report to Stanmore Vale Council's environment committee shows that the council received 3,960 noise
     complaints in 2024, compared with 3,120 in 2023. Just over 50% of the complaints concerned loud music from
     homes, with barking dogs and building work the next most common causes. The council's five-strong noise
     team issued 212 abatement notices over the year, up from 164 the previous year. Night-time visits are
     available on Fridays and Saturdays only; there is no out-of-hours service on the other five days of the
     week. According to the report, extending the night service to Thursdays would cost an estimated £48,000
     annually, and it recommends doing so. A decision will be taken by councillors next month.""",
     traps=[T("Just over 50%", "just over half"),
            T("five-strong noise team", "noise team, which has five officers"),
            T("up from 164 the previous year", "compared with 164 in 2023"),
            T("£48,000 annually", "48,000 pounds a year"),
            T("A decision will be taken by councillors next month",
              "Councillors will decide on the proposal next month")])

case(32, "dog licensing", "rewrite", "inconsistent",
     """The island council of Skerrow is to reintroduce compulsory dog licences from 1 July, 36 years after they
     were abolished, following a rise in attacks on sheep. Owners will pay an annual fee of 30 pounds per dog,
     reduced to 10 pounds for those receiving pension credit. All licensed dogs must be microchipped, and owners
     will be issued with a numbered tag to be worn on the dog's collar. The council recorded 27 attacks on
     livestock last year, in which 58 sheep were killed or injured. Councillor Morag Linklater said the money
     raised would pay for a part-time dog warden. Guide dogs and working sheepdogs will be exempt from the
     fee.""",
     """Compulsory dog licences will return on Skerrow from 1 July, 36 years after they were scrapped, the island
     council has decided in response to an increase in attacks on sheep. The yearly fee will be £30 per dog, or
     £10 for owners on pension credit. Every licensed dog will have to be microchipped, and owners will receive a
     numbered tag for the dog to wear on its collar. Last year the council recorded 27 attacks on livestock, with
     58 sheep killed or injured. According to Councillor Morag Linklater, the money raised will be used to
     compensate farmers for lost sheep. No fee will be charged for guide dogs or working sheepdogs.""",
     errors=[E("event", "be used to compensate farmers for lost sheep", "major",
               "pay for a part-time dog warden")],
     traps=[T("scrapped", "abolished"),
            T("£10 for owners on pension credit", "10 pounds for those receiving pension credit"),
            T("No fee will be charged for guide dogs or working sheepdogs",
              "Guide dogs and working sheepdogs will be exempt from the fee")])

# ---------------------------------------------------------------- cases 33-40
case(33, "stray cats", "rewrite", "consistent",
     """A trap-neuter-return programme run by the charity Whisker Watch has reduced the number of stray cats in
     the harbour district of Porthallow by an estimated 40 percent over three years, according to a report
     published on Monday. Volunteers caught, neutered and released 1,380 cats between 2021 and 2024, working
     with four local veterinary practices. Kittens and tame adults were rehomed rather than released; 420 cats
     found new homes in this way. Programme coordinator Elin Varga said complaints to the council about strays
     had also fallen. The charity is seeking 75,000 pounds to extend the scheme to two neighbouring districts,
     and has applied to the town council for a grant.""",
     """Stray cat numbers in Porthallow's harbour district have fallen by around two fifths in three years thanks
     to a trap-neuter-return programme run by the charity Whisker Watch, a report published on Monday estimates.
     Working with four local veterinary practices, volunteers trapped, neutered and released 1,380 cats from
     2021 to 2024. Rather than being released, kittens and tame adults were rehomed, with 420 cats placed in new
     homes. Elin Varga, who coordinates the programme, said the council had also received fewer complaints about
     strays. Whisker Watch wants to raise £75,000 so the scheme can be expanded into two neighbouring districts,
     and has asked the town council for a grant.""",
     traps=[T("by around two fifths", "by an estimated 40 percent"),
            T("Rather than being released, kittens and tame adults were rehomed",
              "Kittens and tame adults were rehomed rather than released"),
            T("Elin Varga, who coordinates the programme", "Programme coordinator Elin Varga"),
            T("the council had also received fewer complaints about strays",
              "complaints to the council about strays had also fallen"),
            T("has asked the town council for a grant", "has applied to the town council for a grant")])

case(34, "pet passports", "rewrite", "inconsistent",
     """Pet owners travelling from Arvania to neighbouring countries will need a new digital pet passport from 1
     October, the agriculture ministry said on Thursday. The digital document will replace the paper booklet
     currently issued by vets and will be linked to the animal's microchip number. Existing paper passports will
     remain valid until they expire or until 31 December 2026, whichever comes first. The ministry said the
     change should cut fraud, after inspectors found forged rabies vaccination records in 230 cases last year.
     Owners will be able to apply through licensed vets for a fee of 35 euros. Officials expect around 90,000
     applications in the first year.""",
     """From 1 October, anyone taking a pet from Arvania to a neighbouring country will need a new digital pet
     passport, the agriculture ministry announced on Thursday. Linked to the animal's microchip number, the
     digital document will replace the paper booklet that vets currently issue. Current paper passports will
     stay valid until they expire or until 31 December 2026, whichever is later. The ministry said the change
     would cut fraud, after inspectors uncovered forged rabies vaccination records in 230 cases last year.
     Applications can be made through licensed vets, at a cost of €35. Officials expect about 90,000
     applications in the first 12 months.""",
     errors=[E("date", "whichever is later", "major", "whichever comes first"),
             E("modality", "would cut fraud", "minor", "should cut fraud")],
     traps=[T("at a cost of €35", "for a fee of 35 euros"),
            T("the first 12 months", "the first year")])

case(35, "veterinary clinics", "summary", "consistent",
     """Greenacre Veterinary Group, which runs 28 clinics across the western counties, has been bought by the
     investment firm Halberd Capital for an undisclosed sum, the companies said on Tuesday. Greenacre's founder,
     Dr Isobel Marchetti, will remain chief executive for at least two years. The group employs about 650 staff,
     including 210 vets, and treats more than 180,000 animals a year. Halberd said it planned to open ten more
     clinics by 2027 and to invest in out-of-hours emergency services. The deal comes amid scrutiny of the
     veterinary sector by the Competition Authority, which is examining whether pet owners are being
     overcharged. Marchetti said clients would not see any immediate change to prices or services.""",
     """Investment firm Halberd Capital has acquired Greenacre Veterinary Group, which runs 28 clinics in the
     western counties, for an undisclosed price. Founder Dr Isobel Marchetti stays on as chief executive for two
     years or more, and Halberd intends to add ten clinics by 2027. The deal comes as the Competition Authority
     examines possible overcharging of pet owners.""",
     traps=[T("Halberd Capital has acquired Greenacre Veterinary Group",
              "Greenacre Veterinary Group, which runs 28 clinics across the western counties, has been bought by the investment firm Halberd Capital"),
            T("an undisclosed price", "an undisclosed sum"),
            T("for two years or more", "for at least two years"),
            T("intends to add ten clinics by 2027", "planned to open ten more clinics by 2027"),
            T("examines possible overcharging of pet owners",
              "is examining whether pet owners are being overcharged")])

case(36, "animal ambulances", "summary", "inconsistent",
     """The Ridgeway Animal Ambulance Service, a volunteer-run charity, responded to 2,740 call-outs last year,
     its busiest year since it was founded in 2009, according to its annual report published on Wednesday. Most
     calls involved injured wildlife, particularly hedgehogs, foxes and swans, while about a quarter concerned
     pets hit by vehicles. The charity operates three ambulances from its base in Kettleby and relies on 85
     volunteer drivers. Chair Graham Osterley said the charity needed to replace its oldest vehicle, which has
     covered more than 300,000 miles, at a cost of around 48,000 pounds. The service operates between 7am and
     11pm every day, with an on-call volunteer handling emergencies overnight.""",
     """Volunteer charity the Ridgeway Animal Ambulance Service answered 2,740 call-outs last year, its busiest
     year since it was founded in 2009. Most involved injured wildlife, with about a quarter concerning pets hit
     by vehicles, its busiest year since it was founded in 2009. Operating three ambulances from Kettleby daily
     between 7am and 7pm, the charity says it must replace its oldest vehicle, which has done over 300,000
     miles, at a cost of around £48,000.""",
     errors=[E("repetition", "its busiest year since it was founded in 2009", "minor", None, occ=1),
             E("date", "7pm", "major", "11pm")],
     traps=[T("has done over 300,000 miles", "has covered more than 300,000 miles")])

case(37, "horse rescue", "translation", "consistent",
     """Regional police officers have rescued 23 horses from a farm near the village of Valdeosa del Campo, where
     the animals were being kept in severe conditions of neglect, sources in the investigation reported
     yesterday. The horses, several of them suffering from malnutrition and untreated wounds, have been
     transferred to the El Refugio de Alba sanctuary, which will look after them while the case is
     investigated. The owner of the farm, a 58-year-old man, has been charged with animal abuse. According to
     the sanctuary's director, Lucía Montalbán, at least four of the horses will need months of veterinary
     treatment. The sanctuary has launched an appeal for donations to cover the cost of feed, estimated at 3,000
     euros a month.""",
     """Twenty-three horses living in conditions of serious neglect on a farm outside the village of Valdeosa del
     Campo have been rescued by officers of the regional police, investigation sources said yesterday. Several
     of the animals were malnourished and had wounds that had not been treated; they have been moved to the El
     Refugio de Alba sanctuary, which will care for them while the investigation continues. The farm's
     58-year-old owner faces charges of animal cruelty. Lucía Montalbán, who runs the sanctuary, said four or
     more of the horses would need veterinary care for months. The sanctuary is appealing for donations to pay
     for feed, estimated at €3,000 a month.""",
     traps=[T("Twenty-three horses", "23 horses"),
            T("have been rescued by officers of the regional police", "Regional police officers have rescued"),
            T("faces charges of animal cruelty", "has been charged with animal abuse"),
            T("four or more of the horses", "at least four of the horses"),
            T("€3,000 a month", "3,000 euros a month")])

case(38, "reindeer herding", "translation", "inconsistent",
     """Reindeer herders in the Kaarnevaara district have lost around 1,200 animals to predators this year, the
     district's herding cooperative said on Monday. Most of the losses were caused by wolverines and golden
     eagles, while bears accounted for a smaller share. The cooperative's chairman, Aslak Niittyvuopio, said
     compensation from the state covered only part of the losses, because many carcasses were never found. Under
     current rules, compensation is paid only when a carcass is found and inspected. Herders are calling for a
     system based on estimates instead. The ministry said it was not planning to change the rules this year but
     would review them in 2026.""",
     """In the Kaarnevaara herding district, predators have killed some 1,200 reindeer this year, the local
     herding cooperative reported on Monday. Wolverines and golden eagles were responsible for most of the
     deaths, with bears taking a smaller share. Cooperative chairman Aslak Niittyvuopio said state compensation
     only partly made up for the losses, since many of the carcasses were never found. The current rules allow
     compensation to be paid only once a carcass has been located and inspected, and herders want a system
     based on estimates instead. The ministry said it planned to change the rules this year and would review
     them in 2026.""",
     errors=[E("polarity", "planned to change the rules this year", "critical",
               "was not planning to change the rules this year")],
     traps=[T("some 1,200 reindeer", "around 1,200 animals"),
            T("only partly made up for the losses", "covered only part of the losses")])

case(39, "camel racing", "rewrite", "consistent",
     """The Sahra Valley Racing Authority has opened a new camel racing track near the town of Qaryat Nuwair,
     built at a cost of 62 million dinars, the authority said on Sunday. The 10-kilometre circuit includes a
     grandstand for 4,500 spectators and stables for up to 1,600 camels. Races will be run using robot jockeys
     controlled remotely by owners driving alongside the track on a dedicated service road. The first meeting of
     the season, scheduled for 18 November, is expected to attract around 900 camels from across the region.
     Authority chairman Khalid bin Sarraf said the track would also host a veterinary centre offering free
     health checks for racing camels. The old track at Wadi Hamsa will close at the end of the year.""",
     """A new camel racing track costing 62 million dinars has been opened near the town of Qaryat Nuwair by the
     Sahra Valley Racing Authority, it announced on Sunday. The circuit, which is 10km long, has a 4,500-seat
     grandstand and can stable as many as 1,600 camels. Camels will race with robot jockeys, which owners
     control remotely while driving beside the track along a dedicated service road. Around 900 camels from
     across the region are likely to take part in the season's opening meeting, planned for 18 November. The
     track will also be home to a veterinary centre providing racing camels with free health checks, said
     authority chairman Khalid bin Sarraf. At the end of the year, the old track at Wadi Hamsa will shut.""",
     traps=[T("10km long", "10-kilometre"),
            T("4,500-seat grandstand", "grandstand for 4,500 spectators"),
            T("can stable as many as 1,600 camels", "stables for up to 1,600 camels"),
            T("are likely to take part in", "is expected to attract"),
            T("planned for 18 November", "scheduled for 18 November")])

case(40, "yak farming", "rewrite", "inconsistent",
     """A cooperative of 140 yak herders in the highland province of Dzamar has signed a five-year deal to supply
     fine yak down to the Danish textile company Nordweft, the cooperative announced on Friday. Under the
     agreement, Nordweft will buy at least 18 tonnes of down a year at a guaranteed minimum price. Nordweft will
     also pay for a processing workshop in the provincial capital, Ulaanbel, which will be run by the cooperative
     and where the fibre will be cleaned and sorted before export. Cooperative leader Batbayar Ganzorig said the
     deal was expected to roughly double herders' income from wool. Nordweft, which already sources cashmere
     from the region, plans to launch its first yak-down collection in autumn 2026.""",
     """The cooperative representing 140 yak herders in the highland province of Dzamar announced on Friday that
     it has signed a five-year agreement to supply fine yak down to Danish textile firm Nordweft. The deal
     commits Nordweft to buying a minimum of 18 tonnes of down annually at a guaranteed floor price. In the
     provincial capital, Ulaanbel, the cooperative will also pay for a processing workshop run by Nordweft,
     where the fibre will be cleaned and sorted before being exported. According to cooperative leader Batbayar
     Ganzorig, herders' income from wool is expected to roughly double as a result of the deal. Nordweft already
     buys cashmere from the region and plans to launch its first yak-down collection in autumn 2026.""",
     errors=[E("role", "the cooperative will also pay for a processing workshop run by Nordweft", "major",
               "Nordweft will also pay for a processing workshop in the provincial capital, Ulaanbel, which will be run by the cooperative")],
     traps=[T("a minimum of 18 tonnes of down annually", "at least 18 tonnes of down a year"),
            T("guaranteed floor price", "guaranteed minimum price")])

# ---------------------------------------------------------------- build and validate
WORD_RE = re.compile(r"\S+")


def nth_find(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def cuts_word(s, i):
    """True if offset i lies strictly inside a word of s."""
    return 0 < i < len(s) and s[i - 1].isalnum() and s[i].isalnum()


def build():
    problems = []
    records = []
    for c in sorted(CASES, key=lambda x: x["num"]):
        rid = "s%d-%03d" % (N, c["num"])
        ref, cand = c["reference"], c["candidate"]

        def bad(msg):
            problems.append("%s: %s" % (rid, msg))

        errors, traps, spans = [], [], []
        for e in c["errors"]:
            if e["type"] not in ERROR_TYPES:
                bad("unknown error type %r" % e["type"])
            if e["severity"] not in SEVERITIES:
                bad("bad severity %r" % e["severity"])
            if e["kind"] == "omission":
                p = nth_find(cand, e["after"], e["occ"])
                if p < 0:
                    bad("omission anchor not found: %r" % e["after"])
                    continue
                start = end = p + len(e["after"])
                text = ""
                if c["mode"] == "summary":
                    bad("omission in a summary")
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad("omission ref_text not in reference: %r" % e["ref_text"])
                if e["ref_text"] and e["ref_text"].lower() in cand.lower():
                    bad("omitted words present in candidate: %r" % e["ref_text"])
                if cuts_word(cand, start):
                    bad("omission point inside a word")
            else:
                text = e["text"]
                start = nth_find(cand, text, e["occ"])
                if start < 0:
                    bad("error text not found (occ %d): %r" % (e["occ"], text))
                    continue
                end = start + len(text)
                if text != text.strip():
                    bad("error span has outer whitespace: %r" % text)
                if cuts_word(cand, start) or cuts_word(cand, end):
                    bad("error span cuts a word: %r" % text)
                if e["type"] in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        bad("%s must have ref_text null" % e["type"])
                else:
                    if not e["ref_text"] or e["ref_text"] not in ref:
                        bad("error ref_text not in reference: %r" % e["ref_text"])
                    if e["ref_text"] == text:
                        bad("error text equals ref_text: %r" % text)
                if e["type"] == "repetition":
                    core = text.rstrip(".,;:").lower()
                    if core not in cand[:start].lower():
                        bad("repetition has no earlier copy: %r" % text)
                if e["type"] == "addition" and text.rstrip(".") in ref:
                    bad("addition text occurs in reference: %r" % text)
            spans.append((start, end, "error"))
            errors.append({"start": start, "end": end, "text": text, "type": e["type"],
                           "severity": e["severity"], "ref_text": e["ref_text"]})

        for t in c["traps"]:
            start = nth_find(cand, t["text"], t["occ"])
            if start < 0:
                bad("trap text not found: %r" % t["text"])
                continue
            end = start + len(t["text"])
            if cuts_word(cand, start) or cuts_word(cand, end):
                bad("trap span cuts a word: %r" % t["text"])
            if t["ref_text"] not in ref:
                bad("trap ref_text not in reference: %r" % t["ref_text"])
            if t["ref_text"] == t["text"]:
                bad("trap identical to reference wording: %r" % t["text"])
            spans.append((start, end, "trap"))
            traps.append({"start": start, "end": end, "text": t["text"], "ref_text": t["ref_text"]})

        # overlaps (an omission point may not fall strictly inside another span)
        ss = sorted(spans)
        for i in range(len(ss)):
            for j in range(i + 1, len(ss)):
                a, b = ss[i], ss[j]
                if a[0] == a[1] or b[0] == b[1]:
                    p = a[0] if a[0] == a[1] else b[0]
                    o = b if a[0] == a[1] else a
                    if o[0] < p < o[1]:
                        bad("omission point inside span %r" % (o,))
                elif a[1] > b[0] and b[1] > a[0]:
                    bad("overlapping spans %r %r" % (a, b))

        # per-pair rules
        if c["domain"] not in DOMAINS:
            bad("domain not in list: %r" % c["domain"])
        if c["mode"] not in ("rewrite", "summary", "translation"):
            bad("bad mode")
        nref = len(WORD_RE.findall(ref))
        if not 70 <= nref <= 190:
            bad("reference has %d words" % nref)
        if c["mode"] == "summary":
            if len(cand) >= len(ref) or len(WORD_RE.findall(cand)) >= nref:
                bad("summary not shorter than reference")
        if c["label"] == "consistent":
            if errors:
                bad("consistent pair with errors")
            if not 3 <= len(traps) <= 5:
                bad("consistent pair with %d traps" % len(traps))
        elif c["label"] == "inconsistent":
            if not errors:
                bad("inconsistent pair without errors")
            if len(traps) > 3:
                bad("inconsistent pair with %d traps" % len(traps))
        else:
            bad("bad label")
        if ref == cand:
            bad("candidate identical to reference")

        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": rid, "domain": c["domain"], "mode": c["mode"],
                        "reference": ref, "candidate": cand, "label": c["label"],
                        "errors": errors, "traps": traps})

    # set-level composition
    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    if len({r["id"] for r in records}) != len(records):
        problems.append("duplicate ids")
    if sorted(r["domain"] for r in records) != sorted(DOMAINS):
        problems.append("domains do not match the list one-to-one")
    labels = Counter(r["label"] for r in records)
    modes = Counter(r["mode"] for r in records)
    ml = Counter((r["mode"], r["label"]) for r in records)
    if labels != Counter({"consistent": 20, "inconsistent": 20}):
        problems.append("label counts %r" % dict(labels))
    if modes != Counter({"rewrite": 20, "summary": 10, "translation": 10}):
        problems.append("mode counts %r" % dict(modes))
    for m, n in (("rewrite", 10), ("summary", 5), ("translation", 5)):
        if ml[(m, "consistent")] != n or ml[(m, "inconsistent")] != n:
            problems.append("mode %s not half consistent" % m)
    etypes = Counter(e["type"] for r in records for e in r["errors"])
    if sum(etypes.values()) != 30:
        problems.append("expected 30 errors, got %d" % sum(etypes.values()))
    for t in ERROR_TYPES:
        if etypes[t] < 2:
            problems.append("error type %s has %d (<2)" % (t, etypes[t]))
    # offsets round-trip
    for r in records:
        for s in r["errors"] + r["traps"]:
            if r["candidate"][s["start"]:s["end"]] != s["text"]:
                problems.append("%s: offset mismatch for %r" % (r["id"], s["text"]))
    return records, problems


def summary(records):
    labels = Counter(r["label"] for r in records)
    modes = Counter((r["mode"], r["label"]) for r in records)
    etypes = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    nerr = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    ntraps = sum(len(r["traps"]) for r in records)
    lines = ["pairs: %d" % len(records),
             "labels: %s" % dict(sorted(labels.items())),
             "mode x label: %s" % dict(sorted(modes.items())),
             "errors: %d  by type: %s" % (sum(etypes.values()),
                                          {t: etypes[t] for t in ERROR_TYPES}),
             "severity: %s" % dict(sorted(sev.items())),
             "errors per inconsistent pair: %s" % dict(sorted(nerr.items())),
             "traps: %d" % ntraps]
    return "\n".join(lines)


def main():
    check_only = "--check" in sys.argv[1:]
    records, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print("%d problem(s); nothing written" % len(problems), file=sys.stderr)
        return 1
    print(summary(records))
    if check_only:
        print("check passed; nothing written")
        return 0
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set%d.jsonl" % N)
    with open(out, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
