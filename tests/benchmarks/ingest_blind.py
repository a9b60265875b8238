"""Score `ingest` against articles and their answer keys (FILE.key.json beside each FILE) in
a folder: tests/ingest/articles/ (a1 ... a5, written blind before the extractor was
built, and since then the set its speakers were tuned on) unless another is given
(tests/ingest/articles_b/, a second set written blind, measured once).

Each article is read as `source add` reads it (reading.article_text: trafilatura for
HTML, Markdown's markup out) and proposed from as `ingest` does, with the bundled
store's entities and no details of the source (no outlet, no date).

Words are compared folded (case, punctuation, quote and dash forms and elisions
aside), as word sequences:

- a proposed quote matches a key quote when one's words stand, in a row, in the
  other's (a quote split around "he said" is the words of both parts; an answer of
  two sentences holds a key's one) and the speakers are the same person (the same
  name, the same surname, or names of one entity of the store), or the key names no
  speaker (a document's words) and neither does the proposal;
- quote precision: the proposed quotes that match a key quote; recall: the key
  quotes that a proposed quote matches;
- a non-quote (a title, a name, a scare quote) is taken as a quote when a proposed
  quote's words are its words, or stand within them;
- a dated event is found when a candidate (any kind) has its date (date/date_end
  as the key's "date" or "start/end") and evidence whose words hold the key's
  sentence's, or stand within them; date_implied is counted among those found;
- numbers (a key's count words in some candidate's evidence) and reported speech (a
  fact of the same speaker whose evidence holds the sentence) are reported too.

python tests/benchmarks/ingest_blind.py            # the figures, and every miss
python tests/benchmarks/ingest_blind.py --json     # the figures as JSON (for tests)
python tests/benchmarks/ingest_blind.py tests/ingest/articles_b   # another set
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from cstofacts.ingest.document import Candidate  # noqa: E402
from cstofacts.ingest.proposals import propose  # noqa: E402
from cstofacts.ingest.reading import article_text  # noqa: E402
from cstofacts.locate import fold  # noqa: E402
from cstofacts.models import Entity, Source  # noqa: E402
from cstofacts.store import bundled_store_path, load_store  # noqa: E402

ARTICLES = ROOT / "tests" / "ingest" / "articles"


def words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text).casefold())


def within(small: list[str], big: list[str]) -> bool:
    """True when the words `small` stand, in a row, in `big`."""
    if not small or len(small) > len(big):
        return False
    first = small[0]
    return any(big[i] == first and big[i : i + len(small)] == small for i in range(len(big) - len(small) + 1))


def overlaps(a: str, b: str) -> bool:
    wa, wb = words(a), words(b)
    return within(wa, wb) or within(wb, wa)


class People:
    """Whether two speaker names name one person: the same, the same surname, or one entity's names."""

    def __init__(self, entities: list[Entity]) -> None:
        self.canonical = {name.casefold(): e.name for e in entities for name in e.names}

    def same(self, a: str | None, b: str | None) -> bool:
        if not a or not b:
            return False
        a_key, b_key = (self.canonical.get(n.casefold(), n).casefold() for n in (a, b))
        return a_key == b_key or words(a_key)[-1:] == words(b_key)[-1:]


