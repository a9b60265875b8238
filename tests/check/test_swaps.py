"""A name the sources never give, standing where a record names another."""

from __future__ import annotations

import pytest

from cstofacts.check.decide.alignment import aligned_entity, beside
from cstofacts.check.read.reading import read


def test_the_word_beside_a_name_passes_over_function_words(names):
    reading = read("Tokayev's remarks were reported by TASS.", names)
    at = next(i for i, t in enumerate(reading.tokens) if t.raw == "TASS")
    assert beside(reading, at, -1) == ["report"]
    assert beside(reading, at, -1, 3) == ["report", "remark", "tokayev"]
    assert beside(reading, at, 1) == []


def test_the_entity_beside_the_same_word_is_the_one_swapped(names):
    claim = read("The OSCE plays the key role in the CSTO's peacekeeping cooperation.", names)
    record = read("The UN plays the key role in the CSTO's peacekeeping cooperation.", names)
    run = [next(i for i, t in enumerate(claim.tokens) if t.raw == "OSCE")]
    assert aligned_entity(claim, [run], [record]) == "United Nations"


@pytest.mark.parametrize(
    ("claim", "verdict", "reason"),
    [
        (
            "The article says the OSCE plays the key role in the CSTO's cooperation on peacekeeping.",
            "refuted",
            "the source names United Nations, not OSCE",
        ),
        # A lone surname the sources never give is someone they never heard of, not a swap,
        # unless the claim gives that person the source's words.
        (
            "Lukashenko urged CSTO members to avoid framing their safety in terms of mounting threats.",
            "refuted",
            "speaker: the source gives these words to Kassym-Jomart Tokayev, not Lukashenko",
        ),
    ],
)
def test_a_name_swapped_in_place_is_refuted(checker, claim, verdict, reason):
    result = checker.check(claim)
    assert (result.verdict, result.reason) == (verdict, reason)


def test_a_country_by_its_formal_name_is_no_swap(checker):
    result = checker.check("The Kyrgyz Republic and the Republic of Tajikistan agreed to the CSTO's mediating role.")
    assert result.verdict != "refuted", result.reason


def test_a_country_the_record_does_not_give_in_anothers_place_is_refuted(checker):
    result = checker.check(
        "The CSTO's article says Pakistan remains a source of regional instability and potential risks."
    )
    assert (result.verdict, result.reason) == ("refuted", "the source names Afghanistan, not Pakistan")
    assert result.explain["rule"] == "name-swapped"


def test_a_name_inside_a_compound_is_no_swap(checker):
    result = checker.check(
        "CSTO-UN cooperation on peacekeeping and counter-terrorism was discussed at a Security Council meeting in July 2024."
    )
    assert result.verdict != "refuted", result.reason


def test_a_name_added_beside_the_sources_is_no_swap(checker):
    result = checker.check("Tokayev's remarks were also carried by the Kazakh state agency Kazinform.")
    assert result.verdict == "not-enough-info", result.reason


def test_a_name_that_is_no_place_is_not_swapped_for_one(checker):
    # a venue may lie inside the city the source names: the source does not say
    result = checker.check("The Committee of Secretaries of Security Councils met at the Rixos hotel in June 2024.")
    assert result.verdict == "not-enough-info", result.reason


@pytest.mark.parametrize(
    ("claim", "theirs"),
    [
        (
            "The draft Targeted Inter-Governmental CSTO Program is aimed at strengthening the Kyrgyzstan-Afghanistan frontier.",
            "Tajikistan-Afghanistan",
        ),
        (
            "The targeted inter-governmental programme is designed to strengthen the Turkmen-Afghan frontier.",
            "Tajikistan-Afghanistan",
        ),
    ],
)
def test_a_compound_of_countries_with_one_swapped_is_refuted(checker, claim, theirs):
    result = checker.check(claim)
    assert result.verdict == "refuted", result.reason
    assert f"the source names {theirs}" in result.reason


def test_the_sources_words_given_to_a_speaker_no_source_names_are_refuted(checker):
    claim = "Belarusian President Alexander Lukashenko told BelTA that the CSTO does not seek to be a counterweight to NATO."
    result = checker.check(claim)
    assert result.verdict == "refuted", result.reason
    assert "to Imangali Tasmagambetov, not Alexander Lukashenko" in result.reason
    # a name no source gives, doing what no record tells of, is still unknown
    assert checker.check("Alexander Lukashenko attended the CSTO summit.").verdict == "not-enough-info"


@pytest.mark.parametrize(
    ("claim", "reason"),
    [
        ("Tokayev's remarks were reported by BelTA.", "outlet: the source says TASS, not BelTA"),
        ("Tokayev's remarks were reported by RIA Novosti.", "outlet: the source says TASS, not RIA Novosti"),
        (
            "Tokayev's comments were reported by the RIA Novosti agency.",
            "outlet: the source says TASS, not RIA Novosti",
        ),
    ],
)
def test_a_report_placed_with_another_outlet_is_refuted(checker, claim, reason):
    result = checker.check(claim)
    assert (result.verdict, result.reason) == ("refuted", reason)
