#!/usr/bin/env python3
"""Build independent evaluation set 6 (set6.jsonl) of hand-written text pairs.

How the set was made: every reference/candidate pair below was written by hand by a
helper session that saw no code, tests, data or earlier evaluation sets of the project;
it worked only from the written brief for the set format.  All people, companies,
organisations, places, products and figures are invented (real countries and regions
appear only as background).  The 40 pairs cover rewrites, summaries and second English
translations of imagined non-English stories; 16 are faithful and 24 contain one or two
deliberately planted factual errors of the kinds real rewriters, summarisers, LLMs and
machine translators make.  "Traps" mark faithful rewordings that a naive checker might
flag.

All character offsets are computed by this script: each quoted span is located in the
candidate by string search (with an occurrence index where the text repeats), and
omissions are placed at the end of a quoted anchor.  The script validates everything and
writes set6.jsonl next to itself.  Use `--check` to validate without writing.

Standard library only.
"""

import json
import os
import re
import sys
from collections import Counter

SET = 6
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set%d.jsonl" % SET)

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]


def E(text, type_, severity, ref, occ=0):
    """An error span in the candidate (not an omission)."""
    return {"kind": "error", "text": text, "type": type_, "severity": severity,
            "ref": ref, "occ": occ}


def O(after, ref, severity, occ=0):
    """An omission located right after the anchor text `after` in the candidate."""
    return {"kind": "omission", "after": after, "type": "omission",
            "severity": severity, "ref": ref, "occ": occ}


def T(text, ref, occ=0):
    """A trap: faithful rewording that a naive checker might flag."""
    return {"kind": "trap", "text": text, "ref": ref, "occ": occ}


