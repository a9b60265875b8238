"""Stage 2: the records a claim may be about, found through the search index
(never a scan of the store), each read once into a view the slots compare."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from functools import cache

from cstofacts import lexicon
from cstofacts.check.find.reading_cache import cached, readings_dir
from cstofacts.check.find.views import RecordView
from cstofacts.check.read.names import ONE_OFF_TYPES, NameIndex
from cstofacts.check.read.order import event_order
from cstofacts.check.read.reading import Reading, read
from cstofacts.check.termsets import ADJECTIVE_CLASSES, NEGATIONS
from cstofacts.check.words import predicating
from cstofacts.dates import within_range
from cstofacts.index import NO_DATE, SearchIndex
from cstofacts.text import name_terms, terms

# Records compared slot by slot, the index's best first. Eight, not sixteen: the
# ninth to sixteenth changed one verdict of the 240 paraphrases and none of the
# tuning table or blind set B, and reading them was a third of a claim's time.
CANDIDATES = 8
SPOKEN_BY_ANOTHER = 2  # and the best by the words alone, when the claim names a person
LONG_EVIDENCE = 600  # characters of evidence, at most, read as the record's own words
# What a record's text says about its source rather than about the world: "(the
# text gives no date)", "; the article does not say which council", ", whom it
# does not name,", "The sentence is the outlet's ...". It must not make the
# record deny anything, so it is not read.
_ABOUT_THE_TEXT = (
    r"\s*\([^)]*\)|;\s*the (?:text|article|page|source|question|wording)\b[^.;]*"
    r"|,\s*(?:which|whom|who)\s+(?:it|the (?:text|article|source))\s+does not \w+\s*,?"
    r"|(?<=[.;])\s*The (?:sentence|wording|phrase|words?)\b[^.]*\."
)


@cache
def _about_the_text() -> re.Pattern[str]:
    # compiled on first use: a record is read only when its reading is not cached
    return re.compile(_ABOUT_THE_TEXT, re.I)


def about_the_world(text: str) -> str:
    return _about_the_text().sub("", text).strip()


_FIELD_WEIGHTS = {"text": 1.0, "names": 1.0, "topics": 0.3}


def _predicated(reading: Reading) -> set[str]:
    """The index terms of what a record that contradicts the quality a claim says a
    thing has must hold: the quality's opposites ("is closed": "open"), or, where the
    claim denies it ("is not open"), the quality itself."""
    found: set[str] = set()
    for i in reading.content:
        before = reading.tokens[max(0, i - 2) : i]
        predicated = before[-1:] and (
            predicating(before[-1]) or (predicating(before[0]) and before[-1].word in NEGATIONS)
        )  # "is closed", "remains closed", "is not open"
        lemma = reading.tokens[i].lemma
        if not predicated or not lexicon.classes(lemma) & ADJECTIVE_CLASSES:
            continue
        entry = lexicon.entry(lemma)
        if i in reading.denied:
            found |= set(terms(lemma))
        elif entry is not None:
            found |= {term for opposite in entry.antonyms for term in terms(opposite)}
    return found


def _kin_terms(reading: Reading) -> set[str]:
    """The index terms of the claim's words and of their synonyms and derivations."""
    found: set[str] = set()
    for lemma in reading.content_lemmas:
        entry = lexicon.entry(lemma)
        for word in {lemma} | ((entry.synonyms | entry.derived) if entry is not None else set()):
            found |= set(terms(word))
    return found


