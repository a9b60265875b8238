"""Where the search index is cached, for which state of the store files, and for how long.

One generation per store: the files of one set of store files (the bundled
store and the user's, or a `--db` file) are named after their paths, so a
new state of the store replaces the index of the old one instead of piling
up beside it:

    <stem>.index          the index, and the state (`cache_key`) it is for
    <stem>.<tag>.docs     the records' documents, appended to by writes
    <stem>.<tag>.names    the checker's names of those records (check.pipeline)
    <stem>.<tag>.readings the checker's readings of those records (check.reading_cache)

A new tag is taken when the documents are written anew (or the entities
change, which the names depend on); the files of other tags are pruned with
the index that named them, as are the caches of all but the KEEP_CACHED
stores used last. Everything here may be deleted at any time.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from cstofacts.index import FORMAT, SearchIndex
from cstofacts.store import Store

KEEP_CACHED = 4  # stores whose index is kept: the user's, the bundled one alone, other --db files
STALE_TEMPORARY = 600.0  # seconds after which a temporary file was left by a killed process
MAX_NAMES = 64 << 20  # a names file larger than this is not the checker's


def cache_dir() -> Path:
    """$CSTOFACTS_HOME/cache when set, else the platform's cache directory."""
    home = os.environ.get("CSTOFACTS_HOME")
    if home:
        return Path(home).expanduser() / "cache"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("cstofacts", appauthor=False))


def _identity(paths: Sequence[Path]) -> list[str]:
    from cstofacts import __version__

    return [__version__, str(FORMAT), f"python {sys.version_info[0]}.{sys.version_info[1]}, marshal {marshal.version}"]


def cache_key(paths: Sequence[Path]) -> str | None:
    """What identifies the store files as they are now; None if one is missing."""
    parts = _identity(paths)
    for path in paths:
        try:
            stat = path.stat()
            parts.append(f"{path.resolve()}:{stat.st_size}:{stat.st_mtime_ns}")
        except (OSError, RuntimeError):
            return None
    return "\n".join(parts)


def index_path(paths: Sequence[Path]) -> Path | None:
    """Where the index of the store files `paths` is kept, whatever their state."""
    parts = _identity(paths)
    try:
        parts += [str(path.resolve()) for path in paths]
    except (OSError, RuntimeError):
        return None
    return cache_dir() / f"{cache_name(chr(10).join(parts))}.index"


def cache_name(key: str) -> str:
    """A file name for `key`. CRC-32 rather than hashlib (3 ms to import); the full
    key is saved in the index and compared on load, so a collision only misses."""
    from zlib import crc32

    return f"{crc32(key.encode('utf-8', 'surrogatepass')):08x}-{len(key)}"


def open_index(paths: Sequence[Path], load: Callable[[], Store]) -> SearchIndex:
    """The index of the store files `paths`: from the cache, or built with `load()`
    (which returns the Store) and then cached. A cache that cannot be written is
    no error: the index is then built each time."""
    key = cache_key(paths)
    where = index_path(paths) if key else None
    if where is not None and key is not None:
        cached = SearchIndex.load(where, key)
        if cached is not None:
            _guard_names(cached)
            return cached
    index = SearchIndex.from_store(load())
    if where is not None and key is not None:
        save(index, where, key)
    return index


def _guard_names(index: SearchIndex) -> None:
    """The checker reads the names file beside the documents whole: make sure it is a
    regular file of a sane size, or gone (a FIFO there would block it for ever)."""
    import stat

    if index.docs_path is None:
        return
    names = index.docs_path.with_suffix(".names")
    try:
        found = os.lstat(names)
    except OSError:
        return
    if not stat.S_ISREG(found.st_mode) or found.st_size > MAX_NAMES:
        with contextlib.suppress(OSError):
            os.unlink(names)


def save(index: SearchIndex, where: Path, key: str) -> None:
    """Cache `index` whole, under a new tag: its documents, then the index that names them."""
    with contextlib.suppress(OSError):
        where.parent.mkdir(parents=True, exist_ok=True)
        docs = where.with_name(f"{where.stem}.{os.urandom(4).hex()}.docs")
        index.write_documents(docs)
        index.save(where, key, docs)
        prune(where.parent, keep=KEEP_CACHED, current=docs)


def prune(directory: Path, keep: int, current: Path | None = None) -> None:
    """Keep the caches of the `keep` stores used last; of the store whose documents
    file is `current`, only that file and its names. Delete the rest, and the
    temporary files of killed processes."""
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return
    by_stem: dict[str, list[os.DirEntry[str]]] = {}
    now = time.time()
    for entry in entries:
        if entry.name.endswith(".tmp"):
            with contextlib.suppress(OSError):
                if now - entry.stat(follow_symlinks=False).st_mtime > STALE_TEMPORARY:
                    os.unlink(entry.path)
            continue
        by_stem.setdefault(entry.name.split(".", 1)[0], []).append(entry)
    ranked = sorted(by_stem.items(), key=lambda item: _newest(item[1]), reverse=True)
    own_stem, own_tag = current.name.split(".")[:2] if current is not None else (None, None)
    for number, (stem, files) in enumerate(ranked):
        for entry in files:
            other_generation = (
                stem == own_stem
                and entry.name.endswith((".docs", ".names", ".readings"))
                and (entry.name.split(".")[1] != own_tag)
            )
            if number >= keep or other_generation:
                _remove(entry)


def _remove(entry: os.DirEntry[str]) -> None:
    """Delete a cache file, or a directory of the records' readings (check/find/reading_cache.py)."""
    with contextlib.suppress(OSError):
        if entry.is_dir(follow_symlinks=False):
            import shutil

            shutil.rmtree(entry.path, ignore_errors=True)
        else:
            os.unlink(entry.path)


def _newest(files: list[os.DirEntry[str]]) -> float:
    times = []
    for entry in files:
        with contextlib.suppress(OSError):
            times.append(entry.stat(follow_symlinks=False).st_mtime)
    return max(times, default=0.0)
