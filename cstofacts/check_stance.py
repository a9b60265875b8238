"""How a record stands on the words of a claim beyond its slots: qualifiers and
their opposites, possibilities and questions, acts to avoid, preferences, whose
words they are, and names swapped for ones no source gives."""

from __future__ import annotations

import re
from collections.abc import Sequence

from cstofacts.check_records import HEDGE_NOUNS, Entry, RecordIndex
from cstofacts.claim_read import Claim, adjoining
from cstofacts.claim_words import (
    OPPOSITES,
    canonical,
    name_tokens,
    positions,
    raw_tokens,
)
from cstofacts.models import Entity, Record
from cstofacts.text import STOP_WORDS

SWAP_CONTEXT = 2  # words on each side of a name compared with the record's
MAX_SWAP_WORDS = 6  # the longest name taken to stand in the same place


def swapped_names(claim: Claim, entry: Entry, index: RecordIndex,
                  unknown: list[tuple[tuple[str, ...], str]]) -> list[tuple[str, str]]:
    """For each name the claim gives and the record lacks, what the record gives in
    the same place: between the same words ("the Institute of _ of the Russian
    Academy", "awarded the _ order"), or, at the claim's end, one of the record's
    own names after the same words ("NATO Secretary General _"). Two words of
    context at least, one of them more than a stop word."""
    if not unknown:
        return []
    found = []
    words, record_words = claim.words, entry.words
    names = [name_tokens(n) for n in index.names_of(entry)]
    for name, shown in unknown:
        at = positions(words, name)
        if not at:
            continue
        left = tuple(words[max(0, at[0] - SWAP_CONTEXT) : at[0]])
        right = tuple(words[at[0] + len(name) : at[0] + len(name) + SWAP_CONTEXT])
        context = left + right
        if len(context) < SWAP_CONTEXT or all(w in STOP_WORDS for w in context):
            continue
        for start in positions(record_words, left) if left else []:
            begin = start + len(left)
            # A name the claim sets off with a comma ("Mark Rutte, Pashinyan openly
            # ...") has other words after it than the record's: one of the record's
            # names right after the same words will do, when those words alone say
            # what stands there ("Secretary General"). Not when the claim goes on
            # ("Prime Minister Serzh Sargsyan met ..."): that may be another holder.
            filler = _filler(record_words, begin, right, names)
            if filler is None and _set_off(claim, at[0] + len(name)) and len(left) == SWAP_CONTEXT \
                    and not all(w in STOP_WORDS for w in left):
                filler = _filler(record_words, begin, (), names)
            if filler and tuple(record_words[begin:filler]) != name:
                begin, filler = _name_within(record_words, begin, filler, names)
                found.append((shown, _as_written(entry, begin, filler)))
                break
        else:
            # A name that opens the claim ("Sergei Lavrov, head of the Belarusian
            # Ministry ..."): the record's name right before the same two words.
            if not left and len(right) == SWAP_CONTEXT and not all(w in STOP_WORDS for w in right):
                before = _name_before(record_words, right, names)
                if before is not None and tuple(record_words[before[0]:before[1]]) != name:
                    found.append((shown, _as_written(entry, *before)))
    return found


def _name_before(record_words: list[str], right: tuple[str, ...], names: list[tuple[str, ...]]) -> tuple[int, int] | None:
    """The span of the longest of the record's names that ends right before `right`."""
    spans = [
        (end - len(n), end) for end in positions(record_words, right) for n in names
        if n and end >= len(n) and tuple(record_words[end - len(n) : end]) == n
    ]
    return max(spans, key=lambda span: span[1] - span[0]) if spans else None


def _set_off(claim: Claim, end: int) -> bool:
    """True when punctuation, "and" or the end of the claim follows the claim's word `end - 1`."""
    return end >= len(claim.words) or claim.words[end] == "and" or not adjoining(claim, end - 1, end)


def _name_within(record_words: list[str], begin: int, end: int, names: list[tuple[str, ...]]) -> tuple[int, int]:
    """The longest of the record's names within `begin`..`end`, if one is: the words
    between the same neighbours may hold more ("Jens Stoltenberg, actually")."""
    spans = [(i, i + len(n)) for n in names if n for i in positions(record_words[begin:end], n)]
    if not spans:
        return begin, end
    first, last = max(spans, key=lambda span: span[1] - span[0])
    return begin + first, begin + last


