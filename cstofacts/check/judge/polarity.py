"""Stage 4: how a claim and a record stand to what they say, judged once each:
denied or affirmed, certain or only possible, conditional, asked, and which
of two things is preferred."""

from __future__ import annotations

from itertools import pairwise
from typing import NamedTuple

from cstofacts import lexicon
from cstofacts.check.compare.slots import Comparison, named_only
from cstofacts.check.find.views import RecordView
from cstofacts.check.judge.certainty import certain_of_more, certain_of_what_can_be, doubts_what_is_certain
from cstofacts.check.lexical import kin
from cstofacts.check.read.reading import Reading
from cstofacts.check.termsets import (
    NOT_ALONE,
    PAST_ONLY,
)
from cstofacts.check.words import next_word


class Stance(NamedTuple):
    denial: str | None = None  # one side denies what the other states: which
    opposite: tuple[str, str] | None = None  # (claim word, the record's opposite word)
    attached: bool = False  # the opposite is said of the claim's very object, the word itself of another
    possible_only: bool = False  # the record says it may be so; the claim says it is
    certain_of_possible: str | None = None  # the claim says "will" where the record says "may"
    conditional_only: bool = False  # the record says it only on a condition
    asked_only: bool = False  # the record asks it (an interviewer's question)
    preference_reversed: tuple[str, str] | None = None  # the claim's (preferred, set aside), reversed
    denies_unsaid: bool = False  # the claim denies what the record, which denies nothing, does not speak of
    doubts_certain: str | None = None  # the claim doubts ("doubtful whether") what the record states for certain


def judge(claim: Reading, comparison: Comparison) -> Stance:
    view = comparison.view
    record = view.reading
    denial = None
    if comparison.flipped:
        word = comparison.flipped[0]
        denial = "claim" if word in {claim.lemma_at(i) for i in claim.denied} else "record"
    if denial == "record" and claim.doubts:
        denial = None  # "cast doubt on portraying the threat as escalating" against "no justification for portraying"
    if denial == "claim" and _no_longer(claim) and _held_once(view):
        denial = None  # "no longer seen as the only instrument" against "formerly seen as the key instrument, but ..."
    if denial is None and not claim.negated and _not_alone_said_alone(claim, view):
        denial = "record"  # "this was the first year that ..." against "it was not the first year that ..."
    opposite = comparison.antonyms[0] if comparison.antonyms and not denial else None
    denied_words = {claim.lemma_at(i) for i in claim.denied if i < len(claim.tokens)}
    if opposite and (
        opposite[0] in denied_words
        or view.denied.get(opposite[1], False)
        or _also_said(comparison, opposite)
        or _one_of_a_choice(comparison, opposite[1])
    ):
        opposite = None  # "did not reject" where the record says "adopted": no contradiction
    attached = False
    if opposite is None and not denial and not claim.negated:
        opposite = _opposite_attached(claim, comparison)
        attached = opposite is not None
    if opposite is None and not denial and not claim.negated:
        opposite = _opposite_direction(claim, comparison.view)
    hedged = bool(record.hedges) and not claim.hedges and _within_hedge(comparison)
    conditional_only = record.conditional and not claim.conditional
    asked = view.focus is not None and view.focus.text.rstrip().endswith("?") and _is_outlet(view)
    certain = certain_of_more(claim, record, hedged, conditional_only and not asked)
    if certain is None and not (claim.hedges or claim.negated):
        certain = certain_of_what_can_be(claim, record, {w: r for w, how, r in comparison.words if how != "none"})
    if claim.hedges:  # the claim itself says "may": it asks no more than the record
        hedged = conditional_only = False
    elif claim.conditional:  # "if", "would": a condition, but what it says of it is said for certain
        conditional_only = False
    return Stance(
        denial=denial,
        opposite=opposite,
        attached=attached,
        possible_only=hedged,
        certain_of_possible=certain,
        conditional_only=conditional_only,
        asked_only=asked,
        preference_reversed=_reversed(claim, view),
        denies_unsaid=_denies_unsaid(claim, comparison),
        doubts_certain=doubts_what_is_certain(claim, view),
    )


