"""What search knows of a record beyond its words: the kinds of answer it holds
(a count, a date, a place, a person, a list), and the words its people are
found by besides their names (their offices)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from cstofacts.models import Entity, Record
from cstofacts.text import WORD, fold, name_terms, terms

# The kinds of answer a question asks for (search/questions.py), as bits.
COUNT, DATE, PLACE, PERSON, LIST = 1, 2, 4, 8, 16
ANSWER_NAMES = {COUNT: "a count", DATE: "a date", PLACE: "a place", PERSON: "a person", LIST: "a list"}
# Not an answer but the record of a question ("Izvestia asked what threats ..."): its
# source sentence asks. It restates a user's question best and answers it least.
ASKED = 32

_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# A count: a number that is not a year ("15 documents"), and the words after it.
COUNTED_WORDS = 3  # "six member states", "15 documents were signed": what is counted follows


def answer_kinds(record: Record, types: dict[str, str], is_list: bool) -> int:
    """The kinds of answer `record` holds, as DATE | PLACE | ... bits; `types` maps
    entity names to their types, `is_list` says the record states a list whole.
    A count depends on what is counted: counted_terms() says that."""
    kinds = LIST if is_list else 0
    if record.date or record.period or _YEAR.search(record.text):
        kinds |= DATE
    named = [types.get(name) for name in record.entities]
    if record.place or "place" in named:
        kinds |= PLACE
    if (record.speaker and types.get(record.speaker) == "person") or "person" in named:
        kinds |= PERSON
    if (record.evidence or "").rstrip().rstrip("\"'\u201d\u00bb").endswith("?"):
        kinds |= ASKED
    return kinds


def counted_terms(text: str) -> set[str]:
    """The terms of the words that follow a number in `text` (not a year): what it
    counts. "The leaders of the six member states" -> {"member", "stat"}."""
    found: set[str] = set()
    folded = fold(text)
    for number in _numbers().finditer(folded):
        following = WORD.findall(folded, number.end(), number.end() + 60)[:COUNTED_WORDS]
        found |= set(terms(" ".join(following)))
    return found


@lru_cache(maxsize=1)
def _numbers() -> re.Pattern[str]:
    """A number in digits that is no year, or a number word: one pass finds them all."""
    from cstofacts.numberwords import TENS, UNITS

    words = "|".join(sorted({*UNITS, *TENS}, key=len, reverse=True))
    return re.compile(rf"(?<![\w.,/-])\d{{1,3}}(?!\w|[.,/-]\d)|\b(?:{words})\b")


# The kinds of person, in WordNet's tree, an office holder is (a few steps up from
# "president", "minister", "secretary general", "director", "ambassador"); an
# author, a professor or a member is none of them.
OFFICE_KINDS = frozenset(
    {"leader", "head", "official", "administrator", "executive", "politician", "head of state", "chief", "diplomat"}
)
OFFICE_STEPS = 3
# Those any office holder is, whatever the office: "the Kazakh leader", "Belarus's top
# official" (not a diplomat or a head of state, which are offices of their own).
OFFICE_HOLDER_WORDS = OFFICE_KINDS - {"politician", "diplomat", "head of state"}


def is_office(title: str) -> bool:
    """True when a title names an office one person holds at a time, by WordNet's
    broader words (or its last word's: "defense minister" is a minister); a kind of
    person, never a thing ("plan")."""
    return bool(office_kinds(title))


def office_kinds(title: str) -> set[str]:
    """The kinds of office holder (OFFICE_KINDS) a title is, a few of WordNet's broader
    words up from it or from its last word; none for a kind of person that holds no
    office, or a thing."""
    from cstofacts import lexicon

    found: set[str] = set()
    for word in dict.fromkeys((title, title.split()[-1])):
        if "noun.person" not in lexicon.classes(word):
            continue
        level, seen = {word}, set[str]()
        for _ in range(OFFICE_STEPS):
            level = {b for w in level if (entry := lexicon.entry(w)) is not None for b in entry.broader} - seen
            seen |= level
        found |= seen & OFFICE_KINDS
    return found


def office_terms(entity: Entity) -> frozenset[str]:
    """The words a person is found by besides their name: those of their role; the country a nationality word names ("Belarusian" -> Belarus);
    and the words of what the lexicon gives as the same office ("head of the
    Ministry of Foreign Affairs" is a "foreign minister")."""
    if entity.type != "person":
        return frozenset()
    if not entity.role:
        return frozenset()
    found = name_terms(entity.role) | _same_offices(entity.role)
    kinds = set().union(*(office_kinds(word) for word in WORD.findall(fold(entity.role))))
    if kinds:
        # "the Kazakh leader", "Belarus's top official": the words for any office holder,
        # and the kinds of office the role's own words are ("prime minister": a head of state)
        found |= {term for kind in OFFICE_HOLDER_WORDS | kinds for term in name_terms(kind)}
    return frozenset(found)


def _same_offices(phrase: str) -> set[str]:
    """Terms of the lexicon's synonyms of each run of words of `phrase`, its
    nationality words left out (the office is the same in any country), and the
    countries those words name."""
    from cstofacts import lexicon

    words = [w for w in WORD.findall(fold(phrase))]
    found: set[str] = set()
    plain = []
    for word in words:
        country = lexicon.country(word)
        if country and lexicon.entry(word) is not None and country != word:
            found |= name_terms(country)
        else:
            plain.append(word)
    for start in range(len(plain)):
        for end in range(start + 2, len(plain) + 1):
            for other, relation in lexicon.related_words(" ".join(plain[start:end]), ("synonym",)).items():
                if relation == "synonym":
                    found |= set(terms(other))
    return found


def offices_of(entities: Iterable[Entity]) -> dict[str, frozenset[str]]:
    return {e.name: terms for e in entities if (terms := office_terms(e))}
