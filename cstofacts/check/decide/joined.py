"""Two records of one source sentence, each stating part of what a claim joins:
"Tokayev said the CSTO has proved effective but still faces new tasks" is the
sentence's record of the CSTO's effectiveness and its record of the new tasks.
A sentence split into records for search is read back whole here."""

from __future__ import annotations

from cstofacts.check.compare.slots import ABSENT, CONFLICT, MATCH, Comparison
from cstofacts.check.decide.context import SUPPORT_COVERAGE, SUPPORTED, Context, Outcome
from cstofacts.check.decide.partners import ranks_the_same_item, stands
from cstofacts.models import Record

# The closest record must hold this much of the claim on its own: the other
# record adds a part, it does not carry the claim.
OWN_SHARE = 0.45
# Each word of the claim must be one record's or the other's as it is, or a synonym or
# form of it: a broader or merely related word is no part of the claim stated; the other
# record adds only such words.
STRONG = ("same", "synonym", "derived")
# Two records together must hold more of the claim than one alone (SUPPORT_COVERAGE):
# a word neither has is what the claim adds to them both ("by disregarding international law").
JOINED_COVERAGE = 0.85


def joined_records(ctx: Context) -> Outcome | None:
    if ctx.claim.interval is not None:
        return None  # how long between two acts, only their dates bear out
    subjects = {e.name for e in ctx.claim.subjects}
    for comparison in ctx.comparisons[:3]:
        if not _sound(ctx, comparison) or not OWN_SHARE <= comparison.coverage < SUPPORT_COVERAGE:
            continue
        for other in ctx.comparisons[:8]:
            if other is comparison or not same_sentence(comparison.record, other.record) or not _sound(ctx, other):
                continue
            if not subjects <= {*comparison.subjects_found, *other.subjects_found}:
                continue  # what the claim names, one record or the other names
            if set(comparison.unsaid_names) & set(other.unsaid_names):
                continue
            if joined_coverage(comparison, other) >= JOINED_COVERAGE and _slots_given(ctx, comparison, other):
                return Outcome(
                    SUPPORTED,
                    f"two records of one sentence state it together: {comparison.record.id}, {other.record.id}",
                    (comparison.record, other.record),
                )
    return None


def _sound(ctx: Context, comparison: Comparison) -> bool:
    """Giving no slot otherwise, stating no opposite, standing."""
    return (
        not comparison.slot(CONFLICT)
        and not comparison.loose_predicate
        and not comparison.antonyms
        and stands(ctx, comparison)
        and not ctx.stance(comparison).denies_unsaid
        and not _denies_what_it_gives(ctx, comparison)
    )


def _denies_what_it_gives(ctx: Context, comparison: Comparison) -> bool:
    """True when the record denies a word it gives the claim, which the claim affirms
    ("does not seek to serve as a counterweight" gives no "to counterbalance NATO")."""
    denied_by_claim = {ctx.claim.lemma_at(i) for i in ctx.claim.denied}
    return any(
        how in STRONG and comparison.view.denied.get(word, False) and lemma not in denied_by_claim
        for lemma, how, word in comparison.words
    )


def _slots_given(ctx: Context, one: Comparison, other: Comparison) -> bool:
    """Each slot one record leaves out ("2023-2025"), the other gives as the claim does."""
    for first, second in ((one, other), (other, one)):
        given = {(s.name, s.claimed) for s in second.slot(MATCH)}
        for slot in first.slot(ABSENT):
            if (slot.name, slot.claimed) not in given or not ranks_the_same_item(ctx, slot, first, second):
                return False
    return True


def joined_coverage(one: Comparison, other: Comparison) -> float:
    """The share of the claim's words held by one record or the other, each word by the better."""
    total = one.weight
    if not total or len(one.gains) != len(other.gains):
        return 0.0
    own, added = _strong(one), _strong(other)
    if any(not a and not b for a, b in zip(own, added)):
        return 0.0  # a word neither record has, as it is or nearly, is what the claim adds to them both
    return sum(max(a, b) for a, b in zip(one.gains, added)) / total


def _strong(comparison: Comparison) -> list[float]:
    return [gain if how in STRONG else 0.0 for gain, (_, how, _) in zip(comparison.gains, comparison.words)]


def same_sentence(one: Record, other: Record) -> bool:
    """Whether two records' evidence overlaps in one source text."""
    if one.source.id != other.source.id or one.locator is None or other.locator is None:
        return False
    return one.locator.start < other.locator.end and other.locator.start < one.locator.end
