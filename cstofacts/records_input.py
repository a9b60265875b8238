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

from cstofacts.dates import parse_iso, record_bounds
from cstofacts.errors import InvalidInput
from cstofacts.models import ENTITY_TYPES, KINDS, Source
from cstofacts.store import Store

# Lengths past which a value is a pasted document rather than a field.
MAX_TEXT = 10_000  # text and evidence
MAX_FIELD = 500  # names, titles, places, topics
MAX_URL = 2_000
MAX_LIST = 100  # entities or topics of one record

TEXT_FIELDS = ("kind", "text", "date", "date_end", "place", "speaker", "role", "evidence", "entity_type")
LIST_FIELDS = ("entities", "topics")
SOURCE_FIELDS = ("source_title", "source_author", "source_outlet", "source_url", "source_date")
FIELDS = (*TEXT_FIELDS, *LIST_FIELDS, "source", *SOURCE_FIELDS)
# What `export` prints beside the fields above: accepted in a file and ignored,
# so an export can be edited and imported again (it gets new ids).
OUTPUT_ONLY = frozenset({"id", "origin", "score", "locator", "date_implied", "paragraph", "start", "end"})
DEFAULT_ENTITY_TYPE = "organisation"
FORMATS = ("json", "jsonl", "csv")

# C0 controls but tab and newline, DEL, C1 controls: nothing a record needs,
# and what a terminal escape sequence is made of.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_URL = re.compile(r"^https?://[^\s/?#]+[^\s]*$", re.I)

Label = Callable[[str], str]


def option_label(name: str) -> str:
    """How an error names a field given as an `add` option."""
    return "--" + name.replace("_", "-")


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

    def matches(self, source: Source) -> bool:
        return (source.title, source.author, source.outlet, source.url, source.date) == (
            self.title, self.author, self.outlet, self.url, self.date,
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
    source_id: str | None = None
    new_source: SourceInput | None = None
    evidence: str | None = None
    entity_type: str = DEFAULT_ENTITY_TYPE


def parse(values: Mapping[str, Any], label: Label = option_label) -> RecordInput:
    """A record from field values (option values or one row of a file); InvalidInput names the field."""
    unknown = sorted(set(values) - set(FIELDS) - OUTPUT_ONLY, key=str)
    if unknown:
        raise InvalidInput(f"{label(str(unknown[0]))}: unknown field (fields: {', '.join(FIELDS)})")
    text = {name: _text(values.get(name), name, label) for name in TEXT_FIELDS}
    lists = {name: _list(values.get(name), name, label) for name in LIST_FIELDS}
    source_id, new_source = _source(values, label)
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
        entity_type=entity_type,
    )


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


def _source(values: Mapping[str, Any], label: Label) -> tuple[str | None, SourceInput | None]:
    """The source as an existing id, or as the details of a source of the user's own."""
    given = values.get("source")
    details = {name: values.get(name) for name in SOURCE_FIELDS}
    if isinstance(given, Mapping):  # as `export --format json` prints it
        extra = sorted(set(given) - {"id", "title", "author", "outlet", "url", "date"}, key=str)
        if extra:
            raise InvalidInput(f"{label('source')}: unknown key {str(extra[0])!r}")
        if given.get("id") is not None:
            given = given["id"]
        else:
            for key in ("title", "author", "outlet", "url", "date"):
                details[f"source_{key}"] = details[f"source_{key}"] or given.get(key)
            given = None
    source_id = _text(given, "source", label)
    checked = {name: _text(value, name, label) for name, value in details.items()}
    if source_id and any(checked.values()):
        named = next(name for name, value in checked.items() if value)
        raise InvalidInput(f"{label(named)}: give either an existing source id or a new source's details, not both")
    if source_id:
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
    return None, SourceInput(
        title=checked["source_title"] or "", author=checked["source_author"], outlet=checked["source_outlet"],
        url=checked["source_url"], date=checked["source_date"],
    )


# -- files --------------------------------------------------------------------


def read_rows(data: bytes, name: str, fmt: str | None = None) -> list[tuple[str, dict[str, Any]]]:
    """The rows of a JSON, JSONL or CSV file, each with how an error should name it."""
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidInput(f"{name}: not UTF-8 text (byte {error.start})") from None
    if not content.strip():
        raise InvalidInput(f"{name}: holds no records")
    fmt = fmt or guess_format(name, content)
    reader = {"json": _json_rows, "jsonl": _jsonl_rows, "csv": _csv_rows}[fmt]
    rows = reader(content, name)
    if not rows:
        raise InvalidInput(f"{name}: holds no records")
    return rows


