"""Cases a code review found the checker getting wrong, each a behaviour a user would meet."""

from __future__ import annotations

import pytest

from cstofacts.check.read.claims import sentences
from cstofacts.check.read.coreference import resolve


@pytest.mark.parametrize(
    ("claim", "not_verdict"),
    [
        ("The CSTO statement was published in Minsk in 2024.", "refuted"),  # a place, not an outlet
        ("The CSTO is fully open to cooperation with those countries that share its principles and goals.", "refuted"),
        ("Bilateral consultations on the border were held on 5 May 2019, in 2024 and 2025.", "supported"),
        ("The CSTO's only primary objective is maintaining solidarity.", "refuted"),
    ],
)
def test_no_verdict_the_sources_do_not_give(checker, claim, not_verdict):
    result = checker.check(claim)
    assert result.verdict != not_verdict, result.reason


def test_not_questioning_is_a_denial(checker):
    assert checker.read("Armenia did not question the CSTO commitments.").negations


def test_a_sentence_opening_word_is_no_exercise(checker):
    assert "Interaction-2023" not in {
        e.name for e in checker.read("Interaction between the CSTO and NATO remains limited.").entities
    }


def test_he_is_read_outside_quotes_only_and_she_is_no_he(checker):
    text = 'Tokayev spoke in 2025. He said "he who waits" must act. She agreed.'
    found = resolve(sentences(text), checker.people)
    assert found[1].checked == 'Kassym-Jomart Tokayev said "he who waits" must act.'
    assert found[2].checked == ""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Armenia's defence minister, Ararat Mirzoyan, said he had excellent relations with Tasmagambetov.", "refuted"),
        (
            "Armenia's foreign minister, Ararat Mirzoyan, said he had excellent relations with Tasmagambetov.",
            "supported",
        ),
    ],
)
def test_a_title_set_off_by_commas_before_a_name_is_the_persons_office(checker, claim, verdict):
    assert checker.check(claim).verdict == verdict


def test_another_kind_of_title_set_off_before_a_name_is_no_other_office(checker):
    claim = "The author of the review, Kirill Babaev, runs the Russian Academy of Sciences' Institute of China and Modern Asia."
    assert checker.check(claim).verdict != "refuted"


def test_a_word_before_a_comma_is_no_part_of_the_title_after_it(checker):
    claim = (
        "Earlier, Belarusian Defence Minister Sergei Aleynik said that maintaining solidarity and unity "
        "among members is the organisation's main objective today."
    )
    result = checker.check(claim)
    assert result.verdict == "refuted" and result.reason.startswith("role:"), result.reason


def test_a_phrase_set_off_before_a_name_is_no_title_and_the_swapped_holder_is_named(checker):
    claim = (
        "At a recent meeting with NATO Secretary General Mark Rutte, Pashinyan openly declared "
        "Yerevan's desire for close cooperation with NATO."
    )
    assert checker.read(claim).titles == set()
    result = checker.check(claim)
    assert (result.verdict, result.reason) == ("refuted", "the source names Jens Stoltenberg, not Mark Rutte")


def test_a_date_after_a_title_is_no_other_office(checker):
    result = checker.check("Tasmagambetov was appointed CSTO Secretary General in January 2023.")
    assert result.verdict == "not-enough-info", result.reason  # the sources give no month


def test_a_modal_opening_a_sentence_is_no_name(checker):
    claim = "Should the Armenian leadership choose to walk away, Tasmagambetov said, that would be the country's sovereign right."
    assert "Should" not in checker.check(claim).reason


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # an act with "as" is no one's view: "reject" still opposes "accept"
        (
            "Tasmagambetov rejected pooling resources as the first of three means by which the CSTO is to ensure collective security.",
            "refuted",
        ),
        ("As NATO Secretary General, Imangali Tasmagambetov gave an interview to the newspaper Izvestia.", "refuted"),
        ("What Tasmagambetov emphasized was that new tasks await the CSTO.", "refuted"),  # Tokayev's words
        ("Tokayev's remarks were reported by RIA Novosti.", "refuted"),
    ],
)
def test_review_two_cases_that_refute(checker, claim, verdict):
    assert checker.check(claim).verdict == verdict


@pytest.mark.parametrize(
    "claim",
    [
        "At the CSTO summit the leaders signed over 12 documents.",  # over twelve: 15 were
        "Tokayev worked hard to urge CSTO members to avoid framing their safety in terms of mounting threats.",
        "Tokayev's remarks were also reported by RIA Novosti.",
        "Tokayev's remarks were reported by RIA Novosti and TASS.",
        "Tokayev's remarks were also reported by BelTA.",
        "Tokayev told Putin that CSTO members should avoid framing their safety in terms of mounting threats.",
        "Tokayev and Lukashenko noted that conversations about danger have always existed in international life.",
        "Tokayev noted, as Lukashenko said earlier, that conversations about danger have always existed in international life.",
        "According to Sputnik Armenia, Nikol Pashinyan, Armenia's prime minister, Ararat Mirzoyan and Imangali Tasmagambetov have excellent relations.",
    ],
)
def test_review_two_cases_that_refute_nothing(checker, claim):
    result = checker.check(claim)
    assert result.verdict != "refuted", result.reason
