"""A claim that sets one thing aside for another ("in Central Asia rather than in
Eastern Europe", "It was Aleynik, not Tokayev, who warned"): where the record
about the rest says the thing set aside, and nothing of the claim's own, the
claim put its thing in the source's place."""

from __future__ import annotations

from typing import NamedTuple

from cstofacts.check.compare.slots import Comparison
from cstofacts.check.decide.context import REFUTED, SAME_ACT, Context, Outcome, coverage_but, missing_names_among
from cstofacts.check.find.views import RecordView
from cstofacts.check.lexical import kin
from cstofacts.check.read.names import GENERIC_ENTITIES
from cstofacts.check.read.reading import Reading
from cstofacts.check.words import gap, positions

# The cues that set aside what follows them for what stands before.
SETTING_ASIDE = (("rather", "than"), ("instead", "of"), ("in", "place", "of"))
_BREAKS = ",;:.()\u2014"
MAX_SIDE = 8  # words of one side, at most: an alternative is a phrase, not a clause


class Alternatives(NamedTuple):
    chosen: list[int]  # token indexes of the claim's own thing's words
    set_aside: list[int]  # and of the thing it sets aside


def alternatives(claim: Reading) -> Alternatives | None:
    """The claim's chosen and set-aside things, content words only, or None."""
    words = [t.word for t in claim.tokens]
    for cue in SETTING_ASIDE:
        for at in positions(words, cue):
            return _sides(claim, at, at + len(cue))
    for at, token in enumerate(claim.tokens):
        if at and token.word == "not" and gap(claim, at - 1, at).strip() == ",":
            return _sides(claim, at, at + 1)  # "Aleynik, not Tokayev, warned"
    return None


def _content(claim: Reading, indexes: range) -> list[int]:
    return [i for i in indexes if not claim.tokens[i].function]


def _sides(claim: Reading, start: int, end: int) -> Alternatives | None:
    tokens = claim.tokens
    last = end
    while last < len(tokens) and last - end < MAX_SIDE and (last == end or not _breaks(claim, last - 1, last)):
        last += 1
    set_aside = _content(claim, range(end, last))
    if not set_aside:
        return None
    # as many words of content before the cue as after it: "by Sputnik rather than by TASS"
    first = start
    while (
        first > 0
        and (first == start or not _breaks(claim, first - 1, first))  # "Aleynik, not Tokayev": past the comma
        and len(_content(claim, range(first, start))) < len(set_aside)
    ):
        first -= 1
    chosen = _content(claim, range(first, start))
    return Alternatives(chosen, set_aside) if chosen else None


def _breaks(claim: Reading, left: int, right: int) -> bool:
    """True when a mark parts two words, outside a name ("the "Allies. CSTO" portal")."""
    if any(m.start <= left and right < m.end for m in claim.mentions):
        return False
    return any(mark in gap(claim, left, right) for mark in _BREAKS)


def _held(lemma: str, view: RecordView, names: set[str]) -> bool:
    """True when the record says the word, or a word derived from it ("Europe", "European")."""
    return lemma in names or kin(lemma, view.lemmas)


def said_instead(ctx: Context) -> Outcome | None:
    claim = ctx.claim
    found = alternatives(claim)
    if found is None:
        return None
    chosen = {claim.lemma_at(i) for i in found.chosen}
    aside = {claim.lemma_at(i) for i in found.set_aside}
    generic = {name.lower() for name in GENERIC_ENTITIES}  # the CSTO, which every record is about, tells neither apart
    own, theirs = chosen - aside - generic, aside - chosen - generic
    # what tells the claim's thing apart: its names, when it has any ("published in the Izvestia newspaper")
    named = {claim.lemma_at(i) for i in found.chosen if claim.tokens[i].capitalised} & own
    own = named or own
    if not own or not theirs:
        return None
    for comparison in ctx.comparisons[:5]:
        view = comparison.view
        names = _names_held(comparison)
        if view.reading.preferred is not None or (view.focus is not None and view.focus.preferred is not None):
            continue  # the record weighs the two itself: reversed-preference reads it
        if not all(_held(word, view, names) for word in theirs) or any(_held(word, view, names) for word in own):
            continue
        if not _about_the_rest(comparison, own | theirs):
            continue
        said = " ".join(claim.tokens[i].raw for i in found.set_aside)
        mine = " ".join(claim.tokens[i].raw for i in found.chosen)
        return Outcome(REFUTED, f'the source says "{said}", not "{mine}"', (comparison.record,))
    return None


def _names_held(comparison: Comparison) -> set[str]:
    """The lemmas of the names the record gives, in its words, its fields and its source."""
    source = comparison.record.source
    named = set(comparison.view.names) | source.outlets
    return {word.lower() for name in named for word in name.split()}


# The rest of a claim that sets one thing aside for another is short ("was published"):
# of it, the record must hold this share.
REST_COVERAGE = SAME_ACT / 2


def _about_the_rest(comparison: Comparison, sides: set[str]) -> bool:
    """True when, the two things aside, the record holds what the claim says of them,
    and names all it names but the claim's own thing ("Aleynik, not Tokayev")."""
    return missing_names_among(comparison, sides) and coverage_but(comparison, *sides) >= REST_COVERAGE
