"""Set 142, pairs 31-40 (hand-written)."""
from _helpers import E, O, T

CASES = [
    # 31
    dict(
        domain="olive oil fraud", mode="translation", label="inconsistent",
        reference=(
            "Police in the province of Varenna seized 86 tonnes of olive oil falsely labelled as extra virgin on "
            "Monday, in an operation that led to the arrest of five people. According to investigators, the oil, "
            "mostly of lower quality and in part mixed with sunflower seed oil, was bottled at a plant in the "
            "town of Castelmonte and sold to supermarkets in three countries with labels claiming local origin. "
            "The prosecutor, Giulia Ferraro, estimated the proceeds of the fraud at around 2 million euros. The "
            "owner of the company, Oleifici Santoro, denies any wrongdoing, his lawyer said. Laboratory tests "
            "were carried out by the agricultural inspectorate."
        ),
        candidate=(
            "On Monday, police in Varenna province confiscated 86 tonnes of olive oil mislabelled as extra virgin "
            "and arrested five people. Investigators say the oil, largely of inferior quality and partly blended "
            "with sunflower oil, was bottled at a plant in Castelmonte and sold to supermarkets in three "
            "countries under labels claiming it was produced locally. The agricultural inspectorate put the "
            "profits from the fraud at some 2 million euros. According to his lawyer, the owner of Oleifici "
            "Castelmonte denies any wrongdoing. The laboratory analyses were carried out by the agricultural "
            "inspectorate."
        ),
        errors=[
            E("The agricultural inspectorate", "attribution", "major", "The prosecutor, Giulia Ferraro"),
            E("Oleifici Castelmonte", "entity", "major", "Oleifici Santoro"),
        ],
        traps=[
            T("mislabelled as extra virgin", "falsely labelled as extra virgin"),
            T("partly blended with sunflower oil", "in part mixed with sunflower seed oil"),
            T("under labels claiming it was produced locally", "with labels claiming local origin"),
        ],
    ),
    # 32
    dict(
        domain="telescope construction delay", mode="summary", label="inconsistent",
        reference=(
            "Completion of the Meridian Deep Field Telescope on the Tamberlin Plateau has been pushed back by two "
            "years to 2031, the international consortium building it announced on Thursday. The delay follows "
            "the failure of a supplier to deliver the primary mirror segments on time and a six-month halt to "
            "construction after a landslide damaged the access road. The project's budget has risen by 14 "
            "percent to €1.37 billion. Project director Helena Voss said first scientific observations were now "
            "expected in 2032. The consortium, which includes research institutes from nine countries, said none "
            "of its members had withdrawn."
        ),
        candidate=(
            "The Meridian Deep Field Telescope will now be completed in 2031, two years late, after a supplier "
            "delivered faulty mirror segments and a landslide on the access road stopped work for six months. "
            "Its budget is up 14 percent at €1.37bn, and first science is now expected in 2032. The consortium "
            "building it says no member has pulled out."
        ),
        errors=[
            E("a supplier delivered faulty mirror segments", "event", "major",
              "the failure of a supplier to deliver the primary mirror segments on time"),
        ],
        traps=[
            T("two years late", "pushed back by two years"),
            T("€1.37bn", "€1.37 billion"),
            T("no member has pulled out", "none of its members had withdrawn"),
        ],
    ),
    # 33
    dict(
        domain="drink driving campaign", mode="rewrite", label="inconsistent",
        reference=(
            "Police in the county of Merrowshire launched their Christmas drink-driving campaign on Tuesday, "
            "saying roadside breath tests would be carried out at any time of day throughout December. Last "
            "year's campaign led to 412 arrests, 9 percent fewer than the year before. Chief Inspector Daniel "
            "Okoro said officers would also target drivers the morning after parties, when many people wrongly "
            "assume they are safe to drive. Anyone convicted faces a minimum 12-month driving ban and could be "
            "jailed for up to six months. The force is asking the public to report suspected drink-drivers by "
            "calling 999. A campaign video featuring the family of a crash victim will be shown in cinemas."
        ),
        candidate=(
            "Merrowshire police launched their Christmas drink-driving campaign on Thursday, warning that "
            "drivers could be breath-tested at the roadside at any hour of the day throughout December. Last "
            "year's campaign resulted in 412 arrests, a fall of 9 percent on the year before. Officers will also "
            "be looking for motorists who get behind the wheel the morning after a party believing, wrongly, "
            "that they are fit to drive, Chief Inspector Daniel Okoro said. A conviction brings a driving ban of "
            "at least 12 months, and offenders will be jailed for up to six months. The public is being urged to "
            "call 999 to report suspected drink-drivers, and cinemas will show a campaign video featuring the "
            "family of a crash victim."
        ),
        errors=[
            E("on Thursday", "date", "minor", "on Tuesday"),
            E("will be jailed", "modality", "major", "could be jailed"),
        ],
        traps=[
            T("at any hour of the day", "at any time of day"),
            T("a fall of 9 percent on the year before", "9 percent fewer than the year before"),
            T("a driving ban of at least 12 months", "a minimum 12-month driving ban"),
        ],
    ),
    # 34
    dict(
        domain="rhino horn trafficking", mode="translation", label="consistent",
        reference=(
            "Customs officers at Porto Vesta international airport seized 23 rhinoceros horns weighing a total of "
            "51 kilograms in the luggage of two passengers arriving from the south of the continent, the tax "
            "authority announced on Sunday. The horns, wrapped in aluminium foil and hidden among packets of "
            "coffee, have an estimated value of 4.6 million euros on the black market. The two suspects, a man "
            "aged 34 and a woman aged 29, were detained and will appear before a judge on Tuesday. According to "
            "the authority, this is the largest seizure of its kind ever made in the country. Investigators "
            "believe the horns were destined for Asia."
        ),
        candidate=(
            "The tax authority said on Sunday that customs officials at Porto Vesta's international airport had "
            "seized 23 rhino horns, 51 kg in all, from the baggage of two travellers who had flown in from the "
            "south of the continent. Wrapped in tinfoil and concealed among bags of coffee, the horns would fetch "
            "an estimated €4.6m on the black market. Both suspects, a 34-year-old man and a 29-year-old woman, "
            "have been taken into custody and are due to go before a judge on Tuesday. The authority described "
            "it as the country's biggest ever seizure of this kind. Investigators think the horns were bound for "
            "Asia."
        ),
        errors=[],
        traps=[
            T("51 kg in all", "weighing a total of 51 kilograms"),
            T("Wrapped in tinfoil", "wrapped in aluminium foil"),
            T("would fetch an estimated €4.6m on the black market",
              "have an estimated value of 4.6 million euros on the black market"),
            T("a 34-year-old man and a 29-year-old woman", "a man aged 34 and a woman aged 29"),
            T("the country's biggest ever seizure of this kind",
              "the largest seizure of its kind ever made in the country"),
        ],
    ),
    # 35
    dict(
        domain="children's hospital ward", mode="summary", label="inconsistent",
        reference=(
            "A new 24-bed ward for children with cancer will open at St Aldric's Children's Hospital in Harwell "
            "next spring, after a fundraising appeal reached its £4.5 million target eight months early. More "
            "than 11,000 people donated, including a group of nurses who ran a relay marathon in uniform. The "
            "ward will include six isolation rooms, a teenage lounge and a kitchen for parents. The hospital said "
            "the ward would reduce the number of children who currently have to travel more than 100 miles for "
            "treatment, but would not replace the existing oncology unit, which will stay open for day patients. "
            "It will be named the Kestrel Ward after a nine-year-old patient, Ruby Kestrel, who raised £18,000 "
            "by selling her paintings."
        ),
        candidate=(
            "St Aldric's Children's Hospital in Harwell will open a 24-bed children's cancer ward next spring, "
            "its £4.5m appeal having hit its target eight months ahead of schedule thanks to more than 11,000 "
            "donors. The Kestrel Ward, named after nine-year-old patient Ruby Kestrel, who raised £18,000 selling "
            "her paintings, will replace the existing oncology unit and mean fewer children travel over 100 "
            "miles for treatment. It will be the first ward of its kind in the region."
        ),
        errors=[
            E("will replace the existing oncology unit", "polarity", "major",
              "would not replace the existing oncology unit"),
            E("It will be the first ward of its kind in the region", "addition", "major", None),
        ],
        traps=[
            T("eight months ahead of schedule", "eight months early"),
            T("thanks to more than 11,000 donors", "More than 11,000 people donated"),
        ],
    ),
    # 36
    dict(
        domain="deer population cull", mode="rewrite", label="consistent",
        reference=(
            "Forestry agency Greenholt will cull up to 1,500 red deer on the Askerdale estate over the next three "
            "winters to allow native woodland to regenerate, the agency confirmed on Friday. Deer numbers on the "
            "9,000-hectare estate have risen to an estimated 28 per square kilometre, more than four times the "
            "level at which young trees can survive. Venison from the cull will be sold to local butchers, with "
            "the income used to fund fencing and tree planting. Animal welfare group Hindwatch said it opposed "
            "the cull and would ask the agency to consider fertility control instead. The agency said marksmen "
            "would be licensed and monitored."
        ),
        candidate=(
            "As many as 1,500 red deer on the Askerdale estate are to be culled by forestry agency Greenholt over "
            "the coming three winters so that native woodland can grow back, the agency confirmed on Friday. The "
            "deer population on the 9,000-hectare estate has grown to an estimated 28 animals per square "
            "kilometre, over four times the density at which young trees are able to survive. Venison from the "
            "cull will be sold to local butchers and the proceeds spent on fencing and tree planting. Hindwatch, "
            "an animal welfare group, said it was against the cull and would ask the agency to look at fertility "
            "control instead. Marksmen will be licensed and monitored, according to the agency."
        ),
        errors=[],
        traps=[
            T("As many as 1,500 red deer", "up to 1,500 red deer"),
            T("so that native woodland can grow back", "to allow native woodland to regenerate"),
            T("over four times the density at which young trees are able to survive",
              "more than four times the level at which young trees can survive"),
            T("the proceeds spent on fencing and tree planting",
              "with the income used to fund fencing and tree planting"),
            T("Marksmen will be licensed and monitored, according to the agency",
              "The agency said marksmen would be licensed and monitored"),
        ],
    ),
    # 37
    dict(
        domain="bison grazing project", mode="translation", label="consistent",
        reference=(
            "Eight European bison will be released next month in the Heidewald nature reserve as part of a pilot "
            "project intended to restore grassland habitats, the provincial nature authority announced on "
            "Wednesday. The animals, five females and three males, come from a breeding centre in the east of the "
            "country and will first spend several weeks in a fenced acclimatisation area of 40 hectares. The "
            "project, which will last five years, costs 850,000 euros and is financed jointly by the province and "
            "a private foundation. Walkers will continue to have access to the reserve, but must keep a distance "
            "of at least 50 metres from the animals. Ecologist Marleen Hoefnagel said bison were 'natural "
            "landscape managers'."
        ),
        candidate=(
            "The provincial nature authority said on Wednesday that eight European bison, three bulls and five "
            "cows, will be set free in the Heidewald nature reserve next month, in a pilot scheme designed to "
            "bring back grassland habitats. Coming from a breeding centre in the east of the country, the animals "
            "will initially spend several weeks in a 40-hectare fenced enclosure to get used to their new "
            "surroundings. The five-year project has a budget of €850,000, shared between the province and a "
            "private foundation. The reserve will remain open to walkers, who will however have to stay at least "
            "50 metres away from the bison. According to ecologist Marleen Hoefnagel, bison are 'natural managers "
            "of the landscape'."
        ),
        errors=[],
        traps=[
            T("three bulls and five cows", "five females and three males"),
            T("will be set free", "will be released"),
            T("a 40-hectare fenced enclosure to get used to their new surroundings",
              "a fenced acclimatisation area of 40 hectares"),
            T("The five-year project has a budget of €850,000",
              "The project, which will last five years, costs 850,000 euros"),
            T("The reserve will remain open to walkers", "Walkers will continue to have access to the reserve"),
        ],
    ),
    # 38
    dict(
        domain="eel smuggling case", mode="translation", label="inconsistent",
        reference=(
            "A court in Baltera sentenced three men on Friday to prison terms of between two and four years for "
            "smuggling more than 1.2 tonnes of live glass eels to Asia concealed in suitcases. The gang, which "
            "operated between 2019 and 2021, used couriers who travelled from the airport of Sanmarin with up to "
            "40 kilograms of eels each, packed in plastic bags with water and oxygen. Prosecutors estimated the "
            "profits at 3.5 million euros. The European eel is a critically endangered species, and its export "
            "from the region has been banned since 2010. A fourth defendant was acquitted for lack of evidence."
        ),
        candidate=(
            "On Friday a court in Baltera handed three men jail sentences of two to four years for smuggling "
            "over 1.2 tonnes of live glass eels to Asia hidden in suitcases. Active from 2019 to 2021, the ring "
            "used couriers who flew out of Sanmarin airport carrying up to 40 kilograms of eels each, in plastic "
            "bags filled with water and oxygen. Prosecutors put the profits at 3.5 million euros. Exporting the "
            "European eel, a critically endangered species, out of the region has been prohibited since 2010. A "
            "fourth defendant was acquitted."
        ),
        errors=[
            O("fourth defendant was acquitted", "for lack of evidence", "minor"),
        ],
        traps=[
            T("jail sentences of two to four years", "prison terms of between two and four years"),
            T("Active from 2019 to 2021, the ring", "The gang, which operated between 2019 and 2021"),
            T("Prosecutors put the profits at", "Prosecutors estimated the profits at"),
        ],
    ),
    # 39
    dict(
        domain="heatwave hospital admissions", mode="summary", label="consistent",
        reference=(
            "Hospitals in the Lowmarsh region admitted 1,860 patients with heat-related illnesses during last "
            "week's heatwave, more than three times the number in a normal summer week, the regional health "
            "service said on Monday. Temperatures reached 39.2C in the town of Bexley Fen on Thursday, a record "
            "for the region. Almost two-thirds of those admitted were over 75. Emergency departments at four "
            "hospitals declared critical incidents, and 140 planned operations were postponed. Public health "
            "director Dr Anjali Rao said most admissions could have been avoided if people had kept cool and "
            "drunk enough water. Temperatures are forecast to return to normal levels this week, but another hot "
            "spell is possible later in the month."
        ),
        candidate=(
            "Last week's heatwave put 1,860 people in Lowmarsh hospitals with heat-related illness, over triple "
            "the usual summer weekly figure; nearly two-thirds were over 75. Emergency departments at four "
            "hospitals declared critical incidents and 140 planned operations were put off, as Bexley Fen set a "
            "regional record of 39.2C. Public health director Dr Anjali Rao said most admissions were avoidable "
            "had people kept cool and hydrated. More hot weather is possible later this month."
        ),
        errors=[],
        traps=[
            T("over triple the usual summer weekly figure",
              "more than three times the number in a normal summer week"),
            T("were put off", "were postponed"),
            T("Bexley Fen set a regional record of 39.2C",
              "Temperatures reached 39.2C in the town of Bexley Fen on Thursday, a record for the region"),
            T("most admissions were avoidable had people kept cool and hydrated",
              "most admissions could have been avoided if people had kept cool and drunk enough water"),
            T("More hot weather is possible later this month", "another hot spell is possible later in the month"),
        ],
    ),
    # 40
    dict(
        domain="hockey stadium lease", mode="rewrite", label="inconsistent",
        reference=(
            "Ice hockey club Dunmore Falcons have signed a 25-year lease to play at the Riverside Arena, which is "
            "owned by Marlow City Council, ending months of uncertainty over the club's future. The Falcons will "
            "pay £310,000 a year in rent, rising with inflation, and will invest £2.2 million in new seating and "
            "a training rink. In return, the council has agreed to carry out repairs to the arena's roof before "
            "the start of next season. The club had threatened to move to Carlton if no agreement was reached. "
            "Falcons owner Stefan Lindqvist said the deal secured the club's future 'for a generation'. The "
            "council expects the lease to generate more than £9 million over its lifetime."
        ),
        candidate=(
            "The Dunmore Falcons ice hockey club have signed a 25-year lease to play at the council-owned "
            "Riverside Arena, bringing months of uncertainty about the club's future to an end. Marlow City "
            "Council will pay the club £310,000 a year in rent, linked to inflation, and the Falcons will put "
            "£2.2m into new seating and a training rink. The council, for its part, has agreed to repair the "
            "arena's roof before next season begins. The Falcons had threatened to relocate to Carlton had no "
            "deal been struck. Owner Stefan Lindqvist said the agreement secured the club's future 'for a "
            "generation', and the council expects the lease to bring in £7.75m over its lifetime."
        ),
        errors=[
            E("Marlow City Council will pay the club", "role", "critical", "The Falcons will pay"),
            E("£7.75m", "number", "major", "more than £9 million"),
        ],
        traps=[
            T("bringing months of uncertainty about the club's future to an end",
              "ending months of uncertainty over the club's future"),
            T("relocate to Carlton had no deal been struck", "move to Carlton if no agreement was reached"),
        ],
    ),
]
