"""Stage 1: how long a claim puts between two acts it orders ("about four months
before the General Assembly adopted its resolution", "several months before the
Beijing roadmap", "a year after"): a range of days, which the records' dates of
the two acts must bear out (decide/events.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from cstofacts.check.read.numbers import APPROXIMATE, bound_of
from cstofacts.check.read.order import AFTER, BEFORE
from cstofacts.check.termsets import TIME_UNITS
from cstofacts.check.words import lemma_of

if TYPE_CHECKING:
    from cstofacts.check.read.reading import Reading
    from cstofacts.check.read.when import When

UNIT_DAYS = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25, "decade": 3652.5}
# Quantities that are no number: "several months", "a few years", "months before".
VAGUE = {"several": (2.0, 9.0), "few": (2.0, 6.0), "many": (3.0, 30.0)}
BARE_PLURAL = (2.0, 12.0)
# An exact count of units is true to within half a unit; an approximate one ("about
# four months") to within a quarter of it more, and half a unit.
EXACT_SLACK = 0.5
APPROXIMATE_SHARE = 0.25


class Interval(NamedTuple):
    low: float  # days, at least
    high: float  # days, at most
    tokens: frozenset[int]  # the words that give it: "about four months"
    shown: str

    def holds(self, first: When, then: When) -> bool:
        """True when some day of `first` and some day of `then` (each a stretch, at its
        precision) lie this far apart."""
        shortest = max(0, (then.first - first.last).days)
        longest = (then.last - first.first).days
        return self.low <= longest and shortest <= self.high


def interval(reading: Reading) -> Interval | None:
    """The stretch of time the claim puts right before its "before" or "after" (or
    "earlier", "later"), in days; None for none, or one it does not read."""
    tokens = reading.tokens
    for cue, token in enumerate(tokens):
        if cue < 2 or not (token.word in BEFORE | AFTER or token.word in ("earlier", "later")):
            continue
        unit = tokens[cue - 1]
        if unit.word not in TIME_UNITS:
            continue
        days = UNIT_DAYS[lemma_of(unit.word)]
        quantity, start = _quantity(reading, cue - 2, plural=unit.word.endswith("s"))
        if quantity is None:
            return None
        low, high = quantity
        shown = reading.text[tokens[start].start : unit.end]
        return Interval(low * days, high * days, frozenset(range(start, cue)), shown)
    return None


def _quantity(reading: Reading, at: int, plural: bool) -> tuple[tuple[float, float] | None, int]:
    """The number of units the words ending at `at` give, as a range, and where they start."""
    tokens = reading.tokens
    word = tokens[at].word
    if word == "the":
        return None, at  # "the year after": the calendar's next year, no stretch
    count = next((c for c in reading.counts if c.at == at), None)
    if word in VAGUE:
        start = at - 1 if at and tokens[at - 1].word == "a" else at
        return VAGUE[word], start
    if count is not None or word in ("a", "an", "one"):
        value = float(count.value) if count is not None else 1.0
        start = at
        approximate = at > 0 and tokens[at - 1].word in APPROXIMATE
        slack = EXACT_SLACK + (APPROXIMATE_SHARE * value if approximate else 0.0)
        low, high = value - slack, value + slack
        if approximate:
            start = at - 1
            bound = bound_of(tokens, at)
            if bound == "more":
                low, high, start = value, float("inf"), at - 2 if tokens[at - 1].word == "than" else at - 1
            elif bound == "less":
                low, high, start = 0.0, value, at - 2
        return (max(0.0, low), high), start
    if plural:
        return BARE_PLURAL, at + 1  # "months before": a few months at least
    return None, at
