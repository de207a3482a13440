"""Rewrite pairs 1-10 (hand-written; all names and figures invented)."""
from ._helpers import E, OM, T

CASES = [
    # 1 ------------------------------------------------------------------
    dict(
        domain="chemical spill river",
        mode="rewrite",
        label="inconsistent",
        reference=(
            "Around 4,000 litres of industrial solvent leaked into the River Tallow on Monday after a "
            "storage tank failed at the Brennick Coatings plant near Hollin Bridge, the regional "
            "environment agency said. The agency said dead fish had been found along a three-kilometre "
            "stretch downstream of the site and advised dog owners to keep their animals out of the "
            "water until further notice. Brennick Coatings said the tank had passed an inspection in "
            "March and that it was cooperating fully with investigators. Local angling club secretary "
            "Maureen Dace said members had reported a strong chemical smell by mid-morning. The agency "
            "said it was too early to say whether the company would face prosecution, adding that water "
            "samples would be analysed over the coming week."
        ),
        candidate=(
            "A storage tank failure at Brennick Coatings' plant near Hollin Bridge on Monday sent some "
            "40,000 litres of industrial solvent into the River Tallow, according to the regional "
            "environment agency. Dead fish have been found along three kilometres of river downstream "
            "of the plant, the agency said, and dog owners have been advised to keep their pets out of "
            "the water until further notice. Officials at the agency said the tank had passed an "
            "inspection in March; the company said it was cooperating fully with investigators. "
            "Maureen Dace, secretary of the local angling club, said members had reported a strong "
            "chemical smell by mid-morning. Whether Brennick Coatings will be prosecuted cannot yet be "
            "said, according to the agency, which will analyse water samples over the coming week."
        ),
        errors=[
            E("40,000 litres", "number", "major", "4,000 litres"),
            E("Officials at the agency said", "attribution", "major", "Brennick Coatings said"),
        ],
        traps=[
            T("three kilometres of river", "three-kilometre stretch"),
            T("Whether Brennick Coatings will be prosecuted cannot yet be said",
              "too early to say whether the company would face prosecution"),
        ],
    ),
    # 2 ------------------------------------------------------------------
    dict(
        domain="monkey escape",
        mode="rewrite",
        label="consistent",
        reference=(
            "Eleven squirrel monkeys escaped from Fernhallow Wildlife Park on Saturday afternoon after a "
            "keeper left a service gate unlatched, the park's operator, Greyling Leisure, confirmed on "
            "Sunday. Nine of the animals were recaptured within two hours, mostly in woodland beside the "
            "car park. The remaining two were still at large on Sunday evening and were believed to be in "
            "gardens on the edge of Marrow Green village. Greyling Leisure urged residents not to "
            "approach the monkeys and to call a dedicated hotline instead, saying the animals were not "
            "dangerous but could bite if cornered. The park, which had been due to reopen on Monday, "
            "will stay closed until Wednesday while fencing and gate procedures are reviewed. The keeper "
            "involved has not been disciplined, a spokesperson said."
        ),
        candidate=(
            "Greyling Leisure, which runs Fernhallow Wildlife Park, confirmed on Sunday that 11 squirrel "
            "monkeys got out of the park the previous afternoon because a service gate had been left "
            "unlatched by a keeper. Within two hours, nine had been caught again, most of them in the "
            "woods next to the car park. As of Sunday evening two were still loose, thought to be in "
            "gardens on the outskirts of Marrow Green. Residents should not approach the animals but "
            "ring a dedicated hotline, the operator said: the monkeys are not dangerous, though they may "
            "bite if cornered. Instead of reopening on Monday as planned, the park will remain shut "
            "until Wednesday so that its fencing and gate procedures can be reviewed. According to a "
            "spokesperson, no disciplinary action has been taken against the keeper."
        ),
        errors=[],
        traps=[
            T("the previous afternoon", "on Saturday afternoon"),
            T("a service gate had been left unlatched by a keeper",
              "a keeper left a service gate unlatched"),
            T("two were still loose", "The remaining two were still at large"),
            T("Instead of reopening on Monday as planned", "had been due to reopen on Monday"),
            T("no disciplinary action has been taken against the keeper",
              "The keeper involved has not been disciplined"),
        ],
    ),
    # 3 ------------------------------------------------------------------
    dict(
        domain="savings rate",
        mode="rewrite",
        label="inconsistent",
        reference=(
            "Households in Veldoria saved 11.4 per cent of their disposable income in the third quarter, "
            "up from 9.8 per cent in the previous three months, the National Statistics Bureau said on "
            "Thursday 14 November. It is the highest savings rate recorded since the bureau began "
            "publishing the series in 2004. Economists at Harlow Carey Bank said the rise reflected "
            "caution over job security rather than higher incomes, and warned that weaker consumer "
            "spending could weigh on growth into next year. The central bank is expected to cut its main "
            "interest rate at its December meeting, a move that would reduce returns on deposits. Finance "
            "minister Oren Vask said the figures showed households were 'rebuilding their buffers' and "
            "that the government did not plan any new measures to encourage spending."
        ),
        candidate=(
            "Veldorian households put aside 11.4% of their disposable income between July and September, "
            "compared with 9.8% in the second quarter, according to figures released by the National "
            "Statistics Bureau on Thursday, 14 November. That is the highest savings rate since the "
            "bureau started the series in 2014. Harlow Carey Bank economists attributed the increase to "
            "worries about job security, not to rising incomes, and cautioned that softer consumer "
            "spending could drag on growth into next year. The central bank will cut its main interest "
            "rate at its December meeting, which would lower returns on deposits. According to finance "
            "minister Oren Vask, the figures show households are 'rebuilding their buffers', and the "
            "government has no plans for new measures to encourage spending."
        ),
        errors=[
            E("2014", "date", "minor", "2004"),
            E("will cut", "modality", "major", "is expected to cut"),
        ],
        traps=[
            T("between July and September", "in the third quarter"),
            T("9.8% in the second quarter", "9.8 per cent in the previous three months"),
        ],
    ),
    # 4 ------------------------------------------------------------------
    dict(
        domain="oyster farm virus",
        mode="rewrite",
        label="consistent",
        reference=(
            "Oyster harvesting has been suspended at three farms in Pellan Sound after routine tests "
            "detected ostreid herpesvirus in juvenile stock, the Marine Fisheries Authority said on "
            "Friday. The virus does not affect humans and oysters already on sale are safe to eat, the "
            "authority stressed. About 60 per cent of the young oysters at the worst-hit farm, operated "
            "by Coldharbour Shellfish, are thought to have died in the past fortnight. The authority has "
            "imposed a 30-day ban on moving live shellfish out of the sound and said it would carry out "
            "further sampling at neighbouring sites. Coldharbour's managing director, Ruth Okafor-Lind, "
            "said the outbreak could cost the business up to £400,000 but that no staff would be laid "
            "off. Farmers in the area lost most of their stock to a similar outbreak in 2019."
        ),
        candidate=(
            "Three oyster farms in Pellan Sound have had to stop harvesting after routine tests found "
            "ostreid herpesvirus in young stock, the Marine Fisheries Authority announced on Friday. It "
            "emphasised that people cannot be infected and that oysters already on sale are safe to "
            "eat. At Coldharbour Shellfish, the worst-affected farm, some three-fifths of the juvenile "
            "oysters are believed to have died over the last two weeks. For 30 days, no live shellfish "
            "may be moved out of the sound, and further samples will be taken at nearby sites, the "
            "authority said. Ruth Okafor-Lind, Coldharbour's managing director, put the potential cost "
            "to the business at as much as £400,000, while saying there would be no job losses. A "
            "similar outbreak in 2019 wiped out most of the stock of farmers in the area."
        ),
        errors=[],
        traps=[
            T("people cannot be infected", "The virus does not affect humans"),
            T("some three-fifths", "About 60 per cent"),
            T("over the last two weeks", "in the past fortnight"),
            T("For 30 days, no live shellfish may be moved out of the sound",
              "a 30-day ban on moving live shellfish out of the sound"),
            T("there would be no job losses", "no staff would be laid off"),
        ],
    ),
    # 5 ------------------------------------------------------------------
    dict(
        domain="helicopter crash inquiry",
        mode="rewrite",
        label="inconsistent",
        reference=(
            "An inquiry into the crash of an air ambulance helicopter near Carrow Ridge last year has "
            "found that a maintenance contractor failed to replace a worn tail-rotor bearing, the Air "
            "Accidents Board said on Wednesday. The aircraft, operated by Northmoor Air Rescue, came down "
            "in a field shortly after take-off on 9 March, seriously injuring the pilot and a paramedic. "
            "The board's report said Northmoor had been warned about the bearing by the contractor, "
            "Veltrane Aviation Services, in an email two weeks before the crash, but that the work had "
            "been scheduled for the following month. It made eleven safety recommendations, including "
            "mandatory tracking of deferred repairs. Northmoor said it accepted the findings in full. "
            "Veltrane declined to comment."
        ),
        candidate=(
            "The Air Accidents Board said on Wednesday that its inquiry into last year's air ambulance "
            "helicopter crash near Carrow Ridge had found a maintenance contractor did not replace a worn "
            "tail-rotor bearing. Shortly after taking off on 9 March, the Northmoor Air Rescue aircraft "
            "came down in a field, seriously injuring the pilot. According to the report, Veltrane "
            "Aviation Services had been warned about the bearing by Northmoor in an email a fortnight "
            "before the crash, yet the work was pencilled in for the next month. The board made 11 "
            "safety recommendations, among them compulsory tracking of deferred repairs. Northmoor said "
            "it fully accepted the findings, while Veltrane, the contractor, declined to comment."
        ),
        errors=[
            OM("seriously injuring the pilot", "and a paramedic", "major"),
            E("Veltrane Aviation Services had been warned about the bearing by Northmoor", "role",
              "major",
              "Northmoor had been warned about the bearing by the contractor, Veltrane Aviation Services"),
        ],
        traps=[
            T("a fortnight before the crash", "two weeks before the crash"),
            T("pencilled in for the next month", "scheduled for the following month"),
            T("11 safety recommendations", "eleven safety recommendations"),
        ],
    ),
    # 6 ------------------------------------------------------------------
    dict(
        domain="embassy protest",
        mode="rewrite",
        label="consistent",
        reference=(
            "Several hundred demonstrators gathered outside the Karvonian embassy in the capital on "
            "Sunday to protest against the detention of two journalists, police said. The protest was "
            "largely peaceful, although four people were arrested after paint was thrown at the embassy "
            "gates. Organisers from the press freedom group Open Ink had put the crowd at more than "
            "1,000. The journalists, both employed by the Tessaly Courier, were detained in Karvonia on "
            "2 June while reporting on a mining dispute and have not been charged. Foreign ministry "
            "spokesperson Dalia Morrow said the government had raised the case with the Karvonian "
            "ambassador and was 'seeking their release as a matter of urgency'. The embassy did not "
            "respond to requests for comment."
        ),
        candidate=(
            "Police said several hundred people demonstrated on Sunday outside Karvonia's embassy in the "
            "capital over the detention of two journalists. Four arrests were made when paint was hurled "
            "at the embassy gates, but otherwise the protest passed off largely peacefully. Organisers "
            "from Open Ink, a press freedom group, had estimated the turnout at over 1,000. Both "
            "journalists work for the Tessaly Courier; they were detained in Karvonia on 2 June while "
            "covering a mining dispute and have yet to be charged. The government has taken up the case "
            "with the Karvonian ambassador and is 'seeking their release as a matter of urgency', said "
            "Dalia Morrow, a spokesperson for the foreign ministry. There was no response from the "
            "embassy to requests for comment."
        ),
        errors=[],
        traps=[
            T("Four arrests were made when paint was hurled at the embassy gates",
              "four people were arrested after paint was thrown at the embassy gates"),
            T("over 1,000", "more than 1,000"),
            T("have yet to be charged", "have not been charged"),
            T("There was no response from the embassy to requests for comment",
              "The embassy did not respond to requests for comment"),
        ],
    ),
    # 7 ------------------------------------------------------------------
    dict(
        domain="tariff dispute",
        mode="rewrite",
        label="inconsistent",
        reference=(
            "The government of Meridia will impose a 25 per cent tariff on steel wire imported from "
            "Calvane from 1 April, trade minister Ilse Brandt announced on Tuesday, escalating a dispute "
            "that began when Calvane restricted imports of Meridian dairy products last year. Brandt "
            "said the measure would affect goods worth about 340 million euros a year and would be "
            "lifted 'the moment Calvane reverses its unfair restrictions'. Calvane's commerce ministry "
            "called the decision 'regrettable' and said it was considering a complaint to the regional "
            "trade tribunal. Industry group Steelmakers Meridia welcomed the tariff, but the country's "
            "largest fencing manufacturer, Arlen Post, warned that it could push up its costs by as much "
            "as 8 per cent."
        ),
        candidate=(
            "From 1 April, steel wire coming into Meridia from Calvane will face a 25% tariff, Meridian "
            "trade minister Ilse Brandt said on Tuesday. The move deepens a row that started last year "
            "when Meridia restricted imports of Calvanian dairy products. Goods worth roughly €340m a "
            "year will be affected, according to Brandt, who said the tariff would be removed 'the "
            "moment Calvane reverses its unfair restrictions'. Calvane's commerce ministry described the "
            "decision as 'regrettable' and said it was weighing a complaint to the regional trade "
            "tribunal. While the industry body Steelmakers Meridia welcomed the tariff, Arlen Post, the "
            "country's biggest fencing manufacturer, warned its costs could rise by up to 8%."
        ),
        errors=[
            E("Meridia restricted imports of Calvanian dairy products", "role", "major",
              "Calvane restricted imports of Meridian dairy products"),
        ],
        traps=[
            T("roughly €340m", "about 340 million euros"),
            T("could rise by up to 8%", "could push up its costs by as much as 8 per cent"),
        ],
    ),
    # 8 ------------------------------------------------------------------
    dict(
        domain="newspaper merger",
        mode="rewrite",
        label="consistent",
        reference=(
            "The publishers of two regional daily newspapers, the Esterby Herald and the Wyncote Gazette, "
            "have agreed to merge, creating a group with a combined weekday circulation of about 95,000 "
            "copies, the companies said on Monday. Herald owner Calloway Press will hold 60 per cent of "
            "the new company, to be called Northvale Media, with the remaining 40 per cent going to the "
            "Gazette's owner, the Pemberton family trust. Both titles will continue to be published "
            "under their existing names. The companies said about 45 of the 310 jobs across the two "
            "businesses would go over the next 18 months, mostly in printing and administration. The "
            "deal still needs approval from the competition regulator, which is expected to rule by the "
            "end of September."
        ),
        candidate=(
            "The publishers of the Esterby Herald and the Wyncote Gazette, two regional dailies, have "
            "agreed a merger, the companies announced on Monday. The combined group, Northvale Media, "
            "will have a weekday circulation of roughly 95,000 copies. Calloway Press, which owns the "
            "Herald, will take a three-fifths stake, while the Pemberton family trust, the Gazette's "
            "owner, will have the other two-fifths. Both papers will go on being published under their "
            "current names. Around 45 of the two businesses' 310 jobs will be cut over the next year and "
            "a half, chiefly in printing and administration, the companies said. A ruling from the "
            "competition regulator, whose approval the deal still requires, is likely by the end of "
            "September."
        ),
        errors=[],
        traps=[
            T("a three-fifths stake", "60 per cent"),
            T("the other two-fifths", "the remaining 40 per cent"),
            T("over the next year and a half", "over the next 18 months"),
            T("is likely by the end of September", "is expected to rule by the end of September"),
        ],
    ),
    # 9 ------------------------------------------------------------------
    dict(
        domain="water company dividend",
        mode="rewrite",
        label="inconsistent",
        reference=(
            "Brackwater Water paid a dividend of £38 million to its shareholders in the year to March "
            "despite missing its leakage target for the third year in a row, according to its annual "
            "report published on Thursday. The company lost an average of 142 million litres a day "
            "through leaking pipes, against a target of 120 million. Chief executive Paul Ambrose said "
            "the payout was 'modest and fully justified' and noted that no dividend had been paid in "
            "either of the two previous years. The Water Services Commission said it would examine "
            "whether the payment breached the company's licence conditions. Customers' bills are due to "
            "rise by an average of 9 per cent from April."
        ),
        candidate=(
            "Despite falling short of its leakage target for a third consecutive year, Brackwater Water "
            "handed shareholders a £38m dividend for the year to March, its annual report, published on "
            "Thursday, shows. On average, 142 million litres a day escaped from its leaking pipes, 22 "
            "million more than the 120 million it was meant to stay within. Paul Ambrose, the chief "
            "executive, described the payout as 'modest and fully justified', noting that dividends had "
            "also been paid in each of the previous two years. The Water Services Commission, which can "
            "impose fines of up to 10 per cent of turnover, said it would look into whether the payment "
            "breached the company's licence conditions. From April, customer bills are set to go up by "
            "9 per cent on average."
        ),
        errors=[
            E("dividends had also been paid in each of the previous two years", "polarity", "major",
              "no dividend had been paid in either of the two previous years"),
            E("which can impose fines of up to 10 per cent of turnover", "addition", "minor", None),
        ],
        traps=[
            T("22 million more than the 120 million it was meant to stay within",
              "against a target of 120 million"),
            T("are set to go up by 9 per cent on average",
              "are due to rise by an average of 9 per cent"),
        ],
    ),
    # 10 -----------------------------------------------------------------
    dict(
        domain="pension scheme deficit",
        mode="rewrite",
        label="consistent",
        reference=(
            "The pension scheme for former employees of engineering group Halden Marsh has a funding "
            "shortfall of £1.2 billion, up from £870 million three years ago, according to a triennial "
            "valuation released on Tuesday. The trustees blamed lower long-term interest rates and the "
            "fact that members are living longer than previously assumed. Halden Marsh has agreed to pay "
            "£95 million a year into the scheme for the next eight years to close the gap. The scheme has "
            "around 23,000 members, of whom about two-thirds are already drawing a pension. Trustee chair "
            "Miriam Oduya said pensions currently being paid were 'secure' and would not be reduced. The "
            "company's shares fell 3 per cent in afternoon trading."
        ),
        candidate=(
            "A valuation carried out every three years and published on Tuesday shows a £1.2bn deficit "
            "in the pension scheme for Halden Marsh's former staff, compared with £870m three years "
            "earlier. The trustees pointed to lower long-term interest rates and to members living "
            "longer than had been assumed. To close the gap, the engineering group has committed to "
            "paying £95m a year into the scheme over the next eight years. Of the scheme's roughly "
            "23,000 members, about two in three are already receiving a pension. Pensions in payment "
            "are 'secure' and will not be cut, according to Miriam Oduya, who chairs the trustees. "
            "Halden Marsh shares were down 3% in afternoon trading."
        ),
        errors=[],
        traps=[
            T("A valuation carried out every three years", "a triennial valuation"),
            T("£1.2bn deficit", "funding shortfall of £1.2 billion"),
            T("about two in three", "about two-thirds"),
            T("Pensions in payment", "pensions currently being paid"),
            T("were down 3%", "fell 3 per cent"),
        ],
    ),
]
