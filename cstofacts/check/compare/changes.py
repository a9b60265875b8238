"""Stage 3, changes of degree: a claim's change and a record's opposite one of the
same thing ("growing controllability" against "a decrease of the controllability
level"), which no word-to-word relation shows when the record's genus ("change")
matches the claim's word first.

The two directions are WordNet's: the kinds of "change magnitude" that are each
other's antonyms ("increase" against "decrease", "diminish", "fall", "lessen"),
each with its synonyms, derived and narrower words and the synonyms of all its
senses; and a word opposed to one of one side stands on the other ("loss",
opposed to "gain").
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from functools import lru_cache

from cstofacts import lexicon
from cstofacts.check.find.views import RecordView
from cstofacts.check.read.reading import Reading
from cstofacts.check.termsets import COMPARATIVES, DETERMINERS, NEGATIONS
from cstofacts.check.words import Token

MAGNITUDE = "change magnitude"  # WordNet's verb whose kinds are the changes of degree
_OF = frozenset({"in", "of"})  # "a rise in tension", "a decrease of the controllability level"
_THING_WORDS = 3  # content words after a change, at most, that may name what changes


def opposite_change(claim: Reading, i: int, view: RecordView) -> str:
    """The record's word for a change opposite to the claim's at `i`, of the same
    thing, or ""."""
    mine = direction(claim.tokens[i].lemma) or _comparative(claim.tokens, i)
    if not mine:
        return ""
    things = _with_derived(_changed(claim.tokens, i) or _subject(claim.tokens, i))
    for reading in view.readings:
        for j, token in enumerate(reading.tokens):
            if direction(token.lemma) == -mine and things & (
                _changed(reading.tokens, j) or _subject(reading.tokens, j)
            ):
                return token.lemma
    return ""


def _comparative(tokens: list[Token], i: int) -> int:
    """1 for "more", -1 for "less", before the quality or thing it grades ("less
    important" against "the importance ... increases"); 0 otherwise ("no more than")."""
    change = COMPARATIVES.get(tokens[i].word, "")
    if not change or i + 1 >= len(tokens) or tokens[i + 1].function or (i and tokens[i - 1].word in NEGATIONS):
        return 0
    return direction(change)


def _subject(tokens: list[Token], j: int) -> set[str]:
    """The head of the phrase before a change that ends its clause, the thing that
    changes: "importance" in "the importance of regional security systems also increases"."""
    if j + 1 < len(tokens) and tokens[j + 1].start == tokens[j].end + 1:
        return set()  # (the change's clause goes on: its thing follows it)
    start = j
    while start > 0 and tokens[start - 1].word.isalpha() and tokens[start - 1].word not in DETERMINERS:
        start -= 1
    head = next((t.lemma for t in tokens[start:j] if not t.function), "")
    return {head} if head else set()


def _with_derived(lemmas: set[str]) -> set[str]:
    """The lemmas and the words derived from them ("important": "importance")."""
    return lemmas | {word for lemma in lemmas for word in lexicon.related_words(lemma, ("derived",))}


@lru_cache(maxsize=4096)
def direction(lemma: str) -> int:
    """1 for a word of one direction of change (growth or decline), -1 for one of the
    other, 0 for any other word."""
    up, down = _sides()
    if any(c.startswith("adj.") for c in lexicon.classes(lemma)):
        return 0  # "full", "fast", "tense": a quality first, no change ("full participation")
    return 1 if lemma in up else -1 if lemma in down else 0


@lru_cache(maxsize=1)
def _sides() -> tuple[frozenset[str], frozenset[str]]:
    genus = lexicon.entry(MAGNITUDE)
    kinds = sorted(genus.narrower | genus.wide) if genus is not None else []
    entries = {k: e for k in kinds if (e := lexicon.entry(k)) is not None}
    first = next((k for k, e in entries.items() if e.antonyms & set(entries)), "")
    if not first:
        return frozenset(), frozenset()
    up = frozenset({first})
    down = entries[first].antonyms & set(entries)
    up_words, down_words = _family(up), _family(down)
    up_words |= _opposed(down_words)
    down_words |= _opposed(up_words - _opposed(down_words))
    both = up_words & down_words
    return frozenset(up_words - both), frozenset(down_words - both)


def _family(kinds: AbstractSet[str]) -> set[str]:
    found = set(kinds)
    for kind in kinds:
        entry = lexicon.entry(kind)
        if entry is not None:
            found |= entry.synonyms | entry.derived | entry.narrower | entry.wide
    return found


def _opposed(words: set[str]) -> set[str]:
    found: set[str] = set()
    for word in words:
        entry = lexicon.entry(word)
        if entry is not None:
            found |= entry.antonyms
    return found


def _changed(tokens: list[Token], i: int) -> set[str]:
    """The lemmas that may name what the change at `i` changes: the content words
    right after it ("growing controllability"), or after its "in" or "of" ("a
    decrease of the controllability level"), and those of a thing they are of ("a
    rising level of controllability")."""
    j = i + 1
    if j < len(tokens) and tokens[j].start > tokens[i].end + 1:
        return set()  # "as instability increases, the importance ...": a mark ends the change
    if j < len(tokens) and tokens[j].word in _OF:
        j += 1
    found: set[str] = set()
    through_of = False  # "a rising level of controllability": the level's thing too
    while j < len(tokens) and len(found) < _THING_WORDS:
        token = tokens[j]
        if not token.function:
            found.add(token.lemma)
        elif found and token.word == "of" and not through_of:
            through_of = True
        elif found and token.word not in DETERMINERS:
            break
        j += 1
    return found
