#!/usr/bin/env python3
"""Independent evaluation set 10 for reference/candidate factual-disagreement checking.

How this set was made
---------------------
Every pair below was written by hand by a helper that saw no code, tests, data or
other evaluation sets of the project; it worked only from a written brief that
describes the record format and the error taxonomy.  All people, companies,
institutions, towns, products and figures are invented; real countries and a few
real regions appear only as background.

The set holds 40 pairs (20 consistent, 20 inconsistent) in three modes:
20 rewrites, 10 summaries and 10 translations.  In translation pairs both texts
are imagined as two independent English translations of the same non-English
story.  Faithful candidates are deliberately rich in paraphrase; the spans where
they differ in wording but not in fact are recorded as "traps".  Inconsistent
candidates carry one or two errors each, of the kinds real rewriters,
summarisers, language models and machine translators produce.

All character offsets are computed here by searching the candidate for each
quoted span (with an occurrence index where a text repeats); none are typed by
hand.  Running the script validates everything and writes set10.jsonl next to
it; `--check` validates only and writes nothing.

Standard library only.
"""

import json
import os
import re
import sys
from collections import Counter

N = 10
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set%d.jsonl" % N)

ERROR_TYPES = {"entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"}
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}


def P(s):
    """Normalise whitespace so texts can be written as indented blocks."""
    return " ".join(s.split())


def E(text, etype, severity, ref_text, occ=0):
    return {"text": P(text), "type": etype, "severity": severity,
            "ref_text": None if ref_text is None else P(ref_text), "occ": occ}


def OMIT(severity, ref_text, after=None, before=None, occ=0):
    """An omission located just after (or just before) an anchor text."""
    assert (after is None) != (before is None)
    return {"text": "", "type": "omission", "severity": severity,
            "ref_text": P(ref_text),
            "after": None if after is None else P(after),
            "before": None if before is None else P(before), "occ": occ}


def T(text, ref_text, occ=0):
    return {"text": P(text), "ref_text": P(ref_text), "occ": occ}


CASES = {}


def case(key, domain, mode, reference, candidate, errors=(), traps=()):
    assert key not in CASES, key
    CASES[key] = {"domain": domain, "mode": mode, "reference": P(reference),
                  "candidate": P(candidate), "errors": list(errors),
                  "traps": list(traps)}


# ---------------------------------------------------------------------------
# Rewrites, inconsistent
# ---------------------------------------------------------------------------

case("R1", "retail", "rewrite",
     """Harrowfield Stores, a chain of 64 discount supermarkets in the north of
     England, said on Monday it would close nine of its smallest shops by the
     end of March. The company, founded by grocer Edwin Pellow in 1978, blamed
     rising rents and a drop in weekday footfall of about 11 percent over the
     past year. Around 230 staff are affected; chief executive Nadia Forsgren
     said most would be offered roles at nearby branches. The chain will open
     two larger stores in Kelsby and Ormbridge later in the year, keeping its
     total headcount roughly unchanged. Shares in the company fell 4 percent in
     early trading.""",
     """Northern English discount grocer Harrowfield Stores announced on Monday
     that it will sell nine of its smallest shops before the end of March.
     Founded in 1978 by grocer Edwin Pellow, the 64-store chain pointed to
     higher rents and a fall of roughly 17 percent in weekday visitor numbers
     over the last twelve months. The move affects some 230 employees, most of
     whom will be offered jobs at nearby branches, according to chief executive
     Nadia Forsgren. Later this year the company plans to open two bigger
     outlets, in Kelsby and Ormbridge, which will leave overall staff numbers
     about the same. Its shares dropped 4 percent in early trading.""",
     errors=[E("will sell", "event", "major", "would close"),
             E("roughly 17 percent", "number", "major", "about 11 percent")],
     traps=[T("the 64-store chain", "a chain of 64 discount supermarkets"),
            T("over the last twelve months", "over the past year"),
            T("some 230 employees", "Around 230 staff"),
            T("which will leave overall staff numbers about the same",
              "keeping its total headcount roughly unchanged")])

case("R2", "policing", "rewrite",
     """Police in the coastal town of Wrenmouth arrested a 34-year-old man on
     Saturday after a break-in at a jewellery shop on Quay Street. According to
     Detective Inspector Callum Arbery, the suspect was chased down and held by
     a passer-by, retired firefighter Owen Tull, until officers arrived a few
     minutes later. Items worth an estimated £18,000 were recovered from a van
     parked near the harbour. The man remains in custody and is expected to
     appear before magistrates on Tuesday. Mr Tull was treated for a minor hand
     injury. Police said they had received more than 40 calls from
     witnesses.""",
     """A 34-year-old man was arrested in the coastal town of Wrenmouth on
     Saturday following a break-in at a Quay Street jewellery shop. Detective
     Inspector Callum Arbery said the man chased down and held a passer-by,
     retired firefighter Owen Tull, until officers arrived a few minutes later.
     Goods valued at around £18,000 were found in a van parked near the harbour.
     The suspect is still in custody and is due to appear before magistrates on
     Tuesday. Mr Tull needed treatment for a minor hand injury, and police said
     more than 40 calls had come in from witnesses.""",
     errors=[E("the man chased down and held a passer-by, retired firefighter "
               "Owen Tull", "role", "critical",
               "the suspect was chased down and held by a passer-by, retired "
               "firefighter Owen Tull")],
     traps=[T("A 34-year-old man was arrested in the coastal town of Wrenmouth",
              "Police in the coastal town of Wrenmouth arrested a 34-year-old man"),
            T("valued at around £18,000", "worth an estimated £18,000"),
            T("is due to appear", "is expected to appear"),
            T("more than 40 calls had come in from witnesses",
              "received more than 40 calls from witnesses")])

case("R3", "water supply", "rewrite",
     """Customers of Brackenfold Water in the Alderdown valley may face a hosepipe
     ban from mid-July if dry weather continues, the utility warned on
     Wednesday. Reservoir levels stand at 58 percent of capacity, compared with
     81 percent at the same point last year. Operations director Lionel Marsh
     said the company had repaired more than 1,200 leaks since January and
     would bring a new borehole at Cresswick into service next month. He urged
     households to take shorter showers and avoid washing cars. The regulator,
     the Valley Water Board, said it was monitoring supplies but saw no
     immediate risk to drinking water.""",
     """The Alderdown valley's water utility, Brackenfold Water, warned on
     Wednesday that its customers could be hit by a hosepipe ban from the
     middle of July should the dry spell persist. Reservoirs are 58 percent
     full, against 81 percent a year earlier. Since January the company has
     fixed over 1,200 leaks, operations director Lionel Marsh said, adding that
     it hopes to bring a new borehole at Cresswick into service next month.
     Mr Marsh appealed to households to cut their showers short and not to wash
     their cars. The Valley Water Board, which regulates the utility, said it
     was keeping a close eye on supplies.""",
     errors=[E("hopes to bring", "modality", "major", "would bring"),
             OMIT("major", "but saw no immediate risk to drinking water",
                  after="keeping a close eye on supplies")],
     traps=[T("could be hit by a hosepipe ban", "may face a hosepipe ban"),
            T("should the dry spell persist", "if dry weather continues"),
            T("from the middle of July", "from mid-July"),
            T("over 1,200 leaks", "more than 1,200 leaks")])

case("R4", "telecoms", "rewrite",
     """Mobile operator Kestrel Telecom has been fined 2.4 million euros by the
     national communications regulator for failing to notify customers of a
     data breach within the legal deadline. The breach, discovered in October,
     exposed the names and phone numbers of about 310,000 subscribers, though
     the regulator found no evidence that payment details had been accessed.
     Kestrel said it accepted the decision and would not appeal. Chief
     executive Ilse Varga apologised to customers and said the company had
     since appointed an independent security auditor. The fine is the largest
     the regulator has imposed on a telecoms firm since it was set up in
     2009.""",
     """The national communications regulator has fined mobile operator Kestrel
     Telecom €2.4 million because it did not tell customers about a data breach
     within the time allowed by law. Names and phone numbers of roughly 310,000
     subscribers were exposed in the breach, which came to light in October, and
     the regulator found that payment details had been accessed as well.
     Kestrel said it accepted the ruling and would not challenge it. Ilse Varga,
     the chief executive, apologised to customers and said an independent
     security auditor had since been appointed. No telecoms firm has received a
     bigger fine from the regulator since the body was created in 2009.""",
     errors=[E("found that payment details had been accessed as well",
               "polarity", "critical",
               "found no evidence that payment details had been accessed")],
     traps=[T("€2.4 million", "2.4 million euros"),
            T("did not tell customers", "failing to notify customers"),
            T("which came to light in October", "discovered in October"),
            T("would not challenge it", "would not appeal"),
            T("No telecoms firm has received a bigger fine from the regulator",
              "The fine is the largest the regulator has imposed on a telecoms "
              "firm")])

