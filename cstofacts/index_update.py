"""What a write does to the cached search index: the records it added or removed, applied
to the index of the store as it was, and saved for the store as it is now.

Building an index tokenises every record (100,000 take seconds); a write knows
what it changed, so it tokenises only that, appends the new records'
documents to the cache's documents file, and rewrites the index itself
(postings and a few numbers a record: a tenth of the store's size). Anything
unexpected (no index cached for the state before the write, a change that
touches the words of records the write did not add) leaves the cache alone:
the next search builds the index from the store, as it always could.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from array import array
from bisect import insort
from collections.abc import Iterable, Sequence
from itertools import compress
from pathlib import Path
from typing import IO, Any, NamedTuple

from cstofacts.facets import offices_of
from cstofacts.index import ARRAYS, BYTE_ARRAYS, FIELDS, SearchIndex
from cstofacts.index_cache import KEEP_CACHED, cache_key, index_path, prune, save
from cstofacts.models import Entity, Record, Source
from cstofacts.store import Store
from cstofacts.text import name_terms

Span = tuple[Any, int, int]


class State(NamedTuple):
    """The store files a view was read from, their state (cache_key), and how many records it holds."""

    paths: list[Path]
    key: str | None
    size: int

    @classmethod
    def of(cls, paths: Sequence[Path], store: Store) -> State:
        return cls(list(paths), cache_key(paths), store.count())


def after_write(
    before: State,
    paths: Sequence[Path],
    store: Store,
    *,
    origin: str,
    added: list[dict[str, Any]] | None = None,
    removed: frozenset[str] = frozenset(),
    sources: Iterable[dict[str, Any]] = (),
    entities: Iterable[dict[str, Any]] = (),
) -> None:
    """Bring the cached index of `before` (the view `store` was read as) up to the store
    files `paths` as they are now: `added` record documents (None when there were too
    many to add here), the records of `origin` whose ids are `removed`, new `sources`
    and `entities`."""
    key, old_where, where = cache_key(paths), index_path(before.paths), index_path(paths)
    if (added is None and not removed) or key is None or before.key is None or old_where is None or where is None:
        return
    index = SearchIndex.load(old_where, before.key)
    if index is None or index.size != before.size or index.docs_path is None:
        return
    added = added or []
    new_entities = [Entity.from_doc(doc, origin) for doc in entities]
    names = {entity.name for entity in new_entities}
    if names and any(_names(doc) & names for doc, _ in store.documents()):
        return  # records that name them would be found by more words: only a build sees which
    for doc in sources:
        index.sources[doc["id"]] = Source.from_doc(doc, origin)
    index.entities += new_entities
    index.entity_terms += [tuple(name_terms(name) for name in entity.names) for entity in new_entities]
    index.offices.update(offices_of(new_entities))
    gone = (
        [
            (position, doc)
            for position, (doc, from_) in enumerate(store.documents())
            if from_ == origin and doc.get("id") in removed
        ]
        if removed
        else []
    )
    if gone:
        _remove(index, [p for p, _ in gone], [Record.from_doc(d, index.sources, origin) for _, d in gone])
    records = [Record.from_doc(doc, index.sources, origin) for doc in added]
    if records:
        _append(index, records)
    _regroup(index, store, [doc for _, doc in gone], added, removed, origin)
    with contextlib.suppress(OSError):
        _save(index, where, key, records, renamed=bool(new_entities) or where != old_where)


def _names(doc: dict[str, Any]) -> set[Any]:
    return {doc.get("speaker"), doc.get("place"), doc.get("role"), *(doc.get("entities") or ())}


def _built(index: SearchIndex, records: list[Record]) -> SearchIndex:
    """An index of `records` alone, with the whole store's entities and sources: what
    building the whole index would have made of them (SearchIndex._fill)."""
    return SearchIndex(records, index.entities, index.sources) if records else SearchIndex()


def _remove(index: SearchIndex, positions: list[int], records: list[Record]) -> None:
    """Take the records at `positions` out: postings renumbered, counts lowered."""
    keep = bytearray(b"\x01") * index.size
    for position in positions:
        keep[position] = 0
    shift, kept = array("i"), 0
    for flag in keep:
        shift.append(kept if flag else -1)
        kept += flag
    lowest = min(positions)
    for field_name in FIELDS:
        table = index._postings[field_name]
        for word in list(table):
            found = index.postings(field_name, word)
            if found[-1] < lowest:
                continue  # every record before the first removed keeps its position
            mapped = array("i", map(shift.__getitem__, found))
            if min(mapped) < 0:
                mapped = array("i", (p for p in mapped if p >= 0))
            if mapped:
                table[word] = array("I", mapped)
            else:
                del table[word]
    frequency = index.document_frequency
    for word, count in _built(index, records).document_frequency.items():
        frequency[word] -= count
        if frequency[word] <= 0:
            del frequency[word]
    index.vocabulary = sorted(frequency)
    for name in ARRAYS:
        setattr(index, name, array(getattr(index, name).typecode, compress(getattr(index, name), keep)))
    for name in BYTE_ARRAYS:
        setattr(index, name, bytearray(compress(getattr(index, name), keep)))
    index.spans = array("Q", compress(index.spans, (flag for flag in keep for _ in (0, 1))))
    if index._records is not None:
        index._records = list(compress(index._records, keep))
    index.size = kept


def _append(index: SearchIndex, records: list[Record]) -> None:
    """Add `records` at the end, as building the whole index would have."""
    new = _built(index, records)
    first = index.size
    for field_name in FIELDS:
        table = index._postings[field_name]
        for word in new._postings[field_name]:
            found = index.postings(field_name, word)
            positions = array("I", (first + p for p in new.postings(field_name, word)))
            if isinstance(found, array) and found:  # (decoded by postings(): the array the index holds)
                found.extend(positions)
            else:
                table[word] = positions
    frequency = index.document_frequency
    for word, count in new.document_frequency.items():
        if word not in frequency:
            frequency[word] = 0
            insort(index.vocabulary, word)
        frequency[word] += count
    codes = {"source_of": (new.source_ids, index.source_ids), "speaker_of": (new.speakers, index.speakers)}
    for name in ARRAYS:
        values = getattr(new, name)
        if name in codes:  # codes into a list of the new index: into the whole index's list
            theirs, ours = codes[name]
            offset = 1 if name == "speaker_of" else 0  # 0: no speaker
            values = [(_code(ours, theirs[v - offset]) + offset) if v or not offset else 0 for v in values]
        getattr(index, name).extend(values)
    for name in BYTE_ARRAYS:
        getattr(index, name).extend(getattr(new, name))
    if index._records is not None:
        index._records += records
    index.size += len(records)


def _code(values: list[str], value: str) -> int:
    try:
        return values.index(value)
    except ValueError:
        values.append(value)
        return len(values) - 1


def _span(doc: dict[str, Any]) -> Span | None:
    """A record's evidence span (source, start, end), when it has one."""
    locator = doc.get("locator")
    if not isinstance(locator, dict):
        return None
    return doc.get("source"), locator["start"], locator["end"]


