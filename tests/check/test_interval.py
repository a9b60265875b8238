"""Stage 1: how long a claim puts between two acts it orders (read/interval.py)."""

from __future__ import annotations

from datetime import date

import pytest

from cstofacts.check.read.reading import read
from cstofacts.check.read.when import When
from tests.check.verdicts import assert_verdict


def _interval(names, text: str):
    return read(text, names).interval


def _day(year: int, month: int, day: int) -> When:
    value = date(year, month, day)
    return When(value, value, value.isoformat(), "day", True)


@pytest.mark.parametrize(
    ("words", "low_days", "high_days"),
    [
        ("four months", 3.5 * 30.44, 4.5 * 30.44),  # exact: half a unit either way
        ("about four months", 2.5 * 30.44, 5.5 * 30.44),  # approximate: a quarter of it more
        ("a year", 0.5 * 365.25, 1.5 * 365.25),
        ("a few weeks", 14, 42),
        ("several months", 2 * 30.44, 9 * 30.44),
    ],
)
def test_an_interval_is_a_range_of_days(names, words, low_days, high_days):
    gap = _interval(names, f"The Minsk meeting took place {words} before the signing of the agreement.")
    assert gap is not None and gap.shown == words
    assert (gap.low, gap.high) == pytest.approx((low_days, high_days))


def test_more_than_an_interval_has_no_upper_bound(names):
    gap = _interval(names, "He waited more than a year after his appointment.")
    assert gap is not None and gap.low == pytest.approx(365.25) and gap.high == float("inf")


def test_the_year_after_is_the_calendars_next_year_not_an_interval(names):
    assert _interval(names, "The roadmap was signed the year after the resolution.") is None


def test_the_interval_words_are_its_own(names):
    reading = read("The agreement was signed about four months before the roadmap.", names)
    gap = reading.interval
    assert gap is not None and {reading.tokens[i].word for i in gap.tokens} == {"about", "four", "months"}


def test_an_interval_holds_where_some_day_of_each_date_lies_that_far_apart(names):
    gap = _interval(names, "The agreement was signed a few months before the roadmap.")
    assert gap is not None
    assert gap.holds(_day(2025, 3, 31), _day(2025, 9, 3))  # five months and three days
    assert not gap.holds(_day(2023, 3, 6), _day(2025, 9, 3))
    month = When(date(2023, 9, 1), date(2023, 9, 30), "2023-09", "month", True)
    assert _interval(names, "It came a week before the next.").holds(month, month)  # a month's days may be a week apart


def test_a_date_of_the_claims_own_act_does_not_date_the_other_acts_record(checker):
    # "Cooperation with the UN ... was discussed at a Security Council meeting on July 19,
    # 2024"; "On November 18, the UN General Assembly adopted a resolution ..."
    verdict = checker.check(
        "The Security Council took up CSTO cooperation in July 2024, a few months before the General Assembly"
        " adopted its resolution on it."
    )
    assert verdict.verdict != "refuted", verdict.reason
    # a year that bounds the claim's own act is still compared
    assert_verdict(checker, "The military cooperation plan approved in May 2025 runs until 2035.", "refuted", "2030")
