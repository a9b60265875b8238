"""Turn records, sources and entities into text: tables, JSON, CSV, Markdown. No printing."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from cstofacts.escape import one_line as one_line
from cstofacts.escape import plural as plural
from cstofacts.escape import safe as safe
from cstofacts.escape import unsafe_in as unsafe_in
from cstofacts.models import Entity, Locator, Record, Source
from cstofacts.output.fit import Shape


def to_json(value: Any) -> str:
    """Indented JSON with Unicode kept, and C1 controls escaped (json leaves them raw)."""
    import json  # here: a table or a Markdown answer need not load it

    return safe(json.dumps(value, indent=2, ensure_ascii=False))


def to_jsonl(values: Sequence[Any]) -> str:
    import json

    return "\n".join(safe(json.dumps(v, ensure_ascii=False)) for v in values)


def delimited(header: Sequence[str], rows: Sequence[Sequence[Any]], delimiter: str) -> str:
    """CSV or TSV. Every character of a cell is kept (a no-break space, two spaces),
    as a script comparing evidence with the source needs; only what could drive a
    terminal is escaped, and in TSV a tab or line break becomes a space."""
    if delimiter == "\t":
        # TSV as cut, awk and spreadsheets read it: no quoting, so a cell holds
        # no tab or line break; each is a space, one for one.
        return "\n".join("\t".join(_TSV_BREAKS.sub(" ", _raw_cell(cell)) for cell in row) for row in [header, *rows])
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([[_raw_cell(cell) for cell in row] for row in rows])
    return buffer.getvalue().rstrip("\n")


_TSV_BREAKS = re.compile("[\t\n]")  # (a carriage return is escaped by safe)


def _raw_cell(value: Any) -> str:
    """A value as one cell of CSV or TSV, its characters as they are."""
    if value is None:
        return ""
    if isinstance(value, bool):  # as JSON writes them, not Python's True/False
        return "true" if value else "false"
    return safe(str(value))


def _cell(value: Any) -> str:
    """A value as one cell of a table for people: on one line, spaces collapsed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return one_line(str(value))


# Characters that Markdown would read as markup inside a table cell.
_MARKDOWN_SPECIAL = r"[\\`*_\[\]<>|]"  # compiled on first use: most output is not Markdown


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    def cell(value: Any) -> str:
        return re.sub(_MARKDOWN_SPECIAL, r"\\\g<0>", _cell(value))

    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    tablefmt: str = "simple",
    width: int | None = None,
    shape: Shape | None = None,
    cut_ids: bool = False,
) -> str:
    """A tabulate table for people. Given a `width` and a format whose cells hold
    several lines, it fits that width as `shape` says (cstofacts.output.fit); other
    formats (github, html, latex, ...) keep every column, each cell on one line."""
    import tabulate as tabulate_module
    from tabulate import tabulate

    # Each line of a cell on one line (a cell of ids holds one a line).
    cells = [
        ["\n".join(one_line(part) for part in str(v).split("\n")) if v is not None else "" for v in row] for row in rows
    ]
    if tablefmt in ("github", "pipe"):  # a bare | would end the cell
        cells = [[cell.replace("|", "\\|") for cell in row] for row in cells]
    if width and shape and tablefmt in tabulate_module.multiline_formats and tablefmt != "pipe":
        from cstofacts.output.fit import fit_table

        return fit_table(header, cells, width=width, shape=shape, tablefmt=tablefmt, cut_ids=cut_ids)
    return tabulate(cells, headers=list(header), tablefmt=tablefmt, disable_numparse=True)


# How each table gives way to a narrow terminal (cstofacts.output.fit.Shape): the
# least needed columns go first; ids are cut with ... only on a terminal.
RECORDS_SHAPE = Shape(main=("text",), concessions=("kind", "score", "ids24", "speaker", "narrow", "ids16", "date"))
SOURCES_SHAPE = Shape(
    main=("title",), concessions=("reported_by", "outlet", "ids24", "author", "records", "narrow", "ids16")
)
ENTITIES_SHAPE = Shape(main=("aliases",), concessions=("records", "role", "type", "narrow"))
DETAIL_SHAPE = Shape(main=("value",), concessions=("narrow",))


