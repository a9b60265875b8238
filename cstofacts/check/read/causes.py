"""What a sentence says caused what: "the article blames the tension on the
pandemic", "tension ... caused by shifts in the balance of forces", "because the
danger persists, ...". Each cause read is an effect and a cause, the content
words of each side, which the cause rule compares with a record's own."""

from __future__ import annotations

from typing import NamedTuple

from cstofacts import lexicon
from cstofacts.check.read.names import GENERIC_ENTITIES
from cstofacts.check.read.order import AFTER, BEFORE, FOLLOWING_VERBS, PRECEDING_VERBS
from cstofacts.check.termsets import (
    CAUSE_AFTER,
    CAUSE_BEFORE,
    CAUSE_BEFORE_PHRASES,
    CAUSE_NOUNS,
    CAUSE_VERBS,
    COPULAS,
    ON_CAUSE_VERBS,
    PREPOSITIONS,
    UNDIRECTED_CAUSE_VERBS,
)
from cstofacts.check.words import HasTokens, Token, gap, positions

MAX_SIDE = 20  # words of one side, at most: a cause is a phrase, not a paragraph
_BREAKS = ";:.()\u2014"
# the cues' own words, and the organisation every sentence is about, tell no cause apart
_UNTELLING = CAUSE_VERBS | CAUSE_BEFORE | CAUSE_NOUNS | {name.lower() for name in GENERIC_ENTITIES}


class Cause(NamedTuple):
    effect: frozenset[str]  # the lemmas of what was caused
    cause: frozenset[str]  # and of what caused it
    cause_text: str = ""  # the cause as the sentence words it
    in_time: bool = False  # only the order of two acts ("B preceded E"): no other cause is denied
    either_way: bool = False  # "links A to B": the two tied, which caused which unsaid


def find_causes(reading: HasTokens) -> list[Cause]:
    """Every cause the sentence states, in the order written."""
    words = [t.word for t in reading.tokens]
    found: list[Cause] = []
    for cue in CAUSE_AFTER:  # "caused by B", "because of B", "due to B": the cause follows
        for at in positions(words, cue):
            found.append(_around(reading, at, at + len(cue), cause_first=at == 0))
    for cue in CAUSE_BEFORE_PHRASES:  # "B led to E": the effect follows
        for at in positions(words, cue):
            found.append(_around(reading, at, at + len(cue), cause_first=True))
    for at, token in enumerate(reading.tokens):  # "E was signed before B": the earlier first
        if at and token.word in BEFORE | AFTER and reading.text[token.end : token.end + 1] == " ":
            found += _in_order(reading, at, at + 1, token.word in BEFORE)
    for at in _order_verbs(reading):  # "E followed B", "B preceded E": one came of the other, in time
        found += _ordered_by_verb(reading, at)
    for at, token in enumerate(reading.tokens):
        if token.lemma in CAUSE_VERBS:  # "blames E on B", "E is attributed to B"
            # "links the pressure on Moscow to ...": "to" where there is one, else "on" ("blames E on B")
            within = range(at + 1, min(len(words), at + MAX_SIDE))
            to = next((j for j in within if words[j] == "to"), next((j for j in within if words[j] == "on"), None))
            if to is not None:
                effect = _side(reading, at + 1, to) or _side(reading, at - 1, -1, backwards=True)
                tied = _cause(reading, effect, _side(reading, to + 1, len(words)))
                found.append(tied._replace(either_way=token.lemma in UNDIRECTED_CAUSE_VERBS))
        elif token.lemma in CAUSE_BEFORE and token.word != token.lemma and words[at + 1 : at + 2] != ["by"]:
            # "B triggered E" (an inflected verb: "a coordination drive" is a noun)
            found.append(_around(reading, at, at + 1, cause_first=True))
        elif token.lemma in CAUSE_NOUNS:  # "the drivers of E were B", "The drivers were B" (E told before)
            be = next((j for j in range(at + 1, min(len(words), at + MAX_SIDE)) if words[j] in COPULAS), None)
            if be is not None:
                effect = _side(reading, at + 1, be) or _side(reading, at - 1, -1, backwards=True, across=True)
                found.append(_cause(reading, effect, _side(reading, be + 1, len(words))))
    return [c for c in found if c.effect and c.cause]


def cause_verbs(reading: HasTokens) -> set[int]:
    """The words of a verb that lays an effect at a cause's door ("links E to B", "E is
    put down to B"): they say only that one caused the other, which a record says its
    own way ("B led to E", "the drivers of E are B"); no content of their own."""
    words = [t.word for t in reading.tokens]
    found: set[int] = set()
    for at, token in enumerate(reading.tokens):
        phrase = f"{token.lemma} {words[at + 1]}" if at + 1 < len(words) else ""
        size = 2 if phrase in CAUSE_VERBS else 1 if token.lemma in CAUSE_VERBS else 0
        prepositions = ("to", "on") if token.lemma in ON_CAUSE_VERBS else ("to",)
        if size and any(w in prepositions for w in words[at + size : at + MAX_SIDE]):
            found |= set(range(at, at + size))
    return found


