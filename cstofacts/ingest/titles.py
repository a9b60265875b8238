"""Offices and roles around a person's name: the title words of a run of capitalised
words ("Kazakh Deputy Defence Minister Major General Daulet Ospanov"), the role written
before a name ("Moscow political scientist Irina Belova") or beside it in commas ("X, a
spokesman for the ministry,"; "The spokeswoman, X,"), and a gender an office says."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from cstofacts import lexicon
from cstofacts.ingest.cues import FEMININE, HONORIFICS, MASCULINE, NOT_NAMES, OFFICE_WORDS, ORGANISATION_WORDS
from cstofacts.text import STOP_WORDS


def strip_possessive(word: str) -> str:
    for ending in ("'s", "\u2019s", "'", "\u2019"):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)]
    return word


def _bare(word: str) -> str:
    return strip_possessive(word).rstrip(".,;:")


def is_office(word: str) -> bool:
    """A word that is only ever an office or a rank before a name ("Minister", "General", "Mr")."""
    return _bare(word).lower() in OFFICE_WORDS or _bare(word) in HONORIFICS


def is_title(word: str) -> bool:
    """A word of an office or a kind of person ("Minister", "spokeswoman", "analysts",
    "Kazakh"): the offices of the cue list and every person noun the lexicon knows, in
    the singular or the plural (not "told", whose lemma "tell" is William Tell too)."""
    lowered = _bare(word).lower()
    lemma = lexicon.lemma(lowered)
    noun_form = lemma == lowered or lowered in (lemma + "s", lemma + "es") or lemma.endswith("man")
    return is_office(word) or (noun_form and "noun.person" in lexicon.classes(lemma))


def is_nationality(word: str) -> bool:
    """The word for a country's people ("Kazakh", "Belarusian"), not a place ("Aram" and
    "Ararat", names too, are places in the lexicon)."""
    lowered = _bare(word).lower()
    classes = lexicon.classes(lowered)
    people = {"noun.person", "adj.pert"} & classes or not classes  # not a place or a mountain ("Ararat")
    return lexicon.country(lowered) is not None and bool(people)


def gender_of(words: Iterable[str]) -> str | None:
    """ "f" or "m" when an office or an honorific says so ("spokeswoman", "Mr"), else None."""
    for word in words:
        bare = _bare(word)
        lemma = lexicon.lemma(bare.lower())
        if bare in FEMININE or (lemma.endswith("woman") and is_title(bare)):
            return "f"
        if bare in MASCULINE or (lemma.endswith("man") and lexicon.entry(lemma[:-3] + "woman") is not None):
            return "m"
    return None


# Russian and Central Asian surnames say whether their bearer is a woman (Zakharova,
# Rakhimova, Arestova, Sokolskaya) or a man (Lavrov, Tokayev, Putin, Sokolsky).
_FEMININE_SURNAME = re.compile(r"(?:ova|eva|yova|ina|aya|kaya)$")
_MASCULINE_SURNAME = re.compile(r"(?:ov|ev|yov|in|sky|skiy|skii)$")


def gender_of_name(name: str) -> str | None:
    """ "f" or "m" as a Russian or Central Asian surname's ending says, else None."""
    surname = name.split()[-1] if name.split() else ""
    if _FEMININE_SURNAME.search(surname):
        return "f"
    return "m" if _MASCULINE_SURNAME.search(surname) else None


def _never_a_name(word: str) -> bool:
    """Not a word of a person's name, even right before a surname."""
    bare = _bare(word)
    return (
        is_office(bare)
        or is_nationality(bare)
        or bare in ORGANISATION_WORDS
        or bare in NOT_NAMES
        or bare.endswith("-based")
        or (bare.isupper() and len(bare) > 1)
    )


_INITIALS = re.compile(r"(?:[A-Z]\.)+")


def office_and_name(words: Sequence[str]) -> tuple[list[str], list[str]]:
    """split_office, with the words that begin no name ("Former", "Then") left off the name."""
    office, name_words = split_office(words)
    while name_words and name_words[0] in NOT_NAMES:
        name_words = name_words[1:]
    return office, name_words


def split_office(words: Sequence[str]) -> tuple[list[str], list[str]]:
    """(office, name) of a run of capitalised words, the name read back from its end:
    "Kazakh Deputy Defence Minister Major General Daulet Ospanov" is (["Kazakh", ...,
    "General"], ["Daulet", "Ospanov"]). A run with no office before a name is ([], run);
    a run of offices alone ("Foreign Minister") is (run, [])."""
    ends = [i for i, w in enumerate(words[:-1]) if w.endswith(".") and not is_office(w) and not _INITIALS.fullmatch(w)]
    if ends:  # "in Minsk. Analyst Ivan Petrov": the run begins again after the sentence's end
        words = words[ends[-1] + 1 :]
    start = len(words) - 1
    while start > 0:
        word = words[start - 1]
        # Right before the surname, a person noun of the lexicon is a first name ("Victor");
        # further back it is a title ("Major General Daulet Ospanov").
        if _never_a_name(word) or (start < len(words) - 1 and is_title(word)):
            break
        start -= 1
    office, name = list(words[:start]), list(words[start:])
    # (the lexicon's people include famous ones, "Putin": a capitalised word here is a title
    # only when the cue list has it)
    if all(is_office(w) or is_nationality(w) or (w.islower() and is_title(w)) for w in name):
        return list(words), []
    if not office or not is_title(office[-1]) or any(_bare(w) in ORGANISATION_WORDS for w in name):
        return [], list(words)  # no office, or a body's name ("Eurasian Security Review")
    return office, name


