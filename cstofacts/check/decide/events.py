"""Two dated occasions put in order: "Brothers-in-Arms – 2023 took place after the
Enduring Brotherhood exercise", where the records date the first to September 2023
and the second to October. Each occasion's date is the one the records about it
give; the other way about from theirs, the claim is refuted."""

from __future__ import annotations

from typing import NamedTuple

from cstofacts import lexicon
from cstofacts.check.compare.slots import CONFLICT, Comparison
from cstofacts.check.decide.context import REFUTED, SUPPORT_COVERAGE, SUPPORTED, Context, Outcome
from cstofacts.check.find.views import RecordView
from cstofacts.check.lexical import reaches
from cstofacts.check.read.interval import Interval
from cstofacts.check.read.order import Order, event_order
from cstofacts.check.read.reading import Reading
from cstofacts.check.read.when import When
from cstofacts.check.termsets import TIME_UNITS


def events_reversed(ctx: Context) -> Outcome | None:
    claim = ctx.claim
    if not claim.states_outright:
        return None  # "did not take place after": no order stated
    order = event_order(claim)
    if order is None:
        return _acts_reversed(ctx)
    first, first_view = _dated(ctx, order.first, order.then)
    then, then_view = _dated(ctx, order.then, order.first)
    if first is None or then is None or first_view is None or then_view is None:
        return None
    if first.first > then.last:  # the one said to come first came after the other
        return Outcome(
            REFUTED,
            f"the sources date {order.first} {first.label()} and {order.then} {then.label()}: "
            "the claim puts them the other way about",
            (first_view.record, then_view.record),
        )
    return None


class _Occasions(NamedTuple):
    order: Order
    gap: Interval | None
    first: When
    then: When
    told: list[Comparison]  # the records that date the two, earlier first


def _in_order(ctx: Context) -> _Occasions | None:
    """Two named occasions the claim puts in the order their records' dates put them,
    saying nothing else of them than those records do (the interval between them aside)."""
    claim = ctx.claim
    order = event_order(claim) if claim.states_outright else None
    gap = claim.interval
    if order is None or _time_unread(claim, gap):
        return None
    first, first_view = _dated(ctx, order.first, order.then)
    then, then_view = _dated(ctx, order.then, order.first)
    if first is None or then is None or first_view is None or then_view is None or first.last >= then.first:
        return None
    # the two occasions' own names may name them ("the Beijing roadmap", "the roadmap with the CIS"); a name
    # their records lack is more than the order: "... and after the Khujand agreement"
    held = set(first_view.names) | set(then_view.names) | {e.name for e in claim.places}
    if {e.name for e in claim.subjects} - {order.first, order.then} - held:
        return None
    told = [c for c in ctx.comparisons if c.view in (first_view, then_view)]
    if any(c.slot(CONFLICT) for c in told) or not _only_the_order(claim, told, gap):
        return None
    return _Occasions(order, gap, first, then, sorted(told, key=lambda c: c.view is then_view))


def events_in_order(ctx: Context) -> Outcome | None:
    """Two named occasions in the order the records' dates put them ("Brothers-in-Arms
    2023 in Belarus came before the Enduring Brotherhood exercise in Kyrgyzstan"), as far
    apart as the claim says, if it says ("about a month before"), and neither record
    gives another value of what the claim says of it."""
    found = _in_order(ctx)
    if found is None or (found.gap is not None and not found.gap.holds(found.first, found.then)):
        return None
    order, gap = found.order, found.gap
    apart = f", {gap.shown} apart" if gap is not None else ""
    return Outcome(
        SUPPORTED,
        f"the sources date {order.first} {found.first.label()}, before {order.then} {found.then.label()}{apart}",
        tuple(c.record for c in found.told[:2]),
    )


# An interval refutes only when the dates miss it by far: half its least, half again its most.
_FAR_BELOW, _FAR_ABOVE = 0.5, 1.5


