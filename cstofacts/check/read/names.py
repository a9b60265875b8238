"""The store's entities a sentence names: by name or alias, an exercise's edition,
a long name given in part, a one-off document by the word that heads its name,
and a person by the role the sources give them ("the Kazakh president")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from cstofacts import lexicon
from cstofacts.check.read.roles import (
    TITLE_PHRASE_HEADS,
    qualifier_of,
    qualifiers,
    role_reading,
    title_fits,
    titles,
)
from cstofacts.check.termsets import FUNCTION_WORDS
from cstofacts.check.words import Token, lemma_of, positions, tokenize, words_of
from cstofacts.models import Entity

# Topic words that fit every record: never a subject.
GENERIC_ENTITIES = frozenset({"CSTO"})
# Things that happen once: naming one pins a claim to the records about it.
ONE_OFF_TYPES = frozenset({"document", "meeting", "award"})
# A long name (three content words or more) counts when this share of its words stands in the sentence.
PARTIAL_NAME = 0.75
_YEAR = re.compile(r"(19|20)\d\d")


class Mention(NamedTuple):
    entity: Entity
    start: int  # token span; -1 for a partial name spread over the sentence
    end: int
    how: str  # "name", "edition", "partial", "head", "role"
    recurring: bool = False  # an exercise named without its year: any edition


def _name_words(name: str) -> tuple[str, ...]:
    return tuple(lemma_of(w) for w in words_of(name))


def _content(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(w for w in words if w not in FUNCTION_WORDS)


class NameIndex:
    """The names of one store's entities, ready to be found in sentences."""

    def __init__(self, entities: Sequence[Entity], state: dict | None = None) -> None:
        self.by_name = {e.name: e for e in entities}
        if state is not None:
            self._restore(state)
            return
        self._names: list[tuple[tuple[str, ...], Entity]] = []
        self._partial: list[tuple[frozenset[str], Entity]] = []
        self._families: dict[tuple[str, ...], dict[int, Entity]] = {}
        for entity in entities:
            for name in entity.names:
                self._add(name, entity)
        known = {words for words, _ in self._names}
        for words, entity in _inner_variants(entities):
            if words not in known:  # a name of its own wins over a variant
                known.add(words)
                self._names.append((words, entity))
        self._names.sort(key=lambda pair: -len(pair[0]))
        # By first word, longest first: a sentence is looked up by its own words, not
        # by trying every name of the store against it.
        self._by_first: dict[str, list[tuple[tuple[str, ...], Entity]]] = {}
        for words, entity in self._names:
            self._by_first.setdefault(words[0], []).append((words, entity))
        self._heads = _heads(entities)
        self._roles = [(e, role_reading(e.role)) for e in entities if e.type == "person" and e.role]
        # Every title some person holds in the sources: a claim that gives one of them
        # to someone else gives them another office.
        self.role_titles = {t for _, (held, _) in self._roles for t in held if "noun.person" in lexicon.classes(t)}

    def state(self) -> dict:
        """What building the index worked out, as plain data for a cache (marshal):
        building reads every name through the lexicon, a dozen milliseconds."""
        return {
            "names": [(words, e.name) for words, e in self._names],
            "partial": [(tuple(sorted(words)), e.name) for words, e in self._partial],
            "families": {
                base: {year: e.name for year, e in editions.items()} for base, editions in self._families.items()
            },
            "heads": {word: e.name for word, e in self._heads.items()},
            "roles": [(e.name, (tuple(sorted(titles)), tuple(sorted(whose)))) for e, (titles, whose) in self._roles],
            "role_titles": tuple(sorted(self.role_titles)),
        }

    def _restore(self, state: dict) -> None:
        entity = self.by_name.__getitem__
        self._names = [(tuple(words), entity(name)) for words, name in state["names"]]
        self._partial = [(frozenset(words), entity(name)) for words, name in state["partial"]]
        self._families = {
            tuple(base): {year: entity(name) for year, name in editions.items()}
            for base, editions in state["families"].items()
        }
        self._heads = {word: entity(name) for word, name in state["heads"].items()}
        self._roles = [(entity(name), (set(titles), set(whose))) for name, (titles, whose) in state["roles"]]
        self.role_titles = set(state["role_titles"])
        self._by_first = {}
        for words, found in self._names:
            self._by_first.setdefault(words[0], []).append((words, found))

    def _add(self, name: str, entity: Entity) -> None:
        words = _name_words(name)
        if not words:
            return
        if entity.type == "exercise" and len(words) > 1 and _YEAR.fullmatch(words[-1]):
            self._families.setdefault(words[:-1], {})[int(words[-1])] = entity
            return
        self._names.append((words, entity))
        content = frozenset(_content(words))
        if entity.type not in ("person", "exercise", "state", "place") and len(content) >= 3:
            self._partial.append((content, entity))

    def people_in(self, text: str) -> tuple[str, ...]:
        """The people a text names in full, in order, each once (a source's note: whose
        interview or remarks it reports). Read once a text."""
        cache: dict[str, tuple[str, ...]] = self.__dict__.setdefault("_people_in", {})
        if text not in cache:
            mentions, _ = self.find(tokenize(text))
            people = [m.entity.name for m in mentions if m.how == "name" and m.entity.type == "person"]
            cache[text] = tuple(dict.fromkeys(people))
        return cache[text]

    def find(self, tokens: Sequence[Token], years: Sequence[int] = ()) -> tuple[list[Mention], str | None]:
        """The entities named, and an exercise edition the store lacks ("Barrier 2019").
        Names are compared by their words' lemmas: "Council of Defence Ministers"
        names the "Council of Defense Ministers"."""
        words = [t.lemma for t in tokens]
        used = [False] * len(words)
        mentions: list[Mention] = []
        missing = self._editions(words, used, mentions, years, tokens)
        found = [
            (name, entity, i)
            for i, word in enumerate(words)
            for name, entity in self._by_first.get(word, ())
            if tuple(words[i : i + len(name)]) == name
        ]
        found.sort(key=lambda hit: (-len(hit[0]), hit[2]))
        for name, entity, i in found:
            if not any(used[i : i + len(name)]):
                recurring = entity.type == "exercise" and not any(_YEAR.search(w) for w in name)
                mentions.append(Mention(entity, i, i + len(name), "name", recurring))
                used[i : i + len(name)] = [True] * len(name)
        self._joined(words, used, mentions)
        self._partials(words, used, mentions)
        self._heads_found(tokens, used, mentions)
        self._roles_found(tokens, used, mentions)
        return sorted(mentions, key=lambda m: m.start), missing

    def _joined(self, words: list[str], used: list[bool], mentions: list[Mention]) -> None:
        """Organisations joined by dashes into one word ("CSTO–CIS–SCO cooperation"): each is named."""
        for i, word in enumerate(words):
            parts = word.split("-")
            if used[i] or len(parts) < 2:
                continue
            named = [next((e for n, e in self._by_first.get(p, ()) if len(n) == 1), None) for p in parts]
            # organisations only: a compound of countries is read as a word, whose parts
            # must all be the record's ("the Kyrgyzstan-Afghanistan frontier", lexical.names_apart)
            if all(e is not None and e.type == "organisation" for e in named):
                mentions.extend(Mention(entity, i, i + 1, "name") for entity in named if entity)
                used[i] = True

    def _editions(
        self,
        words: list[str],
        used: list[bool],
        mentions: list[Mention],
        years: Sequence[int],
        tokens: Sequence[Token],
    ) -> str | None:
        missing = None
        for i, word in enumerate(words):  # "Barrier-2019": the name and the year written as one word
            base, _, year = word.rpartition("-")
            editions = self._families.get((base,)) if base and _YEAR.fullmatch(year) else None
            if editions is None or used[i]:
                continue
            if int(year) in editions:
                mentions.append(Mention(editions[int(year)], i, i + 1, "edition"))
            else:
                missing = f"{base} {year}"
            used[i] = True
        present = set(words)
        for family, editions in self._families.items():
            if family[0] not in present:
                continue
            size = len(family)
            for i in positions(words, family):
                if any(used[i : i + size]):
                    continue
                after = words[i + size] if i + size < len(words) else ""
                if _YEAR.fullmatch(after):
                    end = i + size + 1
                    entity = editions.get(int(after))
                    if entity is None:
                        missing = " ".join(family) + f" {after}"
                    else:
                        mentions.append(Mention(entity, i, end, "edition"))
                    used[i:end] = [True] * (end - i)
                elif size >= 2 or (
                    family[0] not in FUNCTION_WORDS and i > 0 and tokens[i].capitalised
                ):  # "Interaction", an exercise; "systemic interaction" or a sentence's first word, a word
                    ordered = sorted(editions.items())
                    chosen = [e for y, e in ordered if y in years] or [e for _, e in ordered]
                    mentions.extend(Mention(e, i, i + size, "edition", recurring=True) for e in chosen)
                    used[i : i + size] = [True] * size
        return missing

    def _partials(self, words: list[str], used: list[bool], mentions: list[Mention]) -> None:
        present = {w for w, taken in zip(words, used) if not taken}
        named = {m.entity.name for m in mentions}
        spans = [frozenset(_content(words[m.start : m.end])) for m in mentions if m.start >= 0]
        everything = set(words)
        for content, entity in self._partial:
            if entity.name in named or len(content & everything) < 3:
                continue
            # A name found inside this longer one counts toward it ("the UN General
            # Assembly ... resolution on cooperation with the CSTO"); one that is longer does not.
            inner = {w for span in spans if span <= content for w in span}
            hits = content & (present | inner)
            at = [i for i, w in enumerate(words) if w in hits]
            if at and at[-1] - at[0] > len(content) + 4:
                continue  # the words stand far apart: "the UN ... a Security Council meeting"
            if len(hits) >= 3 and len(hits) / len(content) >= PARTIAL_NAME:
                mentions.append(Mention(entity, -1, -1, "partial"))
                named.add(entity.name)
                for i, word in enumerate(words):
                    if word in hits:
                        used[i] = True

    def _heads_found(self, tokens: Sequence[Token], used: list[bool], mentions: list[Mention]) -> None:
        named = {m.entity.name for m in mentions}
        for i, token in enumerate(tokens):
            entity = self._heads.get(token.lemma)
            # lower case too, for a word no dictionary has ("the roadmap": the CSTO's own term)
            written = token.capitalised or lexicon.entry(token.word) is None
            if entity is not None and not used[i] and written and entity.name not in named:
                mentions.append(Mention(entity, i, i + 1, "head"))
                named.add(entity.name)
                used[i] = True

    def _roles_found(self, tokens: Sequence[Token], used: list[bool], mentions: list[Mention]) -> None:
        """A person named by their role: a title word, and whose office it is."""
        named = {m.entity.name for m in mentions}
        people = [m.start for m in mentions if m.entity.type == "person" and m.start >= 0]
        for i, token in enumerate(tokens):
            if used[i] or ("noun.person" not in lexicon.classes(token.lemma) and token.lemma not in TITLE_PHRASE_HEADS):
                continue
            if any(start > i and all(t.capitalised for t in tokens[i + 1 : start]) for start in people):
                continue  # "Armenian Prime Minister Nikol Pashinyan": the title of the name after it
            if i and tokens[i - 1].word in ("who", "which") and token.word != token.lemma:
                continue  # "Babaev, who heads the Institute": a verb, not the head of the CSTO
            if not _one_holder(token):
                continue  # "CSTO heads of state", "the leaders": several people, no one office holder
            following: list[Token | None] = [*tokens[i + 1 : i + 3], None, None]
            if _modifies_a_noun(token, following[0], following[1]):
                continue  # "the CSTO's chief objective": an adjective, no officer
            window = range(max(0, i - 4), min(len(tokens), i + 6))
            # the titles this very word is part of: "prime minister", not the "Secretary
            # General" a few words on
            found = {
                t
                for t in titles([tokens[j] for j in window if _one_holder(tokens[j])])
                if token.lemma in t.split() or token.word in t.split()
            }
            if not found:
                continue
            whose = {c for j in window for c in qualifiers(tokens[j])}
            whose |= {q for m in mentions if m.start >= 0 and abs(m.start - i) <= 4 if (q := qualifier_of(m.entity))}
            opening = i  # where the title's words start: "secretary" of "secretary general"
            while opening and any(tokens[opening - 1].word in t.split() for t in found):
                opening -= 1
            owners = {q for m in mentions if m.start >= 0 and m.end == opening if (q := qualifier_of(m.entity))}
            if owners and tokens[opening].start - tokens[opening - 1].end <= 3:
                # "the CSTO's secretary general", "NATO Secretary General": whose it is, written
                # right before it, not another body named a few words on ("... discussed NATO")
                whose = owners
            elif i and tokens[i - 1].word == "its":
                # "its Secretary General": the office of what the sentence is about, its first organisation
                first = min(
                    (m for m in mentions if m.start >= 0 and qualifier_of(m.entity)),
                    default=None,
                    key=lambda m: m.start,
                )
                whose = {q} if first is not None and (q := qualifier_of(first.entity)) else whose
            for entity, (role_titles, role_whose) in self._roles:
                if entity.name in named or not role_whose or not whose & role_whose:
                    continue
                if i and tokens[i].start - tokens[i - 1].end == 1 and _qualifies_otherwise(tokens[i - 1], entity):
                    continue  # "Armenia's defence minister" is no prime minister of Armenia
                if any(title_fits(t, role_titles) for t in found):
                    end = i + 1  # the title's other capitalised words: "Secretary General"
                    while (
                        end < len(tokens)
                        and not used[end]
                        and not tokens[end].function
                        and ("noun.person" in lexicon.classes(tokens[end].lemma) or tokens[end].word == "general")
                    ):
                        end += 1
                    start = i  # the title's words before it: "Kazakh president", "prime minister"
                    while (
                        start > 0
                        and not used[start - 1]
                        and tokens[start].start - tokens[start - 1].end == 1
                        and (qualifiers(tokens[start - 1]) or any(tokens[start - 1].word in t.split() for t in found))
                    ):
                        start -= 1
                    mentions.append(Mention(entity, start, end, "role"))
                    named.add(entity.name)
                    used[start:end] = [True] * (end - start)
                    break


