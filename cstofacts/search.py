"""Rank records against a free-text query: fuzzy words, entity aliases and dates."""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Sequence
from typing import NamedTuple

from cstofacts.dates import DateValue, date_similarity, find_dates, span_similarity
from cstofacts.errors import NotFound
from cstofacts.index import NO_DATE, SearchIndex, record_fields
from cstofacts.models import Record
from cstofacts.text import WORD, compounds, fold, latin_spelling, stem, terms

# Scorer choice. A query is matched word by word against the words of each
# record, because whole-string scorers fail here in two opposite ways:
# WRatio scales a short query against a long text down to about 60, so good
# hits look weak; token_set_ratio gives 100 whenever the query's words are a
# subset, so a query of "the" would match everything. Per word we use
# fuzz.ratio (edit distance), which forgives typos ("Tasmagambetow") without
# rewarding one shared word, and weight each word by its rarity (IDF), so
# "Khujand" counts for more than "security".
WORD_SIMILARITY = 80  # fuzz.ratio at or above this counts as the same word
STEM_PREFIX_SIMILARITY = 0.8  # a misspelt word that begins with a stem of the index
TYPO_SIMILARITY = 85  # fuzz.ratio of a misspelt word to the word it stands for
# Endings the stemmer cuts: a stem and one of them make a word it came from.
ENDINGS = ("ement", "ment", "ments", "ation", "ations", "ion", "ions", "ing", "ed", "es", "s", "er", "ers",
           "al", "ity", "ance", "ence", "ive", "ness", "ly", "ize", "ise", "isation", "ization", "e")
PREFIX_SIMILARITY = 0.9  # "khuj" for "khujand": a half-typed word still helps
MIN_FUZZY_LENGTH = 4  # shorter words and numbers must match exactly
UNKNOWN_TERM_WEIGHT = 1.0  # a word no record holds lowers confidence a little
DATE_WEIGHT = 4.0  # a date in the query weighs like a rare word
DATE_IN_TEXT = 0.8  # the date's words in the text, but not the record's date
DEFAULT_MIN_SCORE = 50  # below this, results are mostly noise (see tests/test_search_quality.py)

# How much a word counts by the field it is found in: the record's own words
# first, then the names of its speaker, entities (with aliases) and place.
FIELD_WEIGHTS = {"text": 1.0, "names": 0.9, "topics": 0.7}


class Component(NamedTuple):
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


class Match(NamedTuple):
    record: Record
    score: int
    components: tuple[Component, ...] = ()
    raw: float = 0.0


class Query(NamedTuple):
    text: str
    normalised: str
    terms: tuple[str, ...]
    dates: tuple[DateValue, ...]
    expanded: dict[str, tuple[str, ...]]
    unmatched: tuple[str, ...] = ()  # the query's words no record holds, even with a typo

    def unmatched_words(self) -> list[str]:
        """The query's words as typed whose terms no record holds ("zebra")."""
        missing = set(self.unmatched)
        return list(dict.fromkeys(w for w in WORD.findall(self.text) if missing & set(terms(w))))

    def explain(self) -> dict[str, object]:
        return {
            "query": self.text,
            "normalised": self.normalised,
            "terms": list(self.terms),
            "dates": [d.iso for d in self.dates],
            "aliases": {name: list(names) for name, names in self.expanded.items()},
        }


def similar_words(index: SearchIndex, term: str) -> dict[str, float]:
    """Words of the index that `term` may stand for, with a similarity in 0..1.

    A word the index holds is taken as typed (plus longer words it begins);
    only a word it does not hold is looked up fuzzily, as a typo. That keeps
    thefuzz (and its 20 ms import) off the common path.
    """
    if not term.isascii():
        # "Худжанд", "Минск": a name the sources print in Latin letters, which a
        # record of the user's own may also print in its own script: both count.
        latin = stem(latin_spelling(term))
        if latin.isascii() and latin != term:
            found = similar_words(index, latin)
            if term in index.document_frequency:
                found[term] = 1.0
            return found
    if term in index.document_frequency and (len(term) < MIN_FUZZY_LENGTH or term.isdigit()):
        return {term: 1.0}
    if len(term) < MIN_FUZZY_LENGTH or term.isdigit():
        return {}
    found = {word: PREFIX_SIMILARITY for word in _words_beginning(index.vocabulary, term)}
    if term in index.document_frequency:
        found[term] = 1.0
        return found
    from thefuzz import fuzz, process

    for word, score in process.extractBests(
        term, index.vocabulary, scorer=fuzz.ratio, processor=None, score_cutoff=WORD_SIMILARITY, limit=None
    ):
        found[word] = max(found.get(word, 0.0), score / 100)
    if not found:
        # A typo escapes the stemmer ("agreemnt" stays whole, "agreement" is
        # "agre"): the longest stem it begins with, when the stem and a common
        # ending make a word that stems to it and that the typo is close to
        # ("agre" + "ement"). "Chinatown" is no "china" + ending.
        for cut in range(len(term) - 1, MIN_FUZZY_LENGTH - 1, -1):
            root = term[:cut]
            if root in index.document_frequency and any(
                fuzz.ratio(term, root + ending) >= TYPO_SIMILARITY and stem(root + ending) == root for ending in ENDINGS
            ):
                found[root] = STEM_PREFIX_SIMILARITY
                break
    return found


