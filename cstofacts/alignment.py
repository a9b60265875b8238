"""Words someone typed aligned with a source's words: the window of the source
that best holds them in order, word by word what differs, and the source's
words with [...] where only words were left out."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cstofacts.locate import fold as fold_typography
from cstofacts.text import STOP_WORDS
from cstofacts.text import fold as fold_word

if TYPE_CHECKING:
    from difflib import Match

GAP_COST = 0.1  # what a word of the source between matched words takes off a window's worth
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@dataclass(frozen=True)
class Token:
    word: str  # as printed
    key: str  # folded for matching: case, accents, typography
    start: int
    end: int


def tokens(text: str) -> list[Token]:
    return [Token(m.group(), fold_word(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def align(mine: Sequence[Token], theirs: Sequence[Token]) -> tuple[int, int, int, int, int] | None:
    """(first, last, matched, mine_first, mine_last) of the window of `theirs` that best
    holds `mine`, with the span of `mine` that its matched words cover.

    A window is worth its matched words less GAP_COST for each word between
    them, so a dropped clause is spanned but a stray match far off is not;
    a lone stop word cut off from the rest at either end is let go.
    """
    from difflib import SequenceMatcher

    blocks = [
        b
        for b in SequenceMatcher(
            None, [t.key for t in mine], [t.key for t in theirs], autojunk=False
        ).get_matching_blocks()
        if b.size
    ]
    best: tuple[float, int, int] | None = None
    for i, first in enumerate(blocks):
        matched = 0
        for j in range(i, len(blocks)):
            last = blocks[j]
            matched += last.size
            width = last.b + last.size - first.b
            worth = matched - GAP_COST * (width - matched)
            if best is None or worth > best[0]:
                best = (worth, i, j)
    if best is None:
        return None
    chosen = blocks[best[1] : best[2] + 1]

    def stray(block: Match, neighbour: Match) -> bool:
        gap = abs(neighbour.b - block.b) - (block.size if neighbour.b > block.b else neighbour.size)
        return block.size == 1 and theirs[block.b].key in STOP_WORDS and gap > 0

    while len(chosen) > 1 and stray(chosen[0], chosen[1]):
        chosen.pop(0)
    while len(chosen) > 1 and stray(chosen[-1], chosen[-2]):
        chosen.pop()
    return (
        chosen[0].b,
        chosen[-1].b + chosen[-1].size,
        sum(b.size for b in chosen),
        chosen[0].a,
        chosen[-1].a + chosen[-1].size,
    )


def diff(mine: Sequence[Token], window: Sequence[Token]) -> tuple[tuple[str, str, str], ...]:
    """Word by word: ('equal' | 'replace' | 'delete' | 'insert', your words, the source's)."""
    from difflib import SequenceMatcher

    ops = []
    matcher = SequenceMatcher(None, [t.key for t in mine], [t.key for t in window], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        for k in range(i2 - i1) if op == "equal" else [None]:
            if k is None:
                ops.append((op, " ".join(t.word for t in mine[i1:i2]), " ".join(t.word for t in window[j1:j2])))
                continue
            yours, source = mine[i1 + k].word, window[j1 + k].word
            # Same word in another case ("armenia" for "Armenia") is still a difference.
            same = fold_typography(yours) == fold_typography(source)
            ops.append(("equal" if same else "replace", yours, source))
    merged: list[tuple[str, str, str]] = []
    for op, yours, source in ops:
        if merged and merged[-1][0] == op == "equal":
            merged[-1] = (op, f"{merged[-1][1]} {yours}", f"{merged[-1][2]} {source}")
        else:
            merged.append((op, yours, source))
    return tuple(merged)


def elided(mine: Sequence[Token], window: Sequence[Token], text: str) -> str | None:
    """When the only difference is words left out: the source's words with [...] for each cut."""
    from difflib import SequenceMatcher

    matcher = SequenceMatcher(None, [t.key for t in mine], [t.key for t in window], autojunk=False)
    opcodes = matcher.get_opcodes()
    if any(op in ("replace", "delete") for op, *_ in opcodes):
        return None
    pieces = [text[window[j1].start : window[j2 - 1].end] for op, _i1, _i2, j1, j2 in opcodes if op == "equal"]
    return " [...] ".join(pieces) if len(pieces) > 1 else None
