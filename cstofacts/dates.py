"""Dates at the precision a text gives them: ISO values, ranges, and dates written in English."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from cstofacts.errors import InvalidInput

MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9

ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
# Tried in order; each match is blanked out before the next pattern runs, so
# "31 March 2025" is not read again as "March 2025" or "2025".
_PATTERNS = [
    re.compile(rf"\b{_YEAR}-(?P<m>\d{{2}})-(?P<d>\d{{2}})\b"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b", re.I),
    re.compile(rf"\b{_YEAR}-(?P<m>0[1-9]|1[0-2])\b(?!-)"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b", re.I),
    re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*(?:,\s*)?\d)", re.I),
    re.compile(rf"(?<![\d-]){_YEAR}(?![\d-])"),
]


@dataclass(frozen=True)
class DateValue:
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
            last = calendar.monthrange(self.year, self.month)[1]
            return date(self.year, self.month, 1), date(self.year, self.month, last)
        return date(self.year, 1, 1), date(self.year, 12, 31)


def parse_iso(value: str) -> DateValue:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD`; ValueError otherwise."""
    match = ISO.match(value.strip())
    if not match:
        raise ValueError(f"{value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(part) if part else None for part in match.groups())
    result = DateValue(year, month, day, value)
    try:
        result.bounds()
    except ValueError:
        raise ValueError(f"{value!r} is not a real date") from None
    return result


def parse_option(value: str, option: str) -> DateValue:
    """A `--from`/`--to` value, or InvalidInput naming the option."""
    try:
        return parse_iso(value)
    except ValueError as error:
        raise InvalidInput(f"{option}: {error}") from None


def _build(match: re.Match[str]) -> DateValue | None:
    groups = match.groupdict()
    year = int(groups["year"]) if groups.get("year") else None
    if groups.get("m"):
        month = int(groups["m"])
    elif groups.get("month"):
        month = MONTHS[groups["month"].lower().rstrip(".")]
    else:
        month = None
    day = int(groups.get("d") or groups.get("day") or 0) or None
    value = DateValue(year, month, day, match.group(0))
    try:
        if year is not None:
            value.bounds()
        elif not (month and day and day <= calendar.monthrange(2024, month)[1]):
            return None
    except ValueError:
        return None
    return value


def find_dates(text: str) -> list[DateValue]:
    """Every date written in `text`, most precise readings first, in text order."""
    found: list[tuple[int, DateValue]] = []
    remaining = text
    for pattern in _PATTERNS:
        for match in pattern.finditer(remaining):
            value = _build(match)
            if value is not None:
                found.append((match.start(), value))
        remaining = pattern.sub(lambda m: " " * len(m.group(0)), remaining)
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
    """1.0 when a record dated `start`..`end` falls wholly on `value`, 0.5 when it only
    overlaps it (a record dated 2025 for a query of 2025-05-28), else 0.0."""
    if not overlaps(value, start, end):
        return 0.0
    if value.year is None:
        return 1.0
    bounds = record_bounds(start, end)
    low, high = value.bounds()
    return 1.0 if bounds and low <= bounds[0] and bounds[1] <= high else 0.5


def overlaps(value: DateValue, start: str | None, end: str | None) -> bool:
    """True when a record dated `start`..`end` falls (at least partly) on `value`."""
    bounds = record_bounds(start, end)
    if bounds is None:
        return False
    if value.year is None:
        first, last = bounds
        return (first.month, first.day) == (value.month, value.day) and first == last
    low, high = value.bounds()
    return bounds[0] <= high and low <= bounds[1]
