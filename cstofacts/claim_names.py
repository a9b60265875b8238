"""Finding the store's entities a claim names: aliases, exercise editions, partial names, one-off documents."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from cstofacts.claim_words import positions, raw_tokens, tokens
from cstofacts.dates import find_dates
from cstofacts.models import Entity
from cstofacts.text import STOP_WORDS, fold

# Topic words that fit every record: never a subject (see the issue).
GENERIC_ENTITIES = frozenset({"CSTO"})
SUBJECT_TYPES = frozenset({"person", "exercise", "document", "meeting", "award", "organisation", "outlet"})
# Things that happen once: naming one pins a claim to one record. People and
# organisations act again and again, so a claim about them needs a matching
# date, place or number before a different slot can refute it.
ONE_OFF_TYPES = frozenset({"document", "meeting"})
# Partial names ("the border agreement in Khujand") count when this share of
# a long name's words (three or more) appears in the claim.
PARTIAL_NAME = 0.75
_YEAR = re.compile(r"(19|20)\d\d")


@dataclass(frozen=True)
class Mention:
    entity: Entity
    start: int  # word span in the claim; -1 for a partial name, spread over the claim
    end: int
    pinned: bool = False  # names one edition, or a one-off thing
    recurring: bool = False  # an exercise named without its year


class NameIndex:
    """The names of one store's entities, ready to be found in claims."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        self.by_name = {e.name: e for e in entities}
        self._names: list[tuple[tuple[str, ...], Entity]] = []  # longest first
        self._partial: list[tuple[frozenset[str], Entity]] = []
        # Exercises held every year: "Barrier" -> {2023: Barrier-2023, ...}.
        self._families: dict[tuple[str, ...], dict[int, Entity]] = {}
        self._family_names: dict[tuple[str, ...], str] = {}
        for entity in entities:
            for name in entity.names:
                self._add(name, entity)
        known = {words for words, _ in self._names}
        for words, entity in _inner_variants(entities):
            if words not in known:  # a name of its own wins over a variant
                known.add(words)
                self._add(" ".join(words), entity, partial=False)
        self._names.sort(key=lambda pair: -len(pair[0]))
        self._heads = _heads(entities)

    def _add(self, name: str, entity: Entity, partial: bool = True) -> None:
        words = tuple(tokens(name))
        if not words:
            return
        if entity.type == "exercise" and len(words) > 1 and _YEAR.fullmatch(words[-1]):
            self._families.setdefault(words[:-1], {})[int(words[-1])] = entity
            self._family_names.setdefault(words[:-1], re.sub(r"[\s\-\u2013]*\d{4}$", "", name))
            return
        self._names.append((words, entity))
        content = frozenset(w for w in words if w not in STOP_WORDS)
        if partial and entity.type not in ("person", "exercise") and len(content) >= 3:
            self._partial.append((content, entity))

    def find(self, text: str, words: list[str], caps: list[bool], used: list[bool]) -> tuple[list[Mention], str | None]:
        """The entities a claim names, and an exercise edition the store lacks ("Barrier 2019").

        Marks the words of each name found as `used`.
        """
        mentions: list[Mention] = []
        missing = self._find_editions(text, words, used, mentions)
        self._find_names(words, used, mentions)
        self._find_partial(words, used, mentions)
        self._find_heads(words, caps, used, mentions)
        return mentions, missing

    def _find_editions(self, text: str, words: list[str], used: list[bool], mentions: list[Mention]) -> str | None:
        missing = None
        years: list[int] | None = None  # read only when an exercise is named without its year
        for base, editions in self._families.items():
            size = len(base)
            for i in positions(words, base):
                if any(used[i : i + size]):
                    continue
                after = words[i + size] if i + size < len(words) else ""
                if _YEAR.fullmatch(after):
                    end = i + size + 1
                    entity = editions.get(int(after))
                    if entity is None:
                        missing = f"{self._family_names[base]} {after}"
                    else:
                        mentions.append(Mention(entity, i, end, pinned=True))
                    used[i:end] = [True] * (end - i)
                elif size >= 2:
                    # No year: the editions of the years the claim gives, else every edition.
                    if years is None:
                        years = [d.year for d in find_dates(text) if d.year]
                    ordered = sorted(editions.items())
                    chosen = [e for y, e in ordered if y in years] or [e for _, e in ordered]
                    mentions.extend(Mention(entity, i, i + size, recurring=True) for entity in chosen)
                    used[i : i + size] = [True] * size
        return missing

    def _find_names(self, words: list[str], used: list[bool], mentions: list[Mention]) -> None:
        for name, entity in self._names:
            size = len(name)
            for i in positions(words, name):
                if not any(used[i : i + size]):
                    pinned = entity.type in ONE_OFF_TYPES
                    mentions.append(Mention(entity, i, i + size, pinned=pinned, recurring=entity.type == "exercise"))
                    used[i : i + size] = [True] * size

    def _find_partial(self, words: list[str], used: list[bool], mentions: list[Mention]) -> None:
        # A place may be part of a document's name ("the border agreement in Khujand"),
        # and so may another name ("the UN General Assembly adopted a resolution on
        # cooperation with the CSTO" names the resolution).
        places = {i for m in mentions if m.entity.type == "place" for i in range(m.start, m.end)}
        present = {w for i, (w, taken) in enumerate(zip(words, used)) if not taken or i in places}
        named = {m.entity.name for m in mentions}
        # The names of each entity found, once each (a long claim may repeat a name):
        # "United Nations General Assembly" found, "UN General Assembly" counts.
        found = {m.entity.name: m.entity for m in mentions if m.start >= 0}
        spans = {frozenset(words[m.start : m.end]) for m in mentions if m.start >= 0} | {
            frozenset(name) for e in found.values() for name in map(tokens, e.names) if name and name[0] not in STOP_WORDS
        }
        for content, entity in self._partial:
            if entity.name in named:
                continue
            inner = {w for span in spans if span <= content | STOP_WORDS for w in span}
            hits = content & (present | inner)
            if len(hits) >= 3 and len(hits) / len(content) >= PARTIAL_NAME:
                mentions.append(Mention(entity, -1, -1, pinned=entity.type in ONE_OFF_TYPES))
                named.add(entity.name)
                for i, word in enumerate(words):
                    if word in hits:
                        used[i] = True

    def _find_heads(self, words: list[str], caps: list[bool], used: list[bool], mentions: list[Mention]) -> None:
        # A one-off document called by the one capitalised word that heads its
        # name and no other name ("the Roadmap" for the CSTO-CIS-SCO Roadmap).
        named = {m.entity.name for m in mentions}
        for i, word in enumerate(words):
            entity = self._heads.get(word)
            if entity is not None and not used[i] and caps[i] and entity.name not in named:
                mentions.append(Mention(entity, i, i + 1, pinned=True))
                named.add(entity.name)
                used[i] = True


