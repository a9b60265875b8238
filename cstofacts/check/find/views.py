"""Stage 2: a record as the slots see it: its own text read like a claim, the words
of its evidence beside them, and its fields, each worked out once."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

from cstofacts.check.lexical import named_in_ing
from cstofacts.check.read.causes import find_causes
from cstofacts.check.read.names import NameIndex
from cstofacts.check.read.reading import Reading, read
from cstofacts.check.read.when import When, find_when, record_when
from cstofacts.check.words import Token, compound_head, noun_use, tokenize
from cstofacts.models import Entity, Record


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
