"""Integrity checks of a store: ids, fields, dates, sources, locators, quotes, entities."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from cstofacts.dates import parse_iso, parse_period, record_bounds
from cstofacts.locate import paragraph_at, quote_is_verbatim
from cstofacts.models import ENTITY_TYPES, KINDS, Record
from cstofacts.sentences import is_whole_sentences
from cstofacts.store import Store


def problems(store: Store) -> list[str]:
    """Every problem found, one line each, naming the record or entity; empty when valid."""
    found: list[str] = []
    counts = Counter(r.id for r in store.records)
    found += [f"{rid}: id used by {n} records" for rid, n in sorted(counts.items()) if n > 1]
    names = _entity_names(store, found)
    texts: dict[str, str | None] = {}
    for record in store.records:
        found += [f"{record.id}: {p}" for p in _record_problems(record, store, names, texts)]
    found += _control_characters(store)
    return found


def _control_characters(store: Store) -> list[str]:
    """Fields holding what a terminal would act on (an escape sequence, a carriage return,
    a direction override): shown escaped by every command, but no record's words."""
    from cstofacts.escape import safe, unsafe_in

    found = []
    items = [(f"source {s.id!r}", s.to_dict()) for s in store.sources.values()]
    items += [(f"entity {e.name!r}", e.to_dict()) for e in store.entities]
    items += [(str(r.id), r.to_doc()) for r in store.records]
    for label, doc in items:
        values = {
            name: [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)]
            for name, value in doc.items()
        }
        if not unsafe_in("\n".join(v for texts in values.values() for v in texts)):  # one search a document
            continue
        found += [
            f"{safe(label, lines=False)}: {name} holds control characters"
            for name, texts in values.items()
            if any(unsafe_in(v) for v in texts)
        ]
    return found


def _entity_names(store: Store, found: list[str]) -> set[str]:
    names: set[str] = set()
    for entity in store.entities:
        if entity.type not in ENTITY_TYPES:
            found.append(f"entity {entity.name!r}: unknown type {entity.type!r}")
        if entity.name in names:
            found.append(f"entity {entity.name!r}: listed twice")
        names.add(entity.name)
    return names


def _record_problems(record: Record, store: Store, names: set[str], texts: dict[str, str | None]) -> Iterator[str]:
    if not record.id or not record.id.strip():
        yield "empty id"
    if record.kind not in KINDS:
        yield f"kind {record.kind!r} is not one of {', '.join(KINDS)}"
    if not record.text or not record.text.strip():
        yield "empty text"
    if record.kind == "quote" and not record.speaker:
        yield "a quote must name its speaker"
    shipped = record.source.text is None and store.source_text(record.source) is not None
    if record.kind == "quote" and record.origin == "user" and shipped:
        yield "a quote of your own must cite a source of your own: the bundled sources' quotes are all in the store"
    if record.kind == "event" and not record.date:
        yield "an event must have a date (an undated happening is a fact)"
    for label, value in (("date", record.date), ("date_end", record.date_end)):
        if value is not None:
            try:
                parse_iso(value)
            except ValueError as error:
                yield f"{label}: {error}"
    if record.period is not None:
        try:
            parse_period(record.period)
        except ValueError as error:
            yield f"period: {error}"
    if record.date_end and not record.date:
        yield "date_end without date"
    bounds = record_bounds(record.date, record.date_end)
    if bounds and bounds[0] > bounds[1]:
        yield "date_end is before date"
    if record.source.id not in store.sources:
        yield f"source {record.source.id!r} does not exist"
    for name in (*record.entities, *([record.speaker] if record.speaker else [])):
        if name not in names:
            yield f"entity {name!r} is not in the entities table"
    yield from _locator_problems(record, store, texts)


def _locator_problems(record: Record, store: Store, texts: dict[str, str | None]) -> Iterator[str]:
    source = store.sources.get(record.source.id)
    if source is None:
        return
    if source.id not in texts:
        texts[source.id] = store.source_text(source)
    text = texts[source.id]
    if text is None:
        return  # a user's source without a stored text: nothing to point into
    locator = record.locator
    if locator is None:
        yield "no locator into its source"
        return
    if not 0 <= locator.start < locator.end <= len(text):
        yield f"locator {locator.start}-{locator.end} is outside the source ({len(text)} characters)"
        return
    span = text[locator.start : locator.end]
    if record.evidence is not None and span != record.evidence:
        yield f"locator {locator.start}-{locator.end} does not hold the record's evidence"
    if paragraph_at(text, locator.start) != locator.paragraph:
        yield f"locator says paragraph {locator.paragraph}, the span starts in paragraph {paragraph_at(text, locator.start)}"
    # The bundled records' evidence, and a user's in a text of their own (whole
    # sentences since add and import were written so), start and end at sentences.
    whole = record.origin == "bundled" or source.text is not None
    if whole and not is_whole_sentences(text, locator.start, locator.end):
        yield f"evidence {locator.start}-{locator.end} does not start and end at sentence boundaries"
    quoted = span
    if locator.highlight_start is not None or locator.highlight_end is not None:
        low, high = locator.highlight_start, locator.highlight_end
        if low is None or high is None or not locator.start <= low < high <= locator.end:
            yield f"highlight {low}-{high} is not inside the evidence {locator.start}-{locator.end}"
            return
        quoted = text[low:high]
        if record.highlight is not None and quoted != record.highlight:
            yield f"highlight {low}-{high} does not hold the record's highlight"
    if record.kind == "quote" and not quote_is_verbatim(record.text, quoted):
        yield "quote is not verbatim in its source span"
