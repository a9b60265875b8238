"""Mechanisms that the misses of blind set AM showed, each asserted on claims of our
own written like the ones that showed them. The sets themselves are reported in
tests/blind/, never asserted."""

from __future__ import annotations


def test_the_words_before_a_name_that_tells_them_are_what_is_told_not_a_title(checker):
    # "..., Tasmagambetov told BelTA": "the CSTO does not monitor NATO's actions" is his
    # claim (a "monitor" is a person too), which the source denies ("subject to monitoring")
    result = checker.check("The CSTO does not monitor NATO's actions, Tasmagambetov told BelTA.")
    assert result.verdict == "refuted", result.reason
    result = checker.check("The CSTO monitors NATO's actions, Tasmagambetov told BelTA.")
    assert result.verdict == "supported", result.reason
    # what he is said to have told is checked, not taken for his title
    result = checker.check("The CSTO monitors NATO's nuclear arsenal, Tasmagambetov told BelTA.")
    assert result.verdict == "not-enough-info", result.reason
    # an apposition set off by commas is still the name's title
    result = checker.check(
        "Armenia's prime minister, Ararat Mirzoyan, said he had excellent relations with Tasmagambetov."
    )
    assert result.verdict == "refuted", result.reason


def test_a_cause_conflicts_only_with_a_cause_the_source_gives_the_same_effect(checker):
    # "Bilateral consultations held in 2024-2025 led to the signing ... of a border agreement
    # between Tajikistan, Kyrgyzstan, and Uzbekistan": the agreement's cause, not the conflict's
    result = checker.check(
        "The conflict between Kyrgyzstan and Tajikistan was triggered by disputes over access to water."
    )
    assert result.verdict == "not-enough-info", result.reason
    result = checker.check(
        "The border agreement between Tajikistan, Kyrgyzstan and Uzbekistan came about because of Russian pressure."
    )
    assert result.verdict == "refuted", result.reason


def test_a_title_after_a_name_ends_where_another_clause_begins(checker):
    # "because Kazakhstan held ...": Kazakhstan's, no qualifier of the Secretary General's office
    result = checker.check(
        "Tasmagambetov was chosen as Secretary General because Kazakhstan held the CSTO chairmanship at the time."
    )
    assert result.verdict == "not-enough-info", result.reason
    result = checker.check("Tasmagambetov is the Secretary General of the CSTO.")
    assert result.verdict == "supported", result.reason


def test_where_words_were_first_said_or_reported_is_an_occasion_the_sources_do_not_place(checker):
    for claim in (
        "Pashinyan's meeting with Stoltenberg was first reported by Reuters.",
        "Tokayev first made his remarks in an interview with the newspaper Kazakhstanskaya Pravda.",
    ):
        result = checker.check(claim)
        assert result.verdict == "not-enough-info", result.reason
    # reported, with no word of a first time: in the place of the source's outlet
    result = checker.check("Tokayev's remarks were reported by Reuters.")
    assert result.verdict == "refuted", result.reason


def test_in_two_occasions_put_in_order_each_outlet_is_its_own_occasions(checker):
    # BelTA's interview and Izvestia's are both the sources'; their order the sources do not give
    result = checker.check("Tasmagambetov spoke to BelTA before he gave his interview to Izvestia.")
    assert result.verdict == "not-enough-info", result.reason


def test_a_passive_of_regarding_holds_past_an_adverb(checker):
    # "is still seen as": a passive, whose subject is what is seen as the main source
    result = checker.check("Afghanistan is still seen as the main source of regional instability.")
    assert result.verdict == "supported", result.reason
    result = checker.check("Iran is still seen as the main source of regional instability.")
    assert result.verdict == "refuted", result.reason
