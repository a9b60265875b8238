"""Who says quoted or reported words: the subject of a verb of saying beside them ("he
said", "said Tokayev", "According to Babaev,"), a pronoun or an office ("the minister")
traced back to the person last named, or the speaker of the quotation before."""

from __future__ import annotations

import re
from bisect import insort
from typing import NamedTuple

from cstofacts.ingest.cues import ADVERBS, NOT_NAMES, OFFICE_WORDS, ORGANISATION_WORDS, SPEECH_VERBS
from cstofacts.ingest.document import Document, Sentence
from cstofacts.ingest.names import RUN, Mention, Names, split_office

_VERB = re.compile(r"\b(" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r")\b")
_PRONOUN = re.compile(r"(?:^|\W)(he|she)$", re.I)
_OFFICE_PHRASE = re.compile(r"(?:^|\W)((?:the|a|an|its|his|her)\s+(?:[\w-]+\s+){0,4}[\w-]+)$", re.I)
_ACCORDING = re.compile(r"(?:^|\W)(?:[Aa]ccording to|[Ii]n the (?:words|view|opinion) of|[Tt]o quote)\s+(.+?),?\s*$")
_IN_WORDS = re.compile(r"(?:^|\W)(?:[Ii]n|[Aa]s)\s+(.+?)['\u2019]s?\s+(?:words|view|opinion|assessment)\s*,?\s*$")
_LABEL = re.compile(r"^\W*([A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,3})\s*:\s*$")
_LEAD = re.compile(r"^[\s,;:\u2014\u2013-]*")
_TRAILING_ADVERBS = re.compile(r"(?:\s+(?:" + "|".join(sorted(ADVERBS)) + r"))+\s*$", re.I)
_WRITTEN_BY = re.compile(
    r"\b(?:article|op-ed|column|piece|essay|book|analysis|commentary)\s+(?:written\s+)?by\s+([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})"
)
MAX_BACK = 6  # sentences a pronoun looks back for the person it stands for


class Speaker(NamedTuple):
    name: str
    role: str | None
    how: str  # which rule found it


def _subject(segment: str) -> tuple[str, str | None] | None:
    """The words that name who speaks at the end of `segment` (the text before a verb of
    saying), and an office given beside them ("Aleynik, head of the ministry,")."""
    text = _TRAILING_ADVERBS.sub("", segment.rstrip().rstrip('\u201d"\u00bb').rstrip())
    role = None
    if text.endswith(","):
        inner = text[:-1]
        comma = inner.rfind(",")
        aside = inner[comma + 1 :].strip()
        first = aside.split()[0].lower() if aside.split() else ""
        if comma >= 0 and aside and (aside[0].islower() or first in OFFICE_WORDS) and len(aside) < 150:
            role, text = aside, inner[:comma].rstrip()
        else:
            text = inner.rstrip()
    if _PRONOUN.search(text):
        return _PRONOUN.search(text).group(1).lower(), role  # type: ignore[union-attr]
    office = _OFFICE_PHRASE.search(text)
    if office and (
        office.group(1).split()[-1].lower() in OFFICE_WORDS
        or office.group(1).split()[-1].capitalize() in ORGANISATION_WORDS
    ):
        return office.group(1), role
    last = None
    for match in RUN.finditer(text):
        last = match
    if last is not None and last.end() == len(text) and not last.group(0).endswith(("'s", "\u2019s")):
        return last.group(0), role  # (a possessive names whose words, not who speaks: "Tokayev's comments")
    return None


def _object(text: str) -> tuple[str, str | None] | None:
    """Who speaks in the words right after an inverted verb ("said Tokayev, the president")."""
    match = RUN.match(text) or re.match(r"(?:the|a)\s+(?:[\w-]+\s+){0,4}?[\w-]+(?=[,.;]|$)", text)
    if not match:
        return None
    rest = text[match.end() :]
    role = None
    aside = re.match(r",\s*([a-z][^,.;]{2,120})[,.]", rest)
    if aside:
        role = aside.group(1)
    return match.group(0), role


def after_quote(after: str) -> tuple[str, str | None] | None:
    """The speaker named right after quoted words: ", he said", ", said Tokayev",
    ", the minister added", ", Lavrov, the foreign minister, said"."""
    text = after[_LEAD.match(after).end() :]  # type: ignore[union-attr]
    according = re.match(r"(?:according to|in the words of)\s+(.+?)\s*(?:[,.;]|$)", text, re.I)
    if according:
        return according.group(1), None
    verb = _VERB.search(text)
    if verb is None or len(text[: verb.start()].split()) > 12:
        return None
    head = text[: verb.start()]
    if not head.strip():
        return _object(text[verb.end() :].lstrip())
    subject = _subject(head)
    if subject is None:
        return None
    # the subject must be all of the words before the verb (an aside aside)
    return subject if len(head.split()) <= len(subject[0].split()) + len((subject[1] or "").split()) + 3 else None


