"""English words and how they relate: lemmas, spellings, synonyms, derivations,
antonyms and broader words, from the lexicon that data/build_lexicon.py
distils from WordNet, simplemma and breame (licences: data/lexicon/NOTICE).

The file is a sorted table read through a memory map (lexicon_table.py), a word
found through a hash table of its lines: a command pays for the lexicon only
when it asks for a word, and then a microsecond or two, not the 9 MB of a full load.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cstofacts.lexicon_table import Table

LEXICON_FILE = "lexicon.tsv"
POLARITY_FILE = "polarity.tsv"
RELATIONS = ("synonym", "derived", "antonym", "broader", "narrower")
# The relations that keep a word's meaning, all but the opposite ("exercise" for "drill").
KIN = frozenset(RELATIONS) - {"antonym"}
# WordNet's own way of finding a word's base form when no table lists it
# (morphy): cut an ending, add another, and keep the result if it is a word.
_DETACHMENTS = (
    ("ies", "y"),
    ("ied", "y"),
    ("ses", "s"),
    ("xes", "x"),
    ("zes", "z"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("es", "e"),
    ("es", ""),
    ("s", ""),
    ("ed", "e"),
    ("ed", ""),
    ("ing", "e"),
    ("ing", ""),
    ("ier", "y"),
    ("iest", "y"),
    ("er", ""),
    ("est", ""),
)


# The columns of the lexicon's line that hold sets of words, by the name they are read as.
_SET_COLUMNS = {
    "synonyms": 2,
    "derived": 3,
    "antonyms": 4,
    "broader": 5,
    "narrower": 6,
    "wide": 7,  # search only: synonyms of every sense, narrower words of the first
    "classes": 8,  # WordNet's lexicographer classes: "verb.communication", "noun.time"
    "also": 12,  # the verb a form may be besides its lemma ("left": "leave")
}


class Entry:
    """One word's line of the lexicon. Its sets of words are split only when first read
    (then kept as attributes): a claim reads some 300 entries and most of their sets never."""

    __slots__ = ("_cells", "word", "lemma", "country", "capital", "opposed_as", *_SET_COLUMNS)
    synonyms: frozenset[str]
    derived: frozenset[str]
    antonyms: frozenset[str]
    broader: frozenset[str]
    narrower: frozenset[str]
    wide: frozenset[str]
    classes: frozenset[str]
    also: frozenset[str]

    def __init__(self, cells: list[str]) -> None:
        self._cells = cells
        self.word = cells[0]
        self.lemma = cells[1] or cells[0]
        self.country = cells[9]  # the country a place lies in or a nationality names; "" when none
        self.capital = cells[10]  # a country's capital ("belarus" -> "minsk"); "" when none
        self.opposed_as = cells[11]  # the parts of speech its antonyms are of: "a", "n", "v" ("present": "a")

    def __getattr__(self, name: str) -> frozenset[str]:
        column = _SET_COLUMNS.get(name)
        if column is None:
            raise AttributeError(name)
        cell = self._cells[column]
        found = frozenset(cell.split(",")) if cell else frozenset()
        object.__setattr__(self, name, found)
        return found

    def relations(self) -> tuple[frozenset[str], ...]:
        """The words of each of RELATIONS, in its order."""
        return (self.synonyms, self.derived, self.antonyms, self.broader, self.narrower)


@lru_cache(maxsize=1)
def _table() -> Table | None:
    from cstofacts.lexicon_table import Table
    from cstofacts.store import data_dir

    path = data_dir() / "lexicon" / LEXICON_FILE
    return Table(path, path.with_suffix(".idx")) if path.is_file() else None


@lru_cache(maxsize=65536)
def entry(word: str) -> Entry | None:
    """What the lexicon holds for a lower-case word, or None."""
    table = _table()
    line = table.line(word.encode("utf-8")) if table is not None else None
    if line is None:
        return None
    cells = line.decode("utf-8").split("\t")
    cells += [""] * (13 - len(cells))
    return Entry(cells)


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The base form of a lower-case word in American spelling: "prioritises" ->
    "prioritize", "held" -> "hold", "exercises" -> "exercise"."""
    found = entry(word)
    if found is not None:
        return found.lemma
    if len(word) > 4:
        for ending, replacement in _DETACHMENTS:
            if word.endswith(ending):
                stem = word[: -len(ending)] + replacement
                if len(stem) > 2 and entry(stem) is not None:
                    return entry(stem).lemma  # type: ignore[union-attr]
    return word


