"""Quoted words in a paragraph, and which of them are someone's words rather than a
title, a name (of an exercise, a document, an order) or a scare quote."""

from __future__ import annotations

import re
from typing import NamedTuple

from cstofacts.ingest.cues import SCARE_BEFORE, TITLE_AFTER, TITLE_BEFORE

PAIRS = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201c"}
_WORD = re.compile(r"[\w'\u2019-]+")
# Short words a title leaves in lower case ("Plan for the Development of ...").
_SMALL = frozenset(
    "a an and as at but by for from in into of on or the to with vs via per until till up over within against "
    "under about after before between through during without amid among its their his her our".split()
)


class Span(NamedTuple):
    """Quoted words: the marks at `open` and `close` (close is the paragraph's end when the
    quotation runs on), and the words between them."""

    open: int
    close: int
    closed: bool

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close


def quoted_spans(text: str, start: int, end: int) -> list[Span]:
    """The outermost quotations of the paragraph text[start:end], in order."""
    spans = _paired(text, start, end) + _straight(text, start, end)
    spans.sort()
    outer: list[Span] = []
    for span in spans:
        if outer and span.open < outer[-1].close:
            continue  # inside another: part of those words
        outer.append(span)
    return outer


def _paired(text: str, start: int, end: int) -> list[Span]:
    found = []
    index = start
    while index < end:
        char = text[index]
        closing = PAIRS.get(char)
        if closing is None or (char == "\u201c" and _opens_low_quote(text, start, index)):
            index += 1
            continue
        depth, probe = 1, index + 1
        while probe < end:
            if text[probe] == closing:
                depth -= 1
                if depth == 0:
                    break
            elif text[probe] == char and closing != char:
                depth += 1
            probe += 1
        found.append(Span(index, probe, probe < end))
        index = probe + 1
    return found


def _opens_low_quote(text: str, start: int, index: int) -> bool:
    """True when this “ closes a German-style „ opened before it in the paragraph."""
    return text.rfind("\u201e", start, index) > text.rfind("\u201c", start, index)


def _straight(text: str, start: int, end: int) -> list[Span]:
    """Straight quotation marks, paired in order: one opens where a word is to begin."""
    found = []
    opened: int | None = None
    for match in re.finditer('"', text[start:end]):
        at = start + match.start()
        before = text[at - 1] if at > start else " "
        after = text[at + 1] if at + 1 < end else " "
        if opened is None:
            if (before.isspace() or before in "([{\u2014\u2013-/") and not after.isspace():
                opened = at
        elif not before.isspace():
            found.append(Span(opened, at, True))
            opened = None
    if opened is not None:
        found.append(Span(opened, end, False))
    return found


def words_of(span_text: str) -> list[str]:
    return _WORD.findall(span_text)


def is_title_case(words: list[str]) -> bool:
    """Every word that a title capitalises is capitalised (and there are a few)."""
    significant = [w for w in words if w.lower() not in _SMALL and not w[0].isdigit()]
    return bool(significant) and all(w[0].isupper() for w in significant)


class Judgement(NamedTuple):
    is_quote: bool
    reason: str  # "quote", or what the words are instead: "title", "name", "scare quote"


def judge(text: str, span: Span, sentence_start: int, attributed: bool, by_someone: bool = False) -> Judgement:
    """Whether the quoted words of `span` are someone's words (`attributed`: a verb of
    saying stands right beside them; `by_someone`: and names who says them) or a title,
    a name or a scare quote."""
    inner = text[span.inner[0] : span.inner[1]].strip()
    words = words_of(inner)
    before = text[sentence_start : span.open]
    after = text[span.close + 1 : span.close + 60] if span.closed else ""
    before_words = [w.lower() for w in _WORD.findall(before)[-3:]]
    after_words = [w.lower() for w in _WORD.findall(after)[:2]]
    lowered = before.lower().rstrip()
    ends_sentence = bool(re.search(r"[.!?\u2026][\"'\u2019)]*$", inner))
    if any(lowered.endswith(cue) for cue in SCARE_BEFORE):
        return Judgement(False, "scare quote")
    named = (before_words and before_words[-1] in TITLE_BEFORE) or (
        len(before_words) >= 2 and before_words[-2] in TITLE_BEFORE and before_words[-1] in ("the", "a", "its")
    )
    if (named or (after_words and after_words[0] in TITLE_AFTER)) and not (by_someone and len(words) >= 5):
        return Judgement(False, "name")
    if re.search(r"[\u2013\u2014-]\s?(?:19|20)\d\d\b", inner) and len(words) <= 6:
        return Judgement(False, "name")  # an exercise's edition: "Rock-2023", "Combat Brotherhood – 2023"
    # Short words are a quote only when said: ended as speech ("No," / "Never.") beside a verb
    # of saying, or a phrase of someone's named (she called it "purely technical"); a single
    # word in a sentence is kept at a distance ("the alliance's "funeral"").
    said = attributed and (ends_sentence or inner.endswith(","))
    phrase = by_someone and len(words) >= 2 and not is_title_case(words)
    if len(words) <= 3 and not (said or phrase):
        return Judgement(False, "scare quote")
    if len(words) <= 10 and is_title_case(words) and not ends_sentence and not by_someone:
        return Judgement(False, "title")
    if attributed or len(words) >= 4:
        return Judgement(True, "quote")
    return Judgement(False, "scare quote")


def quote_words(text: str, span: Span) -> tuple[int, int]:
    """The offsets of the quoted words themselves: blanks and a comma that only joins
    them to "he said" left out, the closing stop kept."""
    start, end = span.inner
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:\u2014\u2013"):
        end -= 1
    return start, end
