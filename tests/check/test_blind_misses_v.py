"""Mechanisms that the misses of blind set V showed, each asserted on claims of our
own written like the ones that showed them. The sets themselves are reported in
tests/blind/, never asserted."""

from __future__ import annotations

from tests.check.verdicts import assert_verdict


def test_that_year_points_back_to_a_date_and_is_no_word_of_content(checker):
    # a draft's "that year" is the year the sentence before gave
    for text in (
        "Belarus hosted the Brothers-in-Arms exercise in September of that year.",
        "Four special exercises were held the same year.",
    ):
        reading = checker.read(text)
        assert "year" not in {reading.tokens[i].word for i in reading.content}, text
    assert_verdict(checker, "Belarus hosted Brothers-in-Arms – 2023 in September of that year.", "supported")


def test_an_adjective_between_a_number_and_its_noun_qualifies_what_is_counted(checker):
    reading = checker.read("The approach names three stated aims.")
    assert [(c.value, c.noun) for c in reading.counts] == [(3, "aim")]
    assert_verdict(
        checker,
        "The CSTO summit produced fifteen signed documents, including a provision on a joint press center.",
        "supported",
    )


def test_a_text_and_a_title_alone_are_not_enough_to_support(checker):
    # the attribution frame is all the claim shares with the record: no statement of authorship
    result = checker.check("The article was written by CSTO Secretary General Imangali Tasmagambetov.")
    assert result.verdict != "supported", result.reason


def test_an_outlet_the_claim_denies_is_no_outlet_beside_the_one_it_names(checker):
    # "by Interfax, not by TASS": TASS is denied, not added to; the source's outlet is TASS
    assert_verdict(checker, "Tokayev's remarks urging calm were reported by Interfax, not by TASS.", "refuted", "TASS")


def test_a_capital_that_speaks_stands_for_its_countrys_leadership(checker):
    # the record: "The Belarusian leadership has also noted that ... have been reinforced"
    assert_verdict(
        checker, "Minsk has also said that the alliance's military capabilities have been strengthened.", "supported"
    )
    # and a capital that is only a place stays a place no record of the act names
    assert checker.check("The alliance's military capabilities were strengthened in Minsk.").verdict != "supported"


def test_an_ing_form_the_lexicon_knows_as_a_noun_is_also_its_verbs_act(checker):
    from cstofacts.check.lexical import verb_of_ing

    assert [verb_of_ing(w) for w in ("cutting", "making", "setting")] == ["cut", "make", "set"]
    # "cutting" is a noun too (a cutting of a plant); here the act of cutting, "decrease" in the record
    assert_verdict(checker, "Cutting the time needed for decision-making and verification in crises.", "supported")


def test_a_span_of_years_in_words_is_one_period(checker):
    for text in ("covers the years 2026 to 2030", "runs between 2026 and 2030", "from 2026 through 2030"):
        dates = checker.read(f"The plan {text}.").dates
        assert [(d.first.year, d.last.year, d.precision) for d in dates] == [(2026, 2030, "span")], text
    assert_verdict(
        checker, "The military cooperation plan approved in May 2025 covers the years 2025 to 2028.", "refuted"
    )


def test_a_speaker_whose_saying_the_article_itself_tells_is_that_records_speaker(checker):
    # the record, in the article's voice: "the leaders of these countries ... agreed to its mediating role"
    result = checker.check(
        "When the Secretary General visited them, the leaders of Kyrgyzstan and Tajikistan agreed "
        "that the CSTO should act as a mediator."
    )
    assert result.verdict == "supported", result.reason
    # the article's own "says" is no saying of the claim's speaker
    result = checker.check("Tokayev said the CSTO's new tasks should be pursued in a spirit of confrontation.")
    assert result.verdict != "supported", result.reason


def test_a_count_bounded_one_way_conflicts_with_a_number_past_its_bound(checker):
    counts = checker.read("It has existed for more than 40 years and fewer than 50 decades.").counts
    assert [(c.value, c.bound) for c in counts] == [(40, "more"), (500, "less")]
    # the sources: "over more than 30 years of its existence", "during thirty years of existence"
    assert_verdict(
        checker,
        "Tasmagambetov said the CSTO has proven its worth over more than 40 years of existence.",
        "refuted",
        "30 years",
    )
    assert (
        checker.check("The CSTO has proven its worth over more than 30 years of its existence.").verdict == "supported"
    )


def test_a_name_the_lexicon_holds_whole_is_one_name_not_a_place_word(checker):
    # "European Union": a body, not Europe; in the place where the record names the UN
    assert_verdict(
        checker,
        "The CSTO article says the European Union plays the key role in the organization's "
        "peacekeeping and anti-terrorist cooperation.",
        "refuted",
        "United Nations",
    )


