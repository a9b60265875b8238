"""Reading input within bounds: regular files (or stdin) only, up to a size limit.

A device (/dev/zero, /dev/urandom) would be read until memory runs out, and a
named pipe (FIFO) with no writer would block its reader for ever. So a file is
opened without waiting (O_NONBLOCK: a FIFO opens at once) and refused unless
it is a regular file; its size is checked before it is read, and what is read
never passes the limit. stdin, which may be any of those, is read in chunks up
to a limit. Callers turn `Refused` into their own error (exit 2 or 4).
"""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path
from typing import BinaryIO

CHUNK = 1 << 16
MIB = 1 << 20
GIB = 1 << 30


class Refused(Exception):
    """Input that was not read, or not read whole; the message says why, in a few words."""


def size_text(count: int) -> str:
    """A byte count for people: `16 MiB`, `1 GiB`, `1.5 GiB`, `512 bytes`."""
    for unit, name in ((GIB, "GiB"), (MIB, "MiB"), (1 << 10, "KiB")):
        if count >= unit:
            return f"{count / unit:.1f}".removesuffix(".0") + f" {name}"
    return f"{count} bytes"


def kind_of(mode: int) -> str:
    """What a file of this mode is, in words: `a named pipe (FIFO)`, `a device`, ..."""
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def open_regular(path: Path | str) -> int:
    """A descriptor open for reading on `path`, a regular file (or a link to one).

    OSError when it cannot be opened; Refused when it is not a regular file.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise Refused(f"{kind_of(mode)}, not a regular file")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_regular(path: Path | str, limit: int) -> bytes:
    """The bytes of the regular file `path`, at most `limit` of them (else Refused)."""
    fd = open_regular(path)
    with open(fd, "rb", closefd=True) as handle:
        size = os.fstat(fd).st_size
        if size > limit:
            raise Refused(f"{size_text(size)}; the limit is {size_text(limit)}")
        # read(n) sets n bytes aside before it reads: the size it has, not the limit
        data = handle.read(size)
        rest = read_stream(handle, limit - len(data))  # what was written meanwhile, still within the limit
    return data + rest if rest else data


def read_stream(stream: BinaryIO, limit: int) -> bytes:
    """All of `stream` (stdin), read in chunks; Refused once it passes `limit`."""
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(CHUNK)
        if not chunk:
            return b"".join(chunks)
        total += len(chunk)
        if total > limit:
            raise Refused(f"more than {size_text(limit)}, the limit")
        chunks.append(chunk)


class Limited(io.RawIOBase):
    """A binary stream (a file or stdin) read in chunks, refused once it passes `limit`;
    `position` says how many bytes have been read (for a progress bar)."""

    def __init__(self, stream: BinaryIO, limit: int, *, owned: bool = False) -> None:
        super().__init__()
        self.stream = stream
        self.limit = limit
        self.position = 0
        self.owned = owned  # closed with this one (a file we opened; never stdin)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        chunk = self.stream.read(min(len(buffer), CHUNK))
        if not chunk:
            return 0
        self.position += len(chunk)
        if self.position > self.limit:
            raise Refused(f"more than {size_text(self.limit)}, the limit")
        buffer[: len(chunk)] = chunk
        return len(chunk)

    def close(self) -> None:
        if self.owned:
            self.stream.close()
        super().close()


def open_limited(path: Path | str, limit: int) -> Limited:
    """The regular file `path` as a Limited stream (OSError, Refused as open_regular)."""
    return Limited(open(open_regular(path), "rb", closefd=True), limit, owned=True)
