"""The cached search index answers exactly as the index built from the store, and the cache is bounded."""

from __future__ import annotations

import os
import threading
import time

import pytest

from cstofacts.index import SearchIndex
from cstofacts.index_cache import (
    KEEP_CACHED,
    cache_dir,
    cache_key,
    index_path,
    open_index,
    prune,
)
from cstofacts.search import rank
from cstofacts.store import load_store, store_paths

from .search_queries import QUERIES


@pytest.fixture(scope="module")
def built():
    return SearchIndex.from_store(load_store())


@pytest.fixture
def loaded(built, tmp_path):
    built.write_documents(tmp_path / "bundled.x.docs")
    built.save(tmp_path / "bundled.index", "state", tmp_path / "bundled.x.docs")
    index = SearchIndex.load(tmp_path / "bundled.index", "state")
    assert index is not None and index._records is None
    return index


@pytest.mark.parametrize("query", [q for q, _, _ in QUERIES] + ["2024", "Belarus 2023", "tokaev"])
def test_cached_and_built_indexes_rank_identically(built, loaded, query):
    def ranking(index):
        _, matches = rank(query, index, limit=None, min_score=0)
        return [(m.record.to_dict(), m.score) for m in matches]

    assert ranking(loaded) == ranking(built)


def test_filters_select_the_same_records_from_either_index(built, loaded):
    for kwargs in (
        {"kind": "quote"},
        {"source": "tass-tokayev-calm"},
        {"dated_within": (738000, 740000)},
        {"dated_within": (None, 739000)},
    ):
        assert loaded.positions(**kwargs) == built.positions(**kwargs)
    assert [r.to_dict() for r in loaded.records] == [r.to_dict() for r in built.records]


def test_the_index_is_rebuilt_when_the_store_changes(tmp_path):
    store = tmp_path / "store.json"
    store.write_text('{"sources": {}, "records": {}, "entities": {}}')
    key = cache_key([store])
    store.write_text('{"sources": {}, "records": {}, "entities": {} }')
    assert cache_key([store]) != key
    assert index_path([store]) == index_path([store])  # one place per store, whatever its state


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
    for garbage in (b"\x00garbage", b"[" * 100_000, cache.read_bytes()[:-1] + b"\x00"):
        cache.write_bytes(garbage)
        index = open_index(store_paths(), load_store)
        assert index.size == len(load_store().records)


@pytest.mark.parametrize("which", ["index", "docs", "names"])
@pytest.mark.parametrize("what", ["fifo", "/dev/zero"])
def test_a_cache_file_that_is_a_fifo_or_a_device_is_never_read(user_home, which, what):
    """No hang on a FIFO without a writer, no gigabytes read from /dev/zero: the cache is built again."""
    open_index(store_paths(), load_store)
    (index,) = (user_home / "cache").glob("*.index")
    (docs,) = (user_home / "cache").glob("*.docs")
    target = {"index": index, "docs": docs, "names": docs.with_suffix(".names")}[which]
    target.unlink(missing_ok=True)
    if what == "fifo":
        os.mkfifo(target)
    else:
        target.symlink_to(what)
    done = []
    worker = threading.Thread(target=lambda: done.append(open_index(store_paths(), load_store)), daemon=True)
    worker.start()
    worker.join(timeout=30)
    assert done and done[0].size == len(load_store().records)
    if which == "names":  # the checker reads it whole: it is taken away
        assert not os.path.lexists(target)


def test_old_generations_and_stores_used_long_ago_are_pruned(tmp_path):
    for n in range(KEEP_CACHED + 3):
        for name in (f"s{n}.index", f"s{n}.aaaa.docs", f"s{n}.aaaa.names", f"s{n}.bbbb.docs"):
            (tmp_path / name).write_bytes(b"x")
            os.utime(tmp_path / name, (n, n))
    (tmp_path / "s9.index.123.tmp").write_bytes(b"x")
    os.utime(tmp_path / "s9.index.123.tmp", (1, 1))  # left by a killed process long ago
    prune(tmp_path, keep=KEEP_CACHED, current=tmp_path / f"s{KEEP_CACHED + 2}.bbbb.docs")
    left = sorted(p.name for p in tmp_path.iterdir())
    kept = range(3, KEEP_CACHED + 2)
    assert left == sorted(
        [f"s{n}.{end}" for n in kept for end in ("index", "aaaa.docs", "aaaa.names", "bbbb.docs")]
        + [f"s{KEEP_CACHED + 2}.index", f"s{KEEP_CACHED + 2}.bbbb.docs"]
    )


