"""What the listing commands print, byte for byte, in every format; and on a pipe."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from .conftest import ROOT
from .snapshot import assert_snapshot

MINI = str(ROOT / "tests" / "fixtures" / "mini.json")
LIST_FORMATS = ["table", "json", "jsonl", "csv", "tsv", "markdown"]


@pytest.mark.parametrize("fmt", LIST_FORMATS)
def test_export_golden(invoke, fmt):
    result = invoke("--db", MINI, "export", "--format", fmt)
    assert result.exit_code == 0
    assert_snapshot(result.stdout, f"export_{fmt}.txt")


@pytest.mark.parametrize("fmt", LIST_FORMATS)
def test_search_golden(invoke, fmt):
    result = invoke("--db", MINI, "search", "Tasmagambetov soft alliance", "--format", fmt)
    assert result.exit_code == 0
    assert_snapshot(result.stdout, f"search_{fmt}.txt")


@pytest.mark.parametrize("fmt", LIST_FORMATS)
def test_timeline_golden(invoke, fmt):
    result = invoke("--db", MINI, "timeline", "--format", fmt)
    assert result.exit_code == 0
    assert_snapshot(result.stdout, f"timeline_{fmt}.txt")


@pytest.mark.parametrize("tablefmt", ["github", "grid", "latex", "html"])
def test_tablefmt_passes_through_to_tabulate(invoke, tablefmt):
    result = invoke("--db", MINI, "timeline", "--tablefmt", tablefmt)
    assert_snapshot(result.stdout, f"timeline_tablefmt_{tablefmt}.txt")


def test_entities_and_sources_golden(invoke):
    assert_snapshot(invoke("--db", MINI, "entities").stdout, "entities_table.txt")
    assert_snapshot(invoke("--db", MINI, "sources", "-f", "markdown").stdout, "sources_markdown.txt")


def test_show_golden(invoke):
    assert_snapshot(invoke("--db", MINI, "show", "soft-alliance-quote").stdout, "show_table.txt")


def test_json_keeps_unicode_and_parses(invoke):
    out = invoke("--db", MINI, "export", "-f", "json").stdout
    assert "Арестова Татьяна" in out and "—" in out
    assert [r["id"] for r in json.loads(out)] == ["khujand-border-agreement", "soft-alliance-quote", "pipes-and-commas"]


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cstofacts", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=ROOT,
    )


@pytest.mark.parametrize(
    "args",
    [["search", "khujand"], ["timeline"], ["show", "khujand-border-agreement", "--context"], ["entities"], ["sources"]],
)
def test_piped_output_has_no_escape_codes(args):
    result = _run(*args)
    assert result.returncode == 0
    assert "\x1b" not in result.stdout


def test_explicit_format_is_the_same_bytes_whatever_the_terminal(invoke):
    narrow = _run("search", "khujand", "--format", "table", env={"COLUMNS": "100"}).stdout
    assert narrow == _run("search", "khujand", "--format", "table").stdout


def test_a_closed_pipe_is_quiet():
    reader = subprocess.Popen(
        f'"{sys.executable}" -m cstofacts export --format jsonl | head -1',
        shell=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    out, err = reader.communicate(timeout=60)
    assert out.count("\n") == 1
    assert err == ""


def _on_terminal(columns: int, *args: str) -> str:
    """What the CLI prints on a pseudo-terminal `columns` wide (COLUMNS unset)."""
    import fcntl
    import pty
    import struct
    import termios

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "NO_COLOR")}
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "cstofacts", *args], stdout=follower, stderr=subprocess.DEVNULL, env=env, cwd=ROOT
        )
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        process.wait(timeout=60)
    finally:
        os.close(leader)
    return re.sub(r"\x1b\[[0-9;]*m", "", b"".join(chunks).decode("utf-8"))


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
@pytest.mark.parametrize("args", [["search", "khujand"], ["timeline"], ["entities"], ["sources"]])
def test_a_default_table_on_a_terminal_uses_its_width(args):
    wide = max(len(line) for line in _on_terminal(200, *args).splitlines())
    narrow = max(len(line) for line in _on_terminal(120, *args).splitlines())
    assert 120 < wide <= 200
    assert narrow <= 120


def test_tsv_cells_are_the_plain_text_cut_reads(invoke):
    # No CSV quoting in TSV: `cut -f3` gives the text as the record holds it.
    lines = invoke("--db", MINI, "export", "-f", "tsv").stdout.splitlines()
    header, rows = lines[0].split("\t"), [line.split("\t") for line in lines[1:]]
    texts = {row[0]: row[header.index("text")] for row in rows}
    assert texts["pipes-and-commas"] == 'A text with a | pipe, "double quotes", commas and a tab here.'
    assert all(len(row) == len(header) for row in rows)


@pytest.mark.parametrize(
    ("args", "absent", "present"),
    [
        (["search", "Khujand border agreement", "--kind", "event"], "speaker", "date"),  # events name no speaker
        (["search", "soft alliance", "--kind", "quote"], "date", "speaker"),  # these quotes are undated
        (["timeline", "--from", "2024", "--to", "2025"], None, "speaker"),  # some rows have one, so it stays
    ],
)
def test_a_table_for_people_leaves_out_a_date_or_speaker_column_empty_in_every_row(
    invoke, monkeypatch, args, absent, present
):
    monkeypatch.setenv("COLUMNS", "200")  # room for every column: none given up to fit the width
    header = invoke(*args, "--format", "table").stdout.splitlines()[0].split()
    markdown = [c.strip() for c in invoke(*args, "--format", "markdown").stdout.splitlines()[0].split("|")]
    for columns in (header, markdown):
        assert present in columns and "text" in columns
        if absent:
            assert absent not in columns
    # Formats for scripts keep every column, whatever the rows hold.
    assert absent is None or absent in invoke(*args, "--format", "tsv").stdout.splitlines()[0].split("\t")


def test_a_quote_in_csv_carries_its_attribution_and_an_entity_its_description(invoke):
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(invoke("quote", "soft alliance", "--format", "csv").stdout)))
    assert rows and all(r["attribution"].startswith(r["speaker"]) and "para." in r["attribution"] for r in rows)
    entities = invoke("entities", "Aleynik", "--format", "tsv").stdout.splitlines()
    header, first = entities[0].split("\t"), entities[1].split("\t")
    assert header[-1] == "description" and first[-1] == "Head of the Belarusian Ministry of Foreign Affairs."


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_csv_and_tsv_keep_every_character_of_text_and_evidence(invoke, fmt):
    import csv
    import io

    records = {r["id"]: r for r in json.loads(invoke("export", "-f", "json").stdout)}
    assert any("\xa0" in (r["evidence"] or "") for r in records.values())  # no-break spaces, as the sources print them
    out = invoke("export", "-f", fmt).stdout
    rows = list(
        csv.DictReader(
            io.StringIO(out),
            delimiter="," if fmt == "csv" else "\t",
            quoting=csv.QUOTE_MINIMAL if fmt == "csv" else csv.QUOTE_NONE,
        )
    )
    assert len(rows) == len(records)
    for row in rows:
        for field in ("text", "evidence", "highlight"):
            expected = records[row["id"]][field] or ""
            if fmt == "tsv":  # a cell on one line: each tab or line break a space, one for one
                expected = expected.replace("\t", " ").replace("\n", " ")
            assert row[field] == expected, (row["id"], field)
