"""Writes to the user's own store (or a `--db` store): records checked and added, or removed.

The bundled store is never written. Each write reads the file once under its
lock and replaces it once, atomically (storefile), so a command adds all of
its records or none; then it brings the cached search index up to the new
state (index_update), so that the next search need not build it again.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cstofacts.errors import CstofactsError, NotFound, StoreError
from cstofacts.escape import plural
from cstofacts.store import Store, bundled_store_path, read_tables, store_paths
from cstofacts.text import ascii_words
from cstofacts.userdata.storefile import Spool, corrupt_hint, editing, shown, write_path

SLUG_WORDS = 6
SLUG_LENGTH = 48
MAX_REPORTED = 20  # bad rows an `import --dry-run` lists
# New records a write also adds to the cached search index (it tokenises them
# itself); past this the next search builds the index anew, as it would have to
# tokenise them anyway, and an import of any size stays within its memory.
INDEX_UPDATE_LIMIT = 5_000

__all__ = ["MAX_REPORTED", "Added", "add", "id_maker", "remove", "shown", "slug"]


def slug(text: str) -> str:
    """A readable id stem: the first words of `text`, lower-case ASCII (transliterated) joined by hyphens."""
    stem = "-".join(ascii_words(text)[:SLUG_WORDS])[:SLUG_LENGTH].strip("-")
    return stem or "record"


def id_maker(taken: set[str]) -> Callable[..., str]:
    """A function giving fresh ids (slug + random suffix) outside `taken`, and outside
    the ids it gave before.

    `prefer=ID` asks for that id itself, which it gives when it is free (or
    when `reuse` says that id may be given again: a bundled source's id, for a
    copy of that source in a store of one's own).
    """

    # Ids are compared case-blind: a citation key that differs only in case
    # (Khujand-Border-Agreement) is the same key to BibTeX and to a reader.
    folded = {t.casefold() for t in taken}

    def new_id(text: str, prefer: str | None = None, reuse: bool = False) -> str:
        if prefer and (reuse or prefer.casefold() not in folded):
            folded.add(prefer.casefold())
            return prefer
        stem = slug(text)
        while True:
            candidate = f"{stem}-{secrets.token_hex(3)}"  # lower-case already
            if candidate not in folded:
                folded.add(candidate)
                return candidate

    return new_id


def view(
    tables: dict[str, dict[str, Any]], path: Path, *, own_db: bool, bundled: dict[str, dict[str, Any]] | None = None
) -> Store:
    """What the written store adds up to: the bundled store (unless `--db`) and the file's tables."""
    store = Store()
    if not own_db:
        store.add_tables(
            bundled if bundled is not None else read_tables(bundled_store_path()),
            bundled_store_path(),
            origin="bundled",
        )
    store.add_tables(tables, path, origin="db" if own_db else "user")
    return store


def taken_ids(
    store: Store, bundled: dict[str, dict[str, Any]] | None
) -> tuple[set[str], dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """Ids a new record or source must not take; and (with --db) the bundled sources
    and entities the store lacks, by id and by name: a copy of one of those is
    that one, whole (a source keeps its id and text; an entity its type and aliases)."""
    taken = {str(doc.get("id")) for doc, _ in store.documents()} | set(store.sources)
    if bundled is None:
        return taken, {}, {}
    for table in ("records", "sources"):  # with --db too, so a record moved into the user store later cannot collide
        taken |= {str(doc.get("id")) for doc in bundled.get(table, {}).values() if isinstance(doc, dict)}
    sources = {
        str(doc.get("id")): doc
        for doc in bundled.get("sources", {}).values()
        if isinstance(doc, dict) and doc.get("id") not in store.sources
    }
    known = {entity.name for entity in store.entities}
    entities = {
        str(doc.get("name")): doc
        for doc in bundled.get("entities", {}).values()
        if isinstance(doc, dict) and doc.get("name") not in known
    }
    return taken, sources, entities


def bundled_tables() -> dict[str, dict[str, Any]] | None:
    try:
        return read_tables(bundled_store_path())
    except StoreError:
        return None


@dataclass
class Added:
    path: Path
    ids: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # ids of records that inputs repeated
    errors: list[str] = field(default_factory=list)  # with collect_errors: the first MAX_REPORTED
    error_count: int = 0
    created: bool = False  # the write made the store file: none was there
    filled: bool = False  # the write filled a file of 0 bytes (an empty store) with a store


class _Kept:
    """The new documents: every one to the spool, the first few also kept for the index."""

    def __init__(self, spool: Spool) -> None:
        self.spool = spool
        self.docs: list[dict[str, Any]] = []
        self.ids: list[str] = []

    def __call__(self, doc: dict[str, Any]) -> None:
        self.spool.add(doc)
        self.ids.append(doc["id"])
        if len(self.docs) <= INDEX_UPDATE_LIMIT:
            self.docs.append(doc)


def add(
    db: Path | None,
    inputs: Iterable[Any],
    *,
    dry_run: bool = False,
    skip_duplicates: bool = False,
    collect_errors: bool = False,
) -> Added:
    """Add checked records (records_input.RecordInput) to the user's store (or `db`): all or none.

    An input the same as a record in the store is refused, or with
    `skip_duplicates` left out (and counted). With `collect_errors` (a dry run
    only) every bad input's error is counted, and the first MAX_REPORTED kept,
    instead of raised.
    """
    from cstofacts.userdata.resolving import resolve

    assert dry_run or not collect_errors
    path = write_path(db)
    own_db = db is not None
    with editing(path) as current:
        bundled = bundled_tables()
        with corrupt_hint(current.path):
            store = view(current.tables, current.path, own_db=own_db, bundled=bundled)
        taken, copies, entity_copies = taken_ids(store, bundled)
        spool = Spool(current.path)
        kept = _Kept(spool)
        try:
            plan = resolve(
                inputs,
                store,
                id_maker(taken),
                kept,
                duplicates="skip" if skip_duplicates else "refuse",
                collect_errors=collect_errors,
                bundled_sources=copies,
                bundled_entities=entity_copies,
                max_errors=MAX_REPORTED,
            )
            added = Added(
                path,
                kept.ids,
                [d["id"] for d in plan.sources],
                [d["name"] for d in plan.entities],
                plan.skipped,
                plan.errors,
                plan.error_count,
            )
            if dry_run or plan.error_count or not (spool.count or plan.sources or plan.entities):
                return added
            from cstofacts import index_update

            before = index_update.State.of(store_paths(db), store)
            current.write(spool, sources=plan.sources, entities=plan.entities)
        finally:
            spool.close()
        added.created, added.filled = not current.existed, current.empty
        index_update.after_write(
            before,
            store_paths(db),
            store,
            added=kept.docs if spool.count <= INDEX_UPDATE_LIMIT else None,
            sources=plan.sources,
            entities=plan.entities,
            origin="db" if own_db else "user",
        )
    return added


def remove(db: Path | None, ids: Iterable[str]) -> Path:
    """Remove the user's own records by id: all of them, or none when one is not the user's.

    The sources and entities they used stay: a source may be cited again, and
    an entity carries what the user gave it (type, aliases) that a record does not.
    """
    path = write_path(db)
    if db is not None and not path.exists():  # as every reading command says of a missing --db (exit 4)
        raise StoreError(f"store not found: {shown(path)}")
    wanted = list(dict.fromkeys(ids))
    own_db = db is not None
    with editing(path) as current:
        with corrupt_hint(current.path):
            store = view(current.tables, current.path, own_db=own_db)  # a malformed store is reported, not edited
        own = [str(doc.get("id")) for doc in current.tables.get("records", {}).values()]
        missing = [i for i in wanted if i not in set(own)]
        if missing:
            raise _not_removable(missing[0], own, own_db)
        from cstofacts import index_update

        before = index_update.State.of(store_paths(db), store)
        current.write(removed=frozenset(wanted))
        index_update.after_write(
            before, store_paths(db), store, removed=frozenset(wanted), origin="db" if own_db else "user"
        )
    return path


def _not_removable(record_id: str, own: list[str], own_db: bool) -> CstofactsError:
    if own:
        fallback = f"you have {plural(len(own), 'record')} of your own; find an id with: cstofacts search WORDS"
    else:
        fallback = "you have no records of your own"
    return not_removable("record", record_id, own, own_db, fallback, record_id[:80])


def not_removable(
    kind: str, item_id: str, own: list[str], own_db: bool, fallback: str, shown_id: str
) -> CstofactsError:
    """Why the record or source `item_id` cannot be removed: it is bundled, or no own
    one has that id (the nearest ids named, else `fallback`)."""
    from difflib import get_close_matches

    if not own_db:
        bundled = read_tables(bundled_store_path()).get(f"{kind}s", {})
        if any(isinstance(d, dict) and d.get("id") == item_id for d in bundled.values()):
            return CstofactsError(f"{item_id!r} is a bundled {kind}; only your own {kind}s can be removed")
    near = get_close_matches(item_id, own, n=3, cutoff=0.6)
    hint = f"did you mean {' or '.join(near)}?" if near else fallback
    return NotFound(f"no {kind} of your own with id {shown_id!r} ({hint})")
