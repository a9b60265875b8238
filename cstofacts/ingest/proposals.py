"""The candidate records of a source's text, stage by stage, and each as a row of the
import format (`cstofacts import` reads them back): kind, words, speaker, dates, the
entities the store knows, new names proposed, the evidence and its locator."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from cstofacts.ingest.direct import direct_quotes, interview_quotes, quoted
from cstofacts.ingest.document import Candidate, Document, Sentence
from cstofacts.ingest.interview import find_interview
from cstofacts.ingest.names import Names
from cstofacts.ingest.numbers import counts
from cstofacts.ingest.people import People
from cstofacts.ingest.reported import reported_in
from cstofacts.ingest.when import dated_events
from cstofacts.locate import paragraph_at
from cstofacts.models import Entity, Source

MAX_WORDS = 10_000  # characters of a record's text or evidence that import takes


def propose(text: str, source: Source, entities: Iterable[Entity]) -> list[Candidate]:
    """Every candidate record in `text` (the text of `source`), in the order of the text."""
    doc = Document(text)
    names = Names(entities)
    hidden = _quotations(doc)
    people = People(doc, names, hidden)
    interview = find_interview(doc, names, people, source)
    asked = {t.paragraph for t in interview.turns if t.question} if interview else set()
    answered = {t.paragraph for t in interview.turns} if interview else set()
    facts: list[Candidate] = []

    def reported(sentence: Sentence) -> None:
        fact = reported_in(doc, people, sentence)
        if fact is not None:
            facts.append(fact)

    found = quoted(doc, people, answered, reported)
    candidates = interview_quotes(doc, interview) if interview else []
    candidates += direct_quotes(doc, found) + facts
    _name_the_unnamed(candidates, people)
    candidates += dated_events(doc, asked, source.date[:4] if source.date else None, hidden)
    candidates += counts(doc, answered, {c.start for c in candidates})
    kept = _unique(c for c in candidates if len(c.text) <= MAX_WORDS and c.end - c.start <= MAX_WORDS)
    for candidate in kept:
        evidence = text[candidate.start : candidate.end]
        candidate.entities = names.known_in(evidence)
        starts = [s.start - candidate.start for s in doc.paragraph_at(candidate.start).sentences]
        proposed = names.new_in(evidence, starts)
        if candidate.speaker and names.known(candidate.speaker) is None and candidate.speaker not in people.unnamed:
            proposed.insert(0, candidate.speaker)
        candidate.proposed = _whole_names(proposed, names)
    return sorted(kept, key=lambda c: (c.start, c.highlight or (c.start, c.end)))


def _name_the_unnamed(candidates: list[Candidate], people: People) -> None:
    """A speaker named by role alone ("a spokeswoman for the ministry") becomes the person
    the article names later with that title; one it never names stays that role."""
    for candidate in candidates:
        if candidate.speaker in people.unnamed:
            named = people.named_later(candidate.speaker)
            if named is not None:
                candidate.speaker, candidate.role = named


def _whole_names(proposed: list[str], names: Names) -> list[str]:
    """The new names, each once, a surname alone left out when its full name is among
    them or is a person the article named in full."""
    kept: list[str] = []
    for name in proposed:
        full = names.new_people.get(name, name)
        if (
            names.known(full) is None
            and full not in kept
            and not (" " not in name and any(k.endswith(" " + name) for k in proposed))
        ):
            kept.append(full)
    return kept


def _quotations(doc: Document) -> list[tuple[int, int]]:
    from cstofacts.ingest.quotes import quoted_spans

    return [(s.open, s.close) for p in doc.paragraphs for s in quoted_spans(doc.text, p.start, p.end)]


def _unique(candidates: Iterable[Candidate]) -> list[Candidate]:
    seen: set[tuple[Any, ...]] = set()
    kept = []
    for candidate in candidates:
        key = (candidate.kind, candidate.text, candidate.speaker, candidate.date, candidate.date_end, candidate.start)
        if key not in seen:
            seen.add(key)
            kept.append(candidate)
    return kept


def row(candidate: Candidate, text: str, source: Source, known: Names | None = None) -> dict[str, Any]:
    """A candidate as a row of the import format (`cstofacts import` takes it as it is)."""
    low, high = candidate.highlight or (None, None)
    evidence = text[candidate.start : candidate.end]
    highlight = text[low:high] if low is not None and high is not None else None
    new_speaker = bool(candidate.speaker and candidate.speaker in candidate.proposed)
    return {
        "kind": candidate.kind,
        "text": candidate.text,
        "speaker": candidate.speaker,
        "role": candidate.role if candidate.speaker else None,
        "date": candidate.date,
        "date_end": candidate.date_end,
        "date_implied": candidate.date_implied,
        "period": candidate.period,
        "entities": candidate.entities,
        "proposed_entities": candidate.proposed,
        "new_entities": new_speaker,
        "source": source.id,
        "evidence": evidence,
        "highlight": highlight if highlight != evidence else None,
        "locator": {
            "paragraph": paragraph_at(text, candidate.start),
            "start": candidate.start,
            "end": candidate.end,
            "highlight_start": low,
            "highlight_end": high,
        },
        "found_by": candidate.found_by,
    }
