"""Dates as drafts write them: days, months and years in any common form, and
the parts of a year a writer names (seasons, halves, quarters, "early",
"mid-" and "late"), spans of years, and time counted from today."""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from datetime import date
from typing import NamedTuple

from cstofacts import lexicon
from cstofacts.check.termsets import (
    HALVES,
    PREPOSITIONS,
    QUARTERS,
    RELATIVE_TIME_HEADS,
    RELATIVE_TIME_WORDS,
    SEASONS,
    TIME_UNITS,
    YEAR_PARTS,
)
from cstofacts.check.words import HasTokens, Token, noun_use
from cstofacts.dates import MONTH_NAME, MONTHS, compiled, find_dates, may_hold, names_a_month, record_bounds
from cstofacts.numberwords import ORDINALS, TENS, UNITS

_YEAR = r"((?:19|20)\d\d)"


class When(NamedTuple):
    """A stretch of days a sentence names. `year` is False for a day and month
    without a year ("on 20 April"), whose `first` then carries year 2000."""

    first: date
    last: date
    text: str
    precision: str  # "day", "month", "year", "part" (a season, "early 2025"), "span" (2024-2025)
    year: bool = True

    def days(self) -> int:
        """How many days past the first the stretch runs (0 for a single day)."""
        return (self.last - self.first).days

    def label(self) -> str:
        if self.precision == "day":
            return self.first.isoformat() if self.year else self.first.strftime("--%m-%d")
        if self.precision == "month":
            return self.first.strftime("%Y-%m")
        if self.precision == "year":
            return str(self.first.year)
        return self.text


def _month_end(year: int, month: int) -> date:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    following = date(year + month // 12, month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def _months(year: int, first: int, last: int, text: str) -> When:
    start_year, start_month = year + (first - 1) // 12, (first - 1) % 12 + 1
    return When(date(start_year, start_month, 1), _month_end(year, last), text, "part")


_MONTH = "[A-Za-z]{3,9}"  # checked against MONTHS when read (an alternation compiles ten times slower)
_YEARS = "two years"  # a need: a span names two
# The forms of a stretch of time, in order, each with what a text must hold (any of
# it) for the form to match at all, as dates' own forms carry (dates.may_hold).
_FORMS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (rf"\b(?:the\s+)?({'|'.join(SEASONS)})\s+(?:of\s+)?{_YEAR}\b", "season", tuple(SEASONS)),
    (rf"\b({'|'.join(HALVES)})\s+half\s+of\s+{_YEAR}\b", "half", ("half",)),
    (
        rf"\b({'|'.join(HALVES)})\s+half\s+of\s+({_MONTH})\.?,?\s+(?:of\s+)?{_YEAR}\b",
        "half-month",
        (MONTH_NAME,),
    ),
    (rf"\bh([12])\s+{_YEAR}\b", "h", ("h1", "h2")),
    (
        rf"\b(?:the\s+)?({'|'.join(k for k in QUARTERS if not k.startswith('q'))})\s+quarter\s+of\s+{_YEAR}\b",
        "quarter",
        ("quarter",),
    ),
    (rf"\b(q[1-4])\s+{_YEAR}\b", "quarter", ("q1", "q2", "q3", "q4")),
    (rf"\b(early|mid|late)(?:[-\s]+|\s+in\s+)({_MONTH})\.?,?\s+(?:of\s+)?{_YEAR}\b", "part-month", (MONTH_NAME,)),
    (
        rf"\b(?:the\s+)?(beginning|start|middle|end)\s+of\s+({_MONTH})\.?,?\s+(?:of\s+)?{_YEAR}\b",
        "part-month",
        (MONTH_NAME,),
    ),
    (  # "the last day of March 2025", "the first week of June 2024"
        rf"\b(?:the\s+)?(first|last)\s+(day|week)\s+of\s+({_MONTH})\.?,?\s+(?:of\s+)?{_YEAR}\b",
        "edge",
        (MONTH_NAME,),
    ),
    (
        rf"\b({_MONTH})\.?\s*(?:[-\u2013\u2014/]|and|to|into|through|until)\s*({_MONTH})\.?,?\s+(?:of\s+)?{_YEAR}\b",
        "months",
        (MONTH_NAME,),
    ),
    (
        rf"\b(?:the\s+)?({'|'.join(YEAR_PARTS)})(?:[-\s]+|\s+of\s+)(?:the\s+year\s+)?{_YEAR}\b",
        "part-year",
        tuple(YEAR_PARTS),
    ),
    (
        rf"\b{_YEAR}\s*[-\u2013\u2014/]\s*{_YEAR}\b|\b(?:from\s+)?{_YEAR}\s+(?:to|through|until|till)\s+{_YEAR}\b"
        rf"|\bbetween\s+{_YEAR}\s+and\s+{_YEAR}\b",
        "span",
        (_YEARS,),
    ),
)
_A_YEAR = re.compile(_YEAR)


