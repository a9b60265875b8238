"""A write brings the cached search index up to date without building it again, and the
index it leaves is the one a build from the store would make."""

from __future__ import annotations

import json
from array import array

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cstofacts.index import ARRAYS, BYTE_ARRAYS, FIELDS, SearchIndex
from cstofacts.index_cache import cache_dir, open_index
from cstofacts.store import load_store, store_paths
from cstofacts.userdata import records_input, userstore

from .conftest import STORE

BUNDLED = json.loads(STORE.read_text("utf-8"))


# Bundled records whose highlight is one item of a list: a record of one's own with
# those words as evidence shares their span, so whether it is "one item of a list"
# (is_part) depends on the records around it.
def _list_items() -> list[tuple[str, str]]:
    spans: dict[tuple, list[dict]] = {}
    for doc in BUNDLED["records"].values():
        if doc.get("locator"):
            spans.setdefault((doc["source"], doc["locator"]["start"], doc["locator"]["end"]), []).append(doc)

    def width(doc: dict) -> int:
        locator = doc["locator"]
        if locator.get("highlight_start") is None:
            return locator["end"] - locator["start"]
        return locator["highlight_end"] - locator["highlight_start"]

    return sorted(
        (doc["source"], doc["highlight"])
        for docs in spans.values()
        if len(docs) > 1
        for doc in docs
        if doc.get("highlight") and len(doc["highlight"]) > 30 and width(doc) < max(map(width, docs))
    )


ITEMS = _list_items()[:8]
PEOPLE = sorted(e["name"] for e in BUNDLED["entities"].values() if e["type"] == "person")[:5]
WORDS = ["Khujand", "border", "summit", "Minsk", "exercise", "alliance", "Rubezh", "drones", "2025", "Armenia"]


def snapshot(index: SearchIndex) -> dict:
    """Everything search and check read from an index, as plain values."""
    return {
        "size": index.size,
        "postings": {f: {w: list(index.postings(f, w)) for w in index._postings[f]} for f in FIELDS},
        "frequency": dict(sorted(index.document_frequency.items())),
        "vocabulary": index.vocabulary,
        "arrays": {
            name: list(getattr(index, name))
            for name in (*ARRAYS, *BYTE_ARRAYS)
            if name not in ("source_of", "speaker_of")
        },
        "sources of records": [index.source_ids[c] for c in index.source_of],
        "speakers of records": [index.speakers[c - 1] if c else None for c in index.speaker_of],
        "records": [r.to_dict() for r in index.records],
        "entities": [(e.to_dict(), e.origin) for e in index.entities],
        "entity terms": [list(map(sorted, terms)) for terms in index.entity_terms],
        "sources": sorted((s.to_dict()["id"], s.origin) for s in index.sources.values()),
    }


def cached(db=None) -> SearchIndex:
    """The cached index; a test fails when it has to be built."""

    def build():
        raise AssertionError("the index was built again after a write")

    return open_index(store_paths(db), build)


def built(db=None) -> SearchIndex:
    return SearchIndex.from_store(load_store(db))


def add(db, **fields) -> list[str]:
    fields.setdefault("source_title", "My notes")
    return userstore.add(db, [records_input.parse(fields)]).ids


OPERATION = st.one_of(
    st.tuples(
        st.just("fact"),
        st.lists(st.sampled_from(WORDS), min_size=1, max_size=4),
        st.sampled_from([None, *PEOPLE, "Jane Analyst"]),
        st.sampled_from([None, "2024", "2025-03-31"]),
    ),
    st.tuples(st.just("item"), st.sampled_from(ITEMS), st.sampled_from([None, *PEOPLE])),
    st.tuples(st.just("remove"), st.integers(0, 20)),
)


@settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(operations=st.lists(OPERATION, min_size=1, max_size=6), own_db=st.booleans())
def test_after_any_writes_the_cached_index_is_the_one_a_build_makes(tmp_path_factory, monkeypatch, operations, own_db):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CSTOFACTS_HOME", str(home))
    db = home / "mine.json" if own_db else None
    if db is not None:
        db.write_text("{}")
    open_index(store_paths(db), lambda: load_store(db))  # the first search builds it
    own: list[str] = []
    for number, operation in enumerate(operations):
        if operation[0] == "fact":
            _, words, speaker, date = operation
            own += add(db, kind="fact", text=f"Note {number}: {' '.join(words)}.", speaker=speaker, date=date)
        elif operation[0] == "item":
            (_, (source, words), speaker) = operation
            if own_db:
                continue  # (a bundled source's evidence in a --db store copies the source: tested below)
            own += add(
                db,
                kind="fact",
                text=f"Item {number}: {words[:40]}.",
                source=source,
                source_title=None,
                evidence=words,
                speaker=speaker,
            )
        elif own:
            removed = own.pop(operation[1] % len(own))
            userstore.remove(db, [removed])
        else:
            continue
        assert snapshot(cached(db)) == snapshot(built(db))


def test_an_add_updates_the_index_and_the_cache_keeps_one_generation(user_home):
    open_index(store_paths(), load_store)
    for number in range(6):
        add(None, kind="fact", text=f"Khujand note number {number}.")
        index = cached()
        assert index.size == len(load_store().records)
    files = sorted(p.name for p in cache_dir().iterdir())
    stems = {name.split(".")[0] for name in files}
    # the store as it was before the user's store existed (the bundled store alone), and as it is
    assert len(stems) == 2
    current = [name for name in files if name.startswith(cached().docs_path.name.split(".")[0])]
    assert sorted(current) == sorted([f"{cached().docs_path.name.split('.')[0]}.index", cached().docs_path.name])


def test_a_new_entity_that_records_already_name_makes_the_next_search_build_the_index(tmp_path):
    db = tmp_path / "mine.json"
    db.write_text(
        json.dumps(
            {
                "sources": {"1": {"id": "s", "title": "S"}},
                "records": {
                    "1": {"id": "r", "kind": "fact", "text": "Written by hand.", "source": "s", "entities": ["Zorblax"]}
                },
            }
        )
    )
    open_index(store_paths(db), lambda: load_store(db))
    add(db, kind="fact", text="Another one.", entities=["Zorblax"], new_entities=True)
    index = open_index(store_paths(db), lambda: load_store(db))
    assert snapshot(index) == snapshot(built(db))


def test_an_import_too_large_to_index_here_leaves_the_next_search_to_build_it(tmp_path, monkeypatch):
    monkeypatch.setattr(userstore, "INDEX_UPDATE_LIMIT", 3)
    db = tmp_path / "mine.json"
    db.write_text("{}")
    open_index(store_paths(db), lambda: load_store(db))
    inputs = [records_input.parse({"kind": "fact", "text": f"Bulk {n}.", "source_title": "Bulk"}) for n in range(5)]
    userstore.add(db, inputs)
    with pytest.raises(AssertionError, match="built again"):
        cached(db)
    assert snapshot(open_index(store_paths(db), lambda: load_store(db))) == snapshot(built(db))


def test_the_postings_of_a_removed_record_are_gone_and_the_rest_renumbered(tmp_path):
    db = tmp_path / "mine.json"
    db.write_text("{}")
    open_index(store_paths(db), lambda: load_store(db))
    first = add(db, kind="fact", text="Zanzibar first.")
    add(db, kind="fact", text="Zanzibar second.")
    userstore.remove(db, first)
    index = cached(db)
    assert index.postings("text", "zanzibar") == array("I", [0])
    assert index.record(0).text == "Zanzibar second."


def test_a_record_of_one_item_of_a_bundled_list_is_ranked_as_a_part_of_it(user_home):
    open_index(store_paths(), load_store)
    source, words = ITEMS[0]
    (new,) = add(None, kind="fact", text="One item of that list.", source=source, source_title=None, evidence=words)
    index = cached()
    position = next(p for p in range(index.size) if index.record(p).id == new)
    assert index.is_part[position] == 1
    assert snapshot(index) == snapshot(built())
