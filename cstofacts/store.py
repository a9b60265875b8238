"""Read the bundled store (read-only package data) and the user's own store."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cstofacts.errors import NotFound, StoreError
from cstofacts.models import Entity, Record, Source

STORE_FILE = "cstofacts.json"
USER_STORE_FILE = "user.json"


def data_dir() -> Path:
    """The bundled data: inside the installed package, or data/ in a checkout."""
    # The wheel installs data/ inside the package directory, so a plain path
    # finds it; importlib.resources would cost 6 ms of start-up to say the same.
    packaged = Path(__file__).resolve().parent / "data"
    if (packaged / STORE_FILE).is_file():
        return packaged
    # An editable install or a test run from the checkout imports ./cstofacts,
    # where the data sits beside the package rather than inside it.
    return Path(__file__).resolve().parent.parent / "data"


def bundled_store_path() -> Path:
    return data_dir() / STORE_FILE


def user_home() -> Path:
    """Where the user's own store lives: $CSTOFACTS_HOME, else the platform's data dir."""
    override = os.environ.get("CSTOFACTS_HOME")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("cstofacts", appauthor=False))


def user_store_path() -> Path:
    return user_home() / USER_STORE_FILE


# A store past this size is not one this tool wrote (a million records take
# about 450 MB); reading it whole would take the memory of ten times its size.
MAX_STORE = 1 << 30
# Tables, documents, fields, and a list or a locator inside a field: a store
# nested deeper than this somewhere is not a TinyDB store of ours.
MAX_DEPTH = 16


def read_tables(path: Path) -> dict[str, dict[str, Any]]:
    """The tables of a TinyDB JSON file; StoreError (exit 4) if it is missing or corrupt."""
    text = _decode(_read_bytes(path), path)  # the bytes freed before parsing: a large store is not held twice
    return _parse(text, path)


def read_store(path: Path) -> tuple[bytes, dict[str, dict[str, Any]]]:
    """The bytes of a TinyDB JSON file and its tables, parsed; StoreError (exit 4) when
    it is missing, not a regular file, larger than MAX_STORE, or not a store.

    A file of 0 bytes (or of blanks alone) is an empty store, as TinyDB reads it:
    nothing is lost by writing to it. See the README, "Your own records".
    """
    raw = _read_bytes(path)
    return raw, _parse(_decode(raw, path), path)


def _read_bytes(path: Path) -> bytes:
    from cstofacts.bounded import Refused, read_regular

    try:
        return read_regular(path, MAX_STORE)
    except FileNotFoundError:
        raise StoreError(f"store not found: {path}") from None
    except Refused as refused:
        raise StoreError(f"cannot read store {path}: {refused}") from None
    except OSError as error:
        raise StoreError(f"cannot read store {path}: {error.strerror}") from None


def _decode(raw: bytes, path: Path) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise StoreError(f"store {path} is not UTF-8 text") from None


def _parse(text: str, path: Path) -> dict[str, dict[str, Any]]:
    if not text or text.isspace():
        return {}
    import json  # here: a search answered from the index never parses a store

    try:
        data = json.loads(text)
    except ValueError as error:
        raise StoreError(f"store {path} is not valid JSON ({error})") from None
    except RecursionError:
        raise StoreError(f"store {path} is not a TinyDB store: it is nested too deeply") from None
    if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
        raise StoreError(f"store {path} is not a TinyDB store (expected an object of tables)")
    for name, table in data.items():
        if name not in KNOWN_TABLES and _too_deep(table, MAX_DEPTH - 1):
            raise StoreError(f"store {path}: table {name!r} is nested too deeply")
    return data


def _too_deep(value: Any, limit: int) -> bool:
    """True when lists and objects nest more than `limit` deep in `value` (no recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def _documents(tables: dict[str, dict[str, Any]], name: str, path: Path) -> list[dict[str, Any]]:
    docs = list(tables.get(name, {}).values())
    if not all(isinstance(doc, dict) for doc in docs):
        raise StoreError(f"store {path}: table {name!r} holds something other than documents")
    return docs


# What each field of a document must hold: (type, required). A store edited by
# hand may hold a number for an id or null for a text; every command would
# then fail somewhere deep inside, so such a store is refused where it is read.
_TEXT, _OPTIONAL_TEXT, _LIST = (str, True), ((str, type(None)), False), (list, False)
SOURCE_FIELDS = {
    "id": _TEXT,
    "title": _TEXT,
    "author": _OPTIONAL_TEXT,
    "outlet": _OPTIONAL_TEXT,
    "text": _OPTIONAL_TEXT,
}
ENTITY_FIELDS = {"name": _TEXT, "type": _TEXT, "aliases": _LIST, "role": _OPTIONAL_TEXT}
RECORD_FIELDS = {
    "id": _TEXT,
    "kind": _TEXT,
    "text": _TEXT,
    "source": _TEXT,
    "date": _OPTIONAL_TEXT,
    "date_end": _OPTIONAL_TEXT,
    "place": _OPTIONAL_TEXT,
    "speaker": _OPTIONAL_TEXT,
    "role": _OPTIONAL_TEXT,
    "entities": _LIST,
    "topics": _LIST,
    "evidence": _OPTIONAL_TEXT,
    "locator": ((dict, type(None)), False),
    "period": _OPTIONAL_TEXT,
    "highlight": _OPTIONAL_TEXT,
}
KNOWN_TABLES = frozenset({"records", "sources", "entities", "redirects"})
_LOCATOR_KEYS = ("paragraph", "start", "end")
_HIGHLIGHT_KEYS = ("highlight_start", "highlight_end")


_RECORD_TEXTS = ("id", "kind", "text", "source")
_RECORD_OPTIONAL = ("date", "date_end", "place", "speaker", "role", "evidence", "period", "highlight")
_RECORD_KEYS = frozenset(RECORD_FIELDS) | {"date_implied"}
_LOCATOR_ALL = frozenset((*_LOCATOR_KEYS, *_HIGHLIGHT_KEYS))


def _sound_record(doc: dict[str, Any]) -> bool:
    """True when _check_fields finds nothing wrong with a record: its quick path (a write
    to a store of 100,000 records checks them all), the same verdict in a third of the time."""
    get = doc.get
    if not doc.keys() <= _RECORD_KEYS:
        return False
    for name in _RECORD_TEXTS:
        if type(get(name)) is not str:
            return False
    for name in _RECORD_OPTIONAL:
        value = get(name)
        if value is not None and type(value) is not str:
            return False
    for name in ("entities", "topics"):
        if name in doc:
            value = doc[name]
            if type(value) is not list or any(type(item) is not str for item in value):
                return False
    locator = get("locator")
    if locator is not None:
        if type(locator) is not dict or not locator.keys() <= _LOCATOR_ALL:
            return False
        if any(type(locator.get(k)) is not int for k in _LOCATOR_KEYS):
            return False
        if any(v is not None and type(v) is not int for v in (locator.get(k) for k in _HIGHLIGHT_KEYS)):
            return False
    return type(get("date_implied")) in (bool, type(None))


def _check_fields(doc: dict[str, Any], fields: dict[str, tuple[Any, bool]], what: str, path: Path) -> None:
    name = doc.get("id", doc.get("name"))
    for field_name, (kinds, required) in fields.items():
        if field_name not in doc:
            if required:
                raise StoreError(f"store {path}: a {what} ({name!r}) has no {field_name!r}")
            continue
        value = doc[field_name]
        if kinds is list and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            raise StoreError(f"store {path}: {what} {name!r}: {field_name!r} must be a list of texts")
        if not isinstance(value, kinds):
            shown = "null" if value is None else type(value).__name__
            raise StoreError(f"store {path}: {what} {name!r}: {field_name!r} must be text, not {shown}")
    for field_name in doc.keys() - fields.keys():  # fields of other versions: kept, but not nested without end
        if _too_deep(doc[field_name], MAX_DEPTH - 3):
            raise StoreError(f"store {path}: {what} {name!r}: {field_name!r} is nested too deeply")
    locator = doc.get("locator")
    if isinstance(locator, dict) and (
        not all(isinstance(locator.get(k), int) for k in _LOCATOR_KEYS)
        or not all(isinstance(locator.get(k), (int, type(None))) for k in _HIGHLIGHT_KEYS)
        or set(locator) - {*_LOCATOR_KEYS, *_HIGHLIGHT_KEYS}
    ):
        raise StoreError(
            f"store {path}: {what} {name!r}: 'locator' needs whole numbers paragraph, start and end"
            " (and optionally highlight_start and highlight_end), nothing else"
        )


class Store:
    """Everything one command can see: bundled and user documents together."""

    # A plain class, not a dataclass: the dataclasses module costs a lookup about 1 ms.
    def __init__(self) -> None:
        self._records: list[Record] = []
        # Checked documents not yet made Records, with the sources they cite: a
        # write needs only the documents (ids, what makes two records the same),
        # and making 100,000 Records costs 0.3 s.
        self._pending: list[tuple[list[dict[str, Any]], dict[str, Source], str]] = []
        self.sources: dict[str, Source] = {}
        self.entities: list[Entity] = []
        self.paths: list[Path] = []
        # Ids of records that were merged into others or renamed: old id -> new id,
        # so that a citation of an old id still finds its record.
        self.redirects: dict[str, str] = {}

    def add_tables(self, tables: dict[str, dict[str, Any]], path: Path, origin: str) -> None:
        self.paths.append(path)
        try:
            for doc in _documents(tables, "sources", path):
                _check_fields(doc, SOURCE_FIELDS, "source", path)
                source = Source.from_doc(doc, origin)
                self.sources[source.id] = source
            for doc in _documents(tables, "entities", path):
                _check_fields(doc, ENTITY_FIELDS, "entity", path)
                self.entities.append(Entity.from_doc(doc, origin))
            docs = _documents(tables, "records", path)
            for doc in docs:
                if not _sound_record(doc):
                    _check_fields(doc, RECORD_FIELDS, "record", path)
            self._pending.append((docs, dict(self.sources), origin))
            for doc in _documents(tables, "redirects", path):
                if not (isinstance(doc.get("id"), str) and isinstance(doc.get("to"), str)):
                    raise StoreError(f"store {path}: a redirect needs the texts 'id' and 'to'")
                if _too_deep(doc, MAX_DEPTH - 2):
                    raise StoreError(f"store {path}: redirect {doc['id']!r} is nested too deeply")
                self.redirects[doc["id"]] = doc["to"]
        except (KeyError, TypeError) as error:
            raise StoreError(f"store {path}: a document lacks a required field ({error})") from None

    @property
    def records(self) -> list[Record]:
        """Every record, the bundled ones first, each store's in its order."""
        if self._pending:
            for docs, sources, origin in self._pending:
                self._records += [Record.from_doc(doc, sources, origin) for doc in docs]
            self._pending.clear()  # the Records hold all a reader needs: the documents may go
        return self._records

    def count(self) -> int:
        """How many records the store holds (without making them Records)."""
        return len(self._records) + sum(len(docs) for docs, _, _ in self._pending)

    def documents(self) -> Iterator[tuple[dict[str, Any], str]]:
        """Every record as the store holds it (the source by id), with its origin, in order."""
        yield from ((record.to_doc(), record.origin) for record in self._records)
        for docs, _, origin in self._pending:
            yield from ((doc, origin) for doc in docs)

    def record(self, record_id: str) -> Record:
        found, _ = self.find_records([record_id])
        if not found:
            raise NotFound(self.unknown_record(record_id))
        return found[0]

    def find_records(self, ids: list[str]) -> tuple[list[Record], list[str]]:
        """The records with these ids, in the order asked, and the ids not found. An
        old id that a record replaced finds that record (see `redirects`)."""
        by_id = {record.id: record for record in self.records}
        resolved = [i if i in by_id else self.redirects.get(i, i) for i in ids]
        return [by_id[i] for i in resolved if i in by_id], [i for i, r in zip(ids, resolved) if r not in by_id]

    def redirected(self, ids: list[str]) -> list[tuple[str, str]]:
        """(old id, the id that replaced it) for each id asked that is an old one."""
        known = {record.id for record in self.records}
        return [(i, self.redirects[i]) for i in ids if i not in known and i in self.redirects]

    def unknown_record(self, record_id: str, *, sources_too: bool = False) -> str:
        """The message for an id no record (nor, with `sources_too`, source) has,
        with the nearest ids as a hint."""
        from difflib import get_close_matches

        if record_id in self.sources and not sources_too:
            return f"{record_id!r} is a source, not a record (see: cstofacts sources; cstofacts cite {record_id})"
        ids = [r.id for r in self.records] + (list(self.sources) if sources_too else [])
        near = [i for i in ids if i.casefold() == record_id.casefold()]  # ids are lower case
        near = near or get_close_matches(record_id, ids, n=3, cutoff=0.75)
        hint = (
            f"did you mean {' or '.join(near)}?"
            if near
            else "try: cstofacts search WORDS" + (", cstofacts sources" if sources_too else "")
        )
        return f"no {'record or source' if sources_too else 'record'} with id {record_id!r} ({hint})"

    def source(self, source_id: str) -> Source:
        try:
            return self.sources[source_id]
        except KeyError:
            raise NotFound(f"no source with id {source_id!r} (see: cstofacts sources)") from None

    def source_text(self, source: Source) -> str | None:
        """The full text of a source (its own, or shipped with the package); None when there is none."""
        return source_text(source)


def source_text(source: Source) -> str | None:
    """The full text of a source: its own (a user's source added with its text), or the
    file shipped with the package; None when there is none."""
    if source.text is not None:
        return source.text
    if not source.file or source.origin == "user":
        return None
    if Path(source.file).name != source.file:
        raise StoreError(f"source {source.id!r}: file {source.file!r} must be a plain file name")
    path = data_dir() / "sources" / source.file
    if source.origin == "db" and not path.is_file():
        return None
    try:
        return path.read_text("utf-8")
    except OSError as error:
        raise StoreError(f"cannot read source text {path}: {error.strerror}") from None


def store_paths(db: Path | None = None) -> list[Path]:
    """The store files a command reads: `db` alone, or the bundled store and the user's."""
    if db is not None:
        return [db]
    user = user_store_path()
    return [bundled_store_path(), *([user] if user.exists() else [])]


def load_store(db: Path | None = None) -> Store:
    """The bundled store plus the user's own, or only `db` when one is given."""
    store = Store()
    if db is not None:
        store.add_tables(read_tables(db), db, origin="db")
        return store
    bundled = bundled_store_path()
    store.add_tables(read_tables(bundled), bundled, origin="bundled")
    user = user_store_path()
    if user.exists():
        try:
            store.add_tables(read_tables(user), user, origin="user")
        except StoreError as error:
            raise StoreError(f"{error} (move it aside to start a new store; your records are in it)") from None
    return store