def _patterns(text: str) -> list[tuple[re.Pattern[str], str]]:
    """The forms `text` may hold, in order: none without a year."""
    years = len(_A_YEAR.findall(text))
    if not years:
        return []
    held = {MONTH_NAME: names_a_month(text), _YEARS: years > 1}
    return [(compiled(pattern, re.I), kind) for pattern, kind, needs in _FORMS if may_hold(text, needs, held)]


_THAT_YEAR = re.compile(r"\b(?:that|the same) year\b", re.I)


def _that_year(text: str) -> str:
    """ "Brothers-in-Arms – 2023 was held in the spring of that year": "that year" is the
    one year the sentence names, written in its place (padded, so that what is read
    stands where the sentence has it)."""
    that = _THAT_YEAR.search(text)
    years = set(_A_YEAR.findall(text))
    if that is None or len(years) != 1 or not _A_YEAR.search(text, 0, that.start()):
        return text  # "Earlier that year, ... a plan running to 2030": a year told before
    year = years.pop()
    return _THAT_YEAR.sub(lambda match: year.ljust(len(match.group())), text)


_ORDINAL_DAY = re.compile(r"\b([A-Za-z]+(?:-[a-z]+)?)(?= of ([A-Z][a-z]+))")


def _ordinal_days(text: str) -> str:
    """ "on the first of September": the day in digits ("1st"), as the dates read it,
    padded before it so that what is read stands where the sentence has it."""

    def in_digits(match: re.Match[str]) -> str:
        word = match.group()
        if match.group(2).lower() not in MONTHS:
            return word  # "the first of Babaev's points": no day
        tens, _, unit = word.lower().partition("-")
        if word.lower() in ORDINALS:
            day = ORDINALS[word.lower()]
        elif tens in TENS and unit in ORDINALS:
            day = TENS[tens] + ORDINALS[unit]  # "twenty-first"
        else:
            return word
        if day > 31:
            return word
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(day % 10 if day not in (11, 12, 13) else 0, "th")
        return f"{day}{suffix}".rjust(len(word))

    return _ORDINAL_DAY.sub(in_digits, text)


def find_when(text: str) -> list[When]:
    """Every stretch of time `text` names, in the order written."""
    read = _ordinal_days(_that_year(text))
    if read != text:
        return [w._replace(text=_as_written(w.text, read, text)) for w in find_when(read)]
    found: list[tuple[int, When]] = []
    remaining = text
    for pattern, kind in _patterns(text):
        for match in pattern.finditer(remaining):
            try:
                value = _read(match, kind)
            except KeyError:  # a word that is no month where a month stands
                value = None
            if value is not None:
                found.append((match.start(), value))
                remaining = remaining[: match.start()] + " " * (match.end() - match.start()) + remaining[match.end() :]
    for written in find_dates(remaining):
        at = remaining.find(written.text) if written.text else 0
        if written.year is None:
            if written.month and written.day:
                day = date(2000, written.month, written.day)
                found.append((at, When(day, day, written.text, "day", year=False)))
            continue
        first, last = written.bounds()
        found.append((at, When(first, last, written.text, written.precision)))
    return [when for _, when in sorted(found, key=lambda pair: pair[0])]


def _as_written(read: str, text: str, written: str) -> str:
    """The words of `written` that stand where `read` stands in `text`, its copy."""
    at = text.find(read)
    if at < 0:
        return read
    end = at + len(read)
    while at > 0 and (written[at - 1].isalpha() or written[at - 1] == "-"):
        at -= 1  # "first" read as "  1st": the whole word
    for that in _THAT_YEAR.finditer(written):
        if that.start() < end <= that.end():
            end = that.end()  # the rest of "that year", which the year's padding stands for
    return written[at:end]


def _read(match: re.Match[str], kind: str) -> When | None:
    groups = match.groups()
    text = match.group().strip()
    if kind == "span":
        first, last = (int(g) for g in groups if g)
        if last <= first:
            return None
        return When(date(first, 1, 1), date(last, 12, 31), text, "span")
    year = int(groups[-1])
    key = groups[0].lower()
    if kind == "season":
        low, high = SEASONS[key]
        return _months(year, low, high, text)
    if kind == "half":
        return _months(year, *HALVES[key], text)
    if kind == "h":
        return _months(year, *((1, 6) if key == "1" else (7, 12)), text)
    if kind == "quarter":
        return _months(year, *QUARTERS[key], text)
    if kind == "months":
        first, last = MONTHS[groups[0].lower().rstrip(".")], MONTHS[groups[1].lower().rstrip(".")]
        if last <= first:
            return None
        return When(date(year, first, 1), _month_end(year, last), text, "part")
    if kind == "half-month":  # "the first half of June 2024"
        month = MONTHS[groups[1].lower().rstrip(".")]
        end = _month_end(year, month).day
        first, last = (1, 15) if key == "first" else (16, end)
        return When(date(year, month, first), date(year, month, last), text, "part")
    if kind == "edge":
        month = MONTHS[groups[2].lower().rstrip(".")]
        end = _month_end(year, month).day
        length = 1 if groups[1].lower() == "day" else 7
        first = 1 if key == "first" else end - length + 1
        return When(
            date(year, month, first), date(year, month, first + length - 1), text, "day" if length == 1 else "part"
        )
    if kind == "part-month":
        month = MONTHS[groups[1].lower().rstrip(".")]
        end = _month_end(year, month).day
        days = {
            "early": (1, 10),
            "beginning": (1, 10),
            "start": (1, 10),
            "mid": (11, 20),
            "middle": (11, 20),
            "late": (21, end),
            "end": (21, end),
        }[key]
        return When(date(year, month, days[0]), date(year, month, days[1]), text, "part")
    return _months(year, *YEAR_PARTS[key], text)


