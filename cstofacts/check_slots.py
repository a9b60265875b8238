"""Comparing a claim with one record, slot by slot (dates, places, numbers, participants, roles), into an Assessment."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from cstofacts.check_records import Entry, RecordIndex
from cstofacts.check_stance import (
    avoided_act,
    hedged_terms,
    modal,
    other_speaker,
    preference_reversed,
    qualifiers,
    reversed_parties,
    swapped_names,
)
from cstofacts.claim_gazetteer import (
    COUNTRIES,
    country_of,
    qualifier,
    role_title,
    title,
)
from cstofacts.claim_names import GENERIC_ENTITIES
from cstofacts.claim_read import Claim, located_at
from cstofacts.claim_words import (
    NEGATIONS,
    canonical,
    chair_at,
    clause_at,
    name_tokens,
    periods_in,
    positions,
    term_set,
    terms,
    tokens,
)
from cstofacts.dates import DateValue, find_dates, parse_iso, record_bounds
from cstofacts.models import Entity, Record
from cstofacts.text import STOP_WORDS

# Between a subject and what a record says it is: "X is ...", "X, a ...", "X as ...".
COPULAS = frozenset({"is", "are", "was", "were"})
_PREDICATE_LINKS = frozenset({"is", "are", "was", "were", "as", "remains", "remained", "became", "becomes", "a", "an"})
# What a name the claim gives weighs in its coverage, against each content word's idf.
NAME_WEIGHT = 2.0


@dataclass
class Slot:
    kind: str  # date, place, number, participants, role
    status: str  # match, contradict, unknown
    claimed: str
    source: str = ""


@dataclass
class Assessment:
    record: Record
    coverage: float  # the idf-weighted share of the claim's words and names the record gives
    slots: list[Slot]
    polarity_ok: bool
    missing: list[str]
    missing_names: list[str] = field(default_factory=list)
    role_stated: int = 0
    bound: bool = True  # the record relates the claim's participants as the claim does
    denies: bool = False  # the record negates what the claim states
    occasion: bool = False  # the record is about the one occasion the claim calls by a definite name
    # (claim term, the record's opposite of it): "low" where the record says "high"
    opposed: list[tuple[str, str]] = field(default_factory=list)
    torn: bool = False  # the record gives a claim term and its opposite too: it supports nothing
    hedged: list[str] = field(default_factory=list)  # claim terms the record gives only as an impression
    # (a name the claim gives that no record does, what the record gives in its place):
    # "NATO Secretary General Mark Rutte" where the record has "... Jens Stoltenberg"
    swapped: list[tuple[str, str]] = field(default_factory=list)
    unqualified: list[str] = field(default_factory=list)  # qualifiers of the claim the record gives neither way
    possible: bool = False  # the record says it only as a possibility or a question; the claim as so
    said_by: str | None = None  # the record's speaker, when the claim gives the words to another
    avoided: str | None = None  # a claim term the record says to avoid ("avoid framing"), as the record words it
    preferred: tuple[str, str] | None = None  # the record prefers the other way round: (its first, its second)
    reversed: str | None = None  # the record's words where it has the two parties the other way round
    claimed_speaker: str | None = None  # who the claim says spoke ("X said")

    def status(self, status: str) -> list[Slot]:
        return [s for s in self.slots if s.status == status]


def listing(names: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C"; "nothing" for none."""
    names = list(names)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else "nothing"


