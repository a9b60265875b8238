"""Done against still to do: a claim that says a thing is already done ("has
already been finalized", "fully integrated") where its source says it is a
draft, under way or an aim ("a draft programme", "the work to integrate").
A rule of stage 5."""

from __future__ import annotations

from itertools import pairwise

from cstofacts.check.compare.slots import ABSENT, CONFLICT, Comparison
from cstofacts.check.decide.context import REFUTED, SAME_ACT, SUPPORT_COVERAGE, Context, Outcome, coverage_but
from cstofacts.check.lexical import reaches
from cstofacts.check.read.reading import Reading
from cstofacts.check.termsets import COMPLETION, STILL_NEEDED, UNDER_WAY


def done_of_undone(ctx: Context) -> Outcome | None:
    claim = ctx.claim
    done = [t.word for t in claim.tokens if t.word in COMPLETION]
    if not done or claim.negated:
        return None
    # the act the claim says is done ("already been finalized"): the record's same word as a
    # task still to do ("makes finalizing the draft relevant") is what it says is undone
    finished = {
        claim.tokens[j].lemma
        for i, t in enumerate(claim.tokens)
        if t.word in COMPLETION
        for j in range(i + 1, min(i + 4, len(claim.tokens)))
        if claim.tokens[j].word not in ("been", "be", "being", "has", "have", "had")
    }
    own = {t.lemma for t in claim.tokens} - finished
    says_in_progress = bool(_in_progress(claim))  # "work is already under way": the claim says so itself
    for comparison in ctx.comparisons[:3]:
        if comparison.subject_share < 1.0 or coverage_but(comparison, *done) < SAME_ACT:
            continue
        record = comparison.view.reading
        pending = [
            t.word for t in record.tokens if (t.word in UNDER_WAY or t.lemma in UNDER_WAY) and t.lemma not in own
        ]  # a word of the claim's own ("share its goals") says nothing of the act's being undone
        if not says_in_progress:
            pending += _in_progress(record)
        if pending and not any(t.word in COMPLETION for t in record.tokens):
            return Outcome(
                REFUTED,
                f'the source says it is not done yet ("{pending[0]}"), not that it is "{done[0]}" done',
                (comparison.record,),
            )
    return None


def _in_progress(record: Reading) -> list[str]:
    """A passive in progress ("conditions are being formed", "is being updated"), work
    "under way" (UNDER_WAY's "underway" written as two words), or work "required to"
    be done: not done yet."""
    return [
        f"{a.word} {b.word}"
        for a, b in pairwise(record.tokens)
        if (a.word == "being" and b.word.endswith(("ed", "en")) and b.lemma != b.word)
        or a.word + b.word in UNDER_WAY
        or (a.lemma in STILL_NEEDED and b.word == "to")  # "efforts are required to develop measures"
    ]


# The roots of WordNet's verbs of putting off or calling off an act: "postpone",
# "shelve", "defer", "put off" and "call off" are their synonyms or kinds.
_PUT_OFF = frozenset({"delay", "cancel"})


def put_off(ctx: Context) -> Outcome | None:
    """A claim that says an act the record states was put off or called off ("postponed
    approving the plan", "shelved the plan"; the source: approved it): refuted. The
    record about the rest must say no such word itself."""
    claim = ctx.claim
    if claim.negated or claim.hedges or claim.conditional:
        return None
    # the record of the rest of the claim, however little else the claim says ("the exercise
    # in Kyrgyzstan was called off": the calling off weighs most)
    for comparison in [c for c in ctx.comparisons[:3] if c.subject_share == 1.0]:
        off = [c for c, how, _ in comparison.words if how == "none" and _puts_off(c)]
        if not off or coverage_but(comparison, *off) < SUPPORT_COVERAGE or comparison.slot(CONFLICT):
            continue
        if comparison.coverage < SAME_ACT and (comparison.slot(ABSENT) or not _the_rest_held(comparison, off)):
            # little said but the calling off, and a slot the record lacks or no words of the
            # act and the names it is of ("The CSTO postponed."): another act, or none told
            continue
        said = comparison.view.said_words
        if any(_puts_off(word) for word in said) or comparison.view.reading.negations:
            continue  # the record puts something off, or denies: not an act plainly done
        return Outcome(
            REFUTED, f'the source states the act done, not put off or called off ("{off[0]}")', (comparison.record,)
        )
    return None


# What a claim that says little but the calling off must share with the record: its
# thing's name and a word of it, or two words ("the exercise in Kyrgyzstan", a name and
# "exercise"; "the draft plan for military cooperation").
REST_HELD = 2


def _the_rest_held(comparison: Comparison, off: list[str]) -> bool:
    strong = sum(1 for c, how, _ in comparison.words if c not in off and how in ("same", "synonym", "derived"))
    return strong >= 1 and strong + len(comparison.subjects_found) >= REST_HELD


def _puts_off(lemma: str) -> bool:
    return reaches(lemma, _PUT_OFF)
