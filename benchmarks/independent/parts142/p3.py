"""Set 142, pairs 21-30 (hand-written)."""
from _helpers import E, O, T

CASES = [
    # 21
    dict(
        domain="salt reduction target", mode="summary", label="inconsistent",
        reference=(
            "The Food Standards Council of Aldermoor has set food manufacturers a target of cutting salt in "
            "bread, breakfast cereals and ready meals by 20 percent by the end of 2027. The target is voluntary, "
            "but the council said it would consider introducing mandatory limits if fewer than two-thirds of "
            "manufacturers were on track by a review in 2026. Adults in Aldermoor eat an average of 8.4 grams of "
            "salt a day, well above the recommended maximum of 6 grams. The council estimates that meeting the "
            "target could prevent around 2,300 deaths from heart disease and stroke each year. The Bakers' "
            "Federation said reformulation costs would fall hardest on small producers."
        ),
        candidate=(
            "Aldermoor's Food Standards Council has set manufacturers a voluntary target of cutting salt in "
            "bread, breakfast cereals and ready meals by a fifth by the end of 2027, and mandatory limits will "
            "follow if fewer than two-thirds are on track at a 2026 review. The council says meeting the goal "
            "could avert some 2,300 heart disease and stroke deaths a year; adults eat 8.4g of salt a day on "
            "average against a recommended maximum of 6g."
        ),
        errors=[
            E("mandatory limits will follow", "modality", "major",
              "it would consider introducing mandatory limits"),
        ],
        traps=[
            T("by a fifth", "by 20 percent"),
            T("could avert some 2,300 heart disease and stroke deaths a year",
              "could prevent around 2,300 deaths from heart disease and stroke each year"),
        ],
    ),
    # 22
    dict(
        domain="rugby league merger", mode="summary", label="inconsistent",
        reference=(
            "Two of the oldest clubs in the Northern Rugby League, Castlemoor Wanderers and Pelling Town, are to "
            "merge at the end of the season after members of both clubs voted in favour on Wednesday night. "
            "Pelling Town, which has been in financial difficulty since losing its main sponsor last year, will "
            "be absorbed by Castlemoor Wanderers, and the combined club will play at Wanderers' Ferrybank ground "
            "under the name Castlemoor Pelling. Wanderers members backed the deal by 81 percent and Pelling "
            "members by 64 percent. Pelling's chairman, Graham Holt, said the merger was 'the only way to keep "
            "professional rugby league in the town'. Some Pelling supporters have said they will form a new "
            "amateur club."
        ),
        candidate=(
            "Castlemoor Wanderers will be absorbed by financially troubled Pelling Town at the end of the season "
            "after members of both Northern Rugby League clubs approved a merger on Wednesday, Wanderers by 81 "
            "percent and Pelling by 64 percent. The combined club, Castlemoor Pelling, will play at the Ferrybank "
            "ground. Pelling chairman Graham Holt called the deal 'the only way to keep professional rugby league "
            "in the town'."
        ),
        errors=[
            E("Castlemoor Wanderers will be absorbed by financially troubled Pelling Town", "role", "major",
              "will be absorbed by Castlemoor Wanderers"),
        ],
        traps=[
            T("approved a merger", "voted in favour"),
            T("Pelling chairman Graham Holt called the deal", "Pelling's chairman, Graham Holt, said the merger was"),
        ],
    ),
    # 23
    dict(
        domain="embassy closure", mode="translation", label="inconsistent",
        reference=(
            "The Foreign Ministry of Valdoria announced on Thursday the temporary closure of its embassy in the "
            "capital of neighbouring Kessaria, citing 'a serious deterioration of security conditions'. "
            "Diplomatic staff, around forty people, will be evacuated by air before Sunday, while a reduced team "
            "will remain at the consulate in the port city of Amarant. The decision comes two days after a "
            "demonstration outside the embassy during which several windows were broken. Valdorian nationals "
            "living in Kessaria, estimated at 2,600, are advised to leave the country by commercial flights as "
            "long as these are still operating. The ministry said the embassy would reopen 'as soon as the "
            "situation allows'."
        ),
        candidate=(
            "Valdoria's foreign ministry said on Thursday that it was temporarily closing its embassy in the "
            "capital of neighbouring Kessaria because of 'a serious worsening of the security situation'. The "
            "diplomatic staff, about forty people, are to be flown out before Sunday, and a small team will stay "
            "behind at the consulate in the port of Amarant. The announcement came two days before a "
            "demonstration outside the embassy in which several windows were smashed. The estimated 2,600 "
            "Valdorian citizens living in Kessaria have been advised to leave the country on commercial flights "
            "while these are still running. The embassy will reopen 'as soon as circumstances permit', the "
            "ministry said."
        ),
        errors=[
            E("two days before a demonstration", "date", "major", "two days after a demonstration"),
        ],
        traps=[
            T("are to be flown out before Sunday", "will be evacuated by air before Sunday"),
            T("The estimated 2,600 Valdorian citizens living in Kessaria",
              "Valdorian nationals living in Kessaria, estimated at 2,600"),
            T("while these are still running", "as long as these are still operating"),
        ],
    ),
    # 24
    dict(
        domain="nuclear plant life extension", mode="translation", label="consistent",
        reference=(
            "The Federal Nuclear Safety Office of Tessenia on Tuesday approved extending the operating life of "
            "the Holmgard nuclear power plant by 20 years, until 2049. The operator, Nordkraft Energie, must first "
            "replace the steam generators of both reactors and strengthen the cooling system against flooding, "
            "work estimated at 1.4 billion euros. The plant, commissioned in 1989, supplies about 11 percent of "
            "the country's electricity. The office's director, Katrin Weisel, stressed that the authorisation "
            "could be withdrawn if inspections revealed ageing of the reactor vessels beyond the permitted "
            "limits. Environmental organisations announced that they would challenge the decision in court."
        ),
        candidate=(
            "On Tuesday, Tessenia's Federal Nuclear Safety Office gave the Holmgard nuclear plant permission to "
            "run for another two decades, until 2049. First, however, operator Nordkraft Energie has to renew the "
            "steam generators in both reactors and make the cooling system more resistant to flooding, work put "
            "at €1.4bn. Holmgard, which entered service in 1989, generates around 11 percent of the country's "
            "electricity. Office director Katrin Weisel underlined that the licence could be revoked should "
            "inspections show the reactor vessels ageing beyond permitted limits. Environmental groups have said "
            "they will contest the decision before the courts."
        ),
        errors=[],
        traps=[
            T("for another two decades", "by 20 years"),
            T("work put at €1.4bn", "work estimated at 1.4 billion euros"),
            T("which entered service in 1989", "commissioned in 1989"),
            T("the licence could be revoked", "the authorisation could be withdrawn"),
            T("contest the decision before the courts", "challenge the decision in court"),
        ],
    ),
    # 25
    dict(
        domain="craft beer tax", mode="rewrite", label="inconsistent",
        reference=(
            "Finance Minister Corinne Abara has confirmed that small breweries producing fewer than 5,000 "
            "hectolitres a year will keep their 50 percent duty discount, reversing plans announced in the "
            "spring budget to phase it out. About 1,900 of the country's 2,300 breweries qualify for the relief. "
            "The Independent Brewers Association had warned that removing the discount would force up to 400 of "
            "them to close. The ministry estimates that keeping the relief will cost the treasury €38 million a "
            "year. Abara said the government was not planning to extend the discount to cider makers. Larger "
            "brewers, represented by the Brewing Federation, said the decision distorted competition and called "
            "for the threshold to be lowered to 2,000 hectolitres."
        ),
        candidate=(
            "Reversing spring budget plans to phase out the relief, Finance Minister Corinne Abara has confirmed "
            "that breweries producing under 5,000 hectolitres a year will retain their 50 percent duty discount. "
            "Some 1,900 of the country's 2,300 breweries are eligible. Scrapping the discount would have forced "
            "as many as 400 of them to close, the Independent Brewers Association had warned. According to the "
            "association, keeping the relief will cost the treasury €38m a year. Abara added that the government "
            "was planning to extend the discount to cider makers. The Brewing Federation, which represents larger "
            "brewers, said the decision distorted competition and wants the threshold lowered to 2,000 "
            "hectolitres."
        ),
        errors=[
            E("According to the association", "attribution", "major", "The ministry estimates"),
            E("was planning to extend the discount to cider makers", "polarity", "major",
              "was not planning to extend the discount to cider makers"),
        ],
        traps=[
            T("under 5,000 hectolitres", "fewer than 5,000 hectolitres"),
            T("Some 1,900 of the country's 2,300 breweries are eligible",
              "About 1,900 of the country's 2,300 breweries qualify for the relief"),
            T("as many as 400", "up to 400"),
        ],
    ),
    # 26
    dict(
        domain="albatross bycatch", mode="rewrite", label="inconsistent",
        reference=(
            "The number of albatrosses killed by longline fishing vessels in the Southern Merran Sea fell by 74 "
            "percent last season after the introduction of mandatory bird-scaring lines and night-time setting "
            "of hooks, the Merran Fisheries Commission reported on Monday. Observers on board 46 vessels recorded "
            "212 albatross deaths, compared with 815 the season before. Conservation group Wingspan Trust "
            "welcomed the figures but said compliance checks covered only a fifth of the fleet. The commission "
            "plans to make on-board cameras compulsory on all licensed vessels from 2026. Three of the seven "
            "albatross species found in the region are classed as endangered."
        ),
        candidate=(
            "Longline fishing vessels in the Southern Merran Sea killed 74 percent fewer albatrosses last season "
            "once bird-scaring lines and a ban on night-time fishing became mandatory, the Merran Fisheries "
            "Commission reported on Monday. Observers aboard 46 vessels logged 212 albatross deaths, down from 815 "
            "a season earlier. The Wingspan Trust, a conservation group, welcomed the figures but pointed out that "
            "only one in five vessels in the fleet was subject to compliance checks. From 2026 the commission "
            "plans to require on-board cameras on every licensed vessel. Of the seven albatross species found in "
            "the region, three are classed as endangered."
        ),
        errors=[
            E("a ban on night-time fishing", "event", "major", "night-time setting of hooks"),
        ],
        traps=[
            T("killed 74 percent fewer albatrosses", "fell by 74 percent"),
            T("down from 815 a season earlier", "compared with 815 the season before"),
            T("only one in five vessels in the fleet was subject to compliance checks",
              "compliance checks covered only a fifth of the fleet"),
        ],
    ),
    # 27
    dict(
        domain="military exercise", mode="translation", label="consistent",
        reference=(
            "The armed forces of Lodaria will hold the largest military exercise in their history from 4 to 18 "
            "October, the defence ministry announced on Wednesday. Around 17,000 soldiers, 300 armoured vehicles "
            "and 40 aircraft will take part in the 'Iron Shield' manoeuvres, which will take place at three "
            "training grounds in the east of the country. Allied contingents from five countries will also "
            "participate. Defence Minister Tadeusz Wrocki stressed that the exercise was 'purely defensive in "
            "character' and was not directed against any state. Residents near the training grounds were warned "
            "of increased traffic of military convoys and of possible night-time noise."
        ),
        candidate=(
            "Lodaria's defence ministry said on Wednesday that the country's armed forces would stage their "
            "biggest ever military exercise between 4 and 18 October. The 'Iron Shield' manoeuvres, at three "
            "training areas in the east of the country, will involve some 17,000 troops along with 300 armoured "
            "vehicles and 40 aircraft, and contingents from five allied countries will take part as well. The "
            "exercise is 'of a purely defensive nature' and is aimed at no state, Defence Minister Tadeusz Wrocki "
            "emphasised. People living close to the training areas have been warned to expect more military "
            "convoys on the roads and possibly noise at night."
        ),
        errors=[],
        traps=[
            T("biggest ever military exercise", "largest military exercise in their history"),
            T("between 4 and 18 October", "from 4 to 18 October"),
            T("some 17,000 troops", "Around 17,000 soldiers"),
            T("is aimed at no state", "was not directed against any state"),
            T("possibly noise at night", "possible night-time noise"),
        ],
    ),
    # 28
    dict(
        domain="fencing federation funding", mode="rewrite", label="consistent",
        reference=(
            "The national fencing federation will lose almost a third of its public funding over the next four "
            "years after failing to meet medal targets at the last Olympic Games, Sport Agency Arlen announced on "
            "Thursday. Its grant will fall from £6.3 million to £4.3 million for the 2025-2028 cycle. The agency "
            "said fencing had won one bronze medal at the Games against a target of two to four medals. "
            "Federation chief executive Oliver Snape called the decision 'deeply disappointing' and said the "
            "federation would appeal. The agency said it would review the decision if the federation submitted "
            "a new performance plan by the end of March."
        ),
        candidate=(
            "Sport Agency Arlen said on Thursday that it would cut the national fencing federation's public "
            "funding by nearly a third over the next four years because the sport missed its medal targets at "
            "the most recent Olympic Games. For the 2025-2028 cycle the federation will receive £4.3m, down from "
            "£6.3m. Fencers came home with a single bronze medal, the agency said, when the target had been "
            "between two and four. Oliver Snape, the federation's chief executive, described the decision as "
            "'deeply disappointing' and said the federation would appeal. The agency added that it would look at "
            "the decision again if the federation submitted a new performance plan by the end of March."
        ),
        errors=[],
        traps=[
            T("it would cut the national fencing federation's public funding by nearly a third",
              "The national fencing federation will lose almost a third of its public funding"),
            T("£4.3m, down from £6.3m", "will fall from £6.3 million to £4.3 million"),
            T("a single bronze medal", "one bronze medal"),
            T("when the target had been between two and four", "against a target of two to four medals"),
            T("look at the decision again", "review the decision"),
        ],
    ),
    # 29
    dict(
        domain="volcano ash aviation alert", mode="translation", label="inconsistent",
        reference=(
            "The Meteorological Institute of Sólvík raised the aviation alert for the Hrafnfell volcano to red on "
            "Friday morning after an eruption sent a column of ash to an altitude of eleven kilometres. The "
            "airports of Kaldhöfn and Eyrarvík were closed and some 180 flights were cancelled. Civil aviation "
            "authority spokeswoman Brynja Halls said the ash cloud was moving east and could reach the airspace "
            "of neighbouring countries by Saturday. Around 600 residents of three farms and a village at the foot "
            "of the volcano were evacuated as a precaution. Scientists said it was too early to predict how long "
            "the eruption would last."
        ),
        candidate=(
            "On Friday morning Sólvík's Meteorological Institute put the aviation alert for the Hrafnfell volcano "
            "at red, after an eruption threw a column of ash eleven kilometres into the sky. Kaldhöfn and "
            "Eyrarvík airports were shut and about 180 flights were cancelled. According to Brynja Halls, "
            "speaking for the civil aviation authority, the ash cloud was drifting east and might be over "
            "neighbouring countries' airspace by Saturday. About 180 flights were cancelled. Some 600 people "
            "living on three farms and in a village below the volcano were told to stay indoors as a precaution. "
            "Scientists said it was too early to say how long the eruption would go on."
        ),
        errors=[
            E("About 180 flights were cancelled", "repetition", "minor", None),
            E("were told to stay indoors", "event", "major", "were evacuated"),
        ],
        traps=[
            T("eleven kilometres into the sky", "to an altitude of eleven kilometres"),
            T("might be over neighbouring countries' airspace",
              "could reach the airspace of neighbouring countries"),
            T("below the volcano", "at the foot of the volcano"),
        ],
    ),
    # 30
    dict(
        domain="famine warning", mode="translation", label="inconsistent",
        reference=(
            "The regional food security agency Fosal warned on Tuesday that 2.3 million people in the northern "
            "provinces of Sahelia could face famine in the coming months if humanitarian aid is not rapidly "
            "scaled up. Three successive poor rainy seasons have wiped out harvests, and cereal prices have "
            "doubled in a year. The agency says it has received only 28 percent of the 410 million dollars it "
            "requested for the country this year. Its regional director, Mariam Sadiki, said the situation was "
            "'not yet a famine' but that the window to prevent one was closing. Several aid convoys have been "
            "blocked by insecurity on the roads to the north."
        ),
        candidate=(
            "Fosal, the regional food security agency, warned on Tuesday that unless humanitarian aid is quickly "
            "stepped up, 2.3 million people in Sahelia's northern provinces could be facing famine in the months "
            "ahead. Harvests have been destroyed by three bad rainy seasons in a row, and the price of cereals "
            "has doubled within a year. Of the 410 million dollars the agency requested for the country this "
            "year, it says it has received just 28 percent. According to its regional director, Mariam Sadiki, "
            "the situation is 'already a famine' and the window for preventing one is closing. Insecurity on the "
            "roads to the north has held up several aid convoys."
        ),
        errors=[
            E("already a famine", "polarity", "critical", "not yet a famine"),
        ],
        traps=[
            T("unless humanitarian aid is quickly stepped up", "if humanitarian aid is not rapidly scaled up"),
            T("three bad rainy seasons in a row", "Three successive poor rainy seasons"),
            T("it says it has received just 28 percent", "says it has received only 28 percent"),
        ],
    ),
]