def _not_alone_said_alone(claim: Reading, view: RecordView) -> bool:
    """True when the claim says "the first year" where the record says "not the first
    year": the record denies that it was the one alone (of the same noun)."""
    said = _alone_pairs(claim, negated=False)
    return bool(said) and any(said & _alone_pairs(reading, negated=True) for reading in view.readings)


def _alone_pairs(reading: Reading, negated: bool) -> set[tuple[str, str]]:
    """("first", "year") for each "first", "only" of a reading with the content word
    after it; those after "not (the)" when `negated`, the others when not."""
    words = [t.word for t in reading.tokens]
    found: set[tuple[str, str]] = set()
    for k, word in enumerate(words[:-1]):
        if word not in NOT_ALONE:
            continue
        denied = "not" in words[max(0, k - 2) : k] or "n't" in words[max(0, k - 2) : k]
        if denied == negated:
            found.add((word, reading.tokens[k + 1].lemma))
    return found


def _no_longer(claim: Reading) -> bool:
    tokens = claim.tokens
    return any(n + 1 < len(tokens) and tokens[n + 1].word == "longer" for n in claim.negations)


def _held_once(view: RecordView) -> bool:
    """True when the record says what it says held once, in the past only ("formerly")."""
    return any(t.word in PAST_ONLY for r in (view.reading, view.focus) if r is not None for t in r.tokens)


def _denies_unsaid(claim: Reading, comparison: Comparison) -> bool:
    """True when the claim denies something the record does not speak of: the first
    word a negation denies is not the record's, nor a close relative of one, and the
    record denies none of what the claim denies (a record that denies it too says it
    its own way: "does not aim" for "doesn't seek"; one that "avoids rhetoric" while
    it "remains vigilant" denies no vigilance)."""
    denied_there = {
        r.lemma_at(j) for r in (comparison.view.reading, comparison.view.focus) if r is not None for j in r.denied
    }
    matched = list(zip(claim.content, comparison.words))
    if denied_there & {word for i, (_, how, word) in matched if i in claim.denied and how != "none"}:
        return False  # both deny the one thing, each its way ("does not aim" for "doesn't seek")
    for i, (_, how, word) in matched:
        span = range(i, i + len(claim.phrases[i].split())) if i in claim.phrases else (i,)
        if claim.denied_heads.intersection(span) and (
            how in ("related", "none") or named_only(claim, i, word, comparison.view)
        ):
            return True  # (a phrase's head too: "stopped paying attention" denies "attention")
    return False


def _within_hedge(comparison: Comparison) -> bool:
    """True when what the claim and the record share stands, half of it at least,
    in the record's hedged clause: "NATO's actions are subject to monitoring ...,
    with the CSTO watching developments that might affect stability" hedges only
    what might affect stability, not the monitoring."""
    record = comparison.view.reading
    where = _where(record)
    shared = [where[word] for _, how, word in comparison.words if how != "none" and word in where]
    if not shared:
        return True
    inside = sum(1 for places in shared if all(i in record.hedged for i in places))
    return inside * 2 >= len(shared)


# How far on a verb's object may stand: "suspended its obligations".
_OBJECT_WITHIN = 3


def _opposite_attached(claim: Reading, comparison: Comparison) -> tuple[str, str] | None:
    """The claim's verb and its object, where the record has the verb too but of
    something else, and its opposite of the object: "the CSTO suspended its
    obligations" against "despite Armenia's suspended participation, the CSTO
    maintains its obligations"."""
    record = comparison.view.focus or comparison.view.reading
    if record.conditional:
        return None  # "if funds run short, the CSTO will decrease ...": not said for certain
    where = _where(record)
    content = claim.content
    for i, following in pairwise(content):
        verb, thing = claim.lemma_at(i), claim.lemma_at(following)
        entry = lexicon.entry(verb)
        if entry is None or following - i > _OBJECT_WITHIN or verb not in where or thing not in where:
            continue
        near_verb = min(abs(a - b) for a in where[verb] for b in where[thing])
        for opposite in sorted(entry.antonyms & where.keys()):
            # "the CSTO may decrease", "did not weaken": not said for certain
            said = [a for a in where[opposite] if a not in record.denied and a not in record.hedged]
            if said and min(abs(a - b) for a in said for b in where[thing]) < near_verb:
                return verb, opposite
    return None


