"""The fact-check accuracy table: (claim, expected verdict, slot kind), shared by the tests and the benchmark."""

from __future__ import annotations

S, R, N = "supported", "refuted", "not-enough-info"

CLAIMS: list[tuple[str, str, str]] = [
    # dates at day precision
    ("Tajikistan, Kyrgyzstan and Uzbekistan signed a border agreement in Khujand on 31 March 2025.", S, "date-day"),
    ("The Khujand border agreement was signed on March 31, 2025.", S, "date-day"),
    ("The Khujand border agreement was signed on 31 March 2024.", R, "date-day"),
    ("The UN General Assembly adopted a resolution on cooperation with the CSTO on 18 November 2024.", S, "date-day"),
    ("The CSTO Council of Defense Ministers approved a Plan for the development of military cooperation for 2026-2030 on 28 May 2025.", S, "date-day"),
    ("A meeting on Kyrgyz-Tajik tensions was held in Minsk on 7 March 2023.", R, "date-day"),
    ("Cooperation with the UN on peacekeeping and counter-terrorism was discussed at a Security Council meeting on 2024-07-19.", S, "date-day"),
    # dates at month precision
    ("The Khujand border agreement was signed in March 2025.", S, "date-month"),
    ("Combat Brotherhood 2023 took place in Belarus in September 2023.", S, "date-month"),
    ("Brothers-in-Arms – 2023 took place in Belarus in October 2023.", R, "date-month"),
    ("The Council of Defense Ministers approved the military cooperation plan for 2026-2030 in April 2025.", R, "date-month"),
    ("The strategic exercise Brothers-in-Arms 2022 took place in Kazakhstan in November 2022.", R, "date-month"),
    ("Interaction-2023 was held in Belarus in September 2023.", N, "date-month"),
    # dates at year precision
    ("The UN General Assembly adopted a resolution on cooperation with the CSTO in 2024.", S, "date-year"),
    ("Interaction-2023 was held in Belarus in 2023.", S, "date-year"),
    ("Bilateral consultations in 2024-2025 led to the signing of the Khujand border agreement.", S, "date-year"),
    ("Tasmagambetov was awarded the Dostuk order in 2022.", N, "date-year"),
    ("Tasmagambetov gave an interview to Izvestia in 2023.", N, "date-year"),
    # dates without a year
    ("On 20 April the CSTO celebrated the 30th anniversary of the entry into force of the Collective Security Treaty.", S, "date-noyear"),
    ("On 21 April the CSTO celebrated the 30th anniversary of the entry into force of the Collective Security Treaty.", R, "date-noyear"),
    ("On 20 April 2024 the CSTO celebrated the 30th anniversary of the Collective Security Treaty.", N, "date-noyear"),
    # places
    ("The Roadmap for the development of cooperation between the CSTO, CIS and SCO was signed in Beijing on 3 September 2025.", S, "place"),
    ("The CSTO-CIS-SCO Roadmap was signed in Moscow.", R, "place"),
    ("The Khujand border agreement was signed in Dushanbe.", R, "place"),
    ("Brothers-in-Arms 2022 was held in Belarus.", R, "place"),
    ("Rock-2023 was held in Armenia.", R, "place"),
    ("The meeting of the CSTO Committee of Secretaries of Security Councils was held in Kazakhstan in June 2024.", S, "place"),
    ("The meeting of the CSTO Committee of Secretaries of Security Councils was held in Astana on 6 June 2024.", R, "place"),
    ("Tasmagambetov made a report in Almaty on 6 June 2024.", S, "place"),
    ("Tasmagambetov made a report in Minsk.", N, "place"),
    ("Tasmagambetov visited Beijing in 2024.", N, "place"),
    # numbers and counts
    ("In 2023, five maneuvers were conducted in Belarus as part of Combat Brotherhood – 2023.", S, "number"),
    ("In 2023, seven maneuvers were conducted in Belarus as part of Combat Brotherhood 2023.", R, "number"),
    ("On 20 April the CSTO marked the 25th anniversary of the entry into force of the Collective Security Treaty.", R, "number"),
    ("At a CSTO summit, 15 documents were signed.", S, "number"),
    ("At a CSTO summit, 12 documents were signed.", N, "number"),
    ("The leaders of the six CSTO member states have defined the strategy of the collective security system.", S, "number"),
    ("Tasmagambetov said the CSTO has proven its worth over more than thirty years of its existence.", S, "number"),
    # participants and roles
    ("Tajikistan, Kyrgyzstan and Kazakhstan signed a border agreement in Khujand.", R, "participants"),
    ("Armenian Prime Minister Nikol Pashinyan met NATO Secretary General Jens Stoltenberg.", S, "participants"),
    ("Armenian President Nikol Pashinyan met NATO Secretary General Jens Stoltenberg.", R, "role"),
    ("NATO Secretary General Imangali Tasmagambetov gave an interview to Izvestia.", R, "role"),
    ("Kassym-Jomart Tokayev is the Kazakh President.", S, "role"),
    ("Belarusian Foreign Minister Sergei Aleynik said maintaining solidarity and unity among CSTO members is the organization's primary objective.", S, "role"),
    ("Tokayev's remarks were reported by BelTA.", N, "participants"),
    ("Tokayev's remarks were reported by TASS.", S, "participants"),
    # aliases: the two English names of one exercise, other spellings
    ("Enduring Brotherhood took place in Kyrgyzstan in October 2023.", S, "alias"),
    ("Unbreakable Brotherhood 2023 took place in Tajikistan.", R, "alias"),
    ("Brothers-in-Arms 2024 was held in Belarus.", N, "alias"),
    ("Tokaev urged CSTO members to avoid framing their safety in terms of mounting threats.", S, "alias"),
    ("Imangaly Tasmagambetov was appointed Secretary General of the Collective Security Treaty Organization.", S, "alias"),
    # paraphrase
    ("Tasmagambetov said the CSTO does not aim to be a counterweight to NATO or any other power.", S, "paraphrase"),
    ("Tasmagambetov said the CSTO seeks to serve as a counterweight to NATO.", N, "paraphrase"),
    ("Mirzoyan stated that his relations with Tasmagambetov were excellent.", S, "paraphrase"),
    ("Mirzoyan said he had poor relations with Tasmagambetov.", N, "paraphrase"),
    ("Tokayev called for higher defence budgets.", N, "paraphrase"),
    ("A meeting in Minsk on 6 March 2023 discussed proposals to reduce tensions between the Kyrgyz and Tajik peoples.", S, "paraphrase"),
    # things the sources never mention
    ("The CSTO was founded in 1992.", N, "unmentioned"),
    ("Vladimir Putin attended the signing of the Khujand border agreement.", N, "unmentioned"),
    ("Aleynik said that the CSTO should expand eastwards.", N, "unmentioned"),
    ("Lukashenko hosted the CSTO summit in Minsk in 2024.", N, "unmentioned"),
    ("The CSTO signed a treaty with NATO in 2021.", N, "unmentioned"),
]