class Candidates:
    """Finds and reads the records a claim may be about; each record is read once."""

    def __init__(self, index: SearchIndex, names: NameIndex) -> None:
        self.index = index
        self.names = names
        self._views: dict[int, RecordView] = {}
        # the readings of an index cached on disk are kept beside it (reading_cache)
        self._readings = readings_dir(index.docs_path)

    def find(self, reading: Reading, limit: int = CANDIDATES) -> list[RecordView]:
        words = set(terms(reading.text))
        latin = reading.text.isascii()
        people: set[str] = set()
        named: set[str] = set()
        for entity in reading.entities:
            for name in entity.names:
                if name.isascii() or not latin:  # "Боевое братство" would find 2022's and 2023's alike
                    words |= name_terms(name)
                    if entity in reading.subjects:  # not the CSTO, which every record is about
                        named |= name_terms(name)
                    if entity.type in ("person", "outlet"):  # who said it, and to whom
                        people |= name_terms(name)
        held = {word: self._held_by(word) for word in words}
        ranked = _ranked(held, words, limit)
        if people:
            # The same words given to another: "It was Aleynik who warned that ..." where
            # Tokayev warned it. His record may rank below eight of Aleynik's by the name
            # (and below those of the outlet the claim names: "Tokayev told BelTA that ...").
            ranked += [p for p in _ranked(held, words - people, SPOKEN_BY_ANOTHER) if p not in ranked]
        pivots = _predicated(reading)
        if pivots:
            # "the CSTO is closed to new members", "is not open to new members": a record
            # saying it is "open to countries that wish to join" holds no "new members"
            kin = named | pivots | _kin_terms(reading)
            held |= {word: self._held_by(word) for word in kin - held.keys()}
            holding = {p for word in pivots for p in held[word]}
            kept = {word: {p: v for p, v in held[word].items() if p in holding} for word in kin}
            ranked += [p for p in _ranked(kept, kin, SPOKEN_BY_ANOTHER) if p not in ranked]
        ordered = event_order(reading) or ()  # "X took place after Y": each one's own dated records
        for entity in reading.subjects:
            if entity.type in ONE_OFF_TYPES or entity.name in ordered:
                # "The Dostuk order went to him for ties with NATO": the award's own
                # records, however many of NATO's the other words rank above them
                own = [held.get(word, {}) for word in name_terms(entity.name)]
                holding = set.intersection(*(set(found) for found in own)) if own else set()
                if entity.name in ordered:  # the record that dates it most finely
                    dated = sorted((-len(self.index.record(p).date or ""), p) for p in holding - set(ranked))
                    ranked += [p for length, p in dated[:1] if length]
                    continue
                kept = {word: {p: v for p, v in found.items() if p in holding} for word, found in held.items()}
                ranked += [p for p in _ranked(kept, words, SPOKEN_BY_ANOTHER) if p not in ranked]
        ranked += [p for p in self._pinned(reading, held) if p not in ranked]
        for name in reading.order or ():
            # "Aleynik's comments preceded Tokayev's remarks": each one's words, found apart
            ranked += [p for p in _ranked(held, words - name_terms(name), SPOKEN_BY_ANOTHER) if p not in ranked]
        return [self.view(p) for p in ranked]

    def _pinned(self, reading: Reading, held: dict[str, dict[int, float]]) -> list[int]:
        """The records of an occasion the claim dates within a month and places ("the March
        2023 meeting in Minsk"): those dated within it that name the place, whatever the
        claim's other words rank first ("devoted to relations with NATO")."""
        places = [e for e in reading.entities if e.type == "place"]
        found: list[int] = []
        for when in reading.dates:
            if not when.year or when.precision not in ("day", "month"):
                continue
            low, high = when.first.toordinal(), when.last.toordinal()
            for place in places:
                own = [set(held.get(word, {})) for word in name_terms(place.name)]
                holding = set.intersection(*own) if own else set()
                found += sorted(
                    p
                    for p in holding
                    if self.index.date_first[p] != NO_DATE
                    and within_range(self.index.date_first[p], self.index.date_last[p], low, high)
                )
        return found[:SPOKEN_BY_ANOTHER]

    def _held_by(self, word: str) -> dict[int, float]:
        """Position -> what `word` adds to a record's rank: its rarity (idf), by the best
        field of the record that holds it."""
        index = self.index
        frequency = index.document_frequency.get(word)
        if not frequency:
            return {}
        weight = math.log(1 + max(index.size, 1) / frequency)
        best: dict[int, float] = {}
        for field_name, field_weight in _FIELD_WEIGHTS.items():
            for position in index.postings(field_name, word):
                if field_weight > best.get(position, 0.0):
                    best[position] = field_weight
        return {position: weight * value for position, value in best.items()}

    def view(self, position: int) -> RecordView:
        found = self._views.get(position)
        if found is None:
            record = self.index.record(position)
            focus_text = record.highlight or record.evidence
            if not record.highlight and record.evidence and len(record.evidence) > LONG_EVIDENCE:
                focus_text = None  # a list's many sentences: its words would match anything
            focus_text = focus_text if focus_text and focus_text != record.text else None
            own, focus = cached(
                self._readings,
                position,
                f"{record.text}\n{focus_text}",
                lambda: (
                    read(about_the_world(record.text), self.names),
                    read(focus_text, self.names) if focus_text else None,
                ),
                Reading,
            )
            entities = [
                self.names.by_name[n]
                for n in (*record.entities, record.speaker, record.place)
                if n and n in self.names.by_name
            ]
            found = self._views[position] = RecordView(record, own, focus, entities, self.names)
        return found


def _ranked(held: dict[str, dict[int, float]], words: set[str], limit: int) -> list[int]:
    """The positions of the records that hold most of `words`, rarest counting most."""
    scores: dict[int, float] = defaultdict(float)
    for word in sorted(words):  # sorted: the same sums, so the same order, whatever the hash seed
        for position, value in held[word].items():
            scores[position] += value
    return sorted(scores, key=lambda p: (-scores[p], p))[:limit]
