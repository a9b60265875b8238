"""The rules of stage 5 for single-valued slots: a one-off occasion's date, place,
count, period or party given otherwise than the sources give it, and records that
disagree on one. Each is one row of rules.RULES."""

from __future__ import annotations

from cstofacts.check.compare.occasion import OCCASION_NOUNS, one_off
from cstofacts.check.compare.slots import CONFLICT, MATCH, Comparison, Slot
from cstofacts.check.decide.alignment import adds_to_the_sources
from cstofacts.check.decide.context import NEI, REFUTED, SINGLE_VALUED, Context, Outcome
from cstofacts.check.decide.partners import ranks_the_same_item
from cstofacts.check.lexical import reaches
from cstofacts.check.read.clauses import occasions_in_order
from cstofacts.check.read.order import event_order
from cstofacts.check.read.reading import Reading
from cstofacts.check.termsets import RELATIVE_TIME_HEADS


def records_disagree(ctx: Context) -> Outcome | None:
    """Records about the same occasion, one agreeing with the claim's value for a
    slot and one giving another: when the sources disagree (or, with no source
    about it, one's own records do), nothing can be decided. Not where the claim puts
    two occasions in order: each has its own place and date ("The Khujand agreement was
    signed before the roadmap in Beijing")."""
    two = event_order(ctx.claim) is not None or occasions_in_order(ctx.claim) is not None
    for name in SINGLE_VALUED:
        if two and name in ("date", "place"):
            continue
        values = _values(ctx, name)
        bundled = [(status, v, c) for status, v, c in values if c.record.origin != "user"]
        deciding, who = (bundled, "the sources") if bundled else (values, "your own records")
        if {status for status, _, _ in deciding} == {MATCH, CONFLICT}:
            listed = "; ".join(dict.fromkeys(f"{c.record.id} says {v}" for _, v, c in deciding))
            return Outcome(
                NEI, f"{name}: {who} disagree: {listed}", tuple(dict.fromkeys(c.record for _, _, c in deciding))
            )
    return None


def slot_conflict(ctx: Context) -> Outcome | None:
    """A one-off occasion given another date, place, count, period or party than the
    sources give. A source outweighs one's own record; one's own record, alone, decides."""
    if ctx.claim.negated:
        return None  # "was not signed in 2024" may deny the very value that differs
    for comparison in sorted(ctx.comparisons, key=lambda c: c.record.origin == "user"):
        if _another_days_occasion(ctx, comparison):
            continue  # "the Security Council meeting of July 19, 2024": that day's record tells it, not this one
        for slot in comparison.slot(CONFLICT):
            if slot.name not in SINGLE_VALUED or not (
                one_off(ctx.claim, comparison, slot.name) or _the_one_meeting(ctx, comparison, slot.name)
            ):
                continue
            own_match = _matching(ctx, slot.name, own=True)
            if _matched_elsewhere(ctx, slot, comparison):
                continue
            if slot.name == "number" and any(
                s.name in ("date", "place") and s.status != MATCH for s in comparison.slots
            ):
                continue  # "five exercises in Kazakhstan in 2023": a count of another set than the record's
            reason = _conflict_reason(slot, comparison)
            evidence = [comparison.record]
            if own_match is not None and comparison.record.origin != "user":
                reason += f"; only your own record {own_match[1].record.id} says {own_match[0]}"
                evidence.append(own_match[1].record)
            return Outcome(REFUTED, reason, tuple(evidence))
    return None


def _the_one_meeting(ctx: Context, comparison: Comparison, slot: str) -> bool:
    """True when the claim's occasion is a meeting of the record's body, and the records
    tell of one meeting of it only: its date and place are then one each ("The Committee
    of Secretaries of Security Councils met in Astana", where it met once, in Almaty)."""
    if slot not in ("date", "place") or comparison.record.kind != "event":
        return False
    if not ctx.claim.states_outright or any(t.word in RELATIVE_TIME_HEADS for t in ctx.claim.tokens):
        return False  # "the next meeting", "may meet in Minsk": another meeting than the one told
    body = next((s.claimed for s in comparison.slot(MATCH) if s.name == "body"), None)
    if body is None or any(_another_bodys_meeting(c) for c in ctx.comparisons):
        return False  # (the meeting held in Almaty in June 2024 said to be another body's: the body is swapped)
    meetings = {
        (c.record.date, c.record.place)
        for c in ctx.comparisons
        if c.record.kind == "event" and any(s.name == "body" and s.claimed == body for s in c.slot(MATCH))
    }
    if len(meetings) != 1 or adds_to_the_sources(ctx.claim) or "again" in {t.word for t in ctx.claim.tokens}:
        return False  # ("met again in Moscow": another meeting)
    other = "place" if slot == "date" else "date"
    given = [s.status for s in comparison.slots if s.name == other]
    if given:
        return MATCH in given  # a date and a place both other than the record's may be another meeting's
    # only the one value given: a date of the record's own year, or the place of "the meeting"
    return _same_year(ctx.claim, comparison) if slot == "date" else _the_meeting(ctx.claim)


