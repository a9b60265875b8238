"""Who "he" is in a draft: a sentence that names no person but speaks of one by a
pronoun ("He also said the bloc ...", "In his view, ...") is about the person
the sentences just before it named last. Part of reading a document (stage 1)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from cstofacts.check.claims import Sentence

# A pronoun of one man, as subject, object or owner ("her" is both owner and object: left alone).
_PRONOUN = re.compile(r"\b(?:(?P<owner>[Hh]is)|(?P<person>[Hh]e|[Hh]im|[Ss]he))\b")
REACH = 3  # sentences back in which the person a pronoun stands for is looked for


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
    return _PRONOUN.sub(lambda m: f"{name}'s" if m.group("owner") else name, text)
