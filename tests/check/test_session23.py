"""Mechanisms that the misses of the sweep over every blind set showed in the
twenty-third session, each asserted on claims of our own written like the ones
that showed them. The sets themselves are reported in tests/blind/, never
asserted."""

from __future__ import annotations

from cstofacts.check import REFUTED, SUPPORTED
from tests.check.verdicts import assert_verdict


def test_a_person_named_for_an_act_is_no_opposite_of_the_act(checker):
    # WordNet: "follow" against "lead", and "follower" against "leader"; a leader is who
    # someone is, and "following" the visits says when, not that anyone followed a leader
    assert_verdict(
        checker,
        "Following the secretary general's visits, the leaders of Kyrgyzstan and Tajikistan approved"
        " the CSTO's initiatives.",
        SUPPORTED,
    )


def test_a_speaker_named_by_a_title_after_according_to_its_is_the_speaker(checker):
    # "according to its secretary general" is who says it, not what the claim is about
    said = "The CSTO has stopped monitoring NATO's actions"
    assert_verdict(checker, f"{said}, according to its secretary general.", REFUTED, "denies")
    assert_verdict(checker, f"{said}, according to Tasmagambetov.", REFUTED, "denies")