def _words_beginning(vocabulary: Sequence[str], prefix: str) -> list[str]:
    """Words of the sorted `vocabulary` longer than `prefix` that begin with it."""
    from bisect import bisect_left, bisect_right

    low = bisect_right(vocabulary, prefix)
    high = bisect_left(vocabulary, prefix + "\uffff", low)
    return list(vocabulary[low:high])


def term_weight(index: SearchIndex, words: dict[str, float]) -> float:
    """Inverse document frequency of the commonest word a term stands for."""
    if not words:
        return UNKNOWN_TERM_WEIGHT
    frequency = max(index.document_frequency[w] for w in words)
    return math.log(1 + index.size / frequency)


def parse_query(text: str, index: SearchIndex) -> Query:
    """The query's terms, dates and the entities of `index` it names. A hyphenated
    compound counts as one word when the index holds it, else as its parts."""
    known = index.document_frequency
    dates = find_dates(text)
    rest = text
    for value in dates:
        rest = rest.replace(value.text, " ")
    query_terms = terms(rest)
    for joined, parts in compounds(fold(rest)).items():
        drop = set(parts) if joined in known else {joined}
        query_terms = [t for t in query_terms if t not in drop or (t == joined and joined in known)]
    query_terms = tuple(query_terms)
    expanded = {}
    wanted = set(terms(text))  # with the date's words: "Rock 2023" names Rock-2023
    for entity, name_terms in zip(index.entities, index.entity_terms):
        if any(t and t <= wanted for t in name_terms):
            expanded[entity.name] = entity.names
    return Query(text, fold(text), query_terms, tuple(dates), expanded)


def rank(
    text: str,
    index: SearchIndex,
    *,
    limit: int | None = 10,
    min_score: int = DEFAULT_MIN_SCORE,
    candidates: set[int] | None = None,
) -> tuple[Query, list[Match]]:
    """Records scoring at least `min_score` (0-100) for the query, best first;
    only those at `candidates` positions when given.

    Raises NotFound when the query has nothing to search for.
    """
    query = parse_query(text, index)
    if not query.terms and not query.dates:
        raise NotFound(f"nothing to search for in {text.strip()[:60]!r}: only common words")
    per_term = [similar_words(index, term) for term in query.terms]
    # (a lone letter, the "U" of "U.S.", is no word to report)
    query = query._replace(unmatched=tuple(t for t, found in zip(query.terms, per_term) if not found and len(t) > 1))
    weights = [term_weight(index, words) for words in per_term]
    date_weight = _date_weight(weights)
    total = sum(weights) + date_weight * len(query.dates)
    scores: dict[int, float] = defaultdict(float)
    for words, weight in zip(per_term, weights):
        best: dict[int, float] = {}
        for word, similarity in words.items():
            for field_name, field_weight in FIELD_WEIGHTS.items():
                value = similarity * field_weight
                for position in index.postings(field_name, word):
                    if value > best.get(position, 0.0):
                        best[position] = value
        for position, value in best.items():
            scores[position] += weight * value
    for value in query.dates:
        _score_date(index, value, scores, date_weight)
    threshold = min_score * total / 100 - 1e-9
    kept = [
        (-raw, index.is_part[position], index.text_length[position], position)
        for position, raw in scores.items()
        if raw >= threshold and (candidates is None or position in candidates)
    ]
    # Only the best `limit` are turned into records: a loaded index parses
    # just those. Among equal scores a list comes before its items, then the
    # shortest record, which says most about the query; then store order.
    best_first = heapq.nsmallest(limit, kept) if limit else sorted(kept)
    matches = [
        Match(index.record(position), min(100, round(-negative * 100 / total)), raw=-negative / total)
        for negative, _, _, position in best_first
    ]
    return query, [m for m in matches if m.score >= min_score]


def _date_weight(weights: Sequence[float]) -> float:
    """A date weighs like a rare word, but no more than the query's weightiest word:
    "Armenia 2024" is about Armenia first, not about anything of 2024."""
    return min(DATE_WEIGHT, max(weights)) if weights else DATE_WEIGHT


def _score_date(index: SearchIndex, value: DateValue, scores: dict[int, float], weight: float) -> None:
    """Add a date's part of the score: the record's date, or the date's words in its text."""
    date_words = terms(value.text)
    in_text: set[int] = set()
    if date_words:
        in_text = set(index.postings("text", date_words[0]))
        for word in date_words[1:]:
            in_text &= set(index.postings("text", word))
    first, last = index.date_first, index.date_last
    for position in range(index.size):
        similarity = DATE_IN_TEXT if position in in_text else 0.0
        if first[position] != NO_DATE:
            similarity = max(similarity, span_similarity(value, first[position], last[position]))
        if similarity:
            scores[position] += weight * similarity


def explain_match(query: Query, match: Match, index: SearchIndex) -> list[Component]:
    """Each query word's best match in the record, for `search --explain`."""
    aliases = {e.name: e.names for e in index.entities}
    fields = record_fields(match.record, aliases)
    components = []
    for term in query.terms:
        words = similar_words(index, term)
        best = Component(term, None, None, 0.0, term_weight(index, words))
        for word, similarity in words.items():
            for field_name, field_weight in FIELD_WEIGHTS.items():
                if word in fields[field_name] and similarity * field_weight > best.similarity:
                    best = Component(term, word, field_name, similarity * field_weight, best.weight)
        components.append(best)
    date_weight = _date_weight([c.weight for c in components])
    for value in query.dates:
        similarity = date_similarity(value, match.record.date, match.record.date_end)
        hit = match.record.date if similarity else None
        components.append(Component(value.iso, hit, "date" if hit else None, similarity, date_weight))
    return components
