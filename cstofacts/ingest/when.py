"""Dated events at the precision the text gives: a day, a month, a year, or a range of
them; a year the date lacks carried from earlier in the paragraph (`date_implied`);
the period a plan covers ("for 2026-2030") kept apart from when it was done."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from cstofacts.dates import MONTHS, DateValue, find_dates
from cstofacts.ingest.document import Candidate, Document, Sentence

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_TO = r"\s*(?:[-\u2013\u2014/]|\bto\b|\band\b|\bthrough\b|\buntil\b)\s*"
# Words before a date that make it a bound rather than when something happened.
_BOUND = re.compile(
    r"\b(?:since|until|till|by|before|prior to|up to|through)\s+(?:the\s+)?(?:end\s+of\s+|mid-?)?$", re.I
)
_PERIOD = re.compile(
    r"\b(?:for|covering|over|in the period|for the period|for the years|period of)\s+(?:the\s+)?$", re.I
)
# ... but not when something is scheduled for a date: "is planned for 2027" is when it will be.
_SCHEDULED = re.compile(r"\b(?:scheduled|planned|slated|set|due|expected|timed)\s+for\s+(?:the\s+)?$", re.I)
_FOLLOW_ON = re.compile(
    r"^\W*(?:During|At|After|Following|On the sidelines of|In the course of|Within)\s+(?:the|that|this)\s+"
    r"(?:meeting|summit|talks|visit|session|exercises?|event|conference|ceremony|forum|negotiations|consultations)\b"
)
_FRAME = re.compile(rf"^\W*In\s+({_YEAR})\b")
_DONE = re.compile(
    r"\b(?:held|signed|adopted|approved|conducted|took place|launched|opened|practi[cs]ed|carried out|"
    r"organi[sz]ed|hosted|established|created|elected|appointed|ratified|began|started|completed|staged|"
    r"deployed|visited|met|agreed|celebrated)\b"
)


class When(NamedTuple):
    start: int  # offsets of the words that give the date
    end: int
    date: str
    date_end: str | None = None
    implied: bool = False
    period: bool = False


@lru_cache(maxsize=1)
def _ranges() -> list[re.Pattern[str]]:
    m1, m2 = (f"(?P<{name}>{_MONTH})" for name in ("m1", "m2"))
    return [
        re.compile(rf"\b(?P<d1>{_DAY}){_TO}(?P<d2>{_DAY})\s+(?:of\s+)?{m1},?\s+(?P<y>{_YEAR})\b"),
        re.compile(rf"\b{m1}\s+(?P<d1>{_DAY}){_TO}(?P<d2>{_DAY}),?\s+(?P<y>{_YEAR})\b"),
        re.compile(rf"\b{m1}\s+(?P<y1>{_YEAR}){_TO}{m2}\s+(?P<y>{_YEAR})\b"),
        re.compile(rf"\b{m1}\s+(?P<d1>{_DAY}){_TO}{m2}\s+(?P<d2>{_DAY}),?\s+(?P<y>{_YEAR})\b"),
        re.compile(rf"\b(?P<d1>{_DAY})\s+{m1}{_TO}(?P<d2>{_DAY})\s+{m2},?\s+(?P<y>{_YEAR})\b"),
        re.compile(rf"\b{m1}{_TO}{m2},?\s+(?:of\s+)?(?P<y>{_YEAR})\b"),
        re.compile(
            rf"(?<![\w-])(?P<y1>{_YEAR})\s*(?:[-\u2013\u2014/]|\bto\b|\bthrough\b)\s*(?P<y2>(?:19|20)?\d\d)(?![\w-])"
        ),
        re.compile(rf"\bbetween\s+(?P<y1>{_YEAR})\s+and\s+(?P<y2>{_YEAR})\b"),
        # without a year, which the paragraph gives: "from 2 to 9 September", "May 6-8"
        re.compile(rf"\b(?P<d1>{_DAY}){_TO}(?P<d2>{_DAY})\s+(?:of\s+)?{m1}\b(?!,?\s*\d)"),
        re.compile(rf"\b{m1}\s+(?P<d1>{_DAY}){_TO}(?P<d2>{_DAY})\b(?!,?\s*\d)"),
    ]


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")[:4] if name.lower().startswith("sept") else name.lower().rstrip(".")]


def _range(match: re.Match[str]) -> tuple[str, str] | None:
    groups = match.groupdict()
    if groups.get("y2"):
        first, last = groups["y1"], groups["y2"]
        last = first[:2] + last if len(last) == 2 else last
        return (first, last) if first < last else None
    year = groups.get("y") or "0000"
    month = _month(groups["m1"]) if groups.get("m1") else None
    if groups.get("d1"):
        day1, day2 = (int(re.match(r"\d+", groups[k]).group(0)) for k in ("d1", "d2"))  # type: ignore[union-attr]
        month2 = _month(groups["m2"]) if groups.get("m2") else month
        if not (1 <= day1 <= 31 and 1 <= day2 <= 31) or (month2, day2) <= (month, day1):
            return None
        return f"{year}-{month:02d}-{day1:02d}", f"{year}-{month2:02d}-{day2:02d}"
    month2 = _month(groups["m2"])
    first_year = groups.get("y1") or year
    if (first_year, month) >= (year, month2):
        return None
    return f"{first_year}-{month:02d}", f"{year}-{month2:02d}"


def dates_in(text: str, start: int, end: int) -> list[When]:
    """The dates written in text[start:end] (a sentence), those without a year given
    year 0 for the caller to fill, in order."""
    words = text[start:end]
    found: list[When] = []
    for pattern in _ranges():
        for match in pattern.finditer(words):
            value = _range(match)
            if value is not None:
                found.append(_when(words, start, match.start(), match.end(), *value))
                words = words[: match.start()] + " " * (match.end() - match.start()) + words[match.end() :]
    for match in re.finditer(rf"\b(?i:mid|early|late)-({_YEAR})\b", words):  # "mid-2024": the year
        found.append(_when(words, start, match.start(1), match.end(1), match.group(1)))
        words = words[: match.start()] + " " * (match.end() - match.start()) + words[match.end() :]
    cursor = 0
    for single in find_dates(words):
        at = words.find(single.text, cursor)
        if at < 0:
            continue
        cursor = at + len(single.text)
        after = words[cursor : cursor + 2]
        if single.year is not None and single.precision == "year" and after[:1] in ("s", "'", "\u2019"):
            continue  # "the 1990s"
        found.append(_when(words, start, at, cursor, _iso(single)))
    for match in re.finditer(
        rf"\b(?i:in|during|early|late|mid-?|end of|beginning of)\s+(?:the\s+)?({_MONTH})\b(?!\s*\d)", words
    ):
        if match.group(1)[:3] != "May" or match.group(0).lower().startswith(("in may", "during may")):
            found.append(_when(words, start, match.start(1), match.end(1), f"0000-{_month(match.group(1)):02d}"))
    return sorted(found)


def _iso(value: DateValue) -> str:
    if value.year is None:
        return f"0000-{value.month:02d}-{value.day:02d}"
    return value.iso


def _when(words: str, base: int, start: int, end: int, date: str, date_end: str | None = None) -> When:
    period = bool(_PERIOD.search(words[:start])) and not _SCHEDULED.search(words[:start])
    return When(base + start, base + end, date, date_end, False, period)


def _editions_dropped(text: str, mentions: list[When]) -> list[When]:
    """Without the year of a name's edition ("Brothers-in-Arms – 2022") when the sentence
    dates the same year more finely ("September-October 2022")."""
    finer = {m.date[:4] for m in mentions if len(m.date) > 4}
    return [
        m
        for m in mentions
        if not (
            len(m.date) == 4
            and m.date in finer
            and re.search(r"[\u2013\u2014-]\s?$", text[max(m.start - 3, 0) : m.start])
        )
    ]


def with_year(when: When, year: str | None) -> When | None:
    """A date without a year given `year` (marked implied); None when there is none to give."""
    if not when.date.startswith("0000"):
        return when
    if year is None:
        return None
    end = year + when.date_end[4:] if when.date_end else None
    return when._replace(date=year + when.date[4:], date_end=end, implied=True)


def _bounded(text: str, sentence: Sentence, when: When) -> bool:
    return bool(_BOUND.search(text[sentence.start : when.start]))


def _quoted_year(text: str, when: When, quotations: list[tuple[int, int]]) -> bool:
    """True for a year inside quotation marks that is not an edition ("Horizon 2030", or
    "2022 became a turning point": words, not a date the article gives)."""
    edition = re.search(r"[\u2013\u2014-]\s?$", text[max(when.start - 3, 0) : when.start])
    return len(when.date) == 4 and not edition and any(s < when.start < e for s, e in quotations)


def dated_events(
    doc: Document, skip: set[int], source_year: str | None, quotations: list[tuple[int, int]]
) -> list[Candidate]:
    """An event for each date of each sentence (outside the paragraphs `skip`), and for a
    sentence that goes on with the occasion of a dated one before it."""
    text = doc.text
    found: list[Candidate] = []
    document_year: str | None = None
    for paragraph in doc.paragraphs:
        year: str | None = None
        frame: str | None = None
        previous: Candidate | None = None
        for number, sentence in enumerate(paragraph.sentences):
            words = text[sentence.start : sentence.end]
            if number == 0 and _FRAME.match(words):
                frame = _FRAME.match(words).group(1)  # type: ignore[union-attr]
            mentions = [
                m
                for m in _editions_dropped(text, dates_in(text, sentence.start, sentence.end))
                if not _quoted_year(text, m, quotations)
            ]
            periods = [m for m in mentions if m.period]
            made: list[Candidate] = []
            for when in mentions:
                if not when.date.startswith("0000"):
                    year = when.date[:4]
                if when.period or _bounded(text, sentence, when) or paragraph.number in skip:
                    continue
                dated = with_year(when, year or document_year or source_year)
                if dated is None:
                    continue
                made.append(_event(doc, sentence, dated, "date" + (", year from before" if dated.implied else "")))
            if year:
                document_year = year
            if not made and previous is not None and previous.date and _FOLLOW_ON.match(words):
                made.append(_carried(doc, sentence, previous.date, previous.date_end, "the occasion before"))
            elif not made and frame and number and _DONE.search(words) and paragraph.number not in skip:
                made.append(_carried(doc, sentence, frame, None, "the year the paragraph opens with"))
            if periods:
                span = periods[0]
                period = span.date + "/" + (span.date_end or span.date)
                for candidate in made:
                    candidate.period = period
                if not made and paragraph.number not in skip:
                    fact = _event(doc, sentence, span, "period")
                    fact.kind, fact.period, fact.date, fact.date_end = "fact", period, None, None
                    made.append(fact)
            if len(made) > 1:
                for candidate, when in zip(made, [m for m in mentions if not m.period]):
                    candidate.highlight = (when.start, when.end)
            found += made
            previous = made[-1] if made else previous
    return found


def _event(doc: Document, sentence: Sentence, when: When, rule: str) -> Candidate:
    return Candidate(
        "event",
        doc.text[sentence.start : sentence.end].strip(),
        sentence.start,
        sentence.end,
        date=when.date,
        date_end=when.date_end,
        date_implied=when.implied,
        found_by=rule,
    )


def _carried(doc: Document, sentence: Sentence, date: str, date_end: str | None, rule: str) -> Candidate:
    return Candidate(
        "event",
        doc.text[sentence.start : sentence.end].strip(),
        sentence.start,
        sentence.end,
        date=date,
        date_end=date_end,
        date_implied=True,
        found_by=f"date of {rule}",
    )