def interval_wrong(ctx: Context) -> Outcome | None:
    """Two named occasions, or two acts each a dated record states, in the right order
    but far nearer or further apart than the claim says ("two years before", where the
    records date them five months apart)."""
    gap = ctx.claim.interval
    if gap is None:
        return None
    found = _in_order(ctx)
    if found is not None:
        first, then, named = found.first, found.then, (found.order.first, found.order.then)
        records = tuple(c.record for c in found.told[:2])
    else:
        told = _told_acts(ctx, SUPPORT_COVERAGE)
        if told is None or told[1].last >= told[3].first:
            return None
        first, then, named = told[1], told[3], (told[0].record.id, told[2].record.id)
        records = (told[0].record, told[2].record)
    widened = gap._replace(low=gap.low * _FAR_BELOW, high=gap.high * _FAR_ABOVE)
    if widened.holds(first, then):
        return None
    return Outcome(
        REFUTED,
        f"the sources date {named[0]} {first.label()} and {named[1]} {then.label()}: not {gap.shown} apart",
        records,
    )


def _time_unread(claim: Reading, gap: Interval | None) -> bool:
    """True when the claim counts or names a stretch of time other than the interval
    read between its two acts ("a year before" is read; "in its first two years" is not)."""
    read = gap.tokens if gap is not None else frozenset()
    return any(c.at not in read for c in claim.counts) or any(
        t.word in TIME_UNITS and i not in read for i, t in enumerate(claim.tokens)
    )


# WordNet's verbs of something happening or coming in order: "took place", "came",
# "followed" say no more of an occasion than that it was, and when.
OCCURRING = frozenset({"happen", "precede", "follow", "come"})
_HELD = lexicon.KIN | {"same"}


def _only_the_order(claim: Reading, told: list[Comparison], gap: Interval | None) -> bool:
    """True when every word of the claim is one its occasions' records hold, a verb of
    happening, or the interval between them (which their dates bear out): "a nuclear
    drill", "immediately before", "was rejected before" say more."""
    held = {lemma for c in told for lemma, how, _ in c.words if how in _HELD}
    for i in claim.content:
        if gap is not None and i in gap.tokens:
            continue
        lemma = claim.lemma_at(i)
        verb = lexicon.is_verb(lemma)
        if lemma not in held and not (verb and reaches(lemma, OCCURRING)):
            return False
    return True


def _dated(ctx: Context, name: str, other: str) -> tuple[When | None, RecordView | None]:
    """The one date the records about `name` (and not `other`) give it, with a record
    that gives it; none when they give none or disagree."""
    dated = [
        (c.view.when, c.view)
        for c in ctx.comparisons
        if name in c.view.names and other not in c.view.names and c.view.when is not None and c.view.when.year
    ]
    if not dated:
        return None, None
    # the finest date, if every other date of it holds it ("2023-09" within "2023")
    when, view = min(dated, key=lambda pair: pair[0].days())
    if any(not (wider.first <= when.first and when.last <= wider.last) for wider, _ in dated):
        return None, None
    return when, view


# How much of each act's words its record must hold to tell of that act: to refute
# the order, and, at the usual bar for support, to support it.
ACT_COVERAGE = 0.6


def _acts_reversed(ctx: Context) -> Outcome | None:
    """Two acts described in words ("the Minsk meeting preceded the signing of the
    Khujand agreement"), each told by a dated record, in the other order than theirs."""
    told = _told_acts(ctx, ACT_COVERAGE)
    if told is None or told[1].first <= told[3].last:
        return None
    first, said, then, later = told
    return Outcome(
        REFUTED,
        f"the sources date {first.record.id} {said.label()} and {then.record.id} {later.label()}: "
        "the claim puts them the other way about",
        (first.record, then.record),
    )


def acts_in_order(ctx: Context) -> Outcome | None:
    """Two acts, each stated by a dated record, in the order of their dates."""
    told = _told_acts(ctx, SUPPORT_COVERAGE)
    if told is None or told[1].last >= told[3].first:
        return None
    first, said, then, later = told
    gap = ctx.claim.interval
    if gap is not None and not gap.holds(said, later):
        return None
    apart = f", {gap.shown} apart" if gap is not None else ""
    return Outcome(
        SUPPORTED,
        f"the sources date {first.record.id} {said.label()}, before {then.record.id} {later.label()}{apart}",
        (first.record, then.record),
    )


def _told_acts(ctx: Context, bar: float) -> tuple[Comparison, When, Comparison, When] | None:
    """The two acts the claim orders, earlier first, each with its record's date, when
    two records each tell one of them, holding `bar` of its words."""
    if ctx.in_order is None:
        return None
    first, then = ctx.in_order
    if min(first.coverage, then.coverage) < bar or first.record is then.record:
        return None
    said, later = first.view.when, then.view.when
    return (first, said, then, later) if said is not None and later is not None else None
