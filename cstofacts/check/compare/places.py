"""Stage 3, places: where the claim says an act took place, and who it says chaired
or hosted it, against the record's place and chair (a city of the country the
record names is no conflict: which city, the record does not say)."""

from __future__ import annotations

from cstofacts import lexicon
from cstofacts.check.find.views import RecordView
from cstofacts.check.read.reading import Reading
from cstofacts.check.slot import ABSENT, CONFLICT, MATCH, Slot
from cstofacts.check.termsets import HOST_WORDS


def _country(name: str) -> str:
    folded = name.lower()
    return lexicon.country(folded) or folded


def place_slots(claim: Reading, view: RecordView) -> list[Slot]:
    slots = []
    recorded = view.record.place
    for entity in claim.places:
        name = entity.name
        if recorded is None:
            placed = {e.name for r in (view.reading, view.focus) if r is not None for e in r.places}
            slots.append(Slot("place", MATCH if name in placed else ABSENT, name))
            continue
        if (
            name == recorded
            or _country(recorded) == name.lower()
            or (_country(recorded) == _country(name) and entity.type == "state")
        ):
            slots.append(Slot("place", MATCH, name, recorded))
        elif entity.type == "state" and name in {e.name for e in view.entities}:
            slots.append(Slot("place", MATCH, name, recorded))  # "in Kyrgyzstan": a participant's land
        elif entity.type != "state" and _country(name) == recorded.lower():
            # "in Minsk" where the source says Belarus: which city, it does not say
            slots.append(Slot("place", ABSENT, name, recorded))
        else:
            slots.append(Slot("place", CONFLICT, name, recorded))
    if any(s.status == MATCH for s in slots) or (recorded and recorded in {e.name for e in claim.entities}):
        # the event's place agrees; another place is of what it was about ("a statement on Afghanistan")
        slots = [s if s.status == MATCH else Slot("place", ABSENT, s.claimed) for s in slots]
    return slots


def chair_slots(claim: Reading, view: RecordView) -> list[Slot]:
    claimed = claim.chair
    if claimed is None:
        return []
    recorded = view.reading.chair or (view.focus.chair if view.focus is not None else None)
    if claim.hosted and (recorded is None or recorded.lower() != claimed.lower()):
        # A state that hosted an event is where it took place.
        placed = [e.name for r in (view.reading, view.focus) if r is not None for e in r.places]
        placed += [view.record.place] if view.record.place else []
        if placed:
            fits = any(p == claimed or _country(p) == claimed.lower() for p in placed)
            if not fits and any(_country(claimed) == p.lower() for p in placed):
                return [Slot("place", ABSENT, claimed)]  # a city of the country the source names
            return [Slot("place", MATCH if fits else CONFLICT, claimed, placed[0])]
        if _country(claimed) != claimed.lower():
            return [Slot("place", ABSENT, claimed)]  # a city hosted: no chair of the source's to compare
    if recorded is None or claimed not in {e.name for e in claim.entities}:
        return [Slot("chair", ABSENT, claimed)]  # (one who chaired in person: no state's chairmanship gives)
    return [Slot("chair", MATCH if recorded == claimed else CONFLICT, claimed, recorded)]


def denied_host(claim: Reading, slots: list[Slot]) -> str | None:
    """ "Belarus did not host a CSTO exercise in 2023", where the record holds it there:
    the host word the claim denies ("did not play host"), when the place agrees with the
    record's."""
    if not claim.hosted or not any(s.name in ("place", "chair") and s.status == MATCH for s in slots):
        return None
    return next((claim.lemma_at(h) for h in sorted(claim.denied) if claim.lemma_at(h) in HOST_WORDS), None)
