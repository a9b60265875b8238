"""The rules of stage 5 that turn on how sure each side is: a claim certain of what
the source says only may be, or only on a condition ("will", "has already",
"are certain that" against "may", "if"); a claim that doubts, or only hedges, what
the source states for certain ("might" against "will definitely"); and a record that
says it only as a possibility, which supports nothing. Each is one row of
rules.RULES; stage 4 (judge/certainty.py) reads how sure each side is."""

from __future__ import annotations

from cstofacts.check.compare.slots import CONFLICT
from cstofacts.check.decide.context import NEI, REFUTED, SUPPORT_COVERAGE, Context, Outcome
from cstofacts.check.judge.certainty import says_it_can, some_of_the_time


def certain_of_possible(ctx: Context) -> Outcome | None:
    for comparison in ctx.about_it[:3]:
        word = ctx.stance(comparison).certain_of_possible
        if word:
            record = comparison.view.reading
            can = ["can"] if says_it_can(record) else [w for w in [some_of_the_time(record)] if w]
            hedges = ", ".join(f'"{h}"' for h in record.hedges or can)
            how = f"as a possibility ({hedges})" if hedges else "on a condition"
            return Outcome(
                REFUTED, f'the source says it only {how}; the claim, for certain ("{word}")', (comparison.record,)
            )
    return None


def doubted_certain(ctx: Context) -> Outcome | None:
    for comparison in ctx.about_it[:3]:
        word = ctx.stance(comparison).doubts_certain
        if word and comparison.coverage >= SUPPORT_COVERAGE and not comparison.slot(CONFLICT):
            return Outcome(
                REFUTED,
                f'the source states it for certain; the claim doubts or hedges it ("{word}")',
                (comparison.record,),
            )
    return None


def possible_only(ctx: Context) -> Outcome | None:
    for comparison in ctx.about_it[:1]:
        stance = ctx.stance(comparison)
        if stance.possible_only or stance.conditional_only or stance.asked_only:
            how = "asks it" if stance.asked_only else "says it only as a possibility or on a condition"
            return Outcome(
                NEI,
                f"the closest record ({comparison.record.id}) {how}: {comparison.record.text}",
                (comparison.record,),
            )
    return None