def _filler(record_words: list[str], begin: int, right: tuple[str, ...], names: list[tuple[str, ...]]) -> int | None:
    """Where the words standing at `begin` end: before `right`, or (no `right`) at the
    end of one of the record's names beginning there."""
    if right:
        for end in range(begin + 1, min(begin + MAX_SWAP_WORDS, len(record_words)) + 1):
            if tuple(record_words[end : end + len(right)]) == right:
                return end
        return None
    lengths = [len(n) for n in names if n and tuple(record_words[begin : begin + len(n)]) == n]
    return begin + max(lengths) if lengths else None


def _as_written(entry: Entry, begin: int, end: int) -> str:
    """The record's words `begin`..`end` as its text writes them (case kept)."""
    record = entry.record
    written = raw_tokens(f"{record.text} | {record.evidence or ''}")
    return " ".join(m.group() for m in written[begin:end]) if len(written) >= end else " ".join(entry.words[begin:end])


def hedged_terms(claim: Claim, entry: Entry) -> list[str]:
    """The claim's terms the record gives only as an impression or a myth; none when
    the claim itself speaks of the impression ("creates the impression that ...")."""
    if not entry.hedged or any(w.rstrip("s") in HEDGE_NOUNS for w in claim.words):
        return []
    return [t for t in claim.content if t in entry.hedged]


def qualifiers(claim: Claim, entry: Entry) -> tuple[list[tuple[str, str]], bool, list[str]]:
    """How the record stands on the claim's qualifiers ("weak", "minor", "growing"):
    (claim term, the record's opposite) where it says the opposite; whether it gives
    both so that neither clearly holds; and the ones it gives neither way. A word
    the claim gives with its opposite ("soft, with no rigid discipline") is left
    alone; a word the record denies ("the absence of rigid bloc discipline") does
    not count as said."""
    opposed, torn, unqualified = [], False, []
    for term in claim.content:
        opposites = OPPOSITES.get(term)
        if not opposites or not _plainly_said(term, claim.words):  # "the absence of rigid discipline"
            continue
        said = _plainly_said(term, entry.words) if term in entry.terms else False
        theirs = sorted(o for o in opposites
                        if o in entry.terms and o not in claim.content and _plainly_said(o, entry.words))
        if theirs and not said:
            opposed.append((term, theirs[0]))
        elif theirs:  # the record gives both: which does it say of what the claim names?
            nearer = _nearer(term, theirs[0], claim, entry)
            if nearer == theirs[0]:
                opposed.append((term, theirs[0]))
            torn = torn or nearer is None
        elif not said and not opposites & set(claim.content):
            unqualified.append(term)
    return opposed, torn, unqualified


# Verbs that say the act after them is not done or not to be done.
_AVOIDING = frozenset({"avoid", "avoiding", "avoided", "refrain", "refraining", "stop", "stopping", "prevent",
                       "preventing", "without", "instead"})
AVOID_REACH = 6  # words after "avoid" that the avoided act may start within


def avoided_act(claim: Claim, entry: Entry) -> str | None:
    """The record's words for an act it says to avoid that the claim states as done
    or urged ("urged members to avoid ... framing" against "urged members to
    frame"); None when the claim avoids it too."""
    if _AVOIDING & set(claim.words):
        return None
    words = entry.said  # not "(the text gives it without naming ...)"
    for i, word in enumerate(words):
        if word in _AVOIDING:
            for k in range(i + 1, min(i + 1 + AVOID_REACH, len(words))):
                if words[k] not in STOP_WORDS and canonical(words[k]) in claim.content:
                    return " ".join(words[i : k + 1])
    return None


PREFERENCE_REACH = 6  # words each side of "rather than", "instead of", "over"


def _preference(words: Sequence[str]) -> tuple[set[str], set[str], str, str] | None:
    """The terms on each side of "X rather than Y" (also "instead of", "over"), with
    the words of each side; None without such a turn."""
    for i, word in enumerate(words):
        width = 2 if word in ("rather", "instead") and i + 1 < len(words) and words[i + 1] in ("than", "of") else (
            1 if word == "over" else 0)
        if not width:
            continue
        before = [w for w in words[max(0, i - PREFERENCE_REACH) : i] if w not in STOP_WORDS]
        after = [w for w in words[i + width : i + width + PREFERENCE_REACH] if w not in STOP_WORDS]
        if before and after:
            return {canonical(w) for w in before}, {canonical(w) for w in after}, " ".join(before), " ".join(after)
    return None


def preference_reversed(claim: Claim, entry: Entry) -> tuple[str, str] | None:
    """(what the record prefers, what it puts after) when the claim prefers them the
    other way round: "a confrontational posture over cooperation" against
    "cooperation and dialogue over a confrontational posture"."""
    claimed, said = _preference(claim.words), _preference(entry.said)
    if claimed is None or said is None:
        return None
    first, second, said_first, said_second = said
    content = set(claim.content)
    # What the claim puts first, the record puts mostly second ("prioritizes" may
    # stand before both).
    if len(claimed[0] & second & content) > len(claimed[0] & first & content):
        return said_first, said_second
    return None


