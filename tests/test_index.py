"""The cached search index answers exactly as the index built from the store."""

from __future__ import annotations

import os

import pytest

from cstofacts.index import SearchIndex, cache_key, open_index
from cstofacts.search import rank
from cstofacts.store import load_store, store_paths

from .search_queries import QUERIES


@pytest.fixture(scope="module")
def built():
    return SearchIndex.from_store(load_store())


@pytest.fixture
def loaded(built, tmp_path):
    built.save(tmp_path / "bundled.index")
    index = SearchIndex.load(tmp_path / "bundled.index")
    assert index is not None and index._records is None
    return index


@pytest.mark.parametrize("query", [q for q, _, _ in QUERIES] + ["2024", "Belarus 2023", "tokaev"])
def test_cached_and_built_indexes_rank_identically(built, loaded, query):
    def ranking(index):
        _, matches = rank(query, index, limit=None, min_score=0)
        return [(m.record.to_dict(), m.score) for m in matches]

    assert ranking(loaded) == ranking(built)


def test_filters_select_the_same_records_from_either_index(built, loaded):
    for kwargs in ({"kind": "quote"}, {"source": "tass-tokayev-calm"}, {"dated_within": (738000, 740000)}, {"dated_within": (None, 739000)}):
        assert loaded.positions(**kwargs) == built.positions(**kwargs)


def test_the_index_is_rebuilt_when_the_store_changes(tmp_path):
    store = tmp_path / "store.json"
    store.write_text('{"sources": {}, "records": {}, "entities": {}}')
    key = cache_key([store])
    store.write_text('{"sources": {}, "records": {}, "entities": {} }')
    assert cache_key([store]) != key


def test_open_index_caches_in_the_user_home(user_home):
    calls = []

    def load():
        calls.append(1)
        return load_store()

    first = open_index(store_paths(), load)
    second = open_index(store_paths(), load)
    assert len(calls) == 1
    assert list((user_home / "cache").glob("*.index"))
    assert second.size == first.size


def test_a_corrupt_cache_is_ignored_and_rebuilt(user_home):
    open_index(store_paths(), load_store)
    (cache,) = (user_home / "cache").glob("*.index")
    cache.write_bytes(b"\x00garbage")
    index = open_index(store_paths(), load_store)
    assert index.size == len(load_store().records)


def test_old_indexes_are_pruned(tmp_path):
    from cstofacts.index import KEEP_CACHED, prune

    for n in range(KEEP_CACHED + 3):
        (tmp_path / f"{n}.index").write_bytes(b"x")
        (tmp_path / f"{n}.docs").write_bytes(b"x")
        os.utime(tmp_path / f"{n}.index", (n, n))
    prune(tmp_path, keep=KEEP_CACHED)
    left = sorted(int(p.stem) for p in tmp_path.glob("*.index"))
    assert left == list(range(3, KEEP_CACHED + 3))
    assert len(list(tmp_path.glob("*.docs"))) == KEEP_CACHED


def test_an_index_saved_for_other_store_files_is_not_used(built, tmp_path):
    built.save(tmp_path / "x.index", "store A as it was")
    assert SearchIndex.load(tmp_path / "x.index", "store A as it was") is not None
    assert SearchIndex.load(tmp_path / "x.index", "store B") is None
