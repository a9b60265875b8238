"""Names in an article: the entities the store knows (by name or alias), the people the
article names (with the office it gives them), and new names to propose."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from cstofacts import lexicon
from cstofacts.ingest.cues import HONORIFICS, NOT_NAMES, ORGANISATION_WORDS
from cstofacts.ingest.titles import (
    is_nationality,
    is_office,
    is_title,
    office_and_name,
    strip_possessive,
)
from cstofacts.models import Entity

_CAP = r"(?:[A-Z\u0410-\u042f\u00c0-\u00de][\w'\u2019.\-]*)"
_PARTICLE = r"(?:de|da|van|von|der|bin|ibn|al|el|du|di|la|le)"
# Up to ten words: a title of several words may stand before a name ("Kazakh Deputy
# Defence Minister Major General Daulet Ospanov").
RUN = re.compile(rf"{_CAP}(?:\s+(?:{_PARTICLE}\s+)?{_CAP}){{0,9}}")


class Mention(NamedTuple):
    """A person named at `start` in the text: who, and the office the words give them."""

    start: int
    end: int
    name: str
    role: str | None


def _holds(title: str, role: Sequence[str]) -> bool:
    """True when a role's words hold a title or its synonym ("premier": "Prime Minister")."""
    lemmas = [lexicon.lemma(w.lower()) for w in role]
    phrases = {*lemmas, *(" ".join(lemmas[i : i + 2]) for i in range(len(lemmas) - 1))}
    return title in phrases or any(lexicon.relation(title, p) == "synonym" for p in phrases)


def _surname_like(word: str) -> bool:
    """A word that can only be someone's name: capitalised, not a word the lexicon knows."""
    return len(word) >= 3 and word[0].isupper() and not word.isupper() and lexicon.entry(word.lower()) is None


