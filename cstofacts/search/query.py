"""Read a query: its dates, a Russian query's English, a question's frame, its
terms (each with the word typed), and the entities of the index it names."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Any, NamedTuple

from cstofacts.dates import DateValue, find_dates
from cstofacts.facets import ANSWER_NAMES
from cstofacts.index import SearchIndex
from cstofacts.search.questions import asks, read_question
from cstofacts.text import STOP_WORDS, WORD, compounds, fold, is_cyrillic, stem, terms


class Query(NamedTuple):
    text: str
    normalised: str
    terms: tuple[str, ...]
    dates: tuple[DateValue, ...]
    expanded: dict[str, tuple[str, ...]]  # the entities it names, with their aliases
    unmatched: tuple[str, ...] = ()  # the query's words no record holds, even with a typo or the lexicon
    answer: int = 0  # the kind of answer a question asks for (facets.COUNT, ...), 0 for none
    typed: Mapping[str, str] = MappingProxyType({})  # each term's word as typed (folded), which the lexicon reads
    english: str = ""  # the English the glossary gave a Russian query's words
    expansions: Mapping[str, list[tuple[str, str, str]]] = MappingProxyType(
        {}
    )  # term -> (index word, lexicon word, relation)
    lookups: tuple[Any, ...] = ()  # what each term stands for (words.Lookup), once ranked
    asking: bool = False  # a question, of any kind: the records of questions answer none

    def unmatched_words(self) -> list[str]:
        """The query's words as typed whose terms no record holds ("zebra")."""
        missing = set(self.unmatched)
        return list(dict.fromkeys(w for w in WORD.findall(self.text) if missing & set(terms(w))))

    def explain(self) -> dict[str, object]:
        found: dict[str, object] = {
            "query": self.text,
            "normalised": self.normalised,
            "terms": list(self.terms),
            "dates": [d.iso for d in self.dates],
            "aliases": {name: list(names) for name, names in self.expanded.items()},
        }
        if self.english:
            found["english"] = self.english
        if self.answer:
            found["question"] = f"asks for {ANSWER_NAMES[self.answer]}: records that hold one rank first"
        if self.expansions:
            found["expansions"] = {
                term: [f"{related} ({relation})" for _, related, relation in words]
                for term, words in self.expansions.items()
            }
        return found


def parse_query(text: str, index: SearchIndex) -> Query:
    """The query's terms, dates, frame and the entities of `index` it names. A
    hyphenated compound counts as its parts, which the index holds for a record
    that writes it whole too: "Kyrgyz-Tajik" finds "the Kyrgyz and Tajik
    peoples". An English word written with a hyphen ("peace-keeping") that the
    index holds whole counts as that one word."""
    dates = find_dates(text)
    rest = text
    for value in dates:
        rest = rest.replace(value.text, " ")
    english = ""
    if not rest.isascii() and any(is_cyrillic(w) for w in WORD.findall(rest)):
        from cstofacts.russian import translate

        english, left = translate(WORD.findall(fold(rest)))
        rest = f"{english} {' '.join(left)}"
    asking = asks(rest)
    answer, rest = read_question(rest)
    asking = asking or answer != 0
    query_terms = terms(rest)
    for written, parts in compounds(fold(rest), whole=True).items():
        joined = stem(written)
        drop = set(parts) - {joined} if joined in index.document_frequency and _is_english_word(written) else {joined}
        query_terms = [t for t in query_terms if t not in drop]
    typed: dict[str, str] = {}
    for word in WORD.findall(fold(rest)):
        if word not in STOP_WORDS:
            typed.setdefault(stem(word), word)
    for phrase, words in _phrases(WORD.findall(fold(rest)), index).items():
        # the lexicon's unit of meaning, in place of its words (each once: the span's own);
        # beside them when records hold each ("new members": and "join", what they do)
        held = all(term in index.document_frequency for term in words)
        for term in words:
            if term in query_terms and not held:
                query_terms.remove(term)
        query_terms.append(phrase)
        typed[phrase] = phrase
    expanded = {}
    wanted = set(terms(f"{text} {english}"))  # with the date's words: "Rock 2023" names Rock-2023
    for entity, name_terms in zip(index.entities, index.entity_terms):
        if any(t and t <= wanted for t in name_terms):
            expanded[entity.name] = entity.names
    return Query(
        text,
        fold(text),
        tuple(query_terms),
        tuple(dates),
        expanded,
        answer=answer,
        typed=typed,
        english=english,
        asking=asking,
    )


def _is_english_word(written: str) -> bool:
    """True when a compound's parts written together make a word the lexicon knows."""
    from cstofacts import lexicon

    return lexicon.entry(lexicon.lemma(written)) is not None


def _holds_a_term_phrase(words: list[str]) -> bool:
    stems = [stem(w) for w in words]
    return any(tuple(stems[i : i + size]) in _term_phrases() for size in (2, 3) for i in range(len(stems) - size + 1))


@lru_cache(maxsize=1)
def _term_phrases() -> frozenset[tuple[str, ...]]:
    """The phrases among the CSTO's own terms (data/lexicon/csto_terms.tsv, a few dozen
    lines), as stems: read without the lexicon, so a search that holds none pays nothing."""
    from cstofacts.store import data_dir

    try:
        lines = (data_dir() / "lexicon" / "csto_terms.tsv").read_text("utf-8").splitlines()
    except OSError:
        return frozenset()
    heads = (line.split("\t", 1)[0] for line in lines if line.strip() and not line.startswith("#"))
    return frozenset(tuple(stem(w) for w in head.split()) for head in heads if " " in head)


def _phrases(words: list[str], index: SearchIndex) -> dict[str, list[str]]:
    """Words of the query that the lexicon knows together as one unit of meaning, one
    of which no record holds ("blue helmets"), while it relates the unit to words
    records hold: phrase -> its words' terms."""
    found: dict[str, list[str]] = {}
    taken: set[int] = set()
    # A query the lexicon is read for anyway (a word of it no record holds) has its
    # phrases looked up even where records hold each word ("admit new members")
    needed = any(stem(w) not in index.document_frequency for w in words if w not in STOP_WORDS and len(w) > 3)
    # and so has one that holds a phrase of the CSTO's own terms beside other words
    # ("open to new members": "join"); a query that is the phrase alone finds it as written
    content = [w for w in words if w not in STOP_WORDS]
    needed = needed or (len(content) > 2 and _holds_a_term_phrase(words))
    if not needed:
        return found  # records hold every word: the lexicon is not even imported
    from cstofacts import lexicon
    from cstofacts.search.words import expand

    for size in (3, 2):
        for i in range(len(words) - size + 1):
            span = words[i : i + size]
            if taken & set(range(i, i + size)) or span[0] in STOP_WORDS or span[-1] in STOP_WORDS:
                continue
            phrase = " ".join(span)
            if lexicon.entry(lexicon.lemma(phrase)) is None:
                continue
            if expand(index, phrase):
                found[phrase] = [stem(w) for w in span if w not in STOP_WORDS]
                taken |= set(range(i, i + size))
    return found
