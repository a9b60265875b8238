"""Stage 5: the verdict, decided in one place by an ordered table of named rules.

Each rule looks at the claim, the records compared with it (best first) and
their stance, and either decides or passes. The first rule that decides
wins; `check --explain` names it. Adding a rule is a function and one row.
"""

from __future__ import annotations

import unicodedata

from cstofacts import lexicon
from collections.abc import Callable
from functools import cached_property
from typing import NamedTuple

from cstofacts.check.polarity import Stance, judge
from cstofacts.check.reading import Reading
from cstofacts.check.slots import ABSENT, CONFLICT, MATCH, Comparison, Slot, one_off
from cstofacts.check.words import tokenize
from cstofacts.models import Record

SUPPORTED, REFUTED, NEI = "supported", "refuted", "not-enough-info"
VERDICTS = (SUPPORTED, REFUTED, NEI)
# How much of what a claim says a record must hold, weighted by rarity: support
# needs nearly all of it; a contradiction counts only against a record about
# the same act (most of it).
SUPPORT_COVERAGE = 0.72
SAME_ACT = 0.6
# Slots with one value for one occasion: another value refutes.
SINGLE_VALUED = ("date", "place", "number", "participants", "period", "chair")


class Outcome(NamedTuple):
    verdict: str
    reason: str
    evidence: tuple[Record, ...] = ()


class Context:
    """What the rules look at: the claim, the records compared with it (best first)
    and, as asked, each one's stance."""

    def __init__(self, claim: Reading, comparisons: list[Comparison]) -> None:
        self.claim = claim
        self.comparisons = comparisons
        self.stances: dict[int, Stance] = {}

    @property
    def best(self) -> Comparison | None:
        return self.comparisons[0] if self.comparisons else None

    def stance(self, comparison: Comparison) -> Stance:
        key = id(comparison)
        if key not in self.stances:
            self.stances[key] = judge(self.claim, comparison)
        return self.stances[key]

    @cached_property
    def claim_unknown_names(self) -> list[str]:
        return [" ".join(self.claim.tokens[i].raw for i in run) for run in self.unknown_runs]

    @cached_property
    def unknown_runs(self) -> list[list[int]]:
        """Runs of capitalised words, not at the sentence's start, that name nothing
        the store knows and no record near the claim has."""
        claim = self.claim
        named = {i for m in claim.mentions if m.start >= 0 for i in range(m.start, m.end)}
        runs: list[list[int]] = []
        previous = -2
        for i, token in enumerate(claim.tokens):
            if i in named or not token.capitalised or token.function or i not in claim.content:
                continue
            if i == 0 and lexicon.entry(token.word) is not None:
                continue  # a word of the language opening the sentence, not a name
            if any(lexicon.country(part) for part in token.word.split("-")):
                continue  # "Kyrgyz-Tajik", "Dushanbe": places and nationalities, the place slot's
            if any(token.lemma in c.view.lemmas or token.word in c.view.lemmas for c in self.comparisons[:10]):
                continue
            if i == previous + 1 and runs:
                runs[-1].append(i)
            else:
                runs.append([i])
            previous = i
        return runs

    @cached_property
    def about_it(self) -> list[Comparison]:
        """The records about the same act as the claim, best first."""
        return [c for c in self.comparisons if c.subject_share == 1.0 and c.coverage >= SAME_ACT]


class Rule(NamedTuple):
    name: str
    description: str
    decide: Callable[[Context], Outcome | None]


# -- the rules ----------------------------------------------------------------


def not_english(ctx: Context) -> Outcome | None:
    letters = [ch for ch in ctx.claim.text if ch.isalpha()]
    if letters and not any(ch.isascii() or "LATIN" in unicodedata.name(ch, "") for ch in letters):
        return Outcome(NEI, "check reads claims in English, the sources' language; this one has no word in Latin "
                            "letters (search finds names in other scripts: cstofacts search WORD)")
    return None


def states_nothing(ctx: Context) -> Outcome | None:
    claim = ctx.claim
    if claim.content or claim.dates or claim.counts or claim.quotes:
        return None
    named = [e.name for e in claim.entities] + ([claim.missing_edition] if claim.missing_edition else [])
    if not named:
        return Outcome(NEI, "the claim states nothing to check (no act, property, date, place or number)")
    return Outcome(NEI, f"the claim states nothing to check about {_listing(named)} (no act, property, date, place "
                        "or number)")


