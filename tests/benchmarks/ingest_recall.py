"""How much of the hand-authored store `ingest` finds again in the five bundled texts:
the recall of their quotes (with the right speaker) and of their dated events and facts
(with the right date), source by source.

A quote is found when a quote candidate of the same speaker covers at least 80% of the
characters of the record's quoted words (its highlight, else its evidence). A dated
record is found when a candidate with the same date and date_end has evidence that
overlaps the record's highlight (else its evidence). Misses are listed.

python tests/benchmarks/ingest_recall.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from cstofacts.ingest.proposals import propose  # noqa: E402
from cstofacts.models import Record  # noqa: E402
from cstofacts.store import bundled_store_path, load_store  # noqa: E402

COVER = 0.8


def focus(record: Record) -> tuple[int, int]:
    assert record.locator is not None
    return record.locator.focus


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def main() -> int:
    store = load_store(bundled_store_path())  # the bundled store alone, whatever the user's holds
    totals = {"quotes": [0, 0], "dated": [0, 0]}
    for source in store.sources.values():
        text = store.source_text(source)
        assert text is not None
        candidates = propose(text, source, store.entities)
        records = [r for r in store.records if r.source.id == source.id and r.locator]
        quotes = [r for r in records if r.kind == "quote"]
        dated = [r for r in records if r.kind in ("event", "fact") and r.date]
        found_quotes = 0
        for record in quotes:
            span = focus(record)
            ok = any(
                c.kind == "quote"
                and c.speaker == record.speaker
                and overlap(span, c.highlight or (c.start, c.end)) >= COVER * (span[1] - span[0])
                for c in candidates
            )
            found_quotes += ok
            if not ok:
                print(f"  MISS quote  {source.id}: {record.speaker}: {record.text[:70]!r}")
        found_dated = 0
        for record in dated:
            span = focus(record)
            ok = any(
                c.date == record.date and c.date_end == record.date_end and overlap(span, (c.start, c.end)) > 0
                for c in candidates
            )
            found_dated += ok
            if not ok:
                print(f"  MISS dated  {source.id}: {record.date} {(record.highlight or record.evidence or '')[:70]!r}")
        print(
            f"{source.id:34} quotes {found_quotes}/{len(quotes)}  dated {found_dated}/{len(dated)}"
            f"  ({len(candidates)} candidates)"
        )
        totals["quotes"][0] += found_quotes
        totals["quotes"][1] += len(quotes)
        totals["dated"][0] += found_dated
        totals["dated"][1] += len(dated)
    for name, (found, total) in totals.items():
        print(f"recall of {name}: {found}/{total} ({100 * found / max(total, 1):.0f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