case("R5", "rail", "rewrite",
     """Services on the Millbeck–Tarrow line will be suspended for eleven days
     from 3 August while engineers replace a 90-year-old viaduct deck, the
     operator Northvale Rail announced. Replacement buses will run every 20
     minutes between the two towns, adding about 35 minutes to journeys. The
     work, costing £14 million, was originally planned for Easter but was
     postponed after objections from local businesses. A spokesperson for the
     passenger group Rail Users Tarrow said commuters had been given too little
     notice, while Northvale said the summer holidays were the quietest period
     on the line.""",
     """Northvale Rail has announced that the Millbeck–Tarrow line will close
     for eleven days starting on 13 August so that engineers can replace a
     viaduct deck that is 90 years old. Buses will replace trains, running every
     20 minutes between Millbeck and Tarrow and adding roughly 35 minutes to
     each journey. The £14m project had first been scheduled for Easter but was
     pushed back when local businesses objected. Northvale conceded that
     commuters had been given too little notice, but said the summer holidays
     were the quietest period on the line.""",
     errors=[E("13 August", "date", "major", "3 August"),
             E("Northvale conceded", "attribution", "major",
               "A spokesperson for the passenger group Rail Users Tarrow said")],
     traps=[T("£14m project", "costing £14 million"),
            T("pushed back", "postponed"),
            T("when local businesses objected",
              "after objections from local businesses")])

case("R6", "pharmaceuticals", "rewrite",
     """Drugmaker Ossary Pharma said its experimental migraine pill, OP-217,
     reduced the number of monthly headache days by an average of 4.1 in a
     late-stage trial of 1,150 adults, compared with 2.3 days for those given a
     placebo. The company said it may apply for approval in Europe next year,
     but cautioned that regulators could ask for a longer safety study. Nausea
     was the most common side effect, reported by 9 percent of patients taking
     the drug. Ossary's chief medical officer, Dr Halvard Renke, said the
     results were encouraging but that further analysis was needed before
     deciding on a filing.""",
     """In a late-stage study involving 1,150 adults, Ossary Pharma's
     experimental migraine tablet OP-217 cut monthly headache days by 4.1 on
     average, against 2.3 days among participants who received a placebo. The
     drugmaker will apply for European approval next year, although it warned
     that regulators could demand a longer safety study. The most frequent side
     effect was nausea, which 9 percent of patients on the drug reported.
     Dr Halvard Renke, Ossary's chief medical officer, called the results
     encouraging but said more analysis was required before any decision on a
     filing. Patients on OP-217 saw monthly headache days fall by 4.1 on
     average.""",
     errors=[E("will apply for European approval", "modality", "critical",
               "may apply for approval in Europe"),
             E("Patients on OP-217 saw monthly headache days fall by 4.1 on "
               "average.", "repetition", "minor", None)],
     traps=[T("tablet", "pill"),
            T("against 2.3 days among participants who received a placebo",
              "compared with 2.3 days for those given a placebo"),
            T("which 9 percent of patients on the drug reported",
              "reported by 9 percent of patients taking the drug")])

case("R7", "archaeology", "rewrite",
     """Archaeologists excavating a field near the village of Sallowby have
     uncovered the remains of a Roman-era bathhouse, including sections of a
     heated floor and fragments of painted plaster. The dig, led by Dr Imogen
     Castell of Penhallock University, began in May after a farmer, Gregor
     Dunne, found tiles while ploughing. Coins found at the site date the
     building to the late third century. Dr Castell said the bathhouse was
     probably part of a larger villa estate. The team plans to return next
     summer, and finds will be displayed at the Sallowby Heritage Centre from
     October.""",
     """A Roman-era bathhouse, complete with sections of heated flooring and
     pieces of painted plaster, has been unearthed by archaeologists working in
     a field close to the village of Sallowby. The excavation, led by Penhallock
     University's Dr Imogen Castell, got under way in May after farmer Gregor
     Dunne turned up tiles while ploughing. Coins recovered on site indicate the
     building dates from the late 200s AD. The bathhouse, Dr Castell said, was
     probably one part of a bigger villa estate. The team intends to come back
     next summer, and from October the finds will go on show at the Penhallock
     Heritage Centre.""",
     errors=[E("Penhallock Heritage Centre", "entity", "major",
               "Sallowby Heritage Centre")],
     traps=[T("the late 200s AD", "the late third century"),
            T("Penhallock University's Dr Imogen Castell",
              "Dr Imogen Castell of Penhallock University"),
            T("go on show", "be displayed"),
            T("turned up tiles", "found tiles")])

case("R8", "banking regulation", "rewrite",
     """The Financial Conduct Board has ordered Dunmere Savings Bank to hold an
     extra £120 million in capital after an inspection found weaknesses in how
     it assessed loans to small businesses. The regulator said the bank had
     underestimated potential losses on about 3,800 commercial loans but
     stressed that depositors' money was not at risk. Dunmere must also
     commission an external review of its credit models within six months. The
     bank, which has 410,000 customers and 52 branches, said it would raise the
     money by selling a portfolio of mortgages rather than seeking funds from
     shareholders. Its chairman, Rupert Achebe-Lyle, said the board accepted the
     findings in full.""",
     """Dunmere Savings Bank has been told by the Financial Conduct Board to set
     aside an additional £210 million of capital, after inspectors identified
     flaws in the way it judged lending to small firms. According to the
     regulator, the bank underestimated the losses it could face on roughly
     3,800 commercial loans, though depositors' money is not at risk. Dunmere
     has also been ordered to commission an outside review of its credit
     models. The lender, with 52 branches and 410,000 customers, says it will
     raise the funds through the sale of a mortgage portfolio instead of
     turning to shareholders. Chairman Rupert Achebe-Lyle said the board
     accepted the findings in their entirety.""",
     errors=[E("£210 million", "number", "critical", "£120 million"),
             OMIT("major", "within six months", after="its credit models")],
     traps=[T("outside review", "external review"),
            T("with 52 branches and 410,000 customers",
              "which has 410,000 customers and 52 branches"),
            T("instead of turning to shareholders",
              "rather than seeking funds from shareholders"),
            T("in their entirety", "in full")])

case("R9", "tourism", "rewrite",
     """The island of Corvane welcomed 1.3 million visitors last year, a record,
     according to figures published by its tourism office on Friday. Arrivals
     from cruise ships rose by a quarter, while the number of overnight stays
     was broadly flat. Tourism director Beatriz Olmos said the island would
     introduce a nightly visitor levy of €2 from next April to pay for path
     repairs and beach cleaning. Hotel owners have criticised the plan, arguing
     it could deter families. The tourism office expects visitor numbers to
     stay above one million this year despite the levy.""",
     """Figures released by Corvane's tourism office on Friday show the island
     attracted a record 1.3 million visitors last year. Cruise passengers were
     up 25 percent, whereas overnight stays barely changed. From next April,
     tourism director Beatriz Olmos said, visitors will pay a €2-a-night levy
     to fund beach cleaning and the repair of paths. Hoteliers, who say
     bookings for the coming season are already down 8 percent, have attacked
     the plan as a possible deterrent to families. Even with the levy, the
     office expects more than a million visitors this year.""",
     errors=[E("who say bookings for the coming season are already down 8 "
               "percent", "addition", "major", None)],
     traps=[T("Cruise passengers were up 25 percent",
              "Arrivals from cruise ships rose by a quarter"),
            T("barely changed", "broadly flat"),
            T("€2-a-night levy", "nightly visitor levy of €2"),
            T("Hoteliers", "Hotel owners")])

case("R10", "universities", "rewrite",
     """Linmore University will cut 140 academic posts over the next two years
     to close a budget gap of £31 million, its vice-chancellor, Professor Amara
     Dunford, told staff in an email on Tuesday. The university blamed a fall
     in international student enrolments and rising energy costs. The
     lecturers' union branch said it would ballot members on strike action and
     described the cuts as 'reckless'. Professor Dunford said compulsory
     redundancies would be a last resort and that a voluntary severance scheme
     would open on 1 December. The modern languages and music departments are
     expected to be hardest hit, according to union officials.""",
     """In an email to staff on Thursday, vice-chancellor Professor Amara
     Dunford said Linmore University would shed 140 academic jobs over the
     coming two years in order to plug a £31m hole in its budget. Falling
     enrolments of overseas students and higher energy bills were to blame, the
     university said. Calling the cuts 'reckless', the local branch of the
     lecturers' union announced it would ballot its members on strike action. A
     voluntary severance scheme will open on 1 December, and compulsory
     redundancies will only be used as a last resort, the vice-chancellor said.
     The vice-chancellor also said the modern languages and music departments
     were expected to be hit hardest.""",
     errors=[E("Thursday", "date", "minor", "Tuesday"),
             E("The vice-chancellor also said", "attribution", "major",
               "according to union officials")],
     traps=[T("shed 140 academic jobs", "cut 140 academic posts"),
            T("plug a £31m hole in its budget", "close a budget gap of £31 million"),
            T("overseas students", "international student"),
            T("hit hardest", "hardest hit")])

