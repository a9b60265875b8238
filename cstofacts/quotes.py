"""Pick quotes (by query, speaker or at random) and verify words someone wants to quote."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from cstofacts.alignment import Token, align, diff, elided, tokens
from cstofacts.errors import InvalidInput
from cstofacts.locate import ELISION, fold_with_offsets, paragraph_spans
from cstofacts.locate import fold as fold_typography
from cstofacts.models import Record, Source
from cstofacts.quote_wording import describe, not_theirs
from cstofacts.schema import EXACT as EXACT  # the verdicts, kept with the schema's labels
from cstofacts.schema import NEAR as NEAR
from cstofacts.schema import NOT_A_QUOTE as NOT_A_QUOTE
from cstofacts.schema import NOT_FOUND as NOT_FOUND
from cstofacts.schema import QUOTE_EXIT_CODES as EXIT_CODES
from cstofacts.text import STOP_WORDS

# --- picking quotes -------------------------------------------------------------


def pick_random(pool: Sequence[Record], count: int, seed: int | None = None) -> list[Record]:
    """`count` quotes drawn from `pool`; the same seed draws the same quotes (like fortune).

    The pool is ordered by id first, so the draw does not depend on store order.
    """
    ordered = sorted(pool, key=lambda r: r.id)
    return random.Random(seed).sample(ordered, min(count, len(ordered)))


# --- verifying ------------------------------------------------------------------

# A NEAR passage holds most of the words given, in order (a changed word or
# two, a clause dropped or added), without being spread thin over a long
# paragraph. Below these, the words are a paraphrase or not from the sources.
NEAR_YOUR_WORDS = 0.75  # share of the words given that the passage holds, in order
NEAR_CONTENT_WORDS = 0.7  # the same, counting only words that are not stop words
NEAR_DENSITY = 0.5  # share of the passage's words (first to last matched) that match
MIN_NEAR_WORDS = 3  # fewer matched words than this prove nothing
MAX_EDGE_CHANGE = 2  # unmatched words at an end of yours still read as changed words
ONE_CHANGE_WORDS = 5  # from this many words given, one changed word is NEAR whatever the shares above
# A NOT FOUND names the closest passage when it is similar at least this much
# and holds more than this share of the content words given.
CLOSEST_SIMILARITY = 0.3
CLOSEST_COVERAGE = 0.5

_ELISION = re.compile(ELISION)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+")
_WRAPPING = "\"'“”‘’«»„ \t\n"


@dataclass(frozen=True)
class Passage:
    """A paragraph of a source text (or a quote whose source has no text here)."""

    source: Source
    text: str
    start: int  # offset of the paragraph in the source text
    paragraph: int | None
    records: tuple[Record, ...]  # the source's records whose evidence stands in it
    outlets: frozenset[str] = frozenset()  # casefolded names of outlets (an interviewer speaks as one)

    def is_outlet(self, name: str) -> bool:
        return name.casefold() in self.outlets


@dataclass(frozen=True)
class Finding:
    """Where the words (or nearly they) stand, and whose words they are there."""

    verdict: str
    passage: Passage
    start: int  # offsets into passage.text
    end: int
    score: float  # 1.0 for EXACT; Dice similarity of the words otherwise
    diff: tuple[tuple[str, str, str], ...] = ()  # (op, your words, the source's words)
    quotes: tuple[Record, ...] = ()  # quote records covering the words
    reported: tuple[Record, ...] = ()  # other records at the words (reported speech, facts)
    coverage: float = 1.0  # share of your content words the passage holds anywhere (for hints)
    elided: str | None = None  # for words left out of the source's: the quote with [...] marking the cut

    @property
    def exact_words(self) -> str:
        return self.passage.text[self.start : self.end]

    @property
    def sentences(self) -> str:
        """The words found, widened to whole sentences of the passage."""
        text = self.passage.text
        starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, self.start)]
        after = _SENTENCE_END.search(text, self.end)
        return text[starts[-1] if starts else 0 : after.start() + 1 if after else len(text)].strip()

    @property
    def is_quote(self) -> bool:
        return bool(self.quotes)

    @property
    def speakers(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.speaker for r in self.quotes if r.speaker))


@dataclass(frozen=True)
class Verification:
    verdict: str
    text: str
    speaker: str | None
    reason: str
    finding: Finding | None = None  # what the verdict rests on
    closest: Finding | None = None  # for NOT FOUND: the nearest passage, if any
    also: tuple[Finding, ...] = field(default_factory=tuple)
    misattributed: bool = False  # the words are found, but not as a quote of `speaker`

    @property
    def exit_code(self) -> int:
        return EXIT_CODES[self.verdict]


def clean_claim(text: str) -> str:
    """The words given, without the quotation marks and end punctuation around them."""
    text = " ".join(text.split()).strip(_WRAPPING)
    text = _ELISION.sub(" ... ", f" {text} ").strip()
    text = text.removeprefix("...").removesuffix("...").strip().strip(_WRAPPING)
    return text.rstrip(".,;:!?").strip(_WRAPPING)


def passages(
    sources: Sequence[Source],
    records: Sequence[Record],
    source_text: Callable[[Source], str | None],
    outlets: Iterable[str] = (),
) -> list[Passage]:
    """Every paragraph of every source text; a quote whose source has no text stands alone.

    `outlets` names the store's outlets (with their aliases); a source's own
    outlet and the outlets reporting it count as outlets too.
    """
    known = frozenset(n.casefold() for n in outlets if n)
    by_source: dict[str, list[Record]] = {}
    for record in records:
        by_source.setdefault(record.source.id, []).append(record)
    found: list[Passage] = []
    for source in sources:
        text = source_text(source)
        own = by_source.get(source.id, [])
        names = known | {n.casefold() for n in source.outlets}
        if text is None:
            found += [Passage(source, r.text, 0, None, (r,), names) for r in own if r.kind == "quote"]
            continue
        for number, (start, end) in enumerate(paragraph_spans(text), 1):
            # A record belongs to each paragraph its focus (highlight, else evidence) touches.
            here = tuple(r for r in own if r.locator and r.locator.focus[0] < end + 1 and start <= r.locator.focus[1])
            found.append(Passage(source, text[start:end], start, number, here, names))
    return found


def _find_exact(fragments: Sequence[str], passage: Passage) -> tuple[int, int] | None:
    """(start, end) in the passage of all fragments, in order, at word boundaries."""
    folded, offsets = fold_with_offsets(passage.text)
    position, first, last = 0, None, 0
    for fragment in fragments:
        at = folded.find(fragment, position)
        while at >= 0 and not _at_word_bounds(folded, at, at + len(fragment)):
            at = folded.find(fragment, at + 1)
        if at < 0:
            return None
        first = at if first is None else first
        position = last = at + len(fragment)
    if first is None:
        return None
    return offsets[first], offsets[last - 1] + 1


def _at_word_bounds(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() and text[start].isalnum()) and not (after.isalnum() and text[end - 1].isalnum())


def _content(words: Sequence[Token]) -> set[str]:
    return {t.key for t in words if t.key not in STOP_WORDS}


def _widen(
    mine: Sequence[Token], ptokens: Sequence[Token], text: str, aligned: tuple[int, int, int, int, int]
) -> tuple[int, int]:
    """The window, widened over a word or two changed at either end of yours.

    "the key criterion" against "the key criteria": the last word is a changed
    word, not one the source lacks, so the window takes "criteria" in. Never
    across the end of a sentence, and never for more than MAX_EDGE_CHANGE words.
    """
    first, last, _matched, mine_first, mine_last = aligned
    before, after = mine_first, len(mine) - mine_last
    if (
        0 < before <= MAX_EDGE_CHANGE
        and first >= before
        and not _SENTENCE_END.search(text, ptokens[first - before].end, ptokens[first].start)
    ):
        first -= before
    if (
        0 < after <= MAX_EDGE_CHANGE
        and last + after <= len(ptokens)
        and not _SENTENCE_END.search(text, ptokens[last - 1].end, ptokens[last + after - 1].start)
    ):
        last += after
    return first, last


def _near(mine: Sequence[Token], passage: Passage, ptokens: Sequence[Token]) -> Finding | None:
    from difflib import SequenceMatcher

    aligned = align(mine, ptokens)
    if aligned is None:
        return None
    first, last = _widen(mine, ptokens, passage.text, aligned)
    window = ptokens[first:last]
    opcodes = SequenceMatcher(None, [t.key for t in mine], [t.key for t in window], autojunk=False).get_opcodes()
    # Matching is by folded words: "SOFT ALLIANCE" holds the words of "soft alliance"
    # (the diff still shows the difference in case).
    kept = {mine[i].key for op, i1, i2, _j1, _j2 in opcodes if op == "equal" for i in range(i1, i2)}
    matched = sum(i2 - i1 for op, i1, i2, _j1, _j2 in opcodes if op == "equal")
    changed = sum(max(i2 - i1, j2 - j1) for op, i1, i2, j1, j2 in opcodes if op != "equal")
    # One clause of the source left out is a cut, not thin matching: it does not count against density.
    dropped = max((j2 - j1 for op, _i1, _i2, j1, j2 in opcodes if op == "insert"), default=0)
    dice = 2 * matched / (len(mine) + len(window))
    differences = diff(mine, window)
    content = _content(mine)
    near = (
        matched >= MIN_NEAR_WORDS
        and matched / len(mine) >= NEAR_YOUR_WORDS
        and matched / max(1, len(window) - dropped) >= NEAR_DENSITY
        and (not content or len(content & kept) / len(content) >= NEAR_CONTENT_WORDS)
    )
    # Every word the same but for case, accents or punctuation; or one word changed in a longer quote.
    near = near or changed == 0 or (changed == 1 and len(mine) >= ONE_CHANGE_WORDS)
    found = _finding(NEAR if near else NOT_FOUND, passage, window[0].start, window[-1].end, dice, differences)
    coverage = len(content & {t.key for t in ptokens}) / len(content) if content else matched / len(mine)
    return replace(found, coverage=coverage, elided=elided(mine, window, passage.text) if near else None)


def _finding(
    verdict: str, passage: Passage, start: int, end: int, score: float, diff: tuple[tuple[str, str, str], ...] = ()
) -> Finding:
    """A finding with the records at its words: the quotes that cover them, the rest."""
    if passage.paragraph is None:  # a quote standing alone: its words are all its own
        at = list(passage.records)
    else:
        absolute = (passage.start + start, passage.start + end)
        at = [
            r
            for r in passage.records
            if r.locator is not None and r.locator.focus[0] < absolute[1] and absolute[0] < r.locator.focus[1]
        ]
    quotes = tuple(r for r in at if r.kind == "quote")
    if passage.paragraph is not None and quotes and not _covered(passage, start, end, quotes):
        quotes = ()  # words outside every quote make the whole the reporter's, not the speaker's
    return Finding(verdict, passage, start, end, score, diff, quotes, tuple(r for r in at if r not in quotes))


def _covered(passage: Passage, start: int, end: int, quotes: Sequence[Record]) -> bool:
    """True when every word from `start` to `end` stands inside one of `quotes`."""
    text = list(passage.text[start:end])
    for quote in quotes:
        if quote.locator is not None:
            focus_start, focus_end = quote.locator.focus
            lo = max(focus_start - passage.start, start) - start
            hi = min(focus_end - passage.start, end) - start
            text[lo:hi] = " " * max(0, hi - lo)
    return not tokens("".join(text))


def find(claim: str, corpus: Sequence[Passage]) -> list[Finding]:
    """Every passage's best finding for the words given, best first."""
    fragments = [fold_typography(f) for f in _ELISION.split(claim) if fold_typography(f)]
    mine = tokens(claim)
    if not mine:
        return []
    content = _content(mine)
    findings = []
    for passage in corpus:
        span = _find_exact(fragments, passage)
        if span is not None:
            findings.append(_finding(EXACT, passage, *span, 1.0))
            continue
        ptokens = tokens(passage.text)
        keys = {t.key for t in ptokens}
        # Cheap filter: a passage holding under half the content words cannot be near.
        if content and len(content & keys) < len(content) / 2:
            continue
        found = _near(mine, passage, ptokens)
        if found is not None:
            findings.append(found)
    rank = {EXACT: 0, NEAR: 1, NOT_FOUND: 2}
    return sorted(findings, key=lambda f: (rank[f.verdict], -f.score, not f.is_quote))


