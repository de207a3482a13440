"""Summary pairs for set160 (hand-written; all names invented)."""

CASES = [
    # ------------------------------------------------------------------ 11
    dict(
        domain="seaweed snack recall",
        mode="summary",
        label="inconsistent",
        reference=(
            "Food producer Kelpwise Ltd is recalling three flavours of its roasted seaweed snacks because they may "
            "contain undeclared sesame, the Food Standards Office said on Thursday. The affected products are the "
            "10-gram packs of Sea Salt, Chilli and Teriyaki with best-before dates between 12 May and 30 June. They "
            "were sold through the Greenmarket and Halloway supermarket chains and by online retailer Pantryful. "
            "The office said people with a sesame allergy should not eat the snacks and should return them to the "
            "store for a full refund. No illnesses have been reported. Kelpwise said the problem had been traced to "
            "a production line shared with another product and that it had changed its cleaning procedures."
        ),
        candidate=(
            "Kelpwise Ltd is recalling 10g packs of its Sea Salt, Chilli and Wasabi roasted seaweed snacks, with "
            "best-before dates from 12 May to 30 June, because they may contain undeclared sesame. The snacks were "
            "sold by Greenmarket, Halloway and Pantryful. People allergic to sesame should not eat them and can "
            "return them for a full refund. People allergic to sesame should not eat them. No illnesses have been "
            "reported."
        ),
        errors=[
            dict(type="entity", severity="major", text="Wasabi", ref_text="Teriyaki"),
            dict(type="repetition", severity="minor", occ=1,
                 text="People allergic to sesame should not eat them", ref_text=None),
        ],
        traps=[
            dict(text="10g packs", ref_text="10-gram packs"),
            dict(text="from 12 May to 30 June", ref_text="between 12 May and 30 June"),
        ],
    ),
    # ------------------------------------------------------------------ 12
    dict(
        domain="rubber plantation strike",
        mode="summary",
        label="inconsistent",
        reference=(
            "About 2,600 tappers at the Sungai Merah rubber estates walked out on Monday in a dispute over pay, "
            "halting latex collection across all 14 estates owned by Tenggara Plantations. The Plantation Workers' "
            "Union said members were paid an average of 38 ringgit a day and were seeking a rise to 50 ringgit. "
            "Tenggara, which is majority-owned by the investment fund Permata Holdings, has offered 42 ringgit and "
            "said a larger increase would make the estates unprofitable at current rubber prices. The union said "
            "the strike would continue indefinitely. The state labour department has invited both sides to talks "
            "on Thursday. Tenggara supplies about 9 per cent of the country's natural rubber output."
        ),
        candidate=(
            "Around 2,600 tappers have been on strike since Monday at all 14 Sungai Merah rubber estates of "
            "Tenggara Plantations, which supplies nearly a fifth of the country's natural rubber. Their union wants "
            "average daily pay raised by 12 ringgit to 50 ringgit; the company has offered 42. Tenggara, which owns "
            "a majority stake in Permata Holdings, says more would make the estates unprofitable at current rubber "
            "prices. The state labour department has invited both sides to talks on Thursday."
        ),
        errors=[
            dict(type="number", severity="major", text="nearly a fifth", ref_text="about 9 per cent"),
            dict(type="role", severity="major", text="Tenggara, which owns a majority stake in Permata Holdings",
                 ref_text="Tenggara, which is majority-owned by the investment fund Permata Holdings"),
        ],
        traps=[
            dict(text="raised by 12 ringgit to 50 ringgit", ref_text="seeking a rise to 50 ringgit"),
            dict(text="says more would make the estates unprofitable",
                 ref_text="said a larger increase would make the estates unprofitable"),
        ],
    ),
    # ------------------------------------------------------------------ 13
    dict(
        domain="olive grove disease",
        mode="summary",
        label="inconsistent",
        reference=(
            "Plant health inspectors have confirmed an outbreak of the bacterial disease Xylella fastidiosa in olive "
            "groves near the village of Santa Irene, the regional agriculture department said on Wednesday. Samples "
            "from 37 trees on four farms tested positive. Under emergency rules, all olive trees within 50 metres "
            "of an infected tree will be uprooted, and the movement of plants from a 5-kilometre buffer zone has "
            "been banned. Growers will receive compensation of 120 euros for each tree destroyed. Department "
            "official Marta Ferreiro said the strain found was not the one that devastated groves in southern "
            "Italy, but that eradication was still necessary. The region produces about 60,000 tonnes of olive oil "
            "a year."
        ),
        candidate=(
            "Xylella fastidiosa has been confirmed in 37 olive trees on four farms near Santa Irene. All olive "
            "trees within 50 metres of an infected one will be uprooted, with growers paid €120 per tree, and "
            "plant movements out of a 5km buffer zone are banned. Officials said the strain was the one that "
            "devastated groves in southern Italy and that eradication was necessary."
        ),
        errors=[
            dict(type="polarity", severity="major",
                 text="the strain was the one that devastated groves in southern Italy",
                 ref_text="the strain found was not the one that devastated groves in southern Italy"),
        ],
        traps=[
            dict(text="€120 per tree", ref_text="120 euros for each tree destroyed"),
        ],
    ),
    # ------------------------------------------------------------------ 14
    dict(
        domain="acorn-fed pork label",
        mode="summary",
        label="inconsistent",
        reference=(
            "A consumer watchdog has found that more than half of the ham sold as 'acorn-fed' in a sample of "
            "supermarkets came from pigs that had not been raised mainly on acorns. The Consumer Standards Council "
            "tested 48 products using a fatty-acid analysis that can indicate a pig's diet. Twenty-six failed to "
            "meet the profile expected of animals fattened on acorns in open oak pasture. The council did not name "
            "the brands involved but said it had passed its findings to trading standards officers. The Dehesa Ham "
            "Producers' Association said the test was not reliable enough to be used as proof of fraud and called "
            "for DNA-based methods. Under current rules, only pigs that spend their final fattening phase grazing "
            "freely on acorns may carry the label."
        ),
        candidate=(
            "Tests by the Consumer Standards Council found that 26 of 48 hams sold as 'acorn-fed' did not have the "
            "fatty-acid profile expected of pigs fattened on acorns. The council, which did not identify the "
            "brands, has passed its findings to trading standards officers, and several supermarkets have already "
            "withdrawn the products. Producers say the test is too unreliable to prove fraud."
        ),
        errors=[
            dict(type="addition", severity="major",
                 text="several supermarkets have already withdrawn the products", ref_text=None),
        ],
        traps=[
            dict(text="26 of 48 hams", ref_text="Twenty-six"),
            dict(text="which did not identify the brands", ref_text="did not name the brands involved"),
            dict(text="too unreliable to prove fraud", ref_text="not reliable enough to be used as proof of fraud"),
        ],
    ),
    # ------------------------------------------------------------------ 15
    dict(
        domain="scout hut arson",
        mode="summary",
        label="inconsistent",
        reference=(
            "Police are treating a fire that destroyed a scout hut in Ashcombe as arson. Firefighters were called "
            "to the wooden building on Mill Lane at about 2.15am on Saturday and found it well alight. Nobody was "
            "inside. The hut, used by the 3rd Ashcombe Scout Group for more than 50 years, was completely "
            "destroyed, along with camping equipment worth an estimated £15,000. Detective Sergeant Owen Bracewell "
            "said two teenagers had been seen running from the area shortly before the fire was reported, and "
            "appealed for witnesses. Group leader Patricia Gethin said the 70 young members would meet at the "
            "village church hall until a new base could be found. An online fundraising page has raised more than "
            "£6,000."
        ),
        candidate=(
            "Firefighters were called at about 2.15pm on Saturday to a fire that destroyed the 3rd Ashcombe Scout "
            "Group's hut, used by the group for over half a century; police are treating it as arson. The hut was "
            "empty. Two teenagers have been arrested, and police have appealed for witnesses. The group's 70 young "
            "members will meet in the village church hall for now, and a fundraising page has raised over £6,000."
        ),
        errors=[
            dict(type="date", severity="major", text="2.15pm", ref_text="2.15am"),
            dict(type="event", severity="critical", text="Two teenagers have been arrested",
                 ref_text="two teenagers had been seen running from the area"),
        ],
        traps=[
            dict(text="for over half a century", ref_text="for more than 50 years"),
            dict(text="The hut was empty", ref_text="Nobody was inside"),
        ],
    ),
    # ------------------------------------------------------------------ 31
    dict(
        domain="coconut price surge",
        mode="summary",
        label="consistent",
        reference=(
            "Wholesale coconut prices at the Port Malua market have more than doubled in three months, reaching "
            "2.40 dollars per nut last week compared with 1.10 dollars in July, according to the Agricultural "
            "Marketing Board. The board blamed a prolonged drought that has cut harvests on the main producing "
            "islands by around a third, as well as rising demand from overseas processors of coconut water. Street "
            "vendors and small bakeries say they are struggling to absorb the higher costs. The board's chief "
            "economist, Sione Lauina, said prices were likely to stay high until the rainy season but could ease "
            "early next year. The government is considering a temporary cap on exports of whole coconuts."
        ),
        candidate=(
            "Wholesale coconut prices at Port Malua have climbed from $1.10 a nut in July to $2.40 last week, the "
            "Agricultural Marketing Board says, blaming a drought that has cut harvests on the main producing "
            "islands by about a third and stronger demand from foreign coconut-water processors. Its chief "
            "economist thinks prices will probably stay high until the rainy season. The government is weighing a "
            "temporary cap on whole-coconut exports."
        ),
        errors=[],
        traps=[
            dict(text="$1.10 a nut in July", ref_text="1.10 dollars in July"),
            dict(text="foreign coconut-water processors", ref_text="overseas processors of coconut water"),
            dict(text="thinks prices will probably stay high", ref_text="said prices were likely to stay high"),
            dict(text="is weighing a temporary cap", ref_text="is considering a temporary cap"),
        ],
    ),
    # ------------------------------------------------------------------ 32
    dict(
        domain="satellite ground station lease",
        mode="summary",
        label="consistent",
        reference=(
            "The regional government of the Ardra Islands has signed a 25-year lease allowing the private operator "
            "Polaris Downlink to build and run a satellite ground station on the former weather observatory site at "
            "Cape Hesketh. Under the agreement, the company will pay an annual rent of 420,000 euros, rising with "
            "inflation, and invest about 18 million euros in up to a dozen antennas. The station will download data "
            "from Earth-observation satellites passing over the Arctic and is expected to employ 25 people once "
            "operational in 2027. Islands' economy minister Ragnhild Sørvik said the deal would bring high-skilled "
            "jobs to a remote community. Environmental groups had raised concerns about the impact on nesting "
            "seabirds; the company has agreed not to carry out construction work between April and August."
        ),
        candidate=(
            "The Ardra Islands government has granted Polaris Downlink a 25-year lease to build and run a satellite "
            "ground station at the old Cape Hesketh weather observatory. The company will pay €420,000 a year in "
            "inflation-linked rent, invest around €18m in as many as 12 antennas and is expected to employ 25 "
            "people once the station opens in 2027. After concerns about nesting seabirds, it has agreed to avoid "
            "construction work from April to August."
        ),
        errors=[],
        traps=[
            dict(text="the old Cape Hesketh weather observatory",
                 ref_text="the former weather observatory site at Cape Hesketh"),
            dict(text="€420,000 a year in inflation-linked rent",
                 ref_text="an annual rent of 420,000 euros, rising with inflation"),
            dict(text="around €18m", ref_text="about 18 million euros"),
            dict(text="as many as 12 antennas", ref_text="up to a dozen antennas"),
            dict(text="to avoid construction work from April to August",
                 ref_text="not to carry out construction work between April and August"),
        ],
    ),
    # ------------------------------------------------------------------ 33
    dict(
        domain="town twinning agreement",
        mode="summary",
        label="consistent",
        reference=(
            "The market town of Ellesby has formally twinned with Saint-Rémy-sur-Loue in eastern France, after "
            "councillors from both towns signed an agreement at a ceremony in Ellesby's guildhall on Saturday. The "
            "partnership, the town's first, was proposed three years ago by the Ellesby and District Friendship "
            "Society, which has organised exchange visits since 2019. Under the agreement, the two towns will "
            "arrange annual school exchanges, and a joint arts festival is planned for 2026. Ellesby mayor Graham "
            "Oakes said the link would 'open doors for young people'. A delegation of 40 residents from Saint-Rémy, "
            "led by its mayor Corinne Vautrin, attended the signing. Costs will be met by the Friendship Society and "
            "private sponsors rather than by council tax."
        ),
        candidate=(
            "Ellesby has signed its first twinning agreement, with Saint-Rémy-sur-Loue in eastern France, at a "
            "guildhall ceremony on Saturday attended by 40 visitors from the French town. The link, proposed by a "
            "local friendship society three years ago, will bring yearly school exchanges, with a joint arts "
            "festival planned for 2026, and will be paid for by the society and private sponsors, not council tax "
            "payers."
        ),
        errors=[],
        traps=[
            dict(text="its first twinning agreement", ref_text="The partnership, the town's first"),
            dict(text="40 visitors from the French town", ref_text="A delegation of 40 residents from Saint-Rémy"),
            dict(text="yearly school exchanges", ref_text="annual school exchanges"),
            dict(text="not council tax payers", ref_text="rather than by council tax"),
        ],
    ),
    # ------------------------------------------------------------------ 34
    dict(
        domain="fossil export permit",
        mode="summary",
        label="consistent",
        reference=(
            "The Ministry of Culture has refused an export permit for a near-complete fossil skeleton of a marine "
            "reptile that was due to be sold to an overseas buyer for an undisclosed sum. The 4.2-metre "
            "ichthyosaur was found in 2021 by amateur collector Dennis Pryor on private farmland near Wrackham. "
            "Under heritage law, fossils of 'exceptional scientific importance' cannot leave the country without a "
            "permit. The ministry said a public museum would now have six months to raise the estimated value of "
            "750,000 pounds to keep the fossil in the country. The Wrackham Museum of Natural History has already "
            "said it intends to launch a fundraising appeal. If no museum makes an offer, the decision may be "
            "reconsidered."
        ),
        candidate=(
            "The culture ministry has blocked the export of a 4.2m ichthyosaur skeleton found near Wrackham by an "
            "amateur collector in 2021. A public museum now has half a year to raise the £750,000 it is estimated "
            "to be worth; the Wrackham Museum of Natural History plans a fundraising appeal. Without an offer, the "
            "refusal could be reviewed."
        ),
        errors=[],
        traps=[
            dict(text="has blocked the export", ref_text="has refused an export permit"),
            dict(text="4.2m", ref_text="4.2-metre"),
            dict(text="half a year", ref_text="six months"),
            dict(text="£750,000", ref_text="750,000 pounds"),
            dict(text="the refusal could be reviewed", ref_text="the decision may be reconsidered"),
        ],
    ),
    # ------------------------------------------------------------------ 35
    dict(
        domain="school crossing patrol cuts",
        mode="summary",
        label="consistent",
        reference=(
            "Corvale County Council is to withdraw school crossing patrols from 31 of its 78 sites from September "
            "as part of a plan to save 1.2 million pounds over two years. The sites were chosen because they already "
            "have traffic lights or a zebra crossing, or because fewer than 50 children use them daily, the council "
            "said. About 40 crossing patrol officers will be affected; the council hopes most will accept "
            "redeployment to other roles. Cabinet member for highways Deborah Lyle said the decision was "
            "'regrettable but unavoidable'. Parents at Hillbrook Primary, one of the schools affected, have started "
            "a petition that has gathered 2,300 signatures. The council will review road safety at each site after "
            "six months."
        ),
        candidate=(
            "To save £1.2m over two years, Corvale County Council will remove crossing patrols from September at "
            "31 of its 78 sites, chosen because they already have traffic lights or a zebra crossing or are used by "
            "under 50 children a day. Around 40 patrol officers are affected; the council hopes most will agree to "
            "move to other roles. A parents' petition at one affected school has 2,300 signatures."
        ),
        errors=[],
        traps=[
            dict(text="£1.2m", ref_text="1.2 million pounds"),
            dict(text="used by under 50 children a day", ref_text="fewer than 50 children use them daily"),
            dict(text="hopes most will agree to move to other roles",
                 ref_text="hopes most will accept redeployment to other roles"),
            dict(text="A parents' petition at one affected school",
                 ref_text="Parents at Hillbrook Primary, one of the schools affected, have started a petition"),
        ],
    ),
]
