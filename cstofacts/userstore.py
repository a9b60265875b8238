"""Writes to the user's own store: under an inter-process lock, replacing the file atomically.

The bundled store is never written. Every change is one read-modify-write of
the whole user file, done while holding a `filelock.FileLock` on `PATH.lock`
and finished by `os.replace` of a fsynced temporary file in the same directory.
A reader therefore sees the old file or the new one, never half of one, and a
process killed at any moment leaves one of the two behind.
"""

from __future__ import annotations

import contextlib
import copy
import json
import math
import os
import re
import secrets
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import MemoryStorage, Storage

from cstofacts.errors import CstofactsError, InvalidInput, NotFound, StoreError
from cstofacts.render import plural
from cstofacts.store import Store, bundled_store_path, read_tables, user_store_path
from cstofacts.text import ascii_words

LOCK_TIMEOUT_ENV = "CSTOFACTS_LOCK_TIMEOUT"
# Long enough to wait out any other command (a large import takes a second or
# two), short enough that a stuck lock is reported rather than hung on.
DEFAULT_LOCK_TIMEOUT = 10.0
SLUG_WORDS = 6
SLUG_LENGTH = 48
MAX_REPORTED = 20  # bad rows an `import --dry-run` lists
CORRUPT_HINT = "(move it aside to start a new store; your records are in it)"


class AtomicJSONStorage(Storage):
    """A TinyDB storage over one JSON file that is replaced whole on every write.

    TinyDB's own JSONStorage truncates and rewrites the file in place, so a
    crash mid-write leaves it broken. This one writes a temporary file beside
    it, flushes and fsyncs it, and `os.replace`s it over the old one. A file
    that cannot be read is an error (StoreError), never an empty store, so a
    corrupt file is never overwritten. It does no locking: use `transaction`.
    """

    def __init__(self, path: str | Path, **json_options: Any) -> None:
        self.path = Path(path)
        self.json_options = json_options or {"indent": 1, "ensure_ascii": False}

    def read(self) -> dict[str, dict[str, Any]] | None:
        if not self.path.exists():
            return None
        return read_tables(self.path) or None

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        atomic_write(self.path, json.dumps(data, **self.json_options))

    def close(self) -> None:
        pass


