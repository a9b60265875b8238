"""Start-up and scale of the installed `cstofacts`, as whole processes, against `python -c pass`.

    python tests/benchmarks/bench.py                      # bundled store + 10k and 100k
    python tests/benchmarks/bench.py --sizes 10000,100000,1000000 --runs 7
    python tests/benchmarks/bench.py --only write      # add, the search after it, the cache
    python tests/benchmarks/bench.py --only import     # a 50 MB CSV import

Each case runs in alternation with `python -c pass` (the floor for any Python
CLI) after one warm-up run, so the ratio holds when the machine's speed
drifts. Wall time is measured around the child; peak memory is the child's
maximum resident set size from os.wait4. Synthetic stores (about 200
characters of text a record) are generated once into --workdir and reused.

The children run as a new user would: HOME is a fresh directory under
--workdir and CSTOFACTS_HOME and the XDG variables are unset, so the
platform's data and cache directories are looked up (platformdirs) as on a
real machine. One extra row shows a search with CSTOFACTS_HOME set, which
skips that lookup. Two more rows show the floor of the stack itself: what
importing click costs, and click plus platformdirs' lookup of the two
directories, each ending as cstofacts ends (os._exit, once the output is
flushed: the interpreter's teardown is skipped); no click CLI on a default
machine can start faster than that.
PYTHONDONTWRITEBYTECODE is unset too, so that an editable
install gets its bytecode cached as a pip-installed one has it.

Writes (bench_writes.py): `add` of one record to a copy of each synthetic
store, then the first search after it (whose index the add must not throw
away), then a warm search; then the size of the whole cache against the size
of the store's current index. Imports: a CSV of --import-mb megabytes into a
new --db store, its wall time and peak memory against the file's size.
Not part of the test run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QUERY = "Tasmagambetov border agreement Khujand"
CLAIM = "The Khujand border agreement was signed on 31 March 2025."
DRAFT = ROOT / "tests" / "fixtures" / "draft100.md"
# What every lookup on a default machine must do before any of our code runs.
# Both end as cstofacts does, without the interpreter's teardown (launch.exit_now).
CLICK_FLOOR = "import click, os; os._exit(0)"
STACK_FLOOR = (
    "import click, os, platformdirs; "
    "platformdirs.user_data_dir('cstofacts', appauthor=False); platformdirs.user_cache_dir('cstofacts', appauthor=False); "
    "os._exit(0)"
)


def console_script() -> str:
    beside = Path(sys.executable).with_name("cstofacts")
    found = str(beside) if beside.exists() else shutil.which("cstofacts")
    if not found:
        sys.exit("cstofacts is not installed in this environment: pip install . first")
    return found


def generate(path: Path, size: int, seed: int = 7) -> None:
    """A TinyDB store of `size` records whose words come from the bundled sources."""
    bundled = json.loads((ROOT / "data" / "cstofacts.json").read_text("utf-8"))
    words = " ".join(r["text"] for r in bundled["records"].values()).split()
    entities = [e["name"] for e in bundled["entities"].values()]
    sources = list(bundled["sources"].values())
    people = [e["name"] for e in bundled["entities"].values() if e["type"] == "person"]
    rng = random.Random(seed)
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        out.write('{"sources": ')
        json.dump({str(i): s for i, s in enumerate(sources, 1)}, out, ensure_ascii=False)
        out.write(', "entities": ')
        json.dump(bundled["entities"], out, ensure_ascii=False)
        out.write(', "records": {')
        for i in range(1, size + 1):
            text = []
            while sum(len(w) + 1 for w in text) < 200:
                text.append(rng.choice(words))
            kind = rng.choice(("fact", "fact", "event", "quote"))
            year = rng.randint(2020, 2026)
            doc = {
                "id": f"synthetic-{i}",
                "kind": kind,
                "text": " ".join(text),
                "date": f"{year}-{rng.randint(1, 12):02d}" if kind == "event" else None,
                "place": None,
                "speaker": rng.choice(people) if kind != "event" else None,
                "entities": rng.sample(entities, 2),
                "topics": [],
                "source": rng.choice(sources)["id"],
                "locator": None,
            }
            out.write(("" if i == 1 else ", ") + f'"{i}": ' + json.dumps(doc, ensure_ascii=False))
        out.write("}}\n")
    tmp.replace(path)


def _sentences(path: Path) -> int:
    return (
        sum(line.count(". ") + 1 for line in path.read_text("utf-8").splitlines() if line.strip())
        if path.exists()
        else 0
    )


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak MiB of one run, its output thrown away."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024


def measure(argv: list[str], runs: int, env: dict[str, str]) -> dict[str, float]:
    floor = [sys.executable, "-c", "pass"]
    run_once(argv, env)
    run_once(floor, env)
    walls, floors, peaks = [], [], []
    for _ in range(runs):
        wall, peak = run_once(argv, env)
        walls.append(wall)
        peaks.append(peak)
        floors.append(run_once(floor, env)[0])
    ratios = [w / f for w, f in zip(walls, floors)]
    return {
        "median": statistics.median(walls),
        "floor": statistics.median(floors),
        "ratio": statistics.median(ratios),
        "peak": max(peaks),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000", help="synthetic store sizes, comma-separated")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "cstofacts-bench")
    parser.add_argument("--only", default="", help="run only the cases whose name holds this text")
    parser.add_argument("--import-mb", type=float, default=50.0, help="size of the CSV the import case reads")
    args = parser.parse_args()
    script = console_script()
    args.workdir.mkdir(parents=True, exist_ok=True)
    home = args.workdir / "home"
    env = {**os.environ, "HOME": str(home)}
    for name in ("CSTOFACTS_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "NO_COLOR", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    configured = {**env, "CSTOFACTS_HOME": str(args.workdir / "cstofacts-home")}
    json_search = [script, "search", "khujand", "--format", "json"]
    cases: list[tuple[str, list[str], str, dict[str, str]]] = [
        ("--help", [script, "--help"], "<= 4x", env),
        ("search khujand -f json (bundled)", json_search, "<= 5x", env),
        ("search khujand table (bundled)", [script, "search", "khujand"], "<= 6x", env),
        ("  the same json, CSTOFACTS_HOME set", json_search, "", configured),
        ("  stack floor: import click", [sys.executable, "-c", CLICK_FLOOR], "", env),
        ("  stack floor: click + platformdirs", [sys.executable, "-c", STACK_FLOOR], "", env),
        ("check one claim (bundled)", [script, "check", CLAIM], "<= 6x", env),
        (
            f"check --file, {_sentences(DRAFT)} sentences",
            [script, "check", "--file", str(DRAFT)],
            ">= 100 a second",
            env,
        ),
    ]
    for size in (int(s) for s in args.sizes.split(",") if s):
        store = args.workdir / f"synthetic-{size}.json"
        if not store.exists():
            print(f"generating {store} ...", file=sys.stderr)
            generate(store, size)
        target = {100_000: "<= 0.8 s, 250 MiB", 1_000_000: "<= 8 s"}.get(size, "")
        argv = [script, "--db", str(store), "search", QUERY, "--format", "json"]
        cases.append((f"search, {size:,} records", argv, target, env))
        target = {10_000: "<= 0.3 s", 100_000: "<= 1 s"}.get(size, "")
        cases.append((f"check one claim, {size:,} records", [script, "--db", str(store), "check", CLAIM], target, env))
    from bench_writes import import_case, write_cases

    cases = [c for c in cases if args.only in c[0]]
    print(f"{'case':<36} {'median s':>9} {'floor s':>8} {'ratio':>7} {'peak MiB':>9}  target")
    for name, argv, target, case_env in cases:
        if "--db" in argv:
            # The first search of a store builds its index: timed once, cold
            # (the index cache lives under the fresh HOME, wherever the platform puts it).
            shutil.rmtree(home, ignore_errors=True)
            wall, peak = run_once(argv, case_env)
            print(f"{'  first (builds the index)':<36} {wall:>9.3f} {'':>8} {'':>7} {peak:>9.1f}")
        result = measure(argv, args.runs, case_env)
        print(
            f"{name:<36} {result['median']:>9.3f} {result['floor']:>8.3f} "
            f"{result['ratio']:>6.1f}x {result['peak']:>9.1f}  {target}"
        )
    for size in (int(s) for s in args.sizes.split(",") if s):
        if args.only in f"write, {size:,} records":
            write_cases(script, args.workdir / f"synthetic-{size}.json", size, args.runs, env, args.workdir)
    if args.only in "import":
        import_case(script, args.workdir, args.import_mb, env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
