"""Sources of one's own with their text: added to the user's store (or a `--db` store),
and removed, under the same lock and atomic write as records (storefile)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cstofacts.errors import CstofactsError, StoreError
from cstofacts.escape import plural
from cstofacts.store import store_paths
from cstofacts.userdata.records_input import SourceInput
from cstofacts.userdata.storefile import corrupt_hint, editing, shown, write_path
from cstofacts.userdata.userstore import bundled_tables, id_maker, not_removable, taken_ids, view


@dataclass
class AddedSource:
    id: str
    path: Path
    created: bool = False
    filled: bool = False


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def add_source(db: Path | None, details: SourceInput, text: str) -> AddedSource:
    """Add a source with its text to the user's store (or `db`); its new id. A text that a
    source of one's own holds already is refused, naming that source."""
    path = write_path(db)
    own_db = db is not None
    with editing(path) as current:
        bundled = bundled_tables()
        with corrupt_hint(current.path):
            store = view(current.tables, current.path, own_db=own_db, bundled=bundled)
        digest = _digest(text)
        for source in store.sources.values():
            if source.text is not None and _digest(source.text) == digest:
                raise CstofactsError(f"this text is already source {shown(source.id)} (see: cstofacts sources)")
        taken, _, _ = taken_ids(store, bundled)
        doc: dict[str, Any] = {
            "id": id_maker(taken)(details.title),
            "title": details.title,
            "author": details.author,
            "outlet": details.outlet,
            "url": details.url,
            "date": details.date,
            "reported_by": [],
            "note": None,
            "file": None,
            "text": text,
        }
        from cstofacts import index_update

        before = index_update.State.of(store_paths(db), store)
        current.write(sources=[doc])
        added = AddedSource(doc["id"], path, not current.existed, current.empty)
        index_update.after_write(
            before, store_paths(db), store, added=[], sources=[doc], origin="db" if own_db else "user"
        )
    return added


def remove_source(db: Path | None, source_id: str, *, with_records: bool) -> list[str]:
    """Remove a source of one's own; the ids of its records removed with it (with
    `with_records`: else a source that records cite is refused, naming them)."""
    path = write_path(db)
    if db is not None and not path.exists():
        raise StoreError(f"store not found: {shown(path)}")
    with editing(path) as current:
        with corrupt_hint(current.path):
            view(current.tables, current.path, own_db=db is not None)  # a malformed store is reported, not edited
        own = [d for d in current.tables.get("sources", {}).values() if isinstance(d, dict)]
        if not any(d.get("id") == source_id for d in own):
            raise _not_removable(source_id, [str(d.get("id")) for d in own], db is not None)
        citing = [
            str(d.get("id"))
            for d in current.tables.get("records", {}).values()
            if isinstance(d, dict) and d.get("source") == source_id
        ]
        if citing and not with_records:
            raise CstofactsError(
                f"source {shown(source_id)} is cited by {plural(len(citing), 'record')} of yours "
                f"({', '.join(shown(i) for i in citing[:3])}{', ...' if len(citing) > 3 else ''}); "
                "remove them first, or give --with-records to remove them with it"
            )
        # The search index is left for the next search to build: it lists the source.
        current.write(removed=frozenset(citing), removed_sources=frozenset({source_id}))
    return citing


def _not_removable(source_id: str, own: list[str], own_db: bool) -> CstofactsError:
    return not_removable("source", source_id, own, own_db, "see: cstofacts sources", shown(source_id)[:80])