def score(path: Path, entities: list[Entity], people: People) -> dict[str, Any]:
    key = json.loads(path.with_name(path.name + ".key.json").read_text("utf-8"))
    text = article_text(path.read_bytes(), path.name)
    found = propose(text, Source(path.stem, path.stem, origin="user", text=text), entities)
    quotes = [c for c in found if c.kind == "quote"]
    misses: list[str] = []

    def quote_matches(c: Candidate, k: dict[str, Any]) -> bool:
        nobody = c.speaker is None and k["speaker"] is None
        return overlaps(c.text, k["text"]) and (nobody or people.same(c.speaker, k["speaker"]))

    right = [c for c in quotes if any(quote_matches(c, k) for k in key["quotes"])]
    recalled = [k for k in key["quotes"] if any(quote_matches(c, k) for c in quotes)]
    misses += [f"quote not found: {k['speaker']}: {k['text'][:80]!r}" for k in key["quotes"] if k not in recalled]
    misses += [f"wrong quote: {c.speaker}: {c.text[:80]!r}" for c in quotes if c not in right]
    taken = [n for n in key["not_quotes"] if any(within(words(c.text), words(n)) for c in quotes)]
    misses += [f"non-quote taken as a quote: {n!r}" for n in taken]

    def date_of(c: Candidate) -> str | None:
        return f"{c.date}/{c.date_end}" if c.date and c.date_end else c.date

    def event_found(k: dict[str, Any]) -> Candidate | None:
        for c in found:
            if date_of(c) == k["date"] and overlaps(text[c.start : c.end], k["sentence"]):
                return c
        return None

    dated = [(k, event_found(k)) for k in key["events"]]
    misses += [f"event not found: {k['date']}: {k['sentence'][:80]!r}" for k, c in dated if c is None]
    implied = sum(1 for k, c in dated if c is not None and c.date_implied == k["date_implied"])
    evidence = [words(text[c.start : c.end]) for c in found]
    numbers = [n for n in key["numbers"] if any(within(words(n), e) for e in evidence)]
    reported = [
        k
        for k in key["reported_speech"]
        if any(
            c.kind == "fact" and people.same(c.speaker, k["speaker"]) and overlaps(text[c.start : c.end], k["sentence"])
            for c in found
        )
    ]
    return {
        "quotes_proposed": len(quotes),
        "quotes_right": len(right),
        "quotes_key": len(key["quotes"]),
        "quotes_recalled": len(recalled),
        "not_quotes": len(key["not_quotes"]),
        "not_quotes_taken": len(taken),
        "events_key": len(key["events"]),
        "events_found": sum(1 for _, c in dated if c is not None),
        "events_implied_agree": implied,
        "numbers_key": len(key["numbers"]),
        "numbers_found": len(numbers),
        "reported_key": len(key["reported_speech"]),
        "reported_found": len(reported),
        "misses": misses,
    }


def articles(folder: Path = ARTICLES) -> list[Path]:
    return sorted(
        p for p in folder.iterdir() if not p.name.endswith(".key.json") and p.with_name(p.name + ".key.json").exists()
    )


def measure(folder: Path = ARTICLES) -> dict[str, Any]:
    store = load_store(bundled_store_path())
    people = People(store.entities)
    results = {p.name: score(p, store.entities, people) for p in articles(folder)}
    totals = {k: sum(r[k] for r in results.values()) for k in next(iter(results.values())) if k != "misses"}
    return {"articles": results, "totals": totals}


def pct(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.0f}%)" if whole else "0/0"


def main() -> int:
    folders = [Path(a) for a in sys.argv[1:] if not a.startswith("--")]
    measured = measure(folders[0].resolve() if folders else ARTICLES)
    if "--json" in sys.argv:
        print(json.dumps(measured, indent=2, ensure_ascii=False))
        return 0
    for name, r in measured["articles"].items():
        print(
            f"{name:10} quotes: precision {pct(r['quotes_right'], r['quotes_proposed'])}, "
            f"recall {pct(r['quotes_recalled'], r['quotes_key'])}; non-quotes taken {r['not_quotes_taken']}/{r['not_quotes']}; "
            f"dated events {pct(r['events_found'], r['events_key'])}"
        )
        for miss in r["misses"]:
            print(f"    {miss}")
    t = measured["totals"]
    print(f"quote precision (with speakers): {pct(t['quotes_right'], t['quotes_proposed'])}")
    print(f"quote recall (with speakers):    {pct(t['quotes_recalled'], t['quotes_key'])}")
    print(f"non-quotes taken as quotes:      {t['not_quotes_taken']} of {t['not_quotes']}")
    print(f"dated-event recall (with dates): {pct(t['events_found'], t['events_key'])}")
    print(f"  date_implied as the key has it: {t['events_implied_agree']} of {t['events_found']} found")
    print(f"numbers in some candidate:       {pct(t['numbers_found'], t['numbers_key'])}")
    print(f"reported speech (with speakers): {pct(t['reported_found'], t['reported_key'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