# ---------------------------------------------------------------------------
# Summaries, inconsistent
# ---------------------------------------------------------------------------

case("S1", "courts", "summary",
     """A judge at Harcastle Crown Court has ruled that construction firm
     Beltrane Homes must pay £2.7 million in damages to the housing association
     Greyfield Trust over defective cladding on three apartment blocks. Judge
     Miriam Osei found that Beltrane had breached its contract by using panels
     that did not meet fire-safety standards. The firm had argued that the
     panels were approved by the trust's own surveyor, but the judge rejected
     that claim, saying the surveyor had never seen the final specifications.
     Beltrane said it was considering an appeal. Greyfield Trust said the money
     would go toward replacing the cladding, work that is due to finish in
     2026. Around 400 residents live in the affected blocks.""",
     """Harcastle Crown Court has ordered the Greyfield Trust housing
     association to pay Beltrane Homes £2.7 million in damages over faulty
     cladding on three apartment blocks, with Judge Miriam Osei finding the
     panels fell short of fire-safety standards and dismissing the argument
     that the trust's surveyor had approved them. Beltrane has ruled out an
     appeal. The trust will put the money toward replacing the cladding, with
     the work due to finish in 2026.""",
     errors=[E("the Greyfield Trust housing association to pay Beltrane Homes",
               "role", "critical",
               "Beltrane Homes must pay £2.7 million in damages to the housing "
               "association Greyfield Trust"),
             E("has ruled out an appeal", "polarity", "major",
               "was considering an appeal")],
     traps=[T("faulty cladding", "defective cladding"),
            T("fell short of fire-safety standards",
              "did not meet fire-safety standards"),
            T("dismissing the argument", "rejected that claim")])

case("S2", "astronomy", "summary",
     """Astronomers at the Ferrow Ridge Observatory say they may have detected a
     faint ring of dust around the nearby star Halden-4, about 38 light years
     from Earth. If confirmed, it would be the first such ring found around a
     star of its type. The team, led by Dr Tomasz Leck, used six months of
     infrared observations and will publish its findings in a peer-reviewed
     journal next month. Dr Leck cautioned that the signal could also come from
     a background galaxy and said follow-up observations with a larger
     telescope were planned for the spring. Other researchers, including
     Professor Ruth Ambler of the Calloway Institute, called the result
     intriguing but preliminary.""",
     """Ferrow Ridge Observatory astronomers have detected a faint dust ring
     around Halden-4, a star some 38 light years away; if confirmed, it would be
     the first known around that type of star. The findings, based on half a
     year of infrared data, are due to appear in a peer-reviewed journal next
     month, and outside experts call them intriguing but preliminary.""",
     errors=[E("have detected", "modality", "major", "may have detected")],
     traps=[T("some 38 light years away", "about 38 light years from Earth"),
            T("half a year of infrared data", "six months of infrared observations"),
            T("are due to appear in a peer-reviewed journal",
              "will publish its findings in a peer-reviewed journal"),
            T("outside experts", "Other researchers")])

case("S3", "sports", "summary",
     """Dunhollow Rovers won the Northern Cup final on Sunday, beating Ashmorrow
     Vale 3–1 in front of 24,500 spectators at Kelton Park. Rovers fell behind
     after 12 minutes when Vale striker Jonas Perrin scored from a free kick,
     but midfielder Eli Mbeki equalised before half-time. Substitute Corin Hale
     then scored twice in the final 15 minutes to secure the club's first major
     trophy since 1994. Rovers manager Sabine Kroll, in her first season in
     charge, said the victory belonged to the supporters. Vale captain Dario
     Fenn was sent off in stoppage time for a second yellow card.""",
     """Dunhollow Rovers beat Ashmorrow Vale 3–1 at Kelton Park on Sunday to lift
     the Northern Cup, their first major trophy since 1994. After Jonas
     Perrin's free kick put Vale ahead, Eli Mbeki levelled before the break and
     substitute Dario Fenn struck twice in the closing 25 minutes. Vale's
     captain was sent off late on.""",
     errors=[E("Dario Fenn", "entity", "major", "Corin Hale"),
             E("25 minutes", "number", "major", "15 minutes")],
     traps=[T("lift the Northern Cup", "won the Northern Cup final"),
            T("levelled before the break", "equalised before half-time"),
            T("sent off late on", "sent off in stoppage time")])

case("S4", "agriculture", "summary",
     """Farmers in the Marlby Flats district have been told to cull all poultry
     within a 3-kilometre zone around a farm near Eddisford after a case of
     avian influenza was confirmed there on Thursday. The regional veterinary
     office said about 45,000 birds on 14 farms would be affected and that
     owners would receive compensation at market rates. A wider 10-kilometre
     surveillance zone, where birds must be kept indoors, will remain in place
     for at least 30 days. Chief veterinary officer Dr Anneke Vos said the risk
     to human health was very low. The Eddisford outbreak is the second in the
     region this year, after one near Pelworth in February.""",
     """A confirmed bird flu case near Eddisford has led authorities to order
     the vaccination of all poultry within 3 km of the farm — some 45,000 birds
     on 14 farms, whose owners will be compensated at market rates. Birds within
     10 km must stay indoors for 30 days or more. Officials say the risk to
     people is very low; it is the region's second outbreak this year.""",
     errors=[E("order the vaccination of all poultry", "event", "critical",
               "cull all poultry")],
     traps=[T("bird flu", "avian influenza"),
            T("within 3 km of the farm",
              "within a 3-kilometre zone around a farm"),
            T("for 30 days or more", "for at least 30 days"),
            T("the risk to people is very low",
              "the risk to human health was very low")])

case("S5", "health", "summary",
     """Weston Cray General Hospital has opened a new stroke unit that doctors
     say will allow patients to receive clot-busting treatment faster. The
     24-bed unit, which cost £8.5 million, has its own CT scanner so patients
     no longer need to be moved to the main imaging department. Consultant
     neurologist Dr Felix Amadi said the average time from arrival to treatment
     should fall from about 70 minutes to under 45. The unit will be staffed
     around the clock by a team of 60 nurses, therapists and doctors. The
     hospital treats roughly 900 stroke patients a year, and the nearest
     alternative specialist centre is 40 miles away.""",
     """A £8.5 million, 24-bed stroke unit with its own CT scanner has opened at
     Weston Cray General Hospital, where consultant neurologist Dr Felix Amadi
     expects the average wait from arrival to clot-busting treatment to drop
     from around 70 minutes to below 45. The unit, staffed day and night by a
     60-strong team of nurses, therapists and doctors, was funded entirely by a
     local charity appeal. Dr Amadi expects the average wait for clot-busting
     treatment to fall from around 70 minutes to under 45.""",
     errors=[E("was funded entirely by a local charity appeal", "addition",
               "major", None),
             E("Dr Amadi expects the average wait for clot-busting treatment to "
               "fall from around 70 minutes to under 45.", "repetition",
               "minor", None)],
     traps=[T("staffed day and night", "staffed around the clock"),
            T("a 60-strong team of nurses, therapists and doctors",
              "a team of 60 nurses, therapists and doctors"),
            T("below 45", "under 45")])

# ---------------------------------------------------------------------------
# Translations, inconsistent
# ---------------------------------------------------------------------------

case("T1", "local government", "translation",
     """Valdoria's municipal council approved on Tuesday night, by fourteen
     votes to eleven, the plan to pedestrianise the historic centre, which will
     enter into force on 1 March. The measure, driven by the mayor, Inés
     Carbajo, provides for closing nine streets around the Plaza del Reloj to
     traffic and building two car parks on the outskirts. The opposition group,
     headed by councillor Rafael Montiel, accused the mayor of having ignored
     the shopkeepers and announced that it will ask for a referendum. According
     to municipal sources, the works will cost 3.2 million euros and will be
     partly financed with European funds.""",
     """On Tuesday night the town council of Valdoria voted fourteen to eleven
     in favour of turning the old quarter into a pedestrian zone, with the
     scheme taking effect on 1 May. Championed by mayor Inés Carbajo, the plan
     will shut nine streets surrounding the Plaza del Reloj to cars and create
     two car parks at the edge of town. Mayor Carbajo accused the opposition
     bloc under councillor Rafael Montiel of ignoring the shopkeepers; the
     opposition, for its part, announced it would seek a referendum. Council
     sources put the cost of the works at 3.2 million euros, part of which will
     come from European funds.""",
     errors=[E("1 May", "date", "major", "1 March"),
             E("Mayor Carbajo accused the opposition bloc under councillor "
               "Rafael Montiel", "role", "major",
               "The opposition group, headed by councillor Rafael Montiel, "
               "accused the mayor")],
     traps=[T("voted fourteen to eleven in favour",
              "by fourteen votes to eleven"),
            T("the old quarter", "the historic centre"),
            T("Championed by mayor Inés Carbajo",
              "driven by the mayor, Inés Carbajo"),
            T("part of which will come from European funds",
              "will be partly financed with European funds")])

