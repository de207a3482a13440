"""set147 cases 11-20."""
from ._helpers import case, err, om, trap

CASES = [
    # 11 -----------------------------------------------------------------
    case(
        "vertical farm bankruptcy", "rewrite", "consistent",
        "Skyleaf Farms, which grows salad leaves and herbs in stacked indoor trays, has filed for "
        "bankruptcy, the company said on Monday, blaming a sharp rise in electricity prices. The firm's "
        "vertical farm on the outskirts of Dorrington, opened in 2021 with funding from private "
        "investors, employs 85 people. Administrators from the accountancy firm Pell & Hardy have been "
        "appointed and said they hoped to find a buyer for the business within the next six weeks. "
        "Production will continue in the meantime, and supermarket contracts will be honoured. Skyleaf "
        "said its energy bill had roughly quadrupled since 2021 and now made up almost half of its "
        "operating costs. Founder Daniel Ferro said he was 'heartbroken' but still believed indoor "
        "farming had a future.",
        "Blaming a steep increase in electricity prices, Skyleaf Farms said on Monday that it had filed "
        "for bankruptcy. The firm grows salad leaves and herbs in stacked indoor trays at a vertical "
        "farm outside Dorrington that opened in 2021, funded by private investors, and has 85 "
        "employees. Pell & Hardy, the accountancy firm appointed as administrators, hope to find a "
        "buyer for the business within six weeks. Until then the farm will keep producing and "
        "supermarket contracts will be met. According to Skyleaf, its energy bill is about four times "
        "what it was in 2021 and now accounts for nearly 50% of operating costs. Founder Daniel Ferro "
        "said he was 'heartbroken' but remained convinced that indoor farming had a future.",
        traps=[
            trap("a steep increase in electricity prices", "a sharp rise in electricity prices"),
            trap("outside Dorrington", "on the outskirts of Dorrington"),
            trap("is about four times what it was in 2021", "had roughly quadrupled since 2021"),
            trap("nearly 50%", "almost half"),
        ],
    ),
    # 12 -----------------------------------------------------------------
    case(
        "cybercrime arrest", "rewrite", "inconsistent",
        "Police in the port city of Valmora have arrested a 29-year-old man suspected of running a "
        "ransomware operation that targeted more than 60 hospitals and schools across Europe. The "
        "arrest took place on Wednesday during a raid on an apartment, where officers seized laptops, "
        "hard drives and about €300,000 in cryptocurrency, a police spokesperson said. Investigators "
        "believe the group extorted at least €4 million from victims over three years. The suspect has "
        "not been named. Prosecutor Elena Marić said two alleged accomplices were still being sought. "
        "The cross-border taskforce Netguard, which coordinated the investigation, said the operation "
        "had involved officers from five countries. The man is due to appear before an investigating "
        "judge on Friday.",
        "A 29-year-old man suspected of running a ransomware operation that targeted more than 60 "
        "hospitals and schools across Europe has been arrested in the port city of Valmora. Officers "
        "raided an apartment on Wednesday and seized laptops, hard drives and around €300,000 in "
        "cryptocurrency, police said. Investigators think the group extorted at least €40 million from "
        "victims over three years. The suspect, who has not been named, is due before an investigating "
        "judge on Friday. Two alleged accomplices are still being sought, the Netguard taskforce said, "
        "adding that officers from five countries had taken part in the operation it coordinated.",
        errors=[
            err("€40 million", "number", "major", "€4 million"),
            err("the Netguard taskforce said", "attribution", "minor", "Prosecutor Elena Marić said"),
        ],
        traps=[
            trap("Officers raided an apartment on Wednesday and seized",
                 "The arrest took place on Wednesday during a raid on an apartment, where officers "
                 "seized"),
        ],
    ),
    # 13 -----------------------------------------------------------------
    case(
        "cocoa price spike", "summary", "inconsistent",
        "Cocoa futures rose to a record $11,200 a tonne on the Eastgate commodities exchange on "
        "Tuesday, up 40 percent since the start of the year, after poor harvests in West Africa. "
        "Traders said heavy rains followed by a dry spell had spread black pod disease among cocoa "
        "trees in the region, which supplies around two-thirds of the world's beans. The chocolate "
        "maker Halden & Voss said it would raise prices for retailers by 12 percent from April and "
        "reduce the size of some bars. Analysts at Brightwater Securities warned that prices could "
        "remain high until at least the next main harvest in October. Smaller confectioners said they "
        "were struggling to secure beans at any price.",
        "Cocoa futures hit a record $11,200 a tonne on Tuesday, up 40% this year, after weather-driven "
        "black pod disease damaged harvests in West Africa, source of about two-thirds of the world's "
        "beans. Halden & Voss said it would raise prices to retailers by 12% from April and withdraw "
        "some bars, while Brightwater analysts warned prices could stay high until at least October's "
        "main harvest.",
        errors=[
            err("withdraw some bars", "event", "major", "reduce the size of some bars"),
        ],
        traps=[
            trap("up 40% this year", "up 40 percent since the start of the year"),
            trap("source of about two-thirds of the world's beans",
                 "which supplies around two-thirds of the world's beans"),
        ],
    ),
    # 14 -----------------------------------------------------------------
    case(
        "pension age protest", "translation", "consistent",
        "Tens of thousands of people marched through Ostrelle, the capital, on Saturday to protest "
        "against the government's plan to raise the state pension age from 62 to 64. The organisers, "
        "an alliance of eight trade unions, put the turnout at 180,000, while police estimated it at "
        "65,000. The march was largely peaceful, although police said eleven people had been detained "
        "after shop windows were broken near the finance ministry. Union leader Sophie Marchal called "
        "on the prime minister to withdraw the bill before it goes to a vote in parliament next month. "
        "The government has said the reform is necessary to keep the pension system solvent and has "
        "ruled out any changes to the timetable. A further day of strikes is planned for 14 March.",
        "On Saturday, tens of thousands of demonstrators took to the streets of the capital, Ostrelle, "
        "against government plans to push the state retirement age up by two years, to 64. According "
        "to the organisers, a coalition of eight unions, 180,000 people took part; the police figure "
        "was 65,000. The demonstration passed off mostly peacefully, though police said eleven people "
        "were taken into custody after the windows of shops close to the finance ministry were "
        "smashed. Sophie Marchal, a union leader, urged the prime minister to drop the bill before "
        "parliament votes on it next month. The government maintains that the reform is needed to keep "
        "pensions solvent and has refused to alter the timetable. Another day of strikes is scheduled "
        "for 14 March.",
        traps=[
            trap("push the state retirement age up by two years, to 64",
                 "raise the state pension age from 62 to 64"),
            trap("a coalition of eight unions", "an alliance of eight trade unions"),
            trap("eleven people were taken into custody", "eleven people had been detained"),
            trap("before parliament votes on it next month",
                 "before it goes to a vote in parliament next month"),
        ],
    ),
    # 15 -----------------------------------------------------------------
    case(
        "garment workers pay", "rewrite", "consistent",
        "Garment workers at factories supplying the clothing retailer Hartwell & Lane will receive a 15 "
        "percent pay rise from January under an agreement signed on Thursday with the Textile Workers' "
        "Federation. The deal covers about 38,000 workers at 52 factories in the Kesram industrial zone "
        "and raises the minimum monthly wage from 9,800 to 11,270 kesari. Hartwell & Lane said it would "
        "pay higher prices to its suppliers to cover the increase rather than passing the cost on to "
        "factory owners. The federation's general secretary, Amina Roy, called the agreement 'a first "
        "step' and said workers had originally demanded 25 percent. An independent monitor will check "
        "compliance and publish a report every six months.",
        "Some 38,000 garment workers at 52 factories in the Kesram industrial zone that supply clothing "
        "retailer Hartwell & Lane are to get a 15% rise in pay from January, under a deal the retailer "
        "signed with the Textile Workers' Federation on Thursday. The minimum monthly wage will go up "
        "from 9,800 kesari to 11,270. Rather than leaving factory owners to absorb the cost, Hartwell & "
        "Lane said it would cover the increase by paying its suppliers more. Amina Roy, general "
        "secretary of the federation, described the deal as 'a first step', noting that workers had "
        "initially asked for 25%. Compliance will be checked by an independent monitor, which will "
        "publish its findings twice a year.",
        traps=[
            trap("Some 38,000 garment workers", "about 38,000 workers"),
            trap("Rather than leaving factory owners to absorb the cost",
                 "rather than passing the cost on to factory owners"),
            trap("initially asked for 25%", "originally demanded 25 percent"),
            trap("publish its findings twice a year", "publish a report every six months"),
        ],
    ),
    # 16 -----------------------------------------------------------------
    case(
        "naval ship naming", "rewrite", "inconsistent",
        "The navy's newest patrol vessel will be named the Ardent Tern after a public vote that "
        "attracted more than 70,000 entries, the defence ministry announced on Tuesday. The 90-metre "
        "ship, built at the Coldharbour shipyard in Brennock, is due to enter service next summer and "
        "will be based at Portkell. It will be used mainly for fisheries protection and search and "
        "rescue in the North Sea. The winning name was suggested by a primary school class in Lowfield, "
        "whose pupils will be invited to the launch ceremony in May. Rear Admiral Fiona Geddes said the "
        "name reflected 'the grace and endurance of a bird that crosses oceans'. The runner-up, "
        "'Steadfast', will be given to the next ship in the class.",
        "After a public vote that drew over 70,000 entries, the navy's latest patrol vessel is to be "
        "called the Ardent Tern, the defence ministry said on Tuesday. Built at the Coldharbour "
        "shipyard in Portkell, the 90-metre ship is due to enter service next summer and will be based "
        "at Portkell. Its main roles will be fisheries protection and search and rescue in the North "
        "Sea. The name was put forward by a primary school class in Lowfield. The pupils will be "
        "invited to the launch ceremony in May. According to Rear Admiral Fiona Geddes, the name "
        "reflects 'the grace and endurance of a bird that crosses oceans'. The second-placed name, "
        "'Steadfast', will go to the next ship in the class. The pupils will be invited to the launch "
        "ceremony in May.",
        errors=[
            err("Portkell", "entity", "minor", "Brennock", occ=0),
            err("The pupils will be invited to the launch ceremony in May", "repetition", "minor",
                None, occ=1),
        ],
        traps=[
            trap("drew over 70,000 entries", "attracted more than 70,000 entries"),
            trap("The second-placed name", "The runner-up"),
        ],
    ),
    # 17 -----------------------------------------------------------------
    case(
        "tsunami siren fault", "summary", "consistent",
        "A fault in the tsunami warning system on the island of Santa Ilha left sirens in four coastal "
        "villages silent during a nationwide test on Wednesday, the civil protection agency said. The "
        "sirens in the remaining 23 locations worked as planned. An initial investigation found that a "
        "software update installed last month had stopped the four units from receiving the activation "
        "signal. Technicians restored the connection on Wednesday afternoon, and a repeat test in the "
        "affected villages is scheduled for Saturday at 11am. The agency stressed that text message "
        "alerts had reached mobile phones across the island as normal and that residents would have "
        "been warned in a real emergency. The opposition has called for an independent review of the "
        "system.",
        "Sirens in four of the 27 locations in Santa Ilha's tsunami warning system stayed silent during "
        "Wednesday's nationwide test, a failure that an initial investigation blamed on a software "
        "update installed last month which stopped them receiving the activation signal. The "
        "connection was restored that afternoon, and the four villages will be retested at 11am on "
        "Saturday. The civil protection agency stressed that text alerts had reached phones across the "
        "island as usual, so residents would still have been warned in a real emergency.",
        traps=[
            trap("four of the 27 locations", "The sirens in the remaining 23 locations worked as planned"),
            trap("a failure that an initial investigation blamed on a software update",
                 "An initial investigation found that a software update"),
            trap("The connection was restored that afternoon",
                 "Technicians restored the connection on Wednesday afternoon"),
            trap("the four villages will be retested at 11am on Saturday",
                 "a repeat test in the affected villages is scheduled for Saturday at 11am"),
        ],
    ),
    # 18 -----------------------------------------------------------------
    case(
        "jury trial suspension", "translation", "inconsistent",
        "The justice ministry of the Republic of Kestovia plans to suspend jury trials for less serious "
        "offences for up to two years in order to reduce a backlog of more than 60,000 cases, Justice "
        "Minister Pavel Drozdov said on Monday. Under the proposal, such cases would be heard by a "
        "single professional judge. Drozdov said the measure was temporary and would not apply to "
        "murder, rape or other crimes carrying sentences of more than five years. The bar association "
        "said it might challenge the plan in the constitutional court, arguing that the right to a jury "
        "trial was guaranteed by the constitution. The bill is expected to be debated in parliament in "
        "the autumn.",
        "Kestovia's justice ministry intends to halt jury trials for minor offences for a maximum of two "
        "years so as to cut a backlog of over 60,000 cases, Justice Minister Pavel Drozdov announced on "
        "Monday. Under the plan, these cases would be decided by one professional judge. According to "
        "Drozdov, the measure is temporary and will not cover murder, rape or other crimes punishable "
        "by more than five years in prison. The bar association said it would challenge the plan "
        "before the constitutional court, arguing that the constitution guarantees the right to trial "
        "by jury. Parliament is expected to debate the bill in the autumn.",
        errors=[
            err("would challenge", "modality", "major", "might challenge"),
        ],
        traps=[
            trap("for a maximum of two years", "for up to two years"),
            trap("Parliament is expected to debate the bill in the autumn",
                 "The bill is expected to be debated in parliament in the autumn"),
        ],
    ),
    # 19 -----------------------------------------------------------------
    case(
        "mayoral debate", "rewrite", "consistent",
        "The three candidates for mayor of Brayford clashed over housing and public transport in a "
        "televised debate on Thursday night, ten days before the election. Independent candidate Ruth "
        "Adeyemi promised to build 5,000 affordable homes within four years, a target her rivals called "
        "unrealistic. The incumbent, Graham Stowe of the Civic Party, defended his record, saying bus "
        "journeys had increased by a quarter since he took office in 2021. Liam Corcoran of the Green "
        "Alliance proposed making buses free for under-18s and said he would pay for it with a levy on "
        "city-centre parking. A poll published on Wednesday by the Brayford Courier put Stowe on 38 "
        "percent, Adeyemi on 34 percent and Corcoran on 21 percent. The debate was watched by an "
        "estimated 110,000 people.",
        "With ten days to go before polling, Brayford's three mayoral contenders traded blows over "
        "housing and public transport in a debate broadcast on Thursday night. Ruth Adeyemi, who is "
        "standing as an independent, pledged 5,000 affordable homes within four years, a goal both of "
        "her opponents dismissed as unrealistic. Mayor Graham Stowe of the Civic Party stood by his "
        "record, pointing to a 25% rise in bus journeys since he took office in 2021. The Green "
        "Alliance's Liam Corcoran called for free bus travel for under-18s, which he said would be "
        "funded by a charge on parking in the city centre. Stowe led with 38%, ahead of Adeyemi on 34% "
        "and Corcoran on 21%, in a Brayford Courier poll released on Wednesday. Around 110,000 people "
        "are thought to have watched.",
        traps=[
            trap("a goal both of her opponents dismissed as unrealistic",
                 "a target her rivals called unrealistic"),
            trap("Mayor Graham Stowe", "The incumbent, Graham Stowe"),
            trap("a 25% rise in bus journeys", "bus journeys had increased by a quarter"),
            trap("a charge on parking in the city centre", "a levy on city-centre parking"),
            trap("Around 110,000 people are thought to have watched",
                 "The debate was watched by an estimated 110,000 people"),
        ],
    ),
    # 20 -----------------------------------------------------------------
    case(
        "car factory shift cut", "translation", "inconsistent",
        "The carmaker Vornholt will cut the night shift at its plant in Eisenau from the beginning of "
        "April because of weak demand for electric vehicles, the company announced on Tuesday. About "
        "1,100 of the plant's 4,300 employees currently work on the night shift. According to the "
        "works council, they will be moved to the early and late shifts, and there will be no "
        "compulsory redundancies until the end of 2026. Daily production at Eisenau will fall from 900 "
        "to around 650 vehicles. A company spokesman said the decision would be reviewed in the autumn "
        "if orders picked up. The plant mainly builds the compact electric model Vornholt E3.",
        "Because demand for electric cars is weak, carmaker Vornholt will scrap the night shift at its "
        "Eisenau factory from early April, the company said on Tuesday. Roughly 1,100 of the 4,300 "
        "staff at the site are currently on nights. The works council said they would be transferred "
        "to the early and late shifts and that there would be no compulsory job cuts. Output at Eisenau "
        "will drop from 900 to about 560 cars a day. A spokesman for the company said the decision "
        "would be looked at again in the autumn if orders recovered. The factory's main product is the "
        "compact electric Vornholt E3.",
        errors=[
            om("until the end of 2026", "major", after="no compulsory job cuts"),
            err("about 560", "number", "major", "around 650"),
        ],
        traps=[
            trap("on nights", "work on the night shift"),
            trap("The factory's main product is the compact electric Vornholt E3",
                 "The plant mainly builds the compact electric model Vornholt E3"),
        ],
    ),
]
