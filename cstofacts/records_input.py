"""A user's own records as given on the command line or in a file: parsed, checked, resolved.

Everything is checked before anything is written: one bad value stops the whole
`add` or `import`, with an error naming the row and the field.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cstofacts.dates import parse_iso, parse_period, record_bounds
from cstofacts.errors import InvalidInput
from cstofacts.models import ENTITY_TYPES, KINDS, Source
from cstofacts.store import Store

# Lengths past which a value is a pasted document rather than a field.
MAX_TEXT = 10_000  # text and evidence
MAX_FIELD = 500  # names, titles, places, topics
MAX_URL = 2_000
MAX_LIST = 100  # entities or topics of one record
MAX_OFFSET = 10_000_000  # a character offset into a source text

TEXT_FIELDS = (
    "kind", "text", "date", "date_end", "period", "place", "speaker", "role", "evidence", "highlight", "entity_type",
)
LIST_FIELDS = ("entities", "topics")
SOURCE_FIELDS = ("source_title", "source_author", "source_outlet", "source_url", "source_date")
FIELDS = (*TEXT_FIELDS, *LIST_FIELDS, "new_entities", "source", *SOURCE_FIELDS)
# What `export` prints beside the fields above: accepted in a file, so an
# export can be edited and imported again. A row's `id` is kept when no other
# record holds it, so that ids cited elsewhere survive an export, a remove and
# an import (a backup restored); else the row gets a new id. `locator` (JSON)
# or `start` and `end` (CSV) say where the evidence stands in a shipped source
# text, and stand for it when a row has no `evidence`; the rest is ignored.
OUTPUT_ONLY = frozenset({
    "id", "origin", "score", "locator", "date_implied", "paragraph", "start", "end", "highlight_start", "highlight_end",
})
SOURCE_KEYS = ("id", "title", "author", "outlet", "url", "date")
DEFAULT_ENTITY_TYPE = "organisation"
# A new entity name this close to a known name or alias (difflib ratio of the
# case-folded names) is taken for a typo of it, unless the numbers in the two
# names differ (Interaction-2024 is not a typo of Interaction-2025).
NEAR_ENTITY = 0.8
TRUE = frozenset({"true", "yes", "1", "y", "on"})
FALSE = frozenset({"false", "no", "0", "n", "off", ""})

# C0 controls but tab and newline, DEL, C1 controls: nothing a record needs,
# and what a terminal escape sequence is made of.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_URL = re.compile(r"^https?://[^\s/?#]+[^\s]*$", re.IGNORECASE)
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")  # what an id of a record or a source may be

Label = Callable[[str], str]


# Fields whose `add` option is not --FIELD.
_OPTIONS = {"entities": "--entity", "topics": "--topic", "new_entities": "--new-entity"}


def option_label(name: str) -> str:
    """How an error names a field given as an `add` option."""
    return _OPTIONS.get(name) or "--" + name.replace("_", "-")


def row_label(where: str) -> Label:
    """How an error names a field of one row of an imported file."""
    return lambda name: f"{where}, field {name!r}"


@dataclass(frozen=True)
class SourceInput:
    """A source the user names by its details, to be found or created in the user store."""

    title: str
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    date: str | None = None

    def details(self) -> tuple[str | None, ...]:
        return (self.author, self.outlet, self.url, self.date)

    def matches(self, source: Source) -> bool:
        return (source.title, source.author, source.outlet, source.url, source.date) == (
            self.title, self.author, self.outlet, self.url, self.date,
        )

    def fits(self, source: Source) -> bool:
        """The same title, and no detail given that differs from the source's (fewer details are fine)."""
        theirs = (source.author, source.outlet, source.url, source.date)
        return source.title.casefold() == self.title.casefold() and all(
            mine is None or mine == other for mine, other in zip(self.details(), theirs)
        )


