"""An interview's questions and answers: paragraphs opened by a dialogue dash, by "Q:"
and "A:", by the speakers' names, or questions standing alone; who answers (the person
the lead names most) and who asks (the outlet)."""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from cstofacts.ingest.cues import OUTLET_WORDS
from cstofacts.ingest.document import Document, Paragraph
from cstofacts.ingest.names import Names
from cstofacts.ingest.people import People
from cstofacts.ingest.titles import is_nationality, is_title
from cstofacts.models import Source

_DASH = re.compile(r"[\u2014\u2013-]\s+")
_QA = re.compile(r"(Q|Question|A|Answer)\s*[:.\u2014\u2013-]\s+", re.I)
_NAMED = re.compile(r"([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})\s*:\s+")
_OUTLET_CUE = re.compile(
    r"\b(?:interview(?:ed)?|interview given|told|spoke|talked|speaking|conversation)\s+(?:with|to|by)?"
)
_OUTLET_NAME = re.compile(r"[\u201c\u00ab\"]?([A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,3})")
MIN_QUESTIONS = 2
MAX_DESCRIPTION = 8  # words that may describe an outlet before its name
MAX_QUESTION = 600  # characters: a paragraph longer than this standing alone is no question


class Turn(NamedTuple):
    paragraph: int  # number
    start: int  # where its words begin, past the dash or label
    question: bool


class Interview(NamedTuple):
    turns: list[Turn]
    interviewee: str | None
    interviewer: str | None


def _is_q(label: re.Match[str] | None) -> bool:
    return label is not None and label.group(1)[0].upper() == "Q"


def _asks(doc: Document, paragraph: Paragraph) -> bool:
    return doc.text[paragraph.start : paragraph.end].rstrip().endswith("?")


def _turns(doc: Document) -> tuple[list[Turn], str | None]:
    """The paragraphs of the interview from its first question on, each a question or
    (part of) an answer; and the label the questions carry when they carry a name."""
    text = doc.text
    asker: str | None = None
    dashed = {p.number: _DASH.match(text, p.start) for p in doc.paragraphs}
    labelled = {p.number: _QA.match(text, p.start) for p in doc.paragraphs}
    named = {p.number: _NAMED.match(text, p.start) for p in doc.paragraphs}
    turns: list[Turn] = []
    if sum(1 for p in doc.paragraphs if _is_q(labelled[p.number])) >= MIN_QUESTIONS:
        markers = labelled
        asking = {p.number: _is_q(labelled[p.number]) for p in doc.paragraphs}
    elif sum(1 for p in doc.paragraphs if dashed[p.number] and _asks(doc, p)) >= MIN_QUESTIONS:
        markers = dashed
        asking = {p.number: bool(dashed[p.number] and _asks(doc, p)) for p in doc.paragraphs}
    else:
        labels = Counter(m.group(1) for m in named.values() if m)
        usual = {label for label, count in labels.items() if count >= MIN_QUESTIONS}
        if len(usual) < 2:
            return _bare_questions(doc), None
        askers = Counter(
            m.group(1) for p in doc.paragraphs if (m := named[p.number]) and m.group(1) in usual and _asks(doc, p)
        )
        asker = askers.most_common(1)[0][0] if askers else None
        markers = {n: (m if m and m.group(1) in usual else None) for n, m in named.items()}
        asking = {n: bool(m and m.group(1) == asker) for n, m in markers.items()}
    for paragraph in doc.paragraphs:
        marker = markers[paragraph.number]
        if not turns and not asking[paragraph.number]:
            continue  # a headline or a lead before the first question ("Khrenin: ...")
        if marker is None and turns[-1].question:
            continue
        start = marker.end() if marker else paragraph.start
        turns.append(Turn(paragraph.number, start, asking[paragraph.number]))
    return turns, asker


def _bare_questions(doc: Document) -> list[Turn]:
    """Questions standing alone as paragraphs (bold in the page, plain here), each
    followed by its answer, in a text that says it is an interview."""
    questions = {
        p.number
        for p in doc.paragraphs[1:]
        if _asks(doc, p) and p.end - p.start <= MAX_QUESTION and len(p.sentences) <= 3
    }
    if len(questions) < 3 or "interview" not in doc.text.lower():
        return []
    turns: list[Turn] = []
    for paragraph in doc.paragraphs:
        if paragraph.number in questions:
            turns.append(Turn(paragraph.number, paragraph.start, True))
        elif turns:
            turns.append(Turn(paragraph.number, paragraph.start, False))
    return turns


def find_interview(doc: Document, names: Names, speakers: People, source: Source) -> Interview | None:
    """The interview in `doc`, or None when it is not one."""
    turns, asker = _turns(doc)
    if not any(t.question for t in turns) or all(t.question for t in turns):
        return None
    first = turns[0].paragraph
    lead_end = doc.paragraphs[first - 1].start
    lead = doc.text[:lead_end]
    counts = Counter(m.name for m in speakers.mentions if m.start < lead_end and names.is_person(m.name))
    interviewee = counts.most_common(1)[0][0] if counts else None
    labels = {_NAMED.match(doc.text, doc.paragraphs[t.paragraph - 1].start) for t in turns if not t.question} - {None}
    for label in labels:
        assert label is not None
        person = names.person(label.group(1), new=True)
        if person:
            interviewee = person
            break
    known = names.known(asker) if asker else None  # "BelTA:" before each question
    outlet = known.name if known is not None else asker
    return Interview(
        turns, interviewee, source.outlet or outlet or _outlet(lead, names, interviewee) or _reporter(source)
    )


def _outlet(lead: str, names: Names, interviewee: str | None) -> str | None:
    """The outlet the lead says the interview was given to."""
    for cue in _OUTLET_CUE.finditer(lead):
        match = _OUTLET_NAME.match(lead, _past_description(lead, cue.end()))
        if match is None:
            continue
        words = match.group(1).split()
        while words and words[-1].lower() in OUTLET_WORDS:
            words.pop()
        name = " ".join(words).rstrip(".,")
        entity = names.known(name)
        if entity is not None and entity.type != "person":
            return entity.name
        if name and name != interviewee and (entity is None and not names.is_person(name)):
            return name
    for entity_name in names.known_in(lead):
        entity = names.known(entity_name)
        if entity is not None and entity.type == "outlet":
            return entity.name
    return None


def _past_description(text: str, at: int) -> int:
    """Where an outlet's name begins past the words that describe it ("the Kazakh news
    agency Kazinform"): an article, a word for an outlet, a nationality before them."""
    words = list(re.finditer(r"\S+", text[at : at + 120]))
    for index, word in enumerate(words[:MAX_DESCRIPTION]):
        bare = word.group(0).strip('\u201c\u00ab"').lower()
        following = words[index + 1].group(0) if index + 1 < len(words) else ""
        if not (
            bare in ("the", "a", "an", "of", "news")
            or bare in OUTLET_WORDS
            or bare.endswith("-based")
            or (bare.islower() and is_title(bare))  # "a correspondent of the newspaper X"
            or (is_nationality(bare) and following[:1].islower())  # "Kazakh news agency": no outlet's name
        ):
            return at + word.start()
    return at + words[MAX_DESCRIPTION].start() if len(words) > MAX_DESCRIPTION else at


def _reporter(source: Source) -> str | None:
    return source.reported_by[0] if source.reported_by else None