def _regroup(
    index: SearchIndex,
    store: Store,
    gone: list[dict[str, Any]],
    added: list[dict[str, Any]],
    removed: frozenset[str],
    origin: str,
) -> None:
    """In the evidence spans that gained or lost a record, work out again what depends
    on the records that share a span (an item of a list beside the whole list):
    the same index built of those records alone says it."""
    touched = {span for span in map(_span, [*gone, *added]) if span is not None}
    if not touched:
        return
    kept = ((doc, from_) for doc, from_ in store.documents() if not (from_ == origin and doc.get("id") in removed))
    members = [
        (position, doc, from_)
        for position, (doc, from_) in enumerate([*kept, *((doc, origin) for doc in added)])
        if _span(doc) in touched
    ]
    group = _built(index, [Record.from_doc(doc, index.sources, from_) for _, doc, from_ in members])
    for number, (position, _, _) in enumerate(members):
        for name in BYTE_ARRAYS:
            getattr(index, name)[position] = getattr(group, name)[number]


def _save(index: SearchIndex, where: Path, key: str, records: list[Record], *, renamed: bool) -> None:
    """Append the new records' documents, then write the index that names them. A new
    documents file (hard-linked or copied) when the names change with the entities, or
    the index moves to other store files; written anew when most of it is removed records."""
    docs = index.docs_path
    assert docs is not None
    size = docs.stat().st_size
    live = sum(index.spans[i + 1] - index.spans[i] for i in range(0, len(index.spans), 2))
    if size > 2 * live + (1 << 20):
        save(index, where, key)  # mostly removed records: the documents written anew
        return
    if renamed:
        fresh = where.with_name(f"{where.stem}.{os.urandom(4).hex()}.docs")
        try:
            os.link(docs, fresh)
        except OSError:
            shutil.copyfile(docs, fresh)
        docs = fresh
    with _append_to(docs) as out:
        for record in records:
            start = out.tell()
            out.write(index.document(record))
            index.spans.extend((start, out.tell()))
    index.save(where, key, docs)
    prune(where.parent, keep=KEEP_CACHED, current=docs)


def _append_to(path: Path) -> IO[bytes]:
    """`path` open for appending, when it is a regular file (O_NONBLOCK: a FIFO put in its
    place does not block the write; it fails, and the cache is left for a search to build)."""
    import stat

    fd = os.open(path, os.O_WRONLY | os.O_APPEND | getattr(os, "O_NONBLOCK", 0))
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(f"{path} is not a regular file")
    out = open(fd, "ab")  # noqa: SIM115 (the caller's with closes it)
    out.seek(0, os.SEEK_END)
    return out
