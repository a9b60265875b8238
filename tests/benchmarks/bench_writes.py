"""The write cases of bench.py: add at scale, the search after it, the cache, a large import.

Each is a whole process, timed around the child, its peak memory from os.wait4
(see bench.run_once). Not part of the test run.
"""

from __future__ import annotations

import csv
import json
import random
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

from bench import QUERY, ROOT, run_once

WRITE_TARGETS = {10_000: 0.25, 100_000: 1.5}  # seconds, for add and for the first search after it
CACHE_TARGET = 1.5  # the whole cache, at most this many times the store's current index
IMPORT_SECONDS = 20.0  # for a 50 MB file
IMPORT_MEMORY = 3.0  # peak memory, at most this many times the file's size


def cache_dir(env: dict[str, str]) -> Path:
    """Where the children keep their index: asked of platformdirs under their environment."""
    code = "import platformdirs; print(platformdirs.user_cache_dir('cstofacts', appauthor=False))"
    return Path(
        subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout.strip()
    )


def _bytes(paths: list[Path]) -> int:
    return sum(p.stat().st_size for p in paths if p.is_file())


def write_cases(script: str, synthetic: Path, size: int, runs: int, env: dict[str, str], workdir: Path) -> None:
    """`add` one record, then the first search after it, then a warm one, `runs` times over."""
    store = workdir / f"write-{size}.json"
    shutil.copyfile(synthetic, store)
    home = Path(env["HOME"])
    shutil.rmtree(home, ignore_errors=True)
    search = [script, "--db", str(store), "search", QUERY, "--format", "json"]
    wall, _ = run_once(search, env)  # builds the index, as any first search of a store does
    print(f"{f'  write, {size:,}: first search':<36} {wall:>9.3f}")
    adds, firsts, warms, peaks = [], [], [], []
    for run in range(runs + 1):
        add = [
            script,
            "--db",
            str(store),
            "add",
            "--kind",
            "fact",
            "--source-title",
            "Benchmark notes",
            "--text",
            f"Benchmark note {run} of run {random.randrange(10**9)} on the Khujand border agreement.",
        ]
        wall, peak = run_once(add, env)
        first, _ = run_once(search, env)
        warm, _ = run_once(search, env)
        if run:  # the first round warms the disk cache and the bytecode
            adds.append(wall)
            peaks.append(peak)
            firsts.append(first)
            warms.append(warm)
    target = WRITE_TARGETS.get(size)
    shown = f"<= {target} s" if target else ""
    print(
        f"{f'add one record, {size:,} records':<36} {statistics.median(adds):>9.3f} {'':>8} {'':>7} "
        f"{max(peaks):>9.1f}  {shown}"
    )
    print(f"{'  first search after it':<36} {statistics.median(firsts):>9.3f} {'':>8} {'':>7} {'':>9}  {shown}")
    print(f"{'  a warm search':<36} {statistics.median(warms):>9.3f}")
    cache = cache_dir(env)
    files = sorted(p for p in cache.iterdir() if p.is_file()) if cache.is_dir() else []
    ours = _current_generation(cache, files)
    total, index = _bytes(files), _bytes(ours)
    ratio = total / index if index else float("nan")
    print(
        f"{f'  cache after {runs + 1} adds':<36} {len(files):>5} files, {total / 2**20:.1f} MiB; the index "
        f"{index / 2**20:.1f} MiB; {ratio:.2f}x  (target <= {CACHE_TARGET}x)"
    )


def _current_generation(cache: Path, files: list[Path]) -> list[Path]:
    """The files of the newest index in the cache: the index, and the documents (and
    names) it names: those of the same stem (`STEM.index`, `STEM.TAG.docs`) and, in
    the layout before one generation per store, the index's own `.docs`."""
    indexes = [p for p in files if p.suffix == ".index"]
    if not indexes:
        return []
    newest = max(indexes, key=lambda p: p.stat().st_mtime)
    stem = newest.name[: -len(".index")]
    if (cache / f"{stem}.docs").exists():  # the old layout: one stem per state of the store
        return [p for p in files if p.name.split(".")[0] == stem]
    tagged = sorted(
        (p for p in files if p.name.startswith(stem + ".") and p.suffix == ".docs"), key=lambda p: p.stat().st_mtime
    )
    return [newest, *tagged[-1:]]


def generate_csv(path: Path, megabytes: float, seed: int = 11) -> None:
    """Rows of the import format (fact and event, own sources, known entities) up to `megabytes`."""
    bundled = json.loads((ROOT / "data" / "cstofacts.json").read_text("utf-8"))
    words = " ".join(r["text"] for r in bundled["records"].values()).split()
    people = [e["name"] for e in bundled["entities"].values() if e["type"] == "person"]
    places = [e["name"] for e in bundled["entities"].values() if e["type"] == "state"]
    rng = random.Random(seed)
    limit = int(megabytes * 1_000_000)
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["kind", "text", "date", "speaker", "entities", "topics", "source_title"])
        row = 0
        while out.tell() < limit:
            row += 1
            text = " ".join(rng.choice(words) for _ in range(30)) + f" (clipping {row})."
            kind = rng.choice(("fact", "fact", "event"))
            writer.writerow(
                [
                    kind,
                    text,
                    f"{rng.randint(2020, 2026)}-{rng.randint(1, 12):02d}" if kind == "event" else "",
                    rng.choice(people) if kind == "fact" else "",
                    "; ".join(rng.sample(places, 2)),
                    rng.choice(("security", "borders; mediation", "")),
                    f"Clippings {row % 7}",
                ]
            )
    tmp.replace(path)


def import_case(script: str, workdir: Path, megabytes: float, env: dict[str, str]) -> None:
    """Import a CSV of `megabytes` into a new --db store."""
    rows = workdir / f"import-{megabytes:g}mb.csv"
    if not rows.exists():
        print(f"generating {rows} ...", file=sys.stderr)
        generate_csv(rows, megabytes)
    size = rows.stat().st_size
    target = workdir / "imported.json"
    target.unlink(missing_ok=True)
    wall, peak = run_once([script, "--db", str(target), "import", str(rows)], env)
    records = len(json.loads(target.read_text("utf-8")).get("records", {})) if target.exists() else 0
    seconds = IMPORT_SECONDS * size / 50e6
    print(
        f"{f'import {size / 1e6:.0f} MB CSV ({records:,} rows)':<36} {wall:>9.3f} {'':>8} {'':>7} {peak:>9.1f}  "
        f"<= {seconds:.0f} s, {IMPORT_MEMORY * size / 2**20:.0f} MiB ({peak * 2**20 / size:.2f}x the file)"
    )
    target.unlink(missing_ok=True)
