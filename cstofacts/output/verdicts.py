"""Render fact-check verdicts as a table, JSON, JSONL, CSV or TSV. No printing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cstofacts.check import NEI, REFUTED, SUPPORTED, Verdict
from cstofacts.escape import one_line, plural
from cstofacts.output.fit import Shape, at_spaces
from cstofacts.output.render import delimited, to_json, to_jsonl

COLOURS = {SUPPORTED: "\x1b[32m", REFUTED: "\x1b[31m", NEI: "\x1b[33m"}
RESET = "\x1b[0m"


def _wrap(text: str, width: int) -> str:
    """`text` on lines of at most `width`, broken at spaces only.

    Ids are copied from tables: never break one (tabulate's own wrapping breaks
    at hyphens and inside long words); a word longer than the width stands whole.
    """
    return "\n".join(at_spaces(one_line(text), max(1, width)))


def _label(verdict: str, colour: bool) -> str:
    return f"{COLOURS[verdict]}{verdict}{RESET}" if colour else verdict


def single(
    verdict: Verdict,
    fmt: str,
    *,
    colour: bool = False,
    tablefmt: str = "plain",
    width: int | None = None,
    explain: bool = False,
) -> str:
    """One verdict: an object (json), one line (jsonl), a header and a row (csv, tsv)
    or field/value lines `width` wide."""
    if fmt == "json":
        return to_json(verdict.to_dict(explain=explain))
    if fmt == "jsonl":
        return to_jsonl([verdict.to_dict(explain=explain)])
    if fmt in DELIMITERS:
        return _delimited([verdict], fmt, explain)
    pairs = [("claim", verdict.claim), ("verdict", verdict.verdict), ("reason", verdict.reason)]
    pairs += [("evidence", f"{r.id}: {r.text} [{r.source.id}]") for r in verdict.evidence]
    if explain and verdict.explain:
        pairs += explanation_rows(verdict.explain)
    if tablefmt in ("plain", "simple"):  # the default
        from cstofacts.output.fit import field_value

        text = field_value([(k, one_line(v)) for k, v in pairs], width or 100)
        return _coloured(text) if colour else text
    from tabulate import tabulate

    # what the borders leave: "| " + field + " | " + value + " |"
    wrap = max(30, (width or 100) - max(len(k) for k, _ in pairs) - 7) if _multiline(tablefmt) else None
    rows = [(k, _label(v, colour) if k == "verdict" else _cell(v, wrap, tablefmt)) for k, v in pairs]
    # A field/value table reads without a header, but Markdown and the markup
    # formats need one (a github table without it starts "|---|").
    headers = ("field", "value") if tablefmt not in _HEADLESS else ()
    return tabulate(rows, headers=headers, tablefmt=tablefmt, disable_numparse=True)


# Formats that lay out a table with no header row well.
_HEADLESS = frozenset(
    {
        "plain",
        "simple",
        "grid",
        "simple_grid",
        "rounded_grid",
        "heavy_grid",
        "mixed_grid",
        "double_grid",
        "fancy_grid",
        "outline",
        "simple_outline",
        "rounded_outline",
        "heavy_outline",
        "mixed_outline",
        "double_outline",
        "fancy_outline",
        "presto",
        "psql",
        "rst",
        "tsv",
    }
)


def _multiline(tablefmt: str) -> bool:
    """True for the formats that can hold a cell on several lines (not github, html, latex, ...).

    tabulate counts "pipe" among them, but a Markdown cell never holds a line break."""
    import tabulate as tabulate_module

    return tablefmt in tabulate_module.multiline_formats and tablefmt != "pipe"


def _cell(text: str, width: int | None, tablefmt: str) -> str:
    """`text` for one cell: wrapped where the format holds several lines, else one line;
    a bare | escaped where it would end a Markdown cell."""
    text = _wrap(text, width) if width else one_line(text)
    return text.replace("|", "\\|") if tablefmt in ("github", "pipe") else text


def explanation_rows(explain: dict) -> list[tuple[str, str]]:
    """`check --explain` as field/value rows: the rule that decided, what the claim
    was read as, and every slot and word compared with the closest records."""
    claim = explain["claim"]
    read = "; ".join(
        f"{k}: {', '.join(map(str, v)) if isinstance(v, list) else v}"
        for k, v in claim.items()
        if v not in ([], False, None)
    )
    rows = [("rule", f"{explain['rule']} ({explain['rule_says']})")]
    if "read_as" in explain:  # a cleft, checked as the plain sentence it stands for
        rows.append(("checked as", explain["read_as"]))
    rows.append(("read as", read))
    for record in explain["records"]:
        words = ", ".join(
            f"{w['claim']}" + (f" = {w['record']} ({w['how']})" if w["how"] != "none" else " (none)")
            for w in record["words"]
        )
        slots = (
            "; ".join(
                f"{s['slot']} {s['status']}: {s['claim']}" + (f" / {s['source']}" if s["source"] else "")
                for s in record["slots"]
            )
            or "none"
        )
        rows.append(
            (
                "compared",
                f"{record['id']} (relevance {record['relevance']}, words covered {record['coverage']}"
                f"{_with_rarer_senses(record)}"
                f"{'; does not name ' + ', '.join(record['subjects_missing']) if record['subjects_missing'] else ''})"
                f" words: {words}; slots: {slots}",
            )
        )
    return rows


def many(
    verdicts: Sequence[Verdict],
    fmt: str,
    *,
    colour: bool = False,
    tablefmt: str = "simple",
    width: int | None = None,
    explain: bool = False,
    cut_ids: bool = False,
) -> str:
    """Verdicts on a document's claims, each with its line number."""
    if fmt == "json":
        return to_json([v.to_dict(explain=explain) for v in verdicts])
    if fmt == "jsonl":
        return to_jsonl([v.to_dict(explain=explain) for v in verdicts])
    if fmt in DELIMITERS:
        return _delimited(verdicts, fmt, explain)
    from tabulate import tabulate

    # Evidence ids stand whole, one a line; claim and reason share what the
    # line number, verdict and evidence leave, and wrap at spaces only (a
    # reason may name a record: the reason column is at least that id wide).
    if not _multiline(tablefmt):  # one line a cell, and ids joined by spaces, not newlines
        rows = [
            (
                v.line if v.line is not None else "",
                v.verdict,
                _cell(v.claim, None, tablefmt),
                _cell(v.reason, None, tablefmt),
                _cell(" ".join(r.id for r in v.evidence), None, tablefmt),
            )
            for v in verdicts
        ]
        flat = tabulate(
            rows,
            headers=("line", "verdict", "claim", "reason", "evidence"),
            tablefmt=tablefmt,
            disable_numparse=True,
        )
        return flat + _explanations(verdicts, width) if explain else flat
    from cstofacts.output.render import table

    rows = [
        (v.line if v.line is not None else "", v.verdict, v.claim, v.reason, "\n".join(r.id for r in v.evidence))
        for v in verdicts
    ]
    text = table(
        ("line", "verdict", "claim", "reason", "evidence"),
        rows,
        tablefmt=tablefmt,
        width=width or 100,
        shape=CHECK_SHAPE,
        cut_ids=cut_ids,
    )
    # Colour after layout, so that escape codes do not upset the column widths.
    text = _coloured(text) if colour else text
    return text + _explanations(verdicts, width) if explain else text