def _one_holder(token: Token) -> bool:
    """False for "heads", "leaders": a verb ("Babaev heads the Institute"), or several
    people, names no one office holder."""
    return token.word not in (token.lemma + "s", token.lemma + "es")


def _modifies_a_noun(token: Token, after: Token | None, then: Token | None = None) -> bool:
    """A title word that can be an adjective, before a noun written small and
    uninflected: "chief objective", "chief editor" (not "chief Tasmagambetov")."""
    if after is not None and after.capitalised:
        # "the General Assembly": a body's name, no general ("Minister Maxim Ryzhenkov": a person's)
        classes = lexicon.classes(after.lemma)
        named = then is not None and then.capitalised
        return not named and any(c.startswith("noun.") for c in classes) and "noun.person" not in classes
    if after is None or after.capitalised or after.function or after.word != after.lemma:
        return False
    if not any(c.startswith("adj.") for c in lexicon.classes(token.lemma)):
        return False
    return any(c.startswith("noun.") for c in lexicon.classes(after.lemma))  # ("chief editor": another office)


def _qualifies_otherwise(before: Token, entity: Entity) -> bool:
    """A word just before a title that the person's role does not have ("defence"
    before "minister" of a prime minister): the title is another office."""
    if before.function or before.capitalised or lexicon.country(before.word) or not entity.role:
        return False
    if any(c.startswith("adj.") for c in lexicon.classes(before.lemma)):
        return False  # "top diplomat", "new secretary general": a degree or a time, not another office
    return before.lemma not in {t.lemma for t in tokenize(entity.role)}


