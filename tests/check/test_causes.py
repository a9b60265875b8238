"""Causes: what a sentence says caused what (read/causes), and the rule that
refutes a claim giving another cause than the sources, or turning theirs about."""

from __future__ import annotations

import pytest

from cstofacts.check.read.causes import find_causes


@pytest.mark.parametrize(
    ("text", "effect", "cause"),
    [
        ("The article blames the escalation of tension on the pandemic.", {"escalation", "tension"}, {"pandemic"}),
        ("Tension in Eurasia is attributed to shifts in the balance of forces.", {"tension", "eurasia"}, {"shift"}),
        ("The pressure was caused by the border conflict.", {"pressure"}, {"border", "conflict"}),
        ("Because the danger persists, the programme has become more pressing.", {"program"}, {"danger"}),
        ("The drivers of the tension were changes in the balance of forces.", {"tension"}, {"change", "balance"}),
        ("Bilateral consultations led to the signing of the border agreement.", {"agreement"}, {"consultation"}),
        # "to" where there is one: "on Moscow" is the effect's
        ("Babaev links the pressure on Moscow to the confrontation.", {"pressure", "moscow"}, {"confrontation"}),
    ],
)
def test_a_cause_is_read_with_its_effect(checker, text, effect, cause):
    causes = find_causes(checker.read(text))
    assert causes, text
    assert effect <= causes[0].effect and cause <= causes[0].cause, causes


def test_a_noun_is_no_verb_of_causing(checker):
    assert find_causes(checker.read("The Russia-Belarus coordination drive continues.")) == []


@pytest.mark.parametrize(
    "claim",
    [
        # another cause than the sources give for the same effect
        "The article blames the escalation of tension in Eurasia chiefly on the pandemic.",
        "According to Babaev, the pressure on Moscow and its closest allies was caused by the Kyrgyz-Tajik border conflict.",
        # cause and effect turned about: the pressure brought the change of position
        "Babaev argues that the growing pressure on Moscow and its allies was caused by Armenia's change of position.",
    ],
)
def test_another_cause_or_one_turned_about_is_refuted(checker, claim):
    result = checker.check(claim)
    assert result.verdict == "refuted", result.reason
    assert result.explain["rule"] == "cause-conflict"


def test_one_of_the_causes_a_source_gives_is_no_conflict(checker):
    # the sources give the consultations as leading to the agreement
    result = checker.check("Bilateral consultations in 2024-2025 led to the signing of the Khujand border agreement.")
    assert result.verdict == "supported", result.reason


def test_a_verb_of_causing_is_no_content(checker):
    reading = checker.read("The tension is put down to shifts in the balance of forces.")
    assert {"put", "down"}.isdisjoint(reading.tokens[i].word for i in reading.content)
