"""Render fact-check verdicts as a table, JSON or JSONL. No printing."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from cstofacts.check import NEI, REFUTED, SUPPORTED, Verdict
from cstofacts.render import one_line, to_json, to_jsonl

COLOURS = {SUPPORTED: "\x1b[32m", REFUTED: "\x1b[31m", NEI: "\x1b[33m"}
RESET = "\x1b[0m"
MIN_TEXT = 20


def _wrap(text: str, width: int) -> str:
    """`text` on lines of at most `width`, broken at spaces only.

    Ids are copied from tables: never break one (tabulate's own wrapping breaks
    at hyphens and inside long words); a word longer than the width stands whole.
    """
    return "\n".join(textwrap.wrap(one_line(text), max(1, width), break_long_words=False, break_on_hyphens=False)) or ""


def _label(verdict: str, colour: bool) -> str:
    return f"{COLOURS[verdict]}{verdict}{RESET}" if colour else verdict


def single(verdict: Verdict, fmt: str, *, colour: bool = False, tablefmt: str = "plain", width: int | None = None) -> str:
    """One verdict: an object (json), one line (jsonl) or a small table."""
    if fmt == "json":
        return to_json(verdict.to_dict())
    if fmt == "jsonl":
        return to_jsonl([verdict.to_dict()])
    from tabulate import tabulate

    wrap = max(30, (width or 100) - 12)
    rows = [
        ("claim", _wrap(verdict.claim, wrap)),
        ("verdict", _label(verdict.verdict, colour)),
        ("reason", _wrap(verdict.reason, wrap)),
    ]
    rows += [("evidence", _wrap(f"{r.id}: {r.text} [{r.source.id}]", wrap)) for r in verdict.evidence]
    return tabulate(rows, tablefmt=tablefmt, disable_numparse=True)


def many(verdicts: Sequence[Verdict], fmt: str, *, colour: bool = False, tablefmt: str = "simple", width: int | None = None) -> str:
    """Verdicts on a document's claims, each with its line number."""
    if fmt == "json":
        return to_json([v.to_dict() for v in verdicts])
    if fmt == "jsonl":
        return to_jsonl([v.to_dict() for v in verdicts])
    from tabulate import tabulate

    # Evidence ids stand whole, one a line; claim and reason share what the
    # line number, verdict and evidence leave, and wrap at spaces only (a
    # reason may name a record: the reason column is at least that id wide).
    evidence = max([8] + [len(r.id) for v in verdicts for r in v.evidence])
    room = (width or 100) - evidence - 6 - 17 - 8
    longest = max([0] + [len(word) for v in verdicts for word in v.reason.split()])
    reason_width = max(MIN_TEXT, room // 2, min(longest, room - MIN_TEXT))
    reason_width = max(reason_width, longest)  # the column is that wide anyway
    text_width = max(MIN_TEXT, room - reason_width)
    rows = [
        (v.line if v.line is not None else "", v.verdict, _wrap(v.claim, text_width), _wrap(v.reason, reason_width),
         "\n".join(r.id for r in v.evidence))
        for v in verdicts
    ]
    text = tabulate(
        rows, headers=("line", "verdict", "claim", "reason", "evidence"), tablefmt=tablefmt, disable_numparse=True,
    )
    if colour:
        # Colour after layout, so that escape codes do not upset the column widths.
        for name in (SUPPORTED, REFUTED, NEI):
            text = text.replace(f" {name} ", f" {_label(name, True)} ")
    return text


def summary(verdicts: Sequence[Verdict]) -> str:
    counts = {name: sum(v.verdict == name for v in verdicts) for name in (SUPPORTED, REFUTED, NEI)}
    return f"{len(verdicts)} claims: " + ", ".join(f"{n} {name}" for name, n in counts.items())
