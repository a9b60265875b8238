"""Build data/cstofacts.json from the hand-written files in data/authoring/.

Each record there carries `evidence`: the words of its source that support it,
copied verbatim. This script finds them and writes the record's locator
(character offsets and paragraph), so no offset is ever typed by hand.

    python data/build.py            # rebuild the store
    python data/build.py --check    # report problems, write nothing
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent
sys.path.insert(0, str(DATA.parent))

from cstofacts.dates import parse_period  # noqa: E402
from cstofacts.locate import LocateError, locate, quote_is_verbatim  # noqa: E402
from cstofacts.sentences import boundaries  # noqa: E402

RECORD_FIELDS = (
    "id",
    "kind",
    "text",
    "date",
    "date_end",
    "date_implied",
    "period",
    "place",
    "speaker",
    "role",
    "entities",
    "topics",
)
ENTITY_FIELDS = ("name", "type", "aliases", "role", "description")


def load_authoring() -> tuple[list[dict], list[dict], list[dict], dict[str, str]]:
    sources = json.loads((DATA / "authoring" / "sources.json").read_text("utf-8"))
    records: list[dict] = []
    entities: list[dict] = []
    redirects: dict[str, str] = {}
    for source in sources:
        path = DATA / "authoring" / f"{source['id']}.json"
        if not path.exists():
            continue
        doc = json.loads(path.read_text("utf-8"))
        for record in doc.get("records", []):
            records.append({**record, "source": source["id"]})
        entities.extend(doc.get("entities", []))
        redirects.update(doc.get("redirects", {}))
    extra = DATA / "authoring" / "entities.json"
    if extra.exists():
        entities.extend(json.loads(extra.read_text("utf-8")))
    return sources, records, entities, redirects


def russian_names(names: set[str], problems: list[str]) -> list[dict]:
    """The Russian names of entities the sources name (data/authoring/russian_names.json,
    each with a note of where it comes from), as aliases to merge."""
    path = DATA / "authoring" / "russian_names.json"
    found = []
    for entry in json.loads(path.read_text("utf-8")) if path.exists() else []:
        if entry["name"] not in names:
            problems.append(f"russian_names.json: {entry['name']!r} is no entity of the sources")
        elif not entry.get("note"):
            problems.append(f"russian_names.json: {entry['name']!r} has no note of where its names come from")
        else:
            found.append({field: entry.get(field) for field in ("name", "type", "aliases")})
    return found


def merge_entities(entities: list[dict], problems: list[str]) -> list[dict]:
    """One entity per name: aliases united, type and role from the first that gives them."""
    merged: dict[str, dict] = {}
    for entity in entities:
        name = entity["name"]
        known = merged.setdefault(name, {field: entity.get(field) for field in ENTITY_FIELDS})
        if known["type"] != entity.get("type"):
            problems.append(f"entity {name!r}: type {known['type']!r} and {entity.get('type')!r}")
        known["role"] = known["role"] or entity.get("role")
        known["description"] = known["description"] or entity.get("description")
        aliases = [a for a in known["aliases"] or [] if a != name]
        for alias in entity.get("aliases") or []:
            if alias not in aliases and alias != name:
                aliases.append(alias)
        known["aliases"] = aliases
    return sorted(merged.values(), key=lambda e: (e["type"], e["name"].casefold()))


def locate_record(record: dict, text: str, sentence_bounds: tuple[set[int], set[int]]) -> tuple[dict, list[str]]:
    """The record's locator: its evidence, whole sentences of the source, and its
    highlight, a phrase inside the evidence; with any problem found."""
    problems = []
    evidence = record.get("evidence") or ""
    locator = locate(text, evidence)
    starts, ends = sentence_bounds
    if locator.start not in starts:
        problems.append(f"evidence does not start where a sentence starts: {evidence[:60]!r}")
    if locator.end not in ends:
        problems.append(f"evidence does not end where a sentence ends: {evidence[-60:]!r}")
    found = locator.to_dict()
    highlight = record.get("highlight")
    if highlight is not None:
        at = evidence.find(highlight)
        if not highlight.strip() or at < 0:
            problems.append(f"highlight is not in the evidence: {highlight[:60]!r}")
        elif evidence.find(highlight, at + 1) >= 0:
            problems.append(f"highlight stands more than once in the evidence: {highlight[:60]!r}")
        else:
            found["highlight_start"] = locator.start + at
            found["highlight_end"] = locator.start + at + len(highlight)
    if record.get("kind") == "quote" and not quote_is_verbatim(record["text"], highlight or evidence):
        problems.append("quote text is not verbatim in its " + ("highlight" if highlight else "evidence"))
    return found, problems


def build() -> tuple[dict, list[str]]:
    sources, records, entities, redirects = load_authoring()
    problems: list[str] = []
    texts = {s["id"]: (DATA / "sources" / s["file"]).read_text("utf-8") for s in sources}
    sentence_bounds = {source_id: boundaries(text) for source_id, text in texts.items()}
    built = []
    seen: set[str] = set()
    for record in records:
        rid = record.get("id", "?")
        if rid in seen:
            problems.append(f"{rid}: duplicate id")
        seen.add(rid)
        out = {field: record.get(field) for field in RECORD_FIELDS}
        out["entities"] = out["entities"] or []
        out["topics"] = out["topics"] or []
        out["date_implied"] = bool(out["date_implied"])
        out["source"] = record["source"]
        if out["period"] is not None:
            try:
                parse_period(out["period"])
            except ValueError as error:
                problems.append(f"{rid}: period: {error}")
        try:
            locator, found = locate_record(record, texts[record["source"]], sentence_bounds[record["source"]])
        except LocateError as error:
            problems.append(f"{rid}: {error}")
            continue
        problems += [f"{rid}: {problem}" for problem in found]
        out["locator"] = locator
        out["evidence"] = record.get("evidence")
        out["highlight"] = record.get("highlight")
        built.append(out)
    for old, new in redirects.items():
        if old in seen:
            problems.append(f"redirect {old!r}: a record still has that id")
        if new not in seen:
            problems.append(f"redirect {old!r}: no record has the id {new!r} it points to")
    names = {e["name"] for e in merge_entities(entities, [])}
    merged = merge_entities(entities + russian_names(names, problems), problems)
    for record in built:
        for name in record["entities"] + [record["speaker"]] * bool(record["speaker"]):
            if name not in names:
                problems.append(f"{record['id']}: entity {name!r} is not in the entities list")
    store = {
        "sources": {str(i): s for i, s in enumerate(sources, 1)},
        "records": {str(i): r for i, r in enumerate(built, 1)},
        "entities": {str(i): e for i, e in enumerate(merged, 1)},
        "redirects": {str(i): {"id": old, "to": new} for i, (old, new) in enumerate(sorted(redirects.items()), 1)},
    }
    return store, problems


def dump(store: dict) -> str:
    return json.dumps(store, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str]) -> int:
    store, problems = build()
    for problem in problems:
        print(problem, file=sys.stderr)
    if "--check" in argv:
        print(f"{len(store['records'])} records, {len(store['entities'])} entities, {len(problems)} problems")
        return 1 if problems else 0
    if problems:
        print("not written: fix the problems above", file=sys.stderr)
        return 1
    (DATA / "cstofacts.json").write_text(dump(store), "utf-8")
    print(f"wrote {len(store['records'])} records, {len(store['entities'])} entities")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