def unknown_edition(ctx: Context) -> Outcome | None:
    if ctx.claim.missing_edition:
        return Outcome(NEI, f"the sources do not mention {ctx.claim.missing_edition}")
    return None


def relative_time(ctx: Context) -> Outcome | None:
    relative = ctx.claim.relative
    if not relative or relative in ("today", "recently") and ctx.best and relative in ctx.best.record.text.lower():
        return None
    closest = f"; the closest record says: {ctx.best.record.text}" if ctx.best else ""
    return Outcome(NEI, f"relative date: \"{relative}\" counts from today, and the sources give nothing to count "
                        f"from{closest}", _evidence(ctx.best))


def nothing_found(ctx: Context) -> Outcome | None:
    if ctx.best is None or ctx.best.subject_share == 0 and ctx.best.coverage < 0.3:
        missing = ctx.best.subjects_missing if ctx.best else [e.name for e in ctx.claim.subjects]
        if missing:
            return Outcome(NEI, f"the sources do not mention {_listing(missing)} in this sense")
        return Outcome(NEI, "the sources say nothing about this")
    return None


def unknown_name(ctx: Context) -> Outcome | None:
    """A name no source gives ("Anders Rasmussen", "the Danaker order"). Where the
    record about the rest of the claim names another in that place (another NATO
    Secretary General, another order), the claim swapped them: refuted. Else the
    sources are silent on it."""
    unknown = ctx.claim_unknown_names
    if not unknown:
        return None
    for comparison in ctx.comparisons[:5]:
        if comparison.subject_share < 1.0 or _coverage_but(comparison, *(w for n in unknown for w in n.lower().split())) \
                < SUPPORT_COVERAGE:
            continue
        swapped = _swapped(ctx.claim, comparison, unknown)
        if swapped:
            return Outcome(REFUTED, f"the source names {swapped}, not {unknown[0]}", (comparison.record,))
    best = ctx.best
    return Outcome(NEI, f"the sources do not mention {_listing(unknown)}", _evidence(best))


def records_disagree(ctx: Context) -> Outcome | None:
    """Records about the same occasion, one agreeing with the claim's value for a
    slot and one giving another: when the sources disagree (or, with no source
    about it, one's own records do), nothing can be decided."""
    for name in SINGLE_VALUED:
        values = _values(ctx, name)
        bundled = [(status, v, c) for status, v, c in values if c.record.origin != "user"]
        deciding, who = (bundled, "the sources") if bundled else (values, "your own records")
        if {status for status, _, _ in deciding} == {MATCH, CONFLICT}:
            listed = "; ".join(dict.fromkeys(f"{c.record.id} says {v}" for _, v, c in deciding))
            return Outcome(NEI, f"{name}: {who} disagree: {listed}", tuple(dict.fromkeys(c.record for _, _, c in deciding)))
    return None


def slot_conflict(ctx: Context) -> Outcome | None:
    """A one-off occasion given another date, place, count, period or party than the
    sources give. A source outweighs one's own record; one's own record, alone, decides."""
    if ctx.claim.negated:
        return None  # "was not signed in 2024" may deny the very value that differs
    for comparison in sorted(ctx.comparisons, key=lambda c: c.record.origin == "user"):
        for slot in comparison.slot(CONFLICT):
            if slot.name not in SINGLE_VALUED or not one_off(ctx.claim, comparison, slot.name):
                continue
            own_match = _matching(ctx, slot.name, own=True)
            if _matched_elsewhere(ctx, slot, comparison):
                continue
            if slot.name == "number" and any(s.name in ("date", "place") and s.status != MATCH for s in comparison.slots):
                continue  # "five exercises in Kazakhstan in 2023": a count of another set than the record's
            reason = _conflict_reason(slot, comparison)
            evidence = [comparison.record]
            if own_match is not None and comparison.record.origin != "user":
                reason += f"; only your own record {own_match[1].record.id} says {own_match[0]}"
                evidence.append(own_match[1].record)
            return Outcome(REFUTED, reason, tuple(evidence))
    return None


def _values(ctx: Context, name: str) -> list[tuple[str, str, Comparison]]:
    """(status, value, record) for each record about the claim's occasion that gives a slot the claim names."""
    found = []
    for comparison in ctx.comparisons:
        for slot in comparison.slots:
            if slot.name == name and slot.status in (MATCH, CONFLICT) and slot.recorded \
                    and one_off(ctx.claim, comparison, name):
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


