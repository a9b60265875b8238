"""The records indexed for checking, and which of them a claim is about."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from cstofacts.claim_read import Claim
from cstofacts.claim_words import (
    NEGATIONS,
    name_tokens,
    numbers,
    positions,
    term_set,
    terms,
    tokens,
    unmeta_tokens,
)
from cstofacts.models import Entity, Record
from cstofacts.text import STOP_WORDS, fold

# Without a subject entity, a record is "about" a claim only when it shares
# this much of it, and at least this many content words, one of them rare
# (in at most a twentieth of the records).
FALLBACK_COVERAGE = 0.75
FALLBACK_MIN_WORDS = 2
RARE_SHARE = 20


@dataclass(frozen=True)
class Entry:
    """One record as the checker reads it."""

    record: Record
    terms: frozenset[str]  # canonical terms of its text, place, speaker and entities' names and roles
    words: list[str]  # tokens of its text and evidence
    mentioned: frozenset[str]  # names of its entities, speaker and place
    # Terms the record gives only inside "the impression that ...", "the myth that
    # ...": words it reports as an impression, not as what is so.
    hedged: frozenset[str] = frozenset()
    # Tokens of its text without its remarks about the text ("(the text gives no
    # date)"): what it says, read once rather than for every claim.
    said: tuple[str, ...] = ()

    @property
    def negative(self) -> bool:
        return any(w in NEGATIONS for w in self.said)


class RecordIndex:
    """One store's records, with the terms and names each gives; build once, query many."""

    def __init__(self, records: Sequence[Record], by_name: dict[str, Entity]) -> None:
        self.records = list(records)
        self.by_name = by_name
        self.entries = [
            Entry(r, terms_of, tokens(f"{r.text} | {r.evidence or ''}"), _record_entities(r), _hedged(r.text, terms_of),
                  tuple(unmeta_tokens(r.text)))
            for r in self.records
            for terms_of in [self._record_terms(r)]
        ]
        self.frequency: dict[str, int] = {}
        self._numbers: dict[str, list[tuple[int, str, str]]] = {}
        self._occasions: dict[tuple[str, ...], set[tuple[str, int | str]]] = {}
        for entry in self.entries:
            for term in entry.terms:
                self.frequency[term] = self.frequency.get(term, 0) + 1

    def _record_terms(self, record: Record) -> frozenset[str]:
        names = [record.text, record.evidence or "", record.place or "", record.speaker or "", record.role or ""]
        for name in (*record.entities, record.speaker, *_outlets(record)):
            entity = self.by_name.get(name or "")
            if entity:
                names.extend(entity.names)
                names.append(entity.role or "")
        return frozenset(terms([w for w in tokens(" ".join(names)) if w not in STOP_WORDS]))

    def idf(self, term: str) -> float:
        return math.log(1 + len(self.records) / (1 + self.frequency.get(term, 0)))

    def about(self, names: set[str]) -> list[Entry]:
        """The records that name any of `names` (as entity, speaker or place)."""
        return [e for e in self.entries if e.mentioned & names]

    def about_states(self, states: Sequence[str]) -> list[Entry]:
        """The records that name any of `states`, as an entity or in their words
        (a state the gazetteer knows need not be an entity: Afghanistan)."""
        return [e for e in self.entries if any(self.names_state(e, s) for s in states)]

    def counting(self, counted: Sequence[tuple[int, str]]) -> list[Entry]:
        """The records that give a count of what the claim counts ("six member
        states" for "seven member states")."""
        nouns = {noun for _, noun in counted if noun}
        return [e for e in self.entries if nouns & {noun for _, noun, _ in self.numbers_of(e)}] if nouns else []

    def names_state(self, entry: Entry, state: str) -> bool:
        return state in entry.mentioned or bool(positions(entry.words, name_tokens(state)))

    def fallback(self, claim: Claim) -> list[Entry]:
        """Records that say most of what a claim says beyond its names."""
        if len(claim.content) < FALLBACK_MIN_WORDS:
            return []
        found = []
        for entry in self.entries:
            hits = [t for t in claim.content if t in entry.terms]
            rare = [t for t in hits if self.frequency.get(t, 0) <= len(self.records) / RARE_SHARE]
            shares = len(hits) >= FALLBACK_MIN_WORDS and rare and len(hits) / len(claim.content) >= FALLBACK_COVERAGE
            if shares and all(self.names_state(entry, s) for s in claim.states):
                found.append(entry)
        return found

    def one_occasion(self, entry: Entry, phrase: tuple[str, ...]) -> bool:
        """True when the record gives `phrase` ("csto summit") and every record that
        gives it stands in the same paragraph of the same source: one occasion."""
        if not positions(entry.words, phrase):
            return False
        if phrase not in self._occasions:
            self._occasions[phrase] = {_occasion_key(e.record) for e in self.entries if positions(e.words, phrase)}
        return len(self._occasions[phrase]) == 1

    def names_of(self, entry: Entry) -> list[str]:
        """Every name (aliases included) of the entities a record mentions."""
        names = []
        for name in entry.mentioned:
            entity = self.by_name.get(name)
            names.extend(entity.names if entity else (name,))
        return names

    def names_it(self, entry: Entry, name: tuple[str, ...]) -> bool:
        """True when the record gives the name (in its words or its entities' names)."""
        return bool(positions(entry.words, name)) or any(positions(name_tokens(n), name) for n in self.names_of(entry))

    def absent(self, claim: Claim) -> list[str]:
        """The names the store does not know that no record gives either, as the claim writes them."""
        return [shown for words, shown in claim.names if not any(self.names_it(e, words) for e in self.entries)]

    def numbers_of(self, entry: Entry) -> list[tuple[int, str, str]]:
        """The counts a record's text gives (its names left out), read once."""
        found = self._numbers.get(entry.record.id)
        if found is None:
            found = self._numbers[entry.record.id] = numbers(tokens(self.without_names(entry)), None)
        return found

    def without_names(self, entry: Entry) -> str:
        """Record text without the names it gives (so "Barrier-2023" holds no number)."""
        text = fold(entry.record.text)
        for name in sorted(self.names_of(entry), key=len, reverse=True):
            folded = fold(name)
            if folded:
                text = text.replace(folded, " ")
        return text

    def role_evidence(self, entity: Entity) -> tuple[Record, ...]:
        """The shortest record about `entity` that states its role (else the shortest about it)."""
        role_terms = term_set(entity.role or "", content_only=True)
        about = [e.record for e in self.entries if entity.name in e.mentioned]
        stated = [r for r in about if role_terms <= term_set(r.text)]
        chosen = sorted(stated or about, key=lambda r: (len(r.text), r.id))
        return tuple(chosen[:1])


