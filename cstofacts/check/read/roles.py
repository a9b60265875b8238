"""People's offices: the titles in a sentence ("Armenian Prime Minister", "the
head of Belarusian diplomacy"), whose office each is, and how a role the sources
give reads. Stage 3 compares them (compare/titles.py)."""

from __future__ import annotations

from collections.abc import Sequence

from cstofacts import lexicon
from cstofacts.check.termsets import FUNCTION_WORDS
from cstofacts.check.words import Token, tokenize
from cstofacts.facets import OFFICE_KINDS as OFFICE_KINDS
from cstofacts.facets import is_office as is_office
from cstofacts.models import Entity

TITLE_PHRASE_HEADS = frozenset({"head", "chief"})


def phrases(tokens: Sequence[Token]) -> set[str]:
    """Words and word sequences (up to seven) that the lexicon knows, as lemmas."""
    words = [t.word for t in tokens]
    found = {t.lemma for t in tokens if t.word not in FUNCTION_WORDS}
    for size in range(2, 8):
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i : i + size])
            if lexicon.entry(phrase) is not None:
                found.add(lexicon.entry(phrase).lemma)  # type: ignore[union-attr]
    return found


def longest(found: set[str]) -> set[str]:
    """Each title but those inside a longer one: "prime minister", not also "minister"."""
    return {t for t in found if not any(t != longer and set(t.split()) < set(longer.split()) for longer in found)}


def titles(tokens: Sequence[Token]) -> set[str]:
    """The titles among `tokens`, the longest: "prime minister", not also "minister"."""
    return longest({p for p in phrases(tokens) if "noun.person" in lexicon.classes(p) or p in TITLE_PHRASE_HEADS})


def qualifiers(token: Token) -> set[str]:
    """Whose office a word names: a country ("Kazakh", "Belarus's") or an organisation ("CSTO", "NATO")."""
    country = lexicon.country(token.word) or lexicon.country(token.lemma)
    if country:
        return {country}
    if token.word in ("csto", "nato", "un", "organization", "organisation", "alliance", "bloc"):
        return {"csto" if token.word in ("organization", "organisation", "bloc") else token.word}
    return set()


def qualifier_of(entity: Entity) -> str | None:
    if entity.type == "state":
        return entity.name.lower()
    if entity.type == "organisation" and len(entity.name) <= 5:
        return entity.name.lower()
    return None


def role_reading(role: str) -> tuple[set[str], set[str]]:
    """(title lemmas and phrases, whose office) of a role as the sources give it."""
    tokens = tokens_of(role)
    whose = {c for t in tokens for c in qualifiers(t)}
    plain = [t for t in tokens if not qualifiers(t)]
    found = phrases(plain)
    # The longest: "foreign minister", not "minister", which a prime minister is too.
    return longest(found), whose


def tokens_of(text: str) -> list[Token]:
    return tokenize(text)


def title_fits(title: str, role_titles: set[str]) -> bool:
    if title in role_titles or any(title in role.split() for role in role_titles if " " in role):
        return True
    return any(lexicon.relation(title, r) in lexicon.KIN for r in role_titles)