def relative_time(text: str) -> str | None:
    """Words that count time from the day a draft is read ("two years ago", "last year")."""
    words = re.findall(r"[a-z]+|\d+", text.lower())
    for i, word in enumerate(words):
        if word == "today" and words[i + 1 : i + 2] == ["s"]:
            continue  # "today's realities", "in today's conditions": the present, no date
        if word in RELATIVE_TIME_WORDS and (word != "ago" or (i and words[i - 1] in TIME_UNITS)):
            start = max(0, i - 2) if word == "ago" else i
            return " ".join(words[start : i + 1])
        if (
            word in RELATIVE_TIME_HEADS
            and i + 1 < len(words)
            and words[i + 1] in TIME_UNITS
            and words[i + 2 : i + 3] != ["of"]
        ):
            # ("the last day of March 2025" counts from March, not from today)
            return f"{word} {words[i + 1]}"
    return None


def record_when(start: str | None, end: str | None) -> When | None:
    """A record's date..date_end as a stretch of days."""
    bounds = record_bounds(start, end)
    if bounds is None:
        return None
    precision = "day" if start and len(start) == 10 else "month" if start and len(start) == 7 else "year"
    text = f"{start}/{end}" if end else str(start)
    return When(bounds[0], bounds[1], text, precision if not end else "span")


def relation(claimed: When, recorded: When) -> str:
    """ "match" when the record's days lie within the claim's; "overlap" when they
    only meet (a record of 2025 for a claim of March 2025); "conflict" when apart."""
    if not claimed.year or not recorded.year:
        same = (claimed.first.month, claimed.first.day) == (recorded.first.month, recorded.first.day)
        if claimed.precision == recorded.precision == "day":
            return "match" if same else "conflict"
        return "overlap"
    if recorded.last < claimed.first or claimed.last < recorded.first:
        return "conflict"
    if claimed.first <= recorded.first and recorded.last <= claimed.last:
        return "match"
    return "overlap"


# WordNet's classes of a verb that is of a state only ("last", "span", "stretch"), not
# also of an act ("hold" is of contact, "continue" of communication, "end" of change).
_OF_A_STATE = frozenset({"verb.stative", "verb.body"})


def extent_verbs(reading: HasTokens, dated: AbstractSet[int]) -> set[int]:
    """The verbs that may say only how long a thing went on, where a date after a
    preposition says it: "stretched from September into October 2022", "spans the
    five years from 2026 to 2030". A verb WordNet has only for a state (not for a
    change: "began", "ended" say which end of it; nor for an act: "held"); a date right
    after the verb, with no preposition, is a thing's ("shelved the 2026-2030 plan")."""
    found = set()
    tokens = reading.tokens
    for i, token in enumerate(tokens[:-1]):
        if noun_use(reading, i):
            continue  # "the CSTO's results for 2023-2025": a noun
        verb_classes = {c for c in lexicon.classes(token.lemma) if c.startswith("verb.")}
        if "verb.stative" not in verb_classes or verb_classes - _OF_A_STATE or token.word == token.lemma:
            continue
        window = range(i + 1, min(i + 6, len(tokens)))
        following = next((j for j in window if j in dated or not _leads_to_a_date(tokens[j])), None)
        if following is not None and following in dated and _after_a_preposition(tokens, i, following, dated):
            found.add(i)
    return found


def _leads_to_a_date(token: Token) -> bool:
    """A word between a verb and its date: a preposition, an article, a count and its
    unit ("over", "the five years")."""
    return token.function or token.word in TIME_UNITS or token.word in UNITS


def _after_a_preposition(tokens: Sequence[Token], verb: int, date_at: int, dated: AbstractSet[int]) -> bool:
    """True when a preposition stands between the verb and the date, or opens it
    ("the five years from 2026 to 2030")."""
    end = date_at
    while end + 1 in dated:
        end += 1
    return any(tokens[j].word in PREPOSITIONS for j in range(verb + 1, end + 1))
