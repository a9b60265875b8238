"""Stage 3, sequence: the order a claim gives two people's words, against a record
that tells one person's words as earlier than the report its source is of ("Earlier,
Sergei Aleynik ... stressed that ...", in TASS's report of Tokayev's remarks)."""

from __future__ import annotations

from cstofacts.check.find.views import RecordView
from cstofacts.check.read.reading import Reading
from cstofacts.check.slot import ABSENT, CONFLICT, MATCH, Slot

# The word that opens a record telling what its speaker said before the source's news.
EARLIER = "earlier"


def sequence_slots(claim: Reading, view: RecordView) -> list[Slot]:
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
