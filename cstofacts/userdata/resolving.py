"""A user's new records resolved against a store: sources found or made, entity names
made canonical, evidence found in the source's text, duplicates found, ids given."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from cstofacts.errors import InvalidInput
from cstofacts.models import Source
from cstofacts.store import Store
from cstofacts.userdata.records_input import (
    ID_FORM,
    RecordInput,
    SourceInput,
)
from cstofacts.userdata.resolve_words import bundled_quote_message, fold_offsets, near_name, shown


@dataclass
class Plan:
    """What an add or import makes besides its records (which go to the `sink` given to
    `resolve` one by one, so that an import of any size is never held whole)."""

    sources: list[dict[str, Any]] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # ids of the records that skipped inputs repeat
    errors: list[str] = field(default_factory=list)  # with collect_errors: the first `max_errors` errors
    error_count: int = 0


def resolve(
    inputs: Iterable[RecordInput | InvalidInput],
    store: Store,
    new_id: Callable[..., str],
    sink: Callable[[dict[str, Any]], None],
    *,
    duplicates: str = "refuse",
    collect_errors: bool = False,
    bundled_sources: Mapping[str, Mapping[str, Any]] | None = None,
    bundled_entities: Mapping[str, Mapping[str, Any]] | None = None,
    max_errors: int = 20,
) -> Plan:
    """Record documents for `inputs`, each handed to `sink` as it is made: sources found
    or created, entity names made canonical (new ones created, unless close to a
    known one), evidence found in shipped source texts, fresh ids from `new_id`.

    An input identical to a record already in the store (or earlier in `inputs`)
    is refused, or with duplicates="skip" left out and counted in `skipped`.
    An InvalidInput among `inputs` (a row that did not parse) is raised, or with
    collect_errors=True counted like every other bad input's error (the first
    `max_errors` kept in `errors`).
    `bundled_sources` (id: document) are bundled sources `store` lacks (a --db
    store): a source created as a copy of one (the same id and title) is that
    source, id, details and shipped text included, so its records keep their
    locators and its quotes are checked against its words. `bundled_entities`
    (name: document), likewise: a new name that is one of theirs (or an alias)
    is that entity, with its type, aliases, role and description.
    """
    resolver = _Resolver(
        store,
        new_id,
        sink,
        skip=duplicates == "skip",
        copies=bundled_sources or {},
        entity_copies=bundled_entities or {},
    )
    plan = resolver.plan
    for item in inputs:
        try:
            if isinstance(item, InvalidInput):
                raise item
            resolver.add(item)
        except InvalidInput as error:
            if not collect_errors:
                raise
            plan.error_count += 1
            if len(plan.errors) < max_errors:
                plan.errors.append(str(error))
    return plan


def record_key(kind: str, text: str, source_id: str, speaker: str | None, date: Any) -> bytes:
    """What makes two records the same: kind, text (up to spacing and quote forms), source,
    speaker, date; as a digest, so that the keys of a large import take little memory."""
    from hashlib import blake2b

    from cstofacts.locate import fold

    key = (kind, fold(text), source_id, (speaker or "").casefold(), date)
    return blake2b(repr(key).encode("utf-8", "surrogatepass"), digest_size=16).digest()


class _Resolver:
    def __init__(
        self,
        store: Store,
        new_id: Callable[..., str],
        sink: Callable[[dict[str, Any]], None],
        *,
        skip: bool,
        copies: Mapping[str, Mapping[str, Any]],
        entity_copies: Mapping[str, Mapping[str, Any]],
    ) -> None:
        self.store = store
        self.sink = sink
        self.copies = copies
        self.entity_copies = {
            name.casefold(): doc
            for doc in entity_copies.values()
            for name in (doc.get("name"), *(doc.get("aliases") or ()))
            if isinstance(name, str)
        }
        self.new_id = new_id
        self.skip = skip
        self.plan = Plan()
        self.sources = dict(store.sources)
        self.names = {name.casefold(): entity.name for entity in store.entities for name in entity.names}
        self.known = dict(self.names)  # the names a new one may be a typo of: those in the store before
        self.texts: dict[str, str | None] = {}
        self.folded: dict[str, tuple[str, list[int]]] = {}
        # The keys of the store's records, made only for the sources that inputs
        # cite: folding the text of 100,000 records costs half a second. The
        # records of the first source are picked out as they are needed; past it,
        # all are grouped by source at once (an import may cite many).
        self.by_source: dict[Any, list[dict[str, Any]]] | None = None
        self.existing: dict[str, dict[bytes, str]] = {}
        self._record_ids: set[Any] | None = None

    def _keys(self, source_id: str) -> dict[bytes, str]:
        """The keys (record_key) of the records of one source: those in the store, then those added."""
        keys = self.existing.get(source_id)
        if keys is None:
            if not self.existing:
                docs = [doc for doc, _ in self.store.documents() if doc.get("source") == source_id]
            else:
                if self.by_source is None:
                    self.by_source = {}
                    for doc, _ in self.store.documents():
                        self.by_source.setdefault(doc.get("source"), []).append(doc)
                docs = self.by_source.pop(source_id, [])
            keys = self.existing[source_id] = {}
            for doc in docs:
                key = record_key(doc["kind"], doc["text"], source_id, doc.get("speaker"), doc.get("date"))
                keys.setdefault(key, doc["id"])
        return keys

    def add(self, item: RecordInput) -> None:
        source = self._source(item)
        if source.id not in self.texts:
            self.texts[source.id] = self.store.source_text(source)
        text = self.texts[source.id]
        speaker = self.names.get(item.speaker.casefold(), item.speaker) if item.speaker else None
        key = record_key(item.kind, item.text, source.id, speaker, item.date)
        keys = self._keys(source.id)
        if key in keys:
            same = shown(keys[key])
            if self.skip:
                self.plan.skipped.append(same)
                return
            raise InvalidInput(
                f"{item.label('text')}: this {item.kind} is already in the store as {same} (see: cstofacts show {same})"
            )
        # A quote in a bundled source is in the store already; in a --db copy of
        # that source it may be added, as the source's own words (found in its
        # text), as it may in a source of one's own added with its text.
        shipped = text is not None and source.text is None and source.origin != "db"
        if item.kind == "quote" and (source.origin == "bundled" or shipped):
            raise InvalidInput(bundled_quote_message(item, source))
        locator, evidence, highlight = self._locate(item, source, text)
        if item.speaker:
            speaker = self._entity(item, item.speaker, "speaker", "person", item.role)
        entities = [self._entity(item, name, "entities", item.entity_type, None) for name in item.entities]
        new = self.new_id(item.text, prefer=item.record_id)
        keys[key] = new
        self.sink(
            {
                "id": new,
                "kind": item.kind,
                "text": item.text,
                "date": item.date,
                "date_end": item.date_end,
                "date_implied": item.date_implied,
                "period": item.period,
                "place": item.place,
                "speaker": speaker,
                "role": item.role,
                "entities": list(dict.fromkeys(entities)),
                "topics": list(item.topics),
                "source": source.id,
                "locator": locator,
                "evidence": evidence,
                "highlight": highlight,
            }
        )

    def _is_record_id(self, record_id: str) -> bool:
        if self._record_ids is None:
            self._record_ids = {doc.get("id") for doc, _ in self.store.documents()}
        return record_id in self._record_ids

    # -- sources

    def _source(self, item: RecordInput) -> Source:
        if item.source_id is not None and item.source_id in self.sources:
            return self.sources[item.source_id]
        wanted = item.new_source
        if (
            wanted is None and item.source_id is not None and item.source_id in self.copies
        ):  # a bundled source by id (CSV) into a --db store
            wanted = SourceInput(title=str(self.copies[item.source_id].get("title")))
        if wanted is None:
            hint = "see: cstofacts sources"
            if item.from_file:
                hint += "; to create it, give its title too: source_title, or source as export writes it"
            raise InvalidInput(f"{item.label('source')}: no source with id {(item.source_id or '')[:80]!r} ({hint})")
        own = [s for s in self.sources.values() if s.origin != "bundled"]
        found = next((s for s in own if wanted.matches(s)), None)
        if found is None:  # "X" again, with fewer details: the same source
            found = next((s for s in own if wanted.fits(s)), None)
        if found is not None:
            return found
        preferred = item.source_id if item.source_id and ID_FORM.match(item.source_id) else None
        bundled = self.copies.get(preferred) if preferred is not None else None
        copy = (
            bundled is not None
            and bundled.get("title") == wanted.title
            and preferred is not None
            and not self._is_record_id(preferred)
        )
        if copy and bundled is not None:
            doc = {**bundled, "id": self.new_id(wanted.title, prefer=preferred, reuse=True)}
            source = Source.from_doc(doc, origin="db")
        else:
            doc = {
                "id": self.new_id(wanted.title, prefer=preferred),
                "title": wanted.title,
                "author": wanted.author,
                "outlet": wanted.outlet,
                "url": wanted.url,
                "date": wanted.date,
                "reported_by": [],
                "note": None,
                "file": None,
            }
            source = Source.from_doc(doc, origin="user")
        self.sources[source.id] = source
        self.plan.sources.append(doc)
        return source

    # -- evidence

    def _locate(
        self,
        item: RecordInput,
        source: Source,
        text: str | None,
    ) -> tuple[dict[str, int | None] | None, str | None, str | None]:
        """Where the record's evidence stands in a shipped source text (None for a source
        without one): the whole sentences that hold the words given, and those words as
        the highlight when they are narrower, as the bundled records have them."""
        from cstofacts.locate import LocateError, paragraph_at, quote_is_verbatim
        from cstofacts.sentences import sentences_around

        if text is None:
            return None, item.evidence, item.highlight
        own_words = item.evidence is None and item.kind == "quote"
        label = item.label("text" if own_words else "evidence")
        evidence = item.evidence or (item.text if item.kind == "quote" else None)
        if evidence is None and item.span is not None:
            start, end = item.span
            label = item.label("start")
            if end > len(text):
                raise InvalidInput(
                    f"{label}: offsets {start}-{end} are past the end of {shown(source.id)} ({len(text):,} characters)"
                )
            evidence = text[start:end]
            if not evidence.strip() or "\n" in evidence.strip():
                raise InvalidInput(
                    f"{label}: offsets {start}-{end} of {shown(source.id)} are not words of one paragraph"
                )
        elif evidence is None:
            how = " in evidence (or their offsets in start and end)" if item.from_file else " (--evidence)"
            raise InvalidInput(
                f"{item.label('evidence')}: source {shown(source.id)!r} ships its text, so give the words of it "
                f"that support this record{how}"
            )
        else:
            start, end = self._find(evidence, item, source, text, label)
            evidence = text[start:end]
        first, last = sentences_around(text, start, end)
        highlight: tuple[int, int] | None = (start, end) if (first, last) != (start, end) else None
        if item.highlight is not None:
            at = text.find(item.highlight, first, last)
            if at < 0:
                raise InvalidInput(f"{item.label('highlight')}: not in the evidence's sentences")
            highlight = (at, at + len(item.highlight))
        try:
            locator = {
                "paragraph": paragraph_at(text, first),
                "start": first,
                "end": last,
                "highlight_start": highlight[0] if highlight else None,
                "highlight_end": highlight[1] if highlight else None,
            }
        except LocateError as error:
            raise InvalidInput(f"{label}: {error}") from None
        quoted = text[highlight[0] : highlight[1]] if highlight else text[first:last]
        if item.kind == "quote" and not quote_is_verbatim(item.text, quoted):
            raise InvalidInput(f"{item.label('text')}: a quote must be the source's words, verbatim")
        return locator, text[first:last], quoted if highlight else None

    def _find(self, words: str, item: RecordInput, source: Source, text: str, label: str) -> tuple[int, int]:
        """The offsets of `words` in `text`, compared word by word: case, spacing and the
        typographic forms of quotes and dashes (locate.fold) aside. They must stand there once."""
        if source.id not in self.folded:
            self.folded[source.id] = fold_offsets(text)
        haystack, where = self.folded[source.id]
        needle = fold_offsets(words)[0]
        if not needle:
            raise InvalidInput(f"{label}: empty")
        hits: list[int] = []
        found = haystack.find(needle)
        while found >= 0 and len(hits) < 100:
            hits.append(found)
            found = haystack.find(needle, found + 1)
        spans = [(where[hit], where[hit + len(needle) - 1] + 1) for hit in hits]
        if item.span is not None and item.span[0] in {start for start, _ in spans}:
            return next(span for span in spans if span[0] == item.span[0])
        if len(spans) == 1:
            return spans[0]
        if spans:
            raise InvalidInput(
                f"{label}: these words stand {len(spans)} times in {shown(source.id)}; "
                "give more of them, so that they stand there once"
            )
        raise InvalidInput(
            f"{label}: these words are not in {shown(source.id)} (words are compared, aside from case, spacing "
            f"and the forms of quotes and dashes; compare with: {self._nearest(needle, source)})"
        )

    def _nearest(self, needle: str, source: Source) -> str:
        """A command showing the passage of `source` most like `needle`."""
        from difflib import SequenceMatcher

        best, best_ratio = None, 0.0
        for record in self.store.records:
            if record.source.id == source.id:
                matcher = SequenceMatcher(None, needle, fold_offsets(record.evidence or record.text)[0], autojunk=False)
                ratio = matcher.ratio()
                if ratio > best_ratio:
                    best, best_ratio = record.id, ratio
        if best is None:
            return f"cstofacts search WORDS --source {shown(source.id)}"
        return f"cstofacts show {shown(best)} --context"

    # -- entities

    def _entity(self, item: RecordInput, name: str, field_name: str, kind: str, role: str | None) -> str:
        """The canonical name of `name` (matched case-blind to a name or alias), created if new,
        refused if new but close to a known name (unless the input allows new entities)."""
        canonical = self.names.get(name.casefold())
        if canonical is not None:
            return canonical
        bundled = self.entity_copies.get(name.casefold())
        if bundled is not None:  # a bundled entity, into a --db store that lacks it: the whole of it
            self.plan.entities.append(dict(bundled))
            for known in (bundled["name"], *(bundled.get("aliases") or ())):
                self.names[str(known).casefold()] = bundled["name"]
            return bundled["name"]
        if not item.new_entities:
            near = near_name(name, self.known)
            if near is not None:
                how = 'set "new_entities": true in the row' if item.from_file else "use --new-entity"
                raise InvalidInput(
                    f"{item.label(field_name)}: unknown entity {name[:80]!r} (did you mean {near}?); {how} to create it"
                )
        self.plan.entities.append({"name": name, "type": kind, "aliases": [], "role": role, "description": None})
        self.names[name.casefold()] = name
        return name
