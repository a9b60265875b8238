"""An import killed with SIGKILL at any moment leaves a valid store: nothing finished is lost.

Each run imports ROWS records tagged with its number. After every kill the
store must parse, hold every record of every run that finished, and hold each
killed run's records all or not at all.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter

import pytest

from .conftest import ROOT

ROWS = 150
MAX_RUNS = 100
BUDGET = 20.0  # seconds of killing; well inside a minute on a 2-core machine
MIN_KILLS = 20
SEED_RECORDS = 500


def write_batch(path, run):
    rows = [
        {
            "kind": "fact",
            "text": f"Run {run} row {i}.",
            "topics": [f"run-{run}"],
            "entities": ["CSTO"],
            "source_title": f"Batch {run % 3}",
        }
        for i in range(ROWS)
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")


def seed_store(path, count=SEED_RECORDS):
    """A user store of some size, so that writing it takes long enough to be killed in."""
    path.parent.mkdir(parents=True, exist_ok=True)
    source = {
        "id": "seed-source",
        "title": "Seed",
        "author": None,
        "outlet": None,
        "url": None,
        "date": None,
        "reported_by": [],
        "note": None,
        "file": None,
    }
    records = {
        str(i): {
            "id": f"seed-{i}",
            "kind": "fact",
            "text": f"Seed {-1} record {i}. " + "x" * 300,
            "source": "seed-source",
            "entities": [],
            "topics": [],
        }
        for i in range(1, count + 1)
    }
    path.write_text(json.dumps({"sources": {"1": source}, "records": records}), "utf-8")


def runs_in(store_path, seeded: int = 0) -> Counter:
    """How many records of each run the store holds; fails when the store is not valid."""
    if not store_path.exists():
        return Counter()
    from cstofacts.store import Store, read_tables

    tables = read_tables(store_path)  # StoreError if it is not a whole, valid TinyDB file
    Store().add_tables(tables, store_path, origin="user")
    held = Counter(int(doc["text"].split()[1]) for doc in tables.get("records", {}).values())
    assert held.pop(-1, 0) == seeded
    return held


@pytest.mark.slow
def test_sigkill_during_imports_never_loses_a_finished_record(tmp_path, user_home):
    env = dict(os.environ, CSTOFACTS_HOME=str(user_home))
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    store_path = user_home / "user.json"
    rng = random.Random(os.environ.get("CSTOFACTS_KILL_SEED"))

    def start(run):
        batch = tmp_path / f"run-{run}.jsonl"
        write_batch(batch, run)
        return subprocess.Popen(
            [sys.executable, "-m", "cstofacts", "import", str(batch)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )

    started = time.monotonic()
    reference = start(0)
    _, err = reference.communicate(timeout=60)
    assert reference.returncode == 0, err
    duration = time.monotonic() - started
    finished = {0}
    kills = mid_write = 0
    deadline = time.monotonic() + BUDGET
    for run in range(1, MAX_RUNS + 1):
        if time.monotonic() > deadline:
            break
        # Half the kills anywhere in the run, half near its end, where the write is.
        moment = rng.uniform(0, duration * 2.0) if run % 2 else rng.uniform(duration * 0.7, duration * 1.05)
        process = start(run)
        time.sleep(moment)
        process.send_signal(signal.SIGKILL)
        _, err = process.communicate(timeout=60)
        if process.returncode == 0:
            finished.add(run)
        else:
            assert process.returncode == -signal.SIGKILL, err
            kills += 1
            mid_write += bool(list(user_home.glob(".user.json.*.tmp")))  # killed between write and replace
        held = runs_in(store_path)
        lost = {r for r in finished if held[r] != ROWS}
        assert not lost, f"after run {run}: finished runs {sorted(lost)} are not all there"
        partial = {r: n for r, n in held.items() if n != ROWS}
        assert not partial, f"after run {run}: runs imported in part: {partial}"

    held = runs_in(store_path)
    assert set(held) >= finished
    assert kills >= MIN_KILLS, f"only {kills} kills landed"
    print(
        f"\nkill test: {run} runs, {kills} killed ({mid_write} while writing), {len(finished) - 1} finished, "
        f"{sum(held.values())} records imported, 0 lost"
    )
    from click.testing import CliRunner

    from cstofacts.cli import cli

    assert CliRunner().invoke(cli, ["validate"]).exit_code == 0


# Runs the CLI with os.fsync slowed down and announced, so a kill can be aimed
# at the moment the new store is written but not yet renamed into place.
SLOW_FSYNC = """
import os, sys, time
real_fsync = os.fsync
def fsync(fd):
    sys.stderr.write("fsync\\n"); sys.stderr.flush()
    time.sleep(5)
    real_fsync(fd)
os.fsync = fsync
sys.argv = ["cstofacts", *sys.argv[1:]]
from cstofacts.cli import main
main()
"""


@pytest.mark.slow
def test_sigkill_while_the_new_store_is_being_written_keeps_the_old_one(tmp_path, user_home):
    env = dict(os.environ, CSTOFACTS_HOME=str(user_home))
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    store_path = user_home / "user.json"
    seed_store(store_path)
    for run in range(1, 6):
        before = store_path.read_bytes()
        batch = tmp_path / f"run-{run}.jsonl"
        write_batch(batch, run)
        process = subprocess.Popen(
            [sys.executable, "-c", SLOW_FSYNC, "import", str(batch)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert process.stderr.readline() == "fsync\n"
        assert list(user_home.glob(".user.json.*.tmp"))  # the new store is half-written beside the old
        process.kill()
        process.communicate(timeout=60)
        assert process.returncode == -signal.SIGKILL
        assert store_path.read_bytes() == before
        assert runs_in(store_path, SEED_RECORDS) == Counter()
    # The next command clears what the killed ones left and writes normally.
    plain = subprocess.run(
        [sys.executable, "-m", "cstofacts", "import", str(batch)], env=env, capture_output=True, text=True, timeout=60
    )
    assert plain.returncode == 0, plain.stderr
    assert runs_in(store_path, SEED_RECORDS) == Counter({5: ROWS})
    assert not list(user_home.glob(".user.json.*.tmp"))