def office_role(office: Sequence[str]) -> str | None:
    """The office a run's title words give, honorifics aside ("Mr" is no office)."""
    return " ".join(w for w in office if _bare(w) not in HONORIFICS) or None


_TOKEN = re.compile(r"[\w'\u2019.-]+|[^\w\s]")
_LINKS = frozenset({"of", "the"})  # inside a title: "Chief of the General Staff"
MAX_TITLE_WORDS = 8


def is_modifier(word: str) -> bool:
    """A lower-case word that can stand in a title before its head ("political" in
    "political scientist", "press" in "press secretary"): an adjective or a noun, not a verb form."""
    lemma = lexicon.lemma(word)
    if word in STOP_WORDS or (lemma != word and lexicon.is_verb(lemma)):
        return False  # an inflected verb ("met", "said"): the title ends there
    return any(c.startswith(("adj.", "noun.")) for c in lexicon.classes(lemma))


def title_before(text: str, start: int, *, joined: bool = False) -> str | None:
    """The title written right before the name at `start`, capitalised or not ("Moscow
    political scientist", "CSTO press secretary", "Chief of the" before "CSTO Joint Staff
    Colonel General ..." when `joined`, the run there opening with its own office)."""
    line = text.rfind("\n", 0, start) + 1  # a title does not run over a paragraph's end
    tokens = list(_TOKEN.finditer(text, max(line, start - 160), start))
    words: list[str] = []
    for token in reversed(tokens):
        word = token.group(0)
        lowered = word.lower()
        capital = word[:1].isupper() and word not in NOT_NAMES
        ends_sentence = word.endswith(".") and not is_office(word) and not _INITIALS.fullmatch(word)
        if (
            len(words) >= MAX_TITLE_WORDS
            or ends_sentence
            or not (capital or lowered in _LINKS or is_title(word) or (words and is_modifier(lowered)))
        ):
            break
        words.insert(0, word)
    while words and words[0].lower() in _LINKS | {"The"}:
        words.pop(0)
    if not words or (words[-1].lower() in _LINKS and not joined):
        return None  # "a correspondent of the" is no title of the name after it
    if joined:
        return " ".join(words) if any(is_title(w) for w in words if w[:1].isupper()) else None
    return " ".join(words) if is_title(words[-1]) else None


# ", a spokesman for the foreign ministry of the authorities in Kabul," after a name.
_AFTER = re.compile(
    r",[ \t]+((?:(?:a|an|the)\s+)?[\w-]+(?:[ \t]+(?:(?![.!?]\s)[^,;:()\n\u201c\u201d\"\u00ab\u00bb]){0,120}?)?)"
    r"[ \t]*(?=,|[.!?](?:\s|$))"
)
# "The spokeswoman, " before a name.
_BEFORE = re.compile(
    r"(?:^|[\s(])(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*['\u2019]s)\s+((?:[\w-]+\s+){0,4}?[\w-]+),\s*$"
)
_PREPOSITIONS = frozenset("for of at in from to with on".split())


def role_phrase(phrase: str) -> str | None:
    """`phrase` without its article when it is a person's role: words that can modify a
    title, the title, then nothing or a prepositional phrase ("a spokesman for the
    ministry", "the foreign minister", "head of the ministry"; not "the ministers met",
    not "the leader told reporters in the Kremlin")."""
    words = phrase.split()
    if words and words[0].lower() in ("a", "an", "the"):
        words = words[1:]
    for index, word in enumerate(words[:5]):
        following = words[index + 1].lower() if index + 1 < len(words) else None
        if is_title(word) and (following is None or following in _PREPOSITIONS):
            return " ".join(words)
        if not (word[:1].isupper() or is_title(word) or is_modifier(word.lower())):
            return None
    return None


def appositive_after(text: str, end: int) -> str | None:
    """The role given in commas right after a name ending at `end`."""
    match = _AFTER.match(text, end)
    return role_phrase(match.group(1)) if match else None


def appositive_before(text: str, start: int) -> str | None:
    """The role a title in commas gives the name at `start` ("The spokeswoman, X,", "Galuzin's deputy, X,")."""
    match = _BEFORE.search(text, max(0, start - 80), start)
    return role_phrase(match.group(1)) if match else None
