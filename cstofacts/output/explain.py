"""`search --explain` as text: the parsed query, then each result with the score of
each of its parts, on lines that fit the width (the JSON forms are render's)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cstofacts.escape import one_line
from cstofacts.output.fit import wrap
from cstofacts.output.render import to_json, to_jsonl

LABEL = 12  # "normalised: "


def explanation(query: dict[str, Any], matches: Sequence[tuple[Any, Sequence[Any]]], fmt: str, width: int = 100) -> str:
    """`search --explain`: the parsed query, then each result with the score of each part."""
    if fmt in ("json", "jsonl"):
        docs = [
            {**m.record.to_dict(), "score": m.score, "explain": {**query, "components": [c.to_dict() for c in parts]}}
            for m, parts in matches
        ]
        return to_json(docs) if fmt == "json" else to_jsonl(docs)
    pairs = [
        ("query:", one_line(query["query"])),
        ("normalised:", one_line(query["normalised"])),
        ("terms:", ", ".join(query["terms"]) or "-"),
        ("dates:", ", ".join(query["dates"]) or "-"),
        *(("alias:", f"{one_line(name)} = {one_line(' / '.join(names))}") for name, names in query["aliases"].items()),
    ]
    if query.get("english"):
        pairs.append(("english:", one_line(query["english"])))
    if query.get("question"):
        pairs.append(("question:", query["question"]))
    pairs += [("expanded:", f"{term} -> {', '.join(words)}") for term, words in query.get("expansions", {}).items()]
    lines = [_beside(label, value, width) for label, value in pairs]
    for match, parts in matches:
        lines.append("")
        lines.append(f"{match.score:>3}  {match.record.id}  ({match.record.kind})")
        lines += ["     " + line for line in wrap(one_line(match.record.text), max(20, width - 5))]
        for part in parts:
            found = f"{part.matched} in {part.field}" if part.matched else "no match"
            scores = f"sim {part.similarity:.2f}  weight {part.weight:.2f}"
            line = f"       {part.term:<14} -> {found:<26} {scores}"
            # narrower than that: the scores under the match
            lines += [line] if len(line) <= width else [f"       {part.term} -> {found}", f"         {scores}"]
    return "\n".join(lines)


def _beside(label: str, value: str, width: int) -> str:
    """A label and its value wrapped beside it, later lines under the value."""
    parts = wrap(value, max(20, width - LABEL)) or [""]
    return "\n".join((label.ljust(LABEL) if i == 0 else " " * LABEL) + part for i, part in enumerate(parts))
