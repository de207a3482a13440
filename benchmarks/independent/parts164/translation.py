"""Translation pairs for set164: 5 consistent, 5 inconsistent.

Both texts of each pair are written as two independent English translations
of the same (imagined) non-English news story.
"""

from . import E, T

CASES = [
    # ------------------------------------------------------------------ 1 (Danish story)
    dict(
        domain="porpoise bycatch", mode="translation", label="inconsistent",
        reference=(
            "At least 38 harbour porpoises have been found dead in fishing nets in the Skarrefjord since "
            "January, more than in the whole of last year, researchers at the Lyngrup Marine Institute "
            "reported. Most of the animals were caught in gillnets set for cod. The institute's Dr Anja "
            "Holmgaard said acoustic alarms, known as pingers, which scare porpoises away from nets, had been "
            "fitted to only a minority of boats because they are not compulsory in the fjord. The fisheries "
            "ministry said it would not introduce a ban on gillnets but would consider making pingers "
            "mandatory from next year. Fishermen's representative Lars Vinding said many crews could not "
            "afford the devices, which cost about 1,000 kroner each."
        ),
        candidate=(
            "Since January, no fewer than 38 harbour porpoises have turned up dead in fishing gear in the "
            "Skarrefjord - already more than in all of last year, according to researchers from the Lyngrup "
            "Marine Institute. The majority had become entangled in gillnets intended for plaice. Acoustic "
            "deterrents called pingers, which drive porpoises away from the nets, are fitted on only a "
            "minority of vessels as they are not obligatory in the fjord, explained Dr Anja Holmgaard of the "
            "institute. The ministry of fisheries announced that it will ban gillnets and is looking at "
            "whether to make pingers compulsory from next year. According to Lars Vinding, who represents the "
            "fishermen, many crews cannot pay for the devices, which cost roughly 1,000 kroner apiece."
        ),
        errors=[
            E("it will ban gillnets", "polarity", "critical", "would not introduce a ban on gillnets"),
            E("plaice", "entity", "minor", "cod"),
        ],
        traps=[
            T("no fewer than 38", "At least 38"),
            T("roughly 1,000 kroner apiece", "about 1,000 kroner each"),
        ],
    ),
    # ------------------------------------------------------------------ 2 (German-language story)
    dict(
        domain="ski instructor visa", mode="translation", label="consistent",
        reference=(
            "Ski schools in the Tirvald valley are warning of a shortage of instructors this winter after the "
            "interior ministry tightened the rules for seasonal work permits. Under the new regulation, which "
            "took effect on 1 October, applicants from outside the European Union must show a job offer of at "
            "least five months, compared with three months previously. Markus Steinreiter, who heads the "
            "regional ski schools association, said around 140 instructors from countries such as New Zealand "
            "and Argentina had worked in the valley last season, and that perhaps half of them would not "
            "qualify. The ministry said the change was intended to prevent abuse of the permit system. Talks "
            "between the association and officials are scheduled for next week."
        ),
        candidate=(
            "Stricter rules on seasonal work permits from the interior ministry could leave ski schools in "
            "the Tirvald valley short of instructors this winter, the schools have warned. Since 1 October, "
            "non-EU applicants have had to present a job offer lasting a minimum of five months, up from three "
            "months before. According to Markus Steinreiter, head of the regional association of ski schools, "
            "some 140 instructors from countries including New Zealand and Argentina worked in the valley last "
            "season, and possibly half of them would fail to meet the requirement. The ministry says the aim "
            "is to stop the permit system being abused. The association is due to meet officials next week."
        ),
        errors=[],
        traps=[
            T("non-EU applicants", "applicants from outside the European Union"),
            T("a minimum of five months, up from three months before",
              "at least five months, compared with three months previously"),
            T("possibly half of them would fail to meet the requirement", "perhaps half of them would not qualify"),
            T("The association is due to meet officials next week",
              "Talks between the association and officials are scheduled for next week"),
        ],
    ),
    # ------------------------------------------------------------------ 3 (Spanish story)
    dict(
        domain="starfish wasting disease", mode="translation", label="inconsistent",
        reference=(
            "Marine biologists have recorded a sharp rise in sea star wasting disease along the coast of the "
            "Araucan region, where up to 70 per cent of sea stars at some monitoring sites have died since "
            "December. The disease causes lesions and the animals eventually break apart. Researchers at the "
            "University of Puerto Liren said water temperatures had been two degrees above the seasonal "
            "average for much of the summer, which may have made the animals more vulnerable. The team, led "
            "by Professor Camila Errazuriz, has collected samples from 26 sites and will publish results later "
            "this year. The loss of sea stars could allow sea urchins, which they prey on, to multiply and "
            "damage kelp forests."
        ),
        candidate=(
            "Along the Araucan coastline, biologists are reporting a steep increase in sea star wasting "
            "disease, with as many as 70% of sea stars dead at certain monitoring sites since December. "
            "Affected animals develop lesions before finally falling apart. According to scientists from the "
            "University of Araucan, sea temperatures sat two degrees above the seasonal norm for much of the "
            "summer, possibly leaving the animals more susceptible. The group, headed by Professor Camila "
            "Errazuriz, has gathered samples at 26 sites and will publish its findings later this year. With "
            "fewer sea stars, the sea urchins they feed on could proliferate and harm kelp forests."
        ),
        errors=[
            E("University of Araucan", "entity", "major", "University of Puerto Liren"),
        ],
        traps=[
            T("as many as 70%", "up to 70 per cent"),
            T("possibly leaving the animals more susceptible", "which may have made the animals more vulnerable"),
            T("the sea urchins they feed on", "sea urchins, which they prey on"),
        ],
    ),
    # ------------------------------------------------------------------ 4 (Italian-language Swiss story)
    dict(
        domain="landslide warning system", mode="translation", label="consistent",
        reference=(
            "A landslide early-warning system has been switched on above the mountain village of Valdorno, "
            "where about 2.4 million cubic metres of rock have been moving slowly downhill since last spring. "
            "The system consists of 18 sensors and a radar unit that measure movement of the slope every ten "
            "minutes. If the rate exceeds a set threshold, sirens will sound in the village and the only "
            "access road will be closed automatically. Geologist Chiara Bellandi of the cantonal natural "
            "hazards office said the slope was currently moving about four centimetres a day. The 160 "
            "residents have practised evacuation twice. The canton has not ruled out relocating the village "
            "permanently if the movement accelerates."
        ),
        candidate=(
            "An early-warning system for landslides is now operating on the slope above Valdorno, a mountain "
            "village where some 2.4 million cubic metres of rock have been creeping downhill since spring last "
            "year. Eighteen sensors and a radar device check the slope's movement at ten-minute intervals. "
            "Should the speed go beyond a defined limit, sirens will go off in the village and the single road "
            "in will be shut automatically. According to Chiara Bellandi, a geologist at the canton's natural "
            "hazards office, the slope is presently sliding at around 4cm per day. The village's 160 "
            "inhabitants have already rehearsed an evacuation twice. Moving the village for good remains a "
            "possibility for the canton should the movement speed up."
        ),
        errors=[],
        traps=[
            T("since spring last year", "since last spring"),
            T("at ten-minute intervals", "every ten minutes"),
            T("the single road in", "the only access road"),
            T("around 4cm per day", "about four centimetres a day"),
            T("Moving the village for good remains a possibility for the canton",
              "The canton has not ruled out relocating the village permanently"),
        ],
    ),
    # ------------------------------------------------------------------ 5 (Italian story)
    dict(
        domain="hailstone record size", mode="translation", label="inconsistent",
        reference=(
            "A hailstone that fell near the town of Rocca Variano during a storm on 24 July may be the "
            "largest ever recorded in Europe, meteorologists said. The stone measured 19 centimetres across "
            "and weighed about 1.1 kilograms after it was stored in a freezer by a local resident, Aurelio "
            "Bassani. The national meteorological service has sent experts to examine it, and a committee "
            "will decide within two months whether it can be certified as a continental record. The current "
            "European record, a hailstone of 15 centimetres, was set in the same region in 2023. The storm "
            "damaged roofs and cars across the area and injured 11 people, none seriously."
        ),
        candidate=(
            "According to meteorologists, a hailstone that came down near Rocca Variano in a storm on 24 July "
            "is the largest ever recorded in Europe. Measuring 19cm in diameter, the stone weighed roughly "
            "1.1kg once Aurelio Bassani, who lives locally, had put it in a freezer. Experts from the national "
            "weather service have been dispatched to inspect it, and within two months a committee will rule "
            "on whether it qualifies as a continental record. The existing European record - a 15cm hailstone "
            "- dates from 2023 and came from the same region. Roofs and cars across the area were damaged in the storm, "
            "which left 11 people injured, though none seriously."
        ),
        errors=[
            E("is the largest ever recorded in Europe", "modality", "major",
              "may be the largest ever recorded in Europe"),
        ],
        traps=[
            T("19cm in diameter", "19 centimetres across"),
            T("within two months a committee will rule on", "a committee will decide within two months"),
        ],
    ),
    # ------------------------------------------------------------------ 6 (German story)
    dict(
        domain="glacier ice core archive fire", mode="translation", label="inconsistent",
        reference=(
            "A fire broke out on Sunday night at the ice core archive of the Grauholz Institute for Glacier "
            "Research, damaging one of its three cold storage rooms, the institute said. About 400 metres of "
            "ice cores drilled from Alpine glaciers between 1988 and 2010 were stored in the affected room. "
            "Director Ursula Feldmann said firefighters had prevented the flames from reaching the main "
            "freezer hall, but that the temperature in the damaged room had risen above minus 5 degrees for "
            "several hours. Scientists are now checking whether the samples have partly melted. The cause of "
            "the fire, which started in a cooling unit, is being investigated by police. No one was injured."
        ),
        candidate=(
            "On Sunday night a blaze hit the Grauholz Institute for Glacier Research's ice-core archive, "
            "causing damage to one of the three cold rooms, according to the institute. The room "
            "concerned held some 400 metres of ice cores taken from Alpine glaciers between 1988 and 2010. "
            "Firefighters did not manage to stop the flames reaching the main freezer hall, said director "
            "Ursula Feldmann, and the damaged room's temperature climbed above minus five degrees for "
            "several hours. Researchers are now examining whether the samples have partially melted. Police "
            "are investigating what caused the fire, which spread to a cooling unit. Nobody was hurt."
        ),
        errors=[
            E("did not manage to stop the flames reaching the main freezer hall", "polarity", "critical",
              "had prevented the flames from reaching the main freezer hall"),
            E("spread to a cooling unit", "event", "major", "started in a cooling unit"),
        ],
        traps=[
            T("some 400 metres", "About 400 metres"),
            T("Nobody was hurt", "No one was injured"),
        ],
    ),
    # ------------------------------------------------------------------ 7 (German story)
    dict(
        domain="wolf attack livestock", mode="translation", label="consistent",
        reference=(
            "A wolf killed 23 sheep and injured seven others on a farm near the village of Gruenhagen "
            "overnight on Tuesday, the district office said. DNA samples taken from the carcasses confirmed "
            "that a single male wolf was responsible, the state environmental agency announced on Friday. The "
            "animal is believed to belong to a pack that settled in the nearby Wendmoor forest two years ago. "
            "Farmer Jens Kollwitz said his fences were 1.2 metres high but not electrified. Under state rules "
            "he is eligible for compensation of up to 95 per cent of the value of the animals, as well as "
            "subsidies for better fencing. Environment minister Petra Aldag said shooting the wolf was not "
            "being considered at present."
        ),
        candidate=(
            "During Tuesday night a wolf attacked a flock on a farm close to the village of Gruenhagen, "
            "killing 23 sheep and wounding a further seven, according to the district authorities. Genetic "
            "tests on the dead animals have established that one male wolf was behind the attack, the state "
            "environment agency said on Friday. It probably comes from a pack that made its home in the "
            "neighbouring Wendmoor forest two years ago. The farmer, Jens Kollwitz, said his fences stood 1.2 "
            "metres tall but carried no electric current. State regulations entitle him to claim back as much "
            "as 95% of the animals' value and to receive grants towards improved fencing. For now, culling the "
            "wolf is not on the table, said environment minister Petra Aldag."
        ),
        errors=[],
        traps=[
            T("Genetic tests on the dead animals", "DNA samples taken from the carcasses"),
            T("It probably comes from a pack", "The animal is believed to belong to a pack"),
            T("carried no electric current", "not electrified"),
            T("as much as 95%", "up to 95 per cent"),
            T("For now, culling the wolf is not on the table", "shooting the wolf was not being considered at present"),
        ],
    ),
    # ------------------------------------------------------------------ 8 (French story)
    dict(
        domain="peregrine falcon cathedral", mode="translation", label="consistent",
        reference=(
            "A pair of peregrine falcons nesting on the north tower of Castelbrun cathedral have raised four "
            "chicks this spring, the first successful brood at the site since 2011, the regional bird "
            "protection league said. The nest box was installed 52 metres above the ground by volunteers in "
            "2019 after restoration work on the tower was completed. A camera streams images of the nest "
            "online, and the feed has been watched more than 600,000 times since March. The chicks were "
            "ringed on Wednesday by a licensed ornithologist, Helene Marchal, who said all four appeared "
            "healthy. They are expected to leave the nest within about three weeks. The cathedral's diocese "
            "has agreed to postpone work on the roof until the autumn to avoid disturbing the birds."
        ),
        candidate=(
            "For the first time since 2011, peregrine falcons have bred successfully at Castelbrun cathedral, "
            "where a pair nesting on the north tower has reared four chicks this spring, according to the "
            "regional league for the protection of birds. Volunteers put up the nest box, 52 metres off the "
            "ground, in 2019, once restoration of the tower had been finished. Since March, the online stream "
            "from a camera trained on the nest has had over 600,000 views. On Wednesday the chicks were "
            "fitted with rings by Helene Marchal, a licensed ornithologist, who reported that all four seemed "
            "in good health. They are likely to leave the nest within roughly three weeks. So as not to "
            "disturb the birds, the diocese has agreed to put off roof works until the autumn."
        ),
        errors=[],
        traps=[
            T("For the first time since 2011, peregrine falcons have bred successfully at Castelbrun cathedral",
              "the first successful brood at the site since 2011"),
            T("has had over 600,000 views", "has been watched more than 600,000 times"),
            T("were fitted with rings", "were ringed"),
            T("are likely to leave the nest", "are expected to leave the nest"),
            T("put off roof works until the autumn", "postpone work on the roof until the autumn"),
        ],
    ),
    # ------------------------------------------------------------------ 9 (Spanish story)
    dict(
        domain="subtitle error complaint", mode="translation", label="inconsistent",
        reference=(
            "The public broadcaster Canal Meridiano has apologised after automatic subtitles on its evening "
            "news programme wrongly stated that the health minister, Ines Olabarria, had resigned. The error, "
            "which appeared for about 40 seconds during Tuesday's 9pm bulletin, came as the minister was shown "
            "arriving at parliament. The broadcasting regulator received 214 complaints, and opposition "
            "deputy Rafael Montoro has asked it to open an investigation. Canal Meridiano said the "
            "speech-recognition software had misheard the word 'reunido' (met) as 'dimitido' (resigned) and "
            "that live subtitles would now be checked by a human editor. The ministry said the minister had "
            "found the incident 'amusing'."
        ),
        candidate=(
            "Canal Meridiano, the public broadcaster, has issued an apology after the automatic subtitles on "
            "its evening news falsely reported that health minister Ines Olabarria had stepped down. The "
            "mistake stayed on screen for roughly 40 seconds during the 9pm news on Tuesday, while footage "
            "showed the minister arriving at parliament. The broadcasting watchdog has had 214 complaints, and "
            "Rafael Montoro, an opposition deputy, has called on it to investigate. According to Canal "
            "Meridiano, its speech-recognition software misheard 'dimitido' (resigned) as 'reunido' (met), and "
            "from now on a human editor will check live subtitles. According to the ministry, the minister "
            "considered the episode 'amusing'."
        ),
        errors=[
            E("misheard 'dimitido' (resigned) as 'reunido' (met)", "role", "major",
              "misheard the word 'reunido' (met) as 'dimitido' (resigned)"),
        ],
        traps=[
            T("had stepped down", "had resigned"),
            T("has called on it to investigate", "has asked it to open an investigation"),
        ],
    ),
    # ------------------------------------------------------------------ 10 (Dutch story)
    dict(
        domain="parachute regiment freedom parade", mode="translation", label="consistent",
        reference=(
            "About 300 soldiers of the 11th Airborne Regiment marched through the centre of Marrenburg on "
            "Saturday after the city granted the unit its honorary freedom, a privilege last awarded to a "
            "military unit in 1985. The parade, led by the regiment's band, followed a ceremony in the market "
            "square at which Mayor Annelies de Roos presented the commanding officer, Colonel Pieter Vanlint, "
            "with a framed charter. Police estimated that 12,000 spectators lined the route. The regiment, "
            "based at the nearby Heidekamp barracks since 1962, recently returned from a six-month deployment "
            "abroad. A small group of protesters stood silently near the town hall. A flypast planned for the "
            "end of the parade was cancelled because of low cloud."
        ),
        candidate=(
            "Around 300 members of the 11th Airborne Regiment paraded through central Marrenburg on Saturday, "
            "having been granted the city's honorary freedom - an honour no military unit had received since "
            "1985. With the regimental band at its head, the march came after a ceremony on the market square, "
            "where the commanding officer, Colonel Pieter Vanlint, received a framed charter from Mayor "
            "Annelies de Roos. According to police estimates, the route was lined by 12,000 onlookers. "
            "Stationed at Heidekamp barracks nearby since 1962, the regiment came back recently from half a "
            "year deployed abroad. Near the town hall, a small group of protesters stood in silence. Low cloud "
            "forced the cancellation of a flypast that had been planned to close the parade."
        ),
        errors=[],
        traps=[
            T("an honour no military unit had received since 1985", "a privilege last awarded to a military unit in 1985"),
            T("the commanding officer, Colonel Pieter Vanlint, received a framed charter from Mayor Annelies de Roos",
              "Mayor Annelies de Roos presented the commanding officer, Colonel Pieter Vanlint, with a framed charter"),
            T("half a year deployed abroad", "six-month deployment abroad"),
            T("Low cloud forced the cancellation of a flypast",
              "A flypast planned for the end of the parade was cancelled because of low cloud"),
        ],
    ),
]
