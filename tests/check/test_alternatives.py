"""Stage 5, the said-instead rule: a claim that sets aside the very thing the source
says, for a thing of its own ("X rather than Y", "X, not Y"), is refuted."""

from __future__ import annotations

import pytest

from cstofacts.check.decide.alternatives import alternatives


@pytest.mark.parametrize(
    ("text", "chosen", "set_aside"),
    [
        ("The remarks were reported by Sputnik rather than by TASS.", ["sputnik"], ["tass"]),
        ("It was Aleynik, not Tokayev, who warned the allies.", ["aleynik"], ["tokayev"]),
        (
            "The CSTO concentrates on Central Asia instead of Eastern Europe.",
            ["central", "asia"],
            ["eastern", "europe"],
        ),
    ],
)
def test_the_two_things_are_the_phrases_either_side_of_the_cue(checker, text, chosen, set_aside):
    claim = checker.read(text)
    found = alternatives(claim)
    assert found is not None
    assert [claim.tokens[i].word for i in found.chosen] == chosen
    assert [claim.tokens[i].word for i in found.set_aside] == set_aside


def test_a_claim_that_sets_nothing_aside_has_no_alternatives(checker):
    assert alternatives(checker.read("The remarks were not reported by TASS.")) is None


@pytest.mark.parametrize(
    "claim",
    [
        "It was Aleynik, not Tokayev, who warned that such rhetoric makes the CSTO look as if it trembles.",
        "The CSTO concentrates on security dynamics in the Asia-Pacific rather than in Eastern Europe.",
        # a thing no source names, in the place of the one the source names
        "The CSTO concentrates on security dynamics in the Arctic rather than in Eastern Europe.",
        "The fifteen documents were signed at a meeting of defence ministers rather than at a CSTO summit.",
    ],
)
def test_setting_aside_what_the_source_says_is_refuted(checker, claim):
    result = checker.check(claim)
    assert result.verdict == "refuted", result.reason
    assert result.explain["rule"] == "said-instead"


def test_the_source_own_choice_is_no_thing_set_aside(checker):
    # the claim says what the source says, in the same order: supported, not refuted
    result = checker.check(
        "Tokayev called for disciplined, precise language that respects the sovereignty of member states "
        "instead of inflaming tensions."
    )
    assert result.verdict != "refuted", result.reason
