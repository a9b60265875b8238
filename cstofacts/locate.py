"""Where a record's evidence stands in its source text, and whether a quote matches it."""

from __future__ import annotations

import re

from cstofacts.models import Locator

# Quotes may differ from the source only in whitespace and in the typographic
# form of quotation marks and dashes (see the contract).
_CHAR_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)
# A pattern string, not a compiled pattern: re compiles it on first use (and
# caches it), so a lookup that never meets a quote does not pay for it.
ELISION = r"\s*(?:\[\s*(?:(?:\.\s*){3}|\u2026)\s*\]|\.\.\.|\u2026)\s*"  # ..., …, [...], […]


class LocateError(ValueError):
    """The evidence is missing from the source, or stands in it more than once."""


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each paragraph: paragraph N is the N-th non-blank line."""
    spans = []
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            spans.append((offset, offset + len(body)))
        offset += len(line)
    return spans


def paragraph_at(text: str, offset: int) -> int:
    """The 1-based number of the paragraph that holds `offset`."""
    for number, (start, end) in enumerate(paragraph_spans(text), 1):
        if start <= offset < end or offset < start:
            return number
    raise LocateError(f"offset {offset} is past the last paragraph")


def locate(text: str, evidence: str) -> Locator:
    """Find `evidence` verbatim, exactly once, in `text`."""
    if not evidence.strip():
        raise LocateError("evidence is empty")
    start = text.find(evidence)
    if start < 0:
        raise LocateError(f"evidence not found in source: {evidence[:80]!r}")
    if text.find(evidence, start + 1) >= 0:
        raise LocateError(f"evidence stands more than once in source, make it longer: {evidence[:80]!r}")
    return Locator(paragraph_at(text, start), start, start + len(evidence))


def fold(text: str) -> str:
    """Text with quotation marks, dashes and whitespace in one plain form."""
    return " ".join(text.translate(_CHAR_FOLD).split())  # str.split: the whitespace \s matches


def fold_with_offsets(text: str, *, lower: bool = False) -> tuple[str, list[int]]:
    """`text` folded as `fold` folds it (lower-cased too when asked), with the offset in
    `text` of each folded character: a match found in the folded text maps back to the
    source's exact words."""
    chars: list[str] = []
    offsets: list[int] = []
    space = False
    for offset, char in enumerate(text):
        if char.isspace():
            space = bool(chars)
            continue
        if space:  # a run of whitespace is one space, at the run's last character
            chars.append(" ")
            offsets.append(offset - 1)
            space = False
        plain = fold(char) or char
        if lower and len(plain.lower()) == len(plain):  # "İ".lower() grows: keep it as it is
            plain = plain.lower()
        chars.extend(plain)
        offsets.extend([offset] * len(plain))
    return "".join(chars), offsets


def quote_fragments(quote: str) -> list[str]:
    """The verbatim pieces of a quote, split at its elisions (``...``, ``[...]``)."""
    return [fold(piece) for piece in re.split(ELISION, quote) if fold(piece)]


def quote_is_verbatim(quote: str, span: str) -> bool:
    """True when every piece of `quote` stands in `span`, in order."""
    haystack = fold(span)
    position = 0
    for piece in quote_fragments(quote):
        found = haystack.find(piece, position)
        if found < 0:
            return False
        position = found + len(piece)
    return bool(quote_fragments(quote))