def assess(claim: Claim, entry: Entry, index: RecordIndex) -> Assessment:
    """How far one record states the claim, and how each slot the claim gives compares."""
    record = entry.record
    required = list(dict.fromkeys(m.entity.name for m in claim.mentions if m.entity.name not in GENERIC_ENTITIES))
    coverage, missing = _coverage(claim, entry, required, index)
    polarity_ok = claim.negated == entry.negative
    text_terms = term_set(record.text)
    role_stated = sum(term_set(entity.role or "", content_only=True) <= text_terms for entity, _, _ in claim.roles)
    missing_names = [n for n in required if n not in entry.mentioned]
    unknown = [(words, shown) for words, shown in claim.names if not index.names_it(entry, words)]
    missing_names += [shown for _, shown in unknown]
    bound = claim.clauses or _bound(claim, entry, index)
    denies = not claim.negated and not polarity_ok and _denies(claim, entry.said)
    slots = _slots(claim, entry, index)
    occasion = any(index.one_occasion(entry, phrase) for phrase in claim.occasions)
    opposed, torn, unqualified = qualifiers(claim, entry)
    # As the record writes it ("maintained", not the term "maintain").
    opposed = [(t, next((w for w in entry.words if canonical(w) == o), o)) for t, o in opposed]
    # The record speaks of the very property the claim gives, with the opposite
    # value, or counts what the claim counts ("six member states" for seven):
    # it covers the claim as far as any record could.
    said = {t for t, _ in opposed}
    counted = {noun for _, noun in claim.numbers} & {noun for _, noun, _ in index.numbers_of(entry)}
    said |= {t for noun in counted for t in term_set(noun)}
    if said:
        missing = [t for t in missing if t not in said]
        coverage, _ = _coverage(claim, entry, required, index, also=said)
    return Assessment(
        record, coverage, slots, polarity_ok, missing, missing_names, role_stated, bound, denies, occasion,
        opposed=opposed,
        torn=torn,
        hedged=hedged_terms(claim, entry),
        swapped=swapped_names(claim, entry, index, unknown),
        unqualified=unqualified,
        possible=modal(entry.words, record.text) and not modal(claim.words, claim.text),
        said_by=other_speaker(claim, record),
        avoided=avoided_act(claim, entry),
        preferred=preference_reversed(claim, entry),
        reversed=reversed_parties(claim, entry, index),
        claimed_speaker=claim.speaker.name if claim.speaker else None,
    )


def _coverage(claim: Claim, entry: Entry, required: list[str], index: RecordIndex,
              also: set[str] = frozenset()) -> tuple[float, list[str]]:
    """The weighted share of the claim the record gives (counting the terms `also`
    as given), and the terms and names it lacks."""
    given = entry.terms | also
    missing = [t for t in claim.content if t not in given] + [n for n in required if n not in entry.mentioned]
    if not claim.content and not required:
        return 1.0, missing
    weight = sum(index.idf(t) for t in claim.content) + len(required) * NAME_WEIGHT
    lost = sum(index.idf(t) for t in claim.content if t not in given)
    lost += NAME_WEIGHT * sum(n not in entry.mentioned for n in required)
    return 1 - lost / weight, missing


def _slots(claim: Claim, entry: Entry, index: RecordIndex) -> list[Slot]:
    record = entry.record
    slots = [_date_slot(claim, d, record) for d in claim.dates]
    slots += [_period_slot(p, entry) for p in claim.periods]
    slots += [_place_slot(p, p in claim.located, entry, index) for p in claim.places]
    slots += [_number_slot(n, noun, entry, index) for n, noun in claim.numbers]
    if claim.chair:
        slots.append(_chair_slot(claim, entry, index))
    if claim.states:
        slots.append(_state_slot(claim, record, slots, index))
    # A wrong role refutes before any record is assessed; a role that got here matches.
    slots += [Slot("role", "match", " ".join(role), entity.role or "") for entity, role, _ in claim.roles]
    matched = {s.kind for s in slots if s.status == "match"}
    # "signed in Beijing in 2025, two years after the Minsk meeting of 2023": one date
    # and place are the record's, the others another event's. Those neither refute nor
    # support.
    slots = [replace(s, status="unknown") if s.status == "contradict" and s.kind in matched else s for s in slots]
    if claim.negated:
        # "signed in 2025, not in 2024", "not in Minsk": a slot may be the very
        # thing the claim denies, so a negated claim is never refuted by one.
        slots = [replace(s, status="unknown") if s.status == "contradict" else s for s in slots]
    return slots


