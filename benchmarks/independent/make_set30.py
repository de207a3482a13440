#!/usr/bin/env python3
"""Held-out evaluation set 30 for a fact-comparison tool.

How it was made: every pair was hand-written by a helper that saw no code or
data of the project, working only from a written brief. All people, companies,
organisations, places and figures are invented (real countries appear only as
background). Offsets are never typed by hand: they are computed by string
search (with an occurrence index where a quoted text repeats) and validated.

Composition: 40 pairs, 40 different domains.
  modes : 20 rewrite, 10 summary, 10 translation (half of each mode consistent)
  labels: 20 consistent (3-5 traps each), 20 inconsistent (0-3 traps each)
  errors: 30 in total -- number 4, entity 3, date 3, role 3, polarity 3,
          modality 3, event 3, attribution 2, omission 2, addition 2,
          repetition 2; 10 inconsistent pairs carry one error, 10 carry two.

Usage: python3 make_set30.py          # validate and write set30.jsonl
       python3 make_set30.py --check  # validate only, write nothing
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set30.jsonl")

DOMAINS = [
    "refill shops", "internships", "double glazing", "cashless payments",
    "job centres", "campus housing", "ride-hailing", "house prices",
    "chickenpox", "eye tests", "term dates", "school uniforms", "hay fever",
    "night schools", "tiny houses", "forest schools", "food couriers",
    "school holidays", "after-school clubs", "summer schools",
    "correspondence courses", "minimum wage", "exam results",
    "heat pumps grants", "cash machines", "mortgage brokers", "head lice",
    "gap years", "letting agents", "evening classes", "pollen counts",
    "earth buildings", "unemployment benefits", "housing cooperatives",
    "seed swaps", "allergy clinics", "online tutoring", "estate agents",
    "school gardens", "plastic bags",
]

TYPES = ["entity", "number", "date", "role", "polarity", "modality",
         "attribution", "event", "omission", "addition", "repetition"]


def E(text, typ, sev, ref, occ=0, after=None, after_occ=0):
    """An error. For an omission, text is "" and `after` is the candidate
    text right after which the missing words belong."""
    return dict(text=text, type=typ, severity=sev, ref_text=ref, occ=occ,
                after=after, after_occ=after_occ)


def T(text, ref, occ=0):
    """A trap: faithful rewording; ref is the reference wording."""
    return dict(text=text, ref_text=ref, occ=occ)


CASES = []


def add(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append(dict(domain=domain, mode=mode, label=label,
                      reference=" ".join(reference.split()),
                      candidate=" ".join(candidate.split()),
                      errors=list(errors), traps=list(traps)))

# ---------------------------------------------------------------- 1-5
add("refill shops", "rewrite", "inconsistent",
    """Greenbarrow Borough Council said on Thursday that it will give grants of up to £4,000 to
    independent refill shops that open in vacant high-street units before the end of March. The
    scheme, funded from a £250,000 pot set aside in last year's budget, is aimed at reducing
    single-use packaging and bringing footfall back to struggling town centres. Applicants must
    commit to trading for at least two years and to accepting customers' own containers.
    Councillor Maeve Dunstall, who chairs the environment committee, said eleven shops had already
    expressed interest. 'Refill shops give people a way to cut waste without paying more,' she
    said. The council expects the first grants to be paid in January.""",
    """Independent refill shops that move into empty high-street units before the end of March can
    receive grants of up to £4,000, Greenbarrow Borough Council announced on Thursday. Paid for out
    of a £205,000 fund set aside in last year's budget, the scheme aims to cut single-use packaging
    and draw shoppers back to struggling town centres. Applicants must commit to trading for at
    least two years. Councillor Maeve Dunstall, chair of the environment committee, said eleven
    shops had already shown interest, adding that refill shops let people reduce waste without
    paying more. The first grants are expected to be paid in January.""",
    errors=[E("£205,000", "number", "major", "£250,000"),
            E("", "omission", "major", "and to accepting customers' own containers",
              after="trading for at least two years")],
    traps=[T("chair of the environment committee", "who chairs the environment committee"),
           T("The first grants are expected to be paid in January",
             "The council expects the first grants to be paid in January")])

add("internships", "rewrite", "consistent",
    """Harwick & Lowe, the engineering consultancy, will pay all of its interns at least £11.50 an
    hour from September, ending a practice of unpaid placements that it had defended for more than
    a decade. The firm takes on about 60 interns each summer, most of them second-year university
    students. Chief executive Priya Ostrander said the change would cost the company roughly
    £900,000 a year. 'We were shutting out talented people who could not afford to work for free,'
    she told staff in an email on Monday. The company also said it would publish the number of
    interns it converts into permanent hires, a figure it has not previously disclosed. A student
    campaign group, Fair Start, welcomed the decision but said other firms in the sector should
    follow.""",
    """From September, every intern at engineering consultancy Harwick & Lowe will earn no less than
    £11.50 per hour, bringing to an end unpaid placements the firm had defended for over ten years.
    Around 60 interns, mostly second-year undergraduates, join each summer. In a Monday email to
    staff, chief executive Priya Ostrander put the annual cost of the change at close to £900,000,
    saying the firm had been shutting out talented people who could not afford to work without
    pay. Harwick & Lowe will also begin publishing how many interns it turns into permanent
    employees, a number it has never disclosed before. Fair Start, a student campaign group,
    welcomed the move while urging other firms in the sector to follow.""",
    traps=[T("no less than £11.50 per hour", "at least £11.50 an hour"),
           T("over ten years", "more than a decade"),
           T("close to £900,000", "roughly £900,000"),
           T("a number it has never disclosed before", "a figure it has not previously disclosed")])

add("double glazing", "rewrite", "inconsistent",
    """Clearpane Windows, a double-glazing installer based in Fenmouth, has been fined £180,000 by
    the Home Improvement Standards Authority after an investigation found it had pressured elderly
    customers into signing contracts on their doorsteps. The case was referred to the authority by
    Fenmouth Trading Standards, which had received dozens of complaints. The authority said that
    between 2021 and 2023 the company's sales staff routinely told homeowners that discounts would
    expire the same day. At least 340 customers were affected, and the firm has been ordered to
    refund those who cancelled within the cooling-off period but were still charged. Clearpane said
    it accepted the findings and had retrained its sales team. The authority's director of
    enforcement, Tomasz Wren, said the case should serve as a warning to the wider industry.""",
    """The Home Improvement Standards Authority has fined Fenmouth-based double-glazing installer
    Clearpane Windows £180,000 after an investigation found it had pressured elderly customers into
    signing contracts on their doorsteps. The authority passed the case to Fenmouth Trading
    Standards, which had received dozens of complaints. According to the authority, Clearpane's
    sales staff routinely told homeowners between 2021 and 2023 that discounts would run out that
    same day. No fewer than 340 customers were affected, and the firm must refund those who
    cancelled within the cooling-off period but were still charged. Clearpane said it accepted the
    findings and had retrained its sales team, while Tomasz Wren, the authority's director of
    enforcement, said the case should serve as a warning to the wider industry.""",
    errors=[E("The authority passed the case to Fenmouth Trading Standards", "role", "major",
              "referred to the authority by Fenmouth Trading Standards")],
    traps=[T("No fewer than 340", "At least 340"),
           T("run out that same day", "expire the same day")])

add("cashless payments", "rewrite", "consistent",
    """Transport operator Northline Buses will stop accepting cash on all 48 of its routes from
    1 June, the company announced on Tuesday. Passengers will instead be able to pay by contactless
    card, mobile phone or a prepaid travel card, which will be sold at 120 shops across the region.
    Northline said cash now accounts for only 8% of fares, down from 35% five years ago, and that
    removing it would cut boarding times. Disability charity Open Door Access criticised the move,
    warning that older people and those without bank accounts could be left behind. In response,
    the company said drivers would not refuse travel to passengers who were unable to pay, and that
    it would review the policy after six months.""",
    """Northline Buses is to go cashless across its entire network of 48 routes from June 1st, the
    operator announced on Tuesday. Passengers will pay by contactless card, mobile phone or a
    prepaid travel card instead, the last of which will be on sale in 120 shops around the region.
    Cash payments have fallen from 35% of fares five years ago to just 8% today, according to
    Northline, which argues that dropping them will shorten boarding times. Open Door Access, a
    disability charity, criticised the decision, warning that older people and those with no bank
    account could be left behind. Northline responded that drivers would not turn away anyone
    unable to pay and that the policy would be reviewed after six months.""",
    traps=[T("from June 1st", "from 1 June"),
           T("go cashless across its entire network of 48 routes",
             "stop accepting cash on all 48 of its routes"),
           T("Cash payments have fallen from 35% of fares five years ago to just 8% today",
             "cash now accounts for only 8% of fares, down from 35% five years ago"),
           T("would not turn away anyone unable to pay",
             "would not refuse travel to passengers who were unable to pay")])

add("job centres", "rewrite", "inconsistent",
    """The Department for Work and Skills plans to close 14 job centres in the Calderwick region by
    the end of next year, according to a consultation document published on Wednesday. Staff at the
    affected offices would be offered posts at nearby sites, and the department said it does not
    expect any compulsory redundancies. Services would move online or into shared community
    buildings such as libraries. The PCW union, which represents about 2,300 staff in the region,
    said the closures would hit claimants who lack internet access. The consultation runs until
    30 April, and a final decision is due in the summer. Labour market minister Corinne Abbey said
    the network had 'not kept pace with how people now look for work'.""",
    """Fourteen job centres in the Calderwick region will close by the end of next year, the
    Department for Work and Skills said in a consultation document released on Wednesday. Employees
    at the offices concerned would be offered jobs at sites nearby, and the department does not
    anticipate any compulsory redundancies. Services would be moved online or into shared community
    venues such as libraries. The PCW union, which represents around 2,300 staff in the region,
    warned that claimants without internet access would be hit. The consultation closes on
    30 August, with a final decision due in the summer. According to labour market minister Corinne
    Abbey, the network had 'not kept pace with how people now look for work'.""",
    errors=[E("will close", "modality", "major", "plans to close"),
            E("30 August", "date", "major", "30 April")],
    traps=[T("does not anticipate any compulsory redundancies",
             "does not expect any compulsory redundancies")])
# ---------------------------------------------------------------- 6-10
add("campus housing", "rewrite", "consistent",
    """Westmoor University will build 1,200 new student bedrooms on its northern campus, with the
    first 400 expected to open in September 2026, the university confirmed on Friday. The
    £96 million project, which is being financed through a partnership with housing provider Cresta
    Living, is intended to ease a shortage that has forced some first-year students to live up to an
    hour's travel away. Rents in the new halls will start at £145 a week, about a fifth below the
    average charged by private landlords in the city. The students' union said it supported the plan
    but would campaign for more rooms at the lowest price band. Construction is due to begin in the
    spring.""",
    """Westmoor University confirmed on Friday that 1,200 new student bedrooms are to be built on
    its northern campus, with the first 400 likely to open in September 2026. The £96m project is
    being financed through a partnership with housing provider Cresta Living and is meant to relieve
    a shortage that has forced some first-year students to live as much as an hour's journey away.
    Weekly rents in the new halls will start at £145, roughly 20% less than the average private
    landlord in the city charges. Work on site is scheduled to start in the spring. The students'
    union backed the plan, though it said it would campaign for more rooms in the cheapest price
    band.""",
    traps=[T("likely to open", "expected to open"),
           T("£96m", "£96 million"),
           T("roughly 20% less than", "about a fifth below"),
           T("as much as an hour's journey away", "up to an hour's travel away"),
           T("Work on site is scheduled to start in the spring",
             "Construction is due to begin in the spring")])

add("ride-hailing", "rewrite", "inconsistent",
    """Ride-hailing company Zipto will cap surge pricing at twice the standard fare in Port Alder
    after the city's transport commission threatened to suspend its licence. Commission chair Elena
    Voss said passengers had been charged up to five times the normal price during a storm in
    November. Zipto's regional manager, Daniel Okafor, said the cap would take effect on 1 February
    and apply to all of the roughly 3,500 drivers working on the platform in the city. Drivers'
    association PADA said the cap would cut earnings at the busiest times and that the company should
    reduce its own 25% commission instead. The commission will review Zipto's licence again in
    June.""",
    """Zipto, the ride-hailing firm, is to limit surge fares in Port Alder to double the standard
    price after the city's transport commission threatened to suspend its licence. Zipto's regional
    manager, Daniel Okafor, said passengers had paid as much as five times the normal fare during a
    storm in November. The cap will come into force on 1 February and cover all of the approximately
    3,500 drivers who work on the platform in the city, he added. PADA, a drivers' association,
    argued that the cap would reduce earnings at the busiest times and that Zipto should lower its
    own 25% commission instead. The commission will look at the licence again in June.""",
    errors=[E("Zipto's regional manager, Daniel Okafor", "attribution", "major",
              "Commission chair Elena Voss")],
    traps=[T("double the standard price", "twice the standard fare"),
           T("approximately 3,500", "roughly 3,500")])

add("house prices", "rewrite", "consistent",
    """Average house prices in the Dunmore region fell by 1.8% in the three months to September, the
    third consecutive quarterly decline, according to figures released on Thursday by lender Halden
    Building Society. The typical home now costs £231,400, about £9,000 less than at the peak in
    late 2022. Flats saw the steepest falls, dropping 3.1%, while detached houses were broadly
    unchanged. Halden's chief economist, Ruth Amsel, said higher mortgage rates were still weighing
    on demand, but she expected prices to stabilise early next year if inflation continued to ease.
    The number of mortgage approvals rose slightly in August, to 4,870, the society said.""",
    """House prices across the Dunmore region dropped 1.8% on average in the July-to-September
    quarter, Halden Building Society said on Thursday, marking a third straight quarterly fall. At
    £231,400, the typical home is now around £9,000 cheaper than at its late-2022 peak. Detached
    houses were broadly unchanged, whereas flats fell furthest, by 3.1%. Mortgage approvals edged up
    in August to 4,870, according to the lender. Its chief economist, Ruth Amsel, said demand was
    still being held back by higher mortgage rates, though she expected prices to level off early
    next year provided inflation kept easing.""",
    traps=[T("July-to-September quarter", "three months to September"),
           T("a third straight quarterly fall", "the third consecutive quarterly decline"),
           T("around £9,000 cheaper than at its late-2022 peak",
             "about £9,000 less than at the peak in late 2022"),
           T("level off", "stabilise"),
           T("edged up", "rose slightly")])

add("chickenpox", "rewrite", "inconsistent",
    """Health officials in the Ashvale district have confirmed 62 cases of chickenpox at four primary
    schools since the start of term, an unusually large cluster for the time of year. The district's
    public health director, Dr Hannah Clewes, said none of the children had needed hospital
    treatment. Parents have been asked to keep infected children at home until all their blisters
    have crusted over, usually about five days after the rash appears. Dr Clewes said there were no
    plans to close the schools. Pregnant staff who have not had chickenpox have been advised to
    contact their doctor. Chickenpox vaccination is not part of the routine childhood programme in
    the country, although officials said the policy was under review.""",
    """Sixty-two chickenpox cases have been confirmed across four primary schools in the Ashvale
    district since term began, health officials said, an unusually large cluster for this time of
    year. The outbreak is thought to have started at a holiday club attended by pupils from all four
    schools. None of the children has required hospital treatment, according to Dr Hannah Clewes,
    the district's director of public health, who said there were no plans to shut the schools.
    Parents are being asked to keep infected children at home until all of their blisters have
    crusted over, which usually takes around five days from the appearance of the rash. Pregnant
    staff who have had chickenpox have been advised to contact their doctor. Chickenpox vaccination
    is not included in the country's routine childhood programme, though officials said the policy
    was being reviewed.""",
    errors=[E("who have had chickenpox", "polarity", "critical", "who have not had chickenpox"),
            E("The outbreak is thought to have started at a holiday club attended by pupils from all "
              "four schools.", "addition", "minor", None)],
    traps=[T("which usually takes around five days from the appearance of the rash",
             "usually about five days after the rash appears")])

add("eye tests", "rewrite", "consistent",
    """Optician chain Brightsight will offer free eye tests to all children under 16 and adults over
    60 at its 210 branches from next month, regardless of whether they are eligible for state-funded
    checks. The company said the scheme would cost about £3m a year and was partly a response to a
    fall in the number of people having regular tests since the pandemic. Managing director Owen
    Tallis said one in four adults it surveyed had not had an eye test for more than three years.
    Customers will still have to pay for glasses and contact lenses. The Association of Independent
    Opticians said the offer could put pressure on smaller practices that cannot afford to match
    it.""",
    """From next month, all children under 16 and adults over 60 will be able to get a free eye test
    at any of Brightsight's 210 branches, whether or not they qualify for state-funded checks. The
    optician chain put the cost of the scheme at roughly £3 million annually, saying it was partly a
    reaction to fewer people having regular tests since the pandemic. According to managing director
    Owen Tallis, a quarter of the adults surveyed by the company had gone more than three years
    without an eye test. Glasses and contact lenses will not be free. Smaller practices that cannot
    afford to match the offer could come under pressure, the Association of Independent Opticians
    said.""",
    traps=[T("roughly £3 million annually", "about £3m a year"),
           T("a quarter of the adults surveyed by the company", "one in four adults it surveyed"),
           T("gone more than three years without an eye test",
             "had not had an eye test for more than three years"),
           T("Glasses and contact lenses will not be free",
             "Customers will still have to pay for glasses and contact lenses"),
           T("whether or not they qualify for", "regardless of whether they are eligible for")])
# ---------------------------------------------------------------- 11-15
add("term dates", "rewrite", "inconsistent",
    """Schools in Kettleford will start the autumn term on Wednesday 3 September next year, two days
    later than this year, after the county council approved a revised calendar on Monday. The change
    gives teachers two training days at the start of term instead of one. The October half-term break
    will run from 27 to 31 October, and the Christmas holidays will begin on Friday 19 December.
    Councillor Jim Arkwright, cabinet member for education, said the council had consulted 4,100
    parents and most favoured aligning with neighbouring counties. Academies and faith schools, which
    set their own dates, are not bound by the calendar, though the council said most were expected to
    adopt it.""",
    """Kettleford's schools will return for the autumn term on Wednesday 3 September next year, two
    days earlier than this year, under a revised calendar the county council approved on Monday.
    Teachers will get two training days at the beginning of term rather than one. October half-term
    will run from the 27th to the 31st, and the Christmas holidays will start on Friday 19 December.
    The council consulted 4,100 parents, most of whom wanted dates in line with neighbouring
    counties, according to Councillor Jim Arkwright, the cabinet member for education. Academies and
    faith schools set their own dates and are not bound by the calendar, but most are expected to
    adopt it, the council said.""",
    errors=[E("two days earlier than this year", "date", "major", "two days later than this year")],
    traps=[T("from the 27th to the 31st", "from 27 to 31 October"),
           T("most of whom wanted dates in line with neighbouring counties",
             "most favoured aligning with neighbouring counties")])

add("school uniforms", "rewrite", "consistent",
    """The government of the province of Lindmark will require state schools to cap the number of
    branded uniform items at three, under guidance published on Tuesday. Parents currently spend an
    average of £340 a year on uniform for each secondary pupil, according to a survey by the Family
    Costs Trust, a charity. Schools will have until September 2025 to comply, and must make
    second-hand uniform available to families free of charge or at low cost. Education secretary
    Maria Delacourt said no child should miss out on school because their family could not afford a
    blazer. Some head teachers warned that replacing existing supplier contracts could take longer
    than the deadline allows.""",
    """State schools in the province of Lindmark will be limited to three branded uniform items under
    government guidance issued on Tuesday. A survey by the charity Family Costs Trust found that
    parents currently spend, on average, £340 annually on uniform per secondary pupil. Schools must
    comply by September 2025 and will have to offer families second-hand uniform either free or
    cheaply. No child should miss out on school because their family cannot afford a blazer, said
    Maria Delacourt, the education secretary. Some head teachers warned that the deadline might not
    leave enough time to replace existing contracts with suppliers.""",
    traps=[T("£340 annually on uniform per secondary pupil",
             "£340 a year on uniform for each secondary pupil"),
           T("either free or cheaply", "free of charge or at low cost"),
           T("said Maria Delacourt, the education secretary", "Education secretary Maria Delacourt said"),
           T("the deadline might not leave enough time to replace existing contracts with suppliers",
             "replacing existing supplier contracts could take longer than the deadline allows")])

add("hay fever", "rewrite", "inconsistent",
    """Pharmacy chain Wellspring has reported a 40% rise in sales of hay fever remedies in the first
    two weeks of May compared with the same period last year, as high grass pollen levels hit much of
    the country early. The company said antihistamine tablets and nasal sprays had sold out at some of
    its 95 stores, and it had brought forward deliveries from its supplier, Corran Pharma.
    Wellspring's head pharmacist, Leona Brandt, advised people with severe symptoms to start
    treatment before pollen levels peak rather than waiting until they feel unwell. The Met Service
    has forecast that grass pollen will remain high until the middle of June.""",
    """Sales of hay fever remedies at pharmacy chain Wellspring were 40% higher in the first fortnight
    of May than a year earlier, as high grass pollen levels arrived early across much of the country.
    Antihistamine tablets and nasal sprays had been rationed at some of the company's 95 stores, it
    said, and deliveries from its supplier Corran Pharma had been brought forward. Leona Brandt,
    Wellspring's head pharmacist, urged people with severe symptoms to begin treatment before pollen
    levels peak instead of waiting until they feel unwell. According to a Met Service forecast, tree
    pollen will stay high until mid-June.""",
    errors=[E("had been rationed", "event", "major", "had sold out"),
            E("tree pollen", "entity", "minor", "grass pollen", occ=0)],
    traps=[T("the first fortnight of May", "the first two weeks of May"),
           T("until mid-June", "until the middle of June")])

add("night schools", "rewrite", "consistent",
    """Rivermouth College will reopen its night school next January after a nine-year gap, offering
    35 evening courses ranging from bookkeeping to conversational Spanish. Classes will run from
    6.30pm to 9pm on weekdays at the college's city-centre campus. Fees will be £90 per ten-week
    course, with a 50% reduction for people receiving unemployment or disability benefits. The
    college closed its previous night school in 2015 after funding cuts, but principal Graham Ndiaye
    said a grant of £420,000 from the Rivermouth Skills Fund had made the relaunch possible. He said
    the college hoped to enrol 1,000 learners in the first year.""",
    """After a gap of nine years, Rivermouth College's night school is to reopen in January next year
    with 35 evening courses, from bookkeeping to conversational Spanish. Weekday classes will be held
    at the college's city-centre campus between 6.30 and 9 in the evening. A ten-week course will
    cost £90, and those on unemployment or disability benefits will pay half price. The college shut
    its previous night school in 2015 following funding cuts; principal Graham Ndiaye said the
    relaunch had been made possible by a £420,000 grant from the Rivermouth Skills Fund. The college
    hopes to enrol 1,000 learners in its first year, he said.""",
    traps=[T("between 6.30 and 9 in the evening", "from 6.30pm to 9pm"),
           T("those on unemployment or disability benefits will pay half price",
             "with a 50% reduction for people receiving unemployment or disability benefits"),
           T("After a gap of nine years", "after a nine-year gap"),
           T("the relaunch had been made possible by a £420,000 grant from the Rivermouth Skills Fund",
             "a grant of £420,000 from the Rivermouth Skills Fund had made the relaunch possible")])

add("tiny houses", "rewrite", "inconsistent",
    """A community land trust in the village of Ashby Fold has won planning permission for 12 tiny
    houses on a former allotment site, in what campaigners say is the first development of its kind
    in the county. Each home will have a floor area of about 30 square metres and will be rented at
    no more than 60% of local market rents. Priority will go to people under 35 who have lived or
    worked in the parish for at least three years. The Ashby Fold Community Land Trust raised £1.1m
    for the project, including £300,000 from a community share offer. Some residents objected to the
    loss of the allotments, but the district council said replacement plots had been provided
    nearby.""",
    """The Ashby Fold Community Land Trust has been granted planning permission for 12 tiny houses on
    a former allotment site in the village, a development campaigners describe as the first of its
    kind in the county. The homes, each with a floor area of roughly 30 square metres, will be let at
    no more than 60% of local market rents. People aged under 35 who have lived or worked in the
    parish for three years or more will be given priority. The trust raised £1.1m for the scheme,
    £300,000 of it through a community share offer, and the homes will be let at no more than 60% of
    local market rents. Some residents objected to losing the allotments, but the district council
    said replacement plots had been provided nearby.""",
    errors=[E("will be let at no more than 60% of local market rents", "repetition", "minor", None,
              occ=1)],
    traps=[T("three years or more", "at least three years"),
           T("£300,000 of it through a community share offer",
             "including £300,000 from a community share offer")])
# ---------------------------------------------------------------- 16-20
add("forest schools", "rewrite", "consistent",
    """The Heathcote Wildlife Trust is to train 150 primary school teachers to run forest school
    sessions over the next two years, using a £640,000 grant from the Evergreen Foundation. Each
    teacher will complete a six-day course covering outdoor safety, fire lighting and nature-based
    learning, and schools taking part will receive a starter kit of tools and waterproofs. The trust
    said that only around one in ten primary schools in the area currently offers regular outdoor
    lessons. Its education officer, Sunita Reyes, said children who learned outdoors often showed
    better concentration back in the classroom. Schools in the most deprived neighbourhoods will be
    offered places first.""",
    """With a £640,000 grant from the Evergreen Foundation, the Heathcote Wildlife Trust will train
    150 primary school teachers over the next two years to lead forest school sessions. Teachers will
    each take a six-day course on outdoor safety, fire lighting and nature-based learning, while
    participating schools will get a starter kit of tools and waterproof clothing. According to the
    trust, only about 10% of the area's primary schools currently provide regular outdoor lessons.
    Sunita Reyes, its education officer, said children who learned outdoors often concentrated better
    once back in the classroom. Places will be offered first to schools in the most deprived
    neighbourhoods.""",
    traps=[T("only about 10% of the area's primary schools",
             "only around one in ten primary schools in the area"),
           T("waterproof clothing", "waterproofs"),
           T("Places will be offered first to schools in the most deprived neighbourhoods",
             "Schools in the most deprived neighbourhoods will be offered places first"),
           T("concentrated better once back in the classroom",
             "showed better concentration back in the classroom")])

add("food couriers", "rewrite", "inconsistent",
    """Food delivery platform Dashly has agreed to pay its couriers in the city of Brennport a minimum
    of £12.40 for every hour they are logged in and carrying out deliveries, following talks with the
    Independent Couriers Union. The deal, which covers around 2,800 riders, also includes free
    accident insurance and a promise to explain in writing any decision to deactivate a courier's
    account. It will take effect on 1 March. Union organiser Kemal Aydin called it 'a real step
    forward' but said waiting time between orders should also be paid. Dashly said the agreement
    would add about 6% to its costs in the city and that it had no plans to raise delivery fees.""",
    """Couriers working for food delivery platform Dashly in Brennport will be paid at least £12.40
    for every hour they are logged in, under a deal reached after talks with the Independent
    Couriers Union. The agreement, which applies to some 28,000 riders and comes into effect on
    1 March, also provides free accident insurance and commits the company to giving written reasons
    for any decision to deactivate a courier's account. Kemal Aydin, a union organiser, described it
    as 'a real step forward', though he said couriers should also be paid for time spent waiting
    between orders. According to Dashly, the deal will raise its costs in the city by around 6%, and
    it has no plans to put up delivery fees.""",
    errors=[E("", "omission", "critical", "and carrying out deliveries", after="they are logged in"),
            E("some 28,000 riders", "number", "major", "around 2,800 riders")],
    traps=[T("commits the company to giving written reasons for any decision",
             "a promise to explain in writing any decision"),
           T("raise its costs in the city by around 6%", "add about 6% to its costs in the city")])

add("school holidays", "rewrite", "consistent",
    """Tourism operators on the island of Marrow Key have asked the regional government to stagger
    school holidays across its three districts, arguing that the current system crowds most family
    visitors into six weeks of the year. In a letter sent last week, the Marrow Key Hospitality
    Association said hotels were running at 94% occupancy in August but below 40% in June and
    September. The association proposed that each district start its summer break a fortnight apart.
    Education officials said they would consider the request but that any change could not take
    effect before 2027, because calendars for the next two years had already been published.
    Parents' group Families First said it was open to the idea.""",
    """Marrow Key's tourism operators, through the Marrow Key Hospitality Association, have called on
    the island's regional government to stagger school holidays across its three districts, saying
    the existing system squeezes most family visitors into a six-week window. The association's
    letter, sent last week, said hotel occupancy stood at 94% in August but under 40% in June and
    September. Under its proposal, the districts' summer breaks would begin two weeks apart.
    Education officials said they would consider the request, but added that calendars for the next
    two years had already been published, so no change could come into force until 2027 at the
    earliest. Families First, a parents' group, said it was open to the idea.""",
    traps=[T("squeezes most family visitors into a six-week window",
             "crowds most family visitors into six weeks of the year"),
           T("begin two weeks apart", "start its summer break a fortnight apart"),
           T("under 40%", "below 40%"),
           T("no change could come into force until 2027 at the earliest",
             "any change could not take effect before 2027")])

