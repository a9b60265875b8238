"""Records' readings, kept beside the search index's cache between runs.

Reading a record (its names, dates, counts, who says it, its stance) takes
about 1.5 ms; a claim reads eight candidates, so a `check` spent a sixth of its
time on words it had read before. A reading is pickled once into

    <stem>.<tag>.readings/<code>/<position>-<crc>.pickle

beside the documents of the same tag (index_cache.py), where `code` names the
state of the checker's own code and lexicon (a changed reader reads anew) and
`crc` the record's words (a rewritten record is read anew).

Everything here may be deleted at any time, and nothing found here is trusted:
a file is opened without following links and without blocking, read only if it
is a regular file of a sane size, unpickled by an unpickler that builds only
the checker's own classes, and used only if it is the pair of readings asked
for; anything else is read again. A file is written to a temporary name and
renamed, so a reader meets a whole file or none.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

_CODE: list[str] = []  # the code's fingerprint, found once per process
MAX_READING = 1 << 20  # a cached reading larger than this is not ours
CODE_STATE = re.compile(r"[0-9a-f]{8}")  # the name of a code state's folder
# What a reading is made of; nothing else is unpickled (a pickle can name any callable).
_ALLOWED_MODULES = frozenset({"cstofacts.models", "datetime"})
_ALLOWED_BUILTINS = frozenset({"set", "frozenset", "dict", "list", "tuple", "str", "int", "float", "bool"})


def _allowed(module: str, name: str) -> bool:
    if module == "builtins":
        return name in _ALLOWED_BUILTINS
    return module in _ALLOWED_MODULES or module.startswith("cstofacts.check.")


def code_state() -> str:
    """The version, and the sizes and times of the modules of the check package and of
    the package itself, and of the lexicon: what a reading depends on besides the
    record and the store's names (an edited module in a development install too)."""
    if not _CODE:
        from zlib import crc32

        from cstofacts import __version__
        from cstofacts.store import data_dir

        checker = Path(__file__).parent.parent
        stages = [checker / entry.name for entry in os.scandir(checker) if entry.is_dir() and entry.name.isalpha()]
        parts = [__version__]
        with contextlib.suppress(OSError):
            # the checker, its stages, and the package's modules it reads with
            for folder in (checker, *sorted(stages), checker.parent):
                for entry in sorted(os.scandir(folder), key=lambda e: e.name):
                    if entry.name.endswith(".py"):
                        found = entry.stat()
                        parts.append(f"{entry.name}:{found.st_size}:{found.st_mtime_ns}")
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


def cached(directory: Path | None, position: int, words: str, read: Callable[[], Any], valid: type) -> Any:
    """The reading of the record at `position`, whose words are `words`: from the
    cache when it holds a pair of `valid` (its own reading and its focus, or None)
    for these words, else `read()`, then kept."""
    if directory is None:
        return read()
    from zlib import crc32

    path = directory / f"{position}-{crc32(words.encode('utf-8', 'surrogatepass')):08x}.pickle"
    found = _load(path)
    if (
        isinstance(found, tuple)
        and len(found) == 2
        and isinstance(found[0], valid)
        and (found[1] is None or isinstance(found[1], valid))
    ):
        return found
    found = read()
    _keep(directory, path, found)
    return found


def _codec() -> Any:
    """Pickle's C codec alone: the `pickle` module around it costs a lookup start 3 ms
    more (struct, and a probe of every import path for Jython's modules)."""
    try:
        import _pickle as codec
    except ImportError:  # an interpreter without the C codec
        import pickle as codec  # type: ignore[no-redef]
    return codec


def _load(path: Path) -> object:
    """What a cache file holds, or None: never a link, a pipe or a device, never more
    than MAX_READING bytes, and only the checker's own classes."""
    pickle = _codec()
    unpickler: Any = pickle.Unpickler

    class _Readings(unpickler):
        def find_class(self, module: str, name: str) -> Any:
            if _allowed(module, name):
                return super().find_class(module, name)
            raise pickle.UnpicklingError(f"{module}.{name} is no part of a reading")

    try:
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    try:
        found = os.fstat(handle)
        if not stat.S_ISREG(found.st_mode) or found.st_size > MAX_READING:
            return None
        data = os.read(handle, MAX_READING + 1)
    except OSError:
        return None
    finally:
        os.close(handle)
    import io

    try:
        return _Readings(io.BytesIO(data)).load()
    except Exception:  # a damaged or foreign file, whatever it raises, is read again
        return None


def _keep(directory: Path, path: Path, value: object) -> None:
    """Write `value` to `path` whole (a new temporary file, renamed); the folders of
    other states of the code go. A cache that cannot be written is no error."""
    pickle = _codec()

    parent = directory.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        if not stat.S_ISDIR(os.lstat(parent).st_mode):
            return  # a link where the readings go: not followed, not written through
        fresh = not directory.exists()
        directory.mkdir(exist_ok=True)
        if not stat.S_ISDIR(os.lstat(directory).st_mode):
            return
    except OSError:
        return
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        handle = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(handle, "wb") as out:
            pickle.dump(value, out, protocol=-1)  # the highest protocol
        os.replace(tmp, path)
    except (OSError, pickle.PicklingError, TypeError, AttributeError, RecursionError):
        with contextlib.suppress(OSError):
            tmp.unlink()
        return
    if fresh:
        _prune_other_states(directory)


def _prune_other_states(directory: Path) -> None:
    """Delete the folders of other states of the code beside `directory`: only real
    folders (no link is followed) whose names are a code state's."""
    import shutil

    with contextlib.suppress(OSError):
        for entry in os.scandir(directory.parent):
            if (
                entry.is_dir(follow_symlinks=False)
                and CODE_STATE.fullmatch(entry.name)
                and entry.path != str(directory)
            ):
                shutil.rmtree(entry.path, ignore_errors=True)
