"""Second held-out claim set: written from the sources alone, without seeing the checker.

Scored when it was written (2026-11-22), before any change made for it: 44/60
(supported 13/20, refuted 11/20, not-enough-info 20/20; the checker of the
session before: 42/60). No true claim refuted, no false claim supported.
"""

HELDOUT2: list[tuple[str, str, str]] = [
    # ---------------------------------------------------------------- supported
    (
        "Proposals for easing tensions between the Kyrgyz and Tajik peoples were discussed at a meeting in Minsk on the 6th of March 2023.",
        "supported",
        "allies-csto-2023-2025: 'On March 6, 2023, a meeting was held in Minsk to discuss proposals for reducing tensions between Kyrgyz and Tajik people'",
    ),
    (
        "Tajikistan, Kyrgyzstan and Uzbekistan signed a border agreement in Khujand on 31/03/2025.",
        "supported",
        "allies-csto-2023-2025: 'led to the signing on March 31, 2025, in Khujand of a border agreement between Tajikistan, Kyrgyzstan, and Uzbekistan'",
    ),
    (
        "In November 2024 the UN General Assembly adopted a resolution on cooperation with the CSTO.",
        "supported",
        "allies-csto-2023-2025: 'In 2024, the focus was on developing CSTO relations with international organizations' ... 'On November 18, the UN General Assembly adopted a resolution on cooperation with the CSTO'",
    ),
    (
        "A roadmap for developing cooperation between the CSTO, the CIS and the SCO was signed in Beijing on 3 September 2025.",
        "supported",
        "allies-csto-2023-2025: 'the signing on September 3, 2025, in Beijing of a Roadmap for the development of this cooperation'",
    ),
    (
        "A plan for developing military cooperation over 2026-2030 was approved by the CSTO Council of Defence Ministers on 28 May 2025.",
        "supported",
        "allies-csto-2023-2025: 'At the meeting of the Council of Defense Ministers on May 28, 2025, a Plan for the development of military cooperation for 2026-2030 was approved'",
    ),
    (
        "Kirill Babaev, who wrote an analysis of the CSTO's work in 2023-2025, directs the Russian Academy of Sciences' Institute of China and Modern Asia.",
        "supported",
        "allies-csto-2023-2025: 'an article by Kirill Babaev, the director of the Institute of China and Modern Asia of the Russian Academy of Sciences'",
    ),
    (
        "The CSTO Secretary General received the Dostuk order in recognition of his contribution to the peaceful settlement of conflicts.",
        "supported",
        "allies-csto-2023-2025: 'The CSTO Secretary General was awarded the \"Dostuk\" order for his contribution to the peaceful resolution of conflicts.'",
    ),
    (
        "The strategic exercise Brothers-in-Arms 2022 took place in Kazakhstan in September and October 2022.",
        "supported",
        "csto-influential-effective: 'strategic exercise Brothers-in-Arms – 2022 (September-October 2022, Kazakhstan)'",
    ),
    (
        "Echelon-2023 and Barrier-2023 were among the special exercises held in Belarus under the Combat Brotherhood 2023 umbrella.",
        "supported",
        'allies-csto-2023-2025: \'five maneuvers were conducted in Belarus as part of the "Combat Brotherhood – 2023" exercise, including the "Interaction-2023" exercise and special exercises "Search-2023," "Echelon-2023," "Barrier-2023," and "Rock-2023."\'',
    ),
    (
        "The CSTO peacekeeping forces' exercise Unbreakable Brotherhood 2023 was held in Kyrgyzstan.",
        "supported",
        "allies-csto-2023-2025: 'A joint exercise with CSTO peacekeeping forces, \"Unbreakable Brotherhood – 2023,\" also took place in Kyrgyzstan' (csto-influential-effective calls it 'Enduring Brotherhood (October 2023, Kyrgyzstan)')",
    ),
    (
        "The CSTO Committee of Secretaries of Security Councils met in Almaty on 6 June 2024, with Kazakhstan in the chair.",
        "supported",
        "izvestia-tasmagambetov-interview: 'On June 6, 2024, in Almaty, a meeting of the CSTO Committee of Secretaries of Security Council was held under the chairmanship of the Republic of Kazakhstan.'",
    ),
    (
        "According to Sputnik Armenia, Armenian Foreign Minister Ararat Mirzoyan said his relations with Imangali Tasmagambetov were excellent.",
        "supported",
        "izvestia-tasmagambetov-interview: 'Sputnik Armenia reports that the Armenian Foreign Minister Ararat Mirzoyan said that he had excellent relations with CSTO Secretary General Imangali Tasmagambetov.'",
    ),
    (
        "Tasmagambetov told Izvestia that leaving the CSTO would be Armenia's sovereign right should its leadership decide to do so.",
        "supported",
        "izvestia-tasmagambetov-interview: 'He stressed, that If the Armenian leadership decided to leave the organization, it would be Armenia's sovereign right.'",
    ),
    (
        "The 30th anniversary of the Collective Security Treaty's entry into force was celebrated on 20 April.",
        "supported",
        "izvestia-tasmagambetov-interview: 'on 20 April we celebrated the 30th anniversary of the entry into force of the Collective Security Treaty'",
    ),
    (
        "Fifteen documents were signed as a result of the CSTO summit, including a provision on the organisation's joint press centre.",
        "supported",
        "allies-csto-2023-2025: 'As a result of the CSTO summit, 15 documents were signed addressing current issues of international security and crisis response mechanisms, as well as a provision on the joint press center of the CSTO.'",
    ),
    (
        "Belarusian Foreign Minister Sergei Aleynik has said that preserving solidarity and unity among its members is the CSTO's main goal today.",
        "supported",
        "tass-tokayev-calm: 'Sergei Aleynik, head of the Belarusian Ministry of Foreign Affairs, stated that maintaining solidarity and unity among CSTO members is the organization’s primary objective today.'",
    ),
    (
        "TASS reported that Kazakh President Kassym-Jomart Tokayev called on CSTO members to stop framing their security in terms of ever-mounting threats.",
        "supported",
        "tass-tokayev-calm: 'Kazakh President Kassym-Jomart Tokayev urged members of the Collective Security Treaty Organization (CSTO) to avoid a habit of repeatedly framing their safety in terms of mounting threats.' ... 'The remarks were reported by TASS.'",
    ),
    (
        "Speaking to the Belarusian agency BelTA, CSTO Secretary General Imangali Tasmagambetov said the organisation does not aim to be a counterweight to NATO.",
        "supported",
        "belta-tasmagambetov-positions: 'in a recent interview with a Belarusian news agency, BelTA' ... 'the organization does not seek to serve as a counterweight to NATO or to any other power'",
    ),
    (
        "Afghanistan is described as the main source of instability and potential risks on the CSTO's southern frontiers.",
        "supported",
        "csto-influential-effective: 'The need to stabilize the situation at the southern frontiers of the CSTO zone of responsibility. Afghanistan remains the main source of regional instability and potential risks.'",
    ),
    (
        "CSTO-UN cooperation on peacekeeping and counter-terrorism was discussed at a Security Council meeting in July 2024.",
        "supported",
        "allies-csto-2023-2025: 'Cooperation with the UN on peacekeeping and counter-terrorism was discussed at a Security Council meeting on July 19, 2024.'",
    ),
    # ---------------------------------------------------------------- refuted
    (
        "The Minsk meeting on reducing tensions between the Kyrgyz and Tajik peoples was held in May 2023.",
        "refuted",
        "allies-csto-2023-2025: 'On March 6, 2023, a meeting was held in Minsk to discuss proposals for reducing tensions between Kyrgyz and Tajik people'",
    ),
    (
        "The trilateral border agreement between Tajikistan, Kyrgyzstan and Uzbekistan was signed in Dushanbe on 31 March 2025.",
        "refuted",
        "allies-csto-2023-2025: 'the signing on March 31, 2025, in Khujand of a border agreement between Tajikistan, Kyrgyzstan, and Uzbekistan'",
    ),
    (
        "The CSTO, the CIS and the SCO signed their cooperation roadmap in Moscow on 3 September 2025.",
        "refuted",
        "allies-csto-2023-2025: 'the signing on September 3, 2025, in Beijing of a Roadmap for the development of this cooperation'",
    ),
    (
        "At their 28 May 2025 meeting, CSTO defence ministers approved a military cooperation development plan covering 2025-2030.",
        "refuted",
        "allies-csto-2023-2025: 'At the meeting of the Council of Defense Ministers on May 28, 2025, a Plan for the development of military cooperation for 2026-2030 was approved'",
    ),
    (
        "Twelve documents on international security and crisis response were signed as a result of the CSTO summit.",
        "refuted",
        "allies-csto-2023-2025: 'As a result of the CSTO summit, 15 documents were signed addressing current issues of international security and crisis response mechanisms'",
    ),
    (
        "The Combat Brotherhood 2023 exercise in Belarus consisted of three manoeuvres.",
        "refuted",
        "allies-csto-2023-2025: 'In 2023, five maneuvers were conducted in Belarus as part of the \"Combat Brotherhood – 2023\" exercise'",
    ),
    (
        "The Brothers-in-Arms 2023 exercise was held in Belarus in October 2023.",
        "refuted",
        "csto-influential-effective: 'Brothers-in-Arms – 2023 (September 2023, Belarus)'",
    ),
    (
        "The CSTO Peacekeeping Forces held their Enduring Brotherhood exercise in Tajikistan in October 2023.",
        "refuted",
        "csto-influential-effective: 'exercise of the CSTO Peacekeeping Forces Enduring Brotherhood (October 2023, Kyrgyzstan)'",
    ),
    (
        "On 6 June 2024 the CSTO Committee of Secretaries of Security Councils met in Astana.",
        "refuted",
        "izvestia-tasmagambetov-interview: 'On June 6, 2024, in Almaty, a meeting of the CSTO Committee of Secretaries of Security Council was held'",
    ),
    (
        "The June 2024 meeting of the CSTO Committee of Secretaries of Security Councils in Almaty was held under Belarus's chairmanship.",
        "refuted",
        "izvestia-tasmagambetov-interview: 'On June 6, 2024, in Almaty, a meeting of the CSTO Committee of Secretaries of Security Council was held under the chairmanship of the Republic of Kazakhstan.'",
    ),
    (
        "Kirill Babaev is the director of the Institute of Oriental Studies of the Russian Academy of Sciences.",
        "refuted",
        "allies-csto-2023-2025: 'Kirill Babaev, the director of the Institute of China and Modern Asia of the Russian Academy of Sciences'",
    ),
    (
        "Belarusian Defence Minister Sergei Aleynik said that solidarity and unity among members is the CSTO's primary objective today.",
        "refuted",
        "tass-tokayev-calm: 'Sergei Aleynik, head of the Belarusian Ministry of Foreign Affairs, stated that maintaining solidarity and unity among CSTO members is the organization’s primary objective today.'",
    ),
    (
        "Armenian Defence Minister Ararat Mirzoyan said he had excellent relations with the CSTO Secretary General.",
        "refuted",
        "izvestia-tasmagambetov-interview: 'the Armenian Foreign Minister Ararat Mirzoyan said that he had excellent relations with CSTO Secretary General Imangali Tasmagambetov'",
    ),
    (
        "Nikol Pashinyan declared Yerevan's wish for close cooperation with NATO at a meeting with NATO Secretary General Mark Rutte.",
        "refuted",
        "izvestia-tasmagambetov-interview: 'the Armenian Prime Minister Nikol Pashinyan at a meeting with NATO Secretary General Jens Stoltenberg actually openly declared Yerevan's desire for close cooperation with the alliance'",
    ),
    (
        "The 30th anniversary of the Collective Security Treaty entering into force was marked on 20 May.",
        "refuted",
        "izvestia-tasmagambetov-interview: 'on 20 April we celebrated the 30th anniversary of the entry into force of the Collective Security Treaty'",
    ),
    (
        "Cooperation with the UN on peacekeeping and counter-terrorism was discussed at a Security Council meeting on 19 June 2024.",
        "refuted",
        "allies-csto-2023-2025: 'Cooperation with the UN on peacekeeping and counter-terrorism was discussed at a Security Council meeting on July 19, 2024.'",
    ),
    (
        "The CSTO's activity rests on four complementary spheres of collective effort, including foreign policy coordination and military cooperation.",
        "refuted",
        "csto-influential-effective: 'Its activity is based in three complementary spheres of applying the collective efforts: foreign policy coordination, military cooperation, joint counteraction to the transnational challenges and threats.'",
    ),
    (
        "The CSTO Secretary General was awarded the Manas order for his contribution to the peaceful resolution of conflicts.",
        "refuted",
        "allies-csto-2023-2025: 'The CSTO Secretary General was awarded the \"Dostuk\" order for his contribution to the peaceful resolution of conflicts.'",
    ),
    (
        "The Brothers-in-Arms 2022 strategic exercise was held in Kyrgyzstan in September-October 2022.",
        "refuted",
        "csto-influential-effective: 'strategic exercise Brothers-in-Arms – 2022 (September-October 2022, Kazakhstan)'",
    ),
    (
        "Kirill Babaev wrote that 2014 became a turning point for a number of international political processes.",
        "refuted",
        "allies-csto-2023-2025: 'According to Babaev, \"2022 became a turning point for a number of international political processes'",
    ),
    # ---------------------------------------------------------------- not-enough-info
    (
        "Imangali Tasmagambetov took office as CSTO Secretary General on 1 January 2023.",
        "not-enough-info",
        "not in sources; allies-csto-2023-2025 only says 'Immediately after his appointment, the new Secretary General of the CSTO intensified efforts' and 'the appointment of I.N. Tasmagambetov as the Secretary General of the CSTO', with no date",
    ),
    (
        "Before heading the CSTO, Tasmagambetov served as Kazakhstan's ambassador to Russia.",
        "not-enough-info",
        "not in sources; his earlier career is not mentioned anywhere",
    ),
    (
        "The CSTO summit at which 15 documents were signed was held in Minsk in November 2023.",
        "not-enough-info",
        "allies-csto-2023-2025 says only 'As a result of the CSTO summit, 15 documents were signed' (no place or date); the Minsk meeting of 'March 6, 2023' is a different event",
    ),
    (
        "About 2,000 servicemen took part in the Combat Brotherhood 2023 exercise in Belarus.",
        "not-enough-info",
        "allies-csto-2023-2025 gives 'five maneuvers were conducted in Belarus' but no troop numbers",
    ),
    (
        "The Khujand border agreement was signed by presidents Emomali Rahmon, Sadyr Japarov and Shavkat Mirziyoyev.",
        "not-enough-info",
        "allies-csto-2023-2025: 'the signing on March 31, 2025, in Khujand of a border agreement between Tajikistan, Kyrgyzstan, and Uzbekistan' (signatories not named)",
    ),
    (
        "The UN General Assembly adopted its resolution on cooperation with the CSTO without a vote.",
        "not-enough-info",
        "allies-csto-2023-2025: 'On November 18, the UN General Assembly adopted a resolution on cooperation with the CSTO' (voting not described)",
    ),
    (
        "Armenia froze its participation in the CSTO in February 2024.",
        "not-enough-info",
        "izvestia-tasmagambetov-interview: 'Armenia's decision to suspend its participation in the CSTO events' / 'Armenia has actually suspended its participation in the CSTO, but de jure its status has not changed' (no date given)",
    ),
    (
        "Kirill Babaev's article on the CSTO's results was published on the 'Allies. CSTO' portal in October 2025.",
        "not-enough-info",
        "allies-csto-2023-2025: 'On the portal \"Allies. CSTO,\" an article by Kirill Babaev ... has been published' (no publication date)",
    ),
    (
        "The Beijing roadmap on CSTO-CIS-SCO cooperation was signed by the secretaries general of the three organisations.",
        "not-enough-info",
        "allies-csto-2023-2025: 'the signing on September 3, 2025, in Beijing of a Roadmap for the development of this cooperation' (signatories not named)",
    ),
    (
        "The Dostuk order was presented to the CSTO Secretary General by Kyrgyz President Sadyr Japarov.",
        "not-enough-info",
        "allies-csto-2023-2025: 'The CSTO Secretary General was awarded the \"Dostuk\" order' (who conferred it is not stated)",
    ),
    (
        "The Collective Security Treaty was originally signed in Tashkent in May 1992.",
        "not-enough-info",
        "not in sources; izvestia-tasmagambetov-interview only mentions 'the 30th anniversary of the entry into force of the Collective Security Treaty'",
    ),
    (
        "The CSTO's Collective Forces number roughly 20,000 troops.",
        "not-enough-info",
        "not in sources; allies-csto-2023-2025 mentions 'deploying all components of the Collective Forces' but gives no size",
    ),
    (
        "Tokayev made his call to avoid talk of ever-growing threats at a CSTO summit in Astana.",
        "not-enough-info",
        "tass-tokayev-calm: 'The remarks were reported by TASS.' (occasion and place not given)",
    ),
    (
        "Sergei Aleynik made his remarks on CSTO unity at a meeting of the CSTO Council of Foreign Ministers.",
        "not-enough-info",
        "tass-tokayev-calm: 'Earlier, Sergei Aleynik, head of the Belarusian Ministry of Foreign Affairs, stated that maintaining solidarity and unity...' (venue not given)",
    ),
    (
        "Tasmagambetov's interview with Izvestia was published in May 2024.",
        "not-enough-info",
        "izvestia-tasmagambetov-interview: 'said in an interview with “Izvestia” newspaper' (no publication date)",
    ),
    (
        "Pashinyan's meeting with Jens Stoltenberg, at which he voiced Yerevan's interest in closer ties with NATO, took place in Brussels.",
        "not-enough-info",
        "izvestia-tasmagambetov-interview: 'Nikol Pashinyan at a meeting with NATO Secretary General Jens Stoltenberg' (place not given)",
    ),
    (
        "The draft Targeted Inter-Governmental CSTO Programme for strengthening the Tajik-Afghan border is budgeted at around $500 million.",
        "not-enough-info",
        "csto-influential-effective: 'finalizing the draft Targeted Inter-Governmental CSTO Program for strengthening the Tajikistan-Afghanistan frontier' (no cost given)",
    ),
    (
        "The Search-2023 special exercise was held for the reconnaissance units of CSTO member states.",
        "not-enough-info",
        "allies-csto-2023-2025 lists 'special exercises \"Search-2023,\"' but does not say what it involved",
    ),
    (
        "The CSTO Parliamentary Assembly is chaired by Russian State Duma speaker Vyacheslav Volodin.",
        "not-enough-info",
        "not in sources; csto-influential-effective only says 'The parliamentary dimension of the CSTO is becoming especially important'",
    ),
    (
        "The foreign ministers of Kyrgyzstan and Tajikistan attended the Minsk meeting of 6 March 2023.",
        "not-enough-info",
        "allies-csto-2023-2025: 'On March 6, 2023, a meeting was held in Minsk to discuss proposals for reducing tensions' (participants not named)",
    ),
]
