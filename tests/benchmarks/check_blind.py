"""Score the blind claim sets and drafts, as a user meets `check`: whole processes.

    python tests/benchmarks/check_blind.py                 # every set in tests/blind/
    python tests/benchmarks/check_blind.py tests/blind/check_a.jsonl

A set (`check_*.jsonl`) holds claims with the verdict their writer gave them
from the sources alone; a draft (`check_*_draftN.md`) comes with a key
(`.key.jsonl`) of its checkable sentences and their verdicts. The writers never
saw the checker. These figures are reported, never asserted, and the labels are
never edited to fit the tool.

A draft's sentence counts as right when `check --file` gives it the key's
verdict; a sentence of the key that the tool did not check counts as
not-enough-info (the tool told the writer nothing about it).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VERDICTS = ("supported", "refuted", "not-enough-info")
SHORT = {"supported": "sup", "refuted": "ref", "not-enough-info": "NEI"}


def run_check(*args: str) -> list[dict]:
    done = subprocess.run(
        [sys.executable, "-m", "cstofacts", "check", *args, "--format", "json"],
        capture_output=True,
        text=True,
        cwd="/",
        check=False,
    )
    if done.returncode not in (0, 1, 3):
        return [{"verdict": "error", "reason": done.stderr.strip()}]
    found = json.loads(done.stdout or "[]")
    return found if isinstance(found, list) else [found]


def report(title: str, rows: list[tuple[str, str, str, str]]) -> None:
    """rows: (text, expected, got, reason)."""
    matrix: Counter[tuple[str, str]] = Counter((e, g) for _, e, g, _ in rows)
    for text, expected, got, reason in rows:
        if expected != got:
            print(f"MISS  {SHORT[expected]}->{SHORT.get(got, got)}  {text}\n        {reason[:160]}")
    print(f"\n== {title}")
    print("expected \\ got  " + "".join(f"{SHORT[g]:>6}" for g in VERDICTS))
    for e in VERDICTS:
        print(
            f"{SHORT[e]:<15} "
            + "".join(f"{matrix[e, g]:>6}" for g in VERDICTS)
            + f"   {matrix[e, e]}/{sum(matrix[e, g] for g in [*VERDICTS, 'error'])}"
        )
    right = sum(matrix[v, v] for v in VERDICTS)
    print(
        f"right: {right}/{len(rows)} ({100 * right / max(len(rows), 1):.0f}%); "
        f"true claims refuted: {matrix['supported', 'refuted']}; "
        f"false claims supported: {matrix['refuted', 'supported']}"
    )


def claims(path: Path) -> None:
    rows = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        result = run_check(item["claim"])[0]
        rows.append((item["claim"], item["label"], result["verdict"], result.get("reason", "")))
    report(path.name, rows)


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def draft(path: Path) -> None:
    key = [json.loads(line) for line in path.with_suffix(".key.jsonl").read_text("utf-8").splitlines() if line.strip()]
    results = run_check("--file", str(path))
    rows = []
    for item in key:
        wanted = _words(item["sentence"])
        on_line = [r for r in results if r.get("line") == item["line"]]
        best = max(on_line, key=lambda r: len(wanted & _words(r["claim"])), default=None)
        if best is None or len(wanted & _words(best["claim"])) < len(wanted) / 2:
            rows.append((item["sentence"], item["label"], "not-enough-info", "(not checked)"))
        else:
            rows.append((item["sentence"], item["label"], best["verdict"], best.get("reason", "")))
    report(path.name, rows)


def main(argv: list[str]) -> int:
    paths = [Path(a).resolve() for a in argv] or sorted((ROOT / "tests" / "blind").glob("check_*"))
    for path in paths:
        if path.suffix == ".jsonl" and not path.name.endswith(".key.jsonl"):
            claims(path)
        elif path.suffix == ".md":
            draft(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