case("T2", "culture", "translation",
     """The Civic Museum of Castelverro will reopen its doors on 18 April after
     four years of restoration works, which cost 6.5 million euros. The
     director, Lucia Ferrandi, explained that the building has been made fully
     accessible and that the exhibition spaces have grown by a third. Among the
     novelties is a room dedicated to the ceramics of the local workshop
     Bottega Arrighi, donated last year by the family. Admission will remain
     free for residents of the province, while other visitors will pay eight
     euros. The director did not rule out that some works lent to other museums
     may return only in the autumn.""",
     """After four years of restoration costing 6.5 million euros, Castelverro's
     Civic Museum will open to the public again on 18 April. According to its
     director, Lucia Ferrandi, the building is now fully accessible and there is
     a third more exhibition space than before. One of the new features is a
     gallery devoted to ceramics from Bottega Arrighi, a local workshop, which
     the family donated last year. Residents of the province will still get in
     free of charge; everyone else will pay eight euros. Ferrandi excluded the
     possibility that some of the pieces on loan to other museums might not come
     back until the autumn.""",
     errors=[E("excluded the possibility", "polarity", "major",
               "did not rule out")],
     traps=[T("will open to the public again", "will reopen its doors"),
            T("a third more exhibition space than before",
              "the exhibition spaces have grown by a third"),
            T("will still get in free of charge", "Admission will remain free"),
            T("on loan to other museums", "lent to other museums")])

case("T3", "fisheries", "translation",
     """The fishermen's cooperative of Porto Salgueira announced yesterday that
     it will suspend sardine fishing for two months, from June, to allow stocks
     to recover. The decision was taken after a report by the Marine Research
     Institute indicated that the number of juveniles had fallen by 40 percent
     compared with last year. The president of the cooperative, Joaquim Faria,
     said the 120 affected vessels will receive a daily allowance financed by
     the regional government. The environmental association Mar Vivo welcomed
     the measure but considered it insufficient and asked for a total ban until
     the end of the year.""",
     """Porto Salgueira's fishing cooperative said yesterday that, beginning in
     June, it would restrict sardine catches for a two-month period so that
     stocks can recover. The move follows a study by the Marine Research
     Institute showing a 40 percent drop in juvenile numbers on last year; the
     institute also called for an outright ban until the end of the year.
     Cooperative chairman Joaquim Faria said the 120 boats concerned would get
     a daily allowance paid for by the regional government. The conservation
     group Mar Vivo welcomed the step, though it described it as not going far
     enough.""",
     errors=[E("restrict sardine catches", "event", "major",
               "suspend sardine fishing"),
             E("the institute also called for an outright ban", "attribution",
               "critical", "asked for a total ban")],
     traps=[T("a 40 percent drop in juvenile numbers on last year",
              "the number of juveniles had fallen by 40 percent compared with "
              "last year"),
            T("Cooperative chairman", "The president of the cooperative"),
            T("not going far enough", "considered it insufficient"),
            T("conservation group", "environmental association")])

case("T4", "energy", "translation",
     """The energy supplier Stadtwerke Ornau will build a solar park with an
     output of 48 megawatts on a former lignite mining site near Kessbach.
     Construction is to begin in the autumn and be completed by the end of next
     year, as managing director Henrike Salm announced on Wednesday. The plant
     is to supply around 14,000 households with electricity. The investment
     amounts to 41 million euros. The neighbouring municipality of Dürnfeld had
     originally also applied for the site but withdrew its application in
     March. Environmental groups welcomed the project, but criticised the
     planned felling of a small pine forest at the edge of the area.""",
     """Energy company Stadtwerke Ornau is to put up a 48-megawatt solar farm on
     what used to be a brown-coal mine close to Dürnfeld. Work is due to start
     this autumn and wrap up by the close of next year, managing director
     Henrike Salm said on Wednesday. Around 14,000 homes are to get their power
     from the plant, which represents an investment of 41 million euros.
     Dürnfeld, a neighbouring municipality, had also bid for the site at first
     but pulled out in March. Environmental organisations have backed the
     scheme while objecting to plans to cut down a small pine wood on the edge
     of the site.""",
     errors=[E("Dürnfeld", "entity", "major", "Kessbach", occ=0)],
     traps=[T("a 48-megawatt solar farm",
              "a solar park with an output of 48 megawatts"),
            T("a brown-coal mine", "a former lignite mining site"),
            T("Around 14,000 homes", "around 14,000 households"),
            T("wrap up by the close of next year",
              "be completed by the end of next year"),
            T("pulled out in March", "withdrew its application in March")])

case("T5", "education", "translation",
     """The academy of Montclerc has announced the closure, at the start of the
     next school year, of three rural primary classes in the villages of
     Aubrel-le-Haut, Serennes and Vidalou, due to a fall in the number of
     pupils. About sixty children will be transferred to the school in
     Saint-Orve, eight kilometres away, where a free school bus will be
     provided. The mayors of the three villages, who were received at the
     prefecture on Monday, denounced a decision taken 'without dialogue' and
     plan to gather parents on Saturday in front of the town hall of Serennes.
     The academy promises that no teaching post will be cut.""",
     """Falling pupil numbers have led the Montclerc education authority to
     announce that three rural primary classes — in the villages of
     Aubrel-le-Haut, Serennes and Vidalou — will close when the new school year
     begins. Some sixty children are to move to the school in Saint-Orve, with
     free bus transport laid on. On Monday the three village mayors were
     received at the prefecture; they condemned what they called a decision
     made 'without any dialogue' and intend to rally parents outside Serennes
     town hall on Saturday. The authority insists no teaching jobs will be
     lost.""",
     errors=[OMIT("minor", "eight kilometres away",
                  after="the school in Saint-Orve")],
     traps=[T("Falling pupil numbers", "a fall in the number of pupils"),
            T("education authority", "academy"),
            T("free bus transport laid on", "a free school bus will be provided"),
            T("no teaching jobs will be lost", "no teaching post will be cut")])

# ---------------------------------------------------------------------------
# Rewrites, consistent
# ---------------------------------------------------------------------------

case("C1", "housing", "rewrite",
     """The city of Garnham Reach has approved plans for 620 new homes on the
     site of a disused brickworks east of the river, with 35 percent designated
     as affordable housing. Developer Oakhurst Living will also build a primary
     school and a health centre as part of the scheme. The planning committee
     voted seven to two in favour on Thursday after a three-hour debate.
     Residents had raised concerns about traffic on the Mill Lane junction, and
     the developer has agreed to pay £1.2 million toward road improvements.
     Construction is expected to start in spring 2025 and to take about six
     years.""",
     """On Thursday, after three hours of debate, Garnham Reach's planning
     committee backed by seven votes to two a proposal to build 620 new homes on
     the former brickworks site east of the river. Just over a third of the
     properties — 35 percent — will be classed as affordable. As well as the
     housing, Oakhurst Living, the developer, will provide a primary school and
     a health centre. Local residents had voiced worries about traffic at the
     Mill Lane junction, and the firm has committed £1.2m to road upgrades.
     Building work is expected to get under way in spring 2025 and last roughly
     six years.""",
     traps=[T("backed by seven votes to two", "voted seven to two in favour"),
            T("three hours of debate", "a three-hour debate"),
            T("Just over a third of the properties",
              "35 percent designated as affordable housing"),
            T("£1.2m", "£1.2 million"),
            T("roughly six years", "about six years")])

case("C2", "aviation", "rewrite",
     """Budget airline SkyLark Connect will launch direct flights from Halvermoor
     Airport to Valmera and Ostrowin in May, the carrier said on Monday. The routes
     will operate three times a week using 186-seat aircraft. Airport chief
     executive Martin Oduya said the new services would add around 60,000
     passengers a year and support 40 jobs at the terminal. SkyLark, which
     already flies to eleven destinations from Halvermoor, said introductory
     fares would start at £29 one way. The announcement comes a month after
     rival carrier Northwind dropped its Halvermoor–Dublin route, citing weak
     demand.""",
     """From May, passengers at Halvermoor Airport will be able to fly direct to
     Valmera and Ostrowin with low-cost carrier SkyLark Connect, which made the
     announcement on Monday. Each route will have three flights a week, flown
     by aircraft with 186 seats. The new services should bring in about 60,000
     additional passengers annually and sustain 40 jobs at the terminal, the
     airport's chief executive, Martin Oduya, said. One-way introductory fares
     will start at £29, according to SkyLark, whose Halvermoor network already
     covers eleven destinations. The news comes a month after competitor
     Northwind axed its Halvermoor–Dublin route over weak demand.""",
     traps=[T("low-cost carrier", "Budget airline"),
            T("three flights a week", "three times a week"),
            T("aircraft with 186 seats", "186-seat aircraft"),
            T("about 60,000 additional passengers annually",
              "around 60,000 passengers a year"),
            T("axed", "dropped")])

