"""Opposites by the lexicon: a word's antonyms, words derived from or synonymous with
them, a kind of the opposite, a change of degree through a synonym, and for a quality
the opposites of the qualities it is a kind of. Part of how a claim's word stands
among a record's words (check/lexical)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from functools import lru_cache
from typing import NamedTuple

from cstofacts import lexicon
from cstofacts.check.termsets import LIGHT_VERBS

_INFLECTIONS = ("s", "ed", "ing")  # a verb's or a noun's endings, which no adjective takes


def may_oppose(word: str, entry: lexicon.Entry) -> bool:
    """False for a verb's or a noun's form of a word that has opposites only as an
    adjective: "presents itself as" is no "present" against "absent"."""
    inflected = word != entry.word and word.endswith(_INFLECTIONS)
    return not (inflected and entry.opposed_as == "a")


def opposites(entry: lexicon.Entry, record_words: set[str]) -> set[str]:
    """Record words opposed to this one: its antonyms, or words derived from them
    or synonymous with them ("ineffective" against "effectiveness", "weaken"
    against "reinforce"); and for a quality, its opposites' synonyms. An
    opposite found through a synonym must be one in a part of speech both words
    have: "unity" (a noun, a synonym of "single" as the number one) is no
    opposite of "common" (the adjective opposed to "single")."""
    opposed, through_synonyms = _opposed_to(entry)
    found = set(opposed & record_words)
    own = parts_of_speech(entry)
    # (in a field of the word's own: "conduct" is "lead", whose opposite "follow" is a
    # verb of motion, as "conduct" is not)
    found |= {
        w
        for w, held_as in through_synonyms.items()
        if w in record_words and _shares(w, held_as, own) and lexicon.classes(w) & entry.classes
    }
    kin = entry.synonyms | {entry.word}
    held = _what_the_record_opposes(frozenset(record_words))
    if not found and kin & held.act_antonyms:
        # the record's word is the opposite of one of this one's synonyms: "sign" against "reject" (refuse)
        found = {
            w
            for w, _ in content_entries(record_words)  # "give" opposes "take", a synonym of everything
            if any(
                any(k == entry.word or _bridges(k, entry, act) for k in act.antonyms & kin)
                and _shares(word, act.opposed_as, own)
                for word, act in _acts(w)
            )
        }
    if not found and (entry.antonyms & held.broader or entry.broader & held.antonyms):
        # a kind of the opposite: "reinforce" is a way to "strengthen", the opposite of "weaken";
        # "vote down" a way to "veto", the opposite of "adopt" (not a light verb: "take" is a
        # kind of "move", and of everything else)
        found = {
            w
            for w, other in content_entries(record_words)
            if other.broader & entry.antonyms or (entry.broader & other.antonyms and _verbs_opposed(entry, other))
        }
    return found


_OPPOSED: dict[str, tuple[frozenset[str], dict[str, str]]] = {}


def _opposed_to(entry: lexicon.Entry) -> tuple[frozenset[str], dict[str, str]]:
    """What opposes a word whatever the record: its antonyms, the words derived from
    them and their verbs, the antonyms of its derived words, and for a quality its
    opposites' synonyms; and its opposites' synonyms, each with the parts of speech
    its opposition holds in (looked up once for each word a process meets)."""
    known = _OPPOSED.get(entry.word)
    if known is not None:
        return known
    opposed = set(entry.antonyms)
    through_synonyms: dict[str, str] = {}  # a record word -> the parts of speech its opposition holds in
    for _, other in entries(entry.antonyms):
        # (not a person named for the act, unless this word names one too: "leader", from
        # "lead", is who someone is, no opposite of "following")
        opposed |= {w for w in other.derived if _persons_only(entry) or not _persons_only(lexicon.entry(w))}
        if other.lemma:  # "unchanged" against "changed", the participle: the verb "change" it is of
            opposed.add(other.lemma)
        for synonym in other.synonyms:
            through_synonyms[synonym] = through_synonyms.get(synonym, "") + other.opposed_as
    for _, other in entries(entry.derived):  # "ineffectiveness" from "ineffective", opposed to "effective"
        if _persons_only(entry) or not _persons_only(other):  # ("follower" and "leader" are no acts)
            opposed |= other.antonyms
    known = _OPPOSED[entry.word] = (frozenset(opposed | _opposites_one_synonym_apart(entry)), through_synonyms)
    return known


@lru_cache(maxsize=4096)
def _acts(word: str) -> tuple[tuple[str, lexicon.Entry], ...]:
    """A word, and the verbs derived from it that are nothing but verbs: "approval",
    and "approve", the act whose opposite is "reject" or "turn down" ("ending" is no
    act of "end", a noun too, against "center")."""
    entry = lexicon.entry(word)
    if entry is None:
        return ()
    return ((word, entry), *((w, other) for w, other in entries(sorted(entry.derived)) if lexicon.only_a_verb(w)))


def _persons_only(entry: lexicon.Entry | None) -> bool:
    """True for a word WordNet has only as a noun of a person ("leader", "follower")."""
    return entry is not None and entry.classes == {"noun.person"}


def _bridges(synonym: str, entry: lexicon.Entry, other: lexicon.Entry) -> bool:
    """True when a synonym through which two words oppose is of a field (WordNet's
    class) of each: "refuse" (communication, possession) joins "reject" and "sign";
    "pass" (motion, time) is no "spend" of money, so "persist" is no opposite of it."""
    classes = lexicon.classes(synonym)
    return bool(classes & entry.classes) and bool(classes & other.classes)


def change_opposites(entry: lexicon.Entry, record_words: set[str]) -> set[str]:
    """A change of degree through a synonym: "ease" is "reduce", a way to "decrease",
    the opposite of "increase" (both WordNet's verbs of change: "show" is "establish",
    a way to "open", but no opposite of "close")."""
    kinds = _kinds_of_change(entry.synonyms)
    if not any(broader & _what_the_record_opposes(frozenset(record_words)).antonyms for broader in kinds):
        return set()
    return {
        w
        for w, other in content_entries(record_words)
        if "verb.change" in other.classes and any(broader & other.antonyms for broader in kinds)
    }


@lru_cache(maxsize=4096)
def _kinds_of_change(synonyms: frozenset[str]) -> tuple[frozenset[str], ...]:
    """What the synonyms that are verbs of change and nothing else are kinds of."""
    return tuple(
        other.broader
        for _, other in entries(synonyms)
        if parts_of_speech(other) == {"v"} and "verb.change" in other.classes
    )


def _verbs_opposed(entry: lexicon.Entry, other: lexicon.Entry) -> bool:
    """True when `entry` is only a verb and `other` has its opposites as a verb (or the
    lexicon does not say as what): a kind of an act against the act's opposite ("vote
    down" a kind of "veto", against "adopt"; not "piece", a noun, against "leave")."""
    return parts_of_speech(entry) == {"v"} and (not other.opposed_as or "v" in other.opposed_as)


