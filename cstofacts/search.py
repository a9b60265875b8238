"""Rank records against a free-text query: fuzzy words, entity aliases and dates."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from cstofacts.dates import DateValue, date_similarity, find_dates
from cstofacts.errors import NotFound
from cstofacts.models import Entity, Record
from cstofacts.text import fold, terms

# Scorer choice. A query is matched word by word against the words of each
# record, because whole-string scorers fail here in two opposite ways:
# WRatio scales a short query against a long text down to about 60, so good
# hits look weak; token_set_ratio gives 100 whenever the query's words are a
# subset, so a query of "the" would match everything. Per word we use
# fuzz.ratio (edit distance), which forgives typos ("Tasmagambetow") without
# rewarding one shared word, and weight each word by its rarity (IDF), so
# "Khujand" counts for more than "security".
WORD_SIMILARITY = 80  # fuzz.ratio at or above this counts as the same word
PREFIX_SIMILARITY = 0.9  # "khuj" for "khujand": a half-typed word still helps
MIN_FUZZY_LENGTH = 4  # shorter words and numbers must match exactly
UNKNOWN_TERM_WEIGHT = 1.0  # a word no record holds lowers confidence a little
DATE_WEIGHT = 4.0  # a date in the query weighs like a rare word
DATE_IN_TEXT = 0.8  # the date's words in the text, but not the record's date
DEFAULT_MIN_SCORE = 50  # below this, results are mostly noise (see tests/test_search_quality.py)

# How much a word counts by the field it is found in: the record's own words
# first, then the names of its speaker, entities (with aliases) and place.
FIELD_WEIGHTS = {"text": 1.0, "names": 0.9, "topics": 0.7}


@dataclass(frozen=True)
class Component:
    """One part of a score: a query word (or date) and what it matched."""

    term: str
    matched: str | None
    field: str | None
    similarity: float
    weight: float

    def to_dict(self) -> dict[str, object]:
        return {
            "term": self.term,
            "matched": self.matched,
            "field": self.field,
            "similarity": round(self.similarity, 2),
            "weight": round(self.weight, 2),
        }


@dataclass(frozen=True)
class Match:
    record: Record
    score: int
    components: tuple[Component, ...] = ()
    raw: float = 0.0


@dataclass(frozen=True)
class Query:
    text: str
    normalised: str
    terms: tuple[str, ...]
    dates: tuple[DateValue, ...]
    expanded: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def explain(self) -> dict[str, object]:
        return {
            "query": self.text,
            "normalised": self.normalised,
            "terms": list(self.terms),
            "dates": [d.iso for d in self.dates],
            "aliases": {name: list(names) for name, names in self.expanded.items()},
        }


def _record_fields(record: Record, aliases: dict[str, tuple[str, ...]]) -> dict[str, set[str]]:
    names = [record.speaker or "", record.place or "", record.role or ""]
    for name in (record.speaker, record.place, *record.entities):
        if name:
            names.extend(aliases.get(name, (name,)))
    return {
        "text": set(terms(record.text)),
        "names": set(terms(" ".join(names))),
        "topics": set(terms(" ".join(record.topics))),
    }


class SearchIndex:
    """Words of every record by field, with how many records hold each word."""

    def __init__(self, records: Sequence[Record], entities: Sequence[Entity]) -> None:
        self.records = list(records)
        self.entities = list(entities)
        aliases = {e.name: e.names for e in entities}
        self.fields = [_record_fields(r, aliases) for r in self.records]
        self.postings: dict[str, dict[str, list[int]]] = {f: defaultdict(list) for f in FIELD_WEIGHTS}
        document_frequency: dict[str, int] = defaultdict(int)
        for position, record_fields in enumerate(self.fields):
            for field_name, words in record_fields.items():
                for word in words:
                    self.postings[field_name][word].append(position)
            for word in set().union(*record_fields.values()):
                document_frequency[word] += 1
        self.document_frequency = dict(document_frequency)
        self.vocabulary = sorted(self.document_frequency)

    def similar_words(self, term: str) -> dict[str, float]:
        """Words of the index that `term` may stand for, with a similarity in 0..1."""
        if term in self.document_frequency and (len(term) < MIN_FUZZY_LENGTH or term.isdigit()):
            return {term: 1.0}
        if len(term) < MIN_FUZZY_LENGTH or term.isdigit():
            return {}
        from thefuzz import fuzz, process

        found = {
            word: score / 100
            for word, score in process.extractBests(
                term, self.vocabulary, scorer=fuzz.ratio, processor=None,
                score_cutoff=WORD_SIMILARITY, limit=None,
            )
        }
        for word in self.vocabulary:
            if word.startswith(term) and word != term:
                found[word] = max(found.get(word, 0.0), PREFIX_SIMILARITY)
        if term in self.document_frequency:
            found[term] = 1.0
        return found

    def weight(self, words: dict[str, float]) -> float:
        """Inverse document frequency of the commonest word a term stands for."""
        if not words:
            return UNKNOWN_TERM_WEIGHT
        frequency = max(self.document_frequency[w] for w in words)
        return math.log(1 + len(self.records) / frequency)


def parse_query(text: str, entities: Sequence[Entity]) -> Query:
    dates = find_dates(text)
    rest = text
    for value in dates:
        rest = rest.replace(value.text, " ")
    query_terms = tuple(terms(rest))
    expanded = {}
    wanted = set(terms(text))  # with the date's words: "Rock 2023" names Rock-2023
    for entity in entities:
        for name in entity.names:
            name_terms = set(terms(name))
            if name_terms and name_terms <= wanted:
                expanded[entity.name] = entity.names
                break
    return Query(text, fold(text), query_terms, tuple(dates), expanded)


def rank(
    text: str,
    index: SearchIndex,
    *,
    limit: int | None = 10,
    min_score: int = DEFAULT_MIN_SCORE,
    candidates: set[int] | None = None,
) -> tuple[Query, list[Match]]:
    """Records scoring at least `min_score` (0-100) for the query, best first.

    Raises NotFound when the query has nothing to search for.
    """
    query = parse_query(text, index.entities)
    if not query.terms and not query.dates:
        raise NotFound(f"nothing to search for in {text.strip()[:60]!r}: only common words")
    per_term = [(term, index.similar_words(term)) for term in query.terms]
    weights = [index.weight(words) for _, words in per_term]
    total = sum(weights) + DATE_WEIGHT * len(query.dates)
    scores: dict[int, float] = defaultdict(float)
    for (_term, words), weight in zip(per_term, weights):
        best: dict[int, float] = {}
        for word, similarity in words.items():
            for field_name, field_weight in FIELD_WEIGHTS.items():
                for position in index.postings[field_name].get(word, ()):
                    value = similarity * field_weight
                    if value > best.get(position, 0.0):
                        best[position] = value
        for position, value in best.items():
            scores[position] += weight * value
    for value in query.dates:
        date_words = set(terms(value.text))
        for position, record in enumerate(index.records):
            similarity = date_similarity(value, record.date, record.date_end)
            if date_words and date_words <= index.fields[position]["text"]:
                similarity = max(similarity, DATE_IN_TEXT)
            scores[position] += DATE_WEIGHT * similarity
    matches = []
    for position, raw in scores.items():
        if candidates is not None and position not in candidates:
            continue
        score = round(100 * raw / total)
        if score >= min_score:
            matches.append(Match(index.records[position], score, raw=raw / total))
    matches.sort(key=lambda m: (-m.raw, *_tiebreak(query, m.record), m.record.id))
    return query, matches[:limit] if limit else matches


def _tiebreak(query: Query, record: Record) -> tuple[int, int]:
    """Among equal scores: the record about the entities the query names, then the shortest.

    A short record that matches says more about the query than a long one
    that mentions it in passing.
    """
    named = {record.speaker, record.place, *record.entities} & set(query.expanded)
    return -len(named), len(record.text)


def explain_match(query: Query, match: Match, index: SearchIndex) -> list[Component]:
    """Each query word's best match in the record, for `search --explain`."""
    position = index.records.index(match.record)
    record_fields = index.fields[position]
    components = []
    for term in query.terms:
        words = index.similar_words(term)
        best = Component(term, None, None, 0.0, index.weight(words))
        for word, similarity in words.items():
            for field_name, field_weight in FIELD_WEIGHTS.items():
                if word in record_fields[field_name] and similarity * field_weight > best.similarity:
                    best = Component(term, word, field_name, similarity * field_weight, best.weight)
        components.append(best)
    for value in query.dates:
        similarity = date_similarity(value, match.record.date, match.record.date_end)
        hit = match.record.date if similarity else None
        components.append(Component(value.iso, hit, "date" if hit else None, similarity, DATE_WEIGHT))
    return components
