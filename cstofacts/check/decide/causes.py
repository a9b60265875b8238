"""A cause the claim gives for what a record gives another cause of: refuted when
the claim's cause is nowhere in the record ("blames the tension on the pandemic",
where the source says shifts in the balance of forces), or when it turns the
record's cause and effect about ("the pressure was caused by Armenia's change of
position", where the source says the pressure brought the change)."""

from __future__ import annotations

from cstofacts.check.compare.slots import Comparison
from cstofacts.check.decide.context import REFUTED, Context, Outcome, missing_names_among
from cstofacts.check.lexical import kin
from cstofacts.check.read.causes import Cause, find_causes

# Words of an effect two statements must share, at least, to be of one effect.
SHARED_EFFECT = 2


def cause_conflict(ctx: Context) -> Outcome | None:
    claim = ctx.claim
    if claim.negated or claim.hedges or claim.conditional or claim.question:
        return None  # "was not caused by", "may be due to": no cause stated
    mine = find_causes(claim)
    if not mine:
        return None
    caused_by = {word for c in mine for word in c.cause}
    found: list[tuple[Cause, Cause, Comparison]] = []  # the claim's cause, a record's of the same effect
    for comparison in ctx.comparisons[:5]:
        if not missing_names_among(comparison, caused_by):
            continue  # about another thing (a name the claim's cause gives may be missing: "on NATO")
        view = comparison.view
        readings = {id(r): r for r in (*view.readings, view.context) if r is not None}
        for recorded in (c for r in readings.values() for c in find_causes(r)):
            for claimed in mine:
                if _reversed(claimed, recorded):
                    reason = f"cause: the source gives it the other way about, as caused by {recorded.cause_text}"
                    return Outcome(REFUTED, reason, (comparison.record,))
                if _shared(claimed.effect, recorded.effect) >= _enough(claimed.effect):
                    found.append((claimed, recorded, comparison))
    # An effect may have many causes: the claim's is refuted only where no record of
    # the effect gives it ("the pandemic", where the sources give shifts in the balance of forces).
    if found and not any(_shared(claimed.cause, comparison.view.lemmas) for claimed, _, comparison in found):
        claimed, recorded, comparison = found[0]
        return Outcome(REFUTED, f"cause: the source gives {recorded.cause_text}", (comparison.record,))
    return None


def _enough(words: frozenset[str]) -> int:
    """Words of an effect another must share to be the same: two, and half of them."""
    return max(min(SHARED_EFFECT, len(words)), (len(words) + 1) // 2)


def _reversed(claimed: Cause, recorded: Cause) -> bool:
    """The claim's cause is the record's effect, and its effect the record's cause."""
    return _shared(claimed.cause, recorded.effect) >= _enough(claimed.cause) and _shared(
        claimed.effect, recorded.cause
    ) >= _enough(claimed.effect)


def _shared(mine: frozenset[str], theirs: frozenset[str] | set[str]) -> int:
    """How many of `mine` stand in `theirs`, themselves or as a synonym or derivation."""
    return sum(1 for word in mine if kin(word, theirs))
