"""The search index: every record's words by field, built from a store or loaded from its cache.

Building means tokenising every record, which costs far more than the search
itself (about 0.05 ms a record). So the index is saved in a cache (see
index_cache: where, and for which state of the store files) and loaded from
there. A loaded index answers a search without parsing the store: it keeps
the records' documents in a file of its own, to which a write appends (see
index_update), and parses only those it returns.
"""

from __future__ import annotations

import marshal
import os
import zlib
from array import array
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from cstofacts.dates import record_bounds, within_range
from cstofacts.errors import StoreError
from cstofacts.facets import answer_kinds, counted_terms, offices_of
from cstofacts.models import KINDS, Entity, Record, Source
from cstofacts.store import MAX_STORE, Store
from cstofacts.text import name_terms, terms

FORMAT = 9  # bump when the saved layout, the tokenising or what a field holds (offices) changes
FIELDS = ("text", "names", "topics", "counted")  # counted: the words after a number ("six member states")
NO_DATE = 0
# A saved index starts with this and the CRC-32 of the rest: a file that is
# not whole, or not ours, is never given to marshal (which would trust the
# lengths it holds, and may ask for gigabytes).
MAGIC = b"cstofacts search index\n"
MAX_INDEX = 2 * MAX_STORE
# Every value the index keeps per record, in record order: typed arrays, then
# one byte a record. (index_update adds, removes and saves them by these names.)
ARRAYS = ("text_length", "date_first", "date_last", "source_of", "speaker_of")
BYTE_ARRAYS = ("kind", "is_part", "answers")


def record_fields(
    record: Record, aliases: dict[str, tuple[str, ...]], offices: dict[str, frozenset[str]] | None = None
) -> dict[str, set[str]]:
    """The words a record is found by: its text; its speaker, place, role and entities
    with all their aliases, and the offices of its people; its topics."""
    names: set[str] = set()
    for name in (record.speaker, record.place, record.role, *record.entities):
        if name:
            for alias in aliases.get(name, (name,)):
                names |= name_terms(alias)
            if offices and name in offices:
                names |= offices[name]
    topics: set[str] = set()
    for topic in record.topics:
        topics |= name_terms(topic)
    text = set(terms(record.text))
    counted = counted_terms(record.text)
    if record.period:  # "2026/2030": the years a plan covers find it, as its text's words do
        text |= set(terms(record.period.replace("/", " ")))
    return {"text": text, "names": names, "topics": topics, "counted": counted}


def list_items(records: Sequence[Record]) -> bytearray:
    """1 for each record whose focus is a narrower part of the evidence another
    record of the same evidence is about (an item of a list beside the list);
    2 for the record of the whole list."""
    by_span: dict[tuple[str, int, int], list[int]] = defaultdict(list)
    for position, record in enumerate(records):
        if record.locator is not None:
            by_span[record.source.id, record.locator.start, record.locator.end].append(position)
    flags = bytearray(len(records))
    for positions in by_span.values():
        if len(positions) < 2:
            continue
        widest = max(_focus_width(records[p]) for p in positions)
        for position in positions:
            flags[position] = 1 if _focus_width(records[position]) < widest else 2
    return flags


def _focus_width(record: Record) -> int:
    start, end = record.locator.focus if record.locator else (0, 0)
    return end - start


