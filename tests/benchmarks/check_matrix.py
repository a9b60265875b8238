"""Run the fact-check claim table and print the confusion matrix and accuracy.

    python tests/benchmarks/check_matrix.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from cstofacts.check import VERDICTS, Checker  # noqa: E402
from cstofacts.models import Record, Source  # noqa: E402
from cstofacts.store import load_store  # noqa: E402
from tests.check_claims import CLAIMS, CONFLICT_CLAIMS, USER_RECORDS, USER_SOURCES  # noqa: E402


def with_user_records(store) -> Checker:
    """The bundled store plus the table's records of a user's own (origin "user")."""
    sources = dict(store.sources) | {d["id"]: Source.from_doc(d, origin="user") for d in USER_SOURCES}
    records = [*store.records, *(Record.from_doc(d, sources, origin="user") for d in USER_RECORDS)]
    return Checker(records, store.entities, store.source_text)


def main() -> int:
    store = load_store(ROOT / "data" / "cstofacts.json")
    checker = Checker(store.records, store.entities, store.source_text)
    mixed = with_user_records(store)
    matrix = {(e, g): 0 for e in VERDICTS for g in VERDICTS}
    wrong = []
    table = [(c, e, k, checker) for c, e, k in CLAIMS] + [(c, e, k, mixed) for c, e, k in CONFLICT_CLAIMS]
    for claim, expected, kind, chosen in table:
        verdict = chosen.check(claim)
        matrix[expected, verdict.verdict] += 1
        if verdict.verdict != expected:
            wrong.append((kind, claim, expected, verdict.verdict, verdict.reason))
    short = {"supported": "supported", "refuted": "refuted", "not-enough-info": "NEI"}
    print("expected \\ got   " + "".join(f"{short[g]:>11}" for g in VERDICTS))
    for e in VERDICTS:
        print(f"{short[e]:<16} " + "".join(f"{matrix[e, g]:>11}" for g in VERDICTS))
    right = sum(matrix[v, v] for v in VERDICTS)
    print(f"\naccuracy: {right}/{len(table)} = {right / len(table):.1%}")
    print(f"true claims called refuted: {matrix['supported', 'refuted']}")
    for kind, claim, expected, got, reason in wrong:
        print(f"  [{kind}] expected {expected}, got {got}: {claim}\n      {reason}")
    return 0 if not wrong else 1


if __name__ == "__main__":
    sys.exit(main())
