"""Score the records of the index against a read query, and explain a score."""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import NamedTuple

from cstofacts.dates import MONTH_NAMES, DateValue, date_similarity, span_similarity
from cstofacts.errors import NotFound
from cstofacts.facets import ANSWER_NAMES, ASKED, COUNT
from cstofacts.index import NO_DATE, SearchIndex, record_fields
from cstofacts.models import Record
from cstofacts.search.offices import office_holders
from cstofacts.search.query import Query, parse_query
from cstofacts.search.words import RELATED_SIMILARITY, Lookup, expand, similar_words
from cstofacts.text import EVERY_RECORD, fold, terms

DATE_WEIGHT = 4.0  # a date in the query weighs like a rare word
DATE_IN_TEXT = 0.8  # the date's words in the text, but not the record's date
# A question's frame counts as a part of the query that the records holding its
# kind of answer match: a third of the question's weightiest word.
ANSWER_SHARE = 0.35
# For a question, the record of an interviewer's question on the same thing counts for
# this share of its score: it restates the question and answers none of it.
ASKED_SHARE = 0.8
# When no record scores this share of the query, the related words of the words
# records do hold count too ("heads of state" finds "the leaders of the states").
WEAK_MATCH = 0.7
# A word of a name the query gives (an organisation, a person, an exercise) is what
# it is about: it weighs half again as much as its rarity says, so "CIS role in
# regional security" finds the record about the CIS before those about "role".
# (Measured on the tuning queries and sets B-M: 1.3 to 1.6 lift the same seven
# queries and lose none; from 2.0 on, names crowd out the rest of a query.)
NAMED_WEIGHT = 1.5
HELD_WORD_RELATED = 0.8
# An entity's one-word name for the words of its longer one ("UN" for "United Nations").
SHORT_NAME_SIMILARITY = 0.9
DEFAULT_MIN_SCORE = 50  # below this, results are mostly noise (see tests/test_search_quality.py)
# A query of more words than this names more than any one record says ("CSTO
# still honours its pledges to Yerevan"): the default cut-off falls with each
# further word, to a floor, so a record holding its weightiest words is found.
SHORT_QUERY = 3
LONG_QUERY_MIN_SCORE = 30


def _named_terms(index: SearchIndex, query: Query) -> set[str]:
    """The terms of the names of the entities the query names."""
    return {
        term
        for entity, names in zip(index.entities, index.entity_terms)
        if entity.name in query.expanded
        for name in names
        for term in name
    }


def _short_names(index: SearchIndex, query: Query) -> list[set[str]]:
    """For each query term, the one-word names (abbreviations) of the entity whose
    longer name the query writes with it: "UN" for "United Nations", "NATO" for
    "North Atlantic Alliance"; a record that names the entity by its short name
    ("the UN General Assembly") holds the long one's words."""
    wanted = set(query.terms)
    short: dict[str, set[str]] = defaultdict(set)
    for entity, names in zip(index.entities, index.entity_terms):
        if entity.name not in query.expanded:
            continue
        one_word = {term for name in names if len(name) == 1 for term in name}
        for name in names:
            if len(name) > 1 and name <= wanted:
                for term in name:
                    short[term] |= one_word - name
    return [short.get(term, set()) for term in query.terms]


