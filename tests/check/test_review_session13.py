"""What a review of the thirteenth session's changes found: each a claim that a rule
added then decided wrongly, asserted here as the user would meet it."""

from __future__ import annotations

import pytest


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
    result = checker.check("The crisis-response system is the second key area.")
    assert result.verdict == "supported", result.reason


def test_quoted_as_saying_gives_no_office(checker):
    result = checker.check(
        "Sputnik Armenia quoted Foreign Minister Ararat Mirzoyan as saying he had excellent relations"
        " with the Secretary General."
    )
    assert result.verdict == "supported", result.reason