def _date_slot(claim: Claim, value: DateValue, record: Record) -> Slot:
    claimed = value.iso if value.year else value.text
    bounds = record_bounds(record.date, record.date_end)
    if bounds is None:
        return _undated_slot(value, claimed, record)
    said = record.date if not record.date_end else f"{record.date} to {record.date_end}"
    if value.year is None:
        return _yearless_slot(value, claimed, bounds, said)
    low, high = value.bounds()
    if high < bounds[0] or low > bounds[1]:
        # A yearly exercise named without its year: another year is another edition.
        if claim.recurring & set(record.entities) and value.year not in (bounds[0].year, bounds[1].year):
            return Slot("date", "unknown", claimed, f"{said} (another edition)")
        return Slot("date", "contradict", claimed, said)
    if low <= bounds[0] and bounds[1] <= high:
        return Slot("date", "match", claimed, said)
    if record.date_end and value.precision == parse_iso(record.date or "").precision:
        return Slot("date", "match", claimed, said)
    return Slot("date", "unknown", claimed, said)


def _period_slot(period: tuple[int, int], entry: Entry) -> Slot:
    """A span of years ("a plan for 2026-2030") against the spans the record gives
    in its words, or its own dates when they run from year to year."""
    claimed = f"{period[0]}-{period[1]}"
    record = entry.record
    given = periods_in(entry.words)
    if record.date and record.date_end and record.date[:4] < record.date_end[:4]:
        given.append((int(record.date[:4]), int(record.date_end[:4])))
    if period in given:
        return Slot("period", "match", claimed, claimed)
    if given:
        return Slot("period", "contradict", claimed, f"{given[0][0]}-{given[0][1]}")
    return Slot("period", "unknown", claimed)


def _undated_slot(value: DateValue, claimed: str, record: Record) -> Slot:
    """A record without a date may still give one in its text: a day and month
    ("on 20 April"), or a year that is what it speaks of ("2022 became a turning
    point")."""
    found_dates = find_dates(record.text)
    for found in found_dates:
        if found.year is None and value.month:
            if (found.month, found.day) != (value.month, value.day):
                return Slot("date", "contradict", claimed, found.text)
            return Slot("date", "unknown" if value.year else "match", claimed, found.text + " (no year)")
    given = [found for found in found_dates if found.year is not None]
    if value.year is None or not given:
        return Slot("date", "unknown", claimed)
    low, high = value.bounds()
    for found in given:
        first, last = found.bounds()
        if first <= low and high <= last:
            return Slot("date", "match", claimed, found.text)
    if all(found.precision == value.precision for found in given):
        return Slot("date", "contradict", claimed, given[0].text)
    return Slot("date", "unknown", claimed)


def _yearless_slot(value: DateValue, claimed: str, bounds: tuple[date, date], said: str) -> Slot:
    """A claimed day or month without a year, against a record's dates."""
    first, last = bounds
    if first.year != last.year or first.month != last.month:
        return Slot("date", "unknown", claimed, said)
    if value.month != first.month:
        return Slot("date", "contradict", claimed, said)
    if first == last:
        return Slot("date", "match" if value.day == first.day else "contradict", claimed, said)
    return Slot("date", "unknown", claimed, said)


