"""The timeline picture and the SQLite export, timed as whole processes.

    python tests/benchmarks/bench_export.py                 # bundled store + 100,000 records
    python tests/benchmarks/bench_export.py --sizes 10000,100000 --runs 5

Prints, for the bundled store, the size of `timeline --format svg` and the time
to make it (the command) and to draw it (rsvg-convert, when installed); then the
time of `export --format sqlite --output PATH --metadata PATH` for the bundled
store and for synthetic stores (bench.py's generator), with the database's size.
Medians of --runs runs after one warm-up. Not part of the test run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import console_script, generate  # the generator of synthetic stores


def timed(argv: list[str], runs: int, env: dict[str, str], stdout: Path | None = None) -> float:
    """Median wall seconds of `argv` over `runs` runs, after a warm-up run."""
    times = []
    for n in range(runs + 1):
        start = time.perf_counter()
        with stdout.open("wb") if stdout else open(os.devnull, "wb") as out:
            subprocess.run(argv, stdout=out, stderr=subprocess.DEVNULL, env=env, check=True)
        if n:
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100000", help="synthetic store sizes, comma-separated")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "cstofacts-bench")
    args = parser.parse_args()
    script = console_script()
    args.workdir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "CSTOFACTS_HOME": str(args.workdir / "export-home")}

    svg = args.workdir / "timeline.svg"
    made = timed([script, "timeline", "--format", "svg"], args.runs, env, stdout=svg)
    print(f"timeline --format svg (bundled): {svg.stat().st_size:,} bytes, made in {made * 1000:.0f} ms")
    rsvg = shutil.which("rsvg-convert")
    if rsvg:
        drawn = timed([rsvg, str(svg), "-o", str(args.workdir / "timeline.png")], args.runs, env)
        labels = svg.read_text("utf-8").count('class="tl-label"')
        print(f"  drawn by rsvg-convert (PNG, {labels} labels): {drawn * 1000:.0f} ms")

    cases: list[tuple[str, list[str]]] = [("bundled", [])]
    for size in (int(s) for s in args.sizes.split(",") if s):
        store = args.workdir / f"synthetic-{size}.json"
        if not store.exists():
            generate(store, size)
        cases.append((f"{size:,} records", ["--db", str(store)]))
    for name, db in cases:
        out, meta = args.workdir / "facts.db", args.workdir / "metadata.json"
        argv = [script, *db, "export", "--format", "sqlite", "--output", str(out), "--metadata", str(meta)]
        runs = args.runs if not db else max(1, args.runs // 2)
        seconds = timed(argv, runs, env)
        print(f"export --format sqlite ({name}): {seconds:.2f} s, {out.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
