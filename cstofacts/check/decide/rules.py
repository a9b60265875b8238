"""Stage 5: the verdict, decided in one place by an ordered table of named rules.

Each rule looks at the claim, the records compared with it (best first) and
their stance, and either decides or passes. The first rule that decides
wins; `check --explain` names it. Adding a rule is a function and one row.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import NamedTuple

from cstofacts import lexicon
from cstofacts.check.compare.occasion import one_off
from cstofacts.check.compare.slots import ABSENT, CONFLICT, MATCH, Comparison
from cstofacts.check.decide import (
    alternatives,
    aspect,
    authors,
    bindings,
    causes,
    certainty,
    conflicts,
    events,
    joined,
    lists,
    offices,
    partners,
    single_valued,
    swaps,
    topics,
    unknowns,
)
from cstofacts.check.decide.alignment import occasion_unsaid
from cstofacts.check.decide.context import (
    NEI,
    REFUTED,
    SINGLE_VALUED,
    SUPPORT_COVERAGE,
    SUPPORTED,
    VERDICTS,
    Context,
    Outcome,
    evidence,
    listing,
)
from cstofacts.check.decide.partners import partners_giving, stands
from cstofacts.check.read.clauses import own_act_dated_by_the_other
from cstofacts.check.termsets import PRESENT_TIME

__all__ = ["NEI", "REFUTED", "RULES", "SUPPORTED", "VERDICTS", "Context", "Outcome", "Rule", "decide"]


class Rule(NamedTuple):
    name: str
    description: str
    decide: Callable[[Context], Outcome | None]


def not_english(ctx: Context) -> Outcome | None:
    letters = [ch for ch in ctx.claim.text if ch.isalpha()]
    if letters and not any(ch.isascii() or "LATIN" in unicodedata.name(ch, "") for ch in letters):
        return Outcome(
            NEI,
            "check reads claims in English, the sources' language; this one has no word in Latin "
            "letters (search finds names in other scripts: cstofacts search WORD)",
        )
    return None


def states_nothing(ctx: Context) -> Outcome | None:
    claim = ctx.claim
    if claim.content or claim.dates or claim.counts or claim.quotes or claim.interview or claim.outlets:
        return None
    if claim.chair:
        return None  # "Khujand was the venue for ...", "was hosted by Kazakhstan": where it was, or who chaired it
    titled = claim.titles or any(m.how == "role" for m in claim.mentions)  # "is Armenia's prime minister"
    if titled and any(e.type == "person" for e in claim.entities):
        return None  # "Babaev is director of the Institute of ...", "Babaev runs ...": a title said of a person
    named = [e.name for e in claim.entities] + ([claim.missing_edition] if claim.missing_edition else [])
    if not named:
        return Outcome(NEI, "the claim states nothing to check (no act, property, date, place or number)")
    return Outcome(
        NEI, f"the claim states nothing to check about {listing(named)} (no act, property, date, place or number)"
    )


def unknown_edition(ctx: Context) -> Outcome | None:
    if ctx.claim.missing_edition:
        return Outcome(NEI, f"the sources do not mention {ctx.claim.missing_edition}")
    return None


def relative_time(ctx: Context) -> Outcome | None:
    relative = ctx.claim.relative
    # A source that says "today" itself ("the primary objective today"), or "recent" for
    # "recently", or "now", is what the claim repeats.
    said_too = relative in ("today", "recently") and any(
        _said_in(relative, c) for c in ctx.comparisons if c is ctx.best or c.coverage >= 0.5
    )
    if not relative or said_too:
        return None
    closest = f"; the closest record says: {ctx.best.record.text}" if ctx.best else ""
    return Outcome(
        NEI,
        f'relative date: "{relative}" counts from today, and the sources give nothing to count from{closest}',
        evidence(ctx.best),
    )


def _said_in(word: str, comparison: Comparison) -> bool:
    forms = {word, word.removesuffix("ly"), *lexicon.synonyms(word)}
    if word == "today":
        forms |= PRESENT_TIME  # "in current conditions": the source's present, which "today" repeats
    return bool(forms & comparison.view.lemmas) or word in comparison.record.text.lower()


def nothing_found(ctx: Context) -> Outcome | None:
    if ctx.best is None or (ctx.best.subject_share == 0 and ctx.best.coverage < 0.3):
        missing = ctx.best.subjects_missing if ctx.best else [e.name for e in ctx.claim.subjects]
        if missing:
            return Outcome(NEI, f"the sources do not mention {listing(missing)} in this sense")
        return Outcome(NEI, "the sources say nothing about this")
    return None


# A claim must say enough for a record to bear it out: names, words and slots
# together, at least this many ("Armenia has left the CSTO" is one name and one
# word, which a record of Armenia's choice "to remain or leave" holds too).
ENOUGH_SAID = 3


def supported(ctx: Context) -> Outcome | None:
    if ctx.claim.interval is not None:
        return None  # "a week later": how long between two acts only their dates bear out (events-in-order)
    own_act = own_act_dated_by_the_other(ctx.claim)
    for comparison in ctx.comparisons[:8]:
        if comparison.subject_share < 1.0 or comparison.loose_coverage < SUPPORT_COVERAGE:
            continue  # (words the record has only in a rarer sense count here, and in no rule that refutes)
        said = (
            len(comparison.subjects_found)
            + comparison.said()
            # a text's own voice ("the article says") says nothing of the world
            + len([s for s in comparison.slot(MATCH) if s.name != "attribution"])
            + comparison.rare
            + ctx.claim.interview
        )
        if said < ENOUGH_SAID:
            continue
        if own_act is not None and not _tells(comparison, own_act):
            continue  # "X before the June 2024 meeting": a record of the meeting alone does not date X
        if comparison.slot(CONFLICT) or comparison.unsaid_names or not stands(ctx, comparison):
            continue
        if comparison.loose_predicate or occasion_unsaid(ctx.claim, comparison.words):
            continue  # what the claim says a thing is, and the occasion it gives, must be said
        if causes.cause_unsaid(ctx.claim, comparison):
            continue  # and the whole of a cause it gives
        if topics.topic_unsaid(ctx.claim, comparison):
            continue  # and what it says was taken up ("met to discuss the budget")
        if ctx.stance(comparison).denies_unsaid:
            continue  # "adopted without a vote": the record says nothing of a vote
        if lists.claims_alone(ctx.claim) and not lists.says_alone(comparison.view):
            continue  # "the only instrument that matters": the record says of none that it is alone
        partners = partners_giving(ctx, comparison, comparison.slot(ABSENT))
        if partners is None:
            continue
        matched = [s.describe() for c in (comparison, *partners) for s in c.slot(MATCH)]
        reason = "; ".join(dict.fromkeys(matched)) if matched else "the record states it"
        evidence = [comparison.record, *(c.record for c in partners)]
        if comparison.record.origin == "user":
            reason += f" (only your own record {comparison.record.id} says it, no source does)"
        else:
            for other in ctx.comparisons:  # one's own record that gives the slot otherwise is named
                if other.record.origin != "user":
                    continue
                conflict = [
                    s for s in other.slot(CONFLICT) if s.name in SINGLE_VALUED and one_off(ctx.claim, other, s.name)
                ]
                if conflict:
                    reason += f"; your own record {other.record.id} says {conflict[0].recorded}"
                    evidence.append(other.record)
                    break
        return Outcome(SUPPORTED, reason, tuple(evidence))
    return None


def _tells(comparison: Comparison, act: set[int]) -> bool:
    """True when the record holds most of the words of the claim's `act` (token indexes)."""
    share = comparison.held_share(act.__contains__)
    return share is not None and share > 0.5