DELIMITERS = {"csv": ",", "tsv": "\t"}
DELIMITED_COLUMNS = ("line", "claim", "verdict", "reason", "evidence")


def _delimited(verdicts: Sequence[Verdict], fmt: str, explain: bool) -> str:
    """A row a verdict, for a spreadsheet or a script: the line (empty for one claim),
    the claim, verdict and reason, and the evidence ids, space-separated; with
    --explain, the rule that decided."""
    header = (*DELIMITED_COLUMNS, "rule") if explain else DELIMITED_COLUMNS
    rows = [
        (
            "" if v.line is None else str(v.line),
            v.claim,
            v.verdict,
            v.reason,
            " ".join(r.id for r in v.evidence),
            *((str((v.explain or {}).get("rule", "")),) if explain else ()),
        )
        for v in verdicts
    ]
    return delimited(header, rows, DELIMITERS[fmt])


def _explanations(verdicts: Sequence[Verdict], width: int | None) -> str:
    """`check --file --explain` in a table: after it, each claim's rule and slots, by line."""
    from cstofacts.output.fit import field_value

    blocks = []
    for verdict in verdicts:
        if verdict.explain:
            rows = [("line", str(verdict.line) if verdict.line is not None else ""), ("claim", verdict.claim)]
            rows += explanation_rows(verdict.explain)
            blocks.append(field_value([(k, one_line(v)) for k, v in rows], width or 100))
    return "".join("\n\n" + block for block in blocks)


# How `check --file` gives way to a narrow terminal: ids cut (on a terminal
# only), claim and reason narrowed; the evidence ids are never dropped (a
# draft's writer copies them), so a narrow table becomes field: value lines.
CHECK_SHAPE = Shape(main=("claim", "reason"), concessions=("ids24", "narrow"))


def _coloured(text: str) -> str:
    """The verdicts of a laid-out table (or of `verdict` field: value lines) in their colours."""
    import re

    lines = text.split("\n")
    names = "|".join(re.escape(name) for name in COLOURS)
    field = re.compile(f"^(verdict:? +)({names})$")  # field: value lines ("verdict   supported")
    if any(field.match(line) for line in lines):
        return "\n".join(field.sub(lambda m: m.group(1) + _label(m.group(2), True), line) for line in lines)
    column = lines[0].find("verdict")  # a table: the column under its header
    for n, line in enumerate(lines[1:], 1):
        word = line[column:].split(" ", 1)[0] if column >= 0 else ""
        if word in COLOURS and (column == 0 or line[column - 1] == " "):
            lines[n] = line[:column] + _label(word, True) + line[column + len(word) :]
    return "\n".join(lines)


def summary(verdicts: Sequence[Verdict]) -> str:
    counts = {name: sum(v.verdict == name for v in verdicts) for name in (SUPPORTED, REFUTED, NEI)}
    return f"{plural(len(verdicts), 'claim')}: " + ", ".join(f"{n} {name}" for name, n in counts.items())


def _with_rarer_senses(record: dict[str, Any]) -> str:
    """ ", 0.77 with words in a rarer sense", where those lift the coverage support reads."""
    loose = record.get("coverage_with_rarer_senses", record["coverage"])
    return f", {loose} with words in a rarer sense" if loose != record["coverage"] else ""
