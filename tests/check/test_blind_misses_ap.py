"""Mechanisms that the misses of blind set AP showed, each asserted on claims of our
own written like the ones that showed them. The sets themselves are reported in
tests/blind/, never asserted."""

from __future__ import annotations

import json

from tests.check.verdicts import assert_verdict


def _draft_verdicts(tmp_path, invoke, markdown: str) -> list[dict]:
    draft = tmp_path / "draft.md"
    draft.write_text(markdown, "utf-8")
    return json.loads(invoke("check", "--file", str(draft), "--format", "json").stdout)


def test_a_nationality_is_its_country_among_the_records_words(checker):
    # "During the CSTO Secretary General's visits to Kyrgyzstan and Tajikistan, the leaders
    # of these countries approved the CSTO's initiatives and agreed to its mediating role."
    assert_verdict(
        checker, "The Tajik and Kyrgyz presidents agreed to the CSTO's mediating role during his visits.", "supported"
    )
    assert_verdict(
        checker, "The Tajik and Kyrgyz presidents rejected the CSTO's initiatives during his visits.", "refuted"
    )


def test_a_city_is_not_its_country_among_the_records_words(checker):
    # Bishkek lies in Kyrgyzstan, but a visit to Bishkek is not the record's visits to the country
    assert_verdict(
        checker, "Tasmagambetov gave his commentary to Cronos.Asia during a visit to Bishkek.", "not-enough-info"
    )


def test_a_name_and_its_adjective_are_one_name(checker):
    # "The West's policy towards Eurasian integration structures is indeed affecting both
    # the organization and, to a certain extent, its allies."
    assert_verdict(
        checker,
        "Tasmagambetov admitted that Western policy towards Eurasian integration affects the CSTO.",
        "supported",
    )


def test_an_occasion_the_sources_date_and_place_is_of_their_body_alone(checker):
    # "the CSTO Committee of Secretaries of Security Councils met in Almaty on 6 June 2024"
    assert_verdict(
        checker,
        "The meeting held in Almaty in June 2024 was a session of the CSTO Council of Defence Ministers.",
        "refuted",
        reason_has="Committee of Secretaries",
    )
    assert_verdict(
        checker, "The CSTO Committee of Secretaries of Security Councils met in Almaty in June 2024.", "supported"
    )


def test_a_body_the_claim_names_is_the_meetings_only_when_it_is_said_to_have_met(checker):
    # the Secretary General heads the Secretariat; the Almaty meeting was the Committee's
    assert_verdict(
        checker,
        "At a meeting in Almaty on June 6, 2024, Tasmagambetov, who heads the CSTO Secretariat, made a report"
        " on threats to the security of member states.",
        "supported",
    )
    # a year and a country are many occasions, not one
    assert_verdict(
        checker, "In 2023, a joint exercise of the CSTO Collective Forces took place in Kyrgyzstan.", "not-enough-info"
    )


def test_a_verb_of_what_a_document_is_about_says_nothing_of_its_own(checker):
    # "A Roadmap for the development of cooperation between the CSTO, CIS and SCO was signed in Beijing."
    assert_verdict(
        checker,
        "The roadmap signed in Beijing deals with cooperation between the CSTO, the CIS and the SCO.",
        "supported",
    )


def test_a_party_no_source_names_in_a_documents_list_of_parties(checker):
    assert_verdict(
        checker,
        "The roadmap signed in Beijing deals with cooperation among the CSTO, the Eurasian Economic Union and the SCO.",
        "refuted",
        "CSTO, CIS and SCO",
    )
    # a name beside the document, in no list of its parties, is no party of it
    assert_verdict(
        checker, "The CSTO, CIS and SCO roadmap, praised by Wang Yi, was signed in Beijing.", "not-enough-info"
    )


def test_years_between_a_determiner_and_a_noun_are_a_things_period_not_an_acts_date(checker):
    # approved on 28 May 2025; the roadmap signed on 3 September 2025
    assert_verdict(
        checker,
        "The defence ministers approved the 2026-2030 plan a few months before the roadmap was signed in Beijing.",
        "supported",
    )


def test_a_block_quote_that_quotes_and_names_its_speaker_is_checked_as_a_claim(tmp_path, invoke):
    (verdict,) = _draft_verdicts(
        tmp_path,
        invoke,
        "# The CSTO\n\n"
        '> "What we call soft alliance — meaning, above all, the absence of so-called rigid bloc'
        ' discipline — is a strong point of our organization," the Secretary General said.\n',
    )
    assert verdict["verdict"] == "supported", verdict["reason"]


