"""The search index: every record's words by field, built from a store or loaded from its cache.

Building means tokenising every record, which costs far more than the search
itself (about 0.3 ms a record). So the index is saved beside the user's data,
keyed by the store files' paths, sizes and modification times, and loaded
from there while the store is unchanged. A loaded index answers a search
without parsing the store: it keeps the records' documents in a file of its
own and parses only those it returns.
"""

from __future__ import annotations

import marshal
import os
import sys
from array import array
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from cstofacts.dates import record_bounds, within_range
from cstofacts.errors import StoreError
from cstofacts.facets import answer_kinds, counted_terms, offices_of
from cstofacts.models import KINDS, Entity, Record, Source
from cstofacts.store import Store
from cstofacts.text import name_terms, terms

FORMAT = 6  # bump when the saved layout or the tokenising changes
FIELDS = ("text", "names", "topics", "counted")  # counted: the words after a number ("six member states")
NO_DATE = 0


def record_fields(record: Record, aliases: dict[str, tuple[str, ...]],
                  offices: dict[str, frozenset[str]] | None = None) -> dict[str, set[str]]:
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

    def __init__(self, records: Sequence[Record] = (), entities: Sequence[Entity] = (),
                 sources: dict[str, Source] | None = None) -> None:
        self.size = 0
        self.entities: list[Entity] = []
        self.entity_terms: list[tuple[frozenset[str], ...]] = []  # the terms of each name of each entity
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
        self._docs_path: Path | None = None
        self._offsets = array("Q")
        if records or entities:
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
        offices = offices_of(entities)
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
        assert self._docs_path is not None
        start, end = self._offsets[position], self._offsets[position + 1]
        try:
            with self._docs_path.open("rb") as docs:
                docs.seek(start)
                doc = marshal.loads(docs.read(end - start))
        except (OSError, EOFError, ValueError, TypeError):
            # Another process pruned or rewrote the cache under this one.
            raise StoreError(f"the search index {self._docs_path} changed while it was read: run the command again") from None
        origin = doc.pop("_origin", "bundled")
        return Record.from_doc(doc, self.sources, origin)

    @property
    def records(self) -> list[Record]:
        """Every record, in store order (parses them all for a loaded index)."""
        if self._records is None:
            self._records = [self.record(p) for p in range(self.size)]
        return self._records

    def positions(self, *, kind: str | None = None, source: str | None = None,
                  speakers: Iterable[str] | None = None,
                  dated_within: tuple[int | None, int | None] | None = None) -> set[int]:
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

    # -- the cache ------------------------------------------------------------

    def save(self, path: Path, key: str = "") -> None:
        """Write the index to `path` and the records' documents beside it, atomically.
        Both are marshal data (a lookup then needs no json parser): the cache key
        names Python's version, so another Python never misreads them."""
        docs_path = path.with_suffix(".docs")
        offsets = array("Q")
        tmp_docs = docs_path.with_name(f"{docs_path.name}.{os.getpid()}.tmp")
        with tmp_docs.open("wb") as docs:
            for record in self.records:
                offsets.append(docs.tell())
                docs.write(marshal.dumps({**record.to_doc(), "_origin": record.origin}))
            offsets.append(docs.tell())  # where the last document ends
        payload = {
            "format": FORMAT,
            "key": key,
            "size": self.size,
            "entities": [{**e.to_dict(), "_origin": e.origin} for e in self.entities],
            "entity_terms": self.entity_terms,
            "sources": [{**s.to_doc(), "_origin": s.origin} for s in self.sources.values()],
            "document_frequency": self.document_frequency,
            "postings": {f: {w: p.tobytes() for w, p in self._postings[f].items()} for f in FIELDS},
            "arrays": {
                name: getattr(self, name).tobytes()
                for name in ("text_length", "date_first", "date_last", "source_of", "speaker_of")
            },
            "kind": bytes(self.kind),
            "is_part": bytes(self.is_part),
            "answers": bytes(self.answers),
            "source_ids": self.source_ids,
            "speakers": self.speakers,
            "offsets": offsets.tobytes(),
        }
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(payload))
        os.replace(tmp_docs, docs_path)
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path, key: str = "") -> SearchIndex | None:
        """The index saved at `path` for `key`, or None when it is missing, for
        another key, or unreadable."""
        try:
            payload = marshal.loads(path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return None
        if not isinstance(payload, dict) or payload.get("format") != FORMAT or payload.get("key") != key:
            return None
        index = cls()
        index.size = payload["size"]
        index.entities = [Entity.from_doc(e, e.get("_origin", "bundled")) for e in payload["entities"]]
        index.entity_terms = payload["entity_terms"]
        index.sources = {s["id"]: Source.from_doc(s, s.get("_origin", "bundled")) for s in payload["sources"]}
        index.document_frequency = payload["document_frequency"]
        index.vocabulary = sorted(index.document_frequency)
        index._postings = payload["postings"]
        for name, raw in payload["arrays"].items():
            getattr(index, name).frombytes(raw)
        index.kind = bytearray(payload["kind"])
        index.is_part = bytearray(payload["is_part"])
        index.answers = bytearray(payload["answers"])
        index.source_ids = payload["source_ids"]
        index.speakers = payload["speakers"]
        index._offsets.frombytes(payload["offsets"])
        index._docs_path = path.with_suffix(".docs")
        return index


def cache_dir() -> Path:
    """$CSTOFACTS_HOME/cache when set, else the platform's cache directory."""
    home = os.environ.get("CSTOFACTS_HOME")
    if home:
        return Path(home).expanduser() / "cache"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("cstofacts", appauthor=False))


def cache_key(paths: Sequence[Path]) -> str | None:
    """What identifies the store files as they are now; None if one is missing."""
    from cstofacts import __version__

    parts = [__version__, str(FORMAT), f"python {sys.version_info[0]}.{sys.version_info[1]}, marshal {marshal.version}"]
    for path in paths:
        try:
            stat = path.stat()
        except OSError:
            return None
        parts.append(f"{path.resolve()}:{stat.st_size}:{stat.st_mtime_ns}")
    return "\n".join(parts)


def cache_name(key: str) -> str:
    """A file name for `key`. CRC-32 rather than hashlib (3 ms to import); the full
    key is saved in the index and compared on load, so a collision only misses."""
    from zlib import crc32

    return f"{crc32(key.encode('utf-8')):08x}-{len(key)}"


def open_index(paths: Sequence[Path], load: Any) -> SearchIndex:
    """The index of the store files `paths`: from the cache, or built with `load()`
    (which returns the Store) and then cached. A cache that cannot be written is
    no error: the index is then rebuilt each time."""
    key = cache_key(paths)
    where = cache_dir() / f"{cache_name(key)}.index" if key else None
    if where is not None and key is not None:
        cached = SearchIndex.load(where, key)
        if cached is not None:
            return cached
    index = SearchIndex.from_store(load())
    if where is not None and key is not None:
        try:
            where.parent.mkdir(parents=True, exist_ok=True)
            index.save(where, key)
            prune(where.parent, keep=KEEP_CACHED)
        except OSError:
            pass
    return index


KEEP_CACHED = 4  # indexes of other store states (before an `add`, other --db files)


def prune(directory: Path, keep: int) -> None:
    """Delete all but the `keep` newest indexes (and their documents) in `directory`."""
    indexes = sorted(directory.glob("*.index"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in indexes[keep:]:
        old.unlink(missing_ok=True)
        old.with_suffix(".docs").unlink(missing_ok=True)
        old.with_suffix(".names").unlink(missing_ok=True)  # the checker's names of that store state
