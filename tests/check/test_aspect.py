"""Done against still to do, and doubt denied."""

from __future__ import annotations


def test_a_draft_said_to_be_done_is_refuted(checker):
    result = checker.check(
        "The inter-governmental programme for the Tajik-Afghan border has already been finalised and adopted."
    )
    assert result.verdict == "refuted"
    assert result.explain["rule"] == "done-of-undone"


def test_without_doubt_is_certain_not_a_denial(checker):
    reading = checker.read(
        "Introducing the coordinating state has without doubt become an important component of the work."
    )
    assert reading.negations == [] and reading.certain == ["without doubt"]


def test_the_records_frame_is_no_act_the_claim_denies(checker):
    result = checker.check(
        "Tokayev argued that even if the danger to member states persists, there is no reason to portray "
        "the threat as constantly escalating."
    )
    assert result.verdict != "refuted", result.reason


def test_a_synonym_said_beside_an_opposite_leaves_the_opposite_to_something_else(checker):
    result = checker.check(
        "According to the Kazakh president, history's many examples of persistent risk do not justify an atmosphere of panic."
    )
    assert result.verdict != "refuted", result.reason
