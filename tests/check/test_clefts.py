"""Stage 1, clefts: a sentence that puts who said or did a thing last is checked as
the plain sentence it stands for (cstofacts/check/read/clefts.py)."""

from __future__ import annotations

import pytest

from cstofacts.check import REFUTED, SUPPORTED
from cstofacts.check.read.clefts import plain
from tests.check.verdicts import assert_verdict


@pytest.mark.parametrize(
    ("cleft", "plain_sentence"),
    [
        ("It was Tokayev who warned members.", "Tokayev warned members."),
        ("It was in Minsk that the meeting was held.", "The meeting was held in Minsk."),
        ("It was Tokayev, not Aleynik, who spoke.", "Tokayev, not Aleynik, spoke."),
        # a noun of saying, said again as its verb, the lexicon's ("warning": "warn")
        ("The warning that rhetoric harms came from Tokayev.", "Tokayev warned that rhetoric harms."),
        ("The call for calm came from Tokayev.", "Tokayev called for calm."),
        # a verb that takes no clause ("view") says its clause as "said"
        ("The view that X holds was put forward by Babaev.", "Babaev said that X holds."),
        ("The conclusion that X holds is Babaev's.", "Babaev said that X holds."),
        # when and where it was said, before the sentence; who did not say it, left out
        (
            "The remark that X holds came from Tasmagambetov in his Izvestia interview.",
            "In his Izvestia interview, Tasmagambetov remarked that X holds.",
        ),
        ("The statement that X holds was made by Aleynik rather than by Babaev.", "Aleynik stated that X holds."),
        ("The call for calm came from the president, Tokayev.", "The president, Tokayev, called for calm."),
        # one who did a thing, named last
        (
            "The Armenian official who spoke of relations was Ararat Mirzoyan.",
            "Ararat Mirzoyan, the Armenian official, spoke of relations.",
        ),
        ("The agency that reported it was TASS.", "TASS reported it."),
    ],
)
def test_a_cleft_is_read_as_its_plain_sentence(cleft, plain_sentence):
    assert plain(cleft) == plain_sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "It is clear that the CSTO is effective.",  # no focus: an adjective
        "It was reported that the meeting took place.",  # no focus: a participle
        "The meeting that took place in Minsk was short.",  # no name last
        "The conclusion that the CSTO is key was reached early.",  # no sayer
        "The description of 2022 as a turning point came from Babaev.",  # no verb the lexicon gives
        "The exercise that followed was Rubezh-2023.",  # "that" after a thing, which does nothing
        "Tokayev warned members.",
    ],
)
def test_a_sentence_that_is_no_cleft_is_left_as_it_is(sentence):
    assert plain(sentence) is None


def test_who_said_it_put_last_is_compared_as_the_speaker(checker):
    # "was voiced by", "came from", "is X's": who said it, as in "X said"
    said = "that the CSTO does not seek to act as a counterweight to NATO"
    assert_verdict(checker, f"The view {said} was voiced by the organization's secretary general.", SUPPORTED)
    assert_verdict(checker, f"The view {said} was voiced by Kazakhstan's president.", REFUTED, "speaker")


def test_one_named_last_is_compared_with_the_one_the_source_names(checker):
    did = "said he had excellent relations with the CSTO's secretary general"
    assert_verdict(checker, f"The Armenian official who {did} was Ararat Mirzoyan.", SUPPORTED)
    assert_verdict(checker, f"The Armenian official who {did} was Nikol Pashinyan.", REFUTED)


def test_a_cleft_keeps_its_own_words_in_the_verdict(checker):
    cleft = "The view that the CSTO does not seek to act as a counterweight to NATO was voiced by the organization's secretary general."
    result = checker.check(cleft)
    assert result.claim == cleft
    assert result.explain is not None and result.explain["read_as"].startswith(
        "The organization's secretary general said that"
    )


def test_explain_shows_the_plain_sentence_a_cleft_was_checked_as(invoke):
    cleft = (
        "The view that the CSTO does not seek to act as a counterweight to NATO was voiced by its secretary general."
    )
    shown = invoke("check", cleft.replace("its", "the organization's"), "--explain").stdout
    assert "checked as" in shown and "said that the CSTO does not" in " ".join(shown.split())
    plain = invoke("check", "Tasmagambetov said the CSTO does not seek to be a counterweight to NATO.", "--explain")
    assert "checked as" not in plain.stdout
