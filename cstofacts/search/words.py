"""What a query word stands for among the index's words: itself, the word a typo
was meant for, longer words it begins, or, for a word no record holds, the
related words the lexicon gives that records do hold."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple

from cstofacts.index import SearchIndex
from cstofacts.text import latin_spelling, stem

# Scorer choice. A query is matched word by word against the words of each
# record, because whole-string scorers fail here in two opposite ways:
# WRatio scales a short query against a long text down to about 60, so good
# hits look weak; token_set_ratio gives 100 whenever the query's words are a
# subset, so a query of "the" would match everything. Per word we use
# fuzz.ratio (edit distance), which forgives typos ("Tasmagambetow") without
# rewarding one shared word, and weight each word by its rarity (IDF), so
# "Khujand" counts for more than "security".
WORD_SIMILARITY = 80  # fuzz.ratio at or above this counts as the same word
CLOSE_TYPO_SIMILARITY = 90  # a real English word is taken for a typo only this close
STEM_PREFIX_SIMILARITY = 0.8  # a misspelt word that begins with a stem of the index
TYPO_SIMILARITY = 85  # fuzz.ratio of a misspelt word to the word it stands for
# Endings the stemmer cuts: a stem and one of them make a word it came from.
ENDINGS = (
    "ement",
    "ment",
    "ments",
    "ation",
    "ations",
    "ion",
    "ions",
    "ing",
    "ed",
    "es",
    "s",
    "er",
    "ers",
    "al",
    "ity",
    "ance",
    "ence",
    "ive",
    "ness",
    "ly",
    "ize",
    "ise",
    "isation",
    "ization",
    "e",
)
PREFIX_SIMILARITY = 0.9  # "khuj" for "khujand": a half-typed word still helps
MIN_FUZZY_LENGTH = 4  # shorter words and numbers must match exactly
# A closed compound the lexicon lacks counts as a kind of its last word, as a
# narrower word does: "crime" finds "cybercrime". Only for a query word this
# long ("port" ends "report" and "support" by chance, and those are known words).
COMPOUND_SIMILARITY = 0.6
MIN_COMPOUND_HEAD = 5
MIN_COMPOUND_FIRST = 3  # letters before the head: "cyber", "counter"
# A word made of two the lexicon knows ("scaremongering") stands for each of them,
# and their related words, at this share of their similarity.
PART_SIMILARITY = 0.8
MIN_PART = 4  # letters of each part, at least: "fear", "mind"; not "on" + "line"
UNKNOWN_TERM_WEIGHT = 1.0  # a word no record holds lowers confidence a little (a typo, a name)
UNMATCHED_WORD_WEIGHT = 1.5
# A word no record holds that the lexicon relates to words records hold weighs
# between the two: its related words may well not be what the user meant.
EXPANDED_TERM_WEIGHT = 1.5
# A related word counts for less than the word itself: "drill" finds the
# records of an "exercise", below any record that says "drill".
RELATED_SIMILARITY = {
    "synonym": 0.7,
    "derived": 0.65,
    "narrower": 0.6,
    "broader": 0.5,
    "two steps": 0.5,
    "wide": 0.45,  # a rarer sense's synonym, or a narrower word ("legislature" -> "parliament")
    "part": 1.0,  # a part of a closed compound the lexicon lacks ("fear" of "fearmongering"), at PART_SIMILARITY
}


class Expansion(NamedTuple):
    """A word of the index that a query word no record holds stands for."""

    word: str  # the index's term
    related: str  # the lexicon's word it came from ("exercise")
    relation: str  # "synonym", "derived", "broader", "narrower" or "two steps"


class Lookup:
    """What one query word stands for: words of the index with a similarity in 0..1,
    those of them the lexicon gave, and whether it is an English word the lexicon
    knows that no record holds."""

    __slots__ = ("english", "expansions", "words")

    def __init__(self, words: dict[str, float], expansions: list[Expansion], english: bool = False) -> None:
        self.words = words
        self.expansions = expansions
        self.english = english

    def weight(self, index: SearchIndex) -> float:
        """Inverse document frequency of the commonest word the term stands for;
        for a word no record holds, how much its absence counts."""
        if self.expansions and len(self.expansions) == len(self.words):
            return EXPANDED_TERM_WEIGHT
        if self.words:
            return term_weight(index, self.words)
        return UNMATCHED_WORD_WEIGHT if self.english else UNKNOWN_TERM_WEIGHT


def similar_words(index: SearchIndex, term: str, word: str = "") -> Lookup:
    """Words of the index that `term` may stand for, with a similarity in 0..1,
    and the lexicon's expansions among them. `word` is the query word as typed
    (folded), which the lexicon reads.

    A word the index holds is taken as typed (plus longer words it begins).
    A real word it does not hold is expanded through the lexicon, and taken
    for a typo only when very close; any other word is looked up fuzzily, as a
    typo. That keeps thefuzz (and its 20 ms import) off the common path.
    """
    if not term.isascii():
        # "Худжанд", "Минск": a name the sources print in Latin letters, which a
        # record of the user's own may also print in its own script: both count.
        latin = stem(latin_spelling(term))
        if latin.isascii() and latin != term:
            transliterated = similar_words(index, latin)
            if term in index.document_frequency:
                transliterated.words[term] = 1.0
            return transliterated
    if term in index.document_frequency and (len(term) < MIN_FUZZY_LENGTH or term.isdigit()):
        return Lookup({term: 1.0}, [])
    if len(term) < MIN_FUZZY_LENGTH or term.isdigit():
        return Lookup({}, [])
    if term in index.document_frequency:
        # A whole word a record holds is no half-typed one: a longer word it begins
        # stands for it when it is a form or derivation of it ("based", "kazakhstan"),
        # or no word of its own ("peacekeep"), but not another word ("maintain", "event").
        longer = [w for w in _words_beginning(index.vocabulary, term) if not _another_word(w, word or term)]
        return Lookup(dict.fromkeys(longer, PREFIX_SIMILARITY) | {term: 1.0}, [])
    found: dict[str, float] = {w: PREFIX_SIMILARITY for w in _words_beginning(index.vocabulary, term)}
    if term.endswith("y"):  # "mercenary", "mercenaries": both begin "mercenarism"'s "mercenar"
        found |= {w: PREFIX_SIMILARITY for w in _words_beginning(index.vocabulary, term[:-1]) if w != term}
    english = _is_english(word or term)
    found |= {w: COMPOUND_SIMILARITY for w in _compounds_ending(index, term, word or term) if w not in found}
    expansions = [e for e in expand(index, word or term) if e.word not in found] if english else []
    for expansion in expansions:
        found[expansion.word] = RELATED_SIMILARITY[expansion.relation]
    if not english and not found:
        expansions = _parts_expanded(index, word or term)
        for expansion in expansions:
            found[expansion.word] = PART_SIMILARITY * RELATED_SIMILARITY[expansion.relation]
    if not expansions:
        _add_typos(index, term, found, CLOSE_TYPO_SIMILARITY if english else WORD_SIMILARITY)
    return Lookup(found, expansions, english or bool(expansions))


def _parts_expanded(index: SearchIndex, word: str) -> list[Expansion]:
    """A closed compound the lexicon lacks, read as the two words it is made of
    ("scaremongering": "scare" and "mongering"; "peacemaking": "peace" and
    "making"): each part itself where a record holds it, and its related words."""
    for cut in range(len(word) - MIN_PART, MIN_PART - 1, -1):
        parts = (word[:cut], word[cut:])
        if all(_a_common_word(part) for part in parts):  # not "China" + "town"
            found: dict[str, Expansion] = {}
            # a noun and a gerund ("peacemaking"): the noun says what; "making" says little
            for part in parts[:1] if parts[1].endswith("ing") else parts:
                held = stem(part)
                if held in index.document_frequency:
                    found.setdefault(held, Expansion(held, part, "part"))
                for expansion in expand(index, part):
                    found.setdefault(expansion.word, expansion)
            return list(found.values())
    return []


def _compounds_ending(index: SearchIndex, term: str, word: str) -> list[str]:
    """Words of the index that end with `term` after a first part, and that the lexicon
    does not know: closed compounds WordNet lacks, whose head is the query's word
    ("cybercrime" for "crime"). A word the lexicon knows is a word of its own.
    Scans the vocabulary: only for a word no record holds."""
    if len(word) < MIN_COMPOUND_HEAD:
        return []
    return [
        w
        for w in index.vocabulary
        if w.endswith(term)
        and len(w) - len(term) >= MIN_COMPOUND_FIRST
        and not _is_english(w)
        # and its head is no longer word: "peacesupport" ends in "support", not "port"
        and not any(_is_english(w[start:]) for start in range(1, len(w) - len(term)))
    ]


def _a_common_word(word: str) -> bool:
    """A word the lexicon knows that names no place."""
    from cstofacts import lexicon

    entry = lexicon.entry(lexicon.lemma(word))
    return entry is not None and not entry.country


def _another_word(term: str, word: str) -> bool:
    """Whether a term of the index is an English word of its own, unrelated to `word`."""
    from cstofacts import lexicon

    longer = lexicon.entry(lexicon.lemma(term))
    own = lexicon.entry(lexicon.lemma(word))
    if longer is None or own is None or longer.lemma == own.lemma:
        return False
    if (own.country and own.country in (longer.lemma, longer.country)) or longer.country == own.lemma:
        return False  # "kazakh", "kazakhstan": one country
    return lexicon.relation(own.lemma, longer.lemma) not in ("synonym", "derived")


def _is_english(word: str) -> bool:
    from cstofacts import lexicon

    return lexicon.entry(lexicon.lemma(word)) is not None


WIDEN_RELATIONS = ("synonym", "derived", "broader", "wide")
SPECIFIC_KINDS = 15


def expand(index: SearchIndex, word: str, held: bool = False) -> list[Expansion]:
    """The index's words that the lexicon relates a word to, closest relation first;
    when it relates none directly, those two steps away by synonymy or derivation
    ("lawmaker" -> "legislator" -> "legislative"), and those of its rarer senses
    and narrower words ("freeze" -> "suspend"). `held`: the word itself is a
    word of the index, to leave out."""
    from cstofacts import lexicon

    lemma = lexicon.lemma(word)
    entry = lexicon.entry(lemma)
    if entry is None:
        return []
    own = stem(word) if held else ""
    found: dict[str, Expansion] = {}
    relations = tuple(r for r in RELATED_SIMILARITY if r not in ("two steps", "wide"))
    if held:
        # A held word's kinds stand for it only when it is a specific word: the nine
        # kinds of "goal" ("objective"), not the sixty-nine of "activity" ("search").
        relations = WIDEN_RELATIONS + (("narrower",) if len(entry.narrower) <= SPECIFIC_KINDS else ())
    related = lexicon.related_words(lemma, relations)
    for other, relation in sorted(related.items(), key=lambda item: -RELATED_SIMILARITY[item[1]]):
        _add_expansion(index, found, other, relation, own)
    if held:
        return list(found.values())
    if lexicon.is_place(lemma):
        _add_expansion(index, found, entry.country, "broader", own)  # "Bishkek": in Kyrgyzstan
    if not found:
        for step in sorted(entry.synonyms | entry.derived):
            further = lexicon.entry(step)
            for other in sorted(further.synonyms | further.derived if further else ()):
                if other != lemma:
                    _add_expansion(index, found, other, "two steps", own)
        for other in sorted(entry.wide):
            _add_expansion(index, found, other, "wide", own)
    return list(found.values())


def _add_expansion(index: SearchIndex, found: dict[str, Expansion], other: str, relation: str, own: str) -> None:
    if " " in other:
        return  # a phrase ("take place") is no one word of a record
    if relation == "narrower" and other.endswith("ing"):
        return  # a kind named by a verb's -ing ("transfer" -> "bringing") stems to the verb, every use of it
    term = stem(other)
    if term != own and term in index.document_frequency and term not in found:
        found[term] = Expansion(term, other, relation)
    elif term not in index.document_frequency:
        # a related word no record holds, whose adjective of relation one does:
        # "legislature" -> "parliament" (narrower) -> "parliamentary"
        from cstofacts import lexicon

        entry = lexicon.entry(other)
        for derived in sorted(entry.derived) if entry is not None else ():
            form = stem(derived)
            if (
                form != own
                and form in index.document_frequency
                and form not in found
                and "adj.pert" in lexicon.classes(derived)
            ):
                found[form] = Expansion(form, derived, relation)


def _add_typos(index: SearchIndex, term: str, found: dict[str, float], cutoff: int) -> None:
    """Words of the index within `cutoff` edits-similarity of `term`, into `found`."""
    from thefuzz import fuzz, process

    typos = process.extractBests(
        term, index.vocabulary, scorer=fuzz.ratio, processor=None, score_cutoff=cutoff, limit=None
    )
    for other, score in typos:
        # squared: a word four fifths like another ("lionel", "line") is less
        # likely a typo of it than the ratio says
        found[other] = max(found.get(other, 0.0), (score / 100) ** 2)
    # A typo escapes the stemmer ("agreemnt" stays whole, "agreement" is
    # "agre"): the longest stem it begins with, when the stem and a common
    # ending make a word that stems to it and that the typo is close to
    # ("agre" + "ement"). "Chinatown" is no "china" + ending. Tried even when a word is
    # near by letters: "organizaton" is nearer "organizational", but is "organization" misspelt.
    # Every such stem counts: "cooperaton" is "cooperat" + "es" and "cooper" + "ation".
    for cut in range(len(term) - 1, MIN_FUZZY_LENGTH - 1, -1):
        root = term[:cut]
        if root in index.document_frequency and any(
            fuzz.ratio(term, root + ending) >= TYPO_SIMILARITY and stem(root + ending) == root for ending in ENDINGS
        ):
            found[root] = max(found.get(root, 0.0), STEM_PREFIX_SIMILARITY)


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