CASES = [
    # ------------------------------------------------------------------ 001
    dict(
        domain="local government", mode="rewrite",
        reference=(
            "The town council of Marlow Bridge voted 7 to 2 on Monday evening to close the "
            "Fennick Street car park from 1 March so that the site can be turned into a covered "
            "market. Councillor Odette Varga, who chairs the planning committee, said the market "
            "would house up to 40 stalls and should open in the spring of next year. Shop owners "
            "on Fennick Street had collected 1,200 signatures against the plan, arguing that "
            "customers would have nowhere to park. The council said that drivers will be directed "
            "to the Quarry Lane multi-storey, about 300 metres away, which has 450 spaces and is "
            "rarely more than half full."),
        candidate=(
            "By seven votes to two, Marlow Bridge's councillors agreed on Monday night to shut the "
            "Fennick Street car park on March 1 and convert the land into a covered market. The "
            "head of the planning committee, Odette Varga, said the market would have room for as "
            "many as forty stalls and ought to open next spring. Traders on Fennick Street had "
            "gathered 1,200 signatures opposing the scheme, warning that shoppers would be left "
            "with no place to park. According to the council, motorists will be sent instead to "
            "the multi-storey car park on Quarry Lane, roughly 300 metres away, which offers 450 "
            "spaces and is seldom more than half occupied."),
        items=[
            T("By seven votes to two", "7 to 2"),
            T("on March 1", "from 1 March"),
            T("The head of the planning committee, Odette Varga",
              "Councillor Odette Varga, who chairs the planning committee"),
            T("as many as forty stalls", "up to 40 stalls"),
            T("roughly 300 metres away", "about 300 metres away"),
        ]),
    # ------------------------------------------------------------------ 002
    dict(
        domain="courts", mode="rewrite",
        reference=(
            "A jury at Holloway Crown Court on Thursday found building contractor Desmond "
            "Arkwright guilty of defrauding a retired teacher, Maureen Pelling, of £86,000. The "
            "court heard that Arkwright, 52, persuaded Mrs Pelling to pay in advance for a roof "
            "repair and an extension to her bungalow in Ashby Vale, but never began the work. "
            "Prosecutor Lena Thorburn told jurors that he had used the money to pay off gambling "
            "debts. Arkwright had denied the charge, claiming the payments were a personal loan. "
            "Judge Harriet Collings remanded him in custody and said he should expect a prison "
            "sentence when he returns to court on 14 November."),
        candidate=(
            "Builder Desmond Arkwright, 52, was convicted on Thursday at Holloway Crown Court of "
            "cheating a retired teacher, Maureen Pelling, out of £86,000. Jurors were told that "
            "Mrs Pelling had talked Arkwright into paying in advance for a roof repair and an "
            "extension to her bungalow in Ashby Vale, but that the work was never started. "
            "According to prosecutor Lena Thorburn, he spent the money clearing gambling debts. "
            "Arkwright had pleaded not guilty, saying the payments were a personal loan. Judge "
            "Harriet Collings remanded him in custody, warning him to expect jail when he comes "
            "back to court on 14 November."),
        items=[
            E("Mrs Pelling had talked Arkwright", "role", "critical",
              "Arkwright, 52, persuaded Mrs Pelling"),
            T("was convicted", "found building contractor Desmond Arkwright guilty"),
            T("had pleaded not guilty", "had denied the charge"),
        ]),
    # ------------------------------------------------------------------ 003
    dict(
        domain="sports", mode="summary",
        reference=(
            "Kestrel Valley Rovers reached the final of the Northern Shield for the first time in "
            "their 94-year history on Saturday, beating holders Dunmore Athletic 3-1 after extra "
            "time. Dunmore led at half-time through a header from captain Ilya Borodin, but "
            "Rovers' substitute Tomasz Wirth equalised in the 81st minute. In extra time, Wirth "
            "added a second before defender Callum Ebbs sealed the win from a corner. Rovers "
            "manager Sunniva Holt called it 'the best night this club has ever had' and said "
            "tickets for the final, to be played at Gresham Park on 9 May, would go on sale to "
            "season-ticket holders first. Dunmore had won the trophy in each of the previous two "
            "seasons."),
        candidate=(
            "Kestrel Valley Rovers are into their first Northern Shield final in 94 years of "
            "existence after a 3-1 extra-time victory on Saturday over two-time defending "
            "champions Dunmore Athletic. Substitute Tomasz Wirth scored twice, including a late "
            "leveller, and Callum Ebbs got the third. The final is at Gresham Park on 9 May."),
        items=[
            T("their first Northern Shield final in 94 years of existence",
              "for the first time in their 94-year history"),
            T("two-time defending champions",
              "Dunmore had won the trophy in each of the previous two seasons"),
            T("scored twice", "Wirth added a second"),
            T("a late leveller", "equalised in the 81st minute"),
        ]),
    # ------------------------------------------------------------------ 004
    dict(
        domain="health", mode="translation",
        reference=(
            "The regional health service of Valdoria announced on Wednesday that it will begin "
            "offering a free screening test for bowel cancer to all residents aged between 50 and "
            "69 starting in January. According to health director Inés Carbajo, the kits will be "
            "sent by post and can be returned at any pharmacy. Carbajo stated that the programme "
            "could prevent around 300 deaths a year once it is fully in operation, although she "
            "acknowledged that this figure depends on at least six out of ten invited people "
            "taking part. The opposition criticised the fact that the start had been delayed by "
            "two years."),
        candidate=(
            "Free bowel cancer screening will be available from January for every resident "
            "between the ages of 50 and 69, Valdoria's regional health authority said on "
            "Wednesday. The test kits are to be mailed to people's homes and may be handed in at "
            "any chemist's, explained Inés Carbajo, the director of health. Once running at full "
            "capacity, the scheme will prevent some 300 deaths each year, Carbajo said, while "
            "admitting that this estimate relies on at least 60 percent of those invited "
            "participating. Opposition parties complained that the launch had come two years "
            "late."),
        items=[
            E("will prevent some 300 deaths each year", "modality", "major",
              "could prevent around 300 deaths a year"),
            T("mailed to people's homes", "sent by post"),
            T("any chemist's", "any pharmacy"),
            T("at least 60 percent of those invited", "at least six out of ten invited people"),
        ]),
    # ------------------------------------------------------------------ 005
    dict(
        domain="business", mode="rewrite",
        reference=(
            "Harlow & Finch, the kitchenware retailer, said on Tuesday that sales in the six "
            "months to the end of June rose 4.2% to £318 million, helped by strong demand for its "
            "own-brand cookware. Chief executive Priya Lindqvist said the company would open 12 "
            "new stores next year, mainly in retail parks, and close five loss-making city-centre "
            "shops. Analysts at brokerage Cullen Maher said the figures were better than expected "
            "but warned that rising rents could squeeze profits in the second half. Shares in "
            "Harlow & Finch closed 6p higher at 212p."),
        candidate=(
            "Kitchenware chain Harlow & Finch reported on Tuesday that sales in the first half "
            "of the year grew 2.4% to £318 million, boosted by brisk demand for its own-label cookware. "
            "The company plans to open a dozen new shops next year, largely on retail parks, and "
            "to shut five unprofitable city-centre stores, chief executive Priya Lindqvist said. "
            "The results beat forecasts, according to the chief executive, though she cautioned "
            "that higher rents might eat into profits in the second half. Harlow & Finch shares "
            "ended the day up 6p at 212p."),
        items=[
            E("2.4%", "number", "major", "4.2%"),
            E("according to the chief executive", "attribution", "major",
              "Analysts at brokerage Cullen Maher said"),
            T("sales in the first half of the year", "sales in the six months to the end of June"),
            T("a dozen new shops", "12 new stores"),
            T("unprofitable", "loss-making"),
        ]),
    # ------------------------------------------------------------------ 006
    dict(
        domain="science", mode="rewrite",
        reference=(
            "Researchers at the University of Tarnwick have found that a common soil bacterium "
            "can break down a type of plastic used in food packaging, though only very slowly. In "
            "laboratory tests, the team led by microbiologist Dr Anouk Meisner exposed strips of "
            "polyethylene film to the bacterium, which they named Strain TW-7, for 16 weeks. The "
            "strips lost about 9% of their weight over that period. Meisner said the result was "
            "'a proof of principle, not a solution' and that the process would need to be made at "
            "least a hundred times faster to be useful. The study was published on Monday in the "
            "journal Microbial Futures."),
        candidate=(
            "A bacterium commonly found in soil is able to degrade a plastic used to wrap "
            "food, albeit at a very slow pace, according to scientists at Tarnwick University. "
            "Working in the lab, microbiologist Dr Anouk Meisner and her colleagues left "
            "polyethylene film strips in contact with the microbe, dubbed Strain TW-7, for sixteen "
            "weeks, during which the strips shed roughly 9% of their mass. Describing the finding "
            "as 'a proof of principle, not a solution', Meisner said the breakdown would have to "
            "be sped up by a factor of at least 100 before it could be of practical use. The "
            "paper appeared in Microbial Futures on Monday."),
        items=[
            T("Tarnwick University", "University of Tarnwick"),
            T("sixteen weeks", "16 weeks"),
            T("roughly 9% of their mass", "about 9% of their weight"),
            T("sped up by a factor of at least 100", "made at least a hundred times faster"),
            T("The paper appeared in Microbial Futures on Monday",
              "The study was published on Monday in the journal Microbial Futures"),
        ]),
    # ------------------------------------------------------------------ 007
    dict(
        domain="weather", mode="summary",
        reference=(
            "The national weather office issued an amber warning for heavy snow across the Corran "
            "Hills and the upland parts of Westmarch on Friday morning, valid from 6 p.m. on "
            "Saturday until noon on Sunday. Forecasters said between 15 and 25 centimetres could "
            "fall above 300 metres, with up to 40 centimetres on the highest ground. Strong "
            "easterly winds were expected to cause drifting, and the roads authority warned that "
            "the A41 over Stane Pass might be closed for several hours. Schools in the area are "
            "not affected because of the weekend, but bus operator Hillink said it would decide "
            "on Sunday's services by Saturday afternoon."),
        candidate=(
            "An amber snow warning covers the Corran Hills and upland Westmarch from 6 p.m. Friday "
            "to noon Sunday, with 15-25 cm possible above 300 metres and up to 40 cm on the tops. "
            "Drifting could shut the A41 over Stane Pass for hours."),
        items=[
            E("6 p.m. Friday", "date", "major", "6 p.m. on Saturday"),
            T("15-25 cm", "between 15 and 25 centimetres"),
            T("on the tops", "on the highest ground"),
        ]),
    # ------------------------------------------------------------------ 008
    dict(
        domain="transport", mode="translation",
        reference=(
            "Starting next Monday, the rail operator Nordbahn will run the regional trains "
            "between Kellstadt and Ober-Rimming every thirty minutes instead of every hour during "
            "the morning and evening rush. The company justifies the decision with a sharp "
            "increase in passenger numbers: since the opening of the new business park in "
            "Rimming-Süd, around 4,000 more people per day use the line than a year ago. For the "
            "additional services, Nordbahn has leased three extra trains from a Czech company. "
            "Outside the peak hours, the hourly timetable remains unchanged. A spokeswoman pointed "
            "out that tickets bought in advance stay valid."),
        candidate=(
            "From Monday of next week, Nordbahn's regional trains linking Kellstadt and "
            "Ober-Rimming will depart half-hourly rather than hourly in the morning and evening "
            "peaks. The operator cites strongly rising demand as the reason: since the new "
            "business park at Rimming-Süd opened, some 4,000 additional passengers a day have "
            "been travelling on the route compared with twelve months ago. To provide the extra "
            "services, Nordbahn has hired three more trains from a firm in the Czech Republic. "
            "At other times of day, the timetable of one train an hour will continue as before. "
            "Tickets that have already been purchased will remain valid, according to a "
            "spokeswoman."),
        items=[
            T("half-hourly rather than hourly", "every thirty minutes instead of every hour"),
            T("twelve months ago", "a year ago"),
            T("hired three more trains", "leased three extra trains"),
            T("a firm in the Czech Republic", "a Czech company"),
            T("Tickets that have already been purchased", "tickets bought in advance"),
        ]),
    # ------------------------------------------------------------------ 009
    dict(
        domain="agriculture", mode="rewrite",
        reference=(
            "Dairy farmers in the Lessing district say a third dry summer in a row has forced "
            "them to buy in hay from as far away as the coast. The local farmers' union, led by "
            "Gwen Hartigan, estimates that feed costs on an average 120-cow farm have risen by "
            "around £18,000 since last year. Hartigan said the union had asked the regional "
            "government for emergency support, but that officials had not yet replied. Two farms "
            "in the district have sold their herds since June. Hartigan said she did not expect "
            "more to follow before winter, but warned that the spring could be 'a very different "
            "story' if rainfall stays low."),
        candidate=(
            "A third consecutive dry summer has left dairy farmers in the Lessing district buying "
            "hay from as far off as the coast, they say. Feed bills on a typical 120-cow farm are "
            "up by about £18,000 on last year, according to estimates from the local farmers' "
            "union, which is headed by Gwen Hartigan. The union has requested emergency aid from "
            "the regional government, Hartigan said, but officials have turned the request down. "
            "Since June, two farms in the district have sold off their herds. Hartigan said she "
            "expected more to follow before winter, and warned the spring could be 'a very "
            "different story' if rainfall remains low."),
        items=[
            E("officials have turned the request down", "event", "major",
              "officials had not yet replied"),
            E("she expected more to follow", "polarity", "major",
              "she did not expect more to follow"),
            T("A third consecutive dry summer", "a third dry summer in a row"),
            T("a typical 120-cow farm", "an average 120-cow farm"),
        ]),
    # ------------------------------------------------------------------ 010
    dict(
        domain="technology", mode="rewrite",
        reference=(
            "Software company Brightloom has fixed a flaw in its Ledgerly accounting app that "
            "could have let other users see customers' invoices. The problem was reported on 2 "
            "October by an independent security researcher, Tavi Okonkwo, who noticed that "
            "changing a number in a web address displayed another firm's documents. Brightloom "
            "said it patched the app within 48 hours and that its logs showed no sign the flaw "
            "had been exploited before Okonkwo's report. The company has written to all 27,000 "
            "business customers explaining what happened and has paid Okonkwo a reward of $5,000 "
            "under its bug bounty scheme."),
        candidate=(
            "Brightloom, a software firm, has repaired a weakness in its Ledgerly bookkeeping app "
            "that might have allowed users to view other customers' invoices. Independent "
            "security researcher Tavi Okonkwo flagged the issue on 2 October after discovering "
            "that altering a number in a web address brought up a different company's documents. "
            "The firm said a fix was in place within two days and that nothing in its logs "
            "suggested anyone had taken advantage of the flaw before Okonkwo came forward. "
            "Brightloom has contacted all 27,000 of its business customers to explain the "
            "incident, offered each of them three months of free service, and paid Okonkwo "
            "$5,000 through its bug bounty programme."),
        items=[
            E("offered each of them three months of free service", "addition", "major", None),
            T("bookkeeping app", "accounting app"),
            T("within two days", "within 48 hours"),
            T("nothing in its logs suggested anyone had taken advantage of the flaw",
              "its logs showed no sign the flaw had been exploited"),
        ]),
    # ------------------------------------------------------------------ 011
    dict(
        domain="culture", mode="summary",
        reference=(
            "The Orla Finch Gallery in Saltmarsh will reopen on 3 June after an eighteen-month "
            "refurbishment costing £4.6 million, most of it paid for by a lottery grant. The work "
            "has added a new wing for temporary exhibitions and a rooftop café, and the gallery's "
            "lift, which had been out of action since 2019, has been replaced. The opening show "
            "will bring together around 60 seascapes by the painter Henrik Salo, many of which "
            "have never been exhibited in Britain. Director Marguerite Osei said entry to the "
            "permanent collection would remain free, while tickets for the Salo exhibition will "
            "cost £9, with children under 12 admitted without charge."),
        candidate=(
            "After a year and a half of building work, Saltmarsh's Orla Finch Gallery reopens on "
            "3 June with a new temporary-exhibition wing, a rooftop café and a working lift. It "
            "opens with some 60 sea paintings by Henrik Salo; the permanent collection stays "
            "free, and the Salo show costs £9, free for under-12s."),
        items=[
            T("a year and a half", "eighteen-month"),
            T("a working lift",
              "the gallery's lift, which had been out of action since 2019, has been replaced"),
            T("some 60 sea paintings", "around 60 seascapes"),
            T("free for under-12s", "children under 12 admitted without charge"),
        ]),
    # ------------------------------------------------------------------ 012
    dict(
        domain="local government", mode="translation",
        reference=(
            "The municipality of Saint-Aubrac has sold the former Lacoste school building to the "
            "property developer Ventadour Habitat for 1.3 million euros, the mayor, Claire "
            "Demongeot, announced at Tuesday's council meeting. The developer plans to create 22 "
            "apartments there, a third of which will be reserved for social housing. The "
            "building, which has been empty since 2016, had been the subject of several "
            "proposals, including one for a medical centre, which was eventually abandoned for "
            "lack of doctors. The opposition voted against the sale, believing the price to be "
            "too low."),
        candidate=(
            "At the council meeting on Tuesday, mayor Claire Demongeot announced that Ventadour "
            "Habitat, a property developer, had sold the old Lacoste school to the town of "
            "Saint-Aubrac for €1.3 million. The developer intends to fit out twenty-two flats in "
            "the premises, one in three of them set aside as social housing. Unoccupied since "
            "2016, the building had attracted a number of projects, among them a health centre, "
            "which was finally dropped because no doctors could be found. Opposition councillors, "
            "who considered the price too low, voted against the deal."),
        items=[
            E("Ventadour Habitat, a property developer, had sold the old Lacoste school to the "
              "town of Saint-Aubrac", "role", "critical",
              "The municipality of Saint-Aubrac has sold the former Lacoste school building to "
              "the property developer Ventadour Habitat"),
            T("€1.3 million", "1.3 million euros"),
            T("one in three of them", "a third of which"),
            T("Unoccupied since 2016", "empty since 2016"),
        ]),
    # ------------------------------------------------------------------ 013
    dict(
        domain="sports", mode="rewrite",
        reference=(
            "Esther Wanjiru-Holm won the Lakeport Marathon on Sunday in 2 hours 21 minutes 48 "
            "seconds, the fastest time ever recorded on the course. She broke the record of "
            "2:23:10 set in 2018 by her training partner, Selam Dagne, who finished second this "
            "year, 47 seconds behind. The men's race was won by Pavel Reznik in 2:08:33. "
            "Organisers said 14,300 runners started the race, a record, and that warm conditions "
            "had led to 212 people receiving medical treatment, 9 of whom were taken to "
            "hospital."),
        candidate=(
            "Esther Wanjiru-Holm took the Lakeport Marathon title on Sunday, clocking 2:21:48 to "
            "set a new course best. The previous record, 2:23:10, had stood since 2018 and "
            "belonged to her training partner Selam Dagne, who was runner-up this time, 47 "
            "seconds adrift. Pavel Reznik won the men's race in 2:08:33. A record 14,300 runners "
            "started, the organisers said, and in the warm weather 212 people needed medical "
            "help, nine of whom were taken to hospital."),
        items=[
            T("2:21:48", "2 hours 21 minutes 48 seconds"),
            T("runner-up this time", "finished second this year"),
            T("47 seconds adrift", "47 seconds behind"),
            T("A record 14,300 runners started", "14,300 runners started the race, a record"),
            T("needed medical help", "receiving medical treatment"),
        ]),
    # ------------------------------------------------------------------ 014
    dict(
        domain="health", mode="rewrite",
        reference=(
            "Patients at Greyfriars Community Hospital will be able to book blood tests online "
            "from next month, ending the need to queue at the outpatients' desk early in the "
            "morning. The hospital trust said the new system would offer appointments every five "
            "minutes between 7.30 a.m. and 4 p.m. on weekdays. People without internet access "
            "can still book by phone, and walk-in slots will remain available for urgent requests "
            "from GPs. The trust's chief nurse, Rosalind Achebe, said waiting times in the "
            "phlebotomy unit had sometimes exceeded two hours last winter and that the change was "
            "overdue."),
        candidate=(
            "From next month, people attending Greyfriars Community Hospital will be able to "
            "reserve a blood test on the internet, so they will no longer have to line up at the "
            "outpatients' desk first thing in the morning. Appointments will be available at "
            "five-minute intervals from half past seven in the morning until four in the "
            "afternoon, Monday to Friday, the trust said. Booking by telephone will still be "
            "possible for those who are not online, and urgent requests from family doctors can "
            "still be seen without an appointment. Chief nurse Rosalind Achebe said the change "
            "was overdue, noting that patients had at times waited more than two hours in the "
            "blood-test unit last winter."),
        items=[
            T("line up", "queue"),
            T("from half past seven in the morning until four in the afternoon, Monday to Friday",
              "between 7.30 a.m. and 4 p.m. on weekdays"),
            T("family doctors", "GPs"),
            T("blood-test unit", "phlebotomy unit"),
        ]),
    # ------------------------------------------------------------------ 015
    dict(
        domain="business", mode="summary",
        reference=(
            "Shipping group Corvane Lines has agreed to buy a 35% stake in the port operator Hale "
            "Bay Terminals for 410 million euros, the two companies said on Thursday. The deal, "
            "which still needs approval from competition authorities, would give Corvane two "
            "seats on Hale Bay's eight-member board but not control of the company. Hale Bay's "
            "founder, Augusto Renner, will keep his 51% holding. Corvane said the investment "
            "would secure berths for its larger container ships at Hale Bay's deep-water "
            "terminal, which opened last year. Hale Bay plans to use the money to build a rail "
            "link to the terminal by 2028."),
        candidate=(
            "Corvane Lines has completed its purchase of 35% of port operator Hale Bay Terminals "
            "for €410 million, gaining two of eight board seats but not control; founder Augusto "
            "Renner keeps 51%. The stake is meant to secure berths for Corvane's bigger ships, "
            "and Hale Bay plans to spend the money on a rail link by 2028."),
        items=[
            E("has completed its purchase of", "event", "major", "has agreed to buy"),
            T("€410 million", "410 million euros"),
            T("two of eight board seats", "two seats on Hale Bay's eight-member board"),
        ]),
    # ------------------------------------------------------------------ 016
    dict(
        domain="courts", mode="translation",
        reference=(
            "The regional administrative court of Varena has rejected the appeal brought by the "
            "residents of the Borgo Alto neighbourhood against the construction of a wind farm on "
            "Monte Scuro. According to the judges, the environmental impact assessment carried "
            "out by the Region was complete and correct. The residents' committee, represented by "
            "lawyer Fabrizio Monteleone, had argued that the eight turbines, each 150 metres "
            "high, would ruin the landscape and harm a colony of protected bats. Monteleone said "
            "on Friday that the committee will now appeal to the Council of State. The company "
            "Eolica Serra can therefore begin work in the spring."),
        candidate=(
            "Residents of Borgo Alto have won their appeal at Varena's regional administrative "
            "court against plans for a wind farm on Monte Scuro. The judges found that the "
            "Region's environmental impact study had been thorough and accurate. Through their "
            "lawyer, Fabrizio Monteleone, the residents' committee had claimed that the eight "
            "150-metre turbines would spoil the scenery and endanger a colony of protected bats. "
            "The committee will now take the case to the Council of State, Monteleone "
            "announced on Friday. Eolica Serra, the developer, is thus free to start construction "
            "in spring."),
        items=[
            E("have won their appeal", "polarity", "critical", "has rejected the appeal"),
            T("thorough and accurate", "complete and correct"),
            T("the eight 150-metre turbines", "the eight turbines, each 150 metres high"),
            T("take the case to the Council of State", "appeal to the Council of State"),
        ]),
    # ------------------------------------------------------------------ 017
    dict(
        domain="science", mode="rewrite",
        reference=(
            "Astronomers using the Calder Ridge Observatory say they may have detected water "
            "vapour in the atmosphere of a planet orbiting a small red star about 90 light years "
            "from Earth. The planet, known as KRO-112b, is roughly twice the size of Earth. Lead "
            "author Dr Sione Fakatava cautioned that the signal was weak and could be caused by "
            "activity on the star itself, and said further observations planned for next year "
            "would be needed to confirm it. The team's findings were posted online on Wednesday "
            "and have not yet been reviewed by other scientists."),
        candidate=(
            "Astronomers at the Calder Ridge Observatory have detected water vapour in the "
            "atmosphere of KRO-112b, a planet around twice Earth's size that circles a small red "
            "star some 90 light years away. The signal was weak, lead author Dr Sione Fakatava "
            "warned, and might stem from activity on the star itself; more observations scheduled "
            "for next year would be required to confirm it. The results, posted online on "
            "Wednesday, have yet to undergo peer review."),
        items=[
            E("have detected water vapour", "modality", "major", "may have detected water vapour"),
            T("around twice Earth's size", "roughly twice the size of Earth"),
            T("some 90 light years away", "about 90 light years from Earth"),
            T("have yet to undergo peer review", "have not yet been reviewed by other scientists"),
        ]),
    # ------------------------------------------------------------------ 018
    dict(
        domain="transport", mode="rewrite",
        reference=(
            "Ferries between Port Ellery and the island of Skarra were cancelled for a third "
            "consecutive day on Wednesday after one of the two vessels on the route, the MV "
            "Ardmhor, failed a safety inspection. The operator, Westsound Ferries, said a fault "
            "had been found in the steering gear and that replacement parts were being flown in "
            "from Norway. The second vessel, the MV Lismore Bay, is in dry dock for its annual "
            "overhaul and cannot return to service before 20 April. Islanders said shop shelves "
            "were emptying and that several patients had missed hospital appointments on the "
            "mainland."),
        candidate=(
            "For the third day running, no ferries sailed on Wednesday between Port Ellery and "
            "Skarra, because the MV Ardmhor, one of the route's two boats, did not pass a safety "
            "check. Westsound Ferries, which runs the service, said a steering gear fault had "
            "been discovered and that spare parts were on their way by air from Norway. The "
            "route's other ship, the MV Lismore Bay, is undergoing its yearly overhaul in dry "
            "dock and will not be back in service until 20 April at the earliest. People on the "
            "island said the shelves in shops were running bare and that a number of patients "
            "had missed hospital appointments on the mainland."),
        items=[
            T("For the third day running", "for a third consecutive day"),
            T("did not pass a safety check", "failed a safety inspection"),
            T("Westsound Ferries, which runs the service", "The operator, Westsound Ferries"),
            T("on their way by air", "being flown in"),
            T("will not be back in service until 20 April at the earliest",
              "cannot return to service before 20 April"),
        ]),
    # ------------------------------------------------------------------ 019
    dict(
        domain="agriculture", mode="summary",
        reference=(
            "Growers in the Veldham valley expect this year's apple harvest to be about 30% "
            "smaller than last year's after a late frost in April damaged blossom in many "
            "orchards. The Veldham Fruit Cooperative, which markets the produce of 140 farms, "
            "said picking had started two weeks early because of the hot August. Chairman Rutger "
            "Vos said the fruit that survived was of very good quality and that prices were "
            "likely to rise in the shops. Several growers have turned to seasonal workers from "
            "Romania after local recruitment fell short, he added. The cooperative will hold its "
            "annual apple festival on 28 September as planned."),
        candidate=(
            "Veldham valley's apple crop is expected to be around 13% down on last year after an "
            "April frost, with picking two weeks early after a hot August. The cooperative's "
            "chairman, Rutger Vos, said the surviving fruit was excellent, prices will probably "
            "rise, and the government has promised compensation to the worst-hit growers."),
        items=[
            E("around 13% down", "number", "major", "about 30% smaller"),
            E("the government has promised compensation to the worst-hit growers", "addition",
              "major", None),
            T("prices will probably rise", "prices were likely to rise"),
        ]),
    # ------------------------------------------------------------------ 020
    dict(
        domain="technology", mode="translation",
        reference=(
            "The electronics maker Sorimachi announced on the 12th that it will stop producing "
            "its own smartphones by the end of March next year. The company, which once held "
            "about 15 percent of the domestic market, has seen its share fall below 2 percent in "
            "recent years as competition from overseas manufacturers intensified. Around 600 "
            "employees working on the phone business will be transferred to the company's "
            "medical equipment and automotive parts divisions, and no job cuts are planned. "
            "Sorimachi will continue to provide repairs and software updates for existing models "
            "for at least four years."),
        candidate=(
            "Sorimachi, the electronics manufacturer, said on the 12th that it would end in-house "
            "smartphone production by the close of next March. Once the holder of roughly 15% of "
            "the home market, the firm has watched its share slip under 2% over recent years "
            "amid growing pressure from foreign rivals. Some 600 staff in the handset division "
            "are to be moved to its medical devices and car parts units; the company does not "
            "intend to lay anyone off. Owners of existing models will go on receiving repairs "
            "and software updates from Sorimachi for a minimum of four years."),
        items=[
            T("by the close of next March", "by the end of March next year"),
            T("roughly 15% of the home market", "about 15 percent of the domestic market"),
            T("foreign rivals", "overseas manufacturers"),
            T("the company does not intend to lay anyone off", "no job cuts are planned"),
            T("for a minimum of four years", "for at least four years"),
        ]),
    # ------------------------------------------------------------------ 021
    dict(
        domain="news", mode="rewrite",
        reference=(
            "Police in Hartsfield are investigating a break-in at the town's museum in which "
            "three silver candlesticks dating from the 17th century were stolen. Curator Jonah "
            "Whitlock said the thieves entered through a skylight some time between closing on "
            "Saturday and opening on Monday morning. A police spokesperson said officers "
            "believed the theft had been planned in advance, because the alarm cable had been "
            "cut. The candlesticks had been lent to the museum by the Rennard family, and "
            "Whitlock estimated their value at around £25,000. Anyone with information is asked "
            "to call Hartsfield police."),
        candidate=(
            "Three 17th-century silver candlesticks have been taken in a burglary at Hartsfield's "
            "museum, and police have opened an investigation. The intruders got in through a "
            "skylight at some point between Saturday's closing time and Monday morning's "
            "opening, curator Jonah Whitlock said. Whitlock said he believed the theft had been "
            "planned beforehand, as the alarm cable had been severed. The candlesticks, on loan "
            "to the museum from the Rennard family, are worth an estimated £25,000, the curator "
            "added. Hartsfield police are appealing for anyone with information to get in "
            "touch."),
        items=[
            E("Whitlock said he believed", "attribution", "major",
              "A police spokesperson said officers believed"),
            T("Three 17th-century silver candlesticks",
              "three silver candlesticks dating from the 17th century"),
            T("on loan to the museum from the Rennard family",
              "had been lent to the museum by the Rennard family"),
            T("Hartsfield police are appealing for anyone with information to get in touch",
              "Anyone with information is asked to call Hartsfield police"),
        ]),
    # ------------------------------------------------------------------ 022
    dict(
        domain="culture", mode="rewrite",
        reference=(
            "The novelist Imogen Tarrant has won this year's Dunmore Prize for fiction with The "
            "Salt Ledger, her third novel, which follows a family of smugglers on the Halvern "
            "coast over four generations. The judges, chaired by the critic Bernard Oyelaran, "
            "chose the book unanimously from a shortlist of six. Tarrant, 41, who worked as a "
            "hospital pharmacist until 2020, receives £20,000. Accepting the award in Carrow on "
            "Tuesday night, she thanked her late grandmother, whose stories about the family's "
            "past had inspired the book. Sales of The Salt Ledger have already passed 50,000 "
            "copies."),
        candidate=(
            "The Salt Ledger, Imogen Tarrant's third novel, a four-generation saga of a smuggling "
            "family on the Halvern coast, has taken this year's Dunmore Prize for fiction. A "
            "panel led by the critic Bernard Oyelaran picked it without dissent from six "
            "shortlisted titles. Tarrant, a 41-year-old former hospital pharmacist who gave up "
            "the job in 2020, wins £20,000. Collecting the prize in Carrow on Tuesday evening, "
            "the author paid tribute to her late grandmother, whose tales of the family's history "
            "had given her the idea for the novel. More than 50,000 copies have already been "
            "sold."),
        items=[
            T("without dissent", "unanimously"),
            T("six shortlisted titles", "a shortlist of six"),
            T("a 41-year-old former hospital pharmacist who gave up the job in 2020",
              "41, who worked as a hospital pharmacist until 2020"),
            T("More than 50,000 copies have already been sold",
              "Sales of The Salt Ledger have already passed 50,000 copies"),
        ]),
    # ------------------------------------------------------------------ 023
    dict(
        domain="weather", mode="translation",
        reference=(
            "Heavy rain that fell on the city of Porto Lindo during Sunday night caused the "
            "Caraíba river to overflow and left around 1,200 people homeless, according to the "
            "civil defence. The water level began to rise shortly after midnight and reached its "
            "peak at six in the morning, when it was 4.3 metres above normal. Mayor Rogério "
            "Albuquerque declared a state of emergency on Monday afternoon and requested help "
            "from the state government. Two schools were turned into shelters. There were no "
            "deaths, but a fisherman is still missing."),
        candidate=(
            "According to the civil defence agency, the heavy rain that hit Porto Lindo on "
            "Sunday night made the Caraíba river burst its banks, leaving some 1,200 residents "
            "without a home. The river started rising a little after midnight and peaked at 4.3 "
            "metres above its usual level at around six o'clock on Sunday morning. On Monday "
            "afternoon, mayor Rogério Albuquerque declared a state of emergency and asked the "
            "state government for assistance. Two schools are being used as shelters. Nobody was "
            "killed, though one fisherman has not been found."),
        items=[
            E("six o'clock on Sunday morning", "date", "major", "at six in the morning"),
            T("burst its banks", "overflow"),
            T("Nobody was killed", "There were no deaths"),
            T("one fisherman has not been found", "a fisherman is still missing"),
        ]),
    # ------------------------------------------------------------------ 024
    dict(
        domain="local government", mode="rewrite",
        reference=(
            "Councillors in Ebbsworth have approved a 4.9% rise in council tax for the coming "
            "year, the maximum allowed without a local referendum. For a typical Band D home, the "
            "bill will go up by £96 to £2,055. Finance chief Aled Prothero said the increase was "
            "needed to protect children's services and adult social care, which together take up "
            "nearly two-thirds of the budget. The council will also close two of its six "
            "recycling centres and cut opening hours at libraries to save £3.1 million. "
            "Opposition leader Nadia Ferreira said residents were 'paying more and getting "
            "less'."),
        candidate=(
            "Ebbsworth councillors have voted through a 4.9% council tax increase for next year, "
            "the highest permitted without holding a local referendum. The typical Band D bill "
            "will rise by £96 to £2,055. The rise was necessary to safeguard children's services "
            "and adult social care, said finance chief Aled Prothero. The council will also shut "
            "two of its six recycling centres and reduce library opening hours, saving £3.1 "
            "million. Opposition leader Nadia Ferreira said residents were 'paying more and "
            "getting less'."),
        items=[
            O("children's services and adult social care",
              "which together take up nearly two-thirds of the budget", "minor"),
            T("voted through", "approved"),
            T("the highest permitted", "the maximum allowed"),
        ]),
    # ------------------------------------------------------------------ 025
    dict(
        domain="sports", mode="summary",
        reference=(
            "Hanne Lökvist retained her world title in the women's 1,500 metres speed skating on "
            "Friday, finishing in 1 minute 52.41 seconds at the Brennholm Oval. The 29-year-old, "
            "who had spent most of the season recovering from a knee operation, beat the Dutch "
            "skater Marit van Halsema by 0.18 seconds, with Yuki Tanabe of Japan third. It was "
            "Lökvist's fourth world title over the distance. Afterwards she said she had "
            "considered withdrawing from the championships a month ago because of pain in her "
            "knee. Lökvist will also race in the 1,000 metres on Sunday."),
        candidate=(
            "Back from a knee operation that sidelined her for most of the season, 29-year-old "
            "Hanne Lökvist defended her 1,500m world crown at the Brennholm Oval on Friday in "
            "1:52.41, 0.18 seconds ahead of Marit van Halsema, for her fourth title at the "
            "distance. She races the 1,000m on Sunday."),
        items=[
            T("Back from a knee operation that sidelined her for most of the season",
              "had spent most of the season recovering from a knee operation"),
            T("defended her 1,500m world crown",
              "retained her world title in the women's 1,500 metres"),
            T("1:52.41", "1 minute 52.41 seconds"),
            T("her fourth title at the distance", "fourth world title over the distance"),
        ]),
    # ------------------------------------------------------------------ 026
    dict(
        domain="health", mode="translation",
        reference=(
            "A study by the Ravelingen University Medical Centre shows that children who walk or "
            "cycle to school sleep on average 25 minutes longer than children who are taken by "
            "car. The researchers followed 1,800 primary school pupils in the province of "
            "Oostmark for a full school year. Project leader Dr Femke Dijkstra emphasises that "
            "the study does not prove that the journey itself causes the better sleep: families "
            "who cycle may also differ in other respects. The results were published in the "
            "journal Paediatric Rest. The municipality of Zuidwerve wants to use the findings to "
            "expand its network of safe cycle routes."),
        candidate=(
            "Schoolchildren who go to school on foot or by bike sleep 25 minutes longer on "
            "average than those driven there, research by the Ravelingen University Medical "
            "Centre has found. For an entire school year, the team monitored 1,800 primary pupils "
            "in Oostmark province. Project leader Dr Femke Dijkstra stresses that the research "
            "does not show the commute itself is responsible for the better sleep, because "
            "cycling families may be different in other ways too. The findings were submitted to "
            "the journal Paediatric Rest. The municipality of Oostmark intends to draw on the "
            "results to extend its network of safe cycling routes."),
        items=[
            E("were submitted to", "event", "major", "were published in"),
            E("municipality of Oostmark", "entity", "major", "municipality of Zuidwerve"),
            T("on foot or by bike", "walk or cycle"),
            T("those driven there", "children who are taken by car"),
            T("Oostmark province", "the province of Oostmark"),
        ]),
    # ------------------------------------------------------------------ 027
    dict(
        domain="business", mode="rewrite",
        reference=(
            "Ostrander Foods, the maker of Crispin crackers, will close its factory in Lowmoor at "
            "the end of the year, with the loss of 230 jobs. The company said production would "
            "move to its larger site in Penhallow, 80 miles away, where it has invested £14 "
            "million in new ovens. Staff will be offered the chance to transfer, and those who do "
            "not will receive redundancy payments above the legal minimum, according to the firm. "
            "Union official Kerry Maddox said workers were 'devastated' and that the union would "
            "ask the company to delay the closure until the spring. The Lowmoor plant opened in "
            "1962."),
        candidate=(
            "The Lowmoor factory of Ostrander Foods, which produces Crispin crackers, is to shut "
            "when the year ends, putting 230 people out of work. Manufacturing will be "
            "transferred to the company's bigger plant in Penhallow, 80 miles from Lowmoor, where "
            "£14 million has been spent on new ovens, the firm said. Employees will be offered "
            "transfers, and those who turn them down will get more than the statutory minimum in "
            "redundancy pay, Ostrander said. Kerry Maddox, a union official, said staff were "
            "'devastated' and that the union would ask the company to put off the closure "
            "until spring. The plant at Lowmoor opened in 1962."),
        items=[
            T("when the year ends", "at the end of the year"),
            T("putting 230 people out of work", "with the loss of 230 jobs"),
            T("£14 million has been spent on new ovens", "it has invested £14 million in new ovens"),
            T("more than the statutory minimum in redundancy pay",
              "redundancy payments above the legal minimum"),
            T("put off the closure", "delay the closure"),
        ]),
    # ------------------------------------------------------------------ 028
    dict(
        domain="courts", mode="summary",
        reference=(
            "The High Court has ordered the engineering firm Blackwater Dynamics to pay £2.7 "
            "million in damages to its former supplier, Pellam Castings, for breaking a ten-year "
            "contract. Pellam had argued that Blackwater ended the agreement in 2021, six years "
            "early, after finding a cheaper supplier abroad. Blackwater claimed the contract "
            "allowed it to withdraw if Pellam's parts repeatedly failed quality checks, but Mr "
            "Justice Orrin found there was no evidence of repeated failures. Pellam's managing "
            "director, Ruth Calloway, said the ruling had saved the company, which had cut half "
            "of its 160 staff since losing the contract. Blackwater said it was considering an "
            "appeal."),
        candidate=(
            "Pellam Castings must pay its former customer Blackwater Dynamics £2.7 million for "
            "ending a ten-year contract six years early in 2021; the judge found no evidence of "
            "the repeated quality failures Blackwater cited. Blackwater may appeal."),
        items=[
            E("Pellam Castings must pay its former customer Blackwater Dynamics", "role",
              "critical",
              "ordered the engineering firm Blackwater Dynamics to pay £2.7 million in damages "
              "to its former supplier, Pellam Castings"),
            T("Blackwater may appeal", "Blackwater said it was considering an appeal"),
        ]),
    # ------------------------------------------------------------------ 029
    dict(
        domain="environment", mode="rewrite",
        reference=(
            "Volunteers counting birds on the Threlkeld estuary recorded 312 avocets this winter, "
            "the highest number since counts began in 1985. The rise is being credited to a "
            "project that created new shallow lagoons on former farmland at Copley Marsh three "
            "years ago. Reserve warden Amira Baptiste said the lagoons provided safe feeding "
            "areas at high tide, when the mudflats are covered. However, numbers of dunlin fell "
            "for the fifth year running, to just over 2,000, and the cause is unclear. The next "
            "count will take place in March."),
        candidate=(
            "This winter, volunteers recorded 312 avocets on the Threlkeld estuary, more than in "
            "any year since counting started in 1985. The increase has been attributed to new "
            "shallow lagoons created on old farmland at Copley Marsh three years ago. According "
            "to reserve warden Amira Baptiste, the lagoons give the birds somewhere safe to feed "
            "at high tide, when the mud is under water. The avocet tally of 312 is the best since "
            "records began in 1985. Dunlin numbers, however, dropped for a fifth successive year, "
            "to slightly above 2,000, for reasons that are not clear. The next count is due in "
            "March."),
        items=[
            E("The avocet tally of 312 is the best since records began in 1985.", "repetition",
              "minor", None),
            T("when the mud is under water", "when the mudflats are covered"),
            T("for a fifth successive year", "for the fifth year running"),
            T("slightly above 2,000", "just over 2,000"),
        ]),
    # ------------------------------------------------------------------ 030
    dict(
        domain="transport", mode="translation",
        reference=(
            "The city of Wrzosów will open its first tram line in 40 years on 1 September, the "
            "city's transport authority has confirmed. The 7.5-kilometre route will connect the "
            "main railway station with the Zielony Dwór housing estate and will have 14 stops. "
            "Trams will run every ten minutes at peak times. The project cost 610 million złoty, "
            "of which almost half came from European Union funds. Deputy mayor Katarzyna Lis said "
            "that a second line, to the airport, is planned but will not be built before 2030."),
        candidate=(
            "Wrzosów's public transport authority has confirmed that the city's first new tram "
            "line for four decades may open on 1 September. Running 7.5 km from the central "
            "railway station to the Zielony Dwór estate, the line will serve 14 stops, with a "
            "tram every ten minutes in the rush hours. Of the 610 million złoty the project cost, "
            "nearly half was covered by EU money. A second line, out to the airport, is in the "
            "plans, but it will not be built before 2030, said deputy mayor Katarzyna Lis."),
        items=[
            E("may open on 1 September", "modality", "major", "will open"),
            T("first new tram line for four decades", "first tram line in 40 years"),
            T("7.5 km", "7.5-kilometre"),
            T("EU money", "European Union funds"),
        ]),
    # ------------------------------------------------------------------ 031
    dict(
        domain="agriculture", mode="rewrite",
        reference=(
            "A new variety of wheat developed at the Ashgrove Crop Institute has produced yields "
            "11% higher than standard varieties in three years of field trials, while needing "
            "around a fifth less nitrogen fertiliser. The variety, called Ashgrove Amber, was "
            "bred using conventional cross-breeding rather than gene editing. Plant breeder Dr "
            "Ngozi Adeyemi said it would be available to farmers from autumn 2026, once it had "
            "passed national listing trials. Seed merchants have already placed orders for 400 "
            "tonnes."),
        candidate=(
            "Ashgrove Amber, a wheat variety bred at the Ashgrove Crop Institute, out-yielded "
            "standard varieties by 11% over three years of field trials, and did so with roughly "
            "20% less nitrogen fertiliser. It was produced by traditional cross-breeding, not "
            "gene editing. Farmers will be able to buy it from autumn 2026, once it has cleared "
            "national listing trials, according to plant breeder Dr Ngozi Adeyemi. Orders for "
            "400 tonnes have already come in from seed merchants."),
        items=[
            T("out-yielded standard varieties by 11%", "yields 11% higher than standard varieties"),
            T("roughly 20% less", "around a fifth less"),
            T("traditional cross-breeding, not gene editing",
              "conventional cross-breeding rather than gene editing"),
            T("Orders for 400 tonnes have already come in from seed merchants",
              "Seed merchants have already placed orders for 400 tonnes"),
        ]),
    # ------------------------------------------------------------------ 032
    dict(
        domain="technology", mode="summary",
        reference=(
            "The launch of the Kestrel-3 weather satellite, built by the start-up Orbital "
            "Meadow, was called off on Tuesday just 40 seconds before lift-off after sensors "
            "detected a pressure drop in the rocket's second stage. The company said the "
            "satellite was unharmed and that engineers had already traced the problem to a "
            "faulty valve, which can be replaced within a week. A new launch date has not yet "
            "been announced. It was the second delay for the mission, which had first been "
            "scheduled for last November. Chief executive Dana Whitfield said she was "
            "'disappointed but relieved' that the automatic systems had worked as designed."),
        candidate=(
            "The launch of Orbital Meadow's Kestrel-3 weather satellite was aborted on Tuesday 40 "
            "seconds before lift-off because of a pressure drop in the rocket's second stage. "
            "The satellite was not damaged, but engineers have yet to find the cause, and no new "
            "date has been set for the twice-delayed mission."),
        items=[
            E("engineers have yet to find the cause", "polarity", "major",
              "engineers had already traced the problem to a faulty valve"),
            T("was aborted", "was called off"),
            T("was not damaged", "was unharmed"),
            T("twice-delayed mission", "It was the second delay for the mission"),
        ]),
    # ------------------------------------------------------------------ 033
    dict(
        domain="culture", mode="translation",
        reference=(
            "The Teatro Albéniz of Montserena will host, from 14 to 19 October, the first edition "
            "of a festival dedicated to women composers, with eleven concerts and more than 200 "
            "musicians. The director of the theatre, Lucía Ferrándiz, explained that half of the "
            "works programmed have never been performed in Spain. The festival, which has a "
            "budget of 380,000 euros, is financed jointly by the city council and the Castellví "
            "Foundation. Tickets, priced between 8 and 25 euros, will go on sale next Monday, and "
            "students will receive a 50 percent discount."),
        candidate=(
            "Between 14 and 19 October, Montserena's Teatro Albéniz will stage the first edition "
            "of a new festival devoted to female composers, featuring eleven concerts and "
            "upwards of 200 musicians. According to Lucía Ferrándiz, who directs the theatre, "
            "fifty percent of the pieces on the programme will be receiving their first ever "
            "performance in Spain. The city council and the Castellví Foundation are sharing the "
            "cost of the event, which has a budget of €380,000. Seats will cost from €8 to €25 "
            "and go on sale next Monday, with students paying half price."),
        items=[
            T("upwards of 200 musicians", "more than 200 musicians"),
            T("fifty percent of the pieces on the programme will be receiving their first ever "
              "performance in Spain", "half of the works programmed have never been performed in "
              "Spain"),
            T("sharing the cost", "financed jointly"),
            T("€380,000", "380,000 euros"),
            T("students paying half price", "students will receive a 50 percent discount"),
        ]),
    # ------------------------------------------------------------------ 034
    dict(
        domain="education", mode="rewrite",
        reference=(
            "Brockhurst Academy has been rated 'outstanding' by school inspectors, two years "
            "after it was placed in special measures. The report, published on Thursday, praised "
            "headteacher Samuel Oduya for 'transforming the culture of the school' and said "
            "pupils' behaviour was now exemplary. Inspectors noted that GCSE results had risen "
            "sharply, with 71% of pupils achieving a grade 4 or above in English and maths last "
            "summer, compared with 38% in 2022. The only area for improvement identified was the "
            "range of after-school clubs."),
        candidate=(
            "School inspectors have judged Brockhurst Academy 'outstanding', just two years "
            "after putting it into special measures. Their report, released on Tuesday, credited "
            "headteacher Samuel Oduya with 'transforming the culture of the school' and described "
            "pupils' behaviour as exemplary. GCSE results have climbed steeply, the inspectors "
            "noted: last summer 71% of pupils gained at least a grade 4 in English and maths, "
            "against 38% in 2022. Oduya, who is due to retire at Christmas, said the credit "
            "belonged to his staff. The range of after-school clubs was the only area singled "
            "out for improvement."),
        items=[
            E("Tuesday", "date", "minor", "Thursday"),
            E("Oduya, who is due to retire at Christmas, said the credit belonged to his staff.",
              "addition", "major", None),
            T("putting it into special measures", "placed in special measures"),
            T("at least a grade 4", "a grade 4 or above"),
        ]),
    # ------------------------------------------------------------------ 035
    dict(
        domain="health", mode="summary",
        reference=(
            "A review of maternity care at Fernhill General Hospital has found that staff "
            "shortages contributed to delays in treatment in at least 14 cases over three years. "
            "The review, carried out by independent midwife Helen Marchetti, said that on some "
            "night shifts only two midwives were on duty for a ward designed to need five. The "
            "hospital's medical director, Dr Kwame Asante, apologised to the families affected "
            "and said 23 extra midwives had been recruited since January. The families' "
            "spokesperson, Leah Dorsey, said the apology was welcome but 'years too late'. The "
            "health regulator said it would carry out an unannounced inspection."),
        candidate=(
            "An independent review by midwife Helen Marchetti found that staff shortages at "
            "Fernhill General Hospital contributed to delayed maternity care in at least 14 cases "
            "over three years. Some night shifts had just two midwives instead of the five "
            "needed, according to the families' spokesperson, Leah Dorsey. Medical director Dr "
            "Kwame Asante apologised and said 23 more midwives have been hired since January; "
            "the regulator plans a surprise inspection."),
        items=[
            E("according to the families' spokesperson, Leah Dorsey", "attribution", "major",
              "The review, carried out by independent midwife Helen Marchetti, said"),
            T("just two midwives instead of the five needed",
              "only two midwives were on duty for a ward designed to need five"),
            T("23 more midwives", "23 extra midwives"),
            T("a surprise inspection", "an unannounced inspection"),
        ]),
    # ------------------------------------------------------------------ 036
    dict(
        domain="sports", mode="rewrite",
        reference=(
            "Cricket club Ashby Lane have signed the fast bowler Devon Marsh-Keane from county "
            "rivals Holtby on a three-year contract, ending months of speculation. Marsh-Keane, "
            "26, took 48 wickets last season, the most by any bowler in the division. Holtby's "
            "director of cricket, Fiona Grell, said the club had offered him a new deal but "
            "accepted that he wanted 'a fresh challenge'. Ashby Lane captain Rohan Peries "
            "described the signing as 'a huge statement'. The fee has not been disclosed."),
        candidate=(
            "Fast bowler Devon Marsh-Keane has completed a move from Ashby Lane to county rivals "
            "Holtby on a three-year deal, bringing months of speculation to an end. The "
            "26-year-old claimed 48 wickets last season, more than any other bowler in the "
            "division. Holtby's director of cricket, Fiona Grell, said the club had offered him a "
            "new contract but accepted that he wanted 'a fresh challenge'. Ashby Lane captain "
            "Rohan Peries called the signing 'a huge statement'. No fee was disclosed."),
        items=[
            E("move from Ashby Lane to county rivals Holtby", "role", "critical",
              "Ashby Lane have signed the fast bowler Devon Marsh-Keane from county rivals "
              "Holtby"),
            T("The 26-year-old", "Marsh-Keane, 26"),
            T("more than any other bowler in the division", "the most by any bowler in the division"),
            T("No fee was disclosed", "The fee has not been disclosed"),
        ]),
    # ------------------------------------------------------------------ 037
    dict(
        domain="education", mode="translation",
        reference=(
            "The municipality of Hällefors-Vik has decided to close the village school in "
            "Norrtorp after the summer holidays, since only nine pupils remain. The children will "
            "instead go to the school in Hällefors, twelve kilometres away, and the municipality "
            "will arrange free school transport. Many parents are upset. 'A village without a "
            "school dies,' says Anna Lindgren, who has two children at the school and has started "
            "a petition that has so far collected 800 signatures. The chairman of the education "
            "committee, Per Ekdahl, says that the decision was difficult but necessary for "
            "economic reasons."),
        candidate=(
            "Norrtorp's village school will close after the summer break, Hällefors-Vik "
            "municipality has decided, because just nine pupils are left. From then on, the "
            "children will attend school in Hällefors, twelve kilometres away. Many parents are "
            "unhappy. 'When a village loses its school, it dies,' says Anna Lindgren, a mother of "
            "two pupils at the school, who has launched a petition that has gathered 800 "
            "signatures so far. Per Ekdahl, who chairs the education committee, says it was a "
            "hard decision but one that had to be taken for financial reasons. The school in "
            "Norrtorp will shut its doors after the summer holidays."),
        items=[
            O("school in Hällefors, twelve kilometres away",
              "and the municipality will arrange free school transport", "major"),
            E("The school in Norrtorp will shut its doors after the summer holidays.",
              "repetition", "minor", None),
            T("a mother of two pupils at the school", "who has two children at the school"),
            T("financial reasons", "economic reasons"),
        ]),
    # ------------------------------------------------------------------ 038
    dict(
        domain="finance", mode="rewrite",
        reference=(
            "Hengrui Logistics, based in the eastern port city of Linhai, said on Monday that its "
            "net profit for the first three quarters fell by 18 percent year on year to 2.6 "
            "billion yuan, mainly because of lower freight rates. The company's chairman, Zhou "
            "Minghao, said that cross-border e-commerce shipments had nevertheless grown by more "
            "than 40 percent and that the company would open three new warehouses in Southeast "
            "Asia next year. Analysts at Dongfang Securities described the results as in line "
            "with market expectations. Hengrui's shares rose 1.2 percent on the Linhai stock "
            "exchange."),
        candidate=(
            "Linhai-based Hengrui Logistics reported on Monday an 18% year-on-year fall in net "
            "profit for the first nine months, to 2.6 million yuan, largely as a result of weaker "
            "freight prices. Even so, chairman Zhou Minghao said cross-border e-commerce volumes "
            "rose by over 40%, and the group will open three new warehouses in South Asia next "
            "year. Dongfang Securities analysts said the figures matched what the market had "
            "expected. Hengrui shares gained 1.2% on the Linhai exchange."),
        items=[
            E("2.6 million yuan", "number", "critical", "2.6 billion yuan"),
            E("South Asia", "entity", "major", "Southeast Asia"),
            T("the first nine months", "the first three quarters"),
            T("weaker freight prices", "lower freight rates"),
            T("matched what the market had expected", "in line with market expectations"),
        ]),
    # ------------------------------------------------------------------ 039
    dict(
        domain="environment", mode="rewrite",
        reference=(
            "The Meridale reservoir, which supplies drinking water to around 400,000 people, is "
            "now only 38% full, its lowest level for late summer since 1995, according to the "
            "water company Aldercombe Water. The company introduced a hosepipe ban on 1 August "
            "and said it would consider further restrictions if the level dropped below 30%. "
            "Operations director Grant Nakamura said rainfall since March had been about half "
            "the long-term average. He urged customers to take shorter showers and to report "
            "leaks. The company itself has been criticised for losing a fifth of its treated "
            "water through leaking pipes."),
        candidate=(
            "Aldercombe Water says its Meridale reservoir, the source of drinking water for some "
            "400,000 people, has fallen to 38% of capacity, the lowest late-summer level since "
            "1995. The company brought in a hosepipe ban on 1 August, and further restrictions "
            "could follow if the level falls under 30%, it said. Rainfall since March has been "
            "roughly half the long-term average, according to operations director Grant "
            "Nakamura, who called on customers to take shorter showers and report leaks. "
            "Aldercombe has itself come under fire because one fifth of its treated water is lost "
            "through leaking pipes."),
        items=[
            T("38% of capacity", "38% full"),
            T("brought in a hosepipe ban", "introduced a hosepipe ban"),
            T("falls under 30%", "dropped below 30%"),
            T("come under fire", "been criticised"),
            T("one fifth", "a fifth"),
        ]),
    # ------------------------------------------------------------------ 040
    dict(
        domain="energy", mode="summary",
        reference=(
            "The energy regulator has approved plans by Calloway Grid to build a 95-kilometre "
            "underground power cable linking the Brenmoor wind farms to the national network, at "
            "a cost of £780 million. Calloway had originally proposed overhead pylons, which "
            "would have been cheaper, but switched to an underground route after objections from "
            "residents and the Brenmoor National Park authority. Construction is due to start "
            "next spring and take four years. The regulator said the extra cost, estimated at "
            "£210 million, would be spread across all electricity bills, adding less than £1 a "
            "year to the average household bill."),
        candidate=(
            "Calloway Grid has regulatory approval for a £780m, 95 km buried cable connecting the "
            "Brenmoor wind farms to the grid, having dropped cheaper pylons after objections from "
            "residents and the national park. Work should begin next spring and last four years, "
            "with the £210m extra cost adding under £1 a year to typical household bills."),
        items=[
            T("has regulatory approval", "The energy regulator has approved plans"),
            T("£780m", "£780 million"),
            T("buried cable", "underground power cable"),
            T("under £1 a year to typical household bills",
              "less than £1 a year to the average household bill"),
        ]),
]

