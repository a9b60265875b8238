"""Render fact-check verdicts as a table, JSON or JSONL. No printing."""

from __future__ import annotations

from collections.abc import Sequence

from cstofacts.check import NEI, REFUTED, SUPPORTED, Verdict
from cstofacts.render import one_line, to_json, to_jsonl

COLOURS = {SUPPORTED: "\x1b[32m", REFUTED: "\x1b[31m", NEI: "\x1b[33m"}
RESET = "\x1b[0m"
EVIDENCE_WIDTH = 36  # ids are long; wider evidence would squeeze the claim
MIN_TEXT = 20


def _label(verdict: str, colour: bool) -> str:
    return f"{COLOURS[verdict]}{verdict}{RESET}" if colour else verdict


def single(verdict: Verdict, fmt: str, *, colour: bool = False, tablefmt: str = "plain", width: int | None = None) -> str:
    """One verdict: an object (json), one line (jsonl) or a small table."""
    if fmt == "json":
        return to_json(verdict.to_dict())
    if fmt == "jsonl":
        return to_jsonl([verdict.to_dict()])
    from tabulate import tabulate

    rows = [
        ("claim", one_line(verdict.claim)),
        ("verdict", _label(verdict.verdict, colour)),
        ("reason", one_line(verdict.reason)),
    ]
    rows += [("evidence", f"{r.id}: {one_line(r.text)} [{r.source.id}]") for r in verdict.evidence]
    wrap = max(30, (width or 100) - 12)
    return tabulate(rows, tablefmt=tablefmt, maxcolwidths=[None, wrap], disable_numparse=True)


def many(verdicts: Sequence[Verdict], fmt: str, *, colour: bool = False, tablefmt: str = "simple", width: int | None = None) -> str:
    """Verdicts on a document's claims, each with its line number."""
    if fmt == "json":
        return to_json([v.to_dict() for v in verdicts])
    if fmt == "jsonl":
        return to_jsonl([v.to_dict() for v in verdicts])
    from tabulate import tabulate

    rows = [
        (v.line if v.line is not None else "", v.verdict, one_line(v.claim), one_line(v.reason),
         ", ".join(r.id for r in v.evidence))
        for v in verdicts
    ]
    # Claim and reason share what the line number, verdict and evidence leave.
    evidence = min(EVIDENCE_WIDTH, max([8] + [len(r[4]) for r in rows]))
    text_width = max(MIN_TEXT, ((width or 100) - evidence - 6 - 17 - 8) // 2)
    text = tabulate(
        rows, headers=("line", "verdict", "claim", "reason", "evidence"), tablefmt=tablefmt,
        maxcolwidths=[None, None, text_width, text_width, evidence], disable_numparse=True,
    )
    if colour:
        # Colour after layout, so that escape codes do not upset the column widths.
        for name in (SUPPORTED, REFUTED, NEI):
            text = text.replace(f" {name} ", f" {_label(name, True)} ")
    return text


def summary(verdicts: Sequence[Verdict]) -> str:
    counts = {name: sum(v.verdict == name for v in verdicts) for name in (SUPPORTED, REFUTED, NEI)}
    return f"{len(verdicts)} claims: " + ", ".join(f"{n} {name}" for name, n in counts.items())
