"""The store as an SQLite database, written with sqlite-utils, for Datasette and
for SQL: records, sources, entities, aliases and record_entities with foreign
keys, and full-text search over the records (FTS5, `records_fts`)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from cstofacts.dates import parse_iso, record_bounds
from cstofacts.errors import CstofactsError, InvalidInput, StoreError
from cstofacts.models import Entity, Record, Source
from cstofacts.store import Store

SQLITE_HEADER = b"SQLite format 3\x00"
FTS_COLUMNS = ("text", "evidence", "speaker", "place")
BATCH = 2000  # rows a statement; sqlite-utils lowers it to SQLite's limit on variables


def check_options(fmt: str | None, output: str | None, metadata: str | None) -> Path | None:
    """The database's path when the options ask for one; InvalidInput (exit 2) for a
    combination or a path that cannot work, before anything is written."""
    if fmt != "sqlite":
        if output or metadata:
            given = "--output" if output else "--metadata"
            raise InvalidInput(f"{given} goes with --format sqlite; other formats print: redirect them (> FILE)")
        return None
    if not output:
        raise InvalidInput("--format sqlite needs --output PATH (a database is not printed)")
    path = _writable("--output", output)
    if path.exists() and not _is_sqlite(path):
        raise InvalidInput(f"--output {_shown(output)} exists and is not an SQLite database; it is left as it is")
    if metadata and _writable("--metadata", metadata).resolve() == path.resolve():
        raise InvalidInput("--metadata and --output name the same file")
    return path


def _writable(option: str, value: str) -> Path:
    """`value` as a path a file can be written to (its folder exists; it is no folder)."""
    if "\x00" in value:
        raise InvalidInput(f"{option}: a file name cannot hold a NUL character")
    path = Path(value)
    try:
        folder, parent = path.is_dir(), path.parent.is_dir()
    except OSError as error:  # a name the system refuses: too long
        raise InvalidInput(f"{option} {_shown(value)}: {error.strerror or error}") from None
    if folder:
        example = "facts.db" if option == "--output" else "metadata.json"
        raise InvalidInput(f"{option} {_shown(value)} is a directory; give a file name such as {example}")
    if not parent:
        raise InvalidInput(f"{option} {_shown(value)}: no directory {_shown(str(path.parent))}")
    return path


def _shown(text: str) -> str:
    from cstofacts.escape import safe

    return safe(text)


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            head = file.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return head in (SQLITE_HEADER, b"")  # an empty file is what sqlite3 leaves for a new database


def write_database(path: Path, store: Store, records: Sequence[Record]) -> dict[str, int]:
    """Write `records` (and every source and entity of `store`) to a new database
    that replaces `path` whole once it is complete; the rows of each table."""
    import sqlite_utils  # here: 0.2 s to import, and only an export needs it

    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        db = sqlite_utils.Database(tmp, recreate=True)
        # A half-written file is thrown away, never read: no journal, no syncs
        # until the whole file is synced once before it is renamed into place.
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        counts = _fill(db, store, records)
        db.close()
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as error:
        raise CstofactsError(f"cannot write {_shown(str(path))}: {error.strerror or error}") from None
    except _sqlite_error() as error:
        raise CstofactsError(f"cannot write {_shown(str(path))}: {error}") from None
    finally:
        tmp.unlink(missing_ok=True)
    return counts


def _sqlite_error() -> type[Exception]:
    import sqlite3

    return sqlite3.Error


def _fill(db: Any, store: Store, records: Sequence[Record]) -> dict[str, int]:
    _refuse_duplicate_ids(records)
    sources = _sources(store, records)
    entities = _entities(store, records)
    db["sources"].create(SOURCE_COLUMNS, pk="id", not_null={"title"})
    db["sources"].insert_all((_source_row(s) for s in sources), batch_size=BATCH)
    db["entities"].create(ENTITY_COLUMNS, pk="name")
    db["entities"].insert_all((_entity_row(e) for e in entities), batch_size=BATCH)
    db["records"].create(
        RECORD_COLUMNS,
        pk="id",
        foreign_keys=[("source", "sources", "id")],
        not_null={"kind", "text", "source", "origin"},
    )
    db["records"].insert_all((_record_row(r) for r in records), batch_size=BATCH)
    aliases = [{"entity": e.name, "alias": a} for e in entities for a in dict.fromkeys(e.aliases) if a != e.name]
    db["aliases"].create(
        {"entity": str, "alias": str}, pk=("entity", "alias"), foreign_keys=[("entity", "entities", "name")]
    )
    db["aliases"].insert_all(aliases, batch_size=BATCH)
    db["record_entities"].create(
        {"record": str, "entity": str},
        pk=("record", "entity"),
        foreign_keys=[("record", "records", "id"), ("entity", "entities", "name")],
    )
    db["record_entities"].insert_all(_links(records), batch_size=BATCH)
    for table, column in (
        ("records", "source"),
        ("records", "kind"),
        ("records", "first_day"),
        ("record_entities", "entity"),
        ("aliases", "alias"),
    ):
        db[table].create_index([column])
    db["records"].enable_fts(FTS_COLUMNS, fts_version="FTS5", tokenize="porter")
    return {name: db[name].count for name in ("records", "sources", "entities", "aliases", "record_entities")}


def _refuse_duplicate_ids(records: Sequence[Record]) -> None:
    seen: set[str] = set()
    for record in records:
        if record.id in seen:
            raise StoreError(f"two records have the id {record.id!r} (see: cstofacts validate)")
        seen.add(record.id)


def _sources(store: Store, records: Sequence[Record]) -> list[Source]:
    """Every source of the store, and any a record cites that the store lacks."""
    found = dict(store.sources)
    for record in records:
        found.setdefault(record.source.id, record.source)
    return list(found.values())


def _entities(store: Store, records: Sequence[Record]) -> list[Entity]:
    """Every entity once (the first of a name, with the aliases of all), and a
    bare row for a name a record gives that no entity has, so that every link holds."""
    found: dict[str, Entity] = {}
    for entity in store.entities:
        if entity.name in found:
            first = found[entity.name]
            found[entity.name] = first._replace(aliases=(*first.aliases, *entity.aliases))
        else:
            found[entity.name] = entity
    for record in records:
        for name in record.entities:
            if name not in found:
                found[name] = Entity(name=name, type="", origin=record.origin)
    return list(found.values())


def _links(records: Sequence[Record]) -> Iterator[dict[str, str]]:
    for record in records:
        for name in dict.fromkeys(record.entities):
            yield {"record": record.id, "entity": name}


SOURCE_COLUMNS: dict[str, type] = {
    "id": str,
    "title": str,
    "author": str,
    "outlet": str,
    "url": str,
    "date": str,
    "reported_by": str,
    "note": str,
    "origin": str,
}
ENTITY_COLUMNS: dict[str, type] = {"name": str, "type": str, "role": str, "description": str, "origin": str}
RECORD_COLUMNS: dict[str, type] = {
    "id": str,
    "kind": str,
    "text": str,
    "date": str,
    "date_end": str,
    "date_precision": str,
    "date_implied": int,
    "first_day": str,
    "last_day": str,
    "period": str,
    "place": str,
    "speaker": str,
    "role": str,
    "topics": str,
    "source": str,
    "paragraph": int,
    "evidence_start": int,
    "evidence_end": int,
    "highlight_start": int,
    "highlight_end": int,
    "evidence": str,
    "highlight": str,
    "origin": str,
}


def _record_row(record: Record) -> dict[str, Any]:
    bounds = record_bounds(record.date, record.date_end)
    locator = record.locator
    return {
        "id": record.id,
        "kind": record.kind,
        "text": record.text,
        "date": record.date,
        "date_end": record.date_end,
        "date_precision": _precision(record.date),
        "date_implied": int(record.date_implied),
        "first_day": bounds[0].isoformat() if bounds else None,
        "last_day": bounds[1].isoformat() if bounds else None,
        "period": record.period,
        "place": record.place,
        "speaker": record.speaker,
        "role": record.role,
        "topics": json.dumps(list(record.topics), ensure_ascii=False),
        "source": record.source.id,
        "paragraph": locator.paragraph if locator else None,
        "evidence_start": locator.start if locator else None,
        "evidence_end": locator.end if locator else None,
        "highlight_start": locator.highlight_start if locator else None,
        "highlight_end": locator.highlight_end if locator else None,
        "evidence": record.evidence,
        "highlight": record.highlight,
        "origin": record.origin,
    }


def _precision(value: str | None) -> str | None:
    try:
        return parse_iso(value).precision if value else None
    except ValueError:
        return None


def _source_row(source: Source) -> dict[str, Any]:
    doc = source.to_dict()
    doc["reported_by"] = json.dumps(list(source.reported_by), ensure_ascii=False)  # Datasette facets JSON arrays
    return doc


def _entity_row(entity: Entity) -> dict[str, Any]:
    return {
        "name": entity.name,
        "type": entity.type or None,
        "role": entity.role,
        "description": entity.description,
        "origin": entity.origin,
    }
