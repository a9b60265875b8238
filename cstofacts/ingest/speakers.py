"""Who the words beside quoted or reported words name as their speaker: the subject of a
verb of saying before them ("he said", "Tokayev told reporters", "X, a spokesman for the
ministry, said") or after it ("said Kazakh Deputy Defence Minister X"), "according to X",
"in his words", a headline's "X:". The names are resolved to people in people.py."""

from __future__ import annotations

import re
from typing import NamedTuple

from cstofacts import lexicon
from cstofacts.ingest.cues import ADVERBS, AUXILIARIES, ORGANISATION_WORDS, SPEECH_VERBS
from cstofacts.ingest.names import RUN
from cstofacts.ingest.titles import appositive_after, is_modifier, is_title, role_phrase, split_office, title_before

_LISTED = re.compile(r"\b(" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r")\b")
_PAST = re.compile(r"\b[a-z]+ed\b")
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_PRONOUN = re.compile(r"(?:^|\W)(he|she)$", re.I)
_OFFICE_PHRASE = re.compile(r"(?:^|\W)((?:the|a|an|its|his|her)\s+(?:[\w-]+\s+){0,4}[\w-]+)$", re.I)
# "a spokeswoman for the Armenian Foreign Ministry", "the head of the Belarusian Ministry of Foreign Affairs"
_ROLE_NP = re.compile(
    r"(?:^|\W)((?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*(?:\s+(?:for|of|at|from|in)\s+(?:the\s+)?"
    r"[A-Z][\w'\u2019.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'\u2019.-]*)*)?)$"
)
_ACCORDING = re.compile(r"(?:^|\W)(?:[Aa]ccording to|[Ii]n the (?:words|view|opinion) of|[Tt]o quote)\s+(.+?),?\s*$")
_IN_WORDS = re.compile(r"(?:^|\W)(?:[Ii]n|[Aa]s)\s+(.+?)['\u2019]s?\s+(?:words|view|opinion|assessment)\s*,?\s*$")
# The same, opening the sentence and speaking for all of it ("In his words, the states face a “war ...”").
_OPENING = re.compile(
    r"^\W*(?:(?:[Aa]ccording to|[Ii]n the (?:words|view|opinion) of)\s+([^,]{2,80})"
    r"|[Ii]n\s+(his|her|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*?)['\u2019]?s?\s+(?:view|opinion|words)),\s*"
)
_LABEL = re.compile(r"^\W*([A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,9})\s*:\s*$")
_LEAD = re.compile(r"^[\s,;:\u2014\u2013-]*")
MAX_ASIDES = 3  # asides in commas between a subject and its verb ("X, a spokesman for Y, quoted by Z, said")


class Speaker(NamedTuple):
    name: str
    role: str | None
    how: str  # which rule found it


def speech_verbs(text: str) -> list[re.Match[str]]:
    """The verbs of saying in `text`, in order: the cue list's, and any other past form the
    lexicon gives as a verb of communication taking a that-clause ("quipped", "retorted")."""
    found = list(_LISTED.finditer(text))
    taken = {m.start() for m in found}
    for match in _PAST.finditer(text):
        if match.start() not in taken:
            classes = lexicon.classes(lexicon.lemma(match.group(0)))
            if "verb.communication" in classes and "frame.that" in classes:
                found.append(match)
    return sorted(found, key=lambda m: m.start())


def _between(text: str) -> str:
    """`text` without the adverbs and auxiliaries at its end ("Tokayev has also")."""
    words = text.rstrip().split(" ")
    while words and (
        words[-1].lower() in ADVERBS
        or words[-1].lower() in AUXILIARIES
        or (words[-1] and lexicon.classes(words[-1].lower()) == {"adv.all"})
    ):
        words.pop()
    return " ".join(words).rstrip()


def _is_name(words: str) -> bool:
    """True when `words` are a person's name, an office perhaps before it ("Colonel General X")."""
    run = RUN.fullmatch(words)
    return run is not None and bool(split_office(words.split())[1])


def _peel_asides(text: str) -> tuple[str, str | None]:
    """`text` without the asides in commas at its end, and the role one of them gives."""
    role = None
    for _ in range(MAX_ASIDES):
        if not text.endswith(","):
            break
        inner = text[:-1].rstrip()
        comma = inner.rfind(",")
        aside = inner[comma + 1 :].strip()
        first = aside.split()[0] if aside.split() else ""
        if comma < 0 or not aside or len(aside) > 150 or not (aside[0].islower() or is_title(first)):
            return inner, role
        if _is_name(aside):  # "The head of the Staff, Colonel General X, said": X speaks
            return inner, role_phrase(inner[:comma]) or role
        role = role_phrase(aside) or role
        text = inner[: comma + 1]
    return text.rstrip(", "), role


