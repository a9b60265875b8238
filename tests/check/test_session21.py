"""Mechanisms that the misses of the sweep over every blind set showed in the
twenty-first session, each asserted on claims of our own written like the ones
that showed them. The sets themselves are reported in tests/blind/, never
asserted."""

from __future__ import annotations

from cstofacts.check import REFUTED, SUPPORTED
from tests.check.verdicts import assert_verdict


def test_a_title_after_a_preposition_is_not_the_one_before_the_comma(checker):
    # "X, held a meeting with NATO's secretary general, Y": Y's title, not X's
    assert_verdict(
        checker,
        "Armenia's prime minister, Nikol Pashinyan, held a meeting with NATO's secretary general, Jens Stoltenberg.",
        SUPPORTED,
    )
    assert_verdict(checker, "Nikol Pashinyan, Armenia's president, met NATO's secretary general.", REFUTED, "role")
    # "referred to as" still gives the title its subject
    assert_verdict(checker, "Nikol Pashinyan is referred to as the president of Armenia.", REFUTED, "role")


def test_a_title_owned_right_before_it_is_that_owners(checker):
    # "the CSTO's secretary general" is Tasmagambetov's office, whatever body the sentence names later
    result = checker.check(
        "Imangali Tasmagambetov, the CSTO's secretary general, discussed Armenia and NATO in an interview with Izvestia."
    )
    assert result.verdict != REFUTED, result.reason
    assert_verdict(
        checker, "Imangali Tasmagambetov, NATO's secretary general, gave an interview to Izvestia.", REFUTED, "role"
    )


def test_always_asks_more_than_can_or_may(checker):
    # "the bloc mentality, which can restrict national sovereignty"
    assert_verdict(
        checker, "Tasmagambetov said the bloc mentality always restricts national sovereignty.", REFUTED, "possibility"
    )
    assert_verdict(checker, "Tasmagambetov said the bloc mentality can restrict national sovereignty.", SUPPORTED)
    # "conversations about danger have always existed": the source's own "always" is no more than it says
    assert_verdict(checker, "Tokayev said that talk about danger has always existed.", SUPPORTED)


def test_a_rank_said_of_one_subject_is_opposed_whatever_it_ranks(checker):
    # "maintaining solidarity and unity ... is the organization's primary objective today"
    assert_verdict(
        checker,
        "Aleynik said maintaining solidarity and unity among CSTO members is only a secondary concern today.",
        REFUTED,
        "primary",
    )
    assert_verdict(
        checker,
        "Aleynik said maintaining solidarity and unity among CSTO members is the organization's main goal today.",
        SUPPORTED,
    )
    # a quality of another thing is no opposite: a secondary task beside the primary objective
    result = checker.check(
        "Aleynik named a secondary task besides maintaining solidarity and unity among CSTO members."
    )
    assert result.verdict != REFUTED, result.reason
