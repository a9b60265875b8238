"""A store file being written: read under its lock, replaced atomically, through symbolic links.

Every write holds a `filelock.FileLock` on `FILE.lock` while it reads the
file, and ends with `os.replace` of a fsynced temporary file in the same
directory, so a reader sees the old file or the new one, never half of one,
and a process killed at any moment leaves one of the two. When the path is a
symbolic link, the file it leads to is locked and replaced (the link stays a
link), whichever name a command was given.

The file is written one document a line, the records table first:

    {"records": {
    "1": {"id": ...},
    "2": {"id": ...}
    },
    "sources": {
    ...
    }
    }

so that a record added to a file in this layout is written after the records
before it, whose bytes are copied rather than parsed and encoded again: adding
one record to 100,000 costs what copying the file costs. Any other layout (a
file written by hand, by TinyDB, by an older version) is written anew, whole,
in this one. It stays a TinyDB JSON file.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from cstofacts.errors import InvalidInput, StoreError
from cstofacts.store import MAX_STORE, bundled_store_path, read_store, user_store_path

LOCK_TIMEOUT_ENV = "CSTOFACTS_LOCK_TIMEOUT"
# Long enough to wait out any other command (a large import takes a second or
# two), short enough that a stuck lock is reported rather than hung on.
DEFAULT_LOCK_TIMEOUT = 10.0
CORRUPT_HINT = "(move it aside to start a new store; your records are in it)"
HEAD = b'{"records": {\n'
SEPARATOR = b",\n"
SPOOL_MEMORY = 8 << 20  # bytes of new documents kept in memory before they go to a temporary file


def shown(path: Path | str) -> str:
    """A path as safe to print as any record: control characters escaped, kept short."""
    from cstofacts.escape import safe

    text = safe(str(path).encode("utf-8", "backslashreplace").decode("utf-8"), lines=False)
    return text if len(text) <= 200 else text[:200] + "..."


def write_path(db: Path | None) -> Path:
    """The file a write goes to, as the user named it: `--db PATH`, else the user's store.
    Never the bundled store, nor anything but a regular file (or a link to one)."""
    path = db if db is not None else user_store_path()
    target = target_of(path)
    try:
        bundled = target == bundled_store_path().resolve()
        not_a_file = target.exists() and not target.is_file()
        no_directory = (db is not None or target != path) and not target.parent.is_dir()
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or "not a usable path"
        raise StoreError(f"cannot use store {shown(path)}: {reason}") from None
    if bundled:
        raise StoreError(f"store {shown(path)} is the bundled store, which is read-only")
    if not_a_file:
        from cstofacts.bounded import kind_of

        raise StoreError(f"store {shown(path)} is {kind_of(target.stat().st_mode)}, not a regular file")
    if no_directory:  # the user's data directory is ours to create; a --db directory is not, nor a link's
        where = "its directory" if target == path else f"the directory of {shown(target)}, where it leads,"
        raise StoreError(f"cannot write store {shown(path)}: {where} does not exist")
    if target.exists() and not os.access(target, os.W_OK):
        raise StoreError(f"cannot write {shown(path)}: permission denied")
    if db is None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"cannot create {shown(path.parent)}: {error.strerror}") from None
    return path


def target_of(path: Path) -> Path:
    """The file a write to `path` replaces: `path` itself, or where its symbolic links lead."""
    try:
        return path.resolve() if path.is_symlink() else path
    except (OSError, RuntimeError, ValueError):  # RuntimeError: links that lead round in a loop
        raise StoreError(f"cannot use store {shown(path)}: its symbolic links lead round in a loop") from None


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
        raise InvalidInput(f"{LOCK_TIMEOUT_ENV}={shown(raw[:40])!r} is not a number of seconds (such as 10 or 0.5)")
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
def editing(path: Path) -> Iterator[StoreFile]:
    """The store at `path` (or where its links lead), read under its lock, which is held
    until the block ends; write it with StoreFile.write. A corrupt file raises
    StoreError and stays as it is."""
    target = target_of(path)
    with locked(target):
        _remove_stale_temporaries(target)
        existed = target.exists()
        with corrupt_hint(target):
            raw, tables = read_store(target) if existed else (b"", {})
        yield StoreFile(target, raw, tables, existed)


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


def encode(value: Any) -> bytes:
    """One document (or key) as compact JSON, Unicode kept: never a line break inside."""
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def _table(name: str, table: dict[str, Any]) -> bytes:
    lines = SEPARATOR.join(encode(key) + b": " + encode(doc) for key, doc in table.items())
    return encode(name) + b": {\n" + lines + b"\n}"


def _tail(tables: dict[str, dict[str, Any]]) -> bytes:
    """What follows the records table: the other tables, then the end of the file."""
    return b"".join(SEPARATOR + _table(name, table) for name, table in tables.items() if name != "records") + b"\n}\n"


def next_key(table: dict[str, Any]) -> int:
    """The next TinyDB document id of a table: one past the highest (as TinyDB counts)."""
    try:  # every key a number, as TinyDB writes them: the quick way (int() reads " 7" too: only more)
        return max(map(int, table), default=0) + 1
    except ValueError:
        return max((int(key) for key in table if key.isascii() and key.isdigit()), default=0) + 1


class Spool:
    """New record documents, encoded as they come: in memory, and past SPOOL_MEMORY
    bytes in a temporary file beside the store, so an import of any size is written
    without being held."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.count = 0
        self._lines: list[bytes] = []
        self._size = 0
        self._file: IO[bytes] | None = None

    def add(self, doc: dict[str, Any]) -> None:
        line = encode(doc)
        self.count += 1
        if self._file is None:
            self._lines.append(line)
            self._size += len(line)
            if self._size > SPOOL_MEMORY:
                self._spill()
        else:
            self._file.write(line + b"\n")

    def _spill(self) -> None:
        # Nameless where the system allows (POSIX): it goes when closed, even after a kill.
        self._file = tempfile.TemporaryFile(  # noqa: SIM115 (closed by close())
            dir=self.target.parent, prefix=f".{self.target.name}.", suffix=".spool.tmp"
        )
        self._file.writelines(line + b"\n" for line in self._lines)
        self._lines = []

    def lines(self) -> Iterator[bytes]:
        if self._file is None:
            yield from self._lines
            return
        self._file.flush()
        self._file.seek(0)
        for line in self._file:
            yield line[:-1]

    def close(self) -> None:
        if self._file is not None:
            self._file.close()


