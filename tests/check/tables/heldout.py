"""Held-out claims written without looking at the checker or its table; the benchmark reports their accuracy, no test asserts it."""

HELDOUT: list[tuple[str, str, str]] = [
    # ---------------------------------------------------------------- supported
    (
        "On March 6, 2023, a meeting in Minsk discussed proposals to reduce tensions between the Kyrgyz and Tajik peoples.",
        "supported",
        "allies: 'On March 6, 2023, a meeting was held in Minsk to discuss proposals for reducing tensions between Kyrgyz and Tajik people.'",
    ),
    (
        "A roadmap for cooperation among the CSTO, the CIS and the SCO was signed in Beijing on 3 Sept. 2025.",
        "supported",
        "allies: 'the signing on September 3, 2025, in Beijing of a Roadmap for the development of this cooperation'",
    ),
    (
        "On March 31st, 2025, Tajikistan, Kyrgyzstan and Uzbekistan signed a border agreement in Khujand.",
        "supported",
        "allies: 'signing on March 31, 2025, in Khujand of a border agreement between Tajikistan, Kyrgyzstan, and Uzbekistan'",
    ),
    (
        "On 28.05.2025 the CSTO Council of Defence Ministers approved a plan for developing military cooperation for 2026-2030.",
        "supported",
        "allies: 'At the meeting of the Council of Defense Ministers on May 28, 2025, a Plan for the development of military cooperation for 2026-2030 was approved'",
    ),
    (
        "The CSTO strategic exercise Brothers-in-Arms 2023 was held in Belarus in September 2023.",
        "supported",
        "influential: 'Brothers-in-Arms – 2023 (September 2023, Belarus)'",
    ),
    (
        "Five manoeuvres were carried out in Belarus in 2023 as part of the Combat Brotherhood 2023 exercise.",
        "supported",
        "allies: 'In 2023, five maneuvers were conducted in Belarus as part of the \"Combat Brotherhood – 2023\" exercise'",
    ),
    (
        "The CSTO peacekeeping exercise Unbreakable Brotherhood 2023 took place in Kyrgyzstan.",
        "supported",
        "allies: 'A joint exercise with CSTO peacekeeping forces, \"Unbreakable Brotherhood – 2023,\" also took place in Kyrgyzstan'",
    ),
    (
        "The CSTO peacekeeping forces exercise Unbreakable Brotherhood 2023 was held in October 2023.",
        "supported",
        "alias: Unbreakable Brotherhood = Enduring Brotherhood; influential: 'exercise of the CSTO Peacekeeping Forces Enduring Brotherhood (October 2023, Kyrgyzstan)'",
    ),
    (
        "The strategic exercise Brothers-in-Arms 2022 took place in Kazakhstan in September and October 2022.",
        "supported",
        "influential: 'strategic exercise Brothers-in-Arms – 2022 (September-October 2022, Kazakhstan)'",
    ),
    (
        "On 6 June 2024 the CSTO Committee of Secretaries of Security Councils met in Almaty under Kazakhstan's chairmanship.",
        "supported",
        "izvestia: 'On June 6, 2024, in Almaty, a meeting of the CSTO Committee of Secretaries of Security Council was held under the chairmanship of the Republic of Kazakhstan.'",
    ),
    (
        "Armenian Foreign Minister Ararat Mirzoyan said he has excellent relations with CSTO Secretary General Imangali Tasmagambetov.",
        "supported",
        "izvestia: 'the Armenian Foreign Minister Ararat Mirzoyan said that he had excellent relations with CSTO Secretary General Imangali Tasmagambetov'",
    ),
    (
        "Tasmagambetov told Izvestia that if Armenia's leadership decided to leave the CSTO, that would be Armenia's sovereign right.",
        "supported",
        "izvestia: 'He stressed, that If the Armenian leadership decided to leave the organization, it would be Armenia's sovereign right.'",
    ),
    (
        "Kirill Babaev, who heads the Institute of China and Modern Asia of the Russian Academy of Sciences, analysed the CSTO's work in 2023-2025.",
        "supported",
        "allies: 'an article by Kirill Babaev, the director of the Institute of China and Modern Asia of the Russian Academy of Sciences ... analyzing the results of the CSTO's work for 2023-2025'",
    ),
    (
        "Kassym-Jomart Tokayev called on CSTO members to stop habitually framing their security in terms of ever-mounting threats.",
        "supported",
        "tass: 'Tokayev urged members of the CSTO to avoid a habit of repeatedly framing their safety in terms of mounting threats.'",
    ),
    (
        "Belarusian Foreign Minister Sergei Aleynik said that maintaining solidarity and unity among CSTO members is the organization's main objective today.",
        "supported",
        "tass: 'Sergei Aleynik, head of the Belarusian Ministry of Foreign Affairs, stated that maintaining solidarity and unity among CSTO members is the organization's primary objective today.'",
    ),
    (
        "Speaking to BelTA, Tasmagambetov said the CSTO does not seek to act as a counterweight to NATO.",
        "supported",
        "belta: interview with BelTA; 'the organization does not seek to serve as a counterweight to NATO or to any other power'",
    ),
    (
        "On 20 April the CSTO marked the 30th anniversary of the Collective Security Treaty's entry into force.",
        "supported",
        "izvestia: 'on 20 April we celebrated the 30th anniversary of the entry into force of the Collective Security Treaty'",
    ),
    (
        "The CSTO Secretary General was awarded the Dostuk order for his contribution to the peaceful settlement of conflicts.",
        "supported",
        "allies: 'The CSTO Secretary General was awarded the \"Dostuk\" order for his contribution to the peaceful resolution of conflicts.'",
    ),
    (
        "Fifteen documents were signed at the CSTO summit, including a provision on a joint CSTO press centre.",
        "supported",
        "allies: 'As a result of the CSTO summit, 15 documents were signed ... as well as a provision on the joint press center of the CSTO.'",
    ),
    (
        "A Security Council meeting on 19 July 2024 discussed cooperation with the UN on peacekeeping and counter-terrorism.",
        "supported",
        "allies: 'Cooperation with the UN on peacekeeping and counter-terrorism was discussed at a Security Council meeting on July 19, 2024.'",
    ),
    # ---------------------------------------------------------------- refuted
    (
        "The meeting in Minsk on easing Kyrgyz-Tajik tensions was held on 6 May 2023.",
        "refuted",
        "date: allies says the Minsk meeting was on March 6, 2023",
    ),
    (
        "On March 6, 2023, a meeting in Moscow discussed proposals for reducing tensions between Kyrgyz and Tajik people.",
        "refuted",
        "place: allies says the March 6, 2023 meeting was held in Minsk",
    ),
    (
        "The CSTO-CIS-SCO cooperation roadmap was signed in Beijing on 3 October 2025.",
        "refuted",
        "date: allies says September 3, 2025",
    ),
    (
        "The Khujand border agreement of 31 March 2025 was signed by Tajikistan, Kyrgyzstan and Kazakhstan.",
        "refuted",
        "participant: allies says 'between Tajikistan, Kyrgyzstan, and Uzbekistan'",
    ),
    (
        "The border agreement between Tajikistan, Kyrgyzstan and Uzbekistan was signed in Dushanbe on 31 March 2025.",
        "refuted",
        "place: allies says it was signed in Khujand",
    ),
    (
        "At its meeting on 28 May 2025, the CSTO Council of Defence Ministers approved a military cooperation plan for 2025-2030.",
        "refuted",
        "number: allies says the plan covers 2026-2030",
    ),
    (
        "The CSTO Committee of Secretaries of Security Councils met in Astana on 6 June 2024.",
        "refuted",
        "place: izvestia says the June 6, 2024 meeting was in Almaty",
    ),
    (
        "The June 2024 meeting of the CSTO Committee of Secretaries of Security Councils in Almaty was chaired by Belarus.",
        "refuted",
        "role: izvestia says it was 'held under the chairmanship of the Republic of Kazakhstan'",
    ),
    (
        "The CSTO strategic exercise Brothers-in-Arms 2023 was held in Kazakhstan.",
        "refuted",
        "place: influential says 'Brothers-in-Arms – 2023 (September 2023, Belarus)'; allies: Combat Brotherhood 2023 in Belarus",
    ),
    (
        "The CSTO peacekeeping exercise Unbreakable Brotherhood 2023 was held in Tajikistan.",
        "refuted",
        "place: allies says it took place in Kyrgyzstan (influential: Enduring Brotherhood, October 2023, Kyrgyzstan)",
    ),
    (
        "Four manoeuvres were conducted in Belarus in 2023 as part of the Combat Brotherhood 2023 exercise.",
        "refuted",
        "number: allies says five maneuvers",
    ),
    (
        "Twelve documents were signed at the CSTO summit, including a provision on the joint press centre.",
        "refuted",
        "number: allies says 15 documents were signed",
    ),
    (
        "A Security Council meeting on 19 June 2024 discussed cooperation with the UN on peacekeeping and counter-terrorism.",
        "refuted",
        "date: allies says July 19, 2024",
    ),
    (
        "Kirill Babaev is the director of the Institute of Oriental Studies of the Russian Academy of Sciences.",
        "refuted",
        "role: allies says he is director of the Institute of China and Modern Asia of the RAS",
    ),
    (
        "On 20 April the CSTO celebrated the 25th anniversary of the Collective Security Treaty's entry into force.",
        "refuted",
        "number: izvestia says the 30th anniversary",
    ),
    (
        "Belarusian Defence Minister Sergei Aleynik said that solidarity and unity among CSTO members is the organization's primary objective.",
        "refuted",
        "role: tass says Aleynik is head of the Belarusian Ministry of Foreign Affairs",
    ),
    (
        "Armenian Prime Minister Ararat Mirzoyan said he had excellent relations with Tasmagambetov.",
        "refuted",
        "role: izvestia calls Mirzoyan the Armenian Foreign Minister (Pashinyan is Prime Minister)",
    ),
    (
        "At a meeting with NATO Secretary General Mark Rutte, Armenian Prime Minister Nikol Pashinyan openly declared Yerevan's desire for close cooperation with the alliance.",
        "refuted",
        "participant: izvestia says the meeting was with NATO Secretary General Jens Stoltenberg",
    ),
    (
        "Kyrgyz President Kassym-Jomart Tokayev urged CSTO members to avoid framing their security in terms of mounting threats.",
        "refuted",
        "role: tass says 'Kazakh President Kassym-Jomart Tokayev'",
    ),
    (
        "The CSTO has seven member states.",
        "refuted",
        "number: influential says 'The leaders of the six member states have defined the strategy'",
    ),
    # ---------------------------------------------------------------- not-enough-info
    (
        "Imangali Tasmagambetov took office as CSTO Secretary General on 1 January 2023.",
        "not-enough-info",
        "allies mentions his appointment but gives no date",
    ),
    (
        "The March 2023 meeting in Minsk on Kyrgyz-Tajik tensions was chaired by Alexander Lukashenko.",
        "not-enough-info",
        "allies gives date and place only; no chair named",
    ),
    (
        "The Collective Security Treaty was signed in Tashkent on 15 May 1992.",
        "not-enough-info",
        "sources only give 20 April as the anniversary of entry into force; signing date/place not stated (different event, so no refutation)",
    ),
    (
        "The CSTO Collective Rapid Reaction Forces number about 20,000 troops.",
        "not-enough-info",
        "no force size anywhere in the sources",
    ),
    (
        "Vladimir Putin attended the Brothers-in-Arms 2023 exercise in Belarus.",
        "not-enough-info",
        "sources give place/date of the exercise but no attendees",
    ),
    ("Kazakhstan will host the CSTO summit in 2026.", "not-enough-info", "no future summit host mentioned"),
    (
        "Tasmagambetov previously served as Kazakhstan's prime minister.",
        "not-enough-info",
        "sources never mention his earlier posts",
    ),
    (
        "Kyrgyz President Sadyr Japarov presented the Dostuk order to the CSTO Secretary General.",
        "not-enough-info",
        "allies says he was awarded the order but not by whom",
    ),
    (
        "About 2,000 servicemen took part in the Brothers-in-Arms 2023 exercise.",
        "not-enough-info",
        "no troop count for the exercise in the sources",
    ),
    (
        "The UN General Assembly adopted its resolution on cooperation with the CSTO unanimously.",
        "not-enough-info",
        "allies says the GA adopted the resolution on November 18; vote not stated",
    ),
    (
        "Sergei Aleynik made his remarks on CSTO unity during a visit to Moscow.",
        "not-enough-info",
        "tass gives no place for Aleynik's remarks",
    ),
    (
        "Tokayev made his remarks on threat rhetoric at the CSTO summit in Minsk in November 2023.",
        "not-enough-info",
        "tass gives no date or venue for Tokayev's remarks",
    ),
    (
        "In 2025 the CSTO practised deploying all components of its Collective Forces during exercises in Tajikistan.",
        "not-enough-info",
        "allies: 'During exercises held in various countries' -- no country named",
    ),
    (
        "The CSTO joint press centre opened in Moscow in 2024.",
        "not-enough-info",
        "allies only says a provision on the joint press center was signed",
    ),
    (
        "Tasmagambetov said the CSTO is preparing to admit Serbia as a new member.",
        "not-enough-info",
        "izvestia: organization is open to countries sharing its principles; no country named",
    ),
    (
        "Nikol Pashinyan met Jens Stoltenberg in Brussels.",
        "not-enough-info",
        "izvestia mentions the meeting but not its place",
    ),
    (
        "The Targeted Inter-Governmental CSTO Program for strengthening the Tajikistan-Afghanistan border is worth $1 billion.",
        "not-enough-info",
        "influential mentions the draft programme but no cost",
    ),
    (
        "Tasmagambetov gave his interview to Izvestia in Moscow in May 2024.",
        "not-enough-info",
        "izvestia gives no date or place for the interview",
    ),
    (
        "Tasmagambetov said the CSTO would deploy troops to Armenia's border with Azerbaijan.",
        "not-enough-info",
        "no such statement; sources say obligations to Armenia are maintained, nothing on deployment",
    ),
    (
        "The CSTO exercise Brothers-in-Arms 2024 was held in Kazakhstan.",
        "not-enough-info",
        "sources cover only the 2022 (Kazakhstan) and 2023 (Belarus) editions; a 2024 edition is a different occasion",
    ),
]
