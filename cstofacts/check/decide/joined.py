"""Two records of one source sentence, each stating part of what a claim joins:
"Tokayev said the CSTO has proved effective but still faces new tasks" is the
sentence's record of the CSTO's effectiveness and its record of the new tasks.
A sentence split into records for search is read back whole here."""

from __future__ import annotations

from cstofacts.check.compare.slots import ABSENT, CONFLICT, Comparison
from cstofacts.check.decide.context import SUPPORT_COVERAGE, SUPPORTED, Context, Outcome
from cstofacts.check.decide.partners import stands
from cstofacts.models import Record

# The closest record must hold this much of the claim on its own: the other
# record adds a part, it does not carry the claim.
OWN_SHARE = 0.45
# The other record adds only words it has as they are, or a synonym or form of them:
# a broader or merely related word there is no part of the claim stated.
STRONG = ("same", "synonym", "derived")
# Two records together must hold more of the claim than one alone (SUPPORT_COVERAGE):
# a word neither has is what the claim adds to them both ("by disregarding international law").
JOINED_COVERAGE = 0.85


def joined_records(ctx: Context) -> Outcome | None:
    for comparison in ctx.comparisons[:3]:
        if not _sound(ctx, comparison) or not OWN_SHARE <= comparison.coverage < SUPPORT_COVERAGE:
            continue
        for other in ctx.comparisons[:8]:
            if other is comparison or not same_sentence(comparison.record, other.record) or not _sound(ctx, other):
                continue
            if joined_coverage(comparison, other) >= JOINED_COVERAGE:
                return Outcome(
                    SUPPORTED,
                    f"two records of one sentence state it together: {comparison.record.id}, {other.record.id}",
                    (comparison.record, other.record),
                )
    return None


def _sound(ctx: Context, comparison: Comparison) -> bool:
    """About the claim's subjects, giving no slot otherwise, naming no other name, standing."""
    return (
        comparison.subject_share == 1.0
        and not comparison.slot(CONFLICT)
        and not comparison.slot(ABSENT)
        and not comparison.unsaid_names
        and not comparison.loose_predicate
        and not comparison.antonyms
        and stands(ctx, comparison)
        and not ctx.stance(comparison).denies_unsaid
    )


def joined_coverage(one: Comparison, other: Comparison) -> float:
    """The share of the claim's words held by one record or the other, each word by the better."""
    total = one.weight
    if not total or len(one.gains) != len(other.gains):
        return 0.0
    added = [gain if how in STRONG else 0.0 for gain, (_, how, _) in zip(other.gains, other.words)]
    if any(not a and not b for a, b in zip(one.gains, added)):
        return 0.0  # a word neither record has is what the claim adds to them both
    return sum(max(a, b) for a, b in zip(one.gains, added)) / total


def same_sentence(one: Record, other: Record) -> bool:
    """Whether two records' evidence overlaps in one source text."""
    if one.source.id != other.source.id or one.locator is None or other.locator is None:
        return False
    return one.locator.start < other.locator.end and other.locator.start < one.locator.end