RECORD_COLUMNS = ("id", "kind", "date", "text", "speaker")
# Later columns go last, so that scripts reading the columns by position keep working.
CSV_COLUMNS = (
    "id",
    "kind",
    "text",
    "date",
    "date_end",
    "date_implied",
    "place",
    "speaker",
    "role",
    "entities",
    "topics",
    "source",
    "paragraph",
    "start",
    "end",
    "origin",
    "evidence",
    "period",
    "highlight",
    "highlight_start",
    "highlight_end",
)


def _date_range(record: Record) -> str:
    if record.date and record.date_end:
        return f"{record.date}/{record.date_end}"
    return record.date or ""


def _csv_row(record: Record) -> list[Any]:
    doc = record.to_dict()
    locator = doc["locator"] or {}
    return [
        doc["id"],
        doc["kind"],
        doc["text"],
        doc["date"],
        doc["date_end"],
        doc["date_implied"],
        doc["place"],
        doc["speaker"],
        doc["role"],
        "; ".join(doc["entities"]),
        "; ".join(doc["topics"]),
        record.source.id,
        locator.get("paragraph"),
        locator.get("start"),
        locator.get("end"),
        doc["origin"],
        doc["evidence"],
        doc["period"],
        doc["highlight"],
        locator.get("highlight_start"),
        locator.get("highlight_end"),
    ]


def records(
    items: Sequence[Record],
    fmt: str,
    *,
    scores: Sequence[int] | None = None,
    extra: Mapping[str, Sequence[str | None]] | None = None,
    tablefmt: str = "simple",
    width: int | None = None,
    cut_ids: bool = False,
) -> str:
    """Records in `fmt`. With `scores`, each carries its search score (0-100);
    `extra` adds a value a record, by name, as a last column or a key (show
    --context: its source paragraph, the evidence marked; quote: its attribution)."""
    extra = extra or {}
    if fmt in ("json", "jsonl"):
        docs = [r.to_dict() for r in items]
        for doc, score in zip(docs, scores or ()):
            doc["score"] = score
        for name, values in extra.items():
            for doc, value in zip(docs, values):
                if value is not None:
                    doc[name] = value
        return to_json(docs) if fmt == "json" else to_jsonl(docs)
    if fmt in ("csv", "tsv"):
        header, rows = list(CSV_COLUMNS), [_csv_row(r) for r in items]
    elif fmt == "markdown":
        # A row pasted into a document must say where it comes from.
        header = [*RECORD_COLUMNS, "source", "paragraph"]
        rows = [[*_table_row(r), r.source.id, r.locator.paragraph if r.locator else ""] for r in items]
    else:
        header, rows = list(RECORD_COLUMNS), [_table_row(r) for r in items]
    if scores is not None:
        header, rows = ["score", *header], [[score, *row] for score, row in zip(scores, rows)]
    for name, values in extra.items():
        header, rows = [*header, name], [[*row, value or ""] for row, value in zip(rows, values)]
    if fmt in ("csv", "tsv"):
        return delimited(header, rows, "," if fmt == "csv" else "\t")
    header, rows = _without_empty(header, rows)
    if fmt == "markdown":
        return markdown_table(header, rows)
    return table(header, rows, tablefmt=tablefmt, width=width, shape=RECORDS_SHAPE, cut_ids=cut_ids)


# Columns a table for people (a terminal's or a Markdown one) leaves out when
# no row has a value in them: an empty column costs the text its room (a
# 100-column table of long ids left the text 20 characters).
OPTIONAL_COLUMNS = ("date", "speaker")