# The cues that are no verb ("because of", "due to", "as a result of"): no act of causing to say.
_CONNECTIVES = frozenset({"because", "due", "owing", "as", "the"})


def _order_verbs(reading: HasTokens) -> list[int]:
    """Where "followed" or "preceded" (a verb inflected, not "as follows") sets two acts
    in order: the earlier act, a record says so its own way, led to the later."""
    tokens = reading.tokens
    return [
        at
        for at, token in enumerate(tokens)
        if token.word in PRECEDING_VERBS | FOLLOWING_VERBS
        and token.word != token.lemma
        and not (at and tokens[at - 1].word == "as")
        and at + 1 < len(tokens)
        and reading.text[token.end : token.end + 1] == " "
        and not _intransitive(tokens[at + 1])
    ]


def _in_order(reading: HasTokens, start: int, end: int, earlier_first: bool) -> list[Cause]:
    """The two acts a cue of order sets apart, the earlier as the cause; none where
    either is no more than a pronoun ("followed it")."""
    found = _around(reading, start, end, cause_first=earlier_first)._replace(in_time=True)
    return [found] if found.effect and found.cause else []


def _ordered_by_verb(reading: HasTokens, at: int) -> list[Cause]:
    passive = reading.tokens[at + 1].word == "by"  # "was preceded by B": B the earlier
    return _in_order(reading, at, at + 1 + passive, (reading.tokens[at].word in PRECEDING_VERBS) != passive)


def _intransitive(following: Token) -> bool:
    """True when the word after "followed" starts no act it is set against: "followed in
    October", "followed afterwards" (a preposition or an adverb; "by" is the passive's)."""
    if following.word == "by":
        return False
    return following.word in PREPOSITIONS or any(c.startswith("adv.") for c in lexicon.classes(following.word))


def cause_phrases(reading: HasTokens) -> set[int]:
    """The words of a verb phrase that says one thing caused another ("B led to E", "B
    paved the way for E", "E grew out of B"): a record that says so its own way says
    them too."""
    words = [t.word for t in reading.tokens]
    return {
        i
        for cue in (*CAUSE_BEFORE_PHRASES, *CAUSE_AFTER)
        if len(cue) > 1 and cue[0] not in _CONNECTIVES
        for at in positions(words, cue)
        for i in range(at, at + len(cue))
    } | {at for at in _order_verbs(reading) if _ordered_by_verb(reading, at)}


def _cause(reading: HasTokens, effect: list[int], cause: list[int]) -> Cause:
    # not the words that say who holds it ("Babaev argues that"), nor the cues' own
    framing: set[int] = getattr(reading, "reporting", set())
    lemmas = [
        frozenset(
            reading.tokens[i].lemma
            for i in side
            if not reading.tokens[i].function and i not in framing and reading.tokens[i].lemma not in _UNTELLING
        )
        for side in (effect, cause)
    ]
    text = reading.text[reading.tokens[min(cause)].start : reading.tokens[max(cause)].end] if cause else ""
    return Cause(lemmas[0], lemmas[1], text)


def _around(reading: HasTokens, start: int, end: int, cause_first: bool) -> Cause:
    """The effect and cause on either side of a cue; `cause_first`: the cause before it."""
    words = reading.tokens
    if start == 0:  # "Because B, E": the cause to the comma, the effect after it
        comma = next((j for j in range(end, len(words)) if "," in gap(reading, j - 1, j)), len(words))
        return _cause(reading, _side(reading, comma, len(words)), _side(reading, end, comma))
    before = _side(reading, start - 1, -1, backwards=True)
    after = _side(reading, end, len(words))
    return _cause(reading, after, before) if cause_first else _cause(reading, before, after)


def _side(reading: HasTokens, start: int, stop: int, backwards: bool = False, across: bool = False) -> list[int]:
    """The token indexes from `start` towards `stop`, to the clause's edge (`across`:
    past it, to the sentence before)."""
    step = -1 if backwards else 1
    found: list[int] = []
    i = start
    while i != stop and 0 <= i < len(reading.tokens) and abs(i - start) < MAX_SIDE:
        nearer = i - step  # the word before this one, in the walk's direction
        if i != start and not across and 0 <= nearer < len(reading.tokens):
            left, right = (i, nearer) if backwards else (nearer, i)
            if any(mark in gap(reading, left, right) for mark in _BREAKS):
                break
        found.append(i)
        i += step
    return found