def role_conflict(ctx: Context) -> Outcome | None:
    """A title the sources give one person, given to another: "NATO Secretary General
    Imangali Tasmagambetov", "NATO Secretary General Mark Rutte", "Sergei Lavrov, head
    of the Belarusian Ministry of Foreign Affairs"; or another title before or after a name."""
    claim = ctx.claim
    for role in (m for m in claim.mentions if m.how == "role"):
        phrase = _role_phrase(claim, role.start)
        for other in claim.mentions:
            if other.entity.type == "person" and other.how != "role" and _beside(claim, role.start, other.start, other.end):
                if other.entity.name != role.entity.name:
                    said = f"; {other.entity.name} is {other.entity.role}" if other.entity.role else ""
                    return Outcome(REFUTED, f"role: the source's {phrase} is {role.entity.name}{said}")
        for run in ctx.unknown_runs:
            if not _beside(claim, role.start, run[0], run[-1] + 1):
                continue
            # Titles change hands: another holder refutes only on the occasion the source tells of.
            unknown = " ".join(claim.tokens[i].raw for i in run)
            aside = {claim.tokens[i].lemma for i in run} | {t.lemma for t in claim.tokens[role.start : role.end]}
            same = [c for c in ctx.comparisons[:5] if role.entity.name in c.view.names
                    and _coverage_but(c, *aside) >= SUPPORT_COVERAGE
                    and len([w for w, _, _ in c.words if w not in aside]) >= 2]
            if same:
                return Outcome(REFUTED, f"role: the source's {phrase} is {role.entity.name}, not {unknown}",
                               (same[0].record,))
    for comparison in ctx.comparisons[:5]:
        for slot in comparison.slot(CONFLICT):
            if slot.name == "role":
                return Outcome(REFUTED, f"role: the source says {slot.recorded}", (comparison.record,))
    return None


def speaker_conflict(ctx: Context) -> Outcome | None:
    """Words the sources give to someone else."""
    if not ctx.claim.speakers:
        return None
    said = [c for c in ctx.comparisons if c.coverage >= SUPPORT_COVERAGE]
    if not said or any(s.status == MATCH for c in said for s in c.slots if s.name == "speaker"):
        return None
    for comparison in said:
        conflict = [s for s in comparison.slot(CONFLICT) if s.name == "speaker"]
        if conflict:
            slot = conflict[0]
            return Outcome(REFUTED, f"speaker: the source gives these words to {slot.recorded}, not {slot.claimed}",
                           (comparison.record,))
    return None


def outlet_conflict(ctx: Context) -> Outcome | None:
    """An interview placed with another outlet: an interview is given to one. (A
    report may also have run elsewhere: "reported by BelTA" refutes nothing.)"""
    if not ctx.claim.interview:
        return None
    for comparison in ctx.about_it[:3]:
        conflict = [s for s in comparison.slot(CONFLICT) if s.name == "outlet"]
        if conflict and not any(s.name == "outlet" and s.status == MATCH for c in ctx.about_it for s in c.slots):
            return Outcome(REFUTED, f"outlet: the source says {conflict[0].recorded}, not {conflict[0].claimed}",
                           (comparison.record,))
    return None


def reversed_preference(ctx: Context) -> Outcome | None:
    for comparison in ctx.about_it[:3]:
        reversed_ = ctx.stance(comparison).preference_reversed
        if reversed_:
            return Outcome(REFUTED, f"the source prefers {reversed_[1]} to {reversed_[0]}, not the other way",
                           (comparison.record,))
    return None


def opposite_word(ctx: Context) -> Outcome | None:
    for comparison in ctx.comparisons[:5]:
        stance = ctx.stance(comparison)
        if stance.opposite and comparison.subject_share == 1.0 and _coverage_but(comparison, stance.opposite[0]) >= SAME_ACT:
            word, theirs = stance.opposite
            return Outcome(REFUTED, f"the source says \"{theirs}\", the opposite of \"{word}\"", (comparison.record,))
    return None