def _place_slot(place: str, located: bool, entry: Entry, index: RecordIndex) -> Slot:
    label = place.title()
    record = entry.record
    if not record.place:
        names = [n for n in index.names_of(entry) if " ".join(name_tokens(n)) == place]
        if not names:
            return Slot("place", "unknown", label)
        # "met in Yerevan" needs a record that puts something in Yerevan, not one
        # that only names it ("Yerevan's desire"); a claim that names the place
        # as a party ("obligations to Yerevan") needs only the name.
        if located and not any(located_at(entry.words, i, i + len(written))
                               for written in map(name_tokens, names) for i in positions(entry.words, written)):
            return Slot("place", "unknown", label)
        return Slot("place", "match", label)
    source = " ".join(tokens(record.place))
    said = record.place
    if source == place:
        return Slot("place", "match", label, said)
    claim_country, source_country = country_of(place), country_of(source)
    if claim_country is None or source_country is None:
        return Slot("place", "unknown", label, said)
    if place in COUNTRIES and source_country == place:
        return Slot("place", "match", label, said)
    # Another state, or another city: a record placed in Almaty says it was not in Astana.
    if claim_country != source_country or (place not in COUNTRIES and source not in COUNTRIES):
        return Slot("place", "contradict", label, said)
    return Slot("place", "unknown", label, said)


def _number_slot(number: int, noun: str, entry: Entry, index: RecordIndex) -> Slot:
    said = [(n, words) for n, w, words in index.numbers_of(entry) if w == noun and noun]
    claimed = f"{number} {noun}"
    if not said:
        return Slot("number", "unknown", claimed)
    for n, words in said:
        if n == number:
            return Slot("number", "match", claimed, words)
    return Slot("number", "contradict", claimed, said[0][1])


def _chair_slot(claim: Claim, entry: Entry, index: RecordIndex) -> Slot:
    """Who chaired: "under the chairmanship of the Republic of Kazakhstan" against "under Belarus's chairmanship"."""
    claimed = listing([c.title() for c in claim.chair])
    words = tokens(entry.record.text)
    chairs = []
    for name in entry.mentioned:
        entity = index.by_name.get(name)
        if entity is None or entity.type != "state":
            continue
        for alias in entity.names:
            alias_words = tuple(tokens(alias))
            if any(chair_at(words, i, i + len(alias_words)) for i in positions(words, alias_words)):
                chairs.append(entity.name)
                break
    if not chairs:
        return Slot("chairmanship", "unknown", claimed)
    said = listing(chairs)
    if {" ".join(tokens(c)) for c in chairs} >= set(claim.chair):
        return Slot("chairmanship", "match", claimed, said)
    return Slot("chairmanship", "contradict", claimed, said)


def _state_slot(claim: Claim, record: Record, slots: list[Slot], index: RecordIndex) -> Slot:
    by_name = index.by_name
    record_states = [n for n in record.entities if (e := by_name.get(n)) and e.type == "state" and n != record.place]
    claimed = listing(claim.states)
    if all(s in record_states or s == record.place for s in claim.states):
        return Slot("participants", "match", claimed, listing(record_states) if record_states else "")
    if not record_states:  # the record names no state: it says nothing of who took part
        return Slot("participants", "unknown", claimed)
    # Only a record of one occasion, with a list of states, leaves the others out.
    pinned = claim.pinned or any(s.status == "match" for s in slots)
    if len(record_states) >= 2 and record.kind == "event" and pinned and set(claim.states) & set(record_states):
        return Slot("participants", "contradict", claimed, listing(record_states))
    return Slot("participants", "unknown", claimed, listing(record_states))


def role_differs(entity: Entity, role: tuple[str, ...], whose: str | None) -> bool:
    """True when the store gives `entity` another title, or the same title of another country or body."""
    if not entity.role:
        return False
    source_words = tuple(tokens(entity.role))
    source_qualifier = qualifier(source_words)
    if role not in {title(source_words), role_title(source_words)}:
        return True
    return bool(whose and source_qualifier and whose != source_qualifier)


