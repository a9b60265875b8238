"""Direct quotes, with their speakers: quoted words judged to be someone's (quotes), the
speaker beside them or traced back, a quote split around "he said" made one, and an
interview's answers and questions as quotes of the interviewee and of the outlet."""

from __future__ import annotations

import re
from typing import NamedTuple

from cstofacts.ingest import quotes
from cstofacts.ingest.document import Candidate, Document, Sentence
from cstofacts.ingest.interview import Interview
from cstofacts.ingest.speakers import Speaker, Speakers, after_quote, before_quote

ELISION = " ... "


class Found(NamedTuple):
    """Quoted words, what they were judged to be, and (for a quote) who says them."""

    span: quotes.Span
    judgement: quotes.Judgement
    speaker: Speaker | None
    joined: bool = False  # the second part of a quote split around "he said"


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


def quoted(doc: Document, speakers: Speakers, skip: set[int]) -> list[Found]:
    """Every quotation outside the paragraphs `skip` (an interview's), judged, in order."""
    found: list[Found] = []
    text = doc.text
    for paragraph in doc.paragraphs:
        if paragraph.number in skip:
            continue
        spans = quotes.quoted_spans(text, paragraph.start, paragraph.end)
        # A paragraph that goes on quoting, with no one named, goes on with the speaker of
        # the paragraph before (a quotation of several paragraphs; "he added" aside).
        last_speaker = (
            found[-1].speaker
            if found and doc.paragraph_at(found[-1].span.open).number == paragraph.number - 1
            else None
        )
        for index, span in enumerate(spans):
            sentence = doc.sentence_at(span.open)
            previous = spans[index - 1] if index else None
            following = spans[index + 1] if index + 1 < len(spans) else None
            left = max(sentence.start, previous.close + 1 if previous else 0)
            right = min(sentence.end, following.open if following else paragraph.end)
            after = text[span.close + 1 : right] if span.closed else ""
            if _continues(text, found, previous, sentence.start, span):  # “A,” he said, “B.”
                found.append(Found(span, quotes.Judgement(True, "quote"), found[-1].speaker, True))
                continue
            named = after_quote(after) if after.strip() else None
            how = "after"
            if named is None:
                named, how = before_quote(text[left : span.open]), "before"
            judgement = quotes.judge(text, span, sentence.start, named is not None)
            speaker = speakers.resolve(named[0], named[1], span.open, how) if named else None
            if judgement.is_quote and speaker is None and last_speaker is not None:
                speaker = Speaker(last_speaker.name, last_speaker.role, "the speaker before")
            if judgement.is_quote and speaker is None:
                speaker = _introduced(doc, speakers, sentence)
            if judgement.is_quote and speaker is not None:
                speakers.remember(sentence, speaker.name)
                last_speaker = speaker
            found.append(Found(span, judgement, speaker))
    return found


def _introduced(doc: Document, speakers: Speakers, sentence: Sentence) -> Speaker | None:
    """The speaker a sentence right before introduces ("Tokayev was blunt:", "He said:"),
    in the same paragraph or at the end of the one before."""
    before = [s for p in doc.paragraphs for s in p.sentences if s.end <= sentence.start]
    if not before:
        return None
    previous = before[-1]
    words = doc.text[previous.start : previous.end].rstrip()
    if not words.endswith(":"):
        return None
    named = before_quote(words[:-1] + ":") or before_quote(words[:-1])
    if named is None:
        from cstofacts.ingest.speakers import _subject

        named = _subject(re.sub(r"\s+\S+(?:\s+\S+)?$", "", words[:-1]))  # "Tokayev was blunt"
    return speakers.resolve(named[0], named[1], previous.start, "introduced before") if named else None


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