case("C3", "insurance", "rewrite",
     """Insurer Brightwater Mutual has paid out £46 million to households and
     businesses hit by the floods that struck the Elden valley in November, the
     company said on Friday. It has received 3,900 claims so far, of which about
     70 percent have been settled in full. Claims director Sunita Pryce said the
     remaining cases mostly involved commercial properties where damage
     assessments were still under way. The insurer expects total payouts to
     reach £60 million by the summer. Brightwater has also set up a temporary
     office in Elden town centre to help customers with their claims.""",
     """Households and businesses affected by November's Elden valley floods
     have so far received £46m from Brightwater Mutual, the insurer announced
     on Friday. Of the 3,900 claims lodged to date, roughly seven in ten have
     been fully settled. Most of the outstanding cases concern commercial
     premises where damage is still being assessed, according to claims
     director Sunita Pryce. By the summer, Brightwater expects to have paid out
     £60m in total. To help customers with their claims, it has opened a
     temporary office in the centre of Elden.""",
     traps=[T("November's Elden valley floods",
              "the floods that struck the Elden valley in November"),
            T("£46m", "£46 million"),
            T("roughly seven in ten", "about 70 percent"),
            T("damage is still being assessed",
              "damage assessments were still under way"),
            T("in the centre of Elden", "in Elden town centre")])

case("C4", "mining", "rewrite",
     """Operations at the Tarnside copper mine were halted on Wednesday after a
     section of an underground tunnel collapsed during the night shift. All 27
     workers underground at the time were brought to the surface safely, though
     two were taken to hospital with minor injuries, the mine's owner, Calder
     Ridge Resources, said. The company said production would remain suspended
     until inspectors from the state mining authority had examined the site.
     The mine produces about 18,000 tonnes of copper a year and employs 640
     people. Union representative Marek Szabo called for an independent
     investigation into the cause of the collapse.""",
     """Calder Ridge Resources stopped work at its Tarnside copper mine on
     Wednesday when part of an underground tunnel gave way during the night
     shift. The 27 workers who were below ground at the time all got out
     safely, the company said, although two of them were taken to hospital with
     minor injuries. No copper will be produced until the site has been
     examined by inspectors from the state mining authority, Calder Ridge
     added. The mine, which has a workforce of 640, turns out roughly 18,000
     tonnes of copper annually. Marek Szabo, a union representative, urged an
     independent inquiry into what caused the collapse.""",
     traps=[T("gave way", "collapsed"),
            T("No copper will be produced until the site has been examined by "
              "inspectors from the state mining authority",
              "production would remain suspended until inspectors from the "
              "state mining authority had examined the site"),
            T("has a workforce of 640", "employs 640 people"),
            T("roughly 18,000 tonnes of copper annually",
              "about 18,000 tonnes of copper a year"),
            T("independent inquiry", "independent investigation")])

case("C5", "libraries", "rewrite",
     """Fenwold County Council has reversed its decision to close four branch
     libraries after a public consultation drew more than 8,000 responses. The
     libraries in Ashcote, Lyddon Green, Halsey and Northport will instead stay
     open with reduced hours, opening three days a week rather than five.
     Council leader Gareth Imrie said the strength of feeling had been
     impossible to ignore. The change will save £340,000 a year, about half the
     amount the original closure plan was expected to save. Volunteers from a
     local friends' group have offered to help run reading sessions for
     children at all four sites.""",
     """Plans to shut four of Fenwold County Council's branch libraries have
     been dropped after a public consultation attracted over 8,000 responses.
     Rather than closing, the Ashcote, Lyddon Green, Halsey and Northport
     libraries will stay open on shorter hours, cutting their opening days from
     five a week to three. The council's leader, Gareth Imrie, said it had been
     impossible to ignore how strongly people felt. The revised approach will
     save £340,000 annually — roughly half of what the closures were forecast
     to save. A local friends' group has offered volunteers to help run
     children's reading sessions at each of the four libraries.""",
     traps=[T("Plans to shut four of Fenwold County Council's branch libraries "
              "have been dropped",
              "Fenwold County Council has reversed its decision to close four "
              "branch libraries"),
            T("over 8,000 responses", "more than 8,000 responses"),
            T("cutting their opening days from five a week to three",
              "opening three days a week rather than five"),
            T("roughly half of what the closures were forecast to save",
              "about half the amount the original closure plan was expected to "
              "save")])

case("C6", "zoos", "rewrite",
     """Two red panda cubs have been born at Hollins Park Zoo, the first of the
     species to be bred there in its 52-year history. The cubs, a male and a
     female, were born on 14 June to mother Suki and father Bao, both of whom
     arrived from a zoo in the Netherlands in 2021. Keepers said the cubs were
     healthy and would stay in their nest box for around three months before
     being seen by the public. The zoo is part of a European breeding programme
     for the endangered animals, which number fewer than 10,000 in the wild.
     Head keeper Rhona Gault said the births were 'a huge moment' for the
     team.""",
     """Hollins Park Zoo is celebrating the birth of two red panda cubs — one
     male, one female — the first of their kind bred at the zoo in its 52
     years. Suki gave birth to them on 14 June; both she and the father, Bao,
     came to Hollins Park from a Dutch zoo in 2021. According to keepers the
     youngsters are in good health, and they will remain in their nest box for
     roughly three months before visitors get to see them. The zoo takes part
     in a European breeding programme for the species, which is endangered and
     has a wild population of under 10,000. For the team, head keeper Rhona
     Gault said, the births were 'a huge moment'.""",
     traps=[T("one male, one female", "a male and a female"),
            T("a Dutch zoo", "a zoo in the Netherlands"),
            T("in good health", "healthy"),
            T("before visitors get to see them", "before being seen by the public"),
            T("under 10,000", "fewer than 10,000")])

case("C7", "construction", "rewrite",
     """The new Severin Bridge across the River Alde will open to traffic on
     9 September, eight months later than planned, the regional transport
     agency confirmed. The 420-metre cable-stayed bridge was delayed by problems
     with steel deliveries and a wetter than usual winter. Its final cost is now
     put at £212 million, up from an original budget of £185 million. Agency
     director Yusuf Haldane said the crossing would cut journey times between
     Norbridge and Castlemead by up to 20 minutes at peak hours. A cycle and
     pedestrian lane will open at the same time as the road.""",
     """Eight months behind schedule, the new Severin Bridge over the River Alde
     will carry its first traffic on 9 September, the regional transport agency
     has confirmed. Steel delivery problems and an unusually wet winter held up
     work on the 420m cable-stayed structure, whose final bill is now estimated
     at £212m, against an initial budget of £185m. At peak times, the crossing
     will shave as much as 20 minutes off journeys between Norbridge and
     Castlemead, said Yusuf Haldane, the agency's director. A lane for cyclists
     and pedestrians will open alongside the road on the same day.""",
     traps=[T("Eight months behind schedule", "eight months later than planned"),
            T("an unusually wet winter", "a wetter than usual winter"),
            T("420m", "420-metre"),
            T("as much as 20 minutes", "up to 20 minutes"),
            T("Yusuf Haldane, the agency's director",
              "Agency director Yusuf Haldane")])

case("C8", "elections", "rewrite",
     """Turnout in Sunday's regional election in the province of Vellmark reached
     61.4 percent, the highest in two decades, according to the electoral
     commission. The centre-left Civic Alliance won 23 of the assembly's 50
     seats, two short of a majority, and its leader, Oriana Vesk, said she would
     begin coalition talks with the Green List, which took six seats. The
     conservative People's Union, which had governed the province for eight
     years, fell from 24 seats to 17. Its leader, Tomas Brandl, conceded defeat
     on Sunday night and said he would step down.""",
     """Vellmark's regional election on Sunday drew a turnout of 61.4 percent,
     the province's highest for 20 years, the electoral commission said. With
     23 of the 50 assembly seats, Oriana Vesk's centre-left Civic Alliance fell
     two seats short of a majority; she said she would open coalition
     negotiations with the six-seat Green List. After eight years in power, the
     conservative People's Union dropped to 17 seats from 24. Party leader
     Tomas Brandl admitted defeat that night and said he would be stepping
     down.""",
     traps=[T("the province's highest for 20 years", "the highest in two decades"),
            T("open coalition negotiations", "begin coalition talks"),
            T("the six-seat Green List", "the Green List, which took six seats"),
            T("dropped to 17 seats from 24", "fell from 24 seats to 17"),
            T("admitted defeat that night", "conceded defeat on Sunday night")])

