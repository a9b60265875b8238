"""The fact-check accuracy table: (claim, expected verdict, slot kind), shared by the tests and the benchmark."""

from __future__ import annotations

S, R, N = "supported", "refuted", "not-enough-info"

CLAIMS: list[tuple[str, str, str]] = [
    # dates at day precision
    ("Tajikistan, Kyrgyzstan and Uzbekistan signed a border agreement in Khujand on 31 March 2025.", S, "date-day"),
    ("The Khujand border agreement was signed on March 31, 2025.", S, "date-day"),
    ("The Khujand border agreement was signed on 31 March 2024.", R, "date-day"),
    ("The UN General Assembly adopted a resolution on cooperation with the CSTO on 18 November 2024.", S, "date-day"),
    (
        "The CSTO Council of Defense Ministers approved a Plan for the development of military cooperation for 2026-2030 on 28 May 2025.",
        S,
        "date-day",
    ),
    ("A meeting on Kyrgyz-Tajik tensions was held in Minsk on 7 March 2023.", R, "date-day"),
    (
        "Cooperation with the UN on peacekeeping and counter-terrorism was discussed at a Security Council meeting on 2024-07-19.",
        S,
        "date-day",
    ),
    # the resolution is a named document: one occasion, so another date refutes
    ("The UN General Assembly adopted a resolution on cooperation with the CSTO on 18 November 2023.", R, "date-day"),
    # numeric dates: DD.MM.YYYY, YYYY/MM/DD, unambiguous M/D/YYYY
    ("The Khujand border agreement was signed on 31.03.2025.", S, "date-day"),
    ("The Khujand border agreement was signed on 2025/03/31.", S, "date-day"),
    ("The Khujand border agreement was signed on 3/31/2025.", S, "date-day"),
    ("The Khujand border agreement was signed on 30.03.2025.", R, "date-day"),
    # a negated claim may deny the very slot that differs: never refuted by it
    ("The Khujand border agreement was not signed in 2024.", N, "negation"),
    ("The Khujand agreement was signed in Tajikistan, not in Minsk or Beijing.", N, "negation"),
    # dates at month precision
    ("The Khujand border agreement was signed in March 2025.", S, "date-month"),
    ("Combat Brotherhood 2023 took place in Belarus in September 2023.", S, "date-month"),
    ("Brothers-in-Arms – 2023 took place in Belarus in October 2023.", R, "date-month"),
    (
        "The Council of Defense Ministers approved the military cooperation plan for 2026-2030 in April 2025.",
        R,
        "date-month",
    ),
    ("The strategic exercise Brothers-in-Arms 2022 took place in Kazakhstan in November 2022.", R, "date-month"),
    ("Interaction-2023 was held in Belarus in September 2023.", N, "date-month"),
    ("The UN General Assembly adopted a resolution on cooperation with the CSTO in November 2023.", R, "date-month"),
    # dates at year precision
    ("The UN General Assembly adopted a resolution on cooperation with the CSTO in 2024.", S, "date-year"),
    ("Interaction-2023 was held in Belarus in 2023.", S, "date-year"),
    ("Bilateral consultations in 2024-2025 led to the signing of the Khujand border agreement.", S, "date-year"),
    # a word and its opposite: the record's value refutes ("high", not "low"); of two
    # in one record, the one next to what the claim names counts
    ("Tasmagambetov assesses the level of preparedness to respond to threats as low.", R, "opposite"),
    ("Tasmagambetov assesses the CSTO's preparedness to respond to threats as high.", S, "opposite"),
    ("Tasmagambetov said the organization's obligations to Armenia were suspended.", R, "opposite"),
    ("Tasmagambetov said the organization's obligations to Armenia were maintained.", S, "opposite"),
    ("Armenia maintained its participation in CSTO events.", R, "opposite"),
    ("Armenia suspended its participation in CSTO events.", S, "opposite"),
    # a name no source gives, where the record that says all else gives another: refuted
    # when the claim says what someone is or what happened; a bare meeting may be another
    (
        "Kirill Babaev is the director of the Institute of Far Eastern Studies of the Russian Academy of Sciences.",
        R,
        "swap",
    ),
    (
        "Pashinyan openly declared Yerevan's desire for close cooperation with NATO at a meeting with NATO Secretary General Anders Rasmussen.",
        R,
        "swap",
    ),
    (
        "The CSTO Secretary General was awarded the Danaker order for his contribution to the peaceful resolution of conflicts.",
        R,
        "swap",
    ),
    ("Tasmagambetov gave an interview to Reuters.", N, "swap"),
    # what a record gives only as "the impression that ..." is not so
    ("Tokayev said the CSTO trembles before adversaries.", N, "hedged"),
    (
        "Tokayev said rhetoric of mounting threats can create the impression that the CSTO trembles before adversaries.",
        S,
        "hedged",
    ),
    # a claim that dates (or places) two events: one value is the record's, the other
    # another event's, so it refutes nothing; each event's record dates it, in the
    # claim's order, so it is supported (acts-in-order)
    (
        "The Roadmap on CSTO, CIS and SCO cooperation was signed in Beijing in 2025, two years after the Minsk meeting of 2023.",
        S,
        "two-events",
    ),
    (
        "The Roadmap was signed in Beijing on 3 September 2025, a year after the UN resolution of November 2024.",
        N,
        "two-events",
    ),
    # qualifiers: the record's opposite refutes ("key", not "minor"); a denied word
    # ("the absence of rigid discipline") is not said; a qualifier the record gives
    # neither way supports nothing; a possibility or a question states nothing
    ("The UN plays a minor role in the CSTO's cooperation on peacekeeping.", R, "opposite"),
    ("The UN plays a key role in the CSTO's cooperation on peacekeeping.", S, "opposite"),
    ("The Collective Security Treaty proposes a rigid alliance.", R, "opposite"),
    ("Tasmagambetov said the absence of rigid bloc discipline is a weak point of the organization.", R, "opposite"),
    (
        "Tasmagambetov said the Collective Security Treaty proposes a soft alliance of growing importance.",
        N,
        "qualifier",
    ),
    ("The Armenian leadership decided to leave the CSTO.", N, "possibility"),
    (
        "Tasmagambetov said that if the Armenian leadership decided to leave the CSTO, it would be Armenia's sovereign right.",
        S,
        "possibility",
    ),
    # whose words: another speaker's refute; "cannot", "avoid ..." say the act is not done
    ("Mirzoyan said he had excellent relations with Tasmagambetov.", S, "speaker"),
    ("Tasmagambetov said he had excellent relations with Mirzoyan.", R, "speaker"),
    ("Countries cannot cope with the new challenges and threats to regional security by themselves.", S, "negation"),
    ("Countries can cope with the new challenges and threats to regional security by themselves.", R, "negation"),
    ("Tokayev urged CSTO members to stop framing their safety in terms of mounting threats.", S, "avoid"),
    ("Tokayev urged members of the CSTO to frame their safety in terms of mounting threats.", R, "avoid"),
    # the source's words given to a speaker no source names: refuted, as to a known other
    # speaker (the blind writers of sets A and F judge so; this row said not-enough-info)
    ("Lukashenko urged CSTO members to avoid framing their safety in terms of mounting threats.", R, "speaker"),
    # kinds of council differ
    (
        "Speaking to BelTA, Tasmagambetov said the CSTO does not seek to serve as a counterweight to NATO.",
        S,
        "paraphrase",
    ),
    (
        "The Council of Foreign Ministers approved the Plan for the development of military cooperation for 2026-2030.",
        R,
        "opposite",
    ),
    # "X rather than Y", "X over Y": the order is the claim
    ("The CSTO prioritizes risk assessment over a confrontational security posture.", S, "preference"),
    ("The CSTO prioritizes a confrontational security posture over risk assessment.", R, "preference"),
    ("Tokayev called for a disciplined discourse rather than inflaming tensions.", S, "preference"),
    ("Tokayev called for inflaming tensions rather than a disciplined discourse.", R, "preference"),
    # words given to the wrong speaker, whoever the records about that speaker are
    ("Tokayev said the CSTO does not seek to serve as a counterweight to NATO.", R, "speaker"),
    (
        "Aleynik said that the CSTO has demonstrated effectiveness as a capable military-political alliance.",
        R,
        "speaker",
    ),
    # clauses joined by ", and" are checked one by one
    (
        "The Khujand border agreement was signed on 31 March 2025, and the Roadmap was signed in Moscow in September 2025.",
        R,
        "clauses",
    ),
    (
        "The Khujand border agreement was signed on 31 March 2025, and the Roadmap was signed in Beijing in September 2025.",
        S,
        "clauses",
    ),
    # the two parties the other way round around the same act; a passive is no reversal
    ("NATO takes into account the CSTO's increased activity in the Transcaucasus region.", R, "reversed"),
    ("The CSTO takes into account NATO's increased activity in the Transcaucasus region.", S, "reversed"),
    ("A resolution on cooperation with the CSTO was adopted by the UN General Assembly.", S, "reversed"),
    ("Stoltenberg met Pashinyan.", S, "reversed"),  # a meeting is mutual
    # a span of years is one period, not two dates: a plan for 2026-2030 approved in 2025
    ("The Council of Defense Ministers met on May 28, 2025 and approved a plan for 2026-2030.", S, "period"),
    ("The Council of Defense Ministers approved a plan for 2026-2030.", S, "period"),
    (
        "On 28 May 2025 the Council of Defence Ministers approved a military cooperation plan for 2024-2030.",
        R,
        "period",
    ),
    ("Tasmagambetov was awarded the Dostuk order in 2022.", N, "date-year"),
    ("Tasmagambetov gave an interview to Izvestia in 2023.", N, "date-year"),
    # dates without a year
    (
        "On 20 April the CSTO celebrated the 30th anniversary of the entry into force of the Collective Security Treaty.",
        S,
        "date-noyear",
    ),
    (
        "On 21 April the CSTO celebrated the 30th anniversary of the entry into force of the Collective Security Treaty.",
        R,
        "date-noyear",
    ),
    ("On 20 April 2024 the CSTO celebrated the 30th anniversary of the Collective Security Treaty.", N, "date-noyear"),
    # dates counted from today: the sources give nothing to count from (the record
    # has the 30th anniversary of the entry into force, but not the year it was said)
    ("The Collective Security Treaty entered into force 30 years ago.", N, "date-relative"),
    ("The Collective Security Treaty entered into force 31 years ago.", N, "date-relative"),
    # places
    (
        "The Roadmap for the development of cooperation between the CSTO, CIS and SCO was signed in Beijing on 3 September 2025.",
        S,
        "place",
    ),
    ("The CSTO-CIS-SCO Roadmap was signed in Moscow.", R, "place"),
    ("The Roadmap was signed in Moscow", R, "place"),  # the one document whose name it heads
    ("The Roadmap was signed in Beijing.", S, "place"),
    ("The Khujand border agreement was signed in Dushanbe.", R, "place"),
    ("Brothers-in-Arms 2022 was held in Belarus.", R, "place"),
    ("Rock-2023 was held in Armenia.", R, "place"),
    (
        "The meeting of the CSTO Committee of Secretaries of Security Councils was held in Kazakhstan in June 2024.",
        S,
        "place",
    ),
    (
        "The meeting of the CSTO Committee of Secretaries of Security Councils was held in Astana on 6 June 2024.",
        R,
        "place",
    ),
    ("Tasmagambetov made a report in Almaty on 6 June 2024.", S, "place"),
    ("Tasmagambetov made a report in Minsk.", N, "place"),
    ("Tasmagambetov visited Beijing in 2024.", N, "place"),
    # numbers and counts
    ("In 2023, five maneuvers were conducted in Belarus as part of Combat Brotherhood – 2023.", S, "number"),
    ("In 2023, seven maneuvers were conducted in Belarus as part of Combat Brotherhood 2023.", R, "number"),
    (
        "On 20 April the CSTO marked the 25th anniversary of the entry into force of the Collective Security Treaty.",
        R,
        "number",
    ),
    ("At a CSTO summit, 15 documents were signed.", S, "number"),
    ("At a CSTO summit, 12 documents were signed.", N, "number"),
    (
        "The leaders of the six CSTO member states have defined the strategy of the collective security system.",
        S,
        "number",
    ),
    ("Tasmagambetov said the CSTO has proven its worth over more than thirty years of its existence.", S, "number"),
    ("Combat Brotherhood 2023 included five maneuvers.", S, "number"),
    ("Combat Brotherhood 2023 included seven maneuvers.", R, "number"),
    # participants and roles
    ("Tajikistan, Kyrgyzstan and Kazakhstan signed a border agreement in Khujand.", R, "participants"),
    ("Armenian Prime Minister Nikol Pashinyan met NATO Secretary General Jens Stoltenberg.", S, "participants"),
    ("Armenian President Nikol Pashinyan met NATO Secretary General Jens Stoltenberg.", R, "role"),
    ("NATO Secretary General Imangali Tasmagambetov gave an interview to Izvestia.", R, "role"),
    ("Kassym-Jomart Tokayev is the Kazakh President.", S, "role"),
    (
        "Belarusian Foreign Minister Sergei Aleynik said maintaining solidarity and unity among CSTO members is the organization's primary objective.",
        S,
        "role",
    ),
    # a report placed with another outlet than the one the source names: refuted, as the
    # writers of every blind set judge (this row said not-enough-info before)
    ("Tokayev's remarks were reported by BelTA.", R, "outlet"),
    ("Tokayev's remarks were reported by TASS.", S, "participants"),
    # the record is about member states that cooperate with NATO: not the same relation
    ("The CSTO is a NATO member.", N, "participants"),
    ("NATO is a member of the CSTO.", N, "participants"),
    # the record's "Security Council" is not named; the claim names the UN's
    ("The UN Security Council met on 19 July 2024.", N, "participants"),
    ("The UN Security Council discussed cooperation with the CSTO on 19 July 2024.", N, "participants"),
    # titles before a name are no part of the claim
    ("Dr. Babaev is director of the Institute of China and Modern Asia.", S, "role"),
    ("Prof. Kirill Babaev is the director of the Institute of China and Modern Asia.", S, "role"),
    # aliases: the two English names of one exercise, other spellings
    ("Enduring Brotherhood took place in Kyrgyzstan in October 2023.", S, "alias"),
    ("Unbreakable Brotherhood 2023 took place in Tajikistan.", R, "alias"),
    ("Brothers-in-Arms 2024 was held in Belarus.", N, "alias"),
    ("Tokaev urged CSTO members to avoid framing their safety in terms of mounting threats.", S, "alias"),
    (
        "Imangaly Tasmagambetov was appointed Secretary General of the Collective Security Treaty Organization.",
        S,
        "alias",
    ),
    # paraphrase
    ("Tasmagambetov said the CSTO does not aim to be a counterweight to NATO or any other power.", S, "paraphrase"),
    # the record about the same subject says "does not seek": the opposite
    ("Tasmagambetov said the CSTO seeks to serve as a counterweight to NATO.", R, "paraphrase"),
    ("Tasmagambetov said the CSTO seeks to be a counterweight to NATO.", R, "paraphrase"),
    ("Tasmagambetov said the CSTO does not seek to be a counterweight to NATO.", S, "paraphrase"),
    ("Mirzoyan stated that his relations with Tasmagambetov were excellent.", S, "paraphrase"),
    ("Mirzoyan said he had poor relations with Tasmagambetov.", R, "opposite"),  # the source: excellent relations
    ("Tokayev called for higher defence budgets.", N, "paraphrase"),
    (
        "A meeting in Minsk on 6 March 2023 discussed proposals to reduce tensions between the Kyrgyz and Tajik peoples.",
        S,
        "paraphrase",
    ),
    # things the sources never mention
    ("The CSTO was founded in 1992.", N, "unmentioned"),
    ("Vladimir Putin attended the signing of the Khujand border agreement.", N, "unmentioned"),
    ("Aleynik said that the CSTO should expand eastwards.", N, "unmentioned"),
    ("Lukashenko hosted the CSTO summit in Minsk in 2024.", N, "unmentioned"),
    ("The CSTO signed a treaty with NATO in 2021.", N, "unmentioned"),
    ("Pashinyan met NATO Secretary General Mark Rutte.", N, "unmentioned"),
    ("Mark Rutte met Tokayev in Astana.", N, "unmentioned"),
    # quoted words must stand verbatim; cuts are marked ... or [...]
    ('"What we call soft alliance is a strong point of our organization," said Tasmagambetov.', R, "quote"),
    ('"What we call soft alliance [...] is a strong point of our organization," said Tasmagambetov.', S, "quote"),
    ('"What we call soft alliance ... is a strong point of our organization," said Tasmagambetov.', S, "quote"),
    ('"We never respect the foreign policy decisions of the CSTO member states," said Tasmagambetov.', R, "quote"),
    ('"The CSTO will join NATO next week," said Tasmagambetov.', N, "quote"),
    # a claim needs a predicate: a bare name (or a name and "said") states nothing,
    # however many records mention it
    ("Tasmagambetov", N, "no-predicate"),
    ("Tokayev", N, "no-predicate"),
    ("Babaev", N, "no-predicate"),
    ("Tasmagambetov said.", N, "no-predicate"),
    ("The Khujand border agreement", N, "no-predicate"),
    ("The UN", N, "no-predicate"),
    ("Tasmagambetov and Tokayev.", N, "no-predicate"),
    ("Brothers-in-Arms 2023", N, "no-predicate"),
    # ... but a light verb relating two names is one ("took part")
    ("Armenia took part in Interaction-2023.", N, "participants"),
    # a role title and "met"/"meeting" do not make a record about the same occasion:
    # no source tells of these meetings (the Almaty meeting of 6 June 2024 is another)
    ("Armenian Foreign Minister Ararat Mirzoyan met Tasmagambetov in Yerevan in May 2024.", N, "occasion"),
    ("Secretary General Tasmagambetov met Tokayev in May 2024.", N, "occasion"),
    ("NATO Secretary General Jens Stoltenberg met Tasmagambetov in May 2024.", N, "occasion"),
    ("The CSTO Secretary General attended a meeting in Dushanbe in 2024.", N, "occasion"),
    ("CSTO Secretary General Imangali Tasmagambetov attended a meeting in Minsk in June 2024.", N, "occasion"),
    ("Ararat Mirzoyan met Tasmagambetov in Almaty on 7 June 2024.", N, "occasion"),  # Mirzoyan was not at it
    ("Tasmagambetov made a report in Almaty on 7 June 2024.", R, "occasion"),  # he made it on 6 June
    # a record that says all the claim says but one value: refuted when the claim
    # ties itself to that occasion by another value or by a day, else another occasion
    (
        "Cooperation with the UN on peacekeeping and counter-terrorism was discussed at a Security Council meeting on 20 July 2024.",
        R,
        "occasion",
    ),
    (
        "Cooperation with the UN on peacekeeping and counter-terrorism was discussed at a Security Council meeting in 2023.",
        N,
        "occasion",
    ),
    (
        "The Enduring Brotherhood exercise of the CSTO Peacekeeping Forces took place in Kazakhstan in October 2023.",
        R,
        "occasion",
    ),
    ("The Enduring Brotherhood exercise took place in Kazakhstan.", N, "occasion"),  # a yearly exercise: which year?
    # "the CSTO summit": the one summit the sources tell of (15 documents); another
    # edition or year is another summit
    ("At the CSTO summit, 12 documents were signed.", R, "number"),
    ("At the CSTO summit, twenty documents were signed.", R, "number"),
    ("At the CSTO summit, 15 documents were signed.", S, "number"),
    ("At the 2019 CSTO summit, 12 documents were signed.", N, "number"),
    ("At the CSTO summit in Minsk, 12 documents were signed.", N, "number"),
    # who chaired: the Republic of Kazakhstan
    (
        "On 6 June 2024, the CSTO Committee of Secretaries of Security Councils met in Almaty under Belarus's chairmanship.",
        R,
        "chairmanship",
    ),
    (
        "On 6 June 2024, the CSTO Committee of Secretaries of Security Councils met in Almaty under the chairmanship of Russia.",
        R,
        "chairmanship",
    ),
    (
        "The meeting of the CSTO Committee of Secretaries of Security Councils in Almaty on 6 June 2024 was chaired by Armenia.",
        R,
        "chairmanship",
    ),
    (
        "On 6 June 2024, the CSTO Committee of Secretaries of Security Councils met in Almaty under Kazakhstan's chairmanship.",
        S,
        "chairmanship",
    ),
    (
        "The CSTO Committee of Secretaries of Security Councils met in Almaty under the chairmanship of the Republic of Kazakhstan.",
        S,
        "chairmanship",
    ),
    # heading a ministry is a role: Aleynik heads the Belarusian one
    ("Sergei Aleynik heads the Kazakh Ministry of Foreign Affairs.", R, "role"),
    ("Sergei Aleynik heads the Russian Ministry of Foreign Affairs.", R, "role"),
    ("Aleynik heads the Ministry of Foreign Affairs of Belarus.", S, "role"),
    ("Tokayev is the President of Belarus.", R, "role"),
    # British spellings, and a name inside a longer name by another of its names
    (
        "The Council of Defence Ministers approved the Plan for the development of military cooperation for 2026-2030 on 28 May 2025.",
        S,
        "alias",
    ),
    (
        "The Council of Defence Ministers approved the Plan for the development of military cooperation for 2026-2030 in April 2025.",
        R,
        "alias",
    ),
    (
        "The United Nations General Assembly adopted a resolution on cooperation with the CSTO on 18 November 2024.",
        S,
        "alias",
    ),
    ("The U.N. General Assembly adopted a resolution on cooperation with the CSTO on 18 November 2024.", S, "alias"),
    (
        "The United Nations General Assembly adopted a resolution on cooperation with the CSTO on 18 November 2023.",
        R,
        "alias",
    ),
    # a title given to no one named; the source's own words
    ("The CSTO Secretary General was awarded the Dostuk order.", S, "role"),
    ("The Secretary General of the CSTO was awarded the Dostuk order.", S, "role"),
    ("The NATO Secretary General was awarded the Dostuk order.", N, "role"),
    # "gave an interview" says what "in an interview with" says
    ("Tasmagambetov gave an interview to BelTA.", S, "paraphrase"),
    ("Tokayev gave an interview to BelTA.", N, "paraphrase"),
    # the last of a list of what someone is ("..., a Doctor of ... and a professor")
    ("Kirill Babaev is a professor.", S, "paraphrase"),
    ("Kirill Babaev is an academician.", N, "paraphrase"),
    # a quoted label: the CSTO's "soft alliance"
    ('Tasmagambetov said the CSTO is a "soft alliance".', S, "paraphrase"),
    ('Tasmagambetov said NATO is a "soft alliance".', N, "paraphrase"),
    # several events joined by "and": what the claim says must hold of each
    ("Brothers-in-Arms – 2023 and Enduring Brotherhood were held in 2023.", S, "several"),
    ("Rock-2023 and Search-2023 were held in Belarus.", S, "several"),
    ("Rock-2023, Search-2023 and Unbreakable Brotherhood 2023 were held in Belarus.", R, "several"),
    ("Rock-2023 and Interaction-2023 were held in Belarus in September 2023.", N, "several"),
    # a city the claim puts something in ("met in Yerevan") needs a record that
    # does, not one that only names it ("Yerevan's desire"); named as a party
    # ("obligations to Yerevan"), the name is enough
    ("Pashinyan met Stoltenberg in Yerevan.", N, "place"),
    ("Tasmagambetov said the organisation has fully maintained its obligations to Yerevan.", S, "place"),
    # a count with no other subject: the records that count the same thing are shown,
    # but nothing ties the claim to one (five maneuvers of one exercise are not five
    # exercises of a year; another time may have had another count)
    ("The CSTO has six member states.", N, "number"),
    ("The CSTO has seven member states.", N, "number"),
    ("The CSTO held six exercises in 2023.", N, "number"),
    ("Five exercises were held in Kazakhstan in 2023.", N, "number"),
    # two sentences: each is checked, and the one that fails names itself
    ("The Khujand border agreement was signed on 31 March 2025. The Roadmap was signed in Moscow.", R, "several"),
    ("The Khujand border agreement was signed on 31 March 2025. The Roadmap was signed in Beijing.", S, "several"),
    # a name no source gives, set off by a comma from a known one: "Mark Rutte" alone
    # is the unknown name, and the record's name after "Secretary General" is what it says
    (
        "At a recent meeting with NATO Secretary General Mark Rutte, Pashinyan openly declared Yerevan's desire for close cooperation with NATO.",
        R,
        "participants",
    ),
    ("Nikol Pashinyan met NATO Secretary General Mark Rutte.", N, "participants"),  # a bare meeting may be another
    # "described as" says what the record says of it; "so-called" does not undo an "absence of"
    ("Tasmagambetov described the CSTO as a rigid alliance.", R, "opposite"),
    ("Tasmagambetov described the CSTO as a rigid alliance built on strict bloc discipline.", R, "opposite"),
    ("Tasmagambetov described the soft alliance as a strong point of the organisation.", S, "paraphrase"),
    # a title before a known name only names them: still a bare meeting
    ("Armenian Prime Minister Nikol Pashinyan met NATO Secretary General Mark Rutte.", N, "participants"),
    (
        "Armenian Prime Minister Nikol Pashinyan met NATO Secretary General Mark Rutte and openly declared Yerevan's desire for close cooperation with NATO.",
        R,
        "participants",
    ),
    # an unknown name opening the claim, where the record has another before the same words
    (
        "Sergei Lavrov, head of the Belarusian Ministry of Foreign Affairs, stated that unity among CSTO members is the organisation's primary objective.",
        R,
        "participants",
    ),
    # the claim goes on after the unknown name: another holder of the office, maybe
    ("Armenian Prime Minister Serzh Sargsyan met NATO Secretary General Stoltenberg.", N, "participants"),
    # a year an undated record speaks of ("2022 became a turning point")
    ("Kirill Babaev said that 2022 became a turning point for international political processes.", S, "date-year"),
    ("President Tokayev said that 2022 became a turning point for international political processes.", R, "person"),
]