def denial(ctx: Context) -> Outcome | None:
    for comparison in ctx.about_it[:3]:
        stance = ctx.stance(comparison)
        if stance.denial and comparison.coverage >= SUPPORT_COVERAGE and not comparison.slot(CONFLICT):
            if stance.denial == "claim":
                return Outcome(REFUTED, "the claim denies what the source states", (comparison.record,))
            return Outcome(REFUTED, "the source denies what the claim states", (comparison.record,))
    return None


def certain_of_possible(ctx: Context) -> Outcome | None:
    for comparison in ctx.about_it[:3]:
        word = ctx.stance(comparison).certain_of_possible
        if word:
            hedges = ", ".join(f"\"{h}\"" for h in comparison.view.reading.hedges)
            return Outcome(REFUTED, f"the source says only that it {hedges}, not that it \"{word}\"", (comparison.record,))
    return None


def possible_only(ctx: Context) -> Outcome | None:
    for comparison in ctx.about_it[:1]:
        stance = ctx.stance(comparison)
        if stance.possible_only or stance.conditional_only or stance.asked_only:
            how = "asks it" if stance.asked_only else "says it only as a possibility or on a condition"
            return Outcome(NEI, f"the closest record ({comparison.record.id}) {how}: {comparison.record.text}",
                           (comparison.record,))
    return None


# A claim must say enough for a record to bear it out: names, words and slots
# together, at least this many ("Armenia has left the CSTO" is one name and one
# word, which a record of Armenia's choice "to remain or leave" holds too).
ENOUGH_SAID = 3


def supported(ctx: Context) -> Outcome | None:
    for comparison in ctx.comparisons[:8]:
        if comparison.subject_share < 1.0 or comparison.coverage < SUPPORT_COVERAGE:
            continue
        said = len(comparison.subjects_found) + sum(1 for _, how, _ in comparison.words if how != "none") \
            + len(comparison.slot(MATCH)) + comparison.rare
        if said < ENOUGH_SAID:
            continue
        if comparison.slot(CONFLICT) or comparison.slot(ABSENT):
            continue
        stance = ctx.stance(comparison)
        if stance.denial or stance.opposite or stance.possible_only or stance.conditional_only or stance.asked_only:
            continue
        matched = [s.describe() for s in comparison.slot(MATCH)]
        reason = "; ".join(matched) if matched else "the record states it"
        evidence = [comparison.record]
        if comparison.record.origin == "user":
            reason += f" (only your own record {comparison.record.id} says it, no source does)"
        else:
            for other in ctx.comparisons:  # one's own record that gives the slot otherwise is named
                if other.record.origin != "user":
                    continue
                conflict = [s for s in other.slot(CONFLICT) if s.name in SINGLE_VALUED and one_off(ctx.claim, other, s.name)]
                if conflict:
                    reason += f"; your own record {other.record.id} says {conflict[0].recorded}"
                    evidence.append(other.record)
                    break
        return Outcome(SUPPORTED, reason, tuple(evidence))
    return None


def not_enough(ctx: Context) -> Outcome:
    best = ctx.best
    assert best is not None
    if best.subjects_missing and best.subject_share < 1.0:
        reason = f"the closest record ({best.record.id}) does not mention {_listing(best.subjects_missing)}"
    elif best.slot(ABSENT):
        slot = best.slot(ABSENT)[0]
        reason = f"{slot.name}: the sources do not say {slot.claimed}"
        if slot.recorded:
            reason += f"; the closest record ({best.record.id}) says {slot.recorded}"
        else:
            reason += f"; the closest record ({best.record.id}) says: {best.record.text}"
    elif best.missing_words:
        reason = (f"the closest record ({best.record.id}) does not state it (it does not say: "
                  f"{', '.join(best.missing_words[:4])}): {best.record.text}")
    else:
        reason = f"the closest record ({best.record.id}) does not state it: {best.record.text}"
    return Outcome(NEI, reason, (best.record,))