class Names:
    """The store's entities by every name, and the people this article names."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.entities: dict[str, Entity] = {}
        for entity in entities:
            for name in entity.names:
                self.entities.setdefault(name.casefold(), entity)
        self.new_people: dict[str, str] = {}  # a name or surname -> the full new name
        self.roles: dict[str, str] = {}  # a person's name -> the office the article gives them
        surnames: dict[str, set[str]] = {}
        for entity in self.entities.values():
            if entity.type == "person" and entity.role:
                self.roles.setdefault(entity.name, entity.role)
            if entity.type == "person":
                for name in entity.names:
                    if " " in name:
                        surnames.setdefault(name.split()[-1], set()).add(entity.name)
        # A known person's surname alone ("Lavrov" for "Sergei Lavrov"), when no one else has it.
        self.new_people.update({s: next(iter(n)) for s, n in surnames.items() if len(n) == 1 and not self.known(s)})
        self._pattern: re.Pattern[str] | None = None

    def known(self, surface: str) -> Entity | None:
        return self.entities.get(surface.casefold())

    def person(self, surface: str, role: str | None = None, *, new: bool = False, alone: bool = False) -> str | None:
        """The canonical name of the person (or body) `surface` names: a known entity, a
        person the article named in full before, or (with `new`) a new person; a surname
        alone is one only with an office, or with `alone` (it is who speaks: "Peskov said")."""
        words = [strip_possessive(w) for w in surface.split()]
        while words and (words[0] in HONORIFICS or words[0] in NOT_NAMES):
            words = words[1:]
        words = [w.rstrip(".") if not re.fullmatch(r"(?:[A-Z]\.)+", w) else w for w in words]
        if not words:
            return None
        text = " ".join(words)
        entity = self.known(text)
        if entity is not None:
            if role and entity.type == "person":
                self.roles.setdefault(entity.name, role)
            return entity.name
        if text in self.new_people:
            return self.new_people[text]
        if not new or any(w in ORGANISATION_WORDS for w in words) or all(is_nationality(w) for w in words):
            return None
        if len(words) == 1 and not role and not (alone and _surname_like(words[0])):
            return None  # a surname alone, never named in full: too little to be sure of
        self.new_people[text] = text
        if len(words) > 1:
            self.new_people.setdefault(words[-1], text)
        if role:
            self.roles.setdefault(text, role)
        return text

    def is_person(self, name: str) -> bool:
        entity = self.known(name)
        return (entity is not None and entity.type == "person") or name in self.new_people.values()

    def by_office(self, phrase: str, before: Sequence[Mention]) -> str | None:
        """The person last named whose office holds the title words of `phrase` ("the
        president"), and its nationality when both give one ("the Russian president")."""
        words = re.findall(r"[A-Za-z-]+", phrase)
        wanted = {lexicon.lemma(w.lower()) for w in words if is_title(w) and not is_nationality(w)}
        nations = {w.lower() for w in words if is_nationality(w)}
        for mention in reversed(before):
            role = re.findall(r"[A-Za-z-]+", f"{mention.role or ''} {self.roles.get(mention.name) or ''}")
            theirs = {w.lower() for w in role if is_nationality(w)}
            if nations and theirs and not nations & theirs:
                continue
            if wanted and all(_holds(title, role) for title in wanted):
                return mention.name
        return None

    def by_nationality(self, phrase: str, before: Sequence[Mention]) -> str | None:
        """The person last named whose office has the nationality of `phrase` ("the Russian leader")."""
        nations = {w.lower() for w in re.findall(r"[A-Za-z-]+", phrase) if is_nationality(w)}
        for mention in reversed(before):
            role = f"{mention.role or ''} {self.roles.get(mention.name) or ''}"
            if nations & {w.lower() for w in re.findall(r"[A-Za-z-]+", role)} and self.is_person(mention.name):
                return mention.name
        return None

    # -- for the proposals

    def pattern(self) -> re.Pattern[str]:
        """Every known name and alias (of three letters or more, or in capitals), longest first."""
        if self._pattern is None:
            names = sorted({e_name for e_name in self._surfaces() if len(e_name) >= 2}, key=lambda n: (-len(n), n))
            body = "|".join(re.escape(n) for n in names) or r"(?!x)x"
            self._pattern = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")
        return self._pattern

    def _surfaces(self) -> set[str]:
        found = {surname for surname, name in self.new_people.items() if self.known(name)}
        for entity in self.entities.values():
            for name in entity.names:
                found.add(name)
        return found

    def known_in(self, words: str) -> list[str]:
        """The canonical names of the known entities `words` names, in order."""
        found = []
        for match in self.pattern().finditer(words):
            entity = self.known(match.group(0)) or self.known(self.new_people.get(match.group(0), ""))
            if entity is not None and entity.name not in found:
                found.append(entity.name)
        return found

    def new_in(self, words: str, sentence_starts: Iterable[int] = (0,)) -> list[str]:
        """Names in `words` the store does not know: runs of capitalised words (a word
        alone only when it does not open a sentence), their titles of office left out."""
        starts = set(sentence_starts)
        known_spans = [m.span() for m in self.pattern().finditer(words)]
        found: list[str] = []
        for match in RUN.finditer(words):
            if any(s < match.end() and match.start() < e for s, e in known_spans):
                continue
            raw = [strip_possessive(w).rstrip(".,;:") for w in match.group(0).split()]
            _, name_words = office_and_name(raw)
            while name_words and (name_words[-1] in NOT_NAMES or not name_words[-1]):
                name_words = name_words[:-1]
            if not name_words or all(is_nationality(w) or is_office(w) for w in name_words):
                continue
            opens = match.start() in starts or (match.start() > 0 and words[match.start() - 1] in '\u201c"\u00ab(')
            if len(name_words) == 1 and (opens or len(name_words[0]) < 3 or name_words[0][0].isdigit()):
                continue
            name = " ".join(name_words)
            if self.known(name) is None and name not in found:
                found.append(name)
        return found
