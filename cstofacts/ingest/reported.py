"""Reported speech: a sentence that gives someone's words without quotation marks
("Tokayev said that ...", "According to Babaev, ...", "..., he argued, ...", "..., a
spokeswoman for the ministry told reporters.") is a fact whose speaker holds them,
never a quote."""

from __future__ import annotations

import re

from cstofacts import lexicon
from cstofacts.ingest.cues import NEED_THAT, NOT_NAMES, REPORTING_VERBS
from cstofacts.ingest.document import Candidate, Document, Sentence
from cstofacts.ingest.names import RUN
from cstofacts.ingest.people import People
from cstofacts.ingest.speakers import opening, subject

_VERBS = "|".join(sorted(REPORTING_VERBS, key=len, reverse=True))
_REPORTING = re.compile(rf"\b({_VERBS})\b")
_THAT = re.compile(r"\b([a-z]+(?:ed|s))\s+that(?=(?:\s+[^\s.;]+){4})")  # a clause of four words or more
_AS_SAID = re.compile(r"^\W*[Aa]s\s+([^,]{2,60}?)\s+(?:" + _VERBS + r")[^,]{0,40},\s*")
_ASIDE = re.compile(r",\s*(he|she|[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})\s+(?:" + _VERBS + r")(?:\s+\w+)?\s*,")
# The speaker named at the end, after the words: "..., a spokeswoman for the ministry told reporters in Yerevan."
_TRAILING = re.compile(r",\s*([^,]{2,100}?)\s+(" + _VERBS + r")\b((?:\s+[^\s,]+){0,6})$")
MAX_SUBJECT_WORDS = 12  # words before the verb: past this, the verb is not the sentence's own


def _verb(words: str) -> re.Match[str] | None:
    """The first verb of reported speech: the cue list's, or one the lexicon gives as a verb
    of saying or thinking with "that" after it ("Belova contends that")."""
    listed = _REPORTING.search(words)
    for match in _THAT.finditer(words):
        if listed is not None and listed.start() <= match.start():
            break
        classes = lexicon.classes(lexicon.lemma(match.group(1)))
        if "verb.communication" in classes and "frame.that" in classes:
            return match
    return listed


def _opening_subject(words: str) -> tuple[str, str | None] | None:
    """The name a sentence opens with, as the subject of all its verbs."""
    match = RUN.match(words.lstrip())
    return (match.group(0), None) if match and match.group(0).split()[0] not in NOT_NAMES else None


def reported_in(doc: Document, people: People, sentence: Sentence) -> Candidate | None:
    """The fact of reported speech `sentence` holds, or None."""
    words = doc.text[sentence.start : sentence.end]
    named: tuple[str, str | None] | None = None
    clause = 0
    opened = opening(words)
    as_said = _AS_SAID.match(words)
    if opened or as_said:
        surface, clause = (opened[0], opened[1]) if opened else (as_said.group(1), as_said.end())  # type: ignore[union-attr]
        named = (surface, None)
    if named is None:
        aside = _ASIDE.search(words)
        verb = _verb(words)
        if verb is not None and re.search(r"\band\s+$", words[: verb.start()]):
            named = _opening_subject(words)  # "X, a spokesman, called it "..." and said that ..."
            clause = verb.end() + len(re.match(r"\s*(?:that\b)?\s*", words[verb.end() :]).group(0))  # type: ignore[union-attr]
        elif verb is not None and len(words[: verb.start()].split()) <= MAX_SUBJECT_WORDS:
            rest = re.match(r"\s*(?:out\s+)?(?:that\b|,|:)?\s*", words[verb.end() :])
            clause = verb.end() + (rest.end() if rest else 0)
            complement = re.match(r"\s*(?:out\s+)?that\b", words[verb.end() :]) or verb.group(0).endswith("that")
            if verb.group(1) not in NEED_THAT or complement:
                named = subject(words[: verb.start()])
            if not (complement or (rest and rest.group(0).strip())):
                clause = 0  # "he reminded listeners, ...": no clause of its own to mark
        if named is None and aside is not None:
            named, clause = (aside.group(1), None), 0
        trailing = _TRAILING.search(words.rstrip().rstrip("."))
        if named is None and trailing is not None and trailing.group(2) not in NEED_THAT:
            named, clause = subject(trailing.group(1)), 0
    if named is None:
        return None
    speaker = people.resolve(named[0], named[1], sentence.start, "reported speech")
    if speaker is None or not people.speaks(speaker.name):
        return None
    people.remember(sentence, speaker.name)
    tail = words[clause:].strip()
    highlight = None
    if clause and len(tail.split()) >= 4:
        at = sentence.start + words.index(tail, clause)
        highlight = (at, sentence.start + len(words.rstrip()))
    return Candidate(
        "fact",
        words.strip(),
        sentence.start,
        sentence.end,
        highlight,
        speaker=speaker.name,
        role=speaker.role,
        found_by=f"reported speech, speaker {speaker.how}",
    )