@dataclass(frozen=True)
class RecordInput:
    """One record's fields, each checked on its own; `resolve` checks them against a store."""

    kind: str
    text: str
    label: Label = field(compare=False, repr=False)
    date: str | None = None
    date_end: str | None = None
    place: str | None = None
    speaker: str | None = None
    role: str | None = None
    entities: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    # The source: an existing id, or the details of one of the user's own, or
    # (a row of a file, as `export` writes it) both: the id if the store has
    # it, else a new source with these details (and that id, when free).
    source_id: str | None = None
    new_source: SourceInput | None = None
    evidence: str | None = None
    highlight: str | None = None  # the words of the evidence the record is about
    period: str | None = None  # the time a document covers: "2026/2030"
    span: tuple[int, int] | None = None  # where the evidence stands, as `export` gives it
    entity_type: str = DEFAULT_ENTITY_TYPE
    new_entities: bool = False  # create new entities even when one is close to a known name
    from_file: bool = False
    record_id: str | None = None  # the id a row of a file had (as `export` writes it), kept if free
    date_implied: bool = False  # (a row of a file) the date is the article's context, not its words


def parse(values: Mapping[str, Any], label: Label = option_label, *, from_file: bool = False) -> RecordInput:
    """A record from field values (option values or one row of a file); InvalidInput names the field."""
    unknown = sorted(set(values) - set(FIELDS) - OUTPUT_ONLY, key=str)
    if unknown:
        raise InvalidInput(f"{label(str(unknown[0]))}: unknown field (fields: {', '.join(FIELDS)})")
    text = {name: _text(values.get(name), name, label) for name in TEXT_FIELDS}
    lists = {name: _list(values.get(name), name, label) for name in LIST_FIELDS}
    source_id, new_source = _source(values, label, from_file)
    span = _span(values, label) if from_file else None
    kind = (text["kind"] or "").lower()
    if not kind:
        raise InvalidInput(f"{label('kind')}: required ({', '.join(KINDS)})")
    if kind not in KINDS:
        raise InvalidInput(f"{label('kind')}: {text['kind']!r} is not one of {', '.join(KINDS)}")
    if not text["text"]:
        raise InvalidInput(f"{label('text')}: required")
    for name in ("date", "date_end"):
        if text[name]:
            text[name] = _iso(text[name], name, label)
    if text["date_end"] and not text["date"]:
        raise InvalidInput(f"{label('date_end')}: needs a date to start from")
    if text["period"]:
        try:
            parse_period(text["period"])
        except ValueError as error:
            raise InvalidInput(f"{label('period')}: {error} (START/END, each YYYY, YYYY-MM or YYYY-MM-DD)") from None
    bounds = record_bounds(text["date"], text["date_end"])
    if text["date_end"] and bounds and bounds[0] > bounds[1]:
        raise InvalidInput(f"{label('date_end')}: {text['date_end']} is before {text['date']}")
    if kind == "event" and not text["date"]:
        raise InvalidInput(f"{label('date')}: an event needs a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    if kind == "quote" and not text["speaker"]:
        raise InvalidInput(f"{label('speaker')}: a quote must name its speaker")
    if text["role"] and not text["speaker"]:
        raise InvalidInput(f"{label('role')}: a role needs a speaker")
    entity_type = (text["entity_type"] or DEFAULT_ENTITY_TYPE).lower()
    if entity_type not in ENTITY_TYPES:
        raise InvalidInput(f"{label('entity_type')}: {entity_type!r} is not one of {', '.join(ENTITY_TYPES)}")
    return RecordInput(
        kind=kind, text=text["text"], label=label, date=text["date"], date_end=text["date_end"],
        place=text["place"], speaker=text["speaker"], role=text["role"], entities=lists["entities"],
        topics=lists["topics"], source_id=source_id, new_source=new_source, evidence=text["evidence"],
        highlight=text["highlight"], period=text["period"], span=span, entity_type=entity_type, new_entities=_flag(values.get("new_entities"), "new_entities", label),
        from_file=from_file, record_id=_kept_id(values.get("id")) if from_file else None,
        date_implied=bool(text["date"]) and from_file and _flag(values.get("date_implied"), "date_implied", label),
    )


def _kept_id(value: Any) -> str | None:
    """A row's own id, if it is one an id may be (else the row gets a new one)."""
    if isinstance(value, str) and _ID.match(value.strip()):
        return value.strip()
    return None


def _flag(value: Any, name: str, label: Label) -> bool:
    """A yes/no field: a JSON boolean, or true/false, yes/no, 1/0 as text (CSV)."""
    if value is None or isinstance(value, bool):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in TRUE | FALSE:
        return value.strip().lower() in TRUE
    raise InvalidInput(f"{label(name)}: must be true or false")


def _span(values: Mapping[str, Any], label: Label) -> tuple[int, int] | None:
    """`start` and `end` (CSV) or `locator` (JSON) of an exported row: offsets into its source's text."""
    locator = values.get("locator")
    if isinstance(locator, Mapping) and values.get("start") is None and values.get("end") is None:
        start, end, name = locator.get("start"), locator.get("end"), "locator"
    else:
        start, end, name = values.get("start"), values.get("end"), None
    if start is None and end is None:
        return None
    offsets = []
    for key, value in (("start", start), ("end", end)):
        where = label(name or key)
        if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
            value = int(value.strip())
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidInput(f"{where}: {key} must be a character offset (a whole number)")
        if not 0 <= value <= MAX_OFFSET:
            raise InvalidInput(f"{where}: {key} {value} is not an offset into a source text")
        offsets.append(value)
    if offsets[0] >= offsets[1]:
        raise InvalidInput(f"{label(name or 'end')}: end {offsets[1]} is not after start {offsets[0]}")
    return offsets[0], offsets[1]


def _text(value: Any, name: str, label: Label) -> str | None:
    """A checked, stripped string; None for an absent or blank value."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidInput(f"{label(name)}: must be text, not {type(value).__name__}")
    value = value.replace("\r\n", "\n").strip()
    if not value:
        return None
    multiline = name in ("text", "evidence")
    limit = MAX_TEXT if multiline else MAX_URL if name == "source_url" else MAX_FIELD
    if len(value) > limit:
        raise InvalidInput(f"{label(name)}: {len(value):,} characters long; the limit is {limit:,}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(f"{label(name)}: not valid Unicode text") from None
    if _CONTROL.search(value) or (not multiline and "\n" in value):
        raise InvalidInput(f"{label(name)}: holds control characters" + ("" if multiline else " or a line break"))
    return value


def _list(value: Any, name: str, label: Label) -> tuple[str, ...]:
    """A list of names: a JSON list, or one string with `;` between the names (CSV)."""
    if value is None:
        return ()
    if isinstance(value, str):
        items: list[Any] = value.split(";")
    elif isinstance(value, (list, tuple)):
        items = list(value)
        joined = next((item for item in items if isinstance(item, str) and ";" in item), None)
        if joined is not None:  # CSV writes names with ';' between them: it would split this one
            raise InvalidInput(f"{label(name)}: {joined[:60]!r} holds ';', which separates names in CSV; "
                               "give each name on its own")
    else:
        raise InvalidInput(f"{label(name)}: must be a list of names or text with ';' between them")
    if len(items) > MAX_LIST:
        raise InvalidInput(f"{label(name)}: {len(items)} names; the limit is {MAX_LIST}")
    found = [_text(item, name, label) for item in items]
    return tuple(dict.fromkeys(item for item in found if item))


def _iso(value: str, name: str, label: Label) -> str:
    try:
        return parse_iso(value).iso
    except ValueError as error:
        raise InvalidInput(f"{label(name)}: {error}") from None


def _source(values: Mapping[str, Any], label: Label, from_file: bool = False) -> tuple[str | None, SourceInput | None]:
    """The source as an existing id, or as the details of a source of the user's own, or (in a file) both."""
    given = values.get("source")
    details = {name: values.get(name) for name in SOURCE_FIELDS}
    exported = False
    if isinstance(given, Mapping):  # as `export --format json` prints it
        extra = sorted(set(given) - set(SOURCE_KEYS), key=str)
        if extra:
            raise InvalidInput(f"{label('source')}: unknown key {str(extra[0])!r} (keys: {', '.join(SOURCE_KEYS)})")
        for key in SOURCE_KEYS[1:]:
            if details[f"source_{key}"] is None:
                details[f"source_{key}"] = given.get(key)
        exported = True
        given = given.get("id")
    source_id = _text(given, "source", label)
    checked = {name: _text(value, name, label) for name, value in details.items()}
    both = source_id and any(checked.values())
    if both and not (from_file or exported):
        named = next(name for name, value in checked.items() if value)
        raise InvalidInput(f"{label(named)}: give either an existing source id or a new source's details, not both")
    if source_id and not checked["source_title"]:
        return source_id, None
    if not checked["source_title"]:
        named = next((name for name, value in checked.items() if value), None)
        if named:
            raise InvalidInput(f"{label('source_title')}: a new source needs a title")
        raise InvalidInput(f"{label('source')}: required (an existing source id, or a new source's title)")
    if checked["source_url"] and not _URL.match(checked["source_url"]):
        raise InvalidInput(f"{label('source_url')}: {checked['source_url'][:80]!r} is not an http(s) URL")
    if checked["source_date"]:
        checked["source_date"] = _iso(checked["source_date"], "source_date", label)
    return source_id, SourceInput(
        title=checked["source_title"] or "", author=checked["source_author"], outlet=checked["source_outlet"],
        url=checked["source_url"], date=checked["source_date"],
    )


# -- files --------------------------------------------------------------------


def read_rows(data: bytes, name: str, fmt: str | None = None) -> list[tuple[str, dict[str, Any]]]:
    """The rows of a JSON, JSONL, CSV or TSV file, each with how an error should name it."""
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidInput(f"{name}: not UTF-8 text (byte {error.start})") from None
    if not content.strip():
        raise InvalidInput(f"{name}: holds no records")
    fmt = fmt or guess_format(name, content)
    reader = {"json": _json_rows, "jsonl": _jsonl_rows, "csv": _csv_rows, "tsv": _tsv_rows}[fmt]
    rows = reader(content, name)
    if not rows:
        raise InvalidInput(f"{name}: holds no records")
    return rows


def guess_format(name: str, content: str) -> str:
    """The format a file's name says, or else its first character (or a tab in its first line)."""
    suffix = Path(name).suffix.lower()
    if suffix in (".json", ".jsonl", ".csv", ".tsv"):
        return suffix[1:]
    if suffix == ".ndjson":
        return "jsonl"
    head = content.lstrip()[:1]
    if head == "[":
        return "json"
    if head == "{":
        lines = [line for line in content.splitlines() if line.strip()]
        return "jsonl" if len(lines) > 1 and lines[0].rstrip().endswith("}") else "json"
    first = content.lstrip().split("\n", 1)[0]
    return "tsv" if "\t" in first and "," not in first else "csv"


def _json_rows(content: str, name: str) -> list[tuple[str, dict[str, Any]]]:
    value = _load_json(content, f"{name}: not valid JSON")
    if isinstance(value, dict) and isinstance(value.get("records"), list):
        value = value["records"]
    elif isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        raise InvalidInput(f"{name}: expected a list of records (JSON objects)")
    return [(f"{name}: row {i}", _object(row, f"{name}: row {i}")) for i, row in enumerate(value, 1)]


def _jsonl_rows(content: str, name: str) -> list[tuple[str, dict[str, Any]]]:
    rows = []
    for number, line in enumerate(content.splitlines(), 1):
        if line.strip():
            where = f"{name}: row {len(rows) + 1} (line {number})"
            rows.append((where, _object(_load_json(line, f"{where}: not valid JSON"), where)))
    return rows


def _tsv_rows(content: str, name: str) -> list[tuple[str, dict[str, Any]]]:
    """TSV as export writes it: tab-separated cells, no quoting."""
    import csv

    return _csv_rows(content, name, delimiter="\t", quoting=csv.QUOTE_NONE, what="TSV")


def _csv_rows(content: str, name: str, *, delimiter: str = ",", quoting: int = 0,
              what: str = "CSV") -> list[tuple[str, dict[str, Any]]]:
    import csv
    import io

    reader = csv.DictReader(io.StringIO(content, newline=""), restkey="\0extra", delimiter=delimiter, quoting=quoting)
    rows = []
    try:
        for row in reader:
            where = f"{name}: row {len(rows) + 1} (line {reader.line_num})"
            if "\0extra" in row:
                raise InvalidInput(f"{where}: more cells than the header has columns")
            rows.append((where, {key: value for key, value in row.items() if value not in (None, "")}))
    except csv.Error as error:
        raise InvalidInput(f"{name}: line {reader.line_num}: not valid {what} ({error})") from None
    if reader.fieldnames is not None and "" in reader.fieldnames:
        raise InvalidInput(f"{name}: the header has an empty column name")
    return rows


def _load_json(text: str, problem: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as error:
        raise InvalidInput(f"{problem} ({error})") from None
    except RecursionError:
        raise InvalidInput(f"{problem} (nested too deeply)") from None


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InvalidInput(f"{where}: expected an object of fields, not {type(value).__name__}")
    return value


# -- resolving against the store ------------------------------------------------


@dataclass
class Plan:
    """Documents to add to the user's store, all checked."""

    records: list[dict[str, Any]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # ids of the records that skipped inputs repeat
    errors: list[str] = field(default_factory=list)  # with collect_errors: every bad input's error


def resolve(
    inputs: Iterable[RecordInput | InvalidInput], store: Store, new_id: Callable[..., str], *,
    duplicates: str = "refuse", collect_errors: bool = False,
    bundled_sources: Mapping[str, Mapping[str, Any]] | None = None,
    bundled_entities: Mapping[str, Mapping[str, Any]] | None = None,
) -> Plan:
    """Documents for `inputs`: sources found or created, entity names made canonical
    (new ones created, unless close to a known one), evidence found in shipped source
    texts, fresh ids from `new_id`.

    An input identical to a record already in the store (or earlier in `inputs`)
    is refused, or with duplicates="skip" left out and counted in `skipped`.
    An InvalidInput among `inputs` (a row that did not parse) is raised, or with
    collect_errors=True kept in `errors` like every other bad input's error.
    `bundled_sources` (id: document) are bundled sources `store` lacks (a --db
    store): a source created as a copy of one (the same id and title) is that
    source, id, details and shipped text included, so its records keep their
    locators and its quotes are checked against its words. `bundled_entities`
    (name: document), likewise: a new name that is one of theirs (or an alias)
    is that entity, with its type, aliases, role and description.
    """
    resolver = _Resolver(store, new_id, skip=duplicates == "skip", copies=bundled_sources or {},
                         entity_copies=bundled_entities or {})
    for item in inputs:
        try:
            if isinstance(item, InvalidInput):
                raise item
            resolver.add(item)
        except InvalidInput as error:
            if not collect_errors:
                raise
            resolver.plan.errors.append(str(error))
    return resolver.plan


def record_key(kind: str, text: str, source_id: str, speaker: str | None, date: str | None) -> tuple[Any, ...]:
    """What makes two records the same: kind, text (up to spacing and quote forms), source, speaker, date."""
    from cstofacts.locate import fold

    return (kind, fold(text), source_id, (speaker or "").casefold(), date)


class _Resolver:
    def __init__(self, store: Store, new_id: Callable[..., str], *, skip: bool,
                 copies: Mapping[str, Mapping[str, Any]], entity_copies: Mapping[str, Mapping[str, Any]]) -> None:
        self.store = store
        self.copies = copies
        self.entity_copies = {
            name.casefold(): doc for doc in entity_copies.values()
            for name in (doc.get("name"), *(doc.get("aliases") or ())) if isinstance(name, str)
        }
        self.new_id = new_id
        self.skip = skip
        self.plan = Plan()
        self.sources = dict(store.sources)
        self.names = {name.casefold(): entity.name for entity in store.entities for name in entity.names}
        self.known = dict(self.names)  # the names a new one may be a typo of: those in the store before
        self.texts: dict[str, str | None] = {}
        self.folded: dict[str, tuple[str, list[int]]] = {}
        self.existing: dict[tuple[Any, ...], str] = {}
        for record in store.records:
            self.existing.setdefault(
                record_key(record.kind, record.text, record.source.id, record.speaker, record.date), record.id
            )

    def add(self, item: RecordInput) -> None:
        source = self._source(item)
        if source.id not in self.texts:
            self.texts[source.id] = self.store.source_text(source)
        text = self.texts[source.id]
        speaker = self.names.get(item.speaker.casefold(), item.speaker) if item.speaker else None
        key = record_key(item.kind, item.text, source.id, speaker, item.date)
        if key in self.existing:
            same = _shown(self.existing[key])
            if self.skip:
                self.plan.skipped.append(same)
                return
            raise InvalidInput(
                f"{item.label('text')}: this {item.kind} is already in the store as {same} (see: cstofacts show {same})"
            )
        # A quote in a bundled source is in the store already; in a --db copy of
        # that source it may be added, as the source's own words (found in its text).
        if item.kind == "quote" and (source.origin == "bundled" or (text is not None and source.origin != "db")):
            raise InvalidInput(_bundled_quote_message(item, source))
        locator, evidence, highlight = self._locate(item, source, text)
        if item.speaker:
            speaker = self._entity(item, item.speaker, "speaker", "person", item.role)
        entities = [self._entity(item, name, "entities", item.entity_type, None) for name in item.entities]
        new = self.new_id(item.text, prefer=item.record_id)
        self.existing[key] = new
        self.plan.records.append({
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
        })

    # -- sources

    def _source(self, item: RecordInput) -> Source:
        if item.source_id is not None and item.source_id in self.sources:
            return self.sources[item.source_id]
        wanted = item.new_source
        if wanted is None and item.source_id in self.copies:  # a bundled source by id (CSV) into a --db store
            wanted = SourceInput(title=str(self.copies[item.source_id].get("title")))
        if wanted is None:
            hint = "see: cstofacts sources"
            if item.from_file:
                hint += "; to create it, give its title too: source_title, or source as export writes it"
            raise InvalidInput(f"{item.label('source')}: no source with id {item.source_id[:80]!r} ({hint})")
        own = [s for s in self.sources.values() if s.origin != "bundled"]
        found = next((s for s in own if wanted.matches(s)), None)
        if found is None:  # "X" again, with fewer details: the same source
            found = next((s for s in own if wanted.fits(s)), None)
        if found is not None:
            return found
        preferred = item.source_id if item.source_id and _ID.match(item.source_id) else None
        bundled = self.copies.get(preferred) if preferred is not None else None
        copy = (bundled is not None and bundled.get("title") == wanted.title
                and all(record.id != preferred for record in self.store.records))
        if copy:
            doc = {**bundled, "id": self.new_id(wanted.title, prefer=preferred, reuse=True)}
            source = Source.from_doc(doc, origin="db")
        else:
            doc = {
                "id": self.new_id(wanted.title, prefer=preferred), "title": wanted.title,
                "author": wanted.author, "outlet": wanted.outlet, "url": wanted.url, "date": wanted.date,
                "reported_by": [], "note": None, "file": None,
            }
            source = Source.from_doc(doc, origin="user")
        self.sources[source.id] = source
        self.plan.sources.append(doc)
        return source

    # -- evidence

    def _locate(
        self, item: RecordInput, source: Source, text: str | None,
    ) -> tuple[dict[str, int] | None, str | None, str | None]:
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
                raise InvalidInput(f"{label}: offsets {start}-{end} are past the end of {_shown(source.id)} "
                                   f"({len(text):,} characters)")
            evidence = text[start:end]
            if not evidence.strip() or "\n" in evidence.strip():
                raise InvalidInput(f"{label}: offsets {start}-{end} of {_shown(source.id)} are not words of one paragraph")
        elif evidence is None:
            how = " in evidence (or their offsets in start and end)" if item.from_file else " (--evidence)"
            raise InvalidInput(
                f"{item.label('evidence')}: source {_shown(source.id)!r} ships its text, so give the words of it "
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
            locator = {"paragraph": paragraph_at(text, first), "start": first, "end": last,
                       "highlight_start": highlight[0] if highlight else None,
                       "highlight_end": highlight[1] if highlight else None}
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
            self.folded[source.id] = _folded(text)
        haystack, where = self.folded[source.id]
        needle = _folded(words)[0]
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
            raise InvalidInput(f"{label}: these words stand {len(spans)} times in {_shown(source.id)}; "
                               "give more of them, so that they stand there once")
        raise InvalidInput(
            f"{label}: these words are not in {_shown(source.id)} (words are compared, aside from case, spacing "
            f"and the forms of quotes and dashes; compare with: {self._nearest(needle, source)})"
        )

    def _nearest(self, needle: str, source: Source) -> str:
        """A command showing the passage of `source` most like `needle`."""
        from difflib import SequenceMatcher

        best, best_ratio = None, 0.0
        for record in self.store.records:
            if record.source.id == source.id:
                matcher = SequenceMatcher(None, needle, _folded(record.evidence or record.text)[0], autojunk=False)
                ratio = matcher.ratio()
                if ratio > best_ratio:
                    best, best_ratio = record.id, ratio
        if best is None:
            return f"cstofacts search WORDS --source {_shown(source.id)}"
        return f"cstofacts show {_shown(best)} --context"

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
            near = _near_name(name, self.known)
            if near is not None:
                how = ('set "new_entities": true in the row' if item.from_file else "use --new-entity")
                raise InvalidInput(
                    f"{item.label(field_name)}: unknown entity {name[:80]!r} (did you mean {near}?); {how} to create it"
                )
        self.plan.entities.append({"name": name, "type": kind, "aliases": [], "role": role, "description": None})
        self.names[name.casefold()] = name
        return name


def _shown(value: str) -> str:
    """An id from a store, as safe to print in a message as any record (short, no control characters)."""
    from cstofacts.render import one_line

    text = one_line(value)
    return text if len(text) <= 100 else text[:100] + "..."


def _bundled_quote_message(item: RecordInput, source: Source) -> str:
    if item.from_file:
        fact, own = "kind fact, with evidence", "source_title, or a source you added"
    else:
        fact, own = "--kind fact, with --evidence", "--source-title, or a source you added"
    return (
        f"{item.label('source')}: {_shown(source.id)} is a bundled source, and every quote in it is in the store "
        f"already (see: cstofacts quote --speaker NAME; check words: cstofacts quote --verify TEXT); "
        f"what an article reports is a fact ({fact}), and a quote of your own needs a source of your own ({own})"
    )


def _folded(text: str) -> tuple[str, list[int]]:
    """`text` folded and lower-cased, with each folded character's offset in `text`."""
    from cstofacts.locate import fold_with_offsets

    return fold_with_offsets(text, lower=True)


def _near_name(name: str, known: Mapping[str, str]) -> str | None:
    """The known entity `name` is most likely a typo of (see NEAR_ENTITY), if any."""
    from difflib import SequenceMatcher

    wanted = name.casefold()
    digits = re.findall(r"\d+", wanted)
    best, best_ratio = None, NEAR_ENTITY
    matcher = SequenceMatcher(autojunk=False)
    matcher.set_seq2(wanted)
    for other, canonical in known.items():
        if re.findall(r"\d+", other) != digits:
            continue
        matcher.set_seq1(other)
        if matcher.real_quick_ratio() < best_ratio or matcher.quick_ratio() < best_ratio:
            continue
        ratio = matcher.ratio()
        if ratio >= best_ratio and (best is None or ratio > best_ratio):
            best, best_ratio = canonical, ratio
    return best
