"""Direct quotes, with their speakers: quoted words judged to be someone's (quotes), the
speaker beside them or traced back, a quote split around "he said" made one, and an
interview's answers and questions as quotes of the interviewee and of the outlet."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from cstofacts.ingest import quotes
from cstofacts.ingest.document import Candidate, Document, Sentence
from cstofacts.ingest.interview import Interview
from cstofacts.ingest.people import People
from cstofacts.ingest.speakers import PRONOUN_GENDER, Speaker, after_quote, before_quote, subject

ELISION = " ... "


class Found(NamedTuple):
    """Quoted words, what they were judged to be, and (for a quote) who says them."""

    span: quotes.Span
    judgement: quotes.Judgement
    speaker: Speaker | None
    joined: bool = False  # the second part of a quote split around "he said"
    named: bool = False  # words beside it name someone (found or not: no one else is taken then)


def interview_quotes(doc: Document, interview: Interview) -> list[Candidate]:
    """An answer a quote of the interviewee's, a question one of the outlet's, a paragraph each."""
    found = []
    for turn in interview.turns:
        paragraph = doc.paragraphs[turn.paragraph - 1]
        words = doc.text[turn.start : paragraph.end].strip()
        if not words:
            continue
        speaker = interview.interviewer if turn.question else interview.interviewee
        found.append(
            Candidate(
                "quote",
                words,
                turn.start,
                paragraph.end,
                None,
                speaker=speaker,
                found_by="interview question" if turn.question else "interview answer",
            )
        )
    return found


def quoted(doc: Document, people: People, skip: set[int], plain: Callable[[Sentence], None]) -> list[Found]:
    """Every quotation outside the paragraphs `skip` (an interview's), judged, in order;
    `plain` is called, in the same order, on each sentence that is not mostly quoted words
    (for reported speech), so that a speaker found there is known to the quotes after it."""
    found: list[Found] = []
    said: Found | None = None  # the last quote
    text = doc.text
    for paragraph in doc.paragraphs:
        if paragraph.number in skip:
            continue
        spans = quotes.quoted_spans(text, paragraph.start, paragraph.end)
        # A paragraph that goes on quoting, naming no one else, goes on with the speaker of
        # the paragraph before (a quotation of several paragraphs; "he added" aside).
        carried = said.speaker if said and doc.paragraph_at(said.span.open).number == paragraph.number - 1 else None
        last_speaker: Speaker | None = None
        waiting = list(paragraph.sentences)
        for index, span in enumerate(spans):
            sentence = doc.sentence_at(span.open)
            while waiting and waiting[0].start < sentence.start:
                _plain(doc, waiting.pop(0), found, plain)
            item = _judged(doc, people, spans, index, sentence, found)
            if item.judgement.is_quote and item.speaker is None and not item.named:
                speaker = last_speaker or _introduced(doc, people, sentence)
                item = item._replace(speaker=speaker or _carried(people, carried, paragraph.start, span.open))
            if item.judgement.is_quote and item.speaker is not None:
                people.remember(sentence, item.speaker.name)
                last_speaker = item.speaker
            if item.judgement.is_quote:
                said = item
            found.append(item)
        for sentence in waiting:
            _plain(doc, sentence, found, plain)
    return found


def _judged(
    doc: Document, people: People, spans: list[quotes.Span], index: int, sentence: Sentence, found: list[Found]
) -> Found:
    """The quotation spans[index] judged, with the speaker the words beside it name."""
    text = doc.text
    span = spans[index]
    previous = spans[index - 1] if index else None
    following = spans[index + 1] if index + 1 < len(spans) else None
    left = max(sentence.start, previous.close + 1 if previous else 0)
    right = min(sentence.end, following.open if following else doc.paragraph_at(span.open).end)
    after = text[span.close + 1 : right] if span.closed else ""
    if _continues(text, found, previous, sentence.start, span):  # “A,” he said, “B.”
        return Found(span, quotes.Judgement(True, "quote"), found[-1].speaker, True)
    named = after_quote(after) if after.strip() else None
    how = "after"
    if named is None:
        named, how = before_quote(text[left : span.open], left == sentence.start), "before"
    speaker = people.resolve(named[0], named[1], span.open, how) if named else None
    someone = speaker is not None and speaker.name not in people.groups  # a group ("critics") is no one
    judgement = quotes.judge(text, span, sentence.start, named is not None, someone)
    return Found(span, judgement, speaker, named=named is not None and named[0].lower() not in PRONOUN_GENDER)


def _carried(people: People, carried: Speaker | None, start: int, at: int) -> Speaker | None:
    """The speaker carried from the paragraph before, unless this one names someone else first."""
    if carried is None:
        return None
    for mention in people.between(start, at):
        if mention.name != carried.name and people.names.is_person(mention.name):
            return None
    return Speaker(carried.name, carried.role, "the speaker before")


def _plain(doc: Document, sentence: Sentence, found: list[Found], plain: Callable[[Sentence], None]) -> None:
    """Call `plain` on `sentence` unless it holds a quote, and no clause of reported speech
    ("..., and said that ...") beside it."""
    outside = doc.text[sentence.start : sentence.end]
    for item in reversed(found):
        if item.span.close < sentence.start:
            break  # the quotations before it close before it
        low, high = item.span.inner
        if item.judgement.is_quote and low < sentence.end and high > sentence.start:
            low, high = max(low, sentence.start) - sentence.start, min(high, sentence.end) - sentence.start
            outside = outside[:low] + " " * (high - low) + outside[high:]
    if outside == doc.text[sentence.start : sentence.end] or re.search(r"\bthat\b", outside):
        plain(sentence)


def _introduced(doc: Document, people: People, sentence: Sentence) -> Speaker | None:
    """The speaker a sentence right before introduces ("Tokayev was blunt:", "He said:"),
    in the same paragraph or at the end of the one before."""
    before = [s for s in doc.sentences_before(sentence.start, 2) if s.end <= sentence.start]
    if not before:
        return None
    previous = before[-1]
    words = doc.text[previous.start : previous.end].rstrip()
    if not words.endswith(":"):
        return None
    named = before_quote(words[:-1] + ":") or before_quote(words[:-1])
    if named is None:
        named = subject(re.sub(r"\s+\S+(?:\s+\S+)?$", "", words[:-1]))  # "Tokayev was blunt"
    return people.resolve(named[0], named[1], previous.start, "introduced before") if named else None


def _continues(text: str, found: list[Found], previous: quotes.Span | None, sentence: int, span: quotes.Span) -> bool:
    """True when `span` goes on with the quote before it, past an attribution between them
    that ends with a comma ("“A,” he said, “B.”")."""
    if previous is None or not found or found[-1].span != previous or not found[-1].judgement.is_quote:
        return False
    between = text[previous.close + 1 : span.open]
    return sentence <= previous.open and between.rstrip().endswith((",", ":")) and after_quote(between) is not None


def direct_quotes(doc: Document, found: list[Found]) -> list[Candidate]:
    """The quotes among `found` as candidates; a split quote's parts as one."""
    candidates: list[Candidate] = []
    text = doc.text
    for item in found:
        if not item.judgement.is_quote:
            continue
        start, end = quotes.quote_words(text, item.span)
        words = text[start:end]
        if item.joined and candidates:
            last = candidates[-1]
            assert last.highlight is not None
            first_part = text[last.highlight[0] : last.highlight[1]]
            last.text = first_part + ELISION + words
            last.highlight = (last.highlight[0], end)
            last.start, last.end = doc.sentences_over(last.start, max(end, last.end))
            last.found_by += ", joined around the attribution"
            continue
        evidence = doc.sentences_over(item.span.open, item.span.close + 1 if item.span.closed else end)
        speaker = item.speaker
        candidates.append(
            Candidate(
                "quote",
                words,
                evidence[0],
                evidence[1],
                (start, end),
                speaker=speaker.name if speaker else None,
                role=speaker.role if speaker else None,
                found_by=f"quote, speaker {speaker.how}" if speaker else "quote, speaker not found",
            )
        )
    return candidates