# Entities whose names stand inside other names ("UN" in "UN General Assembly").
_INNER_TYPES = frozenset({"organisation", "state"})


def _inner_variants(entities: Sequence[Entity]) -> list[tuple[tuple[str, ...], Entity]]:
    """Names with an inner entity's name written by another of its names: "UN General
    Assembly" holds "UN", so "United Nations General Assembly" names it too."""
    inner = []
    for owner in entities:
        if owner.type not in _INNER_TYPES:
            continue
        others = [_name_words(n) for n in owner.names if words_of(n) and words_of(n)[0] not in FUNCTION_WORDS]
        inner += [(_name_words(n), others, owner) for n in owner.names if words_of(n)]
    found = []
    for entity in entities:
        for name in entity.names:
            words = _name_words(name)
            for part, replacements, owner in inner:
                if owner is entity or len(part) >= len(words):
                    continue
                for i in positions(list(words), part):
                    found += [
                        (words[:i] + other + words[i + len(part) :], entity) for other in replacements if other != part
                    ]
    return found


def _heads(entities: Sequence[Entity]) -> dict[str, Entity]:
    """Capitalised words that head a one-off thing's name and stand in no other name
    ("the Roadmap" for the CSTO-CIS-SCO Roadmap)."""
    owners: dict[str, set[str]] = {}
    heads: dict[str, Entity] = {}
    for entity in entities:
        for name in entity.names:
            words = [w for w in _name_words(name) if w not in FUNCTION_WORDS]
            for position, word in enumerate(words):
                owners.setdefault(word, set()).add(entity.name)
                if position == 0 and entity.type in ONE_OFF_TYPES and len(word) >= 4 and lemma_of(word) == word:
                    heads[word] = entity
    return {w: e for w, e in heads.items() if owners.get(w) == {e.name}}