# A record of the user's own (origin "user") that dates the Khujand agreement
# 2025-04-02, where the bundled record says 2025-03-31. The sources decide: a
# claim the bundled record supports stays supported (the reason names the
# user's record); one only the user's record supports is refuted by the source.
USER_RECORDS: list[dict] = [
    {
        "id": "my-khujand-date",
        "kind": "event",
        "text": "Tajikistan, Kyrgyzstan and Uzbekistan signed a border agreement in Khujand.",
        "date": "2025-04-02",
        "place": "Khujand",
        "entities": ["Tajikistan", "Kyrgyzstan", "Uzbekistan", "Khujand border agreement"],
        "source": "my-notes",
    },
    {
        "id": "my-summit-talks",
        "kind": "event",
        "text": "The CSTO held consultations on logistics in Astana.",
        "date": "2025-02-10",
        "place": "Astana",
        "entities": ["Kazakhstan"],
        "source": "my-notes",
    },
    {  # names the CSTO in its words only, as a record of one's own may
        "id": "my-armenia-absence",
        "kind": "event",
        "text": "Armenia did not attend the CSTO summit in Minsk on 23 November 2023.",
        "date": "2023-11-23",
        "place": "Minsk",
        "entities": ["Armenia"],
        "source": "my-notes",
    },
]
USER_SOURCES: list[dict] = [{"id": "my-notes", "title": "My notes"}]

# Checked against the bundled store plus USER_RECORDS.
CONFLICT_CLAIMS: list[tuple[str, str, str]] = [
    ("The Khujand border agreement was signed on 31 March 2025.", S, "conflict"),
    ("The Khujand border agreement was signed on 2 April 2025.", R, "conflict"),
    ("The Khujand border agreement was signed on 5 April 2025.", R, "conflict"),
    ("The Khujand border agreement was signed in 2025.", S, "conflict"),  # both records agree on the year
    ("The Khujand border agreement was signed in Khujand.", S, "conflict"),  # no disagreement on the place
    # named loosely, the agreement is still the one the source dates: the source decides
    ("The border agreement was signed on 2 April 2025.", R, "conflict"),
    ("The CSTO held consultations on logistics in Astana on 10 February 2025.", S, "own record only"),
    ("Armenia did not attend the CSTO summit in Minsk on 23 November 2023.", S, "own record only"),
    ("Armenia attended the CSTO summit in Minsk on 23 November 2023.", R, "own record only"),
]