add("after-school clubs", "rewrite", "inconsistent",
    """Sunnybank Primary School in Larchfield will hand over the running of its after-school club to
    local charity Little Oaks from April, after the school's governors said they could no longer
    cover the losses. The club currently looks after about 45 children a day until 6pm and charges
    £11 a session. Little Oaks, which already runs two holiday play schemes in the town, has promised
    to keep the price unchanged until at least the end of the year and to employ the club's four
    existing staff. Head teacher Fiona Marsh said the arrangement would secure the service for
    working parents. The governors estimated last year's loss at £18,000.""",
    """Larchfield charity Little Oaks is handing its after-school club over to Sunnybank Primary
    School from April, after the school's governors said they could no longer absorb the losses,
    which they put at £18,000 last year. The club currently cares for around 45 children a day until
    6pm, at £11 per session. Little Oaks, which already operates two holiday play schemes in the
    town, has pledged to hold the price at its current level until at least the end of the year and
    to keep on the club's four existing staff. The arrangement would secure the service for working
    parents, according to head teacher Fiona Marsh.""",
    errors=[E("Little Oaks is handing its after-school club over to Sunnybank Primary School", "role",
              "critical",
              "Sunnybank Primary School in Larchfield will hand over the running of its after-school "
              "club to local charity Little Oaks")],
    traps=[T("hold the price at its current level", "keep the price unchanged"),
           T("keep on the club's four existing staff", "employ the club's four existing staff")])