class StoreFile:
    """One store file as read under its lock: its bytes, its tables, and its writing."""

    def __init__(self, path: Path, raw: bytes, tables: dict[str, dict[str, Any]], existed: bool) -> None:
        self.path = path  # where the links lead: the file that is replaced
        self.raw = raw
        self.tables = tables
        self.existed = existed
        self.empty = existed and not raw.strip()  # a 0-byte file: an empty store (see read_store)

    def write(
        self,
        records: Spool | None = None,
        *,
        sources: Iterable[dict[str, Any]] = (),
        entities: Iterable[dict[str, Any]] = (),
        removed: frozenset[str] = frozenset(),
        removed_sources: frozenset[str] = frozenset(),
    ) -> None:
        """Write the store back with `records` (documents) added to the records table,
        `sources` and `entities` to theirs, and the records whose ids are `removed` (and
        the sources whose ids are `removed_sources`) left out."""
        sources, entities = list(sources), list(entities)
        changed = sources or entities or removed_sources
        tables = {name: dict(table) for name, table in self.tables.items()} if changed else self.tables
        if removed_sources:
            tables["sources"] = {
                key: doc
                for key, doc in tables.get("sources", {}).items()
                if not (isinstance(doc, dict) and doc.get("id") in removed_sources)
            }
        for name, docs in (("sources", sources), ("entities", entities)):
            if docs:
                table = tables.setdefault(name, {})
                first = next_key(table)
                table.update({str(first + i): doc for i, doc in enumerate(docs)})
        old = self.tables.get("records", {})
        new_lines = self._new_lines(records, next_key(old))
        end = None if removed else self._records_end()
        if end is not None:  # our layout: the records before are copied as they are
            head: list[bytes | memoryview] = [memoryview(self.raw)[:end]]
            body = self._joined(new_lines, bool(old))
        else:
            kept = (
                encode(key) + b": " + encode(doc)
                for key, doc in old.items()
                if not (isinstance(doc, dict) and doc.get("id") in removed)
            )
            head, body = [HEAD], self._joined(_chain(kept, new_lines), False)
        self._replace(_chain(head, body, [b"\n}", _tail(tables)]))

    @staticmethod
    def _new_lines(records: Spool | None, first: int) -> Iterator[bytes]:
        if records is not None:
            for number, line in enumerate(records.lines(), first):
                yield b'"%d": ' % number + line

    @staticmethod
    def _joined(lines: Iterable[bytes | memoryview], after_others: bool) -> Iterator[bytes | memoryview]:
        for number, line in enumerate(lines):
            yield SEPARATOR + line if number or after_others else line

    def _records_end(self) -> int | None:
        """Where the records table ends in the file's bytes, when the file is in our layout."""
        tables = self.tables
        if not tables or next(iter(tables)) != "records" or not self.raw.startswith(HEAD):
            return None
        suffix = b"\n}" + _tail(tables)
        if not self.raw.endswith(suffix) or len(self.raw) - len(suffix) < len(HEAD):
            return None
        return len(self.raw) - len(suffix)

    def _replace(self, parts: Iterable[bytes | memoryview]) -> None:
        """Write `parts` to a temporary file beside the store, fsync it, rename it over the store."""
        from cstofacts.bounded import size_text

        path = self.path
        try:
            mode = path.stat().st_mode & 0o777 if self.existed else 0o644
            fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        except OSError as error:
            raise StoreError(f"cannot write store {shown(path)}: {error.strerror}") from None
        try:
            with os.fdopen(fd, "wb") as handle:
                for part in parts:
                    handle.write(part)
                    if handle.tell() > MAX_STORE:
                        raise StoreError(
                            f"cannot write store {shown(path)}: it would pass {size_text(MAX_STORE)}, "
                            "the limit of a store (see: cstofacts --db)"
                        )
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


def _chain(*parts: Iterable[bytes | memoryview]) -> Iterator[bytes | memoryview]:
    for part in parts:
        yield from part


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