def atomic_write(path: Path, text: str) -> None:
    """Replace `path` with `text` (UTF-8): temporary file, flush, fsync, os.replace, fsync the directory."""
    try:
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        mode = 0o644
    except OSError as error:
        raise StoreError(f"cannot write store {shown(path)}: {error.strerror}") from None
    try:
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise StoreError(f"cannot write store {shown(path)}: {error.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(error, OSError):
            raise StoreError(f"cannot write store {shown(path)}: {error.strerror}") from None
        raise
    _fsync_directory(path.parent)


def _fsync_directory(directory: Path) -> None:
    # The rename itself is durable only once the directory is synced (POSIX).
    if not hasattr(os, "O_DIRECTORY"):
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def lock_timeout() -> float:
    """Seconds to wait for another command's lock: $CSTOFACTS_LOCK_TIMEOUT, else 10.

    A value that is not a number of seconds (0 or more) is an error (exit 2), not ignored.
    """
    raw = os.environ.get(LOCK_TIMEOUT_ENV)
    if raw is None or not raw.strip():
        return DEFAULT_LOCK_TIMEOUT
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value < 0:
        from cstofacts.render import safe

        shown_value = safe(raw[:40].encode("utf-8", "backslashreplace").decode("utf-8"))
        raise InvalidInput(f"{LOCK_TIMEOUT_ENV}={shown_value!r} is not a number of seconds (such as 10 or 0.5)")
    return value


@contextlib.contextmanager
def locked(path: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the inter-process lock of the store at `path` (the file `PATH.lock`)."""
    from filelock import FileLock, Timeout

    wait = lock_timeout() if timeout is None else timeout
    lock_path = str(path) + ".lock"
    try:  # a directory that takes no new file fails now, not after waiting out the timeout
        os.close(os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644))
    except OSError as error:
        reason = error.strerror or str(error)
        raise StoreError(f"cannot write {shown(path)}: {reason} (cannot create its lock file)") from None
    try:
        lock = FileLock(lock_path, timeout=wait)
        lock.acquire()
    except Timeout:
        raise StoreError(f"store {shown(path)} is locked by another cstofacts command (waited {wait:g}s)") from None
    except OSError as error:
        raise StoreError(f"cannot lock store {shown(path)}: {error.strerror or error}") from None
    try:
        yield
    finally:
        lock.release()


@contextlib.contextmanager
def transaction(path: Path, *, write: bool = True) -> Iterator[TinyDB]:
    """A TinyDB holding the store at `path`, written back atomically if the block succeeds.

    The lock is held throughout. The file is read once (a corrupt one raises
    StoreError and stays as it is); the TinyDB works in memory; on success the
    whole result is written once, so a command adds all of its records or none.
    """
    with locked(path):
        _remove_stale_temporaries(path)
        storage = AtomicJSONStorage(path)
        with corrupt_hint(path):
            before = storage.read() or {}
        db = TinyDB(storage=MemoryStorage)
        db.storage.write(copy.deepcopy(before))
        yield db
        after = db.storage.read() or {}
        if write and after != before:
            storage.write(after)


@contextlib.contextmanager
def corrupt_hint(path: Path) -> Iterator[None]:
    """Add to the error about a corrupt store at `path` how to start afresh without losing it."""
    try:
        yield
    except StoreError as error:
        message = str(error)
        if message.startswith(("cannot", "store not found")) or str(path) not in message:
            raise
        raise StoreError(f"{message} {CORRUPT_HINT}") from None


def _remove_stale_temporaries(path: Path) -> None:
    # Only the lock holder writes temporaries, so any found now were left by a
    # process that was killed before its os.replace.
    for stale in path.parent.glob(f".{glob_escape(path.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            stale.unlink()


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


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


def write_path(db: Path | None) -> Path:
    """The file a write goes to: `--db PATH`, else the user's store. Never the bundled store."""
    path = db if db is not None else user_store_path()
    try:
        bundled = path.resolve() == bundled_store_path().resolve()
        not_a_file = path.exists() and not path.is_file()
        no_directory = db is not None and not path.parent.is_dir()
    except (OSError, RuntimeError, ValueError) as error:
        reason = getattr(error, "strerror", None) or "not a usable path"
        raise StoreError(f"cannot use store {shown(path)}: {reason}") from None
    if bundled:
        raise StoreError(f"store {shown(path)} is the bundled store, which is read-only")
    if not_a_file:
        raise StoreError(f"store {shown(path)} is not a file")
    if no_directory:  # the user's data directory is ours to create; a --db directory is not
        raise StoreError(f"cannot write store {shown(path)}: its directory does not exist")
    if path.exists() and not os.access(path, os.W_OK):
        raise StoreError(f"cannot write {shown(path)}: permission denied")
    if db is None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"cannot create {shown(path.parent)}: {error.strerror}") from None
    return path


def shown(path: Path) -> str:
    """A path as safe to print as any record: control characters escaped, kept short."""
    from cstofacts.render import safe

    text = safe(str(path).encode("utf-8", "backslashreplace").decode("utf-8"))
    return text if len(text) <= 200 else text[:200] + "..."


def view(db: TinyDB, path: Path, *, own_db: bool) -> Store:
    """What the written store adds up to: the bundled store (unless `--db`) and the file's tables."""
    store = Store()
    if not own_db:
        bundled = bundled_store_path()
        store.add_tables(read_tables(bundled), bundled, origin="bundled")
    store.add_tables(db.storage.read() or {}, path, origin="db" if own_db else "user")
    return store


def _taken_ids(store: Store) -> tuple[set[str], dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """Ids a new record or source must not take; and (with --db) the bundled sources
    and entities the store lacks, by id and by name: a copy of one of those is
    that one, whole (a source keeps its id and text; an entity its type and aliases)."""
    taken = {r.id for r in store.records} | set(store.sources)
    try:  # with --db too, so a record moved into the user store later cannot collide
        bundled = read_tables(bundled_store_path())
    except StoreError:
        return taken, {}, {}
    for table in ("records", "sources"):
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


@dataclass
class Added:
    path: Path
    ids: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # ids of records that inputs repeated
    errors: list[str] = field(default_factory=list)  # with collect_errors
    created: bool = False  # the write made the store file: none was there


def add(db: Path | None, inputs: Iterable[Any], *, dry_run: bool = False, skip_duplicates: bool = False,
        collect_errors: bool = False) -> Added:
    """Add checked records (records_input.RecordInput) to the user's store (or `db`): all or none.

    An input the same as a record in the store is refused, or with
    `skip_duplicates` left out (and counted). With `collect_errors` (a dry run
    only) every bad input's error is kept in `errors` instead of raised.
    """
    from cstofacts.records_input import resolve

    assert dry_run or not collect_errors
    path = write_path(db)
    existed = path.exists()
    with transaction(path, write=not dry_run) as tiny:
        with corrupt_hint(path):
            store = view(tiny, path, own_db=db is not None)
        taken, copies, entity_copies = _taken_ids(store)
        plan = resolve(inputs, store, id_maker(taken), duplicates="skip" if skip_duplicates else "refuse",
                       collect_errors=collect_errors, bundled_sources=copies,
                       bundled_entities=entity_copies)
        for table, docs in (("sources", plan.sources), ("entities", plan.entities), ("records", plan.records)):
            if docs and not plan.errors:
                tiny.table(table).insert_multiple(docs)
    return Added(path, [d["id"] for d in plan.records], [d["id"] for d in plan.sources],
                 [d["name"] for d in plan.entities], plan.skipped, plan.errors,
                 created=not existed and not dry_run and path.exists())


def remove(db: Path | None, ids: Iterable[str]) -> Path:
    """Remove the user's own records by id: all of them, or none when one is not the user's.

    The sources and entities they used stay: a source may be cited again, and
    an entity carries what the user gave it (type, aliases) that a record does not.
    """
    from tinydb import Query

    path = write_path(db)
    if db is not None and not path.exists():  # as every reading command says of a missing --db (exit 4)
        raise StoreError(f"store not found: {shown(path)}")
    wanted = list(dict.fromkeys(ids))
    with transaction(path) as tiny:
        with corrupt_hint(path):
            view(tiny, path, own_db=db is not None)  # a malformed store is reported, not edited
        own = [str(doc.get("id")) for doc in tiny.table("records").all()]
        missing = [i for i in wanted if i not in set(own)]
        if missing:
            raise _not_removable(missing[0], own, db is not None)
        tiny.table("records").remove(Query().id.one_of(wanted))
    return path


def _not_removable(record_id: str, own: list[str], own_db: bool) -> CstofactsError:
    from difflib import get_close_matches

    if not own_db:
        bundled = read_tables(bundled_store_path()).get("records", {})
        if any(isinstance(d, dict) and d.get("id") == record_id for d in bundled.values()):
            return CstofactsError(f"{record_id!r} is a bundled record; only your own records can be removed")
    near = get_close_matches(record_id, own, n=3, cutoff=0.6)
    if near:
        hint = f"did you mean {' or '.join(near)}?"
    elif own:
        hint = f"you have {plural(len(own), 'record')} of your own; find an id with: cstofacts search WORDS"
    else:
        hint = "you have no records of your own"
    return NotFound(f"no record of your own with id {record_id[:80]!r} ({hint})")



