"""Mechanisms that the misses of blind set AM showed, each asserted on claims of our
own written like the ones that showed them. The sets themselves are reported in
tests/blind/, never asserted."""

from __future__ import annotations

from tests.check.verdicts import assert_verdict


def test_the_words_before_a_name_that_tells_them_are_what_is_told_not_a_title(checker):
    # "..., Tasmagambetov told BelTA": "the CSTO does not monitor NATO's actions" is his
    # claim (a "monitor" is a person too), which the source denies ("subject to monitoring")
    assert_verdict(checker, "The CSTO does not monitor NATO's actions, Tasmagambetov told BelTA.", "refuted")
    assert_verdict(checker, "The CSTO monitors NATO's actions, Tasmagambetov told BelTA.", "supported")
    # what he is said to have told is checked, not taken for his title
    assert_verdict(checker, "The CSTO monitors NATO's nuclear arsenal, Tasmagambetov told BelTA.", "not-enough-info")
    # an apposition set off by commas is still the name's title
    assert_verdict(
        checker,
        "Armenia's prime minister, Ararat Mirzoyan, said he had excellent relations with Tasmagambetov.",
        "refuted",
    )


def test_a_cause_conflicts_only_with_a_cause_the_source_gives_the_same_effect(checker):
    # "Bilateral consultations held in 2024-2025 led to the signing ... of a border agreement
    # between Tajikistan, Kyrgyzstan, and Uzbekistan": the agreement's cause, not the conflict's
    assert_verdict(
        checker,
        "The conflict between Kyrgyzstan and Tajikistan was triggered by disputes over access to water.",
        "not-enough-info",
    )
    assert_verdict(
        checker,
        "The border agreement between Tajikistan, Kyrgyzstan and Uzbekistan came about because of Russian pressure.",
        "refuted",
    )


def test_a_title_after_a_name_ends_where_another_clause_begins(checker):
    # "because Kazakhstan held ...": Kazakhstan's, no qualifier of the Secretary General's office
    assert_verdict(
        checker,
        "Tasmagambetov was chosen as Secretary General because Kazakhstan held the CSTO chairmanship at the time.",
        "not-enough-info",
    )
    assert_verdict(checker, "Tasmagambetov is the Secretary General of the CSTO.", "supported")


def test_where_words_were_first_said_or_reported_is_an_occasion_the_sources_do_not_place(checker):
    for claim in (
        "Pashinyan's meeting with Stoltenberg was first reported by Reuters.",
        "Tokayev first made his remarks in an interview with the newspaper Kazakhstanskaya Pravda.",
    ):
        assert_verdict(checker, claim, "not-enough-info")
    # reported, with no word of a first time: in the place of the source's outlet
    assert_verdict(checker, "Tokayev's remarks were reported by Reuters.", "refuted")


def test_in_two_occasions_put_in_order_each_outlet_is_its_own_occasions(checker):
    # BelTA's interview and Izvestia's are both the sources'; their order the sources do not give
    assert_verdict(checker, "Tasmagambetov spoke to BelTA before he gave his interview to Izvestia.", "not-enough-info")


def test_a_passive_of_regarding_holds_past_an_adverb(checker):
    # "is still seen as": a passive, whose subject is what is seen as the main source
    assert_verdict(checker, "Afghanistan is still seen as the main source of regional instability.", "supported")
    assert_verdict(checker, "Iran is still seen as the main source of regional instability.", "refuted")