def not_enough(ctx: Context) -> Outcome:
    best = ctx.best
    assert best is not None
    if best.subjects_missing and best.subject_share < 1.0:
        reason = f"the closest record ({best.record.id}) does not mention {listing(best.subjects_missing)}"
    elif best.slot(ABSENT):
        slot = best.slot(ABSENT)[0]
        reason = f"{slot.name}: the sources do not say {slot.claimed}"
        if slot.recorded:
            reason += f"; the closest record ({best.record.id}) says {slot.recorded}"
        else:
            reason += f"; the closest record ({best.record.id}) says: {best.record.text}"
    elif best.missing_words:
        reason = (
            f"the closest record ({best.record.id}) does not state it (it does not say: "
            f"{', '.join(best.missing_words[:4])}): {best.record.text}"
        )
    else:
        reason = f"the closest record ({best.record.id}) does not state it: {best.record.text}"
    return Outcome(NEI, reason, (best.record,))


RULES: tuple[Rule, ...] = (
    Rule("not-english", "claims are read in English, the sources' language", not_english),
    Rule("states-nothing", "a name, or a title, is no claim", states_nothing),
    Rule("unknown-edition", "an exercise's edition the sources do not mention", unknown_edition),
    Rule("relative-time", "time counted from today cannot be dated from the sources", relative_time),
    Rule("nothing-found", "no record is about what the claim names", nothing_found),
    Rule("role-conflict", "a person given another title than the sources give", conflicts.role_conflict),
    Rule(
        "records-disagree",
        "the sources (or one's own records) give the occasion two values",
        single_valued.records_disagree,
    ),
    Rule(
        "slot-conflict",
        "a one-off occasion given another date, place, count, period or party",
        single_valued.slot_conflict,
    ),
    Rule(
        "partner-conflict",
        "a count the closest record leaves out, given otherwise by a record of the same act",
        partners.partner_conflict,
    ),
    Rule("wrong-item", "a closed list given with an item the source's list does not have", lists.wrong_item),
    Rule(
        "wrong-name-in-list",
        "a list of names given with one the source's list of as many does not have",
        lists.wrong_name_in_list,
    ),
    Rule("only-one", "one thing said to be the only one where the source names others beside it", lists.only_one),
    Rule("another-main", "another thing said to be the main one than the source says is", lists.another_main),
    Rule(
        "said-instead",
        "the claim sets aside for its own thing the one the source says ('X rather than Y', 'X, not Y')",
        alternatives.said_instead,
    ),
    Rule("another-topic", "a thing the record says is on one subject, said to be on another", topics.another_topic),
    Rule("another-kind", "a thing the record names with a noun of its kind, given another kind", topics.another_kind),
    Rule(
        "bound-to-another",
        "a name the claim joins to one of a kind the record lists, which the record writes beside another",
        bindings.bound_to_another,
    ),
    Rule(
        "other-subject-taken-up",
        "an occasion the record dates or places took up one subject; the claim gives another",
        topics.other_subject_taken_up,
    ),
    Rule("reason-conflict", "an award given for another reason than the source gives", causes.reason_conflict),
    Rule(
        "cause-conflict",
        "the claim gives another cause than the source, or turns its cause and effect about",
        causes.cause_conflict,
    ),
    Rule("author-conflict", "a text given another author than the source gives it", authors.author_conflict),
    Rule(
        "unknown-holder",
        "a name no source gives, for the office the sources give another person",
        unknowns.unknown_holder,
    ),
    Rule("unknown-place", "a place no source names, for a one-off occasion the sources place", unknowns.unknown_place),
    Rule(
        "unknown-party",
        "a name no source gives, listed among the parties a document's name gives",
        unknowns.unknown_party,
    ),
    Rule(
        "unknown-outlet",
        "an outlet no source names, for remarks the sources have from another",
        unknowns.unknown_outlet,
    ),
    Rule(
        "unknown-name",
        "a name no source gives: swapped for the one the source gives, or unknown",
        swaps.unknown_name,
    ),
    Rule(
        "name-swapped",
        "a name the record does not give, where it names another among the same words",
        swaps.name_swapped,
    ),
    Rule(
        "known-name-swapped",
        "a state, person or body the record about the rest replaces with another of its kind",
        swaps.known_swapped,
    ),
    Rule(
        "office-swapped",
        "an office named with another qualifier than the record's ('foreign' for 'defense' ministers)",
        offices.office_swapped,
    ),
    Rule("speaker-conflict", "words the sources give to someone else", conflicts.speaker_conflict),
    Rule("order-reversed", "two people's words put in the other order than the source's", conflicts.order_reversed),
    Rule("events-reversed", "two dated occasions put in the other order than their dates", events.events_reversed),
    Rule(
        "interval-wrong", "two dated occasions put far nearer or further apart than their dates", events.interval_wrong
    ),
    Rule("outlet-conflict", "an interview or report placed with another outlet", conflicts.outlet_conflict),
    Rule(
        "reversed-preference",
        "of two things, the claim prefers the one the source sets aside",
        conflicts.reversed_preference,
    ),
    Rule(
        "opposite-word", "the source says the opposite (adopted, not rejected; high, not low)", conflicts.opposite_word
    ),
    Rule("denial", "one side denies what the other states", conflicts.denial),
    Rule("done-of-undone", "the claim says done what the source says is still to do", aspect.done_of_undone),
    Rule("put-off", "the claim says put off or called off what the source says was done", aspect.put_off),
    Rule(
        "certain-of-possible",
        "the claim makes certain, or done, what the source says only may be or only on a condition",
        certainty.certain_of_possible,
    ),
    Rule(
        "doubted-certain",
        "the claim doubts, or only hedges, what the source states for certain",
        certainty.doubted_certain,
    ),
    Rule(
        "possible-only",
        "the source says it only as a possibility, on a condition or as a question",
        certainty.possible_only,
    ),
    Rule(
        "supported",
        "a record about the same thing states it, every slot agreeing (one it leaves out given by another)",
        supported,
    ),
    Rule("joined-records", "two records of one source sentence state the claim together", joined.joined_records),
    Rule("events-in-order", "two named occasions in the order of their records' dates", events.events_in_order),
    Rule("acts-in-order", "two acts, each stated by a dated record, in the order of their dates", events.acts_in_order),
)
DEFAULT = Rule("not-enough-info", "no record states it, and none contradicts it", not_enough)


def decide(ctx: Context) -> tuple[Rule, Outcome]:
    for rule in RULES:
        outcome = rule.decide(ctx)
        if outcome is not None:
            return rule, outcome
    return DEFAULT, DEFAULT.decide(ctx)  # type: ignore[return-value]