add("summer schools", "rewrite", "consistent",
    """The University of Carrick will run a free two-week summer school in July for 200 sixth-form
    students from families with no history of higher education, the university announced on
    Wednesday. Participants will attend lectures, stay in university accommodation and receive a £150
    bursary to cover lost earnings from summer jobs. Students who complete the programme and later
    apply to Carrick will be guaranteed an interview for their chosen course, although they will still
    have to meet the standard entry requirements. The scheme is funded by a £250,000 donation from
    alumnus and software entrepreneur Ravi Menon. Applications close on 15 March.""",
    """Two hundred sixth-formers from families with no history of higher education will be able to
    attend a free summer school at the University of Carrick, lasting a fortnight in July, the
    university said on Wednesday. They will go to lectures, stay in university accommodation and
    receive a £150 bursary to make up for earnings lost from summer jobs. Anyone who finishes the
    programme and later applies to Carrick will be guaranteed an interview for their chosen course,
    but will still need to meet the standard entry requirements. The scheme is being paid for by a
    £250,000 donation from Ravi Menon, a software entrepreneur and former student. The deadline for
    applications is 15 March.""",
    traps=[T("lasting a fortnight", "two-week"),
           T("a software entrepreneur and former student", "alumnus and software entrepreneur"),
           T("The deadline for applications is 15 March", "Applications close on 15 March"),
           T("Two hundred sixth-formers", "200 sixth-form students")])