def test_a_name_said_to_be_among_others_is_beside_the_records_names_not_in_their_place(checker):
    assert_verdict(
        checker, "ASEAN is among the international associations the CSTO cooperates closely with.", "not-enough-info"
    )


def test_the_first_or_last_day_or_week_of_a_month_is_a_date_not_time_counted_from_today(checker):
    reading = checker.read("The agreement was signed on the last day of March 2025.")
    assert reading.relative is None
    assert [(d.first.isoformat(), d.last.isoformat()) for d in reading.dates] == [("2025-03-31", "2025-03-31")]
    week = checker.read("The secretaries met in the first week of June 2024.").dates
    assert [(d.first.day, d.last.day) for d in week] == [(1, 7)]
    assert_verdict(
        checker,
        "The border agreement between Tajikistan, Kyrgyzstan and Uzbekistan was signed on the last day of March 2025.",
        "supported",
    )


def test_three_or_more_things_the_record_names_are_counted(checker):
    # the record names the CSTO, the CIS and the SCO, and counts none of them
    assert_verdict(
        checker,
        "It was at the beginning of September 2025 that the three organizations signed their cooperation roadmap.",
        "supported",
    )


def test_a_record_of_the_one_off_thing_gives_a_date_the_closest_record_leaves_out(checker):
    # the closest record dates the consultations; the agreement's own record dates the signing
    assert_verdict(
        checker,
        "Consultations in 2024-2025 eventually led to a border agreement between Tajikistan, Kyrgyzstan "
        "and Uzbekistan, signed in Khujand on 31 March 2025.",
        "supported",
    )


def test_the_noun_that_holds_a_name_under_which_something_was_done_is_no_content(checker):
    for text in (
        "Five manoeuvres took place in Belarus in 2023 under the Combat Brotherhood banner.",
        "Five manoeuvres took place in Belarus in 2023 under the umbrella of Combat Brotherhood – 2023.",
    ):
        reading = checker.read(text)
        assert not {"banner", "umbrella"} & {reading.tokens[i].word for i in reading.content}, text
        assert checker.check(text).verdict == "supported", text
    # a chair is a slot of its own, not a figure: "under the chairmanship of Russia" is refuted
    assert (
        checker.check("The June 6, 2024 meeting in Almaty was held under the chairmanship of Russia.").verdict
        == "refuted"
    )


def test_the_sources_usages_the_lexicon_learns_from_its_terms_file(checker):
    for claim in (
        "A resolution on cooperation with the CSTO was passed by the UN General Assembly on 18 November.",
        "Tasmagambetov set out the CSTO's position in an interview with the Belarusian news agency BelTA.",
        "Tokayev said the CSTO has proved effective as a military-political alliance, but new tasks lie ahead of it.",
    ):
        result = checker.check(claim)
        assert result.verdict == "supported", (claim, result.reason)


def test_a_name_inside_a_relative_clause_is_not_the_one_who_speaks(checker):
    result = checker.check(
        "An analysis by Kirill Babaev, who heads the Institute of China and Modern Asia of the Russian Academy "
        "of Sciences, argues that the CSTO has reaffirmed its significance as a regional security structure."
    )
    assert result.verdict != "refuted", result.reason  # the Institute gives no words: Babaev does
    assert (
        checker.read("Kirill Babaev, who heads the Institute of China and Modern Asia, argues that it matters.")
        .speakers[0]
        .name
        == "Kirill Babaev"
    )


def test_warning_against_an_act_past_its_object_and_breaking_a_habit_deny_the_act(checker):
    for text in (
        "Tokayev cautioned CSTO members against constantly describing their security in terms of growing threats.",
        "Tokayev urged members to break the habit of describing their security in terms of growing threats.",
    ):
        reading = checker.read(text)
        assert "describing" in {reading.tokens[i].word for i in reading.denied}, text
        assert checker.check(text).verdict == "supported", text  # the record: "avoid framing ... mounting threats"


def test_years_since_an_event_are_its_ordinal_anniversary(checker):
    # the source: "on 20 April we celebrated the 30th anniversary of the entry into force of the Treaty"
    assert_verdict(
        checker,
        "Tasmagambetov said the Collective Security Treaty had just marked 25 years since entering into force.",
        "refuted",
        "30",
    )
    counts = checker.read("The CSTO's work rests on three mutually reinforcing areas.").counts
    assert [(c.value, c.noun) for c in counts] == [(3, "area")]


def test_a_states_leadership_before_a_verb_of_saying_is_the_state_speaking(checker):
    reading = checker.read("Minsk's leadership has said the alliance's military capabilities have been strengthened.")
    assert [e.name for e in reading.speakers] == ["Minsk"]
    assert_verdict(
        checker, "Minsk's leadership has said the alliance's military capabilities have been strengthened.", "supported"
    )
