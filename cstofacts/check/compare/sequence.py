"""Stage 3, sequence: the order a claim gives two people's words, against a record
that tells one person's words as earlier than the report its source is of ("Earlier,
Sergei Aleynik ... stressed that ...", in TASS's report of Tokayev's remarks); and the
order a claim gives two places ("visited Tajikistan before Kyrgyzstan"), which a
record naming both in a list ("visits to Kyrgyzstan and Tajikistan") does not give."""

from __future__ import annotations

from cstofacts import lexicon
from cstofacts.check.find.views import RecordView
from cstofacts.check.read.names import Mention
from cstofacts.check.read.order import AFTER, BEFORE
from cstofacts.check.read.reading import Reading
from cstofacts.check.slot import ABSENT, CONFLICT, MATCH, Slot
from cstofacts.check.termsets import VERBS_OF_BEING
from cstofacts.check.words import past_form

# The word that opens a record telling what its speaker said before the source's news.
EARLIER = "earlier"


# Words that put one place after another ("before Kyrgyzstan", "and only then to Kyrgyzstan"),
# and those with which a record may tell an order of its own.
_ORDERING = BEFORE | AFTER | {"then"}
_ORDERED_IN_THE_RECORD = _ORDERING | {"later", EARLIER}
_PLACES = frozenset({"state", "place"})


def sequence_slots(claim: Reading, view: RecordView) -> list[Slot]:
    ordered = places_in_order(claim) if len(claim.dates) < 2 else ""  # (two dates: the dates order them)
    if ordered and not any(t.word in _ORDERED_IN_THE_RECORD for t in view.reading.tokens):
        return [Slot("sequence", ABSENT, ordered)]  # which came first, the record's list does not say
    order = claim.order
    teller = view.record.speaker
    tokens = view.reading.tokens
    if order is None or not teller or not tokens or tokens[0].word != EARLIER:
        return []
    if teller not in order or _other(order, teller) not in view.source_people:
        return []  # the claim's other person is no one the record's source reports
    told = f"{teller}'s words before {_other(order, teller)}'s"
    if teller != order.first:
        return [Slot("sequence", CONFLICT, order.describe(), told)]
    # "Earlier, Aleynik ...": before, but not how long before ("a week before Tokayev spoke")
    return [Slot("sequence", MATCH if claim.interval is None else ABSENT, order.describe(), told)]


def _other(order: tuple[str, str], name: str) -> str:
    return order[1] if order[0] == name else order[0]


def places_in_order(claim: Reading) -> str:
    """ "Tajikistan before Kyrgyzstan": two places the claim puts in order, a word of
    order (two words at most) before the second; "" for none."""
    places = [m for m in claim.mentions if m.entity.type in _PLACES and m.start >= 0]
    for second in places:
        cue = next((j for j in range(max(0, second.start - 2), second.start) if claim.tokens[j].word in _ORDERING), -1)
        first = next((m for m in places if 0 <= m.end <= cue and _apart(m, second)), None)
        if first is not None and not _opens_a_clause(claim, second.end):
            return f"{first.entity.name} {claim.tokens[cue].word} {second.entity.name}"
    return ""


def _apart(one: Mention, other: Mention) -> bool:
    """Two places of two countries (Yerevan is Armenia's)."""
    return lexicon.country(one.entity.name.lower()) != lexicon.country(other.entity.name.lower())


def _opens_a_clause(claim: Reading, at: int) -> bool:
    """ "after Armenia suspended its participation": the place is a clause's subject, and
    the clause is the point in time, not a place visited."""
    return at < len(claim.tokens) and (past_form(claim.tokens[at]) or claim.tokens[at].word in VERBS_OF_BEING)
