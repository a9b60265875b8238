"""Where the sentences of a text begin and end: one splitter for the sources'
evidence and for the drafts that `check --file` reads.

A paragraph is a line. Within it, a sentence ends at ".", "!", "?" or "…"
(with any closing quotes or brackets) before a space and a capital, a digit or
an opening quote, unless the dot closes an initial ("I.N.") or an abbreviation
("e.g.", "Dr.", "No."). A paragraph that opens with a dialogue dash or a list
marker ("— ", "- ") starts its first sentence after the marker; the marker's
own position counts as a start too, so a span may include it.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

# What closes a sentence: the stop, then closing quotes or brackets. Only from
# the first stop of a run: a match starting inside it is never one that the run's
# first stop fails, and trying each would take quadratic time ("....", 20,000 long: 5 s).
_END = re.compile(
    r"(?<![.!?\u2026])[.!?\u2026]+[\"'\u201d\u2019\u00bb)\]]*(?=\s+[\"'\u201c\u2018\u00ab(\[]?[A-Z0-9\u0400-\u042f])"
)
# A dot that does not end a sentence: an initial ("I.", "N.") or a short
# abbreviation that is always followed by more of the same sentence.
_NOT_AN_END = re.compile(
    r"(?:\b[A-Z\u0400-\u042f]|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|No|vs|etc|e\.g|i\.e|approx"
    r"|para|paras|p|pp|ch|fig|vol|ed|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\.$"
)
# A dialogue dash or a list marker at the start of a paragraph.
_MARKER = re.compile(r"[\u2014\u2013\-*\u2022]\s+|\d+[.)]\s+")


def _quote_open(piece: str) -> bool:
    """True when a quotation opened in `piece` has not closed by its end."""
    straight = piece.count('"') % 2 == 1
    curly = piece.count("\u201c") > piece.count("\u201d")
    angled = piece.count("\u00ab") > piece.count("\u00bb")
    return straight or curly or angled


def _inside_names(line: str, names: Collection[str]) -> list[tuple[int, int]]:
    """(start, end) of each place in `line` where one of `names` stands."""
    return [(m.start(), m.end()) for name in names for m in re.finditer(re.escape(name), line)]


def paragraph_sentences(line: str, unbroken: Collection[str] = ()) -> list[tuple[int, int]]:
    """(start, end) of each sentence of one paragraph, relative to the line. A name
    in `unbroken` (one with a stop inside: "Allies. CSTO") is never cut, quoted or not."""
    body_end = len(line.rstrip())
    names = _inside_names(line, [n for n in unbroken if n in line])
    start = len(line) - len(line.lstrip())
    marker = _MARKER.match(line, start)
    if marker:
        start = marker.end()
    spans: list[tuple[int, int]] = []
    for match in _END.finditer(line, start, body_end):
        if match.end() <= start:
            continue
        if _NOT_AN_END.search(line, start, match.start() + 1):
            continue
        if _quote_open(line[start : match.end()]):  # "Allies. CSTO," is one name
            continue
        if any(first <= match.start() < last - 1 for first, last in names):  # the Allies. CSTO portal
            continue
        spans.append((start, match.end()))
        start = match.end() + len(line[match.end() :]) - len(line[match.end() :].lstrip())
    if start < body_end:
        spans.append((start, body_end))
    return spans


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets into `text` of every sentence, paragraph by paragraph."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        spans.extend((offset + s, offset + e) for s, e in paragraph_sentences(body))
        offset += len(line)
    return spans


@lru_cache(maxsize=32)  # validate asks once per record, of the same few texts
def boundaries(text: str) -> tuple[set[int], set[int]]:
    """The offsets where a sentence may start and where one may end. A paragraph's
    dialogue dash or list marker counts as a start as well as the word after it."""
    starts: set[int] = set()
    ends: set[int] = set()
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            starts.add(offset + len(body) - len(body.lstrip()))
        for s, e in paragraph_sentences(body):
            starts.add(offset + s)
            ends.add(offset + e)
        offset += len(line)
    return starts, ends


def is_whole_sentences(text: str, start: int, end: int) -> bool:
    """True when text[start:end] begins where a sentence begins and ends where one ends."""
    starts, ends = boundaries(text)
    return start in starts and end in ends


def sentences_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The smallest run of whole sentences that holds text[start:end]."""
    spans = sentence_spans(text)
    first = max((s for s, e in spans if s <= start), default=start)
    last = min((e for s, e in spans if e >= end), default=end)
    return first, last