def default_min_score(words: int) -> int:
    """The default cut-off for a query of this many words."""
    if words <= SHORT_QUERY:
        return DEFAULT_MIN_SCORE
    return max(LONG_QUERY_MIN_SCORE, DEFAULT_MIN_SCORE * SHORT_QUERY // words)


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
    position: int = -1  # in the index


def rank(
    text: str,
    index: SearchIndex,
    *,
    limit: int | None = 10,
    min_score: int | None = None,
    candidates: set[int] | None = None,
) -> tuple[Query, list[Match]]:
    """Records scoring at least `min_score` (0-100) for the query, best first;
    only those at `candidates` positions when given. `min_score` None: the
    default for the query's length (default_min_score).

    Raises NotFound when the query has nothing to search for.
    """
    query = parse_query(text, index)
    if not query.terms and not query.dates:
        if EVERY_RECORD & set(fold(text).split()):  # "csto": every record; say what of it
            raise NotFound('every record is about the CSTO; add a word to it: "CSTO summit"')
        raise NotFound(f"nothing to search for in {text.strip()[:60]!r}: only common words")
    looked_up = [similar_words(index, term, query.typed.get(term, "")) for term in query.terms]
    per_term = [lookup.words for lookup in looked_up]
    for words, short in zip(per_term, _short_names(index, query)):
        for name in short:  # "United Nations" finds "the UN General Assembly" too
            words[name] = max(words.get(name, 0.0), SHORT_NAME_SIMILARITY)
    # (a lone letter, the "U" of "U.S.", is no word to report)
    query = query._replace(unmatched=tuple(t for t, found in zip(query.terms, per_term) if not found and len(t) > 1))
    weights = [lookup.weight(index) for lookup in looked_up]
    named = _named_terms(index, query)
    weights = [weight * NAMED_WEIGHT if term in named else weight for term, weight in zip(query.terms, weights)]
    date_weight = _date_weight(weights)
    answer_weight = ANSWER_SHARE * max(weights, default=DATE_WEIGHT) if query.answer else 0.0
    total = sum(weights) + date_weight * len(query.dates) + answer_weight
    scores, held = _scores(index, query, per_term, weights, date_weight, answer_weight)
    if max(scores.values(), default=0.0) < WEAK_MATCH * total and query.terms:
        # No record holds the query's words: its held words' related words may.
        looked_up = [_widen(index, query, term, lookup) for term, lookup in zip(query.terms, looked_up)]
        per_term = [lookup.words for lookup in looked_up]
        scores, held = _scores(index, query, per_term, weights, date_weight, answer_weight)
    query = query._replace(
        expansions={
            t: [(e.word, e.related, e.relation) for e in lookup.expansions]
            for t, lookup in zip(query.terms, looked_up)
            if lookup.expansions
        },
        lookups=tuple(looked_up),
    )
    if min_score is None:
        min_score = default_min_score(len(query.terms) + len(query.dates))
        # a long query's default: a record under 50 must hold half its words
        lowered = min_score < DEFAULT_MIN_SCORE
    else:
        lowered = False  # --min-score N is the cut-off, exactly
    threshold = min_score * total / 100 - 1e-9
    usual = DEFAULT_MIN_SCORE * total / 100 - 1e-9
    kept = [
        (-raw, index.is_part[position], index.text_length[position], position)
        for position, raw in scores.items()
        if raw >= threshold
        and (candidates is None or position in candidates)
        # below the usual cut-off, a record must hold half of a long query's words at least
        and (not lowered or raw >= usual or held.get(position, 0) * 2 >= len(query.terms))
    ]
    # Only the best `limit` are turned into records: a loaded index parses
    # just those. Among equal scores a list comes before its items, then the
    # shortest record, which says most about the query; then store order.
    best_first = heapq.nsmallest(limit, kept) if limit else sorted(kept)
    matches = [
        Match(
            index.record(position), min(100, round(-negative * 100 / total)), raw=-negative / total, position=position
        )
        for negative, _, _, position in best_first
    ]
    return query, [m for m in matches if m.score >= min_score]


def _scores(
    index: SearchIndex,
    query: Query,
    per_term: list[dict[str, float]],
    weights: list[float],
    date_weight: float,
    answer_weight: float,
) -> tuple[dict[int, float], dict[int, int]]:
    """Each record's raw score: its best match for each query word, by weight and field;
    the query's dates; and the kind of answer a question asks for. And how many of the
    query's words (or their stand-ins) each record holds."""
    scores: dict[int, float] = defaultdict(float)
    held: dict[int, int] = defaultdict(int)
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
            held[position] += 1
    for date in query.dates:
        _score_date(index, date, scores, date_weight)
    if query.answer:
        holders = answer_holders(index, query.answer, per_term)
        for position in scores:
            if holders(position):
                scores[position] += answer_weight
    for position, added in office_holders(index, per_term, weights).items():
        if position in scores:
            scores[position] += added
    if query.asking:
        for position in scores:
            if index.answers[position] & ASKED:
                scores[position] *= ASKED_SHARE
    return scores, held


def _widen(index: SearchIndex, query: Query, term: str, lookup: Lookup) -> Lookup:
    """A held word's lookup with the words the lexicon relates it to, a little below
    what they count for a word no record holds."""
    if lookup.words.get(term) != 1.0 or term not in query.typed:
        return lookup
    expansions = [e for e in expand(index, query.typed[term], held=True) if e.word not in lookup.words]
    words = dict(lookup.words)
    for expansion in expansions:
        words[expansion.word] = HELD_WORD_RELATED * RELATED_SIMILARITY[expansion.relation]
    return Lookup(words, lookup.expansions + expansions, lookup.english)


def answer_holders(index: SearchIndex, answer: int, per_term: list[dict[str, float]]) -> Callable[[int], bool]:
    """Whether the record at a position holds the kind of answer a question asks
    for. A count must count what the question asks about: "how many member
    states" wants a number before "member states", not any number."""
    if answer != COUNT:
        return lambda position: bool(index.answers[position] & answer)
    counting = {
        p
        for words in per_term
        for word, similarity in words.items()
        if similarity >= 1.0
        for p in index.postings("counted", word)
    }
    return counting.__contains__


def _date_weight(weights: Sequence[float]) -> float:
    """A date weighs like a rare word, but no more than the query's weightiest word:
    "Armenia 2024" is about Armenia first, not about anything of 2024."""
    return min(DATE_WEIGHT, max(weights)) if weights else DATE_WEIGHT


def _score_date(index: SearchIndex, value: DateValue, scores: dict[int, float], weight: float) -> None:
    """Add a date's part of the score: the record's date, or the date's words in its text."""
    in_text: set[int] = set()
    for date_words in (terms(value.text), terms(_plain_date(value))):  # as typed, and "20 april" for "20th of April"
        if date_words:
            found = set(index.postings("text", date_words[0]))
            for word in date_words[1:]:
                found &= set(index.postings("text", word))
            in_text |= found
    first, last = index.date_first, index.date_last
    for position in range(index.size):
        similarity = DATE_IN_TEXT if position in in_text else 0.0
        if first[position] != NO_DATE:
            similarity = max(similarity, span_similarity(value, first[position], last[position]))
        if similarity:
            scores[position] += weight * similarity


def _plain_date(value: DateValue) -> str:
    """A date's words as the sources write them: "20 April 2024", "April 2024", "2024"."""
    month = MONTH_NAMES[value.month - 1] if value.month else ""
    return " ".join(str(part) for part in (value.day, month, value.year) if part)


def explain_match(query: Query, match: Match, index: SearchIndex) -> list[Component]:
    """Each query word's best match in the record, for `search --explain`."""
    from cstofacts.facets import offices_of

    aliases = {e.name: e.names for e in index.entities}
    fields = record_fields(match.record, aliases, offices_of(index.entities))
    components = []
    weights = []
    lookups = query.lookups or tuple(similar_words(index, t, query.typed.get(t, "")) for t in query.terms)
    for term, lookup in zip(query.terms, lookups):
        best = Component(term, None, None, 0.0, lookup.weight(index))
        for word, similarity in lookup.words.items():
            for field_name, field_weight in FIELD_WEIGHTS.items():
                if word in fields[field_name] and similarity * field_weight > best.similarity:
                    best = Component(term, word, field_name, similarity * field_weight, best.weight)
        components.append(best)
        weights.append(best.weight)
    date_weight = _date_weight(weights)
    for value in query.dates:
        similarity = date_similarity(value, match.record.date, match.record.date_end)
        hit = match.record.date if similarity else None
        components.append(Component(value.iso, hit, "date" if hit else None, similarity, date_weight))
    if query.answer:
        per_term = [lookup.words for lookup in lookups]
        holds = match.position >= 0 and answer_holders(index, query.answer, per_term)(match.position)
        components.append(
            Component(
                f"question: {ANSWER_NAMES[query.answer]}",
                ANSWER_NAMES[query.answer] if holds else None,
                "answer" if holds else None,
                float(holds),
                ANSWER_SHARE * max(weights, default=DATE_WEIGHT),
            )
        )
    return components
