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

from cstofacts.locate import LocateError, locate, quote_is_verbatim  # noqa: E402

RECORD_FIELDS = (
    "id", "kind", "text", "date", "date_end", "date_implied", "place", "speaker",
    "role", "entities", "topics",
)
ENTITY_FIELDS = ("name", "type", "aliases", "role", "description")


def load_authoring() -> tuple[list[dict], list[dict], list[dict]]:
    sources = json.loads((DATA / "authoring" / "sources.json").read_text("utf-8"))
    records: list[dict] = []
    entities: list[dict] = []
    for source in sources:
        path = DATA / "authoring" / f"{source['id']}.json"
        if not path.exists():
            continue
        doc = json.loads(path.read_text("utf-8"))
        for record in doc.get("records", []):
            records.append({**record, "source": source["id"]})
        entities.extend(doc.get("entities", []))
    extra = DATA / "authoring" / "entities.json"
    if extra.exists():
        entities.extend(json.loads(extra.read_text("utf-8")))
    return sources, records, entities


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


def build() -> tuple[dict, list[str]]:
    sources, records, entities = load_authoring()
    problems: list[str] = []
    texts = {s["id"]: (DATA / "sources" / s["file"]).read_text("utf-8") for s in sources}
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
        evidence = record.get("evidence") or ""
        try:
            locator = locate(texts[record["source"]], evidence)
        except LocateError as error:
            problems.append(f"{rid}: {error}")
            continue
        if record.get("kind") == "quote" and not quote_is_verbatim(record["text"], evidence):
            problems.append(f"{rid}: quote text is not verbatim in its evidence")
        out["locator"] = locator.to_dict()
        out["evidence"] = evidence
        built.append(out)
    merged = merge_entities(entities, problems)
    names = {e["name"] for e in merged}
    for record in built:
        for name in record["entities"] + [record["speaker"]] * bool(record["speaker"]):
            if name not in names:
                problems.append(f"{record['id']}: entity {name!r} is not in the entities list")
    store = {
        "sources": {str(i): s for i, s in enumerate(sources, 1)},
        "records": {str(i): r for i, r in enumerate(built, 1)},
        "entities": {str(i): e for i, e in enumerate(merged, 1)},
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