def test_an_index_saved_for_another_state_of_the_store_is_not_used(built, tmp_path):
    built.write_documents(tmp_path / "x.a.docs")
    built.save(tmp_path / "x.index", "store A as it was", tmp_path / "x.a.docs")
    assert SearchIndex.load(tmp_path / "x.index", "store A as it was") is not None
    assert SearchIndex.load(tmp_path / "x.index", "store B") is None


def test_a_reader_keeps_its_documents_while_the_cache_is_replaced(user_home):
    index = open_index(store_paths(), load_store)
    reopened = open_index(store_paths(), load_store)
    for path in cache_dir().iterdir():
        path.unlink()
    time.sleep(0.01)
    assert reopened.record(0) == index.record(0)  # its documents file is open still


CLAIM = "The Khujand border agreement was signed on 31 March 2025."


def test_a_checks_readings_of_records_are_kept_and_a_broken_one_is_read_again(user_home, invoke):
    first = invoke("check", CLAIM, "-f", "json").stdout
    kept = list((user_home / "cache").glob("*.readings/*/*.pickle"))
    assert kept  # the candidates' readings, for the next check
    for path in kept:  # a cache file cut short, or garbage: read again, same verdict
        path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])
    assert invoke("check", CLAIM, "-f", "json").stdout == first
    for path in kept:
        path.write_bytes(b"\x80\x05garbage")
    assert invoke("check", CLAIM, "-f", "json").stdout == first
    assert invoke("check", CLAIM, "-f", "json").stdout == first


def test_readings_of_an_old_generation_are_pruned_with_it(tmp_path):
    (tmp_path / "s1.index").write_bytes(b"x")
    (tmp_path / "s1.aaaa.docs").write_bytes(b"x")
    (tmp_path / "s1.bbbb.docs").write_bytes(b"x")
    (tmp_path / "s1.aaaa.readings" / "code").mkdir(parents=True)
    (tmp_path / "s1.aaaa.readings" / "code" / "1-00.pickle").write_bytes(b"x")
    (tmp_path / "s1.bbbb.readings").mkdir()
    prune(tmp_path, keep=KEEP_CACHED, current=tmp_path / "s1.bbbb.docs")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s1.bbbb.docs", "s1.bbbb.readings", "s1.index"]


class _Runs:
    def __init__(self, command: str) -> None:
        self.command = command

    def __reduce__(self):
        return (os.system, (self.command,))


def test_hostile_reading_cache_files_neither_hang_nor_run_code_nor_change_the_verdict(user_home, invoke, tmp_path):
    import pickle
    import struct

    first = invoke("check", CLAIM, "-f", "json").stdout
    kept = sorted((user_home / "cache").glob("*.readings/*/*.pickle"))
    assert len(kept) >= 4
    marker = tmp_path / "ran"
    kept[0].unlink()
    os.mkfifo(kept[0])  # no writer: a blocking read would hang for ever
    kept[1].unlink()
    kept[1].symlink_to("/dev/zero")
    kept[2].write_bytes(b"\x80\x05\x8e" + struct.pack("<Q", 1 << 40))  # claims a terabyte
    kept[3].write_bytes(pickle.dumps(_Runs(f"touch {marker}")))  # would run a command when loaded
    done: list[str] = []
    worker = threading.Thread(target=lambda: done.append(invoke("check", CLAIM, "-f", "json").stdout), daemon=True)
    worker.start()
    worker.join(timeout=60)
    assert done == [first]
    assert not marker.exists()


def test_a_link_where_the_readings_go_is_neither_followed_nor_emptied(user_home, invoke, tmp_path):
    invoke("check", CLAIM)
    (readings,) = (user_home / "cache").glob("*.readings")
    import shutil

    shutil.rmtree(readings)
    victim = tmp_path / "victim"
    (victim / "a").mkdir(parents=True)
    (victim / "12345678").mkdir()
    readings.symlink_to(victim)
    assert invoke("check", CLAIM).exit_code == 0
    assert sorted(p.name for p in victim.iterdir()) == ["12345678", "a"]