# ---------------------------------------------------------------- 21-25 (summaries)
add("correspondence courses", "summary", "inconsistent",
    """The Open Learning Institute, which has taught adults by correspondence since 1958, will stop
    sending printed course materials by post from next September and move all 140 of its courses
    online. The institute's director, Margaret Oyelaran, said postal costs had risen by 60% in five
    years and that fewer than 900 of its 12,000 students still chose paper packs. Students without
    internet access will be able to borrow a tablet with free mobile data for the length of their
    course. The learners' association, which represents current students, warned that some older
    learners and those in remote areas could struggle with the change, and asked for printed
    materials to remain available on request.""",
    """The Open Learning Institute will stop posting printed materials next September and move all
    140 courses online. The learners' association said postal costs had risen 60% in five years and
    that fewer than 9,000 of the 12,000 students still chose paper. Students without internet access
    can borrow a tablet with free data.""",
    errors=[E("The learners' association", "attribution", "major",
              "The institute's director, Margaret Oyelaran"),
            E("fewer than 9,000", "number", "major", "fewer than 900")])

add("minimum wage", "summary", "consistent",
    """The government of Vardenland will raise the national minimum wage by 7.5% to 14.20 crowns an
    hour from 1 April, Labour Minister Tobias Hennig announced on Monday. The increase, recommended by
    the independent Low Pay Council, will benefit about 1.3 million workers, most of them in retail,
    hospitality and care. Employers' federation VEB said many small businesses would struggle to
    absorb the cost and might cut hours. Trade unions welcomed the rise but said it would still leave
    a full-time worker below the council's own estimate of a living wage. The minimum rate for
    workers aged 18 to 20 will rise more sharply, by 9%, to 11.60 crowns.""",
    """From April 1st, Vardenland's minimum wage will go up 7.5% to 14.20 crowns an hour, as
    recommended by the independent Low Pay Council; the rate for 18- to 20-year-olds rises 9% to
    11.60 crowns. Around 1.3m workers, mainly in retail, hospitality and care, stand to gain.
    Employers warned that small firms might cut hours, while unions said full-time pay would remain
    below the council's living-wage estimate.""",
    traps=[T("From April 1st", "from 1 April"),
           T("Around 1.3m workers", "about 1.3 million workers"),
           T("stand to gain", "will benefit"),
           T("18- to 20-year-olds", "workers aged 18 to 20")])

