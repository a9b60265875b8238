"""What a review of the thirteenth session's changes found: each a claim that a rule
added then decided wrongly, asserted here as the user would meet it."""

from __future__ import annotations

import pytest

from tests.check.verdicts import assert_verdict


@pytest.mark.parametrize(
    "claim", ["The CSTO postponed.", "Armenia cancelled CSTO exercises.", "The CSTO called off the meeting."]
)
def test_a_calling_off_of_nothing_the_sources_tell_is_no_refutation(checker, claim):
    result = checker.check(claim)
    assert result.verdict != "refuted", result.reason


@pytest.mark.parametrize(
    "claim",
    [
        "Belarus and Russia hosted the March 2023 meeting in Minsk on reducing tensions between Kyrgyz and Tajik people.",
        "Diplomats from Russia and Kazakhstan attended the meeting held in Minsk in March 2023 to discuss reducing"
        " tensions between Kyrgyz and Tajik people.",
        "The article says Russia and Belarus attended a meeting to discuss proposals for reducing tensions between"
        " Kyrgyz and Tajik people.",
    ],
)
def test_states_beside_the_record_s_own_are_no_other_participants(checker, claim):
    # the source says who the meeting was about (Kyrgyz and Tajik people), not who attended
    result = checker.check(claim)
    assert result.verdict != "refuted", result.reason


@pytest.mark.parametrize(
    "claim",
    [
        "Jens Stoltenberg said that Yerevan desires close cooperation with NATO.",
        "Stoltenberg declared Yerevan's desire for close cooperation with NATO.",
    ],
)
def test_a_name_in_an_aside_is_not_who_declares_after_it(checker, claim):
    # "Pashinyan, at a recent meeting with NATO Secretary General Jens Stoltenberg, ... declared"
    result = checker.check(claim)
    assert result.verdict != "supported", result.reason


def test_a_place_in_a_list_holds_for_an_item_the_record_words_otherwise(checker):
    # the record: "its system of responding to crises"; the list record: "the crisis-response system"
    assert_verdict(checker, "The crisis-response system is the second key area.", "supported")


def test_quoted_as_saying_gives_no_office(checker):
    assert_verdict(
        checker,
        "Sputnik Armenia quoted Foreign Minister Ararat Mirzoyan as saying he had excellent relations"
        " with the Secretary General.",
        "supported",
    )


def test_hard_to_after_a_past_verb_or_a_that_clause_is_no_denial(checker):
    for claim in (
        "Babaev considers that the CSTO Secretary General worked hard to reduce tensions between Kyrgyzstan and"
        " Tajikistan.",
        "Babaev believes the CSTO Secretary General worked hard to reduce tensions.",
    ):
        result = checker.check(claim)
        assert result.verdict != "refuted", result.reason


@pytest.mark.parametrize(
    "claim",
    [
        "The Khujand border agreement was caused by Russian pressure.",
        "Russian pressure led to the Khujand border agreement.",
    ],
)
def test_an_effect_named_by_its_own_name_keeps_its_cause(checker, claim):
    # "Bilateral consultations held in 2024-2025 led to the signing ... of a border agreement"
    assert_verdict(checker, claim, "refuted")


def test_a_title_set_off_by_one_comma_before_a_name_is_still_its_title(checker):
    assert_verdict(
        checker,
        "Belarus's top diplomat, Sergei Aleynik said that maintaining solidarity and unity among CSTO members"
        " is the organization's primary objective.",
        "supported",
    )
    assert_verdict(
        checker,
        "Russia's president, Tokayev urged CSTO members to avoid framing their security in terms of mounting threats.",
        "refuted",
    )


def test_first_is_an_earlier_occasion_only_for_the_act_it_comes_before(checker):
    assert_verdict(checker, "Tokayev's remarks, first made to CSTO members, were reported by RIA Novosti.", "refuted")


def test_one_outlet_in_a_claim_of_two_occasions_is_still_compared(checker):
    assert_verdict(
        checker,
        "Tokayev urged calm, BelTA reported, after Sergei Aleynik said that solidarity and unity among CSTO members"
        " is the primary objective.",
        "refuted",
    )
