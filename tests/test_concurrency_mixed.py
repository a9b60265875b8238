"""Adders, importers, a remover and readers all at once: every record that a command said
it wrote is there, none that was removed, and the cached search index (which writes
update and reads build) is the one a build from the store makes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time

import pytest

from .conftest import ROOT
from .test_index_update import cached as cached_only
from .test_index_update import snapshot

# Each worker waits for the go file, then does its part in-process (a fresh App each time).
WORKER = textwrap.dedent(
    """
    import json, os, sys, tempfile, time
    from click.testing import CliRunner
    from cstofacts.cli import cli

    role, number, go = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    runner = CliRunner()

    def run(*args, input=None):
        result = runner.invoke(cli, list(args), input=input)
        if result.exit_code not in (0, 1):
            sys.exit(f"{role} {number}: {args[:2]}: exit {result.exit_code}: {result.output}")
        return result

    while not os.path.exists(go):
        time.sleep(0.005)
    if role == "adder":
        for i in range(12):
            print(run("add", "--kind", "fact", "--text", f"Adder {number} note {i} on Khujand.",
                      "--source-title", "Mixed").stdout.strip(), flush=True)
    elif role == "importer":
        for batch in range(3):
            rows = "".join(json.dumps({"kind": "fact", "text": f"Importer {number} batch {batch} row {i} on Khujand.",
                                       "source_title": f"Batch {batch}"}) + "\\n" for i in range(15))
            print(run("import", "-", "--format", "jsonl", input=rows).stdout.strip(), flush=True)
    elif role == "remover":
        for i in range(8):
            new = run("add", "--kind", "fact", "--text", f"Short-lived {number} {i} on Khujand.",
                      "--source-title", "Mixed").stdout.strip()
            run("remove", new)
    else:
        deadline = time.monotonic() + 3  # about as long as the writers take
        while time.monotonic() < deadline:
            run("search", "Khujand note", "--format", "json", "--limit", "3")
            run("check", "The Khujand border agreement was signed on 31 March 2025.")
    """
)
ROLES = [("adder", 0), ("adder", 1), ("importer", 0), ("importer", 1), ("remover", 0), ("reader", 0), ("reader", 1)]


@pytest.mark.slow
def test_writers_and_readers_at_once_lose_nothing_and_leave_a_true_index(tmp_path, user_home):
    go = tmp_path / "go"
    env = dict(os.environ, CSTOFACTS_HOME=str(user_home), CSTOFACTS_LOCK_TIMEOUT="120")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, role, str(number), str(go)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for role, number in ROLES
    ]
    time.sleep(0.5)
    go.touch()
    printed = []
    for (role, _), worker in zip(ROLES, workers):
        out, err = worker.communicate(timeout=240)
        assert worker.returncode == 0, err
        if role in ("adder", "importer"):
            printed += out.split()
    store = json.loads((user_home / "user.json").read_text("utf-8"))
    texts = sorted(r["text"] for r in store["records"].values())
    assert sorted(r["id"] for r in store["records"].values()) == sorted(printed)
    assert len(texts) == 2 * 12 + 2 * 3 * 15 and not any(t.startswith("Short-lived") for t in texts)

    from click.testing import CliRunner

    from cstofacts.cli import cli
    from cstofacts.index import SearchIndex
    from cstofacts.index_cache import open_index
    from cstofacts.store import load_store, store_paths

    assert CliRunner().invoke(cli, ["validate"]).exit_code == 0
    cached = open_index(store_paths(), load_store)  # the cache as the last command left it (or built now)
    assert snapshot(cached) == snapshot(SearchIndex.from_store(load_store()))
    # and the next write brings that cache up to date, as a build would make it
    assert (
        CliRunner().invoke(cli, ["add", "--kind", "fact", "--text", "After it all.", "--source-title", "M"]).exit_code
        == 0
    )
    assert snapshot(cached_only()) == snapshot(SearchIndex.from_store(load_store()))