def guess_format(name: str, content: str) -> str:
    """The format a file's name says, or else its first character."""
    suffix = Path(name).suffix.lower()
    if suffix in (".json", ".jsonl", ".csv"):
        return suffix[1:]
    if suffix == ".ndjson":
        return "jsonl"
    head = content.lstrip()[:1]
    if head == "[":
        return "json"
    if head == "{":
        lines = [line for line in content.splitlines() if line.strip()]
        return "jsonl" if len(lines) > 1 and lines[0].rstrip().endswith("}") else "json"
    return "csv"


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


def _csv_rows(content: str, name: str) -> list[tuple[str, dict[str, Any]]]:
    import csv
    import io

    reader = csv.DictReader(io.StringIO(content, newline=""), restkey="\0extra")
    rows = []
    try:
        for row in reader:
            where = f"{name}: row {len(rows) + 1} (line {reader.line_num})"
            if "\0extra" in row:
                raise InvalidInput(f"{where}: more cells than the header has columns")
            rows.append((where, {key: value for key, value in row.items() if value not in (None, "")}))
    except csv.Error as error:
        raise InvalidInput(f"{name}: line {reader.line_num}: not valid CSV ({error})") from None
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


def resolve(inputs: Iterable[RecordInput], store: Store, new_id: Callable[[str], str]) -> Plan:
    """Documents for `inputs`: sources found or created, entity names made canonical
    (unknown ones created), locators into shipped source texts, fresh ids from `new_id`."""
    plan = Plan()
    sources = dict(store.sources)
    names = {name.casefold(): entity.name for entity in store.entities for name in entity.names}
    texts: dict[str, str | None] = {}
    for item in inputs:
        source = _resolve_source(item, sources, plan, new_id)
        if source.id not in texts:
            texts[source.id] = store.source_text(source)
        locator, evidence = _locate(item, source, texts[source.id])
        speaker = _entity(item.speaker, "person", item.role, names, plan) if item.speaker else None
        entities = [_entity(name, item.entity_type, None, names, plan) for name in item.entities]
        plan.records.append({
            "id": new_id(item.text),
            "kind": item.kind,
            "text": item.text,
            "date": item.date,
            "date_end": item.date_end,
            "date_implied": False,
            "place": item.place,
            "speaker": speaker,
            "role": item.role,
            "entities": list(dict.fromkeys(entities)),
            "topics": list(item.topics),
            "source": source.id,
            "locator": locator,
            "evidence": evidence,
        })
    return plan


def _resolve_source(item: RecordInput, sources: dict[str, Source], plan: Plan, new_id: Callable[[str], str]) -> Source:
    if item.source_id is not None:
        try:
            return sources[item.source_id]
        except KeyError:
            raise InvalidInput(
                f"{item.label('source')}: no source with id {item.source_id[:80]!r} (see: cstofacts sources)"
            ) from None
    wanted = item.new_source
    assert wanted is not None  # parse() gives one or the other
    for source in sources.values():
        if source.origin != "bundled" and wanted.matches(source):
            return source
    doc = {
        "id": new_id(wanted.title), "title": wanted.title, "author": wanted.author, "outlet": wanted.outlet,
        "url": wanted.url, "date": wanted.date, "reported_by": [], "note": None, "file": None,
    }
    source = Source.from_doc(doc, origin="user")
    sources[source.id] = source
    plan.sources.append(doc)
    return source


def _locate(item: RecordInput, source: Source, text: str | None) -> tuple[dict[str, int] | None, str | None]:
    """Where the record's evidence stands in a shipped source text (None for a source without one)."""
    from cstofacts.locate import LocateError, locate, quote_is_verbatim

    if text is None:
        return None, item.evidence
    evidence = item.evidence or (item.text if item.kind == "quote" else None)
    if evidence is None:
        raise InvalidInput(
            f"{item.label('evidence')}: source {source.id!r} ships its text, so give the words of it "
            "that support this record"
        )
    try:
        locator = locate(text, evidence)
    except LocateError as error:
        raise InvalidInput(f"{item.label('evidence')}: {error}") from None
    if item.kind == "quote" and not quote_is_verbatim(item.text, evidence):
        raise InvalidInput(f"{item.label('text')}: a quote must be the source's words, verbatim")
    return locator.to_dict(), evidence


def _entity(name: str, kind: str, role: str | None, names: dict[str, str], plan: Plan) -> str:
    """The canonical name of `name` (matched case-blind to a name or alias), created if new."""
    canonical = names.get(name.casefold())
    if canonical is None:
        plan.entities.append({"name": name, "type": kind, "aliases": [], "role": role, "description": None})
        names[name.casefold()] = canonical = name
    return canonical
