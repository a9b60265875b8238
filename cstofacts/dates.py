"""Dates at the precision a text gives them: ISO values, ranges, and dates written in English."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from typing import NamedTuple

MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
MONTHS = {name: number for number, name in enumerate(MONTH_NAMES, 1)}
MONTHS.update({name[:3]: number for number, name in enumerate(MONTH_NAMES, 1)})
MONTHS["sept"] = 9

# ASCII digits only: "２０２５" (full-width) would be read as 2025 and stored rewritten.
ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", re.ASCII)


# Any word of three to nine letters, checked against MONTHS when read: an
# alternation of the month names costs ten times as long to compile.
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
# The forms a date is written in, tried in order; each match is blanked out before
# the next form runs, so "31 March 2025" is not read again as "March 2025" or
# "2025". Beside each, what a text must hold for the form to match at all (any of
# those strings, or a month's name): a form is compiled only for a text that may
# hold it (compiling them all was a tenth of a `check`), and most commands never
# read a date from text.
MONTH_NAME = "a month's name"  # a need: any word of MONTHS
_FORMS: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    (rf"\b{_YEAR}-(?P<m>\d{{2}})-(?P<d>\d{{2}})\b", 0, ("-",)),
    (rf"\b{_YEAR}[./](?P<m>\d{{1,2}})[./](?P<d>\d{{1,2}})\b", 0, (".", "/")),
    (rf"\b(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.{_YEAR}\b", 0, (".",)),
    # 03/04/2025 is 3 April in Europe and March 4 in the US: only a day
    # above 12 says which; otherwise just the year is read.
    (rf"\b(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/{_YEAR}\b", 0, ("/",)),
    (rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I, (MONTH_NAME,)),
    (rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I, (MONTH_NAME,)),
    (rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b", re.I, (MONTH_NAME,)),
    (rf"\b{_YEAR}-(?P<m>0[1-9]|1[0-2])\b(?!-)", 0, ("-",)),
    (rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b", re.I, (MONTH_NAME,)),
    (rf"\b{_MONTH}\s+{_DAY}\b(?!\s*(?:,\s*)?\d)", re.I, (MONTH_NAME,)),
    (rf"(?<![\d-]){_YEAR}(?![\d-])", 0, ()),
)
_LETTERS = re.compile(r"[A-Za-z]{3,9}")


@cache
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A form, compiled once a process, when a text first may hold it."""
    return re.compile(pattern, flags)


def names_a_month(text: str) -> bool:
    """True when a word of `text` is a month's name (or its short form)."""
    return any(word.lower() in MONTHS for word in _LETTERS.findall(text))


def may_hold(text: str, needs: tuple[str, ...], held: dict[str, bool]) -> bool:
    """True when a form needing `needs` may match in `text`: it needs nothing, or the
    text holds one of the strings (lower-cased), or `held` says a named need is met."""
    if not needs:
        return True
    lowered = text.lower()
    return any(held.get(need, need in lowered) for need in needs)


def _patterns(text: str) -> list[re.Pattern[str]]:
    """The forms `text` may hold, in order."""
    held = {MONTH_NAME: names_a_month(text)}
    return [compiled(pattern, flags) for pattern, flags, needs in _FORMS if may_hold(text, needs, held)]