add("exam results", "summary", "inconsistent",
    """The proportion of top grades awarded in the Northern Schools Certificate fell for the second
    year running, according to results published on Thursday by the exam board, Certa. Some 21.4% of
    entries were awarded an A or A*, down from 23.9% last year but still above the 2019 level of
    19.8%. Mathematics remained the most popular subject, while entries for computer science rose by
    11%. Certa's chief executive, Louise Harrow, said grading was returning to pre-pandemic standards
    as planned. The head teachers' association ASL said students should not be judged harshly against
    peers who sat exams in earlier years.""",
    """Top grades in the Northern Schools Certificate fell for a second year, with 21.4% of entries
    getting an A or A*, down from 23.9% but above 2019's 19.8%, exam board Certa said. Mathematics
    entries rose by 11%. Certa's chief executive said grading was returning to pre-pandemic standards
    as planned.""",
    errors=[E("Mathematics entries", "entity", "major", "entries for computer science")],
    traps=[T("2019's 19.8%", "the 2019 level of 19.8%")])

add("heat pumps grants", "summary", "consistent",
    """Households in the region of East Talmouth will be able to claim grants of up to £7,500 towards
    the cost of installing a heat pump from 1 October, the regional energy agency said on Monday. The
    scheme has a budget of £30 million, enough for roughly 4,000 installations, and will be open to
    owner-occupiers and private landlords but not to social housing providers, which have a separate
    fund. Installers must be certified under the national MCS standard. Agency director Kwame Asante
    said heat pumps could cut household heating emissions by around 70% compared with gas boilers.
    Applications will be processed in the order they are received.""",
    """From 1 October, owner-occupiers and private landlords in East Talmouth can claim up to £7,500
    towards installing a heat pump from a £30m pot, enough for around 4,000 installations; social
    housing providers, which have their own fund, are excluded. Applications will be handled on a
    first-come, first-served basis.""",
    traps=[T("£30m pot", "a budget of £30 million"),
           T("enough for around 4,000 installations", "enough for roughly 4,000 installations"),
           T("social housing providers, which have their own fund, are excluded",
             "not to social housing providers, which have a separate fund"),
           T("handled on a first-come, first-served basis", "processed in the order they are received")])

add("cash machines", "summary", "inconsistent",
    """Bank operator Fairway Link may remove up to 600 free-to-use cash machines across the Oakridge
    region over the next three years as cash withdrawals continue to fall, a company report published
    on Tuesday said. The report said withdrawals had dropped by 45% since 2019. Fairway Link said no
    machine would be removed from a town or village without another free cash machine within one
    mile, and that it would consult local councils before any closures. Consumer group Cash Matters
    said rural communities and older people were most at risk and called on the regional government
    to guarantee access to cash by law.""",
    """Fairway Link will remove 600 free cash machines in the Oakridge region over three years as
    withdrawals, down 45% since 2019, keep falling. It said no town or village would lose a machine
    without another free one within a mile, and that it would notify local councils before closures.
    Cash Matters called for access to cash to be guaranteed by law.""",
    errors=[E("will remove 600", "modality", "major", "may remove up to 600"),
            E("notify local councils", "event", "minor", "consult local councils")],
    traps=[T("within a mile", "within one mile")])
# ---------------------------------------------------------------- 26-30 (summaries)
add("mortgage brokers", "summary", "consistent",
    """Mortgage brokers in Selbourne will have to disclose the commission they receive from lenders
    before a customer signs a loan agreement, under rules announced on Wednesday by the Financial
    Conduct Office. At present brokers only have to reveal commission if a customer asks. The
    regulator said a review of 2,000 mortgage files had found that customers of brokers paid higher
    commissions were, on average, placed in loans costing £1,100 more over five years. The rules will
    apply from January 2026. The Association of Mortgage Intermediaries said most of its members
    already disclosed commission voluntarily and that it supported the change.""",
    """From January 2026, Selbourne's mortgage brokers must tell customers what commission lenders
    pay them before a loan agreement is signed, rather than only when asked, the Financial Conduct
    Office said. Its review of 2,000 files found customers of higher-commission brokers were placed in
    loans costing £1,100 more over five years on average. The brokers' trade body backs the rules.""",
    traps=[T("From January 2026", "The rules will apply from January 2026"),
           T("rather than only when asked", "At present brokers only have to reveal commission if a customer asks"),
           T("The brokers' trade body", "The Association of Mortgage Intermediaries"),
           T("backs the rules", "supported the change"),
           T("tell customers what commission lenders pay them",
             "disclose the commission they receive from lenders")])