class SearchIndex:
    """Postings (word -> positions of the records holding it) per field, and the few
    per-record values that ranking and filtering need, in compact arrays."""

    def __init__(
        self, records: Sequence[Record] = (), entities: Sequence[Entity] = (), sources: dict[str, Source] | None = None
    ) -> None:
        self.size = 0
        self.entities: list[Entity] = []
        self.entity_terms: list[tuple[frozenset[str], ...]] = []  # the terms of each name of each entity
        self.offices: dict[str, frozenset[str]] = {}  # a person's name -> the terms of their office (facets)
        self.sources: dict[str, Source] = {}
        self.document_frequency: dict[str, int] = {}
        self.vocabulary: list[str] = []
        self._postings: dict[str, dict[str, Any]] = {f: {} for f in FIELDS}
        self.text_length = array("I")
        self.date_first = array("i")  # proleptic ordinals; NO_DATE when undated
        self.date_last = array("i")
        self.kind = bytearray()  # index into KINDS
        # 1 where a record is one item of a list that another record states whole
        # (the same evidence, a narrower highlight): a whole ranks before its parts.
        self.is_part = bytearray()
        self.answers = bytearray()  # the kinds of answer each record holds (facets.COUNT | ...)
        self.source_of = array("I")  # index into source_ids
        self.speaker_of = array("I")  # 0: none, else 1 + index into speakers
        self.source_ids: list[str] = []
        self.speakers: list[str] = []
        self._records: list[Record] | None = None
        # A loaded index reads its documents from a file of its cache: kept open
        # from the start, so that a writer replacing the cache cannot pull it away.
        self._docs_path: Path | None = None
        self._docs_fd: int | None = None
        self.spans = array("Q")  # where each record's document starts and ends in that file
        if records or entities or sources:  # (a store of sources alone knows them too)
            self._fill(records, entities, sources)

    # -- building -------------------------------------------------------------

    def _fill(self, records: Sequence[Record], entities: Sequence[Entity], sources: dict[str, Source] | None) -> None:
        index = self
        index.size = len(records)
        index.entities = list(entities)
        index.entity_terms = [tuple(name_terms(name) for name in e.names) for e in entities]
        index.sources = dict(sources or {r.source.id: r.source for r in records})
        index._records = list(records)
        aliases = {e.name: e.names for e in entities}
        offices = index.offices = offices_of(entities)
        types = {e.name: e.type for e in entities}
        postings: dict[str, dict[str, list[int]]] = {f: defaultdict(list) for f in FIELDS}
        frequency: dict[str, int] = defaultdict(int)
        source_ids: dict[str, int] = {}
        speakers: dict[str, int] = {}
        for position, record in enumerate(records):
            fields = record_fields(record, aliases, offices)
            for field_name, words in fields.items():
                for word in words:
                    postings[field_name][word].append(position)
            for word in fields["text"] | fields["names"] | fields["topics"]:
                frequency[word] += 1
            bounds = record_bounds(record.date, record.date_end)
            index.date_first.append(bounds[0].toordinal() if bounds else NO_DATE)
            index.date_last.append(bounds[1].toordinal() if bounds else NO_DATE)
            index.text_length.append(len(record.text))
            index.kind.append(KINDS.index(record.kind) if record.kind in KINDS else len(KINDS))
            index.source_of.append(source_ids.setdefault(record.source.id, len(source_ids)))
            index.speaker_of.append(speakers.setdefault(record.speaker, len(speakers)) + 1 if record.speaker else 0)
        lists = list_items(records)
        index.is_part = bytearray(flag == 1 for flag in lists)
        index.answers = bytearray(answer_kinds(r, types, lists[p] == 2) for p, r in enumerate(records))
        index._postings = {f: {w: array("I", p) for w, p in postings[f].items()} for f in FIELDS}
        index.document_frequency = dict(frequency)
        index.vocabulary = sorted(frequency)
        index.source_ids = list(source_ids)
        index.speakers = list(speakers)

    @classmethod
    def from_store(cls, store: Store) -> SearchIndex:
        return cls(store.records, store.entities, store.sources)

    # -- reading --------------------------------------------------------------

    def postings(self, field_name: str, word: str) -> Sequence[int]:
        found = self._postings[field_name].get(word)
        if found is None:
            return ()
        if isinstance(found, bytes):  # loaded from the cache: decoded on first use
            decoded = array("I")
            decoded.frombytes(found)
            self._postings[field_name][word] = found = decoded
        return found

    def record(self, position: int) -> Record:
        if self._records is not None:
            return self._records[position]
        start, end = self.spans[2 * position], self.spans[2 * position + 1]
        return self._parse(self._read(start, end - start))

    def _read(self, start: int, length: int) -> bytes:
        assert self._docs_fd is not None
        try:
            if hasattr(os, "pread"):
                return os.pread(self._docs_fd, length, start)
            os.lseek(self._docs_fd, start, os.SEEK_SET)
            return os.read(self._docs_fd, length)
        except OSError:
            raise StoreError(f"cannot read the search index {self._docs_path}: run the command again") from None

    def _parse(self, data: bytes) -> Record:
        try:
            doc = marshal.loads(data)
            origin = doc.pop("_origin", "bundled")
            return Record.from_doc(doc, self.sources, origin)
        except (EOFError, ValueError, TypeError, KeyError, AttributeError):
            # Another process pruned or rewrote the cache under this one.
            raise StoreError(
                f"the search index {self._docs_path} changed while it was read: run the command again"
            ) from None

    @property
    def records(self) -> list[Record]:
        """Every record, in store order (parses them all for a loaded index)."""
        if self._records is None and not self.size:  # (an empty store: never built, nothing saved)
            self._records = []
        if self._records is None:
            spans = self.spans
            whole = self._read(0, max(spans))
            self._records = [self._parse(whole[spans[2 * p] : spans[2 * p + 1]]) for p in range(self.size)]
        return self._records

    @property
    def docs_path(self) -> Path | None:
        """The cache file that holds the records' documents (None for an index built here and not saved)."""
        return self._docs_path

    def __del__(self) -> None:
        if self._docs_fd is not None:
            os.close(self._docs_fd)

    def positions(
        self,
        *,
        kind: str | None = None,
        source: str | None = None,
        speakers: Iterable[str] | None = None,
        dated_within: tuple[int | None, int | None] | None = None,
    ) -> set[int]:
        """Positions of the records of that kind, source and speaker, and dated
        within `dated_within` (first and last day as ordinals, either open)."""
        kind_code = KINDS.index(kind) if kind in KINDS else None
        source_code = self.source_ids.index(source) if source in self.source_ids else -1
        speaker_codes = {self.speakers.index(s) + 1 for s in speakers or () if s in self.speakers}
        kept = set()
        for position in range(self.size):
            if kind and self.kind[position] != kind_code:
                continue
            if source and self.source_of[position] != source_code:
                continue
            if speakers is not None and self.speaker_of[position] not in speaker_codes:
                continue
            if dated_within is not None and (
                self.date_first[position] == NO_DATE
                or not within_range(self.date_first[position], self.date_last[position], *dated_within)
            ):
                continue
            kept.add(position)
        return kept

    # -- saving and loading ---------------------------------------------------

    def document(self, record: Record) -> bytes:
        """A record as its line of the documents file (marshal: a lookup needs no json parser)."""
        return marshal.dumps({**record.to_doc(), "_origin": record.origin})

    def write_documents(self, path: Path) -> None:
        """Write every record's document to `path` (a new file), and where each stands to `spans`."""
        spans = array("Q")
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with tmp.open("wb") as docs:
            for record in self.records:
                spans.append(docs.tell())
                docs.write(self.document(record))
                spans.append(docs.tell())
        os.replace(tmp, path)
        self.spans = spans

    def save(self, path: Path, key: str, docs: Path) -> None:
        """Write the index to `path`, atomically, naming the documents file `docs`
        (written already, in the same directory) and the store state `key`."""
        payload = {
            "format": FORMAT,
            "key": key,
            "docs": docs.name,
            "size": self.size,
            "entities": [{**e.to_dict(), "_origin": e.origin} for e in self.entities],
            "entity_terms": self.entity_terms,
            "offices": self.offices,
            "sources": [{**s.to_doc(), "_origin": s.origin} for s in self.sources.values()],
            "document_frequency": self.document_frequency,
            "postings": {
                f: {w: p if isinstance(p, bytes) else p.tobytes() for w, p in self._postings[f].items()} for f in FIELDS
            },
            "arrays": {name: getattr(self, name).tobytes() for name in ARRAYS},
            "bytes": {name: bytes(getattr(self, name)) for name in BYTE_ARRAYS},
            "source_ids": self.source_ids,
            "speakers": self.speakers,
            "spans": self.spans.tobytes(),
        }
        data = marshal.dumps(payload)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(MAGIC + zlib.crc32(data).to_bytes(4, "big") + data)
        os.replace(tmp, path)
        self._docs_path = docs

    @classmethod
    def load(cls, path: Path, key: str) -> SearchIndex | None:
        """The index saved at `path` for the store state `key`, or None when it is missing,
        for another state, not whole, or not a regular file (nor its documents)."""
        from cstofacts.bounded import Refused, open_regular, read_regular

        try:
            data = read_regular(path, MAX_INDEX)
        except (OSError, Refused):
            return None
        head = len(MAGIC) + 4
        if data[: len(MAGIC)] != MAGIC or zlib.crc32(data[head:]).to_bytes(4, "big") != data[len(MAGIC) : head]:
            return None
        try:
            payload = marshal.loads(memoryview(data)[head:])
            if payload.get("format") != FORMAT or payload.get("key") != key:
                return None
            index = cls._from_payload(payload)
            docs = path.with_name(payload["docs"])
        except (EOFError, ValueError, TypeError, KeyError, AttributeError):
            return None
        if docs.parent != path.parent or not docs.name.startswith(path.stem + "."):
            return None
        try:
            fd = open_regular(docs)
        except (OSError, Refused):
            return None
        index._docs_fd, index._docs_path = fd, docs
        if (index.spans and os.fstat(fd).st_size < max(index.spans)) or len(index.spans) != 2 * index.size:
            return None  # (closed as the index goes)
        return index

    @classmethod
    def _from_payload(cls, payload: dict[str, Any]) -> SearchIndex:
        index = cls()
        index.size = payload["size"]
        index.entities = [Entity.from_doc(e, e.get("_origin", "bundled")) for e in payload["entities"]]
        index.entity_terms = payload["entity_terms"]
        index.offices = payload["offices"]
        index.sources = {s["id"]: Source.from_doc(s, s.get("_origin", "bundled")) for s in payload["sources"]}
        index.document_frequency = payload["document_frequency"]
        index.vocabulary = sorted(index.document_frequency)
        index._postings = payload["postings"]
        if set(index._postings) != set(FIELDS):
            raise ValueError("not the fields of an index")
        for name in ARRAYS:
            getattr(index, name).frombytes(payload["arrays"][name])
        for name in BYTE_ARRAYS:
            setattr(index, name, bytearray(payload["bytes"][name]))
        index.source_ids = payload["source_ids"]
        index.speakers = payload["speakers"]
        index.spans.frombytes(payload["spans"])
        if any(len(getattr(index, name)) != index.size for name in (*ARRAYS, *BYTE_ARRAYS)):
            raise ValueError("arrays of another length")
        return index