def _days_in_month(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


class DateValue(NamedTuple):
    """A date at some precision. `year` is None for a day and month given without one."""

    year: int | None
    month: int | None = None
    day: int | None = None
    text: str = ""

    @property
    def iso(self) -> str:
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
        if self.day:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def bounds(self) -> tuple[date, date]:
        """First and last day covered; a year-less value has no bounds."""
        if self.year is None:
            raise ValueError("no year")
        if self.day:
            return date(self.year, self.month or 1, self.day), date(self.year, self.month or 1, self.day)
        if self.month:
            last = _days_in_month(self.year, self.month)
            return date(self.year, self.month, 1), date(self.year, self.month, last)
        return date(self.year, 1, 1), date(self.year, 12, 31)


def parse_iso(value: str) -> DateValue:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD`; ValueError otherwise (a month or day 00 or
    past the end, year 0000: never read as another date)."""
    match = ISO.fullmatch(value.strip())
    if not match:
        raise ValueError(f"{value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(part) if part is not None else None for part in match.groups())
    if month == 0 or day == 0:  # "2025-00-10" is no date: never read it as 2025-10
        raise ValueError(f"{value!r} is not a real date")
    result = DateValue(year, month, day, value)
    try:
        result.bounds()
    except ValueError:
        raise ValueError(f"{value!r} is not a real date") from None
    return result


def parse_period(value: str) -> tuple[DateValue, DateValue]:
    """A period as ISO 8601 writes an interval, `START/END` ("2026/2030", "2024-06/2024-08"),
    or one date for a period of that year, month or day; ValueError otherwise."""
    first, slash, last = value.partition("/")
    if slash and not (first.strip() and last.strip()):
        raise ValueError(f"{value!r} needs a start and an end around '/'")
    start = parse_iso(first)
    end = parse_iso(last) if slash else start
    if end.bounds()[1] < start.bounds()[0]:
        raise ValueError(f"{value!r} ends before it starts")
    return start, end


def _build(match: re.Match[str]) -> DateValue | None:
    groups = match.groupdict()
    year = int(groups["year"]) if groups.get("year") else None
    if groups.get("a"):
        first, second = int(groups["a"]), int(groups["b"])
        if first > 12 >= second:
            groups.update(d=str(first), m=str(second))
        elif second > 12 >= first:
            groups.update(d=str(second), m=str(first))
        else:
            return DateValue(year, text=match.group(0)) if year else None
    if groups.get("m"):
        month = int(groups["m"])
    elif groups.get("month"):
        named = MONTHS.get(groups["month"].lower().rstrip("."))
        if named is None:
            return None  # "Minsk 2024": a word before a year, not a month
        month = named
    else:
        month = None
    day = int(groups.get("d") or groups.get("day") or 0) or None
    value = DateValue(year, month, day, match.group(0))
    try:
        if year is not None:
            value.bounds()
        elif not (month and day and day <= _days_in_month(2024, month)):
            return None
    except ValueError:
        return None
    return value


def find_dates(text: str) -> list[DateValue]:
    """Every date written in `text`, most precise readings first, in text order."""
    if not re.search(r"\d", text):
        return []  # every date form here has a day or a year in digits
    found: list[tuple[int, DateValue]] = []
    remaining = text
    for pattern in _patterns(text):
        spans = []
        for match in pattern.finditer(remaining):
            value = _build(match)
            if value is not None:
                found.append((match.start(), value))
                spans.append(match.span())
        for start, end in spans:  # blanked, so that a later pattern does not read them again
            remaining = remaining[:start] + " " * (end - start) + remaining[end:]
    return [value for _, value in sorted(found, key=lambda pair: pair[0])]


def record_bounds(start: str | None, end: str | None) -> tuple[date, date] | None:
    """The days a record's `date`..`date_end` cover, or None when it has no usable date."""
    if not start:
        return None
    try:
        first = parse_iso(start).bounds()
        last = parse_iso(end).bounds() if end else first
    except ValueError:
        return None
    return first[0], last[1]


def date_similarity(value: DateValue, start: str | None, end: str | None) -> float:
    """How well a record dated `start`..`end` fits `value`: see `span_similarity`."""
    bounds = record_bounds(start, end)
    if bounds is None:
        return 0.0
    return span_similarity(value, bounds[0].toordinal(), bounds[1].toordinal())


def span_similarity(value: DateValue, first: int, last: int) -> float:
    """1.0 when the days `first`..`last` (ordinals) fall wholly on `value`; 0.5 when
    they only overlap it (a record dated 2025 for a query of 2025-05-28); else 0.0."""
    if value.year is None:
        if first != last:
            return 0.0
        day = date.fromordinal(first)
        return 1.0 if (day.month, day.day) == (value.month, value.day) else 0.0
    low, high = (d.toordinal() for d in value.bounds())
    if last < low or high < first:
        return 0.0
    return 1.0 if low <= first and last <= high else 0.5


def within_range(first: int, last: int, low: int | None, high: int | None) -> bool:
    """True when the days `first`..`last` (ordinals) lie wholly inside `low`..`high`
    (either may be open). So a range of whole years takes in records dated to the
    day inside it, but a record dated only "2025" is not within March 2025."""
    return (low is None or first >= low) and (high is None or last <= high)