def indirect_opposites(entry: lexicon.Entry, record_words: set[str]) -> set[str]:
    """For a quality with no opposite of its own, the opposites of the qualities it is a
    shade of, as WordNet reads an adjective: "marginal", like "peripheral", is opposed
    to "central", and so to "key", whose synonym "central" is. Adjectives only; the
    comparison keeps it only for a quality of the same thing ("a marginal role", "the
    key role")."""
    if "a" not in parts_of_speech(entry):
        return set()
    opposed = {w for _, other in entries(entry.synonyms) if "a" in other.opposed_as for w in other.antonyms}
    return {
        w
        for w, other in entries(record_words if opposed else ())
        if "a" in parts_of_speech(other) and (w in opposed or other.synonyms & opposed)
    }


def entries(words: Iterable[str]) -> Iterator[tuple[str, lexicon.Entry]]:
    """Each of `words` the lexicon holds, with what it holds, in the order given."""
    for word in words:
        found = lexicon.entry(word)
        if found is not None:
            yield word, found


def record_entries(words: Iterable[str]) -> tuple[tuple[str, lexicon.Entry], ...]:
    """entries() of a record's words, in alphabetical order, looked up once for each
    record: every claim word the record lacks is tried against all of them."""
    return _record_entries(frozenset(words))