# "the impression that X", "a perception that X": X is what someone may think.
HEDGE_NOUNS = frozenset(
    "impression perception myth notion illusion rumor rumour allegation narrative misconception".split()
)
_HEDGE = re.compile(rf"\b(?:{'|'.join(sorted(HEDGE_NOUNS))})s?\s+that\b([^,.;:]*)", re.IGNORECASE)


def _hedged(text: str, record_terms: frozenset[str]) -> frozenset[str]:
    """Terms of `text` that stand only in what it calls an impression, a myth, ..."""
    inside = [m.group(1) for m in _HEDGE.finditer(text)]
    if not inside:
        return frozenset()
    outside = _HEDGE.sub(" ", text)
    hedged = set(terms([w for w in tokens(" ".join(inside)) if w not in STOP_WORDS]))
    return frozenset(t for t in hedged - set(terms(tokens(outside))) if t in record_terms)


def _occasion_key(record: Record) -> tuple[str, int | str]:
    """Records from one paragraph of a source tell of one occasion; a record without a locator stands alone."""
    if record.locator is None:
        return (record.source.id, record.id)
    return (record.source.id, record.locator.paragraph)


def _record_entities(record: Record) -> frozenset[str]:
    return frozenset(n for n in (*record.entities, record.speaker, record.place, *_outlets(record)) if n)


def _outlets(record: Record) -> tuple[str, ...]:
    """Who published the record's source or reported it: a record from an interview
    with Izvestia says what its speaker told Izvestia."""
    source = record.source
    return tuple(n for n in (source.outlet, *source.reported_by) if n)
