"""Regressions a review of the fifteenth session's change found (helper 119), each
mended: the claims it wrote, with the verdicts the sources give them."""

from __future__ import annotations

import pytest

from tests.check.verdicts import assert_verdict


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # an interval only the order rules bear out, with both acts dated
        ("Tasmagambetov gave his interview to Izvestia a few days after the Almaty meeting.", "not-enough-info"),
        ("Several months after the Almaty meeting, Tasmagambetov gave an interview to BelTA.", "not-enough-info"),
        # the record's place as a modifier of a meeting or an exercise needs the body that met
        ("The Almaty meeting of CSTO foreign ministers took place in 2023.", "not-enough-info"),
        ("A Kazakhstan exercise was held in 2023.", "not-enough-info"),
        # a name as the cause, where the record gives none
        ("The article links the growing risk of global crises to NATO.", "not-enough-info"),
        # a decision is an act, not words credited to someone
        (
            "The decision on Armenia's suspension of its participation in CSTO events came from Pashinyan.",
            "not-enough-info",
        ),
        # "since": the record dated after it refutes, within it agrees
        ("The border agreement between Tajikistan, Kyrgyzstan and Uzbekistan has been in force since 2023.", "refuted"),
        (
            "Since March 31, 2025, Tajikistan, Kyrgyzstan and Uzbekistan have had a border agreement signed in Khujand.",
            "supported",
        ),
        # "at the heart of" is no occasion
        (
            "At the heart of the CSTO's activity are three spheres: foreign policy coordination, military "
            "cooperation and countering transnational threats.",
            "supported",
        ),
        # the title after "with" is the name's own, in a relative clause of its own
        (
            "In an interview with the CSTO Secretary General, who is Kirill Babaev, Izvestia discussed the main threats.",
            "refuted",
        ),
    ],
)
def test_a_review_probe(checker, claim, expected):
    assert_verdict(checker, claim, expected)


def test_an_interval_with_a_later_act_is_borne_out_only_by_dates(checker):
    # "... at a Security Council meeting on July 19, 2024. On November 18, the UN General
    # Assembly adopted a resolution": four months apart, not a week
    claim = (
        "Cooperation with the UN was discussed at a Security Council meeting on July 19, 2024, and a week later "
        "the UN General Assembly adopted a resolution on cooperation with the CSTO."
    )
    assert checker.check(claim).verdict != "supported"
