"""The people an article names, in order, each with the office the text gives them
("Kazakh Foreign Minister X", "analyst X", "X, a spokesman for the ministry,", "The
spokeswoman, X,"), and whom a later surname, office ("the general"), pronoun or role
alone ("a spokeswoman for the ministry") stands for."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort

from cstofacts import lexicon
from cstofacts.ingest.cues import HONORIFICS, NOT_NAMES, ORGANISATION_WORDS
from cstofacts.ingest.document import Document, Sentence
from cstofacts.ingest.names import RUN, Mention, Names
from cstofacts.ingest.speakers import PRONOUN_GENDER, Speaker, speech_verbs
from cstofacts.ingest.titles import (
    appositive_after,
    appositive_before,
    gender_of,
    gender_of_name,
    is_nationality,
    is_title,
    office_and_name,
    office_role,
    split_office,
    title_before,
)

_WRITTEN_BY = re.compile(
    r"\b(?:article|op-ed|column|piece|essay|book|analysis|commentary)\s+(?:written\s+)?by\s+([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})"
)
_DETERMINERS = ("the", "a", "an", "one", "its", "his", "her")
MAX_BACK = 6  # sentences a pronoun looks back for the person it stands for


class People:
    """Who an article names, where, and who has spoken in which sentence, for tracing a
    surname, a pronoun, an office or a role back to a person."""

    def __init__(self, doc: Document, names: Names, hidden: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.names = names
        self.mentions: list[Mention] = []
        self.said: dict[int, str] = {}  # a sentence's start -> who speaks in it
        self.gender: dict[str, str] = {}
        self.unnamed: dict[str, str] = {}  # a speaker named by role alone -> the title word heading it
        self._first_use: dict[str, int] = {}
        self.groups: set[str] = set()  # of those, the ones that are many ("officials", "critics")
        self._named_later: dict[str, tuple[str, str | None] | None] = {}
        hidden = sorted(hidden)
        for paragraph in doc.paragraphs:
            for match in RUN.finditer(doc.text, paragraph.start, paragraph.end):
                inside = hidden[max(0, bisect_right(hidden, (match.start(), len(doc.text))) - 1)] if hidden else None
                if inside is not None and inside[0] <= match.start() < inside[1]:
                    continue  # names inside quotations are not who is speaking
                mention = self._named(match.start(), match.end())
                if mention is not None:
                    self.mentions.append(mention)
        for match in _WRITTEN_BY.finditer(doc.text):  # "an article by Kirill Babaev": "the author" later
            name = names.person(match.group(1), "author", new=True)
            if name is not None:
                insort(self.mentions, Mention(match.start(1), match.end(1), name, "author"))

    def _named(self, start: int, end: int) -> Mention | None:
        """The person (or body the store knows) a run of capitalised words names, when the
        words around it say it is a person: an office, a role, an honorific, a verb of saying."""
        text = self.doc.text
        words = text[start:end].split()
        office, name_words = office_and_name(words)
        if not name_words:
            return None
        role = office_role(office)
        before = title_before(text, start, joined=bool(office))
        role = " ".join(filter(None, (before, role))) or appositive_after(text, end) or appositive_before(text, start)
        verbs = speech_verbs(text[end : end + 40])
        speaks = bool(verbs) and not text[end : verbs[0].start() + end].strip()
        # a headline's or an interview's label: "Viktor Khrenin: the alliance is stronger"
        speaks = speaks or (text[end : end + 1] == ":" and self.doc.paragraph_at(start).start == start)
        person = (
            role is not None
            or any(w in HONORIFICS for w in words)
            or (speaks and len(name_words) >= 2 and not any(w in ORGANISATION_WORDS for w in name_words))
        )
        name = self.names.person(" ".join(name_words), role, new=person)
        if name is None:
            return None
        entity = self.names.known(name)
        if entity is not None and entity.type not in ("person", "organisation", "outlet"):
            return None
        gender = gender_of([*words, *(role or "").split()]) or gender_of_name(name)
        if gender and self.names.is_person(name):
            self.gender.setdefault(name, gender)
        return Mention(start, end, name, role or self.names.roles.get(name))

    def resolve(self, surface: str, role: str | None, at: int, how: str) -> Speaker | None:
        """The person (or body, or role) `surface` stands for at offset `at`."""
        lowered = surface.lower().strip()
        if lowered in PRONOUN_GENDER:
            gender = PRONOUN_GENDER[lowered]
            name = self.recent(at, gender)
            if name is None:
                return None
            self.gender.setdefault(name, gender)
            return Speaker(name, self.names.roles.get(name), f"{how}, pronoun")
        words = surface.split()
        if words[0].lower() in _DETERMINERS:
            rest = words[1:]
            if not (rest and rest[0][:1].isupper() and split_office(rest)[1]):
                return self._described(surface, at, how)  # "the minister", "The Russian president"
            surface = " ".join(rest)  # "The CSTO Secretary General X", "the Foreign Ministry"
        office, name_words = split_office(surface.split())
        capitalised = bool(name_words) and all(w[:1].isupper() for w in name_words)
        if not capitalised and (surface[:1].islower() or surface.split()[-1].islower()):
            return self._described(f"a {surface}", at, how)  # "officials in Yerevan said", "Western diplomats say"
        role = role or office_role(office)
        name = self.names.person(" ".join(name_words), role, new=True, alone=True) if capitalised else None
        if name is None and any(w in ORGANISATION_WORDS for w in surface.split()):
            entity = self.names.known(surface)
            return Speaker(entity.name if entity else surface, None, f"{how}, organisation")
        if name is None:
            return None
        insort(self.mentions, Mention(at, at, name, role))
        return Speaker(name, role or self.names.roles.get(name), how)

    def _described(self, phrase: str, at: int, how: str) -> Speaker | None:
        """Who "the minister", "the ministry" or "a spokeswoman for the ministry" stands for."""
        article, _, rest = phrase.partition(" ")
        if not rest:
            return None
        entity = self.names.known(rest) or self.names.known(phrase)
        if entity is not None:
            return Speaker(entity.name, None, how)
        words = rest.split()
        own = re.split(r"\s+(?:for|of|at|from|in|with)\s+", rest)[0].split()  # "spokeswoman" of "spokeswoman for X"
        head = own[-1] if own and is_title(own[-1]) and not is_nationality(own[-1]) else None
        if head is None:
            if words[-1].capitalize() in ORGANISATION_WORDS:  # "the ministry": the one last named
                body = self._last_named(words[-1].capitalize(), at)
                return Speaker(body, None, f"{how}, organisation") if body else None
            return None
        plural = lexicon.lemma(head.lower()) != head.lower() and not head.lower().endswith("man")
        before = [m for m in self.mentions if m.start < at]
        definite = article.lower() not in ("a", "an", "one") and not plural
        # "the minister": the person last named with that office; "the Russian leader": with that nationality
        name = self.names.by_office(phrase, before) or self.names.by_nationality(phrase, before) if definite else None
        if name is not None:
            return Speaker(name, self.names.roles.get(name), f"{how}, office")
        # "a spokeswoman for the ministry", "the Russian president" (no one named so): the role
        qualified = any(w[:1].isupper() for w in own) or len(own) < len(words)
        if article.lower() in ("a", "an", "one") or plural or qualified:
            # a person named by role alone ("a spokeswoman for the ministry"), kept as that role
            self.unnamed.setdefault(rest, lexicon.lemma(head.lower()))
            self._first_use.setdefault(rest, at)
            if plural:
                self.groups.add(rest)
            gender = gender_of([head])
            if gender:
                self.gender.setdefault(rest, gender)
            return Speaker(rest, None, f"{how}, role")
        name = self.recent(at)  # "the minister", no minister named: the person last named
        return Speaker(name, self.names.roles.get(name), f"{how}, office") if name else None

    def _last_named(self, word: str, at: int) -> str | None:
        """The last run of capitalised words before `at` holding `word` ("Foreign Ministry")."""
        found = None
        for match in RUN.finditer(self.doc.text, 0, at):
            if word in match.group(0).split():
                found = match.group(0)
        if found is None:
            return None
        words = found.split()
        while words and words[0] in NOT_NAMES:
            words = words[1:]
        entity = self.names.known(" ".join(words))
        return entity.name if entity else " ".join(words)

    def _fits(self, name: str, gender: str | None) -> bool:
        return gender is None or self.gender.get(name) in (None, gender)

    def recent(self, at: int, gender: str | None = None) -> str | None:
        """The person a "he" or "she" at `at` stands for: the speaker of the nearest sentence
        before that has one, or the first person named in it (of that gender, when known)."""
        sentences = self.doc.sentences_before(at, MAX_BACK)
        for back, sentence in enumerate(reversed(sentences)):
            speaker = self.said.get(sentence.start)
            if back and speaker is not None and self._is_someone(speaker) and self._fits(speaker, gender):
                return speaker
            for mention in self.between(sentence.start, min(sentence.end, at)):
                if (
                    self.names.is_person(mention.name)
                    and self._fits(mention.name, gender)
                    and not self.doc.text[mention.start : mention.end].endswith(("'s", "\u2019s"))  # whose, not who
                ):
                    return mention.name
        return None

    def between(self, start: int, end: int) -> list[Mention]:
        """The mentions that begin in text[start:end], in order."""
        key = lambda m: m.start  # noqa: E731
        return self.mentions[bisect_left(self.mentions, start, key=key) : bisect_left(self.mentions, end, key=key)]

    def _is_someone(self, name: str) -> bool:
        """One person, named or by role ("he" is never "officials")."""
        return self.names.is_person(name) or (name in self.unnamed and name not in self.groups)

    def remember(self, sentence: Sentence, name: str) -> None:
        self.said[sentence.start] = name

    def speaks(self, name: str) -> bool:
        """True when `name` can speak: a person, named or by role, or a body the store knows."""
        return self.names.is_person(name) or name in self.unnamed or self.names.known(name) is not None

    def named_later(self, name: str) -> tuple[str, str | None] | None:
        """The person a speaker named by role alone turns out to be: the one person the
        article names after it with that title ("a spokeswoman ...", then "The spokeswoman,
        X,"), of the same body when both name one. (Someone named before would have been
        "the spokeswoman".)"""
        if name not in self._named_later:
            self._named_later[name] = self._holder(name)
        return self._named_later[name]

    def _holder(self, name: str) -> tuple[str, str | None] | None:
        head = self.unnamed.get(name)
        if head is None or name in self.groups:
            return None
        first = self._first_use.get(name, 0)
        earlier = {m.name for m in self.mentions if m.start < first}
        holders = set()
        for mention in self.mentions:
            role = mention.role or self.names.roles.get(mention.name) or ""
            if (
                mention.name not in earlier
                and self.names.is_person(mention.name)
                and self._fits(mention.name, self.gender.get(name))
                and any(_same_title(head, w) for w in re.findall(r"[a-z-]+", role.lower()))
                and _same_body(name, role)
            ):
                holders.add(mention.name)
        if len(holders) != 1:
            return None
        found = holders.pop()
        return found, self.names.roles.get(found)


def _same_body(phrase: str, role: str) -> bool:
    """False when a role and a phrase both name a body (in capitals) and not the same one."""
    ours, theirs = (set(re.findall(r"[A-Z][\w-]+", words)) for words in (phrase, role))
    return not (ours and theirs) or bool(ours & theirs)


def _same_title(head: str, word: str) -> bool:
    lemma = lexicon.lemma(word)
    return lemma == head or lexicon.relation(head, lemma) in ("synonym", "broader", "narrower")
