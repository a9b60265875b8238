"""A user's own records as given on the command line or in a row of a file: parsed and checked.

Everything is checked before anything is written: one bad value stops the whole
`add` or `import`, with an error naming the row and the field. (The rows of a
file are read by `rows`; checked records are resolved against a store by `resolving`.)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from cstofacts.dates import parse_iso, parse_period, record_bounds
from cstofacts.errors import InvalidInput
from cstofacts.models import ENTITY_TYPES, KINDS, Source

# Lengths past which a value is a pasted document rather than a field.
MAX_TEXT = 10_000  # text and evidence
MAX_FIELD = 500  # names, titles, places, topics
MAX_URL = 2_000
MAX_LIST = 100  # entities or topics of one record
MAX_OFFSET = 10_000_000  # a character offset into a source text

TEXT_FIELDS = (
    "kind",
    "text",
    "date",
    "date_end",
    "period",
    "place",
    "speaker",
    "role",
    "evidence",
    "highlight",
    "entity_type",
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
OUTPUT_ONLY = frozenset(
    {
        "id",
        "origin",
        "score",
        "locator",
        "date_implied",
        "paragraph",
        "start",
        "end",
        "highlight_start",
        "highlight_end",
        # what `ingest` writes beside a candidate: the names new to the store it found
        # (move one into entities to create it) and the rule that proposed the row
        "proposed_entities",
        "found_by",
    }
)
SOURCE_KEYS = ("id", "title", "author", "outlet", "url", "date")
DEFAULT_ENTITY_TYPE = "organisation"
# A new entity name this close to a known name or alias (difflib ratio of the
# case-folded names) is taken for a typo of it, unless the numbers in the two
# names differ (Interaction-2024 is not a typo of Interaction-2025).
NEAR_ENTITY = 0.8
TRUE = frozenset({"true", "yes", "1", "y", "on"})
FALSE = frozenset({"false", "no", "0", "n", "off", ""})

# C0 controls but tab and newline, DEL, C1 controls, direction overrides and
# isolates: nothing a record needs, and what a terminal escape sequence (or a
# line that reads backwards) is made of. What escape.safe escapes.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_URL = re.compile(r"^https?://[^\s/?#]+[^\s]*$", re.IGNORECASE)
ID_FORM = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")  # what an id of a record or a source may be

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
            self.title,
            self.author,
            self.outlet,
            self.url,
            self.date,
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
        value = text[name]
        if value:
            text[name] = _iso(value, name, label)
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
        kind=kind,
        text=text["text"],
        label=label,
        date=text["date"],
        date_end=text["date_end"],
        place=text["place"],
        speaker=text["speaker"],
        role=text["role"],
        entities=lists["entities"],
        topics=lists["topics"],
        source_id=source_id,
        new_source=new_source,
        evidence=text["evidence"],
        highlight=text["highlight"],
        period=text["period"],
        span=span,
        entity_type=entity_type,
        new_entities=_flag(values.get("new_entities"), "new_entities", label),
        from_file=from_file,
        record_id=_kept_id(values.get("id")) if from_file else None,
        date_implied=bool(text["date"]) and from_file and _flag(values.get("date_implied"), "date_implied", label),
    )


def _kept_id(value: Any) -> str | None:
    """A row's own id, if it is one an id may be (else the row gets a new one)."""
    if isinstance(value, str) and ID_FORM.match(value.strip()):
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
            raise InvalidInput(
                f"{label(name)}: {joined[:60]!r} holds ';', which separates names in CSV; give each name on its own"
            )
    else:
        raise InvalidInput(f"{label(name)}: must be a list of names or text with ';' between them")
    if len(items) > MAX_LIST:
        raise InvalidInput(f"{label(name)}: {len(items)} names; the limit is {MAX_LIST}")
    found = [_text(item, name, label) for item in items]
    return tuple(dict.fromkeys(item for item in found if item))


def _iso(value: str, name: str, label: Label) -> str:
    """The date as given, once it is a real one: refused, never rewritten (2025-00-10 is no 2025-10)."""
    try:
        parse_iso(value)
        return value.strip()
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
        given = next((name for name, value in checked.items() if value), None)
        if given:
            raise InvalidInput(f"{label('source_title')}: a new source needs a title")
        raise InvalidInput(f"{label('source')}: required (an existing source id, or a new source's title)")
    if checked["source_url"] and not _URL.match(checked["source_url"]):
        raise InvalidInput(f"{label('source_url')}: {checked['source_url'][:80]!r} is not an http(s) URL")
    if checked["source_date"]:
        checked["source_date"] = _iso(checked["source_date"], "source_date", label)
    return source_id, SourceInput(
        title=checked["source_title"] or "",
        author=checked["source_author"],
        outlet=checked["source_outlet"],
        url=checked["source_url"],
        date=checked["source_date"],
    )


_SOURCE_OPTIONS = {
    "source_title": "--title",
    "source_author": "--author",
    "source_outlet": "--outlet",
    "source_url": "--url",
    "source_date": "--date",
}


def source_details(values: Mapping[str, Any]) -> SourceInput:
    """A new source's details as `source add` takes them (title, author, outlet, url,
    date), each checked as add checks them; InvalidInput names the option."""
    fields = {f"source_{name}": value for name, value in values.items()}
    if not (values.get("title") or "").strip():
        raise InvalidInput("--title: required (the article's title)")
    _, details = _source(fields, lambda name: _SOURCE_OPTIONS.get(name, option_label(name)))
    assert details is not None
    return details