# Entities whose names stand inside other names ("UN" in "UN General Assembly"),
# and may be written there by any of their names ("United Nations General Assembly").
_INNER_TYPES = frozenset({"organisation", "state"})


def _inner_variants(entities: Sequence[Entity]) -> list[tuple[tuple[str, ...], Entity]]:
    """The names of entities with one inner entity's name written by another of its names.

    "UN General Assembly" holds "UN", a name of the United Nations: "United Nations
    General Assembly" and "U.N. General Assembly" name it too. One inner name is
    replaced at a time; names that open with a stop word ("the Organization") are
    no replacement.
    """
    inner = [
        (tuple(tokens(n)), [tuple(tokens(m)) for m in e.names if tokens(m) and tokens(m)[0] not in STOP_WORDS], e)
        for e in entities if e.type in _INNER_TYPES for n in e.names if tokens(n)
    ]
    found = []
    for entity in entities:
        for name in entity.names:
            words = tuple(tokens(name))
            for part, replacements, owner in inner:
                if owner is entity or len(part) >= len(words):
                    continue
                for i in positions(words, part):
                    for other in replacements:
                        if other != part:
                            found.append((words[:i] + other + words[i + len(part) :], entity))
    return found


def _heads(entities: Sequence[Entity]) -> dict[str, Entity]:
    """Capitalised words that head a one-off thing's name and stand in no other name."""
    capitals: dict[str, set[str]] = {}
    heads: dict[str, Entity] = {}
    for entity in entities:
        for name in entity.names:
            raw = [m.group() for m in raw_tokens(name) if m.group().lower() not in STOP_WORDS]
            for position, word in enumerate(raw):
                if word[:1].isupper():
                    capitals.setdefault(fold(word), set()).add(entity.name)
                    if position == 0 and entity.type in ONE_OFF_TYPES and len(word) >= 4:
                        heads[fold(word)] = entity
    return {w: e for w, e in heads.items() if capitals.get(w) == {e.name}}