add("head lice", "summary", "inconsistent",
    """Pharmacists in the Glenholm health district will be able to supply head lice treatments free
    of charge to children under 16 from next month, without the need for a doctor's appointment, the
    district health board said. The scheme is intended to reduce the 3,000 GP appointments a year
    that the board estimates are taken up by head lice. Parents will need to show that the child
    lives in the district. The board's chief pharmacist, Alan Petrov, said wet combing with a
    fine-toothed comb remained an effective first step and that treatments should only be used if
    live lice were found. Schools will not be asked to send children home.""",
    """From next month, Glenholm pharmacists can supply free head lice treatments to under-16s living
    in the district, with no doctor's appointment needed, aiming to cut the estimated 3,000 GP
    appointments a year taken up by lice. Chief pharmacist Alan Petrov said wet combing remained an
    effective first step and treatments should be used only if live lice are found, with no doctor's
    appointment needed.""",
    errors=[E("with no doctor's appointment needed", "repetition", "minor", None, occ=1)],
    traps=[T("under-16s", "children under 16")])

add("gap years", "summary", "consistent",
    """The government of Norveth will offer up to 2,000 school leavers a paid gap year working on
    conservation and community projects, Youth Minister Clara Idris announced on Saturday.
    Participants aged 18 to 21 will receive a monthly allowance of 950 euros and free accommodation
    where placements are away from home. The programme, which will start in September, is expected to
    cost 31 million euros in its first year. Placements will last between nine and twelve months. The
    opposition Civic Party said the money would be better spent on apprenticeships, while youth
    charities broadly welcomed the plan.""",
    """Norveth will offer as many as 2,000 school leavers aged 18-21 a paid gap year on conservation
    and community projects from September, with 950 euros a month plus free housing for those placed
    away from home. The first year is projected to cost €31m. The opposition preferred spending on
    apprenticeships; youth charities largely welcomed the plan.""",
    traps=[T("as many as 2,000", "up to 2,000"),
           T("free housing", "free accommodation"),
           T("projected to cost €31m", "expected to cost 31 million euros"),
           T("largely welcomed", "broadly welcomed")])

add("letting agents", "summary", "inconsistent",
    """Letting agents in the city of Tarnby will be banned from charging tenants fees for
    referencing, inventories or contract renewals from 1 July, the city council confirmed on Friday.
    Agents will still be allowed to ask for a holding deposit of up to one week's rent, which must be
    returned if the landlord pulls out. The council estimates that tenants currently pay an average of
    £420 in such fees when they move home. Agents who break the rules face fines of up to £5,000. The
    Tarnby Lettings Association said it did not oppose the ban but warned that some costs could be
    passed on through higher rents.""",
    """From 1 July, Tarnby letting agents can no longer charge tenants for referencing, inventories
    or renewals, or take holding deposits. Tenants now pay £420 on average in such fees when moving,
    and agents breaking the rules face fines of up to £5,000. The ban follows a rise in complaints to
    the council. The agents' association warned some costs could be passed on through higher
    rents.""",
    errors=[E("or take holding deposits", "polarity", "major",
              "Agents will still be allowed to ask for a holding deposit"),
            E("The ban follows a rise in complaints to the council.", "addition", "minor", None)],
    traps=[T("The agents' association", "The Tarnby Lettings Association")])

add("evening classes", "summary", "consistent",
    """Adult education provider Learnwell will cut fees for its evening classes in English and maths
    to zero from next term, after receiving an additional £1.6m from the Westvale Combined Authority.
    The classes, which currently cost £120 a term, are aimed at adults who left school without a
    basic qualification in either subject. Learnwell expects enrolment to roughly double to about
    2,400 learners a year. Its chief executive, Sandra Kowalczyk, said cost had been the main reason
    people gave for not signing up. Classes in other subjects, including languages and IT, will keep
    their existing fees.""",
    """Learnwell's English and maths evening classes, now £120 a term, will be free from next term
    thanks to an extra £1.6m from the Westvale Combined Authority, and enrolment is expected to about
    double to some 2,400 a year. Fees for other subjects will stay the same.""",
    traps=[T("will be free", "cut fees for its evening classes in English and maths to zero"),
           T("thanks to an extra £1.6m", "after receiving an additional £1.6m"),
           T("about double to some 2,400", "roughly double to about 2,400"),
           T("Fees for other subjects will stay the same", "will keep their existing fees")])
# ---------------------------------------------------------------- 31-35 (translations)
add("pollen counts", "translation", "inconsistent",
    """The pollen information service of the state of Lower Wendau recorded birch pollen
    concentrations of more than 1,400 grains per cubic metre of air on Sunday, the highest value
    measured since monitoring began in 1994. The service, which operates 22 measuring stations, warned
    allergy sufferers that levels would remain very high until at least Thursday. Its head, the
    biologist Dr. Ingrid Falkner, advised people affected to keep windows closed during the day and
    to wash their hair before going to bed. Pharmacies in the state capital reported strong demand for
    antihistamines. A change in the weather with rain is forecast for the weekend.""",
    """On Sunday the pollen warning service of Lower Wendau state measured birch pollen levels above
    1,700 grains per cubic metre of air, the highest reading since records began in 1994. The service,
    which runs 22 monitoring stations, cautioned people with allergies that concentrations would stay
    very high until Tuesday at least. Biologist Dr Ingrid Falkner, who heads the service, recommended
    that sufferers keep their windows shut in the daytime and wash their hair before bed. Pharmacies in
    the state capital said demand for antihistamines was strong. Rain is expected to bring a change in
    the weather at the weekend.""",
    errors=[E("above 1,700 grains", "number", "major", "more than 1,400 grains"),
            E("Tuesday", "date", "major", "Thursday")],
    traps=[T("since records began in 1994", "since monitoring began in 1994")])

add("earth buildings", "translation", "consistent",
    """The municipality of Valbrune, in the south-east of France, has inaugurated a primary school
    built almost entirely of rammed earth, the first public building of this type in the department.
    The earth was taken from the site itself, which, according to the architect Camille Roussel,
    reduced the carbon emissions linked to construction by about 40% compared with a concrete
    building. The school, which cost 3.2 million euros, will welcome 180 pupils from the start of the
    school year in September. The mayor, Henri Delmas, said the thick walls would keep classrooms cool
    in summer without air conditioning. Several other municipalities in the region have already
    visited the site.""",
    """A primary school made almost completely of rammed earth has been opened in Valbrune, a commune
    in south-eastern France; it is the department's first public building of its kind. Because the
    earth came from the building site itself, construction-related carbon emissions were around 40
    percent lower than for a concrete structure, said architect Camille Roussel. Built at a cost of
    €3.2 million, the school will take 180 pupils when the new school year starts in September.
    According to mayor Henri Delmas, its thick walls will keep the classrooms cool in summer with no
    need for air conditioning. A number of other municipalities in the region have already been to see
    it.""",
    traps=[T("around 40 percent lower than for a concrete structure",
             "by about 40% compared with a concrete building"),
           T("€3.2 million", "3.2 million euros"),
           T("with no need for air conditioning", "without air conditioning"),
           T("the department's first public building of its kind",
             "the first public building of this type in the department")])

