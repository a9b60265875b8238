"""What a sentence prefers to what: "X rather than Y", "X instead of Y", "prioritize X
over Y". Part of stage 1 (reading); stage 4 (polarity) compares the two sides."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cstofacts.check.lexical import reaches
from cstofacts.check.termsets import PREFERENCE_PHRASES, PREFERRING_VERBS
from cstofacts.check.words import positions

if TYPE_CHECKING:
    from cstofacts.check.read.reading import Reading


def preference(reading: Reading) -> tuple[set[str], set[str]] | None:
    """ "X rather than Y", "X instead of Y", "prioritize X over Y": (X's lemmas, Y's lemmas)."""
    tokens = reading.tokens
    words = [t.word for t in tokens]
    for phrase in PREFERENCE_PHRASES:
        for i in positions(words, phrase):
            return _sides(reading, i, i + len(phrase))
    for i, token in enumerate(tokens):
        # "prioritizes X over Y", "puts X above Y", "puts X ahead of Y"
        cue = 2 if token.word == "ahead" and words[i + 1 : i + 2] == ["of"] else int(token.word in ("over", "above"))
        # (or a kind of one: "ranks X above Y", "rates X over Y")
        if cue and any(reaches(t.lemma, PREFERRING_VERBS) for t in tokens[max(0, i - 8) : i]):
            return _sides(reading, i, i + cue)
    return None


def _sides(reading: Reading, start: int, end: int) -> tuple[set[str], set[str]]:
    """The words before a preference cue, back to the clause's start, and after it,
    to the clause's end."""
    tokens, text = reading.tokens, reading.text

    def breaks(a: int, b: int) -> bool:
        return any(mark in text[tokens[a].end : tokens[b].start] for mark in ";:.\u2014") or tokens[b].word in (
            "instead",
        )

    first = start
    while first > 0 and not breaks(first - 1, first) and start - first < 14:
        first -= 1
    if tokens[first].word == "one" and first > 0 and breaks(first - 1, first):
        # "a disciplined discourse is required - one that respects ... rather than": "one" is
        # the discourse, which the clause before names
        first -= 1
        while first > 0 and not breaks(first - 1, first):
            first -= 1
    last = end
    while last < len(tokens) and (last == end or not breaks(last - 1, last)) and last - end < 10:
        last += 1
    before = {t.lemma for t in tokens[first:start] if not t.function}
    after = {t.lemma for t in tokens[end:last] if not t.function}
    return before, after