# Expected composition (checked below).
EXPECT_PAIRS = 40
EXPECT_CONSISTENT = 16
EXPECT_INCONSISTENT = 24
EXPECT_MODES = {"rewrite": 20, "summary": 10, "translation": 10}
EXPECT_ERROR_TOTAL_RANGE = (26, 34)
MIN_PER_TYPE = 2


def words(s):
    return re.findall(r"\S+", s)


def find_occ(hay, needle, occ):
    start = -1
    for _ in range(occ + 1):
        start = hay.find(needle, start + 1)
        if start < 0:
            return -1
    return start


def is_word_char(c):
    return c.isalnum()


def cuts_word(text, pos):
    """True if position pos lies strictly inside a word."""
    if pos <= 0 or pos >= len(text):
        return False
    return is_word_char(text[pos - 1]) and is_word_char(text[pos])


def build():
    problems = []
    records = []
    for i, case in enumerate(CASES, 1):
        cid = "s%d-%03d" % (SET, i)
        ref, cand = case["reference"], case["candidate"]
        errs, traps = [], []
        for it in case["items"]:
            if it["kind"] == "omission":
                a = find_occ(cand, it["after"], it["occ"])
                if a < 0:
                    problems.append("%s: omission anchor not found: %r" % (cid, it["after"]))
                    continue
                pos = a + len(it["after"])
                errs.append({"start": pos, "end": pos, "text": "", "type": "omission",
                             "severity": it["severity"], "ref_text": it["ref"]})
                continue
            s = find_occ(cand, it["text"], it["occ"])
            if s < 0:
                problems.append("%s: span not found in candidate: %r" % (cid, it["text"]))
                continue
            span = {"start": s, "end": s + len(it["text"]), "text": it["text"]}
            if it["kind"] == "error":
                span.update({"type": it["type"], "severity": it["severity"],
                             "ref_text": it["ref"]})
                errs.append(span)
            else:
                span["ref_text"] = it["ref"]
                traps.append(span)
        errs.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        rec = {"id": cid, "domain": case["domain"], "mode": case["mode"],
               "reference": ref, "candidate": cand,
               "label": "inconsistent" if errs else "consistent",
               "errors": errs, "traps": traps}
        records.append(rec)
    return records, problems


