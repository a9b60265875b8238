"""Score a blind set of search queries, as a user meets the tool: whole `cstofacts
search` processes, the top three results of each.

    python tests/benchmarks/search_blind.py                      # every set in tests/blind/
    python tests/benchmarks/search_blind.py tests/blind/search_a.jsonl

Each line of a set names the sentences of a source that answer the query
(`answers`, or `answers_by_source` for several sources). A result is right when
its evidence overlaps one of those sentences in the same source. The sets were
written from the sources alone by readers who never saw the tool: they are
reported here, never asserted by a test, and never edited to fit the tool.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "data" / "sources"
TOP = 3


def answer_spans(item: dict) -> dict[str, list[tuple[int, int]]]:
    """Source id -> (start, end) of each answering sentence in its text."""
    by_source = item.get("answers_by_source") or {item["source"]: item["answers"]}
    spans: dict[str, list[tuple[int, int]]] = {}
    for named, answers in by_source.items():
        source_id = named.removesuffix(".txt")  # writers name the file or the source
        text = (SOURCES / f"{source_id}.txt").read_text("utf-8")
        for answer in answers:
            found_in, span = source_id, _find(text, answer)
            if span is None:
                # a writer's slip of the source's name: the answer is another source's;
                # it is scored there and reported, the set left as written
                found_in, span = _elsewhere(answer)
                if span is None:
                    raise SystemExit(f"answer in no source: {answer[:60]!r}")
                print(f"note: the set names {source_id}, the answer is in {found_in}: {answer[:50]!r}", file=sys.stderr)
            spans.setdefault(found_in, []).append(span)
    return spans


def _find(text: str, answer: str) -> tuple[int, int] | None:
    """Where `answer` stands in `text`, its spaces (and the source's no-break spaces,
    line breaks) read alike: a writer's copy may differ from the source in those."""
    start = text.find(answer)
    if start >= 0:
        return start, start + len(answer)
    kept = [
        (i, " " if ch.isspace() else ch)
        for i, ch in enumerate(text)
        if not (ch.isspace() and i and text[i - 1].isspace())
    ]
    flat = "".join(ch for _, ch in kept)
    wanted = " ".join(answer.split())
    at = flat.find(wanted)
    if at < 0:
        return None
    return kept[at][0], kept[at + len(wanted) - 1][0] + 1


def _elsewhere(answer: str) -> tuple[str, tuple[int, int] | None]:
    for path in sorted(SOURCES.glob("*.txt")):
        span = _find(path.read_text("utf-8"), answer)
        if span is not None:
            return path.stem, span
    return "", None


def top_results(query: str) -> list[dict]:
    done = subprocess.run(
        [sys.executable, "-m", "cstofacts", "search", query, "--format", "json", "--limit", str(TOP)],
        capture_output=True,
        text=True,
        cwd="/",
        check=False,
    )
    if done.returncode == 1:
        return []
    if done.returncode != 0:
        return [{"error": done.stderr.strip()}]
    return json.loads(done.stdout)


def is_right(result: dict, spans: dict[str, list[tuple[int, int]]]) -> bool:
    locator = result.get("locator") or {}
    wanted = spans.get((result.get("source") or {}).get("id"), [])
    return any(locator.get("start", -1) < end and start < locator.get("end", -1) for start, end in wanted)


def score(path: Path) -> tuple[int, int]:
    items = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for item in items:
        spans = answer_spans(item)
        results = top_results(item["query"])
        ok = any(is_right(r, spans) for r in results)
        total[item["kind"]] += 1
        right[item["kind"]] += ok
        if not ok:
            shown = [r.get("id", r.get("error")) for r in results]
            print(f"MISS  {item['kind']:<9} {item['query']!r}: {shown}")
    print(f"\n== {path.name}: the right record in the top {TOP}")
    for kind in sorted(total):
        print(f"  {kind:<10} {right[kind]:>3}/{total[kind]:<3}")
    hits, count = sum(right.values()), sum(total.values())
    print(f"  {'all':<10} {hits:>3}/{count:<3} ({100 * hits / count:.0f}%)")
    return hits, count


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted((ROOT / "tests" / "blind").glob("search_*.jsonl"))
    for path in paths:
        score(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
