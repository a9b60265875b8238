"""Mechanisms that the misses of blind set AN showed, each asserted on claims of our
own written like the ones that showed them. The sets themselves are reported in
tests/blind/, never asserted."""

from __future__ import annotations

from tests.check.verdicts import assert_verdict


def test_a_name_both_sides_give_is_not_what_the_main_one_is(checker):
    # "maintaining solidarity and unity among CSTO members is the organization's primary objective"
    assert_verdict(
        checker,
        "Aleynik said that expanding the CSTO's membership is the organisation's primary objective today.",
        "refuted",
    )
    assert_verdict(
        checker,
        "Aleynik said that maintaining solidarity and unity among CSTO members is the organisation's primary objective.",
        "supported",
    )


def test_hard_to_said_of_what_a_verb_of_regarding_takes_denies_the_act(checker):
    # "the regional security factors, the effect of which is now quite difficult to predict"
    assert_verdict(
        checker,
        "The Secretariat's analysts consider the effect of the regional security factors an Armenian exit"
        " would trigger hard to predict.",
        "supported",
    )