def validate(records, problems):
    ids = set()
    for r in records:
        cid, ref, cand = r["id"], r["reference"], r["candidate"]
        if cid in ids:
            problems.append("%s: duplicate id" % cid)
        ids.add(cid)
        if r["mode"] not in MODES:
            problems.append("%s: bad mode" % cid)
        nref = len(words(ref))
        if not 70 <= nref <= 180:
            problems.append("%s: reference has %d words" % (cid, nref))
        if r["mode"] == "summary" and len(words(cand)) >= nref:
            problems.append("%s: summary not shorter than reference" % cid)
        if r["label"] == "consistent":
            if r["errors"]:
                problems.append("%s: consistent pair with errors" % cid)
            if not 2 <= len(r["traps"]) <= 5:
                problems.append("%s: consistent pair needs 2-5 traps" % cid)
        else:
            if not 1 <= len(r["errors"]) <= 2:
                problems.append("%s: inconsistent pair needs 1-2 errors" % cid)
        spans = []
        for e in r["errors"]:
            if e["type"] not in ERROR_TYPES:
                problems.append("%s: bad error type %r" % (cid, e["type"]))
            if e["severity"] not in SEVERITIES:
                problems.append("%s: bad severity %r" % (cid, e["severity"]))
            if cand[e["start"]:e["end"]] != e["text"]:
                problems.append("%s: offsets do not match text %r" % (cid, e["text"]))
            if e["type"] == "omission":
                if r["mode"] == "summary":
                    problems.append("%s: omission in a summary" % cid)
                if e["start"] != e["end"] or e["text"] != "":
                    problems.append("%s: omission must be empty" % cid)
                if not e["ref_text"] or e["ref_text"] not in ref:
                    problems.append("%s: omission ref_text not in reference" % cid)
                if e["ref_text"] and e["ref_text"].lower() in cand.lower():
                    problems.append("%s: omitted words present in candidate" % cid)
                if cuts_word(cand, e["start"]):
                    problems.append("%s: omission point inside a word" % cid)
            else:
                if e["start"] >= e["end"]:
                    problems.append("%s: empty non-omission span" % cid)
                if e["type"] in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        problems.append("%s: %s must have null ref_text" % (cid, e["type"]))
                else:
                    if not e["ref_text"] or e["ref_text"] not in ref:
                        problems.append("%s: ref_text not in reference: %r"
                                        % (cid, e["ref_text"]))
                if e["type"] == "repetition":
                    # the repeated content must echo earlier candidate text
                    earlier = cand[:e["start"]].lower()
                    key = [w for w in re.findall(r"[\w']+", e["text"].lower()) if len(w) > 3]
                    shared = sum(1 for w in key if w in earlier)
                    if not key or shared < max(2, len(key) // 2):
                        problems.append("%s: repetition does not echo earlier text" % cid)
                if e["type"] in ("entity", "number", "date") and re.search(
                        r"(?<!\w)%s(?!\w)" % re.escape(e["text"]), ref):
                    problems.append("%s: error span copied verbatim from reference: %r"
                                    % (cid, e["text"]))
                spans.append((e["start"], e["end"], e["text"]))
            if cuts_word(cand, e["start"]) or cuts_word(cand, e["end"]):
                problems.append("%s: span cuts a word: %r" % (cid, e["text"]))
        for t in r["traps"]:
            if cand[t["start"]:t["end"]] != t["text"] or t["start"] >= t["end"]:
                problems.append("%s: trap offsets do not match %r" % (cid, t["text"]))
            if not t["ref_text"] or t["ref_text"] not in ref:
                problems.append("%s: trap ref_text not in reference: %r" % (cid, t["ref_text"]))
            if cuts_word(cand, t["start"]) or cuts_word(cand, t["end"]):
                problems.append("%s: trap span cuts a word: %r" % (cid, t["text"]))
            spans.append((t["start"], t["end"], t["text"]))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                problems.append("%s: spans overlap: %r / %r" % (cid, a[2], b[2]))
        for e in r["errors"]:
            if e["type"] == "omission":
                for s, t_, txt in spans:
                    if s < e["start"] < t_:
                        problems.append("%s: omission point inside span %r" % (cid, txt))

    # composition
    if len(records) != EXPECT_PAIRS:
        problems.append("expected %d pairs, got %d" % (EXPECT_PAIRS, len(records)))
    labels = Counter(r["label"] for r in records)
    if labels["consistent"] != EXPECT_CONSISTENT or labels["inconsistent"] != EXPECT_INCONSISTENT:
        problems.append("label counts wrong: %s" % dict(labels))
    modes = Counter(r["mode"] for r in records)
    if dict(modes) != EXPECT_MODES:
        problems.append("mode counts wrong: %s" % dict(modes))
    types = Counter(e["type"] for r in records for e in r["errors"])
    for t in ERROR_TYPES:
        if types[t] < MIN_PER_TYPE:
            problems.append("error type %s has only %d" % (t, types[t]))
    total = sum(types.values())
    lo, hi = EXPECT_ERROR_TOTAL_RANGE
    if not lo <= total <= hi:
        problems.append("total errors %d outside %d-%d" % (total, lo, hi))
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    if sev["minor"] > total // 4 or sev["minor"] == 0:
        problems.append("severity mix off: %s" % dict(sev))
    refs = [r["reference"] for r in records]
    if len(set(refs)) != len(refs):
        problems.append("duplicate references")
    return problems


def summary(records):
    modes = Counter(r["mode"] for r in records)
    labels = Counter(r["label"] for r in records)
    types = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    ntraps = sum(len(r["traps"]) for r in records)
    ctraps = sum(len(r["traps"]) for r in records if r["label"] == "consistent")
    lines = [
        "pairs: %d  %s" % (len(records), dict(labels)),
        "modes: %s" % dict(modes),
        "errors: %d  %s" % (sum(types.values()), {t: types[t] for t in ERROR_TYPES}),
        "severity: %s" % dict(sev),
        "traps: %d (%d in consistent pairs)" % (ntraps, ctraps),
        "domains: %d distinct" % len(set(r["domain"] for r in records)),
    ]
    return "\n".join(lines)


def main(argv):
    check_only = "--check" in argv
    records, problems = build()
    problems = validate(records, problems)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        return 1
    print(summary(records))
    if check_only:
        print("check passed (nothing written)")
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