case("C9", "veterinary", "rewrite",
     """Dog owners in the Brayholme area are being urged to keep pets away from
     the shoreline of Lake Pennow after three dogs died following exposure to
     toxic blue-green algae last week. Tests by the county environment office
     confirmed high levels of the algae at two bathing points on the eastern
     side of the lake. Vet Dr Oksana Reilly, who treated two of the animals,
     said symptoms such as vomiting and trembling can appear within 30 minutes
     of contact. Warning signs have been put up at eight access points. The
     environment office said it would carry out further tests every week until
     the end of September.""",
     """Three dogs died last week after being exposed to toxic blue-green algae,
     and owners in the Brayholme area are now being urged to keep their pets
     away from the shores of Lake Pennow. The county environment office's tests
     confirmed high concentrations of the algae at two bathing spots on the
     lake's eastern side. Dr Oksana Reilly, the vet who treated two of the
     dogs, said symptoms such as vomiting and shaking can appear within half an
     hour of contact. Warning signs now stand at eight places where the public
     can reach the lake, and weekly testing will continue through to the end of
     September, the environment office said.""",
     traps=[T("high concentrations", "high levels"),
            T("shaking", "trembling"),
            T("within half an hour of contact", "within 30 minutes of contact"),
            T("eight places where the public can reach the lake",
              "eight access points"),
            T("weekly testing will continue", "further tests every week")])

case("C10", "food safety", "rewrite",
     """Dairy producer Fellmoor Creamery is recalling batches of its soft goat's
     cheese after routine tests found listeria in a sample taken at its Ridgecombe
     plant. The recall covers 150-gram packs with use-by dates between 2 and 16
     May, sold through farm shops and two regional supermarket chains. No
     illnesses have been reported, the Food Standards Office said. Customers
     are advised not to eat the product and to return it for a full refund.
     Fellmoor's managing director, Colm Aherne, said production at the plant
     had been paused while the cause was investigated.""",
     """Fellmoor Creamery, a dairy producer, is recalling batches of its soft
     goat's cheese because listeria was detected in a sample taken during
     routine testing at its plant in Ridgecombe. Affected products are 150g packs
     marked use by 2 May to 16 May, sold in farm shops and by two regional
     supermarket chains. According to the Food Standards Office, there have
     been no reports of anyone falling ill. Customers should not eat the cheese
     and can bring it back for a full refund. Managing director Colm Aherne said
     production at the Ridgecombe plant had been put on hold while the cause was
     looked into.""",
     traps=[T("150g", "150-gram"),
            T("use by 2 May to 16 May", "use-by dates between 2 and 16 May"),
            T("there have been no reports of anyone falling ill",
              "No illnesses have been reported"),
            T("put on hold", "paused"),
            T("looked into", "investigated")])

# ---------------------------------------------------------------------------
# Summaries, consistent
# ---------------------------------------------------------------------------

case("C11", "shipping", "summary",
     """The port of Eastmere handled a record 2.1 million containers last year,
     an increase of 9 percent, after a new deep-water berth allowed larger
     vessels to call, the port authority said in its annual report. Revenue
     rose to £318 million, while pre-tax profit climbed 14 percent to £96
     million. Chief executive Ada Lindqvist said the growth was driven mainly by
     new weekly services from Asia operated by the shipping line Orrin Marine.
     The authority plans to invest a further £150 million over five years in
     automated cranes and rail links. Dockworkers' representatives have asked
     for talks on how automation will affect jobs.""",
     """Eastmere's port moved an all-time high of 2.1 million containers last
     year, up 9 percent, helped by a new deep-water berth that can take bigger
     ships. Revenue reached £318m and pre-tax profit rose 14 percent to £96m,
     growth chief executive Ada Lindqvist credits mainly to Orrin Marine's new
     weekly services from Asia. Another £150m is to go into automated cranes
     and rail links over five years, and dockworkers' representatives want
     talks on what automation means for jobs.""",
     traps=[T("an all-time high of 2.1 million containers",
              "a record 2.1 million containers"),
            T("bigger ships", "larger vessels"),
            T("£318m", "£318 million"),
            T("what automation means for jobs", "how automation will affect jobs")])

case("C12", "forestry", "summary",
     """Foresters in the Carrowmoor National Forest have begun felling about
     40,000 larch trees infected with a fungal disease that has spread rapidly
     since spring. The forest service said the trees, covering around 120
     hectares, must be removed to stop spores reaching healthy stands further
     north. Walking trails in the affected area will be closed until at least
     December. Senior forester Ingrid Bale said the cleared land would be
     replanted with a mix of native broadleaf species, including oak, birch and
     rowan, starting next year. Timber from the felled trees will be sold, with
     the proceeds going toward the replanting.""",
     """Felling has begun of roughly 40,000 diseased larches across some 120
     hectares of Carrowmoor National Forest, to keep the fast-spreading fungus
     from reaching healthy trees further north. Trails there will stay shut
     until December at the earliest, and from next year the land will be
     replanted with native broadleaves such as oak, birch and rowan, with money
     from selling the timber going toward the cost.""",
     traps=[T("roughly 40,000", "about 40,000"),
            T("some 120 hectares", "around 120 hectares"),
            T("until December at the earliest", "until at least December"),
            T("native broadleaves", "native broadleaf species")])

case("C13", "music", "summary",
     """The Harwyn Folk Festival will move from its traditional June slot to
     the last weekend of August next year, organisers announced, after this
     summer's event was disrupted by storms that forced the closure of two
     stages. Festival director Owen Maddox said the new dates should bring more
     settled weather and avoid a clash with two larger festivals. Ticket prices
     will rise by £5 to £95 for a weekend pass, the first increase in four
     years. The festival, now in its 31st year, attracted 12,000 visitors this
     year. Headliners for next year's event will be announced in February.""",
     """After storms shut two stages this summer, the Harwyn Folk Festival is
     moving next year from June to August's final weekend, which director Owen
     Maddox says should bring calmer weather and avoid clashing with two bigger
     festivals. A weekend pass will go up £5 to £95, the first rise in four
     years.""",
     traps=[T("shut two stages", "forced the closure of two stages"),
            T("August's final weekend", "the last weekend of August"),
            T("bigger festivals", "larger festivals"),
            T("go up £5 to £95", "rise by £5 to £95"),
            T("the first rise in four years", "the first increase in four years")])

case("C14", "publishing", "summary",
     """Independent publisher Quillstone Press has been bought by the larger
     Marlowe & Finch group for an undisclosed sum, ending 37 years of
     independence. Quillstone, known for translated fiction and poetry,
     publishes around 25 titles a year and has won the Halloway Translation
     Prize four times. Founder Beatrix Crane, who will stay on as editorial
     director for at least two years, said the deal would give the press access
     to wider distribution in North America. Marlowe & Finch said Quillstone
     would keep its name, offices in Hartbury and all 14 staff. Some authors
     have expressed concern that the press could lose its distinctive
     character.""",
     """Marlowe & Finch has acquired Quillstone Press, a publisher of translated
     fiction and poetry, for an undisclosed price, ending its 37 years of
     independence. Founder Beatrix Crane stays on as editorial director for two
     years or more and says the deal opens up wider North American
     distribution. Marlowe & Finch says Quillstone keeps its name, Hartbury
     offices and full staff of 14, though some authors fear it could lose its
     distinctive character.""",
     traps=[T("Marlowe & Finch has acquired Quillstone Press",
              "Quillstone Press has been bought by the larger Marlowe & Finch "
              "group"),
            T("an undisclosed price", "an undisclosed sum"),
            T("for two years or more", "for at least two years"),
            T("full staff of 14", "all 14 staff"),
            T("some authors fear", "Some authors have expressed concern")])

case("C15", "firefighting", "summary",
     """Firefighters have brought under control a moorland blaze that burned
     across roughly 600 hectares of the Stannick Hills over four days, the
     county fire service said on Sunday. At its height, more than 90
     firefighters and two helicopters dropping water were involved. About 35
     homes on the edge of the village of Brindle Bottom were evacuated as a
     precaution on Friday, and residents were allowed back on Saturday
     afternoon. No one was injured. Area manager Hugh Penrose said crews would
     remain on site for several days to dampen hotspots, and urged walkers not
     to use disposable barbecues.""",
     """A four-day moorland fire that scorched about 600 hectares of the
     Stannick Hills is now under control, the county fire service said. Over 90
     firefighters and two water-dropping helicopters tackled it at its peak,
     and residents of some 35 homes in Brindle Bottom, evacuated as a precaution,
     were let back the following day. Nobody was hurt, and walkers are being
     asked not to use disposable barbecues.""",
     traps=[T("scorched", "burned"),
            T("Over 90 firefighters", "more than 90 firefighters"),
            T("water-dropping helicopters", "helicopters dropping water"),
            T("were let back the following day",
              "were allowed back on Saturday afternoon"),
            T("Nobody was hurt", "No one was injured")])