def subject(segment: str) -> tuple[str, str | None] | None:
    """The words that name who speaks at the end of `segment` (the text before a verb of
    saying), and the office given beside them ("Aleynik, head of the ministry,")."""
    text, role = _peel_asides(_between(segment.rstrip().rstrip('\u201d"\u00bb').rstrip()))
    text = _between(text)
    if _PRONOUN.search(text):
        return _PRONOUN.search(text).group(1).lower(), role  # type: ignore[union-attr]
    phrase = _ROLE_NP.search(text)
    if phrase and role_phrase(phrase.group(1)):
        return phrase.group(1), role
    office = _OFFICE_PHRASE.search(text)
    if office and office.group(1).split()[-1].capitalize() in ORGANISATION_WORDS:
        return office.group(1), role
    last = None
    for match in RUN.finditer(text):
        last = match
    # (not a place the words are about: "officials in Yerevan said")
    after_preposition = last is not None and re.search(r"\b(?:in|from|at|of|for|to|with|on)\s+$", text[: last.start()])
    if (
        last is not None
        and last.end() == len(text)
        and not after_preposition
        and not last.group(0).endswith(("'s", "\u2019s"))
    ):
        # (a possessive names whose words, not who speaks: "Tokayev's comments"); the title
        # written before the name goes with it ("Chief of the" + "CSTO Joint Staff ... Lagutin")
        title = title_before(text, last.start(), joined=bool(split_office(last.group(0).split())[0]))
        return f"{title} {last.group(0)}" if title else last.group(0), role
    # "officials", "Western diplomats", "officials in Yerevan"
    bare = re.search(
        r"(?:^|[^\w'\u2019-])((?:[\w-]+\s+){0,2}[a-z][\w-]*)(\s+(?:in|from|at|of|for)\s+[A-Z][^,;]*)?$", text
    )
    if bare:
        *modifiers, head = bare.group(1).split()
        if is_title(head) and all(w[:1].isupper() or is_modifier(w) for w in modifiers):
            return bare.group(0).lstrip(" ,;:\u2014\u2013-"), role
    return None


def _object(text: str) -> tuple[str, str | None] | None:
    """Who speaks in the words right after an inverted verb ("said Tokayev, the president")."""
    match = RUN.match(text) or re.match(r"(?:the|a|an|one)\s+(?:[\w-]+\s+){0,7}?[\w-]+(?=[,.;]|$)", text)
    if not match:
        return None
    named = RUN.match(text, match.end() + 2) if text[match.end() : match.end() + 2] == ", " else None
    if not match.group(0)[0].isupper() and named is not None and _is_name(named.group(0)):
        return named.group(0), role_phrase(match.group(0))  # "said the head of the Staff, General X"
    return match.group(0), appositive_after(text, match.end())


def after_quote(after: str) -> tuple[str, str | None] | None:
    """The speaker named right after quoted words: ", he said", ", said Tokayev",
    ", the minister added", ", Lavrov, the foreign minister, said"."""
    text = after[_LEAD.match(after).end() :]  # type: ignore[union-attr]
    according = re.match(r"(?:according to|in the words of)\s+(.+?)\s*(?:[,.;]|$)", text, re.I)
    if according:
        return according.group(1), None
    verbs = speech_verbs(text)
    if not verbs or len(text[: verbs[0].start()].split()) > 16:
        return None
    verb = verbs[0]
    head = text[: verb.start()]
    if not head.strip():
        return _object(text[verb.end() :].lstrip())
    found = subject(head)
    if found is None:
        return None
    # the subject must be all of the words before the verb, asides aside ("in which the
    # Organization is declared" names no one who says the quoted words)
    bare = _peel_asides(_between(head.rstrip().rstrip('\u201d"\u00bb').rstrip()))[0].split()
    extra = len(bare) - len(found[0].split())
    return found if extra <= 0 or (extra == 1 and bare[0].lower() in ("and", "but", "as", "while")) else None


def opening(sentence: str) -> tuple[str, int] | None:
    """Who an opening "According to X," or "In X's words," gives the sentence to, and
    where the words given begin."""
    match = _OPENING.match(sentence)
    if match is None:
        return None
    return (match.group(1) or match.group(2)).strip(), match.end()


def before_quote(before: str, sentence_start: bool = False) -> tuple[str, str | None] | None:
    """The speaker named before quoted words: "Tokayev said:", "According to Babaev,",
    "He stressed that", "Tokayev called the talks", "Lavrov:" (a headline), and (when
    `before` opens the sentence) "In his words, the states face a"."""
    for pattern in (_ACCORDING, _IN_WORDS):
        match = pattern.search(before)
        if match:
            return match.group(1).strip(), None
    label = _LABEL.match(before)
    if label:
        return label.group(1), None
    for verb in reversed(speech_verbs(before)):
        if verb.group(0).endswith("ing") and before[: verb.start()].rstrip().endswith(","):
            continue  # "X told reporters, adding that": the subject is the main verb's
        found = subject(before[: verb.start()])
        if found is not None:
            return found
        inverted = _object(before[verb.end() :].lstrip())
        if inverted is not None and before[: verb.start()].rstrip().endswith((",", "\u201d", '"', "\u00bb")):
            return inverted
    opened = opening(before) if sentence_start else None
    return (opened[0], None) if opened else None
