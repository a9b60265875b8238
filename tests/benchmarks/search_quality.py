"""Print how many of the realistic search queries find their record in the top three.

python tests/benchmarks/search_quality.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from cstofacts.index import SearchIndex  # noqa: E402
from cstofacts.search import rank  # noqa: E402
from cstofacts.store import load_store  # noqa: E402
from tests.search_queries import QUERIES, TOP  # noqa: E402


def main() -> int:
    store = load_store()
    index = SearchIndex(store.records, store.entities)
    passed = 0
    for query, what, wanted in QUERIES:
        _, matches = rank(query, index, limit=TOP)
        top = [m.record.id for m in matches]
        ok = bool(wanted & set(top))
        passed += ok
        if not ok:
            print(f"MISS  {what:<22} {query!r}: {top}")
    print(f"{passed}/{len(QUERIES)} queries find their record in the top {TOP} ({100 * passed / len(QUERIES):.0f}%)")
    return 0 if passed == len(QUERIES) else 1


if __name__ == "__main__":
    sys.exit(main())
