"""Two records about one occasion, each giving part of what a claim joins: "12
documents were signed at the summit, including a provision on the press center"
is the provision's record for the act and the summit's count for the number.
A slot the closest record leaves out is taken from such a partner, to support
(partners_giving) or to refute (partner_conflict)."""

from __future__ import annotations

from cstofacts.check.compare.occasion import one_off
from cstofacts.check.compare.slots import ABSENT, CONFLICT, MATCH, Comparison, Slot
from cstofacts.check.decide.context import REFUTED, SUPPORT_COVERAGE, Context, Outcome

# A record that gives a slot the claim's best record leaves out must be about the
# same thing: this much of the claim's words in it, a third ("15 documents were signed at
# the summit" beside "a provision on the press center was signed at the summit").
PARTNER_COVERAGE = 0.3


def stands(ctx: Context, comparison: Comparison) -> bool:
    stance = ctx.stance(comparison)
    return not (
        stance.denial or stance.opposite or stance.possible_only or stance.conditional_only or stance.asked_only
    )


def partners_giving(ctx: Context, comparison: Comparison, absent: list[Slot]) -> list[Comparison] | None:
    """The other records about the same thing that give each slot the record leaves
    out, as the claim gives it; [] when none is left out, None when one is not given."""
    partners: list[Comparison] = []
    for slot in absent:
        partner = next(
            (
                other
                for other in ctx.comparisons[:8]
                if other is not comparison
                and (other.subject_share == 1.0 or (slot.name == "number" and counts_same_act(ctx, comparison, other)))
                # (a record of the one-off thing the claim names may say little else of it)
                and (other.coverage >= PARTNER_COVERAGE or one_off(ctx.claim, other, slot.name))
                and not other.slot(CONFLICT)
                and any(s.name == slot.name and s.claimed == slot.claimed for s in other.slot(MATCH))
                and stands(ctx, other)
                and ranks_the_same_item(ctx, slot, comparison, other)
            ),
            None,
        )
        if partner is None:
            return None
        if partner not in partners:
            partners.append(partner)
    return partners


# A record giving a place in a list must hold this share of the words of the item that
# the closest record holds as they are, as they are or by a synonym or derivation: the
# item may be paraphrased ("the crisis-response system": "its system of responding to
# crises"), not another ("biological safety": "the need for systemic action").
SAME_ITEM_SHARE = 0.75


def ranks_the_same_item(ctx: Context, slot: Slot, best: Comparison, other: Comparison) -> bool:
    """A place in a list belongs to one item: a record giving "the first key area" must
    hold the words of the item that the closest record holds ("biological safety"), or
    it ranks another item of the same list."""
    if slot.name != "number" or not any(count.ordinal for count in ctx.claim.counts):
        return True
    item = [c for c, how, _ in best.words if how == "same"]
    held = {c for c, how, _ in other.words if how in ("same", "synonym", "derived")}
    return not item or sum(1 for c in item if c in held) >= SAME_ITEM_SHARE * len(item)


# A partner that counts otherwise must share this many of the words the closest
# record and the claim share, besides the counted thing: the act itself
# ("signed", "summit"), not merely the topic.
SHARED_ACT_WORDS = 2


def counts_same_act(ctx: Context, best: Comparison, other: Comparison) -> bool:
    """True when `other` speaks of what the claim counts, which `best` does not
    mention at all, and shares the act with `best` (SHARED_ACT_WORDS of its words)."""
    unsaid = {c for c, how, _ in best.words if how == "none"}
    counted = {count.noun for count in ctx.claim.counts} & unsaid
    act = {c for c, how, _ in best.words if how != "none"}
    held = {c for c, how, _ in other.words if how != "none"}
    return bool(counted & held) and len(held & act) >= SHARED_ACT_WORDS


def partner_conflict(ctx: Context) -> Outcome | None:
    """The closest record states the claim but says nothing of what the claim counts
    ("12 documents"); a record of the same act counts it otherwise ("15 documents
    were signed at the summit"): refuted, on both records."""
    if ctx.claim.negated or not ctx.claim.counts:
        return None
    best = next(
        (
            c
            for c in ctx.comparisons[:3]
            if c.subject_share == 1.0 and c.coverage >= SUPPORT_COVERAGE and not c.slot(CONFLICT)
        ),
        None,
    )
    if best is None or not stands(ctx, best) or not any(s.name == "number" for s in best.slot(ABSENT)):
        return None
    if any(s.name == "number" and s.status == MATCH for c in ctx.comparisons for s in c.slots):
        return None  # a record gives the claim's very count: one of another act's counts refutes nothing
    for other in ctx.comparisons[:8]:
        if other is best or other.coverage < PARTNER_COVERAGE or not stands(ctx, other):
            continue
        if not counts_same_act(ctx, best, other):
            continue
        if any(s.name in ("date", "place") and s.status == CONFLICT for s in other.slots):
            continue  # the summit in another year or city: another act
        for slot in other.slot(CONFLICT):
            if slot.name == "number":
                return Outcome(
                    REFUTED,
                    f"{slot.describe()} ({other.record.id}), of what {best.record.id} tells",
                    (other.record, best.record),
                )
    return None