# ---------------------------------------------------------------------------
# Translations, consistent
# ---------------------------------------------------------------------------

case("C16", "weather", "translation",
     """The regional meteorological service has activated the orange warning
     for extreme heat in the interior of the province of Almedrera, where
     maximums of up to 43 degrees are forecast for Thursday and Friday. The
     service recommends avoiding physical activity outdoors between twelve noon
     and six in the evening and drinking water frequently even in the absence
     of thirst. The nights will also be very hot, with minimum temperatures
     that will not descend below 25 degrees in the capital. The episode is
     expected to conclude on Sunday with the entry of a mass of cooler air from
     the Atlantic. The municipalities have extended the opening hours of the
     public swimming pools.""",
     """The regional weather service has issued an orange alert for extreme
     heat across inland parts of Almedrera province, with highs of as much as
     43 degrees expected on Thursday and Friday. People are advised not to
     exercise outside from midday until 6 p.m. and to keep drinking water
     regularly, even if they are not thirsty. Nor will the nights bring relief:
     in the provincial capital the temperature is not forecast to fall below 25
     degrees. Cooler Atlantic air is expected to bring the hot spell to an end
     on Sunday. Town halls have kept public pools open for longer.""",
     traps=[T("inland parts of Almedrera province",
              "the interior of the province of Almedrera"),
            T("highs of as much as 43 degrees", "maximums of up to 43 degrees"),
            T("from midday until 6 p.m.",
              "between twelve noon and six in the evening"),
            T("even if they are not thirsty", "even in the absence of thirst"),
            T("Cooler Atlantic air", "a mass of cooler air from the Atlantic")])

case("C17", "hospitals", "translation",
     """The St. Elisabeth Clinic in Nordhagen will close its maternity ward at
     the end of June. The reason, according to the hospital management, is a
     lack of midwives: of the twelve positions, only five are currently
     filled. Pregnant women from the region will in future have to go to the
     district hospital in Lauterbrück, around 35 kilometres away. Clinic
     director Dr. Matthias Oberle described the step as painful but
     unavoidable. Last year, 410 children were born in Nordhagen. The district
     council wants to examine whether a midwife-led birth centre can be
     established in the town.""",
     """Nordhagen's St. Elisabeth Clinic is shutting its maternity unit at the
     close of June because, the hospital's management says, it does not have
     enough midwives: just five of twelve posts are occupied at present. Once
     it closes, expectant mothers in the area will have to travel some 35 km to
     the district hospital in Lauterbrück. The decision was painful but there
     was no alternative, said the clinic's director, Dr. Matthias Oberle. A
     total of 410 babies were delivered in Nordhagen last year. Whether the town
     could get a birth centre run by midwives is something the district council
     intends to look into.""",
     traps=[T("just five of twelve posts are occupied at present",
              "of the twelve positions, only five are currently filled"),
            T("expectant mothers", "Pregnant women"),
            T("some 35 km", "around 35 kilometres"),
            T("painful but there was no alternative", "painful but unavoidable"),
            T("410 babies were delivered", "410 children were born")])

case("C18", "textiles", "translation",
     """The textile company Fiação Ribeirinha, from the municipality of
     Alvenosa, will hire 180 workers over the next eighteen months, following a
     contract with a Scandinavian furniture chain for the supply of curtains
     and cushion covers. The managing director, Helena Quintas, said that the
     company will invest 7 million euros in new looms and a solar-panel
     installation on the factory roof. The firm, founded in 1962, currently
     employs 420 people and exports 70 percent of its production. The mayor,
     Rui Bettencourt, considered the investment 'excellent news' for a region
     with unemployment above the national average.""",
     """A deal to supply curtains and cushion covers to a Scandinavian furniture
     chain will see Alvenosa-based textile maker Fiação Ribeirinha take on 180
     staff during the coming year and a half. Its managing director, Helena
     Quintas, said 7 million euros would be spent on new looms and on fitting
     solar panels to the factory roof. Established in 1962, the company has a
     workforce of 420 at present and sells seven-tenths of what it produces
     abroad. Mayor Rui Bettencourt called the investment 'excellent news' for
     an area where joblessness is above the national average.""",
     traps=[T("take on 180 staff", "hire 180 workers"),
            T("during the coming year and a half", "over the next eighteen months"),
            T("Established in 1962", "founded in 1962"),
            T("sells seven-tenths of what it produces abroad",
              "exports 70 percent of its production"),
            T("joblessness", "unemployment")])

case("C19", "space", "translation",
     """The small satellite Aurore-2, designed by students at the Polytechnic
     Institute of Verlange, was successfully placed in orbit on Saturday night by
     a rocket launched from the Pointe-Sable base. The first signals were received two
     hours later by the ground station installed on the roof of the institute.
     Weighing barely four kilograms, the satellite will measure the
     concentration of ozone in the upper atmosphere for at least eighteen
     months. The project, begun in 2019, mobilised more than 60 students and
     cost 450,000 euros, financed mainly by the region. 'It is the culmination
     of five years of work,' rejoiced the project manager, Camille Destrée.""",
     """Aurore-2, a miniature satellite designed by students of Verlange's
     Polytechnic Institute, reached orbit without a hitch on Saturday night
     aboard a rocket that lifted off from Pointe-Sable. Two hours afterwards,
     the institute's rooftop ground station picked up its first signals. The
     craft, which weighs scarcely 4 kg, is to spend a minimum of eighteen
     months measuring ozone levels in the upper atmosphere. Over 60 students
     have taken part in the project since it started in 2019; its 450,000-euro
     cost was met chiefly by the region. 'This is the crowning moment of five
     years of work,' said a delighted Camille Destrée, who heads the
     project.""",
     traps=[T("Two hours afterwards", "two hours later"),
            T("scarcely 4 kg", "barely four kilograms"),
            T("a minimum of eighteen months", "at least eighteen months"),
            T("its 450,000-euro cost was met chiefly by the region",
              "cost 450,000 euros, financed mainly by the region"),
            T("who heads the project", "the project manager")])

case("C20", "wine", "translation",
     """The wine harvest in the Colli Verdani area began this year ten days
     earlier than usual because of the heat of recent weeks, the consortium of
     producers reported. Quantities are expected to fall by around 15 percent
     compared with last year, owing to the spring hail that struck the
     vineyards in the south of the area, but the quality of the grapes is
     judged excellent. The consortium president, Giorgio Lanfranchi, said that
     prices for white grapes could rise. The area has 340 member wineries and
     produces about 22 million bottles a year, half of which are destined for
     export.""",
     """The heat of the past few weeks has brought the grape harvest in the
     Colli Verdani forward by ten days this year, according to the local
     producers' consortium. Because spring hail battered vineyards in the
     southern part of the area, the crop is expected to be about 15 percent
     smaller than last year's, though the grapes are being rated as
     outstanding. White grape prices may go up, said Giorgio Lanfranchi, who
     chairs the consortium. The area's 340 member wineries turn out roughly 22
     million bottles annually, with half going abroad.""",
     traps=[T("forward by ten days", "ten days earlier than usual"),
            T("about 15 percent smaller than last year's",
              "fall by around 15 percent compared with last year"),
            T("outstanding", "excellent"),
            T("who chairs the consortium", "The consortium president")])

# Presentation order: modes, labels and domains interleaved.
ORDER = ["R1", "C16", "S1", "C1", "T1", "R2", "C11", "C2", "R3", "T2",
         "C17", "S2", "R4", "C3", "C12", "T3", "R5", "C4", "C18", "S3",
         "R6", "C5", "C13", "T4", "R7", "C6", "C19", "S4", "R8", "C7",
         "C14", "T5", "R9", "C8", "C20", "S5", "R10", "C9", "C15", "C10"]


# ---------------------------------------------------------------------------
# Building and validation
# ---------------------------------------------------------------------------