def _bound(claim: Claim, entry: Entry, index: RecordIndex) -> bool:
    """False when the record names the claim's participants in clauses of their own.

    "The CSTO respects ... its member states that cooperate with NATO" does not
    relate the CSTO to NATO as "The CSTO is a NATO member" does.
    """
    record = entry.record
    participants = {m.entity.name: m.entity for m in claim.mentions} | {
        n: e for n in claim.states if (e := index.by_name.get(n))
    }
    participants.pop(record.speaker or "", None)
    if claim.copula and not _says_of(claim.copula, record, claim.labels):
        return False
    if len(participants) < 2:
        return True
    # A topic-wide name (the CSTO) is no required name, but a claim that
    # relates it to another needs a record about it, not about a body of it
    # ("the CSTO Secretariat ... NATO's main members").
    # (A record of one's own may name it in its words without listing it.)
    words = tokens(record.text)
    if any(n in GENERIC_ENTITIES and n not in entry.mentioned and not _name_positions(words, e, [])
           for n, e in participants.items()):
        return False
    longer = _longer_names(words, entry, participants, index)
    found = [at for at in (_name_positions(words, e, longer) for e in participants.values()) if at]
    boundaries = [i for i in range(len(words)) if clause_at(words, i)]
    return all(_same_clause(boundaries, first, second) for k, first in enumerate(found) for second in found[k + 1 :])


def _longer_names(words: list[str], entry: Entry, participants: dict[str, Entity], index: RecordIndex) -> list[tuple[int, int]]:
    """Word spans of the record's other entities' names: words inside them stand for those entities."""
    return [
        (i, i + len(name)) for n in entry.mentioned if (e := index.by_name.get(n)) and n not in participants
        for name in (tuple(tokens(x)) for x in e.names) for i in positions(words, name)
    ]


def _name_positions(words: list[str], entity: Entity, longer: list[tuple[int, int]]) -> list[int]:
    """Where the record names `entity`, except inside a longer name of another entity."""
    return [
        i for n in entity.names for name in [name_tokens(n)] for i in positions(words, name)
        if not any(lo <= i and i + len(name) <= hi and hi - lo > len(name) for lo, hi in longer)
    ]


def _same_clause(boundaries: list[int], first: list[int], second: list[int]) -> bool:
    """True when some mention of one name and some of the other have no clause opening between them."""
    return any(not any(min(a, b) < c < max(a, b) for c in boundaries) for a in first for b in second)


def _says_of(copula: tuple[Entity, list[str]], record: Record, labels: set[str] = frozenset()) -> bool:
    """True when the record says the predicate of the subject: "X is (a) ... member";
    for a label the claim quotes, also "X's "soft alliance"" (what X's trait is called)."""
    subject, said = copula
    words = tokens(record.text)
    record_terms = terms(words, keep_length=True)
    starts = [(i, len(name)) for n in subject.names for name in [name_tokens(n)] for i in positions(words, name)]
    for term in said:
        hits = [j for j, t in enumerate(record_terms) if t == term]
        if term in labels and any(words[i + size : i + size + 1] == ["s"] and j == i + size + 1 for i, size in starts for j in hits):
            continue
        if not any(
            i + size < j <= i + size + _reach(words, i + size, j) and set(words[i + size : j]) & _PREDICATE_LINKS
            and not any(clause_at(words, c) for c in range(i + size, j))
            for i, size in starts for j in hits
        ):
            return False
    return True


def _reach(words: list[str], after: int, j: int) -> int:
    """How far after the subject a predicate may stand: 8 words, or a sentence's
    length for the last of a list ("X is the director of ..., a Doctor of ... and a professor")."""
    listed = after < len(words) and words[after] in COPULAS and j >= 2 and words[j - 2 : j] in (["and", "a"], ["and", "an"])
    return 40 if listed else 8


def _denies(claim: Claim, words: Sequence[str]) -> bool:
    """True when the record's `words` put a negation right before one of the claim's words."""
    content = set(claim.content)
    for i, word in enumerate(words):
        if word not in NEGATIONS:
            continue
        following = [w for w in words[i + 1 : i + 4] if w not in STOP_WORDS or w in ("be",)]
        if any(canonical(w) in content for w in following[:2]):
            return True
    return False
