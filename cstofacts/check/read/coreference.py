"""Who "he" is in a draft: a sentence that names no person but speaks of one by a
pronoun ("He also said the bloc ...", "In his view, ...") is about the person
the sentences just before it named last. Part of reading a document (stage 1)."""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import replace

from cstofacts import lexicon
from cstofacts.check.read.claims import Sentence
from cstofacts.check.read.reading import Reading
from cstofacts.check.words import QUOTED

# A pronoun of one man, as subject, object or owner ("her" is both owner and object: left alone).
_PRONOUN = re.compile(r"\b(?:(?P<owner>[Hh]is)|(?P<person>[Hh]e|[Hh]im))\b(?!['\u2019])")
REACH = 3  # sentences back in which the person a pronoun stands for is looked for
# Words before a person named by office that make them an object, not the subject.
_OBJECT_MARKERS = frozenset({"by", "of", "with", "to", "from", "for", "at", "about", "on"})


def resolve(sentences: list[Sentence], people: Callable[[str], list[str]]) -> list[Sentence]:
    """Each sentence with a pronoun and no person of its own, given `checked` text in
    which the pronoun is the name of the last person named up to REACH sentences
    before (its first, the sentence's subject as a rule); `people` gives the people
    a sentence names, by name before by office ("" for one named by an office alone)."""
    resolved: list[Sentence] = []
    last: str | None = None
    since = 0
    for sentence in sentences:
        named = people(sentence.text)
        if named:
            last, since = named[0] or None, 0  # "": someone no name is known for; "he" is not read
        elif last is not None and since < REACH and not sentence.quote:
            checked = _named(sentence.text, last)
            if checked != sentence.text:
                sentence = replace(sentence, checked=checked)
                since = -1  # the person is still the one spoken of: the reach counts from here
        since += 1
        resolved.append(sentence)
    return resolved


def _named(text: str, name: str) -> str:
    """The text with "he", "him", "his" as `name`, but not inside quotation marks (a
    quote is checked word for word) nor in "he's"."""
    quoted = [(m.start(), m.end()) for m in QUOTED.finditer(text)]

    def name_it(m: re.Match[str]) -> str:
        if any(a <= m.start() < b for a, b in quoted):
            return m.group()
        return f"{name}'s" if m.group("owner") else name

    return _PRONOUN.sub(name_it, text)


def people_in(reading: Reading, role_titles: AbstractSet[str]) -> list[str]:
    """The people a sentence names, by name first, then by office, each in the order
    named; a person named by office only as a subject ("It was chaired by the
    Belarusian foreign minister" makes no one the "he" of what follows). [""] when
    the sentence's subject is an office no name is known for ("the new Secretary
    General"): the next "he" is left unread."""

    def subject(at: int) -> bool:
        i = at - 1
        while i >= 0 and not reading.tokens[i].function:
            i -= 1  # the office's own words: "the Belarusian foreign minister"
        while i >= 0 and reading.tokens[i].word in ("the", "a", "an", "its", "his", "her", "new"):
            i -= 1
        return i < 0 or reading.tokens[i].word not in _OBJECT_MARKERS

    mentions = sorted(
        (m for m in reading.mentions if m.start >= 0 and (m.how == "name" or subject(m.start))),
        key=lambda m: (m.how != "name", m.start),
    )
    named = list(dict.fromkeys(m.entity.name for m in mentions if m.entity.type == "person"))
    offices = {w for title in role_titles for w in title.split()}
    if not named and any(
        t.lemma in offices and "noun.person" in lexicon.classes(t.lemma) and subject(i)
        for i, t in enumerate(reading.tokens)
    ):
        return [""]
    return named