add("unemployment benefits", "translation", "inconsistent",
    """The regional employment service of Costa Alta will pay unemployment benefits directly into
    claimants' accounts within ten days of their application from March, instead of the current
    average of five weeks, the regional labour councillor, Marta Ibáñez, announced on Tuesday. The
    change follows an agreement signed between the employment service and the national social security
    agency, which will now share its records electronically with the region. About 64,000 people
    currently receive benefits in Costa Alta. The unions CTR and UGS welcomed the measure but asked for
    more staff in local offices.""",
    """From March, Costa Alta's regional employment service will pay jobless benefits straight into
    claimants' accounts no more than ten days after they apply, compared with around five weeks on
    average now, regional labour councillor Marta Ibáñez said on Tuesday. The change comes after the
    employment service signed an agreement under which the region will send its records electronically
    to the national social security agency. Some 64,000 people in Costa Alta are currently on benefits.
    The CTR and UGS unions welcomed the move but called for more staff at local offices.""",
    errors=[E("the region will send its records electronically to the national social security agency",
              "role", "major",
              "the national social security agency, which will now share its records electronically "
              "with the region")],
    traps=[T("no more than ten days after they apply", "within ten days of their application"),
           T("Some 64,000", "About 64,000")])

add("housing cooperatives", "translation", "consistent",
    """The city of Brennach will lease six municipal plots to housing cooperatives for 90 years,
    allowing around 450 new flats to be built, the city council decided on Thursday by 41 votes to 19.
    The cooperatives will pay an annual ground rent of 1.5 percent of the land value and must keep
    rents at least 20 percent below the local average. Half of the flats are to be reserved for
    families with children. The building director, Lukas Amrein, said construction of the first project
    could begin in 2026. The opposition criticised the decision, arguing that selling the plots would
    have brought the city more money.""",
    """By 41 votes to 19, Brennach city council on Thursday approved leasing six city-owned sites to
    housing cooperatives for a period of 90 years, clearing the way for some 450 new apartments. Each
    year the cooperatives will pay ground rent equal to 1.5% of the value of the land, and rents must be
    kept no less than a fifth under the local average. Fifty percent of the apartments will be set aside
    for families with children. Work on the first project may start in 2026, according to building
    director Lukas Amrein. The opposition criticised the move, saying the city would have earned more by
    selling the land.""",
    traps=[T("no less than a fifth under the local average", "at least 20 percent below the local average"),
           T("Fifty percent of the apartments", "Half of the flats"),
           T("some 450 new apartments", "around 450 new flats"),
           T("may start", "could begin")])

add("seed swaps", "translation", "inconsistent",
    """The municipal library of San Verano will host a seed exchange every first Saturday of the month
    starting in April, the councillor for culture, Giulia Pace, announced. Residents can bring seeds of
    vegetables, flowers and herbs from their own gardens and take home others in exchange. No money
    will change hands, and commercial seeds will not be accepted. The initiative, organised with the
    local association Orti Comuni, aims to preserve traditional local varieties, some of which are at
    risk of disappearing. The library may also offer short courses on seed saving if there is enough
    interest.""",
    """Starting in April, San Verano's town library will hold a seed swap on the first Saturday of
    every month, said culture councillor Giulia Pace. Local people can bring vegetable, flower and herb
    seeds from their gardens and swap them for others to take home. There will be no payment involved,
    and commercial seeds will also be accepted. Organised together with the local group Orti Comuni,
    the scheme is meant to safeguard traditional local varieties, a number of which could die out. The
    library will also run short courses on saving seeds for those interested.""",
    errors=[E("commercial seeds will also be accepted", "polarity", "major",
              "commercial seeds will not be accepted"),
            E("will also run short courses on saving seeds for those interested", "modality", "minor",
              "may also offer short courses on seed saving if there is enough interest")],
    traps=[T("a number of which could die out", "some of which are at risk of disappearing"),
           T("There will be no payment involved", "No money will change hands")])
# ---------------------------------------------------------------- 36-40 (translations)
add("allergy clinics", "translation", "consistent",
    """The provincial hospital in Zawierz will open a specialist allergy clinic for children in
    October, reducing waiting times for a first appointment, which currently reach 14 months. The
    clinic will employ three allergists and two nurses and will be able to see about 4,000 patients a
    year. It will also carry out food challenge tests, which until now have only been available in the
    capital. The project, costing 5.8 million zloty, is being financed mainly from European Union
    funds. The hospital's director, Piotr Wasik, said the aim was to cut waiting times to under three
    months within two years.""",
    """In October a dedicated children's allergy clinic is to open at Zawierz provincial hospital,
    shortening the wait for a first consultation, which can currently be as long as 14 months. With a
    staff of three allergy specialists and two nurses, the clinic will have capacity for roughly 4,000
    patients annually. It will also perform food challenge tests, previously available only in the
    capital. Most of the 5.8 million zloty cost is being covered by EU funding. Hospital director
    Piotr Wasik said the goal was to bring waits below three months within two years.""",
    traps=[T("roughly 4,000 patients annually", "about 4,000 patients a year"),
           T("Most of the 5.8 million zloty cost is being covered by EU funding",
             "is being financed mainly from European Union funds"),
           T("below three months", "under three months"),
           T("previously available only in the capital",
             "until now have only been available in the capital")])

add("online tutoring", "translation", "inconsistent",
    """The education department of the state of Rio Claro will offer free online tutoring in
    mathematics and Portuguese to 30,000 secondary school students from August, in partnership with
    the education technology company Aprendi. Sessions will take place in the evenings in groups of no
    more than five students, led by university students trained as tutors. The state secretary of
    education, Renata Fonseca, said the programme was a response to results showing that only 38% of
    pupils reached the expected level in mathematics. The contract with Aprendi is worth 12 million
    reais over two years.""",
    """Starting in August, 30,000 secondary pupils in Rio Claro state will be able to receive free
    online tutoring in maths and Portuguese, provided by the state education department together with
    edtech firm Aprendi. The evening sessions will be held in groups of five students at most and run
    by university students who have been trained as tutors. According to state education secretary
    Renata Fonseca, the programme responds to data showing that just 38% of pupils were at the
    expected level in Portuguese. Aprendi's contract is worth 12 million reais over a two-year
    period.""",
    errors=[E("in Portuguese", "entity", "major", "reached the expected level in mathematics")],
    traps=[T("groups of five students at most", "groups of no more than five students"),
           T("over a two-year period", "over two years")])

add("estate agents", "translation", "consistent",
    """The estate agents' association NVMK reported on Wednesday that the average selling price of an
    existing home in the province of Westerland rose to 412,000 euros in the second quarter, 6 percent
    more than a year earlier. Homes were sold on average within 24 days, compared with 31 days a year
    ago. According to the association's chairman, Joost Verhagen, the shortage of homes for sale
    remains the main cause of rising prices. He expects prices to continue rising this year, but at a
    slower pace. The number of transactions fell by 3 percent.""",
    """Existing homes in Westerland province sold for an average of €412,000 in the April-June
    quarter, up 6% year on year, estate agents' association NVMK said on Wednesday. The average time
    to sell a home fell to 24 days, from 31 days twelve months earlier. Association chairman Joost
    Verhagen said the main reason for the price rises was still the lack of homes on the market. He
    expects prices to keep going up this year, though less quickly. Transactions were down 3
    percent.""",
    traps=[T("the April-June quarter", "the second quarter"),
           T("up 6% year on year", "6 percent more than a year earlier"),
           T("twelve months earlier", "a year ago"),
           T("though less quickly", "but at a slower pace"),
           T("the lack of homes on the market", "the shortage of homes for sale")])

