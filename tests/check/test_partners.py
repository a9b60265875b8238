"""Two records about one act, each giving part of what a claim joins (check/decide/partners.py)."""

from __future__ import annotations

import pytest


def test_a_count_from_the_record_of_the_same_act_refutes_a_joined_claim(checker):
    result = checker.check(
        "Twelve documents were signed at the CSTO summit, including a provision on the press centre."
    )
    assert result.verdict == "refuted", result.reason
    assert "15 documents" in result.reason
    assert {r.id for r in result.evidence} == {
        "csto-summit-15-documents-signed",
        "csto-joint-press-center-provision-signed",
    }
    assert (
        checker.check(
            "Fifteen documents were signed at the CSTO summit, including a provision on the press centre."
        ).verdict
        == "supported"
    )


@pytest.mark.parametrize(
    "claim",
    [
        "The CSTO has seven member states.",  # no record of one act counts them otherwise
        "About 4,000 troops took part in the Brothers-in-Arms – 2022 exercise in Kazakhstan.",  # a place, not a count
    ],
)
def test_a_count_of_another_act_or_another_slot_refutes_nothing(checker, claim):
    assert checker.check(claim).verdict != "refuted" or "of what" not in checker.check(claim).reason
