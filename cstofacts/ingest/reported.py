"""Reported speech: a sentence that gives someone's words without quotation marks
("Tokayev said that ...", "According to Babaev, ...", "..., he argued, ...") is a fact
whose speaker holds them, never a quote."""

from __future__ import annotations

import re

from cstofacts.ingest.cues import NEED_THAT, REPORTING_VERBS
from cstofacts.ingest.document import Candidate, Document, Sentence
from cstofacts.ingest.speakers import Speakers, _subject

_VERBS = "|".join(sorted(REPORTING_VERBS, key=len, reverse=True))
_REPORTING = re.compile(rf"\b({_VERBS})\b")
_ACCORDING = re.compile(r"^\W*(?:[Aa]ccording to|[Ii]n the (?:view|opinion|words) of)\s+([^,]{2,80}),\s*")
_AS_SAID = re.compile(r"^\W*[Aa]s\s+([^,]{2,60}?)\s+(?:" + _VERBS + r")[^,]{0,40},\s*")
_IN_VIEW = re.compile(r"^\W*[Ii]n\s+(his|her|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)['\u2019]?s?\s+(?:view|opinion|words),\s*")
_ASIDE = re.compile(r",\s*(he|she|[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})\s+(?:" + _VERBS + r")(?:\s+\w+)?\s*,")
MAX_SUBJECT_WORDS = 12  # words before the verb: past this, the verb is not the sentence's own


def reported(doc: Document, speakers: Speakers, skip: set[int], quoted: set[int]) -> list[Candidate]:
    """Facts of reported speech in every sentence outside the paragraphs `skip` and the
    sentences (by start) `quoted`, which hold direct quotes."""
    found = []
    for paragraph in doc.paragraphs:
        if paragraph.number in skip:
            continue
        for sentence in paragraph.sentences:
            if sentence.start in quoted:
                continue
            candidate = _reported(doc, speakers, sentence)
            if candidate is not None:
                found.append(candidate)
    return found


def _reported(doc: Document, speakers: Speakers, sentence: Sentence) -> Candidate | None:
    words = doc.text[sentence.start : sentence.end]
    named: tuple[str, str | None] | None = None
    clause = 0
    for pattern in (_ACCORDING, _AS_SAID, _IN_VIEW):
        match = pattern.match(words)
        if match:
            surface = match.group(1)
            named, clause = (surface if surface not in ("his", "her") else "he", None), match.end()
            break
    if named is None:
        aside = _ASIDE.search(words)
        verb = _REPORTING.search(words)
        if verb is not None and len(words[: verb.start()].split()) <= MAX_SUBJECT_WORDS:
            rest = re.match(r"\s*(?:out\s+)?(?:that\b|,|:)?\s*", words[verb.end() :])
            clause = verb.end() + (rest.end() if rest else 0)
            complement = re.match(r"\s*(?:out\s+)?that\b", words[verb.end() :])
            if verb.group(1) not in NEED_THAT or complement:
                named = _subject(words[: verb.start()])
            if not (complement or (rest and rest.group(0).strip())):
                clause = 0  # "he reminded listeners, ...": no clause of its own to mark
        if named is None and aside is not None:
            named, clause = (aside.group(1), None), 0
    if named is None:
        return None
    speaker = speakers.resolve(named[0], named[1], sentence.start, "reported speech")
    if speaker is None or (not speakers.names.is_person(speaker.name) and speakers.names.known(speaker.name) is None):
        return None
    speakers.remember(sentence, speaker.name)
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