add("school gardens", "translation", "inconsistent",
    """Every primary school in the municipality of Lindvik will have its own vegetable garden by 2027,
    the municipal board decided on Monday. The municipality will set aside 4.5 million kronor for
    raised beds, tools and training for teachers. Pupils will grow vegetables that will then be used in
    school lunches. The chair of the education committee, Anna Bergqvist, said the project would teach
    children where food comes from. Eight of the municipality's 23 primary schools already have
    gardens, most of them started by parents' associations.""",
    """By 2027, all primary schools in Lindvik municipality will have a vegetable garden of their own,
    following a decision by the municipal board on Monday. A sum of 4.5 million kronor is being set
    aside for raised beds, tools and teacher training. The vegetables the pupils grow will go into
    school lunches. According to Anna Bergqvist, who chairs the education committee, the project will
    show children where their food comes from. Of the municipality's 23 primary schools, eight already
    have gardens, most of them looked after by parents' associations.""",
    errors=[E("looked after by parents' associations", "event", "minor",
              "started by parents' associations")],
    traps=[T("Of the municipality's 23 primary schools, eight already have gardens",
             "Eight of the municipality's 23 primary schools already have gardens")])

add("plastic bags", "translation", "consistent",
    """Supermarkets on the island of Kalimnos Nova will no longer be allowed to hand out plastic bags of
    any thickness from 1 January, under a decision by the regional council. At present shops must
    charge 10 cents for each lightweight bag, a measure that has reduced their use by about 70 percent
    since it was introduced three years ago. Shops that break the ban will face fines of between 500
    and 5,000 euros. The regional environment director, Nikos Varvaris, said paper and fabric bags
    would still be available for purchase. Environmental groups welcomed the decision but said it
    should be extended to markets and kiosks.""",
    """From 1 January, a regional council decision will bar supermarkets on Kalimnos Nova island from
    giving out plastic bags, whatever their thickness. Currently, shops have to charge 10 cents per
    lightweight bag, which has cut their use by roughly seventy percent since the charge came in three
    years ago. Shops that breach the ban face fines ranging from 500 euros to 5,000 euros. Customers
    will still be able to buy paper and cloth bags, according to Nikos Varvaris, the region's director
    of environment. Environmental groups welcomed the decision but said it ought to be extended to
    markets and kiosks as well.""",
    traps=[T("whatever their thickness", "of any thickness"),
           T("roughly seventy percent", "about 70 percent"),
           T("fines ranging from 500 euros to 5,000 euros", "fines of between 500 and 5,000 euros"),
           T("Customers will still be able to buy paper and cloth bags",
             "paper and fabric bags would still be available for purchase"),
           T("the region's director of environment", "The regional environment director")])

# ---------------------------------------------------------------- build + validate
def _find(cand, text, occ):
    pos, start = -1, 0
    for _ in range(occ + 1):
        pos = cand.find(text, start)
        if pos < 0:
            raise ValueError("not found (occ %d): %r" % (occ, text))
        start = pos + 1
    return pos


def _word_ok(s, start, end):
    if start > 0 and s[start - 1].isalnum() and start < len(s) and s[start].isalnum():
        return False
    if end < len(s) and end > 0 and s[end].isalnum() and s[end - 1].isalnum():
        return False
    return True


def nwords(s):
    return len(re.findall(r"\S+", s))


def build():
    problems, records = [], []
    for i, c in enumerate(CASES, 1):
        cid = "s30-%03d" % i
        ref, cand = c["reference"], c["candidate"]
        p = lambda m: problems.append("%s (%s): %s" % (cid, c["domain"], m))
        errs, traps, spans = [], [], []
        for e in c["errors"]:
            if e["type"] not in TYPES:
                p("bad type %s" % e["type"])
            if e["severity"] not in ("minor", "major", "critical"):
                p("bad severity")
            if e["type"] == "omission":
                if e["text"] != "" or not e["after"]:
                    p("omission needs empty text and an anchor")
                    continue
                try:
                    a = _find(cand, e["after"], e["after_occ"])
                except ValueError as x:
                    p(str(x)); continue
                s = t = a + len(e["after"])
                if e["ref_text"] in cand:
                    p("omitted text present in candidate: %r" % e["ref_text"])
                if c["mode"] == "summary":
                    p("omission in summary")
            else:
                try:
                    s = _find(cand, e["text"], e["occ"])
                except ValueError as x:
                    p(str(x)); continue
                t = s + len(e["text"])
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    p("addition/repetition needs ref_text None")
            else:
                if not e["ref_text"] or e["ref_text"] not in ref:
                    p("error ref_text not in reference: %r" % e["ref_text"])
            if e["type"] == "repetition" and cand.find(e["text"]) >= s:
                p("repetition has no earlier copy")
            if not _word_ok(cand, s, t):
                p("error span cuts a word: %r" % cand[s:t])
            spans.append((s, t, e["text"]))
            errs.append({"start": s, "end": t, "text": cand[s:t], "type": e["type"],
                         "severity": e["severity"], "ref_text": e["ref_text"]})
        for tr in c["traps"]:
            try:
                s = _find(cand, tr["text"], tr["occ"])
            except ValueError as x:
                p("trap " + str(x)); continue
            t = s + len(tr["text"])
            if tr["ref_text"] not in ref:
                p("trap ref_text not in reference: %r" % tr["ref_text"])
            if tr["text"] == tr["ref_text"]:
                p("trap identical to reference wording: %r" % tr["text"])
            if not _word_ok(cand, s, t):
                p("trap cuts a word: %r" % tr["text"])
            spans.append((s, t, tr["text"]))
            traps.append({"start": s, "end": t, "text": cand[s:t], "ref_text": tr["ref_text"]})
        spans.sort()
        for (a1, b1, x1), (a2, b2, x2) in zip(spans, spans[1:]):
            if a2 < b1 or (a1 == a2 and (b1 == a1 or b2 == a2)):
                p("overlap: %r / %r" % (x1, x2))
            elif a2 == b1 == a2 and False:
                pass
        for (a, b, x) in spans:
            if a == b:
                for (a2, b2, x2) in spans:
                    if a2 < a < b2:
                        p("omission point inside span %r" % x2)
        wr = nwords(ref)
        if not 70 <= wr <= 190:
            p("reference has %d words" % wr)
        if c["mode"] == "summary" and nwords(cand) >= wr:
            p("summary not shorter than reference")
        if c["label"] == "consistent":
            if errs:
                p("consistent pair with errors")
            if not 3 <= len(traps) <= 5:
                p("consistent pair needs 3-5 traps, has %d" % len(traps))
        else:
            if not errs:
                p("inconsistent pair without errors")
            if len(traps) > 3:
                p("inconsistent pair has %d traps" % len(traps))
        errs.sort(key=lambda d: (d["start"], d["end"]))
        traps.sort(key=lambda d: d["start"])
        records.append({"id": cid, "domain": c["domain"], "mode": c["mode"],
                        "reference": ref, "candidate": cand, "label": c["label"],
                        "errors": errs, "traps": traps})
    # composition
    doms = [c["domain"] for c in CASES]
    if len(set(doms)) != len(doms):
        problems.append("duplicate domains")
    for d in doms:
        if d not in DOMAINS:
            problems.append("domain not in list: %s" % d)
    mc = Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if len(records) != 40 or dict(mc) != want:
        problems.append("composition: %d pairs, %s" % (len(records), dict(mc)))
    tc = Counter(e["type"] for r in records for e in r["errors"])
    if sum(tc.values()) != 30:
        problems.append("total errors %d != 30" % sum(tc.values()))
    for t in TYPES:
        if tc[t] < 2:
            problems.append("type %s has %d errors" % (t, tc[t]))
    return records, problems, mc, tc


def main():
    records, problems, mc, tc = build()
    print("pairs:", len(records))
    print("mode x label:", dict(sorted(mc.items())))
    print("error types:", dict(sorted(tc.items())))
    print("errors per inconsistent pair:",
          dict(Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")))
    print("traps:", sum(len(r["traps"]) for r in records))
    if problems:
        print("PROBLEMS:")
        for x in problems:
            print("  " + x)
        sys.exit(1)
    if "--check" in sys.argv:
        print("check ok (nothing written)")
        return
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