def test_a_negation_among_quoted_words_is_the_quotations_stance(checker):
    # the quote holds "the absence of ... discipline"; a term in quotation marks would not
    assert_verdict(
        checker,
        'Tasmagambetov told Izvestia that "the absence of so-called rigid bloc discipline" is a strong point'
        " of the organization.",
        "supported",
    )


def test_a_meeting_the_sources_date_and_place_has_their_chair(checker):
    # "... held in Almaty under the chairmanship of the Republic of Kazakhstan" (6 June 2024)
    assert_verdict(
        checker, "The gathering held in Almaty in June 2024 was chaired by Armenia.", "refuted", "Kazakhstan"
    )
    assert_verdict(checker, "The gathering held in Almaty in June 2024 was chaired by Kazakhstan.", "supported")


def test_a_count_of_them_counts_what_they_stand_for(checker):
    # "... have defined the key areas of the efforts to improve the collective security
    # system, and it sets out seven of them"
    assert_verdict(checker, "The article lists seven key areas for improving collective security.", "supported")
    assert_verdict(
        checker, "The article lists six key areas for improving collective security.", "refuted", "seven areas"
    )


def test_them_stands_for_a_plural_noun_not_the_verb_that_counts(checker):
    from cstofacts.check.read.numbers import find_counts
    from cstofacts.check.words import tokenize

    counts = find_counts(tokenize("The report lists the threats and names three of them."))
    assert [(c.value, c.noun) for c in counts] == [(3, "threat")]


def test_the_two_of_a_kind_no_name_gives_is_a_pair_not_a_count(checker):
    # "A meeting was held in Minsk to discuss proposals for reducing tensions between Kyrgyz and
    # Tajik people." A draft names them a sentence before.
    assert_verdict(
        checker, "In March 2023 a meeting in Minsk discussed easing tensions between the two peoples.", "supported"
    )


def test_about_a_number_is_apart_from_more_than_a_number_a_quarter_past_it(checker):
    # "the CSTO has proven its worth over more than 30 years of its existence"
    assert_verdict(checker, "Tasmagambetov said the CSTO has proven its worth over about 20 years.", "refuted")
    assert_verdict(
        checker, "Tasmagambetov said the CSTO has proven its worth over roughly 25 years.", "not-enough-info"
    )


def test_the_state_whose_office_a_title_names_is_no_subject_of_its_own(checker):
    # Tokayev urged members to avoid framing their security in terms of growing threats;
    # "Belarus's foreign minister" is Aleynik, whom no record gives those words
    assert_verdict(
        checker,
        "Belarus's foreign minister urged CSTO members to stop describing their security in terms of growing threats.",
        "refuted",
    )


def test_the_agent_of_a_passive_is_the_one_a_record_says_did_the_act(checker):
    # "At the meeting ... in Almaty, Imangali Tasmagambetov made a report on the situation in
    # the CSTO area of responsibility ..."
    assert_verdict(
        checker,
        "At the Almaty meeting of the Committee, the report on the situation in the CSTO area of responsibility"
        " was presented by the Kazakh president.",
        "refuted",
        "Tasmagambetov",
    )


def test_two_named_occasions_in_the_order_of_their_dates(checker):
    # Brothers-in-Arms 2022: Kazakhstan, September-October 2022; Enduring Brotherhood: October 2023
    assert_verdict(
        checker,
        "Brothers-in-Arms 2022 in Kazakhstan came before the Enduring Brotherhood drill in Kyrgyzstan.",
        "supported",
        "before",
    )
    # how long between them the dates must bear out: a year apart, not a week
    assert_verdict(
        checker,
        "Brothers-in-Arms 2022 came a week before the Enduring Brotherhood drill.",
        "refuted",
        "not a week apart",
    )


def test_a_block_quote_in_reported_speech_is_prose_not_a_misquote(tmp_path, invoke):
    (verdict,) = _draft_verdicts(
        tmp_path,
        invoke,
        "# The CSTO\n\n"
        "> Tasmagambetov said that soft alliance, meaning above all the absence of so-called rigid bloc"
        " discipline, is a strong point of the organization.\n",
    )
    assert verdict["verdict"] != "refuted", verdict["reason"]
    assert not verdict["reason"].startswith("quote:"), verdict["reason"]


