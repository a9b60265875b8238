"""The one sentence splitter, tried on the five sources it serves and on a draft's lines."""

from __future__ import annotations

import itertools

import pytest

from cstofacts.sentences import (
    boundaries,
    is_whole_sentences,
    paragraph_sentences,
    sentence_spans,
)
from cstofacts.store import data_dir


def source(name: str) -> str:
    return (data_dir() / "sources" / f"{name}.txt").read_text("utf-8")


def sentences_of(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_a_dot_inside_a_quoted_name_does_not_end_the_sentence():
    found = sentences_of(source("allies-csto-2023-2025"))
    assert any(s.startswith('On the portal "Allies. CSTO," an article by Kirill Babaev') for s in found)
    assert not any(s == 'On the portal "Allies.' for s in found)


def test_initials_do_not_end_a_sentence():
    found = sentences_of(source("allies-csto-2023-2025"))
    assert any(s.startswith("Thus, the appointment of I.N. Tasmagambetov as the Secretary General") for s in found)


def test_a_sentence_keeps_its_closing_quote():
    found = sentences_of(source("allies-csto-2023-2025"))
    assert any(s.endswith('in the world as a whole."') for s in found)
    assert any(s.startswith("The intensification of confrontation") for s in found)


def test_an_interview_answer_starts_after_its_dash_and_may_include_it():
    text = source("izvestia-tasmagambetov-interview")
    found = sentences_of(text)
    assert (
        "Armenia has indeed limited its participation in the work of the CSTO, but the main mechanisms of "
        "interaction are functioning and work on the organization’s agenda continues." in found
    )
    starts, _ = boundaries(text)
    answer = text.index("\u2014\u00a0Armenia has indeed")  # the dash, then a no-break space
    assert answer in starts and answer + 2 in starts


def test_list_items_and_headings_are_sentences():
    found = sentences_of(source("allies-csto-2023-2025"))
    assert "preventing crises in member states based on the Kazakhstan scenario of January 2022;" in found
    headings = sentences_of(source("csto-influential-effective"))
    assert "Escalation of military and political tension" in headings
    assert "The first one." in headings


@pytest.mark.parametrize(
    "name",
    [
        "allies-csto-2023-2025",
        "belta-tasmagambetov-positions",
        "csto-influential-effective",
        "izvestia-tasmagambetov-interview",
        "tass-tokayev-calm",
    ],
)
def test_sentences_cover_every_word_of_a_source_once(name):
    text = source(name)
    spans = sentence_spans(text)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))
    inside = bytearray(len(text))
    for start, end in spans:
        inside[start:end] = b"\x01" * (end - start)
    outside = {c for c, flag in zip(text, inside) if not flag}
    assert outside <= set(" \n\u2014-\u00a0")  # only spacing and the answers' dashes


def test_whole_sentences_test():
    text = "First one here. Second one, with e.g. an abbreviation. Third!"
    spans = paragraph_sentences(text)
    assert [text[s:e] for s, e in spans] == ["First one here.", "Second one, with e.g. an abbreviation.", "Third!"]
    assert is_whole_sentences(text, 0, spans[1][1])
    assert not is_whole_sentences(text, 6, spans[0][1])
    assert not is_whole_sentences(text, 0, 10)
