"""What a thing is on: "cooperation with the UN on climate change", where the source's
cooperation is "on peacekeeping and counter-terrorism". A thing the record names with
what it is on, given another subject the record does not have at all, is another
thing than the record's. A rule of stage 5 (rules.RULES: "another-topic")."""

from __future__ import annotations

from cstofacts.check.compare.slots import CONFLICT, Comparison
from cstofacts.check.decide.context import REFUTED, Context, Outcome
from cstofacts.check.read.reading import Reading
from cstofacts.check.termsets import PREPOSITIONS, VERBS_OF_BEING

_ON = frozenset({"on"})  # "cooperation on", "a resolution on", "talks on"
_HEAD_WITHIN = 4  # words between the thing and its "on": "cooperation with the UN on"
_HELD = frozenset({"same", "synonym", "derived"})


def another_topic(ctx: Context) -> Outcome | None:
    claim = ctx.claim
    if not claim.states_outright:
        return None
    for comparison in ctx.about_it[:3]:
        if comparison.slot(CONFLICT) or len(comparison.words) != len(claim.content):
            continue
        how = {i: h for i, (_, h, _) in zip(claim.content, comparison.words, strict=True)}
        for on in (i for i, t in enumerate(claim.tokens) if t.word in _ON):
            head = _head(claim, on, how)
            topic, end = _topic(claim, on)
            if head is None or not topic or any(how.get(j) != "none" for j in topic):
                continue  # the claim's topic must be none of the record's words at all
            if any(claim.tokens[j].word.endswith("ing") for j in topic):
                continue  # "a resolution on working with the CSTO": an act, which may be the record's in other words
            theirs = _record_topic(comparison, claim.lemma_at(head))
            if theirs:
                mine = claim.text[claim.tokens[on + 1].start : claim.tokens[end - 1].end]
                return Outcome(
                    REFUTED,
                    f"the source says {claim.tokens[head].raw} on {theirs}, not on {mine}",
                    (comparison.record,),
                )
    return None


def _head(claim: Reading, on: int, how: dict[int, str]) -> int | None:
    """The thing the "on" is said of: the nearest content word before it, the record's too."""
    for j in range(on - 1, max(-1, on - 1 - _HEAD_WITHIN), -1):
        if j in how:
            return j if how[j] in _HELD and not claim.tokens[j].capitalised else None
    return None


def _topic(claim: Reading, on: int) -> tuple[list[int], int]:
    """The content words after "on", to the phrase's end (a mark, another preposition),
    and where it ends."""
    found = []
    end = on + 1
    while end < len(claim.tokens):
        token = claim.tokens[end]
        if token.word in PREPOSITIONS or claim.text[claim.tokens[end - 1].end : token.start].strip():
            break
        if end in claim.content:
            found.append(end)
        end += 1
    return found, end


def _record_topic(comparison: Comparison, head: str) -> str:
    """What the record says the same thing is on, as it writes it; "" for none."""
    for reading in comparison.view.readings:
        tokens = reading.tokens
        for at, token in enumerate(tokens):
            if token.lemma != head:
                continue
            on = next(
                (k for k in range(at + 1, min(len(tokens), at + 1 + _HEAD_WITHIN)) if tokens[k].word in _ON), None
            )
            if on is None or on + 1 >= len(tokens):
                continue
            end = on + 1
            while (
                end < len(tokens)
                and not reading.text[tokens[end - 1].end : tokens[end].start].strip(" ")
                and tokens[end].word not in PREPOSITIONS | VERBS_OF_BEING
            ):
                end += 1  # to a mark, a preposition or a verb: "on peacekeeping and counter-terrorism was ..."
            return reading.text[tokens[on + 1].start : tokens[end - 1].end]
    return ""