def relation(word: str, other: str) -> str | None:
    """How lemma `word` relates to lemma `other`: one of RELATIONS ("broader": `other`
    is broader than `word`), or None."""
    found = entry(word)
    if found is None:
        return None
    for name, words in zip(RELATIONS, found.relations()):
        if other in words:
            return name
    back = entry(other)
    if back is not None:
        mirrored = {
            "synonym": "synonym",
            "derived": "derived",
            "antonym": "antonym",
            "broader": "narrower",
            "narrower": "broader",
        }
        for name, words in zip(RELATIONS, back.relations()):
            if word in words:
                return mirrored[name]
    return None


def synonyms(word: str) -> frozenset[str]:
    """The synonyms the lexicon gives of a word or phrase ("for sure"); none when it has no line."""
    found = entry(word)
    return found.synonyms if found is not None else frozenset()


def related_words(word: str, relations: tuple[str, ...] = ("synonym", "derived", "broader")) -> dict[str, str]:
    """The lemmas that lemma `word` relates to, each with its relation (one of
    RELATIONS, or "wide": a rarer sense's synonym or a narrower word, for search)."""
    found = entry(word)
    if found is None:
        return {}
    related: dict[str, str] = {}
    for name, words in zip((*RELATIONS, "wide"), (*found.relations(), found.wide)):
        if name in relations:
            for other in sorted(words):
                related.setdefault(other, name)
    return related


def classes(word: str) -> frozenset[str]:
    """WordNet's classes of a lemma's most frequent senses ("noun.person", ...)."""
    found = entry(word)
    return found.classes if found is not None else frozenset()


def is_verb(word: str) -> bool:
    """True when one of a lemma's most frequent senses is a verb's."""
    return any(c.startswith("verb.") for c in classes(word))


def only_a_verb(word: str) -> bool:
    """True when a lemma's most frequent senses are all verbs' ("keep track", "maintain")."""
    found = classes(word)
    return bool(found) and all(c.startswith("verb.") for c in found)


def country(word: str) -> str | None:
    """The country a place lies in or a nationality word names, lower case; None."""
    found = entry(word)
    return found.country or None if found is not None else None


def is_place(word: str) -> bool:
    """True for a city or a country the lexicon knows ("astana", "kyrgyzstan"): a
    location, in a country."""
    found = entry(word)
    return found is not None and bool(found.country) and "noun.location" in found.classes


def capital(country_name: str) -> str | None:
    """A country's capital, lower case ("belarus" -> "minsk"); None."""
    found = entry(country_name)
    return found.capital or None if found is not None else None


@lru_cache(maxsize=1)
def _polarities() -> dict[str, float]:
    from cstofacts.store import data_dir

    path = data_dir() / "lexicon" / POLARITY_FILE
    if not path.is_file():
        return {}
    pairs = (line.split("\t") for line in path.read_text("utf-8").splitlines() if "\t" in line)
    return {word: float(score) for word, score in pairs}


def polarity(word: str) -> float:
    """How far a quality praises (up to 4) or blames (down to -4): VADER's score of
    the adjective ("excellent" 2.7, "strained" -1.7), 0.0 when it scores none
    clearly (data/lexicon/polarity.tsv, distilled by data/build_lexicon.py)."""
    found = _polarities()
    return found[word] if word in found else found.get(lemma(word), 0.0)