def verify(
    text: str,
    corpus: Sequence[Passage],
    *,
    speaker: str | None = None,
    is_speaker: Callable[[str], bool] = lambda name: True,
) -> Verification:
    """EXACT, NEAR, IN SOURCE, NOT A QUOTE or NOT FOUND for words someone wants to quote, and why.

    EXACT and NEAR are only ever quotes (of `speaker`, when given). Words that
    stand in a source but in nobody's quote (the reporter's words, reported
    speech, an interviewer's question) are IN SOURCE, NOT A QUOTE; words
    found only in someone else's quote are NOT FOUND as a quote of `speaker`.
    """
    claim = clean_claim(text)
    if not _content(tokens(claim)):
        raise InvalidInput(f"nothing to verify in {text.strip()[:60]!r}: give the words of the quote")
    findings = find(claim, corpus)
    hits = [f for f in findings if f.verdict != NOT_FOUND]
    quoted = [f for f in hits if f.is_quote and (speaker is None or any(is_speaker(s) for s in f.speakers))]
    if quoted:  # a quote, even a NEAR one, before words that are nobody's quote
        best = quoted[0]
        return Verification(best.verdict, claim, speaker, describe(best), best, also=tuple(quoted[1:3]))
    if hits:
        best = hits[0]
        if best.is_quote:  # only with a speaker: someone else said them
            return Verification(
                NOT_FOUND, claim, speaker, not_theirs(best, speaker or ""), closest=best, misattributed=True
            )
        reason = describe(best) if speaker is None else not_theirs(best, speaker)
        return Verification(
            NOT_A_QUOTE, claim, speaker, reason, best, also=tuple(hits[1:3]), misattributed=speaker is not None
        )
    closest = next((f for f in findings if f.score >= CLOSEST_SIMILARITY and f.coverage > CLOSEST_COVERAGE), None)
    reason = "no source has these words: it may be a paraphrase, or made up"
    if speaker is not None:
        reason = f"no source has these words as a quote of {speaker}: it may be a paraphrase, or made up"
    return Verification(NOT_FOUND, claim, speaker, reason, closest=closest)