def _same_year(claim: Reading, comparison: Comparison) -> bool:
    recorded = comparison.record.date or ""
    return any(w.year and str(w.first.year) == recorded[:4] == str(w.last.year) for w in claim.dates)


def _the_meeting(claim: Reading) -> bool:
    """True when the claim names its occasion as the one meeting: "The meeting of the
    Committee ... took place in Astana" (not "the Committee met in Astana", which may be any)."""
    tokens = claim.tokens
    return any(tokens[i].word == "the" and reaches(tokens[i + 1].word, OCCASION_NOUNS) for i in range(len(tokens) - 1))


def _another_bodys_meeting(comparison: Comparison) -> bool:
    """True when the record's meeting has the claim's date or place, and another body."""
    agreeing = {s.name for s in comparison.slot(MATCH)}
    return bool(agreeing & {"date", "place"}) and any(s.name == "body" for s in comparison.slot(CONFLICT))


def _values(ctx: Context, name: str) -> list[tuple[str, str, Comparison]]:
    """(status, value, record) for each record about the claim's occasion that gives a slot the claim names."""
    found = []
    for comparison in ctx.comparisons:
        for slot in comparison.slots:
            if (
                slot.name == name
                and slot.status in (MATCH, CONFLICT)
                and slot.recorded
                and one_off(ctx.claim, comparison, name)
                and (ctx.best is None or ranks_the_same_item(ctx, slot, ctx.best, comparison))
            ):
                found.append((slot.status, slot.recorded, comparison))
    return found


def _matching(ctx: Context, name: str, *, own: bool) -> tuple[str, Comparison] | None:
    for comparison in ctx.comparisons:
        if (comparison.record.origin == "user") != own:
            continue
        for slot in comparison.slots:
            if slot.name == name and slot.status == MATCH and one_off(ctx.claim, comparison, name):
                return slot.recorded or slot.claimed, comparison
    return None


def _matched_elsewhere(ctx: Context, slot: Slot, conflicting: Comparison) -> bool:
    """True when another record about the same occasion gives the claim's value for the slot."""
    for comparison in ctx.comparisons:
        if comparison is conflicting or not one_off(ctx.claim, comparison, slot.name):
            continue
        if not ranks_the_same_item(ctx, slot, conflicting, comparison) and comparison.coverage <= conflicting.coverage:
            continue  # "the first key area" of another item than the claim's (unless it holds more of the claim)
        same = any(
            s.name == slot.name and s.claimed == slot.claimed and s.status == MATCH and s.strong
            for s in comparison.slots
        )
        if same and (comparison.record.origin != "user" or conflicting.record.origin == "user"):
            return True
    return False


def _another_days_occasion(ctx: Context, comparison: Comparison) -> bool:
    """True when the record gives another date than the claim's day, and another record
    of what the claim names is of that very day: the claim's occasion is that record's."""
    days = [s.claimed for s in comparison.slot(CONFLICT) if s.name == "date" and len(s.claimed) == len("2024-07-19")]
    return bool(days) and any(
        other is not comparison
        and other.subject_share == 1.0
        and other.record.origin != "user"
        and any(s.name == "date" and s.status == MATCH and s.claimed == days[0] for s in other.slots)
        for other in ctx.comparisons
    )


def _conflict_reason(slot: Slot, comparison: Comparison) -> str:
    reason = slot.describe()
    if comparison.record.origin == "user":
        reason += f" (your own record {comparison.record.id})"
    return reason