def test_what_a_document_is_about_must_be_the_records_every_word(checker):
    assert_verdict(checker, "The roadmap signed in Beijing covers nuclear cooperation.", "not-enough-info")


def test_two_occasions_in_order_say_nothing_more_than_the_order(checker):
    assert_verdict(
        checker,
        "Brothers-in-Arms 2022, a nuclear drill, came before the Enduring Brotherhood exercise.",
        "not-enough-info",
    )
    assert_verdict(
        checker, "Brothers-in-Arms 2022 came immediately before the Enduring Brotherhood drill.", "not-enough-info"
    )
    assert_verdict(
        checker,
        "The UN General Assembly resolution on cooperation with the CSTO was rejected before the Khujand border"
        " agreement was signed.",
        "not-enough-info",
    )


def test_the_two_of_things_the_source_counts_otherwise_is_a_count(checker):
    assert_verdict(checker, "The border agreement was signed in Khujand by the two republics.", "not-enough-info")
    assert_verdict(checker, "In 2023 the CSTO held the two maneuvers of Combat Brotherhood in Belarus.", "refuted")


def test_a_title_of_another_state_is_not_the_persons(checker):
    # "the Armenian Prime Minister Nikol Pashinyan openly declared ..."
    assert_verdict(
        checker,
        "Belarus's prime minister declared Yerevan's desire for close cooperation with NATO.",
        "not-enough-info",
    )


def test_a_nationality_of_no_people_says_not_who(checker):
    # the Enduring Brotherhood exercise of the CSTO Peacekeeping Forces was held in Kyrgyzstan
    assert_verdict(checker, "Kyrgyz forces held the Enduring Brotherhood exercise in October 2023.", "not-enough-info")


def test_years_before_an_act_are_its_date(checker):
    # "Bilateral consultations held in 2024-2025 led to the signing on March 31, 2025, in Khujand ..."
    assert_verdict(
        checker, "The 2024-2025 consultations led to the signing of the border agreement in Dushanbe.", "refuted"
    )


def test_a_term_set_off_in_a_block_quote_leaves_it_a_quotation(tmp_path, invoke):
    verdicts = _draft_verdicts(
        tmp_path,
        invoke,
        '# The CSTO\n\n> What we call "soft alliance" — meaning, above all, the lack of so-called rigid bloc'
        " discipline — is a great strength of our organization.\n",
    )
    assert verdicts[0]["verdict"] == "refuted" and verdicts[0]["reason"].startswith("quote:"), verdicts


def test_a_year_after_a_verb_of_lasting_and_to_ends_a_period(checker):
    # "a Plan for the development of military cooperation for 2026-2030 was approved" (28 May 2025)
    assert_verdict(checker, "The defence ministers approved a cooperation plan that runs to 2030.", "supported")
    assert_verdict(
        checker, "The defence ministers approved a cooperation plan lasting to 2032.", "refuted", "2026-2030"
    )


def test_a_piece_of_writing_is_the_texts_voice(checker):
    # "The CSTO's article says that during thirty years of existence the CSTO has demonstrated
    # that it is an influential and capable organization ..."
    assert_verdict(
        checker, "The essay claims that the CSTO has proven over thirty years that it is influential.", "supported"
    )


def test_a_rank_of_a_noun_the_record_does_not_rank_is_not_supported(checker):
    # biological safety is the article's sixth key area, which drafts call its priorities
    # (data/lexicon/csto_terms.tsv); a rank of another list ("task") is not compared
    assert_verdict(checker, "Biological safety is the second priority in the article's list.", "refuted", "sixth")
    assert_verdict(checker, "Biological safety is the second task in the article's list.", "not-enough-info")


def test_a_month_against_a_day_the_source_gives_without_its_year(checker):
    # "on 20 April the CSTO celebrated the 30th anniversary of the entry into force of the
    # Collective Security Treaty" (the text does not give the year)
    assert_verdict(
        checker,
        "The thirtieth anniversary of the Collective Security Treaty's entry into force was marked in May.",
        "refuted",
    )
    assert_verdict(
        checker,
        "The thirtieth anniversary of the Collective Security Treaty's entry into force was marked in April.",
        "supported",
    )