def before_quote(before: str) -> tuple[str, str | None] | None:
    """The speaker named before quoted words: "Tokayev said:", "According to Babaev,",
    "He stressed that", "Tokayev called the talks", "Lavrov:" (a headline)."""
    for pattern in (_ACCORDING, _IN_WORDS):
        match = pattern.search(before)
        if match:
            return match.group(1).strip(), None
    label = _LABEL.match(before)
    if label:
        return label.group(1), None
    verbs = list(_VERB.finditer(before))
    for verb in reversed(verbs):
        subject = _subject(before[: verb.start()])
        if subject is not None:
            return subject
        inverted = _object(before[verb.end() :].lstrip())
        if inverted is not None and before[: verb.start()].rstrip().endswith((",", "\u201d", '"', "\u00bb")):
            return inverted
    return None


class Speakers:
    """People an article names, in order, and the speakers found so far, for tracing a
    pronoun or an office back to a name."""

    def __init__(self, doc: Document, names: Names, hidden: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.names = names
        self.mentions: list[Mention] = []
        self.said: dict[int, str] = {}  # a sentence's start -> who speaks in it
        for paragraph in doc.paragraphs:
            for match in RUN.finditer(doc.text, paragraph.start, paragraph.end):
                if any(s <= match.start() < e for s, e in hidden):
                    continue  # names inside quotations are not who is speaking
                mention = names.mention(doc.text, match.start(), match.end(), new=False)
                if mention is not None:
                    self.mentions.append(mention)
        for match in _WRITTEN_BY.finditer(doc.text):  # "an article by Kirill Babaev": "the author" later
            name = names.person(match.group(1), "author", new=True)
            if name is not None:
                insort(self.mentions, Mention(match.start(1), match.end(1), name, "author"))

    def resolve(self, surface: str, role: str | None, at: int, how: str) -> Speaker | None:
        """The canonical name `surface` stands for at offset `at`."""
        lowered = surface.lower()
        if lowered in ("he", "she"):
            name = self.recent(at)
            return Speaker(name, self.names.roles.get(name), f"{how}, pronoun") if name else None
        words = surface.split()
        if words[0].lower() in ("the", "a", "an") and len(words) > 1 and words[1][:1].isupper():
            surface, lowered = " ".join(words[1:]), " ".join(words[1:]).lower()  # "The CSTO Secretary General X"
        elif lowered.split()[0] in ("the", "a", "an", "its", "his", "her"):
            if len(lowered.split()) < 2:
                return None
            entity = self.names.known(surface.split(maxsplit=1)[1]) or self.names.known(surface)
            if entity is not None:
                return Speaker(entity.name, None, how)
            head = lowered.split()[-1]
            if head.capitalize() in ORGANISATION_WORDS:  # "the ministry": the one last named
                body = self._last_named(head.capitalize(), at)
                return Speaker(body, None, f"{how}, organisation") if body else None
            # "the minister": the person last named with that office, else the person last named
            name = self.names.by_office(surface, [m for m in self.mentions if m.start < at]) or self.recent(at)
            return Speaker(name, self.names.roles.get(name), f"{how}, office") if name else None
        office, words = split_office(surface.split())
        role = role or (" ".join(office) if office else None)
        name = self.names.person(" ".join(words), role, new=True)
        if name is None and any(w in ORGANISATION_WORDS for w in surface.split()):
            entity = self.names.known(surface)
            return Speaker(
                entity.name if entity else surface, None, f"{how}, organisation"
            )  # "the Foreign Ministry said"
        if name is None:
            return None
        insort(self.mentions, Mention(at, at, name, role))
        return Speaker(name, role or self.names.roles.get(name), how)

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

    def recent(self, at: int) -> str | None:
        """The person a "he" or "she" at `at` stands for: the speaker of the nearest sentence
        before that has one, or the first person named in it."""
        sentences = [s for p in self.doc.paragraphs for s in p.sentences if s.start <= at]
        for back, sentence in enumerate(reversed(sentences)):
            if back >= MAX_BACK:
                break
            if sentence.start in self.said and back:
                return self.said[sentence.start]
            here = [
                m
                for m in self.mentions
                if sentence.start <= m.start < min(sentence.end, at) and self.names.is_person(m.name)
            ]
            if here:
                return here[0].name
        return None

    def remember(self, sentence: Sentence, name: str) -> None:
        self.said[sentence.start] = name