def _without_empty(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> tuple[list[str], list[list[Any]]]:
    keep = [i for i, name in enumerate(header) if name not in OPTIONAL_COLUMNS or any(row[i] for row in rows)]
    return [header[i] for i in keep], [[row[i] for i in keep] for row in rows]


def _table_row(record: Record) -> list[Any]:
    return [record.id, record.kind, _date_range(record), record.text, record.speaker or ""]


def _locator_text(locator: Locator | None) -> str:
    if locator is None:
        return ""
    text = f"paragraph {locator.paragraph}, characters {locator.start}-{locator.end}"
    if locator.highlight_start is not None:
        text += f" (highlight {locator.highlight_start}-{locator.highlight_end})"
    return text


def record_detail(record: Record, context: str | None = None, *, tablefmt: str = "plain", width: int = 100) -> str:
    """One whole record as two columns (field, value) `width` wide, then its source
    paragraph when given, wrapped to the same width."""
    doc = record.to_dict()
    source = record.source
    locator = record.locator
    pairs = [
        ("id", record.id),
        ("kind", record.kind),
        ("text", record.text),
        ("date", _date_range(record) + (" (year implied by the paragraph)" if record.date_implied else "")),
        ("period", record.period and f"{record.period} (the time it covers)"),
        ("place", record.place),
        ("speaker", record.speaker),
        ("role", record.role),
        ("entities", ", ".join(record.entities)),
        ("topics", ", ".join(record.topics)),
        ("source", source.id),
        ("title", source.title),
        ("locator", _locator_text(locator)),
        ("evidence", record.evidence),
        ("highlight", record.highlight),
        ("origin", doc["origin"]),
    ]
    rows = [(k, one_line(str(v))) for k, v in pairs if v]
    if tablefmt in ("plain", "simple"):  # the default: a headerless two-column layout
        from cstofacts.output.fit import field_value

        body = field_value(rows, width)
    else:  # github, grid, latex...: a real table, with a header
        body = table(["field", "value"], rows, tablefmt=tablefmt, width=width, shape=DETAIL_SHAPE)
    if not context:
        return body
    from cstofacts.output.fit import wrap_marked

    # (already made safe, around its markers: an escape code may be one of them)
    return body + "\n\n" + "\n".join(wrap_marked(" ".join(context.split()), width))


def records_detail(
    items: Sequence[Record],
    fmt: str,
    contexts: Sequence[str | None] | None = None,
    *,
    tablefmt: str = "plain",
    width: int = 100,
) -> str:
    """`show`: each whole record, with its source paragraph when `contexts` are given."""
    if fmt != "table":
        return records(items, fmt, extra={"context": contexts} if contexts is not None else None)
    return "\n\n".join(
        record_detail(r, c, tablefmt=tablefmt, width=width) for r, c in zip(items, contexts or [None] * len(items))
    )


SOURCE_COLUMNS = ("id", "title", "author", "outlet", "reported_by", "records")


def sources(
    items: Sequence[tuple[Source, int]],
    fmt: str,
    *,
    tablefmt: str = "simple",
    width: int | None = None,
    cut_ids: bool = False,
) -> str:
    """Sources with how many records cite each."""
    if fmt in ("json", "jsonl"):
        docs = [{**s.to_dict(), "records": n} for s, n in items]
        return to_json(docs) if fmt == "json" else to_jsonl(docs)
    rows = [[s.id, s.title, s.author or "", s.outlet or "", ", ".join(s.reported_by), n] for s, n in items]
    return _rows(SOURCE_COLUMNS, rows, fmt, tablefmt=tablefmt, width=width, shape=SOURCES_SHAPE, cut_ids=cut_ids)


ENTITY_COLUMNS = ("name", "type", "role", "aliases", "records")
ENTITY_CSV_COLUMNS = (*ENTITY_COLUMNS, "description")  # too long for a table; a script may want it


def entities(
    items: Sequence[tuple[Entity, int]],
    fmt: str,
    *,
    tablefmt: str = "simple",
    width: int | None = None,
    cut_ids: bool = False,
) -> str:
    """Entities with their aliases and how many records name each."""
    if fmt in ("json", "jsonl"):
        docs = [{**e.to_dict(), "records": n} for e, n in items]
        return to_json(docs) if fmt == "json" else to_jsonl(docs)
    rows = [[e.name, e.type, e.role or "", "; ".join(e.aliases), n] for e, n in items]
    if fmt in ("csv", "tsv"):
        return _rows(
            ENTITY_CSV_COLUMNS,
            [[*row, e.description or ""] for row, (e, _) in zip(rows, items)],
            fmt,
            tablefmt=tablefmt,
            width=width,
            shape=ENTITIES_SHAPE,
        )
    return _rows(ENTITY_COLUMNS, rows, fmt, tablefmt=tablefmt, width=width, shape=ENTITIES_SHAPE, cut_ids=cut_ids)


def _rows(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    fmt: str,
    *,
    tablefmt: str,
    width: int | None,
    shape: Shape,
    cut_ids: bool = False,
) -> str:
    if fmt in ("csv", "tsv"):
        return delimited(header, rows, "," if fmt == "csv" else "\t")
    if fmt == "markdown":
        return markdown_table(header, rows)
    return table(header, rows, tablefmt=tablefmt, width=width, shape=shape, cut_ids=cut_ids)
