"""Mechanisms that the misses of blind set Z showed, each asserted on claims of our
own written like the ones that showed them. The sets themselves are reported in
tests/blind/, never asserted."""

from __future__ import annotations


def test_another_office_of_the_same_state_set_off_before_a_name_conflicts(checker):
    text = "Kazakhstan's prime minister, Kassym-Jomart Tokayev, called on the CSTO to avoid alarmist rhetoric."
    reading = checker.read(text)
    # "called on the CSTO ..." after the name's comma is the clause, not a title
    assert "rhetoric" in {reading.tokens[i].word for i in reading.content}
    result = checker.check(text)
    assert result.verdict == "refuted", result.reason
    assert "Kazakh President" in result.reason
    # a title no one in the sources holds is no other office: "Belarus's top diplomat, Sergei Aleynik,"
    result = checker.check(
        "Belarus's top diplomat, Sergei Aleynik, said unity among members is the CSTO's main goal today."
    )
    assert result.verdict != "refuted", result.reason
