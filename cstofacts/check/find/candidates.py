"""Stage 2: the records a claim may be about, found through the search index
(never a scan of the store), each read once into a view the slots compare."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable
from functools import cache, cached_property

from cstofacts import lexicon
from cstofacts.check.find.reading_cache import cached, readings_dir
from cstofacts.check.lexical import named_in_ing
from cstofacts.check.read.causes import find_causes
from cstofacts.check.read.names import ONE_OFF_TYPES, NameIndex
from cstofacts.check.read.order import event_order
from cstofacts.check.read.reading import Reading, read
from cstofacts.check.read.when import When, find_when, record_when
from cstofacts.check.termsets import ADJECTIVE_CLASSES, COPULAS, NEGATIONS
from cstofacts.check.words import Token, compound_head, noun_use, tokenize
from cstofacts.index import SearchIndex
from cstofacts.models import Entity, Record
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


class RecordView:
    """A record as the slots see it: its own text read like a claim, the words
    of its evidence (or highlight) beside them, and its fields."""

    def __init__(
        self,
        record: Record,
        reading: Reading,
        focus: Reading | None,
        entities: list[Entity],
        names_index: NameIndex | None = None,
    ) -> None:
        self.record = record
        self.reading = reading
        self.focus = focus  # the source's words the record is about: its highlight, else its evidence
        self.entities = entities
        self.names_index = names_index

    @cached_property
    def context(self) -> Reading | None:
        """Its evidence, whole sentences, when the focus is narrower (read only when asked)."""
        record = self.record
        if record.highlight and record.evidence and self.names_index is not None:
            return read(record.evidence, self.names_index)
        return self.focus

    @cached_property
    def readings(self) -> tuple[Reading, ...]:
        """The record's own words read, and its focus (the source's words it is about)."""
        return tuple(r for r in (self.reading, self.focus) if r is not None)

    @cached_property
    def states_a_cause(self) -> bool:
        """True when the record says one thing caused or led to another ("B led to E")."""
        return any(find_causes(r) for r in self.readings)

    @cached_property
    def lemmas(self) -> set[str]:
        words: set[str] = set()
        for reading in self.readings:
            words |= {t.lemma for t in reading.tokens if not t.function}
            words |= {t.word for t in reading.tokens if t.word != t.lemma and named_in_ing(t.word)}
            words |= set(reading.phrases.values())
            # a compound's head, as the claim may write it apart: "in-depth" says "depth"
            words |= {compound_head(t.word) for t in reading.tokens if "-" in t.word[1:-1]}
        return words

    @cached_property
    def named_acts(self) -> set[str]:
        """Lemmas the record has only as a noun in -ing ("at the meeting", "its
        training"): a thing named, not the act, which no denial of the act touches."""
        return self._only_as_nouns(lambda token: token.word.endswith("ing"))

    @cached_property
    def nouns_only(self) -> set[str]:
        """Lemmas the record has only after a determiner or an owner ("member states'
        approaches"): nouns, whose verbs' opposites they are not."""
        return self._only_as_nouns(lambda token: True)

    def _only_as_nouns(self, kind: Callable[[Token], bool]) -> set[str]:
        nouns: set[str] = set()
        acts: set[str] = set()
        for reading in self.readings:
            for j, token in enumerate(reading.tokens):
                (nouns if kind(token) and noun_use(reading, j) else acts).add(token.lemma)
        return nouns - acts

    @cached_property
    def said_words(self) -> set[str]:
        """The lemmas of what the record says (its content words and phrases, and the
        words that deny, "difficult to calculate"), not of its framing: "Earlier,
        Aleynik stressed ..." says nothing "early"."""
        found: set[str] = set()
        for reading in self.readings:
            found |= set(reading.content_lemmas) | {reading.tokens[i].lemma for i in reading.content}
            found |= {reading.tokens[i].lemma for i in reading.negations}  # "difficult to calculate"
        return found

    @cached_property
    def particles(self) -> set[str]:
        """Words the record has only inside a phrase another word opens ("out" of "sets
        out"): no words of their own, and so no one's opposite."""
        inside: set[str] = set()
        outside: set[str] = set()
        for reading in self.readings:
            within = {j for i, p in reading.phrases.items() for j in range(i + 1, i + len(p.split()))}
            for j, token in enumerate(reading.tokens):
                if not token.function:
                    (inside if j in within else outside).add(token.lemma)
        return inside - outside

    @cached_property
    def kind_words(self) -> set[str]:
        """What the record's entities are, by the head of their name and of their
        description ("organization" for the CSTO, "agency" for BelTA, "newspaper" for
        Izvestia): a claim's "the bloc", "the agency" speaks of them."""
        found: set[str] = set()
        for entity in self.entities:
            if entity.type == "person":
                continue
            words = [t for t in tokenize(entity.name) if not t.function]
            if words:
                found.add(words[-1].lemma)
            description = tokenize(entity.description or "")
            while description and description[0].function:
                description = description[1:]
            for token in description:
                if token.function:
                    break
                found.add(token.lemma)
        return found

    @cached_property
    def role_words(self) -> set[str]:
        """The words of the offices the sources give the people the record names, and
        their phrases ("kazakh", "president"; "secretary", "general", "secretary
        general"): a claim that names a speaker by office says them."""
        found: set[str] = set()
        for entity in self.entities:
            if entity.type != "person" or not entity.role:
                continue
            lemmas = [t.lemma for t in tokenize(entity.role) if not t.function]
            found.update(lemmas)
            found.update(" ".join(lemmas[i : i + 2]) for i in range(len(lemmas) - 1))
        return found

    @cached_property
    def frame_lemmas(self) -> set[str]:
        """The words of the record's attribution frame ("argued", "according to"): who says, not what."""
        return {self.reading.tokens[i].lemma for i in self.reading.reporting}

    @cached_property
    def denied_heads(self) -> set[str]:
        """The lemmas the record's own words deny first: "avoid a habit of framing" -> habit."""
        return {self.reading.phrases.get(i, self.reading.tokens[i].lemma) for i in self.reading.denied_heads}

    @cached_property
    def denied(self) -> dict[str, bool]:
        """Lemma -> whether the record denies it (every time it says it): "does not
        seek to serve as a counterweight" denies "serve" and "counterweight"."""
        found: dict[str, bool] = {}
        for reading in (self.focus, self.reading):  # the record's own words have the last say
            if reading is None:
                continue
            seen: dict[str, bool] = {}
            for i, token in enumerate(reading.tokens):
                lemma = reading.phrases.get(i, token.lemma)
                seen[lemma] = seen.get(lemma, True) and i in reading.denied
            found.update(seen)
        return found

    @cached_property
    def names(self) -> set[str]:
        """Every entity the record names, in its fields or its words."""
        found = {e.name for e in self.entities} | {e.name for e in self.reading.entities}
        if self.focus is not None:
            found |= {e.name for e in self.focus.entities}
        return found

    @cached_property
    def source_voice(self) -> str:
        """The one person whose interview or remarks the record's source reports, as the
        source's note names them ("Report of an interview ... Tasmagambetov gave to
        BelTA"): a record in the report's own voice tells that person's view. Empty
        when the note names no person, or several (Tokayev's remarks "with earlier
        remarks by Sergei Aleynik")."""
        people = self.source_people
        return people[0] if len(people) == 1 else ""

    @cached_property
    def source_people(self) -> tuple[str, ...]:
        """The people the note on the record's source names: whose words it reports."""
        note = self.record.source.note if self.record.source else None
        if not note or self.names_index is None:
            return ()
        return self.names_index.people_in(note)

    @cached_property
    def attributed(self) -> set[str]:
        """Who the record says holds its words: its speaker, and anyone its text says said them."""
        found = {e.name for e in self.reading.speakers}
        if self.record.speaker:
            found.add(self.record.speaker)
        return found

    @cached_property
    def when(self) -> When | None:
        return record_when(self.record.date, self.record.date_end)

    @cached_property
    def dates_in_words(self) -> list[When]:
        found = list(self.reading.dates)
        if self.focus is not None:
            found += find_when(self.focus.text)
        return found

    @property
    def counts(self) -> list:
        found = list(self.reading.counts)
        if self.focus is not None:
            found += self.focus.counts
        return found


def _predicated(reading: Reading) -> set[str]:
    """The index terms of what a record that contradicts the quality a claim says a
    thing has must hold: the quality's opposites ("is closed": "open"), or, where the
    claim denies it ("is not open"), the quality itself."""
    found: set[str] = set()
    for i in reading.content:
        before = [t.word for t in reading.tokens[max(0, i - 2) : i]]
        predicated = before[-1:] and (before[-1] in COPULAS or (before[0] in COPULAS and before[-1] in NEGATIONS))
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
        for name in reading.order or ():
            # "Aleynik's comments preceded Tokayev's remarks": each one's words, found apart
            ranked += [p for p in _ranked(held, words - name_terms(name), SPOKEN_BY_ANOTHER) if p not in ranked]
        return [self.view(p) for p in ranked]

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