RULES: tuple[Rule, ...] = (
    Rule("not-english", "claims are read in English, the sources' language", not_english),
    Rule("states-nothing", "a name, or a title, is no claim", states_nothing),
    Rule("unknown-edition", "an exercise's edition the sources do not mention", unknown_edition),
    Rule("relative-time", "time counted from today cannot be dated from the sources", relative_time),
    Rule("nothing-found", "no record is about what the claim names", nothing_found),
    Rule("role-conflict", "a person given another title than the sources give", role_conflict),
    Rule("records-disagree", "the sources (or one's own records) give the occasion two values", records_disagree),
    Rule("slot-conflict", "a one-off occasion given another date, place, count, period or party", slot_conflict),
    Rule("unknown-name", "a name no source gives: swapped for the one the source gives, or unknown", unknown_name),
    Rule("speaker-conflict", "words the sources give to someone else", speaker_conflict),
    Rule("outlet-conflict", "an interview or report placed with another outlet", outlet_conflict),
    Rule("reversed-preference", "of two things, the claim prefers the one the source sets aside", reversed_preference),
    Rule("opposite-word", "the source says the opposite (adopted, not rejected; high, not low)", opposite_word),
    Rule("denial", "one side denies what the other states", denial),
    Rule("certain-of-possible", "the claim makes certain what the source says only may be", certain_of_possible),
    Rule("possible-only", "the source says it only as a possibility, on a condition or as a question", possible_only),
    Rule("supported", "a record about the same thing states it, every slot agreeing", supported),
)
DEFAULT = Rule("not-enough-info", "no record states it, and none contradicts it", not_enough)


def decide(ctx: Context) -> tuple[Rule, Outcome]:
    for rule in RULES:
        outcome = rule.decide(ctx)
        if outcome is not None:
            return rule, outcome
    return DEFAULT, DEFAULT.decide(ctx)  # type: ignore[return-value]


# -- helpers -----------------------------------------------------------------


def _matched_elsewhere(ctx: Context, slot: Slot, conflicting: Comparison) -> bool:
    """True when another record about the same occasion gives the claim's value for the slot."""
    for comparison in ctx.comparisons:
        if comparison is conflicting or not one_off(ctx.claim, comparison, slot.name):
            continue
        if any(s.name == slot.name and s.claimed == slot.claimed and s.status == MATCH and s.strong
               for s in comparison.slots):
            if comparison.record.origin != "user" or conflicting.record.origin == "user":
                return True
    return False


def _conflict_reason(slot: Slot, comparison: Comparison) -> str:
    reason = slot.describe()
    if comparison.record.origin == "user":
        reason += f" (your own record {comparison.record.id})"
    return reason


def _coverage_but(comparison: Comparison, *words: str) -> float:
    kept = [(c, how) for c, how, _ in comparison.words if c not in words]
    if not kept:
        return 1.0
    return sum(1 for _, how in kept if how != "none") / len(kept)


def _beside(claim: Reading, at: int, start: int, end: int) -> bool:
    """True when the title at token `at` and the name at start..end stand together:
    "NATO Secretary General Mark Rutte", "Sergei Lavrov, head of ...", with only
    capitalised words of the title, commas or "the" between."""
    if end <= at:
        gap = range(end, at)
    elif start > at:
        gap = range(at + 1, start)
    else:
        return False
    return len(gap) <= 8 and all(claim.tokens[i].capitalised or claim.tokens[i].function for i in gap)


def _role_phrase(claim: Reading, at: int) -> str:
    start = at
    while start > 0 and (claim.tokens[start - 1].capitalised or claim.tokens[start - 1].word in ("of", "the")):
        start -= 1
    end = at + 1
    while end < len(claim.tokens) and (claim.tokens[end].capitalised and not claim.tokens[end].word.endswith("s")
                                       or claim.tokens[end].word in ("general",)):
        end += 1
    return " ".join(t.raw for t in claim.tokens[start:end] if t.word != "the")


def _swapped(claim: Reading, comparison: Comparison, unknown: list[str]) -> str | None:
    """An entity the record names, and the claim does not, that stands where the
    claim's unknown name stands: it shares the words around it ("order", "NATO
    Secretary General", "Institute")."""
    named = {e.name for e in claim.entities}
    around: set[str] = set()
    for name in unknown:
        at = claim.text.find(name)
        window = claim.text[max(0, at - 40) : at + len(name) + 40]
        around |= {t.lemma for t in claim.tokens if t.raw in window and not t.function} - set(name.lower().split())
    for entity in comparison.view.entities:
        if entity.name in named or entity.type in ("state", "place"):
            continue
        words = {t.lemma for t in tokenize(f"{entity.name} {entity.role or ''}") if not t.function}
        if words & around:
            return entity.name
    return None


def _evidence(comparison: Comparison | None) -> tuple[Record, ...]:
    return (comparison.record,) if comparison is not None else ()


def _listing(names: list[str]) -> str:
    names = list(dict.fromkeys(names))
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
