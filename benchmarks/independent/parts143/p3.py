"""Summary pairs 1-10 (hand-written; all names and figures invented)."""
from ._helpers import E, OM, T

CASES = [
    # 21 -----------------------------------------------------------------
    dict(
        domain="refugee quota",
        mode="summary",
        label="inconsistent",
        reference=(
            "The government of Estmark will raise its annual refugee resettlement quota from 3,000 to "
            "4,500 places from next year, interior minister Jonas Heller announced on Wednesday. The "
            "increase will prioritise women and children from camps in the region and people with urgent "
            "medical needs, Heller said. Municipalities will receive an additional grant of 12,000 crowns "
            "for each refugee they house during the first two years. The opposition Freedom Bloc "
            "criticised the decision, saying local services were already under strain, while the refugee "
            "charity Safe Harbour said the quota remained 'far below' the country's capacity. The last "
            "time the quota was raised was in 2016, when it went up from 2,000 to 3,000."
        ),
        candidate=(
            "Estmark will raise its yearly refugee resettlement quota by half, to 4,500 places, from next "
            "year, with priority for women and children from regional camps and people with urgent "
            "medical needs. Municipalities will get an extra 12,000 crowns for every refugee they house "
            "in the first three years. The opposition says local services are already stretched; a "
            "refugee charity called the new quota 'far below' the country's capacity."
        ),
        errors=[
            E("three years", "number", "major", "two years"),
        ],
        traps=[
            T("by half, to 4,500 places", "from 3,000 to 4,500 places"),
            T("already stretched", "already under strain"),
        ],
    ),
    # 22 -----------------------------------------------------------------
    dict(
        domain="mayor resignation",
        mode="summary",
        label="consistent",
        reference=(
            "The mayor of Calder Wells, Anthony Brisk, resigned on Monday evening, two weeks after a local "
            "newspaper reported that he had failed to declare his stake in a property company that had "
            "bid for council land. In a statement, Mr Brisk said he had 'made an honest mistake' but did "
            "not want the controversy to 'distract from the work of the council'. The council's "
            "standards committee, which had opened an investigation on 3 October, said it would still "
            "publish its findings, expected in December. Deputy mayor Farida Osei will serve as acting "
            "mayor until a by-election, which must be held within 60 days. Mr Brisk, who was elected in "
            "2021, had previously said he had no intention of stepping down."
        ),
        candidate=(
            "Calder Wells mayor Anthony Brisk stepped down on Monday, a fortnight after a local paper "
            "reported he had not declared a stake in a property firm that bid for council land. Calling "
            "it an honest mistake, he said he did not want the row to distract from the council's work. "
            "The standards committee will still publish its findings, probably in December, and deputy "
            "Farida Osei will act as mayor until a by-election, which must take place within 60 days."
        ),
        errors=[],
        traps=[
            T("stepped down", "resigned"),
            T("a fortnight after", "two weeks after"),
            T("probably in December", "expected in December"),
            T("deputy Farida Osei will act as mayor",
              "Deputy mayor Farida Osei will serve as acting mayor"),
        ],
    ),
    # 23 -----------------------------------------------------------------
    dict(
        domain="translation app error",
        mode="summary",
        label="inconsistent",
        reference=(
            "A hospital trust in Greywick has suspended the use of a machine translation app on its wards "
            "after the software mistranslated dosage instructions for a patient who did not speak "
            "English, the trust said on Friday. The app, LinguaCare, rendered 'take twice daily' as 'take "
            "twelve daily' in a leaflet given to the patient, who noticed the discrepancy and asked a "
            "pharmacist before taking any tablets. No harm was caused. The trust said staff would use "
            "professional telephone interpreters until a review was complete. LinguaCare's developer, "
            "Tallis Digital, said the error was caused by a fault in a recent update and had been fixed. "
            "The trust has used the app since 2022 in more than 30 languages."
        ),
        candidate=(
            "A Greywick hospital trust has stopped using the LinguaCare translation app on its wards after "
            "it turned 'take twice daily' into 'take twelve daily' on a leaflet, leading a patient who did "
            "not speak English to take the wrong dose. Staff will rely on professional telephone "
            "interpreters pending a review. Developer Tallis Digital blamed a fault in a recent update, "
            "which it said had been fixed, and apologised to the patient."
        ),
        errors=[
            E("leading a patient who did not speak English to take the wrong dose", "event", "critical",
              "asked a pharmacist before taking any tablets"),
            E("apologised to the patient", "addition", "minor", None),
        ],
        traps=[
            T("pending a review", "until a review was complete"),
        ],
    ),
    # 24 -----------------------------------------------------------------
    dict(
        domain="apprentice wage rise",
        mode="summary",
        label="consistent",
        reference=(
            "The minimum hourly wage for apprentices will rise by 14 per cent to £7.40 from April, the "
            "Department for Skills announced on Tuesday, the largest increase since the rate was "
            "introduced in 2010. The rise applies to apprentices aged under 19 and to those aged 19 or "
            "over in the first year of their apprenticeship. Around 180,000 apprentices are expected to "
            "benefit. Employers' organisation the Business Forum warned that some small firms might take "
            "on fewer apprentices as a result, while the Apprentices' Union said the new rate was 'a step "
            "forward but still not a living wage'. The department said it would review the rate again "
            "next year."
        ),
        candidate=(
            "Apprentices' minimum pay will go up 14% to £7.40 an hour in April, the biggest rise since "
            "the rate began in 2010. It covers under-19s and those 19 and over in their first year, and "
            "about 180,000 are expected to gain. An employers' body warned some small firms might hire "
            "fewer apprentices; the Apprentices' Union called it a step forward but not a living wage."
        ),
        errors=[],
        traps=[
            T("go up 14% to £7.40 an hour", "rise by 14 per cent to £7.40"),
            T("the biggest rise since the rate began in 2010",
              "the largest increase since the rate was introduced in 2010"),
            T("those 19 and over in their first year",
              "those aged 19 or over in the first year of their apprenticeship"),
            T("might hire fewer apprentices", "might take on fewer apprentices"),
        ],
    ),
    # 25 -----------------------------------------------------------------
    dict(
        domain="cheese counterfeit ring",
        mode="summary",
        label="inconsistent",
        reference=(
            "Police in the Vellano region have broken up a network accused of selling ordinary cheese as "
            "Montevar, a protected regional variety, in an operation involving officers from three "
            "countries, prosecutors said on Thursday. Seven people were arrested, including the owner of "
            "a dairy in Castrelle who is alleged to have supplied unbranded wheels to a distribution "
            "company run by two brothers in the port of Lussa. The brothers are accused of applying "
            "forged Montevar labels and exporting the cheese to retailers in northern Europe. "
            "Investigators estimate that around 40 tonnes of counterfeit cheese were sold over two years, "
            "generating illegal profits of about 1.5 million euros. The Montevar producers' consortium, "
            "which alerted police last year, said it would seek damages."
        ),
        candidate=(
            "A cross-border police operation in Vellano has broken up a ring accused of passing off "
            "ordinary cheese as protected Montevar. Seven people were arrested, among them a Castrelle "
            "dairy owner who allegedly received unbranded wheels from two brothers in Lussa; the brothers "
            "are accused of applying forged labels and exporting the cheese to northern Europe. About 40 "
            "tonnes were sold over two years for illegal profits of roughly €1.5m, investigators estimate."
        ),
        errors=[
            E("a Castrelle dairy owner who allegedly received unbranded wheels from two brothers", "role",
              "major",
              "a dairy in Castrelle who is alleged to have supplied unbranded wheels to a distribution "
              "company run by two brothers"),
        ],
        traps=[
            T("A cross-border police operation", "an operation involving officers from three countries"),
            T("passing off ordinary cheese as protected Montevar",
              "selling ordinary cheese as Montevar, a protected regional variety"),
            T("roughly €1.5m", "about 1.5 million euros"),
        ],
    ),
    # 26 -----------------------------------------------------------------
    dict(
        domain="airline bankruptcy",
        mode="summary",
        label="consistent",
        reference=(
            "Regional carrier Bluefinch Air filed for bankruptcy on Wednesday and cancelled all flights "
            "with immediate effect, stranding an estimated 9,000 passengers abroad, the civil aviation "
            "authority said. The airline, which operated 14 aircraft from its base at Orrin Airport, had "
            "been struggling with rising fuel costs and a failed attempt to raise new capital in the "
            "summer. The government said it would not bail out the company but would charter planes to "
            "bring stranded travellers home over the next 10 days. Passengers who booked with a credit "
            "card may be able to claim refunds from their card provider, the authority said. Bluefinch "
            "employed about 1,100 people, all of whom face losing their jobs."
        ),
        candidate=(
            "Bluefinch Air, a regional airline with 14 planes, filed for bankruptcy on Wednesday and "
            "cancelled every flight immediately, leaving some 9,000 passengers stranded overseas. Having "
            "ruled out a bailout, the government will charter aircraft to fly them home over the coming "
            "10 days. Credit card customers may be able to get refunds from their card provider, and all "
            "of the carrier's roughly 1,100 staff could lose their jobs."
        ),
        errors=[],
        traps=[
            T("14 planes", "14 aircraft"),
            T("some 9,000 passengers stranded overseas", "stranding an estimated 9,000 passengers abroad"),
            T("Having ruled out a bailout", "would not bail out the company"),
            T("over the coming 10 days", "over the next 10 days"),
            T("could lose their jobs", "face losing their jobs"),
        ],
    ),
    # 27 -----------------------------------------------------------------
    dict(
        domain="border checkpoint queue",
        mode="summary",
        label="inconsistent",
        reference=(
            "Lorry drivers faced waits of up to 19 hours at the Harnow border checkpoint on Monday after "
            "new digital customs checks were introduced, the regional freight association said. The queue "
            "stretched for about 22 kilometres along the E47 motorway at its peak on Monday afternoon. "
            "Customs officials said the system had suffered 'teething problems' and that processing times "
            "should improve as staff became familiar with it. The transport ministry said it might open a "
            "second inspection lane within days but had not yet made a decision. Volunteers from a local "
            "church handed out food and water to drivers. The freight association called for the new "
            "checks to be suspended until the system was working properly."
        ),
        candidate=(
            "New digital customs checks at the Harnow border checkpoint left lorry drivers waiting as long "
            "as 19 hours on Monday, with the queue peaking at around 22km on the E47. Customs officials "
            "blamed teething problems and said processing should speed up as staff get used to the "
            "system, and the transport ministry will open a second inspection lane within days. The "
            "freight association wants the checks suspended until they work properly."
        ),
        errors=[
            E("will open a second inspection lane", "modality", "major",
              "might open a second inspection lane"),
        ],
        traps=[
            T("as long as 19 hours", "up to 19 hours"),
            T("processing should speed up as staff get used to the system",
              "processing times should improve as staff became familiar with it"),
        ],
    ),
    # 28 -----------------------------------------------------------------
    dict(
        domain="hydro dam",
        mode="summary",
        label="consistent",
        reference=(
            "Construction of the 420-megawatt Tessen Falls hydroelectric dam will resume next month after "
            "the country's highest court rejected an appeal by environmental groups, the state energy "
            "company Volta Nord said on Tuesday. Work was halted in February last year when a lower court "
            "ruled that the environmental impact assessment had not properly considered the effect on "
            "migrating salmon. Volta Nord has since added two fish passes to the design, raising the "
            "project's cost by about 12 per cent to 1.9 billion euros. The dam is due to be completed in "
            "2029 and will supply enough electricity for around 300,000 homes. The environmental "
            "coalition River Alive said it was 'deeply disappointed' and would continue to monitor the "
            "project."
        ),
        candidate=(
            "Work on Volta Nord's 420MW Tessen Falls hydro dam will restart next month now that the "
            "country's top court has thrown out environmental groups' appeal. Building stopped in "
            "February last year after a lower court found the impact assessment had not properly "
            "considered migrating salmon; two fish passes added since then have pushed the cost up by "
            "around 12%, to €1.9bn. Due for completion in 2029, the dam will power about 300,000 homes."
        ),
        errors=[],
        traps=[
            T("will restart next month", "will resume next month"),
            T("the country's top court has thrown out environmental groups' appeal",
              "the country's highest court rejected an appeal by environmental groups"),
            T("pushed the cost up by around 12%, to €1.9bn",
              "raising the project's cost by about 12 per cent to 1.9 billion euros"),
            T("Due for completion in 2029", "is due to be completed in 2029"),
        ],
    ),
    # 29 -----------------------------------------------------------------
    dict(
        domain="mine flooding",
        mode="summary",
        label="inconsistent",
        reference=(
            "Rescue teams have brought 23 miners to the surface after flooding trapped them for nearly "
            "two days at the Garrow Deep copper mine, operator Halvik Mining said on Saturday. All were in "
            "stable condition, though four were taken to Stennor General Hospital for treatment for "
            "hypothermia. Water entered a lower section of the mine on Thursday morning when pumps failed "
            "during heavy rain. The miners sheltered in a refuge chamber stocked with air, water and food "
            "while crews pumped out water and cleared a blocked access tunnel. The national mines "
            "inspectorate has opened an investigation into why backup pumps did not start. Halvik said "
            "production would be suspended for at least two weeks."
        ),
        candidate=(
            "All 23 miners trapped by flooding for almost 48 hours at the Garrow Deep copper mine have "
            "been brought out and are stable, four of them in hospital with hypothermia, Halvik Mining "
            "said. Water poured in when pumps failed in heavy rain; the men waited in a stocked refuge "
            "chamber. Halvik Mining is investigating why the backup pumps did not start, and production "
            "will be suspended for at least a fortnight."
        ),
        errors=[
            E("Halvik Mining", "entity", "major", "The national mines inspectorate", occ=1),
        ],
        traps=[
            T("almost 48 hours", "nearly two days"),
            T("at least a fortnight", "at least two weeks"),
        ],
    ),
    # 30 -----------------------------------------------------------------
    dict(
        domain="train derailment",
        mode="summary",
        label="consistent",
        reference=(
            "Two carriages of a passenger train derailed near Ashcombe Junction on Sunday morning, "
            "injuring 17 people, three of them seriously, the rail operator Westway Trains said. The "
            "08:42 service from Lindum to Porthaven was carrying about 240 passengers when it left the "
            "tracks at low speed on a curve shortly before 9.30am. The Rail Accident Investigation Branch "
            "said a preliminary examination suggested a broken rail may have been to blame, but stressed "
            "that its inquiry was at an early stage. The line between Ashcombe and Porthaven is expected "
            "to remain closed until at least Wednesday, with replacement buses operating. Westway's "
            "managing director, Simon Achterberg, said the company was 'deeply sorry' and was supporting "
            "those affected."
        ),
        candidate=(
            "Seventeen people were hurt, three seriously, when two carriages of Westway Trains' 08:42 "
            "Lindum to Porthaven service came off the tracks at low speed near Ashcombe Junction on "
            "Sunday morning with roughly 240 passengers on board. Early findings point to a possible "
            "broken rail, investigators said, stressing it was early days. Buses are replacing trains on "
            "the Ashcombe to Porthaven line, which is likely to stay shut until Wednesday at the earliest."
        ),
        errors=[],
        traps=[
            T("Seventeen people were hurt, three seriously", "injuring 17 people, three of them seriously"),
            T("came off the tracks", "derailed"),
            T("point to a possible broken rail", "suggested a broken rail may have been to blame"),
            T("is likely to stay shut until Wednesday at the earliest",
              "is expected to remain closed until at least Wednesday"),
        ],
    ),
]
