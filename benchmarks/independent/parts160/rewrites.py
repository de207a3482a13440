"""Rewrite pairs for set160 (hand-written; all names invented).

Each case: domain, mode, label, reference, candidate, errors, traps.
Error spans are given by quoted text (+ optional "occ" occurrence index);
omissions by an anchor ("after" / "before") plus the missing reference words.
"""

CASES = [
    # ------------------------------------------------------------------ 1
    dict(
        domain="mortuary capacity",
        mode="rewrite",
        label="inconsistent",
        reference=(
            "The regional coroner's office in Dunmere has warned that its central mortuary is operating at "
            "94 per cent of capacity after a winter surge in deaths. The facility, which has 120 refrigerated "
            "spaces, was holding 113 bodies on Monday morning, according to figures released by the Dunmere "
            "Health Authority. Officials said two temporary cold-storage units, each able to hold 18 bodies, "
            "would be installed in the car park by the end of next week. Chief coroner Adaeze Molloy said "
            "post-mortem examinations were being delayed by up to nine days because only three pathologists "
            "were available. 'Families are waiting far longer than they should for answers,' she said. The "
            "authority said it was recruiting locum staff and had asked neighbouring districts to accept some cases."
        ),
        candidate=(
            "Dunmere's central mortuary is running at 94% of capacity following a rise in winter deaths, the "
            "regional coroner's office has warned. Health authority figures show that 113 of its 120 refrigerated "
            "spaces were occupied on Monday morning. Two temporary cold-storage units, together holding 18 bodies, "
            "will be placed in the car park by the end of next week, officials said. According to chief coroner "
            "Adaeze Molloy, post-mortem examinations are being held up by as much as nine days because only three "
            "pathologists are available. 'Families are waiting far longer than they should for answers,' she said. "
            "The authority said it was recruiting locum staff."
        ),
        errors=[
            dict(type="number", severity="major", text="together holding 18 bodies",
                 ref_text="each able to hold 18 bodies"),
            dict(type="omission", severity="minor", after="recruiting locum staff",
                 ref_text="had asked neighbouring districts to accept some cases"),
        ],
        traps=[
            dict(text="94%", ref_text="94 per cent"),
            dict(text="113 of its 120 refrigerated spaces were occupied",
                 ref_text="which has 120 refrigerated spaces, was holding 113 bodies"),
            dict(text="by as much as nine days", ref_text="by up to nine days"),
        ],
    ),
    # ------------------------------------------------------------------ 2
    dict(
        domain="submarine dismantling",
        mode="rewrite",
        label="inconsistent",
        reference=(
            "The defence ministry has awarded a £310 million contract to dismantle four decommissioned nuclear "
            "submarines at the Harrowby naval base. The work will be carried out by Castellan Marine Engineering, "
            "which will subcontract radioactive waste handling to Northpoint Nuclear Services. The first vessel, "
            "the former patrol submarine Resolute Wren, is due to enter dry dock in September, and the programme "
            "is expected to last eleven years. Reactor compartments will be cut out and stored on land at Harrowby "
            "until a national disposal facility becomes available. Local councillor Brendan Oyelaran welcomed the "
            "240 jobs the contract is expected to create but said residents wanted 'clear guarantees' about "
            "safety monitoring."
        ),
        candidate=(
            "A £310m defence ministry contract to dismantle four decommissioned nuclear submarines at the Harrowby "
            "naval base has been awarded to Northpoint Nuclear Services, which will subcontract the handling of "
            "radioactive waste to Castellan Marine Engineering. The first boat, the former patrol submarine "
            "Resolute Wren, is scheduled to go into dry dock in September, and the whole programme is expected to "
            "take eleven years. Until a national disposal facility is available, the reactor compartments will be "
            "cut out and kept in land storage at Harrowby. Councillor Brendan Oyelaran welcomed the 240 jobs the "
            "deal is expected to bring, but said local people wanted 'clear guarantees' on safety monitoring."
        ),
        errors=[
            dict(type="role", severity="major",
                 text="Northpoint Nuclear Services, which will subcontract the handling of radioactive waste to "
                      "Castellan Marine Engineering",
                 ref_text="Castellan Marine Engineering, which will subcontract radioactive waste handling to "
                          "Northpoint Nuclear Services"),
        ],
        traps=[
            dict(text="£310m", ref_text="£310 million"),
            dict(text="is scheduled to go into dry dock", ref_text="is due to enter dry dock"),
            dict(text="kept in land storage", ref_text="stored on land"),
        ],
    ),
    # ------------------------------------------------------------------ 3
    dict(
        domain="naval dockyard jobs",
        mode="rewrite",
        label="inconsistent",
        reference=(
            "Up to 650 jobs at the Saltmarsh naval dockyard could be lost if the government does not confirm a "
            "frigate refit order by the end of the year, the yard's operator has said. Brennock Shipyards, which "
            "employs 2,100 people at the site, told staff on Thursday that it may have to begin consultation on "
            "redundancies in January. Managing director Felicity Arkwright said the company had 'no realistic "
            "alternative' work to fill the gap. The defence procurement agency said a decision on the refit would "
            "be made 'in due course' and that Saltmarsh remained a strong candidate. The Dockyard Trades Alliance, "
            "which represents most of the workforce, called for an urgent meeting with ministers."
        ),
        candidate=(
            "Brennock Shipyards has warned that as many as 650 jobs at the Saltmarsh naval dockyard could go "
            "unless the government confirms a frigate refit order before the year is out. The company, which has "
            "2,100 employees at the site, told its workforce on Thursday that it will begin consultation on "
            "redundancies in January. Managing director Felicity Arkwright said there was 'no realistic "
            "alternative' work to fill the gap. The defence procurement agency said it would decide on the refit "
            "'in due course', adding that Saltmarsh remained a strong candidate. Managing director Felicity "
            "Arkwright said there was 'no realistic alternative' work to fill the gap. The Dockyard Trades "
            "Alliance, which represents most of the workforce, has asked for an urgent meeting with ministers."
        ),
        errors=[
            dict(type="modality", severity="major", text="it will begin consultation",
                 ref_text="it may have to begin consultation"),
            dict(type="repetition", severity="minor", occ=1,
                 text="Managing director Felicity Arkwright said there was 'no realistic alternative' work to "
                      "fill the gap.",
                 ref_text=None),
        ],
        traps=[
            dict(text="as many as 650 jobs", ref_text="Up to 650 jobs"),
            dict(text="unless the government confirms a frigate refit order before the year is out",
                 ref_text="if the government does not confirm a frigate refit order by the end of the year"),
            dict(text="which has 2,100 employees", ref_text="which employs 2,100 people"),
        ],
    ),
    # ------------------------------------------------------------------ 4
    dict(
        domain="mineral water source licence",
        mode="rewrite",
        label="inconsistent",
        reference=(
            "The Kessock River Authority has refused to renew the abstraction licence for the Glenbarra spring, "
            "which bottler Clearburn Waters has used since 1987. In a decision published on Wednesday, the "
            "authority said monitoring had shown groundwater levels in the aquifer falling for six consecutive "
            "years. It said it had found no evidence that bottling was the main cause of the decline, but that "
            "further abstraction at the current rate was 'unsustainable'. Clearburn, which bottles about 40 "
            "million litres a year at the site, had applied to extend the licence for a further 15 years. The "
            "company said it was 'deeply disappointed' and would appeal. Around 85 people work at the bottling plant."
        ),
        candidate=(
            "Clearburn Waters has been refused a renewal of its abstraction licence for the Glenbarra spring, "
            "which the company has used since 1987. Publishing its decision on Wednesday, the Kessock River "
            "Authority said its monitoring showed that groundwater levels in the aquifer had fallen in each of the "
            "past six years. The authority said it had found evidence that bottling was the main cause of the "
            "decline and that further abstraction at the current rate was 'unsustainable'. Clearburn, which "
            "bottles roughly 40 million litres a year there, had sought a 15-year extension. The company said it "
            "was 'deeply disappointed' and would appeal. The bottling plant employs around 85 people."
        ),
        errors=[
            dict(type="polarity", severity="critical", text="had found evidence",
                 ref_text="had found no evidence"),
        ],
        traps=[
            dict(text="had fallen in each of the past six years", ref_text="falling for six consecutive years"),
            dict(text="had sought a 15-year extension",
                 ref_text="had applied to extend the licence for a further 15 years"),
        ],
    ),
    # ------------------------------------------------------------------ 5
    dict(
        domain="caviar seizure",
        mode="rewrite",
        label="inconsistent",
        reference=(
            "Customs officers at Port Aldwick seized 86 kilograms of illegally imported caviar on 14 February, "
            "the Revenue and Customs Directorate said on Monday. The consignment, labelled as smoked fish, arrived "
            "on a refrigerated lorry operated by Petrescu Haulage and was found during a routine X-ray inspection. "
            "Laboratory tests showed the roe came from wild beluga sturgeon, a critically endangered species whose "
            "commercial trade is banned under international rules. The caviar has an estimated retail value of "
            "1.1 million euros. The driver, a 47-year-old man, was arrested and later released on bail. Officers "
            "said they were also investigating Marlowe Fine Foods, the company named as the recipient on the "
            "shipping documents."
        ),
        candidate=(
            "Port Aldwick customs officers seized 86kg of illegally imported caviar on Monday, according to the "
            "Revenue and Customs Directorate. Carried on a refrigerated lorry run by Petrescu Haulage and labelled "
            "as smoked fish, the consignment was picked up by a routine X-ray check. Laboratory analysis found the "
            "roe was from wild beluga sturgeon, a critically endangered species that cannot legally be traded "
            "commercially under international rules. The caviar is estimated to be worth €1.1m at retail prices. "
            "A 47-year-old man who was driving the lorry was arrested and has since been bailed. Investigators are "
            "also looking into Petrescu Haulage, which was named as the recipient on the shipping documents."
        ),
        errors=[
            dict(type="date", severity="major", text="on Monday", ref_text="on 14 February"),
            dict(type="entity", severity="major", occ=1, text="Petrescu Haulage", ref_text="Marlowe Fine Foods"),
        ],
        traps=[
            dict(text="86kg", ref_text="86 kilograms"),
            dict(text="€1.1m", ref_text="1.1 million euros"),
            dict(text="has since been bailed", ref_text="later released on bail"),
        ],
    ),
    # ------------------------------------------------------------------ 6
    dict(
        domain="adoption agency merger",
        mode="rewrite",
        label="inconsistent",
        reference=(
            "Two of the country's oldest adoption agencies are to merge after trustees of both charities approved "
            "the plan on Tuesday. Haven Families, based in Carrick, will take over the smaller Brightwater Adoption "
            "Trust, which has struggled with falling income since 2021. The combined organisation will keep the "
            "Haven Families name and will be led by Brightwater's chief executive, Mariam Colquhoun. It will have "
            "about 140 staff and place an estimated 90 children a year with new families. No redundancies are "
            "planned among social workers, although six administrative posts will be cut. The merger requires "
            "approval from the charity regulator and is expected to be completed by the summer."
        ),
        candidate=(
            "Trustees of two of the country's oldest adoption agencies voted on Tuesday to merge the charities. "
            "Under the plan, the smaller Brightwater Adoption Trust, whose income has been falling since 2021, "
            "will take over Carrick-based Haven Families. The new organisation will retain the Haven Families name, "
            "with Brightwater chief executive Mariam Colquhoun at its head. It will employ around 140 people and is "
            "expected to find new families for some 140 children each year. Six administrative jobs will go, but "
            "there are no plans to make any social workers redundant. The merger still needs the charity "
            "regulator's approval and should be finalised by the summer."
        ),
        errors=[
            dict(type="role", severity="major",
                 text="the smaller Brightwater Adoption Trust, whose income has been falling since 2021, will take over "
                      "Carrick-based Haven Families",
                 ref_text="Haven Families, based in Carrick, will take over the smaller Brightwater Adoption Trust"),
            dict(type="number", severity="major", text="some 140 children", ref_text="an estimated 90 children"),
        ],
        traps=[
            dict(text="It will employ around 140 people", ref_text="It will have about 140 staff"),
            dict(text="Six administrative jobs will go", ref_text="six administrative posts will be cut"),
            dict(text="should be finalised by the summer", ref_text="is expected to be completed by the summer"),
        ],
    ),
    # ------------------------------------------------------------------ 7
    dict(
        domain="rice stockpile release",
        mode="rewrite",
        label="inconsistent",
        reference=(
            "The National Food Reserve Board will release 200,000 tonnes of rice from government stockpiles over "
            "the next three months in an attempt to bring down prices, the agriculture minister, Rohan Satyapal, "
            "announced on Friday. Retail rice prices have risen by 38 per cent since January, driven by a poor "
            "harvest and higher fertiliser costs. The rice will be sold to licensed wholesalers at a fixed price "
            "of 41 rupees per kilogram. The Consumer Rights Forum welcomed the move but warned that previous "
            "releases had been 'quietly diverted' to exporters. The board's chairwoman, Lakshmi Dorairaj, said "
            "sales would be monitored and any wholesaler found reselling abroad would lose its licence."
        ),
        candidate=(
            "Agriculture minister Rohan Satyapal said on Friday that 200,000 tonnes of rice would be released from "
            "government stocks by the National Food Reserve Board over the coming three months to try to bring "
            "prices down. Shop prices for rice are up 38% since January because of a poor harvest and more "
            "expensive fertiliser. Licensed wholesalers will be able to buy the rice at a fixed 41 rupees a kilo. "
            "The Consumer Rights Forum welcomed the move. The board itself conceded that previous releases had "
            "been 'quietly diverted' to exporters, but its chairwoman, Lakshmi Dorairaj, said sales would be "
            "monitored and any wholesaler caught reselling abroad would lose its licence."
        ),
        errors=[
            dict(type="attribution", severity="major", text="The board itself conceded",
                 ref_text="The Consumer Rights Forum welcomed the move but warned"),
        ],
        traps=[
            dict(text="38%", ref_text="38 per cent"),
            dict(text="a fixed 41 rupees a kilo", ref_text="a fixed price of 41 rupees per kilogram"),
            dict(text="over the coming three months", ref_text="over the next three months"),
        ],
    ),
    # ------------------------------------------------------------------ 8
    dict(
        domain="dental practice contract",
        mode="rewrite",
        label="inconsistent",
        reference=(
            "The Northfield Health Board has ended its contract with the Orchard Lane dental practice in Pellworth "
            "after the practice said it could no longer afford to treat patients under the public scheme. About "
            "4,800 adults and 1,300 children registered with the practice will need to find a new dentist. The "
            "board said it had written to all affected patients and would set up a temporary urgent-care clinic at "
            "Pellworth Health Centre from 3 June. Practice owner Dr Tomasz Wielgosz said the fees paid for public "
            "treatment had not kept pace with costs and that the practice would continue to see private patients. "
            "The board said it hoped to award a new contract for the area within six months."
        ),
        candidate=(
            "The Northfield Health Board has terminated its contract with Orchard Lane dental practice in Pellworth "
            "after the practice told it that treating patients under the public scheme was no longer affordable. "
            "The practice had held the contract for more than twenty years. Some 4,800 adult and 1,300 child "
            "patients registered there will have to find a new dentist. All those affected have been sent letters, "
            "the board said, and a temporary urgent-care clinic will run at Pellworth Health Centre from 3 June. "
            "Owner Dr Tomasz Wielgosz said public treatment fees had failed to keep up with costs and that the "
            "practice would close. The board hopes to award a new contract for the area within six months."
        ),
        errors=[
            dict(type="addition", severity="minor",
                 text="The practice had held the contract for more than twenty years.", ref_text=None),
            dict(type="event", severity="major", text="the practice would close",
                 ref_text="the practice would continue to see private patients"),
        ],
        traps=[
            dict(text="has terminated its contract", ref_text="has ended its contract"),
            dict(text="All those affected have been sent letters",
                 ref_text="it had written to all affected patients"),
            dict(text="had failed to keep up with costs", ref_text="had not kept pace with costs"),
        ],
    ),
    # ------------------------------------------------------------------ 9
    dict(
        domain="midwife rota gaps",
        mode="rewrite",
        label="inconsistent",
        reference=(
            "One in five midwife shifts at St Brannock's maternity unit went unfilled in October, according to an "
            "internal report seen by the Westhaven Gazette. The report, prepared for the hospital trust's board, "
            "found that 212 of 1,060 rostered shifts had no midwife assigned 48 hours before they began. On eleven "
            "occasions the unit was forced to close temporarily to new admissions, with women in labour diverted to "
            "Calderford General, 30 miles away. The trust said agency staff had covered most of the gaps and that "
            "no harm to mothers or babies had been identified. The Royal Guild of Midwives branch secretary, "
            "Jocelyn Ferrante, said staff were 'exhausted and demoralised'."
        ),
        candidate=(
            "An internal report seen by the Westhaven Gazette shows that a fifth of midwife shifts at St Brannock's "
            "maternity unit were not filled in October. Of 1,060 shifts on the rota, 212 still had no midwife "
            "allocated two days before they were due to start, according to the report, which was written for the "
            "hospital trust's board. The unit had to shut temporarily to new admissions eleven times, sending women "
            "in labour to Calderford General, 30 miles away. According to the trust, most of the gaps were covered "
            "by agency staff. Jocelyn Ferrante, branch secretary of the Royal Guild of Midwives, said staff were "
            "'exhausted and demoralised'."
        ),
        errors=[
            dict(type="omission", severity="major", after="covered by agency staff",
                 ref_text="no harm to mothers or babies had been identified"),
        ],
        traps=[
            dict(text="a fifth", ref_text="One in five"),
            dict(text="two days before", ref_text="48 hours before"),
            dict(text="had to shut temporarily to new admissions eleven times",
                 ref_text="On eleven occasions the unit was forced to close temporarily to new admissions"),
        ],
    ),
    # ------------------------------------------------------------------ 10
    dict(
        domain="airbase noise",
        mode="rewrite",
        label="inconsistent",
        reference=(
            "Night flying at the Kestrel Moor airbase could be restricted from next spring under proposals put "
            "forward by the defence ministry following complaints from residents. The draft plan would limit "
            "training flights after 11pm to two nights a week and ban engine testing on Sundays. Around 3,400 homes "
            "lie within the base's main noise contour, where average levels exceed 63 decibels. The ministry said "
            "it would consult residents and local councils for twelve weeks before making a final decision. "
            "Campaign group Quiet Skies Kestrel said the proposals were 'a step forward' but did not go far enough, "
            "and called for a complete ban on flights after 10pm."
        ),
        candidate=(
            "The defence ministry has put forward restrictions on night flying at the Kestrel Moor airbase, which "
            "will come into force next spring, following complaints from residents. Under the draft plan, training "
            "flights after 11pm would be limited to two nights a week and engine testing would be banned on "
            "Sundays. Some 3,400 homes are inside the base's main noise contour, where the average level is above "
            "63 decibels. Residents and local councils will be consulted for 12 weeks before a final decision is "
            "taken, the ministry said. Quiet Skies Kestrel, a campaign group, described the proposals as 'a step "
            "forward' but said they did not go far enough, calling for all flights after 10pm to be banned."
        ),
        errors=[
            dict(type="modality", severity="major", text="which will come into force next spring",
                 ref_text="could be restricted from next spring"),
        ],
        traps=[
            dict(text="Residents and local councils will be consulted",
                 ref_text="it would consult residents and local councils"),
        ],
    ),
    # ------------------------------------------------------------------ 21
    dict(
        domain="rally stage cancelled",
        mode="rewrite",
        label="consistent",
        reference=(
            "Organisers of the Carn Dubh Forest Rally have cancelled Saturday's opening stage after heavy overnight "
            "rain made sections of the gravel route impassable. The 22-kilometre stage through Glenmorrow Forest "
            "was due to start at 9.30am. Clerk of the course Isla Brannigan said safety marshals had found two "
            "washed-out bridges and a landslip near the 14-kilometre mark. 'We cannot put crews or spectators at "
            "risk,' she said. The remaining seven stages will go ahead as planned, although the Sunday schedule may "
            "be shortened if conditions worsen. Drivers will not be awarded times for the cancelled stage. Around "
            "65 crews are entered, including defending champion Callum Strachan."
        ),
        candidate=(
            "Heavy overnight rain has forced organisers of the Carn Dubh Forest Rally to cancel Saturday's opening "
            "stage, with parts of the gravel route left impassable. The 22km stage through Glenmorrow Forest had "
            "been scheduled to start at half past nine in the morning. Safety marshals discovered a landslip close "
            "to the 14km point as well as two bridges that had been washed out, according to clerk of the course "
            "Isla Brannigan. 'We cannot put crews or spectators at risk,' she said. The other seven stages will go "
            "ahead as planned, but Sunday's programme could be cut back if conditions deteriorate. No times will "
            "be given for the cancelled stage. Some 65 crews, among them reigning champion Callum Strachan, have "
            "entered."
        ),
        errors=[],
        traps=[
            dict(text="22km", ref_text="22-kilometre"),
            dict(text="half past nine in the morning", ref_text="9.30am"),
            dict(text="two bridges that had been washed out", ref_text="two washed-out bridges"),
            dict(text="could be cut back if conditions deteriorate", ref_text="may be shortened if conditions worsen"),
            dict(text="reigning champion", ref_text="defending champion"),
        ],
    ),
    # ------------------------------------------------------------------ 22
    dict(
        domain="sculpture park opening",
        mode="rewrite",
        label="consistent",
        reference=(
            "A new sculpture park created on a former quarry site outside Belhaven will open to the public on 1 "
            "May, the Marrick Arts Foundation has announced. The 30-acre park will display 42 works by 28 artists, "
            "including a 9-metre bronze by the late sculptor Ruth Oduya that was commissioned for the site. Entry "
            "will be free for the first year, after which adults will pay £6. The foundation spent £4.5 million "
            "restoring the quarry, with half of the cost met by a grant from the National Heritage Lottery Trust. "
            "Director Simon Achterberg said the park was expected to attract 80,000 visitors a year. A shuttle bus "
            "will run from Belhaven station at weekends."
        ),
        candidate=(
            "The Marrick Arts Foundation has announced that its new sculpture park, created on a disused quarry "
            "outside Belhaven, will open to the public on 1 May. Forty-two works by 28 artists will be shown across "
            "the 30-acre site, among them a nine-metre bronze by the late sculptor Ruth Oduya, which was "
            "commissioned for the park. Visitors will not be charged for the first twelve months; after that, adult "
            "admission will cost £6. Restoring the quarry cost the foundation £4.5m, 50% of which was covered by a "
            "grant from the National Heritage Lottery Trust. The park is expected to draw 80,000 visitors annually, "
            "according to director Simon Achterberg. At weekends, a shuttle bus will operate from Belhaven station."
        ),
        errors=[],
        traps=[
            dict(text="Forty-two works", ref_text="42 works"),
            dict(text="nine-metre", ref_text="9-metre"),
            dict(text="Visitors will not be charged for the first twelve months",
                 ref_text="Entry will be free for the first year"),
            dict(text="50% of which was covered", ref_text="with half of the cost met"),
            dict(text="80,000 visitors annually", ref_text="80,000 visitors a year"),
        ],
    ),
    # ------------------------------------------------------------------ 23
    dict(
        domain="drug rehabilitation centre",
        mode="rewrite",
        label="consistent",
        reference=(
            "Plans for a 36-bed residential drug rehabilitation centre on the outskirts of Tollgate have been "
            "approved by the Ferncliffe District Council planning committee despite objections from some "
            "neighbours. The centre, to be run by the charity Second Dawn, will offer programmes lasting between 12 "
            "and 26 weeks for adults recovering from addiction. Committee members voted 8 to 3 in favour after the "
            "charity agreed to fund a part-time community liaison officer and install security lighting. A total "
            "of 94 letters of objection were received, mostly raising concerns about anti-social behaviour. Second "
            "Dawn's chief executive, Farida Nkemelu, said there was 'a desperate shortage' of residential places in "
            "the region. The charity hopes to admit its first residents in early 2026."
        ),
        candidate=(
            "Councillors on Ferncliffe District Council's planning committee have given the go-ahead to a "
            "residential drug rehabilitation centre with 36 beds on the edge of Tollgate, despite objections from "
            "some neighbours. They backed the scheme by eight votes to three once the charity that will run it, "
            "Second Dawn, had agreed to pay for a part-time community liaison officer and to put in security "
            "lighting. Adults recovering from addiction will be offered 12- to 26-week programmes. The council "
            "received 94 objection letters, most of which cited fears of anti-social behaviour. There was 'a "
            "desperate shortage' of residential places in the region, said Farida Nkemelu, the charity's chief "
            "executive. Second Dawn hopes to admit its first residents in the first months of 2026."
        ),
        errors=[],
        traps=[
            dict(text="have given the go-ahead", ref_text="have been approved"),
            dict(text="by eight votes to three", ref_text="voted 8 to 3"),
            dict(text="12- to 26-week programmes", ref_text="programmes lasting between 12 and 26 weeks"),
            dict(text="most of which cited fears of anti-social behaviour",
                 ref_text="mostly raising concerns about anti-social behaviour"),
            dict(text="in the first months of 2026", ref_text="in early 2026"),
        ],
    ),
    # ------------------------------------------------------------------ 24
    dict(
        domain="diamond certification",
        mode="rewrite",
        label="consistent",
        reference=(
            "The Gemmological Standards Institute has suspended the certification of diamonds from the Okavu "
            "Valley mine for six months after finding that documents for several shipments had been falsified. An "
            "audit covering 2023 and 2024 identified 11 consignments, worth a combined $38 million, whose "
            "certificates listed incorrect weights or origin details. The institute said it had no evidence that "
            "conflict diamonds had entered the supply chain. Mine operator Seraphine Resources said it was "
            "cooperating fully and had dismissed two employees in its export office. Without certification, the "
            "mine's stones cannot be sold through the major trading centres. The suspension will be reviewed in March."
        ),
        candidate=(
            "Diamonds from the Okavu Valley mine will not be certified by the Gemmological Standards Institute for "
            "six months, after the institute discovered that paperwork for a number of shipments had been forged. "
            "An audit covering 2023–24 found 11 consignments, together valued at $38m, with certificates showing "
            "wrong weights or origin details. There was no evidence, the institute said, that conflict diamonds had "
            "got into the supply chain. Seraphine Resources, which operates the mine, said it was cooperating fully "
            "and had sacked two members of staff in its export office. Uncertified stones from the mine cannot be "
            "traded through the main trading centres. The suspension will be reviewed in March."
        ),
        errors=[],
        traps=[
            dict(text="had been forged", ref_text="had been falsified"),
            dict(text="2023–24", ref_text="2023 and 2024"),
            dict(text="together valued at $38m", ref_text="worth a combined $38 million"),
            dict(text="had sacked two members of staff", ref_text="had dismissed two employees"),
            dict(text="Uncertified stones from the mine cannot be traded",
                 ref_text="Without certification, the mine's stones cannot be sold"),
        ],
    ),
    # ------------------------------------------------------------------ 25
    dict(
        domain="dinosaur track vandalism",
        mode="rewrite",
        label="consistent",
        reference=(
            "Dinosaur footprints thought to be about 165 million years old have been damaged by vandals on the "
            "foreshore at Skelling Bay, the Coastal Heritage Service said on Tuesday. At least six of the tracks, "
            "left by a large meat-eating dinosaur, had been scratched with a sharp tool and one had been partly "
            "chiselled away. The damage was discovered by a volunteer warden on Sunday morning. The site is legally "
            "protected, and damaging it can lead to an unlimited fine. Dr Neil Fairbairn, a palaeontologist at "
            "Carlow University, said the footprints were among the best-preserved of their age in the country. "
            "Police have asked anyone who saw suspicious activity on the beach over the weekend to come forward."
        ),
        candidate=(
            "Vandals have damaged dinosaur footprints believed to date back roughly 165 million years on the "
            "Skelling Bay foreshore, the Coastal Heritage Service said on Tuesday. A sharp tool had been used to "
            "scratch no fewer than six of the prints, which were made by a large carnivorous dinosaur, and part of "
            "one had been chiselled off. A volunteer warden came across the damage on Sunday morning. Because the "
            "site has legal protection, damaging it can result in an unlimited fine. The footprints are some of the "
            "best-preserved of their age in the country, according to Carlow University palaeontologist Dr Neil "
            "Fairbairn. Police are asking anyone who noticed suspicious activity on the beach at the weekend to get "
            "in touch."
        ),
        errors=[],
        traps=[
            dict(text="believed to date back roughly 165 million years",
                 ref_text="thought to be about 165 million years old"),
            dict(text="no fewer than six", ref_text="At least six"),
            dict(text="a large carnivorous dinosaur", ref_text="a large meat-eating dinosaur"),
            dict(text="part of one had been chiselled off", ref_text="one had been partly chiselled away"),
            dict(text="some of the best-preserved", ref_text="among the best-preserved"),
        ],
    ),
    # ------------------------------------------------------------------ 26
    dict(
        domain="bedbug outbreak in hostel",
        mode="rewrite",
        label="consistent",
        reference=(
            "A youth hostel in the centre of Marnford has closed for at least ten days after an outbreak of "
            "bedbugs, its operator confirmed on Wednesday. Wayfarer Hostels said guests in three of the building's "
            "24 dormitories had reported bites over the weekend and that a pest control firm had since found "
            "infestations in five rooms. All 140 guests booked for the coming fortnight are being offered either a "
            "full refund or a place at the company's other hostel in the city. The council's environmental health "
            "team said it had inspected the premises and was satisfied with the steps being taken. The hostel will "
            "reopen only after two clear inspections, the company said."
        ),
        candidate=(
            "Wayfarer Hostels confirmed on Wednesday that its youth hostel in central Marnford had closed for a "
            "minimum of ten days because of a bedbug outbreak. According to the company, guests staying in three "
            "of the 24 dormitories complained of bites at the weekend, and a pest control firm has since discovered "
            "infestations in five rooms. The 140 guests with bookings over the next two weeks are all being offered "
            "the choice of a full refund or a bed at Wayfarer's other hostel in the city. Environmental health "
            "officers from the council have inspected the building and said they were satisfied with the measures "
            "being taken. It will not reopen until it has passed two clear inspections, the company said."
        ),
        errors=[],
        traps=[
            dict(text="for a minimum of ten days", ref_text="for at least ten days"),
            dict(text="complained of bites", ref_text="had reported bites"),
            dict(text="over the next two weeks", ref_text="for the coming fortnight"),
            dict(text="a bed at Wayfarer's other hostel", ref_text="a place at the company's other hostel"),
            dict(text="It will not reopen until it has passed two clear inspections",
                 ref_text="The hostel will reopen only after two clear inspections"),
        ],
    ),
    # ------------------------------------------------------------------ 27
    dict(
        domain="parrot export permits",
        mode="rewrite",
        label="consistent",
        reference=(
            "The Wildlife Trade Authority has stopped issuing export permits for the blue-crowned amazon parrot "
            "after a survey found the wild population had fallen by 40 per cent in a decade. Director-General Amara "
            "Tshabangu said on Monday that no new permits would be granted for at least two years, although 17 "
            "permits issued before the decision would be honoured. Licensed breeders will still be allowed to "
            "export birds bred in captivity, provided each one carries a microchip and a DNA certificate. The "
            "survey estimated that fewer than 9,000 of the parrots remain in the wild. Conservation group Canopy "
            "Watch welcomed the move but said enforcement at border crossings needed to be strengthened."
        ),
        candidate=(
            "Export permits for the blue-crowned amazon parrot are no longer being issued by the Wildlife Trade "
            "Authority, following a survey showing that numbers in the wild had dropped by two-fifths over ten "
            "years. No fresh permits will be granted for a minimum of two years, the authority's director-general, "
            "Amara Tshabangu, said on Monday, but the 17 issued before the decision will be honoured. Captive-bred "
            "birds can still be exported by licensed breeders as long as every bird is microchipped and has a DNA "
            "certificate. The survey put the number left in the wild at below 9,000. Canopy Watch, a conservation "
            "group, welcomed the decision, though it said enforcement at border crossings had to be tightened."
        ),
        errors=[],
        traps=[
            dict(text="two-fifths over ten years", ref_text="40 per cent in a decade"),
            dict(text="for a minimum of two years", ref_text="for at least two years"),
            dict(text="as long as every bird is microchipped", ref_text="provided each one carries a microchip"),
            dict(text="The survey put the number left in the wild at below 9,000",
                 ref_text="The survey estimated that fewer than 9,000 of the parrots remain in the wild"),
            dict(text="had to be tightened", ref_text="needed to be strengthened"),
        ],
    ),
    # ------------------------------------------------------------------ 28
    dict(
        domain="prosthetic limb service",
        mode="rewrite",
        label="consistent",
        reference=(
            "Waiting times for new prosthetic limbs at the Hartwell Regional Limb Centre have fallen from an "
            "average of 19 weeks to seven weeks since the service moved to a new building in March, according to "
            "figures published by the Hartwell Health Partnership. The centre, which fits around 650 artificial "
            "limbs a year, now has its own 3D-scanning suite and an on-site workshop, meaning most sockets can be "
            "made and adjusted in a single visit. Clinical lead Dr Yusuf Haddadi said patients previously had to "
            "make an average of four trips before a limb was ready. The partnership said it would use the savings "
            "to employ two additional prosthetists by the end of the year."
        ),
        candidate=(
            "Patients at the Hartwell Regional Limb Centre are now waiting an average of seven weeks for a new "
            "prosthetic limb, down from 19 weeks before the service moved into new premises in March, figures "
            "published by the Hartwell Health Partnership show. With its own 3D-scanning suite and on-site "
            "workshop, the centre, which fits about 650 artificial limbs annually, can now make and adjust most "
            "sockets in one visit. Previously, patients had to make four trips on average before a limb was ready, "
            "said clinical lead Dr Yusuf Haddadi. The savings will be used to employ two more prosthetists by the "
            "end of the year, the partnership said."
        ),
        errors=[],
        traps=[
            dict(text="down from 19 weeks", ref_text="have fallen from an average of 19 weeks"),
            dict(text="about 650 artificial limbs annually", ref_text="around 650 artificial limbs a year"),
            dict(text="in one visit", ref_text="in a single visit"),
            dict(text="four trips on average", ref_text="an average of four trips"),
            dict(text="two more prosthetists", ref_text="two additional prosthetists"),
        ],
    ),
    # ------------------------------------------------------------------ 29
    dict(
        domain="memorial plaque wording",
        mode="rewrite",
        label="consistent",
        reference=(
            "A memorial plaque to the 23 miners who died in the 1957 Corran Pit disaster will be replaced after "
            "relatives complained that it misspelled four of the victims' names. Lindford Borough Council, which "
            "installed the bronze plaque outside the former colliery gates in May, said a corrected version would "
            "be cast at its own expense and fitted before the anniversary on 9 October. The council has also agreed "
            "to add a line recording that the men were killed by an underground explosion, wording the families "
            "had requested. Margaret Hollins, whose grandfather died in the disaster, said relatives were 'relieved "
            "but still upset that it happened'. The original plaque cost £3,800."
        ),
        candidate=(
            "A memorial plaque that misspelled four of the names of the 23 miners killed in the Corran Pit disaster "
            "of 1957 is to be replaced following complaints from relatives. Lindford Borough Council, which put the "
            "bronze plaque up outside the old colliery gates in May, said it would pay for a corrected version to "
            "be cast and fitted ahead of the anniversary on 9 October. At the families' request, the council has "
            "also agreed to include a line stating that the men were killed by an underground explosion. Relatives "
            "were 'relieved but still upset that it happened', said Margaret Hollins, whose grandfather was among "
            "those who died. The original plaque cost £3,800."
        ),
        errors=[],
        traps=[
            dict(text="is to be replaced following complaints from relatives",
                 ref_text="will be replaced after relatives complained"),
            dict(text="the old colliery gates", ref_text="the former colliery gates"),
            dict(text="said it would pay for a corrected version", ref_text="at its own expense"),
            dict(text="ahead of the anniversary", ref_text="before the anniversary"),
            dict(text="At the families' request", ref_text="wording the families had requested"),
        ],
    ),
    # ------------------------------------------------------------------ 30
    dict(
        domain="cadet force expansion",
        mode="rewrite",
        label="consistent",
        reference=(
            "The government plans to open 120 new cadet units in state secondary schools over the next four years, "
            "increasing the number of school-based units to about 500. Defence minister Carys Pendleton said the "
            "£28 million scheme would give an extra 6,000 pupils the chance to take part in activities such as "
            "first aid, navigation and leadership training. Priority will be given to schools in areas with high "
            "levels of deprivation. Each school will receive start-up funding and support from regular and reserve "
            "forces instructors. The National Union of Teachers and Lecturers said it had no objection in principle "
            "but warned that staff should not be expected to run units in their own time."
        ),
        candidate=(
            "Over the next four years the government intends to open 120 new cadet units in state secondary "
            "schools, taking the number of school-based units to around 500. The £28m programme will offer an "
            "additional 6,000 pupils the opportunity to do activities including navigation, leadership training "
            "and first aid, according to defence minister Carys Pendleton. Schools in highly deprived areas will "
            "be first in line. Every school will get start-up money as well as support from regular and reserve "
            "forces instructors. While it had no objection in principle, the National Union of Teachers and "
            "Lecturers warned that staff should not be expected to run units in their own time."
        ),
        errors=[],
        traps=[
            dict(text="intends to", ref_text="plans to"),
            dict(text="£28m programme", ref_text="£28 million scheme"),
            dict(text="an additional 6,000 pupils", ref_text="an extra 6,000 pupils"),
            dict(text="Schools in highly deprived areas will be first in line",
                 ref_text="Priority will be given to schools in areas with high levels of deprivation"),
            dict(text="While it had no objection in principle", ref_text="said it had no objection in principle but"),
        ],
    ),
]
