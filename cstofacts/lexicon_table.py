"""The lexicon's file and how a word's line is found in it.

The lexicon is a tab-separated file sorted by its first column. Beside it,
lexicon.idx (written by data/build_lexicon.py) is a hash table of where each
line starts: a word is found in one or two reads of each file through a memory
map, however cold the process. Without a current index (missing, or built for
another file), a word is found by bisection of the sorted file instead, which
takes some 17 steps a word.
"""

from __future__ import annotations

import mmap
import struct
from pathlib import Path
from zlib import crc32

# magic, the byte size of the file indexed (a stale index is not used), number of slots
HEADER = struct.Struct("<8sQI")
MAGIC = b"CSLXIDX1"
SLOT = struct.Struct("<I")
EMPTY = 0xFFFFFFFF


def build_index(table: bytes) -> bytes:
    """The hash table of line starts for a sorted tab-separated file's bytes: open
    addressing, linear probing, at most half full. A key's first line wins."""
    starts, offset = [], 0
    for line in table.splitlines(keepends=True):
        starts.append(offset)
        offset += len(line)
    slots = 1 << max(4, (2 * len(starts)).bit_length())
    mask = slots - 1
    cells = [EMPTY] * slots
    for start in starts:
        tab = table.find(b"\t", start)
        slot = crc32(table[start:tab]) & mask
        while cells[slot] != EMPTY:
            slot = (slot + 1) & mask
        cells[slot] = start
    return HEADER.pack(MAGIC, len(table), slots) + struct.pack(f"<{slots}I", *cells)


class Table:
    """A sorted tab-separated file, looked up by its first column through a memory map."""

    REMEMBERED_SPANS = 4096

    def __init__(self, path: Path, index: Path | None = None) -> None:
        with path.open("rb") as handle:
            self._map = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        self._index = _open_index(index, len(self._map)) if index is not None else None
        self._mask = (len(self._index) - HEADER.size) // SLOT.size - 1 if self._index is not None else 0
        # Bisection only: the first steps of every bisection probe the same lines, each read
        # once. Only the steps over a span wider than 1/REMEMBERED_SPANS of the file are kept.
        self._probes: dict[int, tuple[int, bytes, int]] = {}
        self._remembered = max(1, len(self._map) // self.REMEMBERED_SPANS)

    def line(self, key: bytes) -> bytes | None:
        """The whole line whose first column is `key` (without its newline), or None."""
        start = self._hashed(key) if self._index is not None else self._bisected(key)
        if start is None:
            return None
        stop = self._map.find(b"\n", start)
        return self._map[start : stop if stop >= 0 else len(self._map)]

    def _hashed(self, key: bytes) -> int | None:
        index, data, mask = self._index, self._map, self._mask
        assert index is not None
        width = len(key)
        slot = crc32(key) & mask
        while True:
            (start,) = SLOT.unpack_from(index, HEADER.size + SLOT.size * slot)
            if start == EMPTY:
                return None
            if data[start : start + width + 1] == key + b"\t":
                return int(start)
            slot = (slot + 1) & mask

    def _bisected(self, key: bytes) -> int | None:
        data = self._map
        # Invariant: every line starting before `low` has a key < `key`, and the
        # line that starts at or after `high` cannot be the first key >= `key`
        # unless it starts exactly at `high`.
        low, high = 0, len(data)
        probes = self._probes
        while low < high:
            middle = (low + high) // 2
            probe = probes.get(middle)
            if probe is None:
                start = data.rfind(b"\n", 0, middle) + 1  # the line holding `middle`
                stop = data.find(b"\n", start)
                probe = (start, data[start : data.find(b"\t", start)], stop)
                if high - low > self._remembered:
                    probes[middle] = probe
            start, found, stop = probe
            if found < key:
                low = stop + 1 if stop >= 0 else len(data)
            else:
                high = start
        if low >= len(data) or data[low : data.find(b"\t", low)] != key:
            return None
        return low


def _open_index(path: Path, indexed_size: int) -> mmap.mmap | None:
    """The index's map, or None when it is missing, damaged or built for another file."""
    try:
        with path.open("rb") as handle:
            index = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    if len(index) < HEADER.size:
        return None
    magic, size, slots = HEADER.unpack_from(index)
    if magic != MAGIC or size != indexed_size or len(index) != HEADER.size + SLOT.size * slots:
        return None
    if slots & (slots - 1):
        return None
    return index
