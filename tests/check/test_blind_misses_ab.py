"""Mechanisms that the misses of blind set AB and the sets before it showed, each
asserted on claims of our own written like the ones that showed them. The sets
themselves are reported in tests/blind/, never asserted."""

from __future__ import annotations


def test_two_records_of_one_sentence_state_a_claim_together(checker):
    # The TASS sentence "... has demonstrated effectiveness as a capable military-political
    # alliance, yet new tasks await the organization" is two records; a draft joins them.
    text = "It was Tokayev who said that new tasks await the CSTO even though it has proved effective as a {} alliance."
    result = checker.check(text.format("military-political"))
    assert result.verdict == "supported", result.reason
    assert {r.id for r in result.evidence} == {
        "tokayev-csto-demonstrated-effectiveness",
        "tokayev-new-tasks-await-csto",
    }
    assert result.explain["rule"] == "joined-records"
    # a word neither record has is no part of what they state: not supported
    result = checker.check(text.format("nuclear"))
    assert result.verdict != "supported", result.reason