_TOWARDS = frozenset({"toward", "towards"})
_DIRECTION_WITHIN = 4  # words from the direction to the thing it heads for: "towards a stricter bloc"


def _opposite_direction(claim: Reading, view: RecordView) -> tuple[str, str] | None:
    """ "moving towards a stricter bloc mentality" against "move away from the bloc
    mentality" (and the other way about): one thing, headed for and left."""
    record = view.focus or view.reading
    if record.negated:
        return None  # "not moving away from": no direction said
    for towards, words in ((True, ("towards", "away from")), (False, ("away from", "towards"))):
        if _headed(claim, towards) & _headed(record, not towards):
            return words
    return None


def _headed(reading: Reading, towards: bool) -> set[str]:
    """The lemmas of what a reading heads towards (`towards`) or moves away from."""
    tokens = reading.tokens
    found: set[str] = set()
    for i, token in enumerate(tokens):
        cue = token.word in _TOWARDS if towards else (token.word == "away" and next_word(tokens, i) == "from")
        start = i + (1 if towards else 2)
        if cue and start < len(tokens) and not tokens[start].word.endswith("ing"):
            # (not "towards abandoning a bloc mentality": an act headed for, of leaving it)
            found |= {
                reading.lemma_at(j)
                for j in range(start, min(len(tokens), start + _DIRECTION_WITHIN))
                if j in reading.content
            }
    return found


def _where(reading: Reading) -> dict[str, list[int]]:
    """Each lemma of a reading (a phrase's, and each word's own) -> the token indexes it stands at."""
    where: dict[str, list[int]] = {}
    for i, token in enumerate(reading.tokens):
        where.setdefault(reading.lemma_at(i), []).append(i)
        if token.lemma != reading.lemma_at(i):
            where.setdefault(token.lemma, []).append(i)
    return where


def _also_said(comparison: Comparison, opposite: tuple[str, str]) -> bool:
    """True when the record has the claim's word itself too ("high" beside "low"): then
    the opposite may qualify something else."""
    return opposite[0] in comparison.view.lemmas


def _one_of_a_choice(comparison: Comparison, opposite: str) -> bool:
    """True when the record's opposite word is one side of a choice it puts ("Yerevan's
    choice to remain within the CSTO or leave the organization"): it states neither side."""
    tokens = comparison.view.reading.tokens
    return any(
        token.lemma == opposite and "or" in {t.word for t in tokens[max(0, k - 4) : k]}
        for k, token in enumerate(tokens)
    )


def _is_outlet(view) -> bool:
    speaker = view.record.speaker
    return bool(speaker) and any(e.name == speaker and e.type == "outlet" for e in view.entities)


def _reversed(claim: Reading, view: RecordView) -> tuple[str, str] | None:
    if claim.preferred is None:
        return None  # (before the evidence is read: most claims prefer nothing)
    # The source's own sentence says best which it prefers; the record's words when it has none.
    focus = view.context
    theirs = (focus.preferred if focus is not None else None) or view.reading.preferred
    if theirs is None:
        return None
    # a word on both sides ("security" assessments over security postures) says neither
    mine_first, mine_second = claim.preferred[0] - claim.preferred[1], claim.preferred[1] - claim.preferred[0]
    their_first, their_second = theirs[0] - theirs[1], theirs[1] - theirs[0]
    if _meets(mine_first, their_second) and _meets(mine_second, their_first):
        # shown by the words the two sides share: "inflame, tension", not "call, tokayev" too
        preferred = sorted(w for w in mine_first if kin(w, their_second))
        set_aside = sorted(w for w in mine_second if kin(w, their_first))
        return (", ".join(preferred), ", ".join(set_aside))
    return None


def _meets(words: set[str], others: set[str]) -> bool:
    return any(kin(word, others) for word in words)
