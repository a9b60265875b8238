"""An article's text as paragraphs and sentences (the splitter the sources' evidence is
cut with), and the candidate records the stages find in it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from cstofacts.locate import paragraph_spans
from cstofacts.sentences import paragraph_sentences


class Sentence(NamedTuple):
    start: int  # offsets into the whole text
    end: int
    paragraph: int  # 1-based, as locators count them


class Paragraph(NamedTuple):
    number: int
    start: int
    end: int
    sentences: tuple[Sentence, ...]


class Document:
    """The text, its paragraphs and sentences, and where each offset stands."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.paragraphs: list[Paragraph] = []
        for number, (start, end) in enumerate(paragraph_spans(text), 1):
            spans = paragraph_sentences(text[start:end])
            sentences = tuple(Sentence(start + s, start + e, number) for s, e in spans)
            self.paragraphs.append(Paragraph(number, start, end, sentences))
        self.sentences = [s for p in self.paragraphs for s in p.sentences]
        self._starts = sorted(s.start for s in self.sentences)
        self._ends = sorted(s.end for p in self.paragraphs for s in p.sentences)

    def words(self, start: int, end: int) -> str:
        return self.text[start:end]

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence holding `offset` (or the nearest one before it)."""
        paragraph = self.paragraph_at(offset)
        found = paragraph.sentences[0] if paragraph.sentences else Sentence(paragraph.start, paragraph.end, 0)
        for sentence in paragraph.sentences:
            if sentence.start <= offset:
                found = sentence
        return found

    def paragraph_at(self, offset: int) -> Paragraph:
        from bisect import bisect_right

        return self.paragraphs[max(0, bisect_right(self.paragraphs, offset, key=lambda p: p.start) - 1)]

    def sentences_before(self, offset: int, count: int) -> list[Sentence]:
        """The last `count` sentences that begin at or before `offset`, in order."""
        from bisect import bisect_right

        end = bisect_right(self.sentences, offset, key=lambda s: s.start)
        return self.sentences[max(0, end - count) : end]

    def sentences_over(self, start: int, end: int) -> tuple[int, int]:
        """The smallest run of whole sentences holding text[start:end]: what
        sentences.sentences_around finds, as import finds it, without splitting the text again."""
        from bisect import bisect_left, bisect_right

        starts = self._starts
        ends = self._ends
        before = bisect_right(starts, start)
        after = bisect_left(ends, end)
        return (starts[before - 1] if before else start), (ends[after] if after < len(ends) else end)


@dataclass
class Candidate:
    """One proposed record: its kind, words and fields, and where its evidence stands."""

    kind: str
    text: str
    start: int  # the evidence: whole sentences
    end: int
    highlight: tuple[int, int] | None = None
    speaker: str | None = None
    role: str | None = None
    date: str | None = None
    date_end: str | None = None
    date_implied: bool = False
    period: str | None = None
    found_by: str = ""  # the rule that proposed it (shown by --format table)
    entities: list[str] = field(default_factory=list)
    proposed: list[str] = field(default_factory=list)  # names the store does not know