def other_speaker(claim: Claim, record: Record) -> str | None:
    """The record's speaker when the claim says someone else said it."""
    claimed = claim.speaker
    if claimed is None or not record.speaker or record.speaker == claimed.name:
        return None
    return record.speaker


# Words that make a statement a possibility: "may change if Armenia withdraws",
# "officials weighing scenarios". A question asks; it states nothing.
MODAL_WORDS = frozenset({"might", "could", "would", "if", "whether", "possibly", "perhaps", "potentially",
                         "weighing", "consider", "considering", "expected", "likely", "unless"})


def modal(words: Sequence[str], text: str) -> bool:
    # "may" in lower case: the verb, not the month ("on May 28").
    return bool(MODAL_WORDS & set(words)) or "?" in text or re.search(r"\bmay\b", text) is not None


_DENYING = frozenset({"no", "not", "without", "absence", "lack", "non", "never", "nor"})


def _plainly_said(term: str, words: Sequence[str]) -> bool:
    """True when `words` give `term` once at least without a "no", "not",
    "without" or "absence of" in the two words before it, or four when a
    "so-called" stands between ("the absence of so-called rigid bloc discipline")."""
    def denied(i: int) -> bool:
        reach = 4 if "called" in words[max(0, i - 2) : i] else 2
        return bool(_DENYING & set(words[max(0, i - reach) : i]))

    return any(canonical(w) == term and not denied(i) for i, w in enumerate(words))


def _nearer(term: str, opposite: str, claim: Claim, entry: Entry) -> str | None:
    """Of a term and its opposite, both in a record, the one standing next to the
    claim's other words ("has fully maintained its obligations", where "suspend"
    stands far off); None when neither clearly does."""
    canon = [canonical(w) for w in entry.words]
    anchors = [i for i, c in enumerate(canon) if len(c) > 1 and c in claim.content and c not in (term, opposite)]
    if not anchors:  # the claim gives nothing else to place them by: the record gives its word
        return term

    def distance(wanted: str) -> int:
        return min((abs(i - j) for i, c in enumerate(canon) if c == wanted for j in anchors), default=len(canon))

    near_term, near_opposite = distance(term), distance(opposite)
    if min(near_term, near_opposite) <= 3 and abs(near_term - near_opposite) >= 2:
        return term if near_term < near_opposite else opposite
    return None


# Acts two parties do together, so either may stand first: "A met B" is "B met A".
_MUTUAL = frozenset({"meet", "cooperate", "sign", "agreement", "discuss", "talk", "border", "relation", "between"})
REVERSE_REACH = 8  # the most words between the two names compared


def reversed_parties(claim: Claim, entry: Entry, index: RecordIndex) -> str | None:
    """The record's words when it has the claim's two parties the other way round
    around the same act: "NATO takes into account the CSTO's activity" against
    "the CSTO takes into account NATO's activity". Only the same content words
    between the names count (so no passive rewrite is taken for a reversal), and
    no act two parties do together."""
    words = claim.words
    spans = sorted((m.start, m.end, m.entity) for m in claim.mentions if m.start >= 0)
    record_words = list(entry.said)
    for (_, a_end, first), (b_start, _, second) in zip(spans, spans[1:]):
        if first.name == second.name or not 0 < b_start - a_end <= REVERSE_REACH:
            continue
        middle = words[a_end:b_start]
        act = _act_words(middle)
        # "adopted by", "exercise of": a passive or a genitive may put the parties
        # either way round without reversing anything.
        if not act or act & _MUTUAL or {"by", "of"} & set(middle):
            continue
        for b_at, b_len in _places(record_words, second):
            for a_at, a_len in _places(record_words, first):
                between = record_words[b_at + b_len : a_at]
                if 0 < len(between) <= REVERSE_REACH and act <= _act_words(between):
                    return " ".join(record_words[b_at : a_at + a_len])
    return None


def _act_words(words: Sequence[str]) -> set[str]:
    return {canonical(w) for w in words if w not in STOP_WORDS and len(w) > 1}


def _places(words: list[str], entity: Entity) -> list[tuple[int, int]]:
    """(start, length) of each of an entity's names in `words`."""
    found = []
    for name in entity.names:
        name_words = name_tokens(name)
        found += [(at, len(name_words)) for at in positions(words, name_words)]
    return found
