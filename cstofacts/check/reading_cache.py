"""Records' readings, kept beside the search index's cache between runs.

Reading a record (its names, dates, counts, who says it, its stance) takes
about 1.5 ms; a claim reads eight candidates, so a `check` spent a sixth of its
time on words it had read before. A reading is pickled once into

    <stem>.<tag>.readings/<code>/<position>-<crc>.pickle

beside the documents of the same tag (index_cache.py), where `code` names the
state of the checker's own code and lexicon (a changed reader reads anew) and
`crc` the record's words (a rewritten record is read anew). A file is written
to a temporary name and renamed, so a reader meets a whole file or none; one it
cannot load is read again. Everything here may be deleted at any time.
"""

from __future__ import annotations

import contextlib
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

_CODE: list[str] = []  # the code's fingerprint, found once per process


def code_state() -> str:
    """The version, and the sizes and times of the modules of the check package and of
    the package itself, and of the lexicon: what a reading depends on besides the
    record and the store's names (an edited module in a development install too)."""
    if not _CODE:
        from zlib import crc32

        from cstofacts import __version__
        from cstofacts.store import data_dir

        here = Path(__file__).parent
        parts = [__version__]
        with contextlib.suppress(OSError):
            for folder in (here, here.parent):  # the checker, and the package's modules it reads with
                for entry in sorted(os.scandir(folder), key=lambda e: e.name):
                    if entry.name.endswith(".py"):
                        stat = entry.stat()
                        parts.append(f"{entry.name}:{stat.st_size}:{stat.st_mtime_ns}")
            lexicon = (data_dir() / "lexicon" / "lexicon.tsv").stat()
            parts.append(f"lexicon:{lexicon.st_size}:{lexicon.st_mtime_ns}")
        _CODE.append(f"{crc32(chr(10).join(parts).encode()):08x}")
    return _CODE[0]


def readings_dir(docs: Path | None) -> Path | None:
    """Where the readings of the records in the documents file `docs` are kept; None
    for an index that is not cached (built in memory, as in tests and scripts)."""
    if docs is None:
        return None
    return docs.with_suffix(".readings") / code_state()


def cached(directory: Path | None, position: int, words: str, read: Callable[[], T]) -> T:
    """The reading of the record at `position`, whose words are `words`: from the
    cache when it holds one for these words, else `read()`, then kept."""
    if directory is None:
        return read()
    from zlib import crc32

    path = directory / f"{position}-{crc32(words.encode('utf-8', 'surrogatepass')):08x}.pickle"
    unreadable = (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError)
    with contextlib.suppress(*unreadable), path.open("rb") as handle:
        return pickle.load(handle)  # our own cache, in the user's own cache directory
    found = read()
    _keep(directory, path, found)
    return found


def _keep(directory: Path, path: Path, value: object) -> None:
    """Write `value` to `path` whole (a temporary file, renamed); a directory of another
    state of the code goes. A cache that cannot be written is no error."""
    fresh = not directory.exists()
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        with contextlib.suppress(OSError):
            tmp.unlink()
        return
    if fresh:
        _prune_other_states(directory)


def _prune_other_states(directory: Path) -> None:
    import shutil

    with contextlib.suppress(OSError):
        for entry in os.scandir(directory.parent):
            if entry.is_dir(follow_symlinks=False) and entry.path != str(directory):
                shutil.rmtree(entry.path, ignore_errors=True)