def find_nth(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def words(s):
    return len(s.split())


def isw(c):
    return c.isalnum()


def locate(cid, cand, text, occ):
    if not text or text != text.strip():
        raise ValueError("%s: empty or padded span %r" % (cid, text))
    count = cand.count(text)
    if count == 0:
        raise ValueError("%s: span not found in candidate: %r" % (cid, text))
    if occ >= count:
        raise ValueError("%s: occurrence %d of %r does not exist" % (cid, occ, text))
    start = find_nth(cand, text, occ)
    return start, start + len(text)


def tokens(s):
    return [t for t in re.findall(r"[a-z0-9]+", s.lower())
            if len(t) >= 3 or t.isdigit()]


def build():
    problems = []
    records = []
    if sorted(ORDER) != sorted(CASES) or len(set(ORDER)) != len(ORDER):
        problems.append("ORDER does not list every case exactly once")
    for i, key in enumerate(ORDER, 1):
        c = CASES[key]
        cid = "s%d-%03d" % (N, i)
        ref, cand = c["reference"], c["candidate"]
        label = "inconsistent" if c["errors"] else "consistent"
        rec = {"id": cid, "domain": c["domain"], "mode": c["mode"],
               "reference": ref, "candidate": cand, "label": label,
               "errors": [], "traps": []}
        spans = []
        try:
            for e in c["errors"]:
                if e["type"] == "omission":
                    anchor = e["after"] or e["before"]
                    a0, a1 = locate(cid, cand, anchor, e["occ"])
                    pos = a1 if e["after"] else a0
                    start = end = pos
                else:
                    start, end = locate(cid, cand, e["text"], e["occ"])
                rec["errors"].append({"start": start, "end": end,
                                      "text": cand[start:end],
                                      "type": e["type"],
                                      "severity": e["severity"],
                                      "ref_text": e["ref_text"]})
                spans.append((start, end, "error"))
            for t in c["traps"]:
                start, end = locate(cid, cand, t["text"], t["occ"])
                rec["traps"].append({"start": start, "end": end,
                                     "text": cand[start:end],
                                     "ref_text": t["ref_text"]})
                spans.append((start, end, "trap"))
        except ValueError as exc:
            problems.append(str(exc))
            continue
        rec["errors"].sort(key=lambda x: (x["start"], x["end"]))
        rec["traps"].sort(key=lambda x: (x["start"], x["end"]))
        problems.extend(validate_record(rec, c, spans))
        records.append(rec)
    problems.extend(validate_set(records))
    return records, problems


def validate_record(rec, c, spans):
    p = []
    cid, ref, cand, mode = rec["id"], rec["reference"], rec["candidate"], rec["mode"]
    if mode not in MODES:
        p.append("%s: bad mode %r" % (cid, mode))
    nref = words(ref)
    if not 70 <= nref <= 180:
        p.append("%s: reference has %d words (need 70-180)" % (cid, nref))
    if mode == "summary" and words(cand) >= nref:
        p.append("%s: summary not shorter than reference" % cid)
    if ref == cand:
        p.append("%s: candidate identical to reference" % cid)
    # offsets, word boundaries
    for kind, items in (("error", rec["errors"]), ("trap", rec["traps"])):
        for it in items:
            s, e = it["start"], it["end"]
            if not (0 <= s <= e <= len(cand)) or cand[s:e] != it["text"]:
                p.append("%s: %s offsets do not match text %r" % (cid, kind, it["text"]))
            if s > 0 and s < len(cand) and isw(cand[s - 1]) and isw(cand[s]):
                p.append("%s: %s span starts inside a word: %r" % (cid, kind, it["text"]))
            if e > 0 and e < len(cand) and isw(cand[e - 1]) and isw(cand[e]):
                p.append("%s: %s span ends inside a word: %r" % (cid, kind, it["text"]))
    # overlaps (a zero-width point may touch, but not fall inside, a span)
    ordered = sorted(spans)
    for i in range(len(ordered)):
        for j in range(i + 1, len(ordered)):
            a, b = ordered[i], ordered[j]
            if a[0] == a[1] or b[0] == b[1]:
                pt, other = (a, b) if a[0] == a[1] else (b, a)
                if other[0] < pt[0] < other[1]:
                    p.append("%s: omission point inside another span" % cid)
                if a[0] == a[1] and b[0] == b[1] and a[0] == b[0]:
                    p.append("%s: two omissions at one point" % cid)
            elif a[1] > b[0]:
                p.append("%s: spans overlap: %r / %r" % (cid, cand[a[0]:a[1]], cand[b[0]:b[1]]))
    # errors
    for e in rec["errors"]:
        t = e["type"]
        if t not in ERROR_TYPES:
            p.append("%s: bad error type %r" % (cid, t))
        if e["severity"] not in SEVERITIES:
            p.append("%s: bad severity %r" % (cid, e["severity"]))
        if t in ("addition", "repetition"):
            if e["ref_text"] is not None:
                p.append("%s: %s must have ref_text null" % (cid, t))
        else:
            if not e["ref_text"]:
                p.append("%s: %s needs ref_text" % (cid, t))
            elif e["ref_text"] not in ref:
                p.append("%s: ref_text not in reference: %r" % (cid, e["ref_text"]))
        if t == "omission":
            if e["start"] != e["end"] or e["text"] != "":
                p.append("%s: omission must be zero-width" % cid)
            if e["ref_text"] and e["ref_text"].lower() in cand.lower():
                p.append("%s: omitted words present in candidate" % cid)
            if mode == "summary":
                p.append("%s: omission in a summary" % cid)
        else:
            if e["start"] == e["end"]:
                p.append("%s: empty span for %s" % (cid, t))
            if e["ref_text"] is not None and e["ref_text"] == e["text"]:
                p.append("%s: error text equals ref_text" % cid)
        if t == "addition" and e["text"] in ref:
            p.append("%s: addition text occurs in reference" % cid)
        if t == "repetition":
            toks = tokens(e["text"])
            before = set(tokens(cand[:e["start"]]))
            share = sum(1 for x in toks if x in before) / max(1, len(toks))
            if share < 0.5:
                p.append("%s: repetition does not copy earlier text (%.2f)" % (cid, share))
    # traps
    for t in rec["traps"]:
        if not t["ref_text"] or t["ref_text"] not in ref:
            p.append("%s: trap ref_text not in reference: %r" % (cid, t["ref_text"]))
        if t["ref_text"] == t["text"]:
            p.append("%s: trap identical to reference wording: %r" % (cid, t["text"]))
    # labels
    if rec["label"] == "consistent":
        if rec["errors"]:
            p.append("%s: consistent pair with errors" % cid)
        if not 3 <= len(rec["traps"]) <= 5:
            p.append("%s: consistent pair needs 3-5 traps, has %d" % (cid, len(rec["traps"])))
    else:
        if not 1 <= len(rec["errors"]) <= 2:
            p.append("%s: inconsistent pair needs 1-2 errors" % cid)
    return p


def validate_set(records):
    p = []
    if len(records) != 40:
        p.append("expected 40 pairs, got %d" % len(records))
    labels = Counter(r["label"] for r in records)
    if labels["consistent"] != 20 or labels["inconsistent"] != 20:
        p.append("label counts %s" % dict(labels))
    modes = Counter(r["mode"] for r in records)
    if not (18 <= modes["rewrite"] <= 22 and 9 <= modes["summary"] <= 11
            and 9 <= modes["translation"] <= 11):
        p.append("mode counts %s" % dict(modes))
    errs = [e for r in records for e in r["errors"]]
    if not 27 <= len(errs) <= 33:
        p.append("total errors %d (want about 30)" % len(errs))
    types = Counter(e["type"] for e in errs)
    for t in sorted(ERROR_TYPES):
        if types[t] < 2:
            p.append("error type %s used %d times (need >= 2)" % (t, types[t]))
    sev = Counter(e["severity"] for e in errs)
    if sev["minor"] == 0 or sev["minor"] > len(errs) // 4:
        p.append("severity mix %s (want mostly major/critical, a few minor)" % dict(sev))
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        p.append("duplicate ids")
    refs = [r["reference"] for r in records]
    if len(set(refs)) != len(refs):
        p.append("duplicate references")
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms):
        p.append("domains repeat: %s" % [d for d, n in Counter(doms).items() if n > 1])
    return p


def summary(records):
    errs = [e for r in records for e in r["errors"]]
    lines = [
        "pairs: %d" % len(records),
        "labels: %s" % dict(Counter(r["label"] for r in records)),
        "modes: %s" % dict(Counter(r["mode"] for r in records)),
        "modes x labels: %s" % dict(Counter((r["mode"], r["label"]) for r in records)),
        "errors: %d %s" % (len(errs), dict(sorted(Counter(e["type"] for e in errs).items()))),
        "severities: %s" % dict(Counter(e["severity"] for e in errs)),
        "traps: %d (consistent %d, inconsistent %d)" % (
            sum(len(r["traps"]) for r in records),
            sum(len(r["traps"]) for r in records if r["label"] == "consistent"),
            sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")),
        "reference words: %d-%d" % (min(words(r["reference"]) for r in records),
                                    max(words(r["reference"]) for r in records)),
    ]
    return "\n".join(lines)


def main(argv):
    check_only = "--check" in argv[1:]
    records, problems = build()
    if problems:
        for msg in problems:
            print("PROBLEM:", msg, file=sys.stderr)
        print("%d problem(s); nothing written" % len(problems), file=sys.stderr)
        return 1
    print(summary(records))
    if check_only:
        print("check passed; nothing written")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT_PATH)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