def content_entries(words: Iterable[str]) -> tuple[tuple[str, lexicon.Entry], ...]:
    """record_entries() but the light verbs ("make", "give": a relation to one says nothing)."""
    return _content_entries(frozenset(words))


@lru_cache(maxsize=256)
def _record_entries(words: frozenset[str]) -> tuple[tuple[str, lexicon.Entry], ...]:
    return tuple(entries(sorted(words)))


class _Opposable(NamedTuple):
    """What a record's words (but the light verbs) oppose and are kinds of, all together:
    most claim words meet none of it, and need not be tried against each word."""

    antonyms: frozenset[str]
    act_antonyms: frozenset[str]  # with those of the verbs derived from them (_acts)
    broader: frozenset[str]


@lru_cache(maxsize=256)
def _what_the_record_opposes(words: frozenset[str]) -> _Opposable:
    held = _content_entries(words)
    return _Opposable(
        frozenset(w for _, other in held for w in other.antonyms),
        frozenset(w for word, _ in held for _, act in _acts(word) for w in act.antonyms),
        frozenset(w for _, other in held for w in other.broader),
    )


@lru_cache(maxsize=256)
def _content_entries(words: frozenset[str]) -> tuple[tuple[str, lexicon.Entry], ...]:
    return tuple((w, other) for w, other in _record_entries(words) if w not in LIGHT_VERBS)


_PART_OF_SPEECH = {"adj": "a", "adv": "r", "noun": "n", "verb": "v"}


def parts_of_speech(entry: lexicon.Entry) -> frozenset[str]:
    """The parts of speech (a, n, v, r) WordNet has the word in, from its classes."""
    return _parts_of(entry.classes)


@lru_cache(maxsize=1024)
def _parts_of(classes: frozenset[str]) -> frozenset[str]:
    return frozenset(_PART_OF_SPEECH.get(c.split(".", 1)[0], "") for c in classes) - {""}


def _shares(word: str, held_as: str, own: AbstractSet[str]) -> bool:
    """True when a record word, an opposite's synonym, may be that opposite in a part of
    speech the claim's word has too (one opposition held in `held_as`)."""
    other = lexicon.entry(word)
    theirs = parts_of_speech(other) if other is not None else own
    return bool(set(held_as or "anrv") & own & theirs)  # (where the lexicon does not say, any)


def _opposites_one_synonym_apart(entry: lexicon.Entry) -> frozenset[str]:
    """For a quality, the synonyms of its opposites: "minor" -> "major" -> "key"? Only
    adjectives ("give" and "lead" are no opposites)."""
    if not entry.antonyms or not any(c.startswith("adj.") for c in entry.classes):
        return frozenset()
    found: set[str] = set()
    for opposite in entry.antonyms:
        other = lexicon.entry(opposite)
        if other is not None:
            found |= other.synonyms
    return frozenset(found)


def act_opposed(lemma: str, noun: str) -> bool:
    """True when a record's noun names the act of a verb opposed to this one:
    "rejected" against "approval", the act of approving."""
    entry, other = lexicon.entry(lemma), lexicon.entry(noun)
    if entry is None or other is None or "v" not in parts_of_speech(entry):
        return False  # ("food insecurity" is no act against "security")
    verbs = {w for w, derived in entries(other.derived) if "v" in parts_of_speech(derived)}
    return bool(verbs and opposites(entry, verbs))
