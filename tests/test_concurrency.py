"""Eight processes add fifty records each, all at once: every one of the 400 is kept."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time

import pytest

from .conftest import ROOT

PROCESSES = 8
ADDS = 50

# Each worker waits for the go file, so that all eight start writing together,
# then runs `add` ADDS times in-process (a fresh App, store and lock each time).
WORKER = textwrap.dedent(
    """
    import os, sys, time
    from click.testing import CliRunner
    from cstofacts.cli import cli

    worker, go = sys.argv[1], sys.argv[2]
    runner = CliRunner()
    while not os.path.exists(go):
        time.sleep(0.005)
    for i in range(int(sys.argv[3])):
        result = runner.invoke(cli, ["add", "--kind", "fact", "--text", f"Worker {worker} record {i}.",
                                     "--topic", f"w{worker}", "--source-title", "Concurrency"])
        if result.exit_code != 0:
            sys.exit(f"worker {worker}, add {i}: exit {result.exit_code}: {result.output}")
        print(result.stdout.strip(), flush=True)
    """
)


@pytest.mark.slow
def test_eight_processes_adding_at_once_lose_nothing(tmp_path, user_home):
    go = tmp_path / "go"
    env = dict(os.environ, CSTOFACTS_HOME=str(user_home), CSTOFACTS_LOCK_TIMEOUT="120")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, str(n), str(go), str(ADDS)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(PROCESSES)
    ]
    time.sleep(0.5)  # let them import and reach the start line
    go.touch()
    printed = []
    for worker in workers:
        out, err = worker.communicate(timeout=240)
        assert worker.returncode == 0, err
        printed += out.split()
    assert len(printed) == len(set(printed)) == PROCESSES * ADDS

    store = json.loads((user_home / "user.json").read_text("utf-8"))
    records = list(store["records"].values())
    assert sorted(r["id"] for r in records) == sorted(printed)
    texts = {r["text"] for r in records}
    assert texts == {f"Worker {w} record {i}." for w in range(PROCESSES) for i in range(ADDS)}
    assert len(store["sources"]) == 1  # all eight found the source the first one created
    assert len(set(store["records"])) == PROCESSES * ADDS  # TinyDB document ids unique too
    assert not list(user_home.glob("*.tmp"))

    from click.testing import CliRunner

    from cstofacts.cli import cli

    check = CliRunner().invoke(cli, ["validate"])
    assert check.exit_code == 0, check.output
