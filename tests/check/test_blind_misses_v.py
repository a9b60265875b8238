"""Mechanisms that the misses of blind set V showed, each asserted on claims of our
own written like the ones that showed them. The sets themselves are reported in
tests/blind/, never asserted."""

from __future__ import annotations


def test_that_year_points_back_to_a_date_and_is_no_word_of_content(checker):
    # a draft's "that year" is the year the sentence before gave
    for text in (
        "Belarus hosted the Brothers-in-Arms exercise in September of that year.",
        "Four special exercises were held the same year.",
    ):
        reading = checker.read(text)
        assert "year" not in {reading.tokens[i].word for i in reading.content}, text
    result = checker.check("Belarus hosted Brothers-in-Arms – 2023 in September of that year.")
    assert result.verdict == "supported", result.reason


def test_an_adjective_between_a_number_and_its_noun_qualifies_what_is_counted(checker):
    reading = checker.read("The approach names three stated aims.")
    assert [(c.value, c.noun) for c in reading.counts] == [(3, "aim")]
    result = checker.check(
        "The CSTO summit produced fifteen signed documents, including a provision on a joint press center."
    )
    assert result.verdict == "supported", result.reason


def test_a_text_and_a_title_alone_are_not_enough_to_support(checker):
    # the attribution frame is all the claim shares with the record: no statement of authorship
    result = checker.check("The article was written by CSTO Secretary General Imangali Tasmagambetov.")
    assert result.verdict != "supported", result.reason
