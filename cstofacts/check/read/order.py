"""Stage 1: the order a claim gives two people's words or acts in ("Aleynik's remarks
came before Tokayev's call", "Before Tokayev spoke, Aleynik had ...", "Aleynik spoke
only after Tokayev"). The other person's act is the claim's point in time, as a date
would be: its words are the order slot's, not content."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from cstofacts.check.termsets import CAUSE_BEFORE, MODALS, PREPOSITIONS
from cstofacts.check.words import next_word, past_verb

if TYPE_CHECKING:
    from cstofacts.check.read.names import Mention
    from cstofacts.check.read.reading import Reading

# Words that set one act before or after another: a preposition or conjunction
# ("before Tokayev spoke") names the later (or earlier) act after it; a verb
# ("preceded Tokayev's remarks") has the earlier act as its subject.
BEFORE = frozenset({"before", "prior"})
AFTER = frozenset({"after"})
PRECEDING_VERBS = frozenset(
    {"precede", "preceded", "precedes", "predate", "predated", "predates", "antedate", "antedated", "antedates"}
)
FOLLOWING_VERBS = frozenset({"follow", "followed", "follows", "postdate", "postdated", "postdates"})
# "Aleynik's remarks came before ...": the verb that only places an act in time.
PLACING_VERBS = frozenset({"come"})
_CLAUSE_MARKS = ",;:\u2014\u2013"
# The kinds of named thing that happen once, on a date a record gives.
OCCASION_TYPES = frozenset({"exercise", "meeting", "document"})


class Order(NamedTuple):
    first: str  # the person (or occasion) whose act came first
    then: str  # the one whose act came after it

    def describe(self) -> str:
        return f"{self.first}'s words before {self.then}'s"


def read_order(reading: Reading) -> set[int]:
    """Sets `reading.order` when the claim puts two people's acts in order, and
    returns the token indexes of the act that serves as its point in time."""
    people = [m for m in reading.mentions if m.entity.type == "person" and m.start >= 0]
    found = _ordered(reading, people)
    if found is None:
        return set()
    reading.order, point_in_time = found
    return point_in_time


def event_order(reading: Reading) -> Order | None:
    """The order a claim puts two dated occasions in ("Brothers-in-Arms – 2023 took place
    after the Enduring Brotherhood exercise"): exercises of a year, meetings, documents."""
    occasions = [_placed(reading, m) for m in reading.mentions if m.entity.type in OCCASION_TYPES]
    found = _ordered(reading, [m for m in occasions if m.start >= 0])
    return found[0] if found is not None else None


def _placed(reading: Reading, mention: Mention) -> Mention:
    """A name given in part ("the roadmap", "its resolution on cooperation"), placed at
    the first word of it the claim writes."""
    if mention.start >= 0:
        return mention
    own = {w.casefold() for w in mention.entity.name.split()}
    at = next((i for i, t in enumerate(reading.tokens) if not t.function and t.word in own and not t.capitalised), -1)
    return mention._replace(start=at, end=at + 1)


def _ordered(reading: Reading, mentions: list[Mention]) -> tuple[Order, set[int]] | None:
    """The order the claim gives the acts of two of `mentions`, and the tokens of the
    one that serves as the other's point in time."""
    tokens = reading.tokens
    if len({m.entity.name for m in mentions}) != 2:
        return None
    for cue, token in enumerate(tokens):
        word = token.word
        if cue + 1 < len(tokens) and tokens[cue + 1].word == "up":
            continue  # "followed up by saying": more of the same, not an order
        if word in BEFORE or word in AFTER or (word in ("earlier", "later") and next_word(tokens, cue) == "than"):
            end = _clause_end(reading, cue)
            inside = [m for m in mentions if cue < m.start < end]
            outside = [m for m in mentions if not cue < m.start < end]
            if not inside or not outside or {m.entity.name for m in inside} & {m.entity.name for m in outside}:
                continue
            named, other = inside[0].entity.name, outside[0].entity.name
            earlier_cue = word in BEFORE or word == "earlier"
            order = Order(other, named) if earlier_cue else Order(named, other)
            placing = cue > 0 and tokens[cue - 1].lemma in PLACING_VERBS
            return order, set(range(cue - placing, end))
        if word in PRECEDING_VERBS or word in FOLLOWING_VERBS:
            passive = next_word(tokens, cue) == "by"
            before = [m for m in mentions if m.end <= cue]
            after = [m for m in mentions if m.start > cue]
            if not before or not after or before[0].entity.name == after[0].entity.name:
                continue
            subject, obj = before[0].entity.name, after[0].entity.name
            subject_first = (word in PRECEDING_VERBS) != passive
            order = Order(subject, obj) if subject_first else Order(obj, subject)
            return order, set(range(cue, _clause_end(reading, cue)))
    return None


# Words that open a clause of another act than the claim's own ("only after the
# Security Council had discussed the matter in July 2024").
_OTHER_ACT = BEFORE | AFTER | PRECEDING_VERBS | FOLLOWING_VERBS | {"since", "until"}
# Those that put the claim's own act after the other one.
LATER_THAN = AFTER | FOLLOWING_VERBS | {"since", "by"}


def other_acts(reading: Reading) -> dict[str, list[int]]:
    """Each date the claim gives inside a clause of another act: the date's words ->
    the token indexes of that clause from its cue ("after", "before", "followed") on,
    whose words say which act the date is of."""
    found = {}
    for clause in other_act_clauses(reading):
        start, end = reading.tokens[clause[0]].end, reading.tokens[clause[-1]].end
        for value in reading.dates:
            at = reading.text.find(value.text, start)
            if 0 <= at < end:
                found[value.text] = clause
    return found


def other_act_clauses(reading: Reading) -> list[list[int]]:
    """The token indexes of each clause of another act than the claim's own, its cue first."""
    tokens = reading.tokens
    return [
        list(range(cue, _clause_end(reading, cue)))
        for cue, t in enumerate(tokens)
        if (t.word in _OTHER_ACT or _caused_by(tokens, cue))
        and not (t.word in PRECEDING_VERBS | FOLLOWING_VERBS and next_word(tokens, cue) in PREPOSITIONS)
    ]  # (not "followed in Belarus in August": no other act, only the claim's own, later)


def _caused_by(tokens: list, at: int) -> bool:
    """ "prompted by the Security Council discussion in July 2024": the agent of a verb
    of causing is an act of its own, before the claim's."""
    return tokens[at].word == "by" and at > 0 and tokens[at - 1].lemma in CAUSE_BEFORE


def _clause_end(reading: Reading, cue: int) -> int:
    """The token after the last of the cue's clause: up to a comma or a dash, or the
    "that" of what was said ("said after Tokayev's speech that ...")."""
    tokens, text = reading.tokens, reading.text
    end = cue + 1
    while (
        end < len(tokens)
        and not (tokens[end].word == "that" and not _relative(tokens, end))
        and not any(mark in text[tokens[end - 1].end : tokens[end].start] for mark in _CLAUSE_MARKS)
    ):
        end += 1
    return end


def _relative(tokens: list, that: int) -> bool:
    """ "after consultations that had begun in 2024": a "that" a verb follows tells of the
    noun before it, inside the clause (not "said after the speech that the CSTO ...")."""
    after = tokens[that + 1] if that + 1 < len(tokens) else None
    return after is not None and (after.lemma in ("be", "have") or after.word in MODALS or past_verb(after))
