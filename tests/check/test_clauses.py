"""Stage 1: a claim of several clauses, cut into claims of one each."""

from __future__ import annotations

from cstofacts.check.read import clauses


def test_a_contrast_is_two_claims():
    assert clauses.contrasted("The CSTO has proved effective, though new tasks await it.") == [
        "The CSTO has proved effective",
        "new tasks await it.",
    ]
    assert clauses.contrasted('He said "calm, but firm" words.') == ['He said "calm, but firm" words.']


def test_a_relative_clause_is_said_of_the_name_it_follows(checker):
    claim = checker.read(
        "Kirill Babaev, who heads the Institute of China and Modern Asia, analysed the CSTO's work for 2023-2025."
    )
    assert clauses.relative(claim) == [
        "Kirill Babaev analysed the CSTO's work for 2023-2025.",
        "Kirill Babaev heads the Institute of China and Modern Asia.",
    ]


def test_a_clause_without_a_name_is_about_the_names_before_it(checker):
    parts = clauses.about_the_names_before(
        [checker.read("Tokayev said the CSTO has proved effective"), checker.read("new tasks await it.")]
    )
    assert "Kassym-Jomart Tokayev" in {e.name for e in parts[1].entities}
    assert not checker.read("new tasks await it.").entities  # the clause as read stays as it was


def test_a_false_contrast_clause_is_refuted(checker):
    result = checker.check(
        "The CSTO summit signed 15 documents addressing current issues of international security, "
        "but rejected a provision on the joint press center."
    )
    assert result.verdict == "refuted", result.reason
    assert '"sign", the opposite of "reject"' in result.reason
